"""Shapes of agency names and lists that general Vietnamese administrative writing uses and the
readers had missed (issue #11, assignments on unseen documents): each table holds real
sentences of the tuned-on corpus (tests/data/corpus/text, stem named on each row), as
normalized, with the entries an analyst records."""

import pytest

from pipeline.agencies import agency_extent
from tests.support.texts import assignment_entries


# ------------------------------------------------ a post of a committee named "Ủy ban MTTQ"
# The word tagger splits "Ủy | ban" after a post ("Thường trực Ủy ban MTTQ …"): the name read
# stopped at "Thường trực Ủy" and the partner was dropped as a post cut short.
@pytest.mark.parametrize("text, name", [
    # C022_nghean-qd98-2025-quy-che-kien-nghi-cu-tri, Điều 8.2
    ("Thường trực Ủy ban MTTQ Việt Nam cùng cấp thực hiện phân loại kiến nghị",
     "Thường trực Ủy ban MTTQ Việt Nam cùng cấp"),
    # 14_luongminh-quangninh-kh-2025-kiem-tra-giam-sat-bau-cu
    ("Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh về kết quả", "Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh"),
    ("Thường trực Ủy ban MTTQ xã thành lập Đoàn kiểm tra", "Thường trực Ủy ban MTTQ xã"),
    # unchanged: a post of a body named in full or abbreviated
    ("Thường trực Ủy ban nhân dân tỉnh thực hiện", "Thường trực Ủy ban nhân dân tỉnh"),
    ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh thực hiện", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
])
def test_post_of_a_front_committee_named_whole(text, name):
    assert text[:agency_extent(text)] == name


def test_partner_post_of_a_front_committee():
    # C022_nghean-qd98-2025-quy-che-kien-nghi-cu-tri, Điều 8.2
    article = ("Điều 8. Trách nhiệm của Ủy ban nhân dân cấp xã\n\n2. UBND cấp xã có trách nhiệm phối hợp chặt chẽ với\n"
               "Thường trực Ủy ban MTTQ Việt Nam cùng cấp thực hiện phân loại kiến nghị đầy đủ,\n"
               "rõ ràng và đúng thẩm quyền, chuyển đến cơ quan có thẩm quyền giải quyết.\n")
    assert ("Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp", "support") in assignment_entries(article)
