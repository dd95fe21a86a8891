"""Legacy Vietnamese encodings (TCVN3, VNI, Windows-1258) → Unicode.

Inputs are made with the real converter tables in models/legacy/ run forwards (Unicode →
legacy) over real document text, plus legacy strings found in public code with their known
Unicode (tests/data/legacy/independent.tsv), never hand-typed bytes.
"""

from __future__ import annotations

import collections
import importlib.util
import io
import time
import unicodedata
from pathlib import Path

import pytest

from pipeline.legacy import (
    TCVN3,
    VNI,
    decode_text_bytes,
    fix_legacy_text,
    is_vietnamese_syllable,
    load_table,
)

DATA = Path(__file__).parent / "data"
REAL_TEXTS = sorted((DATA / "real_text").glob("*.txt"))
SEEDS = sorted((DATA / "seeds").glob("*.txt"))
ALL_TEXTS = REAL_TEXTS + SEEDS
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- helpers


def encode_legacy(text: str, encoding: str) -> str:
    """Unicode → legacy characters (as DOCX/PDF text shows them), the tables run backwards.
    TCVN3 has no toned capitals: like .VnTimeH documents, they take the lower-case codes."""
    table = load_table(encoding)
    inverse: dict[str, str] = {}
    for legacy, uni in {**table.singles, **table.pairs}.items():
        inverse.setdefault(uni, legacy)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch not in inverse and ch != ch.lower() and ch.lower() in inverse:
            ch = ch.lower()
        out.append(inverse.get(ch, ch))
    return "".join(out)


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes tones as combining marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def cp1252_safe(text: str) -> str:
    """Characters an 8-bit legacy file can hold (others become '?'), Vietnamese letters kept."""
    keep = set(load_table(TCVN3).singles.values()) | set(load_table(VNI).pairs.values()) | set(load_table(VNI).singles.values())
    out = []
    for ch in text:
        if ch in keep or ch.lower() in keep or ord(ch) < 0x80:
            out.append(ch)
        else:
            out.append(ch if ch.encode("cp1252", "ignore") else "?")
    return "".join(out)


def vietnamese_letters() -> set[str]:
    """The 67 non-ASCII lower-case letters of Vietnamese, from Unicode itself."""
    letters = {"đ"}
    for vowel in "aăâeêioôơuưy":
        for mark in ("",) + tuple(TONE_MARKS):
            letters.add(unicodedata.normalize("NFC", vowel + mark))
    return {c for c in letters if not c.isascii()}


