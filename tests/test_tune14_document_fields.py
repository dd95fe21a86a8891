"""Document fields of crawled national letters and notices whose header the crawl lost (contract
§1: issuer from the header, else the opening sentence or the signature block; issue_date from
the "…, ngày …" line; plan_year the year of issue). Lines as crawled (corpus split tune14,
sources in tests/data/corpus/SOURCES.tsv)."""

import pytest

from pipeline.metadata import recognize_metadata
from tests.support.texts import structure


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


# R02, TP HCM CV 4001/UBND-ĐT 2025: letterhead and date line lost; the appendix's note names the
# letter with its number and date
_R02 = ("|\n**Kính gửi:**\n|\n- Sở Nông nghiệp và Môi trường;\n- Sở Tài chính;\n- Sở Xây dựng.\n|\n"
        "Thực hiện Kết luận số 15-KL/ĐU\nngày 29 tháng 10 năm 2025 của Ban Thường vụ Đảng ủy Ủy ban nhân dân "
        "Thành phố; Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:\n"
        "**1.** Chấp thuận đề nghị của Sở Nông nghiệp và Môi trường.\n|\nNơi nhận:\n- Như trên;\n"
        "- Lưu: VT, (ĐT-PVH)\n|\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Bùi Minh Thạnh**\n|\n"
        "**Phụ lục:**\n**Danh mục các khu vực mỏ khoáng sản trên địa bàn Thành\nphố Hồ Chí Minh**\n")


@pytest.mark.parametrize("note, expected", [
    # tune14 R02: issue_date was null
    ("*(kèm\ntheo Công văn số 4001/UBND-ĐT ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân\nThành phố)*\n"
     "**A. CÁC MỎ ĐÃ\nĐƯỢC CẤP PHÉP ĐANG CÒN HIỆU LỰC**\n",
     ("4001", "UBND-ĐT", "2025-11-24")),
    # the note's day and month left blank (tune13 N09's shape): no date
    ("*(kèm theo văn bản số:\n/UBND-ĐT ngày tháng năm 2025 của UBND\nThành phố)*\n\n1. Mỏ cát\n",
     (None, "UBND-ĐT", None)),
])
def test_issue_date_from_appendix_note(note, expected):
    got = fields(_R02 + note)
    assert (got["number"], got["symbol"], got["issue_date"]) == expected


# R07, VPCP TB 661/TB-VPCP 2025: the crawl kept the type line and the title, lost the letterhead,
# the number and the date
_R07 = ("**THÔNG BÁO**\n\nKẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH VỀ CÔNG TÁC KHẮC PHỤC HẬU\n"
        "QUẢ MƯA, LŨ TẠI TỈNH NAM TRUNG BỘ\n\nNgày 29 tháng 11\nnăm 2025, Thủ tướng Chính phủ Phạm Minh Chính, "
        "Trưởng Ban Chỉ đạo Phòng\nthủ dân sự quốc gia đã đi thị sát tình hình lũ lụt.\n\n6. Các Bộ,\n"
        "ngành, các địa phương chủ động triển khai công tác ứng phó với bão số 15 và mưa\n"
        "lũ do bão theo chỉ đạo của Thủ tướng Chính phủ tại Công điện số 231/CĐ-TTg ngày\n"
        "26/11/2025 với tinh thần không được chủ quan.\n\n")
_R07_SIGNED = ("\n|\nNơi nhận:\n- Ban Bí thư TW Đảng;\n- VPCP: BTCN, các PCN, Trợ lý TTg; TGĐ Cổng TTĐT, "
               "các Vụ: NC, QHĐP, KTTH;\n- Lưu: VT, NN. Tuynh\n|\n**KT. BỘ TRƯỞNG, CHỦ NHIỆM**\n"
               "PHÓ CHỦ NHIỆM\nPhạm Mạnh Cường\n|\n")


@pytest.mark.parametrize("closing, expected", [
    # tune14 R07: issuer, level and plan_year were null
    ("Văn phòng Chính\nphủ thông báo để các cơ quan và địa phương liên quan biết, thực hiện./.\n\n",
     ("Văn phòng Chính phủ", None, "department", 2025)),
    # no body speaks in it: the joint post alone names no issuer
    ("Đề nghị các cơ quan liên quan biết, thực hiện./.\n\n", (None, None, None, 2025)),
])
def test_government_office_notice_without_header(closing, expected):
    got = fields(_R07 + closing + _R07_SIGNED)
    assert (got["issuer"], got["province"], got["level"], got["plan_year"]) == expected


