"""Benchmark reply drafting: drafts per second with the champion reply drafter, and the checker's cost.

Builds real cases and policy facts from the sample test split (newest 20%), then times, in batches:
cold drafting (every customer text embedded for the first time, as in serving), warm drafting (texts
already embedded: retrieval, style vote and composition only) and the checker. Prints and writes JSON.

    .venv/bin/python benchmarks/draft_replies.py [--drafts 1000] [--batch 64] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

from models.reply_checker import check
from serving.policy import load_policy
from training.replies import cases_of, facts_of, load_reply_frame, risk_scores_for
from training.splits import time_split
from triage.registry import load_champion
from triage.settings import get_settings


def timed_rate(count: int, run: object) -> float:
    """Items per second of `run()` over `count` items."""
    started = time.perf_counter()
    run()  # type: ignore[operator]
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=1000, help="Test-split cases to draft (at most the split).")
    parser.add_argument("--batch", type=int, default=64, help="Cases per draft_many call.")
    parser.add_argument("--json", type=Path, default=None, help="Default: <state>/reports/benchmark_draft_replies.json")
    args = parser.parse_args()
    settings = get_settings()
    champion = load_champion(settings, settings.reply_model_name)
    drafter = champion.model
    policy = load_policy(settings.policy_path)
    frame = load_reply_frame(settings)
    test = time_split(frame, "request_ts", settings.test_fraction, settings.validation_fraction).test
    test = test.head(args.drafts).reset_index(drop=True)
    cases = cases_of(test)
    facts = facts_of(test, policy, settings, risk_scores_for("risk_bands", len(test), policy))
    batches = [(cases[i : i + args.batch], facts[i : i + args.batch]) for i in range(0, len(cases), args.batch)]
    drafts = []

    def draft_all() -> None:
        drafts.clear()
        for batch_cases, batch_facts in batches:
            drafts.extend(drafter.draft_many(batch_cases, batch_facts))

    # Load the embedding model before timing: start-up is not drafting (one unrelated text, so the
    # cases themselves stay cold).
    drafter.draft(replace(cases[0], text="benchmark warm-up"), facts[0])
    cold = timed_rate(len(cases), draft_all)
    warm = timed_rate(len(cases), draft_all)
    problems: list[list[str]] = []
    checks = timed_rate(
        len(cases),
        lambda: problems.extend(
            check(d, f, c, drafter.name_fingerprints_) for d, f, c in zip(drafts, facts, cases, strict=True)
        ),
    )
    result = {
        "model": f"{champion.name} v{champion.version}",
        "drafts": len(cases),
        "batch_size": args.batch,
        "cold_drafts_per_second": round(cold, 1),
        "warm_drafts_per_second": round(warm, 1),
        "checks_per_second": round(checks, 1),
        "checker_pass_rate": sum(not found for found in problems) / len(problems),
    }
    print(
        f"{result['model']}: {result['drafts']} drafts in batches of {args.batch}: "
        f"{result['cold_drafts_per_second']} drafts/s cold (embedding included), "
        f"{result['warm_drafts_per_second']} drafts/s warm; checker {result['checks_per_second']} drafts/s, "
        f"pass rate {result['checker_pass_rate']:.2%}"
    )
    output = args.json or settings.reports_dir / "benchmark_draft_replies.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2))
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
