"""The deadline recognizer reads a hostile text in time linear in its size (review 0.8, items 1
and 2).  The inputs are sized so that the quadratic code took many seconds where the fixed code
takes milliseconds: a bound hundreds of times above the fixed figure cannot flake on a loaded
machine, and one far below the old figure still fails on it."""

import time

from pipeline import deadlines as dl
from pipeline import regexes as rx


def _seconds(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def test_month_list_reads_a_long_list_of_numbers_in_linear_time():
    """"Thời gian: tháng 11, 1, 1, …": a list of months is at most twelve long, so a match
    attempt stops after twelve items (was running the whole list and backtracking over it:
    24 s on 192 KB)."""
    text = "Thời gian thực hiện: tháng 11" + ", 1" * 40000
    assert _seconds(lambda: sum(1 for _ in rx.scan(rx.MONTH_LIST, rx.MONTH_LIST_TRIGGER, text))) < 1.0


def test_month_list_of_many_month_words_stays_linear():
    text = "Thời gian thực hiện: tháng 11" + ", tháng 1" * 20000 + " năm 2026"
    assert _seconds(lambda: sum(1 for _ in rx.scan(rx.MONTH_LIST, rx.MONTH_LIST_TRIGGER, text))) < 1.0


def test_clause_subject_reads_only_around_the_clause():
    """Whether a clause follows a ";" is read at the break, not by copying the text before it
    (was a copy of everything from offset 0, once per time phrase: quadratic in the document)."""
    head = "Các xã rà soát hồ sơ " * 1_000_000  # 21 MB before the clause
    text = head + "; Sở Nội vụ tổng hợp, báo cáo trước ngày 15/12/2025.\n"
    at = text.index("trước ngày")
    brk = len(head) + 2

    def many_clauses():
        for _ in range(300):
            dl._clause_subject(text, 0, at, lambda _start: [brk], [], {})
    assert dl._clause_subject(text, 0, at, lambda _start: [brk], [], {}) == "Sở Nội vụ"
    assert _seconds(many_clauses) < 0.5


def test_leads_of_table_rows_read_each_line_once():
    """A line that names thousands of leads ("…, yêu cầu Bộ Y tế, …; Chính phủ yêu cầu các bộ …"
    over and over, the shapes of the 0.9 directive rules) is searched for a row's " | " once, not
    once per lead (was 1.4 s at 100 KB and 22 s at 400 KB)."""
    from pipeline.assignments import find_assignments
    from tests.support.texts import structure

    line = ", yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu tiếp tục; Chính phủ yêu cầu các bộ " * 4000
    st = structure("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\nII. TỔ CHỨC THỰC HIỆN\n\n" + line + "\n")
    found = find_assignments(st)
    assert sum(a.role == "lead" for a in found) > 1000
    assert _seconds(lambda: dl._table_row_leads(st, found)) < 1.0


def test_scoring_section_title_reads_in_linear_time():
    """The words allowed between a verb of making and the criteria it makes ("xây dựng lại các bộ
    tiêu chí") are a few: a look-behind repeating them without bound ran back over the whole title
    at each "bộ" (3.8 s on 10 KB of "bộ bộ …", 32 s on 20 KB: cubic)."""
    title = "bộ " * 7000
    assert _seconds(lambda: rx.SCORING_SECTION.search(title)) < 1.0
