"""Letters of a crawl that flattened the header's table (thuvienphapluat.vn pages saved as text
by johnPa02/thuvienphapluat-crawler, annotated before the tool ran on them, corpus split tune8): the cells of a
header row joined by a space ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
"Số: 384/BYT-KCB V/v …", "… năm 2014 Kính gửi: Đ/c Chủ tịch … Trung ương Trong thời gian qua
…"), and the shapes of national letters they showed: an honorific before the addressed post, the
provinces named "trực thuộc Trung ương", a request after grounds listed with ";", a Government
Office letter's "Thủ tướng Chính phủ giao …", "BHXH" for the social insurance, and a short name
for the whole "Kính gửi" list.  Each case is cut from the letter it names, as the crawl has it."""

import pytest

from pipeline.models import Page
from pipeline.normalize import normalize_pages
from tests.support.texts import assignment_entries, structure

# Công văn 384/BYT-KCB 2014 (Bộ Y tế), the crawl's first lines
HEAD_384 = (
    "Công văn 384/BYT-KCB năm 2014 cấp chứng chỉ hành nghề và giấy phép hoạt động khám, chữa bệnh theo "
    "quy định của Luật khám bệnh, chữa bệnh do Bộ Y tế ban hành. BỘ Y TẾ -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 384/BYT-KCB V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo quy định của Luật KBCB\n"
    "Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực "
    "thuộc Trung ương Trong thời gian qua, Ủy ban nhân dân tỉnh, thành phố trực thuộc TW đã khẩn trương "
    "chỉ đạo Sở Y tế chủ trì phối hợp với các sở, ban ngành liên quan.\n"
    "Nhằm đáp ứng nhu cầu khám bệnh, chữa bệnh bảo hiểm y tế của nhân dân, Bộ Y tế đã thống nhất với Bảo "
    "hiểm xã hội Việt Nam tiếp tục ký hợp đồng với các cơ sở đang thực hiện khám bệnh, chữa bệnh bảo hiểm "
    "y tế. Để bảo đảm người hành nghề và cơ sở khám bệnh, chữa bệnh hoạt động theo đúng quy định của pháp "
    "luật, Bộ Y tế đề nghị Đ/c Chủ tịch UBND tỉnh, thành phố tiếp tục chỉ đạo thực hiện một số nội dung sau:\n"
    "1. Đầu tư, nâng cấp cơ sở hạ tầng, trang thiết bị y tế đối với cơ sở khám bệnh, chữa bệnh trên địa "
    "bàn để đủ điều kiện cấp GPHĐ theo quy định.\n"
    "Trân trọng cảm ơn./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\n"
    "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên\n"
)

# Công văn 3397/BKHĐT-QLKTTW 2019: both header columns on one line, the place and date after the
# subject, the body after the one addressee
HEAD_3397 = (
    "Công văn 3397/BKHĐT-QLKTTW năm 2019 hướng dẫn áp dụng quy định tại Điều 162 Luật Doanh nghiệp 2014 "
    "do Bộ Kế hoạch và Đầu tư ban hành. BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
    "NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng "
    "5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS) Phúc đáp Công văn số 615/KVN-PC ngày 3 "
    "tháng 4 năm 2019 của Tổng công ty Khí Việt Nam- CTCP (PV GAS), Bộ Kế hoạch và Đầu tư có ý kiến như sau:\n"
)


@pytest.mark.parametrize("raw, lines", [
    (HEAD_384, ["BỘ Y TẾ -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 384/BYT-KCB",
                "V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo quy định của Luật KBCB",
                "Hà Nội, ngày 27 tháng 01 năm 2014",
                "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    (HEAD_3397, ["BỘ KẾ HOẠCH VÀ ĐẦU TƯ -----------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Số: 3397/BKHĐT-QLKTTW", "V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014",
                 "Hà Nội, ngày 23 tháng 5 năm 2019", "Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS)"]),
])
def test_a_flattened_header_is_read_cell_by_cell(raw, lines):
    text = normalize_pages([Page(1, raw, "text")]).text
    got = text.split("\n")
    for line in lines:
        assert line in got, (line, got[:10])


@pytest.mark.parametrize("raw, title", [
    (HEAD_384, "cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo quy định của Luật KBCB"),
    (HEAD_3397, "hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014"),
])
def test_the_subject_of_a_flattened_letter_is_its_title(raw, title):
    st = structure(raw)
    assert st.doc_type == "Công văn"
    assert " ".join(st.lines[i].text for i in st.title_lines).removeprefix("V/v ") == title


