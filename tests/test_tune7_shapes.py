"""Shapes behind the misses of split tune7 (issue #11): ten real documents no rule had been
written from (Lai Châu KH 7360/2025, Cần Thơ KH 160/2025, TP HCM KH 172/2025, Bộ VHTTDL QĐ
4385/2025, Hải Phòng QĐ 213/2025, VPTW KL 07/2025, Ninh Bình QĐ 807/2024, Huế TB 254/2022, Quảng
Ninh MTTQ KH 2026, Lâm Đồng QĐ 2536/2025).  Each rule is checked on that sentence and on the same
shape in another document (a tune text, an exploration page of the crawl, a law's official
name), as printed."""

import pytest

from pipeline.deadlines import recognize_deadlines
from pipeline.metadata import recognize_metadata
from pipeline.models import Page
from pipeline.normalize import normalize_pages
from pipeline.references import find_citations, mark_basis
from tests.support.texts import structure


def norm(raw: str) -> str:
    return normalize_pages([Page(1, raw, "text")]).text


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


# ------------------------------------------------------------------------------------ references

@pytest.mark.parametrize("sentence, name, date", [
    # an amending law names the laws it amends, over ", Luật" and "và Luật" (Bộ VHTTDL QĐ 4385/2025)
    ("*Căn cứ Luật Quy hoạch ngày 24/11/2017; Luật sửa đổi, bổ sung một số điều của 37 luật có\n"
     "liên quan đến quy hoạch ngày 20/11/2018; Luật\nsửa đổi, bổ sung một số điều của Luật Quy hoạch, "
     "Luật Đầu tư, Luật Đầu tư theo\nphương thức đối tác công tư và Luật Đấu thầu ngày 29/11/2024;*",
     "sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác "
     "công tư và Luật Đấu thầu", "2024-11-29"),
    # the official name of Law 43/2024/QH15, of the same shape
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản "
     "và Luật Các tổ chức tín dụng ngày 29 tháng 6 năm 2024;",
     "sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các "
     "tổ chức tín dụng", "2024-06-29"),
])
def test_an_amending_law_names_every_law_it_amends(sentence, name, date):
    laws = [(r.name, r.date) for r in find_citations(norm(sentence)) if r.type == "Luật"]
    assert (name, date) in laws
    assert all(not n.startswith(("Đầu tư", "Đấu thầu", "Nhà ở", "Kinh doanh")) for n, _ in laws)


@pytest.mark.parametrize("sentence, name", [
    # a known body inside a law's name typed with a tone slip (Cần Thơ QĐ 09/2010, gold), as an issuer's
    # ("Bộ Lạo động - Thương binh và Xã hội", TP HCM CV 10283/2025) is repaired
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy bân nhân dân ngày 03 tháng 12 "
     "năm 2004;", "Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân"),
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
     "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"),
])
def test_a_tone_slip_in_a_body_inside_a_laws_name(sentence, name):
    assert [r.name for r in find_citations(sentence)] == [name]


def test_laws_apart_stay_apart_after_an_amending_law():
    # "…; Luật sửa đổi … của Luật Xây dựng ngày …" ends at its own date (Ninh Bình QĐ 807/2024)
    text = ("Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng "
            "ngày 17 tháng 6 năm 2020, Luật Đất đai ngày 18 tháng 01 năm 2024;")
    assert [(r.name, r.year) for r in find_citations(text)] == [
        ("Xây dựng", 2014), ("sửa đổi, bổ sung một số điều của Luật Xây dựng", 2020), ("Đất đai", 2024)]


def test_a_capital_so_after_a_parenthesis_opens_a_coded_number():
    # "(Số 1226/QĐ-BVHTTDL ngày … và số 2657/QĐ-BVHTTDL ngày …)" (Bộ VHTTDL QD 4385/2025), as "…; Số
    # 257/2025/NĐ-CP …" after a semicolon (Hà Nội CV 6397/2025); never a header's "Số: 27/QĐ-UBND"
    text = norm("tầm nhìn đến năm 2045 (Số 1226/QĐ-BVHTTDL\nngày 29/4/2025 và số 2657/QĐ-BVHTTDL ngày 29/7/2025);")
    assert [(r.type, r.number, r.date) for r in find_citations(text)] == [
        ("Quyết định", "1226", "2025-04-29"), ("Quyết định", "2657", "2025-07-29")]


