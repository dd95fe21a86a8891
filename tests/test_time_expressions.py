"""Time expressions of real archives (issue #11): schedule dates, ranges, frequencies, yearly due
days, and the contexts that make a time word no deadline.  Sentences are taken from the corpus
texts (tests/data/corpus, /work/shared/samples/real: sources in tests/data/corpus/SOURCES.tsv
and the samples' CORPUS.tsv), cut to the clause that matters."""

import pytest

from pipeline.assignments import find_assignments
from pipeline.deadlines import recognize_deadlines
from tests.support.texts import deadline_entries, structure


def deadlines(phrase, plan_year=2025, issue_date=None):
    return [(d.kind, d.value) for d in recognize_deadlines(structure(phrase), plan_year, [], [], issue_date=issue_date)]


@pytest.mark.parametrize("phrase,plan_year,expected", [
    # a schedule line's dates: the last day (Phú Thọ STTTT KH 2011)
    ("Ngày 26, 27/12/2011: Tổ chức tập huấn sử dụng phần mềm", 2011, [("date", "2011-12-27")]),
    ("- Ngày 15/01/2026: tổ chức hội nghị hiệp thương", 2026, [("date", "2026-01-15")]),
    # … after a bullet and a time label, a time of day or an earlier day (Phú Thọ STTTT KH 2011, gold)
    ("- Thời gian thực hiện: Ngày 26, 27/12/2011\n\n2. Hướng dẫn sử dụng phần mềm", 2011, [("date", "2011-12-27")]),
    ("- Thời gian dự kiến: 8h00-10h00 ngày 28/12/2011\n", 2011, [("date", "2011-12-28")]),
    ("- Thời gian dự kiến: Chiều ngày 28/12 và cả ngày 29/12/2011\n", 2011, [("date", "2011-12-29")]),
    # a schedule table's day with its weekday, wherever the crawl put its row (Phú Thọ STTTT KH 2011)
    ("|Sáng |Chiều\nNgày 02/01/2012 (thứ 2) |Văn phòng |Phòng Bưu chính Ngày 03/01/2012 (thứ 3) |Phòng Viễn thông |",
     2011, [("date", "2012-01-02"), ("date", "2012-01-03")]),
    # … and the year a slip typed, which its weekday repairs (the same table prints "02/01/2011 (thứ 2)")
    ("|Sáng |Chiều\nNgày 02/01/2011 (thứ 2) |Văn phòng |Phòng Bưu chính", 2011, [("date", "2012-01-02")]),
    # "Chiều" is no budget "chi" before a date or a recurrence
    ("Buổi chiều hằng ngày tổ chức kiểm tra, ghi nhận kết quả", 2025, [("recurrence", "P1D")]),
    # the hour an activity starts at, then its day, in running text (Sơn La KH 07-KH/BTC 2023, real scan
    # P02: the rehearsal after the note "* Lưu ý:")
    ("đường truyền trực tuyến, âm thanh, ánh sáng, bấm nút phát động và các điều kiện\nkỹ thuật cần thiết, thời "
     "gian bắt đầu từ 14h30 phút ngày 30/7/2023.", 2023, [("date", "2023-07-30")]),
    # the day of the event a letter schedules, its time label without a colon (Phú Thọ Công văn
    # 275/STTTT-CNTT 2011, real scan P04; the due date before it is read as ever)
    ("gia Hội thi kỹ năng sử dụng máy tính (mẫu kèm theo) trước ngày 22/ 12/ 2011\nqua phòng Công nghệ thông tin sở "
     "để tổng hợp và triển khai tổ chức. Thời gian\ntổ chức Hội thi ngày 30/ 12/ 2011.", 2011,
     [("date", "2011-12-22"), ("date", "2011-12-30")]),
    # a year the work is due in at once after the budget's words ("ngay trong năm …": Công văn 3980/C04-P6
    # 2025, real scan Q01 item 2) — a year after a budget's words alone stays none (Thông báo 634/TB-VPCP
    # 2025 item 5, tune R06: gold none)
    ("đề nghị Uỷ ban nhân dân tỉnh báo cáo Hội\nđồng nhân dân quan tâm, cân đối ngân sách địa phương hỗ trợ bổ sung "
     "đủ nhu\ncầu ngay trong năm 2026 để hoàn thành việc nâng cấp, sửa chữa các cơ sở cai\nnghiện trong năm 2027.",
     2025, [("period", "2026"), ("period", "2027")]),
    ("5. Về điều chuyển số vốn dư, không có khả năng giải\nngân trong năm 2025 (khoảng 1.500 tỷ đồng) từ nguồn vốn "
     "hỗ trợ theo chính sách", 2025, []),
    # a cited plan's goal quoted, its year inside the quotation marks (Lâm Đồng Tờ trình 409/TTr-CAT 2025,
    # real scan Q03: gold none); the same year given as work stays
    ("quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội phê duyệt chủ trương\nđầu tư Chương trình mục tiêu quốc "
     "gia phòng, chống ma túy đến năm 2030,\ntrong đó với mục tiêu \"Xây dựng 20% xã, phường, đặc khu không có ma "
     "túy\ntrong năm 2025, phấn đấu đến năm 2030 đạt \"Tỉnh không ma túy\".", 2025, []),
    ("Các xã, phường xây dựng địa bàn không có ma túy trong năm 2025.", 2025, [("period", "2025")]),
    # … its opening mark read as a single one by the OCR of the scan (real scan Q03, its PDF's text)
    ("Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030, trong đó với mục tiêu 'Xây dựng 20% xã, "
     "phường, đặc khu không có ma túy trong năm 2025, phần đấu đến năm 2030 đạt \"Tỉnh không ma tủy'", 2025, []),
    # … a quotation mark the scan lost: the goal ends with its sentence, the document's own work after it
    # keeps its time (review28a)
    ("Để đạt mục tiêu \"xã không ma túy, các cơ quan tăng cường phối hợp. Sở Y tế hoàn thành rà soát trong "
     "quý III/2025.", 2025, [("period", "2025-Q3")]),
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
    # a task table's year cell after a product cell whose words would date a document ("được ban
    # hành"): the cell border parts them (Thủ tướng QĐ 2597/2025's appendix, crawl ec00bd6f58be7864)
    ("STT | Tên nhiệm vụ | Cơ quan chủ trì | Kết quả dự kiến | Thời gian triển khai\n"
     "5 | Thiết lập cơ chế kiểm tra | Bộ Khoa học và Công nghệ | Văn bản quy định được ban hành | 2026\n",
     2025, [("period", "2026")]),
    # "định kỳ" followed by bare periods, no count: each recurs, as the contract's "Định kỳ 6 tháng,
    # năm" gives P6M and P1Y (the shape of reporting rules: "báo cáo định kỳ (tháng, quý, năm)");
    # not a dated periodic report
    ("Sở Nội vụ báo cáo theo định kỳ tháng, quý, năm.", 2025,
     [("recurrence", "P1M"), ("recurrence", "P3M"), ("recurrence", "P1Y")]),
    ("Chế độ báo cáo định kỳ (tháng, quý, 6 tháng, năm) gửi Sở Tài chính", 2025,
     [("recurrence", "P1M"), ("recurrence", "P3M"), ("recurrence", "P6M"), ("recurrence", "P1Y")]),
    ("Báo cáo định kỳ: tháng, quý, năm", 2025, [("recurrence", "P1M"), ("recurrence", "P3M"), ("recurrence", "P1Y")]),
    ("Sở Nội vụ tổng hợp báo cáo định kỳ năm 2025 của các sở", 2025, [("recurrence", None)]),
    # a full date after "chậm nhất", "không quá", "hạn chót" without "ngày" (as after "trước": "trước 30/5/2026")
    ("Các đơn vị gửi báo cáo về Sở Nội vụ chậm nhất 30/11/2025.", 2025, [("date", "2025-11-30")]),
    ("Hồ sơ gửi về Sở Tư pháp, hạn chót 15/12/2025.", 2025, [("date", "2025-12-15")]),
    # two months of their own years, each due (not a range)
    ("Sở Nội vụ hoàn thành trong tháng 12/2025 và tháng 01/2026.", 2025, [("period", "2025-12"), ("period", "2026-01")]),
    # a schedule line's or a time cell's range of days written without "ngày", due at its last day
    # (the shape of "- Từ ngày 05/02/2026 - 08/02/2026:", Quảng Ninh MTTQ KH 2026)
    ("- Từ 01/12/2025 - 15/12/2025: tổ chức kiểm tra việc niêm yết danh sách cử tri", 2025, [("date", "2025-12-15")]),
    ("STT | Nội dung | Cơ quan chủ trì | Thời gian\n1 | Kiểm tra việc niêm yết | Sở Nội vụ | 01/12/2025 - 15/12/2025\n",
     2025, [("date", "2025-12-15")]),
    # the day of every year a task is done on (crawl 5b692e230f990be5, explore10 of asg11)
    ("2. Khóa sổ tài sản được thực hiện vào ngày 28 tháng 02 hằng năm hoặc theo yêu cầu đột xuất", 2025,
     [("date", "2025-02-28"), ("recurrence", "P1Y")]),
    # a yearly window's last day (Cần Thơ QĐ 2579/2025, crawl 1a434d0a7e14dc93, explore8)
    ("a) Hằng năm, các cơ quan, đơn vị cấp thành phố và Ủy ban nhân\ndân xã, phường từ ngày 16 đến ngày 31 tháng "
     "12 hằng năm;", 2025, [("recurrence", "P1Y"), ("date", "2025-12-31")]),
    # a yearly due day where no plan year is known (a Nghị quyết whose header the crawl lost, crawl
    # 7cfc6fdf6d7a5f5d, explore9): it still recurs every year
    ("đ) Trước ngày 15 tháng 12 hàng năm, báo cáo tình hình, kết quả\nthực hiện Nghị quyết", None,
     [("recurrence", "P1Y")]),
    # the ongoing-task tag of a notice's item stays (VPCP TB 2025, crawl 74e2ddc7b11340da, explore8)
    ("đầu tư phát triển, mở rộng Trung tâm Dữ liệu quốc gia số 1, nhiệm vụ thường xuyên; nghiên cứu, đề xuất", 2025,
     [("continuous", "continuous")]),
    # a context's words stop at the end of their sentence: the next sentence's due date stays
    ("Quyết định có hiệu lực thi hành kể từ ngày ký. Sở Nội vụ hoàn thành trước ngày 31/12/2025.", 2025,
     [("date", "2025-12-31")]),
    # a named weekday's weekly work (crawl 5dbaef1b7c77d06c, explore8), not a template's blank slot
    ("hướng dẫn các văn phòng bộ, ngành, địa phương mẫu báo cáo hàng tuần trước 15:00 ngày thứ Sáu hàng tuần và "
     "theo dõi, đôn đốc", 2025, [("recurrence", "P1W")]),
    # a bound before the period of "định kỳ" (Ninh Bình QĐ 162/2025, crawl cdb6ad27b3c3f13b)
    ("a) Cơ quan, đơn vị, cá nhân được\ncấp hộp thư điện tử phải thay đổi mật khẩu mặc định trong lần đầu đăng "
     "nhập hộp\nthư điện tử ngay sau khi được cấp và định kỳ tối đa 06 tháng phải thay đổi mật\nkhẩu trong quá "
     "trình sử dụng;", 2025, [("recurrence", "P6M")]),
    # twice a day, encouraged daily checks are no schedule (the same Quy chế, Điều 9)
    ("2. Các sở, ban, ngành, Ủy ban\nnhân dân các xã, phường phân công cho văn thư quản lý hộp thư của cơ quan, đơn\n"
     "vị: Kiểm tra hộp thư điện tử ít nhất 02 lần/ngày vào đầu buổi sáng", 2025, [("recurrence", "P1D")]),
    # an obligation, not a description of how work was done (Hải Phòng QĐ 211/2025, crawl d71b3a48efad6d2c)
    ("1. Việc sao lưu Cơ sở dữ liệu công chứng, chứng thực\nphải được thực hiện thường xuyên.", 2025,
     [("continuous", "continuous")]),
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
    # the same list after a label's colon
    ("Báo cáo định kỳ: 6 tháng (trước ngày 15/6), năm (trước ngày 15/12)", 2025,
     [("recurrence", "P6M"), ("recurrence", "P1Y"), ("date", "2025-06-15"), ("date", "2025-12-15")]),
    # a month of the plan year (Ban Tổ chức TW HD 45/2025)
    ("rà soát, bổ sung quy hoạch trong Quý II, chậm nhất tháng 6. Trường hợp", 2025,
     [("period", "2025-Q2"), ("period", "2025-06")]),
    ("Hoàn thành trong tháng 6.", 2025, [("period", "2025-06")]),
    # a task table's time cell holding only a year (Đồng Tháp KH 552/2025; Ninh Bình KH 193/2024,
    # a column layout whose gaps were folded)
    ("2 | Thu hút đầu tư công nghệ cao. | Sở Tài chính | Sở Công Thương | 2026\n", 2025, [("period", "2026")]),
    ("1 2030, tầm nhìn đến năm 2035 gắn với phát Sở Xây dựng Năm 2025\n- UBND các huyện", 2025, [("period", "2025")]),
    ("- Thời gian thực hiện: Năm 2025", 2025, [("period", "2025")]),
    # a month after "vào", "trước", "chậm nhất", "cuối/đầu/giữa", "đến hết" (the shape of Ban Tổ
    # chức TW HD 45/2025 "chậm nhất tháng 6", with the year written)
    ("Hội nghị tổng kết công tác bầu cử tổ chức vào tháng 6/2026.", 2026, [("period", "2026-06")]),
    ("rà soát, bổ sung quy hoạch chậm nhất tháng 6/2026", 2026, [("period", "2026-06")]),
    ("hoàn thành việc số hóa hồ sơ trước tháng 6/2026", 2026, [("period", "2026-06")]),
    ("Dự kiến tổ chức vào cuối tháng 12/2025", 2025, [("period", "2025-12")]),
    ("Từ đầu tháng 01/2026 đến hết tháng 3/2026: triển khai kiểm kê", 2026, [("period", "2026-03")]),
    # a time of day between "vào (lúc)" and the date
    ("vào lúc 8 giờ 00 ngày 15/12/2025 tổ chức hội nghị hiệp thương lần thứ nhất", 2025, [("date", "2025-12-15")]),
    # a count of events in each period (Lâm Đồng KH 2026 phòng chống ma túy xã phường)
    ("tuyên truyền cho học sinh (đảm bảo mỗi năm tại mỗi trường tổ chức ít nhất 1 buổi vào tuần đầu của tháng đầu năm học)",
     2026, [("recurrence", "P1Y")]),
    ("giao ban mỗi tháng một lần", 2025, [("recurrence", "P1M")]),
    # a school term (Lâm Đồng KH 2026 phòng chống ma túy xã phường, gold)
    ("Tổ chức tuyên truyền cho học sinh trên địa bàn cấp xã. Bảo đảm mỗi học kỳ tổ chức ít nhất 1 buổi/cơ sở giáo dục.",
     2026, [("recurrence", "P6M")]),
    # a month every year: that month of the plan year too, as a yearly due day (Ban Tuyên giáo và
    # Dân vận TW QĐ 1147/2025, gold)
    ("- Tháng 11 hằng năm, Trung tâm có văn bản báo cáo cấp ủy xã nơi có trụ sở Trung tâm", 2025,
     [("period", "2025-11"), ("recurrence", "P1Y")]),
    # a survey of needs every year is yearly work (not "Căn cứ vào nhu cầu … hằng năm", below)
    ("Tổ chức khảo sát nhu cầu đào tạo hằng năm của cán bộ, công chức", 2025, [("recurrence", "P1Y")]),
    # "định kỳ hoặc đột xuất" is a recurrence of its own, a later period in the clause is another
    # task's (Ban Tuyên giáo và Dân vận TW QĐ 1147/2025; gold C022 keeps both)
    ("có trách nhiệm kiểm tra định kỳ hoặc đột xuất về công tác quản lý bồi dưỡng tại Trung tâm, báo cáo "
     "cấp có thẩm quyền hằng năm, hoặc báo cáo trong trường hợp đột xuất.", 2025,
     [("recurrence", None), ("recurrence", "P1Y")]),
    # a body named before "định kỳ" does not make it a meeting's or a budget's (Cần Thơ QĐ 2610/2025)
    ("Giám sát công tác bảo đảm an toàn thông tin mạng cho Hệ thống; phối hợp với cơ quan chủ quản Hệ thống "
     "định kỳ kiểm tra an toàn thông tin mạng theo quy định.", 2025, [("recurrence", None)]),
    # a time cell or labelled time holding a month without its year: the plan year's month (the
    # shape of Quảng Ninh MTTQ KH 16/2025 "Thời gian hoàn thành: Tháng 4/2026" in a one-year plan)
    ("- Thời gian thực hiện: Tháng 3", 2026, [("period", "2026-03")]),
    ("| 3 | Tổ chức tập huấn nghiệp vụ | Sở Nội vụ | Các sở, ngành | Tháng 12 |\n", 2025, [("period", "2025-12")]),
    # a line that opens with the year a target is due (Đồng Tháp KH 617/2025, Hà Nội KH 310/2025, gold)
    ("a) Đến hết năm 2030: Có ≥ 70% doanh nghiệp nhỏ và vừa sử dụng nền tảng số", 2025, [("period", "2030")]),
    ("**Mục tiêu đến hết năm 2026**\n", 2025, [("period", "2026")]),
    # an annual report; a PDF font's "ỳ" read as "Ƕ" (Bắc Ninh KH 144/2025, gold)
    ("Xây dựng báo cáo thường niên về phát triển kinh tế số, xã hội số của tỉnh", 2025, [("recurrence", "P1Y")]),
    ("Công bố định kǶ báo cáo đánh giá mức độ chuyển đổi số", 2025, [("recurrence", None)]),
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
    # shapes the corpus holds no instance of, written as plans and letters of the genre write them
    # (explD exploration, issue #11): a day and month due without "ngày" nor a year, in running text
    # and in a task table's time cell — the plan year's day
    ("Các đơn vị hoàn thành, gửi báo cáo về Sở Nội vụ trước 15/12.", 2025, [("date", "2025-12-15")]),
    ("chậm nhất 20/12 các xã gửi danh sách về Ban Chỉ đạo", 2025, [("date", "2025-12-20")]),
    ("| 2 | Tổng hợp, báo cáo kết quả | Sở Nội vụ | Các sở, ngành | Trước 15/12 |\n", 2025, [("date", "2025-12-15")]),
    ("Gửi báo cáo về Sở Tài chính trước 20/12 hằng năm.", 2025, [("date", "2025-12-20"), ("recurrence", "P1Y")]),
    # a part of the day before a written-out date on a schedule line
    ("Chiều ngày 20/12/2025: tổng kết, trao giải", 2025, [("date", "2025-12-20")]),
    ("- Sáng ngày 15/12/2025 tổ chức khai mạc Hội thi", 2025, [("date", "2025-12-15")]),
    # a list of months written once with the year (each month), the end of a dash range of months
    ("tổ chức tuyên truyền trong tháng 11 và tháng 12/2025", 2025, [("period", "2025-11"), ("period", "2025-12")]),
    ("- Thời gian thực hiện: tháng 11, 12/2025.", 2025, [("period", "2025-11"), ("period", "2025-12")]),
    ("| 4 | Tuyên truyền trên báo, đài | Sở Văn hóa | Các sở | Tháng 12/2025 - Tháng 3/2026 |\n", 2025,
     [("period", "2026-03")]),
    ("từ tháng 12/2025 - tháng 3/2026 tổ chức tuyên truyền lưu động", 2025, [("period", "2026-03")]),
    # "tuần" typed without its grave accent (Đồng Nai KH 179/2025, gold "hàng tuân" P1W)
    ("phát sóng chuyên mục hàng tuân trên sóng phát thanh", 2025, [("recurrence", "P1W")]),
    # a range of quarters of one year is due at its last (not the first quarter of the plan year)
    ("- Thời gian thực hiện: Quý III-IV/2026", 2025, [("period", "2026-Q4")]),
    # "đến hết ngày", a comma after a time of day, a half year written "06 tháng"
    ("Thời gian thực hiện từ ngày 01/12/2025 đến hết ngày 31/12/2025.", 2025, [("date", "2025-12-31")]),
    ("gửi báo cáo về Văn phòng trước 10h00, ngày 15/12/2025 để tổng hợp", 2025, [("date", "2025-12-15")]),
    ("hoàn thành trong 06 tháng đầu năm 2026", 2025, [("period", "2026-H1")]),
    # a phase line of a plan of several years opens with its year (as "Đến hết năm 2030:" does)
    ("- Năm 2026: hoàn thành số hóa 100% hồ sơ đang giải quyết", 2025, [("period", "2026")]),
    # the year after the plan's written "của năm sau"; a written-out day without "ngày"
    ("báo cáo năm gửi Sở Tài chính trước ngày 31 tháng 01 của năm sau", 2025, [("date", "2026-01-31")]),
    ("các đơn vị nộp hồ sơ trước 15 tháng 12 năm 2025", 2025, [("date", "2025-12-15")]),
    # … but work due in a period keeps it, whatever past participle its clause holds
    ("Trong năm 2026, các nhiệm vụ đã được giao phải hoàn thành dứt điểm.", 2026, [("period", "2026")]),
    ("hoàn thành trong tháng 3/2026 các nội dung đã nêu tại Mục II", 2026, [("period", "2026-03")]),
    # a labelled time of work that starts in a year and goes on, wrapped by the crawl (Thủ tướng QĐ
    # 2623/2025's task blocks, thuvienphapluat crawl 86367f2ddb2225cd)
    ("- Thời gian thực hiện: năm\n2025 và các năm tiếp theo.\n", 2025, [("period", "2025")]),
    ("- Thời gian thực hiện: năm\n2026 và các năm tiếp theo.\n", 2025, [("period", "2026")]),
    # a frequency counted in rounds (Đắk Lắk KH 0134/2025, crawl d5ffa6afac124d52)
    ("tần suất quan trắc: 02 đợt/tháng.", 2025, [("recurrence", "P1M")]),
    # work that follows past work keeps its time; a count that is the work's keeps its due date
    ("Phát huy những kết quả đã làm được, thường xuyên kiểm tra, đôn đốc việc cập nhật dữ liệu", 2025,
     [("continuous", "continuous")]),
    ("Số lượng hồ sơ đề nghị gửi về Sở Nội vụ trước ngày 15/12/2025.", 2025, [("date", "2025-12-15")]),
    ("Đối với Sở Nội vụ: hoàn thành trong năm 2025 việc rà soát hồ sơ.", 2025, [("period", "2025")]),
    ("kim loại nặng (Cd, Hg, As và Pb); tần suất quan trắc: 03 đợt/năm.", 2025, [("recurrence", "P1Y")]),
])
def test_time_expressions(phrase, plan_year, expected):
    assert sorted(deadlines(phrase, plan_year), key=repr) == sorted(expected, key=repr)  # a value may be None


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
    # a need, a quantity that falls every year (Ban Tuyên giáo và Dân vận TW QĐ 1147/2025, Cà Mau KH 204/2025)
    "1. Căn cứ vào nhu cầu bồi dưỡng hằng năm trên địa bàn thuộc phạm vi thực hiện nhiệm vụ của Trung tâm",
    "nguồn thu tiền sử dụng đất không bền vững vì mỗi năm quỹ đất giảm dần",
    # a rate paid in each period, a budget that each year's clause opens with
    "mức hỗ trợ hằng tháng cho người cao tuổi",
    "Hằng năm, ngân sách tỉnh bố trí kinh phí thực hiện Kế hoạch",
    # an encouraged activity schedules nothing (Lâm Đồng KH 2026 tuyên truyền CCHC, tune2 rule 10)
    "khuyến khích các cán bộ, công chức, viên chức thường xuyên viết tin, bài liên quan đến công tác CCHC",
    # a weekday slot, like opening hours (Đà Nẵng QĐ 82/2025, gold)
    "mọi người có thể đến gặp trực tiếp người phụ trách Tổ chức quản lý chợ vào (buổi...) thứ... hàng tuần",
    # an existing meeting's yearly cycle
    "tổ chức họp thường niên của Hội đồng quản trị",
    # a header row of months
    "| Tháng 1 | Tháng 2 | Tháng 3 |",
    # the plan's span, a target's year in running text (Cần Thơ KH 153/2025, Đồng Nai KH 182/2025)
    "Thời gian thực hiện Chương trình: Từ năm 2025 đến hết năm 2030.",
    "phấn đấu đạt 20% xã, phường không ma túy, bảo đảm đến hết năm 2030 đạt 50% địa bàn cấp xã",
    # a range's start
    "Từ đầu tháng 12/2025 đến khi kết thúc bầu cử",
    # an effective date, a date inside a sentence (not a schedule line)
    "Quyết định này có hiệu lực thi hành kể từ ngày 01/12/2025.",
    "Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ký",
    # a fraction of a count after "trước", a rate a target reaches each year, a word that is no "tuần"
    "có mặt trước 2/3 số đại biểu được triệu tập",
    # a fraction of a quantity after a due word (review 0.8 #10)
    "thời gian nghỉ không quá 1/3 thời gian làm việc",
    "diện tích xây dựng không quá 1/5 khuôn viên",
    "số lượng không quá 2/3 biên chế được giao",
    "hoàn thành trước 3/4 nhiệm kỳ",
    "bảo đảm không quá 24/7 giờ",
    "phấn đấu thu nhập bình quân đầu người hàng năm tăng 8%",
    "Tỷ lệ hộ nghèo hằng năm giảm từ 1,5% trở lên",
    "các hộ kinh doanh hàng tuân thủ quy định về niêm yết giá",
    # a schedule table's "Sáng | Chiều" header is no part of the day of the row's date below it
    "|Sáng |Chiều\n|Văn phòng |Phòng Bưu chính",
    # a past year's line reports figures, it schedules nothing
    "- Năm 2024: tỷ lệ hồ sơ trực tuyến đạt 65%",
    # a delegation's length, even when it runs "đến hết ngày" (Quảng Ngãi QĐ 1617/2025 shape)
    "Thời gian ủy quyền: Kể từ ngày Quyết định được ban hành đến hết ngày 28/02/2027",
    # a sentence that opens with a period and reports work done in it (a plan's account of its year)
    "Trong năm 2025, tỉnh đã tổ chức 15 hội nghị tuyên truyền.",
    "- Trong quý III/2025, các sở, ngành đã giải ngân 60% vốn được giao.",
    "Sáng ngày 15/12/2025, Ủy ban nhân dân tỉnh đã tổ chức hội nghị sơ kết.",
    # a lease paid every year, an allowance named with its kind (Hà Nội QĐ 1610/2025, HCM QĐ 2843/2025: gold, none)
    "đất thuê của Nhà nước theo hình thức thuê đất trả tiền hàng năm.",
    "người sử dụng đất trả tiền thuê đất hằng năm theo quy định",
    "Giải quyết phụ cấp đặc biệt hằng tháng đối với thương binh",
    # a kind of training, a place described by what often happens there (Đồng Nai KH 179/2025)
    "ban hành nội dung chương trình bồi dưỡng thường xuyên cho giáo viên",
    "khu dân cư tập trung, nhà máy, khu công nghiệp và nơi thường xuyên phát sinh bụi",
    "những địa bàn thường xuyên xảy ra sạt lở đất",
    # an event that happened in a month, after its cause (Thủ tướng CĐ 226/2025, crawl 858c0de43c18ce78)
    "Trong tháng 11\nnăm 2025, do mưa, lũ lớn tại khu vực Trung Bộ đã xảy ra tình trạng ngập\nlụt sâu trên diện rộng.",
    # a cut-off month of figures (Bộ VHTTDL CV 6386/2025's appendix, crawl f0a3d9f100d0791b)
    "(1) Cơ sở đào tạo sau đại học\ntính đến tháng 10 năm 2025 của Bộ Văn hóa, Thể thao và Du lịch",
    # a period in the topic a sentence opens with (Thủ tướng QĐ 2623/2025, crawl 86367f2ddb2225cd)
    "2. Đối với các nhiệm vụ triển\nkhai trong năm 2025, các bộ, cơ quan, đơn vị, địa phương chủ động bố trí trong\n"
    "nguồn ngân sách nhà nước được giao năm 2025 để triển khai thực hiện.",
    # … the same sentence glued by the crawl to the page's summary title
    "Tăng cường sử dụng hàng dự trữ quốc gia để hỗ trợ, ứng phó mưa lũ tại Trung Bộ Trong tháng 11 năm 2025, do "
    "mưa, lũ lớn tại khu vực Trung Bộ đã xảy ra tình trạng ngập lụt sâu trên diện rộng.",
    # how past work was done (Thủ tướng CĐ 227/2025, crawl e01d3782fbed0967)
    "Bộ Chính trị, Ban Bí thư, Chính phủ, Thủ\ntướng Chính phủ đã tập trung lãnh đạo, chỉ đạo xuyên suốt, thường "
    "xuyên, liên\ntục, từ sớm, từ xa, sát diễn biến tình hình.",
    # a column head that counts something as of a date (Ban Tuyên giáo và Dân vận TW HD 2025, crawl
    # aa9bb8226e3d4c71, a header lost by the crawl: no issue date to pass it)
    "|\n**Số\nlượng BCV cấp huyện, xã trước 01/7/2025 (theo HD 31)**\n|\n**Số\nlượng đơn vị HC cấp huyện "
    "trước 01/7/2025**\n|\n",
    # "thường xuyên" naming a kind of salary raise (Cao Bằng QĐ 52/2025, crawl fc5e61d70df8c70c)
    "1. Quyết định việc nâng bậc\nlương thường xuyên, nâng bậc lương trước thời hạn và các chế độ, chính sách về\n"
    "tiền lương, phụ cấp",
    # a budget balanced every year (Thủ tướng QĐ 2597/2025, crawl ec00bd6f58be7864)
    "1. Kinh phí thực hiện Đề án từ ngân sách nhà nước,\nbao gồm chi thường xuyên và chi đầu tư phát triển được "
    "cân đối hàng năm cho các\nbộ, ngành, địa phương; kinh phí tự cân đối và huy động hợp pháp khác",
    # legal applicability dates and conditions of a road map, interest rates per year and month (Thủ
    # tướng QĐ 43/2025, crawl 95bd8f3de5d57a06; Thủ tướng QĐ 2553/2025, crawl 998822f1fee3e8d0)
    "1. Xe ô tô sản xuất trước năm 1999 áp dụng Mức 1 từ\nngày Quyết định này có hiệu lực thi hành.",
    "Đối với xe ô tô sản xuất từ năm 2017 đến hết năm\n2021 tham gia giao thông trên địa bàn thành phố Hà Nội "
    "và Thành phố Hồ Chí Minh\náp dụng Mức 4 từ ngày 01 tháng 01 năm 2027.",
    "điều chỉnh giảm từ 6,6%/năm\n(0,55%/tháng) xuống 6,24%/năm (0,52%/tháng).",
    # a time limit counted from an event, round-the-clock hours (Bắc Ninh QĐ 78/2025, crawl de16a702fae1465d)
    "Thời gian xử lý và trả lời\nphản ánh kiến nghị là 07 ngày kể từ ngày tiếp nhận trên Ứng dụng",
    "2. Thời gian tiếp nhận thông\ntin phản ánh của cá nhân, tổ chức được thực hiện 24/24 giờ, 7 ngày/tuần.",
    # (Ninh Bình QĐ 162/2025, crawl cdb6ad27b3c3f13b) encouraged, a budget line, round-the-clock service
    "1. Việc kiểm tra hộp thư điện tử\ntùy thuộc vào nhu cầu trao đổi công việc của cơ quan, đơn vị, cá nhân; khuyến\n"
    "khích kiểm tra hộp thư điện tử hằng ngày để tiếp nhận và xử lý kịp thời giải\nquyết công việc.",
    "tham mưu Ủy ban\nnhân dân tỉnh bố trí kinh phí thường xuyên, kinh phí sự nghiệp hàng năm để duy\ntrì hoạt động",
    "Hệ thống thư điện tử công vụ tỉnh hoạt động thông suốt, liên tục 24/7;",
    # a rating criterion's yearly emulation (Cục Thuế QĐ 3509/2025, crawl 9e9ed41212fc9334)
    "1. Quy định này là một tiêu chuẩn để đánh giá, xếp\nloại và bình xét danh hiệu thi đua, khen thưởng hàng năm "
    "của tập thể, cá nhân.",
    # a range of days inside a sentence is no schedule line
    "Đoàn kiểm tra làm việc từ 01/12/2025 - 15/12/2025 tại các xã, phường",
    # a cut-off in a budget rule, not a yearly window's end (Cà Mau KH 0204/2025, tune3 gold: none)
    "thu hồi các khoản kinh phí chi thường xuyên đã giao trong dự toán đầu năm nhưng đến ngày 30 tháng 6 hàng năm "
    "chưa phân bổ",
    # "thường xuyên" as the quality or kind a noun names (crawl 7cfc6fdf6d7a5f5d, explore9)
    "huy động người dân tham gia bảo vệ môi trường trên phạm vi toàn quốc, đảm bảo tính thường xuyên, liên tục, rộng khắp",
    "Nhằm đạt được mục tiêu nêu trên, bên cạnh các nhiệm vụ thường xuyên, các bộ, cơ quan trung ương",
    # an outside event dated by its month, the period of figures, the span a text is in force (explore8 crawls
    # 03890575449f6e05, 2d737276bf416017, 0abcf1a5292b31ec)
    "hướng dẫn thi hành Luật Quản lý thuế (sửa đổi) khi Luật Quản lý thuế được thông qua vào tháng 12/2025.",
    "phục vụ rà soát, biên soạn số liệu GDP, GRDP sơ bộ quý III, 9 tháng và ước tính quý IV, cả năm 2025 cho 63 tỉnh",
    "Nghị quyết này có hiệu lực thi hành kể từ ngày 18 tháng 11 năm 2025 đến ngày 31 tháng 12 năm 2025.",
])
def test_time_words_that_are_no_deadline(phrase):
    assert deadlines(phrase) == []


