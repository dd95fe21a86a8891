"""The issuer of a citation named right before the bracket the citation opens: "Ủy ban nhân dân
tỉnh Nghệ An (Công văn số 5969/UBND-TM …)", ministries listed after "các Bộ:" each with its letter
in brackets, a footnote bracket "[Tại Kế hoạch số …".  Real sentences as crawled (corpus splits
tune10 and tune8, sources in tests/data/corpus/SOURCES.tsv)."""

import pytest

from pipeline.references import find_citations

# Văn phòng Chính phủ CV 8424/VPCP-KTTH 2014 (tune W03)
W03 = ("Xét đề nghị của Ủy ban nhân dân tỉnh Nghệ An (Công văn số 5969/UBND-TM ngày 19 tháng 8 năm 2014), ý kiến "
       "của các Bộ: Lao động - Thương binh và Xã hội (Công văn số 3418/LĐTBXH-NCC ngày 17 tháng 9 năm 2014), Tài chính "
       "(Công văn số 13365/BTC-NSNN ngày 23 tháng 9 năm 2014), Ban Thi đua - Khen thưởng Trung ương (Công văn số "
       "2211/BTĐKT-VIII ngày 12 tháng 9 năm 2014) về việc bổ sung kinh phí từ ngân sách trung ương để chi trả tiền "
       "thưởng cho các đối tượng")
# Kon Tum QĐ 435/QĐ-UBND 2020 (tune U01), a footnote bracket after the body
U01 = ("nâng cao chất lượng, hiệu quả hoạt động của các đơn vị sự nghiệp công lập/ ] và Ủy ban nhân dân tỉnh[Tại Kế "
       "hoạch số 739/KH-UBND  ngày 28 tháng 3 năm 2018 về triển khai Chương trình số 51-CTr/TU ngày 09 tháng 02 năm "
       "2018 của Tỉnh ủy")


@pytest.mark.parametrize("sentence, number, issuer", [
    (W03, "5969", "Ủy ban nhân dân tỉnh Nghệ An"),
    (W03, "3418", "Bộ Lao động - Thương binh và Xã hội"),
    (W03, "13365", "Bộ Tài chính"),
    (W03, "2211", "Ban Thi đua - Khen thưởng Trung ương"),
    (U01, "739", "Ủy ban nhân dân tỉnh"),
    # what stood: the body after the citation ("… của Tỉnh ủy")
    (U01, "51", "Tỉnh ủy"),
    # no body before the bracket: a plan named by its kind names no issuer
    ("Triển khai thực hiện Kế hoạch của tỉnh (Kế hoạch số 12/KH-UBND ngày 05/3/2025), các sở, ngành chủ động",
     "12", None),
])
def test_issuer_before_bracket(sentence, number, issuer):
    found = [r for r in find_citations(sentence) if r.number == number]
    assert [r.issuer for r in found] == [issuer]
