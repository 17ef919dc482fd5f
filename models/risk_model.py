"""The abuse-risk model: calibrated probability that a return request will be confirmed as abuse.

One scikit-learn estimator carrying its own preprocessing (so serving cannot drift from training):
item price relative to its category's median (medians learnt at fit time), ordinal-encoded
categories, a HistGradientBoostingClassifier with native categorical support, calibrated with
isotonic regression through CalibratedClassifierCV.

Monotonic by construction: the boosted trees are constrained to be non-decreasing in the count of
earlier confirmed abuse, and isotonic calibration is non-decreasing too, so more prior confirmed
abuse never lowers the score, all else equal.

Scoring gives scikit-learn's numbers without its per-call and per-tree overhead: each fold's
pipeline and calibrator run as plain arrays, prepared once per loaded model (`_CompiledFold`),
and the trees of all folds are compiled into one set of lookup tables that scores every tree at
once (`_FoldTrees`, `_CompiledModel`).
"""

from __future__ import annotations

import itertools
import warnings
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.isotonic import IsotonicRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder
from sklearn.utils.validation import check_is_fitted

from features.history import CATEGORICAL_FEATURES, FEATURE_COLUMNS, NUMERIC_FEATURES

if TYPE_CHECKING:
    from threadpoolctl import ThreadpoolController

PRICE_RATIO = "price_vs_category_median"
# Features whose score may only rise with the value (a business sanity rule, enforced in the trees).
INCREASING_FEATURES: tuple[str, ...] = ("confirmed_abuse_count",)
# Rows to score: a frame, or feature columns by name (`RiskModel.feature_columns`), which spares
# building a frame for the few rows of a served batch.
FeatureRows = pd.DataFrame | Mapping[str, np.ndarray]
# A categorical column as `pd.factorize` gives it (codes, distinct values): factorized once per
# scoring call and shared by every fold's lookups.
Factorized = tuple[np.ndarray, np.ndarray]


class CategoryPriceRatio(TransformerMixin, BaseEstimator):
    """Adds `price_vs_category_median`: the item price over its category's median price at fit time.

    Learnt from the training rows only; an unseen category falls back to the overall median.
    """

    def __init__(self, category_column: str = "product_category", price_column: str = "item_price") -> None:
        self.category_column = category_column
        self.price_column = price_column

    def fit(self, X: pd.DataFrame, y: object = None) -> CategoryPriceRatio:
        prices = X[self.price_column].astype(float)
        self.medians_ = prices.groupby(X[self.category_column].astype("string")).median().to_dict()
        self.overall_median_ = float(prices.median())
        return self

    def category_medians(self, X: FeatureRows, categories: Factorized | None = None) -> np.ndarray:
        """Each row's category median price (the overall median for a missing or unseen category).

        `categories`: `X`'s category column factorized (`pd.factorize`), if the caller has it already.
        """
        check_is_fitted(self, "medians_")
        if categories is None:
            categories = pd.factorize(np.asarray(X[self.category_column], dtype=object))
        median = _per_category(categories, lambda category: self.medians_.get(str(category), np.nan), missing=np.nan)
        return np.where(np.isnan(median), self.overall_median_, median)

    def ratios(self, X: FeatureRows, categories: Factorized | None = None) -> np.ndarray:
        """`price_vs_category_median` of each row (NaN where the category's median price is 0)."""
        median = self.category_medians(X, categories)
        return np.asarray(X[self.price_column], dtype=float) / np.where(median == 0, np.nan, median)

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        return X.assign(**{PRICE_RATIO: self.ratios(X)})

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return np.asarray([*FEATURE_COLUMNS, PRICE_RATIO], dtype=object)


def _boosted_pipeline(learning_rate: float, max_iter: int, random_state: int) -> Pipeline:
    numeric = [*NUMERIC_FEATURES, PRICE_RATIO]
    encode = ColumnTransformer(
        [
            (
                "categories",
                OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan, encoded_missing_value=np.nan),
                list(CATEGORICAL_FEATURES),
            ),
            ("numbers", "passthrough", numeric),
        ],
        verbose_feature_names_out=False,
    ).set_output(transform="pandas")
    boosted = HistGradientBoostingClassifier(
        learning_rate=learning_rate,
        max_iter=max_iter,
        categorical_features=list(CATEGORICAL_FEATURES),
        monotonic_cst={name: 1 for name in INCREASING_FEATURES},
        l2_regularization=1.0,
        early_stopping=False,
        random_state=random_state,
    )
    return Pipeline([("price_ratio", CategoryPriceRatio()), ("encode", encode), ("boosted", boosted)])


