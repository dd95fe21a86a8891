"""Make a test corpus with planted citation errors of every audit check, and its ground truth.

From the sample texts (``tests/data/seeds/*.txt``, ``tests/data/real_text/*.txt``) it writes::

    OUT/text/<stem>.txt        the planted texts (input for ``extract_document``)
    OUT/original/<stem>.txt    the same texts unplanted (the baseline)
    OUT/json/<stem>.json       the planted corpus in the extraction contract's shape, derived
                               from the gold files (seeds) and from the inserted citations
                               (other texts) — for testing the audit without the extractor
    OUT/json_original/…        the same, unplanted
    OUT/truth.json             one entry per planted error: doc, check, number, how it was made

Plants (targets are chosen from the registry, so only citations the registry confirms are
modified, and each citation is modified once):

* ``date_mismatch``   a cited date of a registry document moved by a few days;
* ``date_mismatch``   (consensus) one invented document cited with the same date in three
                      texts and another date in a fourth;
* ``issuer_mismatch`` the issuer phrase replaced by an unrelated ministry;
* ``number_format``   the dash of a symbol removed (``QĐ-TTg`` → ``QĐTTg``), and the year
                      dropped from a normative number (``61/2018/NĐ-CP`` → ``61/NĐ-CP``);
* ``year_mismatch``   the year inside a normative number changed;
* ``anachronism``     a registry document dated after the citing document cited;
* ``superseded``      an expired registry document cited as a legal basis after its expiry;
* ``unverified``      an invented document cited once;
* reused numbers      correct citations of a number without year segment in another year, and
                      of another year segment, than the registry's document (must give no
                      error); the registry's own such documents cited with a wrong date in
                      their year (``date_mismatch``);
* ``low_confidence``  (JSON only: text has no OCR) a citation's confidence set low.

Usage: python scripts/make_planted_corpus.py OUT [--seeds DIR] [--real DIR] [--gold DIR]
"""

from __future__ import annotations

import argparse
import copy
import csv
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.models import fold_symbol
from pipeline.registry import Registry, RegistryEntry, load_registry
from pipeline.symbols import parse_number_symbol

ROOT = Path(__file__).resolve().parents[2]

DATE = r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
INSERT_AFTER = re.compile(r"^\s*(?:Căn cứ|Thực hiện)\b.*$", re.MULTILINE)
PLANTS_PER_KIND = 4  # documents planted per kind of modification
FOREIGN_ISSUER = "Bộ Tài chính"  # swapped in for an issuer; no registry row names it


@dataclass
class Plant:
    doc: str
    check: str
    number: str  # the cited number (laws: the name) — how findings are matched to plants
    reference: str
    how: str
    modes: list[str] = field(default_factory=lambda: ["text", "json"])


@dataclass
class Doc:
    stem: str
    text: str
    gold: dict | None  # contract JSON (gold) or None
    issue_date: str | None


def _iso(date_text: str) -> str:
    nums = [int(x) for x in re.findall(r"\d+", date_text)]
    d, m, y = nums
    return f"{y:04d}-{m:02d}-{d:02d}"


def _shift_date(date_text: str, days: int) -> str:
    """Same written style, day moved (kept within 1..28 so it stays a valid date)."""
    nums = re.findall(r"\d+", date_text)
    d = int(nums[0])
    nd = d + days if d + days <= 28 else d - days
    return re.sub(r"^\d{1,2}", f"{nd:02d}" if len(nums[0]) == 2 else str(nd), date_text, count=1)


def _written(e: RegistryEntry) -> str:
    return e.reference