@pytest.mark.parametrize("phrase", [
    # the goal a sentence's opening purpose clause names, dated by its year: the sentence's work is
    # in its main clause after it (VPCP TB 623/2025, tune15 L03; Lâm Đồng KH 2026 draft, tune3 C060:
    # gold none in both)
    "Để tiếp tục tháo gỡ các khó khăn, vướng mắc trong phát triển kinh tế - xã hội, giải ngân vốn đầu tư "
    "công và thực hiện chính quyền địa phương 02 cấp, đạt được mục tiêu tăng trưởng kinh tế 8% trong năm "
    "2025 của Tỉnh và góp phần đạt mục tiêu tăng trưởng kinh tế từ 8,3 - 8,5% của cả nước, tỉnh Đắk Lắk cần "
    "tiếp tục thực hiện quyết liệt, đồng bộ, hiệu quả các chủ trương của Đảng",
    "Để tổ chức triển khai đồng bộ, kịp thời, thống nhất và hiệu quả mục tiêu giữ vững, mở rộng các xã, "
    "phường, đặc khu không ma túy, đảm bảo ít nhất 40% địa bàn cấp xã không ma túy trong năm 2026, phấn đấu "
    "đến năm 2030 đạt tiêu chí tỉnh không ma túy, Ủy ban nhân dân tỉnh ban hành Kế hoạch",
])
def test_a_goal_in_an_opening_purpose_clause_is_no_deadline(phrase):
    assert deadlines(phrase) == []


