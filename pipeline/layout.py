"""Page layout from placed words: lines, two-column blocks, wrapped lines and tables → the page
text in the conventions the recognizers read, with every word keeping its box.

A reader that knows where each word is and how it is set (a PDF text layer) gives
:func:`analyse_page` its words with their style and the page's ruling segments; the page is
then

* cut into *segments*: runs of words on one line with no wide gap between them (the issuer and
  the national motto printed side by side are two segments of one line);
* ruled tables found (``tables.grid_tables``) and their words taken into cells;
* read top to bottom, except that a *two-column block* — lines whose segments sit on both sides
  of one gap, as the header and the signature block of Decree 30/2020 are printed — is read
  column by column: left column lines, then right column lines;
* a line that *had to wrap* (the next line's first word would not have fitted after it) in the
  same style (bold, italic, size), at the usual line pitch, goes on on the same text line: a
  bold heading set on two lines ("IV. TỔ CHỨC" / "THỰC HIỆN") is one line, as a crawled text
  writes it;
* a table row is one ``a | b | c`` line (``tables.Row.line``).

:func:`compose_page` writes the text and returns the words (offsets into that text) and the
:class:`~pipeline.models.LayoutLine` s.
"""

from __future__ import annotations

import bisect
import itertools
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from .models import Box, LayoutLine, Word
from .tables import Table, build_table, glued_break, grid_tables, is_layout_table

# a horizontal gap wider than this many font sizes separates two columns, not two words
COLUMN_GAP = 2.5
# lines further apart than this many usual line pitches are different paragraphs
PARAGRAPH_PITCH = 1.18
# a two-column block goes on over a line gap of at most this many font sizes
COLUMN_BLOCK_GAP = 2.6
# the body's line pitch is the smallest step between lines that this share of them take at least
LINE_PITCH_SHARE = 0.2
# the word gaps of a justified line differ by at most this many font sizes (the stretch is
# shared out evenly over its spaces; a bold space is a little wider than a plain one)
JUSTIFIED_GAP_SPREAD = 0.3
# a plain word space, in font sizes (Times New Roman's is 0.25 em)
SPACE = 0.25
# word gaps wider than this many font sizes are not a wrapped line's justification (which
# widens the spaces of a line by at most the width of the word that did not fit, shared out)
STRETCHED_GAP = 1.0
# a justified line ends this close (font sizes) to the right edge of the text
JUSTIFIED_EDGE = 0.6

# A line that starts a new item whatever the line before it: bullets, "1.", "a)", "IV.", "Điều 3".
_ITEM_START = regex.compile(
    r"""^(?: [-+•–*]\s?
      | \(?[a-zđ]\)\s
      | \(?\d+(?:\.\d+)*[.)]\s?
      | [IVXLC]+[.)]\s
      | (?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+
    )""",
    regex.VERBOSE,
)
_BULLET = regex.compile(r"^[-+•–]")
_PAGE_NUMBER = regex.compile(r"^[-–\s]*(?:Trang\s*)?\d{1,4}[-–\s]*$")


# (bold, italic, size, baseline) of the character with the given reader index; size and
# baseline only when the second argument asks for them
Styler = Callable[[int, bool], tuple[bool, bool, float, float]]


@dataclass
class Segment:
    words: list[Word]
    indices: list[int]  # the reader's handle on each word's first character (style look-ups)
    column: int = 0
    box: Box = (0.0, 0.0, 0.0, 0.0)
    bold: bool = False
    italic: bool = False
    size: float = 0.0
    baseline: float = 0.0
    frame: tuple[float, float] | None = None  # x-extent of its column in a two-column block

    def restyle(self, style: Styler) -> None:
        # a line's style is its first and last word's (a look-up a word would cost a third of
        # the reading time, and a line rarely changes style in the middle)
        bold, italic, self.size, self.baseline = style(self.indices[0], True)
        if len(self.indices) > 1:
            last = style(self.indices[-1], False)
            bold, italic = bold and last[0], italic and last[1]
        self.bold, self.italic = bold, italic

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def middle(self) -> float:
        return (self.box[1] + self.box[3]) / 2


