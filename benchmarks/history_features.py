"""Benchmark of the customer-history step of a served batch (`serving.request_features.served_history`).

Times, per batch of return requests, each stage of the step the service runs once per model batch:
`HistoryStore.frames_for` (the store's SQL reads and frames; `columns_for`, the served read, as
columns without frames), `ordered_items` + `request_columns` (request rows), `risk_features` and
`apply_history_overrides`, the whole `served_history`, the policy's history summaries
(`history_summaries`, read by the assembler) and `record_triaged_returns` (the service adds the
batch's returns to the store; timed in a transaction that is rolled back, so the store is unchanged).
Requests are the newest returns of the sample data (as in `serve_load.py`); the reason parts are
fixed stand-ins, since the step only copies their family and confidence into the features.

It reads the history store of the state folder (`TRIAGE_STATE_DIR`), which must be loaded
(`triage serve load-history` or a `serve_load.py` run), and writes JSON to
<state>/reports/history_features.json.

    python benchmarks/history_features.py             # batches of 1, 32 and 256
    python benchmarks/history_features.py --sizes 1 --repeats 500
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serve_load import sample_requests

from triage.settings import get_settings


def _median_ms(call: Callable[[], Any], repeats: int) -> float:
    """Median CPU time of `call` in milliseconds (after one warm-up call).

    CPU time of this thread rather than wall time: the step is CPU-bound (the store is read from
    the page cache), and on a machine shared with load tests wall times mostly measure the others.
    """
    call()
    times = []
    for _ in range(repeats):
        start = time.thread_time()
        call()
        times.append(time.thread_time() - start)
    return statistics.median(times) * 1000


def _stages(requests: list[Any], store: Any, policy: Any) -> tuple[dict[str, Callable[[], Any]], dict[str, int]]:
    """The history step's stages for one batch, as calls on that batch, and the rows the store holds for it."""
    from features.history import apply_history_overrides, history_summaries, risk_features
    from serving.api import ReasonPart
    from serving.request_features import ordered_items, request_columns, served_history
    from serving.stores.history import SERVED_COLUMNS, record_triaged_returns

    reasons = [ReasonPart(code="too_small", family="fit", confidence=0.8, top3=[], needs_review=False)] * len(requests)
    customer_ids = [request.customer_id for request in requests]
    as_of = max(request.request_date for request in requests)
    # What `served_history` reads and builds: the served columns, then the requests' columns.
    tables = store.columns_for(customer_ids, as_of, columns=SERVED_COLUMNS)

    def request_rows() -> Any:
        """As `served_history` builds them: the stored line items of the batch's requests, then the rows."""
        return request_columns(requests, reasons, ordered_items(requests, tables["line_items"]))

    rows = request_rows()

    def features() -> Any:
        return risk_features(rows, tables, policy.quota_rule())

    computed = features()
    summaries = [request.customer_history for request in requests]
    labels = [reason.code for reason in reasons]

    def record() -> None:
        """As the service adds a triaged batch to the store, in a transaction rolled back (the store stays)."""
        with store.engine.connect() as connection, connection.begin() as transaction:
            record_triaged_returns(connection, requests, labels)
            transaction.rollback()

    stages = {
        "frames_for": lambda: store.frames_for(customer_ids, as_of),
        "frames_served": lambda: store.frames_for(customer_ids, as_of, columns=SERVED_COLUMNS),
        "columns_served": lambda: store.columns_for(customer_ids, as_of, columns=SERVED_COLUMNS),
        "request_rows": request_rows,
        "risk_features": features,
        "overrides": lambda: apply_history_overrides(computed, summaries),
        "history_step": lambda: served_history(store, requests, reasons, policy),
        "summaries": lambda: history_summaries(computed),
        "record_returns": record,
    }
    return stages, {name: len(frame) for name, frame in store.frames_for(customer_ids, as_of).items()}


def measure(sizes: list[int], repeats: int) -> list[dict[str, Any]]:
    """Per batch size, the median ms of each stage of the history step and of the whole step."""
    from decisions.policy import load_policy
    from serving.api import ReturnRequest
    from serving.db import create_db_engine
    from serving.stores.history import HistoryStore

    settings = get_settings()
    engine = create_db_engine(settings.db_url)
    store = HistoryStore(engine)
    if store.counts()["returns"] == 0:
        raise SystemExit(f"the history store of {settings.state_dir} is empty: load it first")
    policy = load_policy(settings.policy_path)
    pool = [ReturnRequest.model_validate(item) for item in sample_requests(max(sizes))]
    rows = []
    for size in sizes:
        stages, stored = _stages(pool[-size:], store, policy)
        row: dict[str, Any] = {"batch": size, "rows": stored}
        row |= {name: round(_median_ms(call, max(3, repeats // size)), 3) for name, call in stages.items()}
        rows.append(row)
    engine.dispose()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 32, 256], help="batch sizes")
    parser.add_argument("--repeats", type=int, default=2000, help="calls at batch 1 (fewer for larger batches)")
    parser.add_argument("--out", type=Path, help="JSON output (default <state>/reports/history_features.json)")
    args = parser.parse_args()
    if min(args.sizes) < 1 or args.repeats < 1:
        parser.error("sizes and repeats must be positive")
    rows = measure(args.sizes, args.repeats)
    stages = [name for name in rows[0] if name not in ("batch", "rows")]
    print(f"{'batch':>5} " + " ".join(f"{name:>13}" for name in stages) + "   (median CPU ms per batch)")
    for row in rows:
        print(f"{row['batch']:>5} " + " ".join(f"{row[name]:>13.3f}" for name in stages))
    out = args.out or get_settings().reports_dir / "history_features.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"results": rows}, indent=2))
    print(f"JSON: {out}")


if __name__ == "__main__":
    main()
