"""Citation shapes found on public pages the rules were not written from (crawl
github:tnt305/tai_lieu_noi_bo, commit 56eff10, src/etl/dataset/<name>.md; the name is in each
row's comment) and on the tune corpus: real sentences, with what the contract wants."""

import pytest

from pipeline.references import find_citations

# sentence → (type, number, year, symbol, date, issuer) of the citation whose number is given
CITATIONS = [
    # a prose noun before "của <type word> số": the type word is the citation's, not its issuer
    # (405a6cabda393030: the citation was dropped)
    ("- Khẩn trương thực hiện các chế độ, chính sách đối với người tham gia công tác xây dựng pháp luật"
     " theo quy\nđịnh của Nghị quyết số 197/2025/QH15 ngày 17 tháng 5 năm 2025 của Quốc hội về một\nsố cơ chế",
     "197", ("Nghị quyết", "197", 2025, "QH15", "2025-05-17", "Quốc hội")),
    # the body named before the number still is its issuer (Bộ Công Thương CV 9634/2025)
    ("các Công văn của Bộ Tài chính số 3910/BTC-QLG ngày 15/4/2025",
     "3910", ("Công văn", "3910", None, "BTC-QLG", "2025-04-15", "Bộ Tài chính")),
    # a word typed onto the symbol without its space (ed309a99382e6b4c)
    ("Căn cứ Quyết định số\n35/2025/QĐ-TTgcủa Thủ tướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định",
     "35", ("Quyết định", "35", 2025, "QĐ-TTg", None, "Thủ tướng Chính phủ")),
    # a footnote's marker after the issuer (fa0dcc139cec05de)
    ("Ngoài ra, tại Báo cáo số 2554/BC-TTCP ngày\n17/10/2025 của Thanh tra Chính phủ[3],\nUBND Thành phố Đà Nẵng rà soát",
     "2554", ("Báo cáo", "2554", None, "BC-TTCP", "2025-10-17", "Thanh tra Chính phủ")),
    # what the body did in its report follows its name (98b67fb117d01944)
    ("Báo cáo số 467/BC-UBND ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố giải trình, tiếp thu"
     " hoàn thiện dự thảo Nghị quyết;",
     "467", ("Báo cáo", "467", None, "BC-UBND", "2025-11-24", "Ủy ban nhân dân Thành phố")),
    # joint issuers joined by dashes (Đồng Nai QĐ 2816/2025, tune gold; explF2 4276ec4c940451d6)
    ("Sửa đổi khoản 4 Điều 5 Thông tư liên tịch số 07/2016/TTTLT-BYT-BTC- BLĐTBXH ngày 15/4/2016 của Bộ Y tế"
     " - Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội về quy định chi tiết",
     "07", ("Thông tư liên tịch", "07", 2016, "TTLT-BYT-BTC-BLĐTBXH", "2016-04-15",
            "Bộ Y tế - Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội")),
    ("Căn cứ Thông tư liên tịch số 39/2014/TTLT-BCT-BTC ngày 29 tháng 10 năm 2014 của Liên Bộ Công Thương"
     " - Tài chính quy định về phương pháp tính giá cơ sở",
     "39", ("Thông tư liên tịch", "39", 2014, "TTLT-BCT-BTC", "2014-10-29", "Liên Bộ Công Thương - Tài chính")),
    # "liên Bộ" in lower case, the ministries after it (issue 11's "liên Bộ: Thông tin và Truyền
    # thông – Công an")
    ("Thực hiện Thông tư liên tịch số 03/2008/TTLT-BKHĐT-BNV ngày 4/7/2008 của liên Bộ Kế hoạch và Đầu tư"
     " - Bộ Nội vụ hướng dẫn chức năng",
     "03", ("Thông tư liên tịch", "03", 2008, "TTLT-BKHĐT-BNV", "2008-07-04", "Liên Bộ Kế hoạch và Đầu tư - Bộ Nội vụ")),
    # … and "liên ngành" keeps its lower case, as the gold writes a joint body ("Liên ngành tư pháp
    # Trung ương", tune gold): it read "Liên Ngành Công an - …"
    ("Thực hiện Kế hoạch số 12/KH-LN ngày 05/3/2025 của liên ngành Công an - Viện kiểm sát nhân dân - Tòa án"
     " nhân dân tỉnh về việc",
     "12", ("Kế hoạch", "12", None, "KH-LN", "2025-03-05",
            "Liên ngành Công an - Viện kiểm sát nhân dân - Tòa án nhân dân tỉnh")),
    # a ministry or department whose name holds a type word ("Kế hoạch") is one name, not the
    # next citation
    ("Căn cứ Thông tư số 02/2023/TT-BKHĐT ngày 18/4/2023 của Bộ Kế hoạch và Đầu tư về hướng dẫn",
     "02", ("Thông tư", "02", 2023, "TT-BKHĐT", "2023-04-18", "Bộ Kế hoạch và Đầu tư")),
    ("Thực hiện Công văn số 1234/SKHĐT-TH ngày 03/3/2025 của Sở Kế hoạch và Đầu tư về việc",
     "1234", ("Công văn", "1234", None, "SKHĐT-TH", "2025-03-03", "Sở Kế hoạch và Đầu tư")),
    ("Theo Công văn số 45/TCKH ngày 03/3/2025 của Phòng Tài chính - Kế hoạch huyện về việc",
     "45", ("Công văn", "45", None, "TCKH", "2025-03-03", "Phòng Tài chính - Kế hoạch huyện")),
    # a body "at" a document: the document's type is the one after "tại", its issuer the body
    # named before (VPCP CV, explA2 91035abb77ae0a1b; it read as a Kết luận of "Ủy ban Thường vụ
    # Quốc hội tại Thông báo")
    ("Về Kết luận của Ủy ban Thường vụ Quốc hội tại Thông báo số 4387/TB-VPQH ngày 14 tháng 11 năm 2025 của"
     " Văn phòng Quốc hội về tình hình",
     "4387", ("Thông báo", "4387", None, "TB-VPQH", "2025-11-14", "Văn phòng Quốc hội")),
    # "năm" typed with a wrong tone (VPCP TB 624/2025, explA5 74e2ddc7b11340da): the date, and the
    # issuer after it, were lost
    ("là tại Nghị quyết số 57-NQ/TW ngày 22 tháng 12 nám 2024 của Bộ Chính trị, Nghị quyết",
     "57", ("Nghị quyết", "57", None, "NQ/TW", "2024-12-22", "Bộ Chính trị")),
    # … and "năm" typed onto the month's digits (as Đà Nẵng QĐ 2641/2025, crawl 7599f6525eb44d2e,
    # prints its own date line: "18 tháng 11năm 2025")
    ("Căn cứ Quyết định số 15/2025/QĐ-UBND ngày 01 tháng 7năm 2025 của Ủy ban nhân dân thành phố Đà Nẵng ban"
     " hành quy định",
     "15", ("Quyết định", "15", 2025, "QĐ-UBND", "2025-07-01", "Ủy ban nhân dân thành phố Đà Nẵng")),
    # a proposer named by its fields, their comma part of the name (Phú Thọ QĐ 100/2025, Đà Nẵng QĐ
    # 2641/2025 of the crawl's document list, no issuer read) — and a comma before a body or a post
    # of its own still parts two proposers, who give no one issuer
    ("Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ tại Tờ trình số 136/TTr-SVHTT&DL"
     " ngày 11/11/2025.",
     "136", ("Tờ trình", "136", None, "TTr-SVHTT&DL", "2025-11-11",
             "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ")),
    ("*Theo đề nghị của Giám đốc\nSở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng tại Tờ trình số 409\n"
     "/TTr-SVHTTDL ngày 22 tháng 10 năm 2025.*",
     "409", ("Tờ trình", "409", None, "TTr-SVHTTDL", "2025-10-22",
             "Giám đốc Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng")),
    # … a field that opens with a type's first word only ("Thông tin", not "Thông tư"; a written shape)
    ("Theo đề nghị của Giám đốc Sở Văn hóa, Thông tin, Thể thao và Du lịch tỉnh Gia Lai tại Tờ trình số"
     " 55/TTr-SVHTTTDL ngày 05/3/2025.",
     "55", ("Tờ trình", "55", None, "TTr-SVHTTTDL", "2025-03-05",
            "Giám đốc Sở Văn hóa, Thông tin, Thể thao và Du lịch tỉnh Gia Lai")),
    ("Theo đề nghị của Sở Nội vụ, Sở Tư pháp tại Tờ trình số 12/TTr-SNV ngày 05/3/2025.",
     "12", ("Tờ trình", "12", None, "TTr-SNV", "2025-03-05", None)),
    ("Xét đề nghị của Chủ tịch Ủy ban nhân dân huyện, Trưởng Phòng Nội vụ tại Tờ trình số 12/TTr-PNV ngày"
     " 05/3/2025.",
     "12", ("Tờ trình", "12", None, "TTr-PNV", "2025-03-05", None)),
    # a consolidated text's body "hợp nhất" the texts it consolidates (issue 11's "Văn bản hợp nhất số
    # 10/VBHN-BGDĐT"; the issuer ran on into "… hợp nhất")
    ("Căn cứ Văn bản hợp nhất số 10/VBHN-BGDĐT ngày 15/5/2014 của Bộ Giáo dục và Đào tạo hợp nhất Thông tư"
     " ban hành Quy chế",
     "10", ("Văn bản hợp nhất", "10", None, "VBHN-BGDĐT", "2014-05-15", "Bộ Giáo dục và Đào tạo")),
    ("theo hướng dẫn của Bộ Tài chính tại văn bản\nsố 16495/BTC-PTHT ngày 22/10/2025",
     "16495", ("Văn bản", "16495", None, "BTC-PTHT", "2025-10-22", "Bộ Tài chính")),
]


