"""Recognizer — legal references (contract section 2).

``find_citations`` returns every mention as a ``Reference`` with its span; merging mentions of
one document and resolving short mentions is ``resolve.py``'s job.  Number/symbol patterns run
on the raw normalized text: tokenizers split ``30/2020/NĐ-CP`` apart.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from . import regexes as rx
from . import vocab
from .agencies import agency_extent, expand_abbreviations, starts_with_agency
from .models import Reference, SpanSet
from .resolve import GROUP_ISSUER
from .symbols import canonical_symbol, implied_families, issuer_consistency, issuer_families, legislature_symbol
from .text import fold_spelling, memo_short_text, strip_accents


_PAREN = regex.compile(r"\s*\([^)]*\)\s*")
_SYMBOL_SEPARATOR = regex.compile(r"[-/\s]")
_COMMA_WITHOUT_SPACE = regex.compile(r",(?=\p{L})")
_ISSUER_BEFORE = "issuer_before"  # working mark: the issuer was named before the citation ("của X tại …")
_DASHES = ("-", "–", "—")
_GROUPED = "grouped_number"  # working mark: a bare number of a group ("số 187, 188-KL/TW"), its list is the group's



def canonical_type(word: str) -> str:
    known = vocab.doc_type_by_folded_word().get(vocab.fold(word))
    return known.word if known else " ".join(word.split()).capitalize()




def find_citations(text: str) -> list[Reference]:
    # A law by name and number first: the numbered pass alone would take "luật số 64/2025/QH15"
    # from the end of "Luật Ban hành … pháp luật số 64/2025/QH15", or nothing at all.
    refs: list[Reference] = []
    cores = rx.number_cores(text)
    for m in rx.around_numbers(rx.NAMED_NUMBERED_LAW, text, before=200, cores=cores, needs=rx.NAMED_NUMBERED_LAW_WORDS):
        ref = _numbered(text, m)
        if ref and rx.LAW_SYMBOL.search(ref.symbol):
            refs.append(ref)
    named = SpanSet((r.start, r.end) for r in refs)
    for m in rx.around_numbers(rx.numbered_citation(), text, cores=cores):
        if named.overlaps(m.start("number"), m.end()):
            continue
        ref = _numbered(text, m)
        if ref:
            refs.append(ref)
    taken = SpanSet((r.start, r.end) for r in refs)
    group_cores = [c for c in cores if rx.GROUP_BEFORE_NUMBER.search(text, max(0, c[0] - 8), c[0])]
    for m in rx.around_numbers(rx.grouped_numbers(), text, before=120, cores=group_cores):
        if not taken.overlaps(m.start("number"), m.end()):
            refs.extend(_grouped(text, m))
    refs.extend(_list_items(text, refs))
    refs.extend(_coded_numbers(text, cores, SpanSet((r.start, r.end) for r in refs)))
    _share_issuers_in_lists(text, refs)
    _share_plural_heads_issuer(text, refs)
    _share_plural_heads_colon_issuer(text, refs)
    _share_apposed_heads_issuer(text, refs)
    taken = SpanSet((r.start, r.end) for r in refs)
    for m in rx.scan(rx.LAW_CITATION, rx.LAW_TRIGGER, text):
        if taken.overlaps(*m.span()):
            continue
        ref = _law(text, m)
        if ref:
            refs.append(ref)
            taken.add(*m.span())
    for m in rx.scan(rx.CONSTITUTION, rx.CONSTITUTION_TRIGGER, text):
        if taken.overlaps(*m.span()):
            continue
        refs.append(Reference(
            text=_clean_text(m.group(0)), type="Hiến pháp", number=None, year=int(m.group("y")),
            symbol=None, name=None, date=None, issuer=None, basis=False, start=m.start(), end=m.end(),
        ))
    refs.sort(key=lambda r: r.start)
    for r in refs:
        r.flags[:] = [f for f in r.flags if f not in (_ISSUER_BEFORE, _GROUPED)]
    return refs


def _grouped(text: str, m: regex.Match) -> list[Reference]:
    """"các Kết luận số 187, 188-KL/TW ngày 29/8/2025 của Bộ Chính trị": the last number and
    each bare one before it, all of the type, symbol, date and issuer written once."""
    last = _numbered(text, m)
    if last is None:
        return []
    out = []
    for b in rx.BARE_NUMBER.finditer(m.group("bare")):
        at = m.start("bare") + b.start()
        out.append(Reference(
            text=_clean_text(f"{text[m.start('type'):m.end('type')]} số {b.group(0)}"), type=last.type,
            number=b.group(0), year=last.year, symbol=last.symbol, name=None, date=last.date,
            issuer=last.issuer, basis=False, start=at, end=at + len(b.group(0)),
            flags=[_GROUPED, GROUP_ISSUER] if last.issuer else [_GROUPED],
        ))
    if last.issuer:
        last.flags.append(GROUP_ISSUER)
    last.start = m.start("number")
    last.text = _clean_text(text[last.start:last.end])
    return [*out, last]


def _list_items(text: str, refs: list[Reference]) -> list[Reference]:
    """The numbers that go on a citation's list without a type word of their own
    ("Tờ trình số 421/TTr-STC ngày …, 501/TTr-STC ngày …")."""
    items: list[Reference] = []
    for ref in sorted(refs, key=lambda r: r.start):
        if _GROUPED in ref.flags:
            continue
        prev = ref
        chain = [ref]
        while prev.number:
            m = rx.CITATION_LIST_ITEM.match(text, prev.end, min(len(text), prev.end + 260))
            subject = None if m else rx.SUBJECT_BEFORE_LIST_ITEM.match(text, prev.end, min(len(text), prev.end + 260))
            if subject:
                m = rx.CITATION_LIST_ITEM.match(text, subject.end(), min(len(text), subject.end() + 260))
            if not m:
                break
            item = _numbered(text, m, list_type=prev.type)
            if item is None:
                break
            items.append(item)
            chain.append(item)
            prev = item
        # "các công văn số 695/TCHQ-GSQL ngày …, 4032/TCHQ-GSQL ngày … và 1238/GSQL-GQ2 ngày … của
        # Tổng cục Hải quan" (Cục Hải quan CV 39712/2025): a plural head and one issuer after the
        # last number name the body of them all, whatever units their codes name
        if len(chain) > 1 and chain[-1].issuer and all(c.issuer is None for c in chain[:-1]) \
                and rx.PLURAL_BEFORE_TYPE.search(text, max(0, ref.start - 8), ref.start):
            for c in chain[:-1]:
                c.issuer = chain[-1].issuer
    return items


def _coded_numbers(text: str, cores: list[tuple[int, int]], taken: SpanSet) -> list[Reference]:
    """"số 36/QĐ-TTg" without a type word before it: its type is the one its code names."""
    out: list[Reference] = []
    for at, core_end in cores:
        if taken.overlaps(at, core_end):
            continue
        after_so = rx.NUMBER_AFTER_SO.search(text, max(0, at - 16), at)
        code = None if after_so else rx.CODE_BEFORE_NUMBER.search(text, max(0, at - 16), at)
        if not (after_so or code):
            continue
        m = rx.CODED_NUMBER.match(text, at, min(len(text), at + 120))
        if m and code:  # "NĐ 61/2018/NĐ-CP": the abbreviation is the symbol's own type code
            raw = m.group("sym_n") or m.group("sym_a") or m.group("sym_p")
            if _SYMBOL_SEPARATOR.split(raw, maxsplit=1)[0].upper() != code.group("code").upper():
                continue
        if m:
            ref = _numbered(text, m, list_type="")
            if ref and ref.type:
                out.append(ref)
    return out


def _share_issuers_in_lists(text: str, refs: list[Reference]) -> None:
    """Citations listed one after another share an issuer: "Thông tư số 08/2024/TT-BXD và
    Thông tư số 09/2025/TT-BXD của Bộ Xây dựng" (the last one's, when the symbols name the
    same body), "đề nghị của Sở Tài chính tại Tờ trình số …, 501/TTr-STC …" (the body
    named before the list)."""
    refs.sort(key=lambda r: r.start)
    pairs = [(a, b) for a, b in zip(refs, refs[1:])
             if rx.LIST_SEPARATOR.fullmatch(text, _past_subject(text, a.end, b.start), b.start)]
    for a, b in pairs:  # forward: the body named before the list
        if b.issuer is None and a.issuer and _ISSUER_BEFORE in a.flags:
            b.issuer = a.issuer
            b.flags.append(_ISSUER_BEFORE)
    for a, b in reversed(pairs):  # backward: the body named after the list
        # (it also outranks a body named before the list as the one who directed: "theo chỉ
        # đạo của Phó Thủ tướng tại Văn bản số 6721/VPCP-V.I … và số 7514/VPCP-V.I … của Văn
        # phòng Chính phủ")
        named_after = b.issuer and _ISSUER_BEFORE not in b.flags
        # (not to a document that amends "một số điều của" the next one: "Nghị định số 137/2018/NĐ-CP
        # … sửa đổi, bổ sung một số điều của Nghị định số 123/2013/NĐ-CP … của Chính phủ" names the
        # amended decree's issuer only — Lâm Đồng QĐ 2536/2025 and Đà Nẵng QĐ 82/2025, tune7 gold;
        # "… sửa đổi, bổ sung Quyết định số 655/QĐ-TTg … của Thủ tướng Chính phủ" shares it, Hà Tĩnh
        # KH 624/2025, tune2 gold)
        if rx.AMENDED_ARTICLES_OF.search(text, _past_subject(text, a.end, b.start), b.start):
            continue
        if (a.issuer is None or (named_after and _ISSUER_BEFORE in a.flags)) and b.issuer \
                and _same_body(a.symbol, b.symbol):
            a.issuer = b.issuer
            if _ISSUER_BEFORE in a.flags and named_after:
                a.flags.remove(_ISSUER_BEFORE)
    # "các Nghị định của Chính phủ: số 156/2018/NĐ-CP … Quy định …; số 91/2024/NĐ-CP …": the
    # items of a list opened by a body and a colon keep its issuer, titles between them or not
    def opens_list(r: Reference) -> bool:
        return bool(r.issuer and _ISSUER_BEFORE in r.flags
                    and rx.GROUP_COLON_BEFORE.search(text, max(0, r.start - 12), r.start))

    for i, head in enumerate(refs):
        if opens_list(head):
            _share_along_list(text, refs, i, opens_list)


def _share_along_list(text: str, refs: list[Reference], i: int, opens_list: Callable[[Reference], bool]) -> None:
    """The issuer of ``refs[i]``, the first item of a list after a colon, given to the items after
    it that the list's separators join to it (``refs`` sorted by start; ``opens_list`` tells the
    head of the next list, which ends this one)."""
    head = refs[i]
    typed = text[head.start:head.start + 1].isalpha()  # "…: Nghị định số …", not "…: số …"
    previous_end = head.end
    for item in refs[i + 1:]:
        gap = text[previous_end:item.start]
        previous_end = max(previous_end, item.end)
        # (the next list's head ends this one: each item is read once, a text of many lists stays linear)
        if "\n\n" in gap or rx.SENTENCE_START.search(gap) or len(gap) > 600 \
                or (typed and rx.LIST_ENDS_AT_CLAUSE.search(gap)) or opens_list(item):
            break
        if item.issuer is None and _same_body(head.symbol, item.symbol) \
                and (rx.LIST_ITEM_SO_BEFORE.search(text, max(0, item.start - 12), item.start)
                     # an item that repeats the type word, in a list whose head did or did not
                     # ("các Nghị định của Chính phủ: số 156/2018/NĐ-CP … được sửa đổi, bổ sung
                     # bởi Nghị định số 27/2024/NĐ-CP, Nghị định số 91/2024/NĐ-CP …", Quảng Ninh
                     # QĐ 96/2025, gold; "…: Nghị định số 88/2024/NĐ-CP …; Nghị định số …", QĐ 97/2025)
                     or (item.type == head.type
                         and rx.LIST_ITEM_TYPED_BEFORE.search(text, max(0, item.start - 8), item.start))):
            item.issuer = head.issuer


def _share_plural_heads_colon_issuer(text: str, refs: list[Reference]) -> None:
    """A list after a colon whose plural head names its documents' issuer and their common
    subject: "Các Quyết định của Thủ tướng Chính phủ phê duyệt, cụ thể: số 1341/QĐ-TTg …; số
    1437/QĐ-TTg …" (Bộ VHTTDL CV 6386/2025, tune15 L01), "Căn cứ các Quyết định của Thủ tướng
    Chính phủ về phê duyệt quy hoạch …: Quyết định số 1629/QĐ-TTg …; Quyết định số 790/QĐ-TTg …"
    (TP Hồ Chí Minh QĐ 2820/2025, tune13 N06) — the colon form of ``_share_plural_heads_issuer``'s
    parenthesis; when the subject stands between the body and the colon, the first item is no
    "Quyết định của … số" citation that ``_share_issuers_in_lists`` could start from. Only items
    of the head's type, from the first right after the colon, along the list as there."""
    refs.sort(key=lambda r: r.start)
    starts = {id(r) for r in refs if r.issuer is not None and _ISSUER_BEFORE in r.flags
              and rx.GROUP_COLON_BEFORE.search(text, max(0, r.start - 12), r.start)}

    def opens_list(r: Reference) -> bool:
        return id(r) in starts

    for i, first in enumerate(refs):
        if first.issuer is not None or not rx.GROUP_COLON_BEFORE.search(text, max(0, first.start - 12), first.start):
            continue
        colon = text.rfind(":", max(0, first.start - 12), first.start)
        window = max(0, colon - rx.PLURAL_HEAD_REACH)
        head = _last_head_of_type(rx.PLURAL_HEAD, text, window, colon, first.type)
        named = head and _issuer_phrase(text, head.end())
        if not named or rx.SENTENCE_OR_CLAUSE_OPENS.search(text, named[1], colon) \
                or issuer_consistency(implied_families(first.symbol), named[0]) == "contradicts":
            # (not across a sentence or a main clause of its own: "Thực hiện các Quyết định của Ủy ban
            # nhân dân tỉnh về …, Sở Tư pháp đã ban hành: Quyết định số 20/QĐ-STP …" lists the
            # department's own; nor to a first item whose symbol names another body: "…: Quyết định
            # số 55/QĐ-UBND …" after "các Quyết định của Bộ trưởng Bộ Nội vụ")
            continue
        first.issuer = named[0]
        starts.add(id(first))
        _share_along_list(text, refs, i, opens_list)


