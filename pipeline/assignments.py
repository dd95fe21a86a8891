"""Recognizer — who must do what (contract section 3).

Four sources, in the order a reader meets them:
1. numbered agency headings inside task sections ("IV. Tổ chức thực hiện" → "1. Sở Nội vụ"),
   and the lines of those sections whose subject is a named agency ("- Sở Nội vụ theo dõi …",
   "Giao Sở Tư pháp …", "- Đề nghị Ủy ban MTTQ tỉnh: …"; under a heading that asks for
   partners, "Đề nghị các tổ chức phối hợp", they are ``support``);
2. labelled lines anywhere ("Cơ quan thực hiện: …", "Cơ quan phối hợp: …");
3. partners named inside a task ("phối hợp với Sở Nội vụ …") → ``support``;
4. task tables ("STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian"): each
   row's lead and partner cells, its task cell as the task.
One entry per (agency, role); section and task come from the first place it stands.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Callable

import regex

from . import regexes as rx
from . import vocab
from .agencies import (agency_extent, clean_agency, defined_short_names, expand_abbreviations, fold_agency, head_end, opens_name_in_sentence,
                       restore_case, split_agency_list, starts_with_agency, starts_with_post)
from .models import Assignment
from .structure import Structure, per_document
from .text import memo_short_text

_LETTERS = regex.compile(r"\p{L}+")
_SUCH_AS = regex.compile(r"[^.;:]{0,120}?\snhư\s+")
_NEXT_IN_LIST = regex.compile(r"\s*(?:,|và|;)\s*")


def first_sentence(text: str, limit: int = 200) -> str:
    # a long text is read in a window first: the sentence is cut at ``limit`` characters anyway
    # (folding the whole line once per partner phrase made a long line quadratic);
    # a sentence that folds to more than ``limit`` in the window is the same in the whole text
    window = 8 * limit
    if len(text) > window:
        folded = _sentence_folded(text[:window])
        if len(folded) > limit:
            return folded[:limit].rstrip()
    return _sentence_folded(text)[:limit].rstrip()


def _sentence_folded(text: str) -> str:
    """``text`` up to its first sentence's end, its white space folded."""
    text = rx.BULLET_MARK.sub("", text.strip())
    m = rx.TASK_SENTENCE_END.search(text)
    if m:
        text = text[: m.start()]
    return " ".join(text.split()).rstrip(" .;:")


def find_assignments(st: Structure) -> list[Assignment]:
    """Every (agency, role) mention in text order, before merging."""
    found: list[Assignment] = []
    _from_task_sections(st, found)
    work_lines = _from_directive_sentences(st, found)
    _from_labelled_lines(st, found)
    _from_partner_phrases(st, found, work_lines)
    _from_task_tables(st, found)
    _from_letter_addressees(st, found)
    _from_courtesy_requests(st, found)
    _from_requests_to_the_units(st, found)
    _from_submissions_to_act(st, found)
    found = [a for a in found if not rx.BACK_REFERENCE.search(a.agency) and not _named_by_its_part(st, a)
             and not _grants_a_power_only(st, a)]
    found = [part for a in found for part in _kinds_of_body_apart(a)]
    found = [part for a in found for part in _forces_apart(a)]
    expanded, lists = [], []
    for a in found:
        parts = _members_listed_apart(st, a)
        if parts[0] is not a and parts[0].end > a.end:
            lists.append((a.start, parts[0].end))
        expanded.extend(parts)
    # a member of a list read out above, found again on its own ("Các Bộ Quốc phòng, | Công an:")
    found = [p for p in expanded if not any(s < p.start < e for s, e in lists)]
    found.sort(key=lambda a: a.start)
    found = _communes_as_their_item_names_them(st, found)
    found = _opening_addressees_restated(st, found)
    found = _addressees_by_their_short_name(st, found)
    found = _heads_in_a_general_clause_dropped(found)
    found = _localities_under_their_own_heading_dropped(st, found)
    found = _addressees_by_their_kinds(st, found)
    return _with_short_forms_read_out(st, _with_parents_named(st, found))


def _localities_under_their_own_heading_dropped(st: Structure, found: list[Assignment]) -> list[Assignment]:
    """"Các địa phương" opening a sentence under an item whose heading names its body is that body
    restated, no entry of its own: "1. Ủy ban nhân dân các xã, phường / Các địa phương tổ chức tuyên
    truyền …" (review 0.8 #8; the deadline is the heading's body's too). Where no heading above
    names a body, the localities are the lead the sentence gives work (tune9 V02 C.6)."""
    if not any(a.role == "lead" and rx.LOCALITIES_AS_PARTNERS.match(a.agency) for a in found):
        return found
    heading_leads = {st.line_at(a.start) for a in found if a.role == "lead"}

    def restates_its_heading(a: Assignment) -> bool:
        if a.role != "lead" or not rx.LOCALITIES_AS_PARTNERS.match(a.agency):
            return False
        line = st.line_at(a.start)
        h = st.section_of(line)
        return h is not None and h.line != line and h.line in heading_leads

    return [a for a in found if not restates_its_heading(a)]


def _heads_in_a_general_clause_dropped(found: list[Assignment]) -> list[Assignment]:
    """The head of a body the document gives work of its own, named in a general clause of duty
    (regexes.GENERAL_DUTY_CLAUSE: "Chủ tịch UBND xã, phường chịu trách nhiệm trực tiếp trước Chủ tịch
    UBND thành phố về …", "Thủ trưởng các cơ quan, đơn vị tổ chức triển khai thực hiện nghiêm túc Quy
    chế này", "… giao Giám đốc các sở, … và Chủ tịch UBND các xã, phường, các cơ quan liên quan theo
    chức năng, nhiệm vụ được giao …"): the body's own entry is the assignment — a closing clause
    restating it, as an execution clause, is none (gold tune2 C002 IV.17.c, C009 V.10.e, tune C019 Điều 16.1,
    C036 III.1, calibration C051 Điều 18.1 give the body only).  A head given a task of its own stays ("Chủ tịch
    Ủy ban nhân dân cấp xã | ký, xác nhận …", gold M07), and so does the head of a board or team,
    whose post is its share of the work ("Trưởng Ban …: phụ trách chung, chịu trách nhiệm trước …",
    contract: a post named as responsible in a task force is written as printed)."""
    bodies = {_body_key(a.agency) for a in found if a.role == "lead"}
    out = []
    for a in found:
        post = rx.POST_OF_A_BODY.match(a.agency) if a.role == "lead" else None
        body = _body_key(a.agency[post.end():]) if post else ""
        if post and (body in bodies or (rx.BARE_COLLECTIVE.match(a.agency[post.end():]) and _states_of_itself(a))) \
                and not rx.BOARD_OR_TEAM.match(body) and rx.GENERAL_DUTY_CLAUSE.search(a.task or ""):
            # (so is the head of bare unit words, whose group names no one, where the document states
            # its duty, no one asking it: "3. Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước
            # UBND, Chủ tịch UBND cùng cấp về việc giải quyết kiến nghị của cử tri", Nghệ An QĐ 98/2025
            # Điều 3, calibration C022 — a principle, no work; a request to them stays: "Căn cứ hướng dẫn
            # này, đề nghị Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện …")
            continue
        out.append(a)
    return out


def _states_of_itself(a: Assignment) -> bool:
    """Whether the task of ``a`` opens with the name itself: its sentence states what the bearer
    does, no one asks it."""
    return " ".join((a.task or "").split()).startswith(a.agency)


def _body_key(name: str) -> str:
    return _level_key(fold_agency(name))  # (fold_agency drops a leading "các" already)


def _named_by_its_part(st: Structure, a: Assignment) -> bool:
    """A bare group of units followed by its part in the plan ("Các đơn vị | được giao thực hiện các
    nhiệm vụ thuộc Kế hoạch lập dự toán …"): the plan's assignees, named where their work is given."""
    return bool(rx.BARE_COLLECTIVE.match(a.agency)) and rx.ASSIGNED_PART_AFTER.match(st.text, a.end) is not None


def _grants_a_power_only(st: Structure, a: Assignment) -> bool:
    """Whether the mention is a body an article on powers ("Điều 4. Phân cấp thẩm quyền quyết
    định …") says may decide ("c) Sở Tài chính quyết định phê duyệt phương án …"): a power, no
    task (regexes.AUTHORITY_ARTICLE, AUTHORITY_VERB)."""
    if a.role != "lead" or not rx.AUTHORITY_VERB.match(st.text, a.end):
        return False
    k = st.line_section[st.line_at(a.start)] if st.line_at(a.start) < len(st.line_section) else None
    while k is not None and k > 0 and st.headings[k].level > 1:
        k -= 1
    if k is None or not st.headings[k].path.startswith("Điều"):
        return False
    return rx.AUTHORITY_ARTICLE.search(_unwrapped_heading(st, st.headings[k])[0]) is not None


def _communes_as_their_item_names_them(st: Structure, found: list[Assignment]) -> list[Assignment]:
    """The communes' collective written with its kinds in another order ("UBND các phường, xã" /
    "UBND các xã, phường") → the order of the item that names it with its work ("8. UBND các xã,
    phường:", Hà Nội CV 6356/2025; "4. Ủy ban nhân dân các phường, xã", CV 6357/2025, tune13 N09,
    N10): one body, as its own item writes it."""
    listed = {name: tuple(sorted(fold_agency(name).split())) for name in {a.agency for a in found}
              if _COMMUNES_LISTED.match(name)}
    if not listed:
        return found
    heading_lines = {h.line for h in st.headings}
    spelled: dict[tuple[str, ...], set[str]] = {}
    for a in found:
        if a.agency in listed and st.line_at(a.start) in heading_lines:
            spelled.setdefault(listed[a.agency], set()).add(a.agency)
    if not spelled:
        return found
    out = []
    for a in found:
        names = spelled.get(listed[a.agency]) if a.agency in listed else None
        if names and len(names) == 1 and a.agency not in names:
            a = dataclasses.replace(a, agency=next(iter(names)))
        out.append(a)
    return out


def _opening_addressees_restated(st: Structure, found: list[Assignment]) -> list[Assignment]:
    """The addressees of an opening request that a later section names again with its work
    ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường
    … các nhiệm vụ, giải pháp … sau: / 1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND
    các xã, phường", Đắk Lắk CT 12/2025): one body each, entered where its work stands."""
    opening = [a for a in found if a.section is None and any(s <= a.start < e for s, e in st.preamble)]
    if not opening:
        return found
    # named again by a heading (not by a closing sentence that stands under the last point:
    # "Bộ Tài chính trân trọng đề nghị UBND các tỉnh, thành phố quan tâm, chỉ đạo …")
    heading_lines = {h.line for h in st.headings}
    later = [(fold_agency(b.agency), b.role) for b in found
             if b.section is not None and st.line_at(b.start) in heading_lines]
    # the departments' collective an opening request asks, whose items then give each department
    # its own work ("UBND Thành phố yêu cầu các Sở, ban, ngành, UBND các phường, xã thực hiện một số
    # nhiệm vụ trọng tâm như sau: / 1. Sở Nông nghiệp và Môi trường: …", Hà Nội CV 6356/2025, CV
    # 6357/2025, tune13 N09, N10): the items say who of them does what
    departments_itemized = any(role == "lead" and name.startswith("sở ") for name, role in later)

    # the heads of the departments named again in other words ("… yêu cầu Giám đốc, Thủ trưởng các sở,
    # ban ngành, Chủ tịch UBND xã, phường … / 8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành / … / 10. Ủy
    # ban nhân dân xã, phường", Cần Thơ CT 09/2025, calibration C035), and a head whose body an item
    # names: the item's entry is the assignment (as _heads_in_a_general_clause_dropped reads a head)
    heads_later = {b.role for b in found if b.section is not None and st.line_at(b.start) in heading_lines
                   and rx.HEADS_OF_DEPARTMENTS.match(b.agency)}
    bodies_later = {(_body_key(b.agency), b.role) for b in found
                    if b.section is not None and st.line_at(b.start) in heading_lines}

    def restated(a: Assignment) -> bool:
        key = fold_agency(a.agency)
        if departments_itemized and a.role == "lead" and rx.DEPARTMENTS_COLLECTIVE.match(a.agency):
            return True
        if a.role in heads_later and rx.HEADS_OF_DEPARTMENTS.match(a.agency):
            return True
        post = rx.POST_OF_A_BODY.match(a.agency)
        if post and (_body_key(a.agency[post.end():]), a.role) in bodies_later:
            return True
        return any(role == a.role and (name == key or name.startswith(key + " ")) for name, role in later)
    dropped = {id(a) for a in opening if restated(a)}
    return [a for a in found if id(a) not in dropped]


# The departments named by their unit words, whatever follows them: "Các Sở, ban, ngành Thành phố",
# "Các sở, ban, ngành và địa phương", "Các sở, ban, ngành, cơ quan, đơn vị liên quan".
# (their heads too: "Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, … triển khai
# thực hiện nghiêm túc Chỉ thị này", Quảng Trị CT 06/2025, tune13 N08)
_DEPARTMENTS_OPENING = regex.compile(r"(?i)(?:(?:giám\s+đốc|thủ\s+trưởng|người\s+đứng\s+đầu)\s+)?các\s+(?:sở|ban|ngành)(?![\p{L}])")
_CLOSING_LINES = 8  # how far above the signature block a closing paragraph starts


def _closing_request_to_departments(st: Structure, found: list[Assignment]) -> list[Assignment]:
    """The closing request of a plan or letter whose items give each department its own work, to
    the departments as a whole to carry it out ("Ủy ban nhân dân Thành phố yêu cầu các Sở, ban,
    ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn thông nghiêm túc triển khai thực hiện;
    …" after "1. Sở Khoa học và Công nghệ: …", Hà Nội KH 310/2025, tune C005; "Trên đây là Kế hoạch
    …. Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, cơ quan, đơn vị liên quan triển khai kịp thời
    …", Nghệ An KH 987/2025, tune13 N04; Đắk Lắk KH 0130/2025 N03, Hà Nội CV 6357/2025 N10, Ninh Bình
    KH 196/2024 C046): the items' bodies asked again, no entry of the collective (as the opening
    request is, _opening_addressees_restated)."""
    heading_lines = {h.line for h in st.headings}
    if not any(a.role == "lead" and a.section is not None and st.line_at(a.start) in heading_lines
               and a.agency.startswith("Sở ") for a in found):
        return found
    block = _signature_and_recipients(st)
    if not block:
        return found
    sig = min(block)
    last_heading = max(heading_lines, default=-1)

    def closing(a: Assignment) -> bool:
        i = st.line_at(a.start)
        # (the heads in any role, a run-on item's "phối hợp" lends them its own, tune13 N08; the bare
        # collective only as the lead: "Đề nghị các sở, ban, ngành phối hợp với …" asks it to cooperate)
        if (a.role != "lead" and not rx.POST_OF_A_BODY.match(a.agency)) or not _DEPARTMENTS_OPENING.match(a.agency) \
                or not (last_heading < i < sig) \
                or sig - i > _CLOSING_LINES:
            return False
        if any(last_heading < j < i and st.lines[j].text[:1].isdigit() for j in range(i - 1, max(i - 3, 0), -1)):
            return False
        before = st.text[max(st.lines[i].start - 200, 0):a.start]
        return rx.CLOSING_REQUEST_BEFORE.search(before) is not None
    # the heads the request names after the departments' heads are asked the same ("Yêu cầu Giám đốc
    # các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ; Thủ trưởng các cơ quan,
    # đơn vị có liên quan triển khai thực hiện nghiêm túc Chỉ thị này./.", Quảng Trị CT 06/2025, tune13
    # N08) — not the bodies it names (the telecoms firms of Hà Nội KH 310/2025 V.5 are an entry, tune C005)
    requests = [(a.start, _sentence_end(st.text, a.start)) for a in found
                if closing(a) and rx.HEADS_OF_DEPARTMENTS.match(a.agency)]
    return [a for a in found if not closing(a) and not (
        requests and rx.POST_OF_A_BODY.match(a.agency) and any(s <= a.start < e for s, e in requests))]


def _sentence_end(text: str, at: int) -> int:
    stop = rx.SENTENCE_START_AFTER_STOP.search(text, at, at + _SENTENCE_WINDOW)
    return stop.start() if stop else min(len(text), at + _SENTENCE_WINDOW)


# The province's political-social organisations are a kind of body of their own, never one more
# unit word of the departments' collective: "Các sở, ban, ngành, tổ chức chính trị - xã hội" is
# "Các sở, ban, ngành" and "Các tổ chức chính trị - xã hội" (every annotated round writes them
# apart; Nghệ An KH 980/2025).
_DEPARTMENTS_AND_ORGANISATIONS = regex.compile(
    r"^(?:Các\s+)?(?P<departments>(?:sở|ban|ngành)(?:\s*,\s*(?:sở|ban|ngành))*)\s*,\s*(?:các\s+)?"
    r"(?P<organisations>tổ\s+chức\s+chính\s+trị\s*-\s*xã\s+hội.*)$", regex.IGNORECASE)


# Schools are a kind of body of their own too, never one more unit word of the departments' or the
# ministries' collective: "Phối hợp các sở, ngành, trường đại học, cao đẳng xây dựng chương trình
# đào tạo …" is "Các sở, ngành" and "Trường đại học, cao đẳng" (Bắc Ninh KH 144/2025 VI.18, tune4 06
# gold; the schools as printed, "các trường …" with its "các").
_DEPARTMENTS_AND_SCHOOLS = regex.compile(
    r"^(?:Các\s+)?(?P<departments>(?:sở|ban|ngành|bộ)(?:\s*,\s*(?:sở|ban|ngành|bộ))*)\s*,\s*"
    r"(?P<schools>(?:các\s+)?trường\s+(?:đại\s+học|cao\s+đẳng|trung\s+cấp)\b.*)$", regex.IGNORECASE)


# The same kind named first, another group joined to it by "và": "Các tổ chức chính trị - xã hội và
# cơ quan tổ chức có liên quan", "… và tổ chức, đoàn thể có liên quan" (BCĐQG 1237 KH 252/2013,
# tune V02: two entries in the reconciled gold), as "Các sở, ban, ngành, tổ chức chính trị - xã hội".
_ORGANISATIONS_AND_OTHERS = regex.compile(
    r"^(?P<organisations>Các\s+tổ\s+chức\s+chính\s+trị\s*-\s*xã\s+hội)\s+và\s+(?:các\s+)?(?P<others>\S+\s+\S.*)$")
# The Front's member organisations are a kind of body of their own too, never one more kind of the
# collective before them: "các tổ chức chính trị - xã hội, | tổ chức thành viên của Mặt trận" is two
# (Bắc Cam Ranh MTTQ KH 2025 V.1, tune11 C056; every round writes "Các tổ chức thành viên …" apart).
_KINDS_AND_FRONT_MEMBERS = regex.compile(
    r"^(?:Các\s+)(?P<kinds>\S.*?)\s*,\s*(?:các\s+)?(?P<members>tổ\s+chức\s+thành\s+viên\b.*)$", regex.IGNORECASE)


# A body named once for two levels: "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã" is the
# province's and the communes' (two bodies; reconciled tune5 gold, Nghệ An KH 980/2025); so is
# one whose first level is its place word alone: "Thường trực Hội đồng nhân dân tỉnh, cấp xã"
# (tune3 gold C054, Quảng Ninh MTTQ HD 2025: "… tỉnh" and "… cấp xã").
_BODY_OF_TWO_LEVELS = regex.compile(
    r"^(?P<body>\S.*?)\s+(?P<first>cấp\s+(?:tỉnh|huyện|xã)|(?i:tỉnh|huyện))\s*(?:,|và)\s*(?P<second>cấp\s+(?:tỉnh|huyện|xã))$")


# (any case: "ỦY BAN NHÂN DÂN" of a heading too, as this test always read; the joins of
# _shared_complements below go by the case as printed)
_PEOPLES_BODY = regex.compile("(?i)" + rx.PEOPLES_BODY_NAME)


def _kinds_of_body_apart(a: Assignment) -> list[Assignment]:
    if a.agency[:4] == "Các " and ", các " in a.agency and not rx.SHARED_LEVEL_END.search(a.agency):
        parts = rx.COLLECTIVE_AFTER_COLLECTIVE.split(a.agency)
        if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
            return [part for p in parts
                    for part in _kinds_of_body_apart(dataclasses.replace(a, agency=p[:1].upper() + p[1:]))]
    m = _DEPARTMENTS_AND_ORGANISATIONS.match(a.agency)
    if m:
        # (a task table's cell names them without "Các": "Sở, ban, ngành, tổ chức chính trị - xã hội")
        return [Assignment("Các " + m.group("departments")[:1].lower() + m.group("departments")[1:], a.role,
                           a.section, a.task, a.start, a.end),
                Assignment("Các " + m.group("organisations"), a.role, a.section, a.task, a.start, a.end)]
    m = _DEPARTMENTS_AND_SCHOOLS.match(a.agency)
    if m:
        schools = m.group("schools")
        return [dataclasses.replace(a, agency="Các " + m.group("departments")[:1].lower() + m.group("departments")[1:]),
                dataclasses.replace(a, agency=schools[:1].upper() + schools[1:])]
    m = _ORGANISATIONS_AND_OTHERS.match(a.agency)
    if m:
        return [dataclasses.replace(a, agency=m.group("organisations")),
                dataclasses.replace(a, agency="Các " + m.group("others"))]
    m = _KINDS_AND_FRONT_MEMBERS.match(a.agency)
    if m and len(m.group("kinds").split()) >= 2:
        return [Assignment("Các " + m.group("kinds"), a.role, a.section, a.task, a.start, a.end),
                Assignment("Các " + m.group("members"), a.role, a.section, a.task, a.start, a.end)]
    m = _BODY_OF_TWO_LEVELS.match(a.agency)
    # (the people's committees of two levels are one entry, as the contract's own example writes
    # them: "Ủy ban nhân dân cấp huyện, cấp xã" — two classes; the province's own council named
    # before a class, "Thường trực Hội đồng nhân dân tỉnh, cấp xã", is a named body and a class)
    if m and not m.group("body").lower().startswith("các ") \
            and not (_PEOPLES_BODY.fullmatch(m.group("body")) and m.group("first").startswith("cấp")):
        return [Assignment(f"{m.group('body')} {m.group(level)}", a.role, a.section, a.task, a.start, a.end)
                for level in ("first", "second")]
    return [a]


def _forces_apart(a: Assignment) -> list[Assignment]:
    """"Lực lượng Kiểm lâm, Công an, Quân đội" → "Lực lượng Kiểm lâm", "Lực lượng Công an", "Lực
    lượng Quân đội" (the head each force shares)."""
    m = rx.FORCES_OF_ONE_HEAD.match(a.agency)
    if not m:
        return [a]
    return [dataclasses.replace(a, agency=f"{m.group('head')} {force}")
            for force in rx.FORCES_APART.split(m.group("forces"))]


_MEMBERS_READ = 400


def _members_listed_apart(st: Structure, a: Assignment) -> list[Assignment]:
    """A plural of a kind of body followed by its members after a colon is one entry per member,
    each written with its kind: "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền" → "Ủy ban nhân
    dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền"; "Các sở: Xây dựng, Nội vụ" → "Sở Xây
    dựng", "Sở Nội vụ" (reconciled round-7 gold).  Fewer than two members read: left whole."""
    plural = rx.LOCALITIES_PLURAL_END.search(a.agency)
    colon, post, others = None, "", False
    if plural:
        body, kind = a.agency[:plural.start()], plural.group("kind")
        colon = rx.MEMBERS_COLON.match(st.text, a.end)
    elif (plural := rx.DEPARTMENTS_PLURAL.match(a.agency)):
        body, kind = "", plural.group("kind")
        colon = rx.MEMBERS_COLON.match(st.text, a.end)
        post = plural.group("post") or ""
        others = plural.group("others") is not None
    elif (plural := rx.DEPARTMENTS_PLURAL_NAMED.match(st.text, a.start, a.end)) is not None:
        # "Các Bộ Quốc phòng, Công an: …": the members follow the kind itself
        body, kind, post = "", plural.group("kind"), plural.group("post") or ""
        colon = plural
    elif _PEOPLES_BODY.fullmatch(a.agency) or a.agency.startswith(("Ủy ban", "UBND")):
        colon = rx.LOCALITIES_PLURAL_AFTER.match(st.text, a.end)
        if colon:
            body, kind = a.agency, colon.group("kind")
    if not colon:
        return [a]
    post = post if not body else ""
    region = st.text[colon.end():colon.end() + _MEMBERS_READ]
    if rx.SEMICOLON_MEMBERS.match(region):
        # "các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ xây dựng phương án"
        # (Công văn 174/CV-BCĐ 2025): the same list, its members apart by "; "
        region = rx.SEMICOLON_BETWEEN_MEMBERS.sub(", ", region)
    stop = rx.MEMBERS_LIST_END.search(region)
    list_end = colon.end() + (stop.start() if stop else len(region))
    region = " ".join((region[:stop.start()] if stop else region).split())
    kind = " ".join(kind.split())
    members = _department_members(region, kind, others) if not body else _locality_members(region)
    if len(members) < 2:
        return [a]  # (one: "Các Sở Xây dựng nêu trên" is that department of several places)
    if body:
        names = [f"{body} {kind.lower()} {m}" for m in members]
    else:
        # (a body of the other kinds is named in full: "Tập đoàn Điện lực Việt Nam")
        names = [m if others and _named_in_full(m, kind) else f"{post}{kind[:1].upper()}{kind[1:].lower()} {m}"
                 for m in members]
    if colon is plural:
        # the members were read from the text after the name: each entry's span runs to the last
        # member, so that the list's later members read on their own ("Công an") give way to them
        # (to the last member only: a body named after the list's verb, "… chỉ đạo …, phối hợp với
        # Ủy ban nhân dân tỉnh Nghệ An", is no member)
        end = _members_end(st.text, colon.end(), list_end, members)
        return [dataclasses.replace(a, agency=n, end=max(a.end, end)) for n in names]
    return [dataclasses.replace(a, agency=n) for n in names]


def _members_end(text: str, start: int, stop: int, members: list[str]) -> int:
    """Where the last of ``members`` (read in order, their white space folded) ends in
    ``text[start:stop]``; ``stop`` when one is not found as written."""
    pos = start
    for member in members:
        found = regex.compile(r"\s+".join(map(regex.escape, member.split()))).search(text, pos, stop)
        if not found:
            return stop
        pos = found.end()
    return pos


def _locality_members(region: str) -> list[str]:
    out, pos = [], 0
    while True:
        m = rx.LOCALITY_NAME.match(region, pos)
        if not m or starts_with_agency(region[m.start():m.start() + 60], strong_only=True):
            break
        out.append(m.group())
        nxt = rx.MEMBER_NEXT.match(region, m.end())
        if not nxt:
            break
        pos = nxt.end()
    return out


def _named_in_full(member: str, kind: str) -> bool:
    """Whether a member of a list of mixed kinds ("Các Bộ, cơ quan: …") is a body's whole name
    ("Tập đoàn Điện lực Việt Nam"), not the kind's field ("Công Thương", "Công an")."""
    return member.lower() not in _known_members(kind.lower()) and starts_with_agency(member, strong_only=True)


def _department_members(region: str, kind: str, others: bool = False) -> list[str]:
    """The departments' short names, each the longest known "Sở …" it opens ("Nông nghiệp và
    Môi trường"), else the words up to its comma or "và".  ``others``: the list names bodies of
    other kinds too ("Các Bộ, cơ quan: …"), each by its whole name ("Tập đoàn Điện lực Việt Nam")."""
    known = _known_members(kind.lower())
    out, pos = [], 0
    while pos < len(region) and region[pos:pos + 1].isupper():
        rest = region[pos:].lower()
        best = max((k for k in known if rest.startswith(k) and not rest[len(k):len(k) + 1].isalnum()),
                   key=len, default=None)
        if best:
            end = pos + len(best)
        elif others and starts_with_agency(region[pos:pos + 60], strong_only=True):
            # a body named in full, up to its comma or, the last one, up to the list's verb
            end = pos + (_agency_end(region[pos:pos + 120]) or 0)
            if end == pos:
                break
        else:
            m = rx.DEPARTMENT_SHORT_NAME.match(region, pos)
            if m and starts_with_agency(region[pos:pos + 60], strong_only=True) and kind.lower() not in vocab.branded_kinds():
                break
            if not m:
                # the last member runs on into the list's verb past the short name's reach: "Các
                # Bộ: Quốc phòng, | Công an chủ động chỉ đạo các đơn vị …" (Công điện 217/CĐ-TTg)
                last = _last_member_before_verb(region, pos, kind) if out else None
                if last:
                    out.append(last)
                break
            end = m.end()
            # (a capitalized word is the member's name: "Kinh tế - Quản lý đầu tư xây dựng")
            verb = next((v for v in rx.ACTION_ANYWHERE.finditer(" " + m.group()) if v.group().strip()[:1].islower()), None)
            if verb and out and verb.start() > 0:
                # the last member before the list's verb: "Các Cục: Đường bộ Việt Nam, Đường sắt Việt
                # Nam | chỉ đạo …" (Bộ Xây dựng CĐ 96/2025)
                end = pos + verb.start()
                out.append(region[pos:end].strip())
                break
            adverbial = rx.SUBJECT_ADVERBIAL.search(" " + m.group()) if out and not verb else None
            if adverbial and adverbial.start() > 0:
                # the last member before the list's adverbial, then its verb: "các Tập đoàn: …, Công
                # nghiệp - Viễn thông Quân đội | theo chức năng, nhiệm vụ … | trao đổi …" (Thông báo
                # 634/TB-VPCP 2025)
                out.append(region[pos:pos + adverbial.start()].strip())
                break
            if verb or len(_LETTERS.findall(region[pos:end])) > 8:
                break
            joined = rx.AND_INSIDE_MEMBER.match(region, end)
            if joined:
                # "và" inside a member whose list goes on with commas: "Các Cục: …, Hàng hải và
                # Đường thủy Việt Nam, Kinh tế - …" (the last member alone follows a "và")
                end = joined.end()
        out.append(region[pos:end].strip())
        nxt = rx.MEMBER_NEXT.match(region, end)
        if not nxt:
            break
        pos = nxt.end()
    return out


_MEMBER_WORDS_MAX = 6