@dataclass
class PageLayout:
    segments: list[Segment]
    tables: list[Table] = field(default_factory=list)
    width: float = 0.0
    _order: list[Segment] | None = None

    @property
    def order(self) -> list[Segment]:
        """The segments in reading order (worked out once)."""
        if self._order is None:
            self._order = reading_order(self.segments)
        return self._order


# ------------------------------------------------------------------------------- analysis


def analyse_page(words: list[Word], indices: list[int], rulings: list[tuple[float, float, float, float]],
                 width: float, style: Styler | None = None) -> PageLayout:
    """``words`` in the text layer's order, ``indices`` the reader's handle on each one's first
    character (given to ``style``), ``rulings`` the page's thin strokes (table rules)."""
    tables: list[Table] = []
    if rulings:
        for cell_boxes in grid_tables(rulings):
            table, outside = build_table(cell_boxes, words)
            if not table.rows or is_layout_table([r.texts for r in table.rows]):
                continue  # a ruled header or signature block is read as its columns
            keep = {id(w) for w in outside}
            indices = [k for w, k in zip(words, indices) if id(w) in keep]
            words = [w for w in words if id(w) in keep]
            tables.append(table)
    segments = _segments(words, indices)
    if style is not None:
        for segment in segments:
            segment.restyle(style)
    return PageLayout(segments, tables, width)


def _segments(words: list[Word], indices: list[int]) -> list[Segment]:
    """Words (in the text layer's order) → segments: a new one where a word leaves the line
    of the word before (its middle moves by half a word height, or it goes back left), or
    stands further from it than ``COLUMN_GAP`` word heights (the font size is about the
    height of a word's box).  Vectorized: this runs on every word of every page."""
    import numpy as np

    if not words:
        return []
    flat = np.fromiter(itertools.chain.from_iterable([w.box for w in words]), np.float64, 4 * len(words))
    x0, top, x1, bottom = flat.reshape(-1, 4).T
    mid = (top + bottom) / 2
    height = np.maximum(bottom - top, 1.0)
    pair_height = np.maximum(height[1:], height[:-1])
    new_line = (np.abs(mid[1:] - mid[:-1]) > pair_height * 0.5) | (x0[1:] < x0[:-1])
    gap = x0[1:] - x1[:-1]
    wide_gap = gap > COLUMN_GAP * pair_height
    if wide_gap.any():
        _keep_justified_lines(wide_gap, new_line, gap, pair_height, x1)
    starts = np.concatenate(([0], np.flatnonzero(new_line | wide_gap) + 1))
    ends = np.concatenate((starts[1:], [len(words)]))
    tops = np.minimum.reduceat(top, starts)
    bottoms = np.maximum.reduceat(bottom, starts)
    segments = []
    for a, b, t, btm in zip(starts.tolist(), ends.tolist(), tops.tolist(), bottoms.tolist()):
        seg = Segment(words[a:b], indices[a:b])
        seg.box = (words[a].box[0], t, words[b - 1].box[2], btm)
        seg.baseline = btm
        segments.append(seg)
    return segments


def _keep_justified_lines(wide_gap, new_line, gap, pair_height, x1) -> None:
    """Clear ``wide_gap`` on the printed lines that are a justified line stretched by the word
    processor, not columns: a paragraph line ending in a manual line break ("Thực hiện Quyết
    định số" / "I. MỤC") is spread by Word and LibreOffice over the whole line, its few word gaps
    all widened alike.  Such a line ends at the right edge of the text and its gaps are all
    wide and equal; a line of two columns has ordinary word gaps beside its wide one (or
    stops short of the right edge)."""
    import numpy as np

    right_edge = float(x1.max())
    line_starts = np.concatenate(([0], np.flatnonzero(new_line) + 1))  # word indices
    line_ends = np.concatenate((line_starts[1:], [len(x1)]))
    for a, b in zip(line_starts.tolist(), line_ends.tolist()):
        # the gaps between the words a..b-1 are gap[a:b-1]
        if b - a < 2 or not wide_gap[a:b - 1].any():
            continue
        gaps, heights = gap[a:b - 1], pair_height[a:b - 1]
        size = float(np.median(heights))
        if float(gaps.max() - gaps.min()) > JUSTIFIED_GAP_SPREAD * size:
            continue
        if float(x1[b - 1]) < right_edge - JUSTIFIED_EDGE * size:
            continue
        wide_gap[a:b - 1] = False