def load_independent() -> list[tuple[str, str, str, bool, str]]:
    rows = []
    lines = (DATA / "legacy" / "independent.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("#") or line.startswith("encoding\t") or not line.strip():
            continue
        enc, legacy, uni, alone, source = line.split("\t")

        def unescape(s: str) -> str:
            return s.replace("\\n", "\n").replace("\\u00ad", "\u00ad")

        rows.append((enc, unescape(legacy), unescape(uni), alone == "yes", source))
    return rows


# ----------------------------------------------------------------------------- tables


def test_tcvn3_table_covers_every_lower_case_letter_once():
    table = load_table(TCVN3)
    values = list(table.singles.values())
    assert len(values) == len(set(values)), "two codes for one letter"
    assert {v for v in values if v == v.lower()} == vietnamese_letters()
    assert {v for v in values if v != v.lower()} == set("ĂÂÊÔƠƯĐ")
    assert all(0xA1 <= ord(k) <= 0xFE for k in table.singles)
    assert all(unicodedata.is_normalized("NFC", v) and len(v) == 1 for v in values)


def test_vni_table_covers_every_letter_in_both_cases():
    table = load_table(VNI)
    values = list(table.singles.values()) + list(table.pairs.values())
    assert len(values) == len(set(values))
    letters = vietnamese_letters()
    assert set(values) == letters | {c.upper() for c in letters}
    # VNI marks live in 0xC0-0xFF only: cp1252 punctuation (0x80-0x9F) is never touched
    assert all(0xC0 <= ord(c) <= 0xFF for c in table.chars)


@pytest.mark.parametrize(
    ("encoding", "legacy", "expected"),
    [
        (TCVN3, "Qu¶n lý", "Quản lý"),
        (TCVN3, "®­îc", "được"),
        (TCVN3, "¨ ¨n ©", "ă ăn â"),
        (TCVN3, "§¦êng", "ĐƯờng"),  # capitals without tone exist in TCVN3; toned ones do not
        (VNI, "Quaûn lyù", "Quản lý"),
        (VNI, "ñöôïc", "được"),
        (VNI, "ÑÖÔØNG", "ĐƯỜNG"),
        (VNI, "nghóa", "nghĩa"),
        (VNI, "AÙ aÙ Aù", "Á á Á"),  # mark case mismatched by "All caps" editing
    ],
)
def test_table_conversion(encoding, legacy, expected):
    assert load_table(encoding).convert(legacy) == expected


@pytest.mark.parametrize(
    ("word", "valid"),
    [
        ("người", True), ("được", True), ("quyết", True), ("khuỷu", True), ("giường", True),
        ("hoạch", True), ("xoong", True), ("Việt", True), ("NGHIÊNG", True), ("gì", True),
        ("quỳnh", True), ("quýt", True), ("huỳnh", True),
        ("chýnh", False),  # "ynh" only follows qu
        ("cac", False),  # a stop final needs sắc or nặng
        ("tiờn", False), ("ViÖt", False), ("hello", False), ("Müller", False), ("ààm", False),
    ],
)
def test_syllable_check(word, valid):
    assert is_vietnamese_syllable(word) is valid


# ----------------------------------------------------------------------------- independent strings


@pytest.mark.parametrize(("encoding", "legacy", "expected", "alone", "source"), load_independent())
def test_independent_legacy_strings(encoding, legacy, expected, alone, source):
    assert unicodedata.normalize("NFC", load_table(encoding).convert(legacy)) == expected, source
    if alone:
        assert fix_legacy_text(legacy) == (expected, encoding), source


# ----------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("path", SEEDS + REAL_TEXTS[:4], ids=lambda p: p.name[:24])
@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_round_trip_docx_style_text(path, encoding):
    original = read(path)
    legacy = encode_legacy(original, encoding)
    assert legacy != original
    fixed, found = fix_legacy_text(legacy)
    assert found == encoding
    if encoding == TCVN3:
        # TCVN3 (ABC) has no toned capitals; the case of "Ủy" cannot survive the trip
        assert fixed.lower() == original.lower()
    else:
        assert fixed == original


@pytest.mark.parametrize("path", SEEDS + REAL_TEXTS[:4], ids=lambda p: p.name[:24])
@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_round_trip_raw_bytes(path, encoding):
    original = cp1252_safe(read(path))
    raw = encode_legacy(original, encoding).encode("cp1252")
    text, found = decode_text_bytes(raw)
    assert found == encoding
    assert text.lower() == original.lower() if encoding == TCVN3 else text == original


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:24])
def test_cp1258_bytes(path):
    original = read(path)
    raw = encode_cp1258(original)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert decode_text_bytes(raw) == (original, "cp1258")


def test_tcvn3_capitals_from_vntimeh_come_back_as_capitals():
    legacy = encode_legacy("KẾ HOẠCH\nCải cách hành chính năm 2022 của UBND tỉnh", TCVN3)
    assert legacy.startswith("KÕ HO¹CH")
    assert fix_legacy_text(legacy) == ("KẾ HOẠCH\nCải cách hành chính năm 2022 của UBND tỉnh", TCVN3)


# ----------------------------------------------------------------------------- unicode, utf-8, utf-16


@pytest.mark.parametrize("path", ALL_TEXTS, ids=lambda p: p.name[:24])
def test_real_unicode_documents_are_never_touched(path):
    text = read(path)
    fixed, found = fix_legacy_text(text)
    assert found is None
    assert fixed is text
    assert decode_text_bytes(text.encode("utf-8")) == (unicodedata.normalize("NFC", text), "utf-8")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Plain English text, nothing to see: 12,345.67 and 2025-11-21.",
        "1234567890 \t 3.14 % $ ( ) [ ] -- ''",
        "Kích thước 5 µm, nhiệt độ 25°C, § 3 Điều 5, « trích dẫn » · mục",
        "Hà Nam là quê hương\nĐảng bộ xã Phúc Lợi\nKích thước 5 µm\n",
        "Müller, señor, café, façade, Ærø, naïve, Øresund — « Ça va? »",
        "Ông Tô Hà\nBà Lê Thị Mỹ\nÔng Võ Văn Ân",
        "« Hello » and « world », 5 µm × 3 µm ÷ 2",
        "Vie\u0302\u0323t Nam (NFD text from a PDF)",
    ],
)
def test_normal_text_comes_back_unchanged(text):
    fixed, found = fix_legacy_text(text)
    assert (fixed, found) == (text, None)


def test_utf8_bom_and_utf16():
    text = read(SEEDS[0])
    assert decode_text_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8")
    assert decode_text_bytes(text.encode("utf-16")) == (text, "utf-16")  # with BOM
    assert decode_text_bytes(text.encode("utf-16-le")) == (text, "utf-16")
    assert decode_text_bytes(text.encode("utf-16-be")) == (text, "utf-16")
    assert decode_text_bytes(b"") == ("", "utf-8")


