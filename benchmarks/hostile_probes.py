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
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import urllib.parse
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from serving.api import EXAMPLE_EN

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
}
NUMBERS = {
    "NaN": "NaN",
    "Infinity": "Infinity",
    "-Infinity": "-Infinity",
    "1e308": "1e308",
    "10^400": "1" + "0" * 400,
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
    for path in (f"/console/returns/{triaged}/decision", "/console/lists/add", "/console/sign-out"):
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


MARKUP = STRINGS["markup"]
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
        ("/console/sign-out", {}),
    ]


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    return match.group(1) if match else ""


def run(url: str, key: str, agent: str | None, password: str | None) -> dict[str, Any]:
    statuses: Counter[str] = Counter()
    answers: dict[str, int | str] = {}
    failures: list[dict[str, Any]] = []
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    with httpx.Client(base_url=url, timeout=60) as client:

        def record(
            name: str, method: str, path: str, expect: int | None = None, **request: Any
        ) -> httpx.Response | None:
            """Send one probe; a 5xx, a dropped connection, markup rendered as HTML or (with `expect`)
            another status is a failure."""
            try:
                response = client.request(method, path, **request)
            except httpx.HTTPError as error:
                failures.append({"probe": name, "error": f"{type(error).__name__}: {error}"})
                statuses["transport error"] += 1
                answers[name] = "transport error"
                return None
            statuses[str(response.status_code)] += 1
            answers[name] = response.status_code
            if response.status_code >= 500 or (expect is not None and response.status_code != expect):
                failures.append({"probe": name, "status": response.status_code, "body": response.text[:300]})
            elif "html" in response.headers.get("content-type", "") and MARKUP in response.text:
                failures.append({"probe": name, "status": response.status_code, "problem": "markup rendered as HTML"})
            return response

        body = _triage_body()
        triaged = body["returns"][0]["return_id"]
        first = record("/triage a valid return", "POST", "/triage", json=body, headers=headers)
        if first is None or first.status_code != 200:
            raise SystemExit(f"a valid /triage failed: {first.text if first is not None else failures}")
        for name, method, path, raw in api_probes(triaged):
            record(name, method, path, content=raw, headers=headers)
        for name, value in (STRINGS | {"100,000 chars": "x" * 100_000}).items():
            token = _csrf(client.get("/console/sign-in").text)
            form = {"name": value, "password": value, "csrf_token": token}
            record(f"console sign-in {name}", "POST", "/console/sign-in", content=_form(form), headers=FORM)
        form = {"name": "nobody", "password": "x", "csrf_token": _csrf(client.get("/console/sign-in").text)}
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
            for name, method, path, form in console_probes(triaged):
                if form is None:
                    record(name, method, path)
                else:
                    record(name, method, path, content=_form(form | {"csrf_token": token}), headers=FORM)
            for path in ("/console", f"/console/returns/{triaged}", "/console/lists"):
                shown = record(f"console {path} saved spoof", "GET", path, params={"saved": SPOOF})
                if shown is not None and SPOOF in shown.text:
                    failures.append({"probe": f"console {path} saved spoof", "problem": "the console said it"})
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
                as_multipart = {key: (None, value) for key, value in (form | {"csrf_token": token}).items()}
                record(f"console {path} as multipart", "POST", path, files=as_multipart)
                record(
                    f"console {path} multipart without boundary",
                    "POST",
                    path,
                    content=_form(form | {"csrf_token": token}),
                    headers={"Content-Type": "multipart/form-data"},
                )
    return {
        "probes": sum(statuses.values()),
        "statuses": dict(sorted(statuses.items())),
        "failures": failures,
        "answers": answers,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--key", required=True, help="a score-scoped API key")
    parser.add_argument("--agent", help="a console agent's name (`triage agents add`)")
    parser.add_argument("--password", help="that agent's password")
    parser.add_argument("--json", type=Path, help="write the figures here")
    arguments = parser.parse_args()
    figures = run(arguments.url.rstrip("/"), arguments.key, arguments.agent, arguments.password)
    print(json.dumps({key: value for key, value in figures.items() if key != "answers"}, indent=2, ensure_ascii=False))
    if arguments.json:
        arguments.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    sys.exit(1 if figures["failures"] else 0)


if __name__ == "__main__":
    main()
