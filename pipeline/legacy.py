"""Legacy Vietnamese encodings → Unicode.

Before Unicode, Vietnamese documents were typed in 8-bit font encodings:

* **TCVN3** (TCVN 5712, the "ABC" fonts .VnTime, .VnArial …): one code per precomposed letter;
  toned capitals come from a second font (.VnTimeH) at the lower-case codes.
* **VNI** (VNI-Times …): a base letter followed by a separate mark byte.
* **Windows-1258**: base letters plus *combining* tone marks.

In a DOCX or a PDF text layer the legacy codes arrive as the Latin-1 characters at those code
points (TCVN3 ``Qu¶n lý``, VNI ``Quaûn lyù``); plain-text files arrive as raw bytes.  The code
tables are data (``models/legacy/*.tsv``, with their published sources).  Whether a piece of
text *is* legacy is decided by what the conversion does to it: legacy garbage turns into valid
Vietnamese syllables, while real Unicode Vietnamese does not get any better — so it is never
touched.  Decisions are per line (long lines: per chunk), so mixed documents work.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .resources import data_lines, table_records

TCVN3 = "tcvn3"
VNI = "vni"

# ------------------------------------------------------------------------------ syllables

_TONE_MARKS = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # none, sắc, huyền, hỏi, ngã, nặng
_SAC, _NANG = 1, 5
_VOWELS = "aăâeêioôơuưy"
_CONSONANTS = "bcdđghklmnpqrstvx"


@dataclass(frozen=True)
class _SyllableModel:
    onsets: frozenset[str]
    rhymes: frozenset[str]
    rhymes_after_qu: frozenset[str]
    # every Vietnamese letter (lower case, NFC) -> (letter without tone, tone index)
    letters: dict[str, tuple[str, int]]


@lru_cache(maxsize=1)
def _syllable_model() -> _SyllableModel:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in data_lines("legacy", "syllables.txt"):
        if line.startswith("["):
            current = line.strip("[] ")
            continue
        sections.setdefault(current, []).extend(line.split())
    letters: dict[str, tuple[str, int]] = {c: (c, 0) for c in _CONSONANTS}
    for vowel in _VOWELS:
        for tone, mark in enumerate(_TONE_MARKS):
            letters[unicodedata.normalize("NFC", vowel + mark)] = (vowel, tone)
    return _SyllableModel(
        frozenset(sections["onsets"]),
        frozenset(sections["rhymes"]),
        frozenset(sections["rhymes after qu"]),
        letters,
    )


def syllable_letters() -> dict[str, tuple[str, int]]:
    """Every Vietnamese letter (lower case, NFC) -> (the letter without its tone, tone index)."""
    return _syllable_model().letters


_STOP_FINALS = ("p", "t", "c", "ch")


# The longest written syllables ("nghiêng", "khuếch") have 7 letters; VNI adds a mark character.
_MAX_SYLLABLE = 10


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` is a well-formed Vietnamese syllable (any case, NFC)."""
    return len(word) <= _MAX_SYLLABLE and _check_syllable(word)


@lru_cache(maxsize=200_000)
def _check_syllable(word: str) -> bool:
    model = _syllable_model()
    bare: list[str] = []
    tone = 0
    for ch in word.lower():
        found = model.letters.get(ch)
        if found is None:
            return False
        letter, mark = found
        if mark:
            if tone:  # two tone marks in one syllable
                return False
            tone = mark
        bare.append(letter)
    base = "".join(bare)
    for cut in (3, 2, 1, 0):
        if cut > len(base) - 1 or (cut and base[:cut] not in model.onsets):
            continue
        rhyme = base[cut:]
        if rhyme in model.rhymes or (cut == 2 and base[:2] == "qu" and rhyme in model.rhymes_after_qu):
            # a syllable closed by a stop (p, t, c, ch) only carries sắc or nặng
            return not rhyme.endswith(_STOP_FINALS) or tone in (_SAC, _NANG)
    return False


# ------------------------------------------------------------------------------ tables


