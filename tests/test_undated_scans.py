"""Deadlines of a scan whose own date a hand filled in (real scans, tests/data/real_scans): the
day and month stay null for a person to read, so the document's date cannot tell a past
period's figures from a deadline; the latest date it cites bounds it instead."""

import pytest

from pipeline.document import extract_document

# Real scan Q01 (Công văn 3980/C04-P6, Bộ Công an, 2025) as OCR reads it: the day and month are
# handwritten ("ngày *Š tháng Ÿ"), the year is printed.
Q01_AS_READ = """BỘ CÔNG AN
CỤC CẢNH SÁT ĐIỀU TRA
TỘI PHẠM VỀ MA TÚY
Số: 3 3#/C04-P6
V/v chuẩn bị tổ chức triển khai
Chương trình MTQG phòng, chống ma túy đến năm 2030

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày *Š tháng Ÿ năm 2025

Kính gửi: Đồng chí Chủ tịch UBND tỉnh Lâm Đồng

Tuy nhiên, do ảnh hưởng của tội phạm ma túy trên thế giới và khu vực nên tình hình còn diễn biến phức tạp. Trong 06 tháng đầu năm 2025, lực lượng chức năng toàn tỉnh bắt giữ 461 vụ/873 đối tượng liên quan đến ma túy.

Để thực hiện đạt được mục tiêu này, đề nghị UBND tỉnh quan tâm, chỉ đạo thực hiện các nội dung có liên quan tại Công văn số 3524/BCA-C04 ngày 06/8/2025 của Bộ Công an; đề nghị UBND tỉnh hoàn thành trong năm 2025.
"""


def deadlines(text: str) -> list[tuple[str, str]]:
    result = extract_document(text.encode("utf-8"), "scan.txt")
    return [(d.kind, d.value) for d in result.deadlines]


@pytest.mark.parametrize("text, expected", [
    # the first half of 2025 was over when a letter citing a document of 06/8/2025 was issued:
    # its figures are a record (it was read as a deadline 2025-H1)
    (Q01_AS_READ, [("period", "2025")]),
    # the same with its date printed: as before
    (Q01_AS_READ.replace("ngày *Š tháng Ÿ năm 2025", "ngày 28 tháng 8 năm 2025"), [("period", "2025")]),
    # no citation to bound it: the period stays (nothing tells it is past)
    (Q01_AS_READ.replace("tại Công văn số 3524/BCA-C04 ngày 06/8/2025 của Bộ Công an", ""),
     [("period", "2025-H1"), ("period", "2025")]),
])
def test_a_period_over_before_the_latest_cited_date_is_no_deadline(text, expected):
    assert deadlines(text) == expected
