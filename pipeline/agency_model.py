"""A trained proposer of agency mentions (issue #11 item 3), behind ``Settings.agency_model``.

The rules of :mod:`pipeline.assignments` find who must do what from the grammar of headings
and sentences.  Where they find nobody in a line that may give work, a small spaCy NER model
(labels ``LEAD`` / ``SUPPORT``, trained by ``scripts/train_agency_spans.py`` on the annotated
corpus) may propose the agencies it sees there.  The proposals are added to the rules'
mentions before merging; the rules' own mentions are never changed.

Off by default: the measured result of the experiment (``docs/agency-span-model.md``) did
not justify it.  ``Settings.agency_model`` names a model folder (``nlp.to_disk``); empty
means off.

The lines the model reads are the same in training and at run time (``candidate_lines``):
body lines under a task part ("Tổ chức thực hiện", "Nhiệm vụ", "Trách nhiệm" …) or holding a
word that gives work ("giao", "đề nghị", "chủ trì" …), outside the signature block and the
recipients, and of those only the ones where the rules found no agency: about a third of
the text, which still makes the text pipeline 3.2 times slower (the measured reason it is off).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from . import regexes as rx
from .agencies import clean_agency
from .models import Assignment
from .structure import Structure

LABEL_ROLE = {"LEAD": "lead", "SUPPORT": "support"}
ROLE_LABEL = {role: label for label, role in LABEL_ROLE.items()}
MIN_LINE_CHARS = 12


def candidate_lines(st: Structure) -> list[int]:
    """Indexes of the body lines that may give work (see the module's docstring)."""
    block = {st.source_line(m) for m in list(st.recipients_lines) + list(st.signature.get("authority") or [])}
    block |= {st.source_line(st.signature[k]) for k in ("title", "name") if st.signature.get(k) is not None}
    # the opening statements ("Theo đề nghị của Sở Tài chính …") give no work
    block |= {i for i in (st.line_at(s) for s, _ in st.preamble) if st.line_section[i] is None}
    out = []
    for i in range(st.body_start, len(st.lines)):
        ln = st.lines[i]
        if ln.blank or len(ln.text) < MIN_LINE_CHARS or i in block:
            continue
        h = st.section_of(i)
        if rx.search_execution_clause(ln.text) or (h is not None and _executes_only_article(st, h)):
            continue  # "… chịu trách nhiệm thi hành Quyết định này" names who executes, not a task
        under_task_part = h is not None and bool(rx.TASK_SECTION_TITLE.search(h.top_title or h.title or ""))
        if under_task_part or any(word in ln.text for word in rx.GIVES_WORK_WORDS):
            out.append(i)
    return out


def _executes_only_article(st: Structure, h) -> bool:
    """An article ("Điều 3.") whose heading or first line is the execution clause."""
    if not h.path.startswith("Điều"):
        return False
    own = st.line_section[h.line]
    opening = " ".join(st.lines[j].text for j in range(h.line, min(h.line + 3, len(st.lines)))
                       if st.line_section[j] == own)
    return bool(rx.search_execution_clause(opening))


def model_digest(path: str | Path) -> str:
    """Hash of the model folder's files (part of the run settings' fingerprint)."""
    digest = hashlib.sha256()
    for f in sorted(p for p in Path(path).rglob("*") if p.is_file()):
        digest.update(f.relative_to(path).as_posix().encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=4)
def load(path: str):
    """The spaCy pipeline saved at ``path`` (one load per process)."""
    import spacy

    return spacy.load(path)


def propose(st: Structure, found: list[Assignment], model_path: str | Path) -> list[Assignment]:
    """Agency mentions the model finds in candidate lines where the rules found none."""
    covered = {st.line_at(a.start) for a in found}
    lines = [i for i in candidate_lines(st) if i not in covered]
    if not lines:
        return []
    nlp = load(str(model_path))
    out: list[Assignment] = []
    for i, doc in zip(lines, nlp.pipe((st.lines[i].text for i in lines), batch_size=64)):
        ln = st.lines[i]
        h = st.section_of(i)
        for ent in doc.ents:
            role = LABEL_ROLE.get(ent.label_)
            name = clean_agency(ent.text)
            if role is None or len(name.split()) < 2:
                continue
            out.append(Assignment(name, role, h.path if h else None, _sentence(ln.text),
                                  ln.start + ent.start_char, ln.start + ent.end_char))
    return out


def _sentence(text: str) -> str:
    from .assignments import first_sentence

    return first_sentence(text)
