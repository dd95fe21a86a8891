"""Assignments (contract section 3): agencies given a task, lead or support, merged per
agency, role and section."""

from __future__ import annotations

from ..assignments import find_assignments, merge_assignments
from ..recognize import Context, recognizer


@recognizer("assignments", produces="assignments", resolve=lambda ctx, found: merge_assignments(found))
def find_assignment_mentions(ctx: Context):
    return find_assignments(ctx.structure)
