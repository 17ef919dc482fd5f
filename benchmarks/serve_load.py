"""Load benchmark of the triage service: in-process ceiling vs served throughput and latency.

One run measures, on this machine:
1. the in-process ceiling: the service's own batch function (`ModelSide.triage_batch`: reasons,
   risk, decision, reply, log commit) called directly on batches of return requests, at several
   batch sizes (the best one is the ceiling, in requests/s);
2. the served path: a real `bentoml serve` on a loopback port, single-return `POST /triage`
   calls from closed-loop clients at concurrency 1, 8, 32 and 64 (bounded request counts):
   throughput and p50/p95/p99 latency;
3. an open-loop run at half the best served throughput (constant arrival rate): p99 latency.

Requests are the newest returns of the sample data, each sent once: the embedder caches repeated
texts, so reusing them would measure the cache instead of the model. It uses the champion models of the current
state folder (`TRIAGE_STATE_DIR`), loads the sample history into the history store when it is
empty, prints a table and writes JSON.

    python benchmarks/serve_load.py            # JSON to <state>/reports/serve_load.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from triage.settings import REPO_ROOT, get_settings

CONCURRENCY = (1, 8, 32, 64)
SERVICE = "serving.service:TriageService"
BATCH_SIZES = (1, 16, 64, 256)


def sample_requests(count: int, run: str = "") -> list[dict[str, Any]]:
    """The newest `count` returns of the sample data as /triage request items, with the reason ticked in the
    shop's form when there was one (the reason model reads more of a text whose tick its blend doubts), their
    return_ids suffixed with `run` when given: the service answers a return_id it already triaged from the
    prediction log, so a second run on the same state folder would time replays, not triage."""
    from features.tables import read_table

    settings = get_settings()
    returns = read_table("returns", settings.sample_data_dir).sort_values("request_ts").tail(count)
    items = read_table("line_items", settings.sample_data_dir)
    orders = read_table("orders", settings.sample_data_dir)
    frame = returns.merge(items, on=["line_item_id", "order_id"]).merge(orders, on=["order_id", "customer_id"])
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    return [
        {
            "return_id": f"{row.return_id}-{run}" if run else row.return_id,
            "customer_id": row.customer_id,
            "order_id": row.order_id,
            "sku": row.sku,
            "product_category": row.product_category,
            "price": round(float(row.price) * (1 - float(row.discount)), 2),
            "currency": row.currency,
            "order_date": row.order_ts.strftime(stamp),
            "delivery_date": row.delivery_ts.strftime(stamp),
            "request_date": row.request_ts.strftime(stamp),
            "reason_text": row.reason_text,
            "lang": row.lang,
        }
        | ({"reason_code": row.form_reason_code} if isinstance(row.form_reason_code, str) else {})
        for row in frame.itertuples()
    ]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def _ceiling_process(requests: list[dict[str, Any]], repeats: int, start: Any, out: Any) -> None:
    """One process of the in-process ceiling: per batch size, wait for the others, then time
    `ModelSide.triage_batch` on fresh requests and report (size, requests, start, end)."""
    from serving.api import ReturnRequest
    from serving.model_side import ModelSide

    engine = ModelSide(get_settings())
    parsed = [ReturnRequest.model_validate(item) for item in requests]
    results = engine.triage_batch(parsed[:2])  # warm-up
    fresh = iter(parsed[2:])
    for size in BATCH_SIZES:
        start.wait()
        done, began = 0, time.monotonic()
        for _ in range(max(1, repeats // size)):
            results = engine.triage_batch([next(fresh) for _ in range(size)])
            done += size
        out.put((size, done, began, time.monotonic(), sorted({entry.part for entry in results[0].unavailable})))
    engine.database.dispose()


def in_process_ceiling(requests: list[dict[str, Any]], repeats: int, processes: int) -> dict[str, Any]:
    """Requests/s of the service's own batch function per batch size, without HTTP, in as many
    processes as the server has workers (each on its own requests, all at the same time).

    `ModelSide.triage_batch` is exactly what a served batch runs: reasons, history features,
    risk, decision, reply, and the commit of the prediction log and the history store.
    """
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    start, out = context.Barrier(processes), context.Queue()
    share = len(requests) // processes
    workers = [
        context.Process(target=_ceiling_process, args=(requests[i * share : (i + 1) * share], repeats, start, out))
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    rates: dict[int, float] = {}
    for size in BATCH_SIZES:
        reports = [out.get(timeout=1800) for _ in workers]
        done = sum(report[1] for report in reports)
        rates[size] = done / (max(report[3] for report in reports) - min(report[2] for report in reports))
        print(f"  in-process batch {size:>3} x {processes} process(es): {rates[size]:7.1f} requests/s", flush=True)
    for worker in workers:
        worker.join()
    best = max(rates, key=rates.get)
    return {
        "processes": processes,
        "requests_per_s_by_batch": rates,
        "best_batch": best,
        "ceiling": rates[best],
        "unavailable": reports[0][4],
    }


def start_server(port: int, log_path: Path, service: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "bentoml", "serve", service]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited: {log_path.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    raise SystemExit("server not ready after 300 s")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    """Stop a server from `start_server` as Ctrl-C would, killing it if it has not exited within a minute."""
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()


class LoadClient:
    """Times single-return `POST /triage` calls. aiohttp, not httpx: the client shares the machine's two
    cores with the server, and aiohttp spends about half the CPU per request that httpx does."""

    def __init__(self, url: str, key: str, connections: int) -> None:
        self.url = f"{url}/triage"
        self.headers = {"Authorization": f"Bearer {key}"}
        self.connections = connections
        self.latencies: list[float] = []
        self.errors = 0

    async def __aenter__(self) -> LoadClient:
        import aiohttp

        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=self.connections), timeout=aiohttp.ClientTimeout(total=120)
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.session.close()

    async def post(self, item: dict[str, Any]) -> None:
        started = time.perf_counter()
        async with self.session.post(self.url, json={"returns": [item]}, headers=self.headers) as response:
            await response.read()
            self.errors += response.status != 200
        self.latencies.append(time.perf_counter() - started)

    def summary(self) -> dict[str, Any]:
        return {
            "requests": len(self.latencies),
            "errors": self.errors,
            "p50_ms": 1000 * statistics.median(self.latencies),
            "p95_ms": 1000 * percentile(self.latencies, 95),
            "p99_ms": 1000 * percentile(self.latencies, 99),
        }


def model_batches(url: str) -> tuple[float, float]:
    """(model batches so far, /triage items in them), from the service's batch-size histogram."""
    import re

    text = httpx.get(f"{url}/metrics", timeout=10).text
    found = dict(re.findall(r'triage_model_batch_size_(sum|count)\{endpoint="triage"[^}]*\} (\S+)', text))
    return float(found.get("count", 0)), float(found.get("sum", 0))


