"""Assignment shapes of central directives, conclusions and party rules that no earlier rule had
seen: a body's name alone over its "+" tasks, plurals whose members follow the kind word, brand
groups, central offices, partners of a heading broken after "phối hợp".

Every text is a real sentence or item as printed (line breaks of the crawled page kept), from the
exploration pages of github:tnt305/tai_lieu_noi_bo@56eff10 src/etl/dataset/<name>.md:
Nghị quyết 394/NQ-CP 2025 (7cfc6fdf6d7a5f5d), Công điện 225/CĐ-TTg 2025 (ac3686f6b1d64932),
Thông báo 624/TB-VPCP 2025 (74e2ddc7b11340da), Quy định 384-QĐ/TW 2025 (ca9ba61fc61bf961),
Công văn 11654/VPCP-CN 2025 (2c71d790ecdeb8d1).
"""

from __future__ import annotations

import pytest

from tests.support.texts import assignment_entries

# (Nghị quyết 394/NQ-CP 2025, part III: a dash names the ministry, its tasks follow with "+")
_RESOLUTION_TASKS = """III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

2. Tăng cường hiệu quả công tác quản lý rác thải

a) Tiếp tục hoàn thiện thể chế chính sách về quản lý rác thải

- Bộ Nông nghiệp và Môi
trường

+ Nghiên cứu, rà soát,
hoàn thiện các chính sách, pháp luật về bảo vệ môi trường.

- Bộ Công Thương

+ Ban hành theo thẩm quyền
hoặc tham mưu cấp có thẩm quyền ban hành các chính sách thúc đẩy phát triển
ngành công nghiệp môi trường.

- Bộ Xây dựng

+ Ban hành các quy định về
điều kiện an toàn kỹ thuật đối với phương tiện giao thông cơ giới chuyên dùng.

b) Hoàn thiện hạ tầng kỹ
thuật đồng bộ về phân loại, thu gom, vận chuyển, tái chế, xử lý rác thải sinh
hoạt sau phân loại

Ủy ban nhân dân các tỉnh,
thành phố trực thuộc trung ương:

- Rà soát, tổng hợp danh
mục các dự án đầu tư hạ tầng kỹ thuật về phân loại, thu gom, vận chuyển, xử lý
rác thải vào kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030.
"""


@pytest.mark.parametrize("entry", [
    ("Bộ Nông nghiệp và Môi trường", "lead"),
    ("Bộ Công Thương", "lead"),
    ("Bộ Xây dựng", "lead"),  # ("xây dựng" is a verb too: the name fills its line)
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "lead"),
])
def test_a_bodys_name_alone_over_its_items_gives_it_their_work(entry):
    assert entry in assignment_entries(_RESOLUTION_TASKS)


def test_a_name_alone_with_no_items_under_it_gives_no_work():
    # a dashed name followed by another dashed name is a list, not a body over its tasks
    entries = assignment_entries("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n\n1. Thành phần tham dự\n\n- Bộ Công Thương\n"
                                 "- Bộ Xây dựng\n")
    assert ("Bộ Công Thương", "lead") not in entries


# (Công điện 225/CĐ-TTg 2025: its items after "Thủ tướng Chính phủ yêu cầu:")
_TELEGRAM = """Để khẩn trương ứng phó, khắc phục hậu quả mưa lũ bảo đảm an toàn tính mạng, hạn chế thiệt hại
về tài sản của Nhân dân và Nhà nước, Thủ tướng Chính phủ yêu cầu:

2. Các Bộ Quốc phòng, Công an: Chỉ đạo các đơn vị
trực thuộc duy trì và huy động tối đa lực lượng, phương tiện để thực hiện công
tác tìm kiếm cứu nạn, cứu hộ.

4. Các Bộ Xây dựng và Công an: Phối hợp với Công an
các địa phương rà soát, kiểm tra, và cấm đường, hạn chế người dân đi lại ở các tuyến
đường giao thông có nguy cơ sạt lở hoặc ngập sâu nguy hiểm.

5. Bộ Khoa học và Công nghệ, các Tập đoàn VNPT, Viettel,
Mobifone khẩn trương chỉ đạo các đơn vị trực thuộc khắc phục ngay các sự cố về
thông tin liên lạc tại các vùng bị ảnh hưởng nặng.
"""


def test_a_plural_kind_with_its_members_after_it_names_each_member():
    assert assignment_entries(_TELEGRAM) == {
        ("Bộ Quốc phòng", "lead"), ("Bộ Công an", "lead"), ("Bộ Xây dựng", "lead"),
        ("Công an các địa phương", "support"), ("Bộ Khoa học và Công nghệ", "lead"),
        ("Tập đoàn VNPT", "lead"), ("Tập đoàn Viettel", "lead"), ("Tập đoàn Mobifone", "lead")}