def _is_page_number(s: Segment) -> bool:
    return len(s.words) <= 3 and bool(_PAGE_NUMBER.match(s.text))


def text_frame(layouts: list[PageLayout]) -> tuple[float, float] | None:
    """Left and right edge of the body text over pages of one size: where full lines start
    and end (a landscape annex has its own)."""
    body = [s for lay in layouts for s in lay.segments if not _is_page_number(s)]
    lefts = [s.box[0] for s in body]
    rights = [s.box[2] for s in body]
    if not lefts:
        return None
    return min(lefts), max(rights)


# ------------------------------------------------------------------------------ reading order


def _rows(segments: list[Segment]) -> list[list[Segment]]:
    """Segments grouped into printed lines (same height on the page), top to bottom."""
    rows: list[list[Segment]] = []
    for s in sorted(segments, key=lambda s: (s.middle, s.box[0])):
        if rows:
            ref = rows[-1][0]
            if abs(s.middle - ref.middle) <= max(ref.box[3] - ref.box[1], 1.0) * 0.5:
                rows[-1].append(s)
                continue
        rows.append([s])
    for row in rows:
        row.sort(key=lambda s: s.box[0])
    return rows


def _split_of(row: list[Segment]) -> tuple[float, float] | None:
    """The gap (x from, x to) between the two columns of a line of two or more segments: the
    widest gap ("Số:   /KH-UBND      Ninh Bình, ngày    tháng 11" splits before the place)."""
    if len(row) < 2:
        return None
    k = max(range(1, len(row)), key=lambda i: row[i].box[0] - row[i - 1].box[2])
    return row[k - 1].box[2], row[k].box[0]


def reading_order(segments: list[Segment]) -> list[Segment]:
    """Segments in reading order: top to bottom, two-column blocks column by column.  Sets
    ``column`` (1 left, 2 right) on the segments of a two-column block."""
    rows = _rows(segments)
    out: list[Segment] = []
    i = 0
    while i < len(rows):
        split = _split_of(rows[i])
        if split is None:
            out.extend(rows[i])
            i += 1
            continue
        # a block: two-segment lines sharing a gap, and single segments on one side of it
        lo, hi = split
        block = [rows[i]]
        j = i + 1
        while j < len(rows):
            row = rows[j]
            prev_bottom = max(s.box[3] for s in block[-1])
            size = max(s.size for s in row) or 10.0
            if row[0].box[1] - prev_bottom > COLUMN_BLOCK_GAP * size:
                break
            s2 = _split_of(row)
            if s2 is not None and s2[0] < hi and s2[1] > lo:
                lo, hi = max(lo, s2[0]), min(hi, s2[1])
            # a line alone joins the column it stands in: left of the gap's right edge, or
            # starting right of the gap's middle — a centred line just below a letterhead
            # ("KẾ HOẠCH" under the place-date) starts inside the gap's left half and belongs to
            # neither column: it ends the block
            elif all(x.box[2] <= hi for x in row) or all(x.box[0] >= (lo + hi) / 2 for x in row):
                pass
            else:
                break
            block.append(row)
            j += 1
        mid = (lo + hi) / 2
        left = [s for row in block for s in row if s.box[0] < mid]
        right = [s for row in block for s in row if s.box[0] >= mid]
        for column, group in ((1, left), (2, right)):
            if not group:
                continue
            frame = (min(s.box[0] for s in group), max(s.box[2] for s in group))
            for s in group:
                s.column, s.frame = column, frame
        out.extend(left)
        out.extend(right)
        i = j
    return out


