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
once (`models.compiled_trees.FoldTrees`, merged here by `_CompiledModel`).
"""

from __future__ import annotations

import warnings
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

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
from threadpoolctl import ThreadpoolController

from features.history import CATEGORICAL_FEATURES, FEATURE_COLUMNS, NUMERIC_FEATURES
from models.compiled_trees import FoldTrees, MergedFeature, isotonic_predict

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


class FeatureMismatchError(ValueError):
    """A fitted risk model's features differ from `features.history.FEATURE_COLUMNS`."""


class RiskModel(ClassifierMixin, BaseEstimator):
    """Calibrated abuse-risk classifier over `features.history.FEATURE_COLUMNS`.

    Also records `typical_`, the training population's median of each numeric feature, which the
    reason codes compare a customer against ("7 returns in the last 90 days; typical customers have 1"),
    and `feature_names_`, the features it was fitted on: a model loaded (unpickled) by code that
    computes other features is refused (`FeatureMismatchError`) rather than scored on the wrong columns.
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
        self.feature_names_ = tuple(features.columns)
        self.price_ratio_ = CategoryPriceRatio().fit(features)
        ratio = self.price_ratio_.transform(features)
        self.typical_ = {
            name: float(ratio[name].median()) for name in [*NUMERIC_FEATURES, PRICE_RATIO] if ratio[name].notna().any()
        }
        return self

    def __setstate__(self, state: dict[str, object]) -> None:
        """Unpickling (how MLflow loads the model) checks the fitted features against today's."""
        super().__setstate__(state)
        if "calibrated_" not in state:
            return
        fitted = state.get("feature_names_")
        if fitted is None:  # fitted before the names were recorded: the encoder step kept its input columns
            encoder = self.calibrated_.calibrated_classifiers_[0].estimator.named_steps["encode"]
            fitted = [name for name in encoder.feature_names_in_ if name != PRICE_RATIO]
        fitted = tuple(fitted)
        if fitted != FEATURE_COLUMNS:
            missing = [name for name in FEATURE_COLUMNS if name not in fitted]
            unknown = [name for name in fitted if name not in FEATURE_COLUMNS]
            raise FeatureMismatchError(
                f"the risk model was fitted on other features than this code computes (it lacks {missing or 'none'}, "
                f"it has {unknown or 'none'} that are no longer computed, or the order differs); "
                "train it again (`triage train risk`)"
            )

    def predict_proba(self, X: FeatureRows) -> np.ndarray:
        """Calibrated class probabilities, the same numbers as `calibrated_.predict_proba`, faster.

        Serving scores a few rows per batch, where scikit-learn's per-call overhead (pandas output of
        the column transformer, input validation of every step, the calibrator's label encoding,
        one Python-level call per tree) costs several times the trees' own work. So the calibration
        folds run here as plain arrays (`_CompiledModel`): each fold's fitted price ratio and
        ordinal codes, the trees of all folds at once (`FoldTrees`), then each fold's isotonic
        calibrator; the folds are averaged as CalibratedClassifierCV does.
        tests/model/test_risk_model.py checks it against scikit-learn.
        """
        check_is_fitted(self, "calibrated_")
        features = self.feature_columns(X)
        categories = {name: pd.factorize(features[name]) for name in CATEGORICAL_FEATURES}
        return _compiled_model(self.calibrated_).predict_proba(features, categories)

    def compile_trees(self) -> RiskModel:
        """Compiles every fold's trees now rather than at the first scoring call, so a
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
    time, and building a Series per feature has a fixed cost larger than a small batch's arithmetic. Numbers come out as
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
    trees: FoldTrees | None  # None: too big to compile, scored by scikit-learn
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
            FoldTrees.compile(boosted),
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
        proba[:, 1] = isotonic_predict(self.calibrator, decision)
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
    fold's features, a fixed cost per fold whatever the rows. So the folds' trees are merged into
    one `FoldTrees` that reads the model's inputs once: the numeric features (each fold's split
    thresholds merged), each fold's own price ratio, and each categorical feature as its position
    among the categories any fold knows (`categories`). Falls back to one fold at a time when a
    fold's trees cannot be compiled.
    """

    folds: tuple[_CompiledFold, ...]
    categories: tuple[_OrdinalCodes, ...]  # per `CATEGORICAL_FEATURES`: position among all folds' categories
    trees: FoldTrees | None  # all folds' trees (a group each), reading `encode`'s columns

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
        features: list[MergedFeature] = []
        for name in NUMERIC_FEATURES:
            uses = [(index, fold.tree_feature(name)) for index, fold in enumerate(folds)]
            thresholds = np.unique(np.concatenate([folds[index].trees.cut_points[feature] for index, feature in uses]))
            # One value of each merged bin (above each threshold, past all, missing), the same value for every fold.
            each_bin = np.concatenate([thresholds, [np.inf, np.nan]])
            features.append(MergedFeature(thresholds, False, tuple((*use, each_bin) for use in uses)))
        for index, fold in enumerate(folds):
            feature = fold.tree_feature(PRICE_RATIO)
            thresholds = fold.trees.cut_points[feature]
            features.append(
                MergedFeature(thresholds, False, ((index, feature, np.concatenate([thresholds, [np.inf, np.nan]])),))
            )
        for position, (name, merged) in enumerate(zip(CATEGORICAL_FEATURES, categories, strict=True)):
            uses = []
            for index, fold in enumerate(folds):
                codes = fold.ordinal_codes[position]
                # Each merged bin's code in this fold: each category's, then an unknown one's, a missing one's.
                each_bin = np.array([*map(codes.code, merged.position), codes.unknown, codes.missing])
                uses.append((index, fold.tree_feature(name), each_bin))
            known = np.append(np.arange(merged.unknown + 1), np.nan)  # NaN-terminated, as `FoldTrees`
            features.append(MergedFeature(known, True, tuple(uses)))
        return cls(folds, tuple(categories), FoldTrees.merge([fold.trees for fold in folds], features))

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
    """The process's native thread pools, found once: scanning the loaded libraries on every call would repeat work."""
    return ThreadpoolController()


_COMPILED: weakref.WeakKeyDictionary[CalibratedClassifierCV, _CompiledModel] = weakref.WeakKeyDictionary()


def _compiled_model(calibrated: CalibratedClassifierCV) -> _CompiledModel:
    """`_CompiledModel.compile(calibrated)`, once per fitted model (at first use).

    Kept beside the model rather than on it, so it is never pickled: registered models stay as
    they were trained, and older ones load and score unchanged.
    """
    if calibrated not in _COMPILED:
        _COMPILED[calibrated] = _CompiledModel.compile(calibrated)
    return _COMPILED[calibrated]
