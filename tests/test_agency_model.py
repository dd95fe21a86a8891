"""The agency-mention model experiment (issue #11 item 3): its training script must keep
working (a tiny model trained on two seed documents), its training data must locate the
gold agencies in the lines the model reads, and the model's proposals must only add to the
rules, behind ``Settings.agency_model``."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from pipeline.agency_model import candidate_lines, propose
from pipeline.assignments import find_assignments
from pipeline.document import extract_from_pages
from pipeline.models import Page, RawDocument
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests/data/seeds"
GOLD = ROOT / "tests/data/gold"

_spec = importlib.util.spec_from_file_location("train_agency_spans", ROOT / "scripts/train_agency_spans.py")
trainer = sys.modules.setdefault("train_agency_spans", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(trainer)

TWO_SEEDS = ("000_a478c3b769a5e285", "001_233d148a3b8b2b83")


def _seed(stem: str) -> tuple[str, dict]:
    return ((SEEDS / f"{stem}.txt").read_text(encoding="utf-8"),
            json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8")))


# (gold agency, line of a real document, the occurrence the locator must find or None)
LOCATED = [
    ("Các tổ chức chính trị - xã hội",
     "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy mạnh mẽ",
     "các tổ chức chính trị-xã hội"),
    ("Ủy ban Mặt trận Tổ quốc tỉnh",
     "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy mạnh mẽ",
     "Ủy ban Mặt trận Tổ quốc tỉnh"),
    ("Sở Tài chính", "- Chủ trì, phối hợp với sở tài chính bố trí kinh phí", "sở tài chính"),
    ("Ủy ban nhân dân cấp xã", "4.1. Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp xã"),
    # a name inside a longer word is no occurrence
    ("Công an tỉnh", "Công an tỉnhlỵ", None),
]


@pytest.mark.parametrize("agency, line, expected", LOCATED)
def test_gold_agency_located_in_its_line(agency, line, expected):
    m = trainer.agency_pattern(agency).search(line)
    assert (m.group() if m else None) == expected


CONTEXT_ROLES = [
    ("b) Phối hợp với Công an thành phố tổ chức các hoạt động tuyên truyền", "Công an thành phố", "support"),
    ("Sở Nội vụ chủ trì, phối hợp chặt chẽ với Sở Tư pháp hướng dẫn", "Sở Tư pháp", "support"),
    ("Sở Nội vụ chủ trì, phối hợp chặt chẽ với Sở Tư pháp hướng dẫn", "Sở Nội vụ", "lead"),
    ("Giao Sở Y tế chủ trì triển khai Kế hoạch", "Sở Y tế", "lead"),
    ("Sở Y tế cùng với Sở Tài chính rà soát", "Sở Tài chính", "support"),
]


@pytest.mark.parametrize("line, agency, role", CONTEXT_ROLES)
def test_role_from_the_words_before_an_occurrence(line, agency, role):
    assert trainer.context_role(line, line.index(agency)) == role


def test_training_lines_hold_located_gold_agencies_and_negatives():
    raw, gold = _seed(TWO_SEEDS[0])
    examples, located, total = trainer.gold_examples(raw, gold, TWO_SEEDS[0])
    assert total == len({(a["agency"], a["role"]) for a in gold["assignments"]})
    assert 0 < located <= total
    assert any(x.spans for x in examples) and any(not x.spans for x in examples)
    for x in examples:
        for s, e, label in x.spans:
            assert label in ("LEAD", "SUPPORT") and 0 <= s < e <= len(x.text)


def test_candidate_lines_skip_the_execution_clause_and_the_signature():
    raw = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n"
           "Điều 1. Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch.\n"
           "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm "
           "thi hành Quyết định này.\n")
    st = trainer.structure_of(raw)
    texts = [st.lines[i].text for i in candidate_lines(st)]
    assert any(t.startswith("Điều 1. Giao Sở Tài chính") for t in texts)
    assert not any("thi hành Quyết định này" in t for t in texts)


def test_a_tiny_model_trains_on_two_documents_and_only_adds_to_the_rules(tmp_path):
    documents = [(stem, *_seed(stem)) for stem in TWO_SEEDS]
    examples, stats = trainer.build_examples(documents, [])
    assert stats["gold documents"] == 2 and stats["gold spans"] > 0
    model = tmp_path / "agency-spans"
    trainer.train(examples, model, iterations=3, seed=0, log=lambda _: None)
    size = sum(p.stat().st_size for p in model.rglob("*") if p.is_file())
    assert size < 10e6

    import spacy

    nlp = spacy.load(model)
    assert set(nlp.get_pipe("ner").labels) == {"LEAD", "SUPPORT"}

    raw = _seed("002_b735eecf630dfa8d")[0]  # a document it was not trained on
    st = trainer.structure_of(raw)
    rules = find_assignments(st)
    covered = {st.line_at(a.start) for a in rules}
    for a in propose(st, rules, model):
        i = st.line_at(a.start)
        assert i in candidate_lines(st) and i not in covered
        assert a.role in ("lead", "support") and st.text[a.start:a.end].strip()

    doc = RawDocument("seed.txt", "text", [Page(1, raw, "text")])
    alone = extract_from_pages(doc, "seed").assignments
    with_model = extract_from_pages(doc, "seed", Settings(agency_model=str(model))).assignments
    assert {(a.agency, a.role) for a in alone} <= {(a.agency, a.role) for a in with_model}
    assert Settings().agency_model == ""  # off by default


def test_a_retrained_model_changes_the_settings_fingerprint(tmp_path):
    model = tmp_path / "model"
    model.mkdir()
    (model / "meta.json").write_text('{"version": "1"}', encoding="utf-8")
    first = Settings(agency_model=str(model)).fingerprint()
    assert first != Settings().fingerprint()
    (model / "meta.json").write_text('{"version": "2"}', encoding="utf-8")
    assert Settings(agency_model=str(model)).fingerprint() != first
