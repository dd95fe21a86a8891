"""Stage 1 — files → pages.

The type is decided from the content (magic bytes), never from the extension alone: archives
hold DOCX files named ``.pdf`` and PDFs named ``.txt``.  Text files go through
``legacy.decode_text_bytes`` (UTF-8/16, Windows-1258, TCVN3, VNI); DOCX is read with
python-docx after a safety check of its XML parts (data tables as ``a | b | c`` rows, layout
tables column by column, each line's bold/alignment as a ``LayoutLine``); a Word 97–2003
``.doc`` is converted to DOCX by LibreOffice first; PDFs and images are ``read_pdf``'s.
"""

from __future__ import annotations

import io
import zipfile

from .errors import PipelineError
from .legacy import decode_text_bytes, fix_legacy_text
from .models import LayoutLine, Page, RawDocument
from .settings import Settings
from .tables import LAYOUT_MAX_ROWS, Cell, Row, Table, is_layout_table

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
OLE2_MAGIC = b"\xd0\xcf\x11\xe0"  # compound file: Word 97–2003, Excel, PowerPoint …
WORD_STREAM = "WordDocument".encode("utf-16-le")  # the stream only a Word file's directory names


def sniff(content: bytes, name: str) -> str:
    """Media type from the bytes: ``pdf``, ``docx``, ``doc``, ``image``, ``text`` — or raise."""
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
    if head.startswith(OLE2_MAGIC):
        if WORD_STREAM in content:
            return "doc"
        raise PipelineError("unsupported_type", f"{name}: an old binary Office file that is not a Word document (.xls, .ppt …)")
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
    if media == "doc":
        raw = read_docx(convert_doc(content, name), name, settings)
        raw.media_type = "doc"
        raw.warnings.insert(0, "Word 97-2003 document converted to DOCX with LibreOffice")
        return raw
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


# ------------------------------------------------------------------- Word 97-2003 (.doc)

DOC_CONVERT_TIMEOUT = 180  # seconds for LibreOffice to convert one document


def soffice_binary() -> str | None:
    """LibreOffice's command line program, or None when it is not installed."""
    import shutil

    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice_convert(soffice: str, sources: list, convert_to: str, outdir, profile_dir, timeout: float) -> None:
    """Convert ``sources`` with LibreOffice headless into ``outdir`` (``convert_to`` as for
    ``--convert-to``), with its own user profile in ``profile_dir``: parallel runs never wait on
    one another's profile lock and the user's own profile is neither used nor changed.  Raises
    subprocess.TimeoutExpired; a file LibreOffice cannot convert is simply missing from ``outdir``."""
    import subprocess
    from pathlib import Path

    cmd = [soffice, f"-env:UserInstallation={Path(profile_dir).resolve().as_uri()}", "--headless", "--norestore",
           "--convert-to", convert_to, "--outdir", str(outdir), *map(str, sources)]
    subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)


