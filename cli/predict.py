"""`triage predict ...`: batch predictions with the champion models, for data scientists."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import typer
from rich.progress import Progress

from cli.common import batch_size_option, fail, input_option, output_option, predict_csv
from cli.loading import load_champion_if_any, load_champion_or_exit, load_policy_or_exit, risk_list_store
from decisions.assessments import assess_request_rows
from decisions.policy import Policy
from features.csv_input import BatchInputError, read_requests_csv
from features.text import counted
from serving.predict_reasons import predict_frame, read_texts_csv
from serving.predict_replies import ReplyInputError, draft_replies_frame, read_reply_rows
from serving.predict_risk import (
    NoHistoryError,
    history_tables,
    latest_request,
    list_keys,
    predict_reasons_for_requests,
)
from serving.stores.history_check import history_bounds
from serving.stores.risk_lists import RiskListStore
from triage.registry import ChampionModel
from triage.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="Batch predictions from CSV files with the champion models.")


@app.command("reasons")
def reasons(
    input_path: Path = input_option("CSV with a 'text' column (optional 'lang')."),
    output_path: Path = output_option("Where to write the input plus predictions."),
    batch_size: int = batch_size_option("Texts per prediction batch."),
) -> None:
    """Predict the return reason of every text in a CSV with the champion reason classifier."""
    settings = get_settings()

    def predict(frame: pd.DataFrame, champion: ChampionModel, progress: Progress) -> pd.DataFrame:
        task = progress.add_task(f"{champion.name} v{champion.version}", total=len(frame))
        return predict_frame(champion.model, frame, batch_size, on_batch=lambda done: progress.advance(task, done))

    predict_csv(
        input_path,
        output_path,
        read_texts_csv,
        load=lambda frame: load_champion_or_exit(settings, settings.reason_model_name),
        predict=predict,
        summary=lambda done, champion: (
            f"wrote {counted(len(done), 'prediction')} to {output_path} ({champion.name} v{champion.version})"
        ),
    )


@dataclass(frozen=True)
class _ReplyModels:
    policy: Policy
    drafter: ChampionModel
    reasons: ChampionModel | None


@app.command("replies")
def replies(
    input_path: Path = input_option(
        "CSV with text, product_category, price, currency, delivery_date, request_date (optional: lang, reason, "
        "needs_review, product_name, product_name_lang, first_name, size, order_id, risk_score, free_returns_used)."
    ),
    output_path: Path = output_option("Where to write the input plus the drafted replies."),
) -> None:
    """Decide each return with the policy and draft the customer reply with the champion reply drafter.

    Rows without a `reason` get one from the champion reason classifier, which also reads every text
    against a given (ticked) reason: when the text clearly says otherwise, the reply follows the text and
    `picked_code` names the ticked reason. Every draft is checked; the checker's problems go in
    `check_problems` (an empty list means it passed).
    """
    settings = get_settings()
    policy = load_policy_or_exit(settings.policy_path)

    def read(path: Path) -> pd.DataFrame:
        # every cell checked here, before the models load (and before the progress bar, whose last state
        # printed below a message hid it)
        frame = read_texts_csv(path)
        try:
            read_reply_rows(frame, policy)
        except ReplyInputError as error:
            raise BatchInputError(f"{path}: {error}") from None
        return frame

    def load(frame: pd.DataFrame) -> _ReplyModels:
        drafter = load_champion_or_exit(settings, settings.reply_model_name)
        needs_reasons = "reason" not in frame.columns or (frame["reason"] == "").any()
        # with every reason given, the reason model still reads the texts against them when there is one
        reasons = (load_champion_or_exit if needs_reasons else load_champion_if_any)(
            settings, settings.reason_model_name
        )
        return _ReplyModels(policy, drafter, reasons)

    def predict(frame: pd.DataFrame, models: _ReplyModels, progress: Progress) -> pd.DataFrame:
        task = progress.add_task(f"{models.drafter.name} v{models.drafter.version}", total=len(frame))
        return draft_replies_frame(
            frame,
            models.drafter.model,
            models.policy,
            settings,
            models.reasons.model if models.reasons is not None else None,
            on_batch=lambda done: progress.advance(task, done),
        )

    def summary(drafted: pd.DataFrame, models: _ReplyModels) -> str:
        failed = int((drafted["check_problems"] != "[]").sum())
        return (
            f"wrote {counted(len(drafted), 'reply', 'replies')} to {output_path} "
            f"({models.drafter.name} v{models.drafter.version}); {len(drafted) - failed:,} passed the checker, "
            f"{counted(failed, 'draft')} for an agent's attention"
        )

    predict_csv(input_path, output_path, read, load, predict, summary)


@dataclass(frozen=True)
class _RiskModels:
    policy: Policy
    reasons: ChampionModel
    risk: ChampionModel
    lists: RiskListStore


@app.command("risk")
def risk(
    input_path: Path = input_option("CSV of return requests (the API's request fields)."),
    output_path: Path = output_option("Where to write the input plus risk and decision."),
    batch_size: int = batch_size_option("Texts per reason-prediction batch."),
) -> None:
    """Score abuse risk and apply the return policy (and the shop's allow/block lists) to every request in a CSV
    with the champion models."""
    settings = get_settings()

    def load(frame: pd.DataFrame) -> _RiskModels:
        return _RiskModels(
            load_policy_or_exit(settings.policy_path),
            load_champion_or_exit(settings, settings.reason_model_name),
            load_champion_or_exit(settings, settings.risk_model_name),
            # the database opened before the work: one it cannot serve (another program's, a newer release's) is a
            # message, not a traceback after the reasons were read
            risk_list_store(settings, read_only=True),
        )

    def predict(frame: pd.DataFrame, models: _RiskModels, progress: Progress) -> pd.DataFrame:
        # the history read before the reasons: without one, the command says so before the work
        try:
            tables = history_tables(settings, frame["customer_id"].unique().tolist(), latest_request(frame))
        except NoHistoryError as error:
            raise fail(str(error), code=1) from None
        task = progress.add_task(f"reasons ({models.reasons.name} v{models.reasons.version})", total=len(frame))
        reasons = predict_reasons_for_requests(
            models.reasons.model, frame, batch_size, on_batch=lambda done: progress.advance(task, done)
        )
        # The shop's allow/block lists decide CSV rows as they decide served requests (one query).
        hits = models.lists.hits_per_request(list_keys(frame))
        return assess_request_rows(frame, reasons, tables, models.risk.model, models.policy, hits)

    predict_csv(
        input_path,
        output_path,
        functools.partial(read_requests_csv, bounds=history_bounds(settings)),
        load,
        predict,
        summary=lambda assessed, models: (
            f"wrote {counted(len(assessed), 'assessment')} to {output_path} "
            f"({models.risk.name} v{models.risk.version}, policy {models.policy.version})"
        ),
    )
