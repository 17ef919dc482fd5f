"""Drift checks: request features and predictions with Evidently 0.7, reason texts by their embeddings.

One `Report` holds every column drift metric; each check reads its metric's result by the metric's
own id (`metric.metric_id`), never by position. Thresholds come from the settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from evidently import DataDefinition, Dataset, Report
from evidently.metrics import DriftedColumnsCount, ValueDrift

from features.profile import (
    PREDICTION_CATEGORICAL,
    PREDICTION_NUMERICAL,
    PROFILE_CATEGORICAL,
    PROFILE_NUMERICAL,
    embedding_columns,
)
from monitoring import text_drift
from triage.settings import Settings


@dataclass(frozen=True)
class Check:
    """One monitored figure: where it comes from, its value, its threshold and whether it alarms.

    `alarm_when` is "above" (drift scores, AUC), "above_or_equal" (the share of drifted features) or "below"
    (quality): `ALARM_WORDS` says each; `status` is "ok", "alarm" or
    "skipped" (then `note` says why).
    """

    name: str
    group: str
    metric_id: str
    value: float | None
    threshold: float
    alarm_when: str
    status: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "group": self.group,
            "metric_id": self.metric_id,
            "value": self.value,
            "threshold": self.threshold,
            "alarm_when": self.alarm_when,
            "status": self.status,
            "note": self.note,
        }


# How a summary says where a check's value stands against its threshold when it alarms.
ALARM_WORDS: dict[str, str] = {"above": "above", "above_or_equal": "at or above", "below": "below"}


def judge(name: str, group: str, metric_id: str, value: float | None, threshold: float, alarm_when: str) -> Check:
    """A check whose status follows from its value (None: skipped)."""
    if value is None or np.isnan(value):
        return Check(name, group, metric_id, None, threshold, alarm_when, "skipped", "no data")
    alarm = {"above": value > threshold, "above_or_equal": value >= threshold, "below": value < threshold}[alarm_when]
    return Check(name, group, metric_id, float(value), threshold, alarm_when, "alarm" if alarm else "ok")


@dataclass(frozen=True)
class DriftPlan:
    """The metrics of one drift report and the check each one feeds."""

    report: Report
    data_definition: DataDefinition
    checks: list[tuple[str, str, Any, float]]  # (check name, group, metric, threshold)
    columns: list[str]
    skipped: list[Check]  # a column one side lacks, with why


def plan(
    settings: Settings, reference: pd.DataFrame, current: pd.DataFrame, why_absent: Mapping[str, str] | None = None
) -> DriftPlan:
    """The drift metrics for the columns both frames have; a column one side lacks is a skipped check saying which
    side and why (`why_absent`: why the reference lacks a column, e.g. no risk champion), never left out unsaid."""
    shared = set(reference.columns) & set(current.columns)
    numerical_method, numerical_threshold = settings.monitor_numerical_drift
    categorical_method, categorical_threshold = settings.monitor_categorical_drift
    categorical = [c for c in (*PROFILE_CATEGORICAL, *PREDICTION_CATEGORICAL) if c in shared]
    numerical = [c for c in (*PROFILE_NUMERICAL, *PREDICTION_NUMERICAL) if c in shared]
    checks: list[tuple[str, str, Any, float]] = []
    skipped: list[Check] = []
    for column in (*PROFILE_CATEGORICAL, *PROFILE_NUMERICAL, *PREDICTION_CATEGORICAL, *PREDICTION_NUMERICAL):
        is_categorical = column in (*PROFILE_CATEGORICAL, *PREDICTION_CATEGORICAL)
        method, threshold = (
            (categorical_method, categorical_threshold) if is_categorical else (numerical_method, numerical_threshold)
        )
        group = "data_drift" if column in (*PROFILE_CATEGORICAL, *PROFILE_NUMERICAL) else "prediction_drift"
        metric = ValueDrift(column=column, method=method, threshold=threshold)
        if column in shared:
            checks.append((f"{group}.{column}", group, metric, threshold))
            continue
        if column not in reference.columns:
            note = f"no {column} in the champions' reference: " + (why_absent or {}).get(column, "not recorded")
        else:
            note = f"no {column} in the window: none of its requests was answered with one"
        skipped.append(Check(f"{group}.{column}", group, metric.metric_id, None, threshold, "above", "skipped", note))
    profile_columns = [c for c in (*PROFILE_CATEGORICAL, *PROFILE_NUMERICAL) if c in shared]
    checks.append(
        (
            "data_drift.share_of_drifted_features",
            "data_drift",
            DriftedColumnsCount(
                columns=profile_columns,
                cat_method=categorical_method,
                cat_threshold=categorical_threshold,
                num_method=numerical_method,
                num_threshold=numerical_threshold,
            ),
            settings.monitor_drifted_share,
        )
    )
    definition = DataDefinition(categorical_columns=categorical, numerical_columns=numerical)
    return DriftPlan(
        Report([metric for _, _, metric, _ in checks]), definition, checks, categorical + numerical, skipped
    )


def _as_categories(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    # a request the service gave no answer of this kind counts as one answer more, "unavailable"
    return frame.assign(
        **{column: frame[column].fillna("unavailable").astype(str) for column in columns if column in frame.columns}
    )


def run_drift(
    settings: Settings, reference: pd.DataFrame, current: pd.DataFrame, why_absent: Mapping[str, str] | None = None
) -> tuple[Any, list[Check]]:
    """Run the drift report; returns Evidently's snapshot (for the HTML) and one check per metric, then the skipped
    checks of columns one side lacks (see `plan`)."""
    drift = plan(settings, reference, current, why_absent)
    categorical = list(drift.data_definition.categorical_columns or [])
    # DriftedColumnsCount also correlates each side's numeric columns (np.corrcoef, for its HTML only): a column
    # constant on one side has no correlation and numpy divided 0 by 0 aloud above the command's table. The figures
    # read below do not come from those correlations.
    with np.errstate(invalid="ignore"):
        snapshot = drift.report.run(
            current_data=Dataset.from_pandas(
                _as_categories(current[drift.columns], categorical), data_definition=drift.data_definition
            ),
            reference_data=Dataset.from_pandas(
                _as_categories(reference[drift.columns], categorical), data_definition=drift.data_definition
            ),
        )
    checks = []
    for name, group, metric, threshold in drift.checks:
        result = snapshot.metric_results[metric.metric_id]
        if isinstance(metric, DriftedColumnsCount):  # a share at the threshold is already a drifted window
            value, alarm_when = result.share.value, "above_or_equal"
        else:
            value, alarm_when = result.value, "above"
        checks.append(judge(name, group, metric.metric_id, float(value), threshold, alarm_when))
    checks += drift.skipped
    embeddings = [c for c in embedding_columns(reference) if c in current.columns]
    if embeddings:
        auc = text_drift.domain_classifier_auc(reference[embeddings].to_numpy(), current[embeddings].to_numpy())
        checks.append(
            judge(
                "text_drift.domain_classifier_auc",
                "text_drift",
                text_drift.METRIC_ID,
                auc,
                settings.monitor_text_drift_auc,
                "above",
            )
        )
    return snapshot, checks
