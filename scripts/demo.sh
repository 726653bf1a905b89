#!/usr/bin/env bash
# The main job on the bundled sample: find what identifies the victims in a fictional trafficking
# indictment, write a secure redacted PDF with a manifest and a redaction log, and check the result.
# Called by `make demo` with the path of the built binary. Needs only the binary and coreutils.
set -euo pipefail
bin="${1:-.build/release/blackline}"
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
sample=samples/indictment.pdf
case_file=samples/indictment.case.json
out=demo-output
mkdir -p "$out"

echo "== 1. What the policy engine finds: blackline scan $sample --case $case_file (first 15 findings)"
"$bin" scan "$sample" --case "$case_file" --format table | sed -n 1,16p
echo "…"
echo
echo "== 2. Redact: blackline redact $sample --case $case_file -o $out/indictment.redacted.pdf"
"$bin" redact "$sample" --case "$case_file" -o "$out/indictment.redacted.pdf" \
  --manifest "$out/indictment.manifest.json" --log "$out/indictment.log.md" --exemptions-in-boxes
echo
echo "== 3. The redaction log (first rows; it never holds the redacted text)"
sed -n 1,12p "$out/indictment.log.md"
echo "…"
echo
echo "== 4. Check the output like a journalist would: blackline verify --case"
"$bin" verify "$out/indictment.redacted.pdf" --case "$case_file" || true
echo
echo "== 5. The same check on the original, unredacted sample (it must fail)"
"$bin" verify "$sample" --case "$case_file" | sed -n 1,6p || true
echo "…"
echo
echo "== 6. A review page for a human reviewer: blackline review $sample --case $case_file -o $out/indictment.review.html"
"$bin" review "$sample" --case "$case_file" -o "$out/indictment.review.html"
echo
echo "Outputs are in $out/: indictment.redacted.pdf (image-only, no text layer), indictment.manifest.json"
echo "(every redaction with its rule, exemption and boxes), indictment.log.md (a Vaughn-style log),"
echo "indictment.review.html (open it in a browser: accept or reject each finding, export decisions for"
echo "blackline redact --decisions; it holds the protected text, so keep it confidential)."
