"""A letter whose header a crawl lost has no "Số:" line; the note of its attached appendix names
its number and symbol ("kèm theo văn bản số: /UBND-NNMT …"), the generic "văn bản" or its own
kind — not another kind's. Lines as crawled (corpus split tune13, source in
tests/data/corpus/SOURCES.tsv)."""

import pytest

from pipeline.metadata import recognize_metadata
from tests.support.texts import structure


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


_N09 = ("|\n**Kính gửi:**\n|\n- Các sở: Nông nghiệp và Môi trường, Xây dựng;\n- UBND các phường, xã.\n|\n\n"
        "Thực hiện Quyết định số\n2530/QĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ; UBND Thành phố yêu cầu"
        " các Sở, ban, ngành thực hiện một số nhiệm vụ trọng tâm như sau:\n\n"
        "**1. Sở\nNông nghiệp và Môi trường:**\n\n- Chủ trì cập nhật thông tin\nvề chất lượng không khí.\n\n\n"
        "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT, NMMT D.V. Tịnh.\n|\n**TM. ỦY BAN\nNHÂN DÂN**\nKT. CHỦ TỊCH\n"
        "**PHÓ CHỦ TỊCH**\n**Nguyễn Mạnh Quyền**\n|\n\n\n**PHỤ LỤC**\n\n"
        "DANH SÁCH CÁC ĐƠN VỊ THỰC HIỆN DỊCH VỤ, THU GOM,\nVẬN CHUYỂN, XỬ LÝ CHẤT THẢI RẮN SINH HOẠT\n\n")


@pytest.mark.parametrize("note, expected", [
    # tune N09, Hà Nội CV 6356/2025: the symbol was null
    ("*(kèm theo văn bản số:\n/UBND-NNMT ngày tháng năm 2025 của UBND\nThành phố)*\n\n1. Công ty TNHH MTV Môi trường\n",
     (None, "UBND-NNMT")),
    # a note naming a document of another kind is not this letter's number
    ("*(Kèm theo Thông tư số 69/2017/TT-BTC ngày 07/7/2017 của Bộ Tài chính)*\n\n1. Công ty TNHH MTV Môi trường\n",
     (None, None)),
])
def test_number_from_appendix_note(note, expected):
    got = fields(_N09 + note)
    assert (got["number"], got["symbol"]) == expected
