"""Latency of a full triage against the length of the customer's history.

A customer's history (past orders and returns) is read and turned into features on every triage, so a
customer with a long history costs more. For each history length this gives one synthetic customer that
many past returns (each with its own order, spread over the last two years, recorded the way the service
records triaged returns), then times `ModelSide.triage_batch` on single-return requests from that customer,
each with a fresh `return_id` and a text not used before (what the service does per model batch: reasons,
history, risk, decision, reply, log commit). Median and p95 wall and CPU milliseconds per length. Prints a
table, writes JSON. Uses the state folder's champions and history store; the synthetic customers stay in its history.

    TRIAGE_STATE_DIR=... .venv/bin/python benchmarks/history_length.py [--lengths 0 64 512 2048] [--repeats 40]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serve_load import ensure_history_loaded, percentile, sample_requests

from serving.api import ReturnRequest
from serving.model_side import ModelSide
from serving.stores.history import record_triaged_returns
from triage.settings import get_settings


def dated_request(item: dict[str, object], customer: str, key: str, requested: datetime) -> ReturnRequest:
    """`item` as `customer`'s return `key` (its own order), requested at `requested`: ordered 10 days before,
    delivered 7 days before."""
    return ReturnRequest.model_validate(
        item
        | {
            "return_id": f"{customer}-R{key}",
            "order_id": f"{customer}-O{key}",
            "customer_id": customer,
            "order_date": (requested - timedelta(days=10)).isoformat(),
            "delivery_date": (requested - timedelta(days=7)).isoformat(),
            "request_date": requested.isoformat(),
        }
    )


def past_returns(template: dict[str, object], customer: str, count: int, now: datetime) -> list[ReturnRequest]:
    """`count` past returns of `customer`, one order each, requested evenly over the 730 days before `now`."""
    return [
        dated_request(template, customer, str(index), now - timedelta(days=730 * (index + 1) / (count + 1)))
        for index in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[0, 64, 512, 2048])
    parser.add_argument("--repeats", type=int, default=40, help="Timed triages per length.")
    parser.add_argument("--output", type=Path, default=None, help="JSON path (default: reports folder).")
    args = parser.parse_args()
    settings = get_settings()
    ensure_history_loaded()
    engine = ModelSide(settings)
    tag = f"H{int(time.time())}"
    # Different texts for each length: the embedder caches the vectors of texts it has seen.
    pool = sample_requests((args.repeats + 1) * len(args.lengths))
    now = datetime.now(UTC).replace(microsecond=0)
    template = pool[0]
    # The first batches of a process load lazily (models' first calls, the store's statements).
    for item in sample_requests(8, run=f"{tag}-warm"):
        engine.triage_batch([ReturnRequest.model_validate(item)])
    rows = []
    for position, length in enumerate(args.lengths):
        customer = f"C{tag}-{length}"
        texts = pool[position * (args.repeats + 1) : (position + 1) * (args.repeats + 1)]
        with engine.database.begin() as connection:
            history = past_returns(template, customer, length, now - timedelta(days=1))
            record_triaged_returns(connection, history, ["too_small"] * length)
        wall, cpu = [], []
        for index, item in enumerate(texts):
            request = dated_request(item, customer, f"now-{index}", now)
            started, started_cpu = time.perf_counter(), time.process_time()
            engine.triage_batch([request])
            if index:  # the first call of each customer warms its caches
                wall.append(1000 * (time.perf_counter() - started))
                cpu.append(1000 * (time.process_time() - started_cpu))
        row = {
            "history_returns": length,
            "wall_ms_p50": statistics.median(wall),
            "wall_ms_p95": percentile(wall, 95),
            "cpu_ms_p50": statistics.median(cpu),
        }
        rows.append(row)
        print(
            f"  {length:>5} past returns: wall p50 {row['wall_ms_p50']:.1f} ms, p95 {row['wall_ms_p95']:.1f} ms, "
            f"CPU p50 {row['cpu_ms_p50']:.1f} ms",
            flush=True,
        )
    engine.database.dispose()
    path = args.output or settings.reports_dir / "history_length.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"repeats": args.repeats, "lengths": rows}, indent=2))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
