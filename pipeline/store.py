"""Writing outputs: per-document files as they finish, tables once at the end.

Layout of the output folder::

    json/<stem>.json        the contract's JSON (``DocumentResult.to_json()``)
    text/<stem>.txt         normalized text, pages separated by form feed
    tables/<table>.parquet  documents, legal_references, assignments, deadlines, mentions, manifest
    vnplan.duckdb           the same six tables
    .parts/                 one small JSON "part" per extracted document: its table rows and
                            manifest facts.  Parts are the resume cache and the source the
                            tables are assembled from.

Every file is written to a temporary name and renamed into place (``os.replace``), and a
document's part is written after its JSON and text, so a part on disk means the document is
complete: a ``kill -9`` loses at most the documents in flight.

Tables are assembled by streaming the parts in stem order into Parquet (bounded memory), then
DuckDB loads the Parquet files in one transaction into a temporary database that is renamed
into place.  Rows are ordered by (stem, row index) and the data tables carry no timestamps, so
the same inputs give byte-identical Parquet files; the manifest's ``seconds`` column is the
one value that changes from run to run.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .entities import data_tables
from .identity import IDENTITY_COLUMNS, IdentityResolver, create_views

# The tables of the built-in entity kinds, known without importing the recognizers (for callers
# that list tables); writing and reading a run asks data_tables(), which includes every kind.
DATA_TABLES = data_tables(builtin_only=True)
ALL_TABLES = DATA_TABLES + ("manifest",)
DUCKDB_NAME = "vnplan.duckdb"
PARTS_DIR = ".parts"
ROW_GROUP = 50_000


# --------------------------------------------------------------------------- atomic files


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers (and a re-run after a crash) see either the
    old file or the whole new one, never a prefix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        _silent_unlink(tmp)
        raise


def _silent_unlink(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ------------------------------------------------------------------------------- manifest


@dataclass
class ManifestRow:
    """One row per input file (column order is the table's)."""

    path: str
    doc_id: str | None
    stem: str | None
    status: str  # ok | partial | failed | skipped
    error_kind: str | None
    message: str | None
    attempts: int
    pages: int | None
    ocr_pages: int | None
    seconds: float | None  # wall time of the extraction (the one nondeterministic column)
    bytes: int | None
    pipeline_version: str
    settings: str  # Settings.fingerprint()


MANIFEST_SCHEMA = pa.schema([
    ("path", pa.string()), ("doc_id", pa.string()), ("stem", pa.string()),
    ("status", pa.string()), ("error_kind", pa.string()), ("message", pa.string()),
    ("attempts", pa.int32()), ("pages", pa.int32()), ("ocr_pages", pa.int32()),
    ("seconds", pa.float64()), ("bytes", pa.int64()),
    ("pipeline_version", pa.string()), ("settings", pa.string()),
])
assert [f.name for f in fields(ManifestRow)] == MANIFEST_SCHEMA.names


# ---------------------------------------------------------------------------------- store


class OutputStore:
    """The output folder."""

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.json_dir = self.root / "json"
        self.text_dir = self.root / "text"
        self.tables_dir = self.root / "tables"
        self.parts_dir = self.root / PARTS_DIR

    def prepare(self) -> None:
        for d in (self.json_dir, self.text_dir, self.tables_dir, self.parts_dir):
            d.mkdir(parents=True, exist_ok=True)

    def sweep_temporary(self, older_than: float = 3600.0) -> None:
        """Remove temporary files a killed run left behind (old enough not to belong to a
        run still going on in the same folder)."""
        cutoff = time.time() - older_than
        folders = [self.json_dir, self.text_dir, self.tables_dir, self.root]
        if self.parts_dir.is_dir():
            folders += [d for d in self.parts_dir.iterdir() if d.is_dir()]
        for folder in folders:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for e in entries:
                if e.name.startswith(".") and e.name.endswith(".tmp") and e.is_file():
                    try:
                        if e.stat().st_mtime < cutoff:
                            os.unlink(e.path)
                    except OSError:
                        pass

    # ---- per document

    def json_path(self, stem: str) -> Path:
        return self.json_dir / f"{stem}.json"

    def text_path(self, stem: str) -> Path:
        return self.text_dir / f"{stem}.txt"

    def part_path(self, key: str) -> Path:
        return self.parts_dir / key[:2] / f"{key}.json"

    def write_document(self, stem: str, key: str, part: dict[str, Any],
                       result_json: dict[str, Any] | None, text: str | None) -> None:
        """Write one document's files; the part goes last and marks the document done."""
        if result_json is not None:
            atomic_write(self.json_path(stem), json_bytes(result_json))
        if text is not None:
            atomic_write(self.text_path(stem), text.encode("utf-8"))
        atomic_write(self.part_path(key), json.dumps(dict(part, stem=stem), ensure_ascii=False,
                                                     separators=(",", ":")).encode("utf-8"))

    def load_part(self, key: str) -> dict[str, Any] | None:
        try:
            return json.loads(self.part_path(key).read_bytes())
        except (OSError, ValueError):
            return None  # missing, or damaged by something other than us: extract again

    def reusable_part(self, key: str, stem: str) -> dict[str, Any] | None:
        """The stored part for ``key`` if it can stand in for a fresh extraction under ``stem``."""
        part = self.load_part(key)
        if part is None or part.get("key") != key or part.get("stem") != stem:
            return None
        if part.get("status") in ("ok", "partial"):
            if not (self.json_path(stem).is_file() and self.text_path(stem).is_file()):
                return None
        return part

    # ---- tables

    def assemble(self, manifest: list[ManifestRow], part_keys: Iterable[tuple[str, str]]) -> None:
        """Build ``tables/*.parquet`` and ``vnplan.duckdb``.

        ``part_keys`` are (stem, key) for every extracted document with rows.  Their parts are
        streamed twice — once for the column types, once for the rows of all five tables — so
        memory stays bounded by one document plus one row group per table.
        """
        self.prepare()
        ordered = sorted(part_keys)
        enriched = self._identity_hook(ordered)
        schemas = _infer_schemas(enriched(), extra_columns=IDENTITY_COLUMNS)
        writers = {t: _TableWriter(self.tables_dir, t, schemas[t]) for t in data_tables()}
        manifest_writer = _TableWriter(self.tables_dir, "manifest", MANIFEST_SCHEMA)
        try:
            for table, row in enriched():
                writers[table].add(row)
            for row in sorted((asdict(m) for m in manifest), key=lambda r: r["path"]):
                manifest_writer.add(row)
            for w in [*writers.values(), manifest_writer]:
                w.close()
        except BaseException:
            for w in [*writers.values(), manifest_writer]:
                w.abort()
            raise
        for w in [*writers.values(), manifest_writer]:
            w.commit()
        self._write_duckdb()

    def _identity_hook(self, ordered: list[tuple[str, str]]):
        """Rows with the identity columns of ``identity.py`` (cited_id, agency_id, province_2025
        …): one extra pass over the parts lets ids agree across the whole folder."""
        resolver = IdentityResolver().observe_all(self._iter_rows(ordered))
        return lambda: resolver.enrich_all(self._iter_rows(ordered))

    def _iter_rows(self, ordered: list[tuple[str, str]]) -> Iterator[tuple[str, dict[str, Any]]]:
        for stem, key in ordered:
            part = self.load_part(key)
            if part is None:
                raise RuntimeError(f"the part for {stem} disappeared while assembling tables")
            for table in data_tables():
                for row in part.get("rows", {}).get(table, []):
                    yield table, _restem(row, stem)

    def _write_duckdb(self) -> None:
        import duckdb

        target = self.root / DUCKDB_NAME
        tmp = self.root / f".{DUCKDB_NAME}.tmp"
        for leftover in (tmp, Path(f"{tmp}.wal")):
            _silent_unlink(leftover)
        con = duckdb.connect(str(tmp))
        try:
            con.execute("BEGIN TRANSACTION")
            for table in (*data_tables(), "manifest"):
                src = (self.tables_dir / f"{table}.parquet").as_posix().replace("'", "''")
                con.execute(f'CREATE TABLE "{table}" AS SELECT * FROM read_parquet(\'{src}\')')
            create_views(con)
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, target)


