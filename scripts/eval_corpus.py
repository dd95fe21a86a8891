"""Accuracy on the annotated real corpus, split by split (calibration / tune / held-out).

    python scripts/eval_corpus.py                 # extract tests/data/corpus/text, then score
    python scripts/eval_corpus.py --pred DIR      # score an existing output folder
    python scripts/eval_corpus.py --json FILE     # also write the figures
    python scripts/eval_corpus.py --tune-only     # rule work: read and score no held-out document
    python scripts/eval_corpus.py --precision-recall   # also precision / recall per area

The held-out splits were never tuned on: their rows are the accuracy to report; "held-out unread"
pools the held-out documents no rule writer had read before (tests/data/corpus/READ_BEFORE.tsv
lists the others, "held-out read").  The other rows are regression guards (see
tests/data/corpus/README.md).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import EvalInputError  # noqa: E402
from tests.support.corpus import AREAS, CORPUS, evaluate_split, figures, held_out, read_before, splits  # noqa: E402


def score(stems: list[str], pred: Path) -> dict:
    report = evaluate_split(stems, pred)
    row = {name: round(value, 3) for name, value in figures(report).items()}
    for area in AREAS:  # rule work must not buy recall with precision: both are kept
        row[f"{area} precision"] = round(report.areas[area].precision, 3)
        row[f"{area} recall"] = round(report.areas[area].recall, 3)
    row["documents"] = len(stems)
    return row


def chosen_splits(groups: dict[str, list[str]], tune_only: bool) -> dict[str, list[str]]:
    """The splits to extract and score: all of them, or with ``tune_only`` none held out."""
    return {name: stems for name, stems in groups.items() if not (tune_only and held_out(name))}


def copy_texts(stems: list[str], into: Path) -> None:
    """The texts of ``stems`` copied into ``into`` (a copy, not a link: the extractor refuses
    symbolic links as unsafe input)."""
    for stem in stems:
        shutil.copyfile(CORPUS / "text" / f"{stem}.txt", into / f"{stem}.txt")


def extract(texts: Path, pred: Path, workers: int) -> None:
    subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(texts),
                    "--out", str(pred), "--workers", str(workers)], check=True)


@click.command()
@click.option("--pred", type=click.Path(exists=True, file_okay=False, path_type=Path), help="an existing output folder to score")
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="write the figures here")
@click.option("--workers", default=2, show_default=True)
@click.option("--tune-only", is_flag=True,
              help="extract and score only the splits rules may be tuned on, so that rule work "
                   "never sees a held-out figure")
@click.option("--precision-recall", is_flag=True, help="also print precision and recall per area")
def main(pred: Path | None, json_out: Path | None, workers: int, tune_only: bool,
         precision_recall: bool) -> None:
    chosen = chosen_splits(splits(), tune_only)
    if pred is None:
        pred = Path(tempfile.mkdtemp(prefix="vnplan-corpus-"))  # kept: the run's output to read
        if tune_only:
            # beside the output folder, not in it: the extractor never reads its own output
            # folder; removed after the run (a copy of the texts, nothing to read there)
            with tempfile.TemporaryDirectory(prefix="vnplan-corpus-texts-") as texts:
                copy_texts([stem for stems in chosen.values() for stem in stems], Path(texts))
                extract(Path(texts), pred, workers)
        else:
            extract(CORPUS / "text", pred, workers)
    try:
        results = {name: score(stems, pred) for name, stems in sorted(chosen.items())}
    except EvalInputError as exc:  # a wrong --pred: say so, as `vnplan eval` does, without a traceback
        raise click.ClickException(f"{exc}. Give --pred the output folder of `vnplan extract` "
                                   "(or its json/ sub-folder), or leave it out to extract first.") from None
    # every held-out document together, and every tuned-on one: the two figures to compare;
    # the held-out ones apart by whether rule writers had read their text before (READ_BEFORE.tsv)
    seen = read_before()
    for pooled, held, keep in (("all held-out", True, lambda stem: True),
                               ("held-out unread", True, lambda stem: stem not in seen),
                               ("held-out read", True, lambda stem: stem in seen),
                               ("all tuned-on", False, lambda stem: True)):
        stems = [stem for name, group in chosen.items() if held_out(name) == held for stem in group if keep(stem)]
        if stems:
            results[pooled] = score(stems, pred)
    columns = [*AREAS, "reference fields", "document fields"]
    width = max(13, *map(len, results))
    print(f"{'split':<{width}} {'docs':>4} " + " ".join(f"{c:>16}" for c in columns))
    for name, row in results.items():
        print(f"{name:<{width}} {row['documents']:>4} " + " ".join(f"{row[c]:>16.3f}" for c in columns))
    if precision_recall:
        print(f"\n{'split':<{width}} {'docs':>4} " + " ".join(f"{a + ' P / R':>22}" for a in AREAS))
        for name, row in results.items():
            print(f"{name:<{width}} {row['documents']:>4} " + " ".join(
                f"{row[f'{a} precision']:>14.3f} / {row[f'{a} recall']:.3f}" for a in AREAS))
    if json_out:
        json_out.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
