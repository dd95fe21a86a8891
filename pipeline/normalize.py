"""Stage 2 — pages → one normalized string, with a map back to the original characters.

Every rewrite is a regex pass through ``Rewriter``, which keeps ``offsets[i]`` = index in the
raw text (pages joined by form feed) of normalized character ``i``.  Recognizers work on the
normalized text; provenance maps their spans back to pages, words and boxes.

Order matters: Unicode composition first (everything else assumes NFC), then look-alike
characters, old-style tone placement, crawl/conversion residue (markdown, table pipes), then
white space and lines broken inside a sentence.
"""

from __future__ import annotations

import bisect
import unicodedata
from array import array
from dataclasses import dataclass
from typing import Callable, Iterator

import functools
import itertools
import re

import numpy as np
import regex

from . import regexes as rx
from . import vocab
from .aligned_tables import aligned_table_edits
from .legacy import is_vietnamese_syllable, syllable_letters
from .models import Page
from .text import OLD_TONE_PLACEMENT, move_tone

Replacement = str | Callable[[regex.Match], str]


class Rewriter:
    """Applies regex substitutions while composing the offset map."""

    def __init__(self, text: str):
        self.text = text
        self.offsets = array("q")
        self.offsets.frombytes(np.arange(len(text) + 1, dtype=np.int64).tobytes())

    def sub(self, pattern: regex.Pattern, repl: Replacement, needs: str | None = None,
            spaces_before: bool = False) -> None:
        """Substitute ``pattern``; ``needs`` holds characters of which the pattern cannot
        match without one, checked first because most passes find nothing in most texts.

        ``spaces_before``: each match takes the spaces just before it too, as ``[ ]*``
        opening the pattern would (the pattern opens with "\\n" instead: ``regex`` tries a
        pattern that opens with ``[ ]*`` at every space, 6x slower; only with a string
        ``repl``)."""
        if needs is not None and not any(ch in self.text for ch in needs):
            return
        text = self.text
        edits = []
        literal = isinstance(repl, str) and "\\" not in repl
        last_end = 0
        for m in pattern.finditer(text):
            start = m.start()
            if spaces_before:
                while start > last_end and text[start - 1] == " ":
                    start -= 1
                last_end = m.end()
                new = repl
            else:
                new = repl if literal else repl(m) if callable(repl) else m.expand(repl)
            if new != text[start:m.end()]:
                edits.append((start, m.end(), new))
        self.apply_edits(edits)

    def apply_edits(self, edits: list[tuple]) -> None:
        """Splice sorted, non-overlapping (start, end, replacement) edits into the text; an
        edit may carry a fourth item, the index in the text of each replacement character.
        A replacement of the same length keeps its characters' offsets; otherwise its
        characters point at the replaced ones in order (the last one repeated)."""
        if not edits:
            return
        text, old = self.text, self.offsets
        pieces: list[str] = []
        offsets = array("q")
        last = 0
        copied = 0  # (the old offsets up to here are in ``offsets``: a run of unchanged offsets,
        # around and under same-length edits, is copied at once, not edit by edit)
        for s, e, new, *sources in edits:
            if s < last:  # overlapping edit: the earlier one wins
                continue
            pieces.append(text[last:s])
            pieces.append(new)
            last = e
            n = len(new)
            if n == e - s and not sources:
                continue  # (its characters keep their offsets)
            offsets.extend(old[copied:s])
            copied = e
            if sources:  # the edit says where each of its characters comes from
                offsets.extend(old[k] for k in sources[0])
            elif n <= e - s:
                offsets.extend(old[s:s + n])
            elif e == s:
                offsets.extend(array("q", [old[s]]) * n)
            else:  # (longer: its last replaced character's offset repeated)
                offsets.extend(old[s:e])
                offsets.extend(array("q", [old[e - 1]]) * (n - (e - s)))
        pieces.append(text[last:])
        offsets.extend(old[copied:])
        self.text = "".join(pieces)
        self.offsets = offsets

    def translate(self, table: dict[int, str]) -> None:
        """One-to-one character replacements: offsets are unchanged.  Only the characters
        that occur are looked up (``str.translate`` would visit every character)."""
        chars = _translate_class(table)
        if chars.search(self.text):
            self.text = chars.sub(lambda m: table[ord(m.group(0))], self.text)


@functools.lru_cache(maxsize=8)
def _translate_class_cached(keys: tuple[int, ...]) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(chr(k)) for k in keys) + "]")


def _translate_class(table: dict[int, str]) -> re.Pattern:
    return _translate_class_cached(tuple(sorted(table)))


@dataclass
class NormalizedText:
    text: str
    raw: str  # page texts joined by "\f"
    offsets: array  # normalized index → raw index (len(text) + 1 entries)
    page_starts: list[int]  # raw offset where each page begins

    def raw_index(self, i: int) -> int:
        return self.offsets[max(0, min(i, len(self.offsets) - 1))]

    def page_of(self, i: int) -> int:
        """1-based page of normalized character ``i``."""
        return bisect.bisect_right(self.page_starts, self.raw_index(i))

    def page_span(self, start: int, end: int) -> tuple[int, int, int]:
        """(page, start, end) of a normalized span in that page's own text."""
        rs = self.raw_index(start)
        re_ = self.raw_index(max(start, end - 1)) + 1
        page = bisect.bisect_right(self.page_starts, rs)
        base = self.page_starts[page - 1]
        return page, rs - base, re_ - base


# ------------------------------------------------------------------------------- the passes

_DECOMPOSED = regex.compile(r".[\u0300-\u036f]+", regex.DOTALL)
_HAS_COMBINING = regex.compile(r"[\u0300-\u036f]")

_LOOKALIKES = {
    0x00D0: "Đ", 0x0189: "Đ", 0x00F0: "đ",  # Icelandic eth / African D look like Đ
    0x2044: "/", 0x2215: "/", 0xFF0F: "/",  # fraction slash, division slash, full-width
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2212: "-", 0xFE58: "-",
    0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2009: " ", 0x200A: " ", 0x3000: " ", 0x09: " ",
    0x201C: "“", 0x201D: "”",
    0x01F6: "ỳ",  # a PDF font's glyph for "ỳ" read as Gothic hwair: "định kǶ" (Bắc Ninh KH 144/2025, every "kỳ")
    0x0D: "\n", 0x0B: "\n",
}
# Cyrillic letters drawn as Latin ones, pasted into a symbol or a word: "văn bản số
# 16495/BТС-PTHT" (Т and С Cyrillic, crawl fa0dcc139cec05de) is no citation to the patterns.
# Only in a word they would leave wholly Latin (a Latin letter in it, or every Cyrillic letter
# a look-alike): a word in Russian stays as written ("Правительство", not "Пpaвитeльcтвo").
_CYRILLIC_AS_LATIN = {ord(c): latin for c, latin in zip("АВЕКМНОРСТХУІЈЅаеорсхуіјѕ", "ABEKMHOPCTXYIJSaeopcxyijs")}
_CYRILLIC_LOOKALIKE = "[" + "".join(chr(k) for k in _CYRILLIC_AS_LATIN) + "]"
_ANY_CYRILLIC_LOOKALIKE = regex.compile(_CYRILLIC_LOOKALIKE)
_WORD_WITH_CYRILLIC_LOOKALIKE = regex.compile(rf"(?<!\S)\S*?{_CYRILLIC_LOOKALIKE}\S*")
_CYRILLIC_NOT_LOOKALIKE = regex.compile(rf"(?!{_CYRILLIC_LOOKALIKE})\p{{Cyrillic}}")
_LATIN_LETTER = regex.compile(r"\p{Latin}")


def _cyrillic_read_as_latin(m: regex.Match) -> str:
    word = m.group(0)
    if _LATIN_LETTER.search(word) or not _CYRILLIC_NOT_LOOKALIKE.search(word):
        return word.translate(_CYRILLIC_AS_LATIN)
    return word


# A Windows line end is one line break (a lone carriage return, an old Mac's, is one too, in
# ``_LOOKALIKES``): read as two, every wrapped line would end a paragraph.
_CRLF = re.compile(r"\r\n")
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")

# Crawled markdown and converted .doc residue.
_DRAFT_MARK_AFTER_END = re.compile(r"(\./\.)[ ]*\*[^*\n]{1,20}\*")
_DRAFT_MARK_LINE_END = re.compile(r"([.;,])[ ]*\*[^*\n]{1,3}\*[ ]*$", re.MULTILINE)
# (tried only before a mark at a line's end, found from its "*": ``re`` tries a pattern that
# opens with a class of punctuation at every comma and stop, 2x slower)
_MARK_AT_LINE_END = re.compile(r"\*(?=[^*\n]{1,3}\*[ ]*$)", re.MULTILINE)
_DRAFT_MARK_LINE_END = rx.MatchesAt(_DRAFT_MARK_LINE_END, lambda text: [
    _before_spaces(text, m.start()) - 1 for m in _MARK_AT_LINE_END.finditer(text)])


def _before_spaces(text: str, at: int) -> int:
    """Where the spaces just before ``at`` begin."""
    while at > 0 and text[at - 1] == " ":
        at -= 1
    return at


# A bold span is one unit (a heading, a title, an issuer name) even when a crawl wrapped it:
# "**2. Sở\nKhoa học và Công nghệ**".  A markdown hard break (two spaces) stays a break.
_BOLD_SPAN = re.compile(r"\*\*([^*]{1,400}?)\*\*")
_SOFT_BREAK = re.compile(r"(?<!  )\n(?![ ]*\n)(?<!\n\n)")


def _unwrap_bold(m: re.Match) -> str:
    inner = m.group(0)
    return _SOFT_BREAK.sub(" ", inner) if "\n" in inner and "\n\n" not in inner else inner


# The same for a one-star span that a crawl wrapped: "*2.4. Bộ\nChỉ huy Quân sự tỉnh*" is one
# heading.  It must open a line (after an indent) and close at a line's end (whole emphasized
# lines, at most 4).
_EMPHASIS_WRAPPED = rx.line_start_pattern(re.compile(r"^[ ]*\*(?=\S)[^*\n]{1,200}(?:\n[^*\n]{1,200}){1,3}(?<=\S)\*[ ]*$", re.MULTILINE))


def _unwrap_emphasis(m: re.Match) -> str:
    return m.group(0).replace("\n", " ")
_BOLD = re.compile(r"\*\*")
# A label in emphasis opening a line, closed after its colon and a space, the value outside:
# "*Đơn vị chủ trì thực hiện: *Sở Tư pháp.", "*Đơn vị chủ trì tham mưu thực\nhiện: *Sở Tư
# pháp." (a crawl's markdown; the plain italic rule wants no space before the closing "*").
_EMPHASIZED_LABEL = rx.line_start_pattern(re.compile(
    r"^([ ]*)\*(?=\S)([^*\n]{1,80}?(?:\n[^*\n]{1,80}?)?:)[ ]+\*(?=\S)", re.MULTILINE))  # (a label wraps too)
# An item's dash in emphasis closed after a space, the item outside: "*- *Thứ trưởng Tạ Quang
# Đông;" (Bộ VHTTDL QĐ 4385/2025's Nơi nhận; "*-* Bộ Y tế (b/c);" of Đắk Lắk KH 0130/2025 and
# Đồng Tháp KH 556/2025 is the plain italic rule's).
# So is an item's number: "*4.1. *Giao Đảng ủy Chính phủ: …", "*4.2. *Giao Đảng ủy Công an Trung
# ương chủ trì …" (Thông báo kết luận 432-TB/VPTW 2025: the stray "*" hid the item and its "Giao").
_EMPHASIZED_ITEM_MARK = rx.line_start_pattern(re.compile(
    r"^([ ]*)\*([-+•]|\d{1,2}(?:\.\d{1,2}){0,3}\.)[ ]+\*(?=\S)", re.MULTILINE))  # (a lettered item's left as it was)
