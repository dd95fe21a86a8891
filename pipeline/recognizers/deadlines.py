"""Deadlines (contract section 4): dates, recurrences, periods; a bare month or quarter takes
the plan year, a deadline its section's or table row's lead agency, and nothing inside a
citation ('Quyết định số 12/QĐ-UBND ngày 5/3/2024') is a deadline."""

from __future__ import annotations

from ..deadlines import recognize_deadlines
from ..recognize import Context, recognizer


@recognizer("deadlines", requires=("metadata", "references", "assignments"), produces="deadlines")
def find_deadlines(ctx: Context):
    citations = [(r.start, r.end) for r in ctx.mentions("references")]
    return recognize_deadlines(ctx.structure, ctx["metadata"]["plan_year"].value,
                               ctx.mentions("assignments"), citations)
