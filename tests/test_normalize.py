"""Normalization: every rewrite keeps a map back to the original characters."""

import unicodedata

import pytest

from pipeline.models import Page
from pipeline.normalize import normalize_pages


def norm(text: str) -> str:
    return normalize_pages([Page(1, text, "text")]).text


@pytest.mark.parametrize("raw,expected", [
    ("Quyết định số 925/QĐ\u2010UBND", "Quyết định số 925/QĐ-UBND"),           # hyphen look-alike
    ("Nghị định 61\u20442018\u2044NĐ-CP", "Nghị định 61/2018/NĐ-CP"),       # fraction slash
    ("Q\u00d0-UBND", "QĐ-UBND"),                                              # Icelandic Ð
    ("giai đoạn 2016 \u2013 2020", "giai đoạn 2016 - 2020"),                 # en dash
    ("Uỷ ban nhân dân", "Ủy ban nhân dân"),                                   # old tone placement
    ("hiện đại hoá hành chính", "hiện đại hóa hành chính"),
    ("Ban Chấp hành Trung ương khoá XII", "Ban Chấp hành Trung ương khóa XII"),
    ("TM. UỶ BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),                           # upper case too
    ("CHUYỂN ĐỔI SỐ VÀ VĂN HOÁ", "CHUYỂN ĐỔI SỐ VÀ VĂN HÓA"),
    ("QUÝ II", "QUÝ II"),
    ("quý II", "quý II"),                                                     # "quý" is right
    ("hoàn thành", "hoàn thành"),                                             # closed syllable untouched
    ("**KẾ HOẠCH**", "KẾ HOẠCH"),                                             # markdown residue
    ("#### **IV. NHIỆM VỤ**", "IV. NHIỆM VỤ"),
    ("Thời gian qua, tỉnh Đắk Lắk\nđã có nhiều nỗ lực", "Thời gian qua, tỉnh Đắk Lắk đã có nhiều nỗ lực"),
    ("về cải\n\ncách lập pháp", "về cải cách lập pháp"),                      # paragraph split mid-sentence
    ("1. Mục đích\n2. Yêu cầu", "1. Mục đích\n2. Yêu cầu"),                   # headings stay apart
    ("hướng dẫn\na) Nội dung", "hướng dẫn\na) Nội dung"),
    ("Số:\n163/2025/QĐ-CTUBND", "Số: 163/2025/QĐ-CTUBND"),
    ("|\n**ỦY BAN NHÂN DÂN**\n--------\n|", "\nỦY BAN NHÂN DÂN\n\n"),
    ("Lưu: VT, NC. *E*", "Lưu: VT, NC."),                                   # drafting initials
    ("nâng cao nhận thức của cán bộ quản lý hành chính nhà nước các cấp trong\n(CCHC) của cán bộ",
     "nâng cao nhận thức của cán bộ quản lý hành chính nhà nước các cấp trong (CCHC) của cán bộ"),
    ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ\nChính trị về đột phá",   # crawl wrap
     "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá"),
    ("2. Hoàn thiện cơ chế, chính sách hỗ trợ chuyển đổi số doanh nghiệp\nTổ chức",  # heading stays
     "2. Hoàn thiện cơ chế, chính sách hỗ trợ chuyển đổi số doanh nghiệp\nTổ chức"),
    # a line without lower case (a capitals title, a table cell number) ends where it ends
    ("KẾ HOẠCH\n\nảnh truyền công tác cải cách hành chính", "KẾ HOẠCH\n\nảnh truyền công tác cải cách hành chính"),
    ("QUYẾT ĐỊNH\nvề việc ban hành Kế hoạch", "QUYẾT ĐỊNH\nvề việc ban hành Kế hoạch"),
    ("DANH MỤC NHIỆM VỤ\n\n(Kèm theo Kế hoạch số 617/KH-UBND)", "DANH MỤC NHIỆM VỤ\n\n(Kèm theo Kế hoạch số 617/KH-UBND)"),
    ("1\n\n2.000286", "1\n\n2.000286"),
    # an emphasized heading wrapped once by a crawl is one line
    ("*2.4. Bộ\nChỉ huy Quân sự tỉnh*\n\na) Chủ trì", "2.4. Bộ Chỉ huy Quân sự tỉnh\n\na) Chủ trì"),
    ("*2.1. Sở\nTài chính*", "2.1. Sở Tài chính"),
    ("*2.11.\nĐề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội\ntrực thuộc*",
     "2.11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội trực thuộc"),
    ("*Điều 1.*\n*Điều 2.*", "Điều 1.\nĐiều 2."),                           # two whole lines stay two
    # a list item whose agency name breaks after its head word (Quảng Ngãi QĐ 1627/2025)
    ("+ Sở\nXây dựng: hướng dẫn các cơ quan", "+ Sở Xây dựng: hướng dẫn các cơ quan"),
    ("c) Ban\nQuản lý dự án", "c) Ban Quản lý dự án"),
    ("Ban hành Sở\nNội vụ", "Ban hành Sở\nNội vụ"),                     # no item mark: no join
    # a line ending on "và"/"của"/"với" goes on; an "a." item stays a line (Lai Châu QĐ 87/2025)
    ("3. Sở Văn hóa, Thể thao và \nDu lịch\n\na. Chủ trì, chỉ đạo", "3. Sở Văn hóa, Thể thao và Du lịch\n\na. Chủ trì, chỉ đạo"),
    ("theo Kết luận của\nBộ Chính trị", "theo Kết luận của Bộ Chính trị"),
    # a body wrapped before its place, on a short line (Hồ Chí Minh QĐ 2843/2025, Hà Nội QĐ 1610/2025)
    ("Giao Văn phòng Ủy ban nhân dân\nThành phố kiểm tra, đôn đốc", "Giao Văn phòng Ủy ban nhân dân Thành phố kiểm tra, đôn đốc"),
    ("Điều 2. Trung tâm Phục vụ hành chính công\nThành phố chủ trì", "Điều 2. Trung tâm Phục vụ hành chính công Thành phố chủ trì"),
    ("Sở Nông nghiệp và Môi trường, Thuế\nThành phố và các Thuế cơ sở", "Sở Nông nghiệp và Môi trường, Thuế Thành phố và các Thuế cơ sở"),
    ("TM. ỦY BAN NHÂN DÂN\nTỉnh", "TM. ỦY BAN NHÂN DÂN\nTỉnh"),          # capitals: a header, not a wrap
    ("2. Mục tiêu\nThành phố phấn đấu", "2. Mục tiêu\nThành phố phấn đấu"),  # a heading, then its text
    # a crawl's label in emphasis closed after its colon, wrapped label, name or "Các" (Bắc Ninh KH 141/2025)
    ("*Đơn vị chủ trì: *Sở Nội vụ.", "Đơn vị chủ trì: Sở Nội vụ."),
    ("*Đơn vị chủ trì tham mưu thực\nhiện: *Sở Tư pháp.", "Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp."),
    ("*Đơn vị phối hợp thực hiện: *Sở\nTư pháp.", "Đơn vị phối hợp thực hiện: Sở Tư pháp."),
    ("*Đơn vị chủ trì thực hiện: *Các\nSở, ngành, đơn vị.", "Đơn vị chủ trì thực hiện: Các Sở, ngành, đơn vị."),
    ("Ghi chú: Sở\nNội vụ", "Ghi chú: Sở Nội vụ"),
    ("a *b: *c", "a *b: *c"),                                   # no label: a star inside a line stays
    # a Roman numeral wrapped alone after the word it counts ends the sentence (Quảng Ninh QĐ 96/2025)
    ("trên biển báo mũi tên chỉ số\nIV.\n\na) Chủ tịch", "trên biển báo mũi tên chỉ số IV.\n\na) Chủ tịch"),
    ("hoàn thành trong Quý\nIV", "hoàn thành trong Quý IV"),
    ("các nội dung sau\nIV.\nTỔ CHỨC THỰC HIỆN", "các nội dung sau\nIV. TỔ CHỨC THỰC HIỆN"),  # a part heading stays
    # a part heading wrapped onto a second line of capitals, also at the top of a page (C002 as a
    # Word-made PDF: "IV. PHÂN" / "CÔNG NHIỆM VỤ" opened page 9 and its tasks lost their section)
    ("xử lý.\nIV. PHÂN\nCÔNG NHIỆM VỤ\n1. Công an", "xử lý.\nIV. PHÂN CÔNG NHIỆM VỤ\n1. Công an"),
    # a list broken after its comma (Đắk Lắk CT 10/2025); a heading after a comma stays
    ("1. Sở Tài chính, Sở Xây dựng,\nBan quản lý Khu Kinh tế Phú Yên", "1. Sở Tài chính, Sở Xây dựng, Ban quản lý Khu Kinh tế Phú Yên"),
    ("các đơn vị,\nII. TỔ CHỨC THỰC HIỆN", "các đơn vị,\nII. TỔ CHỨC THỰC HIỆN"),
    # a long title line, then the decision's author in capitals (originals O18, Lâm Đồng QĐ 2536/2025):
    # no wrap; a wrapped line of a label and a code still joins (crawl ce52cc3a, "(Mã số\nTTHC: …)")
    ("Đoàn Luật sư tỉnh Đắk Nông (cũ) thành Đoàn Luật sư tỉnh Lâm Đồng\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
     "Đoàn Luật sư tỉnh Đắk Nông (cũ) thành Đoàn Luật sư tỉnh Lâm Đồng\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"),
    ("hộ chiếu công vụ tại cơ quan trong nước của Bộ Ngoại giao (Mã số\nTTHC: 2.002352);",
     "hộ chiếu công vụ tại cơ quan trong nước của Bộ Ngoại giao (Mã số TTHC: 2.002352);"),
])
def test_rewrites(raw, expected):
    assert norm(raw) == expected


