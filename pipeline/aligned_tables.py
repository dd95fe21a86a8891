"""Tables laid out with spaces in plain text (a PDF converted with its layout kept,
``pdftotext -layout``): the columns of a task table stand at fixed character columns,
separated by runs of spaces, and each cell wraps over several lines inside its column.

Normalization collapses runs of spaces, so these tables must be read before: the block under
a header row of task-table labels ("TT  Nhiệm vụ  Cơ quan chủ trì  Cơ quan phối hợp  Thời
gian") is cut at the character columns that no line of the block writes in, the lines of a
row (around its row number) are joined cell by cell, and each row is written as one
``a | b | c`` line — the row model of :mod:`pipeline.tables` that crawled, DOCX and PDF tables
use, so the task-table reader reads them alike.  Every character of a written row keeps the
offset of the character it came from.

Only a header row opens a table: prose with double spaces and letterheads laid out in two
columns have no such row and are left as they are.
"""

from __future__ import annotations

import bisect
import itertools

from . import regexes as rx
from .models import Word
from .tables import EMPTY_LEAD_CELL, SEPARATOR, Cell, Row, Table

# A header cell is a short label; a header row has three cells at least, two of them labels
# a task table has (regexes.TASK_TABLE_LABEL, from models/task_table_headers.tsv).
HEADER_LABEL = rx.TASK_TABLE_LABEL
ROW_NUMBER = rx.ALIGNED_ROW_NUMBER
NUMBER_LABEL = rx.ALIGNED_NUMBER_LABEL
_CHUNK = rx.ALIGNED_CHUNK
_MIN_GAP = 2  # spaces between two cells of a laid-out row
_MAX_LABEL_WORDS = 6
_MAX_BLANK_RUN = 6  # blank lines (and a page number) a table may hold across a page break
_MAX_HEADER_LINES = 3  # lines a header row's labels may wrap over
_MAX_LABEL_CONTINUATION_WORDS = 4


def _chunks(line: str) -> list[tuple[int, int]]:
    """Spans of the runs of text separated by ``_MIN_GAP`` spaces or more."""
    out: list[tuple[int, int]] = []
    for m in _CHUNK.finditer(line):
        s, e = m.span()
        if out and s - out[-1][1] < _MIN_GAP:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _is_header(line: str, chunks: list[tuple[int, int]]) -> bool:
    return _is_header_labels([line[s:e] for s, e in chunks])


def _is_header_labels(labels: list[str]) -> bool:
    if len(labels) < 3:
        return False
    if any(len(label.split()) > _MAX_LABEL_WORDS for label in labels):
        return False
    return sum(1 for label in labels if HEADER_LABEL.search(label)) >= 2


def _separators(lines: list[str], header: list[tuple[int, int]]) -> list[int]:
    """Character column where each column after the first begins: between two header labels,
    the middle of the widest run of columns no line of the table writes in (else the least
    written column)."""
    width = max(len(line) for line in lines)
    ink = [0] * (width + 1)
    for line in lines:
        for s, e in _chunks(line):
            for x in range(s, e):
                ink[x] += 1
    cuts = []
    for (_, left_end), (right_start, _) in zip(header, header[1:]):
        best, best_len, run_start = None, 0, None
        for x in range(left_end, right_start + 1):
            if x < right_start and ink[x] == 0:
                if run_start is None:
                    run_start = x
            elif run_start is not None:
                if x - run_start > best_len:
                    best, best_len = (run_start + x) // 2, x - run_start
                run_start = None
        if best is None:
            best = min(range(left_end, right_start), key=lambda x: ink[x], default=right_start)
        cuts.append(best)
    return cuts


def _cells(line: str, cuts: list[int]) -> list[tuple[int, int]]:
    """(start, end) in ``line`` of each column's text on this line (empty: start == end).
    A run of text belongs to the column where it starts."""
    out = [(0, 0)] * (len(cuts) + 1)
    for s, e in _chunks(line):
        k = sum(1 for c in cuts if s >= c)
        out[k] = (out[k][0], e) if out[k][1] > out[k][0] else (s, e)
    return out


def _is_page_number(line: str, chunks) -> bool:
    return len(chunks) == 1 and line[chunks[0][0]:chunks[0][1]].strip("- ").isdigit()


