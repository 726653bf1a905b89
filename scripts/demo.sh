#!/usr/bin/env bash
# The main job on the bundled sample. Called by `make demo` with the path of the built binary.
set -euo pipefail
bin="${1:-.build/release/blackline}"
cd "$(dirname "$0")/.."
sample=samples/indictment.pdf
echo "== blackline extract $sample (first page, first 25 lines)"
"$bin" extract "$sample" --pages 1 | head -n 25
echo
echo "== page summary (JSON with boxes)"
"$bin" extract "$sample" --format json --boxes | python3 -c '
import json, sys
d = json.load(sys.stdin)
for p in d["pages"]:
    print(f"page {p[\"number\"]}: {p[\"width\"]}x{p[\"height\"]} pt, {len(p[\"text\"])} characters, {len(p[\"boxes\"])} boxes, text layer: {p[\"hasTextLayer\"]}")
'
