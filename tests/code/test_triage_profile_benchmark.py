"""`benchmarks/triage_profile.py stages` shares out the timed batches' samples only: the warm-up's first-use work
(patterns compiled, their words read, weights loaded) is left out; `run --samples` takes those samples itself, named
as py-spy names them."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from benchmarks import triage_profile


def test_stages_leave_out_the_warm_up_and_share_the_timed_batches(tmp_path: Path) -> None:
    batch = "triage_batch (serving/model_side.py:150)"
    reading = "read_asks (features/customer_asks/reading.py:180)"
    top = "main (triage_profile.py:140)"
    raw = tmp_path / "samples.txt"
    raw.write_text(
        f"{top};warm_up (triage_profile.py:72);{batch};{reading};compile (re/_compiler.py:1) 90\n"
        f"{top};run (triage_profile.py:90);{batch};{reading} 30\n"
        f"{top};run (triage_profile.py:90);{batch};forward (features/use_torch.py:99) 10\n"
        f"{top};run (triage_profile.py:85);sample_requests (serve_load.py:50) 500\n"
    )
    output = tmp_path / "stages.json"
    triage_profile.stages(raw, output)
    figures = json.loads(output.read_text())
    assert figures["samples"] == 40
    assert figures["share_by_stage"] == {
        "text reading (read_asks)": 0.75,
        "reason: multilingual encoder (USE)": 0.25,
    }


class _Batches:
    """Stands in for the model side: each batch takes one sample of the stack it runs in."""

    def __init__(self, sampler: triage_profile.StackSampler) -> None:
        self.sampler = sampler

    def triage_batch(self, requests: list[int]) -> None:
        self.sampler.take()


def test_the_sampler_names_frames_as_stages_reads_them_and_writes_py_spy_raw_lines(tmp_path: Path) -> None:
    sampler = triage_profile.StackSampler()
    triage_profile.warm_up(_Batches(sampler), [1, 2, 3], batch=2)
    [(stack, count)] = sampler.counts.items()
    assert count == 2
    frames = stack.split(";")
    assert frames[-1].startswith("StackSampler.take (triage_profile.py:")
    assert frames[-2].startswith("_Batches.triage_batch (tests/code/test_triage_profile_benchmark.py:")
    assert frames[-3].startswith("warm_up (triage_profile.py:")
    assert any(frame.startswith("test_the_sampler_names_frames") for frame in frames[:-3])
    raw = tmp_path / "samples.txt"
    sampler.write(raw)
    assert raw.read_text() == f"{stack} 2\n"
    triage_profile.stages(raw, tmp_path / "stages.json")
    assert json.loads((tmp_path / "stages.json").read_text())["samples"] == 0


def _samplers() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "stack sampler"]


def test_the_run_is_sampled_only_when_a_file_is_named(tmp_path: Path) -> None:
    with triage_profile.sampled(None):
        assert _samplers() == []
    assert list(tmp_path.iterdir()) == []
    raw = tmp_path / "samples.txt"
    with triage_profile.sampled(raw):
        assert len(_samplers()) == 1
    assert _samplers() == []
    assert raw.exists()


def test_a_sample_counts_for_the_intervals_since_the_one_before() -> None:
    """A call holding the interpreter's lock for 52 ms delays the next sample: it stands for ten 5 ms intervals."""
    interval = triage_profile.SAMPLE_SECONDS
    assert triage_profile.sample_ticks(interval) == 1
    assert triage_profile.sample_ticks(interval / 50) == 1
    assert triage_profile.sample_ticks(0.052) == 10
    sampler = triage_profile.StackSampler()
    sampler.take(ticks=10)
    sampler.take()
    assert sum(sampler.counts.values()) == 11


class _SetAfter:
    """Stands in for the sampler's stop event: not set for `waits` waits, then set."""

    def __init__(self, waits: int) -> None:
        self.waits = waits

    def wait(self, timeout: float) -> bool:
        self.waits -= 1
        return self.waits < 0


def test_the_sampling_thread_counts_each_sample_for_the_time_since_the_one_before() -> None:
    moments = iter([100.0, 100.052, 100.057])
    sampler = triage_profile.StackSampler()
    triage_profile.sample_until(_SetAfter(2), sampler, clock=lambda: next(moments))
    assert sum(sampler.counts.values()) == 11  # two samples: 52 ms (10 intervals), then 5 ms (1)
