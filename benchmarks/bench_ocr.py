"""OCR speed and accuracy, side by side, on the same pages in the same run.

    python benchmarks/bench_ocr.py                       # five seeds, mild + heavy scans
    python benchmarks/bench_ocr.py --seeds 000,004 --levels mild

For every seed text in tests/data/seeds rendered as a scanned PDF (tests.support.fixtures, seed 0,
300 dpi) it measures, document by document and method after method (so machine load hits
all three alike):

  (a) raw Tesseract: ``tesseract page.png out -l vie --dpi 300`` on the page images, with
      OMP_THREAD_LIMIT=1 — the floor;
  (b) vnplan, the whole pipeline in one worker: ``read_pdf`` (in-process rasterization,
      per-page preprocessing, Tesseract with the PNG store shim of pipeline/native when it
      is built, word boxes, weak lines re-read), then ``extract_from_pages`` (normalization
      with ``ocr_repair``, recognizers, provenance); ``VNPLAN_PNG_STORE=0`` measures it
      without the shim;
  (c) OCRmyPDF (``-l vie --output-type pdf --optimize 0 --jobs 1 --rasterizer pypdfium``)
      then pdfplumber ``extract_text`` on its output — the route a user would otherwise take;
      its ``--sidecar`` text is scored too (pdfplumber scrambles skewed lines of the layer).

CER = Levenshtein distance / reference length on whitespace-folded text, against
``fixtures.display_text`` of the seed (what a reader of the rendered page sees), summed over
documents.  It also times the text-layer path (digital PDFs of the same seeds) with word boxes.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from tests.support import fixtures  # noqa: E402
from pipeline.document import extract_from_pages  # noqa: E402
from pipeline.models import content_id  # noqa: E402
from pipeline.ocr import check_tesseract, png_store_shim  # noqa: E402
from pipeline.ocr_repair import apply_repairs, find_repairs  # noqa: E402
from pipeline.read_pdf import read_pdf  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.text import squash_spaces as fold  # noqa: E402

SEEDS = ROOT / "tests" / "data" / "seeds"
ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


def cpu_seconds() -> float:
    """User + system CPU of this process and its reaped children (Tesseract, OCRmyPDF and
    its Tesseracts): what a method costs, whatever else the machine is doing."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Clock:
    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, cpu_seconds() - self.cpu


@dataclass
class Tally:
    seconds: float = 0.0
    cpu: float = 0.0
    pages: int = 0
    errors: dict[str, int] = field(default_factory=dict)  # level -> edit distance
    chars: dict[str, int] = field(default_factory=dict)  # level -> reference length

    def add(self, level: str, clock: Clock, pages: int, hypothesis: str, reference: str) -> None:
        self.seconds += clock.wall
        self.cpu += clock.cpu
        self.pages += pages
        self.errors[level] = self.errors.get(level, 0) + Levenshtein.distance(fold(hypothesis), fold(reference))
        self.chars[level] = self.chars.get(level, 0) + len(fold(reference))

    def cer(self, level: str) -> float | None:
        return self.errors[level] / self.chars[level] if self.chars.get(level) else None


def run_tesseract_cli(images, workdir: Path) -> tuple[Clock, str]:
    paths = []
    for i, image in enumerate(images):  # PNGs written before the clock starts
        path = workdir / f"page{i}.png"
        image.save(path, dpi=(300, 300))
        paths.append(path)
    texts = []
    with Clock() as clock:
        for path in paths:
            subprocess.run(["tesseract", str(path), str(path.with_suffix("")), "-l", "vie", "--dpi", "300"],
                           env=ENV, check=True, capture_output=True)
            texts.append(path.with_suffix(".txt").read_text(encoding="utf-8"))
    return clock, "\n".join(texts)


