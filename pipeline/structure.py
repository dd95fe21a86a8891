"""Stage 3 — normalized text → the document's layout.

Reads the parts every Vietnamese administrative document has (Decree 30/2020 layout):
header (issuer lines, "Số: …", place-and-date line), type line and title, the "Căn cứ …" /
"Thực hiện …" preamble, numbered sections (I. / 1. / a) / - / +, and "Điều N." in a Quyết
định), an attached plan after the decision's signature, the signature block and "Nơi nhận".
Everything is kept as spans into the normalized text.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz as rf_fuzz, process as rf_process

from . import regexes as rx
from . import vocab
from .text import memo_short_text, strip_accents


@dataclass(slots=True)  # ~10 000 a document, read by every recognizer: slots are faster
class Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass
class Heading:
    line: int  # index into Structure.lines
    level: int  # 1 roman / Điều, 2 arabic, 3 letter
    num: str
    title: str
    path: str  # "IV.1", "Điều 2.1", "VII.2.a"
    top_title: str  # title of the level-1 section it stands in


@dataclass
class Structure:
    text: str
    lines: list[Line]
    type_line: int | None = None
    doc_type: str | None = None
    type_evidence_line: int | None = None  # the line that gave the type when no type or subject line did ("Kính gửi:")
    title_lines: list[int] = field(default_factory=list)
    header_lines: list[int] = field(default_factory=list)  # issuer lines of the header
    number_line: int | None = None
    place_date_line: int | None = None
    preamble: list[tuple[int, int]] = field(default_factory=list)  # basis paragraphs (spans)
    body_start: int = 0  # first line of the body (after title)
    headings: list[Heading] = field(default_factory=list)
    line_section: list[int | None] = field(default_factory=list)  # line → heading index
    recipients_lines: list[int] = field(default_factory=list)
    signature: dict = field(default_factory=dict)  # authority lines, title line, name line
    # The columns of a flattened two-column block ("- Bộ Tư pháp; | PHÓ CHỦ TỊCH"): each side
    # as a line of its own, numbered after ``lines`` (``line(i)`` reads both).
    column_lines: list[Line] = field(default_factory=list)
    # Where each of ``lines`` starts, for ``line_at`` (built at its first call: the lines are not
    # changed after parsing); a bisect of ints in C, not of Line objects through a key function.
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    # Values the readers derive from the parsed document that more than one of them asks for
    # (the addressees of a letter, the committee "Tỉnh" stands for …): kept here by
    # ``per_document``, keyed by the function that works each out.  See ``per_document`` for
    # what may be kept.
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    def line(self, i: int) -> Line:
        return self.lines[i] if i < len(self.lines) else self.column_lines[i - len(self.lines)]

    def source_line(self, i: int) -> int:
        """The printed line a (column) line index stands on."""
        return i if i < len(self.lines) else self.line_at(self.line(i).start)

    def section_of(self, line_index: int) -> Heading | None:
        h = self.line_section[line_index] if line_index < len(self.line_section) else None
        return self.headings[h] if h is not None else None

    def line_at(self, offset: int) -> int:
        """The last line that starts at or before ``offset`` (0 when none does)."""
        starts = self._line_starts
        if len(starts) != len(self.lines):
            starts = self._line_starts = [ln.start for ln in self.lines]
        return max(0, bisect.bisect_right(starts, offset) - 1)


def per_document(fn):
    """Keep ``fn(st)`` on the document's Structure (``st.derived``), worked out at its first call:
    for a value several readers of one document ask for.  ``fn`` must be a function of the parsed
    structure alone (its text, lines, headings, header …, none of which changes after
    ``parse``), never of a reader's partial output; the value kept is shared by every
    caller, so they must not change it — except a table of answers a reader fills in itself
    (answers keyed by heading, say), which is then that reader's alone."""
    @functools.wraps(fn)
    def kept(st: Structure):
        derived = st.derived
        if kept in derived:
            return derived[kept]
        value = derived[kept] = fn(st)
        return value
    return kept


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` (broken at "\n" and at a page break "\f"), stripped, with spans."""
    lines = []
    append = lines.append
    pos = 0
    # str.split is ~2x faster than a pattern's split; both separators are one character
    for raw in text.replace("\f", "\n").split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            append(Line(start, start + len(stripped), stripped))
        else:
            append(Line(pos, pos, stripped))
        pos += len(raw) + 1
    return lines


def _is_upper_line(text: str) -> bool:
    return text.isupper() and sum(c.isalpha() for c in text[:8]) >= 2


def _type_word_of(line: str) -> str | None:
    """The canonical type when the line is a type line ("KẾ HOẠCH", "QUYẾT ĐỊNH")."""
    t = line.strip(" :.*")
    if not _is_upper_line(t):
        return None
    if rx.NUMBERED_PART_LINE.match(t):
        # a part of the body named by a type ("I. QUYẾT ĐỊNH / 1. Quyết định số 1381/QĐ-… ", the list
        # of documents a letter attaches, Công văn 6225/BVHTTDL-VP 2025): a heading, no type line
        return None
    known = vocab.doc_type_by_folded_word().get(vocab.fold(t))
    if known is None and len(t) < 30:
        # an OCR'd type line: a stray mark or letter at either end, a lost space ("V
        # QUYẾTĐỊNH -")
        words = [w for w in t.split() if sum(c.isalpha() for c in w) > 1]
        known = _type_words_spaceless().get(vocab.fold("".join(words)))
    return known.word if known and known.title_line else None


@functools.lru_cache(maxsize=1)
def _type_words_spaceless() -> dict:
    return {k.replace(" ", ""): v for k, v in vocab.doc_type_by_folded_word().items()}


def parse(text: str) -> Structure:
    lines = split_lines(text)
    st = Structure(text=text, lines=lines)
    _find_type_and_title(st)
    _find_header(st)
    _find_sections(st)
    _find_preamble(st)
    _find_recipients_and_signature(st)
    return st


def _find_type_and_title(st: Structure) -> None:
    lines = st.lines
    for i, ln in enumerate(lines[:400]):
        dt = _type_word_of(ln.text)
        if dt and not ln.text.rstrip().endswith(":"):
            st.type_line, st.doc_type = i, dt
            break
    rest_of_type_line = None
    if st.type_line is None:
        found = _type_line_with_title(lines)
        if found is not None:
            i, dt, rest = found
            st.type_line, st.doc_type = i, dt
            start = lines[i].start + lines[i].text.rindex(rest)
            st.column_lines.append(Line(start, start + len(rest), rest))
            rest_of_type_line = len(lines) + len(st.column_lines) - 1
    if st.type_line is None:
        found = _type_after_place_date(lines)
        if found is not None:
            i, dt, start, rest = found
            st.type_line, st.doc_type = i, dt
            st.column_lines.append(Line(start, start + len(rest), rest))
            st.title_lines = [len(lines) + len(st.column_lines) - 1]
            st.body_start = i + 1
            return
    if st.type_line is None:
        st.body_start = 0
        _find_letter_subject(st)
        return
    j = st.type_line + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    title: list[int] = []
    if j < len(lines) and _OF_ISSUER_LINE.match(lines[j].text) and rest_of_type_line is None:
        j += 1  # "CHỈ THỊ / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về …": who issues it, not the title
    # (the whole title in sentence case on the type's line: what follows a blank line is the body)
    whole = rest_of_type_line is not None and not _is_upper_line(st.line(rest_of_type_line).text) \
        and j > st.type_line + 1
    while not whole and j < len(lines) and len(title) < 6:
        if lines[j].blank:
            # a converter's blank lines between the lines of one title ("Về việc phê duyệt …
            # Quy chế hoạt động" / "" / "Tổ giúp việc về Cải cách hành chính tỉnh Lâm Đồng")
            k = _next_text_line(lines, j)
            # (no more blank lines than between the type line and the title: a layout that
            # doubles every blank line doubles these too)
            spacing = max(2, title[0] - st.type_line - 1) if title else 2
            if not title or k is None or k - j > spacing or not _continues_title(lines[title[-1]].text, lines[k].text):
                break
            j = k
        t = lines[j].text
        if (_starts_body(t) and not (not title and _opens_title(t)) and not _goes_on_in_capitals(lines, title, j)) \
                or (title and (is_authority_line(t) or _is_issuing_body_line(lines, j))
                    and not (j == title[-1] + 1 and _dangles(lines[title[-1]].text))):
            break
        if title and j == title[-1] + 1 and _ends_title_without_gap(lines[title[-1]].text, t):
            break  # (a layout without blank lines: the first line of the preamble or the body)
        if title and (lines[title[-1]].text.rstrip().endswith(":") or _heading_of(t)):
            break  # a clause that opens a list, a numbered item: the body, however few blank lines
        title.append(j)
        j += 1
    st.title_lines = ([rest_of_type_line] if rest_of_type_line is not None else []) + title
    st.body_start = j


# A type line that goes on with the first words of the title, under the place and date
# ("THÔNG BÁO KẾT LUẬN" / "CỦA ĐỒNG CHÍ TỔNG BÍ THƯ …" of a party office): only where no line
# is the type word alone, and only right under the header (a heading of the body never).
_TYPE_THEN_TITLE = regex.compile(r"^(?P<type>\p{Lu}+(?:\s+\p{Lu}+){0,2}?)\s+(?P<rest>\p{Lu}+(?:\s+\p{Lu}+){0,3})$", regex.V0)
# … or the type word in capitals then the whole title in sentence case, one markdown heading
# of an OCR'd page ("# KẾ HOẠCH Thực hiện công tác dân vận và … từ nay đến", Cần Thơ KH 70/2025
# OCR, tune V07): the title opens with a capital and goes on in lower case.
_TYPE_THEN_SENTENCE = regex.compile(r"^(?P<type>\p{Lu}+(?:\s+\p{Lu}+){0,2}?)\s+(?P<rest>\p{Lu}\p{Ll}+\s+\p{Ll}.*)$", regex.V0)
_TYPE_LINE_AFTER_HEADER = 8  # lines from the place-and-date (or number) line


def _type_line_with_title(lines: list[Line]) -> tuple[int, str, str] | None:
    header_end = None
    for i, ln in enumerate(lines[:80]):
        if rx.PLACE_DATE_LINE.match(ln.text) or rx.NUMBER_LINE.match(ln.text):
            header_end = i
            continue
        if header_end is None or i - header_end > _TYPE_LINE_AFTER_HEADER or not ln.text:
            continue
        m = _TYPE_THEN_TITLE.match(ln.text.strip(" *")) or _TYPE_THEN_SENTENCE.match(ln.text.strip(" *"))
        if not m:
            continue
        words = ln.text.strip(" *").split()
        for cut in range(min(3, len(words) - 1), 0, -1):
            dt = _type_word_of(" ".join(words[:cut]))
            if dt:
                return i, dt, " ".join(words[cut:])
        return None
    return None


# A law site's header flattened onto one line: number, place and date, the type word, the title
# in capitals, and the decision's author line ("Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020
# QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH … TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM",
# Kon Tum QĐ 435/2020, tune U01): the type after the year, the title up to the author line.
_AUTHOR_AT_END = regex.compile(
    r"""(?<=[\p{Lu}”"\)])\s+(?:CHỦ\s+TỊCH\s+)?(?:[ỦU][YỶ]\s+BAN\s+NHÂN\s+DÂN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN)
        (?:\s+(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG)(?:\s+\p{Lu}+){1,4})?\s*$""", regex.V0 | regex.X)
# (never after "CỦA", "VÀ", "THUỘC": a title that names the body itself)
_NAMES_BODY_BEFORE = regex.compile(r"(?:CỦA|VÀ|THUỘC|CHO|VỚI)$", regex.V0)


def _type_after_place_date(lines: list[Line]) -> tuple[int, str, int, str] | None:
    for i, ln in enumerate(lines[:40]):
        m = rx.place_date(ln.text)  # (the place line itself, or beside the number)
        if m is None:
            continue
        after = ln.text[m.end():]
        words = after.split()
        for cut in range(min(3, len(words) - 1), 0, -1):
            dt = _type_word_of(" ".join(words[:cut]))
            if not dt:
                continue
            head = regex.match(r"\s*" + r"\s+".join(regex.escape(w) for w in words[:cut]) + r"\s+", after)
            rest = after[head.end():].rstrip()
            author = _AUTHOR_AT_END.search(rest)
            if author and not _NAMES_BODY_BEFORE.search(rest[:author.start()]):
                rest = rest[:author.start()]
            if not rest or not _is_upper_line(rest):
                return None
            return i, dt, ln.start + m.end() + head.end(), rest
        return None
    return None


# A title opening with a word that also opens the body ("Thực hiện công tác bầu cử …",
# "THỰC HIỆN CHƯƠNG TRÌNH …", "Triển khai …"): the first line under the type line is the title
# unless it is a basis ("Căn cứ …") or reads as a paragraph of the body (ends a clause).
_TITLE_ONLY_OPENING = regex.compile(r"(?i)(?:thực\s+hiện|triển\s+khai)\b")
_LONGEST_TITLE_LINE = 200


def _dangles(t: str) -> bool:
    """The title line ends with a word that waits for the next line (models/title_dangling_words.txt:
    "… NĂM 2024 CỦA" / "THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC …", Cần Thơ KH 165/2025, tune N02)."""
    words = vocab.fold(t.strip(" *")).split()
    dangling = vocab.title_dangling_words()
    return bool(words) and (words[-1] in dangling or " ".join(words[-2:]) in dangling)


def _goes_on_in_capitals(lines, title: list[int], j: int) -> bool:
    """Line ``j`` goes on with a title in capitals right above it although it opens with a word
    that opens a body ("VỀ VIỆC ỦY QUYỀN CHO GIÁM ĐỐC SỞ …" / "THỰC HIỆN NHIỆM VỤ TRONG LĨNH VỰC
    …", Quảng Ngãi QĐ 1617/2025): a paragraph of the body is not in capitals, a basis line opens
    with "Căn cứ" and a heading with its number."""
    if not title or j != title[-1] + 1:
        return False
    t = lines[j].text
    return _is_upper_line(t) and _is_upper_line(lines[title[-1]].text) \
        and not regex.match(r"(?i)căn\s+c", t) and not rx.ROMAN_HEADING.match(t) and not rx.ARTICLE_HEADING.match(t) \
        and not t.startswith("---")


def _opens_title(t: str) -> bool:
    # (a title in capitals however long a crawl's one line holds it: "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG
    # NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG … CỦA ĐẢNG", 270 characters, Nghệ An KH 594/2021; a
    # paragraph of the body is not in capitals)
    if not _TITLE_ONLY_OPENING.match(t):
        return False
    if _is_upper_line(t):
        return True
    return len(t) <= _LONGEST_TITLE_LINE and not t.rstrip().endswith((".", ":", ";", ","))


# Lines that open the body, not a title's next line, even in a layout of blank-separated lines.
_BODY_PARAGRAPH_OPENING = regex.compile(r"(?i)(?:để|nhằm|ngày|kính\s+gửi|theo|xét|qua|trên\s+cơ\s+sở|[-+•\d])")
_LONGEST_TITLE_CONTINUATION = 120


def _ends_title_without_gap(previous: str, t: str) -> bool:
    """``t``, right under the title line ``previous`` (no blank line between, as a converter
    or a crawl without paragraph spacing gives them), opens the body: a basis behind a bullet
    ("- Căn cứ …"), a sentence after a title in capitals ("Thời gian qua, tỉnh …"), or a
    paragraph far longer than a title's next line."""
    opening = t.lstrip("-+•* ")
    if opening != t and _starts_body(opening):
        return True
    if _is_upper_line(t):
        return False
    if _is_upper_line(previous) and t[:1].isupper() and (len(t) > _LONGEST_TITLE_CONTINUATION
                                                          or t.rstrip().endswith((".", ":", ";"))):
        return True
    return len(t) > _LONGEST_TITLE_CONTINUATION and not _is_upper_line(previous) and t[:1].isupper()


def _continues_title(previous: str, t: str) -> bool:
    """``t``, after blank lines, goes on with the title line ``previous``: a short line in the
    same letter case, no clause closed before it, nothing that opens the body."""
    if previous.rstrip().endswith((".", ":", ";")) or t.rstrip().endswith((".", ":", ";", ",")):
        return False
    if len(t) > _LONGEST_TITLE_CONTINUATION or _is_mark(t) or _starts_body(t) or _heading_of(t) \
            or _BODY_PARAGRAPH_OPENING.match(t) or _BASIS_OPENING.match(t) or is_authority_line(t) \
            or _type_word_of(t) or _is_signature_or_recipients(t) or rx.NATIONAL_MOTTO.search(t):
        return False
    if _is_upper_line(t) and _NAMES_A_BODY.match(t):
        return False  # "ỦY BAN NHÂN DÂN TỈNH SƠN LA" above a decision's preamble
    return _is_upper_line(previous) == _is_upper_line(t)


_NAMES_A_BODY = regex.compile(r"^(?:[ỦU][YỶ]\s+BAN|UBND|HĐND|HỘI\s+ĐỒNG|BAN|SỞ|BỘ|TỔ|TỈNH\s+ỦY|THÀNH\s+ỦY|ĐẢNG\s+ỦY|CHỦ\s+TỊCH)\b", regex.V0)
# A national body that decides as a whole, the line alone between a title and its preamble
# ("NGHỊ QUYẾT" / "VỀ … (SỬA ĐỔI)" / "CHÍNH PHỦ" / "Căn cứ Luật Tổ chức Chính phủ …", Chính phủ
# NQ 380/2025, NQ 388/2025): no word of the title.
_NATIONAL_BODY_LINE = regex.compile(r"(?:CHÍNH\s+PHỦ|QUỐC\s+HỘI)", regex.V0)


# A line naming the issuing body under the type line of a Party document ("CỦA BAN THƯỜNG
# VỤ TỈNH ỦY", "CỦA BỘ CHÍNH TRỊ"): upper case, opening with "CỦA".  Not a person's words:
# "KẾT LUẬN / CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG / TẠI HỘI NGHỊ …" (VPTW KL 07/2025,
# gold) is the title, as "THÔNG BÁO KẾT LUẬN / CỦA ĐỒNG CHÍ TỔNG BÍ THƯ / TẠI BUỔI LÀM VIỆC …"
# (VPTW TB 432/2025, explore page b3f47f1508761da8).
_OF_ISSUER_LINE = regex.compile(r"^CỦA\s+(?!ĐỒNG\s+CHÍ\b)\p{Lu}[\p{Lu}\s]+$", regex.V0)


# The type a letter has when it prints no type line but a "V/v" subject (contract,
# Clarifications: "a letter without a type line has doc_type Công văn").
LETTER_TYPE = "Công văn"


def _find_letter_subject(st: Structure) -> None:
    """A Công văn without a type line: its "V/v …" subject (over one or more lines, up to a
    blank line or the place-and-date line) is the title; the body starts after it."""
    lines = st.lines
    for i, ln in enumerate(lines[:40]):
        # a "V/v …" line, or a bare "Về …" right under the number line
        opens_subject = bool(rx.SUBJECT_LINE.match(ln.text) or (
            i > 0 and rx.SUBJECT_ABOUT_LINE.match(ln.text) and rx.NUMBER_LINE.match(lines[i - 1].text)))
        if not opens_subject:
            continue
        title = _without_place_date(st, i)
        j = i + 1
        while j < len(lines) and not lines[j].blank and len(title) < 4 \
                and not rx.PLACE_DATE_LINE.match(lines[j].text) and not rx.NUMBER_LINE.match(lines[j].text) \
                and not _is_upper_line(lines[j].text) and not lines[j].text.lower().startswith("kính gửi"):
            title += _without_place_date(st, j)
            j += 1
        st.doc_type, st.title_lines, st.body_start = LETTER_TYPE, title, j
        return
    for i, ln in enumerate(lines[:40]):
        if rx.ADDRESSEES_LINE.match(ln.text):
            # no title printed: the title stays null
            st.doc_type, st.type_evidence_line = LETTER_TYPE, i
            return


def _without_place_date(st: Structure, i: int) -> list[int]:
    """Line ``i``, or its parts around the place-and-date line beside it, as lines of their own
    ("V/v góp ý dự thảo Kế hoạch kiểm      Lâm Đồng, ngày 16 tháng 01 năm 2026", also with the
    gap folded and the subject's next line read after it)."""
    ln = st.lines[i]
    found = _place_date_in_right_column(ln.text)
    if not found:
        return [i]
    parts = []
    for a, b in ((0, found.start()), (found.end(), len(ln.text))):
        piece = ln.text[a:b]
        lead = len(piece) - len(piece.lstrip(" |"))
        piece = piece.strip(" |")
        if piece:
            st.column_lines.append(Line(ln.start + a + lead, ln.start + a + lead + len(piece), piece))
            parts.append(len(st.lines) + len(st.column_lines) - 1)
    return parts


# the openings the contract's Clarifications name ("Căn cứ", "Thực hiện", "Triển khai", "Theo
# đề nghị"), with the proposal's other wordings ("Xét báo cáo, đề xuất của …", "Theo đề xuất …")
_BASIS_OPENING = regex.compile(
    r"(?i)(căn\s+c[ứưu]|thực\s+hiện|triển\s+khai|theo\s+đề\s+(?:nghị|xuất)|xét\s+(?:đề\s+(?:nghị|xuất)|báo\s+cáo|tờ\s+trình))\b")
_BODY_OPENING = regex.compile(r"(?i)(căn\s+cứ|thực\s+hiện|theo\s+đề\s+nghị|xét\s+đề\s+nghị|\(ban\s+hành\s+kèm)")
_FILED = regex.compile(r"(?i)lưu\b")


@functools.lru_cache(maxsize=1)
def _recipient_note_line() -> regex.Pattern:
    """A line that holds only an item's note, "(B/c)", "(để báo cáo)" (models/recipient_notes.txt)."""
    notes = "|".join(r"\s+".join(regex.escape(w) for w in note.split()) for note in vocab.recipient_notes())
    return regex.compile(rf"(?i)\(\s*(?:để\s+)?(?:{notes})\s*\)\s*[;.]?")


_BRACE_NOTE_LINE = regex.compile(r"\([^()\n]{2,100}\)\s*[;.]?", regex.V0)


def is_wrapped_recipient(previous: str, line: str) -> bool:
    """A "Nơi nhận" item broken over two lines: the line before ends without the item's
    closing mark (";", ",", "."), and this line is no new item, no "Lưu" line and no
    capitals line of the signature beside the list."""
    # (a dash at the end of the line above is the next item's, moved up by a converter)
    # (a line that holds only the item's note, "(B/c)", "(để báo cáo)", wrapped under an item
    # that closed with ";": Lai Châu QĐ 88/2025 "- Cục Kiểm tra văn bản … - Bộ Tư pháp;" / "(B/c)")
    if previous.strip() and _recipient_note_line().fullmatch(line.strip()):
        return True
    # (… or any note in braces, the whole line, under a marked item closed by ";": what the
    # sender asks of the item's addressee, "- Các cơ sở sản xuất kinh doanh, dịch vụ có xả thải
    # ra môi trường;" / "(Giao UBND các xã, phường thông tin và gửi)", Hà Nội CV 6356/2025, tune N09)
    if previous.lstrip().startswith(("-", "+", "•")) and previous.rstrip().endswith(";") \
            and _BRACE_NOTE_LINE.fullmatch(line.strip()):
        return True
    # an item whose members or codes follow its colon on the next line: the filing line ("- Lưu:" /
    # "VT, VP (38b).", Bộ Tài chính CV 17899/2025), the Government Office's units ("- VPCP: BTCN, …,
    # các Vụ, Cục:" / "TH, KTTH, NN, PL, QHĐP, QHQT;", VPCP TB 627/2025) — in capitals too, but no
    # authority line or signer's title of the signature beside the list
    if previous.rstrip().endswith(":") and (previous.lstrip().startswith(("-", "+", "•")) or _FILED.match(previous.lstrip())) \
            and line.strip() \
            and not line.startswith(("-", "+", "•")) and not _FILED.match(line) \
            and not _authority(line.strip("* ")) and not signer_title_of(line.strip("* ")):
        return True
    return (bool(previous.strip()) and not previous.rstrip().endswith((";", ",", ".", ":", " -", ";-"))
            and not line.startswith(("-", "+", "•")) and not _FILED.match(line)
            and not rx.RECIPIENTS_LABEL.match(line) and not _is_upper_line(line))


def _starts_body(t: str) -> bool:
    return bool(
        _BODY_OPENING.match(t)
        or rx.ROMAN_HEADING.match(t)
        or rx.ARTICLE_HEADING.match(t)
        or t.startswith("---")
    )


def _is_issuing_body_line(lines: list[Line], j: int) -> bool:
    """Line ``j`` names the body that decides, in capitals above the preamble ("ỦY BAN NHÂN DÂN
    TỈNH LÂM ĐỒNG" / "Căn cứ Luật …"): no title's line, even with no blank line before it."""
    t = lines[j].text.strip(" *")
    if not (_is_upper_line(t) and (_NAMES_A_BODY.match(t) or _NATIONAL_BODY_LINE.fullmatch(t))):
        return False
    k = _next_text_line(lines, j + 1)
    # (a preamble's sentence, not a title's next line in capitals: "BAN CHỈ ĐẠO …" / "THỰC HIỆN …")
    return k is not None and bool(_BASIS_OPENING.match(lines[k].text.lstrip("-+•* "))) \
        and not _is_upper_line(lines[k].text.strip(" *"))


def is_authority_line(t: str) -> bool:
    """"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" above a decision's preamble."""
    return _is_upper_line(t) and any(vocab.fold(t).startswith(x) for x in vocab.signer_titles())


def _find_header(st: Structure) -> None:
    lines = st.lines
    # (a letter known by its "Kính gửi:" prints its header, if any, above it)
    limit = st.type_line if st.type_line is not None else \
        st.type_evidence_line if st.type_evidence_line is not None else min(len(lines), 40)
    if st.type_line is not None and st.title_lines and st.title_lines[0] >= len(lines) \
            and rx.place_date(lines[st.type_line].text):
        limit += 1  # (the type and title flattened after the place and date: that line is the header's too)
    for i in range(limit):
        t = lines[i].text
        if st.number_line is None and rx.NUMBER_LINE.match(t):
            st.number_line = i
        elif st.number_line is None and "Số" in t and (after := _NUMBER_AFTER_MOTTO.search(t)) \
                and rx.NUMBER_LINE.match(t[after.start("number_label"):]):  # (what the metadata reader reads)
            # "SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc Số: 171 /SKHCN-CĐS": the
            # number a flattened header put after the motto
            start = lines[i].start + after.start("number_label")
            st.column_lines.append(Line(start, lines[i].end, t[after.start("number_label"):]))
            st.number_line = len(lines) + len(st.column_lines) - 1
        if st.place_date_line is None and rx.place_date(t):
            st.place_date_line = i
        elif st.place_date_line is None and (st.type_line is not None or i <= st.body_start + 2) \
                and (right := _place_date_in_right_column(t)):  # (not a date the letter's body cites)
            st.column_lines.append(Line(lines[i].start + right.start("right"), lines[i].start + right.end("right"),
                                        right.group("right")))
            st.place_date_line = len(lines) + len(st.column_lines) - 1
    st.header_lines = _issuer_lines(lines, 0, limit, st)
    if not st.header_lines:
        # A decision whose own header was lost may carry it over its attached plan.
        # Its issuer block is the run of upper-case lines right above the motto; the
        # decision's signature ("CHỦ TỊCH", the signer's name) stands just before that run.
        for i, ln in enumerate(lines):
            if i >= limit and rx.NATIONAL_MOTTO.search(ln.text):
                start = i
                while start > max(limit, i - 6):
                    t = lines[start - 1].text.strip("* ")
                    if t and (not _is_upper_line(t) or is_authority_line(t)):
                        break
                    start -= 1
                found = _issuer_lines(lines, start, i + 1)
                if found:
                    st.header_lines = found
                    break


def _place_date_in_right_column(t: str):
    """The place-and-date part of a line whose left column holds something else (a letter's
    "V/v …" subject, the number), or None."""
    m = rx.PLACE_DATE_INSIDE.search(t)
    return m if m and rx.place_date(m.group("right")) else None


def _issuer_lines(lines: list[Line], lo: int, hi: int, st: Structure | None = None) -> list[int]:
    """Upper-case lines of the issuer block: not the national motto, not decoration.  With
    ``st``, a line that a converter flattened from the two header columns ("ỦY BAN NHÂN DÂN
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NINH BÌNH Độc lập - Tự do - Hạnh phúc") gives
    its left column as a line of its own (``st.column_lines``)."""
    out = []
    for i in range(lo, hi):
        raw = lines[i].text.strip(HEADER_DEBRIS)
        motto = _MOTTO_INSIDE.search(raw) if st is not None else None
        if motto and motto.start() > 0:
            left = raw[:motto.start()].rstrip(" |")
            if left and _is_upper_line(left) and not _type_word_of(left) and len(left) < 90 \
                    and not rx.NUMBER_LINE.match(left):
                start = lines[i].start + lines[i].text.index(left)
                st.column_lines.append(Line(start, start + len(left), left))
                out.append(len(lines) + len(st.column_lines) - 1)
                # the left column's next line read after the motto ("… ĐỀ ÁN 06 |Độc lập - Tự
                # do - Hạnh phúc TỔ GIÚP VIỆC VỀ |")
                after = _LEFT_AFTER_MOTTO.search(raw)
                if after and _is_upper_line(after.group("rest")) and not rx.NUMBER_LINE.match(after.group("rest")):
                    start = lines[i].start + lines[i].text.index(after.group("rest"))
                    st.column_lines.append(Line(start, start + len(after.group("rest")), after.group("rest")))
                    out.append(len(lines) + len(st.column_lines) - 1)
                continue
        if _is_motto_start(raw):
            if out:
                break  # the issuer block ends where the motto column starts
            continue
        if out and rx.NUMBER_LINE.match(raw):
            break  # "Số: …" stands under the issuer block
        t = issuer_text(raw)
        if rx.NUMBERED_PART_LINE.match(raw.lstrip("# ")):
            # a numbered part of the body ("I. MỤC ĐÍCH, YÊU CẦU") where a crawl or a scan lost
            # the letterhead and the type line (Kon Tum QĐ 435/2020, Cần Thơ KH 70/2025): the
            # body has begun, and the issuer block, if any, stood above it
            break
        if not t or rx.NATIONAL_MOTTO.search(t) or rx.NUMBER_LINE.match(t) or rx.PLACE_DATE_LINE.match(t):
            if out and t and rx.NATIONAL_MOTTO.search(t):
                break  # the issuer block ends where the motto column starts
            continue
        if _is_upper_line(t) and not _type_word_of(t) and len(t) < 90:
            out.append(i)
        elif out and not _is_mark(raw):
            break
    return out


_LEFT_AFTER_MOTTO = regex.compile(r"(?i:Hạnh\s+phúc)\s*\|?\s*(?P<rest>\p{Lu}[\p{Lu}\s,]{3,}?)\s*\|?\s*$", regex.V0)
_NUMBER_AFTER_MOTTO = regex.compile(r"(?i:Hạnh\s+phúc)\s*\|?\s*(?P<number_label>Số\s*:\s*\d.*)$")
# The motto column inside a flattened header line (a typo "CÔNG HÒA" too; a web page's title
# case "Độc Lập - Tự Do - Hạnh Phúc", Hậu Giang CV 454/UBND-NCTH 2011; the state's name before
# 1976, "VIỆT NAM DÂN CHỦ CỘNG HOÀ", Bộ Nội vụ QĐ 109-NV 1967).
# Marks a crawl leaves at the edges of a header line ("/ỦY BAN MTTQ VIỆT NAM", "**SỞ …**", "| …").
HEADER_DEBRIS = "*/| "
_MOTTO_INSIDE = regex.compile(r"(?:\|\s*)?(?:C[ÔỘ]NG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI|(?i:Độc\s+lập\s*[-–]\s*Tự\s+do)|ĐẢNG\s+CỘNG\s+SẢN"
                           r"|VIỆT\s+NAM\s+DÂN\s+CHỦ\s+CỘNG\s+H(?:ÒA|OÀ))")
# The national motto, also when a crawl broke it over lines ("CỘNG HÒA XÃ" / "HỘI CHỦ …").
# (the party's motto broken too: "ĐẢNG CỘNG" / "SẢN VIỆT NAM")
_MOTTO_START = regex.compile(r"(?i)^(?:CỘNG\s+H(?:ÒA|OÀ)|HỘI\s+CHỦ\s+NGHĨA|ĐỘC\s+LẬP|ĐẢNG\s+CỘNG(?:\s+SẢN|\s*$))")


# OCR of a letterhead: a dash or mark before the name ("- UBND TỈNH PHÚ THỌ"), a rule or
# mark after it ("TỈNH ỦY SƠN LA -"), the motto column read onto the same line ("THỦ TƯỚNG
# CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
_LEAD_MARKS = regex.compile(r"^[^\p{L}\p{N}]+", regex.V0)
_TRAIL_MARKS = regex.compile(r"[\s\-–—_*.,:;|/]+$", regex.V0)
_MOTTO_FOLDED = regex.compile(r"(?:^|\s)(?:cong\s+hoa\s+xa\s+hoi|dang\s+cong\s+san\s+viet)")


_LONGEST_HEADER_LINE = 300


def issuer_text(line: str) -> str:
    """An issuer-block line without OCR marks around it and without the motto column."""
    t = _TRAIL_MARKS.sub("", _LEAD_MARKS.sub("", line.strip()))
    if len(t) > _LONGEST_HEADER_LINE:  # running text, not a letterhead line
        return t
    m = _MOTTO_FOLDED.search(_plain_letters(t))
    if m and m.start() > 0:
        t = _TRAIL_MARKS.sub("", t[:m.start()])  # "THÀNH PHỐ CẦN THƠ  |  CỘNG HÒA …"
    return t


def _plain_letters(t: str) -> str:
    """``t`` without diacritics, in lower case, character for character (offsets kept)."""
    return "".join(map(_plain_letter, t))


@functools.lru_cache(maxsize=4096)
def _plain_letter(c: str) -> str:
    return (strip_accents(c) or c)[:1]


def _is_mark(line: str) -> bool:
    """A scan's mark on a line of its own ("ä", "*", ":"): no word of two letters."""
    return not regex.search(r"\p{L}{2}", line, flags=regex.V0)


def _is_motto_start(t: str) -> bool:
    """The motto column's first line, also with a tone slip ("ĐÁNG CỘNG SẢN VIỆT NAM")."""
    return bool(_MOTTO_START.match(t) or _MOTTO_FOLDED.match(strip_accents(t)))


def _heading_of(t: str):
    # Every heading opens with a roman numeral, "Điều", a digit or a letter and ")", and the
    # first character tells which of the four patterns alone can match: most lines need none.
    first = t[:1]
    if first in "IVXLC":
        level, pat = 1, rx.ROMAN_HEADING
    elif first == "Đ":
        level, pat = 1, rx.ARTICLE_HEADING
    elif first.isdigit():
        level, pat = 2, rx.ARABIC_HEADING
    elif rx.may_open_letter_heading(t):
        level, pat = 3, rx.LETTER_HEADING
    else:
        return None
    m = pat.match(t)
    if not m or (pat is rx.ROMAN_HEADING and not _plausible_roman(m.group("num"))):
        return None
    return level, m, pat is rx.ARTICLE_HEADING


_ROMAN_OK = regex.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")


def _plausible_roman(num: str) -> bool:
    return bool(num) and bool(_ROMAN_OK.match(num))


def _find_sections(st: Structure) -> None:
    current: dict[int, tuple[str, str]] = {}
    top_title = ""
    is_article = False
    st.line_section = [None] * len(st.lines)
    cur_index: int | None = None
    last_roman = last_article = 0
    for i, ln in enumerate(st.lines):
        if i < st.body_start or ln.blank:
            st.line_section[i] = cur_index
            continue
        h = _heading_of(ln.text)
        if h and h[0] == 1 and not h[2] and _wrapped_numeral(st, i, h[1].group("num"), last_roman):
            h = None  # (a part's numeral, not an article's: level 1, not "Điều")
        if h and h[2] and _wrapped_article(st, i, h[1], last_article):
            h = None
        if h:
            level, m, article = h
            num = m.group("num")
            if level == 1 and not article:
                last_roman = _roman_value(num)
            if article:
                last_article = int(num)
            title = m.group("title").strip()
            if level == 1:
                current = {1: ((f"Điều {num}" if article else num), title)}
                top_title, is_article = title, article
            elif level == 2:
                if 1 not in current and not is_article:
                    current = {}
                current = {k: v for k, v in current.items() if k < 2}
                current[2] = (num, title)
            else:
                current = {k: v for k, v in current.items() if k < 3}
                current[3] = (num, title)
            path = ".".join(current[k][0] for k in sorted(current))
            st.headings.append(Heading(i, level, num, title, path, top_title))
            cur_index = len(st.headings) - 1
        elif _is_signature_or_recipients(ln.text):
            # After a decision's signature the attached plan starts afresh.
            current, top_title, cur_index, last_roman = {}, "", None, 0
        st.line_section[i] = cur_index


def _wrapped_numeral(st: Structure, i: int, num: str, last_roman: int) -> bool:
    """A roman numeral that a hard wrap put at a line's start ("… gồm 5 cấp, từ cấp I đến cấp" |
    "V. Chi tiết quy định …", Hải Phòng QĐ 213/2025): the line above ends mid-sentence on a
    word, and the numeral neither opens the parts ("I.") nor follows the last one."""
    above = st.lines[i - 1] if i > 0 else None
    if above is None or above.blank or not above.text.rstrip()[-1:].isalpha():
        return False
    return _roman_value(num) not in (1, last_roman + 1)


def _wrapped_article(st: Structure, i: int, m, last_article: int) -> bool:
    """An article cited in a sentence that a line or page break put at a line's start ("… (trọng
    tâm là" | "Điều 256a Luật sửa đổi, bổ sung …"): the line above ends mid-sentence on a word,
    and the article neither opens the articles ("Điều 1.") nor follows the last one."""
    above = st.lines[i - 1] if i > 0 else None
    if above is None or above.blank or not above.text.rstrip()[-1:].isalpha():
        return False
    return int(m.group("num")) not in (1, last_article + 1)


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman_value(num: str) -> int:
    values = [_ROMAN_DIGITS[c] for c in num if c in _ROMAN_DIGITS]
    return sum(-v if nxt > v else v for v, nxt in zip(values, values[1:] + [0]))


def _is_signature_or_recipients(t: str) -> bool:
    # Asked of every body line: a first-letter test spares most lines both patterns.
    first = t[:1]
    if first not in rx.RECIPIENTS_LABEL_FIRST and first not in rx.SIGNING_AUTHORITY_FIRST and not first.isspace():
        return False
    return bool(rx.RECIPIENTS_LABEL.match(t) or rx.SIGNING_AUTHORITY.match(t))


def _find_preamble(st: Structure) -> None:
    """Basis paragraphs (contract, Clarifications: "basis"):

    * "Căn cứ …", and "Thực hiện …"/"Theo đề nghị …" openings before the first section of
      the document or of an attached plan, with the lines a crawl wrapped them onto;
    * the opening statements of the document: every paragraph between the title (or a
      letter's "Kính gửi" block) and the first section, "QUYẾT ĐỊNH:" or the "… như sau:" /
      "… yêu cầu:" line that ends them ("Ngày 28/10/2025, Chủ tịch … đã ban hành Công văn số
      3280/UBND-VX …; Theo đề nghị của …").
    """
    lines = st.lines
    for i, ln in enumerate(lines):
        if ln.blank or i < st.body_start:
            continue
        if st.line_section[i] is not None:
            continue
        if _BASIS_OPENING.match(ln.text.lstrip("*-+• ")):
            end = _paragraph_end(st, i)
            st.preamble.append((ln.start, lines[end].end))
    opening = _opening_statements(st)
    if opening:
        st.preamble.append(opening)
    # a section that lists the bases instead of "Căn cứ …" lines ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH /
    # 1. Quyết định số 924/QĐ-TTg …", Tiền Giang KH 383/2022; models/basis_section_titles.txt):
    # each of its lines is a basis line (the headings are few; the lines are read only when one is)
    title = rx.basis_section_title()
    basis_sections = {h for h, hd in enumerate(st.headings) if title.match(hd.title) or title.match(hd.top_title)}
    if basis_sections:
        for i, ln in enumerate(lines):
            if st.line_section[i] in basis_sections and not ln.blank:
                st.preamble.append((ln.start, ln.end))
    # "Căn cứ …" inside the body (a letter's answer grounded in a law, a task "Căn cứ Quyết
    # định số …, các Sở …"): the citations of that clause are basis too
    for i, ln in enumerate(lines):
        t = ln.text
        if "ăn c" not in t[:12] or st.line_section[i] is None:  # cheap test first: "Căn cứ"
            continue
        body = rx.ITEM_MARK.sub("", t, count=1)
        if body[:3].lower() == "căn" and _BASIS_OPENING.match(body) and body.lower().startswith("căn") \
                and not rx.REMIT_GROUNDS.match(body):
            start = ln.start + (len(t) - len(body))
            clause = rx.BASIS_CLAUSE_END.search(body)
            st.preamble.append((start, start + (clause.start() if clause else len(body))))


def _paragraph_end(st: Structure, i: int) -> int:
    """The last line of the paragraph that line ``i`` opens: a line that ends mid-sentence
    goes on on the next one (at most 3 more lines)."""
    j = i
    while j + 1 < len(st.lines) and j - i < 3 and not st.lines[j + 1].blank and st.line_section[j + 1] is None \
            and not _BASIS_OPENING.match(st.lines[j + 1].text.lstrip("*-+• ")) \
            and (not rx.PARAGRAPH_END.search(st.lines[j].text)
                 or (st.lines[j].text.rstrip(" *").endswith(";") and rx.basis_list_item_line().match(st.lines[j + 1].text))):
        j += 1
    return j


_MAX_OPENING_LINES = 10


def _opening_statements(st: Structure) -> tuple[int, int] | None:
    """Span of the paragraphs before the first section (see ``_find_preamble``)."""
    lines = st.lines
    i = st.body_start
    if st.signature and st.signature.get("title") is not None and st.signature["title"] <= i:
        return None
    # a letter's addressees
    while i < len(lines) and (lines[i].blank or lines[i].text.lower().startswith("kính gửi")
                              or lines[i].text[:1] in "-+•"):
        i += 1
    start, count = i, 0
    while i < len(lines):
        ln = lines[i]
        if not ln.blank:
            if st.line_section[i] is not None or _heading_of(ln.text) or _is_signature_or_recipients(ln.text) \
                    or rx.ATTACHMENT_NOTE.match(ln.text.strip()):
                break
            count += 1
            if count > _MAX_OPENING_LINES:
                return None  # a long body without sections: no opening statements to tell apart
            if rx.OPENING_END.search(ln.text):
                return (lines[start].start, ln.end)
        i += 1
    if count == 0 or i >= len(lines):
        return None
    return (lines[start].start, lines[i - 1].end)


_RECIPIENTS_GAP = 3
_LABEL_GAP = 8


def _find_recipients_and_signature(st: Structure) -> None:
    lines = st.lines
    first_label = None
    for i, ln in enumerate(lines):
        t = ln.text
        # a first-letter test spares most lines the pattern
        if (t[:1] in rx.RECIPIENTS_LABEL_FIRST or t[:1].isspace()) and rx.RECIPIENTS_LABEL.match(t):
            first_label = i
            break
    if first_label is not None and (_cells_with_breaks(st, first_label) or _two_columns(st, first_label)):
        if not st.signature:
            # the block's side read as a column held no title line over a name: a crawl's one
            # cell with both ("| Nơi nhận: - …; - Lưu: VT, PVHCC. | CHỦ TỊCH Nguyễn Văn Sơn |",
            # Hà Giang QĐ 378/2022, as "| … | THỦ TƯỚNG Nguyễn Xuân Phúc |", QĐ 773/QĐ-TTg 2018),
            # the rows of an annex's table under it taken for more lines of two columns
            st.signature = _flat_signature(st)
        return
    if first_label is not None:
        out = []
        rest = rx.RECIPIENTS_LABEL.match(lines[first_label].text).group("rest").strip()
        if rest:
            out.append(first_label)
        j = first_label + 1
        bulleted = None  # whether the list marks its items ("- Bộ Nội vụ;") or not ("UBND tỉnh;")
        # blank lines a layout may put under the label (a converter doubles them all), and then
        # between its items: no more than under the label
        gap = _RECIPIENTS_GAP
        while j < len(lines):
            t = lines[j].text
            if not t:
                k = _next_text_line(lines, j)
                if k is None or k - j > (_LABEL_GAP if not out else gap):
                    break
                if not out:
                    gap = max(_RECIPIENTS_GAP, k - j)
                if out and not (lines[k].text.startswith(("-", "+", "•")) or _FILED.match(lines[k].text)
                                or _goes_on_after_blank(lines, out, k, bulleted)
                                or (bulleted is False and _unmarked_item(lines[k].text))):
                    break
                j = k
                continue
            if t.startswith(("-", "+", "•")) or _FILED.match(t):
                bulleted = True if bulleted is None else bulleted
                out.append(j)
                j += 1
                continue
            if out and (is_wrapped_recipient(lines[out[-1]].text, t) or (bulleted and _goes_on_after_blank(lines, out, j, bulleted))):
                out.append(j)  # "- Các sở, ban, ngành, Ủy ban" / "Mặt trận Tổ quốc …,"
                j += 1
                continue
            if bulleted and _unmarked_item(t) and _marked_item_follows(lines, j + 1):
                # an item that lost its dash inside a marked list ("- VPCP: BTCN, …, Thư ký …;" /
                # "các Vụ: CN, KTTH, NN;" / "- Lưu: VT, QHĐP"): the list goes on below it
                out.append(j)
                j += 1
                continue
            if not out or bulleted is False:
                if _unmarked_item(t):  # "Nơi nhận:" / "UBND tỉnh;" / "Ủy ban bầu cử tỉnh;"
                    bulleted = False
                    out.append(j)
                    j += 1
                    continue
            resume = _list_resumes_over_page_break(st, out, j) if out and bulleted else None
            if resume is not None:
                j = resume
                continue
            break
        st.recipients_lines = out
    st.signature = _find_signature(st, first_label) or _flat_signature(st)


_SIGNATURE_SIDE_LINES = 8  # lines of a signature column set before the rest of the list


def _list_resumes_over_page_break(st: Structure, out: list[int], j: int) -> int | None:
    """Where a marked "Nơi nhận" list goes on after a page break, past the signature column
    read before it: a word processor breaks the row of the recipients and the signature across
    the page, and each page is read left column, then right column ("- UBND các xã, phường;" /
    "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / page break / "- VPUBND: CVP;" /
    "- Lưu: VT").  None when line ``j`` does not open such a signature column."""
    lines = st.lines
    k, signature = j, 0
    while k < len(lines) and k - j <= _SIGNATURE_SIDE_LINES:
        t = lines[k].text.strip("* ")
        if not t:
            k += 1
            continue
        if not (_is_upper_line(t) or rx.SIGNING_AUTHORITY.match(t) or _name_of(t)):
            break
        signature += 1
        k += 1
    if not signature or k >= len(lines) or "\f" not in st.text[lines[out[-1]].end:lines[k].start]:
        return None
    t = lines[k].text
    if t.startswith(("-", "+", "•")) or _FILED.match(t) or is_wrapped_recipient(lines[out[-1]].text, t):
        return k
    return None


def _goes_on_after_blank(lines: list[Line], out: list[int], k: int, bulleted: bool | None) -> bool:
    """Line ``k`` (after blank lines) is the rest of the item above it, in a list that marks
    its items: it carries no mark, the item above closed no entry with ";" or ".", and the list
    goes on after it ("- Ủy ban Kiểm tra Đảng ủy, Ban xây dựng Đảng," / "" / "VP Đảng ủy;")."""
    t = lines[k].text
    if not bulleted or lines[out[-1]].text.rstrip().endswith((";", ".")) or _is_upper_line(t) \
            or rx.SIGNING_AUTHORITY.match(t) or len(t) > 80:
        return False
    nxt = _next_text_line(lines, k + 1)
    return nxt is not None and (lines[nxt].text.startswith(("-", "+", "•")) or bool(_FILED.match(lines[nxt].text)))


def _marked_item_follows(lines: list[Line], k: int) -> bool:
    """The next line with text from ``k`` on is a marked item of a "Nơi nhận" list or its
    filing line ("- Bộ Nội vụ;", "- Lưu: VT")."""
    nxt = _next_text_line(lines, k)
    return nxt is not None and nxt - k <= 1 and (
        lines[nxt].text.startswith(("-", "+", "•")) or bool(_FILED.match(lines[nxt].text)))


def _unmarked_item(t: str) -> bool:
    """An item of a "Nơi nhận" list printed without a dash: a short line that ends an entry."""
    return (len(t) <= 100 and not _is_upper_line(t) and not rx.SIGNING_AUTHORITY.match(t)
            and (t.rstrip().endswith((";", ",", ".")) or bool(_FILED.match(t))
                 or bool(regex.search(r";\s*[^;]{1,15}$", t))))  # "Ban TT UBTW MTTQ VN; (Để" (a brace's note beside it)


# A table row a crawl wrote on one line, its cells apart by " | " and each cell's lines by " / "
# ("Nơi nhận: / - Bộ Nội vụ; / - Lưu: VT, NC.Châu | KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Ngọc Phúc").
_CELL_LINE_BREAK = regex.compile(r"\s+/\s+")
_CELL_BREAK = regex.compile(r"\s+\|\s+")


def _cells_with_breaks(st: Structure, label: int) -> bool:
    """Read the "Nơi nhận" row of such a table: the label's cell as the recipients, the next
    cell as the signature block (each of their lines as a line of its own).  False (nothing
    set) when the label's line is not so made."""
    ln = st.lines[label]
    cells = _CELL_BREAK.split(ln.text)
    if len(_CELL_LINE_BREAK.findall(cells[0])) < 2:
        return False
    pieces: list[list[int]] = []
    offset = 0
    for cell in cells[:2]:
        at = ln.text.index(cell, offset)
        offset = at + len(cell)
        indices = []
        pos = 0
        for part in _CELL_LINE_BREAK.split(cell):
            start = cell.index(part, pos)
            pos = start + len(part)
            if part.strip():
                st.column_lines.append(Line(ln.start + at + start, ln.start + at + start + len(part), part))
                indices.append(len(st.lines) + len(st.column_lines) - 1)
        pieces.append(indices)
    items = [k for k in pieces[0] if not rx.RECIPIENTS_LABEL.fullmatch(st.line(k).text.strip())
             or rx.RECIPIENTS_LABEL.match(st.line(k).text).group("rest").strip()]
    st.recipients_lines = items
    if len(pieces) > 1:
        authority = [k for k in pieces[1] if rx.SIGNING_AUTHORITY.match(st.line(k).text.strip("* "))]
        rest = [k for k in pieces[1] if k not in authority]
        titles = [k for k in rest if signer_title_of(st.line(k).text.strip("* "))]
        names = [k for k in rest if k not in titles and _name_of(st.line(k).text.strip("* "))
                 and not _names_a_title(st.line(k).text.strip("* "))]
        if titles and names:
            st.signature = {"authority": authority, "title": titles[0], "name": names[0]}
    return bool(items)


_COLUMN_ZONE = 30  # lines of a recipients/signature block


def _column_split(t: str):
    """``COLUMN_SPLIT.match(t)`` for a non-empty line: its columns are split at a bar, after a
    recipient ("-", "+", "•"), after "Nơi nhận:" or after a drafter's code (a word with "_"), and a
    line with none of these is not tried (most lines of the zone: the pattern's lazy scan of
    a line costs ~5 µs)."""
    if "|" not in t and "_" not in t and t[:1] not in "-+•N":
        return None
    return rx.COLUMN_SPLIT.match(t)


def _two_columns(st: Structure, label: int) -> bool:
    """"Nơi nhận" and the signature side by side on the same printed lines (a converter put
    both columns on one line: "- Bộ Tư pháp; | PHÓ CHỦ TỊCH", "- Thường trực Tỉnh ủy (B/c);
    PHÓ CHỦ TỊCH"): read the left column as the recipients and the right one as the
    signature block.  False (nothing set) when the block is not laid out so."""
    lines = st.lines
    zone = range(label, min(len(lines), label + _COLUMN_ZONE))
    splits = {i: _column_split(lines[i].text) for i in zone if lines[i].text}
    two = [m for m in splits.values() if m and m.group("right")]
    if len(two) < 2 or not any(rx.RECIPIENTS_LABEL.match(m.group("left")) or m.group("left").startswith(("-", "+", "•"))
                               for m in two):
        return False
    base = len(lines)
    left, right = [], []
    for i in zone:
        ln, m = lines[i], splits.get(i)
        if not ln.text:
            continue
        if m is None:
            # a line of one column only: a recipient item stays left, a signature line goes right
            item = ln.text.startswith(("-", "+", "•")) or rx.RECIPIENTS_LABEL.match(ln.text) or _FILED.match(ln.text)
            (left if item else right).append(i)
            continue
        for side, out in (("left", left), ("right", right)):
            t = m.group(side)
            if t and t.strip():
                t = t.strip()
                start = ln.start + m.start(side) + (len(m.group(side)) - len(m.group(side).lstrip()))
                st.column_lines.append(Line(start, start + len(t), t))
                out.append(base + len(st.column_lines) - 1)
    # recipients: the label line, then its items (a line that is no item ends them)
    items = []
    for k in left:
        t = st.line(k).text
        label = rx.RECIPIENTS_LABEL.match(t) if not items else None
        if label:
            if label.group("rest").strip():
                items.append(k)
            continue
        if t.startswith(("-", "+", "•")) or _FILED.match(t) \
                or (items and st.line(items[-1]).text.rstrip().endswith("-") and _unmarked_item(t)):
            # (the last case: a converter moved an item's dash to the end of the line above:
            # "- V01, C04 - Bộ Công an; -" / "Thường trực Tỉnh ủy;")
            items.append(k)
            if _FILED.match(t.lstrip("-+• ")):
                break  # "Lưu: VT, VP3" closes the list (a table further down is no recipient)
        elif items:
            break
    st.recipients_lines = items
    # signature: authority lines, the signer's title, a name
    titles = vocab.signer_titles()
    authority, title, name = [], None, None
    for k in right:
        t = st.line(k).text.strip("* ")
        if title is None and rx.SIGNING_AUTHORITY.match(t):
            authority.append(k)
        elif title is None and _is_upper_line(t) and vocab.fold(t) in titles:
            title = k
        elif title is not None and (signer := _name_of(t)) and vocab.fold(signer) not in titles \
                and not _names_a_title(signer):  # "CHỦ TỊCH UBND TỈNH": a post also held, above the name
            if signer != t:  # "Trần Song Tùng 4": the page number printed beside the name
                ln = st.line(k)
                st.column_lines.append(Line(ln.start, ln.start + len(signer), signer))
                k = len(lines) + len(st.column_lines) - 1
            name = k
            break
    if title is not None and name is not None:
        st.signature = {"authority": authority, "title": title, "name": name}
    return bool(items) or bool(st.signature)


def _find_signature(st: Structure, recipients_at: int | None) -> dict:
    """The first signature block: optional KT./TM./TL. lines, the signer's title, a name."""
    lines = st.lines
    titles = vocab.signer_titles()
    start = st.body_start
    for i in range(start, len(lines)):
        t = lines[i].text.strip("* ")
        if not t:
            continue
        authority: list[int] = []
        k = i
        while k < len(lines) and _authority(lines[k].text.strip("* ")):
            authority.append(k)
            k += 1
            # a crawl may leave blank lines inside the block ("TM. BAN THƯỜNG TRỰC", "",
            # "CHỦ TỊCH"), a copy the mark where the signature was ("KT. CHỦ TỊCH", "ĐÃ KÝ",
            # "PHÓ CHỦ TỊCH")
            while k < len(lines) and (lines[k].blank or rx.SIGNED_MARK.match(lines[k].text.strip("* "))) \
                    and k - authority[-1] <= 3:
                k += 1
            # the body a long authority line names goes on over a line break ("KT. CỤC TRƯỞNG
            # CỤC QUẢN LÝ VÀ PHÁT TRIỂN" / "THỊ TRƯỜNG TRONG NƯỚC" / "PHÓ CỤC TRƯỞNG"): a line
            # in capitals that is no title, followed by the signer's title, belongs to it
            if k < len(lines) and _continues_authority(lines, k):
                authority.append(k)
                k = _next_text_line(lines, k + 1)
        t2 = t if k == i else lines[k].text.strip("* ") if k < len(lines) else ""
        title_text = signer_title_of(t2) if _opens_upper(t2) else None
        if not title_text:
            # "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" on one line (flattened layout)
            # ("TL. CỤC TRƯỞNG" / "KT. TRƯỞNG BAN … PHÓ TRƯỞNG BAN": the last line of several)
            # (the authority's last line must be one: a line that only carries on the body's
            # name, "ỦY BAN" / "NHÂN DÂN" / "CHỦ TỊCH" read word by word, holds no title after it)
            last_auth = authority[-1] if authority else None
            m = rx.SIGNING_AUTHORITY.match(lines[last_auth].text.strip("* ")) if authority else None
            if m:
                rest = rx.authority_parts(m)[1]
                for tt in sorted(titles, key=len, reverse=True):
                    # ("T/M BAN BÍ THƯ" is a body, not "T/M BAN" over a title "BÍ THƯ": what is
                    # left before the title must be a title or a body's name of two words or more)
                    head = vocab.fold(rest)[:-len(tt)].strip()
                    if vocab.fold(rest).endswith(" " + tt) and vocab.fold(rest) != tt \
                            and (head in titles or len(head.split()) >= 2):
                        name_line = _next_name_line(lines, last_auth + 1)
                        if name_line is not None:
                            return {"authority": authority, "title": last_auth, "title_split": len(rest) - len(tt), "name": name_line}
                # a party body's block prints no title: "T/M BAN BÍ THƯ" over the signer's name
                nxt = _next_text_line(lines, i + 1)
                if len(authority) == 1 and m and "/" in rx.authority_parts(m)[0] and nxt is not None and nxt - i <= 12 \
                        and _name_of(lines[nxt].text.strip("* ")) and not _names_a_title(lines[nxt].text.strip("* ")):
                    return {"authority": authority, "title": None, "name": nxt}
            continue
        if not authority and not _near_end_or_recipients(st, k, recipients_at):
            continue
        if title_text != t2:
            title_text = title_text.upper()
        last = k
        # "TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY / Kiêm / TRƯỞNG BAN TỔ CHỨC CUỘC THI": two posts held
        nxt = _next_text_line(lines, k + 1)
        if nxt is not None and lines[nxt].text.strip(" *").lower() == "kiêm":
            second = _next_text_line(lines, nxt + 1)
            other = signer_title_of(lines[second].text.strip("* ")) if second is not None else None
            if other:
                title_text, last = f"{title_text} Kiêm {other.upper()}", second
        name_line = _next_name_line(lines, last + 1)
        if name_line is None:
            name_line = _name_before_footnote(st, last + 1)
        if name_line is None:
            continue
        if not authority and _opens_preamble(lines, name_line):
            # a decision's author over its preamble ("GIÁM ĐỐC TRUNG TÂM PHỤC" / "VỤ HÀNH CHÍNH
            # CÔNG THÀNH PHỐ" / "Căn cứ Luật …"): no signer's name is followed by a basis
            continue
        found = {"authority": authority, "title": k, "name": name_line}
        if title_text != t2:
            found["title_text"] = title_text
        return found
    return {}


# A signature block a crawl wrote on one line, or in one cell of a table row: the authority
# line(s), the signer's title and the name run on ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
# Nguyễn Hữu Tháp", Kon Tum QĐ 435/2020; "| | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hứa
# Ngọc Thuận |", TP HCM QĐ 49/2012; "| Nơi nhận: - …; - Lưu VT, VX. | TM. UỶ BAN NHÂN DÂN TỈNH CHỦ
# TỊCH Chẩu Văn Lâm |", Tuyên Quang QĐ 12/2012; "| … | THỦ TƯỚNG Nguyễn Xuân Phúc |", QĐ
# 773/QĐ-TTg 2018): capitals up to a name in title case that ends the line or cell.
_FLAT_SIGNATURE = regex.compile(
    r"(?P<upper>\p{Lu}[\p{Lu}\s./,-]*?)\s+(?P<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4})\s*$", regex.V0)
# Where each authority line of such a block begins: its mark ("TM.", "KT.", "TL.", "TUQ.", "Q.").
_AUTHORITY_MARK_IN_LINE = regex.compile(rf"(?<![\p{{L}}])(?:{rx.AUTHORITY_MARKS_DOTTED})\.\s", regex.V0)


def _flat_signature(st: Structure) -> dict:
    """The first signature block written on one line (or table cell) after the body begins,
    split into lines of its own (column lines): authority lines, the title, the name."""
    titles = vocab.signer_titles()
    for i in range(st.body_start, len(st.lines)):
        ln = st.lines[i]
        if not ln.text or not regex.search(r"\p{Lu}{2}", ln.text):
            continue
        offset = 0
        for cell in ln.text.split("|"):
            at, offset = offset, offset + len(cell) + 1
            lead = len(cell) - len(cell.lstrip())
            m = _FLAT_SIGNATURE.fullmatch(cell.strip())
            if not m:
                tail = _AFTER_ARCHIVE_COUNT.match(cell)
                if tail:  # the block flattened onto the archive line, after its count of copies
                    lead = tail.start("block")
                    m = _FLAT_SIGNATURE.fullmatch(cell[lead:].rstrip())
            if not m or not _name_of(m.group("name")) or _names_a_title(m.group("name")):
                continue
            upper = m.group("upper")
            marks = [a.start() for a in _AUTHORITY_MARK_IN_LINE.finditer(upper)]
            if marks and marks[0] != 0:
                continue  # capitals before the first mark are no part of a signature
            title_from = _title_start(upper, marks[-1] if marks else 0, titles)
            if title_from is None:
                continue
            pieces = [(a, b) for a, b in zip(marks, marks[1:] + [title_from])]
            # a mark alone on the line above, its body opening this line ("TL." / "BỘ TRƯỞNG
            # CHÁNH VĂN PHÒNG Nguyễn Đức Tâm", Bộ KH&ĐT CV 3397/2019 as a law site prints it):
            # the words before the title are that mark's body
            lone = _lone_mark_above(st.lines, i) if not marks and title_from > 0 and at == 0 else None
            if lone is not None:
                pieces = [(0, title_from)]
            title_piece = (title_from, len(upper))
            if not marks and lone is None and title_from > 0 and vocab.fold(upper[:title_from].strip()) in titles:
                # two titles without a mark: the post held in the issuing body, then the signer's
                # office elsewhere ("TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân", Ban Chỉ đạo quốc
                # gia 1237 KH 252/2013, tune V02): the first, as the block read line by line gives it
                title_piece = (0, title_from)
            pieces += [title_piece, (m.start("name"), m.end("name"))]
            base = ln.start + at + lead
            indices = [lone] if lone is not None else []
            for a, b in pieces:
                text = (upper if (a, b) != pieces[-1] else m.string)[a:b].strip()
                start = base + a + (len(m.string[a:b]) - len(m.string[a:b].lstrip()))
                st.column_lines.append(Line(start, start + len(text), text))
                indices.append(len(st.lines) + len(st.column_lines) - 1)
            return {"authority": indices[:-2], "title": indices[-2], "name": indices[-1]}
    return {}


# The archive line of a law site's letter with the signature block run onto it after the count
# of copies and the typist's name in title case ("- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ
# NHIỆM Mai Tiến Dũng", VPCP CV 2739/2019, tune U09): the block opens at the first word in capitals.
_AFTER_ARCHIVE_COUNT = regex.compile(
    rf"""^\s*[-–•]?\s*(?i:lưu)\b[^()]*{rx.ARCHIVE_COPY_COUNT}\.?   # "- Lưu: VT, ĐMDN (2b)."
        (?:\s+\p{{Lu}}\p{{Ll}}+){{0,3}}                              # the typist's name ("Trung Anh")
        \s+(?P<block>\p{{Lu}}{{2}}|\p{{Lu}}\s*\p{{Lu}})                 # the block's first capitals
    """, regex.V0 | regex.X)
_LONE_MARK = regex.compile(rf"^(?:{rx.AUTHORITY_MARKS_DOTTED})\.$", regex.V0)


def _lone_mark_above(lines: list[Line], i: int) -> int | None:
    """The line right above line ``i`` (blank lines aside) when it holds an authority mark alone
    ("TL."), else None."""
    j = i - 1
    while j >= 0 and lines[j].blank and i - j <= 2:
        j -= 1
    return j if j >= 0 and _LONE_MARK.match(lines[j].text.strip("* ")) else None


def _title_start(upper: str, after: int, titles: frozenset[str]) -> int | None:
    """Where the signer's title begins in a block's capitals: the longest run of its last
    words that the vocabulary knows as a title, leaving words to the authority mark before it
    ("KT. CHỦ TỊCH | PHÓ CHỦ TỊCH"); None when no title ends it."""
    words = list(regex.finditer(r"\S+", upper))
    best = None
    for j in range(len(words) - 1, -1, -1):
        if words[j].start() <= after:
            break
        if vocab.fold(upper[words[j].start():].strip()) in titles:
            best = words[j].start()
    if after == 0 and not _AUTHORITY_MARK_IN_LINE.match(upper) and vocab.fold(upper.strip()) in titles:
        # the title alone ("THỦ TƯỚNG Nguyễn Xuân Phúc"), the whole of it although its last
        # words are a title too ("BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng", "PHÓ CHỦ TỊCH …")
        best = 0
    return best


def _opens_preamble(lines: list[Line], j: int) -> bool:
    """The text line after line ``j`` opens a basis ("Căn cứ …")."""
    nxt = _next_text_line(lines, j + 1)
    return nxt is not None and bool(rx.OPENS_BASIS.match(lines[nxt].text.lstrip("*-+• ")))


def _continues_authority(lines: list[Line], k: int) -> bool:
    """Line ``k``, after an authority line, is the rest of the body that line names: in
    capitals, neither a title nor an authority line itself, and the signer's title follows."""
    t = lines[k].text.strip("* ")
    if not t or not _is_upper_line(t) or _authority(t) or signer_title_of(t):
        return False
    nxt = _next_text_line(lines, k + 1)
    return nxt is not None and nxt - k <= 2 and bool(signer_title_of(lines[nxt].text.strip("* ")))


def _authority(t: str):
    """``SIGNING_AUTHORITY.match(t)``, asked of every body line: a first-letter test first."""
    return rx.SIGNING_AUTHORITY.match(t) if t[:1] in rx.SIGNING_AUTHORITY_FIRST else None


def _next_text_line(lines: list[Line], j: int) -> int | None:
    while j < len(lines) and lines[j].blank:
        j += 1
    return j if j < len(lines) else None


def _opens_upper(t: str) -> bool:
    """Upper-case words open the line (a stamp's marks may follow: "PHÓ THỦ TƯỚN x UTU =")."""
    # asked of every body line: a lower-case first or second letter (inside the first word)
    # already says no; otherwise only the first two words are split off
    if t[:1].islower() or t[1:2].islower():
        return False
    return _is_upper_line(" ".join(t.split(None, 2)[:2]))


_TITLE_LIKENESS = 85  # rapidfuzz ratio, without diacritics: one letter slipped in a short title


# (asked of every upper-case line of the body, headings too, and of their first words: kept)
@memo_short_text
def signer_title_of(line: str) -> str | None:
    """The signer's title a signature line prints, or None.

    The line itself when it is a known title or one followed by more capitals ("PHÓ BÍ THƯ
    THƯỜNG TRỰC"); the known title when OCR slipped a letter or a tone ("GIÍM ĐỐC" →
    "giám đốc") or a stamp's marks follow it ("PHÓ THỦ TƯỚN x UTU =" → "phó thủ tướng")."""
    titles = vocab.signer_titles()
    if vocab.fold(line) in titles:
        return line
    words = line.split()
    # a known title printed whole before more capitals beats a near title of the whole line
    # ("PHÓ TRƯỞNG THUẾ TỈNH" is "PHÓ TRƯỞNG THUẾ" and its unit, not an OCR slip of it)
    for k in range(min(len(words), 6) - 1, 0, -1):
        rest = words[k:]
        if vocab.fold(" ".join(words[:k])) in titles and all(w.isalpha() and w.isupper() for w in rest):
            return line
    for k in range(min(len(words), 6), 0, -1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if vocab.fold(head) in titles:
            known = head
        else:
            known = _likely_title(head)
            if known is None:
                continue
        if rest and all(w.isalpha() and w.isupper() for w in rest.split()):
            if known == head:
                return line
            continue  # a near title before more words is no evidence ("TRƯỞNG BAN TỔ …")
        return known
    return None


@memo_short_text
def _likely_title(text: str) -> str | None:
    if len(text) < 6:
        return None
    key = strip_accents(text)
    table = _titles_without_accents()
    best = rf_process.extractOne(key, _title_keys(), scorer=rf_fuzz.ratio, score_cutoff=_TITLE_LIKENESS)
    return table[best[0]] if best else None


@functools.lru_cache(maxsize=1)
def _titles_without_accents() -> dict[str, str]:
    return {strip_accents(t): t for t in sorted(vocab.signer_titles())}


@functools.lru_cache(maxsize=1)
def _title_keys() -> list[str]:
    return list(_titles_without_accents())


def _near_end_or_recipients(st: Structure, i: int, recipients_at: int | None) -> bool:
    """A bare title ("CHỦ TỊCH") only counts as a signature after the body: near the end of
    the text, or next to "Nơi nhận"."""
    if recipients_at is not None and abs(i - recipients_at) <= 25:
        return True
    prev = [ln.text for ln in st.lines[max(0, i - 4):i] if ln.text]
    if prev and (prev[-1].endswith(("./.", "./", "/.")) or prev[-1].startswith(("-", "Lưu"))):
        return True
    return False


_NAME = regex.compile(r"^[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){1,5}$")
_PAGE_NUMBER_AFTER = regex.compile(r"\s+\d{1,3}$")


# Marks a seal, a signature or the scan's grain leaves against a signer's name ("-Hồ Quốc
# Dũng" on a heavy scan): no name begins or ends with them.
_NAME_SPECKS = "*-–—.,:;'‘’\"`ˆ~ "


