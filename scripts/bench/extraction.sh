#!/usr/bin/env bash
# Benchmark section "Extraction": blackline extract against pdftotext and PyMuPDF on one large PDF.
# Usage: scripts/bench/extraction.sh RELEASE_BINARY WORK_FOLDER   (prints Markdown on stdout)
# Called by scripts/bench.sh (`make bench`, or `BENCH_ONLY=extraction make bench`).
set -euo pipefail
bin="$1"
work="$2"
cd "$(dirname "$0")/../.."
mkdir -p "$work"
log() { echo "bench/extraction: $*" >&2; }

# --- The input: the development corpus PDFs concatenated with qpdf until there are >= 1,000 pages.
big="$work/extraction-1000.pdf"
corpus=(Tests/Fixtures/corpus/dev-*.pdf)
if [ ! -f "$big" ] || [ "$(pdfinfo "$big" | awk '/^Pages:/ {print $2}')" -lt 1000 ]; then
  log "building $big"
  per_round=0
  for f in "${corpus[@]}"; do per_round=$((per_round + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); done
  rounds=$(((1000 + per_round - 1) / per_round))
  inputs=()
  for _ in $(seq 1 "$rounds"); do inputs+=("${corpus[@]}"); done
  qpdf --empty --pages "${inputs[@]}" -- "$big.tmp"
  mv "$big.tmp" "$big"
fi
pages="$(pdfinfo "$big" | awk '/^Pages:/ {print $2}')"
size_mb="$(du -m "$big" | cut -f1)"
cores="$(nproc)"

# --- PyMuPDF in a local venv (skipped with a note when PyPI cannot be reached).
venv="$work/venv"
pymupdf_note=""
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import pymupdf' 2>/dev/null; then
  log "installing PyMuPDF into $venv"
  if ! { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet --disable-pip-version-check pymupdf; } >&2; then
    pymupdf_note="PyMuPDF could not be installed (no PyPI access?); its row is missing."
  fi
fi
rawdict="$work/pymupdf_rawdict.py"
cat > "$rawdict" <<'PY'
import sys, pymupdf
doc = pymupdf.open(sys.argv[1])
chars = 0
for page in doc:
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                chars += len(span["chars"])
print(chars, file=sys.stderr)
PY

# --- Timing: hyperfine when installed, else the best of 5 runs with bash's clock.
names=()
commands=()
add() { names+=("$1"); commands+=("$2"); }
add "pdftotext (poppler-utils), text" "pdftotext -enc UTF-8 $big /dev/null"
add "blackline extract, text, 1 worker" "$bin extract $big --jobs 1 > /dev/null"
add "blackline extract, text, $cores workers" "$bin extract $big --jobs $cores > /dev/null"
add "blackline extract --format json --boxes, 1 worker" "$bin extract $big --format json --boxes --jobs 1 > /dev/null"
add "blackline extract --format json --boxes, $cores workers" "$bin extract $big --format json --boxes --jobs $cores > /dev/null"
add "control: $cores pdftotext processes at once (pages/s of all together)" "$(for _ in $(seq 1 "$cores"); do printf 'pdftotext -enc UTF-8 %s /dev/null & ' "$big"; done)wait"
if [ -z "$pymupdf_note" ]; then
  add "PyMuPDF $("$venv/bin/python" -c 'import pymupdf; print(pymupdf.VersionBind)') page.get_text('rawdict')" "$venv/bin/python $rawdict $big 2> /dev/null"
fi

# --- Timing. The machine is shared and its load comes in bursts, so the commands run interleaved
# (one warm-up round, then 5 rounds that each run every command once, in turn) and each command's
# figure is its fastest wall-clock run, the one least disturbed by other work; the CPU seconds
# (user + system, all threads) are the mean of its 5 timed runs.
rounds=5
timer="1 warm-up round + $rounds interleaved rounds (each runs every command once, in turn); seconds = the fastest of the $rounds runs of a command, CPU s = their mean"
runs="$work/extraction-runs.tsv"
: > "$runs"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 0 "$rounds"); do
  log "timing: round $round of $rounds (0 = warm-up)"
  for i in "${!commands[@]}"; do
    start=$(date +%s.%N)
    /usr/bin/time -f "%U %S" -o "$work/time.txt" bash -c "${commands[$i]}"
    end=$(date +%s.%N)
    [ "$round" = 0 ] || echo "$i $start $end $(cat "$work/time.txt")" >> "$runs"
  done
done
seconds=()
cpu=()
for i in "${!commands[@]}"; do
  seconds+=("$(awk -v i="$i" '$1 == i { t = $3 - $2; if (best == "" || t < best) best = t } END { print best }' "$runs")")
  cpu+=("$(awk -v i="$i" '$1 == i { sum += $4 + $5; n++ } END { print sum / n }' "$runs")")
done

load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- Peak memory with GNU time.
rss() { /usr/bin/time -v bash -c "$1" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); printf "%.0f", $2 / 1024}'; }
log "measuring peak RSS"
rss_pdftotext="$(rss "${commands[0]}")"
rss_json1="$(rss "${commands[3]}")"
rss_jsonN="$(rss "${commands[4]}")"

# --- Report.
rate() { python3 -c "import sys; print(f'{$pages / float(sys.argv[1]):.0f}')" "$1"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[2]) / float(sys.argv[1]):.2f}')" "$1" "$2"; }
check() { python3 -c "import sys; print('met' if float(sys.argv[1]) >= float(sys.argv[2]) else 'MISSED')" "$1" "$2"; }
pdftotext_s="${seconds[0]}"

