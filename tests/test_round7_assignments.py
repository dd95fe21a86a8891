"""Assignment shapes of the seventh round of real documents (issue #11, split tune6): Đồng Tháp KH
556/2025 (a plan tasking thirteen bodies), Hà Nội CV 6397/2025 (a letter that opens at "Kính
gửi"), Thái Nguyên QĐ 27/2025 (a Quy định on electricity safety), Quảng Trị QĐ 2696/2025 (a fund's
charter).  Each case is cut from one of them as printed, line breaks of the crawl kept."""

import pytest

from tests.support.texts import assignment_entries, structure

PLAN_TASKS = "IV. TỔ CHỨC THỰC HIỆN\n\n"


@pytest.mark.parametrize("text, expected", [
    # (Đồng Tháp KH 556/2025) a numbered heading naming the communes after a colon: one entry each
    (PLAN_TASKS + "**12. Ủy\nban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông**\n\n- Xây dựng kế hoạch "
     "cụ thể\nhóa các nhiệm vụ và giải pháp để tổ chức triển khai thực hiện kế hoạch.\n",
     {("Ủy ban nhân dân xã Gia Thuận", "lead"), ("Ủy ban nhân dân xã Tân Điền", "lead"),
      ("Ủy ban nhân dân xã Gò Công Đông", "lead"), ("Ủy ban nhân dân xã Tân Phú Đông", "lead")}),
    # (the same plan) partners counted and listed after the body: "Ủy ban nhân dân 04 xã: …"
    (PLAN_TASKS + "**1. Sở Nông nghiệp và Môi trường**\n\n- Tiếp tục triển khai thực\nhiện Kế hoạch 310/KH-UBND; phối "
     "hợp với Ủy ban nhân dân\n04 xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông thành lập mới khu bảo vệ\nnguồn lợi "
     "thủy sản.\n",
     {("Sở Nông nghiệp và Môi trường", "lead"), ("Ủy ban nhân dân xã Gia Thuận", "support"),
      ("Ủy ban nhân dân xã Tân Điền", "support"), ("Ủy ban nhân dân xã Gò Công Đông", "support"),
      ("Ủy ban nhân dân xã Tân Phú Đông", "support")}),
])
def test_members_listed_after_a_plural_are_one_entry_each(text, expected):
    assert assignment_entries(text) == expected


def test_departments_listed_by_their_short_names_after_cac_so():
    # (Hà Nội CV 6397/2025, 1.3.2) "Nông nghiệp và Môi trường" is one department (a known name),
    # "Quy hoạch - Kiến trúc" runs to its comma, "Nội vụ" stops before "và UBND …"
    entries = assignment_entries(
        "Ủy ban nhân dân Thành phố yêu cầu:\n\n1.3.2. Các sở: Nông nghiệp và\nMôi trường, Xây dựng, Quy hoạch - Kiến trúc, "
        "Nội vụ và UBND các xã, phường và\ncác đơn vị có liên quan: Các Sở, ngành, có ý kiến thẩm định đối với các nội\n"
        "dung của Hồ sơ mời thầu bảo đảm tiến độ và chất lượng.\n")
    assert {("Sở Nông nghiệp và Môi trường", "lead"), ("Sở Xây dựng", "lead"), ("Sở Quy hoạch - Kiến trúc", "lead"),
            ("Sở Nội vụ", "lead")} <= entries
    assert ("Các sở", "lead") not in entries


@pytest.mark.parametrize("text", [
    # one name after the colon is no list of members: the plural stays as printed
    PLAN_TASKS + "1. Ủy ban nhân dân các xã: thực hiện rà soát hộ nghèo.\n",
    # a colon that opens the task, not members ("Các sở: chủ động …")
    PLAN_TASKS + "1. Các sở: chủ động tham mưu triển khai Kế hoạch.\n",
])
def test_a_plural_without_members_stays_whole(text):
    assert all(" xã " not in agency and not agency.startswith("Sở ") for agency, _ in assignment_entries(text))


