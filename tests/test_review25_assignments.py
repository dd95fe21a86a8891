"""Review-25 findings on the round's assignment rules: each row a sentence of the shape the review
named, read under a heading of its own; each row failed before its fix."""

import pytest

from tests.support.texts import assignment_entries
from tests.test_assignments_directive import PROVINCE_HEADER


@pytest.mark.parametrize("body, expected", [
    # "Tỉnh đoàn" is a body named by "Tỉnh", not the province's short form: the list goes on
    # (review 25 #1; the shape of the provinces' plans that name the youth union as a partner)
    ("III. TỔ CHỨC THỰC HIỆN\n\n**3. Sở Văn hóa, Thể thao và Du lịch**\n\n- Chủ trì, phối hợp với Tỉnh đoàn, "
     "Hội Liên hiệp Phụ nữ tỉnh tổ chức các hoạt động tuyên truyền.\n",
     {("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Tỉnh Đoàn", "support"),
      ("Hội Liên hiệp Phụ nữ tỉnh", "support")}),
])
def test_bodies_named_by_tinh_are_not_the_province(body, expected):
    found = assignment_entries(PROVINCE_HEADER + body)
    assert expected <= found, found
