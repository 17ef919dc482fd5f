"""The return-reason classifier: text in, taxonomy reason (with confidence and top 3) out.

Three learned variants share one estimator, chosen by `kind`:
- "tfidf": character (2-5) and word (1-2) n-gram TF-IDF on the accent-folded text, then
  logistic regression. Robust to typos, missing accents and French morphology.
- "embeddings": sentence embeddings, then logistic regression. Captures meaning beyond the
  words used, but all-MiniLM-L6-v2 is an English model.
- "combined": a weighted average of both models' probabilities.

Whatever the variant, the fitted preprocessing lives inside the estimator, so one pickled object
is all serving needs (the embedding weights excepted, see `features.embeddings`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.utils.extmath import safe_sparse_dot, softmax
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l1, inplace_csr_row_normalize_l2
from sklearn.utils.validation import check_is_fitted

from features.customer_asks import reason_denied
from features.embeddings import SentenceEmbedder, TextInputMixin, as_text_list
from features.taxonomy import family_of
from features.text import match_view, ngram_view, without_markup

KINDS = ("tfidf", "embeddings", "combined")
TOP_K = 3
# Words whose character n-grams are remembered between calls (serving sees the same few thousand
# words again and again; about 1 KB each); past this the memo is dropped and rebuilt.
WORD_CACHE_SIZE = 50_000
# What `sklearn.preprocessing.normalize` runs on a CSR matrix for each TfidfVectorizer norm, after
# validation that costs more than the normalising itself on a serving-sized batch.
ROW_NORMALISERS = {"l1": inplace_csr_row_normalize_l1, "l2": inplace_csr_row_normalize_l2}


@dataclass(frozen=True)
class ReasonPrediction:
    """The classifier's answer for one text."""

    reason: str
    family: str
    confidence: float
    top3: list[tuple[str, float]]
    needs_review: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "family": self.family,
            "confidence": self.confidence,
            "top3": [[code, prob] for code, prob in self.top3],
            "needs_review": self.needs_review,
        }


# What a text with no word at all is read as: no identifiable reason (`data/corpus/ANNOTATION.md`)
NO_REASON = "other"


def told_in_no_words(text: str) -> bool:
    """Whether the text holds no letter at all ("12345", "!!!"), the letters of markup left out ("<b></b>",
    "<p>&nbsp;</p>": `features.text.without_markup`): it tells no reason, whatever the classifier reads in it (tag
    names read as words: "<script></script>" was a confident "not as described", a free return), so it is read as
    `NO_REASON` with confidence 0 (`read_against_its_words`)."""
    return not any(character.isalpha() for character in without_markup(str(text)))


def read_against_its_words(text: str, reason: str) -> bool:
    """Whether the text gives the reason read nothing to stand on: no word at all (`told_in_no_words`), or a denial of
    that very reason in so many words ("Arrived earlier than expected" read as a late delivery, "Arrived on time and
    works well", "Not too small at all" as too small: `features.customer_asks.reason_denied`). Such a reading is
    answered with confidence 0, so that it goes to review and the reply names no cause: the classifier weighs words of
    a reason whichever way they are said."""
    return told_in_no_words(text) or reason_denied(match_view(str(text)), reason)


def texts_of(data: Any) -> list[str]:
    """The normalised texts of a frame's `text` column or of a plain sequence of texts."""
    if isinstance(data, pd.DataFrame):
        if "text" not in data.columns:
            raise ValueError("the frame needs a 'text' column")
        data = data["text"]
    return as_text_list(data)


def ngram_indices(
    analyze: Callable[[str], list[str]], vocabulary: dict[str, int], document: str, offset: int = 0
) -> np.ndarray:
    """Vocabulary indices (plus `offset`) of a document's n-grams, one per occurrence, from a fitted
    vectorizer's analyzer and vocabulary."""
    found = [vocabulary.get(ngram) for ngram in analyze(document)]
    return np.asarray([index + offset for index in found if index is not None], dtype=np.int32)


