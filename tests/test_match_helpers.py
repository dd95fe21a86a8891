"""The candidate-position matchers of ``pipeline/regexes.py`` (``scan``, ``MatchesAt``,
``line_start_pattern``) give exactly what the pattern's own ``finditer`` gives, and the item
marks written once there read the marks real documents print."""

import re

import pytest
import regex

from pipeline import regexes as rx
from pipeline import vocab

LINES = (
    "KẾ HOẠCH\n1. Sở Tài chính chủ trì\na) Giao Sở Nội vụ\n- rà soát\n\n"
    "II. TỔ CHỨC THỰC HIỆN\nĐiều 3. Hiệu lực\n1.2.3) mục con\nb. Tuyên truyền\n"
)


@pytest.mark.parametrize("pattern", [
    re.compile(r"^\d{1,2}[.)][ ]\S+", re.MULTILINE),
    re.compile(r"^(?:[a-zđ][.)]|[-+•])[ ]\S+", re.MULTILINE),
    regex.compile(r"^[ ]*\p{Lu}+[ ]\p{Lu}+$", regex.MULTILINE),
    regex.compile(rf"^(?:{rx.ARABIC_ITEM_MARK}|{rx.LETTER_ITEM_MARK})[ ]", regex.MULTILINE),
])
def test_line_start_pattern_finds_what_finditer_finds(pattern):
    expected = [m.span() for m in pattern.finditer(LINES)]
    assert expected  # (each pattern matches something here)
    assert [m.span() for m in rx.line_start_pattern(pattern).finditer(LINES)] == expected


@pytest.mark.parametrize("pattern", [r"^a|b", r"^(?:a)|b", r"^[ ]*x|y"])
def test_line_start_pattern_refuses_a_top_level_alternative(pattern):
    with pytest.raises(AssertionError):
        rx.line_start_pattern(re.compile(pattern, re.MULTILINE))


@pytest.mark.parametrize("pattern", [r"^(?:a|b)", r"^[|]x", r"^[]|]x", r"^[^]|]x", r"^a\|b", r"^[\]|]x"])
def test_line_start_pattern_takes_a_bar_inside_a_group_class_or_escape(pattern):
    rx.line_start_pattern(re.compile(pattern, re.MULTILINE))


def test_scan_skips_candidates_inside_the_match_before():
    # "Luật Luật …": the second trigger lies inside the first match, as finditer would skip it
    pattern = regex.compile(r"Luật[ ]\w+[ ]\w+")
    trigger = re.compile(r"Luật")
    text = "theo Luật Luật sư năm 2006 và Luật Đất đai 2024"
    assert [m.group() for m in rx.scan(pattern, trigger, text)] == [m.group() for m in pattern.finditer(text)]


@pytest.mark.parametrize("mark, fragment", [
    ("1.", rx.ARABIC_ITEM_MARK), ("12)", rx.ARABIC_ITEM_MARK), ("1.2.", rx.ARABIC_ITEM_MARK),
    ("1.2.3)", rx.ARABIC_ITEM_MARK), ("a)", rx.LETTER_ITEM_MARK), ("đ.", rx.LETTER_ITEM_MARK),
    ("-", rx.BULLET_ITEM_MARK), ("•", rx.BULLET_ITEM_MARK), ("Điều 12", rx.ARTICLE_NUMBER),
    ("IV.", rx.ROMAN_PART_MARK),
])
def test_item_marks_read_the_marks_documents_print(mark, fragment):
    assert regex.fullmatch(fragment, mark)


@pytest.mark.parametrize("not_a_mark, fragment", [
    ("123.", rx.ARABIC_ITEM_MARK), ("1.2.3.4.", rx.ARABIC_ITEM_MARK), ("1", rx.ARABIC_ITEM_MARK),
    ("A)", rx.LETTER_ITEM_MARK), ("ab)", rx.LETTER_ITEM_MARK), ("IV", rx.ROMAN_PART_MARK),
])
def test_item_marks_refuse_what_is_no_mark(not_a_mark, fragment):
    assert not regex.fullmatch(fragment, not_a_mark)


