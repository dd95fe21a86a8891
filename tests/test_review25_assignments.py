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


@pytest.mark.parametrize("body, expected", [
    # a partner whose name opens like a verb ("quản lý thị trường") is one more partner, mid-list:
    # the request to cooperate stays support (review 25 #2; the shape of tune C060 4.5)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n4.5. Đề nghị Viện Kiểm sát nhân dân tỉnh:\n\nPhối hợp chặt chẽ với công an, quản lý "
     "thị trường, hải quan trong kiểm tra, xử lý các hành vi vi phạm.\n",
     ("Viện Kiểm sát nhân dân tỉnh", "support")),
    # a verb of its own after the partners keeps it lead (Đắk Lắk KH 124/2025 IV.2, tune14 R03)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:\n\nPhối hợp chặt chẽ với cấp ủy, "
     "chính quyền các cấp, phát huy khối đại đoàn kết toàn dân trong tuyên truyền, vận động Nhân dân.\n",
     ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead")),
])
def test_partner_named_like_a_verb_is_no_work_of_its_own(body, expected):
    found = assignment_entries(PROVINCE_HEADER + body)
    assert expected in found, found
