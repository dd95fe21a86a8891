"""A named body that opens its sentence with its own cooperation ("X phối hợp (chặt chẽ) với Y, Z
…") is given that work wherever the sentence stands — a Front guidance's "NỘI DUNG" part as much as
its "TỔ CHỨC THỰC HIỆN" — and its named partners are support entries (contract, Clarifications
"Assignments anywhere"); the people's bodies of such a list share their place, and a bare or "cùng
cấp" one is the one the document names with its place; the Front is one body with or without "Việt
Nam"; a group named by its place ("các đoàn thể trên địa bàn") ends there.  Real sentences, each
naming its source; judged from the text (the reconciled gold of tune C055 agrees)."""

import pytest

from tests.support.texts import assignment_entries, deadline_entries

# The head of Lương Minh's Front guidance on the 2026 elections (HD 2025, tune C055) and its
# content part, whose title names no task: a real line of the part is tried in its place.
_GUIDANCE = """ỦY BAN MTTQ VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC
Số: 12/HD-MTTQ-BTT
Lương Minh, ngày 20 tháng 11 năm 2025
HƯỚNG DẪN
Mặt trận Tổ quốc Việt Nam xã tham gia công tác bầu cử
II. NỘI DUNG CÔNG TÁC MẶT TRẬN TRONG BẦU CỬ
1. Tham gia thành lập các tổ chức phụ trách bầu cử
{line}
"""


@pytest.mark.parametrize("line, expected", [
    # tune C055 II.1: the subject cooperates, then its own work ("để thành lập …"): lead; its
    # partners share the commune ("Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã")
    ("- Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp chặt chẽ với Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã để thành lập Ủy ban bầu cử, Ban bầu cử và Tổ bầu cử theo quy định của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân.",
     {("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead"),
      ("Thường trực Hội đồng nhân dân xã", "support"), ("Ủy ban nhân dân xã", "support")}),
    # tune C055 II.3.2: a group named by its place, its verb "thông tin" after it
    ("- Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp với các đoàn thể trên địa bàn thông tin, tuyên truyền về ý nghĩa, tầm quan trọng của hội nghị cử tri, quyền và nghĩa vụ của cử tri trong việc tham gia hội nghị cử tri.",
     {("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead"), ("Các đoàn thể trên địa bàn", "support")}),
    # Lương Minh KH 2026 on voters' meetings (tune C058) III.2: a post heading its body cooperates
    ("- Trưởng Ban Công tác Mặt trận thôn phối hợp với Trưởng thôn lập danh sách và mời cử tri đến dự hội nghị.",
     {("Trưởng Ban Công tác Mặt trận thôn", "lead"), ("Trưởng thôn", "support")}),
])
def test_named_subject_cooperating_outside_a_task_part(line, expected):
    assert expected <= assignment_entries(_GUIDANCE.format(line=line))


@pytest.mark.parametrize("line", [
    # a cooperation with no one named is no entry here ("phối hợp thực hiện"), nor a report of what
    # was done ("đã phối hợp")
    "- Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp thực hiện tốt công tác nhân sự, bảo đảm phát huy dân chủ.",
    "- Năm 2021, Ban Thường trực Ủy ban MTTQ Việt Nam xã đã phối hợp với Ủy ban nhân dân xã tổ chức tốt hội nghị cử tri.",
])
def test_no_entry_without_named_partners_or_for_a_report(line):
    assert assignment_entries(_GUIDANCE.format(line=line)) == set()


def test_one_front_and_the_bodies_of_its_place():
    # tune C055 II.1 and II.5: "Ủy ban MTTQ Việt Nam xã" / "Ủy ban MTTQ xã" are one body; "Hội đồng
    # nhân dân, Ủy ban nhân dân" named bare after "… Ủy ban nhân dân xã" are the commune's
    lines = "\n".join([
        "- Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp chặt chẽ với Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã để thành lập Ủy ban bầu cử.",
        "5. Công tác thông tin, tuyên truyền",
        "- Ban Thường trực Ủy ban MTTQ xã phối hợp với Hội đồng nhân dân, Ủy ban nhân dân, các tổ chức thành viên tổ chức thông tin, tuyên truyền về cuộc bầu cử.",
    ])
    found = assignment_entries(_GUIDANCE.format(line=lines))
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") in found
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc xã", "lead") not in found
    assert ("Ủy ban nhân dân xã", "support") in found
    assert ("Ủy ban nhân dân", "support") not in found