# --------------------------------------------------------------------------- wrapped lines


def _forced_wrap(a: Segment, b: Segment, frame: tuple[float, float]) -> bool:
    """Did ``a`` end because ``b``'s first word would not fit after it?"""
    fx0, fx1 = frame
    size = a.size or 10.0
    first = b.words[0].box
    need = (first[2] - first[0]) + SPACE * size  # the word and a space
    tolerance = 0.5 * size
    right = _natural_right(a, size)
    if a.column:
        return right + need > fx1 - tolerance
    middle = (a.box[0] + a.box[2]) / 2
    centred = abs(middle - (fx0 + fx1) / 2) <= 0.04 * (fx1 - fx0) and a.box[0] > fx0 + size and a.box[2] < fx1 - size
    if centred:
        return (right - a.box[0]) + need > (fx1 - fx0) - tolerance
    return right + need > fx1 - tolerance


def _natural_right(a: Segment, size: float) -> float:
    """Where ``a`` would end set with plain word spaces.  A line a word processor stretched
    over the text width because it ends in a manual line break ("KT. CHỦ TỊCH" / "PHÓ CHỦ
    TỊCH", "7. Cục Thống kê tỉnh" / "Phối hợp với …" set in a justified paragraph: Word and
    LibreOffice stretch such lines) reaches the right margin like a line that wrapped, but the
    next word would have fitted in its stretch: it was broken on purpose, as a crawled text
    keeps it (a heading broken so is joined again from the text, as in a crawl)."""
    words = a.words
    if len(words) < 2:
        return a.box[2]
    gaps = [w.box[0] - v.box[2] for v, w in itertools.pairwise(words)]
    if statistics.median(gaps) <= STRETCHED_GAP * size:
        return a.box[2]  # ordinary justified spacing: the line is where it is printed
    ink = sum(w.box[2] - w.box[0] for w in words)
    return a.box[0] + ink + SPACE * size * (len(words) - 1)


def join_wrapped(order: list[Segment], frame: tuple[float, float] | None, pitch: float | None) -> list[list[Segment]]:
    """Text lines: runs of segments where each one wrapped into the next in the same style."""
    out: list[list[Segment]] = []
    for s in order:
        if out and (_same_line(out[-1][-1], s) or frame and pitch and _continues(out[-1], s, frame, pitch)):
            out[-1].append(s)
        else:
            out.append([s])
    return out


def _same_line(a: Segment, b: Segment) -> bool:
    """Two pieces of one printed line in the same column ("Số:" and "/KH-UBND" around a
    blank number)."""
    return a.column == b.column and b.box[0] > a.box[2] and abs(a.baseline - b.baseline) <= 0.3 * (a.size or 10.0)


def _continues(group: list[Segment], b: Segment, frame: tuple[float, float], pitch: float) -> bool:
    a = group[-1]
    if a.column or b.column:
        # In a column, centred lines (issuer, motto, signer) are set line by line on purpose;
        # a list item (a recipient) that had to wrap goes on on the next line.
        if a.column != b.column or a.frame is None or a.frame != b.frame:
            return False
        if not _BULLET.match(group[0].words[0].text) or abs(a.box[0] - a.frame[0]) > 2 and len(group) == 1:
            return False
        frame = (a.frame[0], a.frame[1])
    if (a.bold, a.italic) != (b.bold, b.italic) or abs(a.size - b.size) > 0.6:
        return False
    if not 0 < b.baseline - a.baseline <= pitch * PARAGRAPH_PITCH:
        return False
    if not _forced_wrap(a, b, frame) or _is_page_number(a):
        return False
    return not _ITEM_START.match(" ".join(w.text for w in b.words[:2]))