@pytest.mark.parametrize("sentence,number,expected", CITATIONS)
def test_citation_fields(sentence, number, expected):
    found = [r for r in find_citations(sentence) if r.number == number]
    assert len(found) == 1, [r.text for r in find_citations(sentence)]
    r = found[0]
    assert (r.type, r.number, r.year, r.symbol, r.date, r.issuer) == expected


def test_next_citation_still_ends_an_issuer():
    """A citation's type word after its issuer ends the issuer ("… của UBND tỉnh và Kế hoạch số …")."""
    refs = find_citations("Thực hiện Quyết định số 12/QĐ-UBND ngày 12/3/2025 của UBND tỉnh và Kế hoạch số"
                          " 13/KH-UBND ngày 13/3/2025 của UBND tỉnh;")
    assert [(r.symbol, r.issuer) for r in refs] == [("QĐ-UBND", "Ủy ban nhân dân tỉnh"),
                                                    ("KH-UBND", "Ủy ban nhân dân tỉnh")]


def test_amending_law_with_a_long_list_of_laws():
    """An amending law that names two laws is one law; the second law's name inside it is no
    law of its own with the amending law's date (04e0c7e10cd38cdd)."""
    text = ("Căn cứ Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam ngày 16 tháng 6"
            " năm 2014; Luật sửa đổi, bổ sung một số điều của Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người"
            " nước ngoài tại Việt Nam ngày 25 tháng 11 năm 2019 và Luật sửa đổi, bổ sung một số điều của Luật Xuất"
            " cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước"
            " ngoài tại Việt Nam ngày 24 tháng 6 năm 2023;")
    laws = [(r.name, r.year) for r in find_citations(text)]
    assert laws == [
        ("Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam", 2014),
        ("sửa đổi, bổ sung một số điều của Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài"
         " tại Việt Nam", 2019),
        ("sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh,"
         " xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam", 2023),
    ]


