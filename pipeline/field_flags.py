"""Document fields a person must read: a number or a day filled in by hand, or printed too
faintly for OCR, is never guessed (contract: a value not stated is null) — the field stays
null and carries a ``low_confidence`` flag with the page, the box and a crop of the page
where it stands (issue #12, item 5).

The metadata recognizer marks, on the ``FieldValue``, where the value's parts stand: parts
it read as clean values (``read``: "4532", a day "26") and parts OCR left unreadable
(``unread``: "/#/", "°©.", or a blank between "ngày" and "tháng").  Here, on OCR'd pages:

* a ``read`` part whose OCR words have a confidence under ``Settings.low_confidence`` makes
  the value null and flags it (a handwritten "26" read at confidence 30 may be a "28");
* an ``unread`` part with characters in it is flagged (something stands there that is not a
  number);
* an empty ``unread`` part is flagged when the page shows ink in the gap (a handwritten day
  OCR dropped), or when the gap is too narrow to be a blank left for a hand (OCR merged the
  handwriting into a printed word).  A blank left blank is no finding.

Text-layer and DOCX pages are exact: nothing there is flagged.
"""

from __future__ import annotations

from typing import Any, Callable

from .models import FieldValue, Page, Provenance
from .normalize import NormalizedText
from .ocr_repair import DIGIT_LOOKALIKES
from .settings import Settings

FLAG = "low_confidence"
# An empty slot narrower than this (points; a word space is 3–6) cannot be a blank left for a
# hand: OCR merged the
# handwriting into a printed word beside it, so the slot is flagged without looking for ink.
MIN_BLANK_WIDTH = 10.0
# A slot's box is at least this many line heights wide (a person needs to see the whole
# handwritten number, not the sliver between two printed words).
MIN_SLOT_HEIGHTS = 2.5
# Share of a slot's pixels that are ink for it to hold handwriting (dotted leaders and the
# paper's grain stay under it).
MIN_INK = 0.02
_LEADER = set(" .…_-–·")


def flag_fields(document: dict[str, FieldValue], norm: NormalizedText, pages: list[Page],
                locate: Callable[[int, int], Provenance | None], settings: Settings,
                images: Callable[[], Any] | None = None) -> list[dict[str, Any]]:
    """Check the marked parts of every field, null the values that cannot stand, set each
    field's ``flags`` and return all flag rows (in field order).  ``images`` makes a
    ``crops.PageImages`` of the source when a crop or an ink measure is needed."""
    rows: list[dict[str, Any]] = []
    pictures: list[Any] = []

    def picture():
        if not pictures:
            pictures.append(images() if images else None)
        return pictures[0]

    checks = []  # (field, span, provenance, box) of values read on OCR'd pages
    for name, fv in document.items():
        for start, end in fv.read:
            prov = locate(start, end)
            page = _page(pages, prov.page if prov else None)
            if (prov is not None and page is not None and page.method == "ocr" and prov.box is not None
                    and _in_context(page, norm, start, end) is not None):
                checks.append((name, (start, end), prov, _narrow(page, prov, norm, start, end, widen=False),
                               _in_context(page, norm, start, end)))
    # read again with the printed words beside it ("tháng 4 năm": a lone digit is read badly)
    second = picture().reread([(c[2].page, c[4]) for c in checks]) if checks and images else None
    for i, (name, (start, end), prov, box, _context) in enumerate(checks):
        fv, value = document[name], norm.text[start:end]
        if prov.confidence is not None and prov.confidence < settings.low_confidence:
            reason = "read at a low OCR confidence"
        elif second is not None and not _confirmed(value, second[i], settings.low_confidence):
            # a line reader's confidence is the line's: a handwritten "3980" read "3990" at 92
            reason = "read differently on a second look"
        else:
            continue
        fv.value = None
        fv.flags.append(_row(name, reason, value, prov.page, _widen(box, _height(box) * MIN_SLOT_HEIGHTS),
                             prov.confidence, picture))
    for name, fv in document.items():
        for start, end in fv.unread:
            row = _unread(name, norm, pages, locate, start, end, picture)
            if row is not None:
                fv.value = None
                fv.flags.append(row)
        rows.extend(fv.flags)
    return rows


def _page(pages: list[Page], number: int | None) -> Page | None:
    return pages[number - 1] if number is not None and 0 < number <= len(pages) else None


