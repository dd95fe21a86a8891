"""Recall shapes of round 27 (helper asg27b): work given to bodies and posts in shapes the
earlier rounds missed, each from a real tuned-on text named beside it (contract, Clarifications
"Assignments anywhere": an agency or a post the document gives work to is an entry wherever it
stands; a post is written as printed, with the person's name when printed)."""

import pytest

from pipeline.agencies import agency_extent
from tests.support.texts import assignment_entries

# The head of a Prime Minister's Công điện (226/CĐ-TTg 2025, tune15 K04) down to its first item: a
# real item of it, or of its sister telegrams, is tried in its place.
_TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ
Số: 226/CĐ-TTg
Hà Nội, ngày 20 tháng 11 năm 2025
CÔNG ĐIỆN
Về việc xuất cấp hàng dự trữ quốc gia hỗ trợ người dân bị ảnh hưởng bởi mưa lũ
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Tài chính, Quốc phòng, Công an;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Để kịp thời hỗ trợ người dân bị ảnh hưởng bởi mưa lũ, Thủ tướng Chính phủ yêu cầu:
1. Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan và các địa phương khẩn trương xuất cấp hàng dự trữ quốc gia.
{item}
6. Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện Công điện này./.
"""


@pytest.mark.parametrize("item, expected", [
    # tune15 K04 item 5: the Deputy Prime Minister named, and his fellows by their share of the work
    # ("theo nhiệm vụ được phân công" is their remit, no part of their name)
    ("5. Giao Phó Thủ tướng Hồ Đức Phớc và các Phó Thủ tướng theo nhiệm vụ được phân công chỉ đạo, đôn đốc, kiểm tra, các Bộ, cơ quan, địa phương trong quá trình thực hiện Công điện này.",
     {("Phó Thủ tướng Hồ Đức Phớc", "lead"), ("Các Phó Thủ tướng", "lead")}),
    # Công điện 231/CĐ-TTg 2025 (tune15 K01) item 7: the post with its body and the person's name
    ("7. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà tiếp tục chỉ đạo các Bộ, ngành, địa phương triển khai kịp thời công tác ứng phó với bão, mưa lũ.",
     {("Phó Thủ tướng Chính phủ Trần Hồng Hà", "lead")}),
    # the same items as careless typists print them, the verb capitalized after the person's name (no
    # tuned-on text has it; round-28 review): the name ends at the verb (models/verbs_after_a_person.txt)
    ("7. Phó Thủ tướng Trần Hồng Hà Chỉ đạo các Bộ, ngành, địa phương triển khai kịp thời công tác ứng phó với bão, mưa lũ.",
     {("Phó Thủ tướng Trần Hồng Hà", "lead")}),
    ("7. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà Tiếp tục chỉ đạo các Bộ, ngành, địa phương triển khai kịp thời công tác ứng phó với bão, mưa lũ.",
     {("Phó Thủ tướng Chính phủ Trần Hồng Hà", "lead")}),
    ("5. Phó Thủ tướng Thường trực Nguyễn Hòa Bình Chủ trì, phối hợp với các Bộ, cơ quan liên quan xử lý dứt điểm các dự án tồn đọng.",
     {("Phó Thủ tướng Thường trực Nguyễn Hòa Bình", "lead")}),
])
def test_deputy_prime_ministers_given_the_follow_up(item, expected):
    found = assignment_entries(_TELEGRAM.format(item=item))
    assert expected <= found
    assert not any("theo nhiệm vụ" in name for name, _ in found)


# Nearby shapes a capitalized verb after a person's name must leave alone (round-28 review, written
# shapes): a given name that is a verb of one syllable ("Giao") is the name's; a board's "Chỉ đạo"
# after a post named with its person ("Hà", a family name too, "Trưởng Ban") is the board's.
@pytest.mark.parametrize("text, name", [
    ("Phó Chủ tịch UBND tỉnh Nguyễn Thị Giao chủ trì, phối hợp với các sở", "Phó Chủ tịch UBND tỉnh Nguyễn Thị Giao"),
    ("Phó Thủ tướng Trần Hồng Hà Trưởng Ban Chỉ đạo quốc gia", "Phó Thủ tướng Trần Hồng Hà Trưởng Ban Chỉ đạo"),
    # and the shape itself, the verb after a three-syllable name of a province's post
    ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn Chỉ đạo các sở", "Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn"),
])
def test_a_persons_name_before_no_verb(text, name):
    assert text[:agency_extent(text)] == name


@pytest.mark.parametrize("line", [
    # the Prime Minister and his deputies told of the outcome, not given work (tune15 K01 item 5)
    "5. Ủy ban nhân dân các tỉnh chủ động ứng phó; kịp thời báo cáo Thủ tướng Chính phủ, Phó Thủ tướng phụ trách lĩnh vực những vấn đề vượt thẩm quyền.",
])
def test_deputy_prime_minister_reported_to_is_no_entry(line):
    found = assignment_entries(_TELEGRAM.format(item=line))
    assert not any("Thủ tướng" in name for name, _ in found)


# A province's plan that names its communes' committees "UBND cấp xã" in its labelled lines and
# partner lists, and "UBND các xã, phường" in an item of its own (Bắc Ninh KH 141/2025, tune4 05):
# one body, written as the document lists the communes, in both roles.
_BAC_NINH_PLAN = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 141/KH-UBND
Bắc Ninh, ngày 20 tháng 11 năm 2025
KẾ HOẠCH
Nâng cao năng lực đội ngũ làm công tác xây dựng chính sách, pháp luật
III. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát, kiện toàn đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật
- Thường xuyên rà soát, kiện toàn đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật trên địa bàn tỉnh.
Đơn vị chủ trì thực hiện: Các Sở, ngành, đơn vị, UBND cấp xã.
Đơn vị phối hợp: Sở Nội vụ, Sở Tư pháp.
IV. TỔ CHỨC THỰC HIỆN
2. Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành, đơn vị và UBND cấp xã bố trí kinh phí chi thường xuyên trong dự toán ngân sách nhà nước hàng năm.
5. UBND các xã, phường tăng cường công tác lãnh đạo công tác xây dựng và thực thi pháp luật trên địa bàn.
"""