_ITALIC = re.compile(r"\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")


# A line a converter set in italics run by run, splitting words ("*(theo Quy*ế*t *đị*nh" /
# "1616/Q*Đ*-TTg ngày 28/7/2025 c*ủ*a Th*ủ *t*ướ*ng Chính ph*ủ*)*", Bộ VHTTDL CV 6278/2025 as
# crawled; "(*Z*alo," Cần Thơ KH 153/2025): a "*" inside a word marks no span, and none of the
# line's stars can be paired; they all go (a note's "(*)" stays).
# (a run of stars is found from its literal "*" and its neighbours tested with ``isalnum``,
# which is ``[^\W_]``: a search for ``[^\W_]\*+[^\W_]`` tried the class at every character)
_STAR_RUN = re.compile(r"\*\**")
_NOTE_STAR = re.compile(r"\((\*+)\)")


def star_line_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits that drop every "*" of the lines where one stands inside a word (between two
    letters or digits)."""
    edits: list[tuple[int, int, str]] = []
    if "*" not in text:
        return edits
    last_line_end = -1
    for m in _STAR_RUN.finditer(text):
        stars_start, stars_end = m.span()
        if (stars_start < last_line_end or not 0 < stars_start or stars_end == len(text)
                or not (text[stars_start - 1].isalnum() and text[stars_end].isalnum())):
            continue
        start = text.rfind("\n", 0, stars_start) + 1
        end = text.find("\n", stars_end)
        end = len(text) if end == -1 else end
        notes = {i for n in _NOTE_STAR.finditer(text, start, end) for i in range(*n.span(1))}
        edits.extend((i, i + 1, "") for i in range(start, end) if text[i] == "*" and i not in notes)
        last_line_end = end
    return edits


def _unitalic(m: re.Match) -> str:
    before = m.string[m.start() - 1] if m.start() else " "
    return m.group(0) if (before.isalnum() or before in "*_") else m.group(1)
_HEADING_HASHES = re.compile(r"^[ ]*#{1,6}[ ]+", re.MULTILINE)
_ESCAPES = re.compile(r"\\([-*_.()\[\]#+|!<>])")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_RULE_LINE = rx.line_start_pattern(re.compile(r"^[ ]*(?:\|[ |:\-]*|[-=_]{3,}[ ]*)$", re.MULTILINE))
_TABLE_EDGE = re.compile(r"^[ ]*\|[ ]*|\|[ ]*$", re.MULTILINE)  # spaces before a last "|" go with line-edge spaces
# (tried only at a line start before a "|" and at a "|" that ends its line, found by one search
# that opens with either character: the ``^`` alternative was tried at every character, 2.5x
# slower)
_TABLE_EDGE_AT = re.compile(r"\n(?=[ ]*\|)|\|(?=[ ]*$)", re.MULTILINE)
_TABLE_EDGE = rx.MatchesAt(_TABLE_EDGE, lambda text: itertools.chain(
    (0,), (m.end() if m.group() == "\n" else m.start() for m in _TABLE_EDGE_AT.finditer(text))))

# (written as two spaces, a literal ``re`` searches for in C: 4x faster than ``[ ]{2,}``)
_SPACES = re.compile(r"  [ ]*")
# Spaces at a line's start or end (``^[ ]+|[ ]+$``), written to open with the space itself so
# that ``re`` skips to spaces in C (3x faster).
_LINE_EDGE_SPACES = re.compile(r"[ ](?:(?<=^[ ])[ ]*|[ ]*$)", re.MULTILINE)

# A line break inside a sentence: the line does not end a sentence or a clause, and the
# next line starts in lower case or with a number that is not a heading or list marker.
# (its numbers have any depth and length, wider than ``rx.ARABIC_ITEM_MARK``: kept as it was)
_BROKEN_LINE = regex.compile(
    rf"""
    \n(?<=[^\s.;:!?]\n)        # a line break after a line that ends mid-sentence
    (?=(?:[ ]*\n)?[ ]*[\p{{Ll}}\d(])  # (cheap test first: what the next line starts with)
    (?<!^[^\p{{Ll}}\n]+\n)       # and has a lower-case letter ("KẾ HOẠCH" ends a title line)
    (?:[ ]*\n)?[ ]*            # or one blank line (page/paragraph split)
    (?![^\n]*[ ]\|[ ])          # next line is not a table row
    (?!{rx.LETTER_ITEM_MARK}\s)           # next line is not an "a)" / "a." item
    (?!\d+(?:\.\d+)*[.)]\s)    # nor a "1." / "1.2." heading
    (?=[\p{{Ll}}\d(])            # and starts in lower case, with a digit or "("
    """,
    regex.VERBOSE | regex.MULTILINE,
)


def _join_broken_line(m: regex.Match) -> str:
    """A table row ("a | b | c", one line a row) is never continued by the next line."""
    text = m.string
    if " | " in text[text.rfind("\n", 0, m.start()) + 1:m.start()]:
        return m.group(0)
    return " "


# A long line wrapped before a capitalized word ("… kết luận của\nBộ Chính trị"): crawled
# texts wrap at ~80 columns, on word boundaries, so a wrapped line is 45+ characters.  Only a
# single line break, never after a heading or list item, never before a heading.
def _wrapped_line(longest: int | str = "") -> regex.Pattern:
    """The pattern, for lines of 44 characters or more (up to ``longest``, none when empty)."""
    return regex.compile(
        # (the line above opens with no mark: a letter item (``rx.LETTER_ITEM_MARK``), and wider
        # than the shared marks, a numeral or a number of any length with its dot or bracket ("2)" as
        # "2." - a Word list writes either), an article's word
        # and a digit whatever its punctuation - a line is joined to the next only with no doubt)
        rf"\n(?=\p{{Lu}})(?<=^(?![IVXLC]+\.|\d+[.)]|{rx.LETTER_ITEM_MARK}|Điều[ ]+\d)(?![^\n]*[ ]\|[ ])"
        rf"[^\n]{{44,{longest}}}\p{{Ll}}\n)(?![IVXLC]+\.\s)(?!Điều\s)(?!Nơi nhận)"
        r"(?!(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Trên đây|QUYẾT ĐỊNH)\b)"
        # (nor a line of capitals: a decision's author line under its title, "CHỦ TỊCH ỦY BAN NHÂN
        # DÂN TỈNH …", a heading — a sentence does not go on in capitals for a whole line)
        r"(?!(?:\p{Lu}+[ ,]+){2,}\p{Lu}+[ ]*$)",
        regex.MULTILINE,
    )


_WRAPPED_LINE = _wrapped_line()


# The same for a text whose readers joined the lines of a wrapped paragraph (DOCX, a PDF read
# with its layout): a line longer than a printed line holds (13-14 pt on A4: ~90 characters)
# is a whole paragraph, ended where its writer ended it — a title is not continued by the
# line under it ("… tuyến cao tốc Tân Phú – Bảo Lộc" + "Ngày 24/4/2026, đồng chí …", "… cấp
# thành phố" + "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"), for such texts have no blank line
# between paragraphs.
PRINTED_LINE_MAX_CHARS = 100
_WRAPPED_PRINTED_LINE = _wrapped_line(PRINTED_LINE_MAX_CHARS)


# A paragraph's first line broken off short before a capitalized word ("Chủ tịch Ủy ban nhân
# dân cấp xã chỉ đạo\nBan Chỉ huy phòng cháy, …", "Chủ tịch UBND tỉnh yêu cầu\nThủ trưởng các
# sở, …", "Ủy ban nhân dân thành phố Cần\nThơ ban hành …"): crawled pages keep the break of a
# first-line indent, so the line is shorter than the long-line rule above needs.  Only after a
# blank line, or a line that ends its sentence (a text with no blank line between paragraphs, as a
# Word file's or a PDF's: "… thực hiện các biện pháp phòng cháy rừng.\nLực lượng Công an phối hợp
# với lực lượng\nKiểm lâm, …", tune C028), a line that is no label (":"), table row, item or
# heading, ending on a lower-case word, and a long line after it that opens no item, heading or basis.
_SHORT_OPENING_LINE = regex.compile(
    # (the blank line matched and dropped by \K: a look-behind would be tried at every character;
    # a sentence's end is looked behind from a line break only)
    rf"\n(?:\n|(?<=[.;][ ]*\n))\K(?![IVXLC]+\.|\d|{rx.LETTER_ITEM_MARK}|{rx.BULLET_ITEM_MARK}|Điều[ ]|\*?[ ]*$)"
    # (possessive: the line is whole or no match, and a long line fails at once, not 28 times back)
    r"(?P<line>[^\n:|]{15,43}+(?<=\p{Ll}))\n"
    r"(?=\p{Lu})(?![IVXLC]+\.\s)(?!Điều\s)(?!Nơi nhận)"
    r"(?!(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Trên đây|QUYẾT ĐỊNH|KT\.?|TM\.?)\b)"
    r"(?=[^\n|]{60,}$)",
    regex.MULTILINE,
)

# An item whose text a hard-wrapped layout (a PDF's text layer, a converter's fixed width)
# broke before a capitalized word ("6. Đề nghị Văn phòng Tỉnh ủy và … Ủy ban Kiểm tra\nTỉnh
# ủy, …"): the long-line rule above leaves an item's first line alone, for a short heading
# ("2. Hoàn thiện cơ chế …\nTổ chức …") ends there too.  What tells them apart is the width
# the text was wrapped at: a line that a word of the next one would have made longer than that
# width was broken by the layout, not by the writer (greedy line filling).  The width is the
# one most long lines of the text stop just short of; a text without one (a paragraph a line)
# keeps its item lines as they are.
_ITEM_LINE = regex.compile(  # (a bullet's: the rule above)
    rf"^[ ]*(?:{rx.ARABIC_ITEM_MARK}|{rx.LETTER_ITEM_MARK}|{rx.ARTICLE_NUMBER}[.:])[ ]+\S")
# (the same after a line break: ``^`` with MULTILINE is tried at every character, 4x slower)
_ITEM_LINE_AFTER_BREAK = regex.compile("\n" + _ITEM_LINE.pattern.removeprefix("^"))
_NEXT_LINE_OPENS = regex.compile(
    rf"[ ]*(?!{rx.ROMAN_PART_MARK}\s|\d|{rx.LETTER_ITEM_MARK}\s|{rx.BULLET_ITEM_MARK}"
    r"|(?:Điều|Chương|Mục|Phần|Nơi[ ]nhận|Căn[ ]cứ)\b)(\p{Lu}[^\s,.;:]*)")


# Not only a break inside a name ("… Ủy ban Kiểm tra\nTỉnh ủy", "… của Bộ\nCông an"): one before a
# name matters as much, for a line that opens with a name reads as its subject ("2.2. Tổ chức Hội
# nghị … người ứng cử đại biểu\nHĐND tỉnh, HĐND xã thực hiện công tác vận động …" re-wrapped at
# 80 columns, tune C052: the councils read as leads), and a task's sentence is cut at the break.


_WRAP_WINDOW = 12  # characters: how far short of the width a wrapped line stops
_WRAP_SLACK = 4  # a proportional font fills a line to a few characters more or less


def hard_wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when its lines show none."""
    lengths = _line_lengths(text)
    if len(lengths) < 20:
        return None
    width = lengths[int(len(lengths) * 0.95)]
    near = sum(width - _WRAP_WINDOW <= n <= width for n in lengths)
    beyond = sum(n > width + _WRAP_SLACK for n in lengths)
    return width if width >= 60 and near >= 0.35 * len(lengths) and beyond <= 0.02 * len(lengths) else None


def _line_lengths(text: str) -> list[int]:
    """The lengths, sorted, of the lines of 25 characters or more without "|" nor a run of three
    spaces inside them (not at either end: a cell's gap): from the text's code points, the
    line breaks, "|" and space runs found by numpy (a Python test on every line cost ~0.3 µs
    a line); only a line with a run of spaces is read as a string.  A line's "\r" (a Windows
    file's "\r\n", made "\n" later) is no part of its length, as it is none of the printed line
    ``wrapped_item_edits`` measures."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    breaks = np.flatnonzero(codes == 10)
    starts = np.concatenate(([0], breaks + 1))
    ends = np.concatenate((breaks, [len(codes)]))
    if len(codes):
        ends -= ((ends > starts) & (codes[np.maximum(ends - 1, 0)] == 13)).astype(ends.dtype)
    keep = ends - starts >= 25
    keep[np.searchsorted(breaks, np.flatnonzero(codes == 124))] = False  # (the line of each "|")
    space = codes == 32
    runs = np.flatnonzero(space[:-2] & space[1:-1] & space[2:])
    for line in set(np.searchsorted(breaks, runs).tolist()):
        if keep[line] and "   " in text[starts[line]:ends[line]].strip():
            keep[line] = False
    return np.sort((ends - starts)[keep]).tolist()


def wrapped_item_edits(rw: Rewriter, raw: str, width: int | None) -> list[tuple[int, int, str]]:
    """``width``: ``hard_wrap_width(raw)``, of the text as it came: the greedy test is on the
    printed line that ends at the break (other rules may have joined the lines before it)."""
    if width is None:
        return []
    text = rw.text
    counts = _NameWordCounts(text)
    edits = []
    shortest = width - _WRAP_WINDOW - _WRAP_SLACK - 8  # (a normalized line lost its markdown)
    # (the item lines only, the first line too: a loop over every line cost ~0.5 µs a line)
    for item in _ITEM_LINE_AFTER_BREAK.finditer("\n" + text):
        end = text.find("\n", item.start())
        if end == -1:
            break
        line = text[item.start():end]
        pos = end + 1
        nxt_end = text.find("\n", pos)
        nxt = text[pos:nxt_end if nxt_end != -1 else len(text)]
        if len(line) < shortest or not line[-1:].isalpha() or "|" in line or "|" in nxt:
            continue
        if not _ITEM_LINE.match(line):
            continue
        m = _NEXT_LINE_OPENS.match(nxt)
        if m and _filled_to_width(rw, raw, width, end, m.group(1)) and _name_word(text, pos + m.start(1), counts):
            edits.append((end, end + 1 + m.start(1), " "))
    return edits


class _NameWordCounts:
    """Where a text writes a phrase after a lower-case word, and how often a word opens a
    line, each searched once per text (a search reads the whole text: once per item line, a
    text of n wrapped items took n² time)."""

    def __init__(self, text: str):
        self.text = text
        self._inside: dict[tuple[str, ...], tuple[list[int], list[tuple[int, int]]]] = {}
        self._opening: dict[str, int] = {}

    def inside(self, phrase: list[str], at: int) -> int:
        """How many times ``phrase`` follows a lower-case word, the place at ``at`` left out."""
        key = tuple(phrase)
        if key not in self._inside:
            spans = _after_lower_case_word(self.text, phrase)
            self._inside[key] = ([start for start, _ in spans], spans)
        starts, spans = self._inside[key]
        # (the spans do not overlap: only the last one starting before ``at`` may hold it)
        last = bisect.bisect_left(starts, at) - 1
        return len(spans) - (last >= 0 and spans[last][0] < at < spans[last][1])

    def opening(self, word: str) -> int:
        if word not in self._opening:
            # (searched from the line breaks: ``^`` with MULTILINE is tried at every character, 4x slower)
            self._opening[word] = len(regex.findall(r"\n[ ]*(?:\S{1,6}[ ]+)?" + regex.escape(word) + r"(?!\p{L})",
                                                    "\n" + self.text))
        return self._opening[word]


def _name_word(text: str, at: int, counts: _NameWordCounts) -> bool:
    """Whether the capital that opens a line (at ``at``) is a name's, not a sentence's: the
    item may be a heading whose task begins on the next line ("… và các tổ chức đoàn
    thể\nĐẩy mạnh công tác …").  A name is capitalized inside sentences too: the text writes
    its first two words after a lower-case word somewhere else ("phối hợp với Sở Tài chính");
    an abbreviation is a name."""
    words = [w.strip(",.;:()") for w in text[at:at + 80].split()[:2]]
    if len(words[0]) >= 2 and words[0].isupper():
        return True
    if counts.inside(words, at):  # (not this line's own)
        return True
    # or the first word alone, if more often inside a sentence than opening a line ("Việt\nNam
    # tỉnh" once, "Việt Nam" many times; a verb that opens tasks does so on its own lines)
    return counts.inside(words[:1], at) > max(1, counts.opening(words[0]))


_LOWER_CASE_LETTER = regex.compile(r"\p{Ll}")


def _after_lower_case_word(text: str, phrase: list[str]) -> list[tuple[int, int]]:
    """The spans ``regex.finditer`` gives of ``\\p{Ll}[ ]+`` + the words of ``phrase`` (with
    ``\\s+`` between them, no letter after them) in ``text``, found from the phrase: a pattern
    that opens with a letter class is tried at every character (~2 ms a search on a long text),
    one that opens with a word only where the word is.  Every place of the phrase (overlapped)
    with spaces and a lower-case letter before it is a match; taken left to right, none
    overlapping the one before, as ``finditer`` takes them."""
    words = [regex.escape(w) for w in phrase if w]
    if not words:  # (no word to search for: the pattern as it is)
        return [m.span() for m in regex.finditer(r"\p{Ll}[ ]+(?!\p{L})", text)]
    spans = []
    last_end = 0
    for m in regex.finditer(r"\s+".join(words) + r"(?!\p{L})", text, overlapped=True):
        spaces = m.start()
        while spaces > 0 and text[spaces - 1] == " ":
            spaces -= 1
        start = spaces - 1
        if spaces == m.start() or start < last_end or not _LOWER_CASE_LETTER.match(text, start):
            continue
        spans.append((start, m.end()))
        last_end = m.end()
    return spans


# A list item or heading whose agency name breaks right after its head word ("+ Sở\nXây
# dựng: hướng dẫn …", "2. Ủy ban\nnhân dân các xã …"): the name goes on on the next line.
@functools.lru_cache(maxsize=1)
def _dangling_head() -> regex.Pattern:
    head_words = [h for h, _ in vocab.agency_heads()]  # models/agency_heads.tsv
    heads = "|".join(regex.escape(h) for h in head_words)
    # A line that does not end on a letter ends on no head: a cheap look-back rules it out
    # before the alternation of every head is tried backwards (3x faster).
    ends_on_letter = r"(?<=\p{L}[ ]*\n)" if all(h[-1:].isalpha() for h in head_words) else ""
    return regex.compile(
        # matched from the line end, so the look-back to the item mark runs once per line;
        # case-insensitive only after the line break (a case-insensitive pattern is tried at
        # every character: 2x slower)
        # (the spaces before the line break are taken by ``Rewriter.sub(spaces_before=True)``)
        # (or a label's value: "Đơn vị phối hợp thực hiện: Sở\nTư pháp")
        rf"\n{ends_on_letter}(?i:(?<=^[ ]*(?:{rx.BULLET_ITEM_MARK}|{rx.ARABIC_ITEM_MARK}|{rx.LETTER_ITEM_MARK}"
        rf"|{rx.ARTICLE_NUMBER}[.:]?|[^\n:|]{{3,60}}:)[ ]*(?:" + heads
        + r")[ ]*\n)[ ]*(?=\p{L}))",
        regex.MULTILINE,
    )


# A body whose name takes its place next, wrapped before the place ("Giao Văn phòng Ủy ban
# nhân dân\nThành phố kiểm tra …", "Điều 2. Trung tâm Phục vụ hành chính công\nThành phố chủ
# trì …", "Sở Nông nghiệp và Môi trường, Thuế\nThành phố …"): a short line ends on the name,
# so the long-line rule above does not join it, and a capital opens the place, so the
# mid-sentence rule does not either.
_PLACE_AFTER_NAME = regex.compile(
    r"(?<=[\p{Ll},][ ](?:nhân[ ]dân|hành[ ]chính[ ]công|Công[ ]an|[Qq]uân[ ]sự|Thuế)[ ]*)\n[ ]*"
    r"(?=(?:Thành[ ]phố|Tỉnh|Quận|Huyện|Thị[ ]xã|Xã|Phường|Đặc[ ]khu)[ ](?!\|))",
    regex.MULTILINE,
)


# A part heading in capitals wrapped onto a second line of capitals ("V. TỔ CHỨC\nTHỰC HIỆN",
# a crawl's narrow cell or a converter without its bold span): one heading.  The second line
# opens no item, part or article of its own.
_WRAPPED_PART_HEADING = regex.compile(
    r"\n(?<=\p{Lu}[ ]*\n)(?<=(?:^|\f)[ ]*[IVXLC]{1,6}\.[ ]+[^\n\f\p{Ll}|]*\p{Lu}[ ]*\n)[ ]*"
    rf"(?=(?!{rx.ROMAN_PART_MARK}\s|\d|{rx.BULLET_ITEM_MARK}|(?:Điều|ĐIỀU|PHẦN|CHƯƠNG|MỤC)\s)[^\n\p{{Ll}}|:]*\p{{Lu}}[^\n\p{{Ll}}|:]*$)",
    regex.MULTILINE,
)
# (tried only at the end of a line that opens with a part's numeral: 2x faster than at every
# line break; the line may also open a page, after "\f")
_PART_LINE_START = re.compile(r"[\n\f][ ]*[IVXLC]{1,6}\.[ ]")
_WRAPPED_PART_HEADING = rx.MatchesAt(_WRAPPED_PART_HEADING, lambda text: (
    end for end in (text.find("\n", m.start()) for m in _PART_LINE_START.finditer("\n" + text)) if end != -1))


# An item heading whose last word or two wrapped onto a line of their own before the blank line
# that ends the heading ("6. Sở Ngoại\nVụ", "Điều 7. Sở Thông tin và Truyền\nthông"): a
# paragraph is no one or two words long.  Found from the blank lines (few), then looked back.
# (each word taken whole, ``(?=(\w+))\2`` as an atomic \w+ is written before Python 3.11: a
# shorter run is followed by a letter, which no space nor line break matches, and ``re`` tried
# every one, 1.4x slower)
_BLANK_AFTER_SHORT_LINE = re.compile(r"\n[ ]*((?=(\w+))\2(?:[ ]+(?=(\w+))\3)?)[ ]*\n[ ]*\n")
_HEADING_BEFORE_TAIL = regex.compile(
    rf"(?:{rx.ARABIC_ITEM_MARK}|{rx.LETTER_ITEM_MARK}|{rx.ROMAN_PART_MARK}|{rx.ARTICLE_NUMBER}[.:]?)"
    r"[ ]+[^\n.;:!?|]{1,80}\p{L}[ ]*")


def heading_tail_edits(rw: Rewriter, raw: str, width: int | None) -> list[tuple[int, int, str]]:
    """A short line under a heading is also the heading's value ("2. Thời gian thực hiện\nQuý
    III", "3. Kinh phí\nNăm 2025"): it is the heading's end only with evidence that the line
    was broken inside the heading's words: the tail opens in lower case (a value or a paragraph
    opens with a capital: "Điều 2. Hiệu lực thi\nhành"), the heading ends on a word a name
    breaks after ("4. Sở Tài\nchính", "… Thể thao và\nDu lịch"), or the layout filled the line
    to ``width`` (``hard_wrap_width(raw)``) and the tail's first word did not fit.  A time
    (``rx.TIME_VALUE_LINE``) is a value, whatever the layout."""
    text = rw.text
    edits = []
    lasts = _name_splits()[2]
    for m in _BLANK_AFTER_SHORT_LINE.finditer(text):
        tail = m.group(1)
        if not tail[:1].isalpha() or rx.TIME_VALUE_LINE.fullmatch(tail):
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        heading = text[start:m.start()].lstrip(" ")
        if not _HEADING_BEFORE_TAIL.fullmatch(heading):
            continue
        if not (tail[:1].islower() or heading.split()[-1].casefold() in lasts
                or _filled_to_width(rw, raw, width, m.start(), tail.split()[0])):
            continue
        edits.append((m.start() - (len(heading) - len(heading.rstrip(" "))), m.start(1), " "))
    return edits


def _filled_to_width(rw: Rewriter, raw: str, width: int | None, end: int, next_word: str) -> bool:
    """Whether the printed line that ends at ``end`` (of ``rw.text``) was broken by a layout
    that fills lines to ``width``: it stops near the width and ``next_word`` did not fit."""
    if width is None:
        return False
    raw_end = rw.offsets[end]
    printed = raw_end - (raw.rfind("\n", 0, raw_end) + 1)
    return printed >= width - _WRAP_WINDOW - _WRAP_SLACK and printed + 1 + len(next_word) > width - _WRAP_SLACK


# An item that is only its directive, its addressees on the next line ("8. Đề nghị\nLiên minh
# Hợp tác xã tỉnh, …"): a request names whom it asks on its own line only in a narrow cell.
_DIRECTIVE_ALONE = regex.compile(
    rf"\n(?<=(?:nghị|Giao|cầu)[ ]*\n)(?<=^[ ]*(?:{rx.ARABIC_ITEM_MARK}|{rx.LETTER_ITEM_MARK}|{rx.BULLET_ITEM_MARK})"
    r"[ ]+(?:Đề[ ]nghị|Giao|Yêu[ ]cầu)[ ]*\n)[ ]*(?=\p{Lu})",
    regex.MULTILINE,
)


# A name broken over two lines, where no layout ends a line:
# - a body's head of three words or more (models/agency_heads.tsv: "ỦY\nBAN NHÂN DÂN", "TM. ỦY
#   BAN NHÂN\nDÂN", "HỘI ĐỒNG\nNHÂN DÂN"), in any line: a narrow header or signature cell wraps
#   anywhere;
# - a listed name of three words or more (models/agency_names.txt: "… Ủy ban Mặt trận Tổ quốc
#   Việt\nNam tỉnh, …") inside a sentence whose next line goes on past the name (not in a
#   header of capitals lines, whose breaks are its layout; a name alone on its line may be a
#   cell).  Its words compare with their first letter as written ("cơ sở\ny tế" is no "Sở Y tế").
Splits = dict[tuple[str, str], list[tuple[tuple[str, ...], int]]]


@functools.lru_cache(maxsize=8192)  # (a word's folds are asked for again and again: a pure function of a short string)
def _fold_name_word(word: str) -> str:
    """A word of a listed name as compared: its first letter as written, the rest in any case
    ("Sở Giáo Dục và Đào Tạo"), closing punctuation dropped."""
    word = word.rstrip(",.;:)")
    return word[:1] + word[1:].casefold()


@functools.lru_cache(maxsize=8192)
def _fold_head_word(word: str) -> str:
    return word.rstrip(",.;:)").casefold()


def _splits(names, fold) -> Splits:
    """(last word before a break, first word after it) → the names it may break, each as its
    folded words and the number of them before the break."""
    splits: Splits = {}
    for name in names:
        words = tuple(fold(w) for w in name.split())
        if len(words) >= 3:
            for k in range(1, len(words)):
                splits.setdefault((words[k - 1], words[k]), []).append((words, k))
    return splits


@functools.lru_cache(maxsize=1)
def _name_splits() -> tuple[Splits, Splits, frozenset]:
    """The two tables, and the words (case folded) a line may end on inside a name of either."""
    heads = _splits([*(h for h, _ in vocab.agency_heads()), *rx.NATIONAL_MOTTO_WORDINGS], _fold_head_word)
    names = _splits(vocab.agency_names(), _fold_name_word)
    return heads, names, frozenset(a.casefold() for a, _ in [*heads, *names])


def _breaks(splits: Splits, fold, before: list[str], after: list[str], goes_on: bool) -> bool:
    for words, k in splits.get((fold(before[-1]), fold(after[0])), ()):
        n = len(words) - k
        if (not goes_on or len(after) > n) and tuple(fold(w) for w in before[-k:]) == words[:k] \
                and tuple(fold(w) for w in after[:n]) == words[k:]:
            return True
    return False


def names_broken_over_lines(text: str) -> list[tuple[int, int, str]]:
    heads, names, lasts = _name_splits()
    edits = []
    for end, last in _lines_ending_on_a_name_word(text):
        if last.casefold() not in lasts:
            continue
        pos = end + 1
        nxt_end = text.find("\n", pos)
        nxt = text[pos:nxt_end if nxt_end != -1 else len(text)]
        first = nxt.split(None, 1)[:1]
        if not first:
            continue  # (a blank line after it)
        first = first[0]
        if (_fold_head_word(last), _fold_head_word(first)) not in heads \
                and (_fold_name_word(last), _fold_name_word(first)) not in names:
            continue
        line = text[text.rfind("\n", 0, end) + 1:end]
        before, after = line[-120:].split(), nxt[:120].split()
        if _breaks(heads, _fold_head_word, before, after, goes_on=False) or (
                "|" not in line and any(c.islower() for c in line)
                and _breaks(names, _fold_name_word, before, after, goes_on=True)):
            edits.append((end - (len(line) - len(line.rstrip(" "))), pos + len(nxt) - len(nxt.lstrip(" ")), " "))
    return edits


def _lines_ending_on_a_name_word(text: str) -> list[tuple[int, str]]:
    """(end, last word) of the lines followed by another whose last word may be, in any case, a
    word a name breaks after (``_name_splits``'s third table): a superset of those lines,
    each then checked with ``str.casefold`` as before.  Most lines end on no such word: one
    search finds the few instead of a Python loop over every line (~1 µs a line, the costliest
    pass of normalization).  It runs over the text reversed, where each candidate opens with
    its line break, which ``re`` finds fast."""
    pattern, folds_apart = _name_word_line_end()
    if any(c in text for c in folds_apart):  # (every line, as before)
        lines = text.split("\n")
        ends = itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=-1)
        return [(end, words[0]) for end, line in zip(itertools.islice(ends, 1, None), lines)
                if (words := line.rsplit(None, 1)[-1:])]
    n = len(text)
    return [(n - m.start() - 1, m.group(1)[::-1]) for m in pattern.finditer(text[::-1])][::-1]


@functools.lru_cache(maxsize=1)
def _name_word_line_end() -> tuple[re.Pattern, str]:
    """On the text reversed: a line break, spaces, then a word of ``_name_splits``'s third
    table reversed, standing alone (a space or the text's start after it), each letter
    matched by any character whose ``str.lower`` it is; the words share their beginnings
    (``_alternation``).
    And the characters a word's letters may also case-fold from that ``str.lower`` does not
    give (ß, ſ, ligatures: in no Vietnamese text): a text with one is read line by line.
    (From one pass over the Basic Multilingual Plane, block by block, ~10 ms once; no character
    above it has a case mapping to a Latin letter.)"""
    words = _name_splits()[2]
    letters = set("".join(words))
    letter = re.compile("[" + re.escape("".join(sorted(letters))) + "]")
    cases: dict[str, set[str]] = {}
    folds_apart = []
    everything = "".join(map(chr, range(0x10000)))
    for i in range(0, len(everything), 256):
        block = everything[i:i + 256]
        lower, folded = block.lower(), block.casefold()
        if len(lower) == len(block) == len(folded) and lower == folded:  # (most: one character each, folded as lowered)
            for m in letter.finditer(lower):
                cases.setdefault(m.group(), set()).add(block[m.start()])
            continue
        for c in block:
            lower, folded = c.lower(), c.casefold()
            if lower in letters:
                cases.setdefault(lower, set()).add(c)
            if (folded != lower or len(folded) != 1) and set(folded) <= letters:
                folds_apart.append(c)

    def any_case(ch: str) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(cases.get(ch, {ch}))) + "]"
    last_letters = "".join(sorted({c for w in words for c in cases.get(w[-1], {w[-1]})}))
    pattern = re.compile(r"\n[^\S\n]*(?=[" + re.escape(last_letters) + "])("
                         + _alternation([w[::-1] for w in words], any_case) + r")(?!\S)")
    return pattern, "".join(folds_apart)


def _alternation(words, letter=re.escape) -> str:
    """A pattern of any of ``words`` that shares their beginnings ("b(?:an|ộ)", a trie):
    ``re`` tries a flat alternation's words one by one (of 176, 2x slower)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict) -> str:
        alts = [letter(ch) + branches(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")
    return branches(trie)


# The motto and the signature block broken by a narrow cell ("CỘNG\nHÒA XÃ HỘI …", "TM.\nỦY
# BAN NHÂN DÂN", "K/T TRƯỞNG\nBAN", a signer "Bùi\nXuân Cường"): lines no layout ends there.
# (the motto is broken like a head, "CỘNG\nHÒA XÃ HỘI …", "CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM":
# _name_splits joins rx.NATIONAL_MOTTO_WORDINGS with the heads)
_AUTHORITY_LINE = regex.compile(
    rf"^[ ]*(?:(?:{rx.AUTHORITY_MARKS_DOTTED})[ ]*\.|{rx.AUTHORITY_MARKS_SLASHED})[ ]*(?P<rest>[^\n\p{{Ll}}]*?)[ ]*$")
_CAPITALS_LINE = regex.compile(r"^[ ]*(?=[^\n]*\p{Lu}{2})[^\n\p{Ll}]+$")
_NAME_TAIL = regex.compile(r"^[ ]*\p{Lu}\p{Ll}*(?:[ ]+\p{Lu}\p{Ll}*){0,2}[ ]*$")


@functools.lru_cache(maxsize=1)
def _signature_line_start() -> re.Pattern:
    """A line break before a line ``signature_breaks`` reads (a superset): an authority
    mark's, or a family name alone on its line.  One search finds them (a Python loop over
    every line cost ~0.3 µs a line); a pattern that opens with the line break is found fast
    (``^`` with ``re.MULTILINE`` is tried at every character, 3x slower)."""
    surnames = vocab.surnames()
    firsts = re.escape("".join(sorted({"K", "T", "Q", *(name[:1] for name in surnames)})))
    return re.compile(rf"\n[^\S\n]*(?=[{firsts}])(?:{rx.AUTHORITY_MARKS_DOTTED}|{rx.AUTHORITY_MARKS_SLASHED}"
                      rf"|{_alternation(surnames)}[^\S\n]*\n)")


def signature_breaks(text: str) -> list[tuple[int, int, str]]:
    titles = vocab.signer_titles()
    surnames = frozenset(vocab.surnames())
    edits = []
    starts = [m.start() for m in _signature_line_start().finditer("\n" + text)]  # (the first line too)
    for start in starts:
        end = text.find("\n", start)
        if end == -1:
            break
        line = text[start:end]
        nxt_end = text.find("\n", end + 1)
        nxt = text[end + 1:nxt_end if nxt_end != -1 else len(text)]
        if len(line) > 60 or not nxt:
            continue  # (a signature line is short)
        join = False
        if (m := _AUTHORITY_LINE.match(line)) and _CAPITALS_LINE.match(nxt) and not _AUTHORITY_LINE.match(nxt):
            rest = vocab.fold(m.group("rest"))
            # the mark alone, or a post cut short ("K/T TRƯỞNG" / "BAN": no post on its own)
            join = not rest or (rest not in titles and vocab.fold(f"{rest} {nxt}") in titles)
        elif not m and line.strip() in surnames and _NAME_TAIL.match(nxt):
            join = True  # a family name alone on its line, the given names under it
        if join:
            edits.append((end, end + 1 + len(nxt) - len(nxt.lstrip(" ")), " "))
    return edits


# The place of a place-and-date line broken over two lines ("Thành phố Hồ Chí\nMinh, ngày 25
# tháng 11 năm 2025", "Quảng\nNinh, ngày …"): a short line of a few words, the first
# capitalized, right above "Place, ngày": the place is both.
_PLACE_BROKEN_BEFORE_DATE = regex.compile(
    r"\n(?=[ ]*\p{Lu}\p{Ll}*(?:[ ]+\p{Lu}\p{Ll}*){0,3}[ ]*,[ ]*ngày[ ]+\d)"
    r"(?<=^[ ]*\p{Lu}\p{Ll}+(?:[ ]+\p{L}\p{Ll}*){0,3}[ ]*\n)[ ]*",
    regex.MULTILINE,
)
# (tried only at the line break before a line with ", ngày": 3x faster than at every one)
_DATE_AFTER_PLACE = re.compile(r",[ ]*ngày[ ]")
_PLACE_BROKEN_BEFORE_DATE = rx.MatchesAt(_PLACE_BROKEN_BEFORE_DATE, lambda text: sorted(
    {nl for m in _DATE_AFTER_PLACE.finditer(text) if (nl := text.rfind("\n", 0, m.start())) != -1}))


# A Roman numeral wrapped alone onto its own line after the word it counts ("… trên biển báo
# mũi tên chỉ số\nIV.", "… trong Quý\nIV"): it ends the sentence, it is no part heading.
# Or wrapped with the sentence going on after it, as a PDF's text layer re-wrapped at 80 columns
# breaks it ("… của Ban Chấp hành Trung ương khóa\nXII về Một số vấn đề …": a lower-case word,
# no heading's dot; "… Trung ương khóa\nXI. Giải quyết căn bản …": a term's numeral ends a
# citation's sentence, the line above ends on its word with no stop, so it is no part heading).
_NUMERAL_AFTER_ITS_WORD = regex.compile(
    r"(?<=(?<!\p{L})(?:[Cc]ấp|số|[Qq]uý|(?P<term>[Kk]hóa)|loại|hạng|nhóm|[Đđ]ợt|[Pp]hụ[ ]lục|[Mm]ục)[ ]*)\n[ ]*"
    r"(?=[IVXLC]{1,5}(?:[.:;,]?[ ]*$|[,;]?[ ]+\p{Ll}|(?(term)\.[ ]+\p{Lu}|(?!))))",
    regex.MULTILINE,
)


# An item mark alone on its line, its text on the next ("1.\nSở Nông nghiệp và Môi trường",
# "a)\nChủ trì phối hợp …"): converted Word files put the automatic numbering of a paragraph
# on a line of its own.  The mark and its text are one heading line.
# An article's or a chapter's mark alone on its line the same, or its word without its number
# ("Điều 20.\nVăn phòng UBND tỉnh", "Chương\nIII", "Điều\n12. Trách nhiệm …": a crawl's
# narrow cell, once its bold span is gone).
# (its marks differ from ``rx.LETTER_ITEM_MARK`` and ``rx.ROMAN_PART_MARK`` as they did before
# the marks were written once: a letter with ")" only, a numeral of I, V, X only, an article's
# word in capitals too; widening them is a change of behaviour, not part of sharing them)
_BARE_ITEM_MARK = rx.line_start_pattern(re.compile(
    rf"^((?:{rx.ARABIC_ITEM_MARK}|[a-zđ]\)|[IVX]{{1,5}}\.|(?:Điều|ĐIỀU)[ ]+\d{{1,3}}[.:]?"
    r"|(?:Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC|Điều|ĐIỀU)(?=\n\n?(?:[IVXLC]{1,6}|\d{1,3})\b)))[ ]*\n\n?(?=[^\s|])(?!(?:Điều|ĐIỀU)[ ]+\d)", re.MULTILINE))


# A hyphenated compound wrapped at its hyphen ("các tổ chức chính trị\n- xã hội cấp xã", "kinh
# tế\n- xã hội"): a bullet opens with a capital, so "- " and a lower-case word after a line that
# ends on a lower-case letter (no sentence or clause end) goes on with that line.
# So does a capitalized name of a list wrapped at its hyphen, its first part after the list's comma
# ("… các Tập đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính viễn thông Việt Nam,
# Công nghiệp\n- Viễn thông Quân đội theo chức năng …", Thông báo 634/TB-VPCP 2025; "các Sở: Nội
# vụ, Lao động\n- Thương binh và Xã hội"): no bullet opens after a comma's list member of a long
# line, a sentence's (not a heading that names a body: "3. Vụ Kế hoạch, Tài chính\n- Chủ trì, …",
# Bộ VHTTDL CV 6316/2025), unless the line is itself a bullet's (a recipient line without its
# ";": "- Các Sở: Tài chính, Xây dựng\n- UBND …"), and never a bullet that opens with work ("2. Cơ
# quan phối hợp thực hiện: Sở Nội vụ, …, Công an tỉnh\n- Tổ chức tuyên truyền …": a task).
_WRAPPED_AT_HYPHEN = regex.compile(
    r"\n-(?=[ ]+\p{Ll})(?<=\p{Ll}[ ]*\n-)"
    r"|\n-(?=[ ]+\p{Lu}\p{Ll})(?![ ]+(?i:" + rx.ACTION_START.pattern.removeprefix("(?i)") + "))"
    r"(?<=^(?![ ]*[-+•*|])[^\n|]{60,},[ ]+\p{Lu}\p{Ll}*(?:[ ]+\p{Ll}+){0,2}[ ]*\n-)",
    regex.MULTILINE)  # (a literal "\n-" first: fast)


# A line that ends on a conjunction or preposition goes on ("3. Sở Văn hóa, Thể thao và\nDu
# lịch", "… kết luận của\nBộ Chính trị", "2. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc\nTrung
# ương"): no Vietnamese line ends there.
_ENDS_ON_CONJUNCTION = regex.compile(
    # Matched from the line end, so the look-back to the line's start (no "|": not a table
    # row) runs once per line, not at every position of a long line.
    # (the spaces before the line break are taken by ``Rewriter.sub(spaces_before=True)``)
    r"\n(?:(?<=[ (](?:và|của|với|thuộc|[Cc]ác)[ ]*\n)|(?<=^[^\n|]*\p{L},[ ]*\n))"
    r"[ ]*(?=\p{Lu})(?![IVXLC]+\.\s|Điều\s|Nơi\s+nhận)", regex.MULTILINE)


# OCR debris at the edges of a line: specks read as "_", ":", "°", "'" before or after the
# text, and a bullet read twice ("- - Phòng …").  Only on documents with OCR'd pages.
# (one run of specks and spaces: the nested ``(?:[…]+[ ]*)+`` it was written as took
# exponential time on a line of dot leaders — 1.6 s for 22 dots, hours for a form's 60)
_OCR_LEAD_JUNK = re.compile(r"^[ ]*[_:.°'`~^|•,;][_:.°'`~^|•,; ]*(?=\w)", re.MULTILINE)
_OCR_TAIL_JUNK = re.compile(r"[ ]+[_:°'`~^|•]+[ ]*$", re.MULTILINE)
_OCR_DOUBLE_BULLET = re.compile(r"^-[ ]+-[ ]+", re.MULTILINE)

# Running page numbers at the top or bottom of a page ("4", "- 4 -", "Trang 4").
_PAGE_NUMBER = re.compile(r"(?:(?<=\f)|^)[ ]*(?:-[ ]*)?(?:Trang[ ]+)?\d{1,4}(?:[ ]*-)?[ ]*\n|\n[ ]*(?:-[ ]*)?(?:Trang[ ]+)?\d{1,4}(?:[ ]*-)?[ ]*(?=\f)")

# "Số:" with its number wrapped onto the next line (two-column headers flattened by a crawl).
_NUMBER_LABEL_BREAK = rx.line_start_pattern(re.compile(r"^(Số ?:)[ ]*\n[ ]*(?=\d|/)", re.MULTILINE))


# A legal-text aggregator's page crawled whole (thuvienphapluat.vn and its mirrors): a
# copyright notice, an attribute block ("Số hiệu:", "Loại văn bản:", "Nơi ban hành:" … each
# value on a later line) before the document's header, and after the document a footer (the
# site's summary of it, related documents, notices to members).  None of it is the document:
# its words were read as the issuer ("Các nội dung được sửa đổi, hướng dẫn"), its notice as a
# citation, and a text with no blank line made the whole page one table region.
_VALUE_NOT_HEADER = regex.compile(r"[\p{Ll}\d]")  # a value has a lower-case letter or a digit; a header line ("ỦY BAN NHÂN DÂN") none
_LABELS_IN_A_BLOCK = 3
# The site's block opens the page and its labels stand together (each value takes a line or
# two between "|" lines; N01/N12 of tune5: 5 lines at most from one label to the next).  A form in
# a document's annex prints the same labels after the document's own title ("KẾ HOẠCH", "Số:"),
# and the labels of a document that lists them apart are no block.  Before the block the page
# prints only its notices (13 lines of copyright and amendment legend on thuvienphapluat.vn).
_LINES_BETWEEN_LABELS = 12
_LINES_BEFORE_BLOCK = 20


def aggregator_chrome_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits that drop an aggregator's page around the document: everything up to the value
    of the last label of an attribute block (three labels or more before the national motto),
    and everything from the footer's first line (with the site's summary line just above it).
    A weak footer line ("Văn bản liên quan") counts only on a page with an attribute block."""
    attribute, footer_strong, footer, summary = rx.aggregator_chrome()
    motto = rx.NATIONAL_MOTTO.search(text)
    head_end = motto.start() if motto else min(len(text), 8000)
    labels = _opening_block(text, list(_searched_from_line_breaks(attribute).finditer(text[:head_end])))
    edits: list[tuple[int, int, str]] = []
    body_start = 0
    if len({_fold_label(m.group("phrase")) for m in labels}) >= _LABELS_IN_A_BLOCK:
        body_start = labels[-1].end()
        pos = body_start
        while pos < head_end:  # the last label's value: its next line with any content
            nl = text.find("\n", pos + 1)
            line_end = nl if nl != -1 else len(text)
            line = text[pos + 1:line_end]
            if line.strip(" |*#"):
                if _VALUE_NOT_HEADER.search(line):
                    body_start = line_end
                break
            pos = line_end
        # the site's news summary between the block and the letterhead goes with the block;
        # it stands above the document's first own line, never in the document ("Xem thêm chi
        # tiết tại Phụ lục kèm theo" of its part I)
        close = rx.aggregator_summary_end().search(text, body_start, _document_opening(text, body_start, head_end))
        if close:
            body_start = close.end()
        edits.append((0, body_start, ""))
    # (a substring test first: the search below, case-insensitive at every line, is the costly
    # part; it agrees with the search, which ignores case and accepts runs of spaces: each footer
    # line's longest word, case folded)
    folded = text.casefold()
    end = footer_strong.search(text, body_start) if any(word in folded for word in _footer_tokens()) else None
    if edits:
        weak = footer.search(text, body_start)
        if weak and (end is None or weak.start() < end.start()):
            end = weak
    if end is not None:
        start = end.start()
        above = max(body_start, text.rfind("\n", body_start, max(body_start, start - 1)) + 1)
        if above < start and summary.match(text, above, start):
            start = above
        edits.append((start, len(text), ""))
    return edits


@functools.lru_cache(maxsize=1)
def _footer_tokens() -> tuple[str, ...]:
    return tuple(max(p.casefold().split(), key=len) for p in vocab.aggregator_chrome().get("footer_strong", ()))


# A letter's "Kính gửi:" line: its own, after any summary the site printed above it.
_ADDRESSEE_LINE = regex.compile(r"(?i)k[íi]nh\s+g[ửu]i\b", regex.V0)


def _document_opening(text: str, start: int, end: int) -> int:
    """Where the document's own lines open between ``start`` and ``end``: its type line, its
    "Số:" line, a part or an article heading (``end`` if none)."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = nl if nl != -1 else end
        line = text[pos:line_end].strip(" |*#")
        if line and (rx.document_type_line().fullmatch(line) or rx.NUMBER_LINE.match(line)
                     or rx.ROMAN_HEADING.match(line) or rx.ARTICLE_HEADING.match(line)
                     or _ADDRESSEE_LINE.match(line)):  # a letter whose letterhead the crawl lost
            return pos
        pos = line_end + 1
    return end


def _opening_block(text: str, labels: list[regex.Match]) -> list[regex.Match]:
    """The labels of the block that opens the page: the first label within the page's first
    lines with no line of the document's own before it (its type line, "Số:", a part or an
    article heading), and the
    labels after it each a few lines from the one before."""
    if not labels:
        return []
    first = labels[0].start()
    before = [line.strip(" |*#") for line in text[:first].split("\n")]
    before = [line for line in before if line]
    if len(before) > _LINES_BEFORE_BLOCK or any(
            rx.document_type_line().fullmatch(line) or rx.NUMBER_LINE.match(line)
            or rx.ROMAN_HEADING.match(line) or rx.ARTICLE_HEADING.match(line) for line in before):
        return []
    block = labels[:1]
    for m in labels[1:]:
        if text.count("\n", block[-1].end(), m.start()) > _LINES_BETWEEN_LABELS:
            break
        block.append(m)
    return block


@functools.lru_cache(maxsize=8)
def _searched_from_line_breaks(pattern: regex.Pattern) -> rx.MatchesAt:
    return rx.line_start_pattern(pattern)


def _fold_label(label: str) -> str:
    return " ".join(label.lower().split())


# A crawl that flattened the header's two-column table joins the cells of a row with a space:
# "BỘ Y TẾ -------" after the site's title sentence, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập -
# Tự do - Hạnh phúc", "Số: 384/BYT-KCB V/v cấp CCHN …", "Hà Nội, ngày 27 tháng 01 năm 2014 Kính
# gửi: …" (thuvienphapluat.vn pages saved as text, johnPa02/thuvienphapluat-crawler: Công văn
# 384/BYT-KCB 2014, 6087/BYT-KCB 2013, 627/BYT-BH 2021, 296/BHXH-CSYT 2021, 2739/VPCP-ĐMDN 2019,
# 3397/BKHĐT-QLKTTW 2019).  Each cell goes back on a line of its own, so that the issuer, the
# motto, the number, the subject, the place and date and the addressees are read as printed.
# Only in the header (up to the first "Kính gửi", or the first 3000 characters), and only at
# a cell's own opening words, never inside a sentence.
_FLAT_HEADER_BREAKS = regex.compile(
    r"""(?:
        # the issuer's capitals and the rule under them, after the site's title sentence
        # (or before the motto, when the crawl joined the two columns: "… ban hành. BỘ KẾ HOẠCH VÀ
        # ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI …")
        (?<=\.)[ ]+(?=\p{Lu}{2,}(?:[ ]+\p{Lu}+){0,8}[ ]+-{3,}(?:[ ]*$|[ ]+CỘNG[ ]+HÒA))
        # the second column's motto after the first column's rule
        |(?<=-{3,})[ ]+(?=CỘNG[ ]+HÒA[ ]+XÃ[ ]+HỘI)
        # the motto's second line
        |(?<=CỘNG[ ]HÒA[ ]XÃ[ ]HỘI[ ]CHỦ[ ]NGHĨA[ ]VIỆT[ ]NAM)[ ]+(?=Độc[ ]+lập[ ]+-)
        # the number after the motto's rule: "… Hạnh phúc --------------- Số: 384/BYT-KCB …" (the
        # header joined on one line: a Word file's paragraph, or its lines re-wrapped by a PDF)
        |(?<=Hạnh[ ]+phúc[ ]+-{3,})[ ]+(?=Số[ ]?:)
        # the subject after the number: "Số: 384/BYT-KCB V/v …"
        |(?<=^Số[ ]?:[ ]*\d{1,5}[^\s]*)[ ]+(?=V/[vV][ ])
        # the place and date after the subject: "V/v … Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019"
        # (the whole place: not after a capitalized word, "Hà | Nội"; one space only: a column gap
        # of a laid-out header, "V/v góp ý dự thảo Kế hoạch kiểm      Lâm Đồng, ngày …", is read by
        # the header's own rules with the subject's next lines, tune gold C067)
        |(?<=^(?:Số|V/[vV])[^\n]*?\S)(?<!\b\p{Lu}\p{Ll}*)[ ](?=[^ ])(?=(?:\p{Lu}\p{Ll}*[ ]){0,3}\p{Lu}\p{Ll}*,[ ]+ngày[ ]+\d{1,2}[ ]+tháng)
        # the addressees after the place and date: "… năm 2014 Kính gửi: …"
        |(?<=ngày[ ]+\d{1,2}[ ]+tháng[ ]+\d{1,2}[ ]+năm[ ]+\d{4})[ ]+(?=Kính[ ]+gửi\b)
        # the body's opening after the one addressee of the "Kính gửi" line: "Kính gửi: Đ/c Chủ
        # tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương Thực hiện Luật …", "… (PV
        # GAS) Phúc đáp Công văn số …" (an addressee's name holds none of these opening words)
        # (the "Kính gửi" line itself is one the rule above breaks off the place and date)
        |(?<=(?:^|\d{4}[ ])Kính[ ]+gửi[ ]*:[^\n]{3,300}?[^\s.,;:])(?P<body>[ ]+)(?=(?:Thực[ ]+hiện|Căn[ ]+cứ|Theo[ ]+đề[ ]+nghị
            |Phúc[ ]+đáp|Trả[ ]+lời|Trong[ ]+thời[ ]+gian|Vừa[ ]+qua|Hiện[ ]+nay|Để|Nhằm|Ngày[ ]+\d)\b)
        # the body after the list's short name: "(Sau đây viết tắt là BHXH các tỉnh) Bộ Y tế có …"
        |(?<=^\([Ss]au[ ]+đây[^\n)]{3,80}\))[ ]+(?=\p{Lu})
    )""",
    regex.VERBOSE | regex.MULTILINE | regex.V0,
)
_FLAT_HEADER_SPAN = 3000
_FLAT_ADDRESSEES_SPAN = 1000


def flattened_header_edits(text: str, body_only: bool = False) -> list[tuple[int, int, str]]:
    """Line breaks back between the cells of a header a crawl flattened (see above).
    ``body_only``: only the break between the one addressee and the body (read again after the
    joins of wrapped lines, when the other cells stand on their lines already)."""
    head = text[:_FLAT_HEADER_SPAN]
    if "V/v " not in head and "Kính gửi" not in head and "V/V " not in head:
        return []  # (a cheap test: every flattened letter header holds one of them)
    addressees = text.find("Kính gửi", 0, _FLAT_HEADER_SPAN)
    # (the addressees' lines and the body's first words after them: a few lines on)
    end = min(len(text), addressees + _FLAT_ADDRESSEES_SPAN) if addressees >= 0 else min(len(text), _FLAT_HEADER_SPAN)
    edits: list[tuple[int, int, str]] = []
    start = 0
    if not body_only and (region := _flat_header_region(text)):
        edits, start = _flat_header_cells(text, *region), region[1]
    return edits + [(m.start(), m.end(), "\n") for m in _FLAT_HEADER_BREAKS.finditer(text, start, end)
                    if not body_only or m.group("body")]


# The same flattened header whose line breaks are a converter's, not the cells' (issue #11: the
# page saved as a Word file's one paragraph, "BỘ Y TẾ ------- CỘNG HÒA XÃ HỘI … Hạnh phúc
# --------------- Số: 384/BYT-KCB V/v …", or its text re-wrapped at 80 columns by a PDF, "… ban
# hành. BẢO HIỂM XÃ HỘI VIỆT NAM -------- CỘNG\nHÒA XÃ HỘI …"): what tells it is a rule of
# dashes with a cell's words beside it on its line (a laid-out header prints the rule alone
# under its cell; a crawl's "|" table keeps its cells apart).  Its lines are read as one, from
# the site's title sentence just above the motto down to the place and date and the "Kính gửi:"
# after them, and broken again at the cells' own openings.
_FLAT_RULE = regex.compile(r"(?m)^[^|\n]*?(?:[^\s|\-][ ]+-{3,}|-{3,}[ ]+[^\s|\-])[^|\n]*$")
_FLAT_MOTTO = regex.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM\s+Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc")
_FLAT_HEADER_END = regex.compile(
    r"Số\s?:\s*\d[\s\S]{0,400}?ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}(?:\s+Kính\s+gửi\s*:)?")
_FLAT_LINES_ABOVE = 3  # the site's title sentence, wrapped: lines above the motto's


def _flat_header_region(text: str) -> tuple[int, int] | None:
    """Where a flattened header stands (its first line's start, the end of its "Kính gửi:" or
    of its date), when one of its rules has a cell's words beside it; None otherwise."""
    head = text[:_FLAT_HEADER_SPAN]
    motto = _FLAT_MOTTO.search(head)
    if not motto or "-" not in head[motto.end():motto.end() + 40]:
        return None
    tail = _FLAT_HEADER_END.search(head, motto.end())
    if not tail:
        return None
    if not _FLAT_RULE.search(text, text.rfind("\n", 0, max(0, motto.start() - 200)) + 1, tail.end()):
        return None
    start = text.rfind("\n", 0, motto.start()) + 1
    for _ in range(_FLAT_LINES_ABOVE):
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        line = text[above:start].strip()
        if start == 0 or not line or "|" in line:
            break
        start = above
    return start, tail.end()


def _flat_header_cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The region's lines read as one and broken at its cells' openings (each break's pattern
    may need the break before it: read again until none is new); an edit a character each."""
    joined = text[start:end].replace("\n", " ")
    for _ in range(4):
        chars = list(joined)
        for m in _FLAT_HEADER_BREAKS.finditer(joined):
            chars[m.start()] = "\n"
        if (again := "".join(chars)) == joined:
            break
        joined = again
    return [(start + i, start + i + 1, new) for i, (old, new) in enumerate(zip(text[start:end], joined)) if old != new]


# Data tables in crawled texts put every cell on its own line(s) between "|" lines, and start
# a new row where two "|" lines meet.  Layout tables (the issuer/motto header, the signature
# block) are written the same way but have one or two cells a row; a table whose first row
# has 3+ cells, one of them a task-table label (regexes.TASK_TABLE_LABEL), is a data table.


def crawl_table_rows(text: str) -> list[tuple[int, int, str]]:
    """Edits that turn each crawled data table into one ``a | b | c`` line per row, as DOCX
    tables are read: a cell's wrapped lines are joined with a space, the "|" line between
    two cells becomes " | ", the "|" lines between rows a line break.

    A table starts at a "|" line whose row is a data table's header (``_header_cells``) and
    runs to the next blank line.  Every "|" line is a possible start: a crawl without blank
    lines puts the page's layout tables (header, signature) and a task table in one block,
    the task table's header after a single "|" line ("… (Kèm theo Kế hoạch số …)\n|\nTT\n|")."""
    if "\n|" not in text:
        return []
    edits: list[tuple[int, int, str]] = []
    done = -1  # (a "|" line before this is no table's start: inside a table, or its row read)
    content_end = len(text.rstrip())
    for pipe in _PIPE_LINE.finditer(text):
        if pipe.start() < done:
            continue
        is_header, done = _is_data_table_header(text, pipe.start())
        if not is_header:
            continue
        blank = _BLANK_LINE.search(text, pipe.start())  # a table region ends at a blank line
        done = blank.start() if blank else len(text)
        appendix = rx.CRAWL_TABLE_BEFORE_APPENDIX.search(text, pipe.start(), done)
        if appendix:
            done = appendix.end()  # or at the next appendix's heading, closed by its "|" line
        region: list[tuple[int, int]] = []
        pos = pipe.start()
        for line in text[pipe.start():done].split("\n"):
            region.append((pos, pos + len(line)))
            pos += len(line) + 1
        edits.extend(_table_region_edits(text, region, at_text_end=done >= content_end))
    return edits


_PIPE_LINE = rx.line_start_pattern(re.compile(r"^[ ]*\|[ ]*$", re.MULTILINE))
# (an emphasis of nothing, "** **", is a blank line: the crawl's mark between two tables — but
# not where a "|" line follows it: there it is an empty cell of a row, the group rows of a task
# table ("|\n**I**\n|\n**CƠ CHẾ, CHÍNH SÁCH**\n|\n** **\n|", Thủ tướng QĐ 2597/2025's appendix,
# crawl ec00bd6f58be7864), whose table would otherwise end after its header row)
_BLANK_LINE = re.compile(r"\n[ \t]*(?:\n|$)|\n[ \t]*\*+[ \t]+\*+[ \t]*(?:\n(?![ ]*\|[ ]*(?:\n|$))|$)")
# A header cell is a label ("Cơ quan chủ trì", "Thời gian hoàn thành"): a cell longer than
# this is text (a layout table's "cell" holding the whole body of a crawl without blank lines).
_HEADER_CELL_MAX = 120
_HEADER_CELLS_MAX = 16


def _is_data_table_header(text: str, start: int) -> tuple[bool, int]:
    """Whether the row that opens at the "|" line at ``start`` is a data table's header: 3+
    short cells, one of them a task-table label.  Reads only that row.

    Also where the next "|" line worth checking is: a row read from a later "|" line inside
    the part read has the same lines, so the same cells or fewer (a row opened by a run of "|"
    lines has the same ones from each of them) and fails as well; only the "|" lines that end
    the row may open the next row, a header.  Skipping to there keeps a run of n "|" lines
    (a crawl of table borders) from being read n times (n² lines)."""
    cells: list[str] = []
    pipes = 0
    pos = start
    first_cell = run_start = start  # (the first content line; the "|" lines since the last)
    for line, line_start, pos in _lines_from(text, start):
        if not line:
            return False, pos  # a blank line ends the region before the row did
        if line == "|":
            if pipes == 0:
                run_start = line_start
            pipes += 1
            continue
        if pipes >= 2 and cells:
            return _header_cells(cells), run_start  # the next row
        if not cells:
            first_cell = line_start
        if pipes >= 1 or not cells:
            if len(cells) == _HEADER_CELLS_MAX:
                return False, first_cell  # (a row from a later "|" line has fewer cells)
            cells.append("")
        cells[-1] += " " + line
        if len(cells[-1]) > _HEADER_CELL_MAX:
            return False, pos
        pipes = 0
    return _header_cells(cells), pos


def _header_cells(cells: list[str]) -> bool:
    return len(cells) >= 3 and any(rx.TASK_TABLE_LABEL.search(cell) or rx.IN_CHARGE_COLUMN.match(cell.strip("* ")) for cell in cells)


def _lines_from(text: str, start: int) -> Iterator[tuple[str, int, int]]:
    """Each line from ``start`` on, stripped, with where it starts and where the next one does."""
    pos = start
    while pos < len(text):
        nl = text.find("\n", pos)
        line_end = nl if nl != -1 else len(text)
        yield text[pos:line_end].strip(), pos, line_end + 1
        pos = line_end + 1


def _table_region_edits(text: str, region: list[tuple[int, int]], at_text_end: bool = False) -> list[tuple[int, int, str]]:
    # content lines, each with the number of "|" lines before it (since the previous content)
    contents: list[tuple[int, int, int]] = []
    pipes = 0
    for start, end in region:
        if text[start:end].strip() == "|":
            pipes += 1
        else:
            contents.append((start, end, pipes))
            pipes = 0
    if not contents or (pipes == 0 and not at_text_end):
        return []  # not closed by a "|" line (nor by the end of the text): not a crawled table
    edits = [(region[0][0], contents[0][0], "")]  # the opening "|" line(s)
    for (_, prev_end, _), (start, _, before) in zip(contents, contents[1:]):
        if before == 0:
            edits.append((prev_end, start, " "))  # a wrapped line inside a cell
        elif before == 1:
            edits.append((prev_end, start, " | "))  # "\n|\n": offsets stay exact
        else:
            edits.append((prev_end, start, "\n"))  # next row
    if pipes:
        edits.append((contents[-1][1], region[-1][1], ""))  # the closing "|" line(s)
    return edits


# A word a crawl or a PDF's text layer split inside ("Qu ả ng Ngãi", "Đặ ng Văn Minh", "Hệ thống
# lấ y ý kiến", "phổ biế n"; law-site pages of tune C019, C050, U04 and github:TuanHuu168/CongBot):
# two or three pieces of at most four letters, one space apart, at least one of them no syllable
# (nor a Roman numeral or an abbreviation in capitals), the pieces after the first in lower
# case, that make one well-formed syllable written with a lower-case letter in it.  Pieces all
# in capitals, or each a syllable, are joined only where the text writes the word whole (below).
_SHORT_PIECE = regex.compile(r"(?<![\p{L}\d])\p{L}{1,4}(?![\p{L}\d])")
_ROMAN_OR_CAPITALS = regex.compile(r"[IVXLC]+|\p{Lu}{2,}")
_ROMAN = regex.compile(r"[IVXLC]+")
# A piece that is no syllable, found without asking the syllable model of every word: consonants
# alone before a word ("ng", "Đ", "t"), or a vowel that needs a final consonant at a word's end
# ("lấ", "Đặ", "biế").  Each pattern opens with a space or a set of letters, which ``re`` finds in
# C (an alternation of look-behinds was entered at every character: 40 ms a MB).  Consonants in
# capitals too ("TỊ CH", "M I NH": a header spaced letter by letter).
_CONSONANTS_ALONE = re.compile(r" [bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX][bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]{0,2}(?= [^\W\d_])")
_OPEN_VOWEL_AT_END = re.compile(r"[ăắằẳẵặâấầẩẫậ] ")
_OPEN_PAIR_AT_END = re.compile(r"[iyuư][êếềểễệôốồổỗộơớờởỡợ] ")  # "iê", "yê", "uô", "ươ" (checked below)
_OPEN_PAIRS = {"i": "êếềểễệ", "y": "êếềểễệ", "u": "ôốồổỗộ", "ư": "ơớờởỡợ"}
# Two pieces that are each a syllable but one word in the text ("Xã hộ i ," newdocs
# bcdqg1237-kh252-2013 = tune9 V02; "Hội Cự u Chi ến binh", "X ã hội", "L iên hiệp" newdocs
# hcm-qd3210-2014 and quangngai-qd1351-2022), and capitals spaced letter by letter ("ỦY B AN NHÂN
# D Â N T HÀNH P HỐ", hcm-qd3210-2014): a lower-case piece of one or two vowels, no onset, after
# a syllable ("o", "i", "u") or a Roman numeral, or capitals with a lone consonant among them.
# Both readings are well formed, so the text itself decides: the joined word stands whole
# elsewhere in it at least twice, and (after a syllable) more often than the first piece alone
# ("dịch vụ y tế", "thú y", "g và i khoản" stay: "vụy", "thúy", "vài" are rarer than "vụ", "thú", "và").
_VOWEL_LETTERS = "".join(sorted(c for c, (base, _) in syllable_letters().items() if base in "aăâeêioôơuưy"))
# An onset-less piece is looked for only in a text whose layer split other words (the scan of
# every space cost 2 % of the normalization; the texts above all split other words too, but a
# crawl of calibration C038 has "chất lượng the o yêu cầu" alone: it stays).
_ONSETLESS_PIECE = re.compile(f" [{_VOWEL_LETTERS}]{{1,2}}(?![^\\W\\d_])")
_EVIDENCE_TIMES = 2


def _joins_the_piece_before(text: str, space: int, end: int) -> bool:
    """An onset-less piece is worth a look only where it makes one syllable with the piece before
    it (most are words: "ở", "ưu", "y tế"; a look at each cost 5 % of the normalization)."""
    start = space
    while start > 0 and space - start <= 4 and text[start - 1].isalpha():
        start -= 1
    return (0 < space - start <= 4 and (start == 0 or not text[start - 1].isalpha())
            and is_vietnamese_syllable(text[start:space] + text[space + 1:end]))


def _whole_word_count(lowered: str, word: str, counts: dict[str, int]) -> int:
    found = counts.get(word)
    if found is None:
        found = 0
        for m in re.finditer(re.escape(word), lowered):
            a, b = m.start(), m.end()
            if (a == 0 or not lowered[a - 1].isalpha()) and (b == len(lowered) or not lowered[b].isalpha()):
                found += 1
        counts[word] = found
    return found


def _one_word_in_text(text: str, words: list[str], counts: dict[str, int], lowered: list[str]) -> bool:
    """Pieces split inside a word in capitals, or pieces that are each a syllable, are one word
    when the text says so (see above)."""
    if not lowered:
        lowered.append(text.lower())
    times = _whole_word_count(lowered[0], "".join(words).lower(), counts)
    if times < _EVIDENCE_TIMES:
        return False
    return not is_vietnamese_syllable(words[0]) or times > _whole_word_count(lowered[0], words[0].lower(), counts)


# A day or a month written with a leading zero that a page split after the zero ("Hà Nội, ngày 26
# tháng 0 6 năm 2018", newdocs ttg-qd773-2018): no day or month is 0, so "ngày"/"tháng" then a
# lone "0" then one digit is one number.  (The pattern opens with its rare " 0 ", found in C.)
_SPLIT_DATE_ZERO = re.compile(r" 0 (?=[1-9](?!\d))")
_DATE_WORD_BEFORE = re.compile(r"(?:ngày|tháng|NGÀY|THÁNG|Ngày|Tháng)$")


def split_date_number_edits(text: str) -> list[tuple[int, int, str]]:
    if " 0 " not in text:  # (``in`` first: most texts have none)
        return []
    return [(m.start() + 2, m.end(), "") for m in _SPLIT_DATE_ZERO.finditer(text)
            if _DATE_WORD_BEFORE.search(text, max(0, m.start() - 5), m.start())]


def split_word_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits that join the pieces of a word split inside (see above)."""
    found = sorted([m.start() + 1 for m in _CONSONANTS_ALONE.finditer(text)]
                   + [m.start() for m in _OPEN_VOWEL_AT_END.finditer(text)]
                   + [m.start() for m in _OPEN_PAIR_AT_END.finditer(text) if text[m.start() + 1] in _OPEN_PAIRS[text[m.start()]]])
    counts: dict[str, int] = {}
    lowered: list[str] = []
    edits = _joined_pieces(text, found, counts, lowered)
    if edits:
        more = [m.start() + 1 for m in _ONSETLESS_PIECE.finditer(text) if _joins_the_piece_before(text, m.start(), m.end())]
        if more:
            edits = _joined_pieces(text, sorted(found + more), counts, lowered)
    return edits


def _joined_pieces(text: str, found: list[int], counts: dict[str, int], lowered: list[str]) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    done = -1
    for where in found:
        if where < done:
            continue
        base = max(0, where - 12)
        pieces = list(_SHORT_PIECE.finditer(text, base, where + 16))
        at = next((k for k, m in enumerate(pieces) if m.start() <= where < m.end()), None)
        if at is None:
            continue
        for n, first in ((3, at - 2), (3, at - 1), (3, at), (2, at - 1), (2, at)):
            run = pieces[first:first + n] if first >= 0 else []
            if len(run) < n or run[0].start() < done or run[0].start() == base > 0:
                continue
            if any(b.start() - a.end() != 1 or text[a.end()] != " " for a, b in itertools.pairwise(run)):
                continue
            words = [m.group() for m in run]
            capitals = all(w.isupper() for w in words)
            if not capitals and not all(w[0].islower() for w in words[1:]):
                continue
            joined = "".join(words)
            if not is_vietnamese_syllable(joined):
                continue
            # (in a run of capitals a piece in capitals is no abbreviation: "TỊ CH", "B AN")
            if all(is_vietnamese_syllable(w) or (_ROMAN if capitals else _ROMAN_OR_CAPITALS).fullmatch(w) for w in words):
                # each piece a word: one word only where the text says so (see above)
                if capitals or n != 2 or words[1][0] not in _VOWEL_LETTERS or not _one_word_in_text(text, words, counts, lowered):
                    continue
            elif capitals and not _one_word_in_text(text, words, counts, lowered):
                continue
            edits.extend((a.end(), b.start(), "") for a, b in itertools.pairwise(run))
            done = run[-1].end()
            break
    return edits


def normalize_text(raw: str, extra_edits: list[Callable[[str], list[tuple[int, int, str]]]] | None = None,
                   ocr: bool = False, laid_out: bool = False) -> Rewriter:
    """``laid_out``: the text comes from readers that set a paragraph (DOCX) or a wrapped
    paragraph (a PDF's layout) on one line already: the long-line rule that joins a crawl's
    hard wraps only joins lines no longer than a printed line there."""
    rw = Rewriter(raw)
    wrap_width = hard_wrap_width(raw)
    if _HAS_COMBINING.search(raw):
        rw.sub(_DECOMPOSED, lambda m: unicodedata.normalize("NFC", m.group(0)))
    rw.sub(_INVISIBLE, "", needs=_INVISIBLE_CHARS)  # ``in`` first: re took 10 ms to find none in the bench texts
    rw.sub(_CRLF, "\n", needs="\r")
    rw.sub(_PAGE_NUMBER, "", needs="\f")
    rw.translate(_LOOKALIKES)
    if _ANY_CYRILLIC_LOOKALIKE.search(rw.text):  # (rare: no word-by-word scan of every text)
        rw.sub(_WORD_WITH_CYRILLIC_LOOKALIKE, _cyrillic_read_as_latin)
    rw.sub(OLD_TONE_PLACEMENT, move_tone)  # hoá → hóa, uỷ → ủy (text.py)
    rw.apply_edits(split_word_edits(rw.text))
    rw.apply_edits(split_date_number_edits(rw.text))
    rw.apply_edits(aggregator_chrome_edits(rw.text))
    rw.apply_edits(flattened_header_edits(rw.text))
    for find_edits in extra_edits or ():
        rw.apply_edits(sorted(find_edits(rw.text)))
    rw.apply_edits(crawl_table_rows(rw.text))
    rw.apply_edits(aligned_table_edits(rw.text))  # before runs of spaces are collapsed
    # A page break ends a printed line: the page's first line opens a line to every rule below
    # ("… về ma túy.\f3.8. Đề nghị Ủy ban …": the item was read as the end of the line before
    # it, and its heading joined to its first sentence).  The breaks come back at the end.
    page_breaks = "\f" in rw.text
    in_sentence: set[int] = set()
    if page_breaks:
        offsets = np.frombuffer(rw.offsets, dtype=np.int64)
        in_sentence = {int(offsets[m.start()]) for m in _PAGE_BREAK_IN_SENTENCE.finditer(rw.text)}
        rw.sub(_PAGE_BREAK_IN_SENTENCE, " ")
        rw.translate(_PAGE_BREAK_AS_LINE_BREAK)
    rw.sub(_DRAFT_MARK_AFTER_END, r"\1", needs="*")
    rw.sub(_DRAFT_MARK_LINE_END, r"\1", needs="*")
    rw.sub(_BOLD_SPAN, _unwrap_bold, needs="*")
    rw.sub(_BOLD, "", needs="*")
    rw.apply_edits(star_line_edits(rw.text))
    rw.sub(_EMPHASIS_WRAPPED, _unwrap_emphasis, needs="*")
    rw.sub(_EMPHASIZED_LABEL, r"\1\2 ", needs=": *")
    if "*- *" in rw.text or "*+ *" in rw.text or "*• *" in rw.text or ". *" in rw.text:  # (rare marks: no scan of every text)
        rw.sub(_EMPHASIZED_ITEM_MARK, r"\1\2 ")
    rw.sub(_ITALIC, _unitalic, needs="*")
    rw.sub(_HEADING_HASHES, "", needs="#")
    rw.sub(_ESCAPES, r"\1", needs="\\")
    rw.sub(_AUTOLINK, r"\1", needs="<")
    rw.sub(_RULE_LINE, "")
    rw.sub(_TABLE_EDGE, "", needs="|")
    rw.sub(_SPACES, " ")
    rw.sub(_LINE_EDGE_SPACES, "")
    if ocr:
        rw.sub(_OCR_LEAD_JUNK, "")
        rw.sub(_OCR_TAIL_JUNK, "")
        rw.sub(_OCR_DOUBLE_BULLET, "- ")
    rw.sub(_NUMERAL_AFTER_ITS_WORD, " ", needs="\n", spaces_before=True)
    rw.sub(_BARE_ITEM_MARK, r"\1 ", needs="\n")
    rw.sub(_WRAPPED_PART_HEADING, " ", needs="\n", spaces_before=True)
    rw.apply_edits(heading_tail_edits(rw, raw, wrap_width))
    rw.sub(_DIRECTIVE_ALONE, " ", needs="\n", spaces_before=True)
    rw.apply_edits(names_broken_over_lines(rw.text))
    rw.apply_edits(signature_breaks(rw.text))
    rw.sub(_PLACE_BROKEN_BEFORE_DATE, " ", needs="à", spaces_before=True)  # (the "à" of ", ngày": ``needs`` is a set of characters)
    # only a text with table rows needs the row check (a callable costs ~1 µs a match)
    rw.sub(_BROKEN_LINE, _join_broken_line if " | " in rw.text else " ")
    rw.sub(_NUMBER_LABEL_BREAK, r"\1 ", needs="ố")  # (the "ố" of "Số:")
    rw.sub(_WRAPPED_PRINTED_LINE if laid_out else _WRAPPED_LINE, " ")
    rw.sub(_SHORT_OPENING_LINE, r"\g<line> ", needs="\n")
    rw.apply_edits(wrapped_item_edits(rw, raw, wrap_width))
    rw.sub(_PLACE_AFTER_NAME, " ", needs="\n", spaces_before=True)
    rw.sub(_dangling_head(), " ", spaces_before=True)
    rw.sub(_ENDS_ON_CONJUNCTION, " ", needs="\n", spaces_before=True)
    rw.sub(_WRAPPED_AT_HYPHEN, " -", needs="-", spaces_before=True)
    rw.sub(_ITALIC, _unitalic, needs="*")  # italics that spanned a broken line
    # (again: the joins of wrapped lines above read "… Trung ương | Trong thời gian qua, …" as a
    # line the crawl wrapped and joined the addressee to the body once more)
    rw.apply_edits(flattened_header_edits(rw.text, body_only=True))
    if page_breaks:
        _restore_page_breaks(rw, raw, in_sentence)
    return rw


_PAGE_BREAK_AS_LINE_BREAK = {ord("\f"): "\n"}
# A sentence that goes on over a page break ("… phối hợp với Sở Khoa học và Công nghệ, Trung tâm
# Phục vụ hành chính công tỉnh" | "thực hiện rà quét …"): the page ends on a word or a comma of a
# line of running text, and the next opens in lower case (not with a lettered item "a)").  A short
# last line is a signature column's ("Lê Trường Sơn" | "tỉnh;" is the "Nơi nhận" list going on).
_PAGE_BREAK_IN_SENTENCE = regex.compile(r"\f(?<=[^\n\f]{50}[\p{L}\d,][ ]*\f)[ ]*(?=\p{Ll}(?![.)]))")


def _restore_page_breaks(rw: Rewriter, raw: str, in_sentence: set[int]) -> None:
    """Write "\f" again where a page break stood: the first line break or space of the text
    that comes from each "\f" of ``raw`` (a rule may have joined the lines around it) — but for
    the breaks inside a sentence (raw offsets ``in_sentence``), which stay a space: the page's
    last line and the next page's first are one line."""
    text = rw.text
    offsets = np.frombuffer(rw.offsets, dtype=np.int64)[:len(text)]
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    raw_codes = np.frombuffer(raw.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    at = np.flatnonzero((raw_codes[offsets] == 12) & ((codes == 10) | (codes == 32)))
    if in_sentence:
        at = at[~np.isin(offsets[at], list(in_sentence))]
    if not len(at):
        return
    _, first = np.unique(offsets[at], return_index=True)
    chars = list(text)
    for i in at[first].tolist():
        chars[i] = "\f"
    rw.text = "".join(chars)


def normalize_pages(pages: list[Page]) -> NormalizedText:
    raw_parts = [p.text.replace("\f", "\n") for p in pages]
    raw = "\f".join(raw_parts)
    starts, pos = [], 0
    for part in raw_parts:
        starts.append(pos)
        pos += len(part) + 1
    extra = []
    if any(p.method == "ocr" for p in pages):
        try:
            from .ocr_repair import find_repairs
        except ImportError:  # the OCR repair module is optional for text-only installs
            find_repairs = None
        if find_repairs is not None:
            extra.append(find_repairs)
    laid_out = all(p.lines and p.method in ("docx", "pdf-text") for p in pages)
    rw = normalize_text(raw, extra, ocr=bool(extra) or any(p.method == "ocr" for p in pages), laid_out=laid_out)
    return NormalizedText(text=rw.text, raw=raw, offsets=rw.offsets, page_starts=starts or [0])
