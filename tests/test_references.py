"""Legal references: a table of real citations from the samples (seeds and provincial texts)."""

import pytest

from pipeline.references import find_citations
from pipeline.symbols import canonical_symbol
from pipeline.resolve import merge_references

# sentence (as printed in a sample) → expected (type, number, year, symbol, date, issuer)
CITATIONS = [
    ("Thực hiện Quyết định số 925/QĐ-UBND ngày 24/12/2021 của UBND tỉnh Gia Lai về việc ban hành",
     ("Quyết định", "925", None, "QĐ-UBND", "2021-12-24", "Ủy ban nhân dân tỉnh Gia Lai")),
    ("theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ và Nghị định số 107/2021/NĐ-CP",
     ("Nghị định", "61", 2018, "NĐ-CP", "2018-04-23", "Chính phủ")),
    ("Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII một số vấn đề",
     ("Nghị quyết", "18", None, "NQ/TW", "2017-10-25", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII")),
    ("theo Nghị quyết số 17/NQCP ngày 17/3/2019 của Chính phủ về một số nhiệm vụ",
     ("Nghị quyết", "17", None, "NQ-CP", "2019-03-17", "Chính phủ")),
    ("Căn cứ Quyết định số 3490/QĐ-BNV ngày 10 tháng 10 năm 2016 của Bộ trưởng Bộ Nội vụ về việc phê duyệt",
     ("Quyết định", "3490", None, "QĐ-BNV", "2016-10-10", "Bộ trưởng Bộ Nội vụ")),
    ("Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội về sắp xếp",
     ("Nghị quyết", "35", 2023, "UBTVQH15", "2023-07-12", "Ủy ban Thường vụ Quốc hội")),
    ("Chương trình hành động số 49-CTr/TU ngày 09/01/2018 của Ban Thường vụ Thành ủy",
     ("Chương trình hành động", "49", None, "CTr/TU", "2018-01-09", "Ban Thường vụ Thành ủy")),
    ("Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương trình",
     ("Nghị quyết", "30c", None, "NQ-CP", "2011-11-08", "Chính phủ")),
    ("theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số",
     ("Quyết định", "766", None, "QĐ-TTg", "2022-06-23", "Thủ tướng Chính phủ")),
    ("Công văn số 2827/UBND-NC ngày 24 tháng 5 năm 2019 của Chủ tịch Ủy ban nhân dân tỉnh về",
     ("Công văn", "2827", None, "UBND-NC", "2019-05-24", "Chủ tịch Ủy ban nhân dân tỉnh")),
    ("Kế hoạch số 53/KH-UBND ngày 24 tháng 6 năm 2019 về",
     ("Kế hoạch", "53", None, "KH-UBND", "2019-06-24", None)),
    ("Chỉ thị số 23/CTTTg ngày 02/9/2021 của Thủ tướng Chính phủ",
     ("Chỉ thị", "23", None, "CT-TTg", "2021-09-02", "Thủ tướng Chính phủ")),
    ("Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học",
     ("Nghị quyết", "57", None, "NQ/TW", "2024-12-22", "Bộ Chính trị")),
    ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;",
     ("Nghị định", "63", 2010, "NĐ-CP", "2010-06-08", "Chính phủ")),
    ("Quyết định số 19/2019/QĐ-UBND ngày 04/5/2019 của Ủy ban nhân dân tỉnh)",
     ("Quyết định", "19", 2019, "QĐ-UBND", "2019-05-04", "Ủy ban nhân dân tỉnh")),
    # a page break inside the issuer's name (seed 002 as a scan: the page ends at "Chính")
    ("theo Quyết định số 1847/QĐ-TTg ngày 27 tháng 12 năm 2018 của Thủ tướng Chính\f\nphủ phê duyệt Đề án",
     ("Quyết định", "1847", None, "QĐ-TTg", "2018-12-27", "Thủ tướng Chính phủ")),
    # … but a page that opens a new sentence ends it, as a line does
    ("Quyết định số 19/2019/QĐ-UBND ngày 04/5/2019 của Ủy ban nhân dân tỉnh\f\nTổ chức thực hiện",
     ("Quyết định", "19", 2019, "QĐ-UBND", "2019-05-04", "Ủy ban nhân dân tỉnh")),
    # real corpus texts (Đồng Nai KH 182/2025, Cần Thơ QĐ 09/2010, Quảng Ninh MTTQ KH 16/2025):
    # an issuer whose second word is no type word ("Bộ Công an" is no "Công văn")
    ("theo Quyết định số 7619/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công an và Kế hoạch này",
     ("Quyết định", "7619", None, "QĐ-BCA", "2025-09-08", "Bộ trưởng Bộ Công an")),
    # an issuer that a capitalized title would run on into
    ("Nghị định số 81/2002/NĐ-CP ngày 17/10/2002 của Chính phủ Quy định chi tiết thi hành một số điều",
     ("Nghị định", "81", 2002, "NĐ-CP", "2002-10-17", "Chính phủ")),
    # an underscore typed for the dash
    ("Quyết định số 10/2007/QĐ_BKHCN ngày 11 tháng 5 năm 2007 của Bộ Khoa học và Công nghệ",
     ("Quyết định", "10", 2007, "QĐ-BKHCN", "2007-05-11", "Bộ Khoa học và Công nghệ")),
    # a letter's account of an earlier document: date and issuer before it (TP.HCM CV 4240/2025)
    ("Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX về việc triển khai",
     ("Công văn", "3280", None, "UBND-VX", "2025-10-28", "Chủ tịch Ủy ban nhân dân Thành phố")),
    # a law cited by name and number
    ("Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, ngày 09/6/2015;",
     ("Luật", "75", 2015, "QH13", "2015-06-09", None)),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
     ("Luật", "72", 2025, "QH15", None, None)),
    # a unit's dotted code in the symbol (VPCP CV 11554/VPCP-V.I/2025, crawl 8018a6f353d60a9e)
    ("theo chỉ đạo tại Văn bản số 6721/VPCP-V.I ngày 19 tháng 7 năm 2025 của Văn phòng Chính phủ;",
     ("Văn bản", "6721", None, "VPCP-V-I", "2025-07-19", "Văn phòng Chính phủ")),
    # a dot typed without its space before the next sentence is no unit code (review 0.8 #3)
    ("Thực hiện Quyết định số 12/QĐ-UBND.Trong năm 2025, tỉnh tổ chức",
     ("Quyết định", "12", None, "QĐ-UBND", None, None)),
    ("Thực hiện Quyết định số 12/QĐ-UBND.Theo đó, các sở",
     ("Quyết định", "12", None, "QĐ-UBND", None, None)),
    ("Công văn số 12/UBND-VX.Ngay sau khi nhận được",
     ("Công văn", "12", None, "UBND-VX", None, None)),
    # the clause's predicate after the issuer is not part of it (BNV CV 11208/2025, Thuế tỉnh
    # Vĩnh Long CV 1539/2025: crawl c81379258ef3a44f, de1ea1a30ca1e0bc)
    ("tỷ lệ chi phí quản lý tại Quyết định số 206/QĐ-LĐTBXH ngày 11/3/2022 của Bộ trưởng Bộ Lao động - "
     "Thương binh và Xã hội chưa thay đổi. Vì vậy,",
     ("Quyết định", "206", None, "QĐ-LĐTBXH", "2022-03-11", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội")),
    ("nhận được Công văn số 144/2025/CV-BSGBTr ngày 17/11/2025 của CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE vướng mắc "
     "về việc vay tiền cổ đông",
     ("Công văn", "144", 2025, "CV-BSGBTR", "2025-11-17", "CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE")),
    # a crawl's line break after the place word; a verb after the body (HĐND Vĩnh Long NQ 22/2025,
    # crawl d5f01e57dbf5a890)
    ("b) Bãi bỏ toàn bộ Nghị\nquyết số 10/2022/NQ-HĐND ngày 07 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh\n"
     "Trà Vinh quy định nội dung, mức chi",
     ("Nghị quyết", "10", 2022, "NQ-HĐND", "2022-07-07", "Hội đồng nhân dân tỉnh Trà Vinh")),
    ("Nghị quyết số 246/NQ-HĐND ngày 10 tháng 9 năm 2025 của Hội đồng nhân dân tỉnh\nVĩnh Long quyết định việc áp "
     "dụng văn bản quy phạm pháp luật",
     ("Nghị quyết", "246", None, "NQ-HĐND", "2025-09-10", "Hội đồng nhân dân tỉnh Vĩnh Long")),
    # a place word at a line's end goes on only to a known place: the next line's heading, sentence
    # or item is no part of the name (review 0.8 #4)
    ("Kế hoạch số 45/KH-UBND ngày 01/02/2025 của UBND tỉnh\nII. NHIỆM VỤ\n1. Sở Nội vụ chủ trì",
     ("Kế hoạch", "45", None, "KH-UBND", "2025-02-01", "Ủy ban nhân dân tỉnh")),
    ("Kế hoạch số 45/KH-UBND ngày 01/02/2025 của Ủy ban nhân dân tỉnh\nSở Nội vụ xây dựng Kế hoạch như sau:",
     ("Kế hoạch", "45", None, "KH-UBND", "2025-02-01", "Ủy ban nhân dân tỉnh")),
    ("Kế hoạch số 45/KH-UBND ngày 01/02/2025 của UBND huyện\n- Phòng Nội vụ chủ trì",
     ("Kế hoạch", "45", None, "KH-UBND", "2025-02-01", "Ủy ban nhân dân huyện")),
    ("Quyết định số 5/QĐ-UBND ngày 01/02/2025 của UBND xã\nTrung tâm Y tế xã tổ chức",
     ("Quyết định", "5", None, "QĐ-UBND", "2025-02-01", "Ủy ban nhân dân xã")),
    ("Quyết định số 5/QĐ-UBND ngày 01/02/2025 của Ủy ban nhân dân xã\nAn Biên về việc",
     ("Quyết định", "5", None, "QĐ-UBND", "2025-02-01", "Ủy ban nhân dân xã An Biên")),
    # a year after the symbol; a body whose clause goes on is no issuer of what it asks about
    # (Cục Hải quan CV 39209/2025, crawl e7f6002678c9c0a1)
    ("Trả lời Công văn số 09/HDTLMM/2025\nngày 06/11/2025 của Công ty TNHH Bao bì Kỹ thuật cao Riches Việt Nam về đề nghị",
     ("Công văn", "09", 2025, "HDTLMM", "2025-11-06", "Công ty TNHH Bao bì Kỹ thuật cao Riches Việt Nam")),
    ("Đồng thời, vướng\nmắc của Công ty liên quan đến quy định tại Nghị định số 60/2014/NĐ-CP ngày\n19/6/2014 được sửa "
     "đổi, bổ sung tại Nghị định số 72/2022/NĐ-CP",
     ("Nghị định", "60", 2014, "NĐ-CP", "2014-06-19", None)),
    # the clause's predicate is read only after a complete name: "không", "thuộc" inside a name
    # keep it whole (review 0.8 #5, #6, #18)
    ("Theo đề nghị của Trung tâm Phục vụ hành chính công thuộc Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình "
     "số 12/TTr-TTPVHCC ngày 05/11/2025.",
     ("Tờ trình", "12", None, "TTr-TTPVHCC", "2025-11-05",
      "Trung tâm Phục vụ hành chính công thuộc Văn phòng Ủy ban nhân dân tỉnh")),
    ("theo đề nghị của Cục Hàng không Việt Nam tại Tờ trình số 45/TTr-CHK ngày 05/11/2025",
     ("Tờ trình", "45", None, "TTr-CHK", "2025-11-05", "Cục Hàng không Việt Nam")),
    ("Xét đề nghị của Chi cục Kiểm lâm thuộc Sở Nông nghiệp và Môi trường tại Tờ trình số 88/TTr-CCKL;",
     ("Tờ trình", "88", None, "TTr-CCKL", None, "Chi cục Kiểm lâm thuộc Sở Nông nghiệp và Môi trường")),
    ("Quyết định số 12/QĐ-BQP ngày 01/01/2025 của Bộ Tư lệnh Phòng không - Không quân về việc",
     ("Quyết định", "12", None, "QĐ-BQP", "2025-01-01", "Bộ Tư lệnh Phòng không - Không quân")),
    ("Quyết định số 12/QĐ-ACV ngày 01/01/2025 của Tổng công ty Cảng hàng không Việt Nam về việc",
     ("Quyết định", "12", None, "QĐ-ACV", "2025-01-01", "Tổng công ty Cảng hàng không Việt Nam")),
    ("Quyết định số 12/QĐ-CHK ngày 01/01/2025 của Cục Hàng không Việt Nam không còn hiệu lực",
     ("Quyết định", "12", None, "QĐ-CHK", "2025-01-01", "Cục Hàng không Việt Nam")),
    ("Công văn số 144/CV-BB ngày 17/11/2025 của Công ty TNHH Bao bì Kỹ thuật cao Riches Việt Nam vướng mắc về thủ tục",
     ("Công văn", "144", None, "CV-BB", "2025-11-17", "Công ty TNHH Bao bì Kỹ thuật cao Riches Việt Nam")),
    # "PTNT" spelled out (Đắk Lắk KH 0134/2025, crawl d5ffa6afac124d52)
    ("Căn cứ Thông tư số\n32/2014/TT-BNNPTNT ngày 10/9/2014 của Bộ Nông nghiệp và PTNT *(nay là Bộ Nông\n"
     "nghiệp và Môi trường) *về quy định hoạt động quan trắc",
     ("Thông tư", "32", 2014, "TT-BNNPTNT", "2014-09-10", "Bộ Nông nghiệp và Phát triển nông thôn")),
]


@pytest.mark.parametrize("sentence,expected", CITATIONS)
def test_numbered_citation(sentence, expected):
    refs = find_citations(sentence)
    assert refs, sentence
    r = refs[0]
    assert (r.type, r.number, r.year, r.symbol, r.date, r.issuer) == expected
    assert sentence[r.start:r.end].startswith(r.type.split()[0])


LAWS = [
    ("Tổ chức thực hiện có hiệu quả Luật Ban hành văn bản quy phạm pháp luật năm 2015, Luật sửa đổi",
     ("Luật", "Ban hành văn bản quy phạm pháp luật", 2015, None)),
    ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương (năm 2019);",
     ("Luật", "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", 2019, None)),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
     ("Luật", "Tổ chức chính quyền địa phương", 2015, "2015-06-19")),
    ("phù hợp với Hiến pháp năm 2013; tiếp tục", ("Hiến pháp", None, 2013, None)),
    # a name typed in lower case and abbreviated (issue #11): written out by the abbreviation table
    ("Căn cứ Luật tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;",
     ("Luật", "tổ chức Hội đồng nhân dân và Ủy ban nhân dân", 2003, "2003-11-26")),
]


