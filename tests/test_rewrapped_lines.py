"""Real lines as a PDF's text layer gives them, re-wrapped at 80 columns on word boundaries
(issue #11, ``scripts/eval_variants.py --variant rewrap80``): the line breaks fall inside
sentences, names and citations, and the readers read what the lines say, not where they break.
Each case is cut from the tune document it names, as tests.support.variants.rewrap gives it."""

import pytest

from pipeline.models import Page
from pipeline.normalize import normalize_pages
from tests.support.texts import structure


def _lines(raw: str) -> list[str]:
    return normalize_pages([Page(1, raw, "text")]).text.split("\n")


@pytest.mark.parametrize("raw, line", [
    # U04 (Thủ tướng QĐ 773/2018, tune9): a Party term's numeral wrapped with the next sentence
    # after it looks like a part heading "XI. Giải quyết …"
    ("c) Hoàn thành tổng kết, rà soát việc công nhận người có công với cách mạng theo\n"
     "Kết luận số 63-KL/TW ngày 27 tháng 5 năm 2013 của Ban Chấp hành Trung ương khóa\n"
     "XI. Giải quyết căn bản hồ sơ đề nghị xác nhận người có công với cách mạng còn\n"
     "tồn đọng vào năm 2020.\n",
     "Kết luận số 63-KL/TW ngày 27 tháng 5 năm 2013 của Ban Chấp hành Trung ương khóa XI. Giải quyết căn "
     "bản hồ sơ đề nghị xác nhận người có công với cách mạng còn tồn đọng vào năm 2020."),
    # U01 (Kon Tum QĐ 435/2020, tune9): the numeral and the sentence going on in lower case (the
    # long-line join read it so already)
    ("quyết số 18-NQ/TW, ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương khóa\n"
     "XII về Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống\n",
     "quyết số 18-NQ/TW, ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương khóa XII về Một số vấn "
     "đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống"),
])
def test_a_terms_numeral_wrapped_onto_the_next_line_stays_with_its_word(raw, line):
    assert line in _lines(raw)


def test_a_part_heading_after_a_word_that_counts_is_still_a_heading():
    # (only a term's numeral takes the sentence after it: "Mục" / "số" before a heading are not joined)
    assert "II. TỔ CHỨC THỰC HIỆN" in _lines("Các nội dung khác thực hiện theo Mục\nII. TỔ CHỨC THỰC HIỆN\n")


