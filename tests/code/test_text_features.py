"""Text normalisation and language detection."""

import math
import random
import re
import unicodedata

import pytest

from features.language import detect_language, resolve_languages
from features.text import (
    WORDS_BEFORE_CHARS,
    counted,
    finer_than_cents,
    fold_accents,
    match_view,
    ngram_view,
    normalise_text,
    printable_name,
    quoted_cut,
    regex,
    sentence_bounds,
    strip_combining,
    words_before,
)


def test_normalise_composes_unicode_collapses_whitespace_and_lowercases() -> None:
    decomposed = "Tre\u0300s  PETITE\n\tpour moi "
    assert normalise_text(decomposed) == "très petite pour moi"
    assert normalise_text(decomposed, lowercase=False) == "Très PETITE pour moi"


@pytest.mark.parametrize("missing", [None, math.nan, "", "   "])
def test_normalise_turns_missing_values_into_empty_text(missing: object) -> None:
    assert normalise_text(missing) == ""


# Zero-width space, non-joiner, joiner, LRM, RLM, word joiner, BOM, soft hyphen, RLO, LRI, PDI, a tag letter.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2066",
             "\u2069", "\U000e0041"]  # fmt: skip


@pytest.mark.parametrize("mark", INVISIBLE)
def test_every_text_view_reads_through_invisible_characters(mark: str) -> None:
    """An invisible character inside a word must not change what the models or the keyword rules read."""
    clean = "Arrivé cassé, please call me, I need a 40"
    hidden = mark + mark.join(clean) + mark
    assert normalise_text(hidden) == normalise_text(clean)
    assert ngram_view(hidden) == ngram_view(clean) and match_view(hidden) == match_view(clean)
    assert detect_language(hidden) == detect_language(clean)


def test_fold_accents_removes_diacritics_only() -> None:
    assert fold_accents("élégante, abîmée, reçu, œuvre") == "elegante, abimee, recu, œuvre"


def test_strip_combining_drops_exactly_the_combining_characters() -> None:
    rng = random.Random(0)
    texts = ["".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(40)) for _ in range(500)]
    for text in [*texts, "e\u0301te\u0300", "ascii only"]:
        assert strip_combining(text) == "".join(char for char in text if not unicodedata.combining(char))


def test_regex_compiles_each_pattern_once() -> None:
    assert regex(r"\bzip\b") is regex(r"\bzip\b")
    assert regex(r"\bzip\b").search("the zip broke")


def test_ngram_view_treats_accented_and_unaccented_spellings_alike() -> None:
    assert ngram_view("TROP  Grande, abîmée") == ngram_view("trop grande, abimee")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The dress is far too tight around the hips", "en"),
        ("La robe est beaucoup trop serrée aux hanches", "fr"),
        ("colis arrive abime, lampe cassee", "fr"),
        ("arrived late, missed the party", "en"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_detect_language_defaults_to_english_without_words() -> None:
    assert detect_language("") == "en"
    assert detect_language("👍 42") == "en"


def test_given_language_wins_over_detection() -> None:
    texts = ["trop petit", "trop petit", "too small"]
    assert resolve_languages(texts, ["en", None, ""]) == ["en", "fr", "en"]
    assert resolve_languages(texts, ["EN", "xx", "fr"]) == ["en", "fr", "fr"]


def test_resolve_languages_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="2 texts but 1 languages"):
        resolve_languages(["a", "b"], ["en"])


