"""Stage 1 — files → pages.

The type is decided from the content (magic bytes), never from the extension alone: archives
hold DOCX files named ``.pdf`` and PDFs named ``.txt``.  Text files go through
``legacy.decode_text_bytes`` (UTF-8/16, Windows-1258, TCVN3, VNI); DOCX is read with
python-docx after a safety check of its XML parts; PDFs and images are ``read_pdf``'s.
"""

from __future__ import annotations

import io
import re
import zipfile

from .errors import PipelineError
from .legacy import decode_text_bytes, fix_legacy_text
from .models import Page, RawDocument
from .settings import Settings

PDF_MAGIC = b"%PDF"
ZIP_MAGIC = b"PK\x03\x04"
IMAGE_MAGICS = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"II*\x00",  # TIFF little-endian
    b"MM\x00*",  # TIFF big-endian
    b"BM",  # BMP
)
TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")


def sniff(content: bytes, name: str) -> str:
    """Media type from the bytes: ``pdf``, ``docx``, ``image``, ``text`` — or raise."""
    if not content or not content.strip():
        raise PipelineError("empty", f"{name}: the file is empty")
    head = content[:1024]
    if PDF_MAGIC in head:
        return "pdf"
    if head.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as zf:
                names = set(zf.namelist())
        except Exception as exc:  # noqa: BLE001 — BadZipFile, and ValueError … on damaged headers
            raise PipelineError("corrupt", f"{name}: looks like a ZIP/DOCX but cannot be opened "
                                           f"({' '.join(str(exc).split())[:200]})") from None
        if "word/document.xml" in names:
            return "docx"
        raise PipelineError("unsupported_type", f"{name}: a ZIP archive that is not a DOCX document")
    if any(head.startswith(m) for m in IMAGE_MAGICS):
        return "image"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise PipelineError("unsupported_type", f"{name}: an old binary Word/Excel (.doc/.xls) file")
    if head.startswith((b"{\\rtf",)):
        raise PipelineError("unsupported_type", f"{name}: an RTF file")
    if _looks_binary(head):
        raise PipelineError("unsupported_type", f"{name}: binary content of an unknown type")
    return "text"


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM is text
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > len(head) * 0.05


def read_document(content: bytes, name: str, settings: Settings | None = None) -> RawDocument:
    settings = settings or Settings()
    if len(content) > settings.max_bytes:
        raise PipelineError("too_large", f"{name}: {len(content) / 1e6:.0f} MB is over the {settings.max_bytes / 1e6:.0f} MB limit")
    media = sniff(content, name)
    if media == "text":
        return read_text(content, name)
    if media == "docx":
        return read_docx(content, name, settings)
    from .read_pdf import read_image, read_pdf  # heavy imports only when needed

    if media == "pdf":
        return read_pdf(content, name, settings)
    return read_image(content, name, settings)


# Plain text costs ~22 bytes of memory per byte through the stages (decoded string, offset
# maps, normalized copies); 32 MB of text — some 15,000 pages — is far past any plan
# document and stays well inside a worker's memory limit.
MAX_TEXT_BYTES = 32 * 1024 * 1024


def read_text(content: bytes, name: str) -> RawDocument:
    if len(content) > MAX_TEXT_BYTES:
        raise PipelineError("too_large", f"{name}: {len(content) / 2**20:.0f} MB of plain text is over the "
                                         f"{MAX_TEXT_BYTES // 2**20} MB a text document may have (split it)")
    text, encoding = decode_text_bytes(content)
    pages = [Page(number=i + 1, text=t, method="text") for i, t in enumerate(text.split("\f"))]
    pages = [p for p in pages if p.text.strip()] or pages[:1]
    for i, p in enumerate(pages):
        p.number = i + 1
    warnings = [] if encoding in ("utf-8", "ascii") else [f"text decoded as {encoding}"]
    return RawDocument(name=name, media_type="text", pages=pages, warnings=warnings, encoding=encoding)


# ----------------------------------------------------------------------------------- DOCX

_DOCX_MAX_UNCOMPRESSED = 300 * 1024 * 1024  # all parts, as the zip declares them
# XML parts actually inflated: python-docx holds them as lxml trees, ~20× their size in memory
# (a 280 MB document.xml took a worker to 5.7 GB); real documents stay far below this.
DOCX_MAX_XML_BYTES = 64 * 1024 * 1024
_XML_CHUNK = 1 << 20


