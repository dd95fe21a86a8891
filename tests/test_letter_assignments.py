"""Assignments in letters and notices (issue #11): Công điện and Thông báo kết luận of the public
crawl (thuvienphapluat.vn, 2025), whose work stands in numbered points that each name their
bodies, often after a colon and in lines the crawl wrapped anywhere.  Each case is cut from one
of them as printed: Công điện 217/CĐ-TTg, 221/CĐ-TTg, 231/CĐ-TTg, Thông báo 641/TB-VPCP."""

import pytest

from pipeline.structure import parse
from tests.support.texts import assignment_entries, structure

# Công điện 217/CĐ-TTg (16/11/2025): the subject line "V/V …" in capitals over the points
CONG_DIEN_217 = """THỦ TƯỚNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 217/CĐ-TTg
Hà Nội, ngày 16 tháng 11 năm 2025

CÔNG ĐIỆN

V/V CHỦ ĐỘNG PHÒNG,
TRÁNH, ỨNG PHÓ MƯA LŨ TẠI KHU VỰC TRUNG BỘ

THỦ TƯỚNG CHÍNH PHỦ điện:

- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh,
Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa;

Để chủ động phòng, tránh, ứng phó, Thủ tướng Chính phủ yêu cầu tập trung một số nhiệm vụ cụ thể sau:

1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ
Hà Tĩnh đến Khánh Hòa:

a) Tổ chức theo dõi chặt chẽ, cập nhật đầy đủ,
thông tin kịp thời về tình hình và dự báo diễn biến mưa lũ.

2. Bộ Nông nghiệp và Môi trường:

a) Chỉ đạo cơ quan dự báo khí tượng thủy văn theo
dõi chặt chẽ, dự báo, cung cấp thông tin đầy đủ.

3. Bộ Xây dựng chỉ đạo triển khai các giải pháp bảo
đảm an toàn giao thông, hoạt động xây dựng; kịp thời huy động lực lượng, phương
tiện, vật tư khẩn trương khắc phục.

5. Các Bộ: Quốc phòng, Công an chủ động chỉ đạo các
đơn vị đóng trên địa bàn rà soát kịch bản, phương án.

6. Các Bộ: Giáo dục và Đào tạo, Y tế, Khoa học và Công
nghệ, Văn hóa, Thể thao và Du lịch theo chức năng, nhiệm vụ, thẩm quyền chủ
động phối hợp với địa phương chỉ đạo các cơ quan chức năng triển khai công tác
phòng, chống, ứng phó với mưa lũ.

8. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt
Nam, Thông tấn xã Việt Nam kịp thời thông tin về tình hình mưa lũ.
"""


def test_a_letters_subject_line_in_capitals_is_no_part_v():
    st = parse(CONG_DIEN_217)
    assert [h.path for h in st.headings if h.level == 1] == []
    assert [h.path for h in st.headings if h.level == 2] == ["1", "2", "3", "5", "6", "8"]


def test_the_points_of_a_cong_dien_each_name_their_bodies():
    assert assignment_entries(CONG_DIEN_217) == {
        # a heading wrapped after "từ"
        ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa", "lead"),
        ("Bộ Nông nghiệp và Môi trường", "lead"),
        # "an toàn giao thông" hands no work on: the ministry is the subject of its own point
        ("Bộ Xây dựng", "lead"),
        # the ministries after "Các Bộ:" one by one, a field with its comma and "và" whole
        ("Bộ Quốc phòng", "lead"), ("Bộ Công an", "lead"),
        ("Bộ Giáo dục và Đào tạo", "lead"), ("Bộ Y tế", "lead"), ("Bộ Khoa học và Công nghệ", "lead"),
        ("Bộ Văn hóa, Thể thao và Du lịch", "lead"),
        # a name wrapped between "Việt" and "Nam"
        ("Đài Truyền hình Việt Nam", "lead"), ("Đài Tiếng nói Việt Nam", "lead"),
        ("Thông tấn xã Việt Nam", "lead")}


