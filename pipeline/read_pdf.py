"""PDF and image pages (placeholder: text layer only, via pypdfium2)."""

from __future__ import annotations

from .errors import PipelineError
from .models import Page, RawDocument
from .settings import Settings


def read_pdf(content: bytes, name: str, settings: Settings) -> RawDocument:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(content)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise PipelineError("encrypted", f"{name}: the PDF is encrypted") from None
        raise PipelineError("corrupt", f"{name}: the PDF cannot be opened ({msg})") from None
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        text = page.get_textpage().get_text_range().replace("\r\n", "\n").replace("\r", "\n")
        w, h = page.get_size()
        status = "ok" if text.strip() else "no_text"
        pages.append(Page(number=i + 1, text=text, method="pdf-text" if text.strip() else "none",
                          status=status, width=w, height=h))
    return RawDocument(name=name, media_type="pdf", pages=pages)


def read_image(content: bytes, name: str, settings: Settings) -> RawDocument:
    raise PipelineError("ocr_unavailable", f"{name}: image input needs the OCR stage")
