"""Assignment shapes of the split tune15 (2025: Công điện of the Prime Minister, ministry letters, a
conclusion notice, provincial decisions with attached regulations), each cut from its document as
printed, line breaks of the crawl kept, and guards from the other tuned-on documents that share
the shape."""

import pytest

from pipeline import regexes as rx
from tests.support.texts import assignment_entries

PM_REQUESTS = "Thủ tướng Chính phủ yêu cầu:\n"


@pytest.mark.parametrize("text, subjects, given_work", [
    # (Công điện 231/CĐ-TTg 2025, tune15 K01 item 1: the gold has the ministers of the ministries
    # listed and the coastal provinces' chairmen, not the accountability's subjects)
    (PM_REQUESTS + "1. Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp\nvà Môi trường, Xây dựng; Chủ tịch Ủy ban nhân "
     "dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm\nĐồng tổ chức theo dõi, cập nhật thường xuyên, liên tục, sát "
     "diễn biến tình\nhình, chủ động chỉ đạo, triển khai các biện pháp ứng phó bão số 15. Các Bộ trưởng, Chủ tịch Ủy ban "
     "nhân dân cấp tỉnh chịu\ntrách nhiệm toàn diện trước Chính phủ, Thủ tướng Chính phủ về kết quả, hiệu quả\ncông tác "
     "phòng, chống bão, lũ đối với ngành, lĩnh vực, địa bàn được phân công\nquản lý.\n",
     ["Các Bộ trưởng", "Chủ tịch Ủy ban nhân dân cấp tỉnh"],
     {("Bộ trưởng Bộ Quốc phòng", "lead"), ("Bộ trưởng Bộ Công an", "lead"),
      ("Bộ trưởng Bộ Nông nghiệp và Môi trường", "lead"), ("Bộ trưởng Bộ Xây dựng", "lead"),
      ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng", "lead")}),
])
def test_subjects_only_answerable_to_a_superior_are_given_no_work(text, subjects, given_work):
    entries = assignment_entries(text)
    # the item's own subjects are given its work (an empty reading would pass the check below alone)
    assert given_work <= entries
    assert not {agency for agency, _ in entries} & set(subjects)


def test_a_bodys_article_over_its_answerability_keeps_the_body():
    # (Bắc Ninh QĐ 79/2025, tune C027 Điều 13: the heading names the body, gold keeps it)
    entries = assignment_entries(
        "**Điều\n13. Trách nhiệm của các cơ quan, đơn vị, tổ chức có liên quan**\n\n1. Thủ trưởng các cơ quan,\nđơn vị, "
        "tổ chức chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc triển khai\nthực hiện Quy chế này trong phạm vi quản lý "
        "của mình.\n")
    assert ("Các cơ quan, đơn vị, tổ chức có liên quan", "lead") in entries


# (Công điện 231/CĐ-TTg 2025, tune15 K01 items 1-2, as printed)
K01_ITEMS_1_2 = (PM_REQUESTS +
     "1. Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp\n"
     "và Môi trường, Xây dựng, Công Thương, Khoa học và Công nghệ, Giáo dục và Đào tạo,\n"
     "Y tế; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm\n"
     "Đồng tổ chức theo dõi, cập nhật thường xuyên, liên tục, sát diễn biến tình\n"
     "hình, chủ động chỉ đạo, triển khai các biện pháp ứng phó bão số 15 bảo đảm kịp\n"
     "thời, hiệu quả, với phương châm chủ động phòng ngừa “từ sớm, từ xa” ứng phó ở mức\n"
     "cao nhất, quyết liệt nhất, đặt mục tiêu bảo đảm an toàn tính mạng Nhân dân lên\n"
     "trên hết, trước hết. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân cấp tỉnh chịu\n"
     "trách nhiệm toàn diện trước Chính phủ, Thủ tướng Chính phủ về kết quả, hiệu quả\n"
     "công tác phòng, chống bão, lũ đối với ngành, lĩnh vực, địa bàn được phân công\n"
     "quản lý.\n"
     "2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tổ\n"
     "chức theo dõi sát tình hình, tập trung chỉ đạo khắc phục nhanh hậu quả các đợt\n"
     "bão, lũ vừa qua theo chỉ đạo tại Nghị quyết số 380/NQ-CP ngày 25/11/2025 của\n"
     "Chính phủ, đồng thời chủ động triển khai các biện pháp cần thiết cao nhất để\n"
     "phòng, tránh, ứng phó với bão số 15 và mưa lũ do bão với tinh thần “đắt lo ế mừng”,\n"
     "trong đó:\n")


def test_the_provinces_named_again_without_which_are_the_ones_named_in_full():
    # (the gold has the coastal provinces' chairmen once, from item 1)
    entries = assignment_entries(K01_ITEMS_1_2)
    assert ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng", "lead") in entries
    assert ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", "lead") not in entries


# (Bộ Nội vụ CV 11208/2025, tune15 L02 item 2 and the closing request, as printed)
L02_REQUESTS = (
    "Bộ Nội vụ có ý kiến như sau:\n"
    "2. Về mức chi phí quản lý (tỷ\n"
    "lệ %) của 34 địa phương sau khi hoàn thành sắp xếp tổ chức bộ máy và vận hành\n"
    "chính quyền địa phương 2 cấp từ ngày 01/7/2025: Trên cơ sở ý kiến của Bộ Tài\n"
    "chính tại Công văn số 15564/BTC-KTN ngày 08/10/2025 về việc tham gia ý kiến đối\n"
    "với mức chi quản lý và chi phí phục vụ chi trả chế độ ưu đãi người có công với\n"
    "cách mạng đến người thụ hưởng những tháng cuối năm 2025, Bộ Nội vụ đã hướng dẫn\n"
    "Sở Nội vụ các tỉnh thành phố trực thuộc trung ương xác định mức chi phí quản lý\n"
    "(tỷ lệ %) của địa phương theo khoản 1 Công văn số 9335/BNV-KHTC ngày\n"
    "14/10/2025. Vì vậy, đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc\n"
    "trung ương căn cứ mức chi phí quản lý (tỷ lệ %) đã được xác định theo hướng dẫn\n"
    "tại khoản 1 Công văn số 9335/BNV-KHTC ngày 14/10/2025 của Bộ Nội vụ, các yếu tố\n"
    "đặc thù về điều kiện địa bàn và thực tế số lượng đối tượng người có công với\n"
    "cách mạng của từng xã, phường, đặc khu để trình Hội đồng nhân dân cấp tỉnh quy\n"
    "định tỷ lệ chi phí quản lý tùy theo điều kiện địa bàn và thực tế số lượng đối\n"
    "tượng người có công với cách mạng của từng xã, phường, đặc khu, bảo đảm trong\n"
    "phạm vi dự toán được giao cho công tác quản lý của địa phương.\n"
    "Bộ Nội vụ đề nghị Ủy ban\n"
    "nhân dân các tỉnh, thành phố triển khai thực hiện theo đúng quy định, đảm bảo\n"
    "thực hiện nhiệm vụ được giao, thực hành tiết kiệm, chống thất thoát, chống lãng\n"
    "phí tiền, ngân sách nhà nước. Trong quá trình thực hiện, nếu phát sinh vướng mắc\n"
    "đề nghị phản ánh kịp thời về Bộ Nội vụ (qua Vụ Kế hoạch - Tài chính) để nghiên\n"
    "cứu, hướng dẫn giải quyết./.\n")


def test_a_request_after_a_connective_names_the_provinces_in_full():
    # ("Vì vậy, đề nghị …": the gold has the committees of the provinces once, by the full name the
    # request gives them; the closing "Ủy ban nhân dân các tỉnh, thành phố" is the same addressee)
    entries = assignment_entries(L02_REQUESTS)
    assert ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "lead") in entries
    assert ("Ủy ban nhân dân các tỉnh, thành phố", "lead") not in entries


def test_a_head_over_two_kinds_of_body_stays_one_entry():
    # (Công điện 230/CĐ-TTg 2025, tune15 K02 item 2, as printed: the gold keeps the heads of both kinds
    # as one entry; "Bộ trưởng" and the provinces' chairmen are entries of their own)
    entries = assignment_entries(
        PM_REQUESTS + "2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan\ntrực thuộc Chính phủ, Chủ tịch Ủy ban nhân "
        "dân các tỉnh, thành phố trực thuộc\ntrung ương chủ trì, phối hợp với cơ quan thanh tra khẩn trương hoàn thành "
        "việc cập\nnhật, rà soát và phân loại các dự án theo hướng dẫn của Bộ Tài chính tại văn bản\nsố 16495/BTC-PTHT ngày "
        "22/10/2025, số 13021/BTC-PTHT ngày 22/8/2025.\n")
    assert ("Thủ trưởng cơ quan ngang bộ, cơ quan trực thuộc Chính phủ", "lead") in entries
    assert {("Bộ trưởng", "lead"), ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "lead")} <= entries
    assert ("Cơ quan trực thuộc Chính phủ", "lead") not in entries


