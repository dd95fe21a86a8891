"""One identity per cited document, per agency and per province, across a whole output folder.

Researchers compare provinces: which legal bases each cites, which kinds of agency lead the
work.  The recognizers keep what a document prints ("Luật Tổ chức chính quyền địa phương ngày
16/6/2025", "Luật … số 72/2025/QH15", "UBND các xã, phường", "Ủy ban nhân dân cấp xã"); this
module adds the columns that say which of those are the same thing:

* ``legal_references.cited_id`` / ``cited_title`` / ``cited_level`` — one id per cited document:
  the registry (``models/registry/``) links a law's name and year to its number; where it does
  not, ``models/identity/cited_aliases.tsv`` does, and so does any citation in the folder that
  prints both ("Luật … số 72/2025/QH15": corpus consensus).  Case and spelling variants of a
  name are one id.  A local symbol (``04/KH-UBND``) is only unique with its province, so its id
  carries the province: ``04/KH-UBND (Quảng Ninh)``.
* ``assignments.agency_id`` / ``agency_kind`` / ``agency_level`` / ``agency_province`` /
  ``agency_collective`` / ``agency_successor`` — the place is separated from the agency ("Sở Nội
  vụ tỉnh Gia Lai" → Sở Nội vụ, Gia Lai), collectives are grouped ("UBND các xã, phường", "UBND
  cấp xã", "Ủy ban nhân dân xã, phường, thị trấn" → Ủy ban nhân dân cấp xã), the kind comes from
  ``models/identity/agency_kinds.tsv`` and the 2025 department mergers from
  ``models/identity/department_successors.tsv``.
* ``documents.province_2025`` (``models/identity/provinces_2025.tsv``, Nghị quyết
  202/2025/QH15) and ``issue_date`` as a date.

Everything is deterministic: the same output folder gives the same ids.  ``IdentityResolver``
sees every row once (``observe``) and then adds the columns (``enrich``); ``store.assemble``
calls it, so ids agree across the whole folder.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

import regex

from . import regexes as rx
from . import vocab
from .resources import MODELS_DIR
from .symbols import (canonical_symbol, fold_text, implied_families, named_places,
                      symbol_tokens, type_abbreviations)

IDENTITY_DIR = MODELS_DIR / "identity"

LEVEL_WORDS = {"province": "tỉnh", "district": "huyện", "commune": "xã"}


def _rows(name: str) -> list[dict[str, str]]:
    """A TSV of ``models/identity/`` as dicts (comment lines skipped; the first line is the header)."""
    lines = [ln for ln in (IDENTITY_DIR / name).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, (c.strip() for c in ln.split("\t")))) for ln in lines[1:]]


# ------------------------------------------------------------------------------ provinces


@functools.lru_cache(maxsize=None)
def _provinces_2025() -> dict[str, str]:
    return {vocab.fold(r["province"]): r["province_2025"] for r in _rows("provinces_2025.tsv")}


def canonical_province(name: str | None) -> str | None:
    """The official name of a province from any of its spellings (``Đăk Lăk`` → ``Đắk Lắk``)."""
    if not name:
        return None
    p = vocab.province_index().get(vocab.fold(name))
    return p.name if p else None


def province_2025(province: str | None) -> str | None:
    """The province (of the 34) that a province of the 63 belongs to since the 2025 rearrangement."""
    name = canonical_province(province)
    return _provinces_2025().get(vocab.fold(name)) if name else None


def _trailing_province(folded: str) -> tuple[str, str] | None:
    """``báo bình định`` → (``báo``, Bình Định): a province name closing an agency's name."""
    words = folded.split()
    for n in (4, 3, 2, 1):
        if len(words) > n:
            name = canonical_province(" ".join(words[-n:]))
            if name:
                return " ".join(words[:-n]), name
    return None


# ------------------------------------------------------------------------------- agencies


@dataclass(frozen=True)
class AgencyKindRule:
    pattern: regex.Pattern
    kind: str
    kind_without_place: str
    level_in_id: bool
    agency_id: str


@functools.lru_cache(maxsize=None)
def _agency_kind_rules() -> tuple[AgencyKindRule, ...]:
    return tuple(AgencyKindRule(regex.compile(r["pattern"], regex.V0), r["kind"],
                                r["kind_without_place"] or r["kind"], r["level_in_id"] == "yes",
                                r["agency_id"])
                 for r in _rows("agency_kinds.tsv"))


@functools.lru_cache(maxsize=None)
def _successors() -> dict[str, str]:
    return {_fold_agency(r["agency"]): r["successor"] for r in _rows("department_successors.tsv")}


