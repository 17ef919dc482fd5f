"""`triage history ...`: the customer history store the risk features read."""

from __future__ import annotations

import typer

from cli.common import console, fail, open_database_or_exit
from features.text import counted
from serving.stores.history_check import check_history, history_bounds
from triage.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="The customer history store the risk features read.")


@app.command("check")
def history_check() -> None:
    """List stored history rows that break or skew the risk features (exit 1 when there are any)."""
    settings = get_settings()
    problems = check_history(open_database_or_exit(settings, create=False), history_bounds(settings))
    for problem in problems:
        console.print(str(problem), markup=False, highlight=False)
    if problems:
        raise fail(f"{counted(len(problems), 'history row')} to correct or delete", code=1)
    console.print("history store: no problems found")