def _last_member_before_verb(region: str, pos: int, kind: str) -> str | None:
    """The last member of a list that runs on into its verb: "Các Bộ: Quốc phòng, | Công an chủ
    động chỉ đạo …" → "Công an" (the name as far as a body's name goes before its verb)."""
    head = kind[:1].upper() + kind[1:].lower() + " "
    text = head + region[pos:pos + 120]
    end = _agency_end(text)
    member = text[len(head):end].strip(" ,")
    if not member or len(_LETTERS.findall(member)) > _MEMBER_WORDS_MAX:
        return None
    return member


# A ministry and a province's department of the same field share its name ("Bộ Xây dựng", "Sở Xây
# dựng"): a list of ministries reads the departments' fields too.  Not the other way: a ministry's
# field a province has no department of is no "Sở" ("Các Sở: Y tế, Tài chính và Công an tỉnh" gave
# "Sở Công an"; "Quốc phòng", "Ngoại giao", "Chỉ huy Quân sự" of "Bộ Chỉ huy Quân sự" neither).
_SHARED_FIELDS = {"bộ": ("bộ", "sở")}


@functools.lru_cache(maxsize=None)
def _known_members(kind: str) -> tuple[str, ...]:
    """Known names of one kind without their head, in lower case: "sở" → "nông nghiệp và môi trường", …"""
    names = {" ".join(n.split()).lower() for n in vocab.body_names()}
    return tuple(n[len(k) + 1:] for k in _SHARED_FIELDS.get(kind, (kind,)) for n in sorted(names) if n.startswith(k + " "))


def _with_parents_named(st: Structure, found: list[Assignment]) -> list[Assignment]:
    """A collective that points at the body just before it in its list ("Văn phòng Đăng ký đất
    đai và các Chi nhánh trực thuộc") is written with that body ("Các Chi nhánh trực thuộc Văn
    phòng Đăng ký đất đai"; round-5 rule 9).  Only "và" may stand between them: after a comma
    the pointer may mean the issuer's units."""
    out = list(found)
    for n, a in enumerate(out):
        if n == 0 or a.agency[:4].lower() != "các " or not rx.POINTS_TO_PARENT.search(a.agency):
            continue
        before = [b for b in out[:n] if b.end <= a.start and b.agency[:4].lower() != "các "]
        if before and rx.AND_ONLY.fullmatch(st.text, before[-1].end, a.start):
            out[n] = dataclasses.replace(a, agency=f"{a.agency} {before[-1].agency}")
    return out


def _with_short_forms_read_out(st: Structure, found: list[Assignment]) -> list[Assignment]:
    """A name that ends with a short form the document defines ("Giám đốc Trung tâm" after "Trung
    tâm chính trị xã, phường, đặc khu (sau đây gọi tắt là Trung tâm)") is written out in full;
    so is a committee named by its head only ("Văn phòng Ban Chỉ huy") when the document names
    one such committee in full ("Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh")."""
    found = _committees_in_full(st, found)
    forms = defined_short_names(st.text, (a.agency for a in found))
    if not forms:
        return found
    own_short_names = _defined_short_forms(st.text)
    out = []
    for a in found:
        bare = a.agency[4:] if a.agency[:4].lower() == "các " else a.agency  # "Các Chi nhánh …" too
        # a name the document defines as a short form of its own is whole, not a post of a shorter
        # one: "Chi nhánh Văn phòng đăng ký đất đai" beside "Văn phòng đăng ký đất đai" (Nghệ An QĐ 95/2025)
        own_short = fold_agency(bare) in own_short_names
        for short, full in forms.items():
            # the body itself or a post or board of it ("Ban Giám đốc Trung tâm"), not a place
            # named after it ("Cấp ủy cấp xã nơi có trụ sở Trung tâm")
            # (a post or the office of the issuing body itself is written as printed: "Trưởng Ban Chỉ đạo",
            # "Phó Trưởng Ban Chỉ đạo", "Văn phòng Ban Chỉ đạo" in the Quy chế of the Ban Chỉ đạo Nhà nước về
            # Du lịch, its QĐ 170/2025, tune11 C026 — the contract's "A post named as responsible in a task
            # force … is written as printed")
            own_part = rx.STAFF_POST.match(a.agency) or rx.OFFICE_OF_A_BODY.match(a.agency)
            if (a.agency == short or (a.agency.endswith(" " + short) and not own_short
                                      and not (own_part and _is_issuer(st, full)))) \
                    and not a.agency.endswith(full) and len(a.agency[:len(a.agency) - len(short)].split()) <= 3:
                a = dataclasses.replace(a, agency=a.agency[:len(a.agency) - len(short)] + full)
                break
        out.append(a)
    return out


def _defined_short_forms(text: str) -> frozenset[str]:
    """Every short form ``text`` defines ("(sau đây gọi là Chi nhánh Văn phòng đăng ký đất
    đai)"), folded, whether or not the name it stands for could be read."""
    return frozenset(fold_agency(" ".join(m.group("short").split())) for m in rx.SHORT_NAME_DEFINED.finditer(text))


def _committees_in_full(st: Structure, found: list[Assignment]) -> list[Assignment]:
    fulls: dict[str, str | None] = {}
    out = []
    for a in found:
        name = a.agency
        if rx.COMMITTEE_HEAD_END.search(name) and len(name.split()) <= 6:
            if name not in fulls:
                longer = set()
                for m in regex.finditer(regex.escape(name) + r"\s+(?=\p{Lu})", st.text):
                    ext = agency_extent(st.text[m.start():m.start() + 200])
                    if ext > len(name):
                        longer.add(" ".join(st.text[m.start():m.start() + ext].split()))
                fulls[name] = longer.pop() if len(longer) == 1 else None
            if fulls[name]:
                a = dataclasses.replace(a, agency=clean_agency(fulls[name]))
        out.append(a)
    return out


def merge_assignments(found: list[Assignment], st: Structure | None = None) -> list[Assignment]:
    """One entry per (agency, role): the first mention wins. With the document's structure, a
    closing request that restates the bodies the items give work is no entry
    (_closing_request_to_departments; the mention stays for the deadlines it carries)."""
    if st is not None:
        found = _closing_request_to_departments(st, found)
    seen: dict[tuple[str, str], Assignment] = {}
    out = []
    full = full_names(found)
    names = DocumentNames(found, st)
    departments = _departments_as_first_named(found)
    own = _own_departments_one_name(found, departments)
    plurals = _plurals_named_in_full(found)
    villages = _village_bodies_as_named(found)
    local = _local_bodies_placed(found)
    # (a body named by its commune's or village's unit alone is the one named in full only in a
    # commune's own document: in a province's, "Ủy ban nhân dân xã" is every commune's, review 25 #3)
    communes_own = st is None or _issued_by_a_commune(st)
    if communes_own:
        local.update({k: v for k, v in _bodies_placed_by_their_unit(found).items() if k not in local})
    placed = _named_with_their_place(found)
    commune = _named_with_their_commune(found) if communes_own else {}
    for a in found:
        if (name := names.front(a.agency)) != a.agency:
            a = dataclasses.replace(a, agency=name)
        if a.agency in local:
            a = dataclasses.replace(a, agency=local[a.agency])
        if fold_agency(a.agency) in full:
            a = dataclasses.replace(a, agency=full[fold_agency(a.agency)])
        if fold_agency(a.agency) in placed:
            a = dataclasses.replace(a, agency=placed[fold_agency(a.agency)])
        if a.agency in commune:
            a = dataclasses.replace(a, agency=commune[a.agency])
        if a.agency in plurals:
            a = dataclasses.replace(a, agency=plurals[a.agency])
        if a.agency in villages:
            a = dataclasses.replace(a, agency=villages[a.agency])
        if a.agency in departments:
            a = dataclasses.replace(a, agency=departments[a.agency])
        if (a.agency, a.role) in own:
            a = dataclasses.replace(a, agency=own[a.agency, a.role])
        if (name := names.communes(a.agency, a.start)) != a.agency:
            a = dataclasses.replace(a, agency=name)
        key = (_level_key(fold_agency(a.agency)), a.role)
        if key in seen or _departments_named_before(a, seen):
            continue
        seen[key] = a
        out.append(a)
    return out


def _local_bodies_placed(found: list[Assignment]) -> dict[str, str]:
    """A people's council or committee named bare or "cùng cấp" ("Ủy ban nhân dân", "Thường trực
    Hội đồng nhân dân", "Ủy ban nhân dân cùng cấp") in a document that names it with one place only
    ("Ủy ban nhân dân xã") → that name: the same body, its place said once ("Ủy ban MTTQ Việt Nam xã
    phối hợp với Hội đồng nhân dân, Ủy ban nhân dân, …" after "… phối hợp chặt chẽ với Thường trực
    Hội đồng nhân dân, Ủy ban nhân dân xã", Lương Minh HD 2025)."""
    out: dict[str, str] = {}
    for name in {a.agency for a in found if _UNPLACED_LOCAL_BODY.fullmatch(a.agency)}:
        body = _UNPLACED_LOCAL_BODY.fullmatch(name).group("body")
        placed = {a.agency for a in found if a.agency.startswith(body + " ")
                  and not _UNPLACED_LOCAL_BODY.fullmatch(a.agency)}
        if len(placed) == 1:
            out[name] = placed.pop()
    return out


# A commune named in the issuer's header ("ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC"):
# the unit word of a commune, not of a town ("thị xã") nor a cooperative ("hợp tác xã").
_COMMUNE_KIND = "(?:" + "|".join(rx.COMMUNE_KINDS) + ")"  # a commune's unit word, any of its kinds
_COMMUNE_IN_HEADER = regex.compile(
    r"(?<![\p{L}])(?<!thị\s)(?<!hợp\stác\s)" + _COMMUNE_KIND + r"(?![\p{L}])", regex.V0)


def _issued_by_a_commune(st: Structure) -> bool:
    """Whether the document's issuer, as its header names it, is a commune's body (or may be: a
    text without a header, an item quoted alone, says nothing against it)."""
    header = " ".join(" ".join(st.line(i).text.split()) for i in st.header_lines).lower()
    return not header or _COMMUNE_IN_HEADER.search(header) is not None


def _bodies_placed_by_their_unit(found: list[Assignment]) -> dict[str, str]:
    """Any body named bare ("Ủy ban bầu cử", "Ban Công tác Mặt trận") in a document that names it
    longer only once, with the unit it belongs to ("Ủy ban bầu cử xã", "Ban Công tác Mặt trận
    thôn") → that name: the same body, its unit said once, as _local_bodies_placed reads the
    people's council and committee (Lương Minh HD 2025 II.6.1 "phối hợp với Ủy ban bầu cử, Ban bầu
    cử …" after "… thành lập Ủy ban bầu cử xã", tune12 C055; Lương Minh HD 2025 "Ban Công tác Mặt
    trận phối hợp với Trưởng thôn …" after "Ban Công tác Mặt trận thôn tổ chức hội nghị …", tune3
    C068).  Not a level ("cấp xã") nor a list ("các xã"): those may name other bodies."""
    names = {a.agency for a in found}
    out: dict[str, str] = {}
    for name in names:
        if len(name.split()) < 3 or _BODY_UNIT_END.search(name):
            continue
        longer = [n for n in names if n.startswith(name + " ")]
        if len(longer) == 1 and _BODY_UNIT_END.fullmatch(longer[0], len(name)):
            out[name] = longer[0]
    return out


# The unit a body of a commune or a village belongs to, closing its name: " xã", " thôn".
_BODY_UNIT_END = regex.compile(" (?:" + "|".join(regex.escape(u) for u in (*rx.COMMUNE_KINDS, *vocab.village_units())) + ")$")


def _named_with_their_place(found: list[Assignment]) -> dict[str, str]:
    """A body named without its province (merge key) → the one name the document gives it with the
    province's name: "Sở Y tế" and "BHXH Thành phố" in a letter whose items name "2. Sở Y tế Hà
    Nội", "1. Bảo hiểm xã hội thành phố Hà Nội" (Hà Nội CV 6357/2025, tune13 N10): the same body,
    the place said once."""
    by_key: dict[str, set[str]] = {}
    for name in {a.agency for a in found}:
        if not name[name.rfind(" ") + 1:][:1].isupper():
            continue  # (a province's name ends it, in capitals)
        folded = vocab.fold(name)
        words = folded.split()
        for n in range(1, min(4, len(words) - 1)):
            place = " ".join(words[-n:])
            if place not in vocab.province_index():
                continue
            base = " ".join(fold_agency(name).split()[:-n])
            if len(base.split()) < 2:
                break
            # (as printed before the place, its unit word and all: "Báo và Phát thanh, truyền hình
            # tỉnh" is not "… Quảng Ninh", tune C023 keeps both)
            by_key.setdefault(base, set()).add(name)
            break
    keys = {fold_agency(a.agency) for a in found}
    return {short: longs.pop() for short, longs in by_key.items() if len(longs) == 1 and short in keys}


# A body of one commune named with the commune's name ("Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương
# Minh"), and the same body named by the commune's kind only ("… xã", no "cấp", no "các").
_COMMUNE_KIND_END = regex.compile(rf"(?<= ){_COMMUNE_KIND}$")
_COOPERATIVE_END = regex.compile(r"(?i)hợp tác xã$")
_COMMUNE_NAME_END = regex.compile(rf"(?<= {_COMMUNE_KIND}) \p{{Lu}}\S*(?: \p{{Lu}}\S*){{0,3}}$")


def _named_with_their_commune(found: list[Assignment]) -> dict[str, str]:
    """A commune's body named by the commune's kind only ("Ban Thường trực UBMTTQ xã") → the one
    name the document gives it with the commune's name ("Ban Thường trực Ủy ban MTTQ Việt Nam xã
    Lương Minh"): the same body, its commune named once (Lương Minh KH 2026, tune7 C058; Lương Minh
    KH 2025, tune4 14).  Compared as the merge key compares the Front ("Việt Nam" or not); not when
    the document names two communes' bodies so."""
    def key(name: str) -> str:
        return _front_key(fold_agency(name))
    named: dict[str, set[str]] = {}
    for name in {a.agency for a in found}:
        m = _COMMUNE_NAME_END.search(name)
        # (a cooperative's "Hợp tác xã" names no commune: "Liên minh Hợp tác xã Tỉnh", tune4 03)
        if m and len(name[:m.start()].split()) >= 3 and not _COOPERATIVE_END.search(name, 0, m.start()):
            named.setdefault(key(name[:m.start()]), set()).add(name)
    if not named:
        return {}
    out: dict[str, str] = {}
    for name in {a.agency for a in found}:
        if _COMMUNE_KIND_END.search(name) and not _COOPERATIVE_END.search(name) \
                and len(longs := named.get(key(name), ())) == 1:
            out[name] = next(iter(longs))
    return out


def _plurals_named_in_full(found: list[Assignment]) -> dict[str, str]:
    """A plural body that the document names in full elsewhere and again cut at its first comma →
    the full name: "Đề nghị Ủy ban nhân dân các tỉnh chỉ đạo …" after "Kính gửi: Ủy ban nhân dân
    các tỉnh, thành phố trực thuộc Trung ương" and its item "2. Ủy ban nhân dân các tỉnh, thành
    phố trực thuộc Trung ương chỉ đạo …" (Bộ LĐTBXH CV 1040/2012): the same addressees."""
    names = {a.agency for a in found}
    out: dict[str, str] = {}
    for name in names:
        if " các " not in name:
            continue
        if "," not in name:
            fuller = sorted(n for n in names if n.startswith(name + ",") and len(n) > len(name) + 2)
        elif _BARE_PROVINCES_END.search(name):
            fuller = sorted(n for n in names if n.startswith(name + " ") and len(n) > len(name) + 2
                            and not _CONCERNED_ONES.match(n, len(name) + 1))
        else:
            continue
        if len(fuller) == 1:
            out[name] = fuller[0]
    return out


def _village_bodies_as_named(found: list[Assignment]) -> dict[str, str]:
    """A village's body (or post) named for all the villages → the name the document gives it for
    one, when it gives one: "Trưởng Ban Công tác Mặt trận các thôn" in the closing request after "Trưởng
    Ban công tác Mặt trận thôn" of the items (Lương Minh HD 2025, gold C068: one entry); the golds
    never keep both forms of one body apart."""
    by_fold = {fold_agency(a.agency): a.agency for a in reversed(found)}
    out: dict[str, str] = {}
    for a in found:
        if " các " in a.agency and (all_of := _ALL_THE_VILLAGES.search(a.agency)):
            # (the item's name with its unit, "… Mặt trận thôn", or without, "… Mặt trận")
            for one in (a.agency[:all_of.start()] + " " + all_of.group("unit"), a.agency[:all_of.start()]):
                if (named := by_fold.get(fold_agency(one), a.agency)) != a.agency:
                    out[a.agency] = named
                    break
    return out


_ALL_THE_VILLAGES = regex.compile(r" các (?P<unit>" + rx.phrase_alternation(vocab.village_units()) + r")$",
                                  regex.IGNORECASE)


# A plural body cut after the provinces' two kinds, with nothing said of which: "Ủy ban nhân dân các
# tỉnh, thành phố" after "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" (Bộ Nội vụ CV
# 11208/2025, tune15 L02), "2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tổ chức theo dõi …" after
# "1. …; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng tổ chức …"
# (Công điện 231/CĐ-TTg 2025, tune15 K01): both golds keep the one longer name only.  Not "các
# phường, xã" beside "… các phường, xã có liên quan" (Đồng Nai KH 2025, tune 10: the gold keeps the
# communes as a whole apart): the provinces only, and no "(có) liên quan" ones.
_BARE_PROVINCES_END = regex.compile(r" các tỉnh, thành phố$")
_CONCERNED_ONES = regex.compile(r"(?:có )?liên quan")


def _departments_as_first_named(found: list[Assignment]) -> dict[str, str]:
    """The departments' collective of a place named another way → the name the document gives
    it first with the most unit words: "Các sở, ngành của Thành phố" and "Các sở, ban, ngành của
    tỉnh" after "Các sở, ban, ngành thuộc Thành phố" / "… thuộc tỉnh" (round-7 rule 5: a short
    form takes the document's own collective name, toward the fuller "sở, ban, ngành")."""
    named: dict[str, list[tuple[int, int, str, frozenset[str]]]] = {}
    for a in found:
        m = rx.DEPARTMENTS_OF_PLACE.match(a.agency)
        if m:
            units = frozenset(u.strip().lower() for u in m.group("units").split(","))
            named.setdefault(fold_agency(m.group("place")), []).append((-len(units), a.start, a.agency, units))
    out: dict[str, str] = {}
    for names in named.values():
        _, _, fullest, units = min(names)
        for _, _, name, mine in names:
            if name != fullest and mine <= units:
                out[name] = fullest
    return out


def _own_departments_one_name(found: list[Assignment], departments: dict[str, str]) -> dict[tuple[str, str], str]:
    """The issuer's own departments named bare and by its level in one role ("Các Sở, ban, ngành",
    "… Thành phố", "… của Thành phố", "… cấp tỉnh") → the name with the most unit words, first
    given: one body, one entry (a plan's closing request restates them, "Ủy ban nhân dân Thành phố
    yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã … nghiêm túc triển khai thực hiện", after
    "Các Sở, ban, ngành của Thành phố" given work: Hà Nội KH 310/2025, tune2 C005; "Cơ quan thực
    hiện: Các Sở, ban, ngành Thành phố" after "… Các Sở, ban, ngành": Hà Nội KH 308/2025, tune4 04.
    No tuned-on gold names them two ways in one role.)  Read after ``departments``, the names
    _departments_as_first_named gives them."""
    named: dict[str, list[tuple[int, int, str, frozenset[str]]]] = {}
    for a in found:
        agency = departments.get(a.agency, a.agency)
        m = rx.OWN_DEPARTMENTS.match(agency)
        if m:
            units = frozenset(u.strip().lower() for u in m.group("units").split(","))
            named.setdefault(a.role, []).append((-len(units), a.start, agency, units))
    out: dict[tuple[str, str], str] = {}
    for role, names in named.items():
        _, _, fullest, units = min(names)
        for _, _, name, mine in names:
            if name != fullest and mine <= units:
                out[name, role] = fullest
    return out


# The communes of a province named by their kinds or by their level are the same bodies:
# "Ủy ban nhân dân các xã, phường, đặc khu" and "Ủy ban nhân dân cấp xã" (folded, "các" dropped).
_COMMUNES_BY_KIND = regex.compile(rf"(?<= ){_COMMUNE_KIND}(?: (?:và )?{_COMMUNE_KIND})+$")


# "Ủy ban nhân dân cấp xã" in a document that names its communes ("Ủy ban nhân dân các xã, phường,
# đặc khu Cồn Cỏ") is that collective, in every role (round-5 rule 5; tune5 gold, Quảng Trị CT 06/2025).
_AT_COMMUNE_LEVEL = regex.compile(r"^(?P<body>\S.*?) cấp xã$")
# The tail is one place's name (the special zone "Cồn Cỏ"), not several: "Ủy ban nhân dân các xã,
# phường Tịnh Khê, Nghĩa Lộ" (or "… Tịnh Khê và Nghĩa Lộ") names some communes, not the collective
# "… cấp xã" stands for.
_COMMUNES_LISTED = regex.compile(
    rf"^(?P<body>\S.*?) (?:các )?{_COMMUNE_KIND}(?:,? (?:và )?{_COMMUNE_KIND})+(?: \p{{Lu}}(?:(?! và )[^,;])*)?$")


class DocumentNames:
    """The names one document gives its bodies, as the merged assignments write them, for any
    mention of the document (an assignment's or a deadline's: the contract writes a deadline's
    agency as in assignments): the Front as its committee where the document names the committee
    at that level (``front``), the communes' committees named by their level ("UBND
    cấp xã") as the document lists them ("UBND các xã, phường", _communes_named)."""

    def __init__(self, found: list[Assignment], st: Structure | None = None):
        self._committees = _front_committees(found)
        self._communes = _communes_named(found)
        self._headed_at_level = _heading_names_at_commune_level(st, found) if self._communes else frozenset()

    def front(self, name: str) -> str:
        """The Front named as a body at a level ("Mặt trận Tổ quốc Việt Nam tỉnh") in a document that
        names its committee there too ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh") → the committee's name:
        one body, which acts through its committee (Ninh Bình KH 196/2024, calibration C046: "13. Đề nghị
        Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh …" and "… Mặt trận Tổ quốc Việt Nam tỉnh …").  Where the
        document names only the Front, the Front is written as printed (Bắc Ninh KH 144/2025 "16. Mặt
        trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội", tune4 06; Đắk Lắk KH 124/2025 "Đề nghị …
        Mặt trận Tổ quốc Việt Nam tỉnh …", tune14 R03: the gold writes the Front as printed)."""
        if self._committees and rx.FRONT_WITHOUT_COMMITTEE.match(name):
            return self._committees.get(_level_key(fold_agency("Ủy ban " + name)), name)
        return name

    def communes(self, name: str, at: int) -> str:
        """A body "… cấp xã" mentioned at ``at`` → the communes' listed name: where the document
        gave the listed name before, or does not head an item with the level's name."""
        if self._communes and (level := _AT_COMMUNE_LEVEL.match(name)) and level.group("body") in self._communes:
            listed, first = self._communes[level.group("body")]
            if first < at or level.group("body") not in self._headed_at_level:
                return listed
        return name

    def __call__(self, name: str, at: int) -> str:
        return self.communes(self.front(name), at)


def _front_committees(found: list[Assignment]) -> dict[str, str]:
    """The Front's committees the document names, by their level's merge key (the first name)."""
    committees: dict[str, str] = {}
    for a in found:
        if a.agency[:6] == "Ủy ban" and "Mặt trận" in a.agency:
            committees.setdefault(_level_key(fold_agency(a.agency)), a.agency)
    return committees


def _heading_names_at_commune_level(st: Structure | None, found: list[Assignment]) -> frozenset[str]:
    """The bodies whose "… cấp xã" name heads an item of the document's own ("1.2. Ủy ban nhân dân
    cấp xã", Lâm Đồng KH 2026 on drug prevention, tune3 C060; or labels it before its work on the
    heading's line, "2. Ủy ban nhân dân cấp xã: Căn cứ Kế hoạch này, …"): that is the name the document gives
    the collective, kept even where a later paragraph lists the communes ("Các sở, ban, ngành, đoàn
    thể và Ủy ban nhân dân các xã, phường, đặc khu căn cứ …"; the reconciled gold keeps "cấp xã").
    Where the short form stands only in sentences, labels and partner lists, the communes' listed
    name is the body's wherever it comes (Bắc Ninh KH 141/2025 "UBND cấp xã" in its labelled lines,
    "5. UBND các xã, phường" its item, tune4 05; Hải Phòng QĐ 223/2025 Điều 7.5 and 12.4, tune15 Y04:
    the gold writes the listed name in both roles)."""
    if st is None:
        return frozenset()
    out = set()
    for a in found:
        level = _AT_COMMUNE_LEVEL.match(a.agency)
        if level is None:
            continue
        i = st.line_at(a.start)
        h = st.section_of(i)
        # (the item's name alone, or its label before the work: "2. Ủy ban nhân dân cấp xã: Căn cứ …")
        if h is not None and h.line == i and (_names_its_body_alone(h.title) or _labels_its_body(h.title)):
            out.add(level.group("body"))
    return frozenset(out)


def _communes_named(found: list[Assignment]) -> dict[str, tuple[str, int]]:
    """The body → the one name the document gives its communes' collective of it, and where it
    first gives it (a short form stands for a name given before it)."""
    names: dict[str, dict[str, int]] = {}
    listed: dict[str, regex.Match | None] = {}  # (each name read once: most mentions repeat one)
    for a in found:
        if a.agency not in listed:
            listed[a.agency] = _COMMUNES_LISTED.match(a.agency)
        m = listed[a.agency]
        if m:
            first = names.setdefault(m.group("body"), {})
            first[a.agency] = min(first.get(a.agency, a.start), a.start)
    return {body: next(iter(n.items())) for body, n in names.items() if len(n) == 1}


# A body of the province named with or without "cấp" ("Ban Chỉ huy Phòng thủ dân sự cấp tỉnh" /
# "… tỉnh"), generic partners with or without "có" ("Cơ quan có liên quan" / "Cơ quan liên quan"):
# one body, one entry (Nghệ An KH 980/2025 names both ways in one table).
_PROVINCE_LEVEL_END = regex.compile(r" cấp (tỉnh|thành phố)$")
_THE_COMMUNE_END = regex.compile(r"(?<! cấp| các) xã$")
_RELATED_WITH_CO = regex.compile(r" có liên quan$")
# The Front is Viet Nam's whether or not its name says so: "Ủy ban MTTQ xã" and "Ủy ban MTTQ Việt
# Nam xã" in one document are one body (a Front document writes both, often in one paragraph:
# Lương Minh HD 2025, KH 2026), merged under the first mention's name.
_FRONT_OF_VIETNAM = regex.compile(r"(?<=mặt trận tổ quốc) việt nam(?= |$)")


@memo_short_text  # (asked of every mention: the same few names again and again)
def _level_key(folded: str) -> str:
    """The merge key with the communes named by their level ("… cấp xã")."""
    key = _COMMUNES_BY_KIND.sub("cấp xã", folded)
    # a body of "the commune" is the body at commune level: "Ban Thường trực Ủy ban MTTQ Việt Nam xã" and
    # "… cấp xã" in one document (Lương Minh HD 2025) are one
    key = _THE_COMMUNE_END.sub(" cấp xã", key)
    key = _front_key(_PROVINCE_LEVEL_END.sub(r" \1", key))
    return _RELATED_WITH_CO.sub(" liên quan", key)


def _front_key(folded: str) -> str:
    """The Front named with or without "Việt Nam" as one ("Ủy ban MTTQ Việt Nam xã" = "Ủy ban MTTQ xã")."""
    return _FRONT_OF_VIETNAM.sub("", folded) if "mặt trận" in folded else folded


def _departments_named_before(a: Assignment, seen: dict[tuple[str, str], Assignment]) -> bool:
    """A collective of department words ("các sở, ngành") after a fuller one of the same role
    ("các Sở, ban, ngành của tỉnh"): the same bodies, written shorter."""
    if not rx.DEPARTMENTS_COLLECTIVE.match(a.agency):
        return False
    words = set(fold_agency(a.agency).split())
    return any(role == a.role and other.agency[:4].lower() == "các " and words < set(key.split())
               and _may_name_the_same_departments(a.agency, other.agency)
               for (key, role), other in seen.items())


def _may_name_the_same_departments(short: str, longer: str, concerned_too: bool = False) -> bool:
    """Whether a departments' collective ``short`` may be ``longer`` written shorter ("các sở,
    ngành" for "các Sở, ban, ngành của tỉnh"): not when ``longer`` lists another kind of body beside
    them ("Các Sở, ban, ngành" after "Các sở, ban, ngành, địa phương", Đắk Lắk CT 10/2025, tune C036),
    nor when it is only the concerned ones ("Các sở, ngành" after "các sở, ngành liên quan": all of
    them, not those concerned; Kon Tum QĐ 435/2020, tune U01, as C001's gold keeps both)."""
    kinds = _kinds_beside_departments(short)
    return _kinds_beside_departments(longer) <= kinds \
        and (concerned_too or not (rx.CONCERNED_END.search(longer) and not rx.CONCERNED_END.search(short)))


def _kinds_beside_departments(name: str) -> frozenset[str]:
    return frozenset(" ".join(m.group("kind").lower().split()) for m in rx.KIND_BESIDE_DEPARTMENTS.finditer(name))


_MINISTRIES_COLLECTIVE = regex.compile(r"^các\s+bộ(?:\s*,\s*(?:bộ|ngành|cơ\s+quan\s+ngang\s+bộ))*\s*$", regex.IGNORECASE | regex.V0)


