"""A number or a day written by hand (or unreadable) is never invented: the field is null and
carries a low_confidence flag with its page, box and crop (issue #12, item 5).

The slow tests read real letterheads: the top quarter of page 1 of four archive scans
(tests/data/real_scans/headers/, see SOURCES.tsv there), three with the number and day filled
in by hand, one printed.  The points each flag must cover were measured by eye on the page
images (PDF points from the top-left corner)."""

import base64
import io
from pathlib import Path

import pytest
from PIL import Image

from pipeline.document import extract_document
from pipeline.field_flags import flag_fields
from pipeline.metadata import recognize_metadata
from pipeline.models import Page, Word
from pipeline.normalize import normalize_pages
from pipeline.provenance import Locator
from pipeline.settings import Settings
from pipeline.structure import parse

HEADERS = Path(__file__).parent / "data" / "real_scans" / "headers"


# ----------------------------------------------------------------------------- rules (fast)

class FakeImages:
    """Stands in for crops.PageImages: fixed ink share, fixed second readings."""

    def __init__(self, ink=0.0, second=None):
        self._ink, self._second, self.reread_calls = ink, second, []

    def ink(self, page, box):
        return self._ink

    def crop(self, page, box):
        return "data:image/png;base64,AAAA"

    def reread(self, regions):
        self.reread_calls.append(regions)
        return [self._second or [] for _ in regions]


def ocr_page(line_words, method="ocr"):
    """One header line of OCR words ``(text, x0, x1, conf)`` on a page: text and boxes."""
    text, words, pos = "", [], 0
    for word, x0, x1, conf in line_words:
        if text:
            text += " "
            pos += 1
        words.append(Word(word, pos, pos + len(word), (x0, 100.0, x1, 112.0), conf))
        text += word
        pos += len(word)
    return Page(1, text + "\n", method, words=words, width=595.0, height=842.0)


def run(page, images):
    norm = normalize_pages([page])
    document = recognize_metadata(parse(norm.text))
    locate = Locator(norm, [page]).locate
    for fv in document.values():
        fv.set_provenance(locate(fv.start, fv.end), Settings())
    rows = flag_fields(document, norm, [page], locate, Settings(), lambda: images)
    return document, rows


NUMBER_LINES = [
    # (words, second reading, ink, number, flagged, reason)
    ([("Số:", 60, 75, 90), ("/#//UBND-", 77, 160, 7), ("KSTTHC", 165, 220, 89)], None, 0.0,
     None, True, "handwritten or unreadable"),  # OCR read garbage where the number stands
    ([("Số:", 60, 75, 90), ("4532/UBND-KSTTHC", 77, 220, 41)], [("Số: 4532/UBND-KSTTHC", 95.0)], 0.0,
     None, True, "read at a low OCR confidence"),  # digits, but at confidence 41
    ([("Số:", 60, 75, 92), ("3990/C04-P6", 160, 232, 92)], [("Số:", 90.0), ("3980/C04-P6", 85.0)], 0.0,
     None, True, "read differently on a second look"),  # a line reader's confidence is the line's
    ([("Số:", 60, 75, 92), ("505/QĐ-TTg", 80, 150, 92)], [("Số:", 93.0), ("505/QĐ-TTg", 91.0)], 0.0,
     "505", False, None),  # printed, read the same twice
    ([("Số:", 60, 75, 92), ("/STTTT-CNTT", 107, 196, 49)], None, 0.12,
     None, True, "handwritten or unreadable"),  # nothing read, ink in the 32-point blank
    ([("Số:", 60, 75, 92), ("/STTTT-CNTT", 107, 196, 49)], None, 0.001,
     None, False, None),  # nothing read, nothing written: a blank is no finding
    ([("Số:", 60, 75, 92), ("/STTTT-CNTT", 79, 170, 49)], None, 0.0,
     None, True, "handwritten or unreadable"),  # no room for a blank: OCR swallowed the hand
]