class _TableWriter:
    """One Parquet table written to a temporary file in fixed-size row groups (the same rows
    always give the same bytes), renamed into place by ``commit``."""

    def __init__(self, folder: Path, table: str, schema: pa.Schema):
        self.schema, self.target = schema, folder / f"{table}.parquet"
        fd, self.tmp = tempfile.mkstemp(dir=folder, prefix=f".{table}.", suffix=".tmp")
        os.close(fd)
        self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")
        self.batch: list[dict[str, Any]] = []
        self.wrote = False
        self.text_columns = [f.name for f in schema if pa.types.is_string(f.type)]

    def add(self, row: dict[str, Any]) -> None:
        for name in self.text_columns:  # a column of mixed types is stored as JSON text
            value = row.get(name)
            if value is not None and not isinstance(value, str):
                row = dict(row, **{name: json.dumps(value, ensure_ascii=False, sort_keys=True)})
        self.batch.append(row)
        if len(self.batch) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        self.writer.write_table(pa.Table.from_pylist(self.batch, schema=self.schema))
        self.batch, self.wrote = [], True

    def close(self) -> None:
        if self.batch or not self.wrote:  # an empty table still gets its columns
            self._flush()
        self.writer.close()

    def commit(self) -> None:
        os.replace(self.tmp, self.target)

    def abort(self) -> None:
        try:
            self.writer.close()
        except Exception:  # noqa: BLE001 — already failing; the temporary file goes anyway
            pass
        _silent_unlink(self.tmp)


