"""`benchmarks/cli_probes.py` reads what a command said, whatever bytes it said it in."""

from __future__ import annotations

import os
import sys

from benchmarks.cli_probes import run_command, run_together

# A command naming a file it wrote as the system names it: a name in Latin-1 bytes is no UTF-8.
SAYS_A_LATIN1_NAME = [sys.executable, "-c", "import sys; sys.stdout.buffer.write(b'wrote r\\xe9ponses.csv')"]


def test_output_that_is_no_utf8_is_read_not_taken_for_an_argument_the_os_cannot_pass() -> None:
    # the probe "predict reasons to a file whose name is no UTF-8" ended in UnicodeDecodeError, which the run took for
    # an argument it could not send, and counted the command's success as a refusal of what it must read
    code, output = run_command(SAYS_A_LATIN1_NAME, dict(os.environ), timeout=60)
    assert (code, os.fsencode(output)) == (0, b"wrote r\xe9ponses.csv")
    code, output = run_together([SAYS_A_LATIN1_NAME] * 2, dict(os.environ), timeout=60)
    assert code == 0 and os.fsencode(output) == b"wrote r\xe9ponses.csv\nwrote r\xe9ponses.csv"