def _check_docx_safety(content: bytes, name: str) -> None:
    """Refuse a DOCX that would exhaust memory (declared or actual inflated size) or whose
    XML declares a DTD or entities — checked over every whole XML part, in whatever
    encoding it declares (UTF-8, UTF-16 …), by a streaming parser (defusedxml)."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as zf:
            infos = zf.infolist()
            if sum(i.file_size for i in infos) > _DOCX_MAX_UNCOMPRESSED:
                raise PipelineError("unsafe", f"{name}: DOCX expands to more than "
                                              f"{_DOCX_MAX_UNCOMPRESSED // 2**20} MB")
            budget = DOCX_MAX_XML_BYTES
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    budget -= _check_xml_part(zf, info, name, budget)
    except PipelineError:
        raise
    except Exception as exc:  # noqa: BLE001 — a damaged member, a bad header …: one mapping
        from .errors import classify

        error = classify(exc, name)
        raise PipelineError("corrupt" if error.kind == "internal" else error.kind, error.message) from None


def _check_xml_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: int) -> int:
    """Stream one XML part through a DTD-refusing parser; return its inflated size."""
    import xml.sax

    from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
    from defusedxml.sax import make_parser

    parser = make_parser()
    parser.forbid_dtd = True
    parser.setContentHandler(xml.sax.ContentHandler())
    seen = 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_XML_CHUNK):
                seen += len(chunk)
                if seen > budget:
                    raise PipelineError("too_large", f"{name}: the DOCX text parts expand to more than "
                                                     f"{DOCX_MAX_XML_BYTES // 2**20} MB (split the document)")
                parser.feed(chunk)
        parser.close()
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden):
        raise PipelineError("unsafe", f"{name}: DOCX part {info.filename} declares a DTD/entities "
                                      "(refused, never resolved)") from None
    except xml.sax.SAXException as exc:
        raise PipelineError("corrupt", f"{name}: DOCX part {info.filename} is not well-formed XML "
                                       f"({' '.join(str(exc).split())[:200]})") from None
    return seen


def read_docx(content: bytes, name: str, settings: Settings) -> RawDocument:
    _check_docx_safety(content, name)
    import docx  # python-docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(content))
        return _docx_pages(document, name, qn)
    except PipelineError:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # python-docx raises many kinds on damaged parts
        raise PipelineError("corrupt", f"{name}: the DOCX cannot be parsed ({type(exc).__name__}: "
                                       f"{' '.join(str(exc).split())[:200]})") from None


def _docx_pages(document, name: str, qn) -> RawDocument:
    pages: list[list[str]] = [[]]
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            text, breaks = _paragraph_text(child, qn)
            for i, part in enumerate(text.split("\f")):
                if i:
                    pages.append([])
                pages[-1].append(part)
        elif child.tag == qn("w:tbl"):
            pages[-1].extend(_table_lines(child, qn))
    texts = ["\n".join(lines) for lines in pages]
    joined = "\f".join(texts)
    fixed, legacy = fix_legacy_text(joined)
    warnings = [f"legacy font encoding {legacy} converted to Unicode"] if legacy else []
    out = [Page(number=i + 1, text=t, method="docx") for i, t in enumerate(fixed.split("\f"))]
    return RawDocument(name=name, media_type="docx", pages=out, warnings=warnings, encoding=legacy)


def _paragraph_text(p, qn) -> tuple[str, int]:
    parts: list[str] = []
    breaks = 0
    for el in p.iter():
        if el.tag == qn("w:t"):
            parts.append(el.text or "")
        elif el.tag == qn("w:tab"):
            parts.append("\t")
        elif el.tag in (qn("w:br"), qn("w:cr")):
            if el.get(qn("w:type")) == "page":
                parts.append("\f")
                breaks += 1
            else:
                parts.append("\n")
    return "".join(parts), breaks


# Cells that only the header or signature layout table holds.
_LAYOUT_CELL = re.compile(r"^\s*Số\s*:|ngày\s.{0,12}tháng\s.{0,12}năm|CỘNG HÒA XÃ HỘI|Độc lập\s*-\s*Tự do|^(KT|TM|TL)\.", re.IGNORECASE)


def _table_lines(tbl, qn) -> list[str]:
    """Layout tables (the two-column header, the signature block) become their cells' lines,
    column by column; data tables become ``a | b | c`` rows, as crawled texts write them."""
    rows = []
    for tr in tbl.iterchildren(qn("w:tr")):
        cells = []
        for tc in tr.iterchildren(qn("w:tc")):
            paras = [_paragraph_text(p, qn)[0] for p in tc.iter(qn("w:p"))]
            cells.append([x for x in paras if x.strip()])
        rows.append(cells)
    if not rows:
        return []
    ncols = max(len(r) for r in rows)
    cells_text = [x for r in rows for c in r for x in c]
    layout = ncols <= 2 and len(rows) <= 4 and (
        any(len(c) > 1 for r in rows for c in r)
        or any(_LAYOUT_CELL.search(x) for x in cells_text)
    )
    lines: list[str] = []
    if layout:
        for col in range(ncols):
            for r in rows:
                if col < len(r):
                    lines.extend(r[col])
            lines.append("")
        return lines
    for r in rows:
        lines.append("| " + " | ".join(" ".join(c) for c in r) + " |")
    return lines