def test_nfd_utf8_file_comes_back_nfc():
    text = read(SEEDS[1])
    assert decode_text_bytes(unicodedata.normalize("NFD", text).encode("utf-8")) == (text, "utf-8")


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_utf8_file_holding_legacy_characters_is_repaired(encoding):
    original = read(SEEDS[2])
    raw = encode_legacy(original, encoding).encode("utf-8")  # a converter that stopped half-way
    text, found = decode_text_bytes(raw)
    assert found == encoding
    assert text.lower() == original.lower()


# ----------------------------------------------------------------------------- mixed documents


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
@pytest.mark.parametrize("path", REAL_TEXTS[:6], ids=lambda p: p.name[:24])
def test_mixed_document_converts_legacy_lines_and_keeps_unicode_lines(path, encoding):
    original_lines = read(path).splitlines(keepends=True)
    mixed = "".join(encode_legacy(line, encoding) if i % 2 else line for i, line in enumerate(original_lines))
    fixed, found = fix_legacy_text(mixed)
    assert found == encoding
    fixed_lines = fixed.splitlines(keepends=True)
    assert len(fixed_lines) == len(original_lines)
    legacy_total = legacy_ok = 0
    for i, (got, want) in enumerate(zip(fixed_lines, original_lines)):
        if i % 2 == 0:
            assert got == want, "a Unicode line was changed"
        elif encode_legacy(want, encoding) != want:
            legacy_total += 1
            legacy_ok += got.lower() == want.lower()
    assert legacy_ok >= 0.9 * legacy_total


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_line_mixing_unicode_and_legacy_runs(encoding):
    unicode_part = "Ủy ban nhân dân tỉnh Đắk Lắk: "
    legacy_part = encode_legacy("Tăng cường cải cách thủ tục hành chính", encoding)
    fixed, found = fix_legacy_text(unicode_part + legacy_part)
    assert (fixed, found) == (unicode_part + "Tăng cường cải cách thủ tục hành chính", encoding)


def test_document_with_both_legacy_encodings():
    tcvn3 = encode_legacy("Kế hoạch cải cách hành chính năm 2025 của tỉnh", TCVN3)
    vni = encode_legacy("Quyết định về việc ban hành quy chế phối hợp", VNI)
    fixed, found = fix_legacy_text(f"{tcvn3}\n{vni}\n")
    assert fixed == "Kế hoạch cải cách hành chính năm 2025 của tỉnh\nQuyết định về việc ban hành quy chế phối hợp\n"
    assert found == "tcvn3+vni"


def test_docx_with_tcvn3_runs_is_converted_by_the_reader():
    docx = pytest.importorskip("docx")
    from pipeline.read import read_document

    document = docx.Document()
    document.add_paragraph(encode_legacy("KẾ HOẠCH", TCVN3))
    document.add_paragraph(encode_legacy("Tuyên truyền công tác cải cách hành chính năm 2022", TCVN3))
    document.add_paragraph("Đây là một đoạn đã viết bằng Unicode.")
    buffer = io.BytesIO()
    document.save(buffer)
    raw = read_document(buffer.getvalue(), "kehoach.docx")
    text = "\n".join(page.text for page in raw.pages)
    assert "KẾ HOẠCH" in text
    assert "Tuyên truyền công tác cải cách hành chính năm 2022" in text
    assert "Đây là một đoạn đã viết bằng Unicode." in text
    assert raw.encoding == TCVN3


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_pdf_text_layer_in_a_legacy_font_is_converted_by_the_reader(encoding):
    """A real PDF (reportlab, standard font) whose text layer holds the legacy codes, read by
    the real PDF reader; TCVN3's ư (0xAD, soft hyphen) comes out of the text layer as "-"."""
    from reportlab.pdfgen import canvas

    from pipeline.read import read_document

    lines = [
        "KẾ HOẠCH",
        "Tuyên truyền công tác cải cách hành chính năm 2022",
        "Phục vụ người dân và doanh nghiệp được tốt hơn",
        "Thực hiện Quyết định số 925/QĐ-UBND ngày 24/12/2021 của UBND tỉnh về kinh tế-xã hội",
    ]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for i, line in enumerate(lines):
        pdf.setFont("Helvetica", 11)
        pdf.drawString(60, 780 - 20 * i, encode_legacy(line, encoding))
    pdf.showPage()
    pdf.save()
    raw = read_document(buffer.getvalue(), "kehoach.pdf")
    assert raw.encoding == encoding
    assert raw.pages[0].text.strip().splitlines() == lines


