"""One row model for every table the readers meet: crawled ``|`` tables, DOCX tables,
digital-PDF tables (ruling lines) and tables on scanned pages (ruling lines found in the image).

A :class:`Table` is rows of :class:`Cell` s; a cell has its text, its box (when the reader placed
it) and the label of its column (the header row's cell above it).  A cell merged over several
rows or columns is one cell with a span, repeated in every row it covers, so each row reads as
complete ("Sở Nội vụ" merged over three tasks leads each of them).  Readers write a row as one
``a | b | c`` line — the convention the task-table reader in ``assignments`` and the row-lead
rule in ``deadlines`` already read in crawled texts.

Grids come from ruling lines: ``grid_tables`` turns horizontal and vertical segments (PDF path
objects, or lines found with OpenCV in a scan) into cell boxes with pdfplumber's table finder
(its edges → intersections → cells → tables functions), then words are put in the cell that
holds their centre.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from .models import Box, Word

# ruling segments closer than this (points) are the same line; gaps shorter than this are joined
SNAP_TOLERANCE = 3.0
JOIN_TOLERANCE = 3.0
MIN_RULE_LENGTH = 8.0  # points: shorter strokes are glyph parts, underlines of letters, specks
MIN_CELL_SIZE = 6.0  # points: a "cell" thinner than this is a double rule, not a cell
SEPARATOR = " | "
EMPTY_LEAD_CELL = "·"  # an empty first cell (no row number read) keeps its place in the row


@dataclass
class Cell:
    text: str
    box: Box | None = None
    row: int = 0  # grid position of its top-left corner
    col: int = 0
    row_span: int = 1
    col_span: int = 1
    header: str | None = None  # label of its column
    words: list[Word] = field(default_factory=list)  # boxes on the page (offsets unused)


@dataclass
class Row:
    cells: list[Cell]  # one a column; a merged cell appears in every row and column it covers
    box: Box | None = None
    continued: bool = False  # the row goes on from the previous page's last row

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    def line(self) -> str:
        """The row as one line, cells separated by `` | `` (a cell's own ``|`` becomes ``/``).
        An empty first cell is written ``EMPTY_LEAD_CELL``: a line starting with "|" loses
        its first cell to the normalizer (a crawled table's edge), and every column after it
        would move one place left."""
        texts = [" ".join(c.text.replace("|", "/").split()) for c in self.cells]
        if texts and not texts[0]:
            texts[0] = EMPTY_LEAD_CELL
        return SEPARATOR.join(texts)


@dataclass
class Table:
    rows: list[Row]
    box: Box | None = None
    columns: list[tuple[float, float]] = field(default_factory=list)  # x-extent of each column
    labels: list[str] = field(default_factory=list)  # the header row's texts (kept on later pages)

    @property
    def header(self) -> list[str]:
        return self.labels or (self.rows[0].texts if self.rows else [])

    def label_columns(self) -> None:
        """Give every cell the header row's label of its column."""
        labels = self.labels = self.header
        for row in self.rows[1:]:
            for k, cell in enumerate(row.cells):
                if k < len(labels) and labels[k]:
                    cell.header = labels[k]


# What only the two-column layout tables of Decree 30/2020 hold: the number line, the place
# and date, the national motto, the recipients, a signing authority.
LAYOUT_CELL = re.compile(r"^\s*Số\s*:|ngày\s.{0,12}tháng\s.{0,12}năm|CỘNG\s+H[OÒ]A\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do"
                         r"|^(KT|TM|TL|Q)\.|^\s*Nơi\s+nhận", re.IGNORECASE)
LAYOUT_MAX_ROWS = 4


def is_layout_table(rows: list[list[str]]) -> bool:
    """A table that lays out the header (issuer | motto, place and date) or the signature
    (recipients | signer): at most two columns with text, a few rows, and a cell that only
    those blocks hold.  Its cells are read column by column, not as rows."""
    if not rows or len(rows) > LAYOUT_MAX_ROWS:
        return False
    ncols = max(len(r) for r in rows)
    used = sum(1 for c in range(ncols) if any(c < len(r) and r[c].strip() for r in rows))
    return used <= 2 and any(LAYOUT_CELL.search(line) for r in rows for cell in r for line in cell.split("\n"))


# ----------------------------------------------------------------------- grids from rulings

Segment = tuple[float, float, float, float]  # x0, top, x1, bottom (a thin box)


def grid_tables(segments: list[Segment]) -> list[list[Box]]:
    """Cell boxes of each ruled table drawn by ``segments`` (thin boxes: a horizontal rule is
    wide and flat, a vertical one tall and narrow), top to bottom."""
    from pdfplumber.table import (
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
        merge_edges,
    )

    edges = []
    for x0, top, x1, bottom in segments:
        width, height = x1 - x0, bottom - top
        if width >= MIN_RULE_LENGTH and height <= SNAP_TOLERANCE:
            y = (top + bottom) / 2
            edges.append({"x0": x0, "x1": x1, "top": y, "bottom": y, "width": width, "height": 0,
                          "orientation": "h", "object_type": "line"})
        elif height >= MIN_RULE_LENGTH and width <= SNAP_TOLERANCE:
            x = (x0 + x1) / 2
            edges.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0, "height": height,
                          "orientation": "v", "object_type": "line"})
    if sum(e["orientation"] == "h" for e in edges) < 2 or sum(e["orientation"] == "v" for e in edges) < 2:
        return []
    edges = merge_edges(edges, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE, JOIN_TOLERANCE)
    cells = intersections_to_cells(edges_to_intersections(edges, SNAP_TOLERANCE, SNAP_TOLERANCE))
    cells = [c for c in cells if c[2] - c[0] >= MIN_CELL_SIZE and c[3] - c[1] >= MIN_CELL_SIZE]
    tables = [t for t in cells_to_tables(cells) if len(t) >= 2]
    return sorted(tables, key=lambda t: (min(c[1] for c in t), min(c[0] for c in t)))


