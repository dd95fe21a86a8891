"""Agency names: abbreviation expansion, letter-case restoration, and where a name ends.

Pure functions over strings; the vocabulary (abbreviations, name heads, known names) is data
in ``models/``.  Word boundaries inside a free-running sentence come from underthesea's word
segmentation, so "Sở Nội vụ hướng dẫn …" ends the name before the verb.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import regex

from . import regexes as rx
from . import vocab
from .text import clear_memos, fold_words, memo_short_text, modern_tone_placement, strip_accents


_LIST_PART = regex.compile(r"[^;]+")
_LIST_SEPARATOR = regex.compile(r",\s*|\s+và\s+")
_TRAILING_PAREN = regex.compile(r"\s*\([^)]*\)?\s*$")
_PAREN = regex.compile(r"\s*\([^)]*\)")

# The readers of a document ask about the same names and windows many times (agency_extent:
# 356 calls for 147 texts on the bench texts, clean_agency 410 for 120): the pure functions
# below keep their answers for short texts (text.memo_short_text).


def clear_caches() -> None:
    """Forget every memoized answer (benchmarks time a document read afresh)."""
    _segment.cache_clear()
    clear_memos()  # agency_extent, starts_with_agency, clean_agency and the folds of text.py


@functools.lru_cache(maxsize=None)
def _abbreviation_pattern() -> regex.Pattern:
    alts = "|".join(regex.escape(a) for a, _ in vocab.abbreviations())
    return regex.compile(rf"(?<![\p{{L}}\d&])(?:{alts})(?![\p{{L}}\d&])", regex.V0)


@functools.lru_cache(maxsize=None)
def _abbreviation_table() -> dict[str, str]:
    return dict(vocab.abbreviations())


def expand_abbreviations(name: str) -> str:
    table = _abbreviation_table()
    out = _abbreviation_pattern().sub(lambda m: table[m.group(0)], name)
    out = modern_tone_placement(out)
    return " ".join(out.split())


@functools.lru_cache(maxsize=None)
def _known_names_folded() -> tuple[tuple[str, str], ...]:
    # the ministries too: "Bộ Khoa học và Công nghệ", "Bộ Văn hóa, Thể thao và Du lịch" are read
    # whole in a sentence, never cut at their "và" or comma
    names = sorted(set(vocab.body_names()), key=len, reverse=True)
    return tuple((vocab.fold(n), n) for n in names)


_ALNUM_RUN = re.compile(r"[^\W_]*")  # (the characters ``str.isalnum`` takes)

# The field a known department or ministry is named for, when it has parts of its own
# ("Nông nghiệp và Phát triển nông thôn", "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao
# và Du lịch"): the same field names an office under another head word, a district's office
# ("Phòng Nông nghiệp và Phát triển nông thôn huyện … có trách nhiệm …", Lai Châu QĐ 16/2010;
# "chỉ đạo Phòng Lao động - Thương binh và Xã hội, Ủy ban nhân dân các xã …", Tuyên Quang QĐ
# 12/2012), read whole as the known name is — the word segmenter glues "và" to the next part
# ("và Phát triển nông thôn") and the name was cut at it.  Only parted fields: a one-part field
# ("Tài chính") runs over its capitals already, and a longer name may go on after it ("Phòng
# Tài chính - Kế hoạch").
_OFFICE_HEAD = regex.compile(r"(?:Phòng|Chi\s+cục|Trung\s+tâm|Văn\s+phòng|Thanh\s+tra|Cục|Vụ)\s+(?=\p{Lu})", regex.V0)
_FIELD_PARTS = regex.compile(r"\s(?:và|-|–)\s|,\s")


@functools.lru_cache(maxsize=None)
def _known_fields_folded() -> tuple[str, ...]:
    """The parted fields of the known departments and ministries ("sở"/"bộ" + field), folded,
    the longest first."""
    fields = {key.split(" ", 1)[1] for key, _ in _known_names_folded()
              if " " in key and key.split(" ", 1)[0] in ("sở", "bộ") and _FIELD_PARTS.search(key.split(" ", 1)[1])}
    return tuple(sorted(fields, key=len, reverse=True))


def _office_of_known_field(text: str, folded: str) -> int:
    """Length of an office head and the known parted field after it that open ``text`` (0 if
    none): "Phòng Nông nghiệp và Phát triển nông thôn" in "Phòng Nông nghiệp và Phát triển
    nông thôn huyện …"."""
    head = _OFFICE_HEAD.match(text)
    if not head:
        return 0
    start = len(vocab.fold(text[:head.end()])) + 1  # (folded, the head's space is one, after it)
    for field in _known_fields_folded():
        end = start + len(field)
        if folded.startswith(field, start) and (len(folded) == end or not folded[end].isalnum()):
            return head.end() + len(field)
    return 0


@functools.lru_cache(maxsize=None)
def _known_names_by_first_word() -> dict[str, tuple[tuple[str, str], ...]]:
    """``_known_names_folded`` by the run of letters and digits each opens with (in order): a
    text that opens with a name, a mark or a space after it, opens with its first word."""
    index: dict[str, list[tuple[str, str]]] = {}
    for key, proper in _known_names_folded():
        index.setdefault(_ALNUM_RUN.match(key).group(), []).append((key, proper))
    return {word: tuple(names) for word, names in index.items()}


@functools.lru_cache(maxsize=None)
def _known_names_without_tones() -> tuple[tuple[str, str], ...]:
    """The known names of three words or more without tones, each that no other name shares."""
    keys: dict[str, set[str]] = {}
    for n in vocab.body_names():
        if len(n.split()) >= 3:
            keys.setdefault(strip_accents(n), set()).add(n)
    return tuple(sorted(((k, next(iter(v))) for k, v in keys.items() if len(v) == 1), key=lambda p: -len(p[0])))


@functools.lru_cache(maxsize=None)
def _known_spelling() -> dict[str, str]:
    return dict(_known_names_folded())


def restore_case(name: str) -> str:
    """"SỞ THÔNG TIN VÀ TRUYỀN THÔNG" → "Sở Thông tin và Truyền thông"; a place after the
    name keeps capitals on its own words ("TỈNH BÌNH ĐỊNH" → "tỉnh Bình Định")."""
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name
    # abbreviations first, in capitals, so that the gazetteer knows the name:
    # "ỦY BAN MTTQ VIỆT NAM" → "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" → "Ủy ban Mặt trận Tổ quốc Việt Nam"
    table = _abbreviation_table()
    name = _abbreviation_pattern().sub(lambda m: table[m.group(0)].upper(), name)
    folded = vocab.fold(name)
    for key, proper in _known_names_by_first_word().get(_ALNUM_RUN.match(folded).group(), ()):
        if folded.startswith(key) and folded[len(key):len(key) + 1] in ("", " "):  # the name, or it and more words
            rest = name.split()[len(proper.split()):]
            return " ".join([proper, *_place_case(rest)]).strip()
    # a tone a scan or a typist slipped ("SỞ THÔNG TIN VÀ TRUYỂN THÔNG", Phú Thọ KH 2011): the
    # known name whose letters it has, as the vocabulary spells it (names of three words or more,
    # which no other known name matches without tones)
    bare = strip_accents(name)
    for key, proper in _known_names_without_tones():
        if bare.startswith(key) and bare[len(key):len(key) + 1] in ("", " "):
            rest = name.split()[len(proper.split()):]
            return " ".join([proper, *_place_case(rest)]).strip()
    words = name.split()
    if words[0].lower() in _UNIT_WORDS and not (len(words) > 1 and words[1].lower() in _PARTY_COMMITTEE_WORDS):
        # a locality named as a body: "HUYỆN TUY PHƯỚC" → "Huyện Tuy Phước", "THỊ XÃ HOÀI NHƠN" →
        # "Thị xã Hoài Nhơn" (Bình Định QĐ 518/2023's capital annex); not its party committee
        # ("TỈNH ỦY SƠN LA" is "Tỉnh ủy …", a body named for the unit, not the unit)
        cased = " ".join(_place_case(words))
        return cased[:1].upper() + cased[1:]
    return " ".join([words[0][:1] + words[0][1:].lower(), *_place_case(words[1:])])