class NgramCounter:
    """`union.transform(texts)` for a fitted `build_tfidf` union, equal bit for bit, faster.

    Built once per fitted union at serving time, never pickled: each vectorizer's preprocessor,
    analyzer and column offset, the idf weights side by side, and a per-word memo for "char_wb"
    vectorizers, whose n-grams never cross a space, so a text's n-grams are its words' n-grams.
    Each (text, vectorizer) pair is one row of a tall CSR matrix with the vectorizer's columns
    already at their offset, so one pass counts, weights and normalises every vectorizer's rows
    exactly as its own `transform` would, and taking the tall rows K at a time is the union's
    `hstack` (the same data in the same order). What this skips is scikit-learn's per-call
    validation, its n-gram loop and one sparse matrix per vectorizer.

    Raises:
        ValueError: the union weights its vectorizers, or they weight n-grams differently
            (build_tfidf's do neither).
    """

    def __init__(self, union: FeatureUnion) -> None:
        if union.transformer_weights is not None:
            raise ValueError("the union must not weight its vectorizers")
        vectorizers = [vectorizer for _, vectorizer in union.transformer_list]
        weighting = {(v.sublinear_tf, v.use_idf, v.norm, np.dtype(v.dtype)) for v in vectorizers}
        if len(weighting) != 1:
            raise ValueError(f"the union's vectorizers must share sublinear_tf, use_idf, norm and dtype: {weighting}")
        ((self.sublinear_tf, use_idf, norm, self.dtype),) = weighting
        self.union = union
        self.normalise_rows = ROW_NORMALISERS[norm] if norm is not None else None
        self.idf = np.concatenate([vectorizer.idf_ for vectorizer in vectorizers]) if use_idf else None
        offsets = np.cumsum([0, *(len(vectorizer.vocabulary_) for vectorizer in vectorizers)])
        self.width = int(offsets[-1])
        self.readers = [
            (v.build_preprocessor(), v.build_analyzer(), v.vocabulary_, int(offset), v.analyzer == "char_wb")
            for v, offset in zip(vectorizers, offsets[:-1], strict=True)
        ]
        self.word_indices: list[dict[str, np.ndarray]] = [{} for _ in vectorizers]

    def transform(self, texts: Sequence[str]) -> sp.csr_array:
        """The union's (n_texts, total vocabulary) tf-idf matrix."""
        pieces: list[np.ndarray] = []
        indptr = [0]
        for text in texts:
            for (preprocess, analyze, vocabulary, offset, per_word), memo in zip(
                self.readers, self.word_indices, strict=True
            ):
                if not per_word:
                    pieces.append(ngram_indices(analyze, vocabulary, text, offset))
                    indptr.append(indptr[-1] + len(pieces[-1]))
                    continue
                size = indptr[-1]
                for word in preprocess(text).split():
                    indices = memo.get(word)
                    if indices is None:
                        if len(memo) >= WORD_CACHE_SIZE:
                            memo.clear()
                        indices = memo[word] = ngram_indices(analyze, vocabulary, word, offset)
                    pieces.append(indices)
                    size += len(indices)
                indptr.append(size)
        occurrences = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int32)
        # One entry per n-gram occurrence; summing the duplicates gives the counts (exact in float).
        tall = sp.csr_array(
            (np.ones(len(occurrences), dtype=self.dtype), occurrences, np.asarray(indptr, dtype=np.int32)),
            shape=(len(indptr) - 1, self.width),
        )
        tall.sum_duplicates()
        if self.sublinear_tf:
            np.log(tall.data, tall.data)
            tall.data += 1.0
        if self.idf is not None:
            tall.data *= self.idf[tall.indices]
        if self.normalise_rows is not None:
            self.normalise_rows(tall)
        return sp.csr_array(
            (tall.data, tall.indices, tall.indptr[:: len(self.readers)]), shape=(len(texts), self.width)
        )


def ngram_counter(owner: Any, union: FeatureUnion) -> NgramCounter:
    """The `NgramCounter` of `union`, kept on `owner` as `_ngram_counter` (built on first use, rebuilt after a
    refit); owners leave it out of their pickled state."""
    counter = getattr(owner, "_ngram_counter", None)
    if counter is None or counter.union is not union:
        counter = owner._ngram_counter = NgramCounter(union)
    return counter


def linear_proba(logistic: LogisticRegression, features: Any) -> np.ndarray:
    """`logistic.predict_proba(features)` for a fitted LogisticRegression, equal bit for bit, minus the
    per-call input validation (which costs more than the arithmetic on a serving-sized batch).

    For three or more classes scikit-learn 1.9 scores `features @ coef_.T + intercept_` and takes each
    row's softmax; this runs those same public helpers. Two classes (a logistic, not a softmax) go
    through scikit-learn itself. `features` must be what the model was fitted on (the fitted
    vectorizers' CSR output or the embedder's float array); only their width is checked.
    """
    if len(logistic.classes_) <= 2:
        return logistic.predict_proba(features)
    if features.shape[1] != logistic.coef_.shape[1]:
        raise ValueError(f"{features.shape[1]} features, the model was fitted on {logistic.coef_.shape[1]}")
    scores = safe_sparse_dot(features, logistic.coef_.T, dense_output=True) + logistic.intercept_
    return softmax(scores, copy=False)


