"""A request heading that lists several bodies and asks them only to cooperate gives each a
support entry, as the same request with one body or in a paragraph does (contract,
Clarifications: "Đề nghị … phối hợp" is support; partners then a task of its own keep it lead).
Real headings, each naming its source; judged from the text."""

import pytest

from tests.support.texts import HUNG_YEN_DRUG_PLAN, assignment_entries

_PLAN = """ỦY BAN MTTQ VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC
Số: /KH-MTTQ-BTT
Lương Minh, ngày 10 tháng 12 năm 2025
KẾ HOẠCH
Tiếp công dân, xử lý đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh phục vụ bầu cử
III. TỔ CHỨC THỰC HIỆN
1. Ban Công tác Mặt trận các thôn
- Nắm bắt tâm tư, nguyện vọng và các ý kiến phản ánh của cử tri tại khu dân cư.
{item}
"""


@pytest.mark.parametrize("item, expected", [
    # Lương Minh (Quảng Ninh) KH of the Front committee on citizens' petitions, 10/12/2025,
    # III.3 (github:LaHieu11/baucu-luongminh extracted-docs.txt): an adverb before the cooperation
    ("3. Đề nghị Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy xã thường xuyên phối hợp, trao đổi thông tin, thống nhất phương án xử lý đối với các đơn thư phức tạp liên quan đến nhân sự và công tác bầu cử.",
     {("Thường trực Hội đồng nhân dân", "support"), ("Ủy ban nhân dân", "support"),
      ("Ủy ban Kiểm tra Đảng ủy xã", "support")}),
    # the list without the adverb, as tune C057's paragraph request ("Đề nghị Văn phòng Đảng ủy,
    # Văn phòng HĐND&UBND xã phối hợp Cơ quan Uỷ ban MTTQ Việt Nam xã trong công tác chuẩn bị …")
    ("3. Đề nghị Văn phòng Đảng ủy, Văn phòng HĐND&UBND xã phối hợp Cơ quan Uỷ ban MTTQ Việt Nam xã trong công tác chuẩn bị các điều kiện phục vụ hội nghị theo quy định.",
     {("Văn phòng Đảng ủy", "support"), ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "support")}),
])
def test_listed_bodies_asked_to_cooperate(item, expected):
    found = assignment_entries(_PLAN.format(item=item))
    assert expected <= found
    assert not {(a, "lead") for a, _ in expected} & found


@pytest.mark.parametrize("item, expected", [
    # partners, then a task of their own: the listed bodies lead (round-4 rule 4)
    ("3. Đề nghị Hội Nông dân xã, Đoàn Thanh niên xã phối hợp với Ban Công tác Mặt trận thôn tổ chức tuyên truyền về bầu cử.",
     {("Hội Nông dân xã", "lead"), ("Đoàn Thanh niên xã", "lead")}),
    # a request with work of its own: lead (tune V01 III.15's shape)
    ("3. Đề nghị Hội Nông dân xã, Đoàn Thanh niên xã tăng cường tuyên truyền về bầu cử.",
     {("Hội Nông dân xã", "lead"), ("Đoàn Thanh niên xã", "lead")}),
])
def test_listed_bodies_with_work_of_their_own(item, expected):
    assert expected <= assignment_entries(_PLAN.format(item=item))


@pytest.mark.parametrize("item, role", [
    # tune V01 (Hưng Yên KH 199/2026) III.14: the cooperation, then a clause of work of their own
    # after ";" (the lead's review, RECONCILIATION-round10.md: lead, as calibration C014 2.10)
    ("14. Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh: Phối hợp chặt chẽ với cơ quan điều tra trong điều tra, truy tố, xét xử các vụ án phạm tội về ma túy; tăng cường công tác nghiên cứu hồ sơ, ra quyết định áp dụng biện pháp xử lý vi phạm hành chính đưa người nghiện ma túy vào cơ sở cai nghiện bắt buộc.",
     "lead"),
    # tune C060 (Lâm Đồng draft KH 2026) III.4.5: only the cooperation and its purpose → support
    ("4.5. Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh: Phối hợp chặt chẽ với Công an tỉnh nâng cao hiệu quả áp dụng các biện pháp xử lý hành chính đưa người vào cơ sở cai nghiện bắt buộc theo quy định.",
     "support"),
])
def test_request_to_cooperate_then_work_of_their_own(item, role):
    found = assignment_entries(HUNG_YEN_DRUG_PLAN.format(item=item))
    assert {("Viện Kiểm sát nhân dân tỉnh", role), ("Tòa án nhân dân tỉnh", role)} <= found


