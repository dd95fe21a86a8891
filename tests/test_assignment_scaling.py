"""The assignment recognizer reads hostile texts built from the shapes of its newest rules
(review 0.8b) without an error and in time linear in their size.  Each bound is far above the
fixed code's figure (a loaded machine cannot flake it) and far below the broken code's."""

import time

import pytest

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


def test_many_partner_phrases_on_one_long_line_stay_linear():
    """Each partner phrase's task is its line's first sentence, read in a window, not by folding
    the whole line once per phrase (8 s at 100 KB, 126 s at 400 KB)."""
    line = "Sở Y tế tổ chức tiêm chủng cho trẻ em trên địa bàn, chủ trì, phối hợp với Sở Tài chính " * 2000
    st = structure("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\nII. TỔ CHỨC THỰC HIỆN\n\n" + line + "\n")
    assert _seconds(lambda: find_assignments(st)) < 10


@pytest.mark.parametrize("text", [
    "- Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan bố trí kinh phí. Sở Nội vụ theo dõi.",
    "Sở Y tế tổ chức tiêm chủng; " + "x " * 2000,
    "Sở Y tế tổ chức tiêm chủng cho trẻ em " + " " * 3000 + "trên địa bàn tỉnh.",
    "Sở Y tế " * 400 + "tổ chức tiêm chủng.",
])
def test_a_long_texts_first_sentence_is_read_the_same_in_a_window(text):
    from pipeline.assignments import _sentence_folded, first_sentence

    assert first_sentence(text) == _sentence_folded(text)[:200].rstrip()
