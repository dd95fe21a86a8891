"""Recognizer — who must do what (contract section 3).

Four sources, in the order a reader meets them:
1. numbered agency headings inside task sections ("IV. Tổ chức thực hiện" → "1. Sở Nội vụ"),
   and the lines of those sections whose subject is a named agency ("- Sở Nội vụ theo dõi …",
   "Giao Sở Tư pháp …", "- Đề nghị Ủy ban MTTQ tỉnh: …"; under a heading that asks for
   partners, "Đề nghị các tổ chức phối hợp", they are ``support``);
2. labelled lines anywhere ("Cơ quan thực hiện: …", "Cơ quan phối hợp: …");
3. partners named inside a task ("phối hợp với Sở Nội vụ …") → ``support``;
4. task tables ("STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian"): each
   row's lead and partner cells, its task cell as the task.
One entry per (agency, role); section and task come from the first place it stands.
"""

from __future__ import annotations

import regex

from . import regexes as rx
from .agencies import agency_extent, clean_agency, split_agency_list, starts_with_agency
from .models import Assignment
from .structure import Structure
from .text import fold_words as _fold

_TASK_SENTENCE_END = regex.compile(r"(?<=[^\s.])\.(?=\s+\p{Lu})|[;:]\s*$|\n")
_VERB_START = regex.compile(
    r"(?i)^(tuyên truyền|xây dựng|tổ chức|thực hiện|triển khai|tăng cường|đẩy mạnh|nâng cao|chủ động|"
    r"phối hợp|theo dõi|hướng dẫn|kiểm tra|báo cáo|đăng tải|cập nhật|nội dung|hình thức|mục đích|yêu cầu|"
    r"kinh phí|đối tượng|thời gian|địa điểm|thành phần|phương|giải pháp|nhiệm vụ|đề nghị|trên đây|căn cứ|"
    r"trong|đối với|về|mở|duy trì|phát|biên soạn|lồng ghép|cung cấp|tham mưu|chỉ đạo|giao)\b"
)


_LETTERS = regex.compile(r"\p{L}+")
_PARTNER_TAIL = regex.compile(r"^(?:chặt\s+chẽ\s+)?(?:với\s+)?")
_SUCH_AS = regex.compile(r"[^.;:]{0,120}?\snhư\s+")
_NEXT_IN_LIST = regex.compile(r"\s*(?:,|và|;)\s*")


# What follows an agency that is the subject of its own task ("Sở Nội vụ theo dõi, …").
_ACTION_START = regex.compile(
    r"(?i)(?:theo dõi|tiếp tục|chủ trì|chủ động|phối hợp|có trách nhiệm|chịu trách nhiệm|thực hiện|"
    r"triển khai|tổ chức|xây dựng|hướng dẫn|tham mưu|kiểm tra|đôn đốc|tăng cường|đẩy mạnh|căn cứ|"
    r"bố trí|cập nhật|đăng tải|duy trì|nghiên cứu|rà soát|báo cáo|là cơ quan|được giao|trong phạm vi|"
    r"kiện toàn|nâng cao|quán triệt|khẩn trương|phát huy|thường xuyên|bảo đảm|đảm bảo|ưu tiên|tập trung|"
    r"lãnh đạo|chỉ đạo|quản lý|vận hành|cung cấp|tuyên truyền|phổ biến|đề xuất|thẩm định|giám sát|"
    r"thúc đẩy)\b"
)
_ACTION_ANYWHERE = regex.compile(r"\s" + _ACTION_START.pattern[4:], regex.IGNORECASE)
# In a table cell only a lower-case verb ends the name ("Ban Quản lý Khu kinh tế" keeps "Quản lý").
_ACTION_IN_CELL = regex.compile(r"\s" + _ACTION_START.pattern[4:])


def first_sentence(text: str, limit: int = 200) -> str:
    text = rx.BULLET_MARK.sub("", text.strip())
    m = _TASK_SENTENCE_END.search(text)
    if m:
        text = text[: m.start()]
    text = " ".join(text.split()).rstrip(" .;:")
    return text[:limit].rstrip()


def find_assignments(st: Structure) -> list[Assignment]:
    """Every (agency, role) mention in text order, before merging."""
    found: list[Assignment] = []
    _from_task_sections(st, found)
    _from_labelled_lines(st, found)
    _from_partner_phrases(st, found)
    _from_task_tables(st, found)
    found.sort(key=lambda a: a.start)
    return found


