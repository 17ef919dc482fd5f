"""The realistic corpus (`data/corpus/<lang>/*.csv`) and its held-out calibration slice."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

CORPUS_COLUMNS = ("id", "lang", "text", "label", "product")


def load_corpus(corpus_dir: Path) -> pd.DataFrame:
    """Every corpus file as one frame (id, lang, text, label, product); empty when there is none.

    Raises:
        ValueError: a file lacks a column, naming the file.
    """
    frames = []
    for path in sorted(corpus_dir.glob("*/*.csv")):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        missing = [column for column in CORPUS_COLUMNS if column not in frame.columns]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
        frames.append(frame[list(CORPUS_COLUMNS)])
    if not frames:
        return pd.DataFrame(columns=list(CORPUS_COLUMNS))
    return pd.concat(frames, ignore_index=True)


def _position(text_id: str) -> float:
    """A number in [0, 1) fixed by the text id alone."""
    return int(hashlib.sha256(text_id.encode()).hexdigest()[:12], 16) / 16**12


def held_out(keys: pd.Series, fraction: float) -> pd.Series:
    """Whether each key falls in the held-out `fraction`: fixed by a hash of the key alone, so a key once
    held out stays held out whatever else is added."""
    return keys.astype(str).map(_position) < fraction


def split_calibration(corpus: pd.DataFrame, fraction: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(train, calibration): about `fraction` of the texts, in every language and reason, held out.

    A text is held out when a hash of its id falls below `fraction`, so the slice is stable as writers
    add texts: a text once held out stays held out, and no model is calibrated on what an earlier one
    trained on.
    """
    calibration = held_out(corpus["id"], fraction)
    return corpus[~calibration], corpus[calibration]


def corpus_version(corpus: pd.DataFrame) -> str:
    """`<rows>:<hash>` of corpus rows (id, lang, label, text; in id order): recorded on each reason model
    version, so a retrain can say when the corpus changed since its champion was trained."""
    rows = corpus.sort_values("id", kind="stable")[["id", "lang", "label", "text"]].astype(str)
    digest = hashlib.sha256("\n".join("\t".join(row) for row in rows.itertuples(index=False)).encode())
    return f"{len(rows)}:{digest.hexdigest()[:12]}"
