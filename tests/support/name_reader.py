"""The reader the table of real agency names measures (tests/data/agency_names/examples.tsv,
tests/test_agency_name_table.py, scripts/make_name_examples.py).

It composes the name grammar of ``pipeline.assignments`` the way its task readers use it — a
heading's title as ``_from_task_sections`` reads one with no colon task, a sentence's subject as
``_sentence_subjects`` reads it — without their document context (part, siblings, role), so that
the grammar can be scored line by line.  No pipeline stage calls it: a change to the grammar shows
here and in the corpus figures alike; a change to a reader's own conditions shows only there.
"""

from __future__ import annotations

from pipeline import assignments as asg
from pipeline import regexes as rx
from pipeline.agencies import clean_agency, split_agency_list, starts_with_agency


def subject_names(text: str, heading: bool = False) -> list[str]:
    """The agency names that open ``text`` as the task readers take them: a heading's title (its
    number, directive and "Trách nhiệm của" cut off; ``heading``) read as _from_task_sections reads
    a title with no colon task, or a sentence from its subject on read as _sentence_subjects reads
    it."""
    if heading and (names := _heading_subject_names(text)):
        return names
    # (a heading that names no agency as a title is read as a sentence too: _from_directive_sentences)
    found = asg._sentence_subjects(asg._strip_directive(text) if heading else text)
    if found and found[1] is None and found[2] and (whole := asg._NAME_UP_TO_COLON.match(found[0])) \
            and len(whole.group("name").split()) <= 12:
        return _names_in(found[0], [(0, whole.end("name"))])  # a request's addressee up to its colon (_subject_lines)
    return _names_in(found[0], found[1]) if found and found[1] else []


def _heading_subject_names(title: str) -> list[str]:
    directed, duties = asg._directive_end(title) > 0, asg._responsibility_end(title) > 0
    text = asg._strip_directive(title)
    if (comrade := rx.COMRADE.match(text)):
        text = text[comrade.end():]
    colon = asg._item_colon(text)
    head = (text[:colon] if 0 < colon < 160 else text).strip().rstrip(".")
    if not head:
        return []
    if not starts_with_agency(head):
        whole = (duties and rx.DUTIES_OF_CLASS_TITLE.match(title) is not None and len(head.split()) <= 30
                 and not rx.EVERYONE.match(head)) \
            or ((directed or duties) and len(head.split()) <= 16 and not asg._verb_in_running_text(head)
                and not rx.TASK_NOUN_START.match(head) and not (duties and not (head[:1].isupper() or head[:4].lower() == "các "))) \
            or asg._names_a_post(head) or asg._name_like(head)
        return _names_in(head, [(0, len(head))]) if whole else []
    ext = asg._agency_end(head, whole_heading=True)
    rest = head[ext:].lstrip(" ,")
    if ext < len(head) - 2 and (rx.ACTION_START.match(head, len(head) - len(rest)) or asg._verb_after_adverbial(rest) is not None):
        spans = split_agency_list(head[:ext]) if head.lower().startswith("các") else [(0, ext)]
    elif (listed := asg.agency_list(head))[0] \
            and (rx.ACTION_START.match(head, len(head) - len(head[listed[1]:].lstrip(" ,")))
                 or asg._verb_after_adverbial(head[listed[1]:].lstrip(" ,")) is not None):
        spans = listed[0]
    else:
        spans = asg._heading_names(head)
    return _names_in(head, spans)


def _names_in(text: str, spans: list[tuple[int, int]]) -> list[str]:
    names = [clean_agency(text[s:s + asg._name_before_verb(text[s:e])]) for s, e in spans]
    return [n for n in names if len(n.split()) >= 2]
