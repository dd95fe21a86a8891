"""Review-25 findings on the round's assignment rules: each row a sentence of the shape the review
named, read under a heading of its own; each row failed before its fix."""

import pytest

from tests.support.texts import assignment_entries
from tests.test_assignments_directive import PROVINCE_HEADER


@pytest.mark.parametrize("body, expected", [
    # "Tỉnh đoàn" is a body named by "Tỉnh", not the province's short form: the list goes on
    # (review 25 #1; the shape of the provinces' plans that name the youth union as a partner)
    ("III. TỔ CHỨC THỰC HIỆN\n\n**3. Sở Văn hóa, Thể thao và Du lịch**\n\n- Chủ trì, phối hợp với Tỉnh đoàn, "
     "Hội Liên hiệp Phụ nữ tỉnh tổ chức các hoạt động tuyên truyền.\n",
     {("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Tỉnh Đoàn", "support"),
      ("Hội Liên hiệp Phụ nữ tỉnh", "support")}),
])
def test_bodies_named_by_tinh_are_not_the_province(body, expected):
    found = assignment_entries(PROVINCE_HEADER + body)
    assert expected <= found, found


@pytest.mark.parametrize("body, expected", [
    # a partner whose name opens like a verb ("quản lý thị trường") is one more partner, mid-list:
    # the request to cooperate stays support (review 25 #2; the shape of tune C060 4.5)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n4.5. Đề nghị Viện Kiểm sát nhân dân tỉnh:\n\nPhối hợp chặt chẽ với công an, quản lý "
     "thị trường, hải quan trong kiểm tra, xử lý các hành vi vi phạm.\n",
     ("Viện Kiểm sát nhân dân tỉnh", "support")),
    # a verb of its own after the partners keeps it lead (Đắk Lắk KH 124/2025 IV.2, tune14 R03)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:\n\nPhối hợp chặt chẽ với cấp ủy, "
     "chính quyền các cấp, phát huy khối đại đoàn kết toàn dân trong tuyên truyền, vận động Nhân dân.\n",
     ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead")),
    # … as does a verb past the list's end within a clause, then work after a comma (Cần Thơ KH
    # 165/2025 II.7, tune13 N02)
    ("II. NHIỆM VỤ\n\n**7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố**\n\nPhối hợp với các ngành, các cấp\n"
     "tăng cường các hoạt động tuyên truyền, vận động cán bộ, đoàn viên, hội viên và\nNhân dân thực hiện tốt chính "
     "sách dân số và phát triển.\n",
     ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "lead")),
])
def test_partner_named_like_a_verb_is_no_work_of_its_own(body, expected):
    found = assignment_entries(PROVINCE_HEADER + body)
    assert expected in found, found


COMMUNE_HEADER = ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\n\nSố: 16/KH-MTTQ\nLương Minh, ngày 10 tháng 7 năm "
                  "2025\n\nKẾ HOẠCH\nTổ chức thực hiện\n\n")
PILOT_COMMUNE = (
    "III. TỔ CHỨC THỰC HIỆN\n\n**1. Sở Khoa học và Công nghệ**\n\n- Chủ trì, phối hợp với Ủy ban nhân dân xã Tân "
    "Hưng triển khai thí điểm mô hình xã thông minh.\n\n**2. Ủy ban nhân dân xã**\n\n- Tổ chức thực hiện các nhiệm vụ "
    "chuyển đổi số trên địa bàn.\n\n**3. Ban Chỉ đạo chuyển đổi số**\n\n- Theo dõi, đôn đốc việc thực hiện Kế "
    "hoạch.\n\n**4. Ban Chỉ đạo chuyển đổi số thôn**\n\n- Tuyên truyền đến từng hộ gia đình.\n")


@pytest.mark.parametrize("header, expected", [
    # a province's plan naming one pilot commune: "Ủy ban nhân dân xã" is every commune's, the
    # province's steering committee no village's (review 25 #3)
    (PROVINCE_HEADER, {("Ủy ban nhân dân xã", "lead"), ("Ban Chỉ đạo chuyển đổi số", "lead")}),
    # in a commune's own document they are its named bodies (Lương Minh KH 2026, tune7 C058;
    # Lương Minh HD 2025, tune3 C068)
    (COMMUNE_HEADER, {("Ủy ban nhân dân xã Tân Hưng", "lead"), ("Ban Chỉ đạo chuyển đổi số thôn", "lead")}),
])
def test_bodies_by_their_unit_merge_only_in_a_communes_document(header, expected):
    found = assignment_entries(header + PILOT_COMMUNE)
    assert expected <= found, found


@pytest.mark.parametrize("body, expected", [
    # a colon inside brackets: the heading read whole again, its verb read where it stands (review
    # 25 #4; the shape of the Bộ VHTTDL letter on the 2025-2026 school year). The stale offset this
    # guards against was rescued by the later list-of-subjects branch in every case tried: a
    # regression row, it passes before the fix too
    ("III. TỔ CHỨC THỰC HIỆN\n\n2. Sở Giáo dục và Đào tạo tổ chức tập huấn cho giáo viên (liên hệ đ/c Lộc: ĐT "
     "0979123456) trong tháng 9.\n",
     {("Sở Giáo dục và Đào tạo", "lead")}),
])
def test_heading_read_whole_again_keeps_its_verb(body, expected):
    assert assignment_entries(PROVINCE_HEADER + body) == expected


_NOTICE = ("Phó Thủ tướng Chính phủ kết luận như sau:\n\n**II. MỘT SỐ KIẾN NGHỊ CỦA TỈNH**\n2. Về việc hỗ trợ 20 xe ô "
           "tô chuyên dùng cứu\nthương: Tỉnh căn cứ các quy định hiện hành để sắp xếp bố trí xe ô tô phục vụ\ncông tác, "
           "bảo đảm hiệu quả, tiết kiệm.\n\n")


@pytest.mark.parametrize("closing", [
    # the province's committee named at a line's end, a body on the next line: the province is
    # "Điện Biên", not "Điện Biên Bộ Xây" (review 25 #5; the shape of Thông báo 648/TB-VPCP 2025's
    # closing and its recipients, tune14 R04)
    "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Điện Biên và các Bộ, cơ quan liên quan biết, thực "
    "hiện./.\n\nNơi nhận:\nỦy ban nhân dân tỉnh Điện Biên\nBộ Xây dựng;\n",
])
def test_the_province_named_at_a_lines_end_is_its_name_alone(closing):
    assert ("Ủy ban nhân dân tỉnh Điện Biên", "lead") in assignment_entries(_NOTICE + closing)