def _bands(values: list[float], tolerance: float = SNAP_TOLERANCE) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _band_index(bands: list[float], value: float) -> int:
    return min(range(len(bands)), key=lambda i: abs(bands[i] - value))


def build_table(cell_boxes: list[Box], words: list[Word]) -> tuple[Table, list[Word]]:
    """The table of a grid's cell boxes, with ``words`` put in the cells holding their
    centres; returns the table and the words that fell outside it."""
    tops = _bands([b[1] for b in cell_boxes])
    lefts = _bands([b[0] for b in cell_boxes])
    bottoms = _bands([b[3] for b in cell_boxes])
    rights = _bands([b[2] for b in cell_boxes])
    grid: dict[tuple[int, int], Cell] = {}
    cells: list[Cell] = []
    for box in sorted(cell_boxes, key=lambda b: (b[1], b[0])):
        r, c = _band_index(tops, box[1]), _band_index(lefts, box[0])
        r_end = _band_index(bottoms, box[3])
        c_end = _band_index(rights, box[2])
        cell = Cell("", box, r, c, max(1, r_end - r + 1), max(1, c_end - c + 1))
        cells.append(cell)
        for rr in range(r, r + cell.row_span):
            for cc in range(c, c + cell.col_span):
                grid.setdefault((rr, cc), cell)
    box = (min(b[0] for b in cell_boxes), min(b[1] for b in cell_boxes),
           max(b[2] for b in cell_boxes), max(b[3] for b in cell_boxes))
    outside: list[Word] = []
    for w in words:
        x, y = (w.box[0] + w.box[2]) / 2, (w.box[1] + w.box[3]) / 2
        for cell in cells:
            b = cell.box
            if b[0] <= x <= b[2] and b[1] <= y <= b[3]:
                cell.words.append(w)
                break
        else:
            if not (box[0] <= x <= box[2] and box[1] <= y <= box[3]):
                outside.append(w)
                continue
            # inside the table where a rule is missing (a cell left open at a page break):
            # the word goes to the grid position its centre falls in
            r = max([i for i, t in enumerate(tops) if t <= y] or [0])
            c = max([i for i, left in enumerate(lefts) if left <= x] or [0])
            cell = grid.get((r, c))
            if cell is None:
                right = min([v for v in rights if v > x] or [box[2]])
                bottom = min([v for v in bottoms if v > y] or [box[3]])
                cell = grid[(r, c)] = Cell("", (lefts[c], tops[r], right, bottom), r, c)
                cells.append(cell)
            cell.words.append(w)
    for cell in cells:
        lines = _lines(cell.words)
        cell.text = _joined_lines(lines, cell.box)
        cell.words = [w for line in lines for w in line]
    rows: list[Row] = []
    for r in range(len(tops)):
        row_cells = []
        seen = set()
        for c in range(len(lefts)):
            cell = grid.get((r, c))
            if cell is None or id(cell) in seen:
                continue  # a cell merged over columns is one cell of the row
            seen.add(id(cell))
            row_cells.append(cell)
        if not row_cells or not any(c.text for c in row_cells):
            continue
        boxes = [c.box for c in row_cells if c.box]
        top = tops[r]
        bottom = min((b[3] for b in boxes if b[1] <= top + SNAP_TOLERANCE), default=max(b[3] for b in boxes))
        rows.append(Row(row_cells, (min(b[0] for b in boxes), top, max(b[2] for b in boxes), bottom)))
    columns = [(lefts[i], rights[i] if i < len(rights) else box[2]) for i in range(len(lefts))]
    table = Table(rows, box, columns)
    table.label_columns()
    return table, outside


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words of one cell in lines, top to bottom (a word belongs to the line whose middle its
    middle is near), left to right inside a line."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.box[1] + w.box[3]) / 2):
        mid = (w.box[1] + w.box[3]) / 2
        if out:
            last = out[-1][0].box
            if abs(mid - (last[1] + last[3]) / 2) <= max(2.0, (last[3] - last[1]) * 0.5):
                out[-1].append(w)
                continue
        out.append([w])
    return [sorted(line, key=lambda w: w.box[0]) for line in out]


# A word processor breaks a line after the "/" or "-" inside a symbol or a range
# ("118/2008/" | "QĐ-TTg", "1968/QĐ-" | "TTg", "2026-" | "2031"): no space stands there.
BREAK_AFTER_SEPARATOR = regex.compile(r"[\p{Lu}\d][/-]$")
STARTS_TOKEN = regex.compile(r"^[\p{Lu}\d]")
# A token wider than a narrow cell is broken anywhere ("92/2009/T" | "T- BTC", "01/10/202" |
# "0"): the first part fills its line alone; what follows is the rest of a number or symbol.
FILLS_CELL = 0.75  # share of the cell's width the lone first part spans
DIGITS_GO_ON = regex.compile(r"\d$")
SYMBOL_REST = regex.compile(r"^[\p{Lu}\d][\p{Lu}\d&/.-]*(?:Tg)?[,.;:)]?$")


def glued_break(line: list[Word], following: Word, cell_width: float | None) -> bool:
    """Whether the line break between ``line`` and ``following`` stands inside one token."""
    last = line[-1].text
    if BREAK_AFTER_SEPARATOR.search(last) and STARTS_TOKEN.match(following.text):
        return True
    if len(line) != 1 or not cell_width or not any(c.isdigit() for c in last):
        return False
    if line[0].box[2] - line[0].box[0] < FILLS_CELL * cell_width:
        return False
    if DIGITS_GO_ON.search(last):
        return following.text[:1].isdigit()
    return "/" in last and last[-1].isupper() and bool(SYMBOL_REST.match(following.text))


