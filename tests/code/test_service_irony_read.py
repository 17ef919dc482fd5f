"""Thanks said in irony (`complaints.service_mocked`) are read at the cost of what they need: whether the item was a
gift to the customer is read for them only where thanks for a gift stand in the text."""

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
    assert read_asks(text, lang).service_complaint is judged
    assert bool(read_for_irony) is gift_read_for_thanks
