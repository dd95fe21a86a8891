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


# ---------------------------------------------------------------- posts: a rank after the post, comrades in the plural

@pytest.mark.parametrize("line, expected", [
    # C053_luongminh-quangninh-kh-2025-hoi-nghi-hiep-thuong: the standing vice-chair, a post of two heads
    ("Đồng chí Phó Chủ tịch Thường trực Ủy ban MTTQ xã trực tiếp tham mưu xây dựng nội dung, chương trình",
     ["Phó Chủ tịch Thường trực Ủy ban MTTQ xã"]),
    # C052_luongminh-quangninh-kh16-2025-mttq-cong-tac-bau-cu: the vice-chairs, "các đồng chí" before the post
    ("- Các đồng chí Phó Chủ tịch Uỷ ban MTTQ Việt Nam xã chỉ đạo thực hiện; các Chuyên viên cơ quan MTTQ xã "
     "được phân công phụ trách thực hiện các nhiệm vụ theo Kế hoạch.",
     ["Các đồng chí Phó Chủ tịch Uỷ ban MTTQ Việt Nam xã"]),
    # the plural post without comrades (Hà Nội, TP HCM letters: "Các Phó Chủ tịch UBND Thành phố")
    ("Các Phó Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo thực hiện theo lĩnh vực được phân công",
     ["Các Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    # a rank with no body after it names no one
    ("Phó Chủ tịch Thường trực trực tiếp phụ trách công tác tiếp dân", None),
])
def test_post_with_rank_or_comrades_is_the_subject(line, expected):
    assert (subjects(line) or None) == expected


def test_comrades_dropped_from_the_entry():
    # C052, as printed under its part on the organisation of the work
    text = PLAN_HEADER.replace("V. GIẢI PHÁP", "IV. TỔ CHỨC THỰC HIỆN") + (
        "- Các đồng chí Phó Chủ tịch Uỷ ban MTTQ Việt Nam xã chỉ đạo thực hiện; các Chuyên viên cơ quan MTTQ xã "
        "được phân công phụ trách thực hiện các nhiệm vụ theo Kế hoạch.\n")
    assert ("Các Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") in assignment_entries(text)
