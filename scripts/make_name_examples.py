"""Make the table of real agency names (tests/data/agency_names/examples.tsv).

Every row is one heading or sentence of a tuned-on document whose subject opens with an agency the
gold assigns work to in that section: its input is the text from the subject to the line's end, its
expected output the gold name(s) named there, in order ("Sở Y tế, Sở Tài chính phối hợp …" → both).
The reader measured is ``tests.support.name_reader.subject_names`` (heading rows read as a heading's
title, sentence rows as a sentence): tests/test_agency_name_table.py asserts its agreement.

Read only: the tuned-on splits of tests/data/corpus (SPLIT.tsv, nothing held out) and the seeds
(tests/data/gold + tests/data/seeds). Rows a reviewer dropped (the gold reads out an abbreviation no
table holds, or names a body the text does not) are listed in tests/data/agency_names/dropped.tsv
by stem and input, and kept out on every run.

    python scripts/make_name_examples.py            # writes the table
    python scripts/make_name_examples.py --score    # and prints the reader's agreement and misses
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import regexes as rx  # noqa: E402
from pipeline.agencies import expand_abbreviations  # noqa: E402
from pipeline.assignments import _directive_end, _strip_directive, _unwrapped_heading  # noqa: E402
from pipeline.models import Page  # noqa: E402
from pipeline.normalize import normalize_pages  # noqa: E402
from pipeline.structure import parse  # noqa: E402
from pipeline.text import fold_words  # noqa: E402

CORPUS = ROOT / "tests/data/corpus"
OUT = ROOT / "tests/data/agency_names"
_WORD = regex.compile(r"\w+")
_SENTENCE_START = regex.compile(r"(?<=[^\s.]\.\s+)(?=\p{Lu})")  # a sentence inside a line
_BULLET = regex.compile(r"^(?:[-+•*]\s*|\(\w{1,4}\)\s*)")
_SEPARATOR = regex.compile(r"^[\s,;]*(?:và\s+|cùng\s+)?(?:các\s+)?$", regex.IGNORECASE)


def sources() -> list[tuple[str, Path, Path]]:
    """(stem, text, gold) of every document the table may read: tuned-on splits and seeds."""
    out = []
    with open(CORPUS / "SPLIT.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if "heldout" in row["split"]:
                continue  # the held-out rule: never read
            out.append((row["stem"], CORPUS / "text" / f"{row['stem']}.txt", CORPUS / "gold" / f"{row['stem']}.json"))
    for gold in sorted((ROOT / "tests/data/gold").glob("*.json")):
        out.append((gold.stem, ROOT / "tests/data/seeds" / f"{gold.stem}.txt", gold))
    return out


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Folded words (abbreviations read out, "các" left out) with their offsets in the read-out text."""
    return [(w, m.start(), m.end()) for m in _WORD.finditer(text)
            if (w := fold_words(m.group())) and w != "các"]


def _match(tokens, k: int, name: list[str]) -> bool:
    return [t[0] for t in tokens[k:k + len(name)]] == name


def expected_names(text: str, names: dict[str, list[str]], more: dict[str, list[str]] | None = None) -> list[str]:
    """The gold names that open ``text`` one after another, parted by "," "và" ";" (longest first):
    the first one of ``names`` (the section's), the next ones of ``more`` (the document's) too."""
    read = expand_abbreviations(text)
    tokens = _tokens(read)
    found, k, last_end = [], 0, 0
    while k < len(tokens):
        if found and tokens[k][0] in ("và", "cùng"):
            k += 1  # (the word that joins the list's last name)
            if k == len(tokens):
                break
        if found and not _SEPARATOR.match(read[last_end:tokens[k][1]]):
            break
        pool = names if not found or more is None else more
        best = max((n for n, words in pool.items() if words and _match(tokens, k, words)),
                   key=lambda n: len(pool[n]), default=None)
        if best is None:
            break
        found.append(best)
        k += len(pool[best])
        last_end = tokens[k - 1][2]
    return found


