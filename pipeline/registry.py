"""The registry of known legal documents: bundled catalogs plus the user's imported ones.

Bundled data (``models/registry/``, read-only, listed in ``manifest.tsv``):

* ``national.csv`` — national documents, each verified against the public page in its
  ``source`` column;
* ``binhduong_cchc.csv`` — a provincial catalog (UBND tỉnh Bình Dương), kept in its published
  layout and read through the same column mapping as ``vnplan registry import``.

Imported catalogs (``vnplan registry import FILE``) are normalized into
``models/registry/local/<name>.csv`` (override with ``--registry-dir`` or ``VNPLAN_REGISTRY_DIR``)
and loaded together with the bundled data.  Every row carries a source: a row without one is
never added.

Local symbols (``1707/QĐ-UBND``) are only unique together with their province, so such rows
are keyed by (number, symbol, province) and match a citation only when the citing document's
province fits or the citation names the province.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .models import fold_symbol
from .resources import model_path, table_records
from .symbols import (canonical_symbol, implied_families, parse_number_symbol, province_in,
                      type_for_abbreviation, named_places, symbol_tokens)
from .text import fold_spelling as fold_text, strip_accents

BUNDLED_DIR = model_path("registry")
DEFAULT_LOCAL_DIR = BUNDLED_DIR / "local"
SOURCE_KIND_RANK = {"official": 0, "dataset": 1, "aggregator": 2, "other": 3, "news": 4}
MAX_FIELD_CHARS = 2000  # a longer catalog cell (a title pasted with its whole text) is cut
CSV_FIELD_LIMIT = 64 * 2**20  # Python's csv refuses fields over 128 KB by default


@lru_cache(maxsize=1)
def _source_kinds() -> tuple[tuple[str, str], ...]:
    """(host suffix, kind), longest suffix first (models/registry/source_kinds.tsv)."""
    rows = [(r["host_suffix"].lower(), r["kind"]) for r in table_records("registry", "source_kinds.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def source_kind(source: str | None) -> str:
    """``official``, ``aggregator``, ``news``, ``other`` (a web page not listed) or
    ``dataset`` (a source that is not a web address, e.g. ``huggingface:…@rev``)."""
    from urllib.parse import urlsplit

    text = (source or "").strip()
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        return "dataset" if text else "other"
    try:
        host = (urlsplit(text).hostname or "").lower()
    except ValueError:
        return "other"
    for suffix, kind in _source_kinds():
        if host == suffix or host.endswith("." + suffix):
            return kind
    return "other"


class RegistryError(Exception):
    """A catalog that cannot be read or mapped; the message says what to do."""


@dataclass
class RegistryEntry:
    type: str | None
    number: str | None
    year: int | None
    symbol: str | None
    issue_date: str | None  # ISO
    issuer: str | None
    title: str | None
    status: str | None
    replaced_by: str | None
    source: str
    province: str | None = None
    catalog: str = ""  # file it came from
    expired_on: str | None = None  # parsed from status (or an expiry column)

    @property
    def reference(self) -> str:
        """Canonical ``61/2018/NĐ-CP`` / ``18-NQ/TW`` / ``Luật <title>``."""
        if self.number:
            sym = self.symbol or ""
            if self.year:
                return f"{self.number}/{self.year}/{sym}"
            if "/" in sym:
                return f"{self.number}-{sym}"
            return f"{self.number}/{sym}"
        return self.title or (self.type or "")

    @property
    def source_kind(self) -> str:
        return source_kind(self.source)

    @property
    def is_local(self) -> bool:
        fams = implied_families(self.symbol)
        return bool(self.province) or (bool(fams) and all(f.scope == "local" for f in fams))


# --- dates and status -----------------------------------------------------------------------

_DATE_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_DATE_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")


def parse_date(value: Any) -> str | None:
    """dd/mm/yyyy, d-m-yyyy, ISO, or a date object → ISO ``YYYY-MM-DD``; ``None`` if not a date."""
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        try:  # pandas' NaT is a datetime that cannot be formatted
            return value.strftime("%Y-%m-%d")
        except ValueError:
            return None
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        try:
            return value.to_pydatetime().strftime("%Y-%m-%d")
        except ValueError:
            return None
    s = str(value).strip()
    m = _DATE_DMY.match(s)
    if m:
        d, mo, y = map(int, m.groups())
    else:
        m = _DATE_ISO.match(s)
        if not m:
            return None
        y, mo, d = map(int, m.groups())
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


_EXPIRED = re.compile(r"""
    (?:hết\s+hiệu\s+lực|bị\s+bãi\s+bỏ|bãi\s+bỏ|expired|no\s+longer\s+in\s+force|repealed)
    (?P<partial>\s+một\s+phần|\s+partially)?
    (?:\s+toàn\s+bộ)?
    (?:\s*(?:thi\s+hành\s+)?(?:từ|kể\s+từ|vào|on|from|as\s+of)?\s*(?:ngày\s+)?
       (?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{4}-\d{2}-\d{2}))?
