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

