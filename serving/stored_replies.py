"""The reply as stored in the prediction log: the customer's name replaced by a placeholder.

The request's `customer_name` is stored as a pseudonym; a reply stored as drafted ("Hello Olivia,")
would undo that. The log keeps `{customer_name}` where the draft greeted the customer, the API
answers with the name, and a retried request answered from the log gets the name put back. The
console shows stored drafts with the placeholder, as a mail-merge field the shop's mailer fills.
"""

from __future__ import annotations

import re
from typing import Any

NAME_PLACEHOLDER = "{customer_name}"
_REPLY_TEXTS = ("subject", "body")


def _replace_in_reply(result: dict[str, Any], pattern: re.Pattern[str], replacement: str) -> dict[str, Any]:
    reply = result.get("reply")
    if not reply:
        return result
    changed = {key: pattern.sub(lambda _: replacement, reply[key]) for key in _REPLY_TEXTS if reply.get(key)}
    return result | {"reply": reply | changed}


def _as_greeted(name: str | None) -> str | None:
    """`name` as a draft greets it: without the spaces around it (`models.reply_drafter.ReplyCase`), which the API's
    `customer_name` and the history's first names keep as typed."""
    return (name or "").strip() or None


def without_name(result: dict[str, Any], name: str | None) -> dict[str, Any]:
    """A copy of an API result (JSON form) whose reply has `name` as greeted, a whole word, replaced by the placeholder.
    Looked for as typed, a name with a space around it (" Olivia ") was not found in "Hello Olivia,", and the log kept
    the customer's name in clear."""
    name = _as_greeted(name)
    if not name:
        return result
    return _replace_in_reply(result, re.compile(rf"(?<!\w){re.escape(name)}(?!\w)"), NAME_PLACEHOLDER)


def with_name(result: dict[str, Any], name: str | None) -> dict[str, Any]:
    """A stored result (JSON form) with the placeholder replaced by `name` as greeted (left as is when unknown)."""
    name = _as_greeted(name)
    if not name:
        return result
    return _replace_in_reply(result, re.compile(re.escape(NAME_PLACEHOLDER)), name)
