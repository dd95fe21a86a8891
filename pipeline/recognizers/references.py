"""Legal references (contract section 2): every citation, merged per cited document; the
document's own number is not a reference to another document."""

from __future__ import annotations

from .. import regexes as rx
from ..recognize import Context, recognizer
from ..references import find_citations, mark_basis
from ..resolve import merge_references, own_reference_key


def _merge(ctx: Context, citations):
    document = ctx["metadata"]
    own = own_reference_key(document["number"].value, document["symbol"].value)
    note = _own_from_attachment_note(ctx.text, citations, document["doc_type"].value)
    if own is None or (note is not None and note[0] == own[0]):
        # (the annex's note names the document by the number its letterhead prints, the symbol
        # as typed: "Số: 3210/QĐ - U B ND" spaced apart by a crawl, "(Ban hành kèm theo Quyết
        # định số 3210/QĐ-UBND ngày 28 tháng 6 năm 2014 …)", TP HCM QĐ 3210/2014)
        own = note or own
    return merge_references(list(citations), own)


def _own_from_attachment_note(text: str, citations, doc_type: str | None) -> tuple | None:
    """A document whose letterhead a crawl lost still names itself in its annex's note
    ("(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của Ban …)"): a citation of the
    document's own type that opens such a note is the document, not a reference."""
    if not doc_type:
        return None
    for ref in citations:
        line_start = text.rfind("\n", 0, ref.start) + 1
        # (at the start of its line, or after the annex's title that a crawl joined to it)
        note_start = max(line_start, text.rfind("(", line_start, ref.start))
        if ref.type == doc_type and ref.number and (rx.ATTACHMENT_NOTE_BEFORE.fullmatch(text, line_start, ref.start)
                                                    or rx.ATTACHMENT_NOTE_BEFORE.fullmatch(text, note_start, ref.start)):
            return own_reference_key(ref.number, ref.symbol)
    return None


@recognizer("references", requires=("metadata",), produces="references", resolve=_merge)
def find_references(ctx: Context):
    citations = find_citations(ctx.text)
    mark_basis(citations, ctx.structure.preamble, ctx.text)
    return citations
