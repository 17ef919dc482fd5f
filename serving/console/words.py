"""Codes in the prediction log, in the plain words agents read on the console.

Risk reason codes name the factors of `models.risk_reasons.FACTORS` and the `NO_HISTORY` state (a
test holds that every code has words); the log stores only codes, so the console says what each means here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from decisions.policy import Policy, band_rule_code
from features.schemas import CATEGORY_CODES
from features.taxonomy import REASON_CODES, reason_words

# A count factor raises the score from one above the typical customer's count (typically 0 or 1), so its words say
# "more than is typical", true of one earlier fault claim as of twelve; the reason's sentence gives the numbers.
RISK_REASON_WORDS: dict[str, str] = {
    "NO_HISTORY": "no purchase or return in the last year: scored from this return alone",
    "RECENT_RETURN_BURST": "more returns in the last 30 days than is typical",
    "HIGH_RETURN_FREQUENCY": "more returns in the last 90 days than is typical",
    "MANY_RETURNS_THIS_YEAR": "more returns in the last year than is typical",
    "HIGH_RETURN_RATE": "returns a large share of what they buy",
    "FREE_RETURN_QUOTA_USED": "more free returns already used than is typical",
    "PRIOR_CONFIRMED_ABUSE": "earlier returns confirmed as abuse after inspection",
    "FREQUENT_FAULT_CLAIMS": "more claims that the shop was at fault than is typical",
    "RETURNS_LATE_IN_WINDOW": "more returns asked for late in the window than is typical",
    "NEW_ACCOUNT": "new account",
    "HIGH_ORDER_VALUE": "high order value",
    "EXPENSIVE_FOR_CATEGORY": "expensive item for its category",
    "DEEP_DISCOUNT": "bought at a deep discount",
    "LATE_IN_RETURN_WINDOW": "asked late in the return window",
    "QUICK_RETURN_REQUEST": "asked unusually soon after delivery",
    "LARGE_ORDER": "large order",
    "SIZE_BRACKETING": "same product ordered in several sizes",
    "MOST_OF_ORDER_RETURNED": "most of the order is coming back",
    "REASON_CONTRADICTS_FORM": "written reason contradicts the return form",
    # A factor's value on the unusual side of typical can raise the score too (the model learned it).
    "UNUSUAL_RETURNS_LAST_30D": "unusually few returns in the last 30 days",
    "UNUSUAL_RETURNS_LAST_90D": "unusually few returns in the last 90 days",
    "UNUSUAL_RETURNS_LAST_365D": "unusually few returns in the last year",
    "UNUSUAL_RETURN_RATE_365D": "returns an unusually small share of what they buy",
    "UNUSUAL_FREE_RETURNS_USED": "unusually few free returns used",
    "UNUSUAL_CONFIRMED_ABUSE_COUNT": "fewer returns confirmed as abuse than usual",
    "UNUSUAL_SHOP_FAULT_CLAIMS_365D": "unusually few claims that the shop was at fault",
    "UNUSUAL_LATE_REQUESTS_365D": "unusually few late return requests",
    "UNUSUAL_ACCOUNT_AGE_DAYS": "account older than usual",
    "UNUSUAL_ORDER_VALUE": "unusually low order value",
    "UNUSUAL_ITEM_PRICE": "cheap item for its category",
    "UNUSUAL_DISCOUNT": "bought at a smaller discount than usual",
    "UNUSUAL_ORDER_ITEMS": "unusually small order",
    "UNUSUAL_SAME_PRODUCT_SIZES_IN_ORDER": "fewer sizes of the product ordered than usual",
    "UNUSUAL_ORDER_SHARE_RETURNED": "only a small part of the order is coming back",
    "UNUSUAL_FORM_REASON_CONTRADICTS": "written reason agrees with the return form",
}

# Why a person should answer (`features.handover.HANDOVER_KINDS`, and "tone" from the detector model).
HANDOVER_WORDS: dict[str, str] = {
    "injury": "says someone was hurt",
    "legal": "mentions legal action or consumer law",
    "payment_dispute": "mentions a chargeback or disputing the payment",
    "unauthorised_payment": "says the card holder did not agree to the payment",
    "public_review": "threatens a bad review or going public",
    "person": "asks for a person or a call",
    "explained_elsewhere": "says the reason is in another email or call",
    "unanswered": "says earlier messages went unanswered",
    "angry": "sounds angry",
    "shouting": "complains in capitals",
    "tone": "sounds upset (tone model)",
}

# What the customer asked for that the draft does not answer (`features.customer_asks.REQUEST_KINDS`).
REQUEST_WORDS: dict[str, str] = {
    "call_me": "asks to be called",
    "human": "asks to deal with a person",
    "collect": "asks for the item to be collected",
    "email_label": "asks for the label by e-mail",
    "no_printer": "has no printer for the label",
    "refund_elsewhere": "asks for the refund to another card or account",
    "refund_method": "asks where the refund goes (card or store credit)",
    "replacement": "asks for a replacement",
    "exchange": "asks for an exchange",
    "another_item": "asks to swap the item for another product",
    "refund_delivery": "asks for the delivery cost back",
    "sent_back": "says the item is already sent back",
    "send_missing": "asks for the missing part to be sent",
    "refund_difference": "asks for a price difference back",
    "refund_received": "says the refund has already reached them",
    "refund_awaited": "says they are still waiting for the refund",
    "packaging": "asks how to pack the item",
    "exchange_time": "asks how long an exchange takes",
    "question": "asks whether the item comes in another version",
    "needed_soon": "needs the item by a day soon",
    "resize": "asks whether the item can be resized or altered",
    "exchange_first": "asks for the exchange to be sent before the return arrives",
    "refund_engraving": "asks for the engraving fee back",
    "refund_customs": "paid customs charges on delivery",
    "charged_twice": "says the payment was taken twice",
    "gift_card_paid": "paid with a gift card and asks whether it changes anything",
    "tell_carrier": "asks us to let the courier know",
    "delivery_note": "says where the parcel sent to them is to be left",
    "return_costs": "asks for the return to cost them nothing",
    "store_credit": "asks for store credit rather than a refund",
}

LANGUAGE_WORDS: dict[str, str] = {"en": "English", "fr": "French"}

DECISION_WORDS: dict[str, str] = {
    "free_return": "Free return",
    "paid_return": "Paid return (label fee)",
    "keep_item": "Keep the item, refund without return",
    "manual_review": "Manual review",
    "reject": "Reject",
}


def risk_reason_words(code: str) -> str:
    """A risk reason code in plain words (a code the log holds from an older model, spelled out)."""
    return RISK_REASON_WORDS.get(code) or code.replace("_", " ").lower()


def coded_words(words: dict[str, str], code: str) -> str:
    """A code in plain words from `words` (a code the log holds from an older model, spelled out)."""
    return words.get(code) or code.replace("_", " ")


def decision_words(code: str | None) -> str:
    """A decision code in plain words."""
    if code is None:
        return "no decision"
    return DECISION_WORDS.get(code, code.replace("_", " "))


# Rules a queue row leaves to the return's page: they hold for most returns (within the window, no
# warning) or restate what the row shows elsewhere (the risk band, the reason the shop pays for, an allow
# entry the risk column names, a block entry's review that the block rule and the decision say).
ROUTINE_RULES = frozenset(
    {"WITHIN_RETURN_WINDOW", "RISK_WARNING_WITHOUT_REASON", "SHOP_FAULT_REASON", "ALLOW_LIST", "BLOCK_LIST_REVIEW"}
)


# Rule sentences logged before they named reasons and categories in words ("The reason (poor_quality) is
# the shop's responsibility."): the log keeps them for the retention period, the console reads them in words.
_CODE_IN_SENTENCE = re.compile(
    r"\b(" + "|".join(code for code in (*REASON_CODES, *CATEGORY_CODES) if "_" in code) + r")\b"
)


def sentence_in_words(sentence: str) -> str:
    """A logged rule sentence with any reason or category code in it spelled out ("poor_quality" -> "poor quality")."""
    return _CODE_IN_SENTENCE.sub(lambda found: found.group(1).replace("_", " "), sentence)


def rules_to_read(rules: Sequence[tuple[str, str]], risk_band: str | None) -> tuple[str, ...]:
    """The sentences of a decision's rules (code, sentence) that a queue row shows: all but the routine ones."""
    routine = ROUTINE_RULES | ({band_rule_code(risk_band)} if risk_band else set())
    return tuple(sentence for code, sentence in rules if code not in routine)


