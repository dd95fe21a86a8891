"""Assignment shapes of the split tune15 (2025: Công điện of the Prime Minister, ministry letters, a
conclusion notice, provincial decisions with attached regulations), each cut from its document as
printed, line breaks of the crawl kept, and guards from the other tuned-on documents that share
the shape."""

import pytest

from tests.support.texts import assignment_entries

PM_REQUESTS = "Thủ tướng Chính phủ yêu cầu:\n"


@pytest.mark.parametrize("text, subjects", [
    # (Công điện 231/CĐ-TTg 2025, tune15 K01 item 1: the gold has the ministers of the ministries
    # listed and the coastal provinces' chairmen, not the accountability's subjects)
    (PM_REQUESTS + "1. Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp\nvà Môi trường, Xây dựng; Chủ tịch Ủy ban nhân "
     "dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm\nĐồng tổ chức theo dõi, cập nhật thường xuyên, liên tục, sát "
     "diễn biến tình\nhình, chủ động chỉ đạo, triển khai các biện pháp ứng phó bão số 15. Các Bộ trưởng, Chủ tịch Ủy ban "
     "nhân dân cấp tỉnh chịu\ntrách nhiệm toàn diện trước Chính phủ, Thủ tướng Chính phủ về kết quả, hiệu quả\ncông tác "
     "phòng, chống bão, lũ đối với ngành, lĩnh vực, địa bàn được phân công\nquản lý.\n",
     ["Các Bộ trưởng", "Chủ tịch Ủy ban nhân dân cấp tỉnh"]),
])
def test_subjects_only_answerable_to_a_superior_are_given_no_work(text, subjects):
    agencies = {agency for agency, _ in assignment_entries(text)}
    assert not agencies & set(subjects)


def test_a_bodys_article_over_its_answerability_keeps_the_body():
    # (Bắc Ninh QĐ 79/2025, tune C027 Điều 13: the heading names the body, gold keeps it)
    entries = assignment_entries(
        "**Điều\n13. Trách nhiệm của các cơ quan, đơn vị, tổ chức có liên quan**\n\n1. Thủ trưởng các cơ quan,\nđơn vị, "
        "tổ chức chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc triển khai\nthực hiện Quy chế này trong phạm vi quản lý "
        "của mình.\n")
    assert ("Các cơ quan, đơn vị, tổ chức có liên quan", "lead") in entries
