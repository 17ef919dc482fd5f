"""The risk report's figures for customers with and without history are each group's own."""

from __future__ import annotations

import numpy as np
import pytest

from training.risk import history_groups


def test_each_group_is_ranked_and_calibrated_on_its_own_rows():
    rng = np.random.default_rng(0)
    cold = np.arange(2000) < 500
    # History customers: scores that rank and match their abuse rate; cold ones: scores twice too high.
    scores = np.where(cold, 0.2, rng.uniform(0.0, 0.2, 2000))
    abuse = rng.uniform(size=2000) < np.where(cold, 0.1, scores)
    groups = history_groups(abuse, scores, cold)
    assert groups["with_history"]["rows"] == 1500 and groups["no_history"]["rows"] == 500
    warm = groups["with_history"]
    assert warm["mean_score"] == pytest.approx(warm["abuse_rate"], abs=0.02)
    assert warm["roc_auc"] > 0.6
    assert groups["no_history"]["mean_score"] == pytest.approx(0.2)
    assert groups["no_history"]["abuse_rate"] == pytest.approx(0.1, abs=0.04)
    assert groups["no_history"]["roc_auc"] == pytest.approx(0.5)  # one score for all: no ranking
    assert sum(row["rows"] for row in groups["no_history"]["calibration"]) == 500


def test_a_group_without_rows_or_without_abuse_has_no_ranking():
    groups = history_groups(np.array([False, False, True]), np.array([0.1, 0.2, 0.9]), np.array([True, True, False]))
    assert groups["no_history"]["roc_auc"] is None and groups["no_history"]["abuse_rate"] == 0.0
    assert groups["with_history"]["roc_auc"] is None and groups["with_history"]["calibration"] == []