@pytest.mark.parametrize("phrase", [
    # a regulation's general provisions: a term's definition (Hải Phòng QĐ 223/2025, tune15 Y04,
    # gold none there), the scope statement of an untitled first article (Tuyên Quang QĐ 12/2012,
    # tune8 U03, gold none)
    "Điều 3. Giải thích từ ngữ\n\n9. *Bùn thải *là bùn hữu cơ hoặc vô cơ được nạo vét. Bùn thải bao gồm các "
    "loại sau:\n\na) *Bùn thải thoát nước: *là bùn thải phát sinh thường xuyên từ hoạt động khai thác, sử "
    "dụng, duy tu, bảo dưỡng, quản lý vận hành hệ thống thoát nước.",
    "Điều 1. Quy định này quy định về việc tặng quà nhân ngày Thương binh liệt sĩ 27 tháng 7, Quốc khánh 2 "
    "tháng 9 và Tết Nguyên đán cổ truyền hằng năm; mức quà tặng; trách nhiệm của các cơ quan có liên quan",
    # (constructed) the scope's two titles in one, shortened
    "Điều 1. Phạm vi, đối tượng áp dụng\n\nQuy chế này áp dụng đối với cán bộ, công chức làm việc hằng ngày tại trụ sở.",
])
def test_a_regulations_general_provisions_schedule_nothing(phrase):
    assert deadlines(phrase) == []


