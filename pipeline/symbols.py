"""Official number/symbol forms of Vietnamese documents, and what a symbol says about its issuer.

Three forms exist (see the ``form`` column of ``models/doc_types.tsv``):

* normative documents (Luật Ban hành văn bản quy phạm pháp luật): ``số/năm/tên loại-cơ quan``
  — ``61/2018/NĐ-CP``, laws ``77/2015/QH13``;
* administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục III): ``số/tên loại-cơ quan`` —
  ``925/QĐ-UBND``; letters (công văn) ``số/cơ quan-đơn vị`` — ``2827/UBND-NC``;
* Party documents: ``số-tên loại/cơ quan`` — ``18-NQ/TW``.

The issuing body is read from the symbol's tokens with ``models/symbol_issuers.tsv``
(``NĐ-CP`` → Chính phủ, ``QĐ-TTg`` → Thủ tướng Chính phủ, ``…/TW`` → Trung ương Đảng …).
Everything here is data-driven: add a row to a table, not a branch to this file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import vocab
from .resources import table_records as _read_tsv, table_rows
from .text import fold_spelling as fold_text, memo_short_text, strip_accents


# --- vocabulary tables --------------------------------------------------------------------

@dataclass(frozen=True)
class IssuerFamily:
    token: re.Pattern
    family: str
    issuer: str
    accept: re.Pattern
    reject: re.Pattern | None
    related: frozenset[str]
    style: str  # "state" | "party"
    scope: str  # "national" | "local"


@dataclass(frozen=True)
class DocumentForm:
    type: str
    abbrev: str
    form: str  # normative | administrative | letter | either


@lru_cache(maxsize=1)
def issuer_families() -> tuple[IssuerFamily, ...]:
    rows = []
    for r in _read_tsv("symbol_issuers.tsv"):
        rows.append(IssuerFamily(
            token=re.compile(r["token"]), family=r["family"], issuer=r["issuer"],
            accept=re.compile(r["accept"]), reject=re.compile(r["reject"]) if r["reject"] else None,
            related=frozenset(x for x in r["related"].split(",") if x),
            style=r["style"] or "state", scope=r["scope"] or "national"))
    return tuple(rows)


@lru_cache(maxsize=1)
def document_forms() -> dict[str, DocumentForm]:
    out: dict[str, DocumentForm] = {}
    for t in vocab.doc_types():
        if t.form:
            out.setdefault(fold_text(t.word), DocumentForm(t.word, t.code, t.form))
    return out


@lru_cache(maxsize=1)
def type_abbreviations() -> dict[str, str]:
    """Upper-cased type code → its canonical spelling (``TTR`` → ``TTr``)."""
    return {t.code.upper(): t.code for t in vocab.doc_types() if t.code}


@lru_cache(maxsize=1)
def type_for_abbreviation() -> dict[str, str]:
    """``QĐ`` → ``Quyết định``: the first type of the table that uses the abbreviation."""
    out: dict[str, str] = {}
    for t in vocab.doc_types():
        if t.code:
            out.setdefault(t.code.upper(), t.word)
    return out


@lru_cache(maxsize=1)
def issuer_spellings() -> dict[str, str]:
    """Upper-cased issuer code → its canonical spelling (``TTG`` → ``TTg``)."""
    return {code.upper(): code for code in vocab.issuer_codes()}


@lru_cache(maxsize=1)
def _issuer_code_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(r[0]) for r in table_rows("issuer_code_patterns.tsv"))


@lru_cache(maxsize=1)
def legislatures() -> tuple[tuple[str, str], ...]:
    """(start date, symbol) of each term of the Quốc hội, oldest first."""
    return tuple(sorted((r["start"], r["symbol"]) for r in _read_tsv("legislatures.tsv")))


def form_of_type(doc_type: str | None) -> DocumentForm | None:
    return document_forms().get(fold_text(doc_type))


# --- symbols ------------------------------------------------------------------------------
# One canonical form of a symbol, for extraction (references.py) and the audit alike.

# "_" is a typing slip for "-" ("QĐ_BKHCN").
_SPACE_AFTER_AMPERSAND = re.compile(r"&\s+")  # "QLN& TTBĐS": one code, as "TT&TT"
_SEPARATED = re.compile(r"([^\s/\-–._]+)|([\s/\-–._]+)")


def symbol_tokens(symbol: str | None) -> list[str]:
    """``QĐ-UBND`` → ``['QĐ', 'UBND']`` (upper case, Ð→Đ)."""
    if not symbol:
        return []
    return [t.upper().replace("Ð", "Đ") for t in re.split(r"[\s/\-–.]+", symbol) if t]


def _canonical_token(tok: str) -> str:
    up = tok.upper().replace("Ð", "Đ")
    return type_abbreviations().get(up) or issuer_spellings().get(up) or up


def family_of_token(token: str) -> IssuerFamily | None:
    for fam in issuer_families():
        if fam.token.search(token):
            return fam
    return None


def _is_issuer_token(token: str) -> bool:
    return (family_of_token(token) is not None or token in issuer_spellings()
            or any(p.search(token) for p in _issuer_code_patterns()))


def _split_glued(token: str, alone: bool) -> list[str] | None:
    """``NQCP`` → ``['NQ', 'CP']``: a type code glued to an issuer code.  A symbol of one token
    must hold a type code (only letters of công văn have none, and they name a unit too), so
    ``CTUBND`` alone is ``CT-UBND``; with more tokens, a first token that is itself an issuer
    (``CTUBND-VX``: the Chủ tịch UBND) or a type code stays whole."""
    if token in type_abbreviations():
        return None
    if not alone and _is_issuer_token(token):
        return None
    for code in sorted(type_abbreviations(), key=len, reverse=True):
        rest = token[len(code):]
        if token.startswith(code) and rest and _is_issuer_token(rest):
            return [code, rest]
    return None


_REPEATED_LETTER = re.compile(r"(\w)\1+")


def _type_code_typed_long(token: str) -> str | None:
    """``TTTLT`` → ``TTLT``, ``QĐĐ`` → ``QĐ``: a type code with one letter typed once too often
    (only a token that is neither a type code nor an issuer, and only where one letter fewer in
    one run gives a type code)."""
    codes = type_abbreviations()
    if token in codes or _is_issuer_token(token):
        return None
    for m in _REPEATED_LETTER.finditer(token):
        shorter = token[:m.start()] + token[m.start() + 1:]
        if shorter in codes:
            return shorter
    return None


def _expanded_tokens(symbol: str | None) -> list[str]:
    toks = symbol_tokens(symbol)
    if not toks:
        return []
    return (_split_glued(toks[0], alone=len(toks) == 1) or toks[:1]) + toks[1:]


@memo_short_text  # a document cites the same symbols again and again
def canonical_symbol(symbol: str | None) -> str | None:
    """The symbol as the official form writes it: spaces and doubled separators dropped,
    tokens in canonical case (``QĐ-ubnd`` → ``QĐ-UBND``, ``TTG`` → ``TTg``, ``TTR`` → ``TTr``),
    a type code typed with a letter too many (``TTTLT-BYT`` → ``TTLT-BYT``),
    a glued type code split from its issuer (``NQCP`` → ``NQ-CP``, ``CTUBND`` → ``CT-UBND``),
    ``/`` before a Party body (``NQ-TW`` → ``NQ/TW``) and ``-`` before a state body
    (``NĐ/CP`` → ``NĐ-CP``); before a last body the tables do not know, the separator as
    written (``QĐ/BCĐ``, ``UBND-VX``); ``-`` between the other tokens
    (``NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN`` → ``NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN``)."""
    if not symbol:
        return symbol
    parts = _SEPARATED.findall(_SPACE_AFTER_AMPERSAND.sub("&", unicodedata.normalize("NFC", symbol)))
    tokens = [t for t, _sep in parts if t]
    if not tokens:
        return symbol
    # a run of separators counts as its first ("QĐ--TTg", "NQ- TW"); spaces alone as "-"
    written = [("/" if sep.strip()[:1] == "/" else "-") for _t, sep in parts if sep]
    seps = written[1:] if not parts[0][0] else written  # a leading separator is dropped
    seps = seps[: len(tokens) - 1] + ["-"] * max(0, len(tokens) - 1 - len(seps))
    if len(tokens) >= 2 and (shorter := _type_code_typed_long(tokens[0].upper().replace("Ð", "Đ"))):
        tokens[0] = shorter
    glued = _split_glued(tokens[0].upper().replace("Ð", "Đ"), alone=len(tokens) == 1)
    if glued:
        tokens = glued + tokens[1:]
        seps = ["-"] + seps
    canon = [_canonical_token(t) for t in tokens]
    if len(canon) >= 2:
        # only the last separator can be a "/" (số-ký hiệu/cơ quan): the others are "-"
        last = family_of_token(canon[-1].upper())
        final = seps[-1] if last is None else ("/" if last.style == "party" else "-")
        seps = ["-"] * (len(canon) - 2) + [final]
    return canon[0] + "".join(sep + tok for sep, tok in zip(seps, canon[1:]))


def implied_families(symbol: str | None) -> list[IssuerFamily]:
    """Every issuing body that the symbol's tokens name (joint documents name several)."""
    out = []
    for t in _expanded_tokens(symbol):
        fam = family_of_token(t)
        if fam and fam not in out:
            out.append(fam)
    return out


