"""The audit's checks, on the seeds' gold files, on crafted citations and on a planted corpus."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from pipeline.audit import FINDING_COLUMNS, run_audit
from pipeline.cli import main
from pipeline.registry import load_registry
from tests.support import planted

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return load_registry(tmp_path_factory.mktemp("no_local"))  # bundled data only


def make_out_dir(root: Path, docs: dict[str, dict], texts: dict[str, str] | None = None) -> Path:
    (root / "json").mkdir(parents=True, exist_ok=True)
    (root / "text").mkdir(parents=True, exist_ok=True)
    for stem, data in docs.items():
        (root / "json" / f"{stem}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for stem, text in (texts or {}).items():
        (root / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def seeds_dir(tmp_path) -> Path:
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (DATA / "gold").glob("*.json")}
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (DATA / "seeds").glob("*.txt")}
    return make_out_dir(tmp_path / "out", docs, texts)


def doc(refs: list[dict], issue_date: str | None = "2024-03-12", province: str | None = "Hải Phòng") -> dict:
    return {"source": "x.txt", "doc_id": "x",
            "document": {"doc_type": "Kế hoạch", "issue_date": issue_date, "province": province},
            "references": refs}


def ref(text, type_, number, symbol, date, issuer, year=None, basis=False, **extra) -> dict:
    r = {"text": text, "type": type_, "number": number, "year": year, "symbol": symbol, "name": None,
         "date": date, "issuer": issuer, "basis": basis}
    r.update(extra)
    return r


def checks(result, doc=None, severity=None) -> set[tuple[str, str, str]]:
    return {(f.reference, f.check, f.severity) for f in result.findings
            if (doc is None or f.doc == doc) and (severity is None or f.severity == severity)}


# --- the seeds --------------------------------------------------------------------------------

def test_seeds_registry_proves_the_wrong_dates_and_nothing_else_is_an_error(seeds_dir, registry):
    res = run_audit(seeds_dir, registry)
    errors = [f for f in res.findings if f.severity == "error"]
    # Nghị quyết 17/NQ-CP was issued on 07/03/2019; seeds 000 and 001 cite it as 17/3/2019
    assert sorted((f.doc, f.reference, f.check, f.cited, f.expected) for f in errors) == [
        ("000_a478c3b769a5e285", "17/NQ-CP", "date_mismatch", "2019-03-17", "2019-03-07"),
        ("001_233d148a3b8b2b83", "17/NQ-CP", "date_mismatch", "2019-03-17", "2019-03-07"),
    ]
    assert all(f.source == "https://tailieu.vn/doc/nghi-quyet-so-17-2019-nq-cp-2263687.html" for f in errors)
    # every other registry citation is correct and yields no error (the issue's goal: 0)
    correct = [c for c in res.citations if c.match and c.reference != "17/NQ-CP"]
    assert len(correct) >= 20
    assert not [f for c in correct for f in c.findings if f.severity == "error"]
    # the evidence snippet comes from the text
    f = errors[0]
    assert "17/NQ-CP ngày 17/3/2019" in f.snippet


def test_seeds_format_findings(seeds_dir, registry):
    res = run_audit(seeds_dir, registry)
    fmt = {(f.doc[:3], f.cited, f.expected) for f in res.findings if f.check == "number_format"}
    assert ("001", "17/NQCP", "17/NQ-CP") in fmt
    assert ("004", "76/NQCP", "76/NQ-CP") in fmt
    assert ("002", "505/UBND-QĐ", "505/QĐ-UBND") in fmt
    assert all(f.severity == "warning" for f in res.findings if f.check == "number_format")


# --- each check -------------------------------------------------------------------------------

def test_anachronism_and_superseded(tmp_path, registry):
    law = ref("Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội",
              "Luật", "80", "QH13", "2015-06-22", "Quốc hội", year=2015, basis=True)
    later = ref("Nghị định số 69/2024/NĐ-CP ngày 25/6/2024 của Chính phủ", "Nghị định", "69", "NĐ-CP",
                "2024-06-25", "Chính phủ", year=2024)
    out = make_out_dir(tmp_path, {
        "a": doc([law, later], issue_date="2025-05-01"),
        "b": doc([dict(law, basis=False)], issue_date="2025-04-01"),
        "c": doc([law, later], issue_date="2024-03-12"),
        "d": doc([law], issue_date=None),
    })
    res = run_audit(out, registry)
    assert ("80/2015/QH13", "superseded", "error") in checks(res, "a")  # a legal basis
    assert ("80/2015/QH13", "superseded", "warning") in checks(res, "b")  # from the expiry day on
    sup = next(f for f in res.findings if f.doc == "a" and f.check == "superseded")
    assert "64/2025/QH15" in sup.expected and "scribd" in sup.source
    assert not {c for c in checks(res, "c") if c[1] == "superseded"}
    assert ("69/2024/NĐ-CP", "anachronism", "error") in checks(res, "c")
    assert not {c for c in checks(res, "a") if c[1] == "anachronism"}
    assert checks(res, "d", "error") == set()  # no citing date: nothing to compare


def test_issuer_checks_registry_and_symbol(tmp_path, registry):
    refs = [
        ref("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Bộ Tài chính", "Nghị định", "61", "NĐ-CP",
            "2018-04-23", "Bộ Tài chính", year=2018),
        ref("Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Chính phủ", "Quyết định", "749", "QĐ-TTg",
            "2020-06-03", "Chính phủ"),
        ref("Nghị quyết số 5-NQ/TW ngày 01/02/2016 của Tỉnh ủy", "Nghị quyết", "5", "NQ/TW", "2016-02-01", "Tỉnh ủy"),
        ref("Quyết định số 12/QĐ-UBND ngày 01/02/2016 của Chủ tịch UBND tỉnh", "Quyết định", "12", "QĐ-UBND",
            "2016-02-01", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ref("Quyết định số 13/QĐ-BNV ngày 01/02/2016 của Bộ trưởng Bộ Nội vụ", "Quyết định", "13", "QĐ-BNV",
            "2016-02-01", "Bộ trưởng Bộ Nội vụ"),
        ref("Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII",
            "Nghị quyết", "19", "NQ/TW", "2017-10-25", "Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII"),
    ]
    res = run_audit(make_out_dir(tmp_path, {"a": doc(refs)}), registry)
    got = {c for c in checks(res) if c[1] == "issuer_mismatch"}
    assert got == {("61/2018/NĐ-CP", "issuer_mismatch", "error"),  # registry: Chính phủ
                   ("749/QĐ-TTg", "issuer_mismatch", "warning"),  # the Government for its Prime Minister
                   ("5-NQ/TW", "issuer_mismatch", "error")}  # symbol: Trung ương, not a Tỉnh ủy
    f = next(f for f in res.findings if f.reference == "5-NQ/TW")
    assert "symbol_issuers.tsv" in f.source


def test_year_mismatch_and_missing_year(tmp_path, registry):
    refs = [ref("Nghị định số 107/2020/NĐ-CP ngày 06/12/2021 của Chính phủ", "Nghị định", "107", "NĐ-CP",
                "2021-12-06", "Chính phủ", year=2020),
            ref("Nghị định số 61/NĐ-CP ngày 29/5/2020 của Chính phủ", "Nghị định", "61", "NĐ-CP",
                "2020-05-29", "Chính phủ")]
    res = run_audit(make_out_dir(tmp_path, {"a": doc(refs)}), registry)
    assert ("107/2020/NĐ-CP", "year_mismatch", "error") in checks(res)
    fmt = next(f for f in res.findings if f.check == "number_format")
    assert (fmt.cited, fmt.expected) == ("61/NĐ-CP", "61/2020/NĐ-CP")
    assert "luatvietnam" in fmt.source  # the year comes from the registry row
    assert not [f for f in res.findings if f.reference == "61/NĐ-CP" and f.check == "date_mismatch"]


def test_consensus_date_and_unverified(tmp_path, registry):
    def plan(date):
        return ref(f"Kế hoạch số 215/KH-BNV ngày {date} của Bộ Nội vụ", "Kế hoạch", "215", "KH-BNV",
                   date, "Bộ Nội vụ")
    once = ref("Quyết định số 9731/QĐ-UBND ngày 14/3/2019 của UBND tỉnh", "Quyết định", "9731", "QĐ-UBND",
               "2019-03-14", "Ủy ban nhân dân tỉnh")
    docs = {"a": doc([plan("2020-01-05"), once]), "b": doc([plan("2020-01-05")]),
            "c": doc([plan("2020-01-05")]), "d": doc([plan("2020-01-08")])}
    res = run_audit(make_out_dir(tmp_path, docs), registry)
    f = [f for f in res.findings if f.check == "date_mismatch"]
    assert [(x.doc, x.severity, x.expected, x.source) for x in f] == [("d", "warning", "2020-01-05", "consensus 3/4")]
    unv = [(x.doc, x.reference) for x in res.findings if x.check == "unverified"]
    assert unv == [("a", "9731/QĐ-UBND")]  # 215/KH-BNV is cited by four documents
    # two against one is not a strong consensus
    res2 = run_audit(make_out_dir(tmp_path / "two", {k: docs[k] for k in ("a", "b", "d")}), registry)
    assert not [x for x in res2.findings if x.check == "date_mismatch"]


def test_low_confidence(tmp_path, registry):
    r = ref("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ", "Nghị quyết", "76", "NQ-CP",
            "2021-07-15", "Chính phủ", page=2, span=[0, 10], box=[10, 10, 200, 30], confidence=41.0)
    res = run_audit(make_out_dir(tmp_path, {"a": doc([r, dict(r, number="17", confidence=88.0)])}), registry)
    low = [f for f in res.findings if f.check == "low_confidence"]
    assert [(f.reference, f.severity, f.page) for f in low] == [("76/NQ-CP", "warning", 2)]


# --- CLI and outputs --------------------------------------------------------------------------

def test_cli_audit_writes_csv_and_replaces_duckdb_table(seeds_dir):
    runner = CliRunner()
    r = runner.invoke(main, ["audit", str(seeds_dir), "--registry-dir", str(seeds_dir / "noreg")])
    assert r.exit_code == 0, r.output
    assert "2 errors" in r.output
    with (seeds_dir / "audit" / "findings.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0].keys()) == FINDING_COLUMNS
    assert {r["severity"] for r in rows} <= {"error", "warning", "info"}
    con = duckdb.connect(str(seeds_dir / "vnplan.duckdb"))
    n = con.execute("SELECT count(*) FROM audit_findings").fetchone()[0]
    con.execute("CREATE TABLE documents AS SELECT 1 AS x")  # another stage's table survives
    con.close()
    assert n == len(rows)
    r = runner.invoke(main, ["audit", str(seeds_dir), "--registry-dir", str(seeds_dir / "noreg"), "--no-html"])
    assert r.exit_code == 0
    con = duckdb.connect(str(seeds_dir / "vnplan.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM audit_findings").fetchone()[0] == n  # replaced, not appended
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    errs = con.execute("SELECT doc, reference, source FROM audit_findings WHERE severity = 'error'").fetchall()
    con.close()
    assert len(errs) == 2 and all(e[1] == "17/NQ-CP" for e in errs)


def test_cli_audit_errors_without_traceback(tmp_path):
    r = CliRunner().invoke(main, ["audit", str(tmp_path / "nothing")])
    assert r.exit_code != 0 and "vnplan extract" in r.output and "Traceback" not in r.output
    (tmp_path / "empty" / "json").mkdir(parents=True)
    (tmp_path / "empty" / "json" / "broken.json").write_text("{not json", encoding="utf-8")
    r = CliRunner().invoke(main, ["audit", str(tmp_path / "empty")])
    assert r.exit_code != 0 and "no readable document JSON" in r.output


def test_malformed_json_values_do_not_break_the_audit(tmp_path, registry):
    bad = {"source": 5, "document": {"issue_date": "ngày 5", "province": ["x"]},
           "references": [{"text": 3, "number": 17, "year": "abc", "symbol": ["NQ"], "date": "2019-3-1",
                           "issuer": {"a": 1}, "span": [5, 2], "box": "x", "page": "1", "confidence": "low"},
                          "str", None, {"type": "Luật", "name": None, "year": 2015}]}
    out = make_out_dir(tmp_path, {"a": bad, "b": [1, 2]}, {"a": "short"})
    (out / "json" / "c.json").write_text("{half", encoding="utf-8")
    r = CliRunner().invoke(main, ["audit", str(out), "--registry-dir", str(tmp_path / "noreg")])
    assert r.exit_code == 0, r.output
    assert "1 documents, 2 citations" in r.output


# --- planted corpus ---------------------------------------------------------------------------

def _audit_folder(json_dir: Path, text_dir: Path, dst: Path, registry):
    (dst / "json").mkdir(parents=True)
    for p in json_dir.glob("*.json"):
        shutil.copy(p, dst / "json" / p.name)
    shutil.copytree(text_dir, dst / "text")
    return run_audit(dst, registry)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, registry):
    out = tmp_path_factory.mktemp("planted")
    plants = planted.build(out, DATA / "seeds", DATA / "real_text", DATA / "gold", registry)
    return out, [p.__dict__ for p in plants]


def test_planted_corpus_covers_every_check(corpus):
    _, plants = corpus
    assert len(plants) >= 20
    assert {p["check"] for p in plants} == {"date_mismatch", "issuer_mismatch", "number_format", "year_mismatch",
                                           "anachronism", "superseded", "unverified", "low_confidence"}


def test_planted_corpus_json_recall(corpus, registry, tmp_path):
    out, plants = corpus
    res = _audit_folder(out / "json", out / "text", tmp_path / "p", registry)
    base = _audit_folder(out / "json_original", out / "original", tmp_path / "o", registry)
    s = planted.score(plants, res.findings, base.findings, "json")
    assert s.recall >= 0.95, s.missed
    assert s.unplanted_errors == []


@pytest.mark.slow
def test_planted_corpus_through_the_extractor(corpus, registry, tmp_path):
    """The full path: planted texts → extract_document → audit. Needs the reference
    recognizers of pipeline.document (it fails while they return no references)."""
    out, plants = corpus
    n = planted.extract_folder(out / "text", tmp_path / "p")
    assert n > 0, "extract_document found no references: the recognizers are not ready yet"
    planted.extract_folder(out / "original", tmp_path / "o")
    res = run_audit(tmp_path / "p", registry)
    base = run_audit(tmp_path / "o", registry)
    s = planted.score(plants, res.findings, base.findings, "text")
    assert s.recall >= 0.95, s.missed
    assert s.unplanted_errors == [], [(f.doc, f.reference, f.check, f.cited) for f in s.unplanted_errors]


# --- reused numbers and year segments (issue 14) --------------------------------------------

def _entry(number, year, symbol, issue_date, source="https://vbpl.vn/x", issuer="Chính phủ"):
    from pipeline.registry import RegistryEntry

    return RegistryEntry(type="Nghị quyết", number=number, year=year, symbol=symbol,
                         issue_date=issue_date, issuer=issuer, title=None, status=None,
                         replaced_by=None, source=source)


@pytest.mark.parametrize("cited,entry,expect_check", [
    # A number without a year segment is reused every year: another year's 02/NQ-CP.
    (dict(text="Nghị quyết số 02/NQ-CP ngày 01/01/2019 của Chính phủ", type="Nghị quyết", number="02",
          year=None, symbol="NQ-CP", date="2019-01-01", issuer="Chính phủ"),
     ("02", None, "NQ-CP", "2020-01-01"), "unverified"),
    # The year segment names the document: 01/2018/TT-VPCP is not 01/2023/TT-VPCP.
    (dict(text="Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ", type="Thông tư",
          number="01", year=2018, symbol="TT-VPCP", date="2018-11-23", issuer="Văn phòng Chính phủ"),
     ("01", 2023, "TT-VPCP", "2023-03-01"), "unverified"),
    # The registry's own document of that year, with another date: still an error.
    (dict(text="Nghị quyết số 02/NQ-CP ngày 05/01/2020 của Chính phủ", type="Nghị quyết", number="02",
          year=None, symbol="NQ-CP", date="2020-01-05", issuer="Chính phủ"),
     ("02", None, "NQ-CP", "2020-01-01"), "date_mismatch"),
    (dict(text="Thông tư số 01/2023/TT-VPCP ngày 02/03/2023 của Văn phòng Chính phủ", type="Thông tư",
          number="01", year=2023, symbol="TT-VPCP", date="2023-03-02", issuer="Văn phòng Chính phủ"),
     ("01", 2023, "TT-VPCP", "2023-03-01"), "date_mismatch"),
])
def test_reused_numbers_match_on_the_year(tmp_path, cited, entry, expect_check):
    from pipeline.registry import Registry

    issuer = "Văn phòng Chính phủ" if "VPCP" in entry[2] else "Chính phủ"
    reg = Registry([_entry(*entry, issuer=issuer)])
    out = make_out_dir(tmp_path / "o", {"d": doc([dict(cited, basis=True)])})
    res = run_audit(out, reg)
    errors = [f for f in res.findings if f.severity == "error"]
    checks = {f.check for f in res.findings}
    assert expect_check in checks
    if expect_check == "unverified":
        assert errors == [] and res.citations[0].match is None
    else:
        assert [f.check for f in errors] == ["date_mismatch"]


def test_official_source_preferred_and_shown(tmp_path):
    from pipeline.registry import Registry, source_kind

    assert source_kind("https://vanban.chinhphu.vn/x") == "official"
    assert source_kind("https://baochinhphu.vn/x") == "news"
    assert source_kind("https://m.thuvienphapluat.vn/x") == "aggregator"
    assert source_kind("huggingface:org/vbpl@rev") == "dataset"
    news = _entry("02", None, "NQ-CP", "2020-01-01", source="https://news.laodong.vn/a")
    official = _entry("02", None, "NQ-CP", "2020-01-01", source="https://vbpl.vn/b")
    reg = Registry([news, official])
    ref = dict(text="Nghị quyết số 02/NQ-CP ngày 03/01/2020", type="Nghị quyết", number="02", year=None,
               symbol="NQ-CP", date="2020-01-03", issuer="Chính phủ", basis=True)
    res = run_audit(make_out_dir(tmp_path / "o", {"d": doc([ref])}), reg)
    (finding,) = [f for f in res.findings if f.check == "date_mismatch"]
    assert finding.source == "https://vbpl.vn/b" and finding.source_kind == "official"


def test_checks_are_registered_functions():
    from pipeline.audit import CHECK_FUNCTIONS, CHECKS

    assert [f.__name__ for f in CHECK_FUNCTIONS] == ["number_format", "year_mismatch", "date_mismatch",
                                                      "issuer_mismatch", "anachronism", "superseded",
                                                      "unverified", "low_confidence"]
    assert {f.__name__ for f in CHECK_FUNCTIONS} == set(CHECKS)


def test_no_error_findings_on_the_seeds_and_real_texts(tmp_path, registry):
    """Extract the seeds and the real texts, audit them: no error but the three dates these
    texts write differently from the registry's sources (17/NQ-CP is of 07/3/2019, the texts
    say 17/3/2019; 71/NQ-CP of 01/4/2025, the text says 01/5/2025) — errors in the texts,
    which the planted-corpus baseline lists as well."""
    from pipeline.batch import BatchConfig, run_batch

    out = tmp_path / "out"
    run_batch(BatchConfig(inputs=[str(DATA / "seeds"), str(DATA / "real_text")], out=str(out)))
    res = run_audit(out, registry)
    errors = sorted((f.doc[:3], f.reference, f.check, f.cited) for f in res.findings if f.severity == "error")
    assert errors == [("000", "17/NQ-CP", "date_mismatch", "2019-03-17"),
                      ("001", "17/NQ-CP", "date_mismatch", "2019-03-17"),
                      ("03_", "71/NQ-CP", "date_mismatch", "2025-05-01")]