def test_decomposed_input_becomes_nfc():
    raw = unicodedata.normalize("NFD", "Kế hoạch tuyên truyền cải cách hành chính")
    assert norm(raw) == "Kế hoạch tuyên truyền cải cách hành chính"


def test_offsets_point_back_to_the_pages():
    pages = [Page(1, "**KẾ HOẠCH**\nUỷ ban nhân dân", "text"), Page(2, "Quyết định số 925/QĐ\u2010UBND", "text")]
    n = normalize_pages(pages)
    i = n.text.index("925")
    page, s, e = n.page_span(i, i + 3)
    assert page == 2 and pages[1].text[s:e] == "925"
    j = n.text.index("Ủy")
    assert n.page_of(j) == 1 and pages[0].text[n.page_span(j, j + 2)[1]] == "U"
    assert len(n.offsets) == len(n.text) + 1


def test_running_page_numbers_are_dropped():
    pages = [Page(1, "của Thủ tướng Chính", "pdf-text"), Page(2, "2\nphủ phê duyệt", "pdf-text")]
    assert norm_pages(pages) == "của Thủ tướng Chính\fphủ phê duyệt"


def norm_pages(pages):
    return normalize_pages(pages).text


def test_part_heading_wrapped_at_the_top_of_a_page_is_one_heading():
    # C002 as a Word-made PDF: "IV. PHÂN" / "CÔNG NHIỆM VỤ" opened a page; its tasks lost their section
    pages = [Page(1, "các vấn đề đã phát hiện.", "pdf-text"), Page(2, "IV. PHÂN\nCÔNG NHIỆM VỤ\n1. Công an", "pdf-text")]
    assert norm_pages(pages) == "các vấn đề đã phát hiện.\fIV. PHÂN CÔNG NHIỆM VỤ\n1. Công an"


