#!/usr/bin/env bash
# Regression oracle for the policy engine: records the exact output of `blackline scan --format json`
# (with and without --explain) on every Tests/Fixtures/corpus/*.txt, with and without its case file,
# and on the 10 MB policy benchmark text; then compares a later build's output byte for byte.
#   scripts/scan-oracle.sh record  BIN DIR   # write DIR/*.json
#   scripts/scan-oracle.sh compare BIN DIR   # exit 1 and name every file that differs
# The bench text comes from scripts/bench/policy.sh (bench-work/policy/mixed-10MB.txt, case10.json).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="$1"; bin="$2"; dir="$3"
corpus="Tests/Fixtures/corpus"
bench="bench-work/policy"
out="$dir"
[ "$mode" = compare ] && out="$(mktemp -d)"
mkdir -p "$out"
run() {  # name, then scan arguments
  local name="$1"; shift
  "$bin" scan "$@" --format json > "$out/$name.json"
  "$bin" scan "$@" --format json --explain > "$out/$name.explain.json"
}
for txt in "$corpus"/*.txt; do
  id="$(basename "$txt" .txt)"
  run "$id.nocase" "$txt"
  run "$id.case" "$txt" --case "$corpus/$id.case.json"
done
if [ -f "$bench/mixed-10MB.txt" ]; then
  run bench-10MB "$bench/mixed-10MB.txt" --case "$bench/case10.json"
  run bench-10MB.nocase "$bench/mixed-10MB.txt"
else
  echo "scan-oracle: $bench/mixed-10MB.txt missing (run BENCH_ONLY=policy make bench once)" >&2
fi
if [ "$mode" = compare ]; then
  status=0
  for f in "$dir"/*.json; do
    name="$(basename "$f")"
    if ! cmp -s "$f" "$out/$name"; then echo "DIFFERS: $name" >&2; status=1; fi
  done
  [ "$status" = 0 ] && echo "scan-oracle: all $(ls "$dir"/*.json | wc -l) outputs identical" >&2
  rm -rf "$out"
  exit $status
fi
echo "scan-oracle: recorded $(ls "$out"/*.json | wc -l) outputs in $out" >&2
