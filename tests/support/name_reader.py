"""The reader the table of real agency names measures (tests/data/agency_names/examples.tsv,
tests/test_agency_name_table.py, scripts/make_name_examples.py).

A heading's title is read by the live reader's own title part — ``pipeline.assignments._heading_title``,
``_heading_title_names`` and ``_heading_title_spans``, which ``_from_task_sections`` calls — with no
document context: the heading taken for an item (not an article's title), its items naming no
bearers, no sibling or item checks (those stay in ``_from_task_sections``). A sentence's subject is
read as ``_sentence_subjects`` reads it. No pipeline stage calls this module: a change to the title
reader or the name grammar shows here and in the corpus figures alike; a change to a reader's
document conditions shows only there.
"""

from __future__ import annotations

from pipeline import assignments as asg
from pipeline.agencies import clean_agency


def subject_names(text: str, heading: bool = False) -> list[str]:
    """The agency names that open ``text`` as the task readers take them: a heading's title (its
    number cut off; ``heading``) read as _from_task_sections reads it, or a sentence from its
    subject on read as _sentence_subjects reads it."""
    if heading and (names := _heading_subject_names(text)):
        return names
    # (a heading that names no agency as a title is read as a sentence too: _from_directive_sentences)
    found = asg._sentence_subjects(asg._strip_directive(text) if heading else text)
    if found and found[1] is None and found[2] and (whole := asg._NAME_UP_TO_COLON.match(found[0])) \
            and len(whole.group("name").split()) <= 12:
        return _names_in(found[0], [(0, whole.end("name"))])  # a request's addressee up to its colon (_subject_lines)
    return _names_in(found[0], found[1]) if found and found[1] else []


def _heading_subject_names(title: str) -> list[str]:
    """The names _from_task_sections reads in a heading's title, with no document context."""
    read = asg._heading_title(title)
    if read is None or not asg._heading_title_names(read):
        return []
    return [name for _, _, name in asg._heading_title_spans(read)]


def _names_in(text: str, spans: list[tuple[int, int]]) -> list[str]:
    names = [clean_agency(text[s:s + asg._name_before_verb(text[s:e])]) for s, e in spans]
    return [n for n in names if len(n.split()) >= 2]
