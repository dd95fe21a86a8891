"""The ``vnplan`` command line.  Each command lives with the stage it drives."""

from __future__ import annotations

import click

from . import __version__
from .cli_audit import audit_command, registry_group
from .cli_batch import extract_command
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
    """


main.add_command(extract_command)
main.add_command(eval_command)
main.add_command(registry_group)
main.add_command(audit_command)
