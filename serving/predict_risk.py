"""Batch risk scoring and policy decisions over a CSV of return requests (`triage predict risk`).

The CSV has the API's request fields (return_id, customer_id, order_id, sku, product_category,
price, currency, delivery_date, request_date, reason_text; optional reason_code, lang). Each row
gets the predicted reason, the calibrated abuse-risk score, its band and reason codes, and the
policy decision with the rules that fired. Customer history comes from one place,
`history_tables`: the service's history store when it holds data, else the sample-data tables.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pandas as pd

from decisions.assembler import Assembler, ReturnCase
from decisions.policy import Policy, ReturnContext
from features.history import history_summaries, requests_from_export, risk_features
from features.schemas import TABLES
from features.tables import read_table
from serving.db import open_database
from serving.stores.history import HistoryStore
from triage.settings import Settings

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


def history_tables(settings: Settings, customer_ids: list[str], as_of: datetime) -> dict[str, pd.DataFrame]:
    """The customers' history known at `as_of`: from the history store when it holds returns, else
    from the sample-data tables (the one place batch scoring reads history from)."""
    database_file = settings.state_dir / "triage.db"
    if settings.database_url is not None or database_file.is_file():
        store = HistoryStore(open_database(settings))
        if store.counts().get("returns", 0) > 0:
            return store.frames_for(customer_ids, as_of)
    tables = {name: read_table(name, settings.sample_data_dir) for name in TABLES}
    wanted = set(customer_ids)
    orders = tables["orders"][tables["orders"]["customer_id"].isin(wanted)]
    return {
        "customers": tables["customers"][tables["customers"]["customer_id"].isin(wanted)],
        "orders": orders,
        "line_items": tables["line_items"][tables["line_items"]["order_id"].isin(set(orders["order_id"]))],
        "returns": tables["returns"][tables["returns"]["customer_id"].isin(wanted)],
    }


def assess(
    frame: pd.DataFrame,
    reasons: list[Any],
    tables: dict[str, pd.DataFrame],
    risk_model: Any,
    policy: Policy,
) -> pd.DataFrame:
    """The input rows plus reason, risk score, band, reason codes and the policy decision.

    Args:
        frame: requests as read by `read_requests_csv`.
        reasons: one `ReasonPrediction` per row (reason, family, confidence).
        tables: the customers' history (see `history_tables`).
        risk_model: a fitted `models.risk_model.RiskModel`.
        policy: the policy in force.
    """
    requests = requests_from_export(frame, tables["line_items"]).assign(
        reason_family=[prediction.family for prediction in reasons],
        reason_confidence=[prediction.confidence for prediction in reasons],
    )
    features = risk_features(
        requests, tables, policy.free_return_categories, policy.free_return_quota.window_days
    ).reset_index(drop=True)
    prices = frame["price"].astype(float).tolist()
    cases = [
        ReturnCase(
            ReturnContext(request.product_category, price, request.currency, request.delivery_ts, request.request_ts),
            prediction.reason,
            prediction.confidence,
            text=text,
        )
        for request, price, prediction, text in zip(
            requests.itertuples(index=False), prices, reasons, frame["reason_text"].astype(str), strict=True
        )
    ]
    assessments = Assembler(policy, risk_model=risk_model).assemble(cases, history_summaries(features), features)
    rows = [
        {
            "reason": prediction.reason,
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
    assessed = pd.DataFrame(rows, index=frame.index, columns=list(OUTPUT_COLUMNS))
    return pd.concat([frame.drop(columns=[c for c in OUTPUT_COLUMNS if c in frame.columns]), assessed], axis=1)


def predict_reasons_in_batches(
    model: Any, frame: pd.DataFrame, batch_size: int, on_batch: Callable[[int], None] | None = None
) -> list[Any]:
    """The champion reason classifier's predictions for every row's `reason_text`."""
    texts = frame["reason_text"].tolist()
    langs = frame["lang"].replace("", None).tolist() if "lang" in frame.columns else None
    predictions: list[Any] = []
    for start in range(0, len(texts), batch_size):
        stop = start + batch_size
        predictions.extend(model.predict_reasons(texts[start:stop], langs[start:stop] if langs is not None else None))
        if on_batch is not None:
            on_batch(stop - start if stop <= len(texts) else len(texts) - start)
    return predictions
