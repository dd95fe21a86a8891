"""A conclusion notice addresses each body in turn by a topic, "Đối với <body>: <work without a
subject of its own>": the body is a lead (contract, Clarifications: sentences that direct a body).
A topic that names a matter ("Đối với hạng mục …: Giao Ban Quản lý dự án …") keeps its sentence's
own addressee.  Real lines of Lâm Đồng's draft conclusion notice on two expressways (2026, tune
C062_lamdong-tb-2026-du-thao-ket-luan-kiem-tra-02-tuyen-cao-toc) and Ninh Bình QĐ 163/2025 (tune 11)."""

import pytest

from tests.support.texts import assignment_entries

NOTICE = """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: /TB-UBND
Lâm Đồng, ngày 20 tháng 4 năm 2026
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra tiến độ 02 tuyến cao tốc
II. Nhiệm vụ, giải pháp trong thời gian tới
1. Nhà đầu tư của 02 dự án đường bộ cao tốc Tân Phú – Bảo Lộc và Bảo Lộc – Liên Khương:
a) Khẩn trương tập kết máy móc, trang thiết bị thi công và tổ chức thi công đối với các mũi thi công đã cam kết để triển khai đồng bộ.
{item}
"""

# (the dashes as normalization writes them)
INVESTORS = ("Nhà đầu tư của 02 dự án đường bộ cao tốc Tân Phú - Bảo Lộc và Bảo Lộc - Liên Khương", "lead")


@pytest.mark.parametrize("item, present, absent", [
    # C062 II.1.e: the one project's investor (was not read)
    ("e) Đối với Nhà đầu tư Dự án cao tốc Tân Phú - Bảo Lộc: Khẩn trương nộp hồ sơ chuyển mục đích sử dụng "
     "rừng, hồ sơ thiết kế kỹ thuật các mũi thi công về sở ngành chuyên môn trước ngày 28/4/2026.",
     {INVESTORS, ("Nhà đầu tư Dự án cao tốc Tân Phú - Bảo Lộc", "lead")}, set()),
    # C062 II.3: a matter's topic, the request its own addressee (as before)
    ("3. Đối với hạng mục đường dẫn vào các hạng mục công trình thi công: Giao Ban Quản lý dự án đầu tư xây "
     "dựng số 1 chủ trì, phối hợp với Nhà đầu tư rà soát, đề xuất phương án.",
     {("Ban Quản lý dự án đầu tư xây dựng số 1", "lead")}, {("Hạng mục đường dẫn vào các hạng mục công trình thi công", "lead")}),
])
def test_a_topic_addresses_the_body_it_names(item, present, absent):
    entries = assignment_entries(NOTICE.format(item=item))
    assert present <= entries
    assert not absent & entries


# Ninh Bình QĐ 163/2025 (tune 11_ninhbinh-qd163-2025-quy-che-he-thong-tthc), Điều 9.2: what the body
# is allowed, in lower case after the colon, is no work given to it (not in the gold)
def test_a_topic_over_a_permission_gives_no_work():
    text = NOTICE.format(item="2. Đối với UBND cấp xã: được giao quản lý, sử dụng tài khoản với chức năng: "
                              "quản trị, phân quyền bộ phận/công chức thuộc phạm vi quản lý.")
    assert not any(name.startswith("Ủy ban nhân dân cấp xã") for name, _ in assignment_entries(text))


# C062 II: the short "Nhà đầu tư" stands for the investors the notice names in full first (II.1),
# not for the one project's investor a later point names (II.1.e): one entry, not a third
def test_a_short_mention_is_the_name_given_in_full_first():
    item = ("e) Đối với Nhà đầu tư Dự án cao tốc Tân Phú - Bảo Lộc: Khẩn trương nộp hồ sơ chuyển mục đích sử "
            "dụng rừng trước ngày 28/4/2026.\n"
            "2. Đối với việc lập hồ sơ đề xuất điều chỉnh 02 dự án:\n"
            "a) Yêu cầu Nhà đầu tư khẩn trương lập hồ sơ điều chỉnh chủ trương đầu tư.")
    entries = assignment_entries(NOTICE.format(item=item))
    assert INVESTORS in entries
    assert ("Nhà đầu tư", "lead") not in entries
