"""Generate the sample data set: simulate the shop, write the four tables and the data card."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from features.schemas import TABLES
from features.tables import GENERATED_MARK, write_table
from triage.sample_data import card
from triage.sample_data.world import World


def build_frames(
    seed: int, scale: float = 1.0, progress: Callable[[int], None] | None = None
) -> dict[str, pd.DataFrame]:
    """The four tables as data frames (columns in schema order), simulated from `seed`."""
    tables = World(seed, scale).tables(progress)
    rows = {"customers": tables.customers, "orders": tables.orders, "line_items": tables.line_items,
            "returns": tables.returns}  # fmt: skip
    return {name: pd.DataFrame(rows[name], columns=[column.name for column in TABLES[name]]) for name in TABLES}


def generate(
    data_dir: Path, seed: int, scale: float = 1.0, progress: Callable[[int], None] | None = None
) -> dict[str, Path]:
    """Write the sample tables, the data card and the generator's mark (`features.tables.GENERATED_MARK`: what tells
    the invented shop from a shop's exports) to `data_dir`; returns name -> path (card under "card", mark "mark").

    The same seed and scale always produce byte-identical files. `scale` shrinks the customer
    base (and so every table) for quick test data sets; 1.0 is the committed set.

    The files are written into a folder of their own inside `data_dir`, then renamed over the earlier ones: a disk
    that fills or a Ctrl-C while they are written leaves the earlier set as it was, where it left the tables written
    before it of the new set beside the older rest, and one cut short.
    """
    if scale <= 0:
        raise ValueError(f"scale must be positive, got {scale}")
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    frames = build_frames(seed, scale, progress)
    staging = Path(tempfile.mkdtemp(prefix=".generating-", dir=data_dir))
    try:
        written = {name: write_table(frame, name, staging) for name, frame in frames.items()}
        written["card"] = card.write_card(frames, staging, seed=seed, scale=scale)
        written["mark"] = staging / GENERATED_MARK
        written["mark"].write_text(
            json.dumps({"generator": "triage data generate", "seed": seed, "scale": scale}) + "\n"
        )
        return {name: path.replace(data_dir / path.name) for name, path in written.items()}
    finally:
        shutil.rmtree(staging, ignore_errors=True)
