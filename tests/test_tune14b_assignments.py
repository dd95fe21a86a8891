"""Assignment shapes of split tune14 (held out for eight rounds, tuned on from 0.16.0), its letters,
decisions, plans and telegrams (the conclusion notices R04, R06, R07 are another test's): Bắc Ninh QĐ
471/2025 (R01), Đắk Lắk KH 124/2025 (R03), Bộ VHTTDL CV 6316/2025 (R05), Bộ Nội vụ CV 10989/2025
(R10), Công điện 234/CĐ-TTg 2025 (R11). Each case is cut from one of them as printed, line breaks of
the crawl kept; the negative cases name their source beside them."""

import pytest

from tests.support.texts import assignment_entries

_TELEGRAM = "**THỦ TƯỚNG CHÍNH PHỦ điện:**\n\nThủ tướng Chính phủ yêu cầu:\n{items}"


@pytest.mark.parametrize("items, expected, absent", [
    # (R11 item 5) a colon inside the item's sentence lists the provinces its work is for: the
    # minister is the item's subject, his verb after him
    ("5. Bộ trưởng Bộ Tài chính\nchủ trì phối hợp với các bộ, ngành liên quan rà soát, tổng hợp đề xuất phương\n"
     "án hỗ trợ từ ngân sách trung ương cho các tỉnh: Đắk Lắk, Gia Lai, Khánh Hòa và\nLâm Đồng để xây dựng, sửa "
     "chữa nhà cho các hộ dân bị thiệt hại, **hoàn thành\ntrước ngày 05/12/2025./.**\n",
     {("Bộ trưởng Bộ Tài chính", "lead")}, set()),
    # (R11 item 1) the provinces the item's work is to focus on are no part of the addressee's name,
    # nor members of it
    ("1. Chủ tịch Ủy ban nhân\ndân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh:\n"
     "Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:\na) Tổ chức xây dựng kế hoạch\ncụ thể, phát động và triển khai "
     "ngay \"Chiến dịch Quang Trung\" vào\nngày 01/12/2025.\n2. Bộ trưởng Bộ Quốc\nphòng, Bộ trưởng Bộ Công an chỉ "
     "đạo các đơn vị trực thuộc huy động tối đa lực\nlượng.\n",
     {("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng", "lead"),
      ("Bộ trưởng Bộ Quốc phòng", "lead")},
     {("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là tỉnh Đắk Lắk",
       "lead")}),
])
def test_a_telegrams_item_names_its_addressee_past_a_colon_of_places(items, expected, absent):
    entries = assignment_entries(_TELEGRAM.format(items=items))
    assert expected <= entries
    assert not absent & entries
    assert not any("trong đó" in agency for agency, _ in entries)


def test_the_members_of_a_plural_subject_are_still_read_apart():
    # (Công điện 232/CĐ-TTg 2025, as regexes.LOCALITIES_PLURAL_END reads it) the colon after the
    # addressee's own plural closes its name: its members are entries
    entries = assignment_entries(_TELEGRAM.format(
        items="1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo "
              "khắc phục hậu quả mưa lũ.\n"))
    assert ("Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk", "lead") in entries


@pytest.mark.parametrize("text, expected, absent", [
    # (R01 Điều 2) the communes' committees, then other units beside them: the list of places ends
    # where a unit of another kind follows
    ("**Điều 2. **Sở\nCông Thương có trách nhiệm chủ trì, phối hợp với các cơ quan, UBND các xã, phường,\nđơn vị "
     "liên quan thực hiện quản lý hoạt động, xác nhận và hướng dẫn các doanh\nnghiệp tổ chức hội chợ.\n",
     {("Sở Công Thương", "lead"), ("Ủy ban nhân dân các xã, phường", "support")},
     {("Ủy ban nhân dân các xã, phường, đơn vị", "support")}),
    # a list of places goes on with places ("thị trấn", "đặc khu")
    ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì, phối hợp với Ủy ban nhân dân các xã, phường, thị trấn tổ chức "
     "tuyên truyền.\n",
     {("Ủy ban nhân dân các xã, phường, thị trấn", "support")}, set()),
    # the departments' unit words still run on ("Thủ trưởng các sở, ban, ngành")
    ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì, phối hợp với Thủ trưởng các sở, ban, ngành tổ chức tuyên truyền.\n",
     {("Thủ trưởng các sở, ban, ngành", "support")}, set()),
])
def test_a_list_of_places_ends_before_a_unit_of_another_kind(text, expected, absent):
    entries = assignment_entries(text)
    assert expected <= entries
    assert not absent & entries


