"""Recognizer — deadlines and recurrences (contract section 4).

Time expressions become ``Deadline`` entries with a normalized value: ISO dates (year from
``plan_year`` when absent), ISO 8601 durations for recurrences, ``continuous``, or periods
(``2024-Q2``, ``2024-H1``).  Citation spans are masked first: their dates are not deadlines.

The agency is that of the task the expression stands in, found before merging (contract:
"same-value deadlines of different agencies stay separate"), first of: the subject of its table
cell's own clause after a ";"; its table row's lead; the lead of its labelled task block ("Thời gian
hoàn thành: …" / "Đơn vị chủ trì: …"); the lead named before it in its sentence; the agency its
sentence names as subject (after a directive, or after a time that opens the sentence) or that
opens its labelled paragraph; the subject of the line above when a crawl broke the sentence after
its ";"; its section's lead; the lead the sibling item before it labels.  A time label closing an
item of several tasks ("… . Thời hạn hoàn thành: …") is each task's.  Entries merge on (kind,
value, agency folded; a class of bodies with or without its place is one agency).
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date
from typing import Callable

from . import regexes as rx
from .agencies import agency_extent, clean_agency, defined_short_names, fold_agency, head_end
from .assignments import DocumentNames, full_names, predicate_after_name
from .models import Assignment, Deadline, SpanSet
from .structure import Structure

_UNIT = {"tuần": "W", rx.WEEK_TYPO: "W", "tháng": "M", "quý": "Q", "năm": "Y", "ngày": "D"}
_NUM_WORDS = {"một": 1, "hai": 2, "ba": 3, "năm": 5, "sáu": 6}


def _duration(n: int, unit: str) -> str:
    u = _UNIT[unit]
    if u == "Q":
        return f"P{3 * n}M"
    return f"P{n}{u}"


def _num(s: str) -> int:
    s = s.lower()
    return _NUM_WORDS.get(s) or int(s)


def recognize_deadlines(st: Structure, plan_year: int | None, assignments: list[Assignment],
                        masked: list[tuple[int, int]], issue_date: str | None = None,
                        title: str | None = None) -> list[Deadline]:
    """Deadlines in text order.  A due date before the document's own ``issue_date`` recounts
    an earlier instruction ("đã chỉ đạo … hoàn thành trước ngày 30/10/2025" in a letter of
    28/11/2025): not work this document schedules.  The ``title`` names the plan's horizon
    ("… GIAI ĐOẠN 2026 - 2030"): a span of years that ends in it is the plan's own duration."""
    text = st.text
    scopes = _section_scopes(st)
    lead_of_section = _section_leads(st, assignments, scopes)
    lead_of_row = _table_row_leads(st, assignments)
    leads_on_line = _line_leads(st, assignments)
    full = _full_names(assignments)  # "Nhà đầu tư" → the longer name the document gives it
    # the Front as its committee, "UBND cấp xã" as the communes listed: as the merged assignments
    # write them (the contract: a deadline's agency is written as in assignments)
    names = DocumentNames(assignments, st)
    # the names the task recognizer read, longest first: a sentence may open with one the agency
    # grammar does not read as a subject ("+ Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh …
    # gửi kết quả rà soát về Bộ Công an trước ngày 15 tháng 12 năm 2025")
    known_names = sorted({" ".join(a.agency.split()) for a in assignments
                          if len(a.agency.split()) >= 3 and not rx.GENERIC_BODY_NAME.fullmatch(" ".join(a.agency.split()))},
                         key=len, reverse=True)
    # … and a class of bodies among them named with its place ("Các sở, ban, ngành Tỉnh"), read without it too
    known_classes = [(name[:place.start()].lower(), name) for name in known_names if (place := _class_place(name))]
    aliases = defined_short_names(text, (a.agency for a in assignments))  # "(sau đây gọi tắt là Trung tâm)"
    found: list[Deadline] = []
    # a legal basis ("Căn cứ Quyết định số 2907/QĐ-UBND … về ban hành Quy định đánh giá, xếp loại
    # chất lượng hằng năm …;") cites, it schedules nothing: the title after the citation is the
    # cited document's words (TP HCM CV 4169/2025)
    # (only the opening statements, before the first heading, and only a basis that cites: "Căn
    # cứ Kế hoạch này, các Sở … (hoàn thành trong tháng 11/2025)" in a section gives work)
    first_heading = st.lines[st.headings[0].line].start if st.headings else len(text)
    cited = SpanSet(masked)
    bases = [(s, e) for s, e in st.preamble
             if e <= first_heading and rx.BASIS_CLAUSE.match(text, s) and any(cited.contains(k) for k in range(s, min(e, s + 300)))]
    inside_citation = SpanSet(sorted([*masked, *bases]))
    read_to = 0  # the end of the list items read after a match
    row_facts: dict[tuple[str, int], bool] = {}
    breaks_of_line: dict[int, list[int]] = {}
    time_label_lines: dict[int, bool] = {}

    def is_time_label(line: int) -> bool:
        """Whether the line is a task block's time line ("- Thời gian hoàn thành: …"); asked
        once per line (a match costs the line's length, and a long line holds many times)."""
        if line not in time_label_lines:
            time_label_lines[line] = bool(rx.TIME_LABEL_LINE.match(st.lines[line].text))
        return time_label_lines[line]

    def sentence_breaks(line_start: int) -> list[int]:
        """Where each sentence after the first starts on the line that starts at ``line_start``
        (found once per line, however many time phrases it holds)."""
        if line_start not in breaks_of_line:
            line_end = text.find("\n", line_start)
            breaks_of_line[line_start] = [brk.end() for brk in rx.SUBJECT_SENTENCE_BREAK.finditer(
                text, line_start, len(text) if line_end < 0 else line_end)]
        return breaks_of_line[line_start]

    sibling_leads: dict[int, str | None] = {}

    def sibling_label_lead(line: int) -> str | None:
        """The lead a sibling item's label gives (once per section)."""
        k = st.line_section[line] if line < len(st.line_section) else None
        if k is None:
            return None
        if k not in sibling_leads:
            sibling_leads[k] = _sibling_label_lead(st, k, scopes, leads_on_line)
        return sibling_leads[k]

    def agency_at(start: int, end: int) -> str | None:
        """The agency of the task a time expression stands in: its table row's lead, the lead
        named before it in its sentence, its sentence's subject, its section's lead."""
        line = st.line_at(start)
        # (a line that goes on inside a bracket the line above opened opens no sentence: "… báo cáo
        # Thủ tướng Chính phủ (qua" / "Văn phòng Chính phủ, Bộ Tài chính …) số hộ gia đình … trước
        # ngày 03/12/2025" names the channel, not who reports, Công điện 234/CĐ-TTg 2025, tune14 R11)
        # (unless the bracket closes on this line and a new sentence follows before the time: "(qua" /
        # "Phòng Ngân sách). Sở Y tế báo cáo … trước ngày 15/12/2025" is Sở Y tế's, review 25 #3)
        opens = True
        if _inside_bracket_from_above(text, st.lines[line].start):
            closed = text.find(")", st.lines[line].start, start)
            opens = closed >= 0 and any(closed < brk <= start for brk in sentence_breaks(st.lines[line].start))
        row_cell = _cell_start(text, st.lines[line].start, start) if line in lead_of_row else None
        agency = (row_cell is not None and _row_clause_subject(text, row_cell, start, aliases)) \
            or lead_of_row.get(line) or _labelled_block_lead(st, line, leads_on_line, is_time_label) \
            or (opens and _clause_subject(text, st.lines[line].start, start, sentence_breaks, leads_on_line.get(line), aliases)) \
            or _sentence_lead(text, leads_on_line.get(line), start) \
            or (opens and _sentence_subject(text, st.lines[line].start, start, end, sentence_breaks, aliases)) or None
        if not agency and (above := _line_continued(st, line, start, sentence_breaks)) is not None:
            # a sentence the crawl broke after its ";": "1.Các sở, ban, ngành; Ủy ban nhân dân các
            # huyện … chủ động xây dựng Kế hoạch triển khai thực hiện;" / "định kỳ hàng năm (trước ngày
            # 15/11 …) báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội …" (Kon Tum QĐ
            # 435/2020, gold: Các sở, ban, ngành) — the time is that of the subject the line above names
            above_start, above_end = st.lines[above].start, st.lines[above].start + len(st.lines[above].text)
            agency = _sentence_lead(text, leads_on_line.get(above), above_end) \
                or _last_sentence_subject(text, above_start, above_end, aliases)
            if agency and rx.GENERIC_BODY_NAME.fullmatch(agency):
                # a kind of body by its unit words ("Các cơ quan, đơn vị gửi báo cáo về Sở Nội vụ;" / "báo cáo
                # năm gửi trước ngày 15/12"): a task of no named agency, as the unbroken sentence reads below
                agency = _agency_for(st, line, scopes, (lead_of_section[1], lead_of_section[1]))
                if not agency:
                    return None
        if not agency and _generic_subject(text, st.lines[line].start, start, sentence_breaks):
            # "Các cơ quan, tổ chức, đơn vị gửi hồ sơ … trước ngày …": a task of no named agency,
            # unless a heading above names one the kind refers back to ("1. Ủy ban nhân dân các xã,
            # phường" over "Các địa phương tổ chức …", review 0.8 #8)
            agency = _agency_for(st, line, scopes, (lead_of_section[1], lead_of_section[1]))
            if not agency:
                return None
        agency = agency \
            or (opens and _known_subject(text, st.lines[line].start, start, sentence_breaks, known_names, known_classes)) \
            or _subject_of_the_task_before(st, line, aliases) \
            or _block_lead(st, line, (1,), leads_on_line, is_time_label) \
            or _agency_for(st, line, scopes, lead_of_section) \
            or _duty_heading_agency(st, line, aliases) \
            or sibling_label_lead(line)
        if not agency:
            return None
        agency = names.front(_first_of_list(agency))  # "Các chủ rừng và lực lượng Kiểm lâm": the first-named lead's
        return names.communes(full.get(fold_agency(agency), agency), start)

    for m in rx.scan(rx.DEADLINE, rx.DEADLINE_TRIGGER, text):
        if m.start() < read_to or inside_citation.contains(m.start()):
            continue
        before = text[max(0, m.start() - 80): m.start()]
        if rx.ends_with(rx.NOT_A_DEADLINE_BEFORE, before) or rx.NOT_A_DEADLINE_AFTER.match(text, m.end(), min(len(text), m.end() + 160)):
            continue
        if rx.SPAN_OF_YEARS_AFTER.match(text, m.end()) and not rx.SCHEDULE_LABEL_BEFORE.search(before):
            continue
        if not m.group("due") and (rx.ends_with(rx.NOT_A_DEADLINE_BEFORE_WIDE, before) or rx.RANKING_BEFORE.search(before)
                                   or (not (m.group("year") and rx.ends_with(rx.AT_ONCE_BEFORE, before))
                                       and rx.ends_with(rx.BUDGET_BEFORE, before))):
            continue
        if m.group("continuous") and rx.PAST_MANNER_BEFORE.search(before) \
                and rx.ADVERB_LIST_AFTER.match(text, m.end(), min(len(text), m.end() + 40)):
            continue  # "đã … chỉ đạo xuyên suốt, thường xuyên, liên tục": how past work was done
        if (m.group("year") or m.group("month") or m.group("month_of_plan")) \
                and (rx.NOT_A_PERIOD_BEFORE.search(before) or rx.TOPIC_OPENS_BEFORE.search(before)):
            continue
        if (m.group("year") or m.group("month") or m.group("month_of_plan") or m.group("quarter") or m.group("half")) \
                and text.find("mục tiêu", max(0, m.start() - PURPOSE_READ), m.start()) >= 0 \
                and (goal := rx.PURPOSE_GOAL_BEFORE.search(text, max(0, m.start() - PURPOSE_READ), m.start())) \
                and not rx.MAIN_CLAUSE_AFTER_GOAL.search(text, goal.end("goal"), m.start()) \
                and rx.PURPOSE_CLAUSE_GOES_ON.match(text, m.end()):
            continue  # "Để …, đạt được mục tiêu … trong năm 2025 …, tỉnh … cần …": the goal's year, not work due
        if (m.group("year") or m.group("month") or m.group("quarter") or m.group("half")) \
                and text.find("mục tiêu", max(0, m.start() - rx.QUOTED_GOAL_READ), m.start()) >= 0 \
                and rx.ends_with(rx.QUOTED_GOAL_BEFORE, text[max(0, m.start() - rx.QUOTED_GOAL_READ):m.start()]):
            continue  # "… với mục tiêu "Xây dựng 20% xã … trong năm 2025 …"": a cited plan's target
        if _in_general_provisions(st, m.start()):
            continue  # "Điều 3. Giải thích từ ngữ", "Quy định này quy định về …": the document's scope and terms
        if _not_work_time(st, m, before, row_facts):
            continue
        if (m.group("every") or m.group("annual")) and rx.RATE_AFTER.match(text, m.end(), min(len(text), m.end() + 60)):
            continue  # "thu nhập bình quân hàng năm tăng 8%": a target's rate
        if (m.group("annual") or m.group("continuous") or (m.group("every") and m.group("every_unit").lower() == "năm")) \
                and rx.BODIES_OWN_AFTER.match(text, m.end(), min(len(text), m.end() + 40)):
            continue  # "lồng ghép vào hoạt động thường niên của các ngành, đoàn thể": the bodies' own yearly work, a noun's attribute
        if (m.group("year") or m.group("month") or m.group("month_of_plan") or m.group("quarter") or m.group("half")
                or (m.group("due") and m.group(0).split(None, 1)[0].lower() in PARTS_OF_DAY)) \
                and (rx.CLAUSE_OPENS_BEFORE.search(before) or m.group(0)[:1].isupper()) \
                and not _after_the_year_of(m.group(0), issue_date, plan_year) \
                and rx.PAST_WORK_AFTER.match(text, m.end(), min(len(text), m.end() + 120)):
            # "Trong năm 2025, tỉnh đã tổ chức …": work reported, not scheduled (a capital opens the
            # sentence where a crawl glued it to a heading: "… tại Trung Bộ Trong tháng 11 năm 2025, do …")
            continue
        if (m.group(0)[:2].lower() == "từ" or (m.group("due") and rx.MAY_OPEN_A_RANGE.match(m.group(0)))) \
                and rx.RANGE_GOES_ON.match(text, m.end()):
            continue  # the start of a range
        if (m.group("quarter") or m.group("month")) and rx.PERIOD_RANGE_GOES_ON.match(text, m.end()):
            continue  # "Quý IV/2025- Quý II/2026": the range is due at its end
        if m.group("month") and m.group(0)[:7].lower() == "đến hết" and rx.SPAN_START_BEFORE.search(before) \
                and not rx.LABEL_COLON_AFTER.match(text, m.end()):
            # "từ tháng 10 năm 2025 đến hết tháng 3 năm 2026": a span in running text, its own
            # duration (not a schedule line's phase: "Từ đầu tháng 01/2026 đến hết tháng 3/2026: triển khai …")
            continue
        if (m.group("due") or m.group("month")) and m.group(0)[:3].lower() == "đến" and rx.CUTOFF_BEFORE.search(before):
            continue  # "số liệu tính đến ngày 31/12/2025", "Cơ sở đào tạo … tính đến tháng 10 năm 2025": a cut-off
        if rx.FIGURE_LINE_BEFORE.match(text, st.lines[st.line_at(m.start())].start, m.start()):
            continue
        line = st.line_at(m.start())
        if (m.group("year") or m.group("month") or m.group("quarter") or m.group("half")) \
                and _names_a_part(st, line):
            continue  # a heading's period names its part ("III. … TRỌNG TÂM TRONG NĂM 2026")
        agency = agency_at(m.start(), m.end())
        listed = rx.QUARTER_LIST_AFTER.match(text, m.end()) if m.group("quarter") and not m.group("q_y") else None
        units = rx.PERIODIC_UNITS_AFTER.match(text, m.end()) if m.group("periodic") and not m.group("p_n") else None
        if units:
            # "theo định kỳ tháng, quý, năm": one recurrence for each period named, none left bare
            for unit in rx.PERIODIC_UNIT.finditer(units.group("units")):
                n = _num(unit.group("n")) if unit.group("n") else 1
                start = m.start() if unit.start() == 0 else units.start("units") + unit.start()
                end = units.start("units") + unit.end()
                found.append(Deadline(" ".join(text[start:end].split()), "recurrence",
                                      _duration(n, unit.group("unit").lower()), agency, start, end))
            read_to = units.end()
            continue
        for kind, value, s, e in _values(m, plan_year if listed is None else int(listed.group("y"))):
            if kind == "date" and m.group("weekday"):
                value = _year_of_weekday(value, m.group("weekday"))
            if kind == "date" and issue_date and m.group("due_y") and value < issue_date \
                    and not rx.SCHEDULE_LABEL_BEFORE.search(before):
                continue  # a written-out date already past when the document was issued
            if kind == "date" and value == issue_date and m.group(0)[:3].lower() == "đến" \
                    and rx.CLAUSE_OPENS_BEFORE.search(before) and rx.STATUS_COMMA_AFTER.match(text, m.end()):
                # "- Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận nhiều trường hợp chết, mất tích …" in a plan
                # of that day (Đắk Lắk KH 129/2025, gold: none): the time a situation is told as of
                continue
            if kind == "period" and issue_date and _period_end(value) < issue_date[:7] \
                    and not rx.SCHEDULE_LABEL_BEFORE.search(before) \
                    and not rx.YEARLY_BEFORE.search(text, max(st.lines[line].start, m.start() - 200), m.start()):
                # "6 tháng đầu năm thu hoạch 574.341 tấn" in November: a past period's figures (not
                # "Hằng năm, … trong Quý I": a period of every year)
                continue
            found.append(Deadline(" ".join(text[s:e].split()), kind, value, agency, s, e))
        if listed:  # "Quý I, II/2026": the quarters written without "Quý" after the first
            for bare in rx.BARE_QUARTER_IN_LIST.finditer(listed.group(0)):
                found.append(Deadline(bare.group("q"), "period",
                                      f"{listed.group('y')}-Q{rx.ROMAN_QUARTER[bare.group('q').upper()]}", agency,
                                      listed.start() + bare.start("q"), listed.start() + bare.end("q")))
        if m.group("every") and plan_year and m.group("every_unit").lower() == "năm" \
                and (month := rx.MONTH_BEFORE_YEARLY.search(text, max(0, m.start() - 12), m.start())) \
                and 1 <= int(month.group("m")) <= 12:
            # "Tháng 11 hằng năm, Trung tâm có văn bản báo cáo …": that month of the plan year too
            found.append(Deadline(" ".join(text[month.start():m.end()].split()), "period",
                                  f"{plan_year}-{int(month.group('m')):02d}", agency, month.start(), m.end()))
        joined = rx.RECURRENCE_AND_PERIOD.match(text, m.end()) if m.group("every") else None
        if joined:  # "hàng năm và 5 năm"
            found.append(Deadline(" ".join(joined.group("item").split()), "recurrence",
                                  _duration(_num(joined.group("n")), joined.group("unit").lower()), agency,
                                  joined.start("item"), joined.end("item")))
        elif m.group("every") or (m.group("periodic") and m.group("p_n")):
            # "định kỳ hằng quý, 6 tháng, năm", "Định kỳ 6 tháng, 1 năm", "hằng tháng, quý, năm":
            # the periods listed after the first each recur
            pos = m.end()
            while item := rx.PERIOD_LIST_ITEM.match(text, pos):
                pos = item.end()
                n = _num(item.group("n")) if item.group("n") else 1
                found.append(Deadline(" ".join(item.group("item").split()), "recurrence",
                                      _duration(n, item.group("unit").lower()), agency,
                                      item.start("item"), item.end("item")))
        if m.group("month") and m.group(0)[:2].lower() != "từ":
            pos = m.end()
            while item := rx.MONTH_LIST_ITEM.match(text, pos):  # "trong tháng 12/2025 và tháng 01/2026"
                pos = read_to = item.end()
                if 1 <= int(item.group("m")) <= 12:
                    found.append(Deadline(" ".join(item.group("item").split()), "period",
                                          f"{item.group('y')}-{int(item.group('m')):02d}", agency,
                                          item.start("item"), item.end("item")))
        if m.group("due") and not m.group("due_y"):
            pos = m.end()
            while (item := rx.DUE_LIST_ITEM.match(text, pos)) and item.start("item") - m.end() < 40:
                pos = read_to = item.end()
                year = int(item.group("y")) if item.group("y") else plan_year
                value = rx.iso_date(year, item.group("m"), item.group("d"))
                if value:  # "trước ngày 01/6 và 15/11 hằng năm"
                    found.append(Deadline(item.group("item"), "date", value, agency, item.start("item"), item.end("item")))
                    yearly = rx.YEARLY_DUE_DAY.search(item.group(0))
                    if yearly:  # the list's days recur every year
                        found.append(Deadline(yearly.group().strip(), "recurrence", "P1Y", agency,
                                              item.end() - len(yearly.group()) + 1, item.end()))
        if m.group("every") or m.group("periodic"):
            # "định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), …": the
            # list goes on with more periods in the same clause
            clause_end = rx.CLAUSE_END.search(text, m.end())
            stop = clause_end.start() if clause_end else len(text)
            for item in rx.RECURRENCE_LIST_ITEM.finditer(text, m.end(), min(stop, m.end() + 200)):
                value = "P1Y" if item.group("year") else f"P{_num(item.group('n'))}M"
                found.append(Deadline(" ".join(item.group("item").split()), "recurrence", value, agency,
                                      item.start("item"), item.end("item")))
    # where a time cell or a labelled time may start, found once for the day and the period readers
    cell_starts = [t.start() for t in rx.TIME_CELL_TRIGGER.finditer(text)]
    label_starts = [t.start() for t in rx.TIME_LABEL_TRIGGER.finditer(text)]
    found.extend(_date_cells(st, plan_year, issue_date, inside_citation, lead_of_row, cell_starts, label_starts))
    for cell in _matches_at(text, rx.PERIOD_CELL, cell_starts) + _matches_at(text, rx.PERIOD_LABEL, label_starts):  # "| Tháng 12/2025 |", "Thời gian thực hiện: Năm 2025."
        row = st.lines[st.line_at(cell.start())]
        if inside_citation.contains(cell.start("item")) or rx.HEADER_ROW.match(row.text, 0, 40):
            continue
        if cell.group(0)[0] == "|" and len(rx.PERIOD_CELL.findall(row.text)) > 1:
            continue  # a header row of periods ("Năm 2026 | Năm 2027 | …")
        if cell.group(0)[0] == "|" and rx.DIGIT.search(text, cell.end(), row.start + len(row.text)):
            continue  # figures follow: a figures table's column ("| 12/2025 | 35% |"), no task's time
        if cell.group("yr"):
            value = cell.group("yr")
        elif cell.group("mp"):
            if not plan_year or not 1 <= int(cell.group("mp")) <= 12:
                continue
            value = f"{plan_year}-{int(cell.group('mp')):02d}"
        elif 1 <= int(cell.group("m")) <= 12:
            value = f"{cell.group('y')}-{int(cell.group('m')):02d}"
        else:
            continue
        if plan_year and int(value[:4]) < plan_year:
            continue  # a past year or month: figures, not a task's time
        found.append(Deadline(" ".join(cell.group("item").split()), "period", value,
                              agency_at(cell.start("item"), cell.end("item")), cell.start("item"), cell.end("item")))
    found.extend(_year_spans(st, plan_year, title, inside_citation, cell_starts, agency_at))
    found.extend(_year_end_targets(st, plan_year, title, inside_citation, agency_at))
    found.extend(_review_times(text, plan_year, inside_citation, agency_at))
    for pos in label_starts:  # "Thời gian thực hiện: Thường" cut by a scan's cropped column
        if (cut := rx.TRUNCATED_CONTINUOUS_LABEL.match(text, pos - 1, pos + 80)) and not inside_citation.contains(pos):
            found.append(Deadline(cut.group("item"), "continuous", "continuous",
                                  agency_at(cut.start("item"), cut.end("item")), cut.start("item"), cut.end("item")))
    for t in (t for trigger in rx.DUE_WORD_TRIGGERS for t in trigger.finditer(text)):  # "chậm nhất gửi … ngày 23/3/2026."
        word = t.start() - (2 if text[t.start()] == "ậ" else 1)  # "c|h|ậm nhất", "h|ạn chót"
        due = rx.DUE_WORD_THEN_DATE.match(text, word, t.start() + 200) if word >= 0 else None
        if due is None or inside_citation.contains(due.start()):
            continue
        value = rx.iso_date(int(due.group("y")), due.group("m"), due.group("d"))
        if value and not (issue_date and value < issue_date):
            found.append(Deadline(" ".join(due.group(0).split()), "date", value,
                                  agency_at(due.start(), due.end()), due.start(), due.end()))
    for k, row in enumerate(st.lines):  # "- Tháng 12/2025: Tổ chức sơ kết", "Đợt 2: Tháng 3/2026"
        if row.text[:1] in rx.MONTH_SCHEDULE_LINE_FIRST and (sched := rx.MONTH_SCHEDULE_LINE.match(row.text)) \
                and 1 <= int(sched.group("m")) <= 12 and not inside_citation.contains(row.start):
            start, end = row.start + sched.start("item"), row.start + sched.end("item")
            found.append(Deadline(" ".join(sched.group("item").split()), "period",
                                  f"{sched.group('y')}-{int(sched.group('m')):02d}", agency_at(start, end), start, end))
        elif ("hết năm" in row.text or "ăm" in row.text[:12]) and (target := rx.YEAR_TARGET_LINE.match(row.text, 0, 120)) \
                and not inside_citation.contains(row.start) and not (plan_year and int(target.group("y")) < plan_year) \
                and (target.group("goal") or target.group("by") or (target.group("colon") and plan_year)):
            # "a) Đến hết năm 2030: Có ≥ 70% doanh nghiệp …", "Mục tiêu đến hết năm 2026": the year a
            # target is due (gold of Đồng Tháp KH 617/2025, Hà Nội KH 310/2025); not the plan's span
            # in running text ("Từ năm 2025 đến hết năm 2030"); a year alone only as a phase's label
            # ("- Năm 2026: …"), not a header cell ("**Năm 2026**"), and only where the plan's year
            # tells a phase from figures of a past year ("- Năm 2024: tỷ lệ … đạt 65%")
            start, end = row.start + target.start("item"), row.start + target.end("item")
            found.append(Deadline(" ".join(target.group("item").split()), "period", target.group("y"),
                                  agency_at(start, end), start, end))
    for months in rx.scan(rx.MONTH_LIST, rx.MONTH_LIST_TRIGGER, text):  # "vào tháng 4 và tháng 8 năm 2026": each month
        if inside_citation.contains(months.start()):
            continue
        agency = agency_at(months.start(), months.end())
        for month in rx.MONTH_IN_LIST.finditer(months.group(0)):
            if 1 <= int(month.group("m")) <= 12:
                found.append(Deadline(" ".join(month.group(0).split()), "period",
                                      f"{months.group('y')}-{int(month.group('m')):02d}", agency,
                                      months.start() + month.start(), months.start() + month.end()))
    starts = {d.start for d in found}
    for months in rx.scan(rx.MONTH_RANGE_END, rx.MONTH_RANGE_TRIGGER, text):  # "Tháng 12/2025 - Tháng 3/2026": its end
        start, end = months.start("item"), months.end("item")
        if inside_citation.contains(start) or start in starts or not 1 <= int(months.group("m")) <= 12 \
                or st.lines[st.line_at(start)].text.isupper() or _range_schedules_nothing(text, months, plan_year):
            continue
        found.append(Deadline(" ".join(months.group("item").split()), "period",
                              f"{months.group('y')}-{int(months.group('m')):02d}", agency_at(start, end), start, end))
    found.sort(key=lambda d: d.start)
    found = _without_report_names(st, found)
    found = _for_each_task_of_the_item(st, found, leads_on_line, names)
    out: list[Deadline] = []
    seen: dict[tuple, set[str | None]] = {}  # key → the places of the classes of bodies kept under it
    for i, d in enumerate(found):
        if d.kind == "recurrence" and d.value is None:
            # (the next four: "định kỳ trước ngày 01/6 và 15/11 hằng năm" reads two dates before the list's
            # yearly tail, Đồng Tháp KH 617/2025; the clause and 160 characters bound the reach all the same)
            if _period_follows(text, d, found[i + 1:i + 5]) and not rx.OR_UNSCHEDULED_AFTER.match(text, d.end, d.end + 40):
                continue  # "phát sóng định kỳ … hai tuần một lần": one recurrence, the one with a period
            if _yearly_date_follows(text, d, found[i + 1:i + 3]):
                d = Deadline(d.text, d.kind, "P1Y", d.agency, d.start, d.end)  # "Định kỳ trước ngày 15/12 hằng năm"
            else:
                each = rx.EACH_PERIOD_AFTER.match(text, d.end)
                if each:  # "Định kỳ phát sóng mỗi tháng 02 chuyên mục"
                    d = Deadline(d.text, d.kind, _duration(1, each.group("unit").lower()), d.agency, d.start, d.end)
        if d.kind == "date" and (yearly := rx.YEARLY_DUE_DAY.search(d.text)):
            # "báo cáo … trước ngày 30/12 hằng năm": a due day that recurs every year
            tail = Deadline(yearly.group().strip(), "recurrence", "P1Y", d.agency, d.end - len(yearly.group()) + 1, d.end)
            tail_key = (tail.kind, tail.value, _agency_key(tail.agency) or _task_row(st, tail, row_facts))
            if not _kept_before(seen, tail_key, tail.agency):
                out.append(tail)
        key = (d.kind, d.value, _agency_key(d.agency) or _task_row(st, d, row_facts))
        if _kept_before(seen, key, d.agency):
            continue
        out.append(d)
    return out