# C052 (Lương Minh, Quảng Ninh KH 16/2025, tune), re-wrapped: an item's first line broken before
# the name that is the subject of its clause ("… người ứng cử đại biểu\nHĐND tỉnh, HĐND xã thực
# hiện công tác vận động …"); the break is the layout's (the text is wrapped at 80 columns and
# "HĐND" would not have fit), so the item goes on.
C052_REWRAPPED = (
    '- Nguyên tắc tổ chức hiệp thương: Bảo đảm dân chủ, công khai, minh bạch, đúng\n'
    'quy trình, thời gian và thành phần theo quy định của pháp luật; bảo đảm tỷ lệ,\n'
    'cơ cấu, thành phần người ứng cử theo hướng dẫn của cấp có thẩm quyền.\n'
    '\n'
    '- Tài liệu phục vụ hội nghị: Gồm danh sách trích ngang người ứng cử, biên bản\n'
    'hội nghị, phiếu biểu quyết, tài liệu hướng dẫn quy trình hiệp thương, các văn\n'
    'bản pháp luật liên quan.\n'
    '\n'
    '(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025 (trước ngày bầu\n'
    'cử 95 ngày theo Điều 39, Điều 50 Luật số 85/2015/QH13 về Bầu cử đại biểu Quốc\n'
    'hội và đại biểu Hội đồng nhân dân).\n'
    '\n'
    '(2) Tổ chức hiệp thương lần thứ hai: Chậm nhất ngày 03/02/2026 (trước ngày bầu\n'
    'cử 40 ngày theo điểm a, khoản 16, Điều 1 Luật số 83/2025/QH15 về sửa đổi, bổ\n'
    'sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân\n'
    'dân).\n'
    '\n'
    '(3) Tổ chức hiệp thương lần thứ ba: Chậm nhất ngày 20/02/2026 (trước ngày bầu cử\n'
    '23 ngày theo điểm a, khoản 18, Điều 1 Luật số 83/2025/QH15 về sửa đổi, bổ sung\n'
    'một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân).\n'
    '\n'
    '- Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;\n'
    '\n'
    '- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát\n'
    'và Phản biện xã hội\n'
    '\n'
    '- Đơn vị phối hợp: Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên\n'
    'viên cơ quan MTTQ xã.\n'
    '\n'
    '- Kết quả: Hồ sơ nhân sự, các văn bản, tài liệu phục vụ các Hội nghị\n'
    '\n'
    '2.2. Tổ chức Hội nghị tiếp xúc cử tri để người ứng cử đại biểu Quốc hội thực\n'
    'hiện công tác vận động bầu cử đại biểu Quốc hội khóa XVI, người ứng cử đại biểu\n'
    'HĐND tỉnh, HĐND xã thực hiện công tác vận động bầu cử đại biểu HĐND cấp tỉnh,\n'
    'cấp xã nhiệm kỳ 2026-2031 theo văn bản Hướng dẫn của Ban Thường trực Ủy ban MTTQ\n'
    'Việt Nam tỉnh.\n'
    '\n'
    '- Việc tổ chức hội nghị tiếp xúc cử tri phải bảo đảm đúng thành phần, thời gian,\n'
    'địa điểm, nội dung theo hướng dẫn; tạo điều kiện thuận lợi để người ứng cử trình\n'
    'bày chương trình hành động, lắng nghe ý kiến, nguyện vọng của cử tri.\n'
)


def test_an_items_first_line_broken_before_a_name_by_the_layout_goes_on():
    lines = _lines(C052_REWRAPPED)
    assert not any(line.startswith("HĐND tỉnh") for line in lines)
    assert any(line.startswith("2.2. Tổ chức Hội nghị tiếp xúc cử tri") and
               "người ứng cử đại biểu HĐND tỉnh, HĐND xã thực hiện công tác vận động" in line for line in lines)


# C028 (Hải Phòng QĐ, Quy định phòng cháy chữa cháy rừng, tune7), a crawl that keeps the break of
# a paragraph's first-line indent; as it is (a blank line between paragraphs) and as a Word file
# or a PDF gives it (none): the short first line goes on either way.
C028_PARAGRAPHS = (
    "Chủ tịch Ủy ban nhân dân thành phố trực\n"
    "tiếp chỉ đạo Sở Nông nghiệp và Môi trường, Chi cục Kiểm lâm, Ban chỉ huy phòng\n"
    "cháy, chữa cháy rừng thành phố, Ban chỉ huy phòng cháy, chữa cháy rừng cấp xã,\n"
    "các chủ rừng thực hiện các biện pháp phòng cháy rừng.\n"
    "\n"
    "Lực lượng Công an phối hợp với lực lượng\n"
    "Kiểm lâm, lực lượng Quân đội, chính quyền địa phương và chủ rừng tăng cường kiểm\n"
    "tra nghiêm ngặt trên các vùng trọng điểm cháy, đảm bảo trực 24/24 giờ trong\n"
    "ngày, tăng cường kiểm tra người và phương tiện vào rừng.\n"
)


@pytest.mark.parametrize("raw", [C028_PARAGRAPHS, C028_PARAGRAPHS.replace(".\n\n", ".\n")])
def test_a_paragraphs_short_first_line_goes_on_with_or_without_a_blank_line_before_it(raw):
    assert any(line.startswith("Lực lượng Công an phối hợp với lực lượng Kiểm lâm, lực lượng Quân đội")
               for line in _lines(raw))
