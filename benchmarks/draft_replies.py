"""Benchmark reply drafting: the cost per draft with and without the reason classifier's embedder shared,
and the checker's cost.

Builds real cases and policy facts from the sample test split (newest 20%), then times, in batches, over
several rounds each on cases no model has seen yet (medians reported):
- own embedding: the drafter embeds every customer text itself (first time seen), as a service does when
  the drafter's embedding model differs from the reason classifier's;
- shared: the reason champion classifies the texts first (timed apart, as `reason_per_text`), then a
  fresh copy of the drafter that shares the reason model's embedder (`ReplyDrafter.share_embedder`) drafts
  them; when the two are the same model its vectors are already cached, so drafting calls no model.
  `shared` in the output says whether the drafter accepted the reason model's embedder; when it did not,
  both figures pay for embedding;
- the checker on every draft.
Embedders and BLAS run on `Settings.serve_threads` threads, as in the service. Costs are wall-clock and CPU
milliseconds (`ms`, `cpu_ms`); CPU time is steadier on a shared machine.
Prints and writes JSON.

    .venv/bin/python benchmarks/draft_replies.py [--drafts 500] [--rounds 3] [--batch 64] [--version N] [--json F]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from threadpoolctl import threadpool_limits

from decisions.policy import load_policy
from models.reply_checker import check
from models.reply_drafter import Draft, ReplyCase, ReplyFacts
from training.replies import cases_of, facts_of, load_reply_frame, risk_scores_for
from training.splits import returns_split
from triage.registry import load_champion, load_model_version
from triage.settings import Settings, get_settings


def timed_seconds(run: Callable[[], Any]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (all threads of this process) of `run()`. On a machine shared with
    other work the CPU time is the steadier measure of cost; wall time is what a caller waits."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def load_drafter(settings: Settings, version: str | None) -> tuple[Any, str]:
    """A freshly loaded drafter (empty embedding cache) and its label: the champion, or `version`."""
    name = settings.reply_model_name
    if version is None:
        champion = load_champion(settings, name)
        return champion.model, f"{name} v{champion.version} (champion)"
    return load_model_version(settings, name, version), f"{name} v{version}"


def draft_in_batches(drafter: Any, cases: list[ReplyCase], facts: list[ReplyFacts], batch: int) -> list[Draft]:
    """Draft every case, `batch` cases per `draft_many` call."""
    drafts: list[Draft] = []
    for start in range(0, len(cases), batch):
        drafts.extend(drafter.draft_many(cases[start : start + batch], facts[start : start + batch]))
    return drafts


def time_round(
    own: Any, sharing: Any, reasons: Any, cases: list[ReplyCase], facts: list[ReplyFacts], batch: int
) -> tuple[dict[str, tuple[float, float]], int]:
    """Seconds (wall, CPU) per stage for cases no model has seen, and how many drafts passed the checker."""
    seconds = {"own_embedding": timed_seconds(lambda: draft_in_batches(own, cases, facts, batch))}
    texts = [case.text for case in cases]
    seconds["reason"] = timed_seconds(
        lambda: [reasons.predict_reasons(texts[start : start + batch]) for start in range(0, len(texts), batch)]
    )
    drafts: list[Draft] = []
    seconds["shared"] = timed_seconds(lambda: drafts.extend(draft_in_batches(sharing, cases, facts, batch)))
    problems: list[list[str]] = []
    seconds["check"] = timed_seconds(
        lambda: problems.extend(
            check(d, f, c, sharing.name_fingerprints_) for d, f, c in zip(drafts, facts, cases, strict=True)
        )
    )
    return seconds, sum(not found for found in problems)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=500, help="Test-split cases drafted per round.")
    parser.add_argument("--rounds", type=int, default=3, help="Rounds, each on unseen cases; medians are reported.")
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
    split = returns_split(frame, settings)
    test = split.test.head(args.drafts * args.rounds).reset_index(drop=True)
    if len(test) < args.drafts * args.rounds:
        raise SystemExit(f"the test split has {len(test)} cases, fewer than --drafts x --rounds")
    cases = cases_of(test)
    facts = facts_of(test, policy, settings, risk_scores_for("risk_bands", len(test), policy))
    shared = sharing.share_embedder(getattr(reasons.model, "embedder_", None))
    for model in (own, sharing, reasons.model):  # as served: the model math on Settings.serve_threads
        if getattr(model, "embedder_", None) is not None:
            model.embedder_.set_params(torch_threads=settings.serve_threads)

    # Load every model and run one full batch before timing: start-up and first-call allocations are
    # not drafting. The warm-up texts are the oldest training returns, so the test cases stay unseen.
    warm_up = [replace(cases[0], text=text) for text in split.train["reason_text"].head(args.batch)]
    for drafter in (own, sharing):
        drafter.draft_many(warm_up, [facts[0]] * len(warm_up))
    reasons.model.predict_reasons([case.text for case in warm_up])

    rounds, passed = [], 0
    # As served: BLAS on serve_threads too (two BLAS threads on a busy 2-core machine made the drafter's
    # small similarity products up to 100x slower).
    with threadpool_limits(limits=settings.serve_threads):
        for start in range(0, len(cases), args.drafts):
            chunk = slice(start, start + args.drafts)
            seconds, chunk_passed = time_round(own, sharing, reasons.model, cases[chunk], facts[chunk], args.batch)
            rounds.append(seconds)
            passed += chunk_passed

    def per_draft(stage: str) -> dict[str, float]:
        """Median wall and CPU milliseconds per draft (per text for `reason`) over the rounds."""
        wall = statistics.median(seconds[stage][0] for seconds in rounds)
        cpu = statistics.median(seconds[stage][1] for seconds in rounds)
        return {"ms": round(1000 * wall / args.drafts, 3), "cpu_ms": round(1000 * cpu / args.drafts, 3)}

    result = {
        "model": label,
        "embedding": ":".join(Path(part).name for part in own.embedder_.source if part),
        "reason_model": f"{reasons.name} v{reasons.version}",
        "shared": shared,
        "drafts_per_round": args.drafts,
        "rounds": args.rounds,
        "batch_size": args.batch,
        **{f"{stage}_per_draft": per_draft(stage) for stage in ("own_embedding", "shared", "check")},
        "reason_per_text": per_draft("reason"),
        "checker_pass_rate": passed / len(cases),
    }
    for stage in ("own_embedding", "shared", "check"):
        result[f"{stage}_drafts_per_second"] = round(1000 / result[f"{stage}_per_draft"]["ms"], 1)
    print(
        f"{result['model']} ({result['embedding']}), {args.rounds} rounds of {args.drafts} drafts in batches of "
        f"{args.batch}, median per draft: {result['own_embedding_per_draft']} embedding its own texts; "
        f"{result['shared_per_draft']} after {result['reason_model']} ({result['reason_per_text']} per text) with "
        f"its embedder {'shared' if shared else 'NOT shared (another model)'}; "
        f"checker {result['check_per_draft']}, pass rate {result['checker_pass_rate']:.2%}"
    )
    output = args.json or settings.reports_dir / "benchmark_draft_replies.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2))
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
