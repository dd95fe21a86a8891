"""The hostile corpus (tests/support/hostile.py, scripts/make_hostile_corpus.py): every file gets
its manifest row with the expected status and kind, files whose extension lies are read
correctly, nothing is resolved or extracted that must not be, and the batch exits with 1."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.support.hostile import SAMPLE_TEXT, make_hostile_corpus

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    corpus, out = base / "corpus", base / "out"
    expect = make_hostile_corpus(corpus)
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", "from pipeline.cli import main; main()", "extract", str(corpus),
         "--out", str(out), "--workers", "2", "--timeout", "30"],
        capture_output=True, text=True, timeout=600)
    elapsed = time.monotonic() - started
    con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
    cur = con.execute("SELECT * FROM manifest")
    cols = [d[0] for d in cur.description]
    rows = {r[0]: dict(zip(cols, r)) for r in cur.fetchall()}
    con.close()
    return {"corpus": corpus, "out": out, "expect": expect, "proc": proc, "rows": rows, "elapsed": elapsed}


def test_batch_completes_with_exit_code_1_and_no_traceback(hostile_run):
    proc = hostile_run["proc"]
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "failed by kind:" in proc.stdout
    assert hostile_run["elapsed"] < 180


def test_every_file_has_its_row(hostile_run):
    corpus = hostile_run["corpus"].as_posix()
    got = {path[len(corpus) + 1:]: (r["status"], r["error_kind"]) for path, r in hostile_run["rows"].items()}
    want = {name: (e.status, e.kind) for name, e in hostile_run["expect"].items()}
    assert got == want


def test_failure_messages_say_what_to_do(hostile_run):
    for path, r in hostile_run["rows"].items():
        if r["status"] == "failed":
            assert r["message"] and " — " in r["message"], path  # the specific problem — the remedy
            assert "\n" not in r["message"]


def test_lying_extensions_and_legacy_text_are_read(hostile_run):
    out, rows, corpus = hostile_run["out"], hostile_run["rows"], hostile_run["corpus"]
    for name in ("docx_named.pdf", "pdf_named.txt", "cp1258.txt", "valid.txt", "valid.pdf"):
        stem = rows[(corpus / name).as_posix()]["stem"]
        text = (out / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        assert "cải cách hành chính" in text, name
        assert "Tuyên truyền" in text or "TUYÊN TRUYỀN" in text.upper(), name
    cp = rows[(corpus / "cp1258.txt").as_posix()]["stem"]
    doc = json.loads((out / "json" / f"{cp}.json").read_text(encoding="utf-8"))
    assert any("cp1258" in w for w in doc["warnings"])
    assert (out / "text" / f"{cp}.txt").read_text(encoding="utf-8").strip() == SAMPLE_TEXT.strip()


def test_long_single_line_finishes_quickly(hostile_run):
    row = hostile_run["rows"][(hostile_run["corpus"] / "long_line.txt").as_posix()]
    assert row["status"] == "ok"
    assert row["seconds"] < 30, f"a 4 MB line took {row['seconds']:.1f} s: some stage is super-linear"


def test_nothing_resolved_or_escaped(hostile_run):
    out, base = hostile_run["out"], hostile_run["corpus"].parent
    for f in out.rglob("*"):
        if f.is_file() and f.suffix in (".json", ".txt"):
            assert "root:x:0:0" not in f.read_text(encoding="utf-8", errors="replace"), f
    # The traversal members were never written anywhere.
    assert not (base / "escape.txt").exists() and not (hostile_run["corpus"].parent.parent / "escape.txt").exists()
    assert not Path("/etc/absolute.txt").exists()
    assert sorted(p.name for p in base.iterdir()) == ["corpus", "out"]


def test_duplicate_points_at_the_original(hostile_run):
    rows, corpus = hostile_run["rows"], hostile_run["corpus"]
    copy, orig = rows[(corpus / "valid_copy.txt").as_posix()], rows[(corpus / "valid.txt").as_posix()]
    assert copy["doc_id"] == orig["doc_id"] and copy["message"] == f"duplicate of {(corpus / 'valid.txt').as_posix()}"


def test_generator_script(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_hostile_corpus.py"), str(tmp_path / "c")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "traversal.zip!/../escape.txt" in proc.stdout
    if shutil.which("qpdf"):
        assert (tmp_path / "c" / "encrypted.pdf").is_file()
    # Deterministic: a second corpus has the same bytes.
    make_hostile_corpus(tmp_path / "d")
    for f in (tmp_path / "c").iterdir():
        if f.name != "encrypted.pdf":  # AES uses a random IV
            assert f.read_bytes() == (tmp_path / "d" / f.name).read_bytes(), f.name
