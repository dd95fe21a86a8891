"""False assignments from over-general triggers (prec13): entries the tool gave on crawled pages
that the contract does not count (a body that is only the object of another's request, a name
read out of the next line's object), each next to a close sentence whose entry must stay.
Real sentences of the crawl github:tnt305/tai_lieu_noi_bo @56eff10 (file named in a comment), as
the tool normalizes them (crawl line breaks kept where the tool keeps them)."""

from pathlib import Path

import pytest

from tests.support.texts import assignment_entries
from tests.test_assignments_directive import PROVINCE_HEADER


@pytest.mark.parametrize("body, expected", [
    # a list drawn up to ask a committee's decision: the committee is the object of the request,
    # whether the crawl broke the line before it or not (Hướng dẫn of Ban Tuyên giáo và Dân vận
    # Trung ương 2025, crawl aa9bb8226e3d4c71)
    ("III. TỔ CHỨC THỰC HIỆN\n\n2. Ban Xây dựng Đảng đảng ủy xã, phường; Ban Tuyên giáo và Dân vận đảng ủy "
     "đặc khu lập danh sách đề nghị\nBan Thường vụ cấp ủy quyết định công nhận đội ngũ báo cáo viên cấp xã.\n",
     {("Ban Xây dựng Đảng đảng ủy xã, phường", "lead"), ("Ban Tuyên giáo và Dân vận đảng ủy đặc khu", "lead")}),
    ("III. TỔ CHỨC THỰC HIỆN\n\n2. Ban Tuyên giáo và Dân vận đảng ủy đặc khu lập danh sách đề nghị Ban Thường "
     "vụ cấp ủy quyết định công nhận đội ngũ báo cáo viên cấp xã.\n",
     {("Ban Tuyên giáo và Dân vận đảng ủy đặc khu", "lead")}),
    # the same shape with the proposal gathered by the body ("tổng hợp đề nghị"): the body leads,
    # the one the proposal goes to is no addressee of the document
    ("Điều 5. Tổ chức thực hiện\n\n1. Sở Nội vụ tổng hợp đề nghị Chủ tịch Ủy ban nhân dân tỉnh khen thưởng "
     "các tập thể, cá nhân có thành tích.\n",
     {("Sở Nội vụ", "lead")}),
    # the object of a preposition on the next crawl line is no subject (Cần Thơ QĐ 2519/2025,
    # crawl 1813348fc14ac2b7: the centre's own duty, "Bộ phận Một cửa" is where staff work)
    ("Điều 2. Trung tâm Phục vụ hành chính công thành phố thực hiện nhiệm vụ, quyền hạn theo quy định tại Nghị "
     "định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ, cụ thể như sau:\n\n1. Nhiệm vụ\n\n"
     "c) Phối hợp với các cơ quan, đơn vị liên quan để giải quyết, trả kết quả giải quyết cho tổ chức, cá nhân đối "
     "với trường hợp thủ tục hành chính yêu cầu giải quyết ngay trong ngày hoặc các thủ tục hành chính được giao "
     "hoặc ủy quyền cho cán bộ, công chức, viên chức tại\nBộ phận Một cửa giải quyết; hỗ trợ tổ chức, cá nhân "
     "thực hiện dịch vụ công trực tuyến;\n",
     {("Trung tâm Phục vụ hành chính công thành phố", "lead")}),
    # kept: the issuer's own request broken before its addressees, who lead (Đắk Lắk Chỉ thị
    # 12/CT-UBND 2025, tune text 01, its closing paragraph as printed)
    ("III. TỔ CHỨC THỰC HIỆN\n\n**4. Văn\nphòng UBND tỉnh**\n\na) Theo dõi, kiểm tra, đôn đốc\nbáo cáo Chủ tịch "
     "UBND tỉnh kết quả triển khai thực hiện các nhiệm vụ được giao\ntại Chỉ thị này.\n\nChủ tịch UBND tỉnh yêu "
     "cầu\nThủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tổ chức quán triệt,\ntriển khai và chỉ "
     "đạo các cơ quan, đơn vị thuộc thẩm quyền quản lý thực hiện\nnghiêm túc Chỉ thị này.\n",
     {("Văn phòng Ủy ban nhân dân tỉnh", "lead"), ("Thủ trưởng các sở, ban, ngành", "lead"),
      ("Chủ tịch Ủy ban nhân dân các xã, phường", "lead")}),
    # kept: partners on the line after "chủ trì, phối hợp" stay partners (Thông báo 624/TB-VPCP
    # 2025, crawl 74e2ddc7b11340da)
    ("III. NHIỆM VỤ\n\n5. Nhiệm vụ cụ thể\n\nk) Đài Truyền hình Việt Nam (VTV) chủ trì, phối hợp\nBộ Khoa học và "
     "Công nghệ, Bộ Quốc phòng xây dựng video clip tuyên truyền.\n",
     {("Đài Truyền hình Việt Nam", "lead"), ("Bộ Khoa học và Công nghệ", "support"), ("Bộ Quốc phòng", "support")}),
])
def test_object_of_a_request_or_preposition_is_no_entry(body, expected):
    assert assignment_entries(PROVINCE_HEADER + body) == expected



