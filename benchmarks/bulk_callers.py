"""Many bulk callers at once: several clients each sending calls of 256 returns together, while one client
sends one-return calls. What a one-return call waits, how far the served tree's memory grows, and
whether calls the service cannot take are refused cleanly (503 or 429 with `Retry-After`) rather than
queued without bound. A bulk caller refused with `Retry-After` sends the same call again after that
delay, as a client would; its call's time runs from its first attempt to its answer.

    .venv/bin/python benchmarks/bulk_callers.py --state /path/to/a/copy/of/a/served/state \
        --callers 4 8 16 [--calls-per-caller 2] [--text-chars 1000] [--json out.json]

Starts one `bentoml serve` of the state (one worker with its model process, as the service tests do) for
each caller count in turn; every return id is new, so every return is triaged. The tree's RSS (the server,
its worker and the model process) is sampled every 0.25 s. Exits 1 when a call failed other than by a
refusal with `Retry-After`, or when a one-return call was not answered.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import statistics
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import psutil

from triage.settings import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "tests"))  # the real-server harness the service tests use
from server_support import ServerProcess, settings_with_key

from serving.api import EXAMPLE_EN, MAX_BATCH

TEXT = "The zip broke after one wear and the seam split along the side, so I would like my money back. "


def body(returns: int, text_chars: int) -> dict[str, Any]:
    """A /triage body of `returns` new returns with texts of `text_chars` characters."""
    text = (TEXT * (text_chars // len(TEXT) + 1))[:text_chars]
    items = []
    for _ in range(returns):
        tag = uuid.uuid4().hex[:12]
        item = copy.deepcopy(EXAMPLE_EN)
        items.append(item | {"return_id": f"B-{tag}", "order_id": f"O-{tag}", "reason_text": text})
    return {"returns": items}


def tree_rss(pid: int) -> int:
    """Bytes resident in the process `pid` and all its descendants."""
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for process in processes:
        try:
            total += process.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


async def load(url: str, key: str, pid: int, callers: int, calls: int, text_chars: int) -> dict[str, Any]:
    """`callers` clients each sending `calls` calls of 256 returns one after the other, all starting together,
    and one client sending a one-return call every 0.2 s until they are done."""
    headers = {"Authorization": f"Bearer {key}"}
    done = asyncio.Event()
    samples: list[int] = []
    bulk: list[dict[str, Any]] = []
    refusals: list[dict[str, Any]] = []
    small: list[dict[str, Any]] = []

    def refused_cleanly(result: dict[str, Any]) -> bool:
        return result["status"] in (429, 503) and result["retry_after"] is not None

    async def sample() -> None:
        while not done.is_set():
            samples.append(tree_rss(pid))
            await asyncio.sleep(0.25)

    async def call(client: httpx.AsyncClient, payload: str) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            answer = await client.post("/triage", content=payload, headers={"Content-Type": "application/json"})
            status: int | str = answer.status_code
            retry_after = answer.headers.get("retry-after")
        except httpx.HTTPError as error:
            status, retry_after = type(error).__name__, None
        return {"status": status, "seconds": time.perf_counter() - started, "retry_after": retry_after}

    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=180) as client:

        async def bulk_caller() -> None:
            """Each call until it is answered other than 503 with `Retry-After`, waiting as that says."""
            for _ in range(calls):
                payload = json.dumps(body(MAX_BATCH, text_chars))
                started = time.perf_counter()
                answer = await call(client, payload)
                while refused_cleanly(answer):
                    refusals.append(answer)
                    await asyncio.sleep(float(answer["retry_after"]))
                    answer = await call(client, payload)
                bulk.append(answer | {"seconds": time.perf_counter() - started})

        async def small_caller() -> None:
            while not done.is_set():
                small.append(await call(client, json.dumps(body(1, text_chars))))
                await asyncio.sleep(0.2)

        baseline = tree_rss(pid)
        tasks = [asyncio.create_task(sample()), asyncio.create_task(small_caller())]
        started = time.perf_counter()
        await asyncio.gather(*(bulk_caller() for _ in range(callers)))
        elapsed = time.perf_counter() - started
        done.set()
        await asyncio.gather(*tasks)

    waits = [result["seconds"] for result in small if result["status"] == 200]
    return {
        "callers": callers,
        "calls_per_caller": calls,
        "text_chars": text_chars,
        "seconds": round(elapsed, 1),
        "bulk_statuses": dict(Counter(str(result["status"]) for result in bulk)),
        "bulk_seconds_max": round(max(result["seconds"] for result in bulk), 1),
        "bulk_refusals_with_retry_after": len(refusals),
        "returns_triaged": MAX_BATCH * sum(result["status"] == 200 for result in bulk),
        "one_return_calls": len(small),
        "one_return_statuses": dict(Counter(str(result["status"]) for result in small)),
        "one_return_p50_seconds": round(statistics.median(waits), 2) if waits else None,
        "one_return_max_seconds": round(max(waits), 2) if waits else None,
        "rss_baseline_mb": round(baseline / 2**20),
        "rss_peak_mb": round(max(samples, default=baseline) / 2**20),
        "failed": [result for result in bulk + small if result["status"] != 200 and not refused_cleanly(result)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--state", type=Path, required=True, help="state folder with the champions")
    parser.add_argument("--callers", type=int, nargs="+", default=[4, 8, 16])
    parser.add_argument("--calls-per-caller", type=int, default=2)
    parser.add_argument("--text-chars", type=int, default=1_000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    settings, key = settings_with_key(args.state, "bulk-callers")
    runs = []
    for callers in args.callers:
        server = ServerProcess(args.state, settings.reports_dir / f"bulk_callers_{callers}.log")
        server.start(timeout=600)
        try:
            assert server.process is not None
            runs.append(
                asyncio.run(load(server.url, key, server.process.pid, callers, args.calls_per_caller, args.text_chars))
            )
        finally:
            server.kill()
        print(json.dumps(runs[-1], indent=2), flush=True)
    report = {"database": settings.db_url.split("://")[0], "runs": runs}
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    raise SystemExit(1 if any(run["failed"] or not run["one_return_p50_seconds"] for run in runs) else 0)


if __name__ == "__main__":
    main()
