"""The drift demonstration, small: replays into a real `bentoml serve`, the monitor on each window, the
feedback round trip, the gauges on /metrics and a worse challenger refused.

The module has a state folder and a registry of its own: its reason champion is a TF-IDF classifier
fitted on part of the sample history and the corpus's training slice, registered as training does
(with a monitoring reference sample), so the module needs neither the session's fine-tuned encoder
nor its training time. No risk model serves here (the monitor's risk checks have no reference).
The `phrased_differently` replay carries the texts of `data/shift/` (products and channels the
corpus lacks), which no champion trained on; the real and blind evaluation texts are not used here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest
import sqlalchemy as sa

from benchmarks.drift_demo import (
    build_replays,
    reference_period_returns,
    register_lean_champion,
    replay,
    send_feedback,
    shift_texts,
)
from features.store import read_feedback, read_history, read_logged
from features.tables import read_table, write_table
from monitoring.monitor import monitor
from monitoring.window import logged_window
from serving.db import open_database
from serving.stores.api_keys import ApiKeyStore
from serving.stores.history import load_history
from tests.service.conftest import ServerProcess
from training.retrain import feedback_labels, retrain_reasons
from triage.registry import champion_version
from triage.settings import Settings

pytestmark = pytest.mark.slow

ROWS = 200
NO_RISK_MODEL = "drift-test-no-risk-model"
# History rows the champion is fitted on (of ~16,000): enough to beat the challenger fitted on 300.
CHAMPION_HISTORY_ROWS = 4000


@pytest.fixture(scope="module")
def drift_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        state_dir=tmp_path_factory.mktemp("drift-state"), risk_model_name=NO_RISK_MODEL, monitor_reference_rows=400
    )


@pytest.fixture(scope="module")
def champion(drift_settings: Settings) -> str:
    """A TF-IDF reason champion with its monitoring reference, registered as `triage train reasons` does."""
    return register_lean_champion(drift_settings, CHAMPION_HISTORY_ROWS)


@pytest.fixture(scope="module")
def replays(drift_settings: Settings) -> dict[str, pd.DataFrame]:
    return build_replays(reference_period_returns(drift_settings), shift_texts(drift_settings), ROWS, seed=3)


def _load_customers_history(settings: Settings, customers: set[str], folder: Path) -> None:
    """The replayed customers' history (every table, only their rows) into the service's database."""
    tables = {name: read_table(name, settings.sample_data_dir) for name in ("customers", "orders", "returns")}
    orders = tables["orders"][tables["orders"]["customer_id"].isin(customers)]
    items = read_table("line_items", settings.sample_data_dir)
    subset = {
        "customers": tables["customers"][tables["customers"]["customer_id"].isin(customers)],
        "orders": orders,
        "line_items": items[items["order_id"].isin(set(orders["order_id"]))],
        "returns": tables["returns"][tables["returns"]["customer_id"].isin(customers)],
    }
    for name, frame in subset.items():
        write_table(frame, name, folder)
    engine = open_database(settings)
    load_history(engine, folder)
    engine.dispose()


@pytest.fixture(scope="module")
def drift_client(
    champion: str,
    drift_settings: Settings,
    replays: dict[str, pd.DataFrame],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[httpx.Client]:
    customers = set(pd.concat(replays.values())["customer_id"])
    _load_customers_history(drift_settings, customers, tmp_path_factory.mktemp("drift-history"))
    engine = open_database(drift_settings)
    _, key = ApiKeyStore(engine).create("drift-tests")
    engine.dispose()
    server = ServerProcess(drift_settings.state_dir, tmp_path_factory.mktemp("drift-server") / "serve.log")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRIAGE_RISK_MODEL_NAME", NO_RISK_MODEL)
        server.start(timeout=300)
    try:
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}, timeout=300) as client:
            yield client
    finally:
        server.kill()


@pytest.fixture(scope="module")
def monitored(
    drift_settings: Settings, drift_client: httpx.Client, replays: dict[str, pd.DataFrame]
) -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each replay sent through the service, and the monitor's summary of its window."""
    engine = sa.create_engine(drift_settings.db_url)
    outcome = {}
    for name, frame in replays.items():
        since = datetime.now(UTC)
        answers = replay(drift_client, frame)
        logged = read_logged(engine, since=since)
        assert len(logged) == len(frame)
        history = read_history(engine)
        window = logged_window(engine, logged, history, name)
        summary = monitor(drift_settings, window, read_feedback(engine, window.return_ids), top_band="review").summary
        outcome[name] = (summary, answers)
    engine.dispose()
    return outcome


