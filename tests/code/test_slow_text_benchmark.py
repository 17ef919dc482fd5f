"""`benchmarks/slow_text.py` finds the patterns a module holds without a hand-kept list, and its adversarial texts
are as long as a request takes."""

from __future__ import annotations

import re
import types

from benchmarks import slow_text
from features.text import MAX_TEXT_CHARS


def test_every_pattern_a_module_holds_is_found_with_each_rule_tables_kind_as_one_alternation() -> None:
    module = types.ModuleType("shop_rules")
    module.COMPILED = re.compile(r"\bbroken\b")
    module.TABLE = {"fault": (r"\bscratch(?:ed)?\b", r"\bdent\w*"), "words": ("plain", "list")}

    class Reader:
        SIZE = re.compile(r"\d{2}")

    Reader.__module__ = module.__name__
    module.Reader = Reader
    found = {name: pattern.pattern for name, pattern in slow_text.patterns_of(module).items()}
    assert found == {
        "shop_rules.COMPILED": r"\bbroken\b",
        "shop_rules.Reader.SIZE": r"\d{2}",
        "shop_rules.TABLE[0]": r"\bscratch(?:ed)?\b",
        "shop_rules.TABLE[1]": r"\bdent\w*",
        "shop_rules.TABLE kind 0 (any of 2)": r"(?:\bscratch(?:ed)?\b)|(?:\bdent\w*)",
    }


def test_the_texts_are_as_long_as_a_request_takes_and_made_of_the_patterns_own_words() -> None:
    texts = slow_text.own_texts(re.compile(r"\b(?:torn|ripped) seams?\b"))
    assert "'torn' repeated" in texts and texts["'torn' repeated"].startswith("torn torn ")
    assert {len(text) for text in (*texts.values(), *slow_text.generic_texts().values())} == {MAX_TEXT_CHARS}
