"""The day the parcel was needed for, said missed: read only in a text that names an occasion, a weekday, a date or a
day, since every form of the reading names one."""

import re
from collections.abc import Iterator

import pytest

from features.customer_asks import delivery
from features.customer_asks.delivery import (
    _OCCASION,
    _OCCASION_MISSED_FORMS,
    _WEEKDAY,
    OCCASION_MISSED,
    occasions_missed,
)
from features.spelling import mended_ask_words
from features.tables import read_table
from features.text import match_view
from triage.settings import get_settings

# One text or more for each form of the reading, EN and FR, and near-misses that name an occasion it does not read
FORMS = [
    "Arrived too late for the wedding.",
    "It missed the date I needed it for.",
    "The graduation was a week before it arrived.",
    "It was supposed to arrive for my interview.",
    "Needed for Saturday, came Monday.",
    "Meant for our wedding on the 14th. It arrived on the 17th.",
    "It arrived two days after the anniversary.",
    "It didn't arrive in time for the party.",
    "The holiday was over by the time it got here.",
    "By the time it arrived, the wedding was over.",
    "My birthday came and went without the dress.",
    "The parcel was late. (Birthday missed.)",
    "Arrivé trop tard pour le mariage.",
    "Les vacances étaient finies quand il est arrivé.",
    "La chemise devait arriver pour mon entretien.",
    "Reçue trois jours après l'anniversaire.",
    "Le tournoi était samedi, les crampons sont arrivés lundi.",
    "The party was on Saturday. The dress arrived on Tuesday.",
    "Baskets pour la course de dimanche, livrées mercredi.",
    "Trainers for the race on Sunday, delivered Wednesday.",
    "Pas arrivée à temps pour la fête.",
    "Commandée le 2 pour un mariage le 14. Elle est arrivée le 17.",
    # near-misses: an occasion named, no day missed
    "I was ill and missed the wedding.",
    "It's for a wedding, the colour is wrong.",
    "Came after my birthday, which is fine.",
    "Pour le mariage de ma soeur, la taille est parfaite.",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    returns = read_table("returns", get_settings().sample_data_dir)
    sample = returns["reason_text"].astype(str).sample(600, random_state=3).tolist()
    return [mended_ask_words(match_view(text)) for text in [*FORMS, *sample]]


def test_no_form_of_the_reading_matches_without_an_occasion_a_weekday_a_date_or_a_day(texts: list[str]) -> None:
    # the reading with those words made unmatchable reads nothing where the reading itself reads a day missed
    never = "(?!)"
    without = re.compile(
        _OCCASION_MISSED_FORMS.replace(_OCCASION, never).replace(_WEEKDAY, never).replace("|date|day)", f"|{never})")
    )
    read = [text for text in texts if OCCASION_MISSED.search(text)]
    assert len(read) >= 20
    assert [text for text in read if without.search(text)] == []


def test_the_day_missed_is_read_as_the_whole_reading_reads_it(texts: list[str]) -> None:
    skipped = 0
    for text in texts:
        assert [match.span() for match in occasions_missed(text)] == [
            match.span() for match in OCCASION_MISSED.finditer(text)
        ], text
        skipped += not any(word in text for word in delivery._OCCASION_OR_DAY_WORDS)
    assert skipped > len(texts) // 2


class _Counted:
    """`OCCASION_MISSED` that counts the texts it scans."""

    def __init__(self) -> None:
        self.scanned: list[str] = []

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.scanned.append(text)
        return OCCASION_MISSED.finditer(text)


@pytest.mark.parametrize(
    ("text", "scanned"),
    [
        ("the zip broke after one wear", False),
        ("la fermeture a cassé au premier lavage", False),
        ("it came too late for the party", True),
        ("needed it by friday", True),
        ("arrivée après la fête", True),
        ("wrong delivery date", True),
    ],
)
def test_a_text_naming_no_occasion_weekday_date_or_day_is_not_scanned(
    monkeypatch: pytest.MonkeyPatch, text: str, scanned: bool
) -> None:
    counted = _Counted()
    monkeypatch.setattr(delivery, "OCCASION_MISSED", counted)
    list(occasions_missed(mended_ask_words(match_view(text))))
    assert bool(counted.scanned) is scanned