@pytest.mark.parametrize("sentence,expected", LAWS)
def test_law_citation(sentence, expected):
    r = find_citations(sentence)[0]
    assert (r.type, r.name, r.year, r.date) == expected


@pytest.mark.parametrize("sentence", [
    "Kế hoạch cải cách hành chính năm 2020 của tỉnh",  # unnumbered: not a reference
    "Nghị quyết Đại hội XII của Đảng",
    "tiêu chuẩn quốc gia TCVN ISO 9001:2015",
    "giai đoạn 2021 - 2030",
])
def test_not_a_reference(sentence):
    assert find_citations(sentence) == []


# a law's name followed by a deadline is no citation of the law (Quảng Ninh MTTQ HD 2025)
@pytest.mark.parametrize("sentence", [
    "theo Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân chậm nhất là ngày 22 tháng 02 năm 2026",
    "Đoàn Luật sư tỉnh năm 2025 tổ chức",  # "Luật sư", "Luật pháp": other words
    "nâng cao hiểu biết Luật pháp năm 2020",
    "theo quy định của Luật này năm 2015",
])
def test_law_name_then_a_deadline_is_no_citation(sentence):
    assert find_citations(sentence) == []


@pytest.mark.parametrize("raw,expected", [
    ("NQCP", "NQ-CP"), ("CTTTg", "CT-TTg"), ("NQ- TW", "NQ/TW"), ("QĐ-UBND", "QĐ-UBND"),
    ("NĐ-CP", "NĐ-CP"), ("KH-KHĐT", "KH-KHĐT"),
])
def test_symbol_repair(raw, expected):
    assert canonical_symbol(raw) == expected


def test_mentions_merge_and_short_form_resolves():
    text = ("Thực hiện Kế hoạch số 60/KH-UBND ngày 08/3/2024 của Ủy ban nhân dân thành phố về việc X. "
            "Cụ thể hóa các nhiệm vụ Kế hoạch số 60/KH-UBND. "
            "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ; Nghị định 61/NĐ-CP nói trên.")
    refs = merge_references(find_citations(text))
    assert [(r.number, r.symbol, len(r.mentions)) for r in refs] == [("60", "KH-UBND", 2), ("61", "NĐ-CP", 2)]
    assert refs[0].date == "2024-03-08"


def test_multimegabyte_line_is_linear():
    import time
    line = ("Quyết định số 12/QĐ-UBND ngày 01/01/2020 của Ủy ban nhân dân tỉnh; " + "x" * 200 + " ") * 8000
    t = time.perf_counter()
    refs = find_citations(line)
    assert len(refs) == 8000
    assert time.perf_counter() - t < 10


# A law cited by its name and its number is a numbered citation (contract: name only for laws
# without a number); its text keeps the name.  Sentences from the provincial decisions in
# data/raw (sources in data/SOURCES.tsv) and tests/data/corpus.
NAMED_NUMBERED_LAWS = [
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
     [("72", 2025, "QH15", "Luật Tổ chức chính quyền địa phương số 72/2025/QH15")]),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15; Luật Sửa đổi, bổ sung một số điều "
     "của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;",
     [("64", 2025, "QH15", "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15"),
      ("87", 2025, "QH15", "Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15")]),
    ("Căn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14;",
     [("02", 2016, "QH14", "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14")]),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;",
     [("72", 2025, "QH15", "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025")]),
]


@pytest.mark.parametrize("sentence,expected", NAMED_NUMBERED_LAWS)
def test_a_law_by_name_and_number_is_one_numbered_citation(sentence, expected):
    refs = find_citations(sentence)
    assert [(r.number, r.year, r.symbol, r.text) for r in refs] == expected
    assert all(r.type == "Luật" and r.name is None for r in refs)


# Every type word a law by name and number opens with (the search skips windows without
# regexes.NAMED_NUMBERED_LAW_WORDS; the code of Labour and an ordinance as printed).
@pytest.mark.parametrize("sentence,expected", [
    ("Căn cứ Bộ luật Lao động số 45/2019/QH14;", ("Bộ luật", "45", 2019, "QH14", "Bộ luật Lao động số 45/2019/QH14")),
    ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14;",
     ("Pháp lệnh", "02", 2020, "UBTVQH14", "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14")),
])
def test_every_type_word_of_a_law_by_name_and_number(sentence, expected):
    assert [(r.type, r.number, r.year, r.symbol, r.text) for r in find_citations(sentence)] == [expected]


def test_named_law_words_keep_in_step_with_the_pattern():
    """Each type word of NAMED_NUMBERED_LAW holds one of the words its windows are tested for."""
    import regex

    from pipeline import regexes as rx

    types = regex.search(r"\(\?P<type>\(\?-i:([^)]*)\)\)", rx.NAMED_NUMBERED_LAW.pattern).group(1)
    for word in types.split("|"):
        assert any(needed in word for needed in rx.NAMED_NUMBERED_LAW_WORDS), word


def test_law_cited_by_name_and_by_number_is_one_reference():
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; "
            "theo Luật Tổ chức chính quyền địa phương năm 2025 và Luật Đất đai năm 2024.")
    refs = merge_references(find_citations(text))
    assert [(r.number, r.name, len(r.mentions)) for r in refs] == [("72", None, 2), (None, "Đất đai", 1)]


def test_long_lists_and_committee_names_are_linear():
    import time
    for text in ("Công điện số 1/CĐ-UBND" + ", 12/CĐ-UBND" * 4000,
                 "số 12/QĐ-UBND " * 4000,
                 "Quyết định số 1/QĐ-BCĐ của Ban Chỉ đạo về " + "phát triển, " * 20000,
                 "Quyết định số 1/QĐ-UBND của Ủy ban nhân dân tỉnh" + ", Sở Tài chính" * 20000):
        t = time.perf_counter()
        find_citations(text)
        assert time.perf_counter() - t < 10


