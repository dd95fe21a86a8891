"""'thường xuyên' as an adjective of a task everyone owns, not a schedule (contract: not deadlines:
"thường xuyên" as an adjective) — real sentences, each naming its document (issue #11, asg19a).

- Hưng Yên KH 199/KH-UBND 2026 (github:dragonboy1206/2A202600746-HoangLongVu-Day7, data/kehoach199.txt),
  first sight, III.1: "… là nhiệm vụ quan trọng, thường xuyên, lâu dài của cả hệ thống chính trị";
- Thủ tướng QĐ 773/QĐ-TTg 2018 (tune U04, gold: neither is a deadline): "nhiệm vụ thường xuyên, lâu
  dài của cả hệ thống chính trị", "trở thành việc làm thường xuyên của toàn xã hội"."""

import pytest

from pipeline.deadlines import recognize_deadlines
from tests.support.texts import structure


@pytest.mark.parametrize("phrase", [
    # Hưng Yên KH 199/2026, III.1
    "xác định công tác phòng, chống và kiểm soát ma túy là nhiệm vụ quan trọng, thường xuyên, lâu dài của cả hệ "
    "thống chính trị.",
    # Thủ tướng QĐ 773/2018 (U04), II.2.b
    "xác định việc chăm lo, thực hiện chính sách ưu đãi người có công với cách mạng là bổn phận, nhiệm vụ thường "
    "xuyên, lâu dài của cả hệ thống chính trị và toàn xã hội.",
    # Thủ tướng QĐ 773/2018 (U04), II.1
    "đưa hoạt động đền ơn đáp nghĩa trở thành việc làm thường xuyên của toàn xã hội, tập trung phấn đấu cụ thể hóa.",
])
def test_thuong_xuyen_of_a_task_everyone_owns_is_no_deadline(phrase):
    assert recognize_deadlines(structure(phrase), 2026, [], []) == []


@pytest.mark.parametrize("phrase, value", [
    # the schedule stays: "Thường xuyên nghiên cứu, rà soát, tham mưu" (Hưng Yên KH 199/2026, III.2)
    ("- Thường xuyên nghiên cứu, rà soát, tham mưu, đề xuất sửa đổi, bổ sung cơ chế, chính sách.", "continuous"),
    ("Công an tỉnh thường xuyên phối hợp với lực lượng chức năng của cả nước.", "continuous"),
])
def test_thuong_xuyen_that_schedules_work_stays(phrase, value):
    assert [d.value for d in recognize_deadlines(structure(phrase), 2026, [], [])] == [value]
