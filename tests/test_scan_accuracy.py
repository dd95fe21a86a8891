"""Issue #3's accuracy bar: the five seeds rendered as mild and heavy scans (deterministic
fixtures), OCR'd by the real Tesseract through `vnplan extract`, scored against gold."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_scans.py"
spec = importlib.util.spec_from_file_location("eval_scans", SCRIPT)
eval_scans = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eval_scans)


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    work = tmp_path_factory.mktemp("scans")
    return {level: eval_scans.run_level(level, work, workers=2) for level in ("digital", "mild", "heavy")}


@pytest.mark.slow
def test_mild_scans_close_to_digital(figures):
    mild, digital = figures["mild"], figures["digital"]
    assert mild["references_f1"] >= 0.95
    for area in ("reference_fields", "assignments_f1", "deadlines_f1", "document_fields"):
        assert mild[area] >= digital[area] - 0.05, (area, mild[area], digital[area])
    assert mild["cer"] < 0.01


@pytest.mark.slow
def test_heavy_scans_references(figures):
    assert figures["heavy"]["references_f1"] >= 0.88
    assert figures["heavy"]["cer"] < 0.03
