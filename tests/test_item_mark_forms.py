"""The same real lines with their item marks as the other list style writes them ("1." or "1)",
"a)" or "a."; issue #11, ``scripts/eval_variants.py --variant marks_swapped``): a Word list, a
typist or a converter writes either, and the readers read the words, not the mark.

Each case is the real lines of a tune document in its own marks and in the other ones
(``tests.support.variants.swap_item_marks``, which keeps every word): the two must read alike.
"""

import pytest

from pipeline.assignments import first_sentence
from tests.support.texts import assignment_entries, deadline_entries, structure
from tests.support.variants import swap_item_marks

# The head of the Ban Chỉ đạo quốc gia 1237's plan (tune V02, KH 252/KH-BCĐQG1237 2013).
PLAN_1237 = """BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ

Số: 252/KH-BCĐQG1237
Hà Nội, ngày 11 tháng 11 năm 2013

KẾ HOẠCH

TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ

B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020

"""


@pytest.mark.parametrize("text, expected", [
    # V02 B.III: a lettered label alone over its item lines ("a) Cơ quan chủ trì" / "a. Cơ quan chủ trì")
    (PLAN_1237 + "III. CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN\n\n1. Nội dung, biện pháp\n\n"
     "a) Chỉ đạo, định hướng kế hoạch tuyên truyền về công tác tìm kiếm, quy tập hài cốt liệt sĩ;\n\n"
     "2. Cơ quan chủ trì, phối hợp\n\na) Cơ quan chủ trì\n\n- Ban Chỉ đạo quốc gia.\n\n"
     "- Bộ Thông tin và Truyền thông; Ban Tuyên giáo Trung ương; Bộ Ngoại giao.\n\n\n"
     "b) Cơ quan phối hợp\n\n- Các đơn vị, địa phương; các tổ chức chính trị - xã hội và cơ quan tổ chức có liên quan.\n\n"
     "3. Thời gian thực hiện: Từ tháng 11/2013 trở đi.\n",
     {("Ban Chỉ đạo quốc gia", "lead"), ("Bộ Thông tin và Truyền thông", "lead"),
      ("Ban Tuyên giáo Trung ương", "lead"), ("Bộ Ngoại giao", "lead"), ("Các đơn vị, địa phương", "support"),
      # (two groups: the organisations, then the concerned bodies — tests/test_lists_of_front_bodies.py)
      ("Các tổ chức chính trị - xã hội", "support"), ("Các cơ quan tổ chức có liên quan", "support")}),
    # V02 B.IV: a numbered label alone ("2. Chủ trì thực hiện" / "2) Chủ trì thực hiện")
    (PLAN_1237 + "IV. THÀNH LẬP, KIỆN TOÀN TỔ CHỨC\n\n1. Nội dung, biện pháp\n\n"
     "a) Thành lập Văn phòng Ban Chỉ đạo quốc gia 1237.\n\n2. Chủ trì thực hiện\n\n- Bộ Quốc phòng.\n\n"
     "- Tư lệnh các quân khu; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
     "3. Thời gian thực hiện: Tháng 11, 12/2013 và kiện toàn thường xuyên.\n",
     {("Bộ Quốc phòng", "lead"), ("Tư lệnh các quân khu", "lead"),
      ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead")}),
    # V02 B.VI: a lettered label with its list on the line ("a) Cơ quan chủ trì: …" / "a. Cơ quan chủ trì: …")
    (PLAN_1237 + "VI. ĐẨY MẠNH HOẠT ĐỘNG TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ\n\n1. Nội dung, biện pháp\n\n"
     "a) Chỉ đạo mở rộng hoạt động tìm kiếm, cất bốc, quy tập hài cốt liệt sĩ ở trong nước.\n\n"
     "2. Cơ quan chủ trì, thực hiện\n\na) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.\n\n"
     "b) Đơn vị thực hiện: Các Đội chuyên trách của quân đội.\n\n"
     "3. Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.\n",
     {("Bộ Quốc phòng", "lead"), ("Bộ Tài chính", "lead"), ("Các Đội chuyên trách của quân đội", "lead")}),
    # C047 (Ninh Bình QĐ 807/2024, a PDF's text): a numbered label with its list
    # ("4. Cơ quan phối hợp: …" / "4) Cơ quan phối hợp: …") under the article that gives the lead
    ("QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt Kế hoạch lập Chương trình phát triển đô thị Tam Điệp, với nội dung sau:\n\n"
     "1. Cơ quan tổ chức lập: Ủy ban nhân dân thành phố Tam Điệp.\n\n"
     "4. Cơ quan phối hợp: Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và Yên Mô; các sở, ban, ngành liên quan.\n",
     {("Ủy ban nhân dân thành phố Tam Điệp", "lead"), ("Ủy ban nhân dân huyện Hoa Lư", "support"),
      ("Ủy ban nhân dân huyện Nho Quan", "support"), ("Ủy ban nhân dân huyện Yên Mô", "support"),
      ("Các sở, ban, ngành liên quan", "support")}),
])
def test_a_labelled_lead_or_partner_list_reads_alike_under_either_item_mark(text, expected):
    assert assignment_entries(text) == expected
    assert assignment_entries(swap_item_marks(text)) == expected


def test_a_task_blocks_time_label_gives_its_blocks_lead_under_either_item_mark():
    # 04 (Hà Nội KH 308/2025, tune4): "c) Thời gian thực hiện: …" / "c. Thời gian thực hiện: …"
    text = ("II. NHIỆM VỤ\n\n1. Về dữ liệu\n\n"
            "1.1. Xây dựng các Chiến lược triển khai của thành phố:\n\n"
            "a) Nhiệm vụ: Tham mưu UBND Thành phố rà soát, hoàn thiện Chiến lược dữ liệu.\n\n"
            "b) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Sở Khoa học\nvà Công nghệ.\n\n"
            "- Đơn vị phối hợp: Các Sở, ban,\nngành.\n\n"
            "c) Thời gian thực hiện: Hoàn\nthành trong năm 2025.\n\n"
            "1.2. Triển khai, phát triển dữ liệu:\n\n"
            "a) Nhiệm vụ: Rà soát, chuẩn hóa cơ sở dữ liệu của đơn vị.\n\n"
            "b) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Công an Thành\nphố.\n\n"
            "- Đơn vị phối hợp: Các Sở, ban, ngành.\n\n"
            "c) Thời gian thực hiện: Hoàn thành trong năm 2025.\n")
    expected = [("period", "2025", "Công an Thành phố"), ("period", "2025", "Sở Khoa học và Công nghệ")]
    assert deadline_entries(text) == expected
    assert deadline_entries(swap_item_marks(text)) == expected


def test_a_numbered_heading_is_not_run_on_into_the_paragraph_under_it_under_either_item_mark():
    # C065 (Lâm Đồng KH 2026 draft, tune2): "2. Tổ chức Cuộc thi …" / "2) Tổ chức Cuộc thi …" over the
    # paragraph that names its lead; a heading line of 44+ characters is no wrapped sentence
    text = ("III. MỘT SỐ HOẠT ĐỘNG TUYÊN TRUYỀN TRỌNG TÂM TRONG NĂM 2026\n"
            "2. Tổ chức Cuộc thi tìm hiểu về cải cách hành chính \n"
            "Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan xây dựng, tổ chức Cuộc thi tìm hiểu "
            "về cải cách hành chính năm 2026 trên địa bàn tỉnh.\n"
            "3. Thực hiện tuyên truyền trên các phương tiện thông tin đại chúng\n")
    for form in (text, swap_item_marks(text)):
        titles = [h.title for h in structure(form).headings if h.level == 2]
        assert titles == ["Tổ chức Cuộc thi tìm hiểu về cải cách hành chính",
                          "Thực hiện tuyên truyền trên các phương tiện thông tin đại chúng"], form


@pytest.mark.parametrize("task, expected", [
    # C030 (Lai Châu QĐ 87/2025, tune7): the task's own item mark is no sentence end
    ("a. Chủ trì, chỉ đạo các cơ quan báo chí tổ chức tuyên truyền. Phối hợp …",
     "a. Chủ trì, chỉ đạo các cơ quan báo chí tổ chức tuyên truyền"),
    ("a) Chủ trì, chỉ đạo các cơ quan báo chí tổ chức tuyên truyền. Phối hợp …",
     "a) Chủ trì, chỉ đạo các cơ quan báo chí tổ chức tuyên truyền"),
    # C065: "2) Tổ chức …" / "2. Tổ chức …"
    ("2. Tổ chức Cuộc thi tìm hiểu về cải cách hành chính. Sở Nội vụ chủ trì",
     "2. Tổ chức Cuộc thi tìm hiểu về cải cách hành chính"),
    ("1.2. Triển khai, phát triển dữ liệu. Rà soát",
     "1.2. Triển khai, phát triển dữ liệu"),
])
def test_a_tasks_first_sentence_does_not_end_at_its_item_mark(task, expected):
    assert first_sentence(task) == expected


# U05 (Công văn 296/BHXH-CSYT 2021, tune9), as crawled: a "Kính gửi" list whose bodies the
# opening request sends "the content below" (its items' marks left to the case).
LETTER_296 = (
    "Số: 296/BHXH-CSYT V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT\n"
    "Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi:\n"
    "{b} Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương;\n"
    "{b} Bảo hiểm xã hội Bộ Quốc phòng;\n"
    "{b} Bảo hiểm xã hội Công an nhân dân.\n"
    "(Sau đây viết tắt là BHXH các tỉnh) Bộ Y tế có Công văn số 627/BYT-BH ngày 27/01/2021 về việc hướng dẫn "
    "thực hiện một số quy định tại Điều 22 Luật Bảo hiểm y tế (BHYT). Để thống nhất trong tổ chức thực hiện, "
    "Bảo hiểm xã hội (BHXH) Việt Nam chuyển Công văn số 627/BYT-BH đề nghị BHXH các tỉnh nghiên cứu, phối hợp "
    "cùng các cơ sở khám, chữa bệnh (KCB) BHYT triển khai thực hiện, đảm bảo quyền lợi cho người tham gia BHYT "
    "khi đi KCB, đồng thời thực hiện một số nội dung sau:\n"
    "1. Rà soát việc kê thêm giường so với giường được phê duyệt tại các cơ sở KCB BHYT\n"
    "- Đối với các cơ sở KCB đã đầu tư mở rộng quy mô hoạt động, đề nghị đơn vị làm thủ tục điều chỉnh giấy "
    "phép hoạt động theo đúng quy định.\n")
# M01 (Hà Nội CV 6397/2025, tune9), as crawled.
LETTER_6397 = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 6397/UBND-KT\nHà Nội, ngày 14 tháng 11 năm 2025\n\n"
    "|\n**Kính gửi:**\n|\n"
    "{b} Các sở, ban, ngành thuộc Thành phố;\n"
    "{b} Ủy ban nhân dân các xã, phường;\n"
    "{b} Các Tổng công ty, công ty, đơn vị trực thuộc Thành phố.\n|\n\n"
    "Thực hiện chỉ đạo của Ban Thường vụ Thành ủy tại Văn bản số 43-CV/TU ngày 12/11/2025 về việc tăng cường "
    "quản lý công tác đấu thầu trên địa bàn Thành phố, UBND Thành phố yêu cầu các sở, ban, ngành, UBND các xã, "
    "phường, Tổng công ty, công ty và các đơn vị trực thuộc tiếp tục nghiên cứu, tuân thủ thực hiện một số nội "
    "dung sau:\n\n1. Về công tác lựa chọn nhà thầu\n\n- Tuân thủ đúng quy định của pháp luật về đấu thầu.\n")


@pytest.mark.parametrize("bullet", ["-", "+", "•"])
@pytest.mark.parametrize("letter, addressees", [
    (LETTER_296, {"Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương", "Bảo hiểm xã hội Bộ Quốc phòng",
                  "Bảo hiểm xã hội Công an nhân dân"}),
    (LETTER_6397, {"Các sở, ban, ngành thuộc Thành phố", "Ủy ban nhân dân các xã, phường",
                   "Các Tổng công ty, công ty, đơn vị trực thuộc Thành phố"}),
])
def test_a_letters_addressees_are_read_whatever_bullet_marks_them(letter, addressees, bullet):
    leads = {name for name, role in assignment_entries(letter.format(b=bullet)) if role == "lead"}
    assert addressees <= leads
