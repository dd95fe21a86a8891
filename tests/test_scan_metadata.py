"""Document fields on OCR'd real scans: lines as Tesseract read them from the eight archive
scans of tests/data/real_scans (letterheads, handwritten numbers and days, stamps over the
signature, ranks before the name)."""

import pytest

from pipeline import regexes as rx
from pipeline.metadata import recognize_metadata, signer_name
from pipeline.structure import issuer_text, signer_title_of
from tests.support.texts import structure


def fields(text):
    st = structure(text, "ocr")
    return {k: v.value for k, v in recognize_metadata(st).items()}


@pytest.mark.parametrize("line,number,symbol", [
    ("Số: /#//UBND- KSTTHC", None, "UBND- KSTTHC"),  # handwritten number unread: never invented
    ("Số:.25'Ì /TTr-CAT-PC06", None, "TTr-CAT-PC06"),
    ("Số: /STTTT-CNTT", None, "STTTT-CNTT"),
    ("Số 07-KH/BTC", "07", "KH/BTC"),
    ("Số 29-CT/TU", "29", "CT/TU"),
    ("Số: 505/QĐ-TTg", "505", "QĐ-TTg"),
    ("Số:09/2010/QĐ-UBND", "09", "QĐ-UBND"),
    ("Số: 12 /KH-UBND", "12", "KH-UBND"),
    ("Số: 4.09/TTr-CAT(PC04)", None, "TTr-CAT(PC04)"),  # Q03: the unit's code in brackets
    # Trung ương as "TƯ" (https://text.123docz.net/document/12849335-221-bs-sao-kl-ve-xd-ket-cau-ha-tang-pdf.htm,
    # Tỉnh ủy Thừa Thiên Huế KL 445-KL/TƯ 2022): read "KL/T"
    ("Số 445-KL/TƯ", "445", "KL/TƯ"),
    # the type word before "số:" (https://vanbanphapluat.co/nghi-quyet-653-2019-ubtvqh14-sap-xep-cac-don-vi-hanh-
    # chinh-cap-huyen-xa-giai-doan-2019-2021, UBTVQH NQ 653/2019): no number, the own number cited
    ("Nghị quyết số: 653/2019/UBTVQH14", "653", "UBTVQH14"),
])
def test_number_line_with_an_unreadable_number(line, number, symbol):
    m = rx.NUMBER_LINE.match(line)
    assert (m.group("number"), m.group("symbol")) == (number, symbol)


@pytest.mark.parametrize("line,place,day,month,year", [
    ("Lâm Đồng, ngày°©. tháng 10 năm 2025", "Lâm Đồng", None, "10", "2025"),
    ("Lâm Đồng,ngà2G tháng 11 năm 2025", "Lâm Đồng", None, "11", "2025"),
    ("Phú Thọ, ngày - tháng 12 năm 2011", "Phú Thọ", None, "12", "2011"),
    ("Phú Thọ, ngày tháng 12 năm 2011", "Phú Thọ", None, "12", "2011"),
    ("Hà Nội, ngày *Š tháng Ÿ năm 2025", "Hà Nội", None, None, "2025"),
    ("Sơn La, ngày 26 tháng 7 năm 2023", "Sơn La", "26", "7", "2023"),
    ("Hà Nội, ngày 22 tháng 4 năm 2022", "Hà Nội", "22", "4", "2022"),
])
def test_place_date_line_with_an_unreadable_day(line, place, day, month, year):
    m = rx.place_date(line)
    assert (m.group("place").strip(), m.group("d"), m.group("m"), m.group("y")) == (place, day, month, year)


@pytest.mark.parametrize("line,title", [
    ("GIÁM ĐỐC", "GIÁM ĐỐC"),
    ("GIÍM ĐỐC", "giám đốc"),  # a slipped letter
    ("PHÓ THỦ TƯỚN x UTU =", "phó thủ tướng"),  # a stamp's marks after it
    ("PHÓ BÍ THƯ THƯỜNG TRỰC", "PHÓ BÍ THƯ THƯỜNG TRỰC"),  # a title and more capitals: as printed
    ("TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY", "TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY"),
    ("CỤC TRƯỞNG", "CỤC TRƯỞNG"),
    ("LÒ MINH HÙNG", None),
    ("ĐÁNG CỘNG SẢN VIỆT NAM", None),
])
def test_signer_title_of_an_ocr_line(line, title):
    assert signer_title_of(line) == title