# Every citation of a sentence: (type, number, symbol, issuer) in order.  Real sentences from the
# corpus' tune and calibration texts (tests/data/corpus, sources in SOURCES.tsv) and the shapes
# of issue #11: lists sharing a type word or an issuer, issuers named before "tại", joint issuers.
CITATION_LISTS = [
    # numbers that go on a list without a type word of their own; the proposer named before "tại"
    ("*Theo đề nghị của Sở Tài chính tại Tờ trình số:\n421/TTr-STC ngày 29/10/2025, 501/TTr-STC ngày "
     "20/11/2025 và ý kiến thẩm định của\nSở Tư pháp tại Báo cáo số 22/BC-STP ngày 24/10/2025;*",
     [("Tờ trình", "421", "TTr-STC", "Sở Tài chính"), ("Tờ trình", "501", "TTr-STC", "Sở Tài chính"),
      ("Báo cáo", "22", "BC-STP", "Sở Tư pháp")]),
    ("các Công điện số 12/CĐ-UBND, 15/CĐ-UBND và 17/CĐ-UBND của UBND tỉnh",
     [("Công điện", "12", "CĐ-UBND", "Ủy ban nhân dân tỉnh"), ("Công điện", "15", "CĐ-UBND", "Ủy ban nhân dân tỉnh"),
      ("Công điện", "17", "CĐ-UBND", "Ủy ban nhân dân tỉnh")]),
    # a proposer wrapped over a line, shared by the list that follows "tại"
    ("*Theo đề nghị của Sở Công\nThương tại Tờ trình số 298/TTr-SCT ngày 23/10/2025 và Công văn số 2679/SCT-QLTM\nngày 07/11/2025.*",
     [("Tờ trình", "298", "TTr-SCT", "Sở Công Thương"), ("Công văn", "2679", "SCT-QLTM", "Sở Công Thương")]),
    ("Bám sát quan điểm chỉ đạo của Bộ Chính trị tại Kết luận số 132- KL/TW; Nghị quyết 93/NQ-CP của Chính phủ",
     [("Kết luận", "132", "KL/TW", "Bộ Chính trị"), ("Nghị quyết", "93", "NQ-CP", "Chính phủ")]),
    # the issuer after the last of a list, when the symbols name the same body
    ("quy định tại Thông tư số 08/2024/TT-BXD và Thông tư số 09/2025/TT-BXD của Bộ Xây dựng",
     [("Thông tư", "08", "TT-BXD", "Bộ Xây dựng"), ("Thông tư", "09", "TT-BXD", "Bộ Xây dựng")]),
    ("(ban hành kèm theo Quyết định số 2331/QĐ-TTg ngày 20/12/2010 và Quyết định số 2406/QĐ-TTg ngày "
     "18/12/2011 của Thủ tướng Chính phủ);",
     [("Quyết định", "2331", "QĐ-TTg", "Thủ tướng Chính phủ"), ("Quyết định", "2406", "QĐ-TTg", "Thủ tướng Chính phủ")]),
    # … but not across bodies: the decree's issuer is not the ministry's
    ("Nghị định số 10/2022/NĐ-CP và Thông tư số 08/2024/TT-BXD của Bộ Xây dựng",
     [("Nghị định", "10", "NĐ-CP", None), ("Thông tư", "08", "TT-BXD", "Bộ Xây dựng")]),
    # joint issuers and a ministry whose name holds a comma
    ("Căn cứ Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 20 tháng 02 năm 2025 của Ủy ban "
     "Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn",
     [("Nghị quyết liên tịch", "72", "NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN",
       "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]),
    ("Thông tư số 04/2011/TT-BVHTTDL ngày 26 tháng 11 năm 2011 của Bộ Văn hóa, Thể thao và Du lịch quy định",
     [("Thông tư", "04", "TT-BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch")]),
    ("Quyết định số 1/QĐ-UBND của UBND tỉnh, Sở Tài chính triển khai",
     [("Quyết định", "1", "QĐ-UBND", "Ủy ban nhân dân tỉnh")]),
    # an issuer that a verb clause joined by "và" would run on into
    ("theo quy định tại Nghị định số\n239/2025/NĐ-CP của Chính phủ và chịu trách nhiệm trước Nhà đầu tư và Chủ tịch",
     [("Nghị định", "239", "NĐ-CP", "Chính phủ")]),
    # a law's name amended by a decree: the number is the decree's
    ("Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ",
     [("Nghị định", "187", "NĐ-CP", "Chính phủ")]),
    # type words in lower case, qualifiers, OCR slips
    ("theo văn bản số 123/UBND-KT ngày 2/3/2024 của UBND tỉnh",
     [("Văn bản", "123", "UBND-KT", "Ủy ban nhân dân tỉnh")]),
    ("Văn bản hợp nhất số 10/VBHN-BGDĐT ngày 2/3/2024 của Bộ Giáo dục và Đào tạo",
     [("Văn bản hợp nhất", "10", "VBHN-BGDĐT", "Bộ Giáo dục và Đào tạo")]),
    ("thực hiện Thông báo kết luận số 12-TB/TW ngày 2/3/2024 của Bộ Chính trị",
     [("Thông báo", "12", "TB/TW", "Bộ Chính trị")]),
    ("triển khai thực hiện Chỉ thị\nso 41-CT/TW ngày 26/12/2024 của Bộ Chính trị, Kế hoạch số 319-KH/TU ngày\n10/4/2025 của Tỉnh ủy",
     [("Chỉ thị", "41", "CT/TW", "Bộ Chính trị"), ("Kế hoạch", "319", "KH/TU", "Tỉnh ủy")]),
    ("Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025",
     [("Công văn", "15972", "SXD-QLN&TTBĐS", None)]),
    # a qualified type word and joint issuers after "giữa" (Đồng Nai KH 182/2025)
    ("triển khai Kết luận liên ngành Tư pháp Trung ương số 23/KL-LNTPTW ngày 21/11/2024 giữa Bộ Công an, Viện "
     "kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao trong điều tra",
     [("Kết luận", "23", "KL-LNTPTW", "Bộ Công an, Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao")]),
    # "số" and a coded number without a type word (Hà Nội KH 310/2025, Quảng Ninh QĐ 96/2025) …
    ("phê duyệt tại các Quyết định: số 36/QĐ-TTg ngày 11/01/2024 về việc phê duyệt; số 1569/QĐ-TTg ngày "
     "12/12/2024 về quy hoạch Thủ đô và số 1668/QĐ-TTg ngày 27/12/2024 về việc",
     [("Quyết định", "36", "QĐ-TTg", None), ("Quyết định", "1569", "QĐ-TTg", None), ("Quyết định", "1668", "QĐ-TTg", None)]),
    # … its issuer the body named before "số" ("… của Sở Tư pháp số …")
    ("báo cáo thẩm định của Sở Tư pháp số 316/BC-STP ngày 25 tháng 9 năm 2025;",
     [("Báo cáo", "316", "BC-STP", "Sở Tư pháp")]),
    # … but a form's number is none (Quảng Ninh MTTQ HD 2025)
    ("Biên bản (Mẫu số 01/HNCT) và mẫu số 04/ BCĐBQH-MT, Phiếu số 02/BC-UBND", []),
    # issuers that ran on into a title or a clause, or were cut inside a name (Bắc Ninh QĐ 2025,
    # Cà Mau KH 204/2025, Đồng Tháp KH 552/2025)
    ("Nghị định số 64/2007/NĐ-CP của Chính phủ Ứng dụng công nghệ thông tin; Nghị định số 147/2024/NĐ-CP của Chính phủ Quản lý, cung cấp",
     [("Nghị định", "64", "NĐ-CP", "Chính phủ"), ("Nghị định", "147", "NĐ-CP", "Chính phủ")]),
    ("Nghị quyết số 204/2025/QH15 ngày 17/6/2025 của Quốc hội khoảng 110 tỷ đồng",
     [("Nghị quyết", "204", "QH15", "Quốc hội")]),
    ("Thông báo số 30-TB/TGV ngày 13/6/2025 của Tổ giúp việc Ban chỉ đạo Trung ương về phát triển",
     [("Thông báo", "30", "TB/TGV", "Tổ giúp việc Ban chỉ đạo Trung ương")]),
    # a numbered citation after a law's name is not the law's number (Quảng Ninh MTTQ KH 2025)
    ("Quy định số 296-QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương; Hướng dẫn số 19-HD/UBKTTW, ngày 25/8/2025",
     [("Quy định", "296", "QĐ/TW", "Ban Chấp hành Trung ương"), ("Hướng dẫn", "19", "HD/UBKTTW", None)]),
    # a line wrapped after a word no name ends with (issue #11: "của Bộ", "Bộ trưởng Bộ" cut short)
    ("Quyết định số 12/QĐ-BKHCN ngày 2/3/2015 của Bộ\nKhoa học và Công nghệ về việc",
     [("Quyết định", "12", "QĐ-BKHCN", "Bộ Khoa học và Công nghệ")]),
    ("Quyết định số 12/QĐ-BNV ngày 2/3/2015 của Bộ trưởng Bộ\nNội vụ về việc",
     [("Quyết định", "12", "QĐ-BNV", "Bộ trưởng Bộ Nội vụ")]),
    ("Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng\nChính phủ hướng dẫn",
     [("Thông tư", "02", "TT-VPCP", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")]),
    ("Quyết định số 1/QĐ-BQP của Bộ Quốc phòng\nTổ chức thực hiện",  # a name that ends with the line
     [("Quyết định", "1", "QĐ-BQP", "Bộ Quốc phòng")]),
    ("Quyết định số 12/QĐ-UBND ngày 2/3/2015 của Ủy ban\nnhân dân tỉnh",
     [("Quyết định", "12", "QĐ-UBND", "Ủy ban nhân dân tỉnh")]),
    ("Thông tư liên tịch số 12/2015/TTLT-BKHCN-BNV ngày 2/3/2015 của Bộ Khoa học và Công nghệ và Bộ Nội vụ hướng dẫn",
     [("Thông tư liên tịch", "12", "TTLT-BKHCN-BNV", "Bộ Khoa học và Công nghệ và Bộ Nội vụ")]),
    # a committee named by its topic and place (Lâm Đồng QĐ 2025) — not a subject after "về"
    ("Căn cứ Quyết định số 688/QĐ-BCĐ ngày 08 tháng 8 năm 2025 của Ban Chỉ đạo về phát triển khoa học, công nghệ, "
     "đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Lâm Đồng ban hành Quy chế hoạt động",
     [("Quyết định", "688", "QĐ-BCĐ",
       "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Lâm Đồng")]),
    ("Kế hoạch số 5/KH-BCĐ của Ban Chỉ đạo về triển khai Đề án tại tỉnh Lâm Đồng năm 2025;",
     [("Kế hoạch", "5", "KH-BCĐ", "Ban Chỉ đạo")]),
    # a post with two titles; a date after the issuer; a clause or a title run on
    # (Đồng Nai QĐ 2816/2025, Đồng Nai KH 179/2025, TP.HCM QĐ 2843/2025)
    ("Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn nghiệp vụ",
     [("Thông tư", "02", "TT-VPCP", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")]),
    ("Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022 phê duyệt",
     [("Quyết định", "411", "QĐ-TTg", "Thủ tướng Chính phủ")]),
    ("Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh Sửa đổi, bổ sung cập nhật Kế hoạch của",
     [("Kế hoạch", "92", "KH-UBND", "Ủy ban nhân dân tỉnh")]),
    ("Nghị định số 61/2020/NĐ-CP ngày 29/05/2020 của Chính phủ thi hành một số điều",
     [("Nghị định", "61", "NĐ-CP", "Chính phủ")]),
    ("Thông báo số 45-TB/TW ngày 2/3/2024 của Bộ Chính trị kết luận về",
     [("Thông báo", "45", "TB/TW", "Bộ Chính trị")]),
    # a type word OCR misread: the code in the symbol names the type
    ("theo Quyết đinh số 12/QĐ-UBND ngày 2/3/2024 của UBND tỉnh",
     [("Quyết định", "12", "QĐ-UBND", "Ủy ban nhân dân tỉnh")]),
    # a table's cell ends an issuer (a "Căn cứ pháp lý" column)
    ("| 1 | Thủ tục A | Quyết định số 12/QĐ-UBND ngày 2/3/2015 của UBND tỉnh | Sở Tư pháp |",
     [("Quyết định", "12", "QĐ-UBND", "Ủy ban nhân dân tỉnh")]),
    # Trung ương as "TƯ" (Tỉnh ủy Thừa Thiên Huế KL 445-KL/TƯ 2022, https://text.123docz.net/document/
    # 12849335-221-bs-sao-kl-ve-xd-ket-cau-ha-tang-pdf.htm): the symbol was cut to "NQ"
    ("Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV),",
     [("Nghị quyết", "13", "NQ/TƯ", "Tỉnh ủy")]),
    # the Front's directive (Quảng Ninh MTTQ KH 2025)
    ("theo Thông tri số 05/TT-MTTW-BTT, ngày 04/11/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
     [("Thông tri", "05", "TT-MTTW-BTT", "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]),
]


@pytest.mark.parametrize("sentence,expected", CITATION_LISTS)
def test_every_citation_of_a_sentence(sentence, expected):
    got = [(r.type, r.number, r.symbol, r.issuer) for r in find_citations(sentence)]
    assert got == expected


# Which citations are a legal basis: the opening statements (contract, Clarifications), with
# their other wordings, and not a letter's attachment note (Ninh Bình CV 706/2024).
_LONG_OPENING = "\n".join(f"Dòng mở đầu thứ {i} của văn bản." for i in range(12))
BASIS_CASES = [
    ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 706/UBND-VP5\nV/v tuyển chọn\n\nKính gửi: Bộ Chỉ huy Quân sự tỉnh\n\n"
     "Thực hiện Văn bản số 4705/HD-BQP ngày 31/10/2024 của Bộ Quốc phòng, UBND tỉnh giao Bộ Chỉ huy Quân sự tỉnh thực hiện.\n"
     "(Kèm theo Văn bản số 4706/HD-BQP ngày 31/10/2024 của Bộ Quốc phòng)./.\n\nNơi nhận:\n- Như trên;",
     {"4705": True, "4706": False}),
    ("KẾ HOẠCH\nThực hiện chuyển đổi số\n\n" + _LONG_OPENING + "\n"
     "Triển khai Kế hoạch số 12/KH-UBND ngày 02/3/2025 của Ủy ban nhân dân tỉnh;\n"
     "Xét báo cáo, đề xuất của Sở Xây dựng tại Công văn số 159/SXD-QLN ngày 14/11/2025;\n"
     "I. MỤC ĐÍCH\n1. Bám sát Quyết định số 45/QĐ-UBND ngày 01/02/2025 của Ủy ban nhân dân tỉnh.",
     {"12": True, "159": True, "45": False}),
    # a section that lists the bases (models/basis_section_titles.txt), the lines as printed
    # (https://thuvienphapluat.vn/bulletin/document.aspx?bid=aa77358e-c260-424d-a762-2e74c705823e,
    # Tiền Giang KH 383/KH-UBND 2022; https://thuvienphapluat.vn/van-ban/The-thao-Y-te/
    # Ke-hoach-3298-KH-UBND-2018-Tang-cuong-kiem-soat-ke-don-thuoc-va-ban-thuoc-ke-don-Hai-Duong-404004.aspx)
    ("KẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI\n"
     "I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22\n"
     "tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số\n"
     "2. Thông tư 05/2022/TT-BNNPTNT ngày\n25 tháng 7 năm 2022 của Bộ Nông nghiệp và Phát triển nông thôn về hướng dẫn một\n"
     "II. MỤC TIÊU\n1. Bám sát Kế hoạch số 370/KH-UBND ngày 08/12/2021 của Ủy ban nhân dân tỉnh.",
     {"924": True, "05": True, "370": False}),
    ("KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN ĐỀ ÁN\n\nI. CĂN CỨ PHÁP LÝ XÂY DỰNG KẾ HOẠCH\n\n- Luật Dược số 105/2016/QH13;\n\n"
     "- Nghị định số 109/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định cấp chứng chỉ hành nghề;\n\n"
     "II. MỤC TIÊU\n\n1. Bám sát Quyết định số 45/QĐ-UBND ngày 01/02/2025 của UBND tỉnh.",
     {"105": True, "109": True, "45": False}),
]


@pytest.mark.parametrize("text,expected", BASIS_CASES, ids=["letter-attachment-note", "long-opening-other-wordings",
                                                            "basis-section-numbered", "basis-section-dashed"])
def test_basis_openings(text, expected):
    from pipeline.references import mark_basis
    from pipeline.structure import parse
    refs = find_citations(text)
    mark_basis(refs, parse(text).preamble)
    assert {r.number: r.basis for r in refs} == expected


# Shapes met in the unannotated corpus texts (samples/real/corpus, samples/real/text) and in the
# national registry catalog (shared/registry-sources/national_registry.csv): the sentence as
# printed → every citation as (type, number, year, symbol, date, issuer).
UNSEEN_SHAPES = [
    # a doubled "số" and a party dash with spaces around it (Phố Bảng KH 01/2025)
    ("- Tuyên truyền Chỉ thị số số 46 - CT/TW ngày 16/5/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử",
     [("Chỉ thị", "46", None, "CT/TW", "2025-05-16", "Bộ Chính trị")]),
    # a group of one type and one symbol, the symbol written once (Ban Tổ chức TW HD 45/2025)
    ("Căn cứ Quy định 377 của Bộ Chính trị, các Kết luận số 187, 188- KL/TW ngày 29/8/2025 của Bộ Chính trị",
     [("Kết luận", "187", None, "KL/TW", "2025-08-29", "Bộ Chính trị"),
      ("Kết luận", "188", None, "KL/TW", "2025-08-29", "Bộ Chính trị")]),
    ("Thực hiện các Quyết định số 12, 13 và 14/QĐ-UBND ngày 03/01/2020 của UBND tỉnh về việc",
     [("Quyết định", "12", None, "QĐ-UBND", "2020-01-03", "Ủy ban nhân dân tỉnh"),
      ("Quyết định", "13", None, "QĐ-UBND", "2020-01-03", "Ủy ban nhân dân tỉnh"),
      ("Quyết định", "14", None, "QĐ-UBND", "2020-01-03", "Ủy ban nhân dân tỉnh")]),
    # the issuer named before the list: "được X phê duyệt tại các Quyết định: số …; số …" (Hà Nội KH 310/2025)
    ("phù hợp với các Quy hoạch đã được Thủ tướng Chính phủ phê duyệt tại các Quyết định: số 36/QĐ-TTg ngày "
     "11/01/2024 về việc quy hoạch hạ tầng thông tin; số 1569/QĐ-TTg ngày 12/12/2024 về việc phê duyệt quy hoạch",
     [("Quyết định", "36", None, "QĐ-TTg", "2024-01-11", "Thủ tướng Chính phủ"),
      ("Quyết định", "1569", None, "QĐ-TTg", "2024-12-12", "Thủ tướng Chính phủ")]),
    ("Căn cứ các Nghị định của Chính phủ: số 45/2020/NĐ-CP ngày 08/4/2020, số 107/2021/NĐ-CP ngày 06/12/2021;",
     [("Nghị định", "45", 2020, "NĐ-CP", "2020-04-08", "Chính phủ"),
      ("Nghị định", "107", 2021, "NĐ-CP", "2021-12-06", "Chính phủ")]),
    ("Kế hoạch đã được Ủy ban nhân dân tỉnh ban hành tại Quyết định số 12/QĐ-UBND ngày 1/2/2020.",
     [("Quyết định", "12", None, "QĐ-UBND", "2020-02-01", "Ủy ban nhân dân tỉnh")]),
    # a known body typed in another letter case takes its official spelling (TP.HCM QĐ 2843/2025)
    ("theo Nghị định số 61/2020/NĐ-CP ngày 29/05/2020 của Chính Phủ thi hành một số điều của Luật Việc làm",
     [("Nghị định", "61", 2020, "NĐ-CP", "2020-05-29", "Chính phủ")]),
    ("Nghị định số 98/2019/NĐ-CP ngày 27/12/2019 của chính phủ sửa đổi",
     [("Nghị định", "98", 2019, "NĐ-CP", "2019-12-27", "Chính phủ")]),
    ("Quyết định số 12/QĐ-UBND ngày 3/1/2020 của Ủy ban nhân dân Tỉnh về việc",  # the place stays as printed
     [("Quyết định", "12", None, "QĐ-UBND", "2020-01-03", "Ủy ban nhân dân Tỉnh")]),
    # the subject line of a letter ends the issuer
    ("Căn cứ Công văn số 123/BTTTT-CBĐTW ngày 3/1/2020 của Bộ Thông tin và Truyền thông V/v hướng dẫn",
     [("Công văn", "123", None, "BTTTT-CBĐTW", "2020-01-03", "Bộ Thông tin và Truyền thông")]),
    # two laws, the first by name and date: the date ends its name
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025 và Luật số 72/2025/QH15 ngày 16/6/2025 của Quốc hội",
     [("Luật", None, 2025, None, "2025-02-19", None), ("Luật", "72", 2025, "QH15", "2025-06-16", "Quốc hội")]),
    ("Căn cứ Hiến pháp nước CHXHCN Việt Nam năm 2013;", [("Hiến pháp", None, 2013, None, None, None)]),
    # the constitution with its year and no "năm" (Phố Bảng KH 01/2025)
    ("phù hợp với quy định của Hiến pháp 2013; bảo đảm tính thống nhất",
     [("Hiến pháp", None, 2013, None, None, None)]),
    # a consolidated text (Văn bản hợp nhất), registry-style citations
    ("Căn cứ Văn bản hợp nhất số 10/VBHN-BGDĐT ngày 15/5/2014 của Bộ Giáo dục và Đào tạo ban hành Quy chế",
     [("Văn bản hợp nhất", "10", None, "VBHN-BGDĐT", "2014-05-15", "Bộ Giáo dục và Đào tạo")]),
    ("Căn cứ Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính",
     [("Nghị quyết", "35", 2023, "UBTVQH15", "2023-07-12", "Ủy ban Thường vụ Quốc hội")]),
    ("Thực hiện Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo",
     [("Quyết định", "766", None, "QĐ-TTg", "2022-06-23", "Thủ tướng Chính phủ")]),
    ("Căn cứ Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn phòng Chính phủ quy định một số nội dung",
     [("Thông tư", "01", 2023, "TT-VPCP", "2023-04-05", "Văn phòng Chính phủ")]),
    # a central body in its official case, its term as printed (Bắc Ninh KH 141/2025)
    ("Nghị quyết số 27/NQ- TW ngày 09/11/2022 của Ban Chấp hành Trung ương đảng khóa XIII về tiếp tục",
     [("Nghị quyết", "27", None, "NQ/TW", "2022-11-09", "Ban Chấp hành Trung ương Đảng khóa XIII")]),
    # joint central bodies listed with a comma (Ban Tổ chức TW HD 45/2025)
    ("các Kết luận số 187, 188- KL/TW ngày 29/8/2025 của Bộ Chính trị, Ban Bí thư và các quy định",
     [("Kết luận", "187", None, "KL/TW", "2025-08-29", "Bộ Chính trị, Ban Bí thư"),
      ("Kết luận", "188", None, "KL/TW", "2025-08-29", "Bộ Chính trị, Ban Bí thư")]),
    ("Quyết định số 12/QĐ-TTg ngày 1/2/2020 của Thủ tướng Chính phủ, Bộ Nội vụ đã hướng dẫn",  # a ministry is no central body here
     [("Quyết định", "12", None, "QĐ-TTg", "2020-02-01", "Thủ tướng Chính phủ")]),
    # the joint body a "Kết luận liên ngành …" names, when no issuer follows (Cần Thơ KH 153/2025)
    ("thực hiện Kết luận liên ngành tư pháp Trung ương số 23/KL-LNTPTW ngày 21 tháng 11 năm 2024 trong điều tra",
     [("Kết luận", "23", None, "KL-LNTPTW", "2024-11-21", "Liên ngành tư pháp Trung ương")]),
    # a date whose year differs from the number's year segment stays as printed: the audit reports
    # the mismatch (tests/test_audit.py, planted year_mismatch)
    ("Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025 của Quốc hội về",
     [("Nghị quyết", "163", 2024, "QH15", "2025-11-27", "Quốc hội")]),
    # an amended document shares the amending one's issuer (Hà Tĩnh KH 624/2025)
    ("theo quy định tại Quyết định số 1729/QĐ-TTg ngày 04 tháng 11 năm 2020 sửa đổi, bổ sung Quyết định số "
     "655/QĐ-TTg ngày 12 tháng 5 năm 2017 của Thủ tướng Chính phủ phê duyệt Đề án",
     [("Quyết định", "1729", None, "QĐ-TTg", "2020-11-04", "Thủ tướng Chính phủ"),
      ("Quyết định", "655", None, "QĐ-TTg", "2017-05-12", "Thủ tướng Chính phủ")]),
    # a complete national body, then a subject that lost its "về" (Lâm Đồng KH CCHC 2026-2030, a table cell)
    ("| Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ cơ sở dữ liệu quốc gia về pháp luật | Sở Tư pháp",
     [("Nghị định", "52", 2015, "NĐ-CP", "2015-05-28", "Chính phủ")]),
    ("Luật Lưu trữ số 33/2024/QH15, ngày 21/6/2024 của Quốc hội khóa XV quy định",  # a term stays
     [("Luật", "33", 2024, "QH15", "2024-06-21", "Quốc hội khóa XV")]),
    ("Kế hoạch số 12/KH-ĐĐBQH ngày 1/2/2024 của Đoàn đại biểu Quốc hội tỉnh Gia Lai về",  # a place stays
     [("Kế hoạch", "12", None, "KH-ĐĐBQH", "2024-02-01", "Đoàn đại biểu Quốc hội tỉnh Gia Lai")]),
    # an OCR "vẻ" for "về" ends the issuer too (Công an Lâm Đồng TTr 409/2025, a scan)
    ("Căn cứ Kế hoạch số 2126/KH- UBND ngày 20/8/2025 của UBND tỉnh vẻ xây dựng xã",
     [("Kế hoạch", "2126", None, "KH-UBND", "2025-08-20", "Ủy ban nhân dân tỉnh")]),
    # punctuation and wording around the issuer
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 3/1/2020, của UBND tỉnh về việc",
     [("Quyết định", "12", None, "QĐ-UBND", "2020-01-03", "Ủy ban nhân dân tỉnh")]),
    ("Căn cứ Quyết định số 12/QĐ-UBND (ngày 3/1/2020) của UBND tỉnh về việc",
     [("Quyết định", "12", None, "QĐ-UBND", "2020-01-03", "Ủy ban nhân dân tỉnh")]),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 03/01/2020 do Ủy ban nhân dân tỉnh ban hành về việc",
     [("Kế hoạch", "12", None, "KH-UBND", "2020-01-03", "Ủy ban nhân dân tỉnh")]),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 3 tháng 01 năm 2020 của Ủy ban nhân dân (UBND) tỉnh Gia Lai;",
     [("Quyết định", "12", None, "QĐ-UBND", "2020-01-03", "Ủy ban nhân dân tỉnh Gia Lai")]),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 03/01/2020 của UBND TP. Hồ Chí Minh về việc",
     [("Quyết định", "12", None, "QĐ-UBND", "2020-01-03", "Ủy ban nhân dân thành phố Hồ Chí Minh")]),
    ("Căn cứ Quyết định số 1234/QĐ-UBND ngày 03/01/2020 của UBND huyện Đắk Hà, tỉnh Kon Tum về việc",
     [("Quyết định", "1234", None, "QĐ-UBND", "2020-01-03", "Ủy ban nhân dân huyện Đắk Hà, tỉnh Kon Tum")]),
    ("Căn cứ Quyết định số 1234/QĐ-UBND ngày 03/01/2020 của UBND tỉnh, Sở Nội vụ đã tham mưu",
     [("Quyết định", "1234", None, "QĐ-UBND", "2020-01-03", "Ủy ban nhân dân tỉnh")]),
    ("Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 133/TTr-SKHCN ngày 15/11/2025, UBND tỉnh ban hành",
     [("Tờ trình", "133", None, "TTr-SKHCN", "2025-11-15", "Sở Khoa học và Công nghệ")]),
    # a committee named by its topic and its level alone, before what it did (Đồng Tháp KH 597/2025)
    ("Căn cứ Quyết định số 03-QĐ/BCĐ ngày 13/8/2025 của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng "
     "tạo và chuyển đổi số tỉnh ban hành Chương trình công tác",
     [("Quyết định", "03", None, "QĐ/BCĐ", "2025-08-13",
       "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh")]),
    # a law's symbol without the term of the Quốc hội: the term in session on its date (Đồng Nai QĐ 2816/2025)
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH ngày 16 tháng 6 năm 2025 của Quốc hội;",
     [("Luật", "72", 2025, "QH15", "2025-06-16", "Quốc hội")]),
    # a word typed twice before the date (Đà Nẵng QĐ 82/2025)
    ("Căn cứ Nghị định số 78/2025/NĐ-CP ngày ngày 01/4/2025 của Chính phủ quy định chi tiết",
     [("Nghị định", "78", 2025, "NĐ-CP", "2025-04-01", "Chính phủ")]),
    # a list opened by its issuer and a colon, each item with its own title (Quảng Ninh QĐ 96/2025)
    ("theo quy định tại các Nghị định của Chính phủ: số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018\nQuy định chi "
     "tiết thi hành một số điều của Luật Lâm nghiệp; số 91/2024/NĐ-CP\nngày 18 tháng 7 năm 2024 Sửa đổi, bổ sung "
     "một số điều của Luật; số 58/2024/NĐ-CP ngày 24 tháng 5 năm 2024\nvề một số chính sách đầu tư trong lâm nghiệp.",
     [("Nghị định", "156", 2018, "NĐ-CP", "2018-11-16", "Chính phủ"),
      ("Nghị định", "91", 2024, "NĐ-CP", "2024-07-18", "Chính phủ"),
      ("Nghị định", "58", 2024, "NĐ-CP", "2024-05-24", "Chính phủ")]),
    # abbreviated type words before their own code
    ("theo NĐ 61/2018/NĐ-CP và QĐ số 12/QĐ-UBND; NQ 57-NQ/TW; KH 13/QĐ-UBND",
     [("Nghị định", "61", 2018, "NĐ-CP", None, None), ("Quyết định", "12", None, "QĐ-UBND", None, None),
      ("Nghị quyết", "57", None, "NQ/TW", None, None)]),
    # a list opened by its issuer and a colon whose items repeat their type word, one item amended
    # by another ("được sửa đổi, bổ sung bởi"), the list longer than 600 characters (Quảng Ninh QĐ
    # 97/2025, crawl tnt305/tai_lieu_noi_bo 1cde9b907469c65b)
    ("*Căn cứ các Nghị định của\nChính phủ: Nghị định số 88/2024/NĐ-CP quy định về bồi thường, hỗ trợ, tái định\n"
     "cư khi Nhà nước thu hồi đất được sửa đổi, bổ sung bởi Nghị định số\n226/2025/NĐ-CP; Nghị định số "
     "102/2024/NĐ-CP quy định chi tiết thi hành một số điều\ncủa Luật Đất đai được sửa đổi, bổ sung bởi Nghị "
     "định số 226/2025/NĐ-CP; Nghị định\nsố 78/2025/NĐ-CP quy định chi tiết một số điều và biện pháp để tổ chức, "
     "hướng dẫn\nthi hành Luật ban Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi\nNghị định số "
     "187/2025/NĐ-CP; Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 quy định\nvề phân định thẩm quyền của chính "
     "quyền địa phương 02 cấp, phân quyền, phân cấp\ntrong lĩnh vực đất đai; Nghị định số 62/2025/NĐ-CP quy định "
     "chi tiết thi hành\nLuật Điện lực về bảo vệ công trình điện lực và an toàn trong lĩnh vực điện lực;*\n"
     "*Theo đề nghị của Sở Nông\nnghiệp và Môi trường tại Tờ trình số 596/TTr-SNN&MT ngày 31/10/2025;*\n"
     "*Căn cứ Nghị định số 125/2025/NĐ-CP;*",
     [("Nghị định", "88", 2024, "NĐ-CP", None, "Chính phủ"), ("Nghị định", "226", 2025, "NĐ-CP", None, "Chính phủ"),
      ("Nghị định", "102", 2024, "NĐ-CP", None, "Chính phủ"), ("Nghị định", "226", 2025, "NĐ-CP", None, "Chính phủ"),
      ("Nghị định", "78", 2025, "NĐ-CP", None, "Chính phủ"), ("Nghị định", "187", 2025, "NĐ-CP", None, "Chính phủ"),
      ("Nghị định", "151", 2025, "NĐ-CP", "2025-06-12", "Chính phủ"),
      ("Nghị định", "62", 2025, "NĐ-CP", None, "Chính phủ"),
      ("Tờ trình", "596", None, "TTr-SNN&MT", "2025-10-31", "Sở Nông nghiệp và Môi trường"),
      # a new "Căn cứ" clause ends the list: its decree names no issuer
      ("Nghị định", "125", 2025, "NĐ-CP", None, None)]),
    # a list of abolished decisions whose titles open with their verb in capitals right after the
    # issuer's place (Đồng Nai QĐ 2830/2025, crawl tnt305/tai_lieu_noi_bo 329d9e978debfeec)
    ("16. Quyết định số 52/2002/QĐ-UB\nngày 27 tháng 9 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước Thành lập trạm y\n"
     "tế xã Đồng Tiến trực thuộc Trung tâm y tế huyện Đồng Phú - tỉnh Bình Phước.",
     [("Quyết định", "52", 2002, "QĐ-UB", "2002-09-27", "Ủy ban nhân dân tỉnh Bình Phước")]),
    ("24. Quyết định số 63/2002/QĐ-UB\nngày 16 tháng 10 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước Tách phòng tổ\n"
     "chức - Hành chính thuộc Sở Y tế thành 02 phòng: Phòng Tổ chức - Cán bộ và Phòng\nHành chính - Quản trị.",
     [("Quyết định", "63", 2002, "QĐ-UB", "2002-10-16", "Ủy ban nhân dân tỉnh Bình Phước")]),
    ("30. Quyết định số 74/2003/QĐ-UB\nngày 11 tháng 8 năm 2003 của Ủy ban nhân dân tỉnh Bình Phước Cho phép thành lập\n"
     "Hội Đông y huyện Bù Đốp tỉnh Bình Phước.",
     [("Quyết định", "74", 2003, "QĐ-UB", "2003-08-11", "Ủy ban nhân dân tỉnh Bình Phước")]),
    ("51. Quyết định số 45/2006/QĐ-UB\nngày 11 tháng 4 năm 2006 của Ủy ban nhân dân tỉnh Bình Phước Bổ sung lĩnh vực\n"
     "cấp và gia hạn Giấy chứng nhận tiêu chuẩn sản phẩm thực phẩm",
     [("Quyết định", "45", 2006, "QĐ-UB", "2006-04-11", "Ủy ban nhân dân tỉnh Bình Phước")]),
    ("52. Quyết định số 89/2006/QĐ-UB\nngày 30 tháng 8 năm 2006 của Ủy ban nhân dân tỉnh Bình Phước Không thu một phần\n"
     "viện phí và phí dịch vụ đối với đối tượng triệt sản và đặt dụng cụ tử cung.",
     [("Quyết định", "89", 2006, "QĐ-UB", "2006-08-30", "Ủy ban nhân dân tỉnh Bình Phước")]),
    # … while a name's own words after a place or a head word stay in it
    ("theo Công văn số 12/BTL-TM ngày 1/2/2020 của Bộ Tư lệnh Phòng không - Không quân về việc",
     [("Công văn", "12", None, "BTL-TM", "2020-02-01", "Bộ Tư lệnh Phòng không - Không quân")]),
    ("theo Công văn số 12/BGTVT-KHĐT ngày 1/2/2020 của Bộ Giao thông vận tải về việc",
     [("Công văn", "12", None, "BGTVT-KHĐT", "2020-02-01", "Bộ Giao thông vận tải")]),
    # the issuer named before the list and "đặc biệt là" (Chính phủ NQ 380/2025, crawl a69069ae524315d9)
    ("hoàn thành theo chỉ đạo tại các công điện của Thủ tướng Chính phủ, đặc biệt là\n"
     "các Công điện số 215/CĐ-TTg ngày 13 tháng 11 năm 2025, Công điện số 225/CĐ-TTg\n"
     "ngày 20 tháng 11 năm 2025 và Công điện số 227/CĐ-TTg ngày 23 tháng 11 năm 2025;",
     [("Công điện", "215", None, "CĐ-TTg", "2025-11-13", "Thủ tướng Chính phủ"),
      ("Công điện", "225", None, "CĐ-TTg", "2025-11-20", "Thủ tướng Chính phủ"),
      ("Công điện", "227", None, "CĐ-TTg", "2025-11-23", "Thủ tướng Chính phủ")]),
    # a letter dated before its number; a law's name that would run on to a letter's number (no
    # legislature in its symbol: the letter is cited, not the law); letters of one body, one with
    # its type's code, one with its unit's (VPCP CV 11306/2025, crawl 1a814c71716d3047)
    ("Ngày 31 tháng 10 năm\n2025, Văn phòng Chính phủ nhận văn bản đề ngày 29 tháng 10 năm 2025 số\n"
     "16/CV-HHTACN của Hội Chăn nuôi Việt Nam - Hiệp hội Thức ăn Chăn nuôi gửi Thủ\ntướng Chính phủ",
     [("Văn bản", "16", None, "CV-HHTACN", "2025-10-29", "Hội Chăn nuôi Việt Nam - Hiệp hội Thức ăn Chăn nuôi")]),
    ("đồng thời đề xuất phương án xử lý trong quá\ntrình hoàn thiện dự thảo dự án Luật sửa đổi, bổ sung một số "
     "điều của 15 luật\ntrong lĩnh vực nông nghiệp và môi trường phù hợp với tinh thần chỉ đạo tại văn\nbản số "
     "574/TB-VPCP ngày 23 tháng 10 năm 2025 và văn bản số 10415/VPCP-NN ngày\n27 tháng 10 năm 2025 của Văn phòng "
     "Chính phủ.",
     [("Văn bản", "574", None, "TB-VPCP", "2025-10-23", "Văn phòng Chính phủ"),
      ("Văn bản", "10415", None, "VPCP-NN", "2025-10-27", "Văn phòng Chính phủ")]),
    # a company's letter numbered in its series (Thuế Tây Ninh CV 3257/2025, crawl 2249fe89ed46eae5)
    ("Trả lời văn bản số\n01/CV-01 ngày 20/11/2025 của Công Ty TNHH Khuôn Mẫu Yong Hong (gọi tắt là Công\nty) về việc",
     [("Văn bản", "01", None, "CV-01", "2025-11-20", "Công Ty TNHH Khuôn Mẫu Yong Hong")]),
    # a plural head and one issuer after the last number: the body of them all, whatever units their
    # codes name (Cục Hải quan CV 39712/2025, crawl 4768df91f00a5ddd, its wrapped lines joined as
    # the pipeline's text reads them)
    ("- Việc thực hiện quyền xuất khẩu của doanh nghiệp FDI được hướng dẫn tại các công văn số 695/TCHQ-GSQL "
     "ngày 05/02/2021, 4032/TCHQ-GSQL ngày 16/8/2021 và 1238/GSQL-GQ2 ngày 29/7/2024 của Tổng cục Hải quan "
     "(nay là Cục Hải quan).",
     [("Công văn", "695", None, "TCHQ-GSQL", "2021-02-05", "Tổng cục Hải quan"),
      ("Công văn", "4032", None, "TCHQ-GSQL", "2021-08-16", "Tổng cục Hải quan"),
      ("Công văn", "1238", None, "GSQL-GQ2", "2024-07-29", "Tổng cục Hải quan")]),
    # the same list without the colon: no issuer is named for the items (Bộ Quốc phòng TT 127/2025)
    ("*Căn cứ Luật Ban\nhành văn bản quy phạm pháp luật số 63/2025/QH15, được sửa đổi, bổ sung bởi\n"
     "Luật số 87/2025/QH15;*",
     [("Luật", "63", 2025, "QH15", None, None), ("Luật", "87", 2025, "QH15", None, None)]),
]


@pytest.mark.parametrize("sentence,expected", UNSEEN_SHAPES)
def test_unseen_citation_shapes(sentence, expected):
    got = [(r.type, r.number, r.year, r.symbol, r.date, r.issuer) for r in find_citations(sentence)]
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "Tầng 3-Trụ sở Liên cơ quan số 2- phường Hạ Long",      # an address
    "Quyết định số 05, 12/3/2020 của UBND tỉnh",              # a number then a date: no symbol
    "biên bản (Mẫu số 01 và 02/HNMT) gửi kèm",               # forms
    "Điều 5, 6 và 7 của Quy chế; giai đoạn 2021 - 2025",
])
def test_unseen_shapes_that_are_no_citation(sentence):
    assert find_citations(sentence) == []


def test_short_mention_before_the_full_citation_is_one_reference():
    text = ("Thực hiện Nghị định 61/NĐ-CP về một cửa. "
            "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa.")
    refs = merge_references(find_citations(text))
    assert [(r.number, r.year, r.date, r.issuer, len(r.mentions)) for r in refs] == [("61", 2018, "2018-04-23", "Chính phủ", 2)]
    assert refs[0].text == "Nghị định 61/NĐ-CP"  # the first mention gives the text


def test_law_name_typed_without_space_after_comma():
    (r,) = find_citations("Căn cứ Luật Phòng,chống ma túy ngày 30/3/2021;")
    assert (r.type, r.name, r.year, r.date) == ("Luật", "Phòng, chống ma túy", 2021, "2021-03-30")


def test_a_cancu_clause_inside_a_line_is_basis():
    from pipeline.references import mark_basis
    text = ("1. Nội dung\nLưu ý: Căn cứ Quy định 377 của Bộ Chính trị, các Kết luận số 187, 188- KL/TW "
            "ngày 29/8/2025 của Bộ Chính trị. Thực hiện theo Kế hoạch số 12/KH-UBND ngày 1/2/2025.")
    refs = find_citations(text)
    mark_basis(refs, [], text)
    assert [(r.number, r.basis) for r in refs] == [("187", True), ("188", True), ("12", False)]


LAW_SHAPES = [
    # the Law on Lawyers: its name opens with "Luật sư", which alone is no law
    ("Căn cứ Luật Luật sư số 65/2006/QH11; Luật sửa đổi, bổ sung một số điều của Luật Luật sư số 20/2012/QH13;",
     [("Luật", "65", 2006, None), ("Luật", "20", 2012, None)]),
    ("Căn cứ Luật Luật sư ngày 29 tháng 6 năm 2006;", [("Luật", None, 2006, "Luật sư")]),
    # a year after the name without "năm"; a range is no year of a law
    ("Căn cứ Luật Giá năm 2023; Luật Đất đai 2024; Luật Đầu tư công ngày 29/11/2024",
     [("Luật", None, 2023, "Giá"), ("Luật", None, 2024, "Đất đai"), ("Luật", None, 2024, "Đầu tư công")]),
    ("kế hoạch theo Luật Ngân sách nhà nước 2021 - 2025 và Luật Thủ đô 2024.", [("Luật", None, 2024, "Thủ đô")]),
    # one law's name does not run over "và Luật" into the next; an amending law's does
    ("theo Luật Ngân sách nhà nước và Luật Đầu tư công năm 2019", [("Luật", None, 2019, "Đầu tư công")]),
    ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương (năm 2019);",
     [("Luật", None, 2019, "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương")]),
]


@pytest.mark.parametrize("sentence,expected", LAW_SHAPES)
def test_law_shapes(sentence, expected):
    assert [(r.type, r.number, r.year, r.name) for r in find_citations(sentence)] == expected


def test_a_groups_issuer_gives_way_to_a_mention_of_one_document():
    # Ban Tổ chức Trung ương HD 45/2025: the group's issuer first, each document's own later
    text = ("Lưu ý: Căn cứ Quy định 377 của Bộ Chính trị, các Kết luận số 187, 188- KL/TW ngày 29/8/2025 của Bộ "
            "Chính trị, Ban Bí thư và các quy định liên quan.\n"
            "theo Kết luận số 187-KL/TW ngày 29/8/2025 của Bộ Chính trị, Ban Bí thư; Kết luận số 188-KL/TW ngày "
            "29/8/2025 của Bộ Chính trị và các quy định liên quan.")
    refs = merge_references(find_citations(text))
    assert [(r.number, r.issuer, len(r.mentions), r.flags) for r in refs] == [
        ("187", "Bộ Chính trị, Ban Bí thư", 2, []), ("188", "Bộ Chính trị", 2, [])]


@pytest.mark.parametrize("sentence,expected", [
    # the body named after a list outranks the one who directed it (VPCP CV 11554/2025)
    ("theo chỉ đạo của Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo 389 quốc gia tại Văn bản số 6721/VPCP-V.I\n"
     "ngày 19 tháng 7 năm 2025 và số 7514/VPCP-V.I ngày 12 tháng 8 năm 2025 của Văn\nphòng Chính phủ; báo cáo",
     [("6721", "Văn phòng Chính phủ"), ("7514", "Văn phòng Chính phủ")]),
])
def test_list_shares_the_issuer_named_after_it(sentence, expected):
    refs = sorted(find_citations(sentence), key=lambda r: r.start)
    assert [(r.number, r.issuer) for r in refs] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a plural head whose issuer stands before the first number, each item after the subject of
    # the one before (Bộ Công Thương CV 9634/2025, crawl 4276ec4c940451d6)
    ("Căn cứ các Công văn của Bộ Tài chính số\n3910/BTC-QLG ngày 04 tháng 4 năm 2018 về công bố giá cơ sở xăng RON95, số\n"
     "367/BTC-QLG ngày 06 tháng 4 năm 2018 về tính giá cơ sở xăng RON95, số\n404/BTC-QLG ngày 17 tháng 4 năm 2018 "
     "về công bố giá cơ sở mặt hàng xăng RON95;",
     [("3910", "2018-04-04", "Bộ Tài chính"), ("367", "2018-04-06", "Bộ Tài chính"),
      ("404", "2018-04-17", "Bộ Tài chính")]),
    # what the body did with the document is no part of its name (same letter)
    ("Căn cứ Công văn số 1734/BTC-QLG ngày 03 tháng 12\nnăm 2025 của Bộ Tài chính tham gia ý kiến về phương án điều "
     "hành giá xăng dầu;",
     [("1734", "2025-12-03", "Bộ Tài chính")]),
])
def test_issuer_before_the_number_and_items_after_a_subject(sentence, expected):
    refs = sorted(find_citations(sentence), key=lambda r: r.start)
    assert [(r.number, r.date, r.issuer) for r in refs] == expected


