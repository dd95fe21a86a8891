"""Assignment shapes seen missed or wrongly taken in at least two tuned-on documents (round of
asg25d): each row a real sentence of the corpus text named in its comment, as the tool reads it
under a heading of its own; the expected entries are the reconciled gold's."""

import pytest

from tests.support.texts import assignment_entries
from tests.test_assignments_directive import PROVINCE_HEADER


@pytest.mark.parametrize("body, expected", [
    # units named by their trade are a named kind, a partner (Nghệ An KH 987/2025, tune13 N04 IV.3)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n**3. Sở Công Thương**\n\n- Chủ trì, phối hợp các đơn vị điện lực trên địa\nbàn "
     "tỉnh trong việc rà soát, đảm bảo khả năng cung ứng điện ổn định, an toàn\ncho các trạm BTS 5G và hệ thống "
     "IoT.\n",
     {("Sở Công Thương", "lead"), ("Các đơn vị điện lực trên địa bàn tỉnh", "support")}),
    # … with the scope it is named by, whose "quản lý" is no verb (Cần Thơ CT 09/2025, calibration C035 5.b)
    ("III. TỔ CHỨC THỰC HIỆN\n\n**5. Sở Xây dựng**\n\nb) Chủ trì, phối hợp với các\nđơn vị cấp nước thuộc phạm vi "
     "quản lý xây dựng phương án, lộ trình thay thế hoặc\nkhai thác luân phiên giữa nguồn nước mặt và nguồn nước "
     "dưới đất.\n",
     {("Sở Xây dựng", "lead"), ("Các đơn vị cấp nước thuộc phạm vi quản lý", "support")}),
    # kept out: the others of the kind, in the kind's own article (Thái Nguyên QĐ 27/2025 Điều 6.5,
    # tune6 M08: no gold entry)
    ("Điều 6. Trách nhiệm của các đơn vị điện lực\n\n5. Thường xuyên kiểm tra lưới\nđiện thuộc phạm vi quản lý, "
     "phối hợp với các cơ quan chức năng, chính quyền địa\nphương và các đơn vị điện lực khác tổ chức kiểm tra việc "
     "thực hiện các quy định\nvề hành lang bảo vệ an toàn công trình điện lực.\n",
     "no 'Các đơn vị điện lực khác'"),
])
def test_units_named_by_their_trade_are_partners(body, expected):
    found = assignment_entries(PROVINCE_HEADER + body)
    if isinstance(expected, str):
        assert not any(name.startswith("Các đơn vị điện lực khác") for name, _ in found), found
    else:
        assert found == expected


def _departments(entries):
    return sorted((name, role) for name, role in entries if name.lower().startswith("các sở, ban"))


@pytest.mark.parametrize("body, expected", [
    # a task table's "Đơn vị chủ trì" names the departments bare, then with the city (Hà Nội KH
    # 308/2025, tune4 04 II.1.2.b and II.2.b): one lead entry, the gold's "Các Sở, ban, ngành"
    ("II. NHIỆM VỤ\n\n1. Nhiệm vụ\n\na) Nhiệm vụ:\n\n- Tiếp tục rà soát, bổ sung triển\nkhai danh mục dữ liệu "
     "Thành phố.\n\nb) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Các Sở, ban,\nngành.\n\n- Đơn vị phối hợp: Sở Khoa "
     "học\nvà Công nghệ, UBND xã, phường.\n\n2. Nhiệm vụ khác\n\na) Nhiệm vụ:\n\n- Xây dựng nền tảng chia sẻ dữ "
     "liệu.\n\nb) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Các Sở, ban,\nngành Thành phố.\n\n- Đơn vị phối hợp: Sở "
     "Khoa học\nvà Công nghệ, UBND xã, phường.\n",
     [("Các Sở, ban, ngành", "lead")]),
    # a heading gives them work "của Thành phố", the closing request restates them "Thành phố" (Hà Nội
    # KH 310/2025, tune2 C005 V.4 and V.5): one lead entry, as the gold's
    ("V. TỔ CHỨC THỰC HIỆN\n\n**4. Các\nSở, ban, ngành của Thành phố, UBND phường, xã**\n\n- Phối hợp với Ban "
     "Quản lý\ncác khu công nghệ cao và khu công nghiệp tổ chức thực hiện kế hoạch theo đúng\nquy định của pháp "
     "luật và chức năng nhiệm vụ được giao.\n\n**5.** Ủy ban nhân dân Thành phố\nyêu cầu các Sở, ban, ngành Thành "
     "phố, UBND phường, xã và các doanh nghiệp viễn\nthông nghiêm túc triển khai thực hiện.\n",
     [("Các Sở, ban, ngành của Thành phố", "lead")]),
])
def test_own_departments_named_two_ways_are_one_entry(body, expected):
    assert _departments(assignment_entries(PROVINCE_HEADER + body)) == expected