@dataclass(frozen=True)
class LegacyTable:
    """One legacy encoding: how its characters (as they arrive in text) map to Unicode."""

    name: str
    singles: dict[str, str]  # one legacy character -> Unicode
    pairs: dict[str, str]  # base letter + mark character -> Unicode (VNI)
    chars: frozenset[str]  # every character that takes part in the encoding above ASCII

    def convert(self, text: str) -> str:
        if not self.pairs:
            return text.translate(_translation(self.name))
        return _pair_regex(self.name).sub(self._replace_pair, text)

    def _replace_pair(self, match: re.Match[str]) -> str:
        seq = match.group()
        found = self.pairs.get(seq) or self.singles.get(seq)
        if found:
            return found
        if len(seq) == 2:
            # a capital letter with a small mark (or the reverse), as "All caps" editing leaves it
            recased = seq[0] + (seq[1].upper() if seq[0].isupper() else seq[1].lower())
            found = self.pairs.get(recased)
            if found:
                return found.upper() if seq[0].isupper() else found.lower()
            return self.singles.get(seq[0], seq[0]) + self.singles.get(seq[1], seq[1])
        return seq


def _as_text(hex_codes: str) -> str:
    """The legacy bytes as they arrive in DOCX/PDF text: one Latin-1 character per byte."""
    return bytes.fromhex(hex_codes).decode("latin-1")


@lru_cache(maxsize=None)
def load_table(name: str) -> LegacyTable:
    singles: dict[str, str] = {}
    pairs: dict[str, str] = {}
    if name == TCVN3:
        for row in table_records("legacy", f"{name}.tsv"):
            # VN1 capitals (Â = Ẩ, À = Ắ …) are listed for reference only: ABC documents take
            # capitals from the .VnTimeH fonts, and those codes are Unicode capitals (DÂN) too.
            if row["set"] == "vn3":
                singles[_as_text(row["byte"])] = row["unicode"]
    elif name == VNI:
        for row in table_records("legacy", f"{name}.tsv"):
            seq = _as_text(row["bytes"])
            (singles if len(seq) == 1 else pairs)[seq] = row["unicode"]
    else:
        raise ValueError(f"unknown legacy encoding {name!r}")
    chars = frozenset(c for key in (*singles, *pairs) for c in key if ord(c) > 127)
    return LegacyTable(name, singles, pairs, chars)


@lru_cache(maxsize=None)
def _translation(name: str) -> dict[int, str]:
    return {ord(k): v for k, v in load_table(name).singles.items()}


@lru_cache(maxsize=None)
def _pair_regex(name: str) -> re.Pattern[str]:
    table = load_table(name)
    firsts = "".join(sorted({k[0] for k in table.pairs}))
    marks = "".join(sorted({k[1] for k in table.pairs}))
    singles = "".join(sorted(table.singles))
    # one character class per position: linear, no backtracking whatever the input
    return re.compile(f"[{re.escape(firsts)}][{re.escape(marks)}]|[{re.escape(singles)}]")


def _tables() -> tuple[LegacyTable, ...]:
    return (load_table(TCVN3), load_table(VNI))


# ------------------------------------------------------------------------------ detection

# Words: letters, plus the Latin-1 symbols that TCVN3 uses as letters (¸ = á, § = Đ, soft hyphen = ư …).
_TOKEN = re.compile(r"(?:[^\W\d_]|[\xa1-\xbf\xd7\xf7])+")

# Vietnamese letters outside Latin-1 (ă đ ơ ư ạ ả …): legacy text cannot contain them, so a word
# with one of them is real Unicode and is never converted.
_VIET_SPECIFIC = frozenset(
    c
    for letter in _syllable_model().letters
    for c in (letter, letter.upper())
    if ord(c) > 0xFF
)


@lru_cache(maxsize=1)
def _suspect_regex() -> re.Pattern[str]:
    """Legacy characters that are not letters of the Vietnamese alphabet (µ ¸ ¶ § ø ï ñ …):
    a text without any of them is left alone without further work (the fast path)."""
    model = _syllable_model()
    vietnamese = {c for letter in model.letters for c in (letter, letter.upper())}
    suspects = sorted(c for t in _tables() for c in t.chars if c not in vietnamese)
    return re.compile("[" + re.escape("".join(suspects)) + "]")


