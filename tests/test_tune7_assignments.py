"""Assignments in shapes of the tune7 split (the first held-out set, tuned on from 0.9.0) that the
rules missed, each with the same shape in another document where one was found: real sentences as crawled
(sources in tests/data/corpus/SOURCES.tsv and, for the crawl pages named by their document,
github:tnt305/tai_lieu_noi_bo src/etl/dataset/<name>.md)."""

import pytest

from pipeline.assignments import _sentence_subjects
from pipeline.agencies import clean_agency
from tests.support.texts import assignment_entries, structure

DECISION_HEADER = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH

Số: 807/QĐ-UBND
Ninh Bình, ngày 01 tháng 7 năm 2024

QUYẾT ĐỊNH
Về việc phê duyệt

Căn cứ Luật Quy hoạch đô thị năm 2009;

QUYẾT ĐỊNH:

"""

PLAN_HEADER = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH

Số: 172/KH-UBND
Thành phố Hồ Chí Minh, ngày 05 tháng 9 năm 2025

KẾ HOẠCH
Triển khai thi hành Luật

I. MỤC ĐÍCH, YÊU CẦU

1. Bảo đảm thống nhất.

"""


@pytest.mark.parametrize("raw, joined", [
    # a paragraph's first line broken off short by the crawl's first-line indent (Hải Phòng QĐ
    # 213/2025; Đắk Lắk CT 12/2025; Cần Thơ KH 160/2025; Quảng Trị CT 06/2025)
    ("Điều 2. Biện pháp\n\nChủ tịch Ủy ban nhân dân cấp xã chỉ đạo\nBan Chỉ huy phòng cháy, chữa cháy rừng cấp xã và các chủ "
     "rừng phối hợp với lực\nlượng Kiểm lâm triển khai phương án phòng cháy, chữa cháy rừng.\n",
     "Chủ tịch Ủy ban nhân dân cấp xã chỉ đạo Ban Chỉ huy phòng cháy"),
    ("2. Nội dung\n\nChủ tịch UBND tỉnh yêu cầu\nThủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tổ chức quán triệt,\n"
     "triển khai và chỉ đạo các cơ quan, đơn vị thuộc thẩm quyền quản lý thực hiện.\n",
     "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành"),
    ("Căn cứ Luật Tổ chức chính quyền địa phương;\n\nỦy ban nhân dân thành phố Cần\nThơ ban hành Kế hoạch giám sát, đánh giá "
     "Chương trình mục tiêu quốc gia giảm\nnghèo bền vững.\n",
     "Ủy ban nhân dân thành phố Cần Thơ ban hành"),
    ("CHỈ THỊ\n\nĐể tiếp tục thực hiện nghiêm\nChỉ thị số 05/CT-TTg ngày 18/5/2022 của Thủ tướng Chính phủ về tăng cường công\n"
     "tác quản lý bảo vệ rừng.\n",
     "Để tiếp tục thực hiện nghiêm Chỉ thị số 05/CT-TTg"),
])
def test_a_paragraphs_short_first_line_goes_on(raw, joined):
    assert any(ln.text.startswith(joined) for ln in structure(raw).lines)


@pytest.mark.parametrize("raw, apart", [
    # a label, an addressee line and a short line before a short one stay lines of their own
    ("Kính gửi: Sở Nội vụ tỉnh Ninh Bình\nThực hiện Công văn số 12/UBND-VX ngày 02 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh.\n",
     "Kính gửi: Sở Nội vụ tỉnh Ninh Bình"),
    # a short table caption over its header row (Đồng Nai KH 179/2025)
    ("VII. KINH TẾ SỐ NGÀNH\n\nTổ chức, bộ máy, mạng lưới\nNội dung | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian "
     "thực hiện\n", "Tổ chức, bộ máy, mạng lưới"),
])
def test_lines_that_end_on_purpose_stay_apart(raw, apart):
    assert any(ln.text == apart for ln in structure(raw).lines)