@dataclass(frozen=True)
class BandWords:
    """What a risk band means to an agent: what it does to a decision, and the scores it covers."""

    effect: str
    scores: str


def band_words(policy: Policy) -> dict[str, BandWords]:
    """Each of the policy's risk bands in plain words, as `decisions.policy.decide` acts on it."""
    bands = policy.risk_bands
    words = {}
    for band, above in zip(bands, [*bands[1:], None], strict=True):
        # as the policy writes them: `policy tune` writes edges such as 0.124, which two decimals moved to 0.12
        scores = f"scores {band.min_score:g} " + (f"to {above.min_score:g}" if above else "and up")
        if band == policy.top_band:
            effect = "a person reviews every return in this band"
        else:
            effects = ([] if band.free_returns else ["no free return label"]) + (
                ["the decision warns when a signal raised the score"] if band.warn else []
            )
            effect = "; ".join(effects) or "no risk rule applies"
        words[band.name] = BandWords(effect=effect, scores=scores)
    return words


def correction_effect(policy: Policy, suggested: str, corrected: str, rule_codes: Sequence[str]) -> str | None:
    """What the policy reads differently in an agent's corrected reason than in the suggested one the decision
    (its `rule_codes`) was taken for: whether the shop pays for the return, in words; None when it reads both
    alike, or when the customer's words made it the shop's fault whatever the reason (`FAULT_DESCRIBED`).

    Shown when the console could not decide again for the corrected reason (the service's models unavailable,
    the return not in the customer history): this tells the agent what to check in the suggested decision.
    """
    paid_by_shop = set(policy.shop_fault_reasons)
    if "FAULT_DESCRIBED" in rule_codes or (suggested in paid_by_shop) == (corrected in paid_by_shop):
        return None
    if corrected in paid_by_shop:
        return (
            f"The policy counts {reason_words(corrected)} as the shop's fault and {reason_words(suggested)} not: "
            "the shop pays for the return (no label fee, whatever the quota)."
        )
    return (
        f"The policy counts {reason_words(suggested)} as the shop's fault and {reason_words(corrected)} not: "
        "a decision resting on the shop's fault may not hold."
    )


def draft_differences(
    suggested_reason: str | None,
    corrected_reason: str | None,
    suggested_decision: str | None,
    final_decision: str | None,
) -> list[tuple[str, str, str]]:
    """What an agent saved that the draft was not written for: (what, suggested, saved) in words, for the reason
    and the decision. The draft states the suggested decision to the customer ("your return label is free"), so a
    changed one left unsaid sent the customer the wrong outcome."""
    differences = []
    if suggested_reason and corrected_reason and corrected_reason != suggested_reason:
        differences.append(("reason", reason_words(suggested_reason), reason_words(corrected_reason)))
    if final_decision and final_decision != suggested_decision:
        differences.append(("decision", decision_words(suggested_decision), decision_words(final_decision)))
    return differences