@pytest.mark.parametrize("line, opens", [
    ("a) Giao Sở Nội vụ", True), ("b. Tuyên truyền", True), ("c ) lệch", True),
    ("a.b.c", False), ("A) Hoa", False), ("văn bản (xem)", False), ("", False),
])
def test_may_open_letter_heading(line, opens):
    assert rx.may_open_letter_heading(line) is opens


# Lines of real documents (Sơn La KH 2025, Hà Nội CV 6397/2025, a crawled decision's article),
# and the shapes at a sentence start's edges: an abbreviation's dots, a number, several spaces.
SENTENCE_LINES = (
    "Giao Sở Tư pháp chủ trì theo Điều lệ. Giao Sở Nội vụ phối hợp. Văn phòng UBND tỉnh theo dõi, đôn đốc.",
    "…; báo cáo kết quả. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.",
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở. Thủ trưởng các cơ quan chịu trách nhiệm thi hành.",
    "Theo TP. Hồ Chí Minh.  Ủy ban nhân dân các xã. đặc khu",
    "Tỷ lệ đạt 1.5. Sở Y tế tổng hợp .. Bộ Tài chính . Cục Thuế",
    "Không có câu nào ở đây",
)


@pytest.mark.parametrize("line", SENTENCE_LINES)
def test_sentence_start_after_stop_finds_sentence_start(line):
    # (the assignment reader finds sentence starts from their full stop: each match starts at
    # its "." and ends where SENTENCE_START's does)
    expected = [m.span() for m in rx.SENTENCE_START.finditer(line)]
    found = [m.span() for m in rx.SENTENCE_START_AFTER_STOP.finditer(line)]
    assert [(s - 1, e) for s, e in expected] == found


@pytest.mark.parametrize("line, clauses", [
    ("Ủy ban nhân dân cấp xã tiếp nhận hồ sơ và giao Phòng Văn hóa - Xã hội chủ trì", ["giao Phòng"]),
    ("Sở Tài chính tổng hợp, giao các đơn vị thực hiện", ["giao các"]),
    ("Báo cáo kết quả; UBND tỉnh đề nghị các sở, ban, ngành triển khai", ["UBND tỉnh"]),
    ("Hoàn thành trong năm 2025. Đề nghị Ủy ban nhân dân các xã thực hiện", ["Đề nghị"]),
    ("Sở Y tế chủ trì,  gửi Bộ Y tế kết quả; đồng thời giao Sở Tài chính bố trí kinh phí", ["gửi Bộ", "đồng thời"]),
    ("Các đơn vị phối hợp và giao nộp hồ sơ", []),  # (lower case after "giao": no addressee)
    # (review 0.8b #2) a body's name after the issuer's "giao" is an addressee, its capital no noun
    # "giao ban" / "giao thông" under the case-blind pattern; the nouns themselves hand nothing on
    ("Sở Nội vụ tổng hợp; UBND tỉnh giao Ban Quản lý các khu công nghiệp chủ trì", ["UBND tỉnh"]),
    ("Sở Nội vụ tổng hợp; Bộ Xây dựng chỉ đạo bảo đảm an toàn giao thông đường bộ", []),
    ("Sở Nội vụ tổng hợp; UBND tỉnh giao ban định kỳ hằng tháng", []),
])
def test_later_directive_ends_where_its_clause_starts(line, clauses):
    assert [line[m.end():m.end() + len(c)] for m, c in zip(rx.LATER_DIRECTIVE.finditer(line), clauses)] == clauses
    assert len(list(rx.LATER_DIRECTIVE.finditer(line))) == len(clauses)


