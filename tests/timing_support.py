"""How long a call takes against another, for the tests that hold a reader linear in its text's length (a pattern
tried from every character, or a rule searched on the whole text before every match, is quadratic): they compare a
longer text with a shorter one and leave a margin for a busy machine rather than hold an absolute time."""

from __future__ import annotations

import time
from collections.abc import Callable


def slowdown(longer: Callable[[], object], shorter: Callable[[], object], repeats: int = 3) -> float:
    """The fastest of `repeats` calls of `longer` over the fastest of `shorter`.

    The calls alternate, so a burst of the machine's other work lands on both sides rather than on all of one; the
    other work only ever adds time, so the fastest call of each is the nearest to its own cost."""
    longest = shortest = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        shorter()
        middle = time.perf_counter()
        longer()
        end = time.perf_counter()
        shortest, longest = min(shortest, middle - start), min(longest, end - middle)
    return longest / shortest
