"""``deadlines._class_place`` searches a name for its place word only when the name opens with "các"
(in any case; speed pass 27, docs/speed.md): it gives what the unguarded form gives."""

import sys

import pytest
import regex

from pipeline import deadlines
from pipeline import regexes as rx

ALL_CHARACTERS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _unguarded(agency):
    if agency and (place := rx.PLACE_WORD_END.search(agency)) and rx.CLASS_OF_BODIES.fullmatch(agency, 0, place.start()):
        return place
    return None


def test_class_of_bodies_opens_with_cac_and_its_letters_lower_so():
    assert rx.CLASS_OF_BODIES.pattern.startswith(r"các\s+")
    for letter in "cá":
        takes = {m.group() for m in regex.compile(regex.escape(letter), rx.CLASS_OF_BODIES.flags).finditer(ALL_CHARACTERS)}
        assert takes and all(c.lower() == letter for c in takes), (letter, takes)


@pytest.mark.parametrize("agency", [
    "Các Sở, ban, ngành Thành phố",          # Hà Nội KH 308/2025 (tune4 04)
    "Các sở, ban, ngành Tỉnh",               # Đồng Tháp KH 552/2025
    "CÁC SỞ, BAN, NGÀNH TỈNH",               # a heading in capitals
    "Các cơ quan, đơn vị huyện",             # a district's plan: two classes apart
    "Các cơ quan, đơn vị xã",
    "các sở, ngành, địa phương tỉnh",
    "Các Sở, ban, ngành",                    # no place
    "Các sở ngành liên quan",
    "Sở Tài chính tỉnh",                     # no class
    "Ủy ban nhân dân tỉnh",
    "Cac so, ban tinh", "Cá", "C", "", None,
])
def test_class_place_is_the_unguarded_form(agency):
    got, want = deadlines._class_place(agency), _unguarded(agency)
    assert (got and got.span()) == (want and want.span())
