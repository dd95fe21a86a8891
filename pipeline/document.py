"""One document, end to end: bytes → ``DocumentResult``.

This is the per-document function that every executor (sequential, process pool, Ray) calls.
It is pure: same bytes and settings → same result.
"""

from __future__ import annotations

from . import __version__
from .models import DOCUMENT_FIELDS, DocumentResult, FieldValue, content_id
from .read import read_document
from .settings import Settings


def extract_document(content: bytes, name: str, settings: Settings | None = None) -> DocumentResult:
    settings = settings or Settings()
    raw = read_document(content, name, settings)
    text = "\f".join(p.text for p in raw.pages)
    return DocumentResult(
        source=name, doc_id=content_id(content),
        document={n: FieldValue(None) for n in DOCUMENT_FIELDS},
        references=[], assignments=[], deadlines=[], mentions=[], text=text,
        pages=len(raw.pages), ocr_pages=sum(p.method == "ocr" for p in raw.pages),
        warnings=list(raw.warnings), pipeline_version=__version__,
    )
