"""Folding and spelling of Vietnamese text: every way vnplan compares two wordings, in one place.

Folds are for comparing and looking up, never for display.  From the lightest to the heaviest:

* ``squash_spaces``  NFC, runs of white space → one space (``"Sở  Nội\\nvụ"`` → ``"Sở Nội vụ"``);
* ``fold_case``      + case folded — dictionary look-ups (document types, provinces, names);
* ``fold_spelling``  + one tone placement (``Uỷ``/``Ủy``, ``hoá``/``hóa``) and ``ð`` → ``đ``
  — issuer wordings written by different hands, OCR and legacy fonts;
* ``fold_words``     case folded, every run of non-letters-or-digits → one space — agency
  names whatever their punctuation (``Văn hóa - Truyền thông`` = ``Văn hóa-Truyền thông``);
* ``strip_accents``  + no diacritics (``Bình Dương`` → ``binh duong``) — place names;
* ``fold_symbol``    upper case, letters and digits only (``NĐ-CP`` → ``NĐCP``) — the
  contract's matching rule for document symbols.

``modern_tone_placement`` is the one spelling rule that changes displayed text: the old style
puts the tone of an open ``oa``/``oe``/``uy`` syllable on its second vowel (``hoá``, ``uỷ``),
the new style (Quyết định 240/1984, the norm in today's documents) on the first (``hóa``, ``ủy``).
"""

from __future__ import annotations

import functools
import inspect
import re
import unicodedata
from typing import Any

import regex

# The tone on the second vowel of an open "oa/oe/uy" syllable: hoá → hóa, uỷ → ủy.  Not after
# "q" ("quý" is right: the u belongs to "qu") and not when a consonant follows ("hoàn").
# Upper case too ("TM. UỶ BAN NHÂN DÂN" → "TM. ỦY BAN NHÂN DÂN").  The match opens with a
# letter of one class (q, o or u), the rest looks back at which one it was: ``re`` then skips
# to those letters in C instead of trying every character (4x faster; the same matches as
# ``[qQ]?(?:[oO][áà…]|[uU][ýỳ…])(?!\w)``).
OLD_TONE_PLACEMENT = re.compile(
    r"[qQoOuU](?:(?<=[qQ])(?:[oO][áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ])"
    r"|(?<=[oO])[áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|(?<=[uU])[ýỳỷỹỵÝỲỶỸỴ])(?!\w)"
)


def move_tone(m: re.Match) -> str:
    """The replacement of one ``OLD_TONE_PLACEMENT`` match (for callers that keep offsets)."""
    if len(m.group(0)) == 3:  # "quý", "Quỳ"
        return m.group(0)
    first, second = m.group(0)
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    return unicodedata.normalize("NFC", first + marks) + base


def modern_tone_placement(text: str) -> str:
    """``Uỷ ban``, ``Văn hoá`` → ``Ủy ban``, ``Văn hóa``; ``quý``, ``hoàn`` stay (NFC text)."""
    return OLD_TONE_PLACEMENT.sub(move_tone, text)


# The readers of a document fold and measure the same short names many times (the agency
# folds: 1816 calls for 117 names on the bench texts): pure functions of a short string keep
# their answers.  Longer strings (whole crawled lines) are not kept, so that the memory stays
# small whatever the input.
MEMO_MAX_CHARS = 400
_MEMOIZED: list = []


def memo_short_text(fn):
    """Memoize ``fn(text, …)`` (pure, immutable result) for strings up to ``MEMO_MAX_CHARS``.
    A function of the text alone is called with it alone, positionally (most of them: asked
    ~20,000 times a run of the bench texts, the wrapper's packing of no further arguments cost
    a third of a cached answer)."""
    cached = functools.lru_cache(maxsize=8192)(fn)

    if _takes_the_text_alone(fn):
        @functools.wraps(fn)
        def memo(text):
            if type(text) is str and len(text) <= MEMO_MAX_CHARS:
                return cached(text)
            return fn(text)
    else:
        @functools.wraps(fn)
        def memo(text, *args, **kwargs):
            if type(text) is str and len(text) <= MEMO_MAX_CHARS:
                return cached(text, *args, **kwargs)
            return fn(text, *args, **kwargs)

    memo.cache_clear = cached.cache_clear
    _MEMOIZED.append(memo)
    return memo


def _takes_the_text_alone(fn) -> bool:
    """Whether ``fn`` has one parameter, positional, without a default."""
    params = list(inspect.signature(fn).parameters.values())
    return len(params) == 1 and params[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD \
        and params[0].default is inspect.Parameter.empty


def clear_memos() -> None:
    """Forget every answer ``memo_short_text`` kept (benchmarks time a document read afresh)."""
    for f in _MEMOIZED:
        f.cache_clear()


def squash_spaces(value: Any) -> str:
    """NFC, runs of Unicode white space → one space, ends stripped; ``None`` → ``""``."""
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


@memo_short_text
def fold_case(text: str | None) -> str:
    """Case-folded, NFC, white space collapsed — for dictionary look-ups."""
    return squash_spaces(text).casefold()


def fold_spelling(text: str | None) -> str:
    """Case-folded, NFC, one tone placement, ``ð`` → ``đ``, white space collapsed — for
    comparing wordings (issuers, titles) whatever hand, font or OCR wrote them."""
    return modern_tone_placement(fold_case(text)).replace("ð", "đ")


_NOT_LETTER_OR_DIGIT = regex.compile(r"[^\p{L}\p{N}]+")


@memo_short_text
def fold_words(text: Any) -> str:
    """Case-folded, NFC, every run of characters that are neither letters nor digits (spaces,
    punctuation, dashes, underscores) → one space — for matching agency names."""
    return " ".join(_NOT_LETTER_OR_DIGIT.sub(" ", fold_case(text)).split())


class _WithoutMarks(dict):
    """``str.translate`` table that drops the non-spacing marks (category Mn) and keeps every
    other character, filled in as characters are met (a table of all of Unicode would cost
    a third of a second to build; with a per-character ``unicodedata.category`` call in
    Python the whole fold took 27.6 ms instead of 20.4 for 3000 bench lines).  At most ``_WITHOUT_MARKS_MAX`` characters are kept,
    whatever the input holds."""

    def __missing__(self, code: int) -> str | None:
        kept = None if unicodedata.category(chr(code)) == "Mn" else chr(code)
        if len(self) < _WITHOUT_MARKS_MAX:
            self[code] = kept
        return kept


_WITHOUT_MARKS_MAX = 20_000


_WITHOUT_MARKS = _WithoutMarks()


def strip_accents(text: str | None) -> str:
    """``Bình Dương`` → ``binh duong``: place names are matched without diacritics."""
    return unicodedata.normalize("NFD", fold_spelling(text).replace("đ", "d")).translate(_WITHOUT_MARKS)


def fold_symbol(symbol: str | None) -> str:
    """Symbol folded as the contract's matching rule says: upper case, letters/digits only."""
    if not symbol:
        return ""
    return "".join(ch for ch in symbol.upper() if ch.isalnum())
