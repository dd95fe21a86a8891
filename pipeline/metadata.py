"""Recognizer — the document's own metadata (contract section 1), from its structure."""

from __future__ import annotations

import collections
import functools

import regex

from . import regexes as rx
from . import vocab
from .agencies import expand_abbreviations, restore_case, starts_with_agency
from .models import DOCUMENT_FIELDS, FieldValue
from .structure import HEADER_DEBRIS, Structure, is_authority_line, is_wrapped_recipient, issuer_text, name_text, strip_rank
from .text import strip_accents


_ITEM_MARKS = ("-", "+", "•")
# (a brace's note after an item's ";" stays with the item, as the reconciled gold keeps it when
# the item has its own line ("Bộ Nông nghiệp và Môi trường; (để b/cáo)", tune N09, M07): "- Bộ
# Lao động - TB và XH; (báo cáo) - Thường trực Tỉnh uỷ;" → "Bộ Lao động - TB và XH; (báo cáo)",
# Tuyên Quang QĐ 12/2012, tune U03)
# (the filing line after the last item's closing point: "… các Vụ: TH, KTTH, NC, V.III, KGVX. - Lưu:
# VT, BCĐQG1237(3b)", Ban Chỉ đạo quốc gia 1237 KH 252/2013, tune V02 — a point inside an item is
# an abbreviation's, so only before "Lưu")
_ITEMS_ON_ONE_LINE = regex.compile(r"(?<=;(?:\s*\([^()\n]{1,20}\))?)\s+-\s+(?=\p{Lu})|(?<=\.)\s+-\s+(?=Lưu\b)", regex.V0)
# A space a scan or a crawl put before a comma or a semicolon ("Lao động -Thương binh và Xã hội ,
# Tài chính , Thông tin …", tune V02): no item is printed so.  (Spaces inside braces are kept as
# printed: "Ban CTMT TDP ( Thực hiện)", tune C056.)
_SPACE_INSIDE_MARKS = regex.compile(r"(?<=\S)\s+(?=[,;])", regex.V0)
# The list's cell ends at the table's next cell, the signature's: "- Lưu: VT, KGVX (2.b). | THỦ TƯỚNG
# Nguyễn Xuân Phúc |" (QĐ 773/QĐ-TTg 2018), "- Lưu VT, VX. | TM. UỶ BAN NHÂN DÂN TỈNH …" (Tuyên Quang
# QĐ 12/2012): no recipient holds a cell break.
_NEXT_CELL = regex.compile(r"\s+\|(?:\s|$)", regex.V0)
_ANNOTATION_AFTER = regex.compile(r";\s*[^;]{1,15}$")
_CLOSED_NOTE = regex.compile(r";\s*\([^()\n]{1,20}\)$")
# the dash an item opens with (contract: "without leading dash"); a "+" marks a sub-item of
# the line above ("VPUB: + CVP, các PCVP" / "+ Cổng TTĐT tỉnh") and is kept as printed
_ITEM_DASH = regex.compile(r"^[-–•]\s*")
# … unless the list marks every item with "+" (no dash in it): then "+" is its dash
_ITEM_DASH_OR_PLUS = regex.compile(r"^[-–•+]\s*")
_FILED_LINE = regex.compile(r"(?i)lưu\b")
# The archive line closes with its count of copies ("Lưu: VT, KGVX (3)", "(2b)", "(02 bản)"), and
# the typist's initials or name printed small beside the count are part of the line as printed
# ("- Lưu: VT, KGVX (3) Th.", VPCP CV 8794/2013, tune W04; "(3b). Huyền", tune14 R04; contract:
# the "Lưu" line is an item, abbreviations kept as printed). What a law site flattened onto the
# line after them is the signature block, no part of the item: its title in capitals ("- Lưu: VT,
# ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng", VPCP CV 2739/2019, tune U09).
_SIGNATURE_AFTER_COPY_COUNT = regex.compile(
    rf"""(?<=^(?i:lưu)\b.*{rx.ARCHIVE_COPY_COUNT}\S*(?:\s+\S+){{0,3}}?)   # the line to its count, the typist's words
        \s+(?:(?:{rx.AUTHORITY_MARKS_DOTTED})\.\s*)?                              # the authority's mark ("KT.")
        \p{{Lu}}{{2,}}(?:[\s,]+(?:(?:{rx.AUTHORITY_MARKS_DOTTED})\.\s*)?\p{{Lu}}{{2,}})+  # a title in capitals (a second mark in it)
        (?:\s+\p{{Lu}}\p{{Ll}}+){{2,4}}\s*$                                       # and the signer's name
    """, regex.V0 | regex.X)
# an item's closing mark, and the specks a stamp, the list's rule or a scan's grain left after
# it ("Tỉnh ủy, -", OCR: "Tỉnh ủy; ˆ", "UBND tỉnh; -'"): marks without a letter or a digit
# (a modifier letter, "ˆ", is a mark too)
_TRAILING_PUNCT = regex.compile(r"(?:\s*[;.,]+(?:\s+(?:[^\w\s()]|\p{Lm})+)*)+$")


