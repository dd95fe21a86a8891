"""Shapes of provincial documents the tool had never seen, annotated before it ran on them
(round 19: decisions crawled from thuvienphapluat.vn as stored in github:TuanHuu168/CongBot at
commit b8849f31b7b2c45573ef23629e37122d608a222e, folder Data/; the tune corpus where the same
shape stands).  Each expectation is read from the sentence by the contract (section 3)."""

import pytest

from pipeline.agencies import agency_extent
from tests.support.texts import assignment_entries


# ----------------------------------------- an office named for a known department's parted field
# A district's office or a branch is named for the same field as the province's department
# ("Sở Nông nghiệp và Phát triển nông thôn" → "Phòng Nông nghiệp và Phát triển nông thôn
# huyện"): the name is read whole, as the department's is, not cut at the "và" the word
# segmenter glues to the next part.
@pytest.mark.parametrize("text, name", [
    # Data/file_data_49.md (Lai Châu QĐ 16/2010/QĐ-UBND, Điều 1.6.1)
    ("Phòng Nông nghiệp và Phát triển nông thôn huyện (Phòng Kinh tế thị xã) có trách nhiệm xác định năng suất",
     "Phòng Nông nghiệp và Phát triển nông thôn huyện"),
    # tests/data/corpus/text/U03_tuyenquang-qd12-2012-tang-qua-nguoi-co-cong (tune)
    ("Phòng Lao động - Thương binh và Xã hội, Ủy ban nhân dân các xã, phường, thị trấn lập danh sách đối",
     "Phòng Lao động - Thương binh và Xã hội"),
    # a one-part field still runs over its capitals, and a longer name goes on after a known one
    ("Phòng Tài chính - Kế hoạch huyện tham mưu", "Phòng Tài chính - Kế hoạch huyện"),
    # tests/data/corpus/text/U02_hcm-qd49-2012-quy-che-kinh-phi-nguoi-co-cong (tune): the places it
    # serves follow it, joined by a dash as by a comma
    ("Phòng Lao động - Thương binh và Xã hội quận - huyện; Ủy ban nhân dân phường - xã, thị trấn",
     "Phòng Lao động - Thương binh và Xã hội quận - huyện"),
])
def test_an_office_of_a_known_field_is_read_whole(text, name):
    assert text[:agency_extent(text)] == name


@pytest.mark.parametrize("article, expected", [
    # Data/file_data_49.md (Lai Châu QĐ 16/2010/QĐ-UBND, Điều 1, item 6.1): the office has the
    # duty, its town's counterpart in brackets before the verb
    ("QUYẾT ĐỊNH:\n\nĐiều 1. Quy định cụ thể một số chính sách về bồi thường như sau:\n\n"
     "6. Quy định cụ thể Điều 24. Bồi thường đối với cây trồng, vật nuôi:\n\n6.1. Khoản 1:\n\n"
     "Phòng Nông nghiệp và Phát triển nông thôn huyện (Phòng Kinh tế thị xã) có trách nhiệm xác định năng "
     "suất của vụ cao nhất trong ba (03) năm trước liền kề của cây trồng chính tại địa phương và giá trung "
     "bình tại thời điểm thu hồi đất làm căn cứ bồi thường.\n",
     {("Phòng Nông nghiệp và Phát triển nông thôn huyện", "lead")}),
])
def test_an_office_of_a_known_field_is_given_its_duty(article, expected):
    assert assignment_entries(article) == expected


