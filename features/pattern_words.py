"""The words a rule pattern cannot match without, read from its text.

A rule table's kind is tested on every text, and most texts hold none of the words its patterns need ("broke",
"faulty", « cassé »): a substring test settles those far faster than `re` trying each alternative at each position.
The reading is conservative: a piece of the pattern it does not understand needs nothing, and a pattern it cannot
read at all needs no words (it is always scanned). Like `features.pattern_rewrite`, it reads the pattern's text
(`features.pattern_text`), not `re`'s private parser.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from features.pattern_text import alternatives, group_end, pieces, sets_inline_flags, token_at
from features.words_present import WordsPresent

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
        token = token_at(sequence, index)
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


@cache  # rule patterns are built of shared pieces (a list of sizes, of verbs): each piece is read once
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
        for token in pieces(pattern)
    ):
        return None
    return _pattern_words(pattern)


def may_match(pattern: str, text: str) -> bool:
    """False only when `pattern` cannot match anywhere in `text`: the text holds none of its `needed_words`."""
    words = needed_words(pattern)
    return words is None or any(word in text for word in words)


def may_read(pattern: re.Pattern[str], text: str) -> bool:
    """`may_match` for a compiled pattern: False only when it cannot match in `text`. Compiled with a flag that changes
    what its words match (`re.IGNORECASE`, `re.VERBOSE`...), it may always."""
    return pattern.flags != re.UNICODE or may_match(pattern.pattern, text)


@dataclass(frozen=True)
class _Table:
    """Patterns asked about together, each with its `needed_words`, and how many words the vocabulary held once it
    held all of theirs; every word any of them needs, and those that need none (always scanned), in their order."""

    needs: tuple[tuple[str, frozenset[str] | None], ...]
    known_at: int
    words: frozenset[str]
    always: tuple[str, ...]


# Every word needed by the patterns asked about so far, in the order first asked: it only grows, so its first n words
# stay the same, and a table whose words were all known at n is read whole by a scan of the first n.
_VOCABULARY: dict[str, None] = {}
_VOCABULARY_GROWS = threading.Lock()


@cache
def _table(patterns: tuple[str, ...]) -> _Table:
    needs = tuple((pattern, needed_words(pattern)) for pattern in patterns)
    with _VOCABULARY_GROWS:
        _VOCABULARY.update(dict.fromkeys(word for _, words in needs for word in words or ()))
        known_at = len(_VOCABULARY)
    words = frozenset(word for _, needed in needs for word in needed or ())
    return _Table(needs, known_at, words, tuple(pattern for pattern, needed in needs if needed is None))


@lru_cache(maxsize=1)
def _scan(known: int) -> WordsPresent:
    """The scan of the vocabulary's first `known` words, built again only when a text is read after it grew."""
    with _VOCABULARY_GROWS:
        return WordsPresent(list(_VOCABULARY)[:known])


@lru_cache(maxsize=64)
def _words_in(text: str) -> tuple[int, frozenset[str]]:
    """How many of the vocabulary's words a text was scanned for, and those it holds (a text is asked about by many
    tables in turn: it is scanned once)."""
    known = len(_VOCABULARY)
    return known, _scan(known).in_text(text)


def patterns_that_may_match(patterns: Iterable[str], text: str) -> Iterator[str]:
    """The patterns, in their order, that `may_match` the text: scanning the others, one by one or joined (`re` tries
    each alternative at each position), finds nothing and was most of the cost of reading a text. The text's words
    are found in one scan (`features.words_present`) rather than by a substring test per word and pattern, which was
    itself a twelfth of a served triage."""
    table = _table(tuple(patterns))
    known, present = _words_in(text)
    if known < table.known_at:  # the text was scanned before these patterns' words were known
        return (pattern for pattern, _ in table.needs if may_match(pattern, text))
    # Most tables (four in five on sample texts) need none of the words a text holds: one test for the table
    # rather than one per pattern.
    if table.words.isdisjoint(present):
        return iter(table.always)
    return (pattern for pattern, words in table.needs if words is None or not words.isdisjoint(present))
