"""Deadlines (contract section 4): dates, recurrences, periods; a bare month or quarter takes
the plan year, a deadline its section's or table row's lead agency, and nothing inside a
citation ('Quyết định số 12/QĐ-UBND ngày 5/3/2024') is a deadline."""

from __future__ import annotations

from ..deadlines import recognize_deadlines
from ..recognize import Context, recognizer


@recognizer("deadlines", requires=("metadata", "references", "assignments"), produces="deadlines")
def find_deadlines(ctx: Context):
    references = ctx.mentions("references")
    citations = [(r.start, r.end) for r in references]
    plan_year = ctx["metadata"]["plan_year"].value
    issue_date = ctx["metadata"]["issue_date"].value or issued_no_earlier_than(references, plan_year)
    return recognize_deadlines(ctx.structure, plan_year, ctx.mentions("assignments"), citations,
                               issue_date=issue_date, title=ctx["metadata"]["title"].value)


def issued_no_earlier_than(references, plan_year: int | None) -> str | None:
    """When the document's own date is unknown — a day and month filled in by hand on a scan
    ("Hà Nội, ngày *Š tháng Ÿ năm 2025", real scan Q01), left null for a person to read — it
    was issued no earlier than the latest document it cites, and a period over before that
    date is a record, not a deadline ("Trong 06 tháng đầu năm 2025, lực lượng chức năng … bắt
    giữ 461 vụ" in a letter citing Công văn 3524/BCA-C04 of 06/8/2025).  Only dates of the
    plan's year or before are taken (a date misread into the future would drop real
    deadlines)."""
    dates = [r.date for r in references
             if isinstance(r.date, str) and r.date[:4].isdigit()
             and (plan_year is None or int(r.date[:4]) <= plan_year)]
    return max(dates) if dates else None
