"""Two collectives in one list, each opened by its own "các", are two entries (contract: named
bodies listed with commas are separate entries, a collective group stays whole — a group's words
share one "các": "Các sở, ban, ngành").  Real lines of BCĐQG 1237 KH 252/KH-BCĐ1237 2013 (tune
V02_bcdqg1237-kh252-2013-tim-kiem-quy-tap-hai-cot-liet-si), as crawled."""

import pytest

from tests.support.texts import assignment_entries

PLAN = """BAN CHỈ ĐẠO QUỐC GIA 1237
Số: 252/KH-BCĐ1237
Hà Nội, ngày 20 tháng 11 năm 2013
KẾ HOẠCH
Triển khai thực hiện Đề án tìm kiếm, quy tập hài cốt liệt sĩ
VIII. BẢO ĐẢM PHƯƠNG TIỆN, TRANG BỊ, KINH PHÍ
1. Nội dung, biện pháp
a) Rà soát phương tiện hiện có, tiếp tục đề xuất phương án bảo đảm và bổ sung phương tiện thay thế hằng năm cho các đội chuyên trách;
2. Cơ quan chủ trì, phối hợp
{items}
3. Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.
"""


@pytest.mark.parametrize("items, present, absent", [
    # V02 VIII.2.b: "Các quân khu, các tỉnh" was one entry
    ("a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.\nb) Cơ quan phối hợp\n- Các quân khu, các tỉnh\n- Các đơn vị, địa phương.",
     {("Các quân khu", "support"), ("Các tỉnh", "support")}, {("Các quân khu, các tỉnh", "support")}),
    # V02 C.3's subject list, here as a lead item
    ("a) Cơ quan chủ trì\n- Các Bộ, ngành chức năng, các cơ quan báo chí Trung ương, địa phương, quân đội.",
     {("Các Bộ, ngành chức năng", "lead"), ("Các cơ quan báo chí Trung ương, địa phương, quân đội", "lead")}, set()),
    # control: one "các" over the group's words keeps it whole (V02 II.2)
    ("a) Cơ quan chủ trì\n- Bộ Quốc phòng; các Bộ, ngành, cơ quan liên quan.",
     {("Các Bộ, ngành, cơ quan liên quan", "lead")}, set()),
])
def test_each_collective_with_its_own_cac_is_an_entry(items, present, absent):
    entries = assignment_entries(PLAN.format(items=items))
    assert present <= entries
    assert not absent & entries


def test_a_collective_tied_by_cua_is_not_parted():
    # made-up control: "các tỉnh" belongs to "của …" here, it opens no group of its own
    from pipeline.assignments import _kinds_of_body_apart
    from pipeline.models import Assignment
    a = Assignment("Các cơ quan báo chí của Trung ương, các tỉnh", "lead", None, "", 0, 10)
    assert [p.agency for p in _kinds_of_body_apart(a)] == ["Các cơ quan báo chí của Trung ương, các tỉnh"]


# V02 D.3 as crawled: the national organ of a mass organisation opens a name of its own
# ("Trung ương Hội Cựu chiến binh Việt Nam", models/agency_heads.tsv), so the list parts before it
def test_the_national_organ_of_a_mass_organisation_is_a_body_of_its_own():
    from pipeline.assignments import agency_list
    text = ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam xây dựng "
            "các văn bản hướng dẫn, chỉ đạo và kế hoạch tổ chức triển khai thực hiện")
    spans, _ = agency_list(text)
    assert [text[s:e] for s, e in spans] == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                                            "Trung ương Hội Cựu chiến binh Việt Nam"]
