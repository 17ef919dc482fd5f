"""Handover you can trust: fitted on the tune parts, measured per language on the held-out part."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest

from features.handover import handover_reasons
from features.handover_messages import FIT_SPLITS, as_pairs, read_handover_messages
from features.tables import read_table
from models.handover_detector import HandoverDetector, _model_view
from triage.settings import Settings

MIN_RECALL = 0.95
MAX_FALSE_ALARMS = 0.05


@pytest.fixture(scope="module")
def messages(settings: Settings) -> pd.DataFrame:
    return read_handover_messages(settings.handover_messages_path)


@pytest.fixture(scope="module")
def detector(messages: pd.DataFrame, settings: Settings) -> HandoverDetector:
    """Fitted as the reply drafter fits it: the tune parts plus 3,000 ordinary sample return texts."""
    fit = messages[messages["split"].isin(FIT_SPLITS)]
    returns = read_table("returns", settings.sample_data_dir).dropna(subset=["reason_text"])
    sample = returns.sample(3000, random_state=0)
    background = list(zip(sample["reason_text"].astype(str), sample["lang"].astype(str), strict=True))
    return HandoverDetector().fit(as_pairs(fit), fit["needs_person"], background)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_recall_and_false_alarms_on_the_held_out_part(
    messages: pd.DataFrame, detector: HandoverDetector, lang: str
) -> None:
    held_out = messages[(messages["split"] == "holdout") & (messages["lang"] == lang)]
    predicted = detector.predict(as_pairs(held_out))
    truth = held_out["needs_person"].to_numpy()
    recall = predicted[truth == 1].mean()
    false_alarms = predicted[truth == 0].mean()
    missed = held_out.loc[(truth == 1) & (predicted == 0), "text"].tolist()
    alarms = held_out.loc[(truth == 0) & (predicted == 1), "text"].tolist()
    assert recall >= MIN_RECALL, missed
    assert false_alarms <= MAX_FALSE_ALARMS, alarms


def test_the_review_s_misses_and_false_alarms(detector: HandoverDetector) -> None:
    needs_person = [
        ("ring me when you get this", "en"),
        ("Please put me through to a human", "en"),
        ("THIS IS THE WORST SERVICE, WHERE IS MY REFUND", "en"),
        ("Shocking service, I'll dispute it with my card company", "en"),
        ("Pouvez-vous me téléphoner demain ?", "fr"),
        ("Je veux un interlocuteur humain", "fr"),
        ("C'est une honte.", "fr"),
    ]
    drafts_fine = [("great!!!", "en"), ("Super robe !!! Un peu grande.", "fr"), ("A bit disappointed, sadly", "en")]
    assert all(detector.predict(needs_person) == 1), detector.reasons_many(needs_person)
    assert not any(detector.predict(drafts_fine)), detector.reasons_many(drafts_fine)


def test_without_examples_the_rules_alone_decide() -> None:
    rules_only = HandoverDetector()
    assert rules_only.reasons("My solicitor will be in touch.", "en") == ("legal",)
    assert rules_only.reasons("Lovely, thanks!", "en") == ()


def test_a_phrasing_no_rule_lists_is_caught_by_the_model_as_tone(detector: HandoverDetector) -> None:
    # "I'm at the end of my tether with this order, honestly." was caught before the detector learned
    # ordinary return texts as such (tone 0.08 now): a known miss, see data/handover/README.md
    text = "I've had it up to here with your company."
    assert handover_reasons(text, "en") == ()
    assert detector.reasons(text, "en") == ("tone",)


def test_a_neutral_form_text_is_no_tone_and_an_upset_one_beside_it_still_is(detector: HandoverDetector) -> None:
    # a terse form text read as upset (tone 0.56 for « Retour sans motif particulier »): the labelled messages that
    # need a person are often short, the form's neutral words are not among them
    calm = [
        ("Retour sans motif particulier", "fr"),
        ("Je la retourne, raison perso.", "fr"),
        ("Retour, sans explication.", "fr"),
        ("I want to return this. Thank you.", "en"),
        ("Return reason is personal", "en"),
        # ... nor a size asked one way, all the text says (« Je descends d'une pointure »: tone 0.99)
        ("Je descends d'une pointure.", "fr"),
        ("Je monte d'une taille.", "fr"),
    ]
    upset = [
        ("Je descends d'une pointure. Je suis à bout.", "fr"),
        ("Retour. Toujours sans nouvelles de votre part.", "fr"),
        ("Retour sans explication, vous savez très bien pourquoi", "fr"),
        ("Retour sans motif. Je suis à bout.", "fr"),
        ("Return. You know why.", "en"),
    ]
    assert not any(detector.predict(calm)), detector.reasons_many(calm)
    assert all(detector.predict(upset) == 1), detector.reasons_many(upset)


def test_a_pointer_to_another_message_is_handed_over_for_it_not_as_upset(detector: HandoverDetector) -> None:
    # the words of a pointer (an email, customer service, a phone call) are what most labelled messages needing a
    # person talk about: "Returned, see my email to customer service." read 0.86 and went to a person as upset, while
    # "return - see previous email" (0.28) got a draft that charged a label the earlier email may have made free
    calm = [
        ("Returned, see my email to customer service.", "en"),
        ("I'll explain on the phone to your team. Returning.", "en"),
        ("voir avec le service client, déjà expliqué au téléphone", "fr"),
        ("Retour, voir mail précédent.", "fr"),
    ]
    upset = [
        ("See my emails to customer service. Three weeks and not a word, I'm at my wits' end.", "en"),
        ("Voir mes mails au service client. Trois semaines sans rien, je suis à bout.", "fr"),
    ]
    assert [detector.reasons(text, lang) for text, lang in calm] == [("explained_elsewhere",)] * len(calm)
    assert all({"tone", "angry"} & set(kinds) for kinds in detector.reasons_many(upset)), detector.reasons_many(upset)


def test_served_tone_scores_equal_the_fitted_pipeline(messages: pd.DataFrame, detector: HandoverDetector) -> None:
    """The tone model's n-grams are counted by `NgramCounter` when serving; it must score exactly as the pipeline."""
    pairs = [*as_pairs(messages.head(200)), ("  ÇA  SUFFIT\tje veux  un humain ", "fr"), ("", "en")]
    views = [_model_view(text, lang) for text, lang in pairs]
    np.testing.assert_allclose(detector.tone_scores(pairs), detector.model_.predict_proba(views)[:, 1], rtol=1e-12)
    assert "_ngram_counter" not in pickle.loads(pickle.dumps(detector)).__dict__
