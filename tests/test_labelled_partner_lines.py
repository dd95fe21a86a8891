"""Assignments in shapes of documents annotated before the tool ran on them (0.12.0;
corpus split tune8, sources in tests/data/corpus/SOURCES.tsv): real lines as crawled, each naming its
document.

- A labelled lead line that names the lead's own partners ("Cơ quan thực hiện: Sở X chủ trì,
  phối hợp với A; B; C"): A, B, C are partners (support), not further leads — Kon Tum QĐ
  435/QĐ-UBND 2020 (github:johnPa02/thuvienphapluat-crawler, all/Quyết_định_435_QĐ-UBND_năm_2020.txt),
  twelve such lines.
- One office of every district named in the plural, its name holding "và": "các Phòng Lao động -
  Thương binh và Xã hội quận - huyện" — TP HCM QĐ 49/2012/QĐ-UBND
  (github:TuanHuu168/CongBot, Data/file_data_1.md).
- The body at the lead's level: "Liên đoàn Lao động cùng cấp" (Kon Tum QĐ 435/2020), kept as
  printed, as the contract keeps "tỉnh" as written and the calibration gold (C022) writes "Thường
  trực Ủy ban MTTQ Việt Nam cùng cấp"."""

import pytest

from pipeline.assignments import agency_list
from tests.support.texts import assignment_entries

PROGRAMME = """ỦY BAN NHÂN DÂN
TỈNH KON TUM

Số: 435/QĐ-UBND
Kon Tum, ngày 04 tháng 5 năm 2020

CHƯƠNG TRÌNH HÀNH ĐỘNG
Triển khai Kế hoạch số 119-KH/TU

II. NỘI DUNG HOẠT ĐỘNG
"""

LDTBXH = "Sở Lao động - Thương binh và Xã hội"
UB_HUYEN = "Ủy ban nhân dân các huyện, thành phố"


@pytest.mark.parametrize("item, expected", [
    # Kon Tum QĐ 435/2020, II.1.3: partners after ";" were read as leads ("Các sở, ngành liên quan" lead)
    ("1.3. Tiếp tục thực hiện hiệu quả Đề án tuyên truyền, phổ biến pháp luật cho người lao động.\n"
     "- Cơ quan thực hiện: Sở Lao động - Thương binh và xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; "
     "các sở, ngành liên quan; Uỷ ban nhân dân các huyện, thành phố.\n"
     "- Thời gian thực hiện: Thực hiện thường xuyên.\n",
     {(LDTBXH, "lead"), ("Liên đoàn Lao động tỉnh", "support"), ("Các sở, ngành liên quan", "support"),
      (UB_HUYEN, "support")}),
    # Kon Tum QĐ 435/2020, II.2.2
    ("2.2. Tăng cường kiểm tra, thanh tra chấp hành pháp luật về lao động, công đoàn trong các doanh nghiệp.\n"
     "- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; "
     "Ban Quản lý Khu kinh tế tỉnh; Uỷ ban nhân dân các huyện, thành phố.\n",
     {(LDTBXH, "lead"), ("Liên đoàn Lao động tỉnh", "support"), ("Ban Quản lý Khu kinh tế tỉnh", "support"),
      (UB_HUYEN, "support")}),
    # Kon Tum QĐ 435/2020, II.1.4: the generic partner after "và" on the label ("Các đơn vị có liên quan" was a lead)
    ("1.4. Xây dựng kế hoạch và triển khai có hiệu quả công tác tuyên truyền, phổ biến pháp luật về lao động.\n"
     "- Cơ quan thực hiện: Ủy ban nhân dân các huyện, thành phố chủ trì, phối hợp với Ban Quản lý Khu Kinh tế tỉnh "
     "và các đơn vị có liên quan.\n",
     {(UB_HUYEN, "lead"), ("Ban Quản lý Khu Kinh tế tỉnh", "support"), ("Các đơn vị có liên quan", "support")}),
    # Kon Tum QĐ 435/2020, II.2.3: "Liên đoàn Lao động cùng cấp" was a lead, and cut to "Liên đoàn Lao động"
    ("2.3. Đẩy mạnh công tác xã hội hóa nhằm hỗ trợ xây dựng nhà ở cho người lao động.\n"
     "- Cơ quan thực hiện: Uỷ ban nhân dân các huyện, thành phố chủ trì phối hợp với Ban quản lý Khu kinh tế tỉnh; "
     "Liên đoàn Lao động cùng cấp và các đơn vị có liên quan.\n",
     {(UB_HUYEN, "lead"), ("Ban quản lý Khu kinh tế tỉnh", "support"), ("Liên đoàn Lao động cùng cấp", "support"),
      ("Các đơn vị có liên quan", "support")}),
    # Kon Tum QĐ 435/2020, II.2.10: the crawl joined the time label to the line; it was read into a lead
    # "Liên đoàn Lao động tỉnh và địa phương -Thời gian"
    ("2.10. Rà soát, đề xuất công tác quy hoạch, đầu tư các thiết chế văn hóa cho công nhân lao động.\n"
     "- Cơ quan thực hiện: Sở Văn hóa - Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành, Liên đoàn Lao động "
     "tỉnh và địa phương -Thời gian thực hiện: Thực hiện thường xuyên hằng năm.\n",
     {("Sở Văn hóa - Thể thao và Du lịch", "lead"), ("Các sở, ngành", "support"), ("Liên đoàn Lao động tỉnh", "support")}),
    # a line without partners keeps every body a lead (Kon Tum QĐ 435/2020, II.1.2)
    ("1.2. Tuyên truyền nâng cao nhận thức của người lao động, người sử dụng lao động và Nhân dân.\n"
     "- Cơ quan thực hiện: Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố.\n",
     {("Các sở, ban, ngành", "lead"), (UB_HUYEN, "lead")}),
])
def test_a_leads_partners_on_its_labelled_line_are_support(item, expected):
    assert assignment_entries(PROGRAMME + item) == expected


@pytest.mark.parametrize("text, names", [
    # TP HCM QĐ 49/2012, Quy chế Điều 4.8 ("Các Phòng Lao động - Thương binh" was cut at "và")
    ("các Phòng Lao động - Thương binh và Xã hội quận - huyện kiểm tra việc thực hiện chính sách",
     ["các Phòng Lao động - Thương binh và Xã hội quận - huyện"]),
    # the same shape with other district offices
    ("các Phòng Tài nguyên và Môi trường kiểm tra việc", ["các Phòng Tài nguyên và Môi trường"]),
    # a group still ends where the next body begins (Nghệ An KH 1026/2025, gold)
    ("các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy chủ trì", ["các Ban Xây dựng Đảng", "Ủy ban Kiểm tra Tỉnh ủy"]),
    ("các Sở, ban, ngành và UBND các huyện thực hiện", ["các Sở, ban, ngành", "UBND các huyện"]),
])
def test_one_office_of_each_district_keeps_its_name_whole(text, names):
    spans, _ = agency_list(text, keep_generic=False)
    assert [text[s:e] for s, e in spans] == names
