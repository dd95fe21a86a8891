"""A scan whose letterhead and signature the OCR lost: the symbol's issuer code names a people's
committee or council and the place of issue is a province or centrally-run city, so that
province's body issues it. Lines as OCR read them (corpus split tune9, source in
tests/data/corpus/SOURCES.tsv)."""

import pytest

from pipeline.metadata import recognize_metadata
from tests.support.texts import structure


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


_V07_BODY = ("# KẾ HOẠCH Thực hiện công tác dân vận và đã thành phố Cần Thơ từ nay đến\n\n"
             "Thực hiện Luật Thực hiện dân d Luật sửa đổi, bổ sung một số đó Công đoàn, Luật Thanh niên và năm 2025 và"
             " Chỉ thị số 33/CT Chính phủ về tiếp tục tăng cườn chính nhà nước, chính quyền cácác\n\n"
             "Ủy ban nhân dân thành phố Cần Thơ Hội dân vận và dân chủ ở cơ sở trên đó 2025, cụ thể như sau:\n\n"
             "# I. MỤC ĐÍCH, YÊU CẦU\n\n# 1. Mục đích\n\n")


@pytest.mark.parametrize("text, expected", [
    # tune V07, Cần Thơ KH 70/2025 (OCR): issuer and level were null
    ("Số 70/KH-UBND\n\nCần Thơ, ngày 15 tháng 9 năm 2025\n\n" + _V07_BODY,
     ("Ủy ban nhân dân thành phố Cần Thơ", "province", "Cần Thơ")),
    # a commune's place of issue is no province: left unknown
    ("Số 70/KH-UBND\n\nLương Minh, ngày 15 tháng 9 năm 2025\n\n" + _V07_BODY.replace("thành phố Cần Thơ", "xã"),
     (None, None)),
])
def test_issuer_from_symbol_code(text, expected):
    got = fields(text)
    assert (got["issuer"], got["level"], got["province"])[:len(expected)] == expected
