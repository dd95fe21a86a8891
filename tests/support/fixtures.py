"""Deterministic fixtures: sample texts rendered as the files the pipeline meets in archives.

The seed and real texts in ``tests/data`` are plain text with light Markdown residue left by the
crawler (``**bold**``, ``### headings``, ``|`` cell separators, trailing double-space breaks).
This module turns such a text into

* a digital PDF with a text layer (:func:`render_digital_pdf`), laid out like an official
  document under Decree 30/2020 (A4, left margin 30 mm, 13 pt Times-like serif, embedded TTF);
* a DOCX (:func:`render_docx`), with the header block in a borderless two-column table;
* a scanned, image-only PDF (:func:`render_scan_pdf`) or its page images
  (:func:`render_scan_images`), degraded deterministically (rotation, blur, noise, specks, JPEG).

The same input always gives byte-identical files, so tests and benchmarks can regenerate them
instead of committing them.  :func:`display_text` gives the plain text a reader of the rendered
file sees — the ground truth for round-trip and OCR measurements.
"""

from __future__ import annotations

import io
import os
import random
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import regex

# ----------------------------------------------------------------------------- page layout

MM = 72 / 25.4  # points per millimetre
A4 = (210 * MM, 297 * MM)
# Decree 30/2020/NĐ-CP, Appendix I: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGINS_MM = {"left": 30, "right": 20, "top": 20, "bottom": 20}
BODY_FONT_SIZE = 13.0
TITLE_FONT_SIZE = 14.0
FIRST_LINE_INDENT = 10 * MM
PARAGRAPH_SPACE_AFTER = 6.0

# A Times-metric font first (what real documents use), DejaVu Serif as the always-present
# fallback.  A family is used only if it really covers Vietnamese: Liberation 1.x does not.
FONT_FAMILIES: tuple[dict[str, str], ...] = (
    {
        "regular": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
        "italic": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
        "bolditalic": "/usr/share/fonts/truetype/liberation2/LiberationSerif-BoldItalic.ttf",
    },
    {
        "regular": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
        "italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
        "bolditalic": "/usr/share/fonts/truetype/liberation/LiberationSerif-BoldItalic.ttf",
    },
    {
        "regular": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
        # the italics come with fonts-dejavu-extra; without them italic falls back to upright
        "italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
        "bolditalic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf",
    },
)
VIETNAMESE_PROBE = "ẾỆỌỢỦữựỹđĐƯươơằẳẵặ"

# Canonical document-type words: the first line that is one of these ends the header block.
DOC_TYPE_LINES = frozenset(
    {
        "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "THÔNG TƯ", "THÔNG BÁO",
        "BÁO CÁO", "TỜ TRÌNH", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "QUY CHẾ", "QUY ĐỊNH",
        "CÔNG VĂN", "CÔNG ĐIỆN", "PHƯƠNG ÁN", "PHỤ LỤC", "LUẬT",
    }
)
HEADER_SEARCH_LINES = 40
# a source line at least this long that ends mid-sentence was wrapped by the crawler;
# header, motto and signature lines are shorter
WRAPPED_LINE_MIN_CHARS = 45  # a header block sits in the first lines or not at all

# ----------------------------------------------------------------------------- markup model


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


Line = tuple[Span, ...]


@dataclass
class Block:
    """One laid-out unit: a paragraph (its lines are hard breaks), a rule or a page break;
    ``header`` holds the two columns of the issuer / national-motto block."""

    kind: str  # "paragraph" | "rule" | "page_break" | "header" | "signature" | "table"
    lines: list[Line] = field(default_factory=list)
    align: str = "justify"  # "justify" | "center" | "left" | "right"
    role: str = "body"  # "body" | "heading" | "type" | "title"
    after_cell: bool = False  # the source put a cell border ("|" line) right before it
    left: list[Line] = field(default_factory=list)
    right: list[Line] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # a data table: header row first
    signature_gap: int | None = None  # the signer line the signature's space is above (else the last)


def table_spans(rows: list[list[str]]) -> list[tuple[int, int, int]]:
    """Vertical merges a table is printed with: ``(column, first row, last row)`` for every
    run of two or more equal, non-empty cells in a column after the first two (the row number
    and the task): "Sở Nội vụ" leading three tasks is one merged cell, as typists set it."""
    spans = []
    for col in range(2, max((len(r) for r in rows), default=0)):
        r = 1
        while r < len(rows):
            end = r
            value = rows[r][col] if col < len(rows[r]) else ""
            while value and end + 1 < len(rows) and col < len(rows[end + 1]) and rows[end + 1][col] == value:
                end += 1
            if end > r:
                spans.append((col, r, end))
            r = end + 1
    return spans


def line_text(line: Line) -> str:
    return "".join(s.text for s in line)