def recognize_metadata(st: Structure) -> dict[str, FieldValue]:
    out: dict[str, FieldValue] = {n: FieldValue(None) for n in DOCUMENT_FIELDS}
    lines = st.lines

    if st.doc_type:
        ln = st.line(st.type_line if st.type_line is not None else st.title_lines[0] if st.title_lines
                     else st.type_evidence_line)
        out["doc_type"] = FieldValue(st.doc_type, ln.start, ln.end)

    if st.number_line is not None:
        ln = st.line(st.number_line)
        m = rx.NUMBER_LINE.match(ln.text)
        number = m.group("number")
        symbol = regex.sub(r"\s+", "", m.group("symbol") or "") or None
        out["number"] = FieldValue(number, ln.start, ln.end)
        if number:
            out["number"].read.append((ln.start + m.start("number"), ln.start + m.end("number")))
        elif m.group("unread") is not None:  # a number filled in by hand, or left blank
            out["number"].unread.append(_slot(ln.start, m, "unread"))
        out["symbol"] = FieldValue(symbol, ln.start, ln.end)

    elif (note := _own_number_in_note(st, out["doc_type"].value)) is not None:
        # no "Số:" line (a crawl lost the header): the attached appendix's note names the
        # document's number and symbol ("(kèm theo văn bản số: /UBND-NNMT ngày tháng năm 2025 của
        # UBND Thành phố)", Hà Nội CV 6356/2025, tune N09 — the number left blank)
        number = note.group("number")
        symbol = regex.sub(r"\s+", "", note.group("symbol"))
        out["number"] = FieldValue(number, *note.span("number")) if number else FieldValue(None)
        out["symbol"] = FieldValue(symbol, *note.span("symbol"))
        # … and its date when the header's date line is lost too ("(kèm theo Công văn số
        # 4001/UBND-ĐT ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố)", TP HCM CV
        # 4001/2025, tune14 R02); a blank day or month ("ngày tháng năm 2025") gives none
        dated = rx.CITATION_DATE.match(st.text, note.end(), min(len(st.text), note.end() + 60))
        if st.place_date_line is None and dated and (date := rx.date_of(dated)):
            out["issue_date"] = FieldValue(date, dated.start(), dated.end())

    if st.place_date_line is not None:
        ln = st.line(st.place_date_line)
        m = rx.place_date(ln.text)
        out["issue_place"] = FieldValue(m.group("place").strip(" *"), ln.start, ln.end)
        date = rx.iso_date(m.group("y"), m.group("m"), m.group("d")) if m.group("d") and m.group("m") else None
        out["issue_date"] = FieldValue(date, ln.start, ln.end)
        groups = m.groupdict()
        for part in ("d", "m"):
            if groups.get(part):
                out["issue_date"].read.append((ln.start + m.start(part), ln.start + m.end(part)))
            elif groups.get(f"{part}_slot") is not None:  # a day or month filled in by hand, or blank
                out["issue_date"].unread.append(_slot(ln.start, m, f"{part}_slot"))

    if st.title_lines:
        first, last = st.line(st.title_lines[0]), st.line(st.title_lines[-1])
        title = " ".join(st.line(i).text for i in st.title_lines)
        # a speck read as a dash or a point before the title's first word (a scan): no title opens so
        title = rx.TITLE_LEADING_SPECK.sub("", " ".join(title.split()).strip(" *")).rstrip(".")
        title = _without_outer_quotes(title)
        # a letter's "Kính gửi:" read onto the title's last line by OCR is not part of it
        title = regex.split(r"\s+Kính\s+gửi\s*:", title, maxsplit=1)[0]
        title = _without_run_on(title)
        # a year glued to the word after it by the converter ("nhiệm kỳ 2026 - 2031của Ủy ban Mặt
        # trận …", HD MTTQ Quảng Ninh 2025, tune C054): no word opens with a year's digits
        title = _YEAR_GLUED.sub(" ", title)
        if st.type_line is None:  # a letter's subject line: the title is what follows "V/v"
            subject = rx.SUBJECT_LINE.match(title) or rx.SUBJECT_ABOUT_LINE.match(title)
            title = subject.group("subject") if subject else title
        out["title"] = FieldValue(title, first.start, last.end)

    province, province_span = _province(st, out)
    issuer, level, issuer_span = _issuer(st, out, province)
    organ = _central_organ_signing(st, issuer)
    if organ:
        issuer = organ
    if is_national(issuer):
        province, province_span = None, (-1, -1)
        level = level or "department"  # contract, Clarifications: a national body
    elif issuer is None and not _province_stated(st, out):
        # a crawl that lost the letterhead and names its issuer nowhere: the province its body
        # names most is the one it writes to or about (Cục Thuế's answer to a company of Cần
        # Thơ, the Government Office's notice of a meeting in Sơn La), not the issuer's
        province, province_span = None, (-1, -1)
    if province is None and issuer and not is_national(issuer):
        # a province the issuer's own name holds when nothing else stated one (the city a crawled
        # letter of "Ủy ban nhân dân Thành phố" names, _only_city_named)
        named = regex.search(r"(?:tỉnh|thành phố)\s+(?P<name>\p{Lu}.*)$", issuer)
        p = vocab.province_index().get(vocab.fold(named.group("name"))) if named else None
        if p:
            province, province_span = p.name, issuer_span
    out["issuer"] = FieldValue(_case_places(issuer), *issuer_span)
    out["province"] = FieldValue(province, *province_span)
    out["level"] = FieldValue(level, *issuer_span)
    out["plan_year"] = _plan_year(st, out)

    sig = st.signature
    if sig:
        auth = [st.line(i).text.strip("* ") for i in sig.get("authority", [])]
        title_line = st.line(sig["title"]).text.strip("* ") if sig["title"] is not None else ""
        if "title_split" in sig:  # "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" flattened on one line
            m = rx.SIGNING_AUTHORITY.match(title_line)
            kind, rest = rx.authority_parts(m)
            cut = sig["title_split"]
            auth = auth[:-1] + [f"{kind} {rest[:cut].strip()}" if "/" in kind else f"{kind}. {rest[:cut].strip()}"]
            title_line = rest[cut:].strip()
        authority = " ".join(_format_authority(a) for a in auth) or None
        if sig.get("title_text"):  # the title as the vocabulary spells it (OCR slipped a letter)
            title_line = sig["title_text"]
        name_ln = st.line(sig["name"])
        out["signer"] = FieldValue(signer_name(name_ln.text, st.text), name_ln.start, name_ln.end)
        if sig["title"] is not None:
            t_ln = st.line(sig["title"])
            out["signer_title"] = FieldValue(sig.get("title_text") or title_line.upper(), t_ln.start, t_ln.end)
        a_span = (st.line(sig["authority"][0]).start, st.line(sig["authority"][-1]).end) if sig.get("authority") else (-1, -1)
        out["signing_authority"] = FieldValue(authority, *a_span)

    if st.recipients_lines:
        items: list[str] = []
        previous = ""
        # (most items carry a dash: a list of unmarked items may still close with "- Lưu …")
        marked = sum(st.line(i).text.startswith(_ITEM_MARKS) for i in st.recipients_lines)
        bulleted = marked * 2 > len(st.recipients_lines)
        # a list whose items close with ";": an unmarked line closed by "," goes on on the next
        # ("Ủy ban bầu cử, Thường trực Đảng uỷ, HĐND," / "UBND, UBMTTQVN các phường, xã;", HD
        # MTTQ Quảng Ninh 2025, tune C054 — items apart by blank lines, no dashes)
        closings = [st.line(i).text.rstrip()[-1:] for i in st.recipients_lines if st.line(i).text]
        semicolons = closings.count(";") * 2 > len(closings)
        dashes = _ITEM_DASH if any(st.line(i).text.startswith(("-", "–", "•")) for i in st.recipients_lines) \
            else _ITEM_DASH_OR_PLUS
        for i in st.recipients_lines:
            t = st.line(i).text
            # in a list whose items carry a dash, a line without one goes on with the item
            # above unless that item closed with ";", "." or a dash moved to its end
            wrapped = bool(items) and (is_wrapped_recipient(previous, t) or (
                bulleted and not t.startswith(_ITEM_MARKS) and not _FILED_LINE.match(t)
                and not rx.RECIPIENTS_LABEL.match(t) and not previous.rstrip().endswith((";", ".", "-")))
                # (… or after its ";" when the line opens in lower case: no item does, it is the item's
                # next part, "- VPCP: BTCN, PCN …, TGĐ Cổng TTĐT;" / "các Vụ: KTTH, QHĐP, TH;", VPCP CV
                # 11414/2025, tune14 R08)
                or (bulleted and t[:1].islower() and not _FILED_LINE.match(t))
                or (semicolons and not bulleted and previous.rstrip().endswith(",") and not t.startswith(_ITEM_MARKS)
                    and not _FILED_LINE.match(t) and not rx.RECIPIENTS_LABEL.match(t) and not t.isupper()))
            previous = t if bulleted else _ANNOTATION_AFTER.sub(";", t)
            m = rx.RECIPIENTS_LABEL.match(t)
            if m:
                t = m.group("rest")
            t = _NEXT_CELL.split(t, maxsplit=1)[0]
            t = dashes.sub("", t.replace("*", "").strip()).strip()  # ("*- *Thứ trưởng …;": emphasis around the dash)
            if _TRAILING_PUNCT.sub("", t).strip() and wrapped:
                # the comma that ended the item's first line stays inside it ("Ban xây dựng
                # Đảng," / "VP Đảng ủy;" → "Ban xây dựng Đảng, VP Đảng ủy")
                items[-1] = f"{items[-1].rstrip(' -')} {t}"
            elif _TRAILING_PUNCT.sub("", t).strip():
                # two items a converter put on one line ("V01, C04 - Bộ Công an; - Thường trực
                # Tỉnh ủy;"); an unmarked item's annotation beside it ("Ban TT UBTW MTTQ VN; (Để")
                # (a part closed by its brace note keeps it: the note is whole, not the start
                # of one wrapped onto the next line)
                for part in _ITEMS_ON_ONE_LINE.split(t):
                    items.append(part if bulleted or _CLOSED_NOTE.search(part) else _ANNOTATION_AFTER.sub(";", part))
        # (a crawl's emphasis marks left inside an item: "Các Thứ trưởng (để phối hợp chỉ đạo*);*",
        # Bộ VHTTDL CV 6278/2025 — no recipient holds a "*")
        items = [_TRAILING_PUNCT.sub("", _SIGNATURE_AFTER_COPY_COUNT.sub("", _plain_math(item.replace("*", "")))).strip()
                 for item in items]
        items = [_SPACE_INSIDE_MARKS.sub("", item) for item in items]
        first, last = st.line(st.recipients_lines[0]), st.line(st.recipients_lines[-1])
        out["recipients"] = FieldValue(items, first.start, last.end)
    else:
        out["recipients"] = FieldValue([])
    return out


