"""A signature block that a crawl wrote on one line, or in one cell of a markdown table row:
real lines as crawled, from documents annotated before the tool ran on them (0.12.0; now
corpus split tune8, tests/data/corpus/SOURCES.tsv) — thuvienphapluat crawls kept by github:johnPa02/thuvienphapluat-crawler
(Kon Tum) and github:TuanHuu168/CongBot (Data/file_data_1.md, _17.md, _4.md)."""

import pytest

from pipeline.metadata import recognize_metadata
from tests.support.texts import structure


def fields(text):
    return {k: v.value for k, v in recognize_metadata(structure(text)).items()}


DECISION = ("| ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc ---------------- |\n|---|---|\n| Số: 12/2012/QĐ-UBND | Tuyên Quang, ngày 25 tháng 6 năm 2012 |\n\n"
            "QUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH QUY ĐỊNH TẶNG QUÀ\n\nUỶ BAN NHÂN DÂN TỈNH\n\n"
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy định về việc tặng quà.\n\n"
            "Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký./.\n\n")


@pytest.mark.parametrize("block, expected", [
    # Kon Tum QĐ 435/2020: the block on a line of its own under the recipients
    ("Nơi nhận:\n- Như điều 2;\n- Lưu VT, KGVX2.\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp \n",
     ("Nguyễn Hữu Tháp", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH")),
    # TP HCM QĐ 49/2012: the right cell of a row whose left cell is empty
    ("|  | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hứa Ngọc Thuận |\n|---|---|\n",
     ("Hứa Ngọc Thuận", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH")),
    # Tuyên Quang QĐ 12/2012: beside the recipients' cell
    ("| Nơi nhận: - Văn phòng Chính phủ; - Như Điều 2; (thực hiện) - Các sở, ban, ngành; - Lưu VT, VX. "
     "| TM. UỶ BAN NHÂN DÂN TỈNH CHỦ TỊCH Chẩu Văn Lâm |\n|---|---|\n",
     ("Chẩu Văn Lâm", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN TỈNH")),
    # QĐ 773/QĐ-TTg 2018: a title and no authority line
    ("| Nơi nhận: - Ban Bí thư Trung ương Đảng; - Lưu: VT, KGVX (2.b). | THỦ TƯỚNG Nguyễn Xuân Phúc |\n|---|---|\n",
     ("Nguyễn Xuân Phúc", "THỦ TƯỚNG", None)),
])
def test_a_signature_block_on_one_line(block, expected):
    doc = fields(DECISION + block + "\nQUY ĐỊNH\n\nChương I\n\nNHỮNG QUY ĐỊNH CHUNG\n")
    assert (doc["signer"], doc["signer_title"], doc["signing_authority"]) == expected


def test_capitals_and_a_name_in_the_body_are_no_signature():
    # a heading in capitals before a name is no block: no title ends its capitals
    doc = fields(DECISION + "DANH SÁCH ĐẠI BIỂU Nguyễn Văn Ba\n")
    assert doc["signer"] is None


@pytest.mark.parametrize("row, recipients", [
    # QĐ 773/QĐ-TTg 2018 (CongBot Data/file_data_4.md): the last item took the signature's cell
    ("| Nơi nhận: - Ban Bí thư Trung ương Đảng; - Văn phòng Quốc hội; - VPCP: BTCN, các PCN, Trợ lý TTCP, các Vụ, "
     "QHQT, CN, KTTH, TH, TKBT; - Lưu: VT, KGVX (2.b). | THỦ TƯỚNG Nguyễn Xuân Phúc |\n|---|---|\n",
     ["Ban Bí thư Trung ương Đảng", "Văn phòng Quốc hội", "VPCP: BTCN, các PCN, Trợ lý TTCP, các Vụ, QHQT, CN, KTTH, TH, TKBT",
      "Lưu: VT, KGVX (2.b)"]),
    # Tuyên Quang QĐ 12/2012 (CongBot Data/file_data_17.md, tune U03): a brace's note after ";"
    # joined two items; it stays with its item, as the reconciled gold of tune9 keeps it
    ("| Nơi nhận: - Văn phòng Chính phủ; - Bộ Lao động - TB và XH; (báo cáo) - Thường trực Tỉnh uỷ; - Như Điều 2; "
     "(thực hiện) - Cục Kiểm tra văn bản - Bộ Tư pháp; - Lưu VT, VX. | TM. UỶ BAN NHÂN DÂN TỈNH CHỦ TỊCH Chẩu Văn Lâm |\n"
     "|---|---|\n",
     ["Văn phòng Chính phủ", "Bộ Lao động - TB và XH; (báo cáo)", "Thường trực Tỉnh ủy", "Như Điều 2; (thực hiện)",
      "Cục Kiểm tra văn bản - Bộ Tư pháp", "Lưu VT, VX"]),
])
def test_recipients_in_a_table_row_end_at_the_signatures_cell(row, recipients):
    doc = fields(DECISION + row + "\nQUY ĐỊNH\n")
    assert doc["recipients"] == recipients