def full_names(found: list[Assignment]) -> dict[str, str]:
    """A short mention → the one longer name the document gives it: "Nhà đầu tư" after "Nhà
    đầu tư của 02 dự án …", "Ban Thường trực" after "Ban Thường trực Ủy ban Mặt trận Tổ quốc
    Việt Nam tỉnh".  Only a mention of two or three words that is no known agency name of
    its own, and only when one longer name begins with it.  Keys are merge keys (``fold_agency``)."""
    names = {fold_agency(a.agency): a.agency for a in found}
    first_at: dict[str, int] = {}
    for a in found:
        key = fold_agency(a.agency)
        first_at[key] = min(first_at.get(key, a.start), a.start)
    in_order = sorted(names)  # the names that begin with a mention follow it here, in a run
    out: dict[str, str] = {}
    for short in names:
        words = short.split()
        # (the heads of the departments, "Thủ trưởng các sở, ban, ngành", are a short mention too)
        heads = len(words) <= 5 and rx.HEADS_OF_DEPARTMENTS.match(names[short]) is not None \
            and rx.DEPARTMENTS_COLLECTIVE.match(names[short][names[short].lower().find("các "):]) is not None
        # (four words when the longer name only says whose: "Các tổ chức thành viên" for "… của Mặt
        # trận", Lương Minh HD 2025 — see _OWNER_OR_PLACE below)
        four = len(words) == 4 and not heads
        if not (2 <= len(words) <= 4 or heads) or vocab.fold(names[short]) in _known_folded():
            continue

        # a collective ("Các Phó Chủ tịch") is never one of its members ("Phó Chủ tịch Thường trực")
        plural = names[short][:4].lower() == "các "
        prefix = short + " "
        longer = set()
        k = bisect.bisect_left(in_order, prefix)
        while k < len(in_order) and in_order[k].startswith(prefix):
            if not plural or names[in_order[k]][:4].lower() == "các ":
                longer.add(in_order[k])
            k += 1
        if four:
            longer = {n for n in longer if _OWNER_OR_PLACE.match(n, len(prefix))}
        if len(longer) > 1 and not plural and not heads:
            # several: the one the document names in full first, which the short mention goes on
            # naming ("Nhà đầu tư" after "Nhà đầu tư của 02 dự án đường bộ cao tốc Tân Phú - Bảo Lộc
            # và Bảo Lộc - Liên Khương", not one project's "Nhà đầu tư Dự án cao tốc Tân Phú - Bảo Lộc"
            # a point names later; Lâm Đồng TB 2026, tune C062)
            longer = {min(longer, key=lambda n: first_at[n])}
        if len(longer) == 1:
            long = longer.pop()
            # the departments as a whole collective ("Các Sở, ban, ngành") are the longer name
            # ("… của tỉnh") only when that name came first; a later "Các Sở, ban, ngành Thành
            # phố" is another mention, not the one it stands for
            if (heads or rx.DEPARTMENTS_COLLECTIVE.match(names[short])) and first_at[long] > first_at[short]:
                continue
            # (a "liên quan" one is kept: "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố liên
            # quan" shares its "liên quan", Ninh Bình QĐ 807/2024, tune C047 gold)
            if rx.DEPARTMENTS_COLLECTIVE.match(names[short]) and not _may_name_the_same_departments(names[short], names[long], True):
                continue
            # (the ministries' unit words as much: "Các bộ, ngành" is not "Các bộ, ngành, địa phương",
            # which names the localities beside them; Ban Chỉ đạo Nhà nước về Du lịch QĐ 170/2025 Điều 14,
            # tune11 C026 gold keeps both)
            if _MINISTRIES_COLLECTIVE.match(names[short]) and not _may_name_the_same_departments(names[short], names[long], True):
                continue
            out[short] = names[long]
    return out


# What a longer name adds to a four-word mention that is the same body: its owner ("của …"; not a
# place or level, which may name another body: "Lực lượng Công an" / "… cấp xã", Quảng Ninh QĐ 96/2025).
_OWNER_OR_PLACE = regex.compile(r"của ")


@functools.lru_cache(maxsize=None)
def _known_folded() -> frozenset[str]:
    return frozenset(vocab.fold(n) for n in vocab.agency_names())


# The part a heading stands in, asked of every heading and partner phrase: a document has few
# part titles.
@memo_short_text
def _task_part_title(title: str) -> bool:
    return bool(rx.TASK_SECTION_TITLE.search(title))


@memo_short_text
def _scope_title(title: str) -> bool:
    return bool(rx.SCOPE_ARTICLE.match(title))


def _in_task_section(st: Structure, h) -> bool:
    """Under a "Tổ chức thực hiện"/"Nhiệm vụ" part — or, in a document without parts (a
    Chỉ thị, a short plan), an item that names an agency."""
    if h is None:
        return False
    # (asked of each heading by three readers: the answer is kept on the structure, by the
    # heading's identity — the heading itself kept beside it, so that a reused id never answers)
    memo = _in_task_answers(st)
    kept = memo.get(id(h))
    if kept is None or kept[0] is not h:
        kept = memo[id(h)] = (h, _in_task_section_read(st, h))
    return kept[1]


@per_document
def _in_task_answers(st: Structure) -> dict:
    """_in_task_section's answers for the document's headings (filled in by it)."""
    return {}


def _in_task_section_read(st: Structure, h) -> bool:
    if h.path.startswith("Điều") and _scope_title(h.top_title or ""):
        return False
    if h.level >= 2 and _in_roster(st, h):
        return False
    if _in_event_programme(st, h):
        return False
    if _task_part_title(h.top_title or ""):
        return True
    if h.level == 1:
        # "Điều 7. Sở Thông tin và Truyền thông", "Điều 2. Giao Sở Công Thương chủ trì …"
        return h.path.startswith("Điều") and starts_with_agency(_strip_directive(h.title))
    if h.top_title:
        if not h.path.startswith("Điều"):
            return _part_item_names_its_body(st, h)
        # an article's item that names a body is given that body's share of the article's work,
        # whatever the article is called ("Điều 8. Tổng hợp, phân tích, dự báo giá thị trường /
        # 1. Phân công nhiệm vụ …: / b) Thống kê tỉnh Bắc Ninh: / Phối hợp cung cấp …", Bắc Ninh
        # QĐ 84/2025): "Assignments anywhere" (Clarifications)
        if not (h.path.startswith("Điều") and h.level >= 2) or rx.PRINCIPLES_ARTICLE.match(h.top_title):
            return False
        if _names_its_body_alone(h.title) or _labels_its_body(h.title):
            return True
        if _directs_a_body(h.top_title):
            # "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo / 1. Tổ chức chỉ đạo … / 2. Chủ trì, phối
            # hợp với Chủ tịch Ủy ban nhân dân huyện, thành phố; …" (Tuyên Quang QĐ 986/QĐ-UBND 2024):
            # the items are the work of the body the article directs (its level-1 heading is read so
            # below), the partners they name count
            return True
        # "Điều 10. Quản lý, vận hành hệ thống … / 1. Văn phòng Ủy ban nhân dân tỉnh. / b) Chủ trì,
        # phối hợp với Sở Nội vụ …": a lettered item under an item that names the body alone
        parent = _parent_heading(st, h) if h.level >= 3 else None
        return parent is not None and parent.level >= 2 and _names_its_body_alone(parent.title)
    if starts_with_agency(_strip_directive(h.title)):
        return True
    # "4. Sở Nông nghiệp và Môi trường / a) Chủ trì, phối hợp …": an item under an agency's item
    parent = _parent_heading(st, h)
    return parent is not None and starts_with_agency(_strip_directive(parent.title))


def _in_roster(st: Structure, h) -> bool:
    """An item of a list under an attached roster's title ("PHỤ LỤC / DANH SÁCH CÁC ĐƠN VỊ THỰC
    HIỆN DỊCH VỤ, THU GOM, … / 1. Công ty TNHH MTV Môi trường Đô thị Hà Nội / 2. …", Hà Nội CV
    6356/2025, tune13 N09): names listed, no work given (the letter gives it where it names the
    list), up to the next part or article."""
    starts = _roster_starts(st)
    if not starts:
        return False
    k = bisect.bisect_left(starts, h.line) - 1
    if k < 0:
        return False
    start = starts[k]
    return not any(g.level == 1 and start < g.line < h.line for g in st.headings)


def _in_event_programme(st: Structure, h) -> bool:
    """An item of an event's running order attached after the signature ("CHƯƠNG TRÌNH / Phát động
    Cuộc thi … / 5. Ban chỉ đạo Chuyển đổi số tỉnh bấm nút khởi động bắt đầu Cuộc thi.", Sơn La KH
    07-KH/BTC 2023, real scan P02): a ceremony's steps and who performs them, no work given — up to
    the next attached title only ("PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ" after it gives work again)."""
    span = _event_programme_span(st)
    return span is not None and span[0] < h.line < span[1]


@per_document
def _event_programme_span(st: Structure) -> tuple[int, int] | None:
    """The line of an attached event programme's title ("CHƯƠNG TRÌNH" alone, the event's name under
    it opening with a word of models/event_programme_titles.txt), after the signature, and the line
    of the next attached title in capitals (or the end); None if none."""
    block = _signature_and_recipients(st)
    if not block:
        return None
    for i in range(min(block) + 1, len(st.lines) - 1):
        # (the title's line may end a line the OCR joined to the signer's name: "Đinh Thị Bích
        # ThảoCHƯƠNG TRÌNH", the scan of P02; a blank line may stand before the event's name)
        if st.lines[i].text.rstrip(" *").endswith("CHƯƠNG TRÌNH"):
            k = i + 1
            while k < len(st.lines) - 1 and not st.lines[k].text.strip():
                k += 1
            if _EVENT_TITLE.match(st.lines[k].text.lstrip(" *")):
                end = next((j for j in range(k + 1, len(st.lines)) if _ATTACHED_TITLE.match(st.lines[j].text.strip(" *_"))),
                           len(st.lines))
                return i, end
    return None


# The title line of a further attachment, in capitals, not an item ("PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ";
# not "I. KHAI MẠC", "1. …").
_ATTACHED_TITLE = regex.compile(r"(?![IVXLC]+\s*[.):])\p{Lu}[\p{Lu}\s,\-–]{3,}(?:\s+[\dIVX]+)?$", regex.V0)


_EVENT_TITLE = regex.compile(r"(?:" + rx.phrase_alternation(vocab.event_programme_titles()) + r")(?![\p{L}])", regex.V0)


@per_document
def _roster_starts(st: Structure) -> list[int]:
    """The lines that open a roster's title ("DANH SÁCH …"), in order."""
    # (not a list of tasks: "DANH SÁCH NHIỆM VỤ GIAO CÁC SỞ, NGÀNH", its title over two lines)
    return [i for i, ln in enumerate(st.lines) if ln.text[:12].lstrip("* ").startswith("DANH SÁCH")
            and not rx.TASK_ROSTER_TITLE.search(" ".join(x.text for x in st.lines[i:i + 2]))]


def _part_item_names_its_body(st: Structure, h) -> bool:
    """An item of a part not titled as the plan's tasks that is a body's name (or names) alone,
    its work on the lines under it, or a lettered item under such an item: "II. NỘI DUNG THỰC
    HIỆN / 1. Sở Y tế / a) Chủ trì, phối hợp với …", "4. Sở Văn hóa, Thể thao và Du lịch; Báo
    và Phát thanh, Truyền hình Cần Thơ" (Cần Thơ KH 165/2025, tune13 N02): the body's share of
    the work, whatever the part is called ("Assignments anywhere", Clarifications) — not in a
    part that tells what was done or why (regexes.BACKGROUND_PART_TITLE)."""
    if h.level < 2 or _background_part_title(h.top_title):
        return False
    if _names_bodies_alone(h.title):
        return True
    parent = _parent_heading(st, h) if h.level >= 3 else None
    return parent is not None and parent.level >= 2 and _names_bodies_alone(parent.title)


@memo_short_text
def _background_part_title(title: str) -> bool:
    return bool(rx.BACKGROUND_PART_TITLE.search(title))


@memo_short_text
def _names_bodies_alone(title: str) -> bool:
    """A title that is bodies' names only, parted by ";" ("Sở Văn hóa, Thể thao và Du lịch; Báo
    và Phát thanh, Truyền hình Cần Thơ"), or a collective of departments ("Sở, ban, ngành liên
    quan", "Các sở, ngành")."""
    title = _strip_directive(title).rstrip(" :.*").strip()
    if rx.DEPARTMENTS_GROUP_TITLE.match(title):
        return True
    return all(_names_its_body_alone(part) for part in title.split(";"))


@memo_short_text  # (asked again of the same titles)
def _names_its_body_alone(title: str) -> bool:
    """An article's item that is a body's name alone (its work on the lines under it), not a
    sentence about the body: "1. Văn phòng Ủy ban nhân dân tỉnh.", "b) Thống kê tỉnh Bắc Ninh:"."""
    title = _strip_directive(title).rstrip(" :*").strip()
    return starts_with_agency(title, strong_only=True) and agency_extent(title) >= len(title) - 1


@memo_short_text
def _labels_its_body(title: str) -> bool:
    """An article's item that labels a body and then states its work after a colon, whatever
    the article is called: "Điều 7. Đối với các cơ quan nhà nước / 1. Ủy ban nhân dân xã,
    phường, thị trấn: Khi nhận được hồ sơ …, có trách nhiệm:", "4. Cơ quan Thuế: Đối với các
    trường hợp …, trình UBND tỉnh …" (Gia Lai QĐ 31/2011/QĐ-UBND, its Quy định): the label is
    the body's name alone (as in _names_its_body_alone), the work follows it."""
    colon = title.find(":")
    return 0 < colon <= _LABEL_READ and bool(title[colon + 1:].strip()) and _names_its_body_alone(title[:colon])


_LABEL_READ = 120  # a body's label before its colon is short


@memo_short_text
def _directs_a_body(title: str) -> bool:
    """An article's title that gives a named body work: "Giao Giám đốc Sở Giáo dục và Đào tạo",
    "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ" (a directive, then the body)."""
    return _directive_end(title) > 0 and starts_with_agency(_strip_directive(title))


def _parent_heading(st: Structure, h):
    """The heading one level up from ``h`` (by its path), or None."""
    if "." not in h.path:
        return None
    parent_path = h.path.rsplit(".", 1)[0]
    k = st.line_section[h.line]  # the heading's own index
    for g in reversed(st.headings[:k]):
        if g.path == parent_path:
            return g
        if g.level < h.level and g.path != parent_path:
            return None
    return None


@memo_short_text  # (asked again of the same titles and lines)
def _strip_directive(text: str) -> str:
    """"Giao Sở Tư pháp theo dõi …" → "Sở Tư pháp theo dõi …"; "UBND tỉnh đề nghị các sở
    …" → "các sở …"; "Trách nhiệm của Sở Nội vụ" → "Sở Nội vụ"; "Quy trình giới thiệu: Các
    cơ quan … tổ chức hội nghị" → "Các cơ quan … tổ chức hội nghị"."""
    end = _directive_end(text) or _responsibility_end(text) or _label_end(text)
    return text[end:]


def _label_end(text: str) -> int:
    """Where a short label ends before a sentence whose subject is an agency (0 if none): not
    an agency's own label ("Sở Y tế: Chủ trì …"), nor a list of members ("Thành phần: Ban …")."""
    m = rx.ITEM_LABEL.match(text)
    if not m or starts_with_agency(text) or rx.MEMBERSHIP.match(text) or not starts_with_agency(text[m.end():]):
        return 0
    return m.end() if rx.ACTION_ANYWHERE.search(text, m.end(), m.end() + 160) else 0


def _directive_end(text: str) -> int:
    # (asked of every title and of many lines, few of them a directive: the patterns are tried only
    # on a text that opens with one of their first letters, ISSUER_DIRECTIVE only on one that holds
    # its request's word; the cost: docs/speed.md, the speed25 pass)
    first = text[:1]
    m = (first in rx.DIRECTIVE_FIRST_LETTERS and rx.DIRECTIVE.match(text)) \
        or (first in rx.ISSUER_DIRECTIVE_FIRST_LETTERS and rx.holds_issuer_request(text) and rx.ISSUER_DIRECTIVE.match(text))
    return m.end() if m else 0


def _responsibility_end(text: str) -> int:
    if text[:1] not in rx.RESPONSIBILITY_FIRST_LETTERS:
        return 0  # (the three titles open with "trách nhiệm", "nhiệm vụ" or "nội dung", in any case)
    m = rx.RESPONSIBILITY_TITLE.match(text) or rx.DUTIES_OF_CLASS_TITLE.match(text) or rx.LEAD_OF_CONTENT_TITLE.match(text)
    return m.end() if m else 0


def _is_execution_clause(st: Structure, h) -> bool:
    """A decision's article that only says who executes it (not an assignment) — not a
    lead's task that ends in it ("Sở Tài chính chủ trì, phối hợp với … tổ chức triển khai
    thực hiện Quyết định này")."""
    body = _section_body(st, h.line)[0]
    if _executes_only(h.title) or _executes_only(body[:400]):
        return True
    # the clause's sentence wrapped over the heading's lines, its words on the last ("Điều 3. Chánh
    # Văn phòng Ủy / ban nhân dân tỉnh; Giám đốc Sở Công Thương; … / Ủy ban nhân dân các xã, …; / …
    # chịu trách nhiệm thi hành Quyết định này./.", Quảng Trị QĐ 36/2025): read up to its paragraph's end
    if not h.path.startswith("Điều"):
        return False
    paragraph, j = [h.title], h.line + 1
    while j < len(st.lines) and j <= h.line + _WRAP_LINES and not st.lines[j].blank \
            and st.line_section[j] == st.line_section[h.line] and not _SENTENCE_CLOSED.search(paragraph[-1]):
        paragraph.append(st.lines[j].text)
        j += 1
    return len(paragraph) > 2 and _executes_only(" ".join(paragraph)[:600])


_SENTENCE_CLOSED = regex.compile(r"[.:!?][*/.]*$")  # (not ";": the clause lists its bearers with it)


def _executes_only(text: str) -> bool:
    m = rx.search_execution_clause(text)
    return bool(m) and not rx.LEAD_BEFORE_EXECUTION.search(text, 0, m.start())


def agency_list(text: str, pos: int = 0, keep_generic: bool = True) -> tuple[list[tuple[int, int]], int]:
    """The agencies a sentence names as its subject or addressee, from ``pos``: named
    agencies and collectives ("các sở, ban, ngành của tỉnh") joined by ",", "và", ";".
    Returns their spans and where the list ends; generic partners in the list ("và các
    đơn vị có liên quan") end no list but give no span."""
    spans: list[tuple[int, int]] = []
    end = pos
    while True:
        seg = text[end:end + 300]
        if not seg:
            break
        honorific = rx.HONORIFIC_BEFORE_POST.match(seg) if seg[:1] in "Đđ" else None
        if honorific and starts_with_agency(seg[honorific.end():]):
            # "Đ/c Chủ tịch Ủy ban nhân dân …": the post, without the honorific
            pos = end + honorific.end() if end == pos else pos
            end += honorific.end()
            seg = text[end:end + 300]
        if seg[:4].lower() in ("các ", "các\n"):
            if not starts_with_agency(seg):
                break  # "các văn bản", "các nội dung": no collective of bodies
            ext = _collective_end(seg)
            if not ext:
                break
            # one office of each district, named in the plural: "các Phòng Lao động - Thương binh
            # và Xã hội quận - huyện" (TP HCM QĐ 49/2012), "các Phòng Tài nguyên và Môi trường" —
            # the name's own "và" goes on where a group would end at it
            named = agency_extent(seg[4:]) if seg[4:5].isupper() else 0
            if 4 + named > ext and " và " in seg[ext:4 + named]:
                ext = 4 + named
            # the body the group belongs to goes on across its own "và" too: "các đơn vị của Bộ Nông
            # nghiệp và Môi trường" (Hà Nội CV 6356/2025, tune13 N09), "… thuộc Bộ Văn hóa, Thể thao và
            # Du lịch"
            owner = rx.OWNER_IN_GROUP.search(seg, 0, ext) if seg.startswith(" và ", ext) else None
            if owner and (full := owner.end() + agency_extent(seg[owner.end():])) > ext:
                ext = full
            # the localities named alone are a class of bodies as partners and as a sentence's
            # subject alike ("… ở trong nước. Các địa phương rà soát, đánh giá lại …", BCĐQG 1237 KH
            # 252/2013 C.6, tune9 V02): no bare collective of unit words
            localities = rx.LOCALITIES_AS_PARTNERS.match(seg[:ext])
            bare = rx.BARE_COLLECTIVE.match(seg[:ext]) and not localities
            generic = not localities and (bare or rx.GENERIC_PARTNER.match(seg[:ext]) or rx.GENERIC_TAIL.match(seg[ext:])
                                          or (not keep_generic and rx.KIND_OF_BODY.match(seg)
                                              and not rx.businesses_by_trade().match(seg)))
            if generic and not keep_generic and not bare and rx.DEPARTMENTS_COLLECTIVE.match(seg[:ext]) \
                    and (_named_agency_next(seg, ext) or spans):
                generic = None  # listed with named partners (after or before), the departments are partners too
            # a generic collective counts only as the whole subject ("Các cơ quan quản lý
            # nhà nước, tổ chức, cá nhân liên quan có trách nhiệm …"), not after a name
            if not bare and not (generic and (spans or not keep_generic)):
                spans.append((end, end + ext))
        elif rx.PARTY_AND_GOVERNMENT.match(seg):
            # "Cấp ủy, chính quyền Thành phố …": the committees and the government, one collective
            ext = _collective_end("các " + seg) - 4
            if ext <= 0:
                break
            spans.append((end, end + ext))
        elif ((seg[:1].isupper() or end == pos) and starts_with_agency(seg)) or opens_name_in_sentence(seg):
            ext = agency_extent(seg)
            if not ext:
                break
            ext = max(ext, _post_over_group(seg))
            if ext <= head_end(seg) + 1 and end == pos:
                # a head and a lower-case complement up to its responsibility: "Tổ giúp việc về
                # Cải cách hành chính | có nhiệm vụ …", "Hội đồng thẩm định | có trách nhiệm …"
                duty = rx.RESPONSIBLE_SOON.search(seg, ext, min(len(seg), 100))
                if duty and not rx.CLAUSE_PUNCTUATION.search(seg, ext, duty.start()):
                    ext = duty.start()
            generic = rx.GENERIC_NAMED.match(seg, ext)  # "UBND | địa phương có liên quan"
            # a body named in lower case that "liên quan" qualifies is one of a generic group:
            # "phối hợp với các sở, ban, ngành, đơn vị Thành phố liên quan" (TP HCM QĐ 2853/2025)
            tail = rx.GENERIC_TAIL.match(seg[ext:]) if not generic and seg[:1].islower() else None
            if generic or tail:
                ext = generic.end() if generic else ext + tail.end()
            elif spans and (heads := rx.HEADS_OF_DEPARTMENTS.match(seg)) and text[spans[-1][1]:end].strip() == "," \
                    and ((before := rx.HEADS_OF_DEPARTMENTS.match(text, spans[-1][0]))
                         or (before := rx.DEPARTMENT_HEAD_POST.fullmatch(text, spans[-1][0], spans[-1][1]))) \
                    and not _same_post(heads.group(), before.group()):
                # (their post alone before the next: "Giám đốc, | Thủ trưởng các sở, ban, ngành, Chủ tịch UBND
                # các xã, phường …", the shape of Cần Thơ CT 09/2025's opening request, calibration C035)
                # "Giám đốc các sở, | Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh": the heads of
                # the province's departments, one collective of posts (the same post twice is two
                # posts: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, | Thủ trưởng cơ quan thuộc Chính phủ,
                # Chủ tịch Ủy ban nhân dân tỉnh …", the central government's formula, Ban Chỉ đạo Nhà
                # nước về Du lịch QĐ 170/2025 Điều 19, tune11 C026)
                spans[-1] = (spans[-1][0], end + ext)
            elif _heads_of_no_one(seg[:ext], bool(spans)):
                pass  # "…; Thủ trưởng các cơ quan, đơn vị có liên quan": names no one, as the group would not
            else:
                if rx.FORCE_HEAD.match(seg):
                    # "Lực lượng Kiểm lâm, Công an, Quân đội": the forces share the head (read apart later)
                    while (more := rx.FORCE_AFTER_FORCE.match(seg, ext)):
                        ext = more.end()
                spans.append((end, end + ext))
                aside = rx.NAME_PARENTHESIS.match(seg, ext)
                if aside:
                    if rx.NAME_ALIAS.match(seg[:aside.end()]):
                        spans[-1] = (end, end + aside.end())  # the short form it gives is its name
                    ext = aside.end()  # the verb comes after "(Chi cục Kiểm lâm)"
        else:
            break
        end += ext
        nxt = _NEXT_IN_LIST.match(text, end)
        if not nxt:
            break
        after = text[nxt.end():nxt.end() + 4]
        bare_group = rx.GROUP_WITHOUT_CAC.match(text, nxt.end()) if spans else None
        if not (after[:4].lower() in ("các ", "các\n") or bare_group
                or (after[:1].isupper() and starts_with_agency(text[nxt.end():nxt.end() + 60]))
                or opens_name_in_sentence(text[nxt.end():nxt.end() + 60])):  # "…, chính quyền địa phương"
            break
        end = nxt.end()
        if bare_group:
            # "…, cơ quan ngành dọc đóng trên địa bàn, …": a group named without "các"
            ext = _collective_end("các " + text[end:end + 300]) - 4
            if ext <= 0:
                break
            if rx.HEAD_OF_A_KIND.match(text, spans[-1][0], spans[-1][1]):
                # the head goes on over the next kind of body: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ,
                # cơ quan trực thuộc Chính phủ, Chủ tịch …" is the heads of both (Công điện 230/CĐ-TTg
                # 2025, tune15 K02: the gold keeps "Thủ trưởng cơ quan ngang bộ, cơ quan trực thuộc
                # Chính phủ" whole; the contract: collective groups stay whole)
                spans[-1] = (spans[-1][0], end + ext)
            else:
                spans.append((end, end + ext))
            end += ext
            nxt = _NEXT_IN_LIST.match(text, end)
            if not nxt:
                break
            after = text[nxt.end():nxt.end() + 4]
            if not (after[:4].lower() in ("các ", "các\n") or (after[:1].isupper() and starts_with_agency(text[nxt.end():nxt.end() + 60]))):
                break
            end = nxt.end()
    return spans, end


def _post_over_group(seg: str) -> int:
    """The end of a post and the group of bodies it heads, the group read as a collective is
    ("Thủ trưởng | các cơ quan chuyên môn thuộc UBND tỉnh", "Thủ trưởng | cơ quan chuyên môn thuộc
    UBND tỉnh", the kind without "các", regexes.HEAD_OF_A_KIND): up to the group's verb or the next
    post ("…, | Chủ tịch UBND các xã, phường chủ trì …": the heads of another kind of body, an
    entry of their own, as the calibration gold writes "Thủ trưởng các sở, ban, ngành tỉnh" and
    "Chủ tịch Ủy ban nhân dân các xã, phường", C020 Điều 17.2); 0 when no post opens ``seg``.
    The name reader stops such a group at its first lower-case qualifier ("Thủ trưởng các cơ
    quan | chuyên môn"), and the list, read on from there, lost the subject or ran on over the
    next post."""
    post = rx.POST_OF_A_BODY.match(seg) if seg[:1] in rx.POST_FIRST_LETTERS else None
    if not post:
        return 0
    rest = seg[post.end():]
    if rest[:4].lower() == "các ":
        group = _collective_end(rest)
    elif rx.HEAD_OF_A_KIND.match(seg):
        group = max(0, _collective_end("các " + rest) - 4)
    else:
        return 0
    # the next post after a comma heads bodies of its own kind ("Thủ trưởng cơ quan ngang bộ, | Thủ
    # trưởng cơ quan thuộc Chính phủ, …": two entries, Ban Chỉ đạo Nhà nước về Du lịch QĐ 170/2025
    # Điều 19, tune11 C026)
    another = _POST_AFTER_COMMA.search(rest, 0, group)
    if another:
        group = another.start()
    return post.end() + group if group else 0


def _heads_of_no_one(name: str, after_others: bool) -> bool:
    """Whether ``name`` is a post over a group that names no one after other names, as the group
    alone does there (the collectives above): "…; Thủ trưởng các cơ quan, đơn vị có liên quan"."""
    post = rx.POST_OF_A_BODY.match(name) if after_others and name[:1] in rx.POST_FIRST_LETTERS else None
    if not post:
        return False
    group = name[post.end():]
    if group[:4].lower() != "các ":
        if not rx.HEAD_OF_A_KIND.match(name) and not rx.GROUP_WITHOUT_CAC.match(group):
            return False
        group = "các " + group
    if rx.LOCALITIES_AS_PARTNERS.match(group):
        return False
    # (first in its sentence, the heads of bare units are the addressees' heads: "Đề nghị Thủ trưởng
    # các đơn vị chủ trì, …" after the letter's addressees, Công văn 627/BYT-BH 2021, tune U06)
    return bool(rx.BARE_COLLECTIVE.match(group) or rx.GENERIC_PARTNER.match(group))


_POST_AFTER_COMMA = regex.compile(r"\s*,\s*(?=" + rx.POST_OF_A_BODY.pattern + ")", regex.V0)


def _same_post(one: str, other: str) -> bool:
    return " ".join(one.lower().split()) == " ".join(other.lower().split())


def _named_agency_next(seg: str, end: int) -> bool:
    """Whether the list in ``seg`` goes on after ``end`` with a named agency (", Ủy ban …",
    " và UBND cấp xã")."""
    nxt = _NEXT_IN_LIST.match(seg, end)
    if not nxt or ";" in nxt.group():
        return False
    after = seg[nxt.end():nxt.end() + 60]
    # a name, not one more unit word of the same group ("các Sở, | Ban, ngành liên quan")
    return after[:1].isupper() and starts_with_agency(after, strong_only=True) and agency_extent(after) > head_end(after)


_COMMA_OR_AND = regex.compile(r",\s*|\s+và\s+")
# The longest collective read as one: "các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy
# ban nhân dân Thành phố" (17 words, a city's letter of 2025); longer is a clause run on.
_COLLECTIVE_WORDS_MAX = 20