# An appendix's note naming the document it goes with: "(kèm theo văn bản số: /UBND-NNMT ngày
# tháng năm 2025 …)", "(Kèm theo Kế hoạch số 157/KH-UBND …)" — the kind, then its number (blank
# when not yet numbered) and symbol.
_ATTACHED_TO = regex.compile(
    r"""\(\s*\*?\s*(?i:ban\s+hành\s+)?(?i:kèm\s+theo)\s+(?P<kind>\p{L}+(?:\s+\p{L}+)?)\s+(?i:số)\s*:?\s*
        (?P<number>\d{1,5}[a-z]?)?\s*/\s*(?P<symbol>(?:(?:19|20)\d{2}/)?\p{Lu}[\p{Lu}\d]*(?:-\p{Lu}[\p{Lu}\d]*)*)""",
    regex.V0 | regex.X)


def _own_number_in_note(st: Structure, doc_type: str | None):
    """The appendix note's match naming this document ("văn bản", the generic word, or its own
    kind), or None."""
    for m in _ATTACHED_TO.finditer(st.text):
        kind = vocab.fold(" ".join(m.group("kind").split()))
        if kind in ("văn bản", vocab.fold(doc_type or "")):
            return m
    return None


# What a converter flattened onto a title's line after it: the motto column ("… CỘNG HÒA XÃ
# HỘI CHỦ NGHĨA VIỆT NAM Độc lập …"), the attached text's note and first chapter ("(Ban hành
# kèm theo Quyết định số …) Chương I …").
_TITLE_RUN_ON = regex.compile(r"\s+(?:C[ÔỘ]NG\s+H[ÒO]A\s+XÃ\s+HỘI|\(\s*Ban\s+hành\s+kèm|Chương\s+[IVX1]+\s+\p{Lu}{2,})", regex.V0)
# A run of capitals closing a title in lower case: the decision's author line ("… đường bộ
# CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "… tỉnh Lâm Đồng TRƯỞNG BAN CHỈ ĐẠO TỈNH …").
_CAPITALS_RUN = regex.compile(r"\s+(?P<run>\p{Lu}[\p{Lu}\d]*(?:[\s,]+[\p{Lu}\d][\p{Lu}\d]*)+)$", regex.V0)


_YEAR_GLUED = regex.compile(r"(?<=(?<![\p{L}\d/.-])(?:19|20)\d{2})(?=\p{Ll}{2})", regex.V0)


# A note an OCR'd page's markdown set as inline math, letter by letter ("Chủ tịch UBND tỉnh
# $( \mathsf { b } / \mathsf { c } )$ ;", draft QĐ Lai Châu 2025, tune V05): its characters as
# printed, "(b/c)" — font commands, braces and the spaces between single characters dropped.
_INLINE_MATH = regex.compile(r"\$(?P<inner>[^$\n]{1,80})\$", regex.V0)
_MATH_COMMAND = regex.compile(r"\\(?:math\w*|text\w*|operatorname)\s*|[{}\s]", regex.V0)


def _plain_math(item: str) -> str:
    if "$" not in item:
        return item
    return _INLINE_MATH.sub(lambda m: _MATH_COMMAND.sub("", m.group("inner")) if "\\" in m.group("inner") else m.group(0), item)


def _without_outer_quotes(title: str) -> str:
    """The title without quotes around the whole of it, or a stray one at either end; a quoted
    name that closes the title keeps its quotes ("THỰC HIỆN CHƯƠNG TRÌNH “NÂNG CAO … 2045”")."""
    opening, closing = title.count("“") + title.count('"') // 2, title.count("”") + title.count('"') // 2
    if title[:1] in "\"“" and title[-1:] in "\"”" and opening == 1 and closing == 1:
        return title[1:-1]
    if title[:1] in "“" and opening > closing:
        title = title[1:]
    if title[-1:] in "”" and closing > opening:
        title = title[:-1]
    if title[:1] == '"' and title.count('"') % 2:
        title = title[1:]
    elif title[-1:] == '"' and title.count('"') % 2:
        title = title[:-1]
    return title


def _without_run_on(title: str) -> str:
    """The title without what a flattened layout put after it on the same line."""
    title = _TITLE_RUN_ON.split(title, maxsplit=1)[0]
    run = _CAPITALS_RUN.search(title)
    if run and not title.isupper() and any(vocab.fold(run.group("run")).startswith(t + " ") or vocab.fold(run.group("run")) == t
                                           for t in vocab.signer_titles()):
        title = title[:run.start()]
    return title.rstrip(" .")


def _slot(base: int, m, group: str) -> tuple[int, int]:
    """The span of what stands in a value's place, without the spaces around it (empty, at
    the middle of the gap, when nothing was read there)."""
    start, end = m.span(group)
    text = m.group(group)
    stripped = text.strip()
    if not stripped:
        middle = base + start + len(text) // 2
        return middle, middle
    lead = len(text) - len(text.lstrip())
    return base + start + lead, base + start + lead + len(stripped)


def _format_authority(line: str) -> str:
    m = rx.SIGNING_AUTHORITY.match(line)
    if not m:
        return line
    return rx.format_authority(m)