# A city's regulation that names them "Ủy ban nhân dân cấp xã" as a partner in one article and
# "Ủy ban nhân dân các xã, phường, đặc khu" as a subject in a later one (Hải Phòng QĐ 223/2025,
# tune15 Y04: the gold writes the listed name for the partner too).
_HAI_PHONG_RULES = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG
Số: 223/2025/QĐ-UBND
Hải Phòng, ngày 10 tháng 12 năm 2025
QUY ĐỊNH
Quản lý hoạt động thoát nước và xử lý nước thải trên địa bàn thành phố Hải Phòng
Điều 7. Phân công quản lý hệ thống thoát nước
5. Ban quản lý các khu công nghiệp, khu chế xuất, khu kinh tế, khu công nghệ cao phối hợp với Sở Xây dựng và Ủy ban nhân dân cấp xã quản lý đối với hệ thống thoát nước mưa, nước thải.
Điều 12. Trách nhiệm quản lý, vận hành
4. Trách nhiệm của các cơ quan:
a) Sở Xây dựng, Ủy ban nhân dân các xã, phường, đặc khu chỉ đạo đơn vị thoát nước được giao vận hành, bảo trì hệ thống thoát nước.
"""

# A plan whose item is headed "Ủy ban nhân dân cấp xã" and whose closing paragraph lists the
# communes (Lâm Đồng KH 2026 on drug prevention, tune3 C060): the item's name is the body's.
_LAM_DONG_PLAN = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 45/KH-UBND
Lâm Đồng, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống ma túy năm 2026
III. GIẢI PHÁP THỰC HIỆN VÀ PHÂN CÔNG NHIỆM VỤ
1. Công tác tham mưu, triển khai thực hiện
1.1. Các sở, ban, ngành
- Tham mưu Tỉnh ủy, Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo triển khai thực hiện có hiệu quả công tác phòng ngừa, đấu tranh tội phạm về ma túy.
1.2. Ủy ban nhân dân cấp xã
- Triển khai các hoạt động tại địa bàn nhằm tạo chuyển biến mạnh mẽ trong nhận thức, trách nhiệm của các cấp.
V. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành, đoàn thể và Ủy ban nhân dân các xã, phường, đặc khu căn cứ chức năng, nhiệm vụ được giao và những nội dung trong kế hoạch này để xây dựng kế hoạch thực hiện.
"""