def _kept_before(seen: dict[tuple, set[str | None]], key: tuple, agency: str | None) -> bool:
    """Whether an entry of ``key`` was kept already (else ``key`` is recorded as kept).  A class of bodies
    with its place is one entry with the class without it (``_agency_key``), not with the class of
    another place: "Các cơ quan, đơn vị huyện" and "Các cơ quan, đơn vị xã" of a district's plan are
    two bodies."""
    place = fold_agency(found.group()) if (found := _class_place(agency)) else None
    places = seen.get(key)
    if places is None:
        seen[key] = {place}
        return False
    if place is None or None in places or place in places:
        return True
    places.add(place)
    return False


def _class_place(agency: str | None):
    """The place word that ends a class of bodies ("Các Sở, ban, ngành| Thành phố"), as a match, or None."""
    # (CLASS_OF_BODIES opens with "các" in any case, and only "C"/"Á" lower to "c"/"á": a name that opens
    # otherwise, most of them, is not searched for its place; asked of every deadline's agency)
    if agency and agency[:3].lower() == "các" and (place := rx.PLACE_WORD_END.search(agency)) \
            and rx.CLASS_OF_BODIES.fullmatch(agency, 0, place.start()):
        return place
    return None


def _for_each_task_of_the_item(st: Structure, found: list[Deadline], leads_on_line: dict[int, list[tuple[int, str]]],
                               names: Callable[[str, int], str]) -> list[Deadline]:
    """``found`` with a time that a labelled sentence closing an item gives ("… . Thời hạn hoàn thành:
    trước ngày 30/11/2025." at the item's end) repeated for the lead of each sentence of the item
    before it: the label closes all the item's tasks, not only the last one's ("2. Bộ trưởng, Thủ
    trưởng cơ quan ngang bộ, … chủ trì, phối hợp … hoàn thành việc cập nhật, rà soát … . UBND thành
    phố Đà Nẵng khẩn trương hoàn thành việc rà soát … . Thời hạn hoàn thành: trước ngày 30/11/2025.",
    Công điện 230/CĐ-TTg 2025 tune15 K02, gold: the date of both).  One sentence that names several
    subjects still gives its time to the first-named (the list is one task).  Each lead is written as the
    merged assignments write it (``names``, assignments.DocumentNames)."""
    out: list[Deadline] = []
    for d in found:
        agencies = _closing_label_agencies(st, d, leads_on_line)
        if agencies:
            out.extend(Deadline(d.text, d.kind, d.value, names(agency, d.start), d.start, d.end) for agency in agencies)
        else:
            out.append(d)
    return out


