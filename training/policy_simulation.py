"""Replay historical returns through a candidate return policy and compare it with the current one.

`triage policy simulate --policy new.yaml` takes the historical returns that `triage train risk`
prepared (point-in-time features and out-of-fold reason predictions, by default only the newest
test period, which the risk model never trained on), scores them with the champion risk model,
and decides each one under the current and the candidate policy. The free-return quota count is
recomputed for each policy (its window, categories and the reasons it pays for may differ). It
reports, per policy: the share of each decision, what free returns cost the shop (free labels +
returnless refunds), the label fees paid returns bring in, abuse caught (sent to review or
rejected), honest customers affected (reviewed, rejected or charged), and the share warned and
reviewed, overall and for customers without history (`NO_HISTORY`), and the returns whose ticked
reason the text contradicts (`reason_mismatches`: decided under both readings, as served).
Decisions see the risk reason codes as served, so a warn band warns only where a factor explains
the score; `warnings_without_reason` counts the returns a warn band would have warned without one
(warned before that rule: `warned + warnings_without_reason`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

from decisions.assembler import Assembler, ReturnCase
from decisions.policy import Decision, DecisionCode, Policy, ReturnContext
from decisions.reason_mismatch import ReasonMismatch, contradicted_ticks, ticked_codes
from features.history import HistorySummary, no_history, requests_from_returns, risk_features
from models.risk_reasons import RiskReason

SIMULATION_REPORT = "policy_simulation.json"
CAUGHT = (DecisionCode.MANUAL_REVIEW, DecisionCode.REJECT)
_BENEFIT = (DecisionCode.FREE_RETURN, DecisionCode.KEEP_ITEM)


@dataclass(frozen=True)
class PolicyOutcome:
    """What one policy does to the replayed returns. Counts add up to `returns` (and to `abuse`)."""

    policy_version: str
    returns: int
    decisions: dict[str, int]
    shares: dict[str, float]
    warned: int
    warnings_without_reason: int
    reviewed: int
    no_history_returns: int
    no_history_warned: int
    no_history_warnings_without_reason: int
    no_history_reviewed: int
    free_label_cost: float
    label_fee_revenue: float
    keep_item_refunds: float
    free_return_cost: float
    abuse: int
    abuse_caught: int
    abuse_charged: int
    abuse_free: int
    honest_reviewed_or_rejected: int
    honest_charged: int
    honest_customers_affected: int
    reason_mismatches: int


def replay_cases(rows: pd.DataFrame) -> list[ReturnCase]:
    """The replayed returns as the assembler's cases, built once however many policies decide them.

    As in serving, a fault the text describes counts, and a ticked reason the text contradicts is decided
    under both readings (`REASON_MISMATCH`). The written reading is the frame's out-of-fold one, which has no
    review threshold: it contradicts the tick wherever it leaves the ticked code less than
    `PICKED_PROBABILITY_CEILING`. Replay frames written before the texts or the ticks were kept replay
    without them.
    """
    texts = rows["reason_text"].fillna("").astype(str) if "reason_text" in rows else pd.Series("", index=rows.index)
    ticked = ticked_codes(rows["ticked_reason"]) if "ticked_reason" in rows else [None] * len(rows)
    return [
        ReturnCase(
            ReturnContext(row.product_category, float(row.item_price), row.currency, row.delivery_ts, row.request_ts),
            row.reason,
            float(row.reason_confidence),
            text=text,
            mismatch=mismatch,
            ticked=code,
        )
        for row, text, mismatch, code in zip(
            rows.itertuples(index=False), texts, _mismatches(rows), ticked, strict=True
        )
    ]


def _mismatches(rows: pd.DataFrame) -> list[ReasonMismatch | None]:
    if "ticked_reason" not in rows:
        return [None] * len(rows)
    return contradicted_ticks(rows["ticked_reason"], rows["reason"], rows["ticked_probability"])


def decide_all(
    cases: Sequence[ReturnCase],
    scores: np.ndarray,
    reasons: Sequence[list[RiskReason]],
    free_returns_used: np.ndarray,
    policy: Policy,
) -> list[Decision]:
    """The policy's decision for each replayed return (`replay_cases`), given its risk score and reason codes."""
    history = [HistorySummary(free_returns_used=int(used)) for used in free_returns_used]
    assessments = Assembler(policy).assemble(
        cases, history, risk_scores=[float(score) for score in scores], risk_reasons=reasons
    )
    return [assessment.decision for assessment in assessments]


