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
