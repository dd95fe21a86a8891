"""A deadline's agency is written "as in assignments" (contract, deadlines): the document-level names
the assignment merge gives a body (assignments.DocumentNames) are the deadline's too — the Front as
its committee where the document names the committee at that level, "Ủy ban nhân dân cấp xã" as the
communes the document lists.  Each text is a real item of the document named beside it, with a
(constructed) report line that names the body the other way and gives it a date."""

import pytest

from tests.support.texts import assignment_entries, deadline_entries

# calibration C046_ninhbinh-kh196-2024-cong-nghiep-van-hoa, items 12 and 13 (the committee heads item 13)
NINH_BINH = """KẾ HOẠCH
Triển khai thực hiện Chỉ thị số 30/CT-TTg
III. TỔ CHỨC THỰC HIỆN
12. Sở Văn hóa, Thể thao và Du lịch
Chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
13. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức đoàn thể
Đẩy mạnh công tác phối hợp tuyên truyền về xây dựng phát triển văn hoá, con người.
14. Chế độ báo cáo
{line}
"""

# tune5 N08_quangtri-ct06-2025-xu-ly-lan-chiem-rung-dat-lam-nghiep: the communes listed with the special
# zone ("Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ"), elsewhere named by their level ("Ủy ban nhân
# dân cấp xã rà soát, thống kê hiện trạng …"); the merged assignments write the listed name (round-5 rule 5)
QUANG_TRI = """CHỈ THỊ
Về tăng cường xử lý lấn chiếm rừng, đất lâm nghiệp
1. Sở Nông nghiệp và Môi trường
- Chủ trì, phối hợp với Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ rà soát, thống kê hiện trạng, nguồn gốc sử dụng đất.
2. Chế độ báo cáo
{line}
"""


@pytest.mark.parametrize("text, line, expected", [
    # the Front without "Việt Nam", and with it: the committee of the province, as the assignments write it
    (NINH_BINH, "Mặt trận Tổ quốc tỉnh tổng hợp, báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch trước ngày 15/12/2025.",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    (NINH_BINH, "Mặt trận Tổ quốc Việt Nam tỉnh báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch trước ngày 15/12/2025.",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    # the communes' committees by their level, after the document listed them
    (QUANG_TRI, "Ủy ban nhân dân cấp xã báo cáo kết quả rà soát về Sở Nông nghiệp và Môi trường trước ngày 15/12/2025.",
     "Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ"),
])
def test_the_deadline_agency_is_the_assignments_name(text, line, expected):
    text = text.format(line=line)
    assert (expected, "lead") in assignment_entries(text) or (expected, "support") in assignment_entries(text)
    assert [agency for kind, value, agency in deadline_entries(text)] == [expected]


# (constructed guard) a document that names only the Front writes it as printed, in deadlines as in assignments
def test_the_front_named_alone_stays_as_printed():
    text = NINH_BINH.replace("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Mặt trận Tổ quốc Việt Nam tỉnh").format(
        line="Mặt trận Tổ quốc Việt Nam tỉnh báo cáo kết quả thực hiện trước ngày 15/12/2025.")
    assert [agency for kind, value, agency in deadline_entries(text)] == ["Mặt trận Tổ quốc Việt Nam tỉnh"]