@pytest.mark.parametrize("item, partner", [
    # a body named after the list's verb is no member of it (Công điện 225/CĐ-TTg 2025's items, each
    # with the partner its sentence goes on to name)
    ("2. Các Bộ Quốc phòng, Công an chỉ đạo các đơn vị trực thuộc huy động lực lượng, phối hợp với Ủy ban nhân dân "
     "tỉnh Nghệ An sơ tán dân.\n", ("Ủy ban nhân dân tỉnh Nghệ An", "support")),
    ("5. Bộ Khoa học và Công nghệ, các Tập đoàn VNPT, Viettel, Mobifone khẩn trương chỉ đạo các đơn vị trực thuộc "
     "khắc phục ngay các sự cố về thông tin liên lạc, phối hợp với Bộ Công an bảo đảm an ninh mạng.\n",
     ("Bộ Công an", "support")),
])
def test_a_body_named_after_a_plurals_members_is_kept(item, partner):
    entries = assignment_entries(_TELEGRAM.split("\n2.")[0] + "\n\n" + item)
    assert partner in entries
    assert not any(name in ("Công an", "Viettel", "Mobifone") for name, _ in entries)


@pytest.mark.parametrize("text, expected", [
    # (Thông báo 624/TB-VPCP 2025, III.5.l)
    ("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ\n\n5. Nhiệm vụ về phát triển KHCN\n\nl) Ủy ban nhân dân các "
     "thành phố: Hà Nội, Cần Thơ\nthực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại Công văn số "
     "10704/VPCP-KSTT ngày 04 tháng 11 năm 2025.\n",
     {("Ủy ban nhân dân thành phố Hà Nội", "lead"), ("Ủy ban nhân dân thành phố Cần Thơ", "lead")}),
    # (Công văn 11654/VPCP-CN 2025: a letter's second sentence, its plural's members before the verb)
    ("Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến như sau:\nChủ tịch Ủy ban nhân dân tỉnh Hưng Yên khẩn trương\n"
     "làm việc với các địa phương có liên quan để đảm bảo nguồn cung vật liệu xây dựng phục vụ Dự án. Ủy ban "
     "nhân dân các tỉnh: Ninh\nBình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy nhanh các thủ tục theo quy định của\n"
     "pháp luật để hỗ trợ tỉnh Hưng Yên.\n",
     {("Ủy ban nhân dân tỉnh Ninh Bình", "lead"), ("Ủy ban nhân dân tỉnh Bắc Ninh", "lead"),
      ("Ủy ban nhân dân tỉnh Phú Thọ", "lead"), ("Ủy ban nhân dân tỉnh Tuyên Quang", "lead")}),
])
def test_a_plurals_members_after_its_colon_are_named_apart(text, expected):
    assert expected <= assignment_entries(text)


# (Quy định 384-QĐ/TW 2025, Điều 18)
_PARTY_RULE = """Chương III

TỔ CHỨC THỰC HIỆN

Điều 18. Trách nhiệm của các
cơ quan, tổ chức

2. Văn phòng Trung ương Đảng có trách nhiệm:

đ) Theo dõi các cơ quan đảng, Văn phòng Chủ tịch nước,
Văn phòng Chính phủ, Văn phòng Quốc hội thực hiện Quy định này; báo cáo, tham
mưu Ban Bí thư sửa đổi, bổ sung Quy định khi cần thiết.

4. Quân ủy Trung ương chủ trì, chỉ đạo các cơ quan
chuyên môn Bộ Quốc phòng phối hợp với Văn phòng Trung ương Đảng triển khai các
giải pháp ngăn chặn, phòng ngừa, ứng phó sự cố an toàn thông tin.

7. Văn phòng Chủ tịch nước, Văn phòng Chính phủ,
Văn phòng Quốc hội phối hợp với Văn phòng Trung ương Đảng trong việc chia sẻ và
cập nhật dữ liệu, bảo đảm hạ tầng để phục vụ cho việc chia sẻ dữ liệu.
"""


@pytest.mark.parametrize("entry, present", [
    (("Quân ủy Trung ương", "lead"), True),
    (("Văn phòng Chủ tịch nước", "support"), True),  # (not cut to "Văn phòng Chủ tịch")
    (("Văn phòng Chính phủ", "support"), True),
    (("Văn phòng Quốc hội", "support"), True),
    # "Theo dõi …" names who is watched: no work for them
    (("Văn phòng Chủ tịch nước", "lead"), False),
    (("Văn phòng Quốc hội", "lead"), False),
])
def test_central_offices_asked_to_cooperate_are_partners(entry, present):
    assert (entry in assignment_entries(_PARTY_RULE)) is present


# (Thông báo 624/TB-VPCP 2025, III.5: a crawled item broken after "phối hợp", a subject with an adverb)
_CONCLUSION = """III. NHIỆM VỤ, GIẢI PHÁP TRỌNG
TÂM, CỤ THỂ

5. Nhiệm vụ về phát triển KHCN, ĐMST, CĐS và ĐA06

h) Ngân hàng Nhà nước Việt Nam và các ngân hàng
thương mại cổ phần quyết liệt triển khai hiệu quả, đúng trọng tâm, trọng điểm
Chương trình tín dụng 500 nghìn tỷ đồng.

k) Đài Truyền hình Việt Nam (VTV) chủ trì, phối hợp
Bộ Khoa học và Công nghệ, Bộ Quốc phòng, Bộ Công an, Bộ Nội vụ, Văn phòng Chính
phủ, các cơ quan liên quan xây dựng video clip tổng kết năm 2025.
"""


