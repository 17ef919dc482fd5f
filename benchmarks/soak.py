"""Soak test of the triage service: a constant arrival rate for minutes, watched minute by minute.

Starts a real `bentoml serve` on a loopback port (as `serve_load.py` does, with the state folder's
champions), measures the served maximum (closed loop, concurrency 32) unless `--max-rate` is given, then
sends single-return `POST /triage` calls at `--share` of that maximum for `--minutes` minutes, open loop
(each call leaves on time whatever the latency). Per minute: calls, errors, p50/p99, and the resident
memory of the server's whole process tree (workers and model processes). Every call carries a fresh
`return_id` (the sample's newest returns, suffixed per minute), so each one is triaged and logged; texts
repeat once the pool is used up. Prints a table, writes JSON.

    TRIAGE_STATE_DIR=... .venv/bin/python benchmarks/soak.py [--minutes 10] [--share 0.7] [--max-rate R]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serve_load import (
    SERVICE,
    closed_loop,
    create_key,
    ensure_history_loaded,
    free_port,
    open_loop,
    sample_requests,
    start_server,
    stop_server,
)

from triage.settings import get_settings


def tree_rss_mb(server: subprocess.Popen[bytes]) -> float:
    """Resident memory of the server and all its descendants, in MB."""
    root = psutil.Process(server.pid)
    return sum(process.memory_info().rss for process in [root, *root.children(recursive=True)]) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, default=10, help="Minutes at the constant rate.")
    parser.add_argument("--share", type=float, default=0.7, help="Share of the measured maximum to send.")
    parser.add_argument("--max-rate", type=float, default=None, help="Skip measuring the maximum; use this.")
    parser.add_argument("--pool", type=int, default=20000, help="Distinct sample returns to draw texts from.")
    parser.add_argument("--output", type=Path, default=None, help="JSON path (default: reports folder).")
    args = parser.parse_args()
    settings = get_settings()
    ensure_history_loaded()
    pool = sample_requests(args.pool)
    key = create_key()
    port = free_port()
    settings.reports_dir.mkdir(parents=True, exist_ok=True)
    server = start_server(port, settings.reports_dir / "soak_server.log", SERVICE)
    url = f"http://127.0.0.1:{port}"
    tag = f"soak{int(time.time())}"

    def fresh(count: int, part: str) -> list[dict[str, object]]:
        items = [pool[index % len(pool)] for index in range(count)]
        return [item | {"return_id": f"{item['return_id']}-{tag}-{part}-{index}"} for index, item in enumerate(items)]

    print(f"nproc={os.cpu_count()}  load average={os.getloadavg()}", flush=True)
    try:
        asyncio.run(closed_loop(url, key, fresh(16, "warm"), 4))
        maximum = args.max_rate or asyncio.run(closed_loop(url, key, fresh(640, "max"), 32))["throughput"]
        rate = args.share * maximum
        memory_start = tree_rss_mb(server)
        print(f"maximum {maximum:.1f} req/s; soak at {rate:.1f} req/s; memory {memory_start:.0f} MB", flush=True)
        minutes = []
        for minute in range(args.minutes):
            row = asyncio.run(open_loop(url, key, fresh(int(rate * 60), f"m{minute}"), rate))
            row |= {"minute": minute + 1, "memory_mb": tree_rss_mb(server), "load_average": os.getloadavg()[0]}
            minutes.append(row)
            print(
                f"  minute {minute + 1:>2}: {row['requests']} calls, {row['errors']} errors, "
                f"p50 {row['p50_ms']:.0f} ms, "
                f"p99 {row['p99_ms']:.0f} ms, memory {row['memory_mb']:.0f} MB, load {row['load_average']:.1f}",
                flush=True,
            )
    finally:
        stop_server(server)
    growth = minutes[-1]["memory_mb"] / memory_start - 1
    report = {
        "maximum_req_per_s": maximum,
        "rate_req_per_s": rate,
        "calls": sum(row["requests"] for row in minutes),
        "errors": sum(row["errors"] for row in minutes),
        "memory_start_mb": memory_start,
        "memory_end_mb": minutes[-1]["memory_mb"],
        "memory_growth": growth,
        "minutes": minutes,
    }
    print(
        f"{report['calls']} calls, {report['errors']} errors, memory {memory_start:.0f} -> "
        f"{report['memory_end_mb']:.0f} MB ({growth:+.1%})"
    )
    path = args.output or settings.reports_dir / "soak.json"
    path.write_text(json.dumps(report, indent=2))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
