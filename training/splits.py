"""Time-based splits: the model is always tested on returns newer than anything it learned from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from triage.settings import Settings


@dataclass(frozen=True)
class TimeSplit:
    """Train (oldest), validation (next), test (newest) parts of a frame."""

    train: pd.DataFrame
    validation: pd.DataFrame
    test: pd.DataFrame

    def sizes(self) -> dict[str, int]:
        return {"train": len(self.train), "validation": len(self.validation), "test": len(self.test)}


def time_split(frame: pd.DataFrame, time_column: str, test_fraction: float, validation_fraction: float) -> TimeSplit:
    """Split by time: the newest `test_fraction` is the test set; the newest `validation_fraction`
    of what remains is the validation set; the rest trains.

    Ties on the timestamp are broken by the original row order so the split is deterministic.

    Raises:
        ValueError: when a part would be empty.
    """
    ordered = frame.sort_values(time_column, kind="stable").reset_index(drop=True)
    test_start = round(len(ordered) * (1 - test_fraction))
    validation_start = round(test_start * (1 - validation_fraction))
    parts = TimeSplit(
        train=ordered.iloc[:validation_start],
        validation=ordered.iloc[validation_start:test_start],
        test=ordered.iloc[test_start:],
    )
    empty = [name for name, size in parts.sizes().items() if size == 0]
    if empty:
        raise ValueError(f"time split of {len(frame)} rows leaves {', '.join(empty)} empty")
    return parts


def returns_split(frame: pd.DataFrame, settings: Settings) -> TimeSplit:
    """The split every model, benchmark and test of returns uses: by `request_ts`, with the settings'
    test and validation fractions (one definition, so they all agree on which returns are the test)."""
    return time_split(frame, "request_ts", settings.test_fraction, settings.validation_fraction)