def _restem(row: dict[str, Any], stem: str) -> dict[str, Any]:
    # The stem is decided per run (collisions get a suffix); the part may predate that.
    if row.get("doc") != stem:
        row = dict(row, doc=stem)
    return row


# ---------------------------------------------------------------------------- schemas

_PY_TYPES = {bool: pa.bool_(), int: pa.int64(), float: pa.float64(), str: pa.string(),
             datetime.date: pa.date32()}


def _infer_schemas(rows: Iterator[tuple[str, dict[str, Any]]],
                   extra_columns: dict[str, dict[str, type]] | None = None) -> dict[str, pa.Schema]:
    """Column names and Arrow types per table.

    Columns come from ``DocumentResult.rows()`` of a probe document (so empty tables still
    have their columns) plus any seen in the data; a column's type is the one its non-null
    values share (int and float widen to float; anything mixed becomes a JSON string).
    """
    tables = data_tables()
    columns: dict[str, dict[str, set[type]]] = {t: {} for t in tables}
    for table, cols in probe_columns().items():
        for name, typ in cols.items():
            columns[table].setdefault(name, set())
            if typ is not None:
                columns[table][name].add(typ)
    for table, cols in (extra_columns or {}).items():  # columns added after extraction
        for name, typ in cols.items():
            columns[table].setdefault(name, set()).add(typ)
    seen_in_data: dict[str, dict[str, set[type]]] = {t: {} for t in tables}
    for table, row in rows:
        cols = seen_in_data[table]
        for name, value in row.items():
            kinds = cols.setdefault(name, set())
            if value is not None:
                kinds.add(type(value))
    schemas = {}
    for table in tables:
        names = list(columns[table])
        names += [n for n in seen_in_data[table] if n not in columns[table]]
        out = []
        for name in names:
            data_kinds = seen_in_data[table].get(name, set())
            kinds = data_kinds or columns[table].get(name, set())  # data wins over the probe
            out.append(pa.field(name, _arrow_type(kinds)))
        schemas[table] = pa.schema(out)
    return schemas


def _arrow_type(kinds: set[type]) -> pa.DataType:
    if not kinds:
        return pa.string()
    if kinds == {int, float}:
        return pa.float64()
    if len(kinds) == 1 and next(iter(kinds)) in _PY_TYPES:
        return _PY_TYPES[next(iter(kinds))]
    return pa.string()


def probe_columns() -> dict[str, dict[str, type | None]]:
    """Column name → Python type for each data table, from a probe result holding one entity
    of every registered kind, each field filled from its type annotation."""
    from .entities import entity_kinds, sample_entity
    from .models import DOCUMENT_FIELDS, DocumentResult, FieldValue, Mention, Provenance

    prov = Provenance(page=1, start=0, end=1, box=(0.0, 0.0, 1.0, 1.0), confidence=1.0)
    probe = DocumentResult(
        source="probe.txt", doc_id="0" * 64,
        document={n: FieldValue(None) for n in DOCUMENT_FIELDS},
        entities={k.key: [sample_entity(k.cls, prov)] for k in entity_kinds()},
        mentions=[Mention(kind="k", label="l", text="t", start=0, end=1, provenance=prov)],
        text="t", pages=1)
    rows = probe.rows()
    out: dict[str, dict[str, type | None]] = {}
    for table in data_tables():
        sample = rows.get(table) or [{}]
        # Document fields are None in the probe: their type comes from the data (or string).
        out[table] = {k: (type(v) if v is not None else None) for k, v in sample[0].items()}
    return out


def part_key(doc_id: str, name: str, pipeline_version: str, settings_fingerprint: str) -> str:
    """Cache key of one extraction: content, the name it was read under, code and settings."""
    payload = "\x1f".join((doc_id, name, pipeline_version, settings_fingerprint))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
