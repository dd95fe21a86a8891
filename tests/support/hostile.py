"""A corpus of hostile and broken inputs, and what the batch must make of each.

``make_hostile_corpus(folder)`` writes the files and returns the expectations: manifest path
(relative to the folder) → (status, error_kind).  Everything is generated deterministically
from a few seed sentences; the only external tool is ``qpdf`` (to encrypt a PDF; pypdfium2
cannot write encryption).  Used by ``scripts/make_hostile_corpus.py`` and tests/test_hostile.py.
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

SAMPLE_TEXT = (
    "ỦY BAN NHÂN DÂN\nTỈNH MẪU\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n"
    "Tuyên truyền công tác cải cách hành chính năm 2024\n\n"
    "Căn cứ Quyết định số 925/QĐ-UBND ngày 24/12/2021 của UBND tỉnh về việc ban hành "
    "Kế hoạch cải cách hành chính; Sở Nội vụ chủ trì, báo cáo định kỳ 6 tháng.\n"
)


@dataclass(frozen=True)
class Expect:
    status: str  # ok | partial | failed | skipped
    kind: str | None  # error_kind, or None
    why: str


# ------------------------------------------------------------------------- builders


def digital_pdf(text: str = SAMPLE_TEXT, pagesize: tuple[float, float] | None = None,
                blank: bool = False) -> bytes:
    """A PDF with a text layer (DejaVu Sans, which has the Vietnamese letters)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(candidate).is_file():
            if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("DejaVuSans", candidate))
            font = "DejaVuSans"
    buf = io.BytesIO()
    size = pagesize or A4
    c = canvas.Canvas(buf, pagesize=size, invariant=1)  # invariant: no timestamps/ids
    if not blank:
        c.setFont(font, 11)
        y = size[1] - 72
        for line in text.splitlines():
            c.drawString(72, y, line)
            y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def pageless_pdf() -> bytes:
    """A syntactically valid PDF whose page tree has no pages."""
    return pdf_from_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF file of these object bodies (object 1 the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A small PNG that declares 10^10 pixels: only a few rows of real (zero) data follow, so
    the file is tiny but a decoder that trusts the header allocates tens of gigabytes."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    rows = zlib.compress(b"\x00" * ((width + 1) * 16), 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def docx_bytes(text: str = SAMPLE_TEXT, doctype: str | None = None) -> bytes:
    """A minimal DOCX; ``doctype`` is inserted before the document element (XXE test)."""
    paras = "".join(
        f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml_escape(line)}</w:t></w:r></w:p>"
        for line in text.splitlines()
    )
    if doctype:
        paras += "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + (doctype or "")
        + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{paras}</w:body></w:document>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                           ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _zip(entries: list[tuple[str, bytes]], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = compress
            zf.writestr(info, data)
    return buf.getvalue()


def zip_bomb_member(out: Path, member_mb: int = 250) -> None:
    """A zip whose one member inflates from ~250 KB to ``member_mb`` MB of zeros."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo("zeros.txt", date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as fh:
            block = b"\x00" * (1 << 20)
            for _ in range(member_mb):
                fh.write(block)


def encrypt_pdf(plain: bytes, folder: Path) -> bytes | None:
    """The PDF encrypted with a user password, by ``qpdf --encrypt``; None without qpdf."""
    qpdf = shutil.which("qpdf")
    if not qpdf:
        return None
    src, dst = folder / ".plain.tmp.pdf", folder / ".encrypted.tmp.pdf"
    src.write_bytes(plain)
    try:
        subprocess.run([qpdf, "--encrypt", "user-secret", "owner-secret", "256", "--", str(src), str(dst)],
                       check=True, capture_output=True, timeout=60)
        return dst.read_bytes()
    finally:
        src.unlink(missing_ok=True)
        dst.unlink(missing_ok=True)


# -------------------------------------------------------------------------- corpus


def make_hostile_corpus(folder: str | Path) -> dict[str, Expect]:
    """Write the corpus into ``folder``; return manifest path (relative) → expectation."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    expect: dict[str, Expect] = {}
    pdf = digital_pdf()

    def put(name: str, data: bytes, status: str, kind: str | None, why: str) -> None:
        (root / name).write_bytes(data)
        expect[name] = Expect(status, kind, why)

    put("valid.txt", SAMPLE_TEXT.encode(), "ok", None, "a plain valid document")
    put("valid.pdf", pdf, "ok", None, "a valid digital PDF")
    put("empty.txt", b"", "failed", "empty", "zero bytes")
    put("whitespace.txt", b" \n\t\n", "failed", "empty", "only whitespace")
    put("truncated.pdf", pdf[: len(pdf) // 3], "failed", "corrupt", "a PDF cut at a third")
    put("junk.bin", bytes((i * 131 + 7) % 256 for i in range(4096)), "failed", "unsupported_type",
        "deterministic junk bytes")
    put("pageless.pdf", pageless_pdf(), "failed", "corrupt", "a PDF with zero pages")
    put("bomb.png", png_bomb(), "failed", "unsafe", "PNG declaring 10^10 pixels")
    put("giant_page.pdf", digital_pdf(pagesize=(14_400, 14_400), blank=True), "failed", "too_large",
        "a blank 200 × 200 inch page (OCR would rasterize 3.6 gigapixels at 300 dpi)")
    put("xxe.docx", docx_bytes(doctype='<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
        "failed", "unsafe", "DOCX with an external entity")
    put("docx_named.pdf", docx_bytes(), "ok", None, "a DOCX with a .pdf extension")
    put("pdf_named.txt", digital_pdf(SAMPLE_TEXT.replace("12/KH-UBND", "13/KH-UBND")), "ok", None,
        "a PDF with a .txt extension")
    put("cp1258.txt", _cp1258(SAMPLE_TEXT), "ok", None, "Windows-1258 text (combining tone marks)")
    put("long_line.txt", _long_line(4 * 2**20), "ok", None, "a 4 MB single line")
    put("old_word.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024, "failed", "unsupported_type",
        "an OLE2 (.doc) header")
    encrypted = encrypt_pdf(pdf, root)
    if encrypted is not None:
        put("encrypted.pdf", encrypted, "failed", "encrypted", "AES-256 user password (qpdf)")

    traversal = _zip([("../escape.txt", SAMPLE_TEXT.encode()),
                      ("/etc/absolute.txt", SAMPLE_TEXT.encode()),
                      ("docs/inner.txt", SAMPLE_TEXT.encode() + b"\ninner copy\n")])
    (root / "traversal.zip").write_bytes(traversal)
    expect["traversal.zip!/../escape.txt"] = Expect("failed", "unsafe", "'..' member path")
    expect["traversal.zip!//etc/absolute.txt"] = Expect("failed", "unsafe", "absolute member path")
    expect["traversal.zip!/docs/inner.txt"] = Expect("ok", None, "a safe member of the same archive")

    zip_bomb_member(root / "zipbomb.zip")
    expect["zipbomb.zip!/zeros.txt"] = Expect("failed", "too_large", "250 MB of zeros in 250 KB")

    put("valid_copy.txt", SAMPLE_TEXT.encode(), "skipped", None, "same bytes as valid.txt")
    return expect


_CP1258_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below


def _cp1258(text: str) -> bytes:
    """Windows-1258 has precomposed base letters (â, ê, ơ, ư, đ …) but stores most toned
    letters as base + combining tone mark, as real cp1258 files do."""
    import unicodedata

    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tone = next(c for c in decomposed if c in _CP1258_TONES)
            base = unicodedata.normalize("NFC", decomposed.replace(tone, "", 1))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def _long_line(size: int) -> bytes:
    unit = ("Căn cứ Quyết định số 925/QĐ-UBND ngày 24/12/2021 của UBND tỉnh, Sở Nội vụ chủ trì "
            "thực hiện định kỳ hằng quý; ").encode()
    return (unit * (size // len(unit) + 1))[:size].rsplit(b" ", 1)[0] + b"\n"


# ------------------------------------------------------------------ synthetic corpora

_NUMBER = __import__("re").compile(r"\d+")


def seed_variant(text: str, variant: int) -> str:
    """The seed text with every number replaced by another of the same length (seeded), so
    that each variant is new content (a new doc_id) with the same structure."""
    import random

    rng = random.Random(variant)

    def repl(m) -> str:
        n = len(m.group())
        return str(rng.randrange(10 ** (n - 1) if n > 1 else 0, 10**n))

    return _NUMBER.sub(repl, text)


def make_variant_corpus(folder: str | Path, seeds: list[Path], count: int, pdf_every: int = 0) -> list[Path]:
    """``count`` documents named ``doc_00000.txt`` …, cycling through ``seeds``; every
    ``pdf_every``-th one (when > 0) as a digital PDF instead of text."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    texts = [s.read_text(encoding="utf-8") for s in seeds]
    written = []
    for i in range(count):
        text = seed_variant(texts[i % len(texts)], i)
        if pdf_every and i % pdf_every == pdf_every - 1:
            path = root / f"doc_{i:05d}.pdf"
            path.write_bytes(_render_pdf(text))
        else:
            path = root / f"doc_{i:05d}.txt"
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _render_pdf(text: str) -> bytes:
    try:  # the project's fixture renderer lays documents out like the real ones
        from .fixtures import render_digital_pdf_bytes

        return render_digital_pdf_bytes(text)
    except ImportError:
        return digital_pdf(text)
