"""Labelled task blocks whose agency lists stand on the item lines under their label, in a plan
annotated before the tool ran on it (issue #11, asg19a first-sight round): real lines as crawled.

Ban Chỉ đạo quốc gia 1237, Kế hoạch 252/KH-BCĐQG1237 (11/11/2013) — github:TuanHuu168/CongBot,
data/252_2013_KH_BCDQG1237/chunk_3..6.md — nine task blocks "1. Nội dung, biện pháp / 2. Cơ quan chủ
trì, phối hợp / a) Cơ quan chủ trì / - … / b) Cơ quan phối hợp / - … / 3. Thời gian thực hiện: …":

- a label alone on its line ("a) Cơ quan chủ trì", "2. Chủ trì thực hiện", "b) Cơ quan phối hợp"), its
  names one or more per item line below it (the lettered and numbered labels the tune corpus prints
  over item lines too: "b) Cơ quan thực hiện:" over "- Đơn vị chủ trì: …", Hà Nội KH 308/2025);
- a lettered label with its list on the line ("a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.",
  "b) Đơn vị thực hiện: Các Đội chuyên trách của quân đội.")."""

import pytest

from tests.support.texts import assignment_entries

PLAN = """BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ

Số: 252/KH-BCĐQG1237
Hà Nội, ngày 11 tháng 11 năm 2013

KẾ HOẠCH

TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ

B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020

"""


@pytest.mark.parametrize("block, expected", [
    # B.I: both labels alone, one or two names an item (none of them was read)
    ("I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN\n\n1. Nội dung, biện pháp\n\n"
     "a) Tổ chức Hội nghị quán triệt và triển khai thực hiện Chỉ thị số 24-CT/TW ngày 15/5/2013 của Bộ Chính trị;\n\n"
     "2. Cơ quan chủ trì, phối hợp\n\na) Cơ quan chủ trì\n\n- Ban Chỉ đạo quốc gia.\n\n- Các Bộ, ngành liên quan.\n\n"
     "- Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh.\n\n\nb) Cơ quan phối hợp\n\n"
     "- Các đơn vị thuộc Bộ Quốc phòng; các tổ chức chính trị - xã hội.\n\n"
     "3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.\n",
     {("Ban Chỉ đạo quốc gia", "lead"), ("Các Bộ, ngành liên quan", "lead"), ("Ban Chỉ đạo các quân khu", "lead"),
      ("Ban Chỉ đạo các tỉnh", "lead"), ("Các đơn vị thuộc Bộ Quốc phòng", "support"),
      ("Các tổ chức chính trị - xã hội", "support")}),
    # B.IV: a numbered label alone ("2. Chủ trì thực hiện"), posts named on its items
    ("IV. THÀNH LẬP, KIỆN TOÀN TỔ CHỨC, LỰC LƯỢNG LÀM NHIỆM VỤ CHỈ ĐẠO VÀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ\n\n"
     "1. Nội dung, biện pháp\n\na) Thành lập Văn phòng Ban Chỉ đạo quốc gia 1237.\n\n"
     "2. Chủ trì thực hiện\n\n- Bộ Quốc phòng.\n\n"
     "- Tư lệnh các quân khu; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
     "3. Thời gian thực hiện: Tháng 11, 12/2013 và kiện toàn thường xuyên.\n",
     {("Bộ Quốc phòng", "lead"), ("Tư lệnh các quân khu", "lead"),
      ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead")}),
    # B.V: an item line's note in brackets ends the list
    ("V. THU THẬP, KẾT NỐI, XỬ LÝ THÔNG TIN PHỤC VỤ TÌM KIẾM, QUY TẬP\n\n1. Nội dung, biện pháp\n\n"
     "a) Hoàn thành việc giải mã ký hiệu, phiên hiệu đơn vị quân đội trong chiến tranh;\n\n"
     "2. Cơ quan chủ trì, phối hợp\n\na) Cơ quan chủ trì\n\n- Bộ Quốc phòng; Bộ Lao động - Thương binh và Xã hội.\n\n"
     "- Trung ương Hội Cựu chiến binh Việt Nam.\n\n"
     "(Văn phòng Ban Chỉ đạo, cơ quan thường trực đồng thời là cơ quan trung tâm giúp Ban Chỉ đạo các cấp).\n\n"
     "4. Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.\n",
     {("Bộ Quốc phòng", "lead"), ("Bộ Lao động - Thương binh và Xã hội", "lead"),
      ("Trung ương Hội Cựu chiến binh Việt Nam", "lead")}),
    # B.VI and B.VIII: lettered labels with their lists on the line
    ("VI. ĐẨY MẠNH HOẠT ĐỘNG TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ\n\n1. Nội dung, biện pháp\n\n"
     "a) Chỉ đạo mở rộng hoạt động tìm kiếm, cất bốc, quy tập hài cốt liệt sĩ ở trong nước.\n\n"
     "2. Cơ quan chủ trì, thực hiện\n\na) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.\n\n"
     "b) Đơn vị thực hiện: Các Đội chuyên trách của quân đội.\n\n"
     "3. Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.\n",
     {("Bộ Quốc phòng", "lead"), ("Bộ Tài chính", "lead"), ("Các Đội chuyên trách của quân đội", "lead")}),
])
def test_a_labels_names_on_the_item_lines_below_it_are_its_leads_or_partners(block, expected):
    assert assignment_entries(PLAN + block) == expected


def test_a_label_over_labelled_lines_leaves_them_to_their_own_labels():
    # Hà Nội KH 308/2025 (tune): "b) Cơ quan thực hiện:" heads "- Đơn vị chủ trì: …" lines, each read
    # by its own label — the lead once, no name read twice
    text = PLAN + ("I. NHIỆM VỤ\n\n1. Xây dựng cơ sở dữ liệu\n\na) Nội dung: Xây dựng cơ sở dữ liệu.\n\n"
                   "b) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n\n"
                   "- Đơn vị phối hợp: Các sở, ban, ngành.\n\nc) Thời gian thực hiện: Năm 2025.\n")
    assert assignment_entries(text) == {("Sở Khoa học và Công nghệ", "lead"), ("Các sở, ban, ngành", "support")}


def test_a_label_in_a_table_header_names_no_one():
    # a task table's header cells crawled one per line ("**Cơ quan chủ trì**" over "|"), Đồng Tháp KH 617/2025
    text = PLAN + ("I. NHIỆM VỤ\n\n| **STT** | **Nội dung** |\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n")
    assert not {e for e in assignment_entries(text) if e[0].startswith("|")}
