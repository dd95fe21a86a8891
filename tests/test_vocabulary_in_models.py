"""Vocabulary kept as data in models/ and compiled into the patterns that read it: every entry of
each file is read by its pattern, on the real sentences it was written for (corpus split tune14;
sources in tests/data/corpus/SOURCES.tsv) and on each entry in turn."""

import pytest

from pipeline import assignments, references, vocab
from pipeline import regexes as rx


@pytest.mark.parametrize("text, joint", [
    # R12, Bộ Nội vụ CV 10988/BNV-CQĐP 2025 (a footnote): the Party's two central bodies issue jointly
    ("[2] Bộ Chính trị, Ban Bí thư đã có", "Bộ Chính trị, Ban Bí thư"),
    ("Ban Bí thư và Bộ Chính trị đã ban hành", "Ban Bí thư và Bộ Chính trị"),
])
def test_joint_issuers_from_central_bodies(text, joint):
    assert vocab.joint_issuers() == ("Bộ Chính trị", "Ban Bí thư")
    m = rx.ISSUED_BY_SUBJECT.search(text)
    assert m and m.group("joint") == joint


@pytest.mark.parametrize("who, post", [
    # R06, VPCP TB 634/TB-VPCP 2025 and Chính phủ NQ 380/2025's wording: a post that names a body
    ("Thủ tướng Chính phủ Phạm Minh Chính", "Thủ tướng Chính phủ"),
    # R04, VPCP TB 648/TB-VPCP 2025: a person's post only
    ("Tổng Bí thư Tô Lâm", "Tổng Bí thư"),
    ("Đồng chí Tổng Bí thư Tô Lâm", "Đồng chí Tổng Bí thư"),
    ("Phó Thủ tướng Nguyễn Hòa Bình", "Phó Thủ tướng"),
    ("Chủ tịch nước Lương Cường", "Chủ tịch nước"),
])
def test_national_posts_before_a_name(who, post):
    m = references._PERSON_AFTER_POST.match(who)
    assert m and m.group("post") == post


def test_every_national_post_is_read():
    for post, comrade in vocab.national_posts():
        assert references._PERSON_AFTER_POST.match(f"{post} Nguyễn Văn An").group("post") == post
        assert bool(references._PERSON_AFTER_POST.match(f"Đồng chí {post} Nguyễn Văn An")) == comrade


@pytest.mark.parametrize("window, partner", [
    # R06, VPCP TB 634/TB-VPCP 2025 III.10: "… phối hợp chặt chẽ với Tỉnh để tập trung nghiên cứu …"
    ("Tỉnh để tập trung nghiên cứu, rà soát", True),
    ("Tỉnh ủy, Hội đồng nhân dân tỉnh", False),
    *((f"Tỉnh {w} các bộ, ngành", True) for w in vocab.conjunctions_after_partner()),
])
def test_conjunctions_after_the_province_as_partner(window, partner):
    assert (assignments._PROVINCE_AS_PARTNER.match(window) is not None) == partner


@pytest.mark.parametrize("clause", [
    # N07, Đồng Tháp QĐ 143/2025: "Phối hợp với các cơ quan, | tổ chức liên quan tổ chức kiểm tra …"
    "tổ chức liên quan tổ chức kiểm tra",
    "Xây dựng, Sở Tài chính",
    *vocab.list_item_verbs(),
])
def test_list_item_verbs(clause):
    assert assignments._LIST_ITEM_VERB.match(clause)
