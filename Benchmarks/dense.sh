#!/usr/bin/env bash
# Dense unpunctuated text (issue #16): one line of news-like words with no sentence punctuation, 0.5 to 16 MB
# (make_dense.py), extracted with the shipped pack, one job. Prints a Markdown table: time, speed, and the time
# against 8x the 2 MB case (linear cost: 16 MB within 2.5x of 8x the 2 MB time), on CPU time (user + system):
# on a machine shared with builds, wall time mostly measures the wait for a core.
# Usage: Benchmarks/dense.sh [GLEAN_BINARY] [SIZES...]   (default: .build/release/glean, 0.5 1 2 4 8 16)
set -euo pipefail
cd "$(dirname "$0")/.."
glean=${1:-.build/release/glean}
shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(0.5 1 2 4 8 16)
limit=${DENSE_TIMEOUT:-600}
mkdir -p Benchmarks/corpus
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ); $glean"
echo
echo "| size | wall time | CPU time | MB/s of CPU | facts | peak RSS | CPU time / (size/2 × CPU time of 2 MB) |"
echo "|---|---|---|---|---|---|---|"
two=""
for size in "${sizes[@]}"; do
  file=Benchmarks/corpus/dense-${size}mb.txt
  [ -f "$file" ] || python3 Benchmarks/make_dense.py "$size" "$file" >/dev/null
  if /usr/bin/time -o Benchmarks/corpus/dense-time.txt -f "%e %M %U %S" timeout "$limit" "$glean" extract -q --jobs 1 "$file" \
       -o Benchmarks/corpus/dense-out.jsonl 2>/dev/null; then
    read -r seconds rss user system < <(tail -1 Benchmarks/corpus/dense-time.txt)
    cpu=$(python3 -c "print(f'{$user + $system:.2f}')")
    facts=$(wc -l < Benchmarks/corpus/dense-out.jsonl)
    [ "$size" = 2 ] && two=$cpu
    ratio=$([ -n "$two" ] && python3 -c "print(f'{$cpu / ($size / 2 * $two):.2f}')" || echo "—")
    echo "| $size MB | $seconds s | $cpu s | $(python3 -c "print(f'{$size / max($cpu, 0.01):.2f}')") | $facts | $((rss / 1024)) MB | $ratio |"
  else
    echo "| $size MB | no result after $limit s | — | — | — | — | — |"
  fi
done
