"""Assignment recall across the tuned-on splits tune3, tune7, tune8, tune9 and tune12 (round 13):
kinds of miss seen in at least two documents.  Each case is cut from a tuned-on document as
printed (its stem named beside it), line breaks of the crawl kept."""

import pytest

from tests.support.texts import assignment_entries


# "Các địa phương" opening a sentence that gives work is the localities given it, a lead entry in
# every gold that has one (tune9 V02 C.6, tune7 C018 II.2.b; C050 and R07 were read already from
# their items): not a bare collective of unit words, which names no one ("Các cơ quan, đơn vị").
@pytest.mark.parametrize("text", [
    # (BCĐQG 1237 KH 252/2013, tune9 V02 C.6) the item's second sentence, in the items after the
    # plan's opening "… như sau:"
    "Căn cứ tình hình và yêu cầu nhiệm vụ công tác tìm kiếm, quy tập hài cốt liệt sĩ từ nay đến năm 2020 và "
    "những năm tiếp theo, Ban Chỉ đạo quốc gia 1237 xây dựng kế hoạch thực hiện như sau:\n\n"
    "C. MỘT SỐ NỘI DUNG, GIẢI PHÁP TRỌNG TÂM TỪ NAY ĐẾN NĂM 2015\n\n"
    "6. Triển khai đồng bộ các giải pháp, đẩy mạnh các hoạt động tìm kiếm, quy tập hài cốt liệt sĩ ở trong "
    "nước. Các địa phương rà soát, đánh giá lại tình hình tìm kiếm, cất bốc hài cốt liệt sĩ trên địa bàn. Xác "
    "định các vị trí có thông tin, tổ chức cất bốc bảo đảm chặt chẽ, chu đáo và chính xác.\n",
])
def test_the_localities_opening_a_sentence_are_given_its_work(text):
    assert ("Các địa phương", "lead") in assignment_entries(text)


@pytest.mark.parametrize("text", [
    # (Cần Thơ KH 153/2025, tune2 C002 IV.1.g) the localities after the verb that directs them are its
    # object: the heading's body is given the work
    "**IV. PHÂN\nCÔNG NHIỆM VỤ**\n\n**1.\nCông an thành phố**\n\n"
    "g) Hướng dẫn các địa phương\nrà soát, phân loại tuyến, địa bàn trọng điểm, phức tạp về ma túy, địa bàn không\n"
    "ma túy làm cơ sở thực hiện Chương trình. Rà soát, ban hành các văn bản liên\nquan phục vụ công tác quản lý, "
    "điều hành, thực hiện và kiểm tra, giám sát thực\nhiện Chương trình trên địa bàn thành phố.\n",
])
def test_the_localities_a_body_directs_are_not_given_the_work(text):
    assert ("Các địa phương", "lead") not in assignment_entries(text)


def test_the_localities_under_a_heading_that_names_their_body_are_that_body():
    # (review 0.8 #8, the shape of tests/test_time_expressions.py) under an item whose heading names
    # the communes' committees, "Các địa phương" restates them: no entry of its own
    text = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Ủy ban nhân dân các xã, phường\n\nCác địa phương tổ chức tuyên truyền, "
            "báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2025.\n")
    assert assignment_entries(text) == {("Ủy ban nhân dân các xã, phường", "lead")}


def test_a_communes_body_named_by_the_communes_kind_is_the_one_named_with_its_name():
    # (Lương Minh KH 2026, tune7 C058 II.1 and III.1) the Front's standing board named with its
    # commune's name, then "Ban Thường trực UBMTTQ xã": one body, one lead entry (the gold's)
    entries = assignment_entries(
        "II. NỘI DUNG, PHƯƠNG THỨC TỔ CHỨC\n\n"
        "1. Nội dung: Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh phối hợp với UBND xã tổ chức hội nghị "
        "lấy ý kiến nhận xét toàn diện về mọi mặt và bày tỏ quan điểm đồng ý hoặc không đồng ý đối với người ứng cử.\n\n"
        "III. TỔ CHỨC HỘI NGHỊ LẤY Ý KIẾN NHẬN XÉT VÀ TÍN NHIỆM \n\n"
        "1. Triệu tập và chủ trì hội nghị\n\n"
        "- Ban Thường trực UBMTTQ xã phối hợp với UBND xã triệu tập (phát giấy mời) và chủ trì hội nghị.\n")
    fronts = {(agency, role) for agency, role in entries if "Mặt trận" in agency}
    assert fronts == {("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", "lead")}