class RiskModel(ClassifierMixin, BaseEstimator):
    """Calibrated abuse-risk classifier over `features.history.FEATURE_COLUMNS`.

    Also records `typical_`, the training population's median of each numeric feature, which the
    reason codes compare a customer against ("7 returns in the last 90 days; typical customers have 1").
    """

    def __init__(
        self, learning_rate: float = 0.06, max_iter: int = 250, calibration_folds: int = 3, random_state: int = 0
    ) -> None:
        self.learning_rate = learning_rate
        self.max_iter = max_iter
        self.calibration_folds = calibration_folds
        self.random_state = random_state

    def fit(self, X: pd.DataFrame, y: object) -> RiskModel:
        features = self.feature_frame(X)
        labels = np.asarray(y).astype(int)
        self.calibrated_ = CalibratedClassifierCV(
            _boosted_pipeline(self.learning_rate, self.max_iter, self.random_state),
            method="isotonic",
            cv=self.calibration_folds,
        ).fit(features, labels)
        self.classes_ = self.calibrated_.classes_
        self.price_ratio_ = CategoryPriceRatio().fit(features)
        ratio = self.price_ratio_.transform(features)
        self.typical_ = {
            name: float(ratio[name].median()) for name in [*NUMERIC_FEATURES, PRICE_RATIO] if ratio[name].notna().any()
        }
        return self

    def predict_proba(self, X: FeatureRows) -> np.ndarray:
        """Calibrated class probabilities, the same numbers as `calibrated_.predict_proba`, faster.

        Serving scores a few rows per batch, where scikit-learn's per-call overhead (pandas output of
        the column transformer, input validation of every step, the calibrator's label encoding,
        one Python-level call per tree) costs several times the trees' own work. So the calibration
        folds run here as plain arrays (`_CompiledModel`): each fold's fitted price ratio and
        ordinal codes, the trees of all folds at once (`_FoldTrees`), then each fold's isotonic
        calibrator; the folds are averaged as CalibratedClassifierCV does.
        tests/model/test_risk_model.py checks it against scikit-learn.
        """
        check_is_fitted(self, "calibrated_")
        features = self.feature_columns(X)
        categories = {name: pd.factorize(features[name]) for name in CATEGORICAL_FEATURES}
        return _compiled_model(self.calibrated_).predict_proba(features, categories)

    def compile_trees(self) -> RiskModel:
        """Compiles every fold's trees now (~0.1 s each) rather than at the first scoring call, so a
        service that calls it at start-up does not make its first request wait."""
        check_is_fitted(self, "calibrated_")
        _compiled_model(self.calibrated_)
        return self

    def predict(self, X: FeatureRows) -> np.ndarray:
        return self.classes_[(self.predict_proba(X)[:, 1] >= 0.5).astype(int)]

    def score_abuse(self, X: FeatureRows) -> np.ndarray:
        """The calibrated abuse probability of each row."""
        return self.predict_proba(X)[:, 1]

    def price_ratio(self, X: pd.DataFrame) -> pd.Series:
        """Item price over its category's median, as the model sees it (for explanations)."""
        check_is_fitted(self, "price_ratio_")
        return pd.Series(self.price_ratio_.ratios(self.feature_columns(X)), index=X.index, name=PRICE_RATIO)

    @staticmethod
    def feature_columns(X: FeatureRows) -> dict[str, np.ndarray]:
        """`FEATURE_COLUMNS` of `X` as the model takes them: numbers as floats, categories as objects
        with NaN for missing ones.

        Raises:
            ValueError: naming the feature columns `X` lacks.
        """
        missing = [column for column in FEATURE_COLUMNS if column not in X]
        if missing:
            raise ValueError(f"risk features missing: {', '.join(missing)}")
        if isinstance(X, pd.DataFrame):
            return _frame_columns(X)
        columns: dict[str, np.ndarray] = {}
        for name in FEATURE_COLUMNS:
            if name in CATEGORICAL_FEATURES:
                values = np.array(X[name], dtype=object)  # a copy: missing values become NaN below
                values[pd.isna(values)] = np.nan
                columns[name] = values
            else:
                columns[name] = np.asarray(X[name], dtype=float)
        return columns

    @classmethod
    def feature_frame(cls, X: pd.DataFrame) -> pd.DataFrame:
        """`feature_columns(X)` as a frame indexed like `X` (what the fold pipelines were fitted on)."""
        return pd.DataFrame(cls.feature_columns(X), index=X.index)


