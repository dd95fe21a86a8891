"""The audit as one self-contained HTML page (inline CSS, page crops as ``data:`` URIs).

Every string that comes from a document, a catalog or a file name is escaped: the inputs are
untrusted.  Links are emitted only for ``http(s)`` sources.
"""

from __future__ import annotations

import html
import json
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .audit import CHECKS, SEVERITIES, AuditResult, Citation, Finding
from .crops import PageImages

CSS = """
body{font:15px/1.45 "DejaVu Sans",system-ui,sans-serif;margin:0;color:#1d2430;background:#f4f5f7}
header{background:#1f3a5f;color:#fff;padding:18px 28px}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;opacity:.85;font-size:13px}
main{padding:18px 28px;max-width:1200px}
section{background:#fff;border:1px solid #d9dde3;border-radius:6px;margin:0 0 18px;padding:14px 18px}
h2{font-size:18px;margin:0 0 8px}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #e6e8ec;padding:6px 8px;text-align:left;vertical-align:top;font-size:13.5px}
th{background:#f0f2f5;font-weight:600}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 12px}
.card{border-radius:6px;padding:10px 16px;min-width:120px;background:#eef1f5}
.card b{display:block;font-size:24px}
.card.error{background:#fde2e1;color:#8a1c16}.card.warning{background:#fff1cc;color:#7a5200}
.card.info{background:#e3eefc;color:#1d4f91}.card.ok{background:#e1f5e6;color:#1b6b35}
.badge{display:inline-block;border-radius:10px;padding:1px 9px;font-size:12px;font-weight:600;white-space:nowrap}
.badge.error{background:#d93025;color:#fff}.badge.warning{background:#f2a900;color:#222}
.badge.info{background:#4a7fd4;color:#fff}.badge.ok{background:#2e8b57;color:#fff}
.badge.ok-unregistered{background:#9aa5b1;color:#fff}
.snippet{font-family:"DejaVu Serif",Georgia,serif;color:#444}
mark{background:#ffe58a;padding:0 2px}
.finding{margin:2px 0}
.finding .src{color:#667;font-size:12px;word-break:break-all}
.crop{max-width:100%;border:1px solid #ccd;margin-top:6px}
.muted{color:#778;font-size:12px}
table.cits th:nth-child(1){width:11%}table.cits th:nth-child(2){width:21%}
table.cits th:nth-child(3){width:38%}table.cits th:nth-child(4){width:5%}
nav a{color:#1f3a5f;margin-right:10px;font-size:13px}
tr.error td:first-child{border-left:4px solid #d93025}
tr.warning td:first-child{border-left:4px solid #f2a900}
tr.info td:first-child{border-left:4px solid #4a7fd4}
tr.ok td:first-child,tr.ok-unregistered td:first-child{border-left:4px solid #2e8b57}
"""

STATUS_LABEL = {"error": "error", "warning": "warning", "info": "info", "ok": "in registry, consistent",
                "ok-unregistered": "no finding"}


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _link(source: str | None) -> str:
    if not source:
        return ""
    s = source.strip()
    if s.lower().startswith(("http://", "https://")) and not any(c in s for c in "\"'<> "):
        return f'<a href="{esc(s)}" rel="noopener noreferrer">{esc(s)}</a>'
    return esc(s)


# --- page crops -----------------------------------------------------------------------------

def _manifest_paths(out_dir: Path) -> dict[str, str]:
    """stem → input path, from the folder's catalog of inputs (or its manifest table)."""
    from .store import OutputStore

    try:
        catalog = OutputStore(out_dir).load_catalog()
        if catalog:
            return {e["stem"]: path for path, e in catalog.items()
                    if isinstance(e.get("stem"), str) and e.get("status") in ("ok", "partial")}
        db = out_dir / "vnplan.duckdb"  # a folder without a catalog: its database's manifest
        if db.is_file():
            import duckdb

            from .store import duckdb_path

            with duckdb_path(db) as path:
                con = duckdb.connect(path, read_only=True)
                try:
                    rows = con.execute("SELECT stem, path FROM manifest WHERE stem IS NOT NULL").fetchall()
                finally:
                    con.close()
            return {s: p for s, p in rows}
    except Exception:  # noqa: BLE001 — no manifest, a locked or foreign database: crops are optional
        pass
    return {}


