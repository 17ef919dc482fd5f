"""The SentenceEmbedder transformer contract: lazy, cached, batched, never pickles the weights."""

import pickle

import numpy as np
import pytest
from reply_support import HashedSentenceEmbedder, count_model_calls
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.utils.estimator_checks import parametrize_with_checks

from features.embeddings import SentenceEmbedder, as_text_list
from models.keyword_baseline import KeywordBaseline
from models.reason_classifier import ReasonClassifier
from triage.settings import Settings


@pytest.fixture(scope="module")
def embedder(settings: Settings) -> SentenceEmbedder:
    return SentenceEmbedder(model_path=settings.resolved_embedding_model_path(), batch_size=4).fit()


def test_init_only_stores_parameters_and_clones() -> None:
    embedder = SentenceEmbedder(model_path="/nowhere", batch_size=8)
    assert embedder.get_params() == {
        "model_path": "/nowhere",
        "backend": "sentence-transformers",
        "batch_size": 8,
        "torch_threads": 2,
        "cache_size": 100_000,
    }
    assert clone(embedder).get_params() == embedder.get_params()


def test_transform_before_fit_raises() -> None:
    with pytest.raises(NotFittedError):
        SentenceEmbedder(model_path="/nowhere").transform(["too small"])


def test_fit_without_model_path_explains() -> None:
    with pytest.raises(ValueError, match="model_path"):
        SentenceEmbedder().fit()


def test_transform_returns_normalised_vectors_and_similar_meanings_are_close(embedder: SentenceEmbedder) -> None:
    vectors = embedder.transform(["The shoes are too small", "these shoes are too tight", "the lamp arrived broken"])
    assert vectors.shape == (3, embedder.embedding_dim_)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_repeated_texts_are_embedded_once(embedder: SentenceEmbedder) -> None:
    embedded: list[int] = []
    texts = ["a brand new sentence for the cache", "A brand new sentence  for the cache", "another new one"]
    first = embedder.embed(as_text_list(texts), on_batch=embedded.append)
    second = embedder.embed(as_text_list(texts), on_batch=embedded.append)
    assert embedded == [2]  # two distinct normalised texts, one batch, nothing on the second call
    assert np.array_equal(first, second)
    assert np.array_equal(first[0], first[1])


def test_empty_input_gives_an_empty_matrix(embedder: SentenceEmbedder) -> None:
    assert embedder.transform([]).shape == (0, embedder.embedding_dim_)


def test_pickle_drops_weights_and_cache_and_reloads_lazily(embedder: SentenceEmbedder) -> None:
    embedder.transform(["fills the cache"])
    payload = pickle.dumps(embedder)
    assert len(payload) < 10_000  # the MiniLM weights alone are ~90 MB
    restored = pickle.loads(payload)
    assert "_loaded" not in restored.__dict__ and "_cache" not in restored.__dict__
    assert np.allclose(restored.transform(["fills the cache"]), embedder.transform(["fills the cache"]), atol=1e-5)


def test_rejects_two_dimensional_input() -> None:
    with pytest.raises(ValueError, match="1-D"):
        as_text_list(np.array([["a", "b"], ["c", "d"]]))


def test_combined_probabilities_equal_the_fitted_scikit_learn_models(embedder: SentenceEmbedder) -> None:
    """Serving computes both logistic regressions' probabilities without scikit-learn's per-call
    validation; the result must be the fitted models' own predict_proba, mixed by the weight."""
    texts = ["too small", "far too tight", "trop petit", "arrived broken", "arrivé cassé", "colis écrasé"] * 2
    labels = ["too_small"] * 3 + ["damaged_in_transit"] * 3 + ["too_small", "no_longer_needed"] * 3
    model = ReasonClassifier(kind="combined", embedder=embedder, tfidf_weight=0.3).fit(texts, labels)
    queries = as_text_list(["way too tight", "the glass arrived shattered", "j'ai changé d'avis"])

    def expected(batch: list[str]) -> np.ndarray:
        embedded = model.embedding_model_.predict_proba(embedder.embed(batch))
        return 0.3 * model.tfidf_model_.predict_proba(batch) + 0.7 * embedded

    assert np.array_equal(model.predict_proba(queries), expected(queries))
    # BLAS may sum a one-row product in another order than a batch's, for scikit-learn as for us.
    for query in queries:
        assert np.array_equal(model.predict_proba([query]), expected([query]))


def test_combined_model_mixes_its_parts_at_each_share_and_skips_the_embeddings_at_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    embedder = HashedSentenceEmbedder(model_path="hashed").fit()
    texts = ["too small", "far too tight", "trop petit", "arrived broken", "arrivé cassé", "colis écrasé"] * 2
    labels = ["too_small"] * 3 + ["damaged_in_transit"] * 3 + ["too_small", "no_longer_needed"] * 3
    model = ReasonClassifier(kind="combined", embedder=embedder).fit(texts, labels)
    queries = ["way too tight", "the glass arrived shattered", "j'ai changé d'avis"]
    mixes = model.probabilities_by_tfidf_weight(queries, [0.5, 1.0])
    assert np.array_equal(mixes[0.5], model.predict_proba(queries))
    calls = count_model_calls(monkeypatch, embedder)
    model.set_params(tfidf_weight=1.0)
    assert np.array_equal(
        model.predict_proba(["not embedded yet"]), model.tfidf_model_.predict_proba(["not embedded yet"])
    )
    assert calls == []  # the n-gram part alone: no text embedded
    assert np.array_equal(mixes[1.0], model.predict_proba(queries))
    with pytest.raises(ValueError, match="combined"):
        ReasonClassifier(kind="tfidf").fit(texts, labels).probabilities_by_tfidf_weight(queries, [1.0])


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.SkipTestWarning")
@parametrize_with_checks(
    [SentenceEmbedder(model_path="/not/loaded/by/these/checks"), KeywordBaseline(), ReasonClassifier(kind="tfidf")]
)
def test_scikit_learn_checks_for_text_estimators(estimator: object, check: object) -> None:
    """The checks scikit-learn can run on text-input estimators (its numeric-array checks do not apply)."""
    check(estimator)