def test_a_roman_numeral_a_wrap_put_at_a_line_start_is_no_part():
    # Hải Phòng QĐ 213/2025: "… từ cấp I đến cấp\nV. Chi tiết quy định …" inside Điều 2, whose
    # points 2–6 stay under it (their measures are the article's work)
    st = structure(DECISION_HEADER + "Điều 2. Cấp dự báo cháy rừng và biện pháp phòng cháy, chữa cháy rừng\n\n"
                   "1. Cấp dự báo cháy rừng trên địa bàn thành phố Hải Phòng gồm 5 cấp, từ cấp I đến cấp V. Ký hiệu biển "
                   "báo là 1/2 hình tròn và có mũi tên chỉ cấp dự báo từ cấp I đến cấp\nV. Chi tiết quy định về cấp dự báo "
                   "cháy rừng tại Mẫu số 04 Phụ lục III kèm theo\nNghị định 156/2018/NĐ-CP.\n\n"
                   "2. Dự báo cháy rừng cấp I (cấp thấp)\n\nb) Biện pháp phòng cháy, chữa cháy rừng bao gồm:\n\n"
                   "Chủ tịch Ủy ban nhân dân cấp xã chỉ đạo\nBan Chỉ huy phòng cháy, chữa cháy rừng cấp xã và các chủ rừng "
                   "phối hợp với lực\nlượng Kiểm lâm triển khai phương án phòng cháy, chữa cháy rừng.\n")
    assert [h.path for h in st.headings] == ["Điều 2", "Điều 2.1", "Điều 2.2", "Điều 2.2.b"]
    # a part that opens the parts, or follows the last one, is a part however its line above ends
    st = structure(PLAN_HEADER + "Các cơ quan bảo đảm tiến độ\nII. NỘI DUNG\n\n1. Tuyên truyền.\n")
    assert [h.path for h in st.headings][-2:] == ["II", "II.1"]


def test_an_article_cited_in_a_sentence_that_a_break_put_at_a_line_start_is_no_article():
    # corpus C060 (lamdong-kh-2026) as a Word-made PDF: a page break after "(trọng tâm là" put
    # "Điều 256a Luật sửa đổi, …" at a line start; read as an article, it took the plan's later
    # headings (4.5, 5.1, 5.3) and their agencies away from part III
    st = structure(PLAN_HEADER + "III. GIẢI PHÁP THỰC HIỆN VÀ PHÂN CÔNG NHIỆM VỤ\n\n4. Nâng cao hiệu quả công tác\n\n"
                   "- Tổ chức tuyên truyền các quy định của Bộ Luật Hình sự (trọng tâm là\fĐiều 256a Luật sửa đổi, bổ "
                   "sung một số điều của Bộ Luật hình sự 2025) để phòng ngừa.\n\n4.5. Đề nghị Viện Kiểm sát nhân dân "
                   "tỉnh, Tòa án nhân dân tỉnh\n\nPhối hợp chặt chẽ với Công an tỉnh.\n")
    assert [h.path for h in st.headings][-3:] == ["III", "III.4", "III.4.5"]
    # an article that follows the last one is an article however its line above ends
    st = structure(DECISION_HEADER + "Điều 1. Ban hành Quy chế\n\nĐiều 2. Các sở, ngành chịu trách nhiệm thực hiện theo\n"
                   "Điều 3. Quyết định này có hiệu lực từ ngày ký.\n")
    assert [h.path for h in st.headings] == ["Điều 1", "Điều 2", "Điều 3"]


