"""Running ``extract_document`` over many inputs: the run loop and its executors.

The run loop (``run_batch``) enumerates inputs, hashes each one (SHA-256 = doc_id), drops
content duplicates, skips documents whose part is already on disk for the same content, name,
pipeline version and settings, and hands the rest to an executor:

* ``SequentialExecutor`` — in this process, no time limit (library use, debugging);
* ``ProcessPoolExecutor`` — N worker processes, one document at a time each, so a document
  that runs past ``--timeout`` or kills its worker (segfault, OOM) is pinned on exactly that
  document: the worker is replaced and the batch goes on;
* ``RayExecutor`` — the same per-document function as Ray tasks, local or on a cluster.

Workers of the process pool read their own input and write their own outputs (only a small
``Outcome`` crosses the pipe), so memory per worker is bounded by one document whatever the
archive's size.  Ray tasks get the bytes from the driver and return the outputs to it, since
a remote node may not see either folder.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing import connection
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import __version__
from .errors import ERROR_KINDS, PipelineError
from .inputs import ArchiveLimits, InputItem, hash_item, iter_inputs, read_bytes
from .models import content_id, output_stem
from .settings import Settings
from .store import ManifestRow, OutputStore, part_key

# Failures that say something about the file: the same file fails the same way next run, so
# they are cached like successes.  The others (timeout, memory, internal) are retried.
CACHED_FAILURES = frozenset(ERROR_KINDS) - {"timeout", "memory", "internal"}
MAX_ATTEMPTS = 2  # a document whose worker dies is tried once more in a fresh worker
MAX_STEM_BYTES = 200  # leaves room for ".json" and the temporary-file affixes


@dataclass
class Task:
    index: int  # position in the manifest
    item: InputItem
    doc_id: str
    stem: str
    key: str
    attempt: int = 1


@dataclass
class Outcome:
    """What an executor reports for one task (small: it crosses process boundaries)."""

    index: int
    status: str  # ok | partial | failed
    error_kind: str | None = None
    message: str | None = None
    pages: int | None = None
    ocr_pages: int | None = None
    seconds: float = 0.0
    attempts: int = 1
    peak_rss_mb: float | None = None  # of the worker process, for benchmarks
    cpu_seconds: float | None = None  # the worker process's CPU time so far, for benchmarks
    worker: str | None = None
    # Filled only when the executor returns outputs for the driver to write (Ray):
    payload: tuple[dict, dict | None, str | None] | None = None


# --------------------------------------------------------------------- one document


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text[:300]}"


def _peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def extract_task(task: Task, content: bytes | None, settings: Settings
                 ) -> tuple[Outcome, tuple[dict, dict | None, str | None] | None]:
    """Run the per-document function on one task; never raises.

    Returns the outcome and, unless the failure is transient, what to store:
    (part, result JSON or None, text or None).
    """
    from .document import extract_document

    started = time.perf_counter()
    outcome = Outcome(index=task.index, status="failed", attempts=task.attempt, worker=str(os.getpid()))
    stored: tuple[dict, dict | None, str | None] | None = None
    try:
        if content is None:
            content = read_bytes(task.item, settings.max_bytes)
        if content_id(content) != task.doc_id:
            raise PipelineError("corrupt", f"{task.item.path}: the file changed while the batch ran; run again")
        result = extract_document(content, task.item.name, settings)
        rows = result.rows()
        outcome.status = result.status if result.status in ("ok", "partial") else "partial"
        outcome.pages, outcome.ocr_pages = result.pages, result.ocr_pages
        if result.warnings and outcome.status == "partial":
            outcome.message = "; ".join(result.warnings)[:1000]
        json_doc, text = result.to_json(), result.text
    except PipelineError as exc:
        outcome.error_kind, outcome.message = exc.kind, exc.user_message()
        rows, json_doc, text = {}, None, None
    except MemoryError:
        outcome.error_kind = "memory"
        outcome.message = f"{task.item.path}: ran out of memory — {ERROR_KINDS['memory']}"
        rows = None
    except Exception as exc:  # a bug in a stage: one line for the user, the batch goes on
        outcome.error_kind = "internal"
        outcome.message = f"{task.item.path}: {_one_line(exc)} — {ERROR_KINDS['internal']}"
        rows = None
    outcome.seconds = round(time.perf_counter() - started, 6)
    outcome.peak_rss_mb = _peak_rss_mb()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    outcome.cpu_seconds = usage.ru_utime + usage.ru_stime
    if rows is not None:  # transient failures are not stored: the next run tries again
        part = {
            "key": task.key, "doc_id": task.doc_id, "name": task.item.name,
            "pipeline_version": __version__, "status": outcome.status,
            "error_kind": outcome.error_kind, "message": outcome.message,
            "pages": outcome.pages, "ocr_pages": outcome.ocr_pages,
            "seconds": outcome.seconds, "attempts": outcome.attempts, "rows": rows,
        }
        stored = (part, json_doc, text)
    return outcome, stored


def warm_up(settings: Settings) -> None:
    """Load the recognizers' vocabularies and models before the first document, so that one
    document's ``seconds`` (and its time limit) do not include the process's start-up."""
    from .document import extract_document

    try:
        extract_document(_WARM_UP_TEXT.encode("utf-8"), "warm-up.txt", settings)
    except Exception:  # noqa: BLE001 — a failure here will show on the real documents
        pass


_WARM_UP_TEXT = (
    "ỦY BAN NHÂN DÂN TỈNH\nSố: 1/KH-UBND\n\nKẾ HOẠCH\nCải cách hành chính năm 2024\n\n"
    "Căn cứ Quyết định số 1/QĐ-UBND ngày 01/01/2024 của UBND tỉnh;\n"
    "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ: chủ trì, báo cáo định kỳ hằng quý, trước ngày 15/6.\n"
)


def run_and_store(task: Task, settings: Settings, store: OutputStore) -> Outcome:
    outcome, stored = extract_task(task, None, settings)
    if stored is not None:
        try:
            store.write_document(task.stem, task.key, *stored)
        except OSError as exc:
            outcome.status, outcome.error_kind = "failed", "internal"
            outcome.message = f"{task.item.path}: cannot write outputs ({exc.strerror or exc}); check free disk space"
    return outcome


# ------------------------------------------------------------------------- executors

OnDone = Callable[[Outcome], None]


class SequentialExecutor:
    """In this process, one after the other; no time limit."""

    def __init__(self, settings: Settings, store: OutputStore):
        self.settings, self.store = settings, store

    def run(self, tasks: Iterable[Task], on_done: OnDone) -> None:
        for task in tasks:
            on_done(run_and_store(task, self.settings, self.store))


def _worker_main(conn, settings: Settings, root: str) -> None:
    # Ctrl-C is the driver's to handle; a worker just finishes or is killed.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Library warnings (PDF syntax complaints …) would scroll over the progress bar; what
    # matters about a document reaches the manifest instead.
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.disable(logging.WARNING)
    store = OutputStore(root)
    warm_up(settings)
    try:
        conn.send(_READY)
    except (BrokenPipeError, OSError):
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the driver is gone
        if task is None:
            return
        outcome = run_and_store(task, settings, store)
        try:
            conn.send(outcome)
        except (BrokenPipeError, OSError):
            return


_READY = "ready"  # a worker's first message: warmed up, send documents


def _mp_context():
    import multiprocessing as mp

    # forkserver: children start from a clean, preloaded server (no copied driver state, no
    # fork-after-threads hazards) and start much faster than spawn.
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        # The server imports this module with the flag set and warms up once; every worker
        # forks from it with vocabularies and models already loaded (shared copy-on-write), so
        # workers, and their replacements after a timeout, start in milliseconds.
        os.environ[_WARM_ON_IMPORT] = "1"
        ctx.set_forkserver_preload(["pipeline.document", "pipeline.batch"])
        return ctx
    return mp.get_context("spawn")


class _Worker:
    def __init__(self, ctx, settings: Settings, root: str):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, settings, root), daemon=True,
                                name="vnplan-worker")
        self.proc.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0
        self.ready = False  # set when the worker reports it has warmed up

    def kill(self) -> None:
        try:
            self.proc.kill()
        except (OSError, AttributeError):
            pass
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.kill()
        self.conn.close()


class ProcessPoolExecutor:
    """N worker processes, one document each at a time, with a per-document time limit."""

    def __init__(self, settings: Settings, store: OutputStore, workers: int, timeout: float):
        self.settings, self.store = settings, store
        self.workers, self.timeout = max(1, workers), timeout

    def run(self, tasks: Iterable[Task], on_done: OnDone) -> None:
        ctx = _mp_context()
        root = str(self.store.root)
        pool = [_Worker(ctx, self.settings, root) for _ in range(self.workers)]
        pending: list[Task] = []  # documents to retry after their worker died
        source = iter(tasks)
        exhausted = False
        failed_starts = 0
        try:
            while True:
                # Hand a document to every warmed-up idle worker.  The time limit starts now,
                # so a worker's start-up never counts against a document.
                for w in pool:
                    if not w.ready or w.task is not None:
                        continue
                    task = pending.pop() if pending else None
                    if task is None and not exhausted:
                        task = next(source, None)
                        exhausted = task is None
                    if task is None:
                        break
                    w.task, w.started = task, time.monotonic()
                    try:
                        w.conn.send(task)
                    except (OSError, BrokenPipeError):
                        pass  # died meanwhile: its sentinel fires and it is handled as a death
                busy = [w for w in pool if w.task is not None]
                if not busy and not pending and exhausted:
                    break
                now = time.monotonic()
                wait_for = min((w.started + self.timeout - now for w in busy), default=1.0)
                watched = [w for w in pool if w.task is not None or not w.ready]
                handles = [w.conn for w in watched] + [w.proc.sentinel for w in watched]
                ready = set(connection.wait(handles, timeout=min(max(wait_for, 0.0), 1.0) + 0.01))
                for i, w in enumerate(pool):
                    if w.task is None and w.ready:
                        continue
                    if w.conn in ready or w.proc.sentinel in ready:
                        message = self._receive(w)
                        if message == _READY:
                            w.ready, failed_starts = True, 0
                            continue
                        if isinstance(message, Outcome):
                            w.task = None
                            on_done(message)
                            continue
                        w.proc.join(5)  # the pipe can close before the exit status is in
                        task, code = w.task, w.proc.exitcode
                        w.kill()
                        if task is None:  # died while starting up
                            failed_starts += 1
                            if failed_starts > 3 * self.workers:
                                raise RuntimeError(f"worker processes exit while starting (exit code {code})")
                            pool[i] = _Worker(ctx, self.settings, root)
                            continue
                        pool[i] = _Worker(ctx, self.settings, root)
                        # The process died with its document: retry once, then report.
                        if task.attempt < MAX_ATTEMPTS:
                            pending.append(Task(**{**task.__dict__, "attempt": task.attempt + 1}))
                        else:
                            on_done(_death_outcome(task, code, time.monotonic() - w.started))
                    elif w.task is not None and time.monotonic() - w.started > self.timeout:
                        task = w.task
                        w.kill()
                        pool[i] = _Worker(ctx, self.settings, root)
                        on_done(Outcome(
                            index=task.index, status="failed", error_kind="timeout",
                            message=PipelineError("timeout", f"{task.item.path}: still running after "
                                                  f"{self.timeout:g} s (stopped)").user_message(),
                            seconds=round(time.monotonic() - w.started, 6), attempts=task.attempt))
        finally:
            for w in pool:
                if w.task is None:
                    w.stop()
                else:
                    w.kill()

    @staticmethod
    def _receive(w: _Worker) -> Any:
        try:
            if w.conn.poll():
                return w.conn.recv()
        except (EOFError, OSError):
            pass
        return None


def _death_outcome(task: Task, exitcode: int | None, seconds: float) -> Outcome:
    if exitcode is not None and exitcode < 0:
        sig = -exitcode
        try:
            signame = signal.Signals(sig).name
        except ValueError:
            signame = f"signal {sig}"
        how = f"killed by {signame}"
    else:
        how = f"exited with code {exitcode}"
    # SIGKILL from outside is nearly always the kernel's OOM killer.
    kind = "memory" if exitcode == -signal.SIGKILL else "internal"
    return Outcome(index=task.index, status="failed", error_kind=kind,
                   message=PipelineError(kind, f"{task.item.path}: the worker process {how} "
                                         f"({task.attempt} attempts)").user_message(),
                   seconds=round(seconds, 6), attempts=task.attempt)


class RayExecutor:
    """The same per-document function as Ray tasks; the driver reads inputs and writes outputs."""

    def __init__(self, settings: Settings, store: OutputStore, workers: int, timeout: float,
                 address: str | None = None):
        self.settings, self.store = settings, store
        self.workers, self.timeout, self.address = workers, timeout, address

    def run(self, tasks: Iterable[Task], on_done: OnDone) -> None:
        try:
            import ray
        except ImportError:
            raise PipelineError("internal", "the Ray engine needs Ray: pip install 'ray[default]'") from None
        started_here = not ray.is_initialized()
        if started_here:
            if self.address:
                ray.init(address=self.address, log_to_driver=False, logging_level="ERROR")
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False,
                         logging_level="ERROR")
        try:
            self._run(ray, tasks, on_done)
        finally:
            if started_here:
                ray.shutdown()

    def _run(self, ray, tasks: Iterable[Task], on_done: OnDone) -> None:
        remote = ray.remote(max_retries=0)(_ray_extract)
        settings_ref = ray.put(self.settings)
        capacity = max(1, int(ray.cluster_resources().get("CPU", self.workers)))
        in_flight: dict[Any, tuple[Task, float]] = {}
        source = iter(tasks)
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < capacity:
                task = next(source, None)
                if task is None:
                    exhausted = True
                    break
                try:
                    content = read_bytes(task.item, self.settings.max_bytes)
                except PipelineError as exc:
                    on_done(Outcome(index=task.index, status="failed", error_kind=exc.kind,
                                    message=exc.user_message(), attempts=task.attempt))
                    continue
                in_flight[remote.remote(task, content, settings_ref)] = (task, time.monotonic())
            if not in_flight:
                break
            ready, _ = ray.wait(list(in_flight), num_returns=1, timeout=1.0)
            for ref in ready:
                task, t0 = in_flight.pop(ref)
                try:
                    outcome, stored = ray.get(ref)
                except Exception as exc:  # the task's worker died, or Ray ran out of memory
                    kind = "memory" if "OutOfMemory" in type(exc).__name__ else "internal"
                    outcome, stored = Outcome(
                        index=task.index, status="failed", error_kind=kind,
                        message=PipelineError(kind, f"{task.item.path}: the Ray task failed "
                                              f"({type(exc).__name__})").user_message(),
                        seconds=round(time.monotonic() - t0, 6), attempts=task.attempt), None
                if stored is not None:
                    self.store.write_document(task.stem, task.key, *stored)
                on_done(outcome)
            now = time.monotonic()
            for ref, (task, t0) in list(in_flight.items()):
                if now - t0 > self.timeout:
                    ray.cancel(ref, force=True)
                    del in_flight[ref]
                    on_done(Outcome(
                        index=task.index, status="failed", error_kind="timeout",
                        message=PipelineError("timeout", f"{task.item.path}: still running after "
                                              f"{self.timeout:g} s (stopped)").user_message(),
                        seconds=round(now - t0, 6), attempts=task.attempt))


def _ray_extract(task: Task, content: bytes, settings: Settings):
    return extract_task(task, content, settings)


# -------------------------------------------------------------------------- the run


@dataclass
class BatchConfig:
    inputs: list[str]
    out: str
    settings: Settings = field(default_factory=Settings)
    workers: int = 0  # 0 → in this process (no time limit)
    timeout: float = 600.0
    force: bool = False
    engine: str = "local"  # local | ray
    address: str | None = None
    limits: ArchiveLimits | None = None
    progress: bool | None = None  # None → only on a terminal


@dataclass
class BatchSummary:
    out: Path
    manifest: list[ManifestRow]
    extracted: int  # documents run through the pipeline in this run
    reused: int  # documents whose earlier results were reused
    seconds: float
    peak_rss_mb: dict[str, float]  # worker → peak resident memory
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # worker → CPU time used

    def counts(self) -> Counter:
        return Counter(r.status for r in self.manifest)

    def failures_by_kind(self) -> Counter:
        return Counter(r.error_kind for r in self.manifest if r.status == "failed")

    @property
    def exit_code(self) -> int:
        return 1 if any(r.status == "failed" for r in self.manifest) else 0


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _colliding_stems(items: list[InputItem]) -> set[str]:
    """Base stems that more than one input would claim (compared case-folded, since output
    folders may live on case-insensitive file systems)."""
    counts = Counter(output_stem(i.name).casefold() for i in items if i.refusal is None)
    return {s for s, n in counts.items() if n > 1}


def run_batch(cfg: BatchConfig, on_progress: Callable[[ManifestRow], None] | None = None,
              on_total: Callable[[int], None] | None = None,
              on_phase: Callable[[str], None] | None = None) -> BatchSummary:
    """Run a whole batch and assemble the tables.  Raises only for problems with the run
    itself (unwritable output folder …), never for a bad input."""
    started = time.perf_counter()
    settings = cfg.settings
    limits = cfg.limits or ArchiveLimits(max_member_bytes=settings.max_bytes)
    store = OutputStore(cfg.out)
    store.prepare()
    store.sweep_temporary()
    fingerprint = settings.fingerprint()
    items = list(iter_inputs(cfg.inputs, limits, exclude=store.root))
    if on_total:
        on_total(len(items))
    colliding = _colliding_stems(items)
    manifest: list[ManifestRow | None] = [None] * len(items)
    stems: dict[int, str] = {}
    keys: dict[int, str] = {}
    doc_ids: dict[int, str] = {}
    peak: dict[str, float] = {}
    cpu: dict[str, float] = {}
    counters = {"extracted": 0, "reused": 0}

    def record(index: int, row: ManifestRow) -> None:
        manifest[index] = row
        if on_progress:
            on_progress(row)

    def row(item: InputItem, **kw: Any) -> ManifestRow:
        base = dict(path=item.path, doc_id=None, stem=None, status="failed", error_kind=None,
                    message=None, attempts=0, pages=None, ocr_pages=None, seconds=None,
                    bytes=item.size if item.refusal is None else None,
                    pipeline_version=__version__, settings=fingerprint)
        base.update(kw)
        return ManifestRow(**base)

    def tasks() -> Iterator[Task]:
        first_path: dict[str, tuple[str, str]] = {}
        for index, item in enumerate(items):
            if item.refusal is not None:
                record(index, row(item, status=item.refusal_status, error_kind=item.refusal.kind,
                                  message=item.refusal.user_message()))
                continue
            try:
                doc_id = hash_item(item, settings.max_bytes)
            except PipelineError as exc:
                record(index, row(item, error_kind=exc.kind, message=exc.user_message()))
                continue
            if doc_id in first_path:
                original, stem = first_path[doc_id]
                record(index, row(item, doc_id=doc_id, stem=stem, status="skipped",
                                  message=f"duplicate of {original}"))
                continue
            stem = output_stem(item.name) or doc_id[:12]
            if stem.casefold() in colliding:
                stem = f"{stem}-{doc_id[:8]}"
            if len(stem.encode("utf-8")) > MAX_STEM_BYTES:  # file systems cap names at 255 bytes
                cut = stem.encode("utf-8")[:MAX_STEM_BYTES - 9].decode("utf-8", "ignore")
                stem = f"{cut}-{doc_id[:8]}"
            first_path[doc_id] = (item.path, stem)
            key = part_key(doc_id, item.name, __version__, fingerprint)
            stems[index], keys[index], doc_ids[index] = stem, key, doc_id
            part = None if cfg.force else store.reusable_part(key, stem)
            if part is not None and (part["status"] != "failed" or part.get("error_kind") in CACHED_FAILURES):
                counters["reused"] += 1
                record(index, row(item, doc_id=doc_id, stem=stem, status=part["status"],
                                  error_kind=part.get("error_kind"), message=part.get("message"),
                                  attempts=part.get("attempts", 1), pages=part.get("pages"),
                                  ocr_pages=part.get("ocr_pages"), seconds=part.get("seconds")))
                continue
            yield Task(index=index, item=item, doc_id=doc_id, stem=stem, key=key)

    def done(outcome: Outcome) -> None:
        counters["extracted"] += 1
        if outcome.worker and outcome.peak_rss_mb is not None:
            peak[outcome.worker] = max(peak.get(outcome.worker, 0.0), outcome.peak_rss_mb)
            cpu[outcome.worker] = max(cpu.get(outcome.worker, 0.0), outcome.cpu_seconds or 0.0)
        i = outcome.index
        item = items[i]
        failed = outcome.status == "failed"
        record(i, row(item, doc_id=doc_ids[i], stem=None if failed else stems[i],
                      status=outcome.status, error_kind=outcome.error_kind, message=outcome.message,
                      attempts=outcome.attempts, pages=outcome.pages, ocr_pages=outcome.ocr_pages,
                      seconds=outcome.seconds))

    executor = _executor(cfg, store)
    # Hashing (and decompressing) the next inputs overlaps with the workers' extraction.
    executor.run(_prefetch(tasks(), depth=2 * max(1, cfg.workers)), done)

    if on_phase:
        on_phase("tables")
    final = [m for m in manifest if m is not None]
    assert len(final) == len(items), "every input must have its manifest row"
    extracted = [(m.stem, keys[i]) for i, m in enumerate(manifest)
                 if m is not None and m.status in ("ok", "partial") and i in keys]
    store.assemble(final, extracted)
    return BatchSummary(out=store.root, manifest=final, extracted=counters["extracted"],
                        reused=counters["reused"], seconds=time.perf_counter() - started,
                        peak_rss_mb=peak, cpu_seconds=cpu)


def _prefetch(items: Iterator[Task], depth: int) -> Iterator[Task]:
    """Run ``items`` in a background thread, ``depth`` ahead of the consumer (hashlib and
    file reads release the GIL).  An exception in the producer is raised in the consumer."""
    import queue
    import threading

    buffer: queue.Queue = queue.Queue(maxsize=depth)
    done = object()
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        buffer.put(item, timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            buffer.put(done)
        except BaseException as exc:  # noqa: BLE001 — handed to the consumer
            buffer.put(exc)

    thread = threading.Thread(target=produce, name="vnplan-hash", daemon=True)
    thread.start()
    try:
        while True:
            item = buffer.get()
            if item is done:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        thread.join(timeout=5)


def _executor(cfg: BatchConfig, store: OutputStore):
    if cfg.engine == "ray":
        return RayExecutor(cfg.settings, store, cfg.workers or default_workers(), cfg.timeout, cfg.address)
    if cfg.workers <= 0:
        return SequentialExecutor(cfg.settings, store)
    return ProcessPoolExecutor(cfg.settings, store, cfg.workers, cfg.timeout)


_WARM_ON_IMPORT = "VNPLAN_WARM_ON_IMPORT"
if os.environ.get(_WARM_ON_IMPORT) == "1" and any("multiprocessing.forkserver" in a for a in sys.orig_argv):
    warm_up(Settings())  # in the fork server only (see _mp_context)