def family_of_issuer(issuer: str | None) -> IssuerFamily | None:
    """The issuing body an issuer wording names: ``Chủ tịch Ủy ban nhân dân tỉnh`` → UBND."""
    text = fold_text(issuer)
    if not text:
        return None
    for fam in issuer_families():
        if fam.accept.search(text) and not (fam.reject and fam.reject.search(text)):
            return fam
    return None


def issuer_consistency(expected: list[IssuerFamily], issuer: str | None) -> str | None:
    """``None`` when consistent or undecidable; ``"related"`` for a near miss (Thủ tướng vs
    Chính phủ); ``"contradicts"`` when the wording names another body."""
    if not expected or not issuer:
        return None
    fam = family_of_issuer(issuer)
    if fam is None:
        return None  # a wording we cannot classify is never reported
    if any(fam.family == e.family for e in expected):
        return None
    if any(fam.family in e.related for e in expected):
        return "related"
    return "contradicts"


# --- numbers ------------------------------------------------------------------------------

NUMBER_SYMBOL = re.compile(r"""
    ^\s*
    (?P<number>\d+[a-zA-Z]?(?:\.\d+)?)      # 61, 30c, 66.7
    \s*
    (?:/\s*(?P<year>(?:19|20)\d\d)\s*(?=[/\-]))?   # normative documents carry the year
    \s*[/\-–]\s*
    (?P<symbol>\S(?:.*\S)?)                 # NĐ-CP, NQ/TW, QĐ-UBND, UBTVQH15 (greedy to its
    \s*$                                   # last non-space: a lazy .*? before \s*$ is quadratic)
""", re.VERBOSE)