_UNIT_WORDS = {"tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "thị", "trấn"}
_PARTY_COMMITTEE_WORDS = {"ủy", "uỷ"}  # "Tỉnh ủy", "Huyện ủy", "Thành ủy": the unit's party committee


def _place_case(words: list[str]) -> list[str]:
    """Unit words in lower case, the place name capitalized: TỈNH BÌNH ĐỊNH → tỉnh Bình Định."""
    out = []
    in_place = False
    for w in words:
        lw = w.lower()
        if lw in _UNIT_WORDS and not in_place:
            out.append(lw)
            if lw not in ("thành", "thị"):
                in_place = True
            continue
        if in_place or (out and out[-1] in ("phố", "trấn")):
            out.append(w[:1] + w[1:].lower())
            in_place = True
        else:
            out.append(lw)
    return out


# ----------------------------------------------------------------------- name heads


@functools.lru_cache(maxsize=None)
def _head_pattern(strong_only: bool, units_only: bool = False) -> rx.ByFirstWord:
    """Heads in any letter case after a capital first letter ("Hội nông dân tỉnh" opens with
    "Hội Nông dân"); a collective ("Các …", "các sở") also in lower case."""
    posts = vocab.agency_posts() if units_only else frozenset()
    nouns = vocab.noun_heads()
    heads = [h for h, strong in vocab.agency_heads() if (strong or not strong_only) and h not in posts and h not in nouns]
    # the abbreviations of a head ("UBND", "HĐND", "UBMTTQ", "MTTQ", "BHXH"): a name opens with them
    head_words = {h.lower() for h, _ in vocab.agency_heads()}
    heads += [a for a, full in vocab.abbreviations() if full.lower() in head_words]
    heads += nouns  # each with its complement, below; then as strong as any
    ahead = _complement_ahead()

    def render(heads: list[str]) -> regex.Pattern:
        def alt(part: str, h: str) -> str:
            return regex.escape(part).replace(r"\ ", r"\s+") + (ahead if h in nouns else "")
        leads = {rx.first_word(h).lower() for h in heads}
        # a body whose name opens with a denied phrase is named by it all the same: "Tổ chức làm
        # nhiệm vụ bồi thường, hỗ trợ và tái định cư có trách nhiệm …" (Lai Châu QĐ 16/2010), "Tổ
        # chức quản lý chợ căn cứ Nội quy mẫu …" (Đà Nẵng QĐ 82/2025), not the verb "Tổ chức"
        named = [regex.escape(h).replace(r"\ ", r"\s+") for h in heads if _NOT_AGENCY_START.match(h)]
        unless = f"(?!(?:{'|'.join(named)})(?![\\p{{L}}]))" if named else ""
        if len(leads) > 1:  # the whole
            alts = "|".join(alt(h, h) for h in heads)
            return regex.compile(rf"(?=\p{{Lu}}|các\s)(?!{unless}{_NOT_AGENCY})(?:{alts})(?![\p{{L}}])", regex.V0 | regex.IGNORECASE)
        # the heads of one first word: it is written once, and only the phrases that open with it
        # can deny them ("Ban hành" the heads "Ban …")
        lead = rx.first_word(heads[0])
        alts = "|".join(alt(h[len(lead):], h) for h in heads)
        denied = [p for p in _NOT_AGENCY_PHRASES if rx.first_word(p).lower() in leads]
        deny = f"(?!{unless}(?:{'|'.join(denied)}))" if denied else ""
        return regex.compile(rf"(?=\p{{Lu}}|các\s){deny}{regex.escape(lead)}(?:{alts})(?![\p{{L}}])", regex.V0 | regex.IGNORECASE)
    # (asked thousands of times a document: only the heads that share the text's first word are tried)
    return rx.ByFirstWord(sorted(heads, key=len, reverse=True), render)


@functools.lru_cache(maxsize=None)
def _complements() -> str:
    return rx.phrase_alternation(vocab.name_complements())


# What lets a head that is a common noun open a name: a capitalized word ("Cơ quan Kiểm lâm",
# "Cơ quan Ủy ban MTTQ xã", the committee's office) or a listed complement ("Chính quyền địa
# phương"); the pattern is case-insensitive, the capital is not.
@functools.lru_cache(maxsize=None)
def _complement_ahead() -> str:
    return rf"(?=\s+(?:(?-i:\p{{Lu}})|(?-i:{_complements()})(?![\p{{L}}])))"


# Words that share a head's first syllable but name no agency ("Báo cáo", "Ban hành"); a
# portal is a unit only as "Cổng thông tin điện tử" (the head), not "Cổng thông tin" of a law;
# a code of law is no ministry ("Điều 215 Bộ luật Hình sự: …" at a line's start, Hà Nội CV
# 6357/2025, tune13 N10, read as an article naming its body).
# Each opens with its first word (the heads of one first word are denied by its phrases only).
_NOT_AGENCY_PHRASES = (
    r"Báo\s+cáo", r"Ban\s+hành", r"Phòng\s*,?\s+(?:chống|cháy|ngừa|tránh)", r"Các\s+Trường\s+hợp", r"Trường\s+hợp",
    r"Bộ\s+chỉ\s+số", r"Bộ\s+tiêu\s+chí", r"Sở\s+hữu", r"Cổng\s+thông\s+tin(?!\s+điện\s+tử)", r"Hội\s+nghị", r"Hội\s+thi",
    r"Hội\s+thảo", r"Đoàn\s+kết", r"Tổ\s+chức", r"Ban\s+đầu", r"Bộ\s+(?:hồ\s+sơ|máy|luật)",
    r"Trung\s+tâm\s+(?:hành\s+chính|thương\s+mại)", r"Thường\s+trực\s+(?:tiếp|xuyên)",
    r"Vụ\s+(?:việc|án|cháy|mùa|nổ|tai\s+nạn)",
    # meetings and contests named in the plural are no associations ("Các Hội"): "…; các hội nghị triển
    # khai hoạt động của Ban Chỉ đạo" (Ban Chỉ đạo Nhà nước về Du lịch QĐ 170/2025 Điều 5.2, tune11 C026)
    r"Các\s+hội\s+(?:nghị|thi|thảo|diễn)",
)
_NOT_AGENCY = "(?:" + "|".join(_NOT_AGENCY_PHRASES) + ")"
_NOT_AGENCY_START = regex.compile(_NOT_AGENCY + r"(?![\p{L}])", regex.V0 | regex.IGNORECASE)


@memo_short_text
def starts_with_agency(text: str, strong_only: bool = False) -> bool:
    # Asked of whole lines and long windows, thousands of times a document: the text is
    # copied only when its first letter must be put in upper case.
    k = 0
    while k < len(text) and text[k] in "-+• ":
        k += 1
    first = text[k:k + 1]
    if first.upper() == first:
        return bool(_head_pattern(strong_only).match(text, k))
    return bool(_head_pattern(strong_only).match(first.upper() + text[k + 1:]))


_SPACES = regex.compile(r"\s+")


@functools.lru_cache(maxsize=None)
def _posts_capitalized() -> frozenset[str]:
    return frozenset(p.capitalize() for p in vocab.agency_posts())


def starts_with_post(text: str) -> bool:
    """Whether ``text`` opens with a post and the body it heads: "Chủ tịch Ủy ban nhân dân cấp
    xã …", "Giám đốc Sở Y tế …", "Thủ trưởng các cơ quan …" (a post alone names no one)."""
    m = _head_pattern(False).match(text)
    if not m or _SPACES.sub(" ", m.group()).capitalize() not in _posts_capitalized():
        return False
    rest = text[m.end():].lstrip()
    if rest[:1] == "T" and (rank := _head_pattern(False).match(rest)) \
            and _SPACES.sub(" ", rank.group()).capitalize() in _posts_capitalized():
        # a post of two heads, its rank after it: "Phó Chủ tịch Thường trực | Ủy ban MTTQ xã trực
        # tiếp tham mưu …" (Lương Minh KH 2025, tune C053), "Phó Chủ tịch Thường trực UBND tỉnh"
        rest = rest[rank.end():].lstrip()
    return starts_with_agency(rest, strong_only=True) or rest[:4].lower() == "các "


@memo_short_text  # asked again of the same names (2 in 3 calls on the bench texts)
def head_end(text: str) -> int:
    """Where the head word(s) that open ``text`` end ("Các tổ chức| đoàn thể …"), 0 if none."""
    m = _head_pattern(False).match(text)
    return m.end() if m else 0


def split_agency_list(text: str, labelled: bool = False, loose: bool = False) -> list[tuple[int, int]]:
    """Spans of the agencies in a list: split at ";" always, and at "," / "và" only where a
    strong head (or, in labelled lists, "các cơ quan …") starts the next name, so collective
    groups ("Các sở, ban, ngành") and names with "và" ("Sở Văn hóa, Thể thao và Du lịch")
    stay whole.  ``loose`` (a heading that lists named bodies) splits before weak heads too:
    "Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh"."""
    return list(_agency_list_spans(text, labelled, loose))


@memo_short_text  # (a task table's cells name the same bodies row after row: 6 in 10 calls are repeats)
def _agency_list_spans(text: str, labelled: bool, loose: bool) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for part in _LIST_PART.finditer(text):
        seg_start = part.start()
        cut_points = [seg_start]
        for m in _LIST_SEPARATOR.finditer(part.group(0)):
            nxt = part.group(0)[m.end():]
            before = part.group(0)[cut_points[-1] - seg_start:m.start()]
            if _joint_office_goes_on(before, nxt):
                continue  # "Văn phòng HĐND | và UBND xã": one office of both bodies
            if rx.UNIT_AT_A_LEVEL.match(nxt) and before.lstrip(" ,")[:4].lower() == "các ":
                continue  # "Các sở, ban, ngành, cơ quan, | đơn vị cấp tỉnh": one more member of the group
            if m.group().strip() == "," and before.lstrip(" ,")[:4].lower() == "các " \
                    and rx.UNIT_WORD_OF_GROUP.match(nxt) and agency_extent(nxt) <= head_end(nxt):
                continue  # "các Sở, | Ban, ngành": a unit word of the group, capitalized, names no body
            if m.group().strip() == "," and not nxt[:1].isupper() \
                    and rx.PARTY_AND_GOVERNMENT.match(before.lstrip(" ,") + ", " + nxt):
                continue  # "Các cấp ủy, | chính quyền địa phương các cấp": one collective
            after_and = m.group().strip() == "và"
            if _starts_new_name(nxt, labelled, loose, after_and=after_and) \
                    or _head_of_the_body_before(before, nxt) \
                    or (after_and and _organisations_after_named(before, nxt)) \
                    or (loose and m.group().strip() == "," and _collective_after_named(before, nxt)):
                cut_points.append(seg_start + m.start())
                cut_points.append(seg_start + m.end())
        cut_points.append(part.end())
        for s, e in zip(cut_points[::2], cut_points[1::2]):
            s2 = s + len(text[s:e]) - len(text[s:e].lstrip(" ,"))
            e2 = s2 + len(text[s2:e].rstrip(" .,:"))
            for s3, e3 in _split_at_repeated_head(text, s2, e2):
                spans.append((s3, e3))
    return tuple(spans)




def _collective_after_named(before: str, nxt: str) -> bool:
    """Whether a heading's list goes on, after a comma, from a named body to a collective of its
    own: "15. Đề nghị Ủy ban mặt trận Tổ quốc Việt Nam tỉnh, | các tổ chức chính trị - xã hội
    tỉnh: …" (Hưng Yên KH 199/2026, tune V01) names two, as the same request in a sentence does
    ("Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, | các tổ chức chính trị-xã hội phát huy …", Nghệ An
    KH 982/2025, tune C010).  Not inside a collective ("Các sở, | cơ quan …" opens with "các")."""
    first = before.lstrip(" ,")
    return first[:4].lower() != "các " and rx.COLLECTIVE_START.match(nxt) is not None \
        and starts_with_agency(first, strong_only=True)


def _joint_office_goes_on(before: str, nxt: str) -> bool:
    """Whether the list goes on with the second body of a joint office: "Văn phòng HĐND | và
    UBND xã", "Văn phòng Đoàn ĐBQH | và HĐND tỉnh", "Văn phòng HĐND | , UBND xã" (the office the
    two bodies of a commune share; agency_extent reads the same name in a sentence)."""
    office = rx.OFFICE_OF_A_BODY.match(before)
    return bool(office) and _JOINT_OFFICE_PART.fullmatch(before.rstrip(), office.end()) is not None \
        and _JOINT_OFFICE_PART.match(nxt) is not None


def _split_at_repeated_head(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A name's head word again, capitalized, with a name after it starts another body even
    without a separator: a table cell "Sở Khoa học và Công nghệ Sở Công Thương" names two."""
    if end <= start:
        return []
    head = text[start:start + head_end(text[start:end])]
    if not head or " " in head.strip() or not head[:1].isupper():
        return [(start, end)]
    again = _head_again(head).search(text, start + len(head), end)
    if not again:
        return [(start, end)]
    return [(start, again.start()), *_split_at_repeated_head(text, again.end(), end)]


@functools.lru_cache(maxsize=1024)  # (its key is a word of the text: bounded, for a worker that runs for days)
def _head_again(head: str) -> regex.Pattern:
    """The one-word head ``head`` starting a capitalized name again (compiled once per head:
    split_agency_list runs on every list of every document)."""
    return regex.compile(rf"\s+(?={regex.escape(head)}\s+\p{{Lu}})")




def _head_of_the_body_before(before: str, nxt: str) -> bool:
    """The post at the head of the very body named before the comma: two bearers ("Trách
    nhiệm của Ủy ban nhân dân cấp xã, Chủ tịch Ủy ban nhân dân cấp xã", Lai Châu QĐ 88/2025),
    not a collective of posts ("Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành")."""
    post = rx.POST_OF_A_BODY.match(nxt)
    body = " ".join(before.split())
    return bool(post) and len(body.split()) >= 2 and body[:1].isupper() \
        and " ".join(nxt[post.end():].split()).startswith(body)


def _starts_new_name(nxt: str, labelled: bool, loose: bool = False, after_and: bool = False) -> bool:
    if not nxt:
        return False
    if nxt[0].isupper() and _head_pattern(not loose, loose).match(nxt):
        return True
    if opens_name_in_sentence(nxt) and not (not after_and and rx.KIND_AT_LEVEL.match(nxt)):
        return True  # "Các chủ rừng | và lực lượng Kiểm lâm" (not "Các bộ, | cơ quan Trung ương": one group)
    if labelled and (rx.COLLECTIVE_START.match(nxt) or rx.POST_IN_LIST.match(nxt)):
        return True
    if loose and after_and and rx.UNITS_START.match(nxt):  # a heading's "Công an tỉnh | và các địa phương"
        return True
    return False


def _organisations_after_named(before: str, nxt: str) -> bool:
    """Whether a list goes on, after "và", from a named body to a collective with its own
    "các": "UBND cấp xã | và các Sở, ban, ngành quản lý quy hoạch …" (Đắk Lắk CT 10/2025, tune
    C036), "Hội Cựu chiến binh các cấp | và các tổ chức chính trị - xã hội" (BCĐQG 1237 KH
    252/2013, tune V02) name two.  Not a generic group of partners ("Sở Tài chính và các đơn vị
    có liên quan": the gold records none). The Front's member organisations after it are a name
    of their own too ("Ủy ban MTTQ Việt Nam tỉnh | và các tổ chức chính trị - xã hội tỉnh", gold
    M03, R03; regexes.ORGANISATIONS_START), unless they are the ones under it ("… và các tổ chức
    chính trị - xã hội trực thuộc", regexes.ORGANISATIONS_UNDER_IT)."""
    if nxt[:4].lower() != "các ":
        return False
    ahead = nxt[:60].lower()  # ("các Sở, ban, ngành" as "các sở, ban, ngành")
    if rx.UNITS_START.match(ahead):
        if rx.CONCERNED_GROUP.match(ahead):
            return False
    elif not rx.ORGANISATIONS_START.match(ahead) or rx.ORGANISATIONS_UNDER_IT.match(nxt[:100].lower()):
        return False  # (a longer window: the organisations' name and "trực thuộc" run to 62 characters)
    first = before.lstrip(" ,")
    return first[:4].lower() != "các " and starts_with_agency(first, strong_only=True)


@memo_short_text
def clean_agency(name: str) -> str:
    """Contract form: abbreviations expanded, a parenthesis dropped (a short form given in it
    taken: "Ủy ban nhân dân xã, phường (sau đây gọi là cấp xã)" → "Ủy ban nhân dân cấp xã"),
    first letter upper."""
    alias = rx.NAME_ALIAS.match(name)
    if alias:
        name = _with_alias(alias.group("name").strip(), alias.group("alias").strip())
    name = _TRAILING_PAREN.sub("", name)
    name = _PAREN.sub("", name)
    name = rx.ROLE_APPOSITIVE.sub("", name)
    name = name.strip(" .,:;-")
    if name.endswith((" và các", ", các", " và")):
        name = rx.DANGLING_LIST_WORDS.sub("", name)
    name = rx.GENERIC_PARTNERS_AFTER_NAME.sub("", name)
    if " tại " in name:
        name = rx.PLACE_IN_THIS_DOCUMENT.sub("", name)
    if name[:4].lower() != "các ":
        name = rx.GENERIC_KINDS_AFTER_NAMED.sub("", name)
    name = rx.DIRECTIVE.sub("", name)
    name = rx.COMRADE_IN_NAME.sub("", name)  # "Các đ/c Phó Chủ tịch" → "Các Phó Chủ tịch"
    name = rx.DOUBLED_HEAD.sub(r"\1", name)
    name = expand_abbreviations(name)
    if len(name.split()) >= 2:
        name = restore_case(name)  # a heading in capitals: "ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG"
    if "&" in name:  # "Văn phòng HĐND&UBND xã" (after "KH&CN" is read as one abbreviation)
        name = expand_abbreviations(rx.AMPERSAND_BETWEEN_NAMES.sub(" và ", name))
    # a known agency takes its own spelling, so that "Sở Tài Chính" and "Sở Tài chính" are
    # one agency in the tables
    known = _known_spelling().get(vocab.fold(name))
    if known:
        return known
    return name[:1].upper() + name[1:]


def _with_alias(name: str, alias: str) -> str:
    """The name a parenthesis gives: a level ("cấp xã") replaces the places after the head,
    an agency name replaces the whole; anything else leaves the name as it was."""
    if alias.lower().startswith("cấp "):
        unit = rx.ADMIN_UNIT_WORD.search(name, head_end(name) or 0)
        if unit:
            return name[:unit.start()].rstrip(" ,") + " " + alias
        return name
    return alias if starts_with_agency(alias) else name


@memo_short_text  # the merge keys of the same few names, asked thousands of times a document
def fold_agency(name: str) -> str:
    """Merge key of an agency: case and punctuation folded, "các" dropped ("Ủy ban nhân dân
    các xã, phường" and "Ủy ban nhân dân xã, phường" are one body)."""
    return " ".join(w for w in fold_words(name).split() if w != "các")


# ------------------------------------------------------------ short names a document defines
# How far before a definition's bracket the name it shortens is read (no agency name is longer).
_DEFINED_NAME_READ = 200


def defined_short_names(text: str, names: Iterable[str] = ()) -> dict[str, str]:
    """The short names ``text`` defines for bodies (rx.SHORT_NAME_DEFINED), each → the name it
    stands for: "… của Trung tâm chính trị xã, phường, đặc khu (sau đây gọi tắt là Trung tâm)"
    (Ban Tuyên giáo và Dân vận TW QĐ 1147/2025), "Ủy ban nhân dân các xã, phường (gọi tắt là
    UBND cấp xã)" (Ninh Bình QĐ 163/2025).  The full name is the longest of ``names`` (the bodies
    the document gives work) that the words before the bracket end with; failing that, the words
    from the last place the short name stands before the bracket, on its line.  Either way it
    opens with a head word, and the short name with the same one ("Kế hoạch thi đua" after a
    body's name is no short name of it).  The first definition of a short name holds."""
    known: dict[str, str] | None = None  # (folded once, for a text that defines one)
    longest = 0  # words of the longest known name
    out: dict[str, str] = {}
    for definition in rx.SHORT_NAME_DEFINED.finditer(text):
        short = " ".join(definition.group("short").split())
        if short in out:
            continue
        if known is None:
            known = {fold_agency(name): name for name in names}
            longest = max((key.count(" ") + 1 for key in known), default=0)
        before = text[max(0, definition.start() - _DEFINED_NAME_READ):definition.start()]
        full = _known_name_ending(before, known, longest) or _name_from_short_name(before, short)
        if full and _same_head(short, full):
            out[short] = full
    return out


def _known_name_ending(before: str, known: dict[str, str], longest: int) -> str | None:
    """The longest known name (of at most ``longest`` words) ``before`` ends with: a dictionary
    look-up per word, so that as many definitions and names as a hostile file holds stay linear."""
    words = fold_agency(before).split()
    for k in range(max(0, len(words) - longest), len(words)):
        name = known.get(" ".join(words[k:]))
        if name:
            return name
    return None


def _name_from_short_name(before: str, short: str) -> str | None:
    """The words from the last place ``short`` stands in ``before`` on, when they are longer
    than it and on one line: "… của Trung tâm chính trị xã, phường, đặc khu" for "Trung tâm"."""
    before = before.rstrip()
    k = before.lower().rfind(short.lower())
    if k < 0 or "\n" in before[k:]:
        return None
    full = " ".join(before[k:].split())
    return full if len(full) > len(short) else None


def _same_head(short: str, full: str) -> bool:
    """Whether ``full`` opens with a head word and ``short`` (abbreviations written out) with the
    same one: "UBND cấp xã" and "Ủy ban nhân dân các xã, phường"."""
    full = full[:1].upper() + full[1:]
    end = head_end(full)
    return end > 0 and (fold_words(expand_abbreviations(short)) + " ").startswith(fold_words(full[:end]) + " ")


# ------------------------------------------------------------ a name inside a sentence


@functools.lru_cache(maxsize=4096)
def _segment(text: str) -> tuple[str, ...]:
    from underthesea import word_tokenize

    return tuple(word_tokenize(text))


# (the provinces too: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tổ chức …", Công điện 231/CĐ-TTg 2025)
_UNIT_WORD = r"(?:xã|phường|thị\s+trấn|huyện|thị\s+xã|tỉnh(?!\s+(?i:ủy|uỷ))|thành\s+phố|quận|đặc\s+khu|sở|ban|ngành|đơn\s+vị|cơ\s+quan|địa\s+phương|phòng|đoàn\s+thể|(?:tỉnh|thành|huyện|quận|đảng|cấp)\s+ủy)"
# "và" continues a list of places only ("các xã, phường và đặc khu"), not "… và cơ quan, đơn vị".
_PLACE_UNIT = r"(?:xã|phường|thị\s+trấn|huyện|thị\s+xã|tỉnh(?!\s+(?i:ủy|uỷ))|thành\s+phố|quận|đặc\s+khu)"
# "thành" and "thị" alone, after a comma in a list of places, are "thành phố" and "thị xã" as older
# provincial letters shorten them: "UBND các huyện, thành, thị" (real scan P01, Phú Thọ 2011).
_SHORT_PLACE_UNIT = r"(?:thành|thị)(?![\p{L}])(?!\s+(?i:phố|xã|trấn|ủy|uỷ)(?![\p{L}]))"
# The units below a commune (models/village_units.txt): "Ban Công tác Mặt trận | thôn", and every
# one of them: "Ban công tác Mặt trận | các thôn" (Lương Minh KH 2025, gold 14, C052), "… | các tổ dân
# phố" (Bắc Cam Ranh KH 2025, gold C056).
_VILLAGE_UNIT = rx.phrase_alternation(vocab.village_units())
# A list begun with places goes on with places only: "UBND các xã, phường, | đơn vị liên quan" names
# the communes' committees, then other units beside them (Bắc Ninh QĐ 471/2025 Điều 2, tune14 R01).
_UNIT_LIST = regex.compile(
    rf"các\s+(?:(?:{_PLACE_UNIT}|{_VILLAGE_UNIT})(?:\s*,\s*(?:{_PLACE_UNIT}|{_SHORT_PLACE_UNIT})(?![\p{{L}}])|\s+và\s+{_PLACE_UNIT})*(?![\p{{L}}])"
    rf"|{_UNIT_WORD}(?:\s*,\s*(?:{_UNIT_WORD}|{_SHORT_PLACE_UNIT})|\s+và\s+{_PLACE_UNIT})*)"
    rf"(?:\s+(?:cấp\s+(?:tỉnh|huyện|xã)|tỉnh|thành\s+phố|huyện|trực\s+thuộc|thuộc\s+\S+))?",
    regex.IGNORECASE)
_PROPER = r"\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*"
_MORE_PLACES = regex.compile(
    rf"(?:\s*,\s*{_PLACE_UNIT}(?![\p{{L}}])(?!\s+\p{{Lu}}))*(?:\s*,?\s+và\s+{_PLACE_UNIT}(?![\p{{L}}]))?")
# The communes and wards the 2025 merger named with a number (models/communes_2025.tsv): "Ủy ban nhân
# dân xã Bảo Lâm 2" (Lâm Đồng TB 2026, tune C062), "phường Móng Cái 1" — a proper name alone stops
# before the number.
_NUMBERED_COMMUNE = rx.phrase_alternation(n for n in vocab.commune_names() if any(c.isdigit() for c in n))
# What may follow a known agency name: a proper name ("Hoàng Đình Giong", "Gia Lai"), a place
# ("tỉnh Bình Định", "thành phố"), a level ("cấp huyện, cấp xã"), a unit list ("các xã,
# phường"), "Trung ương".
_PLACE_SUFFIX = regex.compile(
    rf"""(?:
        \s+(?i:tỉnh|thành|huyện|quận|đảng|cấp)\s+(?i:ủy|uỷ|đoàn)(?![\p{{L}}])(?!\s+(?i:ban)\b)   # a party committee: "Ban Tổ chức | Tỉnh ủy", "… | tỉnh ủy" in lower case
      | \s+(?i:xã|phường)\s+(?:{_NUMBERED_COMMUNE})(?![\p{{L}}\d])   # a commune numbered by the 2025 merger: "xã Bảo Lâm 2"
      | \s+(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu|{_VILLAGE_UNIT})(?:\s+{_PROPER})?   # "Thành phố" as a name's place too
        (?:\s*(?:,|\s[-–])\s*{_PLACE_UNIT}(?![\p{{L}}])(?!\s+\p{{Lu}}))*(?:\s+và\s+{_PLACE_UNIT}(?![\p{{L}}]))?     # "Ủy ban nhân dân xã, phường (và đặc khu)", "… quận - huyện"
        (?:\s*,\s*cấp\s+(?:tỉnh|huyện|xã)(?![\p{{L}}]))*                                   # "Thường trực HĐND tỉnh, cấp xã"
      | (?<=(?i:ủy|uỷ))\s*,\s*(?i:tỉnh|thành|huyện|quận|đảng)\s+(?i:ủy|uỷ)(?![\p{{L}}])   # "… Tỉnh ủy, Thành ủy": each committee's body
      | \s+cấp\s+(?:tỉnh|huyện|xã)(?:\s*,\s*cấp\s+(?:tỉnh|huyện|xã))*
      | \s+các\s+cấp(?![\p{{L}}])   # a body at every level: "Ủy ban nhân dân các cấp", "Ủy ban bầu cử các cấp"
      | \s+(?i:{_UNIT_LIST.pattern})
      | \s+(?i:trung\s+ương)
      | \s+(?i:khu\s+vực)\s+(?:[IVXLC]{{1,5}}|\d{{1,2}})(?![\p{{L}}\d])   # a regional unit: "Kho bạc Nhà nước khu vực XI"
      | \s+(?i:khu\s+vực)(?=\s+(?:{_PLACE_UNIT}(?![\p{{L}}])|\p{{Lu}}))   # or by its area: "Ban Quản lý dự án đầu tư xây dựng khu vực | huyện …"
      | \s*[-–]?\s+(?i:chi\s+nhánh)(?![\p{{L}}])             # a branch: "Ngân hàng Nhà nước Việt Nam - Chi nhánh | Khu vực II"
      | \s+số\s+\d{{1,2}}(?![\p{{L}}\d/])                            # a numbered unit: "Ban Quản lý dự án … số 1"
      | {rx.BOARD_NUMBER.pattern}   # a board known by its programme's number ("Ban Chỉ đạo 389 quốc gia")
      | \s+(?!(?:{"|".join(regex.escape(h) for h, strong in vocab.agency_heads() if strong)})\b){_PROPER}
    ){{1,3}}""",
    regex.VERBOSE,
)
_NAME_WINDOW_END = regex.compile(r"[,;:()\n]")
# A known name that goes on past "và" or a dash with more capitalized words is a longer name of
# its own: "Ban Tuyên giáo | và Dân vận Trung ương"; a district's office of two fields "Phòng Kinh
# tế | - Hạ tầng" (Nghị định 37/2014/NĐ-CP), its broadcaster "Đài Truyền thanh | - Truyền hình huyện",
# not a second body after it (a head opens that: "Công an tỉnh và Sở Y tế").
_NAME_GOES_ON = regex.compile(r"\s+(?:và|[-–])\s+(?=\p{Lu})")
# The bodies an office serves together: "Văn phòng HĐND - UBND", "Văn phòng Đoàn ĐBQH và HĐND".
_JOINT_OFFICE_PART = regex.compile(
    r"(?:HĐND|UBND|Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+nhân\s+dân|Đoàn\s+(?:ĐBQH|đại\s+biểu\s+Quốc\s+hội))(?![\p{L}])")
_CONNECTORS = {"và", "-", "–"}  # a comma only inside a known name ("Sở Văn hóa, Thể thao …")
_PARTY_PLACE_WORDS = {"Đảng", "Tỉnh", "Thành", "Huyện", "Quận", "Thị", "Cấp"}
# (only a text that opens with a post's first letter, regexes.POST_FIRST_LETTERS, is asked for a post
# before a known body: asked of every name read)
_WHITESPACE_NOT_ONE_SPACE = regex.compile(r"[^\S ]|  ")  # a tab, a run of spaces (a line break ends the window)
_HEAD_OF_A_KIND = regex.compile(r"(?:Phó\s+)?(?:" + rx.phrase_alternation(vocab.heads_of_a_kind()) + r")(?![\p{L}])", regex.V0)
_UNIT_LOWER = {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "cấp", "các", "trung ương"}


@functools.lru_cache(maxsize=None)
def _trailing_complement() -> regex.Pattern:
    """Complements after a name ("Lực lượng Kiểm lâm | sở tại", "Cấp ủy cấp xã | trên địa
    bàn"), not one that a generic tail follows ("UBND địa phương có liên quan")."""
    return regex.compile(
        rf"(?:(?<=(?i:tỉnh|huyện))\s*,\s*cấp\s+(?:huyện|xã)(?![\p{{L}}])"   # "Thường trực HĐND tỉnh, cấp xã": a body at two levels
        # the provinces named with their status: "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực
        # thuộc Trung ương | chỉ đạo …" (Công văn 6087/BYT-KCB 2013), "Sở Y tế các tỉnh, thành phố
        # trực thuộc Trung ương" (Công văn 627/BYT-BH 2021); only after the provinces' own words (a
        # noun head with it opens no name: "…, cơ quan, đơn vị trực thuộc Trung ương" stays one collective)
        rf"|(?<=(?i:tỉnh|thành\s+phố))\s+trực\s+thuộc\s+(?i:trung\s+ương)(?![\p{{L}}])"
        # the place whose area "trên địa bàn" means, when its unit is written: "cơ quan thông tấn,
        # báo chí trên địa bàn Thành phố | thực hiện phổ biến" (TP HCM QĐ 2853/2025, gold M04; as
        # gold C035, 02, 10, M02, N11 write the names of theirs), not before a generic tail ("… trên
        # địa bàn tỉnh có liên quan")
        rf"|(?<=trên\s+địa\s+bàn)\s+(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|đặc\s+khu)(?![\p{{L}}])"
        rf"(?!\s+(?:có\s+)?liên\s+quan\b)"
        rf"|\s+(?:{_complements()})(?![\p{{L}}])(?!\s+(?:có\s+)?liên\s+quan\b))+", regex.V0)


@functools.lru_cache(maxsize=None)
def _sentence_head_pattern() -> rx.ByFirstWord:
    heads = sorted(vocab.sentence_heads(), key=len, reverse=True)
    wholes = sorted(vocab.whole_names_in_sentence(), key=len, reverse=True)

    def render(words: list[str]) -> regex.Pattern:
        words = set(words)
        alts = "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in heads if h in words)
        whole = "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in wholes if h in words)
        parts = ([rf"(?:{alts}){_complement_ahead()}"] if alts else []) + ([rf"(?:{whole})(?![\p{{L}}])"] if whole else [])
        return regex.compile("|".join(parts), regex.V0)
    # (a case-sensitive pattern: its matches are among those of the first word in any case)
    return rx.ByFirstWord(heads + wholes, render)


def opens_name_in_sentence(text: str) -> bool:
    """Whether ``text`` opens with a body named in lower case inside a sentence: a head that
    may stand so (models/agency_heads.tsv, in_sentence) and its complement ("lực lượng Công
    an", "chính quyền địa phương", "cơ quan Kiểm lâm") — not "cơ quan liên quan" — or a whole
    name written so ("chủ nhiệm lớp", "trưởng thôn")."""
    return bool(_sentence_head_pattern().match(text))


@memo_short_text
def agency_extent(text: str) -> int:
    """Length of the agency name that opens ``text`` (0 if none), with the lower-case
    complements that complete it ("Lực lượng Kiểm lâm sở tại")."""
    return _extent_with_branches(text, _BRANCH_LEVELS)


# "Chi nhánh" before its parent's name, at most this many deep: a branch's branch is the deepest a
# real name goes; a run of the word read without a bound recursed once per repetition
# ("Chi nhánh " x 1,000 raised RecursionError out of the recognizer, review 0.8b #3).
_BRANCH_LEVELS = 3


def _extent_with_branches(text: str, levels: int) -> int:
    branch = rx.BRANCH_OF_BODY.match(text) if levels else None
    if branch:
        parent = _extent_with_branches(text[branch.end():], levels - 1)
        if parent:
            return branch.end() + parent
    end = _name_extent(text)
    if end and text[:1] in rx.POST_FIRST_LETTERS and (post := rx.POST_OF_A_BODY.match(text)) and end < post.end() \
            and levels and text[post.end():post.end() + 1].isupper() and not _HEAD_OF_A_KIND.match(text) \
            and (body := _extent_with_branches(text[post.end():], levels - 1)):
        # a post with a word in lower case that the word tagger cut the name inside, before the named
        # body it heads: "Chỉ huy | trưởng Ban Chỉ huy Quân sự xã" (Nghị định 33/2023/NĐ-CP's posts of
        # a commune); not a post of a kind ("Người đứng đầu …", read as the kind's rules say) nor a post
        # before a common noun ("Giám đốc trung tâm ra quyết định", Ban Tuyên giáo và Dân vận TW QĐ 1147/2025)
        return post.end() + body
    if end and text[:1] in _LOWER_RUN_FIRST and (run := _lower_case_run(text, end)):
        end = run
    if end and text[:1] == "B" and (zones := rx.BOARD_OF_ZONES.match(text)) and zones.end() > end:
        end = zones.end()  # "Ban Quản lý Khu kinh tế Dung Quất | và các Khu công nghiệp Quảng Ngãi"
    if end and text[:4] in _COMMITTEE_FIRST_WORDS and (fields := rx.committee_named_by_fields().match(text)) \
            and fields.end() > end:
        # a steering committee named by its field (models/committee_topics.txt) and its place: "Ban Chỉ
        # đạo Chuyển đổi số thành phố Sơn La | phân công lãnh đạo phát biểu …" (Sơn La KH 07-KH/BTC
        # 2023, real scan P02 III.8), not "Ban Chỉ đạo | Chuyển" (a capital read as the place of the
        # known "Ban Chỉ đạo")
        end = fields.end()
    if end:
        more = _trailing_complement().match(text, end)
        if more:
            end = more.end()
    if end and text[:1] in rx.POST_FIRST_LETTERS and (person := _person_then_verb(text, end)):
        end = person
    if end and text[:1] in "CVT" and (unit := _UNIT_OF_A_PARENT.match(text)) and unit.end() <= end \
            and (parent := _PARENT_AFTER_COMMA.match(text, end)):
        # "Cục Lưu trữ, | Văn phòng Trung ương Đảng": the department with its parent's name
        whole = _extent_with_branches(text[parent.start("parent"):], levels)
        if whole:
            end = parent.start("parent") + whole
    return end


# A person's name in a post's reading (a family name of models/surnames.txt and one to three more
# capitalized syllables), then a capitalized verb of models/verbs_after_a_person.txt: "Phó Thủ tướng
# Trần Hồng Hà | Chỉ đạo các bộ, ngành …" — the verb is no syllable of the name.  (Only after a family
# name: "Ban Chỉ đạo", "Phó Trưởng ban Thường trực" are a body's and a post's own words.  Nor right
# after "Ban": a family name is a given name too, "Phó Thủ tướng Trần Hồng Hà Trưởng Ban Chỉ đạo …"
# holds "Hà Trưởng Ban" before the board's "Chỉ đạo", no name before a verb.)
_PERSON_THEN_VERB = regex.compile(
    r"(?<![\p{L}])(?:" + rx.phrase_alternation(vocab.surnames()) + r")(?:\s+\p{Lu}\p{Ll}*){1,3}?"
    r"(?<!\sBan)(?=\s+(?:" + rx.phrase_alternation(v[:1].upper() + v[1:] for v in vocab.verbs_after_a_person()) + r")(?![\p{L}]))",
    regex.V0)


def _person_then_verb(text: str, end: int) -> int:
    """Where a post's reading ends before a capitalized verb after the person's name in it; 0 if
    none (the post first: only such a reading holds a person's name)."""
    post = rx.POST_OF_A_BODY.match(text)
    person = _PERSON_THEN_VERB.search(text, post.end(), end) if post else None
    return person.end() if person else 0


# The first words of the committees rx.committee_named_by_fields reads ("Ban Chỉ đạo", "Tổ công tác",
# "Hội đồng", "Tổ giúp việc"): only a name that opens with one is tried.
_COMMITTEE_FIRST_WORDS = frozenset(("Ban ", "Tổ c", "Tổ g", "Hội "))


# A department of a central body and its parent after a comma (models/units_with_their_parent.tsv).
_UNIT_OF_A_PARENT = regex.compile(
    r"(?:" + rx.phrase_alternation(vocab.units_with_their_parent()[0]) + r")\s+(?=\p{Lu})",
    regex.V0)
_PARENT_AFTER_COMMA = regex.compile(
    # (not a body that only begins with a parent's word, in either case: "Cục Thuế tỉnh, | Bộ Chỉ huy Quân
    # sự tỉnh", "… | Bộ chỉ huy Quân sự tỉnh" list two bodies)
    r"\s*,\s*(?!(?i:" + rx.phrase_alternation(vocab.units_with_their_parent()[2])
    + r")(?![\p{L}]))"
    r"(?P<parent>(?:" + rx.phrase_alternation(vocab.units_with_their_parent()[1])
    + r")(?![\p{L}]))", regex.V0)


_LOWER_RUN_FIRST = frozenset(h[0] for h in vocab.lower_case_name_heads())
# The lower-case words of an enterprise's, cooperative's or centre's own name, between its head
# and its proper name (models/lower_case_name_heads.txt): "Hợp tác xã | dịch vụ điện | Quảng
# Phú", "Công ty | cổ phần | Cấp nước …".  At most five words, none of them a word that links a
# name to the rest of a sentence (a preposition, conjunction, "các", a copula or modal); a verb
# is refused by regexes.ACTION_ANYWHERE below ("Trung tâm | tổ chức Hội nghị …" is a sentence).
_LOWER_RUN = regex.compile(
    r"""(?P<run>(?:[ ](?!(?:và|với|của|cho|theo|tại|trên|trong|thuộc|trực|do|để|về|từ|đến|các|những|là|có|được|bị|đã|đang|sẽ|phải|cần|không|khi|nếu|thì|này|đó|hoặc|hay|như|sau|trước)(?![\p{L}]))\p{Ll}+){1,5})
        [ ](?=\p{Lu}|(?:cấp[ ])?(?:tỉnh|huyện|xã)(?![\p{L}])|các[ ]cấp(?![\p{L}]))   # its proper name, its place or its level""",
    regex.VERBOSE | regex.V0)


def _lower_case_run(text: str, end: int) -> int:
    """The end of a name whose head (one of models/lower_case_name_heads.txt) the name reader took
    alone, when lower-case words of the name and its proper name follow ("Hợp tác xã dịch vụ điện
    Quảng Phú"); 0 if no such name."""
    # (the head's later words in any case, as heads are matched: "Tổng Công ty điện lực TP Hà Nội")
    head = next((h for h in vocab.lower_case_name_heads() if text[:len(h)].lower() == h.lower()), None)
    if head is None or end != len(head):
        return 0
    run = _LOWER_RUN.match(text, end)
    if not run or rx.ACTION_ANYWHERE.search(run.group("run") + " "):
        return 0
    rest = text[run.end():]
    if starts_with_agency(rest) or _NOT_AGENCY_START.match(rest):
        return 0  # "Trung tâm trực thuộc | Sở Y tế": the body it belongs to is a name of its own
    proper = _PLACE_SUFFIX.match(" " + rest)
    return run.end() + proper.end() - 1 if proper else 0


def _known_name_at(folded: str) -> str | None:
    """The known name (gazetteer) that opens the folded text, None if none."""
    first = _ALNUM_RUN.match(folded)
    # (only the names of the text's first word, not every known name one by one)
    for key, proper in _known_names_by_first_word().get(first.group() if first else "", ()):
        if folded.startswith(key) and (len(folded) == len(key) or not folded[len(key)].isalnum()):
            return proper
    return None


def _name_extent(text: str) -> int:
    """Length of the agency name that opens ``text`` (0 if none); a post before a known body
    (`_read_name`) is read by the word tagger too, and the longer reading holds: "Bộ trưởng Bộ Tài
    chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia" (a post in apposition, which the
    known body's reading stops before), "Thủ trưởng Tổ chức quản lý chợ" (a known name with words
    in lower case, which the tagger cuts)."""
    end, by_post = _read_name(text, True)
    return max(end, _read_name(text, False)[0]) if by_post else end


def _read_name(text: str, post_of_known: bool) -> tuple[int, bool]:
    """Length of the agency name that opens ``text`` (0 if none), and whether it was read as a
    post before a known body (only if ``post_of_known``).

    A known name (gazetteer) is taken whole, then a place may follow ("tỉnh Gia Lai", "các
    xã, phường"); otherwise the name runs over capitalized words, with "và"/"-" only between
    capitalized words that do not open a new agency (a comma only inside a known name).
    underthesea keeps multi-syllable words together ("Quản lý")."""
    if not text or not starts_with_agency(text):
        return 0, False
    # (in the new tone placement the known names are written in, the same length: "Cục Cảnh sát điều tra
    # tội phạm về ma tuý, Bộ Công an" as Công văn 3980/C04-P6 2025 prints it, real scan Q01)
    folded = vocab.fold(modern_tone_placement(text[:120]))
    known = _known_name_at(folded)
    if known is None:
        # an abbreviated known head ("UBND phường, xã", "HĐND tỉnh"): its place follows it
        abbr = rx.LEADING_ABBREVIATION.match(text)
        if abbr and vocab.fold(dict(vocab.abbreviations())[abbr.group()]) in _known_spelling():
            known = abbr.group()
    if known is None and (field := _office_of_known_field(text, folded)):
        known = text[:field]
    by_post = False
    if post_of_known and known is None and text[:1] in rx.POST_FIRST_LETTERS and (post := rx.POST_OF_A_BODY.match(text)) \
            and (body := _known_name_at(vocab.fold(text[post.end():post.end() + 120]))):
        # the post of a known body whose name has words in lower case: "Thủ trưởng Tổ chức quản
        # lý chợ được quyền …" (Đà Nẵng QĐ 82/2025), not "Thủ trưởng Tổ chức | quản lý chợ"; "Người đứng
        # đầu cơ quan ngang bộ, …" (a known kind of body, Công điện / Chỉ thị of the Prime Minister)
        known = text[:post.end() + len(body)]
        by_post = True
    if known and (goes_on := _NAME_GOES_ON.match(text, len(known))) \
            and (not _head_pattern(False).match(text, goes_on.end())
                 or (known.startswith("Văn phòng ") and _JOINT_OFFICE_PART.fullmatch(known, len("Văn phòng ")) and _JOINT_OFFICE_PART.match(text, goes_on.end()))):
        # "Ban Tuyên giáo | và Dân vận Trung ương": a longer name than the known one; an office of
        # both councils, "Văn phòng Hội đồng nhân dân | - Ủy ban nhân dân cấp xã" (Nghệ An QĐ 98/2025
        # Điều 8), read by the joint-office rule below
        known = None
    if known:
        # A body that belongs to another goes on with its parent's name: "Ban Thường trực |
        # Ủy ban MTTQ Việt Nam xã", "Thường trực | Hội đồng nhân dân tỉnh".
        if vocab.fold(known) in vocab.dependent_bodies():
            rest = text[len(known):]
            gap = len(rest) - len(rest.lstrip(" "))
            if 0 < gap <= 1 and rest[gap:gap + 1].isupper() and starts_with_agency(rest[gap:], strong_only=True):
                parent = agency_extent(rest[gap:])
                if parent:
                    return len(known) + gap + parent, by_post
        # A known name needs no segmentation: only a place or unit list may follow it.
        suffix = _PLACE_SUFFIX.match(text, len(known))
        return (suffix.end() if suffix else len(known)), by_post
    # underthesea's cost grows with the length of the text it is given: names are short.
    offset = 0
    window = text[:90]
    # The name reader below stops at the first comma or clause mark (only a known name, read
    # above, or a unit list after "các" goes past one): the words after it need no tagging.
    stop = _NAME_WINDOW_END.search(window)
    if stop and "các" not in window[:stop.start()].lower():
        window = window[:stop.end()]
    spans = []
    pos = 0
    # a party committee's word kept whole for the tagger ("Đảng ủy | Ủy ban nhân dân tỉnh", not
    # "Đảng | ủy Ủy | ban nhân dân"): same length, the offsets hold
    tagged = rx.COMMITTEE_WORD.sub(lambda m: m.group(1) + "_" + m.group(2), window)
    # so is the post that opens a collective ("Người đứng đầu | các sở, ban, ngành", not "Người | đứng |
    # đầu …", whose lower-case words ended the name at "Người"; the collective is read after it as after
    # "Thủ trưởng", which the tagger keeps whole)
    post = rx.POST_OF_A_BODY.match(tagged) if tagged[:1] in rx.POST_FIRST_LETTERS else None
    if post and tagged[post.end():post.end() + 4] == "các " and " " in (words := post.group().rstrip()) \
            and not _WHITESPACE_NOT_ONE_SPACE.search(words):
        tagged = words.replace(" ", "_") + tagged[len(words):]
    for w in (t.replace("_", " ") for t in _segment(tagged)):
        j = window.find(w, pos)
        if j < 0:
            break
        party = rx.COMMITTEE_WORD_JOINED.match(w)
        if party and spans and spans[-1][0].split()[-1].capitalize() in _PARTY_PLACE_WORDS:
            # the tagger joins a committee's "ủy" to the next word ("Đảng | ủy xã", "Đảng | ủy
            # Ủy ban …"): "ủy" closes the committee's name, the rest is a word of its own
            spans.append((party.group(1), offset + j, offset + j + party.end(1)))
            w, j = w[party.end():], j + party.end()
        spans.append((w, offset + j, offset + j + len(w)))
        pos = j + len(w)
    if not spans:
        return 0, False
    consumed = spans[0][2]
    i = 1
    while i < len(spans):
        w, s, e = spans[i]
        lw = w.lower()
        units = _UNIT_LIST.match(text, s) if lw == "các" else None
        if lw == "các" and i + 1 < len(spans) and spans[i + 1][0].lower() == "cấp" and consumed == spans[i - 1][2] \
                and not (i + 2 < len(spans) and spans[i + 2][0].lower() in ("tỉnh", "huyện", "xã")):
            consumed = spans[i + 1][2]  # "Ủy ban bầu cử | các cấp": the body at every level
            break
        if units:  # "UBND các xã, phường", "Thủ trưởng các sở, ban, ngành"
            consumed = units.end()
            while i < len(spans) and spans[i][1] < consumed:
                i += 1
            continue
        if w[:1].isupper():
            if i > 0 and spans[i - 1][0] in (",",) and _head_pattern(True).match(text[s:]):
                break
            consumed = e
            i += 1
            continue
        if lw in vocab.board_words() and i == 1 and spans[0][0] in ("Ban", "ban"):
            consumed = e  # "Ban thường vụ", "Ban chỉ huy": a board written in lower case
            i += 1
            continue
        if lw == "và" and i + 1 < len(spans) and consumed == spans[i - 1][2] \
                and spans[i - 1][0].lower() in vocab.board_words() and spans[i + 1][0].lower() in vocab.board_words():
            consumed = spans[i + 1][2]  # "Ban tuyên giáo | và | dân vận"
            i += 2
            continue
        if lw in ("tỉnh", "thành", "huyện", "đảng", "cấp") and i + 1 < len(spans) and spans[i + 1][0].lower() in ("ủy", "uỷ") \
                and consumed == spans[i - 1][2] and spans[i - 1][0].lower() in vocab.board_words():
            consumed = spans[i + 1][2]  # "Ban thường vụ | tỉnh | ủy", "… | cấp | ủy" split by the tagger
            i += 2
            more = rx.MORE_COMMITTEES.match(text, consumed)  # "… tỉnh ủy, thành ủy"
            if more:
                consumed = more.end()
                break
            continue
        if lw == "cấp" and i + 1 < len(spans) and spans[i + 1][0].lower() in ("tỉnh", "huyện", "xã"):
            consumed = spans[i + 1][2]  # "Ban Chỉ huy | cấp | xã", split by the tagger
            i += 2
            continue
        if lw in _UNIT_LOWER and i + 1 < len(spans) and spans[i + 1][0][:1].isupper():
            consumed = spans[i + 1][2]
            i += 2
            continue
        # (a village's unit too: "Trưởng Ban Công tác Mặt trận | thôn phối hợp với Trưởng thôn …",
        # Lương Minh KH 2026; "Ban Công tác Mặt trận khu dân cư")
        if lw in ("tỉnh", "thành phố", "huyện", "xã", "phường", "thị trấn", "đặc khu", "cấp huyện", "cấp xã",
                  "cấp tỉnh", "trung ương", *vocab.village_units()):
            consumed = e
            i += 1
            more = _MORE_PLACES.match(text, consumed)  # "Công an phường, xã, đặc khu"
            if more and more.end() > consumed:
                consumed = more.end()
                break
            continue
        if lw in _CONNECTORS and i + 1 < len(spans) and spans[0][0] == "Văn phòng" and consumed == spans[i - 1][2] \
                and _JOINT_OFFICE_PART.fullmatch(text, spans[1][1], spans[i - 1][2]):  # not "Văn phòng Tỉnh ủy | và UBND"
            joint = _JOINT_OFFICE_PART.match(text, spans[i + 1][1])
            if joint:  # "Văn phòng HĐND - UBND cấp xã": one office of both bodies
                consumed = joint.end()
                i += 1
                while i < len(spans) and spans[i][1] < consumed:
                    i += 1
                continue
        if lw in _CONNECTORS and i + 1 < len(spans) and spans[i + 1][0][:1].isupper() \
                and not _head_pattern(False).match(text[spans[i + 1][1]:]) \
                and not rx.NOT_A_NAME_WORD.match(spans[i + 1][0]):
            consumed = spans[i + 1][2]
            i += 2
            continue
        if lw[:3] == "và " and w[3:4].isupper() and consumed == spans[i - 1][2] \
                and not _head_pattern(False).match(text, s + 3) and not rx.NOT_A_NAME_WORD.match(w[3:]):
            # the same "và" the tagger glued to the capitalized words after it: "Liên đoàn Thương mại |
            # và Công nghiệp Việt Nam" (Thủ tướng QĐ 505/QĐ-TTg 2022 Điều 3.3, real scan Q04)
            consumed = e
            i += 1
            continue
        if lw in ("ủy", "uỷ", "đoàn") and spans[i - 1][0].split()[-1].capitalize() in _PARTY_PLACE_WORDS:
            consumed = e  # "Đảng | ủy", "Tỉnh | ủy", "Thành | đoàn", "Văn phòng tỉnh | ủy" split by the tagger
            i += 1
            more = rx.MORE_COMMITTEES.match(text, consumed)  # "Ban tuyên giáo tỉnh ủy, thành ủy"
            if more:
                consumed = more.end()
                break
            continue
        if lw == "ban" and spans[i - 1][0] in ("Ủy", "Uỷ") and consumed == spans[i - 1][2]:
            # "Thường trực | Ủy | ban MTTQ …": the tagger split "Ủy ban" after a post (Nghệ An QĐ
            # 98/2025 Điều 8, Lương Minh KH 2025): one word, the name goes on
            consumed = e
            i += 1
            continue
        if lw == "nhân dân" or (known is None and i == 1 and lw in ("ban", "nhân", "dân")):
            consumed = e
            i += 1
            continue
        break
    board = rx.BOARD_NUMBER.match(text, consumed)  # "… Phó Trưởng ban Thường trực Ban Chỉ đạo | 389 quốc gia"
    return (board.end() if board else consumed), False