def test_a_long_name_that_amends_nothing_is_still_bounded():
    """Only an amending law's name may run past 160 characters: a law named in a long clause
    without a year is no citation (the year 180 characters on belongs to something else)."""
    clause = ("Luật Bảo vệ môi trường " + "và các văn bản hướng dẫn thi hành có liên quan đến công tác bảo vệ "
              "môi trường trên địa bàn " * 2 + "năm 2020")
    assert 160 < len(clause) - len("Luật  năm 2020") < 260
    assert [r for r in find_citations(clause) if r.type == "Luật"] == []


def test_a_repeat_with_the_symbol_cut_short_is_the_same_document():
    """"Nghị quyết liên tịch số 102/2025/NQLT." repeats the full citation above it (Lương Minh KH
    2026, tune7 gold: one reference, not two)."""
    from pipeline.resolve import merge_references
    text = ("Căn cứ Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN hướng dẫn quy trình hiệp"
            " thương, giới thiệu người ứng cử; Thực hiện theo Điều 2, 3, 4 Nghị quyết số 101/2025/UBTVQH15 và"
            " Điều 21, 22 Nghị quyết liên tịch số 102/2025/NQLT. - Xác định địa điểm")
    refs = merge_references(find_citations(text))
    assert [(r.number, r.symbol, len(r.mentions)) for r in refs] == [
        ("102", "NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", 2), ("101", "UBTVQH15", 1)]


def test_a_cut_symbol_shared_by_two_documents_stays_apart():
    from pipeline.resolve import merge_references
    text = ("Quyết định số 12/QĐ-UBND ngày 01/3/2025 của UBND tỉnh; Quyết định số 12/QĐ-TTg ngày 02/3/2025 của"
            " Thủ tướng Chính phủ; Quyết định số 12/QĐ.")
    assert len(merge_references(find_citations(text))) == 3


