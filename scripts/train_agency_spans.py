"""Train the agency-mention model of ``pipeline/agency_model.py`` (issue #11 item 3).

    python scripts/train_agency_spans.py --out /tmp/agency-spans                 # gold only
    python scripts/train_agency_spans.py --out /tmp/agency-spans \\
        --silver ../shared/samples/real/corpus                                   # + the rules' output

Training data, one example per candidate line (``agency_model.candidate_lines``: the lines
the model reads at run time):

* gold: the annotated corpus's ``tune`` and ``calibration`` splits (tests/data/corpus,
  SPLIT.tsv) and the five seeds (tests/data/seeds + tests/data/gold).  Each gold assignment's
  agency is located in the normalized text (its words in order, case-folded, any spaces or
  punctuation between them, a leading "các" optional); an occurrence in a candidate line is
  labelled with the gold role its context gives ("phối hợp với …", "cùng …" before it:
  SUPPORT, else LEAD) when the gold has that (agency, role).  Candidate lines with no
  labelled occurrence are negatives.  The held-out split is never read.
* silver (optional, ``--silver DIR``): the rules' own assignments on texts nobody annotated;
  only the candidate lines where the rules found an agency (a line where they found none
  may well hold one the rules missed: no negatives from there).  Texts of the annotated
  corpus and of the second held-out set are skipped.

The model: a blank multi-language pipeline (``spacy.blank("xx")``: splits on spaces and
punctuation, Vietnamese syllables are its tokens; ``spacy.blank("vi")`` would need pyvi), a
small CNN tok2vec and an NER with the labels LEAD and SUPPORT; fixed seed, CPU.
"""

from __future__ import annotations

import csv
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import click
import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.agency_model import ROLE_LABEL, candidate_lines  # noqa: E402
from pipeline.assignments import find_assignments  # noqa: E402
from pipeline.models import Page  # noqa: E402
from pipeline.normalize import normalize_pages  # noqa: E402
from pipeline.structure import Structure, parse  # noqa: E402
from pipeline.text import fold_words  # noqa: E402

CORPUS = ROOT / "tests/data/corpus"
TRAIN_SPLITS = ("tune", "calibration")
# documents nobody may train on: the annotated held-out split is read from SPLIT.tsv; this is
# the second held-out set being annotated (HELPER_GUIDE)
SECOND_HELDOUT = ("C007", "C013", "C021", "C026", "C032", "C034", "C056")

# what stands before a partner: "phối hợp (chặt chẽ) với", "cùng (với)", "tham gia"
_PARTNER_BEFORE = regex.compile(r"(?:phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?|cùng(?:\s+với)?|tham\s+gia)"
                                r"[^.;:]{0,60}$", regex.IGNORECASE)
_WORD = regex.compile(r"\w+")

TOK2VEC = {
    "@architectures": "spacy.HashEmbedCNN.v2",
    "pretrained_vectors": None,
    "width": 64,
    "depth": 2,
    "embed_size": 2000,
    "window_size": 1,
    "maxout_pieces": 3,
    "subword_features": True,
}


@dataclass
class Example:
    text: str
    spans: list[tuple[int, int, str]]  # (start, end, label) in ``text``
    source: str


def structure_of(raw: str) -> Structure:
    return parse(normalize_pages([Page(1, raw, "text")]).text)


def agency_pattern(agency: str) -> regex.Pattern | None:
    """The agency's words in order, any spaces or punctuation between, a leading "các" optional."""
    words = _WORD.findall(agency)
    if words and fold_words(words[0]) == "các":
        words = words[1:]
    if len(words) < 2:
        return None
    body = r"[\W_]{1,4}".join(regex.escape(w) for w in words)
    return regex.compile(r"(?<!\w)(?:các\s+)?" + body + r"(?!\w)", regex.IGNORECASE)


def context_role(line: str, start: int) -> str:
    return "support" if _PARTNER_BEFORE.search(line[:start]) else "lead"


def _non_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for s, e, label in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):  # longest first
        if all(e <= ks or s >= ke for ks, ke, _ in kept):
            kept.append((s, e, label))
    return sorted(kept)


def gold_examples(raw: str, gold: dict, source: str) -> tuple[list[Example], int, int]:
    """Candidate lines of one document with their located gold agencies; also how many gold
    assignments were found in some candidate line, of how many."""
    st = structure_of(raw)
    roles: dict[str, set[str]] = {}
    patterns: dict[str, regex.Pattern] = {}
    for a in gold.get("assignments") or []:
        pattern = agency_pattern(a.get("agency") or "")
        if pattern is None:
            continue
        patterns[a["agency"]] = pattern
        roles.setdefault(a["agency"], set()).add(a.get("role"))
    located: set[tuple[str, str]] = set()
    out = []
    for i in candidate_lines(st):
        line = st.lines[i].text
        spans = []
        for agency, pattern in patterns.items():
            for m in pattern.finditer(line):
                role = context_role(line, m.start())
                if role in roles[agency]:
                    spans.append((m.start(), m.end(), ROLE_LABEL[role]))
                    located.add((agency, role))
        out.append(Example(line, _non_overlapping(spans), source))
    total = sum(len(r) for r in roles.values())
    return out, len(located), total