def line_pitch(order: list[Segment]) -> float | None:
    """The usual distance between the baselines of successive lines of the body."""
    # (between lines of the body's size: a list set smaller, the recipients, has its own)
    body = statistics.mode(round(s.size) for s in order) if order else 0
    steps = sorted(b.baseline - a.baseline for a, b in itertools.pairwise(order)
                   if not a.column and not b.column and 0 < b.baseline - a.baseline < 3 * max(a.size, 1.0)
                   and round(a.size) == round(b.size) == body)
    if not steps:
        return None
    # the step inside a paragraph, the smallest one lines often take: on a page of short
    # paragraphs the step between paragraphs (their spacing added) is the more common one, and
    # a paragraph's last line would read as wrapping into the next paragraph's first
    enough = max(3, LINE_PITCH_SHARE * len(steps))
    for k, step in enumerate(steps):
        close = steps[k:bisect.bisect_right(steps, step * 1.06)]
        if len(close) >= enough:
            return statistics.median(close)
    return statistics.median(steps)


# ---------------------------------------------------------------------------------- text


def compose_page(layout: PageLayout, frame: tuple[float, float] | None, pitch: float | None = None,
                 text: str | None = None) -> tuple[str, list[Word], list[LayoutLine]]:
    """The page's text, its words (offsets into it) and its layout lines.  ``text`` is the text
    the words' offsets point into: when the reading order is that text's order and there is no
    table, it is kept and only the line breaks of wrapped lines become spaces (same offsets)."""
    order = layout.order
    pitch = pitch or line_pitch(order)
    groups = join_wrapped(order, frame, pitch)
    opening = _paragraph_starts(groups, pitch)
    if text is not None and not layout.tables and not opening and _in_text_order(order):
        return _join_in_place(text, groups, frame)
    # tables take their place by their top edge, among the text lines
    items: list[tuple[float, int, object]] = []
    for k, g in enumerate(groups):
        items.append((g[0].box[1], 0, g))
    if layout.tables:
        items = _place_tables(items, layout.tables)
    parts: list[str] = []
    words: list[Word] = []
    lines: list[LayoutLine] = []
    pos = 0
    for _, kind, item in items:
        if kind == 0 and id(item) in opening and parts:
            lines.append(LayoutLine(pos, pos))
            parts.append("")
            pos += 1
        if kind == 0:
            text, line_words = _group_text(item, pos)
            segs = item
            box = (min(s.box[0] for s in segs), min(s.box[1] for s in segs),
                   max(s.box[2] for s in segs), max(s.box[3] for s in segs))
            first = segs[0]
            lines.append(LayoutLine(pos, pos + len(text), box, bold=first.bold, italic=first.italic,
                                    size=first.size, align=_alignment(segs, frame),
                                    indent=round(first.box[0] - frame[0], 1) if frame else None,
                                    column=first.column))
            words.extend(line_words)
            parts.append(text)
            pos += len(text) + 1
        else:
            t_index, table = item
            for r_index, row in enumerate(table.rows):
                text = row.line()
                words.extend(_place_words(text, pos, [w for c in row.cells for w in c.words]))
                lines.append(LayoutLine(pos, pos + len(text), row.box, table=t_index, row=r_index))
                parts.append(text)
                pos += len(text) + 1
    return "\n".join(parts), words, lines


def _paragraph_starts(groups: list[list[Segment]], pitch: float | None) -> set[int]:
    """Ids of the text lines set further below the line before than the body's line pitch
    allows inside a paragraph (the space a paragraph leaves after it): they open a paragraph,
    written after a blank line as texts write it — normalization takes a single line break for
    a wrapped line ("3. Sở Văn hóa, Thể thao và Du lịch" / "Chủ trì, phối hợp …" ran into one
    heading).  Not inside a two-column block, whose lines are read column by column."""
    if not pitch:
        return set()
    out = set()
    for a, b in itertools.pairwise(groups):
        last, first = a[-1], b[0]
        if last.column or first.column:
            continue
        if b[0].baseline - last.baseline > pitch * PARAGRAPH_PITCH:
            out.add(id(b))
    return out


def _in_text_order(order: list[Segment]) -> bool:
    last = -1
    for s in order:
        if s.words[0].start < last:
            return False
        last = s.words[-1].end
    return True