@pytest.mark.parametrize("line,name", [
    ("Thiếu tướng Trương Minh Đương", "Trương Minh Đương"),
    ("Thiểu tướng Trương Minh Đương", "Trương Minh Đương"),  # the rank's tone slipped
    ("Đại tá Nguyễn Tường Vũ", "Nguyễn Tường Vũ"),
    ("Lò Minh Hùng", "Lò Minh Hùng"),
    ("ĐẦM VĂN ENG", "Đầm Văn Eng"),  # a rare family name is not "corrected"
    ("Nguyên Hữu Việt", "Nguyễn Hữu Việt"),  # P04: the most common family name, its tone slipped
    ("TRÀN VĂN AN", "Trần Văn An"),
    ("Định Thị Bích Thảo", "Định Thị Bích Thảo"),  # Định is also a (rare) family name: as read
    ("-Hồ Quốc Dũng", "Hồ Quốc Dũng"),  # a speck of a heavy scan glued to the name
])
def test_signer_name(line, name):
    assert signer_name(line) == name


def test_family_name_respelled_when_the_document_names_the_person_so():
    text = "2. Phát động Cuộc thi (Đồng chí Đinh Thị Bích Thảo - Ủy viên Ban Thường vụ Tỉnh ủy)"
    assert signer_name("Định Thị Bích Thảo", text) == "Đinh Thị Bích Thảo"
    assert signer_name("Định Thị Bích Thảo", "") == "Định Thị Bích Thảo"


@pytest.mark.parametrize("line,text", [
    ("- UBND TỈNH PHÚ THỌ", "UBND TỈNH PHÚ THỌ"),
    ("TỈNH ỦY SƠNLA -", "TỈNH ỦY SƠNLA"),
    ("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THỦ TƯỚNG CHÍNH PHỦ"),
    ("BỘ CÔNG AN", "BỘ CÔNG AN"),
    ("THÀNH PHỐ CẦN THƠ       |  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÀNH PHỐ CẦN THƠ"),
])
def test_issuer_line_without_marks_and_motto(line, text):
    assert issuer_text(line) == text


# Real OCR'd pages, cut to their header and signature block.
Q02 = """BỘ CÔNG AN
CÔNG AN TỈNH LÂM ĐỒNG
Số:.25'Ì /TTr-CAT-PC06

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày°©. tháng 10 năm 2025

TỜ TRÌNH

Đề nghị ban hành Báo cáo kết quả triển khai Đề án 06 tháng 10/2025 và nhiệm vụ thực hiện thời gian tới

Kính gửi: Lãnh đạo UBND tỉnh Lâm Đồng.

Công an tỉnh kính báo cáo Lãnh đạo UBND tỉnh chỉ đạo thẩm định và duyệt, ký theo quy định./.
Nơi nhận: nà
- Như kính gửi;
- Lưu: VT, PC06.

GIÁM ĐỐC
_ , //

Thiếu tướng Trương Minh Đương
"""

P03 = """TỈNH ỦY SƠNLA -
*
Số 29-CT/TU

ĐÁNG CỘNG SẢN VIỆT NAM
Sơn La, ngày 19 tháng 4 năm 2023

CHỈ THỊ
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về tăng cường sự lãnh đạo của các cấp ủy đảng trong triển khai Đề án 06

Chỉ thị này được phổ biến đến các chi bộ./.

Nơi nhận:
- Ban Bí thư Trung ương Đảng,
- Lưu VPTU.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
-
/
té
VN
!Z/ NG
š l
Lò Minh Hùng"""

