"""Every pattern of the recognizers, in one place, compiled from the vocabulary in ``models/``.

Patterns run on normalized text (NFC, look-alikes folded, new-style tone placement).  None of
them may backtrack catastrophically: quantifiers are bounded and alternatives do not overlap,
so a multi-megabyte line costs linear time.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import regex

from . import vocab

F = regex.VERBOSE | regex.IGNORECASE | regex.V0

def scan(pattern: regex.Pattern, trigger: re.Pattern, text: str):
    """``pattern.finditer`` for patterns that open with one of a closed set of words: a cheap
    case-sensitive trigger finds the candidate positions, the full pattern is matched only
    there.  Case-insensitive scanning of a long alternation at every character is the
    slowest thing a recognizer can do; this keeps them at several MB/s."""
    pos = 0
    for t in trigger.finditer(text):
        if t.start() < pos:
            continue
        m = pattern.match(text, t.start())
        if m:
            yield m
            pos = m.end()


# ------------------------------------------------------------------------------ dates
# "24/12/2021", "24-12-2021", "24.12.2021", "ngày 24 tháng 12 năm 2021"
NUMERIC_DATE = r"(?P<d>\d{1,2})\s?[/.\-]\s?(?P<m>\d{1,2})\s?[/.\-]\s?(?P<y>(?:19|20)\d{2})"
SPELLED_DATE = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*,?\s+năm\s+(?P<y2>(?:19|20)\d{2})"
DATE = rf"(?:{NUMERIC_DATE}|{SPELLED_DATE})"


def iso_date(y, m, d) -> str | None:
    """ISO date from year, month, day (strings or ints); None when any is missing or the
    date does not exist (31/02)."""
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except (TypeError, ValueError):
        return None


def date_of(m: regex.Match) -> str | None:
    """The ISO date a match of ``DATE`` (numeric or spelled form) read."""
    return iso_date(m.group("y") or m.group("y2"), m.group("m") or m.group("m2"), m.group("d") or m.group("d2"))


CITATION_DATE = regex.compile(rf"[\s,]*(?:ban\s+hành\s+)?ngày\s*['‘’`.,:]?\s*{DATE}", F)

# ------------------------------------------------------------------- number and symbol
# The symbol: upper-case abbreviations joined by "-" and "/" (Decree 30/2020), with the mixed
# case codes (TTg, CTr, TTr, QyĐ), digits (UBTVQH15, QH13) and "&" (TT&TT).  A slipped space
# after a separator ("NQ- TW") is tolerated and removed later.
SYMBOL = r"""
    [A-ZĐ][A-Za-zĐđ0-9&]{0,14}              # first code, e.g. QĐ, NQ, UBND, CTr
    (?:\s?[-/](?:\s?-)?\s?[A-ZĐ][A-Za-zĐđ0-9&]{0,14}){0,4}   # -UBND, /TW, -BNV, /BCĐ ("- -" OCR slip)
"""
NUMBER_SYMBOL = rf"""
    (?P<number>\d{{1,5}}[a-z]?)                     # 925, 07, 30c
    (?:
        \s?/\s?(?P<year>(?:19|20)\d{{2}})\s?/\s?(?P<sym_n>{SYMBOL})   # 61/2018/NĐ-CP
      | \s?/\s?(?P<sym_a>{SYMBOL})                                 # 925/QĐ-UBND
      | -(?P<sym_p>{SYMBOL})                                       # 18-NQ/TW (party style)
    )
