"""How the served reason model does on realistic text, as the service answers: label and family accuracy,
macro-F1, per language and per reason, how often it asks for review, and how right its automated answers are.

The sets are texts no model trained on: the corpus's calibration slice (held out of training by a hash of
the text id), the blind slice and the real dev texts (evaluation only), and the newest generated returns
(the time split's test part). `benchmarks/reason_quality.py` runs it on the state folder's champion.

Selective accuracy is read two ways: at the served review threshold (`needs_review` false), and at a
fixed coverage (the `coverage` share of the texts answered with the highest confidence), so models with
different thresholds can be compared at the share the shop wants automated.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import binomtest
from sklearn.metrics import f1_score

from features.taxonomy import REASON_CODES
from models.reason_classifier import ReasonPrediction
from training.evaluation import SIZE_REASONS, SIZE_UNSPECIFIED, correct_answers
from training.reasons import same_family


def accuracy_at_coverage(confidence: np.ndarray, correct: np.ndarray, coverage: float) -> float | None:
    """Accuracy of the `coverage` share of answers given with the highest confidence (None: no answer)."""
    kept = int(np.floor(coverage * len(confidence) + 1e-9))
    if kept == 0:
        return None
    order = np.argsort(-np.asarray(confidence), kind="stable")
    return float(np.asarray(correct)[order[:kept]].mean())


def coverage_at_accuracy(confidence: np.ndarray, correct: np.ndarray, accuracy: float) -> float:
    """The largest share of answers, most confident first, whose accuracy still reaches `accuracy`."""
    if len(confidence) == 0:
        return 0.0
    order = np.argsort(-np.asarray(confidence), kind="stable")
    running = np.cumsum(np.asarray(correct)[order]) / np.arange(1, len(order) + 1)
    meets = np.flatnonzero(running >= accuracy)
    return float((meets[-1] + 1) / len(order)) if meets.size else 0.0


def _truth_for_f1(labels: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    """A fit problem without direction counts as whichever size reason was answered (else it stays a miss)."""
    unspecified = (labels == SIZE_UNSPECIFIED) & np.isin(predicted, list(SIZE_REASONS))
    return np.where(unspecified, predicted, labels)


def answer_scores(
    labels: np.ndarray,
    predicted: np.ndarray,
    confidence: np.ndarray,
    needs_review: np.ndarray,
    coverage: float,
    accuracy_target: float,
) -> dict[str, Any]:
    """The scores of one group of answers (see the module docstring)."""
    right = correct_answers(pd.Series(labels, dtype=object), predicted)
    family_right = np.array([same_family(truth, guess) for truth, guess in zip(labels, predicted, strict=True)])
    automated = ~needs_review
    return {
        "n": len(labels),
        "accuracy": float(right.mean()),
        "family_accuracy": float(family_right.mean()),
        "macro_f1": float(
            f1_score(
                _truth_for_f1(labels, predicted),
                predicted,
                labels=sorted(set(labels) & set(REASON_CODES) | set(predicted) & set(REASON_CODES)),
                average="macro",
                zero_division=0,
            )
        ),
        "needs_review_rate": float(needs_review.mean()),
        "automated_share": float(automated.mean()),
        "automated_accuracy": float(right[automated].mean()) if automated.any() else None,
        f"accuracy_at_coverage_{coverage:g}": accuracy_at_coverage(confidence, right, coverage),
        f"coverage_at_accuracy_{accuracy_target:g}": coverage_at_accuracy(confidence, right, accuracy_target),
    }


def served_quality(
    predictions: Sequence[ReasonPrediction], frame: pd.DataFrame, coverage: float, accuracy_target: float
) -> dict[str, Any]:
    """`answer_scores` overall, per language and the accuracy per true reason, from a model's
    `predict_reasons` answers (the service's, review flag included) to `frame`'s texts (text, lang, label)."""
    predicted = np.array([prediction.reason for prediction in predictions], dtype=object)
    confidence = np.array([prediction.confidence for prediction in predictions], dtype=np.float64)
    needs_review = np.array([prediction.needs_review for prediction in predictions], dtype=bool)
    labels = frame["label"].to_numpy(dtype=object)
    langs = frame["lang"].to_numpy(dtype=object)

    def scores(rows: np.ndarray) -> dict[str, Any]:
        return answer_scores(
            labels[rows], predicted[rows], confidence[rows], needs_review[rows], coverage, accuracy_target
        )

    right = correct_answers(frame["label"], predicted)
    both_fit = np.isin(labels, list(SIZE_REASONS)) & np.isin(predicted, list(SIZE_REASONS))
    return {
        "overall": scores(np.ones(len(frame), dtype=bool)),
        "per_language": {str(lang): scores(langs == lang) for lang in np.unique(langs)},
        "per_reason_accuracy": {str(label): float(right[labels == label].mean()) for label in np.unique(labels)},
        # Fit complaints read as fit complaints: how often the direction (too large or too small) is right.
        "fit_direction": {
            "n": int(both_fit.sum()),
            "accuracy": float((labels[both_fit] == predicted[both_fit]).mean()) if both_fit.any() else None,
        },
    }


def reading_examples(
    frame: pd.DataFrame, new_reasons: np.ndarray, old_reasons: np.ndarray, per_group: int
) -> dict[str, list[dict[str, str]]]:
    """Texts of `frame` (text, lang, label) the new model reads right and the old one wrong, and texts both
    read wrong: the first `per_group` of each, in the frame's order, with both readings, so a reader can see
    what changed and what is still out of reach."""
    new_right = correct_answers(frame["label"], new_reasons)
    old_right = correct_answers(frame["label"], old_reasons)

    def rows(chosen: np.ndarray) -> list[dict[str, str]]:
        return [
            {
                "text": str(frame["text"].iloc[row]),
                "lang": str(frame["lang"].iloc[row]),
                "label": str(frame["label"].iloc[row]),
                "new": str(new_reasons[row]),
                "old": str(old_reasons[row]),
            }
            for row in np.flatnonzero(chosen)[:per_group]
        ]

    return {"new_right_old_wrong": rows(new_right & ~old_right), "both_wrong": rows(~new_right & ~old_right)}


def paired_counts(frame: pd.DataFrame, new_reasons: np.ndarray, old_reasons: np.ndarray) -> dict[str, Any]:
    """Texts of `frame` only the new model reads right, and only the old one, overall and per language, with
    the exact McNemar p-value of the difference: two models scored on the same texts differ by these alone."""
    new_right = correct_answers(frame["label"], new_reasons)
    old_right = correct_answers(frame["label"], old_reasons)

    def counts(rows: np.ndarray) -> dict[str, Any]:
        only_new = int((new_right & ~old_right & rows).sum())
        only_old = int((old_right & ~new_right & rows).sum())
        differ = only_new + only_old
        return {
            "only_new_right": only_new,
            "only_old_right": only_old,
            "mcnemar_p": round(float(binomtest(only_new, differ).pvalue), 4) if differ else None,
        }

    languages = frame["lang"].to_numpy()
    return {
        "overall": counts(np.ones(len(frame), dtype=bool)),
        "per_language": {str(lang): counts(languages == lang) for lang in sorted(set(languages))},
    }
