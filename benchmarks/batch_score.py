"""`triage batch score` on pandas vs Spark `local[1]` / `local[2]`: rows/s and peak memory, in one run.

    .venv/bin/python benchmarks/batch_score.py [--data data/sample --data /work/data-10x ...]
        [--engines pandas,local[1],local[2]] [--since 2026-01-01] [--json F]

Each configuration is a fresh `triage batch score` process (the command a user runs) with the state
folder's champions (`TRIAGE_STATE_DIR`: a reason and a risk champion; `make run` makes them), writing
Parquet to a temporary folder. Figures per run:
- `assess s`: what the command reports, from the models being loaded to the output written (Spark:
  its JVM start, the shuffle and the executors' pandas calls included);
- `wall s`: the whole process, model loading and interpreter start included;
- `rows/s`: returns assessed per `assess` second;
- `cpu s`: CPU seconds (user + system) of the command's processes, read every `--every` seconds (a
  process's last reading counts), and `rows/cpu s`: returns per CPU second, i.e. per fully used core,
  which the other users' load on the machine moves far less than rows/s;
- `peak MB`: the command's whole process tree, sampled every `--every` seconds while it runs (pandas:
  the one Python process; Spark: the driver, its JVM and the Python workers, which hold the models):
  the largest sum of resident sets (`tree_rss`; pages shared between forked workers counted in each)
  and of proportional sets (`tree_pss`; shared pages split between their processes), and the largest
  resident set of each part alone (`driver`, `jvm`, `workers`).
A 10x copy of the sample: `triage data generate --scale 10 --out /work/data-10x`. `--since` assesses
only the returns requested from that date on, with every table still read, keyed and shuffled and each
one's features still computed over the whole history: the same share of a 1x and a 10x copy gives how
the cost grows with the data at a fraction of the model time (the reason model costs the same per text).
The machine is shared: the load average at each run's start and its mean while the run lasted are
printed beside it; compare ratios within one run, not figures across runs. Prints a table and writes
JSON after every run (default: <state>/reports/benchmark_batch_score.json), so a long run stopped or
failed part-way keeps the figures of the runs before it. A run that fails is recorded with the end of
its output and the next one starts (the exit code is 1 at the end). SIGTERM or Ctrl-C (e.g. from
`timeout 50m ...`) ends the running command's whole process tree (Spark's JVM and Python workers
included), records that run as `stopped` with its wall time, CPU seconds and peak memory so far (a lower
bound of what it would have cost), and starts no other run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import psutil

REPO_ROOT = Path(__file__).resolve().parent.parent
TRIAGE = Path(sys.executable).with_name("triage")
MEMORY_PARTS = ("tree_rss", "tree_pss", "driver", "jvm", "workers")


class Stopped(Exception):
    """SIGTERM or Ctrl-C while a run was going: its figures so far are kept and no other run starts."""


def raise_stopped(signum: int, frame: object) -> None:
    raise Stopped(signal.Signals(signum).name)


def stop_tree(root: psutil.Process) -> None:
    """End the command and everything it started (Spark's JVM and its Python workers), politely first.

    The descendants are listed before anything ends: once the command is gone they are re-parented and
    could no longer be found from it.
    """
    try:
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return  # already ended and reaped (Ctrl-C reaches the whole process group)
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.terminate()
    _, alive = psutil.wait_procs(processes, timeout=10)
    for process in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()


def tree_now(root: psutil.Process) -> tuple[dict[str, int], dict[int, float]]:
    """The command (`root`) and its descendants now: bytes held per `MEMORY_PARTS`, and CPU seconds
    used so far by each process."""
    held = dict.fromkeys(MEMORY_PARTS, 0)
    cpu = {}
    for process in [root, *root.children(recursive=True)]:
        try:
            memory = process.memory_full_info()
            times = process.cpu_times()
            part = "driver" if process.pid == root.pid else "jvm" if process.name() == "java" else "workers"
        except (psutil.NoSuchProcess, psutil.ZombieProcess):
            continue  # a worker that ended between the listing and the reading
        held["tree_rss"] += memory.rss
        held["tree_pss"] += memory.pss
        held[part] += memory.rss
        cpu[process.pid] = times.user + times.system
    return held, cpu


def run_once(data_dir: Path, engine: str, every: float, since: str | None) -> dict[str, object]:
    """One `triage batch score` process; its outcome (`finished`, `failed` or `stopped`), timings, rows,
    CPU seconds, peak memory and the machine's load."""
    spark = engine != "pandas"
    arguments = ["--engine", "spark", "--master", engine] if spark else ["--engine", "pandas"]
    if since is not None:
        arguments += ["--since", since]
    peaks = dict.fromkeys(MEMORY_PARTS, 0)
    cpu_by_process: dict[int, float] = {}
    loads = []
    outcome = "finished"
    with tempfile.TemporaryDirectory(prefix="batch-score-") as output, tempfile.TemporaryFile("w+") as log:
        command = [str(TRIAGE), "batch", "score", "-i", str(data_dir), "-o", f"{output}/out", *arguments]
        started_at = datetime.now(UTC).isoformat(timespec="seconds")
        load = os.getloadavg()[0]
        started = time.perf_counter()
        # Spark logs a lot: into a file, so a full pipe never stalls the command.
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True)
        root = psutil.Process(process.pid)
        try:
            while process.poll() is None:
                held, cpu = tree_now(root)
                peaks = {part: max(peaks[part], held[part]) for part in MEMORY_PARTS}
                # The last reading of each process: what one that ended since used after it is not counted.
                cpu_by_process.update(cpu)
                loads.append(os.getloadavg()[0])
                time.sleep(every)
        except (Stopped, KeyboardInterrupt):
            outcome = "stopped"
            stop_tree(root)
            process.wait()
        wall = time.perf_counter() - started
        log.seek(0)
        output_text = log.read()
    cpu_seconds = sum(cpu_by_process.values())
    result: dict[str, object] = {
        "data": str(data_dir),
        "engine": engine,
        "since": since,
        "outcome": outcome,
        "started_at": started_at,
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu_seconds, 1),
        "peak_mb": {part: round(peaks[part] / 2**20) for part in MEMORY_PARTS},
        "memory_samples": len(loads),
        "load_average_at_start": round(load, 1),
        "load_average_mean": round(sum(loads) / len(loads), 1) if loads else round(load, 1),
    }
    if outcome == "stopped":
        return result
    match = re.search(r"assessed ([\d,]+) returns? in ([\d.]+) s", " ".join(output_text.split()))
    if process.returncode != 0 or match is None:
        return {**result, "outcome": "failed", "exit_code": process.returncode, "output_end": output_text[-3000:]}
    rows, seconds = int(match.group(1).replace(",", "")), float(match.group(2))
    return {
        **result,
        "rows": rows,
        "assess_s": seconds,
        "rows_per_s": round(rows / seconds, 1),
        # None when the command ended before its CPU time could be read (never for a real export).
        "rows_per_cpu_s": round(rows / cpu_seconds, 1) if cpu_seconds else None,
    }


