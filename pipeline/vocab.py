"""Vocabulary kept as data in ``models/`` and loaded once per process."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .resources import table_records, table_rows as _rows
from .text import fold_case as fold  # the look-up fold, under the name its callers know
from .text import strip_accents


@dataclass(frozen=True)
class DocType:
    word: str
    code: str  # the abbreviation inside symbols (QĐ, NQ, CTr); "" when the type has none
    form: str  # its official number form: normative | administrative | letter | either | ""
    title_line: bool  # can head a document as its title
    cited_in_lower_case: bool  # "theo quyết định số 12/QĐ-UBND" is a citation


@functools.lru_cache(maxsize=None)
def doc_types() -> tuple[DocType, ...]:
    return tuple(DocType(r["type"], r["code"], r["form"], r["title_line"] == "1",
                         r["cited_in_lower_case"] == "1")
                 for r in table_records("doc_types.tsv"))


@functools.lru_cache(maxsize=None)
def doc_type_by_folded_word() -> dict[str, DocType]:
    """Document types by their case-folded word ("quyết định" → Quyết định), for look-ups
    that would otherwise fold every type word on every call."""
    out: dict[str, DocType] = {}
    for t in doc_types():
        out.setdefault(fold(t.word), t)
    return out


@functools.lru_cache(maxsize=None)
def doc_type_by_code() -> dict[str, DocType]:
    """The type a symbol's first code names (TTr → Tờ trình); the first row of a shared code."""
    out: dict[str, DocType] = {}
    for t in doc_types():
        if t.code:
            out.setdefault(t.code.upper(), t)
    return out


@functools.lru_cache(maxsize=None)
def type_codes() -> frozenset[str]:
    return frozenset(t.code for t in doc_types() if t.code)


@functools.lru_cache(maxsize=None)
def issuer_codes() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("issuer_codes.tsv")}


@functools.lru_cache(maxsize=None)
def time_word_contexts() -> tuple[dict[str, str], ...]:
    """Words around a time expression that make it no deadline (models/time_word_contexts.tsv)."""
    return tuple(table_records("time_word_contexts.tsv"))


@functools.lru_cache(maxsize=None)
def abbreviations() -> tuple[tuple[str, str], ...]:
    pairs = [(r[0], r[1]) for r in _rows("abbreviations.tsv")]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@dataclass(frozen=True)
class Province:
    name: str
    kind: str  # "tỉnh" | "thành phố"
    aliases: tuple[str, ...]


@functools.lru_cache(maxsize=None)
def provinces() -> tuple[Province, ...]:
    out = []
    for r in _rows("provinces.tsv"):
        aliases = tuple(a.strip() for a in r[2].split(",") if a.strip()) if len(r) > 2 else ()
        out.append(Province(r[0], r[1], aliases))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def province_index() -> dict[str, Province]:
    """Case-folded name or alias → province."""
    idx: dict[str, Province] = {}
    for p in provinces():
        for n in (p.name, *p.aliases):
            idx[fold(n)] = p
    return idx


@functools.lru_cache(maxsize=None)
def commune_provinces() -> dict[str, frozenset[str]]:
    """Case-folded name of a commune, ward or special zone (after the 2025 reorganization,
    models/communes_2025.tsv) → the provinces that have a unit of that name (one for most)."""
    idx: dict[str, set[str]] = {}
    for r in _rows("communes_2025.tsv"):
        idx.setdefault(fold(r[0]), set()).add(r[2])
    return {k: frozenset(v) for k, v in idx.items()}


@functools.lru_cache(maxsize=None)
def commune_names() -> tuple[str, ...]:
    """The communes', wards' and special zones' names as written (models/communes_2025.tsv)."""
    return tuple(dict.fromkeys(r[0] for r in _rows("communes_2025.tsv")))


@functools.lru_cache(maxsize=None)
def agency_heads() -> tuple[tuple[str, bool], ...]:
    rows = [(r[0], r[1] == "strong") for r in _rows("agency_heads.tsv")]
    return tuple(sorted(rows, key=lambda p: -len(p[0])))


@functools.lru_cache(maxsize=None)
def noun_heads() -> frozenset[str]:
    """Heads that are common nouns too ("Cơ quan", "Chính quyền"): a name only with their
    complement (models/agency_heads.tsv, strength ``noun``)."""
    return frozenset(r[0] for r in _rows("agency_heads.tsv") if r[1] == "noun")


@functools.lru_cache(maxsize=None)
def sentence_heads() -> frozenset[str]:
    """Heads that open a name in lower case inside a sentence ("phối hợp với lực lượng Công
    an") when their complement follows (models/agency_heads.tsv, third column)."""
    return frozenset(r[0].lower() for r in _rows("agency_heads.tsv") if len(r) > 2 and r[2] == "in_sentence")


