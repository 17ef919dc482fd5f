"""The reply grammar: both languages say the same things, slots are known, formats are right."""

from datetime import date

import pytest
from reply_support import facts_for

from models import reply_grammar as grammar
from models.reply_drafter import ReplyCase, slot_values


def test_languages_have_the_same_parts_keys_and_clauses() -> None:
    english, french = grammar.PHRASES["en"], grammar.PHRASES["fr"]
    assert english.keys() == french.keys()
    for part in english:
        assert english[part].keys() == french[part].keys(), part
    for bank in (grammar.CLAUSES, grammar.ALTERNATIVES, grammar.REFUND_METHODS, grammar.MARKERS):
        assert bank["en"].keys() == bank["fr"].keys()
    assert grammar.HANDOVER_TRIGGERS["en"].keys() == grammar.HANDOVER_TRIGGERS["fr"].keys()


def test_every_slot_in_the_grammar_can_be_filled() -> None:
    decisions = ("free_return", "paid_return", "keep_item", "manual_review", "reject")
    known: set[str] = {"clause", "alternative"}
    for lang in ("en", "fr"):
        case = ReplyCase("x", lang, "too_small", "Wrap Dress", "dresses", first_name="Ana", size="M")
        for decision in decisions:
            known |= slot_values(case, facts_for(decision, exchange=True)).keys()
    templates = [
        variant
        for lang in grammar.PHRASES.values()
        for part in lang.values()
        for opts in part.values()
        for variant in opts
    ]
    used = set().union(*(grammar.slots_in(template) for template in templates))
    assert used <= known, used - known


@pytest.mark.parametrize(
    ("amount", "currency", "lang", "expected"),
    [(12.5, "EUR", "en", "€12.50"), (12.5, "EUR", "fr", "12,50\u00a0€"), (3.45, "GBP", "en", "£3.45")],
)
def test_format_money(amount: float, currency: str, lang: str, expected: str) -> None:
    assert grammar.format_money(amount, currency, lang) == expected


def test_format_date_in_words() -> None:
    assert grammar.format_date(date(2026, 8, 3), "en") == "3 August 2026"
    assert grammar.format_date(date(2026, 8, 3), "fr") == "3 août 2026"


def test_add_business_days_skips_weekends() -> None:
    friday = date(2026, 11, 27)
    assert grammar.add_business_days(friday, 1) == date(2026, 11, 30)
    assert grammar.add_business_days(friday, 5) == date(2026, 12, 4)
    assert grammar.add_business_days(friday, 0) == friday


@pytest.mark.parametrize(
    ("size", "reason", "category", "expected"),
    [
        ("M", "too_small", "tops", "L"),
        ("M", "too_large", "tops", "S"),
        ("XS", "too_large", "tops", "XXS"),
        ("3XL", "too_small", "tops", None),
        ("38", "too_small", "trousers", "40"),
        ("38", "too_small", "shoes", "39"),
        ("W30", "too_large", "jeans", "W29"),
        ("75B", "too_small", "underwear", None),
        ("M", "defective", "tops", None),
        (None, "too_small", "tops", None),
    ],
)
def test_neighbouring_size(size: str | None, reason: str, category: str, expected: str | None) -> None:
    assert grammar.neighbouring_size(size, reason, category) == expected


def test_apology_follows_shop_fault_and_late_delivery() -> None:
    assert grammar.apologises_for("wrong_item") and grammar.apologises_for("arrived_late")
    assert not grammar.apologises_for("no_longer_needed") and not grammar.apologises_for("too_small")


def test_fill_leaves_unknown_slots_visible() -> None:
    filled = grammar.fill("Hi {first_name}, {unknown}", {"first_name": "Ana"})
    assert filled == "Hi Ana, {unknown}"
    assert grammar.leftover_slots(filled) == ["{unknown}"]
