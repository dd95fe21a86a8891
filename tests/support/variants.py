"""Format variants of one text, as real archives show the same document.

Each variant is a pure text transform that keeps every word in its order, so the gold of the
original is the gold of the variant (``scripts/eval_variants.py``, ``tests/test_format_variants.py``):
a crawl's markdown or none, paragraphs hard-wrapped at ~80 columns (PDF and Word conversions)
or one line each, other bullet and item marks, fewer or more blank lines, part headings in
capitals or not, decomposed Unicode, the old tone placement, non-breaking spaces, tabs, and
Windows line ends.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from typing import Callable

import regex

# An item or heading mark opening a line: "- ", "+ ", "• ", "1. ", "1.2. ", "2) ", "a) ",
# "b. ", "II. " (after the markdown a crawl puts around a heading).
_LINE_MARK = regex.compile(
    r"^[ \t]*(?:\*{1,2}|\#{1,6}[ ])?(?:[-+•]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ][.)]|[IVXLC]{1,6}\.)[ \t]"
)
_STARTS_SECTION = regex.compile(r"^[ \t]*(?:\*{1,2})?(?:Điều|Chương|Mục|Phần|PHẦN|CHƯƠNG|Nơi nhận)\b")
_ENDS_CLAUSE = regex.compile(r"[.;:!?]\**[ ]*$")
_WRAP_MIN = 40  # a hard-wrapped line is long: a shorter one ends a paragraph, a heading or a header cell


_COLUMN_GAP = re.compile(r"\S[ ]{3,}\S")


def _is_table(line: str) -> bool:
    """A table row: "|" cells, or columns aligned with spaces (a flattened two-column header)."""
    return "|" in line or bool(_COLUMN_GAP.search(line))


def _continues(prev: str, line: str) -> bool:
    """Whether ``line`` is the same paragraph as ``prev`` wrapped (a conservative guess: a
    line break left in place is still a layout archives show)."""
    if not prev.strip() or not line.strip() or _is_table(prev) or _is_table(line):
        return False
    if len(prev.strip()) < _WRAP_MIN or _ENDS_CLAUSE.search(prev) or prev.rstrip().endswith("*"):
        return False
    if prev.isupper() != line.isupper():
        return False  # a title in capitals and the paragraph under it
    stripped = line.lstrip()
    return not (_LINE_MARK.match(line) or _STARTS_SECTION.match(line) or stripped.startswith(("*", "#")))


def _near_columns(lines: list[str]) -> set[int]:
    """Lines of a table laid out with spaces: the aligned rows and the lines between them
    (a cell's wrapped text), which only the table reader may join."""
    rows = [i for i, line in enumerate(lines) if _COLUMN_GAP.search(line)]
    return {j for i in rows for j in (i - 1, i, i + 1)}


def one_line_paragraphs(text: str) -> str:
    """Every paragraph on one line, as a Word file saved as text: hard wraps joined, never
    across a blank line, an item mark or a table row."""
    lines = text.split("\n")
    tabular = _near_columns(lines)
    out: list[str] = []
    last = -1  # index in ``lines`` of the line ``out[-1]`` ends with
    for i, line in enumerate(lines):
        if out and last not in tabular and i not in tabular and _continues(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        last = i
    return "\n".join(out)


def rewrap(text: str, width: int = 80) -> str:
    """Paragraphs re-wrapped at ``width`` columns on word boundaries, headings too, as a PDF's
    text layer or a converter gives them (table rows are left as they are)."""
    out: list[str] = []
    lines = one_line_paragraphs(text).split("\n")
    tabular = _near_columns(lines)
    for i, line in enumerate(lines):
        if len(line) <= width or _is_table(line) or i in tabular:
            out.append(line)
            continue
        indent = line[:len(line) - len(line.lstrip())]
        out.extend(textwrap.wrap(line, width, initial_indent=indent, break_long_words=False,
                                 break_on_hyphens=False) or [line])
    return "\n".join(out)


_EMPHASIS = re.compile(r"(?<!\()\*+(?!\))")  # "(*)" is a footnote mark, not emphasis
_HASHES = re.compile(r"^([ \t]*)#{1,6}[ ]+", re.MULTILINE)
_ESCAPE = re.compile(r"\\([-*_.()\[\]#+|!<>])")


def strip_markdown(text: str) -> str:
    """No "**", "*", "#" nor backslash escapes: the text a PDF or Word file gives ("|" tables kept)."""
    return _ESCAPE.sub(r"\1", _HASHES.sub(r"\1", _EMPHASIS.sub("", text)))


def _bullets(target: str, marks: str) -> Callable[[str], str]:
    """Item marks ``marks`` changed to ``target``.  A "+" under a "-" item is a sub-item (the
    contract keeps it in a recipient): a dash becomes "+" or "•", a "•" a dash, a "+" stays."""
    def convert(text: str) -> str:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            m = regex.match(r"^([ \t]*(?:\*{1,2})?)([" + marks + r"])([ \t]+)(\S)", line)
            if not m:
                continue
            prev = lines[i - 1] if i else ""
            # "- xã hội" after "… chính trị": a hyphenated compound wrapped at its hyphen, no bullet
            if m.group(4).islower() and prev.strip() and not _ENDS_CLAUSE.search(prev):
                continue
            lines[i] = m.group(1) + target + line[m.end(2):]
        return "\n".join(lines)
    return convert


_NUMBER_DOT = regex.compile(r"^([ \t]*(?:\*{1,2})?)(\d{1,2})([.)])(?=[ \t])", regex.MULTILINE)
_LETTER_MARK = regex.compile(r"^([ \t]*(?:\*{1,2})?)([a-zđ])([.)])(?=[ \t])", regex.MULTILINE)
_SWAP = {".": ")", ")": "."}


# "**Điều\n14. Trách nhiệm …**": a number a crawl wrapped after its article word is no item
_NUMBERED_WORD_BEFORE = regex.compile(r"(?i)(?:điều|chương|mục|phần|khoản|số)[ *]*\n[ \t]*(?:\*{1,2})?$")


def swap_item_marks(text: str) -> str:
    """"1." ↔ "1)" (one level only: "1.2." stays) and "a)" ↔ "a."."""
    def swap(m: regex.Match) -> str:
        if _NUMBERED_WORD_BEFORE.search(m.string, 0, m.start(2)):
            return m.group(0)
        return m.group(1) + m.group(2) + _SWAP[m.group(3)]
    return _LETTER_MARK.sub(swap, _NUMBER_DOT.sub(swap, text))


def no_blank_lines(text: str) -> str:
    """Blank lines between paragraphs removed (those that close a "|" table kept)."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if not line.strip() and out and lines[i - 1].strip() and not _is_table(out[-1]):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if not _is_table(nxt):
                continue
        out.append(line)
    return "\n".join(out)


def double_blank_lines(text: str) -> str:
    return re.sub(r"\n([ \t]*\n)+", lambda m: "\n" + m.group(0)[1:] * 2, text)


_PART_HEADING = regex.compile(r"^([ \t]*(?:\*{1,2}|\#{1,6}[ ])?[IVXLC]{1,6}\.[ \t]+)([^\n*|]+)", regex.MULTILINE)


def part_headings_upper(text: str) -> str:
    """"I. Tổ chức thực hiện" → "I. TỔ CHỨC THỰC HIỆN"."""
    return _PART_HEADING.sub(lambda m: m.group(1) + m.group(2).upper(), text)


def part_headings_sentence_case(text: str) -> str:
    """"I. TỔ CHỨC THỰC HIỆN" → "I. Tổ chức thực hiện" (a heading in capitals only)."""
    def lower(m: regex.Match) -> str:
        words = m.group(2)
        if words != words.upper():
            return m.group(0)
        return m.group(1) + words[:1] + words[1:].lower()
    return _PART_HEADING.sub(lower, text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# The modern tone placement of an open "oa/oe/uy" syllable moved to the old one: "hóa" → "hoá",
# "Ủy" → "Uỷ" (not after "q": "quý"; not before a consonant: "hoàn").
_MODERN_TONE = regex.compile(r"(?<![qQ])([óòỏõọÓÒỎÕỌ])([aeAE])(?!\w)|(?<![qQ])([úùủũụÚÙỦŨỤ])([yY])(?!\w)")


def old_tone_placement(text: str) -> str:
    def move(m: regex.Match) -> str:
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        decomposed = unicodedata.normalize("NFD", first)
        return decomposed[0] + unicodedata.normalize("NFC", second + decomposed[1:])
    return _MODERN_TONE.sub(move, text)


def non_breaking_spaces(text: str) -> str:
    """A non-breaking space after every short word ("Số 12", "Sở Tư pháp", "ngày 19"), as
    word processors keep such pairs on one line."""
    return regex.sub(r"(?<=(?<!\S)\S{1,3}) (?=\S)", "\u00a0", text)


def tabs(text: str) -> str:
    """Tab after an item mark and before an indented paragraph ("1.\\tSở Tư pháp"), as Word's
    automatic numbering converts."""
    lines = []
    for line in text.split("\n"):
        m = _LINE_MARK.match(line)
        if m and not _is_table(line):
            line = "\t" + line[:m.end() - 1].lstrip() + "\t" + line[m.end():]
        lines.append(line)
    return "\n".join(lines)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


VARIANTS: dict[str, Callable[[str], str]] = {
    "original": lambda text: text,
    "no_markdown": strip_markdown,
    "rewrap80": rewrap,
    "one_line": one_line_paragraphs,
    "pdf_like": lambda text: rewrap(strip_markdown(text)),
    "word_like": lambda text: one_line_paragraphs(strip_markdown(text)),
    "bullet_plus": _bullets("+", "-"),
    "bullet_dot": _bullets("•", "-"),
    "bullet_dash": _bullets("-", "•"),
    "marks_swapped": swap_item_marks,
    "no_blank_lines": no_blank_lines,
    "double_blanks": double_blank_lines,
    "parts_upper": part_headings_upper,
    "parts_sentence": part_headings_sentence_case,
    "nfd": nfd,
    "old_tone": old_tone_placement,
    "nbsp": non_breaking_spaces,
    "tabs": tabs,
    "crlf": crlf,
}


def words(text: str) -> list[str]:
    """The words of a text in order, whatever its format (what every variant must keep)."""
    from pipeline.text import modern_tone_placement

    plain = modern_tone_placement(unicodedata.normalize("NFC", text))
    return regex.findall(r"[\p{L}\p{N}]+", plain)
