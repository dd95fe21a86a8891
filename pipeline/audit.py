"""The legal-basis audit: every cited document checked against the registry and the corpus.

Input is an output folder of ``vnplan extract`` (``json/<stem>.json``, ``text/<stem>.txt``);
output is a list of ``Finding`` rows (``findings.csv``, DuckDB table ``audit_findings``) and
the per-citation view that the HTML report shows.

Severities are chosen so that a correct citation of a registry document never yields an
``error``: errors are facts the registry (or the citation itself) proves — a date that differs
from the registry, a year inside the number that differs from the date, a document cited
before it existed, a superseded legal basis, an issuer that contradicts the registry or the
symbol.  Evidence that is only statistical (corpus consensus) or cosmetic (format) is a
``warning``; what cannot be checked is ``info``.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

from .models import Reference, format_reference_key
from .registry import Match, Registry, RegistryEntry
from .settings import Settings
from .symbols import (canonical_symbol, check_form, family_of_issuer, implied_families,
                      issuer_consistency, written_number_symbol)

CHECKS = ("date_mismatch", "issuer_mismatch", "number_format", "year_mismatch", "anachronism",
          "superseded", "unverified", "low_confidence")
SEVERITIES = ("error", "warning", "info")
FINDING_COLUMNS = ("doc", "reference", "check", "severity", "cited", "expected", "source",
                   "page", "snippet", "source_kind")

LOW_CONFIDENCE = Settings.low_confidence  # OCR word confidence (0–100) below which a citation is worth a look
CONSENSUS_MIN_AGREE = 3  # "strong" consensus: at least this many documents agree …
CONSENSUS_MIN_SHARE = 2 / 3  # … and they are at least this share of the documents citing it
SNIPPET_CONTEXT = 100  # characters of text each side of the citation
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

FORM_SOURCE = "official form (Luật Ban hành VBQPPL; Nghị định 30/2020/NĐ-CP Phụ lục III; Đảng: số-ký hiệu/cơ quan)"
SYMBOL_SOURCE = "symbol {symbol} → {issuer} (models/symbol_issuers.tsv)"


# --- inputs ---------------------------------------------------------------------------------

@dataclass
class CitingDoc:
    stem: str
    source: str
    document: dict[str, Any]
    references: list[dict[str, Any]]
    text: str | None

    @property
    def issue_date(self) -> str | None:
        return self.document.get("issue_date")

    @property
    def province(self) -> str | None:
        return self.document.get("province")


def current_stems(out_dir: str | Path) -> set[str] | None:
    """Stems of the documents the output folder holds now (its catalog of inputs), or None
    for a folder without one (JSON files made by hand): then every JSON file counts.  The
    JSON of an input renamed or dropped since is not among them."""
    from .store import OutputStore

    store = OutputStore(out_dir)
    if not (store.catalog_path.is_file() or (store.tables_dir / "manifest.parquet").is_file()):
        return None
    return {e["stem"] for e in store.load_catalog().values()
            if e.get("status") in ("ok", "partial") and isinstance(e.get("stem"), str)}


def load_corpus(out_dir: str | Path, unreadable: list[str] | None = None) -> list[CitingDoc]:
    """Every current document's ``json/<stem>.json``, with its ``text/<stem>.txt`` if present.
    Stems whose JSON cannot be read (truncated, damaged) are appended to ``unreadable``."""
    root = Path(out_dir)
    stems = current_stems(root)
    if stems is None:
        paths = sorted((root / "json").glob("*.json"))
    else:
        paths = [root / "json" / f"{stem}.json" for stem in sorted(stems)]
    docs = []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("references"), list):
            if unreadable is not None:
                unreadable.append(path.stem)
            continue
        text_path = root / "text" / f"{path.stem}.txt"
        text = text_path.read_text(encoding="utf-8", errors="replace") if text_path.is_file() else None
        document = data.get("document") if isinstance(data.get("document"), dict) else {}
        if not (isinstance(document.get("issue_date"), str) and _ISO.match(document["issue_date"])):
            document = dict(document, issue_date=None)
        if not isinstance(document.get("province"), str):
            document = dict(document, province=None)
        docs.append(CitingDoc(path.stem, str(data.get("source") or path.name), document,
                              [sanitize_reference(r) for r in data["references"] if isinstance(r, dict)],
                              text))
    return docs


def as_reference(ref: dict[str, Any]) -> Reference:
    year = ref.get("year")
    return Reference(
        text=ref.get("text") or "", type=ref.get("type") or "", number=ref.get("number"),
        year=int(year) if isinstance(year, (int, str)) and str(year).isdigit() else None,
        symbol=ref.get("symbol"), name=ref.get("name"), date=ref.get("date"),
        issuer=ref.get("issuer"), basis=bool(ref.get("basis")), start=0, end=0)


def reference_key(ref: dict[str, Any]) -> tuple:
    return as_reference(ref).key()


def reference_label(ref: dict[str, Any]) -> str:
    """Canonical ``number/symbol`` (symbol repaired), or the law's type, name and year."""
    r = as_reference(ref)
    if r.symbol:
        r.symbol = canonical_symbol(r.symbol) or r.symbol
    return format_reference_key(r)


