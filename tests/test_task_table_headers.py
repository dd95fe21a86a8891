"""The words of a task table's header labels (models/task_table_headers.tsv): one list, read by
the crawled-table reader (normalize), the layout-kept table reader (aligned_tables) and the
column finder of assignments; each label below is a real header cell."""

import pytest

from pipeline import regexes as rx
from pipeline.assignments import _table_columns
from pipeline.models import Page
from pipeline.normalize import normalize_pages

# label, the column patterns it matches (lead, support, task, time), whether it marks a task
# table's header (TASK_TABLE_LABEL: the crawled and layout-kept table readers)
LABELS = [
    ("Cơ quan chủ trì", {"lead"}, True),
    ("Chủ trì", {"lead"}, True),
    ("Đơn vị phối - hợp", {"support"}, True),  # an OCR speck between the words
    ("Cơ quan phối hợp", {"support"}, True),
    ("Cơ quan, đơn vị thực hiện", {"lead"}, True),
    ("Đơn vị thực hiện", {"lead"}, True),  # Đồng Nai KH 179/2025's annex
    ("Trách nhiệm / thực hiện", {"lead"}, False),  # a cell wrapped over two printed lines
    ("Bộ, ngành thực hiện", {"lead"}, False),  # (prose: "các sở, ngành thực hiện nghiêm")
    ("Nội dung công việc", {"task"}, True),
    ("Tên nhiệm vụ", {"task"}, True),
    ("Tên thủ tục hành chính", {"task"}, True),  # crawl explF2 46cf026ac548f4bd
    ("Hoạt động", {"task"}, False),  # a column's name, too common in prose to mark a header
    ("Công việc", {"task"}, False),
    # the opening of a crawled letter laid out in "|" lines (TP HCM CV 10283/2025): no header
    ("**Kính gửi:** Các doanh nghiệp hoạt động cho thuê lại lao động", {"task"}, False),
    ("Chỉ tiêu", {"task"}, True),
    ("Thời gian hoàn thành", {"time"}, True),
    ("Thời hạn", {"time"}, True),
    ("Tiến độ thực hiện", {"time"}, True),
    ("Sản phẩm đầu ra", set(), True),  # a task's output: a label, no column of an assignment
    ("Ghi chú", set(), False),
    ("STT", set(), False),
    ("Ghi tên đơn vị", set(), False),  # "tên" names the task column only as the label's first word
]
COLUMNS = {"lead": rx.LEAD_COLUMN, "support": rx.SUPPORT_COLUMN, "task": rx.TASK_COLUMN, "time": rx.TIME_COLUMN}


@pytest.mark.parametrize("label,columns,is_label", LABELS)
def test_header_label_names_its_column(label, columns, is_label):
    assert {kind for kind, pattern in COLUMNS.items() if pattern.search(label)} == columns
    assert bool(rx.TASK_TABLE_LABEL.search(label)) == is_label


def test_columns_of_a_header_row():
    # Đồng Nai KH 179/2025: "TT | Nội dung | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm đầu ra"
    labels = ["TT", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm đầu ra"]
    assert _table_columns(labels) == (2, 3, 1)


# A crawled table (crawl explF2 46cf026ac548f4bd, a list of procedures): its header names the
# task column by "Tên …", so it is a data table and each row one line.
CRAWLED_PROCEDURES = """Danh mục thủ tục hành chính

|
TT
|
Mã TTHC
|
Tên thủ tục hành chính
|
Căn cứ pháp lý
|
|
1
|
1.000603
|
Cấp Giấy chứng nhận xuất xứ hàng hóa (C/O) ưu đãi Mẫu AK
|
- Nghị định số 31/2018/NĐ-CP ngày 08/3/2018 của Chính phủ;
|
"""


def test_crawled_table_with_a_name_column_becomes_rows():
    text = normalize_pages([Page(1, CRAWLED_PROCEDURES, "text")]).text
    assert "TT | Mã TTHC | Tên thủ tục hành chính | Căn cứ pháp lý\n" in text
    assert "\n1 | 1.000603 | Cấp Giấy chứng nhận xuất xứ hàng hóa (C/O) ưu đãi Mẫu AK | - Nghị định số 31/2018" in text


@pytest.mark.parametrize("label,in_charge", [
    ("Bộ phụ trách tiếp nhận, xử lý", True),  # Công văn 174/CV-BCĐ 2025's annex
    ("Cơ quan chịu trách nhiệm", True),
    ("Đơn vị được giao", True),
    ("Bộ phận xử lý", True),
    ("Lãnh đạo phụ trách", False),  # a person
    ("Địa bàn phụ trách", False),  # an area
    ("Cơ quan chủ trì", False),
])
def test_in_charge_column(label, in_charge):
    assert bool(rx.IN_CHARGE_COLUMN.match(label)) == in_charge
