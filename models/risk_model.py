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

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        check_is_fitted(self, "medians_")
        median = X[self.category_column].astype("string").map(self.medians_).astype(float)
        median = median.fillna(self.overall_median_).replace(0, np.nan)
        return X.assign(**{PRICE_RATIO: X[self.price_column].astype(float) / median})

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
        features = self._features(X)
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
        check_is_fitted(self, "calibrated_")
        return self.calibrated_.predict_proba(self._features(X))

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        return self.classes_[(self.predict_proba(X)[:, 1] >= 0.5).astype(int)]

    def score_abuse(self, X: pd.DataFrame) -> np.ndarray:
        """The calibrated abuse probability of each row."""
        return self.predict_proba(X)[:, 1]

    def price_ratio(self, X: pd.DataFrame) -> pd.Series:
        """Item price over its category's median, as the model sees it (for explanations)."""
        check_is_fitted(self, "price_ratio_")
        return self.price_ratio_.transform(self._features(X))[PRICE_RATIO]

    @staticmethod
    def _features(X: pd.DataFrame) -> pd.DataFrame:
        missing = [column for column in FEATURE_COLUMNS if column not in X.columns]
        if missing:
            raise ValueError(f"risk features missing: {', '.join(missing)}")
        frame = X[list(FEATURE_COLUMNS)].copy()
        for name in CATEGORICAL_FEATURES:
            frame[name] = frame[name].astype(object).where(frame[name].notna(), np.nan)
        for name in NUMERIC_FEATURES:
            frame[name] = frame[name].astype(float)
        return frame
