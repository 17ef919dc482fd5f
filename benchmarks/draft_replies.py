"""Benchmark reply drafting: the cost per draft with and without the reason classifier's embedder shared,
and the checker's cost.

Builds real cases and policy facts from the sample test split (newest 20%), then times, in batches:
- own embedding: the drafter embeds every customer text itself (first time seen), as a service does when
  the drafter's embedding model differs from the reason classifier's;
- shared: the reason champion classifies the texts first (timed apart, as `reason_ms_per_text`), then a
  fresh copy of the drafter that shares the reason model's embedder (`ReplyDrafter.share_embedder`) drafts
  them; when the two are the same model its vectors are already cached, so drafting calls no model.
  `shared` in the output says whether the drafter accepted the reason model's embedder; when it did not,
  both figures pay for embedding;
- the checker on every draft.
Prints and writes JSON.

    .venv/bin/python benchmarks/draft_replies.py [--drafts 1000] [--batch 64] [--version N] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from models.reply_checker import check
from models.reply_drafter import Draft, ReplyCase, ReplyFacts
from serving.policy import load_policy
from training.replies import cases_of, facts_of, load_reply_frame, risk_scores_for
from training.splits import time_split
from triage.registry import load_champion, load_model_version
from triage.settings import Settings, get_settings


def timed_seconds(run: Callable[[], Any]) -> float:
    """Wall-clock seconds of `run()`."""
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def load_drafter(settings: Settings, version: str | None) -> tuple[Any, str]:
    """A freshly loaded drafter (empty embedding cache) and its label: the champion, or `version`."""
    name = settings.reply_model_name
    if version is None:
        champion = load_champion(settings, name)
        return champion.model, f"{name} v{champion.version} (champion)"
    return load_model_version(settings, name, version), f"{name} v{version}"


def draft_in_batches(
    drafter: Any, batches: list[tuple[list[ReplyCase], list[ReplyFacts]]], drafts: list[Draft]
) -> Callable[[], None]:
    """A timed body that drafts every batch into `drafts` (emptied first)."""

    def run() -> None:
        drafts.clear()
        for batch_cases, batch_facts in batches:
            drafts.extend(drafter.draft_many(batch_cases, batch_facts))

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=1000, help="Test-split cases to draft (at most the split).")
    parser.add_argument("--batch", type=int, default=64, help="Cases per draft_many call.")
    parser.add_argument("--version", default=None, help="Registered drafter version to time; default: the champion.")
    parser.add_argument("--json", type=Path, default=None, help="Default: <state>/reports/benchmark_draft_replies.json")
    args = parser.parse_args()
    settings = get_settings()
    own, label = load_drafter(settings, args.version)
    sharing, _ = load_drafter(settings, args.version)
    reasons = load_champion(settings, settings.reason_model_name)
    policy = load_policy(settings.policy_path)
    frame = load_reply_frame(settings)
    test = time_split(frame, "request_ts", settings.test_fraction, settings.validation_fraction).test
    test = test.head(args.drafts).reset_index(drop=True)
    cases = cases_of(test)
    facts = facts_of(test, policy, settings, risk_scores_for("risk_bands", len(test), policy))
    batches = [(cases[i : i + args.batch], facts[i : i + args.batch]) for i in range(0, len(cases), args.batch)]
    shared = sharing.share_embedder(getattr(reasons.model, "embedder_", None))

    # Load every model before timing: start-up is not drafting (one unrelated text, so the cases
    # themselves stay unseen by every embedder).
    warm_up = replace(cases[0], text="benchmark warm-up")
    for drafter in (own, sharing):
        drafter.draft(warm_up, facts[0])
    reasons.model.predict_reasons([warm_up.text])

    drafts: list[Draft] = []
    own_seconds = timed_seconds(draft_in_batches(own, batches, drafts))
    reason_seconds = timed_seconds(
        lambda: [reasons.model.predict_reasons([case.text for case in batch]) for batch, _ in batches]
    )
    shared_seconds = timed_seconds(draft_in_batches(sharing, batches, drafts))
    problems: list[list[str]] = []
    check_seconds = timed_seconds(
        lambda: problems.extend(
            check(d, f, c, sharing.name_fingerprints_) for d, f, c in zip(drafts, facts, cases, strict=True)
        )
    )
    count = len(cases)
    result = {
        "model": label,
        "embedding": ":".join(Path(part).name for part in own.embedder_.source if part),
        "reason_model": f"{reasons.name} v{reasons.version}",
        "shared": shared,
        "drafts": count,
        "batch_size": args.batch,
        "own_embedding_ms_per_draft": round(1000 * own_seconds / count, 3),
        "own_embedding_drafts_per_second": round(count / own_seconds, 1),
        "reason_ms_per_text": round(1000 * reason_seconds / count, 3),
        "shared_ms_per_draft": round(1000 * shared_seconds / count, 3),
        "shared_drafts_per_second": round(count / shared_seconds, 1),
        "checks_per_second": round(count / check_seconds, 1),
        "checker_pass_rate": sum(not found for found in problems) / len(problems),
    }
    print(
        f"{result['model']} ({result['embedding']}): {count} drafts in batches of {args.batch}: "
        f"{result['own_embedding_ms_per_draft']} ms/draft embedding its own texts, "
        f"{result['shared_ms_per_draft']} ms/draft after {result['reason_model']} "
        f"({result['reason_ms_per_text']} ms/text) with its embedder "
        f"{'shared' if shared else 'NOT shared (another model)'}; "
        f"checker {result['checks_per_second']} drafts/s, pass rate {result['checker_pass_rate']:.2%}"
    )
    output = args.json or settings.reports_dir / "benchmark_draft_replies.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2))
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
