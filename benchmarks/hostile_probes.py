"""Hostile and careless inputs against a running service (issue 16): every API route and the console,
with the values that broke it before or that only a database could refuse (NUL, very long values,
integers past 32 and 64 bits, dates at the ends of the calendar, invisible characters, NaN).

    .venv/bin/python benchmarks/hostile_probes.py --url http://127.0.0.1:3000 --key KEY \
        --agent NAME --password PASSWORD [--json out.json]

Run it against SQLite and PostgreSQL (`TRIAGE_DATABASE_URL`) services alike: the answers must not
differ and none may be a 5xx, a hang or a dropped connection. Prints the status counts and every
5xx or transport error; writes them and each probe's status as JSON with `--json` (compare two runs'
`answers`); exits 1 when any probe failed.
The agent (`triage agents add`) lets it probe the console's forms; without one they are skipped.
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


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    return match.group(1) if match else ""


def run(url: str, key: str, agent: str | None, password: str | None) -> dict[str, Any]:
    statuses: Counter[str] = Counter()
    answers: dict[str, int | str] = {}
    failures: list[dict[str, Any]] = []
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    with httpx.Client(base_url=url, timeout=60) as client:

        def record(name: str, method: str, path: str, **request: Any) -> httpx.Response | None:
            try:
                response = client.request(method, path, **request)
            except httpx.HTTPError as error:
                failures.append({"probe": name, "error": f"{type(error).__name__}: {error}"})
                statuses["transport error"] += 1
                answers[name] = "transport error"
                return None
            statuses[str(response.status_code)] += 1
            answers[name] = response.status_code
            if response.status_code >= 500:
                failures.append({"probe": name, "status": response.status_code, "body": response.text[:300]})
            return response

        body = _triage_body()
        triaged = body["returns"][0]["return_id"]
        first = record("/triage a valid return", "POST", "/triage", json=body, headers=headers)
        if first is None or first.status_code != 200:
            raise SystemExit(f"a valid /triage failed: {first.text if first is not None else failures}")
        for name, method, path, raw in api_probes(triaged):
            record(name, method, path, content=raw, headers=headers)
        for name, value in STRINGS.items():
            token = _csrf(client.get("/console/sign-in").text)
            form = {"name": value, "password": value, "csrf_token": token}
            record(f"console sign-in {name}", "POST", "/console/sign-in", content=_form(form), headers=FORM)
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