_MINISTRY_LETTER = ("**BỘ NỘI VỤ**\nSố: 10989/BNV-TCBC\n*V/v\nđề xuất biên chế giai đoạn 2026-2031 theo vị trí việc làm*\n|\n"
                    "*Hà Nội, ngày 21 tháng\n11 năm 2025*\n|\n|\n**Kính gửi:**\n|\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc\nChính phủ;\n- Ủy ban nhân dân tỉnh, "
                    "thành phố trực thuộc Trung ương.\n|\n{body}\n|\n*Nơi\nnhận:*\n- Như trên;\n- Lưu: VT, TCBC.\n")


@pytest.mark.parametrize("body, expected", [
    # (R10) asked by their kinds in lower case, no "các": each addressee as the list prints it; the
    # request an earlier letter made, told in the opening, gives no work of its own
    ("Thực hiện ý kiến của Ban Tổ chức\nTrung ương tại Văn bản số 9151- CV/BTCTW ngày 29/7/2025, Bộ Nội vụ đã có "
     "Văn bản số 8091/BNV-TCBC ngày 17/9/2025 đề nghị các Bộ,\nngành, địa phương báo cáo thực trạng và đề xuất biên "
     "chế giai đoạn 2026-2031.\nĐể việc đề xuất biên chế được triển khai thống nhất, đề nghị bộ, ngành, địa phương "
     "khẩn\ntrương tổng hợp đề xuất biên chế giai đoạn 2026-2031 theo vị trí việc làm và gửi về Bộ Nội vụ trước ngày "
     "**26/11/2025 **để tổng\nhợp.\nĐề nghị bộ, ngành, địa phương quan\ntâm thực hiện./.",
     {("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "lead"),
      ("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "lead")}),
    # only an earlier letter's request: no one is given work
    ("Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC ngày 17/9/2025 đề nghị các Bộ,\nngành, địa phương báo cáo thực trạng "
     "và đề xuất biên chế giai đoạn 2026-2031. Bộ Nội vụ đã tổng hợp, báo cáo cấp có thẩm quyền.", set()),
])
def test_a_letter_asking_its_addressees_by_their_kinds_asks_each_addressee(body, expected):
    assert assignment_entries(_MINISTRY_LETTER.format(body=body)) == expected


def test_kinds_that_do_not_cover_the_addressees_are_no_restatement():
    # (Đắk Lắk KH 124/2025, tune14 R03 shape) a letter to a department: "bộ, ngành" names others
    entries = assignment_entries(
        "**Kính gửi:** Sở Tài chính tỉnh Đắk Lắk\nĐề nghị bộ, ngành, địa phương phối hợp cung cấp số liệu./.\n")
    assert ("Sở Tài chính tỉnh Đắk Lắk", "lead") not in entries


@pytest.mark.parametrize("text, expected", [
    # (R05 item 1) the kind of body a verb-like word names ("cơ quan tham mưu"): the heading names it
    # whole, its work on the lines under it
    ("**Kính gửi:** Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc\nBộ\nThực hiện ý kiến chỉ đạo của\n"
     "Thủ tướng Chính phủ, Bộ trưởng giao:\n**1. Thủ\ntrưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ**\n"
     "- Nghiên cứu, tham mưu Lãnh\nđạo Bộ các chính sách.\n**2. Vụ Tổ\nchức cán bộ:**** **Tham mưu Lãnh đạo Bộ:\n"
     "- Đề xuất cấp có thẩm quyền\nhoàn thiện quy định về tổ chức bộ máy.\n",
     {("Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ", "lead"), ("Vụ Tổ chức cán bộ", "lead")}),
    # the verb after a body's whole name is still its verb ("Các cơ quan | tham mưu …")
    ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết.\n",
     {("Sở Nội vụ", "lead")}),
])
def test_a_verb_like_word_of_a_kind_of_body_does_not_end_its_name(text, expected):
    assert assignment_entries(text) == expected


_EMULATION_PLAN = "**IV. TỔ CHỨC THỰC HIỆN**\n\n{item}\n"


@pytest.mark.parametrize("item, expected", [
    # (R03 IV.2) asked to cooperate, then, after the partners and a comma, work of their own: lead
    ("**2. Đề nghị các cấp ủy Đảng,\nMặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: **Phối\n"
     "hợp chặt chẽ với cấp ủy, chính quyền các cấp, phát huy khối đại đoàn kết toàn\ndân trong tuyên truyền, vận "
     "động đảng viên, hội viên, đoàn viên, doanh nhân và\ncác tầng lớp Nhân dân trong tỉnh tích cực tham gia hưởng "
     "ứng Phong trào thi đua.\n",
     {("Các cấp ủy Đảng", "lead")}),
])
def test_a_request_to_cooperate_then_to_work_of_their_own_keeps_its_bodies_lead(item, expected):
    entries = assignment_entries(_EMULATION_PLAN.format(item=item))
    assert expected <= entries
    assert ("Các cấp ủy Đảng", "support") not in entries


@pytest.mark.parametrize("item, expected", [
    # (tune C060 shape, RECONCILIATION-round10) the cooperation's own purpose, no verb after a comma
    ("4.5. Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh\nPhối hợp chặt chẽ với Công an tỉnh nâng cao "
     "hiệu quả công tác điều tra, truy tố, xét xử.\n",
     {("Viện Kiểm sát nhân dân tỉnh", "support"), ("Tòa án nhân dân tỉnh", "support")}),
    # partners listed with "tổ chức" after a comma: one more partner, no work of their own
    ("3. Đề nghị Liên đoàn Lao động tỉnh: Phối hợp với các cơ quan, đơn vị, tổ chức chính trị - xã hội trong công "
     "tác tuyên truyền.\n",
     {("Liên đoàn Lao động tỉnh", "support")}),
])
def test_a_request_to_cooperate_only_stays_support(item, expected):
    assert expected <= assignment_entries(_EMULATION_PLAN.format(item=item))


@pytest.mark.parametrize("items, absent, kept", [
    # (R11 item 1.c) the item's addressee named again by its level, its accountability and its work:
    # the item's own work, no entry of its own
    ("1. Chủ tịch Ủy ban nhân\ndân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh:\n"
     "Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:\na) Tổ chức xây dựng kế hoạch\ncụ thể.\nc) Phát huy tinh thần tự\n"
     "lực, tự cường của địa phương; đồng thời phối hợp với Mặt\ntrận Tổ quốc Việt Nam tiếp tục kêu gọi, vận động.\n"
     "Chủ tịch Ủy ban nhân dân\ncấp tỉnh chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về tính trung thực,\n"
     "chính xác, đầy đủ của thông tin, số liệu báo cáo; đồng thời sử dụng các nguồn lực hiệu quả.\n"
     "2. Bộ trưởng Bộ Xây dựng\nchỉ đạo Sở Xây dựng các địa phương nghiên cứu.\n",
     {"Chủ tịch Ủy ban nhân dân cấp tỉnh"}, set()),
    # another level is another body: the communes' chairs under the provinces' item are kept
    ("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:\na) Tổ chức xây dựng kế hoạch cụ thể.\n"
     "b) Phát huy tinh thần tự lực; đồng thời phối hợp với Mặt trận Tổ quốc Việt Nam kêu gọi.\n"
     "Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm rà soát, thống kê số hộ bị thiệt hại.\n",
     set(), {"Chủ tịch Ủy ban nhân dân cấp xã"}),
])
def test_an_items_addressee_named_again_by_its_level_is_no_entry(items, absent, kept):
    agencies = {agency for agency, _ in assignment_entries(_TELEGRAM.format(items=items))}
    assert not absent & agencies
    assert kept <= agencies


@pytest.mark.parametrize("text, expected", [
    # (R11 item 1.c) the Front named with no level or place is the Front itself, as printed
    (_TELEGRAM.format(items="1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:\nc) Phát huy tinh thần tự\nlực, tự "
                            "cường của địa phương; đồng thời phối hợp với Mặt\ntrận Tổ quốc Việt Nam tiếp tục kêu gọi, "
                            "vận động.\n"),
     ("Mặt trận Tổ quốc Việt Nam", "support")),
    # the Front of a place named alone is written as printed too (the reconciled tune4 06 and tune14
    # R03 gold; its committee's name only where the document names the committee, round 27)
    ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì, phối hợp với Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền.\n",
     ("Mặt trận Tổ quốc Việt Nam tỉnh", "support")),
])
def test_the_front_without_a_place_is_named_as_printed(text, expected):
    assert expected in assignment_entries(text)


_PLAN_ITEMS = ("**III. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Khoa học và Công nghệ**\n\nChủ trì, theo dõi, đôn đốc việc "
               "triển khai Kế hoạch.\n\n**2. Sở Tài chính**\n\nBố trí kinh phí thực hiện Kế hoạch.\n\n{closing}\n\n"
               "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n|\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n")


@pytest.mark.parametrize("closing, absent", [
    # (Hà Nội KH 310/2025, tune C005) the closing request to the departments as a whole
    ("Ủy ban nhân dân Thành phố\nyêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn\n"
     "thông nghiêm túc triển khai thực hiện; định kỳ trước **ngày 30 tháng 11 hàng\nnăm **báo cáo kết quả thực hiện "
     "về UBND Thành phố.", ("Các Sở, ban, ngành Thành phố", "lead")),
    # (Nghệ An KH 987/2025, tune13 N04) after "Trên đây là Kế hoạch …"
    ("Trên đây là Kế hoạch phát triển hệ thống sóng viễn\nthông 5G trong các Khu công nghiệp Nghệ An giai đoạn\n"
     "2026 - 2030. Ủy ban nhân dân tỉnh yêu cầu các sở, ban,\nngành, cơ quan, đơn vị liên quan triển khai kịp thời, "
     "hiệu quả các nhiệm vụ được\ngiao tại Kế hoạch./.", ("Các sở, ban, ngành, cơ quan, đơn vị liên quan", "lead")),
])
def test_a_closing_request_to_the_itemized_departments_is_no_entry(closing, absent):
    entries = assignment_entries(_PLAN_ITEMS.format(closing=closing))
    assert ("Sở Khoa học và Công nghệ", "lead") in entries
    assert absent not in entries


def test_a_closing_request_is_an_entry_where_no_item_names_a_department():
    # the same request in a plan whose items name no department: the collective's only work
    text = _PLAN_ITEMS.replace("**1. Sở Khoa học và Công nghệ**", "**1. Công an tỉnh**").replace(
        "**2. Sở Tài chính**", "**2. Bộ Chỉ huy Quân sự tỉnh**").format(
        closing="Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành triển khai kịp thời, hiệu quả các nhiệm vụ được giao "
                "tại Kế hoạch./.")
    assert ("Các sở, ban, ngành", "lead") in assignment_entries(text)


def test_the_closing_request_still_carries_its_deadline():
    # (tune C005) the report due each year is the departments' as the request says (calibration gold)
    from tests.support.texts import deadline_entries
    text = _PLAN_ITEMS.format(
        closing="Ủy ban nhân dân Thành phố\nyêu cầu các Sở, ban, ngành Thành phố nghiêm túc triển khai thực hiện; định "
                "kỳ trước **ngày 30 tháng 11 hàng\nnăm **báo cáo kết quả thực hiện về UBND Thành phố.")
    assert any(agency == "Các Sở, ban, ngành Thành phố" for _, _, agency in deadline_entries(text))


@pytest.mark.parametrize("text, expected, absent", [
    # (Bắc Ninh KH 144/2025 VI.18, tune4 06) schools after the departments' unit words: two kinds
    ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo\n- Phối hợp các sở, ngành, trường đại học, cao đẳng xây "
     "dựng chương trình đào tạo công nghệ số.\n",
     {("Các sở, ngành", "support"), ("Trường đại học, cao đẳng", "support")},
     {("Các sở, ngành, trường đại học, cao đẳng", "support")}),
])
def test_schools_are_a_kind_apart_from_the_departments(text, expected, absent):
    entries = assignment_entries(text)
    assert expected <= entries
    assert not absent & entries


@pytest.mark.parametrize("text, expected", [
    # (Cần Thơ KH 165/2025 II.1.a, tune13 N02) the departments by their unit words, no "các": partners,
    # and the body named after them too
    ("**II. NỘI DUNG\nTHỰC HIỆN**\n\n**1. Sở Y tế**\n\na) Chủ trì, phối hợp với sở,\nban, ngành, Ủy ban nhân dân xã, "
     "phường tăng cường kiểm tra, đôn đốc việc thực\nhiện hiệu quả chủ trương, chính sách, pháp luật về công tác dân số.\n",
     {("Sở, ban, ngành", "support"), ("Ủy ban nhân dân xã, phường", "support")}),
    # (TP HCM KH 174/2025 III.1.a, tune C007) with a kind and a place after them
    ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\na) Phối hợp với sở, ban, ngành, đoàn thể Thành phố hướng dẫn chuyên môn "
     "cho các đơn vị.\n",
     {("Sở, ban, ngành, đoàn thể Thành phố", "support")}),
])
def test_the_departments_by_their_bare_unit_words_are_partners(text, expected):
    assert expected <= assignment_entries(text)
