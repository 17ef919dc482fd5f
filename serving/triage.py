"""Assembles the triage of a batch of return requests: reason, risk, decision and reply.

Each part comes from a component that may not exist yet (no risk champion, no policy file, no
reply drafter). A missing component makes its part — and the parts that depend on it — null,
with the reason listed in the result's `unavailable`; nothing is ever filled in by a stand-in.
Business rules stay in the pure modules this one calls (`serving.policy.decide`, the models).

Dependencies between parts: decision needs reason + policy (+ risk when a risk model exists);
reply needs decision + drafter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pandas as pd

from serving.api import (
    DecisionPart,
    Part,
    ReasonPart,
    ReturnRequest,
    RiskPart,
    RuleFired,
    TopReason,
    TriageResult,
    Unavailable,
)


@dataclass
class Components:
    """What the service loaded at start-up; `missing` says why an optional component is absent.

    `reasons` is required (the service refuses to start without it). The others are optional:
    `policy` (serving.policy.Policy), `history` (HistoryStore), `risk` (a registry ChampionModel
    whose model has `predict_proba`), `drafter` (a fitted ReplyDrafter).
    """

    reasons: Any
    policy: Any | None = None
    history: Any | None = None
    risk: Any | None = None
    drafter: Any | None = None
    missing: dict[Part, str] = field(default_factory=dict)

    def model_versions(self) -> dict[str, str]:
        """Which version of each loaded model and policy answered (stored with every prediction)."""
        versions = {self.reasons.name: self.reasons.version}
        if self.risk is not None:
            versions[self.risk.name] = self.risk.version
        if self.policy is not None:
            versions["policy"] = self.policy.version
        return versions


def classify(model: Any, texts: Sequence[str], langs: Sequence[str | None] | None = None) -> list[ReasonPart]:
    """The reason classifier's predictions as API parts."""
    return [
        ReasonPart(
            code=prediction.reason,
            family=prediction.family,
            confidence=prediction.confidence,
            top3=[TopReason(code=code, probability=probability) for code, probability in prediction.top3],
            needs_review=prediction.needs_review,
        )
        for prediction in model.predict_reasons(list(texts), list(langs) if langs is not None else None)
    ]


def _request_frame(requests: Sequence[ReturnRequest], reasons: Sequence[ReasonPart], line_items: pd.DataFrame) -> Any:
    """Requests as the rows `features.history.risk_features` expects.

    Price, discount and product id come from the order's line item in the history store when it
    is there (as in training); otherwise the request's price is taken as paid with no discount.
    """
    known = line_items.set_index(["order_id", "sku"]) if len(line_items) else None
    rows = []
    for request, reason in zip(requests, reasons, strict=True):
        item = None
        if known is not None and (request.order_id, request.sku) in known.index:
            item = known.loc[(request.order_id, request.sku)]
            item = item.iloc[0] if isinstance(item, pd.DataFrame) else item
        rows.append(
            {
                "customer_id": request.customer_id,
                "order_id": request.order_id,
                "request_ts": _naive_utc(request.request_date),
                "delivery_ts": _naive_utc(request.delivery_date),
                "product_category": str(request.product_category),
                "price": float(item["price"]) if item is not None else request.price,
                "discount": float(item["discount"]) if item is not None else 0.0,
                "product_id": item["product_id"] if item is not None else None,
                "form_reason_code": str(request.reason_code) if request.reason_code else None,
                "reason_family": reason.family,
                "reason_confidence": reason.confidence,
            }
        )
    return pd.DataFrame(rows)


def _naive_utc(value: datetime) -> pd.Timestamp:
    """The history tables hold naive UTC timestamps; requests are validated as aware."""
    stamp = pd.Timestamp(value)
    return stamp.tz_convert(None) if stamp.tzinfo else stamp


