"""Normalization reads a text a bounded number of times, whatever its size (review 0.7, items 1,
2 and 5): counted by operations, not by the clock, so a loaded machine cannot make them flake."""

import pytest

from pipeline import normalize as nz


def _count_calls(monkeypatch, name: str) -> list:
    """Wrap the module's helper ``name``; the list returned grows by one item a call."""
    calls = []
    helper = getattr(nz, name)

    def counted(*args, **kwargs):
        calls.append(args[1:2])
        return helper(*args, **kwargs)
    monkeypatch.setattr(nz, name, counted)
    return calls


def _count_lines_read(monkeypatch) -> list:
    """Every line the table-header check reads (through ``_lines_from``)."""
    lines = []
    helper = nz._lines_from

    def counted(text, start):
        for line in helper(text, start):
            lines.append(line[1])
            yield line
    monkeypatch.setattr(nz, "_lines_from", counted)
    return lines


@pytest.mark.parametrize("text", [
    "|\n" * 3000,                                              # a crawl of table borders
    "|\n" * 3000 + "\n",
    "|\n" * 3000 + "x\n" * 17,                                 # ... before a cell of its own
    ("|\nTT\n|\nNội dung\n|\nĐơn vị\n|\n|\n" * 500),            # rows of 3 cells, no label
    "|\n" * 1500 + "\n".join(f"Ô số {i}\n|" for i in range(20)) + "\n",  # too many cells a row
    ("|\n" + "một dòng dài của ô bảng " * 6 + "\n") * 500,      # cells too long to be labels
], ids=["borders", "borders-blank", "borders-cell", "rows-no-label", "too-many-cells", "long-cells"])
def test_table_crawl_reads_each_line_a_few_times(monkeypatch, text):
    lines = _count_lines_read(monkeypatch)
    nz.crawl_table_rows(text)
    n_lines = text.count("\n") + 1
    assert len(lines) <= 3 * n_lines  # (was each "|" line reading all the ones after it: n²/2)


def test_table_crawl_still_finds_a_header_after_layout_rows(monkeypatch):
    """The skip keeps the "|" lines that end a row: they may open the next one, a header."""
    layout = "|\nỦY BAN NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n|\n"
    table = "|\nTT\n|\nNội dung\n|\nĐơn vị chủ trì\n|\n|\n1\n|\nLập kế hoạch\n|\nSở Tài chính\n|\n"
    text = "|\n" * 50 + layout * 20 + "|\n" * 50 + table + "\nSau bảng."
    lines = _count_lines_read(monkeypatch)
    edits = nz.crawl_table_rows(text)
    assert len(lines) <= 3 * (text.count("\n") + 1)
    table_start = text.index(table)
    # (the table opens at the run of "|" lines before its header: the layout rows stay)
    assert edits and set(text[edits[0][0]:table_start]) == {"|", "\n"}
    assert any(r == " | " for _, _, r in edits) and any(r == "\n" for _, _, r in edits)


def _wrapped_items(n: int) -> str:
    """n numbered items, each wrapped by the layout before a capital ("… Kế\nHoạch …")."""
    item = ("{i}. Giao các sở, ban, ngành phối hợp chặt chẽ với các địa phương triển khai Kế\n"
            "Hoạch tuyên truyền về chuyển đổi số trong các cơ quan nhà nước trên địa bàn tỉnh.\n")
    return "".join(item.format(i=i % 90 + 1) for i in range(n))


def test_wrapped_items_search_each_word_once_per_text(monkeypatch):
    text = _wrapped_items(400)
    width = nz.hard_wrap_width(text)
    assert width is not None
    scans = _count_calls(monkeypatch, "_after_lower_case_word")
    name_words = _count_calls(monkeypatch, "_name_word")
    nz.wrapped_item_edits(nz.Rewriter(text), text, width)
    assert len(name_words) >= 400  # every item line was a candidate ...
    assert len(scans) <= 2  # ... and the text was searched once for "Hoạch tuyên", once for "Hoạch" (was 800 times)


@pytest.mark.parametrize("phrase_text,at_line,expected", [
    # the line's own place does not count: a name must be written after a lower-case word elsewhere
    ("1. Phối hợp với các cơ quan và Ủy ban\nNhân dân tỉnh thực hiện", 1, False),
    ("1. Phối hợp với các cơ quan và Ủy ban\nNhân dân tỉnh thực hiện\ngiao cho Nhân dân tỉnh", 1, True),
    ("1. Phối hợp với Bộ\nCông an\nphối hợp với Công an tỉnh, với Công an huyện", 1, True),
    ("1. Giao cho Sở\nĐẩy mạnh công tác\nĐẩy mạnh việc", 1, False),
    ("1. Giao cho Sở\nUBND tỉnh", 1, True),                     # an abbreviation is a name
])
def test_name_word_counts_leave_the_line_itself_out(phrase_text, at_line, expected):
    at = sum(len(line) + 1 for line in phrase_text.split("\n")[:at_line])
    assert nz._name_word(phrase_text, at, nz._NameWordCounts(phrase_text)) is expected


def test_windows_line_ends_wrap_at_the_same_width():
    words = "giao Sở Tài chính chủ trì phối hợp các cơ quan thực hiện nhiệm vụ năm 2025".split()
    lines, line = [], ""
    for i in range(600):
        word = words[i % len(words)]
        if len(line) + 1 + len(word) > 82:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    text = "\n".join(lines)
    assert nz.hard_wrap_width(text) is not None
    assert nz.hard_wrap_width(text.replace("\n", "\r\n")) == nz.hard_wrap_width(text)
