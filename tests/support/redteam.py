"""The red-team corpus: inputs found breaking an analyst's second day (issue 14), each made
by a small deterministic generator, with what the batch must make of it.

``make_redteam_corpus(folder)`` writes the input files and returns manifest path (relative
to the folder) → ``Expect``, like ``hostile.make_hostile_corpus``.  Cases that are not input
files (catalogs for ``vnplan registry import``, damaged output folders) have their own
generators below, used by tests/test_redteam.py.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

from .hostile import SAMPLE_TEXT, Expect, _zip, docx_bytes, pdf_from_objects

# ------------------------------------------------------------------------- inputs


def form_xobject_bomb_pdf() -> bytes:
    """A ~800-byte PDF whose two form XObjects each draw the other twice: pdfium expands
    the recursion at page load until memory runs out (4 GB in 9 s, unbounded)."""
    def form(other: bytes) -> bytes:
        content = b"q /%s Do /%s Do Q" % (other, other)
        return (b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                b"/Resources << /XObject << /A 4 0 R /B 5 0 R >> >> /Length %d >>\nstream\n%s\nendstream"
                % (len(content), content))

    page_content = b"/A Do"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /XObject << /A 4 0 R >> >> /Contents 6 0 R >>",
        form(b"B"), form(b"A"),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(page_content), page_content),
    ]
    return pdf_from_objects(objects)


def docx_bomb(xml_mb: int = 280) -> bytes:
    """A DOCX of about 1 MB per 280 MB whose document.xml inflates to ``xml_mb`` MB of
    paragraphs (python-docx would hold ~20× that in memory)."""
    base = docx_bytes()
    src = zipfile.ZipFile(io.BytesIO(base))
    para = "<w:p><w:r><w:t>Căn cứ Luật Tổ chức chính quyền địa phương.</w:t></w:r></w:p>".encode()
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document '
            b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    tail = b"</w:body></w:document>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                zf.writestr(info, src.read(info.filename))
                continue
            member = zipfile.ZipInfo("word/document.xml", date_time=(2024, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(member, "w", force_zip64=True) as fh:
                fh.write(head)
                block = para * ((1 << 20) // len(para))
                for _ in range(xml_mb):
                    fh.write(block)
                fh.write(tail)
    return buf.getvalue()


def big_text(mb: int = 100) -> bytes:
    """``mb`` MB of plain Vietnamese text (over the text limit: ~22 bytes of memory a byte)."""
    unit = SAMPLE_TEXT.encode()
    return unit * ((mb << 20) // len(unit) + 1)


def zip_with_corrupt_member() -> bytes:
    """A zip of two text members whose second member's deflate stream is damaged (the CRC and
    sizes in the headers stay as they were), the first intact."""
    good, bad = SAMPLE_TEXT.encode(), (SAMPLE_TEXT + "\nbản thứ hai\n").encode() * 20
    data = bytearray(_zip([("a_good.txt", good), ("b_bad.txt", bad)]))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("b_bad.txt")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 2, start + min(info.compress_size, 40)):
        data[i] = 0xFF  # a run of ones is no valid deflate block
    return bytes(data)


def mutated_docx(seed: int) -> bytes:
    """A DOCX with a few bytes changed at random places (seeded), as damaged copies are."""
    rng = random.Random(seed)
    data = bytearray(docx_bytes())
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(data))
        data[i] = rng.randrange(256)
    if seed % 3 == 0:
        data = data[: rng.randrange(len(data) // 2, len(data))]  # and truncated
    return bytes(data)


def docx_dtd_after_comment() -> bytes:
    """A DOCX whose document.xml puts its DOCTYPE after an 8 KB comment (past a 4 KB peek)."""
    return _with_document_xml(lambda head, rest: (head + "\n<!--" + "x" * 8000 + "-->\n"
                                                  + '<!DOCTYPE w:document [<!ENTITY a "b">]>' + rest).encode())


def docx_dtd_utf16() -> bytes:
    """A DOCX whose document.xml is UTF-16 with a DOCTYPE (invisible to a UTF-8 byte search)."""
    return _with_document_xml(lambda head, rest: ('<?xml version="1.0" encoding="UTF-16"?>\n'
                                                  '<!DOCTYPE w:document [<!ENTITY a "b">]>' + rest).encode("utf-16"))


def _with_document_xml(make) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    head, rest = src.read("word/document.xml").decode().split("\n", 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = make(head, rest) if info.filename == "word/document.xml" else src.read(info.filename)
            zf.writestr(info, data)
    return buf.getvalue()


def quadratic_basis_text(lines: int = 4000) -> bytes:
    """A plan whose preamble is thousands of "Căn cứ" lines, each citing another decision."""
    head = "ỦY BAN NHÂN DÂN TỈNH MẪU\nSố: 1/KH-UBND\n\nKẾ HOẠCH\nCải cách hành chính năm 2024\n\n"
    body = "".join(f"Căn cứ Quyết định số {i}/QĐ-UBND ngày 01/01/2020 của UBND tỉnh;\n" for i in range(1, lines + 1))
    return (head + body).encode()


NON_UTF8_NAME = b"K\xe1 ho\xb8ch c\xb8i c\xb8ch.txt"  # TCVN3-era bytes, not UTF-8
TERMINAL_NAME = "\x1b[2J\x1b[Hall good\r\n0 failed.txt"  # clears the screen, forges a line
FORMULA_NAME = "=HYPERLINK(\"http:\u2215\u2215x\")+1.txt"  # a formula if a spreadsheet opens it


def make_redteam_corpus(folder: str | Path, *, bombs: bool = True, docx_bomb_mb: int = 280,
                        text_mb: int = 100) -> dict[str, Expect]:
    """Write the red-team inputs into ``folder``; return manifest path (relative) → expectation.
    ``bombs=False`` leaves out the memory bombs (for runs without a memory limit)."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    expect: dict[str, Expect] = {}

    def put(name: str, data: bytes, status: str, kind: str | None, why: str) -> None:
        (root / name).write_bytes(data)
        expect[name] = Expect(status, kind, why)

    # A name that is not UTF-8: written by its bytes; the manifest shows them escaped.
    with open(os.path.join(os.fsencode(root), NON_UTF8_NAME), "wb") as fh:
        fh.write(SAMPLE_TEXT.replace("12/KH-UBND", "21/KH-UBND").encode())
    expect[NON_UTF8_NAME.decode("utf-8", "backslashreplace")] = Expect("ok", None, "file name in a legacy code page")
    put(TERMINAL_NAME, SAMPLE_TEXT.replace("12/KH", "14/KH").encode(), "ok", None,
        "terminal escapes and a newline in the name")
    put(FORMULA_NAME, SAMPLE_TEXT.replace("12/KH", "15/KH").encode(), "ok", None,
        "a spreadsheet formula as the name")
    (root / "corrupt_member.zip").write_bytes(zip_with_corrupt_member())
    expect["corrupt_member.zip!/a_good.txt"] = Expect("ok", None, "the intact member of a damaged zip")
    expect["corrupt_member.zip!/b_bad.txt"] = Expect("failed", "corrupt", "a member whose deflate data is damaged")
    put("dtd_after_comment.docx", docx_dtd_after_comment(), "failed", "unsafe", "DOCTYPE after an 8 KB comment")
    put("dtd_utf16.docx", docx_dtd_utf16(), "failed", "unsafe", "DOCTYPE in a UTF-16 part")
    for seed in (1, 2, 3):
        data = mutated_docx(seed)
        put(f"mutated_{seed}.docx", data, *_mutated_expectation(data), why=f"DOCX with bytes changed (seed {seed})")
    put("basis_lines.txt", quadratic_basis_text(), "ok", None, "4,000 'Căn cứ' lines (quadratic basis marking)")
    if bombs:
        put("form_bomb.pdf", form_xobject_bomb_pdf(), "failed", "memory", "form XObjects drawing each other")
        put("docx_bomb.docx", docx_bomb(docx_bomb_mb), "failed", "too_large",
            f"document.xml inflating to {docx_bomb_mb} MB")
        put("big.txt", big_text(text_mb), "failed", "too_large", f"{text_mb} MB of plain text")
    return expect


