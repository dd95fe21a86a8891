"""OCR accuracy on real scanned pages against human transcripts (tests/data/real_scans/).

    python scripts/eval_real_scans.py [--routes vnplan,tesseract] [--only P01,Q02_..._p1]
                                      [--pdf-dir DIR ...] [--out DIR] [--json FILE]

For each transcript ``<pdf stem>_p<N>.txt`` the page is read by each route and scored:

* ``cer``: order-sensitive character error rate, Levenshtein distance between the page's
  OCR text and the transcript (each with its lines joined by one space) over the
  transcript's length;
* ``cer_free``: order-free CER, each transcript line matched to its best place in the OCR
  text (semi-global edit distance: free start and end in the OCR text), summed over lines;
  it measures the characters read, whatever the reading order;
* ``missed``: words of the transcript that the OCR text lacks (multiset, case- and
  punctuation-folded), over the transcript's words;
* ``seconds``: wall time the route took for the page.

Routes: ``vnplan`` — the page as ``vnplan extract`` reads it (the page cut out of its PDF,
``read_document``); ``tesseract`` — the Tesseract CLI, ``-l vie`` with its defaults, on the
page rendered at 300 dpi; ``trueocr`` — a second reader measured for comparison, when the
package is installed.  Handwriting and stamp spans of the transcript (``⟨hw:…⟩``,
``⟨stamp:…⟩``, see tests/data/real_scans/README.md) are dropped from the reference.

PDFs are looked for, as ``<stem>.pdf`` (page N) or ``<stem>_p<N>.pdf`` (its page 1), in
``--pdf-dir``, tests/data/real_scans/, tests/data/scans/ and the shared samples
(``samples/real/scans``, ``scans-more``) when present; pages whose PDF is not found are
skipped with a note.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

import click
import numpy as np
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRANSCRIPTS = ROOT / "tests/data/real_scans"
SHARED_CANDIDATES = [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
ROUTES = ("vnplan", "tesseract")

_MARKUP = re.compile(r"⟨(?:hw|stamp):[^⟩]*⟩")
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-",
                       "‐": "-", "‑": "-", "|": " "})


def fold_line(line: str) -> str:
    """The comparable form of a line: NFC, quotes and dashes folded, table bars and runs of
    whitespace as one space, ``…`` as three dots."""
    line = unicodedata.normalize("NFC", line).translate(_FOLD).replace("…", "...")
    return " ".join(line.split())


def reference_lines(transcript: str) -> list[str]:
    """The printed lines of a transcript, markup spans removed, empty lines dropped."""
    lines = (fold_line(_MARKUP.sub(" ", line)) for line in transcript.splitlines())
    return [line for line in lines if line]


def hypothesis_lines(text: str) -> list[str]:
    lines = (fold_line(line) for line in text.replace("\f", "\n").splitlines())
    return [line for line in lines if line]


def semiglobal_distance(needle: str, haystack: str) -> int:
    """Fewest edits turning ``needle`` into some substring of ``haystack`` (free start and
    end in the haystack).  One numpy row per needle character; the row's insertion chain
    is a running minimum (D[j] = min_k≤j cand[k] + j − k)."""
    if not needle:
        return 0
    if not haystack:
        return len(needle)
    hay = np.frombuffer(haystack.encode("utf-32-le"), dtype=np.uint32)
    index = np.arange(len(hay) + 1)
    row = np.zeros(len(hay) + 1, dtype=np.int64)  # free start: row 0 is all zeros
    for i, char in enumerate(needle, start=1):
        cand = np.empty_like(row)
        cand[0] = i
        cand[1:] = np.minimum(row[:-1] + (hay != ord(char)), row[1:] + 1)
        row = np.minimum.accumulate(cand - index) + index
    return int(row.min())


_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def score(reference: list[str], hypothesis: list[str]) -> dict:
    ref_text = " ".join(reference)
    hyp_text = " ".join(hypothesis)
    length = max(1, len(ref_text))
    order_free = sum(semiglobal_distance(line, hyp_text) for line in reference)
    ref_words = Counter(words(ref_text))
    hyp_words = Counter(words(hyp_text))
    missed = sum((ref_words - hyp_words).values())
    return {
        "chars": len(ref_text),
        "line_chars": sum(len(line) for line in reference),
        "words": sum(ref_words.values()),
        "errors": Levenshtein.distance(ref_text, hyp_text),
        "errors_free": order_free,
        "missed_words": missed,
        "cer": Levenshtein.distance(ref_text, hyp_text) / length,
        "cer_free": order_free / sum(len(line) for line in reference) if reference else 0.0,
        "missed": missed / max(1, sum(ref_words.values())),
    }


# ------------------------------------------------------------------------------ the pages


def pdf_dirs(extra: tuple[str, ...]) -> list[Path]:
    dirs = [Path(d) for d in extra] + [TRANSCRIPTS, ROOT / "tests/data/scans"]
    for shared in SHARED_CANDIDATES:
        dirs += [shared / "samples/real/scans", shared / "samples/real/scans-more"]
    return [d for d in dirs if d.is_dir()]


def find_page(stem: str, number: int, dirs: list[Path]) -> tuple[Path, int] | None:
    for d in dirs:
        whole = d / f"{stem}.pdf"
        if whole.is_file():
            return whole, number
        single = d / f"{stem}_p{number}.pdf"
        if single.is_file():
            return single, 1
    return None


def page_pdf_bytes(path: Path, number: int) -> bytes:
    """Page ``number`` of the PDF as a PDF of its own: the other pages deleted, the
    document's own dictionaries kept (a page copied into a new document loses the
    document's form, and with it the digital signature drawn over the scan)."""
    import io

    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(path))
    try:
        if len(source) == 1:
            return path.read_bytes()
        for index in reversed(range(len(source))):
            if index != number - 1:
                source.del_page(index)
        buffer = io.BytesIO()
        source.save(buffer)
        return buffer.getvalue()
    finally:
        source.close()


