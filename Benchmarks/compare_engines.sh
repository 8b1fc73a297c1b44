#!/usr/bin/env bash
# Compares two glean binaries on one frozen rule pack (Benchmarks/pack-snapshot/): the output of each input set
# must be byte-identical. Usage:
#   Benchmarks/compare_engines.sh NEW_BINARY [OLD_BINARY]
# With OLD_BINARY, both run and their outputs are compared (and the old outputs' hashes are written to
# Benchmarks/pack-snapshot/reference.sha256); without it, NEW_BINARY's outputs are checked against that file.
# Input sets: seeds/, the fixtures' texts, the devsets' documents, a 2 MB make_corpus.py corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
new=$1; old=${2:-}
snapshot=Benchmarks/pack-snapshot
work=${COMPARE_WORK:-/tmp/glean-compare}
mkdir -p "$work"
pack=(--rules "$snapshot/Rules" --gazetteers "$snapshot/Gazetteers")

# Inputs, rebuilt identically each time (sorted, deterministic).
python3 - "$work" <<'PY'
import glob, json, os, sys, yaml
work = sys.argv[1]
def write(name, records):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        for r in records: f.write(json.dumps(r, ensure_ascii=False) + "\n")
fixtures = []
for path in sorted(glob.glob("Tests/Fixtures/**/*.fixture.yaml", recursive=True)):
    doc = yaml.load(open(path, encoding="utf-8"), Loader=yaml.BaseLoader)
    text = doc.get("text")
    if text is None:  # a fixture of a document file (seeds): its text
        text = open(os.path.join(os.path.dirname(path), doc["document"]), encoding="utf-8").read()
    r = {"id": os.path.basename(path), "text": text}
    if doc.get("lang"): r["lang"] = doc["lang"]
    if doc.get("reference_date"): r["reference_date"] = doc["reference_date"]
    fixtures.append(r)
write("fixtures.jsonl", fixtures)
short = []
for path in sorted(glob.glob("../shared/devsets/recognizers_text/*.jsonl") + glob.glob("../shared/devsets/chrono/*.jsonl")):
    for n, line in enumerate(open(path, encoding="utf-8")):
        d = json.loads(line)
        text = d.get("input") or d.get("text")
        if not isinstance(text, str): continue
        r = {"id": f"{os.path.basename(path)}:{n}", "text": text}
        if d.get("lang") in ("en", "fr"): r["lang"] = d["lang"]
        short.append(r)
write("short.jsonl", short)
PY
[ -f "$work/corpus-2mb.jsonl" ] || python3 Benchmarks/make_corpus.py 2 "$work/corpus-2mb.jsonl" >/dev/null

sets=(seeds fixtures short diplomatic wikinews corpus)
run() { # binary set output
  local bin=$1 set=$2 out=$3
  case $set in
    seeds) "$bin" extract -q --jobs 1 "${pack[@]}" seeds ;;
    fixtures) "$bin" extract -q --jobs 1 "${pack[@]}" --input-format jsonl "$work/fixtures.jsonl" ;;
    short) "$bin" extract -q --jobs 1 "${pack[@]}" --input-format jsonl "$work/short.jsonl" ;;
    diplomatic) "$bin" extract -q --jobs 1 "${pack[@]}" ../shared/devsets/diplomatic_news/docs ;;
    wikinews) "$bin" extract -q --jobs 1 "${pack[@]}" ../shared/devsets/wikinews_fr ;;
    corpus) "$bin" extract -q --jobs 2 "${pack[@]}" --input-format jsonl "$work/corpus-2mb.jsonl" ;;
  esac > "$out" || true   # exit status 1 for a skipped input is part of the output compared, not a failure here
}
status=0
: > "$work/new.sha256"
for set in "${sets[@]}"; do
  run "$new" "$set" "$work/new-$set.jsonl"
  echo "$(sha256sum < "$work/new-$set.jsonl" | cut -d' ' -f1)  $set" >> "$work/new.sha256"
  if [ -n "$old" ]; then
    run "$old" "$set" "$work/old-$set.jsonl"
    if cmp -s "$work/old-$set.jsonl" "$work/new-$set.jsonl"; then echo "same: $set ($(wc -l < "$work/new-$set.jsonl") facts)"
    else echo "DIFFERENT: $set (diff $work/old-$set.jsonl $work/new-$set.jsonl)"; status=1; fi
  fi
done
if [ -n "$old" ]; then
  for set in "${sets[@]}"; do echo "$(sha256sum < "$work/old-$set.jsonl" | cut -d' ' -f1)  $set"; done > "$snapshot/reference.sha256"
else
  if diff "$snapshot/reference.sha256" "$work/new.sha256"; then echo "same as the reference outputs: ${sets[*]}"; else status=1; fi
fi
exit $status