_HEADING = regex.compile(r"^\s{0,3}\#{1,6}\s+")  # markdown ATX heading marker
_CELL_SEPARATOR = regex.compile(r"^\s*\|\s*$")  # a lone "|" between flattened table cells
_TABLE_ROW = regex.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = regex.compile(r"^\s*\|?[\s:|-]*-{3,}[\s:|-]*\|?\s*$")  # "|---|:--|"
_STRAY_PIPES = regex.compile(r"^\s*\|+|(?:\s*\|)+\s*$")
_RULE = regex.compile(r"^\s*[-_=]{3,}\s*$")  # the short underline below issuer/motto
_LIST_ITEM = regex.compile(
    r"""
    ^(?: [-+•–]\s                    # dash or bullet item
      | [a-zđ]\)\s                  # "a) "
      | (?:\d+|[IVXLC]+)(?:\.\d+)*[.)]\s   # "1. ", "2.3. ", "IV. "
      | Điều\s+\d+                   # an article
    )""",
    regex.VERBOSE,
)
_HARD_BREAK = regex.compile(r"(?:\ {2,}|\\)$")
_ASTERISKS = regex.compile(
    r"""
    \(\*+\)          # a literal footnote marker "(*)" stays
    | (?P<run>\*+)   # any other run of asterisks is emphasis markup
    """,
    regex.VERBOSE,
)
_DATE_LINE = regex.compile(
    r"""
    ^[^\d,]{2,40},\s*      # place name and comma: "Sơn Tây, "
    ngày\b .{0,20}         # "ngày 07" or a blank day
    tháng\b .{0,12} năm\b  # "tháng 02 năm 2023"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_NUMBER_LINE = regex.compile(r"^\s*Số\s*:", regex.IGNORECASE)
_SALUTATION = regex.compile(r"^\s*Kính\s+gửi", regex.IGNORECASE)
_MOTTO = regex.compile(r"C[ỘÔ]NG\s+H(?:ÒA|OÀ)\s+XÃ|Độc\s+lập|Hạnh\s+phúc", regex.IGNORECASE)  # (a typo "CÔNG HÒA" too)


def _emphasis_spans(raw: str) -> list[Span]:
    """``**bold**`` / ``*italic*`` / ``***both***`` → spans.  Crawled Markdown is often
    unbalanced, so toggles never leak past the paragraph they start in."""
    spans: list[Span] = []
    bold = italic = False
    pos = 0
    for m in _ASTERISKS.finditer(raw):
        if m.group("run") is None:
            continue
        if m.start() > pos:
            spans.append(Span(raw[pos : m.start()], bold, italic))
        n = len(m.group("run"))
        if n % 4 in (2, 3):
            bold = not bold
        if n % 2:
            italic = not italic
        pos = m.end()
    if pos < len(raw):
        spans.append(Span(raw[pos:], bold, italic))
    return spans


def _split_lines(spans: list[Span]) -> list[Line]:
    lines: list[list[Span]] = [[]]
    for span in spans:
        for i, part in enumerate(span.text.split("\n")):
            if i:
                lines.append([])
            if part:
                lines[-1].append(Span(part, span.bold, span.italic))
    out: list[Line] = []
    for line in lines:
        merged = _tidy_line(line)
        if merged:
            out.append(merged)
    return out


def _tidy_line(spans: list[Span]) -> Line:
    """Collapse whitespace, trim the line ends, merge neighbours with the same style."""
    cleaned: list[Span] = []
    for s in spans:
        text = regex.sub(r"\s+", " ", s.text)
        if cleaned and (cleaned[-1].bold, cleaned[-1].italic) == (s.bold, s.italic):
            cleaned[-1] = Span(cleaned[-1].text + text, s.bold, s.italic)
        elif text:
            cleaned.append(Span(text, s.bold, s.italic))
    while cleaned and not cleaned[0].text.strip():
        cleaned.pop(0)
    while cleaned and not cleaned[-1].text.strip():
        cleaned.pop()
    if not cleaned:
        return ()
    cleaned[0] = Span(cleaned[0].text.lstrip(), cleaned[0].bold, cleaned[0].italic)
    cleaned[-1] = Span(cleaned[-1].text.rstrip(), cleaned[-1].bold, cleaned[-1].italic)
    # a space between two differently styled spans must not be doubled
    out: list[Span] = []
    for s in cleaned:
        if out and out[-1].text.endswith(" ") and s.text.startswith(" "):
            s = Span(s.text.lstrip(), s.bold, s.italic)
        if s.text:
            out.append(s)
    return tuple(out)


_WHOLE_BOLD_LINE = regex.compile(r"^\s*\*\*[^*]+\*\*\s*$")


def _join_source_lines(lines: list[str]) -> str:
    """Keep the source's line breaks where they mean something.  Crawled texts wrap long
    paragraphs at ~72 columns but break header, motto and signature lines on purpose: a line
    continues on the next when that starts in lower case, or when the line is long, ends
    mid-sentence and the next is no list item.  A Markdown hard break always breaks."""
    out = ""
    for i, line in enumerate(lines):
        hard = bool(_HARD_BREAK.search(line))
        text = _HARD_BREAK.sub("", line).strip() if hard else line.strip()
        out += text
        if i + 1 < len(lines):
            nxt = lines[i + 1].strip().lstrip("* ")
            plain = text.replace("*", "").strip()
            # a line the source set in bold on its own after a plain one is a line of its own
            # (the "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" line under a decision's title)
            bold_line = _WHOLE_BOLD_LINE.match(lines[i + 1]) and "**" not in text
            wrapped = (len(plain) >= WRAPPED_LINE_MIN_CHARS and not plain.endswith((".", ";", ":", "!", "?"))
                       and not _LIST_ITEM.match(nxt) and not bold_line)
            continues = not hard and bool(nxt) and (nxt[0].islower() or wrapped)
            out += " " if continues else "\n"
    return out


def _is_type_line(text: str) -> bool:
    return regex.sub(r"\s+", " ", text).strip() in DOC_TYPE_LINES


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(text.split()) <= 15


def parse_markup(text: str) -> list[Block]:
    """The text's layout blocks, Markdown residue turned into styles."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    for page_index, page in enumerate(text.split("\f")):
        if page_index:
            blocks.append(Block("page_break"))
        blocks.extend(_parse_page(page, letterhead=page_index == 0))
    _mark_header(blocks)
    _mark_titles(blocks)
    _mark_signature(blocks)
    return blocks


def _letterhead_cells(line: str) -> list[str]:
    """The column pieces of a letterhead line that the source laid out side by side, with
    runs of spaces ("ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI …", as text extracted from a PDF
    with its layout writes it) or as the cells of a layout row ("|UBND TỈNH LÂM ĐỒNG |CỘNG
    HÒA …|"); one piece when the line is not split."""
    pieces: list[str] = []
    for piece in _LETTERHEAD_GAP.split(line.strip().strip("|")):
        if not regex.search(r"\w", piece):
            continue
        # the blanks a draft leaves for its number and day ("Số:      /QĐ-BCĐ", "Lâm Đồng,
        # ngày      tháng 8 năm 2025") are not column gaps
        if pieces and (regex.search(r"(?:Số\s*:|ngày|tháng)\s*$", pieces[-1], regex.IGNORECASE)
                       or regex.match(r"/|tháng\b|năm\b", piece)):
            pieces[-1] += " " + piece.strip()
        else:
            pieces.append(piece.strip())
    return pieces or [line]


_LETTERHEAD_GAP = regex.compile(r"\s*\|\s*|\s{3,}")
LETTERHEAD_MAX_LINES = 15


def _parse_page(text: str, letterhead: bool = False) -> list[Block]:
    groups: list[tuple[str, list[str]]] = []  # (role, source lines): "body" | "heading" | "rule"
    current: list[str] = []

    def flush() -> None:
        if current:
            groups.append(("body", list(current)))
            current.clear()

    # A letterhead printed in two columns: the first page's lines before the document type
    # ("KẾ HOẠCH") or the salutation ("Kính gửi:"), where the source set the columns side by
    # side, give one line per column piece — the header block then puts each in its column
    # (they were one justified paragraph, which no document prints).
    head_lines = 0
    row_before = False  # the line before was a table row
    for line in text.split("\n"):
        after_row, row_before = row_before, bool(_TABLE_ROW.match(line))
        if letterhead and line.strip():
            head_lines += 1
            plain = _STRAY_PIPES.sub("", line).replace("*", "").strip()
            if (_is_type_line(plain) or _SALUTATION.match(plain) or _RECIPIENTS.match(plain)
                    or head_lines > LETTERHEAD_MAX_LINES):
                letterhead = False
            elif len(pieces := _letterhead_cells(line)) == 2:
                flush()
                groups.extend(("body", [piece]) for piece in pieces)
                continue
            elif len(pieces) > 2:
                letterhead = False  # a table's row (a letterhead has two columns)
        if _CELL_SEPARATOR.match(line):
            flush()
            groups.append(("cell", []))  # a border of a crawled layout-table cell
        elif not line.strip() or ("|" in line and _TABLE_RULE.match(line)):
            flush()
        elif _RULE.match(line):
            flush()
            groups.append(("rule", []))
        elif _TABLE_ROW.match(line):
            flush()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if groups and groups[-1][0] == "table" and len(groups[-1][1][0]) == len(cells):
                groups[-1][1].append(cells)
            elif len([c for c in cells if c]) >= 3:
                groups.append(("table", [cells]))  # a data table: printed with its rules
            elif groups and groups[-1][0] == "layout" and len(groups[-1][1][-1]) == len(cells) and after_row:
                groups[-1][1].append(cells)
            else:
                groups.append(("layout", [cells]))  # rows of a borderless layout table
        elif _HEADING.match(line):
            flush()
            groups.append(("heading", [_HEADING.sub("", line)]))
        else:
            # stray cell borders of a flattened table are not text
            current.append(_STRAY_PIPES.sub("", line))
    flush()
    groups = [g for role, group in groups for g in _layout_groups(role, group)]

    blocks: list[Block] = []
    after_cell = False
    for role, group in groups:
        if role == "signature":
            blocks.append(_signature_table(group))
            continue
        if role == "body" and blocks and blocks[-1].kind == "signature" and _signer_name_left_out(blocks[-1], group):
            # the signer's name the crawler left below the table: it is the signer column's
            # last line, under the signature's space
            blocks[-1].signature_gap = len(blocks[-1].right)
            blocks[-1].right.extend(_bold([(Span(" ".join(group[0].split())),)]))
            continue
        if role == "cell":
            after_cell = True
            continue
        if role == "rule":
            blocks.append(Block("rule", align="center"))
            continue
        if role == "table":
            rows = [[" ".join(_ASTERISKS.sub("", c).split()) for c in row] for row in group]
            blocks.append(Block("table", rows=rows, align="left"))
            continue
        lines = _split_lines(_emphasis_spans(_join_source_lines(group)))
        if not lines:
            continue
        if role == "heading":
            lines = _bold(lines)
        # a type line glued to its title ("QUYẾT ĐỊNH\nVề việc …") is two blocks in print
        while len(lines) > 1 and _is_type_line(line_text(lines[0])):
            blocks.append(Block("paragraph", [lines[0]], role="type"))
            lines = lines[1:]
        if len(lines) == 1 and _is_type_line(line_text(lines[0])):
            role = "type"
        blocks.append(Block("paragraph", lines, role=role, after_cell=after_cell))
        after_cell = False
    return blocks


def _layout_groups(role: str, group: list) -> list[tuple[str, list]]:
    """A borderless layout table whose first cell is "Nơi nhận:" is the signature block of
    Decree 30/2020, printed as its two columns; other layout rows read left to right, one
    line per row."""
    if role != "layout":
        return [(role, group)]
    if _RECIPIENTS.match(group[0][0]):
        return [("signature", group)]
    return [("body", [" ".join(c for c in cells if c)]) for cells in group]


_CELL_LINE_BREAK = regex.compile(r"\s+/\s+")  # a crawler's line break inside a cell: " / "


_PERSON_NAME = regex.compile(r"^\s*(?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}+\s*$")


def _signer_name_left_out(block: Block, lines: list[str]) -> bool:
    """Is ``lines`` a person's name alone, after a signature table whose signer column ends
    with a title in capitals (no name)?"""
    return (len(lines) == 1 and bool(_PERSON_NAME.match(lines[0].replace("*", ""))) and bool(block.right)
            and _is_caps(line_text(block.right[-1])))


def _signature_table(rows: list[list[str]]) -> Block:
    """The signature block set as a layout table: recipients in the first column, the signer
    in the others; the signature's space where the signer column has empty rows."""
    left: list[Line] = []
    right: list[Line] = []
    gap = None
    blank = False
    for cells in rows:
        for piece in _CELL_LINE_BREAK.split(cells[0]) if cells[0] else []:
            # a bullet the crawler left at the end of the line before ("…Bộ Công an; -|")
            if left and (bullet := regex.search(r"\s+-$", line_text(left[-1]))):
                left[-1] = _split_lines(_emphasis_spans(line_text(left[-1])[:bullet.start()]))[0]
                piece = "- " + piece
            left.extend(_split_lines(_emphasis_spans(piece)))
        signer = " ".join(c for c in cells[1:] if c)
        if not signer:
            blank = bool(right)
            continue
        if blank:
            gap, blank = len(right), False
        for piece in _CELL_LINE_BREAK.split(signer):
            right.extend(_split_lines(_emphasis_spans(piece)))
    block = Block("signature", left=left, right=_bold(right), align="center")
    block.signature_gap = gap
    return block


def _mark_header(blocks: list[Block]) -> None:
    """Blocks before the first type line that carry a number, date or national motto form
    the header: number/issuer on the left, motto and place/date on the right."""
    seen_lines = 0
    type_at = None
    for i, b in enumerate(blocks):
        if b.kind == "page_break":
            return
        if b.role == "type" or (b.kind == "paragraph" and b.lines and _SALUTATION.match(line_text(b.lines[0]))):
            type_at = i  # a letter (công văn) has no type line: its header ends at "Kính gửi:"
            break
        seen_lines += len(b.lines)
        if seen_lines > HEADER_SEARCH_LINES:
            return
    if not type_at:
        return
    start = _letterhead_start(blocks[:type_at])
    head = blocks[start:type_at]
    texts = [line_text(x) for b in head for x in b.lines]
    if not any(_NUMBER_LINE.match(t) or _DATE_LINE.match(t) or _MOTTO.search(t) for t in texts):
        return
    left: list[Line] = []
    right: list[Line] = []
    for b in head:
        if b.kind == "rule":
            continue
        joined = " ".join(line_text(x) for x in b.lines)
        date_block = bool(_DATE_LINE.match(joined))
        right_block = date_block or bool(_MOTTO.search(joined))
        for line in b.lines:
            if _NUMBER_LINE.match(line_text(line)):
                left.append(line)
            elif right_block:
                # a date line is italic in print even where the crawler lost the emphasis
                right.append(tuple(Span(s.text, s.bold, True) for s in line) if date_block else line)
            else:
                left.append(line)
    if max(len(left), len(right)) >= 2:
        blocks[start:type_at] = [Block("header", left=left, right=right, align="center")]
    else:
        # only "Số: …" and the date survive: real documents with no issuer lines print them
        # as two plain paragraphs, left and right
        rebuilt = [Block("paragraph", [x], align="left") for x in left]
        rebuilt += [Block("paragraph", [x], align="right") for x in right]
        blocks[start:type_at] = rebuilt


def _letterhead_start(head: list[Block]) -> int:
    """Where the letterhead begins among the blocks before the type line: after the last
    block of running text (a sentence: what a web page prints above a document, "Bản dịch
    này thuộc quyền sở hữu của …", "Click vào phần bôi vàng để xem chi tiết."), at its first
    line in capitals (the issuer), the number, the motto or the date (not a web page's
    "Tình trạng: Đã biết")."""
    def marked(text: str) -> bool:
        return bool(_NUMBER_LINE.match(text) or _DATE_LINE.match(text) or _MOTTO.search(text))

    start = 0
    for k, b in enumerate(head):
        if b.kind != "paragraph":
            continue
        joined = " ".join(line_text(x) for x in b.lines).strip()
        sentence = joined.endswith((".", ":", ";", "…")) or len(joined) > 100 and not _SUBJECT_LINE.match(joined)
        if sentence and not marked(joined):
            start = k + 1
    while start < len(head) and not (head[start].kind == "paragraph" and head[start].lines and (
            _is_caps(line_text(head[start].lines[0])) or marked(line_text(head[start].lines[0])))):
        start += 1
    return start if start < len(head) else 0


_SUBJECT_LINE = regex.compile(r"^\s*(?:V/v|Về)\b", regex.IGNORECASE)  # a letter's subject, under its number


_RECIPIENTS = regex.compile(r"^\s*Nơi\s+nhận\s*:?", regex.IGNORECASE)
_LIST_LINE = regex.compile(r"^\s*[-+•–]")
SIGNER_MAX_LINES = 6


def _mark_signature(blocks: list[Block]) -> None:
    """The last page's "Nơi nhận:" list and the signer lines after it form the signature
    block of Decree 30/2020 — recipients in the left column, signer title and name right —
    where the source wrote them as the two cells of a layout table (a "|" line before each
    side, as crawled texts of such documents do); otherwise they stay one under the other."""
    at = None
    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        if b.kind == "page_break":
            break
        if b.kind == "paragraph" and b.lines and _RECIPIENTS.match(line_text(b.lines[0])):
            at = i
            break
    if at is None or not blocks[at].after_cell:
        return
    left: list[Line] = list(blocks[at].lines)
    j = at + 1
    while j < len(blocks) and blocks[j].kind == "paragraph" and all(_LIST_LINE.match(line_text(x)) for x in blocks[j].lines):
        left.extend(blocks[j].lines)
        j += 1
    right: list[Line] = []
    k = j
    while k < len(blocks) and blocks[k].kind == "paragraph":
        right.extend(blocks[k].lines)
        k += 1
    if not right or len(right) > SIGNER_MAX_LINES or k != len(blocks) or any(len(line_text(x)) > 60 for x in right) \
            or not blocks[j].after_cell:
        return
    blocks[at:] = [Block("signature", left=left, right=_bold(right), align="center")]


def _mark_titles(blocks: list[Block]) -> None:
    """Centre what official documents centre: the type line, the title under it, the
    "(Ban hành kèm theo …)" note, and short upper-case lines (issuing body, "QUYẾT ĐỊNH:")."""
    after_type = False
    for b in blocks:
        if b.kind != "paragraph":
            continue
        text = " ".join(line_text(x) for x in b.lines)
        if b.role == "type":
            b.align, after_type = "center", True
            b.lines = _bold(b.lines)  # Decree 30 prints type name and title in bold
            continue
        if after_type and len(text) < 400 and not text.endswith((":", ";")):
            b.align, b.role, b.lines = "center", "title", _bold(b.lines)
            after_type = False
            continue
        after_type = False
        if b.align != "justify":
            continue
        if _is_caps(text) and not regex.match(r"^[IVXLC\d]+[.)]", text):
            b.align = "center"
        elif text.startswith("(") and text.endswith(")") and len(text) < 300:
            b.align = "center"


def _bold(lines: list[Line]) -> list[Line]:
    return [tuple(Span(s.text, True, s.italic) for s in line) for line in lines]


def display_lines(text: str) -> list[str]:
    """The lines a reader of the rendered file sees, in reading order (header: left column
    first, then right).  Long paragraphs are single lines here; the renderers wrap them."""
    out: list[str] = []
    for b in parse_markup(text):
        if b.kind in ("header", "signature"):
            out.extend(line_text(x) for x in b.left)
            out.extend(line_text(x) for x in b.right)
        elif b.kind == "table":
            out.extend(" | ".join(row) for row in b.rows)
        elif b.kind == "paragraph":
            out.extend(line_text(x) for x in b.lines)
    return out


def display_text(text: str) -> str:
    return "\n".join(display_lines(text))


def word_similarity(a: str, b: str) -> float:
    """1 − normalized word-level edit distance, after folding whitespace."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(a.split(), b.split())


# ----------------------------------------------------------------------------- digital PDF

_FONT_CACHE: dict[str, str] = {}


def _font_family() -> str:
    """Register the first serif family that covers Vietnamese; its reportlab name."""
    if "family" in _FONT_CACHE:
        return _FONT_CACHE["family"]
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for index, family in enumerate(FONT_FAMILIES):
        if not os.path.exists(family["regular"]):
            continue
        regular = TTFont(f"FixtureSerif{index}", family["regular"])
        if any(ord(c) not in regular.face.charToGlyph for c in VIETNAMESE_PROBE):
            continue
        name = f"FixtureSerif{index}"
        pdfmetrics.registerFont(regular)
        paths = {"regular": family["regular"]}
        paths["bold"] = family["bold"] if os.path.exists(family["bold"]) else family["regular"]
        paths["italic"] = family["italic"] if os.path.exists(family["italic"]) else family["regular"]
        paths["bolditalic"] = family["bolditalic"] if os.path.exists(family["bolditalic"]) else paths["bold"]
        for variant in ("bold", "italic", "bolditalic"):
            pdfmetrics.registerFont(TTFont(f"{name}-{variant}", paths[variant]))
        addMapping(name, 0, 0, name)
        addMapping(name, 1, 0, f"{name}-bold")
        addMapping(name, 0, 1, f"{name}-italic")
        addMapping(name, 1, 1, f"{name}-bolditalic")
        _FONT_CACHE["family"] = name
        _FONT_CACHE["path"] = family["regular"]
        return name
    from pipeline.errors import PipelineError

    raise PipelineError(
        "unsupported_type",
        "no Vietnamese-capable serif font found; install fonts-dejavu-core (DejaVu Serif)",
    )


def _xml(line: Line) -> str:
    from xml.sax.saxutils import escape

    parts = []
    for s in line:
        t = escape(s.text)
        if s.italic:
            t = f"<i>{t}</i>"
        if s.bold:
            t = f"<b>{t}</b>"
        parts.append(t)
    return "".join(parts)


def _pdf_styles(body_size: float, title_size: float):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    font = _font_family()
    align = {"justify": TA_JUSTIFY, "center": TA_CENTER, "left": TA_LEFT, "right": TA_RIGHT}
    base = ParagraphStyle("body", fontName=font, fontSize=body_size, leading=body_size * 1.25,
                          spaceAfter=PARAGRAPH_SPACE_AFTER, firstLineIndent=FIRST_LINE_INDENT,
                          alignment=TA_JUSTIFY)

    def style(block: Block) -> ParagraphStyle:
        size = title_size if block.role in ("type", "title") else body_size
        indent = FIRST_LINE_INDENT if block.align == "justify" else 0
        return ParagraphStyle(f"{block.role}-{block.align}", parent=base, fontSize=size,
                              leading=size * 1.25, firstLineIndent=indent, alignment=align[block.align])

    cell = ParagraphStyle("cell", parent=base, fontSize=body_size - 1, leading=(body_size - 1) * 1.2,
                          firstLineIndent=0, alignment=TA_CENTER, spaceAfter=0)
    return style, cell


def _pdf_story(blocks: list[Block], body_size: float, title_size: float, frame_width: float):
    from reportlab.platypus import HRFlowable, PageBreak, Paragraph, Spacer, Table, TableStyle

    style, cell = _pdf_styles(body_size, title_size)
    story = []
    for b in blocks:
        if b.kind == "page_break":
            story.append(PageBreak())
        elif b.kind == "rule":
            story.append(HRFlowable(width=30 * MM, thickness=0.6, color="black", spaceBefore=0, spaceAfter=4))
        elif b.kind == "header":
            left = [Paragraph(_xml(x), cell) for x in b.left]
            right = [Paragraph(_xml(x), cell) for x in b.right]
            table = Table([[left, right]], colWidths=[frame_width * 0.42, frame_width * 0.58])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            story.extend([table, Spacer(1, 10)])
        elif b.kind == "signature":
            story.append(_pdf_signature(b, cell, frame_width))
        elif b.kind == "table":
            story.extend([_pdf_table(b, cell, frame_width), Spacer(1, PARAGRAPH_SPACE_AFTER)])
        else:
            story.append(Paragraph("<br/>".join(_xml(x) for x in b.lines), style(b)))
    return story


SIGNATURE_SPACE = 48.0  # points left blank for the signature and seal above the signer's name


def _pdf_signature(b: Block, cell, frame_width: float):
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    small = ParagraphStyle("recipients", parent=cell, fontSize=cell.fontSize - 1, leading=(cell.fontSize - 1) * 1.2,
                           alignment=TA_LEFT)
    left = [Paragraph(_xml(x), small) for x in b.left]
    gap = b.signature_gap if b.signature_gap is not None else len(b.right) - 1
    right = [Paragraph(_xml(x), cell) for x in b.right[:gap]]
    right += [Spacer(1, SIGNATURE_SPACE)] if gap else []
    right += [Paragraph(_xml(x), cell) for x in b.right[gap:]]
    table = Table([[left, right]], colWidths=[frame_width * 0.5, frame_width * 0.5])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _column_widths(rows: list[list[str]], frame_width: float, font: str, size: float) -> list[float]:
    """Every column as wide as its longest word (bold, as in the header) needs; the rest of
    the width shared by the length of each column's longest cell."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    ncols = max(len(r) for r in rows)
    cells = [[r[c] for r in rows if c < len(r)] for c in range(ncols)]
    least = [max(stringWidth(w, f"{font}-bold", size) for cell in col for w in (cell.split() or [""])) + 8
             for col in cells]
    weights = [min(max(len(x) for x in col), 60) for col in cells]
    spare = max(frame_width - sum(least), 0.0)
    return [lo + spare * w / sum(weights) for lo, w in zip(least, weights)]


def _pdf_table(b: Block, cell, frame_width: float):
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    body = ParagraphStyle("table-cell", parent=cell, alignment=TA_LEFT)
    data = []
    for r, row in enumerate(b.rows):
        style = cell if r == 0 else body
        data.append([Paragraph(f"<b>{_xml((Span(c),))}</b>" if r == 0 else _xml((Span(c),)), style) for c in row])
    commands = [("GRID", (0, 0), (-1, -1), 0.6, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for col, first, last in table_spans(b.rows):
        commands.append(("SPAN", (col, first), (col, last)))
        for r in range(first + 1, last + 1):
            data[r][col] = ""
    # rows are not split inside (reportlab's in-row split draws a spanned table wrongly): a
    # long table goes on on the next page under its repeated header row
    widths = _column_widths(b.rows, frame_width, cell.fontName, cell.fontSize)
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands))


def render_digital_pdf_bytes(text: str, *, body_font_size: float = BODY_FONT_SIZE,
                             title_font_size: float = TITLE_FONT_SIZE, page_numbers: bool = True) -> bytes:
    """A digital PDF (text layer, embedded font subset) of ``text``, as bytes."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    blocks = parse_markup(text)
    font = _font_family()
    buf = io.BytesIO()
    left, right = MARGINS_MM["left"] * MM, MARGINS_MM["right"] * MM
    top, bottom = MARGINS_MM["top"] * MM, MARGINS_MM["bottom"] * MM
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title="", author="", creator="vnplan fixtures", producer="vnplan fixtures",
        invariant=1,  # no creation date or random document id: byte-identical re-renders
    )

    def number_page(canvas, doc_) -> None:
        # Decree 30: page numbers centred in the top margin, from the second page on
        if not page_numbers or doc_.page == 1:
            return
        canvas.saveState()
        canvas.setFont(font, body_font_size)
        canvas.drawCentredString(left + doc.width / 2, A4[1] - 12 * MM, str(doc_.page))
        canvas.restoreState()

    # no frame padding: the text block starts exactly at the margins
    frame = Frame(left, bottom, doc.width, doc.height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=number_page)])
    doc.build(_pdf_story(blocks, body_font_size, title_font_size, doc.width))
    return buf.getvalue()


def render_digital_pdf(text: str, path: str | os.PathLike, *, body_font_size: float = BODY_FONT_SIZE,
                       title_font_size: float = TITLE_FONT_SIZE, page_numbers: bool = True) -> Path:
    data = render_digital_pdf_bytes(text, body_font_size=body_font_size,
                                    title_font_size=title_font_size, page_numbers=page_numbers)
    return _write(path, data)


def _write(path: str | os.PathLike, data: bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------------- DOCX

DOCX_FONT = "Times New Roman"  # what Word documents in the archives use; never embedded
_FIXED_TIMESTAMP = (1980, 1, 1, 0, 0, 0)  # the earliest a ZIP entry can carry


def render_docx_bytes(text: str, *, body_font_size: float = BODY_FONT_SIZE,
                      title_font_size: float = TITLE_FONT_SIZE) -> bytes:
    import datetime

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt

    align = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
             "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    normal = document.styles["Normal"]
    normal.font.name = DOCX_FONT
    normal.font.size = Pt(body_font_size)
    normal.paragraph_format.space_after = Pt(PARAGRAPH_SPACE_AFTER)

    def add_runs(paragraph, lines: list[Line], size: float | None = None) -> None:
        for i, line in enumerate(lines):
            if i:
                paragraph.runs[-1].add_break()
            for s in line:
                run = paragraph.add_run(s.text)
                run.bold = s.bold or None
                run.italic = s.italic or None
                if size:
                    run.font.size = Pt(size)

    pending_page_break = False
    for b in parse_markup(text):
        if b.kind == "page_break":
            pending_page_break = True
            continue
        if pending_page_break:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            pending_page_break = False
        if b.kind == "rule":
            # the short underline is a drawing in Word; a centred rule of dashes reads the same
            continue
        if b.kind == "header":
            table = document.add_table(rows=1, cols=2)  # default table style: no borders
            _set_column_widths(table, (Mm(70), Mm(90)))
            for column, lines in enumerate((b.left, b.right)):
                cell = table.cell(0, column)
                for i, line in enumerate(lines):
                    p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    p.paragraph_format.space_after = Pt(0)
                    add_runs(p, [line], body_font_size - 1)
            document.add_paragraph()
            continue
        if b.kind == "signature":
            table = document.add_table(rows=1, cols=2)
            _set_column_widths(table, (Mm(80), Mm(80)))
            for column, lines in enumerate((b.left, b.right)):
                cell = table.cell(0, column)
                for i, line in enumerate(lines):
                    p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if column == 0 else WD_ALIGN_PARAGRAPH.CENTER
                    p.paragraph_format.space_after = Pt(0)
                    gap = b.signature_gap if b.signature_gap is not None else len(lines) - 1
                    if column == 1 and i == gap and i:
                        p.paragraph_format.space_before = Pt(SIGNATURE_SPACE)
                    add_runs(p, [line], body_font_size - (2 if column == 0 else 1))
            continue
        if b.kind == "table":
            ncols = max(len(r) for r in b.rows)
            table = document.add_table(rows=len(b.rows), cols=ncols)
            table.style = document.styles["Table Grid"]
            for r, row in enumerate(b.rows):
                for c, value in enumerate(row):
                    p = table.cell(r, c).paragraphs[0]
                    p.paragraph_format.space_after = Pt(0)
                    run = p.add_run(value)
                    run.bold = True if r == 0 else None
                    run.font.size = Pt(body_font_size - 1)
            for col, first, last in table_spans(b.rows):
                top = table.cell(first, col)
                merged = top.merge(table.cell(last, col))
                # merging concatenates the cells' paragraphs: keep the first one's text only
                for extra in merged.paragraphs[1:]:
                    extra._element.getparent().remove(extra._element)
            document.add_paragraph()
            continue
        p = document.add_paragraph()
        p.alignment = align[b.align]
        if b.align == "justify":
            p.paragraph_format.first_line_indent = Mm(10)
        size = title_font_size if b.role in ("type", "title") else None
        add_runs(p, b.lines, size)

    fixed = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
    props = document.core_properties
    props.author = props.last_modified_by = "vnplan fixtures"
    props.created = props.modified = props.last_printed = fixed
    props.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    return _normalize_zip(buf.getvalue())


def _set_column_widths(table, widths) -> None:
    """Column widths as Word writes them: the grid (w:tblGrid/w:gridCol, what LibreOffice lays a
    table out by) and every cell's w:tcW agree.  python-docx's add_table splits the grid evenly;
    setting only the cells' widths left a 70/90 mm letterhead on an 80/80 mm grid, which Word
    and LibreOffice resolve differently."""
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def _normalize_zip(data: bytes) -> bytes:
    """python-docx stamps every ZIP entry with the current time; fix it for stable bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIMESTAMP)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render_docx(text: str, path: str | os.PathLike, **kwargs) -> Path:
    return _write(path, render_docx_bytes(text, **kwargs))


