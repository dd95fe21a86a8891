"""The accuracy scorer: every matching rule of the contract, then whole folders and the CLI."""

from __future__ import annotations

import copy
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from rapidfuzz import fuzz

from pipeline.cli import main
from pipeline.evaluate import (
    Counts,
    evaluate_dirs,
    evaluate_pair,
    fold_agency,
    match_assignments,
    reference_key,
)
from pipeline.models import DOCUMENT_FIELDS

GOLD_DIR = Path(__file__).parent / "data" / "gold"
GOLD_000 = GOLD_DIR / "000_a478c3b769a5e285.json"
GOLD_001 = GOLD_DIR / "001_233d148a3b8b2b83.json"


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def ref(number=None, year=None, symbol=None, type="Quyết định", name=None, date=None,
        issuer=None, basis=False) -> dict:
    return {"text": "…", "type": type, "number": number, "year": year, "symbol": symbol,
            "name": name, "date": date, "issuer": issuer, "basis": basis}


def doc(references=(), assignments=(), deadlines=(), **fields) -> dict:
    document = {f: None for f in DOCUMENT_FIELDS}
    document.update(fields)
    return {"source": "x.txt", "document": document, "references": list(references),
            "assignments": list(assignments), "deadlines": list(deadlines)}


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --------------------------------------------------------------------------- references

REFERENCE_CASES = [
    # (gold, predicted, match?)
    pytest.param(ref("925", symbol="QĐ-UBND"), ref("925", symbol="QĐ-UBND"), True, id="identical"),
    pytest.param(ref("07", symbol="KH-UBND"), ref("7", symbol="KH-UBND"), True, id="leading-zero"),
    pytest.param(ref("7", symbol="KH-UBND"), ref("007", symbol="KH-UBND"), True, id="leading-zeros-pred"),
    pytest.param(ref("0", symbol="QĐ"), ref("00", symbol="QĐ"), True, id="all-zero-number"),
    pytest.param(ref("17", symbol="NQ-CP"), ref("17", symbol="NQCP"), True, id="symbol-dash-dropped"),
    pytest.param(ref("23", symbol="CT-TTg"), ref("23", symbol="ct ttg."), True, id="symbol-case-space-dot"),
    pytest.param(ref("18", symbol="NQ/TW"), ref("18", symbol="NQ-TW"), True, id="symbol-slash-vs-dash"),
    pytest.param(ref("61", 2018, "NĐ-CP"), ref("61", "2018", "NĐ-CP"), True, id="year-as-string"),
    pytest.param(ref("61", 2018, "NĐ-CP"), ref("61", 2019, "NĐ-CP"), False, id="year-differs"),
    pytest.param(ref("61", 2018, "NĐ-CP"), ref("61", None, "NĐ-CP"), False, id="year-missing"),
    pytest.param(ref("61", 2018, "NĐ-CP"), ref("61", 2018, "ND-CP"), False, id="vietnamese-letter-kept"),
    pytest.param(ref("61", 2018, "NĐ-CP"), ref("62", 2018, "NĐ-CP"), False, id="number-differs"),
    pytest.param(ref("30c", symbol="QĐ-UBND"), ref("30c", symbol="QĐ-UBND"), True, id="letter-suffix"),
    pytest.param(ref("925", symbol="QĐ-UBND"), ref("925", symbol=nfd("QĐ-UBND")), True, id="symbol-nfd"),
    # laws: (type, lower-cased name, year of the date — else year)
    pytest.param(ref(type="Luật", name="Tổ chức Chính phủ", year=2015),
                 ref(type="Luật", name="tổ chức chính phủ", year=2015), True, id="law-name-case"),
    pytest.param(ref(type="Luật", name="Tổ chức Chính phủ", year=2015),
                 ref(type="Luật", name="Tổ  chức\nChính phủ", year=2015), True, id="law-name-whitespace"),
    pytest.param(ref(type="Luật", name="Tổ chức chính quyền địa phương", year=2015, date="2015-06-19"),
                 ref(type="Luật", name="Tổ chức chính quyền địa phương", year=None, date="2015-06-19"),
                 True, id="law-year-from-date"),
    pytest.param(ref(type="Luật", name="Tổ chức Chính phủ", year=2015, date=None),
                 ref(type="Luật", name="Tổ chức Chính phủ", year=None, date="2015-06-19"),
                 True, id="law-date-null-falls-back-to-year"),
    pytest.param(ref(type="Luật", name="Tổ chức Chính phủ", year=2015),
                 ref(type="Luật", name="Tổ chức Chính phủ", year=2019), False, id="law-year-differs"),
    pytest.param(ref(type="Luật", name="Tổ chức Chính phủ", year=2015),
                 ref(type="Bộ luật", name="Tổ chức Chính phủ", year=2015), False, id="law-type-differs"),
    pytest.param(ref(type="Hiến pháp", year=2013), ref(type="Hiến pháp", year=2013), True, id="constitution-no-name"),
    pytest.param(ref(type="Luật", name="Tổ chức Chính phủ", year=2015),
                 ref(type="Luật", name="Tổ chức chính quyền địa phương", year=2015), False, id="law-name-differs"),
    pytest.param(ref("", type="Luật", name="Đầu tư", year=2020),
                 ref(None, type="Luật", name="Đầu tư", year=2020), True, id="empty-number-is-law"),
]