@pytest.mark.parametrize("text, partner", [
    # (Đồng Tháp KH 556/2025, VI.2) "phối hợp cùng" names partners as "phối hợp với" does; a kind of
    # body that belongs to the ministries is a class of partners, not a generic one
    ("VI. TỔ CHỨC THỰC HIỆN\n\n2. Sở Tài chính có trách nhiệm thường xuyên phối hợp\ncùng các cơ quan chuyên môn thuộc "
     "các bộ, ngành Trung ương trong việc hỗ trợ vốn, khoa học và công nghệ.\n",
     "Các cơ quan chuyên môn thuộc các bộ, ngành Trung ương"),
    # (Thái Nguyên QĐ 27/2025, Điều 4.7.b) units of a named ministry
    ("Điều 4. Trách nhiệm của các sở, ban, ngành thuộc tỉnh\n\n7. Bộ Chỉ huy Quân sự tỉnh\n\nb) Tham mưu, phối hợp với "
     "các đơn vị thuộc Bộ Quốc phòng, các sở, ban, ngành của tỉnh trong công tác bảo vệ an toàn công trình điện lực.\n",
     "Các đơn vị thuộc Bộ Quốc phòng"),
])
def test_kinds_of_body_belonging_to_the_ministries_are_partners(text, partner):
    assert (partner, "support") in assignment_entries(text)


@pytest.mark.parametrize("text", [
    # a kind of body with no owner named stays a generic partner (no entry)
    "VI. TỔ CHỨC THỰC HIỆN\n\n2. Sở Tài chính phối hợp cùng các cơ quan chuyên môn rà soát kinh phí.\n",
    "VI. TỔ CHỨC THỰC HIỆN\n\n2. Sở Tài chính phối hợp với các đơn vị thuộc Sở rà soát kinh phí.\n",
])
def test_kinds_of_body_without_a_ministry_stay_generic(text):
    assert not any(role == "support" and agency.lower().startswith("các ") for agency, role in assignment_entries(text))


@pytest.mark.parametrize("text, expected", [
    # (Thái Nguyên QĐ 27/2025, Điều 4.2.a and Điều 3) the departments "của tỉnh" are the ones the
    # decision names first "thuộc tỉnh": one entry per role, under the first name
    ("Điều 3. Các sở, ban, ngành thuộc tỉnh, Ủy ban nhân dân cấp xã chịu trách nhiệm thi hành.\n\n"
     "Điều 4. Trách nhiệm của các sở, ban, ngành thuộc tỉnh\n\n2. Sở Tài chính\n\na) Phối hợp các sở, ban, ngành của "
     "tỉnh, Ủy ban nhân dân cấp xã bố trí kinh phí bảo đảm an toàn điện.\n",
     ("Các sở, ban, ngành thuộc tỉnh", "Các sở, ban, ngành của tỉnh")),
    # (Hà Nội CV 6397/2025) the shorter "các sở, ngành của Thành phố" takes the fuller name
    ("Ủy ban nhân dân Thành phố yêu cầu:\n\n1. Các sở, ban, ngành thuộc Thành phố tiếp tục nghiên cứu, tuân thủ quy "
     "định.\n\n2. Sở Tài chính\n\n- Khẩn trương phối hợp với các sở, ngành của Thành phố để rà soát, hoàn thiện các "
     "thủ tục.\n",
     ("Các sở, ban, ngành thuộc Thành phố", "Các sở, ngành của Thành phố")),
])
def test_the_departments_of_a_place_keep_the_documents_fuller_name(text, expected):
    kept, dropped = expected
    agencies = {agency for agency, _ in assignment_entries(text)}
    assert kept in agencies and dropped not in agencies


def test_the_departments_of_other_places_stay_apart():
    entries = assignment_entries(
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ban, ngành thuộc tỉnh chủ động triển khai thực hiện.\n\n2. Sở Tài chính "
        "phối hợp với các sở, ngành của Trung ương rà soát kinh phí.\n")
    assert ("Các sở, ban, ngành thuộc tỉnh", "lead") in entries
    assert all(agency != "Các sở, ban, ngành thuộc tỉnh" for agency, role in entries if role == "support")