def merge_assignments(found: list[Assignment]) -> list[Assignment]:
    """One entry per (agency, role): the first mention wins."""
    seen: dict[tuple[str, str], Assignment] = {}
    out = []
    for a in found:
        key = (_fold(a.agency), a.role)
        if key in seen:
            continue
        seen[key] = a
        out.append(a)
    return out


def _in_task_section(st: Structure, h) -> bool:
    """Under a "Tổ chức thực hiện"/"Nhiệm vụ" part — or, in a document without parts (a
    Chỉ thị, a short plan), an item that names an agency."""
    if h is None:
        return False
    if rx.TASK_SECTION_TITLE.search(h.top_title or ""):
        return True
    return not h.top_title and h.level == 2 and starts_with_agency(_strip_directive(h.title))


def _strip_directive(text: str) -> str:
    """"Giao Sở Tư pháp theo dõi …" → "Sở Tư pháp theo dõi …"."""
    return rx.DIRECTIVE.sub("", text, count=1)


def _section_body(st: Structure, line_index: int) -> tuple[str, int]:
    """Text of the first non-blank line after a heading (the task), and its line index."""
    j = line_index + 1
    while j < len(st.lines) and st.lines[j].blank:
        j += 1
    if j < len(st.lines) and not rx.ARABIC_HEADING.match(st.lines[j].text) and not rx.ROMAN_HEADING.match(st.lines[j].text):
        return st.lines[j].text, j
    return "", j


def _from_task_sections(st: Structure, out: list[Assignment]) -> None:
    for h in st.headings:
        if not _in_task_section(st, h):
            continue
        _subject_lines(st, h, out)
        if h.level < 2:
            continue
        ln = st.lines[h.line]
        title = _strip_directive(h.title)
        base = ln.start + (ln.text.index(title) if title in ln.text else 0)
        head_text, inline_task = title, None
        colon = title.find(":")
        if 0 < colon < 160:
            head_text, inline_task = title[:colon], title[colon + 1:].strip() or None
        head_text = head_text.strip().rstrip(".")
        if not head_text:
            continue
        if starts_with_agency(head_text):
            ext = _agency_end(head_text)
            rest = head_text[ext:].lstrip(" ,")
            if inline_task is None and ext < len(head_text) - 2 and _ACTION_START.match(rest):
                # "2. Sở Nội vụ theo dõi, kiểm tra …": the item names its agency as subject.
                spans, task = [(0, ext)], head_text
            elif len(head_text.split()) <= 30:
                spans = split_agency_list(head_text)
                task = inline_task or _section_body(st, h.line)[0]
            else:
                continue
        elif _name_like(head_text):
            # A unit named without an agency word: "1. Văn hóa - Truyền thông".
            spans, task = [(0, len(head_text))], inline_task or _section_body(st, h.line)[0]
        else:
            continue
        for s, e in spans:
            name = clean_agency(head_text[s:e])
            if len(name.split()) >= 2:  # "Các" alone is a fragment, not an agency
                out.append(Assignment(name, "lead", h.path, first_sentence(task or title), base + s, base + e))


def _agency_end(text: str) -> int:
    """Where the agency that opens ``text`` ends; a collective group ("Các bộ phận chuyên
    môn …") runs on in lower case up to its verb."""
    ext = agency_extent(text)
    if text.lower().startswith("các"):
        act = _ACTION_ANYWHERE.search(text)
        if act and act.start() > ext:
            ext = act.start()
    return ext


def _name_like(text: str) -> bool:
    """Short and capitalized like a unit's name ("Tư pháp - Hộ tịch"), not a sentence-case
    topic ("Hợp tác và thu hút đầu tư")."""
    words = [w for w in _LETTERS.findall(text)]
    if not words or len(words) > 8 or _VERB_START.match(text):
        return False
    capitals = sum(w[:1].isupper() for w in words)
    return capitals * 2 >= len(words) and capitals >= 2


# A heading over requests to partners ("5. Đề nghị các tổ chức, cá nhân phối hợp"): the
# agencies its lines name are partners, not leads.
_PARTNERS_HEADING = regex.compile(r"(?i)\bphối\s+hợp\b")
_NAME_UP_TO_COLON = regex.compile(r"^(?P<name>[^:;.\n]{3,120}?)\s*(?::|$)")


