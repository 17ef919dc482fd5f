"""Allow and block lists in the policy engine: a blocked return always goes to a person, an allowed
customer is never warned, reviewed or charged for risk, and each hit is a rule naming who and when."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from decisions.policy import DecisionCode, ListHit, ReturnContext, decide, load_policy
from features.history import HistorySummary
from models.risk_reasons import RiskReason
from triage.settings import REPO_ROOT

DELIVERED = date(2026, 3, 1)
ADDED = datetime(2026, 2, 14, 9, 30, tzinfo=UTC)
ALLOW = ListHit("allow", "customer", "amelie", ADDED, "loyal since 2019")
BLOCK = ListHit("block", "order", "bob", ADDED, "three empty boxes")
RISKS = [RiskReason("HIGH_RETURN_FREQUENCY", "4 returns in the last 90 days; typical customers have 1")]


@pytest.fixture(scope="module")
def policy():
    return load_policy(REPO_ROOT / "config" / "policy.yaml")


def _decide(policy, hits=(), score=0.02, category="dresses", price=59.0, days_after=5, reason="no_longer_needed"):
    request = ReturnContext(category, price, "EUR", DELIVERED, DELIVERED + timedelta(days=days_after))
    return decide(request, reason, 0.9, score, RISKS, HistorySummary(), policy, hits)


def _bands(policy):
    warn = next(b for b in policy.risk_bands if b.warn and b.free_returns)
    paid = next(b for b in policy.risk_bands if not b.free_returns)
    return warn, paid, policy.top_band


def test_no_hits_changes_nothing(policy):
    for score in (0.0, *(band.min_score for band in policy.risk_bands), None):
        assert _decide(policy, (), score) == decide(
            ReturnContext("dresses", 59.0, "EUR", DELIVERED, DELIVERED + timedelta(days=5)),
            "no_longer_needed",
            0.9,
            score,
            RISKS,
            HistorySummary(),
            policy,
        )


def test_allowed_customer_is_never_warned_reviewed_or_charged_for_risk(policy):
    warn_band, paid_band, top = _bands(policy)
    for band in (warn_band, paid_band, top):
        before = _decide(policy, (), band.min_score)
        assert before.code in (DecisionCode.MANUAL_REVIEW, DecisionCode.PAID_RETURN) or before.warn
        after = _decide(policy, (ALLOW,), band.min_score)
        assert after.code is DecisionCode.FREE_RETURN and not after.warn, band.name
        assert not {"RISK_WARNING", "RISK_TOP_BAND_REVIEW", "RISK_BAND_NO_FREE_RETURN"} & set(after.rule_codes)
        assert after.risk_band == band.name  # the score's real band is still reported
    sentence = next(r.sentence for r in _decide(policy, (ALLOW,), top.min_score).rules if r.code == "ALLOW_LIST")
    assert "amelie" in sentence and "2026-02-14" in sentence and "loyal since 2019" in sentence


def test_allow_does_not_lift_policy_rules(policy):
    late = _decide(policy, (ALLOW,), 0.02, days_after=400)
    assert late.code is DecisionCode.REJECT and "ALLOW_LIST" in late.rule_codes
    non_returnable = policy.non_returnable_categories[0]
    assert _decide(policy, (ALLOW,), 0.5, category=non_returnable).code is DecisionCode.REJECT


def test_blocked_return_always_goes_to_review(policy):
    cases = [
        {},  # would be a free return
        {"price": 1.0},  # would be kept
        {"days_after": 400},  # would be rejected as late
        {"category": policy.non_returnable_categories[0]},  # would be rejected
        {"reason": "defective"},  # shop fault, would be free
        {"score": None},  # no risk model
    ]
    for case in cases:
        decision = _decide(policy, (BLOCK,), **case)
        assert decision.code is DecisionCode.MANUAL_REVIEW and decision.warn, case
        assert {"BLOCK_LIST", "BLOCK_LIST_REVIEW"} <= set(decision.rule_codes)
    sentence = next(r.sentence for r in _decide(policy, (BLOCK,)).rules if r.code == "BLOCK_LIST")
    assert "order" in sentence and "bob" in sentence and "2026-02-14 09:30" in sentence


def test_block_wins_over_allow_and_every_hit_is_a_rule(policy):
    decision = _decide(policy, (ALLOW, BLOCK))
    assert decision.code is DecisionCode.MANUAL_REVIEW
    assert [code for code in decision.rule_codes if code.endswith("_LIST")] == ["ALLOW_LIST", "BLOCK_LIST"]


@pytest.mark.parametrize(
    ("kind", "words"),
    [("sku", "The SKU is"), ("email_hash", "The customer's e-mail address is"), ("order", "The order is")],
)
def test_a_list_rule_names_what_matched_in_words(kind: str, words: str) -> None:
    # agents read "The sku is on the block list" and "The email_hash is on ..." on the console
    assert ListHit("block", kind, "bob", ADDED).rule().sentence.startswith(f"{words} on the block list")


def test_a_list_rule_quotes_the_note_of_whoever_added_the_entry() -> None:
    # "The customer is on the block list (added by ... UTC: trois colis vides)." read as one sentence in two
    # languages: the note is the agent's words, in theirs
    sentence = ListHit("block", "customer", "amelie", ADDED, "trois colis vides").rule().sentence
    assert sentence.endswith(": “trois colis vides”).")
    assert (
        ListHit("allow", "customer", "amelie", ADDED).rule().sentence.startswith("The customer is on the allow list (")
    )
