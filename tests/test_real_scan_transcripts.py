"""The recognizers on the eight real scans' human transcripts (tests/data/real_scans/*_p<N>.txt,
pages joined, readable handwriting kept, stamps dropped), against their gold: the assignments
and deadlines of letters, plans and a party directive as printed, without the OCR's errors.

A regression guard (these documents were tuned on in 0.19.0: assignments 0.723 → 0.980,
deadlines 0.812 → 0.971 on the transcripts), floors less a margin.  The scanned PDFs themselves
are scored by ``vnplan eval tests/data/real_scans/gold`` after an OCR run (README)."""

import json
from pathlib import Path

import pytest
import regex

from pipeline.document import extract_document
from pipeline.evaluate import evaluate_pair, EvalReport

SCANS = Path(__file__).parent / "data" / "real_scans"
HANDWRITING = regex.compile(r"⟨hw:([^⟩]*)⟩")
STAMP = regex.compile(r"⟨stamp:[^⟩]*⟩")
FLOORS = {"assignments": 0.93, "deadlines": 0.92}


def transcript(pdf: Path) -> str:
    pages = sorted(SCANS.glob(f"{pdf.stem}_p*.txt"), key=lambda p: int(p.stem.rsplit("_p", 1)[1]))
    text = "".join(p.read_text(encoding="utf-8") for p in pages)
    return STAMP.sub("", HANDWRITING.sub(r"\1", text))


@pytest.fixture(scope="module")
def report() -> EvalReport:
    documents = []
    for pdf in sorted(SCANS.glob("*.pdf")):
        gold = json.loads((SCANS / "gold" / f"{pdf.stem}.json").read_text(encoding="utf-8"))
        pred = extract_document(transcript(pdf).encode("utf-8"), f"{pdf.stem}.txt").to_json()
        documents.append(evaluate_pair(gold, pred, pdf.stem))
    return EvalReport(documents)


def test_every_scan_has_a_transcript_and_gold():
    pdfs = sorted(SCANS.glob("*.pdf"))
    assert len(pdfs) == 8
    for pdf in pdfs:
        assert transcript(pdf).strip() and (SCANS / "gold" / f"{pdf.stem}.json").is_file()


@pytest.mark.parametrize("area", sorted(FLOORS))
def test_transcript_accuracy(report, area):
    assert report.areas[area].f1 >= FLOORS[area], (area, round(report.areas[area].f1, 3))