def _frame_columns(X: pd.DataFrame) -> dict[str, np.ndarray]:
    """`RiskModel.feature_columns` of a frame: its feature columns as one object array, missing values
    (None, NaN, pandas' NA) as NaN, numbers then as floats.

    One conversion of the frame rather than a Series per column: a served batch's frame is new each
    time, and building 21 Series cost ~0.3 ms whatever the rows. Numbers come out as
    `Series.to_numpy(dtype=float, na_value=NaN)` gives them (an int or float becomes the same float).
    """
    frame = X if list(X.columns) == list(FEATURE_COLUMNS) else X[list(FEATURE_COLUMNS)]
    values = frame.to_numpy(dtype=object, copy=True)
    values[pd.isna(values)] = np.nan
    numbers = values[:, : len(NUMERIC_FEATURES)].astype(float)
    columns = {name: numbers[:, index] for index, name in enumerate(NUMERIC_FEATURES)}
    for index, name in enumerate(CATEGORICAL_FEATURES, start=len(NUMERIC_FEATURES)):
        columns[name] = np.ascontiguousarray(values[:, index])
    return columns


def _per_category(categories: Factorized, lookup: Callable[[object], float], missing: float) -> np.ndarray:
    """`lookup(value)` for each value of a factorized categorical column, `missing` where it is missing.

    Each distinct value is looked up once: the stacked rows of `models.risk_reasons` repeat every
    category many times.
    """
    codes, distinct = categories  # code -1 for a missing value picks `missing` below
    return np.array([*map(lookup, distinct), missing], dtype=float)[codes]


@dataclass(frozen=True)
class _OrdinalCodes:
    """A fitted OrdinalEncoder's codes for one column: a known category gets its position among the
    encoder's categories, an unseen one `unknown`, and a missing one `missing` (the encoder's
    `encoded_missing_value` when it saw missing values at fit time, `unknown_value` otherwise)."""

    position: dict[object, float]
    unknown: float
    missing: float

    @classmethod
    def of(cls, categories: np.ndarray, encoder: OrdinalEncoder) -> _OrdinalCodes:
        position = {category: float(index) for index, category in enumerate(categories) if not pd.isna(category)}
        missing = encoder.encoded_missing_value if len(position) < len(categories) else encoder.unknown_value
        return cls(position, float(encoder.unknown_value), float(missing))

    def code(self, category: object) -> float:
        return self.position.get(category, self.unknown)

    def codes(self, categories: Factorized) -> np.ndarray:
        """The codes of a factorized column."""
        return _per_category(categories, self.code, self.missing)


@dataclass(frozen=True)
class _CompiledFold:
    """One fold of a fitted CalibratedClassifierCV (a `_boosted_pipeline` and its isotonic
    calibrator), prepared once per loaded model to score plain arrays: what each call would
    otherwise look up or validate again (ordinal codes, the trees' column order, compiled trees,
    the calibrator's thresholds) is ready."""

    price_ratio: CategoryPriceRatio
    ordinal_codes: tuple[_OrdinalCodes, ...]  # per `CATEGORICAL_FEATURES`
    input_order: tuple[str, ...]  # the trees' input columns (`feature_names_in_`)
    boosted: HistGradientBoostingClassifier
    trees: _FoldTrees | None  # None: too big to compile, scored by scikit-learn
    calibrator: IsotonicRegression

    @classmethod
    def compile(cls, fold: object) -> _CompiledFold:
        """`fold`: one of `CalibratedClassifierCV.calibrated_classifiers_`."""
        pipeline = fold.estimator
        ratio, encode, boosted = (pipeline.named_steps[name] for name in ("price_ratio", "encode", "boosted"))
        encoder = encode.named_transformers_["categories"]
        return cls(
            ratio,
            tuple(_OrdinalCodes.of(categories, encoder) for categories in encoder.categories_),
            tuple(boosted.feature_names_in_),
            boosted,
            _FoldTrees.compile(boosted),
            fold.calibrators[0],
        )

    def price_ratios(self, features: Mapping[str, np.ndarray], categories: Mapping[str, Factorized]) -> np.ndarray:
        """The fold's `price_vs_category_median` of each row (`categories`: each categorical feature factorized)."""
        return self.price_ratio.ratios(features, categories[self.price_ratio.category_column])

    def decision_function(self, features: Mapping[str, np.ndarray], categories: Mapping[str, Factorized]) -> np.ndarray:
        """The fold's `decision_function` on its own: what its trees see of `features` (its price
        ratio and ordinal codes, in the trees' input order), scored by its compiled trees or by
        scikit-learn."""
        columns = {PRICE_RATIO: self.price_ratios(features, categories)}
        for name, codes in zip(CATEGORICAL_FEATURES, self.ordinal_codes, strict=True):
            columns[name] = codes.codes(categories[name])
        for name in NUMERIC_FEATURES:
            columns[name] = features[name]
        encoded = np.column_stack([columns[name] for name in self.input_order])
        if self.trees is not None:
            return self.trees.decision_function(encoded)[:, 0]
        return _scikit_learn_decision(self.boosted, encoded)

    def calibrated_proba(self, decision: np.ndarray) -> np.ndarray:
        """The fold's calibrated class probabilities of its decision values, as its `predict_proba`
        in CalibratedClassifierCV."""
        proba = np.empty((len(decision), 2))
        proba[:, 1] = _isotonic_predict(self.calibrator, decision)
        proba[:, 0] = 1.0 - proba[:, 1]
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0  # as scikit-learn: rounding just above 1
        return proba

    def tree_feature(self, name: str) -> int:
        """The compiled trees' feature that reads input column `name`."""
        return int(np.flatnonzero(self.trees.columns == self.input_order.index(name))[0])


