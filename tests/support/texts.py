"""A real sentence, header or section as the recognizers see it: one text page, normalized and
parsed, for the tests' tables of examples."""

from __future__ import annotations

from pipeline.assignments import find_assignments, merge_assignments
from pipeline.models import Page
from pipeline.normalize import normalize_pages
from pipeline.structure import Structure, parse


def structure(text: str, source: str = "text") -> Structure:
    """``text`` read as one page from ``source`` ("text", or "ocr" for OCR'd lines)."""
    return parse(normalize_pages([Page(1, text, source)]).text)


def assignment_entries(text: str) -> set[tuple[str, str]]:
    """The (agency, role) pairs recorded for ``text``, after merging."""
    return {(a.agency, a.role) for a in merge_assignments(find_assignments(structure(text)))}
