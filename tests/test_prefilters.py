"""The cheap tests that skip a pattern where it cannot match skip nothing it would find.

Each pairs a plain-string test with a pattern (regexes.later_directives, sentence_starts,
first_sentence_start, execution_clause; agencies.starts_with_agency's look-up of a head's first
letters): on every line of the seeds and the real texts, and on sentences made for the
purpose, the answer is the pattern's own.  A new alternative of a pattern that leaves the
words its prefilter looks for shows up here (in a line of these texts that it matches).
"""

from pathlib import Path

import pytest

from pipeline import agencies
from pipeline import regexes as rx
from pipeline.normalize import normalize_pages
from pipeline.models import Page

DATA = Path(__file__).parent / "data"
TEXTS = sorted((DATA / "seeds").glob("*.txt")) + sorted((DATA / "real_text").glob("*.txt"))

MADE = [
    "Chánh Văn phòng, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này.",
    "Quyết định có hiệu lực kể từ ngày ký.",
    "QUYẾT ĐỊNH NÀY CÓ HIỆU LỰC KỂ TỪ NGÀY KÝ.",
    "Các cơ quan căn cứ Quyết định thi hành.",
    "Ủy ban nhân dân cấp xã tiếp nhận hồ sơ và giao Phòng Văn hóa - Xã hội chủ trì.",
    "Trên đây là Kế hoạch; UBND tỉnh ĐỀ NGHỊ các sở, ban, ngành triển khai.",
    "Báo cáo kết quả. Yêu cầu các đơn vị thực hiện, gửi Sở Nội vụ.",
    "Sở Nội vụ chủ trì.", "- Ủy ban nhân dân xã", "UBND tỉnh", "các sở, ban, ngành", "Căn cứ Luật",
    "İ", "", "Sở", "ſở Y tế",
]


def lines(path: Path) -> list[str]:
    return normalize_pages([Page(1, path.read_text(encoding="utf-8"), "text")]).text.split("\n")


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def check(line: str) -> None:
    assert spans(rx.later_directives(line)) == spans(rx.LATER_DIRECTIVE.finditer(line)), line
    assert spans(rx.sentence_starts(line)) == spans(rx.SENTENCE_START.finditer(line)), line
    found, full = rx.first_sentence_start(line), rx.SENTENCE_START.search(line)
    assert (found and found.span()) == (full and full.span()), line
    found, full = rx.execution_clause(line), rx.EXECUTION_CLAUSE.search(line)
    assert (found and found.span()) == (full and full.span()), line
    for strong_only in (False, True):
        for text in (line, line[:1].lower() + line[1:]):
            k = len(text) - len(text.lstrip("-+• "))
            first = text[k:k + 1]
            head = agencies._head_pattern(strong_only)
            expected = bool(head.match(text, k) if first.upper() == first else head.match(first.upper() + text[k + 1:]))
            assert agencies.starts_with_agency.__wrapped__(text, strong_only) == expected, text


@pytest.mark.parametrize("line", MADE)
def test_made_sentences(line):
    check(line)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem[:24])
def test_every_line_of_the_real_texts(path):
    for line in lines(path):
        check(line)
