"""How a list of bodies is read: where its entries part and what its items share (issue #11),
on real lines of the tuned-on corpus (each row names its source)."""
import pytest

from pipeline.agencies import agency_extent, split_agency_list
from tests.support.texts import assignment_entries


# ----------------------------------------------- a trailing complement: the area's own place
# "trên địa bàn" completes a name, and so does the unit of the place it means when the text
# writes it (the gold keeps it: "… trên địa bàn Thành phố", "… trên địa bàn tỉnh").
@pytest.mark.parametrize("text, name", [
    # TP HCM QĐ 2853/2025 (tune M04)
    ("cơ quan thông tấn, báo chí trên địa bàn Thành phố thực hiện phổ biến, tuyên truyền",
     "cơ quan thông tấn, báo chí trên địa bàn Thành phố"),
    ("cơ quan thông tấn, báo chí trên địa bàn tỉnh thực hiện phổ biến",
     "cơ quan thông tấn, báo chí trên địa bàn tỉnh"),
    # Quảng Ninh QĐ 96/2025 (tune C023): no place written, the complement alone
    ("Cơ quan Kiểm lâm trên địa bàn phối hợp", "Cơ quan Kiểm lâm trên địa bàn"),
])
def test_the_place_of_the_area(text, name):
    assert text[:agency_extent(text)] == name


def test_the_place_of_the_area_in_a_task():
    section = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nông nghiệp và Môi trường\n\n- Chủ trì, phối hợp với cơ quan\n"
               "thông tấn, báo chí trên địa bàn Thành phố thực hiện phổ biến, tuyên truyền về\n"
               "các hoạt động trong phòng chống thiên tai;\n")  # TP HCM QĐ 2853/2025 (tune M04)
    assert ("Cơ quan thông tấn, báo chí trên địa bàn Thành phố", "support") in assignment_entries(section)


# ------------------------------------------------- "và" inside one name: a board's zones
# A board named by the zones it manages: the "và" between two kinds of zone is inside the name;
# a body after "và" is another entry.
@pytest.mark.parametrize("text, name", [
    # Quảng Ngãi QĐ 1627/2025 (tune C016)
    ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi: hướng dẫn các cơ quan",
     "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"),
    # Hà Nội KH 310/2025 (tune C005)
    ("Ban Quản lý các khu công nghệ cao và khu công nghiệp tổ chức thực hiện kế hoạch",
     "Ban Quản lý các khu công nghệ cao và khu công nghiệp"),
    # TP HCM QĐ 2853/2025 (tune M04)
    ("Ban Quản lý các Khu chế xuất và công nghiệp Thành phố chủ trì", "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố"),
    # Đắk Lắk CT 10/2025 (tune C036): the verb-like words of a zone's kind
    ("Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh",
     "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên"),
    # Kon Tum QĐ 435/2020 (tune U01): a body after "và"
    ("Ban Quản lý Khu Kinh tế tỉnh và các đơn vị có liên quan", "Ban Quản lý Khu Kinh tế tỉnh"),
])
def test_a_board_of_zones(text, name):
    assert text[:agency_extent(text)] == name


def test_a_board_of_zones_as_a_partner():
    section = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính\n\n+ Sở\nTài chính phối hợp Ban Quản lý Khu kinh tế Dung Quất "
               "và các Khu công nghiệp Quảng\nNgãi: hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê.\n")
    # Quảng Ngãi QĐ 1627/2025 (tune C016)
    assert ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "support") in assignment_entries(section)


