"""Tables laid out with spaces (a PDF converted with ``pdftotext -layout``) are read as
``a | b | c`` rows before normalization collapses the spaces, and the task-table reader then
gives their assignments and deadlines; prose and two-column letterheads are left alone."""

from pathlib import Path

import pytest

from pipeline.aligned_tables import aligned_table_edits
from pipeline.document import extract_document
from pipeline.normalize import normalize_text

DATA = Path(__file__).parent / "data" / "aligned"
C045 = (DATA / "C045_task_table_excerpt.txt").read_text(encoding="utf-8")


def _rows(text: str) -> list[str]:
    return [line for line in normalize_text(text).text.split("\n") if " | " in line]


# Real rows of C045 (Ninh Bình KH 193/2024, appendix): each centred on its row number, the
# cells wrapped in their columns over the lines above and below it; rows 7–10 come after a
# page break with a page number and the header repeated.
C045_ROWS = [
    (0, "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện"),
    (1, "1 | Rà soát quy hoạch xây dựng và phát triển hệ thống cây xanh đô thị Ninh Bình đến năm 2030, "
        "tầm nhìn đến năm 2035 gắn với phát triển hạ tầng xanh đảm bảo quan điểm, tầm nhìn phát triển "
        "đô thị di sản thiên niên kỷ. | Sở Xây dựng | - Các sở, ban ngành có liên quan; - UBND các huyện, "
        "thành phố. | Năm 2025"),
    (2, "2 | Thực hiện hiệu quả Tết trồng cây “Đời đời nhớ ơn Bác Hồ”. | UBND các huyện, thành phố | "
        "- Các sở, ban ngành có liên quan. | Hàng năm"),
    (3, "3 | Dự thảo Nghị quyết của HĐND tỉnh quy định một số chính sách trồng, chăm sóc và bảo vệ cây xanh "
        "trên địa bàn tỉnh Ninh Bỉnh | Sở Nông nghiệp và Phát triển nông thôn | - Các sở, ban ngành có liên "
        "quan; - UBND các huyện, thành phố. | Hoàn thành xong, trình trong tháng 6/2025"),
    (7, "7 | Giữ gìn, phát huy giá trị của các cây cổ thụ nằm trong khu vực bảo vệ di tích lịch sử - văn hóa "
        "và danh lam thắng cảnh trên địa bàn tỉnh Ninh Bình. | Sở Văn hóa và Thể thao | - Các sở, ban ngành "
        "có liên quan; - UBND các huyện, thành phố. | Hàng năm"),
    (9, "9 | Tăng cường thanh tra, kiểm tra công tác quy hoạch, trồng, chăm sóc, bảo vệ cây xanh. | "
        "Thanh tra tỉnh | - Các sở, ban ngành có liên quan; - UBND các huyện, thành phố. | Hàng năm"),
]


@pytest.mark.parametrize("index, row", C045_ROWS)
def test_centred_rows_over_a_page_break(index, row):
    rows = _rows(C045)
    assert len(rows) == 11  # the header once, ten rows (the repeated header is dropped)
    assert rows[index] == row


# The same real cells laid out with the row number on the row's first line (Word's default
# top alignment), and a table without row numbers' header vocabulary in a different wording.
TOP_ALIGNED = (
    "STT   Nội dung nhiệm vụ                        Đơn vị chủ trì          Đơn vị phối hợp          Thời gian\n"
    "1     Rà soát quy hoạch xây dựng và phát       Sở Xây dựng             Các sở, ban ngành        Năm 2025\n"
    "      triển hệ thống cây xanh đô thị.                                  có liên quan\n"
    "2     Tăng cường thanh tra, kiểm tra công      Thanh tra tỉnh          UBND các huyện,          Hàng năm\n"
    "      tác quy hoạch, trồng, chăm sóc, bảo                              thành phố\n"
    "      vệ cây xanh.\n"
    "\n"
    "Trên đây là Kế hoạch thực hiện Chỉ thị số 20-CT/TU của Ủy ban nhân dân tỉnh Ninh Bình.\n"
)