@dataclass
class SegmentScore:
    """What converting one segment with one table does to its distinct words."""

    encoding: str
    affected: int = 0  # words with a character of the table that are valid before or after
    valid_before: int = 0
    valid_after: int = 0
    unicode_words: int = 0  # valid words written with Vietnamese letters beyond Latin-1
    words: int = 0  # all distinct words but acronyms (UBND, H§ND)
    vietnamese_words: int = 0  # ... of which read as Vietnamese once converted

    @property
    def gain(self) -> int:
        return self.valid_after - self.valid_before

    @property
    def mostly_valid_after(self) -> bool:
        return self.valid_after >= 0.6 * self.affected

    @property
    def reads_as_vietnamese(self) -> bool:
        """Most words are Vietnamese syllables once converted, plain-ASCII ones included
        ("tham gia", "ban"): Danish "så"/"på" would convert to "sồ"/"pồ", but "dejligt" won't."""
        return self.vietnamese_words >= 0.5 * self.words

    @property
    def is_candidate(self) -> bool:
        """Conversion repairs words and outweighs the words that say the segment is Unicode."""
        return (
            self.gain >= 1
            and self.mostly_valid_after
            and self.gain > self.unicode_words
            and self.reads_as_vietnamese
        )

    @property
    def is_confident(self) -> bool:
        """Enough evidence on its own, without the rest of the document."""
        if not self.is_candidate:
            return False
        if self.gain >= 3 and self.gain >= 3 * self.unicode_words:
            return self.vietnamese_words >= 0.6 * self.words
        # two repaired words only ("Hµ Néi"): every word of the segment must read as Vietnamese
        return (
            self.gain >= 2
            and self.valid_before == 0
            and self.unicode_words == 0
            and self.valid_after >= 0.9 * self.affected
            and self.vietnamese_words >= 0.9 * self.words
        )


def score_segment(segment: str, tables: tuple[LegacyTable, ...]) -> list[SegmentScore]:
    """Score one segment against every table in one pass over its distinct words."""
    scores = [SegmentScore(t.name) for t in tables]
    unicode_words = plain_words = plain_vietnamese = 0
    for word in set(_TOKEN.findall(segment)):
        if len(word) < 2:
            continue  # a lone « » · § is punctuation far more often than a one-letter word
        if not _VIET_SPECIFIC.isdisjoint(word):
            unicode_words += is_vietnamese_syllable(word)
            continue
        valid_before = is_vietnamese_syllable(word)
        if word.isascii():
            if not (word.isupper() and not valid_before):  # acronyms say nothing
                plain_words += 1
                plain_vietnamese += valid_before
            continue
        for table, score in zip(tables, scores):
            if table.chars.isdisjoint(word):
                score.words += 1
                score.vietnamese_words += valid_before
                continue
            valid_after = _valid_after(table.name, word)
            if not (valid_before or valid_after):
                # no evidence for the conversion either way; a foreign word (grøn) still
                # counts against reading as Vietnamese, an acronym (H§ND, B§XH) does not
                score.words += word != word.upper()
                continue
            score.affected += 1
            score.valid_before += valid_before
            score.valid_after += valid_after
            score.words += 1
            score.vietnamese_words += valid_after
    for score in scores:
        score.unicode_words = unicode_words
        score.words += plain_words + unicode_words
        score.vietnamese_words += plain_vietnamese + unicode_words
    return scores


def _valid_after(encoding: str, word: str) -> bool:
    """Is the word a Vietnamese syllable once converted? (Cached: words repeat a lot.)"""
    return len(word) <= _MAX_SYLLABLE + 1 and _check_converted(encoding, word)


@lru_cache(maxsize=200_000)
def _check_converted(encoding: str, word: str) -> bool:
    return is_vietnamese_syllable(load_table(encoding).convert(word))


def _is_word_char(c: str) -> bool:
    return c.isalpha() or "\xa1" <= c <= "\xbf" or c in "\xd7\xf7"


