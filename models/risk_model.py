"""The abuse-risk model: calibrated probability that a return request will be confirmed as abuse.

One scikit-learn estimator carrying its own preprocessing (so serving cannot drift from training):
item price relative to its category's median (medians learnt at fit time), ordinal-encoded
categories, a HistGradientBoostingClassifier with native categorical support, calibrated with
isotonic regression through CalibratedClassifierCV.

Monotonic by construction: the boosted trees are constrained to be non-decreasing in the count of
earlier confirmed abuse, and isotonic calibration is non-decreasing too, so more prior confirmed
abuse never lowers the score, all else equal.
"""

from __future__ import annotations

import warnings
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder
from sklearn.utils.validation import check_is_fitted

from features.history import CATEGORICAL_FEATURES, FEATURE_COLUMNS, NUMERIC_FEATURES

if TYPE_CHECKING:
    from threadpoolctl import ThreadpoolController

PRICE_RATIO = "price_vs_category_median"
# Features whose score may only rise with the value (a business sanity rule, enforced in the trees).
INCREASING_FEATURES: tuple[str, ...] = ("confirmed_abuse_count",)


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

    def category_medians(self, X: pd.DataFrame) -> np.ndarray:
        """Each row's category median price (the overall median for a missing or unseen category)."""
        check_is_fitted(self, "medians_")
        # A plain dict lookup: a batch of a few rows would spend more on pandas' map than on the work.
        median = np.array(
            [
                np.nan if pd.isna(category) else self.medians_.get(str(category), np.nan)
                for category in X[self.category_column].to_numpy(dtype=object)
            ],
            dtype=float,
        )
        return np.where(np.isnan(median), self.overall_median_, median)

    def ratios(self, X: pd.DataFrame) -> np.ndarray:
        """`price_vs_category_median` of each row (NaN where the category's median price is 0)."""
        median = self.category_medians(X)
        return X[self.price_column].astype(float).to_numpy() / np.where(median == 0, np.nan, median)

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

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        """Calibrated class probabilities, the same numbers as `calibrated_.predict_proba`, faster.

        Serving scores a few rows per batch, where scikit-learn's per-call overhead (pandas output of
        the column transformer, input validation of every step, the calibrator's label encoding)
        costs several times the trees' own work. So each calibration fold's pipeline runs here as
        plain arrays: its fitted price ratio, its fitted ordinal codes, the trees' decision
        function, then the fold's isotonic calibrator; the folds are averaged as
        CalibratedClassifierCV does. tests/model/test_risk_model.py checks it against scikit-learn.
        """
        check_is_fitted(self, "calibrated_")
        features = self.feature_frame(X)
        total = np.zeros((len(features), 2))
        # One OpenMP thread: the trees' threads stall when the cores are busy (measured 13 s vs
        # 0.7 s per request with 2 cores under load), and a served batch is too small to split.
        with _thread_pools().limit(limits=1, user_api="openmp"):
            for fold in self.calibrated_.calibrated_classifiers_:
                positive = fold.calibrators[0].predict(_decision_function(fold.estimator, features))
                total += np.column_stack([1.0 - positive, positive])
        return total / len(self.calibrated_.calibrated_classifiers_)

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        return self.classes_[(self.predict_proba(X)[:, 1] >= 0.5).astype(int)]

    def score_abuse(self, X: pd.DataFrame) -> np.ndarray:
        """The calibrated abuse probability of each row."""
        return self.predict_proba(X)[:, 1]

    def price_ratio(self, X: pd.DataFrame) -> pd.Series:
        """Item price over its category's median, as the model sees it (for explanations)."""
        check_is_fitted(self, "price_ratio_")
        return pd.Series(self.price_ratio_.ratios(self.feature_frame(X)), index=X.index, name=PRICE_RATIO)

    @staticmethod
    def feature_frame(X: pd.DataFrame) -> pd.DataFrame:
        """`FEATURE_COLUMNS` of `X` as the model takes them: numbers as floats, categories as objects
        with NaN for missing ones.

        Raises:
            ValueError: naming the feature columns `X` lacks.
        """
        missing = [column for column in FEATURE_COLUMNS if column not in X.columns]
        if missing:
            raise ValueError(f"risk features missing: {', '.join(missing)}")
        columns: dict[str, np.ndarray] = {}
        for name in FEATURE_COLUMNS:
            if name in CATEGORICAL_FEATURES:
                values = X[name].to_numpy(dtype=object, copy=True)
                values[pd.isna(values)] = np.nan
                columns[name] = values
            else:
                columns[name] = X[name].to_numpy(dtype=float, na_value=np.nan)
        return pd.DataFrame(columns, index=X.index)


@cache
def _thread_pools() -> ThreadpoolController:
    """The process's native thread pools, found once: scanning the loaded libraries takes ~3 ms."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _decision_function(pipeline: Pipeline, features: pd.DataFrame) -> np.ndarray:
    """`pipeline.decision_function(features)` for a `_boosted_pipeline`, without the per-step overhead.

    The ordinal codes follow the fitted encoder's rule: a known category gets its position in
    `categories_`, an unseen one `unknown_value`, and a missing one `encoded_missing_value` when
    the encoder saw missing values at fit time (`unknown_value` otherwise).
    """
    ratio, encode, boosted = (pipeline.named_steps[name] for name in ("price_ratio", "encode", "boosted"))
    encoder = encode.named_transformers_["categories"]
    columns = {PRICE_RATIO: ratio.ratios(features)}
    for name, categories in zip(CATEGORICAL_FEATURES, encoder.categories_, strict=True):
        position = {category: float(index) for index, category in enumerate(categories) if not pd.isna(category)}
        missing = encoder.encoded_missing_value if len(position) < len(categories) else encoder.unknown_value
        columns[name] = np.array(
            [
                missing if pd.isna(value) else position.get(value, encoder.unknown_value)
                for value in features[name].to_numpy(dtype=object)
            ],
            dtype=float,
        )
    for name in NUMERIC_FEATURES:
        columns[name] = features[name].to_numpy(dtype=float)
    encoded = np.column_stack([columns[name] for name in boosted.feature_names_in_])
    # The trees were fitted on a named frame; an array in exactly `feature_names_in_` order skips
    # their pandas input path (a third of a small batch's cost), and the "X does not have valid
    # feature names" warning it raises guards against a column order this line rules out.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="X does not have valid feature names", category=UserWarning)
        return boosted.decision_function(encoded)
