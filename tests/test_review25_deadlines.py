"""Deadline rules of round 25 that review 25 found wrong (contract §4: work the document schedules).
Lines as the pipeline reads them; each case says the shape it stands for."""

import pytest

from tests.support.texts import deadline_entries


# 1. A part that reviews the past year AND names the next year's tasks holds scheduled work; an explicit
# due date is work scheduled even under a pure review.
@pytest.mark.parametrize("text, year, due", [
    # the combined part of annual plans ("ĐÁNH GIÁ TÌNH HÌNH NĂM 2024 VÀ NHIỆM VỤ, GIẢI PHÁP NĂM 2025")
    ("I. ĐÁNH GIÁ TÌNH HÌNH NĂM 2024 VÀ NHIỆM VỤ, GIẢI PHÁP NĂM 2025\n\n"
     "1. Sở Y tế báo cáo kết quả thực hiện gửi Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n",
     2025, ("date", "2025-12-15")),
    # its sub-section
    ("I. ĐÁNH GIÁ TÌNH HÌNH NĂM 2024 VÀ PHƯƠNG HƯỚNG NĂM 2025\n\n1. Phương hướng\n\n"
     "Sở Y tế báo cáo kết quả thực hiện gửi Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n",
     2025, ("date", "2025-12-15")),
    # an explicit due date under a pure review part still schedules the work
    ("I. Đánh giá chung\n\nSở Y tế báo cáo kết quả thực hiện gửi Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n",
     2025, ("date", "2025-12-15")),
])
def test_a_review_and_tasks_part_keeps_its_times(text, year, due):
    assert due in [(kind, value) for kind, value, _ in deadline_entries(text, year)]


# 2. A sentence opening with a year: the plan year's or the next year's work (the letter that gives next
# year's tasks), not a long-range goal of a later year.
@pytest.mark.parametrize("text, year, period, expected", [
    ("Kế hoạch triển khai còn chậm. Năm 2030, phấn đấu 100% xã, phường đạt chuẩn nông thôn mới.\n", 2025, "2030", False),
    ("Kế hoạch triển khai còn chậm. Năm 2026, cắt giảm, đơn giản hóa 100% điều kiện kinh doanh không cần thiết.\n",
     2025, "2026", True),
])
def test_a_sentence_opening_with_a_year(text, year, period, expected):
    found = [(kind, value) for kind, value, _ in deadline_entries(text, year)]
    assert (("period", period) in found) is expected


# 3. A bracket the line above opened closes early in the line and a new sentence follows: that
# sentence's subject is the deadline's agency (the bracket's channel is not, tune14 R11 stays so).
@pytest.mark.parametrize("text, agency", [
    ("1. Các đơn vị tổng hợp số liệu gửi Sở Tài chính (qua\n"
     "Phòng Ngân sách). Sở Y tế báo cáo kết quả thực hiện gửi Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n",
     "Sở Y tế"),
])
def test_a_sentence_after_a_closed_bracket_names_its_subject(text, agency):
    assert ("date", "2025-12-15", agency) in deadline_entries(text, 2025)


# 4. A result due by the year's end is a result word, whole: not "có thể" ("may"), nor a longer word.
@pytest.mark.parametrize("text, expected", [
    ("Quy định này có hiệu lực đến hết năm 2025 có thể gia hạn khi cần thiết.\n", False),
    ("Bảo đảm đến hết năm 2025 không còn có khó khăn, vướng mắc trong giải quyết thủ tục.\n", True),
    ("Phấn đấu đến hết năm 2025 có 100% hồ sơ được số hóa.\n", True),
])
def test_a_year_end_target_needs_a_result_word(text, expected):
    found = [(kind, value) for kind, value, _ in deadline_entries(text, 2025)]
    assert (("period", "2025") in found) is expected
