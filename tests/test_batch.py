"""`vnplan extract` as a batch: layout, manifest, duplicates, stems, zips, symlinks, resume,
determinism, exit codes, time limits and dying workers — all through the real CLI or the real
run loop, with real worker processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import duckdb
import pytest

from pipeline.batch import BatchConfig, run_batch
from pipeline.settings import Settings
from pipeline.store import ALL_TABLES, DATA_TABLES

SEEDS = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from pipeline.cli import main; main()", "extract", *args],
                          capture_output=True, text=True, timeout=timeout)


def manifest(out: Path) -> dict[str, dict]:
    con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
    try:
        cur = con.execute("SELECT * FROM manifest ORDER BY path")
        cols = [d[0] for d in cur.description]
        return {r[0]: dict(zip(cols, r)) for r in cur.fetchall()}
    finally:
        con.close()


def table_bytes(out: Path) -> dict[str, bytes]:
    return {t: (out / "tables" / f"{t}.parquet").read_bytes() for t in DATA_TABLES}


def seed_corpus(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in SEEDS:
        p = folder / seed.name
        p.write_bytes(seed.read_bytes())
        paths.append(p)
    return paths


def assert_no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr


# ------------------------------------------------------------------------- layout


def test_layout_manifest_and_tables(tmp_path):
    src = seed_corpus(tmp_path / "in")
    out = tmp_path / "out"
    proc = run_cli(str(tmp_path / "in"), "--out", str(out), "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    assert_no_traceback(proc)
    assert "5 ok" in proc.stdout and str(out / "vnplan.duckdb") in proc.stdout
    for p in src:
        doc = json.loads((out / "json" / f"{p.stem}.json").read_text(encoding="utf-8"))
        assert doc["source"] == p.name and doc["status"] == "ok"
        assert set(doc) >= {"document", "references", "assignments", "deadlines"}
        assert (out / "text" / f"{p.stem}.txt").read_text(encoding="utf-8").strip()
    for t in ALL_TABLES:
        assert (out / "tables" / f"{t}.parquet").is_file()
    rows = manifest(out)
    assert len(rows) == 5
    for p in src:
        r = rows[p.as_posix()]
        assert r["status"] == "ok" and r["error_kind"] is None and r["attempts"] == 1
        assert r["doc_id"] == __import__("hashlib").sha256(p.read_bytes()).hexdigest()
        assert r["stem"] == p.stem and r["pages"] >= 1 and r["settings"] == Settings().fingerprint()
    con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
    # the six tables, plus the views of identity.VIEWS (SHOW TABLES lists both)
    assert sorted(x[0] for x in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()) == sorted(ALL_TABLES)
    assert {x[0] for x in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()} \
        >= {"citations", "agency_assignments", "document_deadlines", "document_context"}
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    # The DuckDB tables are the Parquet tables.
    for t in ALL_TABLES:
        a = con.execute(f'SELECT * FROM "{t}"').fetchall()
        b = con.execute(f"SELECT * FROM read_parquet('{out / 'tables' / f'{t}.parquet'}')").fetchall()
        assert a == b


def test_same_input_gives_byte_identical_tables_and_resume_reuses(tmp_path):
    seed_corpus(tmp_path / "in")
    out1, out2 = tmp_path / "a", tmp_path / "b"
    assert run_cli(str(tmp_path / "in"), "--out", str(out1), "--workers", "2").returncode == 0
    assert run_cli(str(tmp_path / "in"), "--out", str(out2), "--workers", "0").returncode == 0
    assert table_bytes(out1) == table_bytes(out2)

    again = run_cli(str(tmp_path / "in"), "--out", str(out1), "--workers", "2")
    assert again.returncode == 0 and "0 extracted" in again.stdout and "5 reused" in again.stdout
    assert table_bytes(out1) == table_bytes(out2)

    forced = run_cli(str(tmp_path / "in"), "--out", str(out1), "--workers", "2", "--force")
    assert "5 extracted" in forced.stdout and "0 reused" in forced.stdout
    assert table_bytes(out1) == table_bytes(out2)


def test_changed_settings_extract_again(tmp_path):
    seed_corpus(tmp_path / "in")
    out = tmp_path / "out"
    run_cli(str(tmp_path / "in"), "--out", str(out), "--workers", "0")
    proc = run_cli(str(tmp_path / "in"), "--out", str(out), "--workers", "0", "--max-pages", "50")
    assert "5 extracted" in proc.stdout
    assert {r["settings"] for r in manifest(out).values()} == {Settings(max_pages=50).fingerprint()}


def test_duplicates_and_stem_collisions(tmp_path):
    a, b = SEEDS[0].read_bytes(), SEEDS[1].read_bytes()
    (tmp_path / "in" / "x").mkdir(parents=True)
    (tmp_path / "in" / "y").mkdir()
    (tmp_path / "in" / "x" / "plan.txt").write_bytes(a)
    (tmp_path / "in" / "y" / "plan.md").write_bytes(b)  # same stem, other content
    (tmp_path / "in" / "y" / "copy.txt").write_bytes(a)  # same content as x/plan.txt
    out = tmp_path / "out"
    proc = run_cli(str(tmp_path / "in"), "--out", str(out), "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    rows = manifest(out)
    first, other, dup = (rows[(tmp_path / "in" / p).as_posix()] for p in ("x/plan.txt", "y/plan.md", "y/copy.txt"))
    assert first["stem"] != other["stem"] and first["stem"].startswith("plan-") and other["stem"].startswith("plan-")
    assert first["stem"] == f"plan-{first['doc_id'][:8]}"
    assert dup["status"] == "skipped" and dup["doc_id"] == first["doc_id"]
    assert dup["message"] == f"duplicate of {(tmp_path / 'in' / 'x' / 'plan.txt').as_posix()}"
    assert dup["stem"] == first["stem"]
    con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
    docs = dict(con.execute("SELECT doc_id, doc FROM documents").fetchall())
    assert docs == {first["doc_id"]: first["stem"], other["doc_id"]: other["stem"]}
    assert (out / "json" / f"{first['stem']}.json").is_file() and (out / "json" / f"{other['stem']}.json").is_file()
    assert "skipped" in proc.stdout and "duplicate 1" in proc.stdout


def test_zip_input_equals_folder_input(tmp_path):
    seed_corpus(tmp_path / "in")
    archive = tmp_path / "archive.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in SEEDS:
            zf.write(p, f"nested/{p.name}")
    out_dir, out_zip = tmp_path / "from_dir", tmp_path / "from_zip"
    assert run_cli(str(tmp_path / "in"), "--out", str(out_dir), "--workers", "2").returncode == 0
    assert run_cli(str(archive), "--out", str(out_zip), "--workers", "2").returncode == 0
    assert table_bytes(out_dir) == table_bytes(out_zip)
    rows = manifest(out_zip)
    assert set(rows) == {f"{archive.as_posix()}!/nested/{p.name}" for p in SEEDS}
    # Members are never written to disk outside the output folder.
    assert sorted(x.name for x in tmp_path.iterdir()) == ["archive.zip", "from_dir", "from_zip", "in"]


def test_zip_limits(tmp_path):
    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for i in range(5):
            zf.writestr(f"d{i}.txt", SEEDS[0].read_text(encoding="utf-8") + f"\n{i}\n")
    from pipeline.inputs import ArchiveLimits

    summary = run_batch(BatchConfig(inputs=[str(archive)], out=str(tmp_path / "o"),
                                    limits=ArchiveLimits(max_members=3)))
    assert [(r.path, r.status, r.error_kind) for r in summary.manifest] == [(archive.as_posix(), "failed", "unsafe")]
    summary = run_batch(BatchConfig(inputs=[str(archive)], out=str(tmp_path / "o2"),
                                    limits=ArchiveLimits(max_total_bytes=1000)))
    assert summary.manifest[0].error_kind == "unsafe" and "zip bomb" in summary.manifest[0].message
    summary = run_batch(BatchConfig(inputs=[str(archive)], out=str(tmp_path / "o3"),
                                    settings=Settings(max_bytes=1000)))
    assert {r.error_kind for r in summary.manifest} == {"too_large"} and len(summary.manifest) == 5


def test_symlinks_leaving_the_root_are_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(SEEDS[0].read_bytes())
    (outside / "dir").mkdir()
    (outside / "dir" / "other.txt").write_bytes(SEEDS[1].read_bytes())
    root = tmp_path / "in"
    seed_corpus(root)
    os.symlink(outside / "secret.txt", root / "link.txt")
    os.symlink(outside / "dir", root / "linkdir")
    os.symlink(root / SEEDS[2].name, root / "inside_link.txt")  # stays inside: followed
    out = tmp_path / "out"
    proc = run_cli(str(root), "--out", str(out), "--workers", "0")
    assert proc.returncode == 0, proc.stderr
    rows = manifest(out)
    for name in ("link.txt", "linkdir"):
        r = rows[(root / name).as_posix()]
        assert (r["status"], r["error_kind"]) == ("skipped", "unsafe") and "outside" in r["message"]
    inside = rows[(root / "inside_link.txt").as_posix()]
    assert inside["status"] == "skipped" and inside["message"].startswith("duplicate of")
    assert not any("other.txt" in p for p in rows)


# ---------------------------------------------------------------------- usage & exit


def test_exit_codes_and_usage(tmp_path):
    missing = run_cli(str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert_no_traceback(missing)
    bad = run_cli("--workers", "-3")
    assert bad.returncode == 2
    helped = run_cli("--help")
    assert helped.returncode == 0 and "Examples" in helped.stdout and "Exit codes" in helped.stdout
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "ok.txt").write_bytes(SEEDS[0].read_bytes())
    some_failed = run_cli(str(tmp_path / "in"), "--out", str(tmp_path / "o"))
    assert some_failed.returncode == 1 and "failed by kind: empty 1" in some_failed.stdout
    assert_no_traceback(some_failed)


def test_unwritable_output_is_a_one_line_error(tmp_path):
    seed_corpus(tmp_path / "in")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    proc = run_cli(str(tmp_path / "in"), "--out", str(blocker / "sub"))
    assert proc.returncode in (2, 3)
    assert_no_traceback(proc)
    assert proc.stderr.strip().startswith("Error")


# ------------------------------------------------------------------ time limit, deaths


def _scan_png(path: Path, lines: int = 60) -> None:
    """A full A4 page of text at 300 dpi: OCR takes seconds, which is what the limit is for."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    text = SEEDS[0].read_text(encoding="utf-8").split()
    for i in range(lines):
        draw.text((150, 150 + i * 55), " ".join(text[i * 9:(i + 1) * 9]), font=font, fill=0)
    img.save(path)


