"""The ask words customers mistype, mended before the keyword rules read a text."""

from __future__ import annotations

import pytest

from features.customer_asks import read_asks
from features.spelling import mended_ask_words


@pytest.mark.parametrize(
    ("folded", "mended"),
    [
        ("exchaneg for 38 please!", "exchange for 38 please!"),
        ("refud to my card, or an excahnge", "refund to my card, or an exchange"),
        ("je voudrais un rembourssement, pas un remplacemnt", "je voudrais un remboursement, pas un remplacement"),
        ("est-ce que je peux l'echagner contre un m ?", "est-ce que je peux l'echanger contre un m ?"),
        ("i'd like a rpelacement or a reefund", "i'd like a replacement or a refund"),
        # fault words too
        ("lamp arrived craked", "lamp arrived cracked"),
        ("havent recieved it, the box was damaed", "havent received it, the box was damaged"),
        ("parcel tracked, i receive it tomorrow; the broker said the arrivee was fine", None),
        ("the mug arived chiped, parts mising", "the mug arrived chipped, parts missing"),
        ("shipped fast, no fault, we kept kissing", None),
        ("delivered to staines, then back to staines again", None),
        # words of their own one slip from an ask word, and the ask words themselves, are kept
        ("change the address, i exchanged it, refunds and a heat exchanger", None),
        ("une piece de rechange, l'emplacement, echangez-le, echange, echanger", None),
        ("l'echangeur thermique, les echangeurs, il refond le moule", None),
        # a word with a slip inside a longer word is no ask word ("refunding", "exchangeable")
        ("refunding is slow, is it exchangeable", None),
    ],
)
def test_an_ask_word_one_slip_off_is_mended_and_a_word_of_its_own_kept(folded: str, mended: str | None) -> None:
    assert mended_ask_words(folded) == (mended or folded)


def test_the_text_keeps_its_words_one_for_one() -> None:
    folded = "trop petit.  echnage svp, l'echane\nou refud"
    assert len(mended_ask_words(folded).split()) == len(folded.split())


@pytest.mark.parametrize(
    ("folded", "mended"),
    [
        # « échange » typed for "exchange" in an English text
        ("i'd like to echange it for a 40", "i'd like to exchange it for a 40"),
        ("can i echange for a 12 please", "can i exchange for a 12 please"),
        ("echanging them for the blue ones", "exchanging them for the blue ones"),
        # the French word in a French text is kept
        ("trop petit, un echange en 40 svp", None),
        ("echange ou remboursement", None),
        # ... also after an English "pls" when the French goes on: the size reading needs « echange en »
        ("trop petit pls echange en 38", None),
    ],
)
def test_the_french_echange_in_an_english_text_is_exchange(folded: str, mended: str | None) -> None:
    assert mended_ask_words(folded) == (mended or folded)


@pytest.mark.parametrize(
    ("folded", "mended"),
    [
        # SMS French "1" for « un » before a size, after the words that ask for one
        ("tro petit echange pour 1 40 svp", "tro petit echange pour un 40 svp"),
        ("je voudrais 1 m svp", "je voudrais un m svp"),
        # not a count, a measure or another number
        ("j ai commande 1 40 et 1 42, je garde le 42", None),
        ("echange pour 1 40cm", None),
        ("echange pour 1 taille au dessus", None),
    ],
)
def test_the_sms_1_for_un_before_a_size_is_un(folded: str, mended: str | None) -> None:
    assert mended_ask_words(folded) == (mended or folded)


@pytest.mark.parametrize(
    ("text", "direction", "wanted"),
    [
        # review sheet 653 #47: "sz up" on a refused bra was no size asked, so no word that an exchange cannot be made
        ("the band digs into my ribs. sz up.", "up", None),
        ("drowning in it, sz down pls", "down", None),
        ("too tight, need sz 12", None, "12"),
        # not inside another word
        ("the ersz of it, too tight", None, None),
    ],
)
def test_a_size_shortened_to_sz_is_read_as_size(text: str, direction: str | None, wanted: str | None) -> None:
    asks = read_asks(text)
    assert (asks.size_direction, asks.wanted_size) == (direction, wanted)
