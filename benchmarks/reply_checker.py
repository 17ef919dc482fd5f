"""The reply checker's table with the real sentence embedder: per rule, the test-split drafts that fail it,
in English and in French.

Fits the drafter as `triage train replies` does (`training.replies.fit_drafter`: the reason classifier's
embedder, multilingual USE v3 by default, on the older 80% of the sample returns), drafts a reply for every
test-split return under both scenarios (policy rules alone; risk scores cycling through the bands) and checks
each draft with `check_rules` (`training.replies.evaluate_drafter`). Nothing is logged or registered.
Prints the table and writes JSON (the whole evaluation, examples included).

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 .venv/bin/python benchmarks/reply_checker.py [--json F]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pandas as pd
from rich.console import Console

from decisions.policy import load_policy
from training.replies import evaluate_drafter, fit_drafter, load_reply_frame, rule_table
from training.splits import returns_split
from triage.settings import get_settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=None, help="Default: <state>/reports/benchmark_reply_checker.json")
    args = parser.parse_args()
    settings = get_settings()
    began = time.perf_counter()
    frame = load_reply_frame(settings)
    split = returns_split(frame, settings)
    drafter = fit_drafter(settings, pd.concat([split.train, split.validation]))
    evaluation = evaluate_drafter(drafter, split.test, load_policy(settings.policy_path), settings)
    embedder = drafter.embedder_
    result = {
        "embedding": ":".join(Path(part).name for part in embedder.source if part),
        "test_returns": len(split.test),
        "seconds": round(time.perf_counter() - began, 1),
        **evaluation,
    }
    console = Console()
    console.print(rule_table(evaluation))
    languages = ", ".join(
        f"{lang} {scores['pass_rate']:.2%} of {scores['drafts']}" for lang, scores in evaluation["per_language"].items()
    )
    console.print(f"embedding {result['embedding']}; pass rate {evaluation['pass_rate']:.2%} ({languages})")
    for problem, count in evaluation["problems"].items():
        console.print(f"  {count}x {problem}")
    output = args.json or settings.reports_dir / "benchmark_reply_checker.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2, default=str))
    console.print(f"wrote {output}")


if __name__ == "__main__":
    main()
