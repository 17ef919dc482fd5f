"""The `triage` script's entry (also `python -m cli`): runs the command, and ends a Ctrl-C in one line, "Aborted!",
during its imports (rather than KeyboardInterrupt's traceback) as once it runs (rather than typer's silent exit)."""

from __future__ import annotations

import os
import signal
import sys


def main() -> None:
    """Import the command and run it.

    The imports (torch, scipy, pandas) take seconds, so a Ctrl-C lands in them often; the import is here, not at the
    top, so that this module can catch it. Once the command runs, typer ends a Ctrl-C with exit code 130 and no word
    (a `data load` stopped so said nothing of what it left).
    """
    # A file name that is no UTF-8 (Latin-1 bytes) reaches Python as surrogates, which stderr's default said as
    # Python's escapes ("r\\udce9clam\\udce9s"): written back as the bytes the name is made of, as the shell shows it.
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(errors="surrogateescape")
    try:
        from cli.app import app

        app()
    except KeyboardInterrupt:
        _end_interrupted()
    except SystemExit as done:  # typer's exit for a Ctrl-C: its Exit(130), raised from the KeyboardInterrupt
        if isinstance(getattr(done.__context__, "__cause__", None), KeyboardInterrupt):
            _end_interrupted()
        raise


def _end_interrupted() -> None:
    print("Aborted!", file=sys.stderr, flush=True)
    # ended by the signal, as Python ends on an uncaught Ctrl-C: the shell reads exit 130 and stops a loop
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)


if __name__ == "__main__":
    main()
