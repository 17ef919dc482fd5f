"""The risk model's compiled trees give scikit-learn's decision values, bit for bit, on the cases
scikit-learn's own tree walk treats specially: missing values, values exactly on a threshold,
infinities, native categorical splits with unseen, out-of-range, negative or missing categories,
and categorical columns that are not the first ones (scikit-learn renumbers and moves them).
Likewise its replica of the isotonic calibrators."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.isotonic import IsotonicRegression

from models import compiled_trees
from models.compiled_trees import FoldTrees, isotonic_predict

COLOURS = np.array([0.0, 1.0, 2.0, 4.0, 5.0])  # 3 is never seen in training
CATEGORICAL = [1, 3, 5]  # colour, size, and a category never known (always missing in training)


def _training_rows(rows: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Columns: number, colour, number, size, number, never-known category; some values missing."""
    rng = np.random.default_rng(seed)
    colour = rng.choice(COLOURS, rows)
    numbers = rng.normal(size=(rows, 3)).round(2)  # repeated values: thresholds between them
    X = np.column_stack(
        [numbers[:, 0], colour, numbers[:, 1], rng.integers(0, 3, rows), numbers[:, 2], np.full(rows, np.nan)]
    )
    X[:, :5][rng.random((rows, 5)) < 0.1] = np.nan
    signal = np.isin(colour, [1.0, 4.0]) + (numbers[:, 0] > 0.3) + numbers[:, 1] * 0.5
    return X, (signal + rng.normal(scale=0.5, size=rows) > 1).astype(int)


def _fitted(max_leaf_nodes: int, classes: int = 2) -> HistGradientBoostingClassifier:
    X, y = _training_rows(3000, seed=1)
    if classes > 2:
        y = y + (np.nan_to_num(X[:, 2]) > 1)
    return HistGradientBoostingClassifier(
        max_iter=15, max_leaf_nodes=max_leaf_nodes, categorical_features=CATEGORICAL, random_state=0
    ).fit(X, y)


def _awkward_rows(compiled: FoldTrees) -> np.ndarray:
    """Fresh rows plus the special cases: every split threshold exactly, infinities, and colours
    that are unseen (3), out of range (9, 300), fractional, negative or missing."""
    X, _ = _training_rows(400, seed=2)
    X[::3, 5] = 0.0  # the never-known category gets values
    on_threshold = []
    for column, points, categorical in zip(compiled.columns, compiled.cut_points, compiled.categorical, strict=True):
        if not categorical:
            rows = X[: len(points)].copy()
            rows[:, column] = points
            on_threshold.append(rows)
    special = X[:8].copy()
    special[:, 1] = [3.0, 9.0, 300.0, -1.0, 1.5, np.nan, 2.0, 4.0]
    special[:, 0] = [np.inf, -np.inf, np.nan, 0.0, np.inf, -np.inf, 1e300, -1e300]
    return np.vstack([X, *on_threshold, special])


@pytest.mark.parametrize(("max_leaf_nodes", "leaf_mask"), [(31, np.uint32), (50, np.uint64)])
def test_compiled_trees_equal_scikit_learn(max_leaf_nodes, leaf_mask, monkeypatch):
    boosted = _fitted(max_leaf_nodes)
    assert any(tree.nodes["is_categorical"].any() for (tree,) in boosted._predictors)
    compiled = FoldTrees.compile(boosted)
    assert compiled is not None
    assert compiled.reachable.dtype == leaf_mask
    rows = _awkward_rows(compiled)
    monkeypatch.setattr(compiled_trees, "_MASK_BYTES_PER_BLOCK", compiled.reachable[0].nbytes * 100)
    assert len(rows) > compiled.rows_per_block == 100  # scored in more than one block
    np.testing.assert_array_equal(compiled.decision_function(rows)[:, 0], boosted.decision_function(rows))
    np.testing.assert_array_equal(compiled.decision_function(rows[-1:])[:, 0], boosted.decision_function(rows[-1:]))


def test_trees_that_cannot_be_compiled_are_left_to_scikit_learn():
    assert FoldTrees.compile(_fitted(max_leaf_nodes=100)) is None  # more leaves than a 64-bit mask
    assert FoldTrees.compile(_fitted(max_leaf_nodes=31, classes=3)) is None  # a tree per class


@pytest.mark.parametrize("out_of_bounds", ["clip", "nan"])
@pytest.mark.parametrize("points", [40, 1])
def test_isotonic_calibration_equals_scikit_learn(out_of_bounds, points):
    """The calibrator replica gives `IsotonicRegression.predict`'s numbers inside, on and outside the
    fitted thresholds, and for a calibrator of one threshold (a constant); like scikit-learn, it
    refuses NaN and infinities."""
    rng = np.random.default_rng(3)
    scores = rng.normal(size=points).round(1)
    labels = (scores + rng.normal(scale=0.7, size=points) > 0).astype(float)
    calibrator = IsotonicRegression(out_of_bounds=out_of_bounds).fit(scores, labels)
    thresholds = calibrator.X_thresholds_
    queries = np.concatenate(
        [
            rng.normal(scale=2, size=200),
            thresholds,
            np.nextafter(thresholds, np.inf),
            np.nextafter(thresholds, -np.inf),
            [thresholds[0] - 1, thresholds[-1] + 1, 1e300, -1e300, 0.0, -0.0],
        ]
    )
    np.testing.assert_array_equal(isotonic_predict(calibrator, queries), calibrator.predict(queries))
    np.testing.assert_array_equal(isotonic_predict(calibrator, queries[:1]), calibrator.predict(queries[:1]))
    for bad in (np.nan, np.inf, -np.inf):
        with pytest.raises(ValueError, match=r"NaN|infinity"):
            calibrator.predict(np.array([0.0, bad]))
        with pytest.raises(ValueError, match=r"NaN|infinity"):
            isotonic_predict(calibrator, np.array([0.0, bad]))
