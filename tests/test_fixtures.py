"""Fixtures: seed texts rendered as digital PDF, DOCX and scanned PDF, read back for real."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image

from tests.support import fixtures as fx
from pipeline.read import read_document, read_docx
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "tests" / "data" / "seeds"
REAL = REPO / "tests" / "data" / "real_text"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def real(prefix: str) -> str:
    return next(REAL.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def pdfium_text(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


# ------------------------------------------------------------------------------ markup


def test_markup_becomes_styles_not_characters():
    text = (
        "**KẾ HOẠCH**  \n**Tuyên truyền cải cách**\n\n"
        "### **1. Mục tiêu**\n\n"
        "Ghi chú (*) giữ nguyên; *nghiêng* và ***đậm nghiêng***.\n"
    )
    blocks = fx.parse_markup(text)
    lines = fx.display_lines(text)
    assert lines == ["KẾ HOẠCH", "Tuyên truyền cải cách", "1. Mục tiêu",
                     "Ghi chú (*) giữ nguyên; nghiêng và đậm nghiêng."]
    assert blocks[0].role == "type" and blocks[0].align == "center"
    assert blocks[1].role == "title" and all(s.bold for line in blocks[1].lines for s in line)
    heading = blocks[2]
    assert heading.role == "heading" and all(s.bold for s in heading.lines[0])
    spans = {s.text.strip(): (s.bold, s.italic) for s in blocks[3].lines[0]}
    assert spans["nghiêng"] == (False, True)
    assert spans["đậm nghiêng"] == (True, True)


def test_crawler_wraps_are_joined_but_header_lines_are_kept():
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16\n"
        "tháng 6 năm 2025 và Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm\n"
        "2024 của Bộ Chính trị;\n\n"
        "**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n"
        "- Như Điều 3;\n- Lưu: VT.\n"
    )
    assert fx.display_lines(text) == [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 và Nghị quyết số "
        "57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị;",
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "- Như Điều 3;", "- Lưu: VT.",
    ]


def test_header_block_is_split_into_issuer_and_motto_columns():
    blocks = fx.parse_markup(real("01"))
    header = blocks[0]
    assert header.kind == "header"
    left = [fx.line_text(x) for x in header.left]
    right = [fx.line_text(x) for x in header.right]
    assert "TỈNH ĐẮK LẮK" in left and "Số: 012/CT-UBND" in left
    assert "Độc lập - Tự do - Hạnh phúc" in right
    assert right[-1] == "26 tháng 11 năm 2025" and all(s.italic for s in header.right[-1])
    assert blocks[1].role == "type" and fx.line_text(blocks[1].lines[0]) == "CHỈ THỊ"


def test_number_and_date_without_issuer_are_plain_paragraphs():
    blocks = fx.parse_markup(seed("004"))
    assert [b.kind for b in blocks[:3]] == ["paragraph"] * 3
    assert [(fx.line_text(b.lines[0]), b.align) for b in blocks[:2]] == [
        ("Số: 18 /KH-KHĐT", "left"), ("Hải Phòng, ngày 12 tháng 3 năm 2024", "right")]


@pytest.mark.parametrize("text, left, right", [
    # a header laid out with spaces, as text extracted with its layout writes it (C045)
    (" ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "  TỈNH NINH BÌNH                      Độc lập - Tự do - Hạnh Phúc\n"
     "  Số: 193 /KH-UBND                Ninh Bình, ngày 01 tháng 11 năm 2024\n\n\n"
     "                              KẾ HOẠCH\n",
     ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "Số: 193 /KH-UBND"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh Phúc", "Ninh Bình, ngày 01 tháng 11 năm 2024"]),
    # the cells of a layout table, a draft's blank number and day kept in their line (C063)
    ("|UBND TỈNH LÂM ĐỒNG                                |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM        |\n"
     "|BAN CHỈ ĐẠO                                       |Độc lập - Tự do - Hạnh phúc               |\n"
     "|Số:             /QĐ-BCĐ                           |Lâm Đồng, ngày          tháng 8 năm 2025  |\n\n"
     "QUYẾT ĐỊNH\n",
     ["UBND TỈNH LÂM ĐỒNG", "BAN CHỈ ĐẠO", "Số: /QĐ-BCĐ"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày tháng 8 năm 2025"]),
    # a letter: no type line, the header ends at "Kính gửi:" (C049)
    ("   ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "    TỈNH NINH BÌNH                        Độc lập - Tự do - Hạnh phúc\n\n"
     "    Số:706 /UBND-VP7                     Ninh Bình, ngày 04 tháng 11 năm 2024\n"
     "V/v tuyển chọn và gọi công dân\n      nhập ngũ năm 2025\n\n"
     "                         Kính gửi: Bộ Chỉ huy Quân sự tỉnh\n",
     ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "Số:706 /UBND-VP7", "V/v tuyển chọn và gọi công dân nhập ngũ năm 2025"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Ninh Bình, ngày 04 tháng 11 năm 2024"]),
])
def test_letterhead_set_side_by_side_in_the_source_is_a_two_column_header(text, left, right):
    # each was rendered as one justified paragraph, which no document prints
    header = fx.parse_markup(text)[0]
    assert header.kind == "header"
    assert [fx.line_text(x) for x in header.left] == left
    assert [fx.line_text(x) for x in header.right] == right


@pytest.mark.parametrize("text, left, right, gap", [
    # C060: recipients and signer as the columns of a layout table, the signature's space as
    # empty rows, a bullet the crawler left at the end of the line before
    ("|Nơi nhận:                    |       | KT. CHỦ TỊCH   |\n"
     "|- V01, C04 - Bộ Công an;    -|       |PHÓ CHỦ TỊCH    |\n"
     "|Thường trực Tỉnh ủy;         |       |                |\n"
     "|- Lưu: VT, NC.                |       |                |\n"
     "|                             |       |Nguyễn Minh     |\n",
     ["Nơi nhận:", "- V01, C04 - Bộ Công an;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, NC."],
     ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Minh"], 2),
    # C065: one row, the crawler's " / " line breaks inside the cells
    ("| Nơi nhận: / - Bộ Nội vụ; / - Lưu: VT, NC.Châu | KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Ngọc Phúc |\n",
     ["Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT, NC.Châu"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Ngọc Phúc"], None),
])
def test_signature_set_as_a_layout_table_is_a_two_column_signature_block(text, left, right, gap):
    # each row was printed as one line, recipient and signer glued ("Nơi nhận: KT. CHỦ TỊCH")
    block = fx.parse_markup("Trên đây là Kế hoạch./.\n\n" + text)[-1]
    assert block.kind == "signature"
    assert [fx.line_text(x) for x in block.left] == left
    assert [fx.line_text(x) for x in block.right] == right
    assert block.signature_gap == gap


def test_signer_name_left_below_a_signature_table_goes_under_the_signature():
    # C061: the crawler left the name outside the table, below it (it was printed at the
    # left margin, under the recipients)
    text = ("Trên đây là Kế hoạch./.\n\n"
            "|Nơi nhận:                    |       | KT. CHỦ TỊCH   |\n"
            "|- Lưu: VT, NC.                |       |                |\n"
            "|                             |       |PHÓ CHỦ TỊCH    |\n\n\n"
            "                                                   Nguyễn Minh\n")
    block = fx.parse_markup(text)[-1]
    assert block.kind == "signature"
    assert [fx.line_text(x) for x in block.right] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Minh"]
    assert block.signature_gap == 2


def test_web_page_text_above_the_letterhead_stays_out_of_its_columns():
    # N01: a page crawled from a law site prints its notices and its own table of the
    # document's data above the letterhead; they were read as the issuer's column
    text = ("Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.\n\n"
            "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n\n"
            "Click vào phần bôi vàng để xem chi tiết.\n\n"
            "Tình trạng:\n\nĐã biết\n\n"
            "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\n| |\n\n"
            "Số: 980/KH-UBND\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Nghệ An, ngày 18 tháng 11 năm 2025\n\n"
            "KẾ HOẠCH\n")
    blocks = fx.parse_markup(text)
    header = next(b for b in blocks if b.kind == "header")
    assert [fx.line_text(x) for x in header.left] == ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 980/KH-UBND"]
    assert fx.line_text(blocks[blocks.index(header) - 1].lines[0]) == "Đã biết"


def test_a_line_set_in_bold_under_a_plain_one_is_not_a_crawl_wrap():
    # M05: the decision's author line under its title in capitals (it was run into the title)
    text = ("**QUYẾT ĐỊNH**\nVỀ VIỆC ỦY QUYỀN CHO GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
            "THỰC HIỆN NHIỆM VỤ TRONG LĨNH VỰC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ THỦY SẢN\n"
            "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**\n")
    assert fx.display_lines(text)[-1] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"


def test_the_motto_with_its_typo_goes_to_the_right_column():
    # C067: "CÔNG HÒA XÃ HỘI …" was printed in the issuer's column
    text = ("    UBND TỈNH LÂM ĐỒNG                CÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ                       Độc lập – Tự do – Hạnh phúc\n"
            "       Số: 171 /SKHCN-CĐS\n"
            " V/v góp ý dự thảo Kế hoạch kiểm           Lâm Đồng, ngày 16 tháng 01 năm 2026\n\n"
            "                                    Kính gửi: Sở Nội vụ\n")
    header = fx.parse_markup(text)[0]
    assert [fx.line_text(x) for x in header.right] == [
        "CÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "Lâm Đồng, ngày 16 tháng 01 năm 2026"]


def test_a_table_laid_out_with_spaces_at_the_top_is_no_letterhead():
    # a row of three columns or more is a table's, not a letterhead's two columns: the lines
    # stay as they are (the task-table renderer prints them as a table)
    text = ("Phụ lục\n\nTT        Nhiệm vụ            Cơ quan chủ trì        Thời gian\n"
            "1         Rà soát quy hoạch    Sở Xây dựng            Năm 2025\n")
    assert fx.display_lines(text)[1].startswith("TT Nhiệm vụ Cơ quan chủ trì Thời gian")


def test_text_without_type_line_has_no_header():
    assert all(b.kind != "header" for b in fx.parse_markup(seed("003")))


# ------------------------------------------------------------------------- digital PDF


@pytest.mark.parametrize("text", [seed("002"), seed("004"), real("01"), real("12")],
                         ids=["seed002", "seed004", "real01", "real12"])
def test_digital_pdf_text_layer_reads_back_the_same_words(text):
    data = fx.render_digital_pdf_bytes(text)
    expected = fx.display_text(text)
    via_pdfium = "\n".join(pdfium_text(data))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        via_plumber = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert fx.word_similarity(expected, via_pdfium) >= 0.98
    # pdfplumber reads a line across both columns of the header and signature blocks (printed
    # side by side, as Decree 30/2020 sets them): the same words, not in reading order
    assert fx.word_similarity(" ".join(sorted(expected.split())), " ".join(sorted(via_plumber.split()))) >= 0.98
    for markup in ("**", "###", "|"):
        assert markup not in via_pdfium
    doc = read_document(data, "sample.pdf", Settings())
    assert doc.media_type == "pdf" and all(p.method == "pdf-text" for p in doc.pages)
    assert fx.word_similarity(expected, "\n".join(p.text for p in doc.pages)) >= 0.98


def test_digital_pdf_layout_follows_decree_30():
    data = fx.render_digital_pdf_bytes(seed("002"))
    assert b"/FontFile2" in data  # the TrueType font is embedded
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[1]
        assert (round(page.width), round(page.height)) == (595, 842)  # A4
        body = [c for c in page.chars if c["top"] > 25 * fx.MM]  # below the page number
        left = min(c["x0"] for c in body)
        right = max(c["x1"] for c in body)
        assert left == pytest.approx(30 * fx.MM, abs=1.0)
        assert right <= page.width - 20 * fx.MM + 0.5
        sizes = [round(c["size"]) for c in body]
        assert max(set(sizes), key=sizes.count) == 13
        page_number = [c["text"] for c in page.chars if c["top"] < 20 * fx.MM]
        assert "".join(page_number) == "2"
        assert len(pdf.pages) > 5 and "\n" in pdf.pages[0].extract_text()
        first_bold = [c for c in pdf.pages[0].chars if "Bold" in c["fontname"]]
        assert "QUYẾT ĐỊNH" in "".join(c["text"] for c in first_bold)


def test_digital_pdf_is_byte_identical_on_rerender(tmp_path):
    a = fx.render_digital_pdf(seed("004"), tmp_path / "a.pdf").read_bytes()
    b = fx.render_digital_pdf(seed("004"), tmp_path / "b.pdf").read_bytes()
    assert a == b
    assert fx.render_digital_pdf_bytes(seed("004"), page_numbers=False) != a


@pytest.mark.parametrize("name,prefix", [("002_b735eecf630dfa8d.digital.pdf", "002"),
                                         ("004_1df89c22df6dec19.digital.pdf", "004"),
                                         ("003_0c4fff040160f98e.docx", "003")])
def test_committed_samples_are_current_and_small(name, prefix):
    path = REPO / "data" / "raw" / name
    assert path.stat().st_size < 300 * 1024
    doc = read_document(path.read_bytes(), name, Settings())
    text = "\n".join(p.text for p in doc.pages)
    assert fx.word_similarity(fx.display_text(seed(prefix)), text) >= 0.98


# --------------------------------------------------------------------------------- DOCX


def test_docx_header_table_reads_back_as_lines():
    data = fx.render_docx_bytes(real("01"))
    doc = read_docx(data, "sample.docx", Settings())
    lines = [x for x in doc.pages[0].text.split("\n") if x.strip()]
    assert lines[:9] == ["ỦY BAN NHÂN", "DÂN", "TỈNH ĐẮK LẮK", "Số: 012/CT-UBND", "CỘNG HÒA XÃ",
                         "HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đắk Lắk, ngày",
                         "26 tháng 11 năm 2025"]
    assert lines[9] == "CHỈ THỊ"
    assert not any(x.startswith("|") for x in lines)
    assert fx.word_similarity(fx.display_text(real("01")), doc.pages[0].text) == 1.0

    import docx

    document = docx.Document(io.BytesIO(data))
    table = document.tables[0]
    assert len(table.columns) == 2
    borders = table._tbl.xpath(".//w:tblBorders/*")
    assert all(b.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") in ("none", "nil")
               for b in borders)
    assert table.style is None or "Grid" not in table.style.name


def test_docx_without_header_is_plain_paragraphs_with_bold_runs():
    data = fx.render_docx_bytes(seed("003"))
    import docx

    document = docx.Document(io.BytesIO(data))
    assert not document.tables
    first = document.paragraphs[0]
    assert first.text == "KẾ HOẠCH" and all(r.bold for r in first.runs)
    assert "**" not in "\n".join(p.text for p in document.paragraphs)
    section = document.sections[0]
    assert round(section.left_margin.mm) == 30 and round(section.page_width.mm) == 210
    doc = read_docx(data, "sample.docx", Settings())
    assert fx.word_similarity(fx.display_text(seed("003")), doc.pages[0].text) == 1.0


def test_form_feed_is_a_page_break_in_both_formats():
    text = "KẾ HOẠCH\n\nNội dung trang một.\n\f\nNội dung trang hai.\n"
    pdf_pages = pdfium_text(fx.render_digital_pdf_bytes(text))
    assert len(pdf_pages) == 2 and "trang hai" in pdf_pages[1] and "trang hai" not in pdf_pages[0]
    docx_pages = read_docx(fx.render_docx_bytes(text), "x.docx", Settings()).pages
    assert len(docx_pages) == 2 and "trang hai" in docx_pages[1].text


def test_docx_tables_have_grid_widths_matching_their_cells():
    # Word writes each table's grid (w:tblGrid) with the widths of its cells (w:tcW); LibreOffice
    # lays a table out by the grid, so a 70/90 mm letterhead on an even grid came out 80/80 mm
    import docx

    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    layout = next((REPO / "tests/data/layouts").glob("L01_*.txt")).read_text(encoding="utf-8")
    document = docx.Document(io.BytesIO(fx.render_docx_bytes(layout)))
    assert len(document.tables) >= 3  # letterhead, task table, signature
    for table in document.tables:
        grid = [int(c.get(W + "w")) for c in table._tbl.tblGrid.findall(W + "gridCol")]
        for tr in table._tbl.tr_lst:
            assert [int(tc.tcPr.find(W + "tcW").get(W + "w")) for tc in tr.tc_lst] == grid
    header = document.tables[0]
    assert [round(c.width.mm) for c in header.columns] == [70, 90]


def test_docx_is_byte_identical_on_rerender():
    assert fx.render_docx_bytes(seed("002")) == fx.render_docx_bytes(seed("002"))


# --------------------------------------------------------------------------------- scans


@pytest.mark.parametrize("level", list(fx.DEGRADATION_LEVELS))
def test_degradation_parameters_stay_in_their_ranges(level):
    (a0, a1), (b0, b1), (n0, n1), (s0, s1), quality = fx.DEGRADATION_LEVELS[level]
    params = [fx.degradation_for(level, s, p) for s in range(20) for p in range(5)]
    for d in params:
        assert a0 <= abs(d.angle) <= a1
        assert b0 <= d.blur_radius <= b1 and n0 <= d.noise_sigma <= n1 and s0 <= d.specks <= s1
        assert d.jpeg_quality == quality
    if a1:
        assert {d.angle > 0 for d in params} == {True, False}  # skewed both ways
        assert len({d.angle for d in params}) > 50
    assert fx.degradation_for(level, 3, 1) == fx.degradation_for(level, 3, 1)
    with pytest.raises(ValueError):
        fx.degradation_for("medium", 0, 0)


def _estimated_skew(img: Image.Image) -> float:
    """Angle (degrees) that makes the text lines horizontal again: the one that maximises the
    variance of the row sums of the de-rotated page."""
    import numpy as np

    small = img.reduce(4).point(lambda v: 255 if v < 128 else 0)
    best, best_score = 0.0, -1.0
    for tenth in range(-30, 31):
        angle = tenth / 10
        rows = np.asarray(small.rotate(-angle, resample=Image.Resampling.BILINEAR)).sum(axis=1)
        score = float(np.var(rows))
        if score > best_score:
            best, best_score = angle, score
    return best


@pytest.fixture(scope="module")
def short_text() -> str:
    """Seed 004 cut to two pages: multi-page, yet cheap to scan."""
    text = seed("004")
    return text[: text.index("\n\n", 4000)]


@pytest.fixture(scope="module")
def mild_scan(short_text) -> bytes:
    return fx.scan_pdf_bytes(fx.render_scan_images(short_text, degradation="mild", seed=5))


@pytest.mark.slow
def test_scan_pdf_is_image_only_at_300_dpi_with_the_digital_page_count(mild_scan, short_text):
    digital_pages = len(pdfium_text(fx.render_digital_pdf_bytes(short_text)))
    texts = pdfium_text(mild_scan)
    assert len(texts) == digital_pages == 2
    assert all(not t.strip() for t in texts)
    assert b"/BaseFont" not in mild_scan and b" Tf" not in mild_scan  # no font, no text operator
    with pdfplumber.open(io.BytesIO(mild_scan)) as pdf:
        for page in pdf.pages:
            assert not page.chars and len(page.images) == 1
            width_px, height_px = page.images[0]["srcsize"]
            assert abs(width_px - 2480) <= 1 and abs(height_px - 3508) <= 1
            assert width_px * 72 / page.width == pytest.approx(300, abs=0.5)


@pytest.mark.slow
def test_scan_is_byte_identical_for_the_same_seed(mild_scan, short_text, tmp_path):
    path = fx.render_scan_pdf(short_text, tmp_path / "again.pdf", degradation="mild", seed=5)
    assert path.read_bytes() == mild_scan
    other = fx.scan_pdf_bytes(fx.render_scan_images(short_text, degradation="mild", seed=6))
    assert other != mild_scan


@pytest.mark.slow
def test_scan_images_carry_the_drawn_damage(short_text):
    import numpy as np

    text = short_text[:1500]  # one page is enough
    pages = {lvl: fx.render_scan_images(text, degradation=lvl, seed=2)[0] for lvl in ("clean", "mild", "heavy")}
    for level, img in pages.items():
        d = img.info["degradation"]
        assert img.mode == "L" and img.info["dpi"] == (300, 300)
        assert _estimated_skew(img) == pytest.approx(d.angle, abs=0.25), level
        # the embedded JPEG uses the level's quality: same tables as Pillow's at that quality
        reference = io.BytesIO()
        Image.new("L", (16, 16), 255).save(reference, "JPEG", quality=d.jpeg_quality)
        assert Image.open(io.BytesIO(img.info["jpeg_bytes"])).quantization == Image.open(reference).quantization
    # blank top-left margin: noise grows with the level
    noise = {lvl: float(np.asarray(img.crop((40, 40, 240, 160))).std()) for lvl, img in pages.items()}
    assert noise["clean"] < 1.0 < noise["mild"] < noise["heavy"]
    dark = {lvl: int((np.asarray(img) < 60).sum()) for lvl, img in pages.items()}
    assert dark["heavy"] > 0


# ----------------------------------------------------------------------------------- CLI


def run_script(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "scripts" / "make_fixtures.py"), *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_script_renders_a_folder_with_collision_free_names(tmp_path):
    src = tmp_path / "texts"
    src.mkdir()
    (src / "kh01.txt").write_text("Số: 5/KH-UBND\n\nHà Nội, ngày 2 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
                                  "Thử nghiệm\n\nNội dung **chính** của kế hoạch.\n", encoding="utf-8")
    result = run_script("--from", str(src), "--out", str(tmp_path / "out"), "--scans", str(tmp_path / "scans"),
                        "--degradation", "clean", "--dpi", "100")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["kh01.digital.pdf", "kh01.docx"]
    scan = tmp_path / "scans" / "kh01.scan-clean.pdf"
    assert not "".join(pdfium_text(scan.read_bytes())).strip()
    assert "kh01.scan-clean.pdf" in result.stdout


def test_script_errors_say_what_to_do(tmp_path):
    result = run_script("--from", str(tmp_path / "missing"), "--out", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "give a folder of .txt files" in result.stderr
    result = run_script("--from", str(tmp_path))
    assert result.returncode == 2 and "no .txt files" in result.stderr
    (tmp_path / "a.txt").write_text("KẾ HOẠCH\n", encoding="utf-8")
    result = run_script("--from", str(tmp_path))
    assert result.returncode == 2 and "--out" in result.stderr and "Traceback" not in result.stderr
