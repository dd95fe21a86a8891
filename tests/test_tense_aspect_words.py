"""The preverbal tense and aspect words (models/tense_aspect_words.tsv): one list for the report
of done or ongoing work (DONE_OR_DOING), the clause of past work (PAST_WORK_AFTER) and the end of
a speaking body's name (regexes.speaker)."""

import pytest

from pipeline import regexes as rx
from pipeline import vocab


@pytest.mark.parametrize("text,reported", [
    # a conclusion's review of the past term
    ("Văn phòng Trung ương Đảng và các văn phòng tỉnh ủy, thành ủy đã chủ động nắm tình hình", True),
    ("các sở, ngành đang triển khai thực hiện", True),
    ("một số địa phương vẫn chưa ban hành kế hoạch", True),
    ("Sở Tư pháp vừa tổ chức hội nghị", True),
    ("Sở Nội vụ sẽ tổng hợp báo cáo", False),  # a plan's "sẽ" announces work
    ("Sở Tài chính chủ trì, phối hợp với các đơn vị", False),
])
def test_done_or_doing(text, reported):
    assert bool(rx.DONE_OR_DOING.search(text)) == reported


@pytest.mark.parametrize("text,past", [
    ("Trong năm 2025, tỉnh đã tổ chức 15 hội nghị", True),
    ("Trong tháng 11 năm 2025, tỉnh vừa hoàn thành việc sắp xếp", True),
    ("Trong năm 2026, các sở, ngành tổ chức tập huấn", False),
])
def test_past_work_after_a_period(text, past):
    assert bool(rx.PAST_WORK_AFTER.match(text, text.index(","))) == past


@pytest.mark.parametrize("text,who", [
    ("Bộ Công Thương thông báo các thương nhân", "Bộ Công Thương"),
    ("Bộ Tài chính đã nhận được văn bản của Sở và đề nghị", None),
    ("Sở Nội vụ vẫn đề nghị các doanh nghiệp", None),  # "vẫn" ends the name: no body speaks
])
def test_a_speaking_body_runs_over_no_tense_word(text, who):
    m = rx.speaker(("Bộ", "Sở")).search(text)
    assert (m and m.group("who")) == who


def test_one_list():
    assert set(vocab.tense_aspect_words("past")) == {"đã", "vừa"}
    assert set(vocab.tense_aspect_words()) >= {"đã", "đang", "vẫn", "vừa", "sẽ", "chưa"}
