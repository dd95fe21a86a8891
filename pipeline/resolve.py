"""Merge mentions of one cited document and resolve short mentions to their full citation.

A full citation carries a date or an issuer; later mentions often repeat only the number
("Kế hoạch số 60/KH-UBND"), drop the year from a normative number ("Nghị định 61/NĐ-CP"
after "61/2018/NĐ-CP"), or slip the symbol ("23/CTTTg").  All of them become mentions of one
``Reference`` whose fields come from its first full mention.
"""

from __future__ import annotations

import re

from .models import Reference, fold_symbol

# Flag of a citation whose issuer was written once for a group of documents ("các Kết luận số
# 187, 188-KL/TW … của Bộ Chính trị, Ban Bí thư"): a later mention of one of them that names its
# own issuer is more precise and replaces it.
GROUP_ISSUER = "issuer_of_group"


def merge_references(mentions: list[Reference], own_key: tuple | None = None) -> list[Reference]:
    _date_short_mentions(mentions)
    merged: dict[tuple, Reference] = {}
    order: list[tuple] = []
    # (number, folded symbol) → the merged citations with a year: short mentions are looked
    # up here (a scan of every merged citation per mention is quadratic on long documents).
    with_year: dict[tuple[str, str], list[Reference]] = {}
    for ref in mentions:
        key = ref.key()
        if own_key and (key[1], key[3]) == own_key:  # the document's own number, any year form
            continue
        target = merged.get(key) or _resolve_short(ref, with_year)
        if target is None:
            ref.mentions = [(ref.start, ref.end)]
            merged[key] = ref
            order.append(key)
            if ref.number and ref.year is not None:
                with_year.setdefault(_number_symbol(ref), []).append(ref)
            continue
        target.mentions.append((ref.start, ref.end))
        target.basis = target.basis or ref.basis
        # A short first mention is completed by a later full one.
        if target.date is None and ref.date:
            target.date = ref.date
        if ref.issuer and (target.issuer is None or (GROUP_ISSUER in target.flags and GROUP_ISSUER not in ref.flags)):
            target.issuer = ref.issuer  # a short first mention, or a group's issuer, is completed
            if GROUP_ISSUER in target.flags:
                target.flags.remove(GROUP_ISSUER)
        if target.subject is None and ref.subject:
            target.subject = ref.subject
    return _merge_law_by_name_and_number(_merge_truncated_symbols([merged[k] for k in order]))


_SYMBOL_SEGMENT = re.compile(r"[-/]")


def _merge_truncated_symbols(refs: list[Reference]) -> list[Reference]:
    """A mention whose symbol stops after its first segments ("Nghị quyết liên tịch số
    102/2025/NQLT." after "… số 102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN", Lương Minh KH 2026,
    tune7 gold: one document) is the one citation of its type, number and year whose symbol
    opens with those segments and whose date, when both give one, is its own (another date is
    another document); with none or several, it stays a citation of its own."""
    def same_date(a: Reference, b: Reference) -> bool:
        return not (a.date and b.date and a.date != b.date)

    by_number: dict[tuple, list[Reference]] = {}
    for r in refs:
        if r.number and r.symbol:
            by_number.setdefault((r.type, r.number.lstrip("0"), r.year), []).append(r)
    absorbed: set[int] = set()
    for group in by_number.values():
        if len(group) < 2:
            continue
        # (each symbol split once, not once per pair compared)
        segments = {id(r): [fold_symbol(x) for x in _SYMBOL_SEGMENT.split(r.symbol) if x.strip()] for r in group}
        for short in group:
            head = segments[id(short)]
            fuller = [r for r in group if r is not short and id(r) not in absorbed
                      and len(segments[id(r)]) > len(head) and segments[id(r)][:len(head)] == head
                      and same_date(r, short)]
            if len(fuller) != 1:
                continue
            target = fuller[0]
            target.mentions.extend(short.mentions)
            target.mentions.sort()
            target.basis = target.basis or short.basis
            target.date = target.date or short.date
            target.issuer = target.issuer or short.issuer
            absorbed.add(id(short))
    return [r for r in refs if id(r) not in absorbed]


# "Luật Tổ chức chính quyền địa phương số 72/2025/QH15": the name a numbered law is cited by.
_NUMBERED_LAW_NAME = re.compile(r"^(?:Bộ\s+luật|Luật|Pháp\s+lệnh)\s+(?P<name>.+?)\s*,?\s+số\b")


def _merge_law_by_name_and_number(refs: list[Reference]) -> list[Reference]:
    """A law cited both by its number and by its name and year ("Luật số 72/2025/QH15" and
    "Luật Tổ chức chính quyền địa phương năm 2025") is one document: the numbered entry
    keeps the other's mentions and basis."""
    numbered: dict[tuple, Reference] = {}
    for r in refs:
        m = _NUMBERED_LAW_NAME.match(r.text) if r.number and r.type in ("Luật", "Bộ luật", "Pháp lệnh") else None
        if m:
            numbered[(r.type, " ".join(m.group("name").split()).lower(), r.year)] = r
    if not numbered:
        return refs
    out = []
    for r in refs:
        target = numbered.get((r.type, (r.name or "").lower(), r.year)) if not r.number else None
        if target is None:
            out.append(r)
            continue
        target.mentions.extend(r.mentions)
        target.basis = target.basis or r.basis
    return out


def _date_short_mentions(mentions: list[Reference]) -> None:
    """A mention without the year segment ("Nghị định 61/NĐ-CP") that comes before the full
    citation ("Nghị định số 61/2018/NĐ-CP ngày …") takes its year, so that both are one key
    whatever their order; only when one cited document has that number and symbol."""
    years: dict[tuple[str, str], set[int]] = {}
    for ref in mentions:
        if ref.number and ref.year is not None:
            years.setdefault(_number_symbol(ref), set()).add(ref.year)
    for ref in mentions:
        if ref.number and ref.year is None:
            found = years.get(_number_symbol(ref), set())
            if len(found) == 1:
                ref.year = next(iter(found))


def _number_symbol(ref: Reference) -> tuple[str, str]:
    return (ref.number or "").lstrip("0"), fold_symbol(ref.symbol)


def _resolve_short(ref: Reference, with_year: dict[tuple[str, str], list[Reference]]) -> Reference | None:
    """A mention without a year in its number matches one earlier citation with the same
    number and symbol that has a year."""
    if not ref.number or ref.year is not None:
        return None
    candidates = with_year.get(_number_symbol(ref), [])
    return candidates[0] if len(candidates) == 1 else None


def own_reference_key(number: str | None, symbol: str | None) -> tuple | None:
    """(number without leading zeros, folded symbol) of the document itself."""
    if not number or not symbol:
        return None
    return (number.lstrip("0") or "0", fold_symbol(symbol))
