"""``vnplan eval``: accuracy of extracted JSON against gold files, as the contract measures it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .evaluate import AREAS, EvalError, EvalInputError, EvalReport, evaluate_dirs


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _short(value: Any, width: int = 90) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def format_summary(report: EvalReport) -> str:
    scored = sum(d.status == "scored" for d in report.documents)
    lines = [f"gold: {report.gold_dir}   predictions: {report.pred_dir}",
             f"documents: {len(report.documents)} gold, {scored} scored, "
             f"{len(report.missing)} missing"]
    for d in report.documents:
        if d.status != "scored":
            why = "no prediction file" if d.status == "missing" else "prediction is not readable JSON"
            lines.append(f"  missing: {d.doc} ({why}; counted as all missed)")
    if report.extra:
        lines.append(f"  not scored (no gold file): {', '.join(report.extra)}")

    lines += ["", f"{'entities':<14}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for area, c in report.areas.items():
        lines.append(f"{area:<14}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                     f"{c.tp:>6}{c.fp:>6}{c.fn:>6}")

    matched = report.areas["references"].tp
    lines += _field_table(f"reference fields (over {matched} matched references)",
                          report.reference_fields, report.reference_field_accuracy)
    lines += _field_table(f"document fields (over {len(report.documents)} gold documents)",
                          report.document_fields, report.document_accuracy)
    return "\n".join(lines)


def _field_table(title: str, fields: dict, pooled_accuracy: float | None) -> list[str]:
    lines = ["", title, f"{'field':<20}{'accuracy':>9}{'correct':>9}{'total':>7}"]
    for name, acc in fields.items():
        lines.append(f"{name:<20}{_ratio(acc.accuracy):>9}{acc.correct:>9}{acc.total:>7}")
    pooled = fields.values()
    lines.append(f"{'all':<20}{_ratio(pooled_accuracy):>9}"
                 f"{sum(a.correct for a in pooled):>9}{sum(a.total for a in pooled):>7}")
    return lines


def format_per_document(report: EvalReport) -> str:
    width = max([len("document")] + [len(d.doc) for d in report.documents])
    head = f"{'document':<{width}}  {'status':<10}"
    for area in AREAS:
        head += f"  {area + ' F1 (TP/FP/FN)':>28}"
    head += f"  {'ref fields':>10}  {'doc fields':>10}"
    lines = ["per document", head]
    for d in report.documents:
        row = f"{d.doc:<{width}}  {d.status:<10}"
        for area in AREAS:
            c = d.areas[area]
            row += f"  {f'{c.f1:.3f} ({c.tp}/{c.fp}/{c.fn})':>28}"
        row += f"  {_ratio(d.reference_field_accuracy):>10}  {_ratio(d.document_accuracy):>10}"
        lines.append(row)
    return "\n".join(lines)


def format_error(e: EvalError) -> str:
    line = f"{e.doc}  {e.area:<26} {e.kind:<5} {e.key}"
    if e.kind == "wrong":
        line += f"\n    gold: {_short(e.gold)}\n    pred: {_short(e.predicted)}"
    else:
        entry = e.gold if e.kind == "FN" else e.predicted
        text = entry.get("text") or entry.get("task") if isinstance(entry, dict) else None
        if text:
            line += f"\n    text: {_short(text)}"
        if e.area == "deadlines" and isinstance(entry, dict):
            line += f"   agency: {_short(entry.get('agency'), 60)}"
    if e.note:
        line += f"\n    {e.note}"
    return line


def format_errors(report: EvalReport) -> str:
    lines = ["errors (FN = gold entry not found, FP = predicted entry not in gold, "
             "wrong = matched but a field differs)"]
    for d in report.documents:
        if d.status != "scored":
            n = sum(d.areas[a].fn for a in AREAS)
            lines.append(f"{d.doc}  (no usable prediction: all {n} gold entries and "
                         f"{len(d.document_fields)} document fields missed)")
            continue
        lines += [format_error(e) for e in d.errors]
    if len(lines) == 1:
        lines.append("none")
    return "\n".join(lines)


EXAMPLES = """
\b
Examples:
  vnplan eval tests/data/gold data/extracted              # output folder (uses its json/)
  vnplan eval tests/data/gold data/extracted/json --per-doc
  vnplan eval gold/ out/json --show-errors | less         # every FN / FP / wrong field
  vnplan eval gold/ out/ --json accuracy.json             # all figures for scripts
"""


@click.command("eval", epilog=EXAMPLES)
@click.argument("gold_dir", type=click.Path(file_okay=False, path_type=Path))
@click.argument("pred_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--per-doc", is_flag=True, help="Also show one row of figures per document.")
@click.option("--show-errors", is_flag=True,
              help="List every false negative, false positive and wrong field (doc, area, key).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write all figures (totals, per document, errors) as JSON to this file ('-' = stdout).")
def eval_command(gold_dir: Path, pred_dir: Path, per_doc: bool, show_errors: bool,
                 json_path: Path | None) -> None:
    """Measure extraction accuracy against gold files.

    GOLD_DIR holds one JSON per document in the contract's shape; PRED_DIR holds the
    extracted JSON (<input stem>.json), or is a `vnplan extract` output folder with a json/
    sub-folder.  Files pair by the stem of their `source`.  Entries are matched one-to-one
    as the contract says (references by number/year/symbol key, assignments by fuzzy agency
    and role, deadlines by kind and value); precision, recall and F1 are micro-averaged over
    documents; document fields and the type/date/issuer/basis of matched references are
    scored as accuracy.  A gold document without a prediction counts as all missed.
    """
    try:
        report = evaluate_dirs(gold_dir, pred_dir)
    except EvalInputError as exc:
        raise click.UsageError(f"{exc}.") from None

    if json_path is not None:
        payload = json.dumps(report.as_dict(), ensure_ascii=False, indent=2, default=str)
        if str(json_path) == "-":
            click.echo(payload)
            return
        try:
            json_path.parent.mkdir(parents=True, exist_ok=True)
            json_path.write_text(payload + "\n", encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"cannot write {json_path}: {exc.strerror or exc}; "
                                       "choose a writable path for --json.") from None

    click.echo(format_summary(report))
    if per_doc:
        click.echo("\n" + format_per_document(report))
    if show_errors:
        click.echo("\n" + format_errors(report))
    if json_path is not None:
        click.echo(f"\nfigures written to {json_path}")
