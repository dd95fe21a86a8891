"""Export an output folder as spaCy training data (``DocBin``).

The rule-based recognizers give every legal reference, responsible agency and deadline a
character span in ``text/<stem>.txt``; as spaCy entities (``LEGAL_REF``, ``AGENCY``,
``DEADLINE``: each entity kind's ``spacy_label``, see ``entities.py``) they are ready to train
or evaluate a statistical NER model on a province's archive.  Tokens are syllables and punctuation (Vietnamese writes one syllable per
space-separated unit), so every span aligns with token boundaries.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .entities import entity_kinds


def labels() -> dict[str, str]:
    """JSON key of each entity kind → its spaCy label (kinds without a label are left out)."""
    return {k.key: k.spacy_label for k in entity_kinds() if k.spacy_label}


_TOKEN = re.compile(r"\w+|[^\w\s]")


def blank_vietnamese():
    import spacy

    # pyvi (spaCy's optional Vietnamese segmenter) is not needed: tokens are syllables.
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def make_doc(nlp, text: str):
    """A ``Doc`` whose text is exactly ``text``: one space after a token is its trailing
    space, any other white space (line breaks, form feeds) is a token of its own."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []

    def add_gap(gap: str) -> None:
        if words and gap[:1] == " ":
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)

    pos = 0
    for m in _TOKEN.finditer(text):
        add_gap(text[pos:m.start()])
        words.append(m.group(0))
        spaces.append(False)
        pos = m.end()
    add_gap(text[pos:])
    return Doc(nlp.vocab, words=words, spaces=spaces)


def document_to_doc(nlp, record: dict, text: str):
    """One extracted document (its JSON and normalized text) as a spaCy ``Doc`` with entities."""
    from spacy.util import filter_spans

    doc = make_doc(nlp, text)
    spans = []
    for area, label in labels().items():
        for entry in record.get(area, []):
            span = entry.get("span")
            if not span:
                continue
            s = doc.char_span(span[0], span[1], label=label, alignment_mode="expand")
            if s is not None:
                spans.append(s)
    doc.ents = filter_spans(spans)
    doc.user_data["doc_id"] = record.get("doc_id")
    doc.user_data["source"] = record.get("source")
    return doc


def export_folder(out_dir: str | Path, target: str | Path) -> int:
    """Write ``target`` (a .spacy DocBin) from ``out_dir/json`` + ``out_dir/text``; returns
    the number of documents written."""
    from spacy.tokens import DocBin

    out_dir = Path(out_dir)
    nlp = blank_vietnamese()
    bin_ = DocBin(store_user_data=True)
    n = 0
    for path in sorted((out_dir / "json").glob("*.json")):
        text_path = out_dir / "text" / f"{path.stem}.txt"
        if not text_path.exists():
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        bin_.add(document_to_doc(nlp, record, text_path.read_text(encoding="utf-8")))
        n += 1
    bin_.to_disk(target)
    return n