def _find_citation(text: str, e: RegistryEntry) -> re.Match | None:
    """``<number/symbol> ngày <date>`` of a registry entry, its date equal to the registry's."""
    pat = re.compile(r"(?<![\w/])" + re.escape(_written(e)) + r"(?![\w/])\s+ngày\s+(?P<date>" + DATE + r")"
                     r"(?P<issuer>\s+của\s+(?P<iname>[^,;.\n]+?))?(?=[,;.\n]|\s+về\s|\s+và\s|$)")
    first = _first_mention(text, e)
    for m in pat.finditer(text):
        # only the first mention: it gives the reference its text, date and issuer
        if m.start() == first and _iso(m["date"]) == e.issue_date:
            return m
    return None


_NUMBER_TOKEN = re.compile(r"(?<![\w/])\d+[a-z]?(?:\s*[/\-–]\s*[^\s/\-–,;:()]+)+")


def _first_mention(text: str, e: RegistryEntry) -> int | None:
    """Offset of the first number/symbol token that names the entry, however written."""
    for m in _NUMBER_TOKEN.finditer(text):
        ns = parse_number_symbol(m.group(0))
        if ns and (ns.number.lstrip("0") or "0") == (e.number.lstrip("0") or "0") \
                and fold_symbol(ns.symbol) == fold_symbol(e.symbol):
            return m.start()
    return None


def _gold_ref(doc: Doc, e: RegistryEntry) -> dict | None:
    if not doc.gold:
        return None
    for r in doc.gold["references"]:
        if r.get("number") and (r["number"].lstrip("0") or "0") == (e.number.lstrip("0") or "0") \
                and fold_symbol(r.get("symbol")) == fold_symbol(e.symbol) and r.get("year") == e.year:
            return r
    return None


def _replace_once(s: str, start: int, end: int, new: str) -> str:
    return s[:start] + new + s[end:]


def _insert_line(doc: Doc, line: str) -> bool:
    m = INSERT_AFTER.search(doc.text)
    if not m:
        return False
    doc.text = doc.text[: m.end()] + "\n" + line + doc.text[m.end():]
    return True


def _ref(text: str, type_: str, number: str, year: int | None, symbol: str, date: str,
         issuer: str | None, basis: bool = True) -> dict:
    return {"text": text, "type": type_, "number": number, "year": year, "symbol": symbol,
            "name": None, "date": date, "issuer": issuer, "basis": basis}


def _citation_text(e: RegistryEntry, date_iso: str) -> str:
    y, m, d = date_iso.split("-")
    return f"{e.type} số {_written(e)} ngày {int(d)}/{int(m)}/{y} của {e.issuer}"


def load_docs(seeds: Path, real: Path, gold: Path | None) -> list[Doc]:
    dates: dict[str, str] = {}
    sources = real / "SOURCES.tsv"
    if sources.is_file():
        with sources.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", row.get("date") or ""):
                    dates[Path(row["file"]).stem] = row["date"]
    docs = []
    for folder in (seeds, real):
        for p in sorted(folder.glob("*.txt")):
            g = None
            if gold and (gold / f"{p.stem}.json").is_file():
                g = json.loads((gold / f"{p.stem}.json").read_text(encoding="utf-8"))
            issue = (g or {}).get("document", {}).get("issue_date") if g else dates.get(p.stem)
            docs.append(Doc(p.stem, p.read_text(encoding="utf-8"), g, issue))
    return docs


def _skeleton(doc: Doc) -> dict:
    """Contract JSON for a text without gold: its issue date and the planted citations only."""
    return {"source": f"{doc.stem}.txt", "doc_id": doc.stem, "document": {
        "doc_type": None, "number": None, "symbol": None, "issue_place": None,
        "issue_date": doc.issue_date, "title": None, "issuer": None, "province": None,
        "level": None, "plan_year": None, "signer": None, "signer_title": None,
        "signing_authority": None, "recipients": []},
        "references": [], "assignments": [], "deadlines": []}