def _subject_lines(st: Structure, h, out: list[Assignment]) -> None:
    """Lines of a task section whose subject is a named agency:

    * a bullet or paragraph opening with an agency that acts: "- Đài Phát thanh - Truyền
      hình Gia Lai tiếp tục duy trì …", "Sở Nội vụ là cơ quan thường trực …";
    * a directive naming one: "Giao bộ phận Tài chính - Kế toán phối hợp với …";
    * a request naming one up to its colon or the line's end, the task after it or on the
      next line: "- Đề nghị Ủy ban Mặt trận Tổ quốc và các tổ chức thành viên: Đẩy mạnh …".
    """
    title = _strip_directive(h.title)
    names_one = starts_with_agency(title) and not title.lower().startswith("các")
    role = "support" if _PARTNERS_HEADING.search(title) and not names_one else "lead"
    j = h.line + 1
    while j < len(st.lines) and st.section_of(j) is h:
        ln = st.lines[j]
        j += 1
        t = ln.text
        if not t or t[:1].islower():
            continue
        body = t.lstrip("-+• ") if t[0] in "-+•" else t
        # string tests first: most lines open with neither a directive nor an agency
        directive = rx.DIRECTIVE.match(body) if body[:1] in "GĐYgđy" else None
        if directive:
            body = body[directive.end():]
        if not starts_with_agency(body, strong_only=not directive) or body.lower().startswith("các"):
            continue
        if not directive and not _ACTION_ANYWHERE.search(body, 0, 160):
            continue  # no verb near the start: a mention, not a subject (and no segmentation)
        ext = agency_extent(body)
        if not ext:
            continue
        task = t if directive else body
        if not _ACTION_START.match(body[ext:].lstrip(" ,")):
            # no verb after the name: only a request names its addressee whole, up to its
            # colon or the line's end, with the task after the colon or on the next line
            whole = _NAME_UP_TO_COLON.match(body) if directive else None
            if whole is None or len(whole.group("name").split()) > 12:
                continue
            ext = whole.end("name")
            task = body[whole.end():].strip() or _section_body(st, j - 1)[0]
        off = ln.start + (len(t) - len(body))
        name = clean_agency(body[:ext])
        if len(name.split()) >= 2:
            out.append(Assignment(name, role, h.path, first_sentence(task), off, off + ext))


def _from_labelled_lines(st: Structure, out: list[Assignment]) -> None:
    for i, ln in enumerate(st.lines):
        m = rx.LABELLED_AGENCY.match(ln.text)
        if not m:
            continue
        label = m.group("label").lower()
        role = "support" if "phối hợp" in label else "lead"
        h = st.section_of(i)
        section = h.path if h else None
        task = _task_for_labelled(st, i, h)
        lst = m.group("list")
        base = ln.start + m.start("list")
        for s, e in split_agency_list(lst, labelled=True):
            name = clean_agency(lst[s:e])
            if name and len(name) > 2:
                out.append(Assignment(name, role, section, task, base + s, base + e))


def _task_for_labelled(st: Structure, i: int, h) -> str | None:
    """The task a labelled line belongs to: the first content line of its section."""
    if h is None:
        return None
    j = h.line + 1
    while j < i:
        t = st.lines[j].text
        if t and not rx.LABELLED_AGENCY.match(t):
            return first_sentence(t)
        j += 1
    return first_sentence(h.title)


def _from_partner_phrases(st: Structure, out: list[Assignment]) -> None:
    text = st.text
    for m in rx.PARTNER_PHRASE.finditer(text):
        i = st.line_at(m.start())
        h = st.section_of(i)
        if not _in_task_section(st, h) and not _labelled_section(st, h):
            continue
        rest = text[m.end(): m.end() + 300]
        rest = _PARTNER_TAIL.sub("", rest)
        offset = m.end() + (len(text[m.end(): m.end() + 300]) - len(rest))
        if rest.startswith(("các ", "các\n")):
            # "phối hợp với các cơ quan liên quan như Sở A, Sở B …": the named ones count.
            such_as = _SUCH_AS.match(rest)
            if not such_as:
                continue
            offset += such_as.end()
            rest = rest[such_as.end():]
        pos = 0
        while pos < len(rest):
            seg = rest[pos:]
            if not starts_with_agency(seg, strong_only=True) or not seg[:1].isupper():
                break
            ext = agency_extent(seg)
            if not ext:
                break
            name = clean_agency(seg[:ext])
            line_text = st.lines[i].text
            out.append(Assignment(name, "support", h.path if h else None, first_sentence(line_text),
                                  offset + pos, offset + pos + ext))
            nxt = _NEXT_IN_LIST.match(seg[ext:])
            if not nxt:
                break
            pos += ext + nxt.end()


def _labelled_section(st: Structure, h) -> bool:
    if h is None:
        return False
    j = h.line + 1
    while j < len(st.lines) and st.section_of(j) is h:
        if rx.LABELLED_AGENCY.match(st.lines[j].text):
            return True
        j += 1
    return False


