"""Each registered version carries a monitoring reference sample (training writes it, the registry reads it)."""

from __future__ import annotations

from features.profile import (
    EMBEDDING_PREFIX,
    PREDICTION_CATEGORICAL,
    PREDICTION_NUMERICAL,
    PROFILE_CATEGORICAL,
    PROFILE_NUMERICAL,
)
from triage.registry import REFERENCE_TAG, _client, champion_version, load_reference


def test_risk_version_carries_profile_scores_and_decisions(trained_risk, settings):
    version = trained_risk.gate.version
    reference = load_reference(settings, settings.risk_model_name, version)
    assert reference is not None and 50 <= len(reference) <= settings.monitor_reference_rows
    for column in (*PROFILE_CATEGORICAL, *PROFILE_NUMERICAL, "risk_score", "decision"):
        assert column in reference.columns, column
    assert reference["risk_score"].between(0, 1).all()
    assert set(reference["decision"]) <= {"free_return", "paid_return", "keep_item", "manual_review", "reject"}
    assert (reference["days_since_delivery"] >= 0).all() and (reference["text_length"] > 0).all()
    tags = _client(settings).get_model_version(settings.risk_model_name, version).tags
    assert tags[REFERENCE_TAG].endswith("reference.parquet")


def test_reason_champion_carries_embeddings_and_answers(trained_reasons, settings):
    version = champion_version(settings, settings.reason_model_name).version
    reference = load_reference(settings, settings.reason_model_name, version)
    assert reference is not None and len(reference) == settings.monitor_reference_rows
    embeddings = [column for column in reference.columns if column.startswith(EMBEDDING_PREFIX)]
    assert len(embeddings) >= 100
    for column in ("reason", "reason_confidence", "needs_review", "lang", "product_category"):
        assert column in reference.columns
    assert set(reference["lang"]) == {"en", "fr"}
    assert reference["reason_confidence"].between(0, 1).all()
    assert "risk_score" not in reference.columns
    # the policy's decision without a risk score: the decision mix a window answered without risk is compared with
    assert set(reference["decision"]) <= {"free_return", "paid_return", "keep_item", "manual_review", "reject"}
    assert {*PREDICTION_CATEGORICAL, *PREDICTION_NUMERICAL} - {"risk_score"} <= set(reference.columns)