def _past_subject(text: str, end: int, limit: int) -> int:
    """Where a list item's "về việc …" subject ends ("số 36/QĐ-TTg ngày … về việc quy hoạch …;
    số 1569/QĐ-TTg …"), else ``end``."""
    sm = rx.SUBJECT.match(text, end, limit)
    return sm.end() if sm else end


def _same_body(a: str | None, b: str | None) -> bool:
    """Two symbols with the same issuer code after the type code (QĐ-TTg, QĐ-TTg); a letter's
    unit code after it names a unit of that body (TB-VPCP, VPCP-NN: both the Government Office's,
    "văn bản số 574/TB-VPCP … và văn bản số 10415/VPCP-NN … của Văn phòng Chính phủ")."""
    def body(symbol):
        tokens = _SYMBOL_SEPARATOR.split(symbol or "")
        tokens = tokens[1:] if tokens and tokens[0].upper() in vocab.doc_type_by_code() else tokens
        return _issuer_family(tokens[0]) if tokens else ""
    return bool(a and b) and body(a) == body(b) and bool(body(a))


@functools.lru_cache(maxsize=256)
def _issuer_family(token: str) -> str:
    """The family of issuers a symbol's issuer code names (models/symbol_issuers.tsv: "UB", the
    people's committee's code before 2004, and "UBND" are one), else the code itself."""
    folded = token.upper()
    return next((f.family for f in issuer_families() if f.token.search(folded)), token)