@pytest.mark.parametrize("gold, pred, matched", REFERENCE_CASES)
def test_reference_matching_rule(gold, pred, matched):
    assert (reference_key(gold) == reference_key(pred)) is matched
    c = evaluate_pair(doc([gold]), doc([pred])).areas["references"]
    assert (c.tp, c.fp, c.fn) == ((1, 0, 0) if matched else (0, 1, 1))


def test_references_are_matched_one_to_one():
    gold = doc([ref("5", symbol="KH-UBND")])
    pred = doc([ref("5", symbol="KH-UBND"), ref("05", symbol="KH UBND")])
    c = evaluate_pair(gold, pred).areas["references"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)


REFERENCE_FIELD_CASES = [
    # (field, gold value, predicted value, correct?)
    ("date", "2021-12-24", "2021-12-24", True),
    ("date", "2021-12-24", "2021-12-25", False),
    ("date", None, None, True),
    ("date", None, "2021-12-24", False),
    ("issuer", "Ủy ban nhân dân tỉnh Gia Lai", nfd("Ủy ban nhân dân tỉnh  Gia Lai "), True),
    ("issuer", "Ủy ban nhân dân tỉnh Gia Lai", "Uỷ ban nhân dân tỉnh Gia Lai", False),
    ("issuer", "Chính phủ", "chính phủ", False),
    ("type", "Quyết định", "Quyết định", True),
    ("type", "Quyết định", "Nghị quyết", False),
    ("basis", True, True, True),
    ("basis", True, False, False),
]


@pytest.mark.parametrize("name, gold_value, pred_value, correct", REFERENCE_FIELD_CASES)
def test_reference_field_accuracy(name, gold_value, pred_value, correct):
    g, p = ref("1", symbol="QĐ-UBND"), ref("1", symbol="QĐ-UBND")
    g[name], p[name] = gold_value, pred_value
    result = evaluate_pair(doc([g]), doc([p]))
    assert result.areas["references"].tp == 1  # fields never affect the match
    assert result.reference_fields[name].correct == int(correct)
    assert result.reference_fields[name].total == 1
    others = [f for f in result.reference_fields if f != name]
    assert all(result.reference_fields[f].correct == 1 for f in others)


def test_reference_fields_are_only_scored_on_matched_pairs():
    result = evaluate_pair(doc([ref("1", symbol="A")]), doc([ref("2", symbol="A")]))
    assert all(a.total == 0 and a.accuracy is None for a in result.reference_fields.values())
    assert result.reference_field_accuracy is None


