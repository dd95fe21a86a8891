"""Assignments in letters and conclusion notices of ministries and the Government Office (issue
#11, assignments that generalize).  Each case is a sentence cut as printed from a page of the
public crawl github:tnt305/tai_lieu_noi_bo (thuvienphapluat.vn, 2025; the crawl file is named in
the comment), framed by the letter's own request so that the sentence stands in its operative part.
Judged by the contract's "Assignments anywhere" from the text (no gold exists for these pages)."""

import pytest

from pipeline.agencies import agency_extent
from pipeline.normalize import normalize_text
from tests.support.texts import assignment_entries, structure

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


# 987cadc82373c854 (Công văn 6225/BVHTTDL-VP): a task table's cell names a plural and its members
# after a colon, by commas or by "; " (a member may hold a comma: "Xuất bản, In và Phát hành"); a
# body named after the list's full stop is one of its own.
_TASK_TABLE = """Kính gửi: Các cơ quan tham mưu quản lý nhà nước thuộc Bộ.

PHỤ LỤC
DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM

STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành
{row}
"""


@pytest.mark.parametrize("row, expected", [
    ("1 | Đẩy nhanh tiến độ xây dựng 03/7 cơ sở dữ liệu chuyên ngành. | Các Cục: Di sản văn hóa, Bản quyền tác giả | Trung tâm Chuyển đổi số VHTTDL | Tháng 12/2025",
     {("Cục Di sản văn hóa", "lead"), ("Cục Bản quyền tác giả", "lead"),
      ("Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch", "support")}),
    ("4 | Thực hiện ngay việc rà soát, tái cấu trúc quy trình. | Các Cục: Bản quyền tác giả; Phát thanh truyền hình và Thông tin điện tử; Xuất bản, In và Phát hành; Báo chí; Du lịch Quốc gia Việt Nam. Vụ Kế hoạch, Tài chính. | Văn phòng Bộ, Trung tâm Chuyển đổi số VHTTDL | Theo lộ trình",
     {("Cục Bản quyền tác giả", "lead"), ("Cục Phát thanh truyền hình và Thông tin điện tử", "lead"),
      ("Cục Xuất bản, In và Phát hành", "lead"), ("Cục Báo chí", "lead"), ("Cục Du lịch Quốc gia Việt Nam", "lead"),
      ("Vụ Kế hoạch, Tài chính", "lead"), ("Văn phòng Bộ", "support")}),
])
def test_a_cells_plural_and_its_members(row, expected):
    found = assignment_entries(_TASK_TABLE.format(row=row))
    assert expected <= found and ("Báo chí", "lead") not in found


# 987cadc82373c854: the crawl lost the letter's header; its annex lists documents under "I. QUYẾT
# ĐỊNH", "II. KẾ HOẠCH", which read as the type line made the body begin in the annex.
_HEADERLESS_LETTER = """Kính gửi:
- Các cơ quan tham mưu quản lý nhà nước thuộc Bộ;
- Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch.

Trước tình hình đó, Bộ Văn hóa, Thể thao và Du lịch yêu cầu:
1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ
- Chịu trách nhiệm toàn diện trước Bộ trưởng về tiến độ, chất lượng triển khai các nhiệm vụ.
3. Vụ Tổ chức cán bộ
- Quán triệt, hướng dẫn các cơ quan, đơn vị đưa nội dung kết quả thực hiện nhiệm vụ vào công tác thi đua, khen thưởng.
4. Văn phòng Bộ
- Phối hợp với Vụ Khoa học công nghệ, Đào tạo và Môi trường trong việc nhập liệu tiến độ.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
BỘ TRƯỞNG
Nguyễn Văn Hùng

Danh mục các văn bản đã ban hành
I. QUYẾT ĐỊNH
1. Quyết định số 1381/QĐ-BVHTTDL ngày 15/5/2025 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch năm 2025.
II. KẾ HOẠCH
1. Kế hoạch số 3137/KH-BVHTTDL ngày 30/6/2025 của Bộ Văn hóa, Thể thao và Du lịch.
"""


