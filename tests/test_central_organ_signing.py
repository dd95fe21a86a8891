"""The party's Central Committee heads the letters its organs sign: the body a "T/M" line names
under that letterhead is the issuer (contract: the body that issues it). Header and signature as
crawled (corpus split tune12, source in tests/data/corpus/SOURCES.tsv)."""

import pytest

from pipeline.metadata import recognize_metadata
from tests.support.texts import structure


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


_C042_HEAD = ("|\n**BAN CHẤP HÀNH\nTRUNG ƯƠNG**\n*\n|\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n---------------\n|\n|\n"
              "Số 383-QĐ/TW\n|\n*Hà Nội, ngày 19\ntháng 11 năm 2025 *\n|\n\n\n**QUY ĐỊNH**\n\nVỀ\n"
              "PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM\n\n-----\n\n- Căn cứ Điều lệ Đảng;\n\n"
              "**Điều 1.** Tài liệu lưu trữ của Ban Chấp hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư.\n\n")


@pytest.mark.parametrize("text, issuer", [
    # tune C042, Ban Bí thư QĐ 383-QĐ/TW 2025: the letterhead's Central Committee was given
    (_C042_HEAD + "|\n*Nơi nhận:*\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n|\n"
     "**T/M BAN BÍ THƯ**\nTrần Cẩm Tú\n|\n", "Ban Bí thư"),
    # the same letterhead signed for the Committee itself stays the Committee's
    (_C042_HEAD + "|\n*Nơi nhận:*\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n|\n"
     "**T/M BAN CHẤP HÀNH TRUNG ƯƠNG**\nTô Lâm\n|\n", "Ban Chấp hành Trung ương"),
])
def test_central_organ_signing(text, issuer):
    got = fields(text)
    assert (got["issuer"], got["province"], got["level"]) == (issuer, None, "department")
