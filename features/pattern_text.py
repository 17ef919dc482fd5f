"""A rule pattern's text read as `re` reads it: its pieces (an escape, a whole character set, one character), where
a group ends, its top-level alternatives, and whether it sets inline flags. `features.pattern_rewrite` and
`features.pattern_words` read patterns through it rather than through `re`'s private parser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Inline flags: verbose mode reads spaces and "#" otherwise than this module's reading of a pattern does.
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")


def sets_inline_flags(pattern: str) -> bool:
    """Whether the pattern sets inline flags ("(?i)", "(?x:...)"): its text is then not read as this module reads it."""
    return _INLINE_FLAGS.search(pattern) is not None


# A pattern's piece: an escape with the character it escapes, a whole character set ("]" first in it, after an
# optional "^", is literal; a set not closed runs to the end), else one character.
_TOKEN = re.compile(r"\\.?|\[\^?\]?(?:\\.?|[^\]\\])*\]?|.", re.DOTALL)


def token_at(pattern: str, index: int) -> str:
    """The pattern's piece that begins at `index` (see `tokens`)."""
    return _TOKEN.match(pattern, index).group()


def tokens(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The pattern's pieces from `start`, each with where it begins: an escape with the character it escapes, a whole
    character set, else one character (so a parenthesis or "|" token is one of the pattern's own)."""
    return ((token.start(), token.group()) for token in _TOKEN.finditer(pattern, start))


def pieces(pattern: str, start: int = 0) -> list[str]:
    """The pattern's pieces from `start` (those of `tokens`, without where each begins)."""
    return _TOKEN.findall(pattern, start)


def group_end(pattern: str, start: int) -> int:
    """The index just after the group that opens at `start` (a parenthesis)."""
    end = _group_ends(pattern).get(start)
    if end is None:
        raise ValueError(f"unbalanced group at {start} in {pattern!r}")
    return end


@lru_cache(maxsize=1024)
def _group_ends(pattern: str) -> dict[int, int]:
    """Where each group of the pattern that is closed opens, and the index just after it: read in one pass (asked group
    by group, the pieces after each were read again for each, most of a rule table's first reading)."""
    ends, opened, index = {}, [], 0
    for token in pieces(pattern):
        if token == "(":
            opened.append(index)
        elif token == ")" and opened:
            ends[opened.pop()] = index + 1
        index += len(token)
    return ends


def alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives (split at each "|" outside groups and sets)."""
    if "|" not in pattern:
        return [pattern]
    found, depth, begin, index = [], 0, 0, 0
    for token in pieces(pattern):
        depth += (token == "(") - (token == ")")
        if token == "|" and depth == 0:
            found.append(pattern[begin:index])
            begin = index + 1
        index += len(token)
    return [*found, pattern[begin:]]
