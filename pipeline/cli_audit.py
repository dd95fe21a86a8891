"""``vnplan registry …`` and ``vnplan audit``: the legal-basis audit from the command line."""

from __future__ import annotations

from pathlib import Path

import click

from .registry import RegistryError, import_catalog, load_registry
from .settings import Settings

REGISTRY_DIR_HELP = ("Folder of the local (imported) registry; default $VNPLAN_REGISTRY_DIR, "
                     "else models/registry/local of the vnplan checkout.")


def _load(registry_dir):
    try:
        return load_registry(registry_dir)
    except RegistryError as exc:
        raise click.ClickException(f"{exc}\nFix or remove that file from the registry folder.") from None


@click.group("registry")
def registry_group() -> None:
    """The registry of known legal documents (bundled data + your imported catalogs).

    \b
    Examples:
      vnplan registry import vbpl_2024.parquet --source "huggingface:…/vbpl@rev"
      vnplan registry import catalog.csv --province "Bình Dương" --source https://…
      vnplan registry stats
    """


@registry_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--source", help="Where the catalog comes from (URL, repo@commit). Required when "
              "the file has no source/url/pdf column: a row without a source is never added.")
@click.option("--province", help="Province the catalog's local documents belong to "
              "(QĐ-UBND numbers are only unique within a province).")
@click.option("--registry-dir", type=click.Path(file_okay=False, path_type=Path), help=REGISTRY_DIR_HELP)
def import_command(file: Path, source: str | None, province: str | None,
                   registry_dir: Path | None) -> None:
    """Load a public catalog (CSV or Parquet) into the local registry.

    Understands the vbpl-derived layouts (so_hieu/so_ky_hieu, ngay_ban_hanh, co_quan_ban_hanh,
    trich_yeu/title, loai_van_ban, tinh_trang_hieu_luc) and the registry's own columns.
    """
    try:
        res = import_catalog(file, source=source, province=province, local=registry_dir)
    except RegistryError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write the local registry ({exc}); "
                                   "pass a writable --registry-dir.") from None
    click.echo(f"imported {res.imported} rows into {res.path}")
    if res.skipped:
        click.echo(f"skipped {len(res.skipped)} rows, e.g.:")
        for reason in res.skipped[:5]:
            click.echo(f"  {reason}")


@registry_group.command("stats")
@click.option("--registry-dir", type=click.Path(file_okay=False, path_type=Path), help=REGISTRY_DIR_HELP)
def stats_command(registry_dir: Path | None) -> None:
    """Rows per catalog."""
    reg = _load(registry_dir)
    st = reg.stats()
    click.echo(f"{st['entries']} entries ({st['local_rows']} local, keyed with their province; "
               f"{st['with_expiry']} with an expiry date)")
    for cat, n in st["catalogs"].items():
        click.echo(f"  {n:6d}  {cat}")


@registry_group.command("list")
@click.option("--registry-dir", type=click.Path(file_okay=False, path_type=Path), help=REGISTRY_DIR_HELP)
@click.option("--grep", help="Only rows whose reference or title contains this text.")
@click.option("--limit", default=50, show_default=True)
def list_command(registry_dir: Path | None, grep: str | None, limit: int) -> None:
    """Registry rows: reference, date, issuer, province, source."""
    reg = _load(registry_dir)
    shown = 0
    for e in reg.entries:
        line = f"{e.reference}\t{e.issue_date}\t{e.issuer or ''}\t{e.province or ''}\t{e.source}"
        if grep and grep.lower() not in f"{e.reference} {e.title or ''}".lower():
            continue
        click.echo(line)
        shown += 1
        if shown >= limit:
            break


@click.command("audit")
@click.argument("out_dir", required=False, default="data/extracted",
                type=click.Path(file_okay=False, path_type=Path))
@click.option("--registry-dir", type=click.Path(file_okay=False, path_type=Path), help=REGISTRY_DIR_HELP)
@click.option("--inputs", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the original input files (for page crops of scans) when the "
                   "manifest's paths no longer resolve.")
@click.option("--low-confidence", default=Settings.low_confidence, show_default=True,
              help="OCR confidence below which a citation is flagged for checking by eye.")
@click.option("--no-html", is_flag=True, help="Skip report.html.")
def audit_command(out_dir: Path, registry_dir: Path | None, inputs: Path | None,
                  low_confidence: float, no_html: bool) -> None:
    """Check every cited document against the registry and the corpus.

    Writes OUT_DIR/audit/findings.csv, table audit_findings in OUT_DIR/vnplan.duckdb and
    OUT_DIR/audit/report.html.  OUT_DIR is a folder written by `vnplan extract`
    (default data/extracted).
    """
    import duckdb

    from .audit import run_audit, write_findings_csv, write_findings_duckdb, write_findings_parquet
    from .store import FINDINGS_PARQUET, OutputStore

    if not (out_dir / "json").is_dir():
        raise click.ClickException(
            f"{out_dir} has no json/ folder: run `vnplan extract INPUTS --out {out_dir}` first, "
            "or pass the folder that `vnplan extract` wrote.")
    reg = _load(registry_dir)
    store = OutputStore(out_dir)
    audit_dir = out_dir / "audit"
    try:
        # The folder lock: an extract rebuilding vnplan.duckdb and this audit take turns.
        with store.lock(on_wait=lambda message: click.echo(message, err=True)):
            result = run_audit(out_dir, reg, low_confidence=low_confidence)
            if not result.docs:
                raise click.ClickException(f"{out_dir / 'json'} holds no readable document JSON; "
                                           "run `vnplan extract` again.")
            write_findings_csv(result.findings, audit_dir / "findings.csv")
            write_findings_parquet(result.findings, out_dir / FINDINGS_PARQUET)
            write_findings_duckdb(result.findings, out_dir / "vnplan.duckdb")
            if not no_html:
                from .report import write_report
                write_report(result, audit_dir / "report.html", inputs=inputs)
    except OSError as exc:
        raise click.ClickException(f"cannot write the audit outputs in {out_dir} ({exc}); "
                                   "check the folder's permissions and free space.") from None
    except duckdb.Error as exc:  # busy (another program holds it) or damaged
        raise click.ClickException(
            f"cannot update {out_dir / 'vnplan.duckdb'} ({' '.join(str(exc).split())[:300]}); close "
            "other programs using it, or if it is damaged delete it and run `vnplan extract` again "
            f"(findings are in {audit_dir / 'findings.csv'}).") from None
    if result.unreadable:
        click.echo(f"{len(result.unreadable)} documents could not be read (damaged JSON, e.g. "
                   f"{result.unreadable[0]}.json) and are not in the audit; run `vnplan extract` "
                   "again to redo them.", err=True)
    s = result.summary()
    sev = s["by_severity"]
    click.echo(f"{s['documents']} documents, {s['citations']} citations "
               f"({s['in_registry']} in the registry of {s['registry_entries']}): "
               f"{sev.get('error', 0)} errors, {sev.get('warning', 0)} warnings, "
               f"{sev.get('info', 0)} info")
    for check, by in s["by_check"].items():
        click.echo(f"  {check:16s} " + ", ".join(f"{n} {k}" for k, n in by.items()))
    click.echo(f"wrote {audit_dir / 'findings.csv'}, table audit_findings in "
               f"{out_dir / 'vnplan.duckdb'}" + ("" if no_html else f", {audit_dir / 'report.html'}"))
