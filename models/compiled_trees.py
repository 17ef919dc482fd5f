"""HistGradientBoosting trees and isotonic calibrators as numpy lookups: scikit-learn's numbers
without its per-call and per-tree overhead.

scikit-learn predicts boosted trees one Python-level call per tree and validates every input;
for the risk model's 3 calibration folds x 250 trees that fixed cost per scoring call, whatever
the batch size, was most of a served batch's risk cost (benchmarks/README.md). `FoldTrees` compiles
fitted trees (one fold's, or several folds' merged so that each input column is read once) to score
every tree of a batch at once; `isotonic_predict` replicates a fitted calibrator. Tests compare both with scikit-learn
bit for bit, including the private attributes the compilation reads.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.isotonic import IsotonicRegression


@dataclass(frozen=True)
class MergedFeature:
    """One input column of merged trees (`FoldTrees.merge`): its split points (sorted numbers, or
    NaN-terminated category codes), and per fold whose trees read it: the fold, its trees' feature,
    and one value of each merged bin as that fold's trees see it (in bin order, missing last)."""

    cut_points: np.ndarray
    categorical: bool
    uses: tuple[tuple[int, int, np.ndarray], ...]


def isotonic_predict(calibrator: IsotonicRegression, scores: np.ndarray) -> np.ndarray:
    """`calibrator.predict(scores)` for 1-D float scores, without its generic input validation
    (~50 us a call, paid once per fold by every served batch).

    As scikit-learn computes it: NaN and infinities refused, scores clipped to the fitted range
    when `out_of_bounds="clip"` (CalibratedClassifierCV's choice), one threshold a constant,
    otherwise scipy's linear `interp1d` of the thresholds, which for float64 thresholds is
    `np.interp` with NaN outside them. Anything else (`out_of_bounds="raise"`, other threshold
    types) is left to scikit-learn.
    """
    thresholds, values = calibrator.X_thresholds_, calibrator.y_thresholds_
    if calibrator.out_of_bounds == "raise" or not thresholds.dtype == values.dtype == np.float64:
        return calibrator.predict(scores)
    if not np.isfinite(scores).all():
        raise ValueError("Input contains NaN or infinity.")
    if calibrator.out_of_bounds == "clip":
        scores = np.clip(scores, calibrator.X_min_, calibrator.X_max_)
    if len(values) == 1:
        return values.repeat(scores.shape)
    result = np.interp(scores, thresholds, values)
    result[(scores < thresholds[0]) | (scores > thresholds[-1])] = np.nan
    return result


# A tree's reachable leaves are one bit each of an unsigned integer: at most 64 leaves (the
# classifier's default `max_leaf_nodes` is 31); bigger trees are scored by scikit-learn.
_MAX_COMPILED_LEAVES = 64
# Leaf masks of a block of rows: measured best at 512 KiB (512 rows of 250 trees; 170 of 750).
_MASK_BYTES_PER_BLOCK = 512 * 1024


