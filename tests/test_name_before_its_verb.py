"""Where a name ends and its verb begins, for words a name and a verb share (review of round 26).

Rows are made up in the shape of real headings (the names are real bodies); each failed before
its fix: a task predicate read inside a name ("giao thông | báo cáo"), a capitalized verb read as
a word of the name after a place, organisations under a parent named after "trực thuộc".
"""

import pytest

from pipeline.agencies import split_agency_list
from tests.support.texts import assignment_entries

PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH

Số: 14/KH-UBND
Quảng Ninh, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
Tuyên truyền phòng, chống ma túy năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm triển khai đồng bộ.

II. TỔ CHỨC THỰC HIỆN
{item}
"""


@pytest.mark.parametrize("item, agency", [
    # "thông báo" (models/task_predicates.tsv) is no predicate where "báo cáo" follows a name
    # that ends in "thông"
    ("1. Ban An toàn giao thông báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.", "Ban An toàn giao thông"),
    ("1. Giao Phòng Cảnh sát giao thông báo cáo kết quả kiểm tra.", "Phòng Cảnh sát giao thông"),
    ("1. Giao Trung tâm Văn hóa, Thể thao và Truyền thông báo cáo kết quả triển khai.",
     "Trung tâm Văn hóa, Thể thao và Truyền thông"),
    # a capitalized verb after a capitalized place, ending a list, is the verb, not a word of the name
    ("1. Các sở, ngành, Công an Tỉnh Chủ trì, phối hợp với các đơn vị triển khai kiểm tra.", "Công an tỉnh"),
])
def test_name_ends_at_its_verb(item, agency):
    assert (agency, "lead") in assignment_entries(PLAN.format(item=item))


@pytest.mark.parametrize("text, names", [
    # organisations under a parent of their own, the name running past a 60-character window
    ("Liên đoàn Lao động tỉnh và các tổ chức chính trị - xã hội - nghề nghiệp tỉnh trực thuộc Tỉnh ủy",
     ["Liên đoàn Lao động tỉnh", "các tổ chức chính trị - xã hội - nghề nghiệp tỉnh trực thuộc Tỉnh ủy"]),
    # … or named on the next line
    ("Sở Nội vụ và các tổ chức trực thuộc\nTrung ương", ["Sở Nội vụ", "các tổ chức trực thuộc\nTrung ương"]),
])
def test_organisations_under_a_parent_of_their_own(text, names):
    assert [text[s:e] for s, e in split_agency_list(text)] == names