@pytest.mark.parametrize("phrase", [
    # how often something arises, not work (Hải Phòng QĐ 223/2025, tune15 Y04, gold none)
    "2. Trường hợp các dự án đầu tư xây dựng trạm/nhà máy xử lý nước thải tập trung của thành phố trong "
    "tương lai mà tại đó phát sinh bùn thải thường xuyên và ở khoảng cách xa so với địa điểm xử lý tập trung",
    # (constructed, the same shape with a yearly word)
    "Chi phí vận chuyển bùn thải phát sinh hằng năm được tính vào giá dịch vụ thoát nước.",
])
def test_how_often_something_arises_is_no_deadline(phrase):
    assert deadlines(phrase) == []


def test_a_task_after_what_arises_keeps_its_time():
    # (constructed, review27: "vướng mắc phát sinh" then "và" and the next task)
    assert deadlines("Các sở, ngành kịp thời giải quyết các khó khăn, vướng mắc phát sinh và thường xuyên báo cáo "
                     "Ủy ban nhân dân tỉnh.") == [("continuous", "continuous")]


@pytest.mark.parametrize("phrase,expected", [
    # the work an article after the general provisions gives keeps its time (Hải Phòng QĐ 223/2025,
    # tune15 Y04: "Định kỳ" of the drainage unit, gold)
    ("Điều 3. Giải thích từ ngữ\n\n1. *Thoát nước *là hoạt động thu gom.\n\nĐiều 12. Quản lý hệ thống "
     "thoát nước\n\n1. Đơn vị thoát nước có trách nhiệm:\n\na) Định kỳ kiểm tra độ kín, lắng cặn tại các điểm "
     "đấu nối", [("recurrence", None)]),
    # (constructed, review27) an article whose title only names the scope's words gives work of its own
    ("Điều 10. Trách nhiệm của các cơ quan, đơn vị thuộc đối tượng áp dụng\n\n1. Định kỳ hằng quý, các cơ quan, "
     "đơn vị báo cáo kết quả thực hiện về Sở Nội vụ.", [("recurrence", "P3M")]),
    # … and an untitled article, whose first sentence the structure reads as its title, naming them
    ("QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định hỗ trợ người có công trên địa bàn tỉnh.\n"
     "Điều 2. Sở Nội vụ chủ trì hướng dẫn các đối tượng áp dụng lập hồ sơ, định kỳ hằng quý báo cáo Ủy ban nhân "
     "dân tỉnh; tổng hợp kết quả trước ngày 15/12/2025.\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách "
     "nhiệm thi hành Quyết định này.", [("recurrence", "P3M"), ("date", "2025-12-15")]),
])
def test_work_after_the_general_provisions_keeps_its_time(phrase, expected):
    assert deadlines(phrase) == expected