@pytest.mark.parametrize("words,second,ink,number,flagged,reason", NUMBER_LINES)
def test_number_flags(words, second, ink, number, flagged, reason):
    document, rows = run(ocr_page(words), FakeImages(ink, second))
    assert document["number"].value == number
    flags = [r for r in rows if r["field"] == "number"]
    assert bool(flags) == flagged
    if flagged:
        (row,) = flags
        assert row["flag"] == "low_confidence" and row["reason"] == reason and row["page"] == 1
        assert row["crop"].startswith("data:image/png;base64,")
        x0, top, x1, bottom = row["box"]
        assert x0 >= 60 and x1 <= 232 and top <= 100 and bottom >= 112


def test_text_layer_values_are_never_flagged():
    page = ocr_page([("Số:", 60, 75, None), ("/#//UBND-", 77, 160, None), ("KSTTHC", 165, 220, None)],
                    method="pdf-text")
    document, rows = run(page, FakeImages(ink=1.0))
    assert rows == [] and document["number"].value is None


@pytest.mark.parametrize("words,second,date,flagged_text", [
    ([("Phú", 287, 308, 95), ("Thọ,", 312, 333, 96), ("ngày", 339, 365, 96), ("tháng", 371, 422, 52),
      ("12", 426, 438, 96), ("năm", 445, 467, 96), ("2011", 475, 499, 94)],
     [("Phú", 95.0), ("Thọ,", 95.0), ("ngày", 95.0), ("tháng", 95.0), ("12", 90.0), ("năm", 95.0)],
     None, [""]),  # the handwritten "07" swallowed by "tháng": a 6-point gap is no blank
    ([("Hà", 300, 315, 96), ("Nội,", 318, 340, 96), ("ngày", 345, 370, 96), ("22", 375, 388, 96),
      ("tháng", 392, 420, 96), ("4", 425, 431, 96), ("năm", 436, 458, 96), ("2022", 462, 490, 96)],
     [("ngày", 95.0), ("22", 93.0), ("tháng", 95.0), ("4", 91.0), ("năm", 95.0)],
     "2022-04-22", []),  # printed and read twice alike
    ([("Hà", 300, 315, 96), ("Nội,", 318, 340, 96), ("ngày", 345, 370, 96), ("22", 375, 388, 96),
      ("tháng", 392, 420, 96), ("l", 425, 431, 96), ("năm", 436, 458, 96), ("2022", 462, 490, 96)],
     [("ngày", 95.0), ("22", 93.0)], None, ["l"]),  # a month OCR read as a letter
])
def test_day_and_month_flags(words, second, date, flagged_text):
    document, rows = run(ocr_page(words), FakeImages(0.0, second))
    assert document["issue_date"].value == date
    assert [r["text"] for r in rows if r["field"] == "issue_date"] == flagged_text


# ------------------------------------------------------------------- real letterheads (OCR)

def crop_image(uri):
    assert uri and uri.startswith("data:image/png;base64,")
    return Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))


# header file, number, issue date, [(field, a point (x, y) the flag's box must cover)]
REAL_HEADERS = [
    ("P01_p1_header.jpg", None, None, [("number", (100, 77)), ("issue_date", (377, 70))]),
    ("Q01_p1_header.jpg", None, None, [("number", (170, 120)), ("issue_date", (400, 118))]),
    ("Q02_p1_header.jpg", None, None, [("number", (147, 103)), ("issue_date", (437, 107))]),
    ("P03_p1_header.jpg", "29", "2023-04-19", []),  # printed: read, no flag
]


@pytest.mark.slow
@pytest.mark.parametrize("name,number,date,flags", REAL_HEADERS)
def test_real_handwritten_numbers_and_days_are_flagged_with_their_crop(name, number, date, flags):
    result = extract_document((HEADERS / name).read_bytes(), name)
    assert result.document["number"].value == number
    assert result.document["issue_date"].value == date
    rows = result.to_json()["flags"]
    for field, (x, y) in flags:
        boxes = [r["box"] for r in rows if r["field"] == field]
        assert any(b[0] <= x <= b[2] and b[1] - 4 <= y <= b[3] + 4 for b in boxes), (field, boxes)
    assert {r["field"] for r in rows} == {f for f, _ in flags}
    for row in rows:
        assert row["flag"] == "low_confidence" and row["page"] == 1
        assert crop_image(row["crop"]).width > 40
    doc_row = result.rows()["documents"][0]
    assert doc_row["flags"] == (",".join(dict.fromkeys(f"{r['field']}:low_confidence" for r in rows)) or None)