@functools.lru_cache(maxsize=None)
def whole_names_in_sentence() -> frozenset[str]:
    """Heads that are whole names and are written in lower case inside a sentence too ("phối
    hợp với chủ nhiệm lớp"; models/agency_heads.tsv, third column)."""
    return frozenset(r[0].lower() for r in _rows("agency_heads.tsv") if len(r) > 2 and r[2] == "whole_in_sentence")


@functools.lru_cache(maxsize=None)
def branded_kinds() -> frozenset[str]:
    """Lower-case kinds whose members are named by their brands ("các Tập đoàn VNPT, Viettel";
    models/agency_heads.tsv, third column ``branded``)."""
    return frozenset(r[0].lower() for r in _rows("agency_heads.tsv") if len(r) > 2 and r[2] == "branded")


@functools.lru_cache(maxsize=None)
def name_complements() -> tuple[str, ...]:
    """Lower-case words that complete a name after its head or its proper part ("sở tại",
    "trên địa bàn", "địa phương"), longest first (models/name_complements.txt)."""
    return tuple(sorted((r[0] for r in _rows("name_complements.txt")), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def forces() -> tuple[str, ...]:
    """The forces one "lực lượng" may list ("Lực lượng Kiểm lâm, Công an, Quân đội"), in file
    order (models/name_complements.txt, second column ``force``)."""
    return tuple(r[0] for r in _rows("name_complements.txt") if len(r) > 1 and r[1] == "force")


@functools.lru_cache(maxsize=None)
def event_programme_titles() -> tuple[str, ...]:
    """The first words of an event whose running order is attached under "CHƯƠNG TRÌNH"
    (models/event_programme_titles.txt)."""
    return tuple(r[0] for r in _rows("event_programme_titles.txt"))


@functools.lru_cache(maxsize=None)
def note_labels() -> tuple[str, ...]:
    """The labels of a note before a sentence that gives work ("Lưu ý:"; models/note_labels.txt)."""
    return tuple(r[0] for r in _rows("note_labels.txt"))


@functools.lru_cache(maxsize=None)
def village_units() -> tuple[str, ...]:
    """The lower-case units below a commune ("thôn", "tổ dân phố"), in file order
    (models/village_units.txt)."""
    return tuple(r[0] for r in _rows("village_units.txt"))


@functools.lru_cache(maxsize=None)
def tense_aspect_words(*aspects: str) -> tuple[str, ...]:
    """The preverbal tense and aspect words of ``aspects`` (past, ongoing, continuing, future,
    negative; all of them when none is given), in file order (models/tense_aspect_words.tsv)."""
    return tuple(r["word"] for r in table_records("tense_aspect_words.tsv") if not aspects or r["aspect"] in aspects)


@dataclass(frozen=True)
class HeaderLabel:
    label: str  # "chủ trì", "thời gian"
    column: str  # lead | support | task | time | product | doer
    first: bool  # only as the label's first word ("Tên dự án")
    marks_header: bool  # a cell holding it marks a task table's header row


@functools.lru_cache(maxsize=None)
def task_table_headers() -> tuple[HeaderLabel, ...]:
    """The words of a task table's column headers and the column each names
    (models/task_table_headers.tsv)."""
    return tuple(HeaderLabel(r["label"], r["column"], r["place"] == "first", r["marks_header"] == "1")
                 for r in table_records("task_table_headers.tsv"))


@functools.lru_cache(maxsize=None)
def business_sectors() -> tuple[str, ...]:
    """Lower-case trades that name a kind of business ("viễn thông", "logistics"), longest
    first (models/business_sectors.txt)."""
    return tuple(sorted((r[0] for r in _rows("business_sectors.txt")), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def bare_class_subjects() -> tuple[str, ...]:
    """Lower-case classes of bodies that open a sentence as its subject without "các"
    ("Doanh nghiệp, nhà đầu tư bảo đảm …"), longest first (models/bare_class_subjects.txt)."""
    return tuple(sorted((r[0] for r in _rows("bare_class_subjects.txt")), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def collective_subject_verbs() -> tuple[str, ...]:
    """Words that open the predicate of a kind-of-body subject ("Các cơ quan, đơn vị | gửi …"),
    longest first (models/collective_subject_verbs.txt)."""
    return tuple(sorted((r[0] for r in _rows("collective_subject_verbs.txt")), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def task_predicates() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """Lower-case predicates that open a body's task after its name, each with the words one of
    which must follow it (none: any) and the words none of which may follow it, longest first
    (models/task_predicates.tsv)."""
    def words(r: list[str], i: int) -> tuple[str, ...]:
        return tuple(w.strip() for w in r[i].split("|") if w.strip()) if len(r) > i else ()
    rows = [(r[0], words(r, 1), words(r, 2)) for r in _rows("task_predicates.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@functools.lru_cache(maxsize=None)
def dependent_bodies() -> frozenset[str]:
    """Folded names of bodies written out with their parent (models/dependent_bodies.txt)."""
    return frozenset(fold(r[0]) for r in _rows("dependent_bodies.txt"))


@functools.lru_cache(maxsize=None)
def units_with_their_parent() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(unit heads, parent heads, bodies that only begin with a parent's word) of a department
    named with its parent after a comma ("Cục Lưu trữ, Văn phòng Trung ương Đảng"; not "Cục Thuế
    tỉnh, Bộ Chỉ huy Quân sự tỉnh"; models/units_with_their_parent.tsv)."""
    rows = _rows("units_with_their_parent.tsv")
    return tuple(tuple(r[0] for r in rows if r[1] == kind) for kind in ("unit", "parent", "not_parent"))


@functools.lru_cache(maxsize=None)
def board_words() -> frozenset[str]:
    """Lower-case words that name a board after its head "Ban" (models/board_words.txt)."""
    return frozenset(r[0].lower() for r in _rows("board_words.txt"))


@functools.lru_cache(maxsize=None)
def committee_topics() -> tuple[str, ...]:
    """The fields a steering committee is named by ("khoa học", "chuyển đổi số", …;
    models/committee_topics.txt), longest first."""
    return tuple(sorted((r[0] for r in _rows("committee_topics.txt")), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def clause_connectives() -> tuple[str, ...]:
    """Connectives that open a clause before a request or a subject ("vì vậy", "do đó", "sau
    đó", …; models/clause_connectives.txt), in file order."""
    return tuple(r[0] for r in _rows("clause_connectives.txt"))


@functools.lru_cache(maxsize=None)
def basis_section_titles() -> tuple[str, ...]:
    """Titles of a section that lists the document's legal bases ("Căn cứ xây dựng kế hoạch",
    "Căn cứ pháp lý"; models/basis_section_titles.txt)."""
    return tuple(r[0] for r in _rows("basis_section_titles.txt"))


@functools.lru_cache(maxsize=None)
def general_provision_titles() -> tuple[str, ...]:
    """Titles of a regulation's general-provision articles ("Phạm vi điều chỉnh", "Giải thích từ
    ngữ"; models/general_provision_titles.txt)."""
    return tuple(r[0] for r in _rows("general_provision_titles.txt"))


@functools.lru_cache(maxsize=None)
def lower_case_name_heads() -> tuple[str, ...]:
    """Heads whose names may go on in lower case before their proper name ("Hợp tác xã dịch vụ
    điện Quảng Phú"), longest first (models/lower_case_name_heads.txt)."""
    return tuple(sorted((r[0] for r in _rows("lower_case_name_heads.txt")), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def standing_bodies() -> frozenset[str]:
    """Folded names of a parent's standing committees (of the parent's level)."""
    return frozenset(fold(r[0]) for r in _rows("dependent_bodies.txt") if len(r) > 1 and r[1] == "standing")


@functools.lru_cache(maxsize=None)
def agency_posts() -> frozenset[str]:
    """Heads that name a post, not a unit ("Giám đốc", "Thủ trưởng")."""
    return frozenset(r[0] for r in _rows("agency_heads.tsv") if r[1] == "post")


@functools.lru_cache(maxsize=None)
def heads_of_a_kind() -> tuple[str, ...]:
    """Posts that head whatever body is named after them, a kind of body in lower case too
    ("Thủ trưởng", "Người đứng đầu"; models/agency_heads.tsv, third column ``of_a_kind``)."""
    return tuple(r[0] for r in _rows("agency_heads.tsv") if len(r) > 2 and r[2] == "of_a_kind")


@functools.lru_cache(maxsize=None)
def title_dangling_words() -> frozenset[str]:
    """Folded words no title line ends with (models/title_dangling_words.txt)."""
    return frozenset(fold(r[0]) for r in _rows("title_dangling_words.txt"))


@functools.lru_cache(maxsize=None)
def signer_titles() -> frozenset[str]:
    return frozenset(fold(r[0]) for r in _rows("signer_titles.txt"))


@functools.lru_cache(maxsize=None)
def recipient_notes() -> tuple[str, ...]:
    """The notes of a "Nơi nhận" item ("b/c", "để biết", "p/h") and "đ/c", as listed."""
    return tuple(r[0] for r in _rows("recipient_notes.txt"))


@functools.lru_cache(maxsize=None)
def agency_names() -> tuple[str, ...]:
    """Known agency names with their proper letter case (for case restoration)."""
    return tuple(r[0] for r in _rows("agency_names.txt"))


@functools.lru_cache(maxsize=None)
def head_posts() -> dict[str, tuple[tuple[str, ...], bool]]:
    """The post that heads a kind of body, folded → (the bodies' head words, national scope)
    (models/head_posts.tsv)."""
    return {fold(r[0]): (tuple(h.strip() for h in r[1].split(",")), r[2].strip() == "national")
            for r in _rows("head_posts.tsv")}


@functools.lru_cache(maxsize=None)
def ministries() -> tuple[str, ...]:
    """The Government's ministries (now and before 2025), in their official case."""
    return tuple(r[0] for r in _rows("ministries.txt"))


@functools.lru_cache(maxsize=None)
def body_names() -> tuple[str, ...]:
    """Every known body's full name in its proper case: the agency names and the ministries
    (a ministry's name is read whole, never cut at its "và" or comma)."""
    return (*agency_names(), *ministries())


@functools.lru_cache(maxsize=None)
def central_bodies() -> tuple[str, ...]:
    """Central party and state bodies that issue cited documents, in their official case."""
    return tuple(r[0] for r in _rows("central_bodies.txt"))


@functools.lru_cache(maxsize=None)
def joint_issuers() -> tuple[str, ...]:
    """The central bodies that issue jointly, named together ("Bộ Chính trị, Ban Bí thư"), in
    file order (models/central_bodies.txt, second column ``joint``)."""
    return tuple(r[0] for r in _rows("central_bodies.txt") if len(r) > 1 and r[1] == "joint")


@functools.lru_cache(maxsize=None)
def national_posts() -> tuple[tuple[str, bool], ...]:
    """The Party's and the State's posts printed before a person's name, each with whether it is
    also read after "Đồng chí", longest first (models/national_posts.txt)."""
    rows = sorted(_rows("national_posts.txt"), key=lambda r: len(r[0]), reverse=True)
    return tuple((r[0], len(r) > 1 and r[1] == "comrade") for r in rows)


@functools.lru_cache(maxsize=None)
def conjunctions_after_partner() -> tuple[str, ...]:
    """Words that may follow a partner named by the bare "Tỉnh", in file order
    (models/conjunctions_after_partner.txt)."""
    return tuple(r[0] for r in _rows("conjunctions_after_partner.txt"))


@functools.lru_cache(maxsize=None)
def verbs_after_a_person() -> tuple[str, ...]:
    """Verbs that open a task right after a person's name, capitalized or not
    (models/verbs_after_a_person.txt)."""
    return tuple(r[0] for r in _rows("verbs_after_a_person.txt"))


@functools.lru_cache(maxsize=None)
def list_item_verbs() -> tuple[str, ...]:
    """Words after a comma of a partner list that read as verbs but open a partner's name, in
    file order (models/list_item_verbs.txt)."""
    return tuple(r[0] for r in _rows("list_item_verbs.txt"))


@functools.lru_cache(maxsize=None)
def ranks() -> tuple[str, ...]:
    """Military and police ranks printed before a signer's name."""
    return tuple(r[0] for r in _rows("ranks.txt"))


@functools.lru_cache(maxsize=None)
def ranks_without_accents() -> tuple[tuple[int, str], ...]:
    """(number of words, wording without diacritics) of each rank, in ``ranks()`` order: the
    signature readers compare a line's first words with every rank."""
    return tuple((len(rank.split()), strip_accents(rank)) for rank in ranks())


@functools.lru_cache(maxsize=None)
def surnames() -> tuple[str, ...]:
    """Common Vietnamese family names (restoring a signer's name that OCR misread)."""
    return tuple(r[0] for r in _rows("surnames.txt"))


@functools.lru_cache(maxsize=None)
def common_surnames() -> tuple[str, ...]:
    """The family names of 1 % of the population or more (a slipped tone on one of them is
    restored without further evidence)."""
    return tuple(r[0] for r in _rows("surnames.txt") if len(r) > 1 and r[1] and float(r[1]) >= 1.0)


@functools.lru_cache(maxsize=None)
def aggregator_chrome() -> dict[str, tuple[str, ...]]:
    """The labels and footer lines of a legal-text aggregator's page around a crawled
    document (models/aggregator_chrome.tsv), by kind."""
    out: dict[str, list[str]] = {}
    for r in table_records("aggregator_chrome.tsv"):
        out.setdefault(r["kind"], []).append(r["phrase"])
    return {kind: tuple(phrases) for kind, phrases in out.items()}