@pytest.mark.parametrize("phrase,expected", [
    # (constructed guards) the main clause's time after a purpose clause that names a goal stays
    ("Để đạt mục tiêu của Kế hoạch, các đơn vị, địa phương báo cáo kết quả thực hiện trong năm 2025.",
     [("period", "2025")]),
    # a purpose clause that ends the sentence: no main clause after the time
    ("Nhằm đạt mục tiêu giảm nghèo trong năm 2025.", [("period", "2025")]),
    # (constructed, review27) the main clause opened after the goal, the time its work's and another
    # clause after it
    ("Để đạt được mục tiêu đề ra, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành hoàn thành việc rà soát trong "
     "Quý II/2025, báo cáo kết quả về Sở Nội vụ.", [("period", "2025-Q2")]),
    ("Để thực hiện thắng lợi các mục tiêu của Kế hoạch, các cơ quan, đơn vị tổ chức sơ kết trong tháng 6/2025, "
     "tổng kết trong tháng 12/2025, gửi báo cáo về Sở Nội vụ.", [("period", "2025-06"), ("period", "2025-12")]),
])
def test_a_time_after_a_purpose_clause_stays(phrase, expected):
    assert deadlines(phrase) == expected


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


def entries(text, plan_year=2025):
    return deadline_entries(text, plan_year)


def test_an_attached_regulation_that_numbers_its_articles_afresh_has_sections_of_its_own():
    # Đà Nẵng QĐ 82/2025: the decision's "Điều 2.2" gives work to the Sở, ngành; the attached
    # Nội quy's "Điều 2.2" lists the traders' duties, not the Sở, ngành's
    text = ("QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Nội quy mẫu chợ.\n\n"
            "Điều 2. Tổ chức thực hiện\n\n1. Giao Sở Công Thương tổ chức triển khai Quyết định này.\n\n"
            "2. Giao các Sở, ngành, UBND các phường, xã chỉ đạo các tổ chức quản lý chợ xây dựng Nội quy chợ.\n\n"
            "Nơi nhận:\n- Như Điều 2;\n\nNỘI QUY MẪU CHỢ\n\n"
            "Điều 1. Thời gian hoạt động của chợ\n\n1. Chợ mở cửa theo giờ quy định.\n\n"
            "Điều 2. Quyền và nghĩa vụ của thương nhân\n\n1. Quyền của thương nhân kinh doanh tại chợ.\n\n"
            "2. Nghĩa vụ của thương nhân\n\n- Định kỳ, đột xuất báo cáo tình hình hoạt động kinh doanh theo yêu cầu.\n")
    assert entries(text) == [("recurrence", None, None)]


def test_a_deadline_of_a_list_of_leads_goes_to_the_first_named():
    # Quảng Ninh QĐ 96/2025 (gold): "Các chủ rừng" is not written out as the list it opens, and the
    # list's shared deadline goes to its first-named lead (tune2 reconciliation rule 2): one entry
    text = ("Điều 5. Biện pháp theo cấp dự báo\n\n"
            "c) Các chủ rừng phải thường xuyên canh phòng, đặc biệt đối với những vùng trọng điểm dễ cháy.\n\n"
            "b) Các chủ rừng và lực lượng Kiểm lâm có trách nhiệm thường xuyên kiểm tra nghiêm ngặt trên các vùng trọng điểm.\n")
    st = structure(text)
    leads = [a for a in find_assignments(st) if a.role == "lead"]
    assert [d.agency for d in recognize_deadlines(st, 2025, leads, [])] == ["Các chủ rừng"]


