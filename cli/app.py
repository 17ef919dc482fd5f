"""The `triage` command: mounts one sub-app per command group (`triage.settings` is the only state it reads)."""

from __future__ import annotations

import typer

from cli import batch, data, history, lists, monitor, policy, predict, service, train, webhooks
from cli.common import state_folder_or_exit
from features.schemas import TABLES
from features.tables import table_path
from triage.sample_data.generate import generate
from triage.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="Returns triage: data, training, prediction and serving.")


@app.callback()
def state_folder(ctx: typer.Context) -> None:
    """Every command may write in the state folder (models, reports, the SQLite store): one that cannot be
    written or made (below a file, without permission) is one line here, not a traceback deep in a command.
    The policy group checks it for its own commands: checking a policy file reads only that file."""
    state_folder_or_exit(ctx, needs_none={"policy"})


app.add_typer(policy.app, name="policy")
app.add_typer(train.app, name="train")
app.add_typer(predict.app, name="predict")
app.add_typer(batch.app, name="batch")
app.add_typer(data.app, name="data")
app.add_typer(service.keys_app, name="keys")
app.add_typer(service.agents_app, name="agents")
app.add_typer(service.bento_app, name="bento")
app.add_typer(lists.app, name="lists")
app.add_typer(history.app, name="history")
app.add_typer(webhooks.app, name="webhooks")
app.command("serve")(service.serve)
app.command("report")(service.report)
app.command("monitor")(monitor.monitor_command)
app.command("retrain")(train.retrain_command)


@app.command()
def up() -> None:
    """The README's main command: sample data if missing, a champion for every model, then serve."""
    settings = get_settings()
    settings.prepare_state()
    if not all(table_path(table, settings.sample_data_dir).is_file() for table in TABLES):
        generate(settings.sample_data_dir, seed=settings.seed)
    train.ensure_champions(settings)
    service.serve_with_example(settings)


if __name__ == "__main__":
    # `python -m cli.app ...` runs a checkout's code (the `triage` script imports the installed one); without
    # this it imported the commands, ran none and exited 0.
    app()
