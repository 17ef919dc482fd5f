"""Batch reason prediction over a CSV file (`triage predict reasons`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from features.csv_input import BatchInputError, read_csv_input
from features.schemas import LANGUAGES
from features.text import quoted_cut

TEXT_COLUMN = "text"
LANG_COLUMN = "lang"
OUTPUT_COLUMNS = ("reason", "family", "confidence", "needs_review", "top3")


def read_texts_csv(path: Path) -> pd.DataFrame:
    """Read a UTF-8 CSV with a `text` column (optionally `lang`, not spelled otherwise: "Lang" was read as no
    language given, and the language detected), every column as strings.

    Raises:
        `features.csv_input.BatchInputError`: as `read_csv_input`, or a `lang` cell that is neither empty nor one
            of `LANGUAGES` (`/classify` refuses it too; the model does not need the language, but a file whose
            column says something else is not the file the caller thinks it is).
    """
    frame = read_csv_input(path, (TEXT_COLUMN,), text_columns=(TEXT_COLUMN,), optional_columns=(LANG_COLUMN,))
    if LANG_COLUMN in frame.columns:
        unknown = ~frame[LANG_COLUMN].isin(("", *LANGUAGES))
        if unknown.any():
            row = int(unknown.to_numpy().argmax())
            raise BatchInputError(
                f"{path}: column {LANG_COLUMN} row {row + 2}: {quoted_cut(frame[LANG_COLUMN].iloc[row])} is not one of "
                f"{', '.join(LANGUAGES)} (or empty)"
            )
    return frame


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