# Decree 110/2004/NĐ-CP made every administrative symbol open with its type's code; older
# directives were numbered "…/TTg" alone (Chỉ thị 406/TTg of 1996), so only later dates are repaired.
_TYPE_CODE_REQUIRED_SINCE = "2005"


def _with_type_code(symbol: str, type_word: str) -> str:
    """A symbol typed with only its issuer's code, the type's code dropped ("Chỉ thị số 24/TTg"
    of the Prime Minister → "CT-TTg", Hà Nội CV 6397/2025): the type code its word names put
    back, for the administrative types whose symbols carry one (not letters, not laws)."""
    if not symbol or _SYMBOL_SEPARATOR.search(symbol) or symbol not in vocab.issuer_codes():
        return symbol
    known = vocab.doc_type_by_folded_word().get(vocab.fold(type_word))
    if known is None or not known.code or known.form not in ("administrative", "either"):
        return symbol
    return f"{known.code}-{symbol}"


def _numbered(text: str, m: regex.Match, list_type: str | None = None) -> Reference | None:
    if list_type is not None:  # a list item: the type its code names, else the list's
        raw = m.group("sym_n") or m.group("sym_a") or m.group("sym_p")
        known = vocab.doc_type_by_code().get(_SYMBOL_SEPARATOR.split(raw, maxsplit=1)[0].upper())
        type_word = known.word if known else list_type
        if not type_word:
            return None
    else:
        type_word = m.group("type")
    if type_word[:1].islower():
        known = vocab.doc_type_by_folded_word().get(vocab.fold(type_word))
        if not (known and known.cited_in_lower_case):
            return None
    number = m.group("number")
    year_word = m.group("year") or _group(m, "year_t")
    year = int(year_word) if year_word else None
    raw_symbol = m.group("sym_n") or m.group("sym_a") or m.group("sym_p")
    party = m.group("sym_p") is not None
    symbol = canonical_symbol(raw_symbol)  # the audit's canonical form too (symbols.py)
    if party and "/" not in symbol and "-" in symbol:
        symbol = symbol.replace("-", "/", 1)
    end = m.end()
    flags = ["symbol_repaired"] if symbol != raw_symbol else []

    date = None
    dm = rx.CITATION_DATE.match(text, end, min(len(text), end + 60))
    if dm:
        date = rx.date_of(dm)
        end = dm.end()
    if date is None and list_type is None and _group(m, "date_before"):
        bm = rx.CITATION_DATE.match(text, m.start("date_before"), m.end("date_before"))
        date = rx.date_of(bm) if bm else None
    if date and date[:4] >= _TYPE_CODE_REQUIRED_SINCE and symbol != (repaired := _with_type_code(symbol, type_word)):
        symbol, flags = repaired, ["symbol_repaired"]
    if symbol == "QH" and (date or year):  # "72/2025/QH": the term in session when it was passed
        term = legislature_symbol(date or f"{year}-12-31")
        if term:
            symbol = term
            flags = ["symbol_repaired"]

    issuer = None
    im = rx.ISSUER_START.match(text, end, min(len(text), end + 40))
    if im:
        named = _issuer_phrase(text, im.end(), joint=im.group(0).strip().startswith("giữa"))
        # (", của X tại <document>" after the date opens the next directive of a list and X issued
        # that document: "chỉ đạo …, của Bộ Chính trị tại thông báo số 99-TB/TW ngày 21/11/2025, của
        # Ban Bí thư tại văn bản số 213-KL/TW …", Công điện 234/CĐ-TTg 2025, tune14 R11)
        if named and "," in im.group(0) and _at_next_citation().match(text, named[1]):
            named = None
        if named:
            issuer, end = named
    if issuer is None and list_type is None and _group(m, "issuer_before"):
        issuer = _normalize_issuer(m.group("issuer_before"))  # "Công văn của Bộ Tài chính số …"
        flags.append(_ISSUER_BEFORE)  # the items listed after it share it
    if issuer is None and list_type is None and _group(m, "joint"):
        joint = " ".join(m.group("joint").split())  # "Kết luận liên ngành tư pháp Trung ương số …"
        issuer = joint[:1].upper() + joint[1:]
    if issuer is not None and date is None:  # "của Thủ tướng Chính phủ ngày 31/3/2022"
        dm = rx.CITATION_DATE.match(text, end, min(len(text), end + 60))
        if dm:
            date = rx.date_of(dm)
            end = dm.end()
    if issuer is None and not list_type:  # a citation, or a coded number ("…: số 45/2020/NĐ-CP")
        pm = rx.PROPOSER.search(text, max(0, m.start() - 120), m.start()) \
            or rx.SUBJECT_PROPOSER.search(text, max(0, m.start() - 120), m.start())
        if pm and _predicate_after_name(" ".join(pm.group("who").split())) is None:
            who = _post_of_person(_subject_cut(" ".join(pm.group("who").split())))
            if who:
                issuer = _normalize_issuer(who)
                flags.append(_ISSUER_BEFORE)
        else:
            cm = rx.CONJOINED_PROPOSER.search(text, max(0, m.start() - 80), m.start())
            if cm and _one_body(" ".join(cm.group("who").split())):
                issuer = _normalize_issuer(cm.group("who"))
                flags.append(_ISSUER_BEFORE)
    if issuer is None and date is None and list_type is None:
        prior = rx.PRIOR_ISSUE.search(text, max(0, m.start() - 160), m.start())
        if prior:
            date, issuer = rx.date_of(prior), _normalize_issuer(prior.group("who"))
    if issuer is None and list_type is None:
        subject = rx.ISSUED_BY_SUBJECT.search(text, max(0, m.start() - 120), m.start())
        if subject and (subject.group("joint") or _one_body(" ".join(subject.group("who").split()))):
            issuer = _normalize_issuer(subject.group("who"))
            # (the documents listed after it are the subject's too: "Bộ Y tế có Công văn số
            # 627/BYT-BH … và Công văn số 666/BYT-BH …", BHXH Việt Nam CV 296/2021, tune8 U05)
            flags.append(_ISSUER_BEFORE)
    if issuer is None and list_type is None and m.start() and text[m.start() - 1] in " ([":
        # "Ủy ban nhân dân tỉnh Nghệ An (Công văn số 5969/UBND-TM …)": the body before the bracket
        issuer = _body_before_bracket(text, m.start())
        if issuer:
            flags.append(_ISSUER_BEFORE)

    subject = None
    sm = rx.SUBJECT.match(text, end, min(len(text), end + 260))
    if sm:
        subject = " ".join(sm.group("subject").split())

    start = m.start() if list_type is None else m.start("number")
    return Reference(
        text=_clean_text(text[start:end]), type=canonical_type(type_word), number=number,
        year=year, symbol=symbol, name=None, date=date, issuer=issuer, basis=False,
        start=start, end=end, subject=subject, flags=flags,
    )