def _collective_end(seg: str) -> int:
    """Where a collective that opens ``seg`` ends ("các Sở, ban, ngành, đoàn thể, địa
    phương tổ chức …" → before "tổ chức")."""
    limit = len(seg)
    start = max(3, head_end(seg))  # the head itself may be verb-like ("Các tổ chức")
    trade = rx.businesses_by_trade().match(seg)
    if trade:
        start = max(start, trade.end())  # "các Viện nghiên cứu": its trade is no verb
    # a body named in lower case after "," / "và" is a name of its own ("Các chủ rừng | và lực
    # lượng Kiểm lâm có trách nhiệm …") — not the government named with the party committees
    # ("Các cấp ủy, | chính quyền địa phương …": one collective), nor a generic unit at a level
    # ("Các sở, ban, ngành, cơ quan, | đơn vị cấp tỉnh", regexes.UNIT_AT_A_LEVEL)
    party = rx.PARTY_AND_GOVERNMENT.match(seg)
    for m in _COMMA_OR_AND.finditer(seg, party.end() if party else 3):
        if opens_name_in_sentence(seg[m.end():m.end() + 60]) \
                and not (m.group().startswith(",") and rx.KIND_AT_LEVEL.match(seg, m.end())) \
                and not rx.UNIT_AT_A_LEVEL.match(seg, m.end()):
            seg = seg[:m.start()]
            limit = len(seg)
            break
    # only a verb in lower case ends it: capitalized words name the bodies ("các Ban Xây
    # dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy")
    for m in rx.COLLECTIVE_STOP.finditer(seg, trade.end() if trade else 3):
        after = seg[m.end():m.end() + 60]
        # a capitalized word that opens no agency of its own goes on with the group ("các
        # Hội, Đoàn thể cấp tỉnh"): only a strong head starts the next name
        # ("các cơ quan Trung ương trên địa bàn tỉnh, | Chủ tịch Ủy ban nhân dân các phường, xã": a
        # post heading its body is a name of its own, Nghệ An QĐ 99/2025)
        if seg[m.start()] == "," and after[:1].isupper() and not starts_with_agency(after, strong_only=True) \
                and not starts_with_post(after):
            continue
        if seg[m.start()] == "," and rx.UNIT_WORD_OF_GROUP.match(after) and agency_extent(after) <= head_end(after):
            continue  # "các Sở, | Ban, ngành": a unit word of the group, capitalized, names no body
        limit = m.start()
        break
    # the concerned ones' "(có) liên quan" closes the group: what follows is its verb, whatever the
    # verb ("…, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị có liên quan | phản ánh kịp thời về
    # Sở Công Thương …", Quảng Trị QĐ 36/2025 Điều 7.2, tune11 C034), unless what they concern follows
    # ("… có liên quan đến trồng, chăm sóc và bảo vệ cây xanh")
    concerned = rx.CONCERNED_CLOSES_GROUP.search(seg, start, limit)
    if concerned:
        limit = concerned.end()
    for pattern in (rx.ACTION_IN_CELL, rx.RESPONSIBILITY, rx.SUBJECT_ADVERBIAL, rx.DONE_OR_DOING):
        # (an adverbial before the group's verb is none of its name: "Các bộ, ngành | trên cơ sở
        # nhiệm vụ được giao …, hoàn thiện …", as _agency_end reads it)
        m = pattern.search(seg, start, limit)
        while m and pattern is rx.ACTION_IN_CELL and (rx.ORGANISATIONS_IN_A_LIST.match(seg, m.start() - 1)
                                                      or rx.SCOPE_BEFORE_MANAGEMENT.search(seg, 0, m.start())
                                                      or rx.STATE_MANAGEMENT_KIND.match(seg, m.start() + 1)):
            # ", tổ chức": one more member, not the verb; "… thuộc phạm vi | quản lý": the group's scope;
            # "cơ quan tham mưu, | quản lý nhà nước thuộc Bộ": a kind of body
            m = pattern.search(seg, m.end(), limit)
        if m:
            limit = m.start()
    if trade:
        # a kind named by its trade is one kind: a comma or its part in the work ends it ("các
        # Viện nghiên cứu, | phát triển các công nghệ mới", Đồng Nai KH 179/2025; "Các ngân
        # hàng thương mại | tham gia phối hợp với Sở Y tế …", Cần Thơ KH 157/2025)
        comma = rx.TRADE_KIND_END.search(seg, trade.end(), limit)
        if comma:
            limit = comma.start()
    name = seg[:limit].rstrip(" ,")
    if len(name.split()) > _COLLECTIVE_WORDS_MAX or len(name.split()) < 2:
        return 0
    return len(name)


def _section_body(st: Structure, line_index: int) -> tuple[str, int]:
    """Text of the first non-blank line after a heading (the task), and its line index."""
    j = line_index + 1
    while j < len(st.lines) and st.lines[j].blank:
        j += 1
    if j < len(st.lines) and not rx.ARABIC_HEADING.match(st.lines[j].text) and not rx.ROMAN_HEADING.match(st.lines[j].text) \
            and not rx.ARTICLE_HEADING.match(st.lines[j].text):
        return st.lines[j].text, j
    return "", j


@dataclasses.dataclass(slots=True)
class _HeadingTitle:
    """A task heading's title as the task readers read it for its subject (``_heading_title``),
    then the subject read in it (``_heading_title_names``): what ``_from_task_sections`` needs
    back, and what tests/support/name_reader.py reads the table of real names with."""

    heading: str  # the title whole (its number cut), its directive or "Trách nhiệm của" and all
    title: str  # past the directive, "Trách nhiệm của" and an honorific ("Đồng chí …", "Các ông bà …")
    printed: str  # ``title`` as its line prints it: before "Các ông bà" lost its honorific
    honorific: int  # the characters that honorific took inside ``title`` (an offset's shift)
    directed: bool  # a directive opens the heading ("Đề nghị …", "Giao …")
    duties: bool  # "Trách nhiệm của X": X whole, no verb
    head_text: str  # the subject's part: before the item's colon, its focus or lead of content cut off
    inline_task: str | None  # the task after the item's colon
    colon: int  # that colon in ``title`` (-1 if none)
    spans: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # the names, in head_text
    task: str | None = None  # the task text; None: the section's body (the first line under it)
    subject_sentence: bool = False  # the heading is its subject's sentence ("2. Sở Nội vụ theo dõi …")
    listed_end: int | None = None  # where a list of subjects ends, before their verb
    subjects_cooperate: bool = False  # that list is asked only to cooperate


def _heading_title(heading_title: str) -> _HeadingTitle | None:
    """A heading's title (its number cut) cut to the part that may name its subject: past its
    directive, "Trách nhiệm của" and an honorific, before the colon that closes an item's subject
    and a focus clause or a lead of content after the body. None when nothing is left, or the
    colon's task only says who sits ("4.3. HĐND cấp xã: Thành phần dự hội nghị gồm …")."""
    directed = _directive_end(heading_title) > 0
    duties = _responsibility_end(heading_title) > 0  # "Trách nhiệm của X": X whole, no verb
    title = _strip_directive(heading_title)
    comrade = rx.COMRADE.match(title)  # "1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: …"
    if comrade:
        title = title[comrade.end():]
    printed, honorific = title, 0
    if title[:4] == "Các " and (comrades := rx.COMRADE.match(title, 4)):
        # "g. Các ông bà Phó Chủ tịch MTTQ xã có trách nhiệm theo dõi …" (Lương Minh HD 2025): the
        # posts, "Các Phó Chủ tịch …" (the offsets kept for the printed words after the honorific)
        honorific = comrades.end() - 4
        title = title[:4] + title[comrades.end():]
    head_text, inline_task = title, None
    colon = _item_colon(title)
    if 0 < colon < 160:
        head_text, inline_task = title[:colon], title[colon + 1:].strip() or None
    head_text = head_text.strip().rstrip(".")
    if inline_task is None and (focus := rx.FOCUS_CLAUSE.search(head_text)) and starts_with_agency(head_text) \
            and not rx.ACTION_START.search(head_text, 0, focus.start()):
        # "1. Chủ tịch UBND các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các
        # tỉnh: …:" (Công điện 234/CĐ-TTg 2025): the body the item names, not the focus of its work
        head_text = head_text[:focus.start()]
    if duties and (lead_end := rx.LEAD_OF_CONTENT_END.search(head_text)) and rx.LEAD_OF_CONTENT_TITLE.match(heading_title):
        head_text = head_text[:lead_end.start()]  # "Nội dung Công an tỉnh | có trách nhiệm chủ trì": the body alone
    if not head_text or (inline_task and rx.MEMBERSHIP.match(inline_task)):
        return None  # "4.3. HĐND cấp xã: Thành phần dự hội nghị gồm …" says who sits, no work
    return _HeadingTitle(heading_title, title, printed, honorific, directed, duties, head_text, inline_task, colon)


def _heading_title_names(t: _HeadingTitle, bare_names: bool = True,
                         bearers_below: Callable[[], bool] | None = None) -> bool:
    """Read the subject a heading's title names (``t`` from ``_heading_title``): its name spans in
    ``t.head_text``, the task text, whether the title is its subject's sentence or a list of
    subjects before their verb (``t`` is filled; ``t.head_text`` and ``t.inline_task`` change where
    the colon closes no label). False when it names none. Only the title is read: the document's
    context is the caller's (``_from_task_sections``): ``bare_names`` is False for an article's
    title (a post or a unit named alone is no subject there), ``bearers_below`` tells whether the
    heading's items name their bearers (a class of bearers is then only their group); the checks
    on the heading's items and siblings stay there."""
    heading_title, title, directed, duties = t.heading, t.title, t.directed, t.duties
    head_text, inline_task = t.head_text, t.inline_task
    if duties and inline_task is None and _class_with_its_clause(head_text):
        # "Điều 18. Trách nhiệm của các cơ quan, đơn vị xử lý phản ánh kiến nghị", "Điều 24.
        # Trách nhiệm của các cơ quan phối hợp": the bearers' class whole, its clause and all
        t.spans = [(0, len(head_text))]  # (its task: the section's body)
    elif starts_with_agency(head_text):
        ext = _agency_end(head_text, whole_heading=True)
        rest = head_text[ext:].lstrip(" ,")
        short = rx.SHORT_FORM_AFTER_NAME.match(head_text, ext) if not rx.ACTION_START.match(rest) else None
        if short and rx.ACTION_START.match(head_text[short.end():].lstrip(" ,")):
            # "k) Đài Truyền hình Việt Nam (VTV) chủ trì, phối hợp Bộ …" (Thông báo 624/TB-VPCP
            # 2025): the name's short form, then its verb (not a list of every body named)
            ext, rest = short.end(), head_text[short.end():].lstrip(" ,")
        qualified = rx.QUALIFIED_NAME_END.match(head_text, ext) if inline_task is None and not rx.ACTION_START.match(rest) else None
        if qualified:
            ext, rest = qualified.end(), head_text[qualified.end():].lstrip(" ,")
        rest_at = len(head_text) - len(rest)  # where ``rest`` begins in head_text (kept as head_text changes)
        if inline_task is not None and head_text.count("(") > head_text.count(")") \
                and not rx.MEMBERS_IN_BRACKETS.match(head_text, head_text.rfind("(")) \
                and ext < len(head_text) - 2 and rx.ACTION_START.match(rest):
            # a colon inside brackets closes no label of names, it stands in the subject's
            # sentence: "2. Các cơ sở đào tạo chủ động phối hợp với các Cục, Vụ liên quan của Bộ
            # VHTTDL (hoặc qua đầu mối là Vụ …, gặp đ/c Lộc: ĐT 0979…) để triển khai …" (a phone
            # number; Bộ VHTTDL letter on the 2025-2026 school year, crawl f0a3d9f100d0791b) — not
            # a bracket listing the members ("Các cơ quan tham mưu … (gồm các Sở: Xây dựng, …)")
            head_text, inline_task = title.strip().rstrip("."), None
            rest = head_text[rest_at:]
        if inline_task is not None and ext < len(head_text) - 2 and rx.ACTION_START.match(rest) \
                and rx.PARTNERS_BEFORE_COLON.search(head_text):
            # the colon lists the partners of the subject's own sentence, it closes no label:
            # "2. Ủy ban nhân dân các tỉnh … chỉ đạo Sở Lao động - Thương binh và Xã hội phối hợp với
            # các cơ quan chức năng: Sở Y tế, Bộ Chỉ huy quân sự tỉnh, … thực hiện các nội dung sau:"
            # (Bộ LĐTBXH CV 1040/2012)
            head_text, inline_task = title.strip().rstrip(".:"), None
            rest = head_text[rest_at:]
        t.head_text, t.inline_task = head_text, inline_task
        # (the verb read where it stands in the heading, so that the words before it tell a
        # word of the name: "1. Thủ trưởng các cơ quan | tham mưu, quản lý nhà nước thuộc Bộ" is
        # a kind of body, ACTION_START's "(?<!cơ quan )tham mưu"; Bộ VHTTDL CV 6316/2025, tune14 R05)
        if inline_task is None and ext < len(head_text) - 2 \
                and (rx.ACTION_START.match(head_text, rest_at) or _verb_after_adverbial(rest) is not None):
            # "2. Sở Nội vụ theo dõi, kiểm tra …": the item names its agency as subject;
            # a collective subject splits at the named agencies in it ("Các Sở, ban,
            # ngành, Ủy ban nhân dân xã, phường …")
            if head_text.lower().startswith("các"):
                t.spans = split_agency_list(head_text[:ext])
            else:
                t.spans = [(0, ext)]
            t.task, t.subject_sentence = head_text, True
        elif inline_task is None and (listed := agency_list(head_text))[0] \
                and (rx.ACTION_START.match(head_text, len(head_text) - len(head_text[listed[1]:].lstrip(" ,")))
                     or _verb_after_adverbial(head_text[listed[1]:].lstrip(" ,")) is not None):
            # "6. Đề nghị Văn phòng Tỉnh ủy và các Ban …, Viện kiểm sát nhân dân tỉnh, …
            # tăng cường …": a list of subjects, then their verb
            t.spans, t.task = listed[0], head_text
            t.subjects_cooperate = _subject_cooperates_only(head_text[listed[1]:])
            t.listed_end = listed[1]
        elif (spans := _heading_names(head_text)):
            t.spans, t.task = spans, inline_task
        else:
            return False
    elif not directed and rx.INTRO_CLAUSE.match(title) and (found := _sentence_subjects(title)) and found[1] \
            and not _reports_trouble_only(title, len(title) - len(found[0]), found[0]):
        # "1. Căn cứ Kế hoạch này, các Sở, ban, ngành … xây dựng kế hoạch …"
        # (not the closing request to report trouble: "3. Trong quá trình thực hiện …, nếu có phát
        # sinh vướng mắc yêu cầu các Sở, … phản ánh kịp thời về Sở …", Hải Phòng QĐ 210/2025)
        body, found_spans, _ = found
        shift = len(title) - len(body)
        t.spans, t.task = [(s + shift, e + shift) for s, e in found_spans], title
        t.head_text = title
    elif duties and rx.DUTIES_OF_CLASS_TITLE.match(heading_title) is not None \
            and len(head_text.split()) <= 30 and not rx.EVERYONE.match(head_text) \
            and not (bearers_below is not None and bearers_below()):
        # "Điều 30. Trách nhiệm của doanh nghiệp cung cấp dịch vụ Hệ thống thông tin giải
        # quyết TTHC": the class of bearers whole, its relative clause's verbs and all
        t.spans, t.task = [(0, len(head_text))], inline_task
    elif (directed or duties) and len(head_text.split()) <= 16 and not _verb_in_running_text(head_text) \
            and not rx.TASK_NOUN_START.match(head_text) \
            and not (duties and not (head_text[:1].isupper() or head_text[:4].lower() == "các ")):
        # ("Trách nhiệm tổ chức lễ tang", "Trách nhiệm cụ thể" name a duty, not who bears it)
        # "11. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa": a
        # request heading names its addressee whole
        t.spans, t.task = [(0, len(head_text))], inline_task
    elif not bare_names:
        return False
    elif _names_a_post(head_text) and (inline_task is None or rx.ACTION_START.match(inline_task)):
        # "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội": the item's post (not
        # a member list: "1. Tổ trưởng: Ông …")
        t.spans, t.task = [(0, len(head_text))], inline_task
    elif _name_like(head_text):
        # A unit named without an agency word: "1. Văn hóa - Truyền thông".
        t.spans, t.task = [(0, len(head_text))], inline_task
    else:
        return False
    return True


def _heading_title_spans(t: _HeadingTitle) -> list[tuple[int, int, str]]:
    """The names ``_heading_title_names`` read, each (start, end, name) in ``t.head_text``, cut
    before a verb and cleaned, past the spans that name no one: a duty only on a summons, a list
    of verbs, "Các" alone, "các tổ chức, cá nhân"."""
    out = []
    head_text = t.head_text
    for s, e in t.spans:
        e = s + _name_before_verb(head_text[s:e])
        if rx.ON_SUMMONS.match(head_text, e):
            continue  # a duty only on a summons ("… khi nhận được lệnh huy động phải …")
        name = clean_agency(head_text[s:e])
        if t.subject_sentence and _bare_head(name) and head_text[e:e + 1] == "," \
                and rx.ACTION_START.match(head_text[e + 1:].lstrip()):
            continue  # "b) Thanh tra, kiểm tra, giám sát việc …": a list of verbs, not a body
        # "Các" alone is a fragment, "các tổ chức, cá nhân" names no one
        if len(name.split()) >= 2 and not rx.EVERYONE.match(name):
            out.append((s, e, name))
    return out


def _from_task_sections(st: Structure, out: list[Assignment]) -> None:
    for h in st.headings:
        if not _in_task_section(st, h):
            continue
        if h.path.startswith("Điều") and _is_execution_clause(st, h):
            continue
        _subject_lines(st, h, out)
        if h.level < 2 and not h.path.startswith("Điều"):
            continue
        ln = st.lines[h.line]
        heading_title, line_text = _unwrapped_heading(st, h)
        t = _heading_title(heading_title)
        if t is None:
            continue
        base = ln.start + (line_text.index(t.printed) if t.printed in line_text else 0) + t.honorific
        title, directed, duties = t.title, t.directed, t.duties
        head_text, inline_task = t.head_text, t.inline_task
        if inline_task is None and not directed and not duties \
                and rx.COLLECTIVE_GROUP_HEADING.match(heading_title.strip().rstrip(".:")) and not _section_body(st, h.line)[0].strip() \
                and _every_item_names_a_body(st, h):
            # "2. Các Sở, ngành có liên quan / 2.1. Sở Lao động - Thương binh và Xã hội: … / 2.2. Sở
            # Xây dựng: …" (TP HCM QĐ 3210/2014): a heading with no work of its own only groups
            # the bodies its items name
            continue
        if (directed or duties) and inline_task is None and rx.BARE_COLLECTIVE.match(head_text) \
                and _items_name_their_own_bearers(st, h):
            # "Điều 3. Trách nhiệm của các cơ quan, đơn vị / 1. Trách nhiệm của Sở Tư pháp / 2. …",
            # "Điều 2. Giao các cơ quan, đơn vị: / 1. Thanh tra tỉnh chủ trì …": the heading only
            # groups the bearers its items name (Nghệ An QĐ 97/2025, Bắc Ninh QĐ 1520/2025)
            continue
        if duties and inline_task is None and _items_restate_the_bearer(st, h, head_text):
            # "Điều 3. Trách nhiệm của người đứng đầu cơ quan, tổ chức và cá nhân / 1. Người đứng đầu
            # cơ quan, tổ chức đảng, Mặt trận Tổ quốc Việt Nam (…) … có trách nhiệm: / 2. Người đứng đầu
            # lưu trữ lịch sử của Đảng / 3. Người được giao …" (Ban Bí thư QĐ 383/2025, tune C042): the
            # items name the bearers the title only groups
            continue
        classes = _classes_its_items_address(st, h, head_text) if inline_task is None and not directed else None
        if classes:
            # "9. Các cơ sở sản xuất, kinh doanh, dịch vụ và đơn vị thực hiện dịch vụ vệ sinh môi trường. /
            # 9.1. Đối với các cơ sở sản xuất … / 9.2. Đối với các đơn vị thực hiện dịch vụ …" (Hà Nội
            # CV 6356/2025, tune13 N09): two classes, each its own item's
            for name, path in classes:
                out.append(Assignment(name, "lead", path, first_sentence(_section_body(st, h.line)[0] or title),
                                      base, base + len(head_text)))
            continue
        # the title's own reading (_heading_title_names); its context here: an article's title
        # names no bare post or unit, a class of bearers whose items name them only groups them
        if not _heading_title_names(t, bare_names=h.level != 1, bearers_below=lambda: _items_name_their_bearers(st, h)):
            continue
        head_text, inline_task, spans = t.head_text, t.inline_task, t.spans
        subject_sentence, listed_end = t.subject_sentence, t.listed_end
        task = t.task if t.task is not None else _section_body(st, h.line)[0]
        # "4.5. Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh / Phối hợp chặt chẽ với
        # Công an tỉnh …": asked to cooperate, partners (contract, Clarifications)
        asked = directed and rx.REQUEST_HEADING.match(heading_title)
        asked_task = rx.BULLET_MARK.sub("", task.strip()) if task else ""
        # (the cooperation, then a clause of work of its own, keeps the request's bodies lead:
        # "14. Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh: Phối hợp chặt chẽ với cơ
        # quan điều tra trong điều tra, truy tố, xét xử …; tăng cường công tác nghiên cứu hồ sơ …",
        # tune V01, the lead's review in RECONCILIATION-round10.md, as calibration C014 2.10; the
        # cooperation's own purpose after its partners does not: "4.5. Đề nghị Viện Kiểm sát …
        # / Phối hợp chặt chẽ với Công an tỉnh nâng cao hiệu quả …" stays support, tune C060)
        role = "support" if asked and task and rx.PARTNER_FIRST.match(asked_task.lower()) \
            and not _own_work_after_cooperation(asked_task) else "lead"
        if asked and (subject_sentence or listed_end is not None) and spans:
            # "3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp tuyên truyền, vận động Nhân dân": the
            # request read as the same sentence in a paragraph is (Clarifications: "Đề nghị …
            # phối hợp" is support; partners then a task of its own keep it lead, round-4 rule 4);
            # so is a list of subjects: "3. Đề nghị Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng
            # ủy xã thường xuyên phối hợp, trao đổi thông tin …" (Lương Minh KH 2025 on citizens'
            # petitions; the paragraph "Đề nghị Văn phòng Đảng ủy, Văn phòng HĐND&UBND xã phối hợp
            # …", tune C057)
            after = head_text[listed_end if listed_end is not None else spans[-1][1]:]
            duty = rx.DUTY_BEFORE_PARTNER.match(after)
            side = after[duty.end():] if duty else after
            if rx.PARTNER_FIRST.match(side) and _cooperates_only(side):
                role = "support"
        if t.subjects_cooperate:
            # "7. Văn phòng Chủ tịch nước, Văn phòng Chính phủ, Văn phòng Quốc hội phối hợp với Văn
            # phòng Trung ương Đảng trong việc chia sẻ …" (Quy định 384-QĐ/TW 2025): partners only
            role = "support"
        if subject_sentence and spans and _subject_cooperates_only(head_text[spans[-1][1]:]):
            # "2. Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này có trách
            # nhiệm thường xuyên phối hợp cùng …": asked only to cooperate (Clarifications)
            role = "support"
        for s, e, name in _heading_title_spans(t):
            if subject_sentence and h.level >= 2 and _restates_article_bearer(h, name):
                continue  # "Điều 18. Trách nhiệm của các cơ quan, đơn vị xử lý … / 2. Các cơ quan xử lý phải …"
            if len(spans) > 1 and inline_task is None and not subject_sentence and listed_end is None \
                    and _partner_of_a_fellow(st, h, name, [clean_agency(head_text[s2:e2]) for s2, e2 in spans]):
                # "2. Sở Khoa học và Công nghệ, Sở Nội vụ / Sở Khoa học và Công nghệ chủ trì, phối hợp với
                # Sở Nội vụ …" (TP HCM QĐ 2820/2025, tune13 N06): the item's sentence makes it a partner
                continue
            if duties and rx.BARE_COLLECTIVE.match(name) and _every_item_names_a_body(st, h):
                # "2. Trách nhiệm của các đơn vị: / 2.1. Sở Tài chính: … / 2.2. Thanh tra Thành phố: …":
                # bare unit words over items that name each bearer only group them (Hà Nội CV 6397/2025)
                continue
            out.append(Assignment(name, role, h.path, first_sentence(task or title), base + s, base + e))
        if inline_task and rx.DEPARTMENTS_PLURAL.match(head_text):
            _subject_after_members(title, t.colon, base, role, h.path, out)


def _item_colon(title: str) -> int:
    """The colon that closes an item's subject (-1 if none), past a colon inside its sentence that
    lists the places of an object or focus phrase ("… đề xuất phương án hỗ trợ … cho các tỉnh: Đắk
    Lắk, Gia Lai, Khánh Hòa và Lâm Đồng để …", Công điện 234/CĐ-TTg 2025, tune14 R11)."""
    colon = title.find(":")
    while colon > 0 and rx.PLACES_AFTER_COLON.match(title, colon) \
            and rx.PLACES_OF_A_PHRASE_BEFORE_COLON.search(title, 0, colon):
        colon = title.find(":", colon + 1)
    return colon


def _verb_in_running_text(text: str) -> bool:
    """Whether a verb stands in ``text`` as running text writes it, in lower case: a capitalized
    one is a word of a name ("Trách nhiệm của Trưởng Ban Chỉ đạo", "… Phó Trưởng Ban Chỉ đạo",
    Ban Chỉ đạo Nhà nước về Du lịch QĐ 170/2025, its Quy chế), not the heading's verb."""
    return any(text[m.start() + 1:m.start() + 2].islower() for m in rx.ACTION_ANYWHERE.finditer(text))


def _classes_its_items_address(st: Structure, h, head_text: str) -> list[tuple[str, str]] | None:
    """A heading's two classes of bodies joined by "và", "các" said once ("Các cơ sở sản xuất, kinh
    doanh, dịch vụ và đơn vị thực hiện dịch vụ vệ sinh môi trường"), when its items address each in
    turn ("9.1. Đối với các cơ sở sản xuất …", "9.2. Đối với các đơn vị thực hiện dịch vụ …"): each
    class whole, with the item it stands in; else None."""
    m = rx.TWO_CLASSES.match(head_text.strip().rstrip("."))
    if not m:
        return None
    k = st.line_section[h.line]
    items = [g for g in st.headings[k + 1:k + 12] if g.path.startswith(h.path + ".") and g.level >= h.level]
    out = []
    for part in ("first", "second"):
        words = m.group(part).split()
        for g in items:
            topic = rx.CLASS_TOPIC.match(g.title)
            if topic and g.title[topic.end():].lower().split()[:2] == [w.lower() for w in words[:2]]:
                out.append(("Các " + m.group(part), g.path))
                break
        else:
            return None
    return out


_PARAGRAPH_LINES = 6  # lines of an item's first paragraph read for its subject and partners


def _partner_of_a_fellow(st: Structure, h, name: str, names: list[str]) -> bool:
    """Whether the first paragraph under a heading that names several bodies opens with another of
    them as its subject, leading, and names ``name`` among its partners: "3. Công An Thành phố, Bộ
    Tư lệnh Thành phố / Công an Thành phố chủ trì phối hợp với Bộ Tư lệnh Thành phố và các đơn vị có
    liên quan định kỳ kiểm tra …" (TP HCM QĐ 2820/2025, tune13 N06)."""
    _, j = _section_body(st, h.line)
    parts = []
    while j < len(st.lines) and len(parts) < _PARAGRAPH_LINES and st.lines[j].text and st.line_section[j] == st.line_section[h.line]:
        parts.append(st.lines[j].text)
        j += 1
    paragraph = " ".join(parts).lstrip("-+• ")
    folded = paragraph.lower()
    me = name.lower()
    for other in names:
        low = other.lower()
        if low == me or not folded.startswith(low):
            continue
        lead = rx.LEAD_WORD.match(folded, len(low) + 1)
        if not lead:
            continue
        partners = rx.PARTNER_LIST_START.match(folded, lead.end())
        if partners and me in folded[partners.end():partners.end() + 200].split(";")[0]:
            return True
    return False


def _subject_after_members(title: str, colon: int, base: int, role: str, path: str, out: list[Assignment]) -> None:
    semicolon = rx.MEMBERS_THEN_SUBJECT.search(title, colon + 1, colon + 1 + _MEMBERS_READ)
    if not semicolon:
        return
    rest = title[semicolon.end():]
    found = _sentence_subjects(rest)
    if found and found[1] and not found[2]:
        body, spans, _ = found
    elif (listed := agency_list(rest))[0] and (qualified := rx.QUALIFIED_NAME_END.match(rest, listed[1])):
        body, spans = rest, [(listed[0][0][0], qualified.end())]  # a subject qualified by its place
    else:
        return
    shift = semicolon.end() + len(rest) - len(body)
    for s, e in spans:
        name = clean_agency(body[s:e])
        if len(name.split()) >= 2 and not rx.EVERYONE.match(name):
            out.append(Assignment(name, role, path, first_sentence(body), base + shift + s, base + shift + e))


# A heading's line that a crawl or a converter broke in the middle of its sentence goes on in the
# next line ("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ | Hà Tĩnh đến Khánh Hòa:", "8. Đài
# Truyền hình Việt Nam, Đài Tiếng nói Việt | Nam, Thông tấn xã Việt Nam kịp thời …", "8. Chủ tịch
# Ủy ban nhân dân các tỉnh, thành phố | trực thuộc Trung ương"): it does where the line is not
# closed by its punctuation and the next one opens in lower case, or the line ends in a word that
# cannot end a name or a sentence, or a capitalized word of a name goes on in a capitalized word
# that is no verb ("Việt | Nam"). A heading over a new sentence stays apart: "8. Sở Nông nghiệp
# và Phát triển nông thôn | Phối hợp với …" (Ninh Bình KH 196/2024), "5. Trung tâm chính trị xã,
# phường, đặc khu căn cứ | Quy chế này …" (the line ends in a lower-case word): the patterns are
# regexes.LINE_CLOSED, LINE_GOES_ON and NAME_WORD_AT_END.
_WRAP_LINES = 4  # continuation lines read at most


def _unwrapped_heading(st: Structure, h) -> tuple[str, str]:
    """The heading's title and its line's text, each with the lines it goes on in."""
    title, line_text = h.title, st.lines[h.line].text
    j = h.line + 1
    while j < len(st.lines) and j <= h.line + _WRAP_LINES and not rx.LINE_CLOSED.search(line_text):
        nxt = st.lines[j].text
        previous = st.lines[j - 1].text
        split = not nxt and j + 1 < len(st.lines) and bool(previous) and _name_split_by_a_blank(previous, st.lines[j + 1].text)
        if split:
            j += 1  # a bold heading a crawl printed as two paragraphs, its name cut between two words of it
            nxt = st.lines[j].text
        k = st.line_section[j] if j < len(st.line_section) else None
        if not nxt or (k is not None and st.headings[k].line == j) or rx.BULLET_MARK.match(nxt):
            break
        name_goes_on = rx.NAME_WORD_AT_END.search(previous) and nxt[:1].isupper() \
            and not rx.ACTION_START.match(nxt[:1].lower() + nxt[1:]) and _words_of_one_name(previous, nxt)
        # a unit word at the line's end, its place on the next ("2. Sở Nội vụ thành phố | Hà Nội:",
        # Hà Nội QĐ 2025 on the title "Công dân Thủ đô ưu tú", crawl af2a4fc9b3a7aeeb)
        place_goes_on = rx.UNIT_LEVEL_AT_END.search(previous) and _opens_with_province(nxt)
        if not (split or nxt[:1].islower() or rx.LINE_GOES_ON.search(previous) or name_goes_on or place_goes_on):
            break
        title, line_text = title + " " + nxt, line_text + " " + nxt
        j += 1
    return title, line_text


