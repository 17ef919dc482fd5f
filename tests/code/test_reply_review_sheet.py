"""`benchmarks/reply_review_sheet.py` files each product in the category the shop sells it under, so a sheet's
situations (a hygiene refusal, a free label) are drafted for products they apply to."""

from __future__ import annotations

import pytest

from benchmarks.reply_review_sheet import FITTED_CATEGORIES, category_of, category_of_message, guessed_category


@pytest.mark.parametrize(
    ("product", "lang", "category"),
    [
        # the head noun decides: last in English, first in French
        ("dress watch", "en", "accessories"),
        ("men's dress trousers", "en", "trousers"),
        ("t-shirt bra", "en", "underwear"),
        ("veste en jean", "fr", "outerwear"),
        ("pyjama combinaison", "fr", "underwear"),
        # the shop's catalogue files a jumpsuit under dresses and leggings under trousers
        ("linen jumpsuit", "en", "dresses"),
        ("combinaison pantalon", "fr", "dresses"),
        ("running tights", "en", "trousers"),
        ("sheer tights", "en", "underwear"),
        # what none of the shop's categories holds is not drawn
        ("bath robe", "en", None),
        ("robe de chambre", "fr", None),
        ("life jacket", "en", None),
        ("gilet de sauvetage", "fr", None),
        ("combinaison de plongée", "fr", None),
        ("dog coat", "en", None),
        ("collier pour chien", "fr", None),
        ("robe longue", "fr", "dresses"),
    ],
)
def test_a_product_is_filed_under_its_head_noun_unless_it_is_another_kind(
    product: str, lang: str, category: str | None
) -> None:
    assert category_of(product, lang) == category


def test_a_customer_text_is_placed_by_the_product_it_names_first_and_a_pet_word_does_not_unplace_it() -> None:
    assert category_of("Live chat could not tell me where the coat is.") == "outerwear"
    assert category_of("My dog chewed through the lamp cable") == "lighting"
    assert category_of("The dress came with its belt missing") == "dresses"


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # words the sheet's own list lacks but the draft's item nouns read: the request carries that item's category,
        # so the draft does not name a coat it guessed for « la housse renvoyée »
        ("Un membre de votre équipe pourrait-il me téléphoner au sujet de la housse renvoyée ?", "decor"),
        ("Please could a member of staff phone me about the returned sofa cover.", "decor"),
        ("There's a tiny chip on the plate, I'd like to send it back.", "kitchen"),
        ("The hairdryer cuts out after a minute, I'd like a replacement.", "small_appliances"),
        ("Bonjour, ce short est trop large à la taille.", "trousers"),
        # the sheet's own words first
        ("Service honteux. La housse de coussin est arrivée déchirée.", "decor"),
        ("The coat's zip broke, I want to speak to a manager.", "outerwear"),
        # an item read from its context, with none of its words in the text, places nothing
        ("La télécommande ne s'appaire pas, puis-je avoir un remplacement ?", None),
        # no item named: the sheet guesses one
        ("I want to speak to a human, not another automated reply.", None),
    ],
)
def test_a_handover_message_is_placed_by_the_item_it_names_as_the_draft_reads_it(
    message: str, category: str | None
) -> None:
    assert category_of_message(message) == category


@pytest.mark.parametrize(
    ("message", "fitted"),
    [
        # a message naming no item but telling how it fits is about something worn: never « votre article de cuisine »
        ("SUPER confortable !!! Mais une taille trop petite.", True),
        ("J'adore !!! Mais c'est trop serré aux bras.", True),
        ("So pretty!!! But it swamps me, returning.", True),
        ("Brilliant!!! Loved how quick the delivery was, just too big for me.", True),
        # review sheet 397 #22: an item that does not suit its wearer (« ne me va pas », « qu'elle ne m'aille pas »)
        ("Trop déçue qu'elle ne m'aille pas, elle était parfaite en photo !", True),
        ("Hélas la couleur ne me va pas du tout.", True),
        # ... not one that does not go with something else (« ne va pas avec le canapé », « ne va pas sur mon modèle »)
        ("Jolie mais ça ne va pas avec le canapé.", False),
        ("Le chargeur ne va pas sur mon modèle, puis-je l'échanger ?", False),
        # any other message keeps the category guessed for it
        ("Three weeks!!! Still no refund!!! What is going on???", False),
        ("Fab service as always!!! Just changed my mind on this one.", False),
    ],
)
def test_a_message_telling_how_the_item_fits_is_guessed_a_category_that_is_worn(message: str, fitted: bool) -> None:
    for guess in ("kitchen", "lighting", "bags", "dresses", "shoes"):
        category = guessed_category(message, guess)
        assert category in FITTED_CATEGORIES if fitted else category == guess
        if guess in FITTED_CATEGORIES:
            assert category == guess
