"""Agent replies to return requests, and whether the customer had to contact support again.

Several agents with their own habits write the replies: some always apologise, give refund dates
and next steps, others are terse. Replies quote the customer's first name, the order id, amounts
and dates — facts a reply drafter must fill in, never copy. Whether the customer wrote back
depends on what the reply left out (refund timing, next steps, an apology for the shop's fault)
plus noise, so "replies that worked" is a learnable signal.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from features.taxonomy import get_reason
from triage.sample_data.catalogue import Noun

Phrases = tuple[str, ...]
RETURN_WINDOW_DAYS = 30


@dataclass(frozen=True)
class Agent:
    """A support agent's name and habits (probabilities of including each reply part)."""

    name: str
    empathy: float
    timing: float
    next_steps: float
    label_info: float
    formal: bool
    compact: bool = False


@dataclass(frozen=True)
class ReplyBank:
    """One language's reply parts. Keys of `decisions`: resolution codes plus `rejected_<cause>`."""

    agents: tuple[Agent, ...]
    greetings_formal: Phrases
    greetings_casual: Phrases
    acknowledgements: Phrases
    apologies: Mapping[str, Phrases]
    sympathy: Phrases
    decisions: Mapping[str, Phrases]
    timings: Phrases
    labels_free: Phrases
    labels_paid: Phrases
    exchange_notes: Phrases
    next_steps: Phrases
    closings: Phrases
    signoffs_formal: Phrases
    signoffs_casual: Phrases
    money: Callable[[float, str], str]
    date: Callable[[datetime], str]
    possessive: Callable[[Noun], str]


@dataclass(frozen=True)
class ReplyCase:
    """The facts of one settled return that its reply talks about."""

    first_name: str
    order_id: str
    product: Noun
    reason: str
    resolution: str
    rejection_cause: str | None
    refund_amount: float
    currency: str
    request_ts: datetime
    other_size: str | None
    label_fee: float


def _pick(rng: random.Random, phrases: Phrases) -> str:
    return phrases[rng.randrange(len(phrases))]


def _business_days_after(start: datetime, days: int) -> datetime:
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def write_reply(rng: random.Random, bank: ReplyBank, case: ReplyCase) -> tuple[str, bool]:
    """The agent's reply to a return and whether the customer contacted support again about it."""
    agent = _pick(rng, bank.agents)
    shop_fault = get_reason(case.reason).shop_fault
    received = case.request_ts + timedelta(days=rng.randint(4, 9))
    values = {
        "name": case.first_name,
        "order": case.order_id,
        "item": bank.possessive(case.product),
        "amount": bank.money(case.refund_amount, case.currency),
        "fee": bank.money(case.label_fee, case.currency),
        "date_from": bank.date(_business_days_after(received, 3)),
        "date_to": bank.date(_business_days_after(received, 5)),
        "return_by": bank.date(case.request_ts + timedelta(days=14)),
        "window_end": bank.date(case.request_ts - timedelta(days=rng.randint(3, 20))),
        "size": case.other_size or "",
        "agent": agent.name,
        "days": str(RETURN_WINDOW_DAYS),
    }
    settled_with_money = case.resolution in ("refund", "keep_item")
    decision_key = case.resolution
    if case.resolution == "rejected":
        decision_key = f"rejected_{case.rejection_cause}"
    elif case.resolution == "exchange" and case.other_size:
        decision_key = "exchange_size"
    greeting = _pick(rng, bank.greetings_formal if agent.formal else bank.greetings_casual)
    parts = [greeting, _pick(rng, bank.acknowledgements)]
    empathy = rng.random() < agent.empathy
    if empathy:
        parts.append(
            _pick(rng, bank.apologies.get(case.reason) or bank.sympathy) if shop_fault else _pick(rng, bank.sympathy)
        )
    parts.append(_pick(rng, bank.decisions[decision_key]))
    timing = settled_with_money and rng.random() < agent.timing
    if timing:
        parts.append(_pick(rng, bank.timings))
    if case.resolution == "exchange":
        parts.append(_pick(rng, bank.exchange_notes))
    if case.resolution in ("refund", "exchange", "store_credit") and rng.random() < agent.label_info:
        parts.append(_pick(rng, bank.labels_free if case.label_fee == 0 else bank.labels_paid))
    next_steps = rng.random() < agent.next_steps
    if next_steps:
        parts.append(_pick(rng, bank.next_steps))
    if rng.random() < 0.35:
        parts.append(_pick(rng, bank.closings))
    signoff = _pick(rng, bank.signoffs_formal if agent.formal else bank.signoffs_casual)
    # Compact writers put the whole body in one paragraph; others give each point its own.
    body = (" " if agent.compact else "\n\n").join(part.format(**values) for part in parts[1:])
    text = f"{parts[0].format(**values)}\n\n{body}\n\n{signoff.format(**values)}"

    # Customers write back when the reply leaves them guessing or feels dismissive.
    probability = 0.05
    probability += 0.25 if settled_with_money and not timing else 0.0
    probability += 0.15 if not next_steps else 0.0
    probability += 0.2 if shop_fault and not empathy else 0.0
    probability += 0.12 if case.resolution == "rejected" else 0.0
    return text, rng.random() < min(probability, 0.85)