CRAWL_LETTERS = Path(__file__).parent / "data" / "crawl_letters"  # (sources: SOURCES.tsv there)


@pytest.mark.parametrize("page", ["2249fe89ed46eae5", "de1ea1a30ca1e0bc"])
def test_an_answers_closing_gives_no_work(page):
    # a tax office's answer to a company: "Thuế tỉnh Tây Ninh trả lời cho Công ty được biết và thực
    # hiện …./." (Công văn 3257/TNI-QLDN1 2025), "Thuế tỉnh Vĩnh Long trả lời theo nguyên tắc sau:"
    # (Công văn 1539/VLO-QLDN3 2025): the issuer informs, no one is given work
    assert assignment_entries((CRAWL_LETTERS / f"{page}.txt").read_text(encoding="utf-8")) == set()


def test_answering_voters_stays_work():
    # kept: a body given the answer to voters' proposals as its work
    assert assignment_entries(PROVINCE_HEADER + "Điều 3. Tổ chức thực hiện\n\nĐề nghị Sở Nội vụ tiếp nhận, "
                              "giải quyết và trả lời cử tri có kiến nghị.\n") == {("Sở Nội vụ", "lead")}


@pytest.mark.parametrize("body, expected", [
    # after an opening clause the subject comes with a modal ("có thể", "được"): bodies named
    # later in its predicate are those it may invite or work with, no subjects (Quyết định of the
    # Prime Minister on Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn 2025, crawl
    # c258e5aa7ee387c3)
    ("Điều 4. Chế độ làm việc\n\n3. Căn cứ tình hình thực tế và yêu cầu nhiệm vụ từng thời điểm, Cơ quan thường "
     "trực Ban Chỉ đạo có thể đề xuất mời các tổ chức quốc tế, đối tác phát triển, lãnh đạo các tập đoàn, doanh "
     "nghiệp, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tham dự cuộc họp Ban Chỉ đạo.\n",
     set()),
    ("Điều 8. Cơ quan thường trực\n\n4. Trong quá trình thực hiện nhiệm vụ, Cơ quan thường trực Ban Chỉ đạo được "
     "làm việc với các bộ, ngành, địa phương, các tổ chức quốc tế, đối tác phát triển tham gia triển khai phát "
     "triển ngành công nghiệp bán dẫn và các hoạt động liên quan khác.\n",
     set()),
    # kept: the subject after the opening clause, and its partner (Lâm Đồng Kế hoạch tuyên truyền
    # cải cách hành chính 2026, tune text C065)
    ("Điều 3. Tổ chức thực hiện\n\n2. Trong quá trình triển khai thực hiện, Sở Nội vụ phối hợp với Báo và Phát "
     "thanh, Truyền hình tỉnh nghiên cứu, đề xuất các phương thức tuyên truyền để thu hút đông đảo Nhân dân tham "
     "gia.\n",
     {("Sở Nội vụ", "lead"), ("Báo và Phát thanh, Truyền hình tỉnh", "support")}),
])
def test_names_in_the_predicate_after_a_modal_are_no_subjects(body, expected):
    assert assignment_entries(PROVINCE_HEADER + body) == expected


@pytest.mark.parametrize("body, expected", [
    # the province's civil judgment enforcement office under its 2025 name, in a list of the
    # judicial bodies asked to act: one entry each (Hải Phòng QĐ 2025, Quy chế cơ sở dữ liệu công
    # chứng, crawl d71b3a48efad6d2c; the office was run on into the procuracy's name)
    ("Điều 19. Đề nghị Tòa án nhân dân thành phố, Viện kiểm sát nhân dân thành phố, Thi hành án dân sự thành phố"
     "\n\nCăn cứ chức năng, nhiệm vụ, quyền hạn, phối hợp thực hiện và chỉ đạo các cơ quan, đơn vị thuộc ngành mình "
     "kịp thời cung cấp đến Sở Tư pháp các thông tin ngăn chặn, thông tin giải tỏa ngăn chặn.\n",
     {("Tòa án nhân dân thành phố", "lead"), ("Viện kiểm sát nhân dân thành phố", "lead"),
      ("Thi hành án dân sự thành phố", "lead")}),
])
def test_a_judicial_office_under_its_2025_name_is_one_body(body, expected):
    assert assignment_entries(PROVINCE_HEADER + body) == expected


