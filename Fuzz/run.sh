#!/usr/bin/env bash
# Builds and runs one libFuzzer target for SECONDS seconds (default 60).
#   Fuzz/run.sh rules|gazetteer|extract|jsonl|html [SECONDS] [extra libFuzzer flags...]
# New corpus entries go to Fuzz/.work/TARGET/corpus (git-ignored), crashes to Fuzz/.work/TARGET/artifacts/;
# the committed seed corpus Fuzz/Corpus/TARGET is read, never written. The log ends with libFuzzer's
# statistics (execs, exec/s). To replay a crash: Fuzz/run.sh TARGET 0 Fuzz/.work/TARGET/artifacts/crash-…
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
target="${1:?usage: Fuzz/run.sh rules|gazetteer|extract|jsonl|html [SECONDS] [libFuzzer flags or inputs...]}"
seconds="${2:-60}"
shift $(( $# >= 2 ? 2 : 1 ))
case "$target" in
  rules) product=FuzzRuleParser; maxlen=8192 ;;
  gazetteer) product=FuzzGazetteer; maxlen=8192 ;;
  extract) product=FuzzExtract; maxlen=16384 ;;
  jsonl) product=FuzzJSONLines; maxlen=16384 ;;
  html) product=FuzzHTML; maxlen=16384 ;;
  *) echo "unknown target '$target' (expected rules, gazetteer, extract, jsonl or html)" >&2; exit 2 ;;
esac
# Release build with the address sanitizer and coverage instrumentation in every Swift module.
swift build --package-path "$here" --scratch-path "$here/.build" -c release --product "$product" \
  --sanitize=address -Xswiftc -sanitize=fuzzer >&2
binary="$here/.build/release/$product"
work="$here/.work/$target"
mkdir -p "$work/corpus" "$work/artifacts"
cd "$repo"   # FuzzExtract loads Rules/ and Gazetteers/ from here
export SWIFT_BACKTRACE=enable=no   # let libFuzzer, not the Swift backtracer, report crashes
export LSAN_OPTIONS="suppressions=$here/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
if [ "$#" -gt 0 ] && [ -f "$1" ]; then exec "$binary" "$@"; fi   # replay inputs
exec "$binary" "$work/corpus" "$here/Corpus/$target" -max_total_time="$seconds" -max_len="$maxlen" \
  -timeout=20 -rss_limit_mb=3072 -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$@"
