"""Repairs of what OCR breaks in citations, as edits for the normalizer to apply.

``find_repairs(text)`` returns ``(start, end, replacement)`` edits, sorted and never
overlapping; it does not change the text itself, so the normalizer can apply them while
keeping its offset map.  What it repairs, and nothing else:

1. look-alike letters: ``Ð`` (U+00D0, Icelandic eth) and its kin read for ``Đ``, and the
   doubled ``ĐĐ`` of ``QĐÐ-UBND``;
2. slash and dash variants (``⁄ ∕ ／``, ``– — ‐ ‑ ‒ −``) inside number/symbol tokens such as
   ``925/QĐ–UBND`` or ``24∕12∕2021``; a dash between spaces is prose and stays;
3. digit/letter confusions inside numbers (``2O21`` → ``2021``, ``l5`` → ``15``) and inside
   symbol codes (``UBNĐ`` → ``UBND``, ``QD`` → ``QĐ``, ``TTq`` → ``TTg``) — a code is
   changed only when exactly one known code matches it under the confusion table;
4. spaces inside a citation (``04- QC/BCĐ``, ``22/ 12/ 2011``) and the tone of ``số`` before
   a number (``sô 10-KH/BCĐ``);
5. tone-mark confusions in a closed vocabulary (type words, agency names, provinces, the
   phrases in ``models/ocr/vocabulary.txt``): ``Quyết đình`` → ``Quyết định``.  The OCR'd
   words must have exactly the phrase's letters; only the diacritics change — except in a
   phrase of ``models/ocr/vocabulary.txt`` of ``LONG_PHRASE_WORDS`` syllables or more, where
   one vowel may be another (a bold heading's "TẾ CHỨC THỰC HIỆN": four syllables that agree
   but for one vowel name no other phrase).  No general spell-checking.
6. the Roman numeral of a quarter ("Quý II/2025", the time cell of a task table) read with
   digits or a glued pair of strokes: ``Quý 11/2025``, ``Quý I1``, ``Quý 1V``, ``Quý IH``
   (III).  A quarter is I–IV, so "Quý 11" cannot be read as printed; a lone "Quý 1" (an
   Arabic first quarter) stays.
7. the archive copy "Lưu: VT" (văn thư, the file copy every document of Decree 30/2020
   keeps) read as ``Lưu: VI`` or ``Lưu V1``: the first code after "Lưu" at the start of a
   line.
8. the Roman numeral of a section heading read with look-alikes of its strokes (``H. Nội
   dung`` for II, ``IH.`` for III, ``TV.`` for IV): repaired only where it is the numeral the
   sequence of headings expects next (after "I." comes "II."), since one misread heading cuts
   the plan's structure there and every assignment under it is lost.

9. the joins of a citation: a space after the dash inside a symbol, before a known code
   (``04/KH- UBND``); the word "tháng" of a written-out date read as another short word
   between the day and the month (``ngày 19 tong 6 năm 2015``: only "tháng" stands there);
   specks between "ngày" and its day (``ngày - -20 tháng 02``).
10. a speck read before a word after a comma (``Các phòng, .đơn vị``): no word begins with a
   point.  (A point inside a sentence, "hành chính. kỷ luật", is left: on the real scans it
   is a speck where the synthetic ones print a comma, so the text alone cannot choose; the
   readers' vote does, from the page: ``ocr.comma_read_as_point``.)

A number is never invented: a digit run is repaired only glyph for glyph (``O`` → ``0``),
and a token with unreadable characters stays as read (the provenance stage flags it through
the words' confidence).
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from . import vocab
from .resources import data_lines

# ------------------------------------------------------------------------------- look-alikes

LOOKALIKE_LETTERS = {
    "\u00d0": "Đ",  # Ð LATIN CAPITAL LETTER ETH
    "\u0189": "Đ",  # Ɖ LATIN CAPITAL LETTER AFRICAN D
    "\u00f0": "đ",  # ð LATIN SMALL LETTER ETH
}
SLASHES = "\u2044\u2215\uff0f\u29f8"  # ⁄ ∕ ／ ⧸
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"  # ‐ ‑ ‒ – — − ﹣ －

# Glyphs OCR confuses with digits, read back inside digit runs only.
DIGIT_LOOKALIKES = {"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "i": "1",
                    "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2"}
# Classes of glyphs OCR confuses inside symbol codes (compared after upper-casing).
CODE_CONFUSIONS = ("DĐ", "O0Q", "I1L|", "S5", "B8", "G6", "GQ", "IT")  # IT: a T's bar lost (ITr-CAT)

# A token that may be a citation number, date or symbol: letters/digits joined by / or -,
# with a digit or two capitals somewhere (so ordinary hyphenated words are left alone).
_JOINERS = "/\\-" + SLASHES + DASHES
# A run of letters/digits and slashes/dashes (variants included): a citation number, date or
# symbol when it holds a joiner or a digit (checked in ``_repair_token``).
_TOKEN = regex.compile(rf"(?<![\w&|{_JOINERS}])[\w&|{_JOINERS}]+(?![\w&|{_JOINERS}])")
# A lone code written without joiners ("của UBNĐ tỉnh"): capitals/digits only, no vowel with
# a diacritic (those are ordinary words in a capitalised heading).
_LONE_CODE = regex.compile(r"^[A-ZĐÐ0-9][A-Za-zĐÐ0-9]{2,}$")
_NUMBER_PART = regex.compile(r"""
    ^ (?=[^\d]*\d)                  # at least one real digit: never turn letters into a number
      [\dOolIi|SsBZz]+              # digits and their look-alikes
      (?<=\d) [a-zđ]? $             # ending on a digit, maybe a letter suffix (30c)
    | ^ (?=[^\d]*\d) [\dOolIi|SsBZz]+ $
    """, regex.VERBOSE)
_WORDS = regex.compile(r"[\p{L}\p{M}]+")
_ROMAN = regex.compile(r"^[IVXL]+$")
# The "Lưu" line of a "Nơi nhận" list, and a colon or comma there that OCR read without the
# space after it (before a capital code).
_FILED_LINE = regex.compile(r"(?m)^[ ]*[-+•]?[ ]*Lưu[ ]*:[^\n]*$")
_FILED_GAP = regex.compile(r"[:,](?=[A-ZĐ])")
# A capital vowel with a tone or hat after small letters of the same word: OCR's case slip
# ("trỊ", "thÀnh"); no name or brand is so written (a Latin capital, as in "eGov", stays).
_CAPITAL_INSIDE_WORD = regex.compile(r"(?<=\p{Ll}\p{Ll}?)[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ](?=\p{Ll}|\b)")
# Spaces OCR (or the typist) put inside a citation: "04- QC/BCĐ", "16 -QĐ/BCĐ" …
_SPACED_SYMBOL = regex.compile(r"""
    (?<![\w/])\d{1,5}[a-z]?          # the number
    (?: (?P<gap>[ ]+)(?=[-/]) [-/] (?![ ]) # a space before the joiner …
      | [-/] (?P<gap>[ ]+) )            # … or after it
    (?=[A-ZĐ][A-Za-zĐ&]{0,9}[-/][A-ZĐ])   # then a code that is itself joined: QC/BCĐ, QĐ-UBND
    """, regex.VERBOSE)
# … and inside dates: "22/ 12/ 2011"
_SPACED_DATE = regex.compile(r"(?<![\w/])\d{1,2}/(?P<gap1>[ ]*)\d{1,2}/(?P<gap2>[ ]*)(?:19|20)\d\d(?!\d)")
# "số" before a number, whatever tone OCR gave it (sô 10-KH/BCĐ, Sổ: 07/KH-UBND)
_NUMBER_WORD = regex.compile(r"(?<!\w)(?P<word>[sS][ôốồổỗộoóòỏõọÔỐỒỔỖỘOÓÒỎÕỌ])(?=:?[ ]*\d)")
# "năm" before the year of a written-out date, whatever tone OCR gave it ("ngày 05 tháng 3
# nắm 2020"); only after "tháng", so "Việt Nam 2020" and the like stay as they are.
_YEAR_WORD = regex.compile(
    r"(?<=(?<!\w)(?:tháng|THÁNG)[ ]+(?:\d{1,2}[ ]+)?)[nN](?P<vowel>[aăâáàảãạắằẳẵặấầẩẫậAĂÂÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬ])[mM]"
    r"(?=[ ]+(?:19|20)\d\d(?!\d))")

# The numeral of a quarter, I–IV, read with digit look-alikes (see 6. above); two
# characters at least, so an Arabic "Quý 1" is left alone.
_QUARTER_NUMERAL = regex.compile(
    r"(?<!\w)(?:[Qq]u[yýỳỷỹỵ]|QU[YÝỲỶỸỴ])[ ]+(?P<numeral>[1Il|]{2,3}|[1Il|]V|[1Il|]H|H[1Il|])(?=[/ ,.;)]|$)",
    regex.MULTILINE)
_QUARTER_READINGS = {"V": "IV", "H": "III"}  # by the numeral's letter other than a stroke


def _repair_quarters(text: str, chars: dict[int, str], deletions: set[int]) -> None:
    for match in _QUARTER_NUMERAL.finditer(text):
        start, numeral = match.start("numeral"), match.group("numeral")
        letter = next((c for c in numeral if c in _QUARTER_READINGS), None)
        want = _QUARTER_READINGS[letter] if letter else "I" * len(numeral)
        if len(want) == len(numeral):
            for j, ch in enumerate(want):
                chars[start + j] = ch
        else:  # "IH" → "III": one more character, put on the last one
            for j in range(len(numeral) - 1):
                chars[start + j] = want[j]
            chars[start + len(numeral) - 1] = want[len(numeral) - 1:]


# A section heading's numeral at a line start as OCR reads it (see 8. above): a stroke read as
# l, L, T, Ì or |, two strokes glued into H, a V's point lost into Y; a speck of dust read
# before it as a quote or comma is dropped.  Digits are not look-alikes here: "1.", "11."
# are the Arabic headings of many plans.
# A speck may be read as a quote, a comma, a point, an underscore, a caret or a low quote, set
# apart from the numeral by a space or not ("_ L. MỤC ĐÍCH" on a mild scan of a layout fixture).
_HEADING_NUMERAL = regex.compile(
    r"(?m)(?:^|(?<=\f))[ ]*(?P<speck>(?:['‘’`,._„“”^ˆ·][ ]*)?)(?P<numeral>[IVXHLTYlÌ|]{1,5})[ ]*\.[ ]+(?=\p{Lu})")
_NUMERAL_LOOKALIKES = {"l": "I", "|": "I", "L": "I", "T": "I", "Ì": "I", "H": "II", "Y": "V"}
_SECTION_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                     "XI", "XII", "XIII", "XIV", "XV")


def _numeral_read(numeral: str) -> str:
    return "".join(_NUMERAL_LOOKALIKES.get(c, c) for c in numeral)


def _repair_heading_numerals(text: str, chars: dict[int, str]) -> None:
    headings = list(_HEADING_NUMERAL.finditer(text))
    expected = 0  # index in _SECTION_NUMERALS of the numeral the next heading should carry

    def drop_speck(match) -> None:
        for i in range(match.start("speck"), match.end("speck")):
            chars[i] = ""

    for k, match in enumerate(headings):
        numeral = match.group("numeral")
        following = headings[k + 1].group("numeral") if k + 1 < len(headings) else ""
        if numeral in _SECTION_NUMERALS:
            if _lost_a_stroke(numeral, expected, following):
                # "II." again after "II.": a stroke of "III." lost on a heavy scan (a plan's
                # parts never repeat a numeral), unless the next heading is "III." itself
                numeral = _SECTION_NUMERALS[expected]
                chars[match.end("numeral") - 1] = match.group("numeral")[-1] + "I"
            if match.group("speck") and _SECTION_NUMERALS.index(numeral) == expected:
                drop_speck(match)
            expected = _SECTION_NUMERALS.index(numeral) + 1
            continue
        if expected >= len(_SECTION_NUMERALS) or _numeral_read(numeral) != _SECTION_NUMERALS[expected]:
            continue
        if expected == 0 and _numeral_read(following) != "II":
            continue  # no numeral before it: the next heading must confirm, as "II."
        want = _SECTION_NUMERALS[expected]
        if match.group("speck"):
            drop_speck(match)
        start = match.start("numeral")
        for j in range(len(numeral) - 1):  # the reading is never shorter than the numeral
            chars[start + j] = want[j]
        chars[start + len(numeral) - 1] = want[len(numeral) - 1:]
        expected += 1


def _lost_a_stroke(numeral: str, expected: int, following: str) -> bool:
    """Whether ``numeral`` repeats the heading before it where the expected one is the same
    numeral with one more final stroke (II for III, I for II, VII for VIII), and the next
    heading does not carry the expected numeral (then this one is something else)."""
    if not 1 <= expected < len(_SECTION_NUMERALS) or numeral != _SECTION_NUMERALS[expected - 1]:
        return False
    return _SECTION_NUMERALS[expected] == numeral + "I" and _numeral_read(following) != _SECTION_NUMERALS[expected]


# The title of a Roman-numeral heading, up to the first line holding small letters (a wrapped
# title in capitals goes on; a title in sentence case ends on its own line).
_TITLE_WORD = regex.compile(r"[\p{L}\p{M}]+")
# What may stand between two words of a title as OCR reads them: spaces (a line break of a
# wrapped title), or a speck read as a dash, a point or a colon (never a comma: "MỤC ĐÍCH, YÊU
# CẦU" are two titles).
_TITLE_GAP = regex.compile(r"[ ]*\n?[ ]*(?:[-–.:][ ]*)?")
TITLE_MIN_WORDS = 3
TITLE_LETTERS_PER_EDIT = 8  # a title of n letters may be read up to max(1, n // 8) letters apart


@functools.lru_cache(maxsize=1)
def _section_titles() -> dict[int, list[tuple[str, str]]]:
    """Section titles of three syllables or more by their syllable count: (base letters
    joined by a space, canonical spelling)."""
    titles: dict[int, list[tuple[str, str]]] = {}
    for line in _data_lines("section_titles.txt"):
        words = _TITLE_WORD.findall(unicodedata.normalize("NFC", line))
        if len(words) >= TITLE_MIN_WORDS:
            titles.setdefault(len(words), []).append((" ".join(_base(w) for w in words), " ".join(words)))
    return titles


def _repair_heading_titles(text: str, chars: dict[int, str], deletions: set[int]) -> None:
    """A section title read a letter or two apart, or split by a speck, inside the title of
    a Roman-numeral heading: "II. TỔ CHỨC THỤC-HIHN." → "II. TỔ CHỨC THỰC HIỆN." (see
    models/ocr/section_titles.txt).  The words take the title's spelling in the case they
    were printed in; what stood between them becomes one space (a line break stays)."""
    from rapidfuzz.distance import Levenshtein

    titles = _section_titles()
    for heading in _HEADING_NUMERAL.finditer(text):
        end = heading.end()
        while True:  # the title's lines: on while a line holds no small letter
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            if any(c.islower() for c in text[end:line_end]) or line_end == len(text) \
                    or text.startswith("\n", line_end + 1) or line_end - heading.end() > 400:
                end = line_end
                break
            end = line_end + 1
        words = list(_TITLE_WORD.finditer(text, heading.end(), end))
        i = 0
        while i < len(words):
            matched = 0
            for n, candidates in sorted(titles.items(), reverse=True):
                span = words[i:i + n]
                if len(span) < n or not all(_TITLE_GAP.fullmatch(text, a.end(), b.start())
                                            for a, b in zip(span, span[1:])):
                    continue
                seen = " ".join(_base(m.group()) for m in span)
                for base, title in candidates:
                    distance = Levenshtein.distance(seen, base)
                    if distance > max(1, len(base.replace(" ", "")) // TITLE_LETTERS_PER_EDIT):
                        continue
                    printed = text[span[0].start():span[-1].end()]
                    upper = sum(c.isupper() for c in printed) > sum(c.islower() for c in printed)
                    want = title.upper() if upper else (title[:1].upper() if printed[:1].isupper() else title[:1]) + title[1:]
                    if printed != want:
                        _replace_title(text, span, want.split(" "), chars, deletions)
                    matched = n
                    break
                if matched:
                    break
            i += max(matched, 1)


def _replace_title(text: str, span: list, wanted: list[str], chars: dict[int, str], deletions: set[int]) -> None:
    """Each word of ``span`` spelled as ``wanted``; a gap between two words becomes one space,
    or its line break where the title wrapped."""
    def put(start: int, end: int, replacement: str) -> None:
        for k in range(start, end):
            chars.pop(k, None)
            deletions.add(k)
        if replacement:
            deletions.discard(start)
            chars[start] = replacement

    for k, (word, want) in enumerate(zip(span, wanted)):
        put(word.start(), word.end(), want)
        if k + 1 < len(span):
            gap = text[word.end():span[k + 1].start()]
            put(word.end(), span[k + 1].start(), "\n" if "\n" in gap else " ")


# A line that opens an item: a Roman numeral, an Arabic item number with its point or a comma
# read for it, or a few characters that stand where a heading's numeral was garbled ("1, TỔ
# CHỨC THỰC HIỆN" for "IV.", "TT nh TỔ CHỨC …"), before a word in capitals.
_ITEM_START = regex.compile(r"""(?m)(?:^|(?<=\f))[ ]*
    (?: (?P<roman>[IVX]{1,5})[ ]*\.
      | (?P<number>\d{1,2})(?P<mark>[.,])
      | (?![A-Z][ ]*\.|[-+•*][ ])                # a lettered part ("A. PHẦN CHUNG"), a bullet
        (?P<garbled>[^\s\p{Ll}]{1,3}(?:[ ]\p{Ll}{1,2})?[.,:]?
                   | [lIi1|][lIi1|]{0,2}[.,:]?) )      # strokes of a numeral read as letters ("li" for "I.")
    [ ]+(?=\p{Lu})""", regex.VERBOSE)


def _repair_item_marks(text: str, chars: dict[int, str]) -> None:
    """Two marks of a plan's items that heavy scans garble, repaired by the sequence:
    the point of an Arabic item read as a comma ("1, Sở Thông tin và Truyền thông" as the first
    item under a part: the normalizer would join it to the line before), where the number is
    the next item's; and a Roman numeral read as a few other characters before a part's title
    in capitals ("1, TỔ CHỨC THỰC HIỆN" after "III.", "li MỤC ĐÍCH, YÊU CẦU" before "II."), where
    the title is a section title (models/ocr/section_titles.txt) and the next part, if any,
    carries the numeral after it (the first part needs one).
    Runs after ``_repair_heading_numerals``: the parts' numerals are read as repaired."""
    romans = []  # (position, numeral as repaired) of the parts
    for heading in _HEADING_NUMERAL.finditer(text):
        numeral = "".join(chars.get(k, text[k]) for k in range(heading.start("numeral"), heading.end("numeral")))
        if numeral in _SECTION_NUMERALS:
            romans.append((heading.start(), numeral))
    item = None  # the last Arabic item number under the current part (None: no part yet)
    for match in _ITEM_START.finditer(text):
        number, garbled = match.group("number"), match.group("garbled")
        if match.group("roman"):
            item = 0
            continue
        if number and not (match.group("mark") == "," and _opens_with_section_title(text, match.end())):
            follows = item is not None and int(number) == item + 1
            if match.group("mark") == "," and follows:
                chars[match.start("mark")] = "."
            if match.group("mark") == "." or follows:
                item = int(number)
                continue
        before = [numeral for at, numeral in romans if at < match.start()]
        after = [numeral for at, numeral in romans if at > match.start()]
        if before and before[-1] == _SECTION_NUMERALS[-1]:
            continue
        if not before and not after:
            continue  # the first part: the next one must confirm it, as "II."
        index = _SECTION_NUMERALS.index(before[-1]) + 1 if before else 0
        want, then = _SECTION_NUMERALS[index], _SECTION_NUMERALS[index + 1:index + 2]
        if after and (after[0],) != then:
            continue
        if not _opens_with_section_title(text, match.end()):
            continue
        start = match.start("garbled") if garbled else match.start("number")
        end = match.end("garbled") if garbled else match.end("mark")
        for k in range(start, end):
            chars[k] = ""
        chars[start] = want + "."
        romans.append((match.start(), want))
        romans.sort()
        item = 0