@pytest.mark.parametrize("phrase,agency", [
    # a clause that grounds the step, before or after its time (Quảng Ninh MTTQ HD 2025)
    ("Căn cứ vào kết quả hiệp thương lần thứ nhất, chậm nhất là ngày 15 tháng 12 năm 2025, Thường trực Hội đồng "
     "nhân dân tỉnh tiến hành điều chỉnh cơ cấu, thành phần, số lượng người được giới thiệu ứng cử.",
     "Thường trực Hội đồng nhân dân tỉnh"),
    ("Chậm nhất là ngày 05 tháng 02 năm 2026, căn cứ vào kết quả hiệp thương lần thứ hai, Ủy ban Thường vụ Quốc hội "
     "tiến hành điều chỉnh lần thứ hai về cơ cấu, thành phần.", "Ủy ban Thường vụ Quốc hội"),
    # an item's label before its subject (Lương Minh HD 2025, with a named body)
    ("1. Biên bản hội nghị (Bước 2): Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã gửi toàn bộ biên bản về "
     "Ủy ban bầu cử xã chậm nhất 17 giờ 00 ngày 25/01/2026.", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
])
def test_a_deadline_belongs_to_the_subject_after_an_opening_clause_or_label(phrase, agency):
    assert [d.agency for d in recognize_deadlines(structure(phrase), 2025, [], [])] == [agency]


@pytest.mark.parametrize("phrase,agency", [
    # a paragraph that names the task before it (Quảng Ninh MTTQ HD 2025, gold)
    ("Ban công tác Mặt trận chuyển biên bản hội nghị cử tri giới thiệu người của thôn, tổ dân phố ứng cử đại biểu "
     "Hội đồng nhân dân cấp xã đến Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã.\n\n"
     "Việc chuyển các biên bản nói trên phải hoàn thành chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026.",
     "Ban công tác Mặt trận"),
    # … not a paragraph whose own subject is no body
    ("Người ứng cử nộp hồ sơ tại Ủy ban bầu cử.\n\n"
     "Việc nộp hồ sơ phải hoàn thành chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026.", None),
])
def test_a_task_named_back_belongs_to_the_subject_of_the_paragraph_before(phrase, agency):
    assert [d.agency for d in recognize_deadlines(structure(phrase), 2025, [], [])] == [agency]


def test_a_short_name_the_document_defines_stands_for_its_body():
    # Ban Tuyên giáo và Dân vận TW QĐ 1147/2025: "Trung tâm" alone is a head word, but the
    # regulation defines it; the report due every November belongs to that body, November of the
    # plan year and every year (gold)
    text = ("Điều 1. Phạm vi điều chỉnh\n\nQuy chế này quy định về hoạt động bồi dưỡng của Trung tâm chính trị xã, "
            "phường, đặc khu (sau đây gọi tắt là Trung tâm).\n\n"
            "Điều 12. Chế độ báo cáo\n\n- Tháng 11 hằng năm, Trung tâm có văn bản báo cáo cấp ủy xã nơi có trụ sở "
            "Trung tâm về công tác bồi dưỡng, gồm: kết quả bồi dưỡng.\n\n"
            "Điều 17. Tổ chức thực hiện\n\n5. Trung tâm chính trị xã, phường, đặc khu căn cứ Quy chế này xây dựng "
            "quy chế làm việc.\n")
    assert entries(text) == [("period", "2025-11", "Trung tâm chính trị xã, phường, đặc khu"),
                             ("recurrence", "P1Y", "Trung tâm chính trị xã, phường, đặc khu")]


def test_a_head_word_alone_before_a_colon_names_no_group():
    # the subject "Trung tâm" of a sentence whose list opens with "gồm:" is not a labelled
    # group heading ("Các Sở, ngành, UBND các xã, phường …:" is)
    assert deadlines("- Tháng 11 hằng năm, Trung tâm có văn bản báo cáo cấp ủy xã, gồm: kết quả bồi dưỡng.") \
        == [("period", "2025-11"), ("recurrence", "P1Y")]
    st = structure("- Tháng 11 hằng năm, Trung tâm có văn bản báo cáo cấp ủy xã, gồm: kết quả bồi dưỡng.")
    assert [d.agency for d in recognize_deadlines(st, 2025, [], [])] == [None, None]


def test_labelled_task_blocks_whose_labels_wrap_give_each_time_its_blocks_lead():
    # Bắc Ninh KH 141/2025 (gold): task, lead, partner and time labels, each may wrap; the lead
    # is read from its label line; a time line's block does not reach past the next task's text
    text = ("7. Ứng dụng công nghệ số trong xây dựng pháp luật\n\n"
            "- Ra mắt AI pháp luật hỗ trợ cho cán bộ, công chức.\n\n"
            "*Đơn vị chủ trì tham mưu thực\nhiện: *Sở Khoa học và Công nghệ.\n\n"
            "*Đơn vị phối hợp thực hiện: *Sở\nTư pháp.\n\n"
            "*Thời gian thực hiện: *Tháng\n12/2025.\n\n"
            "- Cập nhật, khai thác cơ sở dữ liệu pháp luật.\n\n"
            "*Đơn vị chủ trì: *Sở Tư\npháp.\n\n"
            "*Đơn vị phối hợp: *Các cơ quan, đơn vị liên quan.\n\n"
            "*Thời gian thực hiện: *Theo\nkế hoạch công tác tư pháp hàng năm.\n")
    assert entries(text) == [("period", "2025-12", "Sở Khoa học và Công nghệ"), ("recurrence", "P1Y", "Sở Tư pháp")]


def test_labelled_task_blocks_whose_labels_are_lettered_items_give_each_time_its_blocks_lead():
    # Hà Nội KH 308/2025 (gold): each task's labels are the items "a)", "b)", "c)" of its heading; two
    # tasks of different leads "Hoàn thành trong năm 2025" stay two entries, not one of no agency
    text = ("II. NHIỆM VỤ\n\n1. Về dữ liệu\n\n"
            "1.1. Xây dựng các Chiến lược triển khai của thành phố:\n\n"
            "a) Nhiệm vụ: Tham mưu UBND Thành phố rà soát, hoàn thiện Chiến lược dữ liệu.\n\n"
            "b) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Sở Khoa học\nvà Công nghệ.\n\n"
            "- Đơn vị phối hợp: Các Sở, ban,\nngành.\n\n"
            "c) Thời gian thực hiện: Hoàn\nthành trong năm 2025.\n\n"
            "1.2. Triển khai, phát triển dữ liệu:\n\n"
            "a) Nhiệm vụ: Rà soát, chuẩn hóa cơ sở dữ liệu của đơn vị.\n\n"
            "b) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Công an Thành\nphố.\n\n"
            "- Đơn vị phối hợp: Các Sở, ban, ngành.\n\n"
            "c) Thời gian thực hiện: Hoàn thành trong năm 2025.\n")
    assert entries(text) == [("period", "2025", "Công an Thành phố"), ("period", "2025", "Sở Khoa học và Công nghệ")]


def test_a_list_of_addressees_that_semicolons_separate_gives_its_deadline_to_the_first_named():
    # a letter's request to several addressees, ";" between them (HCM CV 4169/2025 shape, gold: the
    # first-named); a later sentence whose subject is a kind of body only ("Các cơ quan, tổ chức, đơn
    # vị gửi …") names no agency: its deadline is not the section lead's, nor merged with it
    text = ("1. Về triển khai thực hiện đánh giá, xếp loại chất lượng năm 2025\n\n"
            "Đề nghị các cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố; Ủy ban nhân dân các xã, phường "
            "và đặc khu: tổ chức triển khai công tác đánh giá và hoàn thành trước ngày 05 tháng 12 năm 2025.\n\n"
            "(4) Các cơ quan, tổ chức, đơn vị gửi hồ sơ đề nghị đánh giá về Sở Nội vụ trước ngày 05 tháng 12 "
            "năm 2025 để tổng hợp.\n")
    assert entries(text) == [("date", "2025-12-05", "Các cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố"),
                             ("date", "2025-12-05", None)]


def test_a_list_of_addressees_reads_as_names_whatever_their_length():
    # the first-named with an apposition in brackets: names only before the ";", no clause of its
    # own, however long (review 0.8 #18: a length slack fitted to "tỉnh; " gave it to the second)
    text = ("1. Về triển khai\n\nĐề nghị Sở Nông nghiệp và Môi trường (cơ quan thường trực Ban Chỉ đạo); Ủy ban nhân "
            "dân các xã, phường: tổ chức triển khai và hoàn thành trước ngày 05 tháng 12 năm 2025.\n")
    assert entries(text) == [("date", "2025-12-05", "Sở Nông nghiệp và Môi trường")]


def test_two_leads_whose_tasks_semicolons_separate_keep_their_own_deadlines():
    text = ("2. Giao Sở Tài chính chủ trì tổng hợp dự toán, báo cáo trước ngày 10/12/2025; Sở Nội vụ rà soát "
            "biên chế, báo cáo trước ngày 15/12/2025.\n")
    assert entries(text) == [("date", "2025-12-10", "Sở Tài chính"), ("date", "2025-12-15", "Sở Nội vụ")]


def test_a_sentence_opening_with_a_name_the_task_recognizer_read_keeps_its_time():
    # Thủ tướng QĐ 2623/2025 (thuvienphapluat crawl 86367f2ddb2225cd): under the task block whose
    # lead is Bộ Công an, the first time item is the ministries' and provinces' (they send their
    # results to Bộ Công an), the second is Bộ Công an's
    text = ("II. NỘI DUNG\n\n4. Rà soát văn bản quy phạm pháp luật\n\n"
            "- Cơ quan thực hiện: Bộ Công an tiến hành rà soát các văn bản quy phạm pháp luật; các bộ, cơ quan "
            "ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương rà soát văn bản quy phạm pháp luật.\n\n"
            "- Thời gian thực hiện:\n\n"
            "+ Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương gửi kết quả rà "
            "soát về Bộ Công an trước ngày 15 tháng 12 năm 2025.\n\n"
            "+ Bộ Công an tổng hợp kết quả rà soát, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.\n")
    assert [(d.value, d.agency) for d in entries_of(text)] == [
        ("2025-12-15", "Các bộ, cơ quan ngang bộ"), ("2025-12-31", "Bộ Công an")]


def entries_of(text, plan_year=2025):
    st = structure(text)
    return recognize_deadlines(st, plan_year, find_assignments(st), [])


def test_lettered_agency_headings_with_a_colon_are_blocks_of_their_own():
    # review 0.8 #7: "a) Công an tỉnh:" / "b) Ủy ban nhân dân các xã:" are agency headings, not labels of
    # one task (the Hà Nội KH 308 shape above): the second time is the communes'
    text = ("II. NHIỆM VỤ\n\n1. Phân công\n\na) Công an tỉnh:\n\n- Thời gian thực hiện: Quý I/2026.\n\n"
            "- Đơn vị chủ trì: Công an tỉnh.\n\nb) Ủy ban nhân dân các xã:\n\n- Thời gian thực hiện: Quý II/2026.\n")
    assert entries(text) == [("period", "2026-Q1", "Công an tỉnh"), ("period", "2026-Q2", "Ủy ban nhân dân các xã")]


@pytest.mark.parametrize("text,agency", [
    # review 0.8 #8: a kind of body only under a heading that names an agency refers back to it
    ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Ủy ban nhân dân các xã, phường\n\nCác địa phương tổ chức tuyên truyền, báo cáo "
     "kết quả về Sở Nội vụ trước ngày 15/12/2025.\n", "Ủy ban nhân dân các xã, phường"),
    ("IV. TỔ CHỨC THỰC HIỆN\n\n2. Các sở, ban, ngành tỉnh\n\nCác cơ quan, đơn vị chủ động rà soát, gửi báo cáo về "
     "Sở Nội vụ trước ngày 15/12/2025.\n", "Các sở, ban, ngành tỉnh"),
    ("IV. TỔ CHỨC THỰC HIỆN\n\n3. Sở Nội vụ\n\nChủ trì tổng hợp. Các cơ quan, đơn vị báo cáo định kỳ hằng quý.\n",
     "Sở Nội vụ"),
])
def test_a_kind_of_body_under_an_agency_heading_is_that_agency(text, agency):
    assert [d.agency for d in entries_of(text)] == [agency]


