"""A title line ending with a word that waits for the next ("… CỦA" / "THỦ TƯỚNG CHÍNH PHỦ VỀ
VIỆC …") goes on with it, even when that line opens like a post over a preamble. Lines as
crawled (corpus split tune11, source in tests/data/corpus/SOURCES.tsv)."""

import pytest

from pipeline.metadata import recognize_metadata
from tests.support.texts import structure


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


_N02_HEAD = ("|\n**ỦY BAN NHÂN DÂN\n**\nTHÀNH PHỐ CẦN THƠ\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
             "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 165/KH-UBND\n|\n*Cần Thơ, ngày 21\n"
             "tháng 11 năm 2025 *\n|\n\n** **\n\n**KẾ HOẠCH**\n\n")


@pytest.mark.parametrize("text, title", [
    # tune N02, Cần Thơ KH 165/2025: the title stopped at "CỦA", the next line read as the post
    # of an author line
    (_N02_HEAD + "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA\n"
     "THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG THỰC HIỆN CÔNG TÁC DÂN SỐ TRONG TÌNH\nHÌNH MỚI\n\n"
     "Thực hiện Chỉ thị số 27/CT-TTg\nngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về việc tăng cường thực hiện\n"
     "công tác dân số trong tình hình mới;\n",
     "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG "
     "THỰC HIỆN CÔNG TÁC DÂN SỐ TRONG TÌNH HÌNH MỚI"),
    # a title closed by its own last word keeps the author line out (Lai Châu QĐ shape)
    ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 87/QĐ-UBND\nLai Châu, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
     "Ban hành Quy chế phối hợp\nỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
     "Ban hành Quy chế phối hợp"),
])
def test_dangling_title_lines(text, title):
    assert fields(text)["title"] == title