# Công văn 2739/VPCP-ĐMDN 2019 (Văn phòng Chính phủ), whole as crawled
CV_2739 = (
    "Công văn 2739/VPCP-ĐMDN năm 2019 quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được "
    "thực thi do Văn phòng Chính phủ ban hành. VĂN PHÒNG CHÍNH PHỦ -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp tại Luật Doanh nghiệp chưa được thực thi\n"
    "Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.\n"
    "Báo Đấu thầu ngày 26 tháng 3 năm 2019 đưa tin, theo khảo sát, có tới 80 nghìn công ty cổ phần là công "
    "ty gia đình (bố, mẹ, con sở hữu cổ phần) và nhiều công ty cổ phần không biết hội đồng quản trị, đại hội "
    "đồng cổ đông là gì. Có trên 90% doanh nghiệp chép điều lệ mẫu trong Luật Doanh nghiệp.\n"
    "Nếu công ty gia đình chưa thành lập hội đồng quản trị thì gần như không bị phạt. Quản trị kinh doanh ở "
    "Việt Nam xếp vị trí 81/100 nền kinh tế được đánh giá. Trong Luật Doanh nghiệp năm 2000, 2005, 2014, "
    "phần quản trị doanh nghiệp gần như không được thực thi nhiều.\n"
    "Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư theo chức năng, nhiệm vụ được "
    "giao, nghiên cứu, có giải pháp phù hợp nhằm khắc phục tình trạng nêu trên; trường hợp vượt thẩm quyền, "
    "báo cáo Thủ tướng Chính phủ.\n"
    "Văn phòng Chính phủ thông báo để Bộ Kế hoạch và Đầu tư biết, thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- TTg, các PTTg: Vương Đình Huệ, Trịnh Đình Dũng;\n"
    "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng\n"
)

# Công văn 6087/BYT-KCB 2013: the request after grounds listed with ";", the provinces "trực thuộc
# Trung ương" before the verb
CV_6087 = (
    "Số: 6087/BYT-KCB V/v thực hiện cấp chứng chỉ hành nghề, giấy phép hoạt động theo quy định của Luật "
    "Khám bệnh, chữa bệnh.\n"
    "Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc "
    "Trung ương Thực hiện Luật Khám bệnh, chữa bệnh và các văn bản quy phạm pháp luật có liên quan; Công "
    "văn số 2991/VPCP-KGVX ngày 16/4/2013 của Văn phòng Chính phủ về việc cấp chứng chỉ hành nghề cho "
    "người hành nghề, giấy phép hoạt động cho cơ sở khám bệnh, chữa bệnh; Bộ Y tế đề nghị Chủ tịch Ủy ban "
    "nhân dân tỉnh, thành phố trực thuộc Trung ương chỉ đạo Giám đốc Sở Y tế, Giám đốc các Sở liên quan "
    "thực hiện cấp chứng chỉ hành nghề, giấy phép hoạt động theo các nội dung sau đây:\n"
    "1. Tiếp tục đầu tư, nâng cấp cơ sở hạ tầng, thiết bị y tế và nhân sự cho các cơ sở khám bệnh, chữa "
    "bệnh của nhà nước thuộc thẩm quyền quản lý.\n"
    "Trân trọng cảm ơn.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\n"
    "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên\n"
)

# Công văn 627/BYT-BH 2021: the list's short name "các đơn vị", asked by its heads; "BHXH"
CV_627 = (
    "Số: 627/BYT-BH V/v hướng dẫn thực hiện một số quy định tại Điều 22 Luật BHYT\n"
    "Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:\n"
    "- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;\n"
    "- Các Bệnh viện, Viện có giường bệnh trực thuộc Bộ Y tế;\n"
    "- Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành.\n"
    "(Sau đây gọi chung là các đơn vị) Thực hiện quy định tại Điều 22 Luật bảo hiểm y tế số 25/2008/QH12 "
    "ngày 14 tháng 11 năm 2008, Bộ Y tế hướng dẫn thực hiện một số nội dung liên quan đến quy định tại "
    "Điều 22 như sau:\n"
    "1. Thanh toán chi phí KCB đối với trường hợp tự đi KCB không đúng tuyến tại các bệnh viện tuyến "
    "huyện, tuyến tỉnh và bệnh viện tuyến trung ương, sau đó được chỉ định vào điều trị nội trú.\n"
    "4. Để bảo đảm sử dụng quỹ KCB BHYT hợp lý, hiệu quả; nâng cao trách nhiệm của cơ sở KCB và của "
    "người tham gia BHYT, đồng thời, bảo đảm quyền lợi của người tham gia BHYT, Bộ Y tế:\n"
    "a) Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp với BHXH tỉnh, thành phố và các cơ quan, đơn vị "
    "có liên quan:\n"
    "- Thường xuyên tổ chức quán triệt đến cán bộ, viên chức, người lao động thuộc quyền quản lý thực hiện "
    "nghiêm các quy định của pháp luật về KCB và BHYT.\n"
    "5. Bộ Y tế đề nghị BHXH Việt Nam chỉ đạo, hướng dẫn BHXH các tỉnh, thành phố trực thuộc trung ương "
    "nghiên cứu, phối hợp với các đơn vị trên địa bàn triển khai thực hiện đúng theo các nội dung hướng "
    "dẫn tại công văn này.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, BH.\n"
    "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trường Sơn\n"
)

