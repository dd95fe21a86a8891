"""Recognizer — legal references (contract section 2).

``find_citations`` returns every mention as a ``Reference`` with its span; merging mentions of
one document and resolving short mentions is ``resolve.py``'s job.  Number/symbol patterns run
on the raw normalized text: tokenizers split ``30/2020/NĐ-CP`` apart.
"""

from __future__ import annotations

import regex

from . import regexes as rx
from . import vocab
from .agencies import expand_abbreviations
from .models import Reference, SpanSet
from .symbols import canonical_symbol


_PAREN = regex.compile(r"\s*\([^)]*\)\s*")


def canonical_type(word: str) -> str:
    known = vocab.doc_type_by_folded_word().get(vocab.fold(word))
    return known.word if known else " ".join(word.split()).capitalize()




def find_citations(text: str) -> list[Reference]:
    # A law by name and number first: the numbered pass alone would take "luật số 64/2025/QH15"
    # from the end of "Luật Ban hành … pháp luật số 64/2025/QH15", or nothing at all.
    refs: list[Reference] = []
    cores = rx.number_cores(text)
    for m in rx.around_numbers(rx.NAMED_NUMBERED_LAW, text, before=200, cores=cores):
        ref = _numbered(text, m)
        if ref:
            refs.append(ref)
    named = SpanSet((r.start, r.end) for r in refs)
    for m in rx.around_numbers(rx.numbered_citation(), text, cores=cores):
        if named.overlaps(m.start("number"), m.end()):
            continue
        ref = _numbered(text, m)
        if ref:
            refs.append(ref)
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
    return refs


def _numbered(text: str, m: regex.Match) -> Reference | None:
    type_word = m.group("type")
    if type_word[:1].islower():
        known = vocab.doc_type_by_folded_word().get(vocab.fold(type_word))
        if not (known and known.cited_in_lower_case):
            return None
    number = m.group("number")
    year = int(m.group("year")) if m.group("year") else None
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

    issuer = None
    im = rx.ISSUER_START.match(text, end, min(len(text), end + 40))
    if im:
        start_issuer = im.end()
        stop = rx.ISSUER_END.search(text, start_issuer, min(len(text), start_issuer + 160))
        stop_at = stop.start() if stop else min(len(text), start_issuer + 120)
        phrase = text[start_issuer:stop_at].strip()
        words = phrase.split()
        if 1 <= len(words) <= 16 and phrase[:1].isupper():
            issuer = _normalize_issuer(phrase)
            end = start_issuer + len(text[start_issuer:stop_at].rstrip())
    if issuer is None:
        pm = rx.PROPOSER.search(text, max(0, m.start() - 120), m.start())
        if pm:
            issuer = _normalize_issuer(pm.group("who"))
    if issuer is None and date is None:
        prior = rx.PRIOR_ISSUE.search(text, max(0, m.start() - 160), m.start())
        if prior:
            date, issuer = rx.date_of(prior), _normalize_issuer(prior.group("who"))

    subject = None
    sm = rx.SUBJECT.match(text, end, min(len(text), end + 260))
    if sm:
        subject = " ".join(sm.group("subject").split())

    return Reference(
        text=_clean_text(text[m.start():end]), type=canonical_type(type_word), number=number,
        year=year, symbol=symbol, name=None, date=date, issuer=issuer, basis=False,
        start=m.start(), end=end, subject=subject, flags=flags,
    )


def _law(text: str, m: regex.Match) -> Reference | None:
    name = " ".join(m.group("name").split()).strip(" ,")
    if not name or not name[:1].isupper() and not name.startswith(("sửa đổi", "bổ sung")):
        return None
    if len(name.split()) > 30:
        return None
    year = m.group("ly1") or m.group("ly2")
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


def _normalize_issuer(phrase: str) -> str:
    phrase = _PAREN.sub(" ", phrase)
    phrase = " ".join(phrase.split()).strip(" ,.;:")
    return expand_abbreviations(phrase)


def mark_basis(refs: list[Reference], preamble: list[tuple[int, int]]) -> None:
    """A reference starting inside a preamble line ("Căn cứ …") is a legal basis.  The lines
    are merged into sorted spans and looked up by bisection: a document of thousands of
    "Căn cứ" lines, each citing, would make a scan of every line per reference quadratic."""
    lines = SpanSet(preamble)
    for r in refs:
        if lines.contains(r.start):
            r.basis = True