def run_vnplan(pdf: bytes) -> tuple[Clock, str, str]:
    """The whole pipeline on one document in this process (one worker): read and OCR, then
    normalization, recognizers and provenance.  CER is scored on the OCR'd page text, and
    on that text after ``ocr_repair`` (the repairs the pipeline makes)."""
    with Clock() as clock:
        doc = read_pdf(pdf, "scan.pdf", Settings())
        result = extract_from_pages(doc, content_id(pdf))
    assert result.references and all(p.method == "ocr" for p in doc.pages)
    text = "\n".join(p.text for p in doc.pages)
    return clock, text, apply_repairs(text, find_repairs(text))


def run_ocrmypdf(pdf: bytes, workdir: Path) -> tuple[Clock, str, str]:
    import pdfplumber

    source, target, sidecar = workdir / "in.pdf", workdir / "out.pdf", workdir / "out.txt"
    source.write_bytes(pdf)
    with Clock() as clock:
        subprocess.run(["ocrmypdf", "-l", "vie", "--output-type", "pdf", "--optimize", "0", "--jobs", "1",
                        "--rasterizer", "pypdfium", "--quiet", "--sidecar", str(sidecar),
                        str(source), str(target)],
                       env=ENV, check=True, capture_output=True)
        with pdfplumber.open(target) as out:
            text = "\n".join(page.extract_text() or "" for page in out.pages)
    return clock, text, sidecar.read_text(encoding="utf-8")


