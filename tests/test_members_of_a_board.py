"""The members of a board named as one collective before the board's name ("Các thành viên
Ban Chỉ đạo") are given the work of a sentence they open (models/agency_heads.tsv: "Các thành
viên", a noun head, a name only before a capitalized board name).  Real sentences, each naming
its source; judged from the text and its gold (five tuned-on documents record "Các thành viên
Ban Chỉ đạo"; calibration C051, Cần Thơ QĐ 09/2010, notes its council's members as a judgement
call against, and reads one false positive now)."""

import pytest

from tests.support.texts import HUNG_YEN_DRUG_PLAN, assignment_entries


def _found(item):
    return assignment_entries(HUNG_YEN_DRUG_PLAN.format(item=item)) - {("Công an tỉnh", "lead")}


@pytest.mark.parametrize("item, entry", [
    # tune11 C026 (Ban Chỉ đạo Nhà nước về Du lịch QĐ 170/2025) Điều 6.2
    ("2. Các thành viên Ban Chỉ đạo có trách nhiệm tham gia đầy đủ các hoạt động của Ban Chỉ đạo; "
     "triển khai, thực hiện nhiệm vụ được Ban Chỉ đạo phân công.",
     ("Các thành viên Ban Chỉ đạo", "lead")),
    # tune C064 (Lâm Đồng, draft rules of the administrative-reform working group) 7.1
    ("1. Các thành viên Tổ giúp việc về Cải cách hành chính và các tổ chức, cá nhân liên quan có trách "
     "nhiệm thực hiện nghiêm Quy chế này.",
     ("Các thành viên Tổ giúp việc về Cải cách hành chính", "lead")),
])
def test_members_of_a_named_board(item, entry):
    assert entry in _found(item)


def test_members_without_a_board_name_are_no_body():
    # tune6 M10 (Quảng Trị QĐ 2696/2025): the council's non-standing members described, no work
    item = "- Các thành viên không thường trực là các chuyên gia trong lĩnh vực bảo vệ môi trường."
    assert _found(item) == set()
