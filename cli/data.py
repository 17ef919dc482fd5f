"""`triage data ...`: generate the sample data set (a development tool) and load history exports.

The only production-side module that imports the sample-data generator (`triage.sample_data`).
"""

from __future__ import annotations

import time
from pathlib import Path

import typer

from cli.common import (
    console,
    fail,
    number_between,
    open_database_or_exit,
    output_folder_or_exit,
    progress_bar,
    whole_number,
)
from cli.service import data_load
from features.text import counted
from serving.stores.retention import PURGED, purge
from triage.sample_data.generate import generate
from triage.sample_data.world import customer_count
from triage.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="Sample data: generate (and load) the historical tables.")


@app.command("generate")
def generate_command(
    out: Path | None = typer.Option(None, "--out", help="Output folder (default: Settings.sample_data_dir)."),
    seed: int | None = typer.Option(
        None,
        "--seed",
        parser=whole_number(-(2**63), 2**63 - 1),  # any whole number is a seed; said as the other counts are
        metavar="N",
        help="Random seed (default: Settings.seed).",
    ),
    scale: float = typer.Option(
        1.0, "--scale", parser=number_between(0.001, 10.0), metavar="X", help="Size relative to the committed set."
    ),
) -> None:
    """Simulate the shop and write customers, orders, line items, returns and the data card."""
    settings = get_settings()
    data_dir = out or settings.sample_data_dir
    if data_dir.exists() and not data_dir.is_dir():
        raise typer.BadParameter(f"{data_dir} exists and is not a folder", param_hint="--out")
    output_folder_or_exit(data_dir)
    started = time.perf_counter()
    try:
        with progress_bar() as progress:
            task = progress.add_task("Simulating customers", total=customer_count(scale))
            paths = generate(data_dir, seed if seed is not None else settings.seed, scale,
                             progress=lambda done: progress.advance(task, done))  # fmt: skip
    except OSError as error:  # a full disk, a folder made read-only meanwhile: the check before cannot tell
        raise fail(f"cannot write {data_dir}: {error.strerror or error}") from None
    for name, path in paths.items():
        typer.echo(f"{name:>10}: {path} ({path.stat().st_size / 1e6:.2f} MB)")
    typer.echo(f"generated in {time.perf_counter() - started:.1f}s")


app.command("load")(data_load)


@app.command("purge")
def data_purge() -> None:
    """Delete log rows and re-decisions, and clear customers' and agents' texts, older than TRIAGE_RETENTION_DAYS."""
    settings = get_settings()
    counts = purge(open_database_or_exit(settings, create=False), settings.retention_days)
    said = [counted(count, *PURGED[kind][:2]) + f" {PURGED[kind][2]}" for kind, count in counts.items()]
    console.print(f"older than {counted(settings.retention_days, 'day')}: {', '.join(said)}", highlight=False)
