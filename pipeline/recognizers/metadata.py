"""The document's own fields (contract section 1), read from its structure."""

from __future__ import annotations

from ..metadata import recognize_metadata
from ..recognize import DOCUMENT_FIELDS, Context, recognizer


@recognizer("metadata", produces=DOCUMENT_FIELDS)
def find_metadata(ctx: Context):
    return recognize_metadata(ctx.structure)
