"""`triage predict ...`: batch predictions with the champion models, for data scientists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from triage.settings import Settings, get_settings

if TYPE_CHECKING:
    import pandas as pd

    from serving.policy import Policy
    from triage.registry import ChampionModel

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


def load_policy_or_exit(settings: Settings) -> Policy:
    """The policy in force; exit code 2 with the reason when the policy file is unusable."""
    from serving.policy import PolicyError, load_policy

    try:
        return load_policy(settings.policy_path)
    except PolicyError as error:
        raise fail(str(error)) from None


def load_champion_or_exit(settings: Settings, model_name: str) -> ChampionModel:
    """The champion of `model_name`; exit code 1 (the input was fine, a model is missing) with the
    command that trains it when there is none."""
    from triage.registry import NoChampionError, load_champion

    try:
        return load_champion(settings, model_name)
    except NoChampionError as error:
        raise fail(str(error), code=1) from None


def write_output(frame: pd.DataFrame, output_path: Path) -> None:
    """Write the predictions CSV; exit code 2 when the location is not writable."""
    from serving.batch import BatchInputError, write_predictions

    try:
        write_predictions(frame, output_path)
    except BatchInputError as error:
        raise fail(str(error)) from None


def progress_bar() -> Progress:
    """The progress bar batch predictions report to (on stderr, beside the messages)."""
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console
    )


def input_option(help: str) -> Any:
    """The required `--input/-i` CSV; `help` names the columns the command reads."""
    return typer.Option(..., "--input", "-i", help=help)


def output_option(help: str) -> Any:
    """The required `--output/-o` CSV; `help` says what is added to the input."""
    return typer.Option(..., "--output", "-o", help=help)


def batch_size_option(help: str) -> Any:
    """How many texts go to the reason classifier at once."""
    return typer.Option(256, min=1, help=help)


@app.command("reasons")
def reasons(
    input_path: Path = input_option("CSV with a 'text' column (optional 'lang')."),
    output_path: Path = output_option("Where to write the input plus predictions."),
    batch_size: int = batch_size_option("Texts per prediction batch."),
) -> None:
    """Predict the return reason of every text in a CSV with the champion reason classifier."""
    from serving.batch import predict_frame, read_texts_csv

    settings = get_settings()
    frame = read_input(read_texts_csv, input_path, output_path)
    champion = load_champion_or_exit(settings, settings.reason_model_name)
    with progress_bar() as progress:
        task = progress.add_task(f"{champion.name} v{champion.version}", total=len(frame))
        predicted = predict_frame(champion.model, frame, batch_size, on_batch=lambda done: progress.advance(task, done))
    write_output(predicted, output_path)
    console.print(f"wrote {len(predicted)} predictions to {output_path} ({champion.name} v{champion.version})")


@app.command("replies")
def replies(
    input_path: Path = input_option(
        "CSV with text, product_name, product_category, price, currency, delivery_date, request_date "
        "(optional: lang, reason, first_name, size, order_id, risk_score, free_returns_used)."
    ),
    output_path: Path = output_option("Where to write the input plus the drafted replies."),
) -> None:
    """Decide each return with the policy and draft the customer reply with the champion reply drafter.

    Rows without a `reason` get one from the champion reason classifier. Every draft is checked; the
    checker's problems go in `check_problems` (an empty list means it passed).
    """
    from serving.batch import read_texts_csv
    from serving.replies import ReplyInputError, draft_replies_frame

    settings = get_settings()
    frame = read_input(read_texts_csv, input_path, output_path)
    policy = load_policy_or_exit(settings)
    drafter = load_champion_or_exit(settings, settings.reply_model_name)
    needs_reasons = "reason" not in frame.columns or (frame["reason"].str.strip() == "").any()
    reasons = load_champion_or_exit(settings, settings.reason_model_name) if needs_reasons else None
    with progress_bar() as progress:
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
    write_output(drafted, output_path)
    failed = int((drafted["check_problems"] != "[]").sum())
    console.print(
        f"wrote {len(drafted)} replies to {output_path} ({drafter.name} v{drafter.version}); "
        f"{len(drafted) - failed} passed the checker, {failed} need an agent's attention"
    )


@app.command("risk")
def risk(
    input_path: Path = input_option("CSV of return requests (the API's request fields)."),
    output_path: Path = output_option("Where to write the input plus risk and decision."),
    batch_size: int = batch_size_option("Texts per reason-prediction batch."),
) -> None:
    """Score abuse risk and apply the return policy to every request in a CSV with the champion models."""
    import pandas as pd

    from serving.risk_batch import assess, history_tables, predict_reasons_in_batches, read_requests_csv

    settings = get_settings()
    frame = read_input(read_requests_csv, input_path, output_path)
    policy = load_policy_or_exit(settings)
    reason_champion = load_champion_or_exit(settings, settings.reason_model_name)
    risk_champion = load_champion_or_exit(settings, settings.risk_model_name)
    with progress_bar() as progress:
        task = progress.add_task(f"reasons ({reason_champion.name} v{reason_champion.version})", total=len(frame))
        reasons = predict_reasons_in_batches(
            reason_champion.model, frame, batch_size, on_batch=lambda done: progress.advance(task, done)
        )
    as_of = pd.to_datetime(frame["request_date"], utc=True).max().to_pydatetime()
    tables = history_tables(settings, frame["customer_id"].unique().tolist(), as_of)
    assessed = assess(frame, reasons, tables, risk_champion.model, policy)
    write_output(assessed, output_path)
    console.print(
        f"wrote {len(assessed)} assessments to {output_path} "
        f"({risk_champion.name} v{risk_champion.version}, policy {policy.version})"
    )
