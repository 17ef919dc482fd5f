"""Check a drafted reply before an agent sees it: checking, not trusting.

`check` returns the problems it finds (an empty list means the draft passes): the language is the
customer's, every slot is filled, every amount, date and promise equals the decision's facts, no
fraud signal is revealed, the tone fits the reason, no other customer's name or order number
appears, a plural product is not followed by a singular verb ("the jeans reaches"), and the length
is reasonable. It reads only the draft text, the facts and the case, so it
also catches a draft an agent edited by hand.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from functools import lru_cache

from features.language import detect_language
from models import reply_grammar as grammar
from models.reply_drafter import Draft, ReplyCase, ReplyFacts, name_fingerprint, slot_values

MIN_BODY_CHARS = 200
MAX_BODY_CHARS = 2000
MAX_SUBJECT_CHARS = 140

_MONEY = {
    "en": re.compile(r"[€£]\d+(?:[.,]\d+)?|\b\d+[.,]\d{2}\s?(?:EUR|GBP)\b"),
    "fr": re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:€|£|EUR|GBP)"),
}
_MONTHS = {
    "en": "january|february|march|april|may|june|july|august|september|october|november|december",
    "fr": "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre",
}
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_SHOP_ID = re.compile(r"\b[OCLR]\d{6,8}\b")
_WORD = re.compile(r"[^\W\d_]+")
_FRAUD_CODE = re.compile(r"\b[A-Z]{3,}(?:_[A-Z]+)+\b")  # machine reason codes such as HIGH_RETURN_FREQUENCY


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word the grammar itself can write: such a word in a draft cannot be a leaked name."""
    texts = [
        text
        for bank in (grammar.PHRASES, grammar.CLAUSES, grammar.ALTERNATIVES, grammar.REFUND_METHODS)
        for text in _strings(bank)
    ]
    texts += list(_strings(grammar.CATEGORY_NAMES)) + list(_MONTHS.values())
    return frozenset(grammar.fold(word) for text in texts for word in _WORD.findall(grammar.fold(text)))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, tuple | list):
        return [text for item in value for text in _strings(item)]
    return []


@lru_cache(maxsize=1)
def _singular_verbs_after_product() -> frozenset[str]:
    """The singular verbs the English grammar writes right after the product name ("reaches", "is"):
    after a plural name, any of them means the draft lost the agreement."""
    texts = _strings(grammar.PHRASES["en"]) + _strings(grammar.ALTERNATIVES["en"])
    return frozenset(match for text in texts for match in re.findall(r"\{product\} \[([^|\]]+)\|", text))


def _agreement_problems(text: str, case: ReplyCase) -> list[str]:
    """A plural English product name followed by a singular verb ("the Skinny Jeans reaches us")."""
    if case.lang != "en" or not case.product_name or not case.plural_product:
        return []
    verbs = "|".join(sorted(_singular_verbs_after_product()))
    found = re.findall(rf"{re.escape(case.product_name)} ({verbs})\b", text)
    return [f"treats the plural product as singular: '{case.product_name} {verb}'" for verb in sorted(set(found))]


def _contains_any(folded: str, phrases: Collection[str]) -> bool:
    return any(phrase in folded for phrase in phrases)


def stated_dates(folded: str, lang: str) -> set[str]:
    """Dates written in words (`3 december 2026`, or `3 december` without a year) in accent-free lower-case text."""
    pattern = re.compile(rf"\b\d{{1,2}} (?:{_MONTHS[lang]})(?: \d{{4}})?\b")
    return set(pattern.findall(folded))