def _closing_label_agencies(st: Structure, d: Deadline, leads_on_line: dict[int, list[tuple[int, str]]]) -> list[str]:
    """The first lead of each sentence before the time label that closes ``d``'s item, when there
    are two or more of them (else nothing)."""
    line = st.line_at(d.start)
    leads = leads_on_line.get(line)
    if not leads or len(leads) < 2:
        return []
    text, row = st.text, st.lines[line]
    row_end = row.start + len(row.text)
    label = rx.CLOSING_TIME_LABEL.search(text, max(row.start, d.start - 60), d.start)  # (a bounded window: a line may be long)
    if label is None or label.end() != d.start or not rx.ITEM_END.fullmatch(text, d.end, row_end):
        return []
    # the item the label closes: after the last item mark and the last time label before it on the line (a
    # crawl may run several items, each closed by its own label, onto one line)
    begin = row.start
    for mark in rx.ITEM_MARK_INSIDE_LINE.finditer(text, row.start, label.start()):
        begin = mark.end()
    for earlier in rx.CLOSING_TIME_LABEL.finditer(text, begin, label.start()):
        begin = earlier.end()
    starts = [begin, *(stop.end() for stop in rx.SENTENCE_START_AFTER_STOP.finditer(text, begin, label.start()))]
    agencies: list[str] = []
    for begin, end in zip(starts, [*starts[1:], label.start()]):
        first = next((name for at, name in leads if begin <= at < end), None)
        if first is not None and fold_agency(first) not in {fold_agency(a) for a in agencies}:
            agencies.append(first)
    return agencies if len(agencies) >= 2 else []


