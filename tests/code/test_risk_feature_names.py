"""A fitted risk model records its features and is refused when loaded by code that computes others."""

from __future__ import annotations

import copy
import pickle

import pytest

from features.history import FEATURE_COLUMNS
from models import risk_model
from models.risk_model import FeatureMismatchError


def test_the_fitted_features_are_recorded_and_a_round_trip_loads(fitted_risk_model):
    assert fitted_risk_model.feature_names_ == FEATURE_COLUMNS
    loaded = pickle.loads(pickle.dumps(fitted_risk_model))
    assert loaded.feature_names_ == FEATURE_COLUMNS


@pytest.mark.parametrize("recorded", [True, False], ids=["recorded", "fitted-before-recording"])
def test_a_model_fitted_on_other_features_is_refused_at_load(fitted_risk_model, monkeypatch, recorded):
    model = copy.deepcopy(fitted_risk_model)
    if not recorded:  # older champions: the names scikit-learn kept are checked instead
        del model.feature_names_
    pickled = pickle.dumps(model)
    today = tuple(name for name in FEATURE_COLUMNS if name != "reason_confidence")
    monkeypatch.setattr(risk_model, "FEATURE_COLUMNS", today)
    with pytest.raises(FeatureMismatchError, match=r"it has \['reason_confidence'\].*triage train risk"):
        pickle.loads(pickled)
    monkeypatch.setattr(risk_model, "FEATURE_COLUMNS", (*FEATURE_COLUMNS, "new_feature"))
    with pytest.raises(FeatureMismatchError, match=r"it lacks \['new_feature'\]"):
        pickle.loads(pickled)