# --- corpus consensus -----------------------------------------------------------------------

@dataclass
class Consensus:
    key: tuple
    reference: str
    field: str  # "date" | "issuer"
    majority: str
    count: int
    total: int
    outliers: dict[str, list[str]]  # value → citing documents

    @property
    def strong(self) -> bool:
        return self.count >= CONSENSUS_MIN_AGREE and self.count / self.total >= CONSENSUS_MIN_SHARE

    @property
    def label(self) -> str:
        return f"consensus {self.count}/{self.total}"


def build_consensus(docs: list[CitingDoc]) -> dict[tuple[tuple, str], Consensus]:
    """For each cited key and field (date, issuer family): the value most documents give.
    One vote per document; only keys with disagreement or ≥ 2 votes are kept."""
    votes: dict[tuple[tuple, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    labels: dict[tuple, str] = {}
    for d in docs:
        seen: set[tuple] = set()
        for ref in d.references:
            key = reference_key(ref)
            if key in seen:
                continue
            seen.add(key)
            labels.setdefault(key, reference_label(ref))
            if ref.get("date"):
                votes[(key, "date")][ref["date"]].append(d.stem)
            fam = family_of_issuer(ref.get("issuer"))
            if fam:
                votes[(key, "issuer")][fam.family].append(d.stem)
    out = {}
    for (key, fld), by_value in votes.items():
        ranked = sorted(by_value.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        total = sum(len(v) for v in by_value.values())
        if total < 2:
            continue
        if len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1]):
            majority, count = "", 0  # a tie has no majority
        else:
            majority, count = ranked[0][0], len(ranked[0][1])
        out[(key, fld)] = Consensus(key, labels[key], fld, majority, count, total,
                                    {v: docs_ for v, docs_ in ranked if v != majority})
    return out


def citing_counts(docs: list[CitingDoc]) -> Counter:
    """How many documents cite each key."""
    c: Counter = Counter()
    for d in docs:
        c.update({reference_key(r) for r in d.references})
    return c


# --- findings -------------------------------------------------------------------------------

@dataclass
class Finding:
    doc: str
    reference: str
    check: str
    severity: str
    cited: str | None
    expected: str | None
    source: str | None
    page: int | None
    snippet: str | None
    ref_index: int = -1
    detail: str = ""
    source_kind: str = ""  # official / aggregator / news / dataset / other / corpus / citation / rule / ocr

    def row(self) -> dict[str, Any]:
        return {c: getattr(self, c) for c in FINDING_COLUMNS}


@dataclass
class Citation:
    """One reference of one document, as the report shows it."""

    doc: str
    ref_index: int
    reference: str
    ref: dict[str, Any]
    match: Match | None
    page: int | None
    before: str = ""
    matched: str = ""
    after: str = ""
    findings: list[Finding] = field(default_factory=list)
    crop: str | None = None  # data: URI of the page crop, when available

    @property
    def snippet(self) -> str:
        return _squash(f"{self.before}{self.matched}{self.after}")

    @property
    def status(self) -> str:
        sev = {f.severity for f in self.findings}
        for s in SEVERITIES:
            if s in sev:
                return s
        return "ok" if self.match else "ok-unregistered"


def _squash(s: str) -> str:
    return " ".join(s.split())


def locate(text: str | None, ref: dict[str, Any]) -> tuple[str, str, str]:
    """(before, citation, after) around the citation in the document text: the span when the
    JSON has one, else the first occurrence of its text or number."""
    if not text:
        return "", ref.get("text") or "", ""
    start = end = None
    span = ref.get("span")
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(v, int) for v in span) \
            and 0 <= span[0] < span[1] <= len(text):
        start, end = span
    else:
        needle = ref.get("text") or ""
        i = text.find(needle) if needle else -1
        if i < 0 and needle:  # whitespace or line breaks differ: match token by token
            pat = r"\s+".join(re.escape(t) for t in needle.split())
            m = re.search(pat, text)
            if m:
                i, needle = m.start(), m.group(0)
        if i < 0:
            ws = written_number_symbol(text, ref.get("number")) if ref.get("number") else None
            if ws:
                i, needle = text.find(ws), ws
        if i >= 0:
            start, end = i, i + len(needle)
    if start is None:
        return "", ref.get("text") or "", ""
    return (text[max(0, start - SNIPPET_CONTEXT):start], text[start:end],
            text[end:end + SNIPPET_CONTEXT])


