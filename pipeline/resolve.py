"""Merge mentions of one cited document and resolve short mentions to their full citation.

A full citation carries a date or an issuer; later mentions often repeat only the number
("Kế hoạch số 60/KH-UBND"), drop the year from a normative number ("Nghị định 61/NĐ-CP"
after "61/2018/NĐ-CP"), or slip the symbol ("23/CTTTg").  All of them become mentions of one
``Reference`` whose fields come from its first full mention.
"""

from __future__ import annotations

from .models import Reference, fold_symbol


def merge_references(mentions: list[Reference], own_key: tuple | None = None) -> list[Reference]:
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
        if target.issuer is None and ref.issuer:
            target.issuer = ref.issuer
        if target.subject is None and ref.subject:
            target.subject = ref.subject
    return [merged[k] for k in order]


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
