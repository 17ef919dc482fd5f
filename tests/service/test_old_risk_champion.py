"""A risk champion fitted on features this code no longer computes (the reason model's confidence, dropped in
issue 18) fails safely: the service answers without risk and says why, and so does `triage monitor --current`; a
command that needs risk exits 1 naming the fix, `triage retrain --model risk` exits 2 naming it, and `triage up`
(what `make run` runs) trains a new risk model instead of serving without one."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from cli import train
from cli.app import app
from cli.loading import load_champion_or_exit
from serving.api import ReturnRequest
from serving.db import create_db_engine, migrate
from serving.model_side import ModelSide
from tests.code.test_cli_inputs import fifty_requests, invoke_on_state
from tests.code.test_risk_feature_names import WITH_REASON_CONFIDENCE
from tests.service.conftest import register_tiny_reason_champion
from triage.registry import REFERENCE_ARTIFACT_DIR, REFERENCE_FILE, champion_version
from triage.settings import Settings, get_settings

REQUEST = {
    "return_id": "R-old-risk-1",
    "customer_id": "C-old-risk",
    "order_id": "O-old-risk",
    "sku": "DRS-1-M",
    "product_category": "dresses",
    "price": 59.9,
    "currency": "EUR",
    "order_date": "2026-01-02T10:00:00Z",
    "delivery_date": "2026-01-05T10:00:00Z",
    "request_date": "2026-01-09T10:00:00Z",
    "reason_text": "too small across the shoulders",
}


@pytest.fixture(scope="module")
def old_state(fitted_risk_model: Any, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A state folder whose risk champion was fitted with `reason_confidence`, beside a tiny reason champion."""
    folder: Path = tmp_path_factory.mktemp("old-risk-champion")
    settings = Settings(state_dir=folder)
    old = copy.deepcopy(fitted_risk_model)
    old.feature_names_ = WITH_REASON_CONFIDENCE
    register_tiny_reason_champion(settings.tracking_uri, settings.artifact_root, settings.risk_model_name, model=old)
    register_tiny_reason_champion(settings.tracking_uri, settings.artifact_root, settings.reason_model_name)
    return settings


def test_the_service_answers_without_risk_and_says_why(old_state: Settings) -> None:
    model_side = ModelSide(old_state)
    try:
        [result] = model_side.smoke_batch([ReturnRequest.model_validate(REQUEST)])
    finally:
        model_side.database.dispose()
    assert result.reason is not None and result.risk is None
    why = {entry.part: entry.reason for entry in result.unavailable}
    assert "reason_confidence" in why["risk"] and "triage train risk" in why["risk"]


def test_a_command_exits_1_naming_the_fix(old_state: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(typer.Exit) as stopped:
        load_champion_or_exit(old_state, old_state.risk_model_name)
    assert stopped.value.exit_code == 1
    assert "reason_confidence" in capsys.readouterr().err.replace("\n", "")


def test_triage_up_trains_a_risk_model_that_no_longer_loads(old_state: Settings, monkeypatch: pytest.MonkeyPatch):
    trained = []
    for runner in ("run_reason_training", "run_risk_training", "run_reply_training"):
        monkeypatch.setattr(train, runner, lambda settings, runner=runner: trained.append(runner))
    train.ensure_champions(old_state)
    # The reason champion loads; there is no reply champion; the risk champion does not load.
    assert trained == ["run_risk_training", "run_reply_training"]


def test_retraining_from_it_is_refused_naming_the_fix(old_state: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    # A retrain compares its challenger with the champion: one that cannot score today's features cannot be compared.
    engine = create_db_engine(old_state.db_url)
    migrate(engine)  # the service database the retrain reads feedback from
    engine.dispose()
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(old_state.state_dir))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["retrain", "--model", "risk"])
    finally:
        get_settings.cache_clear()
    said = " ".join(result.output.split())
    assert result.exit_code == 2, said
    assert "reason_confidence" in said and "triage train risk" in said
    assert result.exception is None or isinstance(result.exception, SystemExit)


def give_the_reason_champion_a_reference(settings: Settings, folder: Path, reference: Any = None) -> None:
    """A monitoring reference (`reference`, else 60 made-up rows) for the reason champion, logged as training logs
    one (profile and answers)."""
    import mlflow
    import pandas as pd

    rows = 60
    if reference is None:
        reference = pd.DataFrame(
            {
                "product_category": ["dresses"] * rows,
                "lang": ["fr", "en"] * (rows // 2),
                "price": [49.9 + n for n in range(rows)],
                "days_since_delivery": [8.0 + n % 5 for n in range(rows)],
                "text_length": [11.0 + n % 7 for n in range(rows)],
                "returns_last_90d": [0.0] * rows,
                "returns_last_365d": [0.0] * rows,
                "items_bought_last_365d": [0.0] * rows,
                "reason": ["too_small", "too_large"] * (rows // 2),
                "reason_confidence": [0.8] * rows,
                "needs_review": ["no"] * rows,
            }
        )
    path = folder / REFERENCE_FILE
    reference.to_parquet(path)
    run_id = champion_version(settings, settings.reason_model_name).run_id
    mlflow.MlflowClient(tracking_uri=settings.tracking_uri).log_artifact(run_id, str(path), REFERENCE_ARTIFACT_DIR)


def test_monitoring_a_file_answers_it_without_risk_and_says_why(
    old_state: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `triage monitor --current` exited 1 ("fitted on other features") where the service serves without risk
    give_the_reason_champion_a_reference(old_state, tmp_path)
    result = invoke_on_state(monkeypatch, old_state.state_dir, ["monitor", "--current", str(fifty_requests(tmp_path))])
    assert result.exit_code in (0, 3), result.output
    [summary] = sorted(old_state.monitoring_reports_dir.glob("*/summary.json"))[-1:]
    checks = {check["name"]: check for check in json.loads(summary.read_text(encoding="utf-8"))["checks"]}
    for name in ("prediction_drift.risk_score", "prediction_drift.decision"):
        assert checks[name]["status"] == "skipped" and "reason_confidence" in checks[name]["note"], checks[name]
    assert checks["prediction_drift.reason"]["status"] != "skipped"
