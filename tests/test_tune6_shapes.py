"""Shapes of the seventh round of new documents (issue #11, split tune6: Hà Nội CV 6397/2025, TP HCM CV
10283/2025 and QĐ 2853/2025, Đắk Lắk KH 0125/2025, Quảng Ngãi QĐ 1617/2025, Đồng Tháp KH 556/2025,
Lai Châu QĐ 88/2025, Thái Nguyên QĐ 27/2025, Thanh Hóa QĐ 145/2025, Quảng Trị QĐ 2696/2025; sources
in tests/data/corpus/SOURCES.tsv).  Each case is cut from one of them as printed (line breaks of the
crawl kept where the shape is the crawl's); the expectations follow the reconciled gold."""

import pytest

from pipeline.document import extract_document
from pipeline.deadlines import recognize_deadlines
from pipeline.metadata import recognize_metadata
from pipeline.references import find_citations
from tests.support.texts import assignment_entries, structure


def deadlines(phrase, plan_year=2025):
    return [(d.kind, d.value) for d in recognize_deadlines(structure(phrase), plan_year, [], [])]


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


def references_of(text):
    result = extract_document(text.encode("utf-8"), "doc.txt")
    return {r.number: r for r in result.entities["references"]}


# ---------------------------------------------------------------- time expressions

@pytest.mark.parametrize("phrase, expected", [
    # a yearly report due in January of the year after the plan's (Thái Nguyên QĐ 27/2025, gold 2026-01-30)
    ("Sở Công Thương báo cáo định kỳ hàng năm (trước ngày 30 tháng 01 năm sau) về tình hình an toàn điện",
     [("recurrence", "P1Y"), ("date", "2026-01-30")]),
    ("gửi báo cáo trước ngày 15/01 năm tiếp theo", [("date", "2026-01-15")]),
    # without "năm sau" the day falls in the plan year
    ("gửi báo cáo năm trước ngày 20 tháng 12 theo đúng thời hạn", [("date", "2025-12-20")]),
    # a span that defines a period (Quảng Trị QĐ 2696/2025, the fund's fiscal year): no work due
    ("1. Năm tài chính của Quỹ Bảo vệ\nmôi trường bắt đầu từ ngày 01 tháng 01 và kết thúc vào ngày 31 tháng 12 của\ncùng năm.", []),
    # documents described by when they were issued (Hà Nội CV 6397/2025)
    ("để phổ biến, hướng dẫn các quy định của pháp luật đấu thầu và cập nhật các Luật,\n"
     "Nghị định mới ban hành trong năm 2025)*.", []),
    ("rà soát các văn bản đã ban hành trong năm 2025", []),
    # … while work to do within the year stays
    ("Sở Tư pháp tham mưu ban hành trong năm 2025 quy chế phối hợp", [("period", "2025")]),
    # the length of a delegation or an instrument's validity (Quảng Ngãi QĐ 1617/2025 Điều 2, Thanh Hóa QĐ 145/2025)
    ("**Điều 2.** Thời gian ủy quyền: Kể từ ngày Quyết định được ban hành đến ngày 28/02/2027.", []),
    ("Thời hạn ủy quyền đến ngày 31/12/2026.", []),
    ("Quyết định này có hiệu lực thi hành đến ngày 31/12/2026.", []),
    ("Giấy phép có thời hạn đến ngày 31/12/2030.", []),
    # a campaign's own span "từ … đến hết …" (Đắk Lắk KH 0125/2025, gold), its closing month stays
    ("Phong trào thi đua cao điểm được triển khai thực hiện từ tháng 10 năm 2025 đến hết tháng 3 năm 2026. "
     "Tổng kết vào tháng 4 năm 2026.", [("period", "2026-04")]),
    # … while a range's end without "hết" is due, and so is "đến hết" alone
    ("- Thời gian thực hiện: Từ tháng 11/2025 đến tháng 4/2026.", [("period", "2026-04")]),
    ("Hoàn thành đến hết tháng 3/2026.", [("period", "2026-03")]),
    # … not a labelled time of work, nor a delegated body's own due day
    ("Thời gian tổ chức: ngày 15/01/2026.", [("date", "2026-01-15")]),
    ("Sở Nội vụ được ủy quyền tổ chức hội nghị, hoàn thành chậm nhất ngày 15/12/2025.", [("date", "2025-12-15")]),
])
def test_time_expressions_of_round_seven(phrase, expected):
    assert sorted(deadlines(phrase)) == sorted(expected)


