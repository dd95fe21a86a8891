"""Citations of national letters whose issuer stands before them as the subject of their sentence,
or opens the next citation of a list (contract §2: issuer as stated in the citation, date the
issue date stated with it).  Real sentences as crawled (corpus splits tune14, tune10, tune9 and tune8, sources in
tests/data/corpus/SOURCES.tsv)."""

import pytest

from pipeline.references import find_citations

# R10, Bộ Nội vụ CV 10989/BNV-TCBC 2025
R10 = ("Thực hiện ý kiến của Ban Tổ chức Trung ương tại Văn bản số 9151- CV/BTCTW ngày 29/7/2025 về triển khai "
       "các kết luận của Bộ Chính trị, Ban Bí thư và Văn bản số 9671-CV/BTCTW ngày 17/9/2025 về hoàn thiện vị trí "
       "việc làm; đề xuất biên chế giai đoạn 2026-2031 (gửi kèm theo), Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC "
       "ngày 17/9/2025 đề nghị các Bộ, ngành, địa phương báo cáo thực trạng và đề xuất biên chế giai đoạn 2026-2031.")
# R12, Bộ Nội vụ CV 10988/BNV-CQĐP 2025: an item of a list, and a footnote
R12_LAW = ("hoạt động hiệu lực, hiệu quả, phục vụ nhân dân tốt hơn.\n- Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ "
           "chức chính quyền địa phương số 72/2025/QH15 với những quy định mới về tổ chức chính quyền địa phương 02 cấp.")
R12_NOTE = ("*không có *phụ lục kèm theo danh sách sắp xếp, sáp nhập từ 34 tỉnh, thành phố xuống còn 16 tỉnh, thành "
            "phố như các trang mạng xã hội đang lan truyền.\n[2] Bộ Chính trị, Ban Bí thư đã có Kết luận số 212-KL/TW "
            "ngày 18/11/2025, trong đó yêu cầu “Rà soát, đánh giá kỹ lưỡng")
# R11, Công điện 234/CĐ-TTg 2025: directives listed, each body "tại" its document
R11 = ("Căn cứ chỉ đạo của Tổng Bí thư Tô Lâm, của Bộ Chính trị tại thông báo số 99-TB/TW ngày 21/11/2025, của Ban "
       "Bí thư tại văn bản số 213-KL/TW ngày 21/11/2025, Nghị quyết 380/NQ-CP ngày 25/11/2025 của Chính phủ và chỉ "
       "đạo của Thủ tướng Chính phủ")

# R04, VPCP TB 648/TB-VPCP 2025: a leader by post and name "tại" a notice of his office
R04 = ("Biên - Cửa khẩu Tây Trang; dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải: Tỉnh thực hiện theo "
       "chỉ đạo của Tổng Bí thư Tô Lâm tại Thông báo số 75-TB/VPTW ngày 04 tháng 8 năm 2025; chủ động làm việc với "
       "Bộ Xây dựng")
# the same shape with a post that names a body (Chính phủ NQ 380/2025's wording, the post then the name)
PM_NAMED = ("theo chỉ đạo của Thủ tướng Chính phủ Phạm Minh Chính tại Công điện số 231/CĐ-TTg ngày 26/11/2025 với "
            "tinh thần không được chủ quan")
# R05, Bộ VHTTDL CV 6316/BVHTTDL-VP 2025: the direction's body, its subject, then the letter in brackets
R05 = ("Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về việc triển khai kết luận Hội nghị Trung ương lần thứ 13\n"
       "Ban Chấp hành Trung ương Đảng khóa XIII về kinh tế - xã hội năm 2025-2026 (Công văn số 282/TTg-TKBT ngày "
       "10/11/2025), Bộ trưởng giao:")


