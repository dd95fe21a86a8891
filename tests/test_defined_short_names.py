"""Short names a document defines for a body it names ("… của Trung tâm chính trị xã, phường, đặc
khu (sau đây gọi tắt là Trung tâm)"): which wordings define one, and the full name each stands for.
One pattern (regexes.SHORT_NAME_DEFINED) and one reader (agencies.defined_short_names) serve the
task recognizer (a "Ban Giám đốc Trung tâm" written out in full) and the deadline recognizer (a
sentence whose subject is "Trung tâm").

The sentences are real, as normalized, from the development corpus (tune and calibration splits;
sources in tests/data/corpus/SOURCES.tsv) and tests/data/real_text; the corpus holds no quoted
short name and no "sau đây được gọi tắt là": those rows are the real sentence of Ban Tuyên giáo và
Dân vận TW QĐ 1147/2025 (C044) written so."""

import pytest

from pipeline import regexes as rx
from pipeline.agencies import defined_short_names

# Ban Tuyên giáo và Dân vận Trung ương QĐ 1147/2025 (C044), Điều 1
C044 = ("1. Quy chế này quy định về hoạt động bồi dưỡng, giảng dạy của Trung tâm chính trị xã, phường, đặc khu "
        "(sau đây gọi tắt là Trung tâm).")
C044_BODY = "Trung tâm chính trị xã, phường, đặc khu"
# Ninh Bình QĐ 163/2025 (tests/data/real_text/11), Điều 2
NINH_BINH = "b) Ủy ban nhân dân các xã, phường (gọi tắt là UBND cấp xã);"
# Gia Lai QĐ 44/2025 (C029), Điều 2
GIA_LAI = "2. Ủy ban nhân dân xã, phường (sau đây gọi tắt là Ủy ban nhân dân cấp xã) quyết định giao tài sản"
# Phú Thọ QĐ 102/2025 (C020), Điều 1: the short name wraps to the next line
PHU_THO = "b) Ủy ban nhân dân các xã, phường (gọi chung là\nUBND cấp xã)."
# Quảng Ninh QĐ 96/2025 (C023), Điều 10
QUANG_NINH = ("a) Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu chỉ đạo Ban Chỉ huy phòng thủ dân sự "
              "(viết tắt là Ban chỉ huy) tổ chức trực")
COMMUNES = "Ủy ban nhân dân các xã, phường"


@pytest.mark.parametrize("sentence, short", [
    (C044, "Trung tâm"),                                                    # sau đây gọi tắt là
    (NINH_BINH, "UBND cấp xã"),                                             # (gọi tắt là …)
    (GIA_LAI, "Ủy ban nhân dân cấp xã"),
    (PHU_THO, "UBND cấp xã"),                                               # gọi chung là, a line break
    (QUANG_NINH, "Ban chỉ huy"),                                            # viết tắt là
    # sau đây gọi là (Cần Thơ QĐ 09/2010, C051, Điều 12)
    ("1. Giám đốc Sở Khoa học và Công nghệ ra quyết định thành lập các Hội đồng KHCN tư vấn tuyển chọn, xét "
     "chọn cho các nhiệm vụ KHCN (sau đây gọi là Hội đồng).", "Hội đồng"),
    # sau đây gọi chung là, the short name wrapped (Hà Tĩnh KH 624/2025, C009)
    ("nơi có nhiều lao động theo quy định của pháp luật (sau đây gọi chung là Khu\ncông nghiệp)", "Khu công nghiệp"),
    # sau đây viết tắt là (Lâm Đồng KH 2026 tuyên truyền CCHC, C065)
    ("UBND tỉnh Lâm Đồng ban hành Kế hoạch tuyên truyền Cải cách hành chính (sau đây viết tắt là CCHC)", "CCHC"),
    # sau đây gọi tắt là, a document's number (Đồng Tháp KH 597/2025)
    ("chuyển đổi số quốc gia (sau đây gọi tắt là Nghị quyết số 57-NQ/TW)", "Nghị quyết số 57-NQ/TW"),
    # sau đây được gọi tắt là; quoted, in either kind of quotes
    (C044.replace("sau đây gọi", "sau đây được gọi"), "Trung tâm"),
    (C044.replace("là Trung tâm)", "là “Trung tâm”)"), "Trung tâm"),
    (C044.replace("là Trung tâm)", 'là "Trung tâm")'), "Trung tâm"),
    (C044.replace("(sau đây gọi tắt là Trung tâm)", "(sau đây gọi tắt là: “Trung tâm”)"), "Trung tâm"),
    # --- no short name of a body:
    # a level or a class in lower case (Lai Châu QĐ 87/2025, C030; Cần Thơ QĐ 2610/2025, C019): a
    # level after a name is read inside the name (agencies.clean_agency)
    ("1. Ủy ban nhân dân xã, phường (sau đây gọi là cấp xã) chịu trách nhiệm", None),
    ("trên địa bàn thành phố Cần Thơ (sau đây gọi tắt là các cơ quan, đơn vị)", None),
    # another name of a thing, "còn gọi là" (Lâm Đồng TB 2026, C062)
    ("nhận khoán Nông trường Cà phê Lộc An (còn gọi là đất Nông trường Tỉnh ủy)", None),
    # words before "gọi tắt là" inside the bracket (Đồng Nai KH 179/2025)
    ("cho các cảng: Cảng container, cảng cạn (IDC/Depot - gọi tắt là cảng biển)", None),
    # no bracket opens it (Cần Thơ QĐ 09/2010, C051)
    ("Đề tài khoa học xã hội và nhân văn, Đề tài khoa học tự nhiên gọi tắt là Đề tài);", None),
])
def test_which_wordings_define_a_short_name(sentence, short):
    found = [" ".join(m.group("short").split()) for m in rx.SHORT_NAME_DEFINED.finditer(sentence)]
    assert found == ([short] if short else [])


