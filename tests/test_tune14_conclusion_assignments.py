"""Assignment shapes of the Government Office's conclusion notices in split tune14 (held out from
0.7.0 to 0.15.0, tuned on from 0.16.0): Thông báo 648/TB-VPCP 2025 (R04, Điện Biên), 634/TB-VPCP 2025
(R06, Thanh Hóa) and 661/TB-VPCP 2025 (R07, the Nam Trung Bộ floods).  Each case is cut from one of
them as printed, the crawl's line breaks kept; the stem of its source is named beside it.  A
conclusion notice answers the province's requests item by item ("N. Về …: giao Bộ X …"), names
bodies in running prose and lists them by their kind ("Các Bộ, cơ quan: Tài chính, …")."""

import pytest

from tests.support.texts import assignment_entries

_OPENING = "Phó Thủ tướng Chính phủ kết luận như sau:\n\n**II. MỘT SỐ KIẾN NGHỊ CỦA TỈNH**\n"


@pytest.mark.parametrize("text, expected", [
    # (R04_vpcp-tb648-2025-ket-luan-pttg-dien-bien II.6) the item's topic broken over two lines by the
    # crawl, its colon on the second, then "Giao" and two ministries
    (_OPENING + "6. Về việc lồng ghép các kiến nghị của tỉnh Điện\nBiên vào các các Chương trình mục tiêu quốc gia "
     "và các đề án có liên quan: Giao\nBộ Giáo dục và Đào tạo, Bộ Y tế nghiên cứu các kiến nghị của tỉnh Điện Biên\n"
     "liên quan đến chức năng, nhiệm vụ được giao, báo cáo Thủ tướng Chính phủ\ntrước ngày 15 tháng 12 năm 2025.\n",
     {("Bộ Giáo dục và Đào tạo", "lead"), ("Bộ Y tế", "lead")}),
    # (R06_vpcp-tb634-2025-ket-luan-ttg-thanh-hoa III.8) two colons, "giao" in lower case after the second
    (_OPENING + "8. Về hoạt động của mô hình chính quyền địa phương\n02 cấp: tăng số lượng cấp phó tại các phòng "
     "chuyên môn của cấp xã từ 2 lên 3\nphó trưởng phòng, bố trí đủ biên chế theo vị trí việc làm: giao Bộ Nội vụ chủ\n"
     "trì, phối hợp với các cơ quan liên quan nghiên cứu, tổng hợp, báo cáo Chính phủ\ntrước ngày 30 tháng 11 năm 2025.\n",
     {("Bộ Nội vụ", "lead")}),
    # (R06 III.7) the topic itself names the ministry the province asked about; the answer gives it the work
    (_OPENING + "7. Về đề nghị Chính phủ chỉ đạo Bộ Tài chính xem\nxét, bố trí vốn Dự án đường ven biển đoạn Hoằng Hóa "
     "- Sầm Sơn và Quảng Xương -\nTĩnh Gia trong kế hoạch vốn đầu tư công trung hạn giai đoạn 2026 - 2030: giao Bộ Tài "
     "chính chủ\ntrì phối hợp với Bộ Xây dựng và các cơ quan liên quan xem xét, xử lý theo đúng\nquy định.\n",
     {("Bộ Tài chính", "lead"), ("Bộ Xây dựng", "support")}),
    # (R06 III.3) a group given the work, whose verb is "làm việc cụ thể với"
    (_OPENING + "3. Về mở rộng dự án giai đoạn 2 của Nhà máy lọc hóa\ndầu Nghi Sơn: giao Tập đoàn Công nghiệp - Năng "
     "lượng Quốc gia Việt Nam làm việc\ncụ thể với công ty TNHH Lọc hóa dầu Nghi Sơn, các nhà đầu tư để thống nhất về "
     "kế\nhoạch mở rộng giai đoạn 2 của nhà máy, báo cáo Thủ tướng Chính phủ trong tháng\n12 năm 2025.\n",
     {("Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "lead")}),
])
def test_a_directive_after_an_items_topic_gives_the_work(text, expected):
    assert expected <= assignment_entries(text)


@pytest.mark.parametrize("text, expected", [
    # (R04_vpcp-tb648-2025-ket-luan-pttg-dien-bien II.8) ministries by their field, and a group in full
    (_OPENING + "8. Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp\nvà Môi trường, Văn hóa, Thể thao và Du lịch, "
     "Công Thương, Giáo dục và Đào tạo,\nNgoại giao, Tập đoàn Điện lực Việt Nam theo chức năng, nhiệm vụ được giao "
     "khẩn\ntrương rà soát lại việc thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, báo cáo Thủ tướng Chính\nphủ kết "
     "quả thực hiện trước ngày 05 tháng 12 năm 2025.\n",
     {("Bộ Tài chính", "lead"), ("Bộ Xây dựng", "lead"), ("Bộ Nông nghiệp và Môi trường", "lead"),
      ("Bộ Văn hóa, Thể thao và Du lịch", "lead"), ("Bộ Công Thương", "lead"), ("Bộ Giáo dục và Đào tạo", "lead"),
      ("Bộ Ngoại giao", "lead"), ("Tập đoàn Điện lực Việt Nam", "lead")}),
    # (R06_vpcp-tb634-2025-ket-luan-ttg-thanh-hoa III.9) groups by their brand after "các Tập đoàn:"
    (_OPENING + "9. Về triển khai hạ tầng đề phủ sóng 19 thôn, bản\nkhu vực miền núi lõm sóng điện thoại, đường truyền "
     "Internet yếu: đề nghị các Tập\nđoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức\n"
     "triển khai thực hiện theo quy định, hoàn thành trong tháng 12 năm 2025.\n",
     {("Tập đoàn Bưu chính Viễn thông Việt Nam", "lead"), ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "lead")}),
    # (R06 III.10, its list on one line) a collective, then groups by their brand, an adverbial before the verb
    (_OPENING + "10. Các Bộ, cơ quan liên quan và các Tập đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính "
     "viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội theo chức năng, nhiệm vụ và thẩm quyền, trao đổi, phối "
     "hợp chặt chẽ với Tỉnh để tập trung nghiên cứu, rà soát, khẩn trương xử lý các kiến nghị của tỉnh.\n",
     {("Các Bộ, cơ quan liên quan", "lead"), ("Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "lead"),
      ("Tập đoàn Bưu chính viễn thông Việt Nam", "lead"), ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "lead")}),
])
def test_the_members_a_plural_lists_after_its_colon_are_each_given_the_work(text, expected):
    entries = assignment_entries(text)
    assert expected <= entries
    assert not any(agency in ("Các Bộ, cơ quan", "Các Tập đoàn") for agency, _ in entries)


@pytest.mark.parametrize("text, partner", [
    # (R04_vpcp-tb648-2025-ket-luan-pttg-dien-bien II.7) "làm việc với" a ministry about the province's task
    ("**II. KIẾN NGHỊ**\n\n7. Về dự án xây dựng đường cao tốc: Giao Ủy ban nhân dân tỉnh Điện Biên chủ động làm việc "
     "với Bộ Xây dựng về việc giao Ủy ban nhân dân tỉnh Điện Biên là cơ quan chủ quản dự án theo quy định.\n",
     "Bộ Xây dựng"),
    # (M08_thainguyen-qd27-2025-quan-ly-an-toan-dien Điều 6.1) the same with a department of the province
    ("Điều 6. Trách nhiệm của các đơn vị điện lực\n1. Có trách nhiệm và chủ động làm việc với Sở Công Thương, Sở Xây "
     "dựng và các sở, ban, ngành, địa phương có liên quan để được thỏa thuận về hướng tuyến.\n", "Sở Xây dựng"),
])
def test_a_body_the_task_is_worked_out_with_is_a_partner(text, partner):
    assert (partner, "support") in assignment_entries(text)


def test_a_meeting_organised_with_a_body_makes_no_partner():
    # (C062_lamdong-tb-2026-du-thao-ket-luan-kiem-tra-02-tuyen-cao-toc II.4.b: its gold has no support
    # entry for the commune a department holds a meeting with)
    entries = assignment_entries(
        "II. NHIỆM VỤ\n\n4. Đối với các địa phương:\n\nb) Sở Nông nghiệp và Môi trường:\n\n- Kịp thời hướng dẫn cụ "
        "thể hoặc tổ chức làm việc với UBND xã Bảo Lâm 2 để tháo gỡ các khó khăn vướng mắc.\n")
    assert not any(role == "support" and "Bảo Lâm" in agency for agency, role in entries)


@pytest.mark.parametrize("text, expected", [
    # (R07_vpcp-tb661-2025-ket-luan-ttg-mua-lu-nam-trung-bo items 2 and 3) a minister, the crawl's line
    # break between the post and the ministry it heads
    ("Thủ tướng Chính phủ yêu cầu tập trung một số nhiệm vụ khẩn cấp, cần làm ngay:\n\n2. Bộ trưởng\nBộ Giáo dục và "
     "Đào tạo chỉ đạo ngành giáo dục tập trung dọn dẹp, vệ sinh môi\ntrường, sửa chữa trường lớp, hoàn thành trước "
     "ngày 10/12/2025.\n\n3. Bộ trưởng\nBộ Y tế chỉ đạo ngành y tế, lực lượng y tế cơ sở tiếp tục huy động tối đa lực\n"
     "lượng khẩn trương xử lý vệ sinh môi trường.\n",
     {("Bộ trưởng Bộ Giáo dục và Đào tạo", "lead"), ("Bộ trưởng Bộ Y tế", "lead")}),
])
def test_a_minister_is_named_with_the_ministry_he_heads(text, expected):
    entries = assignment_entries(text)
    assert expected == entries


_CLOSING_DIEN_BIEN = ("Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh\nĐiện Biên và các Bộ, cơ quan liên quan "
                      "biết, thực hiện./.\n")


@pytest.mark.parametrize("text", [
    # (R04_vpcp-tb648-2025-ket-luan-pttg-dien-bien I) after an opening clause
    "Phó Thủ tướng Chính phủ kết luận như sau:\n\n**I. ĐÁNH GIÁ CHUNG**\n\nTrong thời gian tới, Tỉnh tổ chức thực "
    "hiện nghiêm\ntúc nhiệm vụ, chỉ tiêu Trung ương giao, bảo đảm hiệu quả, chất lượng, đúng tiến\nđộ.\n\n"
    + _CLOSING_DIEN_BIEN,
    # (R04 II.2) after an item's topic
    _OPENING + "2. Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu\nthương: Tỉnh căn cứ các quy định hiện hành để sắp xếp bố "
    "trí xe ô tô phục vụ\ncông tác, bảo đảm hiệu quả, tiết kiệm, phù hợp tiêu chuẩn định mức theo quy định.\n\n"
    + _CLOSING_DIEN_BIEN,
])
def test_the_province_a_notice_calls_tinh_is_its_peoples_committee(text):
    assert ("Ủy ban nhân dân tỉnh Điện Biên", "lead") in assignment_entries(text)


def test_tinh_stands_for_no_one_when_the_text_names_no_provinces_committee():
    # (R04 II.2 without the notice's closing line)
    entries = assignment_entries(
        _OPENING + "2. Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu\nthương: Tỉnh căn cứ các quy định hiện hành để sắp xếp "
        "bố trí xe ô tô phục vụ\ncông tác, bảo đảm hiệu quả, tiết kiệm.\n")
    assert entries == set()


def test_the_body_the_province_works_with_on_a_topic_broken_over_two_lines_is_its_partner():
    # (R04_vpcp-tb648-2025-ket-luan-pttg-dien-bien II.7) the topic's colon on the line after the item's
    entries = assignment_entries(
        _OPENING + "7. Về dự án xây dựng đường cao tốc Sơn La - Điện\nBiên - Cửa khẩu Tây Trang; dự án nâng cấp đường từ "
        "Quốc lộ 12 đến cửa khẩu A Pa\nChải: Tỉnh thực hiện theo chỉ đạo của Tổng Bí thư Tô Lâm tại Thông báo số\n"
        "75-TB/VPTW ngày 04 tháng 8 năm 2025; chủ động làm việc với Bộ Xây dựng về việc\ngiao Ủy ban nhân dân tỉnh Điện "
        "Biên là cơ quan chủ quản dự án theo quy định;\ntrên cơ sở đó, Tỉnh nghiên cứu lập báo cáo tiền khả thi của dự "
        "án, báo cáo cấp\ncó thẩm quyền xem xét, quyết định.\n\n" + _CLOSING_DIEN_BIEN)
    assert {("Ủy ban nhân dân tỉnh Điện Biên", "lead"), ("Bộ Xây dựng", "support")} <= entries


def test_a_subject_cooperating_with_a_bare_class_on_work_of_its_own_leads():
    # (R07_vpcp-tb661-2025-ket-luan-ttg-mua-lu-nam-trung-bo item 5) the partner named by a bare class,
    # then the ministry's own task (round-4 rule 4: "X phối hợp với Y + task verb keeps X lead")
    entries = assignment_entries(
        "Thủ tướng Chính phủ yêu cầu tập trung một số nhiệm vụ khẩn cấp, cần làm ngay:\n\n5. Khẩn\ntrương khôi phục "
        "sản xuất kinh doanh, nhất là sản xuất nông nghiệp để Nhân dân\nchủ động về lương thực, thực phẩm. Bộ Nông nghiệp "
        "và Môi trường chủ động phối hợp\nvới địa phương xử lý việc hỗ trợ giống cây trồng, vật nuôi, thủy sản và hướng dẫn\n"
        "Nhân dân phục hồi sản xuất nông nghiệp.\n")
    assert ("Bộ Nông nghiệp và Môi trường", "lead") in entries
    assert ("Bộ Nông nghiệp và Môi trường", "support") not in entries


def test_the_province_a_notice_calls_tinh_is_a_partner_as_well():
    # (R06_vpcp-tb634-2025-ket-luan-ttg-thanh-hoa III.10, its list on one line) "phối hợp chặt chẽ với
    # Tỉnh": the province's committee, which the notice names in full elsewhere (III.4)
    entries = assignment_entries(
        _OPENING + "4. Về đầu tư kho dầu thô dự trữ quốc gia: Ủy ban nhân dân tỉnh Thanh\nHóa phối hợp với Bộ Công "
        "Thương rà soát kỹ các quy hoạch có liên quan trên địa\nbàn.\n\n10. Các Bộ, cơ quan liên quan và các Tập đoàn: "
        "Công nghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội "
        "theo chức năng, nhiệm vụ và thẩm quyền, trao đổi, phối hợp chặt chẽ với Tỉnh để tập trung nghiên cứu, rà "
        "soát, khẩn trương xử lý các kiến nghị của tỉnh.\n")
    assert ("Ủy ban nhân dân tỉnh Thanh Hóa", "support") in entries
    assert not any(agency == "Tỉnh" for agency, _ in entries)


@pytest.mark.parametrize("raw, read", [
    # (R06_vpcp-tb634-2025-ket-luan-ttg-thanh-hoa III.10) a list's member wrapped at its hyphen: one line
    ("10. Các Bộ, cơ quan liên quan và các Tập đoàn: Công\nnghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính viễn "
     "thông Việt Nam, Công nghiệp\n- Viễn thông Quân đội theo chức năng, nhiệm vụ và thẩm quyền.",
     "10. Các Bộ, cơ quan liên quan và các Tập đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính viễn "
     "thông Việt Nam, Công nghiệp - Viễn thông Quân đội theo chức năng, nhiệm vụ và thẩm quyền."),
    # (R05_bvhttdl-cv6316-2025-giao-nhiem-vu-ket-luan-tw13 item 3) a heading naming a body, then its bullet
    ("**3. Vụ Kế\nhoạch, Tài chính**\n- Chủ trì, phối hợp với các\ncơ quan, đơn vị liên quan.",
     "3. Vụ Kế hoạch, Tài chính\n- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan."),
    # (review of round 13) a long labelled item ending on a body's name, then a bullet that opens with work
    ("2. Cơ quan phối hợp thực hiện: Sở Nội vụ, Sở Tài chính, Sở Y tế, Công an tỉnh\n- Tổ chức tuyên truyền.",
     "2. Cơ quan phối hợp thực hiện: Sở Nội vụ, Sở Tài chính, Sở Y tế, Công an tỉnh\n- Tổ chức tuyên truyền."),
])
def test_a_list_member_wrapped_at_its_hyphen_goes_on_a_bullet_does_not(raw, read):
    from pipeline.models import Page
    from pipeline.normalize import normalize_pages
    assert normalize_pages([Page(1, raw, "text")]).text == read


def test_the_members_of_a_list_the_crawl_wrapped_at_a_hyphen_are_given_the_work():
    # (R06_vpcp-tb634-2025-ket-luan-ttg-thanh-hoa III.10, as printed)
    entries = assignment_entries(
        _OPENING + "4. Về đầu tư kho dầu thô dự trữ quốc gia: Để xác định vị trí cụ thể của dự án, Ủy ban nhân dân "
        "tỉnh Thanh\nHóa phối hợp với Bộ Công Thương rà soát kỹ các quy hoạch.\n\n10. Các Bộ, cơ quan liên quan và các "
        "Tập đoàn: Công\nnghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính viễn thông Việt Nam, Công nghiệp\n- Viễn "
        "thông Quân đội theo chức năng, nhiệm vụ và thẩm quyền, trao đổi, phối hợp\nchặt chẽ với Tỉnh để tập trung "
        "nghiên cứu, rà soát, khẩn trương xử lý các kiến\nnghị của tỉnh.\n")
    assert {("Các Bộ, cơ quan liên quan", "lead"), ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "lead"),
            ("Ủy ban nhân dân tỉnh Thanh Hóa", "support")} <= entries
