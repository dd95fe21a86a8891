"""Cross-group comparisons of an output folder (``vnplan compare``, ``vnplan cites``).

Every comparison is one SQL query over the DuckDB views of ``identity.VIEWS``, giving one
pandas DataFrame; the formats (terminal table, CSV, XLSX, JSON) are renderings of that same
frame, so they hold the same numbers.  A document read twice (the same plan as a text file and
as a PDF) counts once: documents are counted by ``document_key`` (type, number, symbol, date,
province, title; ``document_context.document_key``), not by file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

from . import regexes as rx

GROUPS = ("province", "province_2025", "level", "year", "doc_type")
WHATS = ("documents", "citations", "agencies", "deadlines")
FORMATS = ("table", "csv", "xlsx", "json")


class CompareError(Exception):
    """Something the user can fix (no output folder, unknown id); the message says what."""


def connect(out_dir: str | Path):
    import duckdb

    path = Path(out_dir) / "vnplan.duckdb"
    if not path.is_file():
        raise CompareError(f"{out_dir} has no vnplan.duckdb: run `vnplan extract --out {out_dir}` first.")
    con = duckdb.connect(str(path), read_only=True)
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    if "citations" not in views:
        con.close()
        raise CompareError(f"{out_dir} was written by an older vnplan without identity columns: "
                           f"run `vnplan extract --out {out_dir}` again (documents are reused).")
    return con


def _group_expr(by: str) -> str:
    if by not in GROUPS:
        raise CompareError(f"--by must be one of {', '.join(GROUPS)}")
    return f"coalesce(CAST({by} AS VARCHAR), '(unknown)')"


def compare(con, what: str, by: str = "province", basis_only: bool = False) -> pd.DataFrame:
    """One comparison as a DataFrame (rows sorted, integers as integers)."""
    g = _group_expr(by)
    if what == "documents":
        sql = f"""
            WITH d AS (SELECT * FROM document_context
                       JOIN (SELECT doc_id, n_references, n_assignments, n_deadlines FROM documents) USING (doc_id)),
                 one AS (SELECT document_key, any_value({g}) AS grp, max(n_references) AS refs,
                                max(n_assignments) AS tasks, max(n_deadlines) AS dls
                         FROM d GROUP BY document_key)
            SELECT grp AS "{by}", count(*) AS documents, sum(refs)::BIGINT AS references,
                   sum(tasks)::BIGINT AS assignments, sum(dls)::BIGINT AS deadlines,
                   round(sum(refs) / count(*), 1) AS references_per_document,
                   round(sum(tasks) / count(*), 1) AS assignments_per_document
            FROM one GROUP BY grp ORDER BY documents DESC, grp"""
        return con.execute(sql).df()
    if what == "citations":
        where = "WHERE basis" if basis_only else ""
        sql = f"""
            WITH c AS (SELECT cited_id, cited_title, cited_level, basis, {g} AS grp, document_key
                       FROM citations {where}),
                 per AS (SELECT cited_id, any_value(cited_title ORDER BY cited_title NULLS LAST) AS cited_title,
                                any_value(cited_level ORDER BY cited_level NULLS LAST) AS cited_level,
                                count(DISTINCT document_key) AS documents,
                                count(DISTINCT document_key) FILTER (WHERE basis) AS as_legal_basis,
                                count(DISTINCT grp) AS groups,
                                string_agg(DISTINCT grp, '; ' ORDER BY grp) AS group_list
                         FROM c GROUP BY cited_id)
            SELECT cited_id, cited_title, cited_level, documents, as_legal_basis, groups AS "{by}s",
                   group_list AS "{by}_list",
                   CASE WHEN groups = 1 THEN group_list END AS "only_in_{by}"
            FROM per ORDER BY groups DESC, documents DESC, cited_id"""
        return con.execute(sql).df()
    if what == "agencies":
        sql = f"""
            SELECT {g} AS "{by}", coalesce(agency_kind, '(none)') AS agency_kind,
                   count(*) AS assignments,
                   count(*) FILTER (WHERE role = 'lead') AS lead,
                   count(*) FILTER (WHERE role = 'support') AS support,
                   count(DISTINCT agency_id) AS agencies,
                   count(DISTINCT document_key) AS documents
            FROM agency_assignments GROUP BY ALL ORDER BY "{by}", assignments DESC, agency_kind"""
        return con.execute(sql).df()
    if what == "deadlines":
        sql = f"""
            WITH tasks AS (
                SELECT {g} AS grp, a.doc_id, a.agency,
                       EXISTS (SELECT 1 FROM deadlines d WHERE d.doc_id = a.doc_id AND d.agency = a.agency) AS has_deadline
                FROM agency_assignments a),
            t AS (SELECT grp, count(*) AS assignments, count(*) FILTER (WHERE has_deadline) AS with_deadline
                  FROM tasks GROUP BY grp),
            d AS (SELECT {g} AS grp, count(*) AS deadlines,
                         count(*) FILTER (WHERE kind = 'date') AS dates,
                         count(*) FILTER (WHERE kind = 'recurrence') AS recurrences,
                         count(*) FILTER (WHERE kind = 'continuous') AS continuous,
                         count(*) FILTER (WHERE kind = 'period') AS periods
                  FROM document_deadlines GROUP BY grp),
            r AS (SELECT grp, string_agg(value || ' ×' || n, ', ' ORDER BY n DESC, value) AS top_recurrences
                  FROM (SELECT grp, value, n, row_number() OVER (PARTITION BY grp ORDER BY n DESC, value) AS rank
                        FROM (SELECT {g} AS grp, value, count(*) AS n FROM document_deadlines
                              WHERE kind = 'recurrence' GROUP BY ALL))
                  WHERE rank <= 3 GROUP BY grp)
            SELECT coalesce(d.grp, t.grp) AS "{by}", coalesce(deadlines, 0) AS deadlines,
                   coalesce(dates, 0) AS dates, coalesce(recurrences, 0) AS recurrences,
                   coalesce(continuous, 0) AS continuous, coalesce(periods, 0) AS periods,
                   r.top_recurrences, coalesce(t.assignments, 0) AS assignments,
                   coalesce(t.with_deadline, 0) AS assignments_with_deadline,
                   CASE WHEN t.assignments > 0 THEN round(t.with_deadline / t.assignments, 3) END AS share_with_deadline
            FROM d FULL JOIN t ON d.grp = t.grp LEFT JOIN r ON r.grp = coalesce(d.grp, t.grp)
            ORDER BY deadlines DESC, 1"""
        return con.execute(sql).df()
    raise CompareError(f"WHAT must be one of {', '.join(WHATS)}")


def resolve_cited_id(con, wanted: str) -> str:
    """The cited_id a user typed: exact, case-insensitive, or any key/text that resolves to it."""
    ids = [r[0] for r in con.execute("SELECT DISTINCT cited_id FROM legal_references WHERE cited_id IS NOT NULL").fetchall()]
    if wanted in ids:
        return wanted
    folded = " ".join(wanted.split()).casefold()
    for i in ids:
        if i.casefold() == folded:
            return i
    rows = con.execute("SELECT DISTINCT cited_id FROM legal_references WHERE lower(key) = ? OR lower(text) = ?",
                       [folded, folded]).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    from rapidfuzz import process

    close = [m[0] for m in process.extract(wanted, ids, limit=5)]
    raise CompareError(f"no cited document {wanted!r} in this folder. Close ids: {'; '.join(close)}")


def cites(con, out_dir: str | Path, cited_id: str) -> pd.DataFrame:
    """Every document citing ``cited_id``: province, date, the sentence citing it, page, basis."""
    cid = resolve_cited_id(con, cited_id)
    df = con.execute("""
        SELECT doc, province, province_2025, level, doc_type, issue_date, year, page, basis,
               text AS citation, char_start, char_end
        FROM citations WHERE cited_id = ? ORDER BY province, issue_date, doc, char_start""", [cid]).df()
    texts: dict[str, str] = {}
    sentences = []
    for doc, start, end in zip(df["doc"], df["char_start"], df["char_end"]):
        if doc not in texts:
            path = Path(out_dir) / "text" / f"{doc}.txt"
            texts[doc] = path.read_text(encoding="utf-8") if path.is_file() else ""
        sentences.append(sentence_around(texts[doc], start, end))
    df.insert(len(df.columns) - 2, "sentence", sentences)
    df.attrs["cited_id"] = cid
    return df


def sentence_around(text: str, start, end) -> str | None:
    """The sentence (or list item) holding the span: from the previous break to the next."""
    if not text or start is None or _isnan(start):
        return None
    start, end = int(start), int(end)
    lo = 0
    for m in rx.SENTENCE_BREAK.finditer(text, max(0, start - 600), start):
        lo = m.end()
    nxt = rx.SENTENCE_BREAK.search(text, end, min(len(text), end + 600))
    hi = nxt.end() if nxt and text[nxt.start()] in ".;" else (nxt.start() if nxt else min(len(text), end + 600))
    return " ".join(text[lo:hi].split()) or None


def _isnan(v) -> bool:
    return isinstance(v, float) and math.isnan(v)


# ------------------------------------------------------------------------------ rendering


def _plain(df: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts (dates as ISO text, missing values as null)."""
    out = []
    for rec in df.to_dict(orient="records"):
        row = {}
        for k, v in rec.items():
            if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NaT:
                row[k] = None
            elif hasattr(v, "isoformat"):
                row[k] = v.isoformat()[:10]
            elif hasattr(v, "item"):  # numpy scalar
                row[k] = v.item()
            else:
                row[k] = v
        out.append(row)
    return out


