"""Work given in running sentences (issue #11): a regulation's measures per article, a decision's
operative articles, a letter's or notice's requests, a conclusion's items.  Real sentences of
the development corpus (tune split and unannotated texts of shared/samples/real/corpus; sources
in tests/data/corpus/SOURCES.tsv and shared/samples/real/CORPUS.tsv), as normalized."""

import pytest

from pipeline.assignments import find_assignments
from pipeline.deadlines import recognize_deadlines
from tests.support.texts import assignment_entries, structure

PROVINCE_HEADER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH

Số: 96/2025/QĐ-UBND
Quảng Ninh, ngày 10 tháng 7 năm 2025

QUYẾT ĐỊNH
Ban hành Quy định

Căn cứ Luật Lâm nghiệp năm 2017;

QUYẾT ĐỊNH:

"""


@pytest.mark.parametrize("body, expected", [
    # a regulation's article: the subjects of its sentences and of its clauses after "; "
    # (Quảng Ninh QĐ 96/2025, phòng cháy chữa cháy rừng)
    ("Điều 5. Thông tin cấp dự báo cháy rừng\n\n1.\n\nSở Nông nghiệp và Môi trường (Chi cục Kiểm lâm) tổ chức "
     "dự báo, cảnh báo nguy cơ cháy rừng và phát hiện sớm điểm cháy rừng; phối hợp với các cơ quan liên quan, "
     "Báo và Phát thanh, truyền hình tỉnh và các phương tiện thông tin đại chúng khác để đưa tin, cảnh báo cháy rừng.\n",
     {("Sở Nông nghiệp và Môi trường", "lead"), ("Báo và Phát thanh, truyền hình tỉnh", "support")}),
    ("Điều 6. Tổ chức các biện pháp phòng cháy\n\n2.\n\nChủ tịch Ủy ban nhân dân cấp xã chỉ đạo triển khai phòng "
     "cháy, chữa cháy rừng;\nBan Chỉ huy cấp xã tham mưu, tổ chức lực lượng tuần tra, trực canh, tiếp nhận và báo "
     "tin; Kiểm lâm sở tại hướng dẫn, đôn đốc các chủ rừng thực hiện các biện pháp phòng cháy, chữa cháy rừng.\n\n"
     "c)\n\nCác chủ rừng phải thường xuyên canh phòng, đặc biệt đối với những vùng trọng điểm dễ cháy.\n",
     {("Chủ tịch Ủy ban nhân dân cấp xã", "lead"), ("Ban Chỉ huy cấp xã", "lead"), ("Các chủ rừng", "lead")}),
    # the execution clause, however many "; " it holds, is no assignment (Sơn La QĐ 2954/2025)
    ("Điều 1. Ban hành Kế hoạch xuất khẩu.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
     "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương; Thủ trưởng các Sở, ngành, cơ quan thuộc tỉnh; "
     "Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành quyết "
     "định này./.\n",
     set()),
    # a short form given in a parenthesis is the name (Lai Châu QĐ 87/2025)
    ("Điều 3. Đăng ký kết hôn\n\n1. Ủy ban nhân dân xã, phường (sau đây gọi là cấp xã) chịu trách nhiệm hướng dẫn "
     "đăng ký và cấp Giấy chứng nhận kết hôn theo đúng trình tự thủ tục do pháp luật quy định.\n",
     {("Ủy ban nhân dân cấp xã", "lead")}),
    # an article on whom the regulation covers gives no work (Đồng Tháp QĐ 137/2025)
    ("Điều 2. Đối tượng áp dụng\n\n1. Thương nhân kinh doanh xăng dầu.\n\n2. Các cơ quan, tổ chức và cá nhân có "
     "liên quan đến quản lý kinh doanh xăng dầu trên địa bàn tỉnh Đồng Tháp.\n",
     set()),
    # a body named by a weak head and its complement, up to its duty (Lâm Đồng QĐ 2025, dự thảo)
    ("Điều 2. Chức năng, nhiệm vụ của Tổ giúp việc về Cải cách hành chính\n\nTổ giúp việc về Cải cách hành chính có "
     "nhiệm vụ giúp Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Lâm "
     "Đồng về công tác cải cách hành chính của tỉnh:\n",
     {("Tổ giúp việc về Cải cách hành chính", "lead")}),
    # the issuer describing its own part in its regulation is no entry; a sentence after the
    # first of an article gives work ("… . Văn phòng … theo dõi, đôn đốc")
    ("Điều 15. Chế độ báo cáo\n\n3. UBND tỉnh, Chủ tịch UBND tỉnh tổng hợp, đánh giá kết quả giải quyết kiến nghị "
     "thuộc thẩm quyền. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.\n",
     {("Văn phòng Ủy ban nhân dân tỉnh", "lead")}),
])
def test_work_given_in_a_decisions_articles(body, expected):
    assert assignment_entries(PROVINCE_HEADER + body) == expected


@pytest.mark.parametrize("section, expected", [
    # a request closing a plan, its addressees listed with an abbreviated head and its places
    # (Hà Nội KH 310/2025)
    ("V. TỔ CHỨC THỰC HIỆN\n\n5. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan\n\nỦy ban nhân dân "
     "Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn thông nghiêm túc "
     "triển khai thực hiện; định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố.\n",
     {("Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan", "lead"),
      ("Các Sở, ban, ngành Thành phố", "lead"), ("Ủy ban nhân dân phường, xã", "lead"),
      ("Các doanh nghiệp viễn thông", "lead")}),
    # posts as addressees, an adverbial before their verb (Hà Tĩnh KH 624/2025)
    ("I. MỤC ĐÍCH\n\nBảo đảm chất lượng.\n\nỦy ban nhân dân tỉnh giao Giám đốc các sở, Thủ trưởng các ban, ngành, "
     "đoàn thể cấp tỉnh và Chủ tịch Ủy ban nhân dân các xã, phường, các cơ quan liên quan theo chức năng, nhiệm vụ "
     "được giao tại kế hoạch này triển khai thực hiện đảm bảo mục đích, yêu cầu, hiệu quả, đúng quy định./.\n",
     # the heads of the departments named post by post are one collective (the reconciled gold
     # of this text, tune2, keeps them whole)
     {("Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh", "lead"),
      ("Chủ tịch Ủy ban nhân dân các xã, phường", "lead")}),
    # "Đồng chí" before a post; a body under its parent (Quảng Ninh, xã Lương Minh, MTTQ)
    ("III. TỔ CHỨC THỰC HIỆN\n\n1. Phân công\n\n- Đồng chí Chủ tịch Ủy ban MTTQ xã chịu trách nhiệm chỉ đạo chung, "
     "chủ trì các hội nghị hiệp thương.\n",
     {("Chủ tịch Ủy ban Mặt trận Tổ quốc xã", "lead")}),
    ("II. NỘI DUNG\n\n4. Tiếp xúc cử tri\n\n4.2. Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với Ủy ban "
     "nhân dân xã tổ chức hội nghị tiếp xúc cử tri cho những người ứng cử đại biểu Hội đồng nhân dân cấp xã.\n",
     {("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead"), ("Ủy ban nhân dân xã", "support")}),
    # a topic label before the sentence that gives the work (Lâm Đồng KH 2026, dự thảo)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\nb) Về tổ chức Cuộc thi tìm hiểu về cải cách hành chính: Sở Nội vụ chủ "
     "trì, phối hợp với các cơ quan, đơn vị liên quan xây dựng kế hoạch chi tiết; thông báo, hướng dẫn các sở, "
     "ngành, UBND các xã, phường, đặc khu tổ chức thực hiện theo mục tiêu, yêu cầu đề ra.\n",
     {("Sở Nội vụ", "lead")}),
    # a letter hands its result on to a body that is to act (Lâm Đồng, Sở KH&CN CV 171/2026)
    ("Qua nghiên cứu, Sở Khoa học và Công nghệ cơ bản thống nhất đối với nội dung dự thảo Kế hoạch nêu trên.\n\n"
     "Trên đây là nội dung góp ý của Sở Khoa học và Công nghệ, gửi Sở Nội vụ tổng hợp./.\n",
     {("Sở Nội vụ", "lead")}),
    # a request naming its addressee up to its colon, outside a task part; an abbreviated name
    ("Điều 1. Thông báo\n\nĐề nghị UBND các huyện, thị xã và thành phố Huế:\n\n- Chỉ đạo các xã theo dõi.\n\n"
     "Đề nghị Ban Chỉ huy PCTT và TKCN tỉnh:\n\n- Trực ban nghiêm túc.\n",
     {("Ủy ban nhân dân các huyện, thị xã và thành phố Huế", "lead"),
      ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh", "lead")}),
])
def test_work_given_in_requests_and_items(section, expected):
    assert assignment_entries(section) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đề nghị văn phòng các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương tập trung thực hiện tốt các nhiệm vụ sau:",
     "Văn phòng các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"),
    ("Giao Vụ Tổng hợp chủ trì, phối hợp với các vụ, đơn vị liên quan theo dõi.", "Vụ Tổng hợp"),
    ("Giao Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("Ban Tổ chức Tỉnh ủy theo dõi, hướng dẫn.", "Ban Tổ chức Tỉnh ủy"),
    ("Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì.", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
    ("Công an phường, xã, đặc khu phối hợp thực hiện.", "Công an phường, xã, đặc khu"),
])
def test_agency_names_in_sentences(text, expected):
    from pipeline.assignments import _sentence_subjects
    from pipeline.agencies import clean_agency

    body, spans, _ = _sentence_subjects(text)
    assert [clean_agency(body[s:e]) for s, e in spans] == [expected]


def test_a_deadline_belongs_to_its_sentences_first_subject():
    # Đồng Nai KH 182/2025: several subjects share the sentence and its deadline
    st = structure("IV. TỔ CHỨC THỰC HIỆN\n\n1. Căn cứ Kế hoạch này, các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan "
                   "ngành dọc đóng trên địa bàn, Ủy ban nhân dân xã, phường xây dựng kế hoạch hoặc văn bản triển khai "
                   "thực hiện (hoàn thành trong tháng 11/2025) gửi về Công an tỉnh để theo dõi.\n")
    found = recognize_deadlines(st, 2025, find_assignments(st), [])
    assert [(d.value, d.agency) for d in found] == [("2025-11", "Các Sở, ban, ngành, đoàn thể cấp tỉnh")]


def test_deadlines_of_two_sentences_on_one_line_go_to_their_own_agencies():
    st = structure(PROVINCE_HEADER + "Điều 2. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức triển khai, "
                   "báo cáo kết quả trước ngày 15/12/2025. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc, "
                   "tổng hợp trước ngày 20/12/2025.\n")
    found = recognize_deadlines(st, 2025, find_assignments(st), [])
    assert [(d.value, d.agency) for d in found] == [("2025-12-15", "Sở Y tế"),
                                                    ("2025-12-20", "Văn phòng Ủy ban nhân dân tỉnh")]


def test_a_labelled_list_of_posts_gives_one_entry_each():
    # Quảng Ninh, xã Lương Minh, KH 16/2025 (MTTQ): "đ/c" is no part of a post's name
    got = assignment_entries("II. NHIỆM VỤ\n\n1. Xây dựng hướng dẫn\n\n- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực.\n"
                  "- Đơn vị phối hợp: Các đ/c Phó chủ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã.\n")
    assert got == {("Phó chủ tịch Thường trực", "lead"), ("Các Phó chủ tịch", "support"),
                   ("Trưởng đoàn thể xã", "support"), ("Các Chuyên viên cơ quan Mặt trận Tổ quốc xã", "support")}


@pytest.mark.parametrize("line, expected", [
    # a daily report due at an hour is a recurrence (the shape of a disaster notice's request;
    # written for this test, no corpus text we may read has one); the hour a shop may close
    # at is not (Đồng Tháp QĐ 137/2025)
    ("- Các địa phương báo cáo tình hình về Văn phòng thường trực trước 16 giờ hàng ngày.", [("recurrence", "P1D")]),
    ("- Các cửa hàng bán lẻ xăng dầu nghỉ bán hàng không trước mười tám (18) giờ hàng ngày.", []),
])
def test_daily_reports_and_opening_hours(line, expected):
    st = structure("III. TỔ CHỨC THỰC HIỆN\n\n" + line + "\n")
    assert [(d.kind, d.value) for d in recognize_deadlines(st, 2025, find_assignments(st), [])] == expected


def test_cases_are_not_schools():
    # Đồng Tháp QĐ 137/2025: "Các trường hợp" (cases) opens no collective of schools ("Các trường")
    assert assignment_entries(PROVINCE_HEADER + "Điều 4. Thời gian bán hàng\n\n3. Các trường hợp được dừng bán hàng phải "
                   "thông báo cho Sở Công Thương.\n") == set()