def server_cpu(server: subprocess.Popen[bytes]) -> dict[str, float]:
    """CPU seconds used so far by the server's workers: their event-loop (main) threads, where HTTP is
    handled, and the rest (their other threads and their model processes), where the batches run."""
    import psutil

    seconds = {"event_loop": 0.0, "batch_threads": 0.0}
    for process in psutil.Process(server.pid).children(recursive=True):
        model_process = any("spawn_main" in part for part in process.cmdline())
        for thread in process.threads():
            part = "event_loop" if thread.id == process.pid and not model_process else "batch_threads"
            seconds[part] += thread.user_time + thread.system_time
    return seconds


async def closed_loop(url: str, key: str, items: list[dict[str, Any]], concurrency: int) -> dict[str, Any]:
    """`concurrency` clients each sending one-return requests back to back until `items` are done."""
    queue = iter(items)
    async with LoadClient(url, key, concurrency) as client:

        async def worker() -> None:
            for item in queue:
                await client.post(item)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {"concurrency": concurrency, "throughput": len(items) / elapsed, **client.summary()}


async def open_loop(url: str, key: str, items: list[dict[str, Any]], rate: float) -> dict[str, Any]:
    """Requests arriving at a constant `rate` per second, whatever the latency (open loop)."""
    async with LoadClient(url, key, len(items)) as client:
        tasks = []
        started = time.perf_counter()
        for index, item in enumerate(items):
            await asyncio.sleep(max(0.0, started + index / rate - time.perf_counter()))
            tasks.append(asyncio.create_task(client.post(item)))
        await asyncio.gather(*tasks)
    return {"rate": rate, **client.summary()}


def ensure_history_loaded() -> None:
    from serving.db import open_database
    from serving.stores.history import HistoryStore, load_history

    settings = get_settings()
    engine = open_database(settings)
    if not any(HistoryStore(engine).counts().values()):
        print("loading the sample history into the history store ...", flush=True)
        load_history(engine, settings.sample_data_dir)
    engine.dispose()


