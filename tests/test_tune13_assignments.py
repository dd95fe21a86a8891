"""Assignment shapes of split tune13 (held out for eight rounds, tuned on from 0.15.0): Cần Thơ KH
165/2025 (N02, a plan whose bodies' work stands under "II. NỘI DUNG THỰC HIỆN"), Nghệ An KH 987/2025
(N04), Cần Thơ KH 159/2025 (N05), TP HCM QĐ 2820/2025 (N06), Hà Nội CV 6356/2025 and CV 6357/2025
(N09, N10: letters with numbered items per addressee).  Each case is cut from one of them as printed,
line breaks of the crawl kept; the negative cases from the tuned-on documents named beside them."""

import pytest

from tests.support.texts import assignment_entries


@pytest.mark.parametrize("text, expected", [
    # (Cần Thơ KH 165/2025, N02 II.2) an item of a part not titled as the tasks, the body's name alone
    ("**II. NỘI DUNG\nTHỰC HIỆN**\n\n**2. Sở Tài\nchính**\n\na) Phối hợp với Sở Y tế và các\nsở, ban, ngành, địa "
     "phương có liên quan tham mưu lồng ghép các\nmục tiêu về công tác dân số vào chương trình, kế hoạch phát triển "
     "kinh tế -\nxã hội của thành phố;\n",
     {("Sở Tài chính", "lead"), ("Sở Y tế", "support")}),
    # (N02 II.4) two bodies parted by ";"
    ("**II. NỘI DUNG\nTHỰC HIỆN**\n\n**4. Sở Văn\nhóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ**\n\n"
     "Chỉ đạo các cơ quan truyền\nthông, báo chí tăng thời lượng, nâng cao chất lượng các chương trình tuyên truyền\n"
     "về công tác dân số và phát triển.\n",
     {("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Báo và Phát thanh, Truyền hình Cần Thơ", "lead")}),
    # (N02 II.5) the departments named by their unit words
    ("**II. NỘI DUNG\nTHỰC HIỆN**\n\n**5. Sở, ban,\nngành liên quan**\n\nCăn cứ theo chức năng, nhiệm vụ,\nquyền hạn "
     "được giao, chủ động phối hợp với Sở Y tế trong việc tổ chức triển\nkhai thực hiện hiệu quả chủ trương, chính "
     "sách của Đảng về công tác dân số.\n",
     {("Sở, ban, ngành liên quan", "lead")}),
])
def test_a_body_named_alone_by_an_item_of_any_part_is_given_its_work(text, expected):
    assert expected <= assignment_entries(text)


@pytest.mark.parametrize("text", [
    # (Bắc Ninh KH 144/2025, tune 06 IV.6) sectors named as a topic, not the departments
    "**IV. PHÁT TRIỂN CÁC NGÀNH**\n\n**6. Các\nngành, lĩnh vực khác**\n\nCác ngành, lĩnh vực khác, căn cứ\ncác nội dung "
    "tại mục III của Kế hoạch\nnày, xây dựng và tổ chức triển khai Kế hoạch hành động phát triển kinh tế số.\n",
    # a part that tells why: its items name no one given work
    "**I. MỤC ĐÍCH, YÊU CẦU**\n\n**1. Sở Y tế**\n\nĐã chủ động tham mưu tổ chức triển khai công tác dân số.\n",
])
def test_no_body_is_read_from_a_topic_or_a_background_part(text):
    assert not any(role == "lead" and not agency.startswith("Sở Y tế") for agency, role in assignment_entries(text))
    assert ("Sở Y tế", "lead") not in assignment_entries(text)