def _source_file(cit_doc, out_dir: Path, manifest: dict[str, str], inputs: Path | None) -> Path | None:
    cands = []
    if cit_doc.stem in manifest:
        p = Path(manifest[cit_doc.stem])
        cands += [p, out_dir / p]
    if inputs:
        cands += [inputs / cit_doc.source, inputs / Path(cit_doc.source).name]
    for c in cands:
        try:
            if c.is_file():
                with c.open("rb") as fh:
                    if b"%PDF" in fh.read(1024):
                        return c
        except OSError:
            continue
    return None


class _PageImages:
    """Rendered PDF pages of many files (crops.PageImages per file), one render per (file, page)."""

    def __init__(self) -> None:
        self._files: dict[Path, PageImages] = {}

    def crop(self, pdf: Path, page: int, box: list[float]) -> str | None:
        if pdf not in self._files:
            self._files[pdf] = PageImages(pdf)
        return self._files[pdf].crop(page, box)


def attach_crops(result: AuditResult, inputs: Path | None = None) -> int:
    """Set ``Citation.crop`` for citations read by OCR (they carry a confidence) that have a
    box on a PDF page; return how many. Text-layer citations need no picture: their text is
    exact."""
    manifest = _manifest_paths(result.out_dir)
    docs = {d.stem: d for d in result.docs}
    pages = _PageImages()
    n = 0
    files: dict[str, Path | None] = {}
    for c in result.citations:
        box, page = c.ref.get("box"), c.page
        if not (isinstance(box, (list, tuple)) and len(box) == 4 and isinstance(page, int)
                and all(isinstance(v, (int, float)) for v in box)
                and isinstance(c.ref.get("confidence"), (int, float))):
            continue
        if c.doc not in files:
            files[c.doc] = _source_file(docs[c.doc], result.out_dir, manifest, inputs)
        if files[c.doc] is None:
            continue
        c.crop = pages.crop(files[c.doc], page, list(box))
        n += c.crop is not None
    return n


# --- HTML -----------------------------------------------------------------------------------

def _finding_html(f: Finding) -> str:
    cited = f" cited <b>{esc(f.cited)}</b>" if f.cited else ""
    expected = f" — expected <b>{esc(f.expected)}</b>" if f.expected else ""
    detail = f" <span class='muted'>({esc(f.detail)})</span>" if f.detail else ""
    return (f"<div class='finding'><span class='badge {esc(f.severity)}'>{esc(f.severity)}</span> "
            f"<code>{esc(f.check)}</code>{cited}{expected}{detail}"
            f"<div class='src'>source{_kind(f.source_kind)}: {_link(f.source)}</div></div>")


def _kind(kind: str | None) -> str:
    """The kind of a source (official, aggregator, news …) next to it: an error backed by a
    news page deserves a second look before it is acted on."""
    return f" <span class='kind {esc(kind)}'>({esc(kind)})</span>" if kind else ""


def _citation_row(c: Citation) -> str:
    status = c.status
    reg = ""
    if c.match:
        e = c.match.entry
        reg = (f"<div class='muted'>registry: {esc(e.issue_date)} · {esc(e.issuer or e.province or '')} · "
               f"{_link(e.source)}</div>")
    snippet = (f"<span class='snippet'>…{esc(' '.join(c.before.split()))} "
               f"<mark>{esc(' '.join(c.matched.split()))}</mark> {esc(' '.join(c.after.split()))}…</span>")
    crop = f"<br><img class='crop' alt='page crop' src='{esc(c.crop)}'>" if c.crop else ""
    findings = "".join(_finding_html(f) for f in c.findings) or "<span class='muted'>no finding</span>"
    conf = c.ref.get("confidence")
    conf_txt = f"<div class='muted'>OCR {esc(round(conf))}</div>" if isinstance(conf, (int, float)) else ""
    return (f"<tr class='{esc(status)}'><td><span class='badge {esc(status)}'>{esc(STATUS_LABEL.get(status, status))}</span></td>"
            f"<td><b>{esc(c.reference)}</b>{reg}</td>"
            f"<td>{snippet}{crop}</td><td>{esc(c.page if c.page is not None else '–')}{conf_txt}</td>"
            f"<td>{findings}</td></tr>")


