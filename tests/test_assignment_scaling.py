"""The assignment recognizer reads hostile texts built from the shapes of its newest rules
(review 0.8b) without an error and in time linear in their size.  Each bound is far above the
fixed code's figure (a loaded machine cannot flake it) and far below the broken code's."""

import time

from pipeline.agencies import agency_extent
from pipeline.assignments import find_assignments
from tests.support.texts import structure


def _seconds(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def test_a_run_of_branch_words_raises_no_recursion_error():
    """"Chi nhánh" before its parent's name is read a few levels deep, not once per repetition
    (1,200 repetitions raised RecursionError out of find_assignments)."""
    text = "II. TỔ CHỨC THỰC HIỆN\n1. " + "Chi nhánh " * 1200 + "Văn phòng đăng ký đất đai chủ trì thực hiện.\n"
    find_assignments(structure(text))


def test_a_branch_of_a_branch_is_still_one_name():
    name = "Chi nhánh Chi nhánh Văn phòng đăng ký đất đai"
    assert agency_extent(name + " thực hiện") == len(name)


def test_a_run_of_conditions_raises_no_recursion_error():
    """The subject after a condition's "thì" is read one level deep, not once per condition
    (500 repetitions, a 10 KB line, raised RecursionError and the document failed as corrupt)."""
    line = "Đối với việc này thì " * 5000 + "Sở Tài chính có trách nhiệm báo cáo."
    text = "II. TỔ CHỨC THỰC HIỆN\n1. " + line + "\n"
    assert _seconds(lambda: find_assignments(structure(text))) < 10