# the standards an award is given for describe merit, they schedule nothing (Đắk Lắk KH 0125/2025)
AWARD_STANDARDS = """**III. ĐỐI TƯỢNG,
NGUYÊN TẮC, HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG**

**3. Tiêu
chuẩn khen thưởng**

**3.2. Bằng khen của Chủ tịch
UBND tỉnh **

**a) Đối với tập thể:**

+ Thường xuyên chỉ đạo, theo
dõi, đôn đốc, hướng dẫn, giám sát các đơn vị cấp dưới thực hiện hoàn thành tốt
công tác triển khai và phục vụ bầu cử tại địa phương, đơn vị.

**IV. CHẾ ĐỘ BÁO CÁO**

Các sở, ngành thường xuyên báo cáo kết quả về Sở Nội vụ.
"""


def test_award_standards_schedule_nothing_but_the_plans_own_duty_stays():
    found = recognize_deadlines(structure(AWARD_STANDARDS), 2025, [], [])
    assert [(d.kind, d.text) for d in found] == [("continuous", "thường xuyên")]


# ---------------------------------------------------------------- references

def test_a_list_item_opening_its_clause_with_a_capital_so():
    # Hà Nội CV 6397/2025: "…; Số\n257/2025/NĐ-CP …" goes on with the Nghị định list
    text = ("- Các Nghị định về lựa chọn nhà\nđầu tư: số 115/2024/NĐ-CP ngày 16/9/2024, số 243/2025/NĐ-CP ngày "
            "11/9/2025 quy\nđịnh chi tiết một số điều của Luật Đầu tư theo phương thức đối tác công tư; Số\n"
            "257/2025/NĐ-CP ngày 8/10/2025 quy định chi tiết về việc thực hiện dự án")
    numbers = {(r.number, r.symbol, r.date) for r in find_citations(text)}
    assert ("257", "NĐ-CP", "2025-10-08") in numbers


def test_a_header_number_line_is_no_citation():
    assert find_citations("Số: 27/2025/QĐ-UBND\nThái Nguyên, ngày 27 tháng 11 năm 2025") == []


@pytest.mark.parametrize("text, number, field, expected", [
    # a citation date whose year slash was dropped (Thanh Hóa QĐ 145/2025)
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6 2025;", "72", "date", "2025-06-16"),
    # a known ministry typed with one tone slipped (TP HCM CV 10283/2025)
    ("Thông tư số 10/2020/TT-BLĐTBXH ngày 12 tháng 11 năm 2020 của Bộ Lạo động - Thương binh và\nXã hội quy định",
     "10", "issuer", "Bộ Lao động - Thương binh và Xã hội"),
    # the plenum named in apposition: the Central Committee issued the resolution (Đồng Tháp KH 556/2025)
    ("theo Nghị quyết 36-NQ/TW ngày\n22/10/2018, Hội nghị lần thứ 8 của Ban Chấp hành Trung ương Đảng khóa XII về\nchiến lược",
     "36", "issuer", "Ban Chấp hành Trung ương Đảng khóa XII"),
    # the body that is the subject of its clause issued the document it acted "at" (Hà Nội CV 6397/2025)
    ("*(Sở\nTài chính đã tổng hợp và đề nghị tại Văn bản số 9700/STC-ĐTTĐ ngày 08/8/2025)*:",
     "9700", "issuer", "Sở Tài chính"),
    # a directive's symbol typed without its type code (Hà Nội CV 6397/2025): CT-TTg
    ("- Chỉ thị số 24/TTg ngày\n29/7/2024 của Thủ tướng Chính phủ về đẩy mạnh", "24", "symbol", "CT-TTg"),
])
def test_citation_fields_of_round_seven(text, number, field, expected):
    found = {r.number: r for r in find_citations(text)}
    assert getattr(found[number], field) == expected


def test_an_old_directive_numbered_by_its_issuer_alone_stays_as_printed():
    found = {r.number: r for r in find_citations("Chỉ thị số 406/TTg ngày 08/8/1996 của Thủ tướng Chính phủ về")}
    assert found["406"].symbol == "TTg"


def test_and_so_inside_a_list_items_title_keeps_the_lists_issuer():
    # Thanh Hóa QĐ 145/2025
    text = ("*Căn cứ các Nghị định của\nChính phủ: số 78/2025/NĐ-CP ngày 01/4/2025 quy định chi tiết một số điều và biện\n"
            "pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật; số\n"
            "187/2025/NĐ-CP ngày 01/7/2025 sửa đổi, bổ sung một số điều của Nghị định số\n"
            "78/2025/NĐ-CP ngày 01/4/2025 và số 79/2025/NĐ-CP ngày 01/4/2025 về kiểm tra, rà\n"
            "soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;*\n")
    refs = references_of(text)
    assert refs["79"].issuer == "Chính phủ"


