"""Policy commands: validate a policy file, and (below) replay history through a candidate policy."""

from __future__ import annotations

from pathlib import Path

import typer

from serving.policy import PolicyError, load_policy

app = typer.Typer(no_args_is_help=True, help="Check and simulate return policies.")


@app.command("check")
def check_command(path: Path = typer.Argument(..., help="Policy YAML file to validate.")) -> None:
    """Validate a policy file; prints the problem (naming the key) and exits 2 when it is invalid."""
    try:
        policy = load_policy(path)
    except PolicyError as error:
        typer.echo(f"Invalid policy: {error}", err=True)
        raise typer.Exit(code=2) from None
    typer.echo(f"{path}: policy version {policy.version} is valid")
