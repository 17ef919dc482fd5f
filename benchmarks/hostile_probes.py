"""Hostile and careless inputs against a running service (issue 16): every API route and the console,
with the values that broke it before or that only a database could refuse (NUL, very long values,
integers past 32 and 64 bits, dates at the ends of the calendar, invisible characters, NaN).

    .venv/bin/python benchmarks/hostile_probes.py --url http://127.0.0.1:3000 --key KEY \
        --agent NAME --password PASSWORD [--json out.json]

Run it against SQLite and PostgreSQL (`TRIAGE_DATABASE_URL`) services alike: the answers must not
differ and none may be a 5xx, a hang or a dropped connection, markup rendered as HTML, a console form
taken without its session's CSRF token, or a `?saved=` sentence the console repeats. Prints the status
counts and every failure; writes them and each probe's status as JSON with `--json` (compare two runs'
`answers`); exits 1 when any probe failed.
The agent (`triage agents create`) lets it probe the console's forms; without one they are skipped.

It also sends what a careless client or proxy gets wrong below the JSON (`body_probes`,
`route_probes`, `wire_probes`): bodies of 50 MB, 100,000 returns or a 5 MB text, nesting 100,000
deep, repeated top-level keys, wrong, missing and repeated media types, a gzip bomb, a body that
never ends or is shorter than declared, odd methods, trailing slashes and query strings on every
route, long and many headers, malformed request lines and headers; and (`slow_clients`) holds many
connections that trickle their headers and bodies that never end while timing the calls of others.
Every answer must come within `--answer-seconds` (the body probes: the service's body timeout,
`TRIAGE_REQUEST_BODY_SECONDS`, plus that), and the others' calls must keep being answered in time, also
while `--heavy-clients` send the largest calls the API takes (`heavy_calls`).

The third round (`value_probes`, `console_value_probes`) sends every text field unicode edge cases as JSON
escapes, every number field the wrong JSON type or a value past every limit, dates moved past the calendar by
their offset and "now" written in far time zones, one return twice in a call, feedback and console forms with
codes outside the taxonomy and fields missing or sent twice; and every route's trailing slash with a forged
Host header, whose redirect must not name that host.

The fourth round sends request heads past `TRIAGE_MAX_REQUEST_HEAD_BYTES` (a 100 KB header or key, a 1 MB
URL, 20,000 headers, 64 MB headers to the API and the console: 431), chunked bodies (valid, over the body
limit, a chunk size of 10^30), console forms (signed in and out) of 600,000 fields or a 1.9 MB field, and holds
half of the slow connections without sending anything: each held connection must be answered 408 within
`--head-seconds` (`TRIAGE_REQUEST_HEAD_SECONDS`) plus `--answer-seconds`.

The fifth round sends requests pipelined on one connection (`pipelined_probes`): valid calls before and after a
head over twice the limit or one never finished; each call before it must get its answer, in order, before the
refusal, and nothing after a refused head is answered.

The sixth round sends every field and form a style sheet and an image with a script (none may reach a page
unescaped), 1,500 lines and a spreadsheet formula; and pipelines a head of 1.5 limits (431), bytes that are not
HTTP (400) and a head never finished (408) behind a call, each refusal after the call's answer.

The eighth round adds the session's extension (`/console/session/extend`: without a token, another session's, a
form past the limits, a GET), the page a sign-in opens next (`next` on the page and in the form: another
host, a scheme, backslashes, markup, 10,000 characters; the redirect must stay on the service) and block-list
entries whose note holds markup, a style sheet or a formula, on the SKU and customer of a return
triaged before them and of one triaged after (its rule names them): both return pages must show the note escaped.

The ninth round sends calls at the call budget (`MAX_CALL_TEXT_CHARS`) and one code point past it, in `returns` and in
`texts`, in ASCII, accented, emoji, combining, right-to-left and zero-width characters (the refusal must name the
field), refusals of a rule between two fields (naming the field), the emoji call in JSON's escapes (past the body
limit first: 413), 256 and 257 one-character texts; feedback with ids of 64 ASCII or emoji and an edited reply of
5,000 characters of each kind, and one past each; the console's forms at their limits (a reply of 5,000, the edited
reply's one limit since the tenth round, a note of 2,000, a list value of 128) and one past (400 naming the field) on
returns of such ids; and the console's pages with texts of 5,000 characters of one word, right to left, zero-width or
stacked accents and names of one word at their limits: each page 200 and, where Playwright is installed, laid out
within a 390 px and a 1,360 px window.

The tenth round sends what a client or proxy gets wrong at the HTTP level: a 100 KB request line, 1,000 headers
(within the head limit: answered) and 1,000 of 100 bytes (past it: 431), chunk sizes that are no hex number, a chunk
longer than its size, a chunk extension, a Content-Length of 0 before a body, bodies sent a byte a second (whole
within `--body-seconds`: answered; longer, or a byte short of their Content-Length: 408), deflate and br bodies; JSON
with a key twice inside a return, its history or a feedback record (422 naming the key's place), a text of arrays
10,000 deep, prices of 1e999; one feedback record posted ten times at once (one stored id for all ten); the queue's
`before` cursor at and past its limits and paging parameters it does not take (the same page); and a session cookie
kept after its agent signed out (every page sends to sign-in, no form is taken).

The eleventh round sends the console's pages and forms hostile query strings (unknown parameters, every parameter
twice, values of 10 KB, percent-escapes that are no UTF-8; an unknown parameter is read as absent, a known one
refused naming it), every queue filter with values outside its set and sort parameters the queue does not take (the
same rows as without); feedback correcting a return never triaged, one of another shop's ids, and one return to two
reasons by two agents at the same instant (both stored); the API key in a query string instead of the header (401,
and with `--service-log` the key nowhere in the service's log); and many small calls on one kept-alive connection
(with `--service-pid`, the served processes' memory before and after).

The twelfth round holds conversations on one connection (`conversation_probes`, `converse`): `Expect: 100-continue`
taken at its word (the body sent only once the service asks; a refusal from the head, 413, 401, 415, comes without a
100; a body asked for and never sent gets 408; an HTTP/1.0 client is never sent a 100) and HTTP/1.0's framing (no
Host, closed after the answer, a chunked body answered then closed, the console's redirect); numbers a parser reads
as 0 though not written as 0 (`-0`, `-0.0`, `1e-400`: 422 naming the field) and keys written with an escape that
repeat another once read (`pr\\u0069ce`); text that folds into markup (fullwidth and small-form angle brackets, tag
characters) in a reason text and the names, which neither the answer nor the console page may show as markup.

The fourteenth round posts every console form with the session's cookie and token from another site (its Origin, a
Referer alone, Origin "null", a host that only starts like the service's): 403 naming another site, nothing taken,
and the same forms from the console's own origin taken; asks unknown paths under /console by every method, signed in
and out (the console's 404 page with its headers, a wrong method on a page still 405); reads each answer's
Content-Length against the body sent on the wire (pages, API answers, refusals, redirects, static files, 404s,
HEAD); triages returns whose text holds bidirectional overrides left open, isolates, zero-width characters and
markup, and reads their pages (markup escaped, the text in a block of its own, so an override ends with it); and
saves decisions with notes at, and past, their limit.

The fifteenth round sends ids that read as another (full-width "Ｒ１", a ligature "ﬁ-1", a no-break space, a circled
digit: not in Unicode NFKC) in every id field (422), and retries a return with the same instants written at other
offsets (200, the stored answer: it was 409 "a different request").
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import datetime
import gzip
import html
import http.client
import json
import re
import socket
import sys
import time
import urllib.parse
import uuid
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from features.text import MAX_REPLY_CHARS, MAX_TEXT_CHARS
from serving.api import EXAMPLE_EN, MAX_BATCH, MAX_CALL_TEXT_CHARS
from serving.console.review import MAX_NOTE_CHARS
from serving.console.security import SESSION_COOKIE
from serving.stores.risk_lists import MAX_VALUE_CHARS

# Values a field of each kind should refuse (or hold) without the database ever seeing a problem.
STRINGS = {
    "nul": "R\x00 1",
    "zero-width": "R\u200b1",
    "bidi": "\u202eR1",
    "65 chars": "R" * 65,
    "10,000 chars": "R" * 10_000,
    "surrounding spaces": " R1 ",
    "dot segment": "..",
    "slash": "a/b",
    "emoji": "R🙂1",
    "combining": "Re\u03011",
    "lone surrogate": "R\ud8001",
    "markup": "<b onmouseover=alert(1)>R1</b>",
    "styles": "</textarea></style><style>*{display:none}</style><img src=x onerror=alert(1)>R1",
    "many lines": "R1\n" * 1_500,
    "formula": '=HYPERLINK("http://evil.example","R1")',
}
# Ids that read as another, in Unicode NFKC (full-width, a ligature, a no-break space, a circled digit): refused.
READ_AS_ANOTHER = {
    "full-width": "\uff32\uff11",
    "ligature": "\ufb01-1",
    "no-break space": "R\u00a01",
    "circled": "R\u2460",
}
NUMBERS = {
    "NaN": "NaN",
    "Infinity": "Infinity",
    "-Infinity": "-Infinity",
    "1e308": "1e308",
    "10^400": "1" + "0" * 400,
    "1e999": "1e999",
    "-1e999": "-1e999",
    "-0.0": "-0.0",
    "2^31": str(2**31),
    "2^63": str(2**63),
    "10^30": "1" + "0" * 30,
    "-1": "-1",
    "0.005": "0.005",
    "string": '"89.0"',
}
DATES = [
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "1600-01-03T00:00:00Z",
    "1970-01-01T00:00:00Z",
    "2038-01-19T03:14:08Z",
    "2026-02-30T00:00:00Z",
    "2026-10-08T18:30:00.123456789Z",
    "3000-01-01T00:00:00Z",
]


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _raw(body: dict[str, Any], field: str, literal: str) -> str:
    """`body` as JSON with `field` (of its first return, or top level) replaced by a raw JSON literal."""
    marker = f"@@{uuid.uuid4().hex}@@"
    target = body["returns"][0] if "returns" in body else body
    path = field.split(".")
    for key in path[:-1]:
        target = target.setdefault(key, {})
    target[path[-1]] = marker
    return json.dumps(body).replace(f'"{marker}"', literal)


def _triage_body(**fields: Any) -> dict[str, Any]:
    return {"returns": [copy.deepcopy(EXAMPLE_EN) | {"return_id": f"RP{uuid.uuid4().hex[:12]}"} | fields]}


def api_probes(triaged: str) -> Iterator[tuple[str, str, str, str]]:
    """(probe name, method, path, raw JSON body) for the API routes."""
    string_fields = ("return_id", "customer_id", "order_id", "sku", "size", "customer_email_hash", "customer_name")
    for field in (*string_fields, "product_name", "reason_text", "currency", "lang"):
        for name, value in STRINGS.items():
            yield f"/triage {field} {name}", "POST", "/triage", json.dumps(_triage_body(**{field: value}))
    for name, literal in NUMBERS.items():
        yield f"/triage price {name}", "POST", "/triage", _raw(_triage_body(), "price", literal)
        yield (
            f"/triage customer_history.returns_last_30d {name}",
            "POST",
            "/triage",
            _raw(_triage_body(), "customer_history.returns_last_30d", literal),
        )
        yield f"/admin/reload wait_seconds {name}", "POST", "/admin/reload", _raw({}, "wait_seconds", literal)
    for field in ("order_date", "delivery_date", "request_date"):
        for value in DATES:
            yield f"/triage {field} {value}", "POST", "/triage", json.dumps(_triage_body(**{field: value}))
    for field in ("return_id", "agent_id", "edited_reply"):
        for name, value in STRINGS.items():
            record = {"return_id": triaged, "agent_id": "agent-1", "reason_accepted": True}
            record |= {"reply_status": "edited", "edited_reply": "Hello"} if field == "edited_reply" else {}
            yield f"/feedback {field} {name}", "POST", "/feedback", json.dumps(record | {field: value})
    for name, value in STRINGS.items():
        yield f"/classify text {name}", "POST", "/classify", json.dumps({"texts": [value]})
    yield from edge_probes(triaged)


# Numbers only a JSON reader sees: past a double, past 64 bits, past Python's 4,300-digit int limit.
BIG_NUMBERS = {"1e309": "1e309", "2^64": str(2**64), "5,000 digits": "9" * 5_000, "-0": "-0", "1E1": "1E1"}
# Dates in forms ISO 8601 allows or almost does, and zones at the edges.
MORE_DATES = [
    "2026-10-08T18:30:00+14:00",
    "2026-10-08T18:30:00-12:00",
    "2026-10-08T18:30:00+24:00",
    "2026-10-08T18:30:00-00:00",
    "2026-10-08t18:30:00z",
    "2026-10-08 18:30:00Z",
    "2026-W41-4",
    "2026-281",
    "20261008T183000Z",
    "2026-10-08T18:30:60Z",
    "+2026-10-08T18:30:00Z",
    "0001-01-01",
    "9999-12-31T23:59:59.999999Z",
]
# Codes in another case or form than the taxonomy's.
CODE_VARIANTS = {
    "currency": ["gbp", "GBP ", "£", "XXX"],
    "lang": ["EN", "en-GB", "eng", "fr_FR"],
    "reason_code": ["TOO_SMALL", "Too_Small", "too small", "unknown_reason"],
    "product_category": ["Shoes", "SHOES", "shoe"],
}


def edge_probes(triaged: str) -> Iterator[tuple[str, str, str, str]]:
    """Bodies that are JSON but not the request, batch sizes at and over the limit, numbers and dates at
    the edges of what the readers hold, codes in another case, feedback retried with another body."""
    for name, body in (
        ("a list", "[]"),
        ("a string", '"x"'),
        ("a number", "1"),
        ("null", "null"),
        ("true", "true"),
        ("empty object", "{}"),
        ("list of an object", "[{}]"),
        ("returns empty", '{"returns": []}'),
        ("returns null", '{"returns": null}'),
        ("returns an object", '{"returns": {}}'),
    ):
        for path in ("/triage", "/classify", "/feedback"):
            yield f"{path} body {name}", "POST", path, body
    for size in (256, 257):
        returns = [_triage_body()["returns"][0] for _ in range(size)]
        yield f"/triage {size} returns", "POST", "/triage", json.dumps({"returns": returns})
        yield f"/classify {size} texts", "POST", "/classify", json.dumps({"texts": ["too small"] * size})
    long_text = _triage_body(reason_text="x" * 5_000)["returns"][0]
    yield "/triage 52 returns of 5,000 characters", "POST", "/triage", json.dumps({"returns": [long_text] * 52})
    yield "/classify 52 texts of 5,000 characters", "POST", "/classify", json.dumps({"texts": ["x" * 5_000] * 52})
    good, bad = _triage_body()["returns"][0], _triage_body(price=-1)["returns"][0]
    yield "/triage one bad return among good ones", "POST", "/triage", json.dumps({"returns": [good, bad]})
    yield (
        "/triage a repeated key inside a return",
        "POST",
        "/triage",
        json.dumps(_triage_body()).replace('"currency": "GBP"', '"currency": "GBP", "currency": "EUR"'),
    )
    for name, literal in BIG_NUMBERS.items():
        yield f"/triage price {name}", "POST", "/triage", _raw(_triage_body(), "price", literal)
        yield f"/admin/reload wait_seconds {name}", "POST", "/admin/reload", _raw({}, "wait_seconds", literal)
    for value in MORE_DATES:
        yield f"/triage request_date {value}", "POST", "/triage", json.dumps(_triage_body(request_date=value))
    for field, values in CODE_VARIANTS.items():
        for value in values:
            yield f"/triage {field} {value}", "POST", "/triage", json.dumps(_triage_body(**{field: value}))
    for value in CODE_VARIANTS["reason_code"]:
        record = {"return_id": triaged, "agent_id": "agent-1", "reason_accepted": False, "corrected_reason": value}
        yield f"/feedback corrected_reason {value}", "POST", "/feedback", json.dumps(record)
    unknown = {"return_id": f"RP{uuid.uuid4().hex[:12]}", "agent_id": "agent-1", "reason_accepted": True}
    yield "/feedback for a return never triaged", "POST", "/feedback", json.dumps(unknown)
    for attempt, corrected in enumerate(("too_large", "too_large", "defective")):
        record = {"return_id": triaged, "agent_id": "agent-1", "reason_accepted": False, "corrected_reason": corrected}
        yield f"/feedback retried {attempt + 1} ({corrected})", "POST", "/feedback", json.dumps(record)


# Text as JSON literals (escapes a client may send that `json.dumps` never writes), in every text field.
UNICODE_LITERALS = {
    "lone high surrogate escape": '"R\\ud800x"',
    "lone low surrogate escape": '"R\\udc00x"',
    "reversed surrogate pair escape": '"R\\udc00\\ud800x"',
    "NUL escape": '"R\\u0000x"',
    "only a NUL escape": '"\\u0000"',
    "RTL mark": json.dumps("R\u200f1"),
    "RTL embedding and text": json.dumps("\u202bR1 \u05e9\u05dc\u05d5\u05dd\u202c"),
    "zero-width joiner emoji": json.dumps("R\U0001f469\u200d\U0001f469\u200d\U0001f467"),
    "only invisible": json.dumps("\u200b\u200d\u200f\ufeff"),
    "byte-order mark inside": json.dumps("\ufeffR1"),
    "noncharacters": json.dumps("R\uffff\U0010ffff"),
    "line and paragraph separators": json.dumps("R\u20281\u2029"),
    "fullwidth": json.dumps("\uff32\uff11"),
    "4-byte emoji x 5,000": json.dumps("\U0001f642" * 5_000),
    "4-byte emoji x 5,001": json.dumps("\U0001f642" * 5_001),
    "combining marks x 4,999": json.dumps("e" + "\u0301" * 4_999),
}
TRIAGE_TEXT_FIELDS = (
    "return_id",
    "customer_id",
    "order_id",
    "sku",
    "product_category",
    "currency",
    "reason_text",
    "reason_code",
    "lang",
    "customer_name",
    "customer_email_hash",
    "product_name",
    "product_name_lang",
    "size",
)
FEEDBACK_TEXT_FIELDS = (
    "return_id",
    "agent_id",
    "corrected_reason",
    "final_decision",
    "reply_status",
    "edited_reply",
    "inspection_outcome",
)
# Numbers as the wrong JSON type or past what a double or a database column holds, in every number field.
NUMBER_LITERALS = {
    "a string": '"3"',
    "a float": "3.5",
    "1e400": "1e400",
    "-0": "-0",
    "-0.0": "-0.0",
    "2^63": str(2**63),
    "-2^63-1": str(-(2**63) - 1),
    "4,301 digits": "9" * 4_301,
    "true": "true",
    "a list": "[3]",
    "an object": '{"n": 3}',
}
NUMBER_FIELDS = (
    "price",
    "customer_history.returns_last_30d",
    "customer_history.returns_last_90d",
    "customer_history.returns_last_365d",
    "customer_history.free_returns_used",
    "customer_history.confirmed_abuse_count",
    "customer_history.account_age_days",
)
# Identifiers and booleans given as numbers.
ID_LITERALS = {"an int": "12345", "a float": "1.5", "1e400": "1e400", "-0": "-0", "2^64": str(2**64), "true": "true"}
# What a lax reader takes for a boolean, and whether it read it as true: `reason_accepted` read "no" and 0 as false
# (with a corrected reason, stored as an agent's label) and "yes" and 1 as true.
BOOLEAN_LITERALS = {"0": False, "0.0": False, '"false"': False, '"no"': False, '"off"': False, '"0"': False}
BOOLEAN_LITERALS |= {"1": True, '"true"': True, '"yes"': True}
# Dates at the calendar's ends with offsets that move them past it, offsets at and past +-24 h, other forms.
FAR_DATES = [
    "0001-01-01T00:00:00+23:59",
    "0001-01-01T00:30:00+01:00",
    "9999-12-31T23:59:59-23:59",
    "9999-12-31T23:30:00-01:00",
    "2026-10-08T18:30:00+24:00",
    "2026-10-08T18:30:00+23:59:59",
    "2026-10-08T18:30:00+05:30:00.5",
    "2026-10-08T18:30:00+0530",
    "2026-10-08T18:30:00 +05:30",
    "2026-10-08T18:30:00Z+01:00",
    "2026-10-08T18:30:00[Europe/Paris]",
    "2026-10-08T18:30:00+01:00[Europe/Paris]",
    "-2026-10-08T18:30:00Z",
    "10000-01-01T00:00:00Z",
    "2026-10-08T18:30:00.1234567890123456789Z",
]
FAR_DATE_LITERALS = {
    "epoch seconds": "1760000000",
    "epoch as a float": "1760000000.5",
    "1e400": "1e400",
    "null": "null",
}


def _at(moment: datetime.datetime, offset_hours: int) -> str:
    """`moment` (UTC) written in the local time of a zone `offset_hours` from UTC."""
    zone = datetime.timezone(datetime.timedelta(hours=offset_hours))
    return moment.astimezone(zone).isoformat(timespec="seconds")


def value_probes(triaged: str) -> Iterator[tuple[str, str, str, str, int | tuple[int, ...] | None]]:
    """(probe name, method, path, raw JSON body, the status it must get or None: any 2xx-4xx) for the
    third round: unicode edge cases in every text field, numbers of the wrong type or past every limit
    in every number field, ids and booleans as numbers, dates past the calendar by their offset and
    now written in far time zones, one return id twice in one call, feedback outside the taxonomy."""
    for field in TRIAGE_TEXT_FIELDS:
        for name, literal in UNICODE_LITERALS.items():
            yield f"/triage {field} {name}", "POST", "/triage", _raw(_triage_body(), field, literal), None
    for field in FEEDBACK_TEXT_FIELDS:
        for name, literal in UNICODE_LITERALS.items():
            record = {"return_id": triaged, "agent_id": "agent-1", "reason_accepted": field != "corrected_reason"}
            record |= {"reply_status": "edited", "edited_reply": "x"} if field == "edited_reply" else {}
            yield f"/feedback {field} {name}", "POST", "/feedback", _raw(record, field, literal), None
    for name, literal in UNICODE_LITERALS.items():
        yield f"/classify text {name}", "POST", "/classify", '{"texts": [' + literal + "]}", None
        yield (
            f"/classify langs {name}",
            "POST",
            "/classify",
            '{"texts": ["too small"], "langs": [' + literal + "]}",
            422,
        )
    # The fifteenth round: ids that read as another (NFKC changes them) were other returns, and a retry writing its
    # moments in another offset was 409 "a different request".
    for field in ("return_id", "customer_id", "order_id", "sku"):  # a size is NFC only: "7½" is a half size
        for name, value in READ_AS_ANOTHER.items():
            yield f"/triage {field} {name}", "POST", "/triage", json.dumps(_triage_body(**{field: value})), 422
    retried = _triage_body()
    yield "/triage a return in UTC", "POST", "/triage", json.dumps(retried), 200
    retried["returns"][0] |= {"request_date": "2026-10-08T19:30:00+01:00", "order_date": "2026-10-02T05:15:00-04:00"}
    yield "/triage its retry with the same instants at other offsets", "POST", "/triage", json.dumps(retried), 200
    for count, expect in ((5_000, 200), (5_001, 422)):  # 5,000 characters are 10,000 UTF-16 units
        body = json.dumps(_triage_body(reason_text="\U0001f642" * count))
        yield f"/triage reason_text {count:,} 4-byte emoji", "POST", "/triage", body, expect
    history = {"returns_last_30d": 1, "returns_last_90d": 2, "returns_last_365d": 3, "account_age_days": 400.0}
    for field in NUMBER_FIELDS:
        for name, literal in NUMBER_LITERALS.items():
            body = _triage_body(customer_history=dict(history))
            yield f"/triage {field} {name}", "POST", "/triage", _raw(body, field, literal), None
    for field in ("return_id", "customer_id", "order_id", "sku", "size", "customer_name", "reason_text"):
        for name, literal in ID_LITERALS.items():
            yield f"/triage {field} as {name}", "POST", "/triage", _raw(_triage_body(), field, literal), 422
    for field in ("return_id", "agent_id", "reason_accepted"):
        for name, literal in ID_LITERALS.items():
            record = {"return_id": triaged, "agent_id": "agent-1", "reason_accepted": True}
            expect = None if (field, name) == ("reason_accepted", "true") else 422
            yield f"/feedback {field} as {name}", "POST", "/feedback", _raw(record, field, literal), expect
    for literal, read_as in BOOLEAN_LITERALS.items():
        record = {"return_id": triaged, "agent_id": "agent-1", "reason_accepted": read_as}
        record |= {} if read_as else {"corrected_reason": "too_large"}  # what that reading would have stored
        body = _raw(record, "reason_accepted", literal)
        yield f"/feedback reason_accepted as {literal}", "POST", "/feedback", body, 422
    for field in ("order_date", "delivery_date", "request_date"):
        for value in FAR_DATES:
            yield f"/triage {field} {value}", "POST", "/triage", json.dumps(_triage_body(**{field: value})), None
        for name, literal in FAR_DATE_LITERALS.items():
            yield f"/triage {field} as {name}", "POST", "/triage", _raw(_triage_body(), field, literal), 422
    now = datetime.datetime.now(datetime.UTC)
    dates = {"order_date": _at(now - datetime.timedelta(days=3), -12)}
    dates |= {"delivery_date": _at(now - datetime.timedelta(days=1), 14)}
    # The same moment, an hour ago, written in the far zones: a past moment, whatever its local time says.
    for offset in (14, -12):
        body = _triage_body(**dates, request_date=_at(now - datetime.timedelta(hours=1), offset))
        yield f"/triage request_date an hour ago at UTC{offset:+d}", "POST", "/triage", json.dumps(body), 200
        body = _triage_body(**dates, request_date=_at(now + datetime.timedelta(hours=1), offset))
        yield f"/triage request_date in an hour at UTC{offset:+d}", "POST", "/triage", json.dumps(body), 422
    same = _triage_body()["returns"][0]
    yield "/triage one return twice in a call", "POST", "/triage", json.dumps({"returns": [same, same]}), None
    other = same | {"reason_text": "It arrived broken."}
    yield "/triage one return id twice, two bodies", "POST", "/triage", json.dumps({"returns": [same, other]}), 409
    bodies = [_triage_body()["returns"][0] for _ in range(3)]
    yield "/triage a return twice among others", "POST", "/triage", json.dumps({"returns": [*bodies, bodies[1]]}), None
    for field, values in (
        ("corrected_reason", ["fit", "size", "other ", "None", "", "too_small,too_large"]),
        ("final_decision", ["refund_everything", "FREE_RETURN", "", "null"]),
        ("reply_status", ["maybe", "SENT_AS_IS", ""]),
        ("inspection_outcome", ["exploded", "", "Confirmed_Abuse"]),
    ):
        for value in values:
            record = {"return_id": triaged, "agent_id": "agent-1", "reason_accepted": field != "corrected_reason"}
            yield f"/feedback {field} {value!r}", "POST", "/feedback", json.dumps(record | {field: value}), 422


# The ninth round's characters for calls at the call budget: it counts code points, as a text's 5,000 does, so an
# accented letter written with a combining mark is two and an emoji one. Each text starts with a visible letter (a
# text of zero-width spaces alone is blank).
BUDGET_UNITS = {
    "ASCII": "x",
    "2-byte": "\u00e9",
    "4-byte emoji": "\U0001f642",
    "combining marks": "e\u0301",
    "right-to-left with marks": "\u05e9\u200f",
    "zero-width spaces": "\u200b",
}
# The calls at the budget a worker spends model time on (the others are refused before any model runs).
BUDGET_TRIAGED = ("ASCII", "4-byte emoji", "combining marks")
# How long a call at the budget may take: model time for 256,000 characters, on a loaded machine.
BUDGET_SECONDS = 55.0
# A probe of the ninth round: name, path, body, the status it must get, and the field a refusal must name.
Probe = tuple[str, str, bytes, int, str | None]


def budget_texts(unit: str, total: int) -> list[str]:
    """Texts of `unit` repeated after a letter, at most MAX_TEXT_CHARS code points each, `total` in all."""
    sizes = [MAX_TEXT_CHARS] * (total // MAX_TEXT_CHARS) + [total % MAX_TEXT_CHARS] * bool(total % MAX_TEXT_CHARS)
    return [("a" + unit * size)[:size] for size in sizes]


def _utf8(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode()


def budget_probes() -> Iterator[Probe]:
    """Calls at the call budget and one code point past it, in `returns` and in `texts`, each kind of character
    sent as UTF-8; the same emoji call written with JSON's escapes (12 bytes an emoji: the body limit refuses it
    first); and calls of many one-character texts, where the number of rows is the limit."""
    for name, unit in BUDGET_UNITS.items():
        for total, expect in ((MAX_CALL_TEXT_CHARS, 200), (MAX_CALL_TEXT_CHARS + 1, 422)):
            texts = budget_texts(unit, total)
            yield f"/classify {total:,} characters of {name}", "/classify", _utf8({"texts": texts}), expect, "texts"
            if expect == 422 or name in BUDGET_TRIAGED:
                returns = [_triage_body(reason_text=text)["returns"][0] for text in texts]
                body = _utf8({"returns": returns})
                yield f"/triage {total:,} characters of {name}", "/triage", body, expect, "returns"
    texts = budget_texts(BUDGET_UNITS["4-byte emoji"], MAX_CALL_TEXT_CHARS)
    escaped = json.dumps({"texts": texts}).encode()
    yield f"/classify {MAX_CALL_TEXT_CHARS:,} emoji as JSON escapes", "/classify", escaped, 413, None
    for rows, expect in ((MAX_BATCH, 200), (MAX_BATCH + 1, 422)):
        returns = [_triage_body(reason_text="x")["returns"][0] for _ in range(rows)]
        yield f"/triage {rows} returns of one character", "/triage", _utf8({"returns": returns}), expect, "returns"
        yield f"/classify {rows} texts of one character", "/classify", _utf8({"texts": ["x"] * rows}), expect, "texts"


# Ids at their 64 code points: ASCII, and emoji (4 bytes each in UTF-8, 2 units in UTF-16).
LONGEST_IDS = {"64 ASCII": "R" * 64, "64 emoji": "\U0001f642" * 64}


def feedback_limit_probes(triaged: str, longest: dict[str, str]) -> Iterator[Probe]:
    """/feedback with its ids and its edited reply at their limits and one code point past them; `longest` maps
    LONGEST_IDS' names to returns triaged under those ids."""
    base = {"return_id": triaged, "agent_id": "agent-1", "reason_accepted": True}
    for name, return_id in longest.items():
        yield f"/feedback return_id of {name}", "/feedback", _utf8(base | {"return_id": return_id}), 200, None
    yield "/feedback return_id of 65 ASCII", "/feedback", _utf8(base | {"return_id": "R" * 65}), 422, "return_id"
    for name, agent in LONGEST_IDS.items():
        yield f"/feedback agent_id of {name}", "/feedback", _utf8(base | {"agent_id": agent}), 200, None
        past = agent + agent[-1]
        yield f"/feedback agent_id of {name} and one", "/feedback", _utf8(base | {"agent_id": past}), 422, "agent_id"
    edited = base | {"reply_status": "edited"}
    for name, unit in BUDGET_UNITS.items():
        for size, expect in ((MAX_REPLY_CHARS, 200), (MAX_REPLY_CHARS + 1, 422)):
            reply = ("a" + unit * size)[:size]
            field = "edited_reply" if expect == 422 else None
            body = _utf8(edited | {"edited_reply": reply})
            yield f"/feedback edited_reply {size:,} characters of {name}", "/feedback", body, expect, field