def create_key() -> str:
    from serving.db import open_database
    from serving.stores.api_keys import ApiKeyStore

    engine = open_database(get_settings())
    _, key = ApiKeyStore(engine).create("benchmark")
    engine.dispose()
    return key


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # Enough requests that each figure averages many batches: 1,024 per batch size is four batches of
    # 256 (one batch, as before, made the ceiling a single sample); 960 served requests at c=32 are
    # ~30 batches.
    parser.add_argument("--requests-per-level", type=int, default=960, help="Requests per concurrency level.")
    parser.add_argument("--ceiling-requests", type=int, default=1024, help="Requests per in-process batch size.")
    parser.add_argument("--pool", type=int, default=20000, help="Distinct sample returns to draw requests from.")
    parser.add_argument("--output", type=Path, default=None, help="JSON path (default: reports folder).")
    parser.add_argument(
        "--service",
        default=SERVICE,
        help="The BentoML service to serve; benchmarks.batchable_service:BatchableTriage is BentoML's own batching.",
    )
    args = parser.parse_args()
    settings = get_settings()
    ensure_history_loaded()
    workers = settings.serve_workers
    ceiling_needed = workers * (2 + sum(max(size, args.ceiling_requests) for size in BATCH_SIZES))
    items = sample_requests(args.pool, run=uuid.uuid4().hex[:8])
    unused = iter(items[ceiling_needed:])

    def take(count: int) -> list[dict[str, Any]]:
        taken = [item for _, item in zip(range(count), unused, strict=False)]
        if len(taken) < count:
            raise SystemExit(f"--pool {args.pool} is too small for the requested counts")
        return taken

    print(f"nproc={os.cpu_count()}  load average={os.getloadavg()}", flush=True)

    print("in-process ceiling:", flush=True)
    ceiling = in_process_ceiling(items[:ceiling_needed], args.ceiling_requests, workers)

    key = create_key()
    port = free_port()
    log_path = settings.reports_dir / "serve_load_server.log"
    settings.reports_dir.mkdir(parents=True, exist_ok=True)
    server = start_server(port, log_path, args.service)
    url = f"http://127.0.0.1:{port}"
    try:
        asyncio.run(closed_loop(url, key, take(16), 4))  # warm-up
        served = []
        for concurrency in CONCURRENCY:
            total = max(args.requests_per_level, 4 * concurrency)
            before, batches_before = server_cpu(server), model_batches(url)
            row = asyncio.run(closed_loop(url, key, take(total), concurrency))
            after, batches_after = server_cpu(server), model_batches(url)
            row |= {f"{part}_cpu_ms_per_request": 1000 * (after[part] - before[part]) / total for part in after}
            batches = batches_after[0] - batches_before[0]
            # None when no call of the level reached the models (every one refused or failed).
            row["mean_model_batch"] = round((batches_after[1] - batches_before[1]) / batches, 1) if batches else None
            served.append(row)
            print(
                f"  served c={concurrency:>2}: {row['throughput']:6.1f} req/s  p50 {row['p50_ms']:6.0f} ms  "
                f"p95 {row['p95_ms']:6.0f} ms  p99 {row['p99_ms']:6.0f} ms  errors {row['errors']}  "
                f"server CPU per request: HTTP event loop {row['event_loop_cpu_ms_per_request']:.1f} ms, "
                f"batches {row['batch_threads_cpu_ms_per_request']:.1f} ms; "
                f"mean model batch {row['mean_model_batch']}",
                flush=True,
            )
        best = max(row["throughput"] for row in served)
        half = asyncio.run(open_loop(url, key, take(max(100, int(best * 10))), best / 2))
    finally:
        stop_server(server)

    at_32 = next(row for row in served if row["concurrency"] == 32)
    report = {
        "machine": {"nproc": os.cpu_count(), "platform": platform.platform(), "load_average": os.getloadavg()},
        "service": args.service,
        "settings": {
            "serve_workers": settings.serve_workers,
            "serve_threads": settings.serve_threads,
            "models_in_own_process": settings.models_in_own_process,
        },
        "in_process": ceiling,
        "served": served,
        "open_loop_at_half_max": half,
        "targets": {
            "served_c32_over_ceiling": at_32["throughput"] / ceiling["ceiling"],
            "served_c32_over_ceiling_target": 0.8,
            "p99_ms_at_half_max": half["p99_ms"],
            "p99_ms_target": 300,
        },
    }
    print()
    print(f"| measure | value |\n|---|---|\n| nproc | {os.cpu_count()} |")
    label = f"batch {ceiling['best_batch']}, {workers} process(es)"
    print(f"| in-process ceiling ({label}) | {ceiling['ceiling']:.1f} req/s |")
    for row in served:
        print(
            f"| served c={row['concurrency']} | {row['throughput']:.1f} req/s, p50 {row['p50_ms']:.0f} ms, "
            f"p95 {row['p95_ms']:.0f} ms, p99 {row['p99_ms']:.0f} ms; server CPU/request: event loop "
            f"{row['event_loop_cpu_ms_per_request']:.1f} ms, batches {row['batch_threads_cpu_ms_per_request']:.1f} ms; "
            f"mean model batch {row['mean_model_batch']} |"
        )
    print(f"| served c=32 / ceiling | {report['targets']['served_c32_over_ceiling']:.0%} (target ≥ 80%) |")
    print(f"| p99 at {half['rate']:.1f} req/s (half max) | {half['p99_ms']:.0f} ms (target < 300 ms) |")
    args.output = args.output or settings.reports_dir / "serve_load.json"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2))
    print(f"\nwrote {args.output}")


if __name__ == "__main__":
    main()