@pytest.mark.parametrize("body, expected", [
    # measures by forecast level, in an article; a partner after "phối hợp" without "với"
    # (Hải Phòng QĐ 213/2025: "phối hợp Hạt Kiểm lâm đôn đốc …")
    ("Điều 2. Cấp dự báo cháy rừng\n\n4. Dự báo cháy rừng cấp III (cấp cao)\n\nb) Biện pháp phòng cháy, chữa cháy rừng "
     "bao gồm:\n\nChủ tịch Ủy ban nhân dân cấp xã chỉ đạo\nBan chỉ huy phòng cháy, chữa cháy rừng cấp xã phối hợp Hạt Kiểm "
     "lâm đôn đốc thực\nhiện các biện pháp phòng cháy, chữa cháy rừng của các chủ rừng.\n\nCác chủ rừng phải thường xuyên "
     "kiểm tra\nlực lượng canh phòng và lực lượng khoán quản bảo vệ rừng.\n",
     {("Chủ tịch Ủy ban nhân dân cấp xã", "lead"), ("Hạt Kiểm lâm", "support"), ("Các chủ rừng", "lead")}),
    # bar associations and an interim board, after a time limit (Lâm Đồng QĐ 2536/2025)
    ("Điều 4. Đoàn Luật sư tỉnh Lâm Đồng (cũ), Đoàn Luật sư tỉnh Bình Thuận (cũ), Đoàn Luật sư tỉnh Đắk Nông (cũ) có trách "
     "nhiệm chuyển giao toàn bộ tài sản cho Đoàn Luật sư tỉnh Lâm Đồng (mới).\n\nĐiều 5. Đoàn Luật sư tỉnh Lâm Đồng (mới) "
     "là tổ chức xã hội - nghề nghiệp có tư cách pháp nhân, có con dấu và tài khoản riêng, được tổ chức và hoạt động theo "
     "quy định của pháp luật và Điều lệ được cấp có thẩm quyền phê duyệt, chịu sự quản lý nhà nước của Sở Tư pháp, Sở Nội "
     "vụ và các cơ quan nhà nước có liên quan đến lĩnh vực hoạt động của Đoàn Luật sư.\nTrong thời hạn 60 ngày làm việc, Ban Chủ nhiệm Đoàn Luật sư lâm thời có trách nhiệm "
     "tổ chức Đại hội theo quy định.\n",
     {("Đoàn Luật sư tỉnh Lâm Đồng", "lead"), ("Đoàn Luật sư tỉnh Bình Thuận", "lead"), ("Đoàn Luật sư tỉnh Đắk Nông", "lead"),
      ("Ban Chủ nhiệm Đoàn Luật sư lâm thời", "lead")}),
    # the bodies of a planning procedure, labelled on numbered lines; a kind's members after its
    # colon; "phối hợp, tham gia cùng …" is cooperation (Ninh Bình QĐ 807/2024)
    ("Điều 1. Phê duyệt Kế hoạch lập Chương trình phát triển đô thị:\n\n3. Cơ quan tổ chức lập: Ủy ban nhân dân thành phố "
     "Tam Điệp.\n4. Cơ quan phối hợp: Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và Yên Mô; các sở, ban, ngành liên quan.\n"
     "5. Cơ quan thẩm định: Sở Xây dựng.\n6. Cơ quan phê duyệt: Ủy ban nhân dân tỉnh.\n\nĐiều 2. Tổ chức thực hiện\n\n"
     "2. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố liên quan có trách nhiệm phối hợp, tham gia cùng Ủy ban "
     "nhân dân thành phố Tam Điệp trong quá trình lập Chương trình.\n",
     {("Ủy ban nhân dân thành phố Tam Điệp", "lead"), ("Ủy ban nhân dân huyện Hoa Lư", "support"),
      ("Ủy ban nhân dân huyện Nho Quan", "support"), ("Ủy ban nhân dân huyện Yên Mô", "support"),
      ("Các sở, ban, ngành liên quan", "support"), ("Sở Xây dựng", "lead"), ("Ủy ban nhân dân tỉnh", "lead"),
      ("Ủy ban nhân dân các huyện, thành phố liên quan", "support"),
      ("Ủy ban nhân dân thành phố Tam Điệp", "support")}),
    # the same labels of a national planning task (Quyết định 2531/QĐ-TTg 2025, crawl 67f6a2303c783848)
    ("Điều 1. Phê duyệt Nhiệm vụ lập Quy hoạch:\n\n11. Phân công trách nhiệm:\n\n- Cấp phê duyệt: Thủ tướng Chính phủ.\n\n"
     "- Cơ quan chủ trì thẩm định và trình\nduyệt: Bộ Văn hóa, Thể thao và Du lịch.\n\n- Cơ quan tổ chức lập quy hoạch: Ủy ban\n"
     "nhân dân tỉnh Phú Thọ.\n",
     {("Thủ tướng Chính phủ", "lead"), ("Bộ Văn hóa, Thể thao và Du lịch", "lead"), ("Ủy ban nhân dân tỉnh Phú Thọ", "lead")}),
])
def test_work_given_in_a_decisions_articles(body, expected):
    assert assignment_entries(DECISION_HEADER + body) == expected