def test_words_before_keeps_the_last_words_before_a_match_and_never_half_a_word() -> None:
    text = "it is not broken"
    assert words_before(text, text.index("broken")) == "it is not "
    # the cut falls inside "casino": its end must not read as the word "no"
    text = "x casi" + "no " + "y" * (WORDS_BEFORE_CHARS - 3) + " broken"
    before = words_before(text, text.index(" broken"))
    assert not before.startswith("no") and len(before) <= WORDS_BEFORE_CHARS
    text = "casino " + "w " * 200 + "broken"
    before = words_before(text, text.index("broken"))
    assert before == "w " * (WORDS_BEFORE_CHARS // 2)


@pytest.mark.parametrize(
    ("text", "marks", "sentence"),
    [
        ("too small. i paid by card, refund please! thanks", ".!?", " i paid by card, refund please"),
        ("i paid by card", ".!?", "i paid by card"),
        ("hi; i paid by card. ok", ".!?", "hi; i paid by card"),
        ("hi; i paid by card. ok", ".!?;", " i paid by card"),
    ],
)
def test_the_sentence_of_a_match_runs_between_the_marks_either_side(text: str, marks: str, sentence: str) -> None:
    start = text.index("paid")
    begin, end = sentence_bounds(text, start, start + len("paid"), marks)
    assert text[begin:end] == sentence


def test_a_refused_value_is_quoted_whole_or_cut_with_its_length() -> None:
    # agent names, key names and history values each cut a refused value their own way (a key's length without
    # "characters", a table value's length inside its quotes)
    assert quoted_cut("bob\x07", 40) == "'bob\\x07'"
    assert quoted_cut("x" * 40, 40) == repr("x" * 40)
    assert quoted_cut("x" * 10_000, 40) == f"{'x' * 40!r}… (10,000 characters)"


def test_a_name_is_kept_stripped_and_refused_as_typed() -> None:
    # key names were quoted stripped (a name of spaces read ''), agent names as typed
    assert printable_name("  Ann Lee ", 64) == "Ann Lee"
    for name, shown in (
        ("   ", "'   '"),
        ("a\x00b", "'a\\x00b'"),
        (" " + "k" * 65, f"{' ' + 'k' * 39!r}… (66 characters)"),
    ):
        with pytest.raises(ValueError, match=re.escape(f"1-64 printable characters, got {shown}")):
            printable_name(name, 64)


@pytest.mark.parametrize(
    ("count", "noun", "plural", "said"),
    [
        (1, "prediction", None, "1 prediction"),
        (0, "prediction", None, "0 predictions"),
        (10_000, "return", None, "10,000 returns"),
        (1, "reply", "replies", "1 reply"),
        (2, "reply", "replies", "2 replies"),
    ],
)
def test_a_count_says_its_noun_once_and_groups_its_digits(count: int, noun: str, plural: str | None, said: str) -> None:
    # the command summaries said "wrote 1 predictions", "assessed 1 returns", "wrote 10000 ..."
    assert counted(count, noun, plural) == said


@pytest.mark.parametrize(
    ("later", "earlier", "said"),
    [
        ("2026-10-09T10:00:00+00:00", "2026-10-08T23:00:00+00:00", "1 day after"),
        ("2026-10-09T10:00:00+00:00", "2026-10-03T09:00:00+00:00", "6 days after"),
        ("2030-01-01T00:00:00+00:00", "2026-08-16T00:00:00+00:00", "1,234 days after"),
    ],
)
def test_the_console_counts_days_as_every_count_is_said(later: str, earlier: str, said: str) -> None:
    # the console counted on its own: "1234 days after"
    from serving.console.templating import days_after

    assert days_after(later, earlier) == said


@pytest.mark.parametrize(
    "written",
    [
        "89.000000000000000000001",  # read as a double: 89.0, taken as a price of 89
        "89.0000000000000000000000000000000000000000001",
        "8.9000000000000000000001e1",
        "12.345",
        "0.001",
        "1e-300",
        "1e-400",
        " 12.345 ",
    ],
)
def test_an_amount_with_a_digit_past_its_cents_is_finer_than_cents(written: str) -> None:
    assert finer_than_cents(written)


@pytest.mark.parametrize(
    "written",
    [
        "89",
        "89.0",
        "89.99",
        "89.990000000000000000000",
        "1e2",
        "1.5E1",
        "8.999e1",
        "0",
        "-0.0",
        "1e400",
        "",
        "abc",
        "nan",
        "inf",
    ],
)
def test_an_amount_in_cents_or_no_number_is_not_finer_than_cents(written: str) -> None:
    # what is no number (or not finite) is its reader's to refuse as such
    assert not finer_than_cents(written)