def render_report(result: AuditResult) -> str:
    s = result.summary()
    sev = Counter(f.severity for f in result.findings)
    ok = sum(1 for c in result.citations if c.status in ("ok", "ok-unregistered"))
    by_check: dict[str, Counter] = defaultdict(Counter)
    for f in result.findings:
        by_check[f.check][f.severity] += 1
    rows = "".join(
        f"<tr><td><code>{esc(ch)}</code></td>" + "".join(f"<td>{by_check[ch][sv] or ''}</td>" for sv in SEVERITIES)
        + "</tr>" for ch in CHECKS if ch in by_check)
    cards = (f"<div class='card'><b>{s['documents']}</b>documents</div>"
             f"<div class='card'><b>{s['citations']}</b>citations</div>"
             f"<div class='card ok'><b>{s['in_registry']}</b>in the registry</div>"
             f"<div class='card ok'><b>{ok}</b>without finding</div>"
             + "".join(f"<div class='card {sv}'><b>{sev.get(sv, 0)}</b>{sv}s</div>" for sv in SEVERITIES))
    summary = (f"<section id='summary'><h2>Summary</h2><div class='cards'>{cards}</div>"
               f"<table><tr><th>check</th>" + "".join(f"<th>{sv}</th>" for sv in SEVERITIES)
               + f"</tr>{rows or '<tr><td colspan=4>no findings</td></tr>'}</table>"
               f"<p class='muted'>Registry: {s['registry_entries']} entries from "
               f"{esc(', '.join(result.registry_catalogs))}. Errors are proven by the registry or by the "
               f"citation itself; warnings rest on corpus consensus or form; info marks what could not be "
               f"checked.</p></section>")
    serious = [f for f in result.findings if f.severity in ("error", "warning")]
    serious.sort(key=lambda f: (SEVERITIES.index(f.severity), f.doc, f.ref_index))
    overview = ("<section id='findings'><h2>Errors and warnings</h2><table><tr><th>severity</th><th>document</th>"
                "<th>reference</th><th>check</th><th>cited</th><th>expected</th><th>source</th></tr>"
                + "".join(f"<tr class='{esc(f.severity)}'><td><span class='badge {esc(f.severity)}'>{esc(f.severity)}</span></td>"
                          f"<td><a href='#doc-{esc(f.doc)}'>{esc(f.doc)}</a></td><td>{esc(f.reference)}</td>"
                          f"<td><code>{esc(f.check)}</code></td><td>{esc(f.cited)}</td><td>{esc(f.expected)}</td>"
                          f"<td class='src'>{_link(f.source)}{_kind(f.source_kind)}</td></tr>" for f in serious)
                + "</table></section>") if serious else ""
    by_doc: dict[str, list[Citation]] = defaultdict(list)
    for c in result.citations:
        by_doc[c.doc].append(c)
    sections = []
    for d in result.docs:
        cits = by_doc.get(d.stem, [])
        n_err = sum(1 for c in cits if c.status == "error")
        meta = " · ".join(esc(v) for v in (d.document.get("doc_type"), d.document.get("number") and
                                             f"{d.document.get('number')}/{d.document.get('symbol') or ''}",
                                             d.document.get("issue_date"), d.document.get("issuer")) if v)
        body = ("<table class='cits'><tr><th>status</th><th>reference</th><th>evidence</th><th>page</th><th>findings</th></tr>"
                + "".join(_citation_row(c) for c in cits) + "</table>") if cits else \
            "<p class='muted'>no citations extracted</p>"
        sections.append(f"<section class='doc' id='doc-{esc(d.stem)}'><h2>{esc(d.stem)} "
                        f"<span class='muted'>{esc(d.source)}</span></h2><p class='muted'>{meta} · "
                        f"{len(cits)} citations, {n_err} with errors</p>{body}</section>")
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    data = esc(json.dumps(s, ensure_ascii=False))
    return ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
            "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">"
            f"<title>vnplan audit — {esc(result.out_dir.name)}</title><style>{CSS}</style></head><body>"
            f"<header><h1>Legal-basis audit</h1><p>{esc(result.out_dir)} · generated {generated}</p></header>"
            f"<main data-summary='{data}'>{summary}{overview}{''.join(sections)}</main></body></html>")


def write_report(result: AuditResult, path: Path, inputs: Path | None = None) -> Path:
    attach_crops(result, inputs)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(render_report(result), encoding="utf-8")
    tmp.replace(path)
    return path
