"""Rule patterns rewritten to read an alternative's words before the assertions it opens with.

Many rule patterns open with a row of look-behinds ("(?<!\\bi )(?<!\\bwe )...\\bcollect it"), which `re` tries at
every position of a text before it reads the one word the alternative needs. Looking ahead for what follows the
assertions first changes no match (every assertion is still tested wherever the words are), and a position without
the words then fails at once. The rewrite reads the pattern's text (groups, sets, escapes), not `re`'s private parser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A back-reference or a conditional group, read ahead of the group it refers to, would find the group unset.
_REFERS_TO_A_GROUP = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
# Inline flags: verbose mode reads spaces and "#" otherwise than this module's reading of a pattern does.
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")
# The assertions an alternative may open with: a word boundary, or a look-behind or look-ahead group.
_ASSERTION_OPENINGS = ("\\b", "(?<!", "(?<=", "(?!", "(?=")


def _set_end(pattern: str, start: int) -> int:
    """The index just after the character set that opens at `start` ("[" ... "]"; a "]" first in it is literal)."""
    index = start + 1
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    if index < len(pattern) and pattern[index] == "]":
        index += 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index + 1


def _tokens(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The pattern's pieces from `start`, each with where it begins: an escape with the character it escapes, a whole
    character set, else one character (so a parenthesis or "|" token is one of the pattern's own)."""
    index = start
    while index < len(pattern):
        end = index + 2 if pattern[index] == "\\" else _set_end(pattern, index) if pattern[index] == "[" else index + 1
        yield index, pattern[index:end]
        index = end


def _group_end(pattern: str, start: int) -> int:
    """The index just after the group that opens at `start` (a parenthesis)."""
    depth = 0
    for index, token in _tokens(pattern, start):
        depth += (token == "(") - (token == ")")
        if depth == 0:
            return index + 1
    raise ValueError(f"unbalanced group at {start} in {pattern!r}")


def _alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives (split at each "|" outside groups and sets)."""
    pieces, depth, begin = [], 0, 0
    for index, token in _tokens(pattern):
        depth += (token == "(") - (token == ")")
        if token == "|" and depth == 0:
            pieces.append(pattern[begin:index])
            begin = index + 1
    return [*pieces, pattern[begin:]]


def _after_opening_assertions(alternative: str) -> str:
    """The alternative without the zero-width assertions it opens with."""
    index = 0
    while opening := next((o for o in _ASSERTION_OPENINGS if alternative.startswith(o, index)), None):
        index = index + len(opening) if opening == "\\b" else _group_end(alternative, index)
    return alternative[index:]


def _without_groups(pattern: str) -> str:
    """The pattern with each capturing group made non-capturing (it matches the same text, numbering no group)."""
    pieces, name_end = [], 0
    for index, token in _tokens(pattern):
        if index < name_end:
            continue
        if pattern.startswith("(?P<", index):
            name_end = pattern.index(">", index) + 1
            pieces.append("(?:")
        else:
            pieces.append("(?:" if token == "(" and not pattern.startswith("(?", index) else token)
    return "".join(pieces)


def opened_by_its_words(pattern: str) -> str:
    """The pattern with each top-level alternative that opens with look-arounds first looking ahead for what follows
    them: the same matches, groups and spans, but a position where the alternative's words are absent fails at once
    instead of after every look-around. A word boundary the alternative opens with stays first (it is cheaper than
    the look-ahead and rules out most positions). An alternative that refers to a group (a back-reference, a
    conditional group) is kept as it is, and so is a pattern that sets inline flags."""
    if _INLINE_FLAGS.search(pattern):
        return pattern
    rewritten = []
    for alternative in _alternatives(pattern):
        rest = _after_opening_assertions(alternative)
        opening = alternative[: len(alternative) - len(rest)]
        if "(?" not in opening or not rest or _REFERS_TO_A_GROUP.search(rest):
            rewritten.append(alternative)
            continue
        boundary = "\\b" if opening.startswith("\\b") else ""
        rewritten.append(f"{boundary}(?={_without_groups(rest)}){alternative[len(boundary) :]}")
    return "|".join(rewritten)
