"""The `triage` command. Each package owns its sub-commands; this module only mounts them."""

from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, help="Returns triage: data, training, prediction and serving.")