""", re.VERBOSE | re.IGNORECASE)
_REPLACED = re.compile(r"""
    (?:thay\s+thế\s+bởi|thay\s+thế\s+bằng|replaced\s+by)\s+
    (?:[^\d,;()]{0,40}?)                  # "Luật", "Nghị định số" …
    (?P<ref>\d+[a-z]?(?:/\d{4})?[/\-][^\s,;()]+)
""", re.VERBOSE | re.IGNORECASE)


@dataclass
class Status:
    expired: bool
    expired_on: str | None
    replaced_by: str | None


def parse_status(text: str | None) -> Status:
    """Read a status text such as ``Hết hiệu lực từ 01/04/2025 - được thay thế bởi Luật
    64/2025/QH15``. ``Hết hiệu lực một phần`` or ``được sửa đổi, bổ sung`` is not expiry."""
    s = unicodedata.normalize("NFC", text or "")
    expired, on = False, None
    for m in _EXPIRED.finditer(s):
        if m["partial"]:
            continue
        expired = True
        if m["date"]:
            on = parse_date(m["date"])
            break
    rep = _REPLACED.search(s)
    return Status(expired, on, rep["ref"] if rep else None)


# --- column mapping -------------------------------------------------------------------------

def _col(name: str) -> str:
    s = strip_accents(str(name)).strip()
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


# field → accepted column names (folded: no accents, lower case, "_" between words)
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "number_symbol": ("so_hieu", "so_ky_hieu", "so_hieu_van_ban", "so_van_ban",
                      "number_symbol", "document_number", "doc_number", "so_ky_hieu_van_ban"),
    "number": ("number", "so"),
    "year": ("year", "nam"),
    "symbol": ("symbol", "ky_hieu"),
    "issue_date": ("ngay_ban_hanh", "issue_date", "ngay_ky", "promulgation_date",
                   "date_issued", "ngay"),
    "issuer": ("co_quan_ban_hanh", "issuer", "noi_ban_hanh", "agency", "co_quan"),
    "title": ("trich_yeu", "title", "ten_van_ban", "summary", "tieu_de"),
    "type": ("loai_van_ban", "type", "doc_type", "loai"),
    "status": ("tinh_trang_hieu_luc", "hieu_luc", "status", "tinh_trang", "trang_thai"),
    "expired_on": ("expired_on", "ngay_het_hieu_luc", "expiry_date", "het_hieu_luc_tu"),
    "replaced_by": ("replaced_by", "van_ban_thay_the", "thay_the_boi"),
    "source": ("source", "url", "link", "pdf", "duong_dan", "nguon"),
    "province": ("province", "tinh", "tinh_thanh", "dia_phuong"),
    "checked_note": ("checked_note",),
}


def map_columns(columns: Iterable[str], path: str = "") -> dict[str, str]:
    """field → the file's column for it; raise with the columns found and the ones needed."""
    cols = [str(c) for c in columns if c is not None]  # None: DictReader's overflow key
    folded = {_col(c): c for c in cols}
    mapping = {}  # the first alias found wins
    for f, aliases in COLUMN_ALIASES.items():
        for a in aliases:
            if a in folded:
                mapping[f] = folded[a]
                break
    has_id = "number_symbol" in mapping or ("number" in mapping and "symbol" in mapping)
    if not has_id or "issue_date" not in mapping:
        need = []
        if not has_id:
            need.append("a number/symbol column (" + " / ".join(COLUMN_ALIASES["number_symbol"][:2])
                        + ", or number + symbol)")
        if "issue_date" not in mapping:
            need.append("an issue-date column (" + " / ".join(COLUMN_ALIASES["issue_date"][:2]) + ")")
        raise RegistryError(
            f"{path or 'catalog'}: cannot map its columns. Found: "
            f"{', '.join(c if len(c) <= 40 else c[:37] + '…' for c in cols) or '(none)'}. "
            f"Needed: {'; '.join(need)}. Rename the columns (e.g. so_ky_hieu, ngay_ban_hanh, "
            f"co_quan_ban_hanh, trich_yeu, loai_van_ban, tinh_trang_hieu_luc) and run again.")
    return mapping


