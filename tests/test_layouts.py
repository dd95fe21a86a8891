"""Layout-aware reading (issue #10): digital PDFs, DOCX, Word 97-2003 files and scans keep
their structure — wrapped headings as one line, the two-column header and signature blocks
column by column, tables as ``a | b | c`` rows with merged cells and page breaks — and the
recognizers find in them what they find in the same documents as text."""

import importlib.util
import io
import shutil
from pathlib import Path

import pytest

from tests.support import fixtures as fx
from pipeline.errors import PipelineError
from pipeline.layout import Segment, reading_order
from pipeline.models import Word
from pipeline.document import extract_document
from pipeline.read import read_document, sniff
from pipeline.settings import Settings
from pipeline.models import Page
from pipeline.tables import (
    _splice_tables,
    build_table,
    continue_scanned_tables,
    continue_table,
    data_table_cells,
    grid_tables,
    is_layout_table,
    merge_continued_row,
)

DATA = Path(__file__).resolve().parent / "data"
LAYOUTS = sorted((DATA / "layouts").glob("*.txt"))
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_layouts.py"


def layout_text(prefix: str) -> str:
    return next(p for p in LAYOUTS if p.name.startswith(prefix)).read_text(encoding="utf-8")


def lines_of(doc) -> list[str]:
    return [x for p in doc.pages for x in p.text.split("\n") if x.strip()]


# ------------------------------------------------------------------------------ row model


def rule(x0, top, x1, bottom):
    return (x0, top, x1, bottom)


def grid(xs, ys, missing_h=()):
    """Ruling segments of a grid; ``missing_h`` = (row line index, column) pairs left out."""
    segs = [rule(x, ys[0], x, ys[-1]) for x in xs]
    for i, y in enumerate(ys):
        for c in range(len(xs) - 1):
            if (i, c) not in missing_h:
                segs.append(rule(xs[c], y, xs[c + 1], y))
    return segs


def word(text, x, y):
    return Word(text, 0, len(text), (x, y, x + 6 * len(text), y + 10))


def test_ruled_grid_becomes_rows_with_a_merged_cell_repeated():
    xs, ys = [0, 30, 200, 300], [0, 20, 40, 60]
    # the rule between rows 1 and 2 is missing in the last column: "Sở Nội vụ" leads both tasks
    cells = grid_tables(grid(xs, ys, missing_h={(2, 2)}))
    assert len(cells) == 1
    words = [word("STT", 2, 5), word("Nhiệm", 40, 5), word("vụ", 80, 5), word("Chủ", 210, 5), word("trì", 240, 5),
             word("1", 2, 25), word("Rà", 40, 25), word("soát", 60, 25), word("Sở", 210, 35), word("Nội", 230, 35),
             word("vụ", 255, 35), word("2", 2, 45), word("Số", 40, 45), word("hóa", 60, 45), word("ngoài", 400, 400)]
    table, outside = build_table(cells[0], words)
    assert [w.text for w in outside] == ["ngoài"]
    assert [r.line() for r in table.rows] == ["STT | Nhiệm vụ | Chủ trì", "1 | Rà soát | Sở Nội vụ", "2 | Số hóa | Sở Nội vụ"]
    merged = table.rows[1].cells[2]
    assert merged is table.rows[2].cells[2] and merged.row_span == 2
    assert merged.header == "Chủ trì" and table.rows[1].cells[1].header == "Nhiệm vụ"


def test_table_over_a_page_break_drops_the_repeated_header_and_joins_the_cut_row():
    xs, ys = [0, 30, 200, 300], [0, 20, 40]
    head = [word("STT", 2, 5), word("Nhiệm", 40, 5), word("Chủ", 210, 5)]
    first, _ = build_table(grid_tables(grid(xs, ys))[0], head + [word("1", 2, 25), word("Rà", 40, 25), word("Sở", 210, 25)])
    second, _ = build_table(grid_tables(grid(xs, ys))[0], head + [word("soát", 40, 25), word("Tư", 210, 25)])
    continue_table(first, second)
    assert len(second.rows) == 1 and second.rows[0].continued
    merge_continued_row(first.rows[-1], second.rows.pop(0))
    assert first.rows[-1].line() == "1 | Rà soát | Sở Tư"


def test_a_cell_merged_over_rows_across_a_page_break_keeps_its_text_on_the_next_page():
    # corpus C045 (ninhbinh-kh193-2024) as a Word-made PDF: "Hàng năm" merged over tasks 6-10
    # is printed beside task 6 only; on the next pages the time column is one empty cell
    xs, ys = [0, 30, 200, 300], [0, 20, 40]
    head = [word("STT", 2, 5), word("Nhiệm", 40, 5), word("Thời", 210, 5)]
    first, _ = build_table(grid_tables(grid(xs, ys))[0], head + [word("6", 2, 25), word("Rà", 40, 25),
                                                                  word("Hàng", 210, 25), word("năm", 240, 25)])
    cells = grid_tables(grid(xs, [0, 20, 40, 60], missing_h={(2, 2)}))[0]  # the rule under task 7 stops short of the last column
    second, _ = build_table(cells, [word("7", 2, 25), word("Giữ", 40, 25), word("8", 2, 45), word("Xây", 40, 45)])
    continue_table(first, second)
    assert [r.line() for r in second.rows] == ["7 | Giữ | Hàng năm", "8 | Xây | Hàng năm"]
    # an empty cell of one row is left empty
    third, _ = build_table(grid_tables(grid(xs, ys))[0], [word("9", 2, 25), word("Tăng", 40, 25)])
    plain, _ = build_table(grid_tables(grid(xs, ys))[0], [word("8", 2, 25), word("Xây", 40, 25), word("Quý", 210, 25)])
    continue_table(plain, third)
    assert [r.line() for r in third.rows] == ["9 | Tăng | "]


def test_a_repeated_header_read_a_little_differently_is_still_dropped():
    xs, ys = [0, 30, 200, 300], [0, 20, 40]
    first, _ = build_table(grid_tables(grid(xs, ys))[0], [word("STT", 2, 5), word("Chủ", 40, 5), word("trì", 70, 5),
                                                          word("1", 2, 25), word("Rà", 40, 25)])
    again, _ = build_table(grid_tables(grid(xs, ys))[0], [word("SIT", 2, 5), word("Chủ", 40, 5), word("tri", 70, 5),
                                                          word("2", 2, 25), word("Số", 40, 25)])
    continue_table(first, again)
    assert [r.line() for r in again.rows] == ["2 | Số | "]


