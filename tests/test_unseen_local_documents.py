"""Shapes of documents the rules had never seen (annotated before the tool ran on them, 0.12.0): a city's decision with its
attached plan (TP HCM QĐ 3210/QĐ-UBND 2014, housing for people with merit), a ministry's letter to
the provinces (Bộ LĐTBXH CV 1040/LĐTBXH-NCC 2012) and a Prime Minister's directive (CT
31/CT-TTg 2012), as thuvienphapluat.vn serves them (github TuanHuu168/CongBot, Data/).  Each
case is cut from one of them, as printed."""

import pytest

from tests.support.texts import assignment_entries

HCM_HEAD = """| ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 3210/QĐ-UBND | Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014 |

KẾ HOẠCH

TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD VỀ HỖ TRỢ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VỀ NHÀ Ở

III. TỔ CHỨC THỰC HIỆN

"""

LETTER_HEAD = """| BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 1040/LĐTBXH-NCC V/v hướng dẫn giải quyết chế độ người HĐKC bị nhiễm chất độc hóa học | Hà Nội, ngày 09 tháng 04 năm 2012 |

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

Bộ Lao động - Thương binh và Xã hội yêu cầu các địa phương thực hiện như sau:

"""

DIRECTIVE_HEAD = """| THỦ TƯỚNG CHÍNH PHỦ -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------- |
|---|---|
| Số: 31/CT-TTg | Hà Nội, ngày 28 tháng 11 năm 2012 |

CHỈ THỊ

VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ, GIẢI QUYẾT VIỆC LÀM CHO CON LIỆT SĨ, CON THƯƠNG BINH NẶNG, CON BỆNH BINH NẶNG

Để làm tốt hơn nữa công tác "Đền ơn đáp nghĩa", Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:

1. Chỉ đạo các cấp đưa nội dung đào tạo nghề cho con liệt sĩ, con thương binh nặng, con bệnh binh nặng trở thành một chỉ tiêu cụ thể.

2. Chỉ đạo các cơ quan, tổ chức, doanh nghiệp, đơn vị lực lượng vũ trang đóng trên địa bàn ưu tiên tuyển dụng con liệt sĩ.

"""

