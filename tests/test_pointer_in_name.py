"""A class named with a pointer into the document ("… nêu tại Điều 1 Quyết định này") is the class
without the pointer: the pointer says where the document lists the bodies, it is no part of their
name (the reconciled gold of tune V06 writes the class without it).  Real names, each naming its
source."""

import pytest

from pipeline.agencies import clean_agency


@pytest.mark.parametrize("printed, name", [
    # Bình Định QĐ 518/QĐ-UBND 2023 (tune V06), Điều 2
    ("Các cơ quan, đơn vị, địa phương được phân bổ danh mục và kế hoạch vốn năm 2023 nêu tại Điều 1 Quyết định này",
     "Các cơ quan, đơn vị, địa phương được phân bổ danh mục và kế hoạch vốn năm 2023"),
    # the same pointer to an annex or a clause of an article
    ("Các đơn vị được giao nhiệm vụ nêu tại Phụ lục II Kế hoạch này", "Các đơn vị được giao nhiệm vụ"),
    ("Các cơ quan, tổ chức được giao chủ trì quy định tại khoản 2 Điều 5 Quy chế này", "Các cơ quan, tổ chức được giao chủ trì"),
    # a pointer that is the class's only qualifier stays ("Các đơn vị" alone would name every unit)
    ("Các đơn vị quy định tại khoản 2 Điều này", "Các đơn vị quy định tại khoản 2 Điều này"),
    # a place, not a pointer
    ("Các cơ sở khám bệnh, chữa bệnh tại Thành phố", "Các cơ sở khám bệnh, chữa bệnh tại Thành phố"),
])
def test_pointer_dropped(printed, name):
    assert clean_agency(printed) == name