# A leader named by post and person ("chỉ đạo của Tổng Bí thư Tô Lâm tại Thông báo số 75-TB/VPTW",
# VPCP TB 648/2025, tune14 R04: his office's notice conveys it, the reconciled gold names no issuer):
# the post's body when the post is one ("Thủ tướng Chính phủ Phạm Minh Chính" → "Thủ tướng Chính
# phủ"), none when it is only a person's post ("Tổng Bí thư").  A post of the party or the state
# (models/national_posts.txt), then a family name of models/surnames.txt and one to three given
# names.
_PERSON_AFTER_POST = regex.compile(
    r"""^(?P<post>(?:Phó\s+)?(?:""" + rx.phrase_alternation(p for p, _ in vocab.national_posts()) + r""")
                |[Đđ]ồng\s+chí(?:\s+(?:""" + rx.phrase_alternation(p for p, comrade in vocab.national_posts() if comrade) + r"""))?)
        \s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})$""",
    regex.VERBOSE | regex.V0)


def _post_of_person(who: str) -> str | None:
    """``who`` itself, or for a post followed by a person's name the post when it names a body,
    else None (see _PERSON_AFTER_POST)."""
    m = _PERSON_AFTER_POST.match(who)
    if not m or m.group("name").split()[0] not in vocab.surnames():
        return who
    post = m.group("post")
    return post if _one_body(post) else None