def test_a_longer_symbol_of_another_date_is_another_document():
    """A symbol that opens with another's segments is the same document only when nothing says
    otherwise: another date or issuer is another decision ("… 1234/QĐ-UBND ngày 10/5/2025 của Ủy ban
    nhân dân tỉnh; … 1234/QĐ-UBND-VX ngày 12/6/2025 của Chủ tịch …" were read as one, the first lost)."""
    from pipeline.resolve import merge_references
    text = ("Căn cứ Quyết định số 1234/QĐ-UBND ngày 10/5/2025 của Ủy ban nhân dân tỉnh về việc ban hành Quy chế;"
            " Quyết định số 1234/QĐ-UBND-VX ngày 12/6/2025 của Chủ tịch Ủy ban nhân dân tỉnh về việc thành lập"
            " Ban Chỉ đạo.")
    assert [(r.symbol, r.date) for r in merge_references(find_citations(text))] == [
        ("QĐ-UBND", "2025-05-10"), ("QĐ-UBND-VX", "2025-06-12")]


def test_second_proposer_and_a_request_letter():
    """"Theo đề nghị của A tại Đơn đề nghị số … và Sở Tư pháp tại Tờ trình số …" (Lâm Đồng QĐ
    2536/2025, tune7 gold): the request letter is a citation, the second body issued the Tờ trình."""
    text = ("Theo đề nghị của Đoàn Luật sư tỉnh Lâm Đồng (cũ), Đoàn Luật sư tỉnh Bình Thuận (cũ), Đoàn Luật sư"
            " tỉnh Đắk Nông (cũ) tại Đơn đề nghị số 258/ĐĐN-ĐLS ngày 27 tháng 11 năm 2025 và Sở Tư pháp tại Tờ"
            " trình số 141/TTr-STP ngày 09 tháng 12 năm 2025.")
    assert [(r.type, r.number, r.symbol, r.date, r.issuer) for r in find_citations(text)] == [
        ("Đơn đề nghị", "258", "ĐĐN-ĐLS", "2025-11-27", None),
        ("Tờ trình", "141", "TTr-STP", "2025-12-09", "Sở Tư pháp")]


def test_cyrillic_look_alikes_in_a_symbol():
    """"16495/BТС-PTHT" with a Cyrillic Т and С (crawl fa0dcc139cec05de): read as the Latin letters
    they are drawn as, the number is a citation."""
    from pipeline.normalize import normalize_text
    text = normalize_text("theo hướng dẫn của Bộ Tài chính tại văn bản số 16495/B\u0422\u0421-PTHT ngày 22/10/2025").text
    assert [(r.number, r.symbol, r.issuer) for r in find_citations(text)] == [("16495", "BTC-PTHT", "Bộ Tài chính")]


@pytest.mark.parametrize("raw,expected", [
    # a word in Russian stays Russian: only a word that mixes the scripts is read as Latin
    # (a treaty's parties as a Vietnamese text quotes them; it read "Пpaвитeльcтвo", "Mocквa")
    ("Chính phủ Liên bang Nga (Правительство Российской Федерации) ký tại Москва.",
     "Chính phủ Liên bang Nga (Правительство Российской Федерации) ký tại Москва."),
    # a symbol typed wholly in look-alikes is still one (nothing Cyrillic is left of it)
    ("Thông tư số 12/2025/\u0422\u0422-\u0412\u0422\u0421", "Thông tư số 12/2025/TT-BTC"),
    # a Vietnamese word with one Cyrillic "о" pasted in
    ("Bộ Công Thương ch\u043e biết", "Bộ Công Thương cho biết"),
])
def test_cyrillic_look_alikes_only_in_a_word_of_latin_letters(raw, expected):
    from pipeline.normalize import normalize_text
    assert normalize_text(raw).text == expected


@pytest.mark.parametrize("sentence,number,issuer", [
    # "… sửa đổi, bổ sung một số điều của <X> … của Chính phủ": the issuer is X's (Lâm Đồng QĐ
    # 2536/2025, tune7 gold: the amending decree's issuer is not stated)
    ("Căn cứ Nghị định số 123/2013/NĐ-CP ngày 14 tháng 10 năm 2013 của Chính phủ quy định chi tiết; Nghị định số"
     " 137/2018/NĐ-CP ngày 08 tháng 10 năm 2018 sửa đổi, bổ sung một số điều của Nghị định số 123/2013/NĐ-CP ngày"
     " 14 tháng 10 năm 2013 của Chính phủ quy định chi tiết", "137", None),
    # … while "sửa đổi, bổ sung <X> … của Thủ tướng Chính phủ" shares it (Hà Tĩnh KH 624/2025, tune2 gold)
    ("Thực hiện Quyết định số 1729/QĐ-TTg ngày 04 tháng 11 năm 2020 sửa đổi, bổ sung Quyết định số 655/QĐ-TTg"
     " ngày 12 tháng 5 năm 2017 của Thủ tướng Chính phủ về", "1729", "Thủ tướng Chính phủ"),
])
def test_issuer_of_an_amending_citation(sentence, number, issuer):
    assert [r.issuer for r in find_citations(sentence) if r.number == number] == [issuer]


