"""Deadline attribution (issue #11: a deadline belongs to the agency of the task it stands in, found
before merging; contract §4: "same-value deadlines of different agencies stay separate").  Lines as
the pipeline reads them, each naming its document (stem and split as in tests/data/corpus/SPLIT.tsv)."""

import pytest

from pipeline.deadlines import _agency_key
from tests.support.texts import deadline_entries


def agencies_of(text: str, kind: str, value: str | None, plan_year: int | None = 2025) -> list[str | None]:
    return [agency for k, v, agency in deadline_entries(text, plan_year) if (k, v) == (kind, value)]


# tune8 U01_kontum-qd435-2020-quan-he-lao-dong, III.1: the crawl broke the item's sentence after its ";"
# (and glued the part's heading before the item); gold gives the yearly report to "Các sở, ban, ngành",
# apart from Sở Lao động's own "trước ngày 30 tháng 11 hằng năm"
KON_TUM_III = (
    "2. Sở Lao động - Thương binh và Xã hội chủ trì tổng hợp, báo cáo Bộ Lao động - Thương binh và Xã hội trước "
    "ngày 30 tháng 11 hằng năm.\n"
    "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. III. TỔ CHỨC THỰC HIỆN "
    "1.Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố và các cơ quan, tổ chức có liên quan căn cứ chức "
    "năng, nhiệm vụ được giao tại Chương trình này chủ động xây dựng Kế hoạch triển khai thực hiện;\n"
    "{line}\n")


@pytest.mark.parametrize("line, kind, value, agency", [
    ("định kỳ hàng năm (trước ngày 15/11 và đột xuất (khi có yêu cầu) báo cáo kết quả thực hiện về Sở Lao động - "
     "Thương binh và Xã hội để tổng hợp báo cáo chung.", "recurrence", "P1Y", "Các sở, ban, ngành"),
    ("định kỳ hàng năm (trước ngày 15/11 và đột xuất (khi có yêu cầu) báo cáo kết quả thực hiện về Sở Lao động - "
     "Thương binh và Xã hội để tổng hợp báo cáo chung.", "date", "2025-11-15", "Các sở, ban, ngành"),
])
def test_a_line_that_goes_on_after_a_semicolon_keeps_the_subject_above(line, kind, value, agency):
    assert agency in agencies_of(KON_TUM_III.format(line=line), kind, value)


# (constructed, review27b) a regulation's article broken after its ";": the line above names a kind of body by its
# unit words only, which names no agency (as the sentence unbroken reads, "Các cơ quan, tổ chức, đơn vị gửi …")
@pytest.mark.parametrize("joint", [";\n", "; "])
def test_a_line_that_goes_on_after_a_kind_of_body_names_no_agency(joint):
    text = ("Điều 6. Chế độ báo cáo\n1. Các cơ quan, đơn vị gửi báo cáo về Sở Nội vụ" + joint +
            "báo cáo 6 tháng gửi trước ngày 15/6, báo cáo năm gửi trước ngày 15/12.\n")
    assert agencies_of(text, "date", "2025-06-15") == [None] and agencies_of(text, "date", "2025-12-15") == [None]


@pytest.mark.parametrize("line, kind, value, agency", [
    # (constructed guards) a line that names its own subject keeps it; an item's letter opens no continuation
    ("báo cáo chung; Sở Tài chính tổng hợp, báo cáo hằng năm về kinh phí.", "recurrence", "P1Y", "Sở Tài chính"),
    ("b) Sở Tài chính tổng hợp, báo cáo hằng năm về kinh phí.", "recurrence", "P1Y", "Sở Tài chính"),
])
def test_a_line_with_a_subject_of_its_own_keeps_it(line, kind, value, agency):
    found = agencies_of(KON_TUM_III.format(line=line), kind, value)
    assert agency in found and "Các sở, ban, ngành" not in found