# ------------------------------------------- "và các …": a collective of its own after a body
# After "và", a collective with its own "các" is another entry after a named body (contract
# §3: named bodies listed with "và" are separate entries) — after the Front, its member
# organisations too (gold M03, R03, N05, C046: two entries; C002, C013 wrote one) — but not the
# organisations "trực thuộc" it, which point back to it (calibration gold C014: one entry).
@pytest.mark.parametrize("text, loose, names", [
    # BCĐQG 1237 KH 252/2013 (tune V02), an item that opens with a collective
    ("Các Bộ, ngành chức năng, Mặt trận Tổ quốc Việt Nam, Hội Cựu chiến binh các cấp và các tổ chức chính trị - xã hội",
     False, ["Các Bộ, ngành chức năng", "Mặt trận Tổ quốc Việt Nam", "Hội Cựu chiến binh các cấp",
             "các tổ chức chính trị - xã hội"]),
    ("Hội Cựu chiến binh các cấp và các tổ chức chính trị - xã hội", True,
     ["Hội Cựu chiến binh các cấp", "các tổ chức chính trị - xã hội"]),
    # Đắk Lắk CT 10/2025 (tune C036): departments with their own "các" after a named body
    ("UBND cấp xã và các Sở, ban, ngành quản lý quy hoạch", False, ["UBND cấp xã", "các Sở, ban, ngành quản lý quy hoạch"]),
    # Nghệ An QĐ 98/2025 (tune C022): a generic group of partners is no entry of its own
    ("Chủ tịch UBND tỉnh và các cơ quan, tổ chức có liên quan", False,
     ["Chủ tịch UBND tỉnh và các cơ quan, tổ chức có liên quan"]),
    # Đắk Lắk KH 0125/2025 (tune14 M03): the Front and its member organisations, two entries
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", True,
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"]),
    # Đồng Nai KH 182/2025 (calibration C014, whose gold writes one entry): the organisations
    # under the Front, "trực thuộc" with nothing after it
    ("Ủy ban MTTQVN tỉnh và các tổ chức chính trị - xã hội trực thuộc", False,
     ["Ủy ban MTTQVN tỉnh và các tổ chức chính trị - xã hội trực thuộc"]),
    ("Ủy ban MTTQVN tỉnh và các tổ chức chính trị - xã hội\ntrực thuộc", False,
     ["Ủy ban MTTQVN tỉnh và các tổ chức chính trị - xã hội\ntrực thuộc"]),
    # … while organisations under a parent of their own stay apart (made-up row of the shape)
    ("Ủy ban MTTQVN tỉnh và các tổ chức trực thuộc Trung ương", False,
     ["Ủy ban MTTQVN tỉnh", "các tổ chức trực thuộc Trung ương"]),
])
def test_organisations_after_a_named_body(text, loose, names):
    assert [text[s:e] for s, e in split_agency_list(text, loose=loose)] == names


def test_organisations_after_a_named_body_in_an_item():
    section = ("V. NHIỆM VỤ\n\n3. Các Bộ, ngành chức năng, các cơ quan báo chí Trung ương, địa phương, quân đội, Mặt trận "
               "Tổ quốc Việt Nam, Hội Cựu chiến binh các cấp và các tổ chức chính trị - xã hội tập trung tuyên truyền "
               "sâu rộng về chủ trương, chính sách của Đảng, Nhà nước về công tác tìm kiếm.\n")
    # BCĐQG 1237 KH 252/2013 (tune V02)
    entries = assignment_entries(section)
    assert {("Hội Cựu chiến binh các cấp", "lead"), ("Các tổ chức chính trị - xã hội", "lead")} <= entries


# ----------------------------------------- a partner's name ends before "làm tốt công tác"
# "làm tốt công tác / việc / nhiệm vụ …" (do well the work of …) is a predicate: a partner named
# before it ends there.
@pytest.mark.parametrize("text, name", [
    # Sơn La CT 29/CT-TU 2023 (real scan P03, tests/data/real_scans/gold)
    ("các cơ quan giúp việc của Tỉnh ủy làm tốt công tác theo dõi, đôn đốc, hướng dẫn",
     "các cơ quan giúp việc của Tỉnh ủy"),
    ("các ban của Tỉnh ủy làm tốt việc theo dõi", "các ban của Tỉnh ủy"),
])
def test_a_name_ends_before_doing_well(text, name):
    from pipeline.assignments import agency_list

    spans, _end = agency_list(text, keep_generic=False)
    assert [text[s:e] for s, e in spans] == [name]


def test_a_partner_before_doing_well_in_a_task():
    section = ("II. NHIỆM VỤ, GIẢI PHÁP\n\n7. Giao Đảng ủy Công an tỉnh chỉ đạo lực lượng Công an toàn tỉnh tiếp\n"
               "tục phát huy vai trò là cơ quan thường trực. Phối hợp với các cơ quan giúp việc của Tỉnh ủy làm tốt\n"
               "công tác theo dõi, đôn đốc, hướng dẫn, kiểm tra, giám sát việc quán triệt, triển khai thực hiện\n"
               "Chỉ thị này.\n")  # Sơn La CT 29/CT-TU 2023 (real scan P03)
    entries = assignment_entries(section)
    assert ("Các cơ quan giúp việc của Tỉnh ủy", "support") in entries
    assert not any("làm tốt" in name for name, _role in entries)


