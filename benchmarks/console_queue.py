"""How fast the console's queue page answers with 100,000 logged returns.

    .venv/bin/python benchmarks/console_queue.py [--returns 100000] [--repeats 30] [--database-url URL] [--json F]

Fills a fresh database (SQLite in a temporary folder by default, or an empty `--database-url`) with
`--returns` triages written by the prediction log itself (`PredictionLog.record`, batches of 256, the
service's path, so the queue columns and indexes are the real ones), signs an agent in, and times
`GET /console` through the console's ASGI app (Starlette's test client: the query, the feedback
look-up and the template; no network; "CPU ms" is this process's CPU time per request, client
included, which a busy shared machine inflates less than wall time) for the first page, each filter
alone, two filters together, a rare combination and a page deep in the queue (keyset cursor).
Prints a table and writes JSON (default: <state>/reports/benchmark_console_queue.json).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "tests"))  # the logged-triage generator the console tests use

from console_support import triage_batches  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from serving.console.app import console_state, create_app  # noqa: E402
from serving.db import create_db_engine, migrate  # noqa: E402
from serving.stores.agents import AgentStore  # noqa: E402
from serving.stores.predictions import PredictionLog  # noqa: E402
from triage.settings import Settings, get_settings  # noqa: E402

PASSWORD = "benchmark password"
CASES: dict[str, dict[str, str]] = {
    "first page, no filter": {},
    "needs_review=true": {"needs_review": "true"},
    "reason=too_small": {"reason": "too_small"},
    "risk_band=review": {"risk_band": "review"},
    "decision=manual_review": {"decision": "manual_review"},
    "lang=fr": {"lang": "fr"},
    "handover=true": {"handover": "true"},
    "replied=false": {"replied": "false"},
    "replied=true (none is)": {"replied": "true"},
    "reason + decision": {"reason": "defective", "decision": "reject"},
    "rare: 4 filters": {"reason": "wrong_item", "risk_band": "high", "lang": "fr", "handover": "true"},
}


def fill(engine, returns: int) -> float:
    """Log `returns` triages; returns the seconds it took."""
    log = PredictionLog(engine, b"benchmark")
    started = time.perf_counter()
    for number, (items, results) in enumerate(triage_batches(returns)):
        log.record(f"req-{number}", "triage", items, results)
    return time.perf_counter() - started


def timed(client: TestClient, params: dict[str, str], repeats: int) -> dict[str, float | str]:
    """Median and p95 milliseconds of `repeats` GET /console calls (after one warm-up)."""
    response = client.get("/console", params=params)
    response.raise_for_status()
    samples, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get("/console", params=params).raise_for_status()
        samples.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    samples.sort()
    total = re.search(r'id="match-count">([^<]*?) triaged', response.text).group(1)
    return {
        "median_ms": round(statistics.median(samples), 1),
        "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 1),
        "cpu_median_ms": round(statistics.median(cpu), 1),
        "matches": total,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--returns", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--database-url", default=None, help="An empty database; default: SQLite in a temp folder.")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(state_dir=Path(folder))
        engine = create_db_engine(args.database_url or settings.db_url)
        migrate(engine)
        fill_seconds = fill(engine, args.returns)
        AgentStore(engine).create("bench", PASSWORD)
        app = create_app(lambda: console_state(settings, engine))
        results: dict[str, dict[str, float | str]] = {}
        with TestClient(app) as client:
            token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/console/sign-in").text).group(1)
            client.post("/console/sign-in", data={"name": "bench", "password": PASSWORD, "csrf_token": token})
            for name, params in CASES.items():
                results[name] = timed(client, params, args.repeats)
            middle = re.search(r'id="older" href="/console\?before=(\d+)"', client.get("/console").text)
            deep = {"before": str(int(middle.group(1)) - args.returns // 2)}
            results["page at the middle of the queue"] = timed(client, deep, args.repeats)
        engine.dispose()

    print(f"{args.returns:,} logged returns ({engine.dialect.name}), filled in {fill_seconds:.0f} s")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'GET /console':<36} {'median ms':>10} {'p95 ms':>8} {'CPU ms':>7} {'matches':>16}")
    for name, figures in results.items():
        print(
            f"{name:<36} {figures['median_ms']:>10} {figures['p95_ms']:>8} {figures['cpu_median_ms']:>7} "
            f"{figures['matches']:>16}"
        )
    output = args.json or get_settings().reports_dir / "benchmark_console_queue.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    summary = {
        "returns": args.returns,
        "database": engine.dialect.name,
        "page_size": settings.console_page_size,
        "load_average": os.getloadavg()[0],
    }
    output.write_text(json.dumps(summary | {"cases": results}, indent=2))
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