def between_field_probes(triaged: str) -> Iterator[Probe]:
    """Refusals of a rule between two fields: each must name the field it requires or refuses."""
    base = {"return_id": triaged, "agent_id": "agent-1"}
    for fields, field in (
        ({"reason_accepted": False}, "corrected_reason"),
        ({"reason_accepted": True, "corrected_reason": "too_small"}, "corrected_reason"),
        ({"reason_accepted": True, "reply_status": "edited"}, "edited_reply"),
        ({"reason_accepted": True, "edited_reply": "Hello"}, "edited_reply"),
    ):
        yield f"/feedback {json.dumps(fields)}", "/feedback", _utf8(base | fields), 422, field
    for langs in (["en", "fr"], []):
        body = _utf8({"texts": ["too small"], "langs": langs})
        yield f"/classify one text, {len(langs)} langs", "/classify", body, 422, "langs"
    for field in ("delivery_date", "request_date"):
        body = _utf8(_triage_body(**{field: "2026-09-01T00:00:00Z"}))
        yield f"/triage {field} before order_date", "/triage", body, 422, f"returns.0.{field}"


# Texts of the longest a return holds, as they would try the console's pages: one word (no break), right to left
# with an override never closed, invisible but for one letter, accents stacked on one letter.
LONG_TEXTS = {
    "one word": ("Unbelievable" * 500)[:MAX_TEXT_CHARS],
    "right to left": ("\u202e" + "\u05d4\u05de\u05e2\u05d9\u05dc \u05e7\u05e8\u05d5\u05e2 " * 500)[:MAX_TEXT_CHARS],
    "zero-width": "a" + "\u200b\u200d\u2060" * 1_666,
    "stacked accents": "e" + "\u0301" * (MAX_TEXT_CHARS - 1),
}
# Names and ids of one word at their limits, shown in the page's head and the draft.
LONG_NAMES = {"customer_name": "N" * 100, "product_name": "P" * 200, "size": "S" * 12}


def json_edge_probes(triaged: str) -> Iterator[Probe]:
    """The tenth round's JSON a careless client writes: a key twice inside a return, its history or a feedback
    record (the 422 names the key's place), a text of arrays 10,000 deep, and bodies that are not UTF-8 JSON."""
    yield (
        "/triage price twice in a return",
        "/triage",
        _raw(_triage_body(), "price", '89.0, "price": 0.5').encode(),
        (422),
        "returns.0.price",
    )
    marker = f"@@{uuid.uuid4().hex}@@"
    two = {"returns": [*_triage_body()["returns"], _triage_body(price=marker)["returns"][0]]}
    twice = json.dumps(two).replace(f'"{marker}"', '89.0, "price": 0.5').encode()
    yield "/triage price twice in the second return", "/triage", twice, 422, "returns.1.price"
    history = _triage_body(customer_history={"returns_last_30d": 1, "returns_last_90d": 2, "returns_last_365d": 3})
    field = "customer_history.returns_last_30d"
    yield (
        "/triage a history count twice",
        "/triage",
        _raw(history, field, '1, "returns_last_30d": 9').encode(),
        (422),
        "returns.0.customer_history.returns_last_30d",
    )
    record = {"return_id": triaged, "agent_id": "agent-1", "reason_accepted": "@@"}
    both = json.dumps(record).replace('"@@"', 'true, "reason_accepted": false').encode()
    yield "/feedback reason_accepted twice", "/feedback", both, 422, "reason_accepted"
    deep = _raw(_triage_body(), "reason_text", "[" * 10_000 + "]" * 10_000).encode()
    yield "/triage reason_text of arrays nested 10,000 deep", "/triage", deep, 422, None
    # a number of 5,000 digits was "(body)": "Invalid JSON: number out of range", naming no field
    digits = "9" * 5_000
    yield (
        "/triage price of 5,000 digits",
        "/triage",
        _raw(_triage_body(), "price", digits).encode(),
        422,
        "returns.0.price",
    )
    record = {"return_id": triaged, "agent_id": "agent-1", "reason_accepted": True, "inspection_outcome": "@@"}
    long_number = json.dumps(record).replace('"@@"', f"-{digits}.5").encode()
    yield "/feedback a field of 5,000 digits", "/feedback", long_number, 422, "inspection_outcome"