def _issuer_label(families) -> str:
    return " / ".join(f.issuer for f in families)


def audit_documents(docs: list[CitingDoc], registry: Registry, *,
                    low_confidence: float = LOW_CONFIDENCE) -> tuple[list[Citation], list[Finding]]:
    consensus = build_consensus(docs)
    counts = citing_counts(docs)
    citations: list[Citation] = []
    findings: list[Finding] = []
    for d in docs:
        for i, ref in enumerate(d.references):
            cit = _audit_reference(d, i, ref, registry, consensus, counts, low_confidence)
            citations.append(cit)
            findings.extend(cit.findings)
    return citations, findings


def sanitize_reference(ref: dict[str, Any]) -> dict[str, Any]:
    """The JSON is input too: text fields as strings, dates only when ISO, year as int."""
    r = dict(ref)
    for k in ("text", "type", "number", "symbol", "name", "issuer"):
        v = r.get(k)
        r[k] = None if v is None or isinstance(v, (dict, list)) else str(v)
    if not (isinstance(r.get("date"), str) and _ISO.match(r["date"])):
        r["date"] = None
    y = r.get("year")
    r["year"] = int(y) if isinstance(y, int) or (isinstance(y, str) and y.isdigit()) else None
    return r


@dataclass
class CheckContext:
    """One citation under audit, with what every check may need."""

    doc: CitingDoc
    ref: dict[str, Any]
    citation: Citation
    entry: RegistryEntry | None
    consensus: dict
    counts: Counter
    low_confidence: float

    @property
    def key(self) -> tuple:
        return reference_key(self.ref)

    @property
    def date(self) -> str | None:
        return self.ref.get("date")

    @property
    def year(self) -> int | None:
        return as_reference(self.ref).year

    def add(self, check: str, severity: str, cited: Any, expected: Any, source: str | None,
            detail: str = "") -> None:
        cit = self.citation
        cit.findings.append(Finding(
            cit.doc, cit.reference, check, severity, None if cited is None else str(cited),
            None if expected is None else str(expected), source, cit.page, cit.snippet,
            cit.ref_index, detail, source_kind_of(source, self.entry)))


Check = Callable[[CheckContext], None]
CHECK_FUNCTIONS: list[Check] = []  # run in this order for every citation


def check(fn: Check) -> Check:
    """Register a check: a function of one citation that adds its findings."""
    CHECK_FUNCTIONS.append(fn)
    return fn


@check
def number_format(c: CheckContext) -> None:
    """The official form of number and symbol."""
    entry, number = c.entry, c.ref.get("number")
    written = written_number_symbol(c.ref.get("text"), number)
    form = check_form(c.ref.get("type"), number, c.year, c.ref.get("symbol"), written, c.date,
                      known_year=entry.year if entry else None)
    if form:
        src = entry.source if entry and entry.year and not c.year else FORM_SOURCE
        c.add("number_format", "warning", written or c.citation.reference, form.official, src,
              "; ".join(form.problems))


