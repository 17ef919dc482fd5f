"""Choose the risk bands' edges from the cost model, within the shop's limits (`triage policy tune`).

The returns `policy simulate` replays (scored and explained by the champion risk model) are decided
under candidate band edges, each through the one assembler, so the figures are the decisions the
service would make. A candidate's expected cost per return follows the policy's cost model: abusive
returns neither reviewed nor rejected (`missed_abuse_cost`), honest customers sent to review
(`honest_review_cost`) and agent time for every review (`review_handling_cost`).

Two edges are chosen; the bands between them keep their relative place:
- the **review edge** (the top band's `min_score`): the cheapest candidate whose share of returns
  sent to review stays within `max_reviewed`;
- the **warn edge** (the first band with `warn`): the lowest candidate below the review edge whose
  share of returns a risk band warns (`RISK_WARNING`) stays within `max_warned`. A warning needs a reason code
  that raised the score (`decisions.policy.decide`), so returns a band would warn without one do not count, nor
  do the warnings no edge moves (a ticked reason the text contradicts, a shop-fault reason read with low
  confidence): counted, they alone could exceed the limit and push the warn band up to review.
Candidates are quantiles of the replayed scores, so each step moves a similar number of returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

from decisions.assembler import ReturnCase
from decisions.policy import DecisionCode, Policy, RiskBand, parse_policy
from features.history import no_history
from models.risk_reasons import RiskReason
from training.policy_simulation import CAUGHT, decide_all, replay_cases
from training.risk import expected_cost

TUNING_REPORT = "policy_tuning.json"
TUNING_CHART = "policy_tuning.html"


@dataclass(frozen=True)
class Limits:
    """What the shop accepts on recent traffic: at most these shares warned and sent to review."""

    max_warned: float
    max_reviewed: float


@dataclass(frozen=True)
class Point:
    """One candidate's figures on the replayed returns (shares of all returns; cost per return)."""

    warn_edge: float
    review_edge: float
    cost_per_return: float
    warned: float
    risk_warned: float  # warned by a risk band (`RISK_WARNING`): what the warn edge moves and `max_warned` limits
    reviewed: float
    abuse_caught: float
    no_history_warned: float
    no_history_reviewed: float


def with_edges(policy: Policy, warn_edge: float, review_edge: float) -> Policy:
    """`policy` with its first warn band at `warn_edge` and its top band at `review_edge`; the bands
    between keep their place relative to those two; bands below the warn band are unchanged.

    Raises:
        ValueError: edges not increasing, or a policy without a warn band below its top band.
    """
    bands = policy.risk_bands
    first_warn = next((i for i, band in enumerate(bands[:-1]) if band.warn and i > 0), None)
    if first_warn is None:
        raise ValueError("the policy has no warn band between its first and top bands")
    if not bands[first_warn - 1].min_score < warn_edge < review_edge < 1:
        raise ValueError(f"edges must increase: warn {warn_edge}, review {review_edge}")
    old_warn, old_review = bands[first_warn].min_score, bands[-1].min_score
    span = (review_edge - warn_edge) / (old_review - old_warn)
    moved: list[RiskBand] = list(bands[:first_warn])
    for band in bands[first_warn:]:
        score = round(warn_edge + (band.min_score - old_warn) * span, 4)
        moved.append(band.model_copy(update={"min_score": score}))
    data = policy.model_dump(mode="json")
    data["risk_bands"] = [band.model_dump(mode="json") for band in moved]
    data["version"] = f"{policy.version}-tuned"
    return parse_policy(data, "tuned policy")  # validates: edges still increase strictly after rounding


@dataclass(frozen=True)
class _Replay:
    """The replayed returns, prepared once for deciding them under every candidate."""

    cases: list[ReturnCase]
    scores: np.ndarray
    reasons: Sequence[list[RiskReason]]
    free_returns_used: np.ndarray
    abuse: np.ndarray
    no_history: np.ndarray

    def point(self, policy: Policy) -> Point:
        """`policy`'s figures on the replayed returns, each decided through the one assembler."""
        decisions = decide_all(self.cases, self.scores, self.reasons, self.free_returns_used, policy)
        abuse, cold = self.abuse, self.no_history
        warned = np.array([made.warn for made in decisions], dtype=bool)
        risk_warned = np.array([any(rule.code == "RISK_WARNING" for rule in made.rules) for made in decisions])
        reviewed = np.array([made.code is DecisionCode.MANUAL_REVIEW for made in decisions], dtype=bool)
        caught = np.array([made.code in CAUGHT for made in decisions], dtype=bool)
        warn_band = next(band for band in policy.risk_bands[1:] if band.warn)
        return Point(
            warn_edge=warn_band.min_score,
            review_edge=policy.top_band.min_score,
            cost_per_return=round(expected_cost(abuse, reviewed, policy.cost_model, caught), 4),
            warned=float(warned.mean()),
            risk_warned=float(risk_warned.mean()),
            reviewed=float(reviewed.mean()),
            abuse_caught=float(caught[abuse].mean()) if abuse.any() else 0.0,
            no_history_warned=float(warned[cold].mean()) if cold.any() else 0.0,
            no_history_reviewed=float(reviewed[cold].mean()) if cold.any() else 0.0,
        )


def candidate_edges(scores: np.ndarray, count: int) -> np.ndarray:
    """Distinct score quantiles between the median and the 99.5th percentile, rounded to 4 decimals."""
    quantiles = np.quantile(scores, np.linspace(0.5, 0.995, count))
    return np.unique(np.round(quantiles[(quantiles > 0) & (quantiles < 1)], 4))