@pytest.mark.parametrize("point, expected", [
    # Công điện 231/CĐ-TTg: the ministers of the ministries listed, each with the post
    ("1. Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp\nvà Môi trường, Xây dựng tổ chức theo dõi, cập nhật thường xuyên.\n",
     {("Bộ trưởng Bộ Quốc phòng", "lead"), ("Bộ trưởng Bộ Công an", "lead"),
      ("Bộ trưởng Bộ Nông nghiệp và Môi trường", "lead"), ("Bộ trưởng Bộ Xây dựng", "lead")}),
    # Công điện 221/CĐ-TTg: a collective's post wrapped before "trực thuộc"
    ("8. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố\ntrực thuộc Trung ương\n\na) Chủ động nắm bắt các tồn tại, khó khăn.\n",
     {("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead")}),
    # (Ninh Bình KH 196/2024) a heading over its first sentence in a new line stays apart
    ("8. Sở Nông nghiệp và Phát triển nông thôn\nPhối hợp với các sở, ngành, địa phương thực hiện tốt các tiêu chí.\n",
     {("Sở Nông nghiệp và Phát triển nông thôn", "lead")}),
    # (review 0.8b #4) a name ending in a capital over a first sentence whose verb no list holds:
    # the line is not wrapped unless the two words stand side by side in a known name
    ("3. Công an Tỉnh\nNắm chắc tình hình an ninh trên địa bàn.\n", {("Công an tỉnh", "lead")}),
    ("4. Ban Dân tộc Tỉnh\nLàm đầu mối tổng hợp kết quả.\n", {("Ban Dân tộc Tỉnh", "lead")}),
    ("5. Ủy ban nhân dân Thành phố Hồ Chí\nMinh chủ trì tổng hợp.\n", {("Ủy ban nhân dân Thành phố Hồ Chí Minh", "lead")}),
])
def test_a_point_wrapped_or_listing_its_bodies(point, expected):
    assert assignment_entries(point) == expected


def test_a_ministrys_name_with_va_is_one_partner():
    # Thông báo 641/TB-VPCP: "Bộ Khoa học và Công nghệ" read whole before its verb
    text = ("3. Các bộ, ngành hoàn thiện cơ sở dữ liệu quốc gia trong ngành, lĩnh vực thuộc phạm vi quản lý, "
            "phối hợp với Bộ Công an, Bộ Khoa học và Công nghệ thực\nhiện kết nối, tích hợp các cơ sở dữ liệu quốc gia.\n")
    entries = assignment_entries(text)
    assert {("Bộ Công an", "support"), ("Bộ Khoa học và Công nghệ", "support")} <= entries
    assert ("Bộ Khoa học", "support") not in entries


# Thông báo 653/TB-VPCP (28/11/2025): a lettered point opens the requests, the points under it are
# numbered in small roman numerals in brackets
NOTICE_653 = """VĂN PHÒNG CHÍNH PHỦ
Số: 653/TB-VPCP
Hà Nội, ngày 28 tháng 11 năm 2025
THÔNG BÁO
Ý KIẾN CHỈ ĐẠO CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI CÁC DỰ ÁN ĐIỆN
Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã có ý kiến chỉ đạo như sau:
1. Về Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4
a) Đánh giá cao nỗ lực của Chủ đầu tư dự án.
b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:
(iii) Ủy ban nhân dân tỉnh Đồng Nai chỉ đạo đơn vị liên quan hoàn thành bàn giao mặt bằng xây dựng các móng trụ thuộc dự án đường dây 220kV trong tháng 11 năm 2025.
(iv) Giao Bộ Công Thương nghiên cứu, xem xét theo thẩm quyền các đề xuất, kiến nghị về cơ chế bán điện theo cụm.
2. Về Dự án Nhà máy điện Hiệp Phước giai đoạn 1
b) Để đạt được mục tiêu phát điện sớm hơn tiến độ, đề nghị:
(iii) Về thủ tục nhập khẩu tàu LNG để thực hiện công tác vận chuyển khí LNG: Giao Bộ Xây dựng hướng dẫn Chủ đầu tư các thủ tục cần thiết để thực hiện.
"""


def test_a_notices_points_in_bracketed_roman_numerals():
    entries = assignment_entries(NOTICE_653)
    # "bàn giao" (hand over) is the subject's own work, no directive that names another body;
    # "(iv) Giao …" and a topic before its colon are read as a plain line's
    assert entries == {("Ủy ban nhân dân tỉnh Đồng Nai", "lead"), ("Bộ Công Thương", "lead"),
                       ("Bộ Xây dựng", "lead")}


@pytest.mark.parametrize("line, expected", [
    # Công điện 231/CĐ-TTg: the provinces' committees as a place list like the communes'
    ("2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tổ chức theo dõi sát tình hình, tập trung chỉ đạo khắc phục nhanh hậu quả.\n",
     {("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", "lead")}),
    ("4. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chủ động rà soát, tổng hợp nhu cầu.\n",
     {("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead")}),
])
def test_the_provinces_committees_named_together(line, expected):
    assert assignment_entries(line) == expected