def aligned_table_edits(text: str) -> list[tuple[int, int, str, list[int]]]:
    """Edits that write every space-aligned task table of ``text`` as ``a | b | c`` rows:
    (start, end, new text, offset in ``text`` of each character of the new text)."""
    if "   " not in text or not HEADER_LABEL.search(text):
        return []
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    edits = []
    i = 0
    while i < len(lines):
        # cheap tests first: a header row has gaps between its cells, and a label on it or
        # on the line its labels wrap to
        if "  " not in lines[i].strip() or not (
                HEADER_LABEL.search(lines[i]) or i + 1 < len(lines) and HEADER_LABEL.search(lines[i + 1])):
            i += 1
            continue
        header = _header_band(lines, starts, i)
        if header is None:
            i += 1
            continue
        spans, _, height = header
        end = _table_end(lines, i + height - 1, spans)
        edit = _table_edit(text, lines, starts, i, end, header)
        if edit:
            edits.append(edit)
            i = end
        else:
            i += 1
    return edits


Header = tuple[list[tuple[int, int]], list[list[tuple[int, int]]], int]


def _header_band(lines: list[str], starts: list[int], i: int) -> Header | None:
    """The header row that starts on line ``i``: (column extents, the text spans of each label,
    number of lines).  Labels may wrap over up to three lines ("Cơ quan" / "chủ trì"): a
    following line of short pieces, each under a label, is part of the header."""
    line = lines[i].replace("\f", " ")
    spans = _chunks(line)
    if len(spans) < 2:
        return None
    pieces = [[(starts[i] + s, starts[i] + e)] for s, e in spans]
    best = (list(spans), [list(p) for p in pieces], 1) if _is_header(line, spans) else None
    for j in range(i + 1, min(i + _MAX_HEADER_LINES, len(lines))):
        more = _chunks(lines[j].replace("\f", " "))
        if not more or ROW_NUMBER.match(lines[j][more[0][0]:more[0][1]]) \
                or any(len(lines[j][s:e].split()) > _MAX_LABEL_CONTINUATION_WORDS for s, e in more):
            break
        if best and not all(lines[j][s].islower() for s, e in more):
            break  # under a whole header row, only a label's lower-case rest ("thực hiện") goes on
        placed = []
        for s, e in more:
            under = [k for k, (a, b) in enumerate(spans) if s < b + _MIN_GAP and e > a - _MIN_GAP]
            if len(under) != 1:
                break
            placed.append((under[0], s, e))
        else:
            for k, s, e in placed:
                spans[k] = (min(spans[k][0], s), max(spans[k][1], e))
                pieces[k].append((starts[j] + s, starts[j] + e))
            if _is_header_labels(_label_texts(lines, starts, pieces)):
                best = (list(spans), [list(p) for p in pieces], j - i + 1)
            continue
        break
    return best


def _label_texts(lines: list[str], starts: list[int], pieces: list[list[tuple[int, int]]]) -> list[str]:
    out = []
    for spans in pieces:
        words = []
        for s, e in spans:
            row = _line_at(starts, s)
            base = starts[row]
            words.append(lines[row][s - base:e - base])
        out.append(" ".join(words))
    return out


