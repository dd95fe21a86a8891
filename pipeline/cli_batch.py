import click


@click.command("extract")
def extract_command() -> None:
    """(placeholder)"""
    raise click.ClickException("not implemented yet")
