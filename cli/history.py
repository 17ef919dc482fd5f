"""`triage history ...`: the customer history store the risk features read."""

from __future__ import annotations

import typer

from cli.common import console, fail, stored_database_or_exit
from features.text import counted
from serving.stores.history import HistoryStore
from serving.stores.history_check import check_history, history_bounds
from triage.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="The customer history store the risk features read.")


@app.command("check")
def history_check() -> None:
    """List stored history rows that break or skew the risk features (exit 1 when there are any)."""
    settings = get_settings()
    engine = stored_database_or_exit(settings)
    store = HistoryStore(engine)
    sample = store.load_of(generated=True)
    # not a fault of a row, so no exit code: a demonstration state holds the sample on purpose
    if sample is not None:
        console.print(
            f"note: the history store holds {sample.said()}: not a shop's customers; a shop's exports take over "
            "with `triage data load DIR --replace`",
            markup=False,
            highlight=False,
        )
    elif store.load_of(generated=False) is None and store.counts()["customers"]:  # the service records no customer
        console.print(
            "note: the history store holds customers loaded before loads were recorded, maybe the generated sample's "
            "(`triage up` loads it): `triage data load DIR` would store a shop's exports beside them; "
            "`triage data load DIR --replace` loads them in their place",
            markup=False,
            highlight=False,
        )
    problems = check_history(engine, history_bounds(settings))
    for problem in problems:
        console.print(str(problem), markup=False, highlight=False)
    if problems:
        raise fail(f"{counted(len(problems), 'history row')} to correct or delete", code=1)
    console.print("history store: no problems found")
