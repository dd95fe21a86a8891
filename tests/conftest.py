"""Fixtures shared by test files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def bundled_samples(tmp_path_factory) -> Path:
    """The bundled samples (data/raw: the seeds and real documents of many provinces), extracted
    once per test session — what `make demo` gives, for the comparison, notebook and web tests."""
    out = tmp_path_factory.mktemp("bundled-samples")
    subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(ROOT / "data" / "raw"),
                    "--out", str(out), "--workers", "2"], check=True, cwd=ROOT, capture_output=True)
    return out


# Files that take minutes (OCR of every seed as mild and heavy scans) run first: in a parallel
# run (`make test`, one file per process at a time) they then overlap the rest of the suite
# instead of trailing it.
SLOWEST_FIRST = ("test_scan_accuracy.py", "test_scan_accuracy_heavy.py")


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: item.path.name not in SLOWEST_FIRST)
