"""Shapes of documents the tool had never seen, annotated before it ran on them (0.12.0: five
provincial decisions crawled from thuvienphapluat.vn, as stored in github:TuanHuu168/CongBot at
commit b8849f31b7b2c45573ef23629e37122d608a222e, folder Data/; the file is given with each
case).  Each expectation is read from the sentence by the contract (section 3, "Assignments
anywhere")."""

import pytest

from tests.support.texts import assignment_entries


# ------------------------------------------------ an article's item "Body: its work" labels its bearer
# Whatever an article is called, an item that labels a body and states its work after the colon
# gives that body the work (the contract's own shape "1. Sở Nội vụ: …"); an item whose text
# before its colon names no body gives no one work.
@pytest.mark.parametrize("article, expected", [
    # Data/file_data_18.md (Gia Lai QĐ 31/2011/QĐ-UBND, Quy định miễn, giảm tiền sử dụng đất)
    ("Điều 7. Đối với các cơ quan nhà nước\n\n1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ "
     "xin miễn, giảm tiền sử dụng đất của người có công với cách mạng, trong thời hạn không quá 15 (mười "
     "lăm) ngày làm việc kể từ ngày nhận hồ sơ có trách nhiệm:\n\na) Căn cứ tình hình nhà ở, đất ở của các "
     "đối tượng chính sách trên địa bàn, tiến hành bình xét.\n\n4. Cơ quan Thuế: Đối với các trường hợp được "
     "giao đất ở, căn cứ vào hồ sơ tiếp nhận, trình UBND tỉnh ban hành Quyết định miễn, giảm tiền sử dụng "
     "đất đối với người có công với cách mạng.\n\n5. Ủy ban nhân dân tỉnh: Trong thời hạn không quá 05 (năm) "
     "ngày làm việc, kể từ ngày nhận được Tờ trình của Cục Thuế tỉnh, Ủy ban nhân dân tỉnh ký quyết định "
     "miễn, giảm tiền sử dụng đất cho từng trường hợp cụ thể.\n",
     {("Ủy ban nhân dân xã, phường, thị trấn", "lead"), ("Cơ quan Thuế", "lead"), ("Ủy ban nhân dân tỉnh", "lead")}),
    # (same Quy định) the text before the colon is no body's name: a rate and its beneficiaries
    ("Điều 5. Giảm tiền sử dụng đất\n\n1. Giảm 90% tiền sử dụng đất cho các đối tượng là: Người hoạt động "
     "kháng chiến bị nhiễm chất độc hóa học; thương binh, bệnh binh có tỷ lệ suy giảm khả năng lao động từ "
     "61% đến 80%;\n",
     set()),
])
def test_an_articles_item_labels_its_bearer(article, expected):
    assert assignment_entries(article) == expected


# ------------------------------------------------------ a plan's "Nội dung công tác" part gives work
# The part of a plan that lists its work item by item ("II. NỘI DUNG CÔNG TÁC", as "NỘI DUNG HOẠT
# ĐỘNG" already is) is a task part: an item whose subject is a body gives it work, and a bracketed
# "(Giao X chủ trì, phối hợp với Y; Z …)" names its lead and partners.  Not the purpose part.
@pytest.mark.parametrize("plan, expected", [
    # Data/file_data_20.md (Sơn La QĐ 254/QĐ-UBND 2023, Kế hoạch bảo vệ bí mật nhà nước năm 2023)
    ("KẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức cho cán bộ, công chức về bảo vệ bí mật nhà nước.\n\n"
     "II. NỘI DUNG CÔNG TÁC\n\n1. Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố tiếp tục tổ "
     "chức tuyên truyền, tập huấn đến toàn thể cán bộ, đảng viên, công chức, viên chức.\n\n2. Tiếp tục thực hiện "
     "tốt các quy định về xác định BMNN và độ mật của BMNN.\n\n6. Xây dựng và tham mưu với UBND tỉnh ban hành Quy "
     "chế bảo vệ BMNN trên địa bàn tỉnh (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp "
     "và các cơ quan, tổ chức có liên quan tham mưu).\n",
     {("Các sở, ban, ngành trực thuộc Ủy ban nhân dân tỉnh", "lead"), ("Ủy ban nhân dân các huyện, thành phố", "lead"),
      ("Văn phòng Ủy ban nhân dân tỉnh", "support"), ("Sở Tư pháp", "support")}),
])
def test_a_plans_work_content_part_gives_work(plan, expected):
    assert assignment_entries(plan) == expected


# ---------------------------------------------------------------- a benefit paid monthly is no work
# "tiền tuất" (a martyr's family's survivor allowance) recurs as a payment, as "trợ cấp" and
# "phụ cấp" do (models/time_word_contexts.tsv): no deadline.
@pytest.mark.parametrize("phrase, expected", [
    # Data/file_data_18.md (Gia Lai QĐ 31/2011/QĐ-UBND, Quy định, Điều 4)
    ("Người có công với cách mạng khi được giao đất ở thì được miễn tiền sử dụng đất cho các đối tượng là: "
     "Bà mẹ Việt Nam Anh hùng; thân nhân của liệt sỹ đang hưởng tiền tuất nuôi dưỡng hàng tháng.", []),
    # (same Quy định, Điều 7.1) a report every quarter is work
    ("Hàng quý, UBND xã, phường, thị trấn có trách nhiệm lập hồ sơ, thống kê các đối tượng đã được bình xét.",
     [("recurrence", "P3M")]),
])
def test_a_benefit_paid_monthly_is_no_work(phrase, expected):
    from pipeline.deadlines import recognize_deadlines
    from tests.support.texts import structure
    got = [(d.kind, d.value) for d in recognize_deadlines(structure(phrase), 2011, [], [], issue_date="2011-11-10")]
    assert sorted(got) == sorted(expected)


