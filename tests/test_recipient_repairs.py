"""OCR slips in the small print of a "Nơi nhận" list, from the real scans of
tests/data/real_scans (the lines as the pipeline read them, and as the page prints them), and
the readers' vote over a unit's code (pipeline.ocr.code_lookalikes / code_majority)."""

import pytest

from pipeline import ocr
from pipeline.ocr_repair import apply_repairs, find_repairs


def repaired(text: str) -> str:
    return apply_repairs(text, find_repairs(text))


LIST_Q01 = """Nơi nhận:
- Như kính gửi;
- {tk1} (để b/c đ/c Bộ trưởng);
- TK5 (để b/c đ/c Thứ trưởng);
- Đ/c Bí thư Tỉnh ủy Lâm Đồng (để {bc});
- Đ/c Chủ tịch HĐND tỉnh Lâm Đồng (để b/c);
- Văn phòng Bộ Công an (để p/h);
- Giám đốc Công an tỉnh Lâm Đồng (để p/h);
- Lưu: VT, P6.

CỤC TRƯỞNG"""


@pytest.mark.parametrize("read, printed", [
    # Q01: a secretary's number read as a letter, beside TK5; a note's c read as e
    (LIST_Q01.format(tk1="TKI", bc="b/e"), LIST_Q01.format(tk1="TK1", bc="b/c")),
    (LIST_Q01.format(tk1="TKl", bc="p/b"), LIST_Q01.format(tk1="TK1", bc="p/h")),
    # P01: the approver's initials written after the archive line's closing point
    ("Nơi nhận:\n- Như trên;\n- CT, các PCT;\n- CVP, PVP (ô.Kiên);\n- Lưu: VT, KSTTHC (L-40b). 4\n\nTL.CHỦ TỊCH",
     "Nơi nhận:\n- Như trên;\n- CT, các PCT;\n- CVP, PVP (ô.Kiên);\n- Lưu: VT, KSTTHC (L-40b).\n\nTL.CHỦ TỊCH"),
    # … and the "b" (bản) of its count of copies read as a capital (Tesseract at 24)
    ("Nơi nhận:\n- Như trên;\n- CT, các PCT;\n- Lưu: VT, KSTTHC (L-40Đ). 4\n\nTL.CHỦ TỊCH",
     "Nơi nhận:\n- Như trên;\n- CT, các PCT;\n- Lưu: VT, KSTTHC (L-40b).\n\nTL.CHỦ TỊCH"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT, TH (02đ).", "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH (02b)."),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT, PC04. ¬", "Nơi nhận:\n- Như trên;\n- Lưu: VT, PC04."),
    # a speck glued to the archive line's point (heavy scans: "- Ban Tuyên giáo Tỉnh ủy; ˆ")
    ("Nơi nhận:\n- Như trên;\n- Lưu VT, TH (02b).ˆ", "Nơi nhận:\n- Như trên;\n- Lưu VT, TH (02b)."),
    # "Lưu" read without its horn or with a tone; a speck before an item's dash
    ("Nơi nhận:\n- Như trên;\n- Luu: VT, NV.", "Nơi nhận:\n- Như trên;\n- Lưu: VT, NV."),
    ("Nơi nhận:\n- Như trên;\n- Lựu VT, TH.", "Nơi nhận:\n- Như trên;\n- Lưu VT, TH."),
    ("Nơi nhận:\n- Như trên;\n- Sở Nội vụ;\n.- Lưu: VT.", "Nơi nhận:\n- Như trên;\n- Sở Nội vụ;\n- Lưu: VT."),
    # police departments numbered alike: PCO4 beside PC06
    ("Nơi nhận:\n- PC06 (để t/h);\n- PCO4 (để p/h);\n- Lưu: VT.", "Nơi nhận:\n- PC06 (để t/h);\n- PC04 (để p/h);\n- Lưu: VT."),
    # a code of one head letter and two digits, beside its sibling of the same length
    ("Nơi nhận:\n- Cục CSGT (C08);\n- Lưu: VT, CO8.", "Nơi nhận:\n- Cục CSGT (C08);\n- Lưu: VT, C08."),
    # the underlined label of a party document read with its words run together and its
    # underline after it (tune C043 as a mild scan: the whole list was lost)
    ("Nơinhận_:\n- Ban Bí thư (để báo cáo),\n- Lưu Văn phòng Trung ương Đảng.",
     "Nơi nhận:\n- Ban Bí thư (để báo cáo),\n- Lưu Văn phòng Trung ương Đảng."),
    ("Nơinhận:\n- Như trên;\n- Lưu: VT.", "Nơi nhận:\n- Như trên;\n- Lưu: VT."),
    ("_ Nơinhận_:\n- Như trên;\n- Lưu: VT.", "_ Nơi nhận:\n- Như trên;\n- Lưu: VT."),
])
def test_recipient_list_repairs(read, printed):
    assert repaired(read) == printed


