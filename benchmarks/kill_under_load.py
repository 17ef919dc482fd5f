"""kill -9 of the whole served process tree in the middle of a burst: nothing acknowledged is lost,
nothing is duplicated, the store passes its integrity check, and retries do not duplicate.

Each round starts the service, sends a burst of single-return /triage calls (and a /feedback for
each answered one) from concurrent clients, SIGKILLs every process of the tree part-way through,
restarts it, then checks the database against what the clients were told (200). It then resends
every request of the round, answered or not, as a client retrying after a crash would: answered
ones must come back from the log (no new row), the others are triaged once.

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
from server_support import ServerProcess

from serving.api import EXAMPLE_EN
from serving.db import create_db_engine, feedback, open_database, predictions
from serving.stores.api_keys import ApiKeyStore


def triage_body(tag: str, number: int) -> dict[str, Any]:
    """A valid single-return /triage body with a unique return id; 50 customers share the load."""
    item = copy.deepcopy(EXAMPLE_EN) | {
        "return_id": f"{tag}-{number}-{uuid.uuid4().hex[:6]}",
        "customer_id": f"C-{tag}-{number % 50}",
        "order_id": f"O-{tag}-{number}",
    }
    return {"returns": [item]}


async def burst(url: str, key: str, bodies: list[dict[str, Any]], concurrency: int) -> tuple[set[str], set[str]]:
    """Send the bodies; the return ids whose /triage and whose /feedback were answered 200."""
    triaged: set[str] = set()
    fed_back: set[str] = set()
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    headers = {"Authorization": f"Bearer {key}"}

    async def client() -> None:
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=60) as http:
            while not queue.empty():
                body = queue.get_nowait()
                return_id = body["returns"][0]["return_id"]
                try:
                    if (await http.post("/triage", json=body)).status_code != 200:
                        continue
                    triaged.add(return_id)
                    answer = await http.post(
                        "/feedback", json={"return_id": return_id, "agent_id": "probe", "reason_accepted": True}
                    )
                    if answer.status_code == 200:
                        fed_back.add(return_id)
                except httpx.HTTPError:
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


def integrity(engine: sa.Engine) -> str:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar_one())
        connection.execute(sa.select(sa.func.count()).select_from(predictions)).scalar_one()  # readable after restart
        return "ok"


def run_round(number: int, args: argparse.Namespace, settings: Settings, key: str) -> dict[str, Any]:
    server = ServerProcess(args.state, settings.reports_dir / f"kill_round_{number}.log")
    server.start(timeout=600)
    bodies = [triage_body(f"K{number}", n) for n in range(args.burst)]

    async def burst_and_kill() -> tuple[set[str], set[str]]:
        task = asyncio.create_task(burst(server.url, key, bodies, args.concurrency))
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
    ids = {body["returns"][0]["return_id"] for body in bodies}
    logged, feedbacks = stored(engine, ids)
    result = {
        "round": number,
        "sent": len(bodies),
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
    retried, _ = asyncio.run(burst(server.url, key, bodies, args.concurrency))
    logged, feedbacks = stored(engine, ids)
    result |= {
        "retried_answered": len(retried),
        "duplicated_after_retry": sum(count > 1 for count in logged.values()),
        "logged_after_retry": len(logged),
    }
    engine.dispose()
    server.kill()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--state", type=Path, required=True, help="state folder with a reason champion")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--burst", type=int, default=600, help="requests per round")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--kill-after", type=float, default=4.0, help="mean seconds into the burst of the kill")
    args = parser.parse_args()
    settings = Settings(state_dir=args.state)
    settings.reports_dir.mkdir(parents=True, exist_ok=True)
    engine = open_database(settings)
    key = ApiKeyStore(engine).create("kill-under-load")[1]
    engine.dispose()
    rounds = [run_round(number, args, settings, key) for number in range(args.rounds)]
    report = {"database": settings.db_url.split("://")[0], "rounds": rounds}
    for name in (
        "acknowledged_triage",
        "acknowledged_feedback",
        "lost_triage",
        "lost_feedback",
        "duplicated_triage",
        "duplicated_feedback",
        "duplicated_after_retry",
    ):
        report[f"total_{name}"] = sum(r[name] for r in rounds)
    report["integrity"] = sorted({r["integrity"] for r in rounds})
    out = settings.reports_dir / "kill_under_load.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    failed = report["total_lost_triage"] or report["total_lost_feedback"] or report["total_duplicated_after_retry"]
    raise SystemExit(1 if failed or report["integrity"] != ["ok"] else 0)


if __name__ == "__main__":
    main()