# ------------------------------------------- a list's first item after its colon, written "Số …"
# "các Quyết định …: Số 1025/QĐ-LĐTBXH …; số 547/QĐ-LĐTBXH …": the first item is capitalized after
# the colon as a later one is after ";" — a citation of the type its code names; never a header's
# "Số: 1351/QĐ-UBND".
@pytest.mark.parametrize("sentence, expected", [
    # Data/file_data_24.md (Quảng Ngãi QĐ 1351/QĐ-UBND 2022, opening and Điều 3)
    ("Căn cứ các Quyết định của Bộ trưởng Bộ Lao động - Thương binh và Xã hội: Số 1025/QĐ-LĐTBXH ngày 03/8/2016 "
     "về việc công bố thủ tục hành chính lĩnh vực người có công; số 547/QĐ-LĐTBXH ngày 21/5/2020 về việc công bố "
     "thủ tục hành chính mới ban hành;", [("1025", "QĐ-LĐTBXH"), ("547", "QĐ-LĐTBXH")]),
    ("được Chủ tịch UBND tỉnh công bố tại các Quyết định: Số 2196/QĐ-UBND ngày 28/12/2021, số 1741/QĐ-UBND "
     "ngày 14/11/2019.", [("2196", "QĐ-UBND"), ("1741", "QĐ-UBND")]),
    ("| Số: 1351/QĐ-UBND | Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022 |", []),
])
def test_a_lists_first_item_after_its_colon(sentence, expected):
    from pipeline.references import find_citations
    assert [(r.number, r.symbol) for r in find_citations(sentence)] == expected


# ----------------------------------------------------------- "Bộ Luật" with a capital is a code
@pytest.mark.parametrize("sentence, expected", [
    # Data/file_data_20.md (Sơn La QĐ 254/QĐ-UBND 2023, Kế hoạch II.1)
    ("trọng tâm là: Luật Bảo vệ BMNN năm 2018; Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung một số điều năm 2017); "
     "Quy định số 69-QĐ/TW ngày 06/7/2022 của Ban Chấp hành Trung ương",
     [("Luật", "Bảo vệ BMNN", 2018), ("Bộ luật", "hình sự", 2015), ("Quy định", None, None)]),
    ("theo Bộ luật Lao động năm 2012", [("Bộ luật", "Lao động", 2012)]),
])
def test_a_code_written_bo_luat_with_a_capital(sentence, expected):
    from pipeline.references import find_citations
    assert [(r.type, r.name, r.year) for r in find_citations(sentence)] == expected


# ---------------------------------------- the items of an article that directs a body, their partners
# "Điều 2. Giao Giám đốc Sở …" followed by numbered items: the items are that body's work and the
# partners they name count — a post heading its body too ("Chủ tịch Ủy ban nhân dân huyện, thành
# phố"), never a post with a fragment of its body's name.
@pytest.mark.parametrize("article, expected", [
    # Data/file_data_19.md (Tuyên Quang QĐ 986/QĐ-UBND 2024, Điều 2)
    ("QUYẾT ĐỊNH:\n\nĐiều 2. Giao Giám đốc Sở Giáo dục và Đào tạo\n\n1. Tổ chức chỉ đạo thực hiện hoàn thành Kế "
     "hoạch thời gian năm học 2024-2025 đúng quy định.\n\n2. Chủ trì, phối hợp với Chủ tịch Ủy ban nhân dân huyện, "
     "thành phố; thủ trưởng các ngành có liên quan hướng dẫn và tổ chức thực hiện thống nhất, đúng kế hoạch thời "
     "gian năm học 2024-2025 quy định tại Điều 1 Quyết định này.\n\nĐiều 3. Quyết định này có hiệu lực thi hành "
     "kể từ ngày ký.\n",
     {("Giám đốc Sở Giáo dục và Đào tạo", "lead"), ("Chủ tịch Ủy ban nhân dân huyện, thành phố", "support")}),
    # tune gold C022 (Nghệ An QĐ 98/2025, Điều 8.2): a post whose body's name wraps gives no fragment
    # ("Thường trực Ủy" was a partner with posts read as partners and no guard), but the post whole,
    # as the gold has it (read whole since asg20b: the tagger's "Ủy | ban" is one word)
    ("Điều 8. Trách nhiệm của UBND cấp xã\n\n2. UBND cấp xã có trách nhiệm phối hợp chặt chẽ với\nThường trực Ủy "
     "ban MTTQ Việt Nam cùng cấp thực hiện phân loại kiến nghị đầy đủ, rõ ràng và đúng thẩm quyền.\n",
     {("Ủy ban nhân dân cấp xã", "lead"), ("Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp", "support")}),
])
def test_the_items_of_an_article_that_directs_a_body(article, expected):
    assert assignment_entries(article) == expected
