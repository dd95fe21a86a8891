"""``vnplan serve``: browse an output folder in Datasette — facets, full-text search, and from
every row a link to the source text with the span highlighted (and the page crop for PDFs).

The tables (with their documents' province, level, year and type, as the DuckDB views have
them) are written with sqlite-utils into ``<DIR>/vnplan.sqlite``, which Datasette reads; a
small plugin (this module, registered with Datasette's plugin manager) adds the route
``/-/vnplan/source`` and renders the ``source_text`` column as a link.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlencode

SQLITE_NAME = "vnplan.sqlite"

# table in SQLite → (DuckDB query, full-text columns, facets)
TABLES = {
    "documents": ("SELECT d.* EXCLUDE (doc_id), c.year, c.document_key FROM documents d "
                  "JOIN document_context c USING (doc_id)",
                  ["title", "issuer", "doc"], ["province", "province_2025", "level", "doc_type", "year"]),
    "citations": ("SELECT * EXCLUDE (doc_id) FROM citations",
                  ["text", "cited_id", "cited_title", "subject"],
                  ["province", "province_2025", "cited_level", "basis", "doc_type", "year"]),
    "assignments": ("SELECT * EXCLUDE (doc_id) FROM agency_assignments",
                    ["agency", "agency_id", "task"],
                    ["province", "agency_kind", "role", "level", "agency_collective", "year"]),
    "deadlines": ("SELECT * EXCLUDE (doc_id) FROM document_deadlines",
                  ["text", "value", "agency"], ["province", "kind", "level", "year"]),
    "mentions": ("SELECT m.* EXCLUDE (doc_id), c.province, c.level, c.year FROM mentions m "
                 "JOIN document_context c USING (doc_id)",
                 ["label", "text"], ["kind", "province", "level"]),
    "manifest": ("SELECT * FROM manifest", ["path", "message"], ["status", "error_kind", "pipeline_version"]),
}


def source_link(doc: str | None, start, end, page, box) -> str | None:
    if doc is None or start is None or start != start:  # NaN
        return None
    q = {"doc": doc, "start": int(start), "end": int(end)}
    if page is not None and page == page:
        q["page"] = int(page)
    if isinstance(box, str) and box:
        q["box"] = box
    return "/-/vnplan/source?" + urlencode(q)


def build_sqlite(out_dir: str | Path) -> Path:
    """``<out_dir>/vnplan.sqlite`` from the DuckDB tables and views (rebuilt when older)."""
    import duckdb
    import sqlite_utils

    out_dir = Path(out_dir)
    src = out_dir / "vnplan.duckdb"
    target = out_dir / SQLITE_NAME
    if target.is_file() and target.stat().st_mtime >= src.stat().st_mtime:
        return target
    tmp = out_dir / f".{SQLITE_NAME}.tmp"
    tmp.unlink(missing_ok=True)
    db = sqlite_utils.Database(tmp)
    con = duckdb.connect(str(src), read_only=True)
    try:
        for table, (query, fts, _facets) in TABLES.items():
            df = con.execute(query).df()
            if "char_start" in df.columns:
                df.insert(1, "source_text", [source_link(*r) for r in zip(
                    df["doc"], df["char_start"], df["char_end"], df["page"], df["box"])])
            records = json.loads(df.to_json(orient="records", date_format="iso", force_ascii=False))
            for r in records:  # dates as YYYY-MM-DD
                if r.get("issue_date"):
                    r["issue_date"] = r["issue_date"][:10]
            db[table].insert_all(records, columns={c: str for c in df.columns if df[c].dtype == object})
            if records:
                db[table].enable_fts([c for c in fts if c in df.columns], create_triggers=False)
    finally:
        con.close()
    db.close()
    tmp.replace(target)
    return target


def metadata() -> dict:
    return {
        "title": "vnplan — Vietnamese plan documents",
        "description": "Every value links to its source text (column source_text).",
        "databases": {"vnplan": {"tables": {
            t: {"facets": facets} for t, (_q, _fts, facets) in TABLES.items()}}},
    }


# ------------------------------------------------------------------------ Datasette plugin


class VnplanPlugin:
    """Hooks of the plugin: the source view route and the link in ``source_text`` cells."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        from .report import _PageImages, _manifest_paths

        self.pages = _PageImages()
        self.manifest = _manifest_paths(self.out_dir)

    def render_cell(self, value, column):  # datasette hook
        if column == "source_text" and isinstance(value, str) and value.startswith("/-/vnplan/source?"):
            from markupsafe import Markup

            return Markup(f'<a class="vnplan-source" href="{html.escape(value)}">source</a>')
        return None

    def register_routes(self):  # datasette hook
        return [(r"^/-/vnplan/source$", self.source_view)]

    async def source_view(self, request):
        from datasette.utils.asgi import Response

        doc = request.args.get("doc", "")
        try:
            start, end = int(request.args.get("start", "")), int(request.args.get("end", ""))
        except ValueError:
            return Response.html("<p>start and end must be numbers</p>", status=400)
        path = self.out_dir / "text" / f"{doc}.txt"
        if "/" in doc or "\\" in doc or not path.is_file():
            return Response.html(f"<p>no text for {html.escape(doc)}</p>", status=404)
        text = path.read_text(encoding="utf-8")
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        page = request.args.get("page")
        crop = ""
        box = request.args.get("box")
        if box and page and page.isdigit():
            pdf = _pdf_of(doc, self.out_dir, self.manifest)
            if pdf is not None:
                uri = self.pages.crop(pdf, int(page), json.loads(box))
                if uri:
                    crop = f'<p>Page {int(page)}, as printed:</p><img class="crop" alt="page crop" src="{uri}">'
        body = (html.escape(text[:start]) + '<mark id="span">' + html.escape(text[start:end]) + "</mark>"
                + html.escape(text[end:]))
        body = body.replace("\f", '<hr class="page-break">')
        page_txt = f", page {html.escape(page)}" if page else ""
        return Response.html(f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{html.escape(doc)} — source</title>
<style>body{{font-family:system-ui,sans-serif;margin:1.5em;max-width:60em}}
pre{{white-space:pre-wrap;font-family:Georgia,serif;line-height:1.45}}
mark{{background:#ffe066;outline:2px solid #d93025}} .crop{{max-width:100%;border:1px solid #ccd}}
hr.page-break{{border:0;border-top:2px dashed #99a}}</style></head><body>
<p><a href="javascript:history.back()">← back</a> · <b>{html.escape(doc)}</b>, characters {start}–{end}{page_txt}</p>
{crop}<pre>{body}</pre>
<script>document.getElementById('span').scrollIntoView({{block:'center'}});</script>
</body></html>""")


def _pdf_of(doc: str, out_dir: Path, manifest: dict[str, str]) -> Path | None:
    from .report import _source_file

    return _source_file(SimpleNamespace(stem=doc, source=doc), out_dir, manifest, None)


def make_app(out_dir: str | Path):
    """The Datasette ASGI app for an output folder."""
    from datasette import hookimpl
    from datasette.app import Datasette
    from datasette.plugins import pm

    out_dir = Path(out_dir)
    db = build_sqlite(out_dir)
    plugin = VnplanPlugin(out_dir)

    class _Hooks:
        @staticmethod
        @hookimpl
        def render_cell(value, column):
            return plugin.render_cell(value, column)

        @staticmethod
        @hookimpl
        def register_routes():
            return plugin.register_routes()

    name = "vnplan-web"
    if pm.get_plugin(name) is not None:
        pm.unregister(name=name)
    pm.register(_Hooks, name=name)
    ds = Datasette([str(db)], metadata=metadata(), settings={"default_page_size": 50})
    return ds


def serve(out_dir: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    import uvicorn

    ds = make_app(out_dir)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