@functools.lru_cache(maxsize=None)
def _at_next_citation() -> regex.Pattern:
    """" tại <type word> số …" after an issuer's name: the document that body issued."""
    return regex.compile(rf"\s+tại\s+(?:các\s+)?(?i:{rx.type_alternation()})\s+(?:số\b|\d)", regex.V0)


def _subject_cut(who: str) -> str:
    """A proposer's name without the subject its "về" opens ("Bộ trưởng Bộ Nội vụ | về công bố thủ tục
    hành chính tại Tờ trình …"), save a body named by its topic, whose "về" is its name's ("Ban Chỉ
    đạo Nhà nước về Du lịch", regexes.BODY_NAMED_BY_TOPIC)."""
    # ("về việc" after the topic too: "Hội đồng Quốc gia về Phát triển bền vững | về việc ban hành …")
    subject = _ABOUT_THE_MATTER.search(who)
    if subject:
        who = who[:subject.start()]
    about = who.find(" về ")
    if about < 0 or rx.BODY_NAMED_BY_TOPIC.fullmatch(who, 0, about):
        return who
    return who[:about]


_ABOUT_THE_MATTER = regex.compile(r"\s+về\s+việc(?![\p{L}])(?!\s+làm(?![\p{L}]))", regex.V0)  # (not "về việc làm", a topic)


def _body_before_bracket(text: str, at: int) -> str | None:
    """The body named right before the bracket the citation at ``at`` opens (regexes.BODY_BEFORE_BRACKET)."""
    bm = rx.BODY_BEFORE_BRACKET.search(text, max(0, at - 400), at)
    if not bm or (bm.group("who") and not _one_body(" ".join(bm.group("who").split()))):
        dm = rx.DIRECTION_BEFORE_BRACKET.search(text, max(0, at - 400), at) if text[at - 1] == "(" else None
        if dm and _one_body(" ".join(dm.group("who").split())):
            return _normalize_issuer(dm.group("who"))
    if not bm:
        return None
    if bm.group("who"):
        who = " ".join(bm.group("who").split())
        return _normalize_issuer(who) if _one_body(who) else None
    name = " ".join(bm.group("ministry").split())
    return _normalize_issuer(name if starts_with_agency(name, strong_only=True) else f"Bộ {name}")