def silver_examples(raw: str, source: str) -> list[Example]:
    """Candidate lines where the rules found agencies, labelled with the rules' spans."""
    st = structure_of(raw)
    by_line: dict[int, list[tuple[int, int, str]]] = {}
    for a in find_assignments(st):
        i = st.line_at(a.start)
        ln = st.lines[i]
        if a.end <= ln.end:
            by_line.setdefault(i, []).append((a.start - ln.start, a.end - ln.start, ROLE_LABEL[a.role]))
    return [Example(st.lines[i].text, _non_overlapping(by_line[i]), source)
            for i in candidate_lines(st) if i in by_line]


def annotated_documents(splits: tuple[str, ...] = TRAIN_SPLITS, seeds: bool = True) -> list[tuple[str, str, dict]]:
    """(name, raw text, gold) of the training documents: never the held-out split."""
    assert "heldout" not in splits
    docs = []
    with open(CORPUS / "SPLIT.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["split"] in splits:
                stem = row["stem"]
                docs.append((stem, (CORPUS / "text" / f"{stem}.txt").read_text(encoding="utf-8"),
                             json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))))
    if seeds:
        for path in sorted((ROOT / "tests/data/seeds").glob("*.txt")):
            gold = ROOT / "tests/data/gold" / f"{path.stem}.json"
            docs.append((path.stem, path.read_text(encoding="utf-8"), json.loads(gold.read_text(encoding="utf-8"))))
    return docs


def excluded_stems() -> set[str]:
    """Stems of the annotated corpus (every split) and prefixes of the second held-out set."""
    with open(CORPUS / "SPLIT.tsv", encoding="utf-8") as handle:
        return {row["stem"] for row in csv.DictReader(handle, delimiter="\t")}


def silver_documents(folder: Path) -> list[tuple[str, str]]:
    annotated = excluded_stems()
    out = []
    for path in sorted(folder.glob("*.txt")):
        if path.stem in annotated or path.stem.split("_")[0] in SECOND_HELDOUT:
            continue
        out.append((path.stem, path.read_text(encoding="utf-8")))
    return out


def build_examples(documents: list[tuple[str, str, dict]], silver: list[tuple[str, str]]) -> tuple[list[Example], dict]:
    examples: list[Example] = []
    located = total = 0
    for name, raw, gold in documents:
        found, k, n = gold_examples(raw, gold, name)
        examples += found
        located, total = located + k, total + n
    n_gold = len(examples)
    for name, raw in silver:
        examples += silver_examples(raw, name)
    stats = {"gold documents": len(documents), "gold lines": n_gold,
             "gold spans": sum(len(x.spans) for x in examples[:n_gold]),
             "gold assignments located in a candidate line": f"{located}/{total}",
             "silver documents": len(silver), "silver lines": len(examples) - n_gold,
             "silver spans": sum(len(x.spans) for x in examples[n_gold:])}
    return examples, stats


def train(examples: list[Example], out: Path, iterations: int = 15, seed: int = 0, dropout: float = 0.2,
          log=print) -> None:
    import spacy
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("xx")
    nlp.add_pipe("ner", config={"model": {"@architectures": "spacy.TransitionBasedParser.v2",
                                          "state_type": "ner", "extra_state_tokens": False,
                                          "hidden_width": 64, "maxout_pieces": 2, "use_upper": True,
                                          "nO": None, "tok2vec": TOK2VEC}})
    train_set = []
    for x in examples:
        doc = nlp.make_doc(x.text)
        ents = [doc.char_span(s, e, label=label, alignment_mode="contract") for s, e, label in x.spans]
        train_set.append(SpacyExample.from_dict(doc, {"entities": [(ent.start_char, ent.end_char, ent.label_)
                                                                   for ent in ents if ent is not None]}))
    nlp.initialize(lambda: train_set)
    rng = random.Random(seed)
    for iteration in range(iterations):
        rng.shuffle(train_set)
        losses: dict[str, float] = {}
        for batch in minibatch(train_set, size=32):
            nlp.update(batch, drop=dropout, losses=losses)
        log(f"iteration {iteration + 1}/{iterations}: ner loss {losses.get('ner', 0.0):.1f}")
    out.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({"name": "vnplan_agency_spans", "version": "0.1.0",
                     "description": "Agency mentions (LEAD/SUPPORT) in lines that give work; "
                                    "built by scripts/train_agency_spans.py"})
    nlp.to_disk(out)


@click.command()
@click.option("--out", type=click.Path(path_type=Path), required=True, help="model folder to write")
@click.option("--silver", "silver_dir", type=click.Path(path_type=Path, exists=True, file_okay=False),
              default=None, help="unannotated texts: the rules' output on them is added")
@click.option("--iterations", default=15, show_default=True)
@click.option("--seed", default=0, show_default=True)
def main(out: Path, silver_dir: Path | None, iterations: int, seed: int) -> None:
    started = time.perf_counter()
    silver = silver_documents(silver_dir) if silver_dir else []
    examples, stats = build_examples(annotated_documents(), silver)
    for key, value in stats.items():
        print(f"{key}: {value}")
    train(examples, out, iterations, seed)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"model: {out} ({size / 1e6:.1f} MB), {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
