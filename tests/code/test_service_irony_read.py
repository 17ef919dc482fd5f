"""Thanks said in irony (`complaints.service_mocked`) are read at the cost of what they need: once a reading of a
text (for its service complaint and for its praise), and whether the item was a gift to the customer only where thanks
for a gift stand in the text."""

import re
from collections.abc import Iterator

import pytest

from features.customer_asks import complaints
from features.customer_asks.reading import read_asks


@pytest.mark.parametrize(
    ("text", "lang", "gift_read_for_thanks", "judged"),
    [
        # no thanks for a gift: the gift is no part of the irony's reading
        ("Thanks for nothing, the lamp shade came dented.", "en", False, True),
        ("My aunt gave me this scarf as a present but the colour is off.", "en", False, False),
        ("Merci pour ce service… deux semaines d'attente. Le bol est ébréché.", "fr", False, True),
        ("Ma marraine m'a offert ce plaid, il est trop court.", "fr", False, False),
        # thanks for a gift, given or not: read
        ("Merci du cadeau ! La théière fuit dès le premier jour.", "fr", True, True),
        ("Ma cousine m'a offert cette théière, merci du cadeau ! Mais elle fuit.", "fr", True, False),
    ],
)
def test_a_gift_is_read_for_the_irony_only_of_thanks_for_a_gift(
    monkeypatch: pytest.MonkeyPatch, text: str, lang: str, gift_read_for_thanks: bool, judged: bool
) -> None:
    read_for_irony: list[str] = []
    gift_received = complaints.gift_received

    def counted(folded: str) -> bool:
        read_for_irony.append(folded)
        return gift_received(folded)

    monkeypatch.setattr(complaints, "gift_received", counted)
    complaints.service_mocked.cache_clear()
    assert read_asks(text, lang).service_complaint is judged
    assert bool(read_for_irony) is gift_read_for_thanks


class _CountedPattern:
    """A compiled pattern whose scans of a text are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned: list[str] = []

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.scanned.append(text)
        return self.pattern.finditer(text)


@pytest.mark.parametrize(
    ("text", "lang", "complained", "praised"),
    [
        ("Cheers for that support... a week without an answer. The kettle leaks.", "en", True, False),
        ("Super quick delivery, thank you! The jug is just too big for my shelf.", "en", False, True),
        ("Merci pour rien, la lampe est arrivée sans ampoule.", "fr", True, False),
        ("Le tapis est trop petit pour le salon.", "fr", False, False),
    ],
)
def test_a_texts_irony_is_read_once_a_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, lang: str, complained: bool, praised: bool
) -> None:
    thanks = _CountedPattern(complaints._THANKED_IN_IRONY)
    monkeypatch.setattr(complaints, "_THANKED_IN_IRONY", thanks)
    complaints.service_mocked.cache_clear()
    asks = read_asks(text, lang)
    assert (asks.service_complaint, asks.service_praised) == (complained, praised)
    assert len(thanks.scanned) == 1
