"""Time expressions of real archives (issue #11): schedule dates, ranges, frequencies, yearly due
days, and the contexts that make a time word no deadline.  Sentences are taken from the corpus
texts (tests/data/corpus, /work/shared/samples/real: sources in tests/data/corpus/SOURCES.tsv
and the samples' CORPUS.tsv), cut to the clause that matters."""

import pytest

from pipeline.deadlines import recognize_deadlines
from tests.support.texts import structure


def deadlines(phrase, plan_year=2025, issue_date=None):
    return [(d.kind, d.value) for d in recognize_deadlines(structure(phrase), plan_year, [], [], issue_date=issue_date)]


@pytest.mark.parametrize("phrase,plan_year,expected", [
    # a schedule line's dates: the last day (Phú Thọ STTTT KH 2011)
    ("Ngày 26, 27/12/2011: Tổ chức tập huấn sử dụng phần mềm", 2011, [("date", "2011-12-27")]),
    ("- Ngày 15/01/2026: tổ chức hội nghị hiệp thương", 2026, [("date", "2026-01-15")]),
    # a written-out date after "vào", "trong", "Dự kiến" (Quảng Ninh KH 2026, HD 2025, KH 2025)
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã dự kiến tổ chức hội nghị vào ngày 02/02/2026.",
     2026, [("date", "2026-02-02")]),
    ("báo cáo qua Điện thoại, zalo và qua Email trong ngày 15/3/2026.", 2026, [("date", "2026-03-15")]),
    ("- Thời gian: Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025 - 95 ngày trước bầu cử)",
     2025, [("date", "2025-12-05"), ("date", "2025-12-10")]),
    # a time of day before the date (Quảng Ninh MTTQ HD 2025, Lương Minh HD 2025)
    ("Chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026, Ủy ban bầu cử", 2026, [("date", "2026-02-01")]),
    ("Bắt đầu từ ngày 15/12/2025 và kết thúc vào 17 giờ 00 ngày 01/02/2026.", 2025, [("date", "2026-02-01")]),
    ("kết thúc trước thời điểm bắt đầu bỏ phiếu 24h (trước 07h00 ngày 14/3/2026).", 2026, [("date", "2026-03-14")]),
    # ranges are due at their end (Quảng Ninh MTTQ HD 2025, Lương Minh KH 2026, Cần Thơ KH 157/2025)
    ("(Từ ngày 17/12/2025 đến ngày 25/01/2026)", 2025, [("date", "2026-01-25")]),
    ("(Từ ngày 02/2 đến ngày 03/2/2026)", 2026, [("date", "2026-02-03")]),
    ("được thực hiện trong ngày 02/02/2026 đến ngày 03/02/2026.", 2026, [("date", "2026-02-03")]),
    ("trong 03 ngày làm việc (từ ngày 08 đến ngày 10 tháng 12 năm 2025).", 2025, [("date", "2025-12-10")]),
    # a yearly due day is its date in the plan year and a P1Y recurrence (tune2 reconciliation,
    # gold of Phú Thọ QĐ 102/2025, Sơn La QĐ 2954/2025, Ninh Bình KH 196/2024)
    ("báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 30/12 hằng năm.", 2025,
     [("date", "2025-12-30"), ("recurrence", "P1Y")]),
    ("nộp hồ sơ hạn cuối ngày 15 tháng 12 hàng năm", 2025, [("date", "2025-12-15"), ("recurrence", "P1Y")]),
    ("trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết quả",
     2025, [("date", "2025-06-01"), ("date", "2025-11-15"), ("recurrence", "P1Y")]),
    # "định kỳ" whose period is the yearly due day (Phú Thọ QĐ 102/2025)
    ("Định kỳ trước ngày 15/12 hằng năm báo cáo kết quả thực hiện", 2025,
     [("recurrence", "P1Y"), ("date", "2025-12-15")]),
    # a monthly due day
    ("báo cáo định kỳ trước ngày 20 hàng tháng", 2025, [("recurrence", "P1M")]),
    # frequencies recur with the unit they count in (Thanh Hóa KH 235/2025)
    ("quan trắc với tần suất 2 lần/tháng; thời gian quan trắc từ tháng 3", 2025, [("recurrence", "P1M")]),
    ("kim loại nặng (Cd, Hg, Pb, As) quan trắc với tần suất 02 lần/năm", 2025, [("recurrence", "P1Y")]),
    ("lấy mẫu 02 lần/ngày", 2025, [("recurrence", "P1D")]),
    # two periods joined (Bắc Ninh QĐ 79/2025 shape "03 tháng một lần")
    ("rà soát, đánh giá hàng năm và 5 năm", 2025, [("recurrence", "P1Y"), ("recurrence", "P5Y")]),
    ("mật khẩu tài khoản quản trị hệ thống phải được thay đổi 03 tháng một lần", 2025, [("recurrence", "P3M")]),
    # the list of a report schedule (Sơn La QĐ 2954/2025)
    ("Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm (trước ngày 20/11 hàng năm)",
     2025, [("recurrence", "P1M"), ("recurrence", "P6M"), ("recurrence", "P1Y"), ("date", "2025-06-16"), ("date", "2025-11-20")]),
    # a month of the plan year (Ban Tổ chức TW HD 45/2025)
    ("rà soát, bổ sung quy hoạch trong Quý II, chậm nhất tháng 6. Trường hợp", 2025,
     [("period", "2025-Q2"), ("period", "2025-06")]),
    ("Hoàn thành trong tháng 6.", 2025, [("period", "2025-06")]),
    # a task table's time cell holding only a year (Đồng Tháp KH 552/2025; Ninh Bình KH 193/2024,
    # a column layout whose gaps were folded)
    ("2 | Thu hút đầu tư công nghệ cao. | Sở Tài chính | Sở Công Thương | 2026\n", 2025, [("period", "2026")]),
    ("1 2030, tầm nhìn đến năm 2035 gắn với phát Sở Xây dựng Năm 2025\n- UBND các huyện", 2025, [("period", "2025")]),
    ("- Thời gian thực hiện: Năm 2025", 2025, [("period", "2025")]),
    # the same cell once the space-aligned table is read as rows (Ninh Bình KH 193/2024)
    ("1 | Rà soát quy hoạch xây dựng và phát triển hệ thống cây xanh đô thị Ninh Bình đến năm 2030 | "
     "Sở Xây dựng | - Các sở, ban ngành có liên quan | Năm 2025\n", 2025, [("period", "2025")]),
    # a task table's row that ends a scanned page: its time cell is followed by the page break
    # "\f", not a line break (mild scan of tests/data/layouts/L01, rows 1 and 8)
    ("1 | Rà soát, làm sạch dữ liệu hộ tịch | Sở Tư pháp | Công an tỉnh | Tháng 6/2025\f"
     "2 | Số hóa hồ sơ | Văn phòng Ủy ban nhân dân tỉnh | Sở Nội vụ | Tháng 9/2025\n", 2025,
     [("period", "2025-06"), ("period", "2025-09")]),
    ("2 | Thu hút đầu tư công nghệ cao. | Sở Tài chính | Sở Công Thương | 2026\f3 | Kết nối", 2025, [("period", "2026")]),
    ("1 | Tổ chức hội nghị | Sở Nội vụ | Sở Tài chính | 15/01/2026\f2 | Báo cáo", 2025, [("date", "2026-01-15")]),
])
def test_time_expressions(phrase, plan_year, expected):
    assert sorted(deadlines(phrase, plan_year)) == sorted(expected)