def _fact_problems(draft: Draft, facts: ReplyFacts, case: ReplyCase, text: str) -> list[str]:
    """Amounts, dates and promises in the text against the decision's facts."""
    problems = []
    lang = case.lang
    folded = grammar.fold(text)
    markers = grammar.MARKERS[lang]
    values = slot_values(case, facts)

    expected_money = {values[key] for key in ("refund_amount", "label_fee") if key in values}
    for amount in set(_MONEY[lang].findall(text)) - expected_money:
        problems.append(f"states an amount not in the decision's facts: {amount}")
    expected_dates = {
        grammar.fold(grammar.format_date(day, lang))
        for day in (facts.refund_from, facts.refund_to, facts.return_by, facts.review_by, *facts.clause_values.values())
        if isinstance(day, date)
    }
    for day in stated_dates(folded, lang) - expected_dates:
        problems.append(f"states a date not in the decision's facts: {day}")
    if _ISO_DATE.search(text):
        problems.append("states a date in a numeric format the customer may misread")

    promises_refund = _contains_any(folded, markers["refund_promise"])
    promises_free_label = _contains_any(folded, markers["free_label"])
    if facts.decision in ("reject", "manual_review") and promises_refund:
        problems.append(f"promises a refund on a {facts.decision} decision")
    if facts.decision in ("free_return", "paid_return", "keep_item"):
        if "refund_amount" not in values or values["refund_amount"] not in text:
            problems.append("does not state the refund amount")
        if facts.refund_to is not None and grammar.fold(grammar.format_date(facts.refund_to, lang)) not in folded:
            problems.append("does not say when the refund arrives")
    if (facts.label_fee > 0 or not facts.free_label) and promises_free_label:
        problems.append("promises a free label on a return that is not free")
    if facts.label_fee > 0 and values.get("label_fee", "\0") not in text:
        problems.append("does not state the label fee")
    if facts.decision == "free_return" and facts.free_label and not promises_free_label:
        problems.append("does not say the return label is free")
    if facts.decision == "manual_review" and "review_by" in values and values["review_by"] not in text:
        problems.append("does not say when a manual review will answer")
    if facts.suggested_size and facts.exchange_offered and facts.suggested_size not in text:
        problems.append("does not state the suggested exchange size")
    if draft.facts != facts:
        problems.append("the draft carries different facts from the decision")
    return problems


def check(
    draft: Draft,
    facts: ReplyFacts,
    case: ReplyCase,
    other_name_fingerprints: Collection[str] = (),
) -> list[str]:
    """The problems in a draft; an empty list means it may be shown to an agent.

    Args:
        draft: the draft to verify.
        facts: the decision's facts the draft must state (and nothing else).
        case: the request it answers (language, reason, this customer's name and order).
        other_name_fingerprints: `name_fingerprint`s of past customers' names (the fitted drafter's
            `name_fingerprints_`); any of them in the draft, other than this customer's own name, is a leak.
    """
    problems: list[str] = []
    text = f"{draft.subject}\n{draft.body}"
    folded = grammar.fold(text)

    if draft.lang != case.lang:
        problems.append(f"draft language {draft.lang!r} differs from the customer's {case.lang!r}")
    written_in = detect_language(draft.body.replace(case.product_name, " "))
    if written_in != case.lang:
        problems.append(f"body reads as {written_in!r}, the customer writes {case.lang!r}")
    for slot in grammar.leftover_slots(text):
        problems.append(f"unfilled slot {slot}")
    if not draft.subject.strip() or len(draft.subject) > MAX_SUBJECT_CHARS:
        problems.append(f"subject length {len(draft.subject)} outside 1..{MAX_SUBJECT_CHARS}")
    if not MIN_BODY_CHARS <= len(draft.body) <= MAX_BODY_CHARS:
        problems.append(f"body length {len(draft.body)} outside {MIN_BODY_CHARS}..{MAX_BODY_CHARS}")

    problems += _fact_problems(draft, facts, case, text)
    problems += _agreement_problems(text, case)

    if facts.status_url not in draft.body:
        problems.append("does not say how to follow the return's status")
    if _contains_any(folded, grammar.MARKERS[case.lang]["fraud"]) or _FRAUD_CODE.search(text):
        problems.append("reveals a fraud or risk signal")
    apologises = _contains_any(folded, grammar.MARKERS[case.lang]["apology"])
    if grammar.apologises_for(case.reason) and not apologises:
        problems.append(f"does not apologise although {case.reason} is the shop's fault")
    if not grammar.apologises_for(case.reason) and apologises:
        problems.append(f"apologises although {case.reason} is not the shop's fault")

    for shop_id in set(_SHOP_ID.findall(text)) - {case.order_id}:
        problems.append(f"mentions an order or customer number that is not this case's: {shop_id}")
    if other_name_fingerprints:
        own = {grammar.fold(word) for word in _WORD.findall(f"{case.product_name} {case.first_name or ''}")}
        fingerprints = set(other_name_fingerprints)
        for word in set(_WORD.findall(text)):
            folded_word = grammar.fold(word)
            if folded_word in own or folded_word in _vocabulary():
                continue
            if name_fingerprint(word) in fingerprints:
                problems.append(f"mentions another customer's name: {word}")
    return problems