def _name_split_by_a_blank(previous: str, nxt: str) -> bool:
    """Whether a heading's name goes on past a blank line: the crawl printed one bold heading as two
    bold paragraphs, cut between two words of a known name ("**3. Đề nghị Ủy ban Mặt trận Tổ quốc
    Việt Nam Thành phố, Hội Liên hiệp** | **Phụ nữ Thành phố và các tổ chức thành viên của Mặt
    trận**", TP HCM KH 174/2025, tune11 C007)."""
    return nxt[:1].isupper() and not rx.ACTION_START.match(nxt[:1].lower() + nxt[1:]) and _words_of_one_name(previous, nxt)


def _opens_with_province(text: str) -> bool:
    """Whether ``text`` opens with a province's name, whole ("Hà Nội:", "Đắk Lắk có …")."""
    folded = vocab.fold(text[:40])
    return any(folded.startswith(f) and (len(folded) == len(f) or not folded[len(f)].isalnum())
               for f in vocab.province_index())


def _words_of_one_name(previous: str, nxt: str) -> bool:
    """Whether the last word of a line and the first of the next stand side by side in a known
    name ("Đài Tiếng nói Việt | Nam": "Việt Nam"; "Hồ Chí | Minh"), not a heading's name over its
    first sentence ("Công an Tỉnh | Nắm chắc tình hình", "Ban Dân tộc Tỉnh | Làm đầu mối …", whose
    verbs no list holds all of; review 0.8b #4)."""
    last, first = previous.split()[-1:], nxt.split()[:1]
    return bool(last and first) and vocab.fold(f"{last[0]} {first[0].rstrip(',;:.')}") in _name_word_pairs()


@functools.lru_cache(maxsize=None)
def _name_word_pairs() -> frozenset[str]:
    """Every pair of neighbouring words of a known agency, ministry or province name, folded."""
    names = [*vocab.body_names(), *vocab.central_bodies(),
             *(n for p in vocab.provinces() for n in (p.name, *p.aliases))]
    return frozenset(vocab.fold(f"{a} {b}") for n in names for a, b in zip(n.split(), n.split()[1:]))


def _restates_article_bearer(h, name: str) -> bool:
    """An item's collective subject that names again, shorter, the bearer its article's title
    gives ("Điều 18. Trách nhiệm của các cơ quan, đơn vị xử lý phản ánh kiến nghị / 2. Các cơ
    quan xử lý phải có trách nhiệm …", Bắc Ninh QĐ 78/2025): the same bearer, no new entry."""
    title = h.top_title or ""
    end = _responsibility_end(title)
    return bool(end) and h.path.startswith("Điều") and _restates_collective(name, [title[end:]])


def _class_with_its_clause(name: str) -> bool:
    """A responsibility title's collective that a relative clause qualifies, no named body after
    it ("các cơ quan, đơn vị xử lý phản ánh kiến nghị"; not "các sở, ngành và Ủy ban nhân dân
    cấp xã"): who bears the article's duties, not a sentence with a verb."""
    if name[:4].lower() != "các " or len(name.split()) > 16 or rx.RESPONSIBILITY.search(name):
        return False
    ext = _agency_end(name, whole_heading=True)
    if ext >= len(name.rstrip(" .:")) or not rx.ACTION_START.match(name[ext:].lstrip(" ,")):
        return False
    return not any(name[m.end():m.end() + 1].isupper() and starts_with_agency(name[m.end():], strong_only=True)
                   for m in _COMMA_OR_AND.finditer(name))


def _subject_cooperates_only(after: str) -> bool:
    """Whether what follows a heading's subject only asks it to cooperate, past a qualifier
    ("| tới việc thực hiện Kế hoạch này | có trách nhiệm thường xuyên phối hợp cùng …")."""
    after = after.lstrip(" ,")
    duty = rx.DUTY_BEFORE_PARTNER.search(after, 0, 200) if rx.SUBJECT_ADVERBIAL.match(" " + after) \
        else rx.DUTY_BEFORE_PARTNER.match(after)
    if rx.SUBJECT_ADVERBIAL.match(" " + after) and not duty:
        return False
    side = after[duty.end():] if duty else after
    # only partners read and nothing but the cooperation after them: "… có trách nhiệm phối hợp
    # cung cấp thông tin …" and partners that cannot be read keep the heading's subject lead
    opening = rx.PARTNER_LIST_START.match(side)
    if opening is None:
        return False
    rest = side[opening.end():opening.end() + _SENTENCE_WINDOW]
    spans, end = agency_list(rest)
    return bool(spans) and rx.COOPERATION_ONLY_TAIL.match(rest, end) is not None


def _items_name_their_bearers(st: Structure, h) -> bool:
    """Whether the items under ``h`` name who bears each share ("1. Nhiệm vụ của thành viên Ban
    Chỉ đạo / 1.1. Trưởng Ban Chỉ đạo / 1.2. Sở Tài chính …"): the heading only groups them."""
    prefix = h.path + "."
    for g in st.headings[st.line_section[h.line] + 1:]:
        if not g.path.startswith(prefix):
            break
        if g.path.count(".") == prefix.count(".") and (starts_with_agency(g.title) or starts_with_post(g.title)):
            return True
    return False


def _items_name_their_own_bearers(st: Structure, h) -> bool:
    """Whether ``h`` has two items or more under it and each names its own bearer, as a heading
    or as the subject of its sentence, past "Trách nhiệm của" or a directive ("1. Trách nhiệm của
    Sở Tư pháp", "2. Thanh tra tỉnh, UBND các xã, phường niêm yết …")."""
    prefix = h.path + "."
    items = [g for g in st.headings[st.line_section[h.line] + 1:] if g.path.startswith(prefix)
             and g.path.count(".") == prefix.count(".")]
    return len(items) >= 2 and all(starts_with_agency(bearer) or starts_with_post(bearer)
                                   for bearer in (_strip_directive(g.title) for g in items))


def _items_restate_the_bearer(st: Structure, h, bearer: str) -> bool:
    """Whether ``h`` has items under it, two or more of which name a bearer, one of them the bearer
    its title names, more precisely (the same first three words: "Người đứng đầu cơ quan, …") — not
    an item that only names the title's body as its sentence's subject among items of work ("Điều
    10. Trách nhiệm của cơ quan Thuế / 1. Phối hợp … / 2. Tiếp nhận … / 3. Cơ quan thuế …", Lai Châu
    QĐ 88/2025)."""
    prefix = h.path + "."
    bearers = [t for t in (_strip_directive(g.title) for g in st.headings[st.line_section[h.line] + 1:]
                           if g.path.startswith(prefix) and g.path.count(".") == prefix.count("."))
               if starts_with_agency(t) or starts_with_post(t)]
    opening = " ".join(bearer.lower().split()[:3])
    return len(bearers) >= 2 and len(opening.split()) == 3 \
        and any(" ".join(t.lower().split()[:3]) == opening for t in bearers)


def _every_item_names_a_body(st: Structure, h) -> bool:
    """Whether ``h`` has two items or more under it and each opens with a named body ("2.1. Sở
    Tài chính:", "2.2. Thanh tra Thành phố:"), so that the heading only groups their bearers."""
    prefix = h.path + "."
    items = [g for g in st.headings[st.line_section[h.line] + 1:] if g.path.startswith(prefix)
             and g.path.count(".") == prefix.count(".")]
    return len(items) >= 2 and all(starts_with_agency(g.title, strong_only=True) for g in items)


_OTHERS_AT_END = regex.compile(r"\s*(?:,\s*|\s+)(?:và|hoặc)\s+(?:các\s+)?(?:\p{Ll}+\s+){1,3}khác\s*$", regex.V0)
_MEMBERS_IN_PARENTHESIS = regex.compile(r"\((?P<list>(?P<first>[^(),]{3,80}),[^()]{3,400})\)\s*:?\s*$")


def _verb_after_adverbial(rest: str) -> int | None:
    """Where the verb stands when what follows a subject is an adverbial and then its verb:
    "| theo chức năng nhiệm vụ | chủ động phối hợp …", "| trong phạm vi quản lý | tổ chức …";
    None otherwise."""
    if not rx.SUBJECT_ADVERBIAL.match(" " + rest):
        return None
    verb = rx.ACTION_ANYWHERE.search(rest, 0, 160)
    return verb.start() if verb else None


def _heading_names(head_text: str) -> list[tuple[int, int]]:
    """The agencies a heading names: one name, a collective, or a list of named bodies however
    long ("3.8. Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Liên đoàn Lao động tỉnh, Hội Liên hiệp Phụ
    nữ tỉnh, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh, Tỉnh đoàn …") — not a sentence."""
    collective = head_text.lower().startswith("các")
    members = _MEMBERS_IN_PARENTHESIS.search(head_text)
    if members and starts_with_agency(members.group("first"), strong_only=True):
        # "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế …)": the group and
        # each body it lists (same offsets: the brackets read as commas)
        listed = members.group("list")
        # (the list's "and the others" is no member: "Các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone
        # | và doanh nghiệp khác)", Đắk Lắk KH 129/2025 IV.13, tune11 C013)
        others = _OTHERS_AT_END.search(listed)
        if others:
            listed = listed[:others.start()] + " " * (others.end() - others.start())
        head_text = head_text[:members.start()] + "," + listed + " " * (members.end() - members.end("list"))
    spans = split_agency_list(head_text, loose=not collective)
    for k, (s, e) in enumerate(spans):
        if _name_before_verb(head_text[s:e]) < e - s:
            # the list ended at this name's verb: a body named after it is in the predicate
            # ("3. Cơ quan thuế của địa phương hướng dẫn … theo quy định của nhà nước và Ủy
            # ban nhân dân tỉnh")
            spans = spans[:k + 1]
            break
    if len(head_text.split()) <= 30:
        return spans
    if ";" in head_text and not rx.ACTION_ANYWHERE.search(head_text):
        # a list of addressees parted by ";", no verb among them, however long its names: "1. Giao
        # người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công
        # lập trực thuộc Ủy ban nhân dân Thành phố; Chủ tịch Ủy ban nhân dân các xã, phường và đặc
        # khu" (TP HCM CV 4240/2025: the work on the lines under it)
        return spans
    names = len(spans) >= 2 and all(len(head_text[s:e].split()) <= 16 and starts_with_agency(head_text[s:e])
                                    for s, e in spans)
    return spans if names else []


@memo_short_text  # (asked again of the same spans)
def _name_before_verb(span: str) -> int:
    """A named agency ends at its verb ("Bộ Văn hóa, Thể thao và Du lịch | chịu trách nhiệm
    theo dõi …", "Sở Nội vụ | chủ trì, phối hợp với …"); a collective runs on to its own.
    Neither goes on past a condition ("Các cơ quan y tế, điện lực | khi nhận được lệnh …")."""
    condition = rx.CONDITION_CLAUSE.search(span)
    if condition:
        span = span[:condition.start()]
    if span[:4].lower() == "các ":
        # nor past its remit ("Các sở, ngành có liên quan | theo chức năng, nhiệm vụ quản lý
        # được giao", "các sở, ban, ngành Thành phố | trong phạm vi chức năng, nhiệm vụ của mình")
        remit = rx.SUBJECT_ADVERBIAL.search(span, head_end(span))
        return len(span[:remit.start()].rstrip(" ,;")) if remit else len(span)
    if not starts_with_agency(span):
        return len(span)
    # a verb-like word inside the name itself ("Ban Quản lý dự án đầu tư xây dựng số 1") ends nothing
    start = max(head_end(span), agency_extent(span))
    # a verb in lower case (a capitalized word belongs to the name: "Sở Xây dựng"), not a
    # noun after "các" ("… và các tổ chức chính trị - xã hội")
    verb = next((m for m in rx.ACTION_IN_CELL.finditer(span, start)
                 if m.group().strip() != "quản lý" and not span[:m.start()].endswith(("các", "Các"))
                 and not rx.ORGANISATIONS_IN_A_LIST.match(span, m.start() - 1)), None)
    # (a passive only after one body: a list of posts or kinds keeps its clause, "Thủ trưởng, cán bộ,
    # công chức, viên chức được cấp Chứng thư chữ ký số …", Ninh Bình QĐ 165/2025 Điều 18)
    passive = rx.PASSIVE_AFTER_NAME.search(span, start)
    if passive and "," in span[:passive.start()]:
        passive = None
    cut = [m.start() for m in (rx.RESPONSIBILITY.search(span, start), verb, passive) if m]
    end = min(cut) if cut else len(span)
    return len(span[:end].rstrip(" ,;")) or len(span)


def _agency_end(text: str, whole_heading: bool = False) -> int:
    """Where the agency that opens ``text`` ends; a collective group ("Các bộ phận chuyên
    môn …") runs on in lower case up to its verb."""
    ext = agency_extent(text)
    if text.lower().startswith("các"):
        # "Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm": the
        # responsibility phrase ends the name before any verb-like word inside it
        # (in the subject's own sentence: a later one's "Người đứng đầu …, thủ trưởng các cơ quan, đơn
        # vị chịu trách nhiệm …" ends no name of the first, which ran on to it over every verb between:
        # "1. Các cấp ủy đảng, chính quyền, … và Ban Chỉ đạo chuyển đổi số tỉnh tăng cường lãnh đạo, …
        # của Ban Thường vụ Tỉnh ủy về chuyển đổi số … . Người đứng đầu …", Sơn La Chỉ thị 29-CT/TU 2023)
        stop = rx.SENTENCE_START_AFTER_STOP.search(text)
        resp = rx.RESPONSIBILITY.search(text, 0, stop.start() + 1 if stop else len(text))
        if resp:
            # the responsibility phrase ends the subject; only an adverbial may come between
            adverbial = rx.SUBJECT_ADVERBIAL.search(text, 0, resp.start())
            end = adverbial.start() if adverbial else resp.start()
        else:
            verb = _verb_after_name(text, head_end(text))  # the head may be verb-like ("Các tổ chức")
            # a heading's group without a verb is the whole heading ("Đề nghị các tổ chức cung cấp
            # dịch vụ chi trả"); in a cell the bare group
            end = verb.start() if verb else len(text.rstrip(" .;:")) if whole_heading else 0
            # nor past an adverbial before the verb ("Các sở, ban, ngành liên quan | theo chức
            # năng nhiệm vụ chủ động phối hợp …")
            adverbial = rx.SUBJECT_ADVERBIAL.search(text, head_end(text), end) if end else None
            if adverbial:
                end = adverbial.start()
        if end > ext:
            ext = end
    return ext


# A one-word head of a unit's name ending the text before a word, on the same line ("… Viện |").
_HEAD_WORD_END = regex.compile(r"(?<![\p{L}])(?P<head>\p{Lu}\p{Ll}*)[ ]$")


@functools.lru_cache(maxsize=None)
def _one_word_heads() -> frozenset[str]:
    return frozenset(h.lower() for h, _ in vocab.agency_heads() if " " not in h)


def _after_a_head_word(text: str, end: int) -> bool:
    """Whether a capitalized one-word head of a unit's name ("Viện", "Ban", "Cục") stands just
    before ``end``, on its line: the capitalized word there is its name's, not a verb."""
    m = _HEAD_WORD_END.search(text, max(0, end - 30), end + 1)
    return bool(m) and m.group("head").lower() in _one_word_heads()


def _verb_after_name(text: str, start: int = 0):
    """The first verb-like word of ``text`` that is not part of a unit's name ("cơ quan
    quản lý nhà nước", "Ban Quản lý")."""
    for m in rx.ACTION_ANYWHERE.finditer(text, start):
        word = m.group().strip().lower()
        # "các đơn vị quản lý vận hành công trình điện lực": operation goes with management in
        # the unit's name (Thái Nguyên QĐ 27/2025 Điều 14.2)
        if rx.ORGANISATIONS_IN_A_LIST.match(text, m.start() - 1):
            continue  # "Các cơ quan, đơn vị, | tổ chức …": one more member of the group
        if m.group()[1:2].isupper() and _after_a_head_word(text, m.start()):
            # a capitalized verb-like word after a unit's one-word head is a word of its name: "Các
            # sở ngành liên quan, Viện | Nghiên cứu phát triển Thành phố" (TP HCM QĐ 2820/2025, tune13
            # N06) — not after a place ("Công an Tỉnh | Chủ trì, phối hợp …", review 26 #2)
            continue
        if word != "quản lý" and not (word == "vận hành" and rx.AFTER_MANAGEMENT.search(text, 0, m.start())):
            return m
    return None




def predicate_after_name(text: str) -> regex.Match | None:
    """The first verb after the agency name that opens ``text`` (None if the text is a name
    only): "Sở Tài chính | chủ trì tổng hợp …", not "Các cơ quan chuyên môn thuộc Ủy ban nhân dân
    Thành phố"."""
    return _verb_after_name(text, max(head_end(text), agency_extent(text)))




def _names_a_post(text: str) -> bool:
    """A heading that is a post and what it covers, no sentence: "Phó Chủ tịch phụ trách lĩnh
    vực Công tác Xã hội", "Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã" — not "Thành viên
    Ban Chỉ đạo có trách nhiệm …" (a sentence, read as one) nor "Tổ trưởng: Ông …" (a list of
    members: the colon was cut off before)."""
    if not rx.STAFF_POST.match(text) or len(text.split()) > 20 or rx.RESPONSIBILITY.search(text):
        return False
    # the field a post is in charge of may be named by verbs ("phụ trách lĩnh vực giám sát")
    field = rx.IN_CHARGE_OF.search(text)
    return not rx.ACTION_ANYWHERE.search(text, 0, field.start() if field else len(text))


def _name_like(text: str) -> bool:
    """Short and capitalized like a unit's name ("Tư pháp - Hộ tịch"), not a sentence-case
    topic ("Hợp tác và thu hút đầu tư", "Thu NSNN" read out: "Thu ngân sách nhà nước"); an
    acronym no table reads out is no capitalized word of a name ("Chi NSĐP")."""
    words = [w for w in _LETTERS.findall(expand_abbreviations(text)) if not (len(w) > 1 and w.isupper())]
    if not words or len(words) > 8 or rx.VERB_START.match(text):
        return False
    capitals = sum(w[:1].isupper() for w in words)
    return capitals * 2 >= len(words) and capitals >= 2


_NAME_UP_TO_COLON = regex.compile(r"^(?P<name>[^:;.\n]{3,120}?)\s*(?::|$)")


def _subject_lines(st: Structure, h, out: list[Assignment]) -> None:
    """Lines of a task section whose subject is a named agency:

    * a bullet or paragraph opening with an agency that acts: "- Đài Phát thanh - Truyền
      hình Gia Lai tiếp tục duy trì …", "Sở Nội vụ là cơ quan thường trực …";
    * a directive naming one: "Giao bộ phận Tài chính - Kế toán phối hợp với …";
    * a request naming one up to its colon or the line's end, the task after it or on the
      next line: "- Đề nghị Ủy ban Mặt trận Tổ quốc và các tổ chức thành viên: Đẩy mạnh …".
    """
    title = _strip_directive(h.title)
    names_one = starts_with_agency(title) and not title.lower().startswith("các")
    role = "support" if rx.PARTNERS_HEADING.search(title) and not names_one else "lead"
    j = h.line + 1
    previous = st.lines[h.line].text
    while j < len(st.lines) and st.section_of(j) is h:
        ln = st.lines[j]
        j += 1
        t = ln.text
        # (the line right above: a blank line ends the paragraph, a lower-case line carries its object)
        continued = previous != "" and rx.OBJECT_PENDING.match(previous) is not None and t[:1] not in "-+•*" \
            and len(previous.split()) > 5
        previous = t
        if not t or t[:1].islower():
            continue
        if continued:
            # (not under a label such as "b) Chủ trì, phối hợp", whose items are dashed)
            # the line before broke off before its object: "k) Đài Truyền hình Việt Nam (VTV) chủ trì,
            # phối hợp / Bộ Khoa học và Công nghệ, Bộ Quốc phòng, … xây dựng video clip …" (a crawled
            # line; Thông báo 624/TB-VPCP 2025): these names are its partners, not a new subject
            continue
        found = _sentence_subjects(t)
        if (found is None or (found[1] is None and not found[2])) and (named := _name_over_items(st, j - 1)) is not None:
            spans, task = named
            off = ln.start + (len(t) - len(t.lstrip("-•* ")))
            for s, e in spans:
                out.append(Assignment(clean_agency(t[len(t) - len(t.lstrip("-•* ")):][s:e]), "lead",
                                      h.path, first_sentence(task), off + s, off + e))
            continue
        if found is None or rx.search_execution_clause(t):
            continue
        body, spans, directive = found
        if _reports_trouble_only(t, len(t) - len(body), body):
            continue
        task = t if directive else body
        if spans is None:
            # no verb after the name: only a request names its addressee whole, up to its
            # colon or the line's end, with the task after the colon or on the next line
            whole = _NAME_UP_TO_COLON.match(body) if directive else None
            if whole is None or len(whole.group("name").split()) > 12:
                continue
            spans = [(0, whole.end("name"))]
            task = body[whole.end():].strip() or _section_body(st, j - 1)[0]
        off = ln.start + (len(t) - len(body))
        # "Đề nghị Văn phòng Đảng ủy, … phối hợp Cơ quan …": asked to cooperate, a partner (not
        # "Giao X phối hợp với Y lập …": given the work, X leads it)
        asked = directive and rx.REQUEST_BEFORE.search(t, 0, len(t) - len(body))
        line_role = "support" if asked and rx.PARTNER_FIRST.match(body, spans[-1][1]) else role
        if line_role == "lead" and not directive:
            # "- Các ngân hàng thương mại chủ động phối hợp với Sở Y tế trong công tác tuyên truyền":
            # only asked to cooperate, as the same sentence in a paragraph (round-4 rule 4)
            after = body[spans[-1][1]:]
            duty = rx.DUTY_BEFORE_PARTNER.match(after)
            side = after[duty.end():] if duty else after
            if rx.PARTNER_FIRST.match(side) and _cooperates_only(side):
                line_role = "support"
        if not directive and not rx.DUTY_LABEL.match(body):
            # a bare head word is a verb as often as a name: "- Thanh tra, kiểm tra, xử lý theo
            # thẩm quyền …" under "1.1. Ủy ban nhân dân Thành phố:" (TP HCM QĐ 3210/2014), as the
            # same line read as a sentence elsewhere (_from_directive_sentences)
            spans = [(s, e) for s, e in spans if not (_bare_head(body[s:e]) and body[e:e + 1] == ",")]
        for s, e in spans:
            name = clean_agency(body[s:e])
            if line_role == "support" and _named_in(name, h.title):
                continue  # the heading names it as the item's lead: asked to cooperate in its own task
            if line_role == "lead" and _head_of_the_items_body(name, h.title):
                continue
            if _items_addressee_at_its_level(st, h, name):
                continue
            if len(name.split()) >= 2:
                out.append(Assignment(name, line_role, h.path, first_sentence(task), off + s, off + e))


def _head_of_the_items_body(name: str, title: str) -> bool:
    """Whether ``name`` is a post heading the body the item names alone: "8. UBND các xã, phường: /
    - Chủ tịch UBND các phường, xã chịu trách nhiệm toàn diện …" (Hà Nội CV 6356/2025, tune13 N09):
    the body's work, said of its head, no entry of its own."""
    post = rx.POST_OF_BODY.match(name)
    if not post:
        return False
    body = _strip_directive(title).rstrip(" :.*").strip()
    if not body or not _names_its_body_alone(body):
        return False
    return sorted(fold_agency(name[post.end():]).split()) == sorted(fold_agency(clean_agency(body)).split())


# The places of a level named by their plural or by the level: "… các tỉnh, thành phố từ Hà Tĩnh
# đến Lâm Đồng" and "… cấp tỉnh" (_items_addressee_at_its_level).
_PLACES_OF_A_LEVEL = regex.compile(r"\s(?:các|cấp)\s+(tỉnh|huyện|xã)(?![\p{L}]).*$", regex.IGNORECASE | regex.DOTALL)


def _at_its_level(name: str) -> str | None:
    """``name`` with its places said by their level, folded ("chủ tịch ủy ban nhân dân cấp tỉnh"),
    or None when it names no places of a level."""
    level = _PLACES_OF_A_LEVEL.search(name)
    return fold_agency(name[:level.start()] + " cấp " + level.group(1).lower()) if level else None


def _items_addressee_at_its_level(st: Structure, h, name: str) -> bool:
    """Whether ``name`` is the addressee of the item ``h`` stands in (or of ``h`` itself) named by its
    level: "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, …: / c) … /
    Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ …"
    (Công điện 234/CĐ-TTg 2025, tune14 R11): the item's own work said of it again, no entry."""
    key = _at_its_level(name)
    if key is None or len(key.split()) < 3:
        return False  # (only a body named at a level)
    g, hops = h, 0
    while g is not None and hops < 3:
        title = _strip_directive(_unwrapped_heading(st, g)[0])
        colon = _item_colon(title)
        head = title[:colon] if colon > 0 else title
        focus = rx.FOCUS_CLAUSE.search(head)
        head = clean_agency(head[:focus.start()] if focus else head)
        if head and head != name and _at_its_level(head) == key:
            return True
        g, hops = _parent_heading(st, g), hops + 1
    return False


def _name_over_items(st: Structure, i: int) -> tuple[list[tuple[int, int]], str] | None:
    """A line of a task section that is only a body's name, its work on the items under it:
    "- Bộ Công Thương / + Ban hành theo thẩm quyền …", "Ủy ban nhân dân các tỉnh, thành phố trực
    thuộc trung ương: / - Rà soát, tổng hợp danh mục …" (Nghị quyết 394/NQ-CP 2025, whose dashes
    name the ministries and "+" give their tasks).  Returns the names' spans in the line without
    its bullet and the first task, or None.  The name must fill the line (a sentence that goes on
    after it is read by _sentence_subjects) and the next line must be an item below it: a "+"
    under a dash, or a dash or "+" under a line ending in a colon."""
    t = st.lines[i].text
    bulleted = t[:1] in "-•*"
    if not bulleted and not t.endswith(":"):
        return None
    body = t.lstrip("-•* ")
    name = body.rstrip(" :.")
    if not name or len(name.split()) > 15 or not (starts_with_agency(name, strong_only=True) or starts_with_post(name)):
        return None
    spans, end = agency_list(name)
    if not spans or end < len(name) - 1:
        return None  # a sentence goes on after the name ("- Bộ Xây dựng" is a name: its words fill the line)
    j = i + 1
    while j < len(st.lines) and st.lines[j].blank:
        j += 1
    if j >= len(st.lines) or st.section_of(j) is not st.section_of(i):
        return None
    nxt = st.lines[j].text
    if not (nxt[:1] == "+" or (t.endswith(":") and nxt[:1] in "-•")):
        return None
    return spans, nxt.lstrip("-+•* ")


def _reports_trouble_only(line: str, k: int, clause: str) -> bool:
    """Whether the clause at ``k`` of ``line`` is the closing request to report trouble: "Trong
    quá trình triển khai thực hiện, nếu có phát sinh khó khăn, vướng mắc …, đề nghị các sở, ban,
    ngành … kịp thời báo cáo về Sở …" (round-5 rule 3: no entry)."""
    return k > 0 and rx.DIFFICULTIES_CONDITION.search(line, max(0, k - 160), k) is not None \
        and rx.REPORT_TROUBLE.search(clause) is not None


def _named_in(name: str, heading: str) -> bool:
    """Whether a heading names ``name`` (a word of difference allowed: "các cơ quan Trung ương
    (đóng) trên địa bàn tỉnh")."""
    words = fold_agency(name).split()
    title = set(fold_agency(expand_abbreviations(heading)).split())
    return len(words) >= 2 and len(set(words) - title) <= (1 if len(words) > 3 else 0)


_FUTURE_BEFORE_VERB = regex.compile(r"(?:" + rx.phrase_alternation(vocab.tense_aspect_words("future")) + r")\s+", regex.V0)
_FUTURE_FIRST = frozenset(w[:1] for w in vocab.tense_aspect_words("future"))
_NOTE_LABEL = regex.compile(r"(?:" + rx.phrase_alternation(vocab.note_labels()) + r")\s*:\s*(?=\p{Lu})", regex.V0)
_NOTE_LABEL_FIRST = frozenset(w[:1] for w in vocab.note_labels())


