"""Accuracy on the annotated real corpus, split by split (calibration / tune / held-out).

    python scripts/eval_corpus.py                 # extract tests/data/corpus/text, then score
    python scripts/eval_corpus.py --pred DIR      # score an existing output folder
    python scripts/eval_corpus.py --json FILE     # also write the figures

The held-out split was never tuned on: its row is the accuracy to report.  The other two are
regression guards (see tests/data/corpus/README.md).
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests/data/corpus"

from pipeline.evaluate import evaluate_dirs  # noqa: E402

AREAS = ("references", "assignments", "deadlines")


def splits() -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    with open(CORPUS / "SPLIT.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            groups.setdefault(row["split"], []).append(row["stem"])
    return groups


def score(stems: list[str], pred: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        for stem in stems:
            shutil.copy(CORPUS / "gold" / f"{stem}.json", tmp)
        report = evaluate_dirs(tmp, pred)
    row = {area: round(report.areas[area].f1, 3) for area in AREAS}
    row["reference fields"] = round(report.reference_field_accuracy or 0.0, 3)
    row["document fields"] = round(report.document_accuracy or 0.0, 3)
    row["documents"] = len(stems)
    return row


@click.command()
@click.option("--pred", type=click.Path(exists=True, file_okay=False, path_type=Path), help="an existing output folder to score")
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="write the figures here")
@click.option("--workers", default=2, show_default=True)
def main(pred: Path | None, json_out: Path | None, workers: int) -> None:
    if pred is None:
        pred = Path(tempfile.mkdtemp(prefix="vnplan-corpus-"))
        subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(CORPUS / "text"),
                        "--out", str(pred), "--workers", str(workers)], check=True)
    results = {name: score(stems, pred) for name, stems in sorted(splits().items())}
    columns = [*AREAS, "reference fields", "document fields"]
    print(f"{'split':<12} {'docs':>4} " + " ".join(f"{c:>16}" for c in columns))
    for name, row in results.items():
        print(f"{name:<12} {row['documents']:>4} " + " ".join(f"{row[c]:>16.3f}" for c in columns))
    if json_out:
        json_out.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
