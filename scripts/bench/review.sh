#!/usr/bin/env bash
# Benchmark section "Review": the review page of a 100-page PDF (size, time to make, load and
# scroll time in headless Chromium) and `blackline diff` of a 1 MB text and its redacted copy.
# $1 = release blackline binary, $2 = work folder. Prints a Markdown section on stdout.
set -euo pipefail
bin="$1"
work="$2/review"
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$root/Tests/Fixtures/corpus"
mkdir -p "$work"
cd "$work"
"$root/scripts/install-deps.sh" browser >&2

# 100 pages: the typed corpus PDFs dev-01…dev-09 (13 pages) eight times, cut to 100.
if [ ! -f review100.pdf ]; then
  files=()
  for _ in $(seq 8); do for id in 01 02 03 04 05 06 07 08 09; do files+=("$corpus/dev-$id.pdf"); done; done
  qpdf --empty --pages "${files[@]}" -- all.pdf
  qpdf --empty --pages all.pdf 1-100 -- review100.pdf
  rm all.pdf
fi
pages=$(pdfinfo review100.pdf | awk '/^Pages:/ {print $2}')

make_page() {  # $1 jobs, $2 dpi, $3 output, $4 stats
  /usr/bin/time -f "%e %M" -o "$4" "$bin" review review100.pdf --case "$corpus/dev-01.case.json" --dpi "$2" --jobs "$1" -o "$3" \
    > /dev/null 2> /dev/null
}
make_page 1 96 r1.html r1.time
make_page 2 96 r2.html r2.time
make_page 2 72 r72.html r72.time
cmp -s r1.html r2.html && same="yes" || same="NO"
read -r r1_s r1_kb < r1.time
read -r r2_s r2_kb < r2.time
read -r r72_s r72_kb < r72.time
load96=$(python3 "$root/scripts/bench/review_load.py" r2.html)
load72=$(python3 "$root/scripts/bench/review_load.py" r72.html)
findings=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['findings'])" "$load96")
field() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); v=d
for k in sys.argv[2].split('.'): v=v[k]
print(f'{v:.{int(sys.argv[3])}f}' if isinstance(v,float) else v)" "$1" "$2" "${3:-0}"; }
mb() { python3 -c "import sys; print(f'{int(sys.argv[1]) / 1e6:.1f}')" "$1"; }

# 1 MB of text: the corpus texts repeated; the engine's findings redacted; then diffed.
if [ ! -f big.txt ]; then
  : > big.txt
  while [ "$(stat -c %s big.txt)" -lt 1000000 ]; do
    for id in 01 02 03 04 05 06 07 08 09 10; do cat "$corpus/dev-$id.txt" >> big.txt; printf '\n' >> big.txt; done
  done
fi
# (Pretty-printed: BlacklineCore's JSON parser computes each value's column from the start of its
# line, which is quadratic on a 1.4 MB one-line file.)
"$bin" scan big.txt --format json | python3 -m json.tool > big.findings.json
"$bin" redact big.txt --findings big.findings.json -o big.redacted.txt > /dev/null
best_of_3() {
  python3 - "$@" <<'PY'
import subprocess, sys, time
best = None
for _ in range(3):
    start = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    best = min(best or 1e9, time.perf_counter() - start)
print(f"{best:.2f}")
PY
}
diff_text=$(best_of_3 "$bin" diff big.txt big.redacted.txt)
diff_json=$(best_of_3 "$bin" diff big.txt big.redacted.txt --format json)
changes=$("$bin" diff big.txt big.redacted.txt --format json | python3 -c "import json,sys; print(json.load(sys.stdin)['counts']['changes'])")
bytes=$(stat -c %s big.txt)
/usr/bin/time -f "%M" -o diff.mem "$bin" diff big.txt big.redacted.txt --format json > /dev/null
diff_kb=$(cat diff.mem)

cat <<MD
## Review

**Review page of a ${pages}-page PDF** (\`review100.pdf\`: the typed corpus PDFs dev-01…dev-09 eight times,
cut to ${pages} pages with \`qpdf\`), detection included (${findings} findings with the default policy and
dev-01's case file). Page images are gray PNGs with 16 levels (RGB only for coloured pages), embedded as
\`data:\` URIs; the page's script decodes them only near the viewport and drops them far from it. Load
figures: headless Chromium $(chromium --version 2>/dev/null | awk '{print $2}') driven by chromedriver
(\`scripts/bench/review_load.py\`), window 1400×1000.

\`\`\`
blackline review review100.pdf --case dev-01.case.json --dpi 96 --jobs 1 -o r1.html
blackline review review100.pdf --case dev-01.case.json --dpi 96 --jobs 2 -o r2.html
blackline review review100.pdf --case dev-01.case.json --dpi 72 --jobs 2 -o r72.html
python3 scripts/bench/review_load.py r2.html      # and r72.html
\`\`\`

| page | make (s) | peak RSS | HTML size | load event | first image shown | scroll through all pages | JS heap after scrolling |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 96 dpi, --jobs 1 | $r1_s | $((r1_kb / 1024)) MB | $(mb "$(stat -c %s r1.html)") MB | | | | |
| 96 dpi, --jobs 2 | $r2_s | $((r2_kb / 1024)) MB | $(mb "$(stat -c %s r2.html)") MB | $(field "$load96" loadMs) ms | $(field "$load96" firstImageMs) ms | $(field "$load96" scroll.ms) ms | $(mb "$(field "$load96" heapScrolled)") MB |
| 72 dpi, --jobs 2 | $r72_s | $((r72_kb / 1024)) MB | $(mb "$(stat -c %s r72.html)") MB | $(field "$load72" loadMs) ms | $(field "$load72" firstImageMs) ms | $(field "$load72" scroll.ms) ms | $(mb "$(field "$load72" heapScrolled)") MB |

- Output of 1 and 2 workers byte-identical: $same.
- At most $(field "$load96" scroll.maxLive) page images were decoded at once while scrolling through all ${pages} (96 dpi).
- Accepting or rejecting a finding: $(field "$load96" toggleMs 2) ms; building the decisions file for export: $(field "$load96" exportMs 1) ms
  ($(field "$load96" findings) findings).

**Text diff of 1 MB**: \`big.txt\` = the corpus texts repeated ($bytes bytes), redacted with the default
policy's findings; ${changes} changes. Best of 3 runs, wall clock:

\`\`\`
blackline diff big.txt big.redacted.txt                  # ${diff_text} s
blackline diff big.txt big.redacted.txt --format json    # ${diff_json} s, peak RSS $((diff_kb / 1024)) MB
\`\`\`
MD