@pytest.mark.parametrize("section, expected", [
    # a collective ends before its remit (Lai Châu KH 7360/2025; TP HCM KH 172/2025)
    ("II. NHIỆM VỤ\n\n5. Rà soát văn bản\n\n- Cơ quan thực hiện: Các sở,\nngành có liên quan theo chức năng, nhiệm vụ quản lý "
     "được giao.\n",
     {("Các sở, ngành có liên quan", "lead")}),
    ("II. NHIỆM VỤ\n\n4. Kiểm tra việc thi hành Luật\n\n- Cơ quan thực hiện: Sở Nội vụ,\ncác sở, ban, ngành Thành phố trong "
     "phạm vi chức năng, nhiệm vụ của mình và các\ncơ quan, tổ chức khác có liên quan.\n",
     {("Sở Nội vụ", "lead"), ("Các sở, ban, ngành Thành phố", "lead"), ("Các cơ quan, tổ chức khác có liên quan", "lead")}),
    # the lead's words after the ground it acts on, a list of bodies inside it (Lai Châu KH 7360/2025)
    ("III. KINH PHÍ BẢO ĐẢM\n\n3. Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì tổng hợp "
     "trình cấp có thẩm quyền bố trí kinh phí để thực hiện Kế hoạch.\n",
     {("Sở Tài chính", "lead")}),
    # the leads named by their part point back at them (TP HCM KH 172/2025; Nghệ An QĐ 98/2025)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ chịu trách nhiệm về việc báo cáo.\n\n2. Các cơ quan, đơn vị được\ngiao chủ trì "
     "có trách nhiệm hoàn thành nhiệm vụ được phân công, bảo đảm tiến độ.\n",
     {("Sở Nội vụ", "lead")}),
    ("IV. TỔ CHỨC THỰC HIỆN\n\n5. Đối với kiến nghị có liên quan đến nhiều ngành,\nnhiều lĩnh vực thì sở, ban, ngành được "
     "giao chủ trì có trách nhiệm phối hợp với\ncơ quan liên quan để giải quyết.\n",
     set()),
    # forces named after one "lực lượng", each a force of its own (Đắk Lắk KH 0130/2025)
    ("III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế chủ trì\n\n- Phối hợp với lực lượng\nquân đội, công an hỗ trợ vận chuyển "
     "nước, dọn vệ sinh, phun khử trùng.\n",
     {("Sở Y tế", "lead"), ("Lực lượng quân đội", "support"), ("Lực lượng công an", "support")}),
    # the subject after a condition's "thì" (Lương Minh, Quảng Ninh KH 2026)
    # … and a class named by unit words and its relative clause, up to its responsibility
    ("IV. TRÁCH NHIỆM XÁC MINH VÀ TRẢ LỜI CÁC VỤ VIỆC MÀ CỬ TRI NÊU\n\n1. Đối với vụ việc ở nơi công tác thì cơ quan, tổ "
     "chức, đơn vị trực tiếp quản lý người ứng cử có trách nhiệm xác minh và trả lời bằng văn bản cho Ban Thường trực Ủy "
     "ban MTTQ Việt Nam cấp tổ chức hiệp thương.\n",
     {("Cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử", "lead")}),
    ("IV. TRÁCH NHIỆM XÁC MINH VÀ TRẢ LỜI CÁC VỤ VIỆC MÀ CỬ TRI NÊU\n\n3. Đối với người tự ứng cử đại biểu Hội đồng nhân dân "
     "thì Ủy ban bầu cử có trách nhiệm phối hợp với Ủy ban nhân dân xã xác minh và trả lời cử tri.\n",
     {("Ủy ban bầu cử", "lead"), ("Ủy ban nhân dân xã", "support")}),
])
def test_work_given_in_a_plans_sections(section, expected):
    assert assignment_entries(PLAN_HEADER + section) == expected


@pytest.mark.parametrize("text, expected", [
    # a village's unit completes a name (Lương Minh KH 2026; Quảng Ninh HD 2025)
    ("Trưởng Ban Công tác Mặt trận thôn phối hợp với Trưởng thôn lập danh sách và mời cử tri đến dự hội nghị.",
     ["Trưởng Ban Công tác Mặt trận thôn"]),
    ("Ban Công tác Mặt trận thôn tổ chức hội nghị giới thiệu người ứng cử.", ["Ban Công tác Mặt trận thôn"]),
    # a conclusion's charge before its subjects, the offices of the party committees (Kết luận 07-KL/VPTW 2025)
    ("Quán triệt sâu sắc ý kiến phát biểu chỉ đạo của đồng chí Thường trực Ban Bí thư; căn cứ vào phương hướng, nhiệm vụ, "
     "mục tiêu đã nêu trong Báo cáo, Văn phòng Trung ương Đảng và các văn phòng tỉnh ủy, thành ủy cụ thể hóa để tổ chức "
     "thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:",
     ["Văn phòng Trung ương Đảng", "Các văn phòng tỉnh ủy, thành ủy"]),
    # an office asking for its body, the addressees up to their verb, a group's scope kept
    # (Thông báo 254/TB-PCTT Thừa Thiên Huế 2022)
    ("Để chủ động ứng phó với diễn biến xấu của thời tiết, Văn phòng Ban Chỉ huy PCTT và TKCN tỉnh đề nghị Ban Chỉ huy PCTT "
     "và TKCN các huyện, thị xã và thành phố Huế; các sở, ban ngành trong tỉnh triển khai các nội dung sau:",
     ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các huyện, thị xã và thành phố Huế",
      "Các sở, ban ngành trong tỉnh"]),
    ("Các chủ công trình hồ chứa nước thủy lợi, thủy điện tổ chức trực ban theo dõi, thực hiện nghiêm túc Quy trình vận hành.",
     ["Các chủ công trình hồ chứa nước thủy lợi, thủy điện"]),
])
def test_subjects_of_real_sentences(text, expected):
    body, spans, _ = _sentence_subjects(text)
    assert [clean_agency(body[s:e]) for s, e in spans] == expected


