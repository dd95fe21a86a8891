"""Assignments in letters and conclusion notices of ministries and the Government Office (issue
#11, assignments that generalize).  Each case is a sentence cut as printed from a page of the
public crawl github:tnt305/tai_lieu_noi_bo (thuvienphapluat.vn, 2025; the crawl file is named in
the comment), framed by the letter's own request so that the sentence stands in its operative part.
Judged by the contract's "Assignments anywhere" from the text (no gold exists for these pages)."""

import pytest

from pipeline.agencies import agency_extent
from tests.support.texts import assignment_entries

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
Số: 11554/VPCP-V.I
V/v nâng cao hiệu quả công tác
Hà Nội, ngày 25 tháng 11 năm 2025

Kính gửi: Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ.

Nhằm nâng cao hiệu quả công tác những tháng cuối năm 2025, Phó Thủ tướng Chính phủ có ý kiến như sau:
{body}
Văn phòng Chính phủ trân trọng thông báo đến các bộ, cơ quan liên quan./.
"""


# A board known by its programme's number keeps the number in its name: the name stopped at the
# number and the sentence gave no one.
@pytest.mark.parametrize("body, expected", [
    # 8018a6f353d60a9e (Công văn 11554/VPCP-V.I)
    ("5. Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia\ntăng cường kiểm tra, đôn đốc các cơ quan, lực lượng chức năng.",
     {("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", "lead")}),
    # 8018a6f353d60a9e: a post in apposition to its board, written as printed
    ("3. Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường\ntrực Ban Chỉ đạo 389 quốc gia tập trung lãnh đạo, chỉ đạo các đơn vị liên quan\nkhẩn trương thực hiện một số nhiệm vụ sau:",
     {("Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia", "lead")}),
])
def test_a_board_known_by_its_number(body, expected):
    assert expected <= assignment_entries(_LETTER.format(body=body))


@pytest.mark.parametrize("text, name", [
    ("Ban Chỉ đạo 389 quốc gia tăng cường", "Ban Chỉ đạo 389 quốc gia"),
    ("Ban Chỉ đạo 2025 tăng cường", "Ban Chỉ đạo"),  # a year
    ("Ban Chỉ đạo 06/2025 tăng cường", "Ban Chỉ đạo"),  # a date
])
def test_where_a_boards_name_ends(text, name):
    assert text[:agency_extent(text)] == name


# "các bộ, cơ quan Trung ương" is one group (the ministries and the central agencies), as "các
# bộ, ngành Trung ương" is: it was read as "Các bộ" and "Cơ quan Trung ương".
@pytest.mark.parametrize("body, expected, not_expected", [
    # b13aef6aad6b2169 (Thông báo 655/TB-VPCP), 98be6e047028fade (Thông báo 636/TB-VPCP): a partner
    ("II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI\n\n6. Đẩy nhanh tiến độ các dự án trọng điểm của địa\nphương; phối hợp chặt chẽ với các bộ, cơ quan Trung ương trong việc triển khai\ncác dự án trọng điểm của Trung ương trên địa bàn.",
     {("Các bộ, cơ quan Trung ương", "support")}, {("Các bộ", "support"), ("Cơ quan Trung ương", "support")}),
    # the same group as an item's subject
    ("3. Các bộ, cơ quan Trung ương phối hợp chặt chẽ với tỉnh trong việc triển khai các dự án.",
     {("Các bộ, cơ quan Trung ương", "lead")}, {("Các bộ", "lead"), ("Cơ quan Trung ương", "lead")}),
    # a body of its own named in lower case still starts a name of its own
    ("5. Các chủ rừng và lực lượng Kiểm lâm có trách nhiệm tuần tra, bảo vệ rừng.",
     {("Các chủ rừng", "lead"), ("Lực lượng Kiểm lâm", "lead")}, set()),
])
def test_ministries_and_central_agencies_are_one_group(body, expected, not_expected):
    found = assignment_entries(_LETTER.format(body=body))
    assert expected <= found and not (not_expected & found)
