"""What the operator's commands do to calls in flight, from outside: an API key revoked while its bulk calls run, and
`triage data purge` run while calls land.

- `revoked-key`: a new key sends bulk calls (256 new returns each) and, once they are in flight, is revoked with
  `triage keys revoke`. A call the service took before the revocation is answered and kept whole: 200, and every
  one of its returns logged; a call answered 401 logged none. Calls sent with the key after the revocation are 401
  within the workers' key cache (`TRIAGE_API_KEY_CACHE_SECONDS`), and none is answered 200 after the first 401.
- `purge`: returns triaged and corrected (feedback), their log rows then dated past the retention, and
  `triage data purge` run several times while clients keep triaging new returns, sending feedback for the old and
  the new, and opening the old returns' console pages. No answer may be a 5xx other than a 503 with `Retry-After`;
  every purge ends with exit 0; every new return acknowledged is logged, every feedback acknowledged is stored;
  the old log rows are gone (feedback for them after the purge: 404, their pages: 404).

    PYTHONPATH=. .venv/bin/python benchmarks/races.py revoked-key --url http://127.0.0.1:3100 --state COPY
    PYTHONPATH=. .venv/bin/python benchmarks/races.py purge --url http://127.0.0.1:3100 --state COPY \
        --key KEY --agent AGENT --password PASSWORD

The state folder is the served one (`TRIAGE_STATE_DIR`; with `TRIAGE_DATABASE_URL` set, that database): the script
runs the CLI on it and reads its database. Run it on a copy. Exits 1 when a promise above was broken.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import itertools
import json
import os
import re
import subprocess
import sys
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from serving.api import EXAMPLE_EN, MAX_BATCH
from serving.db import create_db_engine, feedback, predictions
from triage.settings import get_settings

TRIAGE = str(Path(sys.executable).with_name("triage"))


def _returns(count: int, tag: str) -> list[dict[str, Any]]:
    return [copy.deepcopy(EXAMPLE_EN) | {"return_id": f"{tag}-{uuid.uuid4().hex[:12]}"} for _ in range(count)]


def _cli(state: Path, *arguments: str, **settings: str) -> subprocess.CompletedProcess[str]:
    environment = os.environ | {"TRIAGE_STATE_DIR": str(state)} | settings
    return subprocess.run([TRIAGE, *arguments], env=environment, capture_output=True, text=True, check=False)


def _engine(state: Path) -> sa.Engine:
    os.environ["TRIAGE_STATE_DIR"] = str(state)
    get_settings.cache_clear()
    return create_db_engine(get_settings().db_url)


def _logged(engine: sa.Engine, return_ids: list[str]) -> set[str]:
    with engine.connect() as connection:
        query = sa.select(predictions.c.return_id).where(predictions.c.return_id.in_(return_ids))
        return set(connection.execute(query).scalars())


def _refused_cleanly(response: httpx.Response) -> bool:
    return response.status_code == 503 and "retry-after" in response.headers


async def revoked_key(url: str, state: Path, calls: int, cache_seconds: float) -> dict[str, Any]:
    created = _cli(state, "keys", "create", f"revoked-{uuid.uuid4().hex[:6]}")
    key = created.stdout.strip().splitlines()[-1]
    key_id = key.split("_")[1]
    bodies = [{"returns": _returns(MAX_BATCH, "RK")} for _ in range(calls)]
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=url, timeout=300) as client:
        bulk = [asyncio.create_task(client.post("/triage", json=body, headers=headers)) for body in bodies]
        await asyncio.sleep(1.0)  # the calls are in flight: read, checked, queued for the models
        revoking = time.perf_counter()
        revoked = await asyncio.to_thread(_cli, state, "keys", "revoke", key_id)
        revoked_at = time.perf_counter()
        after: list[tuple[float, int]] = []
        while time.perf_counter() - revoked_at < cache_seconds + 8:
            answer = await client.post("/triage", json={"returns": _returns(1, "RK1")}, headers=headers)
            after.append((round(time.perf_counter() - revoked_at, 2), answer.status_code))
            await asyncio.sleep(0.25)
        answered = await asyncio.gather(*bulk, return_exceptions=True)
    engine = _engine(state)
    failures: list[dict[str, Any]] = []
    outcomes = []
    for body, answer in zip(bodies, answered, strict=True):
        ids = [item["return_id"] for item in body["returns"]]
        logged = len(_logged(engine, ids))
        status = answer.status_code if isinstance(answer, httpx.Response) else type(answer).__name__
        outcomes.append({"status": status, "logged": logged})
        whole = (status == 200 and logged == len(ids)) or (status in (401, 503) and logged == 0)
        if not whole:
            failures.append({"probe": "bulk call across the revocation", "status": status, "logged": logged})
    first_refused = next((seconds for seconds, status in after if status == 401), None)
    served_after = [seconds for seconds, status in after if status == 200 and first_refused and seconds > first_refused]
    if first_refused is None or first_refused > cache_seconds + 1 or served_after:
        failures.append(
            {"probe": "calls after the revocation", "first_401_after_s": first_refused, "200_after": served_after}
        )
    if any(status >= 500 for _, status in after):
        failures.append({"probe": "calls after the revocation", "statuses": Counter(s for _, s in after)})
    return {
        "revoke_exit": revoked.returncode,
        "revoke_seconds": round(revoked_at - revoking, 2),
        "bulk_calls": outcomes,
        "after_revocation": {
            "statuses": dict(Counter(str(status) for _, status in after)),
            "first_401_after_seconds": first_refused,
            "last_200_after_seconds": max((s for s, status in after if status == 200), default=None),
        },
        "failures": failures,
    }


async def _client_loop(name: str, send: Any, done: asyncio.Event, seen: list[dict[str, Any]]) -> None:
    while not done.is_set():
        started = time.perf_counter()
        try:
            what, answer = await send()
        except httpx.HTTPError as error:
            seen.append({"client": name, "error": f"{type(error).__name__}: {error}"})
            continue
        seen.append(
            {
                "client": name,
                "what": what,
                "status": answer.status_code,
                "retry_after": "retry-after" in answer.headers,
                "seconds": round(time.perf_counter() - started, 2),
            }
        )


async def purge_race(
    url: str, state: Path, key: str, agent: str, password: str, seconds: float, purges: int, retention_days: int
) -> dict[str, Any]:
    api = {"Authorization": f"Bearer {key}"}
    engine = _engine(state)
    old = _returns(MAX_BATCH, "PG")
    async with httpx.AsyncClient(base_url=url, timeout=120) as client:
        for start in range(0, len(old), 64):
            first = await client.post("/triage", json={"returns": old[start : start + 64]}, headers=api)
            if first.status_code != 200:
                raise SystemExit(f"triaging the returns to purge failed: {first.status_code} {first.text[:300]}")
        old_ids = [item["return_id"] for item in old]
        for return_id in old_ids[:64]:
            await client.post(
                "/feedback", json={"return_id": return_id, "agent_id": "a1", "reason_accepted": True}, headers=api
            )
    # Their log rows (and feedback) dated past the retention, as a year of use leaves them.
    with engine.begin() as connection:
        aged = datetime.now(UTC) - timedelta(days=retention_days + 30)
        for table in (predictions, feedback):
            connection.execute(table.update().where(table.c.return_id.in_(old_ids)).values(created_at=aged))
    acknowledged_returns: list[str] = []
    acknowledged_feedback: list[int] = []
    seen: list[dict[str, Any]] = []
    purge_runs: list[dict[str, Any]] = []
    async with (
        httpx.AsyncClient(base_url=url, timeout=120) as client,
        httpx.AsyncClient(base_url=url, timeout=120) as console,
    ):
        page = await console.get("/console/sign-in")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        await console.post("/console/sign-in", data={"name": agent, "password": password, "csrf_token": token})
        old_pages = itertools.cycle(old_ids)
        old_feedback = itertools.cycle(old_ids[64:])

        async def triage_new() -> tuple[str, httpx.Response]:
            returns = _returns(8, "PN")
            answer = await client.post("/triage", json={"returns": returns}, headers=api)
            if answer.status_code == 200:
                acknowledged_returns.extend(item["return_id"] for item in returns)
            return "triage new", answer

        async def feedback_old() -> tuple[str, httpx.Response]:
            record = {"return_id": next(old_feedback), "agent_id": "a2", "reason_accepted": False}
            answer = await client.post("/feedback", json=record | {"corrected_reason": "too_large"}, headers=api)
            if answer.status_code == 200:
                acknowledged_feedback.append(answer.json()["id"])
            return "feedback old", answer

        async def feedback_new() -> tuple[str, httpx.Response]:
            if not acknowledged_returns:
                await asyncio.sleep(0.2)
                return "feedback new", await client.get("/healthz")
            record = {"return_id": acknowledged_returns[-1], "agent_id": "a3", "reason_accepted": True}
            answer = await client.post("/feedback", json=record, headers=api)
            if answer.status_code == 200:
                acknowledged_feedback.append(answer.json()["id"])
            return "feedback new", answer

        async def old_page() -> tuple[str, httpx.Response]:
            return "console old page", await console.get(f"/console/returns/{next(old_pages)}")

        # The calls land from before the first purge until after the last has ended: a purge's command takes most
        # of its time starting up, so a window of fixed length ended before the first one deleted anything.
        purged = asyncio.Event()

        async def purging() -> None:
            for _ in range(purges):
                await asyncio.sleep(seconds)
                started = time.perf_counter()
                ran = await asyncio.to_thread(_cli, state, "data", "purge", TRIAGE_RETENTION_DAYS=str(retention_days))
                purge_runs.append(
                    {
                        "exit": ran.returncode,
                        "seconds": round(time.perf_counter() - started, 2),
                        "said": (ran.stdout + ran.stderr).strip()[-300:],
                    }
                )
            await asyncio.sleep(seconds)
            purged.set()

        await asyncio.gather(
            purging(),
            *(
                _client_loop(name, send, purged, seen)
                for name, send in (
                    ("triage new 1", triage_new),
                    ("triage new 2", triage_new),
                    ("feedback old", feedback_old),
                    ("feedback new", feedback_new),
                    ("console old page", old_page),
                )
            ),
        )
    failures: list[dict[str, Any]] = []
    for answer in seen:
        status = answer.get("status")
        if status is None or (status >= 500 and not (status == 503 and answer["retry_after"])):
            failures.append({"probe": "a call while purging", **answer})
    if any(run["exit"] != 0 for run in purge_runs):
        failures.append({"probe": "purge", "runs": purge_runs})
    lost = set(acknowledged_returns) - _logged(engine, acknowledged_returns)
    with engine.connect() as connection:
        stored = set(
            connection.execute(sa.select(feedback.c.id).where(feedback.c.id.in_(acknowledged_feedback))).scalars()
        )
    kept_old = _logged(engine, old_ids)
    if lost or len(stored) != len(set(acknowledged_feedback)) or kept_old:
        failures.append(
            {
                "probe": "acknowledged writes after the purges",
                "returns_lost": len(lost),
                "feedback_lost": len(set(acknowledged_feedback) - stored),
                "old_rows_left": len(kept_old),
            }
        )
    by_kind: dict[str, Counter[str]] = {}
    for answer in seen:
        by_kind.setdefault(answer.get("what", answer["client"]), Counter())[str(answer.get("status", "error"))] += 1
    return {
        "purges": purge_runs,
        "answers": {kind: dict(counts) for kind, counts in by_kind.items()},
        "slowest_seconds": max((answer.get("seconds", 0) for answer in seen), default=None),
        "returns_acknowledged": len(acknowledged_returns),
        "returns_lost": len(lost),
        "feedback_acknowledged": len(set(acknowledged_feedback)),
        "feedback_lost": len(set(acknowledged_feedback) - stored),
        "old_rows_left": len(kept_old),
        "failures": failures,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("race", choices=("revoked-key", "purge"))
    parser.add_argument("--url", required=True)
    parser.add_argument("--state", type=Path, required=True, help="the served state folder (a copy)")
    parser.add_argument("--calls", type=int, default=3, help="revoked-key: bulk calls in flight at the revocation")
    parser.add_argument("--cache-seconds", type=float, default=2.0, help="the service's TRIAGE_API_KEY_CACHE_SECONDS")
    parser.add_argument("--key", help="purge: a score-scoped key")
    parser.add_argument("--agent", help="purge: a console agent")
    parser.add_argument("--password", help="purge: that agent's password")
    parser.add_argument(
        "--seconds", type=float, default=10.0, help="purge: calls alone before, between and after the purges"
    )
    parser.add_argument("--purges", type=int, default=3, help="purge: `triage data purge` runs meanwhile")
    parser.add_argument("--retention-days", type=int, default=30, help="purge: TRIAGE_RETENTION_DAYS for the purges")
    parser.add_argument("--json", type=Path)
    arguments = parser.parse_args()
    if arguments.race == "revoked-key":
        figures = asyncio.run(revoked_key(arguments.url, arguments.state, arguments.calls, arguments.cache_seconds))
    else:
        if not (arguments.key and arguments.agent and arguments.password):
            parser.error("purge needs --key, --agent and --password")
        figures = asyncio.run(
            purge_race(
                arguments.url,
                arguments.state,
                arguments.key,
                arguments.agent,
                arguments.password,
                arguments.seconds,
                arguments.purges,
                arguments.retention_days,
            )
        )
    print(json.dumps(figures, indent=2, default=str))
    if arguments.json:
        arguments.json.write_text(json.dumps(figures, indent=2, default=str))
    sys.exit(1 if figures["failures"] else 0)


if __name__ == "__main__":
    main()
