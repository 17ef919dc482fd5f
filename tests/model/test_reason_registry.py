"""Registration, the champion gate and batch prediction with the session's trained reason model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli.app import app
from features.taxonomy import REASON_CODES, family_of
from training.champion import register_and_gate
from training.reasons import MODEL_ARTIFACT
from triage.registry import load_champion
from triage.settings import Settings

pytestmark = pytest.mark.slow


def test_champion_records_its_version_and_run(trained_reasons: Any, settings: Settings) -> None:
    assert trained_reasons.name == settings.reason_model_name
    assert trained_reasons.run_id
    assert load_champion(settings, settings.reason_model_name).version == trained_reasons.version


def test_gate_moves_the_alias_only_for_a_strictly_better_score(trained_reasons: Any, settings: Settings) -> None:
    # A separate registered name, so the session's reason champion is left alone.
    name = "gate-test-model"
    gate = register_and_gate(settings, name, trained_reasons.run_id, MODEL_ARTIFACT, 0.5, lambda model: 1.0)
    assert gate.promoted and gate.champion_version is None
    first = gate.version
    for score in (0.4, 0.5):
        gate = register_and_gate(settings, name, trained_reasons.run_id, MODEL_ARTIFACT, score, lambda model: 0.5)
        assert not gate.promoted and gate.champion_version == first and gate.champion_score == 0.5
    gate = register_and_gate(settings, name, trained_reasons.run_id, MODEL_ARTIFACT, 0.51, lambda model: 0.5)
    assert gate.promoted
    assert load_champion(settings, name).version == gate.version


def test_loaded_champion_uses_this_machines_embedding_model(trained_reasons: Any, settings: Settings) -> None:
    embedder = getattr(trained_reasons.model, "embedder_", None)
    if embedder is None:
        pytest.skip("the champion does not use embeddings")
    assert embedder.model_path == settings.resolved_embedding_model_path()


def test_predict_reasons_cli_writes_input_columns_plus_predictions(trained_reasons: Any, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    pd.DataFrame(
        {
            "ticket": ["T1", "T2", "T3"],
            "text": ["way too tight on the hips", "la lampe est arrivée cassée", ""],
            "lang": ["en", "", "fr"],
        }
    ).to_csv(source, index=False)
    output = tmp_path / "out.csv"
    result = CliRunner().invoke(app, ["predict", "reasons", "--input", str(source), "--output", str(output)])
    assert result.exit_code == 0, result.output
    written = pd.read_csv(output, dtype=str, keep_default_na=False)
    assert list(written.columns) == ["ticket", "text", "lang", "reason", "family", "confidence", "needs_review", "top3"]
    assert list(written["ticket"]) == ["T1", "T2", "T3"]
    assert set(written["reason"]) <= set(REASON_CODES)
    assert list(written["reason"][:2]) == ["too_small", "damaged_in_transit"]
    assert all(family == family_of(reason) for reason, family in zip(written["reason"], written["family"], strict=True))
    for reason, top3 in zip(written["reason"], written["top3"], strict=True):
        ranked = json.loads(top3)
        assert len(ranked) == 3 and ranked[0][0] == reason
        assert ranked[0][1] >= ranked[1][1] >= ranked[2][1]
    assert set(written["needs_review"]) <= {"True", "False"}
