"""The labelled handover messages (`data/handover/handover_messages.csv`): reading and splitting.

Each row is a message a customer might send about a return, hand-written in English or French, and
whether a person should answer it (`needs_person`). `split` says how the message was used: `tune_1`
(the rules were written against them), `tune_2` (written after those rules froze, measured once as
held-out, then used to extend the rules) and `holdout` (written after the second freeze; never fitted
on nor used to choose anything). The data card is `data/handover/README.md`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

COLUMNS: tuple[str, ...] = ("id", "lang", "text", "needs_person", "split")
SPLITS: tuple[str, ...] = ("tune_1", "tune_2", "holdout")
FIT_SPLITS: tuple[str, ...] = ("tune_1", "tune_2")


def read_handover_messages(path: Path) -> pd.DataFrame:
    """The labelled messages, typed (`needs_person` as int).

    Raises:
        ValueError: a missing column, a label other than 0/1 or an unknown split, naming it.
    """
    frame = pd.read_csv(path, dtype={"id": str, "lang": str, "text": str, "split": str}, keep_default_na=False)
    missing = [column for column in COLUMNS if column not in frame.columns]
    if missing:
        raise ValueError(f"{path}: missing columns {', '.join(missing)}")
    bad_labels = sorted(set(frame["needs_person"].astype(str)) - {"0", "1"})
    if bad_labels:
        raise ValueError(f"{path}: needs_person must be 0 or 1, found {bad_labels}")
    unknown = sorted(set(frame["split"]) - set(SPLITS))
    if unknown:
        raise ValueError(f"{path}: unknown split {unknown}; expected one of {', '.join(SPLITS)}")
    return frame.assign(needs_person=frame["needs_person"].astype(int))


def as_pairs(frame: pd.DataFrame) -> list[tuple[str, str]]:
    """`(text, lang)` pairs, the input of `models.handover_detector.HandoverDetector`."""
    return list(zip(frame["text"].tolist(), frame["lang"].tolist(), strict=True))