def tune(
    rows: pd.DataFrame,
    scores: np.ndarray,
    reasons: Sequence[list[RiskReason]],
    free_returns_used: np.ndarray,
    policy: Policy,
    limits: Limits,
    candidates: int = 40,
) -> tuple[Policy, dict[str, Any]]:
    """The tuned policy and a report: the shipped and tuned figures and both trade-off curves.

    Args:
        rows: replayed returns (the risk frame's rows: features, reason, dates, `abuse`).
        scores, reasons: the risk model's scores and reason codes for `rows`.
        free_returns_used: each row's free returns used under `policy` (`quota_usage`).
        policy: the policy in force; everything but the band edges is kept.
        limits: the shop's ceilings on the shares warned and reviewed.
        candidates: how many score quantiles to try for each edge.

    Raises:
        ValueError: no candidate review edge keeps the reviewed share within the limit.
    """
    replay = _Replay(
        replay_cases(rows), scores, reasons, free_returns_used, rows["abuse"].to_numpy(bool), no_history(rows)
    )
    edges = candidate_edges(scores, candidates)
    first_warn = next(band for band in policy.risk_bands[1:] if band.warn)
    ratio = first_warn.min_score / policy.top_band.min_score  # the warn edge while the review edge moves

    def curve(pairs: list[tuple[float, float]]) -> list[Point]:
        points = []
        for warn_edge, review_edge in pairs:
            try:
                candidate = with_edges(policy, warn_edge, review_edge)
            except ValueError:  # edges too close: the bands between would collapse when rounded
                continue
            points.append(replay.point(candidate))
        return points

    floor = policy.risk_bands[policy.risk_bands.index(first_warn) - 1].min_score
    review_curve = curve([(edge * ratio, edge) for edge in edges if edge * ratio > floor])
    allowed = [found for found in review_curve if found.reviewed <= limits.max_reviewed]
    if not allowed:
        lowest = min((found.reviewed for found in review_curve), default=1.0)
        raise ValueError(f"no review edge keeps review within {limits.max_reviewed:.1%} (lowest {lowest:.1%})")
    cheapest = min(allowed, key=lambda found: found.cost_per_return)
    warn_curve = curve([(edge, cheapest.review_edge) for edge in edges if floor < edge < cheapest.review_edge])
    within = [found for found in warn_curve if found.risk_warned <= limits.max_warned]
    # No warn edge keeps warnings within the limit: the warn band starts as close to review as tried.
    chosen = (
        min(within, key=lambda found: found.warn_edge)
        if within
        else max(warn_curve, key=lambda found: found.warn_edge, default=cheapest)
    )
    tuned = with_edges(policy, chosen.warn_edge, chosen.review_edge)
    report = {
        "returns": len(rows),
        "limits": asdict(limits),
        "cost_model": policy.cost_model.model_dump(),
        "shipped": asdict(replay.point(policy)),
        "tuned": asdict(chosen),
        "tuned_bands": [band.model_dump() for band in tuned.risk_bands],
        "warn_limit_met": bool(within),
        "review_curve": [asdict(found) for found in review_curve],
        "warn_curve": [asdict(found) for found in warn_curve],
    }
    return tuned, report


def trade_off_chart(report: dict[str, Any]) -> str:
    """The trade-off curves as one self-contained HTML page (Plotly, its JavaScript inlined)."""
    import plotly.graph_objects as go  # deferred: only this command draws
    from plotly.subplots import make_subplots

    review, warn = pd.DataFrame(report["review_curve"]), pd.DataFrame(report["warn_curve"])
    figure = make_subplots(
        rows=1,
        cols=2,
        subplot_titles=("Expected cost per return vs share reviewed", "Share warned by a risk band vs warn edge"),
    )
    figure.add_trace(
        go.Scatter(
            x=review["reviewed"], y=review["cost_per_return"], mode="lines+markers", name="review edge",
            text=[f"review edge {edge:.3f}" for edge in review["review_edge"]],
        ),
        row=1, col=1,
    )  # fmt: skip
    figure.add_trace(
        go.Scatter(x=warn["warn_edge"], y=warn["risk_warned"], mode="lines+markers", name="warn edge"), row=1, col=2
    )
    for name, symbol in (("shipped", "x"), ("tuned", "star")):
        chosen = report[name]
        figure.add_trace(
            go.Scatter(
                x=[chosen["reviewed"]], y=[chosen["cost_per_return"]], mode="markers", name=name,
                marker={"size": 14, "symbol": symbol},
            ),
            row=1, col=1,
        )  # fmt: skip
    limits = report["limits"]
    figure.add_vline(x=limits["max_reviewed"], line_dash="dash", row=1, col=1)
    figure.add_hline(y=limits["max_warned"], line_dash="dash", row=1, col=2)
    figure.update_xaxes(title_text="share of returns reviewed", tickformat=".0%", row=1, col=1)
    figure.update_yaxes(title_text="cost per return", row=1, col=1)
    figure.update_xaxes(title_text="warn edge (score)", row=1, col=2)
    figure.update_yaxes(title_text="share of returns a risk band warns", tickformat=".0%", row=1, col=2)
    figure.update_layout(title=f"Risk bands from the cost model over {report['returns']} returns", height=520)
    return figure.to_html(include_plotlyjs=True, full_html=True)