@pytest.mark.parametrize("text", [
    # as printed (Q01, Q02, Q04, P04)
    LIST_Q01.format(tk1="TK1", bc="b/c"),
    "Nơi nhận:\n- Như kính gửi;\n- Đ/c Đại tá Nguyễn Tường Vũ - PGĐCA tỉnh;\n- Lưu: VT, PC06 (Đ1).",
    "Nơi nhận:\n- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,\ncác Vụ, Cục, đơn vị trực thuộc, Công báo;\n- Lưu: VT, KSTT (2b).VTA",
    "Nơi nhận:\n- Như trên;\n- GĐ, các PGĐ;\n- Lưu: CNTT, VT.",
    # two letters from two notes ("b/h": b/c or p/h or t/h): left as read
    "Nơi nhận:\n- UBND tỉnh (để b/h);\n- Lưu: VT.",
    # notes the lists really use, one letter from another note: "đ/b" (để biết, Bắc Ninh's
    # VPUB list) by "đ/c", "t/d" (theo dõi) by "t/h" (review 0.9b: were rewritten)
    "Nơi nhận:\n- VPUB: + CVP, các PCVP (đ/b);\n- Lưu: VT.",
    "Nơi nhận:\n- Sở Nội vụ (để t/d);\n- Lưu: VT.",
    # "p/b" is one letter from "p/h" and from "đ/b", and the list writes neither: left as read
    # (beside "(để p/h)" elsewhere in the list it is repaired: LIST_Q01 above)
    "Nơi nhận:\n- Sở Nội vụ (để p/b);\n- Lưu: VT.",
    # the typist's initials are letters: kept
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH. NVA",
    # a team's code puts its letter first; a count of copies not closing the line is left
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, PC06 (Đ1).",
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH (02Đ), NVA.",
    # a code with no numbered sibling stays as read (nothing tells ĐI from Đ1)
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, PC06 (ĐI).",
    # a person named Lựu in a list is no archive line
    "Nơi nhận:\n- Bà Lựu, Trưởng phòng;\n- Lưu: VT.",
    # outside a "Nơi nhận" list nothing of this is touched
    "Theo đề nghị của TKI (b/e).\n- Lưu ý: số liệu tại ngày 30. 4",
    # a procedure's "Nơi nhận hồ sơ" opens no list (review 0.9b)
    "Nơi nhận hồ sơ: Bộ phận một cửa;\nQuốc lộ QL1 và QLI (theo p/b).",
    # a word of the list beside a short numbered code: "CS" (Cảnh sát) by "C05", "ĐB" (đại biểu)
    # by "Đ1", "PGS" by "P6" (review 0.9b: were "C5", "Đ8", "P65")
    "Nơi nhận:\n- Đội CS kinh tế;\n- CS, CB;\n- Lưu: VT, C05.",
    "Nơi nhận:\n- Các ĐB HĐND tỉnh;\n- Lưu: VT, PC06 (Đ1).",
    "Nơi nhận:\n- PGS.TS Nguyễn Văn A;\n- Lưu: VT, P6.",
    # a signature's "T/M" read into the list is no note ("t/h" one letter away)
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, P2.\nT/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
])
def test_recipient_lists_left_as_read(text):
    assert repaired(text) == text