def _scan_pdf(path: Path, pages: int = 6) -> None:
    """An image-only PDF: every page goes through OCR, several seconds in all."""
    from PIL import Image

    _scan_png(path.with_suffix(".png"))
    img = Image.open(path.with_suffix(".png"))
    img.save(path, save_all=True, append_images=[img] * (pages - 1), resolution=300)
    path.with_suffix(".png").unlink()


@pytest.mark.slow
def test_timeout_kills_only_that_document(tmp_path):
    root = tmp_path / "in"
    seed_corpus(root)
    _scan_pdf(root / "slow_scan.pdf")
    out = tmp_path / "out"
    started = time.monotonic()
    proc = run_cli(str(root), "--out", str(out), "--workers", "2", "--timeout", "6")
    assert time.monotonic() - started < 60
    assert proc.returncode == 1, proc.stdout + proc.stderr
    rows = manifest(out)
    slow = rows[(root / "slow_scan.pdf").as_posix()]
    assert (slow["status"], slow["error_kind"]) == ("failed", "timeout") and "--timeout" in slow["message"]
    assert 6 <= slow["seconds"] < 15
    assert sum(r["status"] == "ok" for r in rows.values()) == 5
    # A timeout is not cached: the next run tries that document again (and only that one).
    again = run_cli(str(root), "--out", str(out), "--workers", "2", "--timeout", "6")
    assert "1 extracted" in again.stdout and "5 reused" in again.stdout