def name_text(t: str) -> str:
    """A name line's text without the specks around it, and a speck read as a digit after it
    ("Trần Văn Lâm 1" on a heavy scan, as a page number beside it): no name ends in one."""
    return _PAGE_NUMBER_AFTER.sub("", t.strip(_NAME_SPECKS)).strip(_NAME_SPECKS)


def _name_of(t: str) -> str | None:
    """A signer's name line, without a page number a converter left beside it."""
    t = _PAGE_NUMBER_AFTER.sub("", t)
    return t if _NAME.match(t) else None


def _next_name_line(lines: list[Line], j: int) -> int | None:
    """The signer's name under the title: lines of a signature's or a seal's marks between
    them ("_ , //", "té", "!Z/ NG") are passed over, a rank before the name is not part of
    it ("Thiếu tướng Trương Minh Đương")."""
    skipped = 0
    looked = 0
    while j < len(lines) and looked < 12:
        t = lines[j].text.strip("* ")
        if t:
            looked += 1
            name = strip_rank(name_text(t))
            if _NAME.match(name) and not _type_word_of(name) and not _names_a_title(name):
                return j
            if rx.SIGNING_AUTHORITY.match(t) or rx.RECIPIENTS_LABEL.match(t):
                return None
            if not _is_marks(t):
                skipped += 1
                if skipped > 3:
                    return None
        j += 1
    return None