def _clean(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v != v:  # NaN
        return None
    s = unicodedata.normalize("NFC", str(v)[:MAX_FIELD_CHARS * 2]).strip()[:MAX_FIELD_CHARS]
    return s or None


def _province_from_issuer(issuer: str | None) -> str | None:
    places = named_places(issuer)
    return places[0] if places else None


_IN_FORCE_OR_PARTIAL = re.compile(r"còn\s+hiệu\s+lực|đang\s+có\s+hiệu\s+lực|một\s+phần|in\s+force|partial",
                                  re.IGNORECASE)


def _expiry_column(expiry: str | None, status: str | None) -> str | None:
    """An expiry-date column counts unless the status says the text is (partly) in force."""
    if expiry and status and _IN_FORCE_OR_PARTIAL.search(unicodedata.normalize("NFC", status)):
        return None
    return expiry


def entries_from_rows(rows: Iterable[dict[str, Any]], mapping: dict[str, str], *, catalog: str,
                      source: str | None = None, province: str | None = None
                      ) -> tuple[list[RegistryEntry], list[str]]:
    """Normalize rows of any mapped layout. Returns (entries, reasons for skipped rows)."""
    out: list[RegistryEntry] = []
    skipped: list[str] = []
    for i, row in enumerate(rows, start=2):
        get = lambda f: _clean(row.get(mapping[f])) if f in mapping else None  # noqa: E731
        number = year = symbol = None
        if "number_symbol" in mapping and get("number_symbol"):
            ns = parse_number_symbol(get("number_symbol"))
            if ns is None:
                skipped.append(f"row {i}: number/symbol {get('number_symbol')!r} not understood")
                continue
            number, year, symbol = ns.number, ns.year, ns.symbol
        else:
            number, symbol = get("number"), get("symbol")
            y = get("year")
            year = int(float(y)) if y and re.fullmatch(r"\d{4}(\.0)?", y) else None
        issue_date = parse_date(row.get(mapping["issue_date"]))
        doc_type = get("type")
        title = get("title")
        if not number and not (doc_type and issue_date):
            skipped.append(f"row {i}: no number/symbol")
            continue
        if not issue_date:
            skipped.append(f"row {i}: issue date {row.get(mapping['issue_date'])!r} not understood")
            continue
        row_source = get("source") or source
        if not row_source:
            skipped.append(f"row {i}: no source")
            continue
        symbol = canonical_symbol(symbol) if symbol else None
        if not doc_type and symbol:
            toks = symbol_tokens(symbol)
            abbrev_types = type_for_abbreviation()
            doc_type = next((abbrev_types[t] for t in toks if t in abbrev_types), None)
            if doc_type is None and implied_families(symbol):
                doc_type = "Công văn"
        status = get("status")
        st = parse_status(status)
        issuer = get("issuer")
        prov = get("province") or province
        if not prov and symbol and implied_families(symbol) and all(
                f.scope == "local" for f in implied_families(symbol)):
            prov = _province_from_issuer(issuer)
        out.append(RegistryEntry(
            type=doc_type, number=number, year=year, symbol=symbol, issue_date=issue_date,
            issuer=issuer, title=title, status=status,
            replaced_by=get("replaced_by") or st.replaced_by, source=row_source,
            province=prov, catalog=catalog,
            expired_on=st.expired_on or _expiry_column(parse_date(get("expired_on")), status)))
    return out, skipped


def read_table(path: Path) -> list[dict[str, Any]]:
    """A CSV (UTF-8, with or without BOM; , or ; or tab) or Parquet file as a list of rows."""
    if not path.is_file():
        raise RegistryError(f"{path}: no such file; give the path of a CSV or Parquet catalog.")
    suffix = path.suffix.lower()
    try:
        if suffix in (".parquet", ".pq"):
            import pandas as pd
            return pd.read_parquet(path).to_dict("records")
        raw = path.read_bytes()
        if raw[:4] == b"PAR1":
            import pandas as pd
            return pd.read_parquet(path).to_dict("records")
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RegistryError(f"{path}: not UTF-8 text; save the catalog as UTF-8 CSV or Parquet.") from None
    except Exception as exc:  # pyarrow raises many kinds on a damaged file
        raise RegistryError(f"{path}: cannot be read as Parquet ({exc}); check the file.") from None
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)  # the header's most frequent separator
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    try:
        return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise RegistryError(f"{path}: not a readable CSV ({exc}); check the file.") from None