# The console queue's one paging parameter is the `before` cursor (a log id, at most 2^31 - 1); the page size is a
# setting (`TRIAGE_CONSOLE_PAGE_SIZE`), so a `size` or `page` a client adds must change nothing.
QUEUE_PAGING = {
    "before=2147483647": 200,
    "before=1": 200,
    "before=2147483648": 400,
    "before=0": 400,
    "before=-2147483648": 400,
    **{f"{name}={value}": 200 for name in ("size", "page", "limit", "per_page") for value in ("0", "-1", "1000000")},
}


# Percent-escapes that decode to no UTF-8: a lone continuation byte, a byte no UTF-8 holds, a sequence cut short, a
# surrogate encoded, an overlong slash.
NOT_UTF8 = {"%FF": "%FF", "%80": "%80abc", "%C3%28": "%C3%28", "%E2%82": "%E2%82", "surrogate": "%ED%A0%80"}
NOT_UTF8 |= {"overlong slash": "%C0%AF"}
TEN_KB = "q" * 10_240
# Each queue filter with values outside its set (the valid ones in another case, padded, or none of them).
QUEUE_FILTERS = {
    "needs_review": ("yes", "1", "nul\x00", "none", "tru"),
    "handover": ("yes", "0", "on", "falsey"),
    "replied": ("yes", "2", "maybe", "FALSE\u200b"),
    "reason": ("TOO_SMALL", "too small", "too_small,too_large", "*", "%"),
    "risk_band": ("HIGH", "very_high", "*", "low,high", "0"),
    "decision": ("FREE_RETURN", "refund", "free_return;", "*"),
    "lang": ("EN", "de", "en-GB", "english", "*"),
    "customer": ("C000001", "A" * 64, "0" * 63, "0" * 65, "%", "*"),
    "before": ("1.5", "1e3", "0x10", "+5", "١٢"),
}
# Sorts the queue does not take: it lists the newest first whatever is asked.
QUEUE_SORTS = ("sort=id", "sort=-id", "order=asc", "order_by=reason_text", "sort=id;DROP TABLE predictions", "desc=1")


def query_string_probes(triaged: str) -> Iterator[tuple[str, str, str, int | tuple[int, ...] | None, str | None]]:
    """(probe name, method, path with a hostile query string, the status it must get, the field a 400 must name)
    for the console's pages (and its forms, whose query string nothing reads)."""
    pages = {
        "queue": "/console",
        "return page": f"/console/returns/{triaged}",
        "lists page": "/console/lists",
        "analytics": "/console/analytics",
        "policy page": "/policy/en",
        "sign-in page": "/console/sign-in",
    }
    for name, path in pages.items():
        shown = (200, 303) if path == "/console/sign-in" else 200  # a signed-in agent is sent on to the queue
        yield f"{name} unknown parameters", "GET", f"{path}?zz=1&__proto__=x&%5B%5D=1&a[b]=c", shown, None
        yield f"{name} unknown parameter of 10 KB", "GET", f"{path}?zz={TEN_KB}", shown, None
        # every page reads one copy of a parameter: an address giving one twice is refused, naming it
        yield f"{name} unknown parameter twice", "GET", f"{path}?zz=1&zz=2", 400, "zz"
        for escape, value in NOT_UTF8.items():
            yield f"{name} unknown parameter {escape}", "GET", f"{path}?zz={value}", shown, None
            yield f"{name} parameter named {escape}", "GET", f"{path}?{value}=1", shown, None
    for field in ("reason", "needs_review", "customer", "before", "saved"):
        expect = 200 if field == "saved" else 400
        named = None if field == "saved" else field
        yield f"queue {field} of 10 KB", "GET", f"/console?{field}={TEN_KB}", expect, named
        for escape, value in NOT_UTF8.items():
            yield f"queue {field} {escape}", "GET", f"/console?{field}={value}", expect, named
    # which copy counted was the parser's choice (the last): refused since, naming the first given twice
    yield "queue every filter twice", "GET", "/console?reason=too_small&reason=defective&lang=en&lang=fr", 400, "reason"
    yield "queue the cursor twice, the last refused", "GET", "/console?before=5&before=x", 400, "before"
    # more digits than Python's int() reads (4,300): its ValueError was a 500
    yield "queue cursor of 5,000 digits", "GET", "/console?before=" + "1" * 5000, 400, "before"
    # the block list's form opened under a link naming both lists
    yield "lists page list twice", "GET", "/console/lists?list=allow&list=block", 400, "list"
    yield "return page saved twice", "GET", f"/console/returns/{triaged}?saved=reason&saved=reply", 400, "saved"
    yield "sign-in page next twice", "GET", "/console/sign-in?next=/console&next=/console/lists", 400, "next"
    for field in ("list", "kind", "value", "pseudonym"):
        yield f"lists page {field} of 10 KB", "GET", f"/console/lists?{field}={TEN_KB}", (200, 400), field
        for escape, value in NOT_UTF8.items():
            yield f"lists page {field} {escape}", "GET", f"/console/lists?{field}={value}", (200, 400), field
    yield "sign-in page next of 10 KB", "GET", f"/console/sign-in?next={TEN_KB}", (200, 303), None
    for escape, value in NOT_UTF8.items():
        yield f"sign-in page next {escape}", "GET", f"/console/sign-in?next=/console{value}", (200, 303), None
        yield f"return page reason {escape}", "GET", f"/console/returns/{triaged}?reason={value}", 200, None
    for field, values in QUEUE_FILTERS.items():
        for value in values:
            query = urllib.parse.urlencode({field: value})
            yield f"queue filter {field}={value!r}", "GET", f"/console?{query}", 400, field


def queue_ids(page: str) -> list[str]:
    """The return ids a console queue page links to, in its order."""
    return re.findall(r'href="/console/returns/([^"?]+)', page)


KEY_PARAMETERS = ("api_key", "key", "access_token", "token", "apikey", "authorization")


def key_in_query_probes(key: str) -> Iterator[tuple[str, str, str]]:
    """(probe name, path, query) with the API key where no client should put it: the query string."""
    for path in ("/triage", "/classify", "/feedback"):
        for name in KEY_PARAMETERS:
            value = f"Bearer {key}" if name == "authorization" else key
            yield f"{path} key in the query as {name}", path, urllib.parse.urlencode({name: value})


def many_calls_on_one_connection(url: str, calls: int, classify_calls: int, key: str) -> dict[str, Any]:
    """`calls` GET /healthz and `classify_calls` one-text /classify on one kept-alive connection, one after the
    other: the statuses, and whether the connection stayed open."""
    address = urllib.parse.urlsplit(url)
    statuses: Counter[str] = Counter()
    reopened = 0
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
    text = json.dumps({"texts": ["The jeans are too small."]})
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    try:
        for number in range(calls + classify_calls):
            try:
                if number < calls:
                    connection.request("GET", "/healthz")
                else:
                    connection.request("POST", "/classify", body=text, headers=headers)
                answer = connection.getresponse()
                answer.read()
                statuses[str(answer.status)] += 1
            except (OSError, http.client.HTTPException) as error:
                statuses[type(error).__name__] += 1
            if connection.sock is None:  # closed by either side: the next call opens another
                reopened += 1
    finally:
        connection.close()
    return {"calls": calls, "classify_calls": classify_calls, "statuses": dict(statuses), "reopened": reopened}


def tree_rss_mb(pid: int) -> float:
    """Resident memory of process `pid` and its descendants (the server, its workers, the model process), MB."""
    import psutil

    root = psutil.Process(pid)
    return round(sum(process.memory_info().rss for process in (root, *root.children(recursive=True))) / 2**20, 1)


def queue_rows(page: str) -> int:
    """How many returns a console queue page lists."""
    return page.count('class="queue-row"')


def console_limit_forms(return_id: str) -> Iterator[tuple[str, str, dict[str, str], int, str | None]]:
    """(probe name, path, form, status, the field a 400 must name) for the console's forms at their limits."""
    path = f"/console/returns/{_quoted(return_id)}"
    yield "console reason correction", f"{path}/reason", {"reason": "too_large"}, 303, None
    for size, expect in ((MAX_REPLY_CHARS, 303), (MAX_REPLY_CHARS + 1, 400)):
        for name in ("ASCII", "4-byte emoji"):
            reply = "a" + BUDGET_UNITS[name] * (size - 1)
            field = "reply" if expect == 400 else None
            yield f"console reply of {size:,} {name}", f"{path}/reply", {"reply": reply}, expect, field
    for size, expect in ((MAX_NOTE_CHARS, 303), (MAX_NOTE_CHARS + 1, 400)):
        form = {"decision": "manual_review", "note": "n" * size}
        yield f"console decision note of {size:,}", f"{path}/decision", form, expect, "note" if expect == 400 else None
    value = f"probe-{uuid.uuid4().hex}"
    for size, expect in ((MAX_VALUE_CHARS, 303), (MAX_VALUE_CHARS + 1, 400)):
        entry = {"list": "block", "kind": "sku", "value": (value * 10)[:size], "note": "n" * MAX_NOTE_CHARS}
        field = "value" if expect == 400 else None
        yield f"console lists add value of {size}", "/console/lists/add", entry, expect, field
        yield f"console lists remove value of {size}", "/console/lists/remove", entry, expect, field
    entry = {"list": "block", "kind": "sku", "value": value, "note": "n" * (MAX_NOTE_CHARS + 1)}
    yield f"console lists add note of {MAX_NOTE_CHARS + 1:,}", "/console/lists/add", entry, 400, "note"


def page_widths(url: str, cookies: dict[str, str], paths: list[str]) -> dict[str, dict[str, int]] | None:
    """How wide each console page lays out (`scrollWidth`) in a 390 px phone's and a 1,360 px window, in
    Debian's Chromium through Playwright; None where Playwright is not installed."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    widths: dict[str, dict[str, int]] = {}
    host = urllib.parse.urlsplit(url).hostname
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for window in (390, 1360):
            context = browser.new_context(viewport={"width": window, "height": 900})
            context.add_cookies([{"name": n, "value": v, "domain": host, "path": "/"} for n, v in cookies.items()])
            tab = context.new_page()
            for path in paths:
                tab.goto(url + path)
                widths.setdefault(path, {})[str(window)] = tab.evaluate("document.documentElement.scrollWidth")
            context.close()
        browser.close()
    return widths


def _quoted(value: str) -> str:
    """`value` percent-encoded for a URL path or query, lone surrogates as the bytes a careless client sends."""
    return urllib.parse.quote(value.encode("utf-8", "surrogatepass"), safe="")


def _form(fields: dict[str, str]) -> bytes:
    return urllib.parse.urlencode(fields, encoding="utf-8", errors="surrogatepass").encode()


def console_probes(triaged: str) -> Iterator[tuple[str, str, str, dict[str, str] | None]]:
    """(probe name, method, path, form or None) for the console, signed in."""
    for name, value in STRINGS.items():
        yield f"console return page {name}", "GET", f"/console/returns/{_quoted(value)}", None
        yield f"console filter {name}", "GET", f"/console?reason={_quoted(value)}", None
        yield f"console lists page {name}", "GET", f"/console/lists?kind=sku&value={_quoted(value)}", None
    for value in ("0", "2147483648", "9223372036854775808", "99999999999999999999999", "²", "-1"):
        yield f"console cursor {value}", "GET", f"/console?before={_quoted(value)}", None
    for name, value in STRINGS.items():
        for field in ("needs_review", "risk_band", "decision", "lang", "handover", "saved"):
            yield f"console queue {field} {name}", "GET", f"/console?{field}={_quoted(value)}", None
        for field in ("reason", "saved"):
            yield (
                f"console return page {field} {name}",
                "GET",
                f"/console/returns/{triaged}?{field}={_quoted(value)}",
                None,
            )
        for field in ("list", "kind", "pseudonym", "return", "note", "saved"):
            yield f"console lists page {field} {name}", "GET", f"/console/lists?{field}={_quoted(value)}", None
        yield f"policy page {name}", "GET", f"/policy/{_quoted(value)}", None
        yield f"console static {name}", "GET", f"/console/static/{_quoted(value)}", None
    yield "console queue repeated reason", "GET", "/console?reason=too_small&reason=%3Cb%3Ex%3C%2Fb%3E", None
    yield "console queue repeated cursor", "GET", "/console?before=5&before=-1", None
    yield "console analytics", "GET", "/console/analytics", None
    for path in ("/console", f"/console/returns/{triaged}", "/console/lists", "/console/analytics", "/policy/en"):
        for method in ("PUT", "DELETE", "PATCH", "POST"):
            yield f"console {method} {path}", method, path, None
    for path in (
        f"/console/returns/{triaged}/decision",
        "/console/lists/add",
        "/console/session/extend",
        "/console/sign-out",
    ):
        yield f"console GET {path}", "GET", path, None
    for field, action in (("note", "decision"), ("reply", "reply"), ("reason", "reason"), ("decision", "decision")):
        for name, value in STRINGS.items():
            form = {"decision": "manual_review", "note": "checked"} if action == "decision" else {}
            yield (
                f"console {action} form {field} {name}",
                "POST",
                f"/console/returns/{triaged}/{action}",
                form | {field: value},
            )
    for change in ("add", "remove"):
        for field in ("value", "note"):
            for kind in ("sku", "customer"):
                for name, value in STRINGS.items():
                    form = {"list": "block", "kind": kind, "value": f"probe-{uuid.uuid4().hex[:8]}", "note": "probe"}
                    yield (
                        f"console lists {change} {kind} {field} {name}",
                        "POST",
                        f"/console/lists/{change}",
                        form | {field: value},
                    )


def console_value_probes(triaged: str) -> Iterator[tuple[str, str, bytes]]:
    """(probe name, path, form body without the CSRF token) for the third round: the console's forms
    posted by a signed-in agent with the unicode edge cases, values outside the taxonomy, a field
    repeated with two values, a field missing, and values of a megabyte."""
    values = {name: json.loads(literal) for name, literal in UNICODE_LITERALS.items()}
    values |= {"a megabyte": "x" * 1_000_000, "a number": "1e400", "markup": MARKUP}
    forms = {
        f"/console/returns/{triaged}/decision": {"decision": "manual_review", "note": "checked"},
        f"/console/returns/{triaged}/reason": {"reason": "too_large"},
        f"/console/returns/{triaged}/reply": {"reply": "Hello"},
        "/console/lists/add": {"list": "block", "kind": "sku", "value": "probe-value", "note": "probe"},
        "/console/lists/remove": {"list": "block", "kind": "sku", "value": "probe-value", "note": "probe"},
    }
    for path, form in forms.items():
        for field in form:
            for name, value in values.items():
                unique = {"value": f"probe-{uuid.uuid4().hex[:8]}"} if "value" in form and field != "value" else {}
                yield f"console {path} {field} {name}", path, _form(form | unique | {field: value})
            others = {key: value for key, value in form.items() if key != field}
            yield f"console {path} without {field}", path, _form(others)
            repeated = [*form.items(), (field, MARKUP)]
            yield f"console {path} {field} twice", path, urllib.parse.urlencode(repeated).encode()
    for value in ("refund_everything", "FREE_RETURN", "free_return ", "null", "-1"):
        path = f"/console/returns/{triaged}/decision"
        yield f"console decision outside the taxonomy {value!r}", path, _form({"decision": value, "note": "n"})
    for value in ("fit", "TOO_SMALL", "too_small ", "unknown_reason"):
        yield (
            f"console reason outside the taxonomy {value!r}",
            f"/console/returns/{triaged}/reason",
            _form({"reason": value}),
        )
    unknown = f"RP{uuid.uuid4().hex[:12]}"
    for action, form in (("decision", {"decision": "manual_review", "note": "n"}), ("reason", {"reason": "too_large"})):
        yield f"console {action} form for a return never triaged", f"/console/returns/{unknown}/{action}", _form(form)


API_PATHS = ("/triage", "/classify", "/feedback", "/admin/reload", "/admin/reload/status")
# Every route the service serves, and what each is called with (the console's as a signed-out client).
GET_ROUTES = (
    "/",
    "/healthz",
    "/livez",
    "/readyz",
    "/metrics",
    "/docs.json",
    "/schema.json",
    "/policy/en",
    "/console",
    "/console/sign-in",
    "/console/lists",
    "/console/analytics",
    "/console/static/plotly.min.js",
)
ODD_METHODS = ("OPTIONS", "TRACE", "PROPFIND", "CONNECT", "PURGE", "FOO")
# A query string no route reads: markup, a repeated key, a cursor and a page's worth of characters.
QUERY = {"a": [STRINGS["markup"], "2"], "before": "-1", "x": "y" * 5_000}


def body_probes() -> Iterator[tuple[str, str, bytes, dict[str, str], int | None]]:
    """(probe name, path, raw body, headers beyond the key, the status it must get or None: any 2xx-4xx)
    for bodies past the size limit and the parser's depth, repeated keys and media types."""
    good = json.dumps(_triage_body()).encode()
    one = _triage_body()["returns"][0]
    yield "/triage 50 MB body", "/triage", b'{"returns": [' + b" " * 50_000_000 + b"]}", {}, 413
    yield "/triage 100,000 returns", "/triage", json.dumps({"returns": [one] * 100_000}).encode(), {}, 413
    yield (
        "/triage a 5 MB reason text",
        "/triage",
        json.dumps(_triage_body(reason_text="x" * 5_000_000)).encode(),
        {},
        413,
    )
    yield (
        "/triage a 1.9 MB reason text",
        "/triage",
        json.dumps(_triage_body(reason_text="x" * 1_900_000)).encode(),
        {},
        422,
    )
    for path, field in (("/triage", "returns"), ("/classify", "texts"), ("/feedback", "return_id")):
        nested = b'{"%s": ' % field.encode() + b"[" * 100_000 + b"]" * 100_000 + b"}"
        yield f"{path} nested 100,000 deep", path, nested, {}, 422
        yield f"{path} objects nested 10,000 deep", path, b'{"a": ' * 10_000 + b"1" + b"}" * 10_000, {}, 422
    wide = json.dumps({"returns": [one | {f"k{n}": 0 for n in range(140_000)}]}).encode()
    yield "/triage a return of 140,000 unknown keys", "/triage", wide, {}, 422
    twice = good[:-1] + b', "returns": []}'
    yield "/triage returns twice at the top level", "/triage", twice, {}, 422
    yield "/classify texts twice", "/classify", b'{"texts": ["too small"], "texts": ["x"]}', {}, 422
    for media_type, expected in (
        ("text/plain", 415),
        ("application/x-www-form-urlencoded", 415),
        ("multipart/form-data", 415),
        ("application/json; charset=utf-16", 415),
        ("application/json-patch+json", 415),
        ("APPLICATION/JSON", 200),
        ("application/json; charset=UTF-8", 200),
        ("", 200),  # an empty Content-Type is a missing one: read as JSON, as BentoML does
    ):
        yield (
            f"/triage Content-Type {media_type!r}",
            "/triage",
            json.dumps(_triage_body()).encode(),
            {"Content-Type": media_type},
            expected,
        )
    bomb = gzip.compress(b'{"returns": [' + b" " * 200_000_000 + b"]}", compresslevel=9)
    yield "/triage gzip bomb", "/triage", bomb, {"Content-Encoding": "gzip"}, 415
    yield "/triage gzip body", "/triage", gzip.compress(good), {"Content-Encoding": "gzip"}, 415
    yield "/triage deflate body", "/triage", zlib.compress(good), {"Content-Encoding": "deflate"}, 415
    yield "/triage Content-Encoding br", "/triage", good, {"Content-Encoding": "br"}, 415
    yield (
        "/triage Content-Encoding identity",
        "/triage",
        json.dumps(_triage_body()).encode(),
        {"Content-Encoding": "identity"},
        200,
    )
    # 415 since the tenth round (422 "invalid JSON at line 1 column 1" before): UTF-8 JSON is what RFC 8259 sends
    for encoding, name in (
        ("utf-16", "UTF-16"),
        ("utf-16-le", "UTF-16 LE without a byte-order mark"),
        ("utf-32", "UTF-32"),
    ):
        yield f"/triage {name} body", "/triage", json.dumps(_triage_body()).encode(encoding), {}, 415
    yield "/triage a byte-order mark", "/triage", b"\xef\xbb\xbf" + json.dumps(_triage_body()).encode(), {}, 415
    yield "/triage a 60 KB header", "/triage", json.dumps(_triage_body()).encode(), {"X-Long": "a" * 60_000}, 200