def cell_text(words: list[Word], box: Box | None = None) -> str:
    """The text of a cell's words, lines joined by a space except inside a broken token."""
    return _joined_lines(_lines(words), box)


def _joined_lines(lines: list[list[Word]], box: Box | None) -> str:
    width = box[2] - box[0] if box else None
    out = ""
    previous: list[Word] | None = None
    for line in lines:
        text = " ".join(w.text for w in line)
        if previous is None:
            out = text
        else:
            out += ("" if glued_break(previous, line[0], width) else " ") + text
        previous = line
    return out


# ------------------------------------------------------------------ tables over page breaks


def same_columns(a: Table, b: Table, tolerance: float = 4.0) -> bool:
    return len(a.columns) == len(b.columns) and all(
        abs(x[0] - y[0]) <= tolerance and abs(x[1] - y[1]) <= tolerance for x, y in zip(a.columns, b.columns))


# A repeated header row OCR read a little differently ("Đơn v.. chủ tri") is still the header:
# this share of its characters at least matches the first page's header.
REPEATED_HEADER_SIMILARITY = 0.8


def _is_repeated_header(row: Row, header: list[str]) -> bool:
    import difflib

    texts = [" ".join(t.split()) for t in row.texts]
    labels = [" ".join(t.split()) for t in header]
    if texts == labels:
        return True
    if len(texts) != len(labels) or not any(labels):
        return False
    return difflib.SequenceMatcher(None, " | ".join(texts), " | ".join(labels)).ratio() >= REPEATED_HEADER_SIMILARITY


def continue_table(previous: Table, following: Table) -> None:
    """``following`` (first table of a page) goes on with ``previous`` (last table of the page
    before): a repeated header row is dropped, and a first row with an empty first cell (no
    row number: the rest of a row cut by the page break) is marked ``continued`` so the reader
    appends its cells to the previous page's last row."""
    if following.rows and _is_repeated_header(following.rows[0], previous.header):
        following.rows = following.rows[1:]
    labels = following.labels = previous.header
    for row in following.rows:
        for k, cell in enumerate(row.cells):
            if k < len(labels) and labels[k]:
                cell.header = labels[k]
    if following.rows and previous.rows and not following.rows[0].cells[0].text.strip() \
            and len(following.rows[0].cells) == len(previous.rows[-1].cells):
        following.rows[0].continued = True
    if following.rows and previous.rows:
        _carry_merged_cells(previous.rows[-1], following.rows[0])


def _carry_merged_cells(last: Row, first: Row) -> None:
    """A cell merged over rows that a page break cuts is printed on its first page only ("Hàng
    năm" over tasks 6 to 10): on the next page it is an empty cell over several rows, which
    holds the same text."""
    if len(last.cells) != len(first.cells):
        return
    for k, (above, cell) in enumerate(zip(last.cells, first.cells)):
        if k and cell.row_span > 1 and not cell.text.strip() and above.text.strip():
            cell.text = above.text


def merge_continued_row(previous: Row, continued: Row) -> None:
    """Append the cells of the rest of a row (next page) to the row's first part."""
    for cell, more in zip(previous.cells, continued.cells):
        if more.text and more.text != cell.text:
            cell.text = f"{cell.text} {more.text}".strip()


# ------------------------------------------------------------------------- scanned pages

# A rule is a run of ink at least this long (inches): longer than any letter or word of body
# text set solid (a bold word blurred by a copier included; docs/ocr.md), shorter than a
# table's rows.
SCAN_RULE_INCHES_H = 0.5
SCAN_RULE_INCHES_V = 0.2
SCAN_RULE_MAX_THICKNESS = 0.04  # inches: thicker strokes are bars, stamps, photos


def scan_rulings(gray, dpi: float) -> list[Segment]:
    return _scan_rules(gray, dpi)[0]


