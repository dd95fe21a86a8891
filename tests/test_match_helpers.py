"""The candidate-position matchers of ``pipeline/regexes.py`` (``scan``, ``MatchesAt``,
``line_start_pattern``) give exactly what the pattern's own ``finditer`` gives, and the item
marks written once there read the marks real documents print."""

import re

import pytest
import regex

from pipeline import regexes as rx

LINES = (
    "KẾ HOẠCH\n1. Sở Tài chính chủ trì\na) Giao Sở Nội vụ\n- rà soát\n\n"
    "II. TỔ CHỨC THỰC HIỆN\nĐiều 3. Hiệu lực\n1.2.3) mục con\nb. Tuyên truyền\n"
)


@pytest.mark.parametrize("pattern", [
    re.compile(r"^\d{1,2}[.)][ ]\S+", re.MULTILINE),
    re.compile(r"^(?:[a-zđ][.)]|[-+•])[ ]\S+", re.MULTILINE),
    regex.compile(r"^[ ]*\p{Lu}+[ ]\p{Lu}+$", regex.MULTILINE),
    regex.compile(rf"^(?:{rx.ARABIC_ITEM_MARK}|{rx.LETTER_ITEM_MARK})[ ]", regex.MULTILINE),
])
def test_line_start_pattern_finds_what_finditer_finds(pattern):
    expected = [m.span() for m in pattern.finditer(LINES)]
    assert expected  # (each pattern matches something here)
    assert [m.span() for m in rx.line_start_pattern(pattern).finditer(LINES)] == expected


@pytest.mark.parametrize("pattern", [r"^a|b", r"^(?:a)|b", r"^[ ]*x|y"])
def test_line_start_pattern_refuses_a_top_level_alternative(pattern):
    with pytest.raises(AssertionError):
        rx.line_start_pattern(re.compile(pattern, re.MULTILINE))


@pytest.mark.parametrize("pattern", [r"^(?:a|b)", r"^[|]x", r"^[]|]x", r"^[^]|]x", r"^a\|b", r"^[\]|]x"])
def test_line_start_pattern_takes_a_bar_inside_a_group_class_or_escape(pattern):
    rx.line_start_pattern(re.compile(pattern, re.MULTILINE))


def test_scan_skips_candidates_inside_the_match_before():
    # "Luật Luật …": the second trigger lies inside the first match, as finditer would skip it
    pattern = regex.compile(r"Luật[ ]\w+[ ]\w+")
    trigger = re.compile(r"Luật")
    text = "theo Luật Luật sư năm 2006 và Luật Đất đai 2024"
    assert [m.group() for m in rx.scan(pattern, trigger, text)] == [m.group() for m in pattern.finditer(text)]


@pytest.mark.parametrize("mark, fragment", [
    ("1.", rx.ARABIC_ITEM_MARK), ("12)", rx.ARABIC_ITEM_MARK), ("1.2.", rx.ARABIC_ITEM_MARK),
    ("1.2.3)", rx.ARABIC_ITEM_MARK), ("a)", rx.LETTER_ITEM_MARK), ("đ.", rx.LETTER_ITEM_MARK),
    ("-", rx.BULLET_ITEM_MARK), ("•", rx.BULLET_ITEM_MARK), ("Điều 12", rx.ARTICLE_NUMBER),
    ("IV.", rx.ROMAN_PART_MARK),
])
def test_item_marks_read_the_marks_documents_print(mark, fragment):
    assert regex.fullmatch(fragment, mark)


@pytest.mark.parametrize("not_a_mark, fragment", [
    ("123.", rx.ARABIC_ITEM_MARK), ("1.2.3.4.", rx.ARABIC_ITEM_MARK), ("1", rx.ARABIC_ITEM_MARK),
    ("A)", rx.LETTER_ITEM_MARK), ("ab)", rx.LETTER_ITEM_MARK), ("IV", rx.ROMAN_PART_MARK),
])
def test_item_marks_refuse_what_is_no_mark(not_a_mark, fragment):
    assert not regex.fullmatch(fragment, not_a_mark)


@pytest.mark.parametrize("line, opens", [
    ("a) Giao Sở Nội vụ", True), ("b. Tuyên truyền", True), ("c ) lệch", True),
    ("a.b.c", False), ("A) Hoa", False), ("văn bản (xem)", False), ("", False),
])
def test_may_open_letter_heading(line, opens):
    assert rx.may_open_letter_heading(line) is opens
