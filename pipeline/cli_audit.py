import click


@click.group("registry")
def registry_group() -> None:
    """(placeholder)"""


@click.command("audit")
def audit_command() -> None:
    """(placeholder)"""
    raise click.ClickException("not implemented yet")