@dataclass
class NumberSymbol:
    number: str
    year: int | None
    symbol: str


def parse_number_symbol(text: str | None) -> NumberSymbol | None:
    """``61/2018/NĐ-CP`` → (61, 2018, NĐ-CP); ``18-NQ/TW`` → (18, None, NQ/TW);
    ``925/QĐ-UBND`` → (925, None, QĐ-UBND). ``None`` when it is not a number/symbol."""
    if not text:
        return None
    m = NUMBER_SYMBOL.match(unicodedata.normalize("NFC", str(text)).replace("Ð", "Đ"))
    if not m or not re.search(r"[A-Za-zĐđ]", m["symbol"]):
        return None
    return NumberSymbol(m["number"], int(m["year"]) if m["year"] else None,
                        re.sub(r"\s+", "", m["symbol"]))


def written_number_symbol(text: str | None, number: str | None) -> str | None:
    """The number/symbol exactly as a citation text writes it (``17/NQCP``), or ``None``."""
    if not text or not number:
        return None
    pat = re.compile(r"(?<![\w/])0*" + re.escape(number.lstrip("0") or "0")
                     + r"(?:\s*[/\-–]\s*[^\s/\-–,;:()]+)+")
    m = pat.search(unicodedata.normalize("NFC", text))
    return m.group(0) if m else None


