"""Legal references (contract section 2): every citation, merged per cited document; the
document's own number is not a reference to another document."""

from __future__ import annotations

from ..recognize import Context, recognizer
from ..references import find_citations, mark_basis
from ..resolve import merge_references, own_reference_key


def _merge(ctx: Context, citations):
    document = ctx["metadata"]
    own = own_reference_key(document["number"].value, document["symbol"].value)
    return merge_references(list(citations), own)


@recognizer("references", requires=("metadata",), produces="references", resolve=_merge)
def find_references(ctx: Context):
    citations = find_citations(ctx.text)
    mark_basis(citations, ctx.structure.preamble, ctx.text)
    return citations
