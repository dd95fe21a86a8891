"""Accuracy on scans: the five seeds rendered as digital PDFs and as mild and heavy scans,
run through `vnplan extract`, scored with the contract's metric against the gold files, and
the OCR character error rate of the pipeline's text against the text a reader of the page sees.

    python scripts/eval_scans.py [--levels digital,mild,heavy] [--workers 2] [--workdir DIR]

Prints one row per level; `--json FILE` writes the figures.  The scans are deterministic
(tests.support.fixtures), so the figures are repeatable.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
from rapidfuzz.distance import Levenshtein

from pipeline.evaluate import evaluate_dirs
from pipeline.text import squash_spaces as fold
from tests.support.fixtures import display_text, render_digital_pdf, render_scan_pdf

ROOT = Path(__file__).resolve().parents[2]

SEEDS = sorted((ROOT / "tests/data/seeds").glob("*.txt"))
GOLD = ROOT / "tests/data/gold"


def run_level(level: str, workdir: Path, workers: int) -> dict:
    inputs = workdir / level / "in"
    out = workdir / level / "out"
    inputs.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS:
        target = inputs / f"{seed.stem}.pdf"
        if not target.exists():
            text = seed.read_text(encoding="utf-8")
            if level == "digital":
                render_digital_pdf(text, target)
            else:
                render_scan_pdf(text, target, degradation=level, seed=0)
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(inputs), "--out", str(out),
           "--workers", str(workers), "--no-progress"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr)
    report = evaluate_dirs(GOLD, out)
    errors = length = 0
    for seed in SEEDS:
        produced = (out / "text" / f"{seed.stem}.txt").read_text(encoding="utf-8")
        reference = fold(display_text(seed.read_text(encoding="utf-8")))
        errors += Levenshtein.distance(fold(produced), reference)
        length += len(reference)
    return {
        "level": level,
        "references_f1": report.areas["references"].f1,
        "reference_fields": report.reference_field_accuracy,
        "assignments_f1": report.areas["assignments"].f1,
        "deadlines_f1": report.areas["deadlines"].f1,
        "document_fields": report.document_accuracy,
        "cer": errors / length,
    }


@click.command()
@click.option("--levels", default="digital,mild,heavy", show_default=True,
              help="Comma-separated: digital, mild, heavy.")
@click.option("--workers", default=2, show_default=True)
@click.option("--workdir", default="/tmp/vnplan-eval-scans", show_default=True, type=click.Path(file_okay=False))
@click.option("--json", "json_path", default=None, type=click.Path(dir_okay=False))
def main(levels, workers, workdir, json_path):
    chosen = [level.strip() for level in levels.split(",") if level.strip()]
    unknown = [level for level in chosen if level not in ("digital", "mild", "heavy")]
    if unknown:
        raise click.BadParameter(f"unknown level {unknown[0]!r}; use digital, mild or heavy", param_hint="--levels")
    rows = [run_level(level, Path(workdir), workers) for level in chosen]
    cols = ["references_f1", "reference_fields", "assignments_f1", "deadlines_f1", "document_fields", "cer"]
    click.echo(f"{'level':8s} " + " ".join(f"{c:>16s}" for c in cols))
    for r in rows:
        click.echo(f"{r['level']:8s} " + " ".join(f"{r[c]:16.3f}" for c in cols))
    if json_path:
        Path(json_path).write_text(json.dumps(rows, indent=2))