def _opens_with_section_title(text: str, at: int) -> bool:
    """Whether the words at ``at`` are in capitals and begin with a section title, read a
    letter or two apart at most."""
    from rapidfuzz.distance import Levenshtein

    line_end = text.find("\n", at)
    words = list(_TITLE_WORD.finditer(text, at, len(text) if line_end < 0 else line_end))
    for n, candidates in _section_titles().items():
        span = words[:n]
        if len(span) < n or not all(m.group().isupper() for m in span):
            continue
        seen = " ".join(_base(m.group()) for m in span)
        if any(Levenshtein.distance(seen, base) <= max(1, len(base.replace(" ", "")) // TITLE_LETTERS_PER_EDIT)
               for base, _title in candidates):
            return True
    return False


AGENCY_MIN_WORDS = 5  # an agency name this long may be read with one inner syllable wrong
AGENCY_SYLLABLE_EDITS = 2  # letters (without marks) that syllable may be read apart


@functools.lru_cache(maxsize=1)
def _long_agency_names() -> dict[tuple[int, str, str], list[tuple[tuple[str, ...], str]]]:
    """Agency names of ``AGENCY_MIN_WORDS`` syllables or more (models/agency_names.txt), keyed by
    their length and their first and last syllables' base letters: (bases, canonical words)."""
    out: dict[tuple[int, str, str], list[tuple[tuple[str, ...], str]]] = {}
    for name in vocab.agency_names():
        words = _WORDS.findall(unicodedata.normalize("NFC", name))
        if len(words) >= AGENCY_MIN_WORDS:
            bases = tuple(_base(w) for w in words)
            out.setdefault((len(words), bases[0], bases[-1]), []).append((bases, " ".join(words)))
    return out


def _repair_agency_syllable(text: str, chars: dict[int, str]) -> None:
    """A long agency name read right but for one inner syllable a letter or two apart: "Văn
    nhàng Ủy ban nhân dân tỉnh" (a task table's cell on a heavy scan) → "Văn phòng …".  The
    first syllable (Sở / Bộ / Ban …) and the last (tỉnh / huyện …) name which body it is and are
    never changed; the words must be one name (spaces between them only), and a reading that
    is itself a known name stays."""
    from rapidfuzz.distance import Levenshtein

    names = _long_agency_names()
    if not names:
        return
    lengths = sorted({n for n, _first, _last in names}, reverse=True)
    words = list(_WORDS.finditer(text))
    bases = [_base(m.group()) for m in words]
    index = phrase_index()
    i = 0
    while i < len(words):
        matched = 0
        for n in lengths:
            candidates = names.get((n, bases[i], bases[i + n - 1] if i + n <= len(words) else ""))
            if not candidates:
                continue
            seen = tuple(bases[i:i + n])
            span = words[i:i + n]
            if seen in index or any(text[a.end():b.start()].strip() for a, b in zip(span, span[1:])):
                continue
            for key, canonical in candidates:
                apart = [j for j in range(1, n - 1) if seen[j] != key[j]]
                if len(apart) != 1 or Levenshtein.distance(seen[apart[0]], key[apart[0]]) > AGENCY_SYLLABLE_EDITS:
                    continue
                j = apart[0]
                want = canonical.split(" ")[j]
                have = span[j]
                want = want.upper() if have.group().isupper() and len(have.group()) > 1 else (
                    want[:1].upper() + want[1:] if have.group()[:1].isupper() else want[:1].lower() + want[1:])
                if any(k in chars for k in range(have.start(), have.end())):
                    continue
                chars[have.start()] = want
                for k in range(have.start() + 1, have.end()):
                    chars[k] = ""
                matched = n
                break
            if matched:
                break
        i += max(matched, 1)


UNREADABLE_WORD_EDITS = 1  # letters (without marks) a word that is no syllable may be read apart


@functools.lru_cache(maxsize=1)
def _phrases_by_wildcard() -> dict[tuple[str, ...], list[tuple[tuple[str, ...], int]]]:
    """Each vocabulary phrase of two to four syllables with one word left out ("*"), to the
    phrase and the place left out."""
    out: dict[tuple[str, ...], list[tuple[tuple[str, ...], int]]] = {}
    for key in phrase_index():
        if 2 <= len(key) <= 4:
            for j in range(len(key)):
                out.setdefault(key[:j] + ("*",) + key[j + 1:], []).append((key, j))
    return out


@functools.lru_cache(maxsize=1)
def _toneless_syllables(syllables: frozenset[str], toneless) -> frozenset[str]:
    return frozenset(toneless(s) for s in syllables)


def _repair_unreadable_words(text: str, chars: dict[int, str]) -> None:
    """A word that is no Vietnamese syllable, a letter apart from its word of a vocabulary
    phrase whose other words are read with their letters: "kử luàt, kử cương" (a bold title
    on a mild scan: "k" never comes before "ư", "uà" never before "t") → "kỷ luật, kỷ cương".
    A word that is a syllable is never changed (a letter apart is another word), nor one whose
    letters are a syllable's with another tone ("cẩp xã" is "cấp xã", not the phrase "các
    xã": the real scan Q03); the phrase's other words take its marks as in ``_repair_phrases``."""
    from rapidfuzz.distance import Levenshtein

    from .ocr import _syllables, _toneless, known_syllables

    toneless_syllables = _toneless_syllables(_syllables(), _toneless)
    wildcards = _phrases_by_wildcard()
    spellings = _phrase_spellings()
    words = list(_WORDS.finditer(text))
    bases = [_base(m.group()) for m in words]
    for i, word in enumerate(words):
        have = word.group()
        if len(have) < 2 or sum(c.isupper() for c in have) > 1 or known_syllables(have) \
                or any(k in chars for k in range(word.start(), word.end())):
            continue
        if _toneless(have.lower()) in toneless_syllables:
            continue  # only its tone is no syllable's ("cẩp" for "cấp"): a letter is never changed for it
        found = []
        for n in (2, 3, 4):
            for first in range(max(0, i - n + 1), min(i, len(words) - n) + 1):
                j = i - first
                span = words[first:first + n]
                if any(text[a.end():b.start()].strip() for a, b in zip(span, span[1:])):
                    continue
                pattern = tuple(bases[first:first + n])
                for key, place in wildcards.get(pattern[:j] + ("*",) + pattern[j + 1:], ()):
                    if place == j and Levenshtein.distance(bases[i], key[j]) <= UNREADABLE_WORD_EDITS:
                        found.append((span, key))
        keys = {key for _span, key in found}
        if len(keys) != 1 or len(spellings[next(iter(keys))]) != 1:
            continue  # no phrase, or more than one: leave as read
        span, key = found[0]
        for m, want in zip(span, next(iter(spellings[key])).split(" ")):
            read = m.group()
            want = want.upper() if read.isupper() and len(read) > 1 else (
                want[:1].upper() + want[1:] if read[:1].isupper() else want[:1].lower() + want[1:])
            if read != want:
                chars[m.start()] = want
                for k in range(m.start() + 1, m.end()):
                    chars[k] = ""


# An Arabic item's number lost to specks at a line's start: one or two marks that are no
# digit, letter of a lettered item, or bullet ("„ Phòng Văn hóa …" for "3.", "Ạ. Trung tâm …"
# for "4."), before an agency's name.
_LOST_ITEM_NUMBER = regex.compile(r"""(?m)(?:^|(?<=\f))[ ]*
    (?P<mark>(?![-+•*])[^\s\w]{1,2}|[ẠẶẬẸỆỊỌỘỢỤỰỴ][.,]|[^\s\w][.,])
    [ ]+(?=\p{Lu})""", regex.VERBOSE)
_ARABIC_ITEM = regex.compile(r"(?m)(?:^|(?<=\f))[ ]*(?P<number>\d{1,2})\.[ ]+(?=\p{Lu})")
# The verb a directive's item opens with before its agency ("2. Giao Ban cán sự đảng Ủy ban
# nhân dân tỉnh lãnh đạo …", real scan P03, Chỉ thị 29-CT/TU Sơn La 2023, whose "2." was read
# "“"), compared without marks.
_ASSIGNING_VERB = regex.compile(r"^(?:giao|de nghi|yeu cau)[ ]+")


def _repair_lost_item_numbers(text: str, chars: dict[int, str]) -> None:
    """The number of an Arabic item under a part lost to specks on a heavy scan, where it
    opens with an agency's name (the items of "Tổ chức thực hiện") and the sequence fixes it:
    the item before it under the same part is N − 1, and the next item, if any before the next
    part, is N + 1 (or lost too).  Each such item names an agency's tasks; without its number
    they are read as the item before's."""
    heads = tuple(_base(head) for head, strong in vocab.agency_heads() if strong)  # tones slip: "Trung tậm"
    parts = [m.start() for m in _HEADING_NUMERAL.finditer(text)]
    items = sorted([(m.start(), int(m.group("number")), None) for m in _ARABIC_ITEM.finditer(text)]
                   + [(m.start(), None, m) for m in _LOST_ITEM_NUMBER.finditer(text)
                      if _ASSIGNING_VERB.sub("", _base(text[m.end():m.end() + 50])).startswith(heads)],
                   key=lambda item: item[0])
    previous = None  # the number of the item before under the current part
    for k, (at, number, lost) in enumerate(items):
        if any(previous_at < part < at for part in parts for previous_at in [items[k - 1][0] if k else -1]):
            previous = None  # a part heading between: the numbering starts again
        if lost is None:
            previous = number
            continue
        if previous is None:
            continue
        following = next(((n, a) for a, n, _m in items[k + 1:] if n is not None), None)
        if following is not None and following[0] != previous + 1 + sum(
                1 for a, n, _m in items[k + 1:] if n is None and a < following[1]) + 1 \
                and not any(at < part < following[1] for part in parts):
            continue
        mark = lost.group("mark")
        chars[lost.start("mark")] = f"{previous + 1}."
        for j in range(lost.start("mark") + 1, lost.start("mark") + len(mark)):
            chars[j] = ""
        previous += 1


# A speck read as a colon between the two syllables of a compound of the vocabulary ("các cơ:
# quan Trung ương"), before a small letter: a two-syllable word is never split so.  (A comma
# may stand there in prose: "giải quyết, định hướng".)
_SPLIT_COMPOUND = regex.compile(r"(?P<first>[\p{L}\p{M}]+)(?P<speck>:)(?=[ ](?P<second>\p{Ll}[\p{L}\p{M}]*))")


def _repair_split_compounds(text: str, deletions: set[int]) -> None:
    index = phrase_index()
    for match in _SPLIT_COMPOUND.finditer(text):
        key = (_base(match.group("first")), _base(match.group("second")))
        seen = f"{match.group('first')} {match.group('second')}".casefold()
        if key in index and seen in index[key]:
            deletions.update(range(match.start("speck"), match.end("speck")))


# A speck read at the start of a table cell, before its words ("| ˆ Sở Nội vụ |").
_CELL_SPECK = regex.compile(r"(?<=\|[ ])[ˆ^'`´„“”·.,:;~_][ ]+(?=\p{L})")
# A speck read after the last cell of a table row that ends on a digit ("| Tháng 8/2025 -",
# "| Tháng 7/2025-"): nothing follows a time cell's date.
_ROW_END_SPECK = regex.compile(r"(?m)(?<=\|[^|\n\f]*\d)[ ]*[-–~_'`]+[ ]*(?=$|\f)")
# A speck read between "trước ngày" / "đến ngày" and the date ("Trước ngày: 15/12/2025").
_DUE_DAY_SPECK = regex.compile(r"(?<=(?<!\w)(?:[Tt]rước|TRƯỚC|[Đđ]ến|ĐẾN)[ ]+(?:ngày|NGÀY))[:;,.'`]+(?=[ ]*\d{1,2}/\d{1,2}/\d{4})")


# "VT" (Văn thư, the archive copy) among the archive line's codes, first or after another
# unit's code ("Lưu: CNTT, VI"), its T read as a stroke (see 7. above).
_ARCHIVE_COPY = regex.compile(
    r"(?<=^[ ]*[-–+•]?[ ]*L[ưu]u[ ]*:?[ ]*(?:[\p{Lu}\d&()./-]+[ ]*,[ ]*)*V)[I1l|Ĩ](?=[ ]*[,.;]|[ ]*$)",
    regex.MULTILINE)

# A space OCR put after the dash inside a symbol, before the next code: "04/KH- UBND" (the
# code after it is checked against the known codes in ``find_repairs``).
_SPACED_CODE = regex.compile(r"""
    (?<=(?<![\w/])\d{1,5}[a-z]?/(?:\d{4}/)?[A-ZĐ][A-Za-zĐ&]{0,9}-)  # number/CODE- (a year between)
    (?P<gap>[ ]+)
    (?P<code>[A-ZĐ][A-Za-zĐ0-9&]{0,9})(?![\w/-])                    # then a code ending the symbol
    """, regex.VERBOSE)
# The month word of a written-out date read as another short word: "ngày 19 tong 6 năm 2015".
_MONTH_WORD = regex.compile(
    r"(?<=(?<!\w)(?:ngày|NGÀY|Ngày)[ ]+\d{1,2}[ ]+)(?P<word>\p{L}{3,6})"
    r"(?=[ ]+\d{1,2}[ ]+(?:năm|NĂM)[ ]+(?:19|20)\d\d(?!\d))")
MONTH_WORD_MAX_EDITS = 2  # letters apart from "thang" (without marks) for a word to be it
# The word "ngày" between a citation's symbol and its date read as another short word:
# "Nghị quyết số 50/NQ-CP rgày 13/3/2025 của Chính phủ" (real scan Q03, a grey 100-dpi page),
# which lost the citation's date and issuer.  Only "ngày" stands there; a letter apart (without
# marks) and in its case.
_DATE_WORD = regex.compile(
    r"(?<=(?<![\w/])\d{1,5}[a-z]?(?:/\d{4})?[/-][A-ZĐ][A-Za-zĐ0-9&]*(?:[-/][A-ZĐ][A-Za-zĐ0-9&]*){0,3},?[ ]+)"
    r"(?P<word>\p{L}{3,5})(?=[ ]+\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d))")
DATE_WORD_MAX_EDITS = 1  # letters apart from "ngay" (without marks) for a word to be it
# Specks between "ngày" and its day: "ngày - -20 tháng 02".
_DAY_SPECKS = regex.compile(
    r"(?<=(?<!\w)(?:ngày|NGÀY))[ ](?P<specks>[-–.,:;'’`~^ˆ]+(?:[ ]+[-–.,:;'’`~^ˆ]+)*[ ]*)"
    r"(?=\d{1,2}[ ]+(?:tháng|THÁNG)[ ])")
# A speck before a word, after a comma or a semicolon: "Các phòng, .đơn vị".
_SPECK_BEFORE_WORD = regex.compile(r"(?<=[,;][ ])[.'`](?=\p{Ll})")


# A "Nơi nhận" list as OCR gives it: the label's line and the lines under it up to a blank
# line (the signature column beside it is read on its own: ``ocr.column_order``).  The label
# is no phrase of a sentence ("Nơi nhận hồ sơ: Bộ phận một cửa", a procedure's body).
_RECIPIENT_LIST = regex.compile(
    r"(?m)^[ ]*[_*]*N[ơo]i[ ]+nh[ậa]n\b(?![ ]+\p{Ll})[^\n]*(?:\n[^\n]*[^\s\f][^\n]*){0,40}")
# A note's abbreviation in it: "b/c", "p/h", "đ/c" (models/recipient_notes.txt), inside the
# item's parenthesis ("(để b/c)"; a signature's "T/M" read into the list is no note).
_SLASH_ABBREVIATION = regex.compile(r"(?<![\w/])(?P<abbr>\p{L}/\p{L})(?![\w/])")
# A unit's code that ends in a number ("TK5", "PC06", "Đ1": a secretary, a police department,
# a team), and a code that may be one of them with digits read as letters ("TKI", "PCO6").
_NUMBERED_CODE = regex.compile(r"(?<![\w/])(?P<head>[A-ZĐ]{1,5})(?P<number>\d{1,3})(?![\w/])")
_CODE_WORD = regex.compile(r"(?<![\w/])[A-ZĐ][A-ZĐ0-9Il|OoSsGBZz]{1,7}(?![\w/])")
CODE_DIGIT_LOOKALIKES = DIGIT_LOOKALIKES | {"G": "6"}
# A scrap of handwriting read after the archive line's closing point: the drafter's or the
# approver's initials ("ký nháy") read as a digit or a mark ("Lưu: VT, KSTTHC (L-40b). 4").
# Letters there stay: the typist's initials are printed so ("Lưu: VT, KSTT (2b).VTA").
# (a mark glued to the point is a speck: "Lưu VT, TH (02b).ˆ")
# (the archive line is found first and the scrap searched in it alone: a look-behind back to
# the line's start, tried at each point or parenthesis, read a long line once per mark)
_FILED_LINE_ANY = regex.compile(r"(?m)^[ ]*[-+•]?[ ]*Lưu\b[^\n]*")
_FILED_LINE_SCRAP = regex.compile(
    r"(?<=[.)])(?P<scrap>[ ]+(?:[^\p{L}\s]|\p{Lm}){1,2}|(?:[^\p{L}\p{N}\s.,;:()]|\p{Lm}){1,2})[ ]*$")
# The count of copies filed that closes the archive line, written with "b" (bản): "(2b)",
# "(03b)", "(L-40b)", "(V-10b)".  A letter after its digits there is that "b" read wrong:
# "(L-40Đ)" (P01, Tesseract at 24).  Nothing else prints a capital after digits at that place
# (a team's code puts its letter first: "(Đ1)").
_COPY_COUNT_SLIP = regex.compile(r"(?<=\([^()\s]{0,8}\d)(?P<slip>[ĐđBD])(?=\)[ ]*\.?[ ]*$)")
# The word "Lưu" opening the archive line with its marks lost or changed ("Luu: VT", "Lựu VT").
_FILED_WORD = regex.compile(r"(?m)^[ ]*[-+•]?[ ]*(?P<word>L[uưụừứửữự][uưụừứửữự])(?=[ ]*:|[ ]+V[TI1l](?![\w]))")
# A speck read before an item's dash (".- Lưu: VT", "'- Sở Nội vụ;").
_ITEM_DASH_SPECK = regex.compile(r"(?m)^[ ]*(?P<speck>[.,'`ˆ^~_]+[ ]*)(?=[-+•][ ]*\p{Lu})")


# The "Nơi nhận:" label read with its two words run together and its underline read after it
# ("_ Nơinhận_:"; party documents underline it): no recipient list was found under it.
_RECIPIENT_LABEL_RUN_TOGETHER = regex.compile(r"(?m)^[ ]*[_*]*[ ]*N[ơo]i(?P<second>nh[ậa]n)(?P<rule>_*)(?=[ ]*:)")


def _repair_recipient_lists(text: str, chars: dict[int, str], deletions: set[int]) -> None:
    """What OCR slips in the small print of a "Nơi nhận" list, where nothing else (no
    citation, no sentence) checks it:

    * a note's abbreviation read one letter apart: "(để b/e)" → "(để b/c)", when exactly one
      abbreviation of ``models/recipient_notes.txt`` is one letter away, or exactly one of those
      that are is written elsewhere in the list;
    * a unit's number read as a letter where the same list writes that unit's code with
      digits: "TKI" beside "TK5" → "TK1" (a code of the known vocabulary stays);
    * the count of copies filed read with another letter for its "b" ("(L-40Đ)" → "(L-40b)");
    * handwriting read after the closing point of the "Lưu" line (see ``_FILED_LINE_SCRAP``), the
      word "Lưu" read without its horn ("Luu: VT"), a speck before an item's dash."""
    from rapidfuzz.distance import Levenshtein

    abbreviations = [n for n in vocab.recipient_notes() if _SLASH_ABBREVIATION.fullmatch(n)]
    for block in _RECIPIENT_LIST.finditer(text):
        base, body = block.start(), block.group()
        for m in _SLASH_ABBREVIATION.finditer(body):
            abbr = m.group("abbr")
            line_start = body.rfind("\n", 0, m.start()) + 1
            if abbr.lower() in abbreviations or body.rfind("(", line_start, m.start()) <= body.rfind(")", line_start, m.start()):
                continue
            close = [a for a in abbreviations if Levenshtein.distance(abbr.lower(), a) == 1]
            if len(close) > 1:  # "p/b": p/h or đ/b — the one the same list writes elsewhere
                written = {x.group("abbr").lower() for x in _SLASH_ABBREVIATION.finditer(body)}
                close = [a for a in close if a in written]
            if len(close) == 1:
                for j, (have, want) in enumerate(zip(abbr, close[0])):
                    if have.lower() != want:
                        chars[base + m.start("abbr") + j] = want.upper() if have.isupper() else want
        # (a sibling's code of the same length and of three characters or more: a shorter
        # one, a head letter and one look-alike, is as often a word of the list: "CS" (Cảnh
        # sát) beside "C05", "ĐB" (đại biểu) beside "Đ1")
        numbered = {(m.group("head"), len(m.group())) for m in _NUMBERED_CODE.finditer(body) if len(m.group()) >= 3}
        for m in _CODE_WORD.finditer(body):
            word = m.group()
            if word in known_codes():
                continue
            for head in sorted({h for h, n in numbered if n == len(word)}, key=lambda h: (-len(h), h)):
                tail = word[len(head):]
                if (word.startswith(head) and 1 <= len(tail) <= 3 and not tail.isdigit()
                        and all(c.isdigit() or c in CODE_DIGIT_LOOKALIKES for c in tail)):
                    for j, ch in enumerate(tail):
                        if not ch.isdigit():
                            chars[base + m.start() + len(head) + j] = CODE_DIGIT_LOOKALIKES[ch]
                    break
        for line in _FILED_LINE_ANY.finditer(body):
            m = _FILED_LINE_SCRAP.search(body, line.start(), line.end())
            if m:
                deletions.update(range(base + m.start("scrap"), base + m.end("scrap")))
            # (searched up to the scrap, if any: the count closes the line once it is dropped)
            m = _COPY_COUNT_SLIP.search(body, line.start(), m.start("scrap") if m else line.end())
            if m:
                chars[base + m.start("slip")] = "b"
        for m in _FILED_WORD.finditer(body):
            for j, (have, want) in enumerate(zip(m.group("word"), "Lưu")):
                if have != want:
                    chars[base + m.start("word") + j] = want
        for m in _ITEM_DASH_SPECK.finditer(body):
            deletions.update(range(base + m.start("speck"), base + m.end("speck")))


def spaced_archive_line(line: str) -> str:
    """The archive line ("Lưu:VT,CCHC.") with a space after each colon or comma before a
    code, as Decree 30/2020 writes it ("Lưu: VT, CCHC."); any other line as it is.  Typists
    often leave those spaces out, and a reader then gives the codes glued into one word,
    which no other reading of the line can be aligned with word by word (see
    ``ocr.vote_words``)."""
    if not _FILED_LINE.fullmatch(line.strip("\n")):
        return line
    return _FILED_GAP.sub(lambda m: m.group() + " ", line)


# ------------------------------------------------------------------------------ vocabulary


def _base(text: str) -> str:
    """Letters without diacritics, lower case: ``Quyết định`` → ``quyet dinh``.  Keeps one
    character per NFC character so offsets line up."""
    out = []
    for ch in text:
        ch = LOOKALIKE_LETTERS.get(ch, ch)
        if ch in "đĐ":
            out.append("d")
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        out.append(decomposed[0].lower() if decomposed else ch)
    return "".join(out)


@functools.lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    """Type and issuer codes that may appear as parts of a document symbol."""
    return frozenset(vocab.type_codes()) | frozenset(vocab.issuer_codes()) | frozenset(_extra_codes())


def _extra_codes() -> list[str]:
    return [line.strip() for line in _data_lines("codes.txt")]


def _data_lines(name: str) -> list[str]:
    return data_lines("ocr", name)


@functools.lru_cache(maxsize=1)
def phrase_index() -> dict[tuple[str, ...], frozenset[str]]:
    """Base letters of each phrase's words → the phrase's accepted spellings (case folded)."""
    return {k: frozenset(s.casefold() for s in v) for k, v in _phrase_spellings().items()}


@functools.lru_cache(maxsize=1)
def _phrase_spellings() -> dict[tuple[str, ...], frozenset[str]]:
    """Base letters of each phrase's words → the phrase's spellings as the vocabulary writes
    them (its capitals: "Cao Bằng", "Báo cáo")."""
    phrases: set[str] = set()
    phrases.update(t.word for t in vocab.doc_types())
    phrases.update(vocab.agency_names())
    phrases.update(head for head, _strong in vocab.agency_heads())
    for province in vocab.provinces():
        for name in (province.name, *province.aliases):
            phrases.add(name)
            phrases.add(f"{province.kind} {name}")  # "TĨNH BÌNH ĐỊNH" → "TỈNH BÌNH ĐỊNH"
    phrases.update(_data_lines("vocabulary.txt"))
    index: dict[tuple[str, ...], set[str]] = {}
    for phrase in phrases:
        words = tuple(_WORDS.findall(unicodedata.normalize("NFC", phrase)))
        if len(words) < 2:  # one syllable is never safe to re-accent (số / sở, năm / nam)
            continue
        key = tuple(_base(w) for w in words)
        index.setdefault(key, set()).add(" ".join(words))
    return {k: frozenset(v) for k, v in index.items()}


LONG_PHRASE_WORDS = 4
_VOWELS = frozenset("aeiouy")


@functools.lru_cache(maxsize=1)
def _long_phrases_by_word() -> tuple[dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]:
    """The phrases of ``models/ocr/vocabulary.txt`` (headings, letterhead and citation
    phrases; not the thousands of agency names, which would cost the repair its speed) of
    ``LONG_PHRASE_WORDS`` syllables or more, by their first and by their second word (a
    vowel misread in the first word still finds the phrase by its second)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    by_second: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _data_lines("vocabulary.txt"):
        key = tuple(_base(w) for w in _WORDS.findall(unicodedata.normalize("NFC", phrase)))
        if len(key) >= LONG_PHRASE_WORDS and key in phrase_index():
            by_first.setdefault(key[0], []).append(key)
            by_second.setdefault(key[1], []).append(key)
    return by_first, by_second


def _one_vowel_apart(seen: tuple[str, ...], key: tuple[str, ...]) -> bool:
    if len(seen) != len(key) or sum(x != y for x, y in zip(seen, key)) != 1:
        return False
    differences = [(a, b) for x, y in zip(seen, key) if len(x) == len(y) for a, b in zip(x, y) if a != b]
    return (len(seen) == len(key) and all(len(x) == len(y) for x, y in zip(seen, key))
            and len(differences) == 1 and differences[0][0] in _VOWELS and differences[0][1] in _VOWELS)


@functools.lru_cache(maxsize=1)
def _phrases_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in phrase_index():
        by_first.setdefault(key[0], []).append(key)
    for keys in by_first.values():
        keys.sort(key=len, reverse=True)  # longest phrase first
    return by_first


# ------------------------------------------------------------------------------------ edits


def find_repairs(text: str) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, replacement)`` on ``text``, sorted, never overlapping."""
    chars: dict[int, str] = {}  # position -> replacement of one character
    deletions: set[int] = set()
    for match in _TOKEN.finditer(text):
        _repair_token(match.group(), match.start(), chars, deletions)
    for i, ch in enumerate(text):  # look-alike letters anywhere (prose included)
        if ch in LOOKALIKE_LETTERS and i not in chars and i not in deletions:
            chars[i] = LOOKALIKE_LETTERS[ch]
    doubled: set[int] = set()
    _repair_doubled_vowels(text, chars, doubled)
    if doubled:  # the phrases are read without the doubled vowels: "TỌỘI PHẠM VẺ" → "TỘI PHẠM VỀ"
        kept = [i for i in range(len(text)) if i not in doubled]
        view_chars: dict[int, str] = {}
        _repair_phrases("".join(text[i] for i in kept), view_chars)
        for j, ch in view_chars.items():
            chars.setdefault(kept[j], ch)
        deletions |= doubled
    else:
        _repair_phrases(text, chars)
    _repair_agency_syllable(text, chars)
    _repair_unreadable_words(text, chars)
    for match in _CAPITAL_INSIDE_WORD.finditer(text):  # "chính trỊ-xã hội" → "trị"
        chars.setdefault(match.start(), match.group().lower())
    for line in _FILED_LINE.finditer(text):  # "Lưu:VT,PC04" → "Lưu: VT, PC04" (Decree 30's form)
        for gap in _FILED_GAP.finditer(line.group()):
            chars.setdefault(line.start() + gap.start(), gap.group() + " ")
    for match in _RECIPIENT_LABEL_RUN_TOGETHER.finditer(text):
        chars.setdefault(match.start("second"), " " + match.group("second")[0])
        deletions.update(range(match.start("rule"), match.end("rule")))
    _repair_recipient_lists(text, chars, deletions)
    _repair_number_word(text, chars)
    _repair_quarters(text, chars, deletions)
    _repair_heading_numerals(text, chars)
    _repair_item_marks(text, chars)
    _repair_lost_item_numbers(text, chars)
    _repair_heading_titles(text, chars, deletions)
    for match in _ARCHIVE_COPY.finditer(text):
        chars[match.start()] = "T"
    for match in _YEAR_WORD.finditer(text):
        chars.setdefault(match.start("vowel"), "Ă" if match.group("vowel").isupper() else "ă")
    for match in _SPACED_SYMBOL.finditer(text):
        deletions.update(range(match.start("gap"), match.end("gap")))
    for match in _SPACED_CODE.finditer(text):
        if match.group("code") in known_codes():
            deletions.update(range(match.start("gap"), match.end("gap")))
    for match in _MONTH_WORD.finditer(text):
        _repair_word(match, chars, deletions, "tháng", MONTH_WORD_MAX_EDITS)
    for match in _DATE_WORD.finditer(text):
        _repair_word(match, chars, deletions, "ngày", DATE_WORD_MAX_EDITS)
    for match in _DAY_SPECKS.finditer(text):
        deletions.update(range(match.start("specks"), match.end("specks")))
    for match in _SPECK_BEFORE_WORD.finditer(text):
        deletions.add(match.start())
    _repair_split_compounds(text, deletions)
    for match in _CELL_SPECK.finditer(text):
        deletions.update(range(match.start(), match.end()))
    for match in _ROW_END_SPECK.finditer(text):
        deletions.update(range(match.start(), match.end()))
    for match in _DUE_DAY_SPECK.finditer(text):
        deletions.update(range(match.start(), match.end()))
    for match in _SPACED_DATE.finditer(text):
        for gap in ("gap1", "gap2"):
            deletions.update(range(match.start(gap), match.end(gap)))
    edits: list[tuple[int, int, str]] = []
    for i in sorted(set(chars) | deletions):
        replacement = "" if i in deletions else chars[i]
        if replacement == text[i]:
            continue
        if edits and edits[-1][1] == i:  # merge runs of neighbouring edits
            start, _end, rep = edits[-1]
            edits[-1] = (start, i + 1, rep + replacement)
        else:
            edits.append((i, i + 1, replacement))
    return edits


def _repair_word(match, chars: dict[int, str], deletions: set[int], word_right: str, max_edits: int) -> None:
    """Where only ``word_right`` stands ("tháng" between a date's day and month, "ngày" between
    a citation's symbol and its date), a short word at most ``max_edits`` letters from it
    (without marks) is it, in the case it was read in."""
    from rapidfuzz.distance import Levenshtein

    word = match.group("word")
    if word.lower() == word_right or Levenshtein.distance(_base(word).lower(), _base(word_right)) > max_edits:
        return
    start = match.start("word")
    chars[start] = word_right.upper() if word.isupper() else word_right.capitalize() if word[0].isupper() else word_right
    deletions.update(range(start + 1, match.end("word")))


def apply_repairs(text: str, edits: list[tuple[int, int, str]]) -> str:
    """The repaired text (for tests and tools; the pipeline's normalizer keeps offsets)."""
    out, last = [], 0
    for start, end, replacement in edits:
        out.append(text[last:start])
        out.append(replacement)
        last = end
    out.append(text[last:])
    return "".join(out)


def _repair_token(token: str, offset: int, chars: dict[int, str], deletions: set[int]) -> None:
    has_digit = any(c.isdigit() for c in token)
    has_joiner = any(c in _JOINERS for c in token)
    if not has_digit and not has_joiner:
        if _LONE_CODE.match(token) and sum(c.isupper() for c in token) >= 2:
            _repair_code(token, offset, chars, deletions)
        return
    if not has_digit and sum(1 for c in token if c.isupper()) < 2:
        return  # an ordinary hyphenated word
    if not has_joiner and not _NUMBER_PART.match(token):
        # a unit's code that ends in a number, standing alone ("Lưu: VT, P6", "TK5", "PC06"):
        # no symbol's part, so a type code ("PG", Phiếu gửi) is no reading of it
        return
    # parts split at slashes and dashes (variants included), with their offsets
    parts: list[tuple[int, str]] = []
    start = 0
    for i, ch in enumerate(token + "/"):
        if ch in "/-" or ch in SLASHES or ch in DASHES:
            if i < len(token) and ch in SLASHES:
                chars[offset + i] = "/"
            elif i < len(token) and ch in DASHES:
                chars[offset + i] = "-"
            parts.append((start, token[start:i]))
            start = i + 1
    for part_start, part in parts:
        if not part:
            continue
        base = offset + part_start
        if _NUMBER_PART.match(part):
            for j, ch in enumerate(part):
                if ch in DIGIT_LOOKALIKES and not (j == len(part) - 1 and ch.islower() and ch not in "ol"):
                    chars[base + j] = DIGIT_LOOKALIKES[ch]
            continue
        if _CODE_SIX.match(part):
            chars[base + len(part) - 1] = "6"
            continue
        _repair_code(part, base, chars, deletions)


# A unit's number "6" closing a symbol's code read as "ó" (its bowl the "o", its stem the
# acute): "Số: 3980/C04-P6" read "C04-Pó" (real scan Q01, Bộ Công an 2025), which cut the
# symbol to "C04-P".  No code holds a small marked vowel; a capital (or a digit) before it.
_CODE_SIX = regex.compile(r"^[A-ZĐ][A-ZĐ0-9]{0,5}ó$")
# A unit's code and number ("P6", "PC06", "C04"): its digits are read as printed, never made
# the letters of a known code ("C04-P6" read right became the type code "C04-PG", Phiếu gửi).
_NUMBERED_UNIT = regex.compile(r"^[A-ZĐ]{1,4}\d{1,3}$")


def _repair_code(part: str, base: int, chars: dict[int, str], deletions: set[int]) -> None:
    """A letter part of a symbol (``UBNĐ``, ``QĐÐ``, ``TTq``) → the one known code it can be."""
    fixed = "".join(LOOKALIKE_LETTERS.get(c, c) for c in part)
    codes = known_codes()
    if fixed in codes or not any(c.isupper() for c in fixed) or _ROMAN.match(fixed):
        return  # a known code, a word, or a heading's Roman numeral ("II-1" is no "TT")
    # the doubled letter of "QĐÐ": drop one when that gives a known code
    for j in range(1, len(fixed)):
        if fixed[j] == fixed[j - 1] and fixed[:j] + fixed[j + 1:] in codes:
            deletions.add(base + j)
            return
    candidates = [code for code in _codes_by_length().get(len(fixed), ()) if _confusable(fixed, code)]
    if len(candidates) == 1 and _NUMBERED_UNIT.match(fixed) and any(
            have.isdigit() and not want.isdigit() for have, want in zip(fixed, candidates[0])):
        return  # a unit's number closing the code ("C04-P6", "PC06"): no letter code ("PG")
    if len(candidates) == 1:
        for j, (have, want) in enumerate(zip(part, candidates[0])):
            if have != want:
                chars[base + j] = want
        return
    # a legislature's code and its term ("UBTVOHI5" → "UBTVQH15"): the code as above, the term
    # glyph for glyph as a number
    termed = _TERMED_CODE.match(fixed)
    if termed:
        head, term = termed.group("head"), termed.group("term")
        heads = [code for code in _codes_with_a_term() if code == head or _confusable(head, code)]
        if len(heads) == 1:
            for j, (have, want) in enumerate(zip(part, heads[0] + "".join(DIGIT_LOOKALIKES.get(c, c) for c in term))):
                if have != want:
                    chars[base + j] = want


# A code followed by a term number (two digits at most, one real digit at least).
_TERMED_CODE = regex.compile(r"^(?P<head>[A-ZĐ]{2,}?)(?P<term>(?=[^\d]*\d)[\dIl|OSZB]{1,2})$")


@functools.lru_cache(maxsize=1)
def _codes_with_a_term() -> frozenset[str]:
    """The codes a term number follows in a symbol (UBTVQH15, QH13): the families of
    ``models/symbol_issuers.tsv`` whose token takes digits after the code."""
    from .symbols import issuer_families

    return frozenset(f.family for f in issuer_families() if f.token.match(f.family + "15"))


@functools.lru_cache(maxsize=1)
def _codes_by_length() -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for code in known_codes():
        out.setdefault(len(code), []).append(code)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _confusable(have: str, code: str) -> bool:
    """Same length, and every differing character is a known OCR confusion."""
    if len(have) != len(code):
        return False
    for a, b in zip(have.upper(), code.upper()):
        if a == b:
            continue
        if not any(a in group and b in group for group in CODE_CONFUSIONS):
            return False
    # a lower-case q read for g (TTq → TTg) is the one confusion that depends on case
    return all(x == y or x.upper() != "Q" or y == "g" or y.upper() == "Q" or y in "0O"
               for x, y in zip(have, code))


def _repair_number_word(text: str, chars: dict[int, str]) -> None:
    for match in _NUMBER_WORD.finditer(text):
        vowel_at = match.start() + 1
        vowel = text[vowel_at]
        chars.setdefault(vowel_at, "Ố" if vowel.isupper() else "ố")


def _case_fits(span: list, canonical: str) -> bool:
    """Whether the words are printed in the phrase's case: all capitals, or each word after
    the first capitalized exactly where the phrase is ("Báo cáo", not "Báo Cáo")."""
    words = [m.group() for m in span]
    if all(w.isupper() for w in words):
        return True
    return all(w[:1].isupper() == c[:1].isupper() for w, c in zip(words[1:], canonical.split(" ")[1:]))


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # grave, acute, tilde, hook, dot below


def _marks(ch: str) -> tuple[str, int, bool]:
    """A letter's base, how many diacritics it carries and whether one is a tone."""
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[:1].lower(), len(decomposed) - 1, any(c in _TONES for c in decomposed[1:])


def _repair_doubled_vowels(text: str, chars: dict[int, str], deletions: set[int]) -> None:  # noqa: ARG001
    """A syllable carries one tone: the same vowel read twice, each with a tone ("TỌỘI" for
    "TỘI"), is one vowel — the reading with more marks is kept."""
    for i in range(len(text) - 1):
        a, b = text[i], text[i + 1]
        if not (a.isalpha() and b.isalpha()) or i in deletions or i + 1 in deletions:
            continue
        base_a, n_a, tone_a = _marks(a)
        base_b, n_b, tone_b = _marks(b)
        if base_a == base_b and base_a in "aeiouy" and tone_a and tone_b:
            deletions.add(i if n_a <= n_b else i + 1)


def _case_slip(span: list) -> bool:
    """Some words of the phrase in capitals (two letters or more), others not: OCR read a
    small word as capitals ("Tỉnh ỦY"); a heading in capitals has all its words so."""
    words = [m.group() for m in span]
    caps = [w.isupper() and len(w) > 1 for w in words]
    return any(caps) and not all(w.isupper() for w in words) and any(w[1:].islower() for w in words)


def _repair_phrases(text: str, chars: dict[int, str]) -> None:
    index = phrase_index()
    by_first = _phrases_by_first_word()
    words = list(_WORDS.finditer(text))
    bases = [_base(m.group()) for m in words]
    long_first, long_second = _long_phrases_by_word()
    i = 0
    while i < len(words):
        matched = 0
        candidates = by_first.get(bases[i], ())
        if i + 1 < len(words) and (bases[i] in long_first or bases[i + 1] in long_second):
            exact = [k for k in candidates if tuple(bases[i:i + len(k)]) == k]
            candidates = exact or [*long_first.get(bases[i], ()), *long_second.get(bases[i + 1], ())]
        for key in candidates:
            n = len(key)
            if tuple(bases[i:i + n]) != key and not (n >= LONG_PHRASE_WORDS
                                                    and _one_vowel_apart(tuple(bases[i:i + n]), key)):
                continue
            span = words[i:i + n]
            # words of a phrase are separated by white space only (a line break is fine)
            if any(text[a.end():b.start()].strip() for a, b in zip(span, span[1:])):
                continue
            seen = " ".join(m.group() for m in span)
            spellings = index[key]
            if seen.casefold() in spellings:
                if len(spellings) == 1 and _case_slip(span):
                    # "Tỉnh ỦY": one word of the phrase in capitals beside small letters
                    for m, want in zip(span, next(iter(spellings)).split(" ")):
                        if m.group().isupper() and len(m.group()) > 1:
                            for j, b in enumerate(want):
                                chars.setdefault(m.start() + j, b.upper() if j == 0 and m.start() == span[0].start()
                                                 and span[0].group()[:1].isupper() else b)
                    matched = n
                    break
                if len(spellings) == 1 and not _case_fits(span, next(iter(spellings))):
                    # "Báo Cáo Bằng" is not the phrase "Báo cáo": a proper name that
                    # overlaps it ("Cao Bằng") may still start at a later word
                    continue
                matched = n  # already right: leave as read
                break
            if len(spellings) != 1:
                matched = n  # ambiguous: leave as read
                break
            if not any(_case_fits(span, printed) for printed in _phrase_spellings()[key]):
                # "Báo Cao Bằng" (the newspaper, read right) is no misread "Báo cáo": a
                # phrase printed in another case is another name, which may start later
                continue
            canonical = next(iter(spellings)).split(" ")
            for m, want in zip(span, canonical):
                have = m.group()
                if len(have) != len(want):
                    break
                for j, (a, b) in enumerate(zip(have, want)):
                    # keep the case as printed (KẾ HOẠCH, Sở …), take the diacritics
                    b = b.upper() if a.isupper() else b
                    if a != b:
                        chars[m.start() + j] = b
            matched = n
            break
        i += max(matched, 1)