def _without_report_names(st: Structure, found: list[Deadline]) -> list[Deadline]:
    """``found`` less the recurrences of a heading that is only a report's name ("Điều 17. Báo cáo định
    kỳ", "3.1. Báo cáo định kỳ hàng tháng:", rx.REPORT_NAME_HEADING) when its part says them again, in
    the sentences that give who reports: the name repeats its part's schedule (a bare "định kỳ" any
    period its part names).  A name whose part leaves its period unsaid keeps it: it is the only place
    the schedule stands."""
    names = []
    for i, d in enumerate(found):
        if d.kind != "recurrence":
            continue
        line = st.line_at(d.start)
        k = st.line_section[line] if line < len(st.line_section) else None
        if k is None or st.headings[k].line != line or not rx.REPORT_NAME_HEADING.match(st.headings[k].title):
            continue
        level = st.headings[k].level
        after = next((h for h in st.headings[k + 1:] if h.level <= level), None)
        part = (st.lines[line].start + len(st.lines[line].text), st.lines[after.line].start if after else len(st.text))
        if any(o.kind == "recurrence" and part[0] <= o.start < part[1] and (d.value is None or o.value == d.value)
               for o in found):
            names.append(i)
    if not names:
        return found
    dropped = set(names)  # built once, not per element (review 25 #5)
    return [d for i, d in enumerate(found) if i not in dropped]


def _full_names(assignments: list[Assignment]) -> dict[str, str]:
    """The longer names the document gives short mentions (assignments.full_names), but not a
    list that a short mention opens: "Các chủ rừng phải thường xuyên canh phòng" is the forest
    owners' task, not that of "Các chủ rừng và lực lượng Kiểm lâm" named in another item
    (Quảng Ninh QĐ 96/2025)."""
    return {short: name for short, name in full_names(assignments).items()
            if not _opens_list(short, name) and not _narrows_a_class(short, name)}


def _narrows_a_class(short: str, name: str) -> bool:
    """Whether ``name`` is the class of bodies ``short`` names, narrowed to those concerned: "Các sở
    ngành liên quan" is not "Các sở, ngành" (TP HCM QĐ 2820/2025 tune13 N06: a section's "các sở ngành
    liên quan" and the task table's "Các sở, ngành, UBND xã, phường, đặc khu" are two entries in gold)."""
    folded = fold_agency(name)
    concerned = rx.CONCERNED_END.search(folded)
    return name[:4].lower() == "các " and concerned is not None and folded[:concerned.start()] == short


_WEEKDAYS = {"2": 0, "hai": 0, "3": 1, "ba": 1, "4": 2, "tư": 2, "5": 3, "năm": 3, "6": 4, "sáu": 4, "7": 5, "bảy": 5}


def _year_of_weekday(value: str, weekday: str) -> str:
    """A schedule day whose printed weekday belongs to the year next to the one typed: "Ngày
    02/01/2011 (thứ 2)" between "27/12/2011" and "Ngày 03/01/2012 (thứ 3)" (Phú Thọ STTTT KH
    2011) is Monday 2 January 2012 — the typing slip the weekday shows is repaired."""
    day = _WEEKDAYS.get(weekday.strip(" ()").split()[-1].lower())
    if day is None:
        return value
    written = date.fromisoformat(value)
    if written.weekday() == day:
        return value
    for year in (written.year + 1, written.year - 1):
        try:
            other = written.replace(year=year)
        except ValueError:  # 29 February
            continue
        if other.weekday() == day:
            return other.isoformat()
    return value


def _in_general_provisions(st: Structure, at: int) -> bool:
    """Whether ``at`` stands in a regulation's general provisions: an article titled "Phạm vi điều
    chỉnh", "Đối tượng áp dụng", "Giải thích từ ngữ" (models/general_provision_titles.txt), or the
    scope statement "Quy định này quy định về …" of its sentence."""
    line = st.line_at(at)
    k = st.line_section[line] if line < len(st.line_section) else None
    if k is not None and st.headings[k].path.startswith("Điều") \
            and rx.general_provision_title().search(st.headings[k].top_title or ""):
        return True
    text = st.text
    window = max(0, at - PURPOSE_READ)
    if text.find("này", window, at) < 0:  # (most times: no statement of the document's own scope)
        return False
    scope = rx.SCOPE_STATEMENT_BEFORE.search(text, window, at)
    return bool(scope and rx.SCOPE_STATEMENT_OPENS.search(text, max(0, scope.start() - 41), scope.start()))


def _first_of_list(name: str) -> str:
    """The first agency of a list joined by "và" ("Các chủ rừng và lực lượng Kiểm lâm" → "Các chủ
    rừng"), ``name`` itself when it is one name ("Sở Văn hóa và Thể thao"): a deadline shared
    by the leads of one task goes to the first-named (calibration gold convention, tune2
    reconciliation rule 2; gold of Quảng Ninh QĐ 96/2025)."""
    for joint in rx.AND_BETWEEN_WORDS.finditer(name):
        rest = name[joint.end():]
        if agency_extent(rest) > 0 and not rx.KIND_OF_BODY.match(rest):  # not "… và các cơ quan, đơn vị liên quan"
            return clean_agency(name[:joint.start()])
    return name


def _opens_list(short: str, name: str) -> bool:
    """Whether ``name`` is ``short`` (a merge key) and one more agency joined by "và"."""
    for joint in rx.AND_BETWEEN_WORDS.finditer(name):
        if fold_agency(name[:joint.start()]) == short:
            return agency_extent(name[joint.end():]) > 0
    return False


def _agency_key(agency: str | None) -> str | None:
    """One agency however its letters are cased ("Ban chỉ huy các cấp" = "Ban Chỉ huy các cấp"), and
    a class of bodies with or without the place it is of ("Các Sở, ban, ngành Thành phố" = "Các Sở,
    ban, ngành", Hà Nội KH 308/2025 tune4 04: one entry in gold, as deadlines._known_subject reads
    "Các sở, ban, ngành" for the lead "Các sở, ban, ngành Tỉnh", Đồng Tháp KH 552/2025)."""
    if not agency:
        return None
    if place := _class_place(agency):
        agency = agency[:place.start()]
    return fold_agency(agency)


def _matches_at(text: str, pattern, starts: list[int]) -> list:
    """``pattern``'s matches at the candidate positions ``starts`` (see regexes.scan), each read
    within ``CELL_READ`` characters (a cell or a labelled time is short; the regex module would
    otherwise look for a required literal to the end of the text at every position)."""
    return [m for pos in starts if (m := pattern.match(text, pos, pos + CELL_READ))]


CELL_READ = 300
PURPOSE_READ = 400  # how far back a sentence's opening purpose clause is looked for


def _date_cells(st: Structure, plan_year: int | None, issue_date: str | None, inside_citation: SpanSet,
                lead_of_row: dict[int, str], cell_starts: list[int], label_starts: list[int]) -> list[Deadline]:
    """A schedule table's last cell, or a labelled time ("Thời gian tổ chức: ngày 15/01/2026."),
    that holds the day of the row's event, the year from the plan: "| 1 | Giải đáp … | Lãnh đạo Sở Công Thương | Từ 20 giờ 15 phút - 20 giờ 45 phút ngày
    23 tháng 1 |" (Lâm Đồng KH 2026, a broadcast schedule).  A day already past when the
    document was issued is a record, not a schedule."""
    out = []
    cells = _matches_at(st.text, rx.DATE_CELL, cell_starts) + _matches_at(st.text, rx.DATE_LABEL, label_starts)
    for cell in cells:
        if inside_citation.contains(cell.start("cell")):
            continue
        if rx.time_word_not_work("date", st.text[max(0, cell.start("cell") - 80):cell.start("cell")], st.text, cell.end("cell")):
            continue  # "Thời gian ủy quyền: Kể từ ngày … đến ngày 28/02/2027": the delegation's length
        year = int(cell.group("y")) if cell.group("y") else plan_year
        value = rx.iso_date(year, cell.group("m"), cell.group("d")) if year else None
        if not value or (issue_date and value < issue_date):
            continue
        line = st.line_at(cell.start("cell"))
        out.append(Deadline(" ".join(cell.group("cell").split()), "date", value, lead_of_row.get(line),
                            cell.start("cell"), cell.end("cell")))
    return out


def _year_end_targets(st: Structure, plan_year: int | None, title: str | None, inside_citation: SpanSet,
                      agency_at: Callable[[int, int], str | None]) -> list[Deadline]:
    """A result due by the end of the plan's own year inside a sentence, that year as a period: "Đảm
    bảo mục tiêu hết năm 2026 đạt ít nhất 50% số xã, phường … không ma túy" (Hưng Yên KH 199/2026, tune9
    V01), "bảo đảm đến hết năm 2025 không còn có khó khăn, vướng mắc" (BCĐ CV 171/2025, tune14 R09);
    not a later year's target in running text ("bảo đảm đến hết năm 2030 đạt 50% địa bàn cấp xã" of a
    2025 plan, Cần Thơ KH 153/2025: a goal, tests/test_time_expressions.py), nor the end of a span
    ("từ nay đến hết năm 2025", "từ năm 2025 đến hết năm 2030": the work's own duration).  So is a
    sentence that opens with the plan's year and then the work (rx.YEAR_OPENS_SENTENCE)."""
    text = st.text
    horizon = {int(h.group("span") or h.group("by")) for h in rx.TITLE_HORIZON.finditer(title or "")}
    out = []
    for m in (*rx.year_end_targets(text), *rx.YEAR_OPENS_SENTENCE.finditer(text)):
        y = int(m.group("y"))
        # (a year the sentence opens with may be the next one: the letter gives next year's work; a year
        # beyond it is a long-range goal, ". Năm 2030, phấn đấu 100% xã …" in a 2025 plan, review 25 #2)
        later = m.re is rx.YEAR_OPENS_SENTENCE and plan_year is not None and y == plan_year + 1
        if (y != plan_year and not later) or y in horizon or inside_citation.contains(m.start()):
            continue
        out.append(Deadline(" ".join(m.group("item").split()), "period", str(y),
                            agency_at(m.start("item"), m.end("item")), m.start("item"), m.end("item")))
    return out


