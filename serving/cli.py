"""`triage predict ...`: batch predictions with the champion models, for data scientists."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from triage.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="Batch predictions from CSV files with the champion models.")
console = Console(stderr=True)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a one-line error and return the exit to raise (bad input never shows a traceback)."""
    console.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code=code)


@app.command("reasons")
def reasons(
    input_path: Path = typer.Option(..., "--input", "-i", help="CSV with a 'text' column (optional 'lang')."),
    output_path: Path = typer.Option(..., "--output", "-o", help="Where to write the input plus predictions."),
    batch_size: int = typer.Option(256, min=1, help="Texts per prediction batch."),
) -> None:
    """Predict the return reason of every text in a CSV with the champion reason classifier."""
    from serving.batch import BatchInputError, predict_frame, read_texts_csv, write_predictions
    from triage.registry import NoChampionError, load_champion

    settings = get_settings()
    try:
        frame = read_texts_csv(input_path)
    except BatchInputError as error:
        raise fail(str(error)) from None
    if not output_path.parent.is_dir():
        raise fail(f"cannot write {output_path}: folder {output_path.parent} does not exist")
    try:
        champion = load_champion(settings, settings.reason_model_name)
    except NoChampionError as error:
        raise fail(str(error), code=1) from None
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console
    ) as progress:
        task = progress.add_task(f"{champion.name} v{champion.version}", total=len(frame))
        predicted = predict_frame(champion.model, frame, batch_size, on_batch=lambda done: progress.advance(task, done))
    try:
        write_predictions(predicted, output_path)
    except BatchInputError as error:
        raise fail(str(error)) from None
    console.print(f"wrote {len(predicted)} predictions to {output_path} ({champion.name} v{champion.version})")
