"""Evaluation of reason predictions: overall, per class, per slice, review behaviour, real texts.

Pure functions over arrays and frames, plus the confusion-matrix plot. Slices follow the ways the
model can fail in production: language (French is the harder one) and text length.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix, f1_score

from features.taxonomy import REASON_CODES

# Word-count slices: 1-5 words say little ("too small"), long texts mix several complaints.
LENGTH_SLICES: tuple[tuple[str, int, int], ...] = (("1-5 words", 1, 5), ("6-20 words", 6, 20), ("21+ words", 21, 10**9))
# The real dev set marks "didn't fit" without a direction; either size reason is right for it.
SIZE_UNSPECIFIED = "size_unspecified"
SIZE_REASONS = frozenset({"too_small", "too_large"})


def headline(y_true: Any, y_pred: Any) -> dict[str, float]:
    """Macro-F1 over the taxonomy, accuracy and count."""
    return {
        "macro_f1": float(f1_score(y_true, y_pred, labels=list(REASON_CODES), average="macro", zero_division=0)),
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "n": len(y_true),
    }


def length_slice(text: str) -> str:
    """The length slice a text falls in."""
    words = max(len(str(text).split()), 1)
    return next(name for name, low, high in LENGTH_SLICES if low <= words <= high)


def slice_scores(y_true: np.ndarray, y_pred: np.ndarray, groups: np.ndarray) -> dict[str, dict[str, float]]:
    """`headline` per group value."""
    return {str(group): headline(y_true[groups == group], y_pred[groups == group]) for group in np.unique(groups)}


def review_scores(y_true: np.ndarray, y_pred: np.ndarray, needs_review: np.ndarray) -> dict[str, float]:
    """How many predictions skip review (coverage) and how precise those are."""
    kept = ~needs_review
    return {
        "coverage": float(kept.mean()) if len(kept) else 0.0,
        "precision_not_reviewed": float((y_true[kept] == y_pred[kept]).mean()) if kept.any() else 0.0,
    }


def selective_figures(right: np.ndarray, automated: np.ndarray, rows: np.ndarray) -> dict[str, Any]:
    """Among `rows`: accuracy, share automated (needs_review false) and accuracy of the automated answers
    (None when none is automated)."""
    kept = rows & automated
    return {
        "accuracy": float(right[rows].mean()),
        "automated_share": float(kept.sum() / max(rows.sum(), 1)),
        "automated_accuracy": float(right[kept].mean()) if kept.any() else None,
        "n": int(rows.sum()),
    }


def evaluate_predictions(texts: pd.Series, langs: pd.Series, y_true: pd.Series, y_pred: np.ndarray) -> dict[str, Any]:
    """Overall, per-class, per-language and per-length scores of one model on one split."""
    truth = y_true.to_numpy(dtype=object)
    predicted = np.asarray(y_pred, dtype=object)
    per_class = classification_report(truth, predicted, labels=list(REASON_CODES), output_dict=True, zero_division=0)
    return {
        "overall": headline(truth, predicted),
        "per_class": {code: per_class[code] for code in REASON_CODES},
        "per_language": slice_scores(truth, predicted, langs.to_numpy(dtype=object)),
        "per_length": slice_scores(truth, predicted, np.array([length_slice(text) for text in texts], dtype=object)),
    }


def correct_answers(labels: pd.Series, y_pred: np.ndarray) -> np.ndarray:
    """Per text, whether the prediction is right, counting either size reason right for `size_unspecified`."""
    truth = labels.to_numpy(dtype=object)
    predicted = np.asarray(y_pred, dtype=object)
    return (truth == predicted) | ((truth == SIZE_UNSPECIFIED) & np.isin(predicted, list(SIZE_REASONS)))


def real_text_accuracy(labels: pd.Series, y_pred: np.ndarray) -> float:
    """Accuracy on the real dev set, counting either size reason right for `size_unspecified`."""
    return float(correct_answers(labels, y_pred).mean())


def plot_confusion_matrix(y_true: Any, y_pred: Any, path: Path, title: str) -> Path:
    """Write a row-normalised confusion matrix (recall on the diagonal) as a PNG."""
    import matplotlib

    matplotlib.use("Agg")  # headless: training runs in terminals and CI
    import matplotlib.pyplot as plt

    labels = list(REASON_CODES)
    counts = confusion_matrix(y_true, y_pred, labels=labels)
    rates = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    figure, axes = plt.subplots(figsize=(9, 8))
    axes.imshow(rates, cmap="Blues", vmin=0, vmax=1)
    axes.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    axes.set_yticks(range(len(labels)), labels)
    axes.set_xlabel("predicted")
    axes.set_ylabel("true")
    axes.set_title(title)
    for row, column in np.ndindex(counts.shape):
        if counts[row, column]:
            colour = "white" if rates[row, column] > 0.5 else "black"
            axes.text(column, row, str(counts[row, column]), ha="center", va="center", fontsize=8, color=colour)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=120)
    plt.close(figure)
    return path