# ------------------------------------------------------------------------------ scanned PDF


@dataclass(frozen=True)
class Degradation:
    """What a scanner and a photocopier did to one page."""

    level: str
    angle: float  # degrees, counter-clockwise
    blur_radius: float  # Gaussian blur, pixels at the rendering dpi
    noise_sigma: float  # grey levels of additive Gaussian noise
    specks: int  # dark dust specks
    jpeg_quality: int


# level -> (|angle| range, blur range, noise range, specks range, JPEG quality)
DEGRADATION_LEVELS: dict[str, tuple[tuple[float, float], tuple[float, float], tuple[float, float],
                                    tuple[int, int], int]] = {
    "clean": ((0.0, 0.0), (0.0, 0.0), (0.0, 0.0), (0, 0), 75),
    "mild": ((0.5, 1.5), (0.3, 0.7), (4.0, 8.0), (0, 0), 60),
    "heavy": ((1.0, 2.5), (0.9, 1.4), (12.0, 20.0), (150, 400), 40),
}


def degradation_for(level: str, seed: int, page_index: int) -> Degradation:
    """The page's parameters, drawn from a generator seeded by (seed, page): deterministic,
    and a page's look does not change when pages are added after it."""
    if level not in DEGRADATION_LEVELS:
        raise ValueError(f"unknown degradation {level!r}; use one of {', '.join(DEGRADATION_LEVELS)}")
    (a0, a1), (b0, b1), (n0, n1), (s0, s1), quality = DEGRADATION_LEVELS[level]
    rng = random.Random(f"{level}:{seed}:{page_index}")
    angle = rng.uniform(a0, a1) * rng.choice((-1, 1))
    return Degradation(level, round(angle, 3), round(rng.uniform(b0, b1), 3), round(rng.uniform(n0, n1), 2),
                       rng.randint(s0, s1), quality)


