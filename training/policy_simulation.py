"""Replay historical returns through a candidate return policy and compare it with the current one.

`triage policy simulate --policy new.yaml` takes the historical returns that `triage train risk`
prepared (point-in-time features and out-of-fold reason predictions, by default only the newest
test period, which the risk model never trained on), scores them with the champion risk model,
and decides each one under the current and the candidate policy. The free-return quota count is
recomputed for each policy (its window and categories may differ). It reports, per policy: the
share of each decision, what free returns cost the shop (free labels + returnless refunds), abuse
caught (sent to review or rejected) and honest customers affected (reviewed, rejected or charged).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import typer

from features.history import HistorySummary, requests_from_returns, risk_features
from serving.policy import Decision, DecisionCode, Policy, PolicyError, ReturnContext, decide, load_policy

app = typer.Typer(no_args_is_help=True, help="Check and simulate return policies.")
SIMULATION_REPORT = "policy_simulation.json"
_CAUGHT = (DecisionCode.MANUAL_REVIEW, DecisionCode.REJECT)
_BENEFIT = (DecisionCode.FREE_RETURN, DecisionCode.KEEP_ITEM)


@dataclass(frozen=True)
class PolicyOutcome:
    """What one policy does to the replayed returns. Counts add up to `returns` (and to `abuse`)."""

    policy_version: str
    returns: int
    decisions: dict[str, int]
    shares: dict[str, float]
    warned: int
    free_label_cost: float
    keep_item_refunds: float
    free_return_cost: float
    abuse: int
    abuse_caught: int
    abuse_charged: int
    abuse_free: int
    honest_reviewed_or_rejected: int
    honest_charged: int
    honest_customers_affected: int


def decide_all(rows: pd.DataFrame, scores: np.ndarray, free_returns_used: np.ndarray, policy: Policy) -> list[Decision]:
    """The policy's decision for each replayed return."""
    decisions = []
    for row, score, used in zip(rows.itertuples(index=False), scores, free_returns_used, strict=True):
        context = ReturnContext(
            row.product_category, float(row.item_price), row.currency, row.delivery_ts, row.request_ts
        )
        history = HistorySummary(free_returns_used=int(used))
        decisions.append(decide(context, row.reason, float(row.reason_confidence), float(score), [], history, policy))
    return decisions


def summarise(rows: pd.DataFrame, decisions: Sequence[Decision], policy: Policy) -> PolicyOutcome:
    """Count decisions, costs, abuse caught and honest customers affected under one policy."""
    decision = pd.Series([made.code.value for made in decisions], index=rows.index, dtype=object)
    abuse = rows["abuse"].astype(bool)
    counts = {code.value: int((decision == code.value).sum()) for code in DecisionCode}
    caught = decision.isin([code.value for code in _CAUGHT])
    benefit = decision.isin([code.value for code in _BENEFIT])
    charged = decision == DecisionCode.PAID_RETURN.value
    fees = rows["currency"].map(policy.label_fee).astype(float)
    free_label_cost = float(fees[decision == DecisionCode.FREE_RETURN.value].sum())
    keep_refunds = float(rows.loc[decision == DecisionCode.KEEP_ITEM.value, "item_price"].sum())
    affected = ~abuse & (caught | charged)
    return PolicyOutcome(
        policy_version=policy.version,
        returns=len(rows),
        decisions=counts,
        shares={code: count / len(rows) for code, count in counts.items()},
        warned=sum(made.warn for made in decisions),
        free_label_cost=round(free_label_cost, 2),
        keep_item_refunds=round(keep_refunds, 2),
        free_return_cost=round(free_label_cost + keep_refunds, 2),
        abuse=int(abuse.sum()),
        abuse_caught=int((abuse & caught).sum()),
        abuse_charged=int((abuse & charged).sum()),
        abuse_free=int((abuse & benefit).sum()),
        honest_reviewed_or_rejected=int((~abuse & caught).sum()),
        honest_charged=int((~abuse & charged).sum()),
        honest_customers_affected=int(rows.loc[affected, "customer_id"].nunique()),
    )


def quota_usage(return_ids: pd.Series, tables: dict[str, pd.DataFrame], policy: Policy) -> np.ndarray:
    """Free returns each replayed request had already used under `policy`'s quota rule."""
    requests = requests_from_returns(tables)
    requests = requests[requests["return_id"].isin(set(return_ids))]
    used = risk_features(
        requests, tables, policy.free_return_categories, policy.free_return_quota.window_days
    ).set_index(requests["return_id"])["free_returns_used"]
    unknown = sorted(set(return_ids) - set(used.index))
    if unknown:
        raise ValueError(f"{len(unknown)} replayed returns are not in the history tables, e.g. {unknown[0]}")
    return used.reindex(return_ids).to_numpy()


