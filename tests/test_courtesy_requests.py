"""A letter asks its addressee by the courtesy word "quý" and the addressee's head word ("đề nghị
quý Bộ …", "yêu cầu quý Sở …"), not by its name: the body asked is the "Kính gửi" addressee that
head word opens (contract, Clarifications: "the addressees a letter asks to act").  Real letters,
each naming its source (corpus split tune10 and a made-up control)."""

import pytest

from tests.support.texts import assignment_entries

# Công văn 8794/VPCP-KGVX (21/10/2013), tune W04_vpcp-cv8794-2013-don-doc-thong-tu-dioxin, as crawled
VPCP_8794 = """| VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
|---|---|
| Số: 8794/VPCP-KGVX V/v ban hành Thông tư liên tịch hướng dẫn về quy trình xác nhận đối tượng người có công bị nhiễm chất độc hóa học/dioxin | Hà Nội, ngày 21 tháng 10 năm 2013 |

Kính gửi: Bộ Lao động - Thương binh và Xã hội

{body}

| Nơi nhận: - Như trên; - Lưu: VT, KGVX (3) Th. | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Nguyễn Khắc Định |
|---|---|
"""

LDTBXH = ("Bộ Lao động - Thương binh và Xã hội", "lead")


@pytest.mark.parametrize("body, expected", [
    # W04 (its last paragraph): the letter's own request to its one addressee
    ("Tuy nhiên đến nay, Văn phòng Chính phủ chưa nhận được báo cáo tình hình thực hiện nhiệm vụ nói trên "
     "của quý Bộ.\n\nVăn phòng Chính phủ đề nghị quý Bộ khẩn trương có báo cáo về tình hình thực hiện ý kiến "
     "chỉ đạo của Phó Thủ tướng Nguyễn Thiện Nhân.",
     {LDTBXH}),
    # W04 (its first paragraph): the request it restates, with the partner it names
    ("Ngày 19 tháng 9 năm 2013, Văn phòng Chính phủ có văn bản số 349/TB-VPCP thông báo ý kiến chỉ đạo của Phó "
     "Thủ tướng Nguyễn Thiện Nhân yêu cầu quý Bộ chủ trì, phối hợp với Bộ Y tế khẩn trương xây dựng, ban hành "
     "Thông tư liên tịch hướng dẫn.",
     {LDTBXH}),
    # control: "quý" only names, asks nothing ("của quý Bộ")
    ("Văn phòng Chính phủ chưa nhận được báo cáo tình hình thực hiện nhiệm vụ nói trên của quý Bộ.",
     set()),
    # control: the courtesy word over a head the addressee does not open ("quý Sở" to a ministry)
    ("Văn phòng Chính phủ đề nghị quý Sở khẩn trương có báo cáo.", set()),
])
def test_a_courtesy_request_asks_the_addressee_it_names_by_head(body, expected):
    assert assignment_entries(VPCP_8794.format(body=body)) == expected


# Công văn 10283/SNV-LĐTLBHXH (TP HCM 2025), tune M02_hochiminh-cv10283-2025-cho-thue-lai-lao-dong,
# as crawled (its "Kính gửi" wrapped after "Các"): the class it addresses is asked first by its kind,
# then by "Quý doanh nghiệp" — one body, entered once as the first request names it
HCM_10283 = """**Kính gửi:** Các
Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh

Nhằm đảm bảo thực hiện các quy định pháp luật lao động
về hoạt động cho thuê lại lao động. Sở Nội vụ đề nghị các doanh nghiệp có hoạt
động cho thuê lại lao động trên địa bàn Thành phố tự kiểm tra, đánh giá việc thực
hiện quy định pháp luật trong hoạt động cho thuê lại lao động.

Sở Nội vụ đề nghị Quý doanh nghiệp hoạt động cho
thuê lại lao động quan tâm thực hiện những nội dung trên.
"""


def test_a_class_already_asked_by_its_kind_is_not_entered_again():
    entries = assignment_entries(HCM_10283)
    assert ("Các Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh", "lead") not in entries
    assert any(role == "lead" and name.lower().startswith("các doanh nghiệp có hoạt động") for name, role in entries)


# Tờ trình 409/TTr-CAT(PC04) of Công an tỉnh Lâm Đồng (26/11/2025), real scan Q03, its page 1 as
# transcribed (the opening statements cut short): the submission closes with its request, "Kính"
# before "đề nghị", to its addressee
LAMDONG_409 = """BỘ CÔNG AN
CÔNG AN TỈNH LÂM ĐỒNG
Số: 409 /TTr-CAT(PC04)
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 26 tháng 11 năm 2025
TỜ TRÌNH
Về việc thành lập hội đồng cấp tỉnh xét duyệt địa bàn cấp xã không
ma túy và đề nghị xét duyệt địa bàn cấp tỉnh không ma túy
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng
Căn cứ Quyết định số 28/2025/QĐ-TTg ngày 24/8/2025 của Thủ tướng
Chính phủ ban hành tiêu chí xác định tuyến, địa bàn trọng điểm phức tạp về ma
túy, địa bàn không ma túy. Công an
tỉnh đã dự thảo Quyết định của Chủ tịch UBND tỉnh về việc thành lập hội đồng
cấp tỉnh xét duyệt địa bàn cấp xã không ma túy.
{body}
Nơi nhận:
- Như trên (Báo cáo);
- Lưu: VT, PC04.
"""