# Thông báo 641/TB-VPCP (25/11/2025): the conclusion answers each of the city's requests, restated
# whole before its colon
NOTICE_641 = """VĂN PHÒNG CHÍNH PHỦ
Số: 641/TB-VPCP
Hà Nội, ngày 25 tháng 11 năm 2025
THÔNG BÁO
KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ PHẠM THỊ THANH TRÀ TẠI BUỔI LÀM VIỆC VỚI THÀNH PHỐ ĐÀ NẴNG
Phó Thủ tướng Phạm Thị Thanh Trà kết luận như sau:
II. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA THÀNH PHỐ
1. Về đề nghị các bộ, ngành quan tâm sớm rà soát, kịp thời ban hành các văn bản hướng dẫn chi tiết về chuyên môn, nghiệp vụ, chuyên ngành, bảo đảm thống nhất, đồng bộ, tránh chồng chéo về thẩm quyền; hoàn thiện quy trình pháp lý về đất đai, tài sản công để cắt giảm quy trình, đẩy nhanh tiến độ, tạo sự linh hoạt trong việc bố trí, xử lý trụ sở, cơ sở nhà đất dôi dư của địa phương: Ủy ban nhân dân thành phố Đà Nẵng cần tiếp tục rà soát các nội dung về phân cấp, phân quyền, ủy quyền.
2. Về đề nghị Bộ Nội vụ tham mưu ban hành các cơ chế, chính sách liên quan đến chế độ tiền lương, tiền thưởng, thu nhập của cán bộ, công chức, viên chức: Bộ Nội vụ nghiên cứu đề xuất của Ủy ban nhân dân thành phố Đà Nẵng trong quá trình xây dựng các văn bản quy phạm pháp luật có liên quan.
3. Về đề nghị Bộ Khoa học và Công nghệ phối hợp với các bộ, ngành rà soát: Về vấn đề này, Chính phủ đã ban hành Nghị quyết số 214/NQ-CP ngày 23 tháng 7 năm 2025. Các bộ, ngành trên cơ sở nhiệm vụ được giao tại các văn bản nêu trên, hoàn thiện cơ sở dữ liệu quốc gia trong ngành, lĩnh vực thuộc phạm vi quản lý.
"""


def test_a_conclusions_answers_to_requests_name_who_acts():
    entries = assignment_entries(NOTICE_641)
    assert {("Ủy ban nhân dân thành phố Đà Nẵng", "lead"), ("Bộ Nội vụ", "lead"),
            # an adverbial before the group's verb is none of its name
            ("Các bộ, ngành", "lead")} <= entries
    assert not any("trên cơ sở" in agency for agency, _ in entries)


def test_the_national_civil_defence_office_is_read_whole():
    # Công điện 217/CĐ-TTg: the steering committee's name printed in lower case after "Ban", written
    # as the known name spells it (the scorer folds letter case)
    point = ("7. Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi sát diễn biến tình hình, sẵn sàng "
             "điều phối, huy động lực lượng, phương tiện hỗ trợ địa phương.\n")
    assert assignment_entries(point) == {("Văn phòng Ban Chỉ đạo Phòng thủ dân sự quốc gia", "lead")}


def test_a_leaders_direction_conveyed_by_letter():
    # Công văn 11583/VPCP-CN (26/11/2025): "… có ý kiến như sau:" opens the direction; its subject
    # follows an opening clause and "làm việc với" is its work
    letter = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 11583/VPCP-CN\nV/v triển khai Kết luận của Ủy ban Thường vụ Quốc hội về dự án đường Hồ Chí Minh\n"
              "Hà Nội, ngày 26 tháng 11 năm 2025\nKính gửi: Bộ trưởng Bộ Xây dựng.\n"
              "Về Kết luận của Ủy ban Thường vụ Quốc hội về dự án đường Hồ Chí Minh, Phó Thủ tướng Trần Hồng Hà có ý kiến như sau:\n"
              "Trên cơ sở Báo cáo số 1052/BC-CP ngày 12/11/2025 của Chính phủ và Kết luận của Ủy ban Thường vụ Quốc hội tại "
              "Thông báo số 4387/TB-VPQH ngày 14/11/2025 của Văn phòng Quốc hội, Bộ Xây dựng làm việc với Ủy ban Khoa học, "
              "Công nghệ và Môi trường của Quốc hội để bổ sung các văn bản cần thiết.\n")
    assert ("Bộ Xây dựng", "lead") in assignment_entries(letter)


def test_the_provinces_after_a_colon_each_an_entry():
    # Công điện 232/CĐ-TTg: provinces listed after their kind, as communes are; mixed kinds stay whole
    point = ("1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan "
             "chức năng và chính quyền cơ sở khẩn trương rà soát, thống kê.\n")
    assert assignment_entries(point) == {("Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk", "lead"),
                                         ("Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa", "lead"),
                                         ("Chủ tịch Ủy ban nhân dân tỉnh Gia Lai", "lead"),
                                         ("Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng", "lead")}