def test_bodies_after_the_remit_and_a_verb_are_objects():
    # (Cần Thơ KH 165/2025, N02 II.3) "Căn cứ …, chỉ đạo các cơ sở …, các cơ sở … quản lý …": the
    # heading's body acts, the schools it directs are no subject
    entries = assignment_entries(
        "III. TỔ CHỨC THỰC HIỆN\n\n**3. Sở Giáo\ndục và Đào tạo**\n\nCăn cứ chức năng nhiệm vụ, chỉ\nđạo các cơ sở giáo "
        "dục phổ thông, các cơ sở giáo dục nghề nghiệp trực thuộc quản\nlý lồng ghép nội dung giáo dục dân số, sức khoẻ "
        "sinh sản, giới và giới tính cho\nhọc sinh, sinh viên trong nhà trường.\n")
    assert entries == {("Sở Giáo dục và Đào tạo", "lead")}


def test_a_roster_attached_to_a_letter_gives_no_one_work():
    # (Hà Nội CV 6356/2025, N09) the letter's last item names the service units, its annex lists them
    entries = assignment_entries(
        "**8. UBND\ncác xã, phường:**\n\n- Tăng cường kiểm tra, giám\nsát các công trường xây dựng trên địa bàn.\n\n"
        "UBND Thành phố yêu cầu các sở,\nban, ngành Thành phố, UBND các phường, xã khẩn trương thực hiện./.\n\n"
        "**PHỤ LỤC**\n\nDANH SÁCH CÁC ĐƠN VỊ THỰC HIỆN DỊCH VỤ, THU GOM,\nVẬN CHUYỂN, XỬ LÝ CHẤT THẢI RẮN SINH HOẠT\n\n"
        "*(kèm theo văn bản số:\n/UBND-NNMT ngày tháng năm 2025 của UBND\nThành phố)*\n\n"
        "1. Công ty TNHH MTV Môi trường\nĐô thị Hà Nội\n\n2. Công ty Cổ phần Môi trường\nĐô thị Gia Lâm\n\n"
        "3. Công ty Cổ phần Dịch vụ\nmôi trường Thăng Long\n\n15. Công ty Môi trường Hà Nội\n")
    assert ("Ủy ban nhân dân các xã, phường", "lead") in entries
    assert not any(agency.startswith("Công ty") for agency, _ in entries)


def test_a_code_of_law_cited_at_a_line_start_is_no_ministry():
    # (Hà Nội CV 6357/2025, N10 item 3) a citation a line break put at the line's start reads as an
    # article heading; its title is a code of law, no body
    entries = assignment_entries(
        "**3. Các\ncơ sở KCB BHYT trên địa bàn Thành phố**\n\n- Thường xuyên phổ biến,\nquán triệt cho nhân viên y tế "
        "về Điều 215 Tội gian lận BHYT. Nghiêm cấm các hành vi gian lận, trục lợi quỹ BHYT quy định tại Khoản 1\n"
        "Điều 215 Bộ luật Hình sự: *\"Lập hồ sơ bệnh án, kê đơn thuốc khống hoặc\nkê tăng số lượng\". *Chỉ thực hiện kê "
        "đơn, cấp thuốc khi có người\nbệnh.\n")
    assert not any(agency.startswith("Bộ") for agency, _ in entries)


def test_a_body_named_once_with_its_province_is_that_name_everywhere():
    # (Hà Nội CV 6357/2025, N10 items 1 and 2) "Sở Y tế" and "BHXH Thành phố" are the bodies its
    # items name with the city's name
    entries = assignment_entries(
        "UBND thành phố Hà Nội yêu cầu thực hiện một số nội\ndung sau:\n\n**1. Bảo\nhiểm xã hội thành phố Hà Nội**\n\n"
        "- Tiếp tục thực hiện công\ntác phân tích dữ liệu chi phí KCB BHYT; tiếp tục phối hợp với Sở Y tế tổ chức các "
        "buổi làm việc với cơ\nsở KCB có gia tăng cao.\n\n**2. Sở Y\ntế Hà Nội**\n\n- Phối hợp với BHXH Thành phố,\n"
        "căn cứ dữ liệu thanh toán thuốc BHYT của các cơ sở y tế, rà soát, đề xuất danh mục thuốc.\n")
    assert {("Bảo hiểm xã hội thành phố Hà Nội", "lead"), ("Sở Y tế Hà Nội", "support"), ("Sở Y tế Hà Nội", "lead"),
            ("Bảo hiểm xã hội thành phố Hà Nội", "support")} == entries


