"""Deadline shapes of the documents first tuned on in 0.15.0 (tune11, tune12, tune13, and tune9's
misses): spans of years in task tables, … .  Sentences are cut from the corpus texts
(tests/data/corpus/text, the source named with each), each to the clause that matters."""

import pytest

from pipeline.deadlines import recognize_deadlines
from tests.support.texts import deadline_entries, structure


def deadlines(text, plan_year=2025, title=None, issue_date=None):
    return [(d.kind, d.value) for d in recognize_deadlines(structure(text), plan_year, [], [],
                                                            issue_date=issue_date, title=title)]


DONG_THAP_552 = "THỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035 TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP"
HCM_2820 = "BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ"
DONG_NAI_179 = "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI GIAI ĐOẠN 2026 - 2030"


@pytest.mark.parametrize("text,title,expected", [
    # a task table's time cell that holds a span of years is due in its last year (N06 TP HCM QĐ
    # 2820/2025, gold 2026; C015 Đồng Tháp KH 552/2025, gold 2030)
    ("2 | Phối hợp xây dựng nội dung quy định việc xây dựng, cập nhật cơ sở dữ liệu quốc gia về quy hoạch. "
     "| Sở Tài chính | Các sở, ngành, UBND xã, phường, đặc khu | Năm 2025 - 2026 | Nghị định\n", HCM_2820, [("period", "2026")]),
    ("3 | Học tập kinh nghiệm nước ngoài, tăng cường hợp tác với các nước. | Sở Tài chính "
     "| Các sở, ngành, UBND xã, phường, đặc khu | Năm 2025-2030\n", HCM_2820, [("period", "2030")]),
    ("5 | Phối hợp triển khai Chương trình/đề án hỗ trợ đổi mới công nghệ. | Ban Quản lý khu Kinh tế "
     "| Doanh nghiệp, Sở, ban, ngành có liên quan | 2025 - 2030\n", DONG_THAP_552, [("period", "2030")]),
    # … not one that ends in the horizon its title names: the plan's own duration (C015, gold none
    # for its "2025 - 2035" cells; 10 Đồng Nai KH 179/2025, gold none for its "2026 - 2030" cells)
    ("3 | Xây dựng và triển khai Chương trình/ Đề án phát triển hạ tầng số. | Sở Khoa học và Công nghệ "
     "| Sở, ban, ngành có liên quan | 2025 - 2035\n", DONG_THAP_552, []),
    ("2.2 | Triển khai chiến lược, kế hoạch chuyển đổi số lĩnh vực giao thông | Sở Xây dựng "
     "| Các sở, ban, ngành; UBND các phường, xã | 2026 - 2030 | Chiến lược và Kế hoạch\n", DONG_NAI_179, []),
    # … nor a figures table's span (digits follow on its row)
    ("1 | Kim ngạch xuất khẩu | triệu USD | 2021 - 2025 | 350 | 400\n", None, []),
    # a span of years in brackets that closes a task's line (N06, gold 2026 and 2030) …
    ("1. Hoàn thiện hạ tầng công nghệ thông tin và phần mềm quản lý dữ liệu quy hoạch Thành phố, tùy điều "
     "kiện có thể tiến tới thí điểm (2025 - 2026).\n", HCM_2820, [("period", "2026")]),
    ("2. Thu thập, số hóa, chuẩn hóa cơ sở dữ liệu quy hoạch Thành phố và tích hợp vào Hệ thống quốc gia (2025 -\n"
     "2030).\n", HCM_2820, [("period", "2030")]),
    # … not a period's name inside a sentence (C010 Nghệ An KH 982/2025, gold none)
    ("thực hiện thắng lợi Kế hoạch 5 năm (2021 - 2025) theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII "
     "của Đảng.\n", None, []),
])
def test_spans_of_years(text, title, expected):
    assert deadlines(text, title=title) == expected


def agencies(text):
    return [(d.kind, d.value, d.agency) for d in recognize_deadlines(structure(text), 2025, [], [])]