@pytest.mark.parametrize("sentence, expected", [
    # a plural head names the issuer of the documents its parenthesis lists (Bộ VHTTDL QĐ 4385/2025,
    # twice, two types; the colon's list of the same shape is PROPOSER's, Quảng Ninh QĐ 97/2025)
    ("*Căn cứ Các Nghị định của\nChính phủ quy định chi tiết thi hành một số điều của Luật Quy hoạch (Số "
     "37/2019/NĐ-CP ngày 07/5/2019, số 58/2023/NĐ-CP ngày 12/8/2023 sửa đổi, bổ sung một\nsố điều của Nghị "
     "định số 37/2019/NĐ-CP và số\n22/2025/NĐ-CP ngày 11/02/2025 sửa đổi, bổ\nsung một số điều của Nghị định "
     "số 37/2019/NĐ-CP);*",
     {"37": "Chính phủ", "58": "Chính phủ", "22": "Chính phủ"}),
    ("tầm nhìn đến năm 2045; các Quyết định của Bộ trưởng Bộ Văn hóa, Thể thao và Du\nlịch phê duyệt điều "
     "chỉnh Quy hoạch mạng lưới cơ sở Văn hóa và Thể thao thời kỳ\n2021-2030, tầm nhìn đến năm 2045 (Số "
     "1226/QĐ-BVHTTDL\nngày 29/4/2025 và số 2657/QĐ-BVHTTDL ngày 29/7/2025);",
     {"1226": "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "2657": "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"}),
    # a document of another type in the parenthesis is not the head's
    ("Căn cứ các Nghị định của Chính phủ hướng dẫn thi hành Luật Đất đai (Luật số 31/2024/QH15 ngày 18/01/2024);",
     {"31": None}),
])
def test_a_plural_heads_issuer_goes_to_its_parenthesized_list(sentence, expected):
    assert {r.number: r.issuer for r in find_citations(norm(sentence))} == expected


def test_a_colon_lists_items_that_repeat_the_type_word_keep_its_issuer():
    # the head "số 156/2018/NĐ-CP" without its type word, the amending decrees with it (Quảng Ninh QĐ 96/2025)
    sentence = ("thì áp dụng theo các quy định tại các Nghị định của Chính\nphủ: số 156/2018/NĐ-CP ngày 16/11/2018 "
                "Quy định chi tiết thi hành một số điều của\nLuật Lâm nghiệp được sửa đổi, bổ sung bởi Nghị định số "
                "27/2024/NĐ-CP, Nghị định\nsố 91/2024/NĐ-CP, Nghị định số 183/2025/NĐ-CP, Nghị định số 227/2025/NĐ-CP; số\n"
                "58/2024/NĐ-CP ngày 24/5/2024 về một số chính sách đầu tư trong lâm nghiệp; Thông tư số 16/2025/TT-BNNMT "
                "ngày 19/6/2025 của Bộ Nông nghiệp và Môi trường")
    assert {r.number: r.issuer for r in find_citations(norm(sentence))} == {
        "156": "Chính phủ", "27": "Chính phủ", "91": "Chính phủ", "183": "Chính phủ", "227": "Chính phủ",
        "58": "Chính phủ", "16": "Bộ Nông nghiệp và Môi trường"}


# a basis clause's next item on a line of its own after the ";" that ends the line above, in a
# preamble longer than the opening statements' ten lines (Ninh Bình QĐ 807/2024; QĐ 963/2024 of
# tune has the same two lines under a short preamble); the preamble as printed, page number and all
NINH_BINH_PREAMBLE = """   ỦY BAN NHÂN DÂN            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH NINH BÌNH                     Độc lập - Tự do - Hạnh phúc

   Số: 807 /QĐ-UBND               Ninh Bình, ngày 04 tháng 11 năm 2024

                               QUYẾT ĐỊNH
        Phê duyệt Kế hoạch tổ chức lập Chương trình phát triển đô thị
                     thành phố Tam Điệp đến năm 2045

                  ỦY BAN NHÂN DÂN TỈNH NINH BÌNH

      Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
chính quyền địa phương ngày 22 tháng 11 năm 2019;
      Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014; Luật sửa đổi, bổ sung
một số điều của Luật Xây dựng ngày 17 tháng 6 năm 2020;
      Căn cứ Luật Quy hoạch đô thị ngày 17 tháng 6 năm 2009; Luật sửa đổi, bổ
sung một số điều của 37 Luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;
      Căn cứ Nghị quyết số 1210/2016/UBTVQH13 ngày 25 tháng 5 năm 2016
của Ủy ban Thường vụ Quốc hội về phân loại đô thị; Nghị quyết số
26/2022/UBTVQH15 ngày 21 tháng 9 năm 2022 của Ủy ban Thường vụ Quốc hội
sửa đổi, bổ sung một số điều của Nghị quyết số 1210/2016/UBTVQH13;
      Căn cứ Nghị định số 11/2013/NĐ-CP ngày 14 tháng 01 năm 2013 của Chính
phủ về quản lý đầu tư phát triển đô thị;
      Căn cứ Nghị định số 35/2023/NĐ-CP ngày 20 tháng 6 năm 2023 của Chính
phủ về sửa đổi, bổ sung một số điều của các Nghị định thuộc lĩnh vực quản lý nhà
nước của Bộ Xây dựng;
     Căn cứ Quyết định số 241/QĐ-TTg ngày 24 tháng 02 năm 2021 của Thủ tướng
Chính phủ phê duyệt Kế hoạch phân loại đô thị toàn quốc giai đoạn 2021-2030;
     Căn cứ Quyết định số 891/QĐ-TTg ngày 22 tháng 8 năm 2024 của Thủ
tướng Chỉnh phủ về phê duyệt Quy hoạch hệ thống đô thị và nông thôn thời kỳ
2021-2030, tầm nhìn đến năm 2050;
      Căn cứ Quyết định số 218/QĐ-TTg ngày 04 tháng 3 năm 2023 của Thủ
tướng Chính phủ phê duyệt Quy hoạch tỉnh Ninh Bình giai đoạn 2021-2030, tầm
nhìn đến năm 2050;
     Căn cứ Thông tư số 06/2023/TT-BXD ngày 08 tháng 9 năm 2023 của Bộ trưởng
Bộ Xây dựng về hướng dẫn một số nội dung về Chương trình phát triển đô thị;

                                        2

      Căn cứ Nghị quyết số 16-NQ/TU ngày 23 tháng 8 năm 2023 của Ban Chấp
hành Đảng bộ tỉnh Ninh Bình về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã
tỉnh Ninh Bình, giai đoạn 2023-2030;
       Theo đề nghị của Chủ tịch Ủy ban nhân dân thành phố Tam Điệp tại Tờ
trình số 333/TTr-UBND ngày 29 tháng 10 năm 2024; ý kiến của Sở Xây dựng tại
Công văn số 3581/SXD-PTĐT ngày 25 tháng 10 năm 2024.

                                  QUYẾT ĐỊNH:

Điều 1. Phê duyệt Kế hoạch tổ chức lập Chương trình phát triển đô thị thành phố Tam Điệp.
"""


def test_a_basis_item_on_its_own_line_after_a_semicolon_is_basis():
    st = structure(NINH_BINH_PREAMBLE)
    refs = find_citations(st.text)
    mark_basis(refs, st.preamble, st.text)
    amending = [r for r in refs if r.type == "Luật" and r.year == 2019]
    assert amending and all(r.basis for r in amending)
    assert all(r.basis for r in refs)


# -------------------------------------------------------------------------------------- deadlines

def _deadlines(text, year, issue_date=None):
    return sorted((d.kind, d.value, d.agency) for d in recognize_deadlines(structure(text), year, [], [],
                                                                          issue_date=issue_date))


@pytest.mark.parametrize("text, year, expected", [
    # a task's time line: its first period is due, "và các năm tiếp theo" goes on after it (Lai
    # Châu KH 7360/2025, the quarter wrapped; TP HCM KH 172/2025, the year)
    ("- Thời gian thực hiện: Quý\nIV năm 2025 và các năm tiếp theo.", 2025, [("period", "2025-Q4", None)]),
    ("- Thời gian thực hiện: Năm 2025\nvà các năm tiếp theo.", 2025, [("period", "2025", None)]),
    # in running text the same words are a span, nothing due
    ("Tiếp tục triển khai thực hiện trong năm 2025 và các năm tiếp theo.", 2025, []),
    # "từ nay đến …": the work's own span (VPTW KL 07/2025; "1. Thời gian: từ nay đến năm 2030" of tune6 M04)
    ("Đề nghị thường trực các tỉnh uỷ, thành uỷ tiếp tục quan tâm lãnh đạo, nhất là các nhiệm vụ trọng tâm "
     "nêu trong phương hướng, nhiệm vụ từ nay đến tháng 6/2027.", 2025, []),
    ("1. Thời gian: từ nay đến năm\n2030.", 2025, []),
    # a period that dates the plan's content, the noun with its usual attribute (VPTW KL 07/2025;
    # conference reports in the crawl), not work given a time
    ("đánh giá kết quả hoạt động từ tháng 6/2022 đến nay và phương hướng, nhiệm vụ trọng tâm đến tháng 6/2027.",
     2025, []),
    ("Trên cơ sở đó, thống nhất phương hướng, nhiệm vụ trọng tâm trong năm 2026 nhằm nâng cao hiệu quả "
     "quản lý nhà nước.", 2026, []),
    ("Sở Nội vụ trình Ủy ban nhân dân tỉnh trong năm 2026.", 2026, [("period", "2026", "Sở Nội vụ")]),
])
def test_time_lines_spans_and_dated_nouns(text, year, expected):
    assert _deadlines(text, year) == expected


@pytest.mark.parametrize("text, expected", [
    # a yearly plan's targets set by a higher level (Cần Thơ KH 160/2025; Hà Tĩnh C009's "cấp có thẩm
    # quyền giao trong kế hoạch hàng năm"; Hải Phòng C023's "dự toán chi hàng năm đã được phê duyệt")
    ("- Mức độ đạt được kết quả thực hiện mục tiêu, nhiệm vụ so với kế hoạch hàng năm, giai đoạn 5 năm được "
     "cấp có thẩm quyền giao.", []),
    ("Kinh phí bố trí ngoài dự toán chi hàng năm đã được phê duyệt.", []),
    # a report sent every year stays a recurrence
    ("Sở Nội vụ tổng hợp, báo cáo hàng năm gửi Bộ Nội vụ.", [("recurrence", "P1Y", "Sở Nội vụ")]),
])
def test_a_yearly_plans_targets_recur_no_work(text, expected):
    assert _deadlines(text, 2025) == expected


@pytest.mark.parametrize("text, expected", [
    # a schedule line's range of days is due at its last, its subject after the colon (Quảng Ninh MTTQ KH 2026)
    ("- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã trao đổi với cơ quan, tổ chức, "
     "đơn vị có người ứng cử thống nhất thời gian tổ chức hội nghị.",
     [("date", "2026-02-08", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã")]),
    # a time label's range of days (a project plan in the crawl)
    ("**Thời gian:** 01/05/2026 - 15/05/2026 (2 tuần)", [("date", "2026-05-15", None)]),
    # inside a sentence, no schedule line: nothing (its end is read only after "đến")
    ("Hội nghị diễn ra từ ngày 05/02/2026 - 08/02/2026 tại nhà văn hóa thôn.", []),
])
def test_a_range_of_days_is_due_at_its_last(text, expected):
    assert _deadlines(text, 2026, issue_date="2026-01-20") == expected


# --------------------------------------------------------------------------------- document fields

@pytest.mark.parametrize("raw, expected", [
    # an item's dash in emphasis closed after a space (Bộ VHTTDL QĐ 4385/2025's Nơi nhận) …
    ("Nơi nhận:\n- Như Điều 3;\n*- *Thứ trưởng Tạ Quang Đông;\n- Lưu: VT.\n",
     "Nơi nhận:\n- Như Điều 3;\n- Thứ trưởng Tạ Quang Đông;\n- Lưu: VT.\n"),
    # … as without the space (Đồng Tháp KH 556/2025, Đắk Lắk CT 10/2025)
    ("Nơi nhận:\n*-* Văn phòng chính phủ;\n- Lưu: VT.\n", "Nơi nhận:\n- Văn phòng chính phủ;\n- Lưu: VT.\n"),
    # a lettered item in emphasis is not a dash
    ("*a) *Sở Nội vụ\n", "*a) *Sở Nội vụ\n"),
])
def test_an_emphasized_item_dash(raw, expected):
    assert norm(raw) == expected


VPTW_CONCLUSION = """|
BAN CHẤP HÀNH
TRUNG ƯƠNG
**VĂN PHÒNG**
*
|
**ĐẢNG CỘNG SẢN
VIỆT NAM**
---------------
|
|
Số 07-KL/VPTW
|
*Hà Nội, ngày 01 tháng 12 năm 2025*
|


**KẾT LUẬN**

CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG

TẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN PHÒNG TỈNH
UỶ, THÀNH UỶ NĂM 2025

-----

Hội nghị toàn quốc công tác
văn phòng tỉnh uỷ, thành uỷ năm 2025 tổ chức ngày 26/11/2025 đã thống nhất đánh giá kết quả.
"""

PARTY_DIRECTIVE = """TỈNH ỦY SƠN LA
Số 29-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Sơn La, ngày 19 tháng 4 năm 2023

CHỈ THỊ
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về tăng cường sự lãnh đạo của các cấp ủy đảng trong triển khai Đề án 06

Chỉ thị này được phổ biến đến các chi bộ./.
"""


@pytest.mark.parametrize("text, title", [
    # a person's conclusions: "CỦA ĐỒNG CHÍ …" opens the title (VPTW KL 07/2025, gold)
    (VPTW_CONCLUSION, "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG TẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN "
                      "PHÒNG TỈNH ỦY, THÀNH ỦY NĂM 2025"),
    # the issuing body's line under a party directive's type line is not (Sơn La CT 29/2023)
    (PARTY_DIRECTIVE, "về tăng cường sự lãnh đạo của các cấp ủy đảng trong triển khai Đề án 06"),
])
def test_a_persons_words_are_the_title_a_bodys_line_is_not(text, title):
    assert fields(text)["title"] == title


def test_the_standing_office_of_a_command_board_is_written_out_with_it():
    # Huế TB 254/2022 (gold): the board's abbreviations expanded, the office first
    header = ("BAN CHỈ HUY PCTT VÀ TKCN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "  TỈNH THỪA THIÊN HUẾ                           Độc lập – Tự do – Hạnh phúc\n"
              "VĂN PHÒNG THƯỜNG TRỰC\n"
              "       Số: 254 /TB-PCTT                   Thừa Thiên Huế, ngày 06 tháng 9 năm 2022\n\n"
              "                               THÔNG BÁO\n"
              "                Cảnh báo, ứng phó với mưa vừa, mưa to và dông\n\n"
              "           Kính gửi:\n                       - UBND các huyện, thị xã và thành phố Huế;\n\n"
              "       Để chủ động ứng phó với diễn biến xấu của thời tiết, Văn phòng Ban Chỉ\n"
              " huy PCTT và TKCN tỉnh đề nghị các sở, ban ngành trong tỉnh triển khai các nội dung sau:\n")
    got = fields(header)
    assert (got["issuer"], got["province"], got["level"]) == (
        "Văn phòng Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Thừa Thiên Huế",
        "Thừa Thiên Huế", "department")