@pytest.mark.parametrize("first, second, expected", [
    # corpus 11 (ninhbinh-qd163-2025) as a Word-made PDF: a sentence going on over the page break
    # is one line, and its second partner stays in it
    ("3. Hằng năm, phối hợp với Sở Khoa học và Công nghệ, Trung tâm Phục vụ hành chính công tỉnh",
     "thực hiện rà quét, rà soát.",
     "3. Hằng năm, phối hợp với Sở Khoa học và Công nghệ, Trung tâm Phục vụ hành chính công tỉnh thực hiện rà quét, rà soát."),
    # a page that ends a sentence, or whose next page opens an item, a lettered item or a row
    ("- Tổ chức tuyên truyền các quy định của pháp luật về phòng, chống ma túy.", "phối hợp",
     "- Tổ chức tuyên truyền các quy định của pháp luật về phòng, chống ma túy.\fphối hợp"),
    ("6. Sở Giáo dục và Đào tạo chủ trì, phối hợp với các cơ quan liên quan thực hiện", "a) Chủ trì",
     "6. Sở Giáo dục và Đào tạo chủ trì, phối hợp với các cơ quan liên quan thực hiện\fa) Chủ trì"),
    # C014 as a Word-made PDF: the signature column read before the rest of the "Nơi nhận" list
    ("- Các cơ quan ngành dọc trên địa bàn\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Trường Sơn", "tỉnh;\n- Các Sở, ban, ngành;",
     "- Các cơ quan ngành dọc trên địa bàn\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Trường Sơn\ftỉnh;\n- Các Sở, ban, ngành;"),
])
def test_a_sentence_going_on_over_a_page_break_is_one_line(first, second, expected):
    pages = [Page(1, first, "pdf-text"), Page(2, second, "pdf-text")]
    normalized = normalize_pages(pages)
    assert normalized.text == expected
    i = normalized.text.index(second[:4])
    assert normalized.page_of(i) == 2