@pytest.mark.parametrize("body, expected", [
    # a colon inside brackets (a contact's phone number) closes no label of names: the item is
    # its subject's sentence (Bộ VHTTDL letter on the 2025-2026 school year, crawl f0a3d9f100d0791b;
    # the crawl broke the line inside the number)
    ("III. TỔ CHỨC THỰC HIỆN\n\n2. Các cơ sở đào tạo chủ động phối hợp với các Cục, Vụ liên quan của Bộ VHTTDL "
     "(hoặc qua đầu mối là Vụ Khoa học công nghệ, Đào tạo và Môi trường, gặp đ/c Lộc: ĐT\n0979730677) để triển "
     "khai thực hiện và kịp thời giải quyết, tháo gỡ các vướng mắc, khó khăn.\n",
     {("Các cơ sở đào tạo", "lead")}),
    # kept: a bracket listing a group's members, its colon in the list (Quảng Ngãi QĐ 1627/2025,
    # tune text C016, its heading as printed)
    ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Trách nhiệm của các cơ quan\n\n*1.3.\nCác cơ quan quan tham mưu quản lý ngành, "
     "lĩnh vực (gồm các Sở: Xây dựng, Nông\nnghiệp và Môi trường, Công Thương, Tài chính, Khoa học và Công nghệ, "
     "Văn hóa,\nThể thao và Du lịch)*\n\n- Phối\nhợp hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện "
     "kiểm kê.\n",
     {("Các cơ quan quan tham mưu quản lý ngành, lĩnh vực", "lead")}),
])
def test_a_colon_in_brackets_closes_no_label(body, expected):
    assert assignment_entries(PROVINCE_HEADER + body) == expected


@pytest.mark.parametrize("body, expected", [
    # a prohibition ends the bearers' name as "phải" does (Hải Phòng QĐ 2025, Quy chế cơ sở dữ liệu
    # công chứng, crawl d71b3a48efad6d2c: the name ran on into "không được")
    ("Điều 6. Quy định về bảo mật\n\n3. Các cơ quan, tổ chức, cá nhân được cấp tài khoản không được chia sẻ hoặc "
     "tiết lộ tài khoản truy cập, phương thức kết nối, địa chỉ và mã khóa truy cập vào Cơ sở dữ liệu đã được cấp "
     "cho cơ quan, tổ chức, cá nhân không có thẩm quyền.\n",
     {("Các cơ quan, tổ chức, cá nhân được cấp tài khoản", "lead")}),
    # kept: the duty with "phải" (Quảng Ninh QĐ 96/2025, tune text C023)
    ("Điều 6. Tổ chức các biện pháp phòng cháy\n\nc)\n\nCác chủ rừng phải thường xuyên canh phòng, đặc biệt đối "
     "với những vùng trọng điểm dễ cháy.\n",
     {("Các chủ rừng", "lead")}),
])
def test_a_prohibition_ends_the_bearers_name(body, expected):
    assert assignment_entries(PROVINCE_HEADER + body) == expected


@pytest.mark.parametrize("body, expected", [
    # a heading broken between a unit word and its place: one name (Hà Nội QĐ 2025 on the title
    # "Công dân Thủ đô ưu tú", crawl af2a4fc9b3a7aeeb: "Sở Nội vụ thành phố" cut, its task "Hà Nội")
    ("Điều 5. Quy trình xét tặng\n\n2. Sở Nội vụ thành phố\nHà Nội:\n\na) Rà soát, thẩm định hồ sơ, điều "
     "kiện, tiêu chuẩn theo quy định; lấy ý kiến các đơn vị liên quan (trong trường hợp cần thiết).\n",
     {("Sở Nội vụ thành phố Hà Nội", "lead")}),
    # kept: a heading closed after the unit word, its items under it (Cần Thơ QĐ 2610/2025, tune text C019)
    ("**Điều\n15. Trách nhiệm của Công an thành phố**\n\n1. Giám sát công tác bảo đảm\nan toàn thông tin mạng cho "
     "Hệ thống.\n",
     {("Công an thành phố", "lead")}),
])
def test_a_heading_broken_before_its_place_is_one_name(body, expected):
    assert assignment_entries(PROVINCE_HEADER + body) == expected