@pytest.mark.parametrize("text, expected, not_expected", [
    (_BAC_NINH_PLAN,
     {("Ủy ban nhân dân các xã, phường", "lead"), ("Ủy ban nhân dân các xã, phường", "support")},
     {("Ủy ban nhân dân cấp xã", "lead"), ("Ủy ban nhân dân cấp xã", "support")}),
    (_HAI_PHONG_RULES,
     {("Ủy ban nhân dân các xã, phường, đặc khu", "support"), ("Ủy ban nhân dân các xã, phường, đặc khu", "lead")},
     {("Ủy ban nhân dân cấp xã", "support")}),
    # the item's own name kept: no entry under the closing paragraph's listed name
    (_LAM_DONG_PLAN,
     {("Ủy ban nhân dân cấp xã", "lead")},
     {("Ủy ban nhân dân các xã, phường, đặc khu", "lead")}),
])
def test_communes_collective_one_name_in_every_role(text, expected, not_expected):
    found = assignment_entries(text)
    assert expected <= found
    assert not (not_expected & found)


# A science department's regulation on selecting research tasks (Cần Thơ QĐ 09/2010/QĐ-UBND,
# calibration C051): a procedure's next step opened by "Sau đó," names who takes it.
_CAN_THO_RULES = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
Số: 09/2010/QĐ-UBND
Cần Thơ, ngày 20 tháng 01 năm 2010
QUYẾT ĐỊNH
Ban hành Quy định tuyển chọn, xét chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ
ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định tuyển chọn, xét chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp thành phố.
Điều 15. Thẩm định nội dung và kinh phí
{item}
"""


@pytest.mark.parametrize("item, expected", [
    # calibration C051 Điều 15.1: both departments after "Sau đó,"
    ("1. Tổ chức, cá nhân trúng tuyển chủ trì thực hiện Đề tài, Dự án có trách nhiệm chỉnh sửa, hoàn thiện Hồ sơ trúng tuyển theo kết luận của Hội đồng KHCN tư vấn tuyển chọn, xét chọn. Sau đó, Sở Khoa học và Công nghệ thành phố Cần Thơ và Sở Tài chính thành phố Cần Thơ thẩm định nội dung và kinh phí thông qua tổ thẩm định nội dung và kinh phí.",
     {("Sở Khoa học và Công nghệ thành phố Cần Thơ", "lead"), ("Sở Tài chính thành phố Cần Thơ", "lead")}),
])
def test_subject_after_the_next_step(item, expected):
    assert expected <= assignment_entries(_CAN_THO_RULES.format(item=item))


# The Front given work is written as printed ("Mặt trận Tổ quốc tỉnh"), and as its committee only
# where the document names the committee: one body, one name.
_NINH_BINH_PLAN = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 196/KH-UBND
Ninh Bình, ngày 15 tháng 10 năm 2024
KẾ HOẠCH
Phát triển các ngành công nghiệp văn hóa tỉnh Ninh Bình
V. TỔ CHỨC THỰC HIỆN
{items}
"""