def _sentence_subjects(t: str, after_condition: bool = False):
    """The agencies a line makes responsible as its subject or addressee:

    * "- Sở Tài chính và các đơn vị có liên quan tham mưu …" (a named subject, generic
      partners after it dropped), "Sở Xây dựng, Sở Tài chính tổ chức …" (two subjects);
    * "Các bộ phận chuyên môn … có trách nhiệm …" (a collective subject);
    * "Căn cứ Kế hoạch này, các Sở, ban, ngành … xây dựng …" (after an opening clause);
    * "Giao Thanh tra thành phố tổ chức …", "Sở GDĐT đề nghị Ủy ban nhân dân các xã, phường
      và các đơn vị … thực hiện …" (a directive's addressees).

    Returns (the text from the subject on, its spans or None when no verb follows, whether
    a directive named it), or None for a line that names no responsible agency.
    ``after_condition``: ``t`` is what follows a condition's "thì", whose own "thì" is not
    looked for again (see _subject_after_intro).
    """
    body = t.lstrip("-+• ") if t[:1] in "-+•" else t
    if body[:2] == "* ":
        body = body[2:].lstrip()  # a note's star: "* Lưu ý: Các cơ quan đơn vị, địa phương tổ chức …"
    if body[:1] in _NOTE_LABEL_FIRST and (note := _NOTE_LABEL.match(body)):
        body = body[note.end():]  # the note's label, then its sentence (models/note_labels.txt)
    if body[:1] == "(" and (mark := rx.PARENTHESIZED_ITEM.match(body)):
        body = body[mark.end():]  # "(2) Chủ tịch Ủy ban nhân dân xã, phường và đặc khu xem xét, …"
    if not body:
        return None
    if body[:1] in "Đđ" and (topic := rx.ADDRESSEE_TOPIC.match(body)) and (addressed := _addressed_by_topic(body[topic.end():])):
        return body[topic.end():], addressed, True
    duty = rx.DUTY_LABEL.match(body) if body[:1] in "TtNn" else None
    if duty and len(duty.group("name").split()) <= 12 and not rx.EVERYONE.match(duty.group("name")):
        # "Trách nhiệm của giáo vụ: giám sát …": the label names who bears the duties after it
        body = body[duty.start("name"):]
        return body, [(0, duty.end("name") - duty.start("name"))], True
    directive = _directive_end(body)  # (which tests the first letter before any pattern)
    if not directive and rx.INTRO_CLAUSE.match(body):
        k = _subject_after_intro(body, after_condition)
        if k is None:
            return None
        body = body[k:]
        directive = _directive_end(body)
    if directive:
        body = body[directive:]
    if not directive and body[:4] in ("Các ", "các ") and (comrades := rx.COMRADE.match(body, 4)):
        # "Các đồng chí Phó Chủ tịch Uỷ ban MTTQ Việt Nam xã chỉ đạo thực hiện; …" (Lương Minh KH
        # 16/2025, tune C052): the posts, read as "Các Phó Chủ tịch …" (clean_agency drops the
        # comrades from the name); the spans moved back onto the printed words
        read = _sentence_subjects(body[:4] + body[comrades.end():])
        if read is not None and read[1]:
            cut = comrades.end() - 4
            return body, [(a + cut if a else 0, b + cut) for a, b in read[1]], False
    comrade = rx.COMRADE.match(body)  # "Đồng chí Chủ tịch Ủy ban MTTQ xã chịu trách nhiệm …"
    if comrade:
        body = body[comrade.end():]
        # the comrade's name or party rank before the post that is given the work: "Nguyễn Đức
        # Mạnh – Phó Chủ tịch Ủy ban MTTQ xã …", "Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch …"
        person = rx.PERSON_BEFORE_POST.match(body)
        if person:
            body = body[person.end():]
    # (the responsibility's white space is the unit words' last: "các cơ quan, đơn vị | phải có trách
    # nhiệm …", Nghệ An QĐ 98/2025, is no clause "phải")
    if (units := rx.UNIT_WORDS_SUBJECT.match(body)) and (duty := rx.RESPONSIBILITY.search(body, units.end() - 1, units.end() + 120)) \
            and not rx.PREDICATE_BEFORE_DUTY.search(body, units.end() - 1, duty.start()) \
            and not rx.CLAUSE_PUNCTUATION.search(body, units.end(), duty.start()) and not rx.DONE_OR_DOING.search(body, units.end() - 1, duty.start()) \
            and not rx.BARE_COLLECTIVE.match(body[:duty.start()]) and not rx.GENERIC_PARTNER.match(body[:duty.start()]) \
            and not rx.NAMED_ELSEWHERE.search(body, units.end() - 1, duty.start()):
        # the class whole, its relative clause and all, up to its responsibility
        return body, [(0, duty.start())], bool(directive)
    if not directive and body[:1] in "DdHhNn" and rx.bare_class_list().match(body):
        # "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư bảo đảm kinh phí …" (Hà Nội KH 310/2025):
        # a list of classes without "Các" is the same classes with it; its spans moved back onto
        # the printed words (the first one opens at the class word)
        read = _sentence_subjects("Các " + body[0].lower() + body[1:])
        if read is not None and read[1]:
            return body, [(max(a - 4, 0), b - 4) for a, b in read[1]], False
    if _province_by_its_short_form(body):
        return body, [(0, len(_PROVINCE_SHORT_FORM))], bool(directive)
    printed = None
    if body[:4] == "Mỗi " and not directive:
        # "Mỗi sở, ban, ngành, mỗi lĩnh vực xác định …": each of a collective is the collective
        # given the work, read as "Các …" (same length: the spans hold for the printed words)
        printed, body = body, "Các " + body[4:]
    collective = body[:4].lower() in ("các ", "các\n")
    # a post heading its body is a subject too ("Chủ tịch Ủy ban nhân dân cấp xã chỉ đạo …")
    if not collective and not starts_with_agency(body, strong_only=not directive) and not starts_with_post(body) \
            and not (starts_with_agency(body) and rx.RESPONSIBLE_SOON.search(body, 0, 120)):
        return None
    # (a plural's members after its colon put the verb farther: "Các Bộ, cơ quan liên quan và các Tập
    # đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, …, Công nghiệp - Viễn thông Quân đội theo
    # chức năng, nhiệm vụ và thẩm quyền, trao đổi, phối hợp …", Thông báo 634/TB-VPCP 2025)
    if not directive and not rx.ACTION_ANYWHERE.search(body, 0, _MEMBERS_READ if ":" in body[:80] else 200):
        return None  # no verb near the start: a mention, not a subject (and no segmentation)
    spans, end = agency_list(body)
    if not spans:
        return None
    after = body[end:].lstrip(" ,")
    if (etc := rx.ETC_AFTER_LIST.match(after)) and spans:
        # "Đề nghị Ủy ban MTTQ …, Hội Cựu chiến binh Thành phố, Thành Đoàn... | phát động …" (TP HCM
        # QĐ 3210/2014): the "and others" mark closes the list, its verb follows
        after = after[etc.end():]
    if not directive and rx.DONE_OR_DOING.match(" " + after):
        return None  # a report of what the body did ("… đã chủ động nắm tình hình, phối hợp …")
    if (not directive or ";" in body[:end]) and after[:1] == ":" \
            and rx.ACTION_START.match(after[1:].lstrip()):
        # "+ Sở Xây dựng: hướng dẫn các cơ quan …" (or two bodies: "Các cơ quan chuyên môn … cấp tỉnh và
        # Ủy ban nhân dân các xã, phường: Phối hợp với Sở Tài chính …", Bắc Ninh QĐ 84/2025); a
        # request's addressees listed with "; " up to
        # its colon, the work after it ("Đề nghị các cơ quan chuyên môn …; Văn phòng Đoàn ĐBQH và
        # HĐND Thành phố; …; Hội đồng nhân dân, Ủy ban nhân dân các xã, phường và đặc khu: tổ
        # chức …"); without "; " the addressee is read up to the colon as one name below
        return printed or body, spans, bool(directive)
    if rx.CLASS_BEFORE_DUTY.match(after) and body[end:].lstrip(" ")[:1] == ",":
        return printed or body, spans, bool(directive)
    if after[:1] == ":" and len(spans) == 1 and rx.LOCALITIES_PLURAL_END.search(body[spans[0][0]:spans[0][1]]) \
            and (members := rx.LOCALITY_MEMBERS_BEFORE_VERB.match(after)) and rx.ACTION_START.match(after[members.end():]):
        # "Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy nhanh các thủ tục …"
        # (Công văn 11654/VPCP-CN 2025): the plural's members after its colon, then its verb; each
        # member is read apart later (_members_listed_apart)
        return printed or body, spans, bool(directive)
    if after[:1] == ":" and (plural := rx.DEPARTMENTS_PLURAL.match(body[spans[-1][0]:spans[-1][1]])) \
            and _members_then_verb(after[1:], plural.group("kind"), plural.group("others") is not None):
        # "8. Các Bộ, cơ quan: Tài chính, Xây dựng, …, Tập đoàn Điện lực Việt Nam | theo chức năng,
        # nhiệm vụ được giao | khẩn trương rà soát …" (Thông báo 648/TB-VPCP 2025), "10. Các Bộ, cơ quan
        # liên quan và các Tập đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, … | theo chức năng, … |
        # trao đổi, phối hợp chặt chẽ với Tỉnh …" (Thông báo 634/TB-VPCP 2025): a plural's members after
        # its colon, then its verb; each member is read apart later (_members_listed_apart)
        return printed or body, spans, bool(directive)
    if after[:1] in _FUTURE_FIRST and (future := _FUTURE_BEFORE_VERB.match(after)) and rx.ACTION_START.match(after, future.end()):
        # the future before the subject's verb announces its work: "…, Cục Cảnh sát điều tra tội phạm về
        # ma tuý, Bộ Công an | sẽ | thường xuyên hướng dẫn, kiểm tra, đôn đốc …" (Công văn 3980/C04-P6
        # 2025, real scan Q01 item 4: the issuer commits itself; models/tense_aspect_words.tsv)
        after = after[future.end():]
    if not rx.ACTION_START.match(after) and (verb := _verb_after_adverbial(after)) is not None:
        # "… Chủ tịch UBND các xã, phường | theo chức năng, nhiệm vụ được giao | triển khai …"
        after = after[verb:].lstrip()
    if not rx.ACTION_START.match(after):
        if not directive and (collective or len(spans) > 1):
            return None
        return printed or body, None, bool(directive)  # a request names its addressee up to its colon
    if not directive and rx.ACCOUNTABLE_ONLY.match(after):
        # answerable if it fails, no work: "- Người đứng đầu cơ sở KCB chịu trách nhiệm trước pháp luật
        # nếu để xảy ra sai phạm …" (Hà Nội CV 6357/2025, tune13 N10), "Thủ trưởng các cơ sở KCB chịu
        # trách nhiệm trước pháp luật và trước Bộ trưởng Bộ Y tế nếu để đơn vị mình thực hiện không
        # đúng …" (Bộ Y tế CV 627/2021, tune U06): neither gold has the post
        return None
    return printed or body, spans, bool(directive)


def _members_then_verb(text: str, kind: str, others: bool) -> bool:
    """Whether ``text``, what follows a plural's colon, names two members or more and then the
    plural's verb (after an adverbial, "theo chức năng, nhiệm vụ được giao", maybe)."""
    region = text[:_MEMBERS_READ]
    members = _department_members(" ".join(region.split()), kind, others)
    if len(members) < 2:
        return False
    rest = region[_members_end(region, 0, len(region), members):].lstrip(" ,")
    return bool(rx.ACTION_START.match(rest)) or _verb_after_adverbial(rest) is not None


_CLAUSE_COMMA = regex.compile(r",\s+")


def _addressed_by_topic(rest: str) -> list[tuple[int, int]] | None:
    """The bodies a topic "Đối với …:" names when the work after its colon has no subject of its
    own (rx.ADDRESSEE_TOPIC): "Nhà đầu tư Dự án cao tốc Tân Phú - Bảo Lộc: Khẩn trương nộp hồ sơ …"
    (one name up to the colon, twelve words at most, when the list reader stops inside it), "Sở
    Xây dựng, Sở Tài chính: Phối hợp …" (a list); else None ("Đối với hạng mục đường dẫn …: Giao
    Ban Quản lý dự án …" names a matter, its sentence its own addressee)."""
    colon = rest.find(":", 0, 200)
    work = rest[colon + 1:].lstrip() if colon >= 0 else ""
    # (the work a sentence of its own, a capital first: "…: được giao quản lý, sử dụng tài khoản"
    # says what the body may do, Ninh Bình QĐ 163/2025)
    if not work[:1].isupper() or not starts_with_agency(rest) or not rx.ACTION_START.match(work):
        return None
    spans, end = agency_list(rest[:colon + 1])
    if spans and rest[end:colon].strip(" ,") == "":
        return spans
    if spans and spans[0][0] == 0 and len(rest[:colon].split()) <= 12:
        return [(0, len(rest[:colon].rstrip()))]
    return None


_REQUEST_AFTER_CASE = regex.compile(r",\s+(?=(?:đề\s+nghị|yêu\s+cầu|giao)\s+(?:\p{Lu}|các\s))", regex.V0)


def _subject_after_intro(body: str, after_condition: bool = False) -> int | None:
    """Where the subject starts after an opening clause ("Căn cứ …, các Sở … xây dựng")."""
    # the subject after a condition's "thì": "Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức,
    # đơn vị trực tiếp quản lý người ứng cử có trách nhiệm …", "Đối với người tự ứng cử … thì Ủy ban
    # bầu cử có trách nhiệm phối hợp …" (Lương Minh KH 2026); one level only: a clause after "thì"
    # that opens with a condition again is read by its commas (a line of N conditions read N levels
    # deep raised RecursionError at 500 of them, a 10 KB line, and cost N copies of the line)
    then = rx.THEN.search(body, 0, 300) if not after_condition else None
    if body[:1] in "Tt" and rx.CASE_OPENING.match(body):
        # a case, then what is done in it, and by whom after its "thì": "Trường hợp những người ứng
        # cử đại biểu Quốc hội … tại đơn vị bầu cử xã thì Chủ tịch Ủy ban MTTQ Việt Nam cấp xã chủ
        # trì hội nghị tiếp xúc cử tri …" (Lương Minh HD 2025 II.4.2, tune12 C055) — a body named
        # with its capital only: the case's own actors after its commas ("Trường hợp lỗi đồng bộ
        # giữa hai hệ thống, người dân, doanh nghiệp chủ động …", Hà Nội QĐ 1610/2025; "…, các đơn
        # vị, trường học chủ động tạm dừng …", Hà Nội CV 5095/2025) and a class in lower case ("…
        # thì cơ quan, tổ chức, đơn vị cấp trên trực tiếp có trách nhiệm …", Lương Minh KH 2026)
        # give no one work (gold 08, C039, C058)
        if then and body[then.end():then.end() + 1].isupper() and (found := _sentence_subjects(body[then.end():], after_condition=True)) \
                and found[1]:
            return then.end()
        # or the document's own request in that case, after a comma: "Trường hợp cần bổ sung kinh phí
        # trung ương để đáp ứng yêu cầu, đề nghị Uỷ ban nhân dân tỉnh phối hợp với Cục … đề xuất …"
        # (Công văn 3980/C04-P6 2025, real scan Q01 item 2): its addressee, as any request's
        request = _REQUEST_AFTER_CASE.search(body, 0, 300)
        if request and (found := _sentence_subjects(body[request.end():], after_condition=True)) and found[1] and found[2]:
            return request.end()
        return None
    if then and (found := _sentence_subjects(body[then.end():then.end() + 1].upper() + body[then.end() + 1:],
                                             after_condition=True)) and found[1]:
        return then.end()
    if not rx.COMMA_BEFORE_NAME.search(body, 0, 300) \
            and not any(opens_name_in_sentence(body[m.end():m.end() + 60]) for m in _CLAUSE_COMMA.finditer(body, 0, 300)):
        return None
    first_end = None  # where the clauses after the opening one begin
    for m in _CLAUSE_COMMA.finditer(body, 0, 300):
        if first_end is None:
            first_end = m.end()
            if body[:7].lower() == "căn cứ " and body[first_end:first_end + 1].islower() \
                    and rx.ACTION_START.match(body, first_end):
                # the work itself after the remit, no subject of its own: a body's task under its
                # heading ("3. Sở Giáo dục và Đào tạo / Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở
                # giáo dục phổ thông, các cơ sở giáo dục nghề nghiệp trực thuộc quản lý lồng ghép …",
                # Cần Thơ KH 165/2025, tune13 N02): a body named after a later comma is its object
                # (not a purpose clause of several verbs: "Để đẩy nhanh tiến độ …, bảo đảm triển
                # khai …, UBND tỉnh yêu cầu các sở …", Lâm Đồng 2026, tune C062)
                return None
        # (asked only of a post or a lower-case name after the comma: most commas need no search)
        def predicate_begun(m=m) -> bool:
            return rx.ACTION_ANYWHERE.search(body, first_end - 1, m.start()) is not None
        nxt = body[m.end():m.end() + 300]
        if _province_by_its_short_form(nxt):
            return m.end()  # "Trong thời gian tới, | Tỉnh tổ chức thực hiện …" (Thông báo 648/TB-VPCP 2025)
        if not (nxt[:4].lower() == "các " or (nxt[:1].isupper() and starts_with_agency(nxt, strong_only=True))
                # a post heading its body, as a subject without the clause is read: "Căn cứ vào kết
                # quả hiệp thương lần thứ nhất, chậm nhất là ngày 15 tháng 12 năm 2025, Thường trực
                # Hội đồng nhân dân tỉnh, cấp xã tiến hành …" (Quảng Ninh MTTQ HD 2025)
                # — not once a clause after the opening one has begun the predicate ("…, phối hợp với Sở
                # Dân tộc và Tôn giáo tham mưu trình Ủy ban nhân dân tỉnh, | Chủ tịch UBND tỉnh ban hành …",
                # Phú Thọ QĐ 102/2025: the post is one the work is proposed to)
                or (nxt[:1].isupper() and starts_with_post(nxt) and not predicate_begun())
                # a body named in lower case, as a sentence names it: "Trong điều kiện thời tiết nắng
                # nóng …, chính quyền địa phương phải thông báo …" (Quảng Ninh QĐ 96/2025 Điều 10)
                or (opens_name_in_sentence(nxt) and not predicate_begun())
                or rx.DIRECTIVE.match(nxt)  # "Căn cứ …, đề nghị các cơ quan …"
                # "Để chủ động ứng phó …, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở …"
                or (nxt[:1].isupper() and rx.ISSUER_DIRECTIVE.match(nxt))):
            if rx.MAIN_CLAUSE_WITH_MODAL.match(nxt):
                # the main clause began here, its subject then a modal ("…, Cơ quan thường trực Ban
                # Chỉ đạo có thể đề xuất mời các tổ chức quốc tế, …, Ủy ban nhân dân các tỉnh …
                # tham dự cuộc họp"): a name after a later comma is in its predicate, no subject
                return None
            continue
        directive = _directive_end(nxt)
        spans, end = agency_list(nxt, directive)
        if spans and (directive or _verb_opens(nxt[end:].lstrip(" ,"))):
            return m.end()
    return None


def _verb_opens(text: str) -> bool:
    """Whether a subject's verb opens ``text``, after the future that announces it ("sẽ thường xuyên
    hướng dẫn …", Công văn 3980/C04-P6 2025, real scan Q01 item 4)."""
    if rx.ACTION_START.match(text):
        return True
    future = _FUTURE_BEFORE_VERB.match(text) if text[:1] in _FUTURE_FIRST else None
    return bool(future and rx.ACTION_START.match(text, future.end()))


# A central body's notice on one province calls the province "Tỉnh", capitalized as a name, and
# gives it work: "2. Về việc hỗ trợ 20 xe ô tô …: Tỉnh căn cứ các quy định hiện hành …", "Trong
# thời gian tới, Tỉnh tổ chức thực hiện nghiêm túc nhiệm vụ …" (Thông báo 648/TB-VPCP 2025; the
# reconciled tune14 gold reads it as the province's Ủy ban nhân dân, as both annotators did).
_PROVINCE_SHORT_FORM = "Tỉnh"
_PROVINCE_COMMITTEE = regex.compile(r"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+tỉnh\s+(?P<place>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})",
                                    regex.V0)


# "Tỉnh" alone as a partner: followed by punctuation, the end, a conjunction ("phối hợp chặt chẽ
# với Tỉnh để tập trung nghiên cứu …") or a verb; never a body named by it ("Tỉnh ủy", "Tỉnh đoàn",
# "Tỉnh hội", "Tỉnh đội …": a lower-case word that is no verb); the conjunctions are
# models/conjunctions_after_partner.txt
_PROVINCE_AS_PARTNER = regex.compile(
    _PROVINCE_SHORT_FORM + r"""(?![\p{L}])
    (?: [ \t]* (?: [^\s\p{L}] | \n | $ )          # punctuation, the line's or the text's end
      | [ \t]+ (?= (?:""" + rx.phrase_alternation(vocab.conjunctions_after_partner()) + r""")(?![\p{L}]) ) )   # a conjunction
    """, regex.V0 | regex.VERBOSE)


def _province_as_partner(window: str) -> bool:
    """Whether ``window`` opens with "Tỉnh" standing alone for the province (see above), or "Tỉnh" then a verb."""
    return _PROVINCE_AS_PARTNER.match(window) is not None or _province_by_its_short_form(window)


def _province_named(place: str) -> str:
    """The province a committee's name ends with: the longest run of its capitalized words that is a
    province's name ("Điện Biên" of "Điện Biên\nBộ Xây dựng", the name run on into the next line),
    else the words of its line (review 25 #5)."""
    words = place.split()
    for n in range(len(words), 0, -1):
        if vocab.fold(" ".join(words[:n])) in vocab.province_index():
            return " ".join(words[:n])
    return " ".join(place.split("\n", 1)[0].split())


def _province_by_its_short_form(text: str) -> bool:
    """Whether ``text`` opens with the bare "Tỉnh", then a verb ("Tỉnh nghiên cứu lập báo cáo …")."""
    return text[:5] == _PROVINCE_SHORT_FORM + " " and rx.ACTION_START.match(text, 5) is not None


@per_document
def _province_short_form_stands_for(st: Structure) -> str | None:
    """The province's Ủy ban nhân dân that "Tỉnh" stands for: the one the text names in full ("Ủy ban
    nhân dân tỉnh Điện Biên"), in a document the province does not issue itself; None when the text
    names none, or the committees of several provinces."""
    places = {_province_named(m.group("place")) for m in _PROVINCE_COMMITTEE.finditer(st.text)}
    if len(places) != 1:
        return None
    name = f"Ủy ban nhân dân tỉnh {places.pop()}"
    return None if _is_issuer(st, name) else name


def _issuer_requests_after_comma(t: str) -> list[int]:
    """Where the issuer's request starts after an opening clause of any wording ("Thiết thực
    lập thành tích chào mừng Đại hội …, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân
    các tỉnh … thực hiện …", Công điện 229/CĐ-TTg 2025)."""
    found = (m.start() + 2 for pattern in (rx.REQUEST_AFTER_OPENING, rx.HANDS_ON_AFTER_OPENING)
             for m in pattern.finditer(t, 0, _SENTENCE_WINDOW)
             if t[m.start() + 1:m.start() + 2] == " " and rx.ISSUER_DIRECTIVE.match(t[m.start() + 2:m.start() + 200]))
    return sorted(set(found))


def _preamble_requests(t: str) -> bool:
    """An opening statement that asks its addressees to act: after an opening clause ("Thực
    hiện …, Sở X đề nghị UBND …") or as the whole sentence, the issuer first ("Ủy ban nhân dân
    tỉnh yêu cầu các sở, ban, ngành và Ủy ban nhân dân các xã, phường thực hiện tốt các nội
    dung sau:", a Chỉ thị's or Công điện's request before its numbered points)."""
    return bool(rx.REQUEST_AFTER_OPENING.search(t, 0, _SENTENCE_WINDOW) or rx.ISSUER_DIRECTIVE.match(t)
                or (" giao " in t and _issuer_requests_after_comma(t)))


def _from_directive_sentences(st: Structure, out: list[Assignment]) -> set[int]:
    """Sentences that give work, wherever they stand: "Giao Sở Y tế …", "Đề nghị Ủy ban
    nhân dân phường, xã và đặc khu thực hiện …", "Sở Nội vụ chủ trì, phối hợp …" — in a
    decision's articles, a directive's paragraphs, a letter's body — and, in an operative
    part (a decision's articles, the items after "… đề nghị:" / "… kết luận như sau:"), an
    agency that is the subject of its sentence ("Văn phòng UBND tỉnh theo dõi, đôn đốc …").
    Every sentence of a line is read (a crawled article is one line).  In a task part the
    first sentence of a line is read by the task-section pass.  Not the preamble, the
    signature block or a decision's execution clause."""
    end = len(st.lines)  # an attached regulation or plan goes on after the decision's signature
    block = _signature_and_recipients(st)
    # the opening statements give no work (a "Căn cứ …" clause inside a section may)
    preamble = {i for i in (st.line_at(s) for s, _ in st.preamble) if st.line_section[i] is None}
    opening_lines = {i for s, e in st.preamble for i in range(st.line_at(s), st.line_at(max(s, e - 1)) + 1)
                     if st.line_section[i] is None}
    in_task: dict[int, bool] = {}  # heading index → read by the task-section pass
    work_lines: set[int] = set()  # lines that gave work: their partners count too
    operative = _operative_lines(st, block)
    # only lines holding a directive or a lead's verb can give work: found in one scan
    body_from = st.lines[st.body_start].start if st.body_start < len(st.lines) else 0
    body_to = st.lines[end - 1].end if 0 < end <= len(st.lines) else len(st.text)
    hit_lines = set()
    for word in rx.GIVES_WORK_WORDS + rx.COOPERATION_WORDS:
        k = st.text.find(word, body_from, body_to)
        while k >= 0:
            i = st.line_at(k)
            hit_lines.add(i)
            # (the line is a candidate: its further hits add nothing, look on from the next line)
            k = st.text.find(word, st.lines[i + 1].start if i + 1 < len(st.lines) else body_to, body_to)
    candidates = sorted(hit_lines | operative)
    line_names: dict[int, list[str]] = {}  # what the earlier passes found on a line
    for a in out:
        line_names.setdefault(st.line_at(a.start), []).append(a.agency)
    for i in candidates:
        if not st.body_start <= i < end or i in block:
            continue
        ln = st.lines[i]
        t = ln.text
        if len(t) < 12 or (i in preamble and not _preamble_requests(t)):
            continue  # (a letter's opening sentence may end in its request: "Thực hiện …, Sở X đề nghị UBND …")
        hi = st.line_section[i]
        task_part = False
        if hi is not None:
            if hi not in in_task:
                in_task[hi] = _in_task_section(st, st.headings[hi])
            task_part = in_task[hi]
        numbered = t[:1].isdigit()
        if numbered:
            t = rx.ARABIC_HEADING.sub(r"\g<title>", t)
        elif rx.may_open_letter_heading(t):
            t = rx.LETTER_HEADING.sub(r"\g<title>", t)
        elif t.startswith("Điều"):
            t = rx.ARTICLE_HEADING.sub(r"\g<title>", t)
        h = st.section_of(i)
        # (an item's topic the crawl broke over two lines, its colon on the second: "7. Về dự án xây
        # dựng đường cao tốc Sơn La - Điện | Biên - Cửa khẩu Tây Trang; …: Tỉnh thực hiện …", Thông
        # báo 648/TB-VPCP 2025)
        topic_goes_on = not numbered and h is not None and h.line == i - 1 and st.lines[h.line].text[:1].isdigit() \
            and not rx.LINE_CLOSED.search(st.lines[h.line].text)
        # each sentence of the line, and a later clause that opens with a directive ("Trên
        # đây là Kế hoạch …; UBND tỉnh đề nghị các sở, ban, ngành … triển khai")
        label = rx.TOPIC_LABEL.match(t)
        starts = sorted({0, *(m.end() for m in rx.later_directives(t)),
                         *(m.end() for m in rx.SENTENCE_START_AFTER_STOP.finditer(t)),
                         *(m.end() for m in rx.CLAUSE_START.finditer(t) if not _in_partner_list(t, m.start())),
                         *(m.end() for m in rx.LOWER_CLAUSE_START.finditer(t) if not _in_partner_list(t, m.start())),
                         *((label.end(),) if label else ()),
                         *((step.end(),) if t[:8].lstrip("-+• ")[:1] in "Bb" and (step := rx.STEP_LABEL.match(t)) else ()),
                         # an item's topic, then its work: "3. Khẩn trương xây dựng … chiến lược dữ liệu:
                         # (1) Thanh tra Chính phủ ban hành …; (2) Bộ Công an chủ trì …" (Thông báo
                         # 624/TB-VPCP 2025)
                         *((topic.end(),) if (numbered or topic_goes_on) and (topic := rx.ITEM_TOPIC_COLON.match(t)) else ()),
                         # (the issuer's request after an opening clause on any line of the opening
                         # statements, the first or a later one: "Báo Đấu thầu … đưa tin … / Về nội
                         # dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư …", CV
                         # 2739/VPCP-ĐMDN 2019)
                         *(_issuer_requests_after_comma(t) if i in preamble or i in opening_lines else ())})
        for n, k in enumerate(starts):
            if task_part and k == 0:
                continue
            first = t[k:k + 8].lstrip("-+• ")[:1]
            if first == "(" and (mark := rx.PARENTHESIZED_ITEM.match(t, k)):
                first = t[mark.end():mark.end() + 1]  # "(2) Chủ tịch …"
            lower_clause = k > 0 and t[k - 2:k] == "; " and first.islower() and rx.LOWER_CLAUSE_START.match(t, k - 2)
            if not (first.isupper() or first in "đgy" or lower_clause):
                continue
            # the execution clause is one sentence however many "; " it holds (bounded: a
            # subject and its verb stand near the start, a crawled line may be megabytes)
            window = t[k:k + _SENTENCE_WINDOW]
            if lower_clause:  # its subject read as a sentence's (same length: the spans hold)
                window = window[:1].upper() + window[1:]
            full_stop = rx.SENTENCE_START_AFTER_STOP.search(window)
            sentence = window[:full_stop.start() + 1] if full_stop else window  # (with its full stop)
            if _executes_only(sentence):
                continue
            if _reports_trouble_only(t, k, sentence):
                continue
            found = _sentence_subjects(window)
            if found is None:
                continue
            body, spans, directive = found
            if spans is None:
                # a request names its addressee up to its colon ("Đề nghị UBND các huyện, thị
                # xã và thành phố Huế: …"); without a colon or a verb it names no one here
                whole = _NAME_UP_TO_COLON.match(body) if directive else None
                if whole is None or not whole.group().rstrip().endswith(":") \
                        or len(whole.group("name").split()) > 12:
                    continue
                spans = [(0, whole.end("name"))]
                task = body[whole.end():].strip() or _section_body(st, i)[0]
            else:
                task = window
            after = body[spans[-1][1]:]
            subject_at = len(window) - len(body)
            if subject_at and rx.TROUBLE_REPORTED.match(after) \
                    and rx.DIFFICULTIES_CONDITION.search(t, max(0, k + subject_at - 160), k + subject_at):
                continue  # the condition opens the subject's own sentence, whose work is the report
                # ("Trong quá trình …, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị … kịp thời phản ánh
                # về Sở …"; not "…, các tỉnh ủy, thành ủy tổng hợp, báo cáo Ban …", tune3 gold C044)
            if _on_summons(body, spans[-1][1]):
                continue  # a duty only on a summons ("… và các cơ quan liên quan khi nhận được lệnh …")
            if not directive and not _leads(after) and not rx.DUE_DATE_OPENING.match(window):
                if i not in operative:
                    continue
                # the issuer (or its head) describing its own part is no work given to it
                # ("UBND tỉnh, Chủ tịch UBND tỉnh tổng hợp …" in the province's regulation)
                spans = [(s, e) for s, e in spans if not _is_issuer(st, body[s:e])]
            # a bare head word is a verb as often as a name ("Thanh tra, kiểm tra, xử lý …")
            # (a duty label names its bearer as a label does: "Trách nhiệm của giáo vụ: …")
            if not rx.DUTY_LABEL.match(window.lstrip("-+• ")):
                spans = [(s, e) for s, e in spans if not _bare_head(body[s:e])]
            # "X có trách nhiệm phối hợp với Y …" is X's cooperation as much as "X phối hợp với Y …"
            duty = rx.DUTY_BEFORE_PARTNER.match(after)
            partner_side = after[duty.end():] if duty else after
            role = "support" if rx.PARTNER_FIRST.match(partner_side) and _cooperates_only(partner_side) else "lead"
            # where the subject stands in the printed line (a name said twice on it is found
            # from its own sentence on)
            at = ln.text.find(body[:20], len(ln.text) - len(t) + k)
            off = ln.start + (at if at >= 0 else 0)
            names = _shared_complements([clean_agency(body[s:e]) for s, e in spans],
                                        [body[e:s2] for (_, e), (s2, _) in zip(spans, spans[1:])])
            if _PROVINCE_SHORT_FORM in names:
                province = _province_short_form_stands_for(st) or ""
                names = [province if n == _PROVINCE_SHORT_FORM else n for n in names]
            for (s, e), name in zip(spans, names):
                if len(name.split()) >= 2 and not (k and _restates_collective(name, line_names.get(i, ()))):
                    out.append(Assignment(name, role, h.path if h else None, first_sentence(task), off + s, off + e))
                    work_lines.add(i)
            if directive and after[:12].lstrip()[:1] in "cq" and (via := _DIRECTS_OTHERS.match(after)):
                # the addressee asked to have others cooperate: "Đề nghị UBND tỉnh chỉ đạo các sở, ban,
                # ngành, UBND cấp xã chủ động phối hợp, cung cấp thông tin …" (Công văn 3980/C04-P6
                # 2025, real scan Q01): those bodies are asked to cooperate by the sentence, partners
                # (Clarifications); bodies only directed to work of their own are no entries ("chỉ đạo
                # Hội đồng nhân dân tỉnh xem xét, ban hành …", Sơn La Chỉ thị 29-CT/TU 2023)
                listed, listed_end = agency_list(after, via.end())
                if listed and rx.PARTNER_FIRST.match(after, listed_end):
                    at_after = off + spans[-1][1]
                    for s2, e2 in listed:
                        name = clean_agency(after[s2:e2])
                        if len(name.split()) >= 2:
                            out.append(Assignment(name, "support", h.path if h else None, first_sentence(task),
                                                  at_after + s2, at_after + e2))
    return work_lines


