"""The departments' collective alone ("Các Sở, ban, ngành") and a collective that lists another
kind of body beside them ("Các sở, ban, ngành, địa phương", "… , đoàn thể", "… , đơn vị") are two
bodies: the shorter is no short mention of the longer, whichever comes first (every annotated round
keeps them apart: tune C036, C060, V01).  Real lines, each naming its source."""

import pytest

from tests.support.corpus import CORPUS
from tests.support.texts import assignment_entries

# Đắk Lắk Chỉ thị 10/CT-UBND 2025, tune C036_daklak-ct010-2025-phoi-hop-tham-dinh-thu-tuc-dau-tu, cut
DAKLAK_CT10 = """ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK
Số: 10/CT-UBND
Đắk Lắk, ngày 10 tháng 9 năm 2025
CHỈ THỊ
Về tăng cường phối hợp giải quyết thủ tục đầu tư
I. TRÁCH NHIỆM THẨM ĐỊNH
1. Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến thẩm định, chịu trách nhiệm trước UBND tỉnh về nội dung ý kiến.
II. TRÁCH NHIỆM PHỐI HỢP
{item}
"""


@pytest.mark.parametrize("item, expected", [
    # C036 II.2: the departments alone, after "Các sở, ban, ngành, địa phương" (I.2) — was merged into it
    ("2. Các Sở, ban, ngành, UBND cấp xã theo chức năng quản lý của mình, có trách nhiệm phối hợp cung cấp "
     "thông tin thuộc thẩm quyền quản lý theo đề nghị của nhà đầu tư.",
     {("Các sở, ban, ngành, địa phương", "lead"), ("Các Sở, ban, ngành", "lead")}),
])
def test_departments_alone_are_not_the_collective_with_another_kind(item, expected):
    assert expected <= assignment_entries(DAKLAK_CT10.format(item=item))


# control (made up from the same lines): the departments named again with their place only are
# still the one collective named first ("Các sở, ban, ngành" after "Các sở, ban, ngành của tỉnh")
def test_departments_named_again_shorter_are_one_body():
    text = DAKLAK_CT10.replace("Các sở, ban, ngành, địa phương", "Các sở, ban, ngành của tỉnh").format(
        item="2. Các sở, ban, ngành có trách nhiệm cung cấp thông tin thuộc thẩm quyền quản lý.")
    entries = assignment_entries(text)
    assert ("Các sở, ban, ngành của tỉnh", "lead") in entries
    assert ("Các sở, ban, ngành", "lead") not in entries


# Kon Tum QĐ 435/QĐ-UBND 2020, tune U01_kontum-qd435-2020-quan-he-lao-dong (the whole crawled text):
# "các sở, ngành liên quan" (II.1.3: the concerned ones) and later "các sở, ngành" (II.2.10: all of
# them) are two partner entries (gold U01, as C001's gold keeps "Các sở, ngành có liên quan" and
# "Các sở, ngành")
def test_the_concerned_departments_are_not_all_the_departments():
    text = (CORPUS / "text" / "U01_kontum-qd435-2020-quan-he-lao-dong.txt").read_text(encoding="utf-8")
    entries = assignment_entries(text)
    assert {("Các sở, ngành liên quan", "support"), ("Các sở, ngành", "support")} <= entries


# Ninh Bình KH 193/KH-UBND 2024 (tune C045_ninhbinh-kh193-2024-cay-xanh-chi-thi-20-ct-tu), III.1 and its
# annex's partner cells as crawled: "các sở, ban ngành" (the comma before "ngành" left out) is the
# departments' collective too, so a later "Các sở, ban ngành có liên quan" is no full name of III.1's
# lead "Các sở, ban, ngành" (was renamed to it)
NINH_BINH_193 = """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 193/KH-UBND
Ninh Bình, ngày 10 tháng 9 năm 2024
KẾ HOẠCH
Thực hiện Chỉ thị số 20-CT/TU về trồng, chăm sóc và bảo vệ cây xanh
III. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành, UBND các huyện, thành phố và các đơn vị có liên quan
Tập trung chỉ đạo thực hiện theo đúng chức năng, nhiệm vụ được giao, xây dựng lộ trình thực hiện cụ thể để triển khai hiệu quả kế hoạch này.
PHỤ LỤC
| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |
|---|---|---|---|---|
| 1 | Rà soát quy hoạch xây dựng và phát triển hệ thống cây xanh đô thị | Sở Xây dựng | - Các sở, ban ngành có liên quan; - UBND các huyện, thành phố | Năm 2024 |
| 2 | Xây dựng, lồng ghép và triển khai thực hiện các quy định, cơ chế, giải pháp cụ thể | Sở Tài chính | - Các sở, ban ngành | Năm 2025 |
"""


def test_departments_written_without_a_comma_are_the_departments():
    entries = assignment_entries(NINH_BINH_193)
    assert ("Các sở, ban, ngành", "lead") in entries
    assert ("Các sở, ban ngành có liên quan", "lead") not in entries