@pytest.mark.parametrize("text, kept", [
    # (Đồng Tháp KH 556/2025, tune M06 IV.12) four communes' committees named, then a line of
    # (Lương Minh KH 2026, tune7 C058 III.1) that names the committee of "the commune": no one of the four
    ("**12. Ủy\nban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông**\n\n- Xây dựng kế hoạch cụ thể\n"
     "hóa các nhiệm vụ và giải pháp để tổ chức triển khai thực hiện kế hoạch của Ủy\nban nhân dân tỉnh về khai "
     "thác, sử dụng bền vững tài nguyên, bảo vệ môi trường\nbiển tại địa phương.\n\n"
     "- Ban Thường trực UBMTTQ xã phối hợp với UBND xã triệu tập (phát giấy mời) và chủ trì hội nghị.\n",
     ("Ủy ban nhân dân xã", "support")),
])
def test_a_body_named_by_the_communes_kind_stays_as_printed_beside_other_names(text, kept):
    entries = assignment_entries(text)
    assert kept in entries
    assert not any(agency.endswith(("Gia Thuận", "Tân Điền", "Gò Công Đông", "Tân Phú Đông")) and role == "support"
                   for agency, role in entries)


@pytest.mark.parametrize("text, full, bare", [
    # (Lương Minh HD 2025, tune12 C055 II.2.a and II.6.1) the election committee named with its commune,
    # then bare among the partners: one body
    ("2. Tổ chức các hội nghị hiệp thương\n\n"
     "a) Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ động phối hợp với Thường trực Hội đồng nhân dân, Uỷ ban bầu "
     "cử xã thực hiện các bước hiệp thương lựa chọn, giới thiệu người ứng cử đại biểu Quốc hội (nếu có), đại biểu "
     "Hội đồng nhân dân theo đúng quy định của Luật Bầu cử.\n\n"
     "6. Công tác tiếp công dân, xử lý đơn thư về bầu cử\n\n"
     "6.1. Ban Thường trực Uỷ ban MTTQ Việt Nam xã phối hợp với Uỷ ban bầu cử, Ban bầu cử, các cơ quan có liên quan "
     "trong việc tiếp công dân, giải quyết đơn thư, khiếu nại, tố cáo của công dân.\n",
     ("Ủy ban bầu cử xã", "support"), ("Ủy ban bầu cử", "support")),
    # (Lương Minh HD 2025, tune3 C068 item 3 and III) the village's Front board named with its unit,
    # then bare: one body
    ("3. Quy trình giới thiệu: Các cơ quan, tổ chức, đơn vị và Ban Công tác Mặt trận thôn tổ chức hội nghị giới "
     "thiệu người ứng cử theo trình tự quy định:\n\n"
     "III. CÁC THÔN KHÔNG PHÂN BỔ\n\n"
     "- Ban Công tác Mặt trận phối hợp với Trưởng thôn tiếp tục tuyên truyền về Luật Bầu cử, cơ cấu, thành phần "
     "đại biểu HĐND xã và danh sách cử tri để nhân dân nắm rõ, chuẩn bị cho ngày bầu cử.\n",
     ("Ban Công tác Mặt trận thôn", "lead"), ("Ban Công tác Mặt trận", "lead")),
])
def test_a_body_named_bare_after_its_name_with_its_unit_is_that_body(text, full, bare):
    entries = assignment_entries(text)
    assert full in entries
    assert bare not in entries


def test_a_body_and_the_same_kind_at_a_level_stay_apart():
    # (Quảng Ninh QĐ 96/2025, tune3 C023 Điều 6.5.b and 11.2.c) the police force and the commune-level
    # police are two entries in the gold: a level ("cấp xã") is no unit the bare name stands for
    entries = assignment_entries(
        "b)\nLực lượng Kiểm lâm sở tại chủ trì, phối hợp với lực lượng Công an cấp xã, Cảnh\n"
        "sát phòng cháy, chữa cháy và cứu nạn, cứu hộ tăng cường kiểm tra nghiêm ngặt\n"
        "trên các vùng trọng điểm cháy, đảm bảo 24/24 giờ trong ngày, tăng cường kiểm\n"
        "tra người và phương tiện vào rừng theo thẩm quyền.\n\n"
        "c)\nLực lượng công an, dân quân tự vệ, lực lượng tham gia bảo vệ an ninh, trật tự ở\n"
        "cơ sở có trách nhiệm tổ chức giữ gìn trật tự, bảo vệ khu vực chữa cháy và tham\n"
        "gia chữa cháy rừng.\n")
    assert {("Lực lượng Công an cấp xã", "support"), ("Lực lượng công an", "lead")} <= entries