# The signer's name with a page's footnotes read after it ("Trần Hữu Tuấn 1 Các cơ quan được
# giao chủ trì …"): the name, then a note's number and its text.
_NAME_BEFORE_NOTE = regex.compile(r"^(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s+\d{1,2}\s+\p{Lu}", regex.V0)


def _name_before_footnote(st: Structure, j: int) -> int | None:
    """The name on the first text line after ``j`` when footnotes follow it on that line, as a
    line of its own; None otherwise."""
    k = _next_text_line(st.lines, j)
    if k is None:
        return None
    t = st.lines[k].text
    m = _NAME_BEFORE_NOTE.match(t)
    if not m or _names_a_title(m.group("name")):
        return None
    st.column_lines.append(Line(st.lines[k].start, st.lines[k].start + m.end("name"), m.group("name")))
    return len(st.lines) + len(st.column_lines) - 1


def _names_a_title(t: str) -> bool:
    return vocab.fold(t) in vocab.signer_titles() or (_is_upper_line(t) and signer_title_of(t) is not None)


def strip_rank(t: str) -> str:
    """A name line without the rank before it; ranks compared without diacritics."""
    words = t.split()
    opening = {}  # the line's first n words without accents, folded once for all ranks
    for n, rank_key in vocab.ranks_without_accents():
        if len(words) > n:
            if n not in opening:
                opening[n] = strip_accents(" ".join(words[:n]))
            if opening[n] == rank_key:
                return " ".join(words[n:])
    return t



def _is_marks(t: str) -> bool:
    """A line of a signature's or a seal's marks read by OCR: few letters, or mostly not
    letters ("_-tcz7Z2%", "xz¬ ¬__tưa", "SẼ và ị { Í è J7 [ + vVÃ ); ¿\\NAL")."""
    chars = [c for c in t if not c.isspace()]
    letters = sum(c.isalpha() for c in chars)
    return letters < 4 or letters / len(chars) < 0.7