@pytest.mark.parametrize("span, over_a_kind", [
    # a post of models/agency_heads.tsv's `of_a_kind` rows over a kind with a lower-case qualifier of its
    # own (Công điện 230/CĐ-TTg 2025, tune15 K02; QĐ 170/2025 of Ban Chỉ đạo Nhà nước về Du lịch, tune11 C026)
    ("Thủ trưởng cơ quan ngang bộ", True),
    ("Thủ trưởng cơ quan thuộc Chính phủ", True),
    ("Người đứng đầu cơ quan ngang bộ", True),
    # bare unit words, one class (Ban Bí thư QĐ 383/2025, tune12 C042; Thái Nguyên QĐ 26/2025, C021)
    ("Người đứng đầu cơ quan, tổ chức", False),
    ("Thủ trưởng cơ quan, đơn vị có liên quan", False),
    # a post that heads one body of its own, not any kind ("Giám đốc cơ quan …" is no such head)
    ("Giám đốc cơ quan ngang bộ", False),
])
def test_head_of_a_kind(span, over_a_kind):
    assert bool(rx.HEAD_OF_A_KIND.match(span)) is over_a_kind


@pytest.mark.parametrize("text, expected", [
    # (Công điện 231/CĐ-TTg 2025, tune15 K01 item 7, as printed)
    (PM_REQUESTS + "7. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà tiếp tục\nchỉ đạo các Bộ, ngành, địa phương triển khai "
     "kịp thời công tác ứng phó với bão,\nmưa lũ.\n",
     {("Phó Thủ tướng Chính phủ Trần Hồng Hà", "lead")}),
    # (Công điện 226/CĐ-TTg 2025, tune15 K04 item 5, as printed)
    (PM_REQUESTS + "**5.** Giao Phó Thủ tướng Hồ Đức Phớc và các Phó Thủ tướng theo nhiệm\nvụ được phân công chỉ đạo, "
     "đôn đốc, kiểm tra, các Bộ, cơ quan, địa phương trong\nquá trình thực hiện Công điện này.\n",
     {("Phó Thủ tướng Hồ Đức Phớc", "lead"), ("Các Phó Thủ tướng", "lead")}),
])
def test_a_deputy_prime_minister_given_work_by_name_is_an_entry(text, expected):
    assert expected <= assignment_entries(text)