@pytest.mark.parametrize("ours, theirs, expected", [
    ("(ĐI).", "(Đ1),", True),   # Q02's drafting team, Tesseract at 92
    ("PG.", "P6.", True),       # Q01's unit, Tesseract sure of a G
    ("TKI", "TK1", True),
    ("PCO4", "PC04", True),
    ("II.", "11.", False),      # a heading's numeral: ocr_repair's rules read it
    ("Bộ", "8ộ", False),        # a word, not a code
    ("BỘ", "8Ộ", False),        # in capitals too: a toned capital is no code's (review 0.9b)
    ("SỞ", "5Ở", False),
    ("GIÁO", "G1ÁO", False),
    ("Đồng", "Đổng", False),
    ("VT,", "VT,", False),
    ("KSTT", "KS7T", False),    # 7 is no look-alike of T here
    ("(2b).vrA", "(2b).vtA", False),
])
def test_code_lookalikes(ours, theirs, expected):
    assert ocr.code_lookalikes(ours, theirs) is expected


@pytest.mark.parametrize("ours, theirs, third, expected", [
    ("(ĐI).", "(Đ1),", "(Đ1).", "(Đ1)."),  # Q02: each glyph as two readers read it
    ("TKI", "TK1", "TKI", "TKI"),           # Q01: the third reader sides with Tesseract
    ("PG.", "P6.", "P6.", "P6."),
    ("PG.", "P6.", "P6", None),             # another length: no vote
    ("PG.", "P6,", "PB;", None),            # no majority on a glyph
])
def test_code_majority(ours, theirs, third, expected):
    assert ocr.code_majority(ours, theirs, third) == expected


# The "Nơi nhận" blocks of the real scans as the pipeline read them before these repairs
# (vnplan 0.8.0), and the items their gold (tests/data/real_scans/gold) holds.
@pytest.mark.parametrize("block, items", [
    ("Nơi nhận:\n- Như kính gửi;\n- TKI (để b/c đ/c Bộ trưởng);\n- TK5 (để b/c đ/c Thứ trưởng);\n"
     "- Đ/c Bí thư Tỉnh ủy Lâm Đồng (để b/e);\n- Đ/c Chủ tịch HĐND tỉnh Lâm Đồng (để b/c);\n"
     "- Văn phòng Bộ Công an (để p/h); ¬\n- Giám đốc Công an tỉnh Lâm Đồng (để p/h);\n- Lưu: VT, P6.\n\n"
     "CỤC TRƯỞNG\n\nThiếu tướng Ngô Thanh Bình",
     ["Như kính gửi", "TK1 (để b/c đ/c Bộ trưởng)", "TK5 (để b/c đ/c Thứ trưởng)",
      "Đ/c Bí thư Tỉnh ủy Lâm Đồng (để b/c)", "Đ/c Chủ tịch HĐND tỉnh Lâm Đồng (để b/c)",
      "Văn phòng Bộ Công an (để p/h)", "Giám đốc Công an tỉnh Lâm Đồng (để p/h)", "Lưu: VT, P6"]),
    ("Nơi nhận:\n- Như trên;\n- CT, các PCT;\n- CVP, PVP (ô.Kiên);\n- Lưu: VT, KSTTHC (L-40b). 4\n\n"
     "TL.CHỦ TỊCH\nCHÁNH VĂN PHÒNG",
     ["Như trên", "CT, các PCT", "CVP, PVP (ô.Kiên)", "Lưu: VT, KSTTHC (L-40b)"]),
])
def test_recipients_of_real_scans(block, items):
    from pipeline.metadata import recognize_metadata
    from tests.support.texts import structure

    st = structure("CÔNG VĂN\nV/v triển khai\n\nNội dung.\n" + block, "ocr")
    assert recognize_metadata(st)["recipients"].value == items


def _seconds(run) -> float:
    import time
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


@pytest.mark.parametrize("mark", [")", "."])
def test_a_long_archive_line_is_read_in_linear_time(mark):
    """The handwriting after the archive line's point is looked for at the line's end only (a
    look-behind back to "Lưu" tried at every point of the line: 14 s on 240 KB, review 0.9b)."""
    from pipeline.ocr_repair import _repair_recipient_lists
    text = "Nơi nhận:\n- Lưu: " + f"x{mark} " * 80000 + "\n"
    assert _seconds(lambda: _repair_recipient_lists(text, {}, set())) < 1.0
