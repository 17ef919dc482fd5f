"""The words a rule pattern needs: every match holds one of them, so a text without them is skipped unscanned."""

import re

import pytest

from features.customer_asks.complaints import _NOT_AS_DESCRIBED, _QUALITY_COMPLAINT
from features.customer_asks.faults import FAULTS
from features.customer_asks.fit import DIRECTION, UNFIXABLE
from features.customer_asks.hardship import _HARDSHIP
from features.customer_asks.requests import ASKED_OUTRIGHT, REQUESTS
from features.customer_asks.sizes import ORDERED, REJECTED, USUAL, WANTED
from features.handover import TRIGGERS
from features.injury import _TABLES
from features.pattern_words import may_match, needed_words, patterns_that_may_match
from features.tables import read_table
from features.text import match_view
from triage.settings import get_settings


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bbroke (?:off|down)\b", {"broke "}),
        (r"\b(?:faulty|defect\w*|dead on arrival)\b", {"faulty", "defect", "dead on arrival"}),
        # the longest word that must occur; an optional character ends a run
        (r"\bdoes ?n[o']?t (?:working|charging)", {"working", "charging"}),
        (r"(?:my )?zip(?:per)? (?:is )?stuck", {"stuck"}),
        (r"x{2,}yz|a+b", {"yz", "a"}),
        # escaped marks are themselves; look-arounds need nothing
        (r"(?<!\bi )collect\.? it(?= now)", {"collect"}),
        (r"(?P<size>\d+) ?(?:cm|mm)", {"cm", "mm"}),
    ],
)
def test_a_pattern_needs_its_literal_words(pattern: str, words: set[str]) -> None:
    assert needed_words(pattern) == words


@pytest.mark.parametrize(
    "pattern",
    [r"\d+ ?\w?", r"(?:a|)b?", r"\u00e9t\u00e9", r"\x41bc?", r"(?i)broken", r"(a)\1", r"[ab]+\w*"],
    ids=["no word", "empty alternative", "code escape", "hex escape", "inline flags", "back-reference", "sets"],
)
def test_a_pattern_whose_words_it_cannot_tell_needs_none_and_is_always_scanned(pattern: str) -> None:
    assert needed_words(pattern) is None
    assert may_match(pattern, "")


def test_only_the_patterns_whose_words_a_text_holds_are_scanned_in_their_order() -> None:
    patterns = (r"\bfaulty\b", r"\d+ ?cm", r"\bbroke (?:off|down)\b", r"\bstuck\b")
    possible = patterns_that_may_match(patterns, "the strap broke off, 3 cm from the buckle")
    assert list(possible) == [r"\d+ ?cm", r"\bbroke (?:off|down)\b"]
    # patterns first asked about after the text was scanned need words the scan did not look for
    later = (r"\bfrom the buckle\b", r"\bstrap snapped\b")
    assert list(patterns_that_may_match(later, "the strap broke off, 3 cm from the buckle")) == [later[0]]


def test_a_text_holding_none_of_a_tables_words_is_scanned_for_the_patterns_that_need_none_in_their_order() -> None:
    patterns = (r"\bscratched\b", r"\d+ ?\w?", r"\bdented\b", r"[ab]+\w*")
    text = "fine otherwise, 12 cm wide"
    assert [pattern for pattern in patterns if may_match(pattern, text)] == [patterns[1], patterns[3]]
    assert list(patterns_that_may_match(patterns, text)) == [patterns[1], patterns[3]]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    returns = read_table("returns", get_settings().sample_data_dir)
    return [match_view(text) for text in returns["reason_text"].astype(str).sample(400, random_state=1)]


def _patterns() -> list[str]:
    tables = [
        FAULTS,
        ASKED_OUTRIGHT,
        REQUESTS,
        UNFIXABLE,
        _HARDSHIP,
        DIRECTION,
        _QUALITY_COMPLAINT,
        *TRIGGERS.values(),
    ]
    lists = [
        REJECTED,
        WANTED,
        USUAL,
        ORDERED,
        _NOT_AS_DESCRIBED,
        *(table.patterns for tables in _TABLES.values() for table in tables),
    ]
    in_tables = (pattern for table in tables for patterns in table.values() for pattern in patterns)
    return sorted({*in_tables, *(pattern for patterns in lists for pattern in patterns)})


def test_every_match_of_a_rule_pattern_holds_one_of_its_needed_words(texts: list[str]) -> None:
    read = [pattern for pattern in _patterns() if needed_words(pattern) is not None]
    assert len(read) > 0.9 * len(_patterns())
    matched = 0
    for pattern in read:
        words = needed_words(pattern)
        for text in texts:
            for match in re.finditer(pattern, text):
                matched += 1
                assert any(word in match.group(0) for word in words), (pattern, match.group(0))
    assert matched > 100


def test_the_patterns_that_may_match_are_those_whose_words_a_substring_test_finds(texts: list[str]) -> None:
    # one scan finds a text's words for every table (`features.words_present`): it must leave the same patterns
    tables = [tuple(_patterns()), *(tuple(patterns) for patterns in FAULTS.values())]
    for text in texts:
        for patterns in tables:
            expected = [pattern for pattern in patterns if may_match(pattern, text)]
            assert list(patterns_that_may_match(patterns, text)) == expected, text