@pytest.mark.parametrize("phrase", [
    # payments, everyday life, rates (Cần Thơ KH 157/2025, Cà Mau KH 204/2025, Sơn La QĐ 2954/2025)
    "nếu số lượng chuyển tiền trợ cấp hàng tháng qua tài khoản bằng nhau",
    "thanh toán không dùng tiền mặt trong đời sống hàng ngày; từ đó, tự giác",
    "- Tỷ lệ hộ nghèo giảm hàng năm",
    "kim ngạch xuất khẩu đạt 400 triệu USD, tăng bình quân hàng năm",
    # opening hours (Đà Nẵng QĐ 82/2025)
    "Thời gian hoạt động của chợ từ 05 giờ 00 phút đến 18 giờ 00 phút hàng ngày",
    "thực hiện đúng thời gian quy định về mở, đóng cửa chợ hàng ngày.",
    # precious goods, not a quarter (Đà Nẵng QĐ 82/2025)
    "Không để tiền, hàng quý hiếm qua đêm tại chợ.",
    # "thường xuyên" as an adjective (Đà Nẵng QĐ 82/2025, Cần Thơ KH 153/2025)
    "d) Những người kinh doanh không thường xuyên được bố trí bán hàng trong phạm vi chợ",
    "- Các hộ kinh doanh thường xuyên (cố định) và không thường xuyên phải thực hiện nghiêm túc",
    "đưa nội dung vào chương trình hoạt động chỉ đạo thường xuyên của cấp ủy, chính quyền",
    "bố trí vốn cho hoạt động thường xuyên của các cơ quan quản lý nhà nước",
    # legal conditions, even close to the plan year
    "hộ gia đình, cá nhân có đất sử dụng ổn định trước ngày 01/7/2024",
    "đối với tài liệu hình thành trước ngày 01/01/2025",
    # a criteria table's scoring row
    "| 3 | Báo cáo định kỳ hàng quý đúng thời hạn | 5 điểm |",
    # years that are no time cell: header rows of figures tables (Sơn La QĐ 2954/2025, Cà Mau
    # KH 204/2025), a title line, a span of years, a budget decided every year (Ninh Bình KH 193/2024)
    "TT | Chỉ tiêu | ĐVT | ƯTH Năm 2025 | GIAI ĐOẠN 2026 - 2030\nNăm 2026 | Năm 2027 | Năm 2028 | Năm 2029 | Năm 2030",
    "STT | Nội dung | Năm 2025 | Dự kiến 03 năm kế hoạch\nDự toán HĐND",
    "Kế hoạch phát triển kinh tế năm 2025\nI. MỤC ĐÍCH",
    "các chương trình, đề án, kế hoạch, nhiệm vụ khác có liên quan trong năm 2025 và các năm tiếp theo",
    "Hằng năm, trên cơ sở đề xuất của các cơ quan, đơn vị, căn cứ khả năng cân đối ngân sách, Sở Tài chính tham mưu",
    # a figures table's year column, a past year (Cần Thơ KH 153/2025 shape)
    "1 | 2021 | 35 vụ | 52 đối tượng |\n2 | 2022 | 41 vụ | 60 đối tượng |",
    "1 | Kết quả thực hiện | Sở Y tế | 2023 |",
    # months that are a range or a list
    "tổ chức trong tháng 9 và tháng 10",
    # rows of a criteria section (the shape of a thi đua plan's appendix, Cần Thơ KH 157/2025)
    "II. TIÊU CHÍ CHẤM ĐIỂM THI ĐUA\n1. Báo cáo định kỳ hàng quý đúng thời hạn\n2. Cập nhật dữ liệu hàng tháng",
    # an effective date, a date inside a sentence (not a schedule line)
    "Quyết định này có hiệu lực thi hành kể từ ngày 01/12/2025.",
    "Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ký",
])
def test_time_words_that_are_no_deadline(phrase):
    assert deadlines(phrase) == []