def _unread(name, norm, pages, locate, start, end, picture) -> dict[str, Any] | None:
    text = norm.text[start:end]
    if text.strip() and not set(text) <= _LEADER:
        prov = locate(start, end)
        page = _page(pages, prov.page if prov else None)
        if page is None or page.method != "ocr":
            return None
        return _row(name, "handwritten or unreadable", text.strip(), prov.page,
                    _narrow(page, prov, norm, start, end), prov.confidence, picture)
    # nothing read (or only a leader): find the gap between the printed words around it
    page_no, offset, _ = norm.page_span(start, start + 1) if end == start else norm.page_span(start, end)
    page = _page(pages, page_no)
    if page is None or page.method != "ocr" or not page.words:
        return None
    before = [w for w in page.words if w.end <= offset]
    after = [w for w in page.words if w.start >= offset]
    if not before or not after:
        return None
    left, right = before[-1], after[0]
    top, bottom = min(left.box[1], right.box[1]), max(left.box[3], right.box[3])
    if right.box[0] <= left.box[2] or min(left.box[3], right.box[3]) <= max(left.box[1], right.box[1]):
        return None  # not side by side on one line: no place to point at
    gap = (left.box[2], top, right.box[0], bottom)
    if gap[2] - gap[0] >= MIN_BLANK_WIDTH:
        images = picture()
        ink = images.ink(page_no, gap) if images is not None else None
        if ink is not None and ink < MIN_INK:
            return None  # a blank left blank
    box = _widen(gap, (bottom - top) * MIN_SLOT_HEIGHTS)
    return _row(name, "handwritten or unreadable", "", page_no, box, None, picture)


def _confirmed(value: str, words: list[tuple[str, float]], low_confidence: float) -> bool:
    """Whether Tesseract, reading the value's box on its own, reads the same digits sure
    enough."""
    digits = "".join(ch for ch in value if ch.isdigit())
    for text, conf in words:
        if any(ch.isdigit() for ch in text):  # "l2" is "12": letters OCR takes for digits
            text = "".join(DIGIT_LOOKALIKES.get(ch, ch) for ch in text)
        runs = "".join(ch if ch.isdigit() else " " for ch in text).split()
        if digits in runs and conf >= low_confidence:
            return True
    return False


def _in_context(page: Page, norm: NormalizedText, start: int, end: int):
    """The box of the words of a span with the word before and after it on the same line."""
    _page_no, ps, pe = norm.page_span(start, end)
    inside = [i for i, w in enumerate(page.words) if w.end > ps and w.start < pe]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    chosen = [page.words[i] for i in inside]
    for j in (first - 1, last + 1):
        if 0 <= j < len(page.words):
            w, ref = page.words[j], page.words[first]
            if min(w.box[3], ref.box[3]) > max(w.box[1], ref.box[1]):  # overlaps vertically
                chosen.append(w)
    return (min(w.box[0] for w in chosen), min(w.box[1] for w in chosen),
            max(w.box[2] for w in chosen), max(w.box[3] for w in chosen))


def _height(box) -> float:
    return box[3] - box[1]


def _narrow(page: Page, prov: Provenance, norm: NormalizedText, start: int, end: int, widen: bool = True):
    """The box of the unread characters only, when OCR made one word of them and the printed
    symbol beside them ("/#//UBND-"): cut the word's box in proportion to its letters."""
    if prov.box is None:
        return None
    _page_no, ps, pe = norm.page_span(start, end)
    words = [w for w in page.words if w.end > ps and w.start < pe]
    if len(words) != 1:
        return prov.box
    w = words[0]
    span = max(1, w.end - w.start)
    x0, top, x1, bottom = w.box
    a = x0 + (x1 - x0) * max(0, ps - w.start) / span
    b = x0 + (x1 - x0) * min(span, pe - w.start) / span
    return _widen((a, top, b, bottom), (bottom - top) * MIN_SLOT_HEIGHTS) if widen else (a, top, b, bottom)


def _widen(box, width: float):
    x0, top, x1, bottom = box
    if x1 - x0 >= width:
        return box
    middle = (x0 + x1) / 2
    return (max(0.0, middle - width / 2), top, middle + width / 2, bottom)


def _row(name, reason, text, page, box, confidence, picture) -> dict[str, Any]:
    images = picture() if box is not None else None
    return {
        "field": name,
        "flag": FLAG,
        "reason": reason,
        "text": text,
        "page": page,
        "box": [round(float(v), 1) for v in box] if box else None,
        "confidence": confidence,
        "crop": images.crop(page, box) if images is not None else None,
    }