def test_a_phase_named_by_its_dates_is_no_deadline():
    # Lương Minh HD 2025 on introducing candidates (tune C068) III: the step's period in brackets
    text = _GUIDANCE.format(line="\n".join([
        "- Các thôn này không tổ chức Hội nghị Ban Công tác Mặt trận (dự kiến người giới thiệu) và Hội nghị cử tri (giới thiệu người ứng cử) ở Bước Hai (giai đoạn từ 17/12/2025 đến 25/01/2026).",
        "- Ban Công tác Mặt trận thôn phối hợp với Trưởng thôn tiếp tục tuyên truyền về Luật Bầu cử.",
    ]))
    assert not [d for d in deadline_entries(text, 2026) if d[1] == "2026-01-25"]


def test_a_short_mention_of_a_body_named_with_its_owner():
    # tune C055 III.3 and II.5: "các tổ chức thành viên" after "các tổ chức thành viên của Mặt trận"
    # is the same group (four words: a short mention when the longer name only says whose)
    lines = "\n".join([
        "- Ủy ban MTTQ Việt Nam xã phối hợp với Hội đồng nhân dân, các tổ chức thành viên, các cơ quan tuyên truyền tổ chức thông tin, tuyên truyền về cuộc bầu cử.",
        "III. TỔ CHỨC THỰC HIỆN",
        "3. Đề nghị các tổ chức thành viên của Mặt trận phối hợp chặt chẽ với Ban Thường trực Ủy ban MTTQ Việt Nam xã tham gia công tác bầu cử.",
    ])
    found = assignment_entries(_GUIDANCE.format(line=lines))
    assert ("Các tổ chức thành viên của Mặt trận", "support") in found
    assert ("Các tổ chức thành viên", "support") not in found


@pytest.mark.parametrize("item", [
    # tune C055 III.2.g: the honorific "ông bà" before the posts given the work (as "Các đồng chí …")
    "g. Các ông bà Phó Chủ tịch MTTQ xã có trách nhiệm theo dõi, đôn đốc, thực hiện chế độ thông tin, báo cáo và tham mưu báo cáo của Ban Thường trực Ủy ban MTTQ Việt Nam xã.",
    # its other spellings
    "g. Các ông, bà Phó Chủ tịch MTTQ xã có trách nhiệm theo dõi, đôn đốc, thực hiện chế độ thông tin, báo cáo.",
    "g. Các ông (bà) Phó Chủ tịch MTTQ xã có trách nhiệm theo dõi, đôn đốc, thực hiện chế độ thông tin, báo cáo.",
])
def test_posts_after_an_honorific(item):
    text = _GUIDANCE.format(line="III. TỔ CHỨC THỰC HIỆN\n2. Chế độ thông tin, báo cáo\n" + item)
    assert ("Các Phó Chủ tịch Mặt trận Tổ quốc xã", "lead") in assignment_entries(text)


def test_election_bodies_among_partners():
    # tune C055 II.6.1: the election committee and the election board are both partners
    line = "6.1. Ban Thường trực Uỷ ban MTTQ Việt Nam xã phối hợp với Uỷ ban bầu cử, Ban bầu cử, các cơ quan có liên quan trong việc tiếp công dân, giải quyết đơn thư, khiếu nại, tố cáo của công dân."
    found = assignment_entries(_GUIDANCE.format(line="6. Tiếp công dân\n" + line))
    assert {("Ủy ban bầu cử", "support"), ("Ban bầu cử", "support")} <= found


def test_the_commune_and_the_commune_level_are_one_body():
    # tune C055 II.1 and II.4.4: "Ban Thường trực Ủy ban MTTQ Việt Nam xã" / "… cấp xã"
    lines = "\n".join([
        "- Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp chặt chẽ với Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã để thành lập Ủy ban bầu cử.",
        "4.4. Hội nghị tiếp xúc cử tri trực tuyến",
        "Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã phối hợp với Ủy ban nhân dân cùng cấp và các cơ quan, tổ chức có liên quan bố trí hệ thống họp trực tuyến.",
    ])
    found = assignment_entries(_GUIDANCE.format(line=lines))
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") in found
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã", "lead") not in found
    assert ("Ủy ban nhân dân cùng cấp", "support") not in found