# Công văn 296/BHXH-CSYT 2021: the list's short name "BHXH các tỉnh", asked in the opening
CV_296 = (
    "Số: 296/BHXH-CSYT V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT\n"
    "Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi:\n"
    "- Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương;\n"
    "- Bảo hiểm xã hội Bộ Quốc phòng;\n"
    "- Bảo hiểm xã hội Công an nhân dân.\n"
    "(Sau đây viết tắt là BHXH các tỉnh) Bộ Y tế có Công văn số 627/BYT-BH ngày 27/01/2021 về việc hướng "
    "dẫn thực hiện một số quy định tại Điều 22 Luật Bảo hiểm y tế (BHYT). Để thống nhất trong tổ chức thực "
    "hiện, Bảo hiểm xã hội (BHXH) Việt Nam chuyển Công văn số 627/BYT-BH đề nghị BHXH các tỉnh nghiên cứu, "
    "triển khai thực hiện, đảm bảo quyền lợi cho người tham gia BHYT khi đi KCB, đồng thời thực hiện một số "
    "nội dung sau:\n"
    "1. Rà soát việc kê thêm giường so với giường được phê duyệt tại các cơ sở KCB BHYT\n"
    "Đề nghị BHXH các tỉnh chủ động triển khai thực hiện theo hướng dẫn nêu trên./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, CSYT.\n"
    "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Phạm Lương Sơn\n"
)

THREE_SOCIAL_INSURANCES = {("Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương", "lead"),
                           ("Bảo hiểm xã hội Bộ Quốc phòng", "lead"), ("Bảo hiểm xã hội Công an nhân dân", "lead")}