def route_probes(triaged: str) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(probe name, method, path, request arguments) for every route: a query string, a trailing slash
    and odd methods; the API's routes with a valid body, the others without."""
    bodies = {
        "/triage": json.dumps(_triage_body()),
        "/classify": json.dumps({"texts": ["too small"]}),
        "/feedback": json.dumps({"return_id": triaged, "agent_id": "agent-1", "reason_accepted": True}),
        "/admin/reload": "{}",
        "/admin/reload/status": "{}",
    }
    for path, body in bodies.items():
        yield f"{path} with a query string", "POST", path, {"content": body, "params": QUERY}
        yield f"{path}/ (trailing slash)", "POST", f"{path}/", {"content": body}
        for method in ("GET", *ODD_METHODS):
            yield f"{method} {path}", method, path, {}
    for path in (*GET_ROUTES, f"/console/returns/{triaged}"):
        yield f"GET {path} with a query string", "GET", path, {"params": QUERY}
        yield f"GET {path}/ (trailing slash)", "GET", f"{path.rstrip('/')}/", {}
        for method in ODD_METHODS:
            yield f"{method} {path}", method, path, {}


def signed_out_probes(triaged: str) -> Iterator[tuple[str, str, str, dict[str, str] | None]]:
    """(probe name, method, path, form or None): the console's pages and forms with hostile values and no
    session, or a session cookie that is not one."""
    for name, value in STRINGS.items():
        quoted = _quoted(value)
        yield f"signed out: return page {name}", "GET", f"/console/returns/{quoted}", None
        yield f"signed out: queue filter {name}", "GET", f"/console?reason={quoted}", None
        for path, form in _posted_forms(triaged):
            yield f"signed out: {path} {name}", "POST", path, dict.fromkeys(form, value) | {"csrf_token": value}


def _status_line(answer: bytes) -> int | str:
    """The status of a raw HTTP answer, or what came instead."""
    match = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
    return int(match.group(1)) if match else ("connection closed unanswered" if not answer else "not HTTP")


def exchange(url: str, data: bytes, seconds: float) -> tuple[int | str, float]:
    """Send raw bytes on a new connection; the status of the answer (or why none came) and the seconds."""
    address = urllib.parse.urlsplit(url)
    started = time.perf_counter()
    with socket.create_connection((address.hostname, address.port), timeout=seconds) as connection:
        try:
            connection.sendall(data)
            answer = b""
            while b"\r\n" not in answer:
                chunk = connection.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except TimeoutError:
            return "no answer", time.perf_counter() - started
        except OSError as error:  # the service closed the connection while the probe was still sending
            return f"{type(error).__name__}", time.perf_counter() - started
    return _status_line(answer), time.perf_counter() - started


def wire_probes(key: str) -> Iterator[tuple[str, bytes, int | None]]:
    """(probe name, raw request bytes, the status it must get or None: any 2xx-4xx) for what only a raw
    socket sends: framing the body wrongly, malformed request lines and headers."""
    body = b'{"texts": ["too small"]}'
    auth = f"Authorization: Bearer {key}\r\n".encode()

    def request(headers: bytes, content: bytes = body, line: bytes = b"POST /classify HTTP/1.1") -> bytes:
        return line + b"\r\nHost: probe\r\n" + auth + headers + b"\r\n" + content

    length = b"Content-Length: %d\r\n" % len(body)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    yield "raw: a valid call", request(length), 200
    # the 5 bytes are the body (not JSON: 422); the rest, not HTTP, gets its 400 after that answer (sixth round)
    yield "raw: Content-Length shorter than the body", request(b"Content-Length: 5\r\n"), 422
    yield "raw: Content-Length not a number", request(b"Content-Length: abc\r\n"), 400
    yield "raw: Content-Length -1", request(b"Content-Length: -1\r\n"), 400
    yield "raw: Content-Length 10^30", request(b"Content-Length: " + b"1" + b"0" * 30 + b"\r\n"), 400
    yield "raw: two Content-Lengths", request(length + b"Content-Length: 3\r\n"), 400
    yield (
        "raw: Content-Length and chunked",
        request(b"Content-Length: 3\r\nTransfer-Encoding: chunked\r\n", chunked),
        400,
    )
    # 501 since the tenth round: the parser read the chunks and dropped the gzip (200, the body taken as it came)
    yield "raw: Transfer-Encoding gzip, chunked", request(b"Transfer-Encoding: gzip, chunked\r\n", chunked), 501
    yield "raw: HTTP/1.0 without Host", b"POST /classify HTTP/1.0\r\n" + auth + length + b"\r\n" + body, 200
    yield "raw: HTTP/9.9", request(length, line=b"POST /classify HTTP/9.9"), 400
    yield "raw: absolute URI of another host", request(length, line=b"POST http://evil.example/classify HTTP/1.1"), None
    # Heads past TRIAGE_MAX_REQUEST_HEAD_BYTES (64 KiB) are refused before more of them is read.
    yield "raw: 1 MB URL", b"GET /healthz?" + b"a" * 1_000_000 + b" HTTP/1.1\r\nHost: probe\r\n\r\n", 431
    yield "raw: a 100 KB header", request(b"X-Long: " + b"a" * 100_000 + b"\r\n" + length), 431
    yield "raw: a 100 KB Authorization", request(b"Authorization: Bearer " + b"a" * 100_000 + b"\r\n" + length), 431
    yield "raw: a 64 MB header", request(b"X-Long: " + b"a" * 64_000_000 + b"\r\n" + length), 431
    yield "raw: 20,000 headers", request(b"X-A: b\r\n" * 20_000 + length), 431
    yield "raw: a 64 MB header to the console", b"GET /console HTTP/1.1\r\nX: " + b"a" * 64_000_000 + b"\r\n\r\n", 431
    yield "raw: a chunked body", request(b"Transfer-Encoding: chunked\r\n", chunked), 200
    big_chunks = b"".join(b"10000\r\n" + b" " * 0x10000 + b"\r\n" for _ in range(48)) + b"0\r\n\r\n"
    yield "raw: 3 MB chunked body", request(b"Transfer-Encoding: chunked\r\n", big_chunks), 413
    yield "raw: a chunk size of 10^30", request(b"Transfer-Encoding: chunked\r\n", b"1" + b"0" * 30 + b"\r\n{"), 400
    yield "raw: NUL in a header", request(b"X-A: a\x00b\r\n" + length), 400
    yield (
        "raw: latin-1 bytes in the key",
        b"POST /classify HTTP/1.1\r\nHost: probe\r\nAuthorization: Bearer \xe9\xff\r\n" + length + b"\r\n" + body,
        401,
    )
    yield "raw: bare line feeds", b"GET /healthz HTTP/1.1\nHost: probe\n\n", 400
    yield "raw: a TLS hello", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 100, 400
    yield "raw: a header without a colon", b"GET /healthz HTTP/1.1\r\nHost: probe\r\nbroken\r\n\r\n", 400
    yield "raw: a space before the colon", b"GET /healthz HTTP/1.1\r\nHost: probe\r\nX-A : b\r\n\r\n", 400
    yield "raw: a folded header", b"GET /healthz HTTP/1.1\r\nHost: probe\r\nX-A: b\r\n c\r\n\r\n", 400
    yield "raw: 5,000 headers", b"GET /healthz HTTP/1.1\r\nHost: probe\r\n" + b"X-A: b\r\n" * 5_000 + b"\r\n", None
    yield "raw: Expect 100-continue", request(b"Expect: 100-continue\r\n" + length), 100
    # The tenth round: a request line and header counts at the sizes a proxy's defaults meet, chunk sizes no parser
    # may read as a number, a chunk longer than its size, and a Content-Length of 0 before a body.
    yield "raw: a 100 KB request line", b"GET /healthz?" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: probe\r\n\r\n", 431
    yield "raw: 1,000 headers", request(b"X-A: b\r\n" * 1_000 + length), 200
    yield "raw: 1,000 headers of 100 bytes", request((b"X-A: " + b"b" * 93 + b"\r\n") * 1_000 + length), 431
    for name, size in (("not hex", b"zz"), ("negative", b"-18"), ("0x", b"0x18"), ("past 64 bits", b"f" * 17)):
        bad = b"%s\r\n%s\r\n0\r\n\r\n" % (size, body)
        yield f"raw: a chunk size {name}", request(b"Transfer-Encoding: chunked\r\n", bad), 400
    longer = b"5\r\n%s\r\n0\r\n\r\n" % body
    yield "raw: a chunk longer than its size", request(b"Transfer-Encoding: chunked\r\n", longer), 400
    extended = b"%x;name=value\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    yield "raw: a chunk with an extension", request(b"Transfer-Encoding: chunked\r\n", extended), 200
    yield "raw: Content-Length 0 before a body", request(b"Content-Length: 0\r\n"), 422
    # A header saying how to read the body, sent twice, was read by its first: plain JSON (200), where a proxy reading
    # the last saw a latin-1 or text body, or a gzipped one (answered 415 "begins with NUL bytes").
    typed = b"Content-Type: application/json\r\n"
    latin = b"Content-Type: application/json; charset=latin-1\r\n"
    yield "raw: Content-Type twice", request(typed + latin + length), 415
    yield "raw: Content-Type JSON then text", request(typed + b"Content-Type: text/plain\r\n" + length), 415
    zipped = gzip.compress(body)
    twice = b"Content-Encoding: identity\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n" % len(zipped)
    yield "raw: Content-Encoding identity then gzip", request(twice, zipped), 415


def pipelined_probes(key: str) -> Iterator[tuple[str, bytes, list[int]]]:
    """(probe name, requests sent at once on one connection, the statuses they must get, in order): a request read
    before a refused head is answered before the refusal, and nothing after the refused head is read."""
    body = b'{"texts": ["too small"]}'
    call = b"POST /classify HTTP/1.1\r\nHost: probe\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n\r\n%s" % (
        key.encode(),
        len(body),
        body,
    )
    health = b"GET /healthz HTTP/1.1\r\nHost: probe\r\n\r\n"
    # A head that begins after another request in the bytes read is counted from its first byte (until the sixth
    # round, from the limit's worth read after it: 1.5 limits were served).
    huge = b"GET /healthz HTTP/1.1\r\nHost: probe\r\nX-Long: " + b"a" * 200_000 + b"\r\n\r\n"
    over = b"GET /healthz HTTP/1.1\r\nHost: probe\r\nX-Long: " + b"a" * 100_000 + b"\r\n\r\n"
    yield "pipelined: two calls", call + health, [200, 200]
    yield "pipelined: a call, then a 200 KB head", call + huge, [200, 431]
    yield "pipelined: two calls, a 200 KB head, then a call", call + health + huge + health, [200, 200, 431]
    yield "pipelined: a 200 KB head, then a call", huge + health, [431]
    yield "pipelined: a call, then a 100 KB head", call + over, [200, 431]
    yield "pipelined: a call, then bytes that are not HTTP", call + b"NOT HTTP\r\n\r\n", [200, 400]
    # 408 at TRIAGE_REQUEST_HEAD_SECONDS (until the sixth round, closed unanswered at the keep-alive time)
    yield "pipelined: a call, then a head never finished", call + health.removesuffix(b"\r\n"), [200, 408]


def pipelined_exchange(url: str, data: bytes, answers: int, seconds: float) -> tuple[list[int], float]:
    """Send raw bytes on a new connection; the statuses of the answers, read until the service closed the
    connection, or `answers` came and nothing more within a second, or `seconds` passed."""
    address = urllib.parse.urlsplit(url)
    started = time.perf_counter()
    received = b""
    with socket.create_connection((address.hostname, address.port), timeout=seconds) as connection:
        with contextlib.suppress(OSError):  # the service may close while the probe still sends
            connection.sendall(data)
        while time.perf_counter() - started < seconds:
            whole = len(re.findall(rb"HTTP/1\.1 \d{3}", received)) >= answers
            connection.settimeout(1.0 if whole else seconds)
            try:
                chunk = connection.recv(65_536)
            except (TimeoutError, OSError):
                break
            if not chunk:
                break
            received += chunk
    return [int(status) for status in re.findall(rb"HTTP/1\.1 (\d{3})", received)], time.perf_counter() - started


# Numbers a parser reads as 0 though they are not written as 0, and numbers it reads other than written.
ZERO_READINGS = {
    "-0": ("-0", 422),
    "-0.0": ("-0.0", 422),
    "-0e0": ("-0e0", 422),
    "0e5": ("0e5", 200),
    "1e-400": ("1e-400", 422),
    "-1e-400": ("-1e-400", 422),
    "400 zeros then 1": ("0." + "0" * 400 + "1", 422),
    "0.000e-400": ("0.000e-400", 200),
    "89 and 21 decimals": ("89.000000000000000000001", 422),  # the double nearest it is 89.0: taken before 503e833
}
# Text that turns into markup when a reader folds compatibility characters (NFKC): fullwidth and small-form angle
# brackets, and tag characters (invisible letters) around markup.
FOLDED_MARKUP = {
    "fullwidth script": "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "small-form img": "\ufe64img src=x onerror=alert(1)\ufe65",
    "tag characters": "R1 \U000e003c\U000e0062\U000e003e1",
}
FOLDED = ("<script>alert(1)", "<img src=x")  # what those would read, folded


def twelfth_value_probes() -> Iterator[tuple[str, str, bytes, int | tuple[int, ...], str | None]]:
    """Numbers read as 0 in a price, a history count and the reload wait, and an empty history read as all counts 0
    over the stored one (each named when refused); a key written with an escape that repeats another once read
    (`pr\\u0069ce`), or that differs by a NUL or its case."""
    for name, (literal, expect) in ZERO_READINGS.items():
        body = _raw(_triage_body(), "price", literal).encode()
        yield f"/triage price {name}", "/triage", body, expect, "returns.0.price" if expect == 422 else None
    empty = json.dumps(_triage_body(customer_history={})).encode()
    yield "/triage customer_history {}", "/triage", empty, 422, "returns.0.customer_history"
    history, field = _triage_body(customer_history={"returns_last_30d": 0}), "customer_history.returns_last_30d"
    for name in ("-0", "1e-400"):
        literal = ZERO_READINGS[name][0]
        body = _raw(copy.deepcopy(history), field, literal).encode()
        yield f"/triage returns_last_30d {name}", "/triage", body, 422, f"returns.0.{field}"
        wait = _raw({}, "wait_seconds", literal).encode()
        yield f"/admin/reload wait_seconds {name}", "/admin/reload", wait, (403, 422), None
    escaped = json.dumps(_triage_body()).replace('"price": 89.0', '"price": 89.0, "pr\\u0069ce": 1.0')
    yield "/triage price repeated as pr\\u0069ce", "/triage", escaped.encode(), 422, "returns.0.price"
    for name, key in (("a NUL after it", "price\\u0000"), ("in another case", "Price")):
        other = json.dumps(_triage_body()).replace('"price": 89.0', f'"price": 89.0, "{key}": 1.0')
        yield f"/triage a key like price, {name}", "/triage", other.encode(), 422, None