def build_tfidf() -> FeatureUnion:
    """Character and word n-gram TF-IDF on the accent-folded, lowercased text."""
    common = {"preprocessor": ngram_view, "sublinear_tf": True, "min_df": 2, "dtype": np.float32}
    return FeatureUnion(
        [
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), max_features=150_000, **common)),
            ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), max_features=50_000, **common)),
        ]
    )


def choose_review_threshold(confidence: np.ndarray, correct: np.ndarray, precision_target: float) -> float:
    """The lowest confidence threshold at which the predictions kept are `precision_target` precise.

    Predictions with confidence >= threshold are given without review; lowering the threshold
    keeps more of them, so the lowest threshold meeting the target maximises automation.
    Returns 1.0 (everything reviewed, bar certainties) when no threshold reaches the target.
    """
    if len(confidence) == 0:
        return 1.0
    order = np.argsort(-confidence, kind="stable")
    sorted_conf = confidence[order]
    kept_precision = np.cumsum(correct[order]) / np.arange(1, len(order) + 1)
    # A threshold keeps its whole tie group, so precision is only read at the end of each group.
    group_end = np.r_[sorted_conf[1:] != sorted_conf[:-1], True]
    meets = np.flatnonzero(group_end & (kept_precision >= precision_target))
    return float(sorted_conf[meets[-1]]) if meets.size else 1.0