def render_pages(pdf_bytes: bytes, dpi: int = 300) -> list:
    """PDF pages as greyscale PIL images at ``dpi``."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def degrade(image, params: Degradation, seed: int, page_index: int):
    """Apply ``params`` to a greyscale page; the noise field is seeded too."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    img = image.convert("L")
    if params.angle:
        img = img.rotate(params.angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if params.blur_radius:
        img = img.filter(ImageFilter.GaussianBlur(params.blur_radius))
    rng = np.random.default_rng([seed, page_index, len(params.level)])
    if params.specks:
        draw = ImageDraw.Draw(img)
        xs = rng.integers(0, img.width, params.specks)
        ys = rng.integers(0, img.height, params.specks)
        rs = rng.integers(1, 4, params.specks)
        for x, y, r in zip(xs.tolist(), ys.tolist(), rs.tolist()):
            draw.ellipse((x - r, y - r, x + r, y + r), fill=int(rng.integers(0, 90)))
    if params.noise_sigma:
        pixels = np.asarray(img, dtype=np.float32)
        if params.level == "heavy":
            # photocopied paper: greyish background, ink not quite black
            pixels = 30 + pixels * (225 / 255)
        pixels += rng.normal(0.0, params.noise_sigma, pixels.shape).astype(np.float32)
        img = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    # the JPEG round trip is part of the damage: PNGs given to Tesseract carry it too
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=params.jpeg_quality, optimize=False)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    out.info["jpeg_bytes"] = buf.getvalue()
    return out


