"""A regulation's closing article whose whole work is to carry it out ("… có trách nhiệm thực hiện
Quy định này.") is an execution clause, no assignment, as a decision's "… chịu trách nhiệm thi hành
Quyết định này" (contract, Clarifications); a decision's execution clause wrapped over the lines of
its article stays one; "Chánh" heads the office or inspectorate named after it ("Chánh Văn phòng
Trung ương Đảng chỉ đạo …"), a post given work as "Giám đốc Sở …" is.  Real sentences, each naming
its source; judged from the text (the reconciled gold of tune C042 agrees)."""

import pytest

from pipeline.assignments import _executes_only
from tests.support.texts import assignment_entries

# The head of the Secretariat's regulation on the Party's archive fonds (QĐ 383-QĐ/TW 2025, tune
# C042), an article of it tried in its place.
_PARTY_REGULATION = """BAN CHẤP HÀNH TRUNG ƯƠNG
ĐẢNG CỘNG SẢN VIỆT NAM
Số 383-QĐ/TW
Hà Nội, ngày 10 tháng 10 năm 2025
QUY ĐỊNH
về Phông lưu trữ Đảng Cộng sản Việt Nam
{article}
"""


@pytest.mark.parametrize("article, expected", [
    # Điều 9.1: a post, then its work
    ("**Điều 9. Xây dựng và cập nhật cơ sở dữ liệu tài liệu lưu trữ**\n\n1. Chánh Văn phòng Trung ương Đảng chỉ đạo xây dựng,\ncập nhật, quản lý, vận hành kho lưu trữ số, cơ sở dữ liệu tài liệu lưu trữ\nPhông lưu trữ Đảng Cộng sản Việt Nam.\n\n2. Ban thường vụ tỉnh ủy chỉ đạo xây dựng, cập nhật,\nquản lý, vận hành kho lưu trữ số.",
     {("Chánh Văn phòng Trung ương Đảng", "lead"), ("Ban thường vụ tỉnh ủy", "lead")}),
    # Điều 21: the closing article carries the regulation out, no task
    ("**Điều 21.** Các cơ quan, tổ chức từ Trung ương đến cơ sở có trách nhiệm\nthực hiện Quy định này.\n\n**Điều 22.** Giao Văn phòng Trung ương Đảng hướng dẫn và kiểm tra việc\nthực hiện Quy định này.",
     {("Văn phòng Trung ương Đảng", "lead")}),
])
def test_party_regulation_articles(article, expected):
    assert assignment_entries(_PARTY_REGULATION.format(article=article)) == expected


@pytest.mark.parametrize("sentence, closing", [
    ("Các cơ quan, tổ chức từ Trung ương đến cơ sở có trách nhiệm thực hiện Quy định này.", True),
    # a duty that names its own work first is no closing clause (Cần Thơ QĐ 09/2010, tune C051)
    ("Sở Khoa học và Công nghệ thành phố Cần Thơ trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình có trách nhiệm hướng dẫn các đơn vị có liên quan thực hiện Quy định này.", False),
    # a lead whose task ends in carrying it out (Bắc Ninh QĐ 79/2025, tune C027)
    ("Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan, đơn vị hướng dẫn, triển khai và kiểm tra việc thực hiện Quy chế này.", False),
])
def test_the_closing_clause_is_the_whole_work(sentence, closing):
    assert _executes_only(sentence) is closing


def test_a_wrapped_execution_clause_gives_no_work():
    # Quảng Trị QĐ 36/2025 (tune C034) Điều 3, as the crawl wrapped it
    text = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 36/2025/QĐ-UBND
Quảng Trị, ngày 20 tháng 11 năm 2025
QUYẾT ĐỊNH
Ban hành Quy định về quản lý an toàn trong sử dụng điện trên địa bàn tỉnh Quảng Trị
QUYẾT ĐỊNH:
**Điều 1.** Ban hành kèm theo Quyết định này Quy định về quản lý an toàn trong sử dụng điện.

**Điều 2.** Quyết định này có
hiệu lực thi hành kể từ ngày 30 tháng 11 năm 2025.

**Điều 3.** Chánh Văn phòng Ủy
ban nhân dân tỉnh; Giám đốc Sở Công Thương; Thủ trưởng các sở, ban, ngành cấp tỉnh;
Ủy ban nhân dân các xã, phường, đặc khu; Giám đốc Công ty Điện lực Quảng Trị;
Giám đốc Hợp tác xã dịch vụ điện Quảng Phú và các cơ quan, đơn vị, tổ chức, cá
nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    # (the article's heading now names a post, "Chánh Văn phòng Ủy…": the clause is read to its end)
    assert assignment_entries(text) == set()


@pytest.mark.parametrize("article, expected", [
    # Điều 7.1 of the same: an archive for good given work
    ("**Điều 7. Thẩm quyền thu thập, quản lý tài liệu lưu trữ**\n\n1. Lưu trữ lịch sử của Đảng được tổ chức ở Trung ương và cấp tỉnh.\n\nLưu trữ lịch sử của Trung ương Đảng có trách nhiệm trình Chánh Văn phòng Trung ương Đảng ban hành danh mục cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu.",
     ("Lưu trữ lịch sử của Trung ương Đảng", "lead")),
])
def test_archives_given_work(article, expected):
    assert expected in assignment_entries(_PARTY_REGULATION.format(article=article))


def test_items_that_name_the_titles_bearers_more_precisely():
    # Điều 3 of the same, in its chapter: the title groups the bearers its items name
    article = ("**I- QUY ĐỊNH CHUNG**\n\n**Điều 3. Trách nhiệm của người đứng\nđầu cơ quan, tổ chức và cá nhân**\n\n"
               "1. Người đứng đầu cơ quan, tổ chức đảng, Mặt trận Tổ\nquốc Việt Nam trong phạm vi nhiệm vụ, quyền hạn của mình có trách\nnhiệm:\n\n"
               "a) Tổ chức tuyên truyền, nâng cao nhận thức về bảo\nvệ, phát huy giá trị tài liệu lưu trữ.\n\n"
               "2. Người đứng đầu lưu trữ lịch sử của Đảng\n\n"
               "a) Tổ chức quản lý chặt chẽ, khoa học, bảo quản tài liệu lưu trữ.\n\n"
               "3. Người được giao theo dõi, giải quyết công việc của\ncơ quan, tổ chức có trách nhiệm lập hồ sơ.")
    found = assignment_entries(_PARTY_REGULATION.format(article=article))
    assert ("Người đứng đầu cơ quan, tổ chức và cá nhân", "lead") not in found
    assert ("Người đứng đầu lưu trữ lịch sử của Đảng", "lead") in found


def test_a_title_over_items_of_work_keeps_its_bearer():
    # Lai Châu QĐ 88/2025 (tune M07) Điều 10: items of work, one of them naming the body again
    article = ("**Điều 10. Trách nhiệm của cơ quan Thuế**\n\n"
               "1. Phối hợp với Sở Nông nghiệp và Môi trường, Văn phòng đăng ký đất đai hướng dẫn thủ tục kê khai thuế theo mẫu biểu quy định.\n\n"
               "2. Tiếp nhận và giải quyết hồ sơ chuyển thông tin địa chính của Văn phòng đăng ký đất đai đảm bảo đúng thời hạn.\n\n"
               "3. Cơ quan thuế có trách nhiệm cung cấp thông tin về nghĩa vụ tài chính cho Văn phòng đăng ký đất đai.")
    found = {(a, r) for a, r in assignment_entries(_PARTY_REGULATION.format(article=article))}
    assert any(a.lower() == "cơ quan thuế" and r == "lead" for a, r in found)