def _line_at(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _spans_gap(chunk: tuple[int, int], header: list[tuple[int, int]]) -> bool:
    """A run of single-spaced words over the whole gap between two header labels is prose."""
    return any(chunk[0] <= a_end and chunk[1] >= b_start for (_, a_end), (b_start, _) in zip(header, header[1:])
               if b_start - a_end >= _MIN_GAP)


def _table_end(lines: list[str], head: int, header: list[tuple[int, int]]) -> int:
    """Index after the table's last line: the table goes on over blank lines, page numbers and
    a repeated header, and ends at a line of prose or a long run of blank lines."""
    end = head + 1
    j = head + 1
    blank = 0
    while j < len(lines):
        line = lines[j].replace("\f", " ")
        chunks = _chunks(line)
        if not chunks or _is_page_number(line, chunks):
            blank += 1
            if blank > _MAX_BLANK_RUN:
                break
            j += 1
            continue
        if any(_spans_gap(c, header) for c in chunks):
            break
        if blank and not _is_header(line, chunks) and len(chunks) < 2:
            break  # after a gap, only a repeated header or a laid-out row goes on
        blank = 0
        j += 1
        end = j
    return end


def _table_edit(text: str, lines: list[str], starts: list[int], head: int, end: int, header: Header):
    spans, label_pieces, height = header
    labels = _label_texts(lines, starts, label_pieces)
    header_lines = {" ".join(lines[j].split()) for j in range(head, head + height)}
    body = [j for j in range(head + height, end)
            if _chunks(lines[j]) and not _is_page_number(lines[j], _chunks(lines[j]))
            and " ".join(lines[j].split()) not in header_lines]  # a header repeated on a new page
    if not body:
        return None
    cuts = _separators([lines[j].replace("\f", " ") for j in [*range(head, head + height), *body]], spans)
    cells = {j: _cells(lines[j].replace("\f", " "), cuts) for j in body}
    numbered = NUMBER_LABEL.match(labels[0]) is not None
    anchors = [k for k, j in enumerate(body)
               if numbered and cells[j][0][1] > cells[j][0][0]
               and ROW_NUMBER.match(lines[j][cells[j][0][0]:cells[j][0][1]])]
    if len(anchors) < 1:
        return None
    rows = _rows(len(body), anchors)
    if not rows:
        return None
    table = Table([_row(text, label_pieces)])
    for lo, hi in rows:
        pieces: list[list[tuple[int, int]]] = [[] for _ in range(len(cuts) + 1)]
        for k in range(lo, hi):
            j = body[k]
            for col, (s, e) in enumerate(cells[j]):
                if e > s:
                    pieces[col].append((starts[j] + s, starts[j] + e))
        table.rows.append(_row(text, pieces))
    table.label_columns()
    new, offsets = _written(table, starts[head])
    last = body[rows[-1][1] - 1]
    start, stop = starts[head], starts[last] + len(lines[last])
    return start, stop, new, offsets



def _row(text: str, pieces: list[list[tuple[int, int]]]) -> Row:
    """A row of the table model: each cell's text is its lines' pieces joined by a space; the
    pieces' spans are kept (as the cell's words) for provenance."""
    cells = []
    for col, spans in enumerate(pieces):
        words = [Word(text[s:e], s, e, None) for s, e in spans]
        cells.append(Cell(" ".join(w.text for w in words), col=col, words=words))
    return Row(cells)


def _written(table: Table, first: int) -> tuple[str, list[int]]:
    """The table as ``Row.line()`` lines, one a row, and the offset in the text of each of
    their characters (a separator points at the end of the cell before it)."""
    lines = [row.line() for row in table.rows]
    offsets: list[int] = []
    at = first
    for r, (row, line) in enumerate(zip(table.rows, lines)):
        if r:
            offsets.append(at)  # the line break
        mine: list[int] = []
        for k, cell in enumerate(row.cells):
            if k:
                mine.extend([at] * len(SEPARATOR))
            if not cell.words:
                if k == 0:
                    mine.extend([at] * len(EMPTY_LEAD_CELL))
                continue
            for n, w in enumerate(cell.words):
                if n:
                    mine.append(w.start - 1)
                mine.extend(range(w.start, w.end))
                at = w.end
        if len(mine) != len(line):  # a cell's own spacing changed by the model: spread evenly
            mine = [mine[min(len(mine) - 1, i * len(mine) // max(1, len(line)))] for i in range(len(line))] if mine else [at] * len(line)
        offsets.extend(mine)
    return "\n".join(lines), offsets


def _rows(count: int, anchors: list[int]) -> list[tuple[int, int]]:
    """[lo, hi) body-line ranges of the rows, one a row number.  A row number stands on the
    row's first line (cells aligned to the top) or in its middle (cells centred vertically,
    the usual PDF layout): then each row reaches as far below its number as above it."""
    if anchors[0] == 0:  # top-aligned: a row runs to the next row number
        bounds = anchors + [count]
        return [(bounds[k], bounds[k + 1]) for k in range(len(anchors))]
    rows = []
    top = 0
    for k, a in enumerate(anchors):
        bottom = a + (a - top) + 1
        nxt = anchors[k + 1] if k + 1 < len(anchors) else count
        bottom = max(a + 1, min(bottom, nxt, count))
        rows.append((top, bottom))
        top = bottom
    return rows
