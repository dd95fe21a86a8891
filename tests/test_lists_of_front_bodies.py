"""Two list shapes of the Front and its organisations (contract: named agencies listed with commas
or "và" are separate entries, collective groups stay whole):

* "Các tổ chức chính trị - xã hội và <another group>" is two groups, as "Các sở, ban, ngành, tổ
  chức chính trị - xã hội" is;
* "Mặt trận Tổ quốc Việt Nam, Hội Cựu chiến binh, Đoàn Thanh niên … các cấp": the level ending the
  list qualifies each body of the Front, its organisations or the people's bodies named before it.

Real lines, each naming its source; judged from the text (the reconciled gold of tune V02 agrees)."""

import pytest

from tests.support.texts import assignment_entries

# The national steering committee 1237's plan on the search for martyrs' remains (KH 252/KH-BCĐ
# 2013, tune V02), a task of it with its labelled lead and partner lists tried in its place.
_PLAN = """BAN CHỈ ĐẠO QUỐC GIA 1237
Số: 252/KH-BCĐ
Hà Nội, ngày 15 tháng 11 năm 2013
KẾ HOẠCH
Triển khai thực hiện Đề án tìm kiếm, quy tập hài cốt liệt sĩ
B. NỘI DUNG
III. TUYÊN TRUYỀN VỀ CÔNG TÁC TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ
1. Nội dung
Chỉ đạo, định hướng kế hoạch tuyên truyền về công tác tìm kiếm, quy tập hài cốt liệt sĩ.
2. Cơ quan chủ trì, phối hợp
a) Cơ quan chủ trì
- Bộ Thông tin và Truyền thông.
b) Cơ quan phối hợp
{partners}
3. Thời gian thực hiện: Từ tháng 11/2013 trở đi.
"""


@pytest.mark.parametrize("partners, expected, not_expected", [
    # III.2.b
    ("- Mặt trận Tổ quốc Việt Nam, Hội Cựu chiến binh, Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp.\n"
     "- Các đơn vị, địa phương; các tổ chức chính trị - xã hội và cơ quan tổ chức có liên quan.",
     # (the Front at every level as printed, "Mặt trận Tổ quốc Việt Nam các cấp", as the V02 gold writes it)
     {("Mặt trận Tổ quốc Việt Nam các cấp", "support"), ("Hội Cựu chiến binh các cấp", "support"),
      ("Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp", "support"), ("Các tổ chức chính trị - xã hội", "support"),
      ("Các cơ quan tổ chức có liên quan", "support")},
     {("Hội Cựu chiến binh", "support"), ("Các tổ chức chính trị - xã hội và cơ quan tổ chức có liên quan", "support")}),
    # V.2.b: the organisations, then a group of bodies and unions
    ("- Các cơ quan, đơn vị, địa phương; các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan.",
     {("Các tổ chức chính trị - xã hội", "support"), ("Các tổ chức, đoàn thể có liên quan", "support")},
     set()),
])
def test_front_lists(partners, expected, not_expected):
    found = assignment_entries(_PLAN.format(partners=partners))
    assert expected <= found
    assert not (not_expected & found)


def test_a_named_body_keeps_its_own_name_before_a_level():
    # a department of one province is no body "at every level": "Sở Y tế, Ủy ban nhân dân các cấp"
    found = assignment_entries(_PLAN.format(partners="- Sở Y tế, Ủy ban nhân dân các cấp."))
    assert ("Sở Y tế", "support") in found
    assert ("Sở Y tế các cấp", "support") not in found
