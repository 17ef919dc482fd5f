"""Rule patterns rewritten to read an alternative's words before the assertions it opens with.

Many rule patterns open with a row of look-behinds ("(?<!\\bi )(?<!\\bwe )...\\bcollect it"), which `re` tries at
every position of a text before it reads the one word the alternative needs. Looking ahead for what follows the
assertions first changes no match (every assertion is still tested wherever the words are), and a position without
the words then fails at once. The rewrite reads the pattern's text (`features.pattern_text`), not `re`'s private
parser.
"""

from __future__ import annotations

import re

from features.pattern_text import alternatives, group_end, sets_inline_flags, tokens

# A back-reference or a conditional group, read ahead of the group it refers to, would find the group unset.
_REFERS_TO_A_GROUP = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
# The assertions an alternative may open with: a word boundary, or a look-behind or look-ahead group.
_ASSERTION_OPENINGS = ("\\b", "(?<!", "(?<=", "(?!", "(?=")


def _after_opening_assertions(alternative: str) -> str:
    """The alternative without the zero-width assertions it opens with."""
    index = 0
    while opening := next((o for o in _ASSERTION_OPENINGS if alternative.startswith(o, index)), None):
        index = index + len(opening) if opening == "\\b" else group_end(alternative, index)
    return alternative[index:]


def _without_groups(pattern: str) -> str:
    """The pattern with each capturing group made non-capturing (it matches the same text, numbering no group)."""
    pieces, name_end = [], 0
    for index, token in tokens(pattern):
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
    if sets_inline_flags(pattern):
        return pattern
    rewritten = []
    for alternative in alternatives(pattern):
        rest = _after_opening_assertions(alternative)
        opening = alternative[: len(alternative) - len(rest)]
        if "(?" not in opening or not rest or _REFERS_TO_A_GROUP.search(rest):
            rewritten.append(alternative)
            continue
        boundary = "\\b" if opening.startswith("\\b") else ""
        rewritten.append(f"{boundary}(?={_without_groups(rest)}){alternative[len(boundary) :]}")
    return "|".join(rewritten)