@pytest.mark.parametrize("source, text, present, absent", [
    # the Government Office passes on the Prime Minister's instruction after an opening clause
    ("CV 2739/VPCP-ĐMDN 2019", CV_2739, {("Bộ Kế hoạch và Đầu tư", "lead")}, set()),
    # "Đ/c" before the addressed post
    ("CV 384/BYT-KCB 2014", HEAD_384, {("Chủ tịch Ủy ban nhân dân tỉnh, thành phố", "lead")}, set()),
    # grounds listed with ";", then the request; the provinces "trực thuộc Trung ương"
    ("CV 6087/BYT-KCB 2013", CV_6087,
     {("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "lead")}, set()),
    # the heads of "các đơn vị" are the addressees; BHXH tỉnh their partner; BHXH Việt Nam asked
    ("CV 627/BYT-BH 2021", CV_627,
     {("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "lead"),
      ("Các Bệnh viện, Viện có giường bệnh trực thuộc Bộ Y tế", "lead"),
      ("Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành", "lead"),
      ("Bảo hiểm xã hội tỉnh, thành phố", "support"), ("Bảo hiểm xã hội Việt Nam", "lead")},
     {("Thủ trưởng các đơn vị", "lead")}),
    # "BHXH các tỉnh" is the three addressees, no fourth body
    ("CV 296/BHXH-CSYT 2021", CV_296, THREE_SOCIAL_INSURANCES, {("Bảo hiểm xã hội các tỉnh", "lead")}),
])
def test_work_given_by_a_national_letter(source, text, present, absent):
    got = assignment_entries(text)
    assert present <= got, (source, present - got, got)
    assert not (absent & got), (source, absent & got)


def test_a_collective_under_the_centre_stays_whole():
    # the provinces' qualifier completes the provinces' names only: "…, cơ quan, đơn vị trực thuộc
    # Trung ương" stays one collective (tune2 gold C041, Hướng dẫn 45-HD/BTCTW 2025)
    text = ("Kính gửi:\n- Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trực thuộc Trung ương.\n"
            "Ban Tổ chức Trung ương đề nghị các cấp ủy, tổ chức đảng, cơ quan, đơn vị trực thuộc Trung ương "
            "triển khai thực hiện các nội dung sau:\n1. Rà soát, sửa đổi quy định về phân cấp quản lý cán bộ.\n")
    got = assignment_entries(text)
    assert ("Đơn vị trực thuộc Trung ương", "lead") not in got, got


@pytest.mark.parametrize("source, line, authority, title, name", [
    ("CV 384/BYT-KCB 2014", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Thị Xuyên"),
    ("CV 627/BYT-BH 2021", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trường Sơn", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Trường Sơn"),
    ("CV 296/BHXH-CSYT 2021", "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Phạm Lương Sơn",
     "KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "Phạm Lương Sơn"),
])
def test_a_flattened_signature_block_is_read_line_by_line(source, line, authority, title, name):
    # (read by structure._flat_signature, as the one-line blocks of tests/test_flat_signature.py)
    st = structure("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + line + "\n")
    lines = st.lines + st.column_lines
    got = ([lines[k].text for k in st.signature["authority"]], lines[st.signature["title"]].text,
           lines[st.signature["name"]].text)
    assert got == ([authority], title, name), source


# The same crawled headers as a Word file saved as text gives them (the page's opening lines one
# paragraph) and as a PDF's text layer re-wrapped at 80 columns (issue #11, eval_variants
# one_line / rewrap80): the line breaks are the converter's, inside cells, and the cells are read
# as the crawl's lines give them.
HEAD_384_ONE_LINE = (
    "Công văn 384/BYT-KCB năm 2014 cấp chứng chỉ hành nghề và giấy phép hoạt động khám, chữa bệnh theo "
    "quy định của Luật khám bệnh, chữa bệnh do Bộ Y tế ban hành. BỘ Y TẾ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
    "VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 384/BYT-KCB V/v cấp CCHN và GPHĐ khám bệnh, "
    "chữa bệnh theo quy định của Luật KBCB Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Đ/c Chủ tịch Ủy ban "
    "nhân dân các tỉnh, thành phố trực thuộc Trung ương Trong thời gian qua, Ủy ban nhân dân tỉnh, thành phố "
    "trực thuộc TW đã khẩn trương chỉ đạo Sở Y tế chủ trì phối hợp với các sở, ban ngành liên quan.\n"
) + HEAD_384[HEAD_384.index("Nhằm đáp ứng"):]
HEAD_384_REWRAPPED = (
    "Công văn 384/BYT-KCB năm 2014 cấp chứng chỉ hành nghề và giấy phép hoạt động\n"
    "khám, chữa bệnh theo quy định của Luật khám bệnh, chữa bệnh do Bộ Y tế ban hành.\n"
    "BỘ Y TẾ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
    "--------------- Số: 384/BYT-KCB V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo\n"
    "quy định của Luật KBCB Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Đ/c Chủ tịch\n"
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương Trong thời gian qua,\n"
    "Ủy ban nhân dân tỉnh, thành phố trực thuộc TW đã khẩn trương chỉ đạo Sở Y tế chủ\n"
    "trì phối hợp với các sở, ban ngành liên quan.\n"
) + HEAD_384[HEAD_384.index("Nhằm đáp ứng"):]
# Công văn 296/BHXH-CSYT 2021, re-wrapped: the motto broken inside its words ("CỘNG\nHÒA"), the
# number from its label ("Số:\n296/…")
HEAD_296_REWRAPPED = (
    "Công văn 296/BHXH-CSYT năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y\n"
    "tế do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM -------- CỘNG\n"
    "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số:\n"
    "296/BHXH-CSYT V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT Hà Nội, ngày\n"
    "02 tháng 02 năm 2021 Kính gửi:\n"
    "- Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương;\n"
    "- Bảo hiểm xã hội Bộ Quốc phòng;\n"
)


@pytest.mark.parametrize("raw, lines", [
    (HEAD_384_ONE_LINE, ["BỘ Y TẾ -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 384/BYT-KCB",
                         "V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo quy định của Luật KBCB",
                         "Hà Nội, ngày 27 tháng 01 năm 2014",
                         "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    (HEAD_384_REWRAPPED, ["BỘ Y TẾ -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 384/BYT-KCB",
                          "V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo quy định của Luật KBCB",
                          "Hà Nội, ngày 27 tháng 01 năm 2014",
                          "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    (HEAD_296_REWRAPPED, ["BẢO HIỂM XÃ HỘI VIỆT NAM --------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                          "Số: 296/BHXH-CSYT", "V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT",
                          "Hà Nội, ngày 02 tháng 02 năm 2021", "Kính gửi:"]),
])
def test_a_flattened_header_joined_or_rewrapped_by_a_converter_is_read_cell_by_cell(raw, lines):
    got = normalize_pages([Page(1, raw, "text")]).text.split("\n")
    for line in lines:
        assert line in got, (line, got[:10])


def test_the_subject_of_a_rewrapped_flattened_letter_is_its_title():
    st = structure(HEAD_384_REWRAPPED)
    assert st.doc_type == "Công văn"
    assert " ".join(st.lines[i].text for i in st.title_lines).removeprefix("V/v ") == \
        "cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo quy định của Luật KBCB"