@pytest.mark.parametrize("text, names, expected", [
    # the short name is the full name's first words: the full name runs from their last place
    # before the bracket, whether or not the document gives that body work
    (C044, [], {"Trung tâm": C044_BODY}),
    (C044, [C044_BODY, "Giám đốc Trung tâm"], {"Trung tâm": C044_BODY}),
    (QUANG_NINH, [], {"Ban chỉ huy": "Ban Chỉ huy phòng thủ dân sự"}),
    (C044.replace("là Trung tâm)", "là “Trung tâm”)"), [], {"Trung tâm": C044_BODY}),
    # a short name in other words: the longest name of a body the document gives work that the
    # words before the bracket end with ("các" and punctuation aside)
    (NINH_BINH, [COMMUNES, "Sở Nội vụ"], {"UBND cấp xã": COMMUNES}),
    (NINH_BINH, [], {}),
    (GIA_LAI, [COMMUNES], {"Ủy ban nhân dân cấp xã": COMMUNES}),
    (PHU_THO, [COMMUNES], {"UBND cấp xã": COMMUNES}),
    (PHU_THO, ["Ủy ban nhân dân cấp xã"], {}),
    # the name before the bracket is another body's: no short name of it
    (NINH_BINH.replace("Ủy ban nhân dân các xã, phường", "Sở Nội vụ"), ["Sở Nội vụ"], {}),
    # a short name of a plan, a programme, a document: none of a body, even after a body's name
    # (Cần Thơ KH 157/2025, C004; Lâm Đồng KH 2026, C065; Đồng Tháp KH 597/2025)
    ("Ủy ban nhân dân thành phố ban hành Kế hoạch phát động phong trào thi đua trên địa bàn thành phố "
     "(gọi tắt là Kế hoạch thi đua)", ["Ủy ban nhân dân thành phố"], {}),
    ("UBND tỉnh Lâm Đồng ban hành Kế hoạch tuyên truyền Cải cách hành chính (sau đây viết tắt là CCHC)",
     ["Ủy ban nhân dân tỉnh Lâm Đồng"], {}),
    ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, "
     "đổi mới sáng tạo và chuyển đổi số quốc gia (sau đây gọi tắt là Nghị quyết số 57-NQ/TW)", ["Bộ Chính trị"], {}),
    # a class of places, no body (Hà Tĩnh KH 624/2025, C009)
    ("địa bàn có khu công nghiệp, khu chế xuất, khu kinh tế, khu công nghệ cao, cụm công nghiệp, nơi có nhiều lao "
     "động theo quy định của pháp luật (sau đây gọi chung là Khu công nghiệp)", [], {}),
    # the name's first words on an earlier line: not read across it
    ("giảng dạy của Trung tâm\nchính trị xã, phường, đặc khu (sau đây gọi tắt là Trung tâm).", [], {}),
    # the first definition of a short name holds
    (C044 + "\n" + QUANG_NINH.replace("Ban chỉ huy)", "Trung tâm)"), [], {"Trung tâm": C044_BODY}),
])
def test_the_full_name_a_short_name_stands_for(text, names, expected):
    assert defined_short_names(text, names) == expected
