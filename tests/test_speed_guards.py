"""Tests that skip a pattern where it cannot match (speed passes, docs/speed.md) give what the
pattern gives: the first letters a title's or a line's directive and responsibility patterns can
open with (``regexes.DIRECTIVE_FIRST_LETTERS`` …, read by ``assignments._directive_end`` and
``_responsibility_end``), the request word ISSUER_DIRECTIVE needs, and SUBJECT written greedy."""

import sys
from pathlib import Path

import pytest
import regex

from pipeline import assignments
from pipeline import regexes as rx

DATA = Path(__file__).parent / "data"
ALL_CHARACTERS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _folds_of(letters: str, flags: int) -> set[str]:
    """Every character ``regex`` matches to one of ``letters`` under ``flags``."""
    return {m.group() for m in regex.compile(f"[{regex.escape(letters)}]", flags).finditer(ALL_CHARACTERS)}


# The words each pattern's alternatives open with (kept in step with regexes.py: the pattern's
# source must open them so, checked below).
DIRECTIVE_OPENINGS = ("đồng", "giao", "đề", "yêu", "gửi", "khuyến")
ISSUER_OPENINGS = ("Ủy", "UBND", "Sở", "Ban", "Bộ", "Hội", "HĐND", "Thường", "Văn", "Tỉnh", "Thành", "Huyện",
                   "Đảng", "Phó", "Chủ", "Giám", "Thủ", "Chính")
RESPONSIBILITY_OPENINGS = ("trách", "nhiệm", "nội")


def test_the_openings_are_the_patterns_own():
    for word in DIRECTIVE_OPENINGS:
        assert word in rx.DIRECTIVE.pattern
    for word in ISSUER_OPENINGS:
        assert word in rx.ISSUER_DIRECTIVE.pattern
    assert rx.RESPONSIBILITY_TITLE.pattern.startswith(r"^(?:trách\s+nhiệm|nhiệm\s+vụ)")
    assert rx.DUTIES_OF_CLASS_TITLE.pattern.startswith(r"^(?:trách\s+nhiệm|nhiệm\s+vụ)")
    assert rx.LEAD_OF_CONTENT_TITLE.pattern.startswith(r"^nội\s+dung")


def test_first_letters_hold_every_case_fold_of_the_openings():
    # (case-blind: "K" is also the Kelvin sign to `regex`; ISSUER_DIRECTIVE is case-sensitive)
    assert _folds_of("".join(w[0] for w in DIRECTIVE_OPENINGS), rx.DIRECTIVE.flags) <= rx.DIRECTIVE_FIRST_LETTERS
    assert "\u212a" in rx.DIRECTIVE_FIRST_LETTERS
    assert _folds_of("".join(w[0] for w in ISSUER_OPENINGS), rx.ISSUER_DIRECTIVE.flags) <= rx.ISSUER_DIRECTIVE_FIRST_LETTERS
    for pattern in (rx.RESPONSIBILITY_TITLE, rx.DUTIES_OF_CLASS_TITLE, rx.LEAD_OF_CONTENT_TITLE):
        assert _folds_of("".join(w[0] for w in RESPONSIBILITY_OPENINGS), pattern.flags) <= rx.RESPONSIBILITY_FIRST_LETTERS


def _directive_end_unguarded(text: str) -> int:
    m = rx.DIRECTIVE.match(text) or rx.ISSUER_DIRECTIVE.match(text)
    return m.end() if m else 0


def _responsibility_end_unguarded(text: str) -> int:
    m = rx.RESPONSIBILITY_TITLE.match(text) or rx.DUTIES_OF_CLASS_TITLE.match(text) or rx.LEAD_OF_CONTENT_TITLE.match(text)
    return m.end() if m else 0


# Real titles and lines (Nghệ An QĐ 97/2025, Bắc Ninh QĐ 1520/2025, Thông báo 624/TB-VPCP 2025, the
# bench texts' shapes) and the edges: the Kelvin sign, "Văn phòng" (an issuer the first-letter test
# of _sentence_subjects leaves out), an empty line, a request without its word in lower case.
EDGE_LINES = [
    "Giao Sở Tư pháp theo dõi, đôn đốc việc thực hiện", "GIAO SỞ NỘI VỤ chủ trì", "Đề nghị: Hiệp hội Doanh nghiệp tỉnh",
    "đề nghị Ủy ban nhân dân các xã", "Yêu cầu các sở, ban, ngành", "Khuyến khích Doanh nghiệp tham gia",
    "\u212ahuyến khích Doanh nghiệp tham gia", "Đồng thời, giao Sở Tài chính bố trí kinh phí", "Gửi Bộ Y tế",
    "Ủy ban nhân dân tỉnh đề nghị các sở", "UBND tỉnh yêu cầu Sở Y tế", "Văn phòng UBND tỉnh đề nghị Sở Nội vụ",
    "Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nội vụ", "Chính phủ yêu cầu các bộ, ngành", "Sở Y tế ĐỀ NGHỊ các xã",
    "Trách nhiệm của Sở Nội vụ", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN", "Nhiệm vụ của doanh nghiệp cung cấp dịch vụ",
    "Nội dung Công an tỉnh có trách nhiệm chủ trì", "nội dung do Sở Nội vụ chủ trì", "", " Giao Sở", "Sở Nội vụ chủ trì",
]