def _year_spans(st: Structure, plan_year: int | None, title: str | None, inside_citation: SpanSet,
                cell_starts: list[int], agency_at: Callable[[int, int], str | None]) -> list[Deadline]:
    """A span of years that is a task's time, due in its last year: a task table's time cell
    ("| Năm 2025 - 2026 |", "| 2025 - 2030" closing its row) or brackets that close a task's line
    ("… tiến tới thí điểm (2025 - 2026)."); not one that ends in the horizon the title names (the
    plan's own duration, "… GIAI ĐOẠN 2026 - 2030" over "| 2026 - 2030 |" cells), a figures table's
    (digits after it on its row, a header row), a past span, or one inside a citation."""
    text = st.text
    horizon = {int(h.group("span") or h.group("by")) for h in rx.TITLE_HORIZON.finditer(title or "")}
    dashed = [pos for pos in cell_starts if "-" in text[pos:pos + 16] or "–" in text[pos:pos + 16]]  # (cheaper than a match at each)
    spans = _matches_at(text, rx.YEAR_RANGE_CELL, dashed) + list(rx.YEAR_RANGE_CLOSING_LINE.finditer(text))
    out = []
    for span in spans:
        y0, y = int(span.group("y0")), int(span.group("y"))
        if not y0 < y <= y0 + 10 or (plan_year and y < plan_year) or y in horizon \
                or inside_citation.contains(span.start("item")):
            continue
        line = st.line_at(span.start("item"))
        row = st.lines[line]
        if span.group(0)[0] == "|" and (rx.HEADER_ROW.match(row.text, 0, 40)
                                        or rx.DIGIT.search(text, span.end(), row.start + len(row.text))):
            continue
        if span.group(0)[0] == "(" and _names_a_part(st, line):
            continue  # a heading's span names its part ("GIAI ĐOẠN (2025 - 2030)")
        out.append(Deadline(" ".join(span.group("item").split()), "period", str(y),
                            agency_at(span.start("item"), span.end("item")), span.start("item"), span.end("item")))
    return out


def _review_times(text: str, plan_year: int | None, inside_citation: SpanSet,
                  agency_at: Callable[[int, int], str | None]) -> list[Deadline]:
    """The periods of a review of the work: "Sơ kết 6 tháng, 1 năm …" (a P6M and a P1Y recurrence),
    "Tổng kết giai đoạn 2013-2015 vào năm 2015; giai đoạn 2016-2020 vào năm 2020" (each year it is held
    in, to the sentence's end; not a past year)."""
    out = []
    for m in rx.REVIEW_PERIODS.finditer(text):
        half = m.start() - (1 if text[m.start() - 1:m.start()] == "0" else 0)  # "06 tháng"
        if text[half - 1:half].isalnum() or not rx.REVIEW_WORDS_BEFORE.search(text, max(0, half - 16), half) \
                or inside_citation.contains(half):
            continue
        agency = agency_at(half, m.end("year"))
        out.append(Deadline(" ".join(text[half:m.end("half")].split()), "recurrence", "P6M", agency, half, m.end("half")))
        out.append(Deadline(" ".join(m.group("year").split()), "recurrence", "P1Y", agency, m.start("year"), m.end("year")))
    for year in rx.REVIEW_YEAR.finditer(text):
        start = year.start() - 1
        if start < 0 or text[start] not in "vV" or (start and text[start - 1].isalnum()) \
                or (plan_year and int(year.group("y")) < plan_year) or inside_citation.contains(start):
            continue
        sentence = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 300) + 1
        if rx.REVIEW_OPENS.search(text, sentence, start):
            out.append(Deadline(" ".join(text[start:year.end()].split()), "period", year.group("y"),
                                agency_at(start, year.end()), start, year.end()))
    for year in rx.REVIEW_YEAR_BRACKETS.finditer(text):
        start, end = year.start("item"), year.end("item")
        if (plan_year and int(year.group("y")) < plan_year) or inside_citation.contains(start):
            continue
        sentence = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 300) + 1
        if rx.REVIEW_OPENS.search(text, sentence, start):
            out.append(Deadline(" ".join(text[start:end].split()), "period", year.group("y"), agency_at(start, end), start, end))
    return out


def _period_end(value: str) -> str:
    """The last month (``YYYY-MM``) of a period value: ``2025-H1`` → ``2025-06``, ``2025-Q3`` →
    ``2025-09``, ``2025`` → ``2025-12``."""
    year, _, part = value.partition("-")
    if not part:
        return f"{year}-12"
    if part[0] == "H":
        return f"{year}-{6 * int(part[1:]):02d}"
    if part[0] == "Q":
        return f"{year}-{3 * int(part[1:]):02d}"
    return value


def _period_follows(text: str, bare: Deadline, after: list[Deadline]) -> bool:
    """Whether the same clause goes on to give the period of a bare "định kỳ"."""
    for d in after:
        if d.kind == "recurrence" and d.value and d.start - bare.end < 160 \
                and not rx.CLAUSE_END.search(text, bare.end, d.start):
            return True
    return False


def _range_schedules_nothing(text: str, months, plan_year: int | None) -> bool:
    """The checks the time phrases of DEADLINE pass, for a dashed range of months (review 0.8
    #11): a range that ended before the plan year ("Từ tháng 01/2024 - tháng 6/2024, tỉnh đã tổ
    chức …"), a budget's or a meeting's span ("kinh phí từ tháng 12/2025 - tháng 3/2026 do ngân
    sách bảo đảm"), work a sentence reports as done ("…, các xã đã tổ chức …")."""
    if plan_year and int(months.group("y")) < plan_year:
        return True
    start = months.start()
    if start >= 3 and text[start - 3:start].lower() in ("từ ", "từ\t"):
        start -= 3
    before = text[max(0, start - 80):start]
    if rx.ends_with(rx.NOT_A_DEADLINE_BEFORE, before):
        return True
    return bool((rx.CLAUSE_OPENS_BEFORE.search(before) or text[start:start + 1].isupper())
                and not _after_the_year_of(months.group(0), None, plan_year)
                and rx.PAST_WORK_AFTER.match(text, months.end(), min(len(text), months.end() + 120)))


def _after_the_year_of(phrase: str, issue_date: str | None, plan_year: int | None) -> bool:
    """Whether the time ``phrase`` names a year after the one the document speaks from (its
    issue date's, else its plan year): no work in it can be reported as done, whatever "đã" its
    clause holds ("Trong năm 2026, Sở Nội vụ đã có kế hoạch tổ chức hội nghị" in a plan of 2025,
    review 0.8 #14)."""
    now = int(issue_date[:4]) if issue_date and issue_date[:4].isdigit() else plan_year
    years = rx.YEAR_IN_PHRASE.findall(phrase)
    return bool(now and years and int(years[-1]) > now)


def _not_work_time(st: Structure, m, before: str, row_facts: dict[tuple[str, int], bool]) -> bool:
    """Whether the context of a time expression says it schedules no work: the words around it
    (models/time_word_contexts.tsv), a criteria table's scoring row, a year that is no task
    table's time cell, a "Ngày …:" that does not open a schedule line."""
    text = st.text
    # a year cell's match opens at its cell border: the words before it are another cell's ("Văn bản
    # quy định được ban hành | 2026", a task table's product column before its time column, Thủ tướng
    # QĐ 2597/2025, crawl ec00bd6f58be7864), no context of the year
    own_before = "" if m.group("year_cell") and m.group(0)[:1] == "|" else before
    if rx.time_word_not_work(_context_kind(m), own_before, text, m.end()):
        return True
    line = st.line_at(m.start())
    row = st.lines[line].text

    def fact(name: str, test) -> bool:  # once per line: a line may hold many time expressions
        if (name, line) not in row_facts:
            row_facts[(name, line)] = bool(test(row))
        return row_facts[(name, line)]

    k = st.line_section[line] if line < len(st.line_section) else None
    h = st.headings[k] if k is not None else None
    if h is not None and not m.group("due"):  # an explicit due date ("trước ngày …") is work scheduled
        if ("review", k) not in row_facts:  # once per section; each title a pure review (no "nhiệm vụ" …)
            row_facts[("review", k)] = bool(rx.REVIEW_SECTION.match(h.title) or rx.REVIEW_SECTION.match(h.top_title))
        if row_facts[("review", k)]:
            return True  # under "I. Đánh giá chung": past work reviewed, none scheduled
    if not m.group("due"):
        if fact("scoring", rx.SCORING_ROW.search):
            return True  # a criteria table's row grades work ("Báo cáo hàng quý | 5 điểm")
        if h is not None and ("scoring section", k) not in row_facts:  # once per section: a crawl's title may be a whole line
            row_facts[("scoring section", k)] = bool(rx.SCORING_SECTION.search(h.title) or rx.SCORING_SECTION.search(h.top_title))
        if h is not None and row_facts[("scoring section", k)]:
            return True  # a row under "TIÊU CHÍ CHẤM ĐIỂM"
        if k is not None and fact(f"criterion {k}", lambda _: _under_points(st, k)):
            return True  # a criterion of a group that carries its points ("4. Nội dung hoạt động (20 điểm)")
    if m.group("year_cell"):
        in_a_cell = m.group(0)[0] == "|" or (m.group(0)[:3] == "Năm" and (
            rx.CELL_BORDER_BEFORE.search(before) if "|" in row  # "… | Năm 2025", a row's time cell
            else rx.CELL_AFTER_WORD_BEFORE.search(before)))
        if not in_a_cell:
            return True  # a year in running text
        if fact("year header", lambda r: len(rx.YEAR_ONLY_CELL.findall(r)) > 1 or rx.HEADER_ROW.match(r)):
            return True  # a header row ("STT | Nội dung | Năm 2025 | …", "Năm 2026 | Năm 2027 | …")
    if m.group("sched") and not m.group("weekday") and not rx.SCHEDULE_LINE_BEFORE.search(before):
        # "ngày 26/12/2011:" inside a sentence is no schedule line; a date with its weekday before
        # a cell border is a schedule table's, wherever its row stands ("Ngày 03/01/2012 (thứ 3) |")
        return True
    return False


def _under_points(st: Structure, k: int) -> bool:
    """Whether heading ``k`` or a heading above it on its path carries points ("4. Nội dung hoạt
    động (20 điểm)" over "4.3. Kế hoạch hoạt động hàng năm, hàng quý; lịch công tác hàng tháng,
    hàng tuần"): the items of a criteria table set out as numbered lines (Sở GD&ĐT TP HCM CV
    5155/2025), which grade work and schedule none."""
    path = st.headings[k].path
    for h in reversed(st.headings[:k + 1]):
        if path.startswith(h.path) and (h.path == path or path[len(h.path)] == ".") \
                and rx.POINTS_IN_TITLE.search(h.title):
            return True
        if h.level == 1 and path.startswith(h.path):
            break
    return False


