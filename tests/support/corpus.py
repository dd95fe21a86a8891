"""The annotated real corpus (tests/data/corpus): its splits and the contract's figures on one
split, for ``scripts/eval_corpus.py`` and ``tests/test_corpus_accuracy.py`` alike."""

from __future__ import annotations

import csv
import shutil
import tempfile
from pathlib import Path

from pipeline.evaluate import EvalReport, evaluate_dirs

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
AREAS = ("references", "assignments", "deadlines")


def splits() -> dict[str, list[str]]:
    """Split name → the stems SPLIT.tsv puts in it."""
    groups: dict[str, list[str]] = {}
    with open(CORPUS / "SPLIT.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            groups.setdefault(row["split"], []).append(row["stem"])
    return groups


def held_out(split: str) -> bool:
    """A split never tuned on ("heldout2", "heldout3", …)."""
    return split.startswith("heldout")


def read_before() -> frozenset[str]:
    """Held-out stems whose text earlier rule writers had read without gold (READ_BEFORE.tsv):
    their figures are reported apart from those of the documents nobody had read."""
    with open(CORPUS / "READ_BEFORE.tsv", encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return frozenset(row["stem"] for row in csv.DictReader(lines, delimiter="\t"))


def stems(held: bool, rendered: bool = False) -> list[str]:
    """The stems of every held-out split (``held``), or of every split tuned on, sorted;
    ``rendered``: only those of splits the fixture renderer lays out as a document prints them."""
    return sorted(stem for name, group in splits().items()
                  if held_out(name) == held and not (rendered and name in NOT_RENDERED) for stem in group)


# Splits whose crawls the fixture renderer (tests.support.fixtures) cannot lay out in the Decree 30
# layout: tune8's law-site pages flattened the letterhead and the signature block onto a line or
# two, and the renderer prints them so; no PDF or DOCX prints a header so.  tune9 and tune10 hold
# the same law-site pages, two documents another tool OCR'd to markdown (lines cut, LaTeX scraps)
# and a Word file's text as its repository extracted it.
NOT_RENDERED = frozenset({"tune8", "tune9", "tune10"})


def copy_gold(stems: list[str], folder: str | Path) -> None:
    """Copy the gold of ``stems`` into ``folder``: a gold folder ``vnplan eval`` scores them by."""
    for stem in stems:
        shutil.copy(CORPUS / "gold" / f"{stem}.json", folder)


def evaluate_split(stems: list[str], pred: Path) -> EvalReport:
    """``vnplan eval`` of the predictions against the gold of ``stems`` only."""
    with tempfile.TemporaryDirectory() as tmp:
        copy_gold(stems, tmp)
        return evaluate_dirs(tmp, pred)


def figures(report: EvalReport) -> dict[str, float]:
    """The five figures reported per split, by name."""
    row = {area: report.areas[area].f1 for area in AREAS}
    row["reference fields"] = report.reference_field_accuracy or 0.0
    row["document fields"] = report.document_accuracy or 0.0
    return row