# tune4 06_bacninh-kh144-2025-kinh-te-so-xa-hoi-so, appendix row 2: the row's lead Sở KH&CN guides; the
# clause after the cell's ";" gives the yearly publication to the sở, ngành (gold "Các sở, ban, ngành",
# apart from Sở KH&CN's own "hằng năm" of VI.1.c)
BAC_NINH_ROW = (
    "VI. NHIỆM VỤ CỤ THỂ\n\n1. Sở Khoa học và Công nghệ\n\nc) Tổng hợp, đánh giá kết quả thực hiện Kế hoạch hằng năm."
    "\n\nPHỤ LỤC\n\nTT | Chỉ tiêu | Chủ trì\nI. Kinh tế số\n1 | Kinh tế số chiếm 45% GRDP tỉnh. | Sở Tài chính\n"
    "2 | Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở chất lượng cao phục vụ phát triển kinh tế số và xã hội số. | "
    "{cell}\n")


@pytest.mark.parametrize("cell, expected", [
    ("Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu mở hằng năm theo "
     "lĩnh vực quản lý.", {"Sở Khoa học và Công nghệ", "Các sở, ngành"}),
    # (constructed guards) the partners' clause, and a list of co-leads, leave the time to the row's lead
    ("Sở KH&CN chủ trì hướng dẫn, công bố dữ liệu mở hằng năm; các sở, ngành phối hợp.", {"Sở Khoa học và Công nghệ"}),
    ("Sở KH&CN chủ trì hướng dẫn, tổng hợp; các sở, ngành phối hợp công bố dữ liệu mở hằng năm.",
     {"Sở Khoa học và Công nghệ"}),
])
def test_a_table_cells_clause_names_its_own_subject(cell, expected):
    assert set(agencies_of(BAC_NINH_ROW.format(cell=cell), "recurrence", "P1Y")) == expected


# tune2 C053_luongminh-quangninh-kh-2025-hoi-nghi-hiep-thuong, II.2: the conference's report (2.2) is the
# work of the lead its first part (2.1) labels; gold gives both "chậm nhất ngày 03/02/2026" to it (one entry)
LUONG_MINH_II = (
    "II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN\n\n"
    "1. Hội nghị hiệp thương lần thứ nhất.\n\n"
    "1.1. Nội dung: Hiệp thương về cơ cấu, thành phần, số lượng người được giới thiệu ứng cử đại biểu HĐND xã.\n\n"
    "- Đơn vị chủ trì: Ban Công tác mặt trận thôn.\n\n"
    "2. Hội nghị hiệp thương lần thứ hai\n\n"
    "2.1. Nội dung: Hiệp thương lập danh sách sơ bộ những người ứng cử đại biểu HĐND xã.\n\n"
    "- Thời gian: Dự kiến ngày 30/01/2026 (Chậm nhất ngày 03/02/2026 - 40 ngày trước bầu cử).\n\n"
    "- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã.\n\n"
    "2.2. Báo cáo kết quả hội nghị và Tổ chức lấy ý kiến cử tri nơi cư trú\n\n"
    "{line}\n")


def test_a_part_of_a_task_takes_the_lead_its_first_part_labels():
    line = ("- Gửi Biên bản và báo cáo tình hình hiệp thương về Ban Thường trực Ủy ban MTTQ xã ngay sau khi kết thúc "
            "hội nghị. Báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chậm nhất ngày 03/02/2026.")
    assert agencies_of(LUONG_MINH_II.format(line=line), "date", "2026-02-03", 2026) == \
        ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"]


def test_a_part_that_labels_its_own_lead_takes_none_from_before():
    # (constructed guard) the report's part names its own lead: two entries, the first part's and its own
    line = "- Báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chậm nhất ngày 03/02/2026.\n\n- Đơn vị chủ trì: Các thôn."
    found = agencies_of(LUONG_MINH_II.format(line=line), "date", "2026-02-03", 2026)
    assert len(found) == 2 and found.count("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã") == 1


# tune15 K02_ttg-cd230-2025-ra-soat-du-an-ton-dong, item 2: a labelled time closes an item of two tasks
# (two sentences, each its own lead); gold gives the date to both
TTG_TELEGRAM_ITEM = (
    "Thủ tướng Chính phủ yêu cầu:\n"
    "2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan trực thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành "
    "phố trực thuộc trung ương chủ trì, phối hợp với cơ quan thanh tra khẩn trương hoàn thành việc cập nhật, rà soát và "
    "phân loại các dự án theo hướng dẫn của Bộ Tài chính. {second}**Thời hạn hoàn thành: trước ngày 30/11/2025.**\n")