def test_tcvn3_soft_hyphen_seen_as_a_hyphen():
    assert fix_legacy_text("Phôc vô ng-êi d©n vµ doanh nghiÖp ®-îc tèt h¬n") == (
        "Phục vụ người dân và doanh nghiệp được tốt hơn",
        TCVN3,
    )
    assert fix_legacy_text("Kinh tÕ-x· héi giai ®o¹n 2021-2025, tuyÕn B¾c-Nam, tr-êng häc") == (
        "Kinh tế-xã hội giai đoạn 2021-2025, tuyến Bắc-Nam, trường học",
        TCVN3,
    )


# ----------------------------------------------------------------------------- speed and safety


def _five_megabytes() -> str:
    corpus = "".join(read(p) for p in ALL_TEXTS)
    return (corpus * (5_000_000 // len(corpus) + 1))[:5_000_000]


def test_fast_path_on_five_megabytes_of_unicode():
    text = _five_megabytes()
    started = time.perf_counter()
    fixed, found = fix_legacy_text(text)
    elapsed = time.perf_counter() - started
    assert fixed is text and found is None
    assert elapsed < 1.0, f"{elapsed:.2f}s for 5 MB"


@pytest.mark.slow
def test_multi_megabyte_single_lines_stay_linear():
    unicode_line = _five_megabytes().replace("\n", " ") + " « 5 µm »"
    started = time.perf_counter()
    assert fix_legacy_text(unicode_line) == (unicode_line, None)
    assert time.perf_counter() - started < 5.0

    original = _five_megabytes()[:2_000_000].replace("\n", " ")
    legacy_line = encode_legacy(original, TCVN3)
    started = time.perf_counter()
    fixed, found = fix_legacy_text(legacy_line)
    assert found == TCVN3 and fixed.lower() == original.lower()
    assert time.perf_counter() - started < 20.0

    no_spaces = "µ" * 3_000_000  # one enormous "word": still linear, still not converted
    started = time.perf_counter()
    fix_legacy_text(no_spaces)
    assert time.perf_counter() - started < 5.0

    hyphens = "ng-" * 1_000_000 + " Phôc vô ng-êi d©n vµ doanh nghiÖp"
    started = time.perf_counter()
    fixed, found = fix_legacy_text(hyphens)
    assert found == TCVN3 and fixed.endswith("Phục vụ người dân và doanh nghiệp")
    assert time.perf_counter() - started < 10.0


def test_damaged_utf8_stays_utf8():
    text = read(SEEDS[3])
    raw = text.encode("utf-8")
    middle = raw.index(b"\n", len(raw) // 2)
    cut = raw[:middle] + b"\xe1\xba" + raw[middle:]  # a broken character mid-file
    decoded, found = decode_text_bytes(cut)
    assert found == "utf-8"
    assert decoded.count("\ufffd") == 1
    assert decoded.replace("\ufffd", "") == text


# ----------------------------------------------------------------------------- a real lexicon and corpus

def underthesea_file(*parts: str) -> Path:
    """Vietnamese data shipped inside the underthesea package (a project dependency)."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.origin:
        pytest.skip("underthesea is not installed")
    path = Path(spec.origin).parent.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not shipped by this underthesea version")
    return path


VIET74K = ("corpus", "data", "Viet74K.txt")  # 74,000 Vietnamese words and phrases, one a line
VLSP_TAGGED = ("pipeline", "pos_tag", "models", "pos_crf_vlsp2013_20230303", "test_output.txt")


def test_syllable_check_accepts_a_real_lexicon():
    text = unicodedata.normalize("NFC", underthesea_file(*VIET74K).read_text(encoding="utf-8"))
    syllables = collections.Counter(w for line in text.lower().splitlines() for w in line.split())
    valid = sum(n for w, n in syllables.items() if is_vietnamese_syllable(w))
    # what is left: loanwords (axit, video), single letters, typos in the list
    assert valid >= 0.95 * sum(syllables.values())


@pytest.mark.slow
@pytest.mark.parametrize("parts", [VIET74K, VLSP_TAGGED], ids=["Viet74K", "VLSP2013"])
@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_real_lexicon_and_corpus(parts, encoding):
    """Unicode text stays as it is; encoded, it comes back, even as 70,000 one-word lines."""
    text = unicodedata.normalize("NFC", underthesea_file(*parts).read_text(encoding="utf-8"))
    assert fix_legacy_text(text) == (text, None)
    fixed, found = fix_legacy_text(encode_legacy(text, encoding))
    assert found == encoding
    pairs = list(zip(fixed.splitlines(), text.splitlines()))
    wrong = [(got, want) for got, want in pairs if got.lower() != want.lower()]
    assert len(wrong) <= 0.001 * len(pairs), wrong[:10]