# ------------------------------------------ a post of several words before a known kind of body
# "Người đứng đầu" is a post of models/agency_heads.tsv (of_a_kind) as "Thủ trưởng" is, but the name
# reader asked for a post before a known body ("cơ quan ngang bộ") only of a text opening with one of
# a fixed set of first letters, which had no "N" (nor "B" of "Bộ trưởng"): the name stopped after
# "Người", the list of the Prime Minister's formula was dropped whole and the item gave no entry.
# The first letters are now those of the posts in the data.
_PM_REQUESTS = "Thủ tướng Chính phủ yêu cầu:\n"


@pytest.mark.parametrize("text, name", [
    # the Prime Minister's formula, as Công điện 230/CĐ-TTg 2025 (tune15 K02 item 2) prints it, with the
    # post the newer directives write ("Người đứng đầu")
    ("Người đứng đầu cơ quan ngang bộ, cơ quan trực thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh",
     "Người đứng đầu cơ quan ngang bộ"),
    # a known department after it (it stopped after "Người" too)
    ("Người đứng đầu Sở Y tế chịu trách nhiệm", "Người đứng đầu Sở Y tế"),
    # unchanged: the same with "Thủ trưởng", and a post of a ministry named in capitals (Công điện
    # 234/CĐ-TTg 2025)
    ("Thủ trưởng cơ quan ngang bộ, cơ quan trực thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh",
     "Thủ trưởng cơ quan ngang bộ"),
    ("Bộ trưởng Bộ Tài chính chủ trì, phối hợp với các bộ", "Bộ trưởng Bộ Tài chính"),
])
def test_a_post_of_several_words_before_a_known_kind(text, name):
    assert text[:agency_extent(text)] == name


@pytest.mark.parametrize("text, expected", [
    # Công điện 230/CĐ-TTg 2025 (tune15 K02 item 2) with "Người đứng đầu": the heads of both kinds one entry,
    # as with "Thủ trưởng" (tests/test_tune15_assignments.py)
    (_PM_REQUESTS + "2. Bộ trưởng, Người đứng đầu cơ quan ngang bộ, cơ quan trực thuộc Chính phủ, Chủ tịch Ủy ban "
     "nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo rà soát, phân loại các dự án theo hướng dẫn của "
     "Bộ Tài chính.\n",
     {("Bộ trưởng", "lead"), ("Người đứng đầu cơ quan ngang bộ, cơ quan trực thuộc Chính phủ", "lead"),
      ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead")}),
    # QĐ 170/2025 of Ban Chỉ đạo Nhà nước về Du lịch, Điều 19 (tune11 C026), "Người đứng đầu" for "Thủ trưởng":
    # the same post twice is two posts
    ("**Chương IV**\n\n**TỔ CHỨC THỰC HIỆN**\n\n**Điều 19.** Bộ trưởng, Người đứng đầu cơ quan ngang bộ, Người "
     "đứng đầu cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương có trách "
     "nhiệm tạo điều kiện để Ban Chỉ đạo Nhà nước về du lịch hướng dẫn, kiểm tra và tiến hành các hoạt động có "
     "liên quan.\n",
     {("Bộ trưởng", "lead"), ("Người đứng đầu cơ quan ngang bộ", "lead"),
      ("Người đứng đầu cơ quan thuộc Chính phủ", "lead"),
      ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", "lead")}),
    # unchanged: "Người đứng đầu" over bare unit words as the subject (Thái Nguyên-shaped items: "Người đứng
    # đầu các sở, ban, ngành …"; HCM KH 172/2025 III.c, tune7 C006: "Người đứng đầu cơ quan, tổ chức, đơn vị …")
    (_PM_REQUESTS + "3. Người đứng đầu các sở, ban, ngành chịu trách nhiệm tổ chức thực hiện nghiêm các nội dung "
     "trên.\n",
     {("Người đứng đầu các sở, ban, ngành", "lead")}),
    (_PM_REQUESTS + "3. Người đứng đầu cơ quan, đơn vị chủ động triển khai thực hiện kế hoạch đúng tiến độ.\n",
     {("Người đứng đầu cơ quan, đơn vị", "lead")}),
])
def test_a_post_of_several_words_heads_a_list_item(text, expected):
    assert assignment_entries(text) == expected
