"""Assembles the triage of a batch of return requests: reason, risk, decision and reply.

Each part comes from a component that may not exist yet (no risk champion, no policy file, no
reply drafter). A missing component makes its part — and the parts that depend on it — null,
with the reason listed in the result's `unavailable`; nothing is ever filled in by a stand-in.
Business rules stay in the pure modules this one calls (`serving.policy.decide`, the models).

Dependencies between parts: decision needs reason + policy + history store (and uses risk when
a risk model exists); risk needs the policy's quota rule for its features; reply needs decision
+ drafter, and a draft the reply checker rejects is withheld rather than shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from serving.api import (
    DecisionPart,
    Part,
    ReasonPart,
    ReplyPart,
    ReturnRequest,
    RiskPart,
    RuleFired,
    TopReason,
    TriageResult,
    Unavailable,
)
from serving.stores.history import SERVED_COLUMNS, HistoryStore, naive_utc


@dataclass
class Components:
    """What the service loaded at start-up; `missing` says why an optional component is absent.

    `reasons` is required (the service refuses to start without it). The others are optional:
    `policy` (serving.policy.Policy), `history` (HistoryStore), `risk` and `drafter` (registry
    `ChampionModel`s of the RiskModel and the ReplyDrafter).
    """

    reasons: Any
    policy: Any | None = None
    history: Any | None = None
    risk: Any | None = None
    drafter: Any | None = None
    missing: dict[Part, str] = field(default_factory=dict)

    def model_versions(self) -> dict[str, str]:
        """Which version of each loaded model and policy answered (stored with every prediction)."""
        versions = {model.name: model.version for model in (self.reasons, self.risk, self.drafter) if model is not None}
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


# The request rows' non-object columns (what pandas would infer from the values).
_REQUEST_DTYPES = {
    "request_ts": np.dtype("datetime64[ns]"),
    "delivery_ts": np.dtype("datetime64[ns]"),
    "price": np.dtype(np.float64),
    "discount": np.dtype(np.float64),
    "reason_confidence": np.dtype(np.float64),
}


@dataclass(frozen=True)
class OrderedItem:
    """What the history store knows about the returned line item (None fields when unknown)."""

    price: float | None = None
    discount: float | None = None
    product_id: str | None = None
    product_name: str | None = None


def ordered_items(requests: Sequence[ReturnRequest], line_items: pd.DataFrame | Mapping[str, Any]) -> list[OrderedItem]:
    """The stored line item of each request's (order, sku), or an empty `OrderedItem`.

    `line_items` is a frame or its columns (`HistoryStore.columns_for`). Only the (order, sku) keys
    are scanned, in plain arrays: pandas' row tuples cost more than the rest of a small batch's lookups.
    """
    wanted = {(request.order_id, request.sku) for request in requests}
    keys = zip(np.asarray(line_items["order_id"]), np.asarray(line_items["sku"]), strict=True)
    stored = {key: row for row, key in enumerate(keys) if key in wanted}
    prices, discounts, products, names = (
        np.asarray(line_items[column]) for column in ("price", "discount", "product_id", "product_name")
    )
    items = []
    for request in requests:
        row = stored.get((request.order_id, request.sku))
        if row is None:
            items.append(OrderedItem())
            continue
        items.append(OrderedItem(float(prices[row]), float(discounts[row]), products[row], names[row]))
    return items


def request_columns(
    requests: Sequence[ReturnRequest], reasons: Sequence[ReasonPart], items: Sequence[OrderedItem]
) -> dict[str, np.ndarray]:
    """Requests as the columns (name -> array) `features.history.risk_features` expects.

    Price, discount and product id come from the stored line item when there is one (as in
    training); otherwise the request's price is taken as paid, with no discount. Columns with given
    dtypes rather than a frame: pandas' inference over row dicts, and then a new frame's first read
    of each column, cost more than the features of a small batch.
    """
    if not len(requests) == len(reasons) == len(items):
        raise ValueError(f"{len(requests)} requests, {len(reasons)} reasons and {len(items)} line items")
    columns: dict[str, tuple[Any, ...]] = {
        "customer_id": tuple(request.customer_id for request in requests),
        "order_id": tuple(request.order_id for request in requests),
        "request_ts": tuple(naive_utc(request.request_date) for request in requests),
        "delivery_ts": tuple(naive_utc(request.delivery_date) for request in requests),
        "product_category": tuple(str(request.product_category) for request in requests),
        "price": tuple(
            item.price if item.price is not None else request.price
            for request, item in zip(requests, items, strict=True)
        ),
        "discount": tuple(item.discount if item.discount is not None else 0.0 for item in items),
        "product_id": tuple(item.product_id for item in items),
        "form_reason_code": tuple(str(request.reason_code) if request.reason_code else None for request in requests),
        "reason_family": tuple(reason.family for reason in reasons),
        "reason_confidence": tuple(reason.confidence for reason in reasons),
    }
    return {name: np.array(values, dtype=_REQUEST_DTYPES.get(name, object)) for name, values in columns.items()}


@dataclass
class _Batch:
    """Intermediate results of one batch, one entry per request."""

    requests: Sequence[ReturnRequest]
    reasons: Sequence[ReasonPart]
    items: list[OrderedItem] = field(default_factory=list)
    first_names: list[str | None] = field(default_factory=list)
    features: pd.DataFrame | None = None
    risks: list[RiskPart | None] = field(default_factory=list)
    risk_reasons: list[list[Any]] = field(default_factory=list)
    decisions: list[Any] = field(default_factory=list)
    replies: list[ReplyPart | None] = field(default_factory=list)
    reply_problems: list[str | None] = field(default_factory=list)


class Triager:
    """Produces `TriageResult`s from requests and their (already computed) reason predictions.

    Reasons are computed by the caller so the service can route them through its adaptively
    batched endpoint; everything else happens here.
    """

    def __init__(self, components: Components) -> None:
        self.components = components

    def missing_parts(self) -> dict[Part, str]:
        """Why each part that cannot be produced with the loaded components is unavailable."""
        components = self.components
        missing: dict[Part, str] = dict(components.missing)
        if components.policy is None or components.history is None:
            missing.setdefault("decision", "no return policy or customer history store is loaded")
        if components.risk is None:
            missing.setdefault("risk", "no risk model is loaded")
        elif "decision" in missing:
            missing.setdefault("risk", "risk features need the return policy, which is not loaded")
        if "decision" in missing:
            missing.setdefault("reply", "replies need a policy decision, which is unavailable")
        elif components.drafter is None:
            missing.setdefault("reply", "no reply drafter is loaded")
        return missing

    def _history(self, batch: _Batch) -> None:
        """Stored line items, first names and point-in-time history features of the batch."""
        from features.history import apply_history_overrides, risk_features

        requests, policy = batch.requests, self.components.policy
        as_of = max(request.request_date for request in requests)
        tables = self.components.history.columns_for(
            [request.customer_id for request in requests], as_of, columns=SERVED_COLUMNS
        )
        batch.items = ordered_items(requests, tables["line_items"])
        ids, names = (np.asarray(tables["customers"][column]).tolist() for column in ("customer_id", "first_name"))
        stored_names = dict(zip(ids, names, strict=True))
        batch.first_names = [request.customer_name or stored_names.get(request.customer_id) for request in requests]
        features = risk_features(
            request_columns(requests, batch.reasons, batch.items),
            tables,
            free_return_categories=policy.free_return_categories,
            free_return_window_days=policy.free_return_quota.window_days,
        )
        batch.features = apply_history_overrides(features, [request.customer_history for request in requests])

    def _risk(self, batch: _Batch) -> None:
        from models.risk_reasons import score_and_explain

        model, policy = self.components.risk.model, self.components.policy
        # One model call for scores and reason codes; the model scores on one OpenMP thread (the
        # service scales with workers instead).
        scores, batch.risk_reasons = score_and_explain(model, batch.features)
        batch.risks = [
            RiskPart(
                score=round(float(score), 4), band=policy.band_of(float(score)).name, reason_codes=[r.code for r in why]
            )
            for score, why in zip(scores, batch.risk_reasons, strict=True)
        ]

    def _decide(self, batch: _Batch) -> None:
        from features.history import history_summaries
        from serving.policy import decide

        batch.decisions = [
            decide(
                return_context(request),
                reason.code,
                reason.confidence,
                risk.score if risk is not None else None,
                why,
                summary,
                self.components.policy,
            )
            for request, reason, risk, why, summary in zip(
                batch.requests,
                batch.reasons,
                batch.risks,
                batch.risk_reasons,
                history_summaries(batch.features),
                strict=True,
            )
        ]

    def _draft(self, batch: _Batch) -> None:
        """Reply drafts; a draft the checker rejects is withheld, with the checker's problems."""
        from features.language import detect_language
        from models.reply_checker import check
        from serving.replies import reply_case, reply_facts

        drafter = self.components.drafter.model
        cases, facts = [], []
        for request, reason, item, name, decision in zip(
            batch.requests, batch.reasons, batch.items, batch.first_names, batch.decisions, strict=True
        ):
            case = reply_case(
                text=request.reason_text,
                lang=str(request.lang) if request.lang else detect_language(request.reason_text),
                reason=reason.code,
                product_category=str(request.product_category),
                product_name=item.product_name,
                customer_name=name,
                sku=request.sku,
                order_id=request.order_id,
            )
            cases.append(case)
            facts.append(reply_facts(decision, return_context(request), reason.code, case.size))
        for case, case_facts, draft in zip(cases, facts, drafter.draft_many(cases, facts), strict=True):
            problems = check(draft, case_facts, case, drafter.name_fingerprints_)
            if problems:
                batch.replies.append(None)
                batch.reply_problems.append("the draft failed the reply checker: " + "; ".join(problems))
            else:
                batch.replies.append(
                    ReplyPart(subject=draft.subject, body=draft.body, lang=draft.lang, handover=draft.handover)
                )
                batch.reply_problems.append(None)

    def assemble(self, requests: Sequence[ReturnRequest], reasons: Sequence[ReasonPart]) -> list[TriageResult]:
        """One result per request, in order; unavailable parts are null and explained."""
        if len(requests) != len(reasons):
            raise ValueError(f"{len(requests)} requests but {len(reasons)} reason predictions")
        missing = self.missing_parts()
        size = len(requests)
        batch = _Batch(requests, reasons, risks=[None] * size, risk_reasons=[[] for _ in range(size)])
        if "decision" not in missing:
            self._history(batch)
            if "risk" not in missing:
                self._risk(batch)
            self._decide(batch)
            if "reply" not in missing:
                self._draft(batch)
        decisions = [_decision_part(decision) for decision in batch.decisions] or [None] * size
        replies = batch.replies or [None] * size
        problems = batch.reply_problems or [None] * size
        versions = self.components.model_versions()
        shared = [Unavailable(part=part, reason=why) for part, why in sorted(missing.items())]
        return [
            TriageResult(
                return_id=request.return_id,
                reason=reason,
                risk=risk,
                decision=decision,
                reply=reply,
                model_versions=versions,
                unavailable=shared + ([Unavailable(part="reply", reason=problem)] if problem else []),
            )
            for request, reason, risk, decision, reply, problem in zip(
                requests, reasons, batch.risks, decisions, replies, problems, strict=True
            )
        ]


