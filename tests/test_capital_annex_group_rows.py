"""A capital annex's column that lists the projects and, in its group rows, the bodies carrying them
out ("Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện"): each group row's body or locality,
printed in capitals under a Roman number, is a lead (contract, Clarifications: table rows); the
project rows name none.  Real rows of Bình Định QĐ 518/QĐ-UBND 2023, Phụ lục 01 (tune
V06_binhdinh-qd518-2023-phan-bo-von-giao-duc-y-te), as crawled."""

import pytest

from pipeline.agencies import restore_case
from tests.support.texts import assignment_entries

ANNEX = """ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
Số: 518/QĐ-UBND
Bình Định, ngày 20 tháng 02 năm 2023
QUYẾT ĐỊNH
Về việc phân bổ chi tiết danh mục, kế hoạch vốn năm 2023
PHỤ LỤC 01:
DANH MỤC DỰ ÁN VÀ KẾ HOẠCH VỐN NĂM 2023 THỰC HIỆN ĐỀ ÁN ĐẢM BẢO CƠ SỞ VẬT CHẤT CHO CHƯƠNG TRÌNH GIÁO DỤC MẦM NON VÀ GIÁO DỤC PHỔ THÔNG
ĐVT: triệu đồng
| STT | Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện | Kế hoạch vốn năm 2023 | Ghi chú |
|---|---|---|---|
|  | TỔNG SỐ | 50.000 |  |
| I | SỞ GIÁO DỤC VÀ ĐÀO TẠO | 7.500 |  |
| 1 | Trường THPT số 3 An Nhơn, thị xã An Nhơn; HM: Nhà lớp học 02 tầng 06 phòng | 3.000 |  |
| 2 | Trường THPT số 2 An Nhơn, thị xã An Nhơn; HM: Nhà hiệu bộ | 2.500 |  |
| II | THỊ XÃ HOÀI NHƠN | 5.000 |  |
| 1 | Trường THCS Tam Quan, HM: Nhà hiệu bộ | 700 |  |
| IV | HUYỆN TUY PHƯỚC | 4.000 |  |
| 1 | Trường TH số 2 Phước Thành: Xây dựng bổ sung 2T6P (05 phòng chức năng + 01 phòng học) điểm chính | 1.200 |  |
| XI | HUYỆN VÂN CANH | 5.000 |  |
| 1 | Trường MN Canh Thuận (Hạng mục: 02 phòng học; nhà bếp, nhà ăn; nhà hiệu bộ; nhà chức năng; nhà thường trực) | 3.000 |  |
"""


def test_group_rows_name_the_bodies_that_carry_out_their_projects():
    # (none was read on main 408b4d4: the combined label was no header, the localities no bodies)
    assert assignment_entries(ANNEX) == {
        ("Sở Giáo dục và Đào tạo", "lead"), ("Thị xã Hoài Nhơn", "lead"),
        ("Huyện Tuy Phước", "lead"), ("Huyện Vân Canh", "lead")}


@pytest.mark.parametrize("printed, cased", [
    ("HUYỆN TUY PHƯỚC", "Huyện Tuy Phước"),   # V06 IV (was "Huyện tuy phước")
    ("HUYỆN AN LÃO", "Huyện An Lão"),         # V06 IX
    ("THỊ XÃ HOÀI NHƠN", "Thị xã Hoài Nhơn"),  # V06 II (read so before)
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"),  # V06 I (read so before)
])
def test_a_locality_in_capitals_keeps_its_place_name_capitalized(printed, cased):
    assert restore_case(printed) == cased