def read_catalog(path: Path, *, source: str | None = None, province: str | None = None
                 ) -> tuple[list[RegistryEntry], list[str]]:
    rows = read_table(path)
    columns = list(rows[0].keys()) if rows else _header_only(path)
    mapping = map_columns(columns, str(path))
    if "source" not in mapping and not source:
        raise RegistryError(
            f"{path}: the catalog has no source/url/pdf column; say where it comes from with "
            f"--source (e.g. --source 'https://vbpl.vn, crawl of 2025-01') — a row without a "
            f"source is never added.")
    return entries_from_rows(rows, mapping, catalog=path.name, source=source, province=province)


def _header_only(path: Path) -> list[str]:
    if path.suffix.lower() in (".parquet", ".pq"):
        import pandas as pd
        return list(pd.read_parquet(path).columns)
    try:
        with path.open(encoding="utf-8-sig") as fh:
            return next(csv.reader(fh), [])
    except (UnicodeDecodeError, csv.Error):
        return []


# --- the registry ---------------------------------------------------------------------------

@dataclass
class Match:
    entry: RegistryEntry
    how: str  # "key" | "number+symbol" | "name"


def _num(number: str | None) -> str:
    return (number or "").lstrip("0") or "0"


def _law_name(text: str | None) -> str:
    s = fold_text(text)
    s = re.sub(r"^(luật|bộ luật|hiến pháp)\s+", "", s)
    s = re.sub(r"\s+(năm\s+)?\d{4}$", "", s)
    return s.strip(" .,")


def _distinct(entries: list[RegistryEntry]) -> list[RegistryEntry]:
    """One entry per document: catalogs list some documents twice (same number and date)."""
    seen, out = set(), []
    for e in entries:
        k = (_num(e.number), e.year, fold_symbol(e.symbol), e.issue_date, strip_accents(e.province))
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out


def _year_fits(e: RegistryEntry, ref: dict[str, Any]) -> bool:
    """Whether entry ``e`` can be the document a citation names, by year: the year segments
    agree; an entry without one was issued in the cited segment's year; without a year
    segment in the citation, the entry was issued in the year of the cited date."""
    cited_year = ref.get("year")
    entry_year = e.year or (int(e.issue_date[:4]) if e.issue_date else None)
    if cited_year is not None:
        return entry_year == cited_year
    date = ref.get("date")
    if date and entry_year is not None:
        return entry_year == int(date[:4])
    return True


def _by_source_rank(entries: list[RegistryEntry]) -> list[RegistryEntry]:
    """Entries ordered official first (stable), so ``_distinct`` keeps the best source."""
    return sorted(entries, key=lambda e: SOURCE_KIND_RANK.get(e.source_kind, 9))


