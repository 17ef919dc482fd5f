"""Fault runs against a real `bentoml serve` (issue 16): the database stopped while serving, and the
disk of the database full. Each run checks what clients are told (never a 500: 503 with the reason
while the fault lasts), that nothing acknowledged is lost, and that the service recovers alone.

    .venv/bin/python benchmarks/faults.py database-down   # a throwaway PostgreSQL cluster, stopped mid-run
    .venv/bin/python benchmarks/faults.py disk-full       # SQLite on a small tmpfs, filled mid-run

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
import json
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
from server_support import ServerProcess, free_port

from serving.api import EXAMPLE_EN
from serving.db import create_db_engine, open_database, predictions
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
    parser.add_argument("fault", choices=["database-down", "disk-full"])
    parser.add_argument("--seconds", type=float, default=15, help="traffic per phase (before, during, after)")
    parser.add_argument("--size-mb", type=int, default=64, help="tmpfs size for disk-full")
    parser.add_argument("--output", type=Path, default=None, help="JSON path (default: the reports folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="triage-faults-") as tmp:
        folder = Path(tmp)
        if args.fault == "database-down":
            summary = database_down(folder, args.seconds)
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
    )
    sys.exit(1 if failed or summary.get("integrity", "ok") != "ok" else 0)


if __name__ == "__main__":
    main()
