"""The sample texts are not templated: plain keyword rules score clearly below the trained model."""

from typing import Any

import pytest

from models.keyword_baseline import KeywordBaseline
from training.evaluation import headline
from training.reasons import load_reason_frame
from training.splits import time_split
from triage.settings import Settings

pytestmark = pytest.mark.slow

MIN_GAP = 0.30


def test_keyword_baseline_is_clearly_below_the_trained_model(trained_reasons: Any, settings: Settings) -> None:
    frame = load_reason_frame(settings)
    test = time_split(frame, "request_ts", settings.test_fraction, settings.validation_fraction).test
    baseline = headline(test["label"], KeywordBaseline().fit(test["text"]).predict(test["text"]))
    model = headline(test["label"], trained_reasons.model.predict(test["text"]))
    assert model["macro_f1"] - baseline["macro_f1"] >= MIN_GAP, (baseline, model)
