"""Turn a policy `Decision` into the facts a reply states (`ReplyFacts`).

The decision carries amounts, the processing time and the rules that fired; a reply needs dates a
customer can plan with and the policy clause in words of their language. This mapping is the one
place that turns one into the other, so the drafter, the checker and the service agree on every
fact.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from models.reply_drafter import ReplyFacts
from models.reply_grammar import add_business_days, neighbouring_size
from serving.policy import Decision, ReturnContext
from triage.settings import Settings, get_settings

# Rule codes of `serving.policy.decide` → the plain-words clause a reply cites (reply_grammar.CLAUSES).
_CLAUSE_BY_RULE = {
    "NON_RETURNABLE_CATEGORY": "non_returnable",
    "OUTSIDE_RETURN_WINDOW": "outside_window",
    "RISK_BAND_NO_FREE_RETURN": "risk_band",
    "CATEGORY_NOT_FREE": "category_not_free",
    "FREE_QUOTA_EXHAUSTED": "quota_used",
}


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def reply_facts(
    decision: Decision,
    request: ReturnContext,
    reason: str,
    size: str | None = None,
    settings: Settings | None = None,
) -> ReplyFacts:
    """The facts a reply to this request states, all derived from the decision and the request.

    Refund dates run from the request date: for a return, the parcel's transit time
    (`Settings.reply_transit_days`) plus the policy's processing days; for `keep_item`, the
    processing days alone. A reply to `reject` or `manual_review` promises no refund.

    Args:
        decision: the policy decision for this request.
        request: the request's category, price, currency and dates.
        reason: the reason code the decision used (size issues get a suggested exchange size).
        size: the size ordered, if any.
        settings: defaults to the process settings.
    """
    settings = settings or get_settings()
    code = str(decision.code)
    requested = _as_date(request.request_date)
    low, high = decision.refund_days
    refunds = code in ("free_return", "paid_return", "keep_item")
    sends_back = code in ("free_return", "paid_return")
    transit_low, transit_high = settings.reply_transit_days if sends_back else (0, 0)

    clause_key = next((_CLAUSE_BY_RULE[rule] for rule in decision.rule_codes if rule in _CLAUSE_BY_RULE), None)
    clause_values: dict[str, object] = {}
    if clause_key == "outside_window" and decision.return_by is not None:
        clause_values = {
            "window_days": (decision.return_by - _as_date(request.delivery_date)).days,
            "window_end": decision.return_by,
        }
    alternative_key = ("guarantee" if clause_key == "non_returnable" else "dispute") if code == "reject" else None
    return ReplyFacts(
        decision=code,
        currency=decision.currency,
        status_url=decision.status_url,
        refund_amount=round(decision.refund_amount, 2) if refunds else None,
        refund_days=(low, high),
        refund_from=add_business_days(requested, transit_low + low) if refunds else None,
        refund_to=add_business_days(requested, transit_high + high) if refunds else None,
        label_fee=round(decision.label_fee, 2) if sends_back else 0.0,
        free_label=code == "free_return" and decision.label_fee == 0,
        exchange_offered=decision.exchange_offered,
        suggested_size=neighbouring_size(size, reason, request.product_category) if decision.exchange_offered else None,
        return_by=requested + timedelta(days=settings.reply_send_back_days) if sends_back else None,
        review_by=add_business_days(requested, settings.reply_review_days) if code == "manual_review" else None,
        clause_key=clause_key if code in ("reject", "paid_return") else None,
        clause_values=clause_values,
        alternative_key=alternative_key,
    )