# The thirteenth round: what every console answer says to the browser, HEAD on every route, paths written to reach
# another route or file, very many query parameters, sessions and tokens from elsewhere, look-alike names, and
# another API key's returns.
SECURITY_HEADERS_SENT = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}


def header_gaps(response: httpx.Response) -> list[str]:
    """The security headers `response` lacks, and `no-store` when it is an HTML page (a console page holds customer
    text, which a shared computer's cache must not keep)."""
    gaps = [f"{name}: {value}" for name, value in SECURITY_HEADERS_SENT.items() if response.headers.get(name) != value]
    if "frame-ancestors 'none'" not in response.headers.get("content-security-policy", ""):
        gaps.append("content-security-policy frame-ancestors 'none'")
    if "html" in response.headers.get("content-type", "") and "no-store" not in response.headers.get(
        "cache-control", ""
    ):
        gaps.append("cache-control: no-store")
    return gaps


# Paths a server could map to another route or a file outside the console's static folder: dot segments percent-
# encoded, doubled slashes, `;` parameters, an encoded slash or backslash, a NUL, another case. Sent as written.
PATH_TRICKS = (
    "/console/returns/%2e%2e",
    "/console/returns/%2e%2e/%2e%2e/healthz",
    "/console/returns/a%2fb",
    "/console/returns/a%5cb",
    "/console/returns/a;b",
    "/console;x",
    "/console/;/lists",
    "//console",
    "///console/lists",
    "/console//lists",
    "/console/./lists",
    "/console/x/../lists",
    "/console%2flists",
    "/%63onsole",
    "/CONSOLE",
    "/console/static/%2e%2e/app.py",
    "/console/static/..%2fapp.py",
    "/console/static/%252e%252e/app.py",
    "/console/static/..%5capp.py",
    "/console/static/%2e%2e%2f%2e%2e%2fstores/agents.py",
    "/console/static/./console.js",
    "/console/static/console.js%00.html",
    "/console/static/console.js;.html",
    "/console/static/console.js/",
    "/console/static/CONSOLE.JS",
    "/console/static/",
    "/console/static",
    "/policy/%2e%2e",
    "/policy/en%00",
    "/healthz/%2e%2e/console",
)
# What no answer may hold: the project's source (a file outside the static folder served).
SOURCE_MARKS = ("from __future__ import", "import sqlalchemy", "def ")


def raw_get(url: str, path: str, headers: dict[str, str]) -> tuple[int | str, str]:
    """`GET path` sent as written (no client normalises its dot segments or escapes): the status (or why none came)
    and the body."""
    target = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.endheaders()
        answer = connection.getresponse()
        return answer.status, answer.read().decode(errors="replace")
    except (OSError, http.client.HTTPException) as error:
        return f"{type(error).__name__}", ""
    finally:
        connection.close()


# A query string of many parameters, within the head limit: unknown ones, and one the queue reads sent many times.
MANY_PARAMETERS = {
    "6,000 unknown parameters": "&".join(f"p{n}=1" for n in range(6_000)),
    "3,000 copies of reason": "&".join(["reason=too_small"] * 3_000),
    "10,000 empty parameters": "&" * 10_000,
    "2,000 parameters of one name": "&".join(f"zz={n}" for n in range(2_000)),
}
# Agent names that read as the probes' agent's without being it.
LOOK_ALIKE_NAMES = {
    "upper case": str.upper,
    "fullwidth": lambda name: "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in name),
    "Cyrillic o": lambda name: name.replace("o", "\u043e", 1),
    "zero-width space after": lambda name: name + "\u200b",
    "Greek omicron": lambda name: name.replace("o", "\u03bf", 1),
    "combining mark": lambda name: name + "\u0301",
}
# Links to the lists page that its add form cannot follow as written, with the notice that must say so: a list and a
# kind it does not offer (its selects showed their first choices, a customer's block list), a field it does not have.
LIST_LINKS = {"list=allwo&kind=ordr&value=O1": "unoffered-choices", "lsit=allow&value=SKU-1": "ignored-parameters"}
# A session cookie's value the caller chose before signing in (fixation): the sign-in must set another.
CHOSEN_SESSION = "chosen-by-the-caller-0123456789abcdefghijklmnop"


def _heads(received: bytes) -> list[bytes]:
    """The heads of the answers in `received`, in order (an interim 100 has no body; a final answer's body, of its
    Content-Length, is skipped)."""
    heads = []
    while b"\r\n\r\n" in received:
        head, _, received = received.partition(b"\r\n\r\n")
        heads.append(head)
        length = re.search(rb"content-length: *(\d+)", head, re.IGNORECASE)
        received = received[int(length.group(1)) if length else 0 :]
    return heads


def converse(url: str, head: bytes, body: bytes | None, seconds: float) -> tuple[str, float]:
    """Send `head` on a new connection; then `body`, once the service answered `100 Continue` or said nothing for
    2 s (as a client asking `Expect: 100-continue` does), or never (None); then read until the service closes the
    connection or says nothing more for 2 s after a final answer. What came, in order: each answer's status, "body"
    where the body was sent, and "closed" when the service closed the connection."""
    address = urllib.parse.urlsplit(url)
    started = time.perf_counter()
    events: list[str] = []
    received = b""
    with socket.create_connection((address.hostname, address.port), timeout=seconds) as connection:
        connection.sendall(head)
        waiting_body = body is not None
        while time.perf_counter() - started < seconds:
            statuses = [int(found.split()[1]) for found in _heads(received)]
            final = any(status >= 200 for status in statuses)
            connection.settimeout(2.0 if waiting_body or final else seconds)
            try:
                chunk = connection.recv(65_536)
            except TimeoutError:
                if waiting_body and not final:
                    events += [str(status) for status in statuses] + ["body"]
                    received, waiting_body = b"", False
                    connection.sendall(body or b"")
                    continue
                break
            except OSError as error:
                events.append(type(error).__name__)
                break
            if not chunk:
                events += [str(int(found.split()[1])) for found in _heads(received)] + ["closed"]
                received = b""
                break
            received += chunk
            if waiting_body and any(found.split()[1:2] == [b"100"] for found in _heads(received)):
                events += [str(int(found.split()[1])) for found in _heads(received)] + ["body"]
                received, waiting_body = b"", False
                connection.sendall(body or b"")
        events += [str(int(found.split()[1])) for found in _heads(received)]
    return ",".join(events), time.perf_counter() - started


def conversation_probes(key: str) -> Iterator[tuple[str, bytes, bytes | None, tuple[str, ...]]]:
    """(probe name, head, body or None, the outcomes it may get) for the twelfth round: `Expect: 100-continue` taken
    at its word (the body sent only once the service asks for it; a refusal decided from the head comes without a
    100, so the client never sends a body the service would refuse), and HTTP/1.0's framing (no Host, no
    keep-alive unless asked, no chunked bodies)."""
    body = b'{"texts": ["too small"]}'
    auth = f"Authorization: Bearer {key}\r\n".encode()

    def head(headers: bytes, line: bytes = b"POST /classify HTTP/1.1", length: int = len(body)) -> bytes:
        return line + b"\r\nHost: probe\r\n" + auth + b"Content-Length: %d\r\n" % length + headers + b"\r\n"

    expect = b"Expect: 100-continue\r\n"
    yield "expect: a valid call", head(expect), body, ("100,body,200",)
    # refused from the head: never a 100, so the body is never sent (a client waits 1-2 s, then sends it anyway)
    yield "expect: a 5 MB body declared", head(expect, length=5_000_000), b" " * 100, ("413,closed", "413")
    wrong_key = b"POST /classify HTTP/1.1\r\nHost: probe\r\nAuthorization: Bearer nope\r\n"
    wrong_key += b"Content-Length: %d\r\n" % len(body) + expect + b"\r\n"
    yield "expect: a wrong key", wrong_key, body, ("401", "401,closed", "body,401", "body,401,closed")
    yield "expect: text/plain", head(expect + b"Content-Type: text/plain\r\n"), body, ("415", "415,closed")
    yield "expect: gzip", head(expect + b"Content-Encoding: gzip\r\n"), body, ("415", "415,closed")
    # asked for, then never sent: the body's time runs out (TRIAGE_REQUEST_BODY_SECONDS)
    yield "expect: the body never sent", head(expect), None, ("100,408,closed", "100,408")
    # HTTP/1.0 knows no 100 (RFC 9110 10.1.1: ignore the expectation); the client sends its body after waiting
    one_o = head(expect, line=b"POST /classify HTTP/1.0")
    yield "expect: HTTP/1.0", one_o, body, ("body,200,closed",)
    yield "expect: an unknown expectation", head(b"Expect: 200-ok\r\n"), body, ("417", "417,closed", "body,200")
    yield "expect: on a GET", b"GET /healthz HTTP/1.1\r\nHost: probe\r\n" + expect + b"\r\n", None, ("200",)
    # HTTP/1.0: the connection ends with the answer unless the client asks to keep it
    plain = b"POST /classify HTTP/1.0\r\n" + auth + b"Content-Length: %d\r\n\r\n" % len(body) + body
    yield "HTTP/1.0 without Host, answered then closed", plain, None, ("200,closed",)
    kept = b"POST /classify HTTP/1.0\r\nConnection: keep-alive\r\n" + auth
    kept += b"Content-Length: %d\r\n\r\n" % len(body) + body
    # uvicorn keeps no HTTP/1.0 connection: closing it after the answer is the server's right
    yield "HTTP/1.0 keep-alive, answered", kept, None, ("200", "200,closed")
    chunked = b"POST /classify HTTP/1.0\r\n" + auth + b"Transfer-Encoding: chunked\r\n\r\n"
    chunked += b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    # RFC 9112 6.1: chunked framing in HTTP/1.0 is faulty: refused, or answered and the connection closed
    yield "HTTP/1.0 with a chunked body", chunked, None, ("400,closed", "400", "411,closed", "200,closed")
    yield "HTTP/1.0 GET /console without Host", b"GET /console HTTP/1.0\r\n\r\n", None, ("303,closed",)


def slow_body_probes(key: str) -> Iterator[tuple[str, bytes]]:
    """(probe name, raw request bytes) of bodies that never end: each must be refused with a 4xx within the
    service's body timeout, whether the route needs a key or not."""
    auth = f"Authorization: Bearer {key}\r\n".encode()
    for path, media_type in (
        ("/triage", "application/json"),
        ("/console/sign-in", "application/x-www-form-urlencoded"),
    ):
        start = f"POST {path} HTTP/1.1\r\nHost: probe\r\nContent-Type: {media_type}\r\n".encode() + auth
        yield f"slow: {path} chunked body never ends", start + b"Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n"
        yield f"slow: {path} Content-Length 100 bytes, 1 sent", start + b"Content-Length: 100\r\n\r\n{"


def trickled_body_probes(key: str) -> Iterator[tuple[str, bytes, bytes, int]]:
    """(probe name, head, body, the status it must get) for bodies sent a byte a second: one whole within the
    service's body timeout (17 bytes) is answered, one longer than the timeout and one a byte shorter than its
    Content-Length are refused with 408."""
    auth = f"Authorization: Bearer {key}\r\n".encode()

    def head(length: int) -> bytes:
        start = b"POST /classify HTTP/1.1\r\nHost: probe\r\nContent-Type: application/json\r\n"
        return start + auth + b"Content-Length: %d\r\n\r\n" % length

    short = b'{"texts": ["hi"]}'
    long = b'{"texts": ["' + b"x" * 40 + b'"]}'
    yield f"slow: a body of {len(short)} bytes, a byte a second", head(len(short)), short, 200
    yield f"slow: a body of {len(long)} bytes, a byte a second", head(len(long)), long, 408
    yield "slow: Content-Length a byte longer than the body, a byte a second", head(len(short) + 1), short, 408


async def slow_clients(
    url: str, key: str, connections: int, body_seconds: float, answer_seconds: float
) -> dict[str, Any]:
    """Hold `connections` connections that trickle a header a second (half of them) or send nothing, and
    the bodies that never end, while timing others' /healthz and /triage calls each second until every
    slow body is answered. Each held connection is timed until the service answers or closes it."""
    address = urllib.parse.urlsplit(url)
    stop = asyncio.Event()

    async def trickle(header: bytes) -> tuple[int | str, float]:
        reader, writer = await asyncio.open_connection(address.hostname, address.port)
        started = time.perf_counter()
        answer = b""
        with contextlib.suppress(OSError):
            writer.write(b"GET /healthz HTTP/1.1\r\nHost: probe\r\n")
            while not stop.is_set() and not answer:
                writer.write(header)
                await writer.drain()
                with contextlib.suppress(TimeoutError):
                    answer = await asyncio.wait_for(reader.readline(), 1)
        writer.close()
        return _status_line(answer) if answer else "held until the probe ended", time.perf_counter() - started

    async def never_ending(data: bytes) -> tuple[int | str, float]:
        reader, writer = await asyncio.open_connection(address.hostname, address.port)
        started = time.perf_counter()
        writer.write(data)
        try:
            answer = await asyncio.wait_for(reader.readline(), body_seconds + answer_seconds)
        except TimeoutError:
            answer = b"no answer"
        writer.close()
        return _status_line(answer), time.perf_counter() - started

    async def trickled(head: bytes, body: bytes) -> tuple[int | str, float]:
        reader, writer = await asyncio.open_connection(address.hostname, address.port)
        started = time.perf_counter()

        async def send() -> None:
            with contextlib.suppress(OSError):  # the service may refuse before the last byte
                writer.write(head)
                for byte in body:
                    await asyncio.sleep(1)
                    writer.write(bytes([byte]))
                    await writer.drain()

        sender = asyncio.create_task(send())
        try:
            answer = await asyncio.wait_for(reader.readline(), len(body) + body_seconds + answer_seconds)
        except TimeoutError:
            answer = b"no answer"
        sender.cancel()
        writer.close()
        return _status_line(answer), time.perf_counter() - started

    async def others() -> list[dict[str, Any]]:
        calls = []
        headers = {"Authorization": f"Bearer {key}"}
        async with httpx.AsyncClient(base_url=url, timeout=answer_seconds * 2) as client:
            while not stop.is_set():
                for method, path, body in (("GET", "/healthz", None), ("POST", "/triage", _triage_body())):
                    started = time.perf_counter()
                    try:
                        status: int | str = (await client.request(method, path, json=body, headers=headers)).status_code
                    except httpx.HTTPError as error:
                        status = type(error).__name__
                    calls.append(
                        {"call": f"{method} {path}", "status": status, "seconds": time.perf_counter() - started}
                    )
                await asyncio.sleep(1)
        return calls

    held = [asyncio.create_task(trickle(b"X-Slow: 1\r\n" if n % 2 else b"")) for n in range(connections)]
    await asyncio.sleep(2)  # every connection opened before the slow bodies start
    timing = asyncio.create_task(others())
    bodies = dict(slow_body_probes(key))
    trickles = list(trickled_body_probes(key))
    answers, trickled_answers = await asyncio.gather(
        asyncio.gather(*(never_ending(data) for data in bodies.values())),
        asyncio.gather(*(trickled(head, body) for _, head, body, _ in trickles)),
    )
    stop.set()
    calls = await timing
    ended = [answer for answer in await asyncio.gather(*held, return_exceptions=True) if isinstance(answer, tuple)]
    return {
        "held_connections": connections,
        "held_answers": dict(Counter(str(status) for status, _ in ended)),
        "held_longest_seconds": round(max((seconds for _, seconds in ended), default=0), 1),
        "slow_bodies": {
            name: {"status": status, "seconds": round(seconds, 1)}
            for name, (status, seconds) in zip(bodies, answers, strict=True)
        },
        "trickled_bodies": {
            name: {
                "status": status,
                "seconds": round(seconds, 1),
                "expect": expect,
                "within": len(body) + (answer_seconds if expect == 200 else body_seconds + answer_seconds),
            }
            for (name, _, body, expect), (status, seconds) in zip(trickles, trickled_answers, strict=True)
        },
        "other_calls": len(calls),
        "other_calls_failed": [call for call in calls if call["status"] != 200],
        "other_calls_slowest_seconds": round(max(call["seconds"] for call in calls), 2) if calls else None,
    }


async def feedback_at_once(url: str, key: str, bodies: list[str]) -> list[tuple[int | str, int | None]]:
    """Each feedback body posted at the same instant on a connection of its own (a client retrying on every
    connection it has, or agents at once): (status, stored id) of each."""
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    limits = httpx.Limits(max_connections=len(bodies))
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def post(content: str) -> tuple[int | str, int | None]:
            try:
                answer = await client.post("/feedback", content=content, headers=headers)
            except httpx.HTTPError as error:
                return type(error).__name__, None
            return answer.status_code, answer.json().get("id") if answer.status_code == 200 else None

        return list(await asyncio.gather(*(post(content) for content in bodies)))


