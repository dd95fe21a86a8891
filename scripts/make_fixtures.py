#!/usr/bin/env python3
"""Render sample texts as the files vnplan meets in archives: digital PDF, DOCX, scans.

    python scripts/make_fixtures.py                      # the committed samples → data/raw/
    python scripts/make_fixtures.py --scans /tmp/scans   # + scanned PDFs of all seed texts
    python scripts/make_fixtures.py --from tests/data/real_text --out /tmp/real --scans /tmp/real-scans

Without --from, the committed sample set is written: a digital PDF of seeds 002 and 004 and a
DOCX of seed 003 (``<stem>.digital.pdf``, ``<stem>.docx``).  With --from, every ``.txt`` in
the folder is rendered in each of --formats into --out.  --scans writes one
``<stem>.scan-<level>.pdf`` per text (image-only, deterministic for a given --seed).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # runnable from a fresh clone without installing the package

from pipeline.errors import PipelineError  # noqa: E402
from tests.support.fixtures import DEGRADATION_LEVELS, RenderedFixture, render_fixture  # noqa: E402

SEEDS = REPO / "tests" / "data" / "seeds"
# the committed samples: (seed-name prefix, kind)
DEFAULT_SAMPLES = (("002_", "digital"), ("004_", "digital"), ("003_", "docx"))


def _texts(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise click.UsageError(f"{folder} is not a folder; give a folder of .txt files to --from")
    texts = sorted(folder.glob("*.txt"))
    if not texts:
        raise click.UsageError(f"{folder} holds no .txt files; give a folder of UTF-8 .txt texts to --from")
    return texts


def _report(item: RenderedFixture) -> None:
    pages = f"{item.pages:3d} p" if item.pages else "    -"
    per_page = f"{item.seconds / item.pages:6.2f} s/page" if item.pages else " " * 13
    click.echo(f"{item.path}  {pages}  {item.size_bytes / 1024:8.0f} KB  {item.seconds:6.2f} s {per_page}")


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--from", "source", type=click.Path(path_type=Path),
              help="Render every .txt in this folder (default: the committed sample set from the seeds).")
@click.option("--out", type=click.Path(path_type=Path),
              help="Where digital PDFs/DOCX go (default data/raw without --from; none with --from unless given).")
@click.option("--formats", default="digital,docx", show_default=True,
              help="With --from: which of digital,docx to write into --out.")
@click.option("--scans", type=click.Path(path_type=Path), help="Also write scanned PDFs of every text into this folder.")
@click.option("--degradation", type=click.Choice(list(DEGRADATION_LEVELS)), default="mild", show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the scan degradation.")
@click.option("--dpi", type=int, default=300, show_default=True, help="Scan resolution.")
def main(source: Path | None, out: Path | None, formats: str, scans: Path | None, degradation: str,
         seed: int, dpi: int) -> None:
    """Write deterministic digital PDF / DOCX / scanned-PDF fixtures of sample texts."""
    kinds = [k.strip() for k in formats.split(",") if k.strip()]
    unknown = set(kinds) - {"digital", "docx"}
    if unknown:
        raise click.UsageError(f"unknown format(s) {', '.join(sorted(unknown))}; use digital and/or docx")
    jobs: list[tuple[Path, Path, str]] = []
    if source is None:
        texts = _texts(SEEDS)
        out = out or REPO / "data" / "raw"
        for prefix, kind in DEFAULT_SAMPLES:
            jobs += [(t, out, kind) for t in texts if t.name.startswith(prefix)]
    else:
        texts = _texts(source)
        if out is None and scans is None:
            raise click.UsageError("with --from, give --out (digital PDF/DOCX) and/or --scans (scanned PDFs)")
        if out is not None:
            jobs += [(t, out, kind) for t in texts for kind in kinds]
    if scans is not None:
        jobs += [(t, scans, f"scan-{degradation}") for t in texts]
    try:
        for text, folder, kind in jobs:
            _report(render_fixture(text, folder, kind, seed=seed, dpi=dpi))
    except PipelineError as exc:
        raise click.ClickException(exc.user_message()) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{exc}; check that the folders are writable and the texts are UTF-8") from None


if __name__ == "__main__":
    main()
