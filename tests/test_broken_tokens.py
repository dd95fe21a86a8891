"""Tokens a word processor broke over two lines ("92/2009/T" | "T- BTC" in a narrow task-table
cell, "2026-" | "2031" in a title) are read back whole.  Word boxes are those LibreOffice laid
out for the corpus documents N01 (nghean-kh980-2025) and 10 (dongnai-kh179-2025) converted to
PDF (scripts/eval_layouts.py, form ``word``)."""

import pytest

from pipeline.models import Word
from pipeline.tables import cell_text, glued_break

CELL = (155.3, 631.95, 230.8, 772.45)  # N01 p5, "Nội dung thực hiện" column


def line(*texts_and_boxes):
    return [Word(t, 0, len(t), box) for t, box in texts_and_boxes]


@pytest.mark.parametrize("before, after, width, glued", [
    # a break after a symbol's "/" or "-", or inside a range
    (line(("118/2008/", (162.3, 368.0, 222.3, 378.0))), "QĐ-TTg", None, True),
    (line(("số", (120, 0, 130, 9)), ("1968/QĐ-", (135, 0, 200, 9))), "TTg", None, True),
    (line(("kỳ", (120, 0, 130, 9)), ("2026-", (135, 0, 170, 9))), "2031", None, True),
    # a token broken where the cell ends: the lone first part fills the cell
    (line(("92/2009/T", (161.6, 732.5, 222.5, 741.6))), "T-", CELL[2] - CELL[0], True),
    (line(("01/10/202", (161.6, 732.5, 222.5, 741.6))), "0", CELL[2] - CELL[0], True),
    # ordinary line ends
    (line(("27/8/2008", (161.6, 410.0, 221.5, 419.1))), "của", CELL[2] - CELL[0], False),
    (line(("92/2009/TT-BTC", (161.6, 732.5, 222.5, 741.6))), "Bộ", CELL[2] - CELL[0], False),
    (line(("ngày", (161.2, 0, 190.0, 9))), "12/5/2009", CELL[2] - CELL[0], False),
    (line(("2025", (161.2, 0, 190.0, 9))), "2026", CELL[2] - CELL[0], False),  # a short year: not a broken token
    (line(("kinh", (120, 0, 140, 9)), ("tế -", (145, 0, 170, 9))), "xã", None, False),
    (line(("Sở", (120, 0, 130, 9)), ("Tài", (135, 0, 150, 9))), "chính", None, False),
    (line(("92/2009/T", (161.6, 0, 222.5, 9))), "T-", None, False),  # outside a cell: no width to fill
])
def test_glued_break(before, after, width, glued):
    assert glued_break(before, Word(after, 0, len(after), (161, 20, 180, 29)), width) is glued


def test_cell_text_joins_a_symbol_and_a_date_broken_in_a_narrow_cell():
    # N01 p5-6: "Thông tư số 92/2009/TT- BTC ngày 12/5/2009 và Thông tư số 85/2020/TT-BTC ngày
    # 01/10/2020 của Bộ Tài chính" in a 75-point column
    words = [
        Word("số", 0, 2, (177.8, 717.2, 190.6, 727.6)),
        Word("92/2009/T", 0, 9, (161.6, 732.5, 222.5, 741.6)),
        Word("T-", 0, 2, (160.9, 746.7, 172.3, 755.4)),
        Word("BTC", 0, 3, (177.3, 746.5, 201.9, 755.6)),
        Word("ngày", 0, 4, (161.2, 763.0, 190.0, 772.1)),
        Word("01/10/202", 0, 9, (161.6, 777.0, 222.5, 786.1)),
        Word("0", 0, 1, (161.2, 791.0, 167.0, 800.1)),
        Word("của", 0, 3, (171.5, 791.0, 190.0, 800.1)),
    ]
    cell = (CELL[0], 700.0, CELL[2], 810.0)
    assert cell_text(words, cell) == "số 92/2009/TT- BTC ngày 01/10/2020 của"