def _real_lines() -> list[str]:
    lines = []
    for path in sorted((DATA / "seeds").glob("*.txt")) + sorted((DATA / "real_text").glob("*.txt")):
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return lines


@pytest.mark.parametrize("line", EDGE_LINES)
def test_guarded_ends_are_the_patterns_ends_on_edges(line):
    assert assignments._directive_end(line) == _directive_end_unguarded(line)
    assert assignments._responsibility_end(line) == _responsibility_end_unguarded(line)


def test_guarded_ends_are_the_patterns_ends_on_real_lines():
    lines = _real_lines()
    assert sum(_directive_end_unguarded(t) > 0 for t in lines) >= 10  # (the lines hold directives)
    for t in lines:
        for text in (t, t[t.find(" ") + 1:]):  # the line, and after its first word (an item's mark)
            assert assignments._directive_end(text) == _directive_end_unguarded(text), text
            assert assignments._responsibility_end(text) == _responsibility_end_unguarded(text), text


def test_every_issuer_directive_holds_its_request_word():
    for t in _real_lines() + EDGE_LINES:
        if rx.ISSUER_DIRECTIVE.match(t):
            assert rx.holds_issuer_request(t)


# SUBJECT's former, lazy form: the greedy one gives the same spans.
LAZY_SUBJECT = regex.compile(r"\s*(?:về\s+việc|v/v|về)\s+(?P<subject>[^;\n|\t]{3,200}?)(?=[;.\n|\t]|$)",
                             regex.V0 | regex.IGNORECASE)
SUBJECT_EDGES = [
    "về việc ban hành Kế hoạch thực hiện.", "V/v triển khai; báo cáo", "về a.b.c tiếp", "về ab.", "về abc",
    "về ab", "về " + "x" * 199 + ".", "về " + "x" * 200 + ".", "về " + "x" * 201 + ".", "về " + "x" * 250,
    "về việc\tthi hành", "về việc thi hành\n", "về việc thi hành\nkhác", "Về Việc | bảng", "về ..a", "về  ;;;",
    "về việc x.y;z", "về  nội dung trên\n\n",
]


def _subject_spans(pattern, text, pos=0, endpos=None):
    m = pattern.match(text, pos, len(text) if endpos is None else endpos)
    return m and (m.span(), m.span("subject"))


@pytest.mark.parametrize("text", SUBJECT_EDGES)
def test_subject_greedy_matches_the_lazy_form(text):
    assert _subject_spans(rx.SUBJECT, text) == _subject_spans(LAZY_SUBJECT, text)
    assert _subject_spans(rx.SUBJECT, text, 0, len(text) - 1) == _subject_spans(LAZY_SUBJECT, text, 0, len(text) - 1)


def test_subject_greedy_matches_the_lazy_form_in_real_texts():
    text = "\n".join(_real_lines())
    starts = [m.start() for m in regex.finditer(r"(?i)về|v/v", text)]
    assert len(starts) > 100
    for k in starts:
        for end in (len(text), min(len(text), k + 260)):
            assert _subject_spans(rx.SUBJECT, text, k, end) == _subject_spans(LAZY_SUBJECT, text, k, end)


def test_a_sections_title_is_read_for_scoring_once_not_per_time(monkeypatch):
    # (constructed, review27b) a crawl that ran a plan onto one line makes that line a heading's title: reading
    # the title for "chấm điểm" at each of its thousand times was quadratic (a 1 MB line: two minutes)
    from tests.support.texts import deadline_entries

    long_reads = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, string, *args, **kwargs):
            if len(string) > 10_000:
                long_reads.append(len(string))
            return self.pattern.search(string, *args, **kwargs)

    monkeypatch.setattr(rx, "SCORING_SECTION", Counting(rx.SCORING_SECTION))
    sentence = "Sở Nội vụ chủ trì rà soát vị trí việc làm; Sở Tài chính bố trí kinh phí. Thời gian thực hiện: Quý I/2025. "
    deadline_entries("KẾ HOẠCH\nII. NHIỆM VỤ\n1. " + sentence * 200 + "\n")
    assert len(long_reads) <= 2