def _mutated_expectation(data: bytes) -> tuple[str, str | None]:
    """What a mutated DOCX must end as: read (some mutations hit nothing that matters) or
    ``corrupt`` (never ``internal``): decided by the reader itself, so the test pins the
    kind, not the luck of the mutation."""
    from pipeline.errors import PipelineError
    from pipeline.read import read_document

    try:
        read_document(data, "probe.docx")
    except PipelineError as exc:
        return "failed", exc.kind
    return "ok", None


# ------------------------------------------------------------------ registry catalogs


def catalog_with_huge_field(path: Path, field_kb: int = 200) -> Path:
    """A catalog CSV one of whose titles is ``field_kb`` KB (Python's csv stops at 128 KB)."""
    title = "Về việc " + "cải cách hành chính " * (field_kb * 1024 // 20)
    path.write_text("so_ky_hieu,ngay_ban_hanh,trich_yeu,url\n"
                    f"12/2020/NĐ-CP,01/02/2020,\"{title}\",https://vbpl.vn/x\n"
                    "13/2020/NĐ-CP,02/02/2020,ngắn,https://vbpl.vn/y\n", encoding="utf-8")
    return path


def catalog_parquet_with_nat(path: Path) -> Path:
    """A Parquet catalog whose date column holds a missing timestamp (pandas NaT)."""
    import pandas as pd

    pd.DataFrame({"so_ky_hieu": ["12/2020/NĐ-CP", "13/2020/NĐ-CP"],
                  "ngay_ban_hanh": pd.to_datetime(["2020-02-01", None]),
                  "url": ["https://vbpl.vn/x", "https://vbpl.vn/y"]}).to_parquet(path)
    return path


def catalog_zero_rows(path: Path) -> Path:
    """A catalog with its header and no rows (CSV or Parquet by the suffix)."""
    if path.suffix == ".parquet":
        import pandas as pd

        pd.DataFrame({"so_ky_hieu": pd.Series([], dtype=str), "ngay_ban_hanh": pd.Series([], dtype=str),
                      "url": pd.Series([], dtype=str)}).to_parquet(path)
    else:
        path.write_text("so_ky_hieu,ngay_ban_hanh,url\n", encoding="utf-8")
    return path


def catalog_quadratic_symbol(path: Path, spaces: int = 20_000) -> Path:
    """A catalog whose number/symbol cell is "1/a" + spaces + "b" (a lazy pattern's worst case)."""
    path.write_text(f"so_ky_hieu,ngay_ban_hanh,url\n\"1/a{' ' * spaces}b\",01/02/2020,https://vbpl.vn/x\n",
                    encoding="utf-8")
    return path
