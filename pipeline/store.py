"""Writing outputs: per-document files as they finish, tables once at the end.

Layout of the output folder::

    json/<stem>.json        the contract's JSON (``DocumentResult.to_json()``)
    text/<stem>.txt         normalized text, pages separated by form feed
    tables/<table>.parquet  documents, legal_references, assignments, deadlines, mentions, manifest
    vnplan.duckdb           the same six tables (+ audit_findings, kept from the last audit)
    .parts/                 one small JSON "part" per extracted document: its table rows and
                            manifest facts.  Parts are the resume cache and the source the
                            tables are assembled from.
    .parts/catalog.json     every input the folder holds, from all runs: its manifest row and
                            part key.  Tables are rebuilt from the whole catalog, so a second
                            batch adds to the first; ``--prune`` drops inputs not given again.
    .vnplan.lock            held by the run (or audit) writing the folder: a second run waits

Every file is written to a temporary name ending ``.vnplan.tmp`` (unique per writer, created
with the user's umask, so colleagues can read the results as with any file the user makes)
and renamed into place (``os.replace``); a document's part is written after its JSON and
text and records their sizes, so a part on disk whose files have those sizes means the
document is complete: a ``kill -9`` loses at most the documents in flight.

Tables are assembled by streaming the parts in stem order into Parquet (bounded memory), with
the column types declared in ``schema.py``, then DuckDB loads the Parquet files (read by
pyarrow and streamed in: a folder name with ``[``, ``*`` or ``?`` is never taken for a glob)
in one transaction into a temporary database that is renamed into place.  Rows are ordered by (stem, row index) and the data tables carry no timestamps, so
the same inputs give byte-identical Parquet files; the manifest's ``seconds`` column is the
one value that changes from run to run.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import os
import secrets

from dataclasses import asdict, dataclass, fields
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .entities import data_tables
from .identity import IdentityResolver, create_views
from .schema import TABLE_SCHEMAS, schema_for

# The tables of the built-in entity kinds, known without importing the recognizers (for callers
# that list tables); writing and reading a run asks data_tables(), which includes every kind.
DATA_TABLES = data_tables(builtin_only=True)
ALL_TABLES = DATA_TABLES + ("manifest",)
DUCKDB_NAME = "vnplan.duckdb"
PARTS_DIR = ".parts"
CATALOG_NAME = "catalog.json"
LOCK_NAME = ".vnplan.lock"
FINDINGS_PARQUET = Path("audit") / "findings.parquet"
TEMP_SUFFIX = ".vnplan.tmp"  # the only files vnplan ever deletes on its own
ROW_GROUP = 50_000


# --------------------------------------------------------------------------- atomic files


def open_temporary(folder: Path, name: str) -> tuple[int, Path]:
    """A new, uniquely named temporary file for ``name`` in ``folder`` (so concurrent writers
    never share one).  Created with mode 0666 minus the umask, like any file the user makes:
    results are as readable to colleagues as the user's other files."""
    folder.mkdir(parents=True, exist_ok=True)
    while True:
        tmp = folder / f".{name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers (and a re-run after a crash) see either the
    old file or the whole new one, never a prefix."""
    fd, tmp = open_temporary(path.parent, path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        _silent_unlink(tmp)
        raise


@contextlib.contextmanager
def duckdb_path(path: Path) -> Iterator[str]:
    """A path at which DuckDB opens (or creates) the database file ``path``.

    DuckDB reads ``?`` in a database path as the start of options (``run?x/vnplan.duckdb``
    fails, whatever the links), so for such a folder the database is worked on in a fresh
    temporary folder and copied back into place (atomically) when the block succeeds."""
    text = str(path)
    if "?" not in text:
        yield text
        return
    import shutil
    import tempfile

    work_dir = tempfile.mkdtemp(prefix="vnplan-db-")
    try:
        work = Path(work_dir) / "vnplan.duckdb"
        if path.is_file():
            shutil.copyfile(path, work)
        yield str(work)
        fd, tmp = open_temporary(path.parent, path.name)
        try:
            with os.fdopen(fd, "wb") as dst, work.open("rb") as src:
                shutil.copyfileobj(src, dst, 1 << 20)
            os.replace(tmp, path)
        except BaseException:
            _silent_unlink(tmp)
            raise
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)


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


MANIFEST_SCHEMA = TABLE_SCHEMAS["manifest"]
assert [f.name for f in fields(ManifestRow)] == MANIFEST_SCHEMA.names


# ---------------------------------------------------------------------------------- store


class FolderBusy(Exception):
    """Another vnplan process holds the output folder's lock (raised when not waiting)."""


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

    # ---- the folder lock

    @contextlib.contextmanager
    def lock(self, on_wait: Callable[[str], None] | None = None, wait: bool = True):
        """Hold the folder's lock (an advisory ``flock`` on ``.vnplan.lock``, released by the
        kernel if the process dies).  Runs and audits on one folder take turns: a second one
        calls ``on_wait`` with a message and waits, or raises ``FolderBusy`` when not waiting."""
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock (one run per folder is then the user's care)
            yield
            return
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
                message = (f"{self.root} is in use by another vnplan run ({holder}); "
                           + ("waiting for it to finish …" if wait else "try again when it has finished"))
                if not wait:
                    raise FolderBusy(message) from None
                if on_wait:
                    on_wait(message)
                fcntl.flock(fd, fcntl.LOCK_EX)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
            yield
        finally:
            os.close(fd)  # releases the lock

    def sweep_temporary(self) -> None:
        """Remove temporary files a killed run left behind.  Called with the folder lock held,
        so no other run is writing here; only vnplan's own temporary names are touched (the
        output folder may be a home or /tmp full of other programs' files)."""
        folders = [self.root, self.json_dir, self.text_dir, self.tables_dir, self.parts_dir,
                   self.root / "audit"]
        if self.parts_dir.is_dir():
            folders += [d for d in self.parts_dir.iterdir() if d.is_dir()]
        for folder in folders:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for e in entries:
                if _is_our_temporary(e.name, folder == self.root) and e.is_file(follow_symlinks=False):
                    _silent_unlink(e.path)

    # ---- per document

    def json_path(self, stem: str) -> Path:
        return self.json_dir / f"{stem}.json"

    def text_path(self, stem: str) -> Path:
        return self.text_dir / f"{stem}.txt"

    def part_path(self, key: str) -> Path:
        return self.parts_dir / key[:2] / f"{key}.json"

    def write_document(self, stem: str, key: str, part: dict[str, Any],
                       result_json: dict[str, Any] | None, text: str | None) -> None:
        """Write one document's files; the part goes last, records their sizes and marks the
        document done."""
        sizes: dict[str, int] = {}
        if result_json is not None:
            data = json_bytes(result_json)
            atomic_write(self.json_path(stem), data)
            sizes["json_bytes"] = len(data)
        if text is not None:
            data = text.encode("utf-8")
            atomic_write(self.text_path(stem), data)
            sizes["text_bytes"] = len(data)
        atomic_write(self.part_path(key), json.dumps(dict(part, stem=stem, **sizes), ensure_ascii=False,
                                                     separators=(",", ":")).encode("utf-8"))

    def remove_document(self, stem: str) -> None:
        """Drop a document's JSON and text (its part stays as cache for the same content)."""
        for path in (self.json_path(stem), self.text_path(stem)):
            _silent_unlink(path)

    def load_part(self, key: str) -> dict[str, Any] | None:
        try:
            part = json.loads(self.part_path(key).read_bytes())
        except (OSError, ValueError):
            return None  # missing, or damaged by something other than us: extract again
        return part if isinstance(part, dict) else None

    def reusable_part(self, key: str, stem: str) -> dict[str, Any] | None:
        """The stored part for ``key`` if it can stand in for a fresh extraction under ``stem``:
        its JSON and text must be on disk whole (a truncated file is extracted again)."""
        part = self.load_part(key)
        if part is None or part.get("key") != key or part.get("stem") != stem:
            return None
        if part.get("status") in ("ok", "partial"):
            if not isinstance(part.get("rows"), dict):
                return None
            for path, size_key in ((self.json_path(stem), "json_bytes"), (self.text_path(stem), "text_bytes")):
                if not _whole(path, part.get(size_key)):
                    return None
        return part

    # ---- the catalog of inputs (all runs)

    @property
    def catalog_path(self) -> Path:
        return self.parts_dir / CATALOG_NAME

    def load_catalog(self) -> dict[str, dict[str, Any]]:
        """Input path → its manifest row (as a dict) and ``key`` (None when it has no part),
        for every input this folder holds from earlier runs.  A folder written before the
        catalog existed is read from its manifest table."""
        try:
            data = json.loads(self.catalog_path.read_bytes())
            if isinstance(data, dict) and isinstance(data.get("inputs"), dict):
                return {p: e for p, e in data["inputs"].items() if isinstance(e, dict)}
        except (OSError, ValueError):
            pass
        return self._catalog_from_manifest()

    def _catalog_from_manifest(self) -> dict[str, dict[str, Any]]:
        try:
            rows = pq.read_table(self.tables_dir / "manifest.parquet").to_pylist()
        except Exception:  # noqa: BLE001 — no (readable) manifest: nothing to carry over
            return {}
        out = {}
        for r in rows:
            entry = {f.name: r.get(f.name) for f in fields(ManifestRow)}
            if not isinstance(entry["path"], str):
                continue
            key = None
            if entry["status"] in ("ok", "partial") and entry["doc_id"]:
                name = PurePosixPath(entry["path"].split("!/")[-1]).name
                key = part_key(entry["doc_id"], name, entry["pipeline_version"], entry["settings"])
            out[entry["path"]] = dict(entry, key=key)
        return out

    def save_catalog(self, catalog: dict[str, dict[str, Any]]) -> None:
        atomic_write(self.catalog_path, json.dumps({"format": 1, "inputs": dict(sorted(catalog.items()))},
                                                   ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    # ---- tables

    def assemble(self, manifest: list[ManifestRow], part_keys: Iterable[tuple[str, str]]) -> None:
        """Build ``tables/*.parquet`` and ``vnplan.duckdb``.

        ``manifest`` is every input the folder holds; ``part_keys`` are (stem, key) for every
        extracted document with rows.  Parts are streamed twice — once for columns not
        declared in schema.py, once for the rows of all five tables — so memory stays bounded
        by one document plus one row group per table.
        """
        self.prepare()
        ordered = sorted(part_keys)
        enriched = self._identity_hook(ordered)
        probe = probe_columns()
        extra = _undeclared_columns(enriched())
        writers = {t: _TableWriter(self.tables_dir, t, schema_for(t, probe.get(t, {}), extra[t]))
                   for t in data_tables()}
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
        self._write_duckdb({stem for stem, _ in ordered})

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
            rows = part.get("rows") if isinstance(part.get("rows"), dict) else {}
            for table in data_tables():
                for row in rows.get(table) or []:
                    if isinstance(row, dict):
                        yield table, _restem(row, stem)

    def _duckdb_sources(self, stems: set[str]) -> Iterator[tuple[str, Callable[[], pa.RecordBatchReader]]]:
        """(table, a function returning its rows as an Arrow stream) for the database."""
        for table in (*data_tables(), "manifest"):
            yield table, lambda t=table: _parquet_stream(self.tables_dir / f"{t}.parquet")
        findings = self.root / FINDINGS_PARQUET
        if findings.is_file():
            # The last audit's findings outlive a new extract; those of documents no longer
            # in the folder go.  `vnplan audit` again brings them up to date.
            yield "audit_findings", lambda: _findings_stream(findings, stems)

    def _write_duckdb(self, stems: set[str]) -> None:
        import duckdb

        target = self.root / DUCKDB_NAME
        fd, tmp = open_temporary(self.root, DUCKDB_NAME)
        os.close(fd)
        _silent_unlink(tmp)  # DuckDB creates its own file (a zero-byte one is not a database)
        try:
            with duckdb_path(tmp) as db:
                self._fill_duckdb(duckdb.connect(db), stems)
            os.replace(tmp, target)
        finally:
            for leftover in (tmp, Path(f"{tmp}.wal")):
                _silent_unlink(leftover)

    def _fill_duckdb(self, con, stems: set[str]) -> None:
        """Every table in one transaction; the connection is closed."""
        try:
            con.execute("BEGIN TRANSACTION")
            for table, stream in self._duckdb_sources(stems):
                reader = stream()
                if reader is None:
                    continue
                con.register("vnplan_source", reader)
                con.execute(f'CREATE TABLE "{table}" AS SELECT * FROM vnplan_source')
                con.unregister("vnplan_source")
            create_views(con)
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
        finally:
            con.close()


def _is_our_temporary(name: str, shared_folder: bool) -> bool:
    if name.endswith(TEMP_SUFFIX) or name.endswith(TEMP_SUFFIX + ".wal"):
        return True
    if shared_folder:  # the output root may be anyone's folder: only our older fixed names
        return name in (f".{DUCKDB_NAME}.tmp", f".{DUCKDB_NAME}.tmp.wal")
    # vnplan's own subfolders: the temporary names of versions before 0.2.2
    return name.startswith(".") and name.endswith(".tmp")


def _whole(path: Path, size: Any) -> bool:
    """The file exists and, when the part recorded its size, still has it."""
    try:
        actual = path.stat().st_size
    except OSError:
        return False
    if isinstance(size, int):
        return actual == size
    if path.suffix == ".json":  # a part from before sizes were recorded: parse it
        try:
            return isinstance(json.loads(path.read_bytes()), dict)
        except (OSError, ValueError):
            return False
    return True


def _parquet_stream(path: Path) -> pa.RecordBatchReader:
    pf = pq.ParquetFile(path)
    return pa.RecordBatchReader.from_batches(pf.schema_arrow, pf.iter_batches())


def _findings_stream(path: Path, stems: set[str]) -> pa.RecordBatchReader | None:
    import pyarrow.compute as pc

    try:
        table = pq.read_table(path)
    except Exception:  # noqa: BLE001 — a damaged findings file: the next audit rewrites it
        return None
    if "doc" in table.column_names:
        table = table.filter(pc.is_in(table["doc"], value_set=pa.array(sorted(stems), pa.string())))
    return table.to_reader()


class _TableWriter:
    """One Parquet table written to a temporary file in fixed-size row groups (the same rows
    always give the same bytes), renamed into place by ``commit``."""

    def __init__(self, folder: Path, table: str, schema: pa.Schema):
        self.schema, self.target = schema, folder / f"{table}.parquet"
        fd, self.tmp = open_temporary(folder, f"{table}.parquet")
        os.close(fd)
        self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")
        self.batch: list[dict[str, Any]] = []
        self.wrote = False
        self.converters = [(f.name, _converter(f.type)) for f in schema]

    def add(self, row: dict[str, Any]) -> None:
        self.batch.append({name: convert(row.get(name)) for name, convert in self.converters})
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


def _converter(typ: pa.DataType) -> Callable[[Any], Any]:
    """A value → one that fits the declared type: text columns take any value (non-strings
    as JSON), integer and float columns numbers or numeric text, date columns dates or ISO
    text, anything else is null."""
    if pa.types.is_string(typ):
        return lambda v: v if v is None or isinstance(v, str) else json.dumps(
            v.isoformat() if isinstance(v, datetime.date) else v, ensure_ascii=False, sort_keys=True)
    if pa.types.is_boolean(typ):
        return lambda v: v if isinstance(v, bool) else None
    if pa.types.is_integer(typ):
        limit = 2 ** (typ.bit_width - 1)
        return lambda v: _as_int(v, limit)
    if pa.types.is_floating(typ):
        return _as_float
    if pa.types.is_date(typ):
        return _as_date
    return lambda v: v


def _as_int(v: Any, limit: int) -> int | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    elif isinstance(v, str) and v.strip().lstrip("-").isdigit():
        v = int(v.strip())
    return v if isinstance(v, int) and -limit <= v < limit else None


def _as_float(v: Any) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(v) if isinstance(v, str) else None
    except ValueError:
        return None


def _as_date(v: Any) -> datetime.date | None:
    if isinstance(v, datetime.datetime):
        return v.date()
    if isinstance(v, datetime.date):
        return v
    if isinstance(v, str):
        try:
            return datetime.date.fromisoformat(v.strip()[:10])
        except ValueError:
            return None
    return None


def _undeclared_columns(rows: Iterator[tuple[str, dict[str, Any]]]) -> dict[str, list[str]]:
    """Columns in the data that no declaration names (schema.py, identity.py, the entity
    kinds' probe), per table, in order of appearance: they are kept as text."""
    extra: dict[str, dict[str, None]] = {t: {} for t in data_tables()}
    for table, row in rows:
        seen = extra.setdefault(table, {})
        for name in row:
            seen.setdefault(name, None)
    return {t: list(cols) for t, cols in extra.items()}


def probe_columns() -> dict[str, dict[str, type | None]]:
    """Column name → Python type for each data table, from a probe result holding one entity
    of every registered kind, each field filled from its type annotation (the columns of an
    entity kind schema.py does not list, and their types)."""
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
        out[table] = {k: (type(v) if v is not None else None) for k, v in sample[0].items()}
    return out


def part_key(doc_id: str, name: str, pipeline_version: str, settings_fingerprint: str) -> str:
    """Cache key of one extraction: content, the name it was read under, code and settings."""
    payload = "\x1f".join((doc_id, name, pipeline_version, settings_fingerprint))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
