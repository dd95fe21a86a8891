"""Shapes of agency names and lists that general Vietnamese administrative writing uses and the
readers had missed (issue #11, assignments on unseen documents): each table holds real
sentences of the tuned-on corpus (tests/data/corpus/text, stem named on each row), as
normalized, with the entries an analyst records."""

import pytest

from pipeline.agencies import agency_extent
from pipeline.assignments import find_assignments, merge_assignments
from tests.support.texts import assignment_entries, structure


# ------------------------------------------------ a post of a committee named "Ủy ban MTTQ"
# The word tagger splits "Ủy | ban" after a post ("Thường trực Ủy ban MTTQ …"): the name read
# stopped at "Thường trực Ủy" and the partner was dropped as a post cut short.
@pytest.mark.parametrize("text, name", [
    # C022_nghean-qd98-2025-quy-che-kien-nghi-cu-tri, Điều 8.2
    ("Thường trực Ủy ban MTTQ Việt Nam cùng cấp thực hiện phân loại kiến nghị",
     "Thường trực Ủy ban MTTQ Việt Nam cùng cấp"),
    # 14_luongminh-quangninh-kh-2025-kiem-tra-giam-sat-bau-cu
    ("Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh về kết quả", "Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh"),
    ("Thường trực Ủy ban MTTQ xã thành lập Đoàn kiểm tra", "Thường trực Ủy ban MTTQ xã"),
    # unchanged: a post of a body named in full or abbreviated
    ("Thường trực Ủy ban nhân dân tỉnh thực hiện", "Thường trực Ủy ban nhân dân tỉnh"),
    ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh thực hiện", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
])
def test_post_of_a_front_committee_named_whole(text, name):
    assert text[:agency_extent(text)] == name


def test_partner_post_of_a_front_committee():
    # C022_nghean-qd98-2025-quy-che-kien-nghi-cu-tri, Điều 8.2
    article = ("Điều 8. Trách nhiệm của Ủy ban nhân dân cấp xã\n\n2. UBND cấp xã có trách nhiệm phối hợp chặt chẽ với\n"
               "Thường trực Ủy ban MTTQ Việt Nam cùng cấp thực hiện phân loại kiến nghị đầy đủ,\n"
               "rõ ràng và đúng thẩm quyền, chuyển đến cơ quan có thẩm quyền giải quyết.\n")
    assert ("Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp", "support") in assignment_entries(article)


# ------------------------------------------- a post as the subject after an opening clause
# A post heading its body is a subject on its own ("Chủ tịch Ủy ban nhân dân cấp xã chỉ đạo …");
# after an opening clause ("Căn cứ …, chậm nhất là ngày …,") it was not looked for.  The
# province's council named before a class of councils is two bodies.  A post after a clause
# that has begun the predicate is one the work is proposed to, no subject.
_STEPS = "II. NỘI DUNG, TRÌNH TỰ, THỦ TỤC\n\n1. Hiệp thương lần thứ nhất\n\n"


@pytest.mark.parametrize("text, present, absent", [
    # C054_quangninh-mttq-hd-2025-quy-trinh-hiep-thuong, Bước một.B
    (_STEPS + "Căn cứ vào kết quả hiệp thương lần thứ nhất, chậm nhất là ngày 15 tháng 12 năm 2025, Thường trực "
     "Hội đồng nhân dân tỉnh, cấp xã tiến hành điều chỉnh cơ cấu, thành phần, số lượng người của cơ quan, tổ chức, "
     "đơn vị được giới thiệu ứng cử đại biểu Hội đồng nhân dân cấp mình.\n",
     {("Thường trực Hội đồng nhân dân tỉnh", "lead"), ("Thường trực Hội đồng nhân dân cấp xã", "lead")}, set()),
    # C020_phutho-qd102-2025-quy-che-tin-nguong-ton-giao, Điều 5.3: the post is in the predicate
    ("Điều 5. Trách nhiệm của các cơ quan\n\n3. Căn cứ chức năng quản lý, ngành, lĩnh vực, phạm\nvi quản lý, phối "
     "hợp với Sở Dân tộc và Tôn giáo tham mưu trình Ủy ban nhân dân\ntỉnh, Chủ tịch UBND tỉnh ban hành văn bản quy "
     "phạm pháp luật và các văn bản\nkhác để thực hiện quản lý nhà nước về tín ngưỡng, tôn giáo trên địa bàn.\n",
     {("Sở Dân tộc và Tôn giáo", "support")}, {("Chủ tịch Ủy ban nhân dân tỉnh", "lead")}),
    # C022_nghean-qd98-2025-quy-che-kien-nghi-cu-tri, Điều 9.4: so here
    ("Điều 9. Trách nhiệm của Văn phòng HĐND - UBND cấp xã\n\n4. Trong thời hạn 10 ngày làm việc kể từ ngày\nnhận "
     "được kiến nghị, phải tham mưu cho UBND, Chủ tịch UBND cùng cấp có văn bản\nthông báo kèm theo văn bản đã "
     "thông báo kết quả giải quyết.\n",
     set(), {("Chủ tịch Ủy ban nhân dân cùng cấp", "lead")}),
])
def test_post_after_an_opening_clause(text, present, absent):
    entries = assignment_entries(text)
    assert present <= entries and not absent & entries


