"""Deadlines the tuned-on splits other than tune14 read wrong in round 26 (contract §4: work the
document schedules; not past work it reviews, nor the name of a report over the text that schedules
it).  Lines as the pipeline reads them, each naming its document (stem and split as in
tests/data/corpus/SPLIT.tsv)."""

import pytest

from tests.support.texts import deadline_entries

# A part's time after each review heading: "trong tháng 4/2026" under the review is past work.
REVIEWED = "{heading}\n\n{line}\n\nII. Nhiệm vụ, giải pháp trong thời gian tới\n\n1. Sở Xây dựng: Hoàn thành trước ngày 30/5/{year}.\n"


@pytest.mark.parametrize("heading, line, year, gone", [
    # tune C062_lamdong-tb-2026-du-thao-ket-luan-kiem-tra-02-tuyen-cao-toc, part I (gold: none there)
    ("I. Đánh giá chung",
     "Qua kiểm tra thực tế cho thấy, công tác chuẩn bị các điều kiện phục vụ thi công (huy động nguồn lực, tập kết "
     "vật tư, thiết bị, máy móc) để triển khai một số hạng mục trong tháng 4/2026 tại các vị trí đã cam kết của Nhà "
     "đầu tư thuộc 02 dự án cao tốc Tân Phú – Bảo Lộc và Bảo Lộc – Liên Khương chưa đáp ứng yêu cầu theo kế hoạch.",
     2026, ("period", "2026-04")),
    # tune7 C043_vptw-kl07-2025-hoi-nghi-van-phong-tinh-uy, part 1 (gold: none there)
    ("1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay",
     "(1) Công tác tham mưu phục vụ sự lãnh đạo, chỉ đạo của Ban Chấp hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư "
     "và các tỉnh uỷ, thành uỷ ngày càng bài bản, chuyên nghiệp, khoa học, kịp thời; giúp Trung ương Đảng và cấp uỷ "
     "địa phương bảo đảm chương trình công tác toàn khoá, hằng năm, hằng tháng, giải quyết các công việc hằng ngày "
     "của Đảng.", 2025, ("recurrence", "P1Y")),
])
def test_a_review_part_schedules_nothing(heading, line, year, gone):
    found = [(kind, value) for kind, value, _ in deadline_entries(REVIEWED.format(heading=heading, line=line, year=year), year)]
    assert gone not in found and ("date", f"{year}-05-30") in found


def test_a_heading_whose_review_is_the_task_keeps_its_times():
    # tune11 C021_thainguyen-qd26-2025-quy-che-tin-nguong-ton-giao, Điều 5.8 (gold P1M, P3M, P6M)
    text = ("Điều 5. Trách nhiệm của Sở Dân tộc và Tôn giáo\n\n8. Đánh giá kết quả, xây dựng phương hướng hằng "
            "tháng, quý, 6 tháng và đột xuất việc thực hiện kế hoạch của Ủy ban nhân dân tỉnh về công tác quản lý "
            "nhà nước về tín ngưỡng, tôn giáo trên địa bàn tỉnh.\n")
    assert {value for kind, value, _ in deadline_entries(text)} >= {"P1M", "P3M", "P6M"}


@pytest.mark.parametrize("text, extra", [
    # tune11 C026_bcdnndl-qd170-2025-quy-che-ban-chi-dao-du-lich, Điều 17: the article's name gave a
    # bare "định kỳ" of no agency beside its items' own (gold: none for the name)
    ("Điều 17. Báo cáo định kỳ\n\n1. Thành viên Ban Chỉ đạo định kỳ 06 tháng (trước ngày 20 tháng 6 hằng năm) và 01 "
     "năm (trước ngày 15 tháng 11 hằng năm) báo cáo Ban Chỉ đạo về tiến độ, kết quả thực hiện các nhiệm vụ của Ban "
     "Chỉ đạo.\n", ("recurrence", None)),
    # tune6 M01_hanoi-cv6397-2025-quan-ly-dau-thau, 3.1 and 3.3: the sub-part's name gave a P1M of no agency
    ("3. Về công tác báo cáo hoạt động đấu thầu:\n\n3.1. Báo cáo định kỳ hàng tháng:\n\nYêu cầu UBND các xã, phường "
     ", các sở, ban, ngành, các Tổng công ty, công ty, các đơn vị trực thuộc Thành phố báo cáo số liệu định kỳ hàng "
     "tháng theo quy định tại Kế hoạch xây dựng, triển khai Bộ chỉ số.\n", ("recurrence", "P1M")),
    ("3. Về công tác báo cáo hoạt động đấu thầu:\n\n3.3. Trách nhiệm tổng hợp báo cáo hàng tháng, 6 tháng và hàng "
     "năm:\n\n- Báo cáo tháng: Sở Tài chính tổng hợp báo cáo tình hình thực hiện hoạt động đấu thầu của Thành phố "
     "trước ngày 10 hàng tháng.\n", ("recurrence", "P1M")),
])
def test_a_reports_name_over_its_text_is_no_deadline(text, extra):
    assert [(kind, value) for kind, value, agency in deadline_entries(text) if agency is None].count(extra) == 0


@pytest.mark.parametrize("text, expected", [
    # a report's name whose part leaves its period unsaid keeps it: the only place the schedule stands
    # (the shape of C026's Điều 17 with its items' periods taken out)
    ("Điều 17. Báo cáo định kỳ hằng năm\n\n1. Các sở, ban, ngành gửi báo cáo về Sở Nội vụ trước ngày 15 tháng 12 để "
     "tổng hợp.\n", "P1Y"),
    # a heading that is the task keeps its time (tune2-like shape: N07 Đồng Tháp QĐ 143/2025, Điều 9.3)
    ("Điều 9. Trách nhiệm của Sở Khoa học và Công nghệ\n\n3. Báo cáo Ủy ban nhân dân Tỉnh định kỳ 06 tháng (trước "
     "ngày 30/6 của năm), năm (trước ngày 20/12 của năm).\n", "P6M"),
    # a label with its value after the colon keeps it (tune9 V01 Hưng Yên KH 199/2026, V.2)
    ("V. TỔ CHỨC THỰC HIỆN\n\n2. Chế độ báo cáo: Định kỳ 6 tháng, 1 năm (6 tháng trước ngày 15/6; 1 năm trước ngày "
     "15/12).\n", "P6M"),
])
def test_a_heading_that_schedules_keeps_its_time(text, expected):
    assert expected in {value for _, value, _ in deadline_entries(text)}
