"""A body whose name says it serves the whole country is national wherever its letters are
dated (contract, Clarifications: level department, province null): its place of issue "Hà Nội"
is no province of the issuer.  Headers as crawled (corpus splits tune9 and tune8, sources in
tests/data/corpus/SOURCES.tsv)."""

import pytest

from pipeline.metadata import recognize_metadata
from tests.support.texts import structure


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


@pytest.mark.parametrize("text, issuer", [
    # tune V02, Ban Chỉ đạo quốc gia 1237 KH 252/2013: the city of issue was added to the name
    ("| BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
     " Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|\n"
     "| Số: 252/KH-BCĐQG1237 | Hà Nội, ngày 11 tháng 11 năm 2013 |\n\nKẾ HOẠCH\n\n"
     "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\n"
     "Căn cứ Chỉ thị số 24-CT/TW ngày 15 tháng 5 năm 2013 của Bộ Chính trị;\n",
     "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ"),
    # tune U05, Bảo hiểm xã hội Việt Nam CV 296/2021: province Hà Nội, "việt nam" in lower case
    ("Công văn 296/BHXH-CSYT năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y tế do Bảo hiểm xã hội"
     " Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
     "Số: 296/BHXH-CSYT V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT\n"
     "Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi:\n- Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương;\n"
     "- Bảo hiểm xã hội Bộ Quốc phòng;\n",
     "Bảo hiểm xã hội Việt Nam"),
    # tune C026, Ban Chỉ đạo Nhà nước về Du lịch QĐ 170/2025: "thành phố Hà Nội" was added to the
    # State's board from its place of issue
    ("|\n**BAN CHỈ ĐẠO NHÀ\nNƯỚC **\nVỀ DU LỊCH\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
     "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 170/QĐ-BCĐNNDL\n|\n*Hà Nội, ngày 21\n"
     "tháng 11 năm 2025*\n|\n\n\n**QUYẾT ĐỊNH**\n\nBAN\nHÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH\n\n"
     "**TRƯỞNG BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH**\n\n*Căn cứ Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025;*\n\n"
     "*Căn cứ Quyết định số 1532/QĐ-TTg ngày 15 tháng 7 năm 2025 của Thủ tướng\nChính phủ về việc kiện toàn"
     " Ban Chỉ đạo Nhà nước về Du lịch;*\n",
     "Ban Chỉ đạo Nhà nước về Du lịch"),
    # the youth union's central committee (models/central_bodies.txt), the lines as printed
    # (https://thieunhivietnam.vn/ke-hoach-to-chuc-cac-hoat-dong-he-danh-cho-thieu-nhi-nam-2024.html):
    # "Ban chấp hành trung ương đoàn … thành phố Hà Nội", province Hà Nội, no level
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n\n***\n\n   Số: 225 - KH/TWĐTN-CTTN          "
     "Hà Nội, ngày 16 tháng 5 năm 2024\n\nKẾ HOẠCH\nTổ chức các\nhoạt động hè dành cho thiếu nhi năm 2024\n\n"
     "Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024; căn cứ Kế hoạch số "
     "183-KH/TWĐTN-TNNT ngày 28/2/2024 của Ban Bí thư Trung ương Đoàn về việc tổ chức chiến dịch thanh niên "
     "tình nguyện Hè năm 2024, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch tổ chức các hoạt động Hè dành cho "
     "thiếu nhi năm 2024, cụ thể như sau:\n",
     "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
])
def test_national_by_name(text, issuer):
    got = fields(text)
    assert (got["issuer"], got["province"], got["level"]) == (issuer, None, "department")


@pytest.mark.parametrize("text, issuer, province", [
    # a province's board of the national programmes stays the province's
    ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nBAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\n"
     "Số: 12/KH-BCĐ\nLai Châu, ngày 01 tháng 3 năm 2025\n\nKẾ HOẠCH\nThực hiện các chương trình\n",
     "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Lai Châu", "Lai Châu"),
    # a city's youth union named with its city by the opening sentence of a plan a blog kept
    # without its header (https://clbbtlt.blogspot.com/2011_09_25_archive.html, Thành đoàn Hà Nội
    # KH 2011): the city not added again ("… Thành đoàn Hà Nội thành phố Hà Nội")
    ("KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu\nĐoàn TNCS Hồ Chí Minh thành phố Hà Nội "
     "lần thứ XIV,\nnhiệm kỳ 2012 - 2017\nCăn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 298 KH/TWĐTN ngày "
     "14/7/2011 của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh về việc Tổ chức đại hội đoàn các cấp, tiến tới "
     "Đại hội đại biểu toàn quốc lần thứ X Đoàn TNCS Hồ Chí Minh; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch "
     "tổ chức đại hội đoàn các cấp, tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV, "
     "nhiệm kỳ 2012 - 2017, cụ thể như sau:\nI. YÊU CẦU\n",
     "Ban Chấp hành Thành đoàn Hà Nội", "Hà Nội"),
])
def test_province_body_with_national_words(text, issuer, province):
    got = fields(text)
    assert (got["issuer"], got["province"]) == (issuer, province)