REMIT_LETTER = """**Kính gửi:** Các sở, ban, ngành Thành phố

Thực hiện Văn bản số 43-CV/TU ngày 01/11/2025 của Ban Thường vụ Thành ủy, UBND Thành phố yêu cầu:

**1. Sở Tài chính:**

- Căn cứ trách nhiệm kiểm tra
hoạt động đấu thầu theo quy định tại điểm b Khoản 3 Điều 122 Nghị định
214/2025/NĐ-CP ngày 04/8/2025 của Chính phủ và Văn bản số 7244/VPCP-CN ngày
04/8/2025 của Văn phòng Chính phủ, tăng cường công tác kiểm tra, giám sát.

- Căn cứ Quyết định số 1012/QĐ-TTg ngày 20/9/2024 của Thủ tướng Chính phủ, hướng dẫn các đơn vị.
"""


def test_cancu_of_an_agencys_remit_is_no_basis_but_of_a_document_is():
    refs = references_of(REMIT_LETTER)
    assert refs["43"].basis is True
    assert refs["214"].basis is False and refs["7244"].basis is False
    assert refs["1012"].basis is True


# ---------------------------------------------------------------- document fields

DEPARTMENT_LETTER = """**Kính gửi:** Các
Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh

Thực hiện quy định Bộ luật Lao động năm 2012 và Nghị
định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định chi tiết
và hướng dẫn thi hành một số điều của Bộ luật Lao động;

Nhằm đảm bảo thực hiện các quy định pháp luật lao động
về hoạt động cho thuê lại lao động. Sở Nội vụ đề nghị các doanh nghiệp có hoạt
động cho thuê lại lao động trên địa bàn Thành phố tự kiểm tra, nội dung cụ thể
như sau:

**1.** Thường xuyên rà soát, kiểm
tra hoạt động cho thuê lại lao động của doanh nghiệp.

|
*Nơi nhận:*
- Như trên;
- Bộ Nội vụ (để báo cáo);
- Giám đốc Sở;
- UBND xã, phường, đặc khu Côn Đảo;
- Lưu: VT, P. LĐTLBHXH (ĐT).
|
**KT. GIÁM ĐỐC**
**PHÓ GIÁM ĐỐC**
**Lượng Thị Tới**
|"""


def test_a_department_letter_without_letterhead():
    # TP HCM CV 10283/2025: named by its opening request and its signature; a "đặc khu" addressed
    # as a local government dates it to 2025 or later although it cites only 2012 and 2020
    f = fields(DEPARTMENT_LETTER)
    assert (f["issuer"], f["level"], f["plan_year"]) == ("Sở Nội vụ thành phố Hồ Chí Minh", "department", 2025)


def test_a_header_less_letter_citing_only_old_documents_keeps_their_year():
    f = fields(DEPARTMENT_LETTER.replace("- UBND xã, phường, đặc khu Côn Đảo;\n", ""))
    assert f["plan_year"] == 2020


def test_a_letter_signed_for_a_chairman_is_not_named_by_a_departments_request():
    f = fields(DEPARTMENT_LETTER.replace("**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**", "**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**"))
    assert f["issuer"] != "Sở Nội vụ thành phố Hồ Chí Minh"


def test_a_title_line_in_capitals_opening_with_a_body_word_goes_on():
    # Quảng Ngãi QĐ 1617/2025
    text = ("**ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**\nSố: 1617/QĐ-UBND\nQuảng Ngãi, ngày 20 tháng 11 năm 2025\n"
            "**QUYẾT ĐỊNH**\nVỀ VIỆC ỦY QUYỀN CHO GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
            "THỰC HIỆN NHIỆM VỤ TRONG LĨNH VỰC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ THỦY SẢN\n"
            "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**\n*Căn cứ Luật Tổ chức\n"
            "chính quyền địa phương ngày 16 tháng 6 năm 2025;*\n")
    assert fields(text)["title"] == ("VỀ VIỆC ỦY QUYỀN CHO GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THỰC HIỆN NHIỆM VỤ "
                                     "TRONG LĨNH VỰC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ THỦY SẢN")


def test_a_note_wrapped_onto_its_own_line_joins_its_recipient():
    # Lai Châu QĐ 88/2025
    text = ("Quyết định này có hiệu lực kể từ ngày ký./.\n|\nNơi nhận:\n- Như Điều 3;\n- Văn phòng Chính phủ; (B/c)\n"
            "- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;\n(B/c)\n"
            "- Thường trực Tỉnh ủy; (B/c)\n- Sở Tư pháp;\n- Lưu: VT, Kt4.\n|\n**TM. ỦY BAN NHÂN\nDÂN **\n"
            "KT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Hà Trọng Hải**\n|\n")
    assert fields(text)["recipients"] == [
        "Như Điều 3", "Văn phòng Chính phủ; (B/c)",
        "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp; (B/c)",
        "Thường trực Tỉnh ủy; (B/c)", "Sở Tư pháp", "Lưu: VT, Kt4"]