@pytest.mark.parametrize("text", [
    # what a body did, in a conclusion's review of the past term, gives it no work (Kết luận 07-KL/VPTW 2025)
    "Văn phòng Trung ương Đảng và các văn phòng tỉnh ủy, thành ủy đã chủ động nắm tình hình, phối hợp giải quyết đơn thư.",
    "Văn phòng Trung ương Đảng và các văn phòng tỉnh ủy, thành ủy đã đoàn kết, tận tụy, chủ động tham mưu.",
])
def test_a_report_of_work_done_gives_none(text):
    found = _sentence_subjects(text)
    assert found is None or not found[1]


def test_a_class_named_elsewhere_is_not_read_with_its_clause():
    # Cần Thơ QĐ 2610/2025 Điều 12: the clause points at Điều 1, it names no one
    found = _sentence_subjects("Các cơ quan, đơn vị quy định tại Điều 1 Quy chế này có trách nhiệm đảm bảo điều kiện kỹ "
                               "thuật, hạ tầng kết nối.")
    assert found is None or not found[1] or \
        all("Điều 1" not in found[0][s:e] for s, e in found[1])


def test_a_bare_group_in_the_province_names_no_one():
    # seed 003 (Bình Định KH 2014): "Các cơ quan, đơn vị trong tỉnh có trách nhiệm phối hợp chặt chẽ với nhau"
    section = ("IV. TỔ CHỨC THỰC HIỆN\n\nCác cơ quan, đơn vị trong tỉnh có trách nhiệm phối hợp chặt chẽ với nhau để tổ "
               "chức triển khai thực hiện Kế hoạch. Cụ thể:\n\n1. Sở Nội vụ chủ trì tuyên truyền.\n")
    assert assignment_entries(PLAN_HEADER + section) == {("Sở Nội vụ", "lead")}


def test_forces_named_after_one_head_are_one_list_item_each():
    # Hải Phòng QĐ 213/2025: the forces share "Lực lượng", the local authority follows as a name
    from pipeline.assignments import _forces_apart, agency_list
    from pipeline.models import Assignment

    text = ("Lực lượng Kiểm lâm, Công an, Quân đội, chính quyền địa phương và chủ rừng thường xuyên kiểm tra nghiêm ngặt "
            "trên các vùng trọng điểm dễ cháy trên địa bàn.")
    spans, _ = agency_list(text)
    names = [clean_agency(text[s:e]) for s, e in spans]
    assert names == ["Lực lượng Kiểm lâm, Công an, Quân đội", "Chính quyền địa phương"]
    assert [a.agency for a in _forces_apart(Assignment(names[0], "lead", None, "", 0, 0))] == \
        ["Lực lượng Kiểm lâm", "Lực lượng Công an", "Lực lượng Quân đội"]


@pytest.mark.parametrize("text", [
    # the class's own predicate before its responsibility (Bắc Ninh KH 141/2025's shape)
    "Cơ quan, đơn vị, địa phương trực tiếp chỉ đạo và chịu trách nhiệm thực hiện các nhiệm vụ, giải pháp để nâng cao "
    "năng lực cho đội ngũ cán bộ, công chức.",
    "Các cơ quan, đơn vị tổ chức triển khai Kế hoạch này và có trách nhiệm báo cáo kết quả về Sở Nội vụ.",
    "Các cơ quan, đơn vị xây dựng kế hoạch chi tiết và chịu trách nhiệm trước Ủy ban nhân dân tỉnh.",
    # the modal of the responsibility is none of a clause (Nghệ An QĐ 98/2025)
    "Các cơ quan, đơn vị phải có trách nhiệm tiếp nhận, giải quyết và trả lời cử tri có kiến nghị.",
])
def test_unit_words_and_their_predicate_are_no_class(text):
    found = _sentence_subjects(text)
    names = [clean_agency(found[0][s:e]) for s, e in found[1]] if found and found[1] else []
    assert not any(name.endswith((" và", " phải")) or "triển khai" in name or "kế hoạch" in name for name in names)
