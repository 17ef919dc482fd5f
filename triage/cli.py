"""The `triage` command. Each package owns its sub-commands; this module only mounts them."""

from __future__ import annotations

import typer

from training.policy_simulation import app as policy_app

app = typer.Typer(no_args_is_help=True, help="Returns triage: data, training, prediction and serving.")
app.add_typer(policy_app, name="policy")