# Kinds whose bodies exist at several levels: the level is part of the kind.
_LEVELLED_KINDS = {"people_committee"}


def _fold_agency(name: str) -> str:
    """Folded for comparing: abbreviations expanded, lower case, one spelling of each variant."""
    from .agencies import expand_abbreviations

    s = fold_text(expand_abbreviations(unicodedata.normalize("NFC", name)))
    for pattern, repl in rx.AGENCY_SPELLINGS:
        s = pattern.sub(repl, s)
    s = rx.AGENCY_TRAILING_CLAUSE.sub("", " ".join(s.split()))
    return " ".join(s.strip(" .,;:-–").split())


def _place_levels(place: str, name: str | None, doc_level: str | None) -> tuple[list[str], bool]:
    """(levels, highest first; collective) of a place phrase; a list or "các"/"cấp" is many bodies."""
    units = [u.group(0).replace("  ", " ") for u in rx.ADMIN_UNIT_WORD.finditer(place)]
    levels = set()
    for u in units:
        u = " ".join(u.split())
        if u == "tỉnh":
            levels.add("province")
        elif u == "thành phố":
            # A city with a province's name, or a bare "thành phố" alone, is provincial; "các
            # huyện, thành phố" or "thành phố Tam Điệp" are cities inside a province.
            if len(units) == 1 and (not name or canonical_province(name)):
                levels.add("province" if doc_level not in ("district", "commune") or name else doc_level)
            else:
                levels.add("district")
        elif u in ("huyện", "quận", "thị xã"):
            levels.add("district")
        else:
            levels.add("commune")
    order = ("province", "district", "commune")
    collective = len(units) > 1 or bool(rx.MANY_PLACES.search(place))
    return [lv for lv in order if lv in levels], collective


@dataclass(frozen=True)
class AgencyIdentity:
    key: str  # folded id; agency_id is its display spelling
    base: str  # folded name without place and level (its printed spelling is looked up)
    suffix: str  # what follows the name in the id: " cấp xã", " xã lương minh", ""
    fixed: str | None  # the id as the kind table fixes it (collectives)
    kind: str
    level: str | None
    province: str | None
    collective: bool
    successor: str | None


_NATIONAL_KINDS = {"ministry"}


def agency_identity(name: str | None, doc_province: str | None = None,
                    doc_level: str | None = None) -> AgencyIdentity | None:
    """Identity of one agency name as printed in a document of ``doc_province`` / ``doc_level``."""
    if not name or not name.strip():
        return None
    doc_level = "province" if doc_level == "department" else doc_level
    folded = printed = _fold_agency(name)
    m = rx.AGENCY_TITLE_PREFIX.match(folded)
    if m and m.end() < len(folded):
        folded = folded[m.end():]
    base, place, place_name, levels, collective = folded, None, None, [], folded.startswith("các ")
    tail = rx.AGENCY_PLACE_TAIL.search(folded)
    if tail and tail.start() > 0:
        base = folded[:tail.start()]
        place = " ".join(tail["place"].split())
        place_name = " ".join(tail["name"].split()) if tail["name"] else None
        levels, many = _place_levels(place, place_name, doc_level)
        collective = collective or many
    else:
        trailing = _trailing_province(folded)
        if trailing and trailing[0]:
            base, place_name, levels = trailing[0], trailing[1], ["province"]
    province = None
    if place_name and levels == ["province"]:
        province = canonical_province(place_name)
    named_below_province = bool(place_name) and province is None and not collective
    province = province or canonical_province(doc_province)
    has_place = bool(levels)
    if not levels and doc_level in LEVEL_WORDS:
        levels = [doc_level]
    level = levels[0] if levels else None  # the highest
    base = base.strip(" ,;-–")

    rule = next((r for r in _agency_kind_rules() if r.pattern.search(base)), None)
    if rule is None and printed != folded:  # a post named as printed ("Trưởng Ban Chỉ đạo")
        rule = next((r for r in _agency_kind_rules() if r.pattern.search(printed)), None)
    suffix, fixed = "", None
    if rule is None:
        kind = "unknown"
    else:
        kind = rule.kind if has_place else rule.kind_without_place
        if kind != rule.kind:  # "Văn phòng" alone is the issuing body's own office, not the UBND's
            rule = AgencyKindRule(rule.pattern, kind, kind, False, "")
        if kind in _LEVELLED_KINDS:
            kind = f"{kind}_{level or 'province'}"
        fixed = rule.agency_id or None
        if fixed and fixed.startswith("Các"):
            collective = True
        if rule.level_in_id and levels:
            if named_below_province:  # one named body below the province: "xã Lương Minh"
                suffix = f" {place}"
            else:
                suffix = " " + ", ".join(f"cấp {LEVEL_WORDS[lv]}" for lv in levels)
    if kind in _NATIONAL_KINDS:
        level, province = "national", None
    key = (fixed.lower() if fixed else base) + suffix
    return AgencyIdentity(key, base, suffix, fixed, kind, level, province, collective,
                          _successors().get(key))


