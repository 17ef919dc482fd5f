"""When the rules hand a text to a person: what the review of the change since bfebfdf found misread, each with a
counter-example that keeps its reading (the rules' recall is measured in tests/model/test_handover_detector.py)."""

from __future__ import annotations

import pytest

from features.handover import handover_reasons


@pytest.mark.parametrize(
    ("text", "lang", "angry"),
    [
        # a canned email received is a calm report; the same one again and again is a complaint
        ("I got another automated email saying my label is attached, thanks.", "en", False),
        ("I keep getting the same automated email and no answer.", "en", True),
        ("Another automated reply, still no refund.", "en", True),
        ("J'ai reçu encore le même mail automatique de confirmation, merci", "fr", False),
        ("Je reçois toujours le même message type.", "fr", True),
        # « dégoûtée » alone is "gutted"; disgusted by the shop is angry
        ("Je suis dégoûtée, merci de la reprendre.", "fr", False),
        ("Franchement, je suis dégoûté. L'annonce disait 100 % laine.", "fr", False),
        ("Je suis dégoûtée par votre service.", "fr", True),
    ],
)
def test_angry_only_where_the_text_complains(text: str, lang: str, angry: bool) -> None:
    assert ("angry" in handover_reasons(text, lang)) is angry