@pytest.mark.parametrize("sentence,expected", [
    # the body that "has" or "has issued" a document named before it, with or without a date
    # (Bộ Tài chính CV 18491/2025, crawl 944fbe7407cc11f8; Bộ VHTTDL CV 6278/2025, 7f6efa59099bb33b)
    ("Ngày 31/10/2025, Ủy ban Kinh tế và Tài chính của Quốc hội đã có Báo cáo thẩm tra số 1379/BC-UBTVQH15 về dự án Luật.",
     [("1379", "BC-UBTVQH15", "2025-10-31", "Ủy ban Kinh tế và Tài chính của Quốc hội")]),
    ("Ngày 21/11/2025, Văn phòng Quốc hội có Báo cáo số\n4575/BC-VPQH tổng hợp ý kiến của các vị Đại biểu Quốc hội.",
     [("4575", "BC-VPQH", "2025-11-21", "Văn phòng Quốc hội")]),
    ("Thủ tướng Chính phủ đã ban\nhành Công điện số 220/CĐ-TTg ngày 18/11/2025 chỉ đạo tập trung hoàn thành thực thi.",
     [("220", "CĐ-TTg", "2025-11-18", "Thủ tướng Chính phủ")]),
    # a clause whose subject is one body and names another is no issuer (review 0.9b: these
    # were "Sở Y tế phối hợp với Sở Tài chính", "Bộ Tài chính đề nghị Ủy ban nhân dân tỉnh")
    ("Sở Y tế phối hợp với Sở Tài chính đã có Công văn số 5/SYT-KHTC ngày 03/4/2025.",
     [("5", "SYT-KHTC", "2025-04-03", None)]),
    ("Bộ Tài chính đề nghị Ủy ban nhân dân tỉnh đã có Công văn số 77/UBND-KT ngày 03/4/2025 báo cáo.",
     [("77", "UBND-KT", "2025-04-03", None)]),
    ("Ban Thường vụ Tỉnh ủy giao Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh đã ban hành Kế hoạch số "
     "12/KH-UBND ngày 03/4/2025.", [("12", "KH-UBND", "2025-04-03", None)]),
    ("Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 220/KH-UBND ngày 18/11/2025.",
     [("220", "KH-UBND", "2025-11-18", "Ủy ban nhân dân tỉnh")]),
    # a ministry's general department is one body's whole name (review 0.9b, left 3: no issuer)
    ("Tổng cục Thống kê đã có Công văn số 123/TCTK-PPCĐ ngày 05/3/2025 hướng dẫn điều tra.",
     [("123", "TCTK-PPCĐ", "2025-03-05", "Tổng cục Thống kê")]),
    # a resolution's dotted number of 2025 (same letter)
    ("Khẩn trương phối hợp với Văn phòng Bộ đối với 59 TTHC đã được Chính phủ giao tại Nghị quyết số "
     "66.7/2025/NQ-CP ngày 15/11/2025.",
     [("66.7", "NQ-CP", "2025-11-15", None)]),
])
def test_issuer_as_the_subject_before_and_dotted_numbers(sentence, expected):
    refs = sorted(find_citations(sentence), key=lambda r: r.start)
    assert [(r.number, r.symbol, r.date, r.issuer) for r in refs] == expected