@pytest.mark.parametrize("second, expected", [
    ("UBND thành phố Đà Nẵng khẩn trương hoàn thành việc rà soát, xác định rõ các dự án có tình huống pháp lý tương "
     "tự Đề án 153 trên Hệ thống 751. ", ["Bộ trưởng", "Ủy ban nhân dân thành phố Đà Nẵng"]),
    # (constructed guard) one task: the label's time stays the first-named subject's
    ("", ["Bộ trưởng"]),
])
def test_a_labelled_time_closing_an_item_is_each_of_its_tasks(second, expected):
    assert sorted(agencies_of(TTG_TELEGRAM_ITEM.format(second=second), "date", "2025-11-30")) == sorted(expected)


# (constructed, review27b) a crawl that ran a plan's items onto one line, each item closed by its own time label
# ("… Thời gian thực hiện: Quý I/2025. 2. Sở Tài chính …", as tune8 U01 glued its part III to one line): the
# label that closes the line closes its own item only, not the items and labels before it on the line
RUN_ON_ITEMS = (
    "Kế hoạch 123/KH-UBND năm 2025. KẾ HOẠCH HÀNH ĐỘNG. II. NHIỆM VỤ 1. Sở Nội vụ chủ trì rà soát vị trí việc làm. "
    "Thời gian thực hiện: Quý I/2025. {second}"
    "Thời gian thực hiện: Quý IV/2025.\n")


@pytest.mark.parametrize("second, expected", [
    ("2. Sở Tài chính chủ trì bố trí kinh phí. Thời gian thực hiện: Quý II/2025. 3. Sở Y tế chủ trì tổ chức khám "
     "sức khỏe cho cán bộ. ", ["Sở Y tế"]),
    # the same items without their numbers: the earlier label still closes the item before it
    ("Sở Tài chính chủ trì bố trí kinh phí. Thời gian thực hiện: Quý II/2025. Sở Y tế chủ trì tổ chức khám sức khỏe "
     "cho cán bộ. ", ["Sở Y tế"]),
])
def test_a_closing_time_label_closes_its_own_item_on_a_run_on_line(second, expected):
    assert sorted(agencies_of(RUN_ON_ITEMS.format(second=second), "period", "2025-Q4")) == sorted(expected)


def test_a_closing_time_label_after_an_item_run_on_is_each_of_that_items_tasks():
    # K02's item 2 run on after an item 1 closed by its own label: item 2's two tasks, not item 1's lead
    item = TTG_TELEGRAM_ITEM.split("\n")[1].format(
        second="UBND thành phố Đà Nẵng khẩn trương hoàn thành việc rà soát, xác định rõ các dự án có tình huống pháp "
               "lý tương tự Đề án 153 trên Hệ thống 751. ")
    text = ("Thủ tướng Chính phủ yêu cầu:\n1. Bộ Công an chủ trì rà soát các dự án vướng mắc. Thời hạn hoàn thành: "
            f"trước ngày 15/11/2025. {item}\n")
    found = agencies_of(text, "date", "2025-11-30")
    assert "Ủy ban nhân dân thành phố Đà Nẵng" in found and "Bộ Công an" not in found


# tune13 N06_hcm-qd2820-2025-ke-hoach-csdl-quoc-gia-quy-hoach: the section of "Các sở ngành liên quan" and
# the task table's rows of "Các sở, ngành, UBND xã, phường, đặc khu" are two bodies in gold (so in five more
# tuned-on golds: "Các sở, ngành có liên quan" beside "Các sở, ngành", C001; "Các Sở, ngành, đơn vị liên quan"
# beside "Các Sở, ngành, đơn vị", 05; C045, U01): the class is not taken for the narrower one
HCM_PLAN = (
    "IV. TỔ CHỨC THỰC HIỆN\n\n5. Các sở ngành liên quan, Viện Nghiên cứu phát triển Thành phố\n\n"
    "- Cập nhật, tích hợp cơ sở dữ liệu thường xuyên vào Hệ thống theo đúng quy chế.\n\n"
    "PHỤ LỤC\n\nTT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian dự kiến hoàn thành | Kết quả dự kiến\n"
    "4 | Tham gia rà soát, đơn giản hóa các thủ tục hành chính liên quan đến quy hoạch dựa trên việc khai thác, tái sử "
    "dụng dữ liệu của Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch. | Các sở, ngành, UBND xã, phường, đặc "
    "khu | Sở Tài chính | Thường xuyên | Báo cáo\n")


