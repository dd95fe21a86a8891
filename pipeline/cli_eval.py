import click


@click.command("eval")
def eval_command() -> None:
    """(placeholder)"""
    raise click.ClickException("not implemented yet")
