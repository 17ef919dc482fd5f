"""Property-based tests (hypothesis) of the pipeline's pure parts (issue 16): any valid request gets
a decision, reply facts and a draft through the one assembler without an exception, the invariants a
customer relies on hold for each of them, and the history features are point-in-time.

Bounded (`max_examples`) so the file stays a few seconds of the suite; hypothesis keeps the failing
examples it finds in its database and tries them first next time.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from decisions.assembler import Assembler, ReturnCase
from decisions.policy import ReturnContext, load_policy
from decisions.replies import reply_case
from features.history import MAX_EVENTS, HistorySummary, risk_features
from features.schemas import CATEGORY_CODES
from features.taxonomy import REASON_CODES
from features.text import visible_text
from models.reply_drafter import Draft, ReplyCase, ReplyFacts, compose
from triage.settings import REPO_ROOT, Settings

POLICY = load_policy(REPO_ROOT / "config" / "policy.yaml")
SETTINGS = Settings(reply_prepared_on="2026-10-10")
SHOP_FAULT = frozenset(POLICY.shop_fault_reasons)
FIRST, LAST = datetime(2000, 1, 1), datetime(2026, 10, 10)
PROPERTY_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TEXTS = ("Too small, I need a 40.", "It arrived broken.", "Changed my mind.", "Arrivé cassé.", "Trop grand.")


class GrammarDrafter:
    """Drafts straight from the reply grammar (what the fitted drafter does without neighbours)."""

    name_fingerprints_: frozenset[str] = frozenset()

    def draft_many(self, cases: list[ReplyCase], facts: list[ReplyFacts]) -> list[Draft]:
        return [Draft(*compose(case, fact), case.lang, False, fact) for case, fact in zip(cases, facts, strict=True)]


ASSEMBLER = Assembler(POLICY, SETTINGS, drafter=GrammarDrafter())


@st.composite
def return_contexts(draw: st.DrawFn) -> ReturnContext:
    delivered = draw(st.datetimes(min_value=FIRST, max_value=LAST - timedelta(days=1)))
    requested = min(LAST, delivered + draw(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400))))
    return ReturnContext(
        product_category=draw(st.sampled_from(CATEGORY_CODES)),
        price=draw(st.floats(min_value=0, max_value=SETTINGS.max_item_price, allow_nan=False)),
        currency=draw(st.sampled_from(sorted(POLICY.label_fee))),
        delivery_date=delivered,
        request_date=requested,
    )


histories = st.builds(
    HistorySummary,
    returns_last_30d=st.integers(0, MAX_EVENTS),
    free_returns_used=st.integers(0, MAX_EVENTS),
    confirmed_abuse_count=st.integers(0, MAX_EVENTS),
)


@PROPERTY_SETTINGS
@given(
    context=return_contexts(),
    reason=st.sampled_from(REASON_CODES),
    confidence=st.floats(0, 1),
    score=st.none() | st.floats(0, 1, exclude_max=True),
    history=histories,
    text=st.sampled_from(TEXTS),
    name=st.none() | st.sampled_from(["Olivia", "Anne-Marie", "Zoë"]),
)
def test_every_valid_request_gets_a_decision_and_a_consistent_reply(
    context: ReturnContext,
    reason: str,
    confidence: float,
    score: float | None,
    history: HistorySummary,
    text: str,
    name: str | None,
) -> None:
    lang = "fr" if text in TEXTS[3:] else "en"
    case = ReturnCase(
        context, reason, confidence, reply_case(text, lang, reason, context.product_category, customer_name=name)
    )
    (assessment,) = ASSEMBLER.assemble([case], [history], risk_scores=[score])
    decision, facts = assessment.decision, assessment.facts
    assert decision.rules and facts is not None and assessment.draft is not None and assessment.draft.body
    # Money: never more back than was paid, never negative; a shop-fault reason never pays a label.
    assert 0 <= decision.refund_amount <= context.price + 0.005
    assert decision.label_fee >= 0
    # (the reason acted on: the customer's words may set aside the classifier's, "Changed my mind." read as wrong_item)
    if assessment.acted_reason(reason) in SHOP_FAULT:
        assert decision.label_fee == 0 and facts.label_fee == 0
        assert str(decision.code) != "reject"  # a faulty item goes to a person at worst
    if facts.refund_amount is not None:
        assert 0 <= facts.refund_amount <= round(context.price, 2) + 0.005
    # Dates: what the reply promises comes after the request, in order.
    requested = context.request_date.date()
    if facts.refund_from is not None:
        assert requested <= facts.refund_from <= facts.refund_to
    if facts.review_by is not None:
        assert facts.review_by >= requested
    assert facts.refund_days[0] <= facts.refund_days[1]


def _assess(text: str, lang: str, reason: str, name: str | None, product_name: str | None) -> Any:
    context = ReturnContext("shoes", 50.0, "GBP", datetime(2026, 10, 2), datetime(2026, 10, 6))
    reply = reply_case(text, lang, reason, "shoes", customer_name=name, product_name=product_name, size="39")
    (assessment,) = ASSEMBLER.assemble([ReturnCase(context, reason, 0.9, reply)], [HistorySummary()], risk_scores=[0.1])
    return assessment


@pytest.mark.parametrize("mark", ["\u200b", "\u2060", "\ufeff", "\u200f"])
@pytest.mark.parametrize("text", [*TEXTS, "Please call me, the zip broke after one day."])
def test_invisible_characters_change_no_decision_and_no_reply(text: str, mark: str) -> None:
    """Free text keeps what the customer typed, but what an invisible character hides inside a word
    (a size, a request to be called) is read as if it were not there: same decision, same reply."""
    reason, lang = "defective" if "broke" in text else "too_small", "fr" if text in TEXTS[3:] else "en"
    clean = _assess(text, lang, reason, "Zoë", "Vera Sage Trainers")
    hidden = _assess(mark.join(text), lang, reason, mark.join("Zoë"), mark.join("Vera Sage Trainers"))
    assert hidden.decision == clean.decision
    requests = ("answered_requests", "open_requests", "exchange_offered", "suggested_size")
    assert [getattr(hidden.facts, name) for name in requests] == [getattr(clean.facts, name) for name in requests]
    assert visible_text(hidden.draft.subject) == clean.draft.subject
    assert visible_text(hidden.draft.body) == clean.draft.body


@st.composite
def customer_histories(draw: st.DrawFn) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """A few customers with orders and returns at any moments in the shop's lifetime, and one request each."""
    customers = [f"C{n}" for n in range(draw(st.integers(1, 4)))]
    moments = st.datetimes(min_value=FIRST, max_value=LAST)
    orders, items, returns, requests = [], [], [], []
    for customer in customers:
        for number in range(draw(st.integers(0, 6))):
            order, ordered = f"O-{customer}-{number}", draw(moments)
            orders.append((order, customer, ordered, ordered + timedelta(days=2)))
            items.append((f"L-{order}", order, "SKU", "P", draw(st.sampled_from(CATEGORY_CODES)), 10.0, 0.0))
            if draw(st.booleans()):
                returned = ordered + timedelta(days=draw(st.integers(0, 60)))
                label, abuse = draw(st.sampled_from(REASON_CODES)), draw(st.booleans())
                returns.append((f"L-{order}", order, customer, returned, label, abuse))
        requested = draw(moments)
        requests.append((customer, f"O-new-{customer}", requested, requested - timedelta(days=3), "shoes", 50.0, 0.0))

    tables = {
        "customers": pd.DataFrame({"customer_id": customers, "created_at": [FIRST] * len(customers)}),
        "orders": pd.DataFrame(orders, columns=["order_id", "customer_id", "order_ts", "delivery_ts"]),
        "line_items": pd.DataFrame(
            items, columns=["line_item_id", "order_id", "sku", "product_id", "product_category", "price", "discount"]
        ),
        "returns": pd.DataFrame(
            returns, columns=["line_item_id", "order_id", "customer_id", "request_ts", "label", "confirmed_abuse"]
        ),
    }
    for name, column in (("orders", "order_ts"), ("orders", "delivery_ts"), ("returns", "request_ts")):
        tables[name][column] = pd.to_datetime(tables[name][column]).astype("datetime64[ns]")
    request_frame = pd.DataFrame(
        requests,
        columns=["customer_id", "order_id", "request_ts", "delivery_ts", "product_category", "price", "discount"],
    )
    return request_frame, tables


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=customer_histories())
def test_history_features_are_point_in_time_and_ordered(data: tuple[pd.DataFrame, dict[str, pd.DataFrame]]) -> None:
    requests, tables = data
    features = risk_features(requests, tables, POLICY.quota_rule())
    assert len(features) == len(requests)
    counts = features[["returns_last_30d", "returns_last_90d", "returns_last_365d"]].to_numpy()
    assert (counts >= 0).all() and (np.diff(counts, axis=1) >= 0).all()
    assert (features["account_age_days"].dropna() >= 0).all()
    # Nothing at or after a request's moment changes its features.
    checked = ["returns_last_30d", "returns_last_365d", "confirmed_abuse_count"]
    returns = tables["returns"]
    request = requests.iloc[0]
    pruned = tables | {"returns": returns[returns["request_ts"] < request["request_ts"]].reset_index(drop=True)}
    again = risk_features(requests.iloc[[0]].reset_index(drop=True), pruned, POLICY.quota_rule())
    pd.testing.assert_frame_equal(
        again[checked].reset_index(drop=True), features.iloc[[0]][checked].reset_index(drop=True), check_dtype=False
    )


@pytest.mark.parametrize("field", ["returns_last_30d", "free_returns_used", "confirmed_abuse_count"])
def test_history_summary_refuses_counts_beyond_the_bound(field: str) -> None:
    with pytest.raises(ValueError, match="less than or equal"):
        HistorySummary(**{field: MAX_EVENTS + 1})