# --------------------------------------------------------------------------- assignments


def assign(agency, role="lead"):
    return {"agency": agency, "role": role, "section": "IV.1", "task": "…"}


ASSIGNMENT_CASES = [
    pytest.param("Sở Nội vụ", "Sở Nội vụ", "lead", "lead", True, id="identical"),
    pytest.param("Sở Nội vụ", "SỞ NỘI VỤ.", "lead", "lead", True, id="case-and-punctuation"),
    pytest.param("Văn hóa - Truyền thông", "Văn hóa–Truyền thông", "lead", "lead", True, id="dash-forms"),
    pytest.param("Sở Thông tin và Truyền thông", nfd("Sở Thông tin và Truyền thông"), "lead", "lead",
                 True, id="nfd"),
    pytest.param("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hoá, Thể thao và Du lịch", "lead", "lead",
                 True, id="spelling-variant-fuzzy"),
    pytest.param("abcdefghij", "abcdefghiX", "lead", "lead", True, id="ratio-exactly-0.9"),
    pytest.param("abcdefghij", "abcdefghXY", "lead", "lead", False, id="ratio-0.8"),
    pytest.param("Sở Nội vụ", "Sở Tư pháp", "lead", "lead", False, id="different-agency"),
    pytest.param("Ủy ban nhân dân cấp huyện, cấp xã", "Ủy ban nhân dân cấp huyện", "lead", "lead",
                 False, id="collective-vs-part"),
    pytest.param("Sở Nội vụ", "Sở Nội vụ", "lead", "support", False, id="role-mismatch"),
]


@pytest.mark.parametrize("gold_agency, pred_agency, gold_role, pred_role, matched", ASSIGNMENT_CASES)
def test_assignment_matching_rule(gold_agency, pred_agency, gold_role, pred_role, matched):
    c = evaluate_pair(doc(assignments=[assign(gold_agency, gold_role)]),
                      doc(assignments=[assign(pred_agency, pred_role)])).areas["assignments"]
    assert (c.tp, c.fp, c.fn) == ((1, 0, 0) if matched else (0, 1, 1))


def test_ratio_boundary_cases_are_what_they_claim():
    assert fuzz.ratio(fold_agency("abcdefghij"), fold_agency("abcdefghiX")) == 90
    assert fuzz.ratio(fold_agency("abcdefghij"), fold_agency("abcdefghXY")) == 80
    assert fold_agency("Sở TT&TT; (tỉnh)") == "sở tt tt tỉnh"


def test_assignment_matching_is_optimal_not_greedy():
    # g1 = p1 exactly; g1~p2 0.95; g2~p1 0.90; g2~p2 0.85 (not eligible).  Greedy by best
    # score pairs g1-p1 first and loses g2; the optimal matching finds two pairs.
    g1 = "abcdefghijklmnopqrst"
    p1 = g1
    p2 = "abcdefghijklmnopqrsX"
    g2 = "XYcdefghijklmnopqrst"
    assert fuzz.ratio(g1, p2) == 95 and fuzz.ratio(g2, p1) == 90 and fuzz.ratio(g2, p2) == 85
    pairs, missed, spurious = match_assignments([assign(g1), assign(g2)], [assign(p1), assign(p2)])
    assert sorted((g["agency"], p["agency"]) for g, p in pairs) == sorted([(g1, p2), (g2, p1)])
    assert missed == [] and spurious == []


def test_assignments_are_one_to_one():
    c = evaluate_pair(doc(assignments=[assign("Sở Nội vụ")]),
                      doc(assignments=[assign("Sở Nội vụ"), assign("SỞ NỘI VỤ")])).areas["assignments"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)


# --------------------------------------------------------------------------- deadlines


def deadline(kind, value, agency=None):
    return {"text": "…", "kind": kind, "value": value, "agency": agency}