def test_a_body_of_the_province_by_its_unit_word_is_not_renamed_to_the_place_name():
    # (Quảng Ninh QĐ 96/2025, tune C023: its gold keeps "… truyền hình tỉnh" apart from "… Quảng Ninh")
    entries = assignment_entries(
        "Điều 5. Trách nhiệm\n\n1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Báo và Phát thanh, truyền hình "
        "tỉnh tổ chức dự báo, cảnh báo nguy cơ cháy rừng.\n\n2. Báo và Phát thanh, truyền hình Quảng Ninh tổ chức "
        "tuyên truyền quy định về phòng cháy, chữa cháy rừng.\n")
    assert ("Báo và Phát thanh, truyền hình tỉnh", "support") in entries


def test_the_communes_are_named_as_their_own_item_orders_their_kinds():
    # (Hà Nội CV 6356/2025, N09) the opening and a partner say "UBND các phường, xã", the item "8. UBND
    # các xã, phường:"
    entries = assignment_entries(
        "UBND Thành phố yêu cầu các Sở, ban, ngành, UBND các phường, xã thực\nhiện một số nhiệm vụ trọng tâm như sau:\n\n"
        "**1. Sở\nNông nghiệp và Môi trường:**\n\n- Phối hợp với UBND các phường,\nxã và lực lượng chức năng trong công "
        "tác tuyên truyền và kiểm tra.\n\n**8. UBND\ncác xã, phường:**\n\n- Tăng cường kiểm tra, giám\nsát các công trường "
        "xây dựng trên địa bàn.\n")
    assert {("Ủy ban nhân dân các xã, phường", "lead"), ("Ủy ban nhân dân các xã, phường", "support")} <= entries
    assert not any("phường, xã" in agency for agency, _ in entries)


def test_the_departments_an_opening_request_asks_are_given_their_work_by_the_items():
    # (Hà Nội CV 6357/2025, N10) "yêu cầu các Sở, ngành, UBND các xã, phường … thực hiện một số nội
    # dung sau:", then an item per body: the departments' collective is no entry of its own
    entries = assignment_entries(
        "Để thực hiện tốt chính sách\nBHYT; Ủy\nban nhân dân (UBND) thành phố Hà Nội yêu cầu các Sở, ngành, UBND các xã, "
        "phường\nvà các cơ sở KCB BHYT trên địa bàn Thành phố nghiêm túc thực hiện một số nội\ndung sau:\n\n**1. Bảo\n"
        "hiểm xã hội thành phố Hà Nội**\n\n- Tiếp tục thực hiện công\ntác phân tích dữ liệu chi phí KCB BHYT.\n\n**2. Sở Y\n"
        "tế Hà Nội**\n\n- Tăng cường chỉ đạo các cơ\nsở KCB thực hiện nghiêm túc các nội dung tại Chỉ thị.\n")
    assert ("Sở Y tế Hà Nội", "lead") in entries
    assert not any(agency.lower().startswith("các sở") for agency, _ in entries)


@pytest.mark.parametrize("text, lead, partner", [
    # (TP HCM QĐ 2820/2025, N06 IV.2 and IV.3) an item naming two bodies, its sentence making one lead
    # and the other its partner
    ("**IV. TỔ CHỨC\nTHỰC HIỆN**\n\n**2. Sở\nKhoa học và Công nghệ, Sở Nội vụ**\n\nSở Khoa học và Công nghệ chủ\ntrì, "
     "phối hợp với Sở Nội vụ và các đơn vị có liên quan tổ chức đào tạo, tập huấn\nvà tuyên truyền nhằm trang bị kiến "
     "thức cho cán bộ, công chức, viên chức.\n", "Sở Khoa học và Công nghệ", "Sở Nội vụ"),
    ("**IV. TỔ CHỨC\nTHỰC HIỆN**\n\n**3.\nCông An Thành phố, Bộ Tư lệnh Thành phố**\n\nCông an Thành phố chủ trì phối\n"
     "hợp với Bộ Tư lệnh Thành phố và các đơn vị có liên quan định kỳ kiểm tra, đánh\ngiá an toàn hệ thống.\n",
     "Công an Thành phố", "Bộ Tư lệnh Thành phố"),
])
def test_a_body_an_item_names_beside_its_lead_is_its_partner_when_the_sentence_says_so(text, lead, partner):
    entries = {(agency.lower(), role) for agency, role in assignment_entries(text)}
    assert (lead.lower(), "lead") in entries and (partner.lower(), "support") in entries
    assert (partner.lower(), "lead") not in entries


