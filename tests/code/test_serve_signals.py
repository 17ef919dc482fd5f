"""`triage serve` runs `bentoml serve` in the foreground: stopping the command stops the server.

A child stands in for the server: it writes which signal reached it, then exits. The command is stopped the
way supervisors stop it (SIGTERM, SIGHUP to its process alone) and the way a shell's `kill -INT` does.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CHILD = textwrap.dedent(
    """
    import signal, sys, time
    def stop(received, _frame):
        open(sys.argv[1], "w").write(signal.Signals(received).name)
        sys.exit(0)
    for name in ("SIGTERM", "SIGHUP", "SIGINT"):
        signal.signal(getattr(signal, name), stop)
    print("ready", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=lambda s: s.name)
def test_stopping_the_command_stops_the_server(tmp_path: Path, stop: signal.Signals) -> None:
    received = tmp_path / "received"
    child = [sys.executable, "-c", CHILD, str(received)]
    runner = f"import sys; from cli.service import run_foreground; sys.exit(run_foreground({child!r}))"
    command = subprocess.Popen(
        [sys.executable, "-c", runner],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert command.stdout is not None
        assert command.stdout.readline().strip() == "ready"
        command.send_signal(stop)
        assert command.wait(timeout=30) == 0
    finally:
        command.kill()
    assert received.read_text() == stop.name
