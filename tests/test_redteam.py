"""Issue 14, the analyst's second day: incremental and concurrent runs into one output folder,
the red-team inputs (tests/support/redteam.py, scripts/make_redteam_corpus.py), results a
colleague can open, registry imports at their edges, and the audit's outputs."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pipeline.batch import BatchConfig, Task, check_ray_address, extract_task, run_batch
from pipeline.cli import main
from pipeline.errors import RunError
from tests.support.hostile import SAMPLE_TEXT
from pipeline.inputs import InputItem
from tests.support.redteam import (FORMULA_NAME, TERMINAL_NAME, catalog_parquet_with_nat,
                              catalog_quadratic_symbol, catalog_with_huge_field, catalog_zero_rows,
                              make_redteam_corpus)
from pipeline.settings import Settings
from pipeline.store import OutputStore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "data" / "seeds").glob("*.txt"))


def cli(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from pipeline.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def table(out: Path, name: str) -> list[dict]:
    con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
    try:
        cur = con.execute(f'SELECT * FROM "{name}"')
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
    finally:
        con.close()


def docs_in(out: Path) -> list[str]:
    return sorted(r["doc"] for r in table(out, "documents"))


def write_seeds(folder: Path, seeds: list[Path]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for s in seeds:
        shutil.copy(s, folder / s.name)


# --------------------------------------------------------------------- the red-team corpus


@pytest.fixture(scope="module")
def redteam_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("redteam")
    corpus, out = base / "corpus", base / "out"
    # The DOCX bomb at 80 MB of XML is over the 64 MB cap as surely as at 280 MB, and quicker
    # to make; the memory limit is low so the form bomb hits it in seconds.
    expect = make_redteam_corpus(corpus, docx_bomb_mb=80, text_mb=100)
    started = time.monotonic()
    proc = cli("extract", str(corpus), "--out", str(out), "--workers", "2", "--timeout", "60",
               "--memory-mb", "1024", "--no-progress")
    return {"corpus": corpus, "out": out, "expect": expect, "proc": proc,
            "rows": {r["path"]: r for r in table(out, "manifest")}, "elapsed": time.monotonic() - started}


def test_redteam_every_input_is_a_row_with_its_kind(redteam_run):
    proc = redteam_run["proc"]
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr and "crashed" not in proc.stderr
    corpus = redteam_run["corpus"].as_posix()
    got = {p[len(corpus) + 1:]: (r["status"], r["error_kind"]) for p, r in redteam_run["rows"].items()}
    assert got == {name: (e.status, e.kind) for name, e in redteam_run["expect"].items()}
    assert redteam_run["elapsed"] < 240


def test_redteam_summary_shows_names_escaped(redteam_run):
    out = redteam_run["proc"].stdout
    assert "\x1b" not in out and "\r" not in out
    assert not any(line.startswith("0 failed") for line in out.splitlines())  # no forged line


def test_redteam_memory_bomb_is_pinned_on_memory_not_a_crash(redteam_run):
    row = next(r for p, r in redteam_run["rows"].items() if p.endswith("form_bomb.pdf"))
    assert row["error_kind"] == "memory" and "memory limit" in row["message"]
    assert row["attempts"] == 1  # not retried: it would only exhaust memory again


def test_redteam_generator_script(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_redteam_corpus.py"),
                           str(tmp_path / "c"), "--no-bombs"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "dtd_utf16.docx" in proc.stdout and "\\x1b" in proc.stdout
    assert not (tmp_path / "c" / "form_bomb.pdf").exists()


# --------------------------------------------------------------------------- incremental


def test_batches_add_up_an_empty_run_keeps_them_and_prune_drops(tmp_path):
    a, b, empty, out = tmp_path / "a", tmp_path / "b", tmp_path / "empty", tmp_path / "out"
    write_seeds(a, SEEDS[:2])
    write_seeds(b, SEEDS[2:4])
    empty.mkdir()
    for folder in (a, b, empty):
        run_batch(BatchConfig(inputs=[str(folder)], out=str(out)))
    assert docs_in(out) == sorted(s.stem for s in SEEDS[:4])
    assert len(table(out, "manifest")) == 4
    proc = cli("extract", str(b), "--out", str(out), "--workers", "0", "--prune")
    assert proc.returncode == 0, proc.stderr
    assert docs_in(out) == sorted(s.stem for s in SEEDS[2:4])
    assert sorted(p.stem for p in (out / "json").glob("*.json")) == sorted(s.stem for s in SEEDS[2:4])


def test_audit_findings_survive_an_extract_and_stale_json_is_not_audited(tmp_path):
    a, out = tmp_path / "a", tmp_path / "out"
    write_seeds(a, SEEDS[:3])
    run_batch(BatchConfig(inputs=[str(a)], out=str(out)))
    runner = CliRunner()
    r = runner.invoke(main, ["audit", str(out), "--registry-dir", str(tmp_path / "noreg"), "--no-html"])
    assert r.exit_code == 0, r.output
    before = table(out, "audit_findings")
    assert before
    # A renamed input: its new name is extracted, its old JSON is gone and not audited.
    renamed = a / f"renamed-{SEEDS[0].name}"
    (a / SEEDS[0].name).rename(renamed)
    run_batch(BatchConfig(inputs=[str(a)], out=str(out)))
    assert SEEDS[0].stem not in docs_in(out) and renamed.stem in docs_in(out)
    assert not (out / "json" / f"{SEEDS[0].stem}.json").exists()
    kept = table(out, "audit_findings")
    assert kept and {f["doc"] for f in kept} <= set(docs_in(out))
    assert {f["doc"] for f in kept} == {f["doc"] for f in before} - {SEEDS[0].stem}
    # A stale JSON left by someone else is not part of the corpus either.
    (out / "json" / "stale.json").write_text(json.dumps({"references": [{"text": "x"}]}), encoding="utf-8")
    from pipeline.audit import load_corpus

    assert "stale" not in {d.stem for d in load_corpus(out)}


def test_a_copy_in_a_later_batch_is_a_duplicate_of_the_earlier_one(tmp_path):
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "out"
    write_seeds(a, SEEDS[:1])
    write_seeds(b, SEEDS[:1])
    run_batch(BatchConfig(inputs=[str(a)], out=str(out)))
    s = run_batch(BatchConfig(inputs=[str(b)], out=str(out)))
    assert s.manifest[0].status == "skipped" and s.manifest[0].message == f"duplicate of {(a / SEEDS[0].name).as_posix()}"
    assert docs_in(out) == [SEEDS[0].stem]


def test_same_name_in_two_batches_gets_two_stems(tmp_path):
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "out"
    a.mkdir(), b.mkdir()
    (a / "plan.txt").write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    (b / "plan.txt").write_text(SEEDS[1].read_text(encoding="utf-8"), encoding="utf-8")
    run_batch(BatchConfig(inputs=[str(a)], out=str(out)))
    s = run_batch(BatchConfig(inputs=[str(b)], out=str(out)))
    stem_b = s.manifest[0].stem
    assert stem_b != "plan" and stem_b.startswith("plan-")
    assert docs_in(out) == sorted(["plan", stem_b])
    assert json.loads((out / "json" / "plan.json").read_text(encoding="utf-8"))["doc_id"] != \
        json.loads((out / "json" / f"{stem_b}.json").read_text(encoding="utf-8"))["doc_id"]


def test_crafted_name_cannot_collide_with_a_hash_suffix(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = SEEDS[0].read_bytes()
    (src / "x.txt").write_bytes(text)
    (src / "x.md").write_bytes(SEEDS[1].read_bytes())
    (src / f"x-{hashlib.sha256(text).hexdigest()[:8]}.txt").write_bytes(SEEDS[2].read_bytes())
    s = run_batch(BatchConfig(inputs=[str(src)], out=str(tmp_path / "out")))
    stems = [r.stem for r in s.manifest]
    assert all(r.status == "ok" for r in s.manifest) and len(set(stems)) == 3
    assert len(list((tmp_path / "out" / "json").glob("*.json"))) == 3


# --------------------------------------------------------------------------- concurrency


def test_concurrent_runs_on_one_folder_take_turns(tmp_path):
    src = tmp_path / "in"
    write_seeds(src, SEEDS[:2])
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for round_ in range(3):
        args = [sys.executable, "-c", "from pipeline.cli import main; main()", "extract", str(src),
                "--out", str(out), "--workers", "0", "--force"]
        procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                 for _ in range(2)]
        results = [p.communicate(timeout=300) + (p.returncode,) for p in procs]
        for stdout, stderr, code in results:
            assert code == 0, stderr
        assert len(docs_in(out)) == 2, round_
    assert not [p for p in out.rglob("*.vnplan.tmp")]


def test_lock_refuses_clearly_when_not_waiting(tmp_path):
    from pipeline.store import FolderBusy

    store = OutputStore(tmp_path)
    with store.lock():
        child = subprocess.run(
            [sys.executable, "-c", "import sys; from pipeline.store import OutputStore, FolderBusy\n"
             "try:\n  OutputStore(sys.argv[1]).lock(wait=False).__enter__()\n"
             "except FolderBusy as e: print(e)", str(tmp_path)],
            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert "in use by another vnplan run (pid" in child.stdout
    assert FolderBusy


# ----------------------------------------------------------------------- output folder


@pytest.mark.parametrize("name", ["run[1]", "run*", "run?x"])
def test_glob_characters_in_out_are_plain_names(tmp_path, name):
    write_seeds(tmp_path / "in1", SEEDS[:1])
    write_seeds(tmp_path / "in2", SEEDS[1:3])
    run_batch(BatchConfig(inputs=[str(tmp_path / "in2")], out=str(tmp_path / "run1")))
    run_batch(BatchConfig(inputs=[str(tmp_path / "in2")], out=str(tmp_path / "runx")))
    run_batch(BatchConfig(inputs=[str(tmp_path / "in1")], out=str(tmp_path / name)))
    assert docs_in(tmp_path / name) == [SEEDS[0].stem]


def test_outputs_are_readable_by_colleagues(tmp_path):
    write_seeds(tmp_path / "in", SEEDS[:1])
    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        run_batch(BatchConfig(inputs=[str(tmp_path / "in")], out=str(out)))
    finally:
        os.umask(old)
    for path in [out / "json" / f"{SEEDS[0].stem}.json", out / "text" / f"{SEEDS[0].stem}.txt",
                 out / "tables" / "documents.parquet", out / "vnplan.duckdb"]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    for folder in (out / "json", out / "tables"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_only_our_temporary_files_are_swept(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    theirs = out / ".editor-swap.tmp"
    theirs.write_text("someone else's")
    old = time.time() - 7200
    os.utime(theirs, (old, old))
    ours = out / ".vnplan.duckdb.abc123.vnplan.tmp"
    ours.write_text("left by a killed run")
    run_batch(BatchConfig(inputs=[], out=str(out)))
    assert theirs.exists() and not ours.exists()


def test_declared_types_in_a_run_without_values(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Một dòng chữ không có năm.\n", encoding="utf-8")
    run_batch(BatchConfig(inputs=[str(tmp_path / "in")], out=str(tmp_path / "out")))
    schema = pq.read_schema(tmp_path / "out" / "tables" / "documents.parquet")
    assert str(schema.field("plan_year").type) == "int64"
    assert str(schema.field("issue_date").type) == "date32[day]"  # identity.py's DATE


def test_every_column_rows_produces_is_declared():
    from pipeline.schema import TABLE_SCHEMAS
    from pipeline.store import DATA_TABLES, probe_columns

    for table, cols in probe_columns().items():
        if table in DATA_TABLES:  # built-in kinds are declared in schema.py
            assert set(cols) <= set(TABLE_SCHEMAS[table].names), (table, set(cols) - set(TABLE_SCHEMAS[table].names))


# ---------------------------------------------------------------- resume and damaged parts


def _one_seed_run(tmp_path):
    write_seeds(tmp_path / "in", SEEDS[:1])
    out = tmp_path / "out"
    s = run_batch(BatchConfig(inputs=[str(tmp_path / "in")], out=str(out)))
    return out, s


def test_truncated_json_is_redone(tmp_path):
    out, _ = _one_seed_run(tmp_path)
    path = out / "json" / f"{SEEDS[0].stem}.json"
    full = path.read_bytes()
    path.write_bytes(full[: len(full) // 2])
    s = run_batch(BatchConfig(inputs=[str(tmp_path / "in")], out=str(out)))
    assert s.reused == 0 and s.extracted == 1 and path.read_bytes() == full


def test_part_that_is_json_but_not_an_object_is_redone(tmp_path):
    out, _ = _one_seed_run(tmp_path)
    for part in (out / ".parts").rglob("*.json"):
        if part.name != "catalog.json":
            part.write_text("[1, 2]")
    s = run_batch(BatchConfig(inputs=[str(tmp_path / "in")], out=str(out)))
    assert s.extracted == 1 and s.manifest[0].status == "ok"


def test_file_changed_during_the_run_is_not_cached(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE_TEXT, encoding="utf-8")
    task = Task(index=0, item=InputItem(path=str(f), file=str(f), size=f.stat().st_size),
                doc_id="0" * 64, stem="a", key="k")
    outcome, stored = extract_task(task, None, Settings())
    assert outcome.status == "failed" and "changed while the batch ran" in outcome.message
    assert stored is None  # nothing written: the next run tries again


def test_catalog_damaged_falls_back_to_the_manifest(tmp_path):
    out, _ = _one_seed_run(tmp_path)
    (out / ".parts" / "catalog.json").write_text("{broken")
    write_seeds(tmp_path / "more", SEEDS[1:2])
    run_batch(BatchConfig(inputs=[str(tmp_path / "more")], out=str(out)))
    assert docs_in(out) == sorted(s.stem for s in SEEDS[:2])


# ---------------------------------------------------------------------------- the CLI


@pytest.mark.parametrize("option,value", [("--timeout", "nan"), ("--timeout", "inf"),
                                          ("--max-mb", "inf"), ("--max-mb", "nan"), ("--memory-mb", "-1")])
def test_non_finite_numbers_are_usage_errors(tmp_path, option, value):
    r = CliRunner().invoke(main, ["extract", str(SEEDS[0]), "--out", str(tmp_path / "o"), option, value])
    assert r.exit_code == 2 and "finite" in r.output


def test_workers_are_capped(tmp_path, monkeypatch):
    import pipeline.cli_batch as cli_batch
    from pipeline.batch import max_workers

    seen = {}

    def fake_run(cfg, **kwargs):
        seen["workers"] = cfg.workers
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_batch, "run_batch", fake_run)
    r = CliRunner().invoke(main, ["extract", str(SEEDS[0]), "--out", str(tmp_path / "o"), "--workers", "100000"])
    assert "more than this machine can run usefully" in r.output
    assert seen["workers"] == max_workers() <= 2 * (os.cpu_count() or 1)


def test_unreachable_ray_address_fails_fast():
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(RunError, match="cannot reach the Ray cluster"):
        check_ray_address(f"ray://127.0.0.1:{port}")
    with pytest.raises(RunError, match="not host:port"):
        check_ray_address("ray://nohost")
    assert time.monotonic() - started < 10


def test_progress_lines_without_a_terminal(tmp_path):
    write_seeds(tmp_path / "in", SEEDS[:2])
    proc = cli("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", "0")
    assert "vnplan: 2/2 documents" in proc.stderr
    log = (tmp_path / "out" / "vnplan-progress.log").read_text(encoding="utf-8")
    assert "2/2 documents" in log and "doc/s" in log and "failed" in log


# ------------------------------------------------------------------ timeouts and orphans


def _processes_with_env(marker: str) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            if marker.encode() in (proc / "environ").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


SCAN = ROOT / "tests" / "data" / "scans" / "P01_phutho-cv4532-ubnd-kstthc-2011-ra-soat-tthc_scan_p1.pdf"


@pytest.fixture
def short_tmpdir():
    """A TMPDIR short enough for the worker pool's Unix sockets (at most 107 bytes with their
    names): pytest's tmp_path grows past that under a parallel run's per-worker folders."""
    path = Path(tempfile.mkdtemp(prefix="vt-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.skipif(not shutil.which("tesseract") or not SCAN.is_file(), reason="needs Tesseract and a scan")
def test_timeout_stops_tesseract_and_removes_page_images(tmp_path, short_tmpdir):
    tmp = short_tmpdir
    (tmp_path / "in").mkdir()
    for i in range(2):  # distinct content: a second page image run
        (tmp_path / "in" / f"scan{i}.pdf").write_bytes(SCAN.read_bytes() + b"\n%" + str(i).encode())
    marker = f"VNPLAN_TEST_MARK={tmp_path.name}"
    proc = cli("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", "1",
               "--timeout", "1", "--no-progress",
               env={"TMPDIR": str(tmp), "VNPLAN_TEST_MARK": tmp_path.name})
    assert proc.returncode == 1, proc.stderr
    kinds = {r["error_kind"] for r in table(tmp_path / "out", "manifest")}
    assert kinds == {"timeout"}
    time.sleep(0.5)
    assert _processes_with_env(marker) == []  # no Tesseract left running
    assert list(tmp.iterdir()) == []  # no page images, no worker folders


@pytest.mark.skipif(not shutil.which("tesseract") or not SCAN.is_file(), reason="needs Tesseract and a scan")
def test_killed_driver_leaves_no_workers(tmp_path, short_tmpdir):
    tmp = short_tmpdir
    (tmp_path / "in").mkdir()
    for i in range(4):
        (tmp_path / "in" / f"scan{i}.pdf").write_bytes(SCAN.read_bytes() + b"\n%" + str(i).encode())
    marker = f"VNPLAN_TEST_MARK={tmp_path.name}"
    driver = subprocess.Popen(
        [sys.executable, "-c", "from pipeline.cli import main; main()", "extract", str(tmp_path / "in"),
         "--out", str(tmp_path / "out"), "--workers", "2"],
        env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp), "VNPLAN_TEST_MARK": tmp_path.name},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(_processes_with_env(marker)) < 3:
        time.sleep(0.2)  # the driver, the fork server and the workers
    time.sleep(2)  # workers are busy with OCR now
    assert len(_processes_with_env(marker)) > 1
    driver.send_signal(signal.SIGKILL)
    driver.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _processes_with_env(marker):
        time.sleep(0.2)
    assert _processes_with_env(marker) == []
    assert not [p for p in tmp.iterdir() if p.name.startswith("vnplan-worker-")]


# ------------------------------------------------------------------------------ registry


def _import(path: Path, tmp_path: Path, *extra: str):
    return CliRunner().invoke(main, ["registry", "import", str(path), "--registry-dir",
                                     str(tmp_path / "reg"), *extra])


def test_registry_import_of_a_huge_field_and_audit_after_it(tmp_path):
    r = _import(catalog_with_huge_field(tmp_path / "big.csv"), tmp_path)
    assert r.exit_code == 0, r.output
    assert "imported 2 rows" in r.output
    from pipeline.registry import MAX_FIELD_CHARS, load_registry

    reg = load_registry(tmp_path / "reg")
    titles = [e.title for e in reg.entries if e.catalog == "big.csv"]
    assert max(len(t or "") for t in titles) <= MAX_FIELD_CHARS
    out, _ = _one_seed_run(tmp_path)
    r = CliRunner().invoke(main, ["audit", str(out), "--registry-dir", str(tmp_path / "reg"), "--no-html"])
    assert r.exit_code == 0, r.output


def test_registry_import_of_a_200000_character_title(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("so_ky_hieu,ngay_ban_hanh,trich_yeu,url\n"
                    f"12/2020/NĐ-CP,01/02/2020,\"{'a' * 200_000}\",https://vbpl.vn/x\n", encoding="utf-8")
    assert _import(path, tmp_path).exit_code == 0
    out, _ = _one_seed_run(tmp_path)
    r = CliRunner().invoke(main, ["audit", str(out), "--registry-dir", str(tmp_path / "reg"), "--no-html"])
    assert r.exit_code == 0, r.output


def test_registry_import_parquet_with_a_missing_date(tmp_path):
    r = _import(catalog_parquet_with_nat(tmp_path / "nat.parquet"), tmp_path)
    assert r.exit_code == 0, r.output
    assert "imported 1 rows" in r.output and "skipped 1 rows" in r.output


@pytest.mark.parametrize("name", ["zero.csv", "zero.parquet"])
def test_registry_import_of_zero_rows_is_a_message(tmp_path, name):
    r = _import(catalog_zero_rows(tmp_path / name), tmp_path, "--source", "https://vbpl.vn")
    assert r.exit_code == 1 and "no row could be imported" in r.output
    assert "Traceback" not in r.output and r.exception is None or isinstance(r.exception, SystemExit)


def test_registry_symbol_cell_of_spaces_is_linear(tmp_path):
    started = time.monotonic()
    r = _import(catalog_quadratic_symbol(tmp_path / "q.csv", spaces=50_000), tmp_path)
    assert r.exit_code == 0, r.output
    assert time.monotonic() - started < 5


# -------------------------------------------------------------------------------- audit


def test_findings_csv_is_formula_safe_with_a_bom(tmp_path):
    from pipeline.audit import Finding, write_findings_csv

    rows = [Finding("=cmd|' /C calc'!A0", "+1", "unverified", "info", "@SUM(A1)", "-2", "\tx", 1, "\rtext")]
    write_findings_csv(rows, tmp_path / "f.csv")
    raw = (tmp_path / "f.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "f.csv").open(encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    for key in ("doc", "reference", "cited", "expected", "source", "snippet"):
        assert row[key].startswith("'"), key


def test_audit_of_a_formula_named_input(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / FORMULA_NAME).write_text(SAMPLE_TEXT, encoding="utf-8")
    (tmp_path / "in" / TERMINAL_NAME).write_text(SAMPLE_TEXT.replace("12/KH", "13/KH"), encoding="utf-8")
    out = tmp_path / "out"
    run_batch(BatchConfig(inputs=[str(tmp_path / "in")], out=str(out)))
    r = CliRunner().invoke(main, ["audit", str(out), "--registry-dir", str(tmp_path / "reg"), "--no-html"])
    assert r.exit_code == 0, r.output
    with (out / "audit" / "findings.csv").open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            assert not row["doc"].startswith(("=", "+", "-", "@", "\t", "\r"))


def test_audit_of_a_damaged_database_is_a_message(tmp_path):
    out, _ = _one_seed_run(tmp_path)
    (out / "vnplan.duckdb").write_bytes(b"not a database" * 100)
    r = CliRunner().invoke(main, ["audit", str(out), "--registry-dir", str(tmp_path / "reg"), "--no-html"])
    assert r.exit_code == 1 and "cannot update" in r.output and "run `vnplan extract` again" in r.output
    assert not isinstance(r.exception, Exception) or isinstance(r.exception, SystemExit)


def test_audit_reports_unreadable_json(tmp_path):
    write_seeds(tmp_path / "in", SEEDS[:2])
    out = tmp_path / "out"
    run_batch(BatchConfig(inputs=[str(tmp_path / "in")], out=str(out)))
    path = out / "json" / f"{SEEDS[0].stem}.json"
    path.write_bytes(path.read_bytes()[:100])
    r = CliRunner().invoke(main, ["audit", str(out), "--registry-dir", str(tmp_path / "reg"), "--no-html"])
    assert r.exit_code == 0, r.output
    assert "1 documents could not be read" in r.output


# ---------------------------------------------------------------------------- disk full


def test_disk_full_while_writing_a_document_is_its_row(tmp_path, monkeypatch):
    import errno

    write_seeds(tmp_path / "in", SEEDS[:1])

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(OutputStore, "write_document", full)
    s = run_batch(BatchConfig(inputs=[str(tmp_path / "in")], out=str(tmp_path / "out")))
    row = s.manifest[0]
    assert row.status == "failed" and "the disk is full" in row.message and "free disk space" in row.message


def test_disk_full_while_writing_tables_is_a_clear_message(tmp_path, monkeypatch):
    import pipeline.cli_batch as cli_batch

    def full(*args, **kwargs):
        raise duckdb.IOException('IO Error: Could not write file "x": No space left on device')

    monkeypatch.setattr(cli_batch, "run_batch", full)
    r = CliRunner().invoke(main, ["extract", str(SEEDS[0]), "--out", str(tmp_path / "o")])
    assert r.exit_code == 3 and "the disk is full" in r.output and "please report" not in r.output


@pytest.mark.skipif(not shutil.which("tesseract") or not SCAN.is_file(), reason="needs Tesseract and a scan")
def test_progress_log_has_a_line_per_ocr_page(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(SCAN, tmp_path / "in" / "scan.pdf")
    proc = cli("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    log = (tmp_path / "out" / "vnplan-progress.log").read_text(encoding="utf-8")
    assert "(1 OCR pages in progress)" in log and "OCR page done" in log
    assert "1/1 documents, 1 pages" in log


def test_damaged_docx_copies_are_corrupt_never_internal():
    from pipeline.errors import PipelineError
    from pipeline.read import read_document
    from tests.support.redteam import mutated_docx

    kinds = {}
    for seed in range(120):
        try:
            read_document(mutated_docx(seed), f"m{seed}.docx")
            kinds[seed] = "ok"
        except PipelineError as exc:
            kinds[seed] = exc.kind
    assert "internal" not in kinds.values(), {s: k for s, k in kinds.items() if k == "internal"}
    assert set(kinds.values()) <= {"ok", "corrupt", "unsupported_type", "empty", "no_text"}
    assert list(kinds.values()).count("corrupt") > 60