def _alarms(summary: dict[str, Any]) -> set[str]:
    return {check["name"] for check in summary["checks"] if check["status"] == "alarm"}


def test_unshifted_replay_raises_no_alarm(monitored):
    summary = monitored["unshifted"][0]
    assert _alarms(summary) == set() and not summary["retrain_recommended"] and summary["exit_code"] == 0
    checked = {check["name"] for check in summary["checks"] if check["status"] == "ok"}
    assert {"data_drift.product_category", "data_drift.returns_last_365d", "prediction_drift.reason"} <= checked
    assert "text_drift.domain_classifier_auc" in checked


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("new_product_line", "data_drift.product_category"),
        ("french_share", "data_drift.lang"),
        ("reason_burst", "prediction_drift.reason"),
        ("phrased_differently", "text_drift.domain_classifier_auc"),
    ],
)
def test_each_shift_raises_its_alarm(monitored, name, expected):
    summary = monitored[name][0]
    assert expected in _alarms(summary)
    assert summary["retrain_recommended"] and summary["exit_code"] == 3
    assert any(reason.startswith(expected) for reason in summary["reasons"])


def _samples(metrics: str, name: str, label: str = "") -> list[float]:
    """Values of the exposition lines of metric `name` whose labels contain `label`."""
    return [
        float(line.rsplit(" ", 1)[1])
        for line in metrics.splitlines()
        if re.match(rf"{name}[{{ ]", line) and label in line
    ]


def test_monitoring_gauges_follow_the_last_summary(monitored, drift_client):
    metrics = drift_client.get("/metrics").text
    assert _samples(metrics, "triage_monitoring_check_alarm", 'check="text_drift.domain_classifier_auc"') == [1.0]
    assert _samples(metrics, "triage_monitoring_retrain_recommended") == [1.0]


def test_feedback_round_trip_and_worse_challenger_refused(monitored, drift_client, drift_settings, replays):
    shifted = replays["phrased_differently"]
    answers = monitored["phrased_differently"][1]
    assert send_feedback(drift_client, shifted, answers) == len(shifted)
    engine = sa.create_engine(drift_settings.db_url)
    feedback = read_feedback(engine)
    engine.dispose()
    labels = feedback_labels(feedback).set_index("return_id").loc[shifted["return_id"]]
    assert list(labels["label"]) == list(shifted["label"])
    served = [answer["reason"]["code"] for answer in answers]
    assert list(labels["accepted"]) == [code == label for code, label in zip(served, shifted["label"], strict=True)]

    champion = champion_version(drift_settings, drift_settings.reason_model_name).version
    # Ten of the corrected texts are also an evaluation set of the run: evaluation-only, so never fitted on.
    kept_back = shifted.head(10)[["reason_text", "lang", "label"]].rename(columns={"reason_text": "text"})
    result = retrain_reasons(
        drift_settings, feedback, history_rows=300, frozen_rows=300, evaluation_sets={"kept_back": kept_back}
    )
    report = result.report
    assert not report["promoted"] and report["reasons"]
    assert champion_version(drift_settings, drift_settings.reason_model_name).version == champion
    assert report["evaluation_texts_left_out"] == {"feedback": 10, "history_and_corpus": 0}
    assert report["comparison"]["challenger"]["kept_back"]["overall"]["n"] == 10
    rows = report["training_rows"]
    assert rows["history"] == 300 and rows["feedback"] == len(shifted) - 10 - report["recent_feedback_rows"]
    assert rows["corpus"] > 1000
    assert report["review_threshold"]["refit_from_feedback"] is not None
    # The lean champion's threshold is fitted on the calibration slice (at 0 needs_review never moved).
    assert 0 < report["review_threshold"]["champion"] < 1
    versions = report["corpus_version"]
    assert versions["champion"] == versions["challenger"] and versions["challenger"].startswith(f"{rows['corpus']}:")
    assert report["notes"] == []