def _issuer_phrase(text: str, start_issuer: int, joint: bool = False) -> tuple[str, int] | None:
    """The issuer named from ``start_issuer`` on (after "của"), written out, and where its
    name ends; None when no body's name opens there."""
    opening = rx.JOINT_BODIES_OPENING.match(text, start_issuer, min(len(text), start_issuer + 20))
    if opening:  # "liên Bộ: Thông tin và Truyền thông – Công an" (the bodies after it, as printed)
        bodies = _issuer_phrase(text, opening.end(), joint=True)
        if bodies is None:
            return None
        # ("Liên Bộ", but "Liên ngành" as a joint body is written: "Liên ngành tư pháp Trung ương")
        head = "Liên " + opening.group("head").replace("bộ", "Bộ") + (":" if opening.group("colon") else "")
        return f"{head} {bodies[0]}", bodies[1]
    stop = _issuer_end(text, start_issuer, min(len(text), start_issuer + 160))
    stop_at = stop.start() if stop else min(len(text), start_issuer + 120)
    if rx.BARE_TITLE_END.search(text, start_issuer, stop_at):  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
        stop_at = _joint_issuer_end(text, stop_at, joint=True, segments=1)
    else:
        stop_at = _joint_issuer_end(text, stop_at, joint=joint)
    place = rx.ISSUER_PLACE_AFTER_COMMA.match(text, stop_at, min(len(text), stop_at + 60))
    if place:
        stop_at = place.end()
    stop_at = _joint_central_bodies(text, start_issuer, stop_at)
    if rx.COMMITTEE_HEAD_END.search(text, start_issuer, stop_at):
        topic = rx.COMMITTEE_TOPIC.match(text, stop_at, min(len(text), stop_at + 240))
        stop_at = topic.end() if topic else stop_at
    predicate = _predicate_after_name(text[start_issuer:stop_at])
    if predicate is not None:
        stop_at = start_issuer + predicate
    for committee in rx.committee_named_by_fields().finditer(text, start_issuer, min(len(text), stop_at + 240)):
        # a committee named by its fields, cut at the first comma or "về" ("Ban Chỉ đạo phát triển
        # khoa học, công nghệ, …"): the name runs to its last field
        if committee.start() < stop_at < committee.end():
            stop_at = committee.end()
        break
    phrase = text[start_issuer:stop_at].strip()
    # a joint issuer lists its bodies with commas or dashes ("của Bộ Y tế - Bộ Tài chính - Bộ Lao
    # động - Thương binh và Xã hội", Đồng Nai QĐ 2816/2025, gold): each may add a body's words
    words = [w for w in phrase.split() if w not in _DASHES]
    separators = phrase.count(",") + sum(phrase.count(f" {d} ") for d in _DASHES)
    if 1 <= len(words) <= 16 + 8 * separators and (phrase[:1].isupper() or _known_body_prefix(phrase)):
        return _normalize_issuer(phrase), start_issuer + len(text[start_issuer:stop_at].rstrip())
    return None


def _share_plural_heads_issuer(text: str, refs: list[Reference]) -> None:
    """A list in parentheses after a plural head that names its documents' issuer: "các Nghị
    định của Chính phủ quy định chi tiết … Luật Quy hoạch (Số 37/2019/NĐ-CP ngày …, số
    58/2023/NĐ-CP …)", "các Quyết định của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch phê duyệt
    … (Số 1226/QĐ-BVHTTDL … và số 2657/QĐ-BVHTTDL …)" (Bộ VHTTDL QĐ 4385/2025) — the
    parenthesis for the colon of "các Nghị định của Chính phủ: số …, số …" (PROPOSER's list,
    Quảng Ninh QĐ 97/2025); only items of the head's type."""
    for r in refs:
        if r.issuer is not None or "(" not in text[max(0, r.start - rx.PLURAL_HEAD_REACH):r.start]:
            continue
        window = max(0, r.start - rx.PLURAL_HEAD_REACH)
        paren = text.rfind("(", window, r.start)
        if ")" in text[paren:r.start] or not rx.PAREN_LIST_BEFORE_ITEM.fullmatch(text, paren, r.start):
            continue
        head = _last_head_of_type(rx.PLURAL_HEAD, text, window, paren, r.type)
        if head is None:
            continue
        named = _issuer_phrase(text, head.end())
        if named:
            r.issuer = named[0]


def _share_apposed_heads_issuer(text: str, refs: list[Reference]) -> None:
    """"Tờ trình của Đảng uỷ Chính phủ về Đề án … (Tờ trình số 03-TTr/ĐU, ngày 17/10/2025)": a
    citation that opens a parenthesis and repeats the type word of the mention before it, whose
    "của …" names the issuer (Kết luận 212-KL/TW/2025)."""
    for r in refs:
        if r.issuer is not None or not text[r.start:r.start + 1].isalpha():
            continue
        paren = text.rfind("(", max(0, r.start - 4), r.start)
        if paren == -1 or text[paren + 1:r.start].strip():
            continue
        window = max(0, paren - rx.PLURAL_HEAD_REACH)
        head = _last_head_of_type(rx.apposed_head(), text, window, paren, r.type)
        if head is None or "(" in text[head.end():paren]:
            continue
        named = _issuer_phrase(text, head.end())
        if named and not rx.SENTENCE_OR_CLAUSE_OPENS.search(text, named[1], paren):
            r.issuer = named[0]


def _last_head_of_type(heads, text: str, window: int, paren: int, ref_type: str):
    """The last mention of ``heads`` in ``text[window:paren]`` when it names documents of
    ``ref_type`` and no clause ends between it and the parenthesis (its "của …" may then name
    the issuer of the citations inside); None otherwise."""
    head = None
    for head in heads.finditer(text, window, paren):
        pass
    if head is None or canonical_type(head.group("type")) != ref_type \
            or rx.CLAUSE_END_IN_HEAD.search(text, head.end(), paren):
        return None
    return head


@functools.lru_cache(maxsize=None)
def _central_bodies_folded() -> tuple[str, ...]:
    """models/central_bodies.txt folded, longest first."""
    return tuple(sorted({fold_spelling(n) for n in vocab.central_bodies()}, key=len, reverse=True))


def _one_body(name: str) -> bool:
    """Whether ``name`` is one body's whole name: as the agency grammar reads it, or as the
    vocabulary spells a central or known body ("Thủ tướng Chính phủ", "Quốc hội"), never a
    clause that holds two ("Sở Y tế phối hợp với Sở Tài chính", "Bộ Tài chính đề nghị Ủy ban
    nhân dân tỉnh": the subject of "đã có Công văn số …" ends at its verb)."""
    folded = fold_spelling(name)
    return (agency_extent(name) == len(name) or folded in _central_bodies_folded()
            or folded in _known_bodies_folded())


@functools.lru_cache(maxsize=None)
def _known_bodies_folded() -> frozenset[str]:
    return frozenset(fold_spelling(n) for n in vocab.body_names())


