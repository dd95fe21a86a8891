"""Issuers named in full in the citations of documents annotated before the tool ran
on them (0.12.0; corpus split tune8, sources in tests/data/corpus/SOURCES.tsv): real sentences as crawled."""

import pytest

from pipeline.references import find_citations


@pytest.mark.parametrize("sentence, number, issuer", [
    # Kon Tum QĐ 435/2020 (github:johnPa02/thuvienphapluat-crawler): cut to "Ban Bí thư"
    ("Căn cứ Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng “về tăng cường sự lãnh"
     " đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới”;",
     "37", "Ban Bí thư Trung ương Đảng"),
    # QĐ 773/QĐ-TTg 2018 (github:TuanHuu168/CongBot, Data/file_data_4.md): cut to "Ban Bí thư"
    ("Căn cứ Chỉ thị số 14-CT/TW ngày 19 tháng 7 năm 2017 của Ban Bí thư Trung ương Đảng khóa XII về tiếp tục"
     " tăng cường sự lãnh đạo của Đảng đối với công tác người có công với cách mạng;",
     "14", "Ban Bí thư Trung ương Đảng khóa XII"),
    # the same file: the next citation, a Pháp lệnh, ran into the issuer ("… Quốc hội và Pháp lệnh")
    ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày 29 tháng 6 năm 2005 của"
     " Ủy ban Thường vụ Quốc hội và Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công"
     " với cách mạng số 04/2012/PL-UBTVQH13 ngày 16 tháng 7 năm 2012 của Ủy ban Thường vụ Quốc hội;",
     "26", "Ủy ban Thường vụ Quốc hội"),
    # what the rule it loosens was for still holds: a title run on after "Chính phủ" ends it
    ("Nghị quyết số 12/NQ-CP ngày 01/01/2025 của Chính phủ Ứng dụng công nghệ thông tin trong quản lý",
     "12", "Chính phủ"),
])
def test_issuer_named_in_full(sentence, number, issuer):
    found = [r for r in find_citations(sentence) if r.number == number]
    assert [r.issuer for r in found] == [issuer]