def test_a_class_of_bodies_is_not_the_class_narrowed_to_those_concerned():
    assert sorted(agencies_of(HCM_PLAN, "continuous", "continuous", 2025)) == ["Các sở ngành liên quan", "Các sở, ngành"]


# tune2 C041_btctw-hd45-2025-phan-cap-quan-ly-can-bo, 4.2 and 8: a body named in lower case after the time
# that opens its sentence is the sentence's subject; gold gives the yearly review to it, apart from 4.2's
# "Hằng năm, tiến hành rà soát …" of no agency
PARTY_GUIDE = (
    "4. Về quy hoạch cán bộ\n\n4.2. Hằng năm, tiến hành rà soát, bổ sung quy hoạch theo quy định.\n\n"
    "8. Về điều chỉnh quy hoạch\n\n{line}\n")


@pytest.mark.parametrize("line, expected", [
    ("- Định kỳ hằng năm, ban thường vụ cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị có trách nhiệm lãnh "
     "đạo, chỉ đạo việc rà soát, đánh giá chất lượng, cơ cấu nguồn cán bộ trong quy hoạch.",
     [None, "Ban thường vụ cấp ủy"]),
    # (constructed guard) a kind of body by its unit words names no agency: one entry of none
    ("- Định kỳ hằng năm, các cơ quan, đơn vị gửi báo cáo kết quả rà soát về Ban Tổ chức.", [None]),
])
def test_a_body_named_in_lower_case_after_an_opening_time_is_the_subject(line, expected):
    assert sorted(agencies_of(PARTY_GUIDE.format(line=line), "recurrence", "P1Y"), key=repr) == sorted(expected, key=repr)


# tune4 04_hanoi-kh308-2025-du-lieu-chuyen-doi-so, 2.2 and 4.1: "Các Sở, ban, ngành Thành phố" and "Các Sở, ban,
# ngành" lead two blocks of the same year (each "- Đơn vị chủ trì: …" / "c) Thời gian thực hiện: Hoàn thành trong
# năm 2025."); gold has one entry (no tuned-on gold's deadlines hold a class of bodies both with and without its
# place): the merge key is the class's
@pytest.mark.parametrize("one, other, same", [
    ("Các Sở, ban, ngành Thành phố", "Các Sở, ban, ngành", True),
    ("Các sở, ban, ngành Tỉnh", "Các sở, ban, ngành", True),  # Đồng Tháp KH 552/2025 (tune C015)
    # (constructed guards) a named body of the place, and a class of other bodies, stay apart
    ("Ủy ban nhân dân Thành phố", "Ủy ban nhân dân", False),
    ("Các sở, ban, ngành Thành phố", "Các sở, ngành", False),
])
def test_a_class_of_bodies_with_its_place_is_the_class(one, other, same):
    assert (_agency_key(one) == _agency_key(other)) is same


# (constructed, review27b) a district's plan: the class of the district's bodies and that of the communes' are two
# bodies, each its entry of the same year; the class without its place is one entry with either
DISTRICT_PLAN = (
    "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH\nKẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan, đơn vị huyện\n"
    "Tổ chức triển khai, hoàn thành trong năm 2025.\n2. {other}\nTổ chức triển khai, hoàn thành trong năm 2025.\n")


@pytest.mark.parametrize("other, count", [
    ("Các cơ quan, đơn vị xã", 2),
    ("Các cơ quan, đơn vị", 1),
])
def test_classes_of_bodies_of_two_places_stay_apart(other, count):
    assert len(agencies_of(DISTRICT_PLAN.format(other=other), "period", "2025")) == count