def test_a_city_letter_that_never_names_its_city_keeps_the_unit_as_printed():
    # Hà Nội CV 6397/2025: the crawl starts at "Kính gửi", the text says only "UBND Thành phố"
    text = ("**Kính gửi:** Các sở, ban, ngành Thành phố\n\nThực hiện chỉ đạo của UBND Thành phố, yêu cầu:\n\n"
            "1. Các sở báo cáo UBND Thành phố.\n\n|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT, KT.\n|\n"
            "**TM. ỦY BAN NHÂN DÂN**\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n**Nguyễn Xuân Lưu**\n|")
    assert fields(text)["issuer"] == "Ủy ban nhân dân Thành phố"


# ---------------------------------------------------------------- partners named as a class in lower case

@pytest.mark.parametrize("text, expected", [
    # Đắk Lắk KH 0125/2025 VI.3: the press named without "các"
    ("**VI. TỔ CHỨC THỰC HIỆN**\n\n**3. Sở Nội vụ: **Chủ động xây dựng kế hoạch triển khai Phong trào thi đua; phối\n"
     "hợp với cơ quan báo chí làm tốt công tác thông tin, tuyên truyền.\n",
     ("Cơ quan báo chí", "support")),
    # TP HCM QĐ 2853/2025: the place after "trên địa bàn" is read (gold "… trên địa bàn Thành phố")
    ("**V. TỔ CHỨC THỰC HIỆN**\n\n1. Sở Văn hóa và Thể thao\n\nChủ trì, phối hợp với cơ quan thông tấn, báo chí trên địa bàn "
     "Thành phố thực hiện phổ biến nội dung Đề án.\n",
     ("Cơ quan thông tấn, báo chí trên địa bàn Thành phố", "support")),
])
def test_the_press_named_as_a_partner_in_lower_case(text, expected):
    assert expected in assignment_entries(text)


# ---------------------------------------------------------------- names in headings

@pytest.mark.parametrize("text, expected", [
    # a body and the post at its head, two bearers (Lai Châu QĐ 88/2025 Điều 6)
    ("Ủy ban nhân dân cấp xã, Chủ tịch Ủy ban nhân dân cấp xã", ["Ủy ban nhân dân cấp xã", "Chủ tịch Ủy ban nhân dân cấp xã"]),
    ("Sở Tư pháp, Giám đốc Sở Tư pháp", ["Sở Tư pháp", "Giám đốc Sở Tư pháp"]),
    # a collective of posts stays one
    ("Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành", ["Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành"]),
])
def test_a_body_and_the_post_at_its_head(text, expected):
    from pipeline.agencies import split_agency_list
    assert [text[s:e] for s, e in split_agency_list(text)] == expected


def test_a_city_command_broken_after_its_head():
    # TP HCM QĐ 2853/2025: the crawl wraps "3. Bộ Tư lệnh" / "Thành phố chủ trì, …"
    text = ("**V. TỔ CHỨC THỰC HIỆN**\n\n3. Bộ Tư lệnh\nThành phố chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, "
            "các sở, ban, ngành thực hiện việc đưa nội dung vào kế hoạch bồi dưỡng quốc phòng và an ninh.\n")
    assert ("Bộ Tư lệnh Thành phố", "lead") in assignment_entries(text)


@pytest.mark.parametrize("text, expected", [
    # TP HCM QĐ 2853/2025 V.7: a unit "of the city" that "liên quan" qualifies is a generic group
    ("các sở, ban, ngành, đơn vị Thành phố liên quan tổ chức tập huấn", []),
    ("Sở Y tế, đơn vị Thành phố liên quan và Sở Tài chính tổ chức", ["Sở Y tế", "Sở Tài chính"]),
    # a force and a local government named in lower case stay partners
    ("lực lượng Công an, chính quyền địa phương tham gia", ["Lực lượng Công an", "Chính quyền địa phương"]),
])
def test_a_lower_case_unit_that_lien_quan_qualifies_names_no_partner(text, expected):
    from pipeline.agencies import clean_agency
    from pipeline.assignments import agency_list
    spans, _ = agency_list(text, keep_generic=False)
    assert [clean_agency(text[s:e]) for s, e in spans] == expected
