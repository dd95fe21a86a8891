"""The health sector's abbreviations in agency names are written out (contract: agencies written out
in full, abbreviations expanded): "KCB"/"KBCB" = khám bệnh, chữa bệnh, "BHYT" = bảo hiểm y tế
(models/abbreviations.tsv).  Real sentences, each naming its source (corpus split tune8)."""

import pytest

from tests.support.texts import assignment_entries

# Công văn 627/BYT-BH 2021 (tune U06_byt-cv627-2021-dieu22-luat-bhyt), its point 3, cut
CV_627 = """BỘ Y TẾ
Số: 627/BYT-BH
Hà Nội, ngày 27 tháng 01 năm 2021
Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương
Bộ Y tế hướng dẫn thực hiện một số nội dung liên quan đến quy định tại Điều 22 như sau:
3. Về việc mã hóa, ghi chép
{item}
"""

CV_296 = """BẢO HIỂM XÃ HỘI VIỆT NAM
Số: 296/BHXH-CSYT
Hà Nội, ngày 02 tháng 02 năm 2021
Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương
Để thống nhất trong tổ chức thực hiện, đề nghị BHXH các tỉnh thực hiện một số nội dung sau:
{item}
"""


@pytest.mark.parametrize("template, item, expected", [
    # U06 3.a and 3.b: "KCB", and "KBCB" the same letter writes two lines below — one body
    (CV_627, "a) Các cơ sở KCB thực hiện mã hóa, ghi chép đối với trường hợp tự đi KCB không đúng tuyến.\n"
             "b) Các cơ sở KBCB thực hiện mã hóa, ghi chép như sau:",
     {("Các cơ sở khám bệnh, chữa bệnh", "lead")}),
    # U05 (Công văn 296/BHXH-CSYT 2021) 2.4: the partner "các cơ sở KCB BHYT"
    (CV_296, "4. Đề nghị BHXH các tỉnh chủ động phối hợp với các cơ sở KCB BHYT triển khai thực hiện theo hướng dẫn nêu trên.",
     {("Các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế", "support")}),
])
def test_health_abbreviations_are_written_out(template, item, expected):
    entries = assignment_entries(template.format(item=item))
    assert expected <= entries
    assert not any("KCB" in name or "KBCB" in name or "BHYT" in name for name, _ in entries)
