"""A sentence that opens with a case ("Trường hợp …") names who acts in it after its "thì":
a body or post written with its capital is given the work there (and its partners their
support); the case's own actors after its commas, or a class in lower case after "thì", are
given none (the gold of these documents records none).  Real sentences, each naming its
source; judged from the text."""

import pytest

from tests.support.texts import HUNG_YEN_DRUG_PLAN, assignment_entries


def _found(item):
    return assignment_entries(HUNG_YEN_DRUG_PLAN.format(item=item)) - {("Công an tỉnh", "lead")}


def test_named_body_after_the_case_then():
    # tune12 C055 (Lương Minh, Quảng Ninh, HD 2025 on the Front's part in the elections) II.4.2
    item = ("- Trường hợp những người ứng cử đại biểu Quốc hội, ứng cử đại biểu Hội đồng nhân dân cấp "
            "tỉnh tại đơn vị bầu cử xã thì Chủ tịch Ủy ban MTTQ Việt Nam cấp xã chủ trì hội nghị tiếp "
            "xúc cử tri ở đơn vị bầu cử khi được Ủy ban MTTQ tỉnh ủy quyền, đồng thời Ban Thường trực "
            "MTTQ xã chủ động báo cáo, phối hợp với các Ban chuyên môn của Cơ quan Ủy ban MTTQ tỉnh để "
            "bảo đảm cho hội nghị tiếp xúc cử tri được thực hiện an toàn, đúng luật.")
    assert {("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã", "lead"),
            ("Các Ban chuyên môn của Cơ quan Ủy ban Mặt trận Tổ quốc tỉnh", "support")} <= _found(item)


@pytest.mark.parametrize("item", [
    # tune4 08 (Hà Nội QĐ 1610/2025): the case's actors after its comma
    "- Trường hợp lỗi đồng bộ giữa hai hệ thống, người dân, doanh nghiệp chủ động cung cấp cho Bộ phận "
    "Một cửa chứng từ nộp tiền bản điện tử hợp lệ qua Cổng Dịch vụ công quốc gia, Bộ phận Một cửa tiếp "
    "nhận và chuyển bước tiếp theo.",
    # calibration C039 (Sở GDĐT Hà Nội CV 5095/2025)
    "Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), các đơn vị, "
    "trường học chủ động tạm dừng hoặc điều chỉnh thời gian làm việc, học tập cho phù hợp.",
    # tune7 C058 (Lương Minh KH 2026): a class in lower case after "thì"
    "Trường hợp người ứng cử là người đứng đầu cơ quan, tổ chức, đơn vị thì cơ quan, tổ chức, đơn vị "
    "cấp trên trực tiếp có trách nhiệm xác minh và trả lời.",
])
def test_no_subject_but_a_named_one_after_then(item):
    assert _found(item) == set()