class ReasonClassifier(TextInputMixin, ClassifierMixin, BaseEstimator):
    """Classify return texts into taxonomy reasons.

    Args:
        kind: "tfidf", "embeddings" or "combined" (see the module docstring).
        embedder: the `SentenceEmbedder` for "embeddings"/"combined"; shared across candidate
            models during training so each text is embedded once.
        tfidf_C: inverse regularisation of the n-gram logistic regression.
        embedding_C: inverse regularisation of the embedding logistic regression.
        tfidf_weight: share of the n-gram model in the "combined" probabilities.
        class_weight: passed to both logistic regressions ("balanced" helps the rare reasons).
        review_threshold: predictions below this confidence get `needs_review`; chosen on
            validation data with `choose_review_threshold`.
    """

    def __init__(
        self,
        kind: str = "combined",
        embedder: SentenceEmbedder | None = None,
        tfidf_C: float = 10.0,
        embedding_C: float = 1.0,
        tfidf_weight: float = 0.5,
        class_weight: str | None = "balanced",
        review_threshold: float = 0.0,
    ) -> None:
        self.kind = kind
        self.embedder = embedder
        self.tfidf_C = tfidf_C
        self.embedding_C = embedding_C
        self.tfidf_weight = tfidf_weight
        self.class_weight = class_weight
        self.review_threshold = review_threshold

    @property
    def _uses_tfidf(self) -> bool:
        return self.kind in ("tfidf", "combined")

    @property
    def _uses_embeddings(self) -> bool:
        return self.kind in ("embeddings", "combined")

    def fit(self, X: Any, y: Sequence[str]) -> ReasonClassifier:
        """Fit the n-gram and/or embedding logistic regressions on texts and reason codes."""
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {self.kind!r}")
        texts = texts_of(X)
        labels = np.asarray(y, dtype=object)
        if self._uses_tfidf:
            self.tfidf_model_ = make_pipeline(
                build_tfidf(), LogisticRegression(C=self.tfidf_C, max_iter=2000, class_weight=self.class_weight)
            ).fit(texts, labels)
        if self._uses_embeddings:
            if self.embedder is None:
                raise ValueError(f"kind={self.kind!r} needs an embedder")
            self.embedder_ = self.embedder if hasattr(self.embedder, "embedding_dim_") else self.embedder.fit()
            self.embedding_model_ = LogisticRegression(
                C=self.embedding_C, max_iter=2000, class_weight=self.class_weight
            ).fit(self.embedder_.embed(texts), labels)
        fitted = self.tfidf_model_ if self._uses_tfidf else self.embedding_model_
        self.classes_ = np.asarray(fitted.classes_)
        self.threshold_ = float(self.review_threshold)
        return self

    def with_review_threshold(self, threshold: float) -> ReasonClassifier:
        """This fitted model, reviewing its answers below `threshold` from now on (parameter and fitted value
        alike: a clone refits with it), without fitting it again."""
        check_is_fitted(self, "classes_")
        self.set_params(review_threshold=threshold)
        self.threshold_ = float(threshold)
        return self

    def fit_from(self, tfidf_part: ReasonClassifier, embedding_part: ReasonClassifier) -> ReasonClassifier:
        """This "combined" model from a "tfidf" and an "embeddings" model already fitted on the same texts
        with the same settings: the model `fit` gives, without fitting either logistic regression again.

        The caller vouches for "the same texts"; kinds, settings, embedder and classes are checked here.
        """
        if (self.kind, tfidf_part.kind, embedding_part.kind) != ("combined", "tfidf", "embeddings"):
            raise ValueError("fit_from joins a fitted 'tfidf' and a fitted 'embeddings' model into a 'combined' one")
        check_is_fitted(tfidf_part, "tfidf_model_")
        check_is_fitted(embedding_part, "embedding_model_")
        settings = (self.tfidf_C, self.embedding_C, self.class_weight, self.class_weight, self.embedder)
        if settings != (
            tfidf_part.tfidf_C,
            embedding_part.embedding_C,
            tfidf_part.class_weight,
            embedding_part.class_weight,
            embedding_part.embedder,
        ):
            raise ValueError("the parts were fitted with other settings or another embedder than this model's")
        if not np.array_equal(tfidf_part.classes_, embedding_part.classes_):
            raise ValueError("the parts were fitted on different reasons")
        self.tfidf_model_ = tfidf_part.tfidf_model_
        self.embedder_ = embedding_part.embedder_
        self.embedding_model_ = embedding_part.embedding_model_
        self.classes_ = np.asarray(tfidf_part.classes_)
        self.threshold_ = float(self.review_threshold)
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities, columns in `classes_` order."""
        check_is_fitted(self, "classes_")
        texts = texts_of(X)
        if self.kind == "tfidf" or (self.kind == "combined" and self.tfidf_weight >= 1.0):
            return self._tfidf_proba(texts)
        embedded = linear_proba(self.embedding_model_, self.embedder_.embed(texts))
        if self.kind == "embeddings":
            return embedded
        return self.tfidf_weight * self._tfidf_proba(texts) + (1 - self.tfidf_weight) * embedded

    def probabilities_by_tfidf_weight(self, X: Any, weights: Sequence[float]) -> dict[float, np.ndarray]:
        """The probabilities this "combined" model gives with each of `weights` as `tfidf_weight` (1.0: the
        n-gram part alone), each text read once by each part."""
        check_is_fitted(self, "classes_")
        if self.kind != "combined":
            raise ValueError(f"only a 'combined' model mixes its parts, this one is {self.kind!r}")
        texts = texts_of(X)
        tfidf = self._tfidf_proba(texts)
        embedded = linear_proba(self.embedding_model_, self.embedder_.embed(texts))
        return {float(weight): weight * tfidf + (1 - weight) * embedded for weight in weights}

    def _tfidf_proba(self, texts: list[str]) -> np.ndarray:
        """`tfidf_model_.predict_proba(texts)`, equal values, with the n-grams counted by an
        `NgramCounter` (built on first use, rebuilt after a refit) and the probabilities by `linear_proba`.
        """
        union, logistic = self.tfidf_model_[0], self.tfidf_model_[-1]
        return linear_proba(logistic, ngram_counter(self, union).transform(texts))

    def __getstate__(self) -> dict[str, Any]:
        """The pickled state, without the serving-time n-gram counter and its memo."""
        state = super().__getstate__()
        state.pop("_ngram_counter", None)
        return state

    def predict(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "classes_")
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    def predict_reasons(
        self,
        texts: Sequence[str],
        langs: Sequence[str | None] | None = None,
        picked: Sequence[str | None] | None = None,
    ) -> list[ReasonPrediction]:
        """Reason, family, confidence, top 3 and review flag for each text.

        `langs` and `picked` (the reasons ticked in the form) are accepted for interface stability with callers
        that know them; this model reads every text the same way (accent-folded n-grams and embeddings).
        """
        if langs is not None and len(langs) != len(texts):
            raise ValueError(f"got {len(texts)} texts but {len(langs)} languages")
        probabilities = self.predict_proba(list(texts))
        top = np.argsort(-probabilities, axis=1)[:, :TOP_K]
        predictions = []
        for text, row, best in zip(texts, probabilities, top, strict=True):
            reason = NO_REASON if told_in_no_words(text) else str(self.classes_[best[0]])
            confidence = 0.0 if read_against_its_words(text, reason) else float(row[best[0]])
            predictions.append(
                ReasonPrediction(
                    reason=reason,
                    family=str(family_of(reason)),
                    confidence=round(confidence, 4),
                    top3=[(str(self.classes_[index]), round(float(row[index]), 4)) for index in best],
                    needs_review=confidence < self.threshold_,
                )
            )
        return predictions

    def use_embedding_model(self, model_path: str) -> None:
        """Point a sentence-transformers embedder at the weights on this machine (called after loading).

        The path must hold the model the classifier was trained with; only its location may differ.
        """
        embedder = getattr(self, "embedder_", None)
        if embedder is not None and embedder.backend == "sentence-transformers":
            embedder.set_params(model_path=model_path)