# --------------------------------------------------------------------------- cited documents


@functools.lru_cache(maxsize=None)
def _level_rules() -> tuple[tuple[regex.Pattern, str], ...]:
    return tuple((regex.compile(r["token"], regex.V0), r["level"]) for r in _rows("cited_levels.tsv"))


_NATIONAL_TYPES = {"luật", "bộ luật", "hiến pháp", "pháp lệnh"}


def _issuer_level(issuer: str | None) -> str | None:
    s = fold_text(issuer)
    if not s or "văn phòng quốc hội" in s:
        return None
    return next((level for pattern, level in rx.CITED_ISSUER_LEVELS if pattern.search(s)), None)


def cited_level(doc_type: str | None, symbol: str | None, issuer: str | None,
                citing_level: str | None = None) -> str | None:
    """national / ministry / province / district / commune / party / front."""
    if fold_text(doc_type) in _NATIONAL_TYPES:
        return "national"
    type_words = {t.upper() for t in type_abbreviations()}
    for token in symbol_tokens(symbol):
        if token in type_words and token not in ("BCĐ",):
            continue
        for pattern, level in _level_rules():
            if pattern.match(token):
                if level != "by_issuer":
                    return level
                by_words = _issuer_level(issuer)
                if by_words in ("province", "district", "commune"):
                    return by_words
                return citing_level if citing_level in ("province", "district", "commune") else "province"
    return _issuer_level(issuer)


def _number_key(number: str, year: int | None, symbol: str | None) -> str:
    """``61/2018/NĐ-CP``, ``18-NQ/TW``, ``925/QĐ-UBND``: number without leading zeros, canonical symbol."""
    num = number.lstrip("0") or "0"
    sym = canonical_symbol(symbol) or (symbol or "")
    if year:
        return f"{num}/{year}/{sym}"
    if "/" in sym:
        return f"{num}-{sym}"
    return f"{num}/{sym}"


def _law_name(name: str | None) -> str:
    return " ".join(rx.LAW_NAME_NOISE.sub(" ", fold_text(name)).split())


@dataclass
class CitedIdentity:
    cited_id: str
    title: str | None
    level: str | None


@functools.lru_cache(maxsize=None)
def _alias_rows() -> tuple[tuple[tuple[str, str, int], str, str], ...]:
    out = []
    for r in _rows("cited_aliases.tsv"):
        out.append(((fold_text(r["type"]), _law_name(r["name"]), int(r["year"])), r["number"], r["title"]))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _registry():
    from .registry import load_registry

    try:
        return load_registry()
    except Exception:  # noqa: BLE001 — a broken local catalog must not stop the tables; audit reports it
        return load_registry(bundled=True, local="/nonexistent")


def split_number_from_name(ref: dict[str, Any]) -> dict[str, Any]:
    """A law whose name carries its number ("… số 72/2025/QH15") as a numbered citation; a
    numbered law whose text names it ("Luật Tổ chức … số 72/2025/QH15") gets that name."""
    name = ref.get("name")
    if ref.get("number") and not name and fold_text(ref.get("type")) in _NATIONAL_TYPES:
        m = rx.NAMED_NUMBERED_LAW.match(ref.get("text") or "")
        return dict(ref, name=" ".join(m["name"].split())) if m else ref
    if ref.get("number") or not name:
        return ref
    m = rx.NUMBER_IN_LAW_NAME.search(name)
    if not m:
        return ref
    return dict(ref, number=m["number"], year=int(m["year"]), symbol=m["symbol"],
                name=name[:m.start()].strip(" ,") or None)


# ------------------------------------------------------------------------------ the resolver


@dataclass
class _DocContext:
    province: str | None
    level: str | None


