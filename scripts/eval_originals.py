"""Real originals against the corpus gold: each archive original (PDF, .doc, .docx) whose source
is the source of an annotated corpus document is read in its own format — PDF text layers with
and without layout (``Settings.pdf_layout``) — and scored against that document's gold, beside
the corpus's crawled text of the same document.

    python scripts/eval_originals.py [--originals ../shared/samples/real/originals]

The originals are not in the repository (sizes, licences): point --originals at the folder and
its CORPUS.tsv (one folder up) says where each came from.  Documents the corpus assembled from
several originals are left out.
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.document import extract_document
from pipeline.errors import PipelineError
from pipeline.evaluate import evaluate_dirs
from pipeline.settings import Settings

CORPUS = ROOT / "tests/data/corpus"


def pairs(originals: Path) -> list[tuple[Path, str]]:
    """(original file, corpus stem) for originals that are a gold document's only source."""
    with open(originals.parent / "CORPUS.tsv", encoding="utf-8") as fh:
        sources = {row["source"].strip(): originals.parent / row["file"] for row in csv.DictReader(fh, delimiter="\t")
                   if row["file"].startswith("originals/")}
    gold = {p.stem for p in (CORPUS / "gold").glob("*.json")}
    out = []
    with open(CORPUS / "SOURCES.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            # the corpus notes how it turned the file into text after the source: "… .doc" (antiword …)
            source = row["source"].strip()
            found = [path for src, path in sources.items() if source == src or source.startswith(src + " (")]
            if len(found) == 1 and row["stem"] in gold and found[0].exists():
                out.append((found[0], row["stem"]))
    return out


def run(label: str, jobs: list[tuple[bytes, str]], settings: Settings, gold: Path, work: Path) -> dict:
    out = work / label
    out.mkdir()
    failed = 0
    for content, name in jobs:
        try:
            result = extract_document(content, name, settings)
        except PipelineError:
            failed += 1
            continue
        (out / (Path(name).stem + ".json")).write_text(json.dumps(result.to_json(), ensure_ascii=False), encoding="utf-8")
    report = evaluate_dirs(gold, out)
    return {"form": label, "failed": failed, **{a: report.areas[a].f1 for a in ("references", "assignments", "deadlines")},
            "document_fields": report.document_accuracy}


@click.command()
@click.option("--originals", default=str(ROOT.parent.parent / "shared/samples/real/originals"), show_default=True,
              type=click.Path(file_okay=False, exists=True))
def main(originals: str) -> None:
    found = pairs(Path(originals))
    if not found:
        raise click.ClickException("no original matches a gold document's source; check --originals and its CORPUS.tsv")
    with tempfile.TemporaryDirectory(prefix="vnplan-originals-") as tmp:
        work = Path(tmp)
        gold = work / "gold"
        gold.mkdir()
        for _, stem in found:
            (gold / f"{stem}.json").write_bytes((CORPUS / "gold" / f"{stem}.json").read_bytes())
        originals_jobs = [(path.read_bytes(), stem + path.suffix) for path, stem in found]
        text_jobs = [((CORPUS / "text" / f"{stem}.txt").read_bytes(), stem + ".txt") for _, stem in found]
        rows = [run("original, layout", originals_jobs, Settings(pdf_layout=True), gold, work),
                run("original, plain layer", originals_jobs, Settings(pdf_layout=False), gold, work),
                run("crawled text", text_jobs, Settings(), gold, work)]
    kinds = sorted({p.suffix for p, _ in found})
    click.echo(f"{len(found)} originals with gold ({', '.join(kinds)})")
    click.echo(f"{'form':24s} {'references':>10s} {'assignments':>11s} {'deadlines':>9s} {'doc fields':>10s} {'failed':>6s}")
    for r in rows:
        click.echo(f"{r['form']:24s} {r['references']:10.3f} {r['assignments']:11.3f} {r['deadlines']:9.3f} "
                   f"{r['document_fields']:10.3f} {r['failed']:6d}")


if __name__ == "__main__":
    main()
