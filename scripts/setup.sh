#!/usr/bin/env bash
# One-shot set-up: system packages (Tesseract with Vietnamese, Poppler, fonts, Chromium for the
# report test) and the Python package with its test extras.  Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

APT_PACKAGES="tesseract-ocr tesseract-ocr-vie poppler-utils fonts-dejavu-core chromium qpdf"
missing=""
for p in $APT_PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "==> installing system packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

PY=${PYTHON:-python3}
echo "==> installing vnplan (pip install -e '.[dev]')"
log=$(mktemp)
if ! $PY -m pip install -q --disable-pip-version-check -e '.[dev]' >"$log" 2>&1; then
  tail -n 30 "$log"
  echo "pip install failed (full log: $log). Check the network access to PyPI, then run again." >&2
  exit 1
fi
rm -f "$log"
$PY -c "import pipeline, pytesseract; print('vnplan', pipeline.__version__, '| tesseract', pytesseract.get_tesseract_version())"
