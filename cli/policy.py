"""`triage policy ...`: check a policy file, simulate a candidate policy on historical returns."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from cli.common import fail, load_champion_or_exit, load_policy_or_exit
from models.risk_reasons import RiskReason, score_and_explain
from training.policy_simulation import SIMULATION_REPORT, simulate
from training.risk import FRAME_NAME, REPORT_NAME, load_history_tables
from triage.settings import Settings, get_settings

app = typer.Typer(no_args_is_help=True, help="Check and simulate return policies.")


def _print(result: dict[str, Any]) -> None:
    current, candidate = result["current"], result["candidate"]
    table = Table(title=f"Policy simulation over {result['returns']} historical returns")
    for column in ("", f"current {current['policy_version']}", f"candidate {candidate['policy_version']}", "change"):
        table.add_column(column, justify="right")
    for code in current["shares"]:
        before, after = current["shares"][code], candidate["shares"][code]
        table.add_row(code, f"{before:.1%}", f"{after:.1%}", f"{after - before:+.1%}")
    for key in (
        "warned",
        "reviewed",
        "no_history_warned",
        "no_history_reviewed",
        "free_return_cost",
        "free_label_cost",
        "keep_item_refunds",
        "abuse_caught",
        "abuse_charged",
        "abuse_free",
        "honest_reviewed_or_rejected",
        "honest_charged",
        "honest_customers_affected",
    ):
        before, after = current[key], candidate[key]
        table.add_row(key, f"{before:,.2f}", f"{after:,.2f}", f"{after - before:+,.2f}")
    console = Console()
    console.print(table)
    console.print(
        f"abusive returns: {current['abuse']}; returns without history: {current['no_history_returns']}; "
        f"decisions that change: {result['changes'] or 'none'}"
    )


@app.command("check")
def check_command(path: Path = typer.Argument(..., help="Policy YAML file to validate.")) -> None:
    """Validate a policy file; prints the problem (naming the key) and exits 2 when it is invalid."""
    policy = load_policy_or_exit(path)
    typer.echo(f"{path}: policy version {policy.version} is valid")


@dataclass(frozen=True)
class _Replay:
    """The returns both `simulate` and `tune` replay, scored and explained by the risk champion."""

    rows: pd.DataFrame
    scores: np.ndarray
    reasons: list[list[RiskReason]]
    tables: dict[str, pd.DataFrame]
    risk_model_version: str


def _replay(settings: Settings, all_history: bool) -> _Replay:
    frame_path, report_path = settings.reports_dir / FRAME_NAME, settings.reports_dir / REPORT_NAME
    if not (frame_path.is_file() and report_path.is_file()):
        raise fail(f"no replay data at {frame_path}; run `triage train risk` first")
    champion = load_champion_or_exit(settings, settings.risk_model_name)
    rows = pd.read_parquet(frame_path)
    if not all_history:
        rows = rows[rows["test"]].reset_index(drop=True)
    scores, reasons = score_and_explain(champion.model, rows)
    history_dir = Path(json.loads(report_path.read_text())["history_dir"])
    return _Replay(rows, scores, reasons, load_history_tables(history_dir), champion.version)


@app.command("simulate")
def simulate_command(
    policy: Path = typer.Option(..., "--policy", help="Candidate policy YAML."),
    current: Path | None = typer.Option(None, "--current", help="Policy to compare with (default: the one in force)."),
    all_history: bool = typer.Option(False, "--all-history", help="Replay every return, not only the test period."),
) -> None:
    """Replay historical returns through a candidate policy and the current models; print what changes."""
    settings = get_settings()
    candidate_policy = load_policy_or_exit(policy)
    current_policy = load_policy_or_exit(current or settings.policy_path)
    replay = _replay(settings, all_history)
    try:
        result = simulate(replay.rows, replay.scores, replay.reasons, replay.tables, current_policy, candidate_policy)
    except ValueError as error:  # history changed since training: the replay would not be faithful
        raise fail(f"cannot replay: {error}; run `triage train risk` again") from None
    result["risk_model_version"] = replay.risk_model_version
    _print(result)
    out = settings.reports_dir / SIMULATION_REPORT
    out.write_text(json.dumps(result, indent=2))
    typer.echo(f"report: {out}")