# (document, text after its head, entries that must be found, entries that must not)
CASES = [
    # a list of requested bodies closed by "…" before its verb: the "and others" mark ends the list
    ("TP HCM QĐ 3210/2014, III.3", HCM_HEAD,
     "3. Đối với các tổ chức khác\n\nĐề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ "
     "Thành phố, Hội Cựu chiến binh Thành phố, Thành Đoàn... phát động các cuộc vận động, phối hợp với chính "
     "quyền các cấp trong vận động tạo thêm nguồn lực hỗ trợ người có công với cách mạng về nhà ở trên địa bàn "
     "Thành phố.\n",
     {("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "lead"), ("Hội Liên hiệp Phụ nữ Thành phố", "lead"),
      ("Hội Cựu chiến binh Thành phố", "lead"), ("Thành Đoàn", "lead")}, set()),
    # a part on the rules of coordination and reporting: its items name who does what, no partners
    ("TP HCM QĐ 3210/2014, III.4", HCM_HEAD,
     "4. Chế độ phối hợp, báo cáo\n\n- Ủy ban nhân dân quận, huyện tổng hợp, báo cáo tình hình và tiến độ thực "
     "hiện việc hỗ trợ về nhà ở cho người có công với cách mạng định kỳ hàng quý gửi về Sở Xây dựng (trước ngày "
     "20 tháng cuối quý) để tổng hợp, báo cáo Ủy ban nhân dân Thành phố, Bộ Xây dựng, Bộ Tài chính.\n",
     {("Ủy ban nhân dân quận, huyện", "lead")}, {("Ủy ban nhân dân quận, huyện", "support")}),
    # a bullet opening with the verbs "Thanh tra, kiểm tra" under the body that does them
    ("TP HCM QĐ 3210/2014, III.1.1", HCM_HEAD,
     "1. Đối với Ủy ban nhân dân các cấp\n\n1.1. Ủy ban nhân dân Thành phố:\n\n- Hoàn thành việc hỗ trợ các hộ gia "
     "đình người có công với cách mạng có nhà ở theo Đề án đã được phê duyệt.\n\n- Thanh tra, kiểm tra, xử lý "
     "theo thẩm quyền hoặc đề nghị cơ quan có thẩm quyền thanh tra, kiểm tra, xử lý các hành vi vi phạm trong "
     "việc thực hiện hỗ trợ về nhà ở theo Quyết định số 22/2013/QĐ-TTg.\n",
     {("Ủy ban nhân dân Thành phố", "lead")}, {("Thanh tra", "lead")}),
    # a heading that only groups the departments its items name
    ("TP HCM QĐ 3210/2014, III.2", HCM_HEAD,
     "2. Các Sở, ngành có liên quan\n\n2.1. Sở Lao động - Thương binh và Xã hội:\n\n- Rà soát, thẩm tra danh "
     "sách các hộ gia đình người có công với cách mạng được hỗ trợ nhà ở trên địa bàn.\n\n2.2. Sở Xây dựng:\n\n"
     "- Là cơ quan thường trực giúp Ủy ban nhân dân Thành phố chỉ đạo, đôn đốc, kiểm tra tình hình thực hiện "
     "Đề án.\n\n2.3. Sở Tài chính:\n\n- Hướng dẫn Ủy ban nhân dân quận, huyện về công tác lập dự toán và giải "
     "ngân kinh phí thực hiện.\n",
     {("Sở Lao động - Thương binh và Xã hội", "lead"), ("Sở Xây dựng", "lead"), ("Sở Tài chính", "lead")},
     {("Các Sở, ngành có liên quan", "lead")}),
    # an item whose colon lists the partners of its subject's own sentence
    ("Bộ LĐTBXH CV 1040/2012, 2", LETTER_HEAD,
     "1. Tiếp tục xem xét, giải quyết đối với các hồ sơ người hoạt động kháng chiến bị nhiễm chất độc hóa học "
     "còn tồn.\n\n2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo Sở Lao động - Thương binh "
     "và Xã hội phối hợp với các cơ quan chức năng: Sở Y tế, Bộ Chỉ huy quân sự tỉnh, Hội đồng giám định Y khoa, "
     "Hội nạn nhân chất độc da cam/dioxin, Hội Cựu chiến binh thực hiện các nội dung sau:\n\n2.1. Tiến hành xem "
     "xét lại từng hồ sơ.\n\n2.2. Sau khi kiểm tra, đối với những hồ sơ đủ điều kiện thì giới thiệu đối tượng đi "
     "giám định.\n",
     {("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead")}, set()),
    # the South's hamlet ("ấp") and its head as subjects of a step of the procedure
    ("TP HCM QĐ 3210/2014, II.2.1.b", HCM_HEAD,
     "2.1.b. Hướng dẫn và tiếp nhận hồ sơ:\n\nTrưởng thôn ấp, Tổ Trưởng các Tổ dân phố, hướng dẫn các đối "
     "tượng đủ điều kiện được hỗ trợ nhà ở làm đơn đề nghị được hỗ trợ; Trưởng thôn ấp, Tổ Trưởng các Tổ dân "
     "phố, tập hợp đơn và danh sách gửi Ủy ban nhân dân xã, phường, thị trấn nơi có nhà ở.\n\nThời gian hoàn "
     "tất: trước ngày 27 tháng 6 năm 2014.\n",
     {("Trưởng thôn ấp", "lead"), ("Tổ Trưởng các Tổ dân phố", "lead")}, set()),
    # the plural addressee named in full, then cut at its first comma in a later request: one body
    ("Bộ LĐTBXH CV 1040/2012, closing request", LETTER_HEAD,
     "1. Tiếp tục xem xét, giải quyết đối với các hồ sơ còn tồn.\n\n2. Ủy ban nhân dân các tỉnh, thành phố "
     "trực thuộc Trung ương chỉ đạo Sở Lao động - Thương binh và Xã hội thực hiện các nội dung sau:\n\n2.1. "
     "Tiến hành xem xét lại từng hồ sơ.\n\nĐề nghị Ủy ban nhân dân các tỉnh chỉ đạo các Sở, ngành có liên quan, "
     "Hội nạn nhân chất độc da cam/dioxin, Hội cựu chiến binh... tăng cường kiểm tra để việc thực hiện chính sách "
     "kịp thời và không để xảy ra tiêu cực.\n",
     {("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead")},
     {("Ủy ban nhân dân các tỉnh", "lead")}),
    # the local office of a sector, named with "ở địa phương", as the subject of its item
    ("TTg CT 31/2012, 3", DIRECTIVE_HEAD,
     "3. Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm thống kê, rà soát con liệt sĩ, "
     "con thương binh nặng, con bệnh binh nặng có nhu cầu đào tạo nghề, giải quyết việc làm; tổng hợp báo cáo "
     "Ủy ban nhân dân cùng cấp để chỉ đạo các cơ quan, đơn vị tổ chức triển khai thực hiện.\n",
     {("Cơ quan Lao động - Thương binh và Xã hội ở địa phương", "lead")}, set()),
]


@pytest.mark.parametrize("source,head,text,wanted,unwanted", CASES, ids=[c[0] for c in CASES])
def test_unseen_local_document_shapes(source, head, text, wanted, unwanted):
    entries = assignment_entries(head + text)
    assert wanted <= entries, (source, entries)
    assert not (unwanted & entries), (source, entries)


# ------------------------------------------------ the annex's note names the document itself
# A decision whose letterhead a crawl spaced apart ("Số: 3210/QĐ - U B ND") and whose attached
# plan's title carries the note on its own line ("… TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH (Ban hành
# kèm theo Quyết định số 3210/QĐ-UBND …)"; the same join in the crawls of TP HCM QĐ 49/2012,
# Kon Tum QĐ 435/2020, Tuyên Quang QĐ 12/2012): the note cites the document, no other one.
SPACED_DECISION = """| ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 3210/QĐ - U B ND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |

QUYẾT ĐỊNH

VỀ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD NGÀY 01 THÁNG 7 NĂM 2013 CỦA BỘ XÂY DỰNG

CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH

Căn cứ Thông tư số 09/2013/TT-BXD ngày 01 tháng 7 năm 2013 của Bộ Xây dựng;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Thông tư số 09/2013/TT-BXD.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

KẾ HOẠCH

TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH (Ban hành kèm theo Quyết định số 3210/QĐ-UBND ngày 28 tháng 6 năm 2014 của Chủ tịch Ủy ban nhân dân Thành phố)

I. MỤC ĐÍCH - YÊU CẦU

1. Mục đích
"""


def test_the_annex_note_joined_to_its_title_names_the_document_itself():
    from pipeline.document import extract_from_pages
    from pipeline.models import Page, RawDocument
    refs = extract_from_pages(RawDocument("hcm.txt", "text", [Page(1, SPACED_DECISION, "text")]), "hcm").references
    numbers = {r.number for r in refs}
    assert "09" in numbers and "3210" not in numbers, numbers


# ------------------------------------------- the place of a letterhead's table cell, abbreviated
# "| Số: 5129/QĐ-UBND | TP. Hồ Chí Minh, ngày 26 tháng 11 năm 2008 |" (TP HCM QĐ 5129/2008, a crawl's
# table): the place keeps its abbreviated unit word as the place line does, not "Chí Minh".
def test_an_abbreviated_city_in_the_letterheads_cell_is_read_whole():
    from pipeline.metadata import recognize_metadata
    from tests.support.texts import structure
    text = ("| ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH ----- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc ----------- |\n|---|---|\n| Số: 5129/QĐ-UBND | TP. Hồ Chí Minh, ngày 26 tháng 11 năm 2008 |\n\n"
            "QUYẾT ĐỊNH\n\nVỀ NÂNG MỨC TRỢ CẤP ĐỐI VỚI NGƯỜI CÓ CÔNG GIÚP ĐỠ CÁCH MẠNG\n")
    fields = recognize_metadata(structure(text))
    assert fields["issue_place"].value == "TP. Hồ Chí Minh"
    assert fields["issue_date"].value == "2008-11-26"
