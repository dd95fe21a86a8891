"""A letter of "Ủy ban nhân dân Thành phố" whose header a crawl lost: the one centrally-run city
its text names by its bare name is the city that writes it (issuer and province); a letter that
names none keeps the unit as printed (gold of tune6 M01). Lines as crawled (corpus splits tune13
and tune6, sources in tests/data/corpus/SOURCES.tsv)."""

import pytest

from pipeline.metadata import recognize_metadata
from tests.support.texts import structure


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


_SIGNED = ("|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n|\n**TM. ỦY BAN\nNHÂN DÂN**\nKT. CHỦ TỊCH\n"
           "**PHÓ CHỦ TỊCH**\n**Nguyễn Mạnh Quyền**\n|\n")
# tune N09, Hà Nội CV 6356/2025
_N09 = ("** **\n\n|\n**Kính gửi:**\n|\n- Các sở: Nông nghiệp và Môi trường, Xây dựng;\n- Công an Thành phố;\n"
        "- UBND các phường, xã;\n|\n\nThực hiện Quyết định số\n2530/QĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ;"
        " chỉ đạo của Bộ Nông nghiệp và\nMôi trường tại các văn bản: số 9593/BNNMT-MT ngày 25/11/2025 về việc triển"
        " khai các biện pháp cấp bách ứng phó với đợt ô nhiễm\nkhông khí tại khu vực Hà Nội và các tỉnh lân cận;"
        " UBND Thành phố yêu cầu các Sở, ban, ngành, UBND các phường, xã thực\nhiện một số nhiệm vụ trọng tâm như"
        " sau:\n\n**1. Sở\nNông nghiệp và Môi trường:**\n\n- Chủ trì cập nhật thông tin\nvề chất lượng không khí.\n\n")
# tune6 M01, Hà Nội CV 6397/2025: no city named
_M01 = ("** **\n\n|\n**Kính gửi:**\n|\n- Các sở, ban, ngành thuộc Thành phố;\n- Ủy ban nhân dân các xã, phường;\n|\n\n"
        "Thực hiện chỉ đạo của Ban Thường\nvụ Thành ủy tại Văn bản số 43-CV/TU ngày 12/11/2025 về việc tăng cường"
        " quản lý\ncông tác đấu thầu trên địa bàn Thành phố, UBND Thành phố yêu cầu các sở, ban,\nngành thực hiện"
        " một số nội dung sau:\n\n**1. Yêu cầu\nchung:**\n\n- Nghiên cứu, quán triệt quy định.\n\n")


@pytest.mark.parametrize("text, expected", [
    # the issuer was "Ủy ban nhân dân Thành phố", province null
    (_N09 + _SIGNED, ("Ủy ban nhân dân thành phố Hà Nội", "Hà Nội")),
    (_M01 + _SIGNED, ("Ủy ban nhân dân Thành phố", None)),
    # two cities named: neither is taken
    (_N09.replace("các tỉnh lân cận", "thành phố Hải Phòng").replace("thành phố Hải Phòng", "Hải Phòng") + _SIGNED,
     ("Ủy ban nhân dân Thành phố", None)),
])
def test_crawled_city_letter(text, expected):
    got = fields(text)
    assert (got["issuer"], got["province"]) == expected
