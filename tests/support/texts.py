"""A real sentence, header or section as the recognizers see it: one text page, normalized and
parsed, for the tests' tables of examples."""

from __future__ import annotations

from pipeline.assignments import find_assignments, merge_assignments
from pipeline.deadlines import recognize_deadlines
from pipeline.models import Page
from pipeline.normalize import normalize_pages
from pipeline.structure import Structure, parse


def structure(text: str, source: str = "text") -> Structure:
    """``text`` read as one page from ``source`` ("text", or "ocr" for OCR'd lines)."""
    return parse(normalize_pages([Page(1, text, source)]).text)


def assignment_entries(text: str) -> set[tuple[str, str]]:
    """The (agency, role) pairs recorded for ``text``, after merging."""
    st = structure(text)
    return {(a.agency, a.role) for a in merge_assignments(find_assignments(st), st)}


def deadline_entries(text: str, plan_year: int | None = 2025) -> list[tuple[str, str | None, str | None]]:
    """The (kind, value, agency) of every deadline recognized in ``text``, sorted."""
    st = structure(text)
    return sorted(((d.kind, d.value, d.agency) for d in recognize_deadlines(st, plan_year, find_assignments(st), [])),
                  key=repr)


# The head of Hưng Yên's drug-prevention plan (KH 199/KH-UBND 2026, tune V01) down to its task
# part's first item: a real item of the part is tried in its place (``.format(item=…)``).
HUNG_YEN_DRUG_PLAN = """ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
Số: 199/KH-UBND
Hưng Yên, ngày 01 tháng 6 năm 2026
KẾ HOẠCH
Phòng, chống ma túy
III. PHÂN CÔNG NHIỆM VỤ
1. Công an tỉnh: Chủ trì, tham mưu Ủy ban nhân dân tỉnh chỉ đạo thực hiện Kế hoạch.
{item}
"""
