#!/usr/bin/env bash
# Runs every benchmark section in scripts/bench/*.sh with the release binary and assembles
# BENCHMARKS.md from their outputs. Called by `make bench`.
# Each section script gets: $1 = path of the release binary, $2 = work folder (bench-work/), and
# prints a Markdown section (## heading, the exact commands, a table of figures) on stdout.
# Run one section only: BENCH_ONLY=extraction make bench
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(cd "$(dirname "${1:-.build/release/blackline}")" && pwd)/$(basename "${1:-.build/release/blackline}")"
work="$PWD/bench-work"
mkdir -p "$work"
out="$work/BENCHMARKS.md.new"
{
  echo "# Benchmarks"
  echo
  echo "Produced by \`make bench\` (scripts/bench.sh) on $(date -u +%Y-%m-%d), $(nproc) cores,"
  echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(swift --version 2>/dev/null | head -n1)."
  if [ -n "${BENCH_ONLY:-}" ]; then
    echo "Every figure below comes from the commands shown with it. Sections may come from separate runs"
    echo "(\`BENCH_ONLY=<section> make bench\`); the line under each heading says when and on which commit it ran."
  else
    echo "Every figure below comes from the commands shown with it, in one run."
  fi
  echo
} > "$out"
for section in scripts/bench/*.sh; do
  name="$(basename "$section" .sh)"
  if [ -n "${BENCH_ONLY:-}" ] && [ "$BENCH_ONLY" != "$name" ]; then
    continue
  fi
  echo "bench: $name" >&2
  stamp="Run $(date -u '+%Y-%m-%d %H:%M UTC') on commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  # The section's own output, with the run stamp under its heading.
  bash "$section" "$bin" "$work" | awk -v stamp="$stamp" 'NR == 1 { print; print ""; print stamp; next } { print }' >> "$out"
  echo >> "$out"
done
if [ -n "${BENCH_ONLY:-}" ] && [ -f BENCHMARKS.md ]; then
  # Replace only the section that ran, keep the others.
  python3 scripts/bench/merge_sections.py BENCHMARKS.md "$out" > "$work/merged.md"
  mv "$work/merged.md" BENCHMARKS.md
else
  mv "$out" BENCHMARKS.md
fi
echo "bench: wrote BENCHMARKS.md" >&2