def _task_row(st: Structure, d: Deadline, row_facts: dict[tuple[str, int], bool]) -> int | None:
    """The line of the numbered task-table row a deadline with no known agency stands in, when
    the row names an agency: rows are tasks of different agencies ("6 … UBND các huyện, thành
    phố; Hàng năm", "7 Sở Văn hóa và Thể thao Hàng năm"), their same-value deadlines stay
    separate entries."""
    line = st.line_at(d.start)
    if ("task row", line) not in row_facts:  # once per line: a line may hold many deadlines
        row = st.lines[line].text
        # a row with cell borders whose lead cell was read names no agency: one task of the
        # document's (a monitoring table's "02 lần/tháng" rows); a row of a column layout whose
        # cells ran together may name one the recognizer could not cut out
        row_facts[("task row", line)] = not ("|" in row or not rx.TASK_ROW_NUMBER.match(row)
                                             or not rx.agency_head_in_text().search(row))
    return line if row_facts[("task row", line)] else None


def _context_kind(m) -> str:
    """The kind whose negative contexts apply to a match (see models/time_word_contexts.tsv)."""
    if m.group("continuous"):
        return "continuous"
    if m.group("due"):
        return "due" if m.group(0)[:5].lower() == "trước" else "date"
    if m.group("every") or m.group("n_per") or m.group("times_per") or m.group("each") or m.group("annual") \
            or m.group("monthly_day") \
            or m.group("periodic"):
        return "recurrence"
    return "period"


def _yearly_date_follows(text: str, bare: Deadline, after: list[Deadline]) -> bool:
    """Whether a bare "định kỳ" is followed, in its clause, by a yearly due day."""
    return any(d.kind == "date" and rx.YEARLY_DUE_DAY.search(d.text) and d.start - bare.end < 160
               and not rx.CLAUSE_END.search(text, bare.end, d.start) for d in after)


PARTS_OF_DAY = frozenset(rx.PARTS_OF_DAY)  # "Sáng ngày 15/12/2025, UBND tỉnh đã tổ chức …": a day reported


def _values(m, plan_year):
    # m["name"] reads one group (groupdict() would build all ~40, a long line holds thousands of matches)
    if m["continuous"]:
        yield "continuous", "continuous", m.start(), m.end()
    elif m["every"]:
        yield "recurrence", _duration(1, m["every_unit"].lower()), m.start(), m.end()
    elif m["n_per"]:
        yield "recurrence", _duration(_num(m["n_per_n"]), m["n_per_unit"].lower()), m.start(), m.end()
    elif m["monthly_day"]:
        yield "recurrence", "P1M", m.start(), m.end()
    elif m["annual"]:
        yield "recurrence", "P1Y", m.start(), m.end()
    elif m["each"]:
        unit = m["each_unit"].lower()
        yield "recurrence", "P6M" if unit.startswith("học") else _duration(1, unit), m.start(), m.end()
    elif m["times_per"]:
        yield "recurrence", _duration(int(m["tp_n"] or 1), m["tp_unit"].lower()), m.start(), m.end()
    elif m["month"]:
        month, year = int(m["mo_m"]), int(m["mo_y"])
        if 1 <= month <= 12:
            yield "period", f"{year}-{month:02d}", m.start(), m.end()
    elif m["year"]:
        yield "period", m["yr"], m.start(), m.end()
    elif m["month_of_plan"]:
        month = int(m["mp_m"])
        if plan_year and 1 <= month <= 12:
            yield "period", f"{plan_year}-{month:02d}", m.start(), m.end()
    elif m["year_cell"]:
        if plan_year and int(m["yc"]) < plan_year:
            return  # a past year: figures, not a task's time
        yield "period", m["yc"], m.start("yc") if m["year_cell"][0] == "|" else m.start(), m.end()
    elif m["periodic"]:
        if m["p_n"]:
            months = _num(m["p_n"])
            yield "recurrence", f"P{months}M", m.start(), m.start("p_n") + len(m["p_n"]) + len(" tháng")
            if m["p_year"]:
                word = m.group("p_year").lstrip(" ,")
                yield "recurrence", "P1Y", m.end("p_year") - len(word), m.end("p_year")
        else:
            yield "recurrence", None, m.start(), m.end()
    elif m["due"]:
        if m["due_y"] and plan_year and int(m["due_y"]) < plan_year - 1:
            return  # a legal condition ("đất sử dụng trước ngày 01/7/2004"), not work due
        year = int(m["due_y"]) if m["due_y"] else plan_year
        if year and not m["due_y"] and m["due_next"]:
            year += 1  # "trước ngày 30 tháng 01 năm sau": the year after the plan's
        value = rx.iso_date(year, m["due_m"], m["due_d"])
        if value:
            yield "date", value, m.start(), m.end()
        elif not year and (yearly := rx.YEARLY_DUE_DAY.search(m.group(0))):
            # "Trước ngày 15 tháng 12 hàng năm, báo cáo …" where no plan year can be read (a crawl that
            # lost the header, crawl 7cfc6fdf6d7a5f5d): the day has no year, but it recurs every year
            yield "recurrence", "P1Y", m.start() + yearly.start(), m.end()
    elif m["quarter"]:
        year = int(m["q_y"]) if m["q_y"] else plan_year
        q = rx.ROMAN_QUARTER[(m["q2"] or m["q"]).upper()]
        if year:
            yield "period", f"{year}-Q{q}", m.start(), m.end()
    elif m["half"]:
        year = int(m["half_y"]) if m["half_y"] else plan_year
        if year:
            yield "period", f"{year}-H{1 if m['half_which'].lower() == 'đầu' else 2}", m.start(), m.end()


def _section_scopes(st: Structure) -> list[dict[str, int]]:
    """Per heading (by index): the path of itself and of each of its parents → that heading's
    line.  A path alone does not name one section: a decision and the regulation it attaches
    both number their articles from "Điều 1" (Đà Nẵng QĐ 82/2025: the decision's "Điều 2.2"
    gives work to the Sở, ngành; the attached Nội quy's "Điều 2.2" lists the traders' duties)."""
    last: dict[str, int] = {}
    scopes = []
    for h in st.headings:
        last[h.path] = h.line
        parts = h.path.split(".")
        prefixes = (".".join(parts[:k]) for k in range(1, len(parts) + 1))
        scopes.append({p: last[p] for p in prefixes if p in last})
    return scopes


def _section_leads(st: Structure, assignments: list[Assignment],
                   scopes: list[dict[str, int]]) -> tuple[dict[int, str], dict[int, str]]:
    """Section (its heading's line) → its first lead; and the leads a sub-section inherits: only
    an agency its heading names ("2. Sở Nội vụ" / "a) …"), not the addressee of a sentence in
    the section's opening paragraph ("…, UBND tỉnh yêu cầu các sở, ban, ngành …" over items of
    their own)."""
    leads: dict[int, str] = {}
    inherited: dict[int, str] = {}
    subjects: dict[int, str] = {}
    for a in assignments:
        if not a.section:
            continue
        line = st.line_at(a.start)
        k = st.line_section[line] if line < len(st.line_section) else None
        section = scopes[k].get(a.section) if k is not None else None
        if section is None or section in leads:
            continue
        if a.role != "lead":
            # a section whose heading's subject is only asked to cooperate ("2. Các sở, ban, ngành
            # tỉnh có liên quan … có trách nhiệm thường xuyên phối hợp cùng …") gives it its
            # deadlines when it names no lead (round-7 gold, Đồng Tháp KH 556/2025 VI.2)
            if st.headings[k].line == line and a.start == st.lines[line].start + _heading_text_start(st.lines[line].text):
                subjects.setdefault(section, a.agency)
            continue
        leads[section] = a.agency
        if st.headings[k].line == line:
            inherited[section] = a.agency
    for section, agency in subjects.items():
        leads.setdefault(section, agency)
    return leads, inherited


def _heading_text_start(line: str) -> int:
    """Where a heading line's text starts after its number ("2. Các sở …" → 3)."""
    m = rx.ARABIC_HEADING.match(line)
    return m.start("title") if m else 0


def _table_row_leads(st: Structure, assignments: list[Assignment]) -> dict[int, str]:
    """Line index → the lead agency named in that task-table row ("4 | Xây dựng … | Sở KH&CN |
    … | Quý IV/2025"): a deadline in a row belongs to the row's lead, not the section's."""
    leads: dict[int, str] = {}
    in_row: dict[int, bool] = {}  # (a line looked at once, not once per lead: a long line names thousands)
    for a in assignments:
        if a.role == "lead":
            line = st.line_at(a.start)
            if line not in in_row:
                in_row[line] = " | " in st.lines[line].text
            if in_row[line]:
                leads.setdefault(line, a.agency)
    return leads


def _line_leads(st: Structure, assignments: list[Assignment]) -> dict[int, list[tuple[int, str]]]:
    """Line index → (offset, agency) of the leads named on that line, in text order."""
    leads: dict[int, list[tuple[int, str]]] = {}
    for a in assignments:
        if a.role == "lead":
            leads.setdefault(st.line_at(a.start), []).append((a.start, a.agency))
    for found in leads.values():
        found.sort()
    return leads


def _sentence_lead(text: str, leads: list[tuple[int, str]] | None, at: int) -> str | None:
    """The lead of the sentence a deadline stands in: the last lead named before it on its
    line ("Giao Sở Y tế chủ trì …, báo cáo trước ngày 15/12. Văn phòng UBND tỉnh theo dõi …"
    → Sở Y tế; a crawled article holds several agencies' tasks on one line)."""
    if not leads:
        return None
    # the leads before it, found by bisection (a megabyte-long line may name thousands)
    k = bisect_left(leads, at, key=_lead_start) - 1
    if k < 0:
        return None
    # a list of subjects shares one sentence: its first agency carries the deadline (a list is
    # a few names: the walk back is bounded)
    first = k
    while first > 0 and k - first < LIST_READ and not rx.SENTENCE_START.search(text, leads[first - 1][0], leads[first][0] + 1) \
            and not _clause_between(text, leads[first - 1], leads[first][0]):
        first -= 1
    return leads[first][1]


def _clause_between(text: str, lead: tuple[int, str], next_start: int) -> bool:
    """Whether a clause of its own stands between a lead and the next one named after it:
    "Sở A chủ trì …; Sở B …" (two tasks), not a list of addressees that ";" separates
    ("đề nghị các sở, ban, ngành tỉnh; UBND các xã, phường rà soát, gửi báo cáo …": one task,
    whose first-named lead carries its deadline) — the names before the ";" hold a predicate
    after the first one's name (an apposition in brackets is part of the name: "Sở Nông nghiệp và
    Môi trường (cơ quan thường trực Ban Chỉ đạo); Ủy ban nhân dân các xã …")."""
    start, _agency = lead
    between = text[start:next_start]
    separator = between.rfind(";")
    if separator < 0:
        return False
    return predicate_after_name(rx.NAME_PARENTHESIS.sub("", between[:separator]).strip()) is not None


LIST_SEPARATOR_SLACK = 12  # "tỉnh; ", " thành phố; ": a name's tail and the separator


LIST_READ = 40  # how many names a list of subjects may hold


def _lead_start(lead: tuple[int, str]) -> int:
    return lead[0]