# ----------------------------------------- a numbered part of the body is no letterhead line
# A crawl or a scan that lost the letterhead and the type line leaves the body's first part in
# capitals near the top ("I. MỤC ĐÍCH, YÊU CẦU"): the body has begun, no issuer block is there;
# the issuer comes from what names it elsewhere (the signature's "TM. ỦY BAN NHÂN DÂN"), or
# stays unknown.
_KONTUM_435 = (  # tests/data/corpus/text/U01_kontum-qd435-2020-quan-he-lao-dong (tune), lines kept whole
    "Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG "
    "TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
    "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
    "QUYẾT ĐỊNH:\n"
    "Quyết định 435/QĐ-UBND năm 2020. Điều 1.\n"
    "Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban nhân dân tỉnh.\n\n"
    "Nơi nhận:\n- Như điều 2;\n- Lưu VT, KGVX2.\n"
    "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp \n\n"
    "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 "
    "THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Nâng cao nhận thức của cấp ủy, chính quyền về xây dựng quan hệ lao động.\n"
)
_CANTHO_70 = (  # github:nghiado905/mineru_vietocr@0aff430b output/g/auto/g.md (Cần Thơ KH 70/KH-UBND 2025, OCR), lines kept whole
    "Số 70/KH-UBND\n\nCần Thơ, ngày 15 tháng 9 năm 2025\n\n"
    "# KẾ HOẠCH Thực hiện công tác dân vận và đã thành phố Cần Thơ từ nay đến\n\n"
    "Ủy ban nhân dân thành phố Cần Thơ Hội dân vận và dân chủ ở cơ sở trên đó 2025, cụ thể như sau:\n\n"
    "# I. MỤC ĐÍCH, YÊU CẦU\n\n# 1. Mục đích\n\n"
    "b) Phát huy vai trò của Nhân dân quyền trong sạch, vững mạnh;\n"
)


@pytest.mark.parametrize("text, issuer", [
    (_KONTUM_435, "Ủy ban nhân dân tỉnh Kon Tum"),
    # (not "I. MỤC ĐÍCH, YÊU CẦU"; the symbol's "UBND" and the place of issue, a centrally-run
    # city, name it as the reconciled gold of tune9 V07 does)
    (_CANTHO_70, "Ủy ban nhân dân thành phố Cần Thơ"),
])
def test_a_numbered_part_of_the_body_is_no_issuer(text, issuer):
    from tests.test_document_fields import fields
    assert fields(text)["issuer"] == issuer


# ----------------------------------------- a crawl's one-cell signature over an annex's table
# A crawl writes "Nơi nhận" and the signature as two cells of one row, the signer's title and
# name in one cell ("| … | CHỦ TỊCH Nguyễn Văn Sơn |", as "| … | THỦ TƯỚNG Nguyễn Xuân Phúc |"
# in the tune text U04); the annex's table under it ("| A. | Danh mục … |") made the block read
# as two columns, whose right side held no title line over a name: the cell is still read.
_HAGIANG_378 = (  # github:TuanHuu168/CongBot@b8849f31 Data/file_data_22.md (Hà Giang QĐ 378/QĐ-UBND 2022), lines kept whole
    "QUYẾT ĐỊNH:\n\n"
    "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính mới ban hành.\n\n"
    "| Nơi nhận: - Như Điều 2; - Chủ tịch UBND tỉnh; - Các Phó Chủ tịch UBND tỉnh; - Lãnh đạo Văn phòng; "
    "- Lưu: VT, PVHCC. | CHỦ TỊCH Nguyễn Văn Sơn |\n"
    "|---|---|\n\n"
    "Phần I.\n\n"
    "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH; SỬA ĐỔI, BỔ SUNG LĨNH VỰC LƯU THÔNG HÀNG HÓA TRONG NƯỚC "
    "CỦA NGÀNH CÔNG THƯƠNG ÁP DỤNG TRÊN ĐỊA BÀN TỈNH HÀ GIANG\n\n"
    "1. Danh mục thủ tục hành chính mới ban hành\n\n"
    "| STT | Mã TTHC gốc | Tên thủ tục hành chính |\n"
    "|---|---|---|\n"
    "| A. | Danh mục thủ tục hành chính cấp tỉnh |  |\n"
    "| I. | Lĩnh vực: Lưu thông hàng hóa trong nước |  |\n"
    "| 1 | 1.010696 | Cấp giấy tiếp nhận thông báo kinh doanh xăng dầu bằng thiết bị bán xăng dầu quy mô nhỏ |\n"
)


def test_a_one_cell_signature_over_an_annex_table_is_read():
    from tests.test_document_fields import fields
    doc = fields(_HAGIANG_378)
    assert (doc["signer"], doc["signer_title"], doc["recipients"][:2]) == (
        "Nguyễn Văn Sơn", "CHỦ TỊCH", ["Như Điều 2", "Chủ tịch UBND tỉnh"])
