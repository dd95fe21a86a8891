"""`--engine ray`: the same per-document function on a local Ray with two CPUs writes the same
outputs as the local process pool."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.support.hostile import make_hostile_corpus, make_variant_corpus
from pipeline.store import DATA_TABLES

ray = pytest.importorskip("ray", reason="the Ray engine needs: pip install 'ray[default]'")

SEEDS = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))
CMD = [sys.executable, "-c", "from pipeline.cli import main; main()", "extract"]


def manifest(out: Path) -> list:
    con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
    try:
        return con.execute("SELECT * EXCLUDE (seconds) FROM manifest ORDER BY path").fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_ray_engine_equals_local_engine(tmp_path):
    corpus = tmp_path / "corpus"
    make_variant_corpus(corpus, SEEDS, 12, pdf_every=4)
    # A few failures too, so error rows are compared as well (the slow long line is left out).
    hostile = make_hostile_corpus(tmp_path / "hostile")
    for name in ("empty.txt", "junk.bin", "xxe.docx", "truncated.pdf", "traversal.zip", "valid_copy.txt"):
        (corpus / name).write_bytes((tmp_path / "hostile" / name).read_bytes())
    assert hostile  # generated

    local, on_ray = tmp_path / "local", tmp_path / "ray"
    a = subprocess.run([*CMD, str(corpus), "--out", str(local), "--workers", "2"],
                       capture_output=True, text=True, timeout=300)
    b = subprocess.run([*CMD, str(corpus), "--out", str(on_ray), "--workers", "2", "--engine", "ray"],
                       capture_output=True, text=True, timeout=300)
    assert a.returncode == b.returncode == 1, b.stderr[-2000:]
    assert "Traceback" not in b.stdout + b.stderr
    for t in DATA_TABLES:
        assert (local / "tables" / f"{t}.parquet").read_bytes() == (on_ray / "tables" / f"{t}.parquet").read_bytes(), t
    assert manifest(local) == manifest(on_ray)
    for sub in ("json", "text"):
        names = sorted(p.name for p in (local / sub).iterdir())
        assert names == sorted(p.name for p in (on_ray / sub).iterdir()) and names
        for n in names:
            assert (local / sub / n).read_bytes() == (on_ray / sub / n).read_bytes(), n


def test_address_needs_the_ray_engine(tmp_path):
    proc = subprocess.run([*CMD, str(tmp_path), "--address", "ray://nowhere:10001"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "--engine ray" in proc.stderr


@pytest.mark.slow
def test_ray_engine_stops_a_document_past_the_time_limit(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    corpus = tmp_path / "corpus"
    make_variant_corpus(corpus, SEEDS, 2)
    # An image-only PDF: every page goes through OCR, far longer than the limit.
    img = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    words = SEEDS[0].read_text(encoding="utf-8").split()
    for i in range(60):
        draw.text((150, 150 + i * 55), " ".join(words[i * 9:(i + 1) * 9]), font=font, fill=0)
    img.save(corpus / "slow_scan.pdf", save_all=True, append_images=[img] * 9, resolution=300)
    out = tmp_path / "out"
    proc = subprocess.run([*CMD, str(corpus), "--out", str(out), "--workers", "2", "--engine", "ray",
                           "--timeout", "10"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr[-2000:]
    rows = {r[0]: r for r in manifest(out)}
    assert [r[3:5] for p, r in sorted(rows.items())] == [("ok", None), ("ok", None), ("failed", "timeout")]
