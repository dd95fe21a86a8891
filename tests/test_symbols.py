"""One canonical form of a document symbol, for extraction and audit alike (pipeline/symbols.py).

Each row: the symbol as written (by hand, OCR or a catalog) → its official form.  Extraction
(references.find_citations) writes the same form into the tables, so an extracted citation and
the audit's view of it can never disagree."""

import pytest

from pipeline.references import find_citations
from pipeline.symbols import canonical_symbol, implied_families

SYMBOLS = [
    # already official
    ("QĐ-UBND", "QĐ-UBND"), ("NĐ-CP", "NĐ-CP"), ("NQ/TW", "NQ/TW"), ("QĐ-TTg", "QĐ-TTg"),
    ("KH-KHĐT", "KH-KHĐT"), ("UBND-NC", "UBND-NC"), ("TTr-SNV", "TTr-SNV"), ("CTr/TU", "CTr/TU"),
    ("UBTVQH15", "UBTVQH15"), ("QĐ-CTUBND", "QĐ-CTUBND"), ("TT-BTTTT", "TT-BTTTT"),
    # case: tokens in their official case, mixed-case codes kept (TTg, TTr, CTr, QyĐ, QĐi)
    ("QĐ-ubnd", "QĐ-UBND"), ("QĐ-TTG", "QĐ-TTg"), ("CT-TTG", "CT-TTg"), ("TTR-SNV", "TTr-SNV"),
    ("QĐi/TW", "QĐi/TW"), ("QYĐ-UBND", "QyĐ-UBND"), ("QÐ-UBND", "QĐ-UBND"),  # Ð: Icelandic eth
    # a type code glued to its issuer; a lone token holds a type code
    ("NQCP", "NQ-CP"), ("CTTTg", "CT-TTg"), ("CTUBND", "CT-UBND"), ("CTSNV", "CT-SNV"),
    # a type code with a letter typed once too often (Đồng Nai QĐ 2816/2025)
    ("TTTLT-BYT-BTC- BLĐTBXH", "TTLT-BYT-BTC-BLĐTBXH"), ("QĐĐ-UBND", "QĐ-UBND"),
    ("PLUBTVQH11", "PL-UBTVQH11"), ("LCTN", "L-CTN"), ("TTTTCP", "TT-TTCP"),
    # ... but a first token that is an issuer of its own (Chủ tịch UBND) stays whole
    ("CTUBND-VX", "CTUBND-VX"),
    # separators: slips, doubles, dashes, dots, spaces
    ("NQ- TW", "NQ/TW"), ("NQ-TW", "NQ/TW"), ("NQ-HU", "NQ/HU"), ("QĐ--TTg", "QĐ-TTg"),
    ("NĐ–CP", "NĐ-CP"), ("NQ/CP", "NQ-CP"), ("QĐ.UBND", "QĐ-UBND"), ("UBND VX", "UBND-VX"),
    # a last body the tables do not know keeps the separator it was written with (party style);
    # only the last separator can be a "/"
    ("QĐ/BCĐ", "QĐ/BCĐ"), ("HD/BTGDVTU", "HD/BTGDVTU"), ("KH-BCĐ", "KH-BCĐ"),
    ("NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN", "NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
]


@pytest.mark.parametrize("written,official", SYMBOLS)
def test_canonical_symbol(written, official):
    assert canonical_symbol(written) == official
    assert canonical_symbol(official) == official  # idempotent


@pytest.mark.parametrize("written,official", [
    # (spaces, dots, en dashes and Ð are undone by normalize.py before the recognizers run)
    (w, o) for w, o in SYMBOLS if not any(c in w for c in " .–Ð")])
def test_extraction_writes_the_canonical_symbol(written, official):
    ref, = find_citations(f"Căn cứ Quyết định số 12/{written} ngày 01/02/2024 của cơ quan X.")
    assert ref.symbol == official
    assert ("symbol_repaired" in ref.flags) == (written != official)


def test_glued_symbol_names_its_issuer():
    assert [f.family for f in implied_families("CTUBND")] == ["UBND"]
    assert [f.family for f in implied_families("NQCP")] == ["CP"]
    assert [f.family for f in implied_families("QĐ-ubnd")] == ["UBND"]
