"""The built wheel is a complete product: installed (not editable) into a fresh virtual
environment, it finds its data through importlib.resources, compiles its native helper into a
cache folder, and extracts a document — with no source tree on the path."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds a wheel and a virtual environment (~20 s)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "real_text" / "01_daklak-ct012-2025-tang-cuong-cai-cach-tthc.txt"


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=900, **kw)
    assert done.returncode == 0, f"{cmd} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # build from a copy of what the wheel is made of, so the source tree gets no build/ folder
    src = tmp_path_factory.mktemp("src")
    for name in ("setup.cfg", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.pyc")
    shutil.copytree(ROOT / "pipeline", src / "pipeline", symlinks=True, ignore=ignore)
    shutil.copytree(ROOT / "models", src / "models", ignore=ignore)
    out = tmp_path_factory.mktemp("dist")
    # with setuptools and wheel at hand nothing is fetched; else pip's build isolation does it
    have_backend = importlib.util.find_spec("setuptools") and importlib.util.find_spec("wheel")
    isolation = ["--no-build-isolation"] if have_backend else []
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-w", str(out), str(src)])
    (built,) = out.glob("vnplan-*.whl")
    return built


def test_wheel_carries_the_data_and_the_native_source(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("pipeline/_models/doc_types.tsv", "pipeline/_models/agency_heads.tsv",
                   "pipeline/_models/legacy/tcvn3.tsv", "pipeline/_models/ocr/vocabulary.txt",
                   "pipeline/_models/registry/manifest.tsv", "pipeline/_models/identity/agency_kinds.tsv",
                   "pipeline/native/png_store.c"):
        assert needed in names
    assert not any(n.endswith(".so") for n in names)


def test_wheel_installed_in_a_fresh_venv_extracts_a_document(wheel, tmp_path):
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)])
    py = venv / "bin" / "python"
    # the venv sees the dependencies already installed for this interpreter (nothing to
    # download) through a .pth line; .pth files in those folders are not run, so an editable
    # vnplan installed there stays invisible
    purelib = _run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
    deps = [p for p in (*site.getsitepackages(), site.getusersitepackages()) if os.path.isdir(p)]
    Path(purelib, "zz_vnplan_test_deps.pth").write_text("\n".join(deps) + "\n")
    _run([str(py), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)])

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "LD_PRELOAD")}
    env["VNPLAN_CACHE_DIR"] = str(tmp_path / "cache")
    where = _run([str(py), "-c", "import pipeline, pipeline.resources as r; "
                  "print(pipeline.__file__); print(r.MODELS_DIR); print(r.png_store_library())"],
                 cwd=tmp_path, env=env).stdout.split("\n")
    assert where[0].startswith(str(venv)) and "site-packages" in where[0]
    assert where[1].startswith(str(venv)) and where[1].endswith("_models")
    if shutil.which("cc") or shutil.which("gcc"):
        assert where[2].startswith(str(tmp_path / "cache"))

    sample = tmp_path / "in" / SAMPLE.name
    sample.parent.mkdir()
    shutil.copy2(SAMPLE, sample)
    _run([str(venv / "bin" / "vnplan"), "extract", str(sample.parent), "--out", str(tmp_path / "out"),
          "--workers", "0"], cwd=tmp_path, env=env)
    doc = json.loads((tmp_path / "out" / "json" / f"{SAMPLE.stem}.json").read_text(encoding="utf-8"))
    assert doc["references"], doc.keys()
    assert any(r.get("symbol") for r in doc["references"])
