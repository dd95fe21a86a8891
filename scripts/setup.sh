#!/usr/bin/env bash
# One-shot set-up: system packages (Tesseract with Vietnamese, Poppler, fonts, LibreOffice Writer
# to read Word 97-2003 .doc files, Chromium for the report and web-view tests when the distribution has it, a C compiler for the small library that speeds Tesseract up, Python's venv
# module), then the project's virtual environment `.venv` with vnplan and its test extras
# installed in it.  Safe to run again.
#
# The Python packages go into `.venv`, never into the system Python: Debian 12 and Ubuntu 24.04
# mark theirs "externally managed" (PEP 668) and refuse `pip install`.  The venv is made with
# /usr/bin/python3 when it exists (PYTHON=… chooses another interpreter, >= 3.10).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

fail() {  # fail STEP [LOG]: say which step failed and show the end of its output
  echo >&2
  if [ -n "${2:-}" ] && [ -s "$2" ]; then
    echo "---- last lines of the output of: $1 (full log: $2)" >&2
    tail -n 25 "$2" >&2
    echo "----" >&2
  fi
  echo "setup failed at: $1" >&2
  exit 1
}

APT_PACKAGES="tesseract-ocr tesseract-ocr-vie poppler-utils fonts-dejavu-core qpdf gcc libc6-dev python3-venv libreoffice-writer-nogui"
# A headless browser for the tests of the HTML report and of `vnplan serve` only: Debian names
# it chromium; where it is missing or a snap wrapper (Ubuntu), those tests are skipped.
BROWSER_PACKAGES="chromium chromium-driver"
# The packages of the list that dpkg does not have, each after a space.
missing_of() {
  local p out=""
  for p in $1; do
    dpkg -s "$p" >/dev/null 2>&1 || out="$out $p"
  done
  echo "$out"
}
missing=$(missing_of "$APT_PACKAGES")
if [ -n "$missing" ]; then
  echo "==> installing system packages:$missing"
  log=$(mktemp)
  $SUDO apt-get update -qq >"$log" 2>&1 || fail "apt-get update" "$log"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >"$log" 2>&1 \
    || fail "apt-get install$missing" "$log"
  rm -f "$log"
fi
missing=$(missing_of "$BROWSER_PACKAGES")
if [ -n "$missing" ]; then
  echo "==> installing the headless browser for the web tests:$missing"
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1; then
    echo "warning: could not install$missing; vnplan works without it, the browser tests will be skipped." >&2
  fi
fi

VENV=.venv
BASE_PY=${PYTHON:-}
if [ -z "$BASE_PY" ]; then
  if [ -x /usr/bin/python3 ]; then BASE_PY=/usr/bin/python3; else BASE_PY=python3; fi
fi
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
  echo "==> creating the project virtual environment $VENV ($BASE_PY -m venv $VENV)"
  log=$(mktemp)
  rm -rf "$VENV"
  "$BASE_PY" -m venv "$VENV" >"$log" 2>&1 || fail "$BASE_PY -m venv $VENV (is python3-venv installed?)" "$log"
  rm -f "$log"
fi

# pip runs again only when the package's declared dependencies (or the venv) changed
stamp="$VENV/.vnplan-installed"
want=$(cat setup.cfg pyproject.toml | sha256sum | cut -c1-16)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] || [ ! -x "$VENV/bin/vnplan" ]; then
  echo "==> installing vnplan into $VENV ($VENV/bin/pip install -e '.[dev,ocr2]')"
  log=$(mktemp)
  "$VENV/bin/python" -m pip install --disable-pip-version-check -e '.[dev,ocr2]' >"$log" 2>&1 \
    || fail "$VENV/bin/pip install -e '.[dev,ocr2]'" "$log"
  rm -f "$log"
  echo "$want" >"$stamp"
fi
# the check also compiles pipeline/native/png_store.c into the user's cache folder (~/.cache/vnplan),
# which vnplan would otherwise do on its first OCR run
"$VENV/bin/python" -c "import pipeline, pytesseract; from pipeline.ocr import png_store_shim; print('vnplan', pipeline.__version__, 'in $VENV | tesseract', pytesseract.get_tesseract_version(), '| PNG store shim:', 'on' if png_store_shim() else 'off')" \
  || fail "checking the installed package ($VENV/bin/python -c 'import pipeline …')"
