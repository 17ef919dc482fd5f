"""`triage retrain` for the risk model, on the small synthetic history: inspections agents recorded become
labelled rows with provenance, both models are scored on the frozen test set and the newest inspections,
and a challenger fitted on a sliver of the history is refused with the reason.

The module has its own state folder and registry (a risk champion trained here), so a promotion could
never change the session's champion under other tests.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from mlflow import MlflowClient

from features.schemas import ABUSIVE_INSPECTION_OUTCOMES
from features.tables import write_table
from training.retrain_risk import inspection_labels, retrain_risk
from training.risk import train_risk
from triage.registry import GENERATED_DATA_TAG, champion_version, load_reference
from triage.settings import Settings

INSPECTED = 80


@pytest.fixture(scope="module")
def own_settings(risk_tables: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A state folder whose risk champion was trained on the synthetic history."""
    settings = Settings(state_dir=tmp_path_factory.mktemp("risk-retrain-state"), monitor_reference_rows=100)
    data_dir = tmp_path_factory.mktemp("risk-retrain-history")
    for name, frame in risk_tables.items():
        write_table(frame, name, data_dir)
    train_risk(settings, data_dir=data_dir, log=lambda message: None)
    return settings


@pytest.fixture(scope="module")
def inspected(risk_tables: dict[str, Any]) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """The history with its newest returns inspected by agents (feedback), as the service would store it."""
    returns = risk_tables["returns"].sort_values("request_ts", kind="stable")
    newest = returns.tail(INSPECTED)
    abusive = sorted(ABUSIVE_INSPECTION_OUTCOMES)[0]
    feedback = pd.DataFrame(
        {
            "id": range(1, INSPECTED + 1),
            "return_id": newest["return_id"].to_numpy(),
            "created_at": pd.date_range("2026-11-20", periods=INSPECTED, freq="h", tz="UTC"),
            "inspection_outcome": [abusive if abuse else "ok" for abuse in newest["confirmed_abuse"]],
        }
    )
    return risk_tables, feedback


def test_inspections_become_labelled_rows_with_provenance(inspected):
    _, feedback = inspected
    labels = inspection_labels(pd.concat([feedback, feedback.head(3).assign(inspection_outcome=None)]))
    assert len(labels) == INSPECTED and set(labels["source"]) == {"feedback"}
    assert list(labels["feedback_id"]) == list(range(1, INSPECTED + 1))


def test_a_challenger_fitted_on_a_sliver_is_refused_and_the_champion_stays(own_settings, inspected):
    tables, feedback = inspected
    before = champion_version(own_settings, own_settings.risk_model_name).version
    report = retrain_risk(own_settings, tables, feedback, history_rows=100).report
    recent = round(INSPECTED * own_settings.retrain_recent_fraction + 0.5)
    assert report["training_rows"] == {"history": 100, "feedback": INSPECTED - report["recent_feedback_rows"]}
    assert report["recent_feedback_rows"] in (recent - 1, recent)
    for who in ("champion", "challenger"):
        figures = report["comparison"][who]
        assert figures["recent"]["overall"]["n"] == report["recent_feedback_rows"]
        assert 0 <= figures["frozen_test"]["en"]["brier"] <= 1
    assert not report["promoted"] and report["reasons"], report["reasons"]
    assert champion_version(own_settings, own_settings.risk_model_name).version == before
    # The refused challenger is registered with its monitoring reference, as every version is.
    reference = load_reference(own_settings, own_settings.risk_model_name, report["challenger_version"])
    assert {"risk_score", "decision"} <= set(reference.columns)
    # fitted on the champion's data (a shop's: its folder has no generator's mark), the challenger records it too; it
    # recorded nothing, and once promoted the generated sample stood in for the shop's empty history store again
    run = MlflowClient(own_settings.tracking_uri).get_run(report["run_id"])
    assert run.data.tags[GENERATED_DATA_TAG] == "false"
