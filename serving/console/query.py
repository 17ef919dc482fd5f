"""A console address gives each query parameter once.

Every page reads a parameter as one value (a filter, a list's name, the page confirmed, where a sign-in goes next);
given twice, which copy counted was the parser's choice (the last): `/console/lists?list=allow&list=block` opened the
block list's form under a link that named both. `OneValueEachMiddleware` refuses such an address before any page
reads it, naming the parameter, so no page can take a copy without a word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from starlette.datastructures import QueryParams
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from features.text import quoted_cut

# The copies of a repeated parameter a refusal quotes.
QUOTED_COPIES = 3


def repeated_parameter(params: QueryParams) -> str | None:
    """Why `params` cannot be read, naming its first parameter given more than once, or None."""
    counts = Counter(name for name, _value in params.multi_items())
    name = next((name for name, count in counts.items() if count > 1), None)
    if name is None:
        return None
    copies = ", ".join(quoted_cut(value, 40) for value in params.getlist(name)[:QUOTED_COPIES])
    return f"The parameter {quoted_cut(name, 40)} is given {counts[name]} times ({copies}): give it once."


class OneValueEachMiddleware:
    """Answers a request whose query string repeats a parameter with `refuse(why)` (the console's 400 page)."""

    def __init__(self, app: ASGIApp, refuse: Callable[[str], Response]) -> None:
        self.app = app
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (why := repeated_parameter(QueryParams(scope["query_string"]))):
            await self.refuse(why)(scope, receive, send)
            return
        await self.app(scope, receive, send)
