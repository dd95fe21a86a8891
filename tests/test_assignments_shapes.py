"""Shapes of work-giving text beyond the numbered agency heading (issue #11, recall on unseen
documents): each table holds real sentences of the development corpus (tune and calibration
splits, and unannotated texts of shared/samples/real/corpus; sources in
tests/data/corpus/SOURCES.tsv and shared/samples/real/CORPUS.tsv), as normalized, with the
entries an analyst records — and sentences of the same look that give no work."""

import pytest

from pipeline.assignments import find_assignments, merge_assignments
from pipeline.models import Page
from pipeline.normalize import normalize_pages
from pipeline.structure import parse


def entries(text):
    st = parse(normalize_pages([Page(1, text, "text")]).text)
    return {(a.agency, a.role) for a in merge_assignments(find_assignments(st))}


# ----------------------------------------------------------------- posts named by their item
# A Front committee's or a task force's plan divides the work among its people: the item of the
# task part names a post and what it is in charge of (xã Lương Minh, Quảng Ninh: KH 16/2025,
# KH hiệp thương 2025 and 2026).
@pytest.mark.parametrize("section, expected", [
    ("III. TỔ CHỨC THỰC HIỆN\n\n3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội\n\n"
     "- Tham mưu xây dựng, trình Ban Thường trực ban hành Kế hoạch.\n",
     {("Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "lead")}),
    ("III. TỔ CHỨC THỰC HIỆN\n\n5. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng\n\n"
     "- Thực hiện nhiệm vụ theo phân công tại mục II Kế hoạch này.\n",
     {("Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng", "lead")}),
    ("V. TỔ CHỨC THỰC HIỆN\n\n2. Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã\n\n"
     "- Chuẩn bị nội dung, điều kiện để tổ chức hội nghị hiệp thương.\n",
     {("Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã", "lead")}),
    # a member list (a post and the person who holds it) is no work (Lâm Đồng QĐ thành lập Tổ giúp việc)
    ("III. TỔ CHỨC THỰC HIỆN\n\n3. Thành viên: Bà Nguyễn Thị Hoa - Phó Trưởng phòng Công chức - Viên chức.\n", set()),
    # a post outside a task part, or an item that is a topic, names no one
    ("II. NỘI DUNG\n\n3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội\n\n- Tham mưu xây dựng Kế hoạch.\n",
     set()),
    ("III. TỔ CHỨC THỰC HIỆN\n\n2. Cán bộ, công chức thực hiện nghiêm kỷ luật phát ngôn\n", set()),
])
def test_posts_named_by_their_item(section, expected):
    assert entries(section) == expected
