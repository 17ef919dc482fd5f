"""A rule pattern's text read as `re` reads it: its pieces (an escape, a whole character set, one character), where
a group ends, its top-level alternatives, and whether it sets inline flags. `features.pattern_rewrite` and
`features.pattern_words` read patterns through it rather than through `re`'s private parser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Inline flags: verbose mode reads spaces and "#" otherwise than this module's reading of a pattern does.
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")


def sets_inline_flags(pattern: str) -> bool:
    """Whether the pattern sets inline flags ("(?i)", "(?x:...)"): its text is then not read as this module reads it."""
    return _INLINE_FLAGS.search(pattern) is not None


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


def tokens(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The pattern's pieces from `start`, each with where it begins: an escape with the character it escapes, a whole
    character set, else one character (so a parenthesis or "|" token is one of the pattern's own)."""
    index = start
    while index < len(pattern):
        end = index + 2 if pattern[index] == "\\" else _set_end(pattern, index) if pattern[index] == "[" else index + 1
        yield index, pattern[index:end]
        index = end


def group_end(pattern: str, start: int) -> int:
    """The index just after the group that opens at `start` (a parenthesis)."""
    depth = 0
    for index, token in tokens(pattern, start):
        depth += (token == "(") - (token == ")")
        if depth == 0:
            return index + 1
    raise ValueError(f"unbalanced group at {start} in {pattern!r}")


def alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives (split at each "|" outside groups and sets)."""
    pieces, depth, begin = [], 0, 0
    for index, token in tokens(pattern):
        depth += (token == "(") - (token == ")")
        if token == "|" and depth == 0:
            pieces.append(pattern[begin:index])
            begin = index + 1
    return [*pieces, pattern[begin:]]