@pytest.mark.parametrize("raw,expected", [
    # specks before a line's text go, however they mix with spaces
    (". _ : Sở Y tế", "Sở Y tế"),
    ("° '.Phòng Nội vụ", "Phòng Nội vụ"),
    # a form's dot leaders opening a line, with no word after them: they stay, and in linear
    # time (the pattern once backtracked exponentially: hours for these 60 dots)
    ("Họ và tên:\n" + "." * 60 + "\nĐịa chỉ", "Họ và tên:\n" + "." * 60 + "\nĐịa chỉ"),
])
def test_ocr_specks_at_line_start(raw, expected):
    assert normalize_pages([Page(1, raw, "ocr")]).text == expected


@pytest.mark.parametrize("raw, expected", [
    # words a law site's page split inside (thuvienphapluat pages: tune C019, C050, C004, C041,
    # U04; github:TuanHuu168/CongBot Data/file_data_24.md, Quảng Ngãi QĐ 1351/2022)
    ("đơn vị được gửi qua Hệ thống lấ y ý kiến điện tử", "đơn vị được gửi qua Hệ thống lấy ý kiến điện tử"),
    ("có nơi mưa rất to với lượng mưa phổ biế n 100-250mm/đợt", "có nơi mưa rất to với lượng mưa phổ biến 100-250mm/đợt"),
    ("phát thanh di đ ộng. Nội dung", "phát thanh di động. Nội dung"),
    ("lực lượng vũ t rang:", "lực lượng vũ trang:"),
    ("- Các Ban của Đ ả ng; - Văn phòng", "- Các Ban của Đảng; - Văn phòng"),
    ("Qu ả ng Ngãi, ngày 12 tháng 7 năm 2022", "Quảng Ngãi, ngày 12 tháng 7 năm 2022"),
    ("Chủ tịch Đặ ng Văn Minh", "Chủ tịch Đặng Văn Minh"),
    # words and pieces that stay: syllables each, a Roman numeral, capitals, units, item letters
    ("Đại hội khóa X ở Hà Nội", "Đại hội khóa X ở Hà Nội"),
    ("UBND TP HCM và các sở", "UBND TP HCM và các sở"),
    ("điểm a và b khoản 2", "điểm a và b khoản 2"),
    ("dài 100 m và rộng 5 km", "dài 100 m và rộng 5 km"),
    ("Sở Tư pháp chủ trì", "Sở Tư pháp chủ trì"),
])
def test_a_word_split_inside_is_one_word(raw, expected):
    assert normalize_pages([Page(1, raw, "text")]).text == expected


# Pieces that are each a syllable, or capitals spaced letter by letter, are one word where the
# text itself writes the joined word whole at least twice (normalize.split_word_edits) — pieces
# that are each a syllable only in a text that split other words; a date's day or month split
# after its leading zero is one number (normalize.split_date_number_edits).  Real lines, each
# after lines of the same text that give the context.
_THEO = ("cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức theo yêu cầu\n"
         "cơ sở dữ liệu theo yêu cầu của Ủy ban nhân dân Thành phố và Sở Nội vụ.\n")
_HCM_QD3210 = ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố, "
               "Hội Cựu chiến binh Thành phố, Thành Đoàn... phát động các cuộc vận động\n"
               "Ủy ban nhân dân quận, huyện chỉ đạo Phòng Lao động - Thương binh và Xã hội phối hợp với các "
               "phòng, ban có liên quan; đại diện Hội Cựu chiến binh.\n"
               "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n"
               "Chủ tịch Ủy ban nhân dân các quận, huyện, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam.\n"
               "trên địa bàn Thành phố Hồ Chí Minh; Ủy ban nhân dân Thành phố.\n")