LETTER_DUTIES = ("Ủy ban nhân dân Thành phố yêu cầu:\n\n**2. Trách\nnhiệm của các đơn vị:**\n\n*2.1. Sở\nTài chính:*\n\n"
                 "- Chủ trì, tiếp tục phối hợp với các đơn vị có liên quan theo dõi công tác đấu thầu.\n\n*2.2.\n"
                 "Thanh tra Thành phố:*\n\n- Tăng cường công tác thanh tra hoạt động đấu thầu.\n")


def test_bare_units_over_items_that_name_their_bodies_only_group_them():
    # (Hà Nội CV 6397/2025, part 2) "Trách nhiệm của các đơn vị" names no one: its items do
    assert assignment_entries(LETTER_DUTIES) == {("Sở Tài chính", "lead"), ("Thanh tra Thành phố", "lead")}


def test_bare_units_over_items_of_work_stay_the_bearers():
    # (Cần Thơ QĐ 2610/2025, Điều 16, tune gold C019) items of work under the bare units: they bear them
    entries = assignment_entries(
        "Điều 16. Trách nhiệm của các cơ quan, đơn vị\n\n1. Thủ trưởng các cơ quan,\nđơn vị tổ chức triển khai thực "
        "hiện nghiêm túc Quy chế này.\n\n2. Phân công cán bộ, công chức,\nviên chức quản lý, sử dụng Hệ thống.\n")
    assert ("Các cơ quan, đơn vị", "lead") in entries