def read_vnplan(pdf: bytes, name: str) -> str:
    from pipeline.read import read_document
    from pipeline.settings import Settings

    raw = read_document(pdf, name, Settings())
    return "\n".join(p.text for p in raw.pages)


def read_tesseract(pdf: bytes, name: str) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=300 / 72).to_pil()
    finally:
        document.close()
    with tempfile.TemporaryDirectory(prefix="vnplan_real_") as workdir:
        png = os.path.join(workdir, "page.png")
        image.save(png)
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        done = subprocess.run(["tesseract", png, "stdout", "-l", "vie", "--dpi", "300"],
                              capture_output=True, text=True, env=env, check=True)
    return done.stdout


def read_trueocr(pdf: bytes, name: str) -> str:
    """The ``trueocr`` package (ONNX detector, reading order and line recognizer, weights in
    its wheel; not a vnplan dependency: ``pip install trueocr``) on the page at 200 dpi."""
    import pypdfium2 as pdfium
    from trueocr import load_model

    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=200 / 72).to_pil()
    finally:
        document.close()
    return load_model(threads=1).predict(image).text


READERS = {"vnplan": read_vnplan, "tesseract": read_tesseract, "trueocr": read_trueocr}


def transcripts(only: tuple[str, ...]) -> list[tuple[str, str, int]]:
    """(transcript name, pdf stem, page number) of the chosen transcripts, sorted."""
    found = []
    for path in sorted(TRANSCRIPTS.glob("*_p*.txt")):
        match = re.fullmatch(r"(.+)_p(\d+)", path.stem)
        if match and (not only or any(path.stem.startswith(o) for o in only)):
            found.append((path.stem, match.group(1), int(match.group(2))))
    return found


def evaluate(routes: list[str], only: tuple[str, ...] = (), extra_dirs: tuple[str, ...] = (),
             out: Path | None = None) -> dict:
    dirs = pdf_dirs(extra_dirs)
    rows, skipped = [], []
    for name, stem, number in transcripts(only):
        located = find_page(stem, number, dirs)
        if located is None:
            skipped.append(name)
            continue
        pdf = page_pdf_bytes(*located)
        reference = reference_lines((TRANSCRIPTS / f"{name}.txt").read_text(encoding="utf-8"))
        row = {"page": name}
        for route in routes:
            started = time.perf_counter()
            text = READERS[route](pdf, f"{name}.pdf")
            row[route] = {**score(reference, hypothesis_lines(text)),
                          "seconds": round(time.perf_counter() - started, 2)}
            if out is not None:
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{name}.{route}.txt").write_text(text, encoding="utf-8")
        rows.append(row)
    totals = {}
    for route in routes:
        parts = [r[route] for r in rows]
        chars = sum(p["chars"] for p in parts) or 1
        totals[route] = {
            "cer": sum(p["errors"] for p in parts) / chars,
            "cer_free": sum(p["errors_free"] for p in parts) / (sum(p["line_chars"] for p in parts) or 1),
            "missed": sum(p["missed_words"] for p in parts) / max(1, sum(p["words"] for p in parts)),
            "seconds": round(sum(p["seconds"] for p in parts), 1),
        }
    return {"pages": rows, "total": totals, "skipped": skipped}


@click.command()
@click.option("--routes", default="vnplan,tesseract", show_default=True, help="Comma-separated: vnplan, tesseract, trueocr.")
@click.option("--only", multiple=True, help="Transcript name prefix (repeatable), e.g. P01 or Q02_lamdong-cat-ttr289-2025-bao-cao-de-an-06_p1.")
@click.option("--pdf-dir", "pdf_dir", multiple=True, type=click.Path(file_okay=False), help="Another folder with the PDFs.")
@click.option("--out", default=None, type=click.Path(file_okay=False), help="Write each route's page text here.")
@click.option("--json", "json_path", default=None, type=click.Path(dir_okay=False))
def main(routes, only, pdf_dir, out, json_path):
    chosen = [r.strip() for r in routes.split(",") if r.strip()]
    unknown = [r for r in chosen if r not in READERS]
    if unknown:
        raise click.BadParameter(f"unknown route {unknown[0]!r}; use {', '.join(READERS)}", param_hint="--routes")
    result = evaluate(chosen, only, pdf_dir, Path(out) if out else None)
    header = f"{'page':58s}" + "".join(f" {r[:9]:>9s} {'free':>6s} {'missed':>6s} {'s':>5s}" for r in chosen)
    click.echo(header)
    for row in result["pages"]:
        cells = "".join(f" {row[r]['cer']:9.2%} {row[r]['cer_free']:6.2%} {row[r]['missed']:6.2%} {row[r]['seconds']:5.1f}"
                        for r in chosen)
        click.echo(f"{row['page'][:58]:58s}{cells}")
    total = result["total"]
    click.echo(f"{'TOTAL (' + str(len(result['pages'])) + ' pages)':58s}" + "".join(
        f" {total[r]['cer']:9.2%} {total[r]['cer_free']:6.2%} {total[r]['missed']:6.2%} {total[r]['seconds']:5.1f}"
        for r in chosen))
    if result["skipped"]:
        click.echo(f"skipped (PDF not found): {', '.join(result['skipped'])}", err=True)
    if json_path:
        Path(json_path).write_text(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