def _joint_central_bodies(text: str, start: int, stop_at: int) -> int:
    """Past central bodies listed with a comma after a central body: "của Bộ Chính trị, Ban Bí
    thư và các quy định …" (each name whole, as models/central_bodies.txt spells it)."""
    central = _central_bodies_folded()
    if stop_at - start > 80 or fold_spelling(text[start:stop_at]) not in central:
        return stop_at
    while True:
        c = rx.ISSUER_COMMA.match(text, stop_at, min(len(text), stop_at + 8))
        if not c:
            return stop_at
        rest = fold_spelling(text[c.end():c.end() + 80])
        name = next((n for n in central if rest.startswith(n) and not rest[len(n):len(n) + 1].isalnum()), None)
        if name is None or (rx.CLAUSE_PREDICATE.match(text, c.end() + len(name), min(len(text), c.end() + len(name) + 20))
                            and not _issue_jointly(text[start:stop_at], name)):
            # (the body after the comma opens the main clause: "… Nghị quyết số 380/NQ-CP ngày
            # 25/11/2025 của Chính phủ, Thủ tướng Chính phủ yêu cầu:", Thủ tướng CĐ 232/2025, tune15 L04;
            # not two bodies that issue together, whose predicate is the document's: "Kết luận số
            # 212-KL/TW … của Bộ Chính trị, Ban Bí thư yêu cầu …", "… quy định …", "… có hiệu lực …")
            return stop_at
        stop_at = c.end() + len(name)


@functools.lru_cache(maxsize=None)
def _joint_issuers_folded() -> frozenset[str]:
    return frozenset(fold_spelling(n) for n in vocab.joint_issuers())


def _issue_jointly(before: str, after_folded: str) -> bool:
    """Whether the body named last in ``before`` and the folded name after its comma are two of
    the central bodies that issue jointly (models/central_bodies.txt, ``joint``)."""
    joint = _joint_issuers_folded()
    return after_folded in joint and any(fold_spelling(before).endswith(n) for n in joint)


def _group(m: regex.Match, name: str) -> str | None:
    """A group that only some of the citation patterns have (None where the pattern lacks it),
    without building every group's dict for each citation."""
    return m.group(name) if name in m.re.groupindex else None


def _predicate_after_name(phrase: str) -> int | None:
    """Where the predicate of the clause a body's name opens stands in ``phrase`` (None if
    none): a CLAUSE_PREDICATE word after the complete name the agency grammar reads ("Cục Hàng
    không Việt Nam | không đồng ý"), never one inside it ("Cục Hàng không Việt Nam", "Tổng công
    ty Cảng hàng không Việt Nam")."""
    first = rx.CLAUSE_PREDICATE.search(phrase)
    if first is None:
        return None
    body = phrase.lstrip()
    name_end = len(phrase) - len(body) + agency_extent(body)
    return next((m.start() for m in rx.CLAUSE_PREDICATE.finditer(phrase, first.start()) if m.start() >= name_end), None)


def _issuer_end(text: str, start: int, limit: int) -> regex.Match | None:
    """What ends the issuer phrase opened at ``start``: ISSUER_END, save a line break after a place
    word when the next line opens with a known place ("của Hội đồng nhân dân tỉnh\nTrà Vinh quy
    định …": the name goes on to "Trà Vinh"; "của UBND tỉnh\nII. NHIỆM VỤ" ends at "tỉnh")."""
    stop = rx.ISSUER_END.search(text, start, limit)
    while stop and "\n" in stop.group(0) \
            and rx.PLACE_WORD_AT_BREAK.search(text, max(start, stop.start() - 12), stop.end()):
        place = rx.place_name_opening().match(text, stop.end(), limit)
        if not place:
            break
        stop = rx.ISSUER_END.search(text, place.end(), limit)
    return stop


def _joint_issuer_end(text: str, stop_at: int, joint: bool = False, segments: int = 4) -> int:
    """Where an issuer phrase that stopped at a comma really ends: past "…, Chính phủ và Đoàn
    Chủ tịch …" (joint issuers) or "Bộ Văn hóa, Thể thao và Du lịch" (a name with a comma),
    i.e. when the capitalized names after the commas end with one joined by "và"."""
    end = stop_at
    for _ in range(segments):
        c = rx.ISSUER_COMMA_GOES_ON.match(text, end, min(len(text), end + 20))
        if not c:
            break
        stop = _issuer_end(text, c.end(), min(len(text), c.end() + 160))
        if not stop or stop.start() - c.end() > 120:
            break
        segment = text[c.end():stop.start()]
        end = stop.start()
        if rx.JOINS_NAMES.search(segment):
            return end
    return end if joint else stop_at


def _law(text: str, m: regex.Match) -> Reference | None:
    name = " ".join(m.group("name").split()).strip(" ,")
    # a name typed in lower case or abbreviated ("Luật tổ chức HĐND và UBND ngày 26 tháng 11 năm
    # 2003") is the law's name still, written out as the abbreviation table says; "Luật sư",
    # "Luật pháp" … are other words
    if not name or rx.NOT_A_LAW_NAME.match(name):
        return None
    amends = m.group("amends") is not None
    name = expand_abbreviations(_COMMA_WITHOUT_SPACE.sub(", ", name))  # "Phòng,chống ma túy"
    if len(name.split()) > (rx.AMENDING_LAW_NAME_MAX_WORDS if amends else rx.LAW_NAME_MAX_WORDS):
        return None
    name = _bodies_in_name_repaired(name)
    year = m.group("ly1") or m.group("ly2") or m.group("ly3")
    date = None
    if year is None:
        date = rx.date_of(m)
        year = m.group("y") or m.group("y2")
    return Reference(
        text=_clean_text(m.group(0)), type=canonical_type(m.group("type")), number=None,
        year=int(year) if year else None, symbol=None, name=name, date=date, issuer=None,
        basis=False, start=m.start(), end=m.end(),
    )


