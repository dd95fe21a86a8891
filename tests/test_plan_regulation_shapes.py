"""Shapes of work-giving found in regulations and programmes attached to decisions (helper
plans13): real sentences of crawled decisions of 2025 (thuvienphapluat.vn pages of
github:tnt305/tai_lieu_noi_bo, commit 56eff10, file src/etl/dataset/<name>.md; the name is
given with each case), as the contract reads them (section 3 and "Assignments anywhere").
No gold exists for these pages: each expectation is read from the sentence by the contract;
single annotator."""

import pytest

from tests.support.texts import assignment_entries


# ------------------------------------- a group's unit words stay one collective, capitalized
# "các Sở, Ban, ngành" is one collective however its unit words are cased ("collective groups
# stay whole"); a board named by its name after the comma still starts a body of its own.
@pytest.mark.parametrize("article, expected", [
    # ac0f18a2d1b4fb56 (Hà Tĩnh QĐ 74/2025, Quy định quản lý chất thải rắn sinh hoạt): the
    # heading's group was read as "Các Sở" and "Ban, ngành", two bodies that do not exist
    ("Điều 18.\nTrách nhiệm của các Sở, Ban, ngành\n\n1. Sở Nông nghiệp và Môi trường:\n\na) Tham mưu Ủy ban "
     "nhân dân tỉnh thực hiện chức năng quản lý nhà nước về phân loại, thu gom, vận chuyển và xử lý chất thải "
     "rắn sinh hoạt trên địa bàn tỉnh.\n\n5. Sở Công thương:\n\nXây dựng kế hoạch, chương\ntrình, nội dung "
     "tuyên truyền, vận động các cửa hàng, siêu thị sử dụng sản phẩm bao bì thân thiện\nmôi trường.\n",
     {("Các Sở, Ban, ngành", "lead"), ("Sở Nông nghiệp và Môi trường", "lead"), ("Sở Công Thương", "lead")}),
    # the same article's group, written in lower case, as it always read
    ("Điều 18.\nTrách nhiệm của các sở, ban, ngành\n\n1. Sở Nông nghiệp và Môi trường:\n\na) Tham mưu Ủy ban "
     "nhân dân tỉnh thực hiện chức năng quản lý nhà nước.\n",
     {("Các sở, ban, ngành", "lead"), ("Sở Nông nghiệp và Môi trường", "lead")}),
    # the same group as a subject, then a named body after it (ac0f18a2d1b4fb56, Điều 22)
    ("Điều 22. Tổ chức thực hiện\n\n1. Các Sở, Ban, ngành, Ủy ban nhân dân cấp xã tổ chức tuyên truyền nội "
     "dung Quy định này đến các tổ chức, cá nhân.\n",
     {("Các Sở, Ban, ngành", "lead"), ("Ủy ban nhân dân cấp xã", "lead")}),
    # a board named by its name after the group's comma is a body of its own (must stay apart)
    ("Điều 22. Tổ chức thực hiện\n\n1. Sở Tư pháp chủ trì, phối hợp với các Sở, Ban Dân tộc tỉnh kiểm tra "
     "việc thực hiện Quy định này.\n",
     {("Sở Tư pháp", "lead"), ("Các Sở", "support"), ("Ban Dân tộc tỉnh", "support")}),
])
def test_a_groups_unit_words_stay_one_collective(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------------------- "phối hợp cùng với" brings in partners
# "phối hợp cùng với X, Y, Z" names partners as "phối hợp với" does (support entries); the
# bare "phối hợp cùng X" keeps reading as before.
@pytest.mark.parametrize("article, expected", [
    # ef57df9384270c6e (Hải Phòng QĐ 223/2025, Quy định quản lý hoạt động thoát nước), Điều 26:
    # the three partners were missed
    ("Điều 26. Trách nhiệm của Ủy ban nhân dân các xã, phường, đặc khu\n\n6. Giám sát, quan trắc, định\nkỳ "
     "phân tích chất lượng nước thải sau xử lý đối với hệ thống thoát nước và xử\nlý nước thải trên địa bàn được "
     "giao quản lý; phối hợp cùng với Công an thành phố,\nSở Nông nghiệp và Môi trường, Thanh tra thành phố để "
     "kiểm tra, xử lý các hành\nvi vi phạm theo quy định của pháp luật.\n",
     {("Ủy ban nhân dân các xã, phường, đặc khu", "lead"), ("Công an thành phố", "support"),
      ("Sở Nông nghiệp và Môi trường", "support"), ("Thanh tra thành phố", "support")}),
    # the same article's "phối hợp với" (ef57df9384270c6e, Điều 26.2), read as before
    ("Điều 26. Trách nhiệm của Ủy ban nhân dân các xã, phường, đặc khu\n\n2. Phối hợp với Sở Xây dựng\nvà đơn "
     "vị thoát nước quản lý, bảo vệ các công trình thoát nước đô thị trên địa\nbàn quản lý.\n",
     {("Ủy ban nhân dân các xã, phường, đặc khu", "lead"), ("Sở Xây dựng", "support"),
      ("Đơn vị thoát nước", "support")}),  # the regulation's operator, named as a partner
    # a generic partner after "cùng với" names no one (must give no entry)
    ("Điều 26. Trách nhiệm của Ủy ban nhân dân các xã, phường, đặc khu\n\n5. Phối hợp cùng với các cơ quan "
     "liên quan tuyên truyền, vận động nhân dân chấp hành nghiêm chỉnh các quy định của\npháp luật về thoát "
     "nước.\n",
     {("Ủy ban nhân dân các xã, phường, đặc khu", "lead")}),
])
def test_cooperation_together_with_names_partners(article, expected):
    assert assignment_entries(article) == expected


# ----------------------------------------- how often, between a subject and its verb
# "X định kỳ hằng năm gửi báo cáo …": the recurrence says when X works, it is no part of X's name.
@pytest.mark.parametrize("article, expected", [
    # 2edf5927c71bc4c1 (TTg QĐ 2629/2025, Chương trình phát triển Chính phủ số), Điều 1 mục 5: the
    # name was read as "Các bộ, ngành, địa phương định kỳ hằng năm"
    ("Điều 1. Phê duyệt Chương trình\n\n5. Các bộ, ngành, địa phương định kỳ hằng năm gửi\nbáo cáo Bộ Khoa học "
     "và Công nghệ tình hình triển khai Chương trình trước ngày\n15 tháng 12 để tổng hợp, báo cáo Thủ tướng "
     "Chính phủ.\n",
     {("Các bộ, ngành, địa phương", "lead")}),
    # a named body and a collective at a level, each before "định kỳ hằng quý"
    ("IV. TỔ CHỨC THỰC HIỆN\n\n2. Các sở, ban, ngành, Ủy ban nhân dân cấp xã định kỳ hằng quý báo cáo kết quả "
     "về Sở Nội vụ.\n",
     {("Các sở, ban, ngành", "lead"), ("Ủy ban nhân dân cấp xã", "lead")}),
    # a name that holds no time word stays whole (must not be cut): the same item's second sentence
    ("Điều 1. Phê duyệt Chương trình\n\n5. Bộ Khoa học\nvà Công nghệ tổng hợp tình hình triển khai Chương trình, "
     "báo cáo Thủ tướng\nChính phủ trước ngày 30 tháng 01 của năm tiếp theo.\n",
     {("Bộ Khoa học và Công nghệ", "lead")}),
])
def test_how_often_is_no_part_of_the_name(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------ a crawled appendix table ends where the next appendix opens
# A crawl without blank lines runs one appendix's task table into the next one's heading and
# header row ("…\n|\n**PHỤ LỤC II**\n…\n|\n**STT**\n|"): the second table has its own columns.
# 646f0a00d4174382 (TTg QĐ 2530/2025, Kế hoạch hành động quốc gia về ô nhiễm không khí), the
# last row of Phụ lục I, then Phụ lục II's header and first row, as crawled.
_TWO_APPENDIX_TABLES = (
    "**PHỤ LỤC I**\nBẢNG PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP\n|\n**STT**\n|\n**Cơ quan chủ trì**\n|\n"
    "**Cơ quan phối hợp**\n|\n**Nội dung nhiệm\nvụ**\n|\n**Thời hạn hoàn thành**\n|\n|\n1\n|\nBộ Xây dựng\n|\n"
    "- Bộ Khoa học và Công nghệ;\n- UBND các tỉnh/thành phố.\n|\n- Hoàn thiện quy định về thu gom, vận chuyển, "
    "xử\nlý, tái chế chất thải phát sinh từ hoạt động xây dựng.\n|\nGiai đoạn 2026 - 2030\n|\n"
    "**PHỤ LỤC II**\nDANH MỤC CÁC NHIỆM VỤ, DỰ ÁN ƯU TIÊN THỰC HIỆN KẾ HOẠCH\n*(Kèm theo Quyết định số "
    "2530/QĐ-TTg ngày 19 tháng 11 năm 2025 của Thủ tướng\nChính phủ)*\n|\n**STT**\n|\n**Tên dự án, nhiệm\nvụ**\n|\n"
    "**Nội dung chính**\n|\n**Cơ quan chủ trì[1]**\n|\n**Cơ quan phối hợp**\n|\n**Tình trạng**\n|\n"
    "**Thời gian thực\nhiện**\n|\n|\n1\n|\nXây dựng lộ trình cung ứng nhiên liệu và kiểm\nsoát chất lượng nhiên "
    "liệu\n|\n- Sản phẩm: Lộ trình cung ứng nhiên liệu được xây\ndựng và ban hành.\n|\nBộ Công Thương\n|\n"
    "Ngân hàng Nhà nước Việt Nam\n|\nThực hiện mới\n|\nNăm 2026\n|\n")


def test_an_appendix_heading_ends_a_crawled_table():
    entries = assignment_entries(_TWO_APPENDIX_TABLES)
    # the second table's lead and partner, read under its own header
    assert ("Bộ Công Thương", "lead") in entries
    assert ("Ngân hàng Nhà nước Việt Nam", "support") in entries
    # the first table's row keeps reading as before (must stay)
    assert {("Bộ Xây dựng", "lead"), ("Bộ Khoa học và Công nghệ", "support")} <= entries
    # the second table's task text is no agency of the first table's partner column (must go)
    assert not any(agency.startswith("Xây dựng lộ trình") for agency, _ in entries)


# --------------------------------------------- a task table's partner cell, member by member
# 646f0a00d4174382 (TTg QĐ 2530/2025, Phụ lục I): a partner cell lists its members as bullets;
# a member closed by "và các bộ, ngành liên quan" is the named body alone (the class names no
# one), and a ten-word name holding "và" is read whole (the bullet is no word of it).
_PARTNER_BULLETS = (
    "**PHỤ LỤC I**\nBẢNG PHÂN CÔNG\n|\n**STT**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n"
    "**Nội dung nhiệm\nvụ**\n|\n**Thời hạn hoàn thành**\n|\n|\n1\n|\nUBND các tỉnh/thành phố\n|\n"
    "- Bộ Nông nghiệp và Môi trường;\n- Bộ Công Thương;\n- Bộ Xây dựng và các bộ, ngành liên quan.\n|\n"
    "- Thực hiện kiểm kê khí thải cấp địa phương.\n|\nGiai đoạn 2026 - 2030\n|\n|\n2\n|\nBộ Nông nghiệp và Môi "
    "trường\n|\n- Bộ Khoa học và Công nghệ;\n- Viện Hàn lâm Khoa học và Công nghệ Việt Nam;\n- Bộ Ngoại giao.\n|\n"
    "- Ứng dụng khoa học kỹ thuật tiên tiến trong phân\ntích nguồn gốc thành phần bụi PM2.5.\n|\n"
    "Giai đoạn 2026 - 2030\n|\n|\n3\n|\nUBND các tỉnh/ thành phố\n|\n- Bộ Khoa học và Công nghệ;\n"
    "- Bộ Nông nghiệp và Môi trường và các bộ, ngành.\n|\n- Đầu tư và hiện đại hóa hệ thống quan trắc.\n|\n"
    "Giai đoạn 2026 - 2030.\n|\n")


def test_a_partner_cells_members_are_read_whole_and_alone():
    entries = assignment_entries(_PARTNER_BULLETS)
    assert ("Bộ Xây dựng", "support") in entries
    assert ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "support") in entries
    # the class after the named body, and the name cut at its "và", must go
    assert not any("các bộ, ngành" in agency for agency, _ in entries)
    assert ("Viện Hàn lâm Khoa học", "support") not in entries
    # the cell's other members stay as they were
    assert {("Bộ Công Thương", "support"), ("Bộ Khoa học và Công nghệ", "support"), ("Bộ Ngoại giao", "support"),
            ("Ủy ban nhân dân các tỉnh/thành phố", "lead"), ("Bộ Nông nghiệp và Môi trường", "lead")} <= entries


# A cell that opens with the words "PHỤ LỤC" inside a table that goes on is no appendix heading:
# the table keeps its rows (a "Sản phẩm" column naming the form a task yields; the heading is the
# line "PHỤ LỤC" and its number alone, with a title under it).
_CELL_NAMING_AN_APPENDIX = (
    "**PHỤ LỤC**\nBẢNG PHÂN CÔNG\n|\n**STT**\n|\n**Nội dung nhiệm vụ**\n|\n**Sản phẩm**\n|\n**Cơ quan chủ trì**\n|\n"
    "**Cơ quan phối hợp**\n|\n**Thời hạn hoàn thành**\n|\n|\n1\n|\nXây dựng biểu mẫu báo cáo\n|\n"
    "PHỤ LỤC 01 kèm theo Kế hoạch\n|\nSở Tài chính\n|\nSở Nội vụ\n|\nQuý I năm 2026\n|\n|\n2\n|\n"
    "Tổng hợp báo cáo\n|\nBáo cáo\n|\nSở Y tế\n|\nSở Xây dựng\n|\nQuý II năm 2026\n|\n")


def test_a_cell_opening_with_phu_luc_does_not_end_the_table():
    assert assignment_entries(_CELL_NAMING_AN_APPENDIX) == {
        ("Sở Tài chính", "lead"), ("Sở Nội vụ", "support"), ("Sở Y tế", "lead"), ("Sở Xây dựng", "support")}