_BCDQG = ("- Mặt trận Tổ quốc Việt Quốc gia và Hội Cựu chiến binh các cấp.\n"
          "a) Tổ chức Hội nghị quán triệt; vận động các tổ chức Hội; hội viên, đoàn viên\n")


@pytest.mark.parametrize("context, raw, expected", [
    # newdocs asg19a bcdqg1237-kh252-2013 (a PDF's text layer)
    (_BCDQG, "- Các Bộ: Quốc phòng, Công an, Ng o ại giao, Lao động -Thương binh và Xã hộ i , Tài chính",
     "- Các Bộ: Quốc phòng, Công an, Ngoại giao, Lao động -Thương binh và Xã hội , Tài chính"),
    # newdocs asg18b hcm-qd3210-2014 (a PDF's text layer spaced letter by letter)
    (_HCM_QD3210, "- Thủ tướ ng Chính phủ; - Hội Cự u Chiến binh Thành phố;",
     "- Thủ tướng Chính phủ; - Hội Cựu Chiến binh Thành phố;"),
    # calibration C038_hcm-cv4240-2025 (a crawl) splits no other word: "the o" stays
    (_THEO, "độ và chất lượng the o yêu cầu đề ra;", "độ và chất lượng the o yêu cầu đề ra;"),
    (_HCM_QD3210, "- Hội L iên hiệp Phụ nữ TP;", "- Hội Liên hiệp Phụ nữ TP;"),
    (_HCM_QD3210, "ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH",
     "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"),
    # ("P HÓ": "phó" is not written whole twice; "Ngu y ễn": three pieces, each a syllable)
    (_HCM_QD3210, "KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín", "KT. CHỦ TỊCH P HÓ CHỦ TỊCH Ngu y ễn Hữu Tín"),
    # each piece a word, the joined word no more frequent in the text: stays
    # (shared samples 10_dongnai-kh179-2025, newdocs hungyen-kh199-2026, tune3 C054, C036, C060)
    (_THEO, "dịch vụ công trực tuyến, dịch vụ y tế số", "dịch vụ công trực tuyến, dịch vụ y tế số"),
    ("tiền chất dùng làm thuốc thú y; bà Thúy.\n", "thuốc thú y có chứa chất ma túy", "thuốc thú y có chứa chất ma túy"),
    ("vài lần và vài nơi.\n", "các điểm a, b, d, e, g và i khoản này", "các điểm a, b, d, e, g và i khoản này"),
    (_THEO, "khi tham gia ý kiến thẩm định", "khi tham gia ý kiến thẩm định"),
    (_THEO, "đội ngũ y tế tại các cơ sở", "đội ngũ y tế tại các cơ sở"),
    # capitals that stay: signature marks and symbols (C040, newdocs byt-cv384-2014, hcm-qd3210-2014)
    (_HCM_QD3210, "K/T TRƯỞNG BAN", "K/T TRƯỞNG BAN"),
    (_HCM_QD3210, "Số: 3210/QĐ - U B ND", "Số: 3210/QĐ - U B ND"),
    (_HCM_QD3210, "- T T U B : C T , các P C T ;", "- T T U B : C T , các P C T ;"),
    # a date split after its leading zero (newdocs asg17a ttg-qd773-2018)
    ("", "Hà Nội, ngày 26 tháng 0 6 năm 2018", "Hà Nội, ngày 26 tháng 06 năm 2018"),
    ("", "ngày 0 5 tháng 10 năm 2020", "ngày 05 tháng 10 năm 2020"),
    # numbers that stay (data/raw 004_1df89c22df6dec19: a note mark before the year)
    ("", "cải cách hành chính năm 4 2023 và", "cải cách hành chính năm 4 2023 và"),
    ("", "gồm 0 5 đơn vị", "gồm 0 5 đơn vị"),
])
def test_a_word_split_into_words_is_joined_where_the_text_writes_it_whole(context, raw, expected):
    text = normalize_pages([Page(1, context + "\n\n" + raw + "\n", "text")]).text
    assert text.rstrip("\n").rsplit("\n", 1)[-1] == expected