# The addressee of a request directing others, before them: "Đề nghị UBND tỉnh | chỉ đạo | các sở, …".
_DIRECTS_OTHERS = regex.compile(r"\s*(?:quan\s+tâm\s*,?\s*)?chỉ\s+đạo\s+(?=các\s|\p{Lu})", regex.V0)


# A people's council or committee named bare before the other one with its places: "Hội đồng nhân
# dân, Ủy ban nhân dân các xã, phường và đặc khu" is the council and the committee of those
# communes (TP HCM CV 4169/2025; the reconciled tune5 gold writes both out).
_BARE_LOCAL_BODY = regex.compile(rx.PEOPLES_BODY_NAME)
_LOCAL_BODY_WITH_PLACES = regex.compile(rx.PEOPLES_BODY_NAME + r"(?P<places> (?:các |cấp )?\S.*)$")
# The same body with no place of its own, or the level of the body the sentence names ("cùng cấp").
_UNPLACED_LOCAL_BODY = regex.compile(r"(?P<body>" + rx.PEOPLES_BODY_NAME + r")(?: cùng cấp)?")




def _shared_complements(names: list[str], separators: list[str]) -> list[str]:
    """The names of a list, each with what it shares with the next one (``separators[k]`` stands
    between name k and name k + 1: only names joined by "," or "và" share)."""
    out = list(names)
    for k in range(len(out) - 2, -1, -1):
        if ";" in separators[k]:
            continue
        if _BARE_LOCAL_BODY.fullmatch(out[k]) and (nxt := _LOCAL_BODY_WITH_PLACES.match(out[k + 1])):
            out[k] += nxt.group("places")
        elif out[k][:4] == "Các " and out[k + 1][:4] == "Các " and " thuộc " not in out[k] \
                and (under := rx.UNDER_BODY.search(out[k + 1])):
            out[k] += under.group()
        elif out[k + 1].endswith(" các cấp") and _EVERY_LEVEL_BODY.fullmatch(out[k]):
            # the Front and its organisations at every level: "Mặt trận Tổ quốc Việt Nam, Hội Cựu chiến
            # binh, Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp" (BCĐQG 1237 KH 252/2013, tune V02)
            out[k] += " các cấp"
    return out


# A body of the Front, of its member organisations or of the people's councils and committees named
# without its place, which the "các cấp" ending a list it opens qualifies too (one at every level).
_EVERY_LEVEL_BODY = regex.compile(
    r"(?:Ủy\s+ban\s+)?Mặt\s+trận\s+Tổ\s+quốc(?:\s+Việt\s+Nam)?"
    r"|Hội\s+(?:Cựu\s+chiến\s+binh|Nông\s+dân|Liên\s+hiệp\s+Phụ\s+nữ|Cựu\s+Thanh\s+niên\s+xung\s+phong|Người\s+cao\s+tuổi|Chữ\s+thập\s+đỏ)(?:\s+Việt\s+Nam)?"
    r"|Đoàn\s+Thanh\s+niên(?:\s+Cộng\s+sản\s+Hồ\s+Chí\s+Minh)?|Công\s+đoàn|Liên\s+đoàn\s+Lao\s+động"
    r"|(?:Thường\s+trực\s+)?(?:Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+nhân\s+dân)")


def _cooperates_only(after: str) -> bool:
    """Whether a subject followed by "phối hợp với …" is only asked to cooperate (support) or has
    a task of its own after its partners (lead; round-4 rule 4): "Các đơn vị đóng quân … phối hợp
    với lực lượng Kiểm lâm, chính quyền địa phương | tham gia chữa cháy rừng" cooperates;
    "Cơ quan truyền thông xã … phối hợp với cơ quan Kiểm lâm trên địa bàn | tổ chức tuyên truyền …"
    leads.  Partners that cannot be read keep the cautious reading (support)."""
    opening = rx.PARTNER_LIST_START.match(after)
    if opening is None:
        return True
    rest = after[opening.end():opening.end() + _SENTENCE_WINDOW]
    spans, end = agency_list(rest)
    if not spans:
        # partners named by a bare class of a few words, then a verb of the subject's own: "Bộ Nông
        # nghiệp và Môi trường chủ động phối hợp với địa phương | xử lý việc hỗ trợ giống cây trồng …"
        # (Thông báo 661/TB-VPCP 2025) leads as a named partner's subject does
        # (not a cooperation that names no partner: "Đề nghị các cơ quan … phối hợp | triển khai …")
        verb = rx.ACTION_ANYWHERE.search(rest, 0, _BARE_PARTNER_READ) if _PARTNER_WORD_LAST.search(opening.group()) else None
        return not (verb and rest[verb.start() + 1:verb.start() + 2].islower()
                    and _BARE_PARTNER.fullmatch(rest, 0, verb.start())
                    and not rx.COOPERATION_ONLY_TAIL.match(rest, verb.start()))
    return bool(rx.COOPERATION_ONLY_TAIL.match(rest, end))


_BARE_PARTNER_READ = 40
_PARTNER_WORD_LAST = regex.compile(r"(?:với|cùng)\s*$", regex.V0)
_BARE_PARTNER = regex.compile(r"(?:các\s+)?\p{Ll}+(?:\s+\p{Ll}+){0,2}", regex.V0)


def _own_work_after_cooperation(task: str) -> bool:
    """Whether a task that opens with the cooperation goes on, after a ";", to work of its own
    ("Phối hợp chặt chẽ với cơ quan điều tra trong điều tra, truy tố, xét xử …; | tăng cường công
    tác nghiên cứu hồ sơ, ra quyết định …", tune V01 III.14): the bodies lead (round-4 rule 4),
    however the partners are named.  Within the task's first sentence."""
    sentence = task.split(". ", 1)[0]
    for clause in sentence.split(";")[1:]:
        clause = rx.BULLET_MARK.sub("", clause.strip())
        if rx.ACTION_START.match(clause) and not rx.PARTNER_FIRST.match(clause):
            return True
    # or, after a comma, to a verb of its own past the partners' list: "Phối hợp chặt chẽ với cấp ủy,
    # chính quyền các cấp, | phát huy khối đại đoàn kết toàn dân trong tuyên truyền, vận động …" (Đắk
    # Lắk KH 124/2025 IV.2, tune14 R03; "tổ chức" after a comma may be one more partner, no verb)
    first, *clauses = [c.strip() for c in sentence.split(";")[0].split(", ")]
    if _PURPOSE.search(first):
        return False  # "Phối hợp với công an trong kiểm tra, | xử lý …": the purpose's verbs
    in_list = True  # still among the partners
    for k, clause in enumerate(clauses):
        if _LIST_ITEM_VERB.match(clause) or rx.PARTNER_FIRST.match(clause) or not rx.ACTION_START.match(clause):
            if _PURPOSE.search(clause):
                break  # the list ended in the cooperation's purpose: "… hải quan | trong kiểm tra, xử lý …"
            # a verb within the clause ends the list: "Phối hợp với các ngành, | các cấp tăng cường các
            # hoạt động tuyên truyền, | vận động cán bộ …" (Cần Thơ KH 165/2025 II.7, tune13 N02)
            in_list = in_list and rx.ACTION_ANYWHERE.search(clause) is None
            continue
        if in_list and k + 1 < len(clauses) and _SHORT_LIST_ITEM.fullmatch(clause):
            # a short item with more of the list after it is one more partner, not a verb: "Phối
            # hợp chặt chẽ với công an, | quản lý thị trường |, hải quan trong kiểm tra …" (review 25 #2)
            continue
        return True
    return False


# words after a comma of a partner list that read as verbs but are partners' names ("tổ chức"
# of "các tổ chức …", "xây dựng" of "Sở Xây dựng" cut by the comma: models/list_item_verbs.txt)
_LIST_ITEM_VERB = regex.compile("(?:" + rx.phrase_alternation(vocab.list_item_verbs()) + r")(?![\p{L}])", regex.V0 | regex.IGNORECASE)
# the cooperation's purpose, which ends its partner list; verbs after it are the purpose's
_PURPOSE = regex.compile(r"(?<![\p{L}])(?:trong|để|nhằm)(?![\p{L}])", regex.V0)
# a list item of a few lower-case words, no purpose or object of its own ("quản lý thị trường")
_SHORT_LIST_ITEM = regex.compile(r"\p{Ll}+(?:\s+\p{Ll}+){0,3}", regex.V0)


def _on_summons(body: str, end: int) -> bool:
    """Whether the subject list ending at ``end`` acts only on a summons ("Các cơ quan y tế, điện
    lực, cấp nước | và các cơ quan liên quan | khi nhận được lệnh huy động phải …"): the summons
    within a few words, no verb before it."""
    summons = rx.ON_SUMMONS.search(body, end, end + 60)
    return summons is not None and not rx.ACTION_ANYWHERE.search(body, end, summons.start())


def _leads(after: str) -> bool:
    """Whether what follows a subject makes it lead: "chủ trì", "có trách nhiệm" … — also after
    the ground it acts on ("Các cấp ủy, tổ chức đảng … | căn cứ quy trình nêu trên, | có trách
    nhiệm cụ thể hóa …")."""
    if rx.LEADS.match(after) or _cooperates_with_named(after):
        return True
    after = after.lstrip(" ,")
    if not rx.SUBJECT_ADVERBIAL.match(" " + after):
        return False
    # (the ground may list bodies itself: "Sở Tài chính, | trên cơ sở đề xuất của các cơ quan,
    # đơn vị, địa phương, | chủ trì tổng hợp …", Lai Châu KH 7360/2025: the lead's words after any
    # of its commas)
    comma = after.find(",", 0, 160)
    while comma > 0:
        if rx.LEADS.match(after, comma):
            return True
        comma = after.find(",", comma + 1, 160)
    return False


def _cooperates_with_named(after: str) -> bool:
    """Whether a subject's verb is its cooperation with partners the text names ("… | phối hợp
    chặt chẽ với Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã để thành lập …", Lương Minh HD
    2025): the subject is given that work (lead or support by _cooperates_only), its partners
    too — not a cooperation with no one named ("… phối hợp thực hiện", "… phối hợp với các đơn
    vị liên quan")."""
    opening = rx.PARTNER_LIST_START.match(after)
    if opening is None:
        return False
    spans, _ = agency_list(after[opening.end():opening.end() + _SENTENCE_WINDOW], keep_generic=False)
    return bool(spans)


def _restates_collective(name: str, earlier: tuple[str, ...] | list[str]) -> bool:
    """A collective a later sentence of the line names again, shorter ("các Sở, ban, ngành,
    đoàn thể, địa phương … Đồng thời, yêu cầu các Sở, ban, ngành, địa phương …"): the same
    addressees, not a new entry."""
    if name[:4].lower() != "các ":
        return False
    words = set(fold_agency(name).split())
    return any(words < set(fold_agency(other).split()) for other in earlier)


def _bare_head(name: str) -> bool:
    """A name that is only a head word ("Thanh tra", "Trung tâm", "Văn phòng") — not a post
    or body whose head is a whole phrase ("Trưởng ban công tác Mặt trận"): no verb reads so."""
    return name[:4].lower() != "các " and 0 < head_end(name) and not name[head_end(name):].strip() \
        and len(name.split()) <= 2


def _is_issuer(st: Structure, name: str) -> bool:
    """Whether ``name`` is the issuing body of the document (or its head: "Chủ tịch UBND
    tỉnh" in a decision of the provincial UBND), as its header names it."""
    header = " ".join(st.line(i).text for i in st.header_lines)
    if not header:
        return False
    issuer = fold_agency(expand_abbreviations(header))
    subject = fold_agency(expand_abbreviations(name))
    m = rx.AGENCY_TITLE_PREFIX.match(subject)
    if m:
        subject = subject[m.end():]
    return len(subject.split()) >= 2 and issuer.startswith(subject)


def _in_partner_list(t: str, semicolon: int) -> bool:
    """Whether the "; " at ``semicolon`` goes on with a list of partners ("phối hợp với các Sở,
    ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường tổ chức …"), not a new clause."""
    partner = None
    for partner in rx.PARTNER_PHRASE.finditer(t, max(0, semicolon - 300), semicolon):
        pass
    if partner is None:
        return False
    rest = t[partner.end():semicolon + 1]
    _, end = agency_list(rest)
    return end >= len(rest.rstrip("; ")) - 1


_SENTENCE_WINDOW = 1500  # characters of a sentence read for its subject, verb and task


def _operative_lines(st: Structure, block: set[int]) -> set[int]:
    """Lines of the parts that give work by their sentences' subjects: the items after a line
    that opens a list of requests ("… đề nghị:", "… kết luận như sau:", "QUYẾT ĐỊNH:"), up to
    the next heading of the opener's level or above (to the end when it stands in no
    section), and a decision's articles ("Điều 2. …") that are not its execution clause."""
    lines: set[int] = set()
    n = len(st.lines)
    section = st.line_section
    starts_at = {h.line: k for k, h in enumerate(st.headings)}  # heading line → heading index
    i = st.body_start
    while i < n:
        t = st.lines[i].text
        # (a lettered point may open the list: "b) Để làm tốt …, đề nghị: / (i) Tập đoàn … báo cáo …")
        if not (t.endswith(":") or t.endswith("*")) or not rx.WORK_LIST_OPENING.search(t) \
                or _heading_line(t) and not t.lstrip("*").lstrip().startswith("QUYẾT") \
                and not (rx.may_open_letter_heading(t) and rx.LETTER_HEADING.match(t)):
            i += 1
            continue
        h = st.section_of(i)
        j = i + 1
        while j < n and j not in block:
            k = starts_at.get(j)
            if h is not None and k is not None and st.headings[k] is not h and st.headings[k].level <= h.level:
                break  # the next heading of the opener's level ends its list
            lines.add(j)
            j += 1
        i = j
    # a decision's articles: every line whose heading's path is under "Điều N"
    article: dict[int, bool] = {}  # heading index → in an article that gives work
    root: dict[str, bool] = {}
    for k, h in enumerate(st.headings):
        top = h.path.split(".", 1)[0]
        if h.level == 1 and h.path.startswith("Điều"):
            # a scope article or the execution clause gives no work, wherever it stands
            root[top] = not _is_execution_clause(st, h) and not rx.SCOPE_ARTICLE.match(h.title)
        if top in root:
            article[k] = root[top]
    # a procedure's steps: who does each step is given it.  A numbered heading that names the
    # step ("2. Bước 2. Tiếp nhận hồ sơ") holds its sub-items; a step printed as a line of its
    # own ("BƯỚC MỘT", "Bước 2: Hội nghị lấy ý kiến cử tri …") runs to the next step, and the
    # last one to the next top-level heading.
    # (a step's heading or line holds the word: only the lines found by one search are read)
    step_word_lines = {st.line_at(m.start()) for m in rx.STEP_WORD.finditer(st.text)}
    steps = [h.path for h in st.headings if h.line in step_word_lines and rx.STEP_HEADING.match(h.title)]
    if steps:
        for j in range(n):
            k = section[j]
            if k is not None and any(st.headings[k].path == p or st.headings[k].path.startswith(p + ".") for p in steps):
                lines.add(j)
    step_lines = sorted(j for j in step_word_lines
                        if j >= st.body_start and starts_at.get(j) is None and rx.STEP_HEADING.match(st.lines[j].text))
    for m, j in enumerate(step_lines):
        last = m + 1 == len(step_lines)
        for q in range(j, n if last else step_lines[m + 1]):
            if q in block or (last and q > j and starts_at.get(q) is not None and st.headings[starts_at[q]].level == 1):
                break
            lines.add(q)
    excluded: set[int] = set()
    if article:
        for j in range(n):
            giving = article.get(section[j]) if section[j] is not None else None
            if giving is not None:
                (lines if giving else excluded).add(j)
    return lines - block - excluded


def _heading_line(t: str) -> bool:
    return bool(rx.ARABIC_HEADING.match(t) or rx.ROMAN_HEADING.match(t) or rx.ARTICLE_HEADING.match(t)
                or rx.LETTER_HEADING.match(t))


def _signature_and_recipients(st: Structure) -> set[int]:
    """Printed lines of the signature block and of "Nơi nhận" (no work is given there)."""
    marks = list(st.recipients_lines) + list(st.signature.get("authority") or [])
    marks += [st.signature[k] for k in ("title", "name") if st.signature.get(k) is not None]
    return {st.source_line(m) for m in marks}


def _from_labelled_lines(st: Structure, out: list[Assignment]) -> None:
    for i, ln in enumerate(st.lines):
        m = _labelled(ln.text)
        if not m:
            # (the line lower-cased once, not once per word)
            if len(ln.text) <= _LABEL_ALONE_READ and (lowered := ln.text.lower()) \
                    and any(w in lowered for w in rx.LABEL_ALONE_WORDS) \
                    and (alone := rx.LABEL_ALONE.match(ln.text)):
                _from_label_over_items(st, i, alone.group("label").lower(), out)
            continue
        label = m.group("label").lower()
        role = _labelled_role(st, i, label)
        if role is None:
            continue
        h = st.section_of(i)
        section = h.path if h else None
        task = _task_for_labelled(st, i, h)
        lst = m.group("list")
        base = ln.start + m.start("list")
        # the list stops at a label of its own that a crawl joined to the line: "… Liên đoàn Lao
        # động tỉnh và địa phương -Thời gian thực hiện: …" (Kon Tum QĐ 435/2020)
        joined = rx.JOINED_TIME_LABEL.search(lst)
        if joined:
            lst = lst[:joined.start()]
        # a lead's own partners on its line: "Cơ quan thực hiện: Sở X chủ trì, phối hợp với A;
        # B; C" — A, B and C are partners, not further leads (Kon Tum QĐ 435/2020, twelve lines)
        partners_from = _partners_start(lst, 0) if role == "lead" else None
        for s, e in split_agency_list(lst, labelled=True):
            if partners_from is not None and s >= partners_from:
                if rx.LEAD_WORD.search(lst, s, e):
                    partners_from = _partners_start(lst, s)  # "…; Sở C chủ trì, phối hợp với D"
                else:
                    # a partner item is read as the partners of a task are: its named bodies
                    # and collectives, a generic one too on a label ("các đơn vị có liên quan"),
                    # not a lower-case word after "và" ("Liên đoàn Lao động tỉnh | và địa phương")
                    for ps, pe in agency_list(lst[s:e])[0]:
                        name = clean_agency(lst[s + ps:s + pe])
                        if name and len(name) > 2:
                            out.append(Assignment(name, "support", section, task, base + s + ps, base + s + pe))
                    continue
            e = s + _name_before_verb(lst[s:e])
            # a kind of body and its members after a colon ("Ủy ban nhân dân các huyện: Hoa Lư,
            # Nho Quan và Yên Mô"): the kind is the name, its members are read apart after it
            inner = lst.find(":", s, e)
            if inner > s:
                e = inner
            name = clean_agency(lst[s:e])
            if name and len(name) > 2:
                out.append(Assignment(name, role, section, task, base + s, base + e))


_LABEL_ALONE_READ = 60   # a label alone on its line is short
_LABEL_ITEMS_READ = 8    # item lines a label alone may head
_LABEL_ITEM_LEN = 120    # an item of names only is short


def _from_label_over_items(st: Structure, i: int, label: str, out: list[Assignment]) -> None:
    """A label alone on line ``i`` ("a) Cơ quan chủ trì", "2. Chủ trì thực hiện", "b) Cơ quan phối
    hợp") whose list stands on the item lines below it, one or more names each ("- Bộ Quốc phòng;
    Bộ Tài chính."): each name is a lead (a support under a "phối hợp" label).  The list ends at a
    blank-free line that is no name — a numbered or lettered item, a label of its own (a time, a
    lead under "b) Cơ quan thực hiện:"), a note in brackets, a sentence."""
    role = _labelled_role(st, i, label)
    if role is None:
        return
    h = st.section_of(i)
    section = h.path if h else None
    task = _task_for_labelled(st, i, h)
    j, taken = i + 1, 0
    while j < len(st.lines) and taken < _LABEL_ITEMS_READ:
        ln = st.lines[j]
        j += 1
        t = ln.text
        if not t.strip():
            continue
        item = rx.LABEL_LIST_ITEM.match(t)
        if not item or (not item.group("bullet") and rx.ITEM_MARK.match(t.lstrip())) \
                or ":" in t or rx.LABEL_ALONE.match(t):
            break
        name_list = item.group("item")
        # a bulleted item is a short list of names ("- Tư lệnh các quân khu; Chủ tịch Ủy ban nhân dân
        # các tỉnh …", "- Trung ương Hội Cựu chiến binh Việt Nam."); a bare line names a body first
        # ("Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp; …")
        named = starts_with_agency(name_list) or starts_with_post(name_list) or rx.LABEL_ITEM_COLLECTIVE.match(name_list)
        if not (named or (item.group("bullet") and name_list[:1].isupper() and len(name_list) <= _LABEL_ITEM_LEN)):
            break
        base = ln.start + item.start("item")
        # an item that is a lead's sentence with its partners ("- Cơ quan thực hiện: / + Sở Văn hóa và
        # Thể thao chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, … và các đơn vị có liên
        # quan.", TP HCM KH 174/2025, tune11 C007): the partners are support, as on a labelled line
        partners_from = _partners_start(name_list, 0) if role == "lead" and rx.LEAD_WORD.search(name_list) else None
        if partners_from is not None:
            for ps, pe in agency_list(name_list, partners_from)[0]:
                name = clean_agency(name_list[ps:pe])
                if name and len(name) > 2:
                    out.append(Assignment(name, "support", section, task, base + ps, base + pe))
        spans = [(s, s + _name_before_verb(name_list[s:e])) for s, e in split_agency_list(name_list, labelled=True)
                 if partners_from is None or s < partners_from]
        names = _shared_complements([clean_agency(name_list[s:e]) for s, e in spans],
                                    [name_list[e:s2] for (_, e), (s2, _) in zip(spans, spans[1:])])
        for (s, e), name in zip(spans, names):
            if name and len(name.split()) >= 2:
                out.append(Assignment(name, role, section, task, base + s, base + e))
        taken += 1


def _labelled_role(st: Structure, i: int, label: str) -> str | None:
    """The role a label on line ``i`` gives the bodies it lists (lower-cased ``label``): support
    under a "phối hợp" label, else lead; None for who chairs a meeting, a bare "chủ trì" beside
    the meeting's participants (``rx.MEETING_PARTICIPANTS``)."""
    if rx.LEAD_WORD.fullmatch(label) and _beside_meeting_participants(st, i):
        return None
    return "support" if "phối hợp" in label else "lead"


def _beside_meeting_participants(st: Structure, i: int) -> bool:
    """Whether a "Thành phần …:" line stands within ``rx.MEETING_REACH`` content lines of line
    ``i``, in its section."""
    h = st.section_of(i)
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(st.lines) and seen < rx.MEETING_REACH and st.section_of(j) is h:
            t = st.lines[j].text
            if t.strip():
                if rx.MEETING_PARTICIPANTS.match(t):
                    return True
                seen += 1
            j += step
    return False


def _partners_start(lst: str, pos: int) -> int | None:
    """Where a labelled lead list's partners begin: after its "phối hợp (chặt chẽ) với", or None."""
    m = rx.PARTNER_PHRASE.search(lst, pos)
    return m.end() if m else None


def _labelled(t: str):
    """``LABELLED_AGENCY.match(t)``; a label ends with ":", and a look for it skips most lines
    at a tenth of a match's cost."""
    return rx.LABELLED_AGENCY.match(t) if ":" in t else None


def _task_for_labelled(st: Structure, i: int, h) -> str | None:
    """The task a labelled line belongs to: the first content line of its section."""
    if h is None:
        return None
    j = h.line + 1
    while j < i:
        t = st.lines[j].text
        if t and not _labelled(t):
            return first_sentence(t)
        j += 1
    return first_sentence(h.title)


def _from_partner_phrases(st: Structure, out: list[Assignment], work_lines: set[int] = frozenset()) -> None:
    text = st.text
    # a kind of body the document gives work of its own ("Điều 6. Trách nhiệm của các đơn vị
    # điện lực") is a class of bodies, a partner too where a list names it ("phối hợp với các sở,
    # ban, ngành của tỉnh, Ủy ban nhân dân cấp xã, các đơn vị điện lực …": round-7 rule 8)
    classes = {" ".join(a.agency.split()).lower() for a in out
               if a.role == "lead" and rx.KIND_OF_BODY.match(a.agency) and not rx.BARE_COLLECTIVE.match(a.agency)
               and not rx.GENERIC_PARTNER.match(a.agency) and not rx.GENERIC_TAIL_ANYWHERE.search(a.agency)}
    phrases = list(rx.PARTNER_PHRASE.finditer(text))
    if "làm việc" in text:
        phrases = sorted(phrases + list(rx.WORKS_WITH.finditer(text)), key=lambda m: m.start())
    for m in phrases:
        i = st.line_at(m.start())
        h = st.section_of(i)
        if i not in work_lines and not _in_task_section(st, h) and not _labelled_section(st, h) \
                and not _in_a_bodys_article(h):
            continue
        window = text[m.end(): m.end() + 300]
        next_item = rx.NEXT_ITEM.search(window)  # partners stand in their item (a wrapped line goes on)
        if next_item:
            window = window[:next_item.start()]
        if _province_as_partner(window):
            # "… trao đổi, phối hợp chặt chẽ với Tỉnh để tập trung nghiên cứu …" (Thông báo 634/TB-VPCP
            # 2025, tune14 R06 III.10): the province's committee, as its short form as a subject
            province = _province_short_form_stands_for(st)
            if province:
                out.append(Assignment(province, "support", h.path if h else None,
                                      first_sentence(rx.ITEM_MARK.sub("", st.lines[i].text.strip())), m.end(), m.end() + 4))
                continue
            # the province unknown: read on, the list may name others
        # a name wrapped over lines of its item is one name ("với lực lượng\nKiểm lâm"): the
        # line breaks read as spaces (same length, the offsets hold)
        rest = window.replace("\n", " ")
        offset = m.end()
        bare = _BARE_DEPARTMENTS.match(rest)
        if bare:
            # the departments by their unit words with no "các": "Chủ trì, phối hợp với sở, ban, ngành,
            # Ủy ban nhân dân xã, phường tăng cường kiểm tra …" (Cần Thơ KH 165/2025 II.1.a, tune13 N02;
            # "Phối hợp với sở, ban, ngành, đoàn thể Thành phố …", TP HCM KH 174/2025, tune C007): read
            # as the collective, named as printed (the offsets kept: "các " read in front of them)
            rest, offset = "các " + rest, offset - 4
        if rest.startswith(("các ", "các\n")):
            # "phối hợp với các cơ quan liên quan như Sở A, Sở B …": the named ones count.
            such_as = _SUCH_AS.match(rest)
            if such_as:
                offset += such_as.end()
                rest = rest[such_as.end():]
            elif (bracket := rx.MEMBERS_NAMED_IN_BRACKETS.match(rest)):
                # "Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An)
                # để xây dựng lộ trình …" (Nghệ An KH 987/2025, tune13 N04): the members named count,
                # whatever their names open with
                line_text = rx.ITEM_MARK.sub("", st.lines[i].text.strip())
                for member in rx.BRACKET_MEMBER.finditer(bracket.group("members")):
                    at = offset + bracket.start("members") + member.start()
                    out.append(Assignment(" ".join(member.group().split()), "support", h.path if h else None,
                                          first_sentence(line_text), at, at + len(member.group())))
                continue
        elif not (rest[:1].isupper() and starts_with_agency(rest, strong_only=True)) and not opens_name_in_sentence(rest) \
                and not rx.PARTY_AND_GOVERNMENT.match(rest) \
                and not (rest[:1].isupper() and starts_with_post(rest)):  # ("… với cấp ủy, chính quyền địa phương")
            # (a post heading its body is a partner too: "Chủ trì, phối hợp với Chủ tịch Ủy ban nhân
            # dân huyện, thành phố; thủ trưởng các ngành có liên quan …", Tuyên Quang QĐ 986/QĐ-UBND 2024)
            continue  # "phối hợp với lực lượng Công an …" names a partner, "… với lực lượng chuyên trách" none
        # "phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường": named
        # agencies and named collectives; generic partners ("các đơn vị liên quan") are none
        spans, end = agency_list(rest, keep_generic=False)
        spans = sorted(spans + _classes_given_work(rest[:end], classes, spans))
        # the item's number is no sentence of its own ("4. Phối hợp với …" → "Phối hợp với …", not "4")
        line_text = rx.ITEM_MARK.sub("", st.lines[i].text.strip())
        # the people's bodies share their places as a subject list shares them ("phối hợp chặt
        # chẽ với Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã", Lương Minh HD 2025)
        names = _shared_complements([clean_agency(rest[s:e]) for s, e in spans],
                                    [rest[e:s2] for (_, e), (s2, _) in zip(spans, spans[1:])])
        for (s, e), name in zip(spans, names):
            if starts_with_post(rest[s:]) and not _post_with_its_whole_body(name):
                continue  # a post's body cut short is no one ("Thường trực Ủy" of "Thường trực Ủy ban MTTQ …")
            if bare and s == 0 and name[:4] == "Các ":
                name, s = name[4:5].upper() + name[5:], 4
            if len(name.split()) >= 2:
                out.append(Assignment(name, "support", h.path if h else None, first_sentence(line_text),
                                      offset + s, offset + e))


