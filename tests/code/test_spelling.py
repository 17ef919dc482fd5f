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


@pytest.mark.parametrize(
    ("folded", "mended"),
    [
        # French typed without its apostrophes: each elided word read with it
        ("jai pris du 42 et cest serre", "j'ai pris du 42 et c'est serre"),
        ("dhabitude je fais du s, je lai rendu", "d'habitude je fais du s, je l'ai rendu"),
        ("quil soit beau ok, sil ne ferme pas jusqua la fin", "qu'il soit beau ok, s'il ne ferme pas jusqu'a la fin"),
        ("ca nest pas la bonne, jen ai besoin, ny a til rien", "ca n'est pas la bonne, j'en ai besoin, n'y a til rien"),
        ("elle ma envoye un s, pas dechange", "elle m'a envoye un s, pas d'echange"),
        # words of their own are kept: a nest of tables, a name, a place, a possessive, a wash, a lace, a dune
        ("the nest of tables, jen from ny", None),
        ("ma taille habituelle, lavez a 30, le lacet, la dune", None),
        ("it's not a nest, na, ny is far", None),
        ("quelle taille prendre, en lavant a la main, limage du site, je lavais a 30", None),
        # ... and mended before the words their elision comes before
        (
            "quelle soit petite ok, mais je lavais commande en 40",
            "qu'elle soit petite ok, mais je l'avais commande en 40",
        ),
    ],
)
def test_french_elisions_typed_without_the_apostrophe_are_read_with_it(folded: str, mended: str | None) -> None:
    assert mended_ask_words(folded) == (mended or folded)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pris du 40, d'habitude je fais du 42, c'est beaucoup trop serré, il me faut le 42.",
        "Je l'ai déjà échangé une fois contre un M, là je veux être remboursée.",
        "Ça n'est pas la bonne couleur, j'en voulais une bleue. Pouvez-vous m'envoyer la bleue ?",
        "C'est trop grand, j'aimerais l'échanger contre la taille en dessous.",
        "Il n'y a pas la notice et l'étiquette était déjà arrachée quand je l'ai reçu.",
    ],
)
def test_french_typed_without_apostrophes_is_read_as_with_them(text: str) -> None:
    assert read_asks(text.replace("'", "")) == read_asks(text)
