"""A crawled one-line "Nơi nhận" cell: a space the crawl put before a comma is no part of an item,
and the filing line after the last item's closing point is an item of its own. Lines as crawled
(corpus split tune9, source in tests/data/corpus/SOURCES.tsv)."""

from pipeline.metadata import recognize_metadata
from tests.support.texts import structure

_HEAD = ("| BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
         " Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|\n"
         "| Số: 252/KH-BCĐQG1237 | Hà Nội, ngày 11 tháng 11 năm 2013 |\n\nKẾ HOẠCH\n\n"
         "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\n"
         "Căn cứ Chỉ thị số 24-CT/TW ngày 15 tháng 5 năm 2013 của Bộ Chính trị;\n\n")


def test_v02_one_line_recipients():
    # tune V02, Ban Chỉ đạo quốc gia 1237 KH 252/2013: "Xã hội , Tài chính ," and "KGVX. - Lưu: …" (as normalized:
    # its letters split by the crawl joined again)
    row = ("| Nơi nhận: - Thủ tướng, các Phó Thủ tướng Chính phủ; - Các Bộ: Quốc phòng, Công an, Ngoại giao, Lao"
           " động -Thương binh và Xã hội , Tài chính , Thông tin và Truyền thông; - Thành viên Ban Chỉ đạo quốc gia"
           " 1237; - VPCP: BTCN, các PCN, Trợ lý TTCP, TGĐ Cổng TTĐT, các Vụ: TH, KTTH, NC, KGVX. - Lưu: VT,"
           " BCĐQG1237(3b) | TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân |\n|---|---|\n")
    got = recognize_metadata(structure(_HEAD + row)).get("recipients").value
    assert got == ["Thủ tướng, các Phó Thủ tướng Chính phủ",
                   "Các Bộ: Quốc phòng, Công an, Ngoại giao, Lao động -Thương binh và Xã hội, Tài chính, Thông tin và"
                   " Truyền thông", "Thành viên Ban Chỉ đạo quốc gia 1237",
                   "VPCP: BTCN, các PCN, Trợ lý TTCP, TGĐ Cổng TTĐT, các Vụ: TH, KTTH, NC, KGVX", "Lưu: VT, BCĐQG1237(3b)"]