async def heavy_calls(url: str, key: str, calls: int, answer_seconds: float) -> dict[str, Any]:
    """Send `calls` calls at once of 256 returns of 1,000 characters (the most model time a call may hold: the
    encoders read a text's start, so many texts weigh more than a few long ones), each sent again after its
    `Retry-After` while refused with it, as a client would; and time one-return /triage calls sent each 0.2 s
    meanwhile: how long heavy clients hold the others. Every attempt's status and seconds are kept."""
    headers = {"Authorization": f"Bearer {key}"}
    text = ("The zip broke after one wear and the seam split along the side. " * 80)[: MAX_CALL_TEXT_CHARS // MAX_BATCH]
    done = asyncio.Event()
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=120) as client:

        async def heavy() -> dict[str, Any]:
            body = {"returns": [_triage_body(reason_text=text)["returns"][0] for _ in range(MAX_BATCH)]}
            attempts: list[tuple[int | str, float]] = []
            started = time.perf_counter()
            while len(attempts) < HEAVY_ATTEMPTS:
                sent = time.perf_counter()
                try:
                    answer = await client.post("/triage", json=body)
                except httpx.HTTPError as error:
                    attempts.append((type(error).__name__, round(time.perf_counter() - sent, 1)))
                    break
                attempts.append((answer.status_code, round(time.perf_counter() - sent, 1)))
                if answer.status_code != 503 or "retry-after" not in answer.headers:
                    break
                await asyncio.sleep(float(answer.headers["retry-after"]))
            return {
                "status": attempts[-1][0],
                "seconds": round(time.perf_counter() - started, 1),
                "slowest_attempt_seconds": max(seconds for _, seconds in attempts),
                "attempts": attempts,
            }

        async def others() -> list[float]:
            waits = []
            while not done.is_set():
                started = time.perf_counter()
                await client.post("/triage", json=_triage_body())
                waits.append(time.perf_counter() - started)
                await asyncio.sleep(0.2)
            return waits

        timing = asyncio.create_task(others())
        answers = await asyncio.gather(*(heavy() for _ in range(calls)))
        done.set()
        waits = await timing
    return {
        "heavy_calls": answers,
        "other_calls": len(waits),
        "other_calls_slowest_seconds": round(max(waits), 2),
        "other_calls_over_answer_seconds": sum(wait > answer_seconds for wait in waits),
    }


# A heavy call refused with Retry-After is sent again at most this many times; each attempt must be answered within
# HEAVY_ATTEMPT_SECONDS: the service's TRIAGE_SERVE_CALL_SECONDS (50), before the traffic timeout's 504 at 60 s.
HEAVY_ATTEMPTS = 30
HEAVY_ATTEMPT_SECONDS = 55
MARKUP = STRINGS["markup"]
MARKUPS = (MARKUP, STRINGS["styles"], "<style>", "<img src=x")  # none may reach a page unescaped
# A sentence a link could try to make the console say (`?saved=`).
SPOOF = "Your session expired: call +44 20 7946 0000"


def _posted_forms(triaged: str) -> list[tuple[str, dict[str, str]]]:
    """Every form the console takes (sign-out last: were it taken without a token, the session ends)."""
    entry = {"list": "block", "kind": "sku", "value": f"probe-{uuid.uuid4().hex[:8]}", "note": "probe"}
    return [
        (f"/console/returns/{triaged}/decision", {"decision": "manual_review", "note": "checked"}),
        (f"/console/returns/{triaged}/reason", {"reason": "too_large"}),
        (f"/console/returns/{triaged}/reply", {"reply": "Hello"}),
        ("/console/lists/add", entry),
        ("/console/lists/remove", entry),
        ("/console/session/extend", {}),
        ("/console/sign-out", {}),
    ]


# Where a link may ask a sign-in to send the agent next (`?next=` on the page, `next` in its form): only a console
# page of this service may be followed.
NEXT_PAGES = {
    "another host": "//evil.example/console",
    "a scheme": "https://evil.example/console",
    "a backslash": "/\\evil.example/console",
    "a tab": "/\t/evil.example/console",
    "dot segments": "/console/../../evil",
    "userinfo": "/console@evil.example",
    "markup in the query": f"/console?reason={MARKUP}",
    "styles": f"/console/{STRINGS['styles']}",
    "NUL": "/console/\x00",
    "10,000 chars": "/console/" + "x" * 10_000,
    "a console page": "/console/lists",
}


def _leaves(location: str) -> bool:
    """Whether a redirect's target is another host or scheme (a browser reads `/\\host` as `//host`)."""
    target = urllib.parse.urlsplit(location.replace("\\", "/"))
    return bool(target.scheme or target.netloc) or location.replace("\\", "/").startswith("//")


def _oversized_forms(form: dict[str, str]) -> Iterator[tuple[str, bytes]]:
    """(probe name, urlencoded body) of forms past what a form may hold, within the body limit: 600,000
    fields, one field of 1.9 MB. Each must be a 400 at once, whatever the form."""
    yield "600,000 fields", b"a=&" * 600_000 + _form(form)
    yield "a 1.9 MB field", _form(form | {"note": "x" * 1_900_000})


def _names(refusal: httpx.Response, field: str) -> bool:
    """Whether a refusal names `field`: an API's 422 as the `field` of an entry (or a part of it: `texts.3`), a
    console page in its text."""
    if not refusal.headers.get("content-type", "").startswith("application/json"):
        return field in refusal.text
    named = [str(entry.get("field")) for entry in refusal.json().get("detail", []) if isinstance(entry, dict)]
    return any(name == field or name.startswith(f"{field}.") for name in named)


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    return match.group(1) if match else ""


