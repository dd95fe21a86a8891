"""Dataclasses for everything that flows through the pipeline.

Stage by stage:  ``RawDocument`` (pages as read) → ``NormalizedText`` (one string with a map
back to the pages) → ``Structure`` (lines, sections, header, signature) → entities
(``Reference``, ``Assignment``, ``Deadline``, ``FieldValue``) → ``DocumentResult`` (the JSON
and the table rows).

Every entity carries ``start``/``end``: a character span in the normalized text.  The
provenance stage turns a span into page number, box and lowest OCR word confidence.
Boxes are ``(x0, top, x1, bottom)`` in PDF points (1/72 inch) from the page's top-left corner,
whatever the source (text layer or OCR at any dpi), so crops line up with the page.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from .entities import Entity, entity_kind, entity_kinds, provenance_columns
from .text import fold_symbol  # noqa: F401  (models is where the tables' callers look for it)

Box = tuple[float, float, float, float]


@dataclass
class Word:
    """A word placed on a page: from OCR (with confidence) or a PDF text layer."""

    text: str
    start: int  # character offsets inside ``Page.text``
    end: int
    box: Box
    conf: float | None = None  # Tesseract confidence 0–100; None for a text layer


@dataclass
class LayoutLine:
    """A line of ``Page.text`` as it was laid out.  Readers write the text in the conventions the
    recognizers read (a wrapped heading as one line, a table row as ``a | b | c``, a two-column
    block column by column); the line keeps what the layout said about it."""

    start: int  # character offsets inside ``Page.text``
    end: int
    box: Box | None = None
    bold: bool = False  # most of its characters are bold / italic
    italic: bool = False
    size: float | None = None  # font size in points (median of its words)
    align: str | None = None  # "left" | "center" | "right" | "justify"
    indent: float | None = None  # points from the left edge of its text block
    column: int = 0  # 0 full width; 1 left, 2 right column of a two-column block
    table: int | None = None  # index into ``Page.tables`` for a table row
    row: int | None = None  # the row's index in that table


@dataclass
class Page:
    number: int  # 1-based
    text: str
    method: str  # "text" | "docx" | "pdf-text" | "ocr" | "none"
    status: str = "ok"  # "ok" | "no_text" | "unusable"
    words: list[Word] = field(default_factory=list)
    width: float | None = None  # points
    height: float | None = None
    note: str = ""
    lines: list[LayoutLine] = field(default_factory=list)  # empty when the reader had no layout
    tables: list[Any] = field(default_factory=list)  # ``pipeline.tables.Table`` found on the page


@dataclass
class RawDocument:
    name: str  # file name as given (used for the output stem)
    media_type: str  # "text" | "docx" | "doc" | "pdf" | "image"
    pages: list[Page]
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None  # byte or font encoding detected (utf-8, cp1258, tcvn3, vni …)


@dataclass
class Provenance:
    page: int | None
    start: int
    end: int
    box: Box | None = None
    confidence: float | None = None  # lowest OCR word confidence behind the value

    def as_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "span": [self.start, self.end],
            "box": [round(v, 1) for v in self.box] if self.box else None,
            "confidence": self.confidence,
        }


@dataclass
class FieldValue(Entity):
    """One document-metadata field with the span it was read from (span may be empty)."""

    value: Any
    start: int = -1
    end: int = -1
    provenance: Provenance | None = None
    # Where the value's parts stand that a person may have to read: ``read`` spans hold parts
    # read as clean values (a number, a day) whose OCR confidence is still to be checked;
    # ``unread`` spans (possibly empty: a blank between two printed words) hold parts OCR
    # could not read as a value ("Số: /#//UBND-…", "ngày °©. tháng").  ``flags`` lists what
    # the check found (``field_flags.py``).
    read: list[tuple[int, int]] = field(default_factory=list)
    unread: list[tuple[int, int]] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)


@entity_kind("references", table="legal_references", index_column="ref_index",
             count_column="n_references", spacy_label="LEGAL_REF", mention="reference")
@dataclass
class Reference(Entity):
    text: str
    type: str
    number: str | None
    year: int | None
    symbol: str | None
    name: str | None
    date: str | None
    issuer: str | None
    basis: bool
    start: int
    end: int
    subject: str | None = None  # "về việc …" phrase after the citation, when present
    mentions: list[tuple[int, int]] = field(default_factory=list)  # every span, first included
    provenance: Provenance | None = None
    flags: list[str] = field(default_factory=list)  # e.g. "symbol_repaired", "low_confidence"

    def key(self) -> tuple:
        """The contract's matching key: number (no leading zeros), year, folded symbol — or
        for unnumbered laws (type, folded name, year)."""
        if self.number:
            return ("num", self.number.lstrip("0") or "0", self.year, fold_symbol(self.symbol))
        return ("law", self.type, (self.name or "").lower(), self.year)

    CONTRACT_FIELDS = ("text", "type", "number", "year", "symbol", "name", "date", "issuer", "basis")

    def set_provenance(self, provenance, settings) -> None:
        self.provenance = provenance
        if provenance and provenance.confidence is not None and provenance.confidence < settings.low_confidence:
            self.flags.append("low_confidence")

    def row_fields(self) -> dict[str, Any]:
        return {"key": format_reference_key(self), **{n: getattr(self, n) for n in self.CONTRACT_FIELDS},
                "subject": self.subject, "n_mentions": len(self.mentions) or 1,
                "flags": ",".join(self.flags) or None}

    def mention_label(self) -> str:
        return format_reference_key(self)

    def mention_text(self, text: str) -> str:
        return self.text


@entity_kind("assignments", index_column="assignment_index", count_column="n_assignments",
             spacy_label="AGENCY", mention="agency")
@dataclass
class Assignment(Entity):
    agency: str
    role: str  # "lead" | "support"
    section: str | None
    task: str | None
    start: int  # span of the agency mention
    end: int
    provenance: Provenance | None = None

    CONTRACT_FIELDS = ("agency", "role", "section", "task")

    def mention_label(self) -> str:
        return self.agency


@entity_kind("deadlines", index_column="deadline_index", count_column="n_deadlines",
             spacy_label="DEADLINE", mention="deadline")
@dataclass
class Deadline(Entity):
    text: str
    kind: str  # "date" | "recurrence" | "continuous" | "period"
    value: str | None
    agency: str | None
    start: int
    end: int
    provenance: Provenance | None = None

    CONTRACT_FIELDS = ("text", "kind", "value", "agency")

    def mention_label(self) -> str:
        return f"{self.kind}:{self.value}"

    def mention_text(self, text: str) -> str:
        return self.text


@dataclass
class Mention:
    """Every raw mention a recognizer found, before merging (table ``mentions``)."""

    kind: str  # "reference" | "agency" | "deadline" | "field"
    label: str  # reference key / agency name / deadline value / field name
    text: str
    start: int
    end: int
    provenance: Provenance | None = None


DOCUMENT_FIELDS = (
    "doc_type", "number", "symbol", "issue_place", "issue_date", "title", "issuer",
    "province", "level", "plan_year", "signer", "signer_title", "signing_authority", "recipients",
)


@dataclass
class DocumentResult:
    source: str  # input file name
    doc_id: str  # sha256 of the content
    document: dict[str, FieldValue]
    entities: dict[str, list[Entity]]  # entity kind key → its entities ("references": […])
    mentions: list[Mention]
    text: str  # normalized full text, pages separated by form feed
    pages: int
    ocr_pages: int = 0
    status: str = "ok"  # "ok" | "partial"
    warnings: list[str] = field(default_factory=list)
    pipeline_version: str = ""
    # document fields a person must read (a handwritten number or day): one row each with
    # field, flag, reason, text, page, box, confidence and crop (a PNG data: URI)
    flags: list[dict[str, Any]] = field(default_factory=list)

    def __getattr__(self, name: str) -> list[Entity]:
        """``result.references``, ``result.deadlines`` …: the entities of a registered kind."""
        entities = self.__dict__.get("entities")  # absent while unpickling
        if (entities is not None and not name.startswith("_")
                and (name in entities or any(k.key == name for k in entity_kinds()))):
            return entities.get(name, [])
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def stem(self) -> str:
        return output_stem(self.source)

    def to_json(self) -> dict[str, Any]:
        """The contract's shape, plus provenance keys (``page``, ``span``, ``box``,
        ``confidence``) on every entry and a ``provenance`` map for document fields."""
        out = {
            "source": self.source,
            "doc_id": self.doc_id,
            "pipeline_version": self.pipeline_version,
            "status": self.status,
            "pages": self.pages,
            "ocr_pages": self.ocr_pages,
            "warnings": list(self.warnings),
            "document": {n: self.document[n].value for n in DOCUMENT_FIELDS},
            "provenance": {
                n: self.document[n].provenance.as_dict()
                for n in DOCUMENT_FIELDS
                if self.document[n].provenance is not None
            },
            "flags": [dict(f) for f in self.flags],
        }
        for kind in entity_kinds():
            out[kind.key] = [e.to_json() for e in self.entities.get(kind.key, [])]
        return out

    def rows(self) -> dict[str, list[dict[str, Any]]]:
        """Flat rows for the tables ``documents``, one per entity kind (``legal_references``,
        ``assignments``, ``deadlines`` …) and ``mentions``; every row starts with ``doc_id``
        and ``doc`` (stem)."""
        base = {"doc_id": self.doc_id, "doc": self.stem}
        kinds = entity_kinds()

        doc_row = dict(base)
        doc_row["source"] = self.source
        for n in DOCUMENT_FIELDS:
            v = self.document[n].value
            doc_row[n] = json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
        doc_row.update(pages=self.pages, ocr_pages=self.ocr_pages, status=self.status)
        doc_row.update({k.count_column: len(self.entities.get(k.key, [])) for k in kinds if k.count_column})
        doc_row["flags"] = ",".join(dict.fromkeys(f"{f['field']}:{f['flag']}" for f in self.flags)) or None

        tables: dict[str, list[dict[str, Any]]] = {"documents": [doc_row]}
        for kind in kinds:
            tables[kind.table] = [e.table_row(base, i) for i, e in enumerate(self.entities.get(kind.key, []))]
        tables["mentions"] = [
            dict(base, mention_index=i, kind=m.kind, label=m.label, text=m.text, **provenance_columns(m.provenance))
            for i, m in enumerate(self.mentions)]
        return tables


class SpanSet:
    """Sorted, merged character spans with O(log n) look-ups (a long line may hold
    thousands of citations; a linear scan per match would be quadratic)."""

    def __init__(self, spans=()):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def contains(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none already held (keeps both lists sorted)."""
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def format_reference_key(r: Reference) -> str:
    """Human-readable canonical key: ``61/2018/NĐ-CP``, ``18-NQ/TW`` or ``Luật <name> 2015``."""
    if r.number:
        sym = r.symbol or ""
        if r.year:
            return f"{r.number}/{r.year}/{sym}"
        if "/" in sym:  # party style: 18-NQ/TW
            return f"{r.number}-{sym}"
        return f"{r.number}/{sym}"
    name = f" {r.name}" if r.name else ""
    year = f" {r.year}" if r.year else ""
    return f"{r.type}{name}{year}"


def output_stem(name: str) -> str:
    """Output file stem for an input name: the file name without its last extension."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base


def content_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


__all__ = [name for name in dir() if not name.startswith("_")] + ["asdict"]