def rows_of(stem: str, text_path: Path, gold_path: Path) -> list[dict]:
    text = normalize_pages([Page(1, text_path.read_text(encoding="utf-8"), "text")]).text
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    by_section: dict[str, dict[str, list[str]]] = {}
    for a in gold.get("assignments") or []:
        name = a["agency"]
        by_section.setdefault(a.get("section") or "", {})[name] = [t[0] for t in _tokens(expand_abbreviations(name))]
    everywhere = {n: w for names in by_section.values() for n, w in names.items()}
    st = parse(text)
    out, seen = [], set()

    def add(kind: str, line: int, text: str, subject: str, names: dict[str, list[str]]) -> None:
        text, subject = text.strip(), subject.strip()
        if not subject or (stem, text) in seen:
            return
        expected = expected_names(subject, names, everywhere)
        if expected:
            seen.add((stem, text))
            out.append({"stem": stem, "line": line + 1, "kind": kind, "input": text, "expected": " | ".join(expected)})

    heading_lines = {h.line for h in st.headings}
    for h in st.headings:
        names = by_section.get(h.path)
        if not names:
            continue
        title, _ = _unwrapped_heading(st, h)
        subject = _strip_directive(title)
        if (comrade := rx.COMRADE.match(subject)):
            subject = subject[comrade.end():]
        add("heading", h.line, title, subject, names)  # (the title whole: its directive tells the reader)
    for i in range(st.body_start, len(st.lines)):
        h = st.section_of(i)
        names = by_section.get(h.path) if h else None
        if not names or i in heading_lines:
            continue
        line = st.lines[i].text
        for m in [None, *_SENTENCE_START.finditer(line)]:
            sentence = line[m.start():] if m else line
            body = _BULLET.sub("", sentence)
            subject = body[_directive_end(body):]
            if (comrade := rx.COMRADE.match(subject)):
                subject = subject[comrade.end():]
            if expected_names(subject, names) and rx.ACTION_ANYWHERE.search(subject):
                # (a line of names with no verb is a list under a label, no sentence's subject)
                add("sentence", i, sentence, subject, names)
    return out


def dropped() -> set[tuple[str, str]]:
    path = OUT / "dropped.tsv"
    if not path.exists():
        return set()
    with open(path, encoding="utf-8") as f:
        return {(r["stem"], r["input"]) for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}


def agree(got: list[str], expected: list[str]) -> bool:
    """The evaluator's test, name by name: as many names, each ≥ 0.9 like its gold one."""
    from pipeline.evaluate import AGENCY_MIN_RATIO, agency_similarity
    return len(got) == len(expected) and all(agency_similarity(g, e) >= AGENCY_MIN_RATIO - 1e-9
                                             for g, e in zip(got, expected))


def main() -> None:
    skip = dropped()
    rows = [r for s, t, g in sources() for r in rows_of(s, t, g) if (r["stem"], r["input"]) not in skip]
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "examples.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["stem", "line", "kind", "input", "expected"], delimiter="\t",
                           quoting=csv.QUOTE_NONE, escapechar=None, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: str(v).replace("\t", " ") for k, v in r.items()})
    print(f"{len(rows)} rows → {OUT / 'examples.tsv'}", file=sys.stderr)
    if "--score" in sys.argv:
        from tests.support.name_reader import subject_names
        ok = 0
        for r in rows:
            got = subject_names(r["input"], heading=r["kind"] == "heading")
            exp = r["expected"].split(" | ")
            if agree(got, exp):
                ok += 1
            else:
                print(f"MISS {r['stem'][:28]}:{r['line']} {r['kind'][0]} exp={exp} got={got}\n     {r['input'][:160]}")
        print(f"agreement {ok}/{len(rows)} = {ok / max(len(rows), 1):.3f}")


if __name__ == "__main__":
    main()