@pytest.mark.parametrize("sentence,expected", [
    # the slash after the year left out in an annex's legal-grounds cell (Đắk Lắk QĐ 02144/2025,
    # crawl 46cf026ac548f4bd)
    ("- Thông tư số 49/2025TT-BCT\nngày 09/9/2025 của Bộ trưởng Bộ Công Thương;",
     [("49", 2025, "TT-BCT", "2025-09-09", "Bộ trưởng Bộ Công Thương")]),
    # a month and year before a capital word is no citation
    ("Trong tháng 12/2025 Tỉnh ủy tổ chức hội nghị.", []),
])
def test_a_year_glued_to_its_symbol(sentence, expected):
    refs = sorted(find_citations(sentence), key=lambda r: r.start)
    assert [(r.number, r.year, r.symbol, r.date, r.issuer) for r in refs] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a plural head naming its issuer, its documents in parentheses after their subject, the first
    # opened by a capital "Số" (Bộ VHTTDL QĐ 4385/2025, tune7 C018)
    ("Căn cứ Các Nghị định của Chính phủ quy định chi tiết thi hành một số điều của Luật Quy hoạch (Số 37/2019/NĐ-CP "
     "ngày 07/5/2019, số 58/2023/NĐ-CP ngày 12/8/2023 sửa đổi, bổ sung một số điều của Nghị định số 37/2019/NĐ-CP);",
     [("37", "2019-05-07", "Chính phủ"), ("58", "2023-08-12", "Chính phủ"), ("37", None, "Chính phủ")]),
    ("các Quyết định của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch phê duyệt điều chỉnh Quy hoạch mạng lưới cơ sở Văn "
     "hóa và Thể thao thời kỳ 2021-2030, tầm nhìn đến năm 2045 (Số 1226/QĐ-BVHTTDL ngày 29/4/2025 và số "
     "2657/QĐ-BVHTTDL ngày 29/7/2025);",
     [("1226", "2025-04-29", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
      ("2657", "2025-07-29", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")]),
    # a header's "Số:" is no citation, and a parenthesis of another type's documents keeps none
    ("các Nghị định của Chính phủ về quy hoạch (Quyết định số 12/QĐ-UBND ngày 01/02/2025);",
     [("12", "2025-02-01", None)]),
])
def test_a_plural_heads_issuer_for_its_parenthesized_list(sentence, expected):
    refs = sorted(find_citations(sentence), key=lambda r: r.start)
    assert [(r.number, r.date, r.issuer) for r in refs] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a mention by type and issuer, its number in parentheses after its subject (Kết luận 212-KL/TW/2025,
    # crawl 53b3997d70905b16)
    ("Tại phiên họp ngày 14/11/2025, xem xét Tờ trình của Đảng uỷ Chính phủ về Đề án tiêu chuẩn của đơn vị hành "
     "chính (Tờ trình số 03-TTr/ĐU, ngày 17/10/2025), Bộ Chính trị, Ban Bí thư kết luận như sau:",
     [("03", "TTr/ĐU", "2025-10-17", "Đảng ủy Chính phủ")]),
    # a sentence or clause of another body between the mention and the parenthesis: the
    # parenthesis is that body's document (review 0.9b: both took the mention's issuer)
    ("Thực hiện Kế hoạch của UBND tỉnh về chuyển đổi số năm 2025, Sở Y tế xây dựng kế hoạch thực hiện "
     "(Kế hoạch số 20/KH-SYT ngày 02/02/2025).", [("20", "KH-SYT", "2025-02-02", None)]),
    ("UBND tỉnh đã xem xét Tờ trình của Sở Tài chính về dự án. Sở Kế hoạch và Đầu tư có ý kiến thẩm định "
     "(Tờ trình số 03/TTr-SKHĐT ngày 02/02/2025).", [("03", "TTr-SKHĐT", "2025-02-02", None)]),
    # a parenthesis of another type keeps no issuer
    ("theo Kế hoạch của UBND tỉnh về chuyển đổi số (Quyết định số 12/QĐ-UBND ngày 01/02/2025)",
     [("12", "QĐ-UBND", "2025-02-01", None)]),
    # the body that "submitted" a document at it (Bộ Tài chính CV 18491/2025, crawl 944fbe7407cc11f8)
    ("Dự án Luật Thuế TNCN (sửa đổi) đã được Chính phủ\ntrình Quốc hội tại Tờ trình số 985/TTr-CP ngày 24/10/2025.",
     [("985", "TTr-CP", "2025-10-24", "Chính phủ")]),
])
def test_issuers_of_an_apposed_mention_and_a_passive_submission(sentence, expected):
    refs = sorted(find_citations(sentence), key=lambda r: r.start)
    assert [(r.number, r.symbol, r.date, r.issuer) for r in refs] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a plural head naming its issuer, its subject, then a colon and the list of its documents with
    # their own subjects (Bộ VHTTDL CV 6386/2025 note [5], tune15 L01; a basis line of TP Hồ Chí Minh
    # QĐ 2820/2025, tune13 N06): each item is the head's body's
    ("[5] Các Quyết định của Thủ tướng Chính phủ phê duyệt, cụ thể:\nsố 1341/QĐ-TTg ngày 08/7/2016 phê duyệt "
     "đề án Đào tạo tài năng lĩnh vực văn hoá\nnghệ thuật đến năm 2025, tầm nhìn 2030; số 1437/QĐ-TTg ngày "
     "19/7/2016 về phê\nduyệt đề án Đào tạo, bồi dưỡng văn hoá nghệ thuật ở nước ngoài đến năm 2030; số\n"
     "223/QĐ-TTg ngày 22/02/2022 về phê duyệt đề án Tuyển chọn, đào tạo, bồi dưỡng",
     [("1341", "Thủ tướng Chính phủ"), ("1437", "Thủ tướng Chính phủ"), ("223", "Thủ tướng Chính phủ")]),
    ("*Căn cứ các Quyết định của\nThủ tướng Chính phủ về phê duyệt quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến\n"
     "năm 2050: Quyết định số 1629/QĐ-TTg ngày 16 tháng 12 năm 2023 phê duyệt Quy hoạch\ntỉnh Bà Rịa - Vũng "
     "Tàu; Quyết định số 790/QĐ-TTg ngày 03 tháng 8 năm 2024 phê\nduyệt Quy hoạch tỉnh Bình Dương;*",
     [("1629", "Thủ tướng Chính phủ"), ("790", "Thủ tướng Chính phủ")]),
    # an item of another body's symbol after the colon keeps its own (none named here)
    ("[5] Các Quyết định của Thủ tướng Chính phủ phê duyệt, cụ thể:\nsố 1341/QĐ-TTg ngày 08/7/2016 phê duyệt "
     "đề án Đào tạo tài năng lĩnh vực văn hoá; số 12/QĐ-UBND ngày 01/02/2025 về quy hoạch;",
     [("1341", "Thủ tướng Chính phủ"), ("12", None)]),
    # a clause end between the head and the colon: the colon opens another list
    ("thực hiện các Quyết định của Thủ tướng Chính phủ về quy hoạch; đồng thời rà soát các văn bản sau: "
     "Quyết định số 15/QĐ-UBND ngày 01/02/2025;",
     [("15", None)]),
    # (constructed guards, review27) a sentence or a main clause of its own between the head and the
    # colon: the list is that clause's subject's own documents
    ("Thực hiện các Quyết định của Ủy ban nhân dân tỉnh về chuyển đổi số. Sở Nội vụ đã ban hành các văn bản "
     "sau: Quyết định số 15/QĐ-SNV ngày 10/02/2025; Quyết định số 20/QĐ-SNV ngày 12/3/2025.",
     [("15", None), ("20", None)]),
    ("Căn cứ các Quyết định của Ủy ban nhân dân tỉnh về chuyển đổi số, Sở Tư pháp đã ban hành các quyết định: "
     "Quyết định số 20/QĐ-STP ngày 10/02/2025, Quyết định số 21/QĐ-STP ngày 11/02/2025.",
     [("20", None), ("21", None)]),
    # … a first item whose symbol names another body than the head's
    ("Các Quyết định của Bộ trưởng Bộ Nội vụ phê duyệt, cụ thể: số 55/QĐ-UBND ngày 01/02/2025 phê duyệt quy "
     "trình nội bộ; số 56/QĐ-UBND ngày 02/02/2025 phê duyệt danh mục",
     [("55", None), ("56", None)]),
])
def test_a_plural_heads_issuer_for_the_list_after_its_colon(sentence, expected):
    refs = sorted(find_citations(sentence), key=lambda r: r.start)
    assert [(r.number, r.issuer) for r in refs] == expected