# ------------------------------------- a body named in lower case after an opening clause
# A sentence names a body in lower case ("chính quyền địa phương", "cơ quan Tài chính"): after an
# opening clause, the circumstances of a duty too ("Trong điều kiện …,"), it is the subject.
@pytest.mark.parametrize("text, present", [
    # C023_quangninh-qd96-2025-quy-dinh-pccc-rung, Điều 10.5.đ
    ("Điều 10. Quản lý sản xuất lâm nghiệp, hoạt động xử lý thực bì\n\n5. Xử lý thực bì\n\nđ) Trong điều kiện "
     "thời tiết nắng nóng, khô hanh kéo dài, có thông tin dự báo cháy\nrừng từ cấp III trở lên, chính quyền địa "
     "phương phải thông báo trên phương tiện\nthông tin đại chúng và tuyên truyền chủ rừng hạn chế đốt xử lý thực bì.\n",
     {("Chính quyền địa phương", "lead")}),
    # M07_laichau-qd88-2025-quy-che-phoi-hop-dang-ky-dat-dai, Điều 11.3.a
    ("Điều 11. Trách nhiệm của các cơ quan khác có liên quan\n\n3. Trách nhiệm của Sở Tài chính\n\na) Trên cơ sở "
     "đề xuất của Sở\nNông nghiệp và Môi trường, cơ quan Tài chính tổng hợp tham mưu Uỷ ban nhân dân\ntỉnh trình "
     "Hội đồng nhân dân tỉnh ban hành sửa đổi, bổ sung mức thu phí.\n",
     {("Cơ quan Tài chính", "lead")}),
])
def test_lower_case_subject_after_an_opening_clause(text, present):
    assert present <= assignment_entries(text)


# ----------------------------------------- the departments and localities beside a named partner
# "các sở, ngành, địa phương" alone names no one in particular (a generic partner); listed with a
# named partner it is one of the partners, as "các sở, ban, ngành" already was.
@pytest.mark.parametrize("text, present", [
    # 06_bacninh-kh144-2025-kinh-te-so-xa-hoi-so, VI.13
    ("VI. TỔ CHỨC THỰC HIỆN\n\n**13. Báo và\nPhát thanh, Truyền hình tỉnh và các cơ quan báo chí đóng trên địa bàn**\n\nChủ trì, phối hợp chặt chẽ với\n"
     "Sở Khoa học và Công nghệ, các sở, ngành, địa phương triển khai tuyên truyền thường\nxuyên, sâu rộng về "
     "nội dung Kế hoạch.\n",
     {("Sở Khoa học và Công nghệ", "support"), ("Các sở, ngành, địa phương", "support")}),
    # 10_dongnai-kh179-2025-kinh-te-so-xa-hoi-so, VI.15
    ("VI. TỔ CHỨC THỰC HIỆN\n\n**15.** Báo và Phát thanh, Truyền hình Đồng Nai chủ động phối hợp với\nSở Khoa học "
     "và Công nghệ và các sở, ngành, địa phương xây dựng và phê duyệt kế\nhoạch tổ chức tuyên truyền.\n",
     {("Sở Khoa học và Công nghệ", "support"), ("Các sở, ngành, địa phương", "support")}),
])
def test_departments_and_localities_beside_a_named_partner(text, present):
    assert present <= assignment_entries(text)


