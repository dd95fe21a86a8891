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
archive's size — and by a hard limit (``RLIMIT_AS``, ``WorkerLimits``) against documents that
would take more.  Each worker is its own process group with its own temporary folder, so a
stopped document takes its Tesseract children and page images with it.

A run holds the output folder's lock; its rows join those of earlier runs into the folder
(the catalog, store.py), and the tables are rebuilt from all of them.  Ray tasks get the bytes from the driver and return the outputs to it, since
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
from .errors import ERROR_KINDS, PipelineError, RunError, classify
from .inputs import MEMBER_SEPARATOR, ArchiveLimits, InputItem, hash_item, iter_inputs, read_bytes
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
    transient = False
    try:
        if content is None:
            content = read_bytes(task.item, settings.max_bytes)
        if content_id(content) != task.doc_id:
            # Not a property of the file: the next run hashes it again and tries again.
            transient = True
            raise PipelineError("corrupt", f"{task.item.path}: the file changed while the batch ran; run again")
        result = extract_document(content, task.item.name, settings)
        rows = result.rows()
        outcome.status = result.status if result.status in ("ok", "partial") else "partial"
        outcome.pages, outcome.ocr_pages = result.pages, result.ocr_pages
        if result.warnings and outcome.status == "partial":
            outcome.message = "; ".join(result.warnings)[:1000]
        json_doc, text = result.to_json(), result.text
    except Exception as exc:  # noqa: BLE001 — every failure is this document's row
        content = result = None  # free the document before anything else (MemoryError)
        error = classify(exc, task.item.path)
        outcome.error_kind, outcome.message = error.kind, error.user_message()
        rows, json_doc, text = {}, None, None
        if transient or error.kind not in CACHED_FAILURES:
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
            from .errors import storage_problem

            # Not stored: the next run extracts it again (once there is room).
            problem = storage_problem(exc) or exc.strerror or str(exc)
            outcome.status, outcome.error_kind = "failed", "internal"
            outcome.message = (f"{task.item.path}: cannot write its outputs ({problem}); "
                               "free disk space and run again")
    return outcome


# ------------------------------------------------------------------------- executors

OnDone = Callable[[Outcome], None]


class SequentialExecutor:
    """In this process, one after the other; no time limit."""

    def __init__(self, settings: Settings, store: OutputStore):
        self.settings, self.store = settings, store
        self.on_page: Callable[[int], None] | None = None

    def run(self, tasks: Iterable[Task], on_done: OnDone) -> None:
        from .progress import set_page_listener

        try:
            for task in tasks:
                if self.on_page:
                    set_page_listener(lambda index=task.index: self.on_page(index))
                on_done(run_and_store(task, self.settings, self.store))
        finally:
            set_page_listener(None)


WORKER_STDERR = "stderr.log"
# What a library prints to stderr before it aborts for want of memory.
_OUT_OF_MEMORY = ("bad_alloc", "out of memory", "cannot allocate memory", "memoryerror",
                  "failed to allocate", "allocation failed")


@dataclass(frozen=True)
class WorkerLimits:
    """What every worker process of the pool is held to."""

    memory_bytes: int | None  # RLIMIT_AS of the worker and its children (Tesseract)
    temp_dir: str  # the worker's own temporary folder (page images), removed with it
    driver_pid: int


