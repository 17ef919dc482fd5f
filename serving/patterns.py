"""The API's character rules as JSON Schema patterns (ECMA-262 regular expressions), for its description.

Built from this Python's Unicode tables, which the service's own checks (`serving.api`) read, so a client generated
from the description sends no text or identifier the service refuses on these rules, and refuses to send none it
takes. The patterns hold character classes of `\\uXXXX` escapes (code points past the Basic Multilingual Plane as
themselves), read alike by ECMA-262 with its `u` flag, Python and Rust; the lookaheads are read by all three too.
"""

from __future__ import annotations

import functools
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Literal

from features.text import NOT_IN_IDENTIFIERS

# Hangul syllables compose by arithmetic, not by the decomposition table: a leading consonant (L) and a vowel (V)
# make an LV syllable, an LV syllable and a trailing consonant (T) an LVT one.
_HANGUL_L = range(0x1100, 0x1113)
_HANGUL_V = range(0x1161, 0x1176)
_HANGUL_T = range(0x11A8, 0x11C3)
_HANGUL_LV = range(0xAC00, 0xD7A4, 28)
_HANGUL_SYLLABLES = range(0xAC00, 0xD7A4)


def class_ranges(chars: Iterable[str]) -> str:
    """A regular expression's character class ranges holding exactly `chars`: a code point of the Basic Multilingual
    Plane as `\\uXXXX` (as ECMA-262, Python and Rust read it), one past it as itself."""
    runs: list[tuple[int, int]] = []
    for point in sorted(map(ord, chars)):
        if runs and runs[-1][1] == point - 1:
            runs[-1] = (runs[-1][0], point)
        else:
            runs.append((point, point))
    spelled = [
        (f"\\u{first:04x}" if first <= 0xFFFF else chr(first), f"\\u{last:04x}" if last <= 0xFFFF else chr(last))
        for first, last in runs
    ]
    return "".join(first if first == last else f"{first}-{last}" for first, last in spelled)


def _any_of(chars: Iterable[str]) -> str:
    return f"[{class_ranges(chars)}]"


def _out_of_order(classes: list[int], marks_in: Callable[[list[int]], str]) -> list[str]:
    """Alternatives matching two adjacent marks whose canonical combining classes (`classes`, sorted) are out of
    order, the first's above the second's: the pairs across the middle class are one alternative, those on either
    side of it are found the same way, so each mark is spelled about log2(len(classes)) times."""
    if len(classes) < 2:
        return []
    lower, upper = classes[: len(classes) // 2], classes[len(classes) // 2 :]
    return [f"{marks_in(upper)}{marks_in(lower)}", *_out_of_order(lower, marks_in), *_out_of_order(upper, marks_in)]


@functools.cache
def identifier_pattern(form: Literal["NFC", "NFKC"] = "NFKC") -> str:
    """What `serving.api.plain_identifier` accepts, exactly: printable characters (none of `NOT_IN_IDENTIFIERS`), no
    surrounding spaces, Unicode NFKC (`form`; a size: NFC).

    A text is in NFKC exactly when it is in NFC and none of its characters is in another form under NFKC alone (a
    full-width letter, a ligature: a compatibility character, or one whose canonical decomposition holds one): then
    its NFKD is its NFD, and NFKC, the NFC of that, is the text. So the allowed characters are those NFKC keeps, and
    the rest is NFC's.

    A text is in NFC exactly when (a) none of its characters changes under NFC alone (a compatibility singleton such
    as the Ohm sign, a composition exclusion), (b) the combining marks after each character are in canonical order,
    and (c) no character meets a mark NFC composes it with or moves inside it: "e" then U+0301, "ǘ" then U+0323 (whose
    class sorts it before the accents "ǘ" holds), a Hangul LV syllable then a trailing consonant. For (c) a mark is
    met across the marks of lower classes between (a mark of its own class blocks it); a mark of class 0 only right
    after the character. (a) is the allowed class, (b) and (c) lookaheads no string holding such a pair passes.
    """
    points = (chr(point) for point in range(sys.maxunicode + 1))
    allowed = [
        char
        for char in points
        if unicodedata.category(char) not in NOT_IN_IDENTIFIERS and unicodedata.is_normalized(form, char)
    ]
    combining = {char: unicodedata.combining(char) for char in allowed}
    marks_by_class: dict[int, list[str]] = defaultdict(list)
    for char, value in combining.items():
        if value:
            marks_by_class[value].append(char)
    classes = sorted(marks_by_class)

    def marks_in(chosen: list[int]) -> str:
        return _any_of(char for value in chosen for char in marks_by_class[value])

    disorder = _out_of_order(classes, marks_in)
    composing = []
    for (value, starters), marks in sorted(_composing_pairs(allowed, combining).items(), key=lambda item: item[1]):
        below = [lower for lower in classes if lower < value]
        between = f"{marks_in(below)}*" if value and below else ""
        composing.append(f"{_any_of(starters)}{between}{_any_of(marks)}")
    spaces = class_ranges(char for char in allowed if char.isspace())
    return (
        f"^(?![{spaces}])(?!.*[{spaces}]$)(?!.*(?:{'|'.join(disorder)}))(?!.*(?:{'|'.join(composing)}))"
        f"{_any_of(allowed)}+$"
    )


def _composing_pairs(allowed: list[str], combining: dict[str, int]) -> dict[tuple[int, frozenset[str]], list[str]]:
    """The marks NFC joins to or moves into a character before them, grouped by (their class, those characters).

    Only the characters of canonical decompositions take part: the first of a pair (or a precomposed character
    holding marks) before a mark that appears second in one. Hangul is added by its arithmetic."""
    starters: set[str] = set()
    seconds: set[str] = set()
    for char in allowed:
        decomposition = unicodedata.decomposition(char)
        if decomposition and not decomposition.startswith("<") and ord(char) not in _HANGUL_SYLLABLES:
            first, *rest = (chr(int(point, 16)) for point in decomposition.split())
            starters.update({char, first})
            seconds.update(rest)
    starters = {char for char in starters if combining.get(char) == 0}
    groups: dict[tuple[int, frozenset[str]], list[str]] = defaultdict(list)
    for mark in sorted(seconds & combining.keys()):
        joined = frozenset(char for char in starters if not unicodedata.is_normalized("NFC", char + mark))
        if joined:
            groups[(combining[mark], joined)].append(mark)
    groups[(0, frozenset(map(chr, _HANGUL_L)))].extend(map(chr, _HANGUL_V))
    groups[(0, frozenset(map(chr, _HANGUL_LV)))].extend(map(chr, _HANGUL_T))
    return groups
