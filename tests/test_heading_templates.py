"""A document teaches the tool its own heading template (assignments._from_heading_templates):
sibling headings that share the words around a varying middle, each middle a body's name, give
each body the work under its heading, whatever words the template is made of.

The first table is the evidence of generality: real sibling headings of tuned-on documents (the
source named on each row) read with the one rule that knows their template switched off (a
pattern that never matches): the template the siblings share finds the same bodies.  The second
table: siblings that share words around a middle that is no bearer of work, kept out."""

import pytest
import regex

from pipeline import regexes as rx
from pipeline.text import clear_memos
from tests.support.texts import assignment_entries
from tests.test_assignments_directive import PROVINCE_HEADER

NEVER = regex.compile(r"(?!)")

# Thái Nguyên QĐ 26/2025, Quy chế phối hợp (tune11 C021), Điều 6-8: "Nội dung X có trách nhiệm chủ
# trì", the heading cut after "Nội" as the crawl printed it
C021 = """**Điều 6. Nội
dung Công an tỉnh có trách nhiệm chủ trì**

Nắm tình hình, tham mưu giải
quyết các vấn đề liên quan đến tín ngưỡng, tôn giáo trên địa bàn ngay từ cơ sở.

**Điều 7. Nội
dung Bộ Chỉ huy quân sự tỉnh có trách nhiệm chủ trì**

1. Tham mưu công tác chỉ đạo,
hướng dẫn, tổ chức thực hiện công tác quốc phòng, quân sự địa phương liên quan
đến tín ngưỡng, tôn giáo.

**Điều 8. Nội
dung Sở Nông nghiệp và Môi trường có trách nhiệm chủ trì**

1. Tham mưu chỉ đạo, hướng dẫn,
đánh giá tình hình và công tác quản lý nhà nước, giải quyết nhu cầu sử dụng đất.
"""

# Cần Thơ QĐ 2610/2025, Quy chế lấy ý kiến điện tử (tune C019), Chương V Điều 14-15
C019 = """**Chương
V**

**TỔ CHỨC THỰC HIỆN**

**Điều
14. Trách nhiệm của Sở Khoa học và Công nghệ**

1. Có trách nhiệm chủ trì,
phối hợp các cơ quan, đơn vị có liên quan tham mưu cải tiến Hệ thống ngày càng
hiệu quả.

**Điều
15. Trách nhiệm của Công an thành phố**

1. Giám sát công tác bảo đảm
an toàn thông tin mạng cho Hệ thống.
"""

# Đồng Tháp QĐ 143/2025, Quy chế thư điện tử công vụ (tune5 N07), Điều 13-14
N07 = """**Điều 13. Trách nhiệm của Công an Tỉnh**

1.
Tổ chức thực hiện các giải pháp theo quy định để bảo đảm an toàn, bảo mật cho Hệ
thống thư điện tử tỉnh.

**Điều 14. Trách nhiệm của Sở Tài chính**

Trên
cơ sở dự toán kinh phí của Sở Khoa học và Công nghệ đề xuất, căn cứ khả năng
ngân sách tỉnh, Sở Tài chính tham mưu Ủy ban nhân dân Tỉnh bố trí kinh phí.
"""

# Lai Châu QĐ 88/2025, Quy chế phối hợp đăng ký đất đai (tune6 M07), Điều 6 (two bearers in its
# middle) and Điều 8
M07 = """**Điều 6.
Trách nhiệm của Ủy ban nhân dân cấp xã, Chủ tịch Ủy ban nhân dân cấp xã**

Bố trí nơi tiếp nhận và trả
kết quả hồ sơ thủ tục hành chính của Chi nhánh Văn phòng đăng ký đất đai.

**Điều 8.
Trách nhiệm của Văn phòng đăng ký đất đai**

Tiếp nhận hồ sơ, giải quyết thủ tục hành chính về đất đai theo quy định.
"""

