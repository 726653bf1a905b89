#!/usr/bin/env bash
# The main job on the bundled sample. Called by `make demo` with the path of the built binary.
# Needs nothing but the binary and coreutils (no Python).
set -euo pipefail
bin="${1:-.build/release/blackline}"
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
sample=samples/indictment.pdf

echo "== blackline extract $sample --pages 1   (first 25 lines)"
text="$("$bin" extract "$sample" --pages 1)"
sed -n 1,25p <<<"$text"
echo "…"
echo
echo "== blackline extract $sample --format json   (page texts elided)"
json="$("$bin" extract "$sample" --format json)"
sed -E 's/"text":"([^"\\]|\\.)*"/"text":"…"/g; s/\},\{/},\n  {/g' <<<"$json"
echo
echo "== one box per character: blackline extract $sample --pages N --format json --boxes"
pages="$(grep -oE '"pageCount":[0-9]+' <<<"$json" | cut -d: -f2)"
for page in $(seq 1 "$pages"); do
  characters="$("$bin" extract "$sample" --pages "$page" | wc -m)"
  boxes="$("$bin" extract "$sample" --pages "$page" --format json --boxes | grep -oE '\[-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+\]' | wc -l)"
  echo "page $page: $characters characters, $boxes boxes"
done
