#!/usr/bin/env bash
# One-shot set-up: system packages (Tesseract with Vietnamese, Poppler, fonts, Chromium for the
# report test, a C compiler), the small library that speeds Tesseract up
# (pipeline/native/png_store.c) and the Python package with its test extras.  Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

APT_PACKAGES="tesseract-ocr tesseract-ocr-vie poppler-utils fonts-dejavu-core chromium chromium-driver qpdf gcc libc6-dev"
missing=""
for p in $APT_PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "==> installing system packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

echo "==> building pipeline/native/libvnplan_png_store.so (Tesseract ~15 % faster, same output)"
if ! cc -O2 -shared -fPIC -o pipeline/native/libvnplan_png_store.so pipeline/native/png_store.c -ldl; then
  echo "warning: could not build the library; OCR works without it, ~15 % slower." >&2
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
$PY -c "import pipeline, pytesseract; from pipeline.ocr import png_store_shim; print('vnplan', pipeline.__version__, '| tesseract', pytesseract.get_tesseract_version(), '| PNG store shim:', 'on' if png_store_shim() else 'off')"