def _title_case(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def signer_name(line: str, text: str = "") -> str:
    """The signer's name from its line: without a military or police rank before it
    ("Thiếu tướng Trương Minh Đương"); its family name re-spelled when OCR slipped a tone
    ("Định Thị Bích Thảo") and the document names the same person with a known family name
    elsewhere ("Đồng chí Đinh Thị Bích Thảo"), or it is one of the most common family names
    ("Nguyên Hữu Việt" → "Nguyễn") — a rare family name ("Đầm") stays as read."""
    words = _title_case(strip_rank(name_text(line))).split()
    if words and words[0] not in vocab.surnames():
        first = strip_accents(words[0])
        for family, family_key in _surname_keys():
            if family_key == first:
                respelled = " ".join([family, *words[1:]])
                # a third of all Vietnamese are Nguyễn: "Nguyên Hữu Việt" is one of them
                if respelled in text or family in vocab.common_surnames():
                    return respelled
    return " ".join(words)


# The vocabulary without diacritics, folded once per process (not once per comparison).
@functools.lru_cache(maxsize=1)
def _surname_keys() -> tuple[tuple[str, str], ...]:
    return tuple((family, strip_accents(family)) for family in vocab.surnames())


@functools.lru_cache(maxsize=1)
def _province_keys() -> tuple[tuple[object, str], ...]:
    """(province, its name without diacritics, spaces or hyphens), in the gazetteer's order."""
    return tuple((p, _spaceless(p.name)) for p in vocab.provinces())


@functools.lru_cache(maxsize=1)
def _agency_names_spaceless() -> tuple[tuple[str, str], ...]:
    """(known agency name, spaceless key), longest name first."""
    return tuple((known, _spaceless(known)) for known in sorted(vocab.agency_names(), key=len, reverse=True))


def _known_name(name: str) -> bool:
    """The name opens with an agency name the vocabulary spells (models/agency_names.txt)."""
    folded = vocab.fold(name)
    return any(folded == k or folded.startswith(k + " ") for k in _agency_names_folded())


@functools.lru_cache(maxsize=1)
def _agency_names_folded() -> tuple[str, ...]:
    return tuple(vocab.fold(k) for k in vocab.agency_names())


_PLACE_AFTER_UNIT = regex.compile(r"(?i)(?<!\p{L})(?P<unit>tỉnh|thành\s+phố|ủy)\s+(?P<name>\S.*)$")


def _case_places(issuer: str | None) -> str | None:
    """The province in an issuer as the gazetteer spells it: an OCR'd capitals letterhead
    restored to "Công an tỉnh lâm đồng" or "Tỉnh ủy sơnla" → "… Lâm Đồng", "… Sơn La"."""
    if not issuer:
        return issuer
    for m in _PLACE_AFTER_UNIT.finditer(issuer, overlapped=True):
        key = _spaceless(m.group("name"))
        for p, province_key in _province_keys():
            if province_key == key:
                return issuer[:m.start("name")] + p.name
    return issuer


# ----------------------------------------------------------------------------- province

_PLACE_MENTION = regex.compile(r"(?<![\p{L}])(?P<kind>[Tt]ỉnh|[Tt]hành\s+phố|TP\.?)\s+(?P<name>\p{Lu}[\p{L}]*(?:\s*-?\s*\p{Lu}[\p{L}]*){0,3})", regex.V0)


def _match_province(name: str):
    """Longest prefix of ``name`` that is a province: "Gia Lai về việc" → Gia Lai."""
    words = name.split()
    idx = vocab.province_index()
    for n in range(min(4, len(words)), 0, -1):
        p = idx.get(vocab.fold(" ".join(words[:n])))
        if p:
            return p
    return None


def _province(st: Structure, out) -> tuple[str | None, tuple[int, int]]:
    # 1. the issuer block: "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "UBND TỈNH PHÚ THỌ"
    for i in st.header_lines:
        t = st.line(i).text
        m = regex.search(r"(?i)(?:TỈNH|THÀNH\s+PHỐ|TP\.?)\s+(.+)$", t)
        if m:
            p = _match_province(_title_words(m.group(1)))
            if p:
                return p.name, (st.line(i).start, st.line(i).end)
    # 2. a commune's header ("ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH"): the one province that has
    #    a commune of that name
    for i in (st.header_lines if _after_reorganization(st) else ()):
        t = st.line(i).text
        m = regex.search(r"(?i)(?:^|\s)(?:XÃ|PHƯỜNG|ĐẶC\s+KHU)\s+(.+)$", t)
        if m:
            province = _province_of_commune(_title_words(m.group(1)))
            if province:
                return province, (st.line(i).start, st.line(i).end)
    # 3. the place of issue, when it is a province or a centrally-run city, or else a commune
    #    that only one province has
    place = out["issue_place"].value
    if place:
        p = vocab.province_index().get(vocab.fold(place))
        if p:
            return p.name, (out["issue_place"].start, out["issue_place"].end)
        province = _province_of_commune(place) if _is_commune_document(st) and _after_reorganization(st) else None
        if province:
            return province, (out["issue_place"].start, out["issue_place"].end)
    # 4. the most frequent "tỉnh X" / "thành phố X" in the text (title counts double)
    counts: collections.Counter = collections.Counter()
    first_span: dict[str, tuple[int, int]] = {}
    title_span = (out["title"].start, out["title"].end)
    for m in _PLACE_MENTION.finditer(st.text):
        p = _match_province(m.group("name"))
        if p:
            weight = 2 if title_span[0] <= m.start() < title_span[1] else 1
            counts[p.name] += weight
            first_span.setdefault(p.name, m.span())
    if counts:
        name = counts.most_common(1)[0][0]
        return name, first_span[name]
    return None, (-1, -1)


def _province_stated(st: Structure, out) -> bool:
    """The document states its own province: in its header or as its place of issue."""
    place = out["issue_place"].value
    return bool(st.header_lines) or bool(place and vocab.province_index().get(vocab.fold(place)))


def _province_of_commune(name: str) -> str | None:
    """The province of a commune, ward or special zone named so, when only one has that name
    (a 2025 name: an older document's commune may since have merged under another name)."""
    provinces = vocab.commune_provinces().get(vocab.fold(name.strip(" .,*")))
    return next(iter(provinces)) if provinces and len(provinces) == 1 else None


_REORGANIZATION_YEAR = 2025  # the commune names of models/communes_2025.tsv hold from July 2025


def _after_reorganization(st: Structure) -> bool:
    """The document is dated in or after the year the communes took their present names."""
    if st.place_date_line is None:
        return False
    m = rx.place_date(st.line(st.place_date_line).text)
    return bool(m) and int(m.group("y")) >= _REORGANIZATION_YEAR


def _is_commune_document(st: Structure) -> bool:
    """The header names a commune's body ("… XÃ LƯƠNG MINH"), or nothing above the commune
    level: no province, city, district or national body."""
    words = " ".join(vocab.fold(st.line(i).text) for i in st.header_lines)
    if regex.search(r"(?:^|\s)(?:xã|phường|đặc khu)(?:\s|$)", words):
        return True
    return False


def _title_words(upper: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in upper.split())


# ------------------------------------------------------------------------------- issuer

_LEVEL_WORDS = (
    ("commune", regex.compile(r"(?i)^(?:ủy ban nhân dân|hội đồng nhân dân|đảng ủy|ủy ban mặt trận tổ quốc(?: việt nam)?|ban thường trực ủy ban mặt trận tổ quốc(?: việt nam)?|ủy ban bầu cử|tiểu ban.*)?\s*(?:xã|phường|thị trấn)\b")),
    ("district", regex.compile(r"(?i)^(?:chủ tịch )?(?:ủy ban nhân dân|hội đồng nhân dân|huyện ủy|quận ủy|thị ủy|ủy ban mặt trận tổ quốc(?: việt nam)?)\s+(?:huyện|quận|thị xã)\b")),
    ("province", regex.compile(r"(?i)^(?:chủ tịch )?(?:ủy ban nhân dân|hội đồng nhân dân|tỉnh ủy|thành ủy|ban thường vụ|ủy ban mặt trận tổ quốc(?: việt nam)? (?:tỉnh|thành phố))\b")),
)
_DEPARTMENT = regex.compile(r"(?i)^(?:sở|ban|văn phòng|thanh tra|trung tâm|đài|chi cục|cục|phòng|công an|bộ chỉ huy|kho bạc|bảo hiểm|trường|tổ|thuế\s+(?:tỉnh|thành phố|cơ sở))\b")


def _issuer(st: Structure, out, province: str | None) -> tuple[str | None, str | None, tuple[int, int]]:
    lines = st.lines
    header = [st.line(i) for i in st.header_lines]
    if header:
        # The last block line names the issuing body; upper lines name its parent
        # ("UBND TỈNH PHÚ THỌ" over "SỞ THÔNG TIN VÀ TRUYỀN THÔNG").  Lines of one name
        # broken by layout ("ỦY BAN NHÂN" / "DÂN") are joined first.
        # (a crawl's " / " between a cell's lines: "ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG")
        names = _join_header_names([part for ln in header
                                    for part in regex.split(r"\s+/\s+", issuer_text(ln.text.strip(HEADER_DEBRIS)))])
        body = _respaced(names[-1]) or _spelled_out(names[-1], st.text) or expand_abbreviations(restore_case(names[-1]))
        parent = expand_abbreviations(restore_case(names[0])) if len(names) > 1 else None
        span = (header[0].start, header[-1].end)
        if parent and _MINISTRY.match(parent) and not _PLACE_IN_NAME.search(body):
            # a ministry's department ("BỘ CÔNG AN / CỤC CẢNH SÁT ĐIỀU TRA …"): named with its
            # ministry after a comma, as its letters sign ("Cục Cảnh sát …, Bộ Công an")
            return f"{_capitalize_name_after_head(body)}, {_ministry_case(parent)}", "department", span
        if parent and _NATIONAL_PARENT.match(parent) and not _PLACE_IN_NAME.search(body):
            # a department of a national body ("BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO VÀ
            # DÂN VẬN"): "… Trung ương", no province
            # (the party's central office by its official name: "Văn phòng Trung ương Đảng")
            central = f"{body} Trung ương"
            return _central_body(f"{central} Đảng") or central, "department", span
        if parent and _dependent(body):
            # "Ban Thường trực" of the Front committee of a commune, the organising board of a
            # steering committee's contest: written out with its parent, the parent with its
            # place, both as the document's own text spells them ("Ban Tổ chức Cuộc thi")
            whole = _qualify(_as_written(parent, st.text), None, province, st)
            issuer = f"{_as_written(body, st.text)} {whole}"
            standing = vocab.fold(body) in vocab.standing_bodies()
            return issuer, _level(parent, None) if standing else _level(body, parent), span
        if restore_case(names[-1]) == body and not _known_name(body):
            # a body the vocabulary does not spell, restored from capitals: as the document's
            # own text writes it ("Tổ giúp việc về Cải cách hành chính")
            body = _as_written(body, st.text)
        issuer = _qualify(body, parent, province, st)
        return issuer, _level(issuer, parent), span
    # No header: the decision's author line between its title and its preamble ("CHỦ TỊCH ỦY
    # BAN NHÂN DÂN TỈNH LAI CHÂU" / "Căn cứ Luật …", a draft QĐ of Lai Châu 2025 whose OCR lost
    # the header, tune V05): the post and its body, as the decision names who decides
    author = _author_line(st)
    if author is not None:
        issuer = _qualify(expand_abbreviations(restore_case(author.text.strip(" *"))), None, province, st)
        return issuer, _level(issuer, None), (author.start, author.end)
    # … else the opening sentence ("Sở Kế hoạch và Đầu tư xây dựng Kế hoạch …").
    m = rx.OPENING_ISSUER.search(st.text[lines[st.body_start].start if st.body_start < len(lines) else 0:][:3000])
    if m:
        who = regex.sub(r"^Chủ\s+tịch\s+", "", m.group("who")).strip()
        who = regex.sub(r"\s*\([^)]*\)", "", who)
        # "Chủ tịch Ủy ban nhân dân (UBND) tỉnh ban hành": the level word stands after the
        # parenthesis.
        tail = regex.match(r"\s*(?:\([^)]*\)\s*)?(tỉnh|huyện|xã)\b", m.string[m.end("who"):])
        if tail and not who.endswith(tail.group(1)):
            who = f"{who} {tail.group(1)}"
        body = expand_abbreviations(who)
        base = lines[st.body_start].start if st.body_start < len(lines) else 0
        issuer = _qualify(body, None, province, st)
        return issuer, _level(issuer, None), (base + m.start(), base + m.end("who"))
    # The enacting clause of a legal document ("Bộ trưởng Bộ Tài chính ban hành Thông tư …"),
    # else a telegram's sender line ("THỦ TƯỚNG CHÍNH PHỦ điện:").
    opening = st.text[:6000]
    own_kind = vocab.fold(out["doc_type"].value or "")
    m = next((m for m in rx.ENACTING_ISSUER.finditer(opening)
              if not own_kind or vocab.fold(" ".join(m.group("kind").split())).startswith(own_kind)), None)
    if m:
        issuer = _qualify(expand_abbreviations(" ".join(m.group("body").split())), None, province, st)
        return issuer, _level(issuer, None), m.span("who")
    m = rx.TELEGRAM_SENDER.search(opening)
    if m:
        who = "who"
        line = expand_abbreviations(restore_case(" ".join(m.group("line").split())))
        if m.group("lone") and (starts_with_agency(line, strong_only=True) or _known_name(line)):
            # the word above is the title's last when the line names a body by itself: "MƯA" /
            # "LŨ" / "BỘ XÂY DỰNG điện:", "LŨ" / "THỦ TƯỚNG CHÍNH PHỦ điện:" (not "TƯỚNG CHÍNH PHỦ")
            who = "line"
        issuer = _qualify(expand_abbreviations(restore_case(" ".join(m.group(who).split()))), None, province, st)
        return issuer, _level(issuer, None), m.span(who)
    # The signature: "TM. ỦY BAN NHÂN DÂN" names the body.
    sig = st.signature
    for i in sig.get("authority", []):
        m = rx.SIGNING_AUTHORITY.match(st.line(i).text.strip("* "))
        if m and rx.authority_parts(m)[0] == "TM":
            body = expand_abbreviations(restore_case(rx.authority_parts(m)[1]))
            issuer = _qualify(body, None, province, st)
            return issuer, _level(issuer, None), (st.line(i).start, st.line(i).end)
    # A body that writes out its name and its short form in the letter's opening sentence, then
    # speaks ("Ban chỉ đạo của Chính phủ về … 02 cấp (sau đây viết là Ban Chỉ đạo của Chính phủ) yêu
    # cầu …", tune14 R09): its name, with the short form's letter case where the two agree
    base = lines[st.body_start].start if st.body_start < len(lines) else 0
    named = rx.SELF_NAMED_SPEAKER.search(st.text, base, min(len(st.text), base + 3000))
    if named:
        who, short = " ".join(named.group("who").split()), " ".join(named.group("short").split())
        if vocab.fold(who).startswith(vocab.fold(short)):
            who = short + who[len(short):]
        national = is_national(who)
        issuer = who if national else _qualify(who, None, province, st)
        return issuer, "department" if national else _level(issuer, None), named.span("who")
    # A letter signed for the head of a kind of body ("KT. BỘ TRƯỞNG", "TL. CỤC TRƯỞNG", "KT.
    # GIÁM ĐỐC"): the body of that kind that speaks in it ("Bộ Công Thương thông báo …", "Sở Nội
    # vụ đề nghị các doanh nghiệp …", TP HCM CV 10283/2025), the most often.
    spoken = _speaking_body(st)
    if spoken:
        body, national, span = spoken
        issuer = body if national else _qualify(body, None, province, st)
        return issuer, "department" if national else _level(issuer, None), span
    # A scan whose letterhead and signature the OCR lost (Cần Thơ KH 70/2025, tune V07: "Số
    # 70/KH-UBND" / "Cần Thơ, ngày 15 tháng 9 năm 2025" and the opening sentence garbled): the
    # symbol's issuer code names a people's council or committee (models/issuer_codes.tsv) and
    # the place of issue is a province or centrally-run city — the body of that province (a
    # commune's or a district's dates its letters with its own name).
    coded = _local_government_of_symbol(out["symbol"].value)
    place = out["issue_place"].value
    if coded and place and province and vocab.province_index().get(vocab.fold(place)):
        p = vocab.province_index().get(vocab.fold(place))
        issuer = f"{coded} {p.kind} {p.name}"
        return issuer, _level(issuer, None), (out["symbol"].start, out["symbol"].end)
    return None, None, (-1, -1)


def _local_government_of_symbol(symbol: str | None) -> str | None:
    """"Ủy ban nhân dân" / "Hội đồng nhân dân" when the symbol's last token is the code of one
    ("KH-UBND", "NQ-HĐND"), else None."""
    if not symbol:
        return None
    body = vocab.issuer_codes().get(regex.split(r"[-/]", symbol)[-1])
    return body if body in ("Ủy ban nhân dân", "Hội đồng nhân dân") else None


def _central_organ_signing(st: Structure, issuer: str | None) -> str | None:
    """The central body that signs "T/M" under the letterhead of the central committee it belongs
    to, when it is another: the party's Central Committee heads the letters of its Politburo and
    Secretariat ("BAN CHẤP HÀNH TRUNG ƯƠNG" … "T/M BAN BÍ THƯ", QĐ 383-QĐ/TW 2025, tune C042:
    issued by the Ban Bí thư), the Front's Central Committee those of its Presidium ("TM. ĐOÀN
    CHỦ TỊCH"). The signing body, as models/central_bodies.txt spells it, alone or followed by
    the letterhead's body; None when the issuer is no central body or none other signs."""
    if not issuer or not st.signature or _central_body(issuer) is None:
        return None
    for i in st.signature.get("authority", []):
        m = rx.SIGNING_AUTHORITY.match(st.line(i).text.strip("* "))
        if not m or rx.authority_parts(m)[0].replace("/", "").upper() != "TM":
            continue
        body = " ".join(rx.authority_parts(m)[1].split())
        organ = _central_body(body) or _central_body(f"{body} {issuer}")
        if organ and vocab.fold(organ) != vocab.fold(issuer) and not vocab.fold(issuer).startswith(vocab.fold(organ)):
            return organ
        return None
    return None


def _speaking_body(st: Structure) -> tuple[str, bool, tuple[int, int]] | None:
    """The body the outer authority line's post heads (models/head_posts.tsv) as the letter's
    body names it speaking ("Cục Thuế đề nghị …" → "Cục Thuế"), whether it is a national
    body, and the span of its first such mention; None when no post or no such sentence."""
    authority = st.signature.get("authority", []) if st.signature else []
    m = rx.SIGNING_AUTHORITY.match(st.line(authority[0]).text.strip("* ")) if authority else None
    post = _head_post(rx.authority_parts(m)[1]) if m else None
    if not post:
        return None
    heads, national = post
    base = st.lines[st.body_start].start if st.body_start < len(st.lines) else 0
    # (named as the letter writes it out or abbreviates it: "Bộ VHTTDL yêu cầu" counts for
    # "Bộ Văn hóa, Thể thao và Du lịch")
    found = [(expand_abbreviations(" ".join(f.group("who").split())), f.span("who"))
             for f in rx.speaker(heads).finditer(st.text, base)]
    if not found:
        return None
    counts = collections.Counter(name for name, _ in found)
    name = max(counts, key=lambda n: (counts[n], -[x for x, _ in found].index(n)))
    return name, national, next(span for x, span in found if x == name)


def _head_post(rest: str) -> tuple[tuple[str, ...], bool] | None:
    """The head post (models/head_posts.tsv) an authority line signs for: the line itself ("GIÁM
    ĐỐC") or its opening words before the body's name or a title run into it ("GIÁM ĐỐC SỞ Y TẾ",
    "GIÁM ĐỐC PHÓ GIÁM ĐỐC"), the longest such post; a joint post is its own row ("BỘ TRƯỞNG,
    CHỦ NHIỆM" signs for the Government Office, no ministry: "bộ trưởng" alone does not match it)."""
    folded = vocab.fold(" ".join(rest.split()))
    posts = [p for p in vocab.head_posts() if folded == p or folded.startswith(p + " ")]
    return vocab.head_posts()[max(posts, key=len)] if posts else None


# A national body above a header's unit: the party's Central Committee, a ministry, the
# Government, the National Assembly, the Front's Central Committee.
_NATIONAL_PARENT = regex.compile(r"(?i)^(?:ban\s+chấp\s+hành\s+trung\s+ương|bộ\s|chính\s+phủ|quốc\s+hội|văn\s+phòng\s+trung\s+ương|ủy\s+ban\s+trung\s+ương)")
_MINISTRY = regex.compile(r"(?i)^bộ\s+(?!chỉ\s+huy)")  # not "Bộ Chỉ huy Quân sự tỉnh"
_NAME_HEAD = regex.compile(r"(?i)^(?:tổng\s+cục|cục|vụ|viện|thanh\s+tra|văn\s+phòng)\s+")


def _ministry_case(name: str) -> str:
    """"BỘ CÔNG AN" → "Bộ Công an", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG" → "Bộ Thông tin và
    Truyền thông": each part of a ministry's name opens with a capital."""
    words = name.lower().split()
    out = []
    for i, w in enumerate(words):
        opens = i <= 1 or words[i - 1] in ("và", "-") or words[i - 1].endswith(",")
        out.append(w[:1].upper() + w[1:] if opens and w not in ("và", "-") else w)
    return " ".join(out)


def _capitalize_name_after_head(body: str) -> str:
    """"Cục cảnh sát điều tra …" → "Cục Cảnh sát điều tra …": a department's proper name
    opens with a capital after its head word."""
    m = _NAME_HEAD.match(body)
    if not m or m.end() >= len(body):
        return body
    return body[:m.end()] + body[m.end()].upper() + body[m.end() + 1:]


_PLACE_IN_NAME = regex.compile(r"(?i)\b(?:tỉnh|thành\s+phố|huyện|quận|xã|phường|trung\s+ương)\b")


# A body whose name says it serves the whole country, national wherever its letters are dated
# (contract, Clarifications: level department, province null): a head followed at once by
# "quốc gia" ("BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ" dated in Hà Nội, tune
# V02), or by "nhà nước", the State ("BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH" dated in Hà Nội, tune
# C026), or the Government's ("Ban Chỉ đạo của Chính phủ về sắp xếp đơn vị hành chính …", tune14
# R09), or a name ending with the country ("BẢO HIỂM XÃ HỘI VIỆT NAM", tune U05).  Not a
# province's steering board of the national programmes ("Ban Chỉ đạo các chương trình mục
# tiêu quốc gia tỉnh …": "quốc gia" does not follow its head), nor a park ("Vườn quốc gia"),
# nor a body of a place after the country ("Ủy ban MTTQ Việt Nam tỉnh …": the place ends it),
# nor a Front committee whose place was lost ("Ủy ban Mặt trận Tổ quốc Việt Nam" of a commune).
_NATIONAL_BY_NAME = regex.compile(
    r"""(?ix) ^(?:ban\s+chỉ\s+đạo|hội\s+đồng|ủy\s+ban|ban|trung\s+tâm|cơ\s+quan)\s+(?:quốc\s+gia|nhà\s+nước|của\s+chính\s+phủ)\b
        | (?<!tổ\s+quốc\s+)\bviệt\s+nam$""")
_COUNTRY_AT_END = regex.compile(r"(?i)\bviệt\s+nam$")


def is_national(issuer: str | None) -> bool:
    """A national body (contract, Clarifications: level department, province null): a central
    party or state body (models/central_bodies.txt) or one of their departments, or a body
    whose name says it serves the country (_NATIONAL_BY_NAME)."""
    return bool(issuer) and (_central_body(issuer) is not None or bool(regex.search(
        r"(?i)\btrung\s+ương$|,\s*bộ\s+[^,]+$|^(?:bộ|chính\s+phủ|thủ\s+tướng\s+chính\s+phủ|quốc\s+hội)\b", issuer))
        or bool(_NATIONAL_BY_NAME.search(issuer)) or _ministry_unit(issuer))


def _ministry_unit(name: str) -> bool:
    """A ministry-level body, or a department of a ministry named with it or by a head only the
    central government's departments bear: "Cục Lãnh sự Bộ Ngoại giao", "Cục Thuế", "Vụ Pháp
    chế" (not "Cục Thuế tỉnh …" of before 2025, whose name holds its place)."""
    if _PLACE_IN_NAME.search(name):
        return False
    folded = vocab.fold(" ".join(name.split()))
    # (a ministry-level body itself too, "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ",
    # which no "Bộ" opens: Thông tư 45/2025/TT-NHNN whose crawl lost its letterhead)
    if any(folded == vocab.fold(m) or folded.endswith(" " + vocab.fold(m)) for m in vocab.ministries()):
        return True
    return bool(regex.match(r"(?:tổng cục|cục|vụ) \S", folded))


@functools.lru_cache(maxsize=None)
def _central_bodies_by_fold() -> dict[str, str]:
    return {vocab.fold(n): n for n in vocab.central_bodies()}


def _central_body(name: str) -> str | None:
    """The central body ``name`` is, in its official case ("VĂN PHÒNG CHÍNH PHỦ" → "Văn phòng
    Chính phủ"), or None: such a body has no province, wherever its letters are dated."""
    return _central_bodies_by_fold().get(vocab.fold(" ".join(name.split())))


def _dependent(body: str) -> bool:
    """A body named under its parent and written out with it (models/dependent_bodies.txt):
    the name itself or the name followed by what it is for ("Ban Tổ chức Cuộc thi")."""
    folded = vocab.fold(body)
    return any(folded == d or folded.startswith(d + " ") for d in vocab.dependent_bodies())


def _as_written(name: str, text: str) -> str:
    """A letterhead name as the document's running text spells it, letter case and all
    ("Ban Tổ chức cuộc thi" → "Ban Tổ chức Cuộc thi"): its most frequent spelling that is not
    in capitals; the name as given when the text never writes it."""
    words = name.split()
    if not words:
        return name
    pattern = regex.compile(r"(?<!\w)" + r"\s+".join(regex.escape(w) for w in words) + r"(?!\w)",
                            regex.IGNORECASE | regex.V0)
    seen = collections.Counter(" ".join(m.group().split()) for m in pattern.finditer(text))
    spellings = [(n, w) for w, n in seen.items() if not w.isupper()]
    if not spellings:
        return name
    best = max(n for n, _ in spellings)
    return next(w for w, n in seen.items() if n == best and not w.isupper())


# A Vietnamese syllable has a vowel: a letterhead word without one is an abbreviation made of
# initials ("KHCN", "ĐMST", "CĐS").
_VOWEL = regex.compile(r"[aăâeêioôơuưy]", regex.IGNORECASE)
_INITIALS = regex.compile(r"^\p{Lu}{2,6}$", regex.V0)


def _spelled_out(name: str, text: str) -> str | None:
    """A letterhead name that abbreviates words by their initials ("BAN CHỈ ĐẠO VỀ PHÁT TRIỂN
    KHCN, ĐMST, CĐS VÀ ĐỀ ÁN 06") as the document's text writes it out ("Ban Chỉ đạo về phát
    triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06"); None when the
    name abbreviates nothing so or the text never writes it out."""
    words = regex.findall(r"[\p{L}\d]+", name)
    if not any(_INITIALS.match(w) and not _VOWEL.search(strip_accents(w)) for w in words):
        return None
    gap = r"[\s,]+(?:và\s+)?"
    parts = []
    for w in words:
        if _INITIALS.match(w) and not _VOWEL.search(strip_accents(w)):
            parts.append(gap.join(rf"{regex.escape(c)}[\p{{L}}]*" for c in w))
        else:
            parts.append(regex.escape(w))
    pattern = regex.compile(r"(?<![\p{L}])" + gap.join(parts) + r"(?![\p{L}])", regex.IGNORECASE | regex.V0)
    for m in pattern.finditer(text):
        if not m.group().isupper():
            return " ".join(m.group().split())
    return None


def _spaceless(text: str) -> str:
    return strip_accents(text).replace(" ", "").replace("-", "")


def _respaced(name: str) -> str | None:
    """A letterhead name whose spaces OCR lost ("CÔNGAN TÌNHLÂM ĐỒNG"), read against the
    gazetteers: a known agency name, then "tỉnh"/"thành phố" and a province
    ("Công an tỉnh Lâm Đồng").  None when the name has its spaces or is not so made."""
    restored = restore_case(name)
    if restored != name and any(vocab.fold(restored).startswith(k) for k in _agency_names_folded()):
        return None  # read as printed
    key = _spaceless(name)
    for known, k in _agency_names_spaceless():
        if not key.startswith(k):
            continue
        rest = key[len(k):]
        unit = regex.search(r"\s(tỉnh|thành phố)$", known)
        if unit:  # "Công an tỉnh" + "lâmđồng"
            known, unit_word = known[:unit.start()], unit.group(1)
            rest = _spaceless(unit_word) + rest
        for unit_word in ("tỉnh", "thành phố"):
            if rest.startswith(_spaceless(unit_word)):
                place = rest[len(_spaceless(unit_word)):]
                for p, province_key in _province_keys():
                    if province_key == place:
                        return f"{known} {unit_word} {p.name}"
        return None
    return None


_HEADER_NAME_STARTS = (
    "ỦY BAN", "UBND", "UỶ BAN", "SỞ", "BAN", "VĂN PHÒNG", "TRUNG TÂM", "ĐÀI", "PHÒNG", "CHI CỤC", "CỤC", "BỘ",
    "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "ĐẢNG BỘ", "HĐND", "HỘI ĐỒNG", "TIỂU BAN", "THANH TRA", "CÔNG AN",
    "MẶT TRẬN", "BAN THƯỜNG TRỰC", "TRƯỜNG", "TỔ",
    # the tax offices since 2025, under "CỤC THUẾ": "THUẾ TỈNH VĨNH LONG", "THUẾ CƠ SỞ 3"
    "THUẾ TỈNH", "THUẾ THÀNH PHỐ", "THUẾ CƠ SỞ")


@functools.lru_cache(maxsize=1)
def _plain_header_name_starts() -> tuple[str, ...]:
    """The starts without diacritics or spaces, only those long enough not to open other words
    ("TỔ" would open "TỘI PHẠM"); folded once per process."""
    return tuple(k for k in (_spaceless(x) for x in _HEADER_NAME_STARTS) if len(k) >= 5)


def _join_header_names(texts: list[str]) -> list[str]:
    """Join continuation lines: a line that does not start a new body name belongs to the
    line above ("ỦY BAN NHÂN" + "DÂN", "SỞ THÔNG TIN VÀ" + "TRUYỀN THÔNG")."""
    starts = _HEADER_NAME_STARTS
    plain_starts = _plain_header_name_starts()
    out: list[str] = []
    for t in texts:
        # an OCR'd letterhead may lose a space or a tone: "CÔNGAN TỈNH …", "BÔ CÔNG AN"
        if out and not t.upper().startswith(starts) and not _spaceless(t).startswith(plain_starts):
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(t)
    return out


def _level(body: str, parent: str | None) -> str | None:
    # a steering committee and its task force are boards of the province (level department),
    # as a Sở is; a party committee's standing or executive board is of the party's level
    if _DEPARTMENT.match(body) and not regex.match(r"(?i)^ban\s+(thường vụ|chấp hành)", body):
        if parent:
            for lvl, pat in _LEVEL_WORDS:
                if pat.match(parent) and lvl in ("commune", "district"):
                    return lvl
        return "department"
    for lvl, pat in _LEVEL_WORDS:
        if pat.match(body):
            return lvl
    if parent:
        for lvl, pat in _LEVEL_WORDS:
            if pat.match(parent):
                return lvl
    return None


def _author_line(st: Structure):
    """The line right under a title that names, in capitals, the post of the body that decides
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU") above the preamble; None when there is none."""
    at = next((j for j in range(st.body_start, min(len(st.lines), st.body_start + 3)) if st.lines[j].text), None)
    if st.type_line is None or not st.title_lines or at is None:
        return None
    ln = st.lines[at]
    t = ln.text.strip(" *")
    if not is_authority_line(t) or not _AUTHOR_BODY.search(t):
        return None
    k = next((j for j in range(at + 1, min(len(st.lines), at + 4)) if st.lines[j].text), None)
    return ln if k is not None and rx.OPENS_BASIS.match(st.lines[k].text.lstrip("*-+• ")) else None


# the body the post heads, named in the author line after the post ("… ỦY BAN NHÂN DÂN TỈNH …")
_AUTHOR_BODY = regex.compile(r"\s(?:ỦY|UỶ)\s+BAN|\sUBND\b|\sSỞ\s|\sBỘ\s|\sBAN\s", regex.V0)


def _qualify(body: str, parent: str | None, province: str | None, st: Structure) -> str:
    """Write the body out in full: a department gets its province ("Sở … tỉnh Gia Lai"); a
    bare "Ủy ban nhân dân" gets its level and place; a national body none ("Ban Chấp hành
    Trung ương", as the text writes it)."""
    if regex.search(r"(?i)\btrung\s+ương$", body):
        return _as_written(body, st.text)
    if _central_body(body):
        return _central_body(body)
    if _NATIONAL_BY_NAME.search(body) and not (parent and _PLACE_IN_NAME.search(parent)):
        # restored from capitals: "… việt nam"; the name as the text spells it ("Ban Chỉ đạo
        # Nhà nước về Du lịch", tune C026)
        return _COUNTRY_AT_END.sub("Việt Nam", _as_written(body, st.text))
    if regex.search(r"(?i)\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+\p{Lu}", body):
        return body
    low = body.lower()
    if low in ("ủy ban nhân dân", "hội đồng nhân dân") or regex.match(r"(?i)^(ủy ban nhân dân|hội đồng nhân dân) (tỉnh|thành phố|huyện|xã)$", body):
        # (the unit in capitals too: "Ủy ban nhân dân Thành phố" of a city's own letters)
        unit = regex.search(r"(?i)(tỉnh|thành phố|huyện|xã)$", body)
        level_word = unit.group(1).lower() if unit else _dominant_unit(st.text)
        base = regex.sub(r"(?i)\s+(tỉnh|thành phố|huyện|xã)$", "", body)
        if level_word in ("tỉnh", "thành phố") and province:
            p = vocab.province_index().get(vocab.fold(province))
            return f"{base} {p.kind if p else level_word} {province}"
        place = _named_unit(st.text, level_word) or (_only_city_named(st.text) if level_word == "thành phố" else None)
        if place:
            return f"{base} {level_word} {place}"
        # no place named anywhere: the unit as the text prints it after the body ("UBND
        # Thành phố" → "Ủy ban nhân dân Thành phố", Hà Nội CV 6397/2025 whose header was lost)
        return f"{base} {_unit_as_printed(st.text, level_word)}" if level_word else base
    if _DEPARTMENT.match(body) and province and not vocab.fold(body).endswith(" " + vocab.fold(province)):
        # (not a body whose name ends with its city already: "Ban Chấp hành Thành đoàn Hà Nội", whose
        # plan's opening sentence names it, Thành đoàn Hà Nội KH 2011, gave "… Hà Nội thành phố Hà Nội")
        p = vocab.province_index().get(vocab.fold(province))
        kind = p.kind if p else "tỉnh"
        if body.endswith((" tỉnh", " thành phố")):
            body = regex.sub(r"\s+(tỉnh|thành phố)$", "", body)
        return f"{body} {kind} {province}"
    return body


@functools.lru_cache(maxsize=1)
def _city_names() -> regex.Pattern:
    """The centrally-run cities' names (models/provinces.tsv, kind "thành phố"), as words."""
    names = sorted((p.name for p in vocab.provinces() if p.kind == "thành phố"), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(r"\s+".join(map(regex.escape, n.split())) for n in names)
                         + r")(?![\p{L}])", regex.V0)


def _only_city_named(text: str) -> str | None:
    """The one centrally-run city a text names, by its bare name ("ứng phó với đợt ô nhiễm không khí
    tại khu vực Hà Nội", Hà Nội CV 6356/2025, tune N09, whose header a crawl lost: the "Ủy ban nhân
    dân Thành phố" that writes it is that city's); None when it names none or more than one."""
    found = {" ".join(m.group().split()) for m in _city_names().finditer(text)}
    return next(iter(found)) if len(found) == 1 else None


def _unit_as_printed(text: str, level_word: str) -> str:
    """The letter case the text most often gives ``level_word`` after "Ủy ban nhân dân"/"UBND"."""
    word = r"\s+".join(level_word.split())
    counts = collections.Counter(
        " ".join(m.group(1).split()) for m in regex.finditer(
            rf"(?:Ủy ban nhân dân|UBND)\s+({word})(?![\p{{L}}])", text, regex.IGNORECASE))
    spellings = [w for w, _ in counts.most_common() if not w.isupper()]
    return spellings[0] if spellings else level_word


def _dominant_unit(text: str) -> str | None:
    counts = collections.Counter(
        m.group(1).lower() for m in regex.finditer(r"(?i)(?:Ủy ban nhân dân|UBND)\s+(tỉnh|thành phố|huyện|xã)\b", text)
    )
    return counts.most_common(1)[0][0] if counts else None


def _named_unit(text: str, level_word: str | None) -> str | None:
    if not level_word:
        return None
    counts = collections.Counter(
        m.group(1) for m in regex.finditer(rf"(?<![\p{{L}}]){level_word}\s+(\p{{Lu}}[\p{{L}}]*(?:\s+\p{{Lu}}[\p{{L}}]*){{0,2}})", text)
    )
    return counts.most_common(1)[0][0] if counts else None


# ----------------------------------------------------------------------------- plan year

_PLAN_TYPES = ("Kế hoạch", "Chương trình")
# (not the year of a date the title names: "… THỜI ĐIỂM 0H00 NGÀY 01 THÁNG 01 NĂM 2026")
_YEAR_IN_ANY_CASE = regex.compile(r"(?i)(?<!tháng\s*\d{1,2}\s*)năm\s+((?:19|20)\d{2})(?!\s*-\s*\d)")
_NAMES_PLAN = regex.compile(r"(?i)\b(?:kế\s+hoạch|chương\s+trình\s+công\s+tác)\b")
_YEAR_IN = regex.compile(r"năm\s+((?:19|20)\d{2})(?!\s*-\s*\d)")


def _plan_year(st: Structure, out) -> FieldValue:
    title = out["title"]
    if title.value:
        years = _YEAR_IN_ANY_CASE.findall(title.value)  # "… NĂM 2026" in a title in capitals
        # a range or horizon is not the plan's year ("giai đoạn 2021-2025", "đến năm 2030",
        # also with an OCR'd tone slip: "đên năm")
        # the year of a plan: a Kế hoạch's, or a plan's its title names ("Về việc ban hành Kế
        # hoạch … năm 2020"); a letter's or a decision's subject year is no plan's ("tuyển chọn
        # và gọi công dân nhập ngũ năm 2025", sent in 2024)
        names_plan = out["doc_type"].value in _PLAN_TYPES or _NAMES_PLAN.search(title.value)
        if years and names_plan and not regex.search(r"giai\s+doan|den\s+nam", strip_accents(title.value)):
            m = list(_YEAR_IN_ANY_CASE.finditer(st.text, title.start, title.end))
            span = m[-1].span() if m else (title.start, title.end)
            return FieldValue(int(years[-1]), *span)
    date = out["issue_date"].value
    if date:
        return FieldValue(int(date[:4]), out["issue_date"].start, out["issue_date"].end)
    if st.place_date_line is not None:
        ln = st.line(st.place_date_line)
        m = rx.place_date(ln.text)
        return FieldValue(int(m.group("y")), ln.start, ln.end)
    # an attached text without its own header: the year of the decision that issues it
    # ("(Ban hành kèm theo Quyết định số 09/2010/QĐ-UBND ngày 21 tháng 01 năm 2010 …)")
    m = _ISSUED_WITH.search(st.text, 0, _ATTACHMENT_NOTE_WITHIN)
    if m:
        return FieldValue(int(m.group("y")), *m.span("y"))
    # a letter whose header a crawl lost (no number, no date: TP HCM CV 4169/2025, "Kính gửi" on
    # top): it was issued after every document its opening statements cite, in the year of the
    # latest of their dates; so was a notice that kept its type line and title but lost the
    # number and date beside them (VPCP TB 661/2025, tune14 R07: "THÔNG BÁO" / "KẾT LUẬN CỦA THỦ
    # TƯỚNG …", then the body, which cites "Công điện số 231/CĐ-TTg ngày 26/11/2025")
    lost_header = st.number_line is None and st.place_date_line is None and st.type_line is not None
    if (st.type_evidence_line is not None and st.preamble) or lost_header:
        latest = None
        for start, end in st.preamble or ():
            for d in regex.finditer(rx.DATE, st.text[start:end]):
                year = d.group("y") or d.group("y2")
                if latest is None or int(year) > int(latest[0]):
                    latest = (year, start + d.start(), start + d.end())
        # a local government of the 2025 reform named as current ("UBND xã, phường, đặc khu Côn
        # Đảo"): the letter is of that year at the earliest (TP HCM CV 10283/2025 cites only 2020)
        reform = rx.REFORM_2025_UNIT.search(st.text)
        if reform and (latest is None or int(latest[0]) < rx.REFORM_2025_YEAR):
            return FieldValue(rx.REFORM_2025_YEAR, *reform.span())
        if latest:
            return FieldValue(int(latest[0]), latest[1], latest[2])
        # … and with no opening statements (Hà Nội CV 6357/2025, tune N10: "Kính gửi", then the
        # body), after every document its body cites by number and date ("Nghị định số
        # 188/2025/NĐ-CP ngày 01/7/2025"): the year of the latest such date
        for c in _CITED_WITH_DATE.finditer(st.text):
            year = c.group("y") or c.group("y2")
            if latest is None or int(year) > int(latest[0]):
                latest = (year, c.start("date"), c.end("date"))
        if latest:
            return FieldValue(int(latest[0]), latest[1], latest[2])
    return FieldValue(None)


# A document cited by its number and symbol, then its date: "số 188/2025/NĐ-CP ngày 01/7/2025",
# "số 6676/BYT-CDS ngày 29 tháng 10 năm 2024" (the symbol's letters in capitals after a slash).
_CITED_WITH_DATE = regex.compile(
    rf"""(?<![\p{{L}}\d/])\d{{1,5}}[a-z]?(?:/(?:19|20)\d{{2}})?/[\p{{Lu}}][\p{{Lu}}\d&./-]*  # number and symbol
        \s*,?\s*ngày\s*(?P<date>{rx.DATE})""", regex.V0 | regex.X)


_ATTACHMENT_NOTE_WITHIN = 3000  # characters from the top
_ISSUED_WITH = regex.compile(
    r"(?i)ban\s+hành\s+kèm\s+theo[^)]{0,250}?ngày\s*\d{1,2}\s*(?:/|tháng)\s*\d{1,2}\s*(?:/|năm)\s*(?P<y>(?:19|20)\d{2})")