def simulate(
    rows: pd.DataFrame, scores: np.ndarray, tables: dict[str, pd.DataFrame], current: Policy, candidate: Policy
) -> dict[str, Any]:
    """Decide every replayed return under both policies; return both outcomes and the decision changes."""
    outcomes, decisions = {}, {}
    for name, policy in (("current", current), ("candidate", candidate)):
        used = quota_usage(rows["return_id"], tables, policy)
        decisions[name] = decide_all(rows, scores, used, policy)
        outcomes[name] = summarise(rows, decisions[name], policy)
    changes = pd.crosstab(
        pd.Series([made.code.value for made in decisions["current"]]),
        pd.Series([made.code.value for made in decisions["candidate"]]),
    )
    return {
        "returns": len(rows),
        "current": asdict(outcomes["current"]),
        "candidate": asdict(outcomes["candidate"]),
        "changes": {
            f"{before} -> {after}": int(changes.loc[before, after])
            for before in changes.index
            for after in changes.columns
            if before != after and changes.loc[before, after] > 0
        },
    }


def _print(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    current, candidate = result["current"], result["candidate"]
    table = Table(title=f"Policy simulation over {result['returns']} historical returns")
    for column in ("", f"current {current['policy_version']}", f"candidate {candidate['policy_version']}", "change"):
        table.add_column(column, justify="right")
    for code in current["shares"]:
        before, after = current["shares"][code], candidate["shares"][code]
        table.add_row(code, f"{before:.1%}", f"{after:.1%}", f"{after - before:+.1%}")
    for key in (
        "warned",
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
    console.print(f"abusive returns: {current['abuse']}; decisions that change: {result['changes'] or 'none'}")


def _load_or_exit(path: Path) -> Policy:
    try:
        return load_policy(path)
    except PolicyError as error:
        typer.echo(f"Invalid policy: {error}", err=True)
        raise typer.Exit(code=2) from None


@app.command("check")
def check_command(path: Path = typer.Argument(..., help="Policy YAML file to validate.")) -> None:
    """Validate a policy file; prints the problem (naming the key) and exits 2 when it is invalid."""
    policy = _load_or_exit(path)
    typer.echo(f"{path}: policy version {policy.version} is valid")


@app.command("simulate")
def simulate_command(
    policy: Path = typer.Option(..., "--policy", help="Candidate policy YAML."),
    current: Path | None = typer.Option(None, "--current", help="Policy to compare with (default: the one in force)."),
    all_history: bool = typer.Option(False, "--all-history", help="Replay every return, not only the test period."),
) -> None:
    """Replay historical returns through a candidate policy and the current models; print what changes."""
    from training.risk import FRAME_NAME, REPORT_NAME, load_history_tables
    from triage.registry import NoChampionError, load_champion
    from triage.settings import get_settings

    settings = get_settings()
    candidate_policy = _load_or_exit(policy)
    current_policy = _load_or_exit(current or settings.policy_path)
    frame_path, report_path = settings.reports_dir / FRAME_NAME, settings.reports_dir / REPORT_NAME
    if not (frame_path.is_file() and report_path.is_file()):
        typer.echo(f"no replay data at {frame_path}; run `triage train risk` first", err=True)
        raise typer.Exit(code=2)
    try:
        champion = load_champion(settings, settings.risk_model_name)
    except NoChampionError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(code=2) from None
    rows = pd.read_parquet(frame_path)
    if not all_history:
        rows = rows[rows["test"]].reset_index(drop=True)
    scores = champion.model.score_abuse(rows)
    history_dir = Path(json.loads(report_path.read_text())["history_dir"])
    try:
        result = simulate(rows, scores, load_history_tables(history_dir), current_policy, candidate_policy)
    except ValueError as error:  # history changed since training: the replay would not be faithful
        typer.echo(f"cannot replay: {error}; run `triage train risk` again", err=True)
        raise typer.Exit(code=2) from None
    result["risk_model_version"] = champion.version
    _print(result)
    out = settings.reports_dir / SIMULATION_REPORT
    out.write_text(json.dumps(result, indent=2))
    typer.echo(f"report: {out}")