def _labelled_block_lead(st: Structure, line: int, leads_on_line: dict[int, list[tuple[int, str]]],
                         is_time_label: Callable[[int], bool]) -> str | None:
    """The lead of a labelled task block whose time line this is: "- Thời gian hoàn thành: Quý
    I/2026; - Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực …" — the lead line may follow
    the time line or stand before it, within the block (up to three lines either side, not past
    a heading or another time line)."""
    if not is_time_label(line):
        # the time label's wrapped second line ("*Thời gian thực hiện: *Theo\nKế hoạch bồi dưỡng …
        # hàng năm.")
        if not (line > 0 and is_time_label(line - 1) and st.lines[line - 1].text[-1:] not in ".;"):
            return None
        line -= 1
    return _block_lead(st, line, (1, -1), leads_on_line, is_time_label, labels_after=True)


def _block_lead(st: Structure, line: int, steps: tuple[int, ...], leads_on_line: dict[int, list[tuple[int, str]]],
                is_time_label: Callable[[int], bool], labels_after: bool = False) -> str | None:
    """The lead line of the task block around ``line``: up to four text lines away in each
    direction of ``steps`` (a label may wrap; blank lines between them not counted, a few at most), not past a
    heading or another time line.  The lead is the task recognizer's, or else read from the
    label line itself ("*Đơn vị chủ trì thực hiện: *Các\nSở, ngành, đơn vị, UBND cấp xã.",
    Bắc Ninh KH 141/2025, a crawl that wrapped the name).  With ``labels_after`` (a time line) the
    lines after it are read only while they are labels: the next task's text opens another block."""
    for step in steps:
        k, seen = line + step, 0
        while 0 <= k < len(st.lines) and seen < 5 and abs(k - line) <= 16:
            row = st.lines[k].text
            if row:
                seen += 1
                if is_time_label(k) or not _same_task_block(st, k, line) \
                        or (labels_after and step > 0 and not rx.LABEL_LINE.match(row, 0, 80)):
                    break
                if label := rx.LEAD_LABEL_LINE.match(st.text, st.lines[k].start, st.lines[k].start + 120):  # it may wrap
                    if leads_on_line.get(k):
                        return leads_on_line[k][0][1]
                    lead = _agency_opening(st.text[label.end():label.end() + 200].replace("\n", " ").lstrip(" *_"))
                    if lead:
                        return lead
            k += step
    return None


def _same_task_block(st: Structure, k: int, line: int) -> bool:
    """Whether line ``k`` may belong to the task block of ``line``: the same section, or sibling
    items that are both labels of one task ("b) Cơ quan thực hiện:" over "c) Thời gian thực hiện: …",
    Hà Nội KH 308/2025), which the structure reads as lettered sections of their own."""
    a, b = st.section_of(k), st.section_of(line)
    if a is b:
        return True
    if a is None or b is None or a.level != b.level or a.path.rsplit(".", 1)[0] != b.path.rsplit(".", 1)[0]:
        return False
    return all(rx.LABEL_ITEM_HEADING.match(st.lines[h.line].text, 0, 80) for h in (a, b))


# How far a sentence's subject is read from its start: no agency name is longer, and a bound
# keeps a megabyte-long line linear (each time phrase on it would otherwise copy the line).
# Every pattern matched at a time phrase is given an end for the same reason: the regex module
# looks for a pattern's required literal (":", ",", "Việc", "đột xuất") from where it starts to
# the end of the string before it tries.
SUBJECT_READ = 600


def _sentence_subject(text: str, line_start: int, at: int, end: int,
                      breaks: Callable[[int], list[int]], aliases: dict[str, str] | None = None) -> str | None:
    """The agency a sentence names as its subject when the task recognizer gave it no lead:
    "- Sở Khoa học và Công nghệ tổng hợp, báo cáo … trước ngày 30/11 hằng năm", "Lực lượng
    kiểm lâm có trách nhiệm cung cấp thông tin hàng ngày", or after a time that opens it:
    "Chậm nhất là ngày 01 tháng 2 năm 2026, Ủy ban bầu cử tỉnh chuyển hồ sơ …" (a guide's
    schedule gives each body its own due dates; same dates of different bodies stay apart)."""
    start = line_start
    ends = breaks(line_start)
    before_at = bisect_left(ends, at)  # a break's lookahead must see a letter before the time
    if before_at:
        start = ends[before_at - 1]
    opener = rx.SENTENCE_OPENER.match(text, start, at)
    if opener:
        start = opener.end()
    # "a) Yêu cầu Nhà đầu tư 02 dự án lập hồ sơ … trước 30/5/2026", "Ủy ban nhân dân tỉnh đề nghị
    # các sở, ngành … báo cáo trước ngày 15/12": the addressee, not the body that speaks
    directive = rx.SUBJECT_DIRECTIVE.match(text, start, at)
    if directive:
        start = directive.end()
    elif issuer := rx.ISSUER_DIRECTIVE.match(text[start:min(at, start + SUBJECT_READ)]):
        start += issuer.end()
    if start == at or (at - start < SUBJECT_READ and (rx.GROUNDS_CLAUSE.fullmatch(text, start, at)
                                                      or rx.TIME_BEFORE_TIME.fullmatch(text, start, at))):
        # the time opens the sentence, or follows its opening clause ("Căn cứ vào kết quả hiệp
        # thương lần thứ nhất, chậm nhất là ngày 15 tháng 12 năm 2025, Thường trực Hội đồng nhân
        # dân tỉnh, cấp xã tiến hành …"): its subject follows the comma, after such a clause of
        # its own ("Chậm nhất là ngày 05 tháng 02 năm 2026, căn cứ vào kết quả …, Ủy ban …")
        subject = None
        if due := rx.DUE_DAY_BEFORE_SUBJECT.match(text, end, end + 80):
            end = due.end()  # "Định kỳ trước ngày 31 tháng 12 hằng năm, Văn phòng …": past the due day
        if after := rx.SUBJECT_AFTER_TIME.match(text, end, end + 20):
            subject = _agency_opening(text[after.end():after.end() + 160], aliases)
            if subject is None and rx.LOWER_CASE_SUBJECT.match(text, after.end(), after.end() + 40):
                # a collective the sentence names after its time, in running text's lower case: "- Định
                # kỳ hằng năm, ban thường vụ cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị có
                # trách nhiệm …" (Ban Tổ chức TW HD 45/2025 tune2 C041, gold: that body's, not the
                # entry of no agency "4.2. Hằng năm, tiến hành rà soát …" stands in)
                lead = text[after.end():after.end() + 160]
                subject = _agency_opening(lead[:1].upper() + lead[1:], aliases)
            if subject is None and (grounds := rx.GROUNDS_CLAUSE.match(text, after.end(), after.end() + 260)):
                subject = _agency_opening(text[grounds.end():grounds.end() + 160], aliases)
    else:
        subject = _agency_opening(text[start:min(at, start + SUBJECT_READ)], aliases)
        if subject is None and (label := rx.LABEL_BEFORE_SUBJECT.match(text, start, min(at, start + 100))):
            # "1. Biên bản hội nghị (Bước 2): Các cơ quan, đơn vị và Ban CTMT thôn gửi … chậm
            # nhất 17 giờ 00 ngày 25/01/2026": the subject follows the item's label
            subject = _agency_opening(text[label.end():min(at, label.end() + SUBJECT_READ)], aliases)
    if subject is None and start > line_start:
        # a later sentence of a paragraph that an agency opens: "1. Các Sở, ngành, UBND các
        # xã, phường …: Căn cứ chức năng, … tổ chức triển khai. Định kỳ hàng tháng …"
        opener = rx.SENTENCE_OPENER.match(text, line_start, at)
        subject = _agency_opening(text[opener.end():min(at, opener.end() + SUBJECT_READ)], aliases)
    return subject


def _inside_bracket_from_above(text: str, line_start: int) -> bool:
    """Whether the line above the one at ``line_start`` opened a bracket it did not close: its last
    bracket is an opening one (an item's "c)" at its start closes none)."""
    if line_start <= 0:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start]
    return above.rfind("(") > above.rfind(")")


def _last_mark_before(text: str, end: int) -> str:
    """The last character before ``end`` that is not a space, read backwards from ``end`` (a copy
    of the text before it, once per time phrase, was quadratic in the document, review 0.8 #2)."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1:i]


def _clause_subject(text: str, line_start: int, at: int, breaks: Callable[[int], list[int]],
                    leads: list[tuple[int, str]] | None, aliases: dict[str, str]) -> str | None:
    """The agency that opens the clause a time stands in, after a ";", when the task recognizer
    did not take it as a lead: "Giao Sở Tài chính chủ trì …, báo cáo trước ngày 10/12/2025; Sở Nội
    vụ rà soát …, báo cáo trước ngày 15/12/2025" — the second date is Sở Nội vụ's, not that of the
    lead named before it on the line.  A lead there is left to ``_sentence_lead`` (a list of
    addressees that ";" separates gives its time to the first-named)."""
    ends = breaks(line_start)
    k = bisect_left(ends, at)
    if not k or _last_mark_before(text, ends[k - 1]) != ";" or text.find(";", ends[k - 1], at) >= 0:
        return None  # (a later clause of no subject of its own, "…; định kỳ trước ngày 01/6 … báo cáo", is the list's)
    start = ends[k - 1]
    if directive := rx.SUBJECT_DIRECTIVE.match(text, start, at):
        start = directive.end()
    elif issuer := rx.ISSUER_DIRECTIVE.match(text[start:min(at, start + SUBJECT_READ)]):
        start += issuer.end()  # "…; UBND tỉnh đề nghị các sở, ban, ngành …": the addressee, not the body that speaks
    subject = _agency_opening(text[start:min(at, start + SUBJECT_READ)], aliases)
    if subject is not None and rx.SUPPORT_AFTER_SUBJECT.match(text, start + agency_extent(text[start:min(at, start + SUBJECT_READ)]), at):
        return None  # the partners' clause of the task before: its time is the lead's (_sentence_lead)
    if subject is None or any(start <= lead_start < start + len(subject) + LIST_SEPARATOR_SLACK
                              or fold_agency(name) == fold_agency(subject) for lead_start, name in leads or ()):
        return None  # a lead the task recognizer read there (the list it opens is _sentence_lead's)
    return subject


def _cell_start(text: str, line_start: int, at: int) -> int | None:
    """Where the table cell that holds ``at`` starts on its row's line (after its " | ")."""
    bar = text.rfind(" | ", line_start, at)
    return bar + 3 if bar >= 0 else None