def test_departments_and_localities_alone_name_no_partner():
    # C060_lamdong-kh-2026-du-thao-phong-chong-ma-tuy-xa-phuong, III.3 (unchanged: a generic partner
    # alone, as most annotated rounds leave it out)
    text = ("III. TỔ CHỨC THỰC HIỆN\n\n3. Sở Văn hóa, Thể thao và Du lịch\n\n3.2. Định hướng và phối hợp chặt chẽ "
            "với các sở, ban, ngành, địa phương đẩy mạnh các hoạt động tuyên truyền.\n")
    assert ("Các sở, ban, ngành, địa phương", "support") not in assignment_entries(text)


# -------------------------------------------------- partners in the items of a body's article
# "Điều 21. Sở Khoa học và Công nghệ / 2. Chủ trì, phối hợp với Văn phòng UBND tỉnh …": the article
# names the body, its items its work, the partners they name are support entries (they were read
# only where an item itself named a body, or under a task part).
@pytest.mark.parametrize("text, present", [
    # 11_ninhbinh-qd163-2025-quy-che-he-thong-tthc, Điều 21.2
    ("**Điều 21. Sở\nKhoa học và Công nghệ**\n\n1. Phối hợp với cơ quan, đơn vị\nquản lý, vận hành, bảo đảm cho Hệ "
     "thống thông tin giải quyết TTHC tỉnh hoạt động\nthông suốt.\n\n2. Chủ trì, phối hợp với Văn\nphòng UBND tỉnh "
     "và các cơ quan liên quan triển khai các phương án, giải pháp kết\nnối, tích hợp Hệ thống thông tin giải "
     "quyết TTHC tỉnh với Cổng dịch vụ công Quốc\ngia.\n",
     {("Sở Khoa học và Công nghệ", "lead"), ("Văn phòng Ủy ban nhân dân tỉnh", "support")}),
    # 11_ninhbinh-qd163-2025-quy-che-he-thong-tthc, Điều 24.2 (the department read whole: models/agency_names.txt;
    # with its ministry after the comma, as the gold writes it: models/units_with_their_parent.tsv, round 27)
    ("**Điều 24.\nCông an tỉnh**\n\n2. Phối hợp với Cục Cảnh sát quản\nlý hành chính về trật tự xã hội, Bộ Công an "
     "quản lý, phê duyệt/hủy bỏ, theo dõi\nvà trích xuất thống kê tình hình khai thác Cơ sở dữ liệu quốc gia về "
     "dân cư.\n",
     {("Công an tỉnh", "lead"), ("Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an", "support")}),
])
def test_partners_in_the_items_of_a_bodys_article(text, present):
    assert present <= assignment_entries(text)


def test_items_describing_a_body_give_no_work():
    # M10_quangtri-qd2696-2025-dieu-le-quy-bao-ve-moi-truong, Điều 7: the board's make-up, no work
    text = ("**Điều 7. Ban\nKiểm soát Quỹ**\n\n1. Ban Kiểm soát gồm có Trưởng\nban và các thành viên. Số lượng Ban "
            "Kiểm soát gồm 03 người.\n\n2. Các thành viên Ban Kiểm soát\nhoạt động theo chế độ kiêm nhiệm và được "
            "hưởng chế độ theo quy định của Nhà nước.\n")
    assert {name for name, _ in assignment_entries(text)} <= {"Ban Kiểm soát Quỹ"}


