"""Work given by the articles of a regulation (Quy chế / Quy định) attached to a provincial
decision (issue #11, assignments that generalize): real sentences of crawled decisions of
2025 (thuvienphapluat.vn pages of github:tnt305/tai_lieu_noi_bo, commit 56eff10, file
src/etl/dataset/<name>.md; the name is given with each case), as the contract reads them
(section 3 and "Assignments anywhere").  No gold exists for these pages: each expectation is
read from the sentence by the contract."""

import pytest

from tests.support.texts import assignment_entries


# ------------------------------------------------------- collectives of unit words stay whole
# A regulation names its addressees as a group of unit words; "tổ chức" after a comma is one
# more member (not the verb "to organise"), and a unit at a level after the group's commas is
# one more member too (the level qualifies the group) — a named body after "và" still starts
# a name of its own.
@pytest.mark.parametrize("article, expected", [
    # 32bf80ce6d1e997e (Bắc Ninh QĐ 81/2025, Quy định tư vấn, phản biện của Liên hiệp các hội)
    ("Điều 6. Lựa chọn nhiệm vụ tư vấn, phản biện và giám định xã hội\n\n1. Các cơ quan, đơn vị, tổ "
     "chức chủ động đặt hàng Liên hiệp các hội Khoa học và Kỹ thuật tỉnh thực hiện tư vấn, phản biện và "
     "giám định xã hội đối với chương trình, đề án, dự án thuộc thẩm quyền.\n",
     {("Các cơ quan, đơn vị, tổ chức", "lead")}),
    # 5b692e230f990be5 (Bắc Ninh QĐ 82/2025, Quy chế Phần mềm Quản lý tài sản công), the heading
    # broken over a line as crawled
    ("Điều 9. Trách nhiệm thực hiện\n\n3. Các sở, ban, ngành, cơ\nquan, đơn vị cấp tỉnh và Ủy ban nhân dân "
     "cấp xã\n\na) Tổ chức khai thác, sử dụng Phần mềm trong phạm vi quản lý, bảo đảm hiệu quả.\n",
     {("Các sở, ban, ngành, cơ quan, đơn vị cấp tỉnh", "lead"), ("Ủy ban nhân dân cấp xã", "lead")}),
    # the verb "tổ chức" after a subject's own verb stays a verb (no member of a list)
    ("Điều 10. Trách nhiệm của Sở Nội vụ\n\n1. Sở Nội vụ chủ trì, tổ chức đánh giá, chấm điểm, xếp loại "
     "kết quả thực hiện công tác dân vận.\n",
     {("Sở Nội vụ", "lead")}),
])
def test_collectives_of_unit_words_stay_whole(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------------ an umbrella heading whose items name the bearers
# A decision's article that groups its bearers under a generic collective ("Trách nhiệm của
# các cơ quan, đơn vị", "Giao các cơ quan, đơn vị:") gives the work to the bodies its items
# name, not to the collective; an article whose items name no one keeps its collective.
@pytest.mark.parametrize("article, expected", [
    # 5b1b037dfe0263af (Nghệ An QĐ 97/2025, hỗ trợ chi phí tư vấn pháp luật)
    ("Điều 3. Trách nhiệm của các cơ\nquan, đơn vị\n\n1. Trách nhiệm của Sở Tư pháp\n\na) Chủ trì, hướng dẫn, "
     "tiếp nhận, thẩm định hồ sơ đề nghị hỗ trợ tư vấn pháp luật của doanh nghiệp nhỏ và vừa;\n\nb) Thực hiện "
     "việc quyết định hỗ trợ, thanh quyết toán theo quy định của pháp luật.\n\n2. Trách nhiệm của Sở Tài chính\n\n"
     "Hàng năm, bố trí kinh phí thực hiện hỗ trợ chi phí tư vấn pháp luật cho doanh nghiệp nhỏ và vừa.\n",
     {("Sở Tư pháp", "lead"), ("Sở Tài chính", "lead")}),
    # 2e037ff2daea1c76 (Bắc Ninh QĐ 1520/QĐ-UBND 2025, thủ tục hành chính không phụ thuộc địa giới)
    ("Điều 2. Giao các cơ\nquan, đơn vị:\n\n1. Thanh tra tỉnh chủ trì,\nphối hợp Văn phòng UBND tỉnh (Trung tâm "
     "Phục vụ hành chính công tỉnh) và UBND\ncác xã, phường:\n\nRà soát, xây dựng quy trình\nthực hiện thủ tục hành "
     "chính không phụ thuộc vào địa giới hành chính.\n\n2. Thanh tra tỉnh, UBND các\nxã, phường niêm yết công khai "
     "danh mục thủ tục hành chính.\n\nĐiều 3. Quyết định\nnày có hiệu lực kể từ ngày ký.\n",
     {("Thanh tra tỉnh", "lead"), ("Văn phòng Ủy ban nhân dân tỉnh", "support"),
      ("Ủy ban nhân dân các xã, phường", "support"), ("Ủy ban nhân dân các xã, phường", "lead")}),
    # items that name no one: the collective bears the article's duties (gold N07, Điều 15)
    ("Điều 15. Trách nhiệm của các cơ quan, đơn vị\n\n1. Tổ chức triển khai thực hiện nghiêm túc Quy chế này.\n\n"
     "2. Đôn đốc sử dụng hộp thư điện tử công vụ.\n",
     {("Các cơ quan, đơn vị", "lead")}),
])
def test_an_umbrella_heading_gives_no_work_of_its_own(article, expected):
    assert assignment_entries(article) == expected


# ----------------------------------------------------------- powers devolved are no tasks
# A decision that devolves powers ("Phân cấp thẩm quyền …") says in its articles who may decide
# what; the work it gives stands in its "Tổ chức thực hiện" article (as the tuned-on gold of
# such a decision, C029, records it).
@pytest.mark.parametrize("article, expected", [
    # 1726b1b0ca691ac5 (Đắk Lắk QĐ 031/2025, phân cấp xác lập, xử lý tài sản toàn dân), the
    # article's title broken over a line as crawled
    ("Điều 4. Phân cấp thẩm\nquyền quyết định phê duyệt phương án xử lý tài sản được xác lập quyền sở hữu\n"
     "toàn dân\n\n1. Phân cấp thẩm quyền\nquyết định phê duyệt phương án xử lý tài sản đối với tang vật\n\n"
     "b) Các Sở, ban, ngành cấp\ntỉnh phê duyệt phương án xử lý tài sản theo hình thức giao, điều chuyển giữa\n"
     "các cơ quan, đơn vị thuộc phạm vi quản lý.\n\nc) Sở Tài chính quyết định\nphê duyệt phương án xử lý đối "
     "với tài sản do cơ quan Trung ương trình Chủ tịch Ủy ban nhân dân tỉnh quyết\nđịnh tịch thu.\n",
     set()),
    # the same body given work by an article on its duties keeps its entry
    ("Điều 14. Tổ chức thực hiện\n\n1. Sở Tài chính chủ trì phổ biến, triển khai Quyết định này đến các cơ quan, "
     "đơn vị; theo dõi, kiểm tra việc thực hiện.\n",
     {("Sở Tài chính", "lead")}),
])
def test_powers_devolved_are_no_tasks(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------------------ a class of bearers titled with a capital
# An article's title names the class that bears its duties, its generic head capitalized as a
# title writes it and the rest in lower case: the class whole is the entry.
@pytest.mark.parametrize("article, expected", [
    # 051c596134cabb79 (Ninh Bình QĐ 165/2025, Quy chế chứng thư chữ ký số chuyên dùng công vụ), items 1 and 3
    # (on the page item 2 names a bearer of its own, "Các cơ quan, đơn vị nhận …", and the title's class is
    # then read as grouping the items: still missed there)
    ("**Điều\n17. Trách nhiệm của Cơ quan quản lý trực tiếp**\n\n1. Thực hiện trách nhiệm của\ncơ quan, tổ "
     "chức quản lý trực tiếp được quy định tại Điều 37\nNghị định 68/2024/NĐ-CP.\n\n3. Tổ chức đào tạo, tập "
     "huấn,\ntriển khai sử dụng có hiệu quả Chứng thư chữ ký số.\n",
     {("Cơ quan quản lý trực tiếp", "lead")}),
    # the same shape in a tuned-on text (gold M07, Điều 7)
    ("**Điều 7. Trách nhiệm của Cơ quan có chức năng quản lý đất đai cấp xã**\n\n1. Chuyển hồ sơ và bản sao "
     "Giấy chứng nhận đã giải quyết đến Văn phòng đăng ký đất đai.\n",
     {("Cơ quan có chức năng quản lý đất đai cấp xã", "lead")}),
    # a named body after "Cơ quan" stays a name ("Cơ quan Kiểm lâm")
    ("**Điều 9. Trách nhiệm của Cơ quan Kiểm lâm**\n\n1. Tổ chức tuần tra, kiểm soát.\n",
     {("Cơ quan Kiểm lâm", "lead")}),
])
def test_a_class_of_bearers_titled_with_a_capital(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------------- a named body's passive predicate is no name
@pytest.mark.parametrize("article, expected", [
    # 7bcbaa914bb254d9 (Hải Phòng QĐ 210/2025, phân cấp thanh lý tài sản cấp nước sạch nông thôn)
    ("**Điều 3. Tổ chức thực hiện**\n1. Ủy ban nhân dân cấp xã được phân cấp thẩm quyền\nquyết định thanh lý tài sản "
     "kết cấu hạ tầng cấp nước sạch nông thôn tập trung;\nxử lý tài sản kết cấu hạ tầng cấp nước sạch nông thôn tập "
     "trung trong trường hợp\nbị mất, bị hủy hoại trên địa bàn thành phố Hải Phòng tại Quyết định này căn cứ\nchức "
     "năng, nhiệm vụ được giao có trách nhiệm tổ chức thực hiện và chịu trách\nnhiệm toàn diện trước Ủy ban nhân dân "
     "thành phố về Quyết định của mình.\n",
     {("Ủy ban nhân dân cấp xã", "lead")}),
    ("Điều 3. Tổ chức thực hiện\n\n1. Ủy ban nhân dân cấp xã được phân cấp có trách nhiệm tổ chức thực hiện.\n",
     {("Ủy ban nhân dân cấp xã", "lead")}),
])
def test_a_named_bodys_passive_predicate_is_no_name(article, expected):
    assert assignment_entries(article) == expected


# ----------------------------------------------- no name ends in a list's conjunction
@pytest.mark.parametrize("article, expected", [
    # 32bf80ce6d1e997e (Bắc Ninh QĐ 81/2025): the list is cut inside "… và các tổ chức khác"
    ("Điều 2. Trách nhiệm giao nhiệm vụ, thực hiện và đề nghị tư vấn\n\n3. Các sở, cơ quan thuộc Uỷ\nban nhân dân "
     "tỉnh, Uỷ ban nhân dân các xã, phường và các tổ chức khác đề nghị\ntư vấn, phản biện và giám định xã hội.\n",
     {("Các sở, cơ quan thuộc Ủy ban nhân dân tỉnh", "lead"), ("Ủy ban nhân dân các xã, phường", "lead")}),
])
def test_no_name_ends_in_a_lists_conjunction(article, expected):
    assert assignment_entries(article) == expected


# a list of posts keeps its clause: the class of people the article's title names
# (051c596134cabb79, Ninh Bình QĐ 165/2025 Điều 18)
def test_a_list_of_posts_keeps_its_passive_clause():
    article = ("**Điều\n18. Trách nhiệm của thủ trưởng, cán bộ, công chức, viên chức được cấp Chứng thư\nchữ ký số "
               "trong cơ quan nhà nước**\n\n1. Gương mẫu, quyết liệt chỉ\nđạo, triển khai và sử dụng chữ ký số chuyên "
               "dùng công vụ.\n")
    assert assignment_entries(article) == {
        ("Thủ trưởng, cán bộ, công chức, viên chức được cấp Chứng thư chữ ký số trong cơ quan nhà nước", "lead")}


# ------------------------------------------------- a task noun is no directive's addressee
@pytest.mark.parametrize("article, expected", [
    # 32bf80ce6d1e997e (Bắc Ninh QĐ 81/2025): the chairman's duty to assign names the work, not a body
    ("Điều 2. Trách nhiệm giao nhiệm vụ, thực hiện và đề nghị tư vấn\n\n1. Chủ tịch Uỷ ban nhân dân\ntỉnh có trách "
     "nhiệm giao nhiệm vụ tư vấn, phản biện và giám định xã hội.\n",
     set()),
    # a directed heading that names a class keeps it ("Đề nghị các doanh nghiệp …", gold round 5)
    ("III. TỔ CHỨC THỰC HIỆN\n\n11. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa\n\n"
     "Chủ động nắm bắt thông tin thị trường.\n",
     {("Các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa", "lead")}),
])
def test_a_task_noun_is_no_addressee(article, expected):
    assert assignment_entries(article) == expected


# -------------------------------------------- the closing request to report trouble
# "nếu có khó khăn, vướng mắc … phản ánh về Sở …" asks the bodies to report trouble, no work (the
# existing rule); either word alone says it too.
@pytest.mark.parametrize("article, expected", [
    # 7bcbaa914bb254d9 (Hải Phòng QĐ 210/2025)
    ("**Điều 3. Tổ chức thực hiện**\n3. Trong quá trình thực hiện Quyết định này, nếu có\nphát sinh vướng mắc yêu "
     "cầu các Sở, ban, ngành, Ủy ban nhân dân các xã, phường,\nđặc khu, các cơ quan, đơn vị, doanh nghiệp, tổ chức, "
     "cá nhân phản ánh kịp thời\nvề Sở Nông nghiệp và Môi trường để tổng hợp, báo cáo Ủy ban nhân dân thành phố\n"
     "xem xét, sửa đổi, bổ sung theo quy định của pháp luật.\n",
     set()),
    # the condition opening the sentence its subject stands in, in an article of its own (tune2
    # C020, Phú Thọ QĐ 102/2025 Điều 18: gold has no entry; it gave the collective as a lead)
    ("**Điều 18. Sửa đổi, bổ sung\nQuy chế**\n\nTrong quá trình triển khai thực hiện, nếu có khó\nkhăn, vướng "
     "mắc, các cơ quan, đơn vị, tổ chức và cá nhân liên quan kịp thời phản\nánh về Sở Dân tộc và Tôn giáo để tổng "
     "hợp, đề xuất Chủ tịch Ủy ban nhân dân tỉnh\nxem xét sửa đổi, bổ sung Quy chế./.\n",
     set()),
    # … but work done before the report is an entry (tune3 C044, Ban Tuyên giáo và Dân vận TW QĐ
    # 1147/2025 Điều 18, gold)
    ("**Điều 18. Điều khoản thi hành**\n\nTrong quá trình thực hiện, nếu có vướng mắc, phát\nsinh, các tỉnh "
     "ủy, thành ủy tổng hợp, báo cáo Ban Tuyên giáo và Dân vận Trung\nương (qua Vụ Lý luận chính trị) để xem xét, "
     "giải quyết.\n",
     {("Các tỉnh ủy, thành ủy", "lead")}),
    # a request without the condition still gives its addressees work
    ("**Điều 3. Tổ chức thực hiện**\n3. Trong quá trình thực hiện Quyết định này, yêu cầu các Sở, ban, ngành, Ủy "
     "ban nhân dân các xã, phường triển khai thực hiện nghiêm túc các nội dung được phân cấp.\n",
     {("Các Sở, ban, ngành", "lead"), ("Ủy ban nhân dân các xã, phường", "lead")}),
])
def test_the_closing_request_to_report_trouble(article, expected):
    assert assignment_entries(article) == expected