def render_scan_images(text: str, *, degradation: str = "mild", dpi: int = 300, seed: int = 0) -> list:
    """The scanned pages of ``text`` as greyscale PIL images (``info['jpeg_bytes']`` holds the
    JPEG stream the scan PDF embeds; ``info['degradation']`` the page's parameters)."""
    clean = render_pages(render_digital_pdf_bytes(text), dpi)
    pages = []
    for i, page in enumerate(clean):
        params = degradation_for(degradation, seed, i)
        img = degrade(page, params, seed, i)
        img.info["degradation"] = params
        img.info["dpi"] = (dpi, dpi)
        pages.append(img)
    return pages


def scan_pdf_bytes(pages: list, dpi: int = 300) -> bytes:
    """An image-only PDF: one JPEG per page, embedded as is (no re-encoding), page size from
    the pixel size and ``dpi``."""
    from reportlab import rl_config

    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary JPEG streams: ASCII85 would add a quarter to the size
    try:
        return _scan_pdf_bytes(pages, dpi)
    finally:
        rl_config.useA85 = saved_a85


def _scan_pdf_bytes(pages: list, dpi: int) -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    # a TrueType initial font: reportlab then sets no font in the page preamble, so the
    # scan carries no font resource at all, like a scanner's PDF
    canvas = Canvas(buf, invariant=1, pageCompression=0, initialFontName=_font_family())
    canvas.setCreator("vnplan fixtures")
    canvas.setProducer("vnplan fixtures")
    for page in pages:
        width, height = page.width * 72 / dpi, page.height * 72 / dpi
        canvas.setPageSize((width, height))
        jpeg = page.info.get("jpeg_bytes")
        if jpeg is None:
            tmp = io.BytesIO()
            page.convert("L").save(tmp, "JPEG", quality=90)
            jpeg = tmp.getvalue()
        canvas.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width, height)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def render_scan_pdf(text: str, path: str | os.PathLike, *, degradation: str = "mild", dpi: int = 300,
                    seed: int = 0) -> Path:
    pages = render_scan_images(text, degradation=degradation, dpi=dpi, seed=seed)
    return _write(path, scan_pdf_bytes(pages, dpi))


