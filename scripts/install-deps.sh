#!/usr/bin/env bash
# Installs the Debian packages Blackline needs, only those that are missing.
# Usage: scripts/install-deps.sh GROUP...   (groups: build test browser bench)
# Runs apt-get as root, or through sudo when not root.
set -euo pipefail

# Fonts are runtime needs of the redactor: DejaVu draws labels in boxes; URW base35 gives the
# standard PDF fonts (Helvetica, Times, Courier) that documents name without embedding their
# real metric-compatible shapes, so rendered ink matches the character boxes.
build="pkg-config libglib2.0-dev libpoppler-glib-dev libcairo2-dev libsqlite3-dev zlib1g-dev fonts-dejavu-core fonts-urw-base35"
test="poppler-utils qpdf fonts-dejavu-core fonts-wqy-microhei sqlite3"
browser="chromium chromium-driver"
bench="poppler-utils qpdf python3-venv time bc hyperfine valgrind"

wanted=""
for group in "$@"; do
  case "$group" in
    build) wanted="$wanted $build" ;;
    test) wanted="$wanted $test" ;;
    browser) wanted="$wanted $browser" ;;
    bench) wanted="$wanted $bench" ;;
    *) echo "install-deps: unknown group '$group'" >&2; exit 64 ;;
  esac
done

missing=""
for package in $wanted; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    case " $missing " in *" $package "*) ;; *) missing="$missing $package" ;; esac
  fi
done

if [ -z "$missing" ]; then
  exit 0
fi

echo "Installing missing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "install-deps: need root or sudo to install:$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