DEADLINE_CASES = [
    pytest.param([("date", "2014-06-15")], [("date", "2014-06-15")], (1, 0, 0), id="same"),
    pytest.param([("date", "2014-06-15")], [("date", "2014-06-16")], (0, 1, 1), id="value-differs"),
    pytest.param([("period", "2024")], [("date", "2024")], (0, 1, 1), id="kind-differs"),
    pytest.param([("recurrence", None)], [("recurrence", None)], (1, 0, 0), id="null-value"),
    pytest.param([("recurrence", None)], [("recurrence", "P6M")], (0, 1, 1), id="null-vs-value"),
    pytest.param([("continuous", "continuous")] * 2 + [("recurrence", "P6M")],
                 [("continuous", "continuous")] * 3 + [("recurrence", None)], (2, 2, 1), id="multiset"),
    pytest.param([("recurrence", "P6M"), ("recurrence", "P1Y")],
                 [("recurrence", "P1Y"), ("recurrence", "P6M")], (2, 0, 0), id="order-free"),
    pytest.param([], [("continuous", "continuous")], (0, 1, 0), id="nothing-to-find"),
]


@pytest.mark.parametrize("gold, pred, expected", DEADLINE_CASES)
def test_deadline_matching_rule(gold, pred, expected):
    # agency and text are not part of the key
    g = doc(deadlines=[deadline(k, v, "Sở Nội vụ") for k, v in gold])
    p = doc(deadlines=[deadline(k, v, None) for k, v in pred])
    c = evaluate_pair(g, p).areas["deadlines"]
    assert (c.tp, c.fp, c.fn) == expected


# --------------------------------------------------------------------------- document fields

DOCUMENT_FIELD_CASES = [
    pytest.param("number", None, None, True, id="null-equals-null"),
    pytest.param("number", "07", "7", False, id="number-as-written"),
    pytest.param("number", None, "", False, id="null-vs-empty"),
    pytest.param("title", "Tuyên truyền  cải cách\nhành chính", "Tuyên truyền cải cách hành chính", True,
                 id="whitespace-folding"),
    pytest.param("signer", "Lê Thị Thu Hương", nfd("Lê Thị Thu Hương"), True, id="nfc"),
    pytest.param("signer", "Lê Thị Thu Hương", "LÊ THỊ THU HƯƠNG", False, id="case-matters"),
    pytest.param("plan_year", 2022, "2022", True, id="number-vs-digits"),
    pytest.param("plan_year", 2022, 2023, False, id="year-differs"),
    pytest.param("recipients", ["Sở Nội vụ", "Lưu: VT"], ["Sở Nội vụ ", "Lưu:  VT"], True, id="list-folded"),
    pytest.param("recipients", ["Sở Nội vụ", "Lưu: VT"], ["Lưu: VT", "Sở Nội vụ"], False, id="list-order"),
    pytest.param("recipients", ["Sở Nội vụ", "Lưu: VT"], ["Sở Nội vụ"], False, id="list-shorter"),
    pytest.param("recipients", [], None, False, id="empty-list-vs-null"),
    # the contract's folding for document fields: dash variants, old/new tone placement
    pytest.param("issuer", "Ban Chỉ đạo - Tổ công tác", "Ban Chỉ đạo – Tổ công tác", True, id="en-dash"),
    pytest.param("title", "Giai đoạn 2021 - 2025", "Giai đoạn 2021 — 2025", True, id="em-dash"),
    pytest.param("title", "Giai đoạn 2021 - 2025", "Giai đoạn 2021 ‒ 2025", True, id="figure-dash"),
    pytest.param("title", "Giai đoạn 2021 - 2025", "Giai đoạn 2021 2025", False, id="dash-not-dropped"),
    pytest.param("signing_authority", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "TM. UỶ BAN NHÂN DÂN KT. CHỦ TỊCH",
                 True, id="old-tone-upper"),
    pytest.param("issuer", "Ủy ban nhân dân tỉnh", "Uỷ ban nhân dân tỉnh", True, id="old-tone-uy"),
    pytest.param("title", "Chuyển đổi số và văn hóa", "Chuyển đổi số và văn hoá", True, id="old-tone-hoa"),
    pytest.param("recipients", ["TT. Tỉnh uỷ (b/c)"], ["TT. Tỉnh ủy (b/c)"], True, id="old-tone-in-list"),
    pytest.param("title", "Quý I", "Quỳ I", False, id="qu-is-not-a-tone-slip"),
    pytest.param("signer", "Hoàng Văn Hòa", "Hoàng Văn Hoà", True, id="old-tone-in-name"),
    pytest.param("signer", "Hoàng Văn Hòa", "Hoàng Văn Hoa", False, id="tone-not-dropped"),
]