def test_a_part_named_by_a_type_is_no_type_line():
    st = structure(_HEADERLESS_LETTER)
    assert st.doc_type != "Quyết định" and st.type_line is None
    assert {("Vụ Tổ chức cán bộ", "lead"), ("Văn phòng Bộ", "lead")} <= assignment_entries(_HEADERLESS_LETTER)


# An answer's closing informs its addressee, it gives the issuer no work: "Cục Thuế trả lời để Công
# ty … biết./." was a lead entry "Cục Thuế" (72d08272d570f412, Công văn 5537/CT-CS; the same in
# Cục Hải quan's answers, 39712/CHQ-GSQL, 40088/CHQ-GSQL, 39209/CHQ-GSQL, and 5615/CT-CS).
_ANSWER = """Kính gửi: Công ty TNHH TKG Taekwang Cần Thơ

Cục Thuế nhận được công văn số 0909/2025/TAEK/CT ngày 9/9/2025 của Công ty. Về vấn đề này, Cục Thuế có ý kiến như sau:

Căn cứ các quy định nêu trên, trường hợp Công ty khai sai dẫn đến thiếu số tiền thuế phải nộp, Công ty phải nộp đủ số tiền thuế theo quy định.

{closing}

Nơi nhận:
- Như trên;
- Lưu: VT, CS (3b).
"""


@pytest.mark.parametrize("closing", [
    "Cục Thuế trả lời để Công ty TNHH TKG Taekwang Cần\nThơ biết./.",
    "Cục Hải quan trả lời để\nHội đồng Kinh doanh Hoa kỳ - ASEAN biết./.",
    "Cục Thuế trả lời để Thuế thành phố Hồ Chí Minh biết./.",
])
def test_an_answers_closing_gives_no_work(closing):
    assert not assignment_entries(_ANSWER.format(closing=closing))


@pytest.mark.parametrize("body, expected", [
    # a body that answers voters is given work ("trả lời" without "để … biết")
    ("1. Sở Nông nghiệp và Môi trường trả lời kiến nghị của cử tri trước ngày 30/11/2025.",
     {("Sở Nông nghiệp và Môi trường", "lead")}),
])
def test_answering_is_still_work(body, expected):
    assert expected <= assignment_entries(_LETTER.format(body=body))


# b3f47f1508761da8 (Thông báo kết luận 432-TB/VPTW): an item's number in emphasis closed after a
# space ("*4.2. *Giao …", as a crawl writes it) hid the item and its "Giao".
_CONCLUSION = """Sau khi nghe Đảng uỷ Bộ Y tế báo cáo, đồng chí Tổng Bí thư kết luận như sau:
**4. ***Về phân công
nhiệm vụ của các cơ quan liên quan:*
{items}
Văn phòng Trung ương Đảng
xin thông báo để các cơ quan có liên quan biết, thực hiện.
"""


@pytest.mark.parametrize("items, expected", [
    ("*4.2. *Giao Đảng\nuỷ Công an Trung ương chủ trì, phối hợp với Đảng uỷ Bộ Tư pháp, Uỷ ban nhân dân\ncác tỉnh, thành phố chỉ đạo chính quyền cơ sở chịu trách nhiệm thực hiện đầy đủ\ncác thủ tục pháp lý.",
     {("Đảng ủy Công an Trung ương", "lead"), ("Đảng ủy Bộ Tư pháp", "support"),
      ("Ủy ban nhân dân các tỉnh, thành phố", "support")}),
    ("*4.4. *Giao Đảng\nuỷ Quốc hội chỉ đạo các cơ quan liên quan rà soát, hoàn thiện các quy định của\npháp luật liên quan về trẻ em có hoàn cảnh đặc biệt.",
     {("Đảng ủy Quốc hội", "lead")}),
])
def test_an_items_number_in_emphasis(items, expected):
    assert expected <= assignment_entries(_CONCLUSION.format(items=items))


@pytest.mark.parametrize("raw, clean", [
    ("*4.1. *Giao Đảng ủy Chính phủ: chỉ đạo.", "4.1. Giao Đảng ủy Chính phủ: chỉ đạo."),
    ("*- *Thứ trưởng Tạ Quang Đông;", "- Thứ trưởng Tạ Quang Đông;"),
])
def test_an_items_mark_out_of_its_emphasis(raw, clean):
    assert normalize_text(raw).text.strip() == clean


