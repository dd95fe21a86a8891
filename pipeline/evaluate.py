"""Accuracy of extractions against gold files — the contract's "How accuracy is measured".

Both sides are per-document JSON files in the contract's shape (``document``, ``references``,
``assignments``, ``deadlines``); extra keys such as provenance are ignored.  Per document,
predicted entries are matched one-to-one with gold entries:

* references on a key — ``(number without leading zeros, year, folded symbol)``, or for
  unnumbered laws ``(type, lower-cased name, year of the date — else ``year``)``; matched
  pairs are then scored on ``type``, ``date``, ``issuer`` and ``basis`` (field accuracy);
* assignments on role equality plus a fuzzy agency match (case- and punctuation-folded,
  ``rapidfuzz.fuzz.ratio / 100 >= 0.9``), with an optimal one-to-one assignment;
* deadlines on ``(kind, value)`` as a multiset;
* the 14 document fields one by one.

Every text is compared after Unicode NFC and whitespace folding.  Counts are summed over
documents (micro-average).  A gold document without a prediction counts as all missed.

Python use::

    report = evaluate_dirs("tests/data/gold", "data/extracted")
    report.areas["references"].f1, report.document_accuracy
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from rapidfuzz import fuzz

from .models import DOCUMENT_FIELDS, fold_symbol, output_stem
from .text import fold_words as fold_agency, squash_spaces as fold_text

AREAS = ("references", "assignments", "deadlines")
REFERENCE_SCORED_FIELDS = ("type", "date", "issuer", "basis")
AGENCY_MIN_RATIO = 0.9
# rapidfuzz returns floats; 90.0 may come back as 89.99999999999999 for some lengths.
_RATIO_TOLERANCE = 1e-9


class EvalInputError(ValueError):
    """The gold or prediction folder cannot be evaluated (missing, empty, unreadable)."""


# --------------------------------------------------------------------------- figures


@dataclass
class Counts:
    """True positives, false positives and false negatives of one area.

    Zero denominators: with nothing to find and nothing predicted, precision and recall are
    1.0 (nothing was wrong); predicting nothing while gold has entries gives precision 0.0,
    so an empty extractor never looks precise.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass
