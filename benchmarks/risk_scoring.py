"""Benchmark the risk champion's per-batch cost as the service pays it: `score_and_explain` (scores and
reason codes from one model call) at batch 1, 32 and 256.

Rows are the newest returns of the risk training frame (`risk_frame.parquet` in the reports folder,
written by `triage train risk`: the same feature rows the service builds). Each batch size runs on
fresh rows in turn for `--rounds` calls; the median wall-clock and CPU milliseconds per call are
reported (CPU time is the steadier measure on a shared machine), and the one-off cost of compiling
the model's trees (`RiskModel.compile_trees`, paid once per loaded model). Prints and writes JSON.

    .venv/bin/python benchmarks/risk_scoring.py [--rounds 200] [--json F]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import pandas as pd

from features.history import FEATURE_COLUMNS
from models.risk_reasons import score_and_explain
from training.risk import FRAME_NAME
from triage.registry import load_champion
from triage.settings import get_settings

BATCH_SIZES = (1, 32, 256)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200, help="calls per batch size")
    parser.add_argument("--json", type=Path, default=None, help="Default: <state>/reports/benchmark_risk_scoring.json")
    args = parser.parse_args()
    settings = get_settings()
    champion = load_champion(settings, settings.risk_model_name)
    frame = pd.read_parquet(settings.reports_dir / FRAME_NAME).sort_values("request_ts", kind="stable")
    rows = frame[list(FEATURE_COLUMNS)].iloc[-2048:].reset_index(drop=True)
    started = time.perf_counter()
    champion.model.compile_trees()  # once per loaded model, not a per-call cost
    result: dict[str, object] = {
        "model": f"{champion.name} v{champion.version}",
        "rounds": args.rounds,
        "compile_trees_s": round(time.perf_counter() - started, 3),
    }
    print(f"compile_trees: {result['compile_trees_s']} s (once per loaded model)")
    for size in BATCH_SIZES:
        walls, cpus = [], []
        for call in range(args.rounds):
            start = (call * size) % (len(rows) - size + 1)
            batch = rows.iloc[start : start + size]
            wall, cpu = time.perf_counter(), time.process_time()
            score_and_explain(champion.model, batch)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        figures = {"ms": round(statistics.median(walls) * 1000, 2), "cpu_ms": round(statistics.median(cpus) * 1000, 2)}
        result[f"batch_{size}"] = figures
        print(f"batch {size:>3}: {figures['ms']:.2f} ms per call (cpu {figures['cpu_ms']:.2f} ms)")
    path = args.json or settings.reports_dir / "benchmark_risk_scoring.json"
    path.write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
