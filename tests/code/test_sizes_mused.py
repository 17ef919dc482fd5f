"""A size mused on ("Maybe the 30 would be right") beside an item sent back is no size asked; whether an exchange is
asked is read only where a size is mused, and only with the exchange patterns whose words the text holds."""

import pytest

from features.customer_asks import exchange
from features.customer_asks.exchange import exchange_asked, sizes_mused
from features.spelling import mended_ask_words
from features.tables import read_table
from features.text import match_view
from triage.settings import get_settings

TEXTS = [
    "Maybe the 30 would be right. Sending these back.",
    "Maybe the 30 would be right, can I exchange them?",
    "Peut-être que le 40 irait mieux. Je les renvoie.",
    "Peut-être que le 40 irait mieux, je voudrais les échanger.",
    "Can I swap it for a 12?",
    "No need to exchange it, just refund me",
    "Pas besoin d'échanger, remboursez-moi.",
    "Sending these back.",
]


def _folded(text: str) -> str:
    return mended_ask_words(match_view(text))


@pytest.mark.parametrize(
    ("text", "mused"),
    [(TEXTS[0], True), (TEXTS[1], False), (TEXTS[2], True), (TEXTS[3], False), (TEXTS[7], False)],
)
def test_a_size_mused_beside_an_item_sent_back_is_no_size_asked(text: str, mused: bool) -> None:
    folded = _folded(text)
    assert bool(sizes_mused(folded, folded)) is mused


@pytest.mark.parametrize(("text", "asked"), [(TEXTS[0], True), (TEXTS[2], True), (TEXTS[7], False), (TEXTS[4], False)])
def test_an_exchange_is_looked_for_only_where_a_size_is_mused(
    monkeypatch: pytest.MonkeyPatch, text: str, asked: bool
) -> None:
    looked: list[str] = []

    def counted(folded: str) -> bool:
        looked.append(folded)
        return exchange_asked(folded)

    monkeypatch.setattr(exchange, "exchange_asked", counted)
    folded = _folded(text)
    sizes_mused(folded, folded)
    assert bool(looked) is asked


def test_an_exchange_read_with_the_patterns_whose_words_the_text_holds_is_the_one_every_pattern_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    returns = read_table("returns", get_settings().sample_data_dir)
    texts = [_folded(text) for text in [*TEXTS, *returns["reason_text"].astype(str).sample(400, random_state=4)]]
    read = [exchange_asked(text) for text in texts]
    assert 5 < sum(read) < len(texts) - 5
    monkeypatch.setattr(exchange, "patterns_that_may_match", lambda patterns, text: iter(patterns))
    assert [exchange_asked(text) for text in texts] == read
