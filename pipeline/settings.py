"""Run settings.  Their fingerprint is part of a document's cache key: change a setting that
affects results and documents are extracted again on the next run."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass

from . import __version__


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

    def fingerprint(self) -> str:
        payload = json.dumps({"version": __version__, **asdict(self)}, sort_keys=True)
        return hashlib.sha256(payload.encode()).hexdigest()[:16]
