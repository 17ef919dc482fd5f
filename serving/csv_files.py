"""The CSV files of the `triage predict` commands: one strict reader and one writer.

Reading is strict and explains itself: a data scientist pointing a command at the wrong file
gets one line saying what is wrong, not a traceback.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pandas as pd


class BatchInputError(ValueError):
    """The input file cannot be used; the message says why in plain words."""


def read_csv_input(path: Path, required_columns: Sequence[str]) -> pd.DataFrame:
    """Read a UTF-8 CSV (a BOM is fine) with every column as strings, and check it has rows and the
    `required_columns`: the one reader behind every `triage predict` command, so they all explain
    bad input the same way.

    Raises:
        BatchInputError: unreadable path, non-UTF-8 bytes, empty file, not a CSV, missing columns
            or no rows.
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise BatchInputError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BatchInputError(
            f"{path} is not UTF-8 text (invalid byte at position {error.start}); re-save it as UTF-8"
        ) from None
    if not decoded.strip():
        raise BatchInputError(f"{path} is empty; expected a CSV with columns {', '.join(required_columns)}")
    try:
        frame = pd.read_csv(io.StringIO(decoded), dtype=str, keep_default_na=False)
    except pd.errors.ParserError as error:
        raise BatchInputError(f"{path} is not a valid CSV: {error}") from None
    missing = [column for column in required_columns if column not in frame.columns]
    if missing:
        found = ", ".join(map(str, frame.columns))
        raise BatchInputError(f"{path} lacks columns: {', '.join(missing)} (found: {found})")
    if frame.empty:
        raise BatchInputError(f"{path} has a header but no rows")
    return frame


def write_predictions(frame: pd.DataFrame, path: Path) -> None:
    """Write the predictions as UTF-8 CSV.

    Raises:
        BatchInputError: when the output location is not writable.
    """
    try:
        frame.to_csv(path, index=False)
    except OSError as error:
        raise BatchInputError(f"cannot write {path}: {error.strerror or error}") from None
