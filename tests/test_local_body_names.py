"""Real names of local bodies and posts in the task shapes real documents give them.

tests/data/agency_names/local_bodies.tsv lists names of the levels the reader had seen little of —
a district's offices (quận / huyện / thị xã before 2025), a commune's bodies and posts (xã / phường /
thị trấn / đặc khu), party committees and their boards, the Front and the mass organisations, a
province department's own units — each with where it was seen: a tuned-on document (its stem, the
gold or the text), a public page (its address), or the brief of round 28 that named it.  Every name
is put in the shapes below, each the shape of real lines of the tuned-on corpus, inside a district
committee's plan, and read by the live assignment reader (find_assignments + merge_assignments).
A shape holds when each entry the contract asks for is found (agency similarity >= the evaluator's
0.9, same role) and nothing else is.

The column ``open`` lists the shapes a name still fails in, with the kind of failure in ``kind``:
the test asserts the failing set is exactly that, so a fix shows as a row to update, a regression
as a failure.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.agencies import expand_abbreviations
from pipeline.evaluate import AGENCY_MIN_RATIO, agency_similarity
from tests.support.texts import assignment_entries

TABLE = Path(__file__).parent / "data" / "agency_names" / "local_bodies.tsv"

# A district committee's plan down to its implementation part (the head of a real district plan's
# shape: Ủy ban nhân dân huyện …, Số …/KH-UBND, KẾ HOẠCH, IV. TỔ CHỨC THỰC HIỆN).
HEAD = """ỦY BAN NHÂN DÂN HUYỆN PHÚ LƯƠNG
Số: 120/KH-UBND
Phú Lương, ngày 10 tháng 3 năm 2025
KẾ HOẠCH
Tuyên truyền phòng, chống ma túy năm 2025
IV. TỔ CHỨC THỰC HIỆN
{body}
"""

# Other bodies of a shape; a name too like one of them is given the next one instead.
FILLERS = ("Phòng Nội vụ", "Phòng Tư pháp", "Phòng Y tế", "Ủy ban nhân dân các xã, thị trấn",
           "Phòng Giáo dục và Đào tạo", "Công an huyện", "Ủy ban nhân dân các xã, phường")

# shape: (template, the entries it gives) — X the name tried, A, B, C the fillers.
SHAPES = {
    # a numbered heading, its task on the next line ("1. Công an tỉnh:", Hưng Yên KH 199/2026, tune V01)
    "heading": ("1. {X}:\nChủ trì tổ chức tuyên truyền, phổ biến nội dung Kế hoạch đến cán bộ, công chức và "
                "Nhân dân trên địa bàn.\n", [("X", "lead")]),
    # a heading with no colon, its task a dash item ("8. Ban công tác Mặt trận các thôn trên địa bàn xã",
    # Lương Minh KH 16/2025, tune C052)
    "heading_dot": ("3. {X}\n- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện các nội "
                    "dung của Kế hoạch.\n", [("X", "lead")]),
    # "X chủ trì, phối hợp với Y và Z …" ("Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Tuyên giáo và
    # Dân vận Tỉnh ủy …", Nghệ An KH 982/2025, tune C010)
    "lead_with": ("1. Nhiệm vụ cụ thể\n- {X} chủ trì, phối hợp với {A} và {D} tổ chức tuyên truyền, phổ biến "
                  "các văn bản pháp luật về phòng, chống ma túy.\n", [("X", "lead"), ("A", "support"), ("D", "support")]),
    # the name as a partner
    "partner": ("1. Nhiệm vụ cụ thể\n- {B} chủ trì, phối hợp với {X} và {D} tổ chức tuyên truyền, phổ biến "
                "pháp luật.\n", [("B", "lead"), ("X", "support"), ("D", "support")]),
    # "Giao X …"
    "giao": ("1. Nhiệm vụ cụ thể\n- Giao {X} chủ trì tham mưu tổ chức sơ kết, đánh giá kết quả thực hiện Kế "
             "hoạch.\n", [("X", "lead")]),
    # "Đề nghị X …" ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", Cần Thơ KH 160/2025, tune C003)
    "denghi": ("5. Đề nghị {X} chỉ đạo, hướng dẫn các tổ chức thành viên tuyên truyền, vận động Nhân dân tham "
               "gia.\n", [("X", "lead")]),
    # a lettered item with its colon ("a) Ban Thường trực Ủy ban MTTQ Việt Nam xã …", Lương Minh HD 2025, C055)
    "lettered": ("2. Trách nhiệm của các cơ quan, đơn vị\na) {A}: Chủ trì hướng dẫn, đôn đốc thực hiện Kế "
                 "hoạch.\nc) {X}: Chủ trì tổ chức các hoạt động tuyên truyền trên địa bàn.\n",
                 [("A", "lead"), ("X", "lead")]),
    # "X có trách nhiệm …"
    "trachnhiem": ("1. Nhiệm vụ cụ thể\n- {X} có trách nhiệm tổ chức triển khai thực hiện các nội dung của Kế "
                   "hoạch này.\n", [("X", "lead")]),
    # a list of bodies given the work together
    "list": ("6. {B}, {X}, {C} căn cứ chức năng, nhiệm vụ được giao, chủ động triển khai thực hiện Kế hoạch.\n",
             [("B", "lead"), ("X", "lead"), ("C", "lead")]),
    # a task table's row (lead and partner columns, "| TT | Nội dung | … |", Lâm Đồng KH 2026, tune C065)
    "table": ("| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n| --- | --- | --- | --- | --- |\n"
              "| 1 | Tổ chức hội nghị quán triệt Kế hoạch | {A} | Các cơ quan, đơn vị liên quan | Quý I/2025 |\n"
              "| 2 | Tổ chức tuyên truyền về phòng, chống ma túy | {X} | {D} | Quý III/2025 |\n",
              [("A", "lead"), ("Các cơ quan, đơn vị liên quan", "support"), ("X", "lead"), ("D", "support")]),
}


def _rows() -> list[dict]:
    with open(TABLE, encoding="utf-8") as f:
        return [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _like(a: str, b: str) -> bool:
    return agency_similarity(a, b) >= AGENCY_MIN_RATIO - 1e-9


def _fillers(name: str) -> dict[str, str]:
    """A, B, C (offices) and D (the communes' committees): the first fillers unlike the name tried."""
    free = [f for f in FILLERS if not _like(f, name) and f.split()[:2] != name.split()[:2]]
    offices = [f for f in free if not f.startswith("Ủy ban")]
    communes = [f for f in free if f.startswith("Ủy ban")]
    return {"A": offices[0], "B": offices[1], "C": offices[2], "D": (communes or offices[3:])[0]}


def holds(name: str, shape: str) -> bool:
    template, expected = SHAPES[shape]
    fillers = _fillers(name)
    text = template.replace("{X}", name)
    for key, filler in fillers.items():
        text = text.replace("{" + key + "}", filler)
    got = set(assignment_entries(HEAD.format(body=text)))
    for who, role in expected:
        agency = expand_abbreviations(name) if who == "X" else fillers.get(who, who)
        match = next((g for g in got if g[1] == role and _like(g[0], agency)), None)
        if match is None:
            return False
        got.discard(match)
    return not got


def test_table_is_large_and_names_its_sources():
    rows = _rows()
    assert len(rows) >= 150
    assert all(r["name"] and r["source"] and r["level"] in ("district", "commune", "party", "front", "dept")
               for r in rows)
    assert all(s in SHAPES for r in rows for s in filter(None, r["open"].split(",")))


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["name"])
def test_a_local_body_in_the_shapes_of_real_tasks(row):
    failing = {s for s in SHAPES if not holds(row["name"], s)}
    assert failing == set(filter(None, row["open"].split(","))), row["kind"]


