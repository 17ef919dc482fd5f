"""Batch reason prediction over a CSV file (`triage predict reasons`).

Reading is strict and explains itself: a data scientist pointing the command at the wrong file
gets one line saying what is wrong, not a traceback.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

TEXT_COLUMN = "text"
LANG_COLUMN = "lang"
OUTPUT_COLUMNS = ("reason", "family", "confidence", "needs_review", "top3")


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


def read_texts_csv(path: Path) -> pd.DataFrame:
    """Read a UTF-8 CSV with a `text` column (optionally `lang`), every column as strings.

    Raises:
        BatchInputError: as `read_csv_input`.
    """
    return read_csv_input(path, (TEXT_COLUMN,))


def predict_frame(
    model: Any, frame: pd.DataFrame, batch_size: int = 256, on_batch: Callable[[int], None] | None = None
) -> pd.DataFrame:
    """The input frame plus reason, family, confidence, needs_review and top3 (a JSON string)."""
    langs = frame[LANG_COLUMN].tolist() if LANG_COLUMN in frame.columns else None
    texts = frame[TEXT_COLUMN].tolist()
    rows = []
    for start in range(0, len(texts), batch_size):
        stop = start + batch_size
        predictions = model.predict_reasons(texts[start:stop], langs[start:stop] if langs is not None else None)
        rows.extend(prediction.to_dict() for prediction in predictions)
        if on_batch is not None:
            on_batch(len(predictions))
    predicted = pd.DataFrame(rows, index=frame.index, columns=list(OUTPUT_COLUMNS))
    predicted["top3"] = predicted["top3"].map(json.dumps)
    # Output columns win over same-named input columns, so the file never has duplicate headers.
    return pd.concat([frame.drop(columns=[c for c in OUTPUT_COLUMNS if c in frame.columns]), predicted], axis=1)


def write_predictions(frame: pd.DataFrame, path: Path) -> None:
    """Write the predictions as UTF-8 CSV.

    Raises:
        BatchInputError: when the output location is not writable.
    """
    try:
        frame.to_csv(path, index=False)
    except OSError as error:
        raise BatchInputError(f"cannot write {path}: {error.strerror or error}") from None
