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