def summary_line(result: dict[str, object]) -> str:
    """One printed line per run."""
    peak = result["peak_mb"]
    if result["outcome"] == "finished":
        what = (
            f"{result['rows']:>8} rows  assess {result['assess_s']:>7.1f} s  {result['rows_per_s']:>7.1f} rows/s"
            f"  wall {result['wall_s']:>7.1f} s  cpu {result['cpu_s']} s ({result['rows_per_cpu_s']} rows/cpu s)"
        )
    else:
        what = f"{result['outcome'].upper()} after wall {result['wall_s']} s, cpu {result['cpu_s']} s"
    return (
        f"{result['data']:<20} {result['engine']:<9} {what}  peak MB: tree {peak['tree_rss']} (pss"
        f" {peak['tree_pss']}), driver {peak['driver']}, jvm {peak['jvm']}, workers {peak['workers']}"
        f"  load {result['load_average_at_start']} (mean {result['load_average_mean']}) at {result['started_at']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, action="append", default=None, help="Export folder (repeatable).")
    parser.add_argument("--engines", default="pandas,local[1],local[2]", help="pandas and/or Spark masters.")
    parser.add_argument("--every", type=float, default=1.0, help="Seconds between memory and CPU readings.")
    parser.add_argument(
        "--since", default=None, help="Assess only returns requested from this date on (the whole history is read)."
    )
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    os.environ.setdefault("PYTHONPATH", str(REPO_ROOT))
    from triage.settings import get_settings

    output = args.json or get_settings().reports_dir / "benchmark_batch_score.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    results = []
    signal.signal(signal.SIGTERM, raise_stopped)
    runs = [
        (data_dir, engine)
        for data_dir in args.data or [REPO_ROOT / "data" / "sample"]
        for engine in args.engines.split(",")
    ]
    for data_dir, engine in runs:
        result = run_once(data_dir, engine, args.every, args.since)
        results.append(result)
        print(summary_line(result), flush=True)
        if result["outcome"] == "failed":
            print(result["output_end"], file=sys.stderr, flush=True)
        # After every run: a long run that fails or is stopped later keeps the figures of those before it.
        output.write_text(json.dumps({"nproc": os.cpu_count(), "runs": results}, indent=2))
        if result["outcome"] == "stopped":
            break
    print(f"JSON: {output}")
    if any(result["outcome"] != "finished" for result in results):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
