"""A "Nơi nhận" item's note in braces on a line of its own, under the item closed by ";", is the
item's (the gold keeps "X; (note)" whole), and the list goes on after it. Lines as crawled
(corpus split tune13, source in tests/data/corpus/SOURCES.tsv)."""

import pytest

from pipeline.metadata import recognize_metadata
from tests.support.texts import structure


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


_LETTER = ("|\n**Kính gửi:**\n|\n- Các sở: Nông nghiệp và Môi trường, Xây dựng;\n- UBND các phường, xã.\n|\n\n"
           "Thực hiện Quyết định số\n2530/QĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ; UBND Thành phố yêu cầu"
           " các Sở, ban, ngành thực hiện một số nhiệm vụ trọng tâm như sau:\n\n"
           "**1. Sở\nNông nghiệp và Môi trường:**\n\n- Chủ trì cập nhật thông tin\nvề chất lượng không khí.\n\n\n")


@pytest.mark.parametrize("block, recipients", [
    # tune N09, Hà Nội CV 6356/2025: the list stopped at the note's line
    ("|\n*Nơi nhận:*\n- Như trên;\n- Thường trực Thành ủy (để b/cáo)\n- Chủ tịch UBND TP;\n"
     "- Các cơ sở sản xuất kinh doanh, dịch vụ có xả thải ra môi trường;\n"
     "(Giao UBND các xã, phường thông tin và gửi)\n- VPUBTP: CVP, các PCVP,\n"
     "TH, NNMT(Quyền, Hà, Tịnh), các phòng, ban;\n- Lưu: VT, NMMT D.V. Tịnh.\n|\n"
     "**TM. ỦY BAN\nNHÂN DÂN**\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Nguyễn Mạnh Quyền**\n|\n",
     ["Như trên", "Thường trực Thành ủy (để b/cáo)", "Chủ tịch UBND TP",
      "Các cơ sở sản xuất kinh doanh, dịch vụ có xả thải ra môi trường; (Giao UBND các xã, phường thông tin và gửi)",
      "VPUBTP: CVP, các PCVP, TH, NNMT(Quyền, Hà, Tịnh), các phòng, ban", "Lưu: VT, NMMT D.V. Tịnh"]),
])
def test_brace_note_line_goes_with_its_item(block, recipients):
    got = fields(_LETTER + block)
    assert (got["recipients"], got["signer"]) == (recipients, "Nguyễn Mạnh Quyền")
