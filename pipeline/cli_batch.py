"""``vnplan extract``: a batch run from the command line.

Exit codes (a promise to scripts):
  0  every input was extracted (ok or partial; duplicates and refused symlinks are skipped)
  1  the batch completed but some inputs failed (see the manifest's error_kind and message)
  2  bad usage (unknown option, missing input path, an unreachable --address …)
  3  the run could not complete: vnplan crashed (please report it), or the output folder
     cannot be written (disk full, permissions; the message says which); 130 interrupted
     (run again to resume)
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .batch import BatchConfig, BatchSummary, default_workers, max_workers, run_batch
from .errors import RunError
from .settings import Settings
from .store import ManifestRow


class _FinitePositive(click.ParamType):
    """A number > 0 that is finite: 'nan' and 'inf' parse as floats but mean nothing here."""

    name = "number"

    def convert(self, value, param, ctx):
        import math

        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number", param, ctx)
        if not math.isfinite(number) or number <= 0:
            self.fail(f"{value!r} must be a finite number above 0", param, ctx)
        return number


FINITE_POSITIVE = _FinitePositive()


def _storage_problem(exc: BaseException) -> str | None:
    """Disk full / quota / read-only, wherever it was raised (DuckDB and Arrow wrap OSError)."""
    from .errors import storage_problem

    seen = exc
    while seen is not None:
        problem = storage_problem(seen)
        if problem:
            return problem
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    if "No space left on device" in text:
        return "the disk is full"
    if "Disk quota exceeded" in text:
        return "the disk quota is exceeded"
    return None

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_CRASH, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


@click.command("extract", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, type=click.Path(exists=True, path_type=str))
@click.option("--out", "-o", default="data/extracted", show_default=True,
              type=click.Path(file_okay=False, path_type=str), help="Output folder.")
@click.option("--workers", "-j", type=click.IntRange(min=0), default=None,
              help="Worker processes (default: the machine's cores, at most twice them; 0 = in this "
                   "process, no time or memory limit).")
@click.option("--timeout", type=FINITE_POSITIVE, default=600.0, show_default=True,
              help="Seconds one document may take before it is stopped (a 'timeout' row).")
@click.option("--force", is_flag=True, help="Extract everything again, ignoring earlier results.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Run on local processes or on a Ray cluster.")
@click.option("--address", default=None, help="Ray cluster address (e.g. ray://head:10001); default: a local Ray.")
@click.option("--no-ocr", is_flag=True, help="Do not OCR pages without a text layer.")
@click.option("--dpi", type=click.IntRange(72, 1200), default=Settings.dpi, show_default=True,
              help="Rasterization resolution for OCR.")
@click.option("--max-mb", type=FINITE_POSITIVE, default=Settings.max_bytes / 2**20,
              show_default=True, help="Largest input file (or zip member) in MiB.")
@click.option("--max-pages", type=click.IntRange(min=1), default=Settings.max_pages, show_default=True,
              help="Most pages read from one document.")
@click.option("--memory-mb", type=FINITE_POSITIVE, default=None,
              help="Memory (address space) each worker process may use, in MiB; a document "
                   "needing more ends as a 'memory' row (default: 3/4 of the machine shared "
                   "among the workers, 1024–8192).")
@click.option("--prune", is_flag=True,
              help="Make OUT hold exactly these inputs: drop documents of earlier runs into OUT "
                   "that are not among them (their JSON, text and table rows).")
@click.option("--agency-model", type=click.Path(exists=True, file_okay=False, path_type=str), default=None,
              help="A trained agency-mention model folder (scripts/train_agency_spans.py): it "
                   "proposes agencies in lines that give work where the rules found none.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: on a terminal; otherwise progress lines on stderr and "
                   "in OUT/vnplan-progress.log).")
@click.pass_context
def extract_command(ctx: click.Context, inputs: tuple[str, ...], out: str, workers: int | None,
                    timeout: float, force: bool, engine: str, address: str | None, no_ocr: bool,
                    dpi: int, max_mb: float, max_pages: int, memory_mb: float | None, prune: bool,
                    agency_model: str | None, progress: bool | None) -> None:
    """Extract plan documents from files, folders and .zip archives into tables.

    Writes OUT/json/<stem>.json, OUT/text/<stem>.txt, OUT/tables/*.parquet and
    OUT/vnplan.duckdb (tables documents, legal_references, assignments, deadlines,
    mentions, manifest).  Runs are resumable: documents already extracted with the same
    content, version and settings are reused; --force redoes everything.  Runs add up:
    the tables hold the inputs of every run into OUT (--prune keeps only this run's).
    Two runs on one OUT take turns (the second waits).

    \b
    Examples:
      vnplan extract                                 # data/raw → data/extracted
      vnplan extract archive.zip scans/ --out out/ --workers 4
      vnplan extract big-archive/ --timeout 120      # stop any document after 2 minutes
      vnplan extract docs/ --engine ray --address ray://head:10001
      vnplan extract archive/ --out out/ --prune     # drop documents no longer in archive/

    \b
    Exit codes: 0 all ok · 1 some inputs failed (batch completed) · 2 bad usage ·
    3 the run could not complete (a crash; the disk full …) · 130 interrupted (run again
    to resume).
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
    settings = Settings(ocr=not no_ocr, dpi=dpi, max_bytes=int(max_mb * 2**20), max_pages=max_pages,
                        agency_model=str(Path(agency_model).resolve()) if agency_model else "")
    workers = default_workers() if workers is None else workers
    if workers > max_workers():
        click.echo(f"--workers {workers} is more than this machine can run usefully "
                   f"({default_workers()} cores); using {max_workers()}.", err=True)
        workers = max_workers()
    cfg = BatchConfig(inputs=list(inputs), out=out, settings=settings, workers=workers,
                      timeout=timeout, force=force, engine=engine, address=address, progress=progress,
                      prune=prune, memory_mb=memory_mb)
    try:
        summary = _run_with_progress(cfg)
    except KeyboardInterrupt:
        click.echo("\nInterrupted. Finished documents are kept; run the same command again to resume.", err=True)
        ctx.exit(EXIT_INTERRUPTED)
    except RunError as exc:
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(EXIT_USAGE)
    except Exception as exc:  # noqa: BLE001 — the last line of defence: never a traceback
        from .errors import PipelineError

        problem = _storage_problem(exc)
        if isinstance(exc, PipelineError):
            click.echo(f"Error: {exc.user_message()}", err=True)
        elif problem:
            click.echo(f"Error: cannot write the outputs in {out}: {problem}. Free some space "
                       "(or choose another --out) and run again; finished documents are kept.", err=True)
        elif isinstance(exc, OSError):
            click.echo(f"Error: {exc.strerror or exc}: {exc.filename or out} — check the path and "
                       "permissions (and free disk space), then run again.", err=True)
        else:
            click.echo(f"Error: vnplan crashed ({type(exc).__name__}: {' '.join(str(exc).split())[:300]}). "
                       "Finished documents are kept; please report this.", err=True)
        ctx.exit(EXIT_CRASH)
    click.echo(format_summary(summary))
    ctx.exit(summary.exit_code)


PROGRESS_LOG = "vnplan-progress.log"
LOG_EVERY_SECONDS = 30.0  # a progress line at least this often when not on a terminal


class _ProgressLog:
    """Progress as lines, for runs without a terminal (nohup, cron, CI): on stderr and
    appended to OUT/vnplan-progress.log — documents, pages, rate and failures, a line per
    finished document at most every few seconds, and per OCR'd page of a long scan."""

    def __init__(self, out: str, every: float = LOG_EVERY_SECONDS):
        import time

        self.clock = time.monotonic
        self.started = self.last = self.clock()
        self.every = every
        self.total = 0
        self.path = Path(out) / PROGRESS_LOG
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.file = self.path.open("a", encoding="utf-8")
        except OSError:
            self.file = None

    def line(self, text: str, force: bool = False) -> None:
        """Log ``text`` if ``force`` or the last line is a few seconds old (a batch of small
        documents does not flood the log; a slow scan still shows each page)."""
        import time

        now = self.clock()
        if not force and now - self.last < min(self.every, 5.0):
            return
        self.last = now
        stamped = f"{time.strftime('%Y-%m-%d %H:%M:%S')} vnplan: {text}"
        click.echo(stamped, err=True)
        if self.file:
            self.file.write(stamped + "\n")
            self.file.flush()

    def close(self) -> None:
        if self.file:
            self.file.close()


def _run_with_progress(cfg: BatchConfig) -> BatchSummary:
    from tqdm import tqdm

    terminal = sys.stderr.isatty()
    bar_on = terminal if cfg.progress is None else cfg.progress
    log = None if bar_on or cfg.progress is False else _ProgressLog(cfg.out)
    bar = tqdm(total=0, unit="doc", desc="extract", file=sys.stderr, disable=not bar_on,
               dynamic_ncols=True, smoothing=0.05)
    state = {"docs": 0, "pages": 0, "ocr_pages": 0, "failed": 0, "in_flight": {}}

    def status_text() -> str:
        seconds = max(log.clock() - log.started, 1e-9) if log else 1.0
        rate = state["docs"] / seconds
        return (f"{state['docs']}/{bar.total} documents, {state['pages']} pages "
                f"({state['ocr_pages']} OCR pages in progress), {rate:.2f} doc/s, {state['failed']} failed")

    def on_total(n: int) -> None:
        bar.total = n
        bar.refresh()
        if log:
            log.line(f"{n} inputs to {cfg.out}", force=True)

    def on_progress(row: ManifestRow) -> None:
        state["docs"] += 1
        state["pages"] += row.pages or 0
        state["failed"] += row.status == "failed"
        state["ocr_pages"] -= state["in_flight"].pop(row.path, 0)
        bar.set_postfix(pages=state["pages"], failed=state["failed"], refresh=False)
        bar.update(1)
        if log:
            log.line(status_text(), force=state["docs"] == bar.total)

    def on_page(index: int) -> None:
        state["ocr_pages"] += 1
        state["in_flight"][index] = state["in_flight"].get(index, 0) + 1
        bar.set_postfix(pages=state["pages"] + state["ocr_pages"], ocr="page", failed=state["failed"])
        if log:
            log.line(status_text() + " · OCR page done", force=True)

    def on_phase(phase: str) -> None:
        bar.set_description(phase, refresh=True)
        if log:
            log.line(f"writing tables ({phase})", force=True)

    def on_wait(message: str) -> None:
        click.echo(printable(message), err=True)
        if log:
            log.line(message, force=True)

    try:
        return run_batch(cfg, on_progress=on_progress, on_total=on_total, on_phase=on_phase,
                         on_wait=on_wait, on_page=on_page)
    finally:
        bar.close()
        if log:
            log.close()


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters (escape sequences, newlines,
    carriage returns) and invisible format characters (bidirectional overrides) in file
    names are shown escaped, so a name cannot forge or hide lines of the summary."""
    import unicodedata

    out = []
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


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
            lines.append(f"  {r.error_kind:<16} {printable(r.path)}")
        if counts["failed"] > len(shown):
            lines.append(f"  … see the manifest for all {counts['failed']}")
    skipped = _skipped_by_reason(s.manifest)
    if skipped:
        lines.append("skipped: " + ", ".join(f"{k} {n}" for k, n in sorted(skipped.items())))
    out = Path(printable(str(s.out)))
    lines.append(f"outputs: {out / 'json'}/, {out / 'text'}/, {out / 'tables'}/, {out / 'vnplan.duckdb'}")
    lines.append(f"manifest: {out / 'tables' / 'manifest.parquet'} (one row per input, with what to do about failures)")
    return "\n".join(lines)


def _skipped_by_reason(rows: list[ManifestRow]):
    from collections import Counter

    return Counter("duplicate" if r.error_kind is None else r.error_kind for r in rows if r.status == "skipped")