_NOT_WORD_CHAR = re.compile(r"(?![\xa1-\xbf\xd7\xf7])[\W\d_]")


def _suspect_words(segment: str, suspect: re.Pattern[str]) -> Iterator[str]:
    """The words around legacy-only characters that could be syllables (2 to 11 characters).
    Searches jump from word to word, so the cost stays linear even for one enormous "word"."""
    match = suspect.search(segment)
    while match:
        p = match.start()
        after = _NOT_WORD_CHAR.search(segment, p)
        end = after.start() if after else len(segment)
        start = p
        limit = max(0, p - _MAX_SYLLABLE - 2)
        while start > limit and _is_word_char(segment[start - 1]):
            start -= 1
        whole = start == 0 or not _is_word_char(segment[start - 1])
        if whole and 2 <= end - start <= _MAX_SYLLABLE + 1:
            yield segment[start:end]
        match = suspect.search(segment, end)


def _may_be_legacy(segment: str, suspect: re.Pattern[str], tables: tuple[LegacyTable, ...]) -> bool:
    """Cheap test before scoring a whole segment: does some table repair a suspect word?"""
    for word in _suspect_words(segment, suspect):
        if not _VIET_SPECIFIC.isdisjoint(word) or is_vietnamese_syllable(word):
            continue
        if any(_valid_after(t.name, word) for t in tables if not t.chars.isdisjoint(word)):
            return True
    return False


_MAX_SEGMENT = 4000  # characters; longer lines are cut at spaces so that decisions stay local


def _segments(text: str) -> list[str]:
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        while len(line) > _MAX_SEGMENT:
            cut = line.rfind(" ", _MAX_SEGMENT // 2, _MAX_SEGMENT)
            cut = _MAX_SEGMENT if cut < 0 else cut + 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


_ASCII_LOWER = re.compile(r"[a-z]")


def _convert_segment(segment: str, table: LegacyTable, score: SegmentScore) -> str:
    if table.name == TCVN3:
        return _convert_tcvn3_segment(segment, table, mixed=score.unicode_words > 0)
    if score.unicode_words == 0:
        return table.convert(segment)
    return _TOKEN.sub(lambda m: _convert_word_if_better(m.group(), table), segment)


def _convert_word_if_better(word: str, table: LegacyTable) -> str:
    """In a line that mixes Unicode and legacy runs: convert only words that it repairs."""
    if not _VIET_SPECIFIC.isdisjoint(word) or table.chars.isdisjoint(word):
        return word
    converted = table.convert(word)
    if is_vietnamese_syllable(converted) and not is_vietnamese_syllable(word):
        return converted
    return word


# TCVN3 writes ư as 0xAD, the soft hyphen, and PDF text layers often turn it into "-":
# "ng-êi" is "người", "®-îc" is "được" — but "tÕ-x·" is "tế-xã".
_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_]|[\xa1-\xbf\xd7\xf7])-(?=[^\W\d_]|[\xa1-\xbf\xd7\xf7])")


def _restore_soft_hyphens(segment: str, table: LegacyTable) -> str:
    def restore(match: re.Match[str]) -> str:
        p = match.start()
        start = p
        while start > 0 and p - start <= _MAX_SYLLABLE and _is_word_char(segment[start - 1]):
            start -= 1
        after = _NOT_WORD_CHAR.search(segment, p + 1)
        left, right = segment[start:p], segment[p + 1 : after.start() if after else len(segment)]
        if (left + right).isascii() and not (left + right).islower():
            return "-"  # B-N, KH-UBND: codes, not a word with ư in it
        joined = table.convert(left + "\xad" + right)
        halves_are_words = is_vietnamese_syllable(table.convert(left)) and is_vietnamese_syllable(table.convert(right))
        return "\xad" if is_vietnamese_syllable(joined) and not halves_are_words else "-"

    return _INNER_HYPHEN.sub(restore, segment) if "-" in segment else segment


# Two ASCII capitals in one word; lazy, so each scan stops at the next capital or word end.
_CAPS_PAIR = re.compile(r"[A-Z](?:[^\W\d_]|[\xa1-\xbf\xd7\xf7])*?[A-Z]")