# --------------------------------------------------------------------------- batch rendering


@dataclass
class RenderedFixture:
    source: Path
    path: Path
    kind: str  # "digital" | "docx" | "scan-<level>"
    pages: int | None
    size_bytes: int
    seconds: float


FIXTURE_SUFFIXES = {"digital": ".digital.pdf", "docx": ".docx"}


def fixture_name(stem: str, kind: str) -> str:
    """``<stem>.digital.pdf``, ``<stem>.docx``, ``<stem>.scan-mild.pdf``: never the same
    stem as the ``.txt`` it comes from, because outputs are named by input stem."""
    return stem + FIXTURE_SUFFIXES.get(kind, f".{kind}.pdf")


def render_fixture(source: str | os.PathLike, out_dir: str | os.PathLike, kind: str, *,
                   seed: int = 0, dpi: int = 300) -> RenderedFixture:
    source = Path(source)
    text = source.read_text(encoding="utf-8")
    path = Path(out_dir) / fixture_name(source.stem, kind)
    started = time.perf_counter()
    pages: int | None
    if kind == "digital":
        data = render_digital_pdf_bytes(text)
        pages = _pdf_page_count(data)
    elif kind == "docx":
        data = render_docx_bytes(text)
        pages = None
    elif kind.startswith("scan-"):
        images = render_scan_images(text, degradation=kind.removeprefix("scan-"), dpi=dpi, seed=seed)
        data = scan_pdf_bytes(images, dpi)
        pages = len(images)
    else:
        raise ValueError(f"unknown fixture kind {kind!r}")
    _write(path, data)
    return RenderedFixture(source, path, kind, pages, len(data), time.perf_counter() - started)


def _pdf_page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()