def _scanned_page(number, tables, before="", after=""):
    """A page as the OCR reader leaves it: text around the tables' rows, words with offsets."""
    text, words, owner = "", [], {}
    for chunk, t in ((before, None), *((None, k) for k in range(len(tables))), (after, None)):
        if t is None:
            for token in chunk.split():
                words.append(Word(token, len(text), len(text) + len(token), (0, 0, 1, 1)))
                text += token + " "
            continue
        for row in tables[t].rows:
            for cell in row.cells:
                for w in cell.words:
                    placed = Word(w.text, len(text), len(text) + len(w.text), w.box)
                    owner[id(placed)] = t
                    words.append(placed)
                    text += w.text + " "
    spliced, placed = _splice_tables(text, words, tables, owner)
    return Page(number=number, text=spliced, method="ocr", words=placed, tables=tables)


def test_scanned_table_over_a_page_break_is_one_table():
    xs = [0, 30, 200, 300]
    head = [word("STT", 2, 5), word("Nhiệm", 40, 5), word("Chủ", 210, 5)]
    first, _ = build_table(grid_tables(grid(xs, [0, 20, 40]))[0], head + [word("1", 2, 25), word("Rà", 40, 25),
                                                                            word("Sở", 210, 25)])
    again = [word("STT", 2, 5), word("Nhiệm", 40, 5), word("Chủ", 212, 5)]
    second, _ = build_table(grid_tables(grid([1, 31, 201, 302], [0, 20, 40, 60]))[0],
                            again + [word("soát", 40, 25), word("Số", 40, 45), word("Tư", 210, 45)])
    pages = [_scanned_page(1, [first], before="II. NHIỆM VỤ"), _scanned_page(2, [second], after="III. KINH PHÍ")]
    continue_scanned_tables(pages)
    # the header repeated on page 2 is gone, the row the page break cut joins its first part,
    # and a row with only its number unread (OCR) is a row of its own
    assert pages[0].text.endswith("1 | Rà soát | Sở")
    assert pages[1].text.startswith("· | Số | Tư\n")
    for page in pages:
        for w in page.words:
            assert page.text[w.start:w.end] == w.text


def test_scanned_tables_apart_stay_apart():
    xs = [0, 30, 200, 300]
    rows = [word("STT", 2, 5), word("Nhiệm", 40, 5), word("Chủ", 210, 5), word("1", 2, 25), word("Rà", 40, 25)]
    first, _ = build_table(grid_tables(grid(xs, [0, 20, 40]))[0], rows)
    second, _ = build_table(grid_tables(grid(xs, [0, 20, 40]))[0], rows)
    pages = [_scanned_page(1, [first], after="Nơi nhận:"), _scanned_page(2, [second])]
    texts = [p.text for p in pages]
    continue_scanned_tables(pages)
    assert [p.text for p in pages] == texts


def test_only_data_tables_are_read_cell_by_cell():
    three = grid([0, 30, 200, 300], [0, 20, 40])
    two = grid([300, 500, 700], [100, 140, 180])  # the two-column header of Decree 30/2020
    assert len(data_table_cells(three)) == 6
    assert data_table_cells(two) == []


# The ruled page both painting tests draw on: a 2-row × 3-column table, its rules 3 px wide.
_RULED_XS, _RULED_YS = [100, 200, 600, 900], [100, 200, 400]


def _ruled_page():
    import cv2
    import numpy as np

    page = np.full((1200, 1000), 255, np.uint8)
    for x in _RULED_XS:
        cv2.line(page, (x, _RULED_YS[0]), (x, _RULED_YS[-1]), 0, 3)
    for y in _RULED_YS:
        cv2.line(page, (_RULED_XS[0], y), (_RULED_XS[-1], y), 0, 3)
    return page