def _convert_tcvn3_segment(segment: str, table: LegacyTable, mixed: bool) -> str:
    if mixed:
        return _TOKEN.sub(lambda m: _convert_word_if_better(m.group(), table), segment)
    segment = _restore_soft_hyphens(segment, table)
    converted = segment.translate(_translation(table.name))  # one character for one: offsets hold
    # .VnTimeH capitals sit at the lower-case codes: "KÕ HO¹CH" must become "KẾ HOẠCH".  A word
    # with legacy letters, two or more ASCII capitals and no small ASCII letter is in capitals;
    # a line with such a word and no small ASCII letter at all is in capitals throughout.
    caps_words: list[tuple[int, int]] = []
    word_end = 0
    for match in _CAPS_PAIR.finditer(segment):
        if match.start() < word_end:
            continue
        start = match.start()
        while start > word_end and _is_word_char(segment[start - 1]):
            start -= 1
        after = _NOT_WORD_CHAR.search(segment, match.end())
        word_end = after.start() if after else len(segment)
        word = segment[start:word_end]
        if not table.chars.isdisjoint(word) and not _ASCII_LOWER.search(word):
            caps_words.append((start, word_end))
    if not caps_words:
        return converted
    if not _ASCII_LOWER.search(segment):
        return converted.upper()
    pieces, last = [], 0
    for start, end in caps_words:
        pieces += [converted[last:start], converted[start:end].upper()]
        last = end
    pieces.append(converted[last:])
    return "".join(pieces)


def fix_legacy_text(text: str) -> tuple[str, str | None]:
    """Convert TCVN3/VNI text that arrived as Latin-1 characters (DOCX runs, PDF text layers).

    Returns ``(text, None)`` — the very same string — when nothing is legacy, else the converted
    text and the encoding name (``"tcvn3"``, ``"vni"`` or ``"tcvn3+vni"``).
    """
    suspect = _suspect_regex()
    if not suspect.search(text):
        return text, None
    tables = _tables()
    segments = _segments(text)

    # 1. Score the segments whose legacy-only characters some table repairs, with every table.
    scored: dict[int, SegmentScore] = {}
    for i, segment in enumerate(segments):
        if not _may_be_legacy(segment, suspect, tables):
            continue
        first, second = sorted(score_segment(segment, tables), key=lambda s: s.gain, reverse=True)
        if first.is_candidate and first.gain > second.gain:
            scored[i] = first

    # 2. An encoding the document as a whole is written in: a confident segment and enough
    #    total evidence.  Without one, only confident segments are converted.
    document_encodings = set()
    for table in tables:
        mine = [s for s in scored.values() if s.encoding == table.name]
        if any(s.is_confident for s in mine) and sum(s.gain for s in mine) >= 4:
            document_encodings.add(table.name)
    chosen = {i: s for i, s in scored.items() if s.encoding in document_encodings or s.is_confident}

    # 3. In such a document every other non-ASCII segment is scored too.  Segments that
    #    conversion repairs are legacy.  Many legacy words read as Vietnamese either way ("Sè" =
    #    Số, "tÕ" = tế, "Toâi" = Tôi) and so do some Unicode lines ("thông minh."): those
    #    ambiguous segments follow the document only when it has (next to) no Unicode Vietnamese.
    if document_encodings:
        doc_tables = tuple(load_table(name) for name in sorted(document_encodings))
        ambiguous: dict[int, SegmentScore] = {}
        unicode_segments = 0
        for i, segment in enumerate(segments):
            if i in chosen or segment.isascii():
                continue
            top = max(score_segment(segment, doc_tables), key=lambda s: (s.gain, s.valid_after))
            if top.is_candidate:
                chosen[i] = top
            elif top.unicode_words:
                unicode_segments += 1
            elif top.gain >= 0 and top.mostly_valid_after:
                ambiguous[i] = top
        if unicode_segments <= max(1, 0.05 * len(chosen)):
            chosen.update(ambiguous)

    used: set[str] = set()
    out = list(segments)
    for i, score in chosen.items():
        table = load_table(score.encoding)
        out[i] = unicodedata.normalize("NFC", _convert_segment(segments[i], table, score))
        used.add(score.encoding)
    if not used:
        return text, None
    return "".join(out), "+".join(sorted(used))