P04 = """- UBND TỈNH PHÚ THỌ
ä
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: /STTTT-CNTT
V/v đăng ký danh sách tham gia Hội thi kỹ năng sử dụng máy tính.

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày - tháng 12 năm 2011

Vậy sở Thông tin và Truyền thông gửi các đơn vị biết và tham gia.

Nơi nhận:
- Như trên;
- Lưu: CNTT, VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Hữu Việt"""

# a last page that is another document's first page: the main document's signature is the
# first one after its body
P01 = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ

Số: /#//UBND- KSTTHC
VỀ việc xây dựng kế hoạch rà soát quy định, thủ tục hành chính.

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày tháng 12 năm 2011

Vậy, thông báo để các sở, ban, ngành, UBND các huyện, thành, thị biết và thực hiện.
Nơi nhận:
- Như trên;
- Lưu: VT, KSTTHC.

TL.CHỦ TỊCH
CHÁNH VĂN PHÒNG
_-tcz7Z2%

Trần Thị Thu Hương\fUBND TỈNH PHÚ THỌ
VĂN PHÒNG
số: 6/[) /VP-KSTTHC
Về việc Hướng dẫn xây dựng và thực hiện kế hoạch rà soát quy định, thủ tục hành chính

Nơi nhận:
- Như trên;

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Nguyễn Văn Kiên
"""


@pytest.mark.parametrize("text,expected", [
    (Q02, {"doc_type": "Tờ trình", "number": None, "symbol": "TTr-CAT-PC06", "issue_place": "Lâm Đồng",
           "issue_date": None, "plan_year": 2025, "issuer": "Công an tỉnh Lâm Đồng", "province": "Lâm Đồng",
           "signer": "Trương Minh Đương", "signer_title": "GIÁM ĐỐC", "signing_authority": None}),
    (P03, {"doc_type": "Chỉ thị", "number": "29", "symbol": "CT/TU", "issuer": "Tỉnh ủy Sơn La",
           "title": "về tăng cường sự lãnh đạo của các cấp ủy đảng trong triển khai Đề án 06",
           "signer": "Lò Minh Hùng", "signer_title": "PHÓ BÍ THƯ THƯỜNG TRỰC",
           "signing_authority": "T/M BAN THƯỜNG VỤ"}),
    (P04, {"doc_type": "Công văn", "number": None, "symbol": "STTTT-CNTT", "issue_place": "Phú Thọ",
           "plan_year": 2011, "issuer": "Sở Thông tin và Truyền thông tỉnh Phú Thọ", "level": "department",
           "signer": "Nguyễn Hữu Việt", "signer_title": "PHÓ GIÁM ĐỐC"}),
    (P01, {"doc_type": "Công văn", "symbol": "UBND-KSTTHC",
           "title": "xây dựng kế hoạch rà soát quy định, thủ tục hành chính",
           "issuer": "Ủy ban nhân dân tỉnh Phú Thọ", "signer": "Trần Thị Thu Hương",
           "signer_title": "CHÁNH VĂN PHÒNG", "signing_authority": "TL. CHỦ TỊCH"}),
])
def test_document_fields_of_ocr_pages(text, expected):
    got = fields(text)
    assert {k: got[k] for k in expected} == expected


Q03_HEADER = """BÔ CÔNGAN
CÔNGAN TÌNHLÂM ĐỒNG
Số: 4.09/ITr-CAT(PC04)

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng,ngà2G tháng 11 năm 2025
TỜ TRÌNH