@pytest.mark.parametrize("text,expected", [
    # a recurrence and its due day that open a sentence are the work of the subject after the comma (C026
    # Ban Chỉ đạo Nhà nước về Du lịch QĐ 170/2025, gold date 2025-12-31 and P1Y of Văn phòng Ban Chỉ đạo)
    ("3. Định kỳ trước ngày 31 tháng 12 hằng năm, Văn phòng Ban Chỉ đạo tổng hợp báo cáo của các thành viên Ban "
     "Chỉ đạo, trình Trưởng Ban Chỉ đạo phê duyệt.",
     [("recurrence", "P1Y", "Văn phòng Ban Chỉ đạo"), ("date", "2025-12-31", "Văn phòng Ban Chỉ đạo")]),
    ("Hằng năm, trước ngày 15/12, Sở Nội vụ tổng hợp báo cáo Ủy ban nhân dân tỉnh.",
     [("recurrence", "P1Y", "Sở Nội vụ"), ("date", "2025-12-15", "Sở Nội vụ")]),
])
def test_recurrence_and_due_day_before_the_subject(text, expected):
    assert agencies(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the yearly budget estimate a body draws up is a budget phrase, no work the plan schedules (C027 Bắc
    # Ninh QĐ 79/2025, U03 Tuyên Quang QĐ 12/2012: gold none) …
    ("8. Hàng năm lập dự toán kinh phí phục vụ quản lý, duy trì, vận hành hệ thống thư điện tử công vụ.", []),
    ("Hằng năm xây dựng kế hoạch, dự toán kinh phí tặng quà đối với các đối tượng chính sách trình Ủy ban nhân dân "
     "tỉnh phê duyệt.", []),
    # … a yearly plan of work still recurs
    ("Hằng năm xây dựng kế hoạch kiểm tra việc thực hiện Quy chế.", [("recurrence", "P1Y")]),
    # a land price the province publishes every year is a legal rate (V03 Lai Châu QĐ 16/2010, gold none)
    ("Trường hợp khi thu hồi đất thuộc quỹ đất công ích do UBND cấp xã quản lý thì hỗ trợ bằng giá đất được UBND "
     "tỉnh công bố hằng năm (không bao gồm các khoản hỗ trợ khác).", []),
])
def test_budget_estimates_and_prices(text, expected):
    assert deadlines(text) == expected


@pytest.mark.parametrize("text,plan_year,expected", [
    # a review every six months and every year (V02 Ban Chỉ đạo quốc gia 1237 KH 252/2013, gold P6M and P1Y;
    # M01 Hà Nội CV 6397/2025, gold P6M and P1Y)
    ("b) Sơ kết 6 tháng, 1 năm triển khai thực hiện;", 2013, [("recurrence", "P6M"), ("recurrence", "P1Y")]),
    ("- Báo cáo 6 tháng, cả năm: Sở Tài chính tổng hợp báo cáo tình hình thực hiện.", 2025,
     [("recurrence", "P6M"), ("recurrence", "P1Y")]),
    # … not a review held once, six months on, nor the first half of a year
    ("Tổ chức sơ kết 6 tháng thực hiện Kế hoạch.", 2025, []),
    # a review held in a year, each of the clause (V02, gold 2015 and 2020) …
    ("c) Tổng kết giai đoạn 2013-2015 vào năm 2015; giai đoạn 2016-2020 vào năm 2020;", 2013,
     [("period", "2015"), ("period", "2020")]),
    # … not a target's year (C007 TP HCM KH 174/2025, gold none)
    ("- Chỉ tiêu 1: Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2025.", 2025, []),
    # a review's year in brackets (C015 Đồng Tháp KH 552/2025, gold 2030 and 2035) …
    ("Báo cáo giữa kỳ thực hiện Kế hoạch *(năm 2030) *và báo cáo tổng kết thực hiện Kế hoạch *(năm 2035)*, gửi Ủy "
     "ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ.", 2025, [("period", "2030"), ("period", "2035")]),
    # … not a yearly figure's (C016 Quảng Ngãi QĐ 1627/2025: no period; its "hàng năm" is read as before)
    ("Báo cáo tình hình quản lý và kết quả kiểm kê tài sản hàng năm (năm 2025) của các cơ quan, tổ chức, đơn vị.",
     2025, [("recurrence", "P1Y")]),
])
def test_review_periods(text, plan_year, expected):
    assert deadlines(text, plan_year=plan_year) == expected


@pytest.mark.parametrize("text,issue_date,expected", [
    # a situation told as of the document's own day, the time opening its sentence (C013 Đắk Lắk KH 129/2025,
    # issued 21/11/2025: gold none) …
    ("- Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận nhiều trường hợp chết, mất tích; hơn 200.000 nhà bị ngập.",
     "2025-11-21", []),
    # … a later day is still due, and a due day in the sentence's course is still the task's
    ("- Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận nhiều trường hợp chết, mất tích; hơn 200.000 nhà bị ngập.",
     "2025-11-20", [("date", "2025-11-21")]),
    ("Các xã báo cáo kết quả về Sở Nông nghiệp và Môi trường đến ngày 21/11/2025, để tổng hợp.",
     "2025-11-21", [("date", "2025-11-21")]),
])
def test_situation_as_of_the_issue_day(text, issue_date, expected):
    assert deadlines(text, issue_date=issue_date) == expected


@pytest.mark.parametrize("text,expected", [
    # a due word whose date closes the sentence after the act it bounds (C055 Lương Minh MTTQ HD 2025, gold
    # 2026-03-23) …
    ("e. Báo cáo tổng kết công tác Mặt trận. Thời gian chậm nhất gửi báo cáo về Ban Thường trực Ủy ban MTTQ Việt "
     "Nam tỉnh ngày 23/3/2026.", [("date", "2026-03-23")]),
    # … not a time counted from an event
    ("Thông báo kết luận được gửi chậm nhất sau 05 ngày làm việc kể từ ngày 20/11/2025.", []),
    ("Hồ sơ nộp chậm nhất trong thời hạn 05 ngày kể từ ngày 20/11/2025.", []),
])
def test_due_word_before_the_act(text, expected):
    assert deadlines(text, plan_year=2026) == expected