def test_bodies_an_item_names_that_share_the_work_stay_leads():
    # (Cần Thơ KH 165/2025, N02 II.4) no sentence makes one the other's partner
    entries = assignment_entries(
        "**II. NỘI DUNG\nTHỰC HIỆN**\n\n**4. Sở Văn\nhóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ**\n\n"
        "Chỉ đạo các cơ quan truyền\nthông, báo chí tăng thời lượng; phối hợp với\nSở Y tế xây dựng các chuyên trang.\n")
    assert {("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Báo và Phát thanh, Truyền hình Cần Thơ", "lead")} <= entries


def test_a_table_cell_holding_a_body_per_line_names_each():
    # (TP HCM QĐ 2820/2025, N06 Phụ lục IV.4) a row of two tasks: each cell holds a body per printed
    # line, the crawl joined the lines
    entries = assignment_entries(
        "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian dự kiến hoàn thành\n"
        "4 | Bố trí nhân lực đảm bảo đủ năng lực để thực hiện nhiệm vụ xây dựng, thu thập dữ liệu. Bố trí nhân lực "
        "đảm bảo đủ năng lực để quản lý, vận hành Hệ thống. | Các sở, ngành, UBND xã, phường, đặc khu Sở Tài chính | "
        "Sở Tài chính Các sở, ngành, UBND xã, phường, đặc khu | Năm 2026\n")
    assert {("Sở Tài chính", "lead"), ("Sở Tài chính", "support"), ("Ủy ban nhân dân xã, phường, đặc khu", "lead"),
            ("Các sở, ngành", "support")} <= entries
    assert not any("chính Các" in agency or "khu Sở" in agency for agency, _ in entries)


def test_the_units_given_tasks_named_by_their_part_are_no_new_entry():
    # (TP HCM QĐ 2820/2025, N06 IV.7) the plan's assignees named by their part
    entries = assignment_entries(
        "**IV. TỔ CHỨC\nTHỰC HIỆN**\n\n**7. Cơ chế\nphối hợp và trách nhiệm giải trình**\n\n- Các cơ quan, đơn vị được\n"
        "phân công nhiệm vụ có trách nhiệm thực hiện nghiêm túc theo đúng tiến độ, chất\nlượng.\n\n- Sở Tài chính định "
        "kỳ hằng\nquý tổng hợp báo cáo Ủy ban nhân dân Thành phố.\n")
    assert ("Sở Tài chính", "lead") in entries
    assert not any("phân công" in agency for agency, _ in entries)


def test_the_head_of_the_body_an_item_names_is_that_body():
    # (Hà Nội CV 6356/2025, N09 item 8) the chair of the communes' committees the item names
    entries = assignment_entries(
        "**8. UBND\ncác xã, phường:**\n\n- Chủ tịch UBND các phường,\nxã chịu trách nhiệm toàn diện trong việc quản lý "
        "chất lượng môi trường không\nkhí đối với các nguồn phát thải bụi, khí thải trên địa bàn.\n")
    assert entries == {("Ủy ban nhân dân các xã, phường", "lead")}


