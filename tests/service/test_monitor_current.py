"""`triage monitor --current` answers a file as `triage predict risk` does, customers' history included: from the
history store, or from the sample data while the store is empty (the generated sample only on a state not fitted on a
shop's data)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.drift_demo import reference_period_returns
from decisions.assessments import assess_request_rows
from decisions.policy import load_policy
from features.csv_input import read_requests_csv
from features.profile import PROFILE_NUMERICAL, request_profile
from features.schemas import TABLES
from features.tables import read_table
from monitoring.window import requests_of
from tests.code.test_cli_inputs import invoke_on_state
from tests.service.conftest import register_tiny_reason_champion
from tests.service.test_old_risk_champion import give_the_reason_champion_a_reference
from triage.registry import load_champion
from triage.settings import Settings

HISTORY_COUNTS = [column for column in PROFILE_NUMERICAL if column.startswith(("returns_", "items_"))]


def test_a_file_is_profiled_with_the_history_predict_risk_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # on a state whose history store was empty, every customer of the file had no past: the three history counts
    # drifted (0.79, 0.87, 1.29 on 120 test-period requests of the CI state) and retraining was recommended
    settings = Settings(state_dir=tmp_path / "state")
    register_tiny_reason_champion(settings.tracking_uri, settings.artifact_root, settings.reason_model_name)
    path = tmp_path / "requests.csv"
    reference_period_returns(settings).head(60).drop(columns=["label"]).to_csv(path, index=False)
    # the reference: the same requests profiled with the sample history, so a window read with it does not drift
    frame = read_requests_csv(path)
    tables = {name: read_table(name, settings.sample_data_dir) for name in TABLES}
    # with the decisions the policy takes for them without a risk score, as training records them (no risk champion)
    reasons = load_champion(settings, settings.reason_model_name).model.predict_reasons(frame["reason_text"].tolist())
    decisions = assess_request_rows(frame, reasons, tables, None, load_policy(settings.policy_path))["decision"]
    profile = request_profile(requests_of(frame, tables), tables).assign(
        reason="too_small", reason_confidence=0.8, needs_review="no", decision=decisions.to_numpy()
    )
    assert (profile[HISTORY_COUNTS] > 0).any().all()  # customers with a past: the test can tell
    assert profile["decision"].nunique() > 1
    give_the_reason_champion_a_reference(settings, tmp_path, pd.DataFrame(profile))
    result = invoke_on_state(monkeypatch, settings.state_dir, ["monitor", "--current", str(path)])
    assert result.exit_code in (0, 3), result.output
    [summary] = sorted(settings.monitoring_reports_dir.glob("*/summary.json"))
    written = json.loads(summary.read_text(encoding="utf-8"))
    checks = {check["name"]: check for check in written["checks"]}
    for column in HISTORY_COUNTS:
        assert checks[f"data_drift.{column}"]["value"] == pytest.approx(0.0, abs=1e-9), checks[f"data_drift.{column}"]
    # no risk champion: the decision mix was skipped ("no decision in the champions' reference") although the
    # policy decided each request; it is compared with the reason champion's decisions without risk
    assert checks["prediction_drift.decision"]["value"] == pytest.approx(0.0, abs=1e-9), checks
    assert checks["prediction_drift.risk_score"]["status"] == "skipped"
    said = f"{settings.reason_model_name} v1's reference, decided without risk (no champion version of"
    assert written["reference"]["decisions_of"].startswith(said), written["reference"]
    assert f"decision mix compared with {said}" in " ".join(result.output.split())


def test_the_decision_mix_is_compared_with_decisions_taken_as_the_window_was(tmp_path: Path) -> None:
    # the decisions of the champions' reference came from the risk champion's alone: without one, the decision mix
    # was skipped although the policy decided every request without a score, as the reason reference now records
    from sklearn.dummy import DummyClassifier

    from monitoring.monitor import champion_reference
    from triage.registry import REFERENCE_FILE

    settings = Settings(state_dir=tmp_path / "state")
    register_tiny_reason_champion(settings.tracking_uri, settings.artifact_root, settings.reason_model_name)
    give_the_reason_champion_a_reference(settings, tmp_path)  # recorded before decisions without risk were
    older = champion_reference(settings, seed=0)
    assert older.decisions_of is None and "holds no decision without risk" in older.why_absent["decision"]
    decided = pd.read_parquet(tmp_path / REFERENCE_FILE).assign(decision=["free_return", "paid_return"] * 30)
    give_the_reason_champion_a_reference(settings, tmp_path, decided)
    without_risk = champion_reference(settings, seed=0)
    assert without_risk.frame["decision"].tolist() == decided["decision"].tolist()
    assert set(without_risk.why_absent) == {"risk_score"} and "decided without risk" in without_risk.decisions_of
    # a risk champion serves: the window's decisions took its scores, so those without one are no reference for it
    register_tiny_reason_champion(
        settings.tracking_uri, settings.artifact_root, settings.risk_model_name, model=DummyClassifier()
    )
    with_risk = champion_reference(settings, seed=0)
    assert "decision" not in with_risk.frame.columns and with_risk.decisions_of is None
    assert with_risk.why_absent["decision"] == f"{settings.risk_model_name} v1 has no monitoring reference"


def test_the_generated_sample_stands_in_for_an_empty_store_only_on_a_state_not_fitted_on_a_shops_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `predict risk` and `monitor --current` read the generated sample's invented customers whenever the store was
    # empty: on a shop's state (champions fitted on its exports) before its first `triage data load`, its customers
    # were scored against invented pasts
    from datetime import UTC, datetime

    import typer
    from mlflow import MlflowClient

    from cli import service
    from serving.db import open_database
    from serving.predict_risk import NoHistoryError, history_tables
    from serving.stores.history import HistoryStore
    from tests.code.test_cli_inputs import fifty_requests
    from triage.registry import GENERATED_DATA_TAG, champion_version

    as_of = datetime(2026, 11, 10, tzinfo=UTC)
    settings = Settings(state_dir=tmp_path / "state")
    name = settings.reason_model_name
    register_tiny_reason_champion(settings.tracking_uri, settings.artifact_root, name)
    customer = read_table("returns", settings.sample_data_dir)["customer_id"].iloc[0]
    run_id = champion_version(settings, name).run_id
    for fitted_on_generated in (None, "true"):  # recorded nothing (fitted before the record), the generated sample
        if fitted_on_generated is not None:
            MlflowClient(settings.tracking_uri).set_tag(run_id, GENERATED_DATA_TAG, fitted_on_generated)
        assert not history_tables(settings, [customer], as_of)["returns"].empty
    MlflowClient(settings.tracking_uri).set_tag(run_id, GENERATED_DATA_TAG, "false")
    with pytest.raises(NoHistoryError, match=f"{name} fitted on a shop's data"):
        history_tables(settings, [customer], as_of)
    result = invoke_on_state(monkeypatch, settings.state_dir, ["monitor", "--current", str(fifty_requests(tmp_path))])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "no customer history" in said and "triage data load DIR" in said, result.output
    # nor does `triage up` load it into the empty store, after which both read it as the shop's history
    monkeypatch.setattr(service, "run_server", lambda *arguments: 0)
    with pytest.raises(typer.Exit):
        service.serve_with_example(settings)
    assert not any(HistoryStore(open_database(settings)).counts().values())