@dataclass
class Registry:
    entries: list[RegistryEntry] = field(default_factory=list)
    catalogs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key: dict[tuple, list[RegistryEntry]] = defaultdict(list)
        self._by_numsym: dict[tuple, list[RegistryEntry]] = defaultdict(list)
        self._by_name: dict[tuple, list[RegistryEntry]] = defaultdict(list)
        for e in self.entries:
            self._index(e)

    def _index(self, e: RegistryEntry) -> None:
        if e.number:
            self._by_key[(_num(e.number), e.year, fold_symbol(e.symbol))].append(e)
            self._by_numsym[(_num(e.number), fold_symbol(e.symbol))].append(e)
        if e.type and fold_text(e.type) in ("luật", "bộ luật", "hiến pháp") and e.issue_date:
            name = _law_name(e.title) if fold_text(e.type) != "hiến pháp" else ""
            self._by_name[(fold_text(e.type), name, int(e.issue_date[:4]))].append(e)

    def add(self, entries: Iterable[RegistryEntry]) -> None:
        for e in entries:
            self.entries.append(e)
            self._index(e)

    def __len__(self) -> int:
        return len(self.entries)

    @staticmethod
    def _place_fits(e: RegistryEntry, ref: dict[str, Any], doc_province: str | None) -> bool:
        if not e.is_local:
            return True
        if not e.province:
            return False  # a local symbol without its province cannot be told apart
        cited = [t for t in (ref.get("issuer"), ref.get("text")) if t]
        if any(province_in(t, e.province) for t in cited):
            return True
        others = [p for t in cited for p in named_places(t) if not province_in(p, e.province)]
        return not others and province_in(doc_province, e.province)

    def lookup(self, ref: dict[str, Any], doc_province: str | None = None) -> Match | None:
        """The registry entry a citation (a reference dict in the contract's shape) names.

        Numbers are reused: those without a year segment (``02/NQ-CP``) every year, so an
        entry of another year than the citation's date is another document; a year segment
        (``01/2018/TT-VPCP``) must be the entry's.  A citation the registry holds only for
        other years matches nothing (the audit calls it unverified, never an error).  Of
        several rows for one document, an official source is preferred."""
        number = ref.get("number")
        if number:
            sym = fold_symbol(canonical_symbol(ref.get("symbol")) or ref.get("symbol"))
            cands = [e for e in self._by_key.get((_num(number), ref.get("year"), sym), [])
                     if self._place_fits(e, ref, doc_province) and _year_fits(e, ref)]
            how = "key"
            if not cands:  # cited without its year segment, or the registry row has none
                cands = [e for e in self._by_numsym.get((_num(number), sym), [])
                         if self._place_fits(e, ref, doc_province) and _year_fits(e, ref)]
                how = "number+symbol"
            cands = _distinct(_by_source_rank(cands))
            return Match(cands[0], how) if len(cands) == 1 else None
        t = fold_text(ref.get("type"))
        if t not in ("luật", "bộ luật", "hiến pháp"):
            return None
        year = ref.get("year") or (int(ref["date"][:4]) if ref.get("date") else None)
        name = _law_name(ref.get("name")) if t != "hiến pháp" else ""
        cands = _distinct(_by_source_rank(self._by_name.get((t, name, year), [])))
        return Match(cands[0], "name") if len(cands) == 1 else None

    def stats(self) -> dict[str, Any]:
        by_cat: dict[str, int] = defaultdict(int)
        for e in self.entries:
            by_cat[e.catalog] += 1
        return {"entries": len(self.entries), "catalogs": dict(by_cat),
                "local_rows": sum(e.is_local for e in self.entries),
                "with_expiry": sum(bool(e.expired_on) for e in self.entries)}


def _read_manifest() -> list[dict[str, str]]:
    return table_records("registry", "manifest.tsv") if (BUNDLED_DIR / "manifest.tsv").is_file() else []


def local_dir(path: str | Path | None = None) -> Path:
    return Path(path or os.environ.get("VNPLAN_REGISTRY_DIR") or DEFAULT_LOCAL_DIR)


def load_registry(local: str | Path | None = None, *, bundled: bool = True) -> Registry:
    """The bundled catalogs, then every normalized CSV in the local registry folder."""
    reg = Registry()
    if bundled:
        for m in _read_manifest():
            path = BUNDLED_DIR / m["file"]
            per_row = m["source"].startswith("per row")
            entries, _ = read_catalog(path, source=None if per_row else m["source"],
                                      province=m.get("province") or None)
            reg.add(entries)
            reg.catalogs.append(m["file"])
    ldir = local_dir(local)
    if ldir.is_dir():
        for path in sorted(ldir.glob("*.csv")):
            entries, _ = read_catalog(path)
            reg.add(entries)
            reg.catalogs.append(f"local/{path.name}")
    return reg


NORMALIZED_COLUMNS = [f.name for f in fields(RegistryEntry)]


@dataclass
class ImportResult:
    path: Path
    imported: int
    skipped: list[str]


def import_catalog(path: str | Path, *, source: str | None = None, province: str | None = None,
                   local: str | Path | None = None) -> ImportResult:
    """Map a public catalog into the local registry folder as ``<stem>.csv`` (replacing an
    earlier import of the same name). The bundled data is never written."""
    path = Path(path)
    entries, skipped = read_catalog(path, source=source, province=province)
    if not entries:
        raise RegistryError(f"{path}: no row could be imported ({'; '.join(skipped[:3])}…); "
                            "check the number/symbol and date columns.")
    ldir = local_dir(local)
    ldir.mkdir(parents=True, exist_ok=True)
    out = ldir / (re.sub(r"[^\w.-]+", "_", path.stem) + ".csv")
    from .store import open_temporary  # a unique name: two imports at once never share it

    fd, tmp = open_temporary(ldir, out.name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=NORMALIZED_COLUMNS)
            w.writeheader()
            for e in entries:
                row = asdict(e)
                row["catalog"] = path.name
                w.writerow(row)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return ImportResult(out, len(entries), skipped)
