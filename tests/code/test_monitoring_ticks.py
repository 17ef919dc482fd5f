"""Monitoring reads each return the way the service does: with the reason ticked in its form.

The reason model reads a text further where a reason is ticked that its first reading doubts
(`models.reason_review`), so a reference or a window read without the ticks would answer otherwise
than the service did for the same requests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from decisions.policy import ListHit, load_policy
from features.csv_input import REQUEST_CSV_COLUMNS, read_requests_csv
from models.reason_classifier import ReasonPrediction
from monitoring.window import csv_window, logged_window, read_window_csv
from tests.code.test_request_csv import GOOD
from training.reference import reason_reference, reference_requests, risk_reference
from triage.settings import REPO_ROOT


class RecordingModel:
    """A reason model that answers too_small and keeps the ticked reasons it was given."""

    def __init__(self) -> None:
        self.picked: list[str | None] = []

    def predict_reasons(
        self, texts: list[str], langs: list[str | None] | None = None, picked: list[str | None] | None = None
    ) -> list[ReasonPrediction]:
        self.picked.extend(picked if picked is not None else [None] * len(texts))
        top3 = [("too_small", 0.9), ("too_large", 0.05), ("other", 0.05)]
        return [ReasonPrediction("too_small", "fit", 0.9, top3, needs_review=False) for _ in texts]


class ZeroEmbedder:
    def embed(self, texts: list[str]) -> np.ndarray:
        return np.zeros((len(texts), 4), dtype=np.float32)


def test_the_reference_reads_each_return_with_its_ticked_reason(risk_tables: dict[str, Any]) -> None:
    tables = dict(risk_tables)
    returns = tables["returns"].copy()
    returns["form_reason_code"] = ["defective" if n % 3 == 0 else None for n in range(len(returns))]
    tables["returns"] = returns
    requests = reference_requests(tables, returns["return_id"], rows=30, seed=0)
    model = RecordingModel()
    reason_reference(model, requests, tables, ZeroEmbedder(), load_policy(REPO_ROOT / "config" / "policy.yaml"))
    expected = ["defective" if isinstance(code, str) else None for code in requests["form_reason_code"]]
    assert model.picked == expected and "defective" in expected and None in expected


def test_the_reason_reference_records_the_decision_served_without_risk(
    tmp_path: Path, risk_tables: dict[str, Any]
) -> None:
    """Without a risk champion the service decides by the policy alone, but the reference's decisions came only
    from the risk champion's reference: the decision mix went unchecked. The reason champion's reference now
    records each request's decision without a risk score, the one the same request in a file gets."""
    from decisions.assessments import assess_request_rows

    policy = load_policy(REPO_ROOT / "config" / "policy.yaml")
    path = tmp_path / "requests.csv"
    _requests_of_history(risk_tables, 40).to_csv(path, index=False)
    requests = reference_requests(risk_tables, pd.read_csv(path)["return_id"], rows=40, seed=0)
    requests = requests.set_index("return_id").loc[pd.read_csv(path)["return_id"]].reset_index()
    reference = reason_reference(RecordingModel(), requests, risk_tables, ZeroEmbedder(), policy)
    frame = read_requests_csv(path)
    served = assess_request_rows(
        frame, RecordingModel().predict_reasons(frame["reason_text"].tolist()), risk_tables, None, policy
    )
    assert reference["decision"].tolist() == served["decision"].tolist()
    assert reference["decision"].nunique() > 1 and "risk_score" not in reference.columns


class ZeroRisk:
    def score_abuse(self, features: pd.DataFrame) -> np.ndarray:
        return np.zeros(len(features))


@pytest.mark.parametrize(("ticked_probability", "decision"), [(0.01, "manual_review"), (0.6, "free_return")])
def test_the_risk_reference_decides_a_contradicted_tick_under_both_readings(
    risk_tables: dict[str, Any], ticked_probability: float, decision: str
) -> None:
    """A kettle read defective (free: the shop's fault) whose form ticks no_longer_needed (paid: kettles are
    no free-return category) goes to a person in the reference, as served (not charged on the tick alone), only
    where the reading contradicts the tick."""
    requests = reference_requests(risk_tables, risk_tables["returns"]["return_id"], rows=1, seed=0)
    requests = requests.assign(
        product_category="small_appliances",
        delivery_ts=requests["request_ts"] - pd.Timedelta(days=2),
        reason_text="",
        reason="defective",
        reason_family="fault",
        reason_confidence=0.95,
        ticked_reason="no_longer_needed",
        ticked_probability=ticked_probability,
    )
    profile = risk_reference(ZeroRisk(), requests, risk_tables, load_policy(REPO_ROOT / "config" / "policy.yaml"))
    assert profile["decision"].tolist() == [decision]


