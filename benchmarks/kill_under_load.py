"""kill -9 of the whole served process tree in the middle of a burst: nothing acknowledged is lost,
nothing is duplicated, the store passes its integrity check, and retries do not duplicate.

Each round starts the service, sends a burst of /triage calls (and a /feedback for each return
answered) from concurrent clients, SIGKILLs every process of the tree part-way through, restarts
it, then checks the database against what the clients were told (200). It then resends every
request of the round, answered or not, as a client retrying after a crash would: answered ones
must come back from the log (no new row), the others are triaged once, and every one is answered
200. A call of several returns (`--returns-per-call`, 3 by default) reserves them before it logs
them (`serving.idempotency`), so the kill leaves reservations of calls never answered: their
retries, the same body, must be answered rather than refused for the reservation's lease. A call
answered 503 with `Retry-After` (a worker holds `TRIAGE_SERVE_BULK_PIECES` pieces of calls of more than 64
returns at once) is sent again after that delay, as a client would.

    .venv/bin/python benchmarks/kill_under_load.py --state /path/to/state           # SQLite in the state folder
    TRIAGE_DATABASE_URL=postgresql+psycopg://... .venv/bin/python benchmarks/kill_under_load.py --state ...

The state folder needs a reason-classifier champion (`triage train reasons`).

Writes <state>/reports/kill_under_load.json.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import random
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from triage.settings import REPO_ROOT, Settings

sys.path.insert(0, str(REPO_ROOT / "tests"))  # the real-server harness the service tests use
from server_support import ServerProcess, settings_with_key

from serving.api import EXAMPLE_EN
from serving.db import create_db_engine, feedback, predictions, triage_claims


def triage_body(tag: str, number: int, returns: int) -> dict[str, Any]:
    """A valid /triage body of `returns` returns with unique return ids; 50 customers share the load."""
    items = []
    for part in range(returns):
        items.append(
            copy.deepcopy(EXAMPLE_EN)
            | {
                "return_id": f"{tag}-{number}-{part}-{uuid.uuid4().hex[:6]}",
                "customer_id": f"C-{tag}-{(number * returns + part) % 50}",
                "order_id": f"O-{tag}-{number}-{part}",
            }
        )
    return {"returns": items}


def return_ids(bodies: list[dict[str, Any]]) -> set[str]:
    return {item["return_id"] for body in bodies for item in body["returns"]}


async def burst(
    url: str,
    key: str,
    bodies: list[dict[str, Any]],
    concurrency: int,
    statuses: Counter[str] | None = None,
    acknowledged: tuple[int, asyncio.Event] | None = None,
) -> tuple[set[str], set[str]]:
    """Send the bodies; the return ids whose /triage and whose /feedback were answered 200. `statuses`
    counts the /triage answers (a status, or the transport error); `acknowledged` (returns, event) sets the event once
    that many returns were answered 200."""
    triaged: set[str] = set()
    fed_back: set[str] = set()
    statuses = Counter() if statuses is None else statuses
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    headers = {"Authorization": f"Bearer {key}"}

    async def client() -> None:
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=60) as http:
            while not queue.empty():
                body = queue.get_nowait()
                try:
                    answer = await http.post("/triage", json=body)
                    while answer.status_code == 503 and "retry-after" in answer.headers:
                        statuses["503, retried"] += 1  # a call the worker had no place for: as a client would
                        await asyncio.sleep(float(answer.headers["retry-after"]))
                        answer = await http.post("/triage", json=body)
                    statuses[str(answer.status_code)] += 1
                    if answer.status_code != 200:
                        continue
                    # Every return of the call is acknowledged now, whatever becomes of their feedback.
                    triaged.update(item["return_id"] for item in body["returns"])
                    if acknowledged is not None and len(triaged) >= acknowledged[0]:
                        acknowledged[1].set()
                    for item in body["returns"]:
                        answer = await http.post(
                            "/feedback",
                            json={"return_id": item["return_id"], "agent_id": "probe", "reason_accepted": True},
                        )
                        if answer.status_code == 200:
                            fed_back.add(item["return_id"])
                except httpx.HTTPError as error:
                    statuses[type(error).__name__] += 1
                    continue  # the crash: this call was never acknowledged

    await asyncio.gather(*(client() for _ in range(concurrency)))
    return triaged, fed_back


def stored(engine: sa.Engine, return_ids: set[str]) -> tuple[Counter[str], Counter[str]]:
    """Rows per return id in the prediction log (/triage) and in the feedback table."""
    with engine.connect() as connection:
        logged = Counter(
            row[0]
            for row in connection.execute(
                sa.select(predictions.c.return_id).where(
                    predictions.c.endpoint == "triage", predictions.c.return_id.in_(return_ids)
                )
            )
        )
        feedbacks = Counter(
            row[0]
            for row in connection.execute(sa.select(feedback.c.return_id).where(feedback.c.return_id.in_(return_ids)))
        )
    return logged, feedbacks


def reserved_not_logged(engine: sa.Engine, return_ids: set[str]) -> int:
    """Returns of the round claimed (a call's reservation) without a row in the prediction log."""
    logged = sa.select(predictions.c.id).where(
        predictions.c.return_id == triage_claims.c.return_id, predictions.c.endpoint == "triage"
    )
    query = (
        sa.select(sa.func.count())
        .select_from(triage_claims)
        .where(triage_claims.c.return_id.in_(return_ids), ~logged.exists())
    )
    with engine.connect() as connection:
        return connection.execute(query).scalar_one()


def integrity(engine: sa.Engine) -> str:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar_one())
        connection.execute(sa.select(sa.func.count()).select_from(predictions)).scalar_one()  # readable after restart
        return "ok"