def plant(docs: list[Doc], registry: Registry) -> list[Plant]:
    plants: list[Plant] = []
    used: set[tuple[str, str]] = set()
    national = [e for e in registry.entries if e.number and not e.is_local and e.issue_date]

    def targets(need):
        for doc in docs:
            for e in national:
                if (doc.stem, e.reference) in used or not need(e):
                    continue
                m = _find_citation(doc.text, e)
                if m and (doc.gold is None or _gold_ref(doc, e) is not None):
                    yield doc, e, m

    def take(check, need, apply, cond=lambda m: True, limit=PLANTS_PER_KIND):
        """Plant into up to ``limit`` documents (one citation each); a document without gold
        JSON is planted in its text only."""
        done: set[str] = set()
        for doc, e, m in targets(need):
            if len(done) >= limit:
                return
            if doc.stem in done or not cond(m):
                continue
            done.add(doc.stem)
            used.add((doc.stem, e.reference))
            modes = ["text", "json"] if _gold_ref(doc, e) is not None else ["text"]
            how = apply(doc, e, m)
            plants.append(Plant(doc.stem, check, e.number, e.reference, how, modes))

    # year_mismatch: 107/2021/NĐ-CP → 107/2020/NĐ-CP
    def change_year(doc, e, m):
        new = _written(e).replace(f"/{e.year}/", f"/{e.year - 1}/", 1)
        doc.text = _replace_once(doc.text, m.start(), m.start() + len(_written(e)), new)
        r = _gold_ref(doc, e)
        if r is not None:
            r["text"] = r["text"].replace(_written(e), new)
            r["year"] = e.year - 1
        return f"year inside the number changed: {_written(e)} → {new}"
    take("year_mismatch", lambda e: bool(e.year), change_year)

    # number_format: the year dropped from a normative number
    def drop_year(doc, e, m):
        new = _written(e).replace(f"/{e.year}/", "/", 1)
        doc.text = _replace_once(doc.text, m.start(), m.start() + len(_written(e)), new)
        r = _gold_ref(doc, e)
        if r is not None:
            r["text"] = r["text"].replace(_written(e), new)
            r["year"] = None
        return f"year dropped: {_written(e)} → {new}"
    take("number_format", lambda e: bool(e.year) and e.type == "Nghị định", drop_year)

    # issuer_mismatch: "của Chính phủ" → "của Bộ Tài chính"
    def swap_issuer(doc, e, m):
        doc.text = _replace_once(doc.text, m.start("iname"), m.end("iname"), FOREIGN_ISSUER)
        r = _gold_ref(doc, e)
        if r is not None:
            r["text"] = r["text"].replace(m["iname"], FOREIGN_ISSUER)
            r["issuer"] = FOREIGN_ISSUER
        return f"issuer {m['iname']!r} → {FOREIGN_ISSUER!r}"
    take("issuer_mismatch", lambda e: e.issuer in ("Chính phủ", "Thủ tướng Chính phủ"), swap_issuer,
         cond=lambda m: bool(m["iname"]) and m["iname"].strip() in ("Chính phủ", "Thủ tướng Chính phủ"))

    # number_format: the dash of an administrative symbol removed
    def drop_dash(doc, e, m):
        new = _written(e).replace("-", "", 1)
        doc.text = _replace_once(doc.text, m.start(), m.start() + len(_written(e)), new)
        r = _gold_ref(doc, e)
        if r is not None:
            r["text"] = r["text"].replace(_written(e), new)
        return f"dash removed: {_written(e)} → {new}"
    take("number_format", lambda e: not e.year and "-" in (e.symbol or "") and "/" not in (e.symbol or ""),
         drop_dash)

    # date_mismatch (registry): the cited date moved by three days
    def move_date(doc, e, m):
        new = _shift_date(m["date"], 3)
        doc.text = _replace_once(doc.text, m.start("date"), m.end("date"), new)
        r = _gold_ref(doc, e)
        if r is not None:
            r["text"] = r["text"].replace(m["date"], new)
            r["date"] = _iso(new)
        return f"date {m['date']} → {new} (registry: {e.issue_date})"
    take("date_mismatch", lambda e: True, move_date)

    # low_confidence (JSON only): a citation read from a "scan" with confidence 35
    for d in sorted(docs, key=lambda d: sum(p.doc == d.stem for p in plants)):
        if d.gold is None or "_skeleton" in d.gold:
            continue
        free = [r for r in d.gold["references"] if r.get("number")
                and not any(p.doc == d.stem and p.number == r["number"] for p in plants)]
        if free:
            r = free[-1]
            r["confidence"], r["page"] = 35.0, 1
            plants.append(Plant(d.stem, "low_confidence", r["number"], r["number"],
                                "OCR confidence set to 35", modes=["json"]))
            break

    insertable = [d for d in docs if INSERT_AFTER.search(d.text)]

    def insert(doc: Doc, ref: dict) -> None:
        _insert_line(doc, f"Căn cứ {ref['text']};")
        if doc.gold is None:
            doc.gold = _skeleton(doc)
            doc.gold["_skeleton"] = True
        doc.gold["references"].append(ref)

    # anachronism: a registry document dated after the citing document
    for doc in insertable:
        if not doc.issue_date:
            continue
        later = [e for e in national if e.issue_date > doc.issue_date and not e.expired_on]
        if later:
            e = min(later, key=lambda x: x.issue_date)
            text = _citation_text(e, e.issue_date)
            insert(doc, _ref(text, e.type, e.number, e.year, e.symbol, e.issue_date, e.issuer))
            plants.append(Plant(doc.stem, "anachronism", e.number, e.reference,
                                f"cites {e.reference} of {e.issue_date}; document dated {doc.issue_date}"))
            break

    # superseded: an expired registry document cited as legal basis after its expiry
    for doc in insertable:
        cands = [e for e in national if e.expired_on and doc.issue_date and doc.issue_date >= e.expired_on]
        if cands:
            e = cands[0]
            text = _citation_text(e, e.issue_date)
            insert(doc, _ref(text, e.type, e.number, e.year, e.symbol, e.issue_date, e.issuer))
            plants.append(Plant(doc.stem, "superseded", e.number, e.reference,
                                f"cites {e.reference} (expired {e.expired_on}); document dated {doc.issue_date}"))
            break

    # unverified: an invented document cited once
    fake_number = "9731"
    assert not any(e.number == fake_number for e in registry.entries)
    doc = next(d for d in insertable if d.gold is not None and "_skeleton" not in d.gold)
    text = f"Quyết định số {fake_number}/QĐ-UBND ngày 14/3/2019 của Ủy ban nhân dân tỉnh"
    insert(doc, _ref(text, "Quyết định", fake_number, None, "QĐ-UBND", "2019-03-14", "Ủy ban nhân dân tỉnh"))
    plants.append(Plant(doc.stem, "unverified", fake_number, f"{fake_number}/QĐ-UBND", "invented citation"))

    # Reused numbers.  A number without a year segment (02/NQ-CP) is given again every year,
    # and a normative number's year segment tells documents apart (01/2018/TT-VPCP is not
    # 01/2023/TT-VPCP).  Decoys: correct citations of the other year's document, which the
    # registry does not hold — they must give no error (scored as unplanted errors).  Plants:
    # the registry's own document cited with a wrong date in its year — still a date_mismatch.
    full = [d for d in insertable if d.gold is not None and "_skeleton" not in d.gold and d.issue_date]
    no_segment = [e for e in national if not e.year and e.type and e.issuer and e.issue_date < "2026"]
    with_segment = [e for e in national if e.year and e.type and e.issuer and e.issue_date < "2026"]
    for k, e in enumerate((no_segment[:3] + with_segment[:3])):
        doc = full[k % len(full)]
        other_year = int(e.issue_date[:4]) - 1 - k
        written = e.reference if not e.year else e.reference.replace(f"/{e.year}/", f"/{other_year}/", 1)
        date = f"{other_year}-{e.issue_date[5:7]}-{min(int(e.issue_date[8:]), 28):02d}"
        if date > doc.issue_date:
            continue
        ref = _ref(_citation_text(e, date).replace(e.reference, written), e.type, e.number,
                   other_year if e.year else None, e.symbol, date, e.issuer)
        if registry.lookup(ref) is not None:  # the registry holds that year's document too
            continue
        insert(doc, ref)
    for k, e in enumerate(no_segment[3:5] + with_segment[3:5]):
        doc = full[(k + 1) % len(full)]
        d = int(e.issue_date[8:])
        day = d + 10 if d + 10 <= 28 else d - 10
        date = f"{e.issue_date[:8]}{day:02d}"
        if date > doc.issue_date:
            continue
        insert(doc, _ref(_citation_text(e, date), e.type, e.number, e.year, e.symbol, date, e.issuer))
        plants.append(Plant(doc.stem, "date_mismatch", e.number, e.reference,
                            f"{'reused number' if not e.year else 'year segment'}: dated {date}, "
                            f"registry {e.issue_date}"))

    # date_mismatch (consensus): the same invented document in four texts, one date differs
    cons = [d for d in insertable if d.gold is not None and "_skeleton" not in d.gold][:4]
    if len(cons) == 4:
        for k, d in enumerate(cons):
            date = "2020-01-05" if k < 3 else "2020-01-08"
            y, mo, dd = date.split("-")
            text = f"Kế hoạch số 215/KH-BNV ngày {int(dd):02d}/{int(mo):02d}/{y} của Bộ Nội vụ"
            insert(d, _ref(text, "Kế hoạch", "215", None, "KH-BNV", date, "Bộ Nội vụ", basis=False))
        plants.append(Plant(cons[3].stem, "date_mismatch", "215", "215/KH-BNV",
                            "consensus: 3 documents say 2020-01-05, this one 2020-01-08"))

    return plants


