#!/usr/bin/env bash
# Times `glean extract` on a corpus with 1 and 2 jobs (median of RUNS runs) and reports MB/s and peak memory.
# Usage: Benchmarks/run.sh [SIZE_MB] [RUNS]    (not part of CI)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-50}
runs=${2:-3}
mkdir -p Benchmarks/corpus
corpus=Benchmarks/corpus/corpus-${size}mb.jsonl
[ -f "$corpus" ] || python3 Benchmarks/make_corpus.py "$size" "$corpus"
swift build -c release >/dev/null
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open('$corpus')))")
echo "corpus: $corpus, $((bytes / 1000000)) MB of text"
time_load=$( { /usr/bin/time -f "%e" .build/release/glean check >/dev/null; } 2>&1 | tail -1 )
echo "load + compile + check the shipped pack (glean check, includes running the rule examples): ${time_load} s"
for jobs in 1 2; do
  times=()
  for _ in $(seq "$runs"); do
    t=$( { /usr/bin/time -f "%e %M" .build/release/glean extract -q --jobs "$jobs" --input-format jsonl "$corpus" >/dev/null; } 2>&1 | tail -1 )
    times+=("$t")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}')
  seconds=${median% *}; rss_kb=${median#* }
  python3 -c "print(f'jobs=$jobs: {$bytes/1e6/$seconds:.1f} MB/s (median of $runs: $seconds s), peak RSS {$rss_kb/1024:.0f} MB')"
done