# R09, BCĐ CV 171/BCĐ 2025 (the Government's steering board for the two-tier local government):
# letterhead lost, the board names itself and its short form in the opening sentence, then speaks
_R09_OPENING = ("**Kính gửi:** Chủ\ntịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
                "Thực hiện Kết luận số 210-KL/TW ngày 12/11/2025 của\nBan Chấp hành Trung ương Đảng khóa XIII về tiếp "
                "tục xây dựng, hoàn thiện tổ chức\nbộ máy của hệ thống chính trị trong thời gian tới và ý kiến chỉ đạo "
                "của Đồng\nchí Tổng Bí thư Tô Lâm tại cuộc họp Bộ Chính trị ngày 14/11/2025, ")
_R09_REST = (" yêu cầu\nChủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung,\nkhẩn trương "
             "chỉ đạo, giải quyết dứt điểm các khó khăn, vướng mắc ở cấp xã khi vận\nhành chính quyền địa phương 02 "
             "cấp, một số nội dung cụ thể sau:\n**1. Về tổ chức thực hiện chức\nnăng, nhiệm vụ được phân cấp**\n"
             "- Tiếp tục đánh giá tính khả thi.\n|\nNơi nhận:\n- Như trên;\n- Thủ tướng Chính phủ (để b/c);\n"
             "- Lưu: VT, BCĐ (02).\n|\n**KT. TRƯỞNG BAN**\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nPHÓ THỦ TƯỚNG\n"
             "Phạm Thị Thanh Trà\n|\n")


@pytest.mark.parametrize("speaker, expected", [
    # tune14 R09: issuer and level were null
    ("Ban chỉ đạo của\nChính phủ về sắp xếp đơn vị hành chính các cấp và xây dựng mô hình tổ chức\nchính quyền địa "
     "phương 02 cấp (sau đây viết là Ban Chỉ đạo của Chính phủ)",
     ("Ban Chỉ đạo của Chính phủ về sắp xếp đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền "
      "địa phương 02 cấp", None, "department")),
    # no short form defined: the sentence alone names no issuer
    ("Ban chỉ đạo của\nChính phủ về sắp xếp đơn vị hành chính các cấp", (None, None, None)),
])
def test_board_that_names_itself_and_speaks(speaker, expected):
    got = fields(_R09_OPENING + speaker + _R09_REST)
    assert (got["issuer"], got["province"], got["level"]) == expected


# R08, VPCP CV 11414/VPCP-CN 2025: the Office's own units, one item over four lines, its last line
# after a ";" in lower case
_R08 = ("Văn phòng Chính phủ xin thông báo để Bộ Xây dựng và\ncác cơ quan liên quan biết, thực hiện./.\n|\n"
        "Nơi nhận:\n- Như trên;\n- Thủ tướng, các Phó Thủ tướng CP (để b/c);\n- Bộ Xây dựng;\n"
        "- UBND Thành phố Hồ Chí Minh;\n- UBND các tỉnh Đồng Nai.\n- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp,\n"
        "PCN Phạm Mạnh Cường,\nTrợ lý TTg, TGĐ Cổng TTĐT;\ncác Vụ: KTTH, QHĐP, TH;\n- Lưu: VT, CN (2). Ha\n|\n"
        "**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\nPHÓ CHỦ NHIỆM\nPhạm Mạnh Cường\n|\n")


def test_recipient_item_going_on_in_lower_case():
    # "các Vụ: KTTH, QHĐP, TH" was an item of its own
    # (the typist's mark "Ha" after the filing line's count is left to _AFTER_COPY_COUNT)
    assert fields(_R08)["recipients"][-2] == \
        "VPCP: BTCN, PCN Nguyễn Sỹ Hiệp, PCN Phạm Mạnh Cường, Trợ lý TTg, TGĐ Cổng TTĐT; các Vụ: KTTH, QHĐP, TH"
