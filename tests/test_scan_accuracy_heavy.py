"""Issue #3's accuracy bar, heavy scans: the five seeds rendered as heavily degraded scans
(deterministic fixtures), OCR'd by the real Tesseract through `vnplan extract`, scored against
gold."""

import os

import pytest

from tests.support import scan_eval as eval_scans


@pytest.fixture(scope="module")
def heavy(tmp_path_factory):
    workers = 1 if os.environ.get("PYTEST_XDIST_WORKER") else 2
    return eval_scans.run_level("heavy", tmp_path_factory.mktemp("scans"), workers=workers)


@pytest.mark.slow
def test_heavy_scans_references(heavy):
    assert heavy["references_f1"] >= 0.88
    assert heavy["cer"] < 0.03
