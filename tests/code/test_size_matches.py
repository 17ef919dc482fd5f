"""A text's wanted sizes (`sizes.WANTED`) are scanned once a reading: the size regretted, an exchange told as done and
the size asked all read the same matches (`sizes.size_matches`)."""

from collections import Counter

import pytest

from features.customer_asks import exchange, fit, sizes
from features.customer_asks.reading import read_asks


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        # regretted, then asked
        ("Wish I'd taken the 44 for this raincoat. Could you send me a 44 please?", "en", "44"),
        ("J'aurais dû prendre le 38 pour ce gilet, pouvez-vous m'envoyer un 38 ?", "fr", "38"),
        # regretted only: the size needed, though not asked
        ("I should have gone for the XL, these joggers cling everywhere.", "en", "XL"),
        # an exchange told as done, then a new ask
        ("I already exchanged these trainers for a 41 last month; now I need a 42.", "en", "42"),
        # an ask, nothing regretted
        ("Trop serré, je voudrais un 40 à la place.", "fr", "40"),
    ],
)
def test_the_wanted_sizes_of_a_text_are_scanned_once_a_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, lang: str, wanted: str | None
) -> None:
    scanned: Counter[str] = Counter()
    for module in (sizes, fit, exchange):
        compile_kept = module.regex

        def counted(pattern: str, compile_kept=compile_kept):
            if pattern in sizes.WANTED:
                scanned[pattern] += 1
            return compile_kept(pattern)

        monkeypatch.setattr(module, "regex", counted)
    sizes.size_matches.cache_clear()
    assert read_asks(text, lang).wanted_size == wanted
    assert scanned, "the text holds words of the wanted sizes' patterns: some are scanned"
    assert max(scanned.values()) == 1, scanned