class IdentityResolver:
    """Identity columns for the rows of one output folder: ``observe`` every row, then ``enrich``."""

    def __init__(self) -> None:
        self.docs: dict[str, _DocContext] = {}
        self.name_links: dict[tuple[str, str, int], Counter] = defaultdict(Counter)
        self.name_spellings: dict[str, Counter] = defaultdict(Counter)
        self.agency_spellings: dict[str, Counter] = defaultdict(Counter)

    # ---- first pass

    def observe(self, table: str, row: dict[str, Any]) -> None:
        if table == "documents":
            self.docs[row["doc_id"]] = _DocContext(canonical_province(row.get("province")) or row.get("province"),
                                                   row.get("level"))
        elif table == "legal_references":
            ref = split_number_from_name(row)
            law = self._law_key(ref)
            if law and ref.get("number"):
                self.name_links[law][_number_key(ref["number"], ref.get("year"), ref.get("symbol"))] += 1
            if law and ref.get("name"):
                self.name_spellings[law[1]][" ".join(ref["name"].split())] += 1
        elif table == "assignments":
            ctx = self.docs.get(row["doc_id"], _DocContext(None, None))
            ident = agency_identity(row.get("agency"), ctx.province, ctx.level)
            if ident and not ident.fixed:
                spelling = _printed_spelling(row["agency"], ident.base)
                if spelling:
                    self.agency_spellings[ident.base][spelling] += 1

    def observe_all(self, rows: Iterable[tuple[str, dict[str, Any]]]) -> "IdentityResolver":
        for table, row in rows:
            self.observe(table, row)
        return self

    # ---- second pass

    def enrich(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        if table == "documents":
            return dict(row, issue_date=_as_date(row.get("issue_date")),
                        province_2025=province_2025(row.get("province")))
        ctx = self.docs.get(row.get("doc_id"), _DocContext(None, None))
        if table == "legal_references":
            ident = self.cited_identity(row, ctx)
            return dict(row, cited_id=ident.cited_id, cited_title=ident.title, cited_level=ident.level)
        if table == "assignments":
            ident = agency_identity(row.get("agency"), ctx.province, ctx.level)
            if ident is None:
                extra = dict(agency_id=None, agency_kind=None, agency_level=None, agency_province=None,
                             agency_collective=None, agency_successor=None)
            else:
                extra = dict(agency_id=self._agency_display(ident), agency_kind=ident.kind,
                             agency_level=ident.level, agency_province=ident.province,
                             agency_collective=ident.collective, agency_successor=ident.successor)
            return dict(row, **extra)
        return row

    def enrich_all(self, rows: Iterable[tuple[str, dict[str, Any]]]) -> Iterator[tuple[str, dict[str, Any]]]:
        for table, row in rows:
            yield table, self.enrich(table, row)

    # ---- cited documents

    @staticmethod
    def _law_key(ref: dict[str, Any]) -> tuple[str, str, int] | None:
        t = fold_text(ref.get("type"))
        if t not in _NATIONAL_TYPES or not ref.get("name"):
            return None
        year = ref.get("year") or (int(str(ref["date"])[:4]) if ref.get("date") else None)
        return (t, _law_name(ref["name"]), int(year)) if year else None

    def cited_identity(self, row: dict[str, Any], ctx: _DocContext | None = None) -> CitedIdentity:
        ctx = ctx or _DocContext(None, None)
        ref = split_number_from_name(row)
        level = cited_level(ref.get("type"), ref.get("symbol"), ref.get("issuer"), ctx.level)
        match = _registry().lookup(ref, ctx.province)
        entry = match.entry if match else None
        title = entry.title if entry else None
        number = ref.get("number")
        year, symbol = ref.get("year"), ref.get("symbol")
        if entry is not None and entry.number:
            number, year, symbol = entry.number, entry.year, entry.symbol
        law = self._law_key(ref)
        if not number and law:
            for key, linked, alias_title in _alias_rows():
                if key == law:
                    number, title = linked, title or alias_title
                    break
            else:
                links = self.name_links.get(law)
                if links:  # corpus consensus: the number printed most often with this name
                    number = sorted(links.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            if number:
                return CitedIdentity(number, title or _law_title(ref, self), level)
        if number:
            cited = _number_key(number, year, symbol) if "/" not in str(number) else number
            if level in ("province", "district", "commune") or (level in ("party", "front") and _is_local(symbol)):
                place = _cited_province(ref) or ctx.province
                if place:
                    cited = f"{cited} ({place})"
            return CitedIdentity(cited, title or (_law_title(ref, self) if law else ref.get("subject")), level)
        if law:
            name = self._name_spelling(law[1])
            return CitedIdentity(f"{ref.get('type') or 'Luật'} {name} {law[2]}", title or f"{ref.get('type')} {name}", level)
        return CitedIdentity(row.get("key") or row.get("text") or "", title or ref.get("subject"), level)

    def _name_spelling(self, folded_name: str) -> str:
        spellings = self.name_spellings.get(folded_name)
        if not spellings:
            return folded_name[:1].upper() + folded_name[1:]
        # the most frequent; on a tie the one with fewer capitals (Decree 30 capitalizes the first word)
        best = sorted(spellings.items(), key=lambda kv: (-kv[1], sum(c.isupper() for c in kv[0]), kv[0]))[0][0]
        return best[:1].upper() + best[1:]

    # ---- agencies

    def _agency_display(self, ident: AgencyIdentity) -> str:
        suffix = "".join(" " + (w if _is_unit_word(w) else w.capitalize()) for w in ident.suffix.split())
        if ident.fixed:
            return ident.fixed + suffix
        spellings = self.agency_spellings.get(ident.base)
        known = _known_agency_spelling().get(ident.base)
        if known:
            best = known
        elif spellings:  # the most frequent printed spelling; on a tie the one with fewer capitals
            best = sorted(spellings.items(), key=lambda kv: (-kv[1], sum(c.isupper() for c in kv[0]), kv[0]))[0][0]
        else:
            best = ident.base[:1].upper() + ident.base[1:]
        return best + suffix


def _law_title(ref: dict[str, Any], resolver: IdentityResolver) -> str | None:
    law = resolver._law_key(ref)
    if not law:
        return None
    return f"{ref.get('type') or 'Luật'} {resolver._name_spelling(law[1])}"


def _is_local(symbol: str | None) -> bool:
    fams = implied_families(symbol)
    return bool(fams) and all(f.scope == "local" for f in fams)


def _cited_province(ref: dict[str, Any]) -> str | None:
    for text in (ref.get("issuer"), ref.get("text")):
        for place in named_places(text):
            name = canonical_province(place)
            if name:
                return name
    return None


@functools.lru_cache(maxsize=None)
def _known_agency_spelling() -> dict[str, str]:
    """Folded → proper spelling of the agency names in ``models/agency_names.txt``."""
    return {_fold_agency(n): n for n in vocab.agency_names()}


def _is_unit_word(word: str) -> bool:
    return word.strip(",") in ("tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường", "trấn", "đặc", "khu", "cấp", "")


def _printed_spelling(printed: str, base: str) -> str | None:
    """The words of ``printed`` that spell the folded name ``base`` (its official's title and place
    left out), with capitals restored for a name printed in capitals."""
    from .agencies import expand_abbreviations, restore_case

    words = restore_case(" ".join(expand_abbreviations(unicodedata.normalize("NFC", printed)).split())).split()
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            candidate = " ".join(words[start:end])
            if _fold_agency(candidate) == base:
                return candidate.strip(" ,;")
    return None


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# Columns this module adds (or retypes), declared so that an empty table still has them.
IDENTITY_COLUMNS: dict[str, dict[str, type]] = {
    "documents": {"issue_date": dt.date, "province_2025": str},
    "legal_references": {"cited_id": str, "cited_title": str, "cited_level": str},
    "assignments": {"agency_id": str, "agency_kind": str, "agency_level": str, "agency_province": str,
                    "agency_collective": bool, "agency_successor": str},
}


# ------------------------------------------------------------------------- DuckDB views

VIEWS = {
    # one row per document, with what comparisons group by.  document_key is the document as
    # printed (type, number, symbol, date, province, title): a plan read twice (as text and as
    # PDF) has one key; a file printing none of these is its own key.
    "document_context": """
        SELECT doc_id, doc, doc_type, province, province_2025, level,
               coalesce(TRY_CAST(plan_year AS INTEGER), year(issue_date)::INTEGER) AS year, issue_date, issuer, title,
               CASE WHEN number IS NULL AND issue_date IS NULL AND title IS NULL THEN doc_id
                    ELSE md5(concat_ws('|', doc_type, number, symbol, issue_date, province, lower(title)))
               END AS document_key
        FROM documents""",
    # each legal reference with its citing document's province, level, year and type; the
    # reference's own year and issuer are cited_year and cited_issuer (year and issuer are the
    # citing document's)
    "citations": """
        SELECT c.*, r.* EXCLUDE (doc_id, doc, year, issuer), r.year AS cited_year, r.issuer AS cited_issuer
        FROM legal_references r JOIN document_context c USING (doc_id)""",
    # each assignment with its document's context
    "agency_assignments": """
        SELECT c.*, a.* EXCLUDE (doc_id, doc)
        FROM assignments a JOIN document_context c USING (doc_id)""",
    # each deadline with its document's context
    "document_deadlines": """
        SELECT c.*, d.* EXCLUDE (doc_id, doc)
        FROM deadlines d JOIN document_context c USING (doc_id)""",
}


def create_views(con) -> None:
    """The views above, in a DuckDB connection holding the tables."""
    for name, sql in VIEWS.items():
        con.execute(f'CREATE OR REPLACE VIEW "{name}" AS {sql}')