def test_the_partners_clause_after_a_semicolon_leaves_the_time_to_the_lead():
    # review 0.8 #9: "…; Sở Nội vụ, Sở Tư pháp phối hợp, hoàn thành …": the partners are not the task's subject
    text = ("2. Giao Sở Tài chính chủ trì tổng hợp dự toán; Sở Nội vụ, Sở Tư pháp phối hợp, hoàn thành trước "
            "ngày 10/12/2025.\n")
    assert entries(text) == [("date", "2025-12-10", "Sở Tài chính")]


@pytest.mark.parametrize("phrase", [
    # review 0.8 #11: a dashed range of months passes the checks other time phrases pass
    "Từ tháng 01/2024 - tháng 6/2024, tỉnh đã tổ chức 20 hội nghị",    # a past range (plan of 2025)
    "kinh phí từ tháng 12/2025 - tháng 3/2026 do ngân sách bảo đảm",     # a budget's span
    "Từ tháng 01/2025 - tháng 6/2025, các xã đã tổ chức 20 hội nghị",   # work reported as done
])
def test_a_range_of_months_that_schedules_nothing(phrase):
    assert deadlines(phrase) == []


def test_a_range_of_months_that_schedules_work_is_due_at_its_end():
    assert deadlines("từ tháng 12/2025 - tháng 3/2026 tổ chức tuyên truyền") == [("period", "2026-03")]


@pytest.mark.parametrize("phrase,expected", [
    # review 0.8 #12: "địa bàn" before "thường xuyên" ends a clause of regular work; an event after it describes the place
    ("Công an các xã tăng cường tuần tra, kiểm soát trên địa bàn thường xuyên", [("continuous", None)]),
    ("Rà soát, di dời dân cư ở những địa bàn thường xuyên xảy ra sạt lở", []),
    ("Khơi thông dòng chảy ở các khu vực thường xuyên bị ngập úng", []),
    # "nơi thường xuyên …" is always "the place where …": the festivals recur, the guard duty is not scheduled by it
    ("bố trí lực lượng trực tại nơi thường xuyên tổ chức lễ hội", []),
])
def test_a_place_described_by_what_often_happens_there(phrase, expected):
    assert [(k, None) for k, _ in deadlines(phrase)] == expected


@pytest.mark.parametrize("phrase,plan_year,expected", [
    # review 0.8 #13: a year alone opens a phase only with its label's colon, and only in a plan of a known year
    ("**Năm 2026**\n", 2025, []),                                      # a table's header cell
    ("- Năm 2024: tỷ lệ hồ sơ đạt 65%", None, []),                     # figures, no plan year to tell
    ("**Năm 2027:**\n\n- Hoàn thành số hóa hồ sơ.\n", 2025, [("period", "2027")]),
    ("**Mục tiêu đến hết năm 2026**\n", 2025, [("period", "2026")]),
])
def test_a_line_opening_with_a_year(phrase, plan_year, expected):
    assert deadlines(phrase, plan_year) == expected


@pytest.mark.parametrize("phrase,expected", [
    # review 0.8 #14: work reported as done lies in the past; a later period with "đã" in its clause is scheduled
    ("Trong quý I/2026, các sở đã sẵn sàng triển khai", [("period", "2026-Q1")]),
    ("Trong năm 2026, Sở Nội vụ đã có kế hoạch tổ chức hội nghị", [("period", "2026")]),
    ("Trong năm 2025, tỉnh đã tổ chức 15 hội nghị", []),
])
def test_reported_work_lies_no_later_than_the_plan_year(phrase, expected):
    assert deadlines(phrase) == expected


def test_a_crawled_task_table_with_group_rows_keeps_its_year_cells():
    # Thủ tướng QĐ 2597/2025's appendix (crawl ec00bd6f58be7864): its group rows ("I | CƠ CHẾ,
    # CHÍNH SÁCH") leave their other cells empty as "** **", which once ended the table after its
    # header row; the time column's year cells are each row's period (contract, Clarifications)
    text = ("|\n**STT**\n|\n**Tên nhiệm vụ/dự\nán**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n"
            "**Kết quả dự kiến**\n|\n**Thời gian triển\nkhai**\n|\n|\n**I**\n|\n**CƠ CHẾ, CHÍNH SÁCH**\n|\n"
            "** **\n|\n** **\n|\n** **\n|\n** **\n|\n|\n1\n|\nRà soát toàn diện các luật, nghị định, thông tư\n"
            "có liên quan đến đầu tư xây dựng\n|\nBộ Xây dựng\n|\nCác bộ, ngành liên\nquan\n|\n"
            "Các Văn bản quy phạm\npháp luật được sửa đổi, bổ sung\n|\n2026\n|\n|\n5\n|\n"
            "Thiết lập cơ chế kiểm tra, giám sát và đánh giá\nhiệu quả thực hiện chuyển đổi số\n|\n"
            "Bộ Khoa học và\nCông nghệ\n|\nBộ Xây dựng\n|\nVăn bản quy định\nđược ban hành\n|\n2027\n|\n")
    assert entries(text) == [("period", "2026", "Bộ Xây dựng"), ("period", "2027", "Bộ Khoa học và Công nghệ")]


def test_a_duty_heading_names_the_agency_its_items_belong_to():
    # Hải Phòng QĐ 211/2025 (crawl d71b3a48efad6d2c): "Trách nhiệm, quyền hạn của Sở Tư pháp" gave
    # the task recognizer no lead; the item's "thường xuyên" is Sở Tư pháp's, not merged with the
    # task of no agency in "Điều 9"
    text = ("**Điều 9. Sao lưu Cơ sở dữ liệu**\n\n1. Việc sao lưu Cơ sở dữ liệu công chứng, chứng thực\n"
            "phải được thực hiện thường xuyên.\n\n**Điều 16. Trách nhiệm, quyền hạn\ncủa Sở Tư pháp**\n\n"
            "4. Cung cấp thông tin theo yêu cầu của cơ quan có\nthẩm quyền.\n\n5. Thường xuyên theo dõi, hướng "
            "dẫn, chỉ đạo các tổ\nchức hành nghề công chứng cập nhật, bổ sung dữ liệu các giao dịch vào Cơ sở dữ\n"
            "liệu đầy đủ, kịp thời.\n")
    assert entries(text) == [("continuous", "continuous", "Sở Tư pháp"), ("continuous", "continuous", None)]


