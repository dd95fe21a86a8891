"""A letter whose header a crawl lost (no number, no date) was issued after every document it
cites: with no opening statements, the latest date its body cites a document by number with is
its year (contract: plan_year, the year of its issue). Lines as crawled (corpus split tune13,
source in tests/data/corpus/SOURCES.tsv)."""

import pytest

from pipeline.metadata import recognize_metadata
from tests.support.texts import structure


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


_N10 = ("** **\n\n|\n**Kính gửi:**\n|\n- Bảo hiểm xã hội thành phố Hà Nội;\n- Sở Y tế;\n- UBND các phường, xã;\n"
        "- Các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế trên địa bàn Thành phố.\n|\n\n"
        "Thời gian qua, Ủy ban nhân\ndân thành phố Hà Nội đã có nhiều văn bản chỉ đạo thực hiện chính sách bảo hiểm\n"
        "y tế (BHYT) trên địa bàn nhằm đảm bảo tốt quyền lợi của người tham gia.\n\n"
        "**1. Bảo\nhiểm xã hội thành phố Hà Nội**\n\n- Tiếp tục thực hiện công\n"
        "tác phân tích dữ liệu chi phí KCB BHYT theo quy định tại điểm b Khoản 1 Điều 35 Nghị định số\n"
        "188/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết và hướng dẫn thi\n"
        "hành một số điều của Luật Bảo hiểm y tế; thực hiện Thông tư số 30/2020/TT-BYT ngày 31/12/2020.\n\n"
        "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT, KGVX.\n|\n**TM. ỦY BAN\nNHÂN DÂN**\nKT. CHỦ TỊCH\n"
        "**PHÓ CHỦ TỊCH**\n**Vũ Thu Hà**\n|\n")


@pytest.mark.parametrize("text, year", [
    # tune N10, Hà Nội CV 6357/2025: no year was given
    (_N10, 2025),
])
def test_headerless_letter_year(text, year):
    got = fields(text)
    assert (got["issue_date"], got["plan_year"]) == (None, year)
