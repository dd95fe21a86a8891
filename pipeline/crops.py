"""Page crops: a region of a PDF page or an image, as a PNG ``data:`` URI for a person to look
at, and how much ink it holds.

The audit report shows the crop of every OCR'd citation (``report.py``); document fields that
OCR could not read (a number or a day filled in by hand) carry theirs in their flag
(``field_flags.py``).  Boxes are in PDF points from the page's top-left corner, as every box
in the pipeline.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

CROP_MARGIN = 24.0  # points around the box
CROP_SCALE = 2.0  # render scale (2 → 144 dpi)
CROP_MAX_WIDTH = 1100  # pixels
REREAD_ZOOM = 2  # regions are read again at 2 × 144 = 288 dpi
INK_LEVEL = 150  # a grey level (0–255) under this is ink (blue and black ink both are)


class PageImages:
    """Rendered pages of one PDF or image (bytes or a path), one render per page."""

    def __init__(self, source: bytes | str | Path, media: str = "pdf",
                 widths: dict[int, float] | None = None) -> None:
        self.source = source
        self.media = media
        self.widths = widths or {}  # page number → width in points (an image's pages)
        self._cache: dict[int, Any] = {}

    def page(self, number: int):
        """The page (1-based) as a PIL image at ``CROP_SCALE`` pixels a point, or None."""
        if number not in self._cache:
            self._cache[number] = self._render(number)
        return self._cache[number]

    def _render(self, number: int):
        try:
            data = self.source if isinstance(self.source, bytes) else Path(self.source).read_bytes()
            if self.media == "pdf":
                import pypdfium2 as pdfium

                doc = pdfium.PdfDocument(data)
                try:
                    if not 1 <= number <= len(doc):
                        return None
                    return doc[number - 1].render(scale=CROP_SCALE).to_pil()
                finally:
                    doc.close()
            from PIL import Image, ImageSequence

            with Image.open(io.BytesIO(data)) as img:
                frames = [f.copy() for f in ImageSequence.Iterator(img)]
            if not 1 <= number <= len(frames):
                return None
            frame = frames[number - 1]
            # boxes of an image are in points of the page the reader made of it
            width = self.widths.get(number) or frame.width * 72.0 / 300.0
            scale = CROP_SCALE * width / frame.width
            return frame.resize((max(1, round(frame.width * scale)), max(1, round(frame.height * scale))))
        except Exception:  # noqa: BLE001 — a damaged file: no picture, the rest goes on
            return None

    def _region(self, img, box, margin: float) -> tuple[int, int, int, int] | None:
        x0, top, x1, bottom = (float(v) for v in box)
        region = (max(0, int((x0 - margin) * CROP_SCALE)), max(0, int((top - margin) * CROP_SCALE)),
                  min(img.width, int((x1 + margin) * CROP_SCALE)), min(img.height, int((bottom + margin) * CROP_SCALE)))
        return region if region[2] > region[0] and region[3] > region[1] else None

    def crop(self, number: int, box, margin: float = CROP_MARGIN) -> str | None:
        """The box with a margin around it, outlined in red, as a PNG ``data:`` URI."""
        img = self.page(number)
        if img is None:
            return None
        try:
            region = self._region(img, box, margin)
            if region is None:
                return None
            part = img.crop(region).convert("RGB")
            from PIL import ImageDraw

            x0, top, x1, bottom = (float(v) for v in box)
            ImageDraw.Draw(part).rectangle(
                (x0 * CROP_SCALE - region[0] - 2, top * CROP_SCALE - region[1] - 2,
                 x1 * CROP_SCALE - region[0] + 2, bottom * CROP_SCALE - region[1] + 2),
                outline=(217, 48, 37), width=2)
            if part.width > CROP_MAX_WIDTH:
                part = part.resize((CROP_MAX_WIDTH, int(part.height * CROP_MAX_WIDTH / part.width)))
            buf = io.BytesIO()
            part.save(buf, format="PNG", optimize=True)
            return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
        except Exception:  # noqa: BLE001 — a box off the page: no picture
            return None

    def ink(self, number: int, box) -> float | None:
        """Share of the box's pixels that are ink (0–1), or None without a picture."""
        img = self.page(number)
        if img is None:
            return None
        region = self._region(img, box, 0.0)
        if region is None:
            return None
        gray = img.crop(region).convert("L")
        histogram = gray.histogram()
        return sum(histogram[:INK_LEVEL]) / max(1, gray.width * gray.height)


    def reread(self, regions: list[tuple[int, Any]], lang: str = "vie") -> list[list[tuple[str, float]]] | None:
        """Read small regions ``(page, box)`` again with Tesseract, each on its own: the words
        ``(text, confidence)`` of each region, or None when there is no picture or no
        Tesseract.  The regions are stacked in one image so Tesseract starts once."""
        try:
            import pytesseract
            from PIL import Image

            parts = []
            for number, box in regions:
                img = self.page(number)
                region = self._region(img, box, 2.0) if img is not None else None
                part = img.crop(region).convert("L") if region else Image.new("L", (8, 8), 255)
                parts.append(part.resize((part.width * REREAD_ZOOM, part.height * REREAD_ZOOM)))
            gap = 24
            sheet = Image.new("L", (max(p.width for p in parts) + 2 * gap,
                                    sum(p.height + gap for p in parts) + gap), 255)
            rows, y = [], gap
            for part in parts:
                sheet.paste(part, (gap, y))
                rows.append((y, y + part.height))
                y += part.height + gap
            dpi = round(72 * CROP_SCALE * REREAD_ZOOM)
            data = pytesseract.image_to_data(sheet, lang=lang, config=f"--psm 6 --dpi {dpi}",
                                             output_type=pytesseract.Output.DICT, timeout=30)
        except Exception:  # noqa: BLE001 — no Tesseract or no picture: the first reading stands
            return None
        out: list[list[tuple[str, float]]] = [[] for _ in regions]
        for text, conf, top, height in zip(data["text"], data["conf"], data["top"], data["height"]):
            if not str(text).strip() or float(conf) < 0:
                continue
            middle = top + height / 2
            for i, (a, b) in enumerate(rows):
                if a <= middle <= b:
                    out[i].append((str(text), float(conf)))
        return out


def data_uri_png(uri: str | None) -> bytes | None:
    """The PNG bytes of a crop's ``data:`` URI (to write it to a file)."""
    prefix = "data:image/png;base64,"
    if not uri or not uri.startswith(prefix):
        return None
    return base64.b64decode(uri[len(prefix):])
