"""One document, end to end: bytes → ``DocumentResult``.

The stages, in the one direction data flows:

    read (pages) → normalize (text + offset map) → structure → the registered recognizers
    (``pipeline/recognizers/``, in the order their dependencies give; each resolves its own
    mentions) → provenance

Nothing here names an entity kind: the recognizers declare what they produce
(``recognize.py``), the entity kinds where it goes (``entities.py``).

This is the per-document function every executor (sequential, process pool, Ray) calls.
It is pure: the same bytes and settings give the same result.
"""

from __future__ import annotations

from . import __version__
from .entities import entity_kinds
from .errors import PipelineError
from .field_flags import flag_fields
from .models import DocumentResult, Mention, RawDocument, content_id
from .normalize import normalize_pages
from .provenance import Locator
from .read import read_document
from .recognize import DOCUMENT_FIELDS, Context, RecognizerRegistry, load_recognizers
from .settings import Settings
from .structure import parse

# Importing the registered recognizers checks their dependency graph: a cycle or a missing
# dependency stops here, at start, not in the middle of a batch.
RECOGNIZERS = load_recognizers()


def extract_document(content: bytes, name: str, settings: Settings | None = None) -> DocumentResult:
    settings = settings or Settings()
    raw = read_document(content, name, settings)
    return extract_from_pages(raw, content_id(content), settings, images=_page_images(content, raw))


def _page_images(content: bytes, raw: RawDocument):
    """The source's pages as pictures, made only when a flagged field needs a crop."""
    if raw.media_type not in ("pdf", "image"):
        return None

    def make():
        from .crops import PageImages

        return PageImages(content, raw.media_type, {p.number: p.width for p in raw.pages if p.width})
    return make


def extract_from_pages(raw: RawDocument, doc_id: str, settings: Settings | None = None,
                       recognizers: RecognizerRegistry = RECOGNIZERS, images=None) -> DocumentResult:
    settings = settings or Settings()
    usable = [p for p in raw.pages if p.status == "ok" and p.text.strip()]
    if not usable:
        kinds = {p.status for p in raw.pages}
        detail = "no page has a text layer and OCR is off or found nothing" if "no_text" in kinds else "no readable text"
        raise PipelineError("no_text", f"{raw.name}: {detail}")

    norm = normalize_pages(raw.pages)
    ctx = recognizers.run(Context(text=norm.text, structure=parse(norm.text), settings=settings))
    document = ctx.results[recognizers.producer(DOCUMENT_FIELDS).name]
    entities = {kind.key: ctx.results[r.name] if (r := recognizers.producer(kind.key)) else []
                for kind in entity_kinds()}

    locate = Locator(norm, raw.pages).locate
    for fv in document.values():
        fv.set_provenance(locate(fv.start, fv.end), settings)
    # a number or day written by hand, or unreadable: null, flagged with its page crop
    flags = flag_fields(document, norm, raw.pages, locate, settings, images)
    for found in entities.values():
        for e in found:
            e.set_provenance(locate(e.start, e.end), settings)
    mentions = list(_mentions(ctx, recognizers, norm.text, locate))

    bad_pages = [p.number for p in raw.pages if p.status != "ok"]
    warnings = list(raw.warnings)
    if bad_pages:
        warnings.append(f"pages without usable text: {', '.join(map(str, bad_pages))}")
    return DocumentResult(
        source=raw.name, doc_id=doc_id, document=document, entities=entities, mentions=mentions,
        text=norm.text, pages=len(raw.pages), ocr_pages=sum(p.method == "ocr" for p in raw.pages),
        status="partial" if bad_pages else "ok", warnings=warnings, pipeline_version=__version__,
        flags=flags,
    )


def _mentions(ctx: Context, recognizers: RecognizerRegistry, text: str, locate) -> list[Mention]:
    """Every mention of every kind that has mentions, as found (before merging), in text order."""
    out = []
    for kind in entity_kinds():
        r = recognizers.producer(kind.key)
        if kind.mention is None or r is None:
            continue
        for e in ctx.found[r.name]:
            out.append(Mention(*e.mention(text), e.start, e.end, locate(e.start, e.end)))
    out.sort(key=lambda m: (m.start, m.kind))
    return out