def test_the_means_after_addressees_end_their_names():
    # (Đồng Tháp KH 556/2025, VI.3) "bằng nhiều hình thức …" is how they act, then their verb
    entries = assignment_entries(
        "VI. TỔ CHỨC THỰC HIỆN\n\n3. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh bằng nhiều "
        "hình thức và phương pháp\nthích hợp, tổ chức tuyên truyền và vận động đoàn viên, hội viên và Nhân dân\ntích "
        "cực tham gia thực hiện Kế hoạch này.\n")
    assert entries == {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead"), ("Các Đoàn thể tỉnh", "lead")}


LETTER_OPENING = """**Kính gửi:**
|
- Các sở, ban, ngành thuộc Thành phố;
- Ủy ban nhân dân các xã, phường;
- Các Tổng công ty, công ty, đơn vị trực thuộc Thành phố.
|

Thực hiện chỉ đạo của Ban Thường
vụ Thành ủy tại Văn bản số 43-CV/TU ngày 12/11/2025 về việc tăng cường quản lý
công tác đấu thầu trên địa bàn Thành phố, UBND Thành phố yêu cầu các sở, ban,
ngành, UBND các xã, phường, Tổng công ty, công ty và các đơn vị trực thuộc
Thành phố tiếp tục nghiên cứu, tuân thủ thực hiện một số nội dung sau:

**1. Yêu cầu
chung:**

- Nghiên cứu, quán triệt và thực hiện nghiêm túc quy định pháp luật.
"""


def test_a_letters_request_of_its_content_gives_it_to_the_addressees_as_listed():
    # (Hà Nội CV 6397/2025, a crawl that opens at "Kính gửi")
    assert assignment_entries(LETTER_OPENING) == {
        ("Các sở, ban, ngành thuộc Thành phố", "lead"), ("Ủy ban nhân dân các xã, phường", "lead"),
        ("Các Tổng công ty, công ty, đơn vị trực thuộc Thành phố", "lead")}


def test_a_letter_without_a_request_of_its_content_gives_its_addressees_nothing():
    # (TP HCM CV 4085/2025, tune gold C037) a letter that reports and then decides: its items say who
    text = LETTER_OPENING.replace(
        "UBND Thành phố yêu cầu các sở, ban,\nngành, UBND các xã, phường, Tổng công ty, công ty và các đơn vị trực thuộc\n"
        "Thành phố tiếp tục nghiên cứu, tuân thủ thực hiện một số nội dung sau:",
        "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến như sau:")
    assert ("Các Tổng công ty, công ty, đơn vị trực thuộc Thành phố", "lead") not in assignment_entries(text)


COOPERATION_ONLY_ITEM = """VI. TỔ CHỨC THỰC HIỆN

1. Căn cứ Kế hoạch này,
các sở, ban, ngành cấp tỉnh nghiên cứu triển khai thực hiện.

2. Các sở, ban, ngành tỉnh
có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm thường xuyên phối hợp
cùng các cơ quan chuyên môn thuộc các bộ, ngành Trung ương trong việc hỗ trợ vốn,
khoa học và công nghệ, đào tạo phát triển nguồn nhân lực.
"""


def test_a_subject_qualified_by_its_concern_and_asked_only_to_cooperate_is_support():
    # (Đồng Tháp KH 556/2025, VI.2) the name ends before "tới việc …"; the item asks only cooperation
    entries = assignment_entries(COOPERATION_ONLY_ITEM)
    assert ("Các sở, ban, ngành tỉnh có liên quan", "support") in entries
    assert not any(agency.startswith("Các sở, ban, ngành tỉnh có liên quan") and role == "lead" for agency, role in entries)


def test_the_continuous_cooperation_of_a_support_subject_is_its_deadline():
    # (the same item) "thường xuyên phối hợp" is continuous for the collective (round-7 gold)
    from pipeline.deadlines import recognize_deadlines
    from pipeline.assignments import merge_assignments, find_assignments
    st = structure(COOPERATION_ONLY_ITEM)
    deadlines = recognize_deadlines(st, 2025, merge_assignments(find_assignments(st)), [])
    assert any(d.kind == "continuous" and d.agency == "Các sở, ban, ngành tỉnh có liên quan" for d in deadlines)


@pytest.mark.parametrize("text, lead", [
    # (Đắk Lắk CT 010/2025, tune gold C036) "phối hợp cung cấp thông tin": a task of its own
    ("IV. TỔ CHỨC THỰC HIỆN\n\n**2.** Các Sở, ban, ngành, UBND cấp xã theo chức năng quản lý của\nmình, có trách nhiệm "
     "phối hợp cung cấp thông tin thuộc thẩm quyền quản lý theo\nđề nghị của nhà đầu tư.\n", "Ủy ban nhân dân cấp xã"),
    # (Đồng Nai KH 179/2025, tune4) partners that cannot be read keep the subject lead
    ("IV. TỔ CHỨC THỰC HIỆN\n\nc) Các doanh nghiệp công nghệ số phối hợp với đầu mối\ncác bộ, ngành, các trường đại "
     "học, cao đẳng xây dựng chương trình đào tạo kỹ\nnăng chuyên ngành công nghệ thông tin.\n", "Các doanh nghiệp công nghệ số"),
])
def test_a_subject_that_cooperates_in_a_task_of_its_own_stays_lead(text, lead):
    assert (lead, "lead") in assignment_entries(text)


@pytest.mark.parametrize("text, expected", [
    # (Thái Nguyên QĐ 27/2025, Điều 14.2) "quản lý vận hành" is the units' name, "tổ chức" their verb
    ("Điều 14. Tổ chức thực hiện\n\n2. Các đơn vị quản lý vận hành công trình điện lực tổ chức thực hiện Quy định "
     "này; thực hiện báo cáo theo quy định.\n", "Các đơn vị quản lý vận hành công trình điện lực"),
    ("Điều 14. Tổ chức thực hiện\n\n2. Các đơn vị quản lý, vận hành hồ chứa nước tổ chức thực hiện Quy định này.\n",
     "Các đơn vị quản lý, vận hành hồ chứa nước"),
])
def test_management_and_operation_stay_in_the_units_name(text, expected):
    assert (expected, "lead") in assignment_entries(text)


CLOSING_REQUEST = """VI. TỔ CHỨC THỰC HIỆN

1. Căn cứ Kế hoạch này,
các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường nghiên cứu triển
khai thực hiện.

Trong quá trình triển
khai thực hiện, nếu có phát sinh khó khăn, vướng mắc cần phải điều chỉnh, đề
nghị các sở, ban, ngành, đơn vị chức năng có liên quan và Ủy ban nhân dân các
xã, phường kịp thời báo cáo về Sở Nông nghiệp và Môi trường để tổng hợp.
"""


def test_the_closing_request_to_report_trouble_gives_no_entry():
    # (Đồng Tháp KH 556/2025, end of VI) the bodies already tasked are asked to report trouble
    entries = assignment_entries(CLOSING_REQUEST)
    assert ("Các sở, ban, ngành, đơn vị chức năng có liên quan", "lead") not in entries
    assert ("Các sở, ban, ngành cấp tỉnh", "lead") in entries


def test_a_request_after_trouble_that_gives_other_work_stays():
    # a request that gives work of its own, not a report of the trouble, keeps its addressee
    entries = assignment_entries(CLOSING_REQUEST.replace("kịp thời báo cáo về Sở Nông nghiệp và Môi trường để tổng hợp",
                                                         "chủ động điều chỉnh kế hoạch của đơn vị"))
    assert any(agency.startswith("Các sở, ban, ngành, đơn vị chức năng") for agency, _ in entries)


ELECTRICITY_RULES = """Điều 4. Trách nhiệm của các sở, ban, ngành thuộc tỉnh

1. Sở Xây dựng

c) Chỉ đạo các đơn vị chuyên
môn trực thuộc phối hợp với các sở, ban, ngành của tỉnh, Ủy ban nhân dân cấp
xã, các đơn vị điện lực kịp thời kiểm tra, xử lý, giải quyết theo thẩm quyền.

Điều 6. Trách nhiệm của các đơn vị điện lực

1. Các đơn vị điện lực có trách nhiệm kiểm tra, giám sát hành lang an toàn lưới điện.
"""


def test_a_kind_of_body_given_work_of_its_own_is_a_partner_where_a_list_names_it():
    # (Thái Nguyên QĐ 27/2025, Điều 4.3.c and Điều 6; round-7 rule 8)
    entries = assignment_entries(ELECTRICITY_RULES)
    assert {("Các đơn vị điện lực", "lead"), ("Các đơn vị điện lực", "support")} <= entries


def test_a_kind_of_body_never_given_work_stays_a_generic_partner():
    # (units named by a trade of models/business_sectors.txt are a named kind, partners even where
    # the document gives them no work of their own: "Chủ trì, phối hợp các đơn vị điện lực trên địa
    # bàn tỉnh …", Nghệ An KH 987/2025, tune13 gold N04 IV.3 — so this cut of Điều 4 keeps them;
    # a kind by no trade stays generic: "các đơn vị chuyên môn trực thuộc")
    entries = assignment_entries(ELECTRICITY_RULES.split("Điều 6.")[0])
    assert ("Các đơn vị điện lực", "support") in entries
    assert not any(agency.startswith("Các đơn vị chuyên môn") for agency, _ in entries)


def test_a_generic_group_given_work_is_no_class_of_partners():
    # (Phú Thọ QĐ 102/2025, tune2 gold C020) "các cơ quan, đơn vị có liên quan" stays generic as partner
    entries = assignment_entries(
        "Điều 5. Trách nhiệm thi hành\n\n1. Các cơ quan, đơn vị có liên quan tổ chức thực hiện Quy chế này.\n\n"
        "2. Sở Nội vụ\n\nb) Phối hợp với các cơ quan, đơn vị có liên quan tuyên truyền, phổ biến các nội dung.\n")
    assert ("Các cơ quan, đơn vị có liên quan", "support") not in entries