@dataclass(frozen=True)
class _CompiledModel:
    """A fitted CalibratedClassifierCV of `_boosted_pipeline`s, prepared once per loaded model.

    Why: compiled one fold at a time, a served batch still paid a Python-level pass over each
    fold's 22 features (~0.1-0.2 ms a fold whatever the rows). So the folds' trees are merged into
    one `_FoldTrees` that reads the model's inputs once: the numeric features (each fold's split
    thresholds merged), each fold's own price ratio, and each categorical feature as its position
    among the categories any fold knows (`categories`). Falls back to one fold at a time when a
    fold's trees cannot be compiled.
    """

    folds: tuple[_CompiledFold, ...]
    categories: tuple[_OrdinalCodes, ...]  # per `CATEGORICAL_FEATURES`: position among all folds' categories
    trees: _FoldTrees | None  # all folds' trees (a group each), reading `encode`'s columns

    @classmethod
    def compile(cls, calibrated: CalibratedClassifierCV) -> _CompiledModel:
        folds = tuple(_CompiledFold.compile(fold) for fold in calibrated.calibrated_classifiers_)
        categories = []
        for feature in range(len(CATEGORICAL_FEATURES)):
            known = dict.fromkeys(category for fold in folds for category in fold.ordinal_codes[feature].position)
            # A category no fold knows gets the next position, a missing one NaN: bins of their own.
            position = {category: float(code) for code, category in enumerate(known)}
            categories.append(_OrdinalCodes(position, float(len(known)), np.nan))
        if any(fold.trees is None for fold in folds):
            return cls(folds, tuple(categories), None)
        features: list[_MergedFeature] = []
        for name in NUMERIC_FEATURES:
            uses = [(index, fold.tree_feature(name)) for index, fold in enumerate(folds)]
            thresholds = np.unique(np.concatenate([folds[index].trees.cut_points[feature] for index, feature in uses]))
            # One value of each merged bin (above each threshold, past all, missing), the same value for every fold.
            each_bin = np.concatenate([thresholds, [np.inf, np.nan]])
            features.append(_MergedFeature(thresholds, False, tuple((*use, each_bin) for use in uses)))
        for index, fold in enumerate(folds):
            feature = fold.tree_feature(PRICE_RATIO)
            thresholds = fold.trees.cut_points[feature]
            features.append(
                _MergedFeature(thresholds, False, ((index, feature, np.concatenate([thresholds, [np.inf, np.nan]])),))
            )
        for position, (name, merged) in enumerate(zip(CATEGORICAL_FEATURES, categories, strict=True)):
            uses = []
            for index, fold in enumerate(folds):
                codes = fold.ordinal_codes[position]
                # Each merged bin's code in this fold: each category's, then an unknown one's, a missing one's.
                each_bin = np.array([*map(codes.code, merged.position), codes.unknown, codes.missing])
                uses.append((index, fold.tree_feature(name), each_bin))
            known = np.append(np.arange(merged.unknown + 1), np.nan)  # NaN-terminated, as `_FoldTrees`
            features.append(_MergedFeature(known, True, tuple(uses)))
        return cls(folds, tuple(categories), _FoldTrees.merge([fold.trees for fold in folds], features))

    def encode(self, features: Mapping[str, np.ndarray], categories: Mapping[str, Factorized]) -> np.ndarray:
        """The merged trees' input: numeric features, each fold's price ratio, category positions."""
        columns = [features[name] for name in NUMERIC_FEATURES]
        columns += [fold.price_ratios(features, categories) for fold in self.folds]
        columns += [
            codes.codes(categories[name]) for name, codes in zip(CATEGORICAL_FEATURES, self.categories, strict=True)
        ]
        return np.column_stack(columns)

    def predict_proba(self, features: Mapping[str, np.ndarray], categories: Mapping[str, Factorized]) -> np.ndarray:
        """CalibratedClassifierCV's `predict_proba`: the mean of the folds' calibrated probabilities."""
        if self.trees is not None:
            decisions = self.trees.decision_function(self.encode(features, categories)).T
        else:
            decisions = [fold.decision_function(features, categories) for fold in self.folds]
        total = np.zeros((len(features[FEATURE_COLUMNS[0]]), 2))
        for fold, decision in zip(self.folds, decisions, strict=True):
            total += fold.calibrated_proba(decision)
        return total / len(self.folds)