@pytest.mark.parametrize("sentence,issuer", [
    # a steering committee named by its fields, which commas and "về" list (models/committee_topics.txt)
    # (Nghệ An KH 987/2025, tune13 N04: the subject of the cited plan follows the last field)
    ("Kế hoạch số 01-KH/BCĐ ngày 28/06/2025 của Ban Chỉ đạo\nphát triển khoa học, công nghệ, đổi mới sáng tạo, "
     "chuyển đổi số, cải cách hành\nchính và đề án 06 về Kế hoạch hành động triển khai thực hiện Kế hoạch số",
     "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06"),
    # (Đồng Tháp KH 552/2025, tune12 C015: the working group of the Central committee, a verb after it)
    ("Thông báo số 30-TB/TGV ngày 13/6/2025 của Tổ giúp việc Ban chỉ đạo\nTrung ương về phát triển khoa học, "
     "công nghệ, đổi mới sáng tạo và chuyển đổi số\nthông báo kết luận cuộc họp",
     "Tổ giúp việc Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"),
    # (Ban Chỉ đạo Nhà nước về Du lịch QĐ 170/2025, tune11 C026)
    ("thay thế Quyết định số 167/QĐ-BCĐNNDL ngày\n29 tháng 7 năm 2013 của Trưởng Ban Chỉ đạo Nhà nước về Du lịch "
     "ban hành Quy chế\nhoạt động của Ban Chỉ đạo Nhà nước về Du lịch.",
     "Trưởng Ban Chỉ đạo Nhà nước về Du lịch"),
    # (constructed on the 2025 committees' names, review27) a local committee's place after its last
    # field, named or by its level alone; the Government's committee ("Ban Chỉ đạo của Chính phủ về …")
    ("Thực hiện Kế hoạch số 02-KH/BCĐ ngày 10/4/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới "
     "sáng tạo và chuyển đổi số tỉnh về triển khai",
     "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh"),
    ("Thực hiện Kế hoạch số 02-KH/BCĐ ngày 10/4/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới "
     "sáng tạo và chuyển đổi số tỉnh Lâm Đồng về triển khai",
     "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Lâm Đồng"),
    ("Thực hiện Kế hoạch số 01/KH-BCĐ ngày 10/4/2025 của Ban Chỉ đạo của Chính phủ về phát triển khoa học, "
     "công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06;",
     "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06"),
    # a subject that is no field stays the document's, not the committee's
    ("Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương, Ủy ban nhân dân tỉnh ban hành",
     "Ban Chỉ đạo Trung ương"),
])
def test_a_committee_named_by_its_fields_keeps_its_commas(sentence, issuer):
    assert [r.issuer for r in find_citations(sentence)][:1] == [issuer]


