"""Behaviour of the trained reason classifier (the session's `trained_reasons` champion).

Minimum functionality on the time-split test set and on real customer texts, invariance to
how people type, directional expectations, and hand-written examples for every reason in both
languages. Thresholds sit a few points under the measured scores so a real regression fails.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from features.taxonomy import REASON_CODES
from features.text import fold_accents
from training.evaluation import headline, real_text_accuracy
from training.reasons import load_blind_texts, load_real_texts, selective_scores
from triage.settings import Settings

pytestmark = pytest.mark.slow

# The served model is chosen on realistic text, not on the generator's phrasing: its generated-text scores
# sit a little under the n-gram model's, and the CI-sized fine-tuning reads few generated texts.
MIN_TEST_MACRO_F1 = 0.75
MIN_LANGUAGE_MACRO_F1 = 0.70
MIN_REAL_TEXT_ACCURACY = 0.5
# The blind slice (written apart from the corpus, evaluation only): floors well under what the CI-sized model
# reaches there, so only a real regression fails.
MIN_BLIND_ACCURACY = {"en": 0.55, "fr": 0.55}
MIN_BLIND_AUTOMATED_ACCURACY = 0.75
MIN_BLIND_AUTOMATED_SHARE = 0.2

# Hand-written by us, not drawn from the sample data; phrased the way customers write.
EXAMPLES: dict[str, dict[str, list[str]]] = {
    "too_small": {
        "en": [
            "I usually wear a medium but this one pinches under the arms, I need the next size up",
            "cant get my feet in these, need a 40 not a 39",
        ],
        "fr": [
            "Je fais du 38 d'habitude mais celle-ci me serre aux hanches, il me faut la taille au-dessus",
            "impossible de fermer la veste, elle taille vraiment petit",
        ],
    },
    "too_large": {
        "en": [
            "the trousers are baggy everywhere and I had to roll the legs up twice",
            "Swimming in this jumper, going to swap for a size down",
        ],
        "fr": [
            "le pantalon est beaucoup trop ample, je flotte dedans",
            "taille très grand, il me faudrait une taille en dessous",
        ],
    },
    "damaged_in_transit": {
        "en": [
            "The parcel was crushed and the lampshade inside is dented",
            "box arrived soaking wet and the vase was in pieces",
        ],
        "fr": ["Le carton était éventré et le miroir est arrivé fissuré", "colis reçu écrasé, la théière est ébréchée"],
    },
    "defective": {
        "en": [
            "The kettle won't heat up at all, the light comes on but nothing happens",
            "lamp flickers and then dies after five minutes",
        ],
        "fr": [
            "La bouilloire ne chauffe pas, le voyant s'allume mais rien ne se passe",
            "le grille-pain s'est arrêté de fonctionner au bout de deux jours",
        ],
    },
    "poor_quality": {
        "en": [
            "after one wash the jumper is covered in bobbles and the seams are coming apart",
            "the fabric is so thin and flimsy, feels like it will tear",
        ],
        "fr": [
            "après un lavage le pull est plein de bouloches et les coutures se défont",
            "tissu très fin et de mauvaise facture, déçue",
        ],
    },
    "missing_parts": {
        "en": [
            "The box only had one of the two bedside lamps and no bulbs",
            "there are no screws or instructions in the package, can't assemble it",
        ],
        "fr": [
            "Il n'y avait qu'une seule lampe dans le colis au lieu de deux",
            "pas de vis ni de notice dans le carton, impossible de monter l'étagère",
        ],
    },
    "not_as_described": {
        "en": [
            "the colour is a dull brown, nothing like the rich burgundy in the pictures",
            "website says 100% cotton but the label says polyester",
        ],
        "fr": [
            "la couleur n'a rien à voir avec la photo du site, c'est beaucoup plus terne",
            "annoncé en laine mais l'étiquette indique acrylique",
        ],
    },
    "wrong_item": {
        "en": [
            "I ordered the black boots and you sent me brown sandals",
            "This isn't what I bought, the package had a completely different dress in it",
        ],
        "fr": [
            "J'ai commandé les bottes noires et j'ai reçu des sandales marron",
            "ce n'est pas l'article que j'ai commandé, on m'a envoyé une autre robe",
        ],
    },
    "arrived_late": {
        "en": [
            "It turned up three days after the wedding I bought it for",
            "delivery took nearly a month, I don't need it anymore since the holiday is over",
        ],
        "fr": [
            "Le colis est arrivé trois jours après le mariage, trop tard pour moi",
            "livraison beaucoup trop longue, les vacances sont passées",
        ],
    },
    "no_longer_needed": {
        "en": [
            "Changed my mind, I don't think the style suits me after all",
            "found the same one cheaper in another shop",
        ],
        "fr": ["J'ai changé d'avis, finalement le style ne me va pas", "je l'ai trouvé moins cher ailleurs"],
    },
}


def reasons_of(model: Any, texts: list[str]) -> list[str]:
    return [prediction.reason for prediction in model.predict_reasons(texts)]


def reasons_given(answers: list[Any]) -> np.ndarray:
    return np.array([answer.reason for answer in answers], dtype=object)


def test_minimum_macro_f1_on_the_time_split_test_set(reason_test_split: Any, test_split_answers: list[Any]) -> None:
    scores = headline(reason_test_split["label"], reasons_given(test_split_answers))
    assert scores["macro_f1"] >= MIN_TEST_MACRO_F1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_minimum_macro_f1_per_language(reason_test_split: Any, test_split_answers: list[Any], lang: str) -> None:
    in_lang = (reason_test_split["lang"] == lang).to_numpy()
    scores = headline(reason_test_split["label"][in_lang], reasons_given(test_split_answers)[in_lang])
    assert scores["macro_f1"] >= MIN_LANGUAGE_MACRO_F1


def test_every_reason_is_predicted_on_the_test_set(test_split_answers: list[Any]) -> None:
    assert set(reasons_given(test_split_answers)) == set(REASON_CODES)


def test_answers_are_the_models_predictions(
    trained_reasons: Any, reason_test_split: Any, test_split_answers: list[Any]
) -> None:
    """`predict_reasons` (what the tests above read) names the reason `predict` gives."""
    sample = reason_test_split.sample(n=200, random_state=0)
    positions = reason_test_split.index.get_indexer(sample.index)
    assert list(trained_reasons.model.predict(sample["text"])) == list(reasons_given(test_split_answers)[positions])


def test_real_customer_texts_accuracy_floor(trained_reasons: Any, settings: Settings) -> None:
    real = load_real_texts(settings)
    if real is None:
        pytest.skip(f"real dev texts not on this machine ({settings.real_texts_path})")
    assert real_text_accuracy(real["label"], trained_reasons.model.predict(real["text"])) >= MIN_REAL_TEXT_ACCURACY


@pytest.fixture(scope="module")
def blind(settings: Settings) -> Any:
    texts = load_blind_texts(settings)
    if texts is None:
        pytest.skip(f"blind slice not on this machine ({settings.blind_texts_path})")
    return texts


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_blind_slice_accuracy_floor(trained_reasons: Any, blind: Any, lang: str) -> None:
    part = blind[blind["lang"] == lang]
    assert real_text_accuracy(part["label"], trained_reasons.model.predict(part["text"])) >= MIN_BLIND_ACCURACY[lang]


def test_automated_answers_on_the_blind_slice_are_mostly_right(trained_reasons: Any, blind: Any) -> None:
    """needs_review holds on text written apart from the training corpus, not only on generated text."""
    overall = selective_scores(trained_reasons.model, blind)["overall"]
    assert overall["automated_share"] >= MIN_BLIND_AUTOMATED_SHARE
    assert overall["automated_accuracy"] >= MIN_BLIND_AUTOMATED_ACCURACY


def test_unfamiliar_text_is_less_confident_than_familiar_text(trained_reasons: Any) -> None:
    """The confidence reads distance to the training texts: gibberish and off-topic text score lower than a
    plain complaint with the same top reason."""
    clear, gibberish, off_topic = trained_reasons.model.predict_reasons(
        [
            "the box was crushed and the glass lamp arrived shattered in pieces",
            "qwxz vbnm plok jhtr",
            "what are your opening hours on sunday",
        ]
    )
    assert clear.confidence > max(gibberish.confidence, off_topic.confidence)


@pytest.mark.parametrize("reason", [code for code in REASON_CODES if code in EXAMPLES])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_hand_written_examples(trained_reasons: Any, reason: str, lang: str) -> None:
    texts = EXAMPLES[reason][lang]
    assert reasons_of(trained_reasons.model, texts) == [reason] * len(texts)


def test_no_identifiable_reason_is_other_or_reviewed(trained_reasons: Any) -> None:
    for prediction in trained_reasons.model.predict_reasons(["see my email", "retour", "ok"]):
        assert prediction.reason == "other" or prediction.needs_review


def typo(text: str) -> str:
    """Swap two inner letters of the longest word, the commonest phone typo."""
    words = text.split()
    longest = max(range(len(words)), key=lambda index: len(words[index]))
    word = words[longest]
    words[longest] = word[:2] + word[3] + word[2] + word[4:]
    return " ".join(words)


INVARIANCE_TEXTS = [text for by_lang in EXAMPLES.values() for texts in by_lang.values() for text in texts]


@pytest.mark.parametrize(
    "perturb",
    [str.upper, str.lower, fold_accents, typo, lambda text: f"  {text} !!  "],
    ids=["upper", "lower", "no-accents", "typo", "padding"],
)
def test_invariance_to_how_people_type(trained_reasons: Any, perturb: Any) -> None:
    original = reasons_of(trained_reasons.model, INVARIANCE_TEXTS)
    perturbed = reasons_of(trained_reasons.model, [perturb(text) for text in INVARIANCE_TEXTS])
    agreement = np.mean(np.array(original) == np.array(perturbed))
    assert agreement >= 0.95


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("these jeans are too tight", "too_small"),
        ("these jeans are too loose", "too_large"),
        ("ces chaussures sont trop petites", "too_small"),
        ("ces chaussures sont trop grandes", "too_large"),
        ("the lamp arrived smashed in a crushed box", "damaged_in_transit"),
        ("the lamp worked for a week then stopped switching on", "defective"),
        ("not too small at all, the colour is just different from the photo", "not_as_described"),
    ],
)
def test_directional_changes_move_the_reason(trained_reasons: Any, text: str, reason: str) -> None:
    assert reasons_of(trained_reasons.model, [text]) == [reason]


def test_more_evidence_raises_confidence(trained_reasons: Any) -> None:
    vague, clear = trained_reasons.model.predict_reasons(
        ["not great", "the box was crushed and the glass lamp arrived shattered in pieces"]
    )
    assert clear.reason == "damaged_in_transit"
    assert clear.confidence > vague.confidence


def test_needs_review_follows_the_fitted_threshold(trained_reasons: Any, test_split_answers: list[Any]) -> None:
    model = trained_reasons.model
    flags = np.array([p.needs_review for p in test_split_answers])
    assert np.array_equal(flags, np.array([p.confidence for p in test_split_answers]) < model.threshold_)
    assert 0 < model.threshold_ < 1


def test_non_reviewed_reasons_meet_the_precision_target(
    reason_test_split: Any, test_split_answers: list[Any], settings: Settings
) -> None:
    kept = [
        (p.reason, label)
        for p, label in zip(test_split_answers, reason_test_split["label"], strict=True)
        if not p.needs_review
    ]
    precision = np.mean([reason == label for reason, label in kept])
    # The threshold was fitted on validation data; allow for sampling error on the newer test data.
    assert precision >= settings.review_precision_target - 0.03
    assert len(kept) >= 0.4 * len(reason_test_split)