Về việc thành lập hội đồng cấp tỉnh xét duyệt địa bàn cấp xã không ma túy Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng
"""


def test_letterhead_that_lost_its_spaces_is_read_against_the_gazetteers():
    got = fields(Q03_HEADER)
    assert (got["issuer"], got["level"], got["province"], got["number"], got["title"]) == (
        "Công an tỉnh Lâm Đồng", "department", "Lâm Đồng", None,
        "Về việc thành lập hội đồng cấp tỉnh xét duyệt địa bàn cấp xã không ma túy")


@pytest.mark.parametrize("name,respaced", [
    ("CÔNGAN TÌNHLÂM ĐỒNG", "Công an tỉnh Lâm Đồng"),
    ("CÔNG AN TỈNH LÂM ĐỒNG", None),  # has its spaces: read as printed
    ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", None),
])
def test_respaced_letterhead(name, respaced):
    from pipeline.metadata import _respaced
    assert _respaced(name) == respaced


def test_a_ministry_department_is_named_with_its_ministry():
    got = fields("BỘ CÔNG AN\nCỤC CẢNH SÁT ĐIỀU TRA\nTỘI PHẠM VỀ MA TÚY\nSố: 3980/C04-P6\n"
                 "V/v chuẩn bị tổ chức triển khai Chương trình MTQG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    assert (got["issuer"], got["level"], got["province"]) == (
        "Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an", "department", None)


# The "Nơi nhận" blocks of real scans as OCR read them: an item wrapped over two lines (P02),
# a dash a stamp left after an item, items closed by commas.
@pytest.mark.parametrize("block,items", [
    ("Nơi nhận:\n- Thường trực Tỉnh ủy,\n- Ban Thường vụ Tỉnh ủy, -\n- Các sở, ban, ngành, Ủy ban\n"
     "Mặt trận Tổ quốc và các tổ chức chính trị-xã hội tỉnh,\n-Ban Thường vụ Tỉnh đoàn,\n- Lưu BCĐ.\n\n"
     "TRƯỞNG BAN TỔ CHỨC CUỘC THI\nĐinh Thị Bích Thảo",
     ["Thường trực Tỉnh ủy", "Ban Thường vụ Tỉnh ủy",
      "Các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị-xã hội tỉnh",
      "Ban Thường vụ Tỉnh đoàn", "Lưu BCĐ"]),
    ("Nơi nhận:\n- Như trên;\n- CT, các PCT;\n- Lưu: VT, KSTTHC (L-40b).\nTL.CHỦ TỊCH\nCHÁNH VĂN PHÒNG",
     ["Như trên", "CT, các PCT", "Lưu: VT, KSTTHC (L-40b)"]),  # the signature's capitals are no wrap
    ("Nơi nhận:\n- Như trên;\n- Sở Nội vụ;\nLưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An",
     ["Như trên", "Sở Nội vụ", "Lưu: VT"]),
    # specks of a heavy scan after an item's closing mark (scripts/eval_layouts.py --forms heavy)
    ("Nơi nhận:\n- Thường trực Tỉnh ủy;\n- Chủ tịch, các PCT UBND tỉnh; -'\n- Ban Tuyên giáo Tỉnh ủy; ˆ\n"
     "- UBND tỉnh (b/c);\n- Lưu: VT, NC.\n\nGIÁM ĐỐC\nNguyễn Văn An",
     ["Thường trực Tỉnh ủy", "Chủ tịch, các PCT UBND tỉnh", "Ban Tuyên giáo Tỉnh ủy", "UBND tỉnh (b/c)",
      "Lưu: VT, NC"]),
])
def test_recipients_of_an_ocr_signature_block(block, items):
    text = "KẾ HOẠCH\nTuyên truyền năm 2023\n\nNội dung.\n" + block
    assert fields(text)["recipients"] == items


def test_a_signer_name_with_a_speck_before_it():
    """Heavy scan of seed 002: "-Hồ Quốc Dũng" under "CHỦ TỊCH", and the letterhead of the plan
    the decision issues after it (which is no signer)."""
    got = fields("KẾ HOẠCH\nTuyên truyền năm 2023\n\nNội dung.\nNơi nhận:\n- Như trên;\n- Lưu VT, KSTT.\n\n"
                 "CHỦ TỊCH\n\n-Hồ Quốc Dũng\n\nỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n")
    assert (got["signer_title"], got["signer"]) == ("CHỦ TỊCH", "Hồ Quốc Dũng")


def test_a_signer_name_with_a_speck_after_it_and_a_title_with_a_speck_before_it():
    """Heavy scans of L02 ("Trần Văn Lâm 1", a ":" between title and name) and seed 001 ("- " read
    before the title's first word)."""
    got = fields("KẾ HOẠCH\n- Tuyên truyền cải cách hành chính năm 2023\n\nI. MỤC ĐÍCH\nNội dung.\n"
                 "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT, CCHC.\n\nGIÁM ĐỐC\n:\nTrần Văn Lâm 1")
    assert (got["title"], got["signer_title"], got["signer"]) == (
        "Tuyên truyền cải cách hành chính năm 2023", "GIÁM ĐỐC", "Trần Văn Lâm")


@pytest.mark.parametrize("title_line", [
    "- Tuyên truyền cải cách hành chính năm 2023",  # heavy scan of seed 001
    "ˆ Tuyên truyền cải cách hành chính năm 2023",  # heavy scan of L02: "ˆ Kiểm tra công tác …"
    "^ Tuyên truyền cải cách hành chính năm 2023",
    "., Tuyên truyền cải cách hành chính năm 2023",
    "Tuyên truyền cải cách hành chính năm 2023",
])
def test_a_speck_before_the_title_is_no_part_of_it(title_line):
    got = fields(f"KẾ HOẠCH\n{title_line}\n\nI. MỤC ĐÍCH\nNội dung.\n")
    assert got["title"] == "Tuyên truyền cải cách hành chính năm 2023"


@pytest.mark.parametrize("header,body,issuer,level", [
    # P02: an organising board under the steering committee it works for (as OCR read it)
    ("BCĐ CHUYÊN ĐÔI SỐ\nBAN TỎ CHỨC CUỘC THỊ\n*\nSố 07 -KH/BTC",
     "Căn cứ Kế hoạch số 10-KH/BCĐ của Ban Chỉ đạo Chuyển đổi số tỉnh; phản ánh về Ban Tổ chức"
     " Cuộc thi (qua Ban Tuyên giáo Tỉnh ủy).",
     "Ban Tổ chức Cuộc thi Ban Chỉ đạo Chuyển đổi số tỉnh Sơn La", "department"),
    # a commission of the provincial party committee
    ("TỈNH ỦY SƠN LA\nBAN TỔ CHỨC\n*\nSố 12-HD/BTCTU", "Ban Tổ chức Tỉnh ủy hướng dẫn như sau.",
     "Ban Tổ chức Tỉnh ủy Sơn La", "department"),
    # a standing committee keeps its parent's level
    ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 05/KH-MTTQ", "Nội dung.",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", "commune"),
])
def test_board_named_under_its_parent(header, body, issuer, level):
    text = f"{header}\nĐẢNG CỘNG SẢN VIỆT NAM\nSơn La, ngày 26 tháng 7 năm 2023\n\nKẾ HOẠCH\nPhát động năm 2023\n\n{body}\n"
    got = fields(text)
    assert (got["issuer"], got["level"]) == (issuer, level)


@pytest.mark.parametrize("authority,expected", [
    ("KT. GIÁM ĐỐC", "KT. GIÁM ĐỐC"),
    ("KT GIÁM ĐỐC", "KT. GIÁM ĐỐC"),  # the dot lost
    ("KT, GIÁM ĐỐC", "KT. GIÁM ĐỐC"),  # the dot read as a comma
    ("TL: CHỦ TỊCH", "TL. CHỦ TỊCH"),  # … or as a colon
    ("TM, ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"),
    ("K/T GIÁM ĐỐC", "K/T GIÁM ĐỐC"),
])
def test_signing_authority_as_ocr_reads_it(authority, expected):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 12/KH-UBND\nPhú Thọ, ngày 5 tháng 3 năm 2023\nKẾ HOẠCH\n"
            f"Tuyên truyền năm 2023\n\nNội dung.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n{authority}\n"
            "PHÓ GIÁM ĐỐC\nNguyễn Văn An\n")
    got = fields(text)
    assert (got["signing_authority"], got["signer_title"], got["signer"]) == (expected, "PHÓ GIÁM ĐỐC", "Nguyễn Văn An")