def return_context(request: ReturnRequest) -> Any:
    """The policy's view of a request."""
    from serving.policy import ReturnContext

    return ReturnContext(
        product_category=str(request.product_category),
        price=request.price,
        currency=str(request.currency),
        delivery_date=request.delivery_date,
        request_date=request.request_date,
    )


def _decision_part(decision: Any) -> DecisionPart:
    return DecisionPart(
        code=decision.code,
        warn=decision.warn,
        rules=[RuleFired(code=rule.code, sentence=rule.sentence) for rule in decision.rules],
        policy_version=decision.policy_version,
    )


def load_components(settings: Any, engine: Any) -> Components:
    """Load every component that exists; the reason classifier is mandatory.

    Raises:
        NoChampionError: no reason classifier champion (its message names the command to run).
    """
    from serving.policy import PolicyError, load_policy
    from triage.registry import NoChampionError, load_champion

    components = Components(reasons=load_champion(settings, settings.reason_model_name), history=HistoryStore(engine))
    try:
        components.policy = load_policy(settings.policy_path)
    except PolicyError as error:
        components.missing["decision"] = f"return policy not loaded: {error}"
    for attribute, part, model_name in (
        ("risk", "risk", settings.risk_model_name),
        ("drafter", "reply", settings.reply_model_name),
    ):
        try:
            setattr(components, attribute, load_champion(settings, model_name))
        except NoChampionError as error:
            components.missing[part] = str(error)
    if components.drafter is not None:
        # The reason classifier embeds every request text first; sharing its embedder (and vector
        # cache) makes drafting cost no second model call when both use the same model.
        components.drafter.model.share_embedder(getattr(components.reasons.model, "embedder_", None))
    for model in (components.reasons, components.drafter):
        embedder = getattr(model.model, "embedder_", None) if model is not None else None
        if embedder is not None:
            embedder.set_params(torch_threads=settings.serve_threads)
    return components
