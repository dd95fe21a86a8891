"""A heading's list that goes from a named body to a collective of its own after a comma names
two entries (contract: named agencies listed with commas are separate entries, a collective group
stays whole).  Real headings and sentences, each naming its source; judged from the text."""

import pytest
import regex

from tests.support.texts import HUNG_YEN_DRUG_PLAN, assignment_entries


def _folded(entries):
    """As the scorer compares names: letter case and the spacing of a dash folded."""
    return {(regex.sub(r"\s*-\s*", "-", a.lower()), r) for a, r in entries}


@pytest.mark.parametrize("item, expected", [
    # tune V01 (Hưng Yên KH 199/2026) III.15: the request heading with its task after the colon
    ("15. Đề nghị Ủy ban mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh: Chỉ đạo các tổ chức thành viên tổ chức tuyên truyền, vận động, tập huấn nhằm nâng cao nhận thức, ý thức trách nhiệm, kỹ năng phòng chống ma túy cho hội viên, đoàn viên của tổ chức.",
     {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead"), ("Các tổ chức chính trị - xã hội tỉnh", "lead")}),
    # tune C010 (Nghệ An KH 982/2025) V.2: the same request as a sentence (read so before)
    ("- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy mạnh mẽ, thành quả của các phong trào thi đua, cuộc vận động tiếp tục hướng mạnh về cơ sở.",
     {("Ủy ban Mặt trận Tổ quốc tỉnh", "lead"), ("Các tổ chức chính trị - xã hội", "lead")}),
])
def test_named_body_then_collective(item, expected):
    found = _folded(assignment_entries(HUNG_YEN_DRUG_PLAN.format(item=item)))
    assert _folded(expected) <= found
    assert not any(", các" in agency for agency, _ in found)


@pytest.mark.parametrize("item, whole", [
    # a collective's own members stay one group (tune: VPCP conclusion notices' "các bộ, cơ quan
    # Trung ương")
    ("3. Các bộ, cơ quan Trung ương: phối hợp chặt chẽ với tỉnh trong việc triển khai các dự án.",
     "Các bộ, cơ quan Trung ương"),
    ("4. Các sở, ban, ngành, các cơ quan, đơn vị cấp tỉnh: Xây dựng kế hoạch thực hiện.",
     "Các sở, ban, ngành, các cơ quan, đơn vị cấp tỉnh"),
])
def test_collective_stays_whole(item, whole):
    found = {agency for agency, _ in assignment_entries(HUNG_YEN_DRUG_PLAN.format(item=item))}
    assert whole in found