def test_top_aligned_rows_and_the_prose_after_the_table():
    rows = _rows(TOP_ALIGNED)
    assert rows == [
        "STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian",
        "1 | Rà soát quy hoạch xây dựng và phát triển hệ thống cây xanh đô thị. | Sở Xây dựng | "
        "Các sở, ban ngành có liên quan | Năm 2025",
        "2 | Tăng cường thanh tra, kiểm tra công tác quy hoạch, trồng, chăm sóc, bảo vệ cây xanh. | "
        "Thanh tra tỉnh | UBND các huyện, thành phố | Hàng năm",
    ]
    assert "Trên đây là Kế hoạch thực hiện Chỉ thị số 20-CT/TU" in normalize_text(TOP_ALIGNED).text


# Layouts with runs of spaces that are no table (real lines of C045 and of the seeds' shapes).
NOT_TABLES = [
    "  ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "   TỈNH NINH BÌNH                      Độc lập - Tự do - Hạnh Phúc\n"
    "   Số: 193 /KH-UBND                Ninh Bình, ngày 01 tháng 11 năm 2024\n",
    "Nơi nhận:                                    TM. ỦY BAN NHÂN DÂN\n"
    "- Thường trực Tỉnh ủy (để b/c);                  KT. CHỦ TỊCH\n"
    "- Các sở, ban, ngành trong tỉnh;                 PHÓ CHỦ TỊCH\n",
    "     2. Phân công nhiệm vụ cho từng đơn vị, trong đó xác định rõ đơn vị chủ trì,  đơn vị\n"
    "phối hợp,  thời gian thực hiện  và sản phẩm.\n",
    # a header-like line with no row under it
    "Nhiệm vụ        Cơ quan chủ trì        Cơ quan phối hợp\n"
    "Các sở, ban, ngành, UBND các huyện, thành phố và các đơn vị có liên quan tập trung chỉ đạo thực hiện.\n",
]


@pytest.mark.parametrize("text", NOT_TABLES)
def test_layouts_that_are_no_table_are_left_alone(text):
    assert aligned_table_edits(text) == []


def test_each_cell_character_points_at_its_source():
    norm = normalize_text(C045)
    text = norm.text
    for cell in ("Sở Xây dựng", "Thanh tra tỉnh", "Quý I/2025", "triển nông thôn"):
        at = text.index(cell)
        raw_start = norm.offsets[at]
        assert C045[raw_start:raw_start + len(cell)] == cell


def test_task_table_reader_reads_the_rows():
    result = extract_document(C045.encode("utf-8"), "C045_task_table_excerpt.txt").to_json()
    leads = {a["agency"] for a in result["assignments"] if a["role"] == "lead"}
    assert {"Sở Xây dựng", "Sở Văn hóa và Thể thao", "Thanh tra tỉnh", "Sở Nội vụ",
            "Sở Nông nghiệp và Phát triển nông thôn"} <= leads
    task = next(a["task"] for a in result["assignments"] if a["agency"] == "Thanh tra tỉnh")
    assert task.startswith("Tăng cường thanh tra, kiểm tra công tác quy hoạch")
    deadlines = {(d["agency"], d["text"]) for d in result["deadlines"]}
    assert ("Sở Nông nghiệp và Phát triển nông thôn", "Quý I/2025") in deadlines
    assert ("Thanh tra tỉnh", "Hàng năm") in deadlines


# Labels wrapped over two lines, as narrow columns are printed ("Cơ quan" / "chủ trì").
WRAPPED_HEADER = (
    "TT    Nhiệm vụ                                 Cơ quan           Cơ quan           Thời gian\n"
    "                                               chủ trì           phối hợp          thực hiện\n"
    "1     Rà soát quy hoạch xây dựng và phát       Sở Xây dựng       Các sở, ban       Năm 2025\n"
    "      triển hệ thống cây xanh đô thị.                            ngành\n"
)


def test_header_labels_wrapped_over_two_lines():
    assert _rows(WRAPPED_HEADER) == [
        "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện",
        "1 | Rà soát quy hoạch xây dựng và phát triển hệ thống cây xanh đô thị. | Sở Xây dựng | "
        "Các sở, ban ngành | Năm 2025",
    ]