# The departments' unit words in lower case with no "các" before them, at a partner list's start.
_BARE_DEPARTMENTS = regex.compile(r"(?:sở|ban)\s*,\s*(?:ban\s*,\s*)?ngành(?![\p{L}])")


def _in_a_bodys_article(h) -> bool:
    """An item of an article whose title names a body ("Điều 21. Sở Khoa học và Công nghệ / 2. Chủ
    trì, phối hợp với Văn phòng UBND tỉnh …", Ninh Bình QĐ 163/2025): the partners it names work
    with that body (its items' other words may describe it, not give work: "Điều 7. Ban Kiểm soát /
    2. Ban Kiểm soát gồm 03 người")."""
    return h is not None and h.level >= 2 and h.path.startswith("Điều") and bool(h.top_title) \
        and starts_with_agency(_strip_directive(h.top_title))


def _post_with_its_whole_body(name: str) -> bool:
    """A post's name read out with the whole name of the body it heads ("Chủ tịch Ủy ban nhân dân
    huyện, thành phố"), not with a fragment of it ("Thường trực Ủy")."""
    body = name[head_end(name):].lstrip()
    return starts_with_agency(body, strong_only=True) and agency_extent(body) <= len(body) + 1


# How far after its "Kính gửi" list a letter's opening request may stand (lines).
_REQUEST_AFTER_ADDRESSEES = 12


def _from_letter_addressees(st: Structure, out: list[Assignment]) -> None:
    """A letter whose opening sentence asks its addressees to carry out "the content below"
    ("UBND Thành phố yêu cầu các sở, ban, ngành, UBND các xã, phường, … thực hiện một số nội
    dung sau:") gives that content to each body of its "Kính gửi" list, named as the list
    prints it (round-7 gold, Hà Nội CV 6397/2025); section and task are the first heading's."""
    lines = st.lines
    names, j = _addressee_names(st)
    if not names:
        return
    window_end = lines[min(j + _REQUEST_AFTER_ADDRESSEES, len(lines) - 1)].start
    request = rx.LETTER_REQUEST_OF_CONTENT.search(st.text, lines[j].start if j < len(lines) else len(st.text), window_end)
    if not request:
        return
    after = [h for h in st.headings if lines[h.line].start >= request.end()]
    if not after:
        return
    h = after[0]
    for name, start in names:
        # ("Các Tổng công ty, công ty, đơn vị trực thuộc Thành phố": a plural of a named head)
        body = name[4:] if name[:4].lower() == "các " else name
        if (starts_with_agency(name) or starts_with_agency(body)) and (agency := clean_agency(name)) \
                and len(agency.split()) >= 2:
            out.append(Assignment(agency, "lead", h.path, first_sentence(h.title), start, start + len(name)))


def _from_courtesy_requests(st: Structure, out: list[Assignment]) -> None:
    """A letter that asks its addressee by the courtesy word "quý" and the addressee's head word
    ("Văn phòng Chính phủ đề nghị quý Bộ khẩn trương có báo cáo …" under "Kính gửi: Bộ Lao động -
    Thương binh và Xã hội", VPCP CV 8794/2013) gives that work to each addressee the head word
    opens (contract, Clarifications: the addressees a letter asks to act), named as the "Kính
    gửi" line prints it; section and task are the request's."""
    if "quý" not in st.text and "Quý" not in st.text:  # (cheap test first: most texts ask no one so)
        return
    names, j = _addressee_names(st)
    if not names:
        return
    block = _signature_and_recipients(st)
    body_from = st.lines[j].start if j < len(st.lines) else len(st.text)
    # a class of bodies the letter already asks by its kind is the addressee restated: "Kính gửi: Các
    # Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh" … "Sở Nội vụ
    # đề nghị các doanh nghiệp có hoạt động cho thuê lại lao động … tự kiểm tra" … "đề nghị Quý
    # doanh nghiệp …" (TP HCM CV 10283/2025, tune M02): one body, entered as the request names it
    asked = {fold_agency(a.agency).split()[0] for a in out
             if a.role == "lead" and a.agency[:4].lower() == "các " and fold_agency(a.agency)}
    for m in rx.COURTESY_REQUEST.finditer(st.text, body_from):
        i = st.line_at(m.start())
        if i in block:
            continue
        head = m.group("head").lower()
        h = st.section_of(i)
        for name, _ in names:
            agency = clean_agency(name)
            words = (agency or "").split()
            if words[:1] and words[0].lower() == "các":
                words = words[1:]
            if len(words) >= 2 and words[0].lower() == head and starts_with_agency(agency) \
                    and not (agency[:4].lower() == "các " and fold_agency(agency).split()[0] in asked):
                out.append(Assignment(agency, "lead", h.path if h else None,
                                      first_sentence(st.lines[i].text), m.start("head"), m.end()))


# A letter's request to "các đơn vị" bare, its verb right after: the bodies it is addressed to,
# called by the generic word ("Sở Thông tin và Truyền thông đề nghị các đơn vị | đăng ký danh sách
# tham gia Hội thi …", Phú Thọ Công văn 275/STTTT-CNTT 2011, real scan P04) — not units a word
# after it qualifies ("các đơn vị trực thuộc", "các đơn vị có liên quan", "các đơn vị, địa phương").
_REQUEST_TO_THE_UNITS = regex.compile(
    r"(?<![\p{L}])(?:đề\s+nghị|yêu\s+cầu)\s+(?:các|quý)\s+(?P<units>đơn\s+vị)\s+"
    r"(?!(?:trực\s+thuộc|thuộc|có|liên\s+quan|của|được|trong|trên|tại|cấp|và|ở|này|đó|nêu|sự\s+nghiệp|hành\s+chính)(?![\p{L}]))"
    r"(?=\p{Ll})", regex.V0)
# … and a verb right after them (a task predicate, rx.ACTION_START, or a verb of a kind of body,
# models/collective_subject_verbs.txt: "đăng ký"), not a kind that qualifies them: "đề nghị các đơn vị
# | chức năng phối hợp kiểm tra", "các đơn vị | y tế tăng cường …", "các đơn vị | thi công bảo đảm …"
# name units of that kind, not the letter's addressees (review28a)
_UNITS_VERB = regex.compile(r"(?:" + rx.phrase_alternation(vocab.collective_subject_verbs()) + r")(?![\p{L}])", regex.V0)


def _from_requests_to_the_units(st: Structure, out: list[Assignment]) -> None:
    """A letter to several bodies that asks "các đơn vị" to act, its verb right after, gives that work to
    each body of its "Kính gửi" list, named as the list prints it (contract, Clarifications: the
    addressees a letter asks to act; as _addressees_by_their_short_name does for a list named so
    in words): "Kính gửi: - Các đơn vị trực thuộc sở; - Các doanh nghiệp Bưu chính - Viễn thông và
    CNTT; - Các cơ quan báo chí, xuất bản, PTTH. … Sở Thông tin và Truyền thông đề nghị các đơn vị
    đăng ký danh sách tham gia Hội thi …" (Phú Thọ Công văn 275/STTTT-CNTT 2011, real scan P04)."""
    if "đơn vị" not in st.text:  # (cheap test first)
        return
    names, j = _addressee_items(st)
    if len(names) < 2:
        return
    bodies = [(b, start, name) for name, start in names if (b := clean_agency(name)) and len(b.split()) >= 2
              and (starts_with_agency(b) or starts_with_agency(b[4:] if b[:4].lower() == "các " else b))]
    if len(bodies) < 2:
        return
    block = _signature_and_recipients(st)
    body_from = st.lines[j].start if j < len(st.lines) else len(st.text)
    for m in _REQUEST_TO_THE_UNITS.finditer(st.text, body_from):
        i = st.line_at(m.start())
        if i in block:
            continue
        if not (rx.ACTION_START.match(st.text, m.end()) or _UNITS_VERB.match(st.text, m.end())):
            continue  # units of a kind ("các đơn vị chức năng …"), not the addressees
        if rx.ends_with(rx.REQUEST_TOLD_AS_PAST, st.text[max(0, m.start() - 20):m.start()]):
            continue  # an earlier request recounted: "Năm 2024, Sở Nội vụ đã đề nghị các đơn vị báo cáo, …"
        h = st.section_of(i)
        task = first_sentence(st.text[m.start("units") - 4:m.start("units") + 400])
        for agency, start, name in bodies:
            out.append(Assignment(agency, "lead", h.path if h else None, task, start, start + len(name)))
        return  # (the first request names the task; a later one gives the same bodies)


# A submission's request, courteous, to the body it is submitted to, that body's verb after it: "Công an
# tỉnh kính báo cáo Lãnh đạo UBND tỉnh | chỉ đạo thẩm định và duyệt, ký theo quy định" (Lâm Đồng Tờ
# trình 289/TTr-CAT-PC06 2025, real scan Q02), "… kính trình Ủy ban nhân dân tỉnh | xem xét, quyết
# định"; without a verb of the addressee's it only reports ("kính báo cáo Ủy ban nhân dân tỉnh.").
_SUBMITS_TO_ACT = regex.compile(r"(?<![\p{L}])[Kk]ính\s+(?:báo\s+cáo|trình)\s+(?=\p{Lu})", regex.V0)


def _from_submissions_to_act(st: Structure, out: list[Assignment]) -> None:
    """The body a submission asks to act by "kính báo cáo" / "kính trình", its verb right after its
    name, as a letter's request names its addressee (contract, Clarifications: the addressees a
    letter asks to act); a post before the body ("Lãnh đạo UBND tỉnh") is written with it."""
    if "ính báo cáo" not in st.text and "ính trình" not in st.text:  # (cheap test first)
        return
    block = _signature_and_recipients(st)
    for m in _SUBMITS_TO_ACT.finditer(st.text, st.lines[st.body_start].start if st.body_start < len(st.lines) else 0):
        i = st.line_at(m.start())
        if i in block:
            continue
        if rx.ends_with(rx.REQUEST_TOLD_AS_PAST, st.text[max(0, m.start() - 20):m.start()]):
            continue  # an earlier submission recounted: "Ngày 05/5/2025, Công an tỉnh đã kính trình UBND tỉnh phê duyệt …"
        rest = st.text[m.end():m.end() + _SENTENCE_WINDOW]
        post = rx.POST_OF_BODY.match(rest)
        at = post.end() if post else 0
        end = agency_extent(rest[at:]) if starts_with_agency(rest[at:], strong_only=True) else 0
        if not end or not rx.ACTION_START.match(rest[at + end:].lstrip(" ,")):
            continue
        name = clean_agency(rest[:at + end])
        if len(name.split()) >= 2:
            h = st.section_of(i)
            out.append(Assignment(name, "lead", h.path if h else None, first_sentence(st.text[m.start():m.start() + 400]),
                                  m.end(), m.end() + at + end))


@per_document
def _addressee_names(st: Structure) -> tuple[list[tuple[str, int]], int]:
    """The bodies a letter is addressed to: those written after "Kính gửi:" on its own line, and
    the "- …" items below it (_addressee_items), with where each starts, and the line after them."""
    names, j = _addressee_items(st)
    if names:
        return names, j
    for i, ln in enumerate(st.lines[:60]):
        t = ln.text.replace("*", "").strip(" |")
        if t and (m := rx.ADDRESSEES_OR_TELEGRAM_LINE.match(t)):
            rest = t[m.end():].strip(" |")
            found = []
            for item in rx.INLINE_ADDRESSEE_SEPARATOR.split(rest):
                item = item.lstrip("- ").rstrip(" .;|")
                if item and item in ln.text:
                    found.append((item, ln.start + ln.text.index(item)))
            return found, i + 1
    return [], 0


def _addressee_items(st: Structure) -> tuple[list[tuple[str, int]], int]:
    """The bodies of a letter's "Kính gửi:" list, one "- …" item each, with where each name
    starts, and the line after the list (([], 0) when the letter prints no such list)."""
    lines = st.lines
    for i, ln in enumerate(lines[:60]):
        if ln.text and rx.ADDRESSEES_OR_TELEGRAM_LINE.match(ln.text.replace("*", "").strip()):
            break
    else:
        return [], 0
    names, j = [], i + 1
    while j < len(lines) and (lines[j].blank or lines[j].text.strip() in ("|", "") or rx.ADDRESSEE_ITEM.match(lines[j].text.strip())):
        item = rx.ADDRESSEE_ITEM.match(lines[j].text.strip())
        if item:
            name = item.group("name")
            # a kind before its members' names ("- Các Cục: Đường bộ Việt Nam, Đường sắt Việt Nam, …"):
            # the kind up to its colon, its members read apart after it (_members_listed_apart)
            kind = rx.KIND_BEFORE_MEMBERS.match(name)
            if kind:
                name = kind.group("kind")
            names.append((name, lines[j].start + lines[j].text.index(item.group("name"))))
        elif lines[j].text.strip() and not lines[j].blank and names and not lines[j].text.strip().startswith(("-", "+", "•", "|")):
            # an item wrapped over lines of a crawl ("- Các Cục: …, Hàng\nhải và …"): its continuation
            j += 1
            continue
        j += 1
    return names, j


# The short name a letter gives its whole "Kính gửi" list, on the line after it: "(Sau đây gọi
# chung là các đơn vị)" (Công văn 627/BYT-BH 2021), "(Sau đây viết tắt là BHXH các tỉnh)"
# (Công văn 296/BHXH-CSYT 2021).
_LIST_SHORT_NAME = regex.compile(
    r"^\(\s*[Ss]au\s+đây\s+(?:được\s+)?(?:gọi\s+(?:chung\s+|tắt\s+)?|viết\s+tắt\s+)là\s+(?P<short>[^()\n]{2,40}?)\s*\)", regex.V0)
# The heads of the bodies so named stand for them: "Đề nghị Thủ trưởng các đơn vị chủ trì, phối
# hợp …" asks the units (gold C039: "Thủ trưởng các đơn vị" merged into its units).
_HEADS_OF = regex.compile(r"^(?:Thủ\s+trưởng|Lãnh\s+đạo|Người\s+đứng\s+đầu)\s+(?=các\s)", regex.IGNORECASE | regex.V0)


def _addressees_by_their_short_name(st: Structure, found: list[Assignment]) -> list[Assignment]:
    """A letter that names its "Kính gửi" list by one short name gives the work it gives that
    name (or the heads of it) to each body of the list, as the list prints it: "Kính gửi: - Sở Y
    tế các tỉnh, thành phố trực thuộc Trung ương; - Các Bệnh viện, Viện có giường bệnh trực thuộc
    Bộ Y tế; - Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành. (Sau đây gọi chung là các đơn
    vị) … Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp …" (Công văn 627/BYT-BH 2021)."""
    names, j = _addressee_items(st)
    if len(names) < 2:
        return found
    short = None
    last = st.line_at(names[-1][1])
    for k in range(last + 1, min(last + 3, len(st.lines))):  # (the list's last item may be wrapped)
        m = _LIST_SHORT_NAME.match(st.lines[k].text)
        if m:
            short = fold_agency(expand_abbreviations(m.group("short")))
            break
    if not short:
        return found
    bodies = [n for n in (clean_agency(name) for name, _ in names) if n and len(n.split()) >= 2]
    out = []
    for a in found:
        heads = _HEADS_OF.match(a.agency)
        if fold_agency(a.agency[heads.end():] if heads else a.agency) == short and bodies:
            out.extend(dataclasses.replace(a, agency=b) for b in bodies)
        else:
            out.append(a)
    return out


def _addressees_by_their_kinds(st: Structure, found: list[Assignment]) -> list[Assignment]:
    """A letter to the ministries and the provinces that asks them by their kinds only ("đề nghị
    bộ, ngành, địa phương khẩn trương tổng hợp đề xuất biên chế …" to "Kính gửi: - Các bộ, cơ quan
    ngang bộ, cơ quan thuộc Chính phủ; - Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
    Bộ Nội vụ CV 10989/2025, tune14 R10) gives that work to each addressee, named as the list
    prints it (contract, Clarifications: the addressees a letter asks to act); so does a collective
    of those kinds found given work ("Các Bộ, ngành, địa phương"): the addressees restated."""
    if not rx.search_addressee_kinds_request(st.text) and not any(rx.ADDRESSEE_KINDS_ONLY.fullmatch(a.agency) for a in found):
        return found
    names, j = _addressee_names(st)
    bodies = [b for b in (clean_agency(name) for name, _ in names) if b and len(b.split()) >= 2]
    needed = set()
    for b in bodies:
        if rx.MINISTRY_ADDRESSEE.match(b):
            needed.add("bộ")
        elif rx.PROVINCE_ADDRESSEE.match(b):
            needed.add("địa phương")
        else:
            return found  # an addressee of another kind: the kinds may name others

    def restates(kinds: str) -> bool:
        said = {" ".join(k.lower().split()) for k in regex.split(r"\s*,\s*", kinds.strip())}
        said = {"bộ" if k in ("bộ", "ngành", "các bộ") else k.removeprefix("các ") for k in said}
        return bool(bodies) and needed <= said
    def told_of_an_earlier_letter(start: int) -> bool:
        return rx.PAST_REQUEST_BEFORE.search(st.text, max(0, start - 160), start) is not None
    out = []
    for a in found:
        if rx.ADDRESSEE_KINDS_ONLY.fullmatch(a.agency) and restates(a.agency):
            if not told_of_an_earlier_letter(a.start):
                out.extend(dataclasses.replace(a, agency=b) for b in bodies)
        else:
            out.append(a)
    block = _signature_and_recipients(st)
    body_from = st.lines[j].start if j < len(st.lines) else len(st.text)
    for m in rx.ADDRESSEE_KINDS_REQUEST.finditer(st.text, body_from):
        i = st.line_at(m.start())
        if i in block or not restates(m.group("kinds")) or told_of_an_earlier_letter(m.start("kinds")):
            continue
        after = st.text[m.end():m.end() + 200]
        role = "support" if rx.PARTNER_FIRST.match(after) and _cooperates_only(after) else "lead"
        h = st.section_of(i)
        task = first_sentence(st.text[m.start():m.start() + 400])
        out.extend(Assignment(b, role, h.path if h else None, task, m.start("kinds"), m.end("kinds")) for b in bodies)
    out.sort(key=lambda a: a.start)
    return out


_LIST_ITEM_START = regex.compile(r"(?:^|,\s*|\s+và\s+)(?=các\s)", regex.IGNORECASE)


def _classes_given_work(region: str, classes: set[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in a partner list ``region`` that name one of ``classes`` whole (an item of
    the list, not a part of another span)."""
    if not classes:
        return []
    found = []
    lowered = region.replace("\n", " ").lower()
    for m in _LIST_ITEM_START.finditer(lowered):
        k = m.end()
        for name in classes:
            e = k + len(name)
            if lowered.startswith(name, k) and (e == len(lowered) or not lowered[e].isalnum()) \
                    and not any(s <= k < se for s, se in spans):
                found.append((k, e))
                break
    return found


def _labelled_section(st: Structure, h) -> bool:
    if h is None:
        return False
    j = h.line + 1
    while j < len(st.lines) and st.section_of(j) is h:
        if _labelled(st.lines[j].text):
            return True
        j += 1
    return False


# ------------------------------------------------------------------------------ task tables

_TABLE_GAP = 2  # non-row lines (section rows such as "I. Kinh tế số") a table may contain


def table_cells(line: str) -> list[tuple[int, int]]:
    """Spans of the cells of an ``a | b | c`` row, stripped; [] for a line that is not one."""
    if " | " not in line:
        return []
    spans = []
    for m in rx.TABLE_CELL.finditer(line):
        s, e = m.span()
        s += len(m.group()) - len(m.group().lstrip())
        e -= len(m.group()) - len(m.group().rstrip())
        spans.append((s, e))
    return spans


def _table_columns(labels: list[str]) -> tuple[int, int | None, int | None] | None:
    """(lead, support, task) column indices of a task-table header row, or None.  A column that
    holds the items and, in its group rows, the bodies doing them ("Danh mục dự án/ Cơ quan, đơn
    vị, địa phương thực hiện") is both the lead and the task column."""
    combined = [k for k, label in enumerate(labels) if (m := rx.ITEMS_AND_DOERS_LABEL.match(label.strip()))
                and rx.LEAD_COLUMN.search(m.group("doers")) and not rx.LEAD_COLUMN.search(m.group("items"))]
    if len(combined) == 1 and not any(rx.TABLE_ROW_NUMBER.match(label) for label in labels):
        return combined[0], None, combined[0]

    def find(pattern, exclude=None):
        for k, label in enumerate(labels):
            if pattern.search(label) and not (exclude and exclude.search(label)) and not rx.TIME_COLUMN.search(label):
                return k
        return None

    # a header is short labels, no row number ("2 | … | Sở KH&CN chủ trì hướng dẫn" is a row)
    # ("Bộ phụ trách tiếp nhận, xử lý" is a label of seven words)
    if any((len(label.split()) > 6 and not rx.IN_CHARGE_COLUMN.match(label)) or rx.TABLE_ROW_NUMBER.match(label) for label in labels):
        return None
    lead = find(rx.LEAD_COLUMN, exclude=rx.SUPPORT_COLUMN)
    if lead is None:
        lead = find(rx.IN_CHARGE_COLUMN, exclude=rx.SUPPORT_COLUMN)
    if lead is None:
        return None
    return lead, find(rx.SUPPORT_COLUMN), find(rx.TASK_COLUMN)


def _cell_agencies(cell: str) -> list[tuple[int, int]]:
    spans = []
    for s, e in split_agency_list(cell, labelled=True):
        cut = s
        for m in rx.COLLECTIVE_AFTER_COMMA.finditer(cell, s, e):
            spans.append((cut, m.start()))
            cut = m.end()
        spans.append((cut, e))
    # the cell's lines joined: a name that ends in lower case runs into the next line's body
    # ("Các sở, ngành, UBND xã, phường, đặc khu | Sở Tài chính", "Sở Tài chính | Các sở, ngành, …":
    # a row of two tasks whose cells hold a body per line, TP HCM QĐ 2820/2025 Phụ lục, tune13 N06)
    out = []
    for s, e in spans:
        for m in rx.CELL_LINES_JOINED.finditer(cell, s, e):
            # (the line before a whole name, its head and more: not a head alone, "Văn phòng | Ủy ban
            # nhân dân tỉnh", nor a post, "Lãnh đạo | Sở Y tế", which name one body with the next)
            if 0 < head_end(cell[s:m.start()]) < m.start() - s:
                out.append((s, m.start()))
                s = m.end()
        out.append((s, e))
    return out


def _cell_plural_members(cell: str) -> tuple[list[tuple[str, tuple[int, int]]], int]:
    """The bodies a cell names as a plural and its members ("Các Cục: Di sản văn hóa, Bản quyền
    tác giả" → "Cục Di sản văn hóa", "Cục Bản quyền tác giả"), with their spans, and where the rest
    of the cell starts (0 when the cell opens with no such list)."""
    plural = rx.CELL_PLURAL_MEMBERS.match(cell)
    if not plural:
        return [], 0
    stop = rx.CELL_MEMBERS_END.search(cell, plural.end())
    region = cell[plural.end():stop.start()]
    kind = plural.group("kind")
    if rx.SEMICOLON_MEMBERS.match(region):
        # members apart by "; " may hold commas of their own ("Xuất bản, In và Phát hành")
        parts, pos = [], plural.end()
        for piece in region.split(";"):
            name = piece.strip()
            start = cell.find(name, pos) if name else -1
            if start >= 0:
                parts.append((name, (start, start + len(name))))
                pos = start + len(name)
    else:
        parts, pos = [], plural.end()
        for name in _department_members(" ".join(region.split()), kind):
            start = cell.find(name, pos)
            if start < 0:
                start = pos
            parts.append((name, (start, start + len(name))))
            pos = start + len(name)
    parts = [(f"{kind} {name}", span) for name, span in parts
             if name[:1].isupper() and len(_LETTERS.findall(name)) <= 10]
    if not parts:
        return [], 0
    return parts, stop.end()


@memo_short_text  # (a table names the same bodies row after row)
def _cell_agency_end(segment: str) -> int:
    """Where the agency of a table cell ends: a cell holds a name ("Ngân hàng Nhà nước khu
    vực XII"), or a name and what it does ("Sở KH&CN chủ trì hướng dẫn, tổng hợp")."""
    action = rx.ACTION_IN_CELL.search(segment)
    end = action.start() if action else len(segment)
    end = len(segment[:end].rstrip(" ,;.:"))
    # (a cell's bullet is no word of the name: "- Viện Hàn lâm Khoa học và Công nghệ Việt Nam;", ten
    # words, TTg QĐ 2530/2025 Phụ lục I, crawl 646f0a00d4174382)
    if not end or len(rx.CELL_BULLET.sub("", segment[:end]).split()) > 10:
        return _agency_end(segment)
    return end


def _from_group_row(st: Structure, i: int, ln, cells: list[tuple[int, int]], texts: list[str], col: int,
                    out: list[Assignment]) -> None:
    """A row of a column that lists items and, in its group rows, the bodies doing them: a group
    row (a Roman number, its cell in capitals: "| IV | HUYỆN TUY PHƯỚC | 4.000 |") names the body
    that does the items below it, lead, the first of them its task (Bình Định QĐ 518/2023's
    capital annex, tune V06); an item row names none."""
    if col >= len(texts) or not rx.GROUP_ROW_NUMBER.match(texts[0].strip()):
        return
    cell = " ".join(texts[col].split()).rstrip(" .:")
    name = restore_case(cell)
    if name == cell or not (rx.LOCALITY_AS_BODY.match(name) or starts_with_agency(name)):
        return  # (not in capitals, or no body: "TỔNG SỐ", "NGUỒN VỐN NGÂN SÁCH TỈNH")
    name = clean_agency(name) if not rx.LOCALITY_AS_BODY.match(name) else name
    if not name or len(name.split()) < 2:
        return
    task = None
    for k in range(i + 1, min(i + 4, len(st.lines))):
        row = table_cells(st.lines[k].text)
        if len(row) > col and not rx.GROUP_ROW_NUMBER.match(st.lines[k].text[row[0][0]:row[0][1]].strip()):
            task = first_sentence(st.lines[k].text[row[col][0]:row[col][1]])
            break
    h = st.section_of(i)
    at = ln.start + cells[col][0] + texts[col].find(texts[col].strip()[:1])
    out.append(Assignment(name, "lead", h.path if h else None, task, at, at + len(texts[col].strip())))


def _from_task_tables(st: Structure, out: list[Assignment]) -> None:
    if " | " not in st.text:
        return
    columns = None
    labels = 0
    gap = 0
    for i, ln in enumerate(st.lines):
        cells = table_cells(ln.text)
        if not cells:
            if ln.text.strip():
                gap += 1
                if gap > _TABLE_GAP:
                    columns = None
            continue
        gap = 0
        texts = [ln.text[s:e] for s, e in cells]
        header = _table_columns(texts)
        if header is not None:
            columns, labels = header, len(texts)
            continue
        if columns is None:
            continue
        lead, support, task_col = columns
        if lead == task_col:
            _from_group_row(st, i, ln, cells, texts, lead, out)
            continue
        # a header without its number column ("Nội dung | Đơn vị thực hiện | …" over "1.1 | Kiện
        # toàn … | Sở Khoa học và Công nghệ | …": a table that goes on under a new part repeats
        # the header but not the "STT" cell): the row's cells after its number are the labels'
        if len(texts) == labels + 1 and rx.TABLE_ROW_NUMBER.match(texts[0]):
            lead, support, task_col = (None if col is None else col + 1 for col in columns)
        task = first_sentence(texts[task_col]) if task_col is not None and task_col < len(texts) else None
        h = st.section_of(i)
        for col, role in ((lead, "lead"), (support, "support")):
            if col is None or col >= len(cells):
                continue
            cell_start, _ = cells[col]
            cell = texts[col]
            members, rest_at = _cell_plural_members(cell)
            for name, (s, e) in members:
                at = ln.start + cell_start + s
                out.append(Assignment(name, role, h.path if h else None, task, at, at + e - s))
            for s, e in _cell_agencies(cell[rest_at:]):
                s, e = s + rest_at, e + rest_at
                segment = cell[s:e]
                # a body's leadership answers for the row ("Lãnh đạo / Sở Giáo dục và Đào tạo": the
                # post, then its body on the cell's next printed line)
                post = rx.POST_OF_BODY.match(segment)
                if post and starts_with_agency(segment[post.end():]):
                    ext = post.end() + _cell_agency_end(segment[post.end():])
                    name = clean_agency(post.group("post") + " " + segment[post.end():ext])
                elif role == "support" and rx.GENERIC_PARTNER_CELL.match(segment):
                    # a partner cell that names only the kinds concerned ("Cơ quan, địa phương liên
                    # quan"): a support entry as printed (reconciled tune5 gold, Nghệ An KH 980/2025)
                    ext = len(segment)
                    name = segment[:1].upper() + segment[1:]
                elif not starts_with_agency(segment) or (role == "support" and rx.BUSINESSES_BY_KIND.match(segment)
                                                         and not rx.businesses_by_trade().match(segment)):
                    continue
                else:
                    ext = _cell_agency_end(segment)
                    name = clean_agency(segment[:ext]) if ext else ""
                if len(name.split()) >= 2:
                    at = ln.start + cell_start + s
                    # a responsibility cell that names both ("Sở Văn hóa, Thể thao và Du lịch chủ
                    # trì; Báo Quảng Ngãi phối hợp"): the body that cooperates is a partner
                    own = "support" if role == "lead" and rx.PARTNER_FIRST.match(segment, ext) \
                        and _cooperates_only(segment[ext:]) else role
                    out.append(Assignment(name, own, h.path if h else None, task, at, at + ext))
