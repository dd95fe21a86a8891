"""Subjects and partners the sentence reader missed (issue #11, round 22), real sentences cut from
tune documents as crawled (sources in tests/data/corpus/SOURCES.tsv); expectations follow the
reconciled gold."""

import pytest

from pipeline.assignments import _sentence_subjects
from tests.support.texts import assignment_entries

PLAN_HEADER = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH

Số: 144/KH-UBND
Bắc Ninh, ngày 05 tháng 9 năm 2025

KẾ HOẠCH
Phát triển kinh tế số

I. MỤC ĐÍCH, YÊU CẦU

1. Bảo đảm thống nhất.

V. GIẢI PHÁP

**6. Bảo đảm
kinh phí**

"""


def subjects(line):
    read = _sentence_subjects(line)
    return read and read[1] and [read[0][a:b] for a, b in read[1]]


# ---------------------------------------------------------------- a list of classes without "Các"

@pytest.mark.parametrize("line, expected", [
    # 06_bacninh-kh144-2025-kinh-te-so-xa-hoi-so, III.17.c
    ("Doanh nghiệp, tổ chức, cơ sở giáo dục tự chủ tài chính có trách nhiệm bố trí nguồn lực phù hợp",
     ["Doanh nghiệp, tổ chức, cơ sở giáo dục tự chủ tài chính"]),
    # 10_dongnai-kh179-2025-kinh-te-so-xa-hoi-so, after item 18
    ("Hội, hiệp hội xã hội nghề nghiệp chủ động, tích cực trong việc tham mưu, phản biện chính sách",
     ["Hội, hiệp hội xã hội nghề nghiệp"]),
    # C005_hanoi-kh310-2025-ha-tang-5g-iot-kcn (a table cell's sentence)
    ("Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư bảo đảm kinh phí thực hiện các mục tiêu",
     ["Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư"]),
    # no list after the class word: a topic, not a subject; a body's name stays its own
    ("Doanh nghiệp được hỗ trợ kinh phí đào tạo", None),
    ("Hội đồng nhân dân tỉnh giám sát việc thực hiện", ["Hội đồng nhân dân tỉnh"]),
])
def test_class_list_without_cac_is_the_subject(line, expected):
    assert (subjects(line) or None) == expected


def test_class_list_in_a_plan_item():
    # 06_bacninh-kh144-2025-kinh-te-so-xa-hoi-so V.6.c, as printed (the crawl's line break kept)
    item = ("c) Doanh nghiệp, tổ chức, cơ sở\n"
            "giáo dục tự chủ tài chính có trách nhiệm bố trí nguồn lực phù hợp để thực hiện\n"
            "các nội dung được giao.\n")
    assert ("Doanh nghiệp, tổ chức, cơ sở giáo dục tự chủ tài chính", "lead") in assignment_entries(PLAN_HEADER + item)
