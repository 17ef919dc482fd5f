"""Fault runs against a real `bentoml serve` (issue 16): the database stopped while serving, and the
disk of the database full. Each run checks what clients are told (never a 500: 503 with the reason
while the fault lasts), that nothing acknowledged is lost, and that the service recovers alone.

    .venv/bin/python benchmarks/faults.py database-down      # a throwaway PostgreSQL cluster, stopped mid-run
    .venv/bin/python benchmarks/faults.py database-restart   # the same, stopped and started again under calls
    .venv/bin/python benchmarks/faults.py disk-full          # SQLite on a small tmpfs, filled mid-run

`database-restart` stops the cluster (immediate) while /triage, /feedback and console calls are in flight and
starts it again `--down-seconds` later, the calls going on throughout: every 503 must carry `Retry-After`, no
answer may be a 500, every acknowledged triage and feedback must be stored once, and the same service process
must answer 200 again once the database is back (no restart).

Both need root (a PostgreSQL cluster run as the `postgres` user; a tmpfs mount). A tiny reason
champion (TF-IDF on the hand-written corpus) is registered in a temporary state folder, so the run
does not need a trained model. Writes `<state>/reports/faults_<name>.json` and prints it;
`kill -9` under load is `benchmarks/kill_under_load.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import itertools
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from triage.settings import REPO_ROOT, Settings

sys.path.insert(0, str(REPO_ROOT / "tests"))  # the real-server harness and tiny champion the service tests use
from serve_load import free_port  # PostgreSQL takes no port 0: its cluster's port is chosen free before it starts
from server_support import ServerProcess

from serving.api import EXAMPLE_EN
from serving.db import create_db_engine, feedback, open_database, predictions
from serving.stores.agents import AgentStore
from serving.stores.api_keys import ApiKeyStore
from tests.service.conftest import register_tiny_reason_champion

PG_BIN = Path(sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]) if Path("/usr/lib/postgresql").is_dir() else None


def _body(tag: str) -> dict[str, Any]:
    item = copy.deepcopy(EXAMPLE_EN) | {"return_id": f"{tag}-{uuid.uuid4().hex[:10]}", "order_id": f"O-{tag}"}
    return {"returns": [item]}


async def _traffic(url: str, key: str, tag: str, seconds: float, concurrency: int = 4) -> dict[str, Any]:
    """Single-return /triage calls for `seconds`: status counts, acknowledged ids, 503 reasons seen."""
    statuses: Counter[str] = Counter()
    acknowledged: set[str] = set()
    reasons: Counter[str] = Counter()
    deadline = time.monotonic() + seconds

    async def client() -> None:
        async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as http:
            while time.monotonic() < deadline:
                body = _body(tag)
                try:
                    response = await http.post("/triage", json=body)
                except httpx.HTTPError as error:
                    statuses[type(error).__name__] += 1
                    await asyncio.sleep(0.2)
                    continue
                statuses[str(response.status_code)] += 1
                if response.status_code == 200:
                    acknowledged.add(body["returns"][0]["return_id"])
                elif response.status_code == 503:
                    reasons[str(response.json().get("error", ""))[:120]] += 1
                    await asyncio.sleep(0.2)

    await asyncio.gather(*(client() for _ in range(concurrency)))
    return {"statuses": dict(statuses), "acknowledged": acknowledged, "reasons_503": dict(reasons.most_common(3))}


def _readyz(url: str) -> tuple[int, str]:
    try:
        response = httpx.get(f"{url}/readyz", timeout=10)
    except httpx.HTTPError as error:
        return 0, type(error).__name__
    return response.status_code, response.json().get("reason", "")


def _wait_ready(url: str, timeout: float) -> float | None:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if _readyz(url)[0] == 200:
            return round(time.monotonic() - started, 1)
        time.sleep(0.5)
    return None


def _logged(engine: sa.Engine, return_ids: set[str]) -> Counter[str]:
    with engine.connect() as connection:
        query = sa.select(predictions.c.return_id).where(predictions.c.return_id.in_(sorted(return_ids)))
        return Counter(row[0] for row in connection.execute(query))


def _state(folder: Path, database_url: str) -> tuple[Settings, str]:
    settings = Settings(state_dir=folder, database_url=database_url)
    register_tiny_reason_champion(settings.tracking_uri, settings.artifact_root, settings.reason_model_name)
    engine = open_database(settings)
    key = ApiKeyStore(engine).create("faults")[1]
    engine.dispose()
    return settings, key


def _phases(server: ServerProcess, key: str, fault: Any, repair: Any, seconds: float) -> dict[str, Any]:
    """Traffic before the fault, during it (with /readyz sampled), and after the repair."""
    before = asyncio.run(_traffic(server.url, key, "before", seconds))
    fault()
    time.sleep(1)
    readyz_during = _readyz(server.url)
    during = asyncio.run(_traffic(server.url, key, "during", seconds))
    repair()
    recovered_after = _wait_ready(server.url, 120)
    after = asyncio.run(_traffic(server.url, key, "after", seconds))
    return {"before": before, "during": during, "after": after, "readyz_during": readyz_during,
            "recovered_after_seconds": recovered_after}  # fmt: skip


def _summary(name: str, engine: sa.Engine, phases: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    acknowledged = set().union(*(phases[p]["acknowledged"] for p in ("before", "during", "after")))
    logged = _logged(engine, acknowledged)
    statuses = Counter()
    for phase in ("before", "during", "after"):
        statuses.update(phases[phase]["statuses"])
    return {
        "fault": name,
        "statuses_by_phase": {phase: phases[phase]["statuses"] for phase in ("before", "during", "after")},
        "reasons_503_during": phases["during"]["reasons_503"],
        "readyz_during": phases["readyz_during"],
        "recovered_after_seconds": phases["recovered_after_seconds"],
        "acknowledged": len(acknowledged),
        "acknowledged_lost": len(acknowledged - set(logged)),
        "duplicated": sum(count > 1 for count in logged.values()),
        "server_errors_500": statuses.get("500", 0),
        **extra,
    }


class _Calls:
    """What the calls of a restart run got, by the phase the call started in (before the stop, while the database
    was away, after it was started again)."""

    def __init__(self) -> None:
        self.phase = "before"
        self.statuses: dict[str, Counter[str]] = {"before": Counter(), "away": Counter(), "after": Counter()}
        self.without_retry_after: Counter[str] = Counter()
        self.reasons_503: Counter[str] = Counter()
        self.triaged: set[str] = set()
        self.fed_back: set[tuple[str, str]] = set()
        self.first_200_after: float | None = None
        self.started_again_at = 0.0
        self.readyz_away: tuple[int, str] = (0, "not read")

    def record(self, route: str, phase: str, answer: httpx.Response | str) -> None:
        status = answer if isinstance(answer, str) else str(answer.status_code)
        self.statuses[phase][f"{route} {status}"] += 1
        if isinstance(answer, str):
            return
        if answer.status_code in (429, 503) and "retry-after" not in answer.headers:
            self.without_retry_after[f"{route} {status}"] += 1
        if answer.status_code == 503:
            self.reasons_503[f"{route}: {answer.text[:100]}"] += 1
        if answer.status_code == 200 and phase == "after" and self.first_200_after is None:
            self.first_200_after = round(time.monotonic() - self.started_again_at, 1)


async def _restart_traffic(
    url: str, key: str, agent: tuple[str, str], seconds: float, stop: Any, start: Any, down_seconds: float
) -> _Calls:
    """Four /triage clients, one /feedback client (on returns triaged) and one signed-in console client for
    `seconds`; the database stopped a third of the way in, while their calls are in flight, and started again
    `down_seconds` later."""
    calls = _Calls()
    deadline = time.monotonic() + seconds
    headers = {"Authorization": f"Bearer {key}"}

    async def call(route: str, send: Any) -> httpx.Response | None:
        phase = calls.phase
        try:
            answer = await send()
        except httpx.HTTPError as error:
            calls.record(route, phase, type(error).__name__)
            await asyncio.sleep(0.2)
            return None
        calls.record(route, phase, answer)
        if answer.status_code != 200:
            await asyncio.sleep(0.2)
        return answer

    async def triage_client() -> None:
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=30) as http:
            while time.monotonic() < deadline:
                body = _body("restart")
                answer = await call("/triage", lambda body=body: http.post("/triage", json=body))
                if answer is not None and answer.status_code == 200:
                    calls.triaged.add(body["returns"][0]["return_id"])

    async def feedback_client() -> None:
        """Feedback by a new agent id each time, on the returns triaged in turn: every record is a new one."""
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=30) as http:
            for sent in itertools.count():
                if time.monotonic() >= deadline:
                    return
                if not calls.triaged:
                    await asyncio.sleep(0.1)
                    continue
                return_id = sorted(calls.triaged)[sent % len(calls.triaged)]
                record = {"return_id": return_id, "agent_id": f"agent-{sent}", "reason_accepted": True}
                answer = await call("/feedback", lambda record=record: http.post("/feedback", json=record))
                if answer is not None and answer.status_code == 200:
                    calls.fed_back.add((return_id, record["agent_id"]))

    async def console_client() -> None:
        async with httpx.AsyncClient(base_url=url, timeout=30) as http:
            page = await http.get("/console/sign-in")
            token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
            form = {"name": agent[0], "password": agent[1], "csrf_token": token.group(1) if token else ""}
            await http.post("/console/sign-in", data=form)
            while time.monotonic() < deadline:
                shown = sorted(calls.triaged)[:1]
                path = f"/console/returns/{shown[0]}" if shown and random.random() < 0.5 else "/console"
                await call("console page", lambda path=path: http.get(path))

    async def restart() -> None:
        await asyncio.sleep(seconds / 3)
        calls.phase = "away"
        await asyncio.to_thread(stop)
        await asyncio.sleep(min(1.0, down_seconds / 2))
        calls.readyz_away = await asyncio.to_thread(_readyz, url)
        await asyncio.sleep(max(0.0, down_seconds - 1.0))
        await asyncio.to_thread(start)
        calls.started_again_at = time.monotonic()
        calls.phase = "after"

    clients = [triage_client() for _ in range(4)]
    await asyncio.gather(*clients, feedback_client(), console_client(), restart())
    return calls


def database_restart(folder: Path, seconds: float, down_seconds: float) -> dict[str, Any]:
    with _postgres_cluster(folder) as (url, stop, start):
        settings, key = _state(folder / "state", url)
        engine = open_database(settings)
        AgentStore(engine).create("restart-agent", "a password of the restart run")
        engine.dispose()
        server = ServerProcess(settings.state_dir, folder / "serve.log", env={"TRIAGE_DATABASE_URL": url})
        server.start(timeout=600)
        try:
            assert server.process is not None
            pid = server.process.pid
            agent = ("restart-agent", "a password of the restart run")
            calls = asyncio.run(_restart_traffic(server.url, key, agent, seconds, stop, start, down_seconds))
            same_process = server.process.poll() is None and server.process.pid == pid
        finally:
            server.kill()
        engine = create_db_engine(url)
        triaged = _logged(engine, calls.triaged)
        with engine.connect() as connection:
            ids = sorted({return_id for return_id, _ in calls.fed_back})
            query = sa.select(feedback.c.return_id, feedback.c.agent_id).where(feedback.c.return_id.in_(ids))
            fed_back = Counter(tuple(row) for row in connection.execute(query))
        engine.dispose()
    every = Counter()
    for counts in calls.statuses.values():
        every.update(counts)
    return {
        "fault": "database-restart",
        "database": "postgresql",
        "seconds": seconds,
        "down_seconds": down_seconds,
        "statuses_by_phase": {phase: dict(counts) for phase, counts in calls.statuses.items()},
        "answers_without_retry_after": dict(calls.without_retry_after),
        "reasons_503": dict(calls.reasons_503.most_common(6)),
        "server_errors_500": sum(count for name, count in every.items() if name.endswith(" 500")),
        "same_process_throughout": same_process,
        "triage_acknowledged": len(calls.triaged),
        "triage_acknowledged_lost": len(calls.triaged - set(triaged)),
        "triage_duplicated": sum(count > 1 for count in triaged.values()),
        "feedback_acknowledged": len(calls.fed_back),
        "feedback_acknowledged_lost": len(calls.fed_back - set(fed_back)),
        "feedback_duplicated": sum(count > 1 for count in fed_back.values()),
        "recovered_after_seconds": calls.first_200_after,
        "acknowledged_lost": len(calls.triaged - set(triaged)) + len(calls.fed_back - set(fed_back)),
        "readyz_during": calls.readyz_away,
    }


def _as_postgres(*command: str) -> None:
    subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True)


@contextlib.contextmanager
def _postgres_cluster(folder: Path) -> Iterator[tuple[str, Any, Any]]:
    """A throwaway PostgreSQL cluster on a free loopback port: (url, stop, start)."""
    if PG_BIN is None:
        raise SystemExit("PostgreSQL is not installed (bash .ci/services.sh installs it)")
    data, port = folder / "pg", free_port()
    data.mkdir()
    shutil.chown(folder, "postgres")
    shutil.chown(data, "postgres")
    _as_postgres(str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "triage")
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1"

    def start() -> None:
        _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l", str(data / "log"), "start")

    def stop() -> None:
        _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")

    start()
    try:
        _as_postgres(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "triage", "triage")
        yield f"postgresql+psycopg://triage@127.0.0.1:{port}/triage", stop, start
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            stop()


def database_down(folder: Path, seconds: float) -> dict[str, Any]:
    with _postgres_cluster(folder) as (url, stop, start):
        settings, key = _state(folder / "state", url)
        server = ServerProcess(settings.state_dir, folder / "serve.log", env={"TRIAGE_DATABASE_URL": url})
        server.start(timeout=600)
        try:
            phases = _phases(server, key, stop, start, seconds)
        finally:
            server.kill()
        engine = create_db_engine(url)
        summary = _summary("database-down", engine, phases, {"database": "postgresql"})
        engine.dispose()
    return summary


def disk_full(folder: Path, seconds: float, size_mb: int) -> dict[str, Any]:
    mount = folder / "small"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(mount)], check=True)
    filler = mount / "filler"
    try:
        url = f"sqlite:///{mount / 'triage.db'}"
        settings, key = _state(folder / "state", url)
        server = ServerProcess(settings.state_dir, folder / "serve.log", env={"TRIAGE_DATABASE_URL": url})
        server.start(timeout=600)

        def fill() -> None:
            with filler.open("wb") as out, contextlib.suppress(OSError):
                while True:
                    out.write(b"\0" * 65536)

        try:
            phases = _phases(server, key, fill, lambda: filler.unlink(), seconds)
        finally:
            server.kill()
        engine = create_db_engine(url)
        with engine.connect() as connection:
            integrity = str(connection.exec_driver_sql("PRAGMA integrity_check").scalar_one())
        summary = _summary("disk-full", engine, phases, {"database": "sqlite", "integrity": integrity})
        engine.dispose()
    finally:
        subprocess.run(["umount", str(mount)], check=False)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("fault", choices=["database-down", "database-restart", "disk-full"])
    parser.add_argument("--seconds", type=float, default=15, help="traffic per phase (before, during, after)")
    parser.add_argument("--size-mb", type=int, default=64, help="tmpfs size for disk-full")
    parser.add_argument("--down-seconds", type=float, default=8, help="how long database-restart keeps it stopped")
    parser.add_argument("--output", type=Path, default=None, help="JSON path (default: the reports folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="triage-faults-") as tmp:
        folder = Path(tmp)
        if args.fault == "database-down":
            summary = database_down(folder, args.seconds)
        elif args.fault == "database-restart":
            summary = database_restart(folder, args.seconds, args.down_seconds)
        else:
            summary = disk_full(folder, args.seconds, args.size_mb)
    out = args.output or Settings().reports_dir / f"faults_{args.fault}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=2))
    print(json.dumps(summary, indent=2))
    failed = (
        summary["acknowledged_lost"]
        or summary["server_errors_500"]
        or summary["recovered_after_seconds"] is None
        or summary["readyz_during"][0] != 503  # a worker that cannot write must not say it is ready
        or summary.get("answers_without_retry_after")
        or summary.get("triage_duplicated")
        or summary.get("feedback_duplicated")
        or summary.get("same_process_throughout") is False
    )
    sys.exit(1 if failed or summary.get("integrity", "ok") != "ok" else 0)


if __name__ == "__main__":
    main()