@pytest.mark.parametrize("name, gold_value, pred_value, correct", DOCUMENT_FIELD_CASES)
def test_document_field_rule(name, gold_value, pred_value, correct):
    result = evaluate_pair(doc(**{name: gold_value}), doc(**{name: pred_value}))
    assert result.document_fields[name] is correct
    assert sum(result.document_fields.values()) == len(DOCUMENT_FIELDS) - (not correct)


def test_missing_prediction_counts_as_all_missed():
    gold = load(GOLD_000)
    result = evaluate_pair(gold, None)
    assert result.status == "missing"
    assert result.areas["references"].fn == len(gold["references"])
    assert result.areas["assignments"].fn == len(gold["assignments"])
    assert result.areas["deadlines"].fn == len(gold["deadlines"])
    assert not any(result.document_fields.values())  # even the null gold fields


# --------------------------------------------------------------------------- ratios

COUNTS_CASES = [
    # (tp, fp, fn, precision, recall, f1)
    (3, 1, 2, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
    (0, 0, 0, 1.0, 1.0, 1.0),
    (0, 0, 4, 0.0, 0.0, 0.0),
    (0, 2, 0, 0.0, 0.0, 0.0),
    (5, 0, 0, 1.0, 1.0, 1.0),
]


@pytest.mark.parametrize("tp, fp, fn, precision, recall, f1", COUNTS_CASES)
def test_precision_recall_f1(tp, fp, fn, precision, recall, f1):
    c = Counts(tp, fp, fn)
    assert (c.precision, c.recall) == pytest.approx((precision, recall))
    assert c.f1 == pytest.approx(f1)


# --------------------------------------------------------------------------- folders


def test_gold_against_itself_is_perfect():
    report = evaluate_dirs(GOLD_DIR, GOLD_DIR)
    assert len(report.documents) == 5 and report.missing == [] and report.extra == []
    for area, counts in report.areas.items():
        assert counts.fp == counts.fn == 0 and counts.tp > 0, area
        assert counts.precision == counts.recall == counts.f1 == 1.0
    assert report.areas["references"].tp == 55
    assert report.areas["assignments"].tp == 56
    assert report.areas["deadlines"].tp == 34
    assert all(a.accuracy == 1.0 for a in report.reference_fields.values())
    assert all(a.accuracy == 1.0 and a.total == 5 for a in report.document_fields.values())
    assert report.document_accuracy == report.reference_field_accuracy == 1.0
    assert report.errors == []


def perturb(gold: dict) -> dict:
    """A damaged copy of gold 000 whose expected counts are worked out in the test below."""
    pred = copy.deepcopy(gold)
    refs = pred["references"]
    assert [r["number"] for r in refs][:2] == ["925", None] and refs[9]["symbol"] == "NĐ-CP"
    refs[0].update(number="0925", symbol="qđ ubnd", date="2021-12-25")  # still a match; date wrong
    refs[2]["name"] = refs[2]["name"].upper()  # law: name folded → still a match
    refs[9]["year"] = 2019  # 61/2018/NĐ-CP → 61/2019: one FN and one FP
    refs[11].update(symbol="NQCP", issuer="Chính  phủ", basis=True)  # match; basis wrong
    refs[12]["issuer"] = nfd(refs[12]["issuer"])  # still correct
    refs.append(ref("1", 2020, "QĐ-TTg"))  # spurious
    del refs[1]  # Hiến pháp 2013 missed

    assigns = pred["assignments"]
    assigns[0]["agency"] = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG."  # folded: still a match
    assigns[3]["agency"] = assigns[3]["agency"].replace("hóa", "hoá")  # fuzzy: still a match
    assigns[4]["role"] = "support"  # role mismatch: one FN and one FP
    del assigns[1]  # missed

    dls = pred["deadlines"]
    assert [d["value"] for d in dls] == ["continuous"] * 3 + ["P1W", "continuous"]
    dls[3]["value"] = "P2W"  # one FN and one FP
    dls.append(deadline("date", "2022-06-15"))  # spurious
    del dls[2]  # one of four "continuous" missed

    fields = pred["document"]
    fields["title"] = fields["title"] + " (dự thảo)"  # wrong
    fields["recipients"] = list(reversed(fields["recipients"]))  # wrong: order matters
    fields["plan_year"] = str(fields["plan_year"])  # same value
    fields["issuer"] = "  " + fields["issuer"].replace(" ", "\n", 1)  # whitespace only
    return pred


def test_perturbed_gold_gives_exact_counts(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "out" / "json"
    gold_dir.mkdir()
    pred_dir.mkdir(parents=True)
    shutil.copy(GOLD_000, gold_dir)
    shutil.copy(GOLD_001, gold_dir)  # no prediction: all missed
    pred = perturb(load(GOLD_000))
    del pred["notes"]
    (pred_dir / "000_a478c3b769a5e285.json").write_text(json.dumps(pred, ensure_ascii=False), "utf-8")
    (pred_dir / "999_unknown.json").write_text(json.dumps(doc()), "utf-8")  # no gold: not scored

    report = evaluate_dirs(gold_dir, tmp_path / "out")  # output folder → its json/
    g001 = load(GOLD_001)
    assert report.missing == ["001_233d148a3b8b2b83"]
    assert report.extra == ["999_unknown"]

    def counts(area):
        c = report.areas[area]
        return c.tp, c.fp, c.fn

    assert counts("references") == (11, 2, 2 + len(g001["references"]))
    assert counts("assignments") == (3, 1, 2 + len(g001["assignments"]))
    assert counts("deadlines") == (3, 2, 2 + len(g001["deadlines"]))
    rf = {f: (a.correct, a.total) for f, a in report.reference_fields.items()}
    assert rf == {"type": (11, 11), "date": (10, 11), "issuer": (11, 11), "basis": (10, 11)}
    assert report.reference_field_accuracy == pytest.approx(42 / 44)
    df = report.document_fields
    assert (df["title"].correct, df["recipients"].correct, df["plan_year"].correct) == (0, 0, 1)
    assert df["issuer"].correct == df["number"].correct == 1 and df["issuer"].total == 2
    assert report.document_accuracy == pytest.approx(12 / 28)
    first = report.documents[0]
    assert first.doc == "000_a478c3b769a5e285" and first.document_accuracy == pytest.approx(12 / 14)
    assert report.areas["references"].precision == pytest.approx(11 / 13)

    found = {(e.area, e.kind, e.key) for e in report.errors}
    assert {("references", "FN", "61/2018/NĐ-CP"), ("references", "FP", "61/2019/NĐ-CP"),
            ("references", "FN", "Hiến pháp 2013"), ("references.date", "wrong", "925/QĐ-UBND"),
            ("references.basis", "wrong", "17/NQ-CP"),
            ("assignments", "FP", "Trung tâm Văn hóa, Thông tin và Thể thao các huyện, thị xã, thành phố [support]"),
            ("deadlines", "FN", "recurrence=P1W"), ("deadlines", "FP", "date=2022-06-15"),
            ("document.title", "wrong", "title")} <= found
    # agency is not in the deadline key, but it decides which "continuous" is reported missed
    missed_continuous = [e.gold["agency"] for e in report.documents[0].errors
                         if e.area == "deadlines" and e.key == "continuous=continuous"]
    assert missed_continuous == ["Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố"]
    scored_errors = [e for e in report.errors if e.doc == "000_a478c3b769a5e285"]
    # references 2 FN + 2 FP + 2 wrong fields; assignments 2 FN + 1 FP; deadlines 2 FN + 2 FP;
    # document fields 2 wrong
    assert len(scored_errors) == (2 + 2 + 2) + (2 + 1) + (2 + 2) + 2


def test_pairs_by_source_stem_when_file_names_differ(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), pred_dir.mkdir()
    shutil.copy(GOLD_000, gold_dir / "renamed.json")
    shutil.copy(GOLD_000, pred_dir / "000_a478c3b769a5e285.json")
    report = evaluate_dirs(gold_dir, pred_dir)
    assert report.missing == [] and report.areas["references"].f1 == 1.0


def test_unreadable_prediction_counts_as_missed(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), pred_dir.mkdir()
    shutil.copy(GOLD_000, gold_dir)
    (pred_dir / "000_a478c3b769a5e285.json").write_text("{ not json", "utf-8")
    report = evaluate_dirs(gold_dir, pred_dir)
    assert [d.status for d in report.documents] == ["unreadable"]
    assert report.areas["references"].tp == 0 and report.document_accuracy == 0.0


# --------------------------------------------------------------------------- command line


def run(*args):
    return CliRunner().invoke(main, ["eval", *map(str, args)])


def test_cli_help_shows_examples():
    result = run("--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output and "vnplan eval" in result.output and "--show-errors" in result.output


def test_cli_gold_against_itself(tmp_path):
    out = tmp_path / "figures.json"
    result = run(GOLD_DIR, GOLD_DIR, "--per-doc", "--show-errors", "--json", out)
    assert result.exit_code == 0, result.output
    assert "references" in result.output and "1.000" in result.output
    assert "004_1df89c22df6dec19" in result.output  # per-document row
    figures = json.loads(out.read_text("utf-8"))
    assert figures["areas"]["references"] == {"tp": 55, "fp": 0, "fn": 0, "precision": 1.0,
                                              "recall": 1.0, "f1": 1.0}
    assert figures["document_accuracy"] == 1.0 and len(figures["per_document"]) == 5


def test_cli_show_errors_lists_each_miss(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), pred_dir.mkdir()
    shutil.copy(GOLD_000, gold_dir)
    shutil.copy(GOLD_001, gold_dir)
    (pred_dir / "000_a478c3b769a5e285.json").write_text(
        json.dumps(perturb(load(GOLD_000)), ensure_ascii=False), "utf-8")
    result = run(gold_dir, pred_dir, "--show-errors")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("references" in l and "FN" in l and "61/2018/NĐ-CP" in l for l in lines)
    assert any("references" in l and "FP" in l and "61/2019/NĐ-CP" in l for l in lines)
    assert any("missing: 001_233d148a3b8b2b83" in l for l in lines)


@pytest.mark.parametrize("setup, message", [
    ("no-gold-dir", "does not exist"),
    ("no-pred-dir", "does not exist"),
    ("empty-gold", "no .json files"),
    ("empty-pred", "no .json files"),
    ("bad-gold", "not readable JSON"),
])
def test_cli_bad_usage_is_a_clear_error(tmp_path, setup, message):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), pred_dir.mkdir()
    if setup != "empty-gold":
        shutil.copy(GOLD_000, gold_dir)
    if setup != "empty-pred":
        shutil.copy(GOLD_000, pred_dir)
    if setup == "no-gold-dir":
        gold_dir = tmp_path / "nowhere"
    if setup == "no-pred-dir":
        pred_dir = tmp_path / "nowhere"
    if setup == "bad-gold":
        (gold_dir / "broken.json").write_text("[1,", "utf-8")
    result = run(gold_dir, pred_dir)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