# --------------------------------------------------- the place after "trên địa bàn", as printed
# A body named in lower case ends at "trên địa bàn" only when no place follows: "cơ quan thông
# tấn, báo chí trên địa bàn Thành phố" is the name the gold writes (as "… trên địa bàn tỉnh").
@pytest.mark.parametrize("text, name", [
    # M04_hochiminh-qd2853-2025-rui-ro-thien-tai-cong-dong, V.1
    ("cơ quan thông tấn, báo chí trên địa bàn Thành phố thực hiện phổ biến, tuyên truyền",
     "cơ quan thông tấn, báo chí trên địa bàn Thành phố"),
    # C023_quangninh-qd96-2025-quy-dinh-pccc-rung, Điều 5.2: no place after it
    ("cơ quan Kiểm lâm trên địa bàn tổ chức cung cấp thông tin", "cơ quan Kiểm lâm trên địa bàn"),
])
def test_place_after_on_the_territory(text, name):
    assert text[:agency_extent(text)] == name


def test_partner_on_the_citys_territory():
    # M04_hochiminh-qd2853-2025-rui-ro-thien-tai-cong-dong, V.1
    text = ("V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Văn hóa và Thể thao\n\n- Chủ trì, phối hợp với cơ quan\nthông tấn, báo chí "
            "trên địa bàn Thành phố thực hiện phổ biến, tuyên truyền về\ncác hoạt động trong phòng chống thiên tai.\n")
    assert ("Cơ quan thông tấn, báo chí trên địa bàn Thành phố", "support") in assignment_entries(text)


def test_a_bodys_own_check_ends_its_name():
    # M02_hochiminh-cv10283-2025-cho-thue-lai-lao-dong: "tự kiểm tra" is the addressees' work, no word
    # of their name (read "… trên địa bàn Thành phố tự" before)
    text = ("**Kính gửi:** Các\nDoanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh\n\n"
            "Nhằm đảm bảo thực hiện các quy định pháp luật lao động\nvề hoạt động cho thuê lại lao động. Sở Nội vụ đề "
            "nghị các doanh nghiệp có hoạt\nđộng cho thuê lại lao động trên địa bàn Thành phố tự kiểm tra, đánh giá "
            "việc thực\nhiện quy định pháp luật trong hoạt động cho thuê lại lao động.\n")
    names = {name for name, _ in assignment_entries(text)}
    assert "Các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố" in names
    assert not any(name.endswith(" tự") for name in names)


# ------------------------------------------------ the plan's assignees named by their part
# "Các đơn vị được giao thực hiện các nhiệm vụ thuộc Kế hoạch …" names the bodies the plan gives work,
# where that work is given; the name read stopped at "được giao" and left "Các đơn vị" as a lead.
@pytest.mark.parametrize("text, absent", [
    # 04_hanoi-kh308-2025-du-lieu-chuyen-doi-so, II.4.1.a
    ("II. NHIỆM VỤ, GIẢI PHÁP\n\n**4. Về nguồn\nlực**\n\n**4.1. Kinh\nphí thực hiện**\n\na) Nhiệm vụ: Các đơn vị được\n"
     "giao thực hiện các nhiệm vụ thuộc Kế hoạch lập dự toán kinh phí và chủ động cân\nđối kinh phí phát sinh từ "
     "nguồn kinh phí ngân sách nhà nước UBND Thành phố đã\ngiao năm 2025.\n",
     ("Các đơn vị", "lead")),
])
def test_the_plans_assignees_named_by_their_part(text, absent):
    assert absent not in assignment_entries(text)


# ------------------------------------------------------------- a project's owner as a subject
# "Chủ đầu tư" (a public works project's owner) is given duties as "Nhà đầu tư" is; the name was
# read "Chủ" (the tagger splits "Chủ | đầu tư") and, one word, dropped.
def test_project_owner_is_a_subject():
    # C050_hue-bchpctt-tb254-2022-canh-bao-mua-to-dong, item 4
    text = ("Để chủ động ứng phó với diễn biến xấu của thời tiết, Văn phòng Ban Chỉ\n huy PCTT và TKCN tỉnh đề nghị Ban "
            "Chỉ huy PCTT và TKCN các huyện, thị xã\n và thành phố Huế; các sở, ban ngành trong tỉnh triển khai các nội "
            "dung sau:\n       1. Thường xuyên theo dõi diễn biến xấu thời tiết.\n       4. Chủ đầu tư chỉ đạo các nhà "
            "thầu đang thi công công trình giao thông, xây\n dựng, thủy lợi…, có phương án đảm bảo an toàn phương tiện, "
            "thiết bị, vật tư thi công.\n")
    assert ("Chủ đầu tư", "lead") in assignment_entries(text)
    assert "Chủ đầu tư chỉ đạo các nhà thầu"[:agency_extent("Chủ đầu tư chỉ đạo các nhà thầu")] == "Chủ đầu tư"