def build(out: Path, seeds: Path, real: Path, gold: Path | None, registry: Registry | None = None
          ) -> list[Plant]:
    registry = registry or load_registry(bundled=True)
    docs = load_docs(seeds, real, gold)
    originals = copy.deepcopy(docs)
    plants = plant(docs, registry)
    for sub in ("text", "original", "json", "json_original"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    for before, after in zip(originals, docs):
        (out / "original" / f"{before.stem}.txt").write_text(before.text, encoding="utf-8")
        (out / "text" / f"{after.stem}.txt").write_text(after.text, encoding="utf-8")
        if after.gold is not None:
            g = {k: v for k, v in after.gold.items() if k != "_skeleton"}
            (out / "json" / f"{after.stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
            g0 = before.gold if before.gold is not None else _skeleton(before)
            (out / "json_original" / f"{before.stem}.json").write_text(
                json.dumps(g0, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "truth.json").write_text(json.dumps([asdict(p) for p in plants], ensure_ascii=False, indent=1),
                                    encoding="utf-8")
    return plants


# --- scoring -------------------------------------------------------------------------------

def _number_of(reference: str) -> str:
    m = re.match(r"\d+[a-zA-Z]?", reference or "")
    return (m.group(0).lstrip("0") or "0") if m else (reference or "")


def finding_matches(f, p: dict) -> bool:
    return f.doc == p["doc"] and f.check == p["check"] and _number_of(f.reference) == (p["number"].lstrip("0") or "0")


@dataclass
class Score:
    planted: int
    found: int
    missed: list[dict]
    unplanted_errors: list  # error findings neither planted nor present in the baseline
    baseline_errors: list  # error findings of the unplanted corpus (real errors of the samples)

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0


def score(plants: list[dict], findings: list, baseline: list, mode: str) -> Score:
    """Recall of the plants (for ``mode``), and error findings that no plant explains."""
    ps = [p for p in plants if mode in p["modes"]]
    missed = [p for p in ps if not any(finding_matches(f, p) for f in findings)]
    base = {(f.doc, f.check, f.reference, f.cited) for f in baseline if f.severity == "error"}
    extra = [f for f in findings if f.severity == "error"
             and not any(finding_matches(f, p) for p in plants)
             and (f.doc, f.check, f.reference, f.cited) not in base]
    return Score(len(ps), len(ps) - len(missed), missed, extra,
                 [f for f in baseline if f.severity == "error"])


def extract_folder(texts: Path, out: Path) -> int:
    """Run the real extractor on every text; write ``out/json`` and ``out/text`` like
    ``vnplan extract`` does. Returns the number of references extracted."""
    from pipeline.document import extract_document

    (out / "json").mkdir(parents=True, exist_ok=True)
    (out / "text").mkdir(parents=True, exist_ok=True)
    n = 0
    for p in sorted(texts.glob("*.txt")):
        res = extract_document(p.read_bytes(), p.name)
        n += len(res.references)
        (out / "json" / f"{res.stem}.json").write_text(json.dumps(res.to_json(), ensure_ascii=False),
                                                       encoding="utf-8")
        (out / "text" / f"{res.stem}.txt").write_text(res.text, encoding="utf-8")
    return n


def _with_texts(json_dir: Path, text_dir: Path, dst: Path) -> Path:
    import shutil

    (dst / "json").mkdir(parents=True, exist_ok=True)
    for p in json_dir.glob("*.json"):
        shutil.copy(p, dst / "json" / p.name)
    shutil.copytree(text_dir, dst / "text", dirs_exist_ok=True)
    return dst


def evaluate(out: Path, registry: Registry | None = None) -> dict[str, Score]:
    """Audit the planted corpus both ways (gold-derived JSON; real extractor on the texts)."""
    from pipeline.audit import run_audit

    registry = registry or load_registry(bundled=True)
    plants = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    work = out / "eval"
    res = {}
    p = run_audit(_with_texts(out / "json", out / "text", work / "json_planted"), registry)
    o = run_audit(_with_texts(out / "json_original", out / "original", work / "json_original"), registry)
    res["json"] = score(plants, p.findings, o.findings, "json")
    extract_folder(out / "text", work / "extracted_planted")
    extract_folder(out / "original", work / "extracted_original")
    p = run_audit(work / "extracted_planted", registry)
    o = run_audit(work / "extracted_original", registry)
    res["text"] = score(plants, p.findings, o.findings, "text")
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seeds", type=Path, default=ROOT / "tests/data/seeds")
    ap.add_argument("--real", type=Path, default=ROOT / "tests/data/real_text")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests/data/gold")
    ap.add_argument("--evaluate", action="store_true",
                    help="then audit the corpus (gold-derived JSON, and the real extractor on the "
                         "texts) and print recall and unexplained error findings")
    args = ap.parse_args(argv)
    registry = load_registry(bundled=True)
    plants = build(args.out, args.seeds, args.real, args.gold, registry)
    for p in plants:
        print(f"{p.doc:55s} {p.check:16s} {p.reference:18s} {p.how}")
    print(f"{len(plants)} plants → {args.out / 'truth.json'}")
    if args.evaluate:
        for mode, s in evaluate(args.out, registry).items():
            label = "gold-derived JSON" if mode == "json" else "extract_document on the texts"
            print(f"\n[{label}] recall of planted errors {s.recall:.3f} ({s.found}/{s.planted}); "
                  f"error findings on unplanted citations: {len(s.unplanted_errors)}")
            for m in s.missed:
                print(f"  missed: {m['doc']} {m['check']} {m['reference']} ({m['how']})")
            for f in s.unplanted_errors:
                print(f"  unplanted error: {f.doc} {f.reference} {f.check} cited {f.cited}")
            for f in s.baseline_errors:
                print(f"  real error in the unplanted samples: {f.doc} {f.reference} {f.check} "
                      f"cited {f.cited}, registry {f.expected} ({f.source})")
    return 0