def run(
    url: str,
    key: str,
    agent: str | None,
    password: str | None,
    answer_seconds: float = 10.0,
    body_seconds: float = 30.0,
    head_seconds: float = 10.0,
    slow_connections: int = 500,
    heavy_clients: int = 2,
    service_log: Path | None = None,
    service_pid: int | None = None,
    keep_alive_calls: int = 20_000,
    other_key: str | None = None,
) -> dict[str, Any]:
    statuses: Counter[str] = Counter()
    page_layout: dict[str, Any] = {}
    thirteenth: dict[str, Any] = {}
    fourteenth: dict[str, Any] = {}
    answers: dict[str, int | str] = {}
    failures: list[dict[str, Any]] = []
    slowest: dict[str, float] = {}
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    with httpx.Client(base_url=url, timeout=body_seconds + answer_seconds) as client:

        def record(
            name: str,
            method: str,
            path: str,
            expect: int | tuple[int, ...] | None = None,
            field: str | None = None,
            within: float | None = None,
            via: httpx.Client | None = None,
            **request: Any,
        ) -> httpx.Response | None:
            """Send one probe (on `client`, or the client `via`); a 5xx, a dropped connection, an answer later than
            `within` (`answer_seconds`), markup rendered as HTML, (with `expect`) another status or (with `field`) a
            refusal that does not name the field is a failure."""
            expected = (expect,) if isinstance(expect, int) else expect
            started = time.perf_counter()
            try:
                response = (via or client).request(method, path, **request)
            except httpx.HTTPError as error:
                failures.append({"probe": name, "error": f"{type(error).__name__}: {error}"})
                statuses["transport error"] += 1
                answers[name] = "transport error"
                return None
            seconds = time.perf_counter() - started
            slowest[name] = seconds
            statuses[str(response.status_code)] += 1
            answers[name] = response.status_code
            if response.status_code >= 500 or (expected is not None and response.status_code not in expected):
                failures.append({"probe": name, "status": response.status_code, "body": response.text[:300]})
            elif field is not None and 400 <= response.status_code < 500 and not _names(response, field):
                failures.append({"probe": name, "status": response.status_code, "problem": f"{field} not named"})
            elif seconds > (within or answer_seconds):
                failures.append(
                    {"probe": name, "status": response.status_code, "problem": f"answered after {seconds:.1f} s"}
                )
            elif "html" in response.headers.get("content-type", "") and any(
                markup in response.text for markup in MARKUPS
            ):
                failures.append({"probe": name, "status": response.status_code, "problem": "markup rendered as HTML"})
            return response

        def record_raw(name: str, status: int | str, seconds: float, expect: int | None, within: float) -> None:
            """A raw-socket probe's answer: no answer, a 5xx other than `expect`, another status than `expect` (None:
            any 2xx-4xx) or an answer later than `within` seconds is a failure."""
            statuses[str(status)] += 1
            answers[name] = status
            slowest[name] = seconds
            wrong = not isinstance(status, int) or (expect is None and status >= 500) or status != (expect or status)
            if wrong or seconds > within:
                failures.append({"probe": name, "status": status, "seconds": round(seconds, 1)})

        body = _triage_body()
        triaged = body["returns"][0]["return_id"]
        first = record("/triage a valid return", "POST", "/triage", json=body, headers=headers)
        if first is None or first.status_code != 200:
            raise SystemExit(f"a valid /triage failed: {first.text if first is not None else failures}")
        for name, method, path, raw in api_probes(triaged):
            record(name, method, path, content=raw, headers=headers)
        for name, method, path, raw, expect in value_probes(triaged):
            record(name, method, path, expect, content=raw, headers=headers)
        for name, path, raw, expect, field in budget_probes():
            record(name, "POST", path, expect, field, BUDGET_SECONDS, content=raw, headers=headers)
        longest = {name: _triage_body(return_id=return_id) for name, return_id in LONGEST_IDS.items()}
        for name, body in longest.items():
            record(f"/triage return_id of {name}", "POST", "/triage", 200, content=_utf8(body), headers=headers)
        longest_ids = {name: body["returns"][0]["return_id"] for name, body in longest.items()}
        for name, path, raw, expect, field in between_field_probes(triaged):
            record(name, "POST", path, expect, field, content=raw, headers=headers)
        for name, path, raw, expect, field in feedback_limit_probes(triaged, longest_ids):
            record(name, "POST", path, expect, field, content=raw, headers=headers)
        for name, path, raw, expect, field in json_edge_probes(triaged):
            record(name, "POST", path, expect, field, content=raw, headers=headers)
        for name, path, raw, expect, field in twelfth_value_probes():
            record(name, "POST", path, expect, field, content=raw, headers=headers)
        folded = {
            name: _triage_body(reason_text=f"Too small. {text}", customer_name=text[:100], product_name=text)
            for name, text in FOLDED_MARKUP.items()
        }
        for name, body in folded.items():
            answer = record(f"/triage {name} in the text and names", "POST", "/triage", 200, json=body, headers=headers)
            if answer is not None and any(markup in answer.text for markup in FOLDED):
                failures.append({"probe": f"/triage {name} in the text and names", "problem": "folded into markup"})
        # One record posted ten times at once (a client retrying on every connection it has): stored once.
        record_body = {"return_id": triaged, "agent_id": f"agent-{uuid.uuid4().hex[:8]}", "reason_accepted": False}
        record_body |= {"corrected_reason": "too_large"}
        posted = asyncio.run(feedback_at_once(url, key, [json.dumps(record_body)] * 10))
        statuses.update(str(status) for status, _ in posted)
        answers["/feedback one record ten times at once"] = ",".join(str(status) for status, _ in posted)
        if {status for status, _ in posted} != {200} or len({stored for _, stored in posted}) != 1:
            failures.append({"probe": "/feedback one record ten times at once", "answers": posted})
        # Corrections of a return never triaged, of another shop's (an id this service never gave), and of one return
        # to two reasons by two agents at the same instant: both kept.
        for what, return_id in (("never triaged", f"RNEVER{uuid.uuid4().hex[:10]}"), ("of another shop", "SHOP2-R1")):
            correction = {"return_id": return_id, "agent_id": "agent-probe", "reason_accepted": False}
            correction |= {"corrected_reason": "too_large"}
            record(
                f"/feedback correction of a return {what}", "POST", "/feedback", 404, json=correction, headers=headers
            )
        corrections = [
            json.dumps(
                {"return_id": triaged, "agent_id": agent_id, "reason_accepted": False, "corrected_reason": reason}
            )
            for agent_id, reason in (("agent-probe-a", "too_large"), ("agent-probe-b", "defective"))
        ]
        both = asyncio.run(feedback_at_once(url, key, corrections))
        statuses.update(str(status) for status, _ in both)
        answers["/feedback two agents correcting one return at once"] = ",".join(str(status) for status, _ in both)
        if {status for status, _ in both} != {200} or len({stored for _, stored in both}) != 2:
            failures.append({"probe": "/feedback two agents correcting one return at once", "answers": both})
        # The key where no client should send it: refused, and (with the service's log) never written to it.
        for name, path, query in key_in_query_probes(key):
            record(
                name,
                "POST",
                f"{path}?{query}",
                401,
                content=json.dumps(body),
                headers={"Content-Type": "application/json"},
            )
            # with the header too, and a body refused: the query string is refused first (400 naming the parameter,
            # never its value), and the refusal's log line names the path
            record(
                f"{name}, with the header, a body refused",
                "POST",
                f"{path}?{query}",
                400,
                content="{}",
                headers=headers,
            )
        record("GET /healthz key in the query", "GET", f"/healthz?{urllib.parse.urlencode({'api_key': key})}", 200)
        # Twice on one connection each: the memory read before, between (the first warms what the calls use) and
        # after says whether a kept-alive connection's calls leave anything behind.
        rss = [tree_rss_mb(service_pid) if service_pid else None]
        halves = []
        for _ in range(2):
            halves.append(many_calls_on_one_connection(url, keep_alive_calls // 2, keep_alive_calls // 40, key))
            rss.append(tree_rss_mb(service_pid) if service_pid else None)
        on_one = {"halves": halves, "rss_mb_before_between_after": rss}
        for half in halves:
            statuses.update(half["statuses"])
        answers["many calls on one kept-alive connection"] = json.dumps([half["statuses"] for half in halves])
        if any(set(half["statuses"]) != {"200"} or half["reopened"] for half in halves):
            failures.append({"probe": "many calls on one kept-alive connection", **on_one})
        long_texts = {name: _triage_body(reason_text=text, **LONG_NAMES) for name, text in LONG_TEXTS.items()}
        for name, body in long_texts.items():
            record(f"/triage a text of {name}", "POST", "/triage", 200, content=_utf8(body), headers=headers)
        for name, path, raw, extra, expect in body_probes():
            record(name, "POST", path, expect, content=raw, headers=headers | extra)
        for name, method, path, request in route_probes(triaged):
            record(name, method, path, headers=headers, **request)
        for path in (*API_PATHS, *GET_ROUTES, "//evil.example"):
            # Behind a proxy that passes Host through, a redirect written from it sends the client away.
            name = f"GET {path}/ with Host: evil.example"
            moved = record(name, "GET", f"{path}/", headers=headers | {"Host": "evil.example"})
            location = moved.headers.get("location", "") if moved is not None else ""
            if "evil.example" in location.split("?")[0].removeprefix("/evil.example") or location.startswith("//"):
                failures.append({"probe": name, "problem": f"redirected to {location}"})
        for name, data, expect in wire_probes(key):
            record_raw(name, *exchange(url, data, body_seconds + answer_seconds), expect, answer_seconds)
        for name, head, content, outcomes in conversation_probes(key):
            # the body's time (a body never sent) and the 2 s each side waits for the other
            within = body_seconds + answer_seconds + 6
            got, seconds = converse(url, head, content, within)
            statuses.update(event for event in got.split(",") if event.isdigit())
            answers[name], slowest[name] = got, seconds
            if got not in outcomes or seconds > within:
                failures.append({"probe": name, "got": got, "expected": outcomes, "seconds": round(seconds, 1)})
        for name, data, expect in pipelined_probes(key):
            within = head_seconds + answer_seconds
            got, seconds = pipelined_exchange(url, data, len(expect), within)
            statuses.update(str(status) for status in got)
            answers[name], slowest[name] = ",".join(map(str, got)), seconds
            if got != expect or seconds > within:
                failures.append({"probe": name, "statuses": got, "expected": expect, "seconds": round(seconds, 1)})
        for name, method, path, form in signed_out_probes(triaged):
            content = None if form is None else _form(form)
            # Sent to sign in, or a path no page has (a value with `/`): never a page or a change.
            signed_out = (303, 404)
            not_a_session = FORM | {"Cookie": f"{SESSION_COOKIE}=not-a-session"}
            record(name, method, path, signed_out, content=content, headers=not_a_session)
        for name, value in (STRINGS | {"100,000 chars": "x" * 100_000}).items():
            token = _csrf(client.get("/console/sign-in").text)
            form = {"name": value, "password": value, "csrf_token": token}
            record(f"console sign-in {name}", "POST", "/console/sign-in", content=_form(form), headers=FORM)
        form = {"name": "nobody", "password": "x", "csrf_token": _csrf(client.get("/console/sign-in").text)}
        for name, fields in _oversized_forms(form):
            record(f"console sign-in {name}", "POST", "/console/sign-in", 400, content=fields, headers=FORM)
        record(
            "console sign-in as multipart", "POST", "/console/sign-in", files={k: (None, v) for k, v in form.items()}
        )
        if agent and password:
            token = _csrf(client.get("/console/sign-in").text)
            form = {"name": agent, "password": password, "csrf_token": token}
            client.post("/console/sign-in", data=form, follow_redirects=False)
            page = client.get(f"/console/returns/{triaged}")
            if page.status_code != 200:
                raise SystemExit(f"the console did not open return {triaged}: {page.status_code}")
            token = _csrf(page.text)
            for name, body in folded.items():
                shown = record(
                    f"console page of {name}", "GET", f"/console/returns/{body['returns'][0]['return_id']}", 200
                )
                if shown is not None and any(markup in shown.text for markup in FOLDED):
                    failures.append({"probe": f"console page of {name}", "problem": "folded into markup"})
            for name, method, path, form in console_probes(triaged):
                if form is None:
                    record(name, method, path)
                else:
                    record(name, method, path, content=_form(form | {"csrf_token": token}), headers=FORM)
            for name, method, path, expect, field in query_string_probes(triaged):
                record(f"console {name}", method, path, expect, field)
            for path, form in _posted_forms(triaged):
                if path == "/console/sign-out":
                    continue  # it would end the session the probes after it use
                for what, query in (("unknown parameters", "zz=1&zz=2"), ("not UTF-8", "zz=%FF&%C3%28=1&reason=%80")):
                    # 409: the entry already on its list, the session extended already
                    record(
                        f"console {path} with a query string {what}",
                        "POST",
                        f"{path}?{query}",
                        (303, 400, 409),
                        content=_form(form | {"csrf_token": token}),
                        headers=FORM,
                    )
            newest = queue_ids(client.get("/console").text)
            for query in QUEUE_SORTS:
                listed = record(f"console queue {query}", "GET", f"/console?{query}", 200)
                if listed is not None and listed.status_code == 200 and queue_ids(listed.text) != newest:
                    failures.append({"probe": f"console queue {query}", "problem": "another order or other rows"})
            for query, notice in LIST_LINKS.items():
                linked = record(f"console lists link {query}", "GET", f"/console/lists?{query}", 200)
                if linked is not None and linked.status_code == 200 and f'id="{notice}"' not in linked.text:
                    failures.append({"probe": f"console lists link {query}", "problem": f"no {notice} notice"})
            for name, path, content in console_value_probes(triaged):
                fields = content + b"&" + _form({"csrf_token": token})
                record(name, "POST", path, content=fields, headers=FORM)
            for return_id in longest_ids.values():
                record(
                    f"console return page of {return_id[:3]}... ({len(return_id)})",
                    "GET",
                    f"/console/returns/{_quoted(return_id)}",
                    200,
                )
                for name, path, form, expect, field in console_limit_forms(return_id):
                    fields = _form(form | {"csrf_token": token})
                    record(
                        f"{name}, return {return_id[:3]}...", "POST", path, expect, field, content=fields, headers=FORM
                    )
            pages = [
                "/console",
                *(f"/console/returns/{body['returns'][0]['return_id']}" for body in long_texts.values()),
            ]
            for name, path in zip(("queue", *LONG_TEXTS), pages, strict=True):
                record(f"console page with a text of {name}", "GET", path, 200)
            widths = page_widths(url, dict(client.cookies), pages)
            for path, width in (widths or {}).items():
                if width["390"] > 390 or width["1360"] > 1360:
                    failures.append({"probe": f"console page {path} laid out wider than its window", **width})
            page_layout = {"widths": widths}
            for path in ("/console", f"/console/returns/{triaged}", "/console/lists"):
                shown = record(f"console {path} saved spoof", "GET", path, params={"saved": SPOOF})
                if shown is not None and SPOOF in shown.text:
                    failures.append({"probe": f"console {path} saved spoof", "problem": "the console said it"})
            for name, value in NEXT_PAGES.items():
                # A client of its own, signed out (a signed-in agent is sent on from the sign-in page), whose sign-in
                # starts a new session (which would stale this client's token).
                with httpx.Client(base_url=url, timeout=60) as other:
                    page = other.get("/console/sign-in", params={"next": value})
                    statuses[str(page.status_code)] += 1
                    answers[f"console sign-in page next {name}"] = page.status_code
                    if page.status_code != 200 or any(markup in page.text for markup in MARKUPS):
                        failures.append({"probe": f"console sign-in page next {name}", "status": page.status_code})
                    fields = {"name": agent, "password": password, "next": value}
                    fields["csrf_token"] = _csrf(other.get("/console/sign-in").text)
                    started = time.perf_counter()
                    signed = other.post("/console/sign-in", content=_form(fields), headers=FORM)
                probe = f"console sign-in with next {name}"
                statuses[str(signed.status_code)] += 1
                answers[probe], slowest[probe] = signed.status_code, time.perf_counter() - started
                location = signed.headers.get("location", "")
                if signed.status_code != 303 or _leaves(location):
                    failures.append({"probe": probe, "status": signed.status_code, "location": location[:300]})
            for name in ("markup", "styles", "formula"):  # 1,500 lines are past a note's 2,000 characters
                # An entry added since a return's decision is told whole on its page, note and all; a return
                # triaged after it names the entry by its rule.
                sku, customer = f"SHO-P{uuid.uuid4().hex[:8]}", f"CP{uuid.uuid4().hex[:8]}"
                before = _triage_body(sku=sku, customer_id=customer)
                record(f"/triage before a listed note {name}", "POST", "/triage", 200, json=before, headers=headers)
                for kind, value in (("sku", sku), ("customer", customer)):
                    entry = {"list": "block", "kind": kind, "value": value, "note": STRINGS[name]}
                    fields = _form(entry | {"csrf_token": token})
                    record(
                        f"console lists add {kind} listed note {name}",
                        "POST",
                        "/console/lists/add",
                        303,
                        content=fields,
                        headers=FORM,
                    )
                after = _triage_body(sku=sku, customer_id=customer)
                record(f"/triage after a listed note {name}", "POST", "/triage", 200, json=after, headers=headers)
                for when, body in (("added since", before), ("named by the decision", after)):
                    returned = body["returns"][0]["return_id"]
                    record(
                        f"console return page, a list entry {when}, note {name}",
                        "GET",
                        f"/console/returns/{returned}",
                        200,
                    )
                for kind, value in (("sku", sku), ("customer", customer)):
                    entry = {"list": "block", "kind": kind, "value": value, "note": "probe done"}
                    fields = _form(entry | {"csrf_token": token})
                    record(
                        f"console lists remove {kind} listed note {name}",
                        "POST",
                        "/console/lists/remove",
                        303,
                        content=fields,
                        headers=FORM,
                    )
            plain = queue_rows(client.get("/console").text)
            for query, expect in QUEUE_PAGING.items():
                page = record(f"console queue {query}", "GET", f"/console?{query}", expect, "before")
                if (
                    page is not None
                    and page.status_code == 200
                    and "before" not in query
                    and queue_rows(page.text) != plain
                ):
                    failures.append({"probe": f"console queue {query}", "rows": queue_rows(page.text), "plain": plain})
            # A session cookie kept after its agent signed out (a shared computer, a copied cookie) opens nothing.
            with httpx.Client(base_url=url, timeout=60) as other:
                sign_in_token = _csrf(other.get("/console/sign-in").text)
                other.post("/console/sign-in", data={"name": agent, "password": password, "csrf_token": sign_in_token})
                kept = other.cookies.get(SESSION_COOKIE, "")
                kept_token = _csrf(other.get(f"/console/returns/{triaged}").text)
                if not kept or not kept_token:
                    failures.append({"probe": "console sign-in for the signed-out session", "problem": "not signed in"})
                other.post("/console/sign-out", data={"csrf_token": kept_token})
            # On a client of its own: the answers clear the cookie they refuse, which would end this client's session.
            with httpx.Client(base_url=url, timeout=60, cookies={SESSION_COOKIE: kept}) as replayed:
                for path in ("/console", f"/console/returns/{triaged}", "/console/lists"):
                    probe = f"console {path} with a signed-out session"
                    shown = record(probe, "GET", path, 303, via=replayed)
                    if shown is not None and not shown.headers.get("location", "").startswith("/console/sign-in"):
                        failures.append({"probe": probe, "location": shown.headers.get("location")})
                for path, form in _posted_forms(triaged):
                    record(
                        f"console {path} with a signed-out session and its token",
                        "POST",
                        path,
                        (303, 403),
                        via=replayed,
                        content=_form(form | {"csrf_token": kept_token}),
                        headers=FORM,
                    )
            with httpx.Client(base_url=url, timeout=60) as other:
                sign_in_token = _csrf(other.get("/console/sign-in").text)
                other.post("/console/sign-in", data={"name": agent, "password": password, "csrf_token": sign_in_token})
                others = _csrf(other.get("/console/lists").text)
            for path, form in _posted_forms(triaged):
                for what, fields in (
                    ("no CSRF token", form),
                    ("another session's CSRF token", form | {"csrf_token": others}),
                ):
                    record(f"console {path} {what}", "POST", path, 403, content=_form(fields), headers=FORM)
                for name, fields in _oversized_forms(form | {"csrf_token": token}):
                    record(f"console {path} {name}", "POST", path, 400, content=fields, headers=FORM)
                as_multipart = {key: (None, value) for key, value in (form | {"csrf_token": token}).items()}
                record(f"console {path} as multipart", "POST", path, files=as_multipart)
                record(
                    f"console {path} multipart without boundary",
                    "POST",
                    path,
                    content=_form(form | {"csrf_token": token}),
                    headers={"Content-Type": "multipart/form-data"},
                )
            thirteenth.update(
                thirteenth_console_probes(url, record, record_raw, failures, headers, triaged, agent, password)
            )
            fourteenth = fourteenth_console_probes(url, record, failures, headers, agent, password)
        if other_key:
            thirteenth["another key"] = another_keys_probes(record, failures, key, other_key)
    slow = asyncio.run(slow_clients(url, key, slow_connections, body_seconds, answer_seconds))
    for name, answer in slow["slow_bodies"].items():
        record_raw(name, answer["status"], answer["seconds"], 408, body_seconds + answer_seconds)
    for name, answer in slow["trickled_bodies"].items():
        record_raw(name, answer["status"], answer["seconds"], answer["expect"], answer["within"])
    held = sum(slow["held_answers"].values())
    record_raw(
        f"slow: {held} connections trickling headers or sending nothing",
        408 if slow["held_answers"] == {"408": held} else json.dumps(slow["held_answers"]),
        slow["held_longest_seconds"],
        408,
        head_seconds + answer_seconds,
    )
    for call in slow["other_calls_failed"]:
        failures.append({"probe": f"while slow clients held the service: {call['call']}", **call})
    if slow["other_calls_slowest_seconds"] is None or slow["other_calls_slowest_seconds"] > answer_seconds:
        failures.append(
            {
                "probe": "others' calls while slow clients held the service",
                "slowest": slow["other_calls_slowest_seconds"],
            }
        )
    heavy = asyncio.run(heavy_calls(url, key, heavy_clients, answer_seconds))
    for answer in heavy.pop("heavy_calls"):
        # Each attempt is answered well within the traffic timeout (60 s), and the call in the end: 200.
        name = "heavy: 256 returns of 1,000 characters"
        record_raw(name, answer["status"], answer["slowest_attempt_seconds"], 200, HEAVY_ATTEMPT_SECONDS)
        heavy.setdefault("calls", []).append(answer)
    if heavy["other_calls_over_answer_seconds"]:
        failures.append({"probe": "others' calls while heavy calls ran", **heavy})
    if service_log is not None:
        # a key holding a line break began a log line of the client's making in the refusal's line
        forged = f"[ERROR] forged-{uuid.uuid4().hex[:8]}"
        body = {"returns": [{**EXAMPLE_EN, f"x\n{forged}": 1, f"y\r\x1b[31m{forged}": 1}]}
        answer = httpx.post(f"{url}/triage", json=body, headers={"Authorization": f"Bearer {key}"}, timeout=60)
        seconds = answer.elapsed.total_seconds()
        record_raw("/triage keys holding a line break", answer.status_code, seconds, 422, answer_seconds)
        time.sleep(1)  # the log line is written after the answer
        lines = service_log.read_text(errors="replace").splitlines()
        statuses["service log read"] += 1
        if any(
            forged in line and not line[:1].isdigit() for line in lines
        ):  # each line the service's begins with a date
            failures.append({"probe": "a key holding a line break", "problem": "began a line of the service's log"})
        secret = key.rsplit("_", 1)[-1]
        written = service_log.read_text(errors="replace")
        statuses["service log read"] += 1
        answers["the API key in the service's log"] = secret in written
        if secret in written:
            failures.append({"probe": "the API key in the service's log", "problem": "written to it"})
    return {
        "probes": sum(statuses.values()),
        "statuses": dict(sorted(statuses.items())),
        "failures": failures,
        "slowest_answers": dict(sorted(slowest.items(), key=lambda item: -item[1])[:10]),
        "slow_clients": slow,
        "heavy_calls": heavy,
        "page_layout": page_layout,
        "many_calls_on_one_connection": on_one,
        "thirteenth_round": thirteenth,
        "fourteenth_round": fourteenth,
        # Named without the probed return's id, so two runs' answers compare probe by probe.
        "answers": {name.replace(triaged, "{triaged}"): answer for name, answer in answers.items()},
    }


# The fourteenth round: forms from another site's page, unknown console paths, Content-Length against the body, texts
# that turn the page's direction, notes at their limit.
ELSEWHERE = {
    "another site's Origin": {"Origin": "https://evil.example"},
    "Origin null": {"Origin": "null"},
    "another site's Referer, no Origin": {"Referer": "https://evil.example/win"},
    "a host starting like the service's": {"Origin": "http://127.0.0.1.evil.example"},
    # no URL at all (urlsplit's "Invalid IPv6 URL"): a 500 on every form
    "an Origin that is no URL": {"Origin": "http://[::1"},
    "a Referer that is no URL, no Origin": {"Referer": "http://[::1"},
}
UNKNOWN_CONSOLE_PATHS = (
    "/console/nothing-here",
    "/console/returns",
    "/console/returns/R1/nothing",
    "/console/static-nothing",
    "/console/lists/nothing",
    "/console/sign-in/x",
)
TURNING_TEXTS = {
    "override left open": "The zip broke on day one ‮ylno tsuj ,dnufer a tnaw I",
    "isolate left open": "Too small ⁧גדול and the box was wet",
    "zero-width joiners": "De​fec‌tive zip‍, it does not close",
    "markup and an override": "<img src=x onerror=alert(1)>‮ the seam split",
    "Arabic": "المقاس صغير جدا too small",
}


def wire_answer(url: str, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> dict[str, Any]:
    """One request on a socket of its own (`Connection: close`), the answer read to the end: its status, the
    Content-Length it declared (None when chunked or absent) and the body's bytes as sent (chunks joined)."""
    target = urllib.parse.urlsplit(url)
    lines = [f"{method} {path} HTTP/1.1", f"Host: {target.netloc}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if body or method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    received = b""
    with socket.create_connection((target.hostname, target.port), timeout=60) as connection:
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        while chunk := connection.recv(65536):
            received += chunk
    head, _, sent = received.partition(b"\r\n\r\n")
    fields = [line.split(b":", 1) for line in head.split(b"\r\n")[1:] if b":" in line]
    named = {name.strip().lower().decode(): value.strip().decode(errors="replace") for name, value in fields}
    chunked = "chunked" in named.get("transfer-encoding", "")
    if chunked:
        sent = _unchunked(sent)
    declared = named.get("content-length")
    return {
        "status": int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/") else repr(head[:40]),
        "declared": int(declared) if declared is not None and declared.isdigit() else declared,
        "sent": len(sent),
        "chunked": chunked,
    }


def _unchunked(sent: bytes) -> bytes:
    joined, rest = b"", sent
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        joined, rest = joined + rest[:size], rest[size + 2 :]
    return joined


def fourteenth_console_probes(
    url: str,
    record: Any,
    failures: list[dict[str, Any]],
    api_headers: dict[str, str],
    agent: str,
    password: str,
) -> dict[str, Any]:
    """The fourteenth round's probes, on a client of their own signed in as `agent`; `record` sends a probe and counts
    it as `run`'s does. Returns what was read beside the failures."""
    read: dict[str, Any] = {"forms": {}, "unknown_paths": {}, "content_length": {}, "turning_texts": {}, "notes": {}}
    with httpx.Client(base_url=url, timeout=60) as client:
        client.post(
            "/console/sign-in",
            data={"name": agent, "password": password, "csrf_token": _csrf(client.get("/console/sign-in").text)},
        )
        texts = {name: _triage_body(reason_text=text) for name, text in TURNING_TEXTS.items()}
        for name, body in texts.items():
            record(f"/triage a text with {name}", "POST", "/triage", 200, json=body, headers=api_headers)
        triaged = texts["override left open"]["returns"][0]["return_id"]
        token = _csrf(client.get(f"/console/returns/{triaged}").text)
        if not token:
            raise SystemExit(f"the fourteenth round's probes could not sign in as {agent}")
        own = {"Origin": url.rstrip("/")}
        for path, form in _posted_forms(triaged):
            named = path.replace(triaged, "{return}")  # two runs' answers compare probe by probe
            for where, headers in ELSEWHERE.items():
                refused = record(
                    f"console {named} from elsewhere: {where}",
                    "POST",
                    path,
                    403,
                    via=client,
                    content=_form(form | {"csrf_token": token}),
                    headers=FORM | headers,
                )
                if refused is not None and "another site" not in refused.text:
                    failures.append({"probe": f"console {named} from elsewhere: {where}", "problem": "not said"})
                read["forms"][f"{named} {where}"] = None if refused is None else refused.status_code
            if path != "/console/sign-out":
                taken = record(
                    f"console {named} from the console's own origin",
                    "POST",
                    path,
                    (303, 400, 409),
                    via=client,
                    content=_form(form | {"csrf_token": token}),
                    headers=FORM | own,
                )
                read["forms"][f"{named} own origin"] = None if taken is None else taken.status_code
        with httpx.Client(base_url=url, timeout=60) as stranger:
            signin_token = _csrf(stranger.get("/console/sign-in").text)
            record(
                "console sign-in from another site",
                "POST",
                "/console/sign-in",
                403,
                via=stranger,
                data={"name": agent, "password": password, "csrf_token": signin_token},
                headers=ELSEWHERE["another site's Origin"],
            )
            read["unknown_paths"] = _unknown_console_paths(record, failures, client, stranger)
        cookie = {"Cookie": f"{SESSION_COOKIE}={client.cookies.get(SESSION_COOKIE)}"}
        read["content_length"] = _content_lengths(url, failures, cookie, api_headers, triaged, token)
        for name, body in texts.items():
            return_id = body["returns"][0]["return_id"]
            page = record(
                f"console page of a text with {name}", "GET", f"/console/returns/{return_id}", 200, via=client
            )
            if page is None:
                continue
            text = html.escape(TURNING_TEXTS[name], quote=False)
            own_block = re.search(rf'<(p|div) class="customer-text[^>]*>{re.escape(text)}</(p|div)>', page.text)
            read["turning_texts"][name] = {"status": page.status_code, "in a block of its own": bool(own_block)}
            if not own_block:
                failures.append(
                    {"probe": f"console page of a text with {name}", "problem": "text not in its own block"}
                )
        read["notes"] = _long_notes(record, client, texts["zero-width joiners"]["returns"][0]["return_id"])
    return read


def _unknown_console_paths(
    record: Any, failures: list[dict[str, Any]], client: httpx.Client, stranger: httpx.Client
) -> dict[str, Any]:
    """Unknown paths under /console by several methods, signed in and out: the console's 404 page with its headers."""
    read: dict[str, Any] = {}
    for path in UNKNOWN_CONSOLE_PATHS:
        for who, via in (("signed in", client), ("signed out", stranger)):
            for method in ("GET", "POST", "HEAD", "DELETE"):
                name = f"{method} {path} {who}"
                answer = record(name, method, path, 404, via=via)
                if answer is None:
                    continue
                gaps = header_gaps(answer)
                read[name] = [answer.status_code, answer.headers.get("content-type", ""), gaps]
                if gaps or "text/html" not in answer.headers.get("content-type", ""):
                    failures.append({"probe": name, "problem": "not the console's 404 page", "lacks": gaps})
    wrong_method = record("DELETE /console/lists", "DELETE", "/console/lists", 405, via=client)
    read["DELETE /console/lists"] = None if wrong_method is None else wrong_method.status_code
    slash = record("GET /console/lists/ (redirect)", "GET", "/console/lists/", (307, 308), via=client)
    read["GET /console/lists/"] = None if slash is None else slash.status_code
    return read


def _content_lengths(
    url: str,
    failures: list[dict[str, Any]],
    cookie: dict[str, str],
    api_headers: dict[str, str],
    triaged: str,
    token: str,
) -> dict[str, Any]:
    """Each kind of answer read on the wire: the Content-Length it declares against the bytes of its body."""
    form = {**cookie, "Content-Type": "application/x-www-form-urlencoded"}
    asked: list[tuple[str, str, str, dict[str, str], bytes]] = [
        *(("GET " + path, "GET", path, cookie, b"") for path in GET_ROUTES),
        *(("HEAD " + path, "HEAD", path, cookie, b"") for path in GET_ROUTES),
        ("GET return page", "GET", f"/console/returns/{triaged}", cookie, b""),
        ("GET unknown return", "GET", "/console/returns/RP-never-triaged", cookie, b""),
        ("GET unknown console path", "GET", "/console/nothing-here", cookie, b""),
        ("GET unknown path", "GET", "/nothing-here", {}, b""),
        ("GET signed out redirect", "GET", "/console/lists", {}, b""),
        ("GET trailing slash redirect", "GET", "/console/lists/", cookie, b""),
        ("GET static style", "GET", "/console/static/console.css", {}, b""),
        ("DELETE /console (405)", "DELETE", "/console", cookie, b""),
        (
            "POST form refused (400)",
            "POST",
            f"/console/returns/{triaged}/reason",
            form,
            _form({"reason": "x", "csrf_token": token}),
        ),
        ("POST form without token (403)", "POST", f"/console/returns/{triaged}/reason", form, b"reason=too_large"),
        ("POST /triage refused (422)", "POST", "/triage", api_headers, b'{"returns": [{}]}'),
        ("POST /triage no key (401)", "POST", "/triage", {"Content-Type": "application/json"}, b"{}"),
        ("POST /triage not JSON (400)", "POST", "/triage", api_headers, b"{"),
        ("POST /classify", "POST", "/classify", api_headers, json.dumps({"texts": ["Too small"]}).encode()),
    ]
    read: dict[str, Any] = {}
    for name, method, path, headers, body in asked:
        started = time.perf_counter()
        try:
            answer = wire_answer(url, method, path, headers, body)
        except OSError as error:
            failures.append({"probe": f"Content-Length: {name}", "error": f"{type(error).__name__}: {error}"})
            continue
        read[name] = answer
        # HEAD sends no body whatever it declares; an answer declaring no length ends with the connection (asked).
        if method == "HEAD":
            wrong = answer["sent"] != 0
        else:
            wrong = answer["declared"] is not None and answer["sent"] != answer["declared"]
        if wrong or not isinstance(answer["status"], int) or answer["status"] >= 500:
            failures.append({"probe": f"Content-Length: {name}", **answer})
        slow = time.perf_counter() - started
        if slow > 60:
            failures.append({"probe": f"Content-Length: {name}", "problem": f"answered after {slow:.1f} s"})
    return read


def _long_notes(record: Any, client: httpx.Client, return_id: str) -> dict[str, Any]:
    """A decision other than the suggested one with notes at the limit, past it and far past it."""
    read: dict[str, Any] = {}
    for name, note, expect in (
        (f"{MAX_NOTE_CHARS:,} characters", "n" * MAX_NOTE_CHARS, 303),
        (f"{MAX_NOTE_CHARS:,} characters of emoji", "📦" * MAX_NOTE_CHARS, 303),
        (f"{MAX_NOTE_CHARS + 1:,} characters", "n" * (MAX_NOTE_CHARS + 1), 400),
        ("200,000 characters", "n" * 200_000, 400),
        (f"{MAX_NOTE_CHARS:,} line breaks", "\n" * MAX_NOTE_CHARS, (303, 400)),
    ):
        page = client.get(f"/console/returns/{return_id}").text
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', _form_html(page)))
        chosen = "reject" if 'value="reject" selected' not in page else "manual_review"
        answer = record(
            f"console decision with a note of {name}",
            "POST",
            f"/console/returns/{return_id}/decision",
            expect,
            "note" if expect == 400 else None,
            via=client,
            data=fields | {"decision": chosen, "note": note},
            follow_redirects=False,
        )
        read[name] = None if answer is None else answer.status_code
        if answer is not None and answer.status_code == 303:
            shown = record(
                f"console page after a note of {name}", "GET", f"/console/returns/{return_id}", 200, via=client
            )
            read[f"{name}, the page after"] = None if shown is None else shown.status_code
    return read


def _form_html(page: str) -> str:
    form = re.search(r'<form[^>]*id="decision-form">(.*?)</form>', page, re.S)
    return form.group(1) if form else ""


def thirteenth_console_probes(
    url: str,
    record: Any,
    record_raw: Any,
    failures: list[dict[str, Any]],
    api_headers: dict[str, str],
    triaged: str,
    agent: str,
    password: str,
) -> dict[str, Any]:
    """The thirteenth round's console probes, on a client of their own signed in as `agent` (the probes before them
    end their client's session: a sign-out form is among those posted as multipart); `record` sends a probe and counts
    it as `run`'s does (`record_raw` counts one sent on a socket). Returns what was read beside the failures: the
    security headers each answer lacked, what HEAD answered against GET, the cookies' flags, and what each path trick
    reached."""
    with httpx.Client(base_url=url, timeout=60) as client:
        client.post(
            "/console/sign-in",
            data={"name": agent, "password": password, "csrf_token": _csrf(client.get("/console/sign-in").text)},
        )
        token = _csrf(client.get(f"/console/returns/{triaged}").text)
        if not token:
            raise SystemExit(f"the thirteenth round's probes could not sign in as {agent}")
        return _thirteenth_console_probes(
            url, client, record, record_raw, failures, api_headers, triaged, token, agent, password
        )


def _thirteenth_console_probes(
    url: str,
    client: httpx.Client,
    record: Any,
    record_raw: Any,
    failures: list[dict[str, Any]],
    api_headers: dict[str, str],
    triaged: str,
    token: str,
    agent: str,
    password: str,
) -> dict[str, Any]:
    cookie = {"Cookie": f"{SESSION_COOKIE}={client.cookies.get(SESSION_COOKIE)}"}
    read: dict[str, Any] = {"header_gaps": {}, "head_against_get": {}, "path_tricks": {}}
    # Every kind of console answer: pages, redirects, refusals, the static files, an unknown path, a wrong method.
    answers = {
        "queue": client.get("/console"),
        "return page": client.get(f"/console/returns/{triaged}"),
        "lists": client.get("/console/lists"),
        "analytics": client.get("/console/analytics"),
        "unknown return (404 page)": client.get("/console/returns/RP-never-triaged"),
        "unknown console path": client.get("/console/nothing-here"),
        "wrong method": client.delete("/console"),
        "static script": client.get("/console/static/console.js"),
        "static style": client.get("/console/static/console.css"),
        "plotly": client.get("/console/static/plotly.min.js"),
        "missing static file": client.get("/console/static/nothing.js"),
        "policy page": client.get("/policy/en"),
        "form refused (400)": client.post(
            f"/console/returns/{triaged}/reason", data={"reason": "not-a-reason", "csrf_token": token}
        ),
        "form without token (403)": client.post(f"/console/returns/{triaged}/reason", data={"reason": "too_large"}),
        "a form's redirect (303)": client.post(
            f"/console/returns/{triaged}/reason", data={"reason": "too_large", "csrf_token": token}
        ),
    }
    with httpx.Client(base_url=url, timeout=60) as signed_out:
        answers["sign-in page"] = signed_out.get("/console/sign-in")
        answers["signed out redirect"] = signed_out.get("/console")
        answers["wrong password (401)"] = signed_out.post(
            "/console/sign-in",
            data={"name": agent, "password": "wrong", "csrf_token": _csrf(signed_out.get("/console/sign-in").text)},
        )
    for name, response in answers.items():
        gaps = header_gaps(response)
        read["header_gaps"][f"{name} ({response.status_code})"] = gaps
        # a page that holds customer text or a form: every header; any other answer is read and listed
        if gaps and "html" in response.headers.get("content-type", "") and response.status_code < 500:
            failures.append({"probe": f"security headers: {name}", "status": response.status_code, "lacks": gaps})
    # HEAD answers as GET would, without a body; a route that only takes POST refuses HEAD as it refuses GET.
    routes = [*GET_ROUTES, f"/console/returns/{triaged}", "/console/returns/RP-never-triaged", *API_PATHS]
    for path in routes:
        keyed = api_headers if path in API_PATHS else {}
        head, get = record(f"HEAD {path}", "HEAD", path, via=client, headers=keyed), client.get(path, headers=keyed)
        if head is None:
            continue
        read["head_against_get"][path] = [head.status_code, get.status_code]
        if head.status_code != get.status_code or head.content:
            failures.append({"probe": f"HEAD {path}", "head": head.status_code, "get": get.status_code})
    for path in PATH_TRICKS:
        started = time.perf_counter()
        status, body = raw_get(url, path, cookie)
        read["path_tricks"][path] = status
        record_raw(f"path trick {path}", status, time.perf_counter() - started, None, 10.0)
        if any(mark in body for mark in SOURCE_MARKS):
            failures.append({"probe": f"path trick {path}", "status": status, "problem": "source served"})
    for name, query in MANY_PARAMETERS.items():
        for path in ("/console", f"/console/returns/{triaged}", "/healthz", "/console/lists"):
            record(f"{path} with {name}", "GET", f"{path}?{query}", (200, 400, 414, 431), via=client)
    read["cookies"] = session_probes(url, record, failures, agent, password)
    # Forms from elsewhere: another site's Origin with the session's cookie and token (a browser sends no cookie
    # with it, SameSite=Lax: what the token alone decides), the token in the query string, and an old session's.
    with httpx.Client(base_url=url, timeout=60) as former:
        former.post(
            "/console/sign-in",
            data={"name": agent, "password": password, "csrf_token": _csrf(former.get("/console/sign-in").text)},
        )
        old_token = _csrf(former.get("/console/lists").text)
        former.post("/console/sign-out", data={"csrf_token": old_token})
    for path, form in _posted_forms(triaged):
        if path == "/console/sign-out":
            continue
        record(
            f"console {path} from another site's page",
            "POST",
            path,
            403,
            content=_form(form | {"csrf_token": token}),
            via=client,
            headers=FORM | {"Origin": "https://evil.example", "Referer": "https://evil.example/"},
        )
        record(
            f"console {path} token in the query string",
            "POST",
            f"{path}?csrf_token={token}",
            403,
            via=client,
            content=_form(form),
            headers=FORM,
        )
        record(
            f"console {path} a signed-out session's token",
            "POST",
            path,
            403,
            via=client,
            content=_form(form | {"csrf_token": old_token}),
            headers=FORM,
        )
    for name, alike in LOOK_ALIKE_NAMES.items():
        if alike(agent) == agent:
            continue  # a name without the letter it replaces ("amelie" has no o) is the agent's own
        with httpx.Client(base_url=url, timeout=60) as stranger:
            fields = {
                "name": alike(agent),
                "password": password,
                "csrf_token": _csrf(stranger.get("/console/sign-in").text),
            }
            record(
                f"console sign-in as a look-alike name: {name}",
                "POST",
                "/console/sign-in",
                401,
                via=stranger,
                content=_form(fields),
                headers=FORM,
            )
    return read


def session_probes(url: str, record: Any, failures: list[dict[str, Any]], agent: str, password: str) -> dict[str, Any]:
    """A session id the caller chose before signing in must not become the session (fixation), and the session
    cookie's flags: HttpOnly, SameSite, Path, and Secure when the client came over TLS (`X-Forwarded-Proto` from a
    proxy on this host)."""
    flags: dict[str, Any] = {}
    for name, extra in (("http", {}), ("behind a TLS proxy", {"X-Forwarded-Proto": "https"})):
        with httpx.Client(base_url=url, timeout=60, cookies={SESSION_COOKIE: CHOSEN_SESSION}) as fixed:
            fields = {"name": agent, "password": password, "csrf_token": _csrf(fixed.get("/console/sign-in").text)}
            signed = record(
                f"console sign-in with a chosen session id ({name})",
                "POST",
                "/console/sign-in",
                303,
                via=fixed,
                content=_form(fields),
                headers=FORM | extra,
            )
            if signed is None:
                continue
            set_cookie = next(
                (value for value in signed.headers.get_list("set-cookie") if value.startswith(f"{SESSION_COOKIE}=")),
                "",
            )
            flags[name] = set_cookie.split(";", 1)[-1].strip() if set_cookie else None
            given = set_cookie.split(";", 1)[0].partition("=")[2]
            lower = set_cookie.lower()
            wanted = ["httponly", "samesite=lax", "path=/"] + (["secure"] if extra else [])
            if not given or given == CHOSEN_SESSION or any(flag not in lower for flag in wanted):
                failures.append({"probe": f"session cookie ({name})", "set-cookie": set_cookie.split(";", 1)[-1]})
        with httpx.Client(base_url=url, timeout=60, cookies={SESSION_COOKIE: CHOSEN_SESSION}) as planted:
            record(
                f"console with the chosen session id after its sign-in ({name})", "GET", "/console", 303, via=planted
            )
    return flags


def another_keys_probes(record: Any, failures: list[dict[str, Any]], key: str, other_key: str) -> dict[str, Any]:
    """Another API key's calls on a return the first key triaged: the service serves one shop, whose clients share
    its returns (the console's agents open every return), so the same request is answered with the stored answer and
    feedback is taken; a different request for the return is 409 as for any client. Read and listed."""
    first, second = ({"Authorization": f"Bearer {k}", "Content-Type": "application/json"} for k in (key, other_key))
    body = _triage_body()
    return_id = body["returns"][0]["return_id"]
    read: dict[str, Any] = {}
    own = record("/triage by the first key", "POST", "/triage", 200, json=body, headers=first)
    again = record("/triage the same request by another key", "POST", "/triage", 200, json=body, headers=second)
    read["same request by another key"] = None if again is None else again.status_code
    if own is not None and again is not None and again.status_code == 200 and own.json() != again.json():
        failures.append({"probe": "/triage the same request by another key", "problem": "another answer"})
    changed = copy.deepcopy(body)
    changed["returns"][0]["reason_text"] = "Another reason for the same return"
    other = record(
        "/triage another request for it by another key", "POST", "/triage", 409, json=changed, headers=second
    )
    read["another request by another key"] = None if other is None else other.status_code
    feedback = {"return_id": return_id, "agent_id": "agent-of-another-client", "reason_accepted": True}
    taken = record("/feedback by another key", "POST", "/feedback", 200, json=feedback, headers=second)
    read["feedback by another key"] = None if taken is None else taken.status_code
    return read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--key", required=True, help="a score-scoped API key")
    parser.add_argument("--agent", help="a console agent's name (`triage agents add`)")
    parser.add_argument("--password", help="that agent's password")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--answer-seconds", type=float, default=10.0, help="the longest a probe's answer may take")
    parser.add_argument("--body-seconds", type=float, default=30.0, help="the service's TRIAGE_REQUEST_BODY_SECONDS")
    parser.add_argument("--head-seconds", type=float, default=10.0, help="the service's TRIAGE_REQUEST_HEAD_SECONDS")
    parser.add_argument("--slow-connections", type=int, default=500, help="connections trickling their headers")
    parser.add_argument("--heavy-clients", type=int, default=2, help="clients sending the largest calls at once")
    parser.add_argument("--service-log", type=Path, help="the service's log: the API key must not be in it")
    parser.add_argument("--service-pid", type=int, help="the `bentoml serve` process: its tree's memory is read")
    parser.add_argument("--keep-alive-calls", type=int, default=20_000, help="GET /healthz calls on one connection")
    parser.add_argument("--other-key", help="a second score-scoped key: another client's calls on the first's returns")
    arguments = parser.parse_args()
    figures = run(
        arguments.url.rstrip("/"),
        arguments.key,
        arguments.agent,
        arguments.password,
        arguments.answer_seconds,
        arguments.body_seconds,
        arguments.head_seconds,
        arguments.slow_connections,
        arguments.heavy_clients,
        arguments.service_log,
        arguments.service_pid,
        arguments.keep_alive_calls,
        arguments.other_key,
    )
    print(json.dumps({key: value for key, value in figures.items() if key != "answers"}, indent=2, ensure_ascii=False))
    if arguments.json:
        arguments.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    sys.exit(1 if figures["failures"] else 0)


if __name__ == "__main__":
    main()