# ------------------------------------------------------------------------------ bytes


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    lines = data_lines("legacy", "common_words.txt")
    return frozenset(word for line in lines for word in line.split())


_SAMPLE_BYTES = 200_000


def _latin_text(data: bytes) -> str:
    """Legacy bytes as Word/PDF would show them: cp1252 where it defines a character (quotes,
    dashes at 0x80-0x9F), Latin-1 for the five codes cp1252 leaves undefined."""
    return data.decode("cp1252", errors="_vnplan_latin1")


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("_vnplan_latin1", _latin1_fallback)


def _vietnamese_score(text: str) -> float:
    """How much the text reads as Vietnamese: valid syllables with diacritics, common words,
    minus words that contain non-ASCII characters but are not Vietnamese."""
    score = 0.0
    common = _common_words()
    for word in _TOKEN.findall(text):
        if word.isascii():
            continue
        if is_vietnamese_syllable(word):
            score += 2.0 if word.lower() in common else 1.0
        else:
            score -= 1.0
    return score


def _mostly_utf8(replaced: str) -> bool:
    """8-bit Vietnamese text almost never forms valid UTF-8 sequences by chance, so many valid
    multi-byte characters against a few broken ones mean UTF-8 with damage (a cut download)."""
    broken = replaced.count("\ufffd")
    valid = sum(1 for c in replaced if ord(c) > 127) - broken
    return valid >= 10 * broken


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text_bytes(data: bytes) -> tuple[str, str]:
    """Bytes of a plain-text file → (NFC text, encoding name).

    Names: ``utf-8``, ``utf-16``, ``cp1258``, ``tcvn3``, ``vni``.  UTF-8 text that carries
    TCVN3/VNI characters (a bad conversion upstream) is repaired and named after the legacy
    encoding.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _with_legacy_check(data[3:].decode("utf-8", errors="replace"), "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _with_legacy_check(data.decode("utf-16", errors="replace"), "utf-16")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _with_legacy_check(data.decode(utf16, errors="replace"), "utf-16")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        if _mostly_utf8(text):  # a damaged UTF-8 file, not an 8-bit one
            return _with_legacy_check(text, "utf-8")
    else:
        return _with_legacy_check(text, "utf-8")

    # An 8-bit file: decode a sample every way and keep the one that reads as Vietnamese.
    sample = data[:_SAMPLE_BYTES]
    cut = sample.rfind(b"\n")
    if len(data) > _SAMPLE_BYTES and cut > 0:
        sample = sample[:cut]
    latin = _latin_text(sample)
    candidates = {
        "cp1258": unicodedata.normalize("NFC", sample.decode("cp1258", errors="replace")),
        TCVN3: _convert_whole(latin, load_table(TCVN3)),
        VNI: unicodedata.normalize("NFC", load_table(VNI).convert(latin)),
    }
    # ties go to cp1258, the Windows code page (dict order + max keeps the first best)
    chosen = max(candidates, key=lambda name: _vietnamese_score(candidates[name]))
    if chosen == "cp1258":
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")), "cp1258"
    latin = _latin_text(data)
    if chosen == TCVN3:
        return _convert_whole(latin, load_table(TCVN3)), TCVN3
    return unicodedata.normalize("NFC", load_table(VNI).convert(latin)), VNI


def _convert_whole(latin: str, table: LegacyTable) -> str:
    """A whole file in TCVN3: every line converted, capitals restored line by line."""
    lines = latin.splitlines(keepends=True)
    converted = [_convert_tcvn3_segment(line, table, mixed=False) for line in lines]
    return unicodedata.normalize("NFC", "".join(converted))


def _with_legacy_check(text: str, encoding: str) -> tuple[str, str]:
    fixed, legacy = fix_legacy_text(text)
    if legacy:
        return fixed, legacy
    return unicodedata.normalize("NFC", text), encoding
