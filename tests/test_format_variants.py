"""Metamorphic tests: the same real document in the other formats archives show gives the same
assignments and deadlines.

Each variant (tests/support/variants.py) keeps every word of the text and changes only its
layout: a crawl's markdown stripped, paragraphs hard-wrapped at 80 columns as a PDF's text
layer gives them or put on one line each as a Word file does, other item marks, fewer blank
lines, Windows line ends, decomposed Unicode, the old tone placement.  The reference is the
tool's own output on the original text, so a failure names a rule that reads the layout, not
the words (``scripts/eval_variants.py`` measures the same against the gold on the tune corpus).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from pipeline.document import extract_document
from pipeline.evaluate import evaluate_pair
from tests.support.variants import VARIANTS, words

DATA = Path(__file__).resolve().parent / "data"
# Small real texts of other shapes (tune documents only): Chỉ thị, Kế hoạch and Quyết định
# crawled with markdown (signature, header and heading cells wrapped inside bold spans: "V. TỔ
# CHỨC / THỰC HIỆN", "Điều / 12. Trách nhiệm …", lettered tasks "a)"/"c."), a plan with
# an item paragraph naming a dozen bodies, a draft decision of articles, a 2011 department
# plan, a commune Front plan; and a seed.
DOCUMENTS = [
    "corpus/text/C009_hatinh-kh624-2025-giao-duc-mam-non-do-thi-kcn.txt",
    "corpus/text/C011_nghean-kh1026-2025-bao-ve-bi-mat-nha-nuoc.txt",
    "corpus/text/C030_laichau-qd87-2025-nep-song-van-minh-cuoi-tang.txt",
    "corpus/text/C036_daklak-ct010-2025-phoi-hop-tham-dinh-thu-tuc-dau-tu.txt",
    "corpus/text/C063_lamdong-bcd-qd-2025-du-thao-thanh-lap-to-giup-viec-cchc.txt",
    "real_text/01_daklak-ct012-2025-tang-cuong-cai-cach-tthc.txt",
    "real_text/02_dongthap-kh597-2025-cds-ha-tang-giao-thong.txt",
    "real_text/05_bacninh-kh141-2025-nang-luc-xay-dung-chinh-sach.txt",
    "real_text/12_phutho-stttt-kh-2011-trien-khai-phan-mem-qlvb.txt",
    "real_text/14_luongminh-quangninh-kh-2025-kiem-tra-giam-sat-bau-cu.txt",
    "seeds/003_0c4fff040160f98e.txt",
]
# The formats real archives show most: a PDF's or a Word file's text (no markdown, wrapped at
# 80 columns or one line a paragraph), Windows files, other list marks and spacing, Unicode.
MAIN_VARIANTS = ["no_markdown", "rewrap80", "one_line", "pdf_like", "word_like", "marks_swapped",
                 "no_blank_lines", "bullet_plus", "crlf", "nfd", "old_tone", "tabs"]
# A variant may move a partner or a date at the edge of a wrapped line: nearly the same output.
MIN_F1 = 0.95


@lru_cache(maxsize=None)
def _text(document: str) -> str:
    return (DATA / document).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _extract(document: str, variant: str) -> dict:
    text = VARIANTS[variant](_text(document))
    return extract_document(text.encode("utf-8"), Path(document).name).to_json()


@pytest.mark.parametrize("variant", MAIN_VARIANTS)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_variant_keeps_assignments_and_deadlines(document: str, variant: str) -> None:
    original, changed = _extract(document, "original"), _extract(document, variant)
    assert original["assignments"], "a document without assignments tests nothing"
    result = evaluate_pair(original, changed)
    for area in ("assignments", "deadlines"):
        counts = result.areas[area]
        if counts.tp + counts.fn + counts.fp == 0:
            continue
        missed = [e.key for e in result.errors if e.area == area]
        assert counts.f1 >= MIN_F1, f"{variant}: {area} F1 {counts.f1:.2f} against the original; differ: {missed}"


@pytest.mark.parametrize("document", DOCUMENTS)
def test_variant_keeps_signature_and_header(document: str) -> None:
    """The header and signature fields under the plain-text formats (a crawl wrapped "TM. ỦY
    BAN NHÂN / DÂN" inside a bold span; without it the break is the reader's to mend)."""
    original = _extract(document, "original")["document"]
    for variant in ("no_markdown", "pdf_like", "crlf"):
        changed = _extract(document, variant)["document"]
        for field in ("issuer", "issue_place", "issue_date", "signing_authority", "signer", "doc_type"):
            assert changed.get(field) == original.get(field), f"{variant}: {field}"


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_keeps_every_word(variant: str) -> None:
    """The premise of the tests above: a variant changes the layout, never the words (the gold
    of the original stays the gold of the variant)."""
    changed = 0
    for document in DOCUMENTS:
        text = _text(document)
        before = [w.casefold() for w in words(text)]
        after = [w.casefold() for w in words(VARIANTS[variant](text))]
        assert after == before, f"{variant} changed the words of {document}"
        changed += VARIANTS[variant](text) != text
    # (and it changes something: "parts_upper" and "bullet_dash" undo shapes these texts lack)
    assert changed or variant in ("original", "parts_upper", "bullet_dash"), f"{variant} changed no document"