echo "## Extraction"
echo
echo "Input: \`${big#"$PWD"/}\` — the ${#corpus[@]} development-corpus PDFs (Tests/Fixtures/corpus/dev-*.pdf)"
echo "concatenated with qpdf until there are at least 1,000 pages: **$pages pages**, $size_mb MB (one page is"
echo "image-only). Release build, $cores cores, timings by $timer. Output goes to /dev/null."
echo "The machine is shared: load average $load_before before the timings, $load_after after. CPU"
echo "seconds (user + system, all threads) do not depend on the load; wall-clock seconds do."
echo
echo "| what | command | seconds | pages/s | × pdftotext | CPU s |"
echo "|---|---|---:|---:|---:|---:|"
for i in "${!commands[@]}"; do
  cmd="${commands[$i]//$work\//bench-work/}"
  cmd="${cmd//$bin/blackline}"
  cpu_s="${cpu[$i]:+$(printf '%.3f' "${cpu[$i]}")}"
  work_s="${seconds[$i]}"
  [ "$i" = 5 ] && work_s="$(python3 -c "import sys; print(float(sys.argv[1]) / $cores)" "${seconds[$i]}")"  # $cores documents
  printf '| %s | `%s` | %.3f | %s | %s | %s |\n' "${names[$i]}" "$cmd" "${seconds[$i]}" "$(rate "$work_s")" "$(ratio "$work_s" "$pdftotext_s")" "${cpu_s:-–}"
done
echo
echo "Peak resident memory (\`/usr/bin/time -v\`, Maximum resident set size): pdftotext $rss_pdftotext MB;"
echo "\`blackline extract --format json --boxes\` $rss_json1 MB with 1 worker, $rss_jsonN MB with $cores workers."
[ -n "$pymupdf_note" ] && { echo; echo "$pymupdf_note"; }
echo
echo "| target | measured | verdict |"
echo "|---|---|---|"
json1=$(rate "${seconds[3]}"); jsonN=$(rate "${seconds[4]}"); base=$(rate "$pdftotext_s")
cpu_ratio=""
[ -n "${cpu[3]}" ] && cpu_ratio=" (by CPU time: $(ratio "${cpu[3]}" "${cpu[0]}") ×)"
echo "| single worker with boxes ≥ 0.9 × pdftotext | $(ratio "${seconds[3]}" "$pdftotext_s") ×$cpu_ratio | $(check "$(ratio "${seconds[3]}" "$pdftotext_s")" 0.9) |"
echo "| $cores workers with boxes ≥ 1.6 × pdftotext | $(ratio "${seconds[4]}" "$pdftotext_s") × | $(check "$(ratio "${seconds[4]}" "$pdftotext_s")" 1.6) |"
if [ -z "$pymupdf_note" ]; then
  echo "| with boxes ≥ 2 × PyMuPDF rawdict (1 worker) | $(ratio "${seconds[3]}" "${seconds[6]}") × | $(check "$(ratio "${seconds[3]}" "${seconds[6]}")" 2) |"
fi
echo "| peak RSS < 200 MB for $pages pages ($cores workers, boxes) | $rss_jsonN MB | $(python3 -c "print('met' if $rss_jsonN < 200 else 'MISSED')") |"
echo
echo "(pdftotext: $base pages/s; blackline with boxes: $json1 pages/s on 1 worker, $jsonN pages/s on $cores.)"
echo
control=$(python3 -c "import sys; print(f'{$cores * float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$pdftotext_s" "${seconds[5]}")
speedup=$(python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "${seconds[3]}" "${seconds[4]}")
echo "Parallelism: $cores pdftotext processes at once ran $control × as fast as one (the cores the machine"
echo "actually gave this run; $cores.00 on an idle machine); \`--jobs $cores\` ran $speedup × as fast as \`--jobs 1\`,"
echo "using $(ratio "${cpu[3]:-1}" "${cpu[4]:-1}") × the CPU time of one worker (the workers share nothing but the output queue)."
echo
echo "Where the single-worker time goes (profiled separately with \`valgrind --tool=callgrind\` on 98 of"
echo "these pages, poppler 22.12): pdftotext executes 664 M instructions; a C program that only calls"
echo "poppler-glib's \`poppler_page_get_text\` and \`poppler_page_get_text_layout\` on every page (the"
echo "two passes extraction needs: text, then one box per character; the second reuses the page's"
echo "TextPage that poppler-glib caches, and adds 36 M) executes 744 M, i.e. 0.89 × pdftotext before any"
echo "Swift code runs. poppler-glib has no cheaper call that yields both the text and its boxes:"
echo "\`get_text\` walks the page with poppler's selection code (52 M here, where pdftotext's own dump"
echo "costs 24 M), and every other text call (\`get_text_for_area\`, \`get_selected_text\`,"
echo "\`get_text_attributes\`, \`get_text_layout_for_area\`) goes through the same selection walk."
echo "\`blackline extract\` executes 803 M (text) and 846 M (JSON with boxes), down from 818 M and 893 M"
echo "before the bytes-level page text and the box-number cache; 34 M of each is the fixed start-up"
echo "(dynamic linking of the Swift runtime and Foundation: \`blackline --version\` executes 44 M,"
echo "\`pdftotext -v\` 9 M). What is left of Blackline's own per-page work is about 25 M (text: the"
echo "word-gap search) and 70 M (JSON with boxes: mostly formatting four numbers a character)."