def _join_in_place(text: str, groups: list[list[Segment]],
                   frame: tuple[float, float] | None) -> tuple[str, list[Word], list[LayoutLine]]:
    chars = list(text) if any(len(g) > 1 for g in groups) else None
    words: list[Word] = []
    lines: list[LayoutLine] = []
    for g in groups:
        for a, b in itertools.pairwise(g):
            # a break inside a symbol or range ("2026-" | "2031") is no space; the normalizer
            # removes the zero-width space that keeps the text's offsets
            joint = "\u200b" if glued_break(a.words, b.words[0], None) else " "
            for k in range(a.words[-1].end, b.words[0].start):
                if chars[k] == "\n":
                    chars[k] = joint
        first = g[0]
        start, end = first.words[0].start, g[-1].words[-1].end
        box = (min(s.box[0] for s in g), min(s.box[1] for s in g), max(s.box[2] for s in g), max(s.box[3] for s in g))
        lines.append(LayoutLine(start, end, box, bold=first.bold, italic=first.italic, size=first.size,
                                align=_alignment(g, frame),
                                indent=round(first.box[0] - frame[0], 1) if frame else None, column=first.column))
        for s in g:
            words.extend(s.words)
    return ("".join(chars) if chars is not None else text), words, lines


def _place_tables(items: list, tables: list[Table]) -> list:
    placed = list(items)
    for t_index, table in enumerate(tables):
        top = table.box[1] if table.box else 0.0
        placed.append((top, 1, (t_index, table)))
    placed.sort(key=lambda it: (it[0], it[1]))
    # keep the reading order of text groups (columns) by only moving tables
    text_items = [it for it in items]
    out: list = []
    ti = 0
    table_items = sorted([it for it in placed if it[1] == 1], key=lambda it: it[0])
    for it in text_items:
        while ti < len(table_items) and table_items[ti][0] <= it[0]:
            out.append(table_items[ti])
            ti += 1
        out.append(it)
    out.extend(table_items[ti:])
    return out


def _group_text(group: list[Segment], base: int) -> tuple[str, list[Word]]:
    words: list[Word] = []
    parts: list[str] = []
    pos = base
    previous: Word | None = None
    line_before: list[Word] | None = None
    for s in group:
        for w in s.words:
            # the two halves of a word broken after a line-end hyphen ("NĐ-" / "CP") touch in
            # the text layer, and a break inside a symbol or range ("2026-" / "2031") is no
            # space either
            touching = w.start == previous.end and previous.text.endswith("-") if previous else False
            inside_token = line_before is not None and w is s.words[0] and glued_break(line_before, w, None)
            if previous is not None and not touching and not inside_token:
                parts.append(" ")
                pos += 1
            words.append(Word(w.text, pos, pos + len(w.text), w.box, w.conf))
            parts.append(w.text)
            pos += len(w.text)
            previous = w
        line_before = s.words
    return "".join(parts), words


def _place_words(text: str, base: int, cell_words: list[Word]) -> list[Word]:
    """Words of a table row placed in its line, in order (a row's text is its cells' words)."""
    out: list[Word] = []
    cursor = 0
    for w in cell_words:
        at = text.find(w.text, cursor)
        if at < 0:
            continue
        out.append(Word(w.text, base + at, base + at + len(w.text), w.box, w.conf))
        cursor = at + len(w.text)
    return out


def _alignment(segs: list[Segment], frame: tuple[float, float] | None) -> str | None:
    if not frame:
        return None
    fx0, fx1 = frame
    box = (min(s.box[0] for s in segs), max(s.box[2] for s in segs))
    size = segs[0].size or 10.0
    left_edge = abs(box[0] - fx0) <= size * 0.5
    right_edge = abs(box[1] - fx1) <= size * 0.5
    if left_edge and right_edge:
        return "justify"
    if abs((box[0] + box[1]) / 2 - (fx0 + fx1) / 2) <= size and not left_edge:
        return "center"
    if right_edge:
        return "right"
    return "left"
