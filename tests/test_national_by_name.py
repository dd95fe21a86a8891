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
])
def test_national_by_name(text, issuer):
    got = fields(text)
    assert (got["issuer"], got["province"], got["level"]) == (issuer, None, "department")


@pytest.mark.parametrize("text, issuer, province", [
    # a province's board of the national programmes stays the province's
    ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nBAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\n"
     "Số: 12/KH-BCĐ\nLai Châu, ngày 01 tháng 3 năm 2025\n\nKẾ HOẠCH\nThực hiện các chương trình\n",
     "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Lai Châu", "Lai Châu"),
])
def test_province_body_with_national_words(text, issuer, province):
    got = fields(text)
    assert (got["issuer"], got["province"]) == (issuer, province)
