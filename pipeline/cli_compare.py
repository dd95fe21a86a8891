"""``vnplan compare``, ``vnplan cites``, ``vnplan sql`` and ``vnplan serve``: the researcher's commands."""

from __future__ import annotations

from contextlib import closing

import click

from .compare import FORMATS, GROUPS, WHATS, CompareError

_DIR = click.argument("out_dir", default="data/extracted", required=False,
                      type=click.Path(file_okay=False))
_FORMAT = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                       help="table for a terminal; csv, xlsx (needs --out) or json for colleagues.")
_OUT = click.option("--out", "out", type=click.Path(dir_okay=False), default=None,
                    help="Write to this file instead of the terminal.")


def _emit(df, fmt: str, out: str | None, sheet: str) -> None:
    from .compare import write

    text = write(df, fmt, out, sheet=sheet)
    if text is not None:
        click.echo(text, nl=False)
    else:
        click.echo(f"wrote {len(df)} rows to {out}", err=True)


@click.command("compare")
@click.argument("what", type=click.Choice(WHATS))
@_DIR
@click.option("--by", type=click.Choice(GROUPS), default="province", show_default=True,
              help="Group documents by this column (province_2025: the 34 provinces since 2025).")
@click.option("--basis", "basis_only", is_flag=True, help="citations: count legal bases (Căn cứ) only.")
@_FORMAT
@_OUT
def compare_command(what: str, out_dir: str, by: str, basis_only: bool, fmt: str, out: str | None) -> None:
    """Compare groups of documents of an output folder.

    \b
    WHAT:
      documents   documents, references, assignments and deadlines per group
      citations   each cited document (one cited_id): documents and groups citing it,
                  and the group citing it when only one does
      agencies    agency kind × group: assignments (lead/support), agencies, documents
      deadlines   kinds of deadline, most common recurrences, share of assignments whose
                  agency has a deadline in the same document
    \b
    Examples:
      vnplan compare citations --by province
      vnplan compare agencies data/extracted --by province_2025 --format xlsx --out agencies.xlsx
      vnplan compare deadlines --by level --format csv
    """
    from .compare import compare, connect

    try:
        with closing(connect(out_dir)) as con:
            df = compare(con, what, by, basis_only=basis_only)
        _emit(df, fmt, out, sheet=f"{what} by {by}")
    except CompareError as e:
        raise click.ClickException(str(e)) from None


@click.command("cites")
@click.argument("cited_id")
@_DIR
@_FORMAT
@_OUT
def cites_command(cited_id: str, out_dir: str, fmt: str, out: str | None) -> None:
    """Every document citing one document: province, date, the sentence, page, legal basis or not.

    \b
    CITED_ID is a legal_references.cited_id (see `vnplan compare citations`), any case:
      vnplan cites 72/2025/QH15
      vnplan cites "Luật Tổ chức chính quyền địa phương 2025"   # a key as printed also works
    """
    from .compare import cites, connect

    try:
        with closing(connect(out_dir)) as con:
            df = cites(con, out_dir, cited_id)
        if fmt == "table" and not out:
            click.echo(f"{df.attrs['cited_id']}: cited by {df['doc'].nunique()} documents "
                       f"of {df['province'].nunique()} provinces")
        _emit(df.drop(columns=["char_start", "char_end"]) if fmt == "table" else df, fmt, out, sheet="cites")
    except CompareError as e:
        raise click.ClickException(str(e)) from None


@click.command("sql")
@click.argument("query")
@_DIR
@_FORMAT
@_OUT
def sql_command(query: str, out_dir: str, fmt: str, out: str | None) -> None:
    """Run one SQL query (DuckDB) on an output folder's tables and views, read-only.

    \b
    Examples:
      vnplan sql "SELECT province, count(*) FROM citations GROUP BY ALL ORDER BY 2 DESC"
      vnplan sql "SELECT * FROM agency_assignments WHERE agency_kind = 'media'" --format csv
    """
    import duckdb

    from .compare import connect

    try:
        with closing(connect(out_dir)) as con:
            try:
                df = con.execute(query).df()
            except duckdb.Error as e:
                raise CompareError(f"SQL error: {str(e).splitlines()[0]}") from None
        _emit(df, fmt, out, sheet="sql")
    except CompareError as e:
        raise click.ClickException(str(e)) from None


@click.command("serve")
@_DIR
@click.option("--port", default=8001, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
def serve_command(out_dir: str, port: int, host: str) -> None:
    """Browse an output folder in the web browser (Datasette): facets, full-text search, and from
    every row its source text with the span highlighted (the page crop for PDFs).

    \b
    Example:
      vnplan serve data/extracted --port 8001     # then open http://127.0.0.1:8001/vnplan
    """
    from pathlib import Path

    if not (Path(out_dir) / "vnplan.duckdb").is_file():
        raise click.ClickException(f"{out_dir} has no vnplan.duckdb: run `vnplan extract --out {out_dir}` first.")
    try:
        from .web import serve
    except ImportError as e:
        raise click.ClickException(f"vnplan serve needs the web extra: pip install 'vnplan[web]' ({e})") from None
    click.echo(f"serving {out_dir} at http://{host}:{port}/vnplan (Ctrl-C stops)")
    serve(out_dir, host=host, port=port)
