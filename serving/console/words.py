"""Codes in the prediction log, in the plain words agents read on the console.

Risk reason codes name the factors of `models.risk_reasons.FACTORS` and the `NO_HISTORY` state (a
test holds that every code has words); the log stores only codes, so the console says what each means here.
"""

from __future__ import annotations

RISK_REASON_WORDS: dict[str, str] = {
    "NO_HISTORY": "no purchase or return in the last year: scored from this return alone",
    "RECENT_RETURN_BURST": "many returns in the last 30 days",
    "HIGH_RETURN_FREQUENCY": "many returns in the last 90 days",
    "MANY_RETURNS_THIS_YEAR": "many returns in the last year",
    "HIGH_RETURN_RATE": "returns a large share of what they buy",
    "FREE_RETURN_QUOTA_USED": "free-return quota already used",
    "PRIOR_CONFIRMED_ABUSE": "earlier returns confirmed as abuse after inspection",
    "FREQUENT_FAULT_CLAIMS": "often says the shop was at fault",
    "RETURNS_LATE_IN_WINDOW": "often asks late in the return window",
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


def decision_words(code: str | None) -> str:
    """A decision code in plain words."""
    if code is None:
        return "no decision"
    return DECISION_WORDS.get(code, code.replace("_", " "))
