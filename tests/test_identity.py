"""Identities across an output folder, the comparison commands and their formats.

The output folder is the bundled samples (data/raw: five seeds and real documents of many
provinces) extracted once for the module."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.identity import IdentityResolver, agency_identity, province_2025

ROOT = Path(__file__).resolve().parent.parent


def _doc(doc_id, province, level="province"):
    return {"doc_id": doc_id, "doc": doc_id, "province": province, "level": level, "issue_date": "2025-11-20"}


# --- cited documents: one id for a law by name and by number ----------------------------------

LAW_BY_NAME = {"type": "Luật", "number": None, "year": 2025, "symbol": None,
               "name": "Tổ chức chính quyền địa phương", "date": "2025-06-16", "issuer": None,
               "key": "Luật Tổ chức chính quyền địa phương 2025",
               "text": "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"}
LAW_BY_NUMBER = {"type": "Luật", "number": "72", "year": 2025, "symbol": "QH15", "name": None,
                 "date": None, "issuer": None, "key": "72/2025/QH15", "text": "Luật số 72/2025/QH15"}
LAW_NUMBER_IN_NAME = dict(LAW_BY_NAME, name="Tổ chức Chính quyền địa phương số 72/2025/QH15",
                          key="Luật Tổ chức Chính quyền địa phương số 72/2025/QH15 2025")


def _resolve(*refs):
    r = IdentityResolver()
    rows = [("documents", _doc(f"d{i}", p)) for i, p in enumerate(["Gia Lai", "Phú Thọ", "Hà Nội"])]
    rows += [("legal_references", dict(ref, doc_id=f"d{i}", doc=f"d{i}")) for i, ref in enumerate(refs)]
    r.observe_all(rows)
    return [r.enrich(t, row) for t, row in rows if t == "legal_references"]


def test_a_law_by_name_and_by_number_is_one_cited_id():
    by_name, by_number, in_name = _resolve(LAW_BY_NAME, LAW_BY_NUMBER, LAW_NUMBER_IN_NAME)
    assert by_name["cited_id"] == by_number["cited_id"] == in_name["cited_id"] == "72/2025/QH15"
    assert by_name["cited_title"] == "Luật Tổ chức chính quyền địa phương"
    assert by_name["cited_level"] == by_number["cited_level"] == "national"


def test_registry_links_a_law_name_to_its_number():
    law2015 = dict(LAW_BY_NAME, year=2015, date="2015-06-19", key="Luật Tổ chức chính quyền địa phương 2015")
    (row,) = _resolve(law2015)
    assert row["cited_id"] == "77/2015/QH13"


def test_case_variants_of_an_unknown_law_are_one_id():
    a = dict(LAW_BY_NAME, name="Tài nguyên nước", year=2023, date=None)
    b = dict(a, name="tài nguyên Nước")
    ra, rb = _resolve(a, b)
    assert ra["cited_id"] == rb["cited_id"] == "Luật Tài nguyên nước 2023"


def test_corpus_consensus_links_name_and_number_the_registry_lacks():
    a = dict(LAW_BY_NAME, name="Thủ đô số 39/2024/QH15", year=2024, date=None)
    b = dict(LAW_BY_NAME, name="Thủ đô", year=2024, date="2024-06-28")
    ra, rb = _resolve(a, b)
    assert ra["cited_id"] == rb["cited_id"] == "39/2024/QH15"


def test_a_local_symbol_is_an_id_only_with_its_province():
    ref = {"type": "Kế hoạch", "number": "04", "year": None, "symbol": "KH-UBND", "name": None,
           "date": None, "issuer": "Ủy ban nhân dân tỉnh", "key": "04/KH-UBND", "text": "Kế hoạch số 04/KH-UBND"}
    gia_lai, phu_tho = _resolve(ref, ref)
    assert gia_lai["cited_id"] == "4/KH-UBND (Gia Lai)"
    assert phu_tho["cited_id"] == "4/KH-UBND (Phú Thọ)"
    assert gia_lai["cited_level"] == "province"


@pytest.mark.parametrize("symbol,issuer,level", [
    ("NĐ-CP", "Chính phủ", "national"), ("QĐ-TTg", None, "national"), ("TT-BTC", None, "ministry"),
    ("NQ/TW", "Bộ Chính trị", "party"), ("CT/TU", None, "party"), ("TTr-SNV", None, "province"),
    ("KH-UBND", "Ủy ban nhân dân xã Sơn Tây", "commune"), ("QĐ-UBND", "Ủy ban nhân dân huyện Hoa Lư", "district"),
    ("KH-MTTQ-BTT", None, "front"),
])
def test_cited_level_from_symbol_and_issuer(symbol, issuer, level):
    from pipeline.identity import cited_level
    assert cited_level("Quyết định", symbol, issuer) == level


# --- agencies ---------------------------------------------------------------------------------

COMMUNE_COMMITTEES = [
    "UBND các xã, phường", "UBND cấp xã", "Ủy ban nhân dân xã, phường, thị trấn",
    "Ủy ban nhân dân các phường, xã", "Ủy ban nhân dân các xã, phường có liên quan",
    "Chủ tịch Ủy ban nhân dân các xã, phường", "UỶ BAN NHÂN DÂN CẤP XÃ", "Ủy ban nhân dân xã, phường, đặc khu",
]
DEPARTMENTS_COLLECTIVE = [
    "Các sở, ban, ngành", "các Sở, ban, ngành tỉnh", "Các sở, ban ngành, cơ quan thuộc tỉnh",
    "Các Sở, ban, ngành Thành phố", "Thủ trưởng các sở, ban, ngành tỉnh",
    "Các sở, ban, ngành cấp tỉnh theo chức năng, nhiệm vụ và quyền hạn",
    "Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành",
]
RADIO_TV = ["Đài Phát thanh và Truyền hình tỉnh", "Đài Phát thanh - Truyền hình Gia Lai", "Đài PT-TH tỉnh"]


def _agency_ids(names, province="Gia Lai"):
    r = IdentityResolver()
    rows = [("documents", _doc("d", province))]
    rows += [("assignments", {"doc_id": "d", "doc": "d", "agency": n, "role": "lead"}) for n in names]
    r.observe_all(rows)
    return [r.enrich(t, row) for t, row in rows if t == "assignments"]


@pytest.mark.parametrize("names,agency_id,kind", [
    (COMMUNE_COMMITTEES, "Ủy ban nhân dân cấp xã", "people_committee_commune"),
    (DEPARTMENTS_COLLECTIVE, "Các sở, ban, ngành", "collective"),
    (RADIO_TV, None, "media"),
    (["Sở Nội vụ tỉnh Gia Lai", "Sở Nội vụ", "SỞ NỘI VỤ", "Giám đốc Sở Nội vụ"], "Sở Nội vụ", "department"),
    (["Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh Gia Lai"], "Văn phòng Ủy ban nhân dân cấp tỉnh", "ubnd_office"),
    (["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân cấp huyện", "UBND huyện, thị xã, thành phố"],
     "Ủy ban nhân dân cấp huyện", "people_committee_district"),
])
def test_every_spelling_of_an_agency_is_one_agency_id(names, agency_id, kind):
    rows = _agency_ids(names)
    ids = {r["agency_id"] for r in rows}
    assert len(ids) == 1, ids
    assert agency_id is None or ids == {agency_id}
    assert {r["agency_kind"] for r in rows} == {kind}


def test_province_is_separated_from_the_agency():
    ident = agency_identity("Sở Nội vụ tỉnh Gia Lai", "Bình Định", "province")
    assert (ident.kind, ident.province) == ("department", "Gia Lai")
    (row,) = _agency_ids(["Sở Nội vụ tỉnh Gia Lai"], province="Bình Định")
    assert (row["agency_id"], row["agency_province"]) == ("Sở Nội vụ", "Gia Lai")


@pytest.mark.parametrize("name,kind", [
    ("Báo Gia Lai", "media"), ("Tỉnh đoàn", "mass_organisation"), ("Hội Liên hiệp Phụ nữ tỉnh", "mass_organisation"),
    ("Ban Tuyên giáo Tỉnh ủy", "party"), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "front"),
    ("Công an tỉnh", "police_army"), ("Bộ Chỉ huy Quân sự tỉnh", "police_army"), ("Bộ Nội vụ", "ministry"),
    ("Ủy ban nhân dân tỉnh Bình Định", "people_committee_province"), ("Bảo hiểm xã hội tỉnh", "state_branch"),
    ("Trung tâm Phục vụ hành chính công tỉnh", "public_service_unit"), ("Ban Chỉ đạo cải cách hành chính tỉnh", "steering_body"),
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "front"), ("Ban Thường trực Ủy", "front"),
    ("Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực", "official"),
    ("Ban Quản lý Khu kinh tế tỉnh", "management_board"), ("Chi cục Kiểm lâm", "department_unit"),
    ("Các Sở, ngành, đơn vị liên quan", "collective"), ("Các Trường Đại học, Cao đẳng trên địa bàn tỉnh", "public_service_unit"),
    ("Các cơ sở giáo dục trực thuộc", "public_service_unit"), ("Trưởng Ban Chỉ đạo", "official"),
])
def test_agency_kinds(name, kind):
    assert agency_identity(name, "Gia Lai", "province").kind == kind


def test_department_mergers_are_a_successor_relation():
    (tt, kh) = _agency_ids(["Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư tỉnh Bình Định"])
    assert tt["agency_id"] == "Sở Thông tin và Truyền thông"
    assert tt["agency_successor"] == "Sở Khoa học và Công nghệ"
    assert kh["agency_successor"] == "Sở Tài chính"


@pytest.mark.parametrize("old,new", [("Bình Định", "Gia Lai"), ("Gia Lai", "Gia Lai"), ("Bà Rịa-Vũng Tàu", "Hồ Chí Minh"),
                                     ("Thừa Thiên Huế", "Huế"), ("Hà Giang", "Tuyên Quang"), ("Cao Bằng", "Cao Bằng")])
def test_province_2025(old, new):
    assert province_2025(old) == new


def test_the_rearrangement_has_34_provinces():
    from pipeline.identity import _provinces_2025
    assert len(set(_provinces_2025().values())) == 34


# --- the bundled samples, extracted once ------------------------------------------------------

@pytest.fixture(scope="module")
def samples(bundled_samples):
    return bundled_samples


def _cli(*args):
    from click.testing import CliRunner

    from pipeline.cli import main

    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_parquet_and_duckdb_carry_the_identity_columns(samples):
    import duckdb
    docs = pd.read_parquet(samples / "tables" / "documents.parquet")
    assert {"province_2025"} <= set(docs.columns)
    assert str(docs["issue_date"].dtype).startswith(("object", "date")) and docs["issue_date"].dropna().map(type).eq(
        __import__("datetime").date).all()
    refs = pd.read_parquet(samples / "tables" / "legal_references.parquet")
    assert {"cited_id", "cited_title", "cited_level"} <= set(refs.columns)
    con = duckdb.connect(str(samples / "vnplan.duckdb"), read_only=True)
    assert con.execute("SELECT typeof(issue_date) FROM documents LIMIT 1").fetchone()[0] == "DATE"
    # the README's join: no ambiguous doc
    n = con.execute("SELECT count(*) FROM citations WHERE doc IS NOT NULL").fetchone()[0]
    assert n == len(refs)


def test_compare_citations_gives_the_local_government_law_one_row(samples):
    import re

    # the truth, read from the bundled texts: by name and date, or by number
    cites_it = re.compile(r"luật tổ chức chính quyền địa phương (?:số 72/2025/qh15|ngày 16 tháng 6 năm 2025)|72/2025/qh15")
    citing = sorted(p.name for p in (ROOT / "data" / "raw").glob("*.txt")
                    if cites_it.search(" ".join(p.read_text(encoding="utf-8").split()).lower()))
    assert len(citing) == 9
    rows = json.loads(_cli("compare", "citations", samples, "--by", "province", "--format", "json"))
    law = [r for r in rows if r["cited_id"] == "72/2025/QH15"]
    assert len(law) == 1
    assert law[0]["documents"] == law[0]["provinces"] == len(citing)
    assert law[0]["cited_title"] == "Luật Tổ chức chính quyền địa phương"
    assert not [r for r in rows if "chính quyền địa phương" in r["cited_id"].lower()]


@pytest.mark.parametrize("what", ["documents", "citations", "agencies", "deadlines"])
def test_every_format_holds_the_same_numbers(samples, tmp_path, what):
    as_json = pd.DataFrame(json.loads(_cli("compare", what, samples, "--by", "province_2025", "--format", "json")))
    _cli("compare", what, samples, "--by", "province_2025", "--format", "csv", "--out", tmp_path / "x.csv")
    _cli("compare", what, samples, "--by", "province_2025", "--format", "xlsx", "--out", tmp_path / "x.xlsx")
    as_csv = pd.read_csv(tmp_path / "x.csv")
    as_xlsx = pd.read_excel(tmp_path / "x.xlsx", engine="openpyxl")
    table = _cli("compare", what, samples, "--by", "province_2025")
    assert len(as_json) > 0 and table.rstrip().endswith(f"({len(as_json)} rows)")
    numeric = [c for c in as_json.columns if pd.api.types.is_numeric_dtype(as_json[c])]
    assert numeric
    for frame in (as_csv, as_xlsx):
        assert list(frame.columns) == list(as_json.columns)
        for c in numeric:
            assert frame[c].fillna(-1).round(6).tolist() == as_json[c].fillna(-1).round(6).tolist(), c
    first = str(as_json.iloc[0, 0])
    assert first in table


def test_cites_lists_every_citing_document_with_its_sentence(samples):
    rows = json.loads(_cli("cites", "luật tổ chức chính quyền địa phương 2025", samples, "--format", "json"))
    assert len({r["province"] for r in rows}) == 9
    assert all("chính quyền địa phương" in r["sentence"].lower() for r in rows)
    assert all(r["basis"] for r in rows) and all(r["page"] == 1 for r in rows)


def test_sql_command_runs_the_readme_example(samples):
    out = _cli("sql", "SELECT province, year, count(*) AS citations FROM citations GROUP BY ALL ORDER BY citations DESC",
               samples, "--format", "csv")
    assert out.splitlines()[0] == "province,year,citations"


def test_unknown_cited_id_is_a_clear_error(samples):
    p = subprocess.run([sys.executable, "-m", "pipeline.cli", "cites", "999/2099/XX", str(samples)], cwd=ROOT,
                       capture_output=True, text=True)
    assert p.returncode == 1 and "no cited document" in p.stderr and "Traceback" not in p.stderr


def test_readme_sql_examples_run_as_written(samples):
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("Query them with `vnplan sql`"):]
    block = block[block.index("```bash") + 7:block.index("```", block.index("```bash") + 7)]
    queries = re.findall(r'vnplan sql "(.*?)"', block, flags=re.S)
    assert len(queries) >= 2
    for q in queries:
        out = _cli("sql", " ".join(q.split()), samples, "--format", "json")
        assert json.loads(out), q
    code = re.search(r'python3 -c "(.*?)"\n', block, flags=re.S).group(1)
    code = code.replace("data/extracted", str(samples))
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert "department" in p.stdout


def test_a_numbered_law_whose_text_names_it_links_the_name_for_other_documents():
    numbered = {"type": "Luật", "number": "39", "year": 2024, "symbol": "QH15", "name": None, "date": None,
                "issuer": None, "key": "39/2024/QH15", "text": "Luật Thủ đô số 39/2024/QH15"}
    by_name = dict(LAW_BY_NAME, name="Thủ đô", year=2024, date="2024-06-28", key="Luật Thủ đô 2024",
                   text="Luật Thủ đô ngày 28 tháng 6 năm 2024")
    a, b = _resolve(numbered, by_name)
    assert a["cited_id"] == b["cited_id"] == "39/2024/QH15"
    assert b["cited_title"] == "Luật Thủ đô"
