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

Measured 2026-12-06 on the shared 2-core VM under a load of 8-10 (wall clock is low and noisy
there; CPU time compares better), ``--text-only --repeat 5 --against <main 10dbd1d, before the
speed work of issue #11> --against <v0.2.1>``, two runs, MB/s of CPU time, this version / main /
v0.2.1: normalization 5.03-5.66 / 4.00-4.68 / 5.81-6.80, recognizers 2.59-3.00 / 1.89-2.21 /
3.03-3.48, whole text pipeline 1.68-1.91 / 1.25-1.45 / 1.96-2.18.  The recognizer stage is
short of the issue's 5 MB/s: underthesea's word segmentation of agency names (~35 ms of
~180 ms CPU on these 0.58 MB, 64 windows) and the deadline trigger scan (~24 ms) are the largest
single costs; the rest is spread over per-line readers (assignments ~45 ms, structure ~30 ms).

Measured again 2026-12-06 on 0.5.0 (this round's speed pass: normalization passes, a shared
short-text memo, full_names by bisect, outputs byte-identical; and this round's new rules) on a
quiet machine, ``--text-only --repeat 3 --against <v0.2.1>``, MB/s, this version / v0.2.1:
normalization 7.54 / 6.17, recognizers 1.95 / 3.32, whole text pipeline 1.57 / 2.15.  A py-spy
profile of the recognizer stage: underthesea's segmentation 12.6 %, the deadline trigger scan
11.1 % (``re`` alone, ~65 ns a character: a charset-first or ``\\b``-first trigger is no
faster), the rest spread over the assignment readers (directive sentences 14.7 %, task
sections 13.5 %), citations (11 %) and structure (13 %), no single item above 6 %.

Measured again 2026-12-06 on 0.6.0 (this round's rules, load ~0.8): ``--text-only --repeat 3
--against <0.5.0, d1948b3>``, MB/s, 0.6.0 / 0.5.0: normalization 8.40 / 8.92, recognizers
1.99 / 2.28, whole text pipeline 1.59 / 1.94 — the new assignment and deadline rules cost
13 % of the recognizer stage.  A speed pass tried this round (patterns skipped on lines
without their literals) measured no gain side by side (recognizers 1.90 vs 1.92 and 1.85 vs
1.89 MB/s, two runs) and was reverted.  ``--repeat 3`` (digital PDFs, 239 pages): layout-aware
read_pdf 200.0 pages/s, plain 273.9, whole pipeline with layout 163.5, pdfplumber 15.5,
pypdfium2 1100.5.

A speed pass on 0.6.x (branch speed9, outputs byte-identical on the 68 corpus texts, the seeds,
real_text and the 4 MB hostile line): memoized symbol and issuer normalization, groups read
one by one, the law-by-name-and-number pass skipping windows without its type word.  Side
by side with main, ``--text-only --repeat 5``, load 2.0-2.5, two runs: recognizers 1.87 / 1.82
and 1.85 / 1.70 MB/s CPU (within the noise), whole text pipeline 1.47 / 1.49 and 1.50 / 1.40.
The gain is on citation-dense text: the hostile 256 KB single line 0.43-0.47 s -> 0.35-0.36 s
CPU (best of 8, three turns), the 4 MB line through ``vnplan extract`` 9.8-10.2 -> 8.7-8.8 s
user.  That line's cost is linear (0.25 / 0.5 / 1 / 2 / 4 MB: 0.51 / 0.95 / 1.89 / 3.82 / 7.73 s
on main), ~270 µs per citation and its "định kỳ hằng quý".  Measured and dropped: a deadline
trigger that opens with its first-letter class instead of a look-ahead is slower (35.5 vs
26.9 ms, best of 20, interleaved); a trigger found by two scans (after a space, after a
mark) 23.9 vs 27.8 ms; LATER_DIRECTIVE found from its keywords 31 vs 44 ms on every line (it
runs on candidate lines only, ~1 % of the stage).  The recognizer profile stays flat:
underthesea's segmentation ~12-16 %, the deadline trigger scan ~10 %, then no item above 3 %.

A speed pass on normalization (branch speed10, after this round's crawl, table and name-join
passes had made it ~30 % slower than 0.6.0; outputs byte-identical on the corpus texts, the
seeds and real_text): the new line passes read only their candidate lines (found by one
search: lines ending on a word a name breaks after, on the reversed text; signature lines;
item lines), ``^`` patterns searched from the line breaks (``MatchesAt``), hard_wrap_width's
line lengths from numpy, an atomic word in the heading-tail search, and
``Rewriter.apply_edits`` copying each run of unchanged offsets at once.  ``--text-only
--repeat 5 --against <main b9a372f> --against <0.6.0>``, load 2.2-2.7, two runs, MB/s CPU,
this / main / 0.6.0: normalization 7.16 / 5.26 / 7.69 and 7.11 / 5.24 / 7.62, recognizers
1.83 / 1.81 / 1.89 and 1.89 / 1.85 / 1.85, whole text pipeline 1.48 / 1.35 / 1.53 and
1.50 / 1.39 / 1.46.  Measured and dropped: line-edge spaces and a directive alone on its
line found from candidates (6.2 vs 4.1 and 2.8 vs 2.2 ms: a search for "nghị" alone costs
~1.2 ms), the aggregator's labels searched anywhere first (4.2 vs 2.8 ms).

A speed pass on the recognizers (branch speed11, outputs byte-identical on the 104 corpus
texts, the seeds and real_text): part titles tested once per title, step lines read only where
"bước" stands, sentence starts and LATER_DIRECTIVE found from their literal first character,
fold_agency memoized.  The machine was under a load of 5-9 (8 agents on 2 cores): side by side,
``--text-only --repeat 5 --against <main 63211ab>``, recognizers 1.39 / 1.39 MB/s CPU, and
after merging main (b187a91) at a load of 2.8-3.9, 1.47 / 1.47 — the noise hides the gain.
Counted instead (valgrind callgrind, instructions, load-independent): one run of the recognizer
stage over the bench texts takes 2.108 G instructions on main 63211ab and 9.1 % fewer here
(0.191 G); after the merge 2.216 G on main b187a91 and 8.1 % fewer (0.180 G).  The profile (py-spy) stays flat: underthesea's segmentation ~15 % of the
stage (its CRF featurizer alone ~7 %: a Python featurizer giving the same strings on 5,708
windows made a segmentation only 1.2-1.3x faster, dropped), the deadline trigger scan ~10 % (a
trigger opening with its first-letter class, tried again: 52-60 vs 44 ms), then nothing above
3 %; the ~60k calls into ``regex`` a run makes cost ~1 µs each before any matching.

A speed pass on the recognizers (branch speed12, outputs byte-identical on the 116 corpus texts,
the seeds and real_text against main 1e97187): the agency-head pattern (~100 case-insensitive
heads, asked 3,653 times a run) and the in-sentence head pattern tried by first word
(``regexes.ByFirstWord``: only the heads, and the "not a name" phrases, of the text's first
word), the known-name look-ups by first word, three pure readers memoized.  valgrind callgrind,
one run of the recognizer stage over the bench texts: 2.194 G instructions on main 3696ebf,
2.114 G here (-3.7 %); the head-pattern calls alone, replayed: 27.5 k -> 14.0 k instructions a
call.  Timed side by side under a load of 4-9 (8 agents on 2 cores) the gain is inside the
noise (interleaved best of 5 x 4: 348.5 ms CPU main, 333.9 ms here; the same code's runs
spread 330-550 ms).  The profile (py-spy, main) is flat: underthesea's segmentation 16.8 %,
the deadline trigger scan 10.8 %, then no item above 3 %.

Why 0.9.0's whole text pipeline lost more than its recognizer stage (branch speed13): counted
with valgrind callgrind (instructions, load-independent; one run of a stage over the bench
texts after a warm-up of every stage, as the difference of two processes; totals move ~0.3 %
with Python's hash seed), 0.8.0 (4f8356e) / 0.9.0 (e8404e3): normalization 0.781 / 0.945 G,
recognizers 2.161 / 2.163 G, whole text pipeline 2.996 / 3.179 G (+6.1 %; what is neither
stage, provenance and mentions, 0.054 / 0.071 G).  So the recognizers did not move and
nothing outside the two stages grew much: the whole's extra cost is normalization's (+21 %),
most of it one new pass, the italic-star lines (``star_line_edits``), whose search tried a
class at every character of every text holding a "*".  Found from its literal instead:
normalization 0.934 -> 0.833 G a run, the whole text pipeline 3.043 G (-4.3 %; 0.8.0's plus
1.6 %, its new passes).  Side-by-side timings had shown the recognizers 3 % faster and the
whole 8 % slower than 0.8.0: both inside the noise of a loaded machine.  In the recognizer
stage (2.163 G), the deadline trigger scan alone is 335 M (15.5 %: ``re`` entering its
pattern at every character), the ``re`` engine 21 %, the ``regex`` module's release and
retaking of the GIL around every match of a str 83 M (3.8 %; avoided only by passing
``concurrent=False`` at each call, done in ``ByFirstWord``: its 4,548 calls replayed, 13.4 k
-> 8.6 k instructions a call).  Measured and dropped: the trigger searched after a non-word
character, fused with it (exact, 306 M instead of 335 M; CPU 31.8-32.6 vs 33.4-34.0 ms,
noise); underthesea's CRF featurizer costs ~18 us a token, linear (80 windows in one call:
15 vs 20 ms, loaded machine).
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
    # Warm-up: vocabulary, compiled patterns, underthesea's model (and an agency model).
    extract_from_pages(RawDocument("w.txt", "text", [Page(1, texts[0], "text")]), "w", *settings_arg)

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