def test_class_named_as_a_lead_with_its_place():
    """A class of bodies the document named as a lead with its place ("8. Các sở, ban, ngành Tỉnh") opens a
    later sentence without it; and "chi tiết" (in detail) is no spending ("chi") that makes a recurrence a
    budget line (C015 Đồng Tháp KH 552/2025, gold: the date 2025-11-20, P1Y and "định kỳ" of Các sở, ban,
    ngành Tỉnh)."""
    text = ("V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Khoa học và Công nghệ\n\nChủ trì, theo dõi, hướng dẫn triển khai Kế hoạch.\n\n"
            "8. Các sở, ban, ngành Tỉnh\n\nChủ động triển khai các nhiệm vụ được giao.\n\n"
            "VI. TỔ CHỨC THEO DÕI, KIỂM TRA VÀ CHẾ ĐỘ BÁO CÁO\n\n"
            "- Các sở, ban, ngành, Ủy ban nhân dân xã, phường và các đơn vị liên quan có trách nhiệm xây dựng kế hoạch "
            "chi tiết hằng năm và định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở Khoa học và Công nghệ để tổng hợp.\n")
    assert deadline_entries(text) == [("date", "2025-11-20", "Các sở, ban, ngành Tỉnh"),
                                      ("recurrence", "P1Y", "Các sở, ban, ngành Tỉnh"),
                                      ("recurrence", None, "Các sở, ban, ngành Tỉnh")]


@pytest.mark.parametrize("text,expected", [
    # spending still is a budget line
    ("Kinh phí thực hiện từ nguồn chi thường xuyên hằng năm của ngân sách tỉnh.", []),
    ("Bảo đảm kinh phí chi hằng năm cho hoạt động của Ban Chỉ đạo.", []),
])
def test_spending_is_a_budget_line(text, expected):
    assert deadlines(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a time label whose value a scan's cropped column cut after its first letters (V07 Cần Thơ KH 70/2025,
    # an OCR'd scan: gold continuous for each)
    ("- a) Cơ quan chủ trì: Sở Dân tộng 6 b) Cơ quan phối hợp: sở Nội vụ, các C) Thời gian thực hiện: Thường\n\n"
     "5. Nâng cao hiệu quả công tác", [("continuous", "continuous")]),
    ("a) a) Cơ quan chủ trì: Thanh tra thành phố 6 b) Cơ quan phối hợp: Sở Nội vụ, các - chạc) Thời gian thực "
     "hiện: thườ\n\n6. Nâng cao", [("continuous", "continuous")]),
    # … "Thường xuyên" wrapped onto the next line is read once
    ("- Thời gian thực hiện: Thường\nxuyên.", [("continuous", "continuous")]),
    # … and no other word
    ("- Thời gian thực hiện: Theo kế hoạch\n", []),
])
def test_time_label_cut_by_a_cropped_column(text, expected):
    assert deadlines(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the bodies' own yearly activity, budget or award: a noun's attribute, no schedule (N02 Cần Thơ KH 165/2025,
    # gold none; the shape of C006 TP HCM KH 172/2025 and C022 Nghệ An QĐ 98/2025, gold none)
    ("Tham mưu định hướng công tác dân số trong tình hình mới và lồng ghép vào hoạt động thường niên của các ngành, "
     "đoàn thể.", []),
    ("Kinh phí thực hiện Kế hoạch này được bố trí từ nguồn vốn hằng năm của các cơ quan, đơn vị theo quy định.", []),
    # … not a report the bodies send each month, nor a yearly task of a named body
    ("Sở Y tế tổng hợp báo cáo hằng tháng của các đơn vị gửi Ủy ban nhân dân thành phố.", [("recurrence", "P1M")]),
    ("Sở Y tế tổ chức hội nghị thường niên của ngành y tế.", [("recurrence", "P1Y")]),
])
def test_bodies_own_yearly_activity(text, expected):
    assert deadlines(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a range of days of the plan year, its year not written, due at its last day (C007 TP HCM KH 174/2025,
    # gold 2025-12-15 of Sở Nội vụ) …
    ("- Nội dung: Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) và hưởng ứng “Ngày Quốc tế xóa bỏ mọi "
     "hình thức bạo lực đối với phụ nữ và trẻ em gái” (ngày 25/11).\n\n- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối "
     "hợp với các sở, ban, ngành.", [("date", "2025-12-15", "Sở Nội vụ")]),
    # … not a calendar year's span (C044 Ban Tuyên giáo và Dân vận TW QĐ 1147/2025, gold none)
    ("Số vào sổ gốc được ghi liên tục theo thứ tự số tự nhiên từ nhỏ đến lớn theo từng năm từ ngày 01/01 đến hết "
     "ngày 31/12; đảm bảo phân biệt được số vào sổ gốc.", []),
    ("Sổ được đánh số theo từng năm, từ ngày 01/01 đến ngày 31/12.", []),
])
def test_range_of_days_without_its_year(text, expected):
    assert agencies(text) == expected