def test_the_members_a_class_of_partners_names_in_brackets_are_partners():
    # (Nghệ An KH 987/2025, N04 IV.1) the carriers named in brackets after their class
    entries = assignment_entries(
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Khoa học và Công nghệ**\n\n- Phối hợp chặt chẽ với các nhà mạng (Viettel "
        "Nghệ\nAn, VNPT Nghệ An, MobiFone Nghệ An) để xây dựng lộ trình, kế hoạch cụ thể triển\nkhai trạm phát sóng 5G "
        "và ứng dụng IoT tại các KCN.\n")
    assert {("Viettel Nghệ An", "support"), ("VNPT Nghệ An", "support"), ("MobiFone Nghệ An", "support")} <= entries


def test_a_short_form_in_brackets_is_no_partner():
    entries = assignment_entries(
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Khoa học và Công nghệ**\n\n- Phối hợp với các doanh nghiệp viễn thông "
        "(DNVT) triển khai trạm phát sóng 5G.\n")
    assert not any(agency == "DNVT" for agency, _ in entries)


def test_the_industrial_parks_investors_and_firms_are_bodies_of_their_items():
    # (Nghệ An KH 987/2025, N04 IV.5, IV.6) the investors as a class; "KCN" read out as the plan
    # defines it ("các Khu công nghiệp (viết tắt KCN)")
    entries = assignment_entries(
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n**5. Các chủ đầu tư xây dựng và\nkinh doanh hạ tầng Khu công nghiệp**\n\n"
        "- Tạo điều kiện về mặt bằng, các điều kiện cần thiết\nkhác cho việc lắp đặt thiết bị 5G và IoT.\n\n"
        "**6. Các doanh nghiệp thứ cấp\nđang hoạt động trong KCN**\n\n- Bảo vệ an toàn thiết bị và hạ tầng trong phạm vi\n"
        "quản lý.\n")
    assert {("Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp", "lead"),
            ("Các doanh nghiệp thứ cấp đang hoạt động trong Khu công nghiệp", "lead")} <= entries


def test_the_hospitals_as_a_class_are_a_subject():
    # (Hà Nội CV 6357/2025, N10 item 3) a bullet whose subject is the hospitals of two grades
    entries = assignment_entries(
        "**3. Các\ncơ sở KCB BHYT trên địa bàn Thành phố**\n\n- Xây dựng kế hoạch, giải\npháp về kiểm soát chặt chẽ chi "
        "KCB BHYT.\n\n- Các bệnh viện cấp chuyên\nsâu, cấp cơ bản tập trung KCB theo phân cấp chuyên môn kỹ thuật, các "
        "bệnh mà\ncác cơ sở KCB cấp ban đầu không thực\nhiện được.\n")
    assert ("Các bệnh viện cấp chuyên sâu, cấp cơ bản", "lead") in entries


def test_two_classes_of_a_heading_that_its_items_address_in_turn_are_two_entries():
    # (Hà Nội CV 6356/2025, N09 item 9)
    entries = assignment_entries(
        "**9. Các\ncơ sở sản xuất, kinh doanh, dịch vụ và đơn vị thực hiện dịch vụ vệ sinh môi trường.**\n\n"
        "*9.1. Đối với các cơ sở\nsản xuất có lưu lượng xả bụi, khí thải lưu lượng lớn ra môi trường:*\n\n"
        "+ Rà soát, đảm bảo các hệ thống\nxử lý khí thải được vận hành, hoạt động hiệu quả.\n\n"
        "*9.2. Đối với các đơn vị\nthực hiện dịch vụ, thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt:*\n\n"
        "- Nghiêm cấm việc đốt lá\ncây, chất thải rắn không đúng quy định.\n")
    assert {("Các cơ sở sản xuất, kinh doanh, dịch vụ", "lead"),
            ("Các đơn vị thực hiện dịch vụ vệ sinh môi trường", "lead")} <= entries
    assert not any(" và đơn vị" in agency for agency, _ in entries)


def test_a_list_of_tasks_titled_danh_sach_is_no_roster():
    # (a guard written for the roster rule, not cut from a document: no tuned-on text has a list of
    # tasks under a "DANH SÁCH" title)
    entries = assignment_entries(
        "**PHỤ LỤC**\n\nDANH SÁCH NHIỆM VỤ GIAO CÁC SỞ, NGÀNH\n\n1. Sở Y tế: Chủ trì tổ chức tiêm chủng mở rộng.\n\n"
        "2. Sở Tài chính: Bố trí kinh phí thực hiện.\n")
    assert {("Sở Y tế", "lead"), ("Sở Tài chính", "lead")} <= entries


@pytest.mark.parametrize("text, post", [
    # (Hà Nội CV 6357/2025, N10 item 3)
    ("**3. Các\ncơ sở KCB BHYT trên địa bàn Thành phố**\n\n- Thực hiện việc kê đơn thuốc\nngoại trú trên 30 ngày.\n\n"
     "- Người đứng đầu cơ sở KCB\nchịu trách nhiệm trước pháp luật nếu để xảy ra sai phạm trong đơn vị, lĩnh vực\n"
     "công tác được giao quản lý, phụ trách.\n", "Người đứng đầu"),
    # (Bộ Y tế CV 627/2021, tune U06 4.b)
    ("4. Tổ chức thực hiện:\nb) Định kỳ hoặc đột xuất, Bộ Y tế sẽ phối hợp với các cơ quan, đơn vị có liên quan tổ chức "
     "kiểm tra việc tổ chức thực hiện chính sách, pháp luật về BHYT. Thủ trưởng các cơ sở KCB chịu trách nhiệm trước "
     "pháp luật và trước Bộ trưởng Bộ Y tế nếu để đơn vị mình thực hiện không đúng các quy định.\n", "Thủ trưởng"),
])
def test_a_post_only_answerable_if_it_fails_is_given_no_work(text, post):
    assert not any(agency.startswith(post) for agency, _ in assignment_entries(text))


def test_a_post_answerable_for_its_work_keeps_it():
    # (Hà Nội CV 6356/2025, N09 item 8, under a heading of its own) the responsibility is for work
    entries = assignment_entries(
        "UBND Thành phố yêu cầu:\n\n1. Chủ tịch UBND các phường,\nxã chịu trách nhiệm toàn diện trong việc quản lý chất "
        "lượng môi trường không\nkhí đối với các nguồn phát thải bụi, khí thải trên địa bàn.\n")
    assert ("Chủ tịch Ủy ban nhân dân các phường, xã", "lead") in entries


@pytest.mark.parametrize("owner", ["của", "thuộc"])
def test_the_units_of_a_named_ministry_are_partners_named_whole(owner):
    # (Hà Nội CV 6356/2025, N09 item 1) the units of a ministry whose name holds "và"
    entries = assignment_entries(
        "**1. Sở\nNông nghiệp và Môi trường:**\n\n- Phối hợp với các đơn vị " + owner + "\nBộ Nông nghiệp và Môi trường tăng "
        "cường sử dụng hệ thống theo dõi, giải pháp\ncông nghệ và năng lực kỹ thuật giám sát từ xa.\n")
    assert (f"Các đơn vị {owner} Bộ Nông nghiệp và Môi trường", "support") in entries


@pytest.mark.parametrize("text, partner", [
    # (Hà Nội CV 6356/2025, N09 item 1)
    ("**1. Sở\nNông nghiệp và Môi trường:**\n\n- Phối hợp với các cơ quan\nbáo chí, truyền hình đăng tải thông tin hiện "
     "trạng, dự báo chất lượng môi trường\nkhông khí.\n", "Các cơ quan báo chí, truyền hình"),
    # (Cần Thơ KH 153/2025, tune C002 IV.1.c)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Công an thành phố\n\nc) Phối hợp với các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt "
     "Nam thành phố và các tổ chức chính trị - xã hội, các cơ quan báo chí triển khai các hoạt động phòng ngừa xã hội.\n",
     "Các cơ quan báo chí"),
])
def test_the_press_is_a_class_of_partners(text, partner):
    assert (partner, "support") in assignment_entries(text)