def test_consultant_named_by_its_kind_is_a_partner():
    # M01_hanoi-cv6397-2025-quan-ly-dau-thau, 1.3.1.a: "đơn vị tư vấn" names the consultant (models/name_complements.txt)
    text = ("*1.3.1. Đề nghị UBND các xã,\nphường, các đơn vị được giao làm Bên mời thầu dự án đấu thầu lựa chọn nhà đầu\n"
            "tư:*\n\na. Nhận thức và nâng cao vai\ntrò, trách nhiệm của Bên mời thầu:\n\nChủ động nghiên cứu các quy định\n"
            "và hướng dẫn liên quan đến đấu thầu lựa chọn nhà đầu tư; lựa chọn đơn vị tư vấn\nđảm bảo chất lượng; phối "
            "hợp cùng đơn vị tư vấn rà soát kỹ, đảm bảo hồ sơ trình\ntuân thủ quy định.\n")
    assert ("Đơn vị tư vấn", "support") in assignment_entries(text)


# ------------------------------------------------ the grassroots security force in a list of forces
# "lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở" is one body (the 2023 law of that name), its
# words in lower case, a comma inside; the list ended before it and, its verb hidden, gave no one.
def test_grassroots_security_force_in_a_list_of_forces():
    # C023_quangninh-qd96-2025-quy-dinh-pccc-rung, Điều 11.2.c
    text = ("Điều 11. Huy động lực lượng, phương tiện chữa cháy rừng\n\n2. Các lực lượng có trách nhiệm chữa cháy:\n\nc)\n"
            "Lực lượng công an, dân quân tự vệ, lực lượng tham gia bảo vệ an ninh, trật tự ở\ncơ sở có trách nhiệm tổ chức "
            "giữ gìn trật tự, bảo vệ khu vực chữa cháy và tham gia chữa cháy\nrừng.\n")
    assert {("Lực lượng công an", "lead"), ("Dân quân tự vệ", "lead"),
            ("Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "lead")} <= assignment_entries(text)


# ------------------------------------------------- a long heading that lists addressees by ";"
# A heading over 30 words was read as a sentence unless each name was short; a list parted by ";"
# with no verb among its words is a list of addressees however long a name (a post of a collective
# with its qualifiers).
def test_long_heading_of_addressees_parted_by_semicolons():
    # C038_hcm-cv4240-2025-csdl-can-bo-cong-chuc-vien-chuc, item 1 (the letter's "Ủy ban nhân Thành phố" slip kept)
    text = ("Để hoàn thành việc cập nhật, Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n\n"
            "**1. Giao người đứng đầu các\ncơ quan chuyên môn, cơ quan hành chính khác,** **các đơn vị sự nghiệp công\n"
            "lập trực thuộc Ủy ban nhân Thành phố; Chủ tịch** **Ủy ban nhân dân các xã, phường\nvà đặc khu**\n\n"
            "- Tiếp tục triển khai việc cập\nnhật cơ sở dữ liệu của toàn bộ cán bộ, công chức, viên chức.\n")
    entries = assignment_entries(text)
    assert ("Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu", "lead") in entries
    assert any(name.startswith("Người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp")
               for name, _ in entries)


def test_departments_and_units_beside_a_named_partner():
    # 05_bacninh-kh141-2025-nang-luc-xay-dung-chinh-sach, IV.2: "các Sở, ban, ngành, đơn vị" listed with
    # "UBND cấp xã" is one of the partners, as "các Sở, ban, ngành" is (the units' word among the group's)
    text = ("IV. TỔ CHỨC THỰC HIỆN\n\n2. Sở Tài chính chủ trì,\nphối hợp với các Sở, ban, ngành, đơn vị và UBND cấp xã "
            "bố trí kinh phí chi thường\nxuyên trong dự toán ngân sách nhà nước hàng năm.\n")
    assert ("Các Sở, ban, ngành, đơn vị", "support") in assignment_entries(text)


def test_kind_of_body_the_province_owns_is_a_partner():
    # M08_thainguyen-qd27-2025-quan-ly-an-toan-dien, Điều 4.5: "các cơ quan thông tin truyền thông của tỉnh"
    # is the province's own media (a named collective, as "… cấp tỉnh" is), not a generic kind
    text = ("Điều 4. Trách nhiệm của các sở, ban, ngành\n\n5. Sở Văn hóa, Thể thao và Du lịch\nquản lý về công tác "
            "thông tin tuyên truyền, chủ trì phối hợp với Báo và Phát thanh,\nTruyền hình Thái Nguyên và các cơ quan "
            "thông tin truyền thông của tỉnh, căn cứ\nchức năng nhiệm vụ có trách nhiệm tham gia, tuyên truyền.\n")
    assert ("Các cơ quan thông tin truyền thông của tỉnh", "support") in assignment_entries(text)


# ------------------------------------------- a list of heads of different kinds of body, then the verb
# A post heading a group of bodies ("Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh", the kind
# without "các" too: "Thủ trưởng cơ quan chuyên môn …") was read only up to the group's first
# lower-case qualifier: the list then ran on over the next post as one entry, or (in a paragraph) gave
# none.  The heads of each kind of body are an entry each, as the calibration gold writes them (C020
# Điều 17.2: "Thủ trưởng các sở, ban, ngành tỉnh" and "Chủ tịch Ủy ban nhân dân các xã, phường"); the
# heads of the province's departments named post by post stay one collective ("Giám đốc các sở, Thủ
# trưởng các ban, ngành …", gold C009, C035).  The first three rows are the shape as such plans and
# directives print it (no tuned-on text has it before a verb).
_PLAN_PART = "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chủ trì, theo dõi việc thực hiện Kế hoạch.\n\n"
_DIRECTIVE_PART = ("CHỈ THỊ\nVề tăng cường công tác cải cách hành chính\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
                   "1. Về cải cách thủ tục hành chính\n\n")


@pytest.mark.parametrize("text, present", [
    (_PLAN_PART + "2. Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh, Chủ tịch UBND các xã, phường chủ trì triển "
     "khai thực hiện Kế hoạch này.\n",
     {("Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "lead"),
      ("Chủ tịch Ủy ban nhân dân các xã, phường", "lead")}),
    (_DIRECTIVE_PART + "Giám đốc các sở, Thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh, Chủ tịch UBND các xã, phường "
     "chủ trì rà soát, cắt giảm thủ tục hành chính.\n",
     {("Giám đốc các sở, Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "lead"),
      ("Chủ tịch Ủy ban nhân dân các xã, phường", "lead")}),
    (_DIRECTIVE_PART + "Người đứng đầu các sở, ban, ngành, Chủ tịch UBND các xã, phường chủ trì rà soát, cắt giảm "
     "thủ tục hành chính.\n",
     {("Người đứng đầu các sở, ban, ngành", "lead"), ("Chủ tịch Ủy ban nhân dân các xã, phường", "lead")}),
    # the departments' posts named first, their group after the last (the opening request of Cần Thơ CT
    # 09/2025, calibration C035, "Giám đốc, Thủ trưởng các sở, ban ngành, Chủ tịch …", as an item; round-28
    # review: the heads were dropped as a generic group after the bare "Giám đốc")
    (_PLAN_PART + "2. Giám đốc, Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường chủ trì triển khai thực "
     "hiện Kế hoạch này.\n",
     {("Giám đốc, Thủ trưởng các sở, ban, ngành", "lead"), ("Chủ tịch Ủy ban nhân dân các xã, phường", "lead")}),
    # C030_laichau-qd87-2025-nep-song-van-minh-cuoi-tang (Lai Châu QĐ 87/2025), Điều 12.1: the gold's two
    ("Điều 12. Trách nhiệm tổ chức thực hiện\n\n1. Thủ trưởng các cơ quan,\nđơn vị, doanh nghiệp, tổ chức chính trị - "
     "xã hội, hội quần chúng; Chủ tịch Ủy\nban nhân dân cấp xã có trách nhiệm quán triệt, phổ biến, giáo dục, động "
     "viên,\nquản lý cán bộ, công chức, viên chức trong cơ quan đơn vị mình gương mẫu đi đầu\nvà hướng dẫn Nhân dân "
     "thực hiện Quy định này.\n",
     {("Thủ trưởng các cơ quan, đơn vị, doanh nghiệp, tổ chức chính trị - xã hội, hội quần chúng", "lead"),
      ("Chủ tịch Ủy ban nhân dân cấp xã", "lead")}),
    # unchanged: the departments' heads one collective, the communes' heads another (gold C009)
    (_PLAN_PART + "2. Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh, Chủ tịch UBND các xã, phường chủ "
     "trì triển khai thực hiện Kế hoạch này.\n",
     {("Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh", "lead"),
      ("Chủ tịch Ủy ban nhân dân các xã, phường", "lead")}),
    # unchanged: a post again after a comma heads bodies of its own kind (C026_bcdnndl-qd170-2025, Điều 19)
    ("Điều 19. Trách nhiệm thi hành\n\nBộ trưởng, Thủ\ntrưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ "
     "tịch Ủy ban nhân\ndân tỉnh, thành phố trực thuộc trung ương có trách nhiệm tạo điều kiện để Ban\nChỉ đạo Nhà nước "
     "về du lịch hướng dẫn, kiểm tra các hoạt động.\n",
     {("Thủ trưởng cơ quan ngang bộ", "lead"), ("Thủ trưởng cơ quan thuộc Chính phủ", "lead")}),
])
def test_heads_of_different_kinds_of_body(text, present):
    entries = assignment_entries(text)
    assert present <= entries
    glued = {name for name, _ in entries if ", Chủ tịch" in name or ", Thủ trưởng cơ quan thuộc" in name}
    assert not glued


# The name reader itself reads a post whose words the word tagger splits ("Người | đứng | đầu") before
# a collective, as it reads "Thủ trưởng các sở, ban, ngành": it stopped at "Người".
@pytest.mark.parametrize("text, name", [
    # C022_nghean-qd98-2025-quy-che-kien-nghi-cu-tri, Điều 3.3 (as printed, its line break)
    ("Người đứng đầu các cơ quan, đơn vị chịu trách\nnhiệm trước UBND", "Người đứng đầu các cơ quan, đơn vị"),
    # the shape of the round-28 review (Chỉ thị / Kế hoạch of any province)
    ("Người đứng đầu các sở, ban, ngành, Chủ tịch UBND các xã, phường chủ trì", "Người đứng đầu các sở, ban, ngành"),
    ("Người đứng đầu các xã, phường thực hiện", "Người đứng đầu các xã, phường"),
    # unchanged: the post the tagger keeps whole, and one before a known kind of body
    ("Thủ trưởng các sở, ban, ngành tỉnh thực hiện", "Thủ trưởng các sở, ban, ngành tỉnh"),
    ("Người đứng đầu cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Người đứng đầu cơ quan ngang bộ"),
])
def test_post_before_a_collective_read_by_the_name_reader(text, name):
    assert text[:agency_extent(text)] == name


# The heads named again, by an opening request before the items or by the closing one after them,
# are the items' bodies asked again: no entry of their own (as the departments' collective is).
def test_opening_request_to_heads_restated_by_the_items():
    # C035_cantho-ct09-2025-tai-nguyen-nuoc-duoi-dat (Cần Thơ CT 09/2025): the opening request, items 8 and 10
    text = ("CHỈ THỊ\nVề tăng cường công tác quản lý tài nguyên nước dưới đất\n\nĐể bảo vệ sức khỏe cho người dân,\n"
            "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ yêu cầu Giám đốc, Thủ trưởng các sở,\nban ngành, Chủ tịch Ủy ban "
            "nhân dân xã, phường và các đơn vị liên quan trong phạm\nvi chức năng, quyền hạn của mình tập trung thực hiện "
            "các nhiệm vụ trọng tâm, cụ\nthể như sau:\n\n1. Sở Nông nghiệp và Môi trường\n\nTăng cường công tác tuyên "
            "truyền về tài nguyên nước.\n\n**8. Giám đốc\nSở, Thủ trưởng cơ quan, ban, ngành**\n\na) Phối hợp Sở Nông "
            "nghiệp và\nMôi trường tuyên truyền, phổ biến quy định của pháp luật về tài nguyên nước.\n\n10. Ủy ban nhân dân "
            "xã, phường\n\nĐẩy mạnh công tác phổ biến, tuyên truyền về tài nguyên nước.\n")
    entries = assignment_entries(text)
    assert ("Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành", "lead") in entries
    assert not {name for name, _ in entries if name.startswith(("Thủ trưởng các sở", "Chủ tịch"))}


def test_closing_request_to_heads():
    # N08_quangtri-ct06-2025 (Quảng Trị CT 06/2025): the closing request under the last point
    text = ("CHỈ THỊ\nVề tăng cường quản lý, bảo vệ rừng\n\n1. Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ\n\nThực "
            "hiện đầy đủ trách nhiệm quản lý nhà nước về lâm nghiệp.\n\n2. Sở Nông nghiệp và Môi trường\n\nTăng cường "
            "tham mưu, chỉ đạo quản lý nhà nước về rừng.\n\n6. Các sở, ban, ngành liên quan\ntheo chức năng nhiệm vụ được "
            "giao phối hợp với các địa phương, đơn vị, chủ rừng\ntriển khai thực hiện có hiệu quả Chỉ thị này.\n\nYêu cầu "
            "Giám đốc các sở, ban,\nngành; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ; Thủ trưởng các\ncơ "
            "quan, đơn vị có liên quan triển khai thực hiện nghiêm túc Chỉ thị này./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
            "Hoàng Nam\n")
    st = structure(text)
    names = {a.agency for a in merge_assignments(find_assignments(st), st)}
    assert not {name for name in names if name.startswith(("Giám đốc", "Chủ tịch", "Thủ trưởng"))}


def test_closing_request_to_cooperate_stays():
    # the departments asked to cooperate by the closing sentence stay partners (contract: "Đề nghị …
    # phối hợp" is support); only their heads are the items' bodies asked again (round-28 review, a
    # written closing after the items of a province's plan)
    text = ("KẾ HOẠCH\nVề cải cách hành chính\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\nChủ trì, theo dõi việc "
            "thực hiện Kế hoạch.\n\n2. Sở Tài chính\n\nBố trí kinh phí thực hiện.\n\nĐề nghị các sở, ban, ngành phối "
            "hợp với Sở Nội vụ triển khai thực hiện Kế hoạch này./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n")
    assert ("Các sở, ban, ngành", "support") in assignment_entries(text)


# The heads of bare unit words whose general duty a document states name no one, as the bare group
# does (the heads of a body given work of its own there are that body's entry,
# _heads_in_a_general_clause_dropped); a request to them stays (tests/test_assignments_shapes.py).
@pytest.mark.parametrize("text", [
    # C022_nghean-qd98-2025-quy-che-kien-nghi-cu-tri, Điều 3.3 (a principle of the regulation)
    "Điều 3. Nguyên tắc chung\n\n1. Sở Nội vụ chủ trì, theo dõi việc thực hiện.\n\n3. Người đứng đầu các cơ quan, đơn "
    "vị chịu trách\nnhiệm trước UBND, Chủ tịch UBND cùng cấp về việc giải quyết kiến nghị của cử\ntri.\n",
    # the same shape in a regulation's article on its bearers' duties
    "Điều 5. Trách nhiệm thi hành\n\n1. Sở Nội vụ chủ trì, theo dõi việc thực hiện.\n\n2. Thủ trưởng các cơ quan, đơn vị "
    "chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc thực hiện Quy chế này.\n",
])
def test_heads_of_bare_units_in_a_general_clause(text):
    assert not {name for name, _ in assignment_entries(text) if name.startswith(("Người đứng đầu", "Thủ trưởng"))}