@pytest.mark.parametrize("sentence, issuers", [
    # two proposers, each "at" its own document: the second's issuer is the body after "và", not a
    # name run over the first citation ("Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 05/3/2025 và Sở Tư
    # pháp"); the shape of Lâm Đồng QĐ 2536/2025's preamble (tune7)
    ("Theo đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 05/3/2025 và Sở Tư pháp tại Tờ trình số"
     " 34/TTr-STP ngày 06/3/2025.", ["Sở Nội vụ", "Sở Tư pháp"]),
    ("Theo đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV và Sở Tư pháp tại Báo cáo thẩm định số 34/BC-STP.",
     ["Sở Nội vụ", "Sở Tư pháp"]),
    ("Xét đề nghị của Tòa án nhân dân tối cao tại Tờ trình số 12/TTr-TANDTC ngày 05/3/2025 và Chính phủ tại"
     " Tờ trình số 34/TTr-CP ngày 06/3/2025; ý kiến thẩm tra của Ủy ban Pháp luật.",
     ["Tòa án nhân dân tối cao", "Chính phủ"]),
    # a second body the pattern does not know gives no issuer rather than a run-on one
    ("Theo đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 05/3/2025 và Công an tỉnh tại Tờ trình số"
     " 34/TTr-CAT ngày 06/3/2025.", ["Sở Nội vụ", None]),
])
def test_the_second_proposer_is_no_name_run_over_the_first_citation(sentence, issuers):
    assert [r.issuer for r in find_citations(sentence)] == issuers


@pytest.mark.parametrize("sentence, number, issuer", [
    # a proposer's "về" and what follows is the subject of the document it proposed, when the proposer
    # is a ministry, a department or a post of one, named already (the shape of a decision's preamble
    # publishing administrative procedures, as the round-28 review printed it; no tuned-on text has it)
    ("Theo đề nghị của Bộ trưởng Bộ Nội vụ về công bố thủ tục hành chính tại Tờ trình số 12/TTr-BNV ngày 05/3/2025.",
     "12", "Bộ trưởng Bộ Nội vụ"),
    ("Theo đề nghị của Giám đốc Sở Tư pháp về việc bãi bỏ văn bản quy phạm pháp luật tại Tờ trình số 41/TTr-STP"
     " ngày 05/3/2025.", "41", "Giám đốc Sở Tư pháp"),
    ("Xét đề nghị của Ủy ban nhân dân tỉnh về việc điều chỉnh dự toán tại Tờ trình số 12/TTr-UBND ngày 05/3/2025.",
     "12", "Ủy ban nhân dân tỉnh"),
    # … while a board, committee or council with no name but its level is named by its topic: its "về"
    # is its name's (Ban Chỉ đạo Nhà nước về Du lịch, QĐ 170/2025, tune11 C026; Ủy ban Quốc gia về …)
    ("Theo đề nghị của Trưởng ban Ban Chỉ đạo Nhà nước về Du lịch tại Tờ trình số 5/TTr-BCĐ ngày 05/3/2025.",
     "5", "Trưởng ban Ban Chỉ đạo Nhà nước về Du lịch"),
    ("Theo đề nghị của Ủy ban Quốc gia về người cao tuổi Việt Nam tại Tờ trình số 5/TTr-UBQG ngày 05/3/2025.",
     "5", "Ủy ban Quốc gia về người cao tuổi Việt Nam"),
    ("Theo đề nghị của Ban Chỉ đạo tỉnh về phòng chống tội phạm tại Tờ trình số 12/TTr-BCĐ ngày 05/3/2025.",
     "12", "Ban Chỉ đạo tỉnh về phòng chống tội phạm"),
    # … up to its "về việc", the subject again (round-28 review, a written shape)
    ("Theo đề nghị của Hội đồng Quốc gia về Phát triển bền vững về việc ban hành Kế hoạch tại Tờ trình số 5/TTr-HĐ"
     " ngày 05/3/2025.", "5", "Hội đồng Quốc gia về Phát triển bền vững"),
])
def test_proposer_named_without_its_subject(sentence, number, issuer):
    assert [r.issuer for r in find_citations(sentence) if r.number == number] == [issuer]
