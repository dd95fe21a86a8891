"""Assignment shapes seen missed or wrongly taken in at least two tuned-on documents (round of
asg25d): each row a real sentence of the corpus text named in its comment, as the tool reads it
under a heading of its own; the expected entries are the reconciled gold's."""

import pytest

from tests.support.texts import assignment_entries
from tests.test_assignments_directive import PROVINCE_HEADER


@pytest.mark.parametrize("body, expected", [
    # units named by their trade are a named kind, a partner (Nghệ An KH 987/2025, tune13 N04 IV.3)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n**3. Sở Công Thương**\n\n- Chủ trì, phối hợp các đơn vị điện lực trên địa\nbàn "
     "tỉnh trong việc rà soát, đảm bảo khả năng cung ứng điện ổn định, an toàn\ncho các trạm BTS 5G và hệ thống "
     "IoT.\n",
     {("Sở Công Thương", "lead"), ("Các đơn vị điện lực trên địa bàn tỉnh", "support")}),
    # … with the scope it is named by, whose "quản lý" is no verb (Cần Thơ CT 09/2025, calibration C035 5.b)
    ("III. TỔ CHỨC THỰC HIỆN\n\n**5. Sở Xây dựng**\n\nb) Chủ trì, phối hợp với các\nđơn vị cấp nước thuộc phạm vi "
     "quản lý xây dựng phương án, lộ trình thay thế hoặc\nkhai thác luân phiên giữa nguồn nước mặt và nguồn nước "
     "dưới đất.\n",
     {("Sở Xây dựng", "lead"), ("Các đơn vị cấp nước thuộc phạm vi quản lý", "support")}),
    # kept out: the others of the kind, in the kind's own article (Thái Nguyên QĐ 27/2025 Điều 6.5,
    # tune6 M08: no gold entry)
    ("Điều 6. Trách nhiệm của các đơn vị điện lực\n\n5. Thường xuyên kiểm tra lưới\nđiện thuộc phạm vi quản lý, "
     "phối hợp với các cơ quan chức năng, chính quyền địa\nphương và các đơn vị điện lực khác tổ chức kiểm tra việc "
     "thực hiện các quy định\nvề hành lang bảo vệ an toàn công trình điện lực.\n",
     "no 'Các đơn vị điện lực khác'"),
])
def test_units_named_by_their_trade_are_partners(body, expected):
    found = assignment_entries(PROVINCE_HEADER + body)
    if isinstance(expected, str):
        assert not any(name.startswith("Các đơn vị điện lực khác") for name, _ in found), found
    else:
        assert found == expected
