"""Speed of the core pipeline, side by side with its baselines, in one run.

Inputs (named): the five seed texts and the fourteen real provincial texts bundled in
tests/data/, and the same texts rendered as digital PDFs by tests.support.fixtures.

1. Text: MB/s of normalization alone, of the recognizer stage alone (structure, metadata,
   references + resolution, assignments, deadlines on normalized text), and of the whole text
   pipeline (``extract_from_pages``: both, plus provenance and mentions).
2. Digital PDF: pages/s of reading (read_pdf) and of the whole pipeline (extract_document),
   each with the plain text layer and with layout (``Settings.pdf_layout``: columns, wrapped
   headings, ruled tables), next to pdfplumber's bare ``extract_text`` and pypdfium2's bare
   ``get_text_range`` on the same files (pages without tables).

``--against DIR`` times the text stages of another version too (a checkout, e.g.
``git worktree add /tmp/v0.2.1 f2e2a03``), on the same inputs, in its own process, taking turns
with this version's: on a shared machine only figures measured side by side compare.  Each row
gives the best of the repetitions, wall clock and CPU time of the process.

Usage:  python benchmarks/bench_pipeline.py [--repeat 3] [--text-only] [--against DIR] [--agency-model DIR]

``--agency-model DIR`` adds a row: the whole text pipeline with the trained agency-mention
model of ``pipeline/agency_model.py`` (``Settings.agency_model``).

Figures measured with it, round by round: ``docs/speed.md``.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# "--code DIR" (internal, for --against): import that version's pipeline, read this one's inputs
CODE = Path(sys.argv[sys.argv.index("--code") + 1]).resolve() if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))

from pipeline import agencies  # noqa: E402
from pipeline.document import extract_document, extract_from_pages  # noqa: E402
from pipeline.assignments import find_assignments, merge_assignments  # noqa: E402
from pipeline.deadlines import recognize_deadlines  # noqa: E402
from pipeline.metadata import recognize_metadata  # noqa: E402
from pipeline.models import Page, RawDocument  # noqa: E402
from pipeline.normalize import normalize_pages  # noqa: E402
from pipeline.references import find_citations  # noqa: E402
from pipeline.resolve import merge_references  # noqa: E402
from pipeline.read_pdf import read_pdf  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.structure import parse  # noqa: E402

# The memoized answers of the agency readers (a version without clear_caches had one cache)
clear_caches = getattr(agencies, "clear_caches", agencies._segment.cache_clear)

TEXTS = sorted((ROOT / "tests/data/seeds").glob("*.txt")) + sorted((ROOT / "tests/data/real_text").glob("*.txt"))


def best_of(repeat, fn):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def print_rates(what: str, unit: str, amount: float, digits: int, repeat: int, runs) -> None:
    """One table row per (label, function): best and median seconds, and ``amount`` / best s."""
    print(f"{what:44s} {'best s':>8s} {'median s':>9s} {unit:>8s}")
    for label, fn in runs:
        best, median = best_of(repeat, fn)
        print(f"{label:44s} {best:8.3f} {median:9.3f} {amount / best:8.{digits}f}")


def best_seconds(repeat, fn) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of ``repeat`` runs of ``fn``."""
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return min(walls), min(cpus)


STAGES = ("normalize (NFC, residue, offset map)", "recognizers (structure … deadlines)",
          "whole text pipeline (extract_from_pages)")


def whole_text_pipeline(texts, settings=None):
    """A run of ``extract_from_pages`` over ``texts`` (warmed up once here)."""
    # (settings only when given: v0.2.1's extract_from_pages takes none, for --against)
    settings_arg = () if settings is None else (settings,)
    # Warm-up: vocabulary, compiled patterns, underthesea's model (and an agency model) — over every
    # text, since patterns compiled on first use (the agency heads', ~140 ms) are asked in an order
    # the texts decide: with one text, part of that one-time cost fell inside the timed run of one
    # version and not of the other (docs/speed.md, 0.19.0)
    for i, t in enumerate(texts):
        extract_from_pages(RawDocument(f"w{i}.txt", "text", [Page(1, t, "text")]), f"w{i}", *settings_arg)

    def run():
        clear_caches()  # no help from a previous repetition
        for i, t in enumerate(texts):
            extract_from_pages(RawDocument(f"{i}.txt", "text", [Page(1, t, "text")]), str(i), *settings_arg)
    return run


