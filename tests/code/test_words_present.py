"""The words a text holds, found in one scan: exactly those `word in text` finds."""

import random

import pytest

from features.words_present import WordsPresent


def test_every_word_in_the_text_is_found_inside_across_and_at_the_start_of_another() -> None:
    words = ["ab", "abcd", "b", "bc", "cd", "d e", "é", "x.y", "(z"]
    assert WordsPresent(words).in_text("xabcdx, d eé") == {"ab", "abcd", "b", "bc", "cd", "d e", "é"}
    assert WordsPresent(words).in_text("x.y (z xzy") == {"x.y", "(z"}
    assert WordsPresent([]).in_text("abc") == frozenset()


def test_the_scan_agrees_with_a_substring_test_on_random_texts() -> None:
    rng = random.Random(3)
    words = {"".join(rng.choice("abc ") for _ in range(rng.randint(1, 5))) for _ in range(60)}
    present = WordsPresent(words)
    for _ in range(300):
        text = "".join(rng.choice("abcd ") for _ in range(rng.randint(0, 30)))
        assert present.in_text(text) == {word for word in words if word in text}, text


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError, match="empty word"):
        WordsPresent(["a", ""])