@pytest.mark.parametrize("sentence, number, date, issuer", [
    # issuer was "Tổng Bí thư Tô Lâm": a person, no body
    (R04, "75", "2025-08-04", None),
    (PM_NAMED, "231", "2025-11-26", "Thủ tướng Chính phủ"),
    # issuer was None
    (R05, "282", "2025-11-10", "Thủ tướng Chính phủ"),
    # was not found at all: "kết luận của Bộ Chính trị, Ban Bí thư và Văn bản" read as one citation's
    # type and issuer, then dropped for its lower-case type word
    (R10, "9671", "2025-09-17", "Ban Tổ chức Trung ương"),
    (R10, "9151", "2025-07-29", "Ban Tổ chức Trung ương"),
    # issuer was None: the subject after a comma
    (R10, "8091", "2025-09-17", "Bộ Nội vụ"),
    # date and issuer were None: "thông qua", an item's dash before "Ngày"
    (R12_LAW, "72", "2025-06-16", "Quốc hội"),
    # issuer was None: the party's two central bodies after a footnote's mark
    (R12_NOTE, "212", "2025-11-18", "Bộ Chính trị, Ban Bí thư"),
    # issuer was "Ban Bí thư", the next directive's body
    (R11, "99", "2025-11-21", "Bộ Chính trị"),
    (R11, "213", "2025-11-21", "Ban Bí thư"),
    (R11, "380", "2025-11-25", "Chính phủ"),
])
def test_citation_issuer(sentence, number, date, issuer):
    found = {r.number: r for r in find_citations(sentence)}
    assert (found[number].date, found[number].issuer) == (date, issuer)


# tune9 V03, Lai Châu QĐ 16/2010/QĐ-UBND: decisions listed with the people's committee's code of
# before 2004 ("QĐ-UB") and one of after ("QĐ-UBND"), the committee named once after the last
V03 = ("Điều 4. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký và thay thế các Quyết định số "
       "25/2005/QĐ-UB ngày 03/02/2005; Quyết định số 32/2005/QĐ-UB ngày 01/4/2005; Quyết định số 57/2005/QĐ-UB ngày "
       "17/6/2005, Quyết định số 03/2009/QĐ-UBND ngày 03/3/2009 của UBND tỉnh.")


@pytest.mark.parametrize("number", ["25", "32", "57", "03"])
def test_former_committee_code_shares_the_issuer(number):
    # the first three were None
    found = {r.number: r for r in find_citations(V03)}
    assert found[number].issuer == "Ủy ban nhân dân tỉnh"


# tune8 U05, BHXH Việt Nam CV 296/BHXH-CSYT 2021: the subject "có" the letters without "đã" (the line
# break after the bracket is the one normalize puts there)
U05 = ("(Sau đây viết tắt là BHXH các tỉnh)\nBộ Y tế có Công văn số 627/BYT-BH ngày 27/01/2021 về việc hướng dẫn "
       "thực hiện một số quy định tại Điều 22 Luật Bảo hiểm y tế (BHYT) và Công văn số 666/BYT-BH ngày 27/01/2021 về "
       "việc đính chính điểm b Mục 3 Công văn số 627/BYT-BH.")


@pytest.mark.parametrize("number", ["627", "666"])
def test_subject_has_the_letters(number):
    # both were None
    found = {r.number: r for r in find_citations(U05)}
    assert found[number].issuer == "Bộ Y tế"


# tune10 W02, Bộ LĐTBXH CV 1921/LĐTBXH-NCC 2013: an ordinance named without its year, then the
# next sentence's decree and a date
W02 = ("Ngày 09/4/2013, Chính phủ đã ban hành Nghị định số 31/2013/NĐ-CP quy định chi tiết, hướng dẫn thi hành một số "
       "điều của Pháp lệnh ưu đãi người có công với cách mạng, Nghị định này có hiệu lực thi hành từ ngày 01/6/2013. "
       "Trong thời gian chờ Thông tư liên tịch hướng dẫn thực hiện chế độ điều dưỡng phục hồi sức khỏe")


def test_ordinance_without_year_is_no_citation():
    # the ordinance was cited with the decree's date's year, its name run over ", Nghị định này …"
    assert [(r.type, r.number, r.date, r.issuer) for r in find_citations(W02)] == [
        ("Nghị định", "31", "2013-04-09", "Chính phủ")]