@pytest.mark.parametrize("text, subject", [
    # (constructed on K01's shape, review27) answerable "trong việc" / "về việc" the work it names: the
    # sentence gives that work
    ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n1. Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến thời tiết. "
     "Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh trong việc tổ "
     "chức sơ tán người dân khỏi khu vực nguy hiểm.\n", "Chủ tịch Ủy ban nhân dân các xã, phường"),
    (PM_REQUESTS + "1. Bộ trưởng Bộ Công Thương chỉ đạo bảo đảm cung ứng xăng dầu. Bộ trưởng Bộ Tài chính chịu trách "
     "nhiệm trước Thủ tướng Chính phủ về việc hướng dẫn các địa phương thực hiện thống nhất, báo cáo kết quả trước "
     "ngày 15/12/2025.\n", "Bộ trưởng Bộ Tài chính"),
    # … or a task of its own after ", đồng thời"
    (PM_REQUESTS + "1. Bộ trưởng Bộ Công Thương chỉ đạo bảo đảm cung ứng xăng dầu. Chủ tịch Ủy ban nhân dân các tỉnh, "
     "thành phố chịu trách nhiệm trước Thủ tướng Chính phủ về kết quả phòng, chống dịch trên địa bàn, đồng thời chỉ "
     "đạo các lực lượng chức năng kiểm tra, xử lý nghiêm vi phạm.\n", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"),
])
def test_a_subject_answerable_for_the_work_it_names_is_given_it(text, subject):
    assert (subject, "lead") in assignment_entries(text)


def test_a_request_after_other_connectives_names_its_addressee():
    # (constructed on L02's shape, review27: "Do vậy, đề nghị …", "Vì vậy đề nghị …" without its comma)
    for connective in ("Do vậy, ", "Vì vậy ", "Trên cơ sở đó, "):
        entries = assignment_entries(
            "Bộ Nội vụ có ý kiến như sau:\nQua rà soát, một số địa phương chưa thực hiện báo cáo đúng hạn. " + connective
            + "đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo khẩn trương báo cáo.\n")
        assert ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "lead") in entries, connective


@pytest.mark.parametrize("text, expected", [
    # (constructed on K01's and K04's shapes, review27) the standing deputy's post; a second deputy by name
    (PM_REQUESTS + "5. Giao Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình trực tiếp chỉ đạo các bộ, ngành "
     "triển khai Công điện này.\n", {("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình", "lead")}),
    (PM_REQUESTS + "5. Giao Phó Thủ tướng Lê Thành Long và Phó Thủ tướng Hồ Đức Phớc theo lĩnh vực được phân công "
     "chỉ đạo các bộ, ngành.\n", {("Phó Thủ tướng Lê Thành Long", "lead"), ("Phó Thủ tướng Hồ Đức Phớc", "lead")}),
    # (constructed on K04's shape, clean27) the deputies as a sentence's subject, no "Giao": the post is read
    # wherever a post is (models/agency_heads.tsv), its remit by fields no part of the name
    (PM_REQUESTS + "5. Các Phó Thủ tướng theo lĩnh vực được phân công chỉ đạo các bộ, ngành triển khai Công điện "
     "này.\n", {("Các Phó Thủ tướng", "lead")}),
    (PM_REQUESTS + "5. Phó Thủ tướng Trần Hồng Hà trực tiếp chỉ đạo các bộ, ngành triển khai Công điện này.\n",
     {("Phó Thủ tướng Trần Hồng Hà", "lead")}),
])
def test_more_deputies_given_work_by_name(text, expected):
    found = assignment_entries(text)
    assert expected <= found
    assert not any("theo lĩnh vực" in name for name, _ in found)