def _heads(entries):
    return sorted((name, role) for name, role in entries
                  if name.split()[0] in ("Chủ", "Thủ", "Giám") and name.startswith(("Chủ tịch", "Thủ trưởng", "Giám đốc")))


@pytest.mark.parametrize("body, expected", [
    # the commune committee's item, then its chairman held accountable: no entry of the chairman
    # (Cần Thơ KH 153/2025, tune2 C002 IV.17.c)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n**17. Ủy\nban nhân dân xã, phường**\n\nb) Cân đối, bố trí kinh phí\nngân sách địa "
     "phương hằng năm đảm bảo thực hiện các nhiệm vụ công tác phòng, chống\nma túy.\n\nc) Chủ tịch Ủy ban nhân dân\n"
     "xã, phường chịu trách nhiệm trực tiếp trước Chủ tịch Ủy ban nhân dân thành phố\nvề tình hình tội phạm, tệ nạn "
     "ma túy tại địa phương, tăng cường kiểm tra, đôn đốc\nvà thực hiện nghiêm túc nội dung quy định về trách nhiệm "
     "của cán bộ, đảng viên\nđối với công tác phòng, chống ma túy.\n",
     []),
    # the article of the bodies, its first duty the heads' strict carrying out of the regulation
    # (Cần Thơ QĐ 2610/2025, tune C019 Điều 16.1)
    ("**Điều\n16. Trách nhiệm của các cơ quan, đơn vị**\n\n1. Thủ trưởng các cơ quan,\nđơn vị tổ chức triển khai thực "
     "hiện nghiêm túc Quy chế này trong phạm vi quản\nlý của mình và chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân "
     "thành phố về kết\nquả thực hiện.\n\n2. Phân công cán bộ, công chức,\nviên chức quản lý tài khoản trên Hệ thống.\n",
     []),
    # kept: a chairman given a task of his own beside his committee's (Lai Châu QĐ 88/2025, tune6 M07
    # Điều 6.2)
    ("**Điều 6.\nTrách nhiệm của Ủy ban nhân dân cấp xã, Chủ tịch Ủy ban nhân dân cấp xã**\n\n1. Trách nhiệm của Ủy "
     "ban nhân\ndân cấp xã\n\na) Bố trí nơi tiếp nhận và trả\nkết quả hồ sơ thủ tục hành chính.\n\n2. Trách nhiệm của "
     "Chủ tịch Ủy\nban nhân dân cấp xã\n\na) Ký, xác nhận nội dung đính\nchính sai sót lần đầu trên Giấy chứng nhận "
     "quyền sử dụng đất theo đúng thẩm quyền.\n",
     [("Chủ tịch Ủy ban nhân dân cấp xã", "lead")]),
])
def test_head_of_a_body_in_a_general_clause_is_no_entry(body, expected):
    assert _heads(assignment_entries(PROVINCE_HEADER + body)) == expected


# (TP HCM KH 174/2025, tune11 C007: its header, and its funding part VI.1 as printed)
FUNDING_PART = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nSố: 174/KH-UBND\nThành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025\n\n"
    "**KẾ HOẠCH**\n\nTRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM CUỐI NĂM 2025 LĨNH\nVỰC BÌNH ĐẲNG GIỚI\n\n"
    "**VI. KINH\nPHÍ THỰC HIỆN**\n\n**1. **Các sở, ban,\nngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc "
    "khu xây dựng dự toán\nkinh phí từ ngân sách hằng năm được cấp có thẩm quyền giao để triển khai thực\nhiện Kế "
    "hoạch này.\n")


def test_bodies_that_estimate_the_funding_lead():
    # the funding part names who draws up the estimate: a lead, as "bố trí kinh phí" (gold C007 VI.1)
    assert ("Các sở, ban, ngành, đoàn thể Thành phố", "lead") in assignment_entries(FUNDING_PART)