def _clean_text(s: str) -> str:
    return " ".join(s.split())


@memo_short_text  # the same issuers, cited again and again
def _normalize_issuer(phrase: str) -> str:
    phrase = _PAREN.sub(" ", phrase)
    phrase = " ".join(phrase.split()).strip(" ,.;:")
    return _official_case(expand_abbreviations(phrase))


@functools.lru_cache(maxsize=None)
def _known_bodies() -> dict[str, tuple[tuple[str, str], ...]]:
    """First folded word → (folded, official spelling) of the bodies the vocabulary knows by
    name — the agency names (models/agency_names.txt), the central bodies
    (models/central_bodies.txt) and the bodies symbol codes stand for (models/symbol_issuers.tsv)
    — longest first."""
    names = set(vocab.agency_names()) | set(vocab.central_bodies())
    names.update(f.issuer for f in issuer_families() if not any(c in f.issuer for c in "()/"))
    by_first: dict[str, list[tuple[str, str]]] = {}
    for n in names:
        folded = fold_spelling(n)
        by_first.setdefault(folded.split(" ", 1)[0], []).append((folded, n))
    return {w: tuple(sorted(v, key=lambda p: -len(p[0]))) for w, v in by_first.items()}


def _known_body_prefix(phrase: str) -> str | None:
    """The official spelling of the known body ``phrase`` opens with, whatever its letter
    case ("chính phủ", "Chính Phủ" → "Chính phủ"), else None."""
    folded = fold_spelling(phrase[:120])
    for key, proper in _known_bodies().get(folded.split(" ", 1)[0], ()):
        if folded.startswith(key) and folded[len(key):len(key) + 1] in ("", " "):
            return proper
    return None


@functools.lru_cache(maxsize=None)
def _known_bodies_without_tones() -> dict[str, tuple[str, ...]]:
    """Known body names of four words or more, by their spelling without diacritics."""
    out: dict[str, list[str]] = {}
    for entries in _known_bodies().values():
        for folded, proper in entries:
            if len(folded.split()) >= 4:
                out.setdefault(strip_accents(folded), []).append(proper)
    return {k: tuple(v) for k, v in out.items()}


def _tone_slip_repaired(issuer: str) -> str:
    """A known body's long name typed with one word's tone mark wrong ("Bộ Lạo động - Thương
    binh và Xã hội", TP HCM CV 10283/2025) in its official spelling; any other issuer as given.
    Only one word may differ, so two real names that differ only in diacritics stay apart."""
    folded = fold_spelling(issuer)
    candidates = _known_bodies_without_tones().get(strip_accents(folded), ())
    if len(candidates) != 1:
        return issuer
    proper = candidates[0]
    differing = sum(a != b for a, b in zip(folded.split(), fold_spelling(proper).split()))
    return proper if differing == 1 else issuer


def _bodies_in_name_repaired(name: str) -> str:
    """A law's name with a known body inside it typed with one tone slip ("Luật Ban hành văn bản
    quy phạm pháp luật của Hội đồng nhân dân và Ủy bân nhân dân", Cần Thơ QĐ 09/2010, gold "Ủy
    ban") in the body's spelling, as a citation's issuer is (_tone_slip_repaired, "Bộ Lạo động -
    Thương binh và Xã hội" of TP HCM CV 10283/2025): the name is the law's key."""
    words = name.split()
    plain = strip_accents(fold_spelling(name)).split()  # (one word for each word of ``name``)
    if len(plain) != len(words):
        return name
    table = _known_bodies_without_tones()
    for n in _known_body_lengths():
        for i in range(len(words) - n + 1):
            if " ".join(plain[i:i + n]) not in table:
                continue
            window = " ".join(words[i:i + n])
            repaired = _tone_slip_repaired(window)
            if repaired != window and len(repaired.split()) == n:
                words[i:i + n] = repaired.split()
    return " ".join(words)


@functools.lru_cache(maxsize=None)
def _known_body_lengths() -> tuple[int, ...]:
    """The word counts of the known bodies _tone_slip_repaired knows, longest first."""
    return tuple(sorted({len(k.split()) for k in _known_bodies_without_tones()}, reverse=True))


def _official_case(issuer: str) -> str:
    """An issuer opening with a known body typed in another letter case, in the body's
    official spelling ("của chính phủ", "của Chính Phủ" → "Chính phủ"); what follows the
    name (a place: "tỉnh Gia Lai", "Thành phố") stays as printed."""
    proper = _known_body_prefix(issuer)
    if proper is None:
        return _tone_slip_repaired(issuer)
    n = len(proper.split())
    words = issuer.split()
    return " ".join([proper, *words[n:]]) if len(words) >= n else issuer


def mark_basis(refs: list[Reference], preamble: list[tuple[int, int]], text: str | None = None) -> None:
    """A reference starting inside a preamble line ("Căn cứ …") is a legal basis, and so is
    one in a "Căn cứ …" clause that opens inside a line of ``text`` (contract, Clarifications:
    any citation introduced by "Căn cứ").  The lines are merged into sorted spans and looked
    up by bisection: a document of thousands of "Căn cứ" lines, each citing, would make a
    scan of every line per reference quadratic."""
    lines = SpanSet(preamble)
    for r in refs:
        if lines.contains(r.start):
            r.basis = True
        elif text is not None and "ăn c" in text[max(0, r.start - 300):r.start] \
                and rx.BASIS_CLAUSE_BEFORE.search(text, max(0, r.start - 320), r.start):
            r.basis = True
