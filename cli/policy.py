"""`triage policy ...`: check a policy file, simulate a candidate policy on historical returns, tune risk bands."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import typer
import yaml
from rich.table import Table

from cli.common import (
    fail,
    number_between,
    output_file_or_exit,
    plain_console,
    state_folder_or_exit,
    write_text_or_exit,
)
from cli.loading import load_champion_or_exit, load_policy_or_exit
from features.text import counted
from models.risk_reasons import RiskReason, score_and_explain
from training.policy_simulation import SIMULATION_REPORT, quota_usage, simulate
from training.policy_tuning import TUNING_CHART, TUNING_REPORT, Limits, trade_off_chart, tune
from training.risk import FRAME_NAME, REPORT_NAME, load_history_tables
from triage.settings import Settings, get_settings

app = typer.Typer(no_args_is_help=True, help="Check, simulate and tune return policies.")


@app.callback()
def state_folder(ctx: typer.Context) -> None:
    """`check` reads only the policy file it is given, so it runs whatever the state folder; simulate and tune
    read the state folder's replay data and write their reports there."""
    state_folder_or_exit(ctx, needs_none={"check"})


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
        "warnings_without_reason",
        "reviewed",
        "no_history_warned",
        "no_history_warnings_without_reason",
        "no_history_reviewed",
        "free_return_cost",
        "free_label_cost",
        "label_fee_revenue",
        "keep_item_refunds",
        "abuse_caught",
        "abuse_charged",
        "abuse_free",
        "honest_reviewed_or_rejected",
        "honest_charged",
        "honest_customers_affected",
        "reason_mismatches",
    ):
        before, after = current[key], candidate[key]
        table.add_row(key, f"{before:,.2f}", f"{after:,.2f}", f"{after - before:+,.2f}")
    console = plain_console()
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


# A share of the returns: above 0, at most 1.
_SHARE = number_between(0, 1, above_low=True, noun="share")


@app.command("tune")
def tune_command(
    output: Path = typer.Option(..., "--output", "-o", help="Where to write the candidate policy YAML."),
    max_warned: float = typer.Option(
        0.10, "--max-warned", parser=_SHARE, metavar="SHARE", help="Largest share of returns a risk band warns."
    ),
    max_reviewed: float = typer.Option(
        0.05, "--max-reviewed", parser=_SHARE, metavar="SHARE", help="Largest share of returns sent to review."
    ),
    current: Path | None = typer.Option(None, "--current", help="Policy to tune (default: the one in force)."),
    all_history: bool = typer.Option(False, "--all-history", help="Replay every return, not only the test period."),
) -> None:
    """Propose risk band edges that minimise the cost model's expected cost within the shop's limits.

    Writes the candidate policy (compare it with `triage policy simulate --policy FILE`), the report
    and the trade-off chart to the reports folder.
    """
    settings = get_settings()
    output_file_or_exit(output, [current or settings.policy_path])  # never over the policy in force
    policy = load_policy_or_exit(current or settings.policy_path)
    replay = _replay(settings, all_history)
    try:
        used = quota_usage(replay.rows["return_id"], replay.tables, policy)
        tuned, report = tune(replay.rows, replay.scores, replay.reasons, used, policy, Limits(max_warned, max_reviewed))
    except ValueError as error:
        raise fail(f"cannot tune: {error}") from None
    report["risk_model_version"] = replay.risk_model_version
    write_text_or_exit(
        output,
        f"# {tuned.version}: risk bands from `triage policy tune` (cost model, at most {max_warned:.0%} warned "
        f"and {max_reviewed:.0%} reviewed).\n" + yaml.safe_dump(tuned.model_dump(mode="json"), sort_keys=False),
    )
    table = Table(title=f"Risk bands tuned on {counted(report['returns'], 'return')}")
    for column in ("", "warn edge", "review edge", "cost/return", "warned", "by a risk band", "reviewed",
                   "abuse caught", "no history warned", "no history reviewed"):  # fmt: skip
        table.add_column(column, justify="right")
    for name in ("shipped", "tuned"):
        found = report[name]
        table.add_row(
            name,
            f"{found['warn_edge']:.3f}",
            f"{found['review_edge']:.3f}",
            f"{found['cost_per_return']:.3f}",
            *(f"{found[key]:.1%}" for key in ("warned", "risk_warned", "reviewed", "abuse_caught",
                                              "no_history_warned", "no_history_reviewed")),
        )  # fmt: skip
    plain_console().print(table)
    if not report["warn_limit_met"]:
        typer.echo(
            f"no warn edge keeps a risk band's warnings within {max_warned:.0%}: the warn band starts just below review"
        )
    (settings.reports_dir / TUNING_REPORT).write_text(json.dumps(report, indent=2))
    (settings.reports_dir / TUNING_CHART).write_text(trade_off_chart(report), encoding="utf-8")
    typer.echo(f"candidate policy: {output}")
    typer.echo(f"report: {settings.reports_dir / TUNING_REPORT}; chart: {settings.reports_dir / TUNING_CHART}")
