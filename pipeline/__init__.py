"""vnplan: Vietnamese government plan documents → verifiable tables.

Data flows one way: files → pages → normalized text → structure → entities → tables.
Each stage lives in its own module; ``pipeline.document.extract_document`` composes them.

The public API (everything else is internal and may change)::

    from pipeline import extract_document, Settings
    result = extract_document(Path("kh.pdf").read_bytes(), "kh.pdf", Settings(ocr=False))
    result.to_json()        # the extraction contract's shape, with provenance
    result.rows()           # rows of the documents / legal_references / … tables

``extract_document`` raises ``PipelineError`` (with ``.kind``, e.g. ``encrypted``, ``no_text``)
for an input it cannot extract; batches of files are ``vnplan extract`` (``pipeline.batch``).

The recognizer contract, for adding an entity type (README, "How it works")::

    from pipeline import Context, Entity, entity_kind, recognizer
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.19.0"

__all__ = ["Context", "DocumentResult", "Entity", "PipelineError", "Settings", "__version__", "entity_kind",
           "extract_document", "recognizer"]

# Imported on first use, so that `import pipeline` (and reading __version__) stays cheap.
_PUBLIC = {
    "extract_document": "pipeline.document",
    "Settings": "pipeline.settings",
    "DocumentResult": "pipeline.models",
    "PipelineError": "pipeline.errors",
    "Context": "pipeline.recognize",
    "recognizer": "pipeline.recognize",
    "Entity": "pipeline.entities",
    "entity_kind": "pipeline.entities",
}

if TYPE_CHECKING:
    from .document import extract_document
    from .entities import Entity, entity_kind
    from .errors import PipelineError
    from .models import DocumentResult
    from .recognize import Context, recognizer
    from .settings import Settings


def __getattr__(name: str):
    if name in _PUBLIC:
        value = getattr(importlib.import_module(_PUBLIC[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
