"""The declared column types of every output table — the one place they are written down.

Parquet files and the DuckDB database take their types from here, never from the data of
one run, so a column has the same type in every run (``plan_year`` is always an integer,
even in a run where no document has one).  A value that does not fit its column's type is
stored as JSON text in a text column, or as null in a typed one (``_coerce`` in store.py).

To add a column: add it here (and to ``DocumentResult.rows()``); tests/test_redteam.py checks
that every column ``rows()`` produces for the built-in tables is declared.  ``schema_for``
adds, in this order: the identity columns ``identity.py`` computes at assembly (declared there
with their types, next to their computation: ``issue_date`` becomes a DATE), the columns of an
entity kind not listed here (typed from the kind's annotations), and any other column found in
the data, as text.
"""

from __future__ import annotations

import datetime

import pyarrow as pa

STRING, INT, FLOAT, BOOL, DATE = pa.string(), pa.int64(), pa.float64(), pa.bool_(), pa.date32()
PYTHON_TYPES = {bool: BOOL, int: INT, float: FLOAT, str: STRING, datetime.date: DATE}

# Provenance columns every entity row ends with (Provenance → page, span, box, confidence).
_PROVENANCE = [("page", INT), ("char_start", INT), ("char_end", INT), ("box", STRING),
               ("confidence", FLOAT)]
_DOC = [("doc_id", STRING), ("doc", STRING)]

TABLE_SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(_DOC + [
        ("source", STRING), ("doc_type", STRING), ("number", STRING), ("symbol", STRING),
        ("issue_place", STRING),
        ("issue_date", STRING),  # ISO text in the JSON; a DATE in the tables (identity.py)
        ("title", STRING), ("issuer", STRING), ("province", STRING), ("level", STRING),
        ("plan_year", INT), ("signer", STRING), ("signer_title", STRING),
        ("signing_authority", STRING), ("recipients", STRING),  # recipients: a JSON list
        ("pages", INT), ("ocr_pages", INT), ("status", STRING),
        ("n_references", INT), ("n_assignments", INT), ("n_deadlines", INT),
        ("flags", STRING),  # "number:low_confidence,issue_date:low_confidence" (crops in the JSON)
    ]),
    "legal_references": pa.schema(_DOC + [
        ("ref_index", INT), ("key", STRING), ("text", STRING), ("type", STRING),
        ("number", STRING), ("year", INT), ("symbol", STRING), ("name", STRING),
        ("date", STRING), ("issuer", STRING), ("basis", BOOL), ("subject", STRING),
        ("n_mentions", INT), ("flags", STRING),
    ] + _PROVENANCE),
    "assignments": pa.schema(_DOC + [
        ("assignment_index", INT), ("agency", STRING), ("role", STRING), ("section", STRING),
        ("task", STRING),
    ] + _PROVENANCE),
    "deadlines": pa.schema(_DOC + [
        ("deadline_index", INT), ("text", STRING), ("kind", STRING), ("value", STRING),
        ("agency", STRING),
    ] + _PROVENANCE),
    "mentions": pa.schema(_DOC + [
        ("mention_index", INT), ("kind", STRING), ("label", STRING), ("text", STRING),
    ] + _PROVENANCE),
    "manifest": pa.schema([
        ("path", STRING), ("doc_id", STRING), ("stem", STRING), ("status", STRING),
        ("error_kind", STRING), ("message", STRING), ("attempts", pa.int32()),
        ("pages", pa.int32()), ("ocr_pages", pa.int32()), ("seconds", FLOAT), ("bytes", INT),
        ("pipeline_version", STRING), ("settings", STRING),
    ]),
    # Written by `vnplan audit`; kept across `vnplan extract` runs (store.py).
    "audit_findings": pa.schema([
        ("doc", STRING), ("reference", STRING), ("check", STRING), ("severity", STRING),
        ("cited", STRING), ("expected", STRING), ("source", STRING), ("page", pa.int32()),
        ("snippet", STRING), ("source_kind", STRING),
    ]),
}



def schema_for(table: str, probe_columns: dict[str, type | None] | None = None,
               data_columns: list[str] = ()) -> pa.Schema:
    """The table's schema: its declaration here, the identity columns (identity.py), the
    probe's columns of an undeclared entity kind, then other data columns as text."""
    from .identity import IDENTITY_COLUMNS

    fields: dict[str, pa.DataType] = {}
    if table in TABLE_SCHEMAS:
        fields.update((f.name, f.type) for f in TABLE_SCHEMAS[table])
    for name, typ in IDENTITY_COLUMNS.get(table, {}).items():
        fields[name] = PYTHON_TYPES.get(typ, STRING)
    for name, typ in (probe_columns or {}).items():
        fields.setdefault(name, PYTHON_TYPES.get(typ, STRING))
    for name in data_columns:
        fields.setdefault(name, STRING)
    return pa.schema(list(fields.items()))