@check
def year_mismatch(c: CheckContext) -> None:
    """The year inside the number against the cited date (or the registry's)."""
    number, year, date, entry = c.ref.get("number"), c.year, c.date, c.entry
    if not (number and year):
        return
    if date and int(date[:4]) != year:
        c.add("year_mismatch", "error", f"{year} (number) / {date} (date)", f"{date[:4]} in both",
              "the citation itself")
    elif not date and entry and entry.issue_date and entry.year and entry.year != year:
        c.add("year_mismatch", "error", str(year), str(entry.year), entry.source)


@check
def date_mismatch(c: CheckContext) -> None:
    """The registry's date first; without it, a strong corpus consensus (a warning)."""
    date, entry = c.date, c.entry
    if not date:
        return
    if entry and entry.issue_date:
        if date != entry.issue_date:
            c.add("date_mismatch", "error", date, entry.issue_date, entry.source)
        return
    cons = c.consensus.get((c.key, "date"))
    if cons and cons.strong and date != cons.majority:
        c.add("date_mismatch", "warning", date, cons.majority, cons.label)


@check
def issuer_mismatch(c: CheckContext) -> None:
    """The registry's issuer, else what the symbol implies, else the corpus consensus."""
    issuer, entry = c.ref.get("issuer"), c.entry
    if not issuer:
        return
    if entry:
        fam = family_of_issuer(entry.issuer)
        expected = [fam] if fam else implied_families(entry.symbol)
        src = entry.source
    else:
        expected = implied_families(c.ref.get("symbol"))
        src = SYMBOL_SOURCE.format(symbol=canonical_symbol(c.ref.get("symbol")),
                                   issuer=_issuer_label(expected)) if expected else None
    verdict = issuer_consistency(expected, issuer)
    if verdict:
        c.add("issuer_mismatch", "error" if verdict == "contradicts" else "warning",
              issuer, _issuer_label(expected), src)
    elif not expected:
        cons = c.consensus.get((c.key, "issuer"))
        fam = family_of_issuer(issuer)
        if cons and cons.strong and fam and fam.family != cons.majority:
            c.add("issuer_mismatch", "warning", issuer, cons.majority, cons.label)


@check
def anachronism(c: CheckContext) -> None:
    """The cited document is dated after the citing one."""
    citing_date, entry = c.doc.issue_date, c.entry
    cited_date = c.date or (entry.issue_date if entry else None)
    if citing_date and cited_date and cited_date > citing_date:
        c.add("anachronism", "error", cited_date, f"on or before {citing_date} (the citing document's date)",
              entry.source if entry and not c.date else "the citing document's date")


@check
def superseded(c: CheckContext) -> None:
    """Expired (with a date) before the citing document was issued."""
    entry, citing_date = c.entry, c.doc.issue_date
    if not (entry and entry.expired_on and citing_date and citing_date >= entry.expired_on):
        return
    expected = f"{entry.replaced_by} (in force from {entry.expired_on})" if entry.replaced_by \
        else f"a document in force on {citing_date}"
    c.add("superseded", "error" if c.ref.get("basis") else "warning",
          f"{c.citation.reference} (expired {entry.expired_on})", expected, entry.source, entry.status or "")


@check
def unverified(c: CheckContext) -> None:
    """Nobody vouches for it: not in the registry (for its year) and cited by this document only."""
    if c.entry is None and c.counts[c.key] <= 1:
        c.add("unverified", "info", c.citation.reference, "a registry entry or another citing document",
              "registry: no entry; corpus: cited by this document only")


@check
def low_confidence(c: CheckContext) -> None:
    """Read from a scan with low confidence: check by eye."""
    conf = c.ref.get("confidence")
    if isinstance(conf, (int, float)) and conf < c.low_confidence:
        c.add("low_confidence", "warning", f"OCR confidence {conf:.0f}",
              f"≥ {c.low_confidence:.0f} (check the page image)", "OCR")


def source_kind_of(source: str | None, entry: RegistryEntry | None) -> str:
    """What a finding's evidence is: a registry row's source kind (official, aggregator,
    news, dataset, other) or ``corpus`` / ``citation`` / ``rule`` / ``ocr``."""
    if entry is not None and source == entry.source:
        return entry.source_kind
    if not source:
        return "rule"
    if source.startswith("consensus") or source.startswith("registry: no entry"):
        return "corpus"
    if source == "OCR":
        return "ocr"
    if source.startswith("the citation") or source.startswith("the citing"):
        return "citation"
    return "rule"