def render_table(df: pd.DataFrame, max_width: int = 60) -> str:
    """A plain aligned table for a terminal: long text cut with an ellipsis, numbers right-aligned."""
    rows = _plain(df)
    cols = list(df.columns)
    numeric = {c for c in cols if pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])}

    def cell(v) -> str:
        if v is None:
            return ""
        s = f"{v:g}" if isinstance(v, float) else str(v)
        return s if len(s) <= max_width else s[:max_width - 1] + "…"

    cells = [[cell(r[c]) for c in cols] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    line = lambda vals: "  ".join(v.rjust(w) if cols[i] in numeric else v.ljust(w)  # noqa: E731
                                  for i, (v, w) in enumerate(zip(vals, widths))).rstrip()
    out = [line(cols), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} rows)")
    return "\n".join(out)


def write(df: pd.DataFrame, fmt: str, out: str | None, sheet: str = "vnplan") -> str | None:
    """Render ``df`` as ``fmt``; to the file ``out`` if given, else return the text."""
    if fmt not in FORMATS:
        raise CompareError(f"--format must be one of {', '.join(FORMATS)}")
    if fmt == "xlsx":
        if not out:
            raise CompareError("--format xlsx needs --out FILE.xlsx (a spreadsheet is not printed)")
        frame = pd.DataFrame(_plain(df), columns=df.columns)
        with pd.ExcelWriter(out, engine="openpyxl") as xw:
            frame.to_excel(xw, sheet_name=sheet[:31], index=False)
        return None
    if fmt == "csv":
        text = pd.DataFrame(_plain(df), columns=df.columns).to_csv(index=False)
    elif fmt == "json":
        text = json.dumps(_plain(df), ensure_ascii=False, indent=1) + "\n"
    else:
        text = render_table(df) + "\n"
    if out:
        Path(out).write_text(text, encoding="utf-8")
        return None
    return text