def _apply_limits(limits: WorkerLimits) -> None:
    # Its own process group: the driver stops a document by killing the group, so Tesseract
    # children go with their worker instead of running on, reparented to init.
    try:
        os.setpgid(0, 0)
    except OSError:
        pass
    # RLIMIT_AS (address space) is the limit Linux enforces on every allocation: past it,
    # malloc and mmap fail inside this process (Python raises MemoryError, a C library
    # aborts) and the document ends as a `memory` row.  RLIMIT_RSS is not enforced by Linux,
    # and RLIMIT_DATA misses some mmap allocations.  Children (Tesseract) inherit it.
    if limits.memory_bytes:
        try:
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            cap = limits.memory_bytes if hard == resource.RLIM_INFINITY else min(hard, limits.memory_bytes)
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        except (ValueError, OSError):
            pass
    import tempfile

    tempfile.tempdir = limits.temp_dir
    os.environ["TMPDIR"] = limits.temp_dir
    # The worker's stderr goes to a file the driver reads when the worker dies: a library
    # that aborts says why there ("std::bad_alloc", "out of memory").
    try:
        fd = os.open(os.path.join(limits.temp_dir, WORKER_STDERR), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(fd, 2)
        os.close(fd)
    except OSError:
        pass
    _start_orphan_watch(limits)


def _start_orphan_watch(limits: WorkerLimits) -> None:
    """A worker whose driver was killed stops at once, with its children and temporary files
    (instead of finishing a document nobody will collect, without a time limit)."""
    import shutil
    import threading

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(limits.driver_pid, 0)
                alive = os.getppid() == parent
            except ProcessLookupError:
                alive = False
            except OSError:
                alive = True
            if not alive:
                # Tesseract and the page-preparing thread may still be writing into the folder:
                # stop the children first, then remove it until it stays removed.
                _kill_children()
                for _ in range(10):
                    shutil.rmtree(limits.temp_dir, ignore_errors=True)
                    if not os.path.exists(limits.temp_dir):
                        break
                    time.sleep(0.05)
                try:
                    os.killpg(0, signal.SIGKILL)
                finally:
                    os._exit(1)

    threading.Thread(target=watch, name="vnplan-orphan-watch", daemon=True).start()


def _kill_children() -> None:
    """SIGKILL this process's children (Tesseract), found in /proc; elsewhere nothing is done."""
    me = os.getpid()
    try:
        pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                parent = int(fh.read().rsplit(b")", 1)[1].split()[1])  # the name may hold spaces
        except (OSError, IndexError, ValueError):
            continue
        if parent == me:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def _worker_main(conn, settings: Settings, root: str, limits: WorkerLimits | None = None) -> None:
    # Ctrl-C is the driver's to handle; a worker just finishes or is killed.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if limits is not None:
        _apply_limits(limits)
    try:
        _serve(conn, settings, root)
    finally:
        if limits is not None:  # the driver may be gone: nobody else removes it
            import shutil

            shutil.rmtree(limits.temp_dir, ignore_errors=True)


def _serve(conn, settings: Settings, root: str) -> None:
    """Take documents from the driver until it says stop (or is gone)."""
    # Library warnings (PDF syntax complaints …) would scroll over the progress bar; what
    # matters about a document reaches the manifest instead.
    import logging
    import warnings

    from .progress import set_page_listener

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
        set_page_listener(lambda index=task.index: conn.send((_PAGE, index)))
        outcome = run_and_store(task, settings, store)
        try:
            conn.send(outcome)
        except (BrokenPipeError, OSError):
            return


_READY = "ready"  # a worker's first message: warmed up, send documents
_PAGE = "page"  # (_PAGE, task index): one more page of that document read (OCR)


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
    def __init__(self, ctx, settings: Settings, root: str, memory_bytes: int | None = None):
        import tempfile

        self.conn, child = ctx.Pipe(duplex=True)
        self.temp_dir = tempfile.mkdtemp(prefix="vnplan-worker-")
        self.memory_bytes = memory_bytes
        limits = WorkerLimits(memory_bytes, self.temp_dir, os.getpid())
        self.proc = ctx.Process(target=_worker_main, args=(child, settings, root, limits), daemon=True,
                                name="vnplan-worker")
        self.proc.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0
        self.ready = False  # set when the worker reports it has warmed up
        self.address_space = 0  # last sampled size (bytes), to tell a memory death from a crash

    def sample_memory(self) -> None:
        try:
            with open(f"/proc/{self.proc.pid}/statm", "rb") as fh:
                size = int(fh.read().split()[0]) * resource.getpagesize()
            if size:  # a dead (zombie) worker reads as 0: keep its last size
                self.address_space = size
        except (OSError, ValueError, IndexError):
            pass

    def near_memory_limit(self) -> bool:
        """Whether the worker that just died ran out of memory: its last sampled size was
        near its limit, or its stderr says so (a C++ std::bad_alloc that aborts)."""
        if self.memory_bytes and self.address_space > 0.5 * self.memory_bytes:
            return True
        try:
            with open(os.path.join(self.temp_dir, WORKER_STDERR), "rb") as fh:
                fh.seek(0, os.SEEK_END)
                fh.seek(max(0, fh.tell() - 4096))
                tail = fh.read().decode("utf-8", "replace").lower()
        except OSError:
            return False
        return any(sign in tail for sign in _OUT_OF_MEMORY)

    def kill(self) -> None:
        """Kill the worker and its process group (Tesseract), and remove its temporary files."""
        import shutil

        pid = self.proc.pid
        try:
            if pid:
                os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            self.proc.kill()
        except (OSError, AttributeError):
            pass
        self.proc.join(5)
        self.conn.close()
        shutil.rmtree(self.temp_dir, ignore_errors=True)

    def stop(self) -> None:
        import shutil

        try:
            self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.kill()
        self.conn.close()
        shutil.rmtree(self.temp_dir, ignore_errors=True)


class ProcessPoolExecutor:
    """N worker processes, one document each at a time, with a per-document time limit."""

    def __init__(self, settings: Settings, store: OutputStore, workers: int, timeout: float,
                 memory_bytes: int | None = None):
        self.settings, self.store = settings, store
        self.workers, self.timeout = max(1, workers), timeout
        self.memory_bytes = memory_bytes
        self.on_page: Callable[[int], None] | None = None

    def run(self, tasks: Iterable[Task], on_done: OnDone) -> None:
        ctx = _mp_context()
        root = str(self.store.root)

        def new_worker() -> _Worker:
            return _Worker(ctx, self.settings, root, self.memory_bytes)

        pool = [new_worker() for _ in range(self.workers)]
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
                ready = set(connection.wait(handles, timeout=min(max(wait_for, 0.0), 0.5) + 0.01))
                for w in busy:
                    w.sample_memory()
                for i, w in enumerate(pool):
                    if w.task is None and w.ready:
                        continue
                    if w.conn in ready or w.proc.sentinel in ready:
                        message = self._receive(w)
                        if message == _READY:
                            w.ready, failed_starts = True, 0
                            continue
                        if isinstance(message, tuple) and message[:1] == (_PAGE,):
                            if self.on_page:
                                self.on_page(message[1])
                            continue
                        if isinstance(message, Outcome):
                            w.task = None
                            on_done(message)
                            continue
                        w.proc.join(5)  # the pipe can close before the exit status is in
                        task, code = w.task, w.proc.exitcode
                        out_of_memory = w.near_memory_limit()
                        w.kill()
                        if task is None:  # died while starting up
                            failed_starts += 1
                            if failed_starts > 3 * self.workers:
                                raise RuntimeError(f"worker processes exit while starting (exit code {code})")
                            pool[i] = new_worker()
                            continue
                        pool[i] = new_worker()
                        # The process died with its document: retry once (unless it died at its
                        # memory limit: that document would only do it again), then report.
                        if task.attempt < MAX_ATTEMPTS and not out_of_memory:
                            pending.append(Task(**{**task.__dict__, "attempt": task.attempt + 1}))
                        else:
                            on_done(_death_outcome(task, code, time.monotonic() - w.started,
                                                   out_of_memory))
                    elif w.task is not None and time.monotonic() - w.started > self.timeout:
                        task = w.task
                        w.kill()
                        pool[i] = new_worker()
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


def _death_outcome(task: Task, exitcode: int | None, seconds: float, near_memory_limit: bool = False
                   ) -> Outcome:
    if exitcode is not None and exitcode < 0:
        sig = -exitcode
        try:
            signame = signal.Signals(sig).name
        except ValueError:
            signame = f"signal {sig}"
        how = f"killed by {signame}"
    else:
        how = f"exited with code {exitcode}"
    # SIGKILL from outside is nearly always the kernel's OOM killer; a library that cannot
    # allocate under the worker's memory limit aborts (C++ std::bad_alloc) or crashes.
    kind = "memory" if exitcode == -signal.SIGKILL or near_memory_limit else "internal"
    if near_memory_limit:
        how += " at its memory limit"
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
                check_ray_address(self.address)
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
        # A document's time limit starts when it is submitted, so the workers' start-up (a new
        # process importing the recognizers and their models, many seconds on a busy machine)
        # is paid here, once, rather than counted against the first documents.
        ray.get([ray.remote(_ray_warm_up).remote(settings_ref) for _ in range(capacity)])
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


RAY_CONNECT_SECONDS = 5.0


def check_ray_address(address: str, timeout: float = RAY_CONNECT_SECONDS) -> None:
    """Fail in seconds, with a message, when the cluster's address cannot be reached (Ray
    itself retries for minutes, printing warnings).  ``auto`` and ``local`` are Ray's."""
    import socket
    from urllib.parse import urlsplit

    if address in ("auto", "local"):
        return
    parts = urlsplit(address if "://" in address else f"ray://{address}")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        host, port = None, None
    if not host or not port:
        raise RunError(f"Ray address {address!r} is not host:port (e.g. ray://head:10001)")
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:
        raise RunError(f"cannot reach the Ray cluster at {host}:{port} "
                            f"({exc.strerror or exc}); check --address and that the head node is up") from None


def _ray_extract(task: Task, content: bytes, settings: Settings):
    return extract_task(task, content, settings)


def _ray_warm_up(settings: Settings) -> None:
    """Extract a one-line text, so the worker has imported and loaded what documents need."""
    from .document import extract_document

    extract_document("Kế hoạch số 1/KH-UBND ngày 01/01/2025".encode(), "warm-up.txt", settings)


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
    prune: bool = False  # drop documents of earlier runs that are not among these inputs
    memory_mb: float | None = None  # per worker process; None → default_memory_mb(workers)


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


WORKERS_PER_CORE = 2  # more processes than this only compete for the same cores and memory


def max_workers() -> int:
    return WORKERS_PER_CORE * default_workers()


def physical_memory_mb() -> float | None:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (ValueError, OSError, AttributeError):
        return None


MIN_WORKER_MB, MAX_WORKER_MB = 1024, 8192


def default_memory_mb(workers: int) -> float | None:
    """Memory each worker may use: three quarters of the machine shared among the workers,
    within 1–8 GB (so all of them at their limit still fit, and one bomb cannot take more)."""
    total = physical_memory_mb()
    if total is None:
        return None
    return max(MIN_WORKER_MB, min(MAX_WORKER_MB, 0.75 * total / max(1, workers)))


def _colliding_stems(items: list[InputItem]) -> set[str]:
    """Base stems that more than one input would claim (compared case-folded, since output
    folders may live on case-insensitive file systems)."""
    counts = Counter(output_stem(i.name).casefold() for i in items if i.refusal is None)
    return {s for s, n in counts.items() if n > 1}


def _input_exists(path: str) -> bool:
    """Whether an input recorded by an earlier run is still there (a zip member: its archive)."""
    return os.path.lexists(path.split(MEMBER_SEPARATOR, 1)[0])


class _Stems:
    """Output stems: one per input, unique in the folder (case-folded), stable across runs.

    A stem that two inputs of this run would share, or that an input of an earlier run
    already holds, gets ``-`` and the start of the content hash; if even that is taken (a
    file may be named like another's suffixed stem), a longer piece of the hash."""

    def __init__(self, items: list[InputItem], held: set[str]):
        self.colliding = _colliding_stems(items)
        self.taken = {s.casefold() for s in held}

    def assign(self, name: str, doc_id: str) -> str:
        stem = output_stem(name) or doc_id[:12]
        if stem.casefold() in self.colliding or stem.casefold() in self.taken:
            stem = f"{stem}-{doc_id[:8]}"
        if len(stem.encode("utf-8")) > MAX_STEM_BYTES:  # file systems cap names at 255 bytes
            cut = stem.encode("utf-8")[:MAX_STEM_BYTES - 9].decode("utf-8", "ignore")
            stem = f"{cut}-{doc_id[:8]}"
        length = 8
        base = stem
        while stem.casefold() in self.taken:
            length += 4
            stem = f"{base}-{doc_id[:length]}" if length <= 64 else f"{base}-{len(self.taken)}"
        self.taken.add(stem.casefold())
        return stem


def run_batch(cfg: BatchConfig, on_progress: Callable[[ManifestRow], None] | None = None,
              on_total: Callable[[int], None] | None = None,
              on_phase: Callable[[str], None] | None = None,
              on_wait: Callable[[str], None] | None = None,
              on_page: Callable[[int], None] | None = None) -> BatchSummary:
    """Run a whole batch and assemble the tables.  Raises only for problems with the run
    itself (unwritable output folder …), never for a bad input.

    Runs on one output folder take turns (a folder lock; ``on_wait`` hears about the wait).
    The tables hold every input of every run into the folder (the catalog): this run's
    inputs replace their earlier rows, the others stay unless ``cfg.prune``."""
    store = OutputStore(cfg.out)
    store.prepare()
    with store.lock(on_wait=on_wait):
        return _run_locked(cfg, store, on_progress, on_total, on_phase, on_page)


def _run_locked(cfg: BatchConfig, store: OutputStore, on_progress, on_total, on_phase, on_page
                ) -> BatchSummary:
    started = time.perf_counter()
    settings = cfg.settings
    limits = cfg.limits or ArchiveLimits(max_member_bytes=settings.max_bytes)
    store.sweep_temporary()
    catalog = store.load_catalog()
    fingerprint = settings.fingerprint()
    items = list(iter_inputs(cfg.inputs, limits, exclude=store.root))
    if on_total:
        on_total(len(items))
    this_run = {item.path for item in items}
    earlier = {p: e for p, e in catalog.items() if p not in this_run}
    # Content of an earlier run's input that is still there: a copy in this run is a duplicate.
    # Content whose earlier input is gone: this run's copy is that input renamed or moved.
    held_content: dict[str, tuple[str, str]] = {}
    for path, e in sorted(earlier.items()):
        if e.get("status") in ("ok", "partial") and e.get("doc_id") and e.get("stem") and _input_exists(path):
            held_content.setdefault(e["doc_id"], (path, e["stem"]))
    stems_of = _Stems(items, {e["stem"] for e in earlier.values() if e.get("stem") and not cfg.prune})
    manifest: list[ManifestRow | None] = [None] * len(items)
    keys: dict[int, str] = {}
    stems: dict[int, str] = {}
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

    def task_for(index: int, item: InputItem, first_path: dict[str, tuple[str, str]]) -> Task | None:
        if item.refusal is not None:
            record(index, row(item, status=item.refusal_status, error_kind=item.refusal.kind,
                              message=item.refusal.user_message()))
            return None
        try:
            doc_id = hash_item(item, settings.max_bytes)
        except Exception as exc:  # noqa: BLE001 — hashing reads the input: any failure is its row
            error = classify(exc, item.path)
            record(index, row(item, error_kind=error.kind, message=error.user_message()))
            return None
        duplicate_of = first_path.get(doc_id) or (None if cfg.prune else held_content.get(doc_id))
        if duplicate_of:
            original, stem = duplicate_of
            record(index, row(item, doc_id=doc_id, stem=stem, status="skipped",
                              message=f"duplicate of {original}"))
            return None
        stem = stems_of.assign(item.name, doc_id)
        first_path[doc_id] = (item.path, stem)
        key = part_key(doc_id, item.name, __version__, fingerprint)
        stems[index], keys[index], doc_ids[index] = stem, key, doc_id
        part = None if cfg.force else store.reusable_part(key, stem)
        if part is not None and (part["status"] != "failed" or part.get("error_kind") in CACHED_FAILURES):
            counters["reused"] += 1
            record(index, row(item, doc_id=doc_id, stem=stem if part["status"] != "failed" else None,
                              status=part["status"], error_kind=part.get("error_kind"),
                              message=part.get("message"), attempts=part.get("attempts", 1),
                              pages=part.get("pages"), ocr_pages=part.get("ocr_pages"),
                              seconds=part.get("seconds")))
            return None
        return Task(index=index, item=item, doc_id=doc_id, stem=stem, key=key)

    def tasks() -> Iterator[Task]:
        first_path: dict[str, tuple[str, str]] = {}
        for index, item in enumerate(items):
            task = task_for(index, item, first_path)
            if task is not None:
                yield task

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
    if on_page is not None and hasattr(executor, "on_page"):
        executor.on_page = on_page
    # Hashing (and decompressing) the next inputs overlaps with the workers' extraction.
    executor.run(_prefetch(tasks(), depth=2 * max(1, cfg.workers)), done)

    if on_phase:
        on_phase("tables")
    final = [m for m in manifest if m is not None]
    assert len(final) == len(items), "every input must have its manifest row"
    new_catalog = _merge_catalog(store, catalog, manifest, keys, this_run, cfg.prune)
    store.save_catalog(new_catalog)
    rows = [ManifestRow(**{k: e.get(k) for k in ManifestRow.__dataclass_fields__}) for e in new_catalog.values()]
    extracted = [(e["stem"], e["key"]) for e in new_catalog.values()
                 if e.get("status") in ("ok", "partial") and e.get("key") and e.get("stem")]
    store.assemble(rows, extracted)
    return BatchSummary(out=store.root, manifest=final, extracted=counters["extracted"],
                        reused=counters["reused"], seconds=time.perf_counter() - started,
                        peak_rss_mb=peak, cpu_seconds=cpu)


def _merge_catalog(store: OutputStore, catalog: dict[str, dict[str, Any]],
                   manifest: list[ManifestRow | None], keys: dict[int, str], this_run: set[str],
                   prune: bool) -> dict[str, dict[str, Any]]:
    """The folder's inputs after this run: earlier entries (unless pruned, or renamed: their
    content is among this run's documents and their file is gone), then this run's rows.
    JSON and text of stems no entry holds any more are removed (they are vnplan's own)."""
    from dataclasses import asdict

    new: dict[str, dict[str, Any]] = {}
    run_content = {m.doc_id for m in manifest if m is not None and m.doc_id and m.status != "skipped"}
    for path, e in catalog.items():
        if path in this_run or prune:
            continue
        if e.get("doc_id") in run_content and not _input_exists(path):
            continue  # renamed or moved: this run holds it under its new path
        if e.get("status") in ("ok", "partial") and not (e.get("key") and store.part_path(e["key"]).is_file()):
            e = dict(e, status="failed", stem=None, key=None, error_kind="results_missing",
                     message=PipelineError("results_missing", f"{path}: its stored results are "
                                           "missing").user_message())
        new[path] = e
    for index, m in enumerate(manifest):
        if m is None:
            continue
        has_rows = m.status in ("ok", "partial") and index in keys
        new[m.path] = dict(asdict(m), key=keys[index] if has_rows else None)
    kept = {e["stem"] for e in new.values() if e.get("stem")}
    for e in catalog.values():
        stem = e.get("stem")
        if stem and stem not in kept and e.get("status") in ("ok", "partial"):
            store.remove_document(stem)
    return new


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
    memory_mb = cfg.memory_mb if cfg.memory_mb is not None else default_memory_mb(cfg.workers)
    return ProcessPoolExecutor(cfg.settings, store, cfg.workers, cfg.timeout,
                               int(memory_mb * 2**20) if memory_mb else None)


_WARM_ON_IMPORT = "VNPLAN_WARM_ON_IMPORT"
if os.environ.get(_WARM_ON_IMPORT) == "1" and any("multiprocessing.forkserver" in a for a in sys.orig_argv):
    warm_up(Settings())  # in the fork server only (see _mp_context)
