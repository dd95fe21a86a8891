"""Assignment shapes of the tune11 documents (held out 0.4.0–0.14.0, tuned on from 0.15.0) that
recur across Vietnamese administrative documents: real sentences of the corpus texts, the source
file named with each case, read by the contract (section 3 and "Assignments anywhere")."""

import pytest

from tests.support.texts import assignment_entries


# ------------------------------------------- "Nội dung X có trách nhiệm chủ trì": X leads
# A coordination rule (Quy chế phối hợp) titles each article with the body that leads its
# content; the items under it are that body's work.  An article titled by its content only
# ("Nội dung phối hợp chung") names no one.
@pytest.mark.parametrize("article, expected", [
    # C021_thainguyen-qd26-2025-quy-che-tin-nguong-ton-giao, Điều 6 (a paragraph under it)
    ("**Điều 6. Nội\ndung Công an tỉnh có trách nhiệm chủ trì**\n\nNắm tình hình, tham mưu giải\nquyết các vấn đề "
     "liên quan đến tín ngưỡng, tôn giáo trên địa bàn ngay từ cơ sở.\n",
     {("Công an tỉnh", "lead")}),
    # the same, Điều 7 (numbered items under it)
    ("**Điều 7. Nội\ndung Bộ Chỉ huy quân sự tỉnh có trách nhiệm chủ trì**\n\n1. Tham mưu công tác chỉ đạo,\nhướng "
     "dẫn, tổ chức thực hiện công tác quốc phòng, quân sự địa phương liên quan\nđến tín ngưỡng, tôn giáo.\n\n2. Giải "
     "quyết các vấn đề cụ thể\nvề quốc phòng, quân sự liên quan đến tín ngưỡng, tôn giáo trên địa bàn tỉnh\ntheo "
     "thẩm quyền.\n",
     {("Bộ Chỉ huy quân sự tỉnh", "lead")}),
    # the same, Điều 13: a collective
    ("**Điều 13. Nội\ndung các cơ quan, đơn vị khác có trách nhiệm chủ trì**\n\n1. Tham mưu chỉ đạo, hướng dẫn,\nđánh "
     "giá tình hình và công tác chuyên môn có liên quan đến tín ngưỡng, tôn giáo\ntrên địa bàn tỉnh.\n",
     {("Các cơ quan, đơn vị khác", "lead")}),
    # the same, Điều 4: content, no body
    ("**Điều 4. Nội dung phối hợp chung**\n\n1. Xây dựng, ban hành, đánh giá việc thực hiện chính sách, văn bản quy "
     "phạm pháp luật về tín ngưỡng, tôn giáo.\n",
     set()),
])
def test_an_article_titled_by_the_body_that_leads_its_content(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------- "Trách nhiệm của Trưởng Ban Chỉ đạo": a post of the body
# A task force's Quy chế gives each of its posts an article; the verb-like word of the body's name
# ("Ban Chỉ đạo") is capitalized, a word of the name, not the title's verb.  The posts of the
# issuing body itself are written as printed (contract, Clarifications), though the Quy chế
# defines "Ban Chỉ đạo" as its short name.
_C026_HEADER = ("|\n**BAN CHỈ ĐẠO NHÀ\nNƯỚC **\nVỀ DU LỊCH\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
                "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 170/QĐ-BCĐNNDL\n|\n*Hà Nội, ngày 21\ntháng 11 năm "
                "2025*\n|\n\n\n**QUYẾT ĐỊNH**\n\nBAN\nHÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH\n\n"
                "**QUY CHẾ**\n\n**Điều 1. Phạm vi và đối tượng\náp dụng**\n\n1. Quy chế này quy định về nguyên tắc làm việc "
                "của Ban Chỉ đạo Nhà nước về Du lịch (gọi tắt là Ban Chỉ đạo).\n\n")


@pytest.mark.parametrize("article, expected", [
    # C026_bcdnndl-qd170-2025-quy-che-ban-chi-dao-du-lich, Điều 5, 6, 8
    (_C026_HEADER + "**Điều 5. Trách nhiệm của Trưởng\nBan Chỉ đạo**\n\n1. Trực tiếp lãnh đạo, điều hành hoạt động của "
     "Ban\nChỉ đạo; chịu trách nhiệm chung về hoạt động của Ban Chỉ đạo.\n",
     {("Trưởng Ban Chỉ đạo", "lead")}),
    (_C026_HEADER + "**Điều 6. Trách nhiệm của Phó Trưởng\nBan Chỉ đạo**\n\n1. Thay mặt Trưởng Ban Chỉ đạo triệu tập, "
     "chủ trì\ncác cuộc họp của Ban Chỉ đạo.\n",
     {("Phó Trưởng Ban Chỉ đạo", "lead")}),
    (_C026_HEADER + "**Điều 8. Trách nhiệm của Ủy viên\nkiêm Chánh Văn phòng Ban Chỉ đạo**\n\n1. Điều hành Văn phòng Ban "
     "Chỉ đạo, chịu trách nhiệm\ntrước Trưởng Ban Chỉ đạo và Phó Trưởng Ban Chỉ đạo về toàn bộ hoạt động của Văn\n"
     "phòng Ban Chỉ đạo.\n",
     {("Ủy viên kiêm Chánh Văn phòng Ban Chỉ đạo", "lead")}),
    # the same, Điều 16.2 (its first sentence, the lines joined): the issuing body's own office, as printed
    (_C026_HEADER + "**Điều 16. Kiểm tra hoạt động**\n\n2. Văn phòng Ban Chỉ đạo xây dựng kế hoạch kiểm tra trình Trưởng "
     "Ban Chỉ đạo xem xét, quyết định việc tổ chức đoàn công tác kiểm tra.\n",
     {("Văn phòng Ban Chỉ đạo", "lead")}),
])
def test_an_article_on_a_post_of_the_task_force(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------ "… để triển khai thực hiện Quyết định này": a purpose
# The execution words as the purpose of a task given before them are no execution clause; the
# clause itself still gives no entry.
@pytest.mark.parametrize("article, expected", [
    # C034_quangtri-qd36-2025-quy-dinh-an-toan-dien, Điều 6.2
    ("**Điều 6. Trách nhiệm quản lý an\ntoàn trong sử dụng điện**\n\n2. Các sở, ban, ngành cấp tỉnh theo chức năng, "
     "nhiệm\nvụ và quyền hạn có trách nhiệm phổ biến, quán triệt đến cán bộ, công chức, viên\nchức, người lao động của "
     "đơn vị để triển khai thực hiện Quyết định này, đảm bảo\nsử dụng điện an toàn, tiết kiệm và hiệu quả.\n",
     {("Các sở, ban, ngành cấp tỉnh", "lead")}),
    # a decision's execution clause (C021_thainguyen-qd26-2025-quy-che-tin-nguong-ton-giao, Điều 3)
    ("**Điều 3. **Chánh\nVăn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Dân tộc và Tôn giáo, Chủ tịch Ủy\nban nhân dân cấp "
     "xã; Thủ trưởng cơ quan, đơn vị có liên quan chịu trách nhiệm\nthi hành Quyết định này./.\n",
     set()),
])
def test_the_execution_words_as_a_tasks_purpose(article, expected):
    assert assignment_entries(article) == expected


# ----------------------------- a label alone over items that are a lead's sentence with partners
# "- Cơ quan thực hiện:" alone, its items below: an item "X chủ trì, phối hợp với Y, Z …" gives X
# the lead and Y, Z support, as the same words on the label's own line do.
@pytest.mark.parametrize("text, expected", [
    # C007_hcm-kh174-2025-binh-dang-gioi, III.1.c
    ("**III. NỘI\nDUNG HOẠT ĐỘNG**\n\n**1. Nâng cao nhận thức về bình đẳng giới**\n\nc) Hoạt động 3\n\n- Nội dung: "
     "Tuyên truyền,\ngiáo dục về phòng ngừa, ứng phó bạo lực trên cơ sở giới trên các phương tiện\ntruyền thông đại "
     "chúng và các hình thức cổ động trực quan.\n\n- Cơ quan thực hiện:\n\n+ Sở Văn hóa và Thể thao chủ\ntrì, phối hợp "
     "với các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường,\nxã, đặc khu, báo, đài và các đơn vị có "
     "liên quan.\n\n+ Sở Xây dựng đăng tải thông\nđiệp truyền thông Tháng hành động trên bảng quang báo thông tin giao "
     "thông của\nThành phố.\n",
     {("Sở Văn hóa và Thể thao", "lead"), ("Các sở, ban, ngành, đoàn thể Thành phố", "support"),
      ("Ủy ban nhân dân phường, xã, đặc khu", "support"), ("Sở Xây dựng", "lead")}),
])
def test_a_label_over_a_leads_sentence(text, expected):
    assert assignment_entries(text) == expected


# ----------------------------------------- a procedure's step as a bullet with its label
# A published procedure (Quyết định công bố thủ tục hành chính) prints its steps as bullets, the
# step's label then the sentence saying who does it: that body is given the step.
@pytest.mark.parametrize("text, expected", [
    # C032_camau-qd01779-2025-cong-bo-tthc-dia-chat-khoang-san, Phần II 1.1.b
    ("**Phần II. NỘI DUNG CỤ THỂ**\n\n*1.1.\nTrường hợp tổ chức, cá nhân đề nghị công nhận kết quả thăm dò khoáng sản.*\n\n"
     "*b) Quy trình giải quyết:*\n\n*- Quy trình giải quyết tại\nVăn phòng Ủy ban nhân dân tỉnh*\n\n+ Bước 1: Văn phòng Ủy "
     "ban nhân\ndân tỉnh tiếp nhận, thẩm định hồ sơ trình của Sở Nông nghiệp và Môi trường,\nhoàn thiện hồ sơ, trình Chủ "
     "tịch Ủy ban nhân dân tỉnh ký phê duyệt kết quả giải\nquyết thủ tục hành chính theo quy định: 4,5 ngày.\n",
     {("Văn phòng Ủy ban nhân dân tỉnh", "lead")}),
])
def test_a_procedures_step_as_a_bullet(text, expected):
    assert assignment_entries(text) == expected


# ------------------------------- a bold heading a crawl printed as two paragraphs
# The name goes on past the blank line where its two halves are two words of a known name
# ("Liên hiệp | Phụ nữ"); a heading over its first sentence stays apart.
@pytest.mark.parametrize("text, expected", [
    # C007_hcm-kh174-2025-binh-dang-gioi, V.3
    ("**V. TỔ CHỨC\nTHỰC HIỆN**\n\n**3. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam Thành phố, Hội Liên hiệp**\n\n**Phụ nữ "
     "Thành phố và các tổ\nchức thành viên của Mặt trận**\n\n- Trong phạm vi chức năng,\nnhiệm vụ của mình, tham gia phối "
     "hợp triển khai thực hiện Kế hoạch này.\n\n- Duy trì kết quả của chuỗi\nhoạt động “Tháng cùng phụ nữ hành động”.\n",
     {("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "lead"), ("Hội Liên hiệp Phụ nữ Thành phố", "lead"),
      ("Các tổ chức thành viên của Mặt trận", "lead")}),
    # the same heading's name whole on its line, its work under it
    ("**V. TỔ CHỨC\nTHỰC HIỆN**\n\n**4. Ủy ban nhân dân phường,\nxã, đặc khu**\n\nCăn cứ tình hình thực tế của\nđịa "
     "phương và nội dung được giao, có kế hoạch triển khai thực hiện nhằm đảm bảo\nhoàn thành nhiệm vụ được giao.\n",
     {("Ủy ban nhân dân phường, xã, đặc khu", "lead")}),
])
def test_a_heading_split_in_two_paragraphs(text, expected):
    assert assignment_entries(text) == expected


# ------------------------------ "(có) liên quan" closes a group before its verb
# The concerned ones' group ends at its "liên quan": the word after it is its verb, listed or not
# ("phản ánh"), so the closing request to report trouble is read as one (no entry).
@pytest.mark.parametrize("article, expected", [
    # C034_quangtri-qd36-2025-quy-dinh-an-toan-dien, Điều 7.2 (its second sentence gives Sở Công Thương work)
    ("**Điều 7. Điều khoản thi hành**\n\n2. Trong quá trình thực hiện Quy định này nếu có\nkhó khăn, vướng mắc, các cơ "
     "quan, đơn vị có liên quan phản ánh kịp thời về Sở\nCông Thương để hướng dẫn, giải quyết. Trường hợp vượt thẩm "
     "quyền, Sở Công\nThương tổng hợp, báo cáo tham mưu đề xuất Ủy ban nhân dân tỉnh xem xét, quyết định./.\n",
     {("Sở Công Thương", "lead")}),
])
def test_the_concerned_ones_group_ends_at_its_verb(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------------------ "cử thành phần": a verb that ends the name
@pytest.mark.parametrize("article, expected", [
    # C026_bcdnndl-qd170-2025-quy-che-ban-chi-dao-du-lich, Điều 16.2 (its second sentence)
    # (its printed lines joined, as the normalizer joins the crawl's wrapped lines of the whole page)
    ("**Điều 16. Kiểm tra hoạt động**\n\n2. Văn phòng Ban Chỉ đạo xây dựng kế hoạch kiểm tra trình Trưởng Ban Chỉ đạo "
     "xem xét, quyết định việc tổ chức đoàn công tác kiểm tra, đánh giá việc triển khai thực hiện các nhiệm vụ tại địa "
     "phương. Căn cứ vào tình hình thực tế, tính chất, phạm vi vấn đề cần kiểm tra, các bộ thành viên Ban Chỉ đạo cử "
     "thành phần phù hợp đảm bảo việc tổ chức thực hiện hiệu quả.\n",
     {("Văn phòng Ban Chỉ đạo", "lead"), ("Các bộ thành viên Ban Chỉ đạo", "lead")}),
])
def test_a_body_that_sends_its_people(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------------ the same post twice in a list is two posts
# "Giám đốc các sở, Thủ trưởng các ban, ngành …" is one collective of posts (other posts); "Thủ
# trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ" repeats the post: two of them.
@pytest.mark.parametrize("article, expected", [
    # C026_bcdnndl-qd170-2025-quy-che-ban-chi-dao-du-lich, Điều 19 (its lines joined)
    ("**Chương IV**\n\n**TỔ CHỨC THỰC HIỆN**\n\n**Điều 19.** Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan "
     "thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương có trách nhiệm tạo điều kiện để "
     "Ban Chỉ đạo Nhà nước về du lịch hướng dẫn, kiểm tra và tiến hành các hoạt động có liên quan.\n",
     {("Bộ trưởng", "lead"), ("Thủ trưởng cơ quan ngang bộ", "lead"), ("Thủ trưởng cơ quan thuộc Chính phủ", "lead"),
      ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", "lead")}),
])
def test_the_same_post_twice_is_two_posts(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------- the Front's member organisations are a kind of their own
@pytest.mark.parametrize("text, expected", [
    # C056_baccamranh-khanhhoa-kh-2025-kiem-tra-giam-sat-bau-cu, V.1 (its first clauses)
    ("V. TỔ CHỨC THỰC HIỆN\n\n1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường xây dựng Kế hoạch kiểm tra, "
     "giám sát; tổ chức chủ trì, phối hợp với các tổ chức chính trị - xã hội, tổ chức thành viên của Mặt trận kiểm tra, "
     "giám sát công tác bầu cử theo quy định.\n",
     {("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường", "lead"), ("Các tổ chức chính trị - xã hội", "support"),
      ("Các tổ chức thành viên của Mặt trận", "support")}),
])
def test_the_fronts_members_apart(text, expected):
    assert assignment_entries(text) == expected


# --------------------- "Các bộ, ngành" is no short form of "Các bộ, ngành, địa phương"
@pytest.mark.parametrize("article, expected", [
    # C026_bcdnndl-qd170-2025-quy-che-ban-chi-dao-du-lich, Điều 14.1-2 (their lines joined)
    ("**Điều 14. Phối hợp hoạt động**\n\n1. Ban Chỉ đạo phối hợp với các bộ, ngành, địa phương và chỉ đạo Ban Chỉ đạo phát "
     "triển du lịch các địa phương triển khai các hoạt động theo chức năng, nhiệm vụ được giao.\n\n2. Các bộ, ngành và Ban "
     "Chỉ đạo phát triển du lịch các địa phương có trách nhiệm xây dựng kế hoạch, đề án giải quyết các công việc liên "
     "quan đến phát triển du lịch thuộc chức năng, nhiệm vụ được giao.\n",
     {("Ban Chỉ đạo", "lead"), ("Các bộ, ngành, địa phương", "support"), ("Các bộ, ngành", "lead"),
      ("Ban Chỉ đạo phát triển du lịch các địa phương", "lead")}),
])
def test_the_ministries_without_the_localities(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------------------------- meetings in the plural are no body
@pytest.mark.parametrize("article, expected", [
    # C026_bcdnndl-qd170-2025-quy-che-ban-chi-dao-du-lich, Điều 5.2 (its lines joined)
    ("**Điều 5. Trách nhiệm của Trưởng Ban Chỉ đạo**\n\n2. Triệu tập, chủ trì hoặc ủy quyền cho Phó Trưởng Ban Chỉ đạo chủ "
     "trì các cuộc họp thường kỳ, bất thường và mở rộng; các hội nghị triển khai hoạt động của Ban Chỉ đạo.\n",
     {("Trưởng Ban Chỉ đạo", "lead")}),
])
def test_meetings_in_the_plural_are_no_body(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------ "1. Giúp Thủ tướng Chính phủ:": a part, not a body's name
@pytest.mark.parametrize("article, expected", [
    # C026_bcdnndl-qd170-2025-quy-che-ban-chi-dao-du-lich, Điều 4.1 (its lines joined)
    ("**Điều 4. Trách nhiệm của Ban Chỉ đạo**\n\n1. Giúp Thủ tướng Chính phủ:\n\na) Chỉ đạo việc phối hợp hoạt động của "
     "các bộ, ngành và địa phương liên quan trong việc xây dựng và tổ chức triển khai thực hiện chiến lược, chương "
     "trình, kế hoạch quốc gia về phát triển du lịch;\n",
     {("Ban Chỉ đạo", "lead")}),
])
def test_a_part_for_a_post_served_is_no_body(article, expected):
    assert assignment_entries(article) == expected


# ----------------------------------------- "chính quyền cơ sở": the grassroots level as a complement
@pytest.mark.parametrize("text, expected", [
    # C013_daklak-kh0129-2025-ho-tro-nhu-yeu-pham-mua-lu, IV.12 (its lines joined)
    ("**IV. PHÂN CÔNG NHIỆM VỤ**\n\n**12.** **Đề nghị Công ty Điện lực Đắk Lắk:** Khẩn trương kiểm tra, khắc phục sự cố "
     "lưới điện tại khu vực bị ảnh hưởng. Phối hợp chính quyền cơ sở bảo đảm an toàn điện tại khu vực còn ngập; chuẩn bị "
     "phương án cắt điện có kiểm soát khi mưa lũ tiếp diễn.\n",
     {("Công ty Điện lực Đắk Lắk", "lead"), ("Chính quyền cơ sở", "support")}),
])
def test_the_grassroots_government(text, expected):
    assert assignment_entries(text) == expected


# ------------------------------------ a bracket's "và doanh nghiệp khác" is no member
@pytest.mark.parametrize("text, expected", [
    # C013_daklak-kh0129-2025-ho-tro-nhu-yeu-pham-mua-lu, IV.13 (its lines joined)
    ("**IV. PHÂN CÔNG NHIỆM VỤ**\n\n**13. Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp "
     "khác):** Đảm bảo thông tin liên lạc ổn định; bố trí nguồn điện dự phòng cho các trạm phát sóng.\n",
     {("Các doanh nghiệp viễn thông", "lead")}),
])
def test_the_others_in_a_bracket(text, expected):
    assert assignment_entries(text) == expected


# ------------------------------------------ "Mặt trận cơ sở": the Front at a level, without "Tổ quốc"
@pytest.mark.parametrize("text, expected", [
    # C013_daklak-kh0129-2025-ho-tro-nhu-yeu-pham-mua-lu, IV.11 (its lines joined)
    ("**IV. PHÂN CÔNG NHIỆM VỤ**\n\n**11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:**\n\n- Phối hợp chính quyền địa "
     "phương, Mặt trận cơ sở và các đoàn thể giám sát việc phân bố và sử dụng nguồn hỗ trợ; tổng hợp, báo cáo kết quả "
     "vận động - tiếp nhận - phân phối theo quy định.\n",
     {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead"), ("Chính quyền địa phương", "support"),
      ("Mặt trận cơ sở", "support"), ("Các đoàn thể", "support")}),
])
def test_the_front_at_a_level(text, expected):
    assert assignment_entries(text) == expected


# --------------------------------------------- "đơn vị điện lực": the power utility in lower case
@pytest.mark.parametrize("article, expected", [
    # C034_quangtri-qd36-2025-quy-dinh-an-toan-dien, Điều 6.3 (its first sentence, the lines joined)
    ("**Điều 6. Trách nhiệm quản lý an toàn trong sử dụng điện**\n\n3. Ủy ban nhân dân các xã, phường và đặc khu chủ trì, "
     "phối hợp với đơn vị điện lực và các đơn vị liên quan thực hiện công tác kiểm tra an toàn trong sử dụng điện cho "
     "mục đích sinh hoạt, dịch vụ trên địa bàn quản lý.\n",
     {("Ủy ban nhân dân các xã, phường và đặc khu", "lead"), ("Đơn vị điện lực", "support")}),
])
def test_the_power_utility_in_lower_case(article, expected):
    assert assignment_entries(article) == expected