class Accuracy:
    """correct / total; ``accuracy`` is None when nothing could be scored (total 0)."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def score(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    def as_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass
class EvalError:
    """One thing a developer should look at: a missed or spurious entry, or a wrong field.

    ``kind`` is ``FN`` (gold entry not found), ``FP`` (predicted entry not in gold) or
    ``wrong`` (matched entry / document field with a different value).
    """

    doc: str
    area: str  # "references", "assignments", "deadlines", "references.date", "document.title" …
    kind: str
    key: str
    gold: Any = None
    predicted: Any = None
    note: str = ""


@dataclass
class DocumentEval:
    doc: str
    status: str  # "scored" | "missing" (no prediction file) | "unreadable" (bad prediction JSON)
    areas: dict[str, Counts]
    reference_fields: dict[str, Accuracy]
    document_fields: dict[str, bool]
    errors: list[EvalError] = field(default_factory=list)

    @property
    def document_accuracy(self) -> float:
        return sum(self.document_fields.values()) / len(self.document_fields)

    @property
    def reference_field_accuracy(self) -> float | None:
        return _pooled(self.reference_fields.values()).accuracy

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc, "status": self.status,
            "areas": {a: c.as_dict() for a, c in self.areas.items()},
            "reference_fields": {f: a.as_dict() for f, a in self.reference_fields.items()},
            "reference_field_accuracy": self.reference_field_accuracy,
            "document_fields": dict(self.document_fields),
            "document_accuracy": self.document_accuracy,
            "errors": [asdict(e) for e in self.errors],
        }


@dataclass
class EvalReport:
    """All figures of one evaluation.

    ``areas['references'|'assignments'|'deadlines']`` → ``Counts`` (``.precision``,
    ``.recall``, ``.f1``, ``.tp``/``.fp``/``.fn``); ``reference_fields`` and
    ``document_fields`` → ``Accuracy`` per field (``.accuracy``); ``document_accuracy`` and
    ``reference_field_accuracy`` pool all fields.
    """

    documents: list[DocumentEval]
    extra: list[str] = field(default_factory=list)  # predictions without a gold file (not scored)
    gold_dir: str = ""
    pred_dir: str = ""

    @property
    def areas(self) -> dict[str, Counts]:
        total = {a: Counts() for a in AREAS}
        for d in self.documents:
            for a in AREAS:
                total[a].add(d.areas[a])
        return total

    @property
    def reference_fields(self) -> dict[str, Accuracy]:
        total = {f: Accuracy() for f in REFERENCE_SCORED_FIELDS}
        for d in self.documents:
            for f in REFERENCE_SCORED_FIELDS:
                total[f].add(d.reference_fields[f])
        return total

    @property
    def reference_field_accuracy(self) -> float | None:
        return _pooled(self.reference_fields.values()).accuracy

    @property
    def document_fields(self) -> dict[str, Accuracy]:
        total = {f: Accuracy() for f in DOCUMENT_FIELDS}
        for d in self.documents:
            for f in DOCUMENT_FIELDS:
                total[f].score(d.document_fields[f])
        return total

    @property
    def document_accuracy(self) -> float | None:
        return _pooled(self.document_fields.values()).accuracy

    @property
    def missing(self) -> list[str]:
        return [d.doc for d in self.documents if d.status != "scored"]

    @property
    def errors(self) -> list[EvalError]:
        return [e for d in self.documents for e in d.errors]

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_dir": self.gold_dir, "pred_dir": self.pred_dir,
            "documents_scored": sum(d.status == "scored" for d in self.documents),
            "documents_gold": len(self.documents),
            "missing": self.missing, "extra": list(self.extra),
            "areas": {a: c.as_dict() for a, c in self.areas.items()},
            "reference_fields": {f: a.as_dict() for f, a in self.reference_fields.items()},
            "reference_field_accuracy": self.reference_field_accuracy,
            "document_fields": {f: a.as_dict() for f, a in self.document_fields.items()},
            "document_accuracy": self.document_accuracy,
            "per_document": [d.as_dict() for d in self.documents],
        }


def _pooled(parts: Iterable[Accuracy]) -> Accuracy:
    total = Accuracy()
    for p in parts:
        total.add(p)
    return total


# --------------------------------------------------------------------------- normalization


def canonical(value: Any) -> Any:
    """A value as compared: texts folded, numbers as their digits (so ``2022 == "2022"``),
    lists element-wise, ``None`` kept (so null == null)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, (list, tuple)):
        return tuple(canonical(v) for v in value)
    return fold_text(value)


