"""The sample texts are not templated: plain keyword rules score clearly below the trained model."""

from typing import Any

import pytest

from models.keyword_baseline import KeywordBaseline
from training.evaluation import headline

pytestmark = pytest.mark.slow

MIN_GAP = 0.30


def test_keyword_baseline_is_clearly_below_the_trained_model(
    reason_test_split: Any, test_split_answers: list[Any]
) -> None:
    test = reason_test_split
    baseline = headline(test["label"], KeywordBaseline().fit(test["text"]).predict(test["text"]))
    model = headline(test["label"], [answer.reason for answer in test_split_answers])
    assert model["macro_f1"] - baseline["macro_f1"] >= MIN_GAP, (baseline, model)