# Công văn 3980/C04-P6 of Cục Cảnh sát điều tra tội phạm về ma túy (28/8/2025) to the Chủ tịch UBND
# tỉnh Lâm Đồng, real scan Q01, as transcribed (its closing paragraph): the addressee is asked to
# have others cooperate, and those others are asked to cooperate by the sentence (support); bodies
# only directed to work of their own are no entries (Sơn La Chỉ thị 29-CT/TU 2023, real scan P03
# item 3, as a control)
_LETTER_3980 = """BỘ CÔNG AN
CỤC CẢNH SÁT ĐIỀU TRA
TỘI PHẠM VỀ MA TUÝ
Số: 3980/C04-P6
V/v chuẩn bị tổ chức triển khai
Chương trình MTQG phòng, chống ma tuý
đến năm 2030
Hà Nội, ngày 28 tháng 8 năm 2025
Kính gửi: Đồng chí Chủ tịch UBND tỉnh Lâm Đồng
Trong thời gian qua, công tác phòng, chống ma tuý tại địa bàn tỉnh Lâm
Đồng đã đạt được nhiều kết quả tích cực.
{body}
Nơi nhận:
- Như kính gửi;
"""


@pytest.mark.parametrize("body, expected, absent", [
    ("Đề nghị UBND tỉnh chỉ đạo các sở, ban, ngành, UBND cấp xã chủ động\nphối hợp, cung cấp thông tin, báo cáo "
     "kịp thời để phục vụ công tác tham mưu\ncho Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia.",
     {("Ủy ban nhân dân tỉnh", "lead"), ("Các sở, ban, ngành", "support"), ("Ủy ban nhân dân cấp xã", "support")},
     set()),
    ("Đề nghị UBND tỉnh chỉ đạo Hội đồng\nnhân dân tỉnh xem xét, ban hành Nghị quyết về chính sách miễn, giảm phí.",
     {("Ủy ban nhân dân tỉnh", "lead")}, {("Hội đồng nhân dân tỉnh", "support"), ("Hội đồng nhân dân tỉnh", "lead")}),
])
def test_bodies_a_request_has_directed_to_cooperate(body, expected, absent):
    found = assignment_entries(_LETTER_3980.format(body=body))
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("body, expected", [
    # the letter's request in a case it names, after the case's comma: its addressee leads, the body it
    # is to work with is its partner (Công văn 3980/C04-P6 2025, real scan Q01 item 2)
    ("2. Về cơ sở cai nghiện ma tuý\nTrường hợp cần bổ sung kinh phí trung ương để đáp ứng yêu cầu, đề nghị Uỷ\n"
     "ban nhân dân tỉnh phối hợp với Cục Cảnh sát điều tra tội phạm về ma tuý, Bộ\nCông an - Cơ quan Thường trực "
     "Chương trình đề xuất Bộ Tài chính trình cấp có\nthẩm quyền phê duyệt cấp bổ sung.",
     {("Ủy ban nhân dân tỉnh", "lead"), ("Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an", "support")}),
])
def test_a_request_in_a_case_it_names(body, expected):
    assert expected <= assignment_entries(_LETTER_3980.format(body=body))


@pytest.mark.parametrize("body, expected", [
    # the future before a subject's verb announces its work: the issuer commits itself (Công văn
    # 3980/C04-P6 2025, real scan Q01 item 4; gold: lead, as the issuer is in gold C040)
    ("Cục Cảnh sát điều tra tội phạm về ma tuý, Bộ Công an - Cơ quan Thường trực Chương trình trân trọng kính\n"
     "đề nghị đồng chí Chủ tịch quan tâm chỉ đạo thực hiện một số nội dung sau:\n"
     "4. Để làm tốt vai trò Thường trực Chương trình, Cục Cảnh sát điều tra tội\nphạm về ma tuý, Bộ Công an sẽ "
     "thường xuyên hướng dẫn, kiểm tra, đôn đốc và\nphối hợp trực tiếp với các cơ quan, đơn vị của tỉnh trong quá "
     "trình thực hiện.",
     {("Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an", "lead")}),
])
def test_a_subject_that_will_do_the_work(body, expected):
    assert expected <= assignment_entries(_LETTER_3980.format(body=body))
