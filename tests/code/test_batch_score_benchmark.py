"""`benchmarks/batch_score.py` keeps what a long run measured when a run fails or the benchmark is stopped."""

from __future__ import annotations

import os
import signal
import stat
import threading
from pathlib import Path

import psutil
import pytest

from benchmarks import batch_score


def fake_triage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Point the benchmark at a shell script standing in for `triage`."""
    script = tmp_path / "triage"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(batch_score, "TRIAGE", script)


def test_a_finished_run_reads_rows_and_seconds_from_the_command(tmp_path, monkeypatch):
    fake_triage(tmp_path, monkeypatch, 'echo "assessed 120 returns in 4.0 s on pandas"')
    result = batch_score.run_once(tmp_path, "pandas", 0.05, None)
    assert (result["outcome"], result["rows"], result["rows_per_s"]) == ("finished", 120, 30.0)


def test_a_failed_run_is_recorded_with_its_output_instead_of_ending_the_benchmark(tmp_path, monkeypatch):
    fake_triage(tmp_path, monkeypatch, "echo 'java.lang.OutOfMemoryError' >&2; exit 3")
    result = batch_score.run_once(tmp_path, "local[2]", 0.05, None)
    assert (result["outcome"], result["exit_code"]) == ("failed", 3)
    assert "OutOfMemoryError" in result["output_end"]


def test_sigterm_stops_the_command_and_its_children_and_keeps_the_figures_so_far(tmp_path, monkeypatch):
    # A command that starts a child of its own, as Spark's driver starts a JVM and Python workers.
    pids = tmp_path / "pids"
    fake_triage(tmp_path, monkeypatch, f"sleep 60 & echo $$ $! > {pids}; wait")
    previous = signal.signal(signal.SIGTERM, batch_score.raise_stopped)
    timer = threading.Timer(1.0, os.kill, (os.getpid(), signal.SIGTERM))
    try:
        timer.start()
        result = batch_score.run_once(tmp_path, "local[1]", 0.05, None)
    finally:
        timer.cancel()
        signal.signal(signal.SIGTERM, previous)
    assert result["outcome"] == "stopped"
    assert result["wall_s"] >= 1.0 and "rows" not in result
    for pid in map(int, pids.read_text().split()):
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
