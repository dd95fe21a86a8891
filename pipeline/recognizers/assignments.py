"""Assignments (contract section 3): agencies given a task, lead or support, merged per
agency, role and section."""

from __future__ import annotations

from ..assignments import find_assignments, merge_assignments
from ..recognize import Context, recognizer


@recognizer("assignments", produces="assignments", resolve=lambda ctx, found: merge_assignments(found, ctx.structure))
def find_assignment_mentions(ctx: Context):
    found = find_assignments(ctx.structure)
    model = getattr(ctx.settings, "agency_model", "")
    if model:
        from ..agency_model import propose

        found = sorted(found + propose(ctx.structure, found, model), key=lambda a: a.start)
    return found
