"""An enterprise's, cooperative's, centre's or school's own name often goes on in lower case
between its head and the proper name that closes it ("Hợp tác xã dịch vụ điện Quảng Phú"): the
name is read whole (models/lower_case_name_heads.txt), not cut after its head; a verb, a
preposition or another body after the head ends it as before.  Real sentences, each naming its
source; judged from the text."""

import pytest

from pipeline.agencies import agency_extent
from tests.support.texts import HUNG_YEN_DRUG_PLAN, assignment_entries


@pytest.mark.parametrize("text, name", [
    # tune11 C034 (Quảng Trị QĐ 36/2025) Điều 4.4
    ("Hợp tác xã dịch vụ điện Quảng Phú và các đơn vị bán lẻ điện tổ chức tuyên truyền",
     "Hợp tác xã dịch vụ điện Quảng Phú"),
    # tune13 N09 (Hà Nội CV 6356/2025), its list of environment companies
    ("Hợp tác xã Thành Công", "Hợp tác xã Thành Công"),
    # tune C005 (Hà Nội KH 310/2025), recipients
    ("Tổng Công ty điện lực TP Hà Nội;", "Tổng Công ty điện lực TP Hà Nội"),
    # tune 08 (Hà Nội QĐ 1610/2025)
    ("Trung tâm thông tin điện tử TP;", "Trung tâm thông tin điện tử TP"),
    ("Trung tâm phục vụ hành chính công Thành phố thực hiện", "Trung tâm phục vụ hành chính công Thành phố"),
    # tune V06 (Bình Định QĐ 518/2023), a project's school
    ("Trường tiểu học Mỹ Lộc, hạng mục: 06 phòng bộ môn", "Trường tiểu học Mỹ Lộc"),
    # a board's field in lower case, then its level or place: tune3 C023 (Quảng Ninh QĐ 96/2025)
    # Điều 16.2 and 12.5
    ("Ban Chỉ huy phòng thủ dân sự cấp xã báo cáo kịp thời qua tổng đài 112",
     "Ban Chỉ huy phòng thủ dân sự cấp xã"),
    ("Ban chỉ huy phòng thủ dân sự tỉnh (Bộ Chỉ huy quân sự tỉnh) báo cáo, tham mưu",
     "Ban chỉ huy phòng thủ dân sự tỉnh"),
    # tune N01 (Nghệ An KH 980/2025)
    ("Ban Chỉ huy phòng thủ dân sự các cấp", "Ban Chỉ huy phòng thủ dân sự các cấp"),
])
def test_lower_case_words_inside_a_name(text, name):
    assert text[:agency_extent(text)] == name


@pytest.mark.parametrize("text", [
    # tune C044 (Ban Tuyên giáo và Dân vận TW QĐ 1147/2025): "tổ chức" is the verb
    "Trung tâm tổ chức sẽ được giám đốc Trung tâm khen thưởng",
    # tune C027 (Bắc Ninh QĐ 79/2025): the run ends before "do", in lower case
    "Trung tâm tích hợp dữ liệu tỉnh do Sở Khoa học và Công nghệ trực tiếp quản lý",
    # a conjunction after the head ends the name (tune C044)
    "Trung tâm và các quy định của Đảng",
])
def test_a_sentence_after_the_head_is_no_name(text):
    assert agency_extent(text) == len("Trung tâm")


def test_cooperative_listed_with_its_company():
    # tune11 C034 (Quảng Trị QĐ 36/2025) Điều 4.4: three bodies, the company, the cooperative
    # and the retailers, all given the work
    item = ("4. Công ty Điện lực Quảng Trị, Hợp tác xã dịch vụ điện Quảng Phú và các đơn vị bán lẻ "
            "điện tổ chức tuyên truyền, phổ biến, hướng dẫn, nâng cao nhận thức cho tổ chức, cá nhân "
            "sử dụng điện an toàn, tiết kiệm và hiệu quả.")
    found = assignment_entries(HUNG_YEN_DRUG_PLAN.format(item=item))
    assert {("Công ty Điện lực Quảng Trị", "lead"), ("Hợp tác xã dịch vụ điện Quảng Phú", "lead"),
            ("Các đơn vị bán lẻ điện", "lead")} <= found


def test_board_with_its_field_and_level():
    # tune3 C023 (Quảng Ninh QĐ 96/2025) Điều 16.2 (its mark "2." on a line of its own): the
    # commune's civil-defence command reports
    item = ("Trong quá trình chỉ đạo, chỉ huy chữa cháy, Ban Chỉ huy phòng thủ dân sự cấp xã báo cáo kịp "
            "thời qua tổng đài 112 tình hình đám cháy để cấp trên theo dõi, chỉ đạo.")
    assert ("Ban Chỉ huy phòng thủ dân sự cấp xã", "lead") in assignment_entries(HUNG_YEN_DRUG_PLAN.format(item=item))
