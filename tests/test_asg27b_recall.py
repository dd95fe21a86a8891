"""Recall shapes of round 27 (helper asg27b): work given to bodies and posts in shapes the
earlier rounds missed, each from a real tuned-on text named beside it (contract, Clarifications
"Assignments anywhere": an agency or a post the document gives work to is an entry wherever it
stands; a post is written as printed, with the person's name when printed)."""

import pytest

from tests.support.texts import assignment_entries

# The head of a Prime Minister's Công điện (226/CĐ-TTg 2025, tune15 K04) down to its first item: a
# real item of it, or of its sister telegrams, is tried in its place.
_TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ
Số: 226/CĐ-TTg
Hà Nội, ngày 20 tháng 11 năm 2025
CÔNG ĐIỆN
Về việc xuất cấp hàng dự trữ quốc gia hỗ trợ người dân bị ảnh hưởng bởi mưa lũ
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Tài chính, Quốc phòng, Công an;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Để kịp thời hỗ trợ người dân bị ảnh hưởng bởi mưa lũ, Thủ tướng Chính phủ yêu cầu:
1. Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan và các địa phương khẩn trương xuất cấp hàng dự trữ quốc gia.
{item}
6. Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện Công điện này./.
"""


@pytest.mark.parametrize("item, expected", [
    # tune15 K04 item 5: the Deputy Prime Minister named, and his fellows by their share of the work
    # ("theo nhiệm vụ được phân công" is their remit, no part of their name)
    ("5. Giao Phó Thủ tướng Hồ Đức Phớc và các Phó Thủ tướng theo nhiệm vụ được phân công chỉ đạo, đôn đốc, kiểm tra, các Bộ, cơ quan, địa phương trong quá trình thực hiện Công điện này.",
     {("Phó Thủ tướng Hồ Đức Phớc", "lead"), ("Các Phó Thủ tướng", "lead")}),
    # Công điện 231/CĐ-TTg 2025 (tune15 K01) item 7: the post with its body and the person's name
    ("7. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà tiếp tục chỉ đạo các Bộ, ngành, địa phương triển khai kịp thời công tác ứng phó với bão, mưa lũ.",
     {("Phó Thủ tướng Chính phủ Trần Hồng Hà", "lead")}),
])
def test_deputy_prime_ministers_given_the_follow_up(item, expected):
    found = assignment_entries(_TELEGRAM.format(item=item))
    assert expected <= found
    assert not any("theo nhiệm vụ" in name for name, _ in found)


@pytest.mark.parametrize("line", [
    # the Prime Minister and his deputies told of the outcome, not given work (tune15 K01 item 5)
    "5. Ủy ban nhân dân các tỉnh chủ động ứng phó; kịp thời báo cáo Thủ tướng Chính phủ, Phó Thủ tướng phụ trách lĩnh vực những vấn đề vượt thẩm quyền.",
])
def test_deputy_prime_minister_reported_to_is_no_entry(line):
    found = assignment_entries(_TELEGRAM.format(item=line))
    assert not any("Thủ tướng" in name for name, _ in found)