@pytest.mark.slow
def test_dead_worker_is_retried_then_reported(tmp_path, monkeypatch, request):
    """Kill the worker that holds the slow document (as the OOM killer would): it is retried
    once in a fresh worker; killed again, it becomes a 'memory' row and the batch goes on."""
    import psutil

    from pipeline import ocr

    # The worker OCRing the page is found by its Tesseract child: the program, not the library
    # a worker otherwise loads (VNPLAN_TESSERACT_API=0; the answer is cached per process, and a
    # forked worker would inherit it)
    monkeypatch.setenv("VNPLAN_TESSERACT_API", "0")
    ocr._tesseract_library.cache_clear()
    request.addfinalizer(ocr._tesseract_library.cache_clear)  # later tests load the library again

    root = tmp_path / "in"
    seed_corpus(root)
    _scan_png(root / "victim.png")
    result: dict = {}

    def run() -> None:
        result["summary"] = run_batch(BatchConfig(inputs=[str(root)], out=str(tmp_path / "out"),
                                                  workers=2, timeout=120))

    thread = threading.Thread(target=run)
    thread.start()
    killed: set[int] = set()
    deadline = time.monotonic() + 60
    while thread.is_alive() and len(killed) < 2 and time.monotonic() < deadline:
        for child in psutil.Process().children(recursive=True):
            try:
                # The worker OCRing the page runs Tesseract as its own child.
                if child.pid not in killed and any("tesseract" in c.name() for c in child.children()):
                    child.send_signal(signal.SIGKILL)
                    killed.add(child.pid)
            except psutil.Error:
                pass
        time.sleep(0.05)
    thread.join(120)
    assert len(killed) == 2
    rows = {r.path: r for r in result["summary"].manifest}
    victim = rows[(root / "victim.png").as_posix()]
    assert (victim.status, victim.error_kind, victim.attempts) == ("failed", "memory", 2), victim.message
    assert sum(r.status == "ok" for r in rows.values()) == 5


