"""Shapes of provincial documents the tool had never seen, annotated before it ran on them
(round 19: decisions crawled from thuvienphapluat.vn as stored in github:TuanHuu168/CongBot at
commit b8849f31b7b2c45573ef23629e37122d608a222e, folder Data/; the tune corpus where the same
shape stands).  Each expectation is read from the sentence by the contract (section 3)."""

import pytest

from pipeline.agencies import agency_extent
from tests.support.texts import assignment_entries


# ----------------------------------------- an office named for a known department's parted field
# A district's office or a branch is named for the same field as the province's department
# ("Sở Nông nghiệp và Phát triển nông thôn" → "Phòng Nông nghiệp và Phát triển nông thôn
# huyện"): the name is read whole, as the department's is, not cut at the "và" the word
# segmenter glues to the next part.
@pytest.mark.parametrize("text, name", [
    # Data/file_data_49.md (Lai Châu QĐ 16/2010/QĐ-UBND, Điều 1.6.1)
    ("Phòng Nông nghiệp và Phát triển nông thôn huyện (Phòng Kinh tế thị xã) có trách nhiệm xác định năng suất",
     "Phòng Nông nghiệp và Phát triển nông thôn huyện"),
    # tests/data/corpus/text/U03_tuyenquang-qd12-2012-tang-qua-nguoi-co-cong (tune)
    ("Phòng Lao động - Thương binh và Xã hội, Ủy ban nhân dân các xã, phường, thị trấn lập danh sách đối",
     "Phòng Lao động - Thương binh và Xã hội"),
    # a one-part field still runs over its capitals, and a longer name goes on after a known one
    ("Phòng Tài chính - Kế hoạch huyện tham mưu", "Phòng Tài chính - Kế hoạch huyện"),
])
def test_an_office_of_a_known_field_is_read_whole(text, name):
    assert text[:agency_extent(text)] == name


@pytest.mark.parametrize("article, expected", [
    # Data/file_data_49.md (Lai Châu QĐ 16/2010/QĐ-UBND, Điều 1, item 6.1): the office has the
    # duty, its town's counterpart in brackets before the verb
    ("QUYẾT ĐỊNH:\n\nĐiều 1. Quy định cụ thể một số chính sách về bồi thường như sau:\n\n"
     "6. Quy định cụ thể Điều 24. Bồi thường đối với cây trồng, vật nuôi:\n\n6.1. Khoản 1:\n\n"
     "Phòng Nông nghiệp và Phát triển nông thôn huyện (Phòng Kinh tế thị xã) có trách nhiệm xác định năng "
     "suất của vụ cao nhất trong ba (03) năm trước liền kề của cây trồng chính tại địa phương và giá trung "
     "bình tại thời điểm thu hồi đất làm căn cứ bồi thường.\n",
     {("Phòng Nông nghiệp và Phát triển nông thôn huyện", "lead")}),
])
def test_an_office_of_a_known_field_is_given_its_duty(article, expected):
    assert assignment_entries(article) == expected