def bench_text_layer(texts: list[str], rounds: int = 5) -> float:
    pdfs = [fixtures.render_digital_pdf_bytes(t) for t in texts]
    pages = words = 0
    started = time.perf_counter()
    for _ in range(rounds):
        for pdf in pdfs:
            doc = read_pdf(pdf, "digital.pdf", Settings())
            pages += len(doc.pages)
            words += sum(len(p.words) for p in doc.pages)
    seconds = time.perf_counter() - started
    assert words > 0
    return pages / seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="", help="comma-separated seed name prefixes (default: all)")
    parser.add_argument("--levels", default="mild,heavy")
    parser.add_argument("--skip-ocrmypdf", action="store_true")
    parser.add_argument("--cold", action="store_true",
                        help="no scanned warm-up page: the first scanned document also pays the OCR models' load")
    args = parser.parse_args(argv)

    seeds = sorted(SEEDS.glob("*.txt"))
    if args.seeds:
        wanted = args.seeds.split(",")
        seeds = [s for s in seeds if any(s.name.startswith(w) for w in wanted)]
    levels = args.levels.split(",")
    have_ocrmypdf = shutil.which("ocrmypdf") is not None and not args.skip_ocrmypdf

    tallies = {name: Tally() for name in ("a", "b", "b+repair", "c", "c-sidecar")}
    texts = [s.read_text(encoding="utf-8") for s in seeds]
    print(f"seeds: {', '.join(s.stem for s in seeds)}; levels: {', '.join(levels)}; "
          f"tesseract {subprocess.run(['tesseract', '--version'], capture_output=True, text=True).stdout.split()[1]}; "
          f"PNG store shim in (b): {'on' if png_store_shim() else 'off (VNPLAN_PNG_STORE=0 or not built)'}; "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    # A worker loads its models once (underthesea, vocabularies, the Tesseract check; for scans
    # the second and third readers, the dictionary's syllables and word pairs, the Tesseract
    # engine) and then serves many documents: load them before the clock, as a running worker
    # has — a digital PDF, then a one-page scan (of a seed not timed below, when there is one).
    warm = fixtures.render_digital_pdf_bytes(texts[0])
    extract_from_pages(read_pdf(warm, "warm-up.pdf", Settings()), content_id(warm))
    check_tesseract("vie")
    if not args.cold:
        others = [s for s in sorted(SEEDS.glob("*.txt")) if s not in seeds] or seeds
        page = fixtures.render_scan_images(others[0].read_text(encoding="utf-8"), degradation=levels[0], seed=0)[:1]
        scan = fixtures.scan_pdf_bytes(page)
        extract_from_pages(read_pdf(scan, "warm-up-scan.pdf", Settings()), content_id(scan))
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for seed, text in zip(seeds, texts):
            reference = fixtures.display_text(text)
            for level in levels:
                images = fixtures.render_scan_images(text, degradation=level, seed=0)
                pdf = fixtures.scan_pdf_bytes(images)
                pages = len(images)
                # the PNGs of (a) are the very pages embedded in the PDF (decoded JPEG)
                decoded = [fixtures_image(img) for img in images]
                clock_a, text_a = run_tesseract_cli(decoded, workdir)
                tallies["a"].add(level, clock_a, pages, text_a, reference)
                clock_b, text_b, repaired = run_vnplan(pdf)
                tallies["b"].add(level, clock_b, pages, text_b, reference)
                tallies["b+repair"].add(level, clock_b, pages, repaired, reference)
                line = (f"  {seed.stem[:3]} {level:5} {pages} p  wall/CPU s: (a) {clock_a.wall:5.1f}/{clock_a.cpu:5.1f}"
                        f"  (b) {clock_b.wall:5.1f}/{clock_b.cpu:5.1f}")
                if have_ocrmypdf:
                    clock_c, text_c, sidecar_c = run_ocrmypdf(pdf, workdir)
                    tallies["c"].add(level, clock_c, pages, text_c, reference)
                    tallies["c-sidecar"].add(level, clock_c, pages, sidecar_c, reference)
                    line += f"  (c) {clock_c.wall:5.1f}/{clock_c.cpu:5.1f}"
                print(line, flush=True)
    layer_rate = bench_text_layer(texts)

    rows = [("(a) tesseract CLI", "a"), ("(b) vnplan pipeline, 1 worker", "b"),
            ("(b) its text after ocr_repair", "b+repair")]
    if have_ocrmypdf:
        rows.append(("(c) OCRmyPDF + pdfplumber", "c"))
        # pdfplumber re-orders the characters of skewed text lines in OCRmyPDF's invisible
        # layer (CER 0.4 on heavy scans); OCRmyPDF's own --sidecar text shows what Tesseract
        # read there — same run, same time.
        rows.append(("(c) its --sidecar text", "c-sidecar"))
    base, base_cpu = tallies["a"].seconds, tallies["a"].cpu
    print()
    header = (f"{'method':32} {'pages':>5} {'wall s':>7} {'pages/s':>8} {'× (a)':>6}"
              f" {'CPU s':>7} {'CPU p/s':>8} {'× (a)':>6}")
    for level in levels:
        header += f" {'CER ' + level:>11}"
    print(header)
    print("-" * len(header))
    for label, key in rows:
        t = tallies[key]
        line = (f"{label:32} {t.pages:5d} {t.seconds:7.1f} {t.pages / t.seconds:8.3f} {t.seconds / base:6.2f}"
                f" {t.cpu:7.1f} {t.pages / t.cpu:8.3f} {t.cpu / base_cpu:6.2f}")
        for level in levels:
            value = t.cer(level)
            line += f" {value:11.4f}" if value is not None else f" {'-':>11}"
        print(line)
    if have_ocrmypdf:
        b, c = tallies["b"], tallies["c"]
        print(f"\n(b) is {c.seconds / b.seconds:.2f}× faster than (c) in wall time, {c.cpu / b.cpu:.2f}× in CPU; "
              f"(b) costs {b.seconds / base:.2f}× (a) in wall time, {b.cpu / base_cpu:.2f}× in CPU")
    print(f"text layer with word boxes (digital PDFs of the same seeds): {layer_rate:.0f} pages/s")


def fixtures_image(image):
    """The page as a plain decoded image (drops the JPEG bytes kept in ``info``)."""
    out = image.copy()
    out.info = {}
    return out


if __name__ == "__main__":
    main()
