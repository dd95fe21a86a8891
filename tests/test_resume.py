"""kill -9 at random moments, then resume: the tables equal a clean run's, with no duplicates.

The corpus is generated from the seed texts (numbers varied so every document is new content)
plus a few digital PDFs.  Kill moments are drawn from a seeded generator: half at a random point of
the run's progress (so real work is surely interrupted), half at a random time across the length
of a clean run (so they also land in start-up, enumeration and table assembly).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.support.hostile import make_variant_corpus
from pipeline.store import DATA_TABLES

SEEDS = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))
CMD = [sys.executable, "-c", "from pipeline.cli import main; main()", "extract"]


def start(corpus: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([*CMD, str(corpus), "--out", str(out), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def tables(out: Path) -> dict[str, list]:
    con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
    try:
        got = {t: con.execute(f'SELECT * FROM "{t}"').fetchall() for t in DATA_TABLES}
        got["manifest"] = con.execute("SELECT * EXCLUDE (seconds) FROM manifest").fetchall()
        return got
    finally:
        con.close()


def count_parts(out: Path) -> int:
    return sum(1 for _ in (out / ".parts").rglob("*.json")) if (out / ".parts").is_dir() else 0


@pytest.mark.slow
def test_kill_9_then_resume_gives_identical_tables(tmp_path):
    corpus = tmp_path / "corpus"
    docs = make_variant_corpus(corpus, SEEDS, 70, pdf_every=7)
    clean, killed = tmp_path / "clean", tmp_path / "killed"

    t0 = time.monotonic()
    proc = start(corpus, clean)
    _, err = proc.communicate(timeout=600)
    duration = time.monotonic() - t0
    assert proc.returncode == 0, err

    rng = random.Random(20240601)
    progress = []
    for round_ in range(4):
        proc = start(corpus, killed)
        if round_ % 2 == 0:
            # Kill when the run reaches a random point of its progress: real work is certain
            # to be interrupted, whatever the machine's speed.
            target = count_parts(killed) + rng.randint(1, max(1, (len(docs) - count_parts(killed)) // 2))
            deadline = time.monotonic() + 120
            while count_parts(killed) < target and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
        else:
            time.sleep(rng.uniform(0.3, max(0.5, duration * 0.9)))
        if round_ % 2:
            os.killpg(proc.pid, signal.SIGKILL)  # everything at once, as a power cut would
        else:
            proc.send_signal(signal.SIGKILL)  # only the driver: orphaned workers finish and exit
        proc.communicate(timeout=60)
        progress.append(count_parts(killed))
        if progress[-1] == len(docs):
            break
    # The kills must have interrupted real work at least once for the test to mean anything.
    assert any(0 < n < len(docs) for n in progress), progress

    time.sleep(0.5)  # orphaned workers of the last kill finish their document
    final = start(corpus, killed)
    out, err = final.communicate(timeout=600)
    assert final.returncode == 0, err
    assert "Traceback" not in out + err
    assert "reused from an earlier run" in out

    a, b = tables(clean), tables(killed)
    assert a == b
    for t in DATA_TABLES:
        assert (clean / "tables" / f"{t}.parquet").read_bytes() == (killed / "tables" / f"{t}.parquet").read_bytes(), t
    con = duckdb.connect(str(killed / "vnplan.duckdb"), read_only=True)
    n_docs, n_ids = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone()
    n_rows, n_paths = con.execute("SELECT count(*), count(DISTINCT path) FROM manifest").fetchone()
    con.close()
    assert n_docs == n_ids == len(docs) and n_rows == n_paths == len(docs)
    assert sorted(p.name for p in (killed / "json").iterdir() if p.suffix == ".json") == sorted(
        f"{d.stem}.json" for d in docs)