def test_a_window_of_requests_reads_each_with_its_ticked_reason(tmp_path: Path, risk_tables: dict[str, Any]) -> None:
    rows = [
        {**GOOD, "return_id": f"r{n}", "reason_code": code} for n, code in enumerate(["defective", "", "too_small"])
    ]
    path = tmp_path / "requests.csv"
    pd.DataFrame(rows, columns=[*REQUEST_CSV_COLUMNS, "reason_code"]).to_csv(path, index=False)
    model = RecordingModel()
    csv_window(
        read_window_csv(path, min_rows=1),
        str(path),
        risk_tables,
        model,
        load_policy(REPO_ROOT / "config" / "policy.yaml"),
    )
    assert model.picked == ["defective", None, "too_small"]


def _requests_of_history(risk_tables: dict[str, Any], rows: int) -> pd.DataFrame:
    """The newest `rows` returns of the synthetic history as a CSV of requests in the API's fields."""
    returns = risk_tables["returns"].sort_values("request_ts").tail(rows)
    frame = returns.merge(risk_tables["line_items"], on=["line_item_id", "order_id"]).merge(
        risk_tables["orders"], on=["order_id", "customer_id"]
    )
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    return pd.DataFrame(
        {
            "return_id": frame["return_id"],
            "customer_id": frame["customer_id"],
            "order_id": frame["order_id"],
            "sku": frame["sku"],
            "product_category": frame["product_category"],
            "price": (frame["price"] * (1 - frame["discount"])).round(2),  # what the customer paid
            "currency": frame["currency"],
            "delivery_date": frame["delivery_ts"].dt.strftime(stamp),
            "request_date": frame["request_ts"].dt.strftime(stamp),
            "reason_text": frame["reason_text"],
        }
    )


def test_a_window_of_requests_is_answered_as_predict_risk_answers_it(
    tmp_path: Path, risk_tables: dict[str, Any], fitted_risk_model: Any
) -> None:
    """`triage monitor --current` compared no risk score and no decision mix: the CSV carries no answers. Its
    requests are now scored and decided by the champions, the policy and the shop's lists, through the assembler
    `triage predict risk` uses, so they are what the service would answer."""
    from decisions.assessments import assess_request_rows

    path = tmp_path / "requests.csv"
    _requests_of_history(risk_tables, 40).to_csv(path, index=False)
    policy = load_policy(REPO_ROOT / "config" / "policy.yaml")
    frame = read_requests_csv(path)
    blocked = {frame["order_id"].iloc[0]}
    block = ListHit("block", "order", "amelie", datetime(2026, 1, 1, tzinfo=UTC), "empty boxes")

    def hits(rows: pd.DataFrame) -> list[tuple[ListHit, ...]]:
        return [(block,) if order in blocked else () for order in rows["order_id"]]

    window = csv_window(
        read_window_csv(path, min_rows=1),
        str(path),
        risk_tables,
        RecordingModel(),
        policy,
        fitted_risk_model,
        list_hits=hits,
    )
    reasons = RecordingModel().predict_reasons(frame["reason_text"].tolist())
    expected = assess_request_rows(frame, reasons, risk_tables, fitted_risk_model, policy, hits(frame))
    assert window.profile["risk_score"].tolist() == pytest.approx(expected["risk_score"].astype(float).tolist())
    assert window.profile["decision"].tolist() == expected["decision"].tolist()
    assert window.profile["decision"].iloc[0] == "manual_review"
    assert window.profile["risk_score"].notna().all() and window.profile["decision"].nunique() > 1


def test_without_a_risk_champion_a_window_of_requests_is_decided_without_a_score(
    tmp_path: Path, risk_tables: dict[str, Any]
) -> None:
    path = tmp_path / "requests.csv"
    _requests_of_history(risk_tables, 10).to_csv(path, index=False)
    window = csv_window(
        read_window_csv(path, min_rows=1),
        str(path),
        risk_tables,
        RecordingModel(),
        load_policy(REPO_ROOT / "config" / "policy.yaml"),
    )
    assert window.profile["risk_score"].isna().all() and window.profile["decision"].notna().all()


def test_a_logged_window_without_decisions_has_none_to_compare(risk_tables: dict[str, Any]) -> None:
    """A window the service answered without a decision (no policy or history store) read "unavailable" for every
    request: a decision mix all of one kind, which alarmed and recommended retraining. Now the part is missing, so
    the monitor skips the check saying none of the window's requests was answered with one."""
    requests = _requests_of_history(risk_tables, 4).to_dict("records")
    answered = {"reason": {"code": "too_small", "confidence": 0.9, "needs_review": False}}
    responses = [answered, answered, {"reason": None}, answered]
    logged = pd.DataFrame({"request": requests, "response": responses})
    profile = logged_window(None, logged, risk_tables, "log").profile
    assert profile["decision"].isna().all() and profile["risk_score"].isna().all()
    assert profile["reason"].tolist() == ["too_small", "too_small", None, "too_small"]
    assert profile["needs_review"].tolist() == ["no", "no", None, "no"]
