"""`triage predict risk` decides with the shop's allow/block lists, as the service does."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from decisions.assessments import assess_request_rows
from decisions.policy import load_policy
from models.reason_classifier import ReasonPrediction
from serving.db import create_db_engine, migrate
from serving.predict_risk import NoHistoryError, history_tables, list_keys, predict_reasons_for_requests
from serving.stores.risk_lists import RiskListStore
from triage.settings import REPO_ROOT, Settings

KEY = b"list-key"


@pytest.fixture()
def requests() -> pd.DataFrame:
    rows = [
        ("R1", "C1", "O1", "DRE-1-S", "h1"),
        ("R2", "C2", "O2", "TOP-2-M", None),
        ("R3", "C3", "O3", "TOP-3-M", ""),
    ]
    frame = pd.DataFrame(rows, columns=["return_id", "customer_id", "order_id", "sku", "customer_email_hash"])
    return frame.assign(
        product_category="dresses",
        price=59.0,
        currency="EUR",
        delivery_date="2026-03-01T10:00:00Z",
        request_date="2026-03-06T10:00:00Z",
        reason_text="I changed my mind",
    )


def test_list_keys_name_each_rows_values_by_kind(requests):
    assert list_keys(requests) == [
        {"customer": "C1", "email_hash": "h1", "order": "O1", "sku": "DRE-1-S"},
        {"customer": "C2", "email_hash": None, "order": "O2", "sku": "TOP-2-M"},
        {"customer": "C3", "email_hash": None, "order": "O3", "sku": "TOP-3-M"},
    ]
    assert {row["email_hash"] for row in list_keys(requests.drop(columns="customer_email_hash"))} == {None}


def test_the_rows_ticked_reasons_reach_the_reason_model_in_batches(requests):
    class Recorder:
        def __init__(self) -> None:
            self.calls: list[tuple[list[str | None] | None, list[str | None] | None]] = []

        def predict_reasons(self, texts, langs=None, picked=None):
            self.calls.append((langs, picked))
            return [ReasonPrediction("no_longer_needed", "preference", 0.9, [], False)] * len(texts)

    model = Recorder()
    ticked = requests.assign(reason_code=["defective", "", "too_small"], lang=["en", "", "fr"])
    assert len(predict_reasons_for_requests(model, ticked, batch_size=2)) == 3
    assert model.calls == [(["en", None], ["defective", None]), (["fr"], ["too_small"])]
    model.calls.clear()
    predict_reasons_for_requests(model, requests, batch_size=5)
    assert model.calls == [(None, [None, None, None])]


def test_block_and_allow_hits_decide_batch_rows(requests, risk_tables, fitted_risk_model, tmp_path: Path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'triage.db'}")
    migrate(engine)
    store = RiskListStore(engine, KEY)
    store.add("block", "email_hash", "h1", "amelie", "three empty boxes")
    store.add("allow", "customer", "C2", "bob", "loyal since 2019")
    hits = store.hits_per_request(list_keys(requests))
    reasons = [ReasonPrediction("no_longer_needed", "preference", 0.9, [], False)] * len(requests)
    policy = load_policy(REPO_ROOT / "config" / "policy.yaml")
    assessed = assess_request_rows(requests, reasons, risk_tables, fitted_risk_model, policy, hits)
    rules = assessed["rules"].str.split(";")
    assert assessed["decision"].iloc[0] == "manual_review" and "BLOCK_LIST" in rules.iloc[0]
    assert "ALLOW_LIST" in rules.iloc[1] and not assessed["warn"].iloc[1]
    assert not {"ALLOW_LIST", "BLOCK_LIST"} & set(rules.iloc[2])
    without = assess_request_rows(requests, reasons, risk_tables, fitted_risk_model, policy)
    assert without["rules"].iloc[2] == assessed["rules"].iloc[2]
    assert "BLOCK_LIST" not in without["rules"].iloc[0]
    engine.dispose()


def test_no_history_store_nor_sample_data_is_a_store_error_naming_where_it_looked(tmp_path: Path) -> None:
    # `predict risk` and `monitor --current` on a state away from the repository ended in read_table's traceback
    settings = Settings(state_dir=tmp_path / "state", sample_data_dir=tmp_path / "nowhere")
    with pytest.raises(NoHistoryError, match=r"history store holds no returns .*nowhere.*`triage data load DIR`"):
        history_tables(settings, ["C1"], pd.Timestamp("2026-11-10", tz="UTC").to_pydatetime())