def _row_clause_subject(text: str, cell_start: int, at: int, aliases: dict[str, str]) -> str | None:
    """The agency that opens the clause of a task-table cell a time stands in, after a ";" of
    that cell, when it is not the row's lead: "Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành,
    UBND cấp xã thực hiện công bố dữ liệu mở hằng năm theo lĩnh vực quản lý." (Bắc Ninh KH
    144/2025, appendix, gold: the yearly publication is the sở, ngành's, not Sở KH&CN's).  The
    clause must be a sentence of its own: its subject followed by a verb (not a list of co-leads
    "Sở Nội vụ; Sở Tài chính", nor the partners' "…; các sở, ngành phối hợp")."""
    sep = text.rfind(";", cell_start, at)
    if sep < 0:
        return None
    start = sep + 1
    while start < at and text[start] == " ":
        start += 1
    clause = text[start:min(at, start + SUBJECT_READ)]
    subject = _subject_opening(clause, aliases)
    if subject is None or predicate_after_name(clause) is None:
        return None
    group = rx.CLASS_OF_BODIES.match(clause)
    extent = max(agency_extent(clause), group.end() if group else 0)
    return None if rx.SUPPORT_AFTER_SUBJECT.match(text, start + extent, at) else subject


def _sibling_label_lead(st: Structure, k: int, scopes: list[dict[str, int]],
                        leads_on_line: dict[int, list[tuple[int, str]]]) -> str | None:
    """The lead of the task whose sub-item heading ``k`` is, as the item right before it labels it,
    when nothing nearer named one: the numbered parts of one task follow one another, and the
    first labels its lead ("2.1. Nội dung: …" / "- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt
    Nam xã." then "2.2. Báo cáo kết quả hội nghị …" / "Báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam
    tỉnh chậm nhất ngày 03/02/2026.", Lương Minh KH 2025 tune2 C053, gold: the lead of 2.1).  A
    top-level part has no such siblings (its parts are other tasks)."""
    h = st.headings[k]
    if "." not in h.path:
        return None
    parent = h.path.rsplit(".", 1)[0]
    parent_line = scopes[k].get(parent)
    if parent_line is None:
        return None
    j = next((j for j in range(k - 1, -1, -1) if st.headings[j].level <= h.level), None)
    if j is None or st.headings[j].level != h.level or scopes[j].get(parent) != parent_line \
            or st.headings[j].path.rsplit(".", 1)[0] != parent:
        return None  # the item before is no sibling: the first item of its part
    own_end = next((st.headings[m].line for m in range(k + 1, len(st.headings)) if st.headings[m].level <= h.level),
                   len(st.lines))
    if rx.LEAD_LABEL_ANYWHERE.search(st.text, st.lines[st.headings[k].line].start,
                                      st.lines[own_end - 1].start + len(st.lines[own_end - 1].text)):
        return None  # an item that labels its own lead, even where it could not be read, takes none from before
    for i in range(st.headings[j].line, st.headings[k].line):
        if label := rx.LEAD_LABEL_LINE.match(st.text, st.lines[i].start, st.lines[i].start + 120):
            if leads := leads_on_line.get(i):
                return leads[0][1]
            return _agency_opening(st.text[label.end():label.end() + 200].replace("\n", " ").lstrip(" *_"))
    return None


def _subject_opening(text: str, aliases: dict[str, str]) -> str | None:
    """The agency that opens ``text``, or a class of bodies named by their unit words ("Các sở,
    ban, ngành", "Các sở, ngành"), as a sentence's subject names it."""
    subject = _agency_opening(text, aliases)
    if subject is None and (group := rx.CLASS_OF_BODIES.match(text)):
        subject = clean_agency(group.group())
    return subject


def _last_sentence_subject(text: str, line_start: int, line_end: int, aliases: dict[str, str]) -> str | None:
    """The subject of the last sentence of a line (after its last full stop; a ";" separates
    its list of subjects or clauses, not sentences): its first-named agency."""
    start = line_start + _heading_text_start(text[line_start:line_end])  # "1.Các sở, …": a number the crawl glued on
    for stop in rx.SENTENCE_START_AFTER_STOP.finditer(text, start, line_end):
        start = stop.end()
    if glued := rx.CAPITALS_BEFORE_ITEM.match(text, start, line_end):
        start = glued.end()  # "… III. TỔ CHỨC THỰC HIỆN 1.Các sở, ban, ngành; …": a part's heading the crawl glued on
    opener = rx.SENTENCE_OPENER.match(text, start, line_end)
    start = opener.end() if opener else start
    if directive := rx.SUBJECT_DIRECTIVE.match(text, start, line_end):
        start = directive.end()
    return _subject_opening(text[start:min(line_end, start + SUBJECT_READ)], aliases)


def _line_continued(st: Structure, line: int, at: int, breaks: Callable[[int], list[int]]) -> int | None:
    """The line above whose sentence ``line`` goes on, when the time at ``at`` stands in that part:
    ``line`` opens in lower case with no item mark of its own and before any sentence break, and
    the line right above it, in the same section, ends on a ";" that closed no sentence."""
    row = st.lines[line]
    if line == 0 or not rx.LINE_OPENS_IN_LOWER_CASE.match(row.text) or any(b <= at for b in breaks(row.start)):
        return None
    above = line - 1
    if st.lines[above].blank or not st.lines[above].text.rstrip().endswith(";") \
            or st.section_of(above) is not st.section_of(line):
        return None
    return above


def _generic_subject(text: str, line_start: int, at: int, breaks: Callable[[int], list[int]]) -> bool:
    """Whether the sentence a time stands in opens with a kind of body named by its unit words
    only, as its subject ("Các cơ quan, tổ chức, đơn vị gửi …")."""
    ends = breaks(line_start)
    k = bisect_left(ends, at)
    start = ends[k - 1] if k else line_start
    opener = rx.SENTENCE_OPENER.match(text, start, at)
    return bool(rx.generic_subject().match(text, opener.end() if opener else start, min(at, start + SUBJECT_READ)))


def _known_subject(text: str, line_start: int, at: int, breaks: Callable[[int], list[int]],
                   known_names: list[str], known_classes: list[tuple[str, str]] = ()) -> str | None:
    """An agency the task recognizer named elsewhere in the document that opens the sentence a
    time stands in, followed by its verb: "+ Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh,
    thành phố trực thuộc trung ương gửi kết quả rà soát về Bộ Công an trước ngày 15 tháng 12 năm
    2025." (Thủ tướng QĐ 2623/2025: the time is theirs, not the block lead Bộ Công an's)."""
    if not known_names:
        return None
    ends = breaks(line_start)
    k = bisect_left(ends, at)
    start = ends[k - 1] if k else line_start
    opener = rx.SENTENCE_OPENER.match(text, start, at)
    if opener:
        start = opener.end()
    head = " ".join(text[start:min(at, start + 200)].split()).lower()
    for name in known_names:
        if head.startswith(name.lower()) and head[len(name):len(name) + 1] in (" ", ","):
            return name
    for short, name in known_classes:
        # a class of bodies the document named with its place as a lead ("8. Các sở, ban, ngành Tỉnh"),
        # its place left out where a later sentence opens with it: "- Các sở, ban, ngành, Ủy ban nhân dân
        # xã, phường và các đơn vị liên quan có trách nhiệm xây dựng kế hoạch chi tiết hằng năm …" (Đồng
        # Tháp KH 552/2025, gold: Các sở, ban, ngành Tỉnh)
        if head.startswith(short) and head[len(short):len(short) + 1] in (" ", ","):
            return name
    return None


def _subject_of_the_task_before(st: Structure, line: int, aliases: dict[str, str]) -> str | None:
    """The agency of the task a paragraph that names it as "Việc …" refers back to: "Ban công tác
    Mặt trận chuyển biên bản hội nghị cử tri … đến Ban Thường trực …" / "Việc chuyển các biên bản
    nói trên phải hoàn thành chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026." (Quảng Ninh MTTQ
    HD 2025, gold): the subject that opens the paragraph before, in the same section."""
    if not rx.TASK_NAMED_BACK.match(st.lines[line].text, 0, 40):
        return None
    k = line - 1
    while k >= 0 and st.lines[k].blank and line - k <= 3:
        k -= 1
    if k < 0 or st.lines[k].blank or st.section_of(k) is not st.section_of(line):
        return None
    row = st.lines[k]
    opener = rx.SENTENCE_OPENER.match(st.text, row.start, row.start + len(row.text))
    return _agency_opening(st.text[opener.end():min(row.start + len(row.text), opener.end() + SUBJECT_READ)], aliases)


def _duty_heading_agency(st: Structure, line: int, aliases: dict[str, str]) -> str | None:
    """The agency whose duties the section of ``line`` lists, as its heading names it, when the
    task recognizer read no lead there: "Điều 16. Trách nhiệm, quyền hạn của Sở Tư pháp" over "5.
    Thường xuyên theo dõi, hướng dẫn …" (Hải Phòng QĐ 211/2025, crawl d71b3a48efad6d2c) — without
    it the item's "thường xuyên" took no agency and merged with another article's task of none."""
    h = st.section_of(line)
    if h is None:
        return None
    for title in (h.title, h.top_title):
        duty = rx.DUTY_HEADING.search(title, 0, 120) if title else None
        if duty:
            return _agency_opening(" ".join(title[duty.end():].split()).strip(" *_"), aliases)
    return None


def _agency_opening(text: str, aliases: dict[str, str] | None = None) -> str | None:
    """The agency that opens ``text``, written out; not a head alone ("Lực lượng",
    "Trung tâm"), which names no one body — unless the document made it the short name of
    one ("Trung tâm chính trị xã, phường, đặc khu (sau đây gọi tắt là Trung tâm)")."""
    for short, full in (aliases or {}).items():
        if text.startswith(short) and not text[len(short):len(short) + 1].isalnum() \
                and agency_extent(text) <= len(short):
            return full
    return _named_agency(text)


def _named_agency(text: str) -> str | None:
    length = agency_extent(text)
    if not length:
        return None
    label = rx.AGENCY_LABEL_END.match(text, length)
    if label:  # a labelled heading names its whole group: "Các Sở, ngành, UBND các xã, phường …:"
        length = label.start("colon")
    if length <= head_end(text):
        return None
    name = clean_agency(text[:length])
    return name if len(name.split()) >= 2 else None


def _agency_for(st: Structure, line: int, scopes: list[dict[str, int]],
                section_leads: tuple[dict[int, str], dict[int, str]]) -> str | None:
    """The lead of the section ``line`` stands in, or the lead its parent sections' headings name."""
    k = st.line_section[line] if line < len(st.line_section) else None
    if k is None:
        return None
    own, inherited = section_leads
    scope = scopes[k]
    path = st.headings[k].path
    leads = own
    while path:
        section = scope.get(path)
        if section is not None and section in leads:
            return leads[section]
        leads = inherited
        if "." not in path:
            break
        path = path.rsplit(".", 1)[0]
    return None


def _names_a_part(st: Structure, line: int) -> bool:
    """Whether ``line`` is a heading whose period names its part: a line in capitals, or a part's
    own heading line under its Roman numeral in any case ("III. MỘT SỐ HOẠT ĐỘNG TUYÊN TRUYỀN
    TRỌNG TÂM TRONG NĂM 2026" and "III. Một số hoạt động tuyên truyền trọng tâm trong năm 2026"
    alike, tune C065: a part heading in sentence case, issue #11)."""
    text = st.lines[line].text
    if text.isupper():
        return True
    k = st.line_section[line] if line < len(st.line_section) else None
    return k is not None and st.headings[k].line == line and rx.ROMAN_HEADING.match(text) is not None