def text_stage_runs(texts):
    """(label, function) of the three text stages over ``texts``."""
    run_recognizers = whole_text_pipeline(texts)

    normalized = [normalize_pages([Page(1, t, "text")]).text for t in texts]

    def run_recognizers_only():
        # The recognizer stage proper, on normalized text: structure, metadata, references
        # (+ resolution), assignments, deadlines.
        clear_caches()
        for text in normalized:
            st = parse(text)
            meta = recognize_metadata(st)
            mentions = find_citations(text)
            merge_references(list(mentions))
            found = find_assignments(st)
            merge_assignments(found)
            recognize_deadlines(st, meta["plan_year"].value, found, [(r.start, r.end) for r in mentions])

    def run_normalize_only():
        for t in texts:
            normalize_pages([Page(1, t, "text")])

    return tuple(zip(STAGES, (run_normalize_only, run_recognizers_only, run_recognizers)))


def text_rates(texts, mb: float, repeat: int) -> dict[str, tuple[float, float]]:
    """MB/s (wall clock, CPU) of each text stage."""
    out = {}
    for label, fn in text_stage_runs(texts):
        wall, cpu = best_seconds(repeat, fn)
        out[label] = (mb / wall, mb / cpu)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--against", metavar="DIR", type=Path, action="append",
                    help="another version's checkout, timed side by side (may be given more than once)")
    ap.add_argument("--text-only", action="store_true", help="only the text stages (no PDF rendering)")
    ap.add_argument("--agency-model", default="", help="also time the text pipeline with this model folder")
    ap.add_argument("--code", type=Path, help=argparse.SUPPRESS)  # internal: the version --against times
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # internal: rates as JSON
    args = ap.parse_args()

    texts = [p.read_text(encoding="utf-8") for p in TEXTS]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    if args.json:
        print(json.dumps(text_rates(texts, mb, args.repeat)))
        return

    print(f"== Text stages on {len(texts)} texts ({mb:.2f} MB: tests/data/seeds + tests/data/real_text)")
    if args.against:
        versions = {"this": None, **{d.name: d for d in args.against}}
        rates: dict[str, list[dict]] = {v: [] for v in versions}
        for _ in range(args.repeat):  # taking turns, so that both see the same load
            for v, code in versions.items():
                cmd = [sys.executable, __file__, "--json", "--repeat", "1"] + (["--code", str(code)] if code else [])
                rates[v].append(json.loads(subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True).stdout))
        print(f"{'stage (MB/s, best of ' + str(args.repeat) + ': wall / CPU)':44s} " + " ".join(f"{v:>16s}" for v in versions))
        for label in STAGES:
            cells = []
            for v in versions:
                wall = max(r[label][0] for r in rates[v])
                cpu = max(r[label][1] for r in rates[v])
                cells.append(f"{wall:7.2f} / {cpu:6.2f}")
            print(f"{label:44s} " + " ".join(f"{c:>16s}" for c in cells))
    else:
        runs = text_stage_runs(texts)
        if args.agency_model:
            runs += (("whole text pipeline + agency model",
                      whole_text_pipeline(texts, Settings(agency_model=args.agency_model))),)
        print_rates("stage", "MB/s", mb, 2, args.repeat, runs)
    if args.text_only:
        return

    from tests.support.fixtures import render_digital_pdf_bytes

    pdfs = [render_digital_pdf_bytes(t) for t in texts]
    import pdfplumber
    import pypdfium2 as pdfium

    pages = sum(len(pdfium.PdfDocument(p)) for p in pdfs)

    def bare_pdfplumber():
        for p in pdfs:
            with pdfplumber.open(io.BytesIO(p)) as pdf:
                for page in pdf.pages:
                    page.extract_text()

    def bare_pdfium():
        for p in pdfs:
            doc = pdfium.PdfDocument(p)
            for i in range(len(doc)):
                doc[i].get_textpage().get_text_range()

    plain_layer = Settings(pdf_layout=False)
    with_layout = Settings(pdf_layout=True)

    def read_plain():
        for i, p in enumerate(pdfs):
            read_pdf(p, f"{i}.pdf", plain_layer)

    def read_with_layout():
        for i, p in enumerate(pdfs):
            read_pdf(p, f"{i}.pdf", with_layout)

    def whole_pipeline(settings):
        def run():
            clear_caches()
            for i, p in enumerate(pdfs):
                extract_document(p, f"{i}.pdf", settings)
        return run

    print(f"\n== Digital PDF: the same {len(pdfs)} texts rendered to {pages} pages (one process, one core)")
    print_rates("route", "pages/s", pages, 1, args.repeat, (
        ("pdfplumber extract_text (baseline)", bare_pdfplumber),
        ("pypdfium2 get_text_range (bare)", bare_pdfium),
        ("vnplan read_pdf, plain text layer", read_plain),
        ("vnplan read_pdf, with layout (columns, headings, tables)", read_with_layout),
        ("vnplan extract_document (whole), plain text layer", whole_pipeline(plain_layer)),
        ("vnplan extract_document (whole), with layout", whole_pipeline(with_layout))))


if __name__ == "__main__":
    main()
