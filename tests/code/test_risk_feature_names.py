"""A fitted risk model records its features and is refused when loaded by code that computes others."""

from __future__ import annotations

import copy
import pickle

import numpy as np
import pytest

from features.history import CATEGORICAL_FEATURES, FEATURE_COLUMNS, NUMERIC_FEATURES
from models import risk_model
from models.risk_model import PRICE_RATIO, FeatureMismatchError

# What champions were fitted on before issue 18 dropped the reason model's confidence from the features.
WITH_REASON_CONFIDENCE = (*NUMERIC_FEATURES[:-1], "reason_confidence", NUMERIC_FEATURES[-1], *CATEGORICAL_FEATURES)


def test_the_fitted_features_are_recorded_and_a_round_trip_loads(fitted_risk_model):
    assert fitted_risk_model.feature_names_ == FEATURE_COLUMNS
    loaded = pickle.loads(pickle.dumps(fitted_risk_model))
    assert loaded.feature_names_ == FEATURE_COLUMNS


@pytest.mark.parametrize("recorded", [True, False], ids=["recorded", "fitted-before-recording"])
def test_a_champion_fitted_with_the_reason_confidence_is_refused_at_load(fitted_risk_model, recorded):
    model = copy.deepcopy(fitted_risk_model)
    if recorded:
        model.feature_names_ = WITH_REASON_CONFIDENCE
    else:  # older champions: the names scikit-learn kept are checked instead
        del model.feature_names_
        for fold in model.calibrated_.calibrated_classifiers_:
            encoder = fold.estimator.named_steps["encode"]
            encoder.feature_names_in_ = np.asarray([*WITH_REASON_CONFIDENCE, PRICE_RATIO], dtype=object)
    with pytest.raises(FeatureMismatchError, match=r"it has \['reason_confidence'\].*triage train risk"):
        pickle.loads(pickle.dumps(model))


def test_a_model_lacking_a_feature_the_code_computes_is_refused(fitted_risk_model, monkeypatch):
    pickled = pickle.dumps(fitted_risk_model)
    monkeypatch.setattr(risk_model, "FEATURE_COLUMNS", (*FEATURE_COLUMNS, "new_feature"))
    with pytest.raises(FeatureMismatchError, match=r"it lacks \['new_feature'\]"):
        pickle.loads(pickled)
