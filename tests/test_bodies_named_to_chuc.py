"""Bodies the law names "Tổ chức …" (models/agency_heads.tsv, models/agency_names.txt): the land
law's compensation body, a market's managing body.  The verb "Tổ chức" opens no name
(agencies._NOT_AGENCY_PHRASES); these names open with it all the same, taken whole, commas and
all.  Real sentences as crawled, line breaks kept (corpus splits tune9 and tune3, sources in
tests/data/corpus/SOURCES.tsv)."""

import pytest

from tests.support.texts import assignment_entries

MARKET_RULES = "Chương IV\n\nTỔ CHỨC THỰC HIỆN\n\nĐiều 9. Trách nhiệm thi hành\n\n"


@pytest.mark.parametrize("text, expected", [
    # Lai Châu QĐ 16/2010 (tune V03), the support for vocational training: the body's duty, then
    # the training centres' (the two sentences on one line)
    ("5.3. Khoản 3:\n\nTổ chức làm nhiệm vụ bồi thường, hỗ trợ và tái định cư có trách nhiệm lập phương án đào tạo nghề "
     "trình phê duyệt đồng thời với phê duyệt phương án bồi thường, hỗ trợ tái định cư. Trung tâm đào tạo nghề của "
     "tỉnh và các huyện, thị có trách nhiệm tổ chức đào tạo nghề theo phương án được phê duyệt.\n",
     {("Tổ chức làm nhiệm vụ bồi thường, hỗ trợ và tái định cư", "lead")}),
    # Đà Nẵng QĐ 82/2025 (tune C024), the market's own duty in the execution article
    (MARKET_RULES + "3. Tổ chức quản lý chợ căn cứ Nội\nquy mẫu được ban hành và tình hình thực tế tại chợ để xây "
     "dựng Nội quy chợ và\ncông bố công khai để các tổ chức, cá nhân liên quan tuân thủ thực hiện; đảm bảo\nthực hiện "
     "các nội dung tại Nội quy chợ đã ban hành.\n",
     {("Tổ chức quản lý chợ", "lead")}),
])
def test_body_named_to_chuc(text, expected):
    assert assignment_entries(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (Đà Nẵng QĐ 82/2025) the head of the market's body given powers: its whole name after the
    # post, no "Thủ trưởng Tổ chức" whose task would be "quản lý chợ"
    ("4. Thẩm quyền xử lý vi phạm Nội\nquy chợ\n\nThủ trưởng Tổ chức quản lý chợ\nđược quyền:\n\na) Quyết định việc "
     "áp dụng các\nhình thức xử lý vi phạm Nội quy chợ.\n", set()),
    # the verb still opens a task, under the body its heading names (the shape of tune C060)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n3. Ủy ban nhân dân các xã\n\n- Tổ chức quản lý chợ theo đúng quy định của pháp luật.\n",
     {("Ủy ban nhân dân các xã", "lead")}),
])
def test_verb_and_post_unchanged(text, expected):
    assert assignment_entries(text) == expected
