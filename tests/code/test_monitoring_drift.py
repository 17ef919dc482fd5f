"""Drift checks (Evidently) on synthetic profiles: quiet on the reference's own distribution, loud on each shift."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from features.profile import with_embeddings
from monitoring.drift import run_drift
from monitoring.quality import quality_checks

CATEGORIES = ["dresses", "tops", "shoes", "lighting", "kitchen", "bags"]
REASONS = ["too_small", "too_large", "defective", "no_longer_needed", "wrong_item"]


def profiles(rows: int, seed: int, **shifts: object) -> pd.DataFrame:
    """Request profiles with predictions and embeddings; `shifts` override how a column is drawn."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(
        {
            "product_category": rng.choice(CATEGORIES, rows),
            "lang": rng.choice(["en", "fr"], rows, p=[0.7, 0.3]),
            "price": rng.lognormal(3.5, 0.6, rows),
            "days_since_delivery": rng.gamma(2.0, 4.0, rows),
            "text_length": rng.normal(80, 25, rows).clip(5),
            "returns_last_90d": rng.poisson(0.5, rows).astype(float),
            "returns_last_365d": rng.poisson(2, rows).astype(float),
            "items_bought_last_365d": rng.poisson(8, rows).astype(float),
            "reason": rng.choice(REASONS, rows),
            "reason_confidence": rng.beta(6, 2, rows),
            "needs_review": rng.choice(["yes", "no"], rows, p=[0.15, 0.85]),
            "risk_score": rng.beta(1, 20, rows),
            "decision": rng.choice(["free_return", "paid_return", "keep_item"], rows, p=[0.6, 0.3, 0.1]),
        }
    )
    vectors = rng.normal(0, 1, (rows, 24))
    for column, value in shifts.items():
        if column == "embedding_shift":
            vectors[:, :4] += float(value)
        else:
            frame[column] = value(rng, rows) if callable(value) else value
    return with_embeddings(frame, vectors)


@pytest.fixture(scope="module")
def reference() -> pd.DataFrame:
    return profiles(1000, seed=1)


def alarms(settings, reference, current) -> set[str]:
    _, checks = run_drift(settings, reference, current)
    ids = {check.metric_id for check in checks}
    assert len(ids) == len(checks)  # every check reads its own metric
    return {check.name for check in checks if check.status == "alarm"}


def test_same_distribution_raises_no_alarm(settings, reference):
    assert alarms(settings, reference, profiles(300, seed=2)) == set()


@pytest.mark.parametrize(
    ("shift", "expected"),
    [
        (
            {"product_category": lambda rng, n: rng.choice([*CATEGORIES, "small_appliances"], n, p=[0.1] * 6 + [0.4])},
            "data_drift.product_category",
        ),
        ({"lang": lambda rng, n: rng.choice(["en", "fr"], n, p=[0.2, 0.8])}, "data_drift.lang"),
        ({"reason": lambda rng, n: rng.choice(REASONS, n, p=[0.8, 0.05, 0.05, 0.05, 0.05])}, "prediction_drift.reason"),
        ({"embedding_shift": 1.5}, "text_drift.domain_classifier_auc"),
    ],
    ids=["new_category", "french_share", "reason_burst", "texts_phrased_differently"],
)
def test_each_shift_raises_its_alarm(settings, reference, shift, expected):
    assert expected in alarms(settings, reference, profiles(300, seed=3, **shift))


def test_quality_checks_need_enough_feedback_and_alarm_below_threshold(settings):
    ids = [f"R{number}" for number in range(60)]
    langs = pd.Series(["en"] * 40 + ["fr"] * 20, index=ids)
    feedback = pd.DataFrame(
        {
            "return_id": ids,
            "reason_accepted": [True] * 38 + [False] * 2 + [True] * 5 + [False] * 15,
            "reply_status": ["sent_as_is"] * 50 + ["edited"] * 10,
            "risk_band": ["review"] * 30 + ["low"] * 30,
            "inspection_outcome": ["worn"] * 5 + ["ok"] * 25 + [None] * 30,
        }
    )
    checks = {check.name: check for check in quality_checks(settings, feedback, langs, top_band="review")}
    assert checks["quality.reason_accuracy.en"].status == "ok" and checks["quality.reason_accuracy.en"].value == 0.95
    assert checks["quality.reason_accuracy.fr"].status == "alarm" and checks["quality.reason_accuracy.fr"].value == 0.25
    assert checks["quality.high_risk_precision"].status == "alarm"
    assert checks["quality.reply_sent_as_drafted"].status == "ok"
    few = quality_checks(settings, feedback.head(5), langs, top_band="review")
    assert {check.status for check in few} == {"skipped"}