def run_round(number: int, args: argparse.Namespace, settings: Settings, key: str) -> dict[str, Any]:
    server = ServerProcess(args.state, settings.reports_dir / f"kill_round_{number}.log")
    server.start(timeout=600)
    bodies = [triage_body(f"K{number}", n, args.returns_per_call) for n in range(args.burst)]

    async def burst_and_kill() -> tuple[set[str], set[str]]:
        answered = asyncio.Event()
        enough = (args.kill_after_acknowledged, answered) if args.kill_after_acknowledged else None
        task = asyncio.create_task(burst(server.url, key, bodies, args.concurrency, acknowledged=enough))
        if enough is not None:
            # On a loaded machine the first answers may come after any fixed delay: wait for acknowledged writes
            # (or the burst's end), so the kill lands among writes acknowledged and writes under way.
            await asyncio.wait([asyncio.ensure_future(answered.wait()), task], return_when=asyncio.FIRST_COMPLETED)
            await asyncio.sleep(random.uniform(0, 0.5))
        else:
            await asyncio.sleep(random.uniform(args.kill_after * 0.5, args.kill_after * 1.5))
        server.kill()
        return await task

    killed_at = time.monotonic()
    triaged, fed_back = asyncio.run(burst_and_kill())
    killed_after = time.monotonic() - killed_at
    restarted = time.monotonic()
    server.start(timeout=600)
    restart_seconds = time.monotonic() - restarted
    engine = create_db_engine(settings.db_url)
    ids = return_ids(bodies)
    logged, feedbacks = stored(engine, ids)
    result = {
        "round": number,
        "sent": len(bodies),
        "returns_sent": len(ids),
        "reserved_not_logged_after_kill": reserved_not_logged(engine, ids),
        "acknowledged_triage": len(triaged),
        "acknowledged_feedback": len(fed_back),
        "lost_triage": len(triaged - set(logged)),
        "lost_feedback": len(fed_back - set(feedbacks)),
        "duplicated_triage": sum(count > 1 for count in logged.values()),
        "duplicated_feedback": sum(count > 1 for count in feedbacks.values()),
        "integrity": integrity(engine),
        "restart_seconds": round(restart_seconds, 1),
        "burst_seconds": round(killed_after, 1),
    }
    # Every client retries everything it sent: answered requests replay, the others are triaged once.
    retry_statuses: Counter[str] = Counter()
    retried, _ = asyncio.run(burst(server.url, key, bodies, args.concurrency, retry_statuses))
    logged, feedbacks = stored(engine, ids)
    result |= {
        "retried_answered": retry_statuses["200"],
        "returns_answered_after_retry": len(retried),
        "retries_not_answered": sum(retry_statuses.values()) - retry_statuses["200"] - retry_statuses["503, retried"],
        "retry_statuses": dict(sorted(retry_statuses.items())),
        "duplicated_after_retry": sum(count > 1 for count in logged.values()),
        "duplicated_feedback_after_retry": sum(count > 1 for count in feedbacks.values()),
        "logged_after_retry": len(logged),
    }
    engine.dispose()
    server.kill()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--state", type=Path, required=True, help="state folder with a reason champion")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--burst", type=int, default=600, help="calls per round")
    parser.add_argument("--returns-per-call", type=int, default=3, help="returns per /triage call")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--kill-after", type=float, default=4.0, help="mean seconds into the burst of the kill")
    parser.add_argument(
        "--kill-after-acknowledged",
        type=int,
        default=0,
        help="kill once this many returns were answered 200 (within half a second after), not after --kill-after",
    )
    args = parser.parse_args()
    settings, key = settings_with_key(args.state, "kill-under-load")
    rounds = [run_round(number, args, settings, key) for number in range(args.rounds)]
    report = {
        "database": settings.db_url.split("://")[0],
        "returns_per_call": args.returns_per_call,
        "lease_seconds": settings.reservation_lease_seconds,
        "rounds": rounds,
    }
    for name in (
        "acknowledged_triage",
        "acknowledged_feedback",
        "lost_triage",
        "lost_feedback",
        "duplicated_triage",
        "duplicated_feedback",
        "duplicated_after_retry",
        "duplicated_feedback_after_retry",
        "reserved_not_logged_after_kill",
        "retries_not_answered",
    ):
        report[f"total_{name}"] = sum(r[name] for r in rounds)
    report["integrity"] = sorted({r["integrity"] for r in rounds})
    out = settings.reports_dir / "kill_under_load.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    failed = (
        report["total_lost_triage"]
        or report["total_lost_feedback"]
        or report["total_duplicated_after_retry"]
        or report["total_duplicated_feedback_after_retry"]
        or report["total_retries_not_answered"]
    )
    raise SystemExit(1 if failed or report["integrity"] != ["ok"] else 0)


if __name__ == "__main__":
    main()
