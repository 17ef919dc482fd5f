"""The `triage` command. Each package owns its sub-commands; this module only mounts them."""

from __future__ import annotations

import typer

from monitoring.cli import monitor_command
from serving import commands as serving_commands
from serving.cli import app as predict_app
from training.cli import app as train_app
from training.cli import retrain_command
from training.policy_simulation import app as policy_app
from triage.sample_data import cli as sample_data_cli
from triage.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="Returns triage: data, training, prediction and serving.")
app.add_typer(policy_app, name="policy")
app.add_typer(train_app, name="train")
app.add_typer(predict_app, name="predict")
app.add_typer(sample_data_cli.app, name="data")
app.add_typer(serving_commands.keys_app, name="keys")
app.add_typer(serving_commands.agents_app, name="agents")
app.command("serve")(serving_commands.serve)
app.command("report")(serving_commands.report)
app.command("monitor")(monitor_command)
app.command("retrain")(retrain_command)
sample_data_cli.app.command("load")(serving_commands.data_load)


@app.command()
def up() -> None:
    """The README's main command: sample data if missing, a champion for every model, then serve."""
    from features.schemas import TABLES
    from training.cli import ensure_champions
    from triage.sample_data.generate import generate
    from triage.sample_data.io import table_path

    settings = get_settings()
    settings.prepare_state()
    if not all(table_path(table, settings.sample_data_dir).is_file() for table in TABLES):
        generate(settings.sample_data_dir, seed=settings.seed)
    ensure_champions(settings)
    serving_commands.serve_with_example(settings)