def test_a_section_whose_task_is_to_make_criteria_is_no_criteria_table():
    # VPCP TB 623/2025 (crawl 826ed569ec2ddaa1, explore8): the heading names criteria as the object of
    # "xây dựng"; its task's month is due (a criteria section's "hàng quý" rows grade work instead)
    text = ("7. Về đề nghị hướng dẫn việc xây dựng bộ tiêu chí đánh giá xếp loại chất lượng đối với tập thể, "
            "cá nhân (KPI):\n\nGiao Bộ Nội vụ khẩn trương hoàn thiện Nghị định đánh giá, xếp loại chất lượng đối "
            "với cơ quan hành chính nhà nước và công chức theo ý kiến thẩm định của Bộ Tư pháp, trình Chính phủ xem "
            "xét, quyết định trong tháng 12/2025.\n")
    assert deadlines(text) == [("period", "2025-12")]


@pytest.mark.parametrize("heading", [
    "III. MỘT SỐ HOẠT ĐỘNG TUYÊN TRUYỀN TRỌNG TÂM TRONG NĂM 2026",
    "III. Một số hoạt động tuyên truyền trọng tâm trong năm 2026",
])
def test_a_part_headings_period_names_its_part_in_capitals_or_sentence_case(heading):
    # C065 (Lâm Đồng KH 2026 draft, tune2), its part heading as printed and in sentence case
    # (issue #11, eval_variants parts_sentence): the year names the part, the tasks under it give theirs
    text = (heading + "\n2. Tổ chức Cuộc thi tìm hiểu về cải cách hành chính\n"
            "Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan xây dựng, tổ chức Cuộc thi "
            "tìm hiểu về cải cách hành chính trên địa bàn tỉnh, hoàn thành trong tháng 6/2026.\n")
    assert entries(text, plan_year=2026) == [("period", "2026-06", "Sở Nội vụ")]


@pytest.mark.parametrize("phrase,expected", [
    # the act of issuing that the task asks for is work due (VPCP CV 8424/2014, W03: gold date 2014-12-31) …
    ("1. Yêu cầu Bộ Lao động - Thương binh và Xã hội khẩn trương rà soát số đối tượng để hoàn chỉnh dự thảo "
     "Quyết định, trình Thủ tướng Chính phủ xem xét, ký ban hành trước ngày 31 tháng 12 năm 2014.",
     [("date", "2014-12-31")]),
    # … not documents described by when they were issued (the row's own example)
    ("Rà soát các văn bản ban hành trước ngày 01/7/2025 để sửa đổi.", []),
    # the land law's category "đất trồng cây hằng năm" is no yearly task (Lai Châu QĐ 16/2010, V03: gold none)
    ("- Đất nông nghiệp, mức bồi thường bằng 30% giá đất nông nghiệp của vị trí đó, trường hợp đất trồng cây lâu "
     "năm phải chuyển sang đất trồng cây hàng năm thì bồi thường thiệt hại giá trị vườn cây lâu năm;", []),
    ("Thời điểm tính cộng dồn đất trồng cây hàng năm được thực hiện kể từ ngày 01/7/2004.", []),
])
def test_the_words_before_a_time_that_make_it_work_or_no_work(phrase, expected):
    assert deadlines(phrase, plan_year=2014, issue_date="2014-10-27") == expected


@pytest.mark.parametrize("phrase", [
    # sites described by when they are built, a relative clause's own time (Lâm Đồng TB 2026 draft, C062: gold none)
    "b) Xây dựng tiến độ, kế hoạch triển khai thi công cụ thể gửi các đơn vị, địa phương để phối hợp trong quá trình "
    "triển khai thi công dự án, trong đó lưu ý các vị trí triển khai thi công trong tháng 4/2026; đồng thời, rà soát "
    "phương án thi công.",
    "- Phối hợp Ban Quản lý dự án đầu tư xây dựng số 1 trong công tác tuyên truyền vận động Nhân dân nhận tiền bồi "
    "thường và bàn giao mặt bằng ngay, trong đó lưu ý các điểm triển khai thi công trong tháng 5/2026 phải bàn giao "
    "toàn bộ mặt bằng cho đơn vị thi công.",
    "- Chủ trì, phối hợp chặt chẽ với Ban Quản lý dự án đầu tư xây dựng số 1, Nhà đầu tư và địa phương trong việc tập "
    "trung giải phóng mặt bằng các đoạn tuyến mà dự kiến khởi công trước ngày 30/4/2026, trong đó:",
])
def test_a_time_that_describes_a_site_or_a_relative_clause_is_no_deadline(phrase):
    assert deadlines(phrase, plan_year=2026, issue_date="2026-04-01") == []


def test_a_task_due_in_its_month_beside_sites_keeps_it():
    # the same document's own task time after the sites (C062 gold: 2026-04, Ủy ban nhân dân Phường 2 Bảo Lộc)
    assert deadlines("- Khẩn trương tổ chức kiểm đếm bắt buộc đối với các hộ hiện nay chưa thực hiện kiểm đếm, "
                     "hoàn thành trong tháng 4/2026.", plan_year=2026, issue_date="2026-04-01") == [("period", "2026-04")]


def test_a_bare_periodic_word_before_a_list_of_yearly_due_days_is_that_recurrence():
    # Đồng Tháp KH 617/2025 (03, tune4; gold: P1Y and the two dates, no bare "định kỳ")
    assert sorted(deadlines("Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao, xây dựng kế hoạch; định kỳ "
                            "trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết quả thực "
                            "hiện về Sở Khoa học và Công nghệ để tổng hợp.")) \
        == [("date", "2025-06-01"), ("date", "2025-11-15"), ("recurrence", "P1Y")]


@pytest.mark.parametrize("phrase,plan_year,expected", [
    # a phase that runs to an event's day, the day written after it (Phố Bảng KH 01/2025, 13: gold 2026-03-15)
    ("2.2. Đợt 2: Từ tháng 01 đến ngày bầu cử 15/3/2026\n\n- Tập trung tuyên truyền đậm nét, cao điểm về cuộc bầu cử.",
     2025, [("date", "2026-03-15")]),
    # ongoing work over the year: the continuous entry, no period (Cần Thơ KH 160/2025, C003: gold continuous only)
    ("Công tác giám sát, đánh giá được tiến hành thường xuyên, liên tục trong năm 2025, sẽ có văn bản thông báo lịch "
     "giám sát cụ thể.", 2025, [("continuous", "continuous")]),
])
def test_an_event_day_and_the_span_of_ongoing_work(phrase, plan_year, expected):
    assert deadlines(phrase, plan_year, issue_date="2025-11-19") == expected


@pytest.mark.parametrize("phrase,expected", [
    # a criterion of a yearly grading (Hưng Yên KH 199/2026, V01: gold none)
    ("Lấy hiệu quả công tác phòng, chống ma túy trên địa bàn được giao phụ trách là một tiêu chí đánh giá, xếp loại "
     "cấp ủy, tổ chức đảng, đảng viên các địa phương hằng năm.", []),
    # … not a yearly grading the task does (the same document, gold P1Y)
    ("- Định kỳ hằng năm tổ chức rà soát, đánh giá, xếp loại và báo cáo Ủy ban nhân dân tỉnh xem xét.",
     [("recurrence", "P1Y")]),
])
def test_a_criterion_of_a_yearly_grading_is_no_recurrence(phrase, expected):
    assert deadlines(phrase, plan_year=2026) == expected


@pytest.mark.parametrize("text, expected", [
    # the start of a span of hours and days after "thời gian bắt đầu từ" is no day of its own: the span is
    # due at its end, given to the item's body once (review28a; the hour-and-day form of Sơn La KH
    # 07-KH/BTC 2023, real scan P02, "thời gian bắt đầu từ 14h30 phút ngày 30/7/2023.", stays a day)
    ("KẾ HOẠCH\nTổ chức Ngày Chuyển đổi số tỉnh năm 2025\nI. TỔ CHỨC THỰC HIỆN\n"
     "2. Sở Thông tin và Truyền thông tổ chức cuộc thi trực tuyến, thời gian bắt đầu từ 8h00 ngày 15/4/2025 đến "
     "17h00 ngày 30/5/2025.\n",
     [("date", "2025-05-30", "Sở Thông tin và Truyền thông")]),
])
def test_a_span_of_hours_and_days_is_due_at_its_end_once(text, expected):
    assert entries(text) == expected
