"""The tune documents of the annotated corpus as the files archives hold (issue #10).

Each tune text is rendered as a Decree-30 digital PDF and as DOCX (``tests.support.fixtures``,
deterministic) and read back.  The words are the text's, so what a form loses against the same
document as text is a reading defect: the floors below are regression guards, the figures of
``scripts/eval_layouts.py --documents tune --forms text,digital,docx,word`` as last measured less
a margin.  The ``word`` form is the DOCX converted to PDF by LibreOffice, as most archive PDFs are
made (skipped where LibreOffice is missing).  Held-out documents are never rendered here, nor the
splits whose crawl the renderer cannot lay out (``tests.support.corpus.NOT_RENDERED``).
"""

import json
import tempfile
from pathlib import Path

import pytest

from pipeline.document import extract_document
from pipeline.evaluate import evaluate_dirs
from pipeline.read import soffice_binary, soffice_convert
from tests.support.corpus import CORPUS, copy_gold, stems
from tests.support.fixtures import render_digital_pdf_bytes, render_docx_bytes

AREAS = ("references", "assignments", "deadlines", "document_fields")

# form: floors (references F1, assignments F1, deadlines F1, document fields), against the gold
# and against the text form's own output
FLOORS = {
    # 104 documents from 0.15.0 (tune11-13 added); measured digital .993 .892 .966 .999, docx .995 .892 .966 .999
    "digital": {"gold": (0.98, 0.86, 0.94, 0.98), "vs_text": (0.98, 0.98, 0.98, 0.98)},
    "docx": {"gold": (0.98, 0.86, 0.94, 0.98), "vs_text": (0.98, 0.98, 0.98, 0.98)},
    # measured .992 .892 .963 .998 / .996 .998 .993 .999 (LibreOffice 7, 0.15.0's 104 documents)
    "word": {"gold": (0.98, 0.82, 0.92, 0.93), "vs_text": (0.98, 0.93, 0.95, 0.93)},
}

RENDER = {"text": lambda t: (t.encode("utf-8"), ".txt"),
          "digital": lambda t: (render_digital_pdf_bytes(t), ".pdf"),
          "docx": lambda t: (render_docx_bytes(t), ".docx")}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("corpus-forms")
    tune = stems(held=False, rendered=True)
    gold = root / "gold"
    gold.mkdir()
    copy_gold(tune, gold)
    folders = {"gold": gold}
    docx = root / "docx-files"  # the DOCX form's files, which the word form converts
    docx.mkdir()
    for form, render in RENDER.items():
        out = root / form
        out.mkdir()
        for stem in tune:
            data, suffix = render((CORPUS / "text" / f"{stem}.txt").read_text(encoding="utf-8"))
            if form == "docx":
                (docx / f"{stem}.docx").write_bytes(data)
            result = extract_document(data, stem + suffix)
            (out / f"{stem}.json").write_text(json.dumps(result.to_json(), ensure_ascii=False), encoding="utf-8")
        folders[form] = out
    soffice = soffice_binary()
    if soffice is not None:
        out = root / "word"
        out.mkdir()
        with tempfile.TemporaryDirectory(prefix="corpus-forms-word-") as tmp:
            soffice_convert(soffice, sorted(docx.iterdir()), "pdf", Path(tmp) / "pdf", Path(tmp) / "profile", 1800)
            for stem in tune:
                result = extract_document((Path(tmp) / "pdf" / f"{stem}.pdf").read_bytes(), stem + ".pdf")
                (out / f"{stem}.json").write_text(json.dumps(result.to_json(), ensure_ascii=False), encoding="utf-8")
        folders["word"] = out
    return folders


def scores(gold: Path, predictions: Path) -> dict[str, float]:
    report = evaluate_dirs(gold, predictions)
    assert not report.missing
    return {"references": report.areas["references"].f1, "assignments": report.areas["assignments"].f1,
            "deadlines": report.areas["deadlines"].f1, "document_fields": report.document_accuracy}


@pytest.mark.parametrize("form", sorted(FLOORS))
def test_a_form_reads_as_the_text(form, outputs):
    if form not in outputs:
        pytest.skip(f"the {form} form needs LibreOffice (scripts/setup.sh installs it)")
    measured = {"gold": scores(outputs["gold"], outputs[form]), "vs_text": scores(outputs["text"], outputs[form])}
    below = {(against, area): (round(measured[against][area], 3), floor)
             for against, floors in FLOORS[form].items()
             for area, floor in zip(AREAS, floors) if measured[against][area] < floor}
    assert not below, f"{form}: below floor ((against, area): (measured, floor)): {below}"