def _year(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = fold_text(value)
    return int(text) if text.isdigit() else None


def _date_year(date: Any) -> int | None:
    match = re.match(r"\s*(\d{4})-", str(date)) if date else None
    return int(match.group(1)) if match else None


def reference_key(ref: dict[str, Any]) -> tuple:
    """The contract's matching key of a reference (see module doc)."""
    number = fold_text(ref.get("number"))
    if number:
        symbol = unicodedata.normalize("NFC", ref.get("symbol") or "")
        return ("num", number.lstrip("0") or "0", _year(ref.get("year")), fold_symbol(symbol))
    year = _date_year(ref.get("date"))
    if year is None:  # laws cited by name and year carry no date (gold notes)
        year = _year(ref.get("year"))
    return ("law", fold_text(ref.get("type")), fold_text(ref.get("name")).lower(), year)


def describe_reference(ref: dict[str, Any]) -> str:
    """Readable label: ``61/2018/NĐ-CP``, ``18-NQ/TW``, ``Luật Tổ chức Chính phủ 2015``."""
    number, symbol = fold_text(ref.get("number")), fold_text(ref.get("symbol"))
    year = _year(ref.get("year"))
    if number:
        if year:
            return f"{number}/{year}/{symbol}"
        return f"{number}-{symbol}" if "/" in symbol else f"{number}/{symbol}"
    key = reference_key(ref)
    return " ".join(str(p) for p in (fold_text(ref.get("type")), fold_text(ref.get("name")), key[3])
                    if p not in ("", None))


def deadline_key(deadline: dict[str, Any]) -> tuple:
    return (canonical(deadline.get("kind")), canonical(deadline.get("value")))


def _describe_deadline(d: dict[str, Any]) -> str:
    kind, value = deadline_key(d)
    return f"{kind}={value}"


def _describe_assignment(a: dict[str, Any]) -> str:
    return f"{fold_text(a.get('agency'))} [{fold_text(a.get('role'))}]"


# --------------------------------------------------------------------------- matching


def _best_assignment(weight: list[list[float]]) -> list[tuple[int, int]]:
    """(row, column) pairs of a one-to-one assignment with the largest total weight."""
    # imported here: scipy.optimize costs half a second, and every vnplan command loads this module
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    rows, cols = linear_sum_assignment(np.array(weight, dtype=float), maximize=True)
    return list(zip(rows.tolist(), cols.tolist()))


def match_by_key(gold: list[dict], pred: list[dict], key, prefer=None
                 ) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """One-to-one matching on an exact key (a multiset intersection).

    Returns (matched pairs, unmatched gold, unmatched predictions).  The counts depend on
    the key alone; ``prefer(gold, pred) -> number`` only chooses which entries of an
    equal-key group pair up (best total preference, so that the reported misses are the
    likely ones); without it they pair in order of appearance.
    """
    gold_groups: dict[Any, list[dict]] = defaultdict(list)
    pred_groups: dict[Any, list[dict]] = defaultdict(list)
    for g in gold:
        gold_groups[key(g)].append(g)
    for p in pred:
        pred_groups[key(p)].append(p)
    pairs = []
    for k, gs in gold_groups.items():
        ps = pred_groups.get(k, [])
        if not ps:
            continue
        if prefer is None or len(gs) == len(ps) == 1:
            pairs += list(zip(gs, ps))
            continue
        weight = [[prefer(g, p) for p in ps] for g in gs]
        pairs += [(gs[i], ps[j]) for i, j in _best_assignment(weight)]
    used_g = {id(g) for g, _ in pairs}
    used_p = {id(p) for _, p in pairs}
    return pairs, [g for g in gold if id(g) not in used_g], [p for p in pred if id(p) not in used_p]


def agency_similarity(a: Any, b: Any) -> float:
    """rapidfuzz ratio of the folded names, 0–1."""
    return fuzz.ratio(fold_agency(a), fold_agency(b)) / 100


def match_assignments(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Optimal one-to-one matching: same role and agency similarity ≥ 0.9.

    Maximizes first the number of matches, then their total similarity — a greedy pass can
    lose a match when one prediction is close to two gold agencies.
    """
    if not gold or not pred:
        return [], list(gold), list(pred)
    # Each match is worth more than any possible gain in similarity, so the count comes first.
    bonus = float(min(len(gold), len(pred)) + 1)
    weight = [[0.0] * len(pred) for _ in gold]
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if canonical(g.get("role")) != canonical(p.get("role")):
                continue
            s = agency_similarity(g.get("agency"), p.get("agency"))
            if s >= AGENCY_MIN_RATIO - _RATIO_TOLERANCE:
                weight[i][j] = bonus + s
    pairs = [(gold[i], pred[j]) for i, j in _best_assignment(weight) if weight[i][j] > 0]
    used_g = {id(g) for g, _ in pairs}
    used_p = {id(p) for _, p in pairs}
    return pairs, [g for g in gold if id(g) not in used_g], [p for p in pred if id(p) not in used_p]


# --------------------------------------------------------------------------- scoring


def _entries(doc: dict[str, Any] | None, area: str) -> list[dict]:
    items = (doc or {}).get(area)
    return [e for e in items if isinstance(e, dict)] if isinstance(items, list) else []


def evaluate_pair(gold: dict[str, Any], pred: dict[str, Any] | None, doc: str | None = None,
                  status: str | None = None) -> DocumentEval:
    """Score one predicted document against its gold document.

    ``pred=None`` scores a missing prediction: every gold entry is a false negative and
    every document field is wrong.
    """
    doc = doc or output_stem(str(gold.get("source") or "document"))
    status = status or ("scored" if pred is not None else "missing")
    areas = {a: Counts() for a in AREAS}
    errors: list[EvalError] = []

    def tally(area, pairs, missed, spurious, describe, near_miss=None):
        areas[area] = Counts(tp=len(pairs), fp=len(spurious), fn=len(missed))
        for g in missed:
            note = near_miss(g) if near_miss else ""
            errors.append(EvalError(doc, area, "FN", describe(g), gold=g, note=note))
        for p in spurious:
            errors.append(EvalError(doc, area, "FP", describe(p), predicted=p))

    # references, then their field accuracy over matched pairs
    ref_pairs, missed, spurious = match_by_key(_entries(gold, "references"),
                                               _entries(pred, "references"), reference_key)

    def similar_reference(g: dict) -> str:
        # a spurious prediction sharing all but one part of the key is usually the same
        # citation read slightly wrong: say which one, so the developer sees the slip
        gk = reference_key(g)
        for p in spurious:
            pk = reference_key(p)
            if pk[0] == gk[0] and sum(a == b for a, b in zip(gk[1:], pk[1:])) == 2:
                return f"similar unmatched prediction: {describe_reference(p)}"
        return ""

    tally("references", ref_pairs, missed, spurious, describe_reference, similar_reference)
    ref_fields = {f: Accuracy() for f in REFERENCE_SCORED_FIELDS}
    for g, p in ref_pairs:
        for f in REFERENCE_SCORED_FIELDS:
            ok = canonical(g.get(f)) == canonical(p.get(f))
            ref_fields[f].score(ok)
            if not ok:
                errors.append(EvalError(doc, f"references.{f}", "wrong", describe_reference(g),
                                        gold=g.get(f), predicted=p.get(f)))

    # assignments
    pred_assignments = _entries(pred, "assignments")
    pairs, missed, spurious = match_assignments(_entries(gold, "assignments"), pred_assignments)

    def closest_agency(g: dict) -> str:
        if not spurious:
            return ""
        best = max(spurious, key=lambda p: (canonical(p.get("role")) == canonical(g.get("role")),
                                            agency_similarity(g.get("agency"), p.get("agency"))))
        s = agency_similarity(g.get("agency"), best.get("agency"))
        if canonical(best.get("role")) != canonical(g.get("role")):
            if s >= AGENCY_MIN_RATIO - _RATIO_TOLERANCE:
                return f"predicted with role {fold_text(best.get('role'))!r}"
            return ""
        return f"closest unmatched prediction: {fold_text(best.get('agency'))!r} ({s:.2f})" if s >= 0.5 else ""

    tally("assignments", pairs, missed, spurious, _describe_assignment, closest_agency)

    # deadlines
    # agency is not part of the key; it only decides which equal-key entries pair up
    pairs, missed, spurious = match_by_key(
        _entries(gold, "deadlines"), _entries(pred, "deadlines"), deadline_key,
        prefer=lambda g, p: agency_similarity(g.get("agency"), p.get("agency")))
    tally("deadlines", pairs, missed, spurious, _describe_deadline)

    # document fields
    gold_fields = gold.get("document") if isinstance(gold.get("document"), dict) else {}
    pred_fields = (pred or {}).get("document")
    pred_fields = pred_fields if isinstance(pred_fields, dict) else {}
    doc_fields: dict[str, bool] = {}
    for f in DOCUMENT_FIELDS:
        ok = pred is not None and canonical(gold_fields.get(f)) == canonical(pred_fields.get(f))
        doc_fields[f] = ok
        if pred is not None and not ok:
            errors.append(EvalError(doc, f"document.{f}", "wrong", f, gold=gold_fields.get(f),
                                    predicted=pred_fields.get(f)))

    return DocumentEval(doc=doc, status=status, areas=areas, reference_fields=ref_fields,
                        document_fields=doc_fields, errors=errors)


# --------------------------------------------------------------------------- folders


def _load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _stems(path: Path, data: Any) -> list[str]:
    """Names a file can be paired by: the stem of its ``source`` and its own stem."""
    names = []
    if isinstance(data, dict) and data.get("source"):
        names.append(output_stem(str(data["source"])))
    names.append(path.stem)
    return list(dict.fromkeys(names))


def prediction_folder(pred_dir: str | Path) -> Path:
    """The folder holding prediction JSON: ``pred_dir/json`` for a vnplan output folder."""
    pred_dir = Path(pred_dir)
    nested = pred_dir / "json"
    if nested.is_dir() and any(nested.glob("*.json")):
        return nested
    return pred_dir


def evaluate_dirs(gold_dir: str | Path, pred_dir: str | Path) -> EvalReport:
    """Score every gold file in ``gold_dir`` against ``pred_dir`` (or ``pred_dir/json``).

    Raises ``EvalInputError`` when a folder is missing, holds no JSON, or a gold file is
    unreadable.  An unreadable prediction is scored as missing (status ``unreadable``).
    """
    gold_dir, pred_root = Path(gold_dir), Path(pred_dir)
    for label, folder in (("gold", gold_dir), ("prediction", pred_root)):
        if not folder.is_dir():
            raise EvalInputError(f"{label} folder {str(folder)!r} does not exist or is not a folder")
    pred_folder = prediction_folder(pred_root)
    gold_files = sorted(gold_dir.glob("*.json"))
    pred_files = sorted(pred_folder.glob("*.json"))
    if not gold_files:
        raise EvalInputError(f"no .json files in the gold folder {str(gold_dir)!r}")
    if not pred_files:
        raise EvalInputError(f"no .json files in {str(pred_root)!r} (nor in its json/ sub-folder); "
                             "run `vnplan extract` first or point at the folder holding the JSON")

    golds: list[tuple[str, list[str], dict]] = []
    seen: dict[str, Path] = {}
    for path in gold_files:
        try:
            data = _load_json(path)
        except (OSError, ValueError) as exc:
            raise EvalInputError(f"gold file {path.name} is not readable JSON: {exc}") from None
        if not isinstance(data, dict) or "document" not in data:
            raise EvalInputError(f"gold file {path.name} is not in the contract's shape "
                                 "(an object with 'document', 'references', …)")
        names = _stems(path, data)
        if names[0] in seen:
            raise EvalInputError(f"gold files {seen[names[0]].name} and {path.name} describe the same "
                                 f"document {names[0]!r}")
        seen[names[0]] = path
        golds.append((names[0], names, data))

    preds: dict[str, tuple[Path, Any]] = {}
    for path in pred_files:
        try:
            data: Any = _load_json(path)
        except (OSError, ValueError):
            data = None  # unreadable: the document counts as missed
        if data is not None and not (isinstance(data, dict) and "document" in data):
            continue  # not a per-document result (e.g. a manifest)
        for name in _stems(path, data):
            preds.setdefault(name, (path, data))

    documents, used = [], set()
    for doc, names, gold in golds:
        hit = next((preds[n] for n in names if n in preds), None)
        if hit is None:
            documents.append(evaluate_pair(gold, None, doc=doc, status="missing"))
            continue
        path, data = hit
        used.add(path)
        documents.append(evaluate_pair(gold, data, doc=doc,
                                       status="scored" if data is not None else "unreadable"))
    extra = sorted({p.stem for p, d in preds.values() if p not in used})
    return EvalReport(documents=documents, extra=extra, gold_dir=str(gold_dir),
                      pred_dir=str(pred_folder))
