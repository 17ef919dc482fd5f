"""Picked reason vs written reason: when it counts as a mismatch, and what the decision becomes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from decisions.assembler import Assembler, ReturnCase
from decisions.policy import DecisionCode, ReturnContext, load_policy
from decisions.reason_mismatch import ReasonMismatch, reason_mismatch, reconcile, ticked_codes
from decisions.replies import reply_case
from features.csv_input import BatchInputError, read_requests_csv
from features.history import HistorySummary
from models.reply_drafter import compose
from serving.console.words import rules_to_read
from triage.settings import Settings

SURE_TOO_LARGE = [("too_large", 0.86), ("too_small", 0.08), ("no_longer_needed", 0.03)]


@pytest.mark.parametrize(
    ("picked", "needs_review", "top3", "expected"),
    [
        ("defective", False, SURE_TOO_LARGE, ReasonMismatch(picked="defective", written="too_large")),
        (None, False, SURE_TOO_LARGE, None),  # nothing ticked
        ("too_large", False, SURE_TOO_LARGE, None),  # they agree
        ("defective", True, SURE_TOO_LARGE, None),  # the reading is not sure enough to contradict the customer
        ("too_small", False, [("too_large", 0.6), ("too_small", 0.3), ("other", 0.05)], None),  # the text allows it
    ],
)
def test_reason_mismatch_only_when_the_text_clearly_says_something_else(
    picked: str | None, needs_review: bool, top3: list[tuple[str, float]], expected: ReasonMismatch | None
) -> None:
    assert reason_mismatch(picked, top3[0][0], needs_review, top3) == expected


def _decide_both(picked: str, written: str, free_returns_used: int, text: str = "") -> tuple:
    policy = load_policy(Settings().policy_path)
    context = ReturnContext("dresses", 60.0, "GBP", date(2026, 10, 5), date(2026, 10, 8))
    history = HistorySummary(free_returns_used=free_returns_used)
    mismatch = reason_mismatch(picked, written, False, [(written, 0.9)])
    assembler = Assembler(policy)
    plain = assembler.assemble([ReturnCase(context, written, 0.9, text=text)], [history])[0].decision
    checked = assembler.assemble([ReturnCase(context, written, 0.9, text=text, mismatch=mismatch)], [history])[0]
    return plain, checked.decision


def test_a_ticked_shop_fault_does_not_buy_a_free_label_for_a_fit_problem() -> None:
    plain, checked = _decide_both("defective", "too_large", free_returns_used=99)
    assert checked.rule_codes[0] == "REASON_MISMATCH" and checked.warn
    assert checked.code is plain.code  # the written reading (no shop fault, quota used) decides
    # Agents and API clients read the sentence: reasons in words, not codes ("too_large").
    assert checked.rules[0].sentence.startswith("The reason ticked (defective) and the reason written (too large)")
    assert checked.code is not DecisionCode.FREE_RETURN


def test_a_ticked_quality_complaint_does_not_buy_a_free_label_for_a_change_of_mind() -> None:
    # The policy pays for quality complaints; a customer who ticks one but writes otherwise does not get it.
    _, honest = _decide_both("poor_quality", "poor_quality", 99, "Thin, cheap fabric, not worth the money.")
    assert honest.code is DecisionCode.FREE_RETURN and "SHOP_FAULT_FREE" in honest.rule_codes
    plain, checked = _decide_both("poor_quality", "no_longer_needed", 99, "I just changed my mind.")
    assert checked.rule_codes[0] == "REASON_MISMATCH" and checked.warn
    assert checked.code is plain.code is DecisionCode.PAID_RETURN and checked.label_fee > 0


def test_a_fault_written_under_a_preference_ticked_goes_to_a_person_not_charged() -> None:
    # Written: defective (free whatever the quota); ticked: changed mind with the quota used (a paid label).
    plain, checked = _decide_both("no_longer_needed", "defective", free_returns_used=99)
    assert plain.code is DecisionCode.FREE_RETURN
    assert checked.code is DecisionCode.MANUAL_REVIEW and checked.label_fee == 0 and checked.warn
    assert checked.rule_codes[0] == "REASON_MISMATCH" and "a person decides" in checked.rules[0].sentence
    # The rules say why it is with a person: the classifier's reason, not the customer's words, is the fault (a
    # text read as a fault is free under both readings), and the written reading's "always free" is not decided.
    assert "the reason written is one the shop pays for and the one ticked is not" in checked.rules[0].sentence
    assert "SHOP_FAULT_FREE" not in checked.rule_codes and "SHOP_FAULT_FREE" in plain.rule_codes
    shown = rules_to_read([(rule.code, rule.sentence) for rule in checked.rules], checked.risk_band)
    assert not any("always free" in sentence for sentence in shown), shown
    # Within the quota both readings give a free return, which stands (with the warning).
    plain, checked = _decide_both("no_longer_needed", "defective", free_returns_used=0)
    assert checked.code is DecisionCode.FREE_RETURN and checked.warn


def _assembled_under_changed_mind_ticked(text: str) -> tuple:
    """The reply case and assessment of a kitchen return whose text the classifier reads damaged in transit, with
    "changed my mind" ticked."""
    context = ReturnContext("kitchen", 39.0, "EUR", date(2026, 11, 21), date(2026, 11, 27))
    reply = reply_case(text, "fr", "damaged_in_transit", "kitchen")
    mismatch = reason_mismatch("no_longer_needed", "damaged_in_transit", False, [("damaged_in_transit", 0.9)])
    settings = Settings(reply_prepared_on="2026-11-28")
    assembler = Assembler(load_policy(settings.policy_path), settings)
    case = ReturnCase(context, "damaged_in_transit", 0.9, reply=reply, mismatch=mismatch)
    return reply, assembler.assemble([case], [HistorySummary()])[0]


def test_the_draft_of_a_fault_written_under_a_preference_ticked_charges_nothing() -> None:
    # the fault is the classifier's reading alone: the text's own words describe none
    reply, assessment = _assembled_under_changed_mind_ticked("Voir les photos jointes, je ne la garde pas.")
    assert assessment.decision.code is DecisionCode.MANUAL_REVIEW
    _, body = compose(reply, assessment.facts)
    # a colleague answers by a date (every manual-review wording gives it); no label, fee or refund promised
    assert "1er décembre 2026" in body and "€" not in body and "étiquette" not in body


def test_a_fault_the_text_describes_under_a_preference_ticked_is_free() -> None:
    # the text itself describes the damage (review sheet #30): the shop's fault under either reading
    text = "Cocotte arrivée avec un gros éclat dans l'émail sur le bord, le carton était enfoncé."
    _, assessment = _assembled_under_changed_mind_ticked(text)
    assert assessment.decision.code is DecisionCode.FREE_RETURN and assessment.decision.label_fee == 0


def test_reconcile_keeps_the_written_decision_when_it_is_not_free() -> None:
    plain, _ = _decide_both("defective", "too_large", free_returns_used=99)
    free, _ = _decide_both("too_large", "defective", free_returns_used=99)
    merged = reconcile(plain, free, ReasonMismatch(picked="defective", written="too_large"))
    assert merged.code is plain.code and merged.rule_codes[0] == "REASON_MISMATCH"


def test_batch_requests_name_an_unknown_ticked_reason(tmp_path: Path) -> None:
    header = "return_id,customer_id,order_id,sku,product_category,price,currency,delivery_date,request_date,"
    # one return a line: a file of requests holds each return once
    row = "R{},C1,O{},S1,dresses,60,GBP,2026-10-05T10:00:00Z,2026-10-08T10:00:00Z,too big"
    first, second, third = (row.format(n, n) for n in (1, 2, 3))
    source = tmp_path / "requests.csv"
    source.write_text(
        f"{header}reason_text,reason_code\n{first},too_large\n{second},\n{third},bored\n", encoding="utf-8"
    )
    with pytest.raises(BatchInputError, match="column reason_code row 4: 'bored'"):
        read_requests_csv(source)
    source.write_text(f"{header}reason_text,reason_code\n{first},too_large\n{second},\n", encoding="utf-8")
    assert read_requests_csv(source)["reason_code"].tolist() == ["too_large", ""]


def test_a_missing_or_empty_ticked_cell_is_none_ticked() -> None:
    assert ticked_codes(["defective", "", None, float("nan"), pd.NA, "too_small"]) == [
        "defective",
        None,
        None,
        None,
        None,
        "too_small",
    ]