@dataclass(frozen=True)
class FoldTrees:
    """The boosted trees of one calibration fold, compiled to score every tree of a batch at once.

    Why: scikit-learn's HistGradientBoosting predicts tree by tree, one Python-level call per tree;
    for 3 folds x 250 trees that fixed cost per scoring call, whatever the batch size, was most of
    a served batch's risk cost. How (the "QuickScorer" layout): each feature's value becomes its bin
    (numbers: among the thresholds the trees split that feature on; categories: each its own bin;
    a missing or unknown value: a bin of its own), and `reachable[bin]` holds for every tree a
    bitmask of the leaves still reachable given that bin: a split that sends the value right rules
    out its left subtree's leaves. AND-ing the masks of a row's features leaves each tree's exit
    leaf as the lowest set bit (leaves are numbered left to right). Leaf values are summed in
    scikit-learn's order (baseline, then tree by tree), so the decision values are the same bits.
    """

    columns: np.ndarray  # per tree feature: the input column it reads (categories come first)
    cut_points: tuple[np.ndarray, ...]  # per tree feature: sorted split thresholds, or the categories
    categorical: np.ndarray  # per tree feature
    missing_bin: np.ndarray  # per tree feature: the bin of a missing (or unknown category) value
    first_bin: np.ndarray  # per tree feature: the row of `reachable` its bins start at
    reachable: np.ndarray  # (bins of all features, trees): leaves of each tree reachable given the bin
    leaf_values: np.ndarray  # (trees, most leaves): each tree's leaf values, left to right
    baselines: np.ndarray  # per group of trees (a fold's): its baseline prediction
    group_starts: np.ndarray  # per group: its first tree, then the number of trees
    # Every feature's cut points as complex numbers feature + point j, which numpy orders
    # lexicographically, then a sentinel past the last feature: one search bins every feature of a
    # block (a search per feature cost ~5 us each, a quarter of a served batch's risk step).
    bin_keys: np.ndarray = field(init=False, repr=False)
    key_starts: np.ndarray = field(init=False, repr=False)  # per tree feature: its first key

    def __post_init__(self) -> None:
        points = [points[~np.isnan(points)] for points in self.cut_points]  # categories' NaN terminator dropped
        sizes = [len(feature_points) for feature_points in points]
        keys = np.empty(sum(sizes) + 1, dtype=complex)  # assigned by part: no arithmetic on the points
        keys.real = [*np.repeat(np.arange(len(points)), sizes), len(points)]
        keys.imag = [*np.concatenate([[], *points]), 0.0]
        object.__setattr__(self, "bin_keys", keys)
        object.__setattr__(self, "key_starts", np.cumsum([0, *sizes[:-1]]))

    @classmethod
    def compile(cls, boosted: HistGradientBoostingClassifier) -> FoldTrees | None:
        """The compiled form of a fitted binary classifier's trees, or None if it has a tree of more
        than `_MAX_COMPILED_LEAVES` leaves.

        Reads what scikit-learn keeps private, as no public API exposes it: the fitted trees
        (`_predictors`), the baseline, the bin mapper's known categories, and the ordinal encoder
        (`_preprocessor`) that renumbers categories and puts them first. tests/code/test_risk_trees.py
        compares the result with scikit-learn's own prediction, so a change there fails the tests.
        """
        trees = [predictor for iteration in boosted._predictors for predictor in iteration]
        leaf_counts = [int(tree.nodes["is_leaf"].sum()) for tree in trees]
        if boosted.n_trees_per_iteration_ != 1 or max(leaf_counts) > _MAX_COMPILED_LEAVES:
            return None
        input_categorical = np.zeros(boosted.n_features_in_, dtype=bool)
        categories: list[np.ndarray] = []
        if boosted._preprocessor is not None:
            input_categorical = np.asarray(boosted.is_categorical_)
            encoder = boosted._preprocessor.named_transformers_["encoder"]
            # NaN-terminated: an unknown value or NaN finds the NaN, which equals nothing (see below).
            categories = [np.append(known[~pd.isna(known)].astype(float), np.nan) for known in encoder.categories_]
        columns = np.concatenate([np.flatnonzero(input_categorical), np.flatnonzero(~input_categorical)])
        categorical = np.arange(len(columns)) < len(categories)
        known_bitsets, bitset_of_feature = boosted._bin_mapper.make_known_categories_bitsets()
        known = _bitset_members(known_bitsets)
        splits = np.concatenate([tree.nodes[tree.nodes["is_leaf"] == 0] for tree in trees])
        cut_points = [
            *categories,
            *(
                np.unique(splits["num_threshold"][splits["feature_idx"] == feature])
                for feature in range(len(categories), len(columns))
            ),
        ]
        # Bins of a numeric feature: 0..len(thresholds) by value, then missing; of a categorical
        # one: its codes 0..len(categories) - 1, then missing or unknown (its NaN terminator's place).
        missing_bin = [
            len(points) - 1 if is_category else len(points) + 1
            for points, is_category in zip(cut_points, categorical, strict=True)
        ]
        first_bin = np.concatenate([[0], np.cumsum(np.asarray(missing_bin) + 1)])
        dtype = np.uint32 if max(leaf_counts) <= 32 else np.uint64
        every_leaf = int(np.iinfo(dtype).max)
        reachable = np.full((first_bin[-1], len(trees)), every_leaf, dtype=dtype)
        leaf_values = np.zeros((len(trees), max(leaf_counts)))
        for index, tree in enumerate(trees):
            nodes = tree.nodes
            first_leaf, leaf_count, leaves = _leaf_spans(nodes)
            leaf_values[index, : len(leaves)] = nodes["value"][leaves]
            goes_left = _bitset_members(tree.raw_left_cat_bitsets)
            for node in np.flatnonzero(nodes["is_leaf"] == 0):
                feature, left = int(nodes["feature_idx"][node]), int(nodes["left"][node])
                if categorical[feature]:
                    # scikit-learn: a listed category goes left, another known one right, and an
                    # unknown one (like a missing value) the missing side.
                    codes = np.arange(missing_bin[feature])
                    right = ~goes_left[nodes["bitset_idx"][node], codes]
                    if nodes["missing_go_to_left"][node]:
                        right &= known[bitset_of_feature[feature], codes]
                    bins = np.flatnonzero(right)
                else:
                    above = np.searchsorted(cut_points[feature], nodes["num_threshold"][node]) + 1
                    bins = np.arange(above, missing_bin[feature])
                if not nodes["missing_go_to_left"][node]:
                    bins = np.append(bins, missing_bin[feature])
                ruled_out = ((1 << int(leaf_count[left])) - 1) << int(first_leaf[left])  # the left subtree's leaves
                reachable[first_bin[feature] + bins, index] &= dtype(every_leaf ^ ruled_out)
        return cls(
            columns,
            tuple(cut_points),
            categorical,
            np.asarray(missing_bin),
            first_bin[:-1],
            reachable,
            leaf_values,
            np.array([boosted._baseline_prediction.item()], dtype=float),
            np.array([0, len(trees)]),
        )

    @classmethod
    def merge(cls, folds: Sequence[FoldTrees], features: Sequence[MergedFeature]) -> FoldTrees:
        """The trees of `folds` as one compiled set (a group of trees per fold) reading input column
        i as `features[i]`: a merged bin's leaf masks, for each fold's trees, are those of the bin
        its value falls in for that fold (all leaves for a fold whose trees do not read it)."""
        dtype = max((fold.reachable.dtype for fold in folds), key=lambda kind: kind.itemsize)
        tree_starts = np.cumsum([0, *(fold.reachable.shape[1] for fold in folds)])
        missing_bin = np.array([len(f.cut_points) - 1 if f.categorical else len(f.cut_points) + 1 for f in features])
        first_bin = np.concatenate([[0], np.cumsum(missing_bin + 1)])
        reachable = np.full((first_bin[-1], tree_starts[-1]), np.iinfo(dtype).max, dtype=dtype)
        for feature, merged in enumerate(features):
            for fold_index, fold_feature, each_bin in merged.uses:
                fold = folds[fold_index]
                bins = fold.first_bin[fold_feature] + fold.bins(each_bin[:, np.newaxis], np.array([fold_feature]))[:, 0]
                trees = slice(tree_starts[fold_index], tree_starts[fold_index + 1])
                reachable[first_bin[feature] : first_bin[feature + 1], trees] = fold.reachable[bins]
        leaf_values = np.zeros((tree_starts[-1], max(fold.leaf_values.shape[1] for fold in folds)))
        for fold, start in zip(folds, tree_starts, strict=False):
            leaf_values[start : start + len(fold.leaf_values), : fold.leaf_values.shape[1]] = fold.leaf_values
        return cls(
            np.arange(len(features)),
            tuple(merged.cut_points for merged in features),
            np.array([merged.categorical for merged in features]),
            missing_bin,
            first_bin[:-1],
            reachable,
            leaf_values,
            np.concatenate([fold.baselines for fold in folds]),
            tree_starts,
        )

    def bins(self, values: np.ndarray, features: np.ndarray) -> np.ndarray:
        """The bin of each value, `values[:, i]` being of tree feature `features[i]`: a number's bin
        is how many of the feature's thresholds lie below it, a category's its code; a missing
        number, like a value that is none of the categories, has the feature's missing bin, as in
        scikit-learn."""
        query = np.empty(values.shape, dtype=complex)
        query.real, query.imag = features, values
        # Past the sentinel only for NaN, which numpy orders after every number and is missing anyway.
        found = np.minimum(np.searchsorted(self.bin_keys, query), len(self.bin_keys) - 1)
        missing = np.where(self.categorical[features], self.bin_keys[found] != query, np.isnan(values))
        return np.where(missing, self.missing_bin[features], found - self.key_starts[features])

    def decision_function(self, encoded: np.ndarray) -> np.ndarray:
        """The classifier's `decision_function` of `encoded` (its input columns, in order): a column
        per group of trees."""
        # In blocks of rows whose leaf masks stay in the CPU's cache: ~30% faster on 3,000 rows.
        block = self.rows_per_block
        starts = range(0, max(len(encoded), 1), block)
        return np.concatenate([self._block_decision(encoded[start : start + block]) for start in starts])

    @property
    def rows_per_block(self) -> int:
        """Rows scored together: as many as have `_MASK_BYTES_PER_BLOCK` of leaf masks."""
        return max(1, _MASK_BYTES_PER_BLOCK // self.reachable[0].nbytes)

    def _block_decision(self, encoded: np.ndarray) -> np.ndarray:
        """`decision_function` of one block of rows."""
        trees = self.reachable.shape[1]
        reachable = np.full((len(encoded), trees), np.iinfo(self.reachable.dtype).max, dtype=self.reachable.dtype)
        features = np.arange(len(self.columns))
        rows = self.first_bin + self.bins(encoded[:, self.columns], features)
        for feature in features:
            reachable &= self.reachable[rows[:, feature]]
        exit_leaf = np.bitwise_count((reachable & (~reachable + 1)) - 1)  # the lowest set bit's index
        values = np.take(self.leaf_values, exit_leaf + np.arange(trees) * self.leaf_values.shape[1])
        starts = self.group_starts
        values[:, starts[:-1]] += self.baselines
        # Tree by tree, in scikit-learn's order: the same sums.
        sums = [np.cumsum(values[:, start:end], axis=1)[:, -1] for start, end in itertools.pairwise(starts)]
        return np.column_stack(sums)


def _leaf_spans(nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A tree's leaves numbered left to right: for each node, the number of the first leaf under it
    and how many leaves are under it; and the leaf nodes in that order."""
    first_leaf, leaf_count, leaves = np.zeros(len(nodes), int), np.zeros(len(nodes), int), []

    def visit(node: int) -> None:
        first_leaf[node] = len(leaves)
        if nodes["is_leaf"][node]:
            leaves.append(node)
        else:
            visit(int(nodes["left"][node]))
            visit(int(nodes["right"][node]))
        leaf_count[node] = len(leaves) - first_leaf[node]

    visit(0)
    return first_leaf, leaf_count, np.asarray(leaves)


def _bitset_members(bitsets: np.ndarray) -> np.ndarray:
    """scikit-learn's 256-bit sets (rows of 8 uint32 words, value v at bit v % 32 of word v // 32)
    as boolean rows: `members[row, v]`."""
    as_bytes = np.ascontiguousarray(bitsets, dtype="<u4").view(np.uint8)
    return np.unpackbits(as_bytes, axis=1, bitorder="little").astype(bool)
