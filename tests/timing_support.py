"""How long a call takes, for the tests that hold a reader linear in its text's length (a pattern tried from every
character, or a rule searched on the whole text before every match, is quadratic): they compare 10x the text with
a margin for a busy machine rather than an absolute time."""

from __future__ import annotations

import time
from collections.abc import Callable


def fastest(call: Callable[[], object], repeats: int = 3) -> float:
    """The fastest of `repeats` calls, in seconds: the machine's other work only ever adds time."""
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        timings.append(time.perf_counter() - start)
    return min(timings)