def test_partners_on_the_line_after_a_broken_item_stay_partners():
    assert assignment_entries(_CONCLUSION) == {
        ("Ngân hàng Nhà nước Việt Nam", "lead"), ("Các ngân hàng thương mại cổ phần", "lead"),
        ("Đài Truyền hình Việt Nam", "lead"), ("Bộ Khoa học và Công nghệ", "support"),
        ("Bộ Quốc phòng", "support"), ("Bộ Công an", "support"), ("Bộ Nội vụ", "support"),
        ("Văn phòng Chính phủ", "support")}


def test_a_paragraph_after_a_blank_line_is_no_broken_lines_object():
    # a line ending on "phối hợp" goes on on the next line only: after a blank line a new paragraph
    # names its own subject (the sentences of Thông báo 624/TB-VPCP 2025, III.5)
    section = _CONCLUSION.split("h) ")[0] + ("Đài Truyền hình Việt Nam (VTV) xây dựng video clip tổng kết năm 2025, "
                                             "phối hợp\n\nBộ Khoa học và Công nghệ tổng hợp báo cáo kết quả thực hiện năm 2025.\n")
    assert ("Bộ Khoa học và Công nghệ", "lead") in assignment_entries(section)


@pytest.mark.parametrize("text, expected", [
    # an item's topic up to its colon, its work after it, in the conclusions' operative part
    # (Thông báo 624/TB-VPCP 2025, its opening and III.2-3)
    ("Ban Chỉ đạo của Chính phủ thống nhất kết luận như sau:\nIII. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ\n\n2. Đẩy mạnh rà soát, xây dựng, hoàn thiện thể chế, cơ chế "
     "chính sách: Các bộ khẩn trương trình\nChính phủ ban hành các Nghị định hướng dẫn.\n",
     {("Các bộ", "lead")}),
    ("Ban Chỉ đạo của Chính phủ thống nhất kết luận như sau:\nIII. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ\n\n3. Khẩn trương xây dựng và ban hành chiến lược chuyển đổi số "
     "và chiến lược dữ liệu: (1) Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025; (2) Bộ Công an "
     "chủ trì, phối hợp các bộ, cơ quan liên quan ban hành hướng dẫn.\n",
     {("Thanh tra Chính phủ", "lead"), ("Bộ Công an", "lead")}),
    # the Government's request after an opening clause (Nghị quyết 394/NQ-CP 2025, after "QUYẾT NGHỊ:")
    ("QUYẾT NGHỊ:\n\nNăm 2025 là năm có ý nghĩa đặc biệt quan trọng. Để triển khai hiệu\nquả nhiệm vụ nêu trên, "
     "Chính phủ yêu cầu các bộ, ngành trung ương, Ủy ban nhân\ndân các tỉnh, thành phố trực thuộc trung ương xác "
     "định đây là nhiệm vụ chính trị\ntrọng tâm.\n",
     {("Các bộ, ngành trung ương", "lead"), ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "lead")}),
])
def test_work_given_after_a_topic_or_an_opening_clause(text, expected):
    assert expected <= assignment_entries(text)


@pytest.mark.parametrize("text, expected", [
    # a request to named bodies after an opening clause (Thông báo 637/TB-VPCP 2025, point 2)
    ("Phó Thủ tướng Chính phủ Lê Thành Long kết luận như sau:\n2. Để đảm bảo chất lượng, tiến độ hoàn thành 02\n"
     "công trình dự án, phấn đấu hoàn thành xây dựng trước ngày 30 tháng 11 năm 2025, yêu cầu Bộ Y tế, Ban Quản lý "
     "dự\nán, các nhà thầu và các bộ, cơ quan liên quan theo chức năng, nhiệm vụ, thẩm\nquyền tiếp tục quyết tâm, "
     "nỗ lực, chủ động hơn nữa.\n",
     {("Bộ Y tế", "lead"), ("Ban Quản lý dự án", "lead"), ("Các nhà thầu", "lead")}),
    # the Front's name broken over a crawled line (Nghị quyết 394/NQ-CP 2025, III.2.d)
    ("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n\nd) Tăng cường giám sát,\nthanh tra, kiểm tra, xử lý vi phạm\n\n"
     "- Đề nghị Mặt trận Tổ quốc\nViệt Nam tại địa phương\n\n+ Xây dựng kế hoạch giám\nsát việc phân loại, tiếp "
     "nhận, thu gom, vận chuyển, xử lý rác thải sinh hoạt.\n",
     {("Mặt trận Tổ quốc Việt Nam tại địa phương", "lead")}),  # the Front named alone: as printed
])
def test_requests_to_named_bodies(text, expected):
    assert expected <= assignment_entries(text)