def convert_doc(content: bytes, name: str) -> bytes:
    """A Word 97–2003 document converted to DOCX by LibreOffice (headless), which keeps its
    tables, merged cells and bold runs.  (antiword is far faster but gives text only: table
    cells wrap inside ASCII boxes and merged cells are lost.)  Each conversion has its own
    LibreOffice profile in its temporary folder: parallel workers never wait on one another's
    profile lock and nothing is left behind (a fresh profile is a small part of the
    conversion's time; docs/ocr.md)."""
    import subprocess
    import tempfile
    from pathlib import Path

    soffice = soffice_binary()
    if soffice is None:
        raise PipelineError("unsupported_type", f"{name}: a Word 97-2003 (.doc) file needs LibreOffice to be read; "
                                                "install libreoffice-writer-nogui (scripts/setup.sh does)")
    with tempfile.TemporaryDirectory(prefix="vnplan-doc-") as tmp:
        source = Path(tmp) / "document.doc"
        source.write_bytes(content)
        try:
            soffice_convert(soffice, [source], "docx:MS Word 2007 XML", Path(tmp) / "out", Path(tmp) / "profile",
                            DOC_CONVERT_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise PipelineError("timeout", f"{name}: LibreOffice did not convert the .doc in {DOC_CONVERT_TIMEOUT} s") from None
        converted = Path(tmp) / "out" / "document.docx"
        if not converted.exists() or converted.stat().st_size == 0:
            raise PipelineError("corrupt", f"{name}: LibreOffice cannot convert this .doc (damaged or password-protected)")
        return converted.read_bytes()


# ----------------------------------------------------------------------------------- DOCX

_DOCX_MAX_UNCOMPRESSED = 300 * 1024 * 1024  # all parts, as the zip declares them
# XML parts actually inflated: python-docx holds them as lxml trees, many times their size
# in memory (an oversized document.xml exhausted a worker; docs/ocr.md); real documents stay
# far below this.
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
    # each page: its lines as (text, layout attributes) and its tables
    pages: list[tuple[list[tuple[str, dict]], list[Table]]] = [([], [])]
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            text, _ = _paragraph_text(child, qn)
            style = _paragraph_style(child, qn)
            for i, part in enumerate(text.split("\f")):
                if i:
                    pages.append(([], []))
                for line in part.split("\n"):
                    pages[-1][0].append((line, style))
        elif child.tag == qn("w:tbl"):
            lines, table = _table_lines(child, qn)
            if table is not None:
                pages[-1][1].append(table)
                index = len(pages[-1][1]) - 1
                pages[-1][0].extend((line, {"table": index, "row": r}) for r, line in enumerate(lines))
            else:
                pages[-1][0].extend((line, {"column": c}) for line, c in lines)
    texts = ["\n".join(line for line, _ in lines) for lines, _ in pages]
    joined = "\f".join(texts)
    fixed, legacy = fix_legacy_text(joined)
    warnings = [f"legacy font encoding {legacy} converted to Unicode"] if legacy else []
    out = []
    for i, (t, (lines, tables)) in enumerate(zip(fixed.split("\f"), pages)):
        page = Page(number=i + 1, text=t, method="docx", tables=tables)
        if t == texts[i]:  # a legacy font mapping can change lengths: then no line offsets
            pos = 0
            for line, attrs in lines:
                page.lines.append(LayoutLine(pos, pos + len(line), **attrs))
                pos += len(line) + 1
        out.append(page)
    return RawDocument(name=name, media_type="docx", pages=out, warnings=warnings, encoding=legacy)


_ALIGNMENT = {"center": "center", "right": "right", "end": "right", "both": "justify", "distribute": "justify",
              "left": "left", "start": "left"}


def _paragraph_style(p, qn) -> dict:
    """Bold / italic (most of the paragraph's characters), size and alignment of a paragraph."""
    chars = bold = italic = 0
    sizes: list[float] = []
    for run in p.iter(qn("w:r")):
        n = sum(len(t.text or "") for t in run.iter(qn("w:t")))
        if not n:
            continue
        chars += n
        props = run.find(qn("w:rPr"))
        if props is not None:
            bold += n * _on(props.find(qn("w:b")), qn)
            italic += n * _on(props.find(qn("w:i")), qn)
            size = props.find(qn("w:sz"))
            if size is not None and (size.get(qn("w:val")) or "").isdigit():
                sizes.append(int(size.get(qn("w:val"))) / 2)
    jc = p.find(f"{qn('w:pPr')}/{qn('w:jc')}")
    return {"bold": bool(chars) and bold * 2 > chars, "italic": bool(chars) and italic * 2 > chars,
            "size": sorted(sizes)[len(sizes) // 2] if sizes else None,
            "align": _ALIGNMENT.get(jc.get(qn("w:val")) if jc is not None else "", None)}


def _on(toggle, qn) -> bool:
    """A run property such as <w:b/> is on unless its value says off."""
    return toggle is not None and (toggle.get(qn("w:val")) or "true").lower() not in ("0", "false", "off")


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _paragraph_text(p, qn) -> tuple[str, int]:
    """A paragraph's text; the paragraphs of a text box anchored in it (a "DỰ THẢO" stamp, a
    floating letterhead) follow on lines of their own rather than inside the sentence they are
    anchored to, and a drawing's legacy fallback copy (``mc:Fallback``) is skipped."""
    parts: list[str] = []
    boxes: list[str] = []
    breaks = 0
    box_tag, text_tag, tab_tag = qn("w:txbxContent"), qn("w:t"), qn("w:tab")
    break_tags = (qn("w:br"), qn("w:cr"))

    def walk(el) -> None:
        nonlocal breaks
        for child in el:
            tag = child.tag
            if tag == _MC_FALLBACK:
                continue
            if tag == box_tag:
                boxes.extend(_paragraph_text(bp, qn)[0] for bp in child.iter(qn("w:p"))
                             if bp.getparent() is child)
                continue
            if tag == text_tag:
                parts.append(child.text or "")
            elif tag == tab_tag:
                parts.append("\t")
            elif tag in break_tags:
                if child.get(qn("w:type")) == "page":
                    parts.append("\f")
                    breaks += 1
                else:
                    parts.append("\n")
            walk(child)

    walk(p)
    boxed = [b for b in boxes if b.strip()]
    return "\n".join(["".join(parts), *boxed]) if boxed else "".join(parts), breaks


def _grid_rows(tbl, qn) -> list[list[Cell]]:
    """Rows of cells, one a grid column: a cell merged over columns (gridSpan) is one cell,
    a cell merged down (vMerge) is repeated in every row it covers."""
    rows: list[list[Cell]] = []
    above: dict[int, Cell] = {}
    for r, tr in enumerate(tbl.iterchildren(qn("w:tr"))):
        row: list[Cell] = []
        col = 0
        for tc in tr.iterchildren(qn("w:tc")):
            props = tc.find(qn("w:tcPr"))
            span, merge = 1, None
            if props is not None:
                grid_span = props.find(qn("w:gridSpan"))
                if grid_span is not None and (grid_span.get(qn("w:val")) or "").isdigit():
                    span = max(1, int(grid_span.get(qn("w:val"))))
                v_merge = props.find(qn("w:vMerge"))
                if v_merge is not None:
                    merge = v_merge.get(qn("w:val")) or "continue"
            if merge == "continue" and col in above:
                cell = above[col]
                cell.row_span += 1
            else:
                paras = [_paragraph_text(p, qn)[0] for p in tc.iter(qn("w:p"))]
                cell = Cell("\n".join(x for x in paras if x.strip()), None, r, col, 1, span)
            row.append(cell)
            above[col] = cell
            col += span
        rows.append(row)
    return rows


def _table_lines(tbl, qn) -> tuple[list, Table | None]:
    """Layout tables (the two-column header, the signature block) become their cells' lines,
    column by column: ``([(line, column), …], None)``.  Data tables become a ``Table`` and
    its rows as ``a | b | c`` lines, as crawled texts write them: ``([line, …], table)``."""
    grid = _grid_rows(tbl, qn)
    if not grid:
        return [], None
    ncols = max(len(r) for r in grid)
    texts = [[c.text for c in r] for r in grid]
    # (an empty spacer column between issuer and motto does not make a data table)
    if is_layout_table(texts) or len(grid) <= LAYOUT_MAX_ROWS and ncols <= 2 and any("\n" in t for r in texts for t in r):
        lines: list[tuple[str, int]] = []
        side = 0
        for col in range(ncols):
            texts = [x for r in grid if col < len(r) and (col == 0 or r[col] is not r[col - 1])
                     for x in r[col].text.split("\n") if x.strip()]
            if texts:
                side += 1
                lines.extend((x, side) for x in texts)
                lines.append(("", 0))
        return lines, None
    rows = [Row([Cell(" ".join(c.text.split()), None, c.row, c.col, c.row_span, c.col_span) for c in r]) for r in grid]
    rows = [r for r in rows if any(c.text for c in r.cells)]
    table = Table(rows)
    table.label_columns()
    return [r.line() for r in rows], table
