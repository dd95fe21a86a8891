"""The post at the head of the body named before a comma (regexes.POST_OF_A_BODY, built from the
`post` rows of models/agency_heads.tsv): "Ủy ban nhân dân cấp xã, Chủ tịch Ủy ban nhân dân cấp xã"
names two bearers; a collective of posts ("Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành") is one."""

import pytest

from pipeline import regexes as rx
from pipeline import vocab
from pipeline.agencies import _head_of_the_body_before


@pytest.mark.parametrize("before,after,two_bearers", [
    # Lai Châu QĐ 88/2025: "Trách nhiệm của Ủy ban nhân dân cấp xã, Chủ tịch Ủy ban nhân dân cấp xã"
    ("Ủy ban nhân dân cấp xã", "Chủ tịch Ủy ban nhân dân cấp xã", True),
    ("Ủy ban nhân dân tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách", True),
    ("Sở Y tế", "Giám đốc Sở Y tế", True),
    ("Ủy ban nhân dân cấp xã", "Người đứng đầu Ủy ban nhân dân cấp xã", True),
    ("Hội đồng nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh", True),
    ("Giám đốc Sở", "Thủ trưởng cơ quan, ban, ngành", False),  # a collective of posts
    ("Ủy ban bầu cử xã", "Thường trực Hội đồng nhân dân xã", False),  # another body's post
])
def test_head_of_the_body_before(before, after, two_bearers):
    assert _head_of_the_body_before(before, after) == two_bearers


def test_posts_are_the_data():
    for post in vocab.agency_posts():
        assert rx.POST_OF_A_BODY.match(post + " Sở Y tế")