@pytest.mark.parametrize("items, expected, not_expected", [
    # Bắc Ninh KH 144/2025 VI.16 (tune4 06): the Front alone, as printed
    ("16. Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội\nPhát huy vai trò trong tuyên truyền, vận động Nhân dân, giám sát triển khai Kế hoạch.",
     {("Mặt trận Tổ quốc tỉnh", "lead"), ("Các tổ chức chính trị - xã hội", "lead")},
     {("Ủy ban Mặt trận Tổ quốc tỉnh", "lead")}),
    # Đắk Lắk KH 124/2025 IV.2 (tune14 R03)
    ("2. Đề nghị các cấp ủy Đảng, Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Phối hợp chặt chẽ với cấp ủy, chính quyền các cấp, phát huy khối đại đoàn kết toàn dân trong tuyên truyền, vận động đảng viên, hội viên, đoàn viên.",
     {("Mặt trận Tổ quốc Việt Nam tỉnh", "lead")},
     {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead")}),
    # Ninh Bình KH 196/2024 V.13-14 (calibration C046): the committee named first, the Front after
    ("13. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức đoàn thể\nĐẩy mạnh công tác tuyên truyền các chủ trương, chính sách của Đảng, Nhà nước về phát triển văn hóa.\n"
     "14. UBND tỉnh đề nghị các sở, ban, ngành, Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức đoàn thể của tỉnh, UBND các huyện, thành phố căn cứ chức năng, nhiệm vụ triển khai thực hiện Kế hoạch này.",
     {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead")},
     {("Mặt trận Tổ quốc Việt Nam tỉnh", "lead")}),
])
def test_the_front_as_printed_or_as_its_committee_named(items, expected, not_expected):
    found = assignment_entries(_NINH_BINH_PLAN.format(items=items))
    assert expected <= found
    assert not (not_expected & found)


@pytest.mark.parametrize("item, expected", [
    # Công điện 230/CĐ-TTg 2025 (tune15 K02) items 1-2: the inspectorates as the inspection law names
    # them, in lower case after "cơ quan" — a subject, then a partner
    ("1. Cơ quan thanh tra khẩn trương hoàn thành việc thanh tra và ban hành kết luận theo đúng ý kiến chỉ đạo của Thủ tướng Chính phủ.",
     {("Cơ quan thanh tra", "lead")}),
    ("2. Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chủ trì, phối hợp với cơ quan thanh tra khẩn trương hoàn thành việc cập nhật thông tin.",
     {("Cơ quan thanh tra", "support")}),
])
def test_the_inspectorates_named_in_lower_case(item, expected):
    assert expected <= assignment_entries(_TELEGRAM.format(item=item))


# A ministry's letter (Bộ Nội vụ CV 11208/BNV-KHTC 2025, tune15 L02): its request after the
# consequence it draws ("Vì vậy, đề nghị …").
_MINISTRY_LETTER = """BỘ NỘI VỤ
Số: 11208/BNV-KHTC
V/v chi phí quản lý thực hiện chế độ ưu đãi người có công với cách mạng
Hà Nội, ngày 20 tháng 11 năm 2025
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.
{item}
"""


@pytest.mark.parametrize("item, expected", [
    ("2. Về mức chi phí quản lý (tỷ lệ %) của 34 địa phương: Bộ Nội vụ đã hướng dẫn Sở Nội vụ các tỉnh thành phố trực thuộc trung ương xác định mức chi phí quản lý (tỷ lệ %) của địa phương. Vì vậy, đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ mức chi phí quản lý đã được xác định để trình Hội đồng nhân dân cấp tỉnh quy định tỷ lệ chi phí quản lý.",
     {("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "lead")}),
])
def test_request_after_the_consequence_drawn(item, expected):
    assert expected <= assignment_entries(_MINISTRY_LETTER.format(item=item))


@pytest.mark.parametrize("text, expected, not_expected", [
    # Ban Bí thư QĐ 383-QĐ/TW 2025 Điều 6.1 (tune12 C042): the archive department with its parent
    ("""BAN CHẤP HÀNH TRUNG ƯƠNG
Số: 383-QĐ/TW
Hà Nội, ngày 20 tháng 10 năm 2025
QUY ĐỊNH
về Phông lưu trữ Đảng Cộng sản Việt Nam
Điều 6. Hệ thống các cơ quan quản lý tài liệu lưu trữ
1. Cục Lưu trữ, Văn phòng Trung ương Đảng có chức năng giúp Chánh Văn phòng Trung ương Đảng tham mưu cho Trung ương Đảng quản lý tập trung thống nhất tài liệu lưu trữ.
""", {("Cục Lưu trữ, Văn phòng Trung ương Đảng", "lead")}, {("Cục Lưu trữ", "lead")}),
    # Ninh Bình QĐ 163/2025 Điều 24.2 (tune4 11): the police department with its ministry, a partner
    ("""ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 163/2025/QĐ-UBND
Ninh Bình, ngày 10 tháng 9 năm 2025
QUYẾT ĐỊNH
Ban hành Quy chế quản lý, vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh
ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.
Điều 24. Công an tỉnh
1. Chủ trì bảo đảm an toàn, an ninh thông tin theo quy định của pháp luật.
2. Phối hợp với Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an quản lý, phê duyệt, theo dõi và trích xuất thống kê tình hình khai thác Cơ sở dữ liệu quốc gia về dân cư.
""", {("Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an", "support")},
     {("Bộ Công an", "support"), ("Cục Cảnh sát quản lý hành chính về trật tự xã hội", "support")}),
])
def test_a_department_named_with_its_parent(text, expected, not_expected):
    found = assignment_entries(text)
    assert expected <= found
    assert not (not_expected & found)


def test_separate_bodies_after_a_department_stay_apart():
    # a provincial department after a "Cục" is another body ("Sở" names no parent of a Cục)
    from pipeline.agencies import agency_extent
    text = "Cục Thuế, Sở Tài chính phối hợp thực hiện"
    assert text[:agency_extent(text)] == "Cục Thuế"


# Review of round 27 (helper review27c): shapes the rules above must leave alone.
# A province's list of its offices where a "Cục" is followed by one of the province's military
# commands: "Bộ Chỉ huy …", "Bộ Tư lệnh …", "Bộ đội …" begin with a parent's word "Bộ" but are no
# ministry, so the two are two bodies (tuned-on provincial lists name the commands after other
# offices the same way: Phú Thọ QĐ 102/2025 "… phối hợp với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh
# nắm bắt …", tune2 C020; TP HCM QĐ 2820/2025 "Công An Thành phố, Bộ Tư lệnh Thành phố", tune13 N06).
@pytest.mark.parametrize("text, name", [
    ("Cục Thuế tỉnh, Bộ Chỉ huy Quân sự tỉnh triển khai các biện pháp phòng ngừa", "Cục Thuế tỉnh"),
    ("Cục Hải quan tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh kiểm tra", "Cục Hải quan tỉnh"),
    ("Cục Thuế tỉnh, Bộ chỉ huy Quân sự tỉnh phối hợp", "Cục Thuế tỉnh"),
    ("Cục Hải quan, Bộ đội Biên phòng tỉnh phối hợp", "Cục Hải quan"),
    ("Cục Tác chiến, Bộ Tư lệnh Quân khu 4 phối hợp", "Cục Tác chiến"),
    # the department with its ministry still read whole (tune4 11, tune12 C042)
    ("Cục Thuế, Bộ Tài chính hướng dẫn", "Cục Thuế, Bộ Tài chính"),
    ("Cục Lưu trữ, Văn phòng Trung ương Đảng có chức năng", "Cục Lưu trữ, Văn phòng Trung ương Đảng"),
])
def test_a_command_after_a_department_is_no_parent(text, name):
    from pipeline.agencies import agency_extent
    assert text[:agency_extent(text)] == name


_PROVINCE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 88/KH-UBND
Quảng Ngãi, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống thiên tai năm 2026
IV. TỔ CHỨC THỰC HIỆN
{items}
"""


@pytest.mark.parametrize("items, expected, not_expected", [
    # a partner list with a provincial department and a command: two partners
    ("2. Công an tỉnh\nChủ trì, phối hợp với Cục Thuế tỉnh, Bộ Chỉ huy Quân sự tỉnh triển khai các biện pháp phòng ngừa.",
     {("Cục Thuế tỉnh", "support"), ("Bộ Chỉ huy Quân sự tỉnh", "support")},
     {("Cục Thuế tỉnh, Bộ Chỉ huy Quân sự tỉnh", "support")}),
    # the item labels the communes' committees "cấp xã" before their work on the heading's own line
    # (the label form of tune3 C060's "1.2. Ủy ban nhân dân cấp xã"): that name is the body's, even
    # where a closing paragraph lists the communes
    ("1. Sở Khoa học và Công nghệ: Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
     "2. Ủy ban nhân dân cấp xã: Căn cứ Kế hoạch này, xây dựng kế hoạch thực hiện tại địa phương.\n"
     "3. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường, đặc khu căn cứ chức năng, nhiệm vụ báo cáo kết quả thực hiện.",
     {("Ủy ban nhân dân cấp xã", "lead")},
     {("Ủy ban nhân dân các xã, phường, đặc khu", "lead")}),
    # some communes named by their names are not the collective "… cấp xã" stands for
    ("1. Sở Nông nghiệp và Môi trường\nChủ trì, phối hợp với UBND cấp xã rà soát các khu vực có nguy cơ sạt lở.\n"
     "2. Ủy ban nhân dân các xã, phường Tịnh Khê, Nghĩa Lộ, Trương Quang Trọng\nKhẩn trương di dời các hộ dân ở ven sông.\n"
     "3. Ủy ban nhân dân cấp xã chủ động xây dựng phương án ứng phó thiên tai trên địa bàn.",
     {("Ủy ban nhân dân cấp xã", "support"), ("Ủy ban nhân dân cấp xã", "lead"),
      ("Ủy ban nhân dân các xã, phường Tịnh Khê, Nghĩa Lộ, Trương Quang Trọng", "lead")},
     set()),
])
def test_round27_rules_leave_other_shapes_alone(items, expected, not_expected):
    found = assignment_entries(_PROVINCE_PLAN.format(items=items))
    assert expected <= found
    assert not (not_expected & found)