# Ban Chỉ đạo Nhà nước về Du lịch QĐ 170/2025, Quy chế hoạt động (tune11 C026), Điều 4-7: the
# template two bearers teach ("Ban Chỉ đạo", "Ủy viên thường trực") names posts no reader knows
C026 = """**Điều 4. Trách nhiệm của Ban Chỉ
đạo**

1. Giúp Thủ tướng Chính phủ:

a) Chỉ đạo việc phối hợp hoạt động của các bộ,
ngành và địa phương liên quan trong việc xây dựng và tổ chức triển khai thực hiện
chiến lược, chương trình, kế hoạch quốc gia về phát triển du lịch.

**Điều 5. Trách nhiệm của Trưởng
Ban Chỉ đạo**

1. Trực tiếp lãnh đạo, điều hành hoạt động của Ban
Chỉ đạo; chịu trách nhiệm chung về hoạt động của Ban Chỉ đạo.

**Điều 6. Trách nhiệm của Phó Trưởng
Ban Chỉ đạo**

1. Thay mặt Trưởng Ban Chỉ đạo triệu tập, chủ trì
các cuộc họp của Ban Chỉ đạo khi được Trưởng Ban Chỉ đạo ủy quyền.

**Điều 7. Trách nhiệm của Ủy viên
thường trực**

1. Giúp lãnh đạo Ban Chỉ đạo điều hành hoạt động của
Ban Chỉ đạo theo kế hoạch đã được Trưởng Ban Chỉ đạo thông qua.
"""


@pytest.mark.parametrize("body, switched_off, expected", [
    (C021, "LEAD_OF_CONTENT_TITLE",
     {("Công an tỉnh", "lead"), ("Bộ Chỉ huy quân sự tỉnh", "lead"), ("Sở Nông nghiệp và Môi trường", "lead")}),
    (C019, "RESPONSIBILITY_TITLE", {("Sở Khoa học và Công nghệ", "lead"), ("Công an thành phố", "lead")}),
    (N07, "RESPONSIBILITY_TITLE", {("Công an tỉnh", "lead"), ("Sở Tài chính", "lead")}),
    (M07, "RESPONSIBILITY_TITLE",
     {("Ủy ban nhân dân cấp xã", "lead"), ("Chủ tịch Ủy ban nhân dân cấp xã", "lead"),
      ("Văn phòng Đăng ký đất đai", "lead")}),
    (C026, "RESPONSIBILITY_TITLE", {("Trưởng Ban Chỉ đạo", "lead"), ("Phó Trưởng Ban Chỉ đạo", "lead")}),
])
def test_siblings_teach_their_template(monkeypatch, body, switched_off, expected):
    with_rule = assignment_entries(PROVINCE_HEADER + body)
    assert expected <= with_rule, with_rule
    monkeypatch.setattr(rx, switched_off, NEVER)
    clear_memos()  # (the readers' answers kept for these titles were given with the rule on)
    try:
        found = assignment_entries(PROVINCE_HEADER + body)
    finally:
        monkeypatch.undo()
        clear_memos()
    assert expected <= found, found
    # the template's own words are no part of a name
    assert not any(name.lower().startswith(("nội dung", "trách nhiệm")) for name, _ in found), found
    # nothing found twice where the rule knows the template too
    assert {name for name, _ in with_rule} >= {name for name, _ in expected}


@pytest.mark.parametrize("body, unwanted", [
    # markets, not bodies: "Thị | trường ASEAN" read from inside a word (Sơn La QĐ 2954/2025,
    # calibration C017 II.2)
    ("II. NHIỆM VỤ\n\n*b) Thị trường ASEAN*\n\nTiếp tục đẩy mạnh xuất khẩu\nsang các thị trường: Singapore, "
     "Thái Lan, Lào, Campuchia.\n\n*c) Thị trường Đông Bắc Á*\n\nTập trung đẩy mạnh xuất khẩu sang Nhật Bản, "
     "Hàn Quốc.\n", "Trường"),
    # records a fonds holds, not their keeper's work: "Tài liệu của …" names no duty (Ban Bí thư QĐ
    # 383/2025 Điều 1, tune12 C042)
    ("Điều 1. Phông lưu trữ Đảng Cộng sản Việt Nam\n\n1. Tài liệu của Mặt trận Tổ quốc Việt Nam.\n\n2. Tài "
     "liệu của Ban Tuyên giáo và Dân vận Trung ương.\n", "Mặt trận Tổ quốc Việt Nam"),
])
def test_shared_words_around_no_bearer_give_no_entry(body, unwanted):
    found = assignment_entries(PROVINCE_HEADER + body)
    assert not any(name.startswith(unwanted) for name, _ in found), found
