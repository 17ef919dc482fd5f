"""Return requests + their customers' history -> one row of reason, risk and decision per request.

The shared core of the batch paths: `triage predict risk` and `triage monitor --current` (requests from
a CSV) and `triage batch score` (every return of a history export, on pandas or on Spark, where each
executor runs this on its customers' share of the history). All of them decide through the one
assembler, so they cannot disagree with each other or with the service.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import pandas as pd

from decisions.assembler import Assembler, ReturnCase
from decisions.policy import ListHit, Policy, ReturnContext
from decisions.reason_mismatch import ReasonMismatch, reason_mismatches, ticked_codes
from features.history import (
    history_summaries,
    paid_prices,
    requests_from_export,
    requests_from_returns,
    risk_features,
)

OUTPUT_COLUMNS: tuple[str, ...] = (
    "reason",
    "reason_confidence",
    "risk_score",
    "risk_band",
    "risk_reason_codes",
    "risk_reasons",
    "decision",
    "warn",
    "rules",
    "policy_version",
)
# Whether the text contradicts the ticked reason_code: `assess_request_rows` writes it after reason_confidence.
MISMATCH_COLUMN = "reason_mismatch"
# What `assess_history` writes per return: its keys, then the assessment.
HISTORY_OUTPUT_COLUMNS: tuple[str, ...] = ("return_id", "customer_id", "request_ts", *OUTPUT_COLUMNS)


class ReasonModel(Protocol):
    """What batch assessment needs of a reason classifier (`models.reason_classifier.ReasonClassifier`)."""

    def predict_reasons(
        self, texts: list[str], langs: list[str | None] | None = None, picked: list[str | None] | None = None
    ) -> Sequence[Any]: ...


def predict_reasons_in_batches(
    model: ReasonModel,
    texts: Sequence[str],
    langs: Sequence[str | None] | None,
    batch_size: int,
    on_batch: Callable[[int], None] | None = None,
    picked: Sequence[str | None] | None = None,
) -> list[Any]:
    """The reason classifier's prediction for every text, `batch_size` texts per call (`picked`: the reasons
    ticked in the form, which the ticked-vs-written check compares with the reading)."""
    predictions: list[Any] = []
    for start in range(0, len(texts), batch_size):
        stop = min(start + batch_size, len(texts))
        predictions.extend(
            model.predict_reasons(
                list(texts[start:stop]),
                list(langs[start:stop]) if langs is not None else None,
                list(picked[start:stop]) if picked is not None else None,
            )
        )
        if on_batch is not None:
            on_batch(stop - start)
    return predictions


def assess_requests(
    requests: pd.DataFrame,
    prices: Sequence[float],
    texts: Sequence[str],
    reasons: Sequence[Any],
    tables: dict[str, pd.DataFrame],
    risk_model: Any,
    policy: Policy,
    mismatches: Sequence[ReasonMismatch | None] | None = None,
    list_hits: Sequence[tuple[ListHit, ...]] | None = None,
    ticked: Sequence[str | None] | None = None,
) -> pd.DataFrame:
    """Reason, risk score, band, reason codes and the policy decision of each request (`OUTPUT_COLUMNS`).

    Args:
        requests: `features.history` request rows (`requests_from_export` or `requests_from_returns`).
        prices: the price the policy reads for each request.
        texts: the customer's words of each request (the policy reads a described fault in them).
        reasons: one reason prediction per request (reason, family, confidence).
        tables: the customers' history (orders, line items, returns, customers).
        risk_model: a fitted `models.risk_model.RiskModel`.
        policy: the policy in force.
        mismatches: per request, the ticked reason the text contradicts (`decisions.reason_mismatch`), if any.
        list_hits: per request, the shop's allow/block-list entries it matches (none by default).
        ticked: per request, the reason ticked in the form (None: none), which the customer's words may contradict
            where the classifier did not (`decisions.assembler.ReturnCase.read_by_words`).

    Returns:
        One row per request, indexed like `requests`.
    """
    requests = requests.assign(reason_family=[prediction.family for prediction in reasons])
    features = risk_features(requests, tables, policy.quota_rule()).reset_index(drop=True)
    cases = [
        ReturnCase(
            ReturnContext(request.product_category, price, request.currency, request.delivery_ts, request.request_ts),
            prediction.reason,
            prediction.confidence,
            list_hits=hits,
            text=text,
            mismatch=mismatch,
            ticked=code,
        )
        for request, price, text, prediction, mismatch, code, hits in zip(
            requests.itertuples(index=False),
            prices,
            texts,
            reasons,
            mismatches if mismatches is not None else [None] * len(reasons),
            ticked if ticked is not None else [None] * len(reasons),
            list_hits if list_hits is not None else [()] * len(reasons),
            strict=True,
        )
    ]
    assessments = Assembler(policy, risk_model=risk_model).assemble(cases, history_summaries(features), features)
    rows = [
        {
            "reason": assessment.acted_reason(prediction.reason),
            "reason_confidence": round(float(prediction.confidence), 4),
            "risk_score": round(assessment.risk_score, 4) if assessment.risk_score is not None else None,
            "risk_band": assessment.decision.risk_band,
            "risk_reason_codes": ";".join(assessment.decision.risk_reason_codes),
            "risk_reasons": json.dumps([reason.sentence for reason in assessment.risk_reasons]),
            "decision": assessment.decision.code.value,
            "warn": assessment.decision.warn,
            "rules": ";".join(assessment.decision.rule_codes),
            "policy_version": assessment.decision.policy_version,
        }
        for prediction, assessment in zip(reasons, assessments, strict=True)
    ]
    return pd.DataFrame(rows, index=requests.index, columns=list(OUTPUT_COLUMNS))


def assess_request_rows(
    frame: pd.DataFrame,
    reasons: Sequence[Any],
    tables: dict[str, pd.DataFrame],
    risk_model: Any,
    policy: Policy,
    list_hits: Sequence[tuple[ListHit, ...]] | None = None,
) -> pd.DataFrame:
    """The rows of an export of requests in the API's fields (as `features.csv_input.read_requests_csv` reads it)
    plus each one's assessment as served: `OUTPUT_COLUMNS`, with `MISMATCH_COLUMN` (whether the text contradicts
    the ticked `reason_code`) after reason_confidence; an input column of the same name is replaced.

    Args:
        frame: the requests; the price the policy reads is each row's `price`, the text its `reason_text`.
        reasons: one `ReasonPrediction` per row, read with the row's ticked `reason_code`.
        tables: the customers' history (orders, line items, returns, customers).
        risk_model: a fitted `models.risk_model.RiskModel` (None: no risk score, as served without one).
        policy: the policy in force.
        list_hits: each row's allow/block-list entries (`RiskListStore.hits_per_request`; none by default).
    """
    requests = requests_from_export(frame, tables["line_items"])
    ticked = ticked_codes(requests["form_reason_code"])
    mismatches = reason_mismatches(ticked, reasons)
    assessed = assess_requests(
        requests,
        frame["price"].astype(float).tolist(),
        frame["reason_text"].astype(str).tolist(),
        reasons,
        tables,
        risk_model,
        policy,
        mismatches,
        list_hits,
        ticked,
    )
    # Read off the decision: the reason acted on may be the customer's words' (`decisions.reason_reading`), which
    # can agree with the tick the classifier's reading contradicted.
    assessed.insert(2, MISMATCH_COLUMN, ["REASON_MISMATCH" in rules.split(";") for rules in assessed["rules"]])
    return pd.concat([frame.drop(columns=[c for c in assessed.columns if c in frame.columns]), assessed], axis=1)


def assess_history(
    tables: dict[str, pd.DataFrame],
    reason_model: ReasonModel,
    risk_model: Any,
    policy: Policy,
    batch_size: int,
    since: pd.Timestamp | None = None,
) -> pd.DataFrame:
    """Every return of the history tables, assessed as of its request (`HISTORY_OUTPUT_COLUMNS`).

    The tables must hold the whole history of each customer whose returns they hold (a Spark job
    hands each call one bucket of customers): point-in-time features read only that customer's rows.
    With `since` (naive UTC), only the returns requested at or after it are assessed (a backfill of
    recent returns after a model change); their features still read all the history before each.
    """
    requests = requests_from_returns(tables)
    if since is not None:
        requests = requests[requests["request_ts"] >= since]
    requests = requests.reset_index(drop=True)
    if requests.empty:
        return pd.DataFrame(columns=list(HISTORY_OUTPUT_COLUMNS))
    langs = requests["lang"].where(requests["lang"] != "", None).tolist()
    # The reason ticked in the form, read as a served request's `reason_code` is (`decisions.reason_mismatch`).
    ticked = ticked_codes(requests["form_reason_code"])
    reasons = predict_reasons_in_batches(
        reason_model, requests["reason_text"].tolist(), langs, batch_size, picked=ticked
    )
    assessed = assess_requests(
        requests,
        # a history return's line item holds the list price and the discount: the policy reads the price paid, as
        # a served request's `price` is
        paid_prices(requests).tolist(),
        requests["reason_text"].astype(str).tolist(),
        reasons,
        tables,
        risk_model,
        policy,
        reason_mismatches(ticked, reasons),
        ticked=ticked,
    )
    keys = requests[["return_id", "customer_id", "request_ts"]]
    return pd.concat([keys, assessed], axis=1)[list(HISTORY_OUTPUT_COLUMNS)]
