"""Provenance — a span of normalized text → page, box and lowest OCR confidence.

Boxes come from the words the reader placed on the page (OCR, or a PDF text layer when it
kept boxes); a value read from plain text or DOCX has a page and a span but no box.
"""

from __future__ import annotations

import bisect

from .models import Page, Provenance
from .normalize import NormalizedText


class Locator:
    def __init__(self, norm: NormalizedText, pages: list[Page]):
        self.norm = norm
        self.pages = pages
        self._word_starts = [[w.start for w in p.words] for p in pages]

    def locate(self, start: int, end: int) -> Provenance | None:
        if start < 0 or end <= start:
            return None
        page_no, ps, pe = self.norm.page_span(start, end)
        page = self.pages[page_no - 1] if 0 < page_no <= len(self.pages) else None
        box, conf = None, None
        if page is not None and page.words:
            starts = self._word_starts[page_no - 1]
            i = max(0, bisect.bisect_right(starts, ps) - 1)
            words = []
            while i < len(page.words) and page.words[i].start < pe:
                w = page.words[i]
                if w.end > ps:
                    words.append(w)
                i += 1
            if words:
                box = (min(w.box[0] for w in words), min(w.box[1] for w in words),
                       max(w.box[2] for w in words), max(w.box[3] for w in words))
                confs = [w.conf for w in words if w.conf is not None]
                conf = round(min(confs), 1) if confs else None
        return Provenance(page=page_no, start=start, end=end, box=box, confidence=conf)
