"""Picked reason vs written reason: when the reason a customer ticked and the text disagree.

A customer who ticks "defective" to get a free label for a dress that is simply too big is the case
shops ask about. The text "clearly says something else" when the classifier's reading differs from the
ticked code, is confident enough to be automated (not `needs_review`), and gives the ticked code little
probability. Then the decision is taken under both readings and a free return stands only when both
allow it; the `REASON_MISMATCH` rule and a warning tell the agent. The other way round (a preference
ticked, a reason the shop pays for written that the text's own words do not describe: "see the photos, I'm
not keeping it" read as damaged in transit, "no longer needed" ticked) the customer is not charged on the
tick alone: a person decides. A fault the words describe (a casserole that came chipped in a crushed box)
is free under both readings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from decisions.policy import Decision, DecisionCode, RuleHit
from features.taxonomy import reason_words

# The ticked code keeps less than this probability under the written reading: the text does not
# support it (top-3 probabilities below it, or absent from the top 3).
PICKED_PROBABILITY_CEILING = 0.15


@dataclass(frozen=True)
class ReasonMismatch:
    """The two readings of one request: the code ticked in the form and the one the text gives."""

    picked: str
    written: str


def reason_mismatch(
    picked: str | None, written: str, needs_review: bool, top3: list[tuple[str, float]]
) -> ReasonMismatch | None:
    """The mismatch between the ticked code and the text's reading, or None when they agree, nothing
    was ticked, or the reading is not sure enough to contradict the customer."""
    if picked is None or needs_review:
        return None
    return written_contradicts(picked, written, dict(top3).get(picked, 0.0))


def written_contradicts(picked: str, written: str, picked_probability: float) -> ReasonMismatch | None:
    """The mismatch between the ticked code and a sure reading of the text that gives the ticked code
    `picked_probability`, or None when the reading agrees or leaves the ticked code its chance."""
    if picked == written or picked_probability >= PICKED_PROBABILITY_CEILING:
        return None
    return ReasonMismatch(picked=picked, written=written)


def ticked_codes(values: Iterable[Any]) -> list[str | None]:
    """A column of ticked reasons as `reason_mismatch` reads them: a missing or empty cell is none ticked."""
    return [None if pd.isna(value) or value == "" else str(value) for value in values]


def contradicted_ticks(
    picked: Iterable[Any], written: Sequence[str], picked_probabilities: Sequence[float]
) -> list[ReasonMismatch | None]:
    """`written_contradicts` of each ticked code (a column `ticked_codes` reads) against a sure reading that
    gives it `picked_probabilities` (a replayed reading with no review threshold)."""
    return [
        None if code is None else written_contradicts(code, reason, float(probability))
        for code, reason, probability in zip(ticked_codes(picked), written, picked_probabilities, strict=True)
    ]


def reason_mismatches(picked: Sequence[str | None], predictions: Sequence[Any]) -> list[ReasonMismatch | None]:
    """`reason_mismatch` of each ticked code (None: none) against its text's `ReasonPrediction`."""
    return [
        reason_mismatch(code, prediction.reason, prediction.needs_review, prediction.top3)
        for code, prediction in zip(picked, predictions, strict=True)
    ]


def reconcile(written: Decision, picked: Decision, mismatch: ReasonMismatch) -> Decision:
    """One decision for a request read two ways: a free return only when both readings give one, always
    warned, with the `REASON_MISMATCH` rule first. When only the written reading is free, the ticked
    reading's decision stands, unless the written reason is one the shop pays for (`SHOP_FAULT_FREE`):
    then a person decides (`manual_review`, refunded in full if the fault holds)."""
    chosen, outcome = written, "a free return stands only if both allow it"
    if written.code is DecisionCode.FREE_RETURN and picked.code is not DecisionCode.FREE_RETURN:
        if "SHOP_FAULT_FREE" in written.rule_codes:
            # The written reading's "always free" is what a person now weighs, not what was decided: an agent
            # reading it on a return in their queue took the return as free and its review as a mistake.
            kept = tuple(rule for rule in written.rules if rule.code != "SHOP_FAULT_FREE")
            chosen = replace(written, code=DecisionCode.MANUAL_REVIEW, rules=kept)
            # The reason written is the classifier's reading: a text the customer's words alone read as a fault
            # is free under both readings (`FAULT_DESCRIBED`) and never gets here.
            outcome = "the reason written is one the shop pays for and the one ticked is not, so a person decides"
        else:
            chosen = picked
    rule = RuleHit(
        "REASON_MISMATCH",
        f"The reason ticked ({reason_words(mismatch.picked)}) and the reason written "
        f"({reason_words(mismatch.written)}) disagree; {outcome}.",
    )
    return replace(chosen, warn=True, rules=(rule, *chosen.rules))