def legislature_symbol(date_iso: str | None) -> str | None:
    """``2025-06-16`` → ``QH15``: the term of the Quốc hội in session on that date."""
    if not date_iso:
        return None
    term = None
    for start, symbol in legislatures():
        if start <= date_iso:
            term = symbol
    return term


@dataclass
class FormCheck:
    official: str  # the repaired number/symbol
    problems: list[str]


_PARTY_WRITTEN = re.compile(r"^\d+[A-Z]?-[^/\-]+/[^/\-]+$")


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s).replace("–", "-").replace("Ð", "Đ").upper()


def check_form(doc_type: str | None, number: str | None, year: int | None, symbol: str | None,
               written: str | None, date_iso: str | None, known_year: int | None = None
               ) -> FormCheck | None:
    """Compare a citation's number/symbol with its official form. ``known_year`` (from the
    registry) fills a missing year; else the year of the cited date does."""
    if not number or not symbol:
        return None
    problems: list[str] = []
    sym = canonical_symbol(symbol) or symbol
    toks = symbol_tokens(sym)
    form = form_of_type(doc_type)
    families = implied_families(sym)
    party = bool(families) and families[-1].style == "party"

    # a Quyết định numbered "505/UBND-QĐ": agency and type abbreviation swapped
    if form and form.abbrev and len(toks) == 2 and toks[1] == form.abbrev.upper() \
            and family_of_token(toks[0]) and not party:
        sym = f"{_canonical_token(toks[1])}-{_canonical_token(toks[0])}"
        problems.append("type abbreviation and issuer swapped")

    # a law numbered ".../QH" without the term of the Quốc hội (the extracted symbol may carry the
    # term already: references.py repairs it, the written citation still shows the slip)
    written_without_term = bool(written) and _squash(written).endswith(("/QH", "-QH"))
    if toks and (toks[-1] == "QH" or written_without_term):
        term = legislature_symbol(date_iso or (f"{known_year or year}-12-31" if (known_year or year) else None))
        if term:
            if toks[-1] == "QH":
                sym = sym[: -2] + term
            problems.append("term of the Quốc hội missing")

    normative = (form is not None and form.form == "normative") or any(
        f.family in ("QH", "UBTVQH") for f in families)
    the_year = year
    if normative and not year and not party:
        the_year = known_year or (int(date_iso[:4]) if date_iso else None)
        problems.append("year missing from the number of a normative document")

    if party:
        official = f"{number}-{sym}"
    elif the_year:
        official = f"{number}/{the_year}/{sym}"
    elif normative and not party:
        official = f"{number}/<năm>/{sym}"
    else:
        official = f"{number}/{sym}"

    if written and not families and _PARTY_WRITTEN.match(_squash(written)):
        return None  # party style (03-QĐ/BCĐ) for a body the table does not know: no opinion
    if written and _squash(written) != _squash(official) and not problems:
        problems.append("written differently from the official form")
    if not written and sym != symbol and not problems:
        problems.append("symbol not in the official form")
    return FormCheck(official, problems) if problems else None


def province_in(text: str | None, province: str | None) -> bool:
    """Whether a text names the province (accent- and case-insensitive, whole words)."""
    if not text or not province:
        return False
    return re.search(r"\b" + re.escape(strip_accents(province)) + r"\b", strip_accents(text)) is not None


_PLACE = re.compile(r"(?:tỉnh|thành phố|TP\.?)\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*\s?){1,3})")


def named_places(text: str | None) -> list[str]:
    """Capitalized place names after ``tỉnh``/``thành phố`` in a citation."""
    if not text:
        return []
    return [m.group(1).strip() for m in _PLACE.finditer(unicodedata.normalize("NFC", text))]
