"""Turn a policy `Decision` into the facts a reply states (`ReplyFacts`), and a request into its `ReplyCase`.

The decision carries amounts, the processing time, the return deadline and the clause it rests on; a
reply needs dates a customer can plan with. This mapping is the one place that turns one into the
other, so the drafter, the checker and every caller agree on every fact.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Protocol

from decisions.policy import Decision, ReturnContext
from features.dates import as_date
from features.schemas import PRODUCT_CATEGORIES
from models.reply_drafter import ReplyCase, ReplyFacts
from models.reply_grammar import add_business_days, category_name, neighbouring_size

SIZED_CATEGORIES = frozenset(category.code for category in PRODUCT_CATEGORIES if category.sized)


class ReplyTimes(Protocol):
    """The shop's service times a reply promises (`triage.settings.Settings` has them)."""

    @property
    def reply_transit_days(self) -> tuple[int, int]: ...

    @property
    def reply_send_back_days(self) -> int: ...

    @property
    def reply_review_days(self) -> int: ...


def reply_facts(
    decision: Decision, request: ReturnContext, reason: str, size: str | None, times: ReplyTimes
) -> ReplyFacts:
    """The facts a reply to this request states, all derived from the decision and the request.

    Refund dates run from the request date: for a return, the parcel's transit time
    (`times.reply_transit_days`) plus the policy's processing days; for `keep_item`, the
    processing days alone. A reply to `reject` or `manual_review` promises no refund.

    Args:
        decision: the policy decision for this request.
        request: the request's category, price, currency and dates.
        reason: the reason code the decision used (size issues get a suggested exchange size).
        size: the size ordered, if any.
        times: the shop's service times.
    """
    code = str(decision.code)
    requested = as_date(request.request_date)
    low, high = decision.refund_days
    refunds = code in ("free_return", "paid_return", "keep_item")
    sends_back = code in ("free_return", "paid_return")
    transit_low, transit_high = times.reply_transit_days if sends_back else (0, 0)
    clause_values: dict[str, object] = {}
    if decision.clause_key == "outside_window" and decision.return_by is not None:
        clause_values = {
            "window_days": (decision.return_by - as_date(request.delivery_date)).days,
            "window_end": decision.return_by,
        }
    alternative_key = (
        ("guarantee" if decision.clause_key == "non_returnable" else "dispute") if code == "reject" else None
    )
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
        return_by=requested + timedelta(days=times.reply_send_back_days) if sends_back else None,
        review_by=add_business_days(requested, times.reply_review_days) if code == "manual_review" else None,
        clause_key=decision.clause_key,
        clause_values=clause_values,
        alternative_key=alternative_key,
    )


def size_from_sku(sku: str | None, category: str) -> str | None:
    """The size encoded at the end of a SKU (`P10056-S`, `P10097-W29`, `SHO-0042-39`) for sized categories."""
    if not sku or category not in SIZED_CATEGORIES or "-" not in sku:
        return None
    size = sku.rsplit("-", 1)[1].strip().upper()
    return size if re.fullmatch(r"[0-9]?X{0,3}[SML]|W?\d{2,3}|\d{2,3}[A-H]", size) else None


def reply_case(
    text: str,
    lang: str,
    reason: str,
    product_category: str,
    product_name: str | None = None,
    customer_name: str | None = None,
    sku: str | None = None,
    order_id: str | None = None,
) -> ReplyCase:
    """The reply case for one request as the service receives it.

    Without a catalogue name the reply names the product by its category in the customer's
    language ("shoes", "chaussures"); the size comes from the SKU.
    """
    return ReplyCase(
        text=text,
        lang=lang,
        reason=reason,
        product_name=product_name or category_name(product_category, lang),
        product_category=product_category,
        first_name=customer_name,
        size=size_from_sku(sku, product_category),
        order_id=order_id,
    )