def test_a_second_subject_after_the_members_of_a_point():
    # Công điện 231/CĐ-TTg: the ministers listed after their colon, then "; " and the committees'
    # chairs, qualified by their coast, who share the point's work
    point = ("1. Bộ trưởng các Bộ: Quốc phòng, Công an, Y tế; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển "
             "từ Đà Nẵng đến Lâm Đồng tổ chức theo dõi, cập nhật thường xuyên, liên tục, sát diễn biến tình hình.\n")
    assert assignment_entries(point) == {
        ("Bộ trưởng Bộ Quốc phòng", "lead"), ("Bộ trưởng Bộ Công an", "lead"), ("Bộ trưởng Bộ Y tế", "lead"),
        ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng", "lead")}


@pytest.mark.parametrize("point, expected, never", [
    # a list of departments reads no ministry's field: "Công an tỉnh" after "và" is no "Sở Công an"
    ("2. Các Sở: Y tế, Tài chính và Công an tỉnh phối hợp thực hiện.\n",
     {("Sở Y tế", "lead"), ("Sở Tài chính", "lead")}, ("Sở Công an", "lead")),
])
def test_a_list_of_departments_reads_no_ministrys_field(point, expected, never):
    found = assignment_entries(point)
    assert expected <= found and never not in found


@pytest.mark.parametrize("text, expected", [
    # real scan P01 (Công văn 4532/UBND-KSTTHC, Phú Thọ 2011, tests/data/real_scans): "thành" and
    # "thị" alone after a comma are "thành phố" and "thị xã", shortened as older provincial
    # letters write them; the list was no body before, and the sentence had no entry at all
    ("Giao các sở, ban, ngành, UBND các huyện, thành, thị xây dựng Kế hoạch rà soát quy định, thủ tục "
     "hành chính thuộc ngành, lĩnh vực và địa phương quản lý.\n",
     {("Các sở, ban, ngành", "lead"), ("Ủy ban nhân dân các huyện, thành, thị", "lead")}),
    ("Giao UBND các huyện, thị, thành tổ chức thực hiện.\n",
     {("Ủy ban nhân dân các huyện, thị, thành", "lead")}),
    # the full words read as before
    ("Giao các sở, ban, ngành, UBND các huyện, thành phố, thị xã xây dựng Kế hoạch rà soát.\n",
     {("Các sở, ban, ngành", "lead"), ("Ủy ban nhân dân các huyện, thành phố, thị xã", "lead")}),
])
def test_a_list_of_places_shortened_to_thanh_thi(text, expected):
    assert assignment_entries(text) == expected


# Real scan P02 (Kế hoạch 07-KH/BTC, Sơn La 2023) as read: the launch event's participants, then
# the work of "III- TỔ CHỨC THỰC HIỆN".
P02_MEETING = """II- HÌNH THỨC, THỜI GIAN, CHƯƠNG TRÌNH, THÀNH PHẦN

3.1. Điểm cầu chính của tỉnh

- Địa điểm: Phòng họp 218, Trung tâm Hành chính tỉnh.

- Thành phần mời dự:

+ Chủ trì: Đồng chí Hoàng Quốc Khánh - Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh.

+ Các đồng chí thành viên Ban Chỉ đạo Chuyển đổi số của tỉnh.

III- TỔ CHỨC THỰC HIỆN

1. Ban Tuyên giáo Tỉnh ủy

- Tham mưu cho Ban Chỉ đạo Chuyển đổi số tỉnh thực hiện các nội dung liên quan công tác phát động Cuộc thi.
"""


@pytest.mark.parametrize("text, expected", [
    # who chairs the meeting beside its participants is no body given work (three false leads)
    (P02_MEETING, {("Ban Tuyên giáo Tỉnh ủy", "lead")}),
    # tune C068 (Hướng dẫn, Lương Minh 2025): a step's meeting, its chair and participants
    ("Bước 2: Hội nghị lấy ý kiến cử tri nơi công tác.\n\n- Thành phần: Toàn thể cán bộ, công chức, viên chức.\n\n"
     "- Chủ trì: Người đứng đầu cơ quan.\n\n- Nội dung: Lấy ý kiến nhận xét.\n", set()),
])
def test_who_chairs_a_meeting_is_no_lead(text, expected):
    assert assignment_entries(text) == expected


def test_a_lead_label_without_a_meeting_stays():
    text = "3. Xây dựng cơ sở dữ liệu\n\n- Chủ trì: Sở Nội vụ.\n\n- Phối hợp: Sở Tài chính.\n"
    assert {("Sở Nội vụ", "lead"), ("Sở Tài chính", "support")} <= assignment_entries(text)