# The party committees named with the government (and the party's other bodies) of one place are
# one collective, as the reconciled tune gold writes "Cấp ủy, chính quyền địa phương khu vực biên
# giới …" (C060) and "Cấp ủy, tổ chức đảng, cơ quan, đơn vị …" (C041): they were read as "Cấp
# ủy" and "Chính quyền Thành phố", or not at all.
@pytest.mark.parametrize("body, expected", [
    # abca9704d4c889cd (Thông báo 641/TB-VPCP)
    ("1. Cấp ủy, chính quyền Thành phố phải xác định việc\ntổ chức và vận hành hiệu quả chính quyền địa phương 02 cấp là nhiệm vụ hết sức\nquan trọng của cả hệ thống chính trị.",
     {("Cấp ủy, chính quyền Thành phố", "lead")}),
    # b3f47f1508761da8 (Thông báo kết luận 432-TB/VPTW): a request's addressees
    ("2. Để làm tốt việc này, yêu cầu cấp uỷ, tổ chức đảng, chính\nquyền, đoàn thể các cấp tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau:",
     {("Cấp ủy, tổ chức đảng, chính quyền, đoàn thể các cấp", "lead")}),
    ("3. Các cấp ủy, chính quyền địa phương các cấp phải đi đầu trong chuyển đổi mô hình chăm sóc.",
     {("Các cấp ủy, chính quyền địa phương các cấp", "lead")}),
    # a partner
    ("4. Sở Nội vụ phối hợp với cấp ủy, chính quyền địa phương tổ chức tuyên truyền.",
     {("Sở Nội vụ", "lead"), ("Cấp ủy, chính quyền địa phương", "support")}),
])
def test_the_party_committees_and_the_government_are_one_collective(body, expected):
    found = assignment_entries(_LETTER.format(body=body))
    assert expected <= found and ("Cấp ủy", "lead") not in found


# The 2025 tax offices of the provinces ("Thuế tỉnh …") addressed together, and their heads: the
# plural and the post named no one (28219392db3ee2e0, Công văn 5363/CT-CS; c3581fb6fc76bf57,
# Công văn 5526/CT-CS).
_TAX_LETTER = """Kính gửi: Các Thuế tỉnh, thành phố.

Ngày 30/6/2025, Chính phủ ban hành Nghị định số 175/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 10/2022/NĐ-CP.
{body}
Cục Thuế thông báo để các Thuế tỉnh, thành phố biết
và thực hiện./.
"""


@pytest.mark.parametrize("body, expected", [
    ("Để bảo đảm việc thu lệ phí trước bạ từ ngày\n01/01/2026, đề nghị các Thuế tỉnh, thành phố khẩn trương báo cáo, tham mưu UBND\ntỉnh chủ động phân công các đơn vị trực thuộc xây dựng Bảng giá.",
     {("Các Thuế tỉnh, thành phố", "lead")}),
    ("**3. Về tổ chức triển khai thực hiện**\n- Giao Trưởng Thuế các tỉnh, thành phố\ntập trung chỉ đạo triển khai thực hiện các nội dung hỗ trợ NNT nêu trên.",
     {("Trưởng Thuế các tỉnh, thành phố", "lead")}),
])
def test_the_provinces_tax_offices_and_their_heads(body, expected):
    assert expected <= assignment_entries(_TAX_LETTER.format(body=body))


# a8b680520cc297f0 (Công văn 11298/VPCP-KTTH): the Government's standard addressees, a crawl's
# line broken inside them before a capital ("cơ quan ngang\nBộ") — read as "Cơ quan thuộc Chính phủ"
def test_the_ministry_level_agencies_over_a_line_break():
    body = ("Các Bộ, cơ quan ngang\nBộ, cơ quan thuộc Chính phủ nghiên cứu các nội dung, giải pháp tại Báo cáo số\n"
            "621/BC-BTC ngày 11 tháng 11 năm 2025 của Bộ Tài chính nêu trên.")
    found = assignment_entries(_LETTER.format(body=body))
    assert ("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "lead") in found
    assert ("Cơ quan thuộc Chính phủ", "lead") not in found
