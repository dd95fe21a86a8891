"""``vnplan extract``: a batch run from the command line.

Exit codes (a promise to scripts):
  0  every input was extracted (ok or partial; duplicates and refused symlinks are skipped)
  1  the batch completed but some inputs failed (see the manifest's error_kind and message)
  2  bad usage (unknown option, missing input path …)
  3  vnplan itself crashed (please report it); 130 interrupted (run again to resume)
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .batch import BatchConfig, BatchSummary, default_workers, run_batch
from .settings import Settings
from .store import ManifestRow

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_CRASH, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


@click.command("extract", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, type=click.Path(exists=True, path_type=str))
@click.option("--out", "-o", default="data/extracted", show_default=True,
              type=click.Path(file_okay=False, path_type=str), help="Output folder.")
@click.option("--workers", "-j", type=click.IntRange(min=0), default=None,
              help="Worker processes (default: the machine's cores; 0 = in this process, no time limit).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=600.0, show_default=True,
              help="Seconds one document may take before it is stopped (a 'timeout' row).")
@click.option("--force", is_flag=True, help="Extract everything again, ignoring earlier results.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Run on local processes or on a Ray cluster.")
@click.option("--address", default=None, help="Ray cluster address (e.g. ray://head:10001); default: a local Ray.")
@click.option("--no-ocr", is_flag=True, help="Do not OCR pages without a text layer.")
@click.option("--dpi", type=click.IntRange(72, 1200), default=Settings.dpi, show_default=True,
              help="Rasterization resolution for OCR.")
@click.option("--max-mb", type=click.FloatRange(min=0, min_open=True), default=Settings.max_bytes / 2**20,
              show_default=True, help="Largest input file (or zip member) in MiB.")
@click.option("--max-pages", type=click.IntRange(min=1), default=Settings.max_pages, show_default=True,
              help="Most pages read from one document.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: only on a terminal).")
@click.pass_context
def extract_command(ctx: click.Context, inputs: tuple[str, ...], out: str, workers: int | None,
                    timeout: float, force: bool, engine: str, address: str | None, no_ocr: bool,
                    dpi: int, max_mb: float, max_pages: int, progress: bool | None) -> None:
    """Extract plan documents from files, folders and .zip archives into tables.

    Writes OUT/json/<stem>.json, OUT/text/<stem>.txt, OUT/tables/*.parquet and
    OUT/vnplan.duckdb (tables documents, legal_references, assignments, deadlines,
    mentions, manifest).  Runs are resumable: documents already extracted with the same
    content, version and settings are reused; --force redoes everything.

    \b
    Examples:
      vnplan extract                                 # data/raw → data/extracted
      vnplan extract archive.zip scans/ --out out/ --workers 4
      vnplan extract big-archive/ --timeout 120      # stop any document after 2 minutes
      vnplan extract docs/ --engine ray --address ray://head:10001

    \b
    Exit codes: 0 all ok · 1 some inputs failed (batch completed) · 2 bad usage ·
    3 internal crash · 130 interrupted (run again to resume).
    """
    if address and engine != "ray":
        raise click.UsageError("--address only applies with --engine ray")
    if engine == "ray":
        import importlib.util

        if importlib.util.find_spec("ray") is None:
            raise click.UsageError("--engine ray needs Ray on this machine: pip install 'ray[default]' "
                                   "(and vnplan installed on every node of the cluster)")
    if not inputs:
        if not Path("data/raw").is_dir():
            raise click.UsageError("no INPUT given and the default folder data/raw does not exist")
        inputs = ("data/raw",)
    settings = Settings(ocr=not no_ocr, dpi=dpi, max_bytes=int(max_mb * 2**20), max_pages=max_pages)
    cfg = BatchConfig(inputs=list(inputs), out=out, settings=settings,
                      workers=default_workers() if workers is None else workers,
                      timeout=timeout, force=force, engine=engine, address=address, progress=progress)
    try:
        summary = _run_with_progress(cfg)
    except KeyboardInterrupt:
        click.echo("\nInterrupted. Finished documents are kept; run the same command again to resume.", err=True)
        ctx.exit(EXIT_INTERRUPTED)
    except Exception as exc:  # noqa: BLE001 — the last line of defence: never a traceback
        from .errors import PipelineError

        if isinstance(exc, PipelineError):
            click.echo(f"Error: {exc.user_message()}", err=True)
        elif isinstance(exc, OSError):
            click.echo(f"Error: {exc.strerror or exc}: {exc.filename or out} — check the path and "
                       "permissions (and free disk space), then run again.", err=True)
        else:
            click.echo(f"Error: vnplan crashed ({type(exc).__name__}: {' '.join(str(exc).split())[:300]}). "
                       "Finished documents are kept; please report this.", err=True)
        ctx.exit(EXIT_CRASH)
    click.echo(format_summary(summary))
    ctx.exit(summary.exit_code)


def _run_with_progress(cfg: BatchConfig) -> BatchSummary:
    from tqdm import tqdm

    disable = (not sys.stderr.isatty()) if cfg.progress is None else not cfg.progress
    bar = tqdm(total=0, unit="doc", desc="extract", file=sys.stderr, disable=disable,
               dynamic_ncols=True, smoothing=0.05)
    state = {"pages": 0, "failed": 0}

    def on_total(n: int) -> None:
        bar.total = n
        bar.refresh()

    def on_progress(row: ManifestRow) -> None:
        state["pages"] += row.pages or 0
        state["failed"] += row.status == "failed"
        bar.set_postfix(pages=state["pages"], failed=state["failed"], refresh=False)
        bar.update(1)

    try:
        return run_batch(cfg, on_progress=on_progress, on_total=on_total,
                         on_phase=lambda phase: bar.set_description(phase, refresh=True))
    finally:
        bar.close()


def format_summary(s: BatchSummary) -> str:
    counts = s.counts()
    docs_per_s = s.extracted / s.seconds if s.seconds else 0.0
    pages = sum(r.pages or 0 for r in s.manifest if r.status != "skipped")
    lines = [
        f"{len(s.manifest)} inputs: {counts['ok']} ok, {counts['partial']} partial, "
        f"{counts['failed']} failed, {counts['skipped']} skipped; {pages} pages "
        f"({s.extracted} extracted in {s.seconds:.1f} s, {docs_per_s:.1f} doc/s; {s.reused} reused from an earlier run)",
    ]
    by_kind = s.failures_by_kind()
    if by_kind:
        lines.append("failed by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
        shown = [r for r in s.manifest if r.status == "failed"][:5]
        for r in shown:
            lines.append(f"  {r.error_kind:<16} {r.path}")
        if counts["failed"] > len(shown):
            lines.append(f"  … see the manifest for all {counts['failed']}")
    skipped = _skipped_by_reason(s.manifest)
    if skipped:
        lines.append("skipped: " + ", ".join(f"{k} {n}" for k, n in sorted(skipped.items())))
    out = s.out
    lines.append(f"outputs: {out / 'json'}/, {out / 'text'}/, {out / 'tables'}/, {out / 'vnplan.duckdb'}")
    lines.append(f"manifest: {out / 'tables' / 'manifest.parquet'} (one row per input, with what to do about failures)")
    return "\n".join(lines)


def _skipped_by_reason(rows: list[ManifestRow]):
    from collections import Counter

    return Counter("duplicate" if r.error_kind is None else r.error_kind for r in rows if r.status == "skipped")
