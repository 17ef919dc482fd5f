"""The drift demonstration's split of the shifted texts into agents' corrections and held-back texts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmarks.drift_demo import corrected_by_agents, shift_texts
from triage.settings import Settings


def test_agents_correct_whole_pairs_of_shifted_texts(tmp_path: Path):
    texts = shift_texts(Settings(state_dir=tmp_path))
    replayed = pd.DataFrame({"reason_text": texts["text"]}).sample(frac=1, random_state=0)
    corrected = corrected_by_agents(replayed, texts, 0.6)
    pair = replayed["reason_text"].map(dict(zip(texts["text"], texts["id"].str[-4:], strict=True)))
    sides = pd.Series(corrected, index=replayed.index).groupby(pair).nunique()
    assert (sides == 1).all(), "a text and its translation fell on different sides"
    assert 0.5 < corrected.mean() < 0.7
    assert corrected_by_agents(replayed, texts, 0.0).sum() == 0 and corrected_by_agents(replayed, texts, 1.0).all()