def test_a_file_answered_afresh_is_judged_against_what_agents_settled_on(settings):
    # `monitor --current` read agents' verdicts on the logged answers as the quality of the file's new answers: 20
    # logged reasons accepted read 1.0 however the champion now answers, and the reply check counted replies the
    # file's answers never drafted
    ids = [f"R{number}" for number in range(40)]
    logged = [{"reason": {"code": "too_small"}, "risk": {"band": "low"}}] * 40
    feedback = pd.DataFrame(
        {
            "return_id": ids,
            "reason_accepted": [True] * 20 + [False] * 20,
            "corrected_reason": [None] * 20 + ["too_large"] * 20,
            "reply_status": ["sent_as_is"] * 40,
            "risk_band": ["low"] * 40,
            "inspection_outcome": ["worn"] * 20 + ["ok"] * 20,
            "response": logged,
        }
    )
    langs = pd.Series(["en"] * 40, index=ids)
    # now read too_large throughout (right for the corrected 20, wrong for the accepted 20); the top band for 30
    answers = pd.DataFrame(
        {"reason": ["too_large"] * 40, "risk_band": ["review"] * 10 + ["low"] * 10 + ["review"] * 20}, index=ids
    )
    on_log = {check.name: check for check in quality_checks(settings, feedback, langs, top_band="review")}
    afresh = {check.name: check for check in quality_checks(settings, feedback, langs, "review", answers)}
    assert (
        on_log["quality.reason_accuracy.en"].value == 0.5 and on_log["quality.high_risk_precision"].status == "skipped"
    )
    assert afresh["quality.reason_accuracy.en"].value == 0.5
    answers["reason"] = ["too_small"] * 20 + ["too_large"] * 20
    afresh = {check.name: check for check in quality_checks(settings, feedback, langs, "review", answers)}
    assert afresh["quality.reason_accuracy.en"].value == 1.0
    assert afresh["quality.high_risk_precision"].value == pytest.approx(10 / 30)
    assert afresh["quality.reply_sent_as_drafted"].status == "skipped"
    assert "carry no reply drafts" in afresh["quality.reply_sent_as_drafted"].note


@pytest.mark.parametrize(
    ("value", "alarm_when", "status", "said"),
    [
        (0.5, "above_or_equal", "alarm", "x = 0.500 (at or above 0.5)"),
        (0.4, "above_or_equal", "ok", None),
        (0.7, "above", "alarm", "x = 0.700 (above 0.5)"),
        (0.5, "above", "ok", None),
        (0.4, "below", "alarm", "x = 0.400 (below 0.5)"),
    ],
)
def test_a_check_at_its_threshold_is_said_as_it_is_judged(value, alarm_when, status, said):
    # half the features drifted alarms (share >= 0.5), and summary.json's reason read "= 0.500 (above 0.5)"
    from monitoring.drift import judge
    from monitoring.monitor import retrain_reasons

    check = judge("x", "data_drift", "m", value, 0.5, alarm_when)
    assert check.status == status
    assert retrain_reasons([check]) == ([said] if said else [])


def test_a_column_one_side_lacks_is_a_skipped_check_saying_why(settings, reference):
    """Risk score and decision mix were left out unsaid when no risk champion had a reference, or when the window's
    answers held no risk score: the verdict read "healthy" on checks that never ran."""
    without_risk = reference.drop(columns=["risk_score", "decision"])
    why = {"risk_score": "no champion of 'return-risk'", "decision": "no champion of 'return-risk'"}
    _, checks = run_drift(settings, without_risk, profiles(300, seed=2), why)
    skipped = {check.name: check.note for check in checks if check.status == "skipped"}
    assert skipped == {
        "prediction_drift.decision": "no decision in the champions' reference: no champion of 'return-risk'",
        "prediction_drift.risk_score": "no risk_score in the champions' reference: no champion of 'return-risk'",
    }
    _, checks = run_drift(settings, reference, profiles(300, seed=2).drop(columns=["risk_score"]))
    skipped = {check.name: check.note for check in checks if check.status == "skipped"}
    assert skipped == {
        "prediction_drift.risk_score": "no risk_score in the window: none of its requests was answered with one"
    }
    assert len({check.metric_id for check in checks}) == len(checks)


def test_the_share_of_drifted_features_alarms_at_its_setting(settings, reference):
    # README: "The thresholds are settings"; the share's 0.5 was written into the drift plan
    current = profiles(300, seed=2, lang=lambda rng, n: rng.choice(["en", "fr"], n, p=[0.2, 0.8]))
    shares = {}
    for share in (0.5, 0.1):
        _, checks = run_drift(settings.model_copy(update={"monitor_drifted_share": share}), reference, current)
        shares[share] = next(check for check in checks if check.name == "data_drift.share_of_drifted_features")
    assert shares[0.5].status == "ok" and shares[0.5].threshold == 0.5
    assert shares[0.1].status == "alarm" and shares[0.1].threshold == 0.1


def test_a_column_constant_on_one_side_is_judged_without_a_numpy_warning(settings, reference):
    # numpy's "invalid value encountered in divide" was printed above the table: Evidently correlated the columns
    # of each side, and a constant column has no correlation
    for constant_on in ("current", "reference"):
        sides = {"reference": reference, "current": profiles(300, seed=2)}
        sides[constant_on] = sides[constant_on].assign(returns_last_90d=0.0)
        with warnings.catch_warnings():
            warnings.simplefilter("error", RuntimeWarning)
            _, checks = run_drift(settings, sides["reference"], sides["current"])
        by_name = {check.name: check for check in checks}
        # the column drifts (normed Wasserstein > 0.25), alone of the eight request features: a share of 1/8
        assert by_name["data_drift.returns_last_90d"].status == "alarm", by_name["data_drift.returns_last_90d"]
        share = by_name["data_drift.share_of_drifted_features"]
        assert share.value == pytest.approx(1 / 8) and share.status == "ok", share
