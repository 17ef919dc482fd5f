"""The hand-labelled handover messages: size, balance per language, no duplicates, honest splits."""

from __future__ import annotations

import pandas as pd
import pytest

from features.handover_messages import SPLITS, read_handover_messages
from features.text import match_view
from triage.settings import Settings


@pytest.fixture(scope="module")
def messages(settings: Settings) -> pd.DataFrame:
    return read_handover_messages(settings.handover_messages_path)


def test_at_least_400_messages_half_needing_a_person_in_each_language(messages: pd.DataFrame) -> None:
    assert len(messages) >= 400
    for lang, group in messages.groupby("lang"):
        assert lang in ("en", "fr")
        assert group["needs_person"].mean() == pytest.approx(0.5, abs=0.05), lang


def test_every_split_is_balanced_in_both_languages(messages: pd.DataFrame) -> None:
    counts = messages.groupby(["split", "lang", "needs_person"]).size()
    for split in SPLITS:
        for lang in ("en", "fr"):
            assert counts[(split, lang, 0)] == counts[(split, lang, 1)] >= 40, (split, lang)


def test_no_message_appears_twice_even_across_splits(messages: pd.DataFrame) -> None:
    assert messages["id"].is_unique
    views = messages["text"].map(match_view)
    assert views.is_unique, messages.loc[views.duplicated(keep=False), "text"].tolist()


def test_the_hard_negatives_the_review_found_are_in_the_set(messages: pd.DataFrame) -> None:
    negatives = set(messages.loc[messages["needs_person"] == 0, "text"])
    positives = set(messages.loc[messages["needs_person"] == 1, "text"])
    assert any("!!!" in text for text in negatives if text.startswith("Great"))
    assert any(text.startswith("Super robe !!!") for text in negatives)
    assert any("C'est une honte" in text for text in positives)
    assert any("interlocuteur humain" in text for text in positives)