@pytest.mark.parametrize("sentence,issuer", [
    # the central body after the comma is the subject of the main clause, its predicate after it
    # (Thủ tướng CĐ 232/2025, tune15 L04)
    ("tiếp theo Công điện số 227/CĐ-TTg ngày\n23/11/2025 của Thủ tướng Chính phủ và Nghị quyết số 380/NQ-CP "
     "ngày 25/11/2025 của\nChính phủ, Thủ tướng Chính phủ yêu cầu:", "Chính phủ"),
    # two central bodies that issue together stay one issuer (the joint issuers of Kết luận 212-KL/TW
    # that Bộ Nội vụ CV 10988/2025, tune14 R12, names; the citation written out here)
    ("Kết luận số 212-KL/TW ngày 17/10/2025 của Bộ Chính trị, Ban Bí thư về tiếp tục sắp xếp", "Bộ Chính trị, Ban Bí thư"),
    # … whatever predicate follows them: it is the document's (constructed on the same citation, review27)
    ("Kết luận số 212-KL/TW ngày 17/10/2025 của Bộ Chính trị, Ban Bí thư yêu cầu các cấp ủy", "Bộ Chính trị, Ban Bí thư"),
    ("Kết luận số 212-KL/TW ngày 17/10/2025 của Bộ Chính trị, Ban Bí thư có hiệu lực từ ngày ký", "Bộ Chính trị, Ban Bí thư"),
])
def test_a_central_body_that_opens_the_main_clause_is_no_co_issuer(sentence, issuer):
    assert [r.issuer for r in sorted(find_citations(sentence), key=lambda r: r.start)][-1] == issuer
