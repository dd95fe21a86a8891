"""Deadlines of national letters and telegrams (contract §4: the agency whose task carries the time;
not the recurrence of a service people receive).  Lines as the pipeline reads them, each naming its
document (corpus splits tune14, tune9 and tune8, sources in tests/data/corpus/SOURCES.tsv)."""

import pytest

from tests.support.texts import deadline_entries

# tune14 R11, Công điện 234/CĐ-TTg 2025, part 1 (its item c shortened to its last two sentences), as
# normalize leaves the document: the item's paragraph ends inside a bracket, "(qua", and the next
# line goes on with the channel the report goes through
R11 = ("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh:\n"
       "Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:\n"
       "c) Báo cáo kế hoạch thực hiện cụ thể và nhu cầu hỗ trợ từ ngân sách trung ương (nếu có) để xây dựng, sửa chữa "
       "nhà cửa bị thiệt hại do đợt mưa lũ từ ngày 16-22/11/2025, gửi Văn phòng Chính phủ và Bộ Tài chính trước ngày "
       "03/12/2025 để tổng hợp, báo cáo Thủ tướng Chính phủ. Đồng thời thống kê báo cáo Thủ tướng Chính phủ (qua\n"
       "Văn phòng Chính phủ, Bộ Tài chính, Bộ Nông nghiệp và Môi trường) số hộ gia đình bị ảnh hưởng bởi trận bão, mưa "
       "lũ vừa qua, trừ các hộ gia đình đã được hỗ trợ xây dựng lại nhà, sửa chữa nhà bị hư hỏng nặng trước ngày "
       "03/12/2025.\n")


def test_a_line_inside_a_bracket_opens_no_sentence():
    # the second date was Văn phòng Chính phủ's, a second entry of the same value
    agencies = {agency for kind, value, agency in deadline_entries(R11) if value == "2025-12-03"}
    assert len(agencies) == 1 and "Văn phòng Chính phủ" not in agencies


@pytest.mark.parametrize("phrase, expected", [
    # tune8 U04, Thủ tướng QĐ 773/2018, II.2.g: the check-up people receive (gold: none; was a recurrence)
    ("g) Đến năm 2020, 100% người có công với cách mạng được lập hồ sơ theo dõi sức khỏe, được khám sức khỏe định kỳ "
     "phát hiện các vấn đề về sức khỏe, xác định nhu cầu, được chăm sóc, điều dưỡng, phục hồi chức năng.", []),
    # the check-up a body organizes keeps its schedule
    ("Sở Y tế tổ chức khám sức khỏe định kỳ 6 tháng một lần cho người cao tuổi.",
     [("recurrence", "P6M", "Sở Y tế")]),
])
def test_a_service_received_periodically_is_no_deadline(phrase, expected):
    assert [e for e in deadline_entries(phrase, 2018) if e[0] == "recurrence"] == expected


@pytest.mark.parametrize("phrase, plan_year, expected", [
    # tune14 R09, BCĐ CV 171/BCĐ 2025 (as crawled, its emphasis marks kept): was not read
    ("- Tập trung lãnh đạo, chỉ đạo thực hiện sát sao, đầy\nđủ, có hiệu quả các nhiệm vụ được phân cấp, phân quyền, "
     "phân định thẩm quyền khắc\nphục ngay những vướng mắc, bất cập, tăng cường toàn diện cho cấp xã, bảo đảm đến\n"
     "*hết năm 2025* không còn có khó khăn, vướng mắc liên quan đến nhiệm\nvụ được phân cấp.", 2025,
     [("period", "2025")]),
    # tune9 V01, Hưng Yên KH 199/2026, I.2: the first target was not read ("đến năm 2028" without "hết" is left)
    ("- Đảm bảo mục tiêu hết năm 2026 đạt ít nhất 50% số xã, phường trên địa bàn tỉnh không ma túy và đến năm 2028 "
     "đạt tỉnh không ma túy.", 2026, [("period", "2026")]),
    # the span of the work, not a time due (contract, Clarifications)
    ("Thúc đẩy tăng trưởng kinh tế từ nay đến hết năm 2025 đạt trên 8%.", 2025, []),
])
def test_a_result_due_by_a_years_end(phrase, plan_year, expected):
    assert [(kind, value) for kind, value, _ in deadline_entries(phrase, plan_year)] == expected


# tune14 R05, Bộ VHTTDL CV 6316/BVHTTDL-VP 2025 (sent in November 2025), task 1 of the heads of the
# ministry's departments, as crawled
R05 = ("**1. Thủ\ntrưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ**\n- Nghiên cứu, tham mưu Lãnh\nđạo Bộ:\n"
       "+ Kiên quyết cắt giảm, đơn\ngiản hóa thủ tục hành chính, quy định kinh doanh, không để phát sinh mới thủ tục,\n"
       "quy định kinh doanh, tiêu chuẩn, quy chuẩn, kỹ thuật mới không phù hợp, thiếu\ntính khả thi. ")


@pytest.mark.parametrize("sentence, expected", [
    # was not read
    ("Năm 2026, cắt giảm, đơn giản hóa 100% điều kiện kinh doanh không\ncần thiết hoặc mâu thuẫn.",
     [("period", "2026")]),
    # a year reported, not work given
    ("Năm 2025, Bộ đã cắt giảm 30% điều kiện kinh doanh.", []),
    # a past year
    ("Năm 2024, cắt giảm 30% điều kiện kinh doanh.", []),
])
def test_a_sentence_opening_with_its_year(sentence, expected):
    assert [(kind, value) for kind, value, _ in deadline_entries(R05 + sentence, 2025)] == expected