# ------------------------------------------------------------------------------ task tables

_CELL = regex.compile(r"[^|]+")
_LEAD_COLUMN = regex.compile(r"(?i)chủ\s*trì|^(?:cơ\s+quan|đơn\s+vị)\s+thực\s+hiện")
_SUPPORT_COLUMN = regex.compile(r"(?i)phối\s*hợp")
_TASK_COLUMN = regex.compile(r"(?i)nhiệm\s+vụ|nội\s+dung|chỉ\s+tiêu|hoạt\s+động|công\s+việc|^tên\b")
_TIME_LABEL = regex.compile(r"(?i)thời\s+(?:gian|hạn)|tiến\s+độ")
_ROW_NUMBER = regex.compile(r"^(?:\d+(?:\.\d+)*|[IVXLC]+)\.?$")
# "Sở Công Thương, các doanh nghiệp viễn thông": a collective after a comma is a name of its own
_COLLECTIVE_AFTER_COMMA = regex.compile(r",\s*(?=các\s)")
_TABLE_GAP = 2  # non-row lines (section rows such as "I. Kinh tế số") a table may contain


def table_cells(line: str) -> list[tuple[int, int]]:
    """Spans of the cells of an ``a | b | c`` row, stripped; [] for a line that is not one."""
    if " | " not in line:
        return []
    spans = []
    for m in _CELL.finditer(line):
        s, e = m.span()
        s += len(m.group()) - len(m.group().lstrip())
        e -= len(m.group()) - len(m.group().rstrip())
        spans.append((s, e))
    return spans


def _table_columns(labels: list[str]) -> tuple[int, int | None, int | None] | None:
    """(lead, support, task) column indices of a task-table header row, or None."""
    def find(pattern, exclude=None):
        for k, label in enumerate(labels):
            if pattern.search(label) and not (exclude and exclude.search(label)) and not _TIME_LABEL.search(label):
                return k
        return None

    # a header is short labels, no row number ("2 | … | Sở KH&CN chủ trì hướng dẫn" is a row)
    if any(len(label.split()) > 6 or _ROW_NUMBER.match(label) for label in labels):
        return None
    lead = find(_LEAD_COLUMN, exclude=_SUPPORT_COLUMN)
    if lead is None:
        return None
    return lead, find(_SUPPORT_COLUMN), find(_TASK_COLUMN)


def _cell_agencies(cell: str) -> list[tuple[int, int]]:
    spans = []
    for s, e in split_agency_list(cell, labelled=True):
        cut = s
        for m in _COLLECTIVE_AFTER_COMMA.finditer(cell, s, e):
            spans.append((cut, m.start()))
            cut = m.end()
        spans.append((cut, e))
    return spans


def _cell_agency_end(segment: str) -> int:
    """Where the agency of a table cell ends: a cell holds a name ("Ngân hàng Nhà nước khu
    vực XII"), or a name and what it does ("Sở KH&CN chủ trì hướng dẫn, tổng hợp")."""
    action = _ACTION_IN_CELL.search(segment)
    end = action.start() if action else len(segment)
    end = len(segment[:end].rstrip(" ,;.:"))
    if not end or len(segment[:end].split()) > 10:
        return _agency_end(segment)
    return end


def _from_task_tables(st: Structure, out: list[Assignment]) -> None:
    if " | " not in st.text:
        return
    columns = None
    gap = 0
    for i, ln in enumerate(st.lines):
        cells = table_cells(ln.text)
        if not cells:
            if ln.text.strip():
                gap += 1
                if gap > _TABLE_GAP:
                    columns = None
            continue
        gap = 0
        texts = [ln.text[s:e] for s, e in cells]
        header = _table_columns(texts)
        if header is not None:
            columns = header
            continue
        if columns is None:
            continue
        lead, support, task_col = columns
        task = first_sentence(texts[task_col]) if task_col is not None and task_col < len(texts) else None
        h = st.section_of(i)
        for col, role in ((lead, "lead"), (support, "support")):
            if col is None or col >= len(cells):
                continue
            cell_start, _ = cells[col]
            cell = texts[col]
            for s, e in _cell_agencies(cell):
                segment = cell[s:e]
                if not starts_with_agency(segment):
                    continue
                ext = _cell_agency_end(segment)
                name = clean_agency(segment[:ext]) if ext else ""
                if len(name.split()) >= 2:
                    at = ln.start + cell_start + s
                    out.append(Assignment(name, role, h.path if h else None, task, at, at + ext))
