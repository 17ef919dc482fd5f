"""`triage batch score` on pandas vs Spark `local[1]` / `local[2]`: rows/s and peak memory, in one run.

    .venv/bin/python benchmarks/batch_score.py [--data data/sample --data /tmp/sample-x10 ...]
        [--engines pandas,local[1],local[2]] [--json F]

Each configuration is a fresh `triage batch score` process (the command a user runs) with the state
folder's champions (`TRIAGE_STATE_DIR`: a reason and a risk champion; `make run` makes them), writing
Parquet to a temporary folder. Figures per run:
- `assess s`: what the command reports, from the models being loaded to the output written (Spark:
  its JVM start, the shuffle and the executors' pandas calls included);
- `wall s`: the whole process, model loading and interpreter start included;
- `rows/s`: returns assessed per `assess` second;
- `peak MB`: the largest resident set among the command's processes (pandas: the one Python
  process; Spark: the driver, its JVM or a Python worker, whichever is largest).
A 10x copy of the sample: `triage data generate --scale 10 --out /tmp/sample-x10`.
The machine is shared: the load average at each run's start is printed beside it; compare ratios
within one run, not figures across runs. Prints a table and writes JSON
(default: <state>/reports/benchmark_batch_score.json).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TRIAGE = Path(sys.executable).with_name("triage")


def run_once(data_dir: Path, engine: str) -> dict[str, object]:
    """One `triage batch score` process; its timings, rows and peak memory."""
    spark = engine != "pandas"
    arguments = ["--engine", "spark", "--master", engine] if spark else ["--engine", "pandas"]
    with tempfile.TemporaryDirectory(prefix="batch-score-") as output:
        command = [str(TRIAGE), "batch", "score", "-i", str(data_dir), "-o", output, *arguments]
        # A child's peak RSS is only visible once it is waited for: run each configuration in its own
        # python process so RUSAGE_CHILDREN holds that configuration alone.
        probe = (
            "import resource, subprocess, sys; "
            "done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
            "print(done.returncode); print(done.stderr + done.stdout)"
        )
        load = os.getloadavg()[0]
        started = time.perf_counter()
        finished = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True)
        wall = time.perf_counter() - started
    peak_kb, code, output_text = finished.stdout.split("\n", 2)
    if int(code) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{output_text}")
    match = re.search(r"assessed (\d+) returns in ([\d.]+) s", " ".join(output_text.split()))
    if match is None:
        raise SystemExit(f"unexpected output of {' '.join(command)}:\n{output_text}")
    rows, seconds = int(match.group(1)), float(match.group(2))
    return {
        "data": str(data_dir),
        "engine": engine,
        "rows": rows,
        "assess_s": seconds,
        "wall_s": round(wall, 1),
        "rows_per_s": round(rows / seconds, 1),
        "peak_mb": round(int(peak_kb) / 1024),
        "load_average_at_start": round(load, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, action="append", default=None, help="Export folder (repeatable).")
    parser.add_argument("--engines", default="pandas,local[1],local[2]")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    os.environ.setdefault("PYTHONPATH", str(REPO_ROOT))
    from triage.settings import get_settings

    results = []
    for data_dir in args.data or [REPO_ROOT / "data" / "sample"]:
        for engine in args.engines.split(","):
            result = run_once(data_dir, engine)
            results.append(result)
            print(
                f"{result['data']:<28} {engine:<9} {result['rows']:>8} rows  assess {result['assess_s']:>7.1f} s"
                f"  wall {result['wall_s']:>7.1f} s  {result['rows_per_s']:>8.1f} rows/s"
                f"  peak {result['peak_mb']:>6} MB  load {result['load_average_at_start']}",
                flush=True,
            )
    output = args.json or get_settings().reports_dir / "benchmark_batch_score.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps({"nproc": os.cpu_count(), "runs": results}, indent=2))
    print(f"JSON: {output}")


if __name__ == "__main__":
    main()
