"""Run settings.  Their fingerprint is part of a document's cache key: change a setting that
affects results — or a data file in ``models/`` — and documents are extracted again on the
next run."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass

from . import __version__
from .resources import models_digest


@dataclass(frozen=True)
class Settings:
    ocr: bool = True  # OCR pages without usable text (Tesseract, 'vie')
    dpi: int = 300  # rasterization for OCR
    ocr_lang: str = "vie"
    max_bytes: int = 200 * 1024 * 1024  # per input file
    max_pages: int = 2000  # per document
    max_image_pixels: int = 120_000_000  # refuse decompression bombs beyond this
    pdf_text_engine: str = "pdfium"  # "pdfium" (fast) or "pdfplumber" (layout-aware)
    pdf_layout: bool = True  # text layers read with their layout: columns, wrapped headings, ruled tables
    # a value read by OCR below this word confidence (0-100) is flagged low_confidence in the
    # tables, and the audit reports it (vnplan audit --low-confidence)
    low_confidence: float = 60.0
    # a trained agency-mention model (pipeline/agency_model.py): a model folder, proposing
    # agencies in lines that give work where the rules found none; "" = rules alone
    agency_model: str = ""

    def fingerprint(self) -> str:
        """The pipeline's version, these settings and the hash of the bundled data files."""
        extra = {}
        if self.agency_model:  # a model retrained into the same folder gives other results
            from .agency_model import model_digest

            extra["agency_model_digest"] = model_digest(self.agency_model)
        payload = json.dumps({"version": __version__, "models": models_digest(), **asdict(self), **extra},
                             sort_keys=True)
        return hashlib.sha256(payload.encode()).hexdigest()[:16]