def test_output_folder_inside_an_input_folder_is_not_read(tmp_path):
    root = tmp_path / "data"
    seed_corpus(root / "raw")
    out = root / "extracted"
    for _ in range(2):  # the second run would see the first run's JSON and text files
        proc = run_cli(str(root), "--out", str(out), "--workers", "0")
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert set(manifest(out)) == {(root / "raw" / p.name).as_posix() for p in SEEDS}


def test_docx_named_zip_is_one_document(tmp_path):
    from tests.support.hostile import docx_bytes

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plan.zip").write_bytes(docx_bytes())
    summary = run_batch(BatchConfig(inputs=[str(tmp_path / "in")], out=str(tmp_path / "o")))
    assert [(r.path, r.status) for r in summary.manifest] == [((tmp_path / "in" / "plan.zip").as_posix(), "ok")]


def test_column_types_are_declared_whatever_the_data(tmp_path):
    # Was: types followed the data (plan_year became text when one part held "2025"), so
    # the same column had another type in another run.  Now schema.py declares them.
    import pyarrow.parquet as pq

    from pipeline.store import ManifestRow, OutputStore

    store = OutputStore(tmp_path)
    store.prepare()
    for stem, key, year in (("b", "k2", "2025"), ("a", "k1", 2024)):
        part = {"key": key, "status": "ok",
                "rows": {"documents": [{"doc_id": key, "doc": "old-stem", "plan_year": year, "pages": 1,
                                        "recipients": ["a", "b"], "new_column": 1}]}}
        store.write_document(stem, key, part, {"doc": stem}, "text")
    store.assemble([ManifestRow("p", None, None, "failed", "empty", "m", 1, None, None, None, 0, "v", "s")],
                   [("b", "k2"), ("a", "k1")])
    docs = pq.read_table(tmp_path / "tables" / "documents.parquet")
    assert docs.column("doc").to_pylist() == ["a", "b"]  # sorted by stem, restemmed
    assert docs.column("plan_year").to_pylist() == [2024, 2025]
    assert str(docs.schema.field("plan_year").type) == "int64"
    assert str(docs.schema.field("pages").type) == "int64"
    assert docs.column("recipients").to_pylist() == ['["a", "b"]'] * 2  # non-text as JSON text
    assert docs.column("new_column").to_pylist() == ["1", "1"]  # undeclared: kept, as text
    # Empty tables still carry their columns (from a probe document of the models).
    refs = pq.read_table(tmp_path / "tables" / "legal_references.parquet")
    assert refs.num_rows == 0 and {"doc_id", "doc", "key", "year", "basis"} <= set(refs.column_names)


def test_very_long_names_get_a_short_unique_stem(tmp_path):
    # No file system here would even create such a file, but a zip member can carry the name.
    name = "kế-hoạch-" * 25 + ".txt"  # 250 characters, over 255 bytes in UTF-8
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        zf.writestr(name, SEEDS[0].read_bytes())
    summary = run_batch(BatchConfig(inputs=[str(tmp_path / "a.zip")], out=str(tmp_path / "o")))
    row = summary.manifest[0]
    assert row.status == "ok" and len(row.stem.encode()) <= 200 and row.stem.endswith(row.doc_id[:8])
    assert (tmp_path / "o" / "json" / f"{row.stem}.json").is_file()
