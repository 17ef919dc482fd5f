"""`benchmarks/reply_review_sheet.py` files each product in the category the shop sells it under, so a sheet's
situations (a hygiene refusal, a free label) are drafted for products they apply to."""

from __future__ import annotations

import pytest

from benchmarks.reply_review_sheet import category_of


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