# ------------------------------------------------------------------ the names in their real lines
# Each fixed kind on a line as printed (the name's extent: pipeline.agencies.agency_extent).
@pytest.mark.parametrize("text, name", [
    # a known name's place, a commune the 2025 merger numbered (Lâm Đồng TB 2026, tune C062 III.1.b)
    ("UBND xã Bảo Lâm 2: Rà soát toàn bộ hồ sơ có liên quan đến 36 hộ dân", "UBND xã Bảo Lâm 2"),
    # "các" before a village unit (Lương Minh KH 16/2025, tune C052 III.8; HD 2025, tune C068 closing)
    ("Ban công tác Mặt trận các thôn trên địa bàn xã chủ động phối hợp thực hiện",
     "Ban công tác Mặt trận các thôn trên địa bàn xã"),
    ("Trưởng Ban Công tác Mặt trận các thôn nghiêm túc triển khai thực hiện", "Trưởng Ban Công tác Mặt trận các thôn"),
    # a known name going on past a dash: the joint office of a commune (Nghệ An QĐ 98/2025 Điều 8, tune
    # C022, its abbreviations read out), a district's two-field office (yenlap.phutho.gov.vn, UBND huyện
    # Yên Lập 2021), a district broadcaster (vov4.vov.vn, Quảng Nam 2019)
    ("Văn phòng Hội đồng nhân dân - Ủy ban nhân dân cấp xã có trách nhiệm phân loại kiến nghị",
     "Văn phòng Hội đồng nhân dân - Ủy ban nhân dân cấp xã"),
    ("Phòng Kinh tế - Hạ tầng, phòng Nông nghiệp và Phát triển nông thôn, phòng Giáo dục và Đào tạo",
     "Phòng Kinh tế - Hạ tầng"),
    ("Đài Truyền thanh - Truyền hình huyện chủ trì", "Đài Truyền thanh - Truyền hình huyện"),
    # a commune's posts (Nghị định 33/2023/NĐ-CP as home.vn and luat.tuvantinhoc.com list them)
    ("Chỉ huy trưởng Ban Chỉ huy Quân sự xã chủ trì", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã"),
    ("Bí thư Đoàn Thanh niên xã phối hợp", "Bí thư Đoàn Thanh niên xã"),
    ("Công chức Tư pháp - Hộ tịch chủ trì", "Công chức Tư pháp - Hộ tịch"),
    # standard names with words in lower case (moj.gov.vn on NĐ 114/2003; NĐ 37/2014/NĐ-CP Điều 8)
    ("Hội Người cao tuổi, Hội Chữ thập đỏ", "Hội Người cao tuổi"),
    ("Phòng Quản lý đô thị chủ trì", "Phòng Quản lý đô thị"),
    ("Xã đoàn chủ trì", "Xã đoàn"),
])
def test_the_name_on_its_real_line(text, name):
    from pipeline.agencies import agency_extent
    assert text[:agency_extent(text)] == name


def test_a_village_body_for_all_villages_is_the_one_named_for_one():
    # Lương Minh HD 2025 (tune C068): the items name the post of a village ("- Chủ trì: Trưởng Ban công
    # tác Mặt trận.", line 177), the closing request the posts of all of them; gold C068 keeps one entry
    text = HEAD.format(body="3. Đối với thôn dân cư\n- Chủ trì: Trưởng Ban công tác Mặt trận.\n"
                            "4. Căn cứ hướng dẫn này, đề nghị Trưởng Ban Công tác Mặt trận các thôn chủ động "
                            "triển khai thực hiện.\n")
    assert {a.lower() for a, _ in assignment_entries(text)} == {"trưởng ban công tác mặt trận"}