def _scan_rules(gray, dpi: float) -> tuple[list[Segment], list[Segment]]:
    """Horizontal and vertical rules of a (deskewed) page image, in points: dark runs kept by a
    morphological opening with a long thin kernel (OpenCV), after a small closing that mends
    rules broken by noise and light toner; then the pieces of one rule are joined
    (``_join_rule_pieces``): a grey scan breaks a faint rule into pieces a long gap apart,
    and a rule a little slanted drifts by a few points across a table."""
    import cv2
    import numpy as np

    pixels = np.asarray(gray)
    if pixels.ndim != 2 or pixels.size == 0:
        return [], []
    if dpi > 200:  # rules survive half the resolution; the search costs a quarter
        pixels = cv2.resize(pixels, (pixels.shape[1] // 2, pixels.shape[0] // 2), interpolation=cv2.INTER_AREA)
        dpi = dpi / 2
    _, ink = cv2.threshold(pixels, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    paper = float(np.median(pixels[::4, ::4]))
    scale = 72.0 / dpi
    thickest = max(2, int(SCAN_RULE_MAX_THICKNESS * dpi))
    chains = {}
    raw: list[tuple[int, int, int, int]] = []  # the dark runs themselves (a slanted rule's drift)
    for length, horizontal in ((int(SCAN_RULE_INCHES_H * dpi), True), (int(SCAN_RULE_INCHES_V * dpi), False)):
        mend = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 1) if horizontal else (1, 5))
        keep = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
        lines = cv2.morphologyEx(cv2.morphologyEx(ink, cv2.MORPH_CLOSE, mend), cv2.MORPH_OPEN, keep)
        count, stats = component_stats(lines)
        pieces = [(x, y, x + w, y + h) for x, y, w, h, _area in stats[1:count].tolist()
                  if (h if horizontal else w) <= thickest]
        chains[horizontal] = _chain_rule_pieces(pieces, horizontal, dpi)
        raw.extend(pieces)
    found = {horizontal: _join_chains(chains[horizontal], _extents(chains[not horizontal]), pixels, horizontal, dpi, paper)
             for horizontal in (True, False)}
    for _round in range(2):  # a rule carried on to a crossing one lets that one reach it
        found[True] = _extend_to_crossing_rules(found[True], found[False], pixels, True, dpi, paper)
        found[False] = _extend_to_crossing_rules(found[False], found[True], pixels, False, dpi, paper)
    rules = [(x0 * scale, y0 * scale, x1 * scale, y1 * scale) for runs in found.values() for x0, y0, x1, y1 in runs]
    return rules, [(x0 * scale, y0 * scale, x1 * scale, y1 * scale) for x0, y0, x1, y1 in raw]


def component_stats(mask):
    """``(count, stats)`` of the 8-connected components of a binary image, as
    ``cv2.connectedComponentsWithStats`` gives them.  The label image is not wanted, only the
    boxes: 16-bit labels write a third of the 32-bit ones' memory, and the call takes ~1/3 of
    the time on a 300-dpi page (the same stats); a page of more than 65 534 components (OpenCV
    refuses them in 16 bits) is labelled in 32."""
    import cv2

    try:
        count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(mask, connectivity=8, ltype=cv2.CV_16U)
    except cv2.error:
        count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(mask, connectivity=8, ltype=cv2.CV_32S)
    return count, stats


# Pieces of one rule: across the rule, each piece within this of the piece before it (inches;
# a rule slanted 0.5° drifts ~0.04 in over a 5-in table, in steps).
RULE_PIECE_OFFSET_INCHES = 0.04
# A gap between two pieces of a rule is closed when the grey image shows the rule through it
# (a faint line: the column of the gap's mean profile at the rule's place darker, by this
# many grey levels, than the profile a little to either side).  Paper, noise and a word
# crossing where a merged cell has no rule show no such thin dip.
RULE_GAP_DIP = 4.0
RULE_GAP_ALONG = 0.4  # share of the gap's places where the rule's place is the darker
# ... and either side of it is paper, within this many grey levels of the page's paper (a
# line of text crossed lengthwise is grey all around its baseline)
RULE_GAP_PAPER = 8.0
# A rule's end is carried on to a crossing rule at most this far away (inches): a table's
# corner lost in a grey scan.
RULE_EXTEND_INCHES = 1.0
# A stroke of a letter set against a rule carries the rule on by at most this much (inches: a
# capital's stem with its tone mark in a 12-13 pt line).
RULE_STEM_INCHES = 0.2

Piece = tuple[float, float, float, float]  # start, end along the rule; middle, thickness across it


def _chain_rule_pieces(pieces: list[tuple[int, int, int, int]], horizontal: bool, dpi: float) -> list[list[Piece]]:
    """``pieces`` (pixel boxes of one orientation) grouped into the rules they belong to:
    along the rule, each piece within ``RULE_PIECE_OFFSET_INCHES`` across it of the piece
    that reaches furthest so far (a slanted rule drifts; pieces of a rule broken by a grey
    scan may overlap a little)."""
    offset = max(2.0, RULE_PIECE_OFFSET_INCHES * dpi)

    def along(b) -> Piece:
        return (b[0], b[2], (b[1] + b[3]) / 2, b[3] - b[1]) if horizontal else (b[1], b[3], (b[0] + b[2]) / 2,
                                                                              b[2] - b[0])

    chains: list[list[Piece]] = []
    for piece in sorted((along(b) for b in pieces), key=lambda a: a[0]):
        best = None
        for chain in chains:
            last = max(chain, key=lambda p: p[1])
            drift = abs(piece[2] - last[2])
            if drift <= offset and (best is None or drift < best[0]):
                best = (drift, chain)
        if best is None:
            chains.append([piece])
        else:
            best[1].append(piece)
    return chains


def _extents(chains: list[list[Piece]]) -> list[tuple[float, float, float]]:
    """(place across, first, last along) of each chain of rule pieces."""
    return [(sum(p[2] for p in c) / len(c), min(p[0] for p in c), max(p[1] for p in c)) for c in chains]


def _at_crossing(value: float, middle: float, crossing: list[tuple[float, float, float]], slack: float) -> bool:
    return _near_crossing(value, middle, crossing, slack, 0.0, before=True)


def _near_crossing(value: float, middle: float, crossing: list[tuple[float, float, float]], slack: float,
                   stem: float, *, before: bool) -> bool:
    """Whether a crossing rule spanning ``middle`` lies at ``value``, or at most ``stem`` before
    it (``before``; after it otherwise): where a rule's piece ends or starts at that rule, but
    for a stroke of a letter touching the rule and carrying it on."""
    low, high = (value - stem, value) if before else (value, value + stem)
    return any(low - slack <= place <= high + slack and lo - slack <= middle <= hi + slack
               for place, lo, hi in crossing)


def _join_chains(chains: list[list[Piece]], crossing: list[tuple[float, float, float]], pixels, horizontal: bool,
                 dpi: float, paper: float) -> list[tuple[float, float, float, float]]:
    """The rules of ``chains`` as thin pixel boxes at their pieces' mean place.  A gap in a
    chain is closed when it is short (the gaps a copier leaves), when a faint line runs
    through it (``_faint_rule_between``), or when it lies inside a table (crossing rules
    before and after it) but not from one crossing rule to the next: a rule stops only at
    a crossing rule (a merged cell's missing rule runs from one column rule to the next),
    so a gap that starts or ends inside a cell (at most ``RULE_EXTEND_INCHES`` long) is
    where a grey scan lost the rule."""
    import numpy as np

    short_gap = max(3.0, 0.05 * dpi)
    longest_gap = RULE_EXTEND_INCHES * dpi
    slack = max(3.0, RULE_PIECE_OFFSET_INCHES * dpi)
    stem = RULE_STEM_INCHES * dpi
    out = []
    for chain in chains:
        chain = sorted(chain)
        run = [chain[0]]
        runs = [run]
        for piece in chain[1:]:
            end = max(p[1] for p in run)
            last = max(run, key=lambda p: p[1])
            middle = (last[2] + piece[2]) / 2
            places = [place for place, lo, hi in crossing if lo - slack <= middle <= hi + slack]
            in_table = any(p <= end + slack for p in places) and any(p >= piece[0] - slack for p in places)
            # no rule from one crossing rule to the next: a merged cell; a stroke of a letter
            # set against the crossing rule may carry the rule on a little way into the cell
            # (the stem of "Ể" of a heading row spanning the columns, mild scan of tune 03)
            merged_cell = (_near_crossing(end, middle, crossing, slack, stem, before=True)
                           and _near_crossing(piece[0], middle, crossing, slack, stem, before=False))
            if (piece[0] - end <= short_gap
                    or (in_table and not merged_cell and piece[0] - end <= longest_gap)
                    or _faint_rule_between(pixels, last, piece, horizontal, dpi, paper)):
                run.append(piece)
            else:
                run = [piece]
                runs.append(run)
        for run in runs:
            start, end = min(p[0] for p in run), max(p[1] for p in run)
            middle = float(np.average([p[2] for p in run], weights=[max(1.0, p[1] - p[0]) for p in run]))
            half = max(1.0, max(p[3] for p in run) / 2)
            out.append((start, middle - half, end, middle + half) if horizontal else (middle - half, start, middle + half, end))
    return out


def _extend_to_crossing_rules(runs: list[tuple], crossing: list[tuple], pixels, horizontal: bool,
                              dpi: float, paper: float) -> list[tuple]:
    """``runs`` (pixel boxes of one orientation) with each end carried on to the nearest rule
    of the other orientation beyond it (one whose extent spans the run's place), when the
    run is a table's (it crosses or meets two rules of the other orientation): always when the
    end is inside a cell (at no crossing rule: a rule stops only at another; nor a letter's
    stroke's length past one, ``RULE_STEM_INCHES``, with the rule going on beyond the next:
    a stem set against the rule at a merged cell), else when the
    grey image shows the run going on faintly to it (``_faint_rule_between``).  The cells
    at a table's edge then close; an underline or a letter's stroke is left as it is."""
    reach = RULE_EXTEND_INCHES * dpi
    slack = max(3.0, RULE_PIECE_OFFSET_INCHES * dpi)
    stem = RULE_STEM_INCHES * dpi
    out = []
    for box in runs:
        if horizontal:
            start, end, middle, thick = box[0], box[2], (box[1] + box[3]) / 2, box[3] - box[1]
            others = [((c[0] + c[2]) / 2, c[1], c[3]) for c in crossing]
        else:
            start, end, middle, thick = box[1], box[3], (box[0] + box[2]) / 2, box[2] - box[0]
            others = [((c[1] + c[3]) / 2, c[0], c[2]) for c in crossing]
        # a crossing rule may itself fall short of this one by as much as this one of it
        spanning = [place for place, lo, hi in others if lo - reach <= middle <= hi + reach]
        # (targets beyond ``reach`` only for an end inside a table's cell, below)
        before = [p for p in spanning if start - reach <= p < start - slack]
        after = [p for p in spanning if end + slack < p <= end + reach]
        # a rule of a table crosses or meets two others at least (the table's sides); an
        # underline or a stroke of a letter meets none or one, and is not carried on
        strict = [place for place, lo, hi in others if lo - slack <= middle <= hi + slack]
        strict_before = [p for p in strict if start - reach <= p < start - slack]
        strict_after = [p for p in strict if end + slack < p <= end + reach]
        in_table = sum(start - slack <= place <= end + slack for place, lo, hi in others
                       if lo - slack <= middle <= hi + slack) >= 2
        # an end a letter's stem carried past a crossing rule, where the rule goes on beyond
        # the next one (a merged cell between them), stays there: carried on, it would cut the
        # merged cell in two ("III. PHÁT TRIỂN …" read as two cells, mild scan of tune 03)
        at_start = _at_crossing(start, middle, others, slack) or (
            _near_crossing(start, middle, others, slack, stem, before=False)
            and _resumes(runs, box, horizontal, slack, before=True))
        at_end = _at_crossing(end, middle, others, slack) or (
            _near_crossing(end, middle, others, slack, stem, before=True)
            and _resumes(runs, box, horizontal, slack, before=False))
        if in_table and before and not at_start:
            start = max(before)
        elif in_table and not before and not at_start:
            start = max([p for p in spanning if p < start - slack], default=start)  # a wide first column
        elif in_table and strict_before and _faint_rule_between(
                pixels, (0, max(strict_before), middle, thick), (start, end, middle, thick), horizontal, dpi, paper):
            start = max(strict_before)
        if in_table and after and not at_end:
            end = min(after)
        elif in_table and not after and not at_end:
            end = min([p for p in spanning if p > end + slack], default=end)  # a wide last column
        elif in_table and strict_after and _faint_rule_between(
                pixels, (start, end, middle, thick), (min(strict_after), 0, middle, thick), horizontal, dpi, paper):
            end = min(strict_after)
        out.append((start, box[1], end, box[3]) if horizontal else (box[0], start, box[2], end))
    return out


def _resumes(runs: list[tuple], box: tuple, horizontal: bool, slack: float, *, before: bool) -> bool:
    """Whether another of ``runs`` lies on the same line as ``box`` (within ``slack`` across),
    wholly before it (``before``) or after it."""
    if horizontal:
        middle, start, end = (box[1] + box[3]) / 2, box[0], box[2]
        lines = [((r[1] + r[3]) / 2, r[0], r[2]) for r in runs if r is not box]
    else:
        middle, start, end = (box[0] + box[2]) / 2, box[1], box[3]
        lines = [((r[0] + r[2]) / 2, r[1], r[3]) for r in runs if r is not box]
    return any(abs(place - middle) <= slack and (hi <= start if before else lo >= end) for place, lo, hi in lines)


def _faint_rule_between(pixels, before, after, horizontal: bool, dpi: float, paper: float) -> bool:
    """Whether the grey image shows a rule running through the gap between two pieces
    (``(start, end, middle, thickness)`` along and across the rule): the gap's pixels, each
    line across it taken at the place the rule would pass (the line from one piece's middle
    to the other's), averaged along the gap, are darker at the rule's place than to either
    side by ``RULE_GAP_DIP`` grey levels."""
    import numpy as np

    start, end = int(before[1]), int(after[0])
    if end - start < 2:
        return True
    reach = max(3, int(0.02 * dpi))  # pixels either side of the rule
    limit = pixels.shape[1] if not horizontal else pixels.shape[0]
    length = pixels.shape[0] if not horizontal else pixels.shape[1]
    profiles = []
    for t in range(max(0, start), min(end, length)):
        centre = before[2] + (after[2] - before[2]) * (t - before[1]) / max(1.0, after[0] - before[1])
        c = int(round(centre))
        if c - 2 * reach < 0 or c + 2 * reach >= limit:
            return False
        line = pixels[c - 2 * reach:c + 2 * reach + 1, t] if horizontal else pixels[t, c - 2 * reach:c + 2 * reach + 1]
        profiles.append(line.astype(np.float32))
    if not profiles:
        return False
    stack = np.asarray(profiles)
    profile = stack.mean(axis=0)
    # the rule's place: the darkest of the mean profile near the path (it may lie a pixel or
    # two off the line between the pieces); its sides measured clear of it
    middle = reach + int(np.argmin(profile[reach:3 * reach + 1]))
    left, right = slice(max(0, middle - 2 * reach), middle - 2), slice(middle + 3, middle + 2 * reach + 1)
    rule = float(profile[middle - 1:middle + 2].min())
    sides = float(min(profile[left].mean(), profile[right].mean()))
    # and all along: a line of text crossed lengthwise darkens its baseline on average,
    # but not at most places of the gap
    darker = stack[:, middle - 1:middle + 2].min(axis=1) < np.minimum(stack[:, left].mean(axis=1),
                                                                     stack[:, right].mean(axis=1)) - 1
    return sides - rule >= RULE_GAP_DIP and float(darker.mean()) >= RULE_GAP_ALONG and sides >= paper - RULE_GAP_PAPER


# A grid of at least this many columns is a data table (a task table: number, task, lead,
# partners, time), never the two-column header or signature table of Decree 30/2020.
DATA_TABLE_MIN_COLUMNS = 3


def data_table_cells(rulings: list[Segment]) -> list[Box]:
    """Cell boxes (points) of the ruled data tables among ``rulings``: grids of two rows and
    ``DATA_TABLE_MIN_COLUMNS`` columns at least.  Their cells are read one by one (see
    ``ocr.read_table_cells``): a page pass reads the short lines of side-by-side cells, set
    at different heights, as one line across the columns ("Sở Tài chính Tháng" + "4/2025"
    garbled)."""
    cells: list[Box] = []
    for grid in grid_tables(rulings):
        if _is_grid(grid) and len(_bands([c[0] for c in grid])) >= DATA_TABLE_MIN_COLUMNS:
            cells.extend(grid)
    return cells


# A rule away from the tables is painted out (as the tables' rules are) only when it is
# horizontal and this long (inches): a heading's underline, the rule under a title (painting the
# 2-in rule over the list on the grey scan Q03 p5 keeps Tesseract from garbling the lines round
# it).  The runs of ink a bold title leaves to the rule finder are ~0.5 in across, ~0.2–0.35 in
# upright (the mild scan of tests/data/layouts/L01).
STRAY_RULE_MIN_INCHES = 1.0


def find_scanned_tables(image, dpi: float):
    """``(image, rulings)`` for a prepared page image: when its rules form a table grid, the
    rules (points) and the image with them painted white — Tesseract reads a ruled cell's
    text better without the rules around it, which it otherwise reads as "|", "/" and "1".
    Without a grid: the image unchanged and no rulings."""
    import cv2
    import numpy as np
    from PIL import Image

    rulings, pieces = _scan_rules(image, dpi)
    grids = [cells for cells in grid_tables(rulings) if _is_grid(cells)] if rulings else []
    if not grids:
        return image, []  # a framed box or a lone rule is no table
    pixels = np.array(image)
    to_px = dpi / 72.0
    pad = max(2, round(0.008 * dpi))  # the grey fringe of a rule too
    reach = RULE_PIECE_OFFSET_INCHES * 72.0  # a slanted rule's pieces drift this far off its table
    frames = [(min(c[0] for c in cells) - reach, min(c[1] for c in cells) - reach,
               max(c[2] for c in cells) + reach, max(c[3] for c in cells) + reach) for cells in grids]
    edges = _cell_edges(grids)
    ends = SCAN_RULE_MAX_THICKNESS * 72.0 / 2  # past a side's end: the crossing rule's width
    for x0, top, x1, bottom in rulings + pieces:  # the pieces as they lie: a slanted rule drifts
        # the tables' own rules — as far as they run along a side of one of their cells — and a
        # long rule of its own (a heading's underline).  A shorter run of ink the rule finder
        # kept, away from the tables or inside a cell, or an upright one, is a stroke of type —
        # the "ị" of a bold title, the serifs of a cell's line run together along its
        # baseline, a stem carrying a rule on into a merged cell — which painting white would
        # cut out of its letters ("phường" read "nhirằngq", mild scan of tune 03)
        if x1 - x0 > bottom - top and x1 - x0 >= STRAY_RULE_MIN_INCHES * 72.0:
            stretches = [(x0, top, x1, bottom)]
        elif any(x0 <= f[2] and x1 >= f[0] and top <= f[3] and bottom >= f[1] for f in frames):
            stretches = _along_cell_sides((x0, top, x1, bottom), edges, reach, ends)
        else:
            continue
        for a, b, c, d in stretches:
            cv2.rectangle(pixels, (int(a * to_px) - pad, int(b * to_px) - pad),
                          (int(c * to_px) + pad, int(d * to_px) + pad), 255, thickness=-1)
    return Image.fromarray(pixels), rulings


def _cell_edges(grids: list[list[Box]]) -> dict[bool, list[tuple[float, float, float]]]:
    """The sides of the cells of ``grids``, by orientation (horizontal → True): (place across,
    first, last along)."""
    edges: dict[bool, list[tuple[float, float, float]]] = {True: [], False: []}
    for cells in grids:
        for x0, top, x1, bottom in cells:
            edges[True] += [(top, x0, x1), (bottom, x0, x1)]
            edges[False] += [(x0, top, bottom), (x1, top, bottom)]
    return edges


def _along_cell_sides(box: Segment, edges: dict[bool, list[tuple[float, float, float]]], reach: float,
                      ends: float) -> list[Segment]:
    """The stretches of a run of ink (points) that lie along a side of a table's cell: within
    ``reach`` across it (a slanted rule's pieces drift), cut to the side's length (and
    ``ends`` past it)."""
    x0, top, x1, bottom = box
    horizontal = x1 - x0 >= bottom - top
    place, lo, hi = ((top + bottom) / 2, x0, x1) if horizontal else ((x0 + x1) / 2, top, bottom)
    out = []
    for side, start, end in edges[horizontal]:
        a, b = max(lo, start - ends), min(hi, end + ends)
        if abs(side - place) <= reach and a < b:
            out.append((a, top, b, bottom) if horizontal else (x0, a, x1, b))
    return out


_DEBRIS = re.compile(r"^[:.,;`'‘’|/\\›‹~_°^•]+$")


def _without_debris(words: list[Word]) -> list[Word]:
    """A cell's words without the specks OCR reads at its edges, next to a painted-out rule
    (": Văn phòng …", "… tỉnh ."): a cell that starts with ":" hides its agency."""
    start, end = 0, len(words)
    while start < end and _DEBRIS.match(words[start].text):
        start += 1
    while end > start and _DEBRIS.match(words[end - 1].text):
        end -= 1
    return words[start:end]


def _is_grid(cells: list[Box]) -> bool:
    """Two rows and two columns at least."""
    return len(_bands([c[1] for c in cells])) >= 2 and len(_bands([c[0] for c in cells])) >= 2


def _rotate_point(x: float, y: float, angle: float, size: tuple[float, float]) -> tuple[float, float]:
    """A point of the original page on the page rotated by ``angle`` degrees counter-clockwise
    about its centre (the deskewed image OCR read; the inverse of ``ocr._unrotate_box``)."""
    import math

    if not angle:
        return x, y
    cx, cy = size[0] / 2, size[1] / 2
    theta = math.radians(angle)
    c, s = math.cos(theta), math.sin(theta)
    dx, dy = x - cx, y - cy
    return cx + c * dx + s * dy, cy - s * dx + c * dy


def read_scanned_tables(text: str, words: list[Word], rulings: list[Segment], angle: float = 0.0,
                        size: tuple[float, float] = (0.0, 0.0)) -> tuple[str, list[Word], list[Table]]:
    """An OCR'd page with its ruled tables read as rows.  ``rulings`` come from the deskewed
    image (points); ``words`` are in the original page's points, so their centres are turned
    by ``angle`` about the page centre (``size``, points) to meet the rules.  The words of a
    table leave the text where its first word stood; its ``a | b | c`` rows take their place."""
    grids = grid_tables(rulings)
    if not grids or not words:
        return text, words, []
    placed: dict[int, Word] = {}  # id of a stand-in word on the deskewed page → the page's word
    stand_ins: list[Word] = []
    for w in words:
        cx, cy = _rotate_point((w.box[0] + w.box[2]) / 2, (w.box[1] + w.box[3]) / 2, angle, size)
        hw, hh = (w.box[2] - w.box[0]) / 2, (w.box[3] - w.box[1]) / 2
        stand_in = Word(w.text, w.start, w.end, (cx - hw, cy - hh, cx + hw, cy + hh), w.conf)
        placed[id(stand_in)] = w
        stand_ins.append(stand_in)
    tables: list[Table] = []
    owner: dict[int, int] = {}  # id of a page word → index of its table
    for cell_boxes in grids:
        if not _is_grid(cell_boxes):
            continue
        table, outside = build_table(cell_boxes, stand_ins)
        if len(table.rows) < 2 or is_layout_table([r.texts for r in table.rows]):
            continue
        inside = {id(w) for w in stand_ins} - {id(w) for w in outside}
        for cell in {id(c): c for r in table.rows for c in r.cells}.values():
            kept = _without_debris([placed[id(w)] for w in cell.words])
            kept_ids = {id(w) for w in kept}
            # lines are found on the levelled stand-ins, in the cell box's own frame
            cell.text = cell_text([w for w in cell.words if id(placed[id(w)]) in kept_ids], cell.box)
            cell.words = kept
        for key in inside:
            owner[id(placed[key])] = len(tables)
        stand_ins = outside
        tables.append(table)
    if not tables:
        return text, words, []
    return (*_splice_tables(text, words, tables, owner), tables)


def _placed_words(row: Row, line: str, offset: int) -> list[Word]:
    """The row's cell words with their offsets in ``line`` (the row as ``Row.line()`` writes
    it, starting at ``offset`` of the page text), found left to right."""
    placed: list[Word] = []
    cursor = 0
    for w in (x for c in row.cells for x in c.words):
        at = line.find(w.text, cursor)
        if at >= 0:
            placed.append(Word(w.text, offset + at, offset + at + len(w.text), w.box, w.conf))
            cursor = at + len(w.text)
    return placed


def _splice_tables(text: str, words: list[Word], tables: list[Table], owner: dict[int, int]) -> tuple[str, list[Word]]:
    parts: list[str] = []
    out: list[Word] = []
    length = 0
    last_end = 0
    emitted: set[int] = set()
    after_table = False

    def put(piece: str) -> None:
        nonlocal length
        parts.append(piece)
        length += len(piece)

    for w in words:
        t = owner.get(id(w))
        if t is not None:
            if t not in emitted:
                emitted.add(t)
                if parts and not parts[-1].endswith("\n"):
                    put("\n")
                for r, row in enumerate(tables[t].rows):
                    line = row.line()
                    out.extend(_placed_words(row, line, length))
                    put(line + ("\n" if r < len(tables[t].rows) - 1 else ""))
                after_table = True
            last_end = w.end
            continue
        gap = text[last_end:w.start]
        if after_table:
            gap = "\n" if "\n\n" not in gap else "\n\n"
            after_table = False
        put(gap)
        out.append(Word(w.text, length, length + len(w.text), w.box, w.conf))
        put(w.text)
        last_end = w.end
    put(text[last_end:] if not after_table else "")
    return "".join(parts), out


# --------------------------------------------------------------- OCR'd tables over page breaks

# Column edges of one table on two scanned pages agree within this many points (each page is
# deskewed on its own).
SCAN_COLUMN_TOLERANCE = 8.0


def _table_span(text: str, table: Table) -> tuple[int, int] | None:
    """Where the table's rows stand in a page's text, as ``_splice_tables`` wrote them."""
    block = "\n".join(r.line() for r in table.rows)
    at = text.find(block) if block else -1
    return (at, at + len(block)) if at >= 0 else None


def _rewrite_table(page, table: Table, span: tuple[int, int]) -> None:
    """Write the table's rows again in place of ``span`` of the page's text: its words are
    placed anew from the cells, the words after it shift."""
    start, end = span
    lines = [r.line() for r in table.rows]
    block = "\n".join(lines)
    placed: list[Word] = []
    pos = start
    for row, line in zip(table.rows, lines):
        placed.extend(_placed_words(row, line, pos))
        pos += len(line) + 1
    shift = len(block) - (end - start)
    before = [w for w in page.words if w.end <= start]
    after = [Word(w.text, w.start + shift, w.end + shift, w.box, w.conf) for w in page.words if w.start >= end]
    page.text = page.text[:start] + block + page.text[end:]
    page.words = before + placed + after


def continue_scanned_tables(pages: list) -> None:
    """OCR'd pages (``models.Page`` with their ``tables``): a table that ends one page (only a
    page number may follow it) and starts the next (only a page number before it), with the
    same columns, is one table — the next page's repeated header row is dropped and a row the
    page break cut (no row number on the next page) is joined to its first part."""
    for page, following in zip(pages, pages[1:]):
        if not page.tables or not following.tables or following.number != page.number + 1:
            continue
        last, first = page.tables[-1], following.tables[0]
        if len(last.columns) != len(first.columns) or not all(
                abs(a[0] - b[0]) <= SCAN_COLUMN_TOLERANCE and abs(a[1] - b[1]) <= SCAN_COLUMN_TOLERANCE
                for a, b in zip(last.columns, first.columns)):
            continue
        last_span, first_span = _table_span(page.text, last), _table_span(following.text, first)
        if last_span is None or first_span is None:
            continue
        after, before = page.text[last_span[1]:], following.text[:first_span[0]]
        if not _only_page_number(after) or not _only_page_number(before):
            continue
        rows_before = len(first.rows)
        continue_table(last, first)
        if first.rows and first.rows[0].continued and sum(not c.text.strip() for c in first.rows[0].cells) < 2:
            # OCR misses a lone row number more often than a page break cuts a row: a row
            # with only its number missing is a row of its own
            first.rows[0].continued = False
        if first.rows and first.rows[0].continued and last.rows:
            merge_continued_row(last.rows[-1], first.rows.pop(0))
            _rewrite_table(page, last, last_span)
        if len(first.rows) != rows_before:
            _rewrite_table(following, first, first_span)


_PAGE_NUMBER_ONLY = re.compile(r"^\s*(?:[-–]?\s*(?:Trang\s*)?\d{1,4}\s*[-–]?)?\s*$")


def _only_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER_ONLY.match(text))