def _audit_reference(d: CitingDoc, i: int, ref: dict[str, Any], registry: Registry,
                     consensus: dict, counts: Counter, low_confidence: float) -> Citation:
    match = registry.lookup(ref, d.province)
    page = ref.get("page") if isinstance(ref.get("page"), int) else None
    before, matched, after = locate(d.text, ref)
    cit = Citation(d.stem, i, reference_label(ref), ref, match, page, before, matched, after)
    context = CheckContext(d, ref, cit, match.entry if match else None, consensus, counts, low_confidence)
    for run_check in CHECK_FUNCTIONS:
        run_check(context)
    return cit


# --- the whole audit ------------------------------------------------------------------------

@dataclass
class AuditResult:
    out_dir: Path
    docs: list[CitingDoc]
    citations: list[Citation]
    findings: list[Finding]
    registry_size: int
    registry_catalogs: list[str]
    unreadable: list[str] = field(default_factory=list)  # stems whose JSON could not be read

    def summary(self) -> dict[str, Any]:
        by_check: dict[str, Counter] = defaultdict(Counter)
        for f in self.findings:
            by_check[f.check][f.severity] += 1
        return {
            "documents": len(self.docs),
            "citations": len(self.citations),
            "in_registry": sum(c.match is not None for c in self.citations),
            "findings": len(self.findings),
            "by_severity": dict(Counter(f.severity for f in self.findings)),
            "by_check": {k: dict(v) for k, v in sorted(by_check.items())},
            "registry_entries": self.registry_size,
            "unreadable": len(self.unreadable),
        }


def run_audit(out_dir: str | Path, registry: Registry, *,
              low_confidence: float = LOW_CONFIDENCE) -> AuditResult:
    unreadable: list[str] = []
    docs = load_corpus(out_dir, unreadable)
    citations, findings = audit_documents(docs, registry, low_confidence=low_confidence)
    return AuditResult(Path(out_dir), docs, citations, findings, len(registry),
                       list(registry.catalogs), unreadable)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A cell a spreadsheet shows as text: one starting with = + - @ tab or CR (a formula,
    from a file name, a document's text or a catalog's source) gets a leading apostrophe,
    as OWASP's CSV-injection advice says."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_findings_csv(findings: list[Finding], path: Path) -> None:
    """UTF-8 with a byte-order mark (Excel reads the Vietnamese right), formula-safe cells."""
    from .store import open_temporary

    fd, tmp = open_temporary(path.parent, path.name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=FINDING_COLUMNS)
            w.writeheader()
            for f in findings:
                w.writerow({k: spreadsheet_safe(v) for k, v in f.row().items()})
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def findings_table(findings: list[Finding]):
    import pyarrow as pa

    from .schema import TABLE_SCHEMAS

    schema = TABLE_SCHEMAS["audit_findings"]
    return pa.Table.from_pylist([f.row() for f in findings], schema=schema)


def write_findings_parquet(findings: list[Finding], path: Path) -> None:
    """The findings as Parquet: `vnplan extract` reloads them into the database it rebuilds."""
    import pyarrow.parquet as pq

    from .store import open_temporary

    fd, tmp = open_temporary(path.parent, path.name)
    os.close(fd)
    try:
        pq.write_table(findings_table(findings), tmp, compression="zstd")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_findings_duckdb(findings: list[Finding], db_path: Path) -> None:
    """Replace table ``audit_findings`` in one transaction (the database is created if missing)."""
    import duckdb

    from .store import duckdb_path

    with duckdb_path(db_path) as db:
        _replace_findings(duckdb.connect(db), findings)


def _replace_findings(con, findings: list[Finding]) -> None:
    import duckdb

    try:
        con.execute("BEGIN TRANSACTION")
        con.register("vnplan_findings", findings_table(findings))
        con.execute("CREATE OR REPLACE TABLE audit_findings AS SELECT * FROM vnplan_findings")
        con.unregister("vnplan_findings")
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        raise
    finally:
        con.close()


def findings_as_dicts(findings: list[Finding]) -> list[dict[str, Any]]:
    return [asdict(f) for f in findings]
