"""A guidance letter whose opening sentence guides its addressees through the content below ("Bộ …
tạm thời hướng dẫn Sở … thực hiện chế độ … như sau:") gives that content to each body of its "Kính
gửi" list, also when the crawl prints the list in one table row ("| Kính gửi: | - A; - B. |")
(contract, Clarifications: the addressees a letter asks to act).  Bộ LĐTBXH Công văn 1921/LĐTBXH-NCC
2013 (tune W02_ldtbxh-cv1921-2013-dieu-duong-nguoi-co-cong), as crawled."""

from tests.support.texts import assignment_entries

CV_1921 = """| BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------- |
|---|---|
| Số: 1921/LĐTBXH-NCC V/v: hướng dẫn thực hiện chế độ điều dưỡng phục hồi sức khỏe người có công với cách mạng | Hà Nội, ngày 03 tháng 06 năm 2013 |

| Kính gửi: | - Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương; - Các Trung tâm điều dưỡng người có công. |
|---|---|

Ngày 09/4/2013, Chính phủ đã ban hành Nghị định số 31/2013/NĐ-CP quy định chi tiết, hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người có công với cách mạng. Trong thời gian chờ Thông tư liên tịch hướng dẫn thực hiện chế độ điều dưỡng phục hồi sức khỏe và cấp phương tiện trợ giúp, dụng cụ chỉnh hình của liên Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính ban hành; Bộ Lao động - Thương binh và Xã hội tạm thời hướng dẫn Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương thực hiện chế độ điều dưỡng phục hồi sức khỏe đối với người có công kể từ ngày 01/6/2013 như sau:

1. Điều dưỡng tập trung:

1.1. Thời gian điều dưỡng phục hồi sức khỏe tối thiểu là 5 ngày, tối đa là 10 ngày (không kể thời gian đi và về).
"""


def test_a_guidance_letter_gives_its_content_to_its_addressees():
    assert {("Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương", "lead"),
            ("Các Trung tâm điều dưỡng người có công", "lead")} <= assignment_entries(CV_1921)


def test_guidance_without_its_content_below_gives_nothing():
    # control: the same sentence without "như sau:" guides, it hands on no content of its own
    text = CV_1921.replace(" như sau:", ".").split("\n1. Điều dưỡng")[0]
    assert not assignment_entries(text)