@pytest.mark.parametrize("body, expected", [
    ("Kính đề nghị Văn phòng UBND tỉnh thẩm định, trình Chủ tịch UBND\ntỉnh ký duyệt, ban hành./.",
     {("Văn phòng Ủy ban nhân dân tỉnh", "lead")}),
])
def test_a_submissions_courteous_request_asks_its_addressee(body, expected):
    assert assignment_entries(LAMDONG_409.format(body=body)) == expected


# Công văn 275/STTTT-CNTT of Sở Thông tin và Truyền thông Phú Thọ (16/12/2011), real scan P04, as
# transcribed: the letter asks its three addressee groups by the generic "các đơn vị" (gold: the
# three groups as printed, abbreviations expanded); "các đơn vị trực thuộc" would name units of
# its own (control)
PHUTHO_275 = """UBND TỈNH PHÚ THỌ
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 275 /STTTT-CNTT
V/v đăng ký danh sách tham gia Hội thi kỹ
năng sử dụng máy tính.
Phú Thọ, ngày 16 tháng 12 năm 2011
Kính gửi:
- Các đơn vị trực thuộc sở;
- Các doanh nghiệp Bưu chính - Viễn thông và CNTT;
- Các cơ quan báo chí, xuất bản, PTTH.
Thực hiện Kế hoạch số 25/KH-STTTT, ngày 6 tháng 12 năm 2011 của sở
Thông tin và Truyền thông tỉnh Phú Thọ về tổ chức Hội thi kỹ năng sử dụng
máy tính ngành Thông tin và Truyền thông tỉnh Phú Thọ năm 2011.
{body}
Nơi nhận:
- Như trên;
- Lưu: CNTT, VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Hữu Việt
"""

_PHUTHO_275_ADDRESSEES = {("Các đơn vị trực thuộc sở", "lead"),
                          ("Các doanh nghiệp Bưu chính - Viễn thông và Công nghệ thông tin", "lead"),
                          ("Các cơ quan báo chí, xuất bản, Phát thanh và Truyền hình", "lead")}


@pytest.mark.parametrize("body, expected", [
    ("Sở Thông tin và Truyền thông đề nghị các đơn vị đăng ký danh sách tham\ngia Hội thi kỹ năng sử dụng máy "
     "tính (mẫu kèm theo) trước ngày 22/ 12/ 2011\nqua phòng Công nghệ thông tin sở để tổng hợp và triển khai tổ "
     "chức.",
     _PHUTHO_275_ADDRESSEES),
    ("Sở Thông tin và Truyền thông đề nghị các đơn vị trực thuộc đăng ký danh sách tham\ngia Hội thi.",
     set()),
    # units of a kind the word after them names, not the addressees; an earlier request recounted (review28a)
    ("Sở Thông tin và Truyền thông đề nghị các đơn vị chức năng phối hợp kiểm tra việc đăng ký.", set()),
    ("Sở Thông tin và Truyền thông đề nghị các đơn vị y tế tăng cường kiểm tra.", set()),
    ("Năm 2010, Sở Thông tin và Truyền thông đã đề nghị các đơn vị đăng ký danh sách, nhưng nhiều đơn vị chưa "
     "thực hiện.", set()),
])
def test_a_letters_request_to_the_units_asks_its_addressees(body, expected):
    assert _PHUTHO_275_ADDRESSEES & assignment_entries(PHUTHO_275.format(body=body)) == expected


# Tờ trình 289/TTr-CAT-PC06 of Công an tỉnh Lâm Đồng (22/10/2025), real scan Q02, as transcribed: the
# submission asks the body it is submitted to, a post before its name, to act ("kính báo cáo … chỉ đạo");
# reporting alone asks nothing (control)
LAMDONG_289 = """BỘ CÔNG AN
CÔNG AN TỈNH LÂM ĐỒNG
Số: 289 /TTr-CAT-PC06
Lâm Đồng, ngày 22 tháng 10 năm 2025
TỜ TRÌNH
Đề nghị ban hành Báo cáo kết quả triển khai Đề án 06 tháng 10/2025
và nhiệm vụ thực hiện thời gian tới
Kính gửi: Lãnh đạo UBND tỉnh Lâm Đồng.
Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng
Chính phủ phê duyệt Đề án 06.
Công an tỉnh đã dự thảo Báo cáo tháng 10/2025 kết quả thực hiện Đề án 06 trên địa
bàn tỉnh Lâm Đồng.
{body}
Nơi nhận:
- Như kính gửi;
"""


@pytest.mark.parametrize("body, expected", [
    ("Công an tỉnh kính báo cáo Lãnh đạo UBND tỉnh chỉ đạo thẩm định và\nduyệt, ký theo quy định./.",
     {("Lãnh đạo Ủy ban nhân dân tỉnh", "lead")}),
    ("Công an tỉnh kính báo cáo Lãnh đạo UBND tỉnh./.", set()),
    # an earlier submission recounted asks nothing now (review28a)
    ("Ngày 05/10/2025, Công an tỉnh đã kính trình Lãnh đạo UBND tỉnh phê duyệt Báo cáo tháng 9/2025 nhưng chưa "
     "được phê duyệt.", set()),
])
def test_a_submission_asks_the_body_it_is_submitted_to(body, expected):
    assert assignment_entries(LAMDONG_289.format(body=body)) == expected