@dataclass(frozen=True)
class _MergedFeature:
    """One input column of merged trees (`_FoldTrees.merge`): its split points (sorted numbers, or
    NaN-terminated category codes), and per fold whose trees read it: the fold, its trees' feature,
    and one value of each merged bin as that fold's trees see it (in bin order, missing last)."""

    cut_points: np.ndarray
    categorical: bool
    uses: tuple[tuple[int, int, np.ndarray], ...]


def _isotonic_predict(calibrator: IsotonicRegression, scores: np.ndarray) -> np.ndarray:
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


def _scikit_learn_decision(boosted: HistGradientBoostingClassifier, encoded: np.ndarray) -> np.ndarray:
    """`boosted.decision_function(encoded)`, for trees that cannot be compiled."""
    # One OpenMP thread: the trees' threads stall when the cores are busy (measured 13 s vs 0.7 s
    # per request with 2 cores under load), and a served batch is too small to split. The trees
    # were fitted on a named frame; an array in exactly `feature_names_in_` order skips their
    # pandas input path, and the "X does not have valid feature names" warning it raises guards
    # against a column order `_CompiledFold.decision_function` rules out.
    with _thread_pools().limit(limits=1, user_api="openmp"), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="X does not have valid feature names", category=UserWarning)
        return boosted.decision_function(encoded)


@cache
def _thread_pools() -> ThreadpoolController:
    """The process's native thread pools, found once: scanning the loaded libraries takes ~3 ms."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


# A tree's reachable leaves are one bit each of an unsigned integer: at most 64 leaves (the
# classifier's default `max_leaf_nodes` is 31); bigger trees are scored by scikit-learn.
_MAX_COMPILED_LEAVES = 64
# Leaf masks of a block of rows: measured best at 512 KiB (512 rows of 250 trees; 170 of 750).
_MASK_BYTES_PER_BLOCK = 512 * 1024


@dataclass(frozen=True)
class _FoldTrees:
    """The boosted trees of one calibration fold, compiled to score every tree of a batch at once.

    Why: scikit-learn's HistGradientBoosting predicts tree by tree, one Python-level call per tree;
    for 3 folds x 250 trees that was ~10 ms per scoring call whatever the batch size, most of a
    served batch's risk cost. How (the "QuickScorer" layout): each feature's value becomes its bin
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
    def compile(cls, boosted: HistGradientBoostingClassifier) -> _FoldTrees | None:
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
    def merge(cls, folds: Sequence[_FoldTrees], features: Sequence[_MergedFeature]) -> _FoldTrees:
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


_COMPILED: weakref.WeakKeyDictionary[CalibratedClassifierCV, _CompiledModel] = weakref.WeakKeyDictionary()


def _compiled_model(calibrated: CalibratedClassifierCV) -> _CompiledModel:
    """`_CompiledModel.compile(calibrated)`, once per fitted model (~0.1 s per fold, at first use).

    Kept beside the model rather than on it, so it is never pickled: registered models stay as
    they were trained, and older ones load and score unchanged.
    """
    if calibrated not in _COMPILED:
        _COMPILED[calibrated] = _CompiledModel.compile(calibrated)
    return _COMPILED[calibrated]
