"""The recognizer contract (order from declared dependencies, checked at start) and the entity
model (one declaration puts a new entity kind into JSON, tables, mentions and the spaCy export)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import duckdb
import pytest
import regex

from pipeline.batch import BatchConfig, run_batch
from pipeline.document import RECOGNIZERS, extract_document
from pipeline.entities import (
    Entity,
    data_tables,
    entity_kind,
    entity_kinds,
    unregister_kind,
)
from pipeline.models import Provenance
from pipeline.recognize import (
    REGISTRY,
    Context,
    Recognizer,
    RecognizerGraphError,
    RecognizerRegistry,
    load_recognizers,
    recognizer,
)
from pipeline.settings import Settings
from pipeline.store import probe_columns


def _registry(*specs: tuple[str, tuple[str, ...]]) -> RecognizerRegistry:
    reg = RecognizerRegistry()
    for name, requires in specs:
        reg.register(Recognizer(name=name, find=lambda ctx, n=name: [n], requires=requires, produces=name))
    return reg


# --------------------------------------------------------------------------- the order


def test_builtin_order_follows_dependencies():
    names = [r.name for r in RECOGNIZERS.order()]
    assert names == ["assignments", "metadata", "references", "deadlines"]
    for r in RECOGNIZERS.order():
        assert all(names.index(dep) < names.index(r.name) for dep in r.requires)


@pytest.mark.parametrize("specs, expected", [
    ([("c", ()), ("b", ()), ("a", ())], ["a", "b", "c"]),  # independent: by name
    ([("a", ("b",)), ("b", ())], ["b", "a"]),
    ([("z", ()), ("y", ("z",)), ("a", ("y",))], ["z", "y", "a"]),
    ([("d", ("b", "c")), ("c", ("a",)), ("b", ("a",)), ("a", ())], ["a", "b", "c", "d"]),
    ([("m", ()), ("x", ("m",)), ("b", ())], ["b", "m", "x"]),
])
def test_order_is_topological_and_does_not_depend_on_registration_order(specs, expected):
    assert [r.name for r in _registry(*specs).order()] == expected
    assert [r.name for r in _registry(*reversed(specs)).order()] == expected


@pytest.mark.parametrize("specs, message", [
    ([("a", ("missing",))], "requires 'missing', which is not registered"),
    ([("a", ("b",)), ("b", ("a",))], "cycle"),
    ([("a", ("a",))], "cycle"),
    ([("a", ()), ("b", ("c",)), ("c", ("d",)), ("d", ("b",))], "cycle: b requires c, c requires d, d requires b"),
])
def test_a_graph_that_cannot_be_ordered_is_an_error(specs, message):
    with pytest.raises(RecognizerGraphError, match=message):
        _registry(*specs).order()


def test_two_producers_of_one_kind_are_an_error():
    reg = RecognizerRegistry()
    reg.register(Recognizer(name="a", find=lambda ctx: [], produces="deadlines"))
    reg.register(Recognizer(name="b", find=lambda ctx: [], produces="deadlines"))
    with pytest.raises(RecognizerGraphError, match="both produce 'deadlines'"):
        reg.order()


def test_the_check_runs_when_the_recognizers_are_loaded():
    """pipeline.document calls load_recognizers at import: a broken graph stops the start."""

    @recognizer("needs_a_ghost", requires=("ghost",))
    def find(ctx):
        return []

    try:
        with pytest.raises(RecognizerGraphError, match="'needs_a_ghost' requires 'ghost'"):
            load_recognizers()
    finally:
        REGISTRY.unregister("needs_a_ghost")
    assert load_recognizers() is REGISTRY


def test_a_recognizer_reads_only_what_it_requires():
    reg = RecognizerRegistry()
    reg.register(Recognizer(name="a", find=lambda ctx: [1]))
    reg.register(Recognizer(name="b", find=lambda ctx: ctx["a"]))  # no requires=("a",)
    with pytest.raises(RecognizerGraphError, match="read 'a' without requiring it"):
        reg.run(Context(text="", structure=None, settings=None))


def test_resolve_sees_the_mentions_and_dependents_see_both():
    reg = RecognizerRegistry()
    reg.register(Recognizer(name="words", find=lambda ctx: ctx.text.split(),
                            resolve=lambda ctx, found: sorted(set(found))))
    reg.register(Recognizer(name="count", requires=("words",),
                            find=lambda ctx: (len(ctx.mentions("words")), len(ctx["words"]))))
    ctx = reg.run(Context(text="b a b", structure=None, settings=None))
    assert ctx.found["words"] == ["b", "a", "b"] and ctx.results["words"] == ["a", "b"]
    assert ctx.results["count"] == (3, 2)


# ------------------------------------------------------------- a new entity kind, end to end

# A toy entity type, declared here and nowhere else: budget amounts ("kinh phí 500 triệu đồng").
_AMOUNT = regex.compile(r"(?<!\w)(\d{1,3}(?:\.\d{3})*)\s+(triệu|tỷ)\s+đồng(?!\w)")
_UNIT = {"triệu": 10**6, "tỷ": 10**9}


@dataclass
class BudgetAmount(Entity):
    text: str
    amount: int  # in đồng
    start: int
    end: int
    provenance: Provenance | None = None

    CONTRACT_FIELDS = ("text", "amount")

    def mention_label(self) -> str:
        return str(self.amount)


def _find_amounts(ctx: Context) -> list[BudgetAmount]:
    inside_citation = [(r.start, r.end) for r in ctx.mentions("references")]
    out = []
    for m in _AMOUNT.finditer(ctx.text):
        if any(s <= m.start() < e for s, e in inside_citation):
            continue
        amount = int(m.group(1).replace(".", "")) * _UNIT[m.group(2)]
        out.append(BudgetAmount(text=m.group(0), amount=amount, start=m.start(), end=m.end()))
    return out


@pytest.fixture
def budget_amounts():
    entity_kind("budget_amounts", index_column="amount_index", count_column="n_budget_amounts",
                spacy_label="MONEY", mention="amount")(BudgetAmount)
    recognizer("budget_amounts", requires=("references",), produces="budget_amounts")(_find_amounts)
    try:
        yield
    finally:
        REGISTRY.unregister("budget_amounts")
        unregister_kind("budget_amounts")


PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 12/KH-UBND
Hà Giang, ngày 5 tháng 3 năm 2024

KẾ HOẠCH
Triển khai chuyển đổi số năm 2024

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;

I. NHIỆM VỤ
1. Sở Tài chính chủ trì, bố trí kinh phí 500 triệu đồng, hoàn thành trước ngày 30/6/2024.
2. Sở Thông tin và Truyền thông phối hợp, tổng kinh phí 1.200 triệu đồng.
"""