def test_a_task_with_a_frequency_keeps_it():
    # "giao ban" is work the plan schedules here, not an existing meeting (Lâm Đồng KH 2026)
    assert deadlines("Tổ chức, duy trì công tác giao ban ít nhất 01 lần/tháng đối với các địa bàn") == [("recurrence", "P1M")]


def test_same_value_deadlines_of_task_rows_stay_separate():
    # numbered rows of a task table whose lead cell ran into the task text (Ninh Bình KH 193/2024):
    # one entry per row, not one for the table
    text = ("- Các sở, ban ngành có liên quan;\n"
            "7 Sở Văn hóa và Thể thao Hàng năm văn hóa\n"
            "- Các sở, ban ngành có liên quan;\n"
            "9 Thanh tra tỉnh Hàng năm hoạch\n"
            "- Các sở, ban ngành có liên quan;\n"
            "10 chuyên môn nghiệp vụ, tinh thần trách nhiệm Sở Nội vụ Hàng năm\n")
    assert deadlines(text) == [("recurrence", "P1Y")] * 3


def test_rows_with_cell_borders_and_no_agency_share_one_entry():
    # a monitoring table names no agency in its rows (Thanh Hóa KH 235/2025)
    text = ("1 | Nguồn nước cấp nuôi tôm nước lợ | - Độ mặn, pH | 02 lần/tháng | 08 tháng |\n"
            "2 | Môi trường ao nuôi tôm đại diện | - pH, độ mặn | 02 lần/tháng | 08 tháng |\n")
    assert deadlines(text) == [("recurrence", "P1M")]
