"""The ``vnplan`` command line.  Each command lives with the stage it drives."""

from __future__ import annotations

import click

from . import __version__
from .cli_audit import audit_command, registry_group
from .cli_batch import extract_command
from .cli_compare import cites_command, compare_command, serve_command, sql_command
from .cli_eval import eval_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnplan")
def main() -> None:
    """Turn Vietnamese government plan documents into verifiable tables.

    \b
    Examples:
      vnplan extract                       # data/raw → data/extracted
      vnplan extract archive.zip scans/ --out out/ --workers 4
      vnplan eval gold/ data/extracted/json
      vnplan audit data/extracted
      vnplan compare citations --by province
      vnplan cites 72/2025/QH15
    """


@click.command("export-spacy")
@click.argument("out_dir", default="data/extracted", type=click.Path(file_okay=False))
@click.option("--to", "target", default=None, help="DocBin file to write (default: OUT_DIR/vnplan.spacy).")
def export_spacy_command(out_dir: str, target: str | None) -> None:
    """Export extracted documents as spaCy training data (entities LEGAL_REF, AGENCY, DEADLINE).

    \b
    Example:
      vnplan export-spacy data/extracted --to train.spacy
    """
    from pathlib import Path

    from .spacy_export import export_folder

    if not (Path(out_dir) / "json").is_dir():
        raise click.UsageError(f"{out_dir} has no json/ folder: run `vnplan extract --out {out_dir}` first.")
    target = target or str(Path(out_dir) / "vnplan.spacy")
    n = export_folder(out_dir, target)
    click.echo(f"wrote {n} documents to {target}")


main.add_command(extract_command)
main.add_command(eval_command)
main.add_command(registry_group)
main.add_command(audit_command)
main.add_command(export_spacy_command)
main.add_command(compare_command)
main.add_command(cites_command)
main.add_command(sql_command)
main.add_command(serve_command)


if __name__ == "__main__":
    main()
