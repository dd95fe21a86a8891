"""Registry: bundled data, catalog import (CSV, Parquet, Bình Dương layout), lookups."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.registry import (BUNDLED_DIR, RegistryError, import_catalog, load_registry,
                               parse_date, parse_status, read_catalog)
from pipeline.symbols import canonical_symbol, check_form, parse_number_symbol

DATA = Path(__file__).parent / "data" / "audit"


@pytest.fixture
def empty_local(tmp_path) -> Path:
    return tmp_path / "registry_local"


def test_bundled_registry_has_every_row_with_a_source(empty_local):
    reg = load_registry(empty_local)
    with (BUNDLED_DIR / "national.csv").open(encoding="utf-8") as fh:
        national_rows = list(csv.DictReader(fh))
    assert len(national_rows) == 62
    cats = reg.stats()["catalogs"]
    assert cats == {"national.csv": 62, "binhduong_cchc.csv": 241}
    assert all(e.source and e.source.strip() for e in reg.entries)
    # the Bình Dương rows carry their own attachment link and the province
    bd = [e for e in reg.entries if e.catalog == "binhduong_cchc.csv"]
    assert all(e.province == "Bình Dương" and "binhduong.gov.vn" in e.source for e in bd)
    # every national row keeps its own verification page
    sources = {e.source for e in reg.entries if e.catalog == "national.csv"}
    assert sources == {r["source"] for r in national_rows}


@pytest.mark.parametrize("text,expected", [
    ("61/2018/NĐ-CP", ("61", 2018, "NĐ-CP")),
    ("18-NQ/TW", ("18", None, "NQ/TW")),
    ("925/QĐ-UBND", ("925", None, "QĐ-UBND")),
    ("35/2023/UBTVQH15", ("35", 2023, "UBTVQH15")),
    ("30c/NQ-CP", ("30c", None, "NQ-CP")),
    ("2827/UBND-NC", ("2827", None, "UBND-NC")),
    (" 1707 /QĐ-UBND", ("1707", None, "QĐ-UBND")),
])
def test_parse_number_symbol(text, expected):
    ns = parse_number_symbol(text)
    assert (ns.number, ns.year, ns.symbol) == expected


@pytest.mark.parametrize("bad", ["", "abc", "2019", "số 12"])
def test_parse_number_symbol_rejects(bad):
    assert parse_number_symbol(bad) is None


@pytest.mark.parametrize("value,iso", [
    ("15/07/2022", "2022-07-15"), ("5/7/2018", "2018-07-05"), ("2018-04-23", "2018-04-23"),
    ("2018-04-23T00:00:00", "2018-04-23"), ("31/02/2021", None), ("x", None), (None, None),
])
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def test_parse_status_expiry_and_replacement():
    st = parse_status("Hết hiệu lực từ 01/04/2025 - được thay thế bởi Luật 64/2025/QH15 "
                      "(trước đó được sửa đổi, bổ sung bởi Luật 63/2020/QH14)")
    assert (st.expired, st.expired_on, st.replaced_by) == (True, "2025-04-01", "64/2025/QH15")
    assert parse_status("Được sửa đổi, bổ sung một số điều bởi Nghị định 107/2021/NĐ-CP").expired is False
    assert parse_status("Hết hiệu lực một phần").expired is False
    st = parse_status("Văn bản hết hiệu lực")
    assert st.expired and st.expired_on is None  # no date: never a superseded finding


def test_symbol_repairs():
    assert canonical_symbol("NQCP") == "NQ-CP"
    assert canonical_symbol("CTTTg") == "CT-TTg"
    assert canonical_symbol("NQ-TW") == "NQ/TW"
    assert canonical_symbol("QĐ-TTG") == "QĐ-TTg"
    fc = check_form("Nghị định", "61", None, "NĐ-CP", "61/NĐ-CP", "2018-04-23")
    assert fc.official == "61/2018/NĐ-CP"
    assert check_form("Quyết định", "505", None, "UBND-QĐ", "505/UBND-QĐ", None).official == "505/QĐ-UBND"
    assert check_form("Luật", "72", 2025, "QH", "72/2025/QH", "2025-06-16").official == "72/2025/QH15"
    # the extraction repairs the symbol; the written citation still shows the term missing
    assert check_form("Luật", "72", 2025, "QH15", "72/2025/QH", "2025-06-16").problems == ["term of the Quốc hội missing"]
    assert check_form("Nghị quyết", "18", None, "NQ/TW", "18/NQ-TW", None).official == "18-NQ/TW"
    for ok in [("Nghị quyết", "18", None, "NQ/TW", "18-NQ/TW"), ("Công văn", "2827", None, "UBND-NC", "2827/UBND-NC"),
               ("Nghị quyết", "35", 2023, "UBTVQH15", "35/2023/UBTVQH15"), ("Kế hoạch", "08", None, "KH-UBND", "08/KH-UBND")]:
        assert check_form(*ok, None) is None, ok


def test_import_vbpl_layout(empty_local):
    res = import_catalog(DATA / "vbpl_sample.csv", local=empty_local)
    assert res.imported == 4
    assert len(res.skipped) == 2 and any("31/02/2021" in s for s in res.skipped)
    reg = load_registry(empty_local)
    assert "local/vbpl_sample.csv" in reg.catalogs
    local = [e for e in reg.entries if e.catalog == "vbpl_sample.csv"]
    law = next(e for e in local if e.number == "80")
    assert (law.year, law.symbol, law.issue_date, law.expired_on, law.replaced_by) == \
        (2015, "QH13", "2015-06-22", "2025-04-01", "64/2025/QH15")
    party = next(e for e in local if e.number == "18")
    assert party.symbol == "NQ/TW" and party.reference == "18-NQ/TW"
    ubnd = next(e for e in local if e.number == "925")
    assert ubnd.province == "Gia Lai" and ubnd.is_local  # province read from the issuer


def test_import_parquet_with_source_option(tmp_path, empty_local):
    import pandas as pd

    df = pd.DataFrame({"so_ky_hieu": ["1707/QĐ-UBND", "21/KH-UBND"],
                       "ngay_ban_hanh": pd.to_datetime(["2022-07-15", "2021-03-01"]),
                       "title": ["a", "b"], "loai_van_ban": ["Quyết định", "Kế hoạch"]})
    path = tmp_path / "cat.parquet"
    df.to_parquet(path)
    with pytest.raises(RegistryError, match="--source"):
        import_catalog(path, local=empty_local)  # no source column and no --source
    res = import_catalog(path, local=empty_local, source="https://example.org/catalog", province="Bình Dương")
    assert res.imported == 2
    entries, _ = read_catalog(res.path)
    assert {e.issue_date for e in entries} == {"2022-07-15", "2021-03-01"}
    assert all(e.source == "https://example.org/catalog" and e.province == "Bình Dương" for e in entries)


def test_unmappable_catalog_error_names_found_and_needed_columns(tmp_path, empty_local):
    path = tmp_path / "weird.csv"
    path.write_text("ten,ngay\nabc,01/01/2020\n", encoding="utf-8")
    with pytest.raises(RegistryError) as exc:
        import_catalog(path, local=empty_local, source="x")
    msg = str(exc.value)
    assert "Found: ten, ngay" in msg and "number/symbol" in msg and "so_ky_hieu" in msg


def test_provincial_rows_match_only_in_their_province(empty_local):
    reg = load_registry(empty_local)
    ref = {"text": "Quyết định số 1707/QĐ-UBND ngày 15/7/2022 của UBND tỉnh", "number": "1707",
           "year": None, "symbol": "QĐ-UBND", "date": "2022-07-15", "issuer": "Ủy ban nhân dân tỉnh"}
    assert reg.lookup(ref, "Bình Dương").entry.province == "Bình Dương"
    assert reg.lookup(ref, "Gia Lai") is None
    assert reg.lookup(ref, None) is None
    named = dict(ref, text="Quyết định số 1707/QĐ-UBND của UBND tỉnh Bình Dương")
    assert reg.lookup(named, None) is not None  # the citation names the province
    other = dict(ref, text="Quyết định số 1707/QĐ-UBND của UBND tỉnh Gia Lai")
    assert reg.lookup(other, "Bình Dương") is None  # names another province


def test_national_lookup_by_key_by_number_and_by_law_name(empty_local):
    reg = load_registry(empty_local)
    assert reg.lookup({"number": "17", "symbol": "NQCP", "year": None}).entry.issue_date == "2019-03-07"
    # cited without its year: the date's year picks one of 61/2018 and 61/2020
    m = reg.lookup({"number": "61", "symbol": "NĐ-CP", "year": None, "date": "2020-05-29"})
    assert m.entry.reference == "61/2020/NĐ-CP" and m.how == "number+symbol"
    assert reg.lookup({"number": "61", "symbol": "NĐ-CP", "year": None}) is None  # ambiguous
    law = reg.lookup({"type": "Luật", "name": "Tổ chức chính quyền địa phương", "year": 2015, "number": None})
    assert law.entry.reference == "77/2015/QH13"


def test_cli_import_stats_and_errors(tmp_path):
    runner = CliRunner()
    local = tmp_path / "loc"
    r = runner.invoke(main, ["registry", "import", str(DATA / "vbpl_sample.csv"), "--registry-dir", str(local)])
    assert r.exit_code == 0, r.output
    assert "imported 4 rows" in r.output and "skipped 2 rows" in r.output
    r = runner.invoke(main, ["registry", "stats", "--registry-dir", str(local)])
    assert r.exit_code == 0 and "vbpl_sample.csv" in r.output and "62  national.csv" in r.output
    r = runner.invoke(main, ["registry", "list", "--registry-dir", str(local), "--grep", "NQ/TW", "--limit", "3"])
    assert r.exit_code == 0 and "18-NQ/TW" in r.output
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    r = runner.invoke(main, ["registry", "import", str(bad), "--registry-dir", str(local), "--source", "s"])
    assert r.exit_code != 0 and "cannot map its columns" in r.output and "Traceback" not in r.output
    r = runner.invoke(main, ["registry", "import", str(tmp_path / "missing.csv"), "--registry-dir", str(local)])
    assert r.exit_code != 0 and "Traceback" not in r.output


def test_separate_number_symbol_columns_and_expiry_column(tmp_path, empty_local):
    path = tmp_path / "vbpl_split.csv"
    path.write_text(
        "so;ky_hieu;ngay_ban_hanh;tinh_trang_hieu_luc;ngay_het_hieu_luc;link\n"
        "12;QĐ-TTg;01/02/2020;Hết hiệu lực toàn bộ;01/01/2023;https://example.org/a\n"
        "13;QĐ-TTg;01/02/2020;Hết hiệu lực một phần;01/01/2023;https://example.org/b\n", encoding="utf-8")
    res = import_catalog(path, local=empty_local)
    entries, _ = read_catalog(res.path)
    assert {e.reference: e.expired_on for e in entries} == {"12/QĐ-TTg": "2023-01-01", "13/QĐ-TTg": None}
    assert {e.type for e in entries} == {"Quyết định"}  # from the symbol's type abbreviation
