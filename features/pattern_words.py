"""The words a rule pattern cannot match without, read from its text.

A rule table's kind is tested on every text, and most texts hold none of the words its patterns need ("broke",
"faulty", « cassé »): a substring test settles those far faster than `re` trying each alternative at each position.
The reading is conservative: a piece of the pattern it does not understand needs nothing, and a pattern it cannot
read at all needs no words (it is always scanned). Like `features.pattern_rewrite`, it reads the pattern's text
(`features.pattern_text`), not `re`'s private parser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from features.pattern_text import alternatives, group_end, sets_inline_flags, tokens

# A repeat of the piece before it, and its least count ("{2,}", "{,3}", "?", "*", "+").
_REPEAT = re.compile(r"[?*+]|\{(\d*)(?:,\d*)?\}")
# Groups whose text is a pattern that a match holds: non-capturing, capturing, named.
_MATCHED_GROUP = re.compile(r"\((?:\?:|\?P<\w+>|(?!\?))")
# Escapes of a letter or digit that are no class or anchor: a character by its code ("\u00e9", "\x41", "\N{...}"),
# which this reading would take for the letters and digits written, or a back-reference.
_CLASS_OR_ANCHOR_ESCAPES = frozenset("bBwWdDsSAZ")


def _least_count(pattern: str, index: int) -> tuple[int, int]:
    """How many times the piece before `index` must occur (1 when no repeat follows it) and where the pattern goes on
    after the repeat (a lazy or possessive repeat's mark included)."""
    repeat = _REPEAT.match(pattern, index)
    if repeat is None:
        return 1, index
    least = 1 if repeat.group(0) == "+" else int(repeat.group(1) or 0) if repeat.group(0).startswith("{") else 0
    end = repeat.end()
    return least, end + 1 if pattern[end : end + 1] in ("?", "+") else end


def _literal(token: str) -> str | None:
    """The one character a token matches as itself, or None (a set, ".", an anchor, a class or a group's mark)."""
    if token.startswith("\\"):
        return token[1] if len(token) == 2 and not token[1].isalnum() else None
    return token if len(token) == 1 and token not in "()[].^$|?*+{}" else None


def _sequence_words(sequence: str) -> frozenset[str] | None:
    """The best set of words one of which every match of `sequence` (one alternative, no top-level "|") holds: a run of
    literal characters, or a group that must occur; the set whose shortest word is the longest (it rules out most
    texts). None when no piece of it is needed."""
    choices: list[frozenset[str]] = []
    run = ""
    index = 0
    while index < len(sequence):
        token = next(tokens(sequence, index))[1]
        if token == "(":
            end = group_end(sequence, index)
            opening = _MATCHED_GROUP.match(sequence, index)
            inner = _pattern_words(sequence[opening.end() : end - 1]) if opening else None
        else:
            end = index + len(token)
            inner = None
        least, index = _least_count(sequence, end)
        character = _literal(token) if token != "(" else None
        if character is not None and least >= 1:
            run += character
            if index > end:  # a repeated character: what follows it is not next to this run
                choices.append(frozenset({run}))
                run = ""
            continue
        if run:
            choices.append(frozenset({run}))
            run = ""
        if inner is not None and least >= 1:
            choices.append(inner)
    if run:
        choices.append(frozenset({run}))
    return max(choices, key=lambda words: min(map(len, words)), default=None)


def _pattern_words(pattern: str) -> frozenset[str] | None:
    each = [_sequence_words(alternative) for alternative in alternatives(pattern)]
    if any(words is None for words in each):
        return None
    return frozenset().union(*each)


@cache
def needed_words(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` holds (r"\\bbroke (?:off|down)" -> {"broke "}), or None when its
    text does not tell (an alternative with no literal word that must occur, or inline flags)."""
    if sets_inline_flags(pattern) or any(
        token[0] == "\\" and token[1:].isalnum() and token[1:] not in _CLASS_OR_ANCHOR_ESCAPES
        for _, token in tokens(pattern)
    ):
        return None
    return _pattern_words(pattern)


def may_match(pattern: str, text: str) -> bool:
    """False only when `pattern` cannot match anywhere in `text`: the text holds none of its `needed_words`."""
    words = needed_words(pattern)
    return words is None or any(word in text for word in words)


def patterns_that_may_match(patterns: Iterable[str], text: str) -> Iterator[str]:
    """The patterns, in their order, that `may_match` the text: scanning the others, one by one or joined (`re` tries
    each alternative at each position), finds nothing and was most of the cost of reading a text."""
    return (pattern for pattern in patterns if may_match(pattern, text))
