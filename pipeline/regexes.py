"""Every pattern of the recognizers, in one place, compiled from the vocabulary in ``models/``.

Patterns run on normalized text (NFC, look-alikes folded, new-style tone placement).  None of
them may backtrack catastrophically: quantifiers are bounded and alternatives do not overlap,
so a multi-megabyte line costs linear time.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from typing import Callable, Iterable, Iterator

import regex

from . import vocab

F = regex.VERBOSE | regex.IGNORECASE | regex.V0

def matches_at(pattern: re.Pattern | regex.Pattern, starts: Iterable[int], text: str) -> Iterator:
    """``pattern``'s matches tried only at the candidate positions ``starts`` (ascending, a
    superset of where it matches): the matches ``pattern.finditer`` gives, none inside the match
    before it, if the pattern matches no empty string.  The one loop behind ``scan`` and
    ``MatchesAt``."""
    end = 0
    for start in starts:
        if start < end:
            continue  # (inside the match before: finditer goes on from its end)
        m = pattern.match(text, start)
        if m:
            yield m
            end = m.end()


def scan(pattern: regex.Pattern, trigger: re.Pattern, text: str):
    """``pattern.finditer`` for patterns that open with one of a closed set of words: a cheap
    case-sensitive trigger finds the candidate positions, the full pattern is matched only
    there.  Case-insensitive scanning of a long alternation at every character is the
    slowest thing a recognizer can do; this keeps them fast (docs/ocr.md)."""
    return matches_at(pattern, (t.start() for t in trigger.finditer(text)), text)


class MatchesAt:
    """A pattern tried only at the positions ``candidates(text)`` gives (in order): a superset
    of where it matches, found faster than by the pattern's own search (a literal ``re`` finds
    in C).  ``finditer`` gives the matches ``pattern.finditer`` gives, none inside the match
    before it, if the pattern matches no empty string (``matches_at``)."""

    def __init__(self, pattern: re.Pattern | regex.Pattern, candidates: Callable[[str], Iterable[int]]):
        self.pattern = pattern.pattern  # (what a profile prints)
        self._pattern = pattern
        self._candidates = candidates

    def finditer(self, text: str) -> Iterator:
        return matches_at(self._pattern, self._candidates(text), text)


# The letters of Vietnamese (and of the rest of the Latin alphabet) in both cases: for these,
# and only these, a case-insensitive ``regex`` match of one letter against another is the same
# as ``str.lower`` equality (no "ſ", Kelvin "K", dotless "ı" or dotted "İ", which fold across).
_VIETNAMESE_VOWELS = [unicodedata.normalize("NFC", base + tone) for base in "aăâeêioôơuưy"
                      for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")]
PLAIN_LETTERS = "".join(sorted(set("".join(_VIETNAMESE_VOWELS) + "bcdđfghjklmnpqrstvwxz"
                                   + "".join(_VIETNAMESE_VOWELS).upper() + "BCDĐFGHJKLMNPQRSTVWXZ")))
_LETTER_RUN = regex.compile(r"\p{L}*")


def first_word(word: str) -> str:
    """The run of letters ``word`` opens with ("Ủy" of "Ủy ban", "KH" of "KH&CN", "" of "(Tổ)")."""
    return _LETTER_RUN.match(word).group()


class ByFirstWord:
    """An alternation of words (agency heads) matched with ``.match`` as one pattern would be,
    trying only the alternatives whose first word is the text's (in any letter case: a
    case-sensitive pattern's matches are among them).

    ``render(words)`` compiles the pattern of an alternation of some of ``words`` (their order
    kept); it is given the words of one first word at a time, and all of them for the whole.
    Each alternative opens with its first word (a run of letters) and a non-letter must follow
    it (a space, a mark, the end), so an alternative can match only where the run of letters at
    the match position is that word: the alternation split by first word gives the same
    matches, and a regex of a few alternatives is tried instead of one of a hundred (a
    match of the whole is among the recognizers' costliest calls; figures in benchmarks/bench_pipeline.py).
    A text whose first word is not in plain letters (or is none) is matched by the whole."""

    def __init__(self, words: list[str], render: Callable[[list[str]], regex.Pattern]):
        self._whole = render(words)
        self.pattern = self._whole.pattern  # (what a profile prints)
        groups: dict[str, list[str]] | None = {}
        for w in words:
            lead = first_word(w)
            if not lead or lead.strip(PLAIN_LETTERS):
                groups = None  # (a word that opens otherwise: every text is matched by the whole)
                break
            groups.setdefault(lead.lower(), []).append(w)
        self._by_lead = {lead: render(ws) for lead, ws in groups.items()} if groups else None
        # the text's first word in plain letters, a non-letter after it; no longer than the
        # longest (read no further: a line may be megabytes).  With ``re``, whose calls cost a
        # fraction of ``regex``'s: ``[^\W\d_]`` holds every letter (and a few numerals such as
        # "²", after which no word is read: the whole pattern is tried, as for any text without one)
        longest = max(map(len, groups), default=1) if groups else 1
        self._plain_word = re.compile(rf"[{PLAIN_LETTERS}]{{1,{longest}}}(?![^\W\d_])")

    def match(self, text: str, pos: int = 0):
        # (``concurrent=False``, positional: ``regex`` otherwise lets the GIL go and takes it
        # back around every match of a str, a third of the cost of a short match)
        word = self._plain_word.match(text, pos) if self._by_lead is not None else None
        if word is None:
            return self._whole.match(text, pos, None, False)
        part = self._by_lead.get(word.group().lower())
        return part.match(text, pos, None, False) if part is not None else None


def line_start_pattern(pattern: re.Pattern | regex.Pattern) -> MatchesAt:
    """A pattern that opens with ``^`` (MULTILINE), tried at the text's start and after the line
    breaks where it matches (a literal line break opens the search): ``re`` and ``regex`` try
    ``^`` at every character, 1.5-2x slower.

    The ``^`` must anchor the whole pattern: with a top-level alternative (``^a|b``) the
    candidates would be built from ``\n(?=a|b)`` and miss a ``b`` that does not open a line
    nor follow one; wrap the alternatives instead (``^(?:a|b)``).  The assert below catches a
    top-level ``|`` in a pattern that is not verbose (a verbose one's comments are not read)."""
    assert pattern.pattern.startswith("^") and pattern.flags & re.MULTILINE
    assert pattern.flags & re.VERBOSE or not _has_top_level_alternative(pattern.pattern), pattern.pattern
    module = regex if isinstance(pattern, regex.Pattern) else re
    before_match = module.compile(r"\n(?=" + pattern.pattern[1:] + ")", pattern.flags)
    return MatchesAt(pattern, lambda text: itertools.chain((0,), (m.end() for m in before_match.finditer(text))))


def _has_top_level_alternative(pattern: str) -> bool:
    """Whether a (not verbose) pattern has a ``|`` outside every group and character class."""
    depth = 0
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2  # (an escaped character, whatever it is)
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            i += pattern[i:i + 1] == "]"  # (a "]" first in a class is one of its characters)
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False

# ------------------------------------------------------------------------------ item marks
# The marks that open a list item or a heading, written once and composed into every pattern
# that looks for one (normalize's line joins, the structure readers, the assignment readers).
# Plain (not verbose) fragments: they are composed into patterns of ``re`` and ``regex``,
# verbose or not, case-sensitive or not.  A pattern that accepts fewer or more marks than these
# spells its difference out where it is composed, with the reason.
#
# An Arabic item number: "1", "1.2", "1.2.3" - up to three levels of one or two digits each;
# as a mark with its "." or ")": "1.", "1)", "1.2.", "1.2.3)".
ARABIC_ITEM_NUMBER = r"\d{1,2}(?:\.\d{1,2}){0,2}"
ARABIC_ITEM_MARK = ARABIC_ITEM_NUMBER + r"[.)]"
# A letter item: "a)" and "a." alike (Word's lettered list and a typist's write either; "đ"
# follows "d" in the Vietnamese alphabet's list order).
ITEM_LETTER = r"[a-zđ]"
LETTER_ITEM_MARK = ITEM_LETTER + r"[.)]"
# A bullet: "-", "+", "•".
BULLET_ITEM_MARK = r"[-+•]"
# An article's word and number, its punctuation left to the pattern ("Điều 7." "Điều 7:",
# some patterns also take "Điều 7" bare).
ARTICLE_NUMBER = r"Điều[ ]+\d{1,3}"
# A part's Roman numeral and its dot: "I.", "IV." (six numerals: "XVIII.").
ROMAN_PART_MARK = r"[IVXLC]{1,6}\."

# ------------------------------------------------------------------------------ dates
# "24/12/2021", "24-12-2021", "24.12.2021", "ngày 24 tháng 12 năm 2021"
NUMERIC_DATE = r"(?P<d>\d{1,2})\s?[/.\-]\s?(?P<m>\d{1,2})\s?[/.\-]\s?(?P<y>(?:19|20)\d{2})"
# (the words "tháng" and "năm" with a tone typed wrong — "ngày 22 tháng 12 nám 2024", VPCP TB 624/2025,
# explA5 74e2ddc7b11340da — are still the date's words: between the day, month and year digits no
# other word stands; so is a "năm" typed onto the month's digits, "18 tháng 11năm 2025", Đà Nẵng QĐ
# 2641/2025, whose date line gave no issue date)
_A_WITH_ANY_TONE = "aáàảãạăắằẳẵặâấầẩẫậ"
SPELLED_DATE = (rf"(?P<d2>\d{{1,2}})\s+th[{_A_WITH_ANY_TONE}]ng\s+(?P<m2>\d{{1,2}})\s*,?\s*n[{_A_WITH_ANY_TONE}]m\s+"
                r"(?P<y2>(?:19|20)\d{2})")
DATE = rf"(?:{NUMERIC_DATE}|{SPELLED_DATE})"


def iso_date(y, m, d) -> str | None:
    """ISO date from year, month, day (strings or ints); None when any is missing or the
    date does not exist (31/02)."""
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except (TypeError, ValueError):
        return None


def date_of(m: regex.Match) -> str | None:
    """The ISO date a match of ``DATE`` (numeric or spelled form) read."""
    if m.group("y") or m.group("y2") or "y3" not in m.re.groupindex:
        return iso_date(m.group("y") or m.group("y2"), m.group("m") or m.group("m2"), m.group("d") or m.group("d2"))
    return iso_date(m.group("y3"), m.group("m3"), m.group("d3"))


# "ngày 24/12/2021", ", ngày …", "ban hành ngày …", "(ngày 3/1/2020)"
# "ngày ngày 01/4/2025": a word typed twice, as "số số" (Đà Nẵng QĐ 82/2025)
# "ngày 16/6 2025" (Thanh Hóa QĐ 145/2025): the year's slash dropped, after "ngày" of a citation
SLIPPED_DATE = r"(?P<d3>\d{1,2})\s?/\s?(?P<m3>\d{1,2})\s(?P<y3>(?:19|20)\d{2})(?![\d/])"
CITATION_DATE = regex.compile(rf"[\s,]*(?P<paren>\(\s*)?(?:ban\s+hành\s+)?ngày(?:\s+ngày)?\s*['‘’`.,:]?\s*(?:{DATE}|{SLIPPED_DATE})(?(paren)\s*\))", F)

# ------------------------------------------------------------------- number and symbol
# The symbol: upper-case abbreviations joined by "-" and "/" (Decree 30/2020), with the mixed
# case codes (TTg, CTr, TTr, QyĐ), digits (UBTVQH15, QH13) and "&" (TT&TT).  A slipped space
# after a separator ("NQ- TW") is tolerated and removed later.
SYMBOL = r"""
    [A-ZĐ][A-Za-zĐđ0-9&]{0,14}              # first code, e.g. QĐ, NQ, UBND, CTr
    (?:\s?[-/_](?:\s?-)?\s?[A-ZĐ][A-Za-zĐđƯ0-9&]{0,14}   # (Trung ương as "TƯ": "Nghị quyết 13-NQ/TƯ",
                                              # Tỉnh ủy Thừa Thiên Huế KL 445-KL/TƯ 2022)
       (?:(?<=&)\s[A-ZĐ][A-Za-zĐđ0-9]{0,10})?  # a space typed after "&" ("QLN& TTBĐS")
       (?:\.(?-i:[A-Z][A-Z0-9]{0,3})(?![\p{L}\d]))?  # a unit's dotted code: "11554/VPCP-V.I" (Vụ I of the
                                              # Government Office): capitals and digits only (in any flags),
                                              # never the next sentence after a dot typed without its space
                                              # ("12/QĐ-UBND.Trong năm …", "12/UBND-VX.Ngay sau …")
    ){0,4}   # -UBND, /TW, -BNV, /BCĐ ("- -" OCR slip, "QĐ_BKHCN" typing slip)
    (?:-\d{1,3}(?![\p{L}\d/-]))?   # a company's letter numbered in its series: "văn bản số 01/CV-01 ngày
                                  # 20/11/2025 của Công Ty TNHH …" (Thuế Tây Ninh CV 3257/2025)
"""
NUMBER_SYMBOL = rf"""
    (?P<number>\d{{1,5}}(?:\.\d{{1,2}}(?=\s?/))?[a-z]?)   # 925, 07, 30c; 66.7 (the Government's
                                                 # resolutions of 2025: "Nghị quyết số 66.7/2025/NQ-CP")
    (?:
        \s?/\s?(?P<year>(?:19|20)\d{{2}})(?:\s?/\s?|(?=(?-i:[A-ZĐ]{{2}})))(?P<sym_n>{SYMBOL})   # 61/2018/NĐ-CP
                                                 # (the slash after the year left out: "Thông tư số
                                                 # 49/2025TT-BCT", Đắk Lắk QĐ 02144/2025)
      | \s?/\s?(?P<sym_a>{SYMBOL})                                 # 925/QĐ-UBND
        (?:/(?P<year_t>(?:19|20)\d{{2}})(?![\d/\p{{L}}]))?            # a year after the symbol: "công văn số
                                                 # 09/HDTLMM/2025 ngày 06/11/2025 của Công ty …" (Cục Hải quan CV 39209/2025)
      | \s?-\s?(?P<sym_p>{SYMBOL})                                # 18-NQ/TW (party style; "132- KL/TW", "46 - CT/TW" slipped spaces)
    )
"""

# Where a symbol ends: before no letter or digit, or before a word typed without its space
# ("Quyết định số 35/2025/QĐ-TTgcủa Thủ tướng Chính phủ", crawl ed309a99382e6b4c; "12/QĐ-UBNDngày …"
# in converted Word files) — only the words that follow a citation's number, in lower case.
SYMBOL_END = r"(?:(?![\p{L}\d])|(?=(?-i:của|ngày|về|và|tại)(?![\p{L}])))"


def phrase_alternation(phrases: Iterable[str]) -> str:
    r"""The alternation of ``phrases`` (vocabulary of models/) as written, in the order given,
    any run of spaces between their words: "tổ chức|xây dựng" → r"tổ\s+chức|xây\s+dựng"."""
    return "|".join(r"\s+".join(map(regex.escape, p.split())) for p in phrases)


@functools.lru_cache(maxsize=None)
def type_alternation() -> str:
    words = sorted((t.word for t in vocab.doc_types()), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)


@functools.lru_cache(maxsize=None)
def numbered_citation() -> regex.Pattern:
    """A type word, optional "số", then number/symbol: ``Quyết định số 925/QĐ-UBND``."""
    return regex.compile(
        rf"""
        (?<![\p{{L}}])
        (?P<type>{type_alternation()})
        (?:\s+(?:liên\s+tịch|hành\s+động|kết\s+luận|thẩm\s+(?:tra|định)   # tolerated qualifiers ("Thông báo kết luận số …",
                                                 # "Báo cáo thẩm tra số 1379/BC-UBTVQH15", Bộ Tài chính CV 18491/2025)
                |(?P<joint>liên\s+ngành(?:\s+\p{{L}}+){{0,4}}?)(?=\s+số\b)))?  # "Kết luận liên ngành Tư pháp Trung ương số …":
                                                 # the joint body ("Liên ngành tư pháp Trung ương") issued it
        (?:\s+của\s+(?!(?&type)(?:\s+\p{{L}}+){{0,2}}?\s+số\b)   # (not a type word: "theo quy định
                                                 # của Nghị quyết số 197/2025/QH15", "hướng dẫn của Công văn
                                                 # số …" cite a Nghị quyết, a Công văn, crawl 405a6cabda393030;
                                                 # ``type``'s words called, not copied: each copy's repeats
                                                 # are reset at every call of the pattern)
           (?P<issuer_before>(?-i:\p{{Lu}})(?:(?!\s+tại\s|\s+và\s+(?&type)\s)[\p{{L}}\s,\-]){{1,60}}?)(?=\s+số\b))?  # its issuer before its number
                                                 # (which runs over no next citation's type word: "các kết
                                                 # luận của Bộ Chính trị, Ban Bí thư và Văn bản số
                                                 # 9671-CV/BTCTW …" cites the Văn bản, Bộ Nội vụ CV 10989/2025)
                                                 # (not "… hướng dẫn của Bộ Tài chính tại văn bản số …": the
                                                 # body "at" a document issued that one, PROPOSER):
                                                 # "các Công văn của Bộ Tài chính số 3910/BTC-QLG ngày …"
                                                 # (Bộ Công Thương CV 9634/2025)
        (?:\s+(?:đề\s+)?(?P<date_before>ngày\s+(?:\d{{1,2}}\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?(?:19|20)\d{{2}}
                                          |\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+(?:19|20)\d{{2}}))
           (?=\s+số\b))?                         # its date before its number: "văn bản đề ngày 29 tháng 10 năm
                                                 # 2025 số 16/CV-HHTACN của Hội …" (VPCP CV 11306/2025)
        \s*(?:(?:số|so)(?:\s+số)?|số\s*hiệu)?\s*:?\s*   # "so": OCR dropped the accent; "số số": a doubled word
        {NUMBER_SYMBOL}
        {SYMBOL_END}
        """,
        F,
    )


@functools.lru_cache(maxsize=None)
def grouped_numbers() -> regex.Pattern:
    """Documents of one type and one symbol cited as a group, the symbol written once after
    the last number: "các Kết luận số 187, 188-KL/TW", "Quyết định số 12 và 13/QĐ-UBND".
    ``bare`` holds the numbers before the last one, which is an ordinary number/symbol."""
    return regex.compile(
        rf"""
        (?<![\p{{L}}])
        (?P<type>{type_alternation()})
        \s*(?:số\s*)?:?\s*
        (?P<bare>\d{{1,5}}[a-z]?(?:\s*(?:,|và)\s*\d{{1,5}}[a-z]?){{0,8}})
        \s*(?:,|và)\s*
        {NUMBER_SYMBOL}
        {SYMBOL_END}
        """,
        F,
    )


BARE_NUMBER = regex.compile(r"\d{1,5}[a-z]?")
# What stands just before the last number of a group ("187, " of "187, 188-KL/TW"): the cheap test
# that picks the few number cores the group pattern is tried around.
GROUP_BEFORE_NUMBER = regex.compile(r"\d[a-z]?\s*(?:,|và)\s*$", regex.V0)


# A law cited by its name and its number: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15".
# The type word is capitalized (a lower-case "luật" ends "pháp luật" inside a name), and the
# name does not run over another law's type word (except the law an amending law names: "Luật
# sửa đổi, bổ sung một số điều của Luật …") or a clause end.
NAMED_NUMBERED_LAW = regex.compile(
    rf"""
    (?<![\p{{L}}])
    (?P<type>(?-i:Bộ\s+luật|Bộ\s+Luật|Luật|Pháp\s+lệnh))
    \s+(?!số\b)
    (?P<name>(?:(?-i:(?<=(?:của|điều|và)\s)|(?!Luật\b(?!\s+sư\b)|Bộ\s+luật\b|Bộ\s+Luật\b))   # "Luật Luật sư số 65/2006/QH11"
                (?-i:(?!(?:Nghị\s+(?:định|quyết)|Thông\s+(?:tư|báo|tri)|Quyết\s+định|Chỉ\s+thị|Văn\s+bản|Hướng\s+dẫn
                          |Kế\s+hoạch|Chương\s+trình|Công\s+(?:văn|điện)|Tờ\s+trình|Báo\s+cáo|Kết\s+luận|Quy\s+định)\s))
                # "Luật … được sửa đổi bởi Nghị định số …", "Luật …; Hướng dẫn số 19-HD/…": that number is the other document's
                (?!(?<!\S)ngày\s+\d)   # nor a date: "Luật X ngày 19/02/2025 và Luật số 72/…" are two laws
                [^;.\n()“”"|\t]){{3,160}}?)
    \s*,?\s+số\s*:?\s*
    {NUMBER_SYMBOL}
    {SYMBOL_END}
    """,
    F,
)
# The symbol of a law or an ordinance names the legislature that passed it ("QH15", "UBTVQH14",
# "PL-UBTVQH10"): a number with another symbol after a law's name is another document's ("dự án
# Luật sửa đổi, bổ sung một số điều của 15 luật … phù hợp với tinh thần chỉ đạo tại văn bản số
# 574/TB-VPCP", VPCP CV 11306/2025: the name ran on to the letter's number).
LAW_SYMBOL = regex.compile(r"QH", regex.IGNORECASE | regex.V0)
# What every match of NAMED_NUMBERED_LAW holds before its number (its case-sensitive type
# word; keep in step with it): a citation window without any needs no search.
NAMED_NUMBERED_LAW_WORDS = ("Luật", "luật", "Pháp")

# The core of every numbered citation: digits, a separator, (a year,) a capital letter.
# Very selective, and a plain scan: the full pattern is then tried only around it.  It opens
# with the digit and looks behind it afterwards ("not after a letter, digit, / . -"): a pattern
# that opens with a class lets ``re`` skip to the next digit in C, one that opens with a
# look-behind is tried at every character (2.6x slower on the bench texts).
NUMBER_CORE = re.compile(r"\d(?<![\w/.\-]\d)\d{0,4}(?:\.\d{1,2}(?=\s?/))?[a-z]?\s?[/\-]\s?(?:(?:19|20)\d{2}(?:\s?/\s?|(?=[A-ZĐ]{2})))?[A-ZĐ]")
# Triggers open with their literal (a leading look-behind would stop ``re`` from skipping
# ahead to it); the full pattern checks the word boundary.
_LAW_TRIGGER = re.compile(r"(?:Bộ\s+luật|Bộ\s+Luật|Luật|Pháp\s+lệnh)(?!\w)")


def positions_of(text: str, words: tuple[str, ...]) -> list[int]:
    """Every position where one of ``words`` stands in ``text`` (ascending; ``str.find``, no pattern)."""
    out = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            out.append(i)
            i = text.find(word, i + 1)
    out.sort()
    return out


# (tried only where its alternatives' first words stand: ``re`` finds no literal for an alternation
# and entered it at every "B", "L" and "P" of a text, 1.86 -> 0.58 ms a run of the bench texts)
LAW_TRIGGER = MatchesAt(_LAW_TRIGGER, lambda text: positions_of(text, ("Bộ", "Luật", "Pháp")))
CONSTITUTION_TRIGGER = re.compile(r"Hiến\s+pháp(?!\w)")


def number_cores(text: str) -> list[tuple[int, int]]:
    """Spans of the ``NUMBER_CORE`` matches of ``text`` (found once, used by every pass)."""
    return [core.span() for core in NUMBER_CORE.finditer(text)]


def around_numbers(pattern: regex.Pattern, text: str, before: int = 60, after: int = 260,
                   cores: list[tuple[int, int]] | None = None, needs: tuple[str, ...] = ()):
    """Matches of a numbered-citation ``pattern`` found by searching a window around each
    number/symbol core (``cores``: ``number_cores(text)`` when the caller has them), in order
    and without overlaps.  ``needs``: literals one of which every match of ``pattern`` holds
    before its number (its type word): a window without any is not searched."""
    last_end = 0
    for core_start, core_end in number_cores(text) if cores is None else cores:
        if core_start < last_end:
            continue
        window_start = max(last_end, core_start - before)
        if needs and not any(text.find(word, window_start, core_start) >= 0 for word in needs):
            continue  # (a match found there would hold its number elsewhere: not yielded either)
        m = pattern.search(text, window_start, min(len(text), core_end + after))
        if m and m.start("number") == core_start:
            yield m
            last_end = m.end()


# Laws and the constitution cited by name and year.
# ("Bộ Luật" is often written with a capital: "Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung …)", Sơn La
# QĐ 254/QĐ-UBND 2023; "Bộ Luật Lao động", "Bộ Luật Hình sự" in other archives — a code all the same,
# not a "Luật hình sự".)
# One character of a law's name: no other law runs over "và Luật" or ", Luật", nor any over a
# clause end; an amending law's list of the laws it amends does ("Luật sửa đổi, bổ sung một số
# điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu
# thầu", 57/2024/QH15).  ``amends`` is LAW_CITATION's group.
_LAW_NAME_CHAR = r"""
        (?:(?(amends)|(?!,\s*(?:Luật|Bộ\s+luật|Bộ\s+Luật)\b))
           (?(amends)|(?!(?<!\S)và\s+(?:Luật|Bộ\s+luật|Bộ\s+Luật)\s))
           (?!,\s*(?:Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị)\b)  # nor the next sentence's
                                                 # document ("… của Pháp lệnh ưu đãi người có công với cách mạng, Nghị
                                                 # định này có hiệu lực thi hành từ ngày 01/6/2013", Bộ LĐTBXH CV
                                                 # 1921/2013, tune10 W02: no year named with the ordinance)
           (?!(?<!\S)(?:là|chậm\s+nhất|trước|vào|từ\s+ngày)\s)  # nor a time clause ("… chậm nhất là ngày 22 tháng 02 năm 2026")
           [^;.\n()“”"|\t])"""
LAW_CITATION = regex.compile(
    rf"""
    (?<![\p{{L}}])
    (?P<type>Bộ\s+luật|Bộ\s+Luật|Luật|Pháp\s+lệnh)
    \s+(?!số\b)
    (?P<name>
        (?=(?P<amends>(?i:sửa\s+đổi))?)                # an amending law names the laws it amends (_LAW_NAME_CHAR)
        (?(amends){_LAW_NAME_CHAR}{{3,260}}?      # (an amending law's list runs long: "Luật sửa đổi, bổ sung
                                                 # một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam
                                                 # và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước
                                                 # ngoài tại Việt Nam ngày 24 tháng 6 năm 2023", crawl 04e0c7e10cd38cdd)
                |{_LAW_NAME_CHAR}{{3,160}}?)
    )
    \s*,?\s*
    (?:
        \(\s*năm\s+(?P<ly1>(?:19|20)\d{{2}})\s*\)     # (năm 2020)
      | năm\s+(?P<ly2>(?:19|20)\d{{2}})(?!\d)           # năm 2015
      | (?<=\p{{L}}\s)(?P<ly3>(?:19|20)\d{{2}})(?![\d/]|\s*[-–]\s*\d)   # "Luật Đất đai 2024" (no range "2021 - 2025")
      | ngày\s+{DATE}                                   # ngày 19 tháng 6 năm 2015
    )
    """,
    regex.VERBOSE | regex.V0,
)
# The most words of a law's name (LAW_CITATION bounds its characters): an amending law's name
# lists the laws it amends.
LAW_NAME_MAX_WORDS, AMENDING_LAW_NAME_MAX_WORDS = 30, 60
# What follows "Luật" in lower case without being a law's name: a compound word ("Luật sư",
# "Luật pháp", "Luật gia", "Luật định") or a pointer to a law named before ("Luật này").
NOT_A_LAW_NAME = regex.compile(
    r"(?:sư|pháp|gia|định|lệ|học|này|đó|trên|nêu|các|mới|hiện|cũ|của|về|và|tại|theo|số)(?!\p{L})", regex.V0)
# "Hiến pháp năm 2013", "Hiến pháp 2013", "Hiến pháp nước Cộng hòa … (năm 2013)".
CONSTITUTION = regex.compile(
    r"(?<![\p{L}])(?P<type>Hiến\s+pháp)(?:\s+nước\s+(?:Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa|CHXHCN)\s+Việt\s+Nam)?\s*(?:\(\s*)?(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?!\d)",
    regex.V0,
)

# What ends an issuer phrase after "của": the subject clause, a clause boundary, a quote.
ISSUER_END = regex.compile(
    r"""
    \s+(?:về|vẻ|vể|[Vv]/[Vv]|ban\s+hành|phê\s+duyệt|quy\s+định|hướng\s+dẫn|triển\s+khai|thực\s+hiện|tiếp\s+tục
        |một\s+số|sửa\s+đổi|thông\s+qua|tăng\s+cường|đẩy\s+mạnh|công\s+bố|thành\s+lập|kiện\s+toàn
        |giao|(?<!giúp\s)việc|tại|đã|đề\s+ra|và\s+các|cũng|nhằm|trong|theo|được|là|đến|cho|với|gửi|năm\s+20\d\d
        |khoảng|trừ|gồm|bao\s+gồm|thì|nhưng|hoặc|để|như|sẽ|phải|cần|đang|bị|do|bằng|từ|sau|trước|này|đó  # "của Quốc hội khoảng 110 tỷ đồng"
        |quyết\s+định(?=\s+\p{Ll})               # "của Hội đồng nhân dân tỉnh Vĩnh Long quyết định việc áp dụng …"
                                                 # (the clause's other predicates end it after a complete name
                                                 # only: CLAUSE_PREDICATE)
        |hợp\s+nhất(?=\s+(?:Nghị|Thông|Quyết|Luật|Pháp|Chỉ)\s)  # what a consolidated text's body did: "Văn bản hợp
                                                 # nhất số 01/VBHN-BNV … của Bộ Nội vụ hợp nhất Nghị định …" (not
                                                 # "Ban Chỉ đạo hợp nhất các trường")
        |thi\s+hành|kết\s+luận|ngày(?=\s*\d)     # "của Chính phủ thi hành …", "của Bộ Chính trị kết luận về …",
                                                 # "của Thủ tướng Chính phủ ngày 31/3/2022"
        |và(?=\s+\p{Ll}))\b                      # "của Chính phủ và chịu trách nhiệm …": names join capitals
    | \s+(?=(?:Quy\s+định|Hướng\s+dẫn|Ban\s+hành|Phê\s+duyệt|Về\s+việc|Thực\s+hiện|Triển\s+khai|Sửa\s+đổi  # a title run on
              |Thành\s+lập|Bổ\s+sung|Cho\s+phép|Công\s+bố|Kiện\s+toàn|Bãi\s+bỏ|Áp\s+dụng|Điều\s+chỉnh|Phân\s+cấp
              |Giao\s+chỉ\s+tiêu|Tách(?=\s+\p{Ll})|Không(?=\s+(?!quân|gian)\p{Ll}))(?!\p{L}))
              # ("… của Ủy ban nhân dân tỉnh Bình Phước Thành lập trạm y tế xã …", "… Bình Phước Tách phòng
              # tổ chức …", "… Không thu một phần viện phí", Đồng Nai QĐ 2830/2025: the title's verb in
              # capitals; never a name's word after a place — "Giao thông", "Không quân", "Không gian" are)
    | (?<=phủ|hội|trị|thư)(?<=Chính\s+phủ|Quốc\s+hội|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)\s+  # nothing follows those names: not a title
      (?=(?!Trung\s+ương\b)                    # (save the body's own "Trung ương": "của Ban Bí thư Trung ương
                                                 # Đảng", Kon Tum QĐ 435/2020, QĐ 773/QĐ-TTg 2018)
        \p{Lu}\p{Ll}*\s+\p{Ll}                  # ("của Chính phủ Ứng dụng công nghệ …") nor a subject whose "về" was dropped
        |(?!(?:khóa|khoá|nước|và|tỉnh|thành|huyện|quận|thị|xã|phường)\b)\p{Ll})  # ("của Chính phủ cơ sở dữ liệu quốc gia về …"),
                                                 # save a term or a place
    | \s*\[\d{1,3}\]                         # a footnote's marker ("… của Thanh tra Chính phủ[3],", crawl
                                                 # fa0dcc139cec05de: pages converted with their notes)
    | \s*(?:[;,:“”"*|\t]                  # a table's cell ends it too; not the dot of "TP." nor an
           | (?<!(?<![\p{L}])TP)\.               # abbreviation in brackets ("Ủy ban nhân dân (UBND) tỉnh …")
           | \((?!\p{Lu}[\p{L}&]{1,10}\)) | (?<!\(\p{Lu}[\p{L}&]{1,10})\)
           | (?<!(?:Bộ|Sở|Ban|ban|Ủy|Hội|Chủ|trưởng|Giám|Thủ|tướng|Chính|Văn|Văn\s+phòng|nhiệm|và)[ ]{0,2})
             (?:(?<!\f)\n | \n(?![ ]*\p{Ll})))  # a line's end; not a page break inside a name, nor a line
                              # wrapped after a word no name ends with ("của Bộ\nKhoa học …")
                                           # ("Thủ tướng Chính" / next page "phủ phê duyệt")
    | (?<![-–])\s+(?:và\s+)?(?=(?:Quyết\s+định|Nghị\s+(?:quyết|định)|Chỉ\s+thị|Kế\s+hoạch(?!\s+và\s+Đầu\s+tư\b)
                         |Thông\s+(?:tư|báo)|Công\s+văn|Luật|Pháp\s+lệnh|Văn\s+bản|Tờ\s+trình|Kết\s+luận|Chương\s+trình)\s)
                         # the next citation ("Công an" is no "Công văn"; "… của Ủy ban Thường vụ Quốc hội và
                         # Pháp lệnh sửa đổi …", QĐ 773/QĐ-TTg 2018); not a name's words: "Bộ Kế hoạch và
                         # Đầu tư", "Sở Kế hoạch và Đầu tư" (the bodies of the citations of 2008–2025), "Phòng
                         # Tài chính - Kế hoạch"
    """,
    regex.VERBOSE | regex.V0,
)
# A place word at the end of an issuer's line ("của Hội đồng nhân dân tỉnh\nTrà Vinh …"): the name
# goes on over the break only when the next line opens with a known place (place_name_opening),
# not with the next sentence, heading or item ("của UBND tỉnh\nII. NHIỆM VỤ", "\nSở Nội vụ xây dựng …").
PLACE_WORD_AT_BREAK = regex.compile(
    r"(?<![\p{L}])(?:tỉnh|huyện|quận|xã|phường|phố|trấn|đặc\s+khu)[ \t]*\n[ \t]*$", regex.IGNORECASE | regex.V0)


@functools.lru_cache(maxsize=None)
def place_name_opening() -> regex.Pattern:
    """A province's or a commune's name as written (models/provinces.tsv, communes_2025.tsv),
    case-sensitive: "Trung tâm Y tế" is no commune "Trung Tâm"."""
    names = {n for p in vocab.provinces() for n in (p.name, *p.aliases)}
    names |= set(vocab.commune_names())
    alternation = "|".join(regex.escape(n).replace(r"\ ", r"\s+")
                           for n in sorted(names, key=len, reverse=True))
    return regex.compile(rf"[ \t]*(?:{alternation})(?![\p{{L}}\d])", regex.V0)


# The ministries of a joint circular named after "liên" in lower case ("của liên Bộ Kế hoạch và
# Đầu tư - Bộ Nội vụ", "của liên Bộ: Thông tin và Truyền thông – Công an"): the bodies' names
# follow, after a colon or not.
JOINT_BODIES_OPENING = regex.compile(r"\s*liên\s+(?P<head>[Bb]ộ|ngành)(?P<colon>\s*:)?\s+(?=\p{Lu})", regex.V0)
ISSUER_START = regex.compile(
    r"""\s*(?:
        ,?\s*(?:của|giữa)\s+                           # "giữa Bộ Công an, Viện kiểm sát …": joint; ", của …"
        # "Nghị quyết 36-NQ/TW ngày 22/10/2018, Hội nghị lần thứ 8 của Ban Chấp hành Trung ương Đảng
        # khóa XII" (Đồng Tháp KH 556/2025): the plenum named in apposition, the committee issued it
      | ,\s*Hội\s+nghị\s+(?:lần\s+thứ\s+[\p{L}\d]+\s+)?của\s+(?=Ban\s+Chấp\s+hành)
      | ,?\s*do\s+(?=\p{Lu}[^,;.\n]{2,100}?\s(?:ban\s+hành|ký|phê\s+duyệt)(?!\p{L}))  # "do Ủy ban nhân dân tỉnh ban hành"
      | (?=(?:Hội\s+nghị|Ban\s+Chấp\s+hành|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Thường\s+vụ
            |Quốc\s+hội|Chính\s+phủ|Thủ\s+tướng|Ủy\s+ban|UBND|HĐND|Hội\s+đồng|Bộ\s|Sở\s|Tỉnh\s+ủy|Thành\s+ủy)\b)
    )""",
    regex.VERBOSE | regex.V0,
)
# "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình …", "ý kiến thẩm định của Sở Tư pháp tại
# Báo cáo …", "chỉ đạo của Bộ Chính trị tại Kết luận …": the body named before "tại" issued the
# document; so did the body before the colon of a list ("các Nghị định của Chính phủ: số …, số …").  The name may be wrapped over a line ("Sở Công\nThương"); it is no cited law or article.
# The document types that open the next citation after an issuer's comma (ISSUER_COMMA_GOES_ON,
# _COMMA_IN_A_NAME): a comma before one ends the name.
_TYPE_WORD_AFTER_A_COMMA = (r"Quyết\s+định|Nghị\s+(?:quyết|định)|Chỉ\s+thị|Kế\s+hoạch|Thông\s+(?:tư|báo)|Công\s+văn|Luật"
                            r"|Văn\s+bản|Tờ\s+trình|Kết\s+luận|Chương\s+trình|Hướng\s+dẫn|Báo\s+cáo|Công\s+điện"
                            r"|Quy\s+(?:định|chế)|Đề\s+án")
# A comma inside a proposer's name: the fields a department or ministry is named by ("Sở Văn hóa, Thể
# thao và Du lịch tỉnh Phú Thọ tại Tờ trình số 136/TTr-SVHTT&DL", Phú Thọ QĐ 100/2025; Đà Nẵng QĐ
# 2641/2025) — a capitalized word after it that opens no body or post of its own (models/
# agency_heads.tsv: "của Sở Nội vụ, Sở Tư pháp tại …" names two) and no document type.
_COMMA_IN_A_NAME = (r",\s(?=\p{Lu})(?!(?:UBND|"
                    + phrase_alternation(sorted({h for h, strong in vocab.agency_heads() if strong}
                                                | set(vocab.agency_posts()), key=lambda h: (-len(h), h)))
                    + r"|Phó|Trưởng|Chánh|" + _TYPE_WORD_AFTER_A_COMMA + r")(?![\p{L}]))")
PROPOSER = regex.compile(
    r"""(?<!\p{L})(?:của|(?P<passive>được))\s+
        (?P<who>(?!(?:Luật|Bộ\s+luật|Nghị|Thông\s+tư|Quyết\s+định|Điều|Khoản|Chương)\b)
                \p{Lu}(?:(?!\d\s?/)(?:[^,;.:()\n|\t]|""" + _COMMA_IN_A_NAME + r""")){2,80}?
                (?:\n(?:(?!\d\s?/)(?:[^,;.:()\n|\t]|""" + _COMMA_IN_A_NAME + r""")){1,60}?)?)
                                                 # (no number with its slash: a name runs over no citation
                                                 # or date, "của Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày
                                                 # 05/3/2025 và Sở Tư pháp tại …" names two proposers)
        (?(passive)\s+(?:ban\s+hành|phê\s+duyệt     # "… đã được Thủ tướng Chính phủ phê duyệt tại …"
                       |trình(?:\s+\p{Lu}[\p{L}\s]{1,40}?)?))  # "… đã được Chính phủ trình Quốc hội tại Tờ trình
                                                 # số 985/TTr-CP" (Bộ Tài chính CV 18491/2025)
        (?:\s+tại(?:\s+các\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?\s*:\s*số)?|\s*:(?:\s*số)?
           |\s+số\s*:?                  # "báo cáo thẩm định của Sở Tư pháp số 316/BC-STP"
           |\s*,\s*(?:đặc\s+biệt|nhất)\s+là(?:\s+(?:tại\s+)?các)?)  # "theo chỉ đạo tại các công điện của Thủ tướng
                                        # Chính phủ, đặc biệt là các Công điện số 215/CĐ-TTg …" (Chính phủ NQ 380/2025)
        \s*$""",
    regex.VERBOSE | regex.V0,
)
# A proposer's name before its "về": a body named by its topic, a board, committee or council with no
# name of its own but its level ("Ban Chỉ đạo Nhà nước | về Du lịch", "Ủy ban Quốc gia | về người cao
# tuổi Việt Nam", "Trưởng ban Ban Chỉ đạo tỉnh | về phòng, chống …"), whose "về" and topic are its
# name — not a ministry, a department or a post of one, named already ("Bộ trưởng Bộ Nội vụ | về công
# bố thủ tục hành chính", "Sở Tư pháp | về việc …"), whose "về" opens the subject of the document it
# proposed (references: PROPOSER's name cut).
BODY_NAMED_BY_TOPIC = regex.compile(
    r"""(?:(?:Phó\s+)?(?:Trưởng\s+[Bb]an|Chủ\s+tịch|Chủ\s+nhiệm|Tổ\s+trưởng)\s+)?      # its head's post
        (?:Ban\s+[Cc]hỉ\s+(?:đạo|huy)|(?:Ủy|Uỷ)\s+ban|Hội\s+đồng|Tổ\s+công\s+tác|Tổ\s+giúp\s+việc|Tiểu\s+ban|Ban)
        (?:\s+(?:Trung\s+ương|Nhà\s+nước|[Qq]uốc\s+gia|liên\s+ngành|của\s+Chính\s+phủ        # its level only
              |(?:cấp\s+)?(?:tỉnh|huyện|xã)|[Tt]hành\s+phố))*""",
    regex.VERBOSE | regex.V0)
# The predicate of the clause a body's name opens: "… của Bộ trưởng Bộ Lao động - Thương binh và Xã
# hội | chưa thay đổi", "của Công ty … | vướng mắc về …", and a "của X … tại" phrase whose X goes on
# with its predicate names no issuer of the document after it ("vướng mắc của Công ty | liên quan
# đến quy định tại Nghị định số 60/2014/NĐ-CP", Cục Hải quan CV 39209/2025: the company asks about
# the decree, the Government issued it).  Read only after the complete name the agency grammar
# reads (references._predicate_after_name): these words also stand inside names ("Cục Hàng không
# Việt Nam", "Bộ Tư lệnh Phòng không - Không quân", "Tổng công ty Cảng hàng không"), and "thuộc"
# joins a body to its parent ("Chi cục Kiểm lâm thuộc Sở Nông nghiệp và Môi trường"), no predicate.
CLAUSE_PREDICATE = regex.compile(
    r"\s+(?:liên\s+quan|quy\s+định|vướng\s+mắc|phản\s+ánh|chưa|vẫn|còn|có|không|áp\s+dụng"
    # what the body did with the document: "Công văn số 1734/BTC-QLG … của Bộ Tài chính | tham gia
    # ý kiến về phương án …" (Bộ Công Thương CV 9634/2025)
    r"|tham\s+gia\s+ý\s+kiến|góp\s+ý|trả\s+lời"
    # what the body asked or answered in it: "Báo cáo số 467/BC-UBND … của Ủy ban nhân dân Thành phố |
    # giải trình, tiếp thu hoàn thiện dự thảo Nghị quyết" (crawl 98b67fb117d01944)
    r"|giải\s+trình|tiếp\s+thu|đề\s+nghị|đề\s+xuất|chấp\s+thuận|thống\s+nhất|yêu\s+cầu)(?!\p{L})", regex.V0)
# The body that did something "at" the document, as the subject of its clause: "(Sở Tài chính đã
# tổng hợp và đề nghị tại Văn bản số 9700/STC-ĐTTĐ ngày 08/8/2025)" (Hà Nội CV 6397/2025),
# "Bộ Y tế đã hướng dẫn tại Công văn số …": it issued the document cited.
SUBJECT_PROPOSER = regex.compile(
    r"""(?:^|(?<=[(\n.;:]\s{0,3}))
        (?P<who>(?:Sở|Bộ|Ủy\s+ban|UBND|Ban|Văn\s+phòng|Cục|Tổng\s+cục|Chính\s+phủ|Thủ\s+tướng)\s[^,;.:()\n|\t]{1,60}?(?:\n[^,;.:()\n|\t]{1,40}?)?)
        \s+(?:đã\s+)?(?:(?:tổng\s+hợp|rà\s+soát|thẩm\s+định|có\s+ý\s+kiến)\s+(?:và\s+)?)?
        (?:đề\s+nghị|đề\s+xuất|báo\s+cáo|trình|hướng\s+dẫn|chỉ\s+đạo|thông\s+báo)\s+tại\s*$""",
    regex.VERBOSE | regex.V0,
)
# The second body of "Theo đề nghị của A tại X số … và B tại Y số …": "… tại Đơn đề nghị số
# 258/ĐĐN-ĐLS ngày 27 tháng 11 năm 2025 và Sở Tư pháp tại Tờ trình số 141/TTr-STP" (Lâm Đồng QĐ
# 2536/2025, tune7 gold): a body's head word after "và", then "tại" and the citation.
CONJOINED_PROPOSER = regex.compile(
    r"""(?<!\p{L})và\s+
        (?P<who>(?:Sở|Bộ|Ủy\s+ban|UBND|Ban|Văn\s+phòng|Cục|Tổng\s+cục|Hội\s+đồng|HĐND|Giám\s+đốc|Chủ\s+tịch
                 |Thủ\s+tướng)\s[^,;.:()\n|\t]{1,60}?
                 |Chính\s+phủ)                 # (its head alone names it: "… và Chính phủ tại Tờ trình số …")
        \s+tại\s*$""",
    regex.VERBOSE | regex.V0,
)
# Several documents in one list: "Tờ trình số 421/TTr-STC ngày 29/10/2025, 501/TTr-STC ngày
# 20/11/2025", "các Công điện số 12/CĐ-UBND, 15/CĐ-UBND": a number after a citation, with
# only a comma or "và" between, is a citation of the same type (its type code may say another).
CITATION_LIST_ITEM = regex.compile(
    rf"""\s*(?:,\s*(?:và\s+)?|và\s+)(?:số\s*:?\s*)?
        {NUMBER_SYMBOL}
        {SYMBOL_END}""",
    regex.VERBOSE | regex.V0,   # case-sensitive: a symbol opens with a capital
)
# "các Quyết định: số 36/QĐ-TTg …; số 1569/QĐ-TTg …", "báo cáo thẩm định của Sở Tư pháp số
# 316/BC-STP": "số" and a number whose symbol opens with a type code (QĐ, NĐ, BC) is a citation
# of that type — not a form's number ("Mẫu số 01/HNCT", "Biểu số …", "Phụ lục số …").
# Tried in the few characters before a number core that no citation took.
# (a list item that opens a new clause with a capital: "…; số 243/2025/NĐ-CP …; Số
# 257/2025/NĐ-CP ngày 8/10/2025 …", Hà Nội CV 6397/2025; or the list's first item after its colon:
# "Căn cứ các Quyết định của Bộ trưởng Bộ Lao động - Thương binh và Xã hội: Số 1025/QĐ-LĐTBXH …;
# số 547/QĐ-LĐTBXH …", "tại các Quyết định: Số 2196/QĐ-UBND …, số 1741/QĐ-UBND …", Quảng Ngãi QĐ
# 1351/QĐ-UBND 2022 — never a header's "Số: 27/QĐ-UBND")
NUMBER_AFTER_SO = regex.compile(r"(?<![\p{L}])(?<!(?:[Mm][ẫa]u|[Bb]iểu|[Ll]ục|[Pp]hiếu)\s)(?:số|(?<=[;,(:]\s{0,3})Số)\s*:?\s*$", regex.V0)
# The colon that opens such a list, and each later item's own "; số" (see _share_issuers_in_lists).
# The items may repeat their type word after the colon: "Căn cứ các Nghị định của Chính phủ:
# Nghị định số 88/2024/NĐ-CP …; Nghị định số 102/2024/NĐ-CP …" (Quảng Ninh QĐ 97/2025).
GROUP_COLON_BEFORE = regex.compile(r":\s*(?:số\s*:?\s*)?$", regex.V0)
# ("… sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 và số 79/2025/NĐ-CP
# …" inside such a list, Thanh Hóa QĐ 145/2025: "và số" joins an item too)
LIST_ITEM_SO_BEFORE = regex.compile(r"(?:[;,]\s*(?:và\s+)?|\s+và\s+)số\s*:?\s*$", regex.V0)
# A later item that repeats the type word: "…; Nghị định số 102/2024/NĐ-CP", "… được sửa đổi, bổ
# sung bởi Nghị định số 226/2025/NĐ-CP" (read from the item's start, at its type word).
LIST_ITEM_TYPED_BEFORE = regex.compile(r"(?:[;,]\s*(?:và\s+)?|\s+(?:và|bởi)\s+)$", regex.V0)
# A new basis clause ends such a list ("…;*\n*Theo đề nghị của …", "…;\nCăn cứ …").
LIST_ENDS_AT_CLAUSE = regex.compile(r"\n[\s*_\-+•]*(?:Căn\s+cứ|Theo|Xét|Thực\s+hiện|Triển\s+khai)(?!\p{L})", regex.V0)
# A plural head that names the issuer of the documents a parenthesis lists after it: "các Nghị
# định của Chính phủ quy định chi tiết … (Số 37/2019/NĐ-CP …, số 58/2023/NĐ-CP …)" (see
# references._share_plural_heads_issuer); the head's "của" is where the issuer's name starts.
PLURAL_HEAD_REACH = 400
PLURAL_HEAD = regex.compile(r"(?<![\p{L}])[Cc]ác\s+(?P<type>Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch)\s+của\s+",
                            regex.V0)
# What stands between the parenthesis and one of its items: the items before it ("Số 37/2019/NĐ-CP
# ngày 07/5/2019, số 58/2023/NĐ-CP … sửa đổi … và số"), no other parenthesis, no clause end.
PAREN_LIST_BEFORE_ITEM = regex.compile(r"\(\s*(?:[^()\n;]|\n(?!\n)){0,380}", regex.V0)
# A mention of one document by its type and issuer, its number given in parentheses after its
# subject: "xem xét Tờ trình của Đảng uỷ Chính phủ về Đề án … (Tờ trình số 03-TTr/ĐU, ngày
# 17/10/2025)" (Kết luận 212-KL/TW/2025): the citation in the parenthesis repeats the type word.
@functools.lru_cache(maxsize=None)
def apposed_head() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}])(?P<type>{type_alternation()})\s+của\s+", regex.V0)


# A clause end between the head and the parenthesis: the head names another list.
CLAUSE_END_IN_HEAD = regex.compile(r"[;:]|\n\s*\n", regex.V0)
# A sentence or a clause of its own opening between an apposed mention's issuer and the
# parenthesis: "Thực hiện Kế hoạch của UBND tỉnh về chuyển đổi số, Sở Y tế xây dựng kế hoạch
# (Kế hoạch số 20/KH-SYT …)" — the parenthesis names the body's own document, not the mention.
SENTENCE_OR_CLAUSE_OPENS = regex.compile(r"[.,]\s+\p{Lu}", regex.V0)
# "các" before a citation's type word: the citation opens a group of that type ("các công văn số …, … và …").
# A list item after the subject of the item before it: "các Công văn của Bộ Tài chính số 3910/BTC-QLG
# ngày 04 tháng 4 năm 2018 về công bố giá cơ sở xăng RON95, số 367/BTC-QLG ngày …" (Bộ Công Thương
# CV 9634/2025): the subject ends where ", số" and a number begin.
SUBJECT_BEFORE_LIST_ITEM = regex.compile(
    r"\s*(?:về\s+việc|v/v|về)\s+[^;.|\t]{3,200}?(?=\s*,\s*(?:và\s+)?số\s*:?\s*\d)", regex.V0 | regex.IGNORECASE)
PLURAL_BEFORE_TYPE = regex.compile(r"(?<![\p{L}])[Cc]ác\s+$", regex.V0)
CODED_NUMBER = regex.compile(rf"{NUMBER_SYMBOL}{SYMBOL_END}", regex.VERBOSE | regex.V0)
# Between two citations of one list: their issuer is shared.
# "Quyết định số 1729/QĐ-TTg … sửa đổi, bổ sung Quyết định số 655/QĐ-TTg … của Thủ tướng Chính phủ".
LIST_SEPARATOR = regex.compile(
    r"\s*(?:[,;]\s*)?(?:và\s+|(?:sửa\s+đổi,?\s+bổ\s+sung|thay\s+thế)(?:\s+một\s+số\s+điều(?:\s+của)?)?\s+)?(?:các\s+)?(?:số\s*:?\s*)?",
    regex.V0)
# What joins a document to the one whose articles it amends: "… sửa đổi, bổ sung một số điều của
# Nghị định số …" (_share_issuers_in_lists: the issuer after it is the amended one's).
AMENDED_ARTICLES_OF = regex.compile(r"một\s+số\s+điều\s+của", regex.V0)
# A joint issuer or a ministry named with a comma: "của Ủy ban Thường vụ Quốc hội, Chính phủ và
# Đoàn Chủ tịch …", "của Bộ Văn hóa, Thể thao và Du lịch": after the comma a capitalized name
# (not the next citation) that ends joined by "và".
ISSUER_COMMA_GOES_ON = regex.compile(rf"\s*,\s*(?=\p{{Lu}})(?!(?:{_TYPE_WORD_AFTER_A_COMMA})\s)", regex.V0)
# A committee named by its topic and its place: "Ban Chỉ đạo về phát triển khoa học, công nghệ,
# đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Lâm Đồng" — its "về" and commas are the name's
# when the phrase ends with the place (else "về …" is the cited document's subject).
COMMITTEE_HEAD_END = regex.compile(r"(?:Ban\s+[Cc]hỉ\s+(?:đạo|huy)|Tổ\s+công\s+tác|Hội\s+đồng|Tổ\s+giúp\s+việc)$", regex.V0)
COMMITTEE_TOPIC = regex.compile(
    r"""\s+về\s+(?!việc\b)
        (?:(?!(?<!\S)(?:tại|triển\s+khai|thực\s+hiện|tăng\s+cường|đẩy\s+mạnh|ban\s+hành|phê\s+duyệt|kiện\s+toàn|thành\s+lập)\s)
           [^;.:()“”"|\t\n]){3,160}?    # a topic, no subject clause ("về triển khai … tại tỉnh …")
        \s(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)
        (?:\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}(?=\s+\p{Ll}|\s*[;.,:()\n]|\s*$)
           # the level alone, before what the body did ("… và chuyển đổi số tỉnh ban hành Chương trình")
           |(?=\s+(?:ban\s+hành|phê\s+duyệt|về\s+việc|tại)\s|\s*[;.,:()\n]|\s*$))""",
    regex.VERBOSE | regex.V0,
)
# A committee named by the fields of models/committee_topics.txt, listed with commas and "và" after
# its head and its level ("Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi
# số, cải cách hành chính và đề án 06", Nghệ An KH 987/2025; "Tổ giúp việc Ban chỉ đạo Trung ương
# về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", Đồng Tháp KH 552/2025;
# "Trưởng Ban Chỉ đạo Nhà nước về Du lịch", QĐ 170/2025): the commas are the name's, not the end of
# the issuer, when every item is a field (and the name ends at the last one: "… đề án 06 về Kế
# hoạch hành động …" goes on with the cited document's subject).
@functools.lru_cache(maxsize=None)
def committee_named_by_fields() -> regex.Pattern:
    field = rf"(?:{phrase_alternation(vocab.committee_topics())})(?![\p{{L}}\d])"
    return regex.compile(
        rf"""(?:Ban\s+[Cc]hỉ\s+(?:đạo|huy)|Tổ\s+công\s+tác|Hội\s+đồng|Tổ\s+giúp\s+việc)
             (?:\s+(?:Trung\s+ương|Nhà\s+nước|[Qq]uốc\s+gia|của\s+Chính\s+phủ))?       # its level
             (?:\s+về)?\s+
             (?i:{field})(?:\s*,\s*(?i:{field}))*(?:\s*,?\s+và\s+(?i:{field}))?   # the fields
             # … and the place of a local committee, named or by its level alone ("… và chuyển đổi số
             # tỉnh", "… tỉnh Lâm Đồng", "… Thành phố"), as COMMITTEE_TOPIC reads it after "về"
             (?:\s+(?:tỉnh|Tỉnh|thành\s+phố|Thành\s+phố|huyện|quận|thị\s+xã|xã(?!\s+hội)|phường)
                (?:\s+\p{{Lu}}\p{{Ll}}*(?:\s+\p{{Lu}}\p{{Ll}}*){{0,3}})?(?![\p{{L}}]))?""",
        regex.VERBOSE | regex.V0)


# The province after a district's or commune's name: "của UBND huyện Đắk Hà, tỉnh Kon Tum".
ISSUER_PLACE_AFTER_COMMA = regex.compile(
    r"\s*,\s*(?:tỉnh|thành\s+phố|TP\.?)\s+\p{Lu}\p{Ll}*(?:\s*-\s*|\s+)?(?:\p{Lu}\p{Ll}*(?:\s+|\s*-\s*)?){0,3}"
    r"(?<=\p{L})(?=\s*(?:[;,.:()\n|\t]|\s\p{Ll}|$))",
    regex.V0,
)
# An abbreviated type word before a number whose symbol opens with the same code: "NĐ 61/2018/NĐ-CP",
# "QĐ số 12/QĐ-UBND", "NQ 57-NQ/TW".
CODE_BEFORE_NUMBER = regex.compile(r"(?<![\p{L}\d])(?P<code>\p{Lu}[\p{L}]{1,4})\s+(?:số\s*:?\s*)?$", regex.V0)
ISSUER_COMMA = regex.compile(r"\s*,\s*", regex.V0)
# A post that holds two titles: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ".
BARE_TITLE_END = regex.compile(r"(?i:Bộ\s+trưởng|Chủ\s+tịch|Giám\s+đốc|Trưởng\s+ban)$", regex.V0)
JOINS_NAMES = regex.compile(r"\svà\s+\p{Lu}", regex.V0)

# A letter's account of an earlier document: "Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân
# dân Thành phố đã ban hành Công văn số 3280/UBND-VX …": its date and issuer stand before it.
# ("Ngày 21/11/2025, Văn phòng Quốc hội có Báo cáo số 4575/BC-VPQH", "Ngày 26/11/2025, Bộ Tài chính
# đã có công văn số 18380/BTC-CST": the body that "has" a document issued it, Bộ Tài chính CV 18491/2025)
# ("- Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương số 72/2025/QH15": the
# assembly that passes a law issues it, on that day, Bộ Nội vụ CV 10988/2025, tune14 R12; an item's
# dash may open the line)
PRIOR_ISSUE = regex.compile(
    rf"(?:^|[\n.;]\s*)(?:[-+•]\s*)?Ngày\s+{DATE}\s*,\s*(?P<who>\p{{Lu}}[^,;.\n]{{2,80}}?)\s+(?:đã\s+)?(?:ban\s+hành|ký|có|thông\s+qua)\s*$",
    regex.V0,
)
# The same without the date: a body, the subject of its sentence, that has issued the document:
# "Thủ tướng Chính phủ đã ban hành Công điện số 220/CĐ-TTg ngày 18/11/2025 …" (Bộ VHTTDL CV
# 6278/2025).  Only a body's head word opens it, at a sentence's start.  The sentence may
# open after a comma ("… (gửi kèm theo), Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC …", Bộ Nội vụ CV
# 10989/2025) or a footnote's mark ("[2] Bộ Chính trị, Ban Bí thư đã có Kết luận số 212-KL/TW …",
# Bộ Nội vụ CV 10988/2025, both tune14: the party's two central bodies issue jointly, group
# ``joint``, models/central_bodies.txt); an assembly "passes" a law ("Quốc hội đã thông qua Luật …
# số 72/2025/QH15").  "đã" may be left out at the start of a sentence: "Bộ Y tế có Công văn số
# 627/BYT-BH ngày 27/01/2021 …" (BHXH Việt Nam CV 296/2021, tune8 U05).
_JOINT_ISSUER = "(?:" + phrase_alternation(vocab.joint_issuers()) + ")"
ISSUED_BY_SUBJECT = regex.compile(
    r"""(?:^|(?<=[\n.;:,\]]\s{0,3}))
        (?P<who>(?P<joint>""" + _JOINT_ISSUER + r"(?:\s*,\s*|\s+và\s+)" + _JOINT_ISSUER + r""")
               |(?:Thủ\s+tướng|Chính\s+phủ|Quốc\s+hội|Ủy\s+ban|UBND|Hội\s+đồng|HĐND|Bộ|Sở|Ban|Văn\s+phòng|Cục|Tổng\s+cục)
                (?:\s[^,;.:()\n|\t]{1,80}?)?)
        \s+(?:đã\s+)?(?:ban\s+hành|ký\s+ban\s+hành|có|thông\s+qua)\s*$""",
    regex.VERBOSE | regex.V0,
)
# The body named right before a bracket that opens with the document it issued: "Xét đề nghị của
# Ủy ban nhân dân tỉnh Nghệ An (Công văn số 5969/UBND-TM ngày 19 tháng 8 năm 2014), ý kiến của các
# Bộ: Lao động - Thương binh và Xã hội (Công văn số 3418/LĐTBXH-NCC …), Tài chính (Công văn số
# 13365/BTC-NSNN …), Ban Thi đua - Khen thưởng Trung ương (Công văn số 2211/BTĐKT-VIII …)" (Văn
# phòng Chính phủ CV 8424/2014, tune W03), "… và Ủy ban nhân dân tỉnh[Tại Kế hoạch số 739/KH-UBND
# …" (Kon Tum QĐ 435/2020, tune U01).  A body's head word opens it (the leftmost such start is the
# whole name), or a ministry's name in a list after "các Bộ:" (its items' brackets passed over),
# written out with "Bộ" (agencies.starts_with_agency tells a body listed there as itself).
BODY_BEFORE_BRACKET = regex.compile(
    r"""(?:
          (?<![\p{L}])(?P<who>(?:Ủy\s+ban|UBND|Hội\s+đồng|HĐND|Bộ|Sở|Ban|Văn\s+phòng|Cục|Tổng\s+cục
                              |Chính\s+phủ|Thủ\s+tướng|Tỉnh\s+ủy|Thành\s+ủy)
                           (?:\s[^,;.:()\[\]\n|\t]{1,80}?)?)
        | (?<![\p{L}])các\s+Bộ\s*:\s*(?:[^():;\n]{1,60}?\([^()\n]{0,200}\)\s*,\s*)*
          (?P<ministry>\p{Lu}[^,;.:()\[\]\n|\t]{1,60}?)
        )
        \s*[(\[]\s*(?:[Tt]ại\s+)?$""",
    regex.VERBOSE | regex.V0,
)

# The body whose direction a bracket's document carries, named before the direction's subject:
# "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về việc triển khai kết luận Hội nghị Trung ương
# lần thứ 13 … (Công văn số 282/TTg-TKBT ngày 10/11/2025)" (Bộ VHTTDL CV 6316/2025, tune14 R05): no
# other bracket between, and the subject "về …" holds no other "của".
DIRECTION_BEFORE_BRACKET = regex.compile(
    r"""(?<![\p{L}])(?:ý\s+kiến(?:\s+chỉ\s+đạo)?|chỉ\s+đạo|kết\s+luận)\s+của\s+
        (?P<who>(?:Ủy\s+ban|UBND|Hội\s+đồng|HĐND|Bộ|Sở|Ban|Văn\s+phòng|Cục|Tổng\s+cục|Chính\s+phủ|Thủ\s+tướng
                  |Tỉnh\s+ủy|Thành\s+ủy)(?:\s[^,;.:()\[\]\n|\t]{1,60}?)?)
        \s+về\s+(?:(?!\s(?:của|tại)\s)[^()\[\];]){3,300}?\s*\(\s*$""",
    regex.VERBOSE | regex.V0,
)

# A cited document's subject: "về việc …" up to the first ";", ".", line break, bar or tab after its
# first three characters, at most 200 characters.  (Written greedy: the run after the first three
# characters stops at the first of those marks, which is where the shortest subject the look-ahead
# accepts ends — ``[^;\n|\t]{3,200}?`` gave the same spans, trying the look-ahead after each
# character; tests/test_speed_guards.py compares the two.)
SUBJECT = regex.compile(r"\s*(?:về\s+việc|v/v|về)\s+(?P<subject>[^;\n|\t]{3}[^;.\n|\t]{0,197})(?=[;.\n|\t]|$)", regex.V0 | regex.IGNORECASE)

# --------------------------------------------------------------------- header lines
NUMBER_LINE = regex.compile(
    r"""^\s*(?:\p{Lu}\p{Ll}*(?:[ ]\p{Ll}+){0,2}[ ]số\s*:   # the type word before it, with its colon: "Nghị quyết số:
                                              # 653/2019/UBTVQH14", "Luật số: 77/2015/QH13" (the National Assembly's
                                              # headers; a citation in the body puts no colon after "số")
           |Số\s*(?:hiệu)?\s*:?)\s*
        (?:(?P<number>\d{1,5}[a-z]?)\s*(?=[/\-])\s*[/\-]\s*
           |(?P<unread>[^\n]{0,8}?)/\s*(?=[A-ZĐ]))?  # a handwritten number OCR could not read ("Số:.25'Ì /TTr-…",
                                              # "Số: /#//UBND-…"): no number, the symbol after "/" still read;
                                              # ``unread`` is where it stands (flagged low_confidence)
        (?:(?P<year>(?:19|20)\d{2})\s*/\s*)?
        (?P<symbol>[A-ZĐ][A-Za-zĐđ0-9&]*(?:\s?[-/]\s?[A-ZĐa-zđ][A-Za-zĐđƯ0-9&]*(?:\.(?-i:[A-Z][A-Z0-9]{0,3})(?![\p{L}\d]))?){0,4}  # "VPCP-V.I" (as SYMBOL)
                   (?:\([A-ZĐ0-9]{1,10}\))?)      # a unit's code in brackets: "TTr-CAT(PC04)"
    """,
    regex.VERBOSE | regex.MULTILINE | regex.V0,
)
PLACE_DATE_LINE = regex.compile(
    r"""^\s*[*_]*\s*(?P<place>[\p{Lu}][\p{L} .\-']{1,40}?   # "*Huế, ngày …": a crawl's italics mark before it
        (?:(?<=(?:Quận|Phường))[ ]\d{1,2})?   # an urban unit named by its number ("Quận 2, ngày 11 tháng 01 năm 2008", HĐND quận 2 NQ 01/2008)
        )\s*,\s*ng[àa]y?
        # a day or month left blank, handwritten or unread by OCR ("ngày - tháng", "ngày°©.
        # tháng", "ngà2G tháng"): the field stays empty, the place and the printed year are kept
        # (``d_slot`` / ``m_slot``: where the day and month stand, read or not, for the flag)
        (?P<d_slot>\s*(?:(?P<d>\d{1,2})(?=[\s.,…_]))?[^\n]{0,8}?)
        # (the month's digits may have "năm" typed onto them: "18 tháng 11năm 2025", Đà Nẵng QĐ 2641/2025)
        tháng(?P<m_slot>\s*(?:(?P<m>\d{1,2})(?=[\s.,…_]|năm))?[^\n]{0,8}?)\s*năm\s*(?P<y>(?:19|20)\d{2})""",
    regex.VERBOSE | regex.MULTILINE | regex.V0,
)
# The same line flattened beside the number ("Số: 196 /KH-UBND Ninh Bình, ngày 04 tháng 11 năm
# 2024", "Số:09/2010/QĐ-UBND | Cần Thơ, ngày …"): the place is capitalized words after the
# symbol or a column bar.
PLACE_DATE_BESIDE = regex.compile(
    r"""(?:\|\s*|(?<=[\p{L}\d])\s+)
        # (a city's abbreviated unit word kept with its name: "| TP. Hồ Chí Minh, ngày 26 tháng 11 năm
        # 2008 |", TP HCM QĐ 5129/2008 — read "Chí Minh" before, as the place line prints it whole)
        # … and its unit word written out, kept as the place line alone keeps it ("| Thành phố Hồ
        # Chí Minh, ngày 23 tháng 10 năm 2012 |", TP HCM QĐ 49/2012, tune U02 — read "Hồ Chí Minh")
        (?P<place>(?:T[Pp]\.\s*|(?:Thành\s+phố|Thị\s+xã|Thị\s+trấn)\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,4})\s*,\s*ngày\s*(?P<d>\d{1,2})?[\s.…_]*
        tháng\s*(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>(?:19|20)\d{2})""",
    regex.VERBOSE | regex.V0,
)


# The place-and-date line printed in the right column of a header line whose left column
# holds something else, or beside a letter's subject ("V/v góp ý dự thảo Kế hoạch kiểm      Lâm Đồng, ngày 16 tháng 01 năm
# 2026"): a wide gap or a column bar, then a place and ", ngày".
# Its column gap may be lost in the text (spaces folded): the place is then the capitalized
# words before ", ngày", and the line's words go on after the year.
PLACE_DATE_INSIDE = regex.compile(
    r"""(?:\s{2,}|\s*\|\s*|(?<=\p{Ll})\s+)
        (?P<right>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}\s*,\s*ngày\s*\d{0,2}[\s.…_]*tháng\s*\d{0,2}[\s.…_]*năm\s*(?:19|20)\d{2})
        \s*\|?""", regex.VERBOSE | regex.V0)


def place_date(line: str):
    """The place-and-date match of a header line: the line itself, or its part beside the number."""
    return PLACE_DATE_LINE.match(line) or (PLACE_DATE_BESIDE.search(line) if NUMBER_LINE.match(line) else None)


# The national motto's first line as documents print it, both placements of the tone mark
# ("hòa", "hoà"): normalize joins it back when a narrow cell broke it over lines.
NATIONAL_MOTTO_WORDINGS = ("Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam")
# The top of a document's header: the motto (its first line or its second), or the Party's name
# above a Party document.  (Only the first wording is searched, as this pattern always did: adding
# "hoà" would find headers it does not find now, a change to measure, not part of a refactor.)
NATIONAL_MOTTO = regex.compile(
    r"\s+".join(NATIONAL_MOTTO_WORDINGS[0].upper().split())
    + r"|Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
    regex.IGNORECASE | regex.V0,
)

# An aggregator's page around a crawled document (models/aggregator_chrome.tsv): a label of
# its attribute block alone on its line, bold or not ("**Số hiệu:**", "Ngày hiệu lực:**" after
# a wrapped "**"), its value on a later line; a footer line; the site's one-line summary of the
# document just before its footer ("Kế hoạch 980/KH-UBND năm 2025 thực hiện … ban hành").
@functools.lru_cache(maxsize=None)
def aggregator_chrome() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    chrome = vocab.aggregator_chrome()

    def line_of(kind: str, colon: str = "") -> regex.Pattern:
        words = "|".join(regex.escape(p).replace(r"\ ", r"[ ]+") for p in chrome.get(kind, ()))
        return regex.compile(rf"^[ *#]*(?P<phrase>{words})[ *]*{colon}[ *]*$", regex.MULTILINE | regex.IGNORECASE | regex.V0)

    summary = regex.compile(rf"[ *#]*(?:{type_alternation()})[ ]+\d{{1,5}}[a-z]?(?:/[\w.\-]+)+[ ]", regex.V0)
    return line_of("attribute", ":"), line_of("footer_strong"), line_of("footer"), summary


@functools.lru_cache(maxsize=None)
def aggregator_summary_end() -> regex.Pattern:
    """The line that closes an aggregator's news summary above the letterhead ("Xem thêm chi
    tiết tại Công văn 11554/VPCP-V.I ngày 25/11/2025.")."""
    words = "|".join(regex.escape(p).replace(r"\ ", r"[ ]+")
                     for p in vocab.aggregator_chrome().get("summary_end", ()))
    return regex.compile(rf"^[ *#]*(?:{words})\b.*$", regex.MULTILINE | regex.IGNORECASE | regex.V0)


@functools.lru_cache(maxsize=None)
def document_type_line() -> regex.Pattern:
    """A document's type line (fullmatch on a stripped line): its type word alone, in any case
    ("KẾ HOẠCH", "Quyết định"), or in capitals with its title run on ("KẾ HOẠCH TRIỂN KHAI …")."""
    return regex.compile(rf"(?i:{type_alternation()})(?:\s+[^\p{{Ll}}\n]*)?", regex.V0)


# ---------------------------------------------------------------------- structure
# A letter's subject line "V/V CHỦ ĐỘNG PHÒNG, …" / "V/v …" (về việc) is no part "V" (Công điện
# 217/CĐ-TTg, 231/CĐ-TTg of 2025: every item under it was read as outside the work).
# A line numbered as a part of the body ("I. QUYẾT ĐỊNH", "2. KẾ HOẠCH"): never a type line,
# whose words stand alone (an OCR'd type line's stray mark has no dot: "V QUYẾTĐỊNH -").
NUMBERED_PART_LINE = regex.compile(r"^(?:[IVXLC]{1,6}|\d{1,2})\.\s+\p{Lu}", regex.V0)
ROMAN_HEADING = regex.compile(r"^(?![Vv]\s*/\s*[Vv]\b)(?P<num>[IVXLC]{1,6})\s*[.:/]\s*(?P<title>\S.*)$", regex.V0)
ARTICLE_HEADING = regex.compile(r"^Điều\s+(?P<num>\d{1,3})\s*[.:]?\s*(?P<title>.*)$", regex.V0)
ARABIC_HEADING = regex.compile(rf"^(?P<num>{ARABIC_ITEM_NUMBER})\s*[.)]\s*(?P<title>\S.*)$", regex.V0)
# "a) …" and "a. …" alike (Word's lettered list and a typist's write either): a letter with a
# dot then a space opens no sentence.  (Wider than ``LETTER_ITEM_MARK`` before ")": a heading's
# letter may stand apart from it, "a )"; narrower after ".": the dot needs the space.  The cheap
# test before it: ``may_open_letter_heading``.)
LETTER_HEADING = regex.compile(rf"^(?P<num>{ITEM_LETTER})(?:\s*\)|\.(?=\s))\s*(?P<title>\S.*)$", regex.V0)
BULLET_MARK = regex.compile(rf"^{BULLET_ITEM_MARK}\s*")


def may_open_letter_heading(line: str) -> bool:
    """The cheap test the readers make before ``LETTER_HEADING`` (most lines fail it at once):
    a lower-case letter, then ")" within the next three characters or ". ".  Narrower than the
    pattern, as the readers always were: a ")" after three spaces or more, or a dot before a
    tab, is no letter heading to them."""
    return line[:1].islower() and (")" in line[1:4] or line[1:3] == ". ")
# A directive before the agency it addresses: "Giao Sở Tư pháp …", "Đề nghị Ủy ban MTTQ …",
# "Đồng thời, giao Công an tỉnh …", "UBND tỉnh đề nghị các sở, ban, ngành …".
# A letter that hands its result on: "…, gửi Sở Nội vụ tổng hợp" asks that body to act.
# A plan that cannot order a body outside the administration encourages it ("Khuyến khích
# Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh … xây dựng kế hoạch hành động"): work given to
# it — only before a name in capitals, not "Khuyến khích người dân / mạnh mẽ các doanh
# nghiệp …" (an aim of the task, no addressee).
DIRECTIVE = regex.compile(
    # ("giao cho X", "giao trách nhiệm cho X", "giao nhiệm vụ cho X": the same addressee)
    # (a letter's courteous request, "Kính đề nghị Văn phòng UBND tỉnh thẩm định, trình Chủ tịch UBND
    # tỉnh ký duyệt, ban hành" closing Lâm Đồng Tờ trình 409/TTr-CAT 2025, real scan Q03)
    r"^(?:đồng\s+thời\s*,?\s*)?(?:giao(?:\s+(?:trách\s+nhiệm|nhiệm\s+vụ))?(?:\s+cho)?|(?:kính\s+)?đề\s+nghị|yêu\s+cầu|gửi(?=\s+\p{Lu})|khuyến\s+khích(?=\s+(?-i:\p{Lu}))"
    # a heading's request before its addressees' names: "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội
    # Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh"
    r"|đề\s+nghị\s*:(?=\s*(?-i:\p{Lu})))\s+",
    regex.IGNORECASE)
# The same directive after the issuer that speaks ("Ủy ban nhân dân tỉnh đề nghị …",
# "UBND tỉnh yêu cầu …"): the addressee follows it.
# "giao" that heads a noun is no directive: "giao thông" (traffic), "giao dịch", "giao ban" (a
# briefing), "giao nhận", "giao lưu", "giao tiếp" — "Bộ Xây dựng chỉ đạo … bảo đảm an toàn giao
# thông" gives its own work, it hands none on (Công điện 217/CĐ-TTg 2025).
# (in lower case only, in a case-blind pattern too: "UBND tỉnh giao Ban Quản lý dự án …", "giao Thông
# tấn xã Việt Nam …" address a body)
GIAO_AS_NOUN = r"(?!(?-i:thông|dịch|ban|nhận|lưu|tiếp|thương|hữu|khoán|kết|diện)\b)"
# The request as the object of the subject's own work, not the subject's request: "Ban Tuyên
# giáo và Dân vận đảng ủy đặc khu lập danh sách đề nghị Ban Thường vụ cấp ủy quyết định …" (the
# list goes up for a decision; the committee named is no one the document gives work to: Hướng
# dẫn of Ban Tuyên giáo và Dân vận Trung ương 2025, crawl aa9bb8226e3d4c71), "Sở Nội vụ tổng hợp
# đề nghị khen thưởng …", "tiếp nhận đề nghị của …", "khi có đề nghị …".  A look-behind put
# right before the request word (case-blind patterns too: these words are lower case in a name).
REQUEST_OBJECT_OF = (r"(?:danh\s+sách|tổng\s+hợp|tiếp\s+nhận|xem\s+xét|thẩm\s+định|giải\s+quyết"
                     r"|xử\s+lý|trả\s+lời|đáp\s+ứng|hồ\s+sơ|văn\s+bản|tờ\s+trình|theo|có)")
REQUEST_AS_OBJECT = rf"(?<!\s{REQUEST_OBJECT_OF}\s)"
# The issuer may speak through its head or be a party or council body: "Chủ tịch Ủy ban nhân dân
# tỉnh giao Sở Nội vụ …" (a Chỉ thị's or a letter's voice), "Thường trực Tỉnh ủy yêu cầu …",
# "Hội đồng nhân dân tỉnh đề nghị …"; its office: "…, Văn phòng Ban Chỉ huy PCTT và TKCN tỉnh đề
# nghị Ban Chỉ huy PCTT và TKCN các huyện …" (Thông báo 254/TB-PCTT Huế 2022), "Văn phòng UBND tỉnh
# đề nghị …".
ISSUER_DIRECTIVE = regex.compile(
    r"""^(?:Ủy\s+ban\s+nhân\s+dân|UBND|Sở|Ban|Bộ|Hội\s+đồng\s+nhân\s+dân|HĐND|Thường\s+trực|Văn\s+phòng
           |(?:Tỉnh|Thành|Huyện|Đảng)\s+ủy|(?:Phó\s+)?Chủ\s+tịch|(?:Phó\s+)?Giám\s+đốc|Thủ\s+tướng
           # the Government in its resolution: "Chính phủ yêu cầu các bộ, ngành trung ương, Ủy ban
           # nhân dân các tỉnh … xác định …" (Nghị quyết 394/NQ-CP 2025)
           |Chính\s+phủ)[^,.;:]{0,60}?\s
        # nor a compound or a passive: "chỉ đạo đơn vị liên quan hoàn thành bàn giao mặt bằng"
        # (Thông báo 653/TB-VPCP 2025), "chuyển giao", "theo nhiệm vụ được giao"
        (?<!bàn\s)(?<!chuyển\s)(?<!được\s)
        """ + REQUEST_AS_OBJECT + r"""
        (?:đề\s+nghị\s+|yêu\s+cầu\s+|giao\s+""" + GIAO_AS_NOUN + r""")""",
    regex.VERBOSE | regex.V0,
)
# The first letters a match of DIRECTIVE (case-blind: "giao", "đề nghị", "yêu cầu", "gửi",
# "khuyến khích", "đồng thời"; to `regex` "k" is also the Kelvin sign U+212A) and of ISSUER_DIRECTIVE
# (case-sensitive: its issuers' first words) can open with, and the words one of which a match of
# ISSUER_DIRECTIVE holds: tests that skip the patterns on the texts they cannot match
# (assignments._directive_end; tests/test_speed_guards.py checks the letters against the patterns).
DIRECTIVE_FIRST_LETTERS = frozenset("đĐgGyYkK\u212a")
ISSUER_DIRECTIVE_FIRST_LETTERS = frozenset("ỦUSBHTVĐPCG")
_ISSUER_REQUEST_WORDS = ("giao", "yêu", "đề")


def holds_issuer_request(text: str) -> bool:
    """Whether ``text`` holds a word every match of ISSUER_DIRECTIVE holds (its request, in lower case)."""
    return any(word in text for word in _ISSUER_REQUEST_WORDS)


# Words without which a sentence outside the task parts gives no work (a directive, "chủ
# trì", a responsibility): plain substring searches find the few lines worth reading (the
# normalized text has single spaces).
GIVES_WORK_WORDS = ("giao ", "Giao ", ", gửi ", "đề nghị", "Đề nghị", "yêu cầu", "Yêu cầu", "chủ trì", "trách nhiệm",
                    "là cơ quan", "Khuyến khích ", "hậm nhất là",
                    "bố trí kinh phí", "bố trí nguồn", "bố trí ngân sách")
# A named body's own cooperation with named partners ("Ban Thường trực Ủy ban MTTQ Việt Nam xã |
# phối hợp chặt chẽ với | Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã để thành lập …",
# Lương Minh HD 2025): the sentence gives work wherever it stands (read by assignments._leads).
COOPERATION_WORDS = ("phối hợp",)
# A clause inside a line that opens with a directive after "; " or ". ": "…; UBND tỉnh đề nghị
# các sở …", "…. Đề nghị các đơn vị …" — or "giao" after a comma or "và" ("Ủy ban nhân dân cấp xã
# tiếp nhận … và giao Phòng Văn hóa - Xã hội chủ trì …"), or the Government's request after an
# opening clause ("Để triển khai hiệu quả nhiệm vụ nêu trên, Chính phủ yêu cầu các bộ …"; "Để đảm bảo
# chất lượng, tiến độ …, yêu cầu Bộ Y tế, Ban Quản lý dự án …", Thông báo 637/TB-VPCP 2025; a named
# addressee only: "phải hướng dẫn, yêu cầu các đơn vị có biện pháp …" is the task's own verb list);
# or a topic's colon, then "giao" / "đề nghị" naming a body ("3. Về mở rộng dự án …: giao Tập đoàn
# Công nghiệp - Năng lượng Quốc gia Việt Nam làm việc …", Thông báo 634/TB-VPCP 2025; a topic the
# crawl broke over two lines, its colon on the second: "… có liên quan: Giao Bộ Giáo dục và Đào
# tạo, Bộ Y tế nghiên cứu …", Thông báo 648/TB-VPCP 2025), as a conclusion notice answers each
# request in turn.  The directive after a full stop may follow a connective: "Đồng thời, giao …",
# "Vì vậy, đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ …" (Bộ Nội vụ CV
# 11208/2025, tune15 L02), "Do đó, …", "Trên cơ sở đó, …", "Vì thế …" (its comma or not; the
# connectives of models/clause_connectives.txt, CLAUSE_CONNECTIVE): the request is the letter's as much
# (the clause starts after the connective).
# Each branch opens with its literal
# (",", "và" after white space, ";", ".", ":") so that regex skips ahead to it: 2x faster than "\s+và"
# tried at every space (the clause starts at the match's end, the only offset read).
CLAUSE_CONNECTIVE = "(?:" + phrase_alternation(vocab.clause_connectives()) + ")"
LATER_DIRECTIVE = regex.compile(
    r":\s+(?=(?:giao|đề\s+nghị)\s+(?:(?-i:\p{Lu})|các\s))|,\s+(?=giao\s+(?:(?-i:\p{Lu})|các\s))|,\s+(?=Chính\s+phủ\s+(?:yêu\s+cầu|đề\s+nghị)\s)|,\s+(?=yêu\s+cầu\s+(?-i:\p{Lu}))|(?<=\s)và\s+(?=giao\s+(?:(?-i:\p{Lu})|các\s))|,\s+(?=gửi\s+\p{Lu})|[;.]\s+(?:" + CLAUSE_CONNECTIVE + r",?\s+(?=(?:giao|đề\s+nghị|yêu\s+cầu)\s))?(?=(?:đồng\s+thời\s*,?\s*)?(?:giao|đề\s+nghị|yêu\s+cầu)\s|(?:Ủy\s+ban\s+nhân\s+dân|UBND|Sở|Ban|Bộ)[^,.;:]{0,60}?\s" + REQUEST_AS_OBJECT + r"(?:đề\s+nghị|yêu\s+cầu|giao\s" + GIAO_AS_NOUN + r"))",
    regex.IGNORECASE | regex.V0,
)
# Every LATER_DIRECTIVE match holds one of these words after its mark, in any letter case
# ("giao", "yêu cầu", "gửi", "đề nghị"): a line whose lower case holds none (and no "İ", the one
# capital a case-blind "i" matches whose lower case is two characters) has no match.
_LATER_DIRECTIVE_WORDS = ("giao", "yêu", "gửi", "đề")


def later_directives(line: str):
    """``LATER_DIRECTIVE.finditer(line)``, not searched on a line without its words (it is
    entered at every character: ~5 µs a line)."""
    low = line.lower()
    if "\u0130" not in line and not any(w in low for w in _LATER_DIRECTIVE_WORDS):
        return ()
    return LATER_DIRECTIVE.finditer(line)


# A sentence that starts inside a line: ". " then a capital ("… theo Điều lệ. Giao Sở Tư pháp
# …", "…; báo cáo kết quả. Văn phòng UBND tỉnh theo dõi, đôn đốc …").  Crawled texts put a whole
# article on one line, each of its sentences may give work to another agency.  One look-behind
# of one character, one look-ahead: linear.
SENTENCE_START = regex.compile(r"(?<=[^\s.][.])\s+(?=\p{Lu})", regex.V0)
# The same sentence starts found from their full stop, for a text searched from its start (a
# line, a sentence's window; not from an offset: the look-behind would not see before it): the
# literal "." opens the pattern, so that ``regex`` skips ahead to it (2.7x faster on the bench
# texts' lines); each match starts at its full stop and ends where SENTENCE_START's does.
SENTENCE_START_AFTER_STOP = regex.compile(r"(?<=[^\s.])[.]\s+(?=\p{Lu})", regex.V0)
# A clause after "; " that opens with a capital: it may name its own agency ("Chủ tịch UBND
# cấp xã chỉ đạo …; Ban Chỉ huy cấp xã tham mưu …; Kiểm lâm sở tại hướng dẫn …").
# (or with its bracketed point first: "…; (2) Bộ Công an chủ trì, phối hợp …", Thông báo 624/TB-VPCP 2025)
CLAUSE_START = regex.compile(r";\s+(?=\p{Lu}|\((?:\d{1,2}|[ivx]{1,4})\)\s*\p{Lu})", regex.V0)
# The same clause with its subject in lower case, as running text writes a collective or a
# committee ("… tại Trung tâm; cấp ủy cấp xã trên địa bàn lập danh sách …", "…; các Chuyên viên
# cơ quan MTTQ xã được phân công …"): read as a sentence that starts there.
_LOWER_CASE_BODY = r"(?:cấp\s+ủy|ban\s+thường\s+vụ|ủy\s+ban\s+nhân\s+dân|thường\s+trực)"
LOWER_CLAUSE_START = regex.compile(r";\s+(?=(?:các|" + _LOWER_CASE_BODY + r")\s)", regex.V0)
# Such a body after a time that opens the sentence: "Định kỳ hằng năm, ban thường vụ cấp ủy, …" (not
# "các …": a kind of body by its unit words, "Hằng năm, các cơ quan, đơn vị gửi …", names no agency).
LOWER_CASE_SUBJECT = regex.compile(_LOWER_CASE_BODY + r"\s", regex.V0)
# A topic that names the body the work after its colon is for, the work without a subject of its
# own: "e) Đối với Nhà đầu tư Dự án cao tốc Tân Phú - Bảo Lộc: Khẩn trương nộp hồ sơ …" (Lâm Đồng
# TB 2026 on two expressways, tune C062), as a conclusion notice addresses each body in turn.
ADDRESSEE_TOPIC = regex.compile(r"^(?i:đối\s+với)\s+(?=\p{Lu})", regex.V0)
# Two classes of bodies under one "Các", joined by "và", the second a unit word with its own
# qualifier: "Các cơ sở sản xuất, kinh doanh, dịch vụ và đơn vị thực hiện dịch vụ vệ sinh môi trường"
# (assignments._classes_its_items_address, which asks the heading's items to address each).
TWO_CLASSES = regex.compile(
    r"^Các\s+(?P<first>(?:cơ\s+sở|cơ\s+quan|đơn\s+vị|doanh\s+nghiệp|tổ\s+chức|hộ)\s+[^;:()]{3,80}?)\s+và\s+"
    r"(?:các\s+)?(?P<second>(?:cơ\s+sở|cơ\s+quan|đơn\s+vị|doanh\s+nghiệp|tổ\s+chức|hộ)\s+[^;:()]{3,100})$",
    regex.IGNORECASE | regex.V0,
)
# An item addressed to a class: "9.1. Đối với các cơ sở sản xuất có lưu lượng xả bụi …".
CLASS_TOPIC = regex.compile(r"^(?i:đối\s+với)\s+(?:các\s+)?", regex.V0)
# A topic label before the sentence that gives the work: "b) Về tổ chức Cuộc thi …: Sở Nội vụ
# chủ trì, …", "3. Đối với hạng mục đường dẫn …: Giao Ban Quản lý dự án …".
# (after a bullet or a bracketed point: "(iii) Về thủ tục nhập khẩu tàu LNG …: Giao Bộ Xây dựng …";
# a conclusion's answer to a request restates it whole first: "1. Về đề nghị các bộ, ngành quan tâm
# sớm rà soát … (300 characters) …: Ủy ban nhân dân thành phố Đà Nẵng cần tiếp tục rà soát …")
TOPIC_LABEL = regex.compile(r"^(?:[-+•]\s*|\((?:\d{1,2}|[ivx]{1,4})\)\s*)?(?:về|đối\s+với)\s[^:\n]{1,400}?:\s*(?=\p{Lu})", regex.IGNORECASE | regex.V0)
# A numbered item's topic up to its colon, its work after it (a capital, or a bracketed point):
# "2. Đẩy mạnh rà soát, xây dựng, hoàn thiện thể chế, cơ chế chính sách: Các bộ khẩn trương trình …".
ITEM_TOPIC_COLON = regex.compile(r"[^:\n]{3,300}?:\s*(?=\p{Lu}|\((?:\d{1,2}|[ivx]{1,4})\)\s*\p{Lu})", regex.V0)
# The line that opens a list of work items addressed by the issuer: "Ban Chỉ huy … đề nghị:",
# "UBND tỉnh yêu cầu các đơn vị thực hiện một số nội dung sau:", "Thường trực Tỉnh ủy kết luận
# như sau:", "… chỉ đạo như sau:", and a decision's "QUYẾT ĐỊNH:".  The items after it are
# operative: an agency that is their subject is given the work ("- Sở Y tế chỉ đạo …").
# A class of partners, then the members it means in brackets, each a capitalized name of a few
# words: "các nhà mạng (Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An)" (Nghệ An KH 987/2025);
# not a short form ("(sau đây gọi tắt là …)", "(VNPT)": one name), not counts or dates.
MEMBERS_NAMED_IN_BRACKETS = regex.compile(
    r"""các\s+[^\W\d][^()\n;:.]{0,60}?\s\(
        (?P<members>\p{Lu}[^()\d;:]{0,60}?(?:,\s*\p{Lu}[^()\d;:,]{0,40}){1,8})\)""",
    regex.VERBOSE | regex.V0,
)
BRACKET_MEMBER = regex.compile(r"\p{Lu}[^,()]*?(?=\s*(?:,|$))", regex.V0)
WORK_LIST_OPENING = regex.compile(
    r"""(?:(?<=\p{L}\s)   # after a word: the issuer speaks (not a title "Mục đích, yêu cầu:")
           (?:đề\s+nghị(?!\s+của)|yêu\s+cầu|giao|chỉ\s+đạo|kết\s+luận|phân\s+công
              # a leader's direction conveyed by the Government's office: "Phó Thủ tướng Trần
              # Hồng Hà có ý kiến như sau:" (Công văn 11583/VPCP-CN 2025)
              |có\s+ý\s+kiến(?=\s+như\s+sau))\b[^:\n]{0,200}
        # a purpose clause before the request: "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:"
        # (Thông báo 653/TB-VPCP 2025; "Mục đích, yêu cầu:" names a part, no request)
        |(?<=,\s)đề\s+nghị
        |^\**\s*QUYẾT\s+ĐỊNH\s*)
        :\s*\**$""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0,
)

# A modal right after a subject: the main clause has begun ("Căn cứ tình hình thực tế …, Cơ quan
# thường trực Ban Chỉ đạo | có thể đề xuất mời …", QĐ of the Prime Minister on Ban Chỉ đạo quốc
# gia về phát triển ngành công nghiệp bán dẫn 2025, crawl c258e5aa7ee387c3; "được làm việc với …").
# (a capitalized subject, no comma, then the modal)
MAIN_CLAUSE_WITH_MODAL = regex.compile(
    r"\p{Lu}[^,;:()\n]{2,80}?\s(?:có\s+thể|được(?!\s+giao)|không\s+được|cần|phải|sẽ)\s", regex.V0)
# A bracket that lists a group's members: "Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các
# Sở: Xây dựng, …)" (Quảng Ngãi QĐ 1627/2025): its colon belongs to the list.
MEMBERS_IN_BRACKETS = regex.compile(r"\(\s*(?:bao\s+)?gồm\b", regex.IGNORECASE | regex.V0)
# An opening clause before the subject of a sentence: "Căn cứ Kế hoạch này, các Sở … xây
# dựng …", "Trong phạm vi chức năng, nhiệm vụ, các cơ quan … chủ động …".  The subject is
# searched after one of its commas.
INTRO_CLAUSE = regex.compile(
    r"^(?:căn\s+cứ|trên\s+cơ\s+sở|theo\s+chức\s+năng|trong\s+phạm\s+vi|trong\s+quá\s+trình|(?:định\s+kỳ\s+)?h[ằà]ng\s+năm"
    # ("theo" opens a clause, not the verb "theo dõi": "đ) Theo dõi các cơ quan đảng, Văn phòng Chủ
    # tịch nước, … thực hiện Quy định này" names who is watched, Quy định 384-QĐ/TW 2025)
    r"|nhằm|để|thực\s+hiện|triển\s+khai|theo(?!\s+dõi)|chậm\s+nhất"
    # a conclusion's charge before its subjects: "Quán triệt sâu sắc ý kiến phát biểu chỉ đạo …;
    # căn cứ vào phương hướng …, Văn phòng Trung ương Đảng và các văn phòng tỉnh ủy, thành ủy cụ thể
    # hóa …" (Kết luận 07-KL/VPTW 2025)
    r"|quán\s+triệt"
    # the matter or the time a request is about: "Đối với 10 nhiệm vụ cần điều chỉnh thẩm quyền …,
    # yêu cầu các Bộ: …" (Công văn 174/CV-BCĐ 2025), "Trong quý I của năm liền kề đánh giá, Sở Nội
    # vụ chủ trì, phối hợp với …" (Cần Thơ QĐ 2579/2025)
    r"|đối\s+với|trong\s+(?:quý|tháng|tuần|năm)"
    # a time limit before the subject: "Trong thời hạn 60 ngày làm việc, Ban Chủ nhiệm Đoàn Luật
    # sư lâm thời có trách nhiệm tổ chức Đại hội …" (Lâm Đồng QĐ 2536/2025)
    r"|trong\s+thời\s+hạn"
    # the time ahead a conclusion speaks of: "Trong thời gian tới, Tỉnh tổ chức thực hiện nghiêm túc
    # nhiệm vụ …" (Thông báo 648/TB-VPCP 2025)
    r"|trong\s+thời\s+gian\s+tới"
    # the circumstances a duty arises in: "Trong điều kiện thời tiết nắng nóng, khô hanh kéo dài …,
    # chính quyền địa phương phải thông báo …" (Quảng Ninh QĐ 96/2025 Điều 10), "Trong trường hợp …"
    r"|trong\s+(?:điều\s+kiện|trường\s+hợp)"
    # a case and what is done in it, after its "thì" only (assignments._subject_after_intro)
    r"|trường\s+hợp"
    # a connective to what was said before (models/clause_connectives.txt): the next step of a
    # procedure, then who takes it ("… hoàn thiện Hồ sơ trúng tuyển … Sau đó, Sở Khoa học và Công nghệ
    # thành phố Cần Thơ và Sở Tài chính thành phố Cần Thơ thẩm định nội dung và kinh phí …", Cần Thơ QĐ
    # 09/2010 Điều 15.1); the consequence a letter draws, then its request ("… Vì vậy, đề nghị Ủy ban
    # nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ …", Bộ Nội vụ CV 11208/BNV-KHTC 2025,
    # tune15 L02)
    "|" + CLAUSE_CONNECTIVE +
    r")\b",
    regex.IGNORECASE | regex.V0,
)
# A sentence that opens with the date its work is due, perhaps after its ground: "Chậm nhất là
# ngày 01 tháng 2 năm 2026, Ủy ban bầu cử tỉnh … chuyển hồ sơ …", "Căn cứ vào kết quả hiệp
# thương lần thứ nhất, chậm nhất là ngày 15 tháng 12 năm 2025, Thường trực Hội đồng nhân dân
# tỉnh … tiến hành …".  A due date binds the subject that follows: it is given that work.
DUE_DATE_OPENING = regex.compile(
    r"^(?:[^,.;:\n]{3,160},\s+)?chậm\s+nhất\s+(?:là\s+)?(?:ngày|đến\s+ngày|trước\s+ngày)\s[^,.;:\n]{1,60},\s+(?=\p{Lu}|các\s)",
    regex.IGNORECASE | regex.V0,
)
# A heading that names whose duties follow: "Điều 7. Trách nhiệm của các Sở, ban, ngành cấp
# tỉnh", "Điều 14. Trách nhiệm các phòng, ban, đơn vị thuộc UBND cấp xã", "3. Nhiệm vụ của Sở
# Nội vụ".  The agency is what follows.
RESPONSIBILITY_TITLE = regex.compile(r"^(?:trách\s+nhiệm|nhiệm\s+vụ)(?:\s+(?:của|đối\s+với))?\s+(?=\p{Lu}|các\s|UBND)", regex.IGNORECASE | regex.V0)
# The first letters of RESPONSIBILITY_TITLE, DUTIES_OF_CLASS_TITLE ("trách nhiệm", "nhiệm vụ") and
# LEAD_OF_CONTENT_TITLE ("nội dung"), case-blind (no other character folds to "t" or "n" in `regex`).
RESPONSIBILITY_FIRST_LETTERS = frozenset("tTnN")
# A coordination rule's article that names the body leading its content: "Điều 6. Nội dung Công
# an tỉnh có trách nhiệm chủ trì", "Điều 13. Nội dung các cơ quan, đơn vị khác có trách nhiệm chủ
# trì" (Thái Nguyên QĐ 26/2025, Quy chế phối hợp), "Nội dung do Sở Nội vụ chủ trì": the body is
# what follows "Nội dung" and stands before its "chủ trì" (LEAD_OF_CONTENT_END), its items are its
# work.  (Not "Nội dung phối hợp chung": no body, no "chủ trì" at its end.)
LEAD_OF_CONTENT_TITLE = regex.compile(
    r"""^nội\s+dung\s+(?:công\s+việc\s+|nhiệm\s+vụ\s+)?(?:do\s+)?
        (?=(?-i:\p{Lu})|các\s|UBND)           # a body's name opens here
        (?=[^.;:\n]{3,160}?\s(?:có\s+trách\s+nhiệm\s+|được\s+giao\s+)?chủ\s+trì(?:\s+thực\s+hiện)?\s*[.:]?\s*$)""",
    regex.IGNORECASE | regex.V0 | regex.VERBOSE)
LEAD_OF_CONTENT_END = regex.compile(
    r"\s+(?:có\s+trách\s+nhiệm\s+|được\s+giao\s+)?chủ\s+trì(?:\s+thực\s+hiện)?\s*[.:]?\s*$", regex.IGNORECASE | regex.V0)
# The same title naming a class of bearers in lower case after "của": "Điều 30. Trách nhiệm của
# doanh nghiệp cung cấp dịch vụ Hệ thống thông tin …", "Điều 25. Trách nhiệm của cơ quan, đơn vị
# trên địa bàn tỉnh có hệ thống thông tin …" (not "Trách nhiệm thi hành", "Nhiệm vụ cụ thể").
# (the class's generic head may be capitalized as a title writes it, the rest in lower case:
# "Điều 17. Trách nhiệm của Cơ quan quản lý trực tiếp", Ninh Bình QĐ 165/2025; "Trách nhiệm của Cơ
# quan có chức năng quản lý đất đai cấp xã", gold M07 — not a name: "Cơ quan Kiểm lâm")
DUTIES_OF_CLASS_TITLE = regex.compile(
    r"^(?:trách\s+nhiệm|nhiệm\s+vụ)\s+của\s+(?!(?:năm|giai\s+đoạn|các\s+bên|mỗi|từng)\b)"
    r"(?=(?-i:\p{Ll})|(?-i:(?:Cơ\s+quan|Đơn\s+vị|Tổ\s+chức|Doanh\s+nghiệp)\s+\p{Ll}))",
    regex.IGNORECASE | regex.V0)
# A duty label that names who bears the duties after its colon, a post or a class written in
# lower case as running text names it: "- Trách nhiệm của giáo vụ: giám sát việc giảng dạy …",
# "- Trách nhiệm của chủ nhiệm lớp: là cầu nối …", "Nhiệm vụ của Tổ thư ký: …".
DUTY_LABEL = regex.compile(
    r"^(?:trách\s+nhiệm|nhiệm\s+vụ)\s+của\s+"
    r"(?!(?:năm|giai\s+đoạn|tháng|quý|kỳ|các\s+bên|mỗi|từng)\b|\d)"  # a period or "each party" names no one
    r"(?P<name>[^:;.()\n]{3,100}?)\s*:\s*(?=\S)",
    regex.IGNORECASE | regex.V0,
)
# Where an agency "bears responsibility": what precedes it is the whole (collective) name:
# "Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm …".
# (a modal may stand before it: "Các cơ quan xử lý | phải có trách nhiệm cử một lãnh đạo …", Bắc
# Ninh QĐ 78/2025; "… đều có trách nhiệm")
RESPONSIBILITY = regex.compile(r"\s(?:(?:phải|đều|cùng)\s+)?(?:có|chịu)\s+trách\s+nhiệm\b", regex.V0)
# A decision's execution clause is no assignment ("Chánh Văn phòng …, Giám đốc các Sở …
# chịu trách nhiệm thi hành Quyết định này", "… căn cứ Quyết định thi hành").  Not the purpose of
# a task given before it: "Các sở, ban, ngành cấp tỉnh … có trách nhiệm phổ biến, quán triệt … | để
# triển khai thực hiện Quyết định này" (Quảng Trị QĐ 36/2025 Điều 6.2, tune11 C034).
EXECUTION_CLAUSE = regex.compile(
    r"(?<!(?:để|nhằm)\s+)(?<!(?:để|nhằm)\s+tổ\s+chức\s+)"
    r"(?:chịu\s+trách\s+nhiệm\s+)?(?:thi\s+hành|triển\s+khai\s+thực\s+hiện)\s+(?:Quyết\s+định|Chỉ\s+thị|Quy\s+chế|Quy\s+định)\s+này"
    r"|Quyết\s+định\s+(?:này\s+)?(?:có\s+hiệu\s+lực|thi\s+hành)"
    r"|căn\s+cứ\s+Quyết\s+định\s+thi\s+hành"
    # a regulation's closing article whose whole work is to carry it out: "Các cơ quan, tổ chức từ
    # Trung ương đến cơ sở có trách nhiệm thực hiện Quy định này." (Ban Bí thư QĐ 383/2025, Điều 21)
    # — not a duty that names its own work first ("có trách nhiệm hướng dẫn … thực hiện Quy định này")
    r"|(?:có|chịu)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?thực\s+hiện\s+(?:Quyết\s+định|Chỉ\s+thị|Quy\s+chế|Quy\s+định)\s+này\s*(?:[.;]|$)",
    regex.IGNORECASE | regex.V0,
)
# The words one of which every match holds, lower-cased: the first alternative ends with "này",
# the others hold "Quyết".  (Case-blind ``regex`` matches these letters only to their upper and
# lower case, as ``str.lower`` folds them.)
_EXECUTION_CLAUSE_WORDS = ("này", "quyết")


def search_execution_clause(text: str):
    """``EXECUTION_CLAUSE.search(text)``, not tried on a text without its words (two-thirds of
    the lines the readers ask about: ``str.lower`` and ``in`` cost a fraction of a search)."""
    folded = text.lower()
    if not any(word in folded for word in _EXECUTION_CLAUSE_WORDS):
        return None
    return EXECUTION_CLAUSE.search(text)
# Articles of a regulation that say what it covers, not who does what: "Điều 1. Phạm vi điều
# chỉnh", "Điều 2. Đối tượng áp dụng" ("2. Các cơ quan, tổ chức và cá nhân có liên quan đến
# quản lý kinh doanh xăng dầu"), "Điều 3. Giải thích từ ngữ".
SCOPE_ARTICLE = regex.compile(
    r"(?:phạm\s+vi\s+(?:điều\s+chỉnh|áp\s+dụng)|đối\s+tượng\s+(?:áp\s+dụng|điều\s+chỉnh)|giải\s+thích\s+từ\s+ngữ)",
    regex.IGNORECASE | regex.V0,
)
# An article on how bodies work together, not on who does what: its items name the bodies the
# principles bind ("Điều 2. Nguyên tắc phối hợp / 1. Sở Dân tộc và Tôn giáo / Bảo đảm sự lãnh đạo …").
PRINCIPLES_ARTICLE = regex.compile(r"^\W*(?:nguyên\s+tắc|phương\s+thức|hình\s+thức)\b", regex.IGNORECASE | regex.V0)
# A lead's verb before the execution words: "Sở Tài chính chủ trì, phối hợp với … tổ chức
# triển khai thực hiện Quyết định này" gives work; "Chánh Văn phòng, Giám đốc các Sở …
# chịu trách nhiệm thi hành Quyết định này" does not.
LEAD_BEFORE_EXECUTION = regex.compile(r"\bchủ\s+trì\b", regex.IGNORECASE | regex.V0)
# A role in apposition after a name ("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", "Sở
# Nội vụ – cơ quan đầu mối"): the agency is the name before it.
ROLE_APPOSITIVE = regex.compile(
    r"\s+[-–]\s+(?:cơ\s+quan|đơn\s+vị)\s+(?:thường\s+trực|đầu\s+mối|chủ\s+trì|tham\s+mưu|giúp\s+việc)\b.*$",
    regex.IGNORECASE | regex.V0,
)
# A request just before its addressee ("Đề nghị Văn phòng Đảng ủy …").
REQUEST_BEFORE = regex.compile(r"(?i)đề\s+nghị\s*$", regex.V0)
# "&" joining two parts of a name ("HĐND&UBND", "Văn hóa & Thể thao"): written "và".
AMPERSAND_BETWEEN_NAMES = regex.compile(r"(?<=\p{L})\s*&\s*(?=\p{Lu})", regex.V0)
# A board known by its programme's number: "Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo 934" (Công
# văn 11554/VPCP-V.I and 6225/BVHTTDL-VP, 2025: without it the
# name stopped at the number and its sentence gave no one); not a year ("Ban Chỉ đạo 2025"), a date
# or a count ("06/2025", "35%").
BOARD_NUMBER = regex.compile(
    r"(?<=(?i:chỉ\s+đạo|công\s+tác))\s+(?!(?:19|20)\d\d(?!\d))\d{2,3}(?![\p{L}\d/.,%])(?:\s+(?i:quốc\s+gia)(?![\p{L}]))?",
    regex.V0)
# Partners that name no one ("các đơn vị có liên quan", "các Sở, ban, ngành được giao chủ
# trì", "các cơ quan, đơn vị chức năng"): not entries.
GENERIC_PARTNER = regex.compile(
    r"""^các\s+[^;:.()]{0,80}?(?:(?:có\s+)?liên\s+quan|được\s+giao|chức\s+năng|cùng\s+cấp)\b
      | ^các\s+(?:sở|ban|ngành|phòng|cơ\s+quan|đơn\s+vị|địa\s+phương)       # "các sở, ngành, địa phương"
         (?:\s*,?\s*(?:sở|ban|ngành|phòng|cơ\s+quan|đơn\s+vị|địa\s+phương|đoàn\s+thể))*\s*$""",
    regex.IGNORECASE | regex.VERBOSE | regex.V0,
)
# The province's departments named by their unit words only ("các sở, ban, ngành"), the
# localities with them ("các sở, ngành, địa phương"): generic alone ("phối hợp với các sở, ngành
# liên quan"), one of the partners when the list names bodies too, after them or before
# ("phối hợp với các sở, ban, ngành, Ủy ban MTTQ Việt Nam thành phố …", "… các Sở, ban, ngành và
# Ủy ban nhân dân cấp xã", "phối hợp chặt chẽ với Sở Khoa học và Công nghệ, các sở, ngành, địa
# phương": tune4 gold 06 VI.13, 10 VI.15; "… các Sở, ban, ngành, đơn vị và UBND cấp xã", 05 IV.2).
DEPARTMENTS_COLLECTIVE = regex.compile(
    # (the comma before "ngành" often left out: "các sở, ban ngành", Ninh Bình KH 193/2024)
    r"^các\s+(?:sở|ban|ngành)(?:\s*,\s*(?:sở|ban|ngành|đoàn\s+thể|địa\s+phương|đơn\s+vị)|\s+ngành)*\s*$", regex.IGNORECASE | regex.V0)
# Partners named by a kind of body only ("các cơ quan thông tin đại chúng", "các đơn vị cấp
# nước"): named collectives of units ("các Sở, ban, ngành của tỉnh", "các tổ chức chính trị
# - xã hội") are partners, these are not.
# A kind named by its level is a named collective ("phối hợp với các cơ quan Trung ương, Bộ Tài
# chính", "các đơn vị cấp tỉnh"), also after the words of its kind ("các cơ quan chuyên môn cấp
# xã": tune3 gold C023 Điều 10.3).  So is a kind that belongs to a named body or to the
# ministries ("các đơn vị thuộc Bộ Quốc phòng", "các cơ quan chuyên môn thuộc các bộ, ngành Trung
# ương": round-7 gold, Thái Nguyên QĐ 27/2025, Đồng Tháp KH 556/2025).  So is a kind the province
# owns: "các cơ quan thông tin truyền thông của tỉnh" (Thái Nguyên QĐ 27/2025 Điều 4.5, round-7 gold);
# "của" a ministry as "thuộc" it: "Phối hợp với các đơn vị của Bộ Nông nghiệp và Môi trường tăng cường
# …" (Hà Nội CV 6356/2025, tune13 N09 gold).
KIND_OF_BODY = regex.compile(
    r"^các\s+(?:cơ\s+quan|đơn\s+vị|địa\s+phương|doanh\s+nghiệp)\b(?!(?:\s+(?!cấp\b)\p{Ll}+){0,3}\s+(?:trung\s+ương|cấp\s+(?:tỉnh|huyện|xã))\b)"
    # (the press and media are a named class: "phối hợp với các cơ quan báo chí, truyền hình đăng tải
    # …", "… các cơ quan truyền thông, báo chí, UBND các phường, xã" (Hà Nội CV 6356/2025, tune13 N09),
    # "…, các cơ quan báo chí triển khai …" (Cần Thơ KH 153/2025, tune C002): gold partners)
    # (not "các cơ quan thông tin đại chúng", seed 003's gold, tests/test_assignments_shapes.py)
    r"(?!\s+(?:báo\s+chí|truyền\s+thông)\b)"
    r"(?!(?:\s+(?!của\b)\p{Ll}+){1,4}\s+của\s+(?:tỉnh|thành\s+phố)\b)"
    r"(?!(?:\s+(?!thuộc\b)(?!của\b)\p{Ll}+){0,2}\s+(?:(?:trực\s+)?thuộc|của)\s+(?-i:Bộ\s+\p{Lu}|các\s+bộ\b))",
    regex.IGNORECASE | regex.V0)
# Where a group names the body it belongs to: "các đơn vị | của | Bộ …", "… | thuộc | Bộ …".
OWNER_IN_GROUP = regex.compile(r"\s(?:(?:trực\s+)?thuộc|của)\s+(?=\p{Lu})", regex.V0)
# The localities as a class, named alone as partners ("phối hợp với các bộ, ngành liên quan và
# các địa phương"): a class of bodies, a support entry (heldout2 rule 7, tune3 gold C060) — not
# a kind of body nor a bare collective there; and as a sentence's subject, a lead entry ("Các địa
# phương rà soát, đánh giá lại …", tune9 gold V02; C050, R07 alike).
LOCALITIES_AS_PARTNERS = regex.compile(r"^các\s+địa\s+phương\s*$", regex.IGNORECASE | regex.V0)
# Businesses named by their kind ("các doanh nghiệp viễn thông") are addressees when work is
# given to them ("Các doanh nghiệp có cửa hàng bán lẻ xăng dầu phải …"), never partners.
BUSINESSES_BY_KIND = regex.compile(r"^các\s+(?:doanh\s+nghiệp|nhà\s+đầu\s+tư|chủ\s+rừng)\b", regex.IGNORECASE | regex.V0)
# A kind of business, research or credit body named by its trade is a named collective, a partner
# where a task names it: "các doanh nghiệp logistics" (reconciled tune4 gold 06), "các doanh nghiệp
# viễn thông" (tune2 gold C005), "các Viện nghiên cứu" (tune4 gold 06, 10), "các Ngân hàng thương
# mại" (tune2 gold C004); not one named by place or purpose ("các doanh nghiệp trên địa bàn tỉnh",
# "các nhà đầu tư").  The trades: models/business_sectors.txt.
# Units named by the same trades are such a kind too ("Chủ trì, phối hợp các đơn vị điện lực trên
# địa bàn tỉnh …", Nghệ An KH 987/2025, tune13 N04; "Chủ trì, phối hợp với các đơn vị cấp nước thuộc
# phạm vi quản lý …", Cần Thơ CT 09/2025, calibration C035: gold partners), but not the others of a
# kind ("… và các đơn vị điện lực khác", said in the article of the kind itself: Thái Nguyên QĐ
# 27/2025 Điều 6.5, no gold entry).
@functools.lru_cache(maxsize=None)
def businesses_by_trade() -> regex.Pattern:
    trades = phrase_alternation(vocab.business_sectors())
    return regex.compile(
        rf"^các\s+(?:doanh\s+nghiệp\s+(?:{trades})|đơn\s+vị\s+(?:{trades})(?![\p{{L}}])(?!\s+khác(?![\p{{L}}]))"
        r"|viện\s+nghiên\s+cứu|ngân\s+hàng\s+thương\s+mại|tổ\s+chức\s+tín\s+dụng)(?![\p{L}])",
        regex.IGNORECASE | regex.V0)


# The scope a group is named by, before its "quản lý" (no verb there): "các đơn vị cấp nước thuộc
# phạm vi | quản lý | xây dựng phương án …" (Cần Thơ CT 09/2025 5.b, calibration C035 gold: "Các đơn
# vị cấp nước thuộc phạm vi quản lý"), assignments._collective_end.
SCOPE_BEFORE_MANAGEMENT = regex.compile(r"(?:thuộc|trong)\s+phạm\s+vi$", regex.IGNORECASE | regex.V0)
# "quản lý nhà nước" naming a kind of body, no verb: "Thủ trưởng các cơ quan tham mưu, | quản lý nhà
# nước thuộc Bộ" (Bộ VHTTDL CV 6316/2025 item 1, tune14 R05), "các cơ quan quản lý nhà nước, tổ chức, cá
# nhân liên quan có trách nhiệm …" — the state's management "về" a field is the verb's object
# ("Các sở quản lý nhà nước về …"), assignments._collective_end.
STATE_MANAGEMENT_KIND = regex.compile(r"quản\s+lý\s+nhà\s+nước(?![\p{L}])(?!\s+về(?![\p{L}]))", regex.IGNORECASE | regex.V0)
# Where a kind named by its trade ends: a comma, or the first word of its part in the work (the
# verb lists leave "tham gia" out, a word of many names: "các cơ quan tham gia Ban Chỉ đạo").
TRADE_KIND_END = regex.compile(
    r"[,;.(]|\s+(?:tham\s+gia|phối\s+hợp|chủ\s+động|tích\s+cực|có\s+trách\s+nhiệm|thực\s+hiện|triển\s+khai)\b",
    regex.IGNORECASE | regex.V0)
# A name that points back at bodies named before ("các đơn vị nêu trên" after a letter's "Kính gửi"
# list, "các cơ quan nói trên"): their entries come from where they are named, this one names no one.
# (a kind of body only: "Các Sở Xây dựng nêu trên", a heading of a Công điện, names the Sở it was sent to)
# So does the plan's leads named by their part: "Các cơ quan, đơn vị được giao chủ trì có trách
# nhiệm hoàn thành nhiệm vụ …" (TP HCM KH 172/2025), "sở, ban, ngành được giao chủ trì có trách
# nhiệm phối hợp …", "Cơ quan, đơn vị được phân công phải gửi văn bản …" (Nghệ An QĐ 98/2025).
BACK_REFERENCE = regex.compile(
    r"^(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|địa\s+phương|sở|ban|ngành)(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|"
    r"địa\s+phương|sở|ban|ngành|cá\s+nhân))*\s+(?:(?:nêu|nói|kể)\s+(?:ở\s+)?trên|trên\s+đây"
    # (or "… được phân công nhiệm vụ" whole: "Các cơ quan, đơn vị được phân công nhiệm vụ có trách
    # nhiệm thực hiện nghiêm túc …", TP HCM QĐ 2820/2025, tune13 N06; not a class by its field, "…
    # được giao nhiệm vụ có liên quan đến trồng, chăm sóc … cây xanh", tune C045, which goes on)
    r"|được\s+(?:giao|phân\s+công)(?:\s+chủ\s+trì|\s+(?:thực\s+hiện\s+)?(?:các\s+)?nhiệm\s+vụ)?)$", regex.IGNORECASE | regex.V0)
# The same part said after a bare group of units whose name the reader ended before it: "Các đơn vị
# | được giao thực hiện các nhiệm vụ thuộc Kế hoạch lập dự toán kinh phí …" (Hà Nội KH 308/2025 II.4.1)
# names the plan's assignees by their part, as BACK_REFERENCE's "được giao" does — the part in this
# plan ("… thuộc Kế hoạch", "được giao chủ trì"), not a class by its field ("Các cơ quan, đơn vị, tổ
# chức, cá nhân | được giao nhiệm vụ có liên quan đến trồng, chăm sóc … cây xanh", tune gold C045).
ASSIGNED_PART_AFTER = regex.compile(
    r"\s+được\s+(?:giao|phân\s+công)(?:\s+chủ\s+trì(?![\p{L}])"
    r"|[^,.;:\n]{0,40}?\s(?:thuộc|tại|trong|theo)\s+(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án|Phụ\s+lục|Quyết\s+định)(?![\p{L}]))",
    regex.V0)
# The same qualifiers right after a collective's name ("các Sở, ban, ngành | được giao chủ trì").
GENERIC_TAIL = regex.compile(r"^\s*(?:địa\s+phương\s+)?(?:(?:có\s+)?liên\s+quan|được\s+giao|chức\s+năng|cùng\s+cấp)\b", regex.IGNORECASE | regex.V0)
# The same qualifiers anywhere in a name ("Các cơ quan, đơn vị có liên quan"): a generic group.
GENERIC_TAIL_ANYWHERE = regex.compile(r"\s(?:(?:có\s+)?liên\s+quan|được\s+giao|chức\s+năng|cùng\s+cấp)\b", regex.IGNORECASE | regex.V0)
# The Front named as a body at a level acts through its committee: "Mặt trận Tổ quốc Việt Nam tỉnh"
# given work is "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" where the document names that committee too
# (assignments.DocumentNames.front; named alone, the Front is written as printed: the reconciled
# tune4 06 and tune14 R03 gold).  Not the Front named with no level or place ("phối hợp với Mặt trận Tổ quốc Việt Nam", Công điện
# 234/CĐ-TTg 2025, tune14 R11; "Mặt trận Tổ quốc Việt Nam các cấp", tune V02): the Front itself, as
# printed (the gold of tune14 R11, tune11 C042, tune V02).
FRONT_WITHOUT_COMMITTEE = regex.compile(
    r"^(?=Mặt\s+trận\s+Tổ\s+quốc(?>(?:\s+Việt\s+Nam)?)\s+(?!các\s+cấp\b)\S)", regex.IGNORECASE | regex.V0)
# The kinds that name generic partners, "(các) cơ quan, đơn vị, địa phương (có) liên quan": they
# name no one.  One spelling for the three patterns below; each adds the kinds its place allows.
_GENERIC_KINDS = r"cơ\s+quan|đơn\s+vị|địa\s+phương"
_CONCERNED_END = r"\s+(?:có\s+)?liên\s+quan\s*$"
# A collective's "(có) liên quan" ending: only the concerned ones of its kind ("các sở, ngành liên quan").
CONCERNED_END = regex.compile(_CONCERNED_END, regex.IGNORECASE | regex.V0)
# The same words inside a sentence, closing the group before its verb (not before what the ones
# concerned concern: "liên quan đến / tới / trong …", nor before more members: "liên quan, …", "và").
CONCERNED_CLOSES_GROUP = regex.compile(
    r"\s(?:có\s+)?liên\s+quan(?=\s+(?!(?:đến|tới|trong|với|và|hoặc)\b)(?-i:\p{Ll}))", regex.IGNORECASE | regex.V0)
# A collective of such kinds as a name: its first kind ("các tổ chức" too) and the ones listed after
# it ("…, cá nhân"); BARE_COLLECTIVE, GENERIC_BODY_NAME and generic_subject are built from them.
_COLLECTIVE_KIND = rf"(?:{_GENERIC_KINDS}|tổ\s+chức)"
_COLLECTIVE_MEMBER = rf"(?:{_GENERIC_KINDS}|tổ\s+chức|cá\s+nhân)"
# Generic partners left on the end of a name: "Các sở, cơ quan trực thuộc Sở | và các cơ quan liên
# quan", "Ủy ban nhân dân các huyện, thành phố | và các đơn vị có liên quan": they name no one.
# (the ministries or departments as a class too, in a task table's partner cell: "- Bộ Xây dựng |
# và các bộ, ngành liên quan.", TTg QĐ 2530/2025 Phụ lục I, crawl 646f0a00d4174382)
_UNITS_AS_A_CLASS = r"ngành|bộ|sở"
GENERIC_PARTNERS_AFTER_NAME = regex.compile(
    rf"""(?<=\S)\s*(?:,\s*|\s+và\s+)các\s+(?:{_GENERIC_KINDS}|tổ\s+chức|{_UNITS_AS_A_CLASS})
        (?:\s*,\s*(?:{_GENERIC_KINDS}|tổ\s+chức|cá\s+nhân|{_UNITS_AS_A_CLASS}))*
        (?:{_CONCERNED_END}|\s*$)   # "liên quan" or not: "- Bộ Nông nghiệp và Môi trường | và các bộ, ngành." (same cell)""",
    regex.IGNORECASE | regex.VERBOSE | regex.V0,
)
# The same partners without "các" after a named body ("Sở Tài chính | và cơ quan, địa phương
# liên quan", "Bộ Quốc phòng | và cơ quan, địa phương liên quan": a task table's partner cell,
# Nghệ An KH 980/2025); only after a name, not inside a collective ("Các cơ quan và đơn vị liên
# quan" is one, read by GENERIC_PARTNER).
GENERIC_KINDS_AFTER_NAMED = regex.compile(
    rf"""(?<=\S)\s+và\s+(?:các\s+)?(?:{_GENERIC_KINDS}|tổ\s+chức)
        (?:\s*,\s*(?:{_GENERIC_KINDS}|tổ\s+chức|cá\s+nhân))*{_CONCERNED_END}""",
    regex.IGNORECASE | regex.VERBOSE | regex.V0,
)
# A task table's partner cell that is nothing but generic partners ("Các cơ quan, đơn vị liên
# quan"): a support entry of its own.  (Without "tổ chức" and "cá nhân", as it always read:
# adding them would change which cells count, a change to measure, not part of a refactor.)
GENERIC_PARTNER_CELL = regex.compile(
    rf"^(?:các\s+)?(?:{_GENERIC_KINDS})(?:\s*,\s*(?:{_GENERIC_KINDS}))*{_CONCERNED_END}",
    regex.IGNORECASE | regex.V0,
)
# A named head that a generic tail makes generic: "UBND địa phương có liên quan".
GENERIC_NAMED = regex.compile(r"\s*địa\s+phương\s+(?:có\s+)?liên\s+quan\b", regex.IGNORECASE | regex.V0)
# A condition between a subject and its duty ("Lực lượng phòng cháy, chữa cháy rừng | khi nhận
# được lệnh huy động phải kịp thời điều động …"): no name goes on past "khi" / "nếu".
# A duty that arises only on a summons gives no entry (round-4 reconciliation rule 2): "Lực lượng
# phòng cháy, chữa cháy rừng | khi nhận được lệnh huy động phải …", "Các cơ quan y tế, điện lực,
# cấp nước … | khi nhận được lệnh huy động …".
ON_SUMMONS = regex.compile(r"\s*,?\s*(?:ngay\s+)?khi\s+(?:nhận\s+được|có)\s+lệnh\b", regex.IGNORECASE | regex.V0)
CONDITION_CLAUSE = regex.compile(r"\s(?:khi|nếu|trường\s+hợp)\s", regex.V0)
# An adverbial between a collective subject and its responsibility phrase: "Các bộ phận
# chuyên môn | trong phạm vi, chức năng nhiệm vụ được giao có trách nhiệm …", "Các cơ sở đào tạo
# đại học | ở các lĩnh vực ngành, nghề mở thêm …" (the fields each works in).
# (also the work they do it in: "Trách nhiệm của các cơ quan, đơn vị | trong quản lý, sử dụng Hệ
# thống thư điện tử công vụ", Đồng Tháp QĐ 143/2025 Điều 15)
# (the words below are shared with COLLECTIVE_STOP and the basis patterns: one spelling each)
# "căn cứ": a basis ("Căn cứ Nghị định …") or an agency acting on its remit.
BASIS_WORDS = r"căn\s+cứ"
# A line that opens a basis, tone slips of a scan or a converter allowed ("Căn cư", "Căn cu").
OPENS_BASIS = regex.compile(r"(?i)căn\s+c[ứưu]\b")
# The means of a task, "bằng nhiều hình thức / các biện pháp": after "bằng" and its quantifier.
_MEANS_QUANTIFIER = r"(?:nhiều\s+|các\s+|mọi\s+)?"
_MEANS = r"hình\s+thức|phương\s+thức|biện\s+pháp"
# What a task is about, "(có liên quan) tới việc …".
_TOWARDS = r"(?:tới|đến)\s+"
SUBJECT_ADVERBIAL = regex.compile(
    r"\s(?:trong\s+(?:công\s+tác\s+|việc\s+)?(?:quản\s+lý|sử\s+dụng|khai\s+thác|vận\s+hành)\b|(?:ở|trong)\s+các\s+lĩnh\s+vực"
    # "Các bộ, ngành | trên cơ sở nhiệm vụ được giao tại các văn bản nêu trên, | hoàn thiện …"
    # (Thông báo 641/TB-VPCP 2025)
    # (the share each one is given, as its remit: "các Phó Thủ tướng | theo nhiệm vụ được phân công chỉ
    # đạo, đôn đốc …", Công điện 226/CĐ-TTg 2025, tune15 K04; by its fields: "Giao Phó Thủ tướng Lê Thành
    # Long và Phó Thủ tướng Hồ Đức Phớc | theo lĩnh vực được phân công chỉ đạo …")
    rf"|trong\s+phạm\s+vi|theo\s+chức\s+năng|theo\s+thẩm\s+quyền|theo\s+(?:nhiệm\s+vụ|lĩnh\s+vực|sự\s+phân\s+công)|{BASIS_WORDS}|trên\s+cơ\s+sở|mỗi\s+(?:lĩnh\s+vực|ngành,?\s+lĩnh\s+vực)"
    rf"|bằng\s+{_MEANS_QUANTIFIER}(?:{_MEANS})|{_TOWARDS}việc"
    # how often it does the work, before its verb: "Các bộ, ngành, địa phương | định kỳ hằng năm
    # gửi báo cáo …" (TTg QĐ 2629/2025, crawl 2edf5927c71bc4c1), "Ủy ban nhân dân cấp xã | định kỳ
    # hằng quý báo cáo …" (no part of the name)
    r"|định\s+kỳ|h[ằà]ng\s+(?:năm|quý|tháng|tuần|ngày))\b",
    regex.IGNORECASE | regex.V0)
# A class of bodies opening a sentence without "Các" and listed with others right after it
# (models/bare_class_subjects.txt): "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư | bảo
# đảm kinh phí …" (Hà Nội KH 310/2025), "Hội, hiệp hội xã hội nghề nghiệp | chủ động …" (Đồng Nai
# KH 179/2025).  The comma right after the class word is what makes it a subject: a list of
# classes, not a topic ("Doanh nghiệp được hỗ trợ …") nor a name ("Hội Nông dân", "Hội đồng …").
@functools.lru_cache(maxsize=None)
def bare_class_list() -> regex.Pattern:
    classes = phrase_alternation(vocab.bare_class_subjects())
    return regex.compile(rf"(?:{classes})\s*,\s*\p{{Ll}}", regex.IGNORECASE | regex.V0)


# Unit words listed as a sentence's subject, "Các" or not, then a relative clause saying which
# (read up to its responsibility by assignments._sentence_subjects): "thì cơ quan, tổ chức, đơn vị
# trực tiếp quản lý người ứng cử | có trách nhiệm xác minh …" (Lương Minh KH 2026); the reconciled
# gold writes such classes whole ("Cơ quan, tổ chức, đơn vị được phân bổ giới thiệu người ứng cử
# đại biểu Quốc hội", Quảng Ninh HD 2025).
UNIT_WORDS_SUBJECT = regex.compile(
    r"^(?:các\s+)?(?:cơ\s+quan|tổ\s+chức|đơn\s+vị)(?:\s*,\s*(?:cơ\s+quan|tổ\s+chức|đơn\s+vị|địa\s+phương))+\s+(?!và\b|cá\s+nhân)(?=\S)",
    regex.IGNORECASE | regex.V0)
# The words before the responsibility end on "và": they are the class's first predicate, not a
# clause saying which ("Các cơ quan, đơn vị tổ chức triển khai Kế hoạch này | và có trách nhiệm báo
# cáo …", "thủ trưởng cơ quan, đơn vị, địa phương trực tiếp chỉ đạo và chịu trách nhiệm …", Bắc
# Ninh KH 141/2025).
PREDICATE_BEFORE_DUTY = regex.compile(r"\svà\s*$", regex.V0)
# A group's scope after its name: "các sở, ban ngành trong tỉnh", "các cơ quan, đơn vị trong
# tỉnh" (read as part of the group by BARE_COLLECTIVE and COLLECTIVE_STOP alike).
_SCOPE_PLACE = r"(?:tỉnh|thành\s+phố|huyện)(?![\p{L}])"
GROUP_SCOPE = rf"trong\s+{_SCOPE_PLACE}"
# Two collectives in one list, each opened by its own "các": "Các quân khu, các tỉnh", "Các Bộ, ngành
# chức năng, các cơ quan báo chí Trung ương, địa phương, quân đội" (BCĐQG 1237 KH 252/2013, tune
# V02: two groups, not one; a group's own words share one "các": "Các sở, ban, ngành").  Not after
# a word that ties what follows to the first ("Các cơ quan báo chí của Trung ương, các tỉnh").
COLLECTIVE_AFTER_COLLECTIVE = regex.compile(r"(?<!\b(?:của|thuộc|tại|ở)\s[^,]{0,40}),\s*(?=các\s+\p{L})", regex.V0)
# The level that ends such a list is all of it's: "Các sở, ban, ngành, các cơ quan, đơn vị cấp tỉnh"
# (one group of the province's bodies), "… các cấp".
SHARED_LEVEL_END = regex.compile(r"\s(?:cấp\s+(?:tỉnh|huyện|xã|cơ\s+sở|trung\s+ương)|các\s+cấp)$", regex.IGNORECASE | regex.V0)
# A kind of body listed beside the departments' unit words: "các sở, ban, ngành, địa phương",
# "các sở, ngành, đoàn thể tỉnh", "các Sở, ngành, đơn vị" name more bodies than "các sở, ban,
# ngành" (every annotated round keeps them apart: C036, C060, V01).
KIND_BESIDE_DEPARTMENTS = regex.compile(rf",\s*(?P<kind>{_COLLECTIVE_MEMBER}|đoàn\s+thể)\b", regex.IGNORECASE | regex.V0)
# A collective of bare unit words ("các cơ quan, đơn vị", "các địa phương"): it names no
# one, as subject or as partner.
BARE_COLLECTIVE = regex.compile(
    # (its scope names no one either: "Các cơ quan, đơn vị trong tỉnh có trách nhiệm phối hợp chặt
    # chẽ với nhau …", seed 003)
    rf"^các\s+(?:{_COLLECTIVE_KIND}|cấp|ngành)(?:\s*,\s*{_COLLECTIVE_MEMBER})*(?:\s+{GROUP_SCOPE})?\s*$",
    regex.IGNORECASE | regex.V0,
)

# A post of the issuing body that a task part gives its share of the work, named by its own
# item: "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "6. Phó Chủ tịch phụ trách
# lĩnh vực Công tác Xã hội", "2. Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã" (a Front
# committee's, a task force's plan divides the work among its people, not among agencies).
STAFF_POST = regex.compile(
    r"""^(?:các\s+)?(?:phó\s+)?
        (?:chủ\s+tịch|giám\s+đốc|trưởng\s+(?:ban|phòng|thôn|khu)|chánh\s+văn\s+phòng|tổ\s+trưởng|tổ\s+phó
          |cán\s+bộ|chuyên\s+viên|công\s+chức|kế\s+toán|thành\s+viên|ủy\s+viên|uỷ\s+viên|bí\s+thư)
        (?![\p{L}])""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0,
)

# A post before the body it heads, in a task table's cell ("Lãnh đạo Sở Y tế", "Lãnh đạo / UBND
# xã Đức Trọng" wrapped over two printed lines): the post and its body are the responsible one.
POST_OF_BODY = regex.compile(
    r"^(?P<post>(?:phó\s+)?(?:lãnh\s+đạo|giám\s+đốc|thủ\s+trưởng|chủ\s+tịch|chánh\s+văn\s+phòng|trưởng\s+(?:ban|phòng)))"
    r"(?:\s*/\s*|\s+)(?=\p{Lu})",
    regex.IGNORECASE | regex.V0,
)

# The heads of the departments of a province, named post by post ("Giám đốc các sở, Thủ trưởng
# các ban, ngành, đoàn thể cấp tỉnh"; "Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành"): one
# collective of posts — the heads of the communes ("Chủ tịch UBND các xã") are another.  Their posts may
# come first, the group after the last ("Giám đốc, Thủ trưởng các sở, ban ngành", Cần Thơ CT 09/2025,
# calibration C035): DEPARTMENT_HEAD_POST alone before a comma is one of the collective's posts.
DEPARTMENT_HEAD_POST = regex.compile(r"(?:Giám\s+đốc|Thủ\s+trưởng|Người\s+đứng\s+đầu)", regex.V0)
HEADS_OF_DEPARTMENTS = regex.compile(
    rf"(?:{DEPARTMENT_HEAD_POST.pattern}\s*,\s*)*{DEPARTMENT_HEAD_POST.pattern}\s+(?:các\s+)?(?i:sở|ban|ngành|cơ\s+quan)(?![\p{{L}}])",
    regex.V0)

# A comrade's name or party rank before the post a task is given to ("Giao đồng chí Nguyễn Đức
# Mạnh – Phó Chủ tịch Ủy ban MTTQ Việt Nam xã thực hiện …", "Đồng chí Ủy viên Ban Thường vụ Đảng
# ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã lãnh đạo …"): the post is the entry, as printed.
_POST_AHEAD = r"(?=(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Trưởng|Bí\s+thư|Chánh)\b)"
PERSON_BEFORE_POST = regex.compile(
    rf"^(?:(?:\p{{Lu}}\p{{Ll}}*){{1,2}}\s+){{1,4}}(?:\p{{Lu}}\p{{Ll}}*){{1,2}}\s*[–-]\s*{_POST_AHEAD}"
    rf"|^[UỦ][yỷ]\s+viên\s[^,;:]{{0,80}},\s*{_POST_AHEAD}",
    regex.V0,
)

# "Các tổ chức, cá nhân": everyone, no addressee (a heading "Đề nghị các tổ chức, cá nhân phối
# hợp" names no one; "Các cơ quan, đơn vị" as a heading does name the units of the issuer).
EVERYONE = regex.compile(r"^các\s+tổ\s+chức\s*(?:,|và)\s*cá\s+nhân\s*$", regex.IGNORECASE | regex.V0)

# A letter's subject line under its number ("V/v khẩn trương hoàn thành …"): a Công văn
# that prints no type line.
SUBJECT_LINE = regex.compile(r"^(?:V/v|V/V|v/v|(?i:về\s+việc))\s*:?\s*(?P<subject>\S.*)$", regex.V0)
# The same subject opened by a bare "Về" ("Số: 5155/SGDĐT-GDTXNNĐH" / "Về hướng dẫn đánh giá,
# xếp loại …"): a subject only on the line right under the number line (a body line may open so).
SUBJECT_ABOUT_LINE = regex.compile(r"^(?i:về)\s+(?P<subject>\S.*)$", regex.V0)
# A letter that prints no type line and no subject but writes to its addressees ("Kính gửi:"
# near its top, a crawl that lost the header): a Công văn.
ADDRESSEES_LINE = regex.compile(r"^(?i:kính\s+gửi)\s*:", regex.V0)
# The same list in a Công điện: "BỘ XÂY DỰNG điện:", "THỦ TƯỚNG CHÍNH PHỦ điện:" (read by the
# assignments only: a letter's type is no concern of it).
ADDRESSEES_OR_TELEGRAM_LINE = regex.compile(r"^(?:(?i:kính\s+gửi)|\p{Lu}[\p{Lu}\s]{2,60}\s+điện)\s*:", regex.V0)

# The marks that open a signature line: "KT." (ký thay), "TM." (thay mặt), "TL." (thừa lệnh),
# "TUQ." (thừa ủy quyền), and the older slashed spellings "K/T", "T/M", "T/L" (no dot).  The one
# place these are spelled: SIGNING_AUTHORITY, COLUMN_SPLIT and normalize's signature joins use them.
AUTHORITY_MARKS = "KT|TM|TL|TUQ"
# "Q." (quyền) only with its dot: a bare "Q" before capitals is any letter.
AUTHORITY_MARKS_DOTTED = AUTHORITY_MARKS + "|Q"
AUTHORITY_MARKS_SLASHED = "K/T|T/M|T/L"
# The count of copies that closes the archive line "Lưu: …": "(3)", "(2b)", "(2.b)", "(02 bản)".  The
# one place it is spelled: metadata's recipient items and structure's flattened signature use it.
ARCHIVE_COPY_COUNT = r"\(\s*\d{1,3}\s*(?:\.?b|bản)?\s*\)"

# "KT. GIÁM ĐỐC", also without its dot ("KT GIÁM ĐỐC", then an upper-case title) and the
# older "K/T TRƯỞNG BAN".
SIGNING_AUTHORITY = regex.compile(
    # the dot may come out of OCR as a comma or colon before the capitals ("KT, GIÁM ĐỐC")
    rf"^(?:(?P<kind>{AUTHORITY_MARKS_DOTTED})\s*(?:\.|[,:](?=\s*\p{{Lu}}))\s*(?P<rest>\S.*)"
    rf"|(?P<kind2>{AUTHORITY_MARKS}|{AUTHORITY_MARKS_SLASHED})\s+(?P<rest2>\p{{Lu}}[\p{{Lu}}\s.,-]*))$",
    regex.V0,
)
# The letters SIGNING_AUTHORITY can open with (keep in step with it): line readers test the
# first character before running the pattern on every line.  A set, not a string: an empty
# line's first character is "", which a string holds.
SIGNING_AUTHORITY_FIRST = frozenset("KTQ")


# The mark a copy prints where the signature was: "(Đã ký)", "ĐÃ KÝ", "(Ký tên, đóng dấu)",
# "Đã ký và đóng dấu".  It sits between the authority and the title or the title and the name;
# it is neither part of a body's name nor a name.
SIGNED_MARK = regex.compile(
    r"""^[(\[]?\s*(?:đã\s+)?ký(?:\s+tên)?(?:\s*,?\s*(?:và\s+)?đóng\s+dấu)?\s*[)\]]?\.?$""",
    regex.V0 | regex.IGNORECASE,
)


def authority_parts(m: regex.Match) -> tuple[str, str]:
    """(kind, rest) of a SIGNING_AUTHORITY match, whichever form it took."""
    return (m.group("kind") or m.group("kind2")), (m.group("rest") or m.group("rest2"))


def format_authority(m: regex.Match) -> str:
    """The contract's form: "KT. GIÁM ĐỐC" (dot added when printed without); "K/T …" as printed."""
    kind, rest = authority_parts(m)
    rest = " ".join(rest.split())
    return f"{kind} {rest}" if "/" in kind else f"{kind}. {rest}"


# One printed line holding two columns of a recipients/signature block: left | right, or a
# recipient ending in ";" followed by an upper-case signature line or the signer's name
# ("- Bộ Văn hóa, Thể thao và Du lịch; KT. CHỦ TỊCH", "TN_VP6_30.KH Tống Quang Thìn").
# (what a line must hold for it to match, a bar, "-+•" or "N" first, a "_", is tested before it:
# structure._column_split; keep in step with it)
COLUMN_SPLIT = regex.compile(
    # (the right column's marks: the four dotted ones, without "Q." and "K/T", as it always read;
    # widening it would change what is split, a change to measure, not part of this refactor)
    rf"""^(?:(?P<left>[^|]*?)\s*\|(?:\s*\|)*\s*(?P<right>[^|]*?)\s*\|?\s*   # empty cells between: "- Bộ Công an; | |PHÓ CHỦ TỊCH"
        | (?P<left>(?:Nơi\s+nhận\s*:|[-+•][^\n]*?[;.])|[^\s]*_[^\s]*)\s+      # a recipient, or a drafter's code "TN_VP6_30.KH"
          (?P<right>(?:(?:{AUTHORITY_MARKS})\.\s*)?\p{{Lu}}[\p{{Lu}}\s.]{{2,60}}|\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+){{1,4}}))$""",
    regex.VERBOSE | regex.V0,
)

# (a crawl's bold or underline marks around the label: "__Nơi nhận: __", "**Nơi nhận:**")
# (the label's colon also after its marks: "__Nơi nhận__:", "*Nơi nhận*:")
RECIPIENTS_LABEL = regex.compile(r"^\s*[_*]*\s*Nơi\s+nhận\s*[_*]*\s*:?\s*[_*]*\s*(?P<rest>.*)$", regex.V0 | regex.IGNORECASE)
RECIPIENTS_LABEL_FIRST = frozenset("Nn_*")  # its first character after white space (keep in step with it)

# A branch is named by the body it belongs to: "Chi nhánh | Văn phòng đăng ký đất đai", "Chi
# nhánh | Ngân hàng Chính sách xã hội tỉnh" (its parent's name, lower-case words and all).
BRANCH_OF_BODY = regex.compile(r"(?:Chi|CHI)\s+(?:nhánh|NHÁNH)\s+(?=\p{Lu})", regex.V0)

# A board named by the zones it manages runs over all of them, "và" and all, the verb-like words of a
# zone's kind too ("Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên", gold C036): "Ban Quản lý Khu kinh
# tế Dung Quất và các Khu công nghiệp Quảng Ngãi" (Quảng Ngãi QĐ 1627/2025, gold C016), "Ban Quản
# lý các khu công nghệ cao và khu công nghiệp" (gold C005), "Ban Quản lý các Khu chế xuất và công
# nghiệp Thành phố" (gold M04): a "và" between two kinds of zone is inside the name, as one between
# two fields is in "Sở Khoa học và Công nghệ".  A zone's own name or place may follow it (at most
# three capitalized words, none a head that opens another body); a body after "và" ends it ("Ban
# Quản lý Khu Kinh tế tỉnh | và các đơn vị có liên quan", gold U01).
_ZONE_KIND = (r"(?i:(?:khu|cụm)\s+)?(?i:kinh\s+tế|công\s+nghiệp|chế\s+xuất|công\s+nghệ\s+cao"
              r"|nông\s+nghiệp\s+ứng\s+dụng\s+công\s+nghệ\s+cao)(?![\p{L}])")
_ZONE_PLACE = (r"(?:\s+(?i:tỉnh|thành\s+phố)(?![\p{L}]))?"
               r"(?:\s+(?!(?:Sở|Ủy|Uỷ|UBND|Bộ|Ban|Phòng|Văn|Cục|Chi|Hội|Đài|Báo|Công\s+an)(?![\p{L}]))\p{Lu}\p{Ll}*){0,3}")
BOARD_OF_ZONES = regex.compile(
    rf"""Ban\s+(?i:quản\s+lý)\s+(?:các\s+)?(?i:khu|cụm)\s+{_ZONE_KIND}{_ZONE_PLACE}   # the first zone ("khu"/"cụm" required)
         (?:\s*(?:,|và)\s+(?:các\s+)?{_ZONE_KIND}{_ZONE_PLACE})*                       # more kinds""",
    regex.V0 | regex.VERBOSE)

# (moved from agencies.py, review 0.9 #11: every pattern in one place)
# A collective of units after a labelled list's comma: "Chủ trì: Sở Nội vụ, | các cơ quan, đơn vị
# …" starts a name of its own (agencies._starts_new_name).
COLLECTIVE_START = regex.compile(r"các\s+(cơ\s+quan|đơn\s+vị|sở|tổ\s+chức|địa\s+phương)\b")
# A class of units after "và" and a named body in a heading ("Công an tỉnh và các địa phương",
# "Báo và Phát thanh, Truyền hình tỉnh và các cơ quan báo chí …"); not the groups a collective of
# posts goes on with after a comma ("Người đứng đầu các cơ quan chuyên môn, …, các đơn vị sự
# nghiệp công lập …", gold C038) nor organisations (ORGANISATIONS_START reads them).
UNITS_START = regex.compile(r"các\s+(?:cơ\s+quan|đơn\s+vị|sở|địa\s+phương)\b")
# Organisations of their own after "và" and a named body, in any list: "Hội Cựu chiến binh các cấp
# và | các tổ chức chính trị - xã hội tập trung tuyên truyền" (BCĐQG 1237 KH 252/2013, gold V02:
# two entries, as contract §3 lists named bodies) — the Front's member organisations too: "Ủy ban
# Mặt trận Tổ quốc Việt Nam tỉnh và | các tổ chức chính trị - xã hội tỉnh" is two entries in seven
# of the nine reconciled golds the name table holds (M03, R03, N05, C046, M06, 06, 10; C013 and
# C014 write it as one; tests/data/agency_names/examples.tsv).
ORGANISATIONS_START = regex.compile(r"các\s+(?:tổ\s+chức|đoàn\s+thể)\b")
# … but not the organisations under the body just named, "trực thuộc" pointing back to it with no
# parent of their own after it: "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội |
# trực thuộc" is one group (calibration gold C014), "các tổ chức trực thuộc Trung ương" is not this.
ORGANISATIONS_UNDER_IT = regex.compile(
    r"""các\s+(?:tổ\s+chức|đoàn\s+thể)[^,;:.]{0,40}?\s
        trực\s+thuộc(?!\s*\p{L})         # nothing named after it, on its line or the next""",
    regex.VERBOSE | regex.V0)
# A generic group of partners: "các cơ quan, tổ chức có liên quan", "các đơn vị liên quan".
CONCERNED_GROUP = regex.compile(r"các\s[^;:.]{0,40}?\s(?:có\s+)?liên\s+quan(?![\p{L}])", regex.V0)
DOUBLED_HEAD = regex.compile(r"^(\p{L}+)\s+\1(?=\s)")  # "Sở Sở Công thương", a typo
# Capitalized words after a name's "và" or dash that carry no name on (a portal, a web page, a
# system: "… và Cổng thông tin điện tử …" is a new thing, agencies.agency_extent).
NOT_A_NAME_WORD = regex.compile(r"(?:Cổng|Trang|Hệ thống)\b")
# A joint office's head word: "Văn phòng | HĐND - UBND" (agencies._joint_office_goes_on).
OFFICE_OF_A_BODY = regex.compile(r"\s*Văn\s+phòng\s+(?=\S)")
# The post at the head of the body named before a comma: "Ủy ban nhân dân cấp xã, | Chủ tịch Ủy
# ban nhân dân cấp xã" names two bearers (agencies._head_of_the_body_before).  The posts: the
# `post` rows of models/agency_heads.tsv, a deputy's "Phó" before any.
POST_OF_A_BODY = regex.compile(
    r"(?:Phó\s+)?(?:" + "|".join(r"\s+".join(map(regex.escape, p.split()))
                                 for p in sorted(vocab.agency_posts(), key=len, reverse=True)) + r")\s+", regex.V0)
# The letters a post of POST_OF_A_BODY opens with (its posts' first letters and the deputy's "P"): a
# cheap gate before the pattern is tried on every name read (agencies, assignments.agency_list).
POST_FIRST_LETTERS = frozenset(p[:1] for p in vocab.agency_posts()) | {"P"}
# A general clause of duty, no task of its own: the bearer's functions ("theo / căn cứ / trong
# phạm vi chức năng, nhiệm vụ …"), the document done strictly ("thực hiện nghiêm túc Quy chế này"), an
# accountability ("chịu trách nhiệm trực tiếp trước Chủ tịch …") — assignments.
# _heads_in_a_general_clause_dropped.
GENERAL_DUTY_CLAUSE = regex.compile(
    r"(?:theo|căn\s+cứ(?:\s+vào)?|trong\s+phạm\s+vi)\s+(?:các\s+)?chức\s+năng,?\s+nhiệm\s+vụ"
    # (the document done "nghiêm túc", the closing clause's word: not "lãnh đạo, chỉ đạo chung … việc tổ
    # chức thực hiện Kế hoạch này", a post's own work in a Front plan, gold C052 III.1)
    r"|thực\s+hiện\s+nghiêm\s+túc|nghiêm\s+túc\s+(?:triển\s+khai\s+)?thực\s+hiện"
    r"|chịu\s+trách\s+nhiệm\s+(?:trực\s+tiếp\s+)?trước(?![\p{L}])",
    regex.IGNORECASE | regex.V0)
# A board, council or team (folded, "các" dropped): its head's post is a share of its work.
BOARD_OR_TEAM = regex.compile(r"(?:ban|hội\s+đồng|tổ|tiểu\s+ban|đoàn)(?![\p{L}])", regex.V0)
# The same body of each party committee: "Ban tuyên giáo và dân vận tỉnh ủy | , thành ủy".
MORE_COMMITTEES = regex.compile(r"(?:\s*,\s*(?i:tỉnh|thành|huyện|quận|đảng)\s+(?i:ủy|uỷ)(?![\p{L}]))+")
# A party committee's two words kept whole for the word tagger ("Đảng ủy | Ủy ban nhân dân tỉnh",
# not "Đảng | ủy Ủy | ban …"), and its "ủy" that the tagger joined to the next word ("Đảng | ủy
# xã"), agencies.agency_extent.
COMMITTEE_WORD_JOINED = regex.compile(r"((?i:ủy|uỷ))\s+(?=\S)")
COMMITTEE_WORD = regex.compile(r"(?<![\p{L}])((?:Đảng|Tỉnh|Thành|Huyện|Quận))\s((?i:ủy|uỷ))(?![\p{L}])")

# ------------------------------------------------------------------- assignments
# Forces named after one "lực lượng": "Lực lượng Kiểm lâm, Công an, Quân đội, chính quyền địa
# phương và chủ rừng thường xuyên kiểm tra …" (Hải Phòng QĐ 213/2025), "Phối hợp với lực lượng quân
# đội, công an hỗ trợ vận chuyển nước …" (Đắk Lắk KH 0130/2025): each is a "Lực lượng …" of its own
# (reconciled tune5 gold); not a body of a place ("…, Công an tỉnh" is a name of its own), nor the
# militia, a whole name ("lực lượng công an, dân quân tự vệ" → "Dân quân tự vệ", round-4 gold).
# The forces are models/name_complements.txt's rows marked "force".
_FORCE_HEAD = r"[Ll]ực\s+lượng"
_FORCE_NAME = "(?i:" + phrase_alternation(vocab.forces()) + ")"
_FORCE_END = r"(?![\p{L}])(?!\s+(?:tỉnh|thành\s+phố|huyện|quận|xã|phường|đặc\s+khu|\p{Lu}))"
_BETWEEN_FORCES = r"\s*,\s*|\s+và\s+"
# (the head that opens a name whose forces assignments.agency_list reads on; the same head
# FORCES_OF_ONE_HEAD then shares out, so that a name read on is always read apart)
FORCE_HEAD = regex.compile(rf"{_FORCE_HEAD}\s", regex.V0)
FORCE_AFTER_FORCE = regex.compile(rf"(?:{_BETWEEN_FORCES}){_FORCE_NAME}{_FORCE_END}", regex.V0)
FORCES_OF_ONE_HEAD = regex.compile(
    rf"^(?P<head>{_FORCE_HEAD})\s+(?P<forces>{_FORCE_NAME}(?:(?:{_BETWEEN_FORCES}){_FORCE_NAME})+)$", regex.V0)
FORCES_APART = regex.compile(_BETWEEN_FORCES, regex.V0)
# (its label ends with ":": assignments._labelled looks for it in lines holding one only)
# Its item mark, and a label-alone line's: a bullet, an item's number "4." or "4)" (Ninh Bình QĐ
# 807/2024 writes "4. Cơ quan phối hợp: …", Word's list "4)"), or its letter "a)" or "a." (Ban Chỉ
# đạo quốc gia 1237 KH 252/2013 "a) Cơ quan chủ trì: …"; a typist's "a. Cơ quan chủ trì"): the
# marks of ``ARABIC_ITEM_NUMBER``/``LETTER_ITEM_MARK`` one level deep, a letter's dot before a space.
_LABEL_ITEM_MARK = rf"(?:{BULLET_ITEM_MARK}\s*|\d{{1,2}}[.)]\s+|{ITEM_LETTER}(?:\)|\.(?=\s))\s*)"
LABELLED_AGENCY = regex.compile(
    r"""^""" + _LABEL_ITEM_MARK + r"""?   # a bullet, an item's number or letter (above): "4. Cơ quan phối hợp: …",
                                         # "a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính." (lettered labels as
                                         # tune's "b) Cơ quan thực hiện:", Hà Nội KH 308/2025)
        (?P<label>(?:Cơ\s+quan|Đơn\s+vị)\s+(?:chủ\s+trì|thực\s+hiện|phối\s+hợp|thực\s+hiện\s+chính)
          |Chủ\s+trì|Phối\s+hợp|Thực\s+hiện
          # the bodies of a planning procedure: "Cơ quan tổ chức lập: Ủy ban nhân dân thành phố Tam
          # Điệp", "Cơ quan thẩm định: Sở Xây dựng", "Cơ quan phê duyệt: Ủy ban nhân dân tỉnh" (Ninh
          # Bình QĐ 807/2024); "Cấp phê duyệt: Thủ tướng Chính phủ", "Cơ quan chủ trì thẩm định và
          # trình duyệt: Bộ …", "Cơ quan tổ chức lập quy hoạch: Ủy ban nhân dân tỉnh Phú Thọ" (QĐ
          # 2531/QĐ-TTg 2025)
          |(?:Cơ\s+quan|Cấp)\s+(?:chủ\s+trì\s+)?(?:tổ\s+chức\s+lập|thẩm\s+định|phê\s+duyệt)
           (?:\s+(?:và\s+)?(?:trình\s+duyệt|trình|quy\s+hoạch|chương\s+trình|đề\s+án|nhiệm\s+vụ))*)
        (?:\s+tham\s+mưu)?        # "Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp." (Bắc Ninh KH 141/2025)
        \s*(?:thực\s+hiện)?\s*:\s*(?P<list>\S.*)$""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0,
)
# The same label alone on its line, its list on the item lines below it ("a) Cơ quan chủ trì / - Ban
# Chỉ đạo quốc gia. / - Bộ Quốc phòng; Bộ Lao động - Thương binh và Xã hội.", "2. Chủ trì thực hiện /
# - …", "b) Cơ quan phối hợp / Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp; …", Ban Chỉ
# đạo quốc gia 1237 KH 252/2013, nine task blocks; as tune's "b) Cơ quan thực hiện:" over its "- Đơn
# vị chủ trì: …" lines, Hà Nội KH 308/2025).  A label that joins two ("2. Cơ quan chủ trì, phối hợp")
# only heads the two below it.
LABEL_ALONE = regex.compile(
    r"""^[\s*_]*""" + _LABEL_ITEM_MARK + r"""?[*_]*
        (?P<label>(?:Cơ\s+quan|Đơn\s+vị)\s+(?:chủ\s+trì|thực\s+hiện|phối\s+hợp)|Chủ\s+trì)
        (?:\s+thực\s+hiện)?[\s*_]*:?[\s*_]*$""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0,
)
# The words one of those labels holds, lower-cased: a short line without one needs no match.
LABEL_ALONE_WORDS = ("chủ trì", "phối hợp", "thực hiện")
# An item of such a list: a bullet, then a name (its end mark dropped).
LABEL_LIST_ITEM = regex.compile(r"^\s*(?P<bullet>[-+•]\s*)?(?P<item>\S.*?)[\s.;,]*$", regex.V0)
# A collective such an item may name ("Các Bộ, ngành liên quan", "Các đơn vị, địa phương", "Các
# Đội chuyên trách của quân đội").
LABEL_ITEM_COLLECTIVE = regex.compile(r"^(?:các|tất\s+cả)\s+\p{L}", regex.IGNORECASE | regex.V0)
# The participants of a meeting the document describes ("- Thành phần mời dự:", "- Thành phần:
# Toàn thể cán bộ …"): a bare "Chủ trì:" beside them names who chairs the meeting, not a body
# given work ("+ Chủ trì: Đồng chí Hoàng Quốc Khánh - Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh …",
# real scan P02, Kế hoạch 07-KH/BTC Sơn La 2023; "- Chủ trì: Người đứng đầu cơ quan.", tune C068).
MEETING_PARTICIPANTS = regex.compile(
    r"^[-+•*\s]*Thành\s+phần(?:\s+(?:mời\s+)?(?:dự|tham\s+dự|tham\s+gia|mời|hội\s+nghị|cuộc\s+họp))?\s*:",
    regex.IGNORECASE | regex.V0)
MEETING_REACH = 3  # content lines either side of the chair's line where the participants stand

# The parts that give work; in a coordination regulation (Quy chế phối hợp) each article on
# a field of coordination ("Điều 5. Phối hợp trong tham mưu …", "Điều 12. Phối hợp trong hoạt
# động phòng cháy …") lists its agencies' duties as numbered items — its title opens with
# "Phối hợp" ("Nguyên tắc phối hợp", "Hình thức phối hợp" name no one's duties).
# A speck a scan read before a document title's first word, as a dash or a point ("- Tuyên
# truyền cải cách hành chính năm 2023"), or as a lone circumflex ("ˆ Kiểm tra công tác …", a
# heavy scan of the layout fixture L02): a title never opens with one.
TITLE_LEADING_SPECK = regex.compile(r"^[-–_.,'`~ˆ^]+[ ]+")
TASK_SECTION_TITLE = regex.compile(
    r"tổ\s+chức\s+thực\s+hiện|nhiệm\s+vụ|phân\s+công|trách\s+nhiệm|^[\W_]*phối\s+hợp\s+(?!với\b)"
    # the activities a plan deploys, item by item ("IV. NỘI DUNG HOẠT ĐỘNG TRIỂN KHAI": "- Trung
    # tâm Kiểm soát bệnh tật tỉnh chủ trì …", "- Các Trung tâm y tế giám sát tuyến xã …")
    r"|nội\s+dung\s+(?:các\s+)?hoạt\s+động"
    # the work a plan lists item by item ("II. NỘI DUNG CÔNG TÁC / 1. Các sở, ban, ngành trực
    # thuộc UBND tỉnh; UBND các huyện, thành phố tiếp tục tổ chức tuyên truyền …", Sơn La QĐ
    # 254/QĐ-UBND 2023, Kế hoạch bảo vệ bí mật nhà nước)
    r"|^[\W_]*nội\s+dung\s+công\s+tác\s*$",
    regex.IGNORECASE | regex.V0,
)

# A part that tells why or what was done, not who does what: its items that name a body are no
# assignments ("I. MỤC ĐÍCH, YÊU CẦU", "I. KẾT QUẢ THỰC HIỆN / 1. Sở Y tế / Đã tổ chức …", "I.
# TÌNH HÌNH …", "PHỤ LỤC / DANH SÁCH CÁC ĐƠN VỊ …"): assignments._part_item_names_its_body.
BACKGROUND_PART_TITLE = regex.compile(
    r"mục\s+(?:đích|tiêu)|yêu\s+cầu|căn\s+cứ|kết\s+quả|tình\s+hình|thực\s+trạng|đánh\s+giá|bối\s+cảnh"
    r"|sự\s+cần\s+thiết|đặc\s+điểm|danh\s+sách|kinh\s+phí|thành\s+phần",
    regex.IGNORECASE | regex.V0,
)

# A roster's title that lists work, not names: "DANH SÁCH NHIỆM VỤ …", "… PHÂN CÔNG …"
# (assignments._in_roster reads no roster there).
TASK_ROSTER_TITLE = regex.compile(r"NHIỆM\s+VỤ|PHÂN\s+CÔNG|GIAO\s+|TRÁCH\s+NHIỆM|CÔNG\s+VIỆC", regex.V0)

# A subject only answerable if it fails: "chịu trách nhiệm (toàn diện) (trước …) nếu để …" with no
# work of its own before "nếu" (not "chịu trách nhiệm toàn diện trong việc quản lý …"):
# assignments._sentence_subjects.  Or answerable to a superior, and nothing more up to the
# sentence's end: "Các Bộ trưởng, Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm toàn diện trước
# Chính phủ, Thủ tướng Chính phủ về kết quả, hiệu quả công tác phòng, chống bão, lũ …" (Công điện
# 231/CĐ-TTg 2025, tune15 K01; the gold of "Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm toàn
# diện trước Thủ tướng Chính phủ về tính trung thực, …", Công điện 234/CĐ-TTg 2025, tune14 R11, has no
# entry for that subject either).  Only up to the sentence's end: a clause after ";" may give work
# of its own, and keeps the subject (R11's "…; đồng thời sử dụng các nguồn lực hiệu quả …" too).
ACCOUNTABLE_ONLY = regex.compile(
    r"^\s*(?:phải\s+)?(?:tự\s+)?chịu\s+trách\s+nhiệm(?:\s+(?:toàn\s+diện|trực\s+tiếp))?"
    r"(?:(?:\s+trước\s+[^;:.,\n]{1,80}?)?\s+nếu\s+(?:để|không)(?![\p{L}])"
    # (not when the sentence says what work it answers for: "… chịu trách nhiệm trước Chủ tịch Ủy ban
    # nhân dân tỉnh trong việc tổ chức sơ tán người dân …", "… trước Thủ tướng Chính phủ về việc hướng
    # dẫn các địa phương …, báo cáo kết quả trước ngày 15/12/2025" give that work; "về việc chậm trễ
    # …" or "để xảy ra …" is still what it answers for failing, K02)
    # (nor past ", đồng thời", which opens the next task: "… về kết quả phòng, chống dịch trên địa bàn,
    # đồng thời chỉ đạo các lực lượng chức năng kiểm tra …")
    r"|\s+trước(?![\p{L}])(?:(?!(?:về|trong)\s+việc\s+(?!chậm|để\s)\p{L}|,\s*đồng\s+thời(?![\p{L}]))[^;:.\n])*(?:\.|$))",
    regex.IGNORECASE | regex.V0,
)

# An item that is the province's departments named by their unit words, with a qualifier at
# most: "5. Sở, ban, ngành liên quan", "3. Các sở, ngành" (not a topic that names sectors: "5. Các
# ngành, lĩnh vực khác", Bắc Ninh KH 144/2025): assignments._names_bodies_alone.
DEPARTMENTS_GROUP_TITLE = regex.compile(
    r"^(?:các\s+)?sở\s*,\s*(?:ban\s*,?\s*)?ngành(?:\s+(?:có\s+)?liên\s+quan|\s+(?:tỉnh|thành\s+phố))?$",
    regex.IGNORECASE | regex.V0,
)

# (moved from assignments.py, review 0.9 #11: every pattern in one place)
# Where a task's first sentence ends (assignments.first_sentence): a full stop before a capital,
# a line's closing ";" or ":", a line break.  Not the dot of the item mark the task opens with
# ("a. Thực hiện …", "2. Tổ chức …" as "a) Thực hiện …": a Word list writes either).
TASK_SENTENCE_END = regex.compile(
    rf"(?<=[^\s.])(?<!^(?:{ITEM_LETTER}|{ARABIC_ITEM_NUMBER}))\.(?=\s+\p{{Lu}})|[;:]\s*$|\n", regex.V0)
# Words that open a sentence-case topic, not a unit's name ("Tuyên truyền …", "Nội dung …",
# "Giao …"): a short capitalized line opening with one names no unit (assignments._name_like).
# ("Giúp", "Thay mặt": a body's part for a post it serves, "1. Giúp Thủ tướng Chính phủ:", Ban Chỉ đạo
# Nhà nước về Du lịch QĐ 170/2025 Điều 4.1, tune11 C026)
VERB_START = regex.compile(
    r"(?i)^(tuyên truyền|xây dựng|tổ chức|thực hiện|triển khai|tăng cường|đẩy mạnh|nâng cao|chủ động|giúp|thay mặt|"
    r"phối hợp|theo dõi|hướng dẫn|kiểm tra|báo cáo|đăng tải|cập nhật|nội dung|hình thức|mục đích|yêu cầu|"
    r"kinh phí|đối tượng|thời gian|địa điểm|thành phần|phương|giải pháp|nhiệm vụ|đề nghị|trên đây|căn cứ|"
    r"trong|đối với|về|mở|duy trì|phát|biên soạn|lồng ghép|cung cấp|tham mưu|chỉ đạo|giao)\b"
)


# The predicates of models/task_predicates.tsv as one alternation, in lower case only, each with
# the words that must follow it and those that must not, when the table names them (read into
# ACTION_START below).
_TASK_PREDICATES = "(?-i:" + "|".join(
    phrase_alternation([p]) + (r"\s+(?=(?:" + phrase_alternation(after) + r")(?![\p{L}]))" if after else "")
    + (r"(?!\s+(?:" + phrase_alternation(never) + r")(?![\p{L}]))" if never else "")
    for p, after, never in vocab.task_predicates()) + ")"
# What follows an agency that is the subject of its own task ("Sở Nội vụ theo dõi, …").
# After "lĩnh vực" a verb-like word names the field ("các doanh nghiệp hoạt động trong lĩnh vực
# xây dựng, giao thông …"), it gives no work.
ACTION_START = regex.compile(
    r"(?i)(?<!lĩnh vực )(?:theo dõi|tiếp tục|chủ trì|chủ động|tích cực|phối hợp|có trách nhiệm|chịu trách nhiệm|thực hiện|"
    # "tổ chức" before a kind of organisation, or closing a group of bodies, is a noun ("các
    # cấp ủy, tổ chức đảng", "các cơ quan, đơn vị, tổ chức có liên quan", "tổ chức trực thuộc")
    # (nor after "là": "Các chủ rừng là tổ chức (các Ban quản lý rừng …)" names a kind of owner)
    r"triển khai|(?<!là )tổ chức(?! đảng| chính trị| đoàn thể| xã hội| thành viên|,| và cá nhân| cá nhân"
    r"| có liên quan| liên quan| thuộc| trực thuộc| tôn giáo| đơn vị| doanh nghiệp| kinh tế"
    # "xây dựng" after the field it qualifies is a word of a unit's name ("Cục Kết cấu hạ tầng xây
    # dựng", "Cục Kinh tế - Quản lý đầu tư xây dựng", "Ban Quản lý dự án đầu tư xây dựng …")
    r"| và (?:cơ sở|đơn vị|doanh nghiệp))|(?<!hạ tầng )(?<!đầu tư )(?<!công trình )(?<!vật liệu )xây dựng|hướng dẫn|(?<!cơ quan )tham mưu|(?<!Hội đồng )(?<!Tổ )xác định|kiểm tra|đôn đốc|tăng cường|đẩy mạnh|căn cứ|"
    r"bố trí|cập nhật|đăng tải|duy trì|nghiên cứu|rà soát|báo cáo|là cơ quan|được giao|trong phạm vi|"
    r"kiện toàn|nâng cao|quán triệt|khẩn trương|quyết liệt|phát huy|thường xuyên|bảo đảm|đảm bảo|ưu tiên|tập trung|"
    # a provider or a leadership is a noun ("các tổ chức cung cấp dịch vụ chi trả", "nhà cung
    # cấp", "tập thể lãnh đạo cơ quan, đơn vị")
    # ("quản lý ngành, lĩnh vực" names the bodies by their field: "Các Sở quản lý ngành, lĩnh vực có trách nhiệm …")
    r"(?<!tập thể )lãnh đạo|chỉ đạo|quản lý(?! ngành)|vận hành|(?<!nhà )(?!(?<=(?:tổ chức|đơn vị|doanh nghiệp) )cung cấp dịch vụ)cung cấp|tuyên truyền|phổ biến|đề xuất|thẩm định|giám sát|xem xét|"
    # "hỗ trợ" in lower case only: "Hội Phụ nữ hỗ trợ người dân …", not "Trung tâm Hỗ trợ …"
    r"(?-i:hỗ trợ)|"
    # "quyết định" before the act it decides is a verb ("Ủy ban nhân dân phường, xã, đặc khu | quyết
    # định thành lập đoàn kiểm tra", Sở GD&ĐT TP HCM CV 5155/2025)
    r"(?-i:quyết định) (?=thành lập|phê duyệt|công nhận|phân bổ|cho phép|khen thưởng|đánh giá)|"
    # ("trả lời để … biết" closes an answer: "Cục Thuế trả lời để Công ty … biết./.", "Cục Hải
    # quan trả lời để Công ty biết./." — the issuer informs, no one is given work; Công văn
    # 5537/CT-CS, 5615/CT-CS, 39712/CHQ-GSQL, 40088/CHQ-GSQL, 39209/CHQ-GSQL 2025; as much its other
    # wordings: "Thuế tỉnh Tây Ninh trả lời cho Công ty được biết và thực hiện …./." (3257/TNI-QLDN1
    # 2025, crawl 2249fe89ed46eae5), "… Thuế tỉnh Vĩnh Long trả lời theo nguyên tắc sau:" (crawl
    # de1ea1a30ca1e0bc); "trả lời kiến nghị của cử tri", "trả lời cho các cơ quan" stay work)
    r"thúc đẩy|kịp thời|phát hiện|xử lý|cụ thể hóa|định hướng|giải quyết"
    r"|trả lời(?!\s+(?:để|cho(?=\s+(?-i:Công\s+ty|Quý|Doanh\s+nghiệp|Ông|Bà)\b))(?![\p{L}]))(?!\s+(?:theo\s+nguyên\s+tắc|như\s+sau))|tiếp nhận|"
    # (a prohibition is a duty as "phải" is: "Các cơ quan, tổ chức, cá nhân được cấp tài khoản | không
    # được chia sẻ hoặc tiết lộ tài khoản …", Hải Phòng QĐ 2025, crawl d71b3a48efad6d2c — the name
    # ran on into the modal)
    r"chuẩn bị|phân loại|ra quyết định|thẩm tra|tổng hợp|có ý kiến|sẵn sàng|cần|phải|không được |quan tâm|nghiêm túc|"
    r"chấp hành|tiên phong|dẫn dắt|đi đầu|mở (?=thêm|rộng)|"
    # in lower case only, words of names too when capitalized ("Ban Vận động …", "Cục Kiểm soát …"):
    # "Hội Nông dân tỉnh | vận động hội viên …", "Kho bạc Nhà nước khu vực XII | kiểm soát chi …",
    # "Ngân hàng Chính sách xã hội | giải ngân …", "Báo Lào Cai | mở chuyên mục …"
    # ("Bộ Xây dựng | làm việc với Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội …",
    # Công văn 11583/VPCP-CN 2025; "giao Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam | làm việc
    # cụ thể với công ty TNHH …", Thông báo 634/TB-VPCP 2025)
    # ("Phối hợp với các cơ quan giúp việc của Tỉnh ủy | làm tốt công tác theo dõi, đôn đốc …",
    # Sơn La CT 29/CT-TU 2023, a real scan: the partner ran on into "làm tốt công tác")
    r"(?-i:vận động|kiểm soát|giải ngân|phát động|lồng ghép|triệu tập|phân công|trao đổi (?=với)|làm việc (?=(?:cụ thể |trực tiếp )?với)|"
    r"làm tốt (?=công tác|việc|nhiệm vụ|vai trò|chức năng)|"
    # ("Ủy ban nhân dân các tỉnh: Ninh Bình, … | đẩy nhanh các thủ tục …", Công văn 11654/VPCP-CN 2025)
    # ("(1) Thanh tra Chính phủ | ban hành trước ngày 25 tháng 11 năm 2025", Thông báo 624/TB-VPCP 2025)
    r"huy động|phê duyệt|tuyển dụng|cho phép|đẩy nhanh|ban hành|"
    # the common predicates of a plan's tasks (lower case only: none of them opens a name then)
    # (not those that name a kind of body or a board too: "cơ sở đào tạo", "cơ quan đăng ký đầu tư",
    # "tổ chức cung cấp dịch vụ chi trả", "đơn vị được phân bổ", "Đoàn khảo sát", "Hội đồng nghiệm
    # thu", "Tổ tuần tra", "Ban Chỉ huy ứng phó sự cố")
    r"hoàn thiện|hoàn thành|công bố|công khai|sắp xếp|bồi dưỡng|tập huấn|sơ kết|tổng kết|"
    r"thu hồi|xúc tiến|quảng bá|tích hợp|kết nối|chia sẻ|số hóa|nâng cấp|mua sắm|"
    r"cân đối|áp dụng|nhân rộng|biểu dương|niêm yết|khắc phục|ngăn chặn|"
    r"di dời|sơ tán|điều tra|lấy ý kiến|tham dự|có kế hoạch|gửi (?=báo cáo|văn bản|về|kết quả|hồ sơ|danh sách)|"
    r"đưa (?=nội dung|tin|các nội dung|vào)|trình (?=Ủy ban|UBND|Chủ tịch|cấp có thẩm quyền|Hội đồng|HĐND)|mở (?=chuyên mục|chuyên trang|lớp|tài khoản|các lớp|đợt|cao điểm))|"
    # a body's own means: "Các đơn vị sự nghiệp công lập … | tự bảo đảm kinh phí"
    # (and its own check: "Các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố
    # | tự kiểm tra, đánh giá việc thực hiện …", TP HCM CV 10283/2025)
    r"tự (?=bảo đảm|đảm bảo|chịu|cân đối|bố trí|tổ chức|thực hiện|xây dựng|kiểm tra|rà soát|đánh giá)|có nhiệm vụ|có [Bb]áo cáo|có [Vv]ăn bản|giới thiệu|trực tiếp|tiến hành|chuyển(?! đổi)|"
    # "cử" sends people: "… tổ dân phố trên địa bàn | cử cán bộ, công chức … tham gia"
    # ("… các bộ thành viên Ban Chỉ đạo | cử thành phần phù hợp …", Ban Chỉ đạo Nhà nước về Du lịch
    # QĐ 170/2025 Điều 16.2, tune11 C026)
    r"cử (?=cán bộ|người|đại diện|lãnh đạo|thành viên|thành phần|công chức|viên chức)|"
    # "lập" makes a record, not "thành lập": "cấp ủy cấp xã trên địa bàn | lập danh sách …"
    r"(?<!thành )lập (?=danh sách|kế hoạch|hồ sơ|biên bản|phiếu|dự toán|đề án|phương án)|"
    # the predicates models/task_predicates.tsv lists, lower case only ("Ban chỉ huy các cấp | thông
    # báo thường xuyên …", Quảng Ninh QĐ 96/2025; "Văn phòng tỉnh ủy | có chức năng tham mưu …", Ban
    # Bí thư QĐ 383/2025)
    + _TASK_PREDICATES + r")\b"
)
ACTION_ANYWHERE = regex.compile(r"\s" + ACTION_START.pattern[4:], regex.IGNORECASE)
# Where a name qualified by its place runs up to its verb: "Cấp ủy cấp xã | nơi có trụ sở Trung
# tâm | trực tiếp lãnh đạo …", "Các đơn vị quân đội | đóng trên địa bàn | phối hợp …".
QUALIFIED_NAME_END = regex.compile(
    # (and bodies by their coast or river: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ
    # Đà Nẵng đến Lâm Đồng | tổ chức …", Công điện 231/CĐ-TTg 2025)
    r"\s+(?:nơi|trên\s+địa\s+bàn|đóng\s+(?:quân\s+)?(?:trên|tại)|trực\s+thuộc|thuộc|tại|ven\s+(?:biển|sông|biên\s+giới))\s[^,;:.()\n]{0,60}?"
    r"(?=" + ACTION_ANYWHERE.pattern + ")", regex.IGNORECASE)
# The bullet that opens a member of a table cell's list ("- Bộ Xây dựng;\n- Viện Hàn lâm …").
CELL_BULLET = regex.compile(r"^\s*[-–•+]\s+", regex.V0)
# In a table cell only a lower-case verb ends the name ("Ban Quản lý Khu kinh tế" keeps "Quản lý").
ACTION_IN_CELL = regex.compile(r"\s" + ACTION_START.pattern[4:])

# (moved from assignments.py, review 0.9 #11: every pattern in one place)
# A body's short form in brackets right after its name: "Đài Truyền hình Việt Nam (VTV) | chủ trì
# …" (Thông báo 624/TB-VPCP 2025); assignments._from_task_sections reads the verb after it.
SHORT_FORM_AFTER_NAME = regex.compile(r"\s*\([\p{Lu}\d][\p{Lu}\d&.\-]{1,11}\)", regex.V0)
# "và" inside a member of a list that goes on with commas: "Các Cục: …, Hàng hải và Đường thủy
# Việt Nam, Kinh tế - …" (the last member alone follows a "và"), assignments._department_members.
AND_INSIDE_MEMBER = regex.compile(r"\s+và\s+\p{Lu}[^,;:.()\n]{0,60}?(?=\s*,)", regex.V0)
# What a body did or is doing, reported ("Văn phòng Trung ương Đảng và các văn phòng tỉnh ủy, thành
# ủy | đã chủ động nắm tình hình …", a conclusion's review of the past term): no name goes on past
# it, and a subject it follows is given no work.  The words: models/tense_aspect_words.tsv.
DONE_OR_DOING = regex.compile(r"\s(?:" + "|".join(map(regex.escape, vocab.tense_aspect_words("past", "ongoing", "continuing")))
                              + r")(?:\s|$)")
# (the words of a past deed, "đã", "vừa": PAST_WORK_AFTER, PAST_MANNER_BEFORE)
_PAST_ASPECT = "|".join(map(regex.escape, vocab.tense_aspect_words("past")))
# A class that points at bodies named elsewhere ("Các cơ quan, đơn vị | quy định tại Điều 1 Quy chế
# này có trách nhiệm …", Cần Thơ QĐ 2610/2025): its clause is no part of a name.
NAMED_ELSEWHERE = regex.compile(r"\s(?:quy\s+định|nêu|nói|kể)\s+(?:tại|ở)\s")
# A point's members after a colon may be followed by a second subject after "; ": "1. Bộ trưởng
# các Bộ: Quốc phòng, Công an, …, Y tế; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà
# Nẵng đến Lâm Đồng tổ chức theo dõi …" (Công điện 231/CĐ-TTg 2025): it shares the point's work.
MEMBERS_THEN_SUBJECT = regex.compile(r";\s+(?=\p{Lu})")
# A heading's line broken in the middle of its sentence goes on in the next (assignments.
# _unwrapped_heading says when): a line closed by its punctuation does not; one that ends in a
# word that cannot end a name or a sentence ("… các tỉnh, thành phố từ | Hà Tĩnh đến Khánh Hòa:")
# does; a capitalized word at its end may go on in the next line's ("Đài Tiếng nói Việt | Nam").
LINE_CLOSED = regex.compile(r"[.:;!?]\**$")
LINE_GOES_ON = regex.compile(r"(?:,|\s(?:và|từ|các|của|cấp|tại|với|thuộc|trực|có|theo|trên|đến|về))$", regex.IGNORECASE)
NAME_WORD_AT_END = regex.compile(r"\s\p{Lu}\p{L}*$")
# a unit word of level at a line's end, whose place the next line may name ("… Sở Nội vụ thành phố | Hà Nội:")
UNIT_LEVEL_AT_END = regex.compile(r"\s(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)$", regex.V0)
# A line that breaks off before its partners ("… chủ trì, phối hợp" / "… phối hợp với") goes on
# on the next (assignments._subject_lines); so does one that breaks off before the object of its
# request or of a preposition: "… Ban Tuyên giáo và Dân vận đảng ủy đặc khu lập danh sách đề
# nghị | Ban Thường vụ cấp ủy quyết định công nhận …" (crawl aa9bb8226e3d4c71: the committee is
# the one asked, no subject), "… được giao hoặc ủy quyền cho cán bộ, công chức, viên chức tại |
# Bộ phận Một cửa giải quyết; …" (Cần Thơ QĐ 2519/2025, crawl 1813348fc14ac2b7).  Not an
# issuer's own request ("Chủ tịch UBND tỉnh yêu cầu | Thủ trưởng các sở …": its addressees lead).
# (read backwards from the line's end, where it is anchored: forwards, its alternatives were
# tried at every word of every line; only whether it matches is read, with ``match``: a
# ``REVERSE`` pattern's ``search`` still steps back over every character of the line, failing
# "$" at each, ~10x the cost; ``match`` is tried at the end only, and a match that ends before a
# last line break has one that ends after it, the break taken by "\s*")
OBJECT_PENDING = regex.compile(
    r"(?i)(?:\bphối\s+hợp(?:\s+với)?|\bvới|\bcùng"
    rf"|\b{REQUEST_OBJECT_OF}\s+(?:đề\s+nghị|yêu\s+cầu)|\s(?:tại|của|cho|đến|tới))\s*,?\s*$", regex.REVERSE)
# A condition's main clause after "thì": "Đối với người tự ứng cử … thì Ủy ban bầu cử có trách
# nhiệm phối hợp …" (Lương Minh KH 2026): its subject is read after it, assignments._subject_after_intro.
THEN = regex.compile(r",?\s+thì\s+(?=\S)")
# A case ("Trường hợp …") opens a sentence whose subject comes after its "thì" only.
CASE_OPENING = regex.compile(r"trường\s+hợp\b", regex.IGNORECASE | regex.V0)

# ---------------------------------------------------------------------- deadlines
ROMAN_QUARTER = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# The parts of the day before a written-out date ("Sáng ngày 15/12/2025: khai mạc", "Chiều ngày
# 20/12/2025 tổng kết"): one spelling for DEADLINE, DEADLINE_TRIGGER and deadlines.PARTS_OF_DAY.
PARTS_OF_DAY = ("sáng", "chiều", "tối", "trưa")
_PART_OF_DAY = "(?:" + "|".join(PARTS_OF_DAY) + ")"
_CASE_FOLDS_TOO = {"s": "\u017f", "k": "\u212a"}  # (letters IGNORECASE also takes for "s", "k": "ſ", "K")
_PART_OF_DAY_TRIGGER = "(?:" + "|".join(f"[{w[0]}{w[0].upper()}{_CASE_FOLDS_TOO.get(w[0], '')}](?i:{w[1:]})"
                                        for w in PARTS_OF_DAY) + ")"
# "tuần" typed without its grave accent ("phát sóng chuyên mục hàng tuân", gold of Đồng Nai KH
# 179/2025: P1W), not the verb "tuân thủ / theo / lệnh": one spelling for DEADLINE, its trigger and
# deadlines._UNIT.
WEEK_TYPO = "tuân"
_WEEK_TYPO = WEEK_TYPO + r"(?!\s+(?:thủ|theo|lệnh))"

# An event whose day a phase runs to, the day written after it: "Đợt 2: Từ tháng 01 đến ngày bầu cử
# 15/3/2026" (Phố Bảng KH 01/2025, 13, gold date 2026-03-15): election day, an opening or closing day.
_EVENT_DAY = r"(?:bầu\s+cử|khai\s+mạc|bế\s+mạc|khai\s+giảng)"

DEADLINE = regex.compile(
    r"""
    (?<![\p{L}])
    (?:
        (?P<continuous>thường\s+xuyên(?:\s+trong\s+năm)?)
      | (?P<every>(?:định\s+kỳ\s+)?(?:hàng|hằng)\s+(?P<every_unit>tuần|tháng|quý(?!\s+(?:hiếm|giá))|năm|ngày
            |""" + _WEEK_TYPO + r"""))   # not "hàng quý hiếm": precious goods; "hàng tuân": "tuần" typed without its grave accent
      | (?P<annual>thường\s+niên)          # "báo cáo thường niên" (gold of Bắc Ninh KH 144/2025): yearly
      | (?P<n_per>(?:định\s+kỳ\s+)?(?P<n_per_n>\d{1,2}|một|hai|ba|sáu)\s+(?P<n_per_unit>tuần|tháng|năm)\s*(?:/|một|1)\s*(?:lần|kỳ))
        # "ít nhất 01 lần/01 năm", "01 lần/năm", "1 lần/quý"; a frequency ("tần suất 02
        # lần/tháng", "02 lần/ngày", "tần suất quan trắc: 02 đợt/tháng") recurs with the unit it counts in
      | (?P<times_per>(?:\d{1,2}|một|hai|ba)\s+(?:lần|đợt)\s*/\s*(?:(?P<tp_n>\d{1,2})\s+)?(?P<tp_unit>ngày|tuần|tháng|quý|năm))
        # "mỗi tháng một lần", "mỗi năm tại mỗi trường tổ chức ít nhất 1 buổi", "mỗi quý 01
        # số", "Bảo đảm mỗi học kỳ tổ chức ít nhất 1 buổi/cơ sở giáo dục" (a school term: P6M): a
        # count of events in each period recurs with it (not "mỗi năm quỹ đất giảm dần")
      | (?P<each>mỗi\s+(?P<each_unit>tuần|tháng|quý|năm|học\s+kỳ)(?=(?:\s[^.;:\n]{0,40}?)?\s(?:(?:ít|tối)\s+(?:nhất|thiểu)\s+)?
            (?:\d{1,2}|một|hai|ba)\s+(?:lần|buổi|đợt|kỳ|cuộc|số|chuyên\s+mục|bản\s+tin)(?![\p{L}])))
        # "trước ngày 20 hàng tháng", "vào ngày 25 hằng tháng": a monthly due day
      | (?P<monthly_day>(?:(?:trước|chậm\s+nhất|vào)(?:\s+(?:là|vào))?\s+)?ngày\s+\d{1,2}\s+(?:hàng|hằng)\s+tháng)
      | (?P<periodic>định\s+kỳ
            (?:\s*:?\s+(?:(?:tối\s+(?:đa|thiểu)|ít\s+nhất|không\s+quá)\s+)?   # "định kỳ tối đa 06 tháng phải thay đổi mật
                                                                        # khẩu" (Ninh Bình QĐ 162/2025, crawl cdb6ad27b3c3f13b)
                (?P<p_n>\d{1,2}|sáu|ba)(?:\s*\([^)\n]{1,8}\))?\s+tháng(?P<p_year>\s*,\s*(?:cuối\s+)?năm)?)?   # "Báo cáo định kỳ: 6 tháng (…), năm (…)"
        )
        # "trong tháng 11/2025", "đến tháng 4/2026", "Trong tháng 12 năm 2025", "Dự kiến
        # tháng 11/2025", "tổ chức vào tháng 12/2025", "chậm nhất tháng 6/2026", "trước tháng
        # 6/2026", "vào cuối tháng 12/2025", "đến hết tháng 3/2026": a month (not a range's start "từ đầu tháng …");
        # "Tháng 11 - 12/2025": a range of months, due at its last
      | (?P<month>(?:(?:trong|đến(?:\s+hết)?|từ|vào|trước|dự\s+kiến(?:\s+(?:trong|vào))?|chậm\s+nhất(?:\s+là)?(?:\s+(?:trong|vào))?
                      |(?<!từ\s)(?:cuối|đầu|giữa))\s+tháng\s+(?:\d{1,2}\s*[-–]\s*)?
                  |tháng\s+\d{1,2}\s*[-–]\s*)
            (?P<mo_m>\d{1,2})\s*(?:/|\s+năm\s+)\s*(?P<mo_y>(?:19|20)\d{2}))
        # "hoàn thành trong tháng 6", "chậm nhất tháng 6": a month of the plan year (not a
        # range, a list or a yearly month: "trong tháng 9 và tháng 10", "tháng 12 hàng năm")
      | (?P<month_of_plan>(?:trong|chậm\s+nhất(?:\s+là)?(?:\s+(?:trong|vào))?)\s+tháng\s+(?P<mp_m>\d{1,2})
            (?![\d/\-–]|\.\d|\s*[-–/]|\s+(?:năm|h[àằ]ng|hằng|và|hoặc|đến|tới|sang|,)))
        # "(ngay) trong năm 2025": the whole year
      | (?P<year>trong\s+năm\s+(?P<yr>(?:19|20)\d{2}))
        # a task table's time cell that holds only a year: "| Năm 2025 |", "…   Năm 2025" at the
        # end of a column-layout row (where the cell starts is checked by CELL_START_BEFORE)
        # (the row's last cell, or before a cell of words — the product, a note: "| 2025 | Quyết
        # định của Giám đốc Sở …"; a figures table's year column "| 2021 | 35 |" is no time cell)
      | (?P<year_cell>(?:\|[ \t]*|năm\s+)(?P<yc>(?:19|20)\d{2})(?=[ \t]*(?:\|[ \t]*)?(?:[\n\f]|$)|[ \t]*\|[ \t]*\p{L}))
        # "trước ngày 15/11/2025"; a full date without "ngày" after "trước"/"đến" ("trước
        # 30/5/2026", "yêu cầu đến 30/5/2026 phải bàn giao"); "(phấn đấu) đến ngày 30/6/2026"
        # "chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026", "trước 07h00 ngày 14/3/2026",
        # "kết thúc vào ngày …", "Dự kiến ngày 05/12/2025";
        # a written-out date after "vào"/"trong" ("tổ chức hội nghị vào ngày 02/02/2026");
        # a schedule line's date ("Ngày 26, 27/12/2011: …", "- Ngày 15/01/2026: …"), its last
        # day (the line's position is checked by SCHEDULE_LINE_BEFORE)
      | (?P<due>(?:(?:trước|chậm\s+nhất|không\s+quá|hạn\s+chót|hạn\s+cuối|hoàn\s+thành|kết\s+thúc|dự\s+kiến)(?:\s+(?:là|vào|trước))?\s+
                    (?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút\s*)?)?\s*,?\s*)?ngày\s+   # "trước 10h00, ngày 15/12/2025"
                 | (?:trước|đến)\s+(?=\d{1,2}/\d{1,2}/(?:19|20)\d{2})
                   # … after the other due words too, the date written out with its year: "báo cáo chậm
                   # nhất 30/11/2025", "hạn chót 30/11/2025" (a full date is no fraction of a quantity)
                 | (?:chậm\s+nhất(?:\s+là)?|không\s+quá|hạn\s+(?:chót|cuối)(?:\s+là)?)\s+(?=\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?!\d))
                   # a day and month without "ngày" nor a year, the plan year's ("hoàn thành trước 15/12",
                   # a time cell "| Trước 15/12 |", "chậm nhất 20/12 hằng năm"); only where a date's
                   # clause goes on: a boundary, a yearly word, a subject or a verb of sending; not a
                   # fraction of a quantity ("trước 2/3 số xã", "không quá 1/3 thời gian", "24/7 giờ",
                   # review 0.8 #10)
                 | (?:trước|chậm\s+nhất(?:\s+là)?|không\s+quá)\s+(?=\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})   # "trước 15 tháng 12 năm 2025"
                 | (?:trước|chậm\s+nhất(?:\s+là)?|không\s+quá)\s+(?=\d{1,2}/\d{1,2}(?![\d/])
                       (?:[ \t*]*(?:[.;,:|)(]|[\n\f]|$)
                        | \s+(?:(?:hằng|hàng)\s+năm|năm\s+sau|của\s+năm|các|gửi|báo\s+cáo|để|về|cho|tới)(?![\p{L}])))
                   # a part of the day before a written-out date: "Sáng ngày 15/12/2025: khai mạc", "Chiều
                   # ngày 20/12/2025 tổng kết" (a schedule's day; a day the issue date passed is dropped), on
                   # one line (not a table's "Sáng | Chiều" header over a row's date)
                 | """ + _PART_OF_DAY + r"""[ \t]+ngày\s+(?=\d{1,2}(?:/|\s+tháng\s+)\d{1,2}(?:/|\s+năm\s+)(?:19|20)\d{2})
                 | (?:đến(?:\s+hết)?|vào(?:\s+lúc)?|trong)\s+(?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút\s*)?)?\s*,?\s*)?ngày\s+   # "đến hết ngày 31/12/2025" 
                   (?:""" + _EVENT_DAY + r"""\s+)?   # "Đợt 2: Từ tháng 01 đến ngày bầu cử 15/3/2026" (an event's day, dated)
                   (?=\d{1,2}(?:/|\s+tháng\s+)\d{1,2}(?:/|\s+năm\s+)(?:19|20)\d{2})   # "vào lúc 8 giờ 00 ngày 15/12/2025"
                   # a yearly window's last day: "từ ngày 16 đến ngày 31 tháng 12 hằng năm" (Cần Thơ QĐ 2579/2025, crawl
                   # 1a434d0a7e14dc93); not "đến ngày 30 tháng 6 hàng năm chưa phân bổ" (a cut-off) nor "vào tháng 11
                   # đến ngày 15 tháng 12 hàng năm" (a criteria table's period): only after the window's first day
                 | (?<=(?<![\p{L}])từ\s+ngày\s+\d{1,2}(?:\s?/\s?\d{1,2})?\s+)đến\s+ngày\s+(?=\d{1,2}(?:/|\s+tháng\s+)\d{1,2}\s+(?:hàng|hằng)\s+năm)
                   # a range of days of the plan year, its year not written: "Triển khai Tháng hành động (từ ngày 15/11
                   # đến ngày 15/12)" (TP HCM KH 174/2025, gold 2025-12-15) — not a whole year's span "từ ngày 01/01 đến
                   # (hết) ngày 31/12" (a calendar year, Ban Tuyên giáo và Dân vận TW QĐ 1147/2025)
                 | (?<=(?<![\p{L}])từ\s+ngày\s+(?!0?1\s?/\s?0?1(?!\d))\d{1,2}\s?/\s?\d{1,2}\s+)đến\s+ngày\s+(?=\d{1,2}\s?/\s?\d{1,2}(?![\d/])(?!\s+(?:hàng|hằng)\s+năm))
                   # … and the day of every year a task is done on: "Khóa sổ tài sản được thực hiện vào ngày 28 tháng
                   # 02 hằng năm" (Quy chế of the crawl 5b692e230f990be5, explore10)
                 | vào\s+ngày\s+(?=\d{1,2}(?:/|\s+tháng\s+)\d{1,2}\s+(?:hàng|hằng)\s+năm)
                   # a schedule line's range of days, due at its last: "- Từ ngày 05/02/2026 - 08/02/2026: Ban
                   # Thường trực … tổ chức hội nghị" (Quảng Ninh MTTQ KH 2026, gold); a time label's range is
                   # DATE_LABEL's ("Thời gian: 01/05/2025 - 15/05/2025", a project plan in the crawl)
                 | (?:từ\s+)?(?P<sched>ngày)\s+(?:\d{1,2}(?:\s?/\s?\d{1,2}(?:\s?/\s?(?:19|20)\d{2})?)?\s*(?:,|và|-|–)\s*){0,6}(?=\d{1,2}\s?/\s?\d{1,2}\s?/\s?(?:19|20)\d{2}
                                                                  (?P<weekday>\s*\(\s*thứ\s+[\p{L}\d]{1,4}\s*\))?\s*[:|\n])
                   # … written without "ngày": "- Từ 01/12/2025 - 15/12/2025: tổ chức kiểm tra" (a schedule line's
                   # range, due at its last day; SCHEDULE_LINE_BEFORE checks that the line opens with it)
                 | (?P<sched>từ)\s+\d{1,2}\s?/\s?\d{1,2}(?:\s?/\s?(?:19|20)\d{2})?\s*[-–]\s*(?=\d{1,2}\s?/\s?\d{1,2}\s?/\s?(?:19|20)\d{2}\s*[:|\n]))
            (?P<due_d>\d{1,2})(?:\s+tháng\s+|\s?[/.\-]\s?)(?P<due_m>\d{1,2})(?:(?:\s+năm\s+|\s?[/.\-]\s?)(?P<due_y>(?:19|20)\d{2}))?
            # "trước ngày 20/11 hàng năm": the yearly due day, one date (plan year);
            # "(trước ngày 30 tháng 01 năm sau)" (Thái Nguyên QĐ 27/2025): that day of the year after
            (?(due_y)|(?:\s+(?:hàng|hằng)\s+năm|\s+(?:của\s+)?năm\s+(?P<due_next>sau|tiếp\s+theo|kế\s+tiếp)(?![\p{L}]))?))   # "… (của) năm sau"
        # "Quý III-IV/2026": a range of quarters of one year, due at its last
      | (?P<quarter>qu[ýí]\s+(?P<q>IV|III|II|I|[1-4])(?:\s*[-–]\s*(?:qu[ýí]\s+)?(?P<q2>IV|III|II|I|[1-4])(?![\p{L}\d]))?
            (?:\s*(?:/|-|năm)\s*(?P<q_y>(?:19|20)\d{2}))?)
      | (?P<half>0?6\s+tháng\s+(?P<half_which>đầu|cuối)\s+năm(?:\s+(?P<half_y>(?:19|20)\d{2}))?)   # "(0)6 tháng đầu năm" 
    )
    (?![\p{L}])
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.V0,
)
# Triggers are plain literal alternations: the standard library's ``re`` scans them ~4x
# faster than ``regex``.
# Candidate positions for DEADLINE: each opening word with the word that must follow it, so
# that common words ("một", "không", "định" in "quyết định") do not start a full match.
# "chậm nhất (là) ngày 5", "chậm nhất là 17 giờ 00 ngày 01/02/2026", "trước 07h00 ngày 14/3/2026"
_DUE_DAY_AFTER = r"(?=(?:\s+(?:là|vào|trước))?\s+(?:\d{1,2}\s*(?:giờ|h)[\s\d]{0,4}(?:phút\s*)?,?\s*)?ngày\s+\d)"
_PER_TIMES_AFTER = r"\s+(?:tuần|tháng|năm)(?=\s*(?:/|một|1)\s*(?:lần|kỳ))"  # "2 tuần một lần"
_TIMES_PER = r"\s+(?:lần|đợt)\s*/"  # "02 lần/ngày", "tần suất quan trắc: 02 đợt/tháng"
# The words that open with a letter, by their first letter (written out in each case, with the
# letters ``re`` folds to "k" and "s": K, ſ) and the rest of the word and what must follow it
# (case-insensitive unless said).  The alternatives of one letter keep their order.
_DEADLINE_TRIGGER_WORDS = [
    ("dD", r"""(?i:ự\s+kiến\s+(?:(?:(?:trong|vào)\s+)?tháng|(?:vào\s+)?ngày)\s+\d)"""),    # "Dự kiến tháng 11/2025", "Dự kiến ngày 05/12/2025"
    ("tT", rf"""(?i:hường\s+xuyên|hường\s+niên
           | rong\s+(?:tháng\s+\d|năm\s+[12]|ngày\s+\d)   # "trong tháng 11/2025", "(ngay) trong năm 2025", "trong ngày 15/3/2026"
           | ừ\s+tháng\s+\d                        # "Từ tháng 12/2025"
           | ừ\s+(?:ngày\s+)?\d{{1,2}}\s?/\s?\d{{1,2}}(?:\s?/\s?\d{{4}})?\s*[-–]\s*\d   # "Từ (ngày) 05/02/2026 - 08/02/2026:"
           | háng\s+\d{{1,2}}\s*[-–]\s*\d             # "Tháng 11 - 12/2025"
           | rước(?:{_DUE_DAY_AFTER}|(?=\s+\d{{1,2}}/\d)|(?=\s+tháng\s+\d)|(?=\s+\d{{1,2}}\s+tháng\s+\d)))"""),
    ("đĐ", rf"""(?i:ịnh\s+kỳ\s+h[àằ]ng\s+(?:tuần|tháng|quý|năm|ngày|{WEEK_TYPO})
           | ịnh\s+kỳ|ến\s+(?:hết\s+)?tháng\s+\d|ến\s+(?:ngày\s+)?\d   # "đến tháng 4/2026", "đến (ngày) 30/5/2026"
           | ến\s+ngày\s+{_EVENT_DAY}\s+\d                  # "đến ngày bầu cử 15/3/2026"
           | ến\s+hết\s+ngày\s+\d                  # "đến hết ngày 31/12/2025"
           | ầu\s+tháng\s+\d)"""),                 # "đầu tháng 01/2026"
    ("hH", rf"""(?i:[àằ]ng\s+(?:tuần|tháng|quý|năm|ngày|{WEEK_TYPO})
           | ai{_PER_TIMES_AFTER}
           | ai{_TIMES_PER}
           | (?:ạn\s+chót|ạn\s+cuối|oàn\s+thành){_DUE_DAY_AFTER}
           | ạn\s+(?:chót|cuối)(?=(?:\s+là)?\s+\d{{1,2}}/\d{{1,2}}/\d{{4}}))"""),   # "hạn chót 30/11/2025"
    # (only a capital "N" opens "Ngày 26, 27/12/2011:" and a "Năm 2025" cell: "n" starts too
    # many words; case-sensitive)
    ("N", r"""(?:ăm[ \t]+(?:19|20)\d{2}[ \t]*(?:\||[\n\f]|$)  # "… Sở Xây dựng Năm 2025"
           | gày\s+\d{1,2}\s*(?:[,–-]|và|/\s*\d{1,2}\s*/\s*\d{4}\s*(?:\(\s*thứ[^)\n]{1,6}\)\s*)?[:|\n]|\s+h[àằ]ng\s+tháng))"""),   # "Ngày 26, 27/12/2011:", "Ngày 20 hàng tháng"
    ("mM", rf"""(?i:ột{_PER_TIMES_AFTER}|ột{_TIMES_PER}|ỗi\s+(?:tuần|tháng|quý|năm|học\s+kỳ)(?!\w))"""),   # "mỗi tháng một lần"
    ("bB", rf"""(?i:a{_PER_TIMES_AFTER}|a{_TIMES_PER})"""),
    ("sS\u017f", rf"""(?i:áu{_PER_TIMES_AFTER})"""),
    # "Sáng ngày 15/12/2025", "Tối ngày 31/12/2025"
    *((w[0] + w[0].upper() + _CASE_FOLDS_TOO.get(w[0], ""), rf"""(?i:{w[1:]})[ \t]+ngày\s+\d""") for w in PARTS_OF_DAY),
    ("cC", rf"""(?i:hậm\s+nhất{_DUE_DAY_AFTER}|hậm\s+nhất(?=(?:\s+là)?(?:\s+(?:trong|vào))?\s+tháng\s+\d)
           | hậm\s+nhất(?=(?:\s+là)?\s+\d{{1,2}}(?:/|\s+tháng\s+)\d)      # "chậm nhất 20/12"
           | uối\s+tháng\s+\d)"""),                # "cuối tháng 12/2025"
    ("gG", r"""(?i:iữa\s+tháng\s+\d)"""),           # "giữa tháng 12/2025"
    ("kK\u212a", rf"""(?i:hông\s+quá{_DUE_DAY_AFTER}|hông\s+quá(?=\s+\d{{1,2}}(?:/|\s+tháng\s+)\d)|ết\s+thúc{_DUE_DAY_AFTER})"""),   # "kết thúc vào 17 giờ 00 ngày 01/02/2026"
    ("qQ", r"""(?i:u[ýí]\s+(?:IV|III|II|I|[1-4])(?!\w))"""),
    ("vV", r"""(?i:ào\s+(?:lúc\s+)?(?:\d{1,2}\s*(?:giờ|h)[\s\d]{0,4}(?:phút\s*)?)?ngày\s+\d   # "vào (lúc 8 giờ 00) ngày 02/02/2026"
           | ào\s+tháng\s+\d)"""),                 # "vào tháng 12/2025"
]


def _by_first_letter(words: list[tuple[str, str]]) -> re.Pattern:
    """``words`` ((first letters, rest) in order) as one alternative per first letter, a literal,
    its rests in their order after it: ``re`` finds the candidates by that set of letters in C,
    enters the pattern only at them, walks one alternative per letter and rejects a letter inside
    a word (a word character before it) once.  (A pattern that opens with a look-ahead, as the
    deadline trigger did, is entered at every character: 14 % of the recognizer stage's
    instructions.)  The alternatives of different letters never match at one position, so the
    first that matches is the one the words in their order give."""
    rests: dict[str, list[str]] = {}
    for letters, rest in words:
        for letter in letters:
            rests.setdefault(letter, []).append(rest)
    return re.compile("(?x)" + "\n|".join(rf"{re.escape(letter)}(?<!\w.)(?:" + "\n|".join(r) + ")"
                                          for letter, r in rests.items()))


# Where a word that opens with a letter may start a deadline
_DEADLINE_LETTER_TRIGGER = _by_first_letter(_DEADLINE_TRIGGER_WORDS)
# … and where one that opens with a digit or a table's bar may: entered only at those.
_DEADLINE_DIGIT_TRIGGER = re.compile(
    rf"""(?x)[\d|](?<!\w.)(?:
        (?<=\d)\d?(?i:{_PER_TIMES_AFTER})
      | (?<=\d)\d?(?i:{_TIMES_PER})                    # "(ít nhất) 01 lần/01 năm", "02 lần/ngày"
      | (?<=\|)[ \t]*(?:19|20)\d{{2}}[ \t]*(?:\||[\n\f]|$)      # a table cell "| 2025 |"
      | (?:(?<=0)6|(?<=6))(?i:\s+tháng\s+(?:đầu|cuối)))   # "(0)6 tháng đầu năm"
    """)


def ends_with(pattern: regex.Pattern, text: str) -> bool:
    """Whether ``pattern``, anchored at the end by "$" and compiled ``REVERSE``, matches ``text``
    (as its ``search`` would find): tried with ``match``, at the end only, and before a last line
    break, where "$" matches too.  Forwards, such a pattern is tried at every character of the
    text before a time, ~3x the cost; a ``REVERSE`` pattern's ``search`` would step back over
    every character failing "$" at each (see OBJECT_PENDING)."""
    return pattern.match(text) is not None \
        or (text[-1:] == "\n" and pattern.match(text, 0, len(text) - 1) is not None)


class FirstOfTwo:
    """The matches ``finditer`` of the alternation ``a|b`` of two ``re`` patterns gives, for two
    that never match at the same position (their first characters differ): each searched on its
    own, the leftmost match taken, each searched again from its end (none inside the one before)."""

    def __init__(self, a: re.Pattern, b: re.Pattern):
        self.pattern = a.pattern + "|" + b.pattern  # (what a profile prints)
        self._a, self._b = a, b

    def finditer(self, text: str) -> Iterator:
        a, b = self._a, self._b
        ma, mb = a.search(text), b.search(text)
        while ma is not None or mb is not None:
            m = ma if mb is None or (ma is not None and ma.start() < mb.start()) else mb
            yield m
            end = m.end()
            if ma is not None and ma.start() < end:
                ma = a.search(text, end)
            if mb is not None and mb.start() < end:
                mb = b.search(text, end)


DEADLINE_TRIGGER = FirstOfTwo(_DEADLINE_LETTER_TRIGGER, _DEADLINE_DIGIT_TRIGGER)
# Recurrences that describe existing meetings or budget lines, not scheduled work.
# (REVERSE, read with ``ends_with``: it is anchored at the end of the text before a time)
# ("chi", to spend, not "chi tiết", in detail: "xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo
# kết quả thực hiện trước ngày 20/11", Đồng Tháp KH 552/2025, gold P1Y and the bare "định kỳ")
NOT_A_DEADLINE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:họp|sinh\s+hoạt|khen\s+thưởng|kinh\s+phí|chi(?!\s+tiết)|nguồn|ngân\s+sách|chỉ\s+số[^.;]{0,60})(?![\p{L}])\s*(?:[\p{L}]+\s+){0,5}$",
    regex.IGNORECASE | regex.V0 | regex.REVERSE,
)
# A rate reached each period, a target's figure, not work that recurs: "thu nhập bình quân đầu người
# hàng năm tăng 8%", "hằng năm giảm từ 1,5% trở lên" (not "hằng năm tăng cường kiểm tra").
RATE_AFTER = regex.compile(
    r"\s*(?:tăng|giảm|đạt)(?:\s+(?:bình\s+quân|trung\s+bình|từ|trên|khoảng|ít\s+nhất|tối\s+thiểu|tối\s+đa|ở\s+mức))*\s+\d[\d.,]*\s*%",
    regex.IGNORECASE | regex.V0)
# A clause that reports work done in a period: "Trong năm 2025, tỉnh đã tổ chức 15 hội nghị" (a plan's
# account of the year it was issued in, not a time it schedules); not a task done by then ("đã được giao").
# The period opens its sentence and a comma closes it; the subject is a few words.
# Or an event that happened in it, however long its cause or place: "Trong tháng 11 năm 2025, do mưa,
# lũ lớn tại khu vực Trung Bộ đã xảy ra tình trạng ngập lụt …" (Thủ tướng CĐ 226/2025).
PAST_WORK_AFTER = regex.compile(rf"""[ \t]*,[ \t]*(?:(?:[^\s.;:()\n]+[ \t]+){{0,5}}?(?:{_PAST_ASPECT})[ \t]+(?!được|phải)\p{{L}}
                                               | [^.;:()]{{0,100}}?(?<![\p{{L}}])(?:{_PAST_ASPECT})\s+(?:xảy|diễn)\s+ra(?![\p{{L}}]))""",
                             regex.IGNORECASE | regex.VERBOSE | regex.V0)
# A year a time phrase names ("quý I/2026", "năm 2026"): whether it lies after the document's own.
YEAR_IN_PHRASE = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
CLAUSE_OPENS_BEFORE = regex.compile(r"(?:^|[.;:!?\n])[ \t*_]*(?:[-+•]\s*)?(?:(?:trong|vào)[ \t]+)?$", regex.IGNORECASE | regex.V0)
# A ranking's year or period ("kết quả xếp hạng Chỉ số CCHC năm 2024"): no work is due in it;
# a due date after it still is ("đánh giá, xếp hạng thi đua trước ngày 31 tháng 12 năm 2025").
RANKING_BEFORE = regex.compile(r"xếp\s+hạng[^.;]{0,40}\s*(?:[\p{L}]+\s+){0,5}$", regex.IGNORECASE | regex.V0)
NOT_A_DEADLINE_AFTER = regex.compile(
    r"""\s*(?:của\s+tổ\s+chức|được\s+cấp
        | của\s+(?:Hội\s+đồng|HĐND|Ủy\s+ban|UBND|Quốc\s+hội|Chính\s+phủ)   # "Nghị quyết hằng năm của HĐND"
        | ,\s*(?:trên\s+cơ\s+sở[^.;\n]{0,80}?,\s*)?căn\s+cứ[^.;\n]{0,40}?(?:ngân\s+sách|kinh\s+phí|dự\s+toán)   # "Hằng năm, (trên cơ sở đề xuất …,) căn cứ khả năng cân đối ngân sách"
        | ,\s*(?:ngân\s+sách|kinh\s+phí|nguồn\s+vốn)(?![\p{L}])                      # "Hằng năm, ngân sách tỉnh bố trí kinh phí …"
        | (?:và\s+lâu\s+dài|chịu|bị|xảy\s+ra)\b                                # "nhiệm vụ thường xuyên và lâu dài"
        # the same pair with a comma, and a task that belongs to everyone: adjectives of a noun, no
        # schedule — "là nhiệm vụ quan trọng, thường xuyên, lâu dài của cả hệ thống chính trị" (Hưng Yên
        # KH 199/2026, first sight), "nhiệm vụ thường xuyên, lâu dài của cả hệ thống chính trị", "trở thành
        # việc làm thường xuyên của toàn xã hội" (tune U04, gold: not deadlines)
        | ,\s*lâu\s+dài(?![\p{L}]) | \s+của\s+(?:cả|toàn)\s+(?:hệ\s+thống|xã\s+hội|dân|Đảng)(?![\p{L}])
        # a yearly plan's targets set by a higher level, not work that recurs: "so với kế hoạch hàng năm,
        # giai đoạn 5 năm được cấp có thẩm quyền giao" (Cần Thơ KH 160/2025, gold: none), as "cấp có thẩm
        # quyền giao trong kế hoạch hàng năm" (Hà Tĩnh C009) and "dự toán chi hàng năm đã được phê duyệt" (C023)
        | (?:,\s*giai\s+đoạn\s+\d{1,2}\s+năm\s+)?(?:đã\s+)?được\s+(?:cấp\s+có\s+thẩm\s+quyền\s+)?(?:giao|phê\s+duyệt)(?![\p{L}])
    )""",
    regex.IGNORECASE | regex.VERBOSE | regex.V0,
)
# "trong năm 2025 và các năm tiếp theo" in running text: a span, no time due; on a task's time
# line ("- Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo", Lai Châu KH 7360/2025;
# "Thời gian thực hiện: Năm 2025 và các năm tiếp theo", TP HCM KH 172/2025, both gold) the
# first period is when the task starts being due (checked with SCHEDULE_LABEL_BEFORE).
SPAN_OF_YEARS_AFTER = regex.compile(r"\s*và\s+(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau|tới)\b",
                                    regex.IGNORECASE | regex.V0)
# "những định hướng, nhiệm vụ, giải pháp trong năm 2020": a year or month that dates a
# noun (the plan's content), not work to finish in it ("trình UBND tỉnh trong năm 2024");
# the noun may carry its usual attribute: "phương hướng, nhiệm vụ trọng tâm đến tháng 6/2027"
# (Văn phòng Trung ương Đảng KL 07/2025, gold: none), "phương hướng, nhiệm vụ trọng tâm trong năm
# 2026" (conference reports in the crawl).
NOT_A_PERIOD_BEFORE = regex.compile(
    r"""(?:nhiệm\s+vụ|giải\s+pháp|định\s+hướng|phương\s+hướng|mục\s+tiêu|chỉ\s+tiêu|kết\s+quả|kế\s+hoạch|hoạt\s+động|công\s+tác|tình\s+hình)
        (?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể))?\s*,?\s*$""",
    regex.IGNORECASE | regex.VERBOSE | regex.V0,
)
# A period inside the topic a sentence opens with ("2. Đối với các nhiệm vụ triển khai trong năm
# 2025, các bộ, … chủ động bố trí trong nguồn ngân sách …", Thủ tướng QĐ 2623/2025): it names which
# tasks the sentence is about, it schedules none.
TOPIC_OPENS_BEFORE = regex.compile(r"(?:^|[.;:\n])[ \t*_]*(?:[-+•]\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s*|[a-zđ]\)\s*)?đối\s+với\s+[^.;:,\n]{0,80}$",
                                   regex.IGNORECASE | regex.V0)
# A goal inside the purpose clause a sentence opens with, before the time ("Để …, đạt được mục tiêu
# tăng trưởng kinh tế 8% trong năm 2025 của Tỉnh …, tỉnh Đắk Lắk cần …", VPCP TB 623/2025; "Để tổ chức
# triển khai … mục tiêu giữ vững …, đảm bảo ít nhất 40% địa bàn … trong năm 2026, phấn đấu …, Ủy ban
# nhân dân tỉnh ban hành Kế hoạch", Lâm Đồng KH 2026): the year dates the goal, the sentence's work is
# in its main clause (gold none in both); with PURPOSE_CLAUSE_GOES_ON after the time, so that the time
# is the purpose clause's and not the main clause's ("Để đạt mục tiêu …, các đơn vị báo cáo … trong năm 2025").
PURPOSE_GOAL_BEFORE = regex.compile(
    r"""(?:^|(?<=[.;:\n]))[ \t*_]*(?:[-+•][ \t]*)?(?:Để|Nhằm)[ \t]      # the sentence opens with its purpose
        [^.;:\n]*?(?<![\p{L}])(?P<goal>mục[ \t]+tiêu)(?![\p{L}])[^.;:\n]*$        # … a goal, up to the time""",
    regex.VERBOSE | regex.V0)
# A goal quoted from a cited document, the time inside its quotation marks: "Nghị quyết số 50/NQ-CP …,
# trong đó với mục tiêu "Xây dựng 20% xã, phường, đặc khu không có ma túy trong năm 2025, phấn đấu …"
# (Lâm Đồng Tờ trình 409/TTr-CAT 2025, real scan Q03: gold none): the cited plan's target, no work of
# this document (read with ``ends_with``, over QUOTED_GOAL_READ characters before the time); within one
# sentence: a quotation mark the scan lost does not run the goal on over the document's own work ("Để
# đạt mục tiêu "không ma túy, Sở Y tế hoàn thành rà soát. …"; review28a).  (The OCR of a scan may read
# the opening mark as a single one: "với mục tiêu 'Xây dựng 20% xã …", Q03's PDF.)
QUOTED_GOAL_BEFORE = regex.compile(r"(?<![\p{L}])mục\s+tiêu\s*:?\s*[\"“‘'][^\"”’'.;]*$", regex.IGNORECASE | regex.V0 | regex.REVERSE)
QUOTED_GOAL_READ = 300
# … with no main clause opened between the goal and the time: "Để đạt được mục tiêu đề ra, Ủy ban nhân
# dân tỉnh yêu cầu các sở, ngành hoàn thành … trong Quý II/2025, báo cáo …", "Để thực hiện các mục
# tiêu của Kế hoạch, các cơ quan, đơn vị tổ chức sơ kết trong tháng 6/2025, …": the time is the main
# clause's work, due (a comma, then a capitalized subject, a plural one, or a directive; the purpose
# clause's own items go on in lower case: "mục tiêu giữ vững, mở rộng các xã, phường, …, đảm bảo …").
MAIN_CLAUSE_AFTER_GOAL = regex.compile(
    r",[ \t]*(?:\p{Lu}|(?:các|mỗi|từng|cần|phải|giao|yêu[ \t]+cầu|đề[ \t]+nghị|đồng[ \t]+thời)(?![\p{L}]))", regex.V0)
# … and the purpose clause goes on to a comma after the time, the main clause after it.
PURPOSE_CLAUSE_GOES_ON = regex.compile(r"[^.;:\n]{0,300}?,[ \t]*\p{L}", regex.V0)
# A section that lists the document's legal bases ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "I. CĂN CỨ PHÁP LÝ
# XÂY DỰNG KẾ HOẠCH"; models/basis_section_titles.txt): its title opens with one of the phrases.
@functools.lru_cache(maxsize=None)
def basis_section_title() -> regex.Pattern:
    return regex.compile(rf"\A[\s*_]*(?:{phrase_alternation(vocab.basis_section_titles())})(?![\p{{L}}])",
                         regex.IGNORECASE | regex.V0)


# A regulation's general provisions schedule no work (see models/general_provision_titles.txt):
# the title of the article a time stands in …
@functools.lru_cache(maxsize=None)
def general_provision_title() -> regex.Pattern:
    # (the whole title is made of them, joined by commas or "và", "phạm vi" or "đối tượng" standing for
    # one: "Phạm vi điều chỉnh và đối tượng áp dụng", "Phạm vi, đối tượng áp dụng" — not an article
    # that only names them, whose work is its own: "Trách nhiệm của các cơ quan, đơn vị thuộc đối
    # tượng áp dụng", "Điều chỉnh phạm vi áp dụng của Quy chế")
    one = rf"(?:{phrase_alternation(vocab.general_provision_titles())}|phạm\s+vi|đối\s+tượng)"
    return regex.compile(rf"\A[\s*_]*{one}(?:\s*(?:,|và)\s*{one})*[\s*_.:]*\Z", regex.IGNORECASE | regex.V0)


# … or the scope statement an untitled first article opens with, before the time: "Điều 1. Quy định
# này quy định về việc tặng quà nhân ngày Thương binh liệt sĩ 27 tháng 7, Quốc khánh 2 tháng 9 và
# Tết Nguyên đán cổ truyền hằng năm; …" (Tuyên Quang QĐ 12/2012, tune8 U03: gold none) — what the
# document covers, not a time it sets.
# (the statement found from its type word, then the few words before it checked to open the sentence:
# a pattern that opened at every sentence start of the window would be tried at each of its characters)
SCOPE_STATEMENT_BEFORE = regex.compile(
    r"""(?<![\p{L}])(?:Quy\s+định|Quy\s+chế|Nghị\s+định|Thông\s+tư|Điều\s+lệ)\s+này
        \s+(?:quy\s+định|điều\s+chỉnh)(?![\p{L}])[^.;:\n]*$""",
    regex.VERBOSE | regex.V0)
SCOPE_STATEMENT_OPENS = regex.compile(r"(?:^|[.:;\n])[^.;:\n]{0,40}$", regex.V0)
# Budget phrases before a recurrence ("dự toán ngân sách … hỗ trợ có mục tiêu hàng năm",
# "đầu tư công trung hạn, hàng năm") and "thường xuyên" as an adjective or a description
# of past work ("giáo dục thường xuyên", "được thực hiện thường xuyên").
# (the budget's words before a year the work is due in at once name no budget line: "cân đối ngân sách
# địa phương hỗ trợ bổ sung đủ nhu cầu | ngay trong năm 2026", Công văn 3980/C04-P6 2025, real scan Q01
# item 2: BUDGET_BEFORE is not asked of a year after AT_ONCE_BEFORE; a year after a budget's words
# alone stays none, "vốn dư, không có khả năng giải ngân trong năm 2025", Thông báo 634/TB-VPCP 2025)
AT_ONCE_BEFORE = regex.compile(r"(?<![\p{L}])ngay\s+$", regex.IGNORECASE | regex.V0 | regex.REVERSE)
_BUDGET_BEFORE = r"(?:dự\s+toán|ngân\s+sách|đầu\s+tư\s+công|vốn)[^.;:\n]{0,60}|trung\s+hạn\s*,?\s*"
BUDGET_BEFORE = regex.compile(rf"(?:{_BUDGET_BEFORE})$", regex.IGNORECASE | regex.V0 | regex.REVERSE)
NOT_A_DEADLINE_BEFORE_WIDE = regex.compile(
    r"""(?:giáo\s+dục\s+|khu\s+vực\s+|đã\s+được\s+[\p{L}]+\s+
        | được(?<!(?:phải|cần|sẽ)\s+được)\s+thực\s+hiện\s+   # a description of how work is done, not an
                                                         # obligation: "Việc sao lưu … phải được thực hiện thường
                                                         # xuyên" (Hải Phòng QĐ 211/2025, crawl d71b3a48efad6d2c)
        | (?:mở|đóng)\s+cửa\s+(?:[\p{L}\d]+\s+){0,4}      # opening hours: "đóng cửa hàng ngày"
        | (?<![\p{L}])(?<!(?:trước|nhất|lúc)\s+\d{1,2}\s?)giờ\s+   # "(18) giờ hàng ngày": a time of day (not a
                                                         # daily report due "trước 16 giờ hàng ngày")
        | (?:công\s+việc|hành\s+động|chi|kinh\s+phí)\s+    # "thường xuyên" as an adjective: "chi thường xuyên"
        | khuyến\s+khích[^.;:\n]{0,70}?\s                  # encouraged, not scheduled: "khuyến khích các cán bộ,
                                                         # công chức … thường xuyên viết tin, bài" (tune2 rule 10)
        | phát\s+sinh\s+(?:(?<![\p{L}])(?!(?:và|hoặc)\s)[\p{L}]+\s+){0,3}   # how often something arises, not work:
                                                         # "bùn thải phát sinh thường xuyên", "tại đó phát sinh bùn thải
                                                         # thường xuyên" (Hải Phòng QĐ 223/2025, tune15 Y04: gold none);
                                                         # not past "và" to the next task: "giải quyết các vướng mắc phát
                                                         # sinh và thường xuyên báo cáo …"
        | tiêu\s+chí\s+(?:đánh\s+giá|xếp\s+loại)[^.;:\n]{0,80}?\s   # a criterion of a yearly grading, not a
                                                         # schedule: "Lấy hiệu quả công tác … là một tiêu chí đánh giá,
                                                         # xếp loại cấp ủy, tổ chức đảng, đảng viên các địa phương hằng
                                                         # năm" (Hưng Yên KH 199/2026, V01: gold none)
        )$""",
    regex.IGNORECASE | regex.VERBOSE | regex.V0 | regex.REVERSE,   # (read with ``ends_with``)
)
# How past work was done, "thường xuyên" one of a list of its adverbs: "Thủ tướng Chính phủ đã tập trung
# lãnh đạo, chỉ đạo xuyên suốt, thường xuyên, liên tục" (Thủ tướng CĐ 227/2025) — not a task that
# follows past work ("những kết quả đã làm được, thường xuyên kiểm tra …").
# A request told as past, the past word right before it: "Ngày 05/5/2025, Công an tỉnh đã kính trình
# UBND tỉnh phê duyệt …", "Năm 2024, Sở Nội vụ đã đề nghị các đơn vị báo cáo, …" (a recount of an
# earlier request, no request of the document; review28a): read with ``ends_with`` before the request.
REQUEST_TOLD_AS_PAST = regex.compile(rf"(?<![\p{{L}}])(?:{_PAST_ASPECT})\s+$", regex.IGNORECASE | regex.V0 | regex.REVERSE)
PAST_MANNER_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{_PAST_ASPECT})\s+(?!được)(?:[\p{{L}}]+,?\s+){{1,8}}$", regex.IGNORECASE | regex.V0)
ADVERB_LIST_AFTER = regex.compile(r"\s*(?:,|và(?![\p{L}]))\s*(?:liên\s+tục|kịp\s+thời|sâu\s+sát|chặt\s+chẽ|xuyên\s+suốt|hiệu\s+quả|quyết\s+liệt)(?![\p{L}])",
                                  regex.IGNORECASE | regex.V0)
# After a range's start ("Từ tháng 11/2025 | đến khi kết thúc Tổng kiểm kê", "Từ tháng 12/2025 |
# đến quý I/2026"): the start is no due time (a dated end is read on its own).
RANGE_GOES_ON = regex.compile(r"\s*(?:,\s*)?(?:(?:cho\s+)?đến|tới|trở\s+đi)\b", regex.IGNORECASE | regex.V0)
# A span's start right before "đến hết …": "triển khai thực hiện từ tháng 10 năm 2025 đến hết tháng 3
# năm 2026" (Đắk Lắk KH 0125/2025, the campaign's own duration, gold), as "Từ năm 2025 đến hết năm
# 2030" is a plan's; not a range whose end is due ("Từ tháng 11/2025 đến tháng 4/2026").
SPAN_START_BEFORE = regex.compile(r"(?<![\p{L}])từ\s+(?:đầu\s+)?(?:ngày|tháng|quý|năm)\s+[\d/]+(?:\s+năm\s+\d{4})?\s+$",
                                  regex.IGNORECASE | regex.V0)
LABEL_COLON_AFTER = regex.compile(r"[ \t*]*:", regex.V0)
# A cut-off date or period of figures, not work due: "số liệu tính đến ngày 31/12/2025", "Số
# liệu thống kê báo cáo từ ngày 14/7/2011 đến ngày 15/9/2025".
CUTOFF_BEFORE = regex.compile(r"(?:tính|kể)\s+$|số\s+liệu[^.;:\n]{0,80}$", regex.IGNORECASE | regex.V0)
# A line (a table's column head) that counts something as of a time, no verb between: "**Số lượng
# BCV cấp huyện, xã trước 01/7/2025 (theo HD 31)**" (Ban Tuyên giáo và Dân vận TW HD 2025): a
# figure's date, no work due (not "Số lượng hồ sơ … gửi trước ngày …").
FIGURE_LINE_BEFORE = regex.compile(r"[\s*_|]*(?:số\s+lượng|tổng\s+số)(?![\p{L}])(?:\s+(?!gửi|nộp|báo|hoàn|thực|cập|tổng|được)[^\s.;:]+){0,12}\s*$",
                                   regex.IGNORECASE | regex.V0)
# A labelled schedule line ("Thời gian hoàn thành: Trước ngày 15/11/2025"): the plan's own
# due date, even when the plan was drafted before the decision that issued it.
SCHEDULE_LABEL_BEFORE = regex.compile(
    r"thời\s+(?:gian|hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s*:\s*$", regex.IGNORECASE | regex.V0)
# A further period in a list after a recurrence: "…, 6 tháng (trước ngày 16/6), tổng kết năm
# (trước ngày 20/11 hàng năm)".
RECURRENCE_LIST_ITEM = regex.compile(
    r"\)\s*,\s*(?P<item>(?:(?:sơ|tổng)\s+kết\s+)?(?:(?P<n>\d{1,2}|sáu|ba)\s+tháng|(?P<year>năm)))(?=\s*[(,;])",
    regex.IGNORECASE | regex.V0,
)
# A second period joined to a recurrence: "định kỳ hàng năm và 5 năm" (P1Y, P5Y), "hằng năm
# hoặc 02 năm một lần"; not the span of a plan ("hàng năm và 5 năm tới").
RECURRENCE_AND_PERIOD = regex.compile(
    r"""\s*(?:,\s*)?(?:và|hoặc)\s+(?P<item>(?P<n>\d{1,2}|hai|ba|năm)\s+(?P<unit>năm|tháng)(?:\s*(?:/\s*lần|một\s+lần))?)
        (?!\s*(?:tới|tiếp|qua|trước|sau|đầu|cuối|nay|liền|gần|kể|thực|\d))(?![\p{L}\d])""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0,
)
# One more period in a list after a recurrence: "định kỳ hằng quý|, 6 tháng|, năm", "Định kỳ 6
# tháng|, 1 năm hoặc đột xuất", "hằng tháng|, quý|, năm" — not a date or a span ("hằng năm, quý I",
# "hàng năm, tháng 6", "hằng năm và 5 năm tới").
PERIOD_LIST_ITEM = regex.compile(
    r"""\s*(?:,|và|hoặc)\s*(?P<item>(?:(?P<n>\d{1,2}|sáu|ba|hai)\s+)?(?P<unit>tuần|tháng|quý|năm))
        (?![\p{L}\d])(?!\s*(?:[\d(]|[IVX]+(?![\p{L}])|tới|tiếp|qua|trước|sau|đầu|cuối|nay|liền|gần|kể|thực|học|kế|đó|này))""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0)
# The periods a bare "định kỳ" names after it without a count: "báo cáo theo định kỳ tháng, quý, năm",
# "định kỳ (tháng, quý, 6 tháng, năm)", "Báo cáo định kỳ: tháng, quý, năm" — each recurs, as "Định kỳ 6 tháng, năm" gives P6M and P1Y (contract,
# section 4); not a dated report ("định kỳ năm 2025", "định kỳ tháng 6").
_PERIODIC_UNIT = r"(?:(?:0?6|sáu)\s+tháng|tuần|tháng|quý|năm)(?![\p{L}\d/])(?!\s*(?:\d|[IVX]+(?![\p{L}])))"
PERIODIC_UNITS_AFTER = regex.compile(
    r"[ \t]*:?[ \t]*(?:\([ \t]*)?(?P<units>" + _PERIODIC_UNIT + r"(?:[ \t]*(?:,|và|hoặc|hay)[ \t]*" + _PERIODIC_UNIT + r")*)",
    regex.IGNORECASE | regex.V0)
PERIODIC_UNIT = regex.compile(r"(?:(?P<n>0?6|sáu)\s+)?(?P<unit>tuần|tháng|quý|năm)", regex.IGNORECASE | regex.V0)
# One more month with its own year after a month: "hoàn thành trong tháng 12/2025 và tháng 01/2026"
# (each is due; MONTH_LIST reads months that share one year: "vào tháng 4 và tháng 8 năm 2026").
MONTH_LIST_ITEM = regex.compile(
    r"\s*(?:,|và|hoặc)\s*(?P<item>tháng\s+(?P<m>\d{1,2})\s*(?:/|\s+năm\s+)\s*(?P<y>(?:19|20)\d{2}))(?!\d)(?!\s*[-–])",
    regex.IGNORECASE | regex.V0)
# A heading that names whose duties its section lists: "Điều 16. Trách nhiệm, quyền hạn của Sở Tư
# pháp" (Hải Phòng QĐ 211/2025, crawl d71b3a48efad6d2c), "Nhiệm vụ và quyền hạn của …", "Trách nhiệm
# của …"; the agency follows it (deadlines._duty_heading_agency, when no lead was read there).
DUTY_HEADING = regex.compile(
    r"""(?:^|[.:]\s*)(?:trách\s+nhiệm|nhiệm\s+vụ|quyền\s+hạn)
        (?:\s*(?:,|và)\s*(?:trách\s+nhiệm|nhiệm\s+vụ|quyền\s+hạn|quyền\s+lợi|nghĩa\s+vụ))*
        \s+(?:cụ\s+thể\s+)?của\s+""",
    regex.IGNORECASE | regex.VERBOSE | regex.V0)
# More due days after one: "trước ngày 01/6 và 15/11 hằng năm".
DUE_LIST_ITEM = regex.compile(
    r"\s*(?:,|và)\s*(?:ngày\s+)?(?P<item>(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>(?:19|20)\d{2}))?)(?![\d/])(?:\s+(?:hàng|hằng)\s+năm)?",
    regex.IGNORECASE | regex.V0,
)
# Where a schedule line's date may stand: at the start of a line (after a bullet, a cell
# border or "Thời gian:"), "Ngày 26, 27/12/2011: Tổ chức tập huấn".
SCHEDULE_LINE_BEFORE = regex.compile(
    r"(?:^|\n)[ \t*]*(?:[-+•]\s*|\|\s*|\d{1,2}[.)]\s*)?(?:thời\s+(?:gian|điểm)[^:\n]{0,30}:\s*)?\**$|\|\s*$",   # "- Thời gian thực hiện: Ngày 26, 27/12/2011"
    regex.IGNORECASE | regex.V0,
)
# Words around a time expression that make it no deadline, as data (models/time_word_contexts.tsv):
# a payment or rate that recurs ("trợ cấp hàng tháng"), an adjective ("không thường xuyên"),
# a legal condition ("đất sử dụng ổn định trước ngày 01/7/2004").
def _phrase_pattern(phrase: str) -> str:
    # "<date>" stands for a date written with slashes ("giai đoạn từ <date>": "(giai đoạn từ 17/12/2025
    # | đến 25/01/2026)")
    return r"\s+".join(_DATE_WORD if word == "<date>" else regex.escape(word) for word in phrase.split())


_DATE_WORD = r"\d{1,2}/\d{1,2}/\d{2,4}"


@functools.lru_cache(maxsize=None)
def _time_word_contexts() -> dict[tuple[str, str], regex.Pattern]:
    by_key: dict[tuple[str, str], list[str]] = {}
    for row in vocab.time_word_contexts():
        words = _phrase_pattern(row["phrase"])
        if row.get("unless_before"):
            # the task's own act before the phrase ("ký ban hành"): the row does not apply
            acts = "|".join(_phrase_pattern(w) for w in row["unless_before"].split("|"))
            words = rf"(?<!(?<![\p{{L}}])(?:{acts}),?\s+)" + words
        if row["side"] == "before":
            gap = int(row["gap"] or 0)
            # the words between are a clause's own: a word may hold a dot ("01.12"), not end a sentence
            # with one ("có hiệu lực thi hành kể từ ngày ký. Sở Nội vụ hoàn thành trước ngày …" is two)
            part = words + r"\s*" + (rf"(?:[\p{{L}}\d]+(?:\.[\p{{L}}\d]+)*\s+){{0,{gap}}}" if gap else "")
        else:
            part = r"\s*[(,]?\s*" + words + r"(?![\p{L}])"
        by_key.setdefault((row["side"], row["applies_to"]), []).append(part)
    out = {}
    for (side, kind), parts in by_key.items():
        body = "|".join(f"(?:{p})" for p in parts)
        out[(side, kind)] = regex.compile(rf"(?<![\p{{L}}])(?:{body})$" if side == "before" else rf"(?:{body})",
                                          regex.IGNORECASE | regex.V0)
    return out


def time_word_not_work(kind: str, before: str, text: str, end: int) -> bool:
    """Whether the words around a time expression of ``kind`` (continuous, recurrence, due) make
    it no deadline: ``before`` is the text right before it, ``end`` where it ends in ``text``."""
    contexts = _time_word_contexts()
    for applies in (kind, "any"):
        ahead = contexts.get(("before", applies))
        if ahead and ahead.search(before):
            return True
        behind = contexts.get(("after", applies))
        if behind and behind.match(text, end, min(len(text), end + 40)):
            return True
    return False


# A row of a scoring or criteria table ("Báo cáo định kỳ hàng quý đúng hạn | 5 điểm",
# "Gửi báo cáo hàng tháng: 2 điểm"): its time words grade work, they schedule none.
SCORING_ROW = regex.compile(r"(?<![\p{L}\d])\d{1,3}(?:[.,]\d{1,2})?\s*điểm(?![\p{L}])|thang\s+điểm|điểm\s+(?:tối\s+đa|chuẩn)",
                            regex.IGNORECASE | regex.V0)
# Where a year-only table cell starts (DEADLINE's year_cell opens with the cell border "| 2025 |"):
# for a capital "Năm 2025" ending a line, after the previous cell's last word or a label ("… Sở
# Xây dựng Năm 2025" of a column layout whose gaps were folded; "Thời gian thực hiện: Năm 2025").
CELL_AFTER_WORD_BEFORE = regex.compile(r"[\p{L}\d):][ \t]+$", regex.V0)
# … or after a cell border: "| Năm 2025" is the time cell of a task table's row.
CELL_BORDER_BEFORE = regex.compile(r"\|[ \t]*$", regex.V0)
# A cell holding only a year (or "ƯTH Năm 2025"): two on one line make a header row of a
# figures table ("Năm 2026 | Năm 2027 | …"), not time cells of tasks.
YEAR_ONLY_CELL = regex.compile(r"(?:^|\|)[ \t]*(?:[\p{L}*]+[ \t]+)?(?:năm[ \t]+)?(?:19|20)\d{2}[ \t*]*(?=\||$)",
                               regex.IGNORECASE | regex.V0)
@functools.lru_cache(maxsize=None)
def agency_head_in_text() -> regex.Pattern:
    """A strong agency head word as written (capital first letter: "Sở", "Ủy ban nhân dân",
    "UBND", "Thanh tra"), models/agency_heads.tsv: whether a task row names an agency."""
    heads = sorted((h for h, strong in vocab.agency_heads() if strong), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(h) for h in heads) + r"|UBND)(?![\p{L}])", regex.V0)


# A table's header row: "STT | Nội dung | Năm 2025 | …", "TT | Chỉ tiêu | …".
HEADER_ROW = regex.compile(r"[ \t*]*(?:\|[ \t]*)?S?TT[ \t*]*\|", regex.IGNORECASE | regex.V0)
# A numbered row of a task table: "7 Sở Văn hóa và Thể thao Hàng năm", "| 3 | Xây dựng … |" (not a
# numbered heading "3. …" or a figure "15 ngày").
TASK_ROW_NUMBER = regex.compile(r"[ \t]*(?:\|[ \t]*)?\d{1,3}[ \t]+(?:\|[ \t]*)?(?!ngày|tháng|năm|giờ|%)[\p{L}\d]", regex.IGNORECASE | regex.V0)
# A basis paragraph of the opening statements: "Căn cứ …" (a "Thực hiện …" opening may end in
# the request it makes, with its due date).
BASIS_CLAUSE = regex.compile(rf"[\s*_]*{BASIS_WORDS}\b", regex.IGNORECASE | regex.V0)
# A criteria group's title that carries its points: "Nội dung hoạt động (20 điểm)".
POINTS_IN_TITLE = regex.compile(r"\(\s*(?:tối\s+đa\s+)?\d{1,3}(?:[.,]\d{1,2})?\s*điểm\s*\)", regex.IGNORECASE | regex.V0)
# The "|" line that closes a crawled table's last row when an appendix heading follows it at
# once, with no blank line between ("… | Giai đoạn 2026 - 2030\n|\n**PHỤ LỤC II**\nDANH MỤC …\n|\n
# **STT**\n|", TTg QĐ 2530/2025, crawl 646f0a00d4174382): the table ends there and the next
# appendix's table, with its own header row, starts after the heading (it was read as one more
# row of the first table, and its rows under the first table's columns).
# The heading is the line "PHỤ LỤC" with its number alone, a title or "(Kèm theo …)" line under it:
# not a cell of a table that goes on, opening with the words ("|\nPHỤ LỤC 01 kèm theo Kế hoạch\n|"
# in a "Sản phẩm" column), which cut the table there and lost every row.
CRAWL_TABLE_BEFORE_APPENDIX = regex.compile(
    r"""(?<=\n)[ ]*\|[ ]*
        (?=\n[ *]*PH[ỤU][ ]+L[ỤU]C(?:[ ]+(?:SỐ[ ]+)?(?:\d{1,2}|[IVX]{1,5})[a-z]?)?[ .:*]*\n   # the heading line
           (?![ ]*\|[ ]*(?:\n|$)))                                                        # then no cell's end""",
    regex.VERBOSE | regex.V0)

# A section or appendix that is a scoring or criteria table ("PHỤ LỤC. TIÊU CHÍ CHẤM ĐIỂM THI
# ĐUA", "III. THANG ĐIỂM"): its "hàng quý", "hàng tháng" rows grade work, they schedule none.
# Not a section whose task is to make the criteria ("7. Về đề nghị hướng dẫn việc xây dựng bộ tiêu chí
# đánh giá xếp loại …: Giao Bộ Nội vụ … trình Chính phủ … trong tháng 12/2025", VPCP TB 2025, crawl
# 826ed569ec2ddaa1): the criteria are the object of its verb, its times are the task's.
SCORING_SECTION = regex.compile(
    r"(?=thang|chấm|bảng|tiêu|bộ)"   # (a first word first: the look-behind is tried only where one stands)
    r"(?<!(?:xây\s+dựng|ban\s+hành|hướng\s+dẫn|hoàn\s+thiện|sửa\s+đổi|rà\s+soát|đề\s+xuất|nghiên\s+cứu|cập\s+nhật)"
    r"(?:\s+(?:việc|lại|các|mới|và|bộ|một)){0,4}\s+)"   # (a few words: an unbounded look-behind ran back over a
                                                     # whole title at each "bộ", cubic on a long one)
    r"(?:thang\s+điểm|chấm\s+điểm|bảng\s+điểm|tiêu\s+chí\s+(?:đánh\s+giá|chấm|xếp|thi\s+đua|bình\s+xét)|bộ\s+tiêu\s+chí"
    # the standards an award is given for ("3. Tiêu chuẩn khen thưởng … + Thường xuyên chỉ đạo,
    # theo dõi …", Đắk Lắk KH 0125/2025): rows that describe merit, no schedule
    r"|tiêu\s+chuẩn\s+(?:khen\s+thưởng|xét\s+(?:khen|tặng)|tặng))",
    regex.IGNORECASE | regex.V0)
# A section that reviews what was done, its heading opening with the review ("I. Đánh giá chung",
# "1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay", "Kết quả đạt được"): its times tell
# past work or the terms of programmes it praises ("… triển khai một số hạng mục trong tháng 4/2026 …
# chưa đáp ứng yêu cầu", Lâm Đồng TB 2026 C062; "bảo đảm chương trình công tác toàn khoá, hằng năm,
# hằng tháng", VPTW KL 07/2025 C043: gold none), no work is scheduled there.  Not a heading whose
# review is the task ("8. Đánh giá kết quả, xây dựng phương hướng hằng tháng, quý …", Thái Nguyên QĐ
# 26/2025 C021: gold P1M, P3M, P6M), nor one that asks for it ("Thường xuyên theo dõi, đánh giá tình
# hình …").
# Only a pure review: a title that also names the tasks, directions or solutions ahead ("I. ĐÁNH GIÁ
# TÌNH HÌNH NĂM 2024 VÀ NHIỆM VỤ, GIẢI PHÁP NĂM 2025", common in annual plans) holds the work scheduled
# (review 25 #1).
REVIEW_SECTION = regex.compile(
    r"""^\W*(?:về\s+)?(?:đánh\s+giá\s+(?:chung|tình\s+hình)|(?:những\s+)?kết\s+quả\s+đạt\s+được)(?![\p{L}])
        (?!.*(?<![\p{L}])(?:nhiệm\s+vụ|phương\s+hướng|giải\s+pháp|kế\s+hoạch)(?![\p{L}]))""",
    regex.IGNORECASE | regex.VERBOSE | regex.V0)
# A heading that is only the name of a report ("Điều 17. Báo cáo định kỳ", Ban Chỉ đạo Nhà nước về Du
# lịch QĐ 170/2025 C026; "3.1. Báo cáo định kỳ hàng tháng:", Hà Nội CV 6397/2025 M01): it titles the
# text below, whose own sentences say who reports and when; not a heading that is a task ("3. Báo cáo
# Ủy ban nhân dân Tỉnh định kỳ 06 tháng …"), nor a label followed by its value ("2. Chế độ báo cáo:
# Định kỳ 6 tháng, 1 năm (…)").  A few words may stand before the report's name when a colon closes
# the title: "3.3. Trách nhiệm tổng hợp báo cáo hàng tháng, 6 tháng và hàng năm:" (M01).
REPORT_NAME_HEADING = regex.compile(
    r"""^\W*
        (?:(?:chế\s+độ\s+)?báo\s+cáo{times}[\s,;:.*]*$        # the report's name alone
         |(?:\p{{L}}+\s+){{1,4}}báo\s+cáo{times}[\s*]*:[\s*]*$)  # or a part's title over it, with its colon
        """.format(times=r"(?:[\s,]+(?:định\s+kỳ|thường\s+kỳ|h[àằ]ng|mỗi|\d{1,2}|tháng|quý|năm|tuần|ngày|và|cả))+"),
    regex.IGNORECASE | regex.VERBOSE | regex.V0)
# A date that may open a range ("trong ngày 02/02/2026 đến ngày 03/02/2026", "Dự kiến ngày
# 05/12 đến …"): the range is due at its end, read on its own.
MAY_OPEN_A_RANGE = regex.compile(r"(?:vào|trong|dự\s+kiến|ngày)\s", regex.IGNORECASE | regex.V0)
# A due day that recurs every year: "trước ngày 15/12 hằng năm".
YEARLY_DUE_DAY = regex.compile(r"\s(?:hàng|hằng)\s+năm$", regex.IGNORECASE | regex.V0)
# A line that goes on with a word in lower case, not with an item's letter ("b) …", "c. …"): after a
# line that ends on ";" it is the rest of that line's sentence, which a crawl broke ("…triển khai thực
# hiện;" / "định kỳ hàng năm (trước ngày 15/11 …) báo cáo kết quả …", Kon Tum QĐ 435/2020).
LINE_OPENS_IN_LOWER_CASE = regex.compile(
    r"""[ \t]*
        (?![a-zđ][.)])   # not an item's letter
        \p{Ll}""", regex.VERBOSE | regex.V0)
# A part's heading in capitals and the number of the item a crawl glued it to: "… III. TỔ CHỨC THỰC
# HIỆN 1.Các sở, ban, ngành; …" (Kon Tum QĐ 435/2020): the item's sentence starts after the number.
CAPITALS_BEFORE_ITEM = regex.compile(r"(?:[\p{Lu}\d]+[ \t]+)+\d{1,2}\.[ \t]*(?=\p{Lu})", regex.V0)
# Where a sentence that may name its own subject begins inside a line (for a deadline's agency):
# after ". " or "; " before a capital.
SUBJECT_SENTENCE_BREAK = regex.compile(r"(?<=[^\s.][.;])\s+(?=\p{Lu})", regex.V0)
# What may stand before a sentence's subject: a list mark ("- ", "a) ", "2.1. ") or a schedule
# label ("Bước 3.").
# (a space may stand between the number or letter and its "." or ")", as in the heading patterns)
SENTENCE_OPENER = regex.compile(
    rf"[\s*]*(?:{BULLET_ITEM_MARK}\s*|(?:{ARABIC_ITEM_NUMBER}|{ITEM_LETTER})\s*[.)]\s+)?", regex.V0)
# A sentence whose subject is a kind of body named by its unit words only, right before its verb:
# "(4) Các cơ quan, tổ chức, đơn vị gửi hồ sơ … về Sở Nội vụ trước ngày 05 tháng 12 năm 2025" (HCM CV
# 4169/2025, gold agency null) — its task names no agency, it is not the section lead's.
@functools.lru_cache(maxsize=None)
def generic_subject() -> regex.Pattern:
    """The kind of body and its verb (models/collective_subject_verbs.txt), review 0.8 #16."""
    verbs = phrase_alternation(vocab.collective_subject_verbs())
    return regex.compile(rf"(?:\(\s*\d{{1,2}}\s*\)\s*)?các\s+{_COLLECTIVE_KIND}(?:\s*,\s*{_COLLECTIVE_MEMBER})*\s+(?:{verbs})(?![\p{{L}}])",
                         regex.IGNORECASE | regex.V0)


# A name of a kind of body only ("Các cơ quan, tổ chức, đơn vị"): it names no one, whichever
# recognizer read it (deadlines._known_subject does not give a time to it).
GENERIC_BODY_NAME = regex.compile(
    rf"(?:các\s+)?{_COLLECTIVE_KIND}(?:\s*(?:,|và)\s*{_COLLECTIVE_MEMBER})*",
    regex.IGNORECASE | regex.V0)
# The rest of an agency heading's label up to its colon ("Các Sở| , ngành, UBND các xã, phường
# và các cơ quan, đơn vị có liên quan:"): no sentence ends inside it, and it goes on with the list
# (not a sentence whose subject is a head alone: "Trung tâm| có văn bản báo cáo …, gồm:").
AGENCY_LABEL_END = regex.compile(r"(?=\s*(?:,|và\s|\())[^.;:\n]{0,150}?(?P<colon>:)", regex.V0)
# A directive that opens a sentence before the agency it gives the work to: "Giao Sở Y tế …",
# "Yêu cầu Nhà đầu tư …", "Đề nghị Ủy ban nhân dân các xã …".
# What follows a clause's subject (and the names listed with it) when the clause only asks it to
# cooperate: "…; Sở Nội vụ, Sở Tư pháp phối hợp, hoàn thành trước ngày 10/12/2025" (the time is the
# task's, its lead's; review 0.8 #9), not "Sở Nội vụ phối hợp với …", which names whom it works with.
SUPPORT_AFTER_SUBJECT = regex.compile(
    r"(?:\s*(?:,|\s(?:và|cùng))\s*(?:\p{Lu}|các\s)[^,;.\n]{0,60}?)*\s+(?:cùng\s+|tham\s+gia\s+)?phối\s+hợp(?!\s+(?:với|cùng)(?![\p{L}]))(?![\p{L}])",
    regex.V0)
SUBJECT_DIRECTIVE = regex.compile(r"(?:đồng\s+thời\s*,?\s*)?(?:giao|đề\s+nghị|yêu\s+cầu)\s+(?=\p{Lu})", regex.IGNORECASE | regex.V0)
# The comma after a time that opens a sentence, before its subject: "Hằng năm, Trung tâm …",
# "Định kỳ hằng năm, ban thường vụ cấp ủy …" (a collective in lower case),
# "Chậm nhất là ngày 22 tháng 02 năm 2026, Ban Thường trực …"; a schedule line's colon: "- Từ
# ngày 05/02/2026 - 08/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã trao đổi …" (Quảng Ninh MTTQ
# KH 2026, gold gives the date to that body).
SUBJECT_AFTER_TIME = regex.compile(r"[ \t*]*[,:][ \t*]*(?=\p{L})", regex.V0)
# "và" between two words of a name ("Các chủ rừng| và |lực lượng Kiểm lâm"), where a list of
# agencies may be joined.
AND_BETWEEN_WORDS = regex.compile(r"(?<=\S)\s+và\s+(?=\S)", regex.V0)
# The clause that grounds a sentence's step, before or after its time: "Căn cứ vào kết quả
# hiệp thương lần thứ nhất, |chậm nhất là ngày …, Thường trực …", "Chậm nhất là ngày …, |căn cứ
# vào kết quả hiệp thương lần thứ hai, |Ủy ban Thường vụ Quốc hội …" (up to its comma).
GROUNDS_CLAUSE = regex.compile(r"(?:căn\s+cứ|trên\s+cơ\s+sở|sau\s+khi)\s[^,.;:\n]{1,200},\s*", regex.IGNORECASE | regex.V0)
# A month, quarter or day before a recurrence that opens a sentence: "Tháng 11 |hằng năm, Trung tâm
# có văn bản báo cáo …" (the subject follows the comma); a recurrence before a due day: "Định kỳ
# |trước ngày 31 tháng 12 hằng năm, Văn phòng Ban Chỉ đạo tổng hợp …" (Ban Chỉ đạo Nhà nước về Du lịch
# QĐ 170/2025, gold: the Office's date and P1Y), "Hằng năm, |trước ngày 15/12, Sở Nội vụ …".
TIME_BEFORE_TIME = regex.compile(r"""(?:vào\s+)?(?:tháng|quý)\s+[\dIV]{1,4}\s+|ngày\s+\d{1,2}(?:\s*/\s*\d{1,2})?\s+
                                     | (?:định\s+kỳ|(?:hàng|hằng)\s+(?:năm|quý|tháng|tuần))\s*,?\s+""",
                             regex.IGNORECASE | regex.VERBOSE | regex.V0)
# A due day after a recurrence that opens a sentence, before the comma and the subject: "Định kỳ| trước
# ngày 31 tháng 12 hằng năm|, Văn phòng Ban Chỉ đạo …" (the recurrence is the subject's too).
DUE_DAY_BEFORE_SUBJECT = regex.compile(
    r"[ \t]*,?[ \t]*(?:trước|chậm\s+nhất(?:\s+là)?|vào)[ \t]+(?:ngày[ \t]+)?\d{1,2}(?:[ \t]*/[ \t]*\d{1,2}|[ \t]+tháng[ \t]+\d{1,2})[^,.;:\n]{0,30}?(?=[ \t]*,)",
    regex.IGNORECASE | regex.V0)
# A time given as a value, alone on its line under the heading it answers ("2. Thời gian thực
# hiện\nQuý III", "3. Kinh phí\nNăm 2025", "Tháng 12", "Hằng năm"): no word of the heading.
TIME_VALUE_LINE = regex.compile(
    r"(?:quý|năm|tháng|tuần|ngày|kỳ|đợt|giai\s+đoạn)\s+(?:\d{1,4}|[IVX]{1,4})|(?:hàng|hằng)\s+(?:năm|quý|tháng|tuần|ngày)",
    regex.IGNORECASE | regex.V0)
# A paragraph that names the task before it as its subject: "Việc chuyển các biên bản nói trên
# phải hoàn thành chậm nhất là …" (the work of the body that opens the paragraph before).
TASK_NAMED_BACK = regex.compile(r"[-+•*\s]*Việc\s", regex.V0)
# A numbered item's label before the sentence's subject: "Biên bản hội nghị (Bước 2): |Các cơ
# quan, đơn vị … gửi …" (the label names no agency, the words after it do).
LABEL_BEFORE_SUBJECT = regex.compile(r"[^:.;\n]{1,80}:\s*(?=\p{Lu})", regex.V0)
# "định kỳ hoặc đột xuất": a recurrence whose alternative is named, no period to come later
# in its clause ("kiểm tra định kỳ hoặc đột xuất …, báo cáo cấp có thẩm quyền hằng năm": two tasks).
OR_UNSCHEDULED_AFTER = regex.compile(r"\s*,?\s*(?:(?:hoặc|và|hay)\s+)?đột\s+xuất", regex.IGNORECASE | regex.V0)
# A month before a yearly recurrence: "Tháng 11 |hằng năm, Trung tâm có văn bản báo cáo …" (that
# month of the plan year, as "trước ngày 30/12 hằng năm" is that day of it).
MONTH_BEFORE_YEARLY = regex.compile(r"(?<!\d\s{1,3})(?<![\p{L}\d/])tháng\s+(?P<m>\d{1,2})\s+$", regex.IGNORECASE | regex.V0)  # not a day's month
# A yearly recurrence before a period: "Hằng năm, tiến hành rà soát … trong Quý I" (every year's Q1).
YEARLY_BEFORE = regex.compile(r"(?:hàng|hằng)\s+năm", regex.IGNORECASE | regex.V0)
# A task or schedule table's last cell that holds only a day (and a time of day), the row's due
# day: "| Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1 |", "| Ngày 15/01 |".
DATE_CELL = regex.compile(
    r"""\|[ \t]*(?P<cell>(?:từ\s+[^|\n]{0,40}?|[\d\s]{1,3}(?:giờ|h)[^|\n]{0,20}?
                       # a range of days, due at its last: "| 01/12/2025 - 15/12/2025 |"
                       |\d{1,2}\s?/\s?\d{1,2}(?:\s?/\s?(?:19|20)\d{2})?\s*[-–]\s*)?(?P<ngay>ngày\s+)?
        (?P<d>\d{1,2})(?:\s+tháng\s+|\s?/\s?)(?P<m>\d{1,2})
        (?(ngay)(?:(?:\s+năm\s+|\s?/\s?)(?P<y>(?:19|20)\d{2}))?|(?:\s+năm\s+|\s?/\s?)(?P<y>(?:19|20)\d{2})))
        [ \t]*(?=\|[ \t]*(?:[\n\f]|$)|[\n\f]|$)""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0,
)
# A labelled time that holds only a day: "Thời gian tổ chức: ngày 15/01/2026.", "Thời gian: 15/01/2026".
DATE_LABEL = regex.compile(
    r"""(?<=(?<![\p{L}])[Tt])hời\s+(?:gian|hạn)(?:(?:\s+[\p{L}]+){0,4}\s*:[\s*_]*
        # or, in running text, the time an activity starts at, its hour before the day: "…, thời gian
        # bắt đầu từ 14h30 phút ngày 30/7/2023." (Sơn La KH 07-KH/BTC 2023, real scan P02: the
        # rehearsal; not "từ ngày …", the start of a span; nor the start of a span of hours and days,
        # "thời gian bắt đầu từ 8h00 ngày 15/4/2025 | đến 17h00 ngày 30/5/2025", due at its end, which
        # DEADLINE reads: the day after the hour closes the time; review28a)
        |\s+bắt\s+đầu(?:\s+từ)?\s+(?=\d{1,2}\s?(?:h|giờ)(?:(?!đến|tới)[^\n.;|:]){0,20}?ngày\s+\d{1,2}\s?/\s?\d{1,2}
                                      (?:\s?/\s?(?:19|20)\d{2})?[ \t]*(?:[.;(]|[\n\f]|$))
        # or the day of the event a letter schedules, named without a colon: "Thời gian tổ chức Hội thi
        # ngày 30/ 12/ 2011." (Phú Thọ Công văn 275/STTTT-CNTT 2011, real scan P04)
        |\s+tổ\s+chức(?:\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3})?\s+(?=ngày\s+\d))
        # a time of day or an earlier day before the date: "8h00-10h00 ngày 28/12/2011", "Chiều ngày 28/12 và
        # cả ngày 29/12/2011" (not a due word, whose date DEADLINE reads: "Dự kiến ngày …", "Trước ngày …")
        (?P<cell>(?:(?!\s|(?:trước|chậm|đến|từ|dự|hạn|không|vào|trong|kết|hoàn)(?![\p{L}]))[^\n.;|:]{1,50}?\s(?=ngày\s)
        # a range of days, due at its last: "Thời gian: 01/05/2025 - 15/05/2025 (2 tuần)" (a project
        # plan in the crawl), as a schedule line's "- Từ ngày 05/02/2026 - 08/02/2026:" (DEADLINE's sched)
                 |(?:ngày\s+)?\d{1,2}\s?/\s?\d{1,2}(?:\s?/\s?(?:19|20)\d{2})?\s*[-–]\s*)?
        (?P<ngay>ngày\s+)?
        (?P<d>\d{1,2})(?:\s+tháng\s+|\s?/\s?)(?P<m>\d{1,2})
        (?(ngay)(?:(?:\s+năm\s+|\s?/\s?)(?P<y>(?:19|20)\d{2}))?|(?:\s+năm\s+|\s?/\s?)(?P<y>(?:19|20)\d{2})))
        (?=[ \t]*(?:[.;(]|[\n\f]|$))""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0,
)
# The period a bare "định kỳ" gives later in its clause: "Định kỳ phát sóng mỗi tháng 02 chuyên mục".
EACH_PERIOD_AFTER = regex.compile(r"[^.;\n]{0,60}?(?<![\p{L}])mỗi\s+(?P<unit>tuần|tháng|quý|năm)(?![\p{L}])", regex.IGNORECASE | regex.V0)
# A dash to a second quarter or month after one: "Quý IV/2025- Quý II/2026", "tháng 3/2026 - tháng 5/2026".
PERIOD_RANGE_GOES_ON = regex.compile(r"\s*[-–]\s*(?:qu[ýí]|tháng)\s+[\dIV]", regex.IGNORECASE | regex.V0)
# A time cell or a labelled time that holds only a month or a year: "| Tháng 12/2025 |", "| 12/2025 |",
# "Thời gian hoàn thành: Tháng 11/2025 (sau khi …)", "Thời gian thực hiện: Năm 2025.", "| Tháng 12 |" (a
# month of the plan year) (DEADLINE reads a
# month only after "trong"/"đến"/"từ", a year cell only at the end of its line).  Two patterns, each
# found from a literal trigger (one alternation of both scans the text several times slower).
_PERIOD_ONLY = r"""(?P<item>(?:tháng\s+)?(?P<m>\d{1,2})\s*(?:/|\s+năm\s+)\s*(?P<y>(?:19|20)\d{2})
                        | năm\s+(?P<yr>(?:19|20)\d{2})
                          # "năm 2025 và các năm tiếp theo": work that starts in that year and goes on is
                          # that year's (Thủ tướng QĐ 2623/2025's task blocks)
                          (?:\s+và\s+(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau|kế\s+tiếp))?
                        | tháng\s+(?P<mp>\d{1,2}))       # "| Tháng 12 |", "Thời gian thực hiện: Tháng 3": the plan year's
                  (?=[ \t]*(?:[.;|(]|[\n\f]|$))"""
PERIOD_CELL = regex.compile(r"\|[ \t]*" + _PERIOD_ONLY, regex.VERBOSE | regex.IGNORECASE | regex.V0)
# A task table's time cell that holds a span of years, due at its last: "| Năm 2025 - 2026 | Nghị định",
# "| 2025 - 2030" closing a row (TP HCM QĐ 2820/2025, Đồng Tháp KH 552/2025, gold 2026 and 2030); the
# cell closes at a border or the line's end (not "| 2021 - 2025 | 35 |" of a figures table: its
# digits after are checked by the reader).
YEAR_RANGE_CELL = regex.compile(
    r"""\|[ \t*]*(?P<item>(?:năm[ \t]+)?(?P<y0>(?:19|20)\d{2})[ \t]*[-–][ \t]*(?P<y>(?:19|20)\d{2}))
        (?=[ \t*]*(?:\||[\n\f]|$))""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0)
# … and a span of years in brackets that closes a task's line: "1. Hoàn thiện hạ tầng … tiến tới thí
# điểm (2025 - 2026)." (TP HCM QĐ 2820/2025's roadmap, gold 2026) — not a period's name inside a
# sentence ("Kế hoạch 5 năm (2021 - 2025) theo Nghị quyết …").
YEAR_RANGE_CLOSING_LINE = re.compile(
    r"\((?P<item>(?P<y0>(?:19|20)\d{2})[ \t]*[-–][ \t]*\n?[ \t]*(?P<y>(?:19|20)\d{2}))\)[ \t*]*[.;]?[ \t*]*(?=\n|$)")
# A review of the work every six months and every year: "b) Sơ kết 6 tháng, 1 năm triển khai thực hiện"
# (Ban Chỉ đạo quốc gia 1237 KH 252/2013, gold P6M and P1Y), "- Báo cáo 6 tháng, cả năm: Sở Tài chính tổng hợp …"
# (Hà Nội CV 6397/2025) — both periods named, so not a review held once six months on ("Sơ kết 6 tháng thực
# hiện Kế hoạch"), nor "6 tháng đầu năm", "năm 2025".
# (each pattern opens with a literal, "6" (its "0" of "06" read before it), "ào" of "vào": ``re`` then finds
# its candidates by a fast search for it, not by trying a look-behind at every character; the words before
# are checked on the candidates)
REVIEW_PERIODS = re.compile(
    r"(?P<half>6\s+(?i:tháng))\s*(?:,|và)\s*(?P<year>(?i:(?:0?1\s+|cả\s+|tổng\s+kết\s+)?năm))(?![^\W\d_]|\s*/|\s+\d)")
REVIEW_WORDS_BEFORE = re.compile(r"(?<!\w)(?i:(?:sơ|tổng)\s+kết|báo\s+cáo)\s+$")
# A review held in a year: "c) Tổng kết giai đoạn 2013-2015 vào năm 2015; giai đoạn 2016-2020 vào năm 2020"
# (KH 252/2013, gold 2015 and 2020) — each "vào năm …" of a sentence that a review opens, before it
# (not a target's "đạt 40% vào năm 2025", which no review opens).
REVIEW_YEAR = re.compile(r"ào\s+(?P<item>(?i:(?:cuối\s+)?năm)\s+(?P<y>(?:19|20)\d{2}))(?!\w)")
REVIEW_OPENS = re.compile(r"(?<!\w)(?:(?i:sơ|tổng)\s+(?i:kết)|(?i:giữa)\s+(?i:kỳ))(?!\w)")
# … or in brackets after it: "Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết thực hiện Kế
# hoạch (năm 2035)" (Đồng Tháp KH 552/2025, gold 2030 and 2035; not "kết quả kiểm kê tài sản hàng năm (năm
# 2025)", Quảng Ngãi QĐ 1627/2025, which no review opens)
REVIEW_YEAR_BRACKETS = re.compile(r"\([ \t]*(?P<item>(?i:(?:vào\s+)?(?:cuối\s+)?năm)\s+(?P<y>(?:19|20)\d{2}))[ \t]*\)")
# The comma after a time that opens a sentence and tells a situation as of it ("Đến 12h00 ngày
# 21/11/2025|, toàn tỉnh ghi nhận …"), checked for a date that is the document's own day.
STATUS_COMMA_AFTER = re.compile(r"[ \t]*,")
# A due word whose date closes the sentence after the act it bounds: "Thời gian chậm nhất gửi báo cáo về
# Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ngày 23/3/2026." (Lương Minh MTTQ HD 2025, gold 2026-03-23);
# not a time counted from an event ("chậm nhất sau 05 ngày kể từ ngày …": no "sau", "kể từ", "từ").
DUE_WORD_THEN_DATE = regex.compile(
    r"""(?<![\p{L}])(?:chậm\s+nhất|hạn\s+chót|hạn\s+cuối)\s+(?!(?:là\s+)?(?:ngày|vào|trước|trong|sau|đến|\d))
        (?P<act>(?:(?!kể\s+từ|từ\s+ngày)[^.;:\n\d()])+?)(?<![\p{L}])
        ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d{2})(?=[ \t]*(?:[.;\n]|$))""",
    regex.IGNORECASE | regex.VERBOSE | regex.V0)
# (found by the words' rare letters, "ậm" / "ạn", each a literal ``re`` searches fast: the pattern is
# matched from the first letter before them)
DUE_WORD_TRIGGERS = (re.compile(r"ậm\s+nhất\s+(?!(?:là\s+)?(?:ngày|vào|trước|trong|sau|đến|\d))"),
                     re.compile(r"ạn\s+(?:chót|cuối)\s+(?!(?:là\s+)?(?:ngày|vào|trước|trong|sau|đến|\d))"))
# The place word that ends a class of bodies named as a lead ("Các sở, ban, ngành| Tỉnh", "Các sở, ngành|
# thành phố"): deadlines._known_subject reads the class without it too.
PLACE_WORD_END = regex.compile(r"\s+(?:tỉnh|thành\s+phố|huyện|xã|phường)$", regex.IGNORECASE | regex.V0)
CLASS_OF_BODIES = regex.compile(r"các\s+(?:sở|ban|ngành|cơ\s+quan|đơn\s+vị|địa\s+phương)(?:\s*,\s*(?:sở|ban|ngành|cơ\s+quan|đơn\s+vị|địa\s+phương|đoàn\s+thể))+",
                                regex.IGNORECASE | regex.V0)
# A task's time label whose value a scan's cropped column cut after its first letters: "C) Thời gian thực
# hiện: Thường" / "c) Thời gian thực hiện: thườ" at the end of a line (Cần Thơ KH 70/2025, an OCR'd scan:
# gold continuous) — "thường xuyên", the one time value that opens so (not one that goes on, "Thường
# xuyên" wrapped onto the next line, which DEADLINE reads).
TRUNCATED_CONTINUOUS_LABEL = regex.compile(
    r"thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:[ \t*_]*(?P<item>thườ(?:ng)?)[ \t*_]*$(?!\s*xuy)",
    regex.IGNORECASE | regex.MULTILINE | regex.V0)
# The bodies whose yearly or ongoing activity, budget or award a time word describes: "lồng ghép vào hoạt động
# thường niên của các ngành, đoàn thể" (Cần Thơ KH 165/2025, gold: none), "nguồn ngân sách nhà nước hằng năm
# của các cơ quan, đơn vị", "khen thưởng hằng năm của các sở, ban, ngành" — an attribute of a noun, no schedule.
BODIES_OWN_AFTER = regex.compile(r"\s*của\s+các\s+(?:ngành|cấp|đơn\s+vị|cơ\s+quan|địa\s+phương|sở|bộ)(?![\p{L}])",
                                 regex.IGNORECASE | regex.V0)
# The years a title names as its plan's horizon: "… GIAI ĐOẠN 2026 - 2030", "LỘ TRÌNH … ĐẾN NĂM 2035",
# "… 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050": a span of years that ends in one is the plan's own
# duration, no task's time (Đồng Nai KH 179/2025's "| 2026 - 2030 |" cells and Đồng Tháp KH 552/2025's
# "| 2025 - 2035 |": gold none; its "| 2025 - 2030 |" a phase, gold 2030).
TITLE_HORIZON = regex.compile(
    r"(?:giai\s+đoạn|thời\s+kỳ)\s+(?:19|20)\d{2}\s*[-–]\s*(?P<span>(?:19|20)\d{2})|đến\s+(?:hết\s+)?năm\s+(?P<by>(?:19|20)\d{2})",
    regex.IGNORECASE | regex.V0)
# Where a time cell (PERIOD_CELL, DATE_CELL) or a labelled time (PERIOD_LABEL, DATE_LABEL) may start.
TIME_CELL_TRIGGER = re.compile(r"\|[ \t]*(?=[TtNn\d])")
TIME_LABEL_TRIGGER = re.compile(r"hời\s+(?:gian|hạn)")
PERIOD_LABEL = regex.compile(r"(?<=(?<![\p{L}])[Tt])hời\s+(?:gian|hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s*:[\s*_]*" + _PERIOD_ONLY,   # "*Thời gian thực hiện: *Tháng 12/2025"
                             regex.VERBOSE | regex.IGNORECASE | regex.V0)
DIGIT = regex.compile(r"\d")
# A task block's labelled lines: its time ("- Thời gian hoàn thành: Quý I/2026;") and its lead
# ("- Đơn vị chủ trì: …", "Cơ quan thực hiện: …"), for a deadline's agency.
# The labels may be items of their own: "b) Cơ quan thực hiện: - Đơn vị chủ trì: Sở Khoa học và Công nghệ. /
# c) Thời gian thực hiện: Hoàn thành trong năm 2025." (Hà Nội KH 308/2025).
# Their mark is a letter's or a number's, with ")" or "." alike ("c. Thời gian thực hiện: …", "3)
# Thời gian thực hiện: …" as Word's lists write them; a letter's dot before a space).
_LABEL_ITEM_OPEN = rf"(?:{ITEM_LETTER}(?:\s*\)|\.(?=\s))|\d{{1,2}}\s*[.)])"
_LABEL_ITEM = r"(?:" + _LABEL_ITEM_OPEN + r"\s*)?"
_TIME_LABEL_HEAD = r"thời\s+(?:gian|hạn)"
_LEAD_LABEL_HEAD = r"(?:(?:cơ\s+quan|đơn\s+vị)\s+(?:chủ\s+trì|thực\s+hiện)|chủ\s+trì)"
# Every head of a task block's label: its time, its lead, its partners, its work and its result.
_TASK_LABEL_HEAD = (r"(?:" + _TIME_LABEL_HEAD + "|" + _LEAD_LABEL_HEAD
                    + r"|(?:cơ\s+quan|đơn\s+vị)\s+phối\s+hợp|phối\s+hợp|nhiệm\s+vụ|nội\s+dung|kết\s+quả|sản\s+phẩm)(?![\p{L}])")
TIME_LABEL_LINE = regex.compile(r"[-+•*\s]*" + _LABEL_ITEM + _TIME_LABEL_HEAD + r"[^:\n]{0,30}:", regex.IGNORECASE | regex.V0)
LEAD_LABEL_LINE = regex.compile(r"[-+•*\s]*" + _LABEL_ITEM + _LEAD_LABEL_HEAD + r"[^:\n]{0,20}(?:\n[^:\n]{0,20})?:",
                                regex.IGNORECASE | regex.V0)
# A lead's label anywhere in a task's text ("… Xã a) Cơ quan thực hiện: Các cơ quan, …", an OCR'd
# scan that ran a block's labels together, Cần Thơ KH 70/2025): the task names its own lead.
LEAD_LABEL_ANYWHERE = regex.compile(r"(?<![\p{L}])" + _LEAD_LABEL_HEAD + r"[^:\n]{0,20}:", regex.IGNORECASE | regex.V0)
# A time label that opens a sentence of its own after the item's tasks, its time right after it: "…
# trên Hệ thống 751. **Thời hạn hoàn thành: trước ngày 30/11/2025.**" (Công điện 230/CĐ-TTg 2025).
CLOSING_TIME_LABEL = regex.compile(
    r"""(?<=[^\s.][.][*_]{0,2}\s{1,3}[*_]{0,2})   # after the sentence before it
        thời\s+(?:hạn|gian)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s*:[*_]{0,2}\s*""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0)
# An item's number or letter after a sentence's end, inside a line: "… Thời gian thực hiện: Quý I/2025. 2.
# Sở Tài chính …" (a crawl that ran a plan's items onto one line, as tune8 U01 ran its part III): the item a
# closing time label ends begins there, not at the line's start.
ITEM_MARK_INSIDE_LINE = regex.compile(
    rf"""(?<=[^\s.][.;][*_]{{0,2}})\s+       # after a sentence's end
        (?:{ARABIC_ITEM_MARK}|{LETTER_ITEM_MARK})\s*(?=\p{{Lu}})""", regex.VERBOSE | regex.V0)
# Nothing more on the item's line after a time: its full stop, emphasis marks.
ITEM_END = regex.compile(r"[\s.;*_]*", regex.V0)
# A result due by a year's end inside a sentence (deadlines._year_end_targets): "(đến) hết năm 2026"
# after a word of the sentence, then the result ("đạt", "không còn", "hoàn thành", a share "100%");
# not a span's end ("từ nay đến hết năm 2025", "từ năm 2025 đến hết năm 2030").  ("đến năm 2030" without
# "hết" stays a horizon: a plan names the year its goals look to, not a time its work is due.)
YEAR_END_TARGET = regex.compile(
    r"""(?<!từ\s+nay\s+(?:đến\s+)?|(?:19|20)\d{2}\s+(?:đến\s+)?)(?<=\p{Ll}\s+)
        (?P<item>(?:đến\s+)?hết\s+năm\s+(?P<y>(?:19|20)\d{2}))(?![\d/\-–])
        # (a result word, whole: not "có thể", a rule "có hiệu lực đến hết năm 2025 có thể gia hạn", review 25 #4)
        (?=\s*,?\s*(?:(?:đạt|không\s+còn|hoàn\s+thành|có(?!\s+thể(?![\p{L}])))(?![\p{L}])|\d{1,3}(?:[.,]\d+)?\s*%))""",
    regex.VERBOSE | regex.V0)
_BY_BEFORE_END_OF_YEAR = regex.compile(r"đến\s+", regex.REVERSE | regex.V0)


def year_end_targets(text: str) -> list:
    """``list(YEAR_END_TARGET.finditer(text))``, tried only where "hết" stands (the pattern
    opens with look-behinds: over a whole text it was entered at every character, 3.7 ms a run
    of the bench texts -> 0.3 ms): at "đến …" right before it, else at "hết" itself."""
    out = []
    pos = 0
    for i in positions_of(text, ("hết",)):
        if i < pos:
            continue  # inside the match before it
        by = _BY_BEFORE_END_OF_YEAR.match(text, pos, i)  # ("đến" + spaces ending at "hết", not before pos)
        m = (YEAR_END_TARGET.match(text, by.start()) if by else None) or YEAR_END_TARGET.match(text, i)
        if m:
            out.append(m)
            pos = m.end()
    return out


# A sentence that opens with the year its work is for, then the work: "… thiếu tính khả thi. Năm 2026,
# cắt giảm, đơn giản hóa 100% điều kiện kinh doanh không cần thiết …" (Bộ VHTTDL CV 6316/2025, tune14
# R05; deadlines._year_end_targets).  Not a year reported ("Năm 2025, Sở đã tổ chức …": "đã" in the
# clause), nor a line's heading ("Năm 2026:", YEAR_TARGET_LINE's).
YEAR_OPENS_SENTENCE = regex.compile(
    r"""(?<=[.;]\s{1,3})(?P<item>Năm\s+(?P<y>(?:19|20)\d{2}))\s*,\s*
        (?=\p{Ll})(?![^.;\n]{0,80}?(?<![\p{L}])đã\s)""",
    regex.VERBOSE | regex.V0)
# A line that opens with the year a target is due: "a) Đến hết năm 2030: …", "**Mục tiêu đến hết năm 2026**".
# Or with the year alone, a phase of a plan of several years: "- Năm 2026: hoàn thành 100% …", "**Năm 2027:**"
# (with its colon: a bold "**Năm 2026**" alone is a table's header cell, review 0.8 #13).
YEAR_TARGET_LINE = regex.compile(
    r"[-+•*\s]*(?:[a-zđ\d]{1,2}[.)]\s*)?(?P<goal>mục\s+tiêu\s+)?(?P<item>(?P<by>đến\s+hết\s+)?năm\s+(?P<y>(?:19|20)\d{2}))[\s*]*(?P<colon>:|$)",
    regex.IGNORECASE | regex.V0)
# A labelled line of a task block ("- Đơn vị chủ trì: …", "*Đơn vị phối hợp: *…", "Kết quả: …").
LABEL_LINE = regex.compile(r"[-+•*\s]*\p{L}[\p{L} ]{1,40}:", regex.V0)
# A lettered or numbered item that is a task block's label ("b) Cơ quan thực hiện:", "c) Thời gian thực
# hiện: …"): its siblings are the same task's other labels, not other tasks.  Only a label's words
# make one: an agency heading with a colon ("a) Công an tỉnh:", "b) Ủy ban nhân dân các xã:") is a
# block of its own (review 0.8 #7).
LABEL_ITEM_HEADING = regex.compile(r"[-+•*\s]*" + _LABEL_ITEM_OPEN + r"\s*" + _TASK_LABEL_HEAD + r"[\p{L} ]{0,40}:",
                                   regex.IGNORECASE | regex.V0)
# A schedule line that opens with its month: "- Tháng 12/2025: Tổ chức sơ kết", "Đợt 2: Tháng 3/2026".
MONTH_SCHEDULE_LINE = regex.compile(
    r"""[-+•*]?\s*(?:(?P<lab>đợt\s+\d{1,2}\s*:\s*))?
        (?P<item>tháng\s+(?P<m>\d{1,2})\s*(?:/|\s+năm\s+)\s*(?P<y>(?:19|20)\d{2}))
        (?(lab)\s*[.;]?\s*$|\s*:)""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0)
MONTH_SCHEDULE_LINE_FIRST = frozenset("-+•*TtĐđ")  # its first character (keep in step with it)
# More quarters after one that gives no year, the last giving it: "Quý I, II/2026", "Quý III và
# Quý IV/2025" (not a dashed range "Quý I - II/2026": due at its end).
QUARTER_LIST_AFTER = regex.compile(
    r"(?:\s*(?:,|và)\s*(?:qu[ýí]\s+)?(?:IV|III|II|I)(?![\p{L}]))+\s*(?:/|năm)\s*(?P<y>(?:19|20)\d{2})(?!\d)",
    regex.IGNORECASE | regex.V0)
BARE_QUARTER_IN_LIST = regex.compile(r"(?:,|và)\s*(?P<q>IV|III|II|I)(?![\p{L}])", regex.IGNORECASE | regex.V0)
# A list of months of one year: "quan trắc vào tháng 4 và tháng 8 năm 2026", "tổ chức trong tháng 11
# và tháng 12/2025", "Thời gian: tháng 11, 12/2025" (each month a period; DEADLINE reads a single month
# only after "trong"/"đến"/"từ", and a month without its year not at all).
# (The list holds twelve months at most, and the spaces and marks after the label a few: an
# unbounded repeat ran a whole comma list of numbers and backtracked over it, quadratic, review 0.8 #1.)
MONTH_LIST = regex.compile(
    r"""(?<=(?<![\p{L}])(?:vào|trong|dự\s+kiến)\s+|(?<![\p{L}])thời\s+(?:gian|hạn)[^:\n]{0,30}:[\s*_]{0,6})
        tháng\s+\d{1,2}(?:(?:\s*,\s*|\s+và\s+)(?:tháng\s+)?\d{1,2}){1,11}(?:\s+năm\s+|\s*/\s*)(?P<y>(?:19|20)\d{2})(?!\d)""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0)
# (a trigger opening with the word in each case, "tháng …" and "Tháng …", searched one after the
# other: each opens with a literal, which ``re`` finds in C; "[Tt]háng" is tried at every "t")
MONTH_LIST_TRIGGER = FirstOfTwo(*(re.compile(t + r"háng\s+\d{1,2}(?:\s*,\s*|\s+và\s+)(?:tháng\s+)?\d") for t in "tT"))
MONTH_IN_LIST = regex.compile(r"(?<![\d/])(?:tháng\s+)?(?P<m>\d{1,2})(?!\d)", regex.IGNORECASE | regex.V0)
# The end of a range of months written with a dash: "| Tháng 12/2025 - Tháng 3/2026 |", "từ tháng
# 12/2025 - tháng 3/2026 tổ chức tuyên truyền" (due at its end, as "Tháng 11 - 12/2025" and "Từ tháng
# 11/2025 đến tháng 4/2026" are; DEADLINE reads a month after a dash only within one year).
MONTH_RANGE_END = regex.compile(
    r"""(?<![\p{L}])tháng\s+\d{1,2}\s*(?:/|\s+năm\s+)\s*(?:19|20)\d{2}\s*[-–]\s*
        (?P<item>tháng\s+(?P<m>\d{1,2})\s*(?:/|\s+năm\s+)\s*(?P<y>(?:19|20)\d{2}))(?!\d)""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0)
MONTH_RANGE_TRIGGER = FirstOfTwo(*(re.compile(t + r"háng\s+\d{1,2}\s*(?:/|\s+năm\s+)\s*\d{4}\s*[-–]\s*[Tt]háng") for t in "tT"))
# Where a clause ends, for "định kỳ … hai tuần một lần" (one recurrence in one clause).
CLAUSE_END = regex.compile(r"[.;\n]")


# ------------------------------------------------------------------ identities (identity.py)
# Patterns run on folded names (lower case, NFC, one spelling of ủy/hóa), see identity.py.

# An official's title before the body's name: "Giám đốc Sở Nội vụ" is Sở Nội vụ's work.
AGENCY_TITLE_PREFIX = regex.compile(
    r"""^(?:giám\s+đốc|phó\s+giám\s+đốc|thủ\s+trưởng|chủ\s+tịch|phó\s+chủ\s+tịch|chánh\s+văn\s+phòng
         |trưởng\s+ban|trưởng\s+phòng|người\s+đứng\s+đầu|lãnh\s+đạo|bí\s+thư|tổng\s+biên\s+tập)
        \s+(?:các\s+)?(?=\S)""", F)
# Units of administration, lowest level last (xã must not match "xã hội"; tỉnh must not match
# "tỉnh ủy" / "tỉnh đoàn").
ADMIN_UNIT = r"""(?:tỉnh(?!\s+(?:ủy|đoàn))|thành\s+phố|huyện(?!\s+(?:ủy|đoàn))|quận(?!\s+ủy)|thị\s+xã
                  |xã(?!\s+hội)|phường|thị\s+trấn|đặc\s+khu)"""
# The place at the end of a name: "tỉnh Gia Lai", "các huyện, thị xã, thành phố", "cấp xã",
# "xã, phường, thị trấn", "trên địa bàn tỉnh", a bare "tỉnh" — optionally followed by a name.
AGENCY_PLACE_TAIL = regex.compile(
    rf"""\s+(?P<place>(?:(?:trên|tại)\s+địa\s+bàn\s+)?(?:các\s+|cấp\s+)?{ADMIN_UNIT}
          (?:\s*(?:,|và|,\s*và)\s*(?:các\s+|cấp\s+)?{ADMIN_UNIT})*
          (?P<name>\s+(?!có\b|liên\b|theo\b|trực\b|thuộc\b)[\p{{L}}\d][\p{{L}}\d\s\-–.]{{0,40}})?)
        (?P<tail>\s+(?:có\s+liên\s+quan|liên\s+quan|theo\s+.*|trực\s+thuộc.*))?$""", F)
ADMIN_UNIT_WORD = regex.compile(ADMIN_UNIT, F)
# Spelling variants inside names, folded: "Phát thanh - Truyền hình" = "Phát thanh và Truyền hình".
AGENCY_SPELLINGS = (
    (regex.compile(r"phát\s+thanh\s*(?:-|–|,|và|&)\s*truyền\s+hình", F), "phát thanh và truyền hình"),
    (regex.compile(r"lao\s+động\s*(?:,|-|–)\s*thương\s+binh", F), "lao động - thương binh"),
    (regex.compile(r"\s*-\s*"), " - "),
    (regex.compile(r"\s*\([^)]*\)?"), ""),
)
# A law's number printed inside its name: "Tổ chức chính quyền địa phương số 72/2025/QH15".
NUMBER_IN_LAW_NAME = regex.compile(
    r"\s*,?\s*(?:số|luật\s+số)\s+(?P<number>\d{1,4}[a-z]?)/(?P<year>(?:19|20)\d{2})/(?P<symbol>[\p{Lu}\d][\p{Lu}\d\-]{1,15})", F)
# The end of a sentence around a citation (for `vnplan cites`).
SENTENCE_BREAK = regex.compile(r"[\n\f]|[.;:](?=\s+[\p{Lu}\-+•*])|[.;](?=\s*$)")
# A clause a recognizer left on an agency name ("… Đồng Nai chủ động phối hợp với", "Ban Công
# tác Mặt trận các"): no agency name goes on with these words.
AGENCY_TRAILING_CLAUSE = regex.compile(
    r"(?:\s+(?:chủ\s+động|phối\s+hợp\s+với|chủ\s+trì|có\s+trách\s+nhiệm|tham\s+mưu\s+cho)\b.*|\s+(?:các|và|của|với))$", F)
# The level of a cited document from its issuer's wording (folded), first match wins; used when
# its symbol does not decide (models/identity/cited_levels.tsv).
CITED_ISSUER_LEVELS = (
    (regex.compile(r"quốc\s+hội(?!\s+và)|chính\s+phủ|thủ\s+tướng|chủ\s+tịch\s+nước", F), "national"),
    (regex.compile(r"trung\s+ương|bộ\s+chính\s+trị|ban\s+bí\s+thư|tỉnh\s+ủy|thành\s+ủy|huyện\s+ủy|đảng\s+ủy|đảng\s+bộ|cấp\s+ủy", F), "party"),
    (regex.compile(r"mặt\s+trận", F), "front"),
    (regex.compile(r"^(?:bộ\s+trưởng\s+)?bộ\s", F), "ministry"),
    (regex.compile(r"\b(?:xã(?!\s+hội)|phường|thị\s+trấn|đặc\s+khu)\b", F), "commune"),
    (regex.compile(r"\b(?:huyện|quận|thị\s+xã)\b", F), "district"),
    (regex.compile(r"\b(?:tỉnh|thành\s+phố|sở|ủy\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân)\b", F), "province"),
)
# Punctuation and "(sửa đổi)" are not part of a law's name when names are compared.
LAW_NAME_NOISE = regex.compile(r"\s*\((?:sửa\s+đổi|mới)\)\s*|[^\p{L}\d]+", F)
# "các" / "cấp" in a place phrase: many bodies ("các xã", "cấp xã").
MANY_PLACES = regex.compile(r"(?:^|\s)(?:các|cấp)\s", F)

# ------------------------------------------------------- sentence structure (assignments, basis)

# A group named without "các" after a level qualifier: "…, cơ quan ngành dọc đóng trên địa bàn".
# One more kind of the same group, at a level, after a comma: "các bộ, | cơ quan Trung ương" (the
# ministries and central agencies, one collective as "các bộ, ngành Trung ương" is: Thông báo
# 636/TB-VPCP and 655/TB-VPCP 2025 read "Các bộ" and "Cơ quan Trung ương" apart), not a body of
# its own named in lower case ("Các chủ rừng | và lực lượng Kiểm lâm").
# The party committees and the government (and the party's other bodies) of one place named
# together: one collective, as the reconciled gold writes it ("Cấp ủy, chính quyền địa phương khu
# vực biên giới …", tune gold C060; "Cấp ủy, tổ chức đảng, cơ quan, đơn vị …", C041), not the
# committee alone and the government apart ("Cấp ủy, chính quyền Thành phố phải xác định …", Thông
# báo 641/TB-VPCP; "yêu cầu cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp tập trung …",
# Thông báo kết luận 432-TB/VPTW, 2025).
PARTY_AND_GOVERNMENT = regex.compile(
    r"""(?i)(?:các\s+)?cấp\s+(?:ủy|uỷ)\s*,\s*
        (?=(?:chính\s+quyền|tổ\s+chức\s+đảng|đoàn\s+thể)(?![\p{L}]))""",
    regex.VERBOSE | regex.V0)
KIND_AT_LEVEL = regex.compile(
    r"""(?:cơ\s+quan|đơn\s+vị|ngành|ban)             # a kind of body, as the group's other words
        \s+(?:Trung\s+ương|cấp\s+(?:tỉnh|huyện|xã))   # named by its level only
        (?![\p{L}])""",
    regex.VERBOSE | regex.V0)
GROUP_WITHOUT_CAC = regex.compile(r"(?:cơ\s+quan|đơn\s+vị)\s+(?!liên\s+quan|có\s+liên)\p{Ll}")
# The head of a kind of body named with no "các", the kind with a lower-case qualifier of its own: "Thủ
# trưởng cơ quan ngang bộ" — a group of another kind named next without "các" is under the same head
# ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, | cơ quan trực thuộc Chính phủ, Chủ tịch …", Công điện
# 230/CĐ-TTg 2025, tune15 K02: assignments.agency_list).  The posts: the `of_a_kind` rows of
# models/agency_heads.tsv.  Not a head over bare unit words ("Người đứng đầu cơ quan, tổ chức", Ban Bí
# thư QĐ 383/2025; "Thủ trưởng cơ quan, đơn vị có liên quan", Thái Nguyên QĐ 26/2025): no qualifier
# follows the kind word, the words name one class of units, not two kinds.  (The name reader takes
# "Người đứng đầu" whole before a known kind, "cơ quan ngang bộ", as it takes "Thủ trưởng": agencies.
# _name_extent asks for a post before a known body of a text opening with any post's first letter.)
HEAD_OF_A_KIND = regex.compile(
    "(?:" + phrase_alternation(vocab.heads_of_a_kind()) + r")\s+(?:cơ\s+quan|đơn\s+vị)\s+\p{Ll}", regex.V0)

# In a labelled list of people ("Đơn vị phối hợp: Các đ/c Phó Chủ tịch, Trưởng đoàn thể xã, các
# đồng chí Chuyên viên cơ quan MTTQ xã") each post starts an entry of its own.
POST_IN_LIST = regex.compile(
    r"""(?:(?:các\s+)?(?:đồng\s+chí|đ/c)\s+)?(?:Trưởng|Phó|Chủ\s+tịch|Chuyên\s+viên|Cán\s+bộ|Bí\s+thư)\b  # capitalized post
      | các\s+(?i:phó|chủ\s+tịch|chuyên\s+viên|cán\s+bộ)\b                                          # "các chuyên viên" """,
    regex.V0 | regex.VERBOSE)
# An abbreviated head before its places in lower case ("UBND phường, xã", "HĐND tỉnh"): read as
# the known name it stands for.
# ("BHXH tỉnh, thành phố": the social insurance of the provinces, Công văn 627/BYT-BH 2021)
LEADING_ABBREVIATION = regex.compile(r"(?:UBND|HĐND|UBMTTQ|BHXH)(?=\s+\p{Ll})", regex.V0)

# A parenthesis after a name, before its verb: "Sở Nông nghiệp và Môi trường (Chi cục Kiểm
# lâm) tổ chức dự báo …", "Ủy ban nhân dân cấp xã (Ban Chỉ huy cấp xã) tham mưu …".
NAME_PARENTHESIS = regex.compile(r"\s*\([^()\n]{1,80}\)")
# A short name the document defines, anywhere in its text: "… của Trung tâm chính trị xã, phường,
# đặc khu (sau đây gọi tắt là Trung tâm)", "Ủy ban nhân dân các xã, phường (gọi tắt là UBND cấp
# xã)", "(sau đây gọi chung là …)", "(sau đây gọi là …)", "(viết tắt là Ban chỉ huy)", "(sau đây
# được gọi tắt là “Trung tâm”)".  The short name opens with a capital and may wrap over a line;
# one in lower case is a level or a class ("(sau đây gọi là cấp xã)", read inside a name by
# NAME_ALIAS; "(gọi tắt là các cơ quan, đơn vị)").  "(còn gọi là …)" gives a thing another name.
# agencies.defined_short_names finds the body each stands for.
SHORT_NAME_DEFINED = regex.compile(
    r"""\(\s*(?:[Ss]au\s+đây\s+)?(?:được\s+)?
        (?:gọi\s+(?:chung\s+|tắt\s+)?|viết\s+tắt\s+)là\s*:?\s*
        ["“]?(?P<short>\p{Lu}[^()"“”,]{1,40}?)["”]?\s*\)""",
    regex.VERBOSE | regex.V0,
)
# A body that writes out its name with the short form it will use, then speaks, in a letter's opening
# sentence: "…, Ban chỉ đạo của Chính phủ về sắp xếp đơn vị hành chính các cấp và xây dựng mô hình tổ
# chức chính quyền địa phương 02 cấp (sau đây viết là Ban Chỉ đạo của Chính phủ) yêu cầu Chủ tịch Ủy
# ban nhân dân các tỉnh …" (BCĐ CV 171/2025, tune14 R09, whose letterhead the crawl lost): the body
# that speaks so issued the letter (metadata._issuer).  One name: no comma or clause end inside it.
SELF_NAMED_SPEAKER = regex.compile(
    r"""(?:^|(?<=[\n,;:]\s{0,3}))
        (?P<who>(?:Ban|Bộ|Ủy\s+ban|Hội\s+đồng|Văn\s+phòng|Cục|Tổng\s+cục|Sở)\s[^()\n;.,:]{3,250}?)
        \s*\(\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:viết|gọi)\s+(?:chung\s+|tắt\s+)?là\s*:?\s*
        ["“]?(?P<short>\p{Lu}[^()"“”\n]{1,80}?)["”]?\s*\)
        \s*(?:xin\s+|trân\s+trọng\s+)?(?:đề\s+nghị|yêu\s+cầu|thông\s+báo|hướng\s+dẫn)(?![\p{L}])""",
    regex.VERBOSE | regex.V0,
)
# A name's short form given in a parenthesis: "Ủy ban nhân dân xã, phường (sau đây gọi là cấp
# xã)" is "Ủy ban nhân dân cấp xã"; "(gọi tắt là Ban Chỉ huy)" names it outright.
NAME_ALIAS = regex.compile(
    r"""^(?P<name>[^()]+?)\s*\(\s*(?:sau\s+đây\s+)?(?:được\s+)?gọi\s+(?:chung\s+|tắt\s+)?là\s*:?\s*
        ["“]?(?P<alias>[^()"”\n]{2,60}?)["”]?\s*\)\s*$""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0,
)

# A unit word printed capitalized after a group's comma, naming no body of its own: one more
# member of the group ("Trách nhiệm của các Sở, | Ban, ngành", Hà Tĩnh QĐ 74/2025, crawl
# ac0f18a2d1b4fb56) — not a board named by its name ("các Sở, | Ban Quản lý Khu kinh tế
# tỉnh"), which the caller tells apart by the name's extent.
UNIT_WORD_OF_GROUP = regex.compile(r"(?i:sở|ban|ngành)(?![\p{L}])", regex.V0)

# What ends a collective inside a list: the next named agency, "và các …", a clause end, a
# purpose, or a group after a level qualifier ("…, đoàn thể cấp tỉnh, | cơ quan ngành dọc …").
# (the means and "tới việc" as SUBJECT_ADVERBIAL spells them, but looked ahead at, as the stop
# is before them, and wider on purpose: a list also ends before "bằng nguồn …" and "tới công tác /
# nhiệm vụ"; case-sensitive, as it always read)
COLLECTIVE_STOP = regex.compile(
    rf"""\s*[;:.()\n]|,\s*(?=\p{{Lu}}|các\s)|\s+và\s+(?=các\s|\p{{Lu}})|\s+(?:để|nhằm|theo|tại|trong(?!\s+{_SCOPE_PLACE}|\s+lĩnh\s+vực\s)|về|khi|nếu|là)\s   # a purpose, a condition, an apposition
                                                   # (not the group's scope: "các sở, ban ngành trong tỉnh", as "trên địa bàn";
                                                   # nor its field: "các hội, hiệp hội trong lĩnh vực thông tin và truyền
                                                   # thông | chỉ đạo …", Thủ tướng QĐ 505/QĐ-TTg 2022 Điều 3.3, real scan Q04)
      | \s+tự\s+(?=bảo\s+đảm|đảm\s+bảo|chịu|tổ\s+chức|thực\s+hiện|xây\s+dựng)   # "… tự bảo đảm kinh phí" 
      | (?<=liên\s+quan)\s+(?={_TOWARDS}(?:việc|công\s+tác|nhiệm\s+vụ)\b)   # "… có liên quan | tới việc thực hiện Kế hoạch này" 
      | \s+bằng\s+(?={_MEANS_QUANTIFIER}(?:{_MEANS}|nguồn)\b)   # "các Đoàn thể tỉnh | bằng nhiều hình thức …": the means 
      | (?<=cấp\s(?:tỉnh|huyện|xã)),\s*(?=cơ\s+quan|đơn\s+vị)   # "…, đoàn thể cấp tỉnh, | cơ quan ngành dọc …"
      | ,\s*(?=mỗi\s)   # "Mỗi sở, ban, ngành, | mỗi lĩnh vực xác định …": a sector is no body
      | (?:,|\s+và)\s+(?=(?:gia\s+đình|người\s+dân|nhân\s+dân|cộng\s+đồng)\b)   # "… chính trị - xã hội | và gia đình": people, no body
      | (?<=trên\s+địa\s+bàn(?:\s+(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)(?:\s+\p{{Lu}}\p{{Ll}}*)*)?)
        \s+(?=(?!(?:có|được|đã|đang|thuộc|của|nơi|quản\s+lý|liên\s+quan|và|hoặc|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)\b)\p{{Ll}})
                          # the group's place closes its name, a word after it is its predicate: "các
                          # đoàn thể trên địa bàn | thông tin, tuyên truyền về …" (Lương Minh HD 2025);
                          # not a clause that says which ("… trên địa bàn tỉnh có hệ thống …") """,
    regex.VERBOSE,
)

# Unit words that go on with a collective though a lower-case body could open at them (a regulation
# attached to a decision lists its addressees so):
# - a generic unit at a level, after a comma or "và", is one more member of the group, the level
#   qualifying the whole: "Các sở, ban, ngành, cơ quan, | đơn vị cấp tỉnh và Ủy ban nhân dân cấp
#   xã" (Bắc Ninh QĐ 82/2025, Quy chế phần mềm tài sản công) — not a body of its own
#   (assignments._collective_end; a unit with a name of its own, "cơ quan Kiểm lâm", still is);
UNIT_AT_A_LEVEL = regex.compile(
    r"""(?:cơ\s+quan|đơn\s+vị)\s+
        (?:cấp\s+(?:tỉnh|huyện|xã|cơ\s+sở|thành\s+phố)|các\s+cấp|trên\s+địa\s+bàn(?:\s+tỉnh|\s+thành\s+phố)?)
        (?=\s*(?:[,;:.()\n]|$)|\s+(?:và|có|phải|chịu|thực|tổ|chủ|căn|theo)\s)   # the group ends there: a list
                                                                         # mark, or its verb""",
    regex.VERBOSE | regex.V0,
)
# - "tổ chức" after a comma is the unit noun, a member of the list, not the verb "to organise":
#   "Các cơ quan, đơn vị, | tổ chức chủ động đặt hàng …" (Bắc Ninh QĐ 81/2025), "Thủ trưởng các Cơ
#   quan, | tổ chức và các cán bộ …" (Ninh Bình QĐ 165/2025); every ", tổ chức" after a collective's
#   head in the tuned-on texts is one ("các cơ quan, tổ chức, đơn vị gửi hồ sơ …").  Matched at the
#   comma before the verb pattern's space; only after a unit word, so that a subject's own verb
#   after a comma ("Sở Nội vụ chủ trì, tổ chức …") stays a verb.
ORGANISATIONS_IN_A_LIST = regex.compile(
    r"(?<=(?i:cơ\s+quan|đơn\s+vị|sở|ban|ngành|đoàn\s+thể|địa\s+phương|doanh\s+nghiệp|hội|cá\s+nhân)),\s+tổ\s+chức\b")

# A decision that devolves powers ("phân cấp thẩm quyền") names in its articles who may decide
# what: "Sở Tài chính | quyết định phê duyệt phương án xử lý …", "Các Sở, ban, ngành cấp tỉnh |
# phê duyệt phương án …" (Đắk Lắk QĐ 031/2025).  A power granted is no task: the tuned-on gold
# of such a decision (C029, Gia Lai QĐ 44/2025) records only its "Tổ chức thực hiện" article.
# The article's title (AUTHORITY_ARTICLE) and the verb right after the body (AUTHORITY_VERB)
# both must say so (assignments._grants_a_power_only).
AUTHORITY_ARTICLE = regex.compile(r"(?i)thẩm\s+quyền", regex.V0)
AUTHORITY_VERB = regex.compile(r"\s*(?:quyết\s+định|phê\s+duyệt)(?![\p{L}])", regex.V0)

# A passive predicate after a named body: "Ủy ban nhân dân cấp xã | được phân cấp thẩm quyền …
# có trách nhiệm tổ chức thực hiện" (Hải Phòng QĐ 210/2025) — what the body is given, no word of
# its name (a class keeps its clause: "Cơ quan, tổ chức, đơn vị được phân bổ …", gold C054; only
# assignments._name_before_verb's named bodies are cut at it).
PASSIVE_AFTER_NAME = regex.compile(r"\s+được\s+(?=\p{Ll})", regex.V0)

# A list cut inside its last member leaves its conjunction on the name before: "Ủy ban nhân dân
# các xã, phường | và các" (the list went on "… và các tổ chức khác đề nghị …", Bắc Ninh QĐ 81/2025,
# where "tổ chức" was read as a verb). No name ends in "và", "và các" or ", các" (agencies.clean_agency);
# a bare "các" at the end may be a name broken over a line ("Ban Công tác Mặt trận các | thôn",
# gold 14): it is kept.
DANGLING_LIST_WORDS = regex.compile(r"(?:\s*,|\s+và)\s+các\s*$|\s+và\s*$", regex.V0)

# What a directive hands on when it names the work, not who does it: "Chủ tịch Uỷ ban nhân dân tỉnh có
# trách nhiệm giao | nhiệm vụ tư vấn, phản biện …" (Bắc Ninh QĐ 81/2025) — a task noun opens no
# addressee (assignments._from_task_sections, a directed heading's addressee read whole).
TASK_NOUN_START = regex.compile(r"(?:nhiệm\s+vụ|trách\s+nhiệm|công\s+tác|công\s+việc|việc|nội\s+dung)(?![\p{L}])",
                                regex.IGNORECASE | regex.V0)

# A comma followed by a possible subject (a capital or "các"): cheap test before reading one.
# … or a request after it: "Căn cứ hướng dẫn này, đề nghị Thủ trưởng các cơ quan, đơn vị …".
# (the party committees are addressed in lower case: "Để làm tốt việc này, yêu cầu cấp uỷ, tổ chức
# đảng, chính quyền, đoàn thể các cấp tập trung …", Thông báo kết luận 432-TB/VPTW 2025)
COMMA_BEFORE_NAME = regex.compile(r",\s+(?:(?:đề\s+nghị|yêu\s+cầu|giao)\s+)?(?:các\s|\p{Lu})"
                                  r"|,\s+(?:đề\s+nghị|yêu\s+cầu|giao)\s+cấp\s+(?:ủy|uỷ)\b")

def _after_opening(verbs: str) -> regex.Pattern:
    """One of ``verbs`` after the comma or semicolon that closes an opening clause, then a
    possible addressee (a capital or "các")."""
    return regex.compile(rf"[,;]\s+(?:[^,.;:]{{0,80}}?\s)?(?:{verbs})\s+(?:các\s|\p{{Lu}})", regex.V0)


# A request that closes an opening statement ("Thực hiện chỉ đạo của UBND Thành phố …, Sở Xây dựng
# đề nghị Ủy ban nhân dân phường, xã và đặc khu thực hiện …"): not "theo đề nghị của …".
# (the opening's grounds listed with ";" end with the issuer's request too: "Thực hiện Luật Khám
# bệnh, chữa bệnh …; Công văn số 2991/VPCP-KGVX …; Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân tỉnh
# … chỉ đạo …", Công văn 6087/BYT-KCB 2013)
REQUEST_AFTER_OPENING = _after_opening(r"đề\s+nghị|yêu\s+cầu")
# The same request made by handing work on ("giao"), read only where the issuing body or leader
# stands right after the opening clause (ISSUER_DIRECTIVE tells "giao" from its noun uses): "Về
# nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư …" (Công văn 2739/VPCP-ĐMDN
# 2019, the shape of a Government Office letter that passes on an instruction).
HANDS_ON_AFTER_OPENING = _after_opening(r"giao")
# An honorific before an addressed post: "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh …",
# "Bộ Y tế đề nghị Đ/c Chủ tịch UBND tỉnh, thành phố tiếp tục chỉ đạo …" (Công văn 384/BYT-KCB
# 2014, 6087/BYT-KCB 2013): the post is the addressee, the honorific no part of its name.
HONORIFIC_BEFORE_POST = regex.compile(r"(?:[Đđ]/[Cc]|[Đđ]ồng\s+chí)\s+(?=\p{Lu})", regex.V0)

# "X chủ trì …", "X có trách nhiệm …": a named subject that takes the lead outside a task part.
LEADS = regex.compile(r"\s*,?\s*(?:chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|là\s+cơ\s+quan\s+(?:thường\s+trực|đầu\s+mối)"
                   # a funding duty: "Các doanh nghiệp, tổ chức kinh tế, cơ sở giáo dục, đào tạo |
                   # bố trí kinh phí từ ngân sách tự chủ của mình để thực hiện …" (round-5 rule 7)
                   # ; and its estimate: "Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã,
                   # đặc khu | xây dựng dự toán kinh phí từ ngân sách hằng năm …" (TP HCM KH 174/2025 VI.1,
                   # tune11 C007; Sơn La QĐ 2954/2025 IV.1, calibration C017: gold leads)
                   r"|(?:chủ\s+động\s+)?bố\s+trí\s+(?:kinh\s+phí|nguồn\s+lực|ngân\s+sách|nguồn\s+vốn)"
                   r"|(?:xây\s+dựng|lập)\s+dự\s+toán(?:\s+(?:kinh\s+phí|ngân\s+sách))?)\b")
# The same responsibility a little after a weak head's name: "Tổ giúp việc về Cải cách hành
# chính | có nhiệm vụ …" (a weak head — Tổ, Hội — is a subject only with it); a regulation's
# "must" too: "Lực lượng canh phòng | phải thường xuyên tuần tra …".
CLAUSE_PUNCTUATION = regex.compile(r"[,;:.()\n]")
RESPONSIBLE_SOON = regex.compile(r"\s(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|phải(?!\s+(?:là|được|có))\s)\b")

# The start of the next item (bullet, number, letter, roman, blank line): partners stand in
# their item, a wrapped line goes on.
# (wider than the shared marks, as it was before they were shared: a number of any depth and
# length, a numeral of I, V, X of any length; a letter's dot needs a space after it)
NEXT_ITEM = regex.compile(
    rf"\n(?=\s*(?:{BULLET_ITEM_MARK}|\d+(?:\.\d+)*[.)]\s|{ITEM_LETTER}(?:\)|\.\s)|[IVX]+\.\s|\n))")

# A short label before an item's sentence: "3. Quy trình giới thiệu: Các cơ quan, tổ chức, đơn vị và
# Ban Công tác Mặt trận thôn tổ chức hội nghị …" (the sentence's subject is the item's agency).
ITEM_LABEL = regex.compile(r"^[^:;,.()\n]{3,40}:\s*(?=\p{Lu})", regex.V0)
# A heading that requests ("Đề nghị Viện Kiểm sát nhân dân tỉnh, …"), not one that gives work.
REQUEST_HEADING = regex.compile(r"(?i)(?:đồng\s+thời\s*,?\s*)?đề\s+nghị\s", regex.V0)

# The words that bring in partners, written once: "phối hợp", "phối hợp chặt chẽ với", "phối hợp
# thường xuyên với" ("phối họp": a slip of typing or OCR), in any letter case ("Phối hợp với
# Trưởng thôn …" opens an item).  Each pattern below anchors them its own way.
_COOPERATION = r"""(?i:
        phối\s+h[ợọ]p\b                          # the verb
        (?:\s+(?:chặt\s+chẽ|thường\s+xuyên))?    # its manner
        (?:\s*,\s*(?:hỗ\s+trợ|tham\s+gia))?      # "phối hợp, hỗ trợ chính quyền địa phương và lực lượng Kiểm lâm …",
                                                  # "có trách nhiệm phối hợp, tham gia cùng Ủy ban nhân dân thành phố Tam Điệp trong …"
        (?:\s+(?:cùng\s+với|với|cùng))?          # before the partners ("phối hợp cùng đơn vị tư vấn",
                                                  # "phối hợp cùng với Công an thành phố, …", Hải Phòng
                                                  # QĐ 223/2025, crawl ef57df9384270c6e)
    )"""
# Anywhere in a task, up to the partners it names: "… phối hợp chặt chẽ với | Sở Nội vụ …".
PARTNER_PHRASE = regex.compile(_COOPERATION + r"\s+", regex.VERBOSE | regex.V0)
# A task's work done with a body, which makes it a partner as cooperation does: "Tỉnh … chủ động
# làm việc với | Bộ Xây dựng về việc giao …" (Thông báo 648/TB-VPCP 2025), "giao Tập đoàn … làm
# việc cụ thể với | công ty TNHH Lọc hóa dầu Nghi Sơn …" (Thông báo 634/TB-VPCP 2025), "Có trách
# nhiệm và chủ động làm việc với | Sở Công Thương, Sở Xây dựng …" (Thái Nguyên QĐ 27/2025, tune6 M08)
# (lower case only; not a meeting, whose other side is a counterpart: "buổi làm việc với …", "tổ
# chức làm việc với UBND xã Bảo Lâm 2 để tháo gỡ …", Lâm Đồng TB 2026, tune C062; read only in a
# task, as the partners are).
WORKS_WITH = regex.compile(r"(?<!buổi\s)(?<!cuộc\s)(?<!tổ\schức\s)làm\s+việc\s+(?:cụ\s+thể\s+|trực\s+tiếp\s+)?với\s+", regex.V0)
# The word that makes a body lead, "chủ trì": a bare label of it ("Chủ trì:", a meeting's chair
# beside MEETING_PARTICIPANTS, matched whole), or an item of a labelled lead list whose partners
# have begun that leads again ("Cơ quan thực hiện: Sở X chủ trì, phối hợp với A; B; Sở C chủ trì,
# phối hợp với D", searched).
LEAD_WORD = regex.compile(r"(?<!\p{L})chủ\s+trì(?!\p{L})", regex.IGNORECASE | regex.V0)
# A task's time label that a crawl joined to the end of its agency line: "… và địa phương
# -Thời gian thực hiện: Thực hiện thường xuyên hằng năm." (Kon Tum QĐ 435/2020) — no agency
# name goes on past it.
JOINED_TIME_LABEL = regex.compile(r"\s[-–+•]\s*Thời\s+(?:gian|hạn)\b[^:]{0,30}:", regex.V0)
# Right after a subject: it only cooperates ("X phối hợp …", not "X phối hợp, chủ trì …").
# Its manner may come first: "Các ngân hàng thương mại | chủ động phối hợp với Sở Y tế trong công tác …",
# "Đề nghị Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy xã | thường xuyên phối hợp, trao đổi thông tin …".
_COOPERATION_MANNER = r"(?:(?i:chủ\s+động|tích\s+cực|thường\s+xuyên)\s+)?"
PARTNER_FIRST = regex.compile(r"\s*,?\s*" + _COOPERATION_MANNER + _COOPERATION + r"(?!\s*,?\s*(?:chủ\s+trì))", regex.VERBOSE | regex.V0)
# After "X phối hợp (chặt chẽ) với | Y": the partner list begins (a subject's own cooperation).
PARTNER_LIST_START = regex.compile(r"\s*,?\s*" + _COOPERATION_MANNER + _COOPERATION + r"\s+", regex.VERBOSE | regex.V0)
# What follows the partners when the subject is only asked to cooperate (round-4 rule 4):
# "… phối hợp với lực lượng Kiểm lâm, chính quyền địa phương | tham gia chữa cháy rừng",
# "… phối hợp với lực lượng Kiểm lâm | trong công tác phòng cháy", or nothing ("… phối hợp với Sở Y tế.").
# A task verb there keeps the subject lead ("… phối hợp với cơ quan Kiểm lâm | tổ chức tuyên truyền").
COOPERATION_ONLY_TAIL = regex.compile(r"\s*(?:$|[.;:]|(?:khi\s+(?:có\s+)?(?:yêu\s+cầu|được\s+yêu\s+cầu)\s*,?\s*)?tham\s+gia\b|trong\s+(?:công\s+tác|việc|quá\s+trình|hoạt\s+động)\b|khi\s+có\s+yêu\s+cầu)", regex.IGNORECASE | regex.V0)
# A duty word before a subject's cooperation: "Lực lượng Quân đội | có trách nhiệm |phối hợp với …".
DUTY_BEFORE_PARTNER = regex.compile(r"\s*,?\s*(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nhiệm\s+vụ)\s+(?:thường\s+xuyên\s+)?(?=" + _COOPERATION + ")",
                                 regex.VERBOSE | regex.IGNORECASE | regex.V0)
# A collective that points at the body named just before it: "Văn phòng Đăng ký đất đai | và |
# các Chi nhánh trực thuộc" (round-5 rule 9: written with its parent).
POINTS_TO_PARENT = regex.compile(r"\s(?:trực\s+thuộc|thuộc)$", regex.IGNORECASE | regex.V0)
AND_ONLY = regex.compile(r"\s+và\s+", regex.V0)
# A procedure's step heading ("Bước 2. Tiếp nhận hồ sơ", "BƯỚC MỘT"): the sentences under it say
# who does each step, so their subjects are given work as a decision's articles give it.
STEP_HEADING = regex.compile(r"[\s*]*(?:[-+•]\s*)?bước\s+(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\b", regex.IGNORECASE | regex.V0)
# A step's label before the sentence saying who does it, on the step's own line: "+ Bước 1: Văn
# phòng Ủy ban nhân dân tỉnh tiếp nhận, thẩm định hồ sơ …" (Cà Mau QĐ 1779/2025, a procedure's
# steps, tune11 C032).
STEP_LABEL = regex.compile(
    r"^(?:[-+•]\s*)?bước\s+(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s*[:.]\s*(?=\p{Lu})", regex.IGNORECASE | regex.V0)
# Its word: only a line that holds it may be a step's (one search instead of a match per line).
STEP_WORD = regex.compile(r"bước", regex.IGNORECASE | regex.V0)

# Where the document itself names a class, at a name's end: "Các cơ quan, đơn vị, địa phương được
# phân bổ danh mục và kế hoạch vốn năm 2023 | nêu tại Điều 1 Quyết định này" (Bình Định QĐ 518/2023,
# tune V06's gold writes the class without it): a pointer into the text, no part of the name.
PLACE_IN_THIS_DOCUMENT = regex.compile(
    r"\s+(?:được\s+)?(?:nêu|quy\s+định|ghi)\s+tại\s+(?:(?:điểm\s+\S+|khoản\s+\d+|mục\s+\S+)\s*,?\s+)*"
    r"(?:Điều\s+\d+|Phụ\s+lục(?:\s+[IVX\d]+)?|(?:khoản|mục)\s+\S+)(?:\s+(?:của\s+)?(?:Quyết\s+định|Kế\s+hoạch|Quy\s+định|Quy\s+chế|Chỉ\s+thị)\s+này|\s+này)?$",
    regex.IGNORECASE | regex.V0)

# "Đồng chí" before the post a sentence gives work to ("Đồng chí Chủ tịch Ủy ban MTTQ xã chịu
# trách nhiệm chỉ đạo chung"): the post is the entry, as printed after it.
# (or "ông bà", "ông, bà", "ông (bà)": "Các ông bà Phó Chủ tịch MTTQ xã có trách nhiệm theo dõi, đôn
# đốc …", Lương Minh HD 2025, tune C055 III.2.g — the honorific of a decision's addressed posts)
_HONORIFIC = r"(?:đồng\s+chí|đ/c|ông\s*(?:,\s*|\(\s*)?bà\s*\)?)"
# (in a name the bracketed "(bà)" may be gone already: "Các ông Phó Chủ tịch …")
COMRADE_IN_NAME = regex.compile(r"(?:(?<=^)|(?<=^các\s))(?:" + _HONORIFIC + r"|(?<=^các\s)ông)\s+(?=\p{Lu})",
                                regex.IGNORECASE | regex.V0)
COMRADE = regex.compile(_HONORIFIC + r"\s+(?=\p{Lu})", regex.IGNORECASE | regex.V0)

# A bullet, number or letter that opens an item ("- ", "2.1. ", "a) ").
# (its bullets take "*" too and its numbers any depth, "1.2.3.4."; a letter's dot needs a space
# after it, as in ``LETTER_HEADING``)
ITEM_MARK = regex.compile(rf"^(?:[-+•*]\s*|\d{{1,2}}(?:\.\d{{1,2}})*[.)]\s*|{ITEM_LETTER}(?:\)|\.(?=\s))\s*)")

# Where a "Căn cứ …" clause inside the body ends.
BASIS_CLAUSE_END = regex.compile(r"[;:]|\.\s")
# A "Căn cứ …" clause that opens inside a line, after a label or a sentence ("Lưu ý: Căn cứ Quy
# định 377 …, các Kết luận số 187, 188-KL/TW …"), up to the citation: the citation is basis.
# (capitalized and case-sensitive: a clause that opens a sentence, not "căn cứ" inside one)
BASIS_CLAUSE_BEFORE = regex.compile(rf"(?:[.:]\s+|\*\s*){BASIS_WORDS.capitalize()}\s(?!(?:vào\s+)?(?:các\s+)?(?:chức\s+năng|nhiệm\s+vụ|trách\s+nhiệm|thẩm\s+quyền))[^;:.\n]{{0,300}}$",
                                     regex.V0)
# "Căn cứ" whose object is an agency's own remit ("- Căn cứ trách nhiệm kiểm tra hoạt động đấu thầu
# theo quy định tại … Nghị định 214/2025/NĐ-CP …, tăng cường công tác kiểm tra", Hà Nội CV
# 6397/2025; "Căn cứ chức năng, nhiệm vụ được giao, …"): the verb of a task, its citations are
# where the duty is written, not the document's legal basis (contract, Clarifications "basis")
REMIT_GROUNDS = regex.compile(r"(?i)căn\s+cứ\s+(?:vào\s+)?(?:các\s+)?(?:chức\s+năng|nhiệm\s+vụ|trách\s+nhiệm|thẩm\s+quyền)(?![\p{L}])", regex.V0)

# A line that ends a paragraph (a crawl wraps basis lines mid-sentence otherwise).
PARAGRAPH_END = regex.compile(r"[;.:]\s*\**$")
# A basis clause's next item on a line of its own after the ";" that ends the line above: "Căn cứ
# Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" / "Luật Sửa đổi, bổ sung một số
# điều của Luật Tổ chức Chính phủ và Luật Tổ chức …" (Ninh Bình QĐ 807/2024 and QĐ 963/2024): a
# cited document's type word, capitalized, opens it (not "Căn cứ" again, not a sentence).
@functools.lru_cache(maxsize=None)
def basis_list_item_line() -> regex.Pattern:
    return regex.compile(rf"[\s*_]*(?-i:(?:{type_alternation()}))\s+\S", regex.V0)

# The line that closes a document's opening statements ("… như sau:", "QUYẾT ĐỊNH:").
# "(Kèm theo Văn bản số … của Bộ Quốc phòng)": a letter's attachment note, no opening statement.
ATTACHMENT_NOTE = regex.compile(r"^\W{0,3}(?:kèm\s+theo|gửi\s+kèm)\b", regex.IGNORECASE | regex.V0)
OPENING_END = regex.compile(r"(?i)(?:như\s+sau|yêu\s+cầu|cụ\s+thể)\s*:\s*\**$|^\**\s*QUYẾT\s+ĐỊNH\s*:")


# (moved from assignments.py, review 0.9 #11: every pattern in one place)
# The text after an item's colon that says who sits in a body, not what it does: "Thành phần dự
# hội nghị gồm …", "Gồm: …".
MEMBERSHIP = regex.compile(r"(?i)(?:thành\s+phần|thành\s+viên|(?:bao\s+)?gồm)\b")
# Where the members' list after a plural ends: a blank line, a heading's bold mark, a sentence end.
MEMBERS_LIST_END = regex.compile(r"\n\s*\n|\*\*|[;.()]|:")
# Members apart by "; ": the first short name ends at a semicolon before the next capitalized one.
SEMICOLON_MEMBERS = regex.compile(r"\p{Lu}[^,;:.()\n]{0,60};\s*\p{Lu}", regex.V0)
SEMICOLON_BETWEEN_MEMBERS = regex.compile(r";\s*(?=\p{Lu})", regex.V0)
# "vận hành" right after "quản lý" is a word of the unit's name, no verb: "các đơn vị quản lý
# vận hành công trình điện lực" (Thái Nguyên QĐ 27/2025 Điều 14.2; assignments._verb_after_name).
AFTER_MANAGEMENT = regex.compile(r"(?i)quản\s+lý\s*(?:,|và)?$")
# The field a post is in charge of, which may be named by verbs ("phụ trách lĩnh vực giám sát"):
# no verb of the post's own (assignments._names_a_post).
IN_CHARGE_OF = regex.compile(r"\sphụ\s+trách\b")
# A heading over requests to partners ("5. Đề nghị các tổ chức, cá nhân phối hợp"): the
# agencies its lines name are partners, not leads.
# (not a part whose topic is the coordination itself, "6. Công tác phối hợp liên ngành": its items
# name who does what, "- Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ hỗ trợ người dân …", lead in
# The "and others" mark that closes a list of bodies before their verb: "…, Hội Cựu chiến binh
# Thành phố, Thành Đoàn... phát động các cuộc vận động" (TP HCM QĐ 3210/2014), "…, Hội cựu chiến
# binh... tăng cường kiểm tra" (Bộ LĐTBXH CV 1040/2012) (assignments._sentence_subjects).
ETC_AFTER_LIST = regex.compile(r",?\s*(?:\.{3}|…)\s*(?=\p{Ll})")
# A colon that lists a sentence's partners ("phối hợp với các cơ quan chức năng: Sở Y tế, …"):
# the subject's sentence goes on after it (assignments._from_task_sections).
PARTNERS_BEFORE_COLON = regex.compile(r"(?i)\bphối\s+hợp(?:\s+với)?\s+(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|lực\s+lượng|ngành)[^:;.]{0,40}$")
# the reconciled gold of Đắk Lắk KH 0130/2025)
# (nor a part whose topic is the rules of coordination and reporting, "4. Chế độ phối hợp, báo
# cáo", "Cơ chế phối hợp", "Quy chế phối hợp": its items name who does what, TP HCM QĐ 3210/2014)
PARTNERS_HEADING = regex.compile(r"(?i)(?<!công tác |chế độ |cơ chế |quy chế |mối quan hệ )\bphối\s+hợp\b")
# A heading that only names a collective of bodies with a generic qualifier, no work of its own:
# "2. Các Sở, ngành có liên quan", "Các sở, ban, ngành" (assignments._from_task_sections).
COLLECTIVE_GROUP_HEADING = regex.compile(r"(?i)^các\s+(?:sở|cơ\s+quan|đơn\s+vị|ban|ngành)\b[\w\s,]{0,40}$")
# An item numbered in brackets: "(1) Người đứng đầu cơ quan chuyên môn … xem xét, quyết định …".
# "(2) Chủ tịch …", and the small roman numerals of a notice's points under a request ("đề nghị:
# / (i) Tập đoàn … báo cáo … / (iv) Giao Bộ Công Thương …", Thông báo 653/TB-VPCP 2025)
PARENTHESIZED_ITEM = regex.compile(r"\((?:\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x)\)\s+")
# Two collectives sharing the qualifier of the second: "các đơn vị sự nghiệp công lập, các doanh
# nghiệp nhà nước | trực thuộc Ủy ban nhân dân Thành phố" (each its own entry, the qualifier on
# both: reconciled tune5 gold, N11).
UNDER_BODY = regex.compile(r"\s(?:trực\s+)?thuộc\s+\p{Lu}.*$")


# ---------------------------------------------------------------------- task tables
# Where a table cell's printed lines were joined between two bodies: a lower-case word that is no
# link ("thuộc", "của", "và" …) then a body's capitalized head, "Các" with a unit word, or "UBND"
# ("… phường, đặc khu | Sở Tài chính", "Sở Tài chính | Các sở, ngành"; TP HCM QĐ 2820/2025):
# assignments._cell_agencies.
CELL_LINES_JOINED = regex.compile(
    r"""(?<=\p{Ll})(?<!\b(?:thuộc|của|và|với|cho|tại|trực|các|gồm|là|hoặc))\s+
        (?=(?:Các\s+(?:sở|ban|ngành|cơ\s+quan|đơn\s+vị|Sở)\b|(?:Sở|Bộ|Ban|Viện|Trung\s+tâm|Công\s+an|Ủy\s+ban)\s+\p{Lu}|UBND\b))""",
    regex.VERBOSE | regex.V0,
)

# (assignments._from_task_tables: "STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian" and its rows)
# (moved from assignments.py, review 0.9 #11) The cells of a task table's row, "|" apart.
TABLE_CELL = regex.compile(r"[^|]+")
# The words of a task table's header labels, each naming a column: models/task_table_headers.tsv
# (the one list for the crawled tables of normalize, the layout-kept tables of aligned_tables and
# the columns assignments._table_columns reads).  Labels read by OCR may carry a speck between
# their words ("Đơn vị phối - hợp").
_HEADER_WORD_GAP = r"[\s.,:;'\-]*"


def _header_labels(*columns: str, marking: bool = False) -> str:
    """The alternatives of the header labels that name one of ``columns`` (``marking``: only
    those that mark a row as a task table's header)."""
    out = []
    for h in vocab.task_table_headers():
        if h.column in columns and (h.marks_header or not marking):
            words = _HEADER_WORD_GAP.join(map(regex.escape, regex.findall(r"\w+", h.label)))
            out.append(rf"^[\s*]*{words}\b" if h.first else words)
    return "|".join(out)


# "Cơ quan thực hiện", "Cơ quan, đơn vị thực hiện", "Trách nhiệm / thực hiện" (a cell wrapped
# over two printed lines) name the lead as well as "Chủ trì".
_DOERS_LABEL = r"(?:(?:{})[\s,/]+)+thực\s+hiện"
LEAD_COLUMN = regex.compile(rf"(?i){_header_labels('lead')}|^{_DOERS_LABEL.format(_header_labels('body', 'doer'))}")
# A column that lists the items and, in its group rows, the bodies doing them, its label the two
# parted by "/": "Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện" over "| I | SỞ GIÁO DỤC VÀ
# ĐÀO TẠO | 7.500 |" and "| 1 | Trường THPT số 3 An Nhơn …; HM: Nhà lớp học … | 3.000 |" (Bình
# Định QĐ 518/2023's capital annex, tune V06).
ITEMS_AND_DOERS_LABEL = regex.compile(r"^(?P<items>[^/]{3,60}?)\s*/\s*(?P<doers>\S[^/]{3,60})$", regex.V0)
# A group row's number: a Roman numeral.
GROUP_ROW_NUMBER = regex.compile(r"^[IVXLC]+\.?$", regex.V0)
# A locality named as the body that does the work: "Huyện Tuy Phước", "Thị xã Hoài Nhơn", "Thành
# phố Quy Nhơn" (the district's government; gold V06).
LOCALITY_AS_BODY = regex.compile(
    r"^(?:Tỉnh|Thành\s+phố|Huyện|Quận|Thị\s+xã|Xã|Phường|Thị\s+trấn|Đặc\s+khu)\s+\p{Lu}\p{L}*(?:\s+(?:\p{Lu}\p{L}*|\d+))*$", regex.V0)
# A task table's column of the bodies in charge named without "chủ trì": "Bộ phụ trách tiếp
# nhận, xử lý" (Công văn 174/CV-BCĐ 2025's annex), "Cơ quan chịu trách nhiệm", "Đơn vị được giao"
# — a body word first ("Lãnh đạo phụ trách", "Địa bàn phụ trách" name a person or an area).
IN_CHARGE_COLUMN = regex.compile(rf"(?i)^(?:{_header_labels('body')})\s+(?:{_header_labels('in_charge')})\b")
SUPPORT_COLUMN = regex.compile(rf"(?i){_header_labels('support')}")
TASK_COLUMN = regex.compile(rf"(?i){_header_labels('task')}")
# (the time column: "Thời gian hoàn thành", "Thời hạn", "Tiến độ thực hiện")
TIME_COLUMN = regex.compile(rf"(?i){_header_labels('time')}")
# A label that marks a task table's header: a crawled table whose first row has one is a data
# table (normalize.crawl_table_rows), a layout-kept line with two is a task table's header row
# (aligned_tables).  (not the words common in prose, marks_header 0: "hoạt động", "công việc")
TASK_TABLE_LABEL = regex.compile(
    rf"(?i){_header_labels('lead', 'support', 'task', 'time', 'product', marking=True)}"
    rf"|(?<![\p{{L}}]){_DOERS_LABEL.format(_header_labels('body', 'doer', marking=True))}")
# (a row's number: "1", "2.1", "IV.")
TABLE_ROW_NUMBER = regex.compile(r"^(?:\d+(?:\.\d+)*|[IVXLC]+)\.?$")
# "Sở Công Thương, các doanh nghiệp viễn thông": a collective after a comma is a name of its own
COLLECTIVE_AFTER_COMMA = regex.compile(r",\s*(?=các\s)")


# ------------------------------------------------------------------ space-aligned tables
# (pipeline/aligned_tables.py: a PDF converted to text with its layout kept)
# The header of the row-number column, and a row number under it ("1", "2.1", "IV").
ALIGNED_NUMBER_LABEL = regex.compile(r"(?i)^(?:stt|tt|số\s+tt)$")
ALIGNED_ROW_NUMBER = regex.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,6})\.?$")
# A run of words separated by single spaces (a piece of one cell on one line).
ALIGNED_CHUNK = regex.compile(r"\S+(?:[ ]\S+)*")


# What opens an annex's note before the document's own citation: "(Kèm theo Hướng dẫn số …",
# "*(Ban hành kèm theo Quyết định số …" at the start of its line.
ATTACHMENT_NOTE_BEFORE = regex.compile(r"[\s*_]*\(\s*[*_]*\s*(?:[Bb]an\s+hành\s+)?[Kk]èm\s+theo\s+", regex.V0)

# The body a document without its letterhead names in its opening sentence: "Sở Kế hoạch và
# Đầu tư xây dựng Kế hoạch …", "UBND tỉnh có ý kiến chỉ đạo như sau:", "Ban Tuyên giáo và Dân
# vận Trung ương hướng dẫn việc xây dựng … như sau:" (a Hướng dẫn whose crawl lost its header).
OPENING_ISSUER = regex.compile(
    r"""(?P<who>(?:Chủ\s+tịch\s+)?(?:Sở|Ủy\s+ban\s+nhân\s+dân|UBND|Ban|Văn\s+phòng|Trung\s+tâm)
          (?:(?!\s+về\s)[^,;.\n\d]){0,80}?)
        \s*(?:\([^)]{1,20}\)\s*)?(?:tỉnh\s+|huyện\s+|xã\s+)?
        (?:(?:xây\s+dựng|ban\s+hành)\s+(?:Kế\s+hoạch|kế\s+hoạch)
          |có\s+ý\s+kiến(?:\s+chỉ\s+đạo)?\s+như\s+sau\s*:
          |(?:chỉ\s+đạo|yêu\s+cầu)\s*(?:như\s+sau\s*)?:
          |hướng\s+dẫn\s+(?:việc\s+)?[^.:;\n]{1,200}?\s+như\s+sau\s*:)""",
    regex.VERBOSE | regex.V0,
)

# The enacting clause of a legal document whose crawl lost its letterhead names the issuing
# body at the start of its line: "Thủ tướng Chính phủ ban hành Quyết định …", "Bộ trưởng Bộ
# Tài chính ban hành Thông tư …", "Ủy ban nhân dân tỉnh ban hành Quyết định …", "Hội đồng nhân
# dân Thành phố ban hành Nghị quyết …" (the formula the law on legal documents prescribes; its
# body agrees with the letterhead on every crawl page that kept one).  A minister or governor
# enacts for the ministry or bank he heads (group ``body``; a ministry only so: "Bộ Tài chính
# chưa ban hành Thông tư …" is a sentence); a chairman's own decision is left to the letterhead.
# Not "Sau khi Thủ tướng … ban hành Chỉ thị" inside a sentence, nor a document cited by its number
# on a line of its own ("Chính phủ ban hành Nghị định số 12/2025/NĐ-CP …" in a letter's body): the
# enacting clause names no number, its own being in the header; and it enacts the document's own
# kind (group ``kind``: a letter's "Thủ tướng Chính phủ ban hành Quyết định phê duyệt …" cites one).
ENACTING_ISSUER = regex.compile(
    r"""^[*_\s]*(?P<who>(?:Bộ\s+trưởng\s+(?=Bộ\s)|Thống\s+đốc\s+(?=Ngân\s))?
          (?P<body>Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ
          |(?<=trưởng\s+)Bộ\s+\p{Lu}[^;.:\d*]{1,60}?  # (a comma and a line break may stand in its name)
          |Ngân\s+hàng\s+Nhà\s+nước\s+Việt\s+Nam
          |(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân(?:\s+(?:tỉnh|[Tt]hành\s+phố|huyện|quận|thị\s+xã|xã|phường|Tỉnh)(?:\s+\p{Lu}\p{Ll}*){0,4})?
          |Hội\s+đồng\s+nhân\s+dân(?:\s+(?:tỉnh|[Tt]hành\s+phố|huyện|quận|thị\s+xã|xã|phường|Tỉnh)(?:\s+\p{Lu}\p{Ll}*){0,4})?))
        \s+ban\s+hành\s+(?P<kind>Quyết\s+định|Thông\s+tư(?:\s+liên\s+tịch)?|Nghị\s+định|Nghị\s+quyết|Chỉ\s+thị)(?![\p{L}])
        (?![ \t]*(?:\n[*_ \t]*)?(?:số\b|\d))""",
    regex.VERBOSE | regex.MULTILINE | regex.V0,
)

# The sender of a telegram (Công điện), on its own line before the addressees: "THỦ TƯỚNG
# CHÍNH PHỦ điện:", "BỘ XÂY DỰNG điện:" (Công điện 224/CĐ-TTg, 96/CĐ-BXD 2025); the issuer
# when a crawl lost the letterhead (it agrees with the letterhead on every page that kept one).
# One line only, the title above it being in capitals too; but a lone word on the line above is
# the name's first word ("THỦ" / "TƯỚNG CHÍNH PHỦ điện:", Công điện 226/CĐ-TTg 2025) — group
# ``lone``, which the reader leaves to the title when the line opens a body's name by itself
# ("… ỨNG PHÓ VỚI MƯA" / "LŨ" / "BỘ XÂY DỰNG điện:").
TELEGRAM_SENDER = regex.compile(
    r"^[*_ \t]*(?P<who>(?:(?P<lone>\p{Lu}+)[ \t]*\n[*_ \t]*)?(?P<line>\p{Lu}[\p{Lu} \t,]{2,100}?))[*_ \t]*điện[*_ \t]*:",
    regex.MULTILINE | regex.V0)


# A body that speaks in a letter's body, its head word given (models/head_posts.tsv, from the
# post its signature signs for): "Bộ Công Thương thông báo các thương nhân …", "Cục Lãnh sự Bộ
# Ngoại giao xin trân trọng thông báo", "Bộ Tài chính kính báo cáo Thủ tướng", "Cục Thuế đề nghị
# các Thuế tỉnh", "Sở Nội vụ đề nghị các doanh nghiệp" (TP HCM CV 10283/2025, signed "KT. GIÁM
# ĐỐC") (crawled letters of 2025 whose letterhead was lost).  The name opens with a
# capital and ends where the speaking verb begins (a name's later words may be in lower case:
# "Bộ Tài chính", "Cục Thuế"); no digit or sentence mark inside it.
SPEAKING_VERB = r"""(?:đã\s+|sẽ\s+|xin\s+|trân\s+trọng\s+|kính\s+)*
    (?:đề\s+nghị|yêu\s+cầu|thông\s+báo|báo\s+cáo|công\s+bố|trao\s+đổi|hướng\s+dẫn)(?![\p{L}])"""


@functools.lru_cache(maxsize=None)
def speaker(heads: tuple[str, ...]) -> regex.Pattern:
    """The pattern of a body of one of ``heads`` ("Bộ", "Cục") speaking: group ``who``."""
    alternatives = "|".join(r"\s+".join(map(regex.escape, h.split())) for h in sorted(heads, key=len, reverse=True))
    tense_aspect = "|".join(map(regex.escape, vocab.tense_aspect_words()))
    # (the name runs over no word of a clause, "đã", "được" …: "Bộ Tài chính đã nhận được văn
    # bản … và đề nghị" is no name; and names no list of bodies, "Bộ Y tế, Bộ Tài chính đề
    # nghị", of which one alone issued the letter; an abbreviation in parentheses may follow it,
    # "Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đề nghị")
    return regex.compile(
        rf"""(?<![\p{{L}}])(?<!(?:{alternatives})\s+\p{{Lu}}[\p{{L}}\s\-]{{0,60}}(?:,|\svà)\s{{1,3}})
        (?P<who>(?:{alternatives})\s+\p{{Lu}}
                (?:(?!\s(?:{tense_aspect}|được)\s|[,\s]+(?:và\s+)?(?:{alternatives})\s+\p{{Lu}})
                   [\p{{L}}\s,\-]){{0,60}}?)
        (?:\s*\([\p{{Lu}}&]{{2,12}}\))?
        \s+{SPEAKING_VERB}""",
        regex.VERBOSE | regex.V0)


# The local governments of the 2025 reform (in force 1 July 2025): communes, wards and "đặc khu"
# (special zones) directly under the province, no districts. A text that addresses a "đặc khu"
# as a local government ("UBND xã, phường, đặc khu Côn Đảo", "Ủy ban nhân dân các xã, phường,
# đặc khu") was written in 2025 or later.
REFORM_2025_YEAR = 2025
REFORM_2025_UNIT = regex.compile(
    r"(?i)(?:ủy\s+ban\s+nhân\s+dân|ubnd)(?:\s+các)?\s+(?:(?:xã|phường)\s*,\s*){1,2}(?:và\s+)?đặc\s+khu"
    r"|(?:ủy\s+ban\s+nhân\s+dân|ubnd)\s+đặc\s+khu",
    regex.V0,
)

# The kinds of the local governments under a province since the 2025 reform (communes, wards,
# towns, special zones), then the districts' kinds of before: one spelling for every pattern that
# names a locality by its kind (assignments joins them with single spaces, names being collapsed).
COMMUNE_KINDS = ("xã", "phường", "thị trấn", "đặc khu")
LOCALITY_KINDS = (*COMMUNE_KINDS, "huyện", "quận", "thị xã")
# A people's council or committee written out, with single spaces (a name as collapsed).
PEOPLES_BODY_NAME = r"(?:Thường trực )?(?:Hội đồng nhân dân|Ủy ban nhân dân)"

# A plural of a kind of body whose members follow a colon, each written with the kind: "Ủy ban
# nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông" (a heading), "phối hợp với Ủy ban nhân dân
# 04 xã: Gia Thuận, …" (Đồng Tháp KH 556/2025), "Các sở: Nông nghiệp và Môi trường, Xây dựng, Nội
# vụ và UBND các xã" (Hà Nội CV 6397/2025).  The kind ends the name found, or stands after it.
# (provinces too: "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo
# …", Công điện 232/CĐ-TTg 2025; a list of mixed kinds, "các tỉnh, thành phố: …", stays whole)
# (and "thành phố": "Ủy ban nhân dân các thành phố: Hà Nội, Cần Thơ", Thông báo 624/TB-VPCP 2025)
_MEMBER_KIND = "(?P<kind>" + "|".join(kind.replace(" ", r"\s+") for kind in (*LOCALITY_KINDS, "tỉnh", "thành phố")) + ")"
LOCALITIES_PLURAL_END = regex.compile(r"\s+(?:các|\d{1,2})\s+" + _MEMBER_KIND + r"$", regex.IGNORECASE | regex.V0)
# "Các Bộ", "Các Cục", or with the post that heads each ("Bộ trưởng các Bộ", "Thủ trưởng các Sở",
# "Cục trưởng các Cục"), before their members after a colon (Công điện 217/CĐ-TTg, 231/CĐ-TTg,
# 221/CĐ-TTg of 2025: "Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, …").
_HEAD_OF_EACH = r"(?P<post>(?:Bộ\s+trưởng|Thủ\s+trưởng|Giám\s+đốc|Cục\s+trưởng|Vụ\s+trưởng|Lãnh\s+đạo)\s+)?"
# (or the kind with the other bodies of its rank, whose members are named in full: "Các Bộ, cơ quan:
# Tài chính, Xây dựng, …, Ngoại giao, Tập đoàn Điện lực Việt Nam theo chức năng …", Thông báo
# 648/TB-VPCP 2025; "Các sở, ngành: Nội vụ, Tài chính, Công an tỉnh"; the groups by their brand:
# "đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức
# …", Thông báo 634/TB-VPCP 2025)
DEPARTMENTS_PLURAL = regex.compile(
    "^" + _HEAD_OF_EACH +
    r"[Cc]ác\s+(?P<kind>[Ss]ở|[Bb]ộ|[Cc]ục|[Vv]ụ|[Tt]ập\s+đoàn)(?P<others>\s*,\s*(?:cơ\s+quan|ngành))?$", regex.V0)
# A task table's cell that names a plural of a kind and its members after a colon: "Các Cục: Di
# sản văn hóa, Bản quyền tác giả", "Các Cục: Bản quyền tác giả; Phát thanh truyền hình và Thông
# tin điện tử; Xuất bản, In và Phát hành; …" (Công văn 6225/BVHTTDL-VP 2025): each member is the
# kind's body, as in a sentence (assignments._members_listed_apart).
CELL_PLURAL_MEMBERS = regex.compile(r"^[Cc]ác\s+(?P<kind>Sở|Bộ|Cục|Vụ)\s*:\s*(?=\p{Lu})", regex.V0)
# Where such a cell's list of members ends: its full stop (a body named after it is one of its own:
# "…; Du lịch Quốc gia Việt Nam. Vụ Kế hoạch, Tài chính.").
CELL_MEMBERS_END = regex.compile(r"\.(?:\s|$)|$", regex.V0)
# The same plural with its members right after it, no colon between: "Các Bộ Quốc phòng, Công an:
# Chỉ đạo …", "Các Bộ Xây dựng và Công an: Phối hợp …", "các Tập đoàn VNPT, Viettel, Mobifone khẩn
# trương …" (Công điện 225/CĐ-TTg 2025): the kind word capitalized, a capitalized member after it.
DEPARTMENTS_PLURAL_NAMED = regex.compile(  # (matched at a name's start: no "^")
    _HEAD_OF_EACH +
    r"[Cc]ác\s+(?P<kind>Sở|Bộ|Cục|Vụ|Tập\s+đoàn)\s+(?=\p{Lu})", regex.V0)
LOCALITIES_PLURAL_AFTER = regex.compile(r"\s*(?:các|\d{1,2})\s+" + _MEMBER_KIND + r"\s*:[ \t]*\n?[ \t]*", regex.IGNORECASE | regex.V0)
# A plural's members after its colon, then the sentence goes on with its verb: ": Ninh Bình, Bắc
# Ninh, Phú Thọ, Tuyên Quang | đẩy nhanh …" (two names or more, each of capitalized words).
_LOCALITY_WORDS = r"\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*){0,4}"
LOCALITY_MEMBERS_BEFORE_VERB = regex.compile(
    rf":\s*{_LOCALITY_WORDS}(?:\s*,\s*{_LOCALITY_WORDS})*(?:\s*,\s*|\s+và\s+){_LOCALITY_WORDS}\s+(?=\p{{Ll}})", regex.V0)
MEMBERS_COLON = regex.compile(r"\s*:[ \t]*\n?[ \t]*", regex.V0)
# A colon inside an item's sentence that lists the places of an object or focus phrase, not one
# that closes the item's subject: "5. Bộ trưởng Bộ Tài chính chủ trì … đề xuất phương án hỗ trợ
# … cho các tỉnh: Đắk Lắk, Gia Lai, Khánh Hòa và Lâm Đồng để …", "1. Chủ tịch Ủy ban nhân dân các
# tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh: Đắk Lắk, …:" (Công điện
# 234/CĐ-TTg 2025, tune14 R11). The plural after a preposition or "là" is no subject; the colon
# is read only when two place names or more follow it (assignments._item_colon).
PLACES_OF_A_PHRASE_BEFORE_COLON = regex.compile(
    r"(?:\bcho|\btại|\blà|\bở|\bcủa|\bđối\s+với)\s+(?:các|những)\s+" + _MEMBER_KIND
    + r"(?:\s*,\s*(?:thành\s+phố|tỉnh))?\s*$", regex.IGNORECASE | regex.V0)
PLACES_AFTER_COLON = regex.compile(
    rf":\s*{_LOCALITY_WORDS}(?:\s*,\s*{_LOCALITY_WORDS})*(?:\s*,\s*|\s+và\s+){_LOCALITY_WORDS}", regex.V0)
# What a heading's body is asked to do most, after its name: ", trong đó trọng tâm là các tỉnh …",
# ", nhất là …", ", đặc biệt là …" (a focus, no word of the name; Công điện 234/CĐ-TTg 2025 item 1,
# tune14 R11).
FOCUS_CLAUSE = regex.compile(r"\s*,\s*(?:trong\s+đó|nhất\s+là|đặc\s+biệt\s+là)\s", regex.IGNORECASE | regex.V0)
# A locality's proper name: capitalized words ("Gò Công Đông"), up to five.
LOCALITY_NAME = regex.compile(r"\p{Lu}[\p{L}\d]*(?:[ \t]*\n?[ \t]*\p{Lu}[\p{L}\d]*){0,4}(?![\p{L}\d])", regex.V0)
# A department's short name in such a list, up to its comma or "và": "Xây dựng", "Quy hoạch - Kiến trúc".
DEPARTMENT_SHORT_NAME = regex.compile(r"\p{Lu}[^,;:.()\n]{0,80}?(?=\s*(?:,|;|:|\.|\(|\)|$)|\s+và\s)", regex.V0)
MEMBER_NEXT = regex.compile(r"\s*,\s*|\s+và\s+", regex.V0)

# The departments' collective of a place, with "của" or "thuộc": "các sở, ban, ngành thuộc tỉnh",
# "các sở, ngành của Thành phố".  One document's ways of naming it are one body (round-7 rule 5).
_DEPARTMENT_UNIT = r"(?:sở|ban|ngành)"
_DEPARTMENT_UNITS = rf"^các\s+(?P<units>{_DEPARTMENT_UNIT}(?:\s*,\s*{_DEPARTMENT_UNIT})*)"  # "các sở, ban, ngành"
DEPARTMENTS_OF_PLACE = regex.compile(
    _DEPARTMENT_UNITS + r"\s+(?:của|trực\s+thuộc|thuộc)\s+(?P<place>\S.{0,40})$",
    regex.IGNORECASE | regex.V0)

# The issuer's own departments, bare or by its level only: "các Sở, ban, ngành", "… Thành phố",
# "… của tỉnh", "… thuộc Thành phố", "… cấp tỉnh" (assignments._own_departments_one_name).
OWN_DEPARTMENTS = regex.compile(
    _DEPARTMENT_UNITS +
    r"(?:\s+(?:(?:của|trực\s+thuộc|thuộc)\s+)?(?:cấp\s+)?(?:tỉnh|thành\s+phố))?$",
    regex.IGNORECASE | regex.V0)

# A letter's opening request to its addressees for the content that follows: "UBND Thành phố yêu
# cầu các sở, ban, ngành, UBND các xã, phường, … tiếp tục nghiên cứu, tuân thủ thực hiện một số
# nội dung sau:" (Hà Nội CV 6397/2025).  The addressees it restates are the "Kính gửi" list's.
# The addressees may be restated by their kinds only, the content after the colon: "Bộ Xây dựng yêu
# cầu các cơ quan, đơn vị:" (Bộ Xây dựng CĐ 96/2025 of the exploration crawl).
LETTER_REQUEST_OF_CONTENT = regex.compile(
    r"(?:yêu\s+cầu|đề\s+nghị)\s+(?=các\s|\p{Lu})[^.;:]{3,300}?\s(?:thực\s+hiện|triển\s+khai|tuân\s+thủ)\s"
    r"[^.;:]{0,80}?(?:nội\s+dung|nhiệm\s+vụ|yêu\s+cầu)\s+(?:như\s+)?sau\s*:"
    r"|(?:yêu\s+cầu|đề\s+nghị)\s+các\s+(?:cơ\s+quan|đơn\s+vị|địa\s+phương)(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị|địa\s+phương))*\s*:"
    # a guidance letter's: "Bộ Lao động - Thương binh và Xã hội tạm thời hướng dẫn Sở Lao động -
    # Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương thực hiện chế độ điều dưỡng …
    # như sau:" (Bộ LĐTBXH CV 1921/2013, tune W02)
    r"|hướng\s+dẫn\s+(?=\p{Lu})[^.;:]{3,300}?\s(?:thực\s+hiện|triển\s+khai)\s[^.:]{0,300}?\snhư\s+sau\s*:",
    regex.IGNORECASE | regex.V0)
# A letter's request to its addressee by the courtesy word "quý" and the addressee's head word,
# not by its name: "Văn phòng Chính phủ đề nghị quý Bộ khẩn trương có báo cáo …" to "Kính gửi: Bộ
# Lao động - Thương binh và Xã hội" (VPCP CV 8794/2013); "yêu cầu quý Sở …", "đề nghị quý cơ quan
# …" alike.  Only a request asks: "… báo cáo … của quý Bộ" names the addressee and asks nothing.
COURTESY_REQUEST = regex.compile(r"(?:đề\s+nghị|yêu\s+cầu)\s+quý\s+(?P<head>\p{L}+)", regex.IGNORECASE | regex.V0)
# The names after "Kính gửi:" on its own line ("Kính gửi: Bộ Lao động - Thương binh và Xã hội"),
# each "; "-separated item with its "- " mark and closing "." dropped.
INLINE_ADDRESSEE_SEPARATOR = regex.compile(r"\s*;\s*", regex.V0)
# A kind of body before its members' names in an addressees' list: "Các Cục: Đường bộ Việt Nam, …".
KIND_BEFORE_MEMBERS = regex.compile(r"^(?P<kind>[Cc]ác\s+(?:[Ss]ở|[Bb]ộ|[Cc]ục|[Vv]ụ))\s*:", regex.V0)
# One addressee of a "Kính gửi" list: "- Các sở, ban, ngành thuộc Thành phố;", its bullet any
# of a list's ("+ Bảo hiểm xã hội Bộ Quốc phòng;", "• …": a Word list's or a converter's mark).
ADDRESSEE_ITEM = regex.compile(rf"^{BULLET_ITEM_MARK}\s*(?P<name>\S.{{2,200}}?)\s*[;.]?\s*$", regex.V0)

# The closing request of a plan or letter: "Trong quá trình triển khai thực hiện, nếu có phát sinh
# khó khăn, vướng mắc …, đề nghị các sở, ban, ngành … kịp thời báo cáo về Sở …" asks the bodies
# already tasked to report trouble: no entry (round-5 rule 3; round-7 gold, Đồng Tháp KH 556/2025).
# Either word alone says it too: "nếu có phát sinh vướng mắc yêu cầu các Sở, ban, ngành, … phản ánh
# kịp thời về Sở …" (Hải Phòng QĐ 210/2025), "nếu có những vướng mắc phát sinh …" (Ninh Bình QĐ
# 165/2025), "nếu có vướng mắc UBND các xã, phường kịp thời phản ánh …" (Lai Châu QĐ 89/2025).
DIFFICULTIES_CONDITION = regex.compile(
    r"(?i)nếu\s+có\s+(?:những\s+)?(?:phát\s+sinh\s+)?(?:khó\s+khăn|vướng\s+mắc)")  # (searched: the first word is enough)
REPORT_TROUBLE = regex.compile(r"(?i)\s(?:báo\s+cáo|phản\s+ánh)\b")
# The same request whose subject opens the sentence after its condition: its predicate is the
# report itself ("…, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị … kịp thời phản ánh về Sở
# …", tune2 gold C020 Điều 18: no entry), not work before it ("…, nếu có vướng mắc, phát sinh,
# các tỉnh ủy, thành ủy tổng hợp, báo cáo Ban …", tune3 gold C044 Điều 18: an entry).
TROUBLE_REPORTED = regex.compile(r"(?i)\s*(?:kịp\s+thời\s+|chủ\s+động\s+)?(?:báo\s+cáo|phản\s+ánh)(?![\p{L}])", regex.V0)


# A class of bearers in lower case after named bodies, then their duty: "Ủy ban nhân dân các xã,
# phường, | doanh nghiệp viễn thông | có trách nhiệm cung cấp, cập nhật dữ liệu …" (Bắc Ninh QĐ
# 72/2025): the named bodies before it bear the duty too.
CLASS_BEFORE_DUTY = regex.compile(
    r"(?-i:\p{Ll})[\p{L} ]{2,60}?\s+(?:(?:phải|đều|cùng)\s+)?(?:có|chịu)\s+trách\s+nhiệm\b", regex.V0)
# A letter's addressees asked by their kinds only: "đề nghị bộ, ngành, địa phương khẩn trương tổng
# hợp …", "đề nghị các Bộ, ngành, địa phương báo cáo …" to "Kính gửi: - Các bộ, cơ quan ngang bộ, cơ
# quan thuộc Chính phủ; - Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương" (Bộ Nội vụ CV
# 10989/2025, tune14 R10): the addressees restated (assignments._addressees_by_their_kinds). Two
# kinds or more, the request's verb in lower case after them.
_ADDRESSEE_KIND = r"(?:bộ|ngành|địa\s+phương)(?![\p{L}])"
ADDRESSEE_KINDS_ONLY = regex.compile(rf"(?i:các\s+)?(?i:{_ADDRESSEE_KIND})(?:\s*,\s*(?i:{_ADDRESSEE_KIND}))+", regex.V0)
ADDRESSEE_KINDS_REQUEST = regex.compile(
    rf"(?i:đề\s+nghị|yêu\s+cầu)\s+(?P<kinds>{ADDRESSEE_KINDS_ONLY.pattern})\s+(?=\p{{Ll}})", regex.V0)


def search_addressee_kinds_request(text: str):
    """``ADDRESSEE_KINDS_REQUEST.search(text)``, tried only where "đề" or "yêu" stands (any case):
    searched over a whole text, the pattern (case-blind, no literal the engine can scan for) was
    entered at every character, 5.4 ms a run of the bench texts for its 19 calls -> 1.3 ms.
    A character whose lower case is longer (İ) moves the offsets: such a text is searched whole."""
    low = text.lower()
    if len(low) != len(text):
        return ADDRESSEE_KINDS_REQUEST.search(text)
    # (each opening of the request: "đề nghị", "yêu cầu", in any case)
    for i in positions_of(low, ("đề", "yêu")):
        m = ADDRESSEE_KINDS_REQUEST.match(text, i)
        if m:
            return m
    return None


# The addressees such kinds restate: the ministries' collective or a ministry (or its head), the
# provinces' people's committees (or their chairs).
MINISTRY_ADDRESSEE = regex.compile(r"(?i)^(?:(?:bộ\s+trưởng|thủ\s+trưởng)\s+)?(?:các\s+)?bộ(?![\p{L}])", regex.V0)
PROVINCE_ADDRESSEE = regex.compile(
    r"(?i)^(?:chủ\s+tịch\s+)?(?:ủy\s+ban\s+nhân\s+dân|ubnd)\s+(?:các\s+)?(?:tỉnh|thành\s+phố\s+trực\s+thuộc)(?![\p{L}])", regex.V0)
# A request an earlier letter made, told in this one's opening: "Bộ Nội vụ đã có Văn bản số
# 8091/BNV-TCBC ngày 17/9/2025 đề nghị các Bộ, ngành, địa phương báo cáo …" (Bộ Nội vụ CV
# 10989/2025, tune14 R10): no work this letter gives (read right before the addressed kinds).
PAST_REQUEST_BEFORE = regex.compile(
    r"(?i)\bđã\s+(?:có|ban\s+hành|gửi)\s+(?:văn\s+bản|công\s+văn)[^.;:]{0,80}?(?:đề\s+nghị|yêu\s+cầu)\s+(?:các\s+)?$", regex.V0)
# A request right before the bodies it asks, in the same sentence (assignments._closing_request_to_departments).
CLOSING_REQUEST_BEFORE = regex.compile(r"(?i)(?:yêu\s+cầu|đề\s+nghị)\s+$", regex.V0)
