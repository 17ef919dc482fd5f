"""Benchmark `triage predict reasons`: throughput and peak memory on 10,000 texts.

Runs the real command in a subprocess (imports, model loading and CSV I/O included), once on a
small file to measure the fixed start-up cost and once on the full file, and reports end-to-end
and steady-state texts per second plus the command's peak resident memory. Writes JSON.

    .venv/bin/python benchmarks/predict_reasons.py [--texts 10000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from training.reasons import load_reason_frame
from triage.settings import get_settings

STARTUP_TEXTS = 10


def build_input(n_texts: int, seed: int) -> pd.DataFrame:
    """`n_texts` sample return texts (distinct as far as the sample allows), with their language."""
    frame = load_reason_frame(get_settings())[["text", "lang"]]
    return frame.sample(n=n_texts, replace=n_texts > len(frame), random_state=seed).reset_index(drop=True)


def run_predict(input_path: Path, output_path: Path) -> float:
    """Run the command; returns its wall time in seconds."""
    command = [
        str(Path(sys.executable).with_name("triage")),
        "predict",
        "reasons",
        "-i",
        str(input_path),
        "-o",
        str(output_path),
    ]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=10_000)
    parser.add_argument(
        "--json", type=Path, default=None, help="Default: <state>/reports/benchmark_predict_reasons.json"
    )
    args = parser.parse_args()
    settings = get_settings()
    texts = build_input(args.texts, settings.seed)
    with tempfile.TemporaryDirectory() as folder:
        small, full, output = Path(folder, "small.csv"), Path(folder, "full.csv"), Path(folder, "out.csv")
        texts.head(STARTUP_TEXTS).to_csv(small, index=False)
        texts.to_csv(full, index=False)
        startup_seconds = run_predict(small, output)
        total_seconds = run_predict(full, output)
        predicted_rows = len(pd.read_csv(output))
    # ru_maxrss of waited-for children is in KiB on Linux: the peak of the largest run.
    peak_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = {
        "texts": args.texts,
        "distinct_texts": int(texts["text"].nunique()),
        "predicted_rows": predicted_rows,
        "wall_seconds": round(total_seconds, 2),
        "startup_seconds": round(startup_seconds, 2),
        "texts_per_second_end_to_end": round(args.texts / total_seconds, 1),
        "texts_per_second_steady": round((args.texts - STARTUP_TEXTS) / max(total_seconds - startup_seconds, 1e-9), 1),
        "peak_rss_mb": round(peak_rss_mb, 1),
    }
    settings.prepare_state()
    path = args.json or settings.reports_dir / "benchmark_predict_reasons.json"
    path.write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    print(f"written to {path}")


if __name__ == "__main__":
    main()
