"""scripts/eval_corpus.py --tune-only: it extracts and scores no held-out document, and leaves no
copy of the texts behind (review 0.8 #20).  A fake SPLIT and a fake extractor: no extraction runs."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("eval_corpus", ROOT / "scripts/eval_corpus.py")
eval_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eval_corpus)

FAKE_SPLITS = {"calibration": ["S01"], "tune": ["S02", "S03"], "heldout": ["S04"], "heldout5": ["S05"]}


def test_tune_only_chooses_no_held_out_split():
    assert eval_corpus.chosen_splits(FAKE_SPLITS, tune_only=True) == {"calibration": ["S01"], "tune": ["S02", "S03"]}
    assert eval_corpus.chosen_splits(FAKE_SPLITS, tune_only=False) == FAKE_SPLITS


def test_tune_only_reads_no_held_out_text_and_removes_its_copy(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    (corpus / "text").mkdir(parents=True)
    for stems in FAKE_SPLITS.values():
        for stem in stems:
            (corpus / "text" / f"{stem}.txt").write_text("KẾ HOẠCH\n", encoding="utf-8")
    given = {}

    def fake_extract(texts: Path, pred: Path, workers: int) -> None:
        given["texts"] = texts
        given["files"] = sorted(p.name for p in texts.iterdir())

    scored = []
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the run's output folder lands here
    monkeypatch.setattr(eval_corpus, "CORPUS", corpus)
    monkeypatch.setattr(eval_corpus, "splits", lambda: FAKE_SPLITS)
    monkeypatch.setattr(eval_corpus, "extract", fake_extract)
    monkeypatch.setattr(eval_corpus, "score", lambda stems, pred: scored.extend(stems) or
                        {**{c: 1.0 for c in [*eval_corpus.AREAS, "reference fields", "document fields"]},
                         "documents": len(stems)})
    result = CliRunner().invoke(eval_corpus.main, ["--tune-only"])
    assert result.exit_code == 0, result.output
    assert given["files"] == ["S01.txt", "S02.txt", "S03.txt"]
    assert given["texts"].parent == tmp_path and not given["texts"].exists()
    assert not {"S04", "S05"} & set(scored)
    assert "heldout" not in result.output and "held-out" not in result.output


def test_precision_recall_printed_per_area(tmp_path, monkeypatch):
    row = {**{c: 0.5 for c in [*eval_corpus.AREAS, "reference fields", "document fields"]},
           **{f"{a} {m}": v for a in eval_corpus.AREAS for m, v in (("precision", 0.25), ("recall", 0.75))},
           "documents": 1}
    monkeypatch.setattr(eval_corpus, "splits", lambda: {"tune": ["S02"]})
    monkeypatch.setattr(eval_corpus, "score", lambda stems, pred: row)
    result = CliRunner().invoke(eval_corpus.main, ["--pred", str(tmp_path), "--precision-recall"])
    assert result.exit_code == 0, result.output
    assert "assignments P / R" in result.output
    assert result.output.count("0.250 / 0.750") == 2 * len(eval_corpus.AREAS)  # tune and all tuned-on
    # each row as wide as the header, so that its columns stand under their labels
    table = result.output[result.output.index("\nsplit", result.output.index("P / R") - 200):].strip().splitlines()
    assert len({len(line) for line in table}) == 1, table


def test_a_prediction_folder_without_output_is_an_error_message_not_a_traceback(tmp_path):
    result = CliRunner().invoke(eval_corpus.main, ["--pred", str(tmp_path)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)  # not the EvalInputError
    assert "no .json files" in result.output and "--pred" in result.output
    assert "Traceback" not in result.output


def test_documents_read_before_are_held_out_ones_and_reported_apart(tmp_path, monkeypatch):
    from tests.support.corpus import held_out, read_before, splits
    held = {stem for name, group in splits().items() if held_out(name) for stem in group}
    seen = read_before()
    assert seen and seen <= held  # a tuned-on document needs no such mark
    assert held - seen  # some held-out documents nobody had read
    # the pooled rows: every held-out document, those nobody had read, those read before
    scored = {}
    monkeypatch.setattr(eval_corpus, "splits", lambda: {"tune": ["S02"], "heldout": ["S04", "S05"]})
    monkeypatch.setattr(eval_corpus, "read_before", lambda: frozenset({"S05"}))
    monkeypatch.setattr(eval_corpus, "score", lambda stems, pred: scored.setdefault(
        tuple(stems), {**{c: 0.5 for c in [*eval_corpus.AREAS, "reference fields", "document fields"]},
                       **{f"{a} {m}": 0.5 for a in eval_corpus.AREAS for m in ("precision", "recall")},
                       "documents": len(stems)}))
    result = CliRunner().invoke(eval_corpus.main, ["--pred", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert {("S04", "S05"), ("S04",), ("S05",)} <= set(scored)
    assert "held-out unread" in result.output and "held-out read" in result.output