def summarise(rows: pd.DataFrame, decisions: Sequence[Decision], policy: Policy) -> PolicyOutcome:
    """Count decisions, costs, abuse caught and honest customers affected under one policy."""
    decision = pd.Series([made.code.value for made in decisions], index=rows.index, dtype=object)
    abuse = rows["abuse"].astype(bool)
    counts = {code.value: int((decision == code.value).sum()) for code in DecisionCode}
    caught = decision.isin([code.value for code in CAUGHT])
    benefit = decision.isin([code.value for code in _BENEFIT])
    charged = decision == DecisionCode.PAID_RETURN.value
    fees = rows["currency"].map(policy.label_fee).astype(float)
    free_label_cost = float(fees[decision == DecisionCode.FREE_RETURN.value].sum())
    keep_refunds = float(rows.loc[decision == DecisionCode.KEEP_ITEM.value, "item_price"].sum())
    affected = ~abuse & (caught | charged)
    warned = np.array([made.warn for made in decisions], dtype=bool)
    # What a warn band would have warned without a factor that raised the score (before that rule).
    unexplained = np.array(["RISK_WARNING_WITHOUT_REASON" in made.rule_codes for made in decisions], dtype=bool)
    unexplained &= ~warned
    reviewed = (decision == DecisionCode.MANUAL_REVIEW.value).to_numpy()
    cold = no_history(rows)
    return PolicyOutcome(
        policy_version=policy.version,
        returns=len(rows),
        decisions=counts,
        shares={code: count / len(rows) for code, count in counts.items()},
        warned=int(warned.sum()),
        warnings_without_reason=int(unexplained.sum()),
        reviewed=int(reviewed.sum()),
        no_history_returns=int(cold.sum()),
        no_history_warned=int((warned & cold).sum()),
        no_history_warnings_without_reason=int((unexplained & cold).sum()),
        no_history_reviewed=int((reviewed & cold).sum()),
        free_label_cost=round(free_label_cost, 2),
        label_fee_revenue=round(sum(made.label_fee for made in decisions), 2),
        keep_item_refunds=round(keep_refunds, 2),
        free_return_cost=round(free_label_cost + keep_refunds, 2),
        abuse=int(abuse.sum()),
        abuse_caught=int((abuse & caught).sum()),
        abuse_charged=int((abuse & charged).sum()),
        abuse_free=int((abuse & benefit).sum()),
        honest_reviewed_or_rejected=int((~abuse & caught).sum()),
        honest_charged=int((~abuse & charged).sum()),
        honest_customers_affected=int(rows.loc[affected, "customer_id"].nunique()),
        reason_mismatches=sum("REASON_MISMATCH" in made.rule_codes for made in decisions),
    )


def quota_usage(return_ids: pd.Series, tables: dict[str, pd.DataFrame], policy: Policy) -> np.ndarray:
    """Free returns each replayed request had already used under `policy`'s quota rule."""
    requests = requests_from_returns(tables)
    requests = requests[requests["return_id"].isin(set(return_ids))]
    used = risk_features(requests, tables, policy.quota_rule()).set_index(requests["return_id"])["free_returns_used"]
    unknown = sorted(set(return_ids) - set(used.index))
    if unknown:
        raise ValueError(f"{len(unknown)} replayed returns are not in the history tables, e.g. {unknown[0]}")
    return used.reindex(return_ids).to_numpy()


def simulate(
    rows: pd.DataFrame,
    scores: np.ndarray,
    reasons: Sequence[list[RiskReason]],
    tables: dict[str, pd.DataFrame],
    current: Policy,
    candidate: Policy,
) -> dict[str, Any]:
    """Decide every replayed return under both policies; return both outcomes and the decision changes.

    `scores` and `reasons` are the risk model's (`models.risk_reasons.score_and_explain`) for `rows`.
    """
    outcomes, decisions, cases = {}, {}, replay_cases(rows)
    for name, policy in (("current", current), ("candidate", candidate)):
        used = quota_usage(rows["return_id"], tables, policy)
        decisions[name] = decide_all(cases, scores, reasons, used, policy)
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
