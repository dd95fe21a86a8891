"""Issue #3's accuracy bar, mild scans: the five seeds rendered as digital PDFs and as mild
scans (deterministic fixtures), OCR'd by the real Tesseract through `vnplan extract`, scored
against gold.  The heavy scans are in test_scan_accuracy_heavy.py: two files, so that a
parallel run (`make test`) reads the two levels at once."""

import os

import pytest

from tests.support import scan_eval as eval_scans


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    work = tmp_path_factory.mktemp("scans")
    # In a parallel test run (make test) the other test process has the second core.
    workers = 1 if os.environ.get("PYTEST_XDIST_WORKER") else 2
    return {level: eval_scans.run_level(level, work, workers=workers) for level in ("digital", "mild")}


@pytest.mark.slow
def test_mild_scans_close_to_digital(figures):
    mild, digital = figures["mild"], figures["digital"]
    assert mild["references_f1"] >= 0.95
    for area in ("reference_fields", "assignments_f1", "deadlines_f1", "document_fields"):
        assert mild[area] >= digital[area] - 0.05, (area, mild[area], digital[area])
    assert mild["cer"] < 0.01