def test_a_new_entity_kind_reaches_every_output(budget_amounts, tmp_path):
    assert "budget_amounts" in data_tables() and entity_kinds()[-1].key == "budget_amounts"
    result = extract_document(PLAN.encode(), "kh12.txt", Settings(ocr=False))

    amounts = result.budget_amounts
    assert [(a.text, a.amount) for a in amounts] == [("500 triệu đồng", 500_000_000),
                                                      ("1.200 triệu đồng", 1_200_000_000)]
    record = result.to_json()
    assert list(record)[-4:] == ["references", "assignments", "deadlines", "budget_amounts"]
    first = record["budget_amounts"][0]
    assert first["amount"] == 500_000_000 and first["page"] == 1
    assert result.text[slice(*first["span"])] == "500 triệu đồng"

    rows = result.rows()
    assert rows["documents"][0]["n_budget_amounts"] == 2
    assert rows["budget_amounts"][1] == {
        "doc_id": result.doc_id, "doc": "kh12", "amount_index": 1, "text": "1.200 triệu đồng",
        "amount": 1_200_000_000, "page": 1, "char_start": result.text.index("1.200 triệu"),
        "char_end": result.text.index("1.200 triệu") + len("1.200 triệu đồng"), "box": None, "confidence": None}
    assert [(m["kind"], m["label"]) for m in rows["mentions"] if m["kind"] == "amount"] == [
        ("amount", "500000000"), ("amount", "1200000000")]
    assert probe_columns()["budget_amounts"]["amount"] is int

    from pipeline.spacy_export import blank_vietnamese, document_to_doc

    doc = document_to_doc(blank_vietnamese(), json.loads(json.dumps(record)), result.text)
    assert [e.text for e in doc.ents if e.label_ == "MONEY"] == ["500 triệu đồng", "1.200 triệu đồng"]

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "kh12.txt").write_text(PLAN, encoding="utf-8")
    run_batch(BatchConfig(inputs=[str(tmp_path / "in")], out=str(tmp_path / "out"), settings=Settings(ocr=False)))
    assert (tmp_path / "out" / "tables" / "budget_amounts.parquet").is_file()
    con = duckdb.connect(str(tmp_path / "out" / "vnplan.duckdb"), read_only=True)
    assert con.execute("SELECT amount, page FROM budget_amounts ORDER BY amount_index").fetchall() == [
        (500_000_000, 1), (1_200_000_000, 1)]
    assert con.execute("SELECT n_budget_amounts FROM documents").fetchall() == [(2,)]


def test_without_the_new_kind_the_outputs_are_the_builtin_ones():
    assert data_tables() == ("documents", "legal_references", "assignments", "deadlines", "mentions")
    record = extract_document(PLAN.encode(), "kh12.txt", Settings(ocr=False)).to_json()
    assert "budget_amounts" not in record and record["references"][0]["symbol"] == "NĐ-CP"


def test_a_kind_and_its_table_are_declared_once():
    with pytest.raises(ValueError, match="table 'deadlines' is already used"):
        entity_kind("due_dates", table="deadlines", index_column="i")(BudgetAmount)
    assert "due_dates" not in {k.key for k in entity_kinds()}
