"""What is blanked before faults are read: each pattern in turn, scanned only where the text holds its words."""

import functools
import re

import pytest

from features.customer_asks import fault_context
from features.customer_asks.delivery import SERVICE_NOT_WORKING
from features.customer_asks.denials import _DENIALS, _denials_blanked
from features.customer_asks.fault_context import (
    A_HOME_SENTENCE,
    ELSEWHERE,
    LIFTS_OFF,
    LOOK_NOT_WORKING,
    LOOSE_ON_THE_BODY,
    ON_THE_LAST_NOTCH,
    OWN_ALTERATION,
    ROOMS_FEWER,
    SHORT_OF_HOLES,
    blanked,
    blanked_within,
    made_light_of_blanked,
)
from features.customer_asks.faults import DOUBT_DENIED
from features.customer_asks.feelings import HEART_BROKEN
from features.spelling import mended_ask_words
from features.tables import read_table
from features.text import match_view
from triage.settings import get_settings

CHAIN = (
    DOUBT_DENIED,
    HEART_BROKEN,
    SERVICE_NOT_WORKING,
    LOOK_NOT_WORKING,
    OWN_ALTERATION,
    ELSEWHERE,
    LOOSE_ON_THE_BODY,
    SHORT_OF_HOLES,
)
# Texts that hold the words of the patterns above, in EN and FR, read and not read by them
WORDED = [
    "The colour just doesn't work with my kitchen, and the handle broke.",
    "La coupe ne va pas sur moi, mais la couture a craqué.",
    "Sans aucun doute, vous vous êtes trompés de taille.",
    "Heartbroken: the strap snapped on the first day.",
    "The app doesn't work and the customer service doesn't answer; the lid is cracked.",
    "I had it taken in by a tailor and now the seam is split.",
    "Bought another one elsewhere, this one was scratched.",
    "The belt is loose on me even on the last hole.",
    "Au dernier cran la montre glisse sur le poignet.",
    "Au dernier cran la boucle s'est cassée net, du coup la montre bouge.",
    "Un appartement avec une pièce en moins, le buffet ne rentre plus.",
    "Not short of holes, the belt was fine; the buckle broke.",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    returns = read_table("returns", get_settings().sample_data_dir)
    sample = returns["reason_text"].astype(str).sample(400, random_state=2).tolist()
    return [mended_ask_words(match_view(text)) for text in [*sample, *WORDED]]


def _nested(patterns: tuple[re.Pattern[str], ...], text: str, by: str = " ; ") -> str:
    return functools.reduce(lambda read, pattern: pattern.sub(by, read), patterns, text)


def test_each_pattern_reads_the_text_the_ones_before_it_left() -> None:
    # the second pattern's words are made by the first's blank: a prefilter on the text given would skip it
    first, second = re.compile(r"\bdoubt\b"), re.compile(r";  at")
    assert blanked((first, second), "no doubt at all") == "no   ;  all"
    assert blanked((first, second), "no doubt at all") == _nested((first, second), "no doubt at all")


def test_a_pattern_compiled_with_a_flag_that_changes_its_words_is_always_scanned() -> None:
    loud = re.compile(r"\bbroken\b", re.IGNORECASE)
    assert blanked((loud,), "The strap is BROKEN") == "The strap is  ; "
    spaced = re.compile(r"\b broken \s strap", re.VERBOSE)
    assert blanked((spaced,), "a broken strap") == "a  ; "


def test_blanking_before_faults_reads_as_each_pattern_scanned_in_turn(texts: list[str]) -> None:
    changed = 0
    for text in texts:
        expected = _nested(CHAIN[1:], DOUBT_DENIED.sub("", text))
        assert blanked(CHAIN[1:], blanked(CHAIN[:1], text, by="")) == expected, text
        changed += expected != text
        for where, words in ((ON_THE_LAST_NOTCH, LIFTS_OFF), (A_HOME_SENTENCE, ROOMS_FEWER)):
            assert blanked_within(where, words, text) == where.sub(
                lambda stretch, words=words: words.sub(" ; ", stretch.group()), text
            ), text
    # the texts hold what the patterns read, so the comparison above is not of texts left as they were
    assert changed >= len(WORDED) // 2


def test_faults_denied_are_blanked_as_each_denial_read_in_turn(texts: list[str]) -> None:
    denials = tuple(_DENIALS.values())
    denied = [
        "Arrived in perfect condition, just too small.",
        "Arrivée en parfait état, mais trop petite.",
        "Nothing missing, it works fine, I just changed my mind.",
    ]
    changed = 0
    for text in [*texts, *denied]:
        assert _denials_blanked(text) == _nested(denials, text, by=" "), text
        changed += _denials_blanked(text) != text
    assert changed >= len(denied)


# Flaws made light of, and texts close to them that make light of none, EN and FR
MADE_LIGHT = [
    "There's a tiny pull in the knit, no big deal, I'd just like my money back.",
    "The lid has a small scratch, never mind. My sister gave me her old kettle anyway.",
    "Un petit accroc sur la manche, pas grave, je préfère être remboursée.",
    "La peinture est un peu écaillée, tant pis. Finalement je n'en ai plus besoin.",
    "The scratch is a big deal to me: the mirror is ruined.",
    "Ce n'est pas grave si le colis a du retard, mais la poignée est cassée.",
]


def test_a_flaw_made_light_of_is_looked_for_only_where_its_words_are(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = fault_context._FLAW_MADE_LIGHT_OF
    scanned: list[str] = []

    class Scanned:
        flags, pattern = kept.flags, kept.pattern

        def search(self, text: str) -> re.Match[str] | None:
            scanned.append(text)
            return kept.search(text)

        def sub(self, *args: object) -> str:
            return kept.sub(*args)

    readings = [*texts, *(mended_ask_words(match_view(text)) for text in MADE_LIGHT)]
    expected = {
        (text, shrugs): made_light_of_blanked(text, shrugs) if kept.search(text) else text
        for text in readings
        for shrugs in (True, False)
    }
    monkeypatch.setattr(fault_context, "_FLAW_MADE_LIGHT_OF", Scanned())
    for (text, shrugs), blanked_text in expected.items():
        assert made_light_of_blanked(text, shrugs) == blanked_text, text
    # the texts lacking its words are not scanned, and some flaws made light of are blanked
    assert 0 < len(set(scanned)) < len(readings) // 2
    assert sum(text != blanked_text for (text, _), blanked_text in expected.items()) >= 3
