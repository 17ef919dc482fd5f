"""`triage predict ...`: batch predictions with the champion models, for data scientists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from triage.settings import get_settings

if TYPE_CHECKING:
    import pandas as pd

app = typer.Typer(no_args_is_help=True, help="Batch predictions from CSV files with the champion models.")
console = Console(stderr=True)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a one-line error and return the exit to raise (bad input never shows a traceback)."""
    console.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code=code)


def read_input(read: Callable[[Path], pd.DataFrame], input_path: Path, output_path: Path) -> pd.DataFrame:
    """Read the input CSV and check the output folder before any model loads, so bad input fails fast.

    Raises:
        typer.Exit: code 2 with the reader's message when `read` raises `BatchInputError`, or when the
            output folder does not exist.
    """
    from serving.batch import BatchInputError

    try:
        frame = read(input_path)
    except BatchInputError as error:
        raise fail(str(error)) from None
    if not output_path.parent.is_dir():
        raise fail(f"cannot write {output_path}: folder {output_path.parent} does not exist")
    return frame


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
    frame = read_input(read_texts_csv, input_path, output_path)
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


@app.command("replies")
def replies(
    input_path: Path = typer.Option(
        ...,
        "--input",
        "-i",
        help="CSV with text, product_name, product_category, price, currency, delivery_date, request_date "
        "(optional: lang, reason, first_name, size, order_id, risk_score, free_returns_used).",
    ),
    output_path: Path = typer.Option(..., "--output", "-o", help="Where to write the input plus the drafted replies."),
) -> None:
    """Decide each return with the policy and draft the customer reply with the champion reply drafter.

    Rows without a `reason` get one from the champion reason classifier. Every draft is checked; the
    checker's problems go in `check_problems` (an empty list means it passed).
    """
    from serving.batch import BatchInputError, read_texts_csv, write_predictions
    from serving.policy import PolicyError, load_policy
    from serving.replies import ReplyInputError, draft_replies_frame
    from triage.registry import NoChampionError, load_champion

    settings = get_settings()
    frame = read_input(read_texts_csv, input_path, output_path)
    try:
        policy = load_policy(settings.policy_path)
    except PolicyError as error:
        raise fail(str(error)) from None
    try:
        drafter = load_champion(settings, settings.reply_model_name)
        needs_reasons = "reason" not in frame.columns or (frame["reason"].str.strip() == "").any()
        reasons = load_champion(settings, settings.reason_model_name) if needs_reasons else None
    except NoChampionError as error:
        raise fail(str(error), code=1) from None
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console
    ) as progress:
        task = progress.add_task(f"{drafter.name} v{drafter.version}", total=len(frame))
        try:
            drafted = draft_replies_frame(
                frame,
                drafter.model,
                policy,
                settings,
                reasons.model if reasons is not None else None,
                on_batch=lambda done: progress.advance(task, done),
            )
        except ReplyInputError as error:
            raise fail(f"{input_path}: {error}") from None
    try:
        write_predictions(drafted, output_path)
    except BatchInputError as error:
        raise fail(str(error)) from None
    failed = int((drafted["check_problems"] != "[]").sum())
    console.print(
        f"wrote {len(drafted)} replies to {output_path} ({drafter.name} v{drafter.version}); "
        f"{len(drafted) - failed} passed the checker, {failed} need an agent's attention"
    )


@app.command("risk")
def risk(
    input_path: Path = typer.Option(..., "--input", "-i", help="CSV of return requests (the API's request fields)."),
    output_path: Path = typer.Option(..., "--output", "-o", help="Where to write the input plus risk and decision."),
    batch_size: int = typer.Option(256, min=1, help="Texts per reason-prediction batch."),
) -> None:
    """Score abuse risk and apply the return policy to every request in a CSV with the champion models."""
    import pandas as pd

    from serving.policy import PolicyError, load_policy
    from serving.risk_batch import (
        assess,
        history_tables,
        predict_reasons_in_batches,
        read_requests_csv,
    )
    from triage.registry import NoChampionError, load_champion

    settings = get_settings()
    frame = read_input(read_requests_csv, input_path, output_path)
    try:
        policy = load_policy(settings.policy_path)
        reason_champion = load_champion(settings, settings.reason_model_name)
        risk_champion = load_champion(settings, settings.risk_model_name)
    except PolicyError as error:
        raise fail(str(error)) from None
    except NoChampionError as error:
        raise fail(str(error), code=1) from None
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console
    ) as progress:
        task = progress.add_task(f"reasons ({reason_champion.name} v{reason_champion.version})", total=len(frame))
        reasons = predict_reasons_in_batches(
            reason_champion.model, frame, batch_size, on_batch=lambda done: progress.advance(task, done)
        )
    as_of = pd.to_datetime(frame["request_date"], utc=True).max().to_pydatetime()
    tables = history_tables(settings, frame["customer_id"].unique().tolist(), as_of)
    assessed = assess(frame, reasons, tables, risk_champion.model, policy)
    try:
        assessed.to_csv(output_path, index=False)
    except OSError as error:
        raise fail(f"cannot write {output_path}: {error.strerror or error}") from None
    console.print(
        f"wrote {len(assessed)} assessments to {output_path} "
        f"({risk_champion.name} v{risk_champion.version}, policy {policy.version})"
    )
