#!/usr/bin/env bash
# The big hostile inputs the unit tests only check at a smaller size (same code path): a 200 MB file with no
# newline. Run from the repository root after `swift build -c release` (or pass the glean binary):
#   bash scripts/hostile-inputs.sh [path/to/glean] [MEGABYTES]
# It checks that the default --max-doc-bytes skips the file with a warning and exit status 1, then that a run
# allowing it extracts the facts at both ends of the line, and prints the time and peak memory of that run.
set -euo pipefail
glean="${1:-.build/release/glean}"
megabytes="${2:-200}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work/long.txt" "$megabytes" <<'PY'
import sys
path, size = sys.argv[1], int(sys.argv[2]) * 1000 * 1000
chunk = b"and some words without any line break, " * 25000
with open(path, "wb") as out:
    out.write(b"Morocco ")
    written = 8
    while written + len(chunk) < size - 6:
        out.write(chunk); written += len(chunk)
    out.write(b"x" * (size - 7 - written) + b" Japan.")
PY
echo "input: $(stat -c %s "$work/long.txt") bytes, $(tr -cd '\n' < "$work/long.txt" | wc -c) newlines"
set +e
"$glean" extract -q "$work/long.txt" > "$work/skipped.jsonl" 2> "$work/skipped.err"
status=$?
set -e
grep -q "skipped: .* bytes is more than --max-doc-bytes" "$work/skipped.err" && [ "$status" -eq 1 ] \
  || { echo "FAIL: expected the default limit to skip the file with status 1 (got $status)"; cat "$work/skipped.err"; exit 1; }
echo "default limit: skipped with a warning, exit status 1"
/usr/bin/time -f "allowed: %e s, peak memory %M KB" "$glean" extract -q --types Country --max-doc-bytes $(( (megabytes + 1) * 1000 * 1000 )) \
  "$work/long.txt" > "$work/facts.jsonl"
countries=$(grep -o '"id":"[A-Z]*"' "$work/facts.jsonl" | tr '\n' ' ')
[ "$countries" = '"id":"MA" "id":"JP" ' ] || { echo "FAIL: expected MA and JP, got: $countries"; exit 1; }
echo "ok: both facts found"
