"""`triage monitor --current` answers a file as `triage predict risk` does, customers' history included: from the
history store, or from the sample data while the store is empty."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.drift_demo import reference_period_returns
from features.csv_input import read_requests_csv
from features.profile import PROFILE_NUMERICAL, request_profile
from features.schemas import TABLES
from features.tables import read_table
from monitoring.window import requests_of
from tests.code.test_cli_inputs import invoke_on_state
from tests.service.conftest import register_tiny_reason_champion
from tests.service.test_old_risk_champion import give_the_reason_champion_a_reference
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
    profile = request_profile(requests_of(frame, tables), tables).assign(
        reason="too_small", reason_confidence=0.8, needs_review="no"
    )
    assert (profile[HISTORY_COUNTS] > 0).any().all()  # customers with a past: the test can tell
    give_the_reason_champion_a_reference(settings, tmp_path, pd.DataFrame(profile))
    result = invoke_on_state(monkeypatch, settings.state_dir, ["monitor", "--current", str(path)])
    assert result.exit_code in (0, 3), result.output
    [summary] = sorted(settings.monitoring_reports_dir.glob("*/summary.json"))
    checks = {check["name"]: check for check in json.loads(summary.read_text(encoding="utf-8"))["checks"]}
    for column in HISTORY_COUNTS:
        assert checks[f"data_drift.{column}"]["value"] == pytest.approx(0.0, abs=1e-9), checks[f"data_drift.{column}"]
