"""Metamorphic accuracy check: the same tune documents in the other formats real archives show.

    nice python scripts/eval_variants.py                       # every variant, every tune split
    nice python scripts/eval_variants.py --variant rewrap80 --worst 5
    nice python scripts/eval_variants.py --stem C010 --variant crlf --show-errors

Each variant (``tests/support/variants.py``) is a pure text transform that keeps every word, so
the gold of the original stays the gold of the variant: an area that drops under a variant
names a rule that depends on how a text was laid out, not on what it says.  Documents of the
tune splits and ``calibration`` only (never a held-out one, ``heldout*``):
the texts of ``tests/data/corpus/text``, scored with ``vnplan eval``'s own functions.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.document import extract_document  # noqa: E402
from pipeline.evaluate import EvalReport, evaluate_pair  # noqa: E402
from tests.support.corpus import CORPUS, figures, held_out, splits  # noqa: E402
from tests.support.variants import VARIANTS  # noqa: E402

COLUMNS = ("references", "assignments", "deadlines", "reference fields", "document fields")
SHORT = {"references": "refs", "assignments": "assign", "deadlines": "deadl",
         "reference fields": "ref.fld", "document fields": "doc.fld"}


def tune_stems() -> list[str]:
    groups = splits()
    return [stem for name, stems in sorted(groups.items()) if not held_out(name) for stem in stems]


def _brief(value) -> str:
    return "" if value is None else repr(value)[:80]


def run(text: str, stem: str) -> dict:
    return extract_document(text.encode("utf-8"), f"{stem}.txt").to_json()


@click.command()
@click.option("--variant", "chosen", multiple=True, type=click.Choice(list(VARIANTS)),
              help="only these variants (repeatable; default: all)")
@click.option("--stem", "stem_filter", multiple=True, help="only tune stems starting with this (repeatable)")
@click.option("--worst", default=3, show_default=True, help="worst documents listed per variant")
@click.option("--show-errors", is_flag=True, help="list the errors a variant adds (tune stems only)")
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="write the figures here")
def main(chosen: tuple[str, ...], stem_filter: tuple[str, ...], worst: int, show_errors: bool,
         json_out: Path | None) -> None:
    stems = [s for s in tune_stems() if not stem_filter or s.startswith(stem_filter)]
    golds = {s: json.loads((CORPUS / "gold" / f"{s}.json").read_text(encoding="utf-8")) for s in stems}
    texts = {s: (CORPUS / "text" / f"{s}.txt").read_text(encoding="utf-8") for s in stems}
    names = ["original", *[v for v in VARIANTS if v != "original" and (not chosen or v in chosen)]]

    per_doc: dict[str, dict[str, dict]] = {}
    reports: dict[str, EvalReport] = {}
    errors: dict[str, dict[str, set]] = {}
    for name in names:
        transform = VARIANTS[name]
        evals = []
        for stem in stems:
            try:
                pred = run(transform(texts[stem]), stem)
            except Exception as exc:  # noqa: BLE001 — a variant that crashes the tool is a finding
                print(f"  {name} {stem}: extraction failed: {exc}", file=sys.stderr)
                pred = None
            result = evaluate_pair(golds[stem], pred, doc=stem)
            evals.append(result)
            per_doc.setdefault(name, {})[stem] = figures(EvalReport(documents=[result]))
            errors.setdefault(name, {})[stem] = {(e.area, e.kind, e.key, _brief(e.gold), _brief(e.predicted))
                                                 for e in result.errors}
        reports[name] = EvalReport(documents=evals)

    base = figures(reports["original"])
    print(f"{len(stems)} tune documents ({', '.join(sorted(n for n in splits() if not held_out(n)))}); pooled F1 / accuracy, drop against the original\n")
    print(f"{'variant':<18}" + "".join(f"{SHORT[c]:>16}" for c in COLUMNS))
    results = {}
    for name in names:
        row = figures(reports[name])
        results[name] = {c: round(row[c], 4) for c in COLUMNS}
        cells = [f"{row[c]:.3f}" + (f" ({row[c] - base[c]:+.3f})" if name != "original" else "         ")
                 for c in COLUMNS]
        print(f"{name:<18}" + "".join(f"{cell:>16}" for cell in cells))

    print("\nworst documents per variant (assignments + deadlines F1 lost against the original):")
    for name in names[1:]:
        loss = []
        for stem in stems:
            before, after = per_doc["original"][stem], per_doc[name][stem]
            lost = sum(before[a] - after[a] for a in COLUMNS)
            if lost > 1e-9:
                detail = " ".join(f"{SHORT[a]} {after[a] - before[a]:+.2f}" for a in COLUMNS
                                  if abs(after[a] - before[a]) > 1e-9)
                loss.append((lost, stem, detail))
        loss.sort(reverse=True)
        shown = "; ".join(f"{stem.split('_')[0]} ({detail})" for _, stem, detail in loss[:worst]) or "none"
        print(f"  {name:<16} {len(loss):>2} docs lose: {shown}")
        if show_errors:
            for _, stem, _ in loss:
                added = errors[name][stem] - errors["original"][stem]
                gone = errors["original"][stem] - errors[name][stem]
                for sign, group in (("+", added), ("-", gone)):
                    for area, kind, key, gold, predicted in sorted(group):
                        values = f" gold={gold} predicted={predicted}" if kind == "wrong" else ""
                        print(f"      {stem.split('_')[0]} {sign} {area} {kind}: {key}{values}")
    if json_out:
        json_out.write_text(json.dumps({"pooled": results, "per_document": per_doc}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