class Triager:
    """Produces `TriageResult`s from requests and their (already computed) reason predictions.

    Reasons are computed by the caller so the service can route them through its adaptively
    batched endpoint; everything else happens here.
    """

    def __init__(self, components: Components) -> None:
        self.components = components

    def _history_features(self, requests: Sequence[ReturnRequest], reasons: Sequence[ReasonPart]) -> pd.DataFrame:
        """Point-in-time history features per request, with request-supplied summaries winning."""
        from features.history import apply_history_overrides, risk_features

        policy = self.components.policy
        as_of = max(request.request_date for request in requests)
        tables = self.components.history.frames_for([request.customer_id for request in requests], as_of)
        features = risk_features(
            _request_frame(requests, reasons, tables["line_items"]),
            tables,
            free_return_categories=policy.free_return_categories,
            free_return_window_days=policy.free_return_quota.window_days,
        )
        return apply_history_overrides(features, [request.customer_history for request in requests])

    def _decisions(
        self,
        requests: Sequence[ReturnRequest],
        reasons: Sequence[ReasonPart],
        features: pd.DataFrame,
        risks: Sequence[RiskPart | None],
    ) -> list[Any]:
        from features.history import history_summary
        from serving.policy import ReturnContext, decide

        decisions = []
        for position, (request, reason, risk) in enumerate(zip(requests, reasons, risks, strict=True)):
            context = ReturnContext(
                product_category=str(request.product_category),
                price=request.price,
                currency=str(request.currency),
                delivery_date=request.delivery_date,
                request_date=request.request_date,
            )
            decisions.append(
                decide(
                    context,
                    reason.code,
                    reason.confidence,
                    risk.score if risk is not None else None,
                    [],
                    history_summary(features.iloc[position]),
                    self.components.policy,
                )
            )
        return decisions

    def missing_parts(self) -> dict[Part, str]:
        """Why each part that cannot be produced with the loaded components is unavailable."""
        components = self.components
        missing: dict[Part, str] = dict(components.missing)
        if components.risk is None:
            missing.setdefault("risk", "no risk model is loaded")
        if components.policy is None or components.history is None:
            missing.setdefault("decision", "no return policy or customer history store is loaded")
        if "decision" in missing:
            missing.setdefault("reply", "replies need a policy decision, which is unavailable")
        elif components.drafter is None:
            missing.setdefault("reply", "no reply drafter is loaded")
        return missing

    def assemble(self, requests: Sequence[ReturnRequest], reasons: Sequence[ReasonPart]) -> list[TriageResult]:
        """One result per request, in order; unavailable parts are null and explained."""
        if len(requests) != len(reasons):
            raise ValueError(f"{len(requests)} requests but {len(reasons)} reason predictions")
        missing = self.missing_parts()
        risks: list[RiskPart | None] = [None] * len(requests)
        decisions: list[DecisionPart | None] = [None] * len(requests)
        if "decision" not in missing:
            features = self._history_features(requests, reasons)
            decisions = [
                DecisionPart(
                    code=decision.code,
                    warn=decision.warn,
                    rules=[RuleFired(code=rule.code, sentence=rule.sentence) for rule in decision.rules],
                    policy_version=decision.policy_version,
                )
                for decision in self._decisions(requests, reasons, features, risks)
            ]
        unavailable = [Unavailable(part=part, reason=why) for part, why in sorted(missing.items())]
        versions = self.components.model_versions()
        return [
            TriageResult(
                return_id=request.return_id,
                reason=reason,
                risk=risk,
                decision=decision,
                reply=None,
                model_versions=versions,
                unavailable=unavailable,
            )
            for request, reason, risk, decision in zip(requests, reasons, risks, decisions, strict=True)
        ]


def load_components(settings: Any, engine: Any) -> Components:
    """Load every component that exists; the reason classifier is mandatory.

    Raises:
        NoChampionError: no reason classifier champion (its message names the command to run).
    """
    from serving.policy import PolicyError, load_policy
    from serving.stores.history import HistoryStore
    from triage.registry import NoChampionError, load_champion

    components = Components(reasons=load_champion(settings, settings.reason_model_name), history=HistoryStore(engine))
    try:
        components.policy = load_policy(settings.policy_path)
    except PolicyError as error:
        components.missing["decision"] = f"return policy not loaded: {error}"
    try:
        components.risk = load_champion(settings, settings.risk_model_name)
    except NoChampionError as error:
        components.missing["risk"] = str(error)
    return components
