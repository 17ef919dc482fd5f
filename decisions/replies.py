"""Turn a policy `Decision` into the facts a reply states (`ReplyFacts`), and a request into its `ReplyCase`.

The decision carries amounts, the processing time, the return deadline and the clause it rests on; a
reply needs dates a customer can plan with. This mapping is the one place that turns one into the
other, so the drafter, the checker and every caller agree on every fact.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Protocol

from decisions.policy import Decision, ReturnContext
from features.customer_asks import CustomerAsks
from features.dates import as_date
from features.schemas import PRODUCT_CATEGORIES
from models.exchange_offer import exchange_offer
from models.reply_drafter import REFUND_DECISIONS, RETURN_DECISIONS, ReplyCase, ReplyFacts, request_is_moot
from models.reply_grammar import add_business_days

SIZED_CATEGORIES = frozenset(category.code for category in PRODUCT_CATEGORIES if category.sized)


class ReplyTimes(Protocol):
    """The shop's service times a reply promises, and the day it is prepared (`triage.settings.Settings`)."""

    @property
    def reply_transit_days(self) -> tuple[int, int]: ...

    @property
    def reply_send_back_days(self) -> int: ...

    @property
    def reply_review_days(self) -> int: ...

    def reply_day(self) -> date: ...


def _requests(
    asks: CustomerAsks,
    requests: tuple[str, ...],
    decision: str,
    qr_code_labels: bool,
    exchange: bool,
    replacement_noted: bool = False,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The customer's requests (`requests`: as the reply answers them, `ReplyCase.requests`) the reply answers, and
    those an agent follows up.

    A label request is met when a label is sent (the QR code only where the policy offers it) and left to
    the agent while a person reviews the return; a replacement is met by the exchange the reply offers
    (`exchange`: the policy allows one and a size swap fixes the complaint) or by the item ordered or the new one
    the reply notes in place of a wrong or damaged one (`replacement_noted`), else an agent looks at it, and so
    is an exchange asked for (another size, colour or model, or a size named), which the replacement's line
    also answers (on a refusal, the line saying an exchange is not possible either); the return asked to cost
    nothing is met by the label's line where the item is sent back (free, or what the label costs under the policy)
    and left to the agent while a person reviews the return; a
    request with nothing to act on is dropped (`request_is_moot`: no label when nothing goes back, no
    refund to redirect on a rejection).
    """
    sends_back = decision in RETURN_DECISIONS
    answered, open_ = [], []
    # a size asked for (« on voudrait la même en 54 », "size down needed") is an exchange asked for, even without
    # the word, but not one only regretted ("Wish I'd gone for the L": the offer's to name); a replacement asked "one
    # size up" is that replacement
    asked = (asks.wanted_size and not asks.size_regretted) or (asks.size_direction and "replacement" not in requests)
    asked_size = ("exchange",) if asked and "exchange" not in requests else ()
    for kind in (*requests, *asked_size):
        label_sent = sends_back and (kind == "email_label" or (kind == "no_printer" and qr_code_labels))
        # an exchange asked for is met by the one offered, or by the replacement line when one is asked too or the
        # item ordered is noted (the size a wrong one came in place of); on a refusal, by saying it is not possible
        # either (it needs the item back)
        swapped = kind == "exchange" and (
            exchange or "replacement" in requests or replacement_noted or decision == "reject"
        )
        # where the refund goes is the policy's fact, said whatever the decision that refunds (`request_is_moot`)
        where = kind in ("refund_method", "gift_card_paid", "store_credit") and not request_is_moot(kind, decision)
        # the packing is the next step's (a review's keeps the packaging), and an exchange or the item noted goes out
        # with no wait for the return
        told = (
            (kind == "packaging" and (sends_back or decision == "manual_review"))
            or (kind in ("exchange_time", "exchange_first") and sends_back and (exchange or replacement_noted))
            or (kind == "return_costs" and sends_back)
            # another product asked in its place is a new order, told wherever this item is taken back or refunded
            or (kind == "another_item" and not request_is_moot(kind, decision))
        )
        if label_sent or (kind == "replacement" and (exchange or replacement_noted)) or swapped or where or told:
            answered.append(kind)
        elif not request_is_moot(kind, decision, asks.late_delivery):
            open_.append(kind)
    return tuple(answered), tuple(open_)


def _refund_method(asks: CustomerAsks, open_requests: tuple[str, ...]) -> str:
    """Where the refund goes (`models.reply_grammar.REFUND_METHODS`): the card or account the customer asked for once a
    colleague confirms it, else the payment the order was made with, which is the customer's own unless the item was a
    gift to them (`CustomerAsks.gift_received`: "It was a present from my aunt" did not pay)."""
    if "refund_elsewhere" in open_requests:
        return "to_confirm"
    return "order_payment" if asks.gift_received else "original_payment"


def _clause_key(decision: Decision, free_returns_included: int | None) -> str | None:
    """The clause (`models.reply_grammar.CLAUSES`) a reply cites for the decision's: a paid return whose label costs
    nothing (a fee of 0 for the currency) says so rather than why it is paid, and a quota of no free returns is not
    "already used"."""
    if decision.code == "paid_return" and decision.label_fee == 0:
        return "no_label_fee"
    if decision.clause_key == "quota_used" and free_returns_included == 0:
        return "no_free_returns"
    return decision.clause_key


def reply_facts(
    decision: Decision,
    request: ReturnContext,
    reply: ReplyCase,
    times: ReplyTimes,
    qr_code_labels: bool = False,
    free_returns_included: int | None = None,
) -> ReplyFacts:
    """The facts a reply to this request states, all derived from the decision, the request and its text.

    Eligibility ran from the request day (in `decide`); every date the reply promises runs from the day
    it is prepared (`times.reply_day()`), so a draft prepared later never promises a date already past:
    refunds after the parcel's transit time (`times.reply_transit_days`) plus the policy's processing
    days (the processing days alone for `keep_item`), the send-back deadline, the review's answer. A reply
    to `reject` or `manual_review` promises no refund. An exchange is offered only where the policy
    allows one and a size swap fixes what the text describes (`models.exchange_offer`).

    Args:
        decision: the policy decision for this request.
        request: the request's category, price, currency and dates.
        reply: what the reply is about (reason, size ordered, the customer's text).
        times: the shop's service times and the day replies are prepared.
        qr_code_labels: the policy's parcel points print labels from a QR code (a "no printer" request is met).
        free_returns_included: the policy's free-return quota (`FreeReturnQuota.count`), when known.
    """
    code = str(decision.code)
    prepared = max(times.reply_day(), as_date(request.request_date))
    low, high = decision.refund_days
    refunds = code in REFUND_DECISIONS
    sends_back = code in RETURN_DECISIONS
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
    offer = exchange_offer(reply.asks, reply.size, reply.reason, request.product_category, reply.needs_review)
    exchange = decision.exchange_offered and offer.offered
    # the item ordered in place of a wrong one, or a new one in place of a damaged one, is the shop's to send, as the
    # return comes back
    replacement = reply.replacement_sent if sends_back else None
    answered, open_requests = _requests(
        reply.asks, reply.requests, code, qr_code_labels, exchange, replacement is not None
    )
    # a size the customer named (one they neither had nor rejected), for the exchange noted or a colleague looks at
    asked_size = offer.size if offer.why == "asked_size" and "exchange" in (*answered, *open_requests) else None
    return ReplyFacts(
        decision=code,
        currency=decision.currency,
        status_url=decision.status_url,
        refund_amount=round(decision.refund_amount, 2) if refunds else None,
        refund_method=_refund_method(reply.asks, open_requests),
        refund_days=(low, high),
        refund_from=add_business_days(prepared, transit_low + low) if refunds else None,
        refund_to=add_business_days(prepared, transit_high + high) if refunds else None,
        label_fee=round(decision.label_fee, 2) if sends_back else 0.0,
        free_label=sends_back and decision.label_fee == 0,
        exchange_offered=exchange,
        suggested_size=offer.size if exchange else None,
        replacement_noted=replacement,
        asked_size=asked_size,
        return_by=prepared + timedelta(days=times.reply_send_back_days) if sends_back else None,
        review_by=add_business_days(prepared, times.reply_review_days) if code == "manual_review" else None,
        clause_key=_clause_key(decision, free_returns_included),
        clause_values=clause_values,
        alternative_key=alternative_key,
        answered_requests=answered,
        open_requests=open_requests,
        prepared_on=prepared,
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
    product_name_lang: str | None = None,
    size: str | None = None,
    needs_review: bool = False,
) -> ReplyCase:
    """The reply case for one request as the service receives it.

    Without a catalogue name the reply names the item by a noun of its category ("your shoes",
    « vos chaussures »); without a size, the size comes from the SKU.
    """
    return ReplyCase(
        text=text,
        lang=lang,
        reason=reason,
        product_name=product_name,
        product_category=product_category,
        first_name=customer_name,
        size=size or size_from_sku(sku, product_category),
        order_id=order_id,
        product_name_lang=product_name_lang,
        needs_review=needs_review,
    )