def test_cut_table_cells_blanks_the_grid_and_crops_each_cell():
    import cv2
    import numpy as np
    from PIL import Image

    from pipeline.ocr import CELL_SCALE, cut_table_cells
    from pipeline.tables import find_scanned_tables

    page = _ruled_page()
    cv2.putText(page, "Task", (250, 320), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    cv2.putText(page, "Lead", (650, 320), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    cv2.putText(page, "Below", (250, 600), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    image, rulings = find_scanned_tables(Image.fromarray(page), 300)
    blanked, cells = cut_table_cells(image, rulings, 300)
    assert len(cells) == 2  # the empty cells give no image
    pixels = np.asarray(blanked)
    assert pixels[280:330, 240:360].min() == 255  # the cell's text is gone from the page …
    assert pixels[560:610, 240:380].min() < 128  # … the text below the table is not
    (first, (x, y)), _ = cells
    ink = np.argwhere(np.asarray(first) < 128)
    # a cell pixel maps back onto the page where its ink was
    top, left = ink.min(axis=0)
    assert abs((x + left / CELL_SCALE) - 250) < 6 and abs((y + top / CELL_SCALE) - 290) < 10


@pytest.mark.parametrize("stroke, kept", [
    (((200, 700), (380, 700)), True),  # a bold title's baseline run (0.6 in), below the table
    (((500, 20), (500, 75)), True),  # a bold stem above the table (the "ị" of "định" in a bold title, mild L01)
    (((200, 700), (620, 700)), False),  # a rule of its own (1.4 in: a heading's underline) goes as before
    # a cell's line of serif type, its serifs run together along the baseline (0.5 in), inside
    # the table's frame but along no side of a cell (mild scan of tune 03: painted white, it cut
    # the foot off "ngành", "phường", read "nành", "nhirằngq")
    (((230, 300), (390, 300)), True),
    (((620, 150), (860, 150)), True),
])
def test_only_the_tables_rules_are_painted_out(stroke, kept):
    """Short runs of ink the rule finder keeps away from the table's rules (strokes of bold
    type, serifs along a baseline) stay on the page: painting them white cut the "ị" out of a
    bold title's "định", "địa" on the mild scan of tests/data/layouts/L01 ("đ:.nh danh", "đa
    bàn"); the table's own rules and a long rule elsewhere go (see
    tables.STRAY_RULE_MIN_INCHES)."""
    import cv2
    import numpy as np
    from PIL import Image

    from pipeline.tables import find_scanned_tables

    page = _ruled_page()
    (x0, y0), (x1, y1) = stroke
    cv2.line(page, (x0, y0), (x1, y1), 0, 5)
    image, rulings = find_scanned_tables(Image.fromarray(page), 300)
    pixels = np.asarray(image)
    assert rulings
    assert pixels[_RULED_YS[1] - 1:_RULED_YS[1] + 2, 300:500].min() == 255  # the table's rule is gone
    assert bool(pixels[min(y0, y1):max(y0, y1) + 1, min(x0, x1):max(x0, x1) + 1].min() < 128) is kept


def _grey_scan_table(breaks: dict, slant: float = 0.0, merged: tuple = ()):
    """A 300-dpi page with a 4-row × 4-column ruled table drawn as a grey scan draws it:
    rules a little slanted (``slant`` pixels across a rule's length), some of them broken
    (``breaks``: (orientation, index) → [(start, end) fraction of the rule left out, and
    whether a faint trace of it stays]), and merged cells (``merged``: (row rule, column)
    pairs whose stretch of rule is not printed at all)."""
    import cv2
    import numpy as np

    page = np.full((1400, 1100), 255, np.uint8)
    xs, ys = [100, 250, 550, 800, 1000], [200, 300, 450, 600, 750]

    def draw(p0, p1, key):
        gaps = breaks.get(key, [])
        length = round(max(abs(p1[0] - p0[0]), abs(p1[1] - p0[1])))
        for k in range(length):
            f = k / length
            x, y = round(p0[0] + (p1[0] - p0[0]) * f), round(p0[1] + (p1[1] - p0[1]) * f)
            level = 90
            for lo, hi, faint in gaps:
                if lo <= f < hi:
                    level = 225 if faint else 255
            if level < 255:
                page[y - 1:y + 2, x - 1:x + 2] = np.minimum(page[y - 1:y + 2, x - 1:x + 2], level)

    for i, x in enumerate(xs):
        draw((x, ys[0]), (x + slant, ys[-1]), ("v", i))
    for j, y in enumerate(ys):
        for c in range(len(xs) - 1):
            if (j, c) in merged:
                continue
            draw((xs[c] + slant * (y - ys[0]) / (ys[-1] - ys[0]), y + slant * (xs[c] - xs[0]) / (xs[-1] - xs[0])),
                 (xs[c + 1] + slant * (y - ys[0]) / (ys[-1] - ys[0]),
                  y + slant * (xs[c + 1] - xs[0]) / (xs[-1] - xs[0])), ("h", j, c))
    for y in ys[:-1]:  # a line of text in each row, so the page is not a bare grid
        for c in range(len(xs) - 1):
            cv2.putText(page, "Ab", (xs[c] + 20, y + 60), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 60, 2)
    return page


@pytest.mark.parametrize("breaks,slant,merged,shape", [
    # clean rules: the 4 × 4 grid
    ({}, 0, (), (4, 4, 16)),
    # rules slanted by 6 px (~0.4°, as a grey scan left after deskew) and broken inside
    # cells, with no trace left:
    # a rule stops only at a crossing rule, so the gaps are where the scan lost it
    ({("h", 2, 1): [(0.3, 0.6, False)], ("h", 3, 0): [(0.0, 0.5, False)], ("v", 2): [(0.1, 0.3, False)]},
     6, (), (4, 4, 16)),
    # a stretch from one column rule to the next lost, but a faint trace of it left: joined
    ({("h", 2, 1): [(0.0, 1.0, True)]}, 0, (), (4, 4, 16)),
    # the same stretch not printed at all: a merged cell, kept (15 cells)
    ({}, 0, ((2, 1),), (4, 4, 15)),
    # a table's corner lost (the top rule stops inside the last cell): carried on to the side
    ({("h", 0, 3): [(0.4, 1.0, False)], ("v", 4): [(0.0, 0.15, False)]}, 0, (), (4, 4, 16)),
])
def test_scanned_rules_broken_and_slanted_make_the_grid(breaks, slant, merged, shape):
    from pipeline.tables import _bands, _is_grid, scan_rulings

    page = _grey_scan_table(breaks, slant, merged)
    grids = [g for g in grid_tables(scan_rulings(page, 300)) if _is_grid(g)]
    assert len(grids) == 1
    cells = grids[0]
    assert (len(_bands([c[1] for c in cells])), len(_bands([c[0] for c in cells])), len(cells)) == shape


@pytest.mark.parametrize("stem", [0, 45, -45])
def test_a_letters_stem_against_a_column_rule_keeps_a_merged_row_whole(stem):
    """A heading row spanning the columns ("III. PHÁT TRIỂN HẠ TẦNG SỐ …", mild scan of tune 03)
    prints no column rule; the stem of a letter set against the rule above it ("Ể") or below
    it carries that rule a little way into the row.  The rule then ended inside the row and
    was carried on through it to the next rule: the row was cut in two cells ("III. PHÁT
    TRIÍ XUẤT KINH D" | "N HẠ TẦNG …").  A rule that goes on beyond the row stops at the
    row's edge where a letter's stem (``RULE_STEM_INCHES``) carried it past."""
    import cv2

    from pipeline.tables import _bands, _is_grid, scan_rulings

    page = _grey_scan_table({})
    xs, ys = [100, 250, 550, 800, 1000], [200, 300, 450, 600, 750]
    page[ys[2] + 3:ys[3] - 2, xs[2] - 3:xs[2] + 4] = 255  # row 3 merged across columns 2 and 3
    if stem > 0:  # a stem hanging from the row's top rule
        cv2.line(page, (xs[2], ys[2]), (xs[2], ys[2] + stem), 0, 4)
    elif stem < 0:  # a stem standing on the row's bottom rule
        cv2.line(page, (xs[2], ys[3] + stem), (xs[2], ys[3]), 0, 4)
    grids = [g for g in grid_tables(scan_rulings(page, 300)) if _is_grid(g)]
    assert len(grids) == 1
    cells = grids[0]
    assert (len(_bands([c[1] for c in cells])), len(_bands([c[0] for c in cells])), len(cells)) == (4, 4, 15)


@pytest.mark.parametrize("rows,layout", [
    ([["ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]], True),
    ([["Nơi nhận:\n- Như trên;", "", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"]], True),
    ([["STT", "Nhiệm vụ", "Cơ quan chủ trì"], ["1", "Rà soát", "Sở Tư pháp"]], False),
    ([["Nội dung", "Thời gian"], ["Rà soát", "Quý I"]], False),
])
def test_layout_tables_are_told_from_data_tables(rows, layout):
    assert is_layout_table(rows) is layout


# ------------------------------------------------------------------------ reading order


def seg(text, x0, top, size=13.0):
    words, x = [], x0
    for t in text.split():
        words.append(Word(t, 0, len(t), (x, top, x + 0.5 * size * len(t), top + size)))
        x += 0.5 * size * (len(t) + 1)
    s = Segment(words, list(range(len(words))))
    s.box = (words[0].box[0], top, words[-1].box[2], top + size)
    s.baseline, s.size = top + size, size
    return s


def test_two_column_block_is_read_column_by_column():
    segments = [seg("ỦY BAN NHÂN DÂN", 100, 50), seg("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300, 50),
                seg("TỈNH LÂM ĐỒNG", 105, 66), seg("Độc lập - Tự do - Hạnh phúc", 320, 66),
                seg("Số: 12/KH-UBND", 102, 90), seg("Lâm Đồng, ngày 5 tháng 3 năm 2025", 310, 90),
                seg("KẾ HOẠCH", 260, 140)]
    order = reading_order(segments)
    assert [s.text for s in order] == ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND",
                                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                       "Lâm Đồng, ngày 5 tháng 3 năm 2025", "KẾ HOẠCH"]
    assert [s.column for s in order] == [1, 1, 1, 2, 2, 2, 0]


def test_centred_type_line_close_under_the_letterhead_ends_the_two_column_block():
    # the shape of 04_hanoi-kh308 as a digital PDF: the place-date alone on its line under the
    # motto, "KẾ HOẠCH" 16 pt below it, centred on the page (it was read into the left column,
    # before the motto, and the title then began with the motto and the place-date)
    segments = [seg("ỦY BAN NHÂN DÂN", 113, 63, 12), seg("CỘNG HÒA XÃ HỘI", 342, 63, 12),
                seg("THÀNH PHỐ HÀ NỘI", 114, 77, 12), seg("CHỦ NGHĨA VIỆT NAM", 329, 77, 12),
                seg("Số: 308/KH-UBND", 125, 91, 12), seg("Độc lập - Tự do - Hạnh phúc", 322, 91, 12),
                seg("Hà Nội, ngày 17 tháng 11 năm 2025", 296, 106, 12), seg("KẾ HOẠCH", 268, 134, 14),
                seg("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP", 98, 157, 14)]
    order = reading_order(segments)
    assert [s.text for s in order][3:8] == ["CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                            "Hà Nội, ngày 17 tháng 11 năm 2025", "KẾ HOẠCH"]
    assert [s.column for s in order][:8] == [1, 1, 1, 2, 2, 2, 2, 0]


def test_recipient_list_longer_than_its_first_lines_stays_in_the_signature_block():
    # the shape of M03_daklak-kh0125 as a digital PDF: "Nơi nhận:" (11 pt) and the signer
    # (12 pt) side by side, then recipients alone on their lines, longer than the two first
    # ones (they were read out of the block, between the signer's lines)
    segments = [seg("Nơi nhận:", 86, 428, 11), seg("KT. CHỦ TỊCH", 376, 424, 12),
                seg("- Bộ Nội vụ;", 86, 440, 11), seg("PHÓ CHỦ TỊCH", 373, 439, 12),
                seg("- Ban Thi đua - Khen thưởng Trung ương;", 86, 454, 11), seg("- TT. Tỉnh ủy;", 86, 466, 11),
                seg("- UBMTTQ Việt Nam tỉnh, các Hội,", 86, 494, 11),
                seg("thể tỉnh;", 85, 505, 11), seg("Đào Mỹ", 400, 504, 12),
                seg("- Lưu: VT, NV (V-10b).", 86, 520, 11)]
    order = reading_order(segments)
    assert [s.text for s in order] == ["Nơi nhận:", "- Bộ Nội vụ;", "- Ban Thi đua - Khen thưởng Trung ương;", "- TT. Tỉnh ủy;",
                                       "- UBMTTQ Việt Nam tỉnh, các Hội,", "thể tỉnh;", "- Lưu: VT, NV (V-10b).",
                                       "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đào Mỹ"]
    assert [s.column for s in order] == [1] * 7 + [2] * 3


@pytest.mark.parametrize("text, laid_out, expected", [
    # C062, C051 as digital PDF / DOCX: a title is a whole paragraph on its line, the line
    # under it another paragraph (the crawled text had a blank line between them)
    ("Kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh "
     "kiểm tra công tác chuẩn bị thi công tại một số vị trí của 02 tuyến cao tốc Tân Phú - Bảo Lộc\n"
     "Ngày 24/4/2026, đồng chí Nguyễn Hồng Hải kiểm tra công tác chuẩn bị thi công.\n", True, 2),
    ("Ban hành Quy định tuyển chọn, xét chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và "
     "công nghệ cấp thành phố\nỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n", True, 2),
    # a line no longer than a printed one, broken before a name, still goes on
    ("Chủ tịch Ủy ban nhân dân tỉnh giao cho các cơ quan thuộc tỉnh và\nỦy ban nhân dân các xã thực hiện\n",
     True, 1),
    # crawled text: the long-line rule as before
    ("Kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh "
     "kiểm tra công tác chuẩn bị thi công tại một số vị trí của 02 tuyến cao tốc Tân Phú - Bảo Lộc\n"
     "Ngày 24/4/2026, đồng chí Nguyễn Hồng Hải kiểm tra công tác chuẩn bị thi công.\n", False, 1),
])
def test_a_laid_out_paragraph_longer_than_a_printed_line_is_not_continued(text, laid_out, expected):
    from pipeline.normalize import normalize_text

    assert len(normalize_text(text, laid_out=laid_out).text.strip().split("\n")) == expected


# The shapes of tune documents whose document fields the digital PDF and DOCX lost: a letterhead
# set side by side with spaces (C045, C046, C049), the signature as a layout table (C060, C061),
# a recipient list longer than its first lines beside the signer (M03), a title over a line in
# capitals (C051).
LETTERHEAD_AND_SIGNATURE_TABLE = """\
   ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH NINH BÌNH                        Độc lập - Tự do - Hạnh phúc

    Số: 196 /KH-UBND                     Ninh Bình, ngày 04 tháng 11 năm 2024


                                KẾ HOẠCH
         Triển khai thực hiện Chỉ thị số 30/CT-TTg ngày 29/8/2024 của Thủ tướng Chính phủ về phát triển
   các ngành công nghiệp văn hóa trên địa bàn tỉnh Ninh Bình


Thực hiện Chỉ thị số 30/CT-TTg ngày 29/8/2024 của Thủ tướng Chính phủ về phát triển các ngành công nghiệp văn hóa Việt Nam, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:

1. Sở Văn hóa, Thể thao và Du lịch chủ trì triển khai Kế hoạch này.

|Nơi nhận:                    |       | KT. CHỦ TỊCH   |
|- Bộ Văn hóa, Thể thao và Du lịch;    |       |PHÓ CHỦ TỊCH    |
|- Thường trực Tỉnh ủy;         |       |                |
|- Lưu: VT, VP3.                |       |                |
|                             |       |Tống Quang Thìn     |
"""
LONG_RECIPIENTS_AND_AUTHORITY_LINE = """\
**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ CẦN THƠ**
--------
Số: 09/2010/QĐ-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
---------------
*Cần Thơ, ngày 21 tháng 01 năm 2010*

**QUYẾT ĐỊNH**

**Ban hành Quy định tuyển chọn, xét chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp thành phố**

ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ

Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;

Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ,

**QUYẾT ĐỊNH:**

Điều 1. Ban hành kèm theo Quyết định này Quy định tuyển chọn, xét chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp thành phố.

Điều 2. Giám đốc Sở Khoa học và Công nghệ chịu trách nhiệm thi hành Quyết định này./.

|
Nơi nhận:
- Văn phòng Chính phủ (HN-TPHCM);
- Ban Thi đua - Khen thưởng Trung ương và Bộ Khoa học và Công nghệ;
- Thường trực Thành ủy;
- Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể;
- Lưu: VT, KHCN.
|
**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
Đào Anh Dũng
|
"""
DOCUMENT_FIELDS = ("doc_type", "number", "symbol", "issue_place", "issue_date", "title", "issuer", "signer",
                   "signer_title", "signing_authority", "recipients")


@pytest.mark.parametrize("text", [LETTERHEAD_AND_SIGNATURE_TABLE, LONG_RECIPIENTS_AND_AUTHORITY_LINE],
                         ids=["letterhead-and-signature-table", "long-recipients-and-authority-line"])
@pytest.mark.parametrize("size", [13, 14])
def test_digital_pdf_and_docx_give_the_document_fields_of_the_text(text, size):
    from pipeline.document import extract_document

    def fields(data: bytes, name: str) -> dict:
        document = extract_document(data, name).document
        return {k: document[k].value if document.get(k) else None for k in DOCUMENT_FIELDS}

    expected = fields(text.encode(), "doc.txt")
    assert expected["signer"] and expected["issuer"] and len(expected["recipients"]) >= 3
    assert fields(fx.render_digital_pdf_bytes(text, body_font_size=size), "doc.pdf") == expected
    assert fields(fx.render_docx_bytes(text, body_font_size=size), "doc.docx") == expected


def test_signature_block_keeps_long_recipient_lines_in_the_left_column():
    # a real e-signed decision (originals O18, Lâm Đồng 2536/QĐ-UBND): the Nơi nhận lines grow
    # wider than the two rows that set the gap, and the signer's name stands far below
    segments = [seg("Nơi nhận:", 90, 537, 10), seg("KT. CHỦ TỊCH", 386, 537, 13),
                seg("- Như Điều 7;", 91, 551, 10), seg("PHÓ CHỦ TỊCH", 383, 551, 13),
                seg("- Bộ Tư pháp;", 91, 564, 10), seg("- Liên Đoàn Luật sư Việt Nam;", 91, 576, 10),
                seg("- Thường trực Tỉnh ủy;", 91, 589, 10), seg("- Chủ tịch, PCT UBND tỉnh (Đ/c Minh);", 91, 602, 10),
                seg("- Lưu: VT, NC.", 91, 614, 10), seg("Nguyễn Minh", 394, 636, 13)]
    order = reading_order(segments)
    assert [s.text for s in order][-3:] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Minh"]
    assert [s.column for s in order] == [1] * 7 + [2] * 3


# ---------------------------------------------------------------------------- digital PDF


def test_digital_pdf_wrapped_bold_headings_are_one_line_and_issuer_lines_stay_apart():
    doc = read_document(fx.render_digital_pdf_bytes(layout_text("L01")), "l01.pdf", Settings())
    lines = lines_of(doc)
    heading = "IV. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ THÔNG TIN, BÁO CÁO KẾT QUẢ TRIỂN KHAI KẾ HOẠCH CỦA CÁC CƠ QUAN, ĐƠN VỊ"
    assert heading in lines
    heading_line = next(ln for p in doc.pages for ln in p.lines if p.text[ln.start:ln.end] == heading)
    assert heading_line.bold and heading_line.box[3] - heading_line.box[1] > 20  # set on two printed lines
    assert lines[:3] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 152/KH-UBND"]
    # the signature block: recipients (left column), then the signer (right column)
    assert lines[-11:] == ["Nơi nhận:", "- Tổ công tác Đề án 06 của Chính phủ;", "- Thường trực Tỉnh ủy;",
                           "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;",
                           "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN",
                           "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Nam"]


def test_digital_pdf_task_table_over_pages_is_one_table_of_rows():
    doc = read_document(fx.render_digital_pdf_bytes(layout_text("L01")), "l01.pdf", Settings())
    rows = [x for x in lines_of(doc) if " | " in x]
    assert rows[0] == "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"
    assert len(rows) == 15  # the header once, though the table runs over three pages
    assert sum(bool(p.tables) for p in doc.pages) >= 2
    # merged cells ("Quý III/2025" over tasks 2 and 3) are read in every row they cover
    assert rows[2].endswith("| Văn phòng Ủy ban nhân dân tỉnh | Ủy ban nhân dân các huyện, thị xã, thành phố | Quý III/2025")
    assert rows[3].endswith("| Sở Tài chính | Ngân hàng Nhà nước khu vực 10 | Quý III/2025")
    # every word of a row keeps its box on its page
    page = next(p for p in doc.pages if p.tables)
    row_line = next(ln for ln in page.lines if ln.table is not None and ln.row == 1)
    boxed = [w for w in page.words if row_line.start <= w.start < row_line.end]
    assert boxed and all(w.box for w in boxed)
    cell = page.tables[0].rows[1].cells[2]
    assert cell.header == "Cơ quan chủ trì" and cell.box


def test_layout_off_gives_the_plain_text_layer():
    data = fx.render_digital_pdf_bytes(layout_text("L02"))
    plain = read_document(data, "l02.pdf", Settings(pdf_layout=False))
    assert not any(p.lines or p.tables for p in plain.pages)
    assert not any(" | " in x for x in lines_of(plain))


# ------------------------------------------------------------------------------------ DOCX


def test_docx_table_rows_merged_cells_and_bold_lines():
    doc = read_document(fx.render_docx_bytes(layout_text("L01")), "l01.docx", Settings())
    rows = [x for x in lines_of(doc) if " | " in x]
    assert len(rows) == 15 and rows[3].endswith("| Sở Tài chính | Ngân hàng Nhà nước khu vực 10 | Quý III/2025")
    page = doc.pages[0]
    title = next(ln for ln in page.lines if page.text[ln.start:ln.end] == "KẾ HOẠCH")
    assert title.bold and title.align == "center"
    assert page.tables[0].rows[1].cells[2].header == "Cơ quan chủ trì"
    # header block: issuer column, then motto column
    assert lines_of(doc)[:3] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 152/KH-UBND"]


# --------------------------------------------------------------------- Word 97-2003 (.doc)

needs_libreoffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (scripts/setup.sh) missing")


def test_ole2_files_are_told_apart_by_their_word_stream():
    assert sniff((DATA / "originals" / "O01_cantho-qd09-2010-quyet-dinh.doc").read_bytes(), "a.doc") == "doc"
    with pytest.raises(PipelineError) as err:
        sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024, "a.xls")
    assert err.value.kind == "unsupported_type"


@needs_libreoffice
def test_doc_is_read_with_its_header_columns():
    doc = read_document((DATA / "originals" / "O01_cantho-qd09-2010-quyet-dinh.doc").read_bytes(), "O01.doc")
    assert doc.media_type == "doc" and "LibreOffice" in doc.warnings[0]
    lines = [x.strip() for x in lines_of(doc)]
    assert lines[:6] == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "Số:09/2010/QĐ-UBND",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Cần Thơ, ngày 21 tháng  01  năm 2010"]


@needs_libreoffice
def test_doc_is_read_with_its_tables():
    doc = read_document((DATA / "originals" / "O03_vptw-hd36-2018-the-thuc-van-ban-dang.doc").read_bytes(), "O03.doc")
    tables = [t for p in doc.pages for t in p.tables]
    assert len(tables) == 1 and len(tables[0].rows) >= 30
    assert tables[0].header[:5] == ["TT", "Thành phần thể thức", "Loại chữ", "Cỡ chữ", "Kiểu chữ"]
    assert "1. | Tiêu đề \"Đảng Cộng sản Việt Nam\" | In hoa | 15 | Đứng, đậm | ĐẢNG CỘNG SẢN VIỆT NAM" in lines_of(doc)


@needs_libreoffice
def test_doc_text_boxes_stand_on_lines_of_their_own():
    # a real draft decision (.doc): "DỰ THẢO" stamps in text boxes anchored in the "Số:" line were
    # glued to the symbol ("Số: /QĐ-BCĐDỰ THẢODỰ THẢO"), the drawing's fallback copy twice
    doc = read_document((DATA / "originals" / "O07_lamdong-bcd-qd-2025-du-thao-thanh-lap-to-giup-viec-cchc.doc")
                        .read_bytes(), "O07.doc")
    lines = [x.strip() for x in lines_of(doc)]
    assert "Số: /QĐ-BCĐ" in [" ".join(x.split()) for x in lines]
    assert "DỰ THẢO" in lines and not any("BCĐDỰ" in x or "THẢODỰ" in x for x in lines)
    assert extract_document((DATA / "originals" / "O07_lamdong-bcd-qd-2025-du-thao-thanh-lap-to-giup-viec-cchc.doc")
                            .read_bytes(), "O07.doc").to_json()["document"]["symbol"] == "QĐ-BCĐ"


def test_real_docx_task_table_rows():
    doc = read_document((DATA / "originals" / "O11_lamdong-kh-2026-du-thao-kiem-tra-cchc.docx").read_bytes(), "O11.docx")
    rows = [x for x in lines_of(doc) if " | " in x]
    assert rows[0] == "STT | Đơn vị được kiểm tra | Thời gian kiểm tra"
    assert "2 | Sở Xây dựng | Tháng 7/2026" in rows


def test_damaged_doc_is_a_clear_error():
    with pytest.raises(PipelineError) as err:
        read_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "WordDocument".encode("utf-16-le"), "bad.doc")
    assert err.value.kind in ("corrupt", "unsupported_type")


# ------------------------------------------------------------------------ forms vs text

spec = importlib.util.spec_from_file_location("eval_layouts", SCRIPT)
eval_layouts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eval_layouts)


@pytest.fixture(scope="module")
def digital_and_docx(tmp_path_factory):
    return eval_layouts.evaluate(["text", "digital", "docx"], tmp_path_factory.mktemp("layouts"), workers=0)


def test_digital_pdf_and_docx_score_as_the_text(digital_and_docx):
    assert eval_layouts.failures(digital_and_docx) == []
    text = digital_and_docx[0]
    assert text["form"] == "text" and text["gold"]["references"] == 1.0


# ----------------------------------------------------------------------------- scanned tables


def test_scanned_task_table_is_read_as_rows():
    from pipeline.ocr import check_tesseract

    try:
        check_tesseract("vie")
    except PipelineError:
        pytest.skip("Tesseract with Vietnamese is missing (scripts/setup.sh)")
    images = fx.render_scan_images(layout_text("L02"), degradation="mild", seed=0)
    doc = read_document(fx.scan_pdf_bytes(images[:1]), "l02-scan.pdf", Settings())
    page = doc.pages[0]
    assert page.method == "ocr" and len(page.tables) == 1
    table = page.tables[0]
    assert len(table.rows) == 5 and len(table.rows[0].cells) == 5
    header = [" ".join(t.split()) for t in table.header]
    assert header[2] == "Đơn vị chủ trì" and header[4] == "Thời gian"
    rows = [x for x in page.text.split("\n") if " | " in x]
    assert len(rows) == 5 and rows[1].split(" | ")[2] == "Sở Nội vụ"
    # the words of a row keep their boxes (on the original, unrotated page)
    first = page.text.index(rows[1])
    boxed = [w for w in page.words if first <= w.start < first + len(rows[1])]
    assert len(boxed) >= 10 and all(w.box and w.conf is not None for w in boxed)
    # the text before and after the table is still there, in order (the heading's numeral is
    # the page's raw reading: bold "II." is read "H." as often, which ocr_repair puts right)
    assert page.text.index("NỘI DUNG, ĐỐI TƯỢNG") < first
    # each cell read on its own: short cells beside long ones are not run together
    assert rows[2].split(" | ")[3:] == ["Sở Tài chính", "Tháng 4/2025"]
    assert rows[3].split(" | ")[2:] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ", "Tháng 5/2025"]


# ------------------------------------------------------------------- reading over page breaks

# A plan whose page ends with a paragraph and whose next page opens with an agency item (the
# shape of Lâm Đồng KH 2026 "3.8. Đề nghị Ủy ban Mặt trận …" and TP HCM QĐ 2853/2025 "6. Sở
# Tài chính phối hợp …", tune documents C060 and M04, as digital PDFs): the item heading is
# a line of its own, read as on the page, not run into its first sentence.
PAGE_BREAK_PLAN = """III. TỔ CHỨC THỰC HIỆN

3.7. Sở Tư pháp

Tăng cường công tác tuyên truyền, phổ biến giáo dục pháp luật về phòng, chống tội phạm ma túy cho cán bộ, công chức, viên chức và Nhân dân trên địa bàn tỉnh.
\f3.8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên đoàn Lao động tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh, Tỉnh đoàn Thanh niên

Chỉ đạo thực hiện có hiệu quả các kế hoạch liên tịch, chương trình phối hợp hành động với Bộ Công an, tuyên truyền nâng cao nhận thức cho đoàn viên, hội viên.
\f4. Sở Tài chính phối hợp với các cơ quan, đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh bố trí dự toán kinh phí theo phân cấp ngân sách nhà nước để thực hiện Kế hoạch.
"""


def _assignments(content: bytes, name: str) -> set[tuple[str, str]]:
    from pipeline.document import extract_document

    return {(a.agency, a.role) for a in extract_document(content, name).entities["assignments"]}


@pytest.mark.parametrize("body_size", [13.0, 14.0])
def test_an_item_opening_a_page_is_read_as_a_line_of_its_own(body_size):
    text_form = _assignments(PAGE_BREAK_PLAN.encode(), "plan.txt")
    assert {("Hội Nông dân tỉnh", "lead"), ("Sở Tài chính", "lead")} <= text_form
    pdf = fx.render_digital_pdf_bytes(PAGE_BREAK_PLAN, body_font_size=body_size)
    assert _assignments(pdf, "plan.pdf") == text_form
    assert _assignments(fx.render_docx_bytes(PAGE_BREAK_PLAN, body_font_size=body_size), "plan.docx") == text_form


# A paragraph of its own under a heading (the heading names the body, the paragraph its task)
# is read apart from the heading in every form (Bộ VHTTDL QĐ 4385/2025, tune C018; Quảng Ninh
# MTTQ HD 2025, tune C054): a DOCX paragraph and a PDF paragraph set apart by its spacing end
# with a blank line, as a text writes them, not a single line break the normalizer would join.
PARAGRAPHS_PLAN = """IV. TỔ CHỨC THỰC HIỆN

**3. Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương**

Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:

a) Tổ chức thực hiện quản lý nhà nước về văn hóa, thể thao tại địa phương trong phạm vi nhiệm vụ, quyền hạn được giao.

Nội dung, trình tự dự kiến người của thôn, tổ dân phố để giới thiệu ứng cử đại biểu Hội đồng nhân dân cấp xã

Trưởng ban công tác Mặt trận phối hợp với Chi hội trưởng các đoàn thể họp với Bí thư chi bộ, Trưởng thôn hoặc Tổ trưởng tổ dân phố dự kiến người của thôn, tổ dân phố giới thiệu ứng cử.
"""


@pytest.mark.parametrize("body_size", [13.0, 14.0])
def test_paragraphs_stay_apart_in_every_form(body_size):
    text_form = _assignments(PARAGRAPHS_PLAN.encode(), "plan.txt")
    assert ("Chi hội trưởng các đoàn thể", "support") in text_form
    assert any(agency.startswith("Sở Văn hóa, Thể thao và Du lịch") and role == "lead" for agency, role in text_form)
    pdf = fx.render_digital_pdf_bytes(PARAGRAPHS_PLAN, body_font_size=body_size)
    assert _assignments(pdf, "plan.pdf") == text_form
    assert _assignments(fx.render_docx_bytes(PARAGRAPHS_PLAN, body_font_size=body_size), "plan.docx") == text_form
    docx = read_document(fx.render_docx_bytes(PARAGRAPHS_PLAN, body_font_size=body_size), "plan.docx", Settings())
    assert "\n\nChủ trì, phối hợp" in docx.pages[0].text


# A page of short paragraphs set apart by their spacing (Bắc Ninh KH 141/2025, tune 05): the
# step between paragraphs is the page's most common one, yet the body's line pitch is the
# step inside a paragraph, and a paragraph whose last line is full does not run into the next.
SHORT_PARAGRAPHS = "\n\n".join(
    ["7. Đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong công tác xây dựng pháp luật"]
    + [f"- {task}\n\n*Đơn vị chủ trì tham mưu thực hiện:* {lead}\n\n*Thời gian thực hiện:* {when}"
       for task, lead, when in [
           ("Tăng cường ưu tiên ứng dụng công nghệ số và đẩy mạnh triển khai áp dụng (AI) trong công tác xây dựng "
            "và thực thi pháp luật.", "Sở Khoa học và Công nghệ.", "Thường xuyên."),
           ("Ra mắt AI pháp luật hỗ trợ cho cán bộ, công chức, viên chức trên địa bàn tỉnh.", "Sở Tư pháp.",
            "Tháng 12/2025."),
           ("Cập nhật, khai thác, sử dụng hiệu quả Cổng pháp luật quốc gia.", "Sở Tư pháp.", "Thường xuyên."),
           ("Thực hiện kịp thời, đầy đủ cơ chế, chính sách, chế độ hỗ trợ đối với người trực tiếp làm công tác "
            "xây dựng pháp luật.", "Sở Tài chính.", "Hằng năm."),
       ]]) + "\n"


def test_a_page_of_short_paragraphs_keeps_them_apart():
    doc = read_document(fx.render_digital_pdf_bytes(SHORT_PARAGRAPHS), "p.pdf", Settings())
    lines = lines_of(doc)
    assert "Đơn vị chủ trì tham mưu thực hiện: Sở Khoa học và Công nghệ." in lines
    assert not any("pháp luật. Đơn vị" in x for x in lines)
    assert _assignments(fx.render_digital_pdf_bytes(SHORT_PARAGRAPHS), "p.pdf") == \
        _assignments(SHORT_PARAGRAPHS.encode(), "p.txt")


def test_docx_centred_paragraphs_of_a_title_stay_together():
    # (Lâm Đồng TB 2026, original O06: the title set as two centred paragraphs)
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    for text in ("THÔNG BÁO", "Kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy,",
                 "Phó Chủ tịch UBND tỉnh tại buổi kiểm tra tiến độ"):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("Ngày 10/3/2026, đồng chí Nguyễn Hồng Hải đã kiểm tra tiến độ thực hiện dự án.")
    buf = io.BytesIO()
    document.save(buf)
    text = read_document(buf.getvalue(), "tb.docx", Settings()).pages[0].text
    assert text.startswith("THÔNG BÁO\nKết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy,\n"
                           "Phó Chủ tịch UBND tỉnh tại buổi kiểm tra tiến độ\n\nNgày 10/3/2026")

# ------------------------------------------------------- Word/LibreOffice-made PDFs (word form)

RIGHT_EDGE = 538.0  # the right margin of an A4 page with 20 mm margins
BODY_LINE = "Phát huy vai trò lãnh đạo của các cấp ủy, tổ chức Đảng, chỉ đạo, quản lý, điều hành của"


def placed_line(texts, x0, top, gaps, size=10.0, char=5.0):
    """Words of one printed line: ``texts`` from ``x0`` with the given gap after each word (or
    one gap between all of them)."""
    if isinstance(gaps, (int, float)):
        gaps = [gaps] * (len(texts) - 1)
    assert len(gaps) == len(texts) - 1
    words, x = [], x0
    for t, gap in zip(texts, [*gaps, 0.0]):
        words.append(Word(t, 0, len(t), (x, top, x + char * len(t), top + size)))
        x += char * len(t) + gap
    return words


def justified(texts, x0, top, right=RIGHT_EDGE, char=5.0):
    """A line stretched by the word processor from ``x0`` to ``right``: equal word gaps."""
    ink = sum(char * len(t) for t in texts)
    gap = (right - x0 - ink) / (len(texts) - 1)
    return placed_line(texts, x0, top, [gap] * (len(texts) - 1), char=char)


def body_line(top):
    texts = BODY_LINE.split()
    return justified(texts, 85.0, top, char=(RIGHT_EDGE - 85.0 - 2.5 * (len(texts) - 1)) / sum(map(len, texts)))


def segment_texts(words):
    from pipeline.layout import analyse_page

    return [s.text for s in analyse_page(words, list(range(len(words))), [], 595.0).segments]


@pytest.mark.parametrize("line, expected", [
    # C002 as Word/LibreOffice PDF: a paragraph line ending in a manual line break is stretched
    # over the whole line; its word gaps (71 pt) are all alike: one line, not five columns
    (justified("Thực hiện Quyết định số".split(), 113.6, 100), ["Thực hiện Quyết định số"]),
    # a heading whose second word is pushed to the right margin ("I." … "MỤC")
    (justified(["I.", "MỤC"], 114.0, 100), ["I. MỤC"]),
    (justified("d) Phối hợp chặt chẽ với Bộ".split(), 114.2, 100), ["d) Phối hợp chặt chẽ với Bộ"]),
    # a letterhead line: ordinary word gaps beside the wide one — two columns
    (placed_line("Số: 153/KH-UBND Cần Thơ, ngày 17".split(), 110, 100, [3, 150, 3, 3, 3]),
     ["Số: 153/KH-UBND", "Cần Thơ, ngày 17"]),
    # wide, equal gaps that stop short of the right edge: figures in columns, not a justified line
    (placed_line(["10", "20", "30"], 200, 100, [60, 60]), ["10", "20", "30"]),
    # wide gaps that differ: a form's fields, not a justified line
    (placed_line(["Ngày:", "Nơi:", "Ký:"], 90, 100, [120, 268]), ["Ngày:", "Nơi:", "Ký:"]),
])
def test_justified_line_stretched_over_the_text_frame_is_one_segment(line, expected):
    words = body_line(80) + line + body_line(120)
    assert segment_texts(words)[1:-1] == expected


def test_line_stretched_to_the_margin_by_a_manual_break_does_not_run_on():
    # C004 as Word/LibreOffice PDF: the signature set as a justified paragraph with manual line
    # breaks; Word stretches "KT. CHỦ TỊCH" and "PHÓ CHỦ TỊCH" over the line, so they reach the
    # right margin as a wrapped line does, yet the next line's first word would have fitted:
    # they are lines of their own ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn …" lost the signer)
    from pipeline.layout import analyse_page, compose_page

    words = (body_line(80) + placed_line("tổ chức triển khai có hiệu quả.".split(), 85, 94, 2.5)
             + justified("KT. CHỦ TỊCH".split(), 85, 108) + justified("PHÓ CHỦ TỊCH".split(), 85, 122)
             + placed_line("Nguyễn Thị Ngọc Điệp".split(), 85, 136, 2.5))
    layout = analyse_page(words, list(range(len(words))), [], 595.0)
    text, _, _ = compose_page(layout, (85.0, RIGHT_EDGE), 14.0)
    assert text.split("\n") == [BODY_LINE + " tổ chức triển khai có hiệu quả.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                "Nguyễn Thị Ngọc Điệp"]


def test_symbol_broken_after_its_hyphen_at_a_line_end_is_one_word_again():
    # C008 as Word/LibreOffice PDF: "67/2025/NĐ-" ends a line, "CP" opens the next; pdfium gives the
    # hyphen as U+FFFE with no line break ("NĐ\ufffeCP": the symbol was not recognised) and one
    # "word" boxed over both lines
    from pipeline.layout import _group_text
    from pipeline.read_pdf import _word_spans

    raw = "theo Nghị định số 67/2025/NĐ\ufffeCP của Chính phủ"
    assert [raw[a:b] for a, b in _word_spans(raw)] == ["theo", "Nghị", "định", "số", "67/2025/NĐ\ufffe", "CP", "của",
                                                        "Chính", "phủ"]
    # read in another order (a table on the page): the halves stay glued, other words spaced
    text = raw.replace("\ufffe", "-")
    spans = list(_word_spans(raw))
    words = [Word(text[a:b], a, b, (float(a), 0.0, float(b), 10.0)) for a, b in spans]
    joined, placed = _group_text([Segment(words, list(range(len(words))))], 100)
    assert joined == text
    assert [joined[w.start - 100:w.end - 100] for w in placed] == [w.text for w in words]


def test_a_grey_scans_faint_strokes_stay_in_a_cells_crop():
    """On the grey 100-dpi real scan Q03 (page 5, a ruled list of members), the row numbers'
    thin strokes are lighter than ``CELL_INK``: a cell cropped to its dark ink alone cut the
    foot off "2" (read "7") and the lower bowl off "3" (read "1").  The faint strokes near the
    dark ink are part of the crop (``ocr._cell_ink_box``): each row number's crop is as tall
    as that of "1", whose stroke is dark from top to foot (before: 100 and 124 px against
    144)."""
    from pathlib import Path

    import pypdfium2 as pdfium

    from pipeline.ocr import cut_table_cells, render_pdf_page
    from pipeline.tables import find_scanned_tables

    pdf = Path(__file__).resolve().parent / "data/scans/Q03_lamdong-cat-ttr409-2025-xa-phuong-khong-ma-tuy_p5.pdf"
    document = pdfium.PdfDocument(str(pdf))
    try:
        image, dpi = render_pdf_page(document[0], 300)
    finally:
        document.close()
    image, rulings = find_scanned_tables(image.convert("L"), dpi)
    _blanked, cells = cut_table_cells(image, rulings, dpi)
    first_column = min(x for _cell, (x, _y) in cells)
    numbers = sorted(((y, cell) for cell, (x, y) in cells if x < first_column + 0.3 * dpi), key=lambda item: item[0])
    header, one, two, three = (cell for _y, cell in numbers[:4])
    assert two.height >= 0.95 * one.height and three.height >= 0.95 * one.height, (one.size, two.size, three.size)
