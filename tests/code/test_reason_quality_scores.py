"""The served-quality scores of `training.reason_quality` on answers whose figures are known by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.reason_classifier import ReasonPrediction
from training.reason_quality import accuracy_at_coverage, coverage_at_accuracy, reading_examples, served_quality


def test_accuracy_at_coverage_reads_the_most_confident_answers() -> None:
    confidence = np.array([0.9, 0.1, 0.8, 0.7, 0.2])
    correct = np.array([True, True, False, True, False])
    assert accuracy_at_coverage(confidence, correct, 0.4) == 0.5  # 0.9 right, 0.8 wrong
    assert accuracy_at_coverage(confidence, correct, 0.6) == pytest.approx(2 / 3)
    assert accuracy_at_coverage(confidence, correct, 0.1) is None  # no answer kept


def test_coverage_at_accuracy_is_the_largest_share_that_holds_it() -> None:
    confidence = np.array([0.9, 0.8, 0.7, 0.6, 0.5])
    correct = np.array([True, False, True, True, False])
    assert coverage_at_accuracy(confidence, correct, 0.75) == 0.8  # 3 of the top 4
    assert coverage_at_accuracy(confidence, correct, 1.0) == 0.2
    assert coverage_at_accuracy(confidence, np.zeros(5, dtype=bool), 0.5) == 0.0


def test_served_quality_per_language_with_review_and_undirected_fit() -> None:
    frame = pd.DataFrame(
        {
            "text": ["a", "b", "c", "d"],
            "lang": ["en", "en", "fr", "fr"],
            "label": ["too_small", "size_unspecified", "defective", "poor_quality"],
        }
    )
    answers = [
        ("too_small", 0.9, False),
        ("too_large", 0.8, False),
        ("defective", 0.3, True),
        ("defective", 0.7, False),
    ]
    predictions = [ReasonPrediction(code, "", conf, [(code, conf)], review) for code, conf, review in answers]
    scores = served_quality(predictions, frame, coverage=0.5, accuracy_target=0.8)
    overall = scores["overall"]
    assert overall["accuracy"] == 0.75  # an undirected fit is right as either size
    assert overall["family_accuracy"] == 1.0  # defective and poor_quality share a family
    assert (overall["needs_review_rate"], overall["automated_share"]) == (0.25, 0.75)
    assert overall["automated_accuracy"] == pytest.approx(2 / 3)
    assert overall["accuracy_at_coverage_0.5"] == 1.0 and overall["coverage_at_accuracy_0.8"] == 0.5
    assert scores["per_language"]["fr"]["accuracy"] == 0.5
    assert scores["per_reason_accuracy"] == {
        "defective": 1.0,
        "poor_quality": 0.0,
        "size_unspecified": 1.0,
        "too_small": 1.0,
    }
    # Only a directed fit read as a fit counts for the direction: "size_unspecified" has none.
    assert scores["fit_direction"] == {"n": 1, "accuracy": 1.0}


def test_reading_examples_pick_what_changed_and_what_both_miss() -> None:
    frame = pd.DataFrame(
        {
            "text": ["fits tiny", "zip broke", "arrived crushed", "not what I wanted", "no idea"],
            "lang": ["en"] * 5,
            "label": ["too_small", "defective", "damaged_in_transit", "not_as_described", "size_unspecified"],
        }
    )
    new = np.array(["too_small", "defective", "defective", "wrong_item", "too_large"], dtype=object)
    old = np.array(["too_large", "poor_quality", "defective", "not_as_described", "too_small"], dtype=object)
    examples = reading_examples(frame, new, old, per_group=1)
    assert [row["text"] for row in examples["new_right_old_wrong"]] == ["fits tiny"]  # only the first of two
    assert examples["new_right_old_wrong"][0] == {
        "text": "fits tiny",
        "lang": "en",
        "label": "too_small",
        "new": "too_small",
        "old": "too_large",
    }
    # an undirected fit read as either size is right for both, so it is in neither group
    assert [row["text"] for row in examples["both_wrong"]] == ["arrived crushed"]
    assert reading_examples(frame, new, old, per_group=5)["new_right_old_wrong"][1]["text"] == "zip broke"


def test_paired_counts_count_texts_only_one_model_reads_right() -> None:
    from training.reason_quality import paired_counts

    frame = pd.DataFrame(
        {
            "text": list("abcdef"),
            "lang": ["en", "en", "en", "fr", "fr", "fr"],
            "label": ["defective"] * 6,
        }
    )
    new = np.array(["defective", "defective", "other", "defective", "defective", "other"], dtype=object)
    old = np.array(["other", "defective", "defective", "other", "other", "other"], dtype=object)
    paired = paired_counts(frame, new, old)
    assert paired["overall"]["only_new_right"] == 3 and paired["overall"]["only_old_right"] == 1
    assert paired["per_language"]["fr"] == {"only_new_right": 2, "only_old_right": 0, "mcnemar_p": 0.5}
    assert paired["overall"]["mcnemar_p"] == 0.625
    same = paired_counts(frame, old, old)["overall"]
    assert same == {"only_new_right": 0, "only_old_right": 0, "mcnemar_p": None}