"""


@functools.lru_cache(maxsize=None)
def type_alternation() -> str:
    words = sorted((t.word for t in vocab.doc_types()), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)


@functools.lru_cache(maxsize=None)
def numbered_citation() -> regex.Pattern:
    """A type word, optional "số", then number/symbol: ``Quyết định số 925/QĐ-UBND``."""
    return regex.compile(
        rf"""
        (?<![\p{{L}}])
        (?P<type>{type_alternation()})
        (?:\s+(?:liên\s+tịch|hành\s+động))?      # tolerated qualifiers
        \s*(?:số|số\s*hiệu)?\s*:?\s*
        {NUMBER_SYMBOL}
        (?![\p{{L}}\d])
        """,
        F,
    )


# A law cited by its name and its number: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15".
# The type word is capitalized (a lower-case "luật" ends "pháp luật" inside a name), and the
# name does not run over another law's type word (except the law an amending law names: "Luật
# sửa đổi, bổ sung một số điều của Luật …") or a clause end.
NAMED_NUMBERED_LAW = regex.compile(
    rf"""
    (?<![\p{{L}}])
    (?P<type>(?-i:Bộ\s+luật|Luật|Pháp\s+lệnh))
    \s+(?!số\b)
    (?P<name>(?:(?-i:(?<=(?:của|điều|và)\s)|(?!Luật\b|Bộ\s+luật\b))[^;.\n()“”"]){{3,160}}?)
    \s*,?\s+số\s*:?\s*
    {NUMBER_SYMBOL}
    (?![\p{{L}}\d])
    """,
    F,
)

# The core of every numbered citation: digits, a separator, (a year,) a capital letter.
# Very selective, and a plain scan: the full pattern is then tried only around it.
NUMBER_CORE = re.compile(r"(?<![\w/.\-])\d{1,5}[a-z]?\s?[/\-]\s?(?:(?:19|20)\d{2}\s?/\s?)?[A-ZĐ]")
# Triggers open with their literal (a leading look-behind would stop ``re`` from skipping
# ahead to it); the full pattern checks the word boundary.
LAW_TRIGGER = re.compile(r"(?:Bộ\s+luật|Luật|Pháp\s+lệnh)(?!\w)")
CONSTITUTION_TRIGGER = re.compile(r"Hiến\s+pháp(?!\w)")


def around_numbers(pattern: regex.Pattern, text: str, before: int = 60, after: int = 260):
    """Matches of a numbered-citation ``pattern`` found by searching a window around each
    number/symbol core, in order and without overlaps."""
    last_end = 0
    for core in NUMBER_CORE.finditer(text):
        if core.start() < last_end:
            continue
        m = pattern.search(text, max(last_end, core.start() - before), min(len(text), core.end() + after))
        if m and m.start("number") == core.start():
            yield m
            last_end = m.end()


# Laws and the constitution cited by name and year.
LAW_CITATION = regex.compile(
    rf"""
    (?<![\p{{L}}])
    (?P<type>Bộ\s+luật|Luật|Pháp\s+lệnh)
    \s+(?!số\b)
    (?P<name>
        (?:(?!,\s*(?:Luật|Bộ\s+luật)\b)[^;.\n()“”"])  # not across ", Luật" or a clause end
        {{3,160}}?
    )
    \s*,?\s*
    (?:
        \(\s*năm\s+(?P<ly1>(?:19|20)\d{{2}})\s*\)     # (năm 2020)
      | năm\s+(?P<ly2>(?:19|20)\d{{2}})(?!\d)           # năm 2015
      | ngày\s+{DATE}                                   # ngày 19 tháng 6 năm 2015
    )
    """,
    regex.VERBOSE | regex.V0,
)
CONSTITUTION = regex.compile(
    r"(?<![\p{L}])(?P<type>Hiến\s+pháp)(?:\s+nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam)?\s*(?:\(\s*)?năm\s+(?P<y>(?:19|20)\d{2})",
    regex.V0,
)

# What ends an issuer phrase after "của": the subject clause, a clause boundary, a quote.
ISSUER_END = regex.compile(
    r"""
    \s+(?:về|v/v|ban\s+hành|phê\s+duyệt|quy\s+định|hướng\s+dẫn|triển\s+khai|thực\s+hiện|tiếp\s+tục
        |một\s+số|sửa\s+đổi|thông\s+qua|tăng\s+cường|đẩy\s+mạnh|công\s+bố|thành\s+lập|kiện\s+toàn
        |giao|việc|tại|đã|đề\s+ra|và\s+các|cũng|nhằm|trong|theo|được|là|đến|cho|với|gửi|năm\s+20\d\d)\b
    | \s*(?:[;,.:()“”"*]
           | (?<!\f)\n | \n(?![ ]*\p{Ll}))  # a line's end; not a page break inside a name
                                           # ("Thủ tướng Chính" / next page "phủ phê duyệt")
    | \s+(?:và\s+)?(?=(?:Quyết|Nghị|Chỉ|Kế|Thông|Công|Luật|Văn|Tờ|Kết|Chương)\s)
    """,
    regex.VERBOSE | regex.V0,
)
ISSUER_START = regex.compile(
    r"""\s*(?:
        của\s+
      | (?=(?:Hội\s+nghị|Ban\s+Chấp\s+hành|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Thường\s+vụ
            |Quốc\s+hội|Chính\s+phủ|Thủ\s+tướng|Ủy\s+ban|UBND|HĐND|Hội\s+đồng|Bộ\s|Sở\s|Tỉnh\s+ủy|Thành\s+ủy)\b)
    )""",
    regex.VERBOSE | regex.V0,
)
# "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình …": the proposer is the Tờ trình's issuer.
PROPOSER = regex.compile(r"đề\s+nghị\s+của\s+(?P<who>[^,;.\n]{3,80}?)\s+tại\s*$", regex.V0 | regex.IGNORECASE)

SUBJECT = regex.compile(r"\s*(?:về\s+việc|v/v|về)\s+(?P<subject>[^;\n]{3,200}?)(?=[;.\n]|$)", regex.V0 | regex.IGNORECASE)

# --------------------------------------------------------------------- header lines
NUMBER_LINE = regex.compile(
    r"""^\s*Số\s*(?:hiệu)?\s*:?\s*
        (?P<number>\d{1,5}[a-z]?)?\s*
        (?:[/\-]\s*)?
        (?:(?P<year>(?:19|20)\d{2})\s*/\s*)?
        (?P<symbol>[A-ZĐ][A-Za-zĐđ0-9&]*(?:\s?[-/]\s?[A-ZĐa-zđ][A-Za-zĐđ0-9&]*){0,4})
    """,
    regex.VERBOSE | regex.MULTILINE | regex.V0,
)
PLACE_DATE_LINE = regex.compile(
    r"""^\s*(?P<place>[\p{Lu}][\p{L} .\-']{1,40}?)\s*,\s*ngày\s*(?P<d>\d{1,2})?[\s.…_]*
        tháng\s*(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>(?:19|20)\d{2})""",
    regex.VERBOSE | regex.MULTILINE | regex.V0,
)
NATIONAL_MOTTO = regex.compile(
    r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
    regex.IGNORECASE | regex.V0,
)

# ---------------------------------------------------------------------- structure
ROMAN_HEADING = regex.compile(r"^(?P<num>[IVXLC]{1,6})\s*[.:/]\s*(?P<title>\S.*)$", regex.V0)
ARTICLE_HEADING = regex.compile(r"^Điều\s+(?P<num>\d{1,3})\s*[.:]?\s*(?P<title>.*)$", regex.V0)
ARABIC_HEADING = regex.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})\s*[.)]\s*(?P<title>\S.*)$", regex.V0)
LETTER_HEADING = regex.compile(r"^(?P<num>[a-zđ])\s*\)\s*(?P<title>\S.*)$", regex.V0)
BULLET_MARK = regex.compile(r"^[-+•]\s*")
# A directive before the agency it addresses: "Giao Sở Tư pháp …", "Đề nghị Ủy ban MTTQ …".
DIRECTIVE = regex.compile(r"^(?:giao|đề\s+nghị|yêu\s+cầu)\s+", regex.IGNORECASE)

SIGNING_AUTHORITY = regex.compile(r"^(?P<kind>KT|TM|TL|TUQ|Q)\s*\.\s*(?P<rest>\S.*)$", regex.V0)
RECIPIENTS_LABEL = regex.compile(r"^\s*Nơi\s+nhận\s*:?\s*(?P<rest>.*)$", regex.V0 | regex.IGNORECASE)

# ------------------------------------------------------------------- assignments
LABELLED_AGENCY = regex.compile(
    r"""^(?:[-+•]\s*)?
        (?P<label>(?:Cơ\s+quan|Đơn\s+vị)\s+(?:chủ\s+trì|thực\s+hiện|phối\s+hợp|thực\s+hiện\s+chính)
          |Chủ\s+trì|Phối\s+hợp|Thực\s+hiện)
        \s*(?:thực\s+hiện)?\s*:\s*(?P<list>\S.*)$""",
    regex.VERBOSE | regex.IGNORECASE | regex.V0,
)
PARTNER_PHRASE = regex.compile(r"phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+", regex.IGNORECASE | regex.V0)
TASK_SECTION_TITLE = regex.compile(
    r"tổ\s+chức\s+thực\s+hiện|nhiệm\s+vụ|phân\s+công|trách\s+nhiệm", regex.IGNORECASE | regex.V0
)

# ---------------------------------------------------------------------- deadlines
ROMAN_QUARTER = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}

DEADLINE = regex.compile(
    r"""
    (?<![\p{L}])
    (?:
        (?P<continuous>thường\s+xuyên(?:\s+trong\s+năm)?)
      | (?P<every>(?:định\s+kỳ\s+)?(?:hàng|hằng)\s+(?P<every_unit>tuần|tháng|quý|năm|ngày))
      | (?P<n_per>(?:định\s+kỳ\s+)?(?P<n_per_n>\d{1,2}|một|hai|ba|sáu)\s+(?P<n_per_unit>tuần|tháng|năm)\s*(?:/|một|1)\s*(?:lần|kỳ))
      | (?P<periodic>định\s+kỳ
            (?:\s+(?P<p_n>\d{1,2}|sáu|ba)\s+tháng(?P<p_year>\s*,\s*(?:cuối\s+)?năm)?)?
        )
      | (?P<due>(?:trước|chậm\s+nhất|không\s+quá|hạn\s+chót|hoàn\s+thành)(?:\s+(?:là|vào|trước))?\s+ngày\s+
            (?P<due_d>\d{1,2})(?:\s+tháng\s+|\s?[/.\-]\s?)(?P<due_m>\d{1,2})(?:(?:\s+năm\s+|\s?[/.\-]\s?)(?P<due_y>(?:19|20)\d{2}))?)
      | (?P<quarter>qu[ýí]\s+(?P<q>IV|III|II|I|[1-4])(?:\s*(?:/|-|năm)\s*(?P<q_y>(?:19|20)\d{2}))?)
      | (?P<half>6\s+tháng\s+(?P<half_which>đầu|cuối)\s+năm(?:\s+(?P<half_y>(?:19|20)\d{2}))?)
    )
    (?![\p{L}])
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.V0,
)
# Triggers are plain literal alternations: the standard library's ``re`` scans them ~4x
# faster than ``regex``.
# Candidate positions for DEADLINE: each opening word with the word that must follow it, so
# that common words ("một", "không", "định" in "quyết định") do not start a full match.
DEADLINE_TRIGGER = re.compile(
    r"""(?ix)(?=[thđqkmbsc\d])(?<!\w)(?:      # a first-letter class lets ``re`` skip ahead
        thường\s+xuyên
      | (?:định\s+kỳ\s+)?h[àằ]ng\s+(?:tuần|tháng|quý|năm|ngày)
      | định\s+kỳ
      | (?:\d{1,2}|một|hai|ba|sáu)\s+(?:tuần|tháng|năm)(?=\s*(?:/|một|1)\s*(?:lần|kỳ))
      | (?:trước|chậm\s+nhất|không\s+quá|hạn\s+chót|hoàn\s+thành)(?=(?:\s+(?:là|vào|trước))?\s+ngày\s+\d)
      | qu[ýí]\s+(?:IV|III|II|I|[1-4])(?!\w)
      | 6\s+tháng\s+(?:đầu|cuối)
    )"""
)
# Recurrences that describe existing meetings or budget lines, not scheduled work.
NOT_A_DEADLINE_BEFORE = regex.compile(
    r"(?:họp|sinh\s+hoạt|kinh\s+phí|chi|nguồn|ngân\s+sách|chỉ\s+số[^.;]{0,60}|xếp\s+hạng[^.;]{0,40}|cơ\s+quan)\s*(?:[\p{L}]+\s+){0,5}$",
    regex.IGNORECASE | regex.V0,
)
NOT_A_DEADLINE_AFTER = regex.compile(r"\s*(?:của\s+tổ\s+chức|được\s+cấp)", regex.IGNORECASE | regex.V0)
# Where a clause ends, for "định kỳ … hai tuần một lần" (one recurrence in one clause).
CLAUSE_END = regex.compile(r"[.;\n]")


# ------------------------------------------------------------------ identities (identity.py)
# Patterns run on folded names (lower case, NFC, one spelling of ủy/hóa), see identity.py.

# An official's title before the body's name: "Giám đốc Sở Nội vụ" is Sở Nội vụ's work.
AGENCY_TITLE_PREFIX = regex.compile(
    r"""^(?:giám\s+đốc|phó\s+giám\s+đốc|thủ\s+trưởng|chủ\s+tịch|phó\s+chủ\s+tịch|chánh\s+văn\s+phòng
         |trưởng\s+ban|trưởng\s+phòng|người\s+đứng\s+đầu|lãnh\s+đạo|bí\s+thư|tổng\s+biên\s+tập)
        \s+(?:các\s+)?(?=\S)""", F)
# Units of administration, lowest level last (xã must not match "xã hội"; tỉnh must not match
# "tỉnh ủy" / "tỉnh đoàn").
ADMIN_UNIT = r"""(?:tỉnh(?!\s+(?:ủy|đoàn))|thành\s+phố|huyện(?!\s+(?:ủy|đoàn))|quận(?!\s+ủy)|thị\s+xã
                  |xã(?!\s+hội)|phường|thị\s+trấn|đặc\s+khu)"""
# The place at the end of a name: "tỉnh Gia Lai", "các huyện, thị xã, thành phố", "cấp xã",
# "xã, phường, thị trấn", "trên địa bàn tỉnh", a bare "tỉnh" — optionally followed by a name.
AGENCY_PLACE_TAIL = regex.compile(
    rf"""\s+(?P<place>(?:(?:trên|tại)\s+địa\s+bàn\s+)?(?:các\s+|cấp\s+)?{ADMIN_UNIT}
          (?:\s*(?:,|và|,\s*và)\s*(?:các\s+|cấp\s+)?{ADMIN_UNIT})*
          (?P<name>\s+(?!có\b|liên\b|theo\b|trực\b|thuộc\b)[\p{{L}}\d][\p{{L}}\d\s\-–.]{{0,40}})?)
        (?P<tail>\s+(?:có\s+liên\s+quan|liên\s+quan|theo\s+.*|trực\s+thuộc.*))?$""", F)
ADMIN_UNIT_WORD = regex.compile(ADMIN_UNIT, F)
# Spelling variants inside names, folded: "Phát thanh - Truyền hình" = "Phát thanh và Truyền hình".
AGENCY_SPELLINGS = (
    (regex.compile(r"phát\s+thanh\s*(?:-|–|,|và|&)\s*truyền\s+hình", F), "phát thanh và truyền hình"),
    (regex.compile(r"lao\s+động\s*(?:,|-|–)\s*thương\s+binh", F), "lao động - thương binh"),
    (regex.compile(r"\s*-\s*"), " - "),
    (regex.compile(r"\s*\([^)]*\)?"), ""),
)
# A law's number printed inside its name: "Tổ chức chính quyền địa phương số 72/2025/QH15".
NUMBER_IN_LAW_NAME = regex.compile(
    r"\s*,?\s*(?:số|luật\s+số)\s+(?P<number>\d{1,4}[a-z]?)/(?P<year>(?:19|20)\d{2})/(?P<symbol>[\p{Lu}\d][\p{Lu}\d\-]{1,15})", F)
# The end of a sentence around a citation (for `vnplan cites`).
SENTENCE_BREAK = regex.compile(r"[\n\f]|[.;:](?=\s+[\p{Lu}\-+•*])|[.;](?=\s*$)")
# A clause a recognizer left on an agency name ("… Đồng Nai chủ động phối hợp với", "Ban Công
# tác Mặt trận các"): no agency name goes on with these words.
AGENCY_TRAILING_CLAUSE = regex.compile(
    r"(?:\s+(?:chủ\s+động|phối\s+hợp\s+với|chủ\s+trì|có\s+trách\s+nhiệm|tham\s+mưu\s+cho)\b.*|\s+(?:các|và|của|với))$", F)
# The level of a cited document from its issuer's wording (folded), first match wins; used when
# its symbol does not decide (models/identity/cited_levels.tsv).
CITED_ISSUER_LEVELS = (
    (regex.compile(r"quốc\s+hội(?!\s+và)|chính\s+phủ|thủ\s+tướng|chủ\s+tịch\s+nước", F), "national"),
    (regex.compile(r"trung\s+ương|bộ\s+chính\s+trị|ban\s+bí\s+thư|tỉnh\s+ủy|thành\s+ủy|huyện\s+ủy|đảng\s+ủy|đảng\s+bộ|cấp\s+ủy", F), "party"),
    (regex.compile(r"mặt\s+trận", F), "front"),
    (regex.compile(r"^(?:bộ\s+trưởng\s+)?bộ\s", F), "ministry"),
    (regex.compile(r"\b(?:xã(?!\s+hội)|phường|thị\s+trấn|đặc\s+khu)\b", F), "commune"),
    (regex.compile(r"\b(?:huyện|quận|thị\s+xã)\b", F), "district"),
    (regex.compile(r"\b(?:tỉnh|thành\s+phố|sở|ủy\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân)\b", F), "province"),
)
# Punctuation and "(sửa đổi)" are not part of a law's name when names are compared.
LAW_NAME_NOISE = regex.compile(r"\s*\((?:sửa\s+đổi|mới)\)\s*|[^\p{L}\d]+", F)
# "các" / "cấp" in a place phrase: many bodies ("các xã", "cấp xã").
MANY_PLACES = regex.compile(r"(?:^|\s)(?:các|cấp)\s", F)