# The connectives that open a clause before a request or a subject are one vocabulary
# (models/clause_connectives.txt) read by both patterns: a request after one starts its clause
# after it (LATER_DIRECTIVE: "… . Vì vậy, đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc
# trung ương căn cứ …", Bộ Nội vụ CV 11208/2025, tune15 L02), and a sentence opening with one has its
# subject after its comma (INTRO_CLAUSE: "Sau đó, Sở Khoa học và Công nghệ thành phố Cần Thơ và Sở Tài
# chính thành phố Cần Thơ thẩm định …", Cần Thơ QĐ 09/2010 Điều 15.1, calibration C051).
@pytest.mark.parametrize("connective", vocab.clause_connectives())
def test_clause_connectives_open_a_request_and_a_subject(connective):
    opening = connective[:1].upper() + connective[1:]
    for comma in (",", ""):
        line = (f"Bộ Nội vụ đã hướng dẫn Sở Nội vụ các tỉnh xác định mức chi phí quản lý. {opening}{comma} đề nghị "
                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ mức chi phí quản lý")
        assert [line[m.end():m.end() + 7] for m in rx.LATER_DIRECTIVE.finditer(line)] == ["đề nghị"], (connective, comma)
    assert rx.INTRO_CLAUSE.match(f"{opening}, Sở Khoa học và Công nghệ thành phố Cần Thơ thẩm định nội dung và kinh phí")


# ``ByFirstWord`` (the agency heads split by first word) matches as the whole alternation does:
# real openings of lines and sentences, heads that share a first word ("Ban", "Ủy ban"), a
# lower-case collective, words that only start like a head, letters that fold across
# alphabets ("ſ", Kelvin "K": matched by the whole), and a position inside the text.
HEAD_WORDS = ["Ban Chỉ đạo", "Ban Quản lý", "Ủy ban nhân dân", "Ủy ban", "Sở", "Các sở", "Công an", "UBND",
              "Kho bạc Nhà nước", "Sở KH&CN", "Ban"]
HEAD_TEXTS = ["Ban Chỉ đạo tỉnh", "BAN QUẢN LÝ dự án", "Ủy ban nhân dân tỉnh", "ủy ban bầu cử", "Sở Y tế",
              "Sở, ngành", "Sở KH&CN chủ trì", "Sởi", "các sở, ban, ngành", "Các Sở", "Công an tỉnh",
              "Công nghệ số", "UBND các xã", "Kho bạc Nhà nước khu vực XI", "Ban hành", "Bann", "", "  Sở Y tế",
              "\u017fở", "Công an", "Ban\u00a0Chỉ đạo", "Ban\nQuản lý", "KHO BẠC NHÀ NƯỚC", "\u212aho bạc Nhà nước",
              "Ban-Chỉ đạo", "Ủy ban2", "Ban 5", "Sở" * 40, "Sở" * 40 + " Y tế", "Ban" + "\u017f" * 3]


def _render_heads(words):
    alts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    return regex.compile(rf"(?=\p{{Lu}}|các\s)(?!Ban\s+hành)(?:{alts})(?![\p{{L}}])", regex.V0 | regex.IGNORECASE)


@pytest.mark.parametrize("text", HEAD_TEXTS)
@pytest.mark.parametrize("pos", [0, 2])
def test_by_first_word_matches_what_the_whole_alternation_matches(text, pos):
    whole = _render_heads(HEAD_WORDS)
    split = rx.ByFirstWord(HEAD_WORDS, _render_heads)
    expected = whole.match(text, pos)
    got = split.match(text, pos)
    assert (got and got.span()) == (expected and expected.span())


def test_by_first_word_falls_back_to_the_whole_for_a_word_not_opening_with_a_letter():
    def render(words):
        return regex.compile("|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words), regex.V0 | regex.IGNORECASE)
    words = HEAD_WORDS + ["(Tổ) công tác"]
    split = rx.ByFirstWord(words, render)
    for text in ("(Tổ) công tác đặc biệt", "Sở Y tế", "Công nghệ"):
        expected = render(words).match(text)
        got = split.match(text)
        assert (got and got.span()) == (expected and expected.span())
    assert split.match("(Tổ) công tác đặc biệt")


# ``FirstOfTwo``: the alternation of two patterns whose matches never start at one position,
# searched one by one; a match of one covering the other's next start skips it, as ``a|b`` would.
@pytest.mark.parametrize("a, b, text", [
    (r"t\w+ \d", r"\d+/\d+", "trong 12/2025 và tháng 3/2026, 5/6 tuần 7"),
    (r"x[^y]*", r"y\w", "ayb xay yy xyz yx"),        # x… runs over the next y's start
    (r"t\w+", r"T\w+", "Tháng tháng THÁNG tTháng"),
    (r"a", r"b", ""),
])
def test_first_of_two_finds_what_the_alternation_finds(a, b, text):
    expected = [m.span() for m in re.finditer(f"(?:{a})|(?:{b})", text)]
    assert [m.span() for m in rx.FirstOfTwo(re.compile(a), re.compile(b)).finditer(text)] == expected


def _deadline_trigger_as_one_pattern() -> re.Pattern:
    """The deadline trigger written as one alternation, as it was before it was split by first
    character (speed17): a word's first letter, then its words in their order; the digit and
    bar alternatives."""
    letters = "|".join(f"[{re.escape(first)}]{rest}" for first, rest in rx._DEADLINE_TRIGGER_WORDS)
    return re.compile(rf"""(?x)(?<!\w)(?:{letters}
        | \d{{1,2}}(?i:{rx._PER_TIMES_AFTER})
        | \d{{1,2}}(?i:{rx._TIMES_PER})
        | \|[ \t]*(?:19|20)\d{{2}}[ \t]*(?:\||[\n\f]|$)
        | 0?6(?i:\s+tháng\s+(?:đầu|cuối)))""")


# Real phrases (gold of the tune documents' deadlines) and the edges of the split: a trigger word
# inside another word, at the text's start and end, after a mark, in capitals, with the letters
# ``re`` folds to "k" and "s" (K, ſ), a digit of another script, a table's bar, "06"/"6".
TRIGGER_TEXTS = (
    "Trong tháng 11/2025, Sở Tư pháp chủ trì; hoàn thành trước ngày 15/12/2025.",
    "xtrong tháng 5 atrước ngày 5 3lần/năm _trong năm 2025 (trong năm 2026) |Năm 2025|",
    "dự kiến tháng 12/2025 - Tháng 3/2026: tổng kết. Định kỳ hằng quý báo cáo; mỗi tháng một lần",
    "TRONG THÁNG 5 ĐẾN HẾT NGÀY 31/12/2025 CHẬM NHẤT LÀ NGÀY 20/11 \u212aết thúc ngày 5/6/2026",
    "\u017fáu tháng một lần; Sáng ngày 15/12/2025: khai mạc; tối ngày 31/12/2025, trưa ngày 1/1/2026",
    "02 lần/ngày, ٣ lần/năm, 06 tháng đầu năm, 6 tháng cuối năm 2026, 16 tháng đầu, 60 tháng cuối",
    "| 2025 | Sở Xây dựng Năm 2025\nNgày 26, 27/12/2011: họp\nNgày 20 hàng tháng | quý III/2026 |",
    "từ 01/12/2025 - 15/12/2025: kiểm tra; Từ ngày 05/02/2026 - 08/02/2026: hội nghị; hai tuần một lần",
    "trước 30/5/2026 trước tháng 6/2026 trước 15 tháng 12 năm 2025 hạn chót 30/11/2025 vào lúc 8 giờ 00 ngày 2/2/2026",
    "thường xuyên, thường niên, giữa tháng 12/2025, cuối tháng 12/2025, đầu tháng 01/2026, không quá 20/12",
    "trong", "Năm 2025", "| 2025", "6 tháng đầu",
)


@pytest.mark.parametrize("text", TRIGGER_TEXTS)
def test_deadline_trigger_finds_what_one_alternation_finds(text):
    expected = [m.span() for m in _deadline_trigger_as_one_pattern().finditer(text)]
    assert [m.span() for m in rx.DEADLINE_TRIGGER.finditer(text)] == expected


def test_deadline_trigger_finds_what_one_alternation_finds_on_real_text():
    from pathlib import Path
    texts = sorted(Path(__file__).parent.joinpath("data", "real_text").glob("*.txt"))
    one = _deadline_trigger_as_one_pattern()
    found = 0
    for path in texts:
        text = path.read_text(encoding="utf-8")
        expected = [m.span() for m in one.finditer(text)]
        found += len(expected)
        assert [m.span() for m in rx.DEADLINE_TRIGGER.finditer(text)] == expected, path.name
    assert found > 100


@pytest.mark.parametrize("trigger, as_one", [
    (rx.MONTH_LIST_TRIGGER, r"[Tt]háng\s+\d{1,2}(?:\s*,\s*|\s+và\s+)(?:tháng\s+)?\d"),
    (rx.MONTH_RANGE_TRIGGER, r"[Tt]háng\s+\d{1,2}\s*(?:/|\s+năm\s+)\s*\d{4}\s*[-–]\s*[Tt]háng"),
])
def test_month_triggers_find_what_their_alternation_finds(trigger, as_one):
    text = ("vào tháng 4 và tháng 8 năm 2026; Tháng 11, 12/2025; Tháng 12/2025 - Tháng 3/2026 | "
            "từ tháng 12/2025 - tháng 3/2026 Tháng 1 và tháng 2, tháng 3 và 4 THÁNG 5, 6")
    expected = [m.span() for m in re.finditer(as_one, text)]
    assert expected
    assert [m.span() for m in trigger.finditer(text)] == expected


# OBJECT_PENDING is read with ``match`` (tried at the line's end only, the pattern being
# REVERSE): it matches where ``search`` finds it, on the lines of the real texts and on lines
# that end with its words, a comma, spaces or a line break after them.
def test_object_pending_match_is_its_search():
    from pathlib import Path
    lines = [line for path in sorted(Path(__file__).parent.joinpath("data", "real_text").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n")]
    ends = ["phối hợp với", "phối hợp", "của ,  \n", "tới\n\n", "cùng ", "với\n ", "tại", " tại,", "đề nghị", ""]
    cases = lines + [line + end for line in lines[:400] for end in ends] + ends
    assert sum(rx.OBJECT_PENDING.search(line) is not None for line in cases) > 100
    for line in cases:
        assert (rx.OBJECT_PENDING.match(line) is None) == (rx.OBJECT_PENDING.search(line) is None), line


def test_execution_clause_words_stand_in_every_match():
    # each alternative of EXECUTION_CLAUSE holds one of the words, as written in the pattern
    assert all(word in rx.EXECUTION_CLAUSE.pattern.lower() for word in rx._EXECUTION_CLAUSE_WORDS)
    # every character case-blind ``regex`` takes for a letter of the words lower-cases to it
    letters = sorted(set("".join(rx._EXECUTION_CLAUSE_WORDS)))
    everything = "".join(map(chr, range(0x110000)))
    for letter in letters:
        for m in regex.finditer(regex.escape(letter), everything, regex.IGNORECASE | regex.V0):
            assert letter in m.group().lower(), (letter, hex(ord(m.group())))


@pytest.mark.parametrize("text", [
    "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này./.",
    "Quyết định này có hiệu lực kể từ ngày ký.", "QUYẾT ĐỊNH NÀY CÓ HIỆU LỰC", "… căn cứ Quyết định thi hành",
    "Sở Tài chính chủ trì, phối hợp tổ chức triển khai thực hiện Quy chế này", "Giao Sở Nội vụ chủ trì", "",
])
def test_search_execution_clause_is_the_patterns_search(text):
    expected = rx.EXECUTION_CLAUSE.search(text)
    found = rx.search_execution_clause(text)
    assert (found and found.span()) == (expected and expected.span())


# ``later_directives`` skips a line without LATER_DIRECTIVE's words (speed): it finds what the
# pattern finds, on the lines of the real texts, on the clause lines above in upper and mixed
# case, and on a line whose "İ" lower-cases to two characters ("GİAO").
def test_later_directives_are_the_patterns_finditer():
    from pathlib import Path
    lines = [line for path in sorted(Path(__file__).parent.joinpath("data", "real_text").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n")]
    clauses = ["Sở Tài chính tổng hợp, giao các đơn vị thực hiện", "Báo cáo kết quả; UBND tỉnh đề nghị các sở",
               "Hoàn thành trong năm 2025. Đề nghị Ủy ban nhân dân các xã thực hiện",
               "Sở Y tế chủ trì,  gửi Bộ Y tế kết quả", "Sở Nội vụ tổng hợp, Chính phủ yêu cầu các bộ"]
    cases = lines + clauses + [c.upper() for c in clauses] + [c.swapcase() for c in clauses] \
        + ["SỞ TÀI CHÍNH TỔNG HỢP, GİAO CÁC ĐƠN VỊ", "Báo cáo; ĐỀ NGHỊ các sở", "", ", giao Sở"]
    assert sum(bool(list(rx.LATER_DIRECTIVE.finditer(line))) for line in cases) > 20
    for line in cases:
        assert [m.span() for m in rx.later_directives(line)] == [m.span() for m in rx.LATER_DIRECTIVE.finditer(line)], line
    # every character case-blind ``regex`` takes for a letter of the words lower-cases to it
    # alone, but "İ" (two characters), for which a line is searched whatever it holds
    for letter in sorted(set("".join(rx._LATER_DIRECTIVE_WORDS))):
        for m in regex.finditer(regex.escape(letter), "".join(map(chr, range(0x110000))), regex.IGNORECASE | regex.V0):
            assert m.group().lower() == letter or m.group() == "\u0130", (letter, hex(ord(m.group())))


def _real_lines() -> list[str]:
    from pathlib import Path
    return [line for path in sorted(Path(__file__).parent.joinpath("data", "real_text").glob("*.txt"))
            for line in path.read_text(encoding="utf-8").split("\n")]


# ``structure._column_split`` tries COLUMN_SPLIT only on a line with a bar, a "_", or "-", "+", "•",
# "N" first (speed): it finds what the pattern finds, on the stripped lines of the real texts and
# on two-column lines as converters print them.
def test_column_split_is_the_patterns_match():
    from pipeline.structure import _column_split
    columns = ["- Bộ Tư pháp; | PHÓ CHỦ TỊCH", "- Bộ Công an; | |PHÓ CHỦ TỊCH", "+ Như trên; KT. CHỦ TỊCH",
               "• Lưu: VT. CHỦ TỊCH", "Nơi nhận: KT. GIÁM ĐỐC", "TN_VP6_30.KH Tống Quang Thìn",
               "Lưu VT | Nguyễn Văn An", "Như trên | |", "|", "_", "N", "-", "Ngày 5 tháng 3 | 2025"]
    cases = [line.strip() for line in _real_lines() if line.strip()] + columns
    assert sum(rx.COLUMN_SPLIT.match(t) is not None for t in cases) > len(columns) // 2
    for t in cases:
        expected = rx.COLUMN_SPLIT.match(t)
        found = _column_split(t)
        assert (found and found.groupdict()) == (expected and expected.groupdict()), t


def test_line_at_is_the_last_line_starting_at_or_before():
    from pathlib import Path
    from pipeline.structure import parse
    text = Path(__file__).parent.joinpath("data", "real_text", "01_daklak-ct012-2025-tang-cuong-cai-cach-tthc.txt") \
        .read_text(encoding="utf-8")
    st = parse("  \n" + text)
    for offset in [*range(0, 400), *range(len(st.text) - 50, len(st.text) + 2)]:
        expected = max([0] + [i for i, ln in enumerate(st.lines) if ln.start <= offset])
        assert st.line_at(offset) == expected, offset


def test_memo_short_text_keeps_short_answers_of_one_or_more_arguments():
    from pipeline.text import MEMO_MAX_CHARS, memo_short_text
    calls = []

    @memo_short_text
    def alone(text):  # called with the text alone: the one-argument wrapper
        calls.append(("alone", text))
        return text.upper()

    @memo_short_text
    def with_flag(text, strict=False):
        calls.append(("with_flag", text, strict))
        return (text, strict)

    long_text = "x" * (MEMO_MAX_CHARS + 1)
    for _ in range(2):
        assert alone("sở") == "SỞ" and alone(long_text) == long_text.upper()
        assert with_flag("sở") == ("sở", False) and with_flag("sở", strict=True) == ("sở", True)
        assert with_flag("sở", True) == ("sở", True)
    # each short text read once (a keyword and a positional flag are two keys, as lru_cache keeps
    # them), a long one every time
    assert calls.count(("alone", "sở")) == 1 and calls.count(("alone", long_text)) == 2
    assert calls.count(("with_flag", "sở", False)) == 1 and calls.count(("with_flag", "sở", True)) == 2
    alone.cache_clear()
    alone("sở")
    assert calls.count(("alone", "sở")) == 2
    with pytest.raises(TypeError):
        alone("sở", True)


def test_split_agency_list_answers_afresh_a_list_it_was_asked_before():
    # (memoized: a task table's cells name the same bodies row after row) each call gets a list
    # of its own, which its caller may change without changing the next answer
    from pipeline.agencies import clear_caches, split_agency_list
    cell = "Sở Tài chính, Sở Nội vụ; Ủy ban nhân dân các xã, phường"
    clear_caches()
    first = split_agency_list(cell, labelled=True)
    assert [cell[s:e] for s, e in first] == ["Sở Tài chính", "Sở Nội vụ", "Ủy ban nhân dân các xã, phường"]
    first.append((0, 1))
    again = split_agency_list(cell, labelled=True)
    assert again == first[:-1] and again is not first and isinstance(again, list)
    assert split_agency_list(cell) == split_agency_list(cell, False, False)


# The patterns of what stands before a time that makes it no deadline are anchored at the end
# and read backwards (``REVERSE``, ``ends_with``): they match where their forward ``search``
# finds a match, on the 80 characters before every 13th position of the real texts, those ending
# in a line break, and the shapes they are written for.
# (the budget's words of NOT_A_DEADLINE_BEFORE_WIDE are BUDGET_BEFORE since a year due at once after
# them is work, AT_ONCE_BEFORE: each pattern on the same windows, each matching some of them)
@pytest.mark.parametrize("name, least", [("NOT_A_DEADLINE_BEFORE", 100), ("NOT_A_DEADLINE_BEFORE_WIDE", 40),
                                         ("BUDGET_BEFORE", 40), ("AT_ONCE_BEFORE", 1)])
def test_ends_with_is_the_forward_search(name, least):
    from pathlib import Path
    reversed_pattern = getattr(rx, name)
    forward = regex.compile(reversed_pattern.pattern, reversed_pattern.flags & ~regex.REVERSE)
    texts = [path.read_text(encoding="utf-8")
             for path in sorted(Path(__file__).parent.joinpath("data", "real_text").glob("*.txt"))]
    windows = [t[max(0, k - 80):k] for t in texts for k in range(0, len(t), 13)]
    shapes = ["kinh phí hằng ", "họp định kỳ ", "dự toán ngân sách năm\n", "chi ", "chi\n", "chỉ số của tỉnh\n",
              "khuyến khích cán bộ \n", "đóng cửa hàng ", "được thực hiện ", "phải được thực hiện ", "18 giờ ", "",
              "đủ nhu cầu ngay ", "ngay\n", "ngày "]
    cases = windows + [w + end for w in windows[:1500] for end in ("\n", " \n", ".\n")] + shapes
    assert sum(forward.search(w) is not None for w in cases) > least
    for w in cases:
        assert rx.ends_with(reversed_pattern, w) == (forward.search(w) is not None), w


# Whole-text scans tried only where their literal stands (speed): ``year_end_targets`` finds what
# YEAR_END_TARGET's ``finditer`` finds (its "đến" before "hết" read backwards), and
# ``search_addressee_kinds_request`` what ADDRESSEE_KINDS_REQUEST's ``search`` finds (from "đề" and
# "yêu" in any case), on the seeds and real texts (raw and normalized, as given, in lower and upper
# case) and on edge cases: the span's own exclusions ("từ nay đến hết năm"), a line break or two
# spaces after "đến", two targets in a row, a text whose "İ" lower-cases to two characters.
_YEAR_AND_KINDS_CASES = [
    "Phấn đấu đến hết năm 2025 đạt 50% số xã", "bảo đảm đến  hết năm 2025, đạt 100%", "từ nay đến hết năm 2025 đạt",
    "từ năm 2024 đến hết năm 2025 đạt", "mục tiêu hết năm 2025 đạt 60%, hết năm 2026 đạt 80%",
    "bảo đảm đến\nhết năm 2025 không còn có khó khăn", "có hiệu lực đến hết năm 2025 có thể gia hạn",
    "đề nghị bộ, ngành, địa phương khẩn trương tổng hợp", "ĐỀ NGHỊ các Bộ, ngành, địa phương báo cáo",
    "İ yêu cầu các bộ, ngành, địa phương xem xét", "Yêu Cầu bộ, ngành, địa phương rà soát", "",
]


def test_year_end_targets_and_kinds_requests_are_the_patterns_scans():
    from pathlib import Path

    from pipeline.models import Page
    from pipeline.normalize import normalize_pages

    data = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8") for folder in ("seeds", "real_text") for p in sorted((data / folder).glob("*.txt"))]
    texts += [normalize_pages([Page(1, t, "text")]).text for t in texts] + _YEAR_AND_KINDS_CASES
    texts += [t.lower() for t in texts] + [t.upper() for t in texts]
    assert sum(len(list(rx.YEAR_END_TARGET.finditer(t))) for t in texts) >= 8
    assert sum(rx.ADDRESSEE_KINDS_REQUEST.search(t) is not None for t in texts) >= 4
    for t in texts:
        assert [m.span() for m in rx.year_end_targets(t)] == [m.span() for m in rx.YEAR_END_TARGET.finditer(t)], t[:80]
        expected, found = rx.ADDRESSEE_KINDS_REQUEST.search(t), rx.search_addressee_kinds_request(t)
        assert (found and found.span()) == (expected and expected.span()), t[:80]
    # every character case-blind ``regex`` takes for a letter of "đề"/"yêu" lower-cases to it
    for letter in "đềyêu":
        for m in regex.finditer(regex.escape(letter), "".join(map(chr, range(0x110000))), regex.IGNORECASE | regex.V0):
            assert m.group().lower() == letter, (letter, hex(ord(m.group())))


# LAW_TRIGGER is tried only where "Bộ", "Luật" or "Pháp" stands (speed): the same matches as its
# pattern's own ``finditer`` on the seeds and real texts and on edge cases (a word run on after the
# trigger, "Bộ" twice, two triggers glued, spaces and line breaks inside).
def test_law_trigger_is_the_patterns_finditer():
    from pathlib import Path

    data = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8") for folder in ("seeds", "real_text") for p in sorted((data / folder).glob("*.txt"))]
    texts += ["Bộ luật Dân sự", "Bộ  Luật Lao động", "Bộ\nluật x", "BộLuật", "Luật", "Luật1", "Luậtx", "Pháp lệnh",
              "Pháp\tlệnh_", "Bộ Bộ luật", "LuậtLuật", "Bộ luậtLuật Luật", "Pháp lệnh Luật", ""]
    assert sum(len(list(rx._LAW_TRIGGER.finditer(t))) for t in texts) > 20
    for t in texts:
        assert [m.span() for m in rx.LAW_TRIGGER.finditer(t)] == [m.span() for m in rx._LAW_TRIGGER.finditer(t)], t[:80]
