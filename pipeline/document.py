"""One document, end to end: bytes → ``DocumentResult``.

The stages, in the one direction data flows:

    read (pages) → normalize (text + offset map) → structure → recognizers
    (metadata, references, assignments, deadlines) → resolve → provenance

This is the per-document function every executor (sequential, process pool, Ray) calls.
It is pure: the same bytes and settings give the same result.
"""

from __future__ import annotations

from . import __version__
from .assignments import find_assignments, merge_assignments
from .deadlines import recognize_deadlines
from .errors import PipelineError
from .metadata import recognize_metadata
from .models import DocumentResult, Mention, RawDocument, content_id, format_reference_key
from .normalize import normalize_pages
from .provenance import Locator
from .read import read_document
from .references import find_citations, mark_basis
from .resolve import merge_references, own_reference_key
from .settings import Settings
from .structure import parse


def extract_document(content: bytes, name: str, settings: Settings | None = None) -> DocumentResult:
    settings = settings or Settings()
    raw = read_document(content, name, settings)
    return extract_from_pages(raw, content_id(content))


def extract_from_pages(raw: RawDocument, doc_id: str) -> DocumentResult:
    usable = [p for p in raw.pages if p.status == "ok" and p.text.strip()]
    if not usable:
        kinds = {p.status for p in raw.pages}
        detail = "no page has a text layer and OCR is off or found nothing" if "no_text" in kinds else "no readable text"
        raise PipelineError("no_text", f"{raw.name}: {detail}")

    norm = normalize_pages(raw.pages)
    st = parse(norm.text)
    document = recognize_metadata(st)

    citation_mentions = find_citations(norm.text)
    mark_basis(citation_mentions, st.preamble)
    own = own_reference_key(document["number"].value, document["symbol"].value)
    references = merge_references(list(citation_mentions), own)

    assignment_mentions = find_assignments(st)
    assignments = merge_assignments(assignment_mentions)
    masked = [(r.start, r.end) for r in citation_mentions]
    deadlines = recognize_deadlines(st, document["plan_year"].value, assignment_mentions, masked,
                                    issue_date=document["issue_date"].value)

    locate = Locator(norm, raw.pages).locate
    for fv in document.values():
        fv.provenance = locate(fv.start, fv.end)
    for r in references:
        r.provenance = locate(r.start, r.end)
        if r.provenance and r.provenance.confidence is not None and r.provenance.confidence < 60:
            r.flags.append("low_confidence")
    for a in assignments:
        a.provenance = locate(a.start, a.end)
    for d in deadlines:
        d.provenance = locate(d.start, d.end)

    mentions = [Mention("reference", format_reference_key(r), r.text, r.start, r.end, locate(r.start, r.end))
                for r in citation_mentions]
    mentions += [Mention("agency", a.agency, norm.text[a.start:a.end], a.start, a.end, locate(a.start, a.end))
                 for a in assignment_mentions]
    mentions += [Mention("deadline", f"{d.kind}:{d.value}", d.text, d.start, d.end, d.provenance) for d in deadlines]
    mentions.sort(key=lambda m: (m.start, m.kind))

    bad_pages = [p.number for p in raw.pages if p.status != "ok"]
    warnings = list(raw.warnings)
    if bad_pages:
        warnings.append(f"pages without usable text: {', '.join(map(str, bad_pages))}")
    return DocumentResult(
        source=raw.name, doc_id=doc_id, document=document, references=references,
        assignments=assignments, deadlines=deadlines, mentions=mentions, text=norm.text,
        pages=len(raw.pages), ocr_pages=sum(p.method == "ocr" for p in raw.pages),
        status="partial" if bad_pages else "ok", warnings=warnings, pipeline_version=__version__,
    )
