"""spaCy export: every extracted span becomes an entity on token boundaries."""

import json
from pathlib import Path

from pipeline.document import extract_document
from pipeline.spacy_export import blank_vietnamese, export_folder

SEED = Path(__file__).parent / "data" / "seeds" / "004_1df89c22df6dec19.txt"


def test_export_round_trip(tmp_path):
    result = extract_document(SEED.read_bytes(), SEED.name)
    (tmp_path / "json").mkdir()
    (tmp_path / "text").mkdir()
    (tmp_path / "json" / f"{result.stem}.json").write_text(json.dumps(result.to_json(), ensure_ascii=False))
    (tmp_path / "text" / f"{result.stem}.txt").write_text(result.text)
    target = tmp_path / "train.spacy"
    assert export_folder(tmp_path, target) == 1

    from spacy.tokens import DocBin

    (doc,) = DocBin().from_disk(target).get_docs(blank_vietnamese().vocab)
    assert doc.text == result.text
    refs = [e for e in doc.ents if e.label_ == "LEGAL_REF"]
    assert len(refs) == len(result.references)
    assert refs[0].text.startswith("Kế hoạch số 60/KH-UBND")
    assert {e.label_ for e in doc.ents} >= {"LEGAL_REF", "AGENCY", "DEADLINE"}
