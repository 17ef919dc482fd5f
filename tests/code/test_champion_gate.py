"""The line a training run prints about what the champion gate did."""

from __future__ import annotations

import pytest

from training.champion import GateResult, gate_verdict


def _gate(candidate: float, champion: float | None, promoted: bool, note: str = "") -> dict:
    version = None if champion is None else "1"
    note = note or ("no champion yet" if champion is None else f"champion v1 scores {champion:.4f}")
    return GateResult("returns-abuse-risk", "2", promoted, candidate, version, champion, note).to_dict()


@pytest.mark.parametrize(
    ("candidate", "champion", "promoted", "line"),
    [
        # was "returns-abuse-risk v2 stays challenger (champion v1 scores -2.3229)": not the candidate's score, nor why
        (
            -2.3229,
            -2.3229,
            False,
            "returns-abuse-risk v2 stays challenger (scores -2.3229, as champion v1 does: a tie keeps the champion)",
        ),
        (-2.4, -2.3229, False, "returns-abuse-risk v2 stays challenger (scores -2.4000; champion v1 scores -2.3229)"),
        (0.81, 0.8, True, "returns-abuse-risk v2 is now champion (scores 0.8100; champion v1 scores 0.8000)"),
        # scores that round alike are said until they differ
        (
            0.80001,
            0.80004,
            False,
            "returns-abuse-risk v2 stays challenger (scores 0.80001; champion v1 scores 0.80004)",
        ),
        (0.8, None, True, "returns-abuse-risk v2 is now champion (scores 0.8000; no champion yet)"),
    ],
)
def test_the_gate_line_says_both_scores_and_that_a_tie_keeps_the_champion(candidate, champion, promoted, line):
    assert gate_verdict(_gate(candidate, champion, promoted)) == line


def test_the_gate_line_says_why_a_champion_could_not_be_scored():
    note = "champion v1 could not be scored (KeyError: 'x')"
    gate = GateResult("returns-abuse-risk", "2", True, 0.8, "1", None, note).to_dict()
    assert gate_verdict(gate) == f"returns-abuse-risk v2 is now champion (scores 0.8000; {note})"
