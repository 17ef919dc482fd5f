"""Shared builders for the reply tests: tiny embedders, a small history of past replies, facts per decision.

Kept out of conftest.py so the reply tests import only what they use; pytest puts `tests/` on the
path because `tests/conftest.py` sits there without an `__init__.py`.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import HashingVectorizer

from features.embeddings import SentenceEmbedder
from models.reply_drafter import REFUND_DECISIONS, RETURN_DECISIONS, ReplyCase, ReplyFacts, Style, compose

STATUS_URL = "https://shop.example/returns/status"
PLANTED_NAME = "Zephyrine"


class HashingEmbedder(TransformerMixin, BaseEstimator):
    """A fast stand-in for the sentence embedder in unit tests: L2-normalised character n-gram hashes."""

    def __init__(self, n_features: int = 512) -> None:
        self.n_features = n_features

    def fit(self, texts: object = None, y: object = None) -> HashingEmbedder:
        self.vectorizer_ = HashingVectorizer(n_features=self.n_features, analyzer="char_wb", ngram_range=(2, 4))
        return self

    def transform(self, texts: list[str]) -> np.ndarray:
        return self.vectorizer_.transform(list(texts)).toarray().astype(np.float32)


class _HashingModel:
    """Stands in for a loaded sentence-embedding model: `encode` gives character n-gram hashes."""

    def __init__(self) -> None:
        self.vectorizer = HashingVectorizer(n_features=256, analyzer="char_wb", ngram_range=(2, 4))

    def encode(self, batch: list[str]) -> np.ndarray:
        return self.vectorizer.transform(batch).toarray()


class HashedSentenceEmbedder(SentenceEmbedder):
    """The real `SentenceEmbedder` (per-text cache, batching, `source`) with no weights to load: its
    model is `_HashingModel`, so tests can count model calls without loading USE v3 or MiniLM."""

    def _load(self) -> _HashingModel:
        return _HashingModel()


def count_model_calls(monkeypatch: pytest.MonkeyPatch, embedder: SentenceEmbedder) -> list[int]:
    """Record the batch size of every model call `embedder` makes from now on (cached texts make none)."""
    calls: list[int] = []
    encode = embedder._encode

    def counted(batch: list[str]) -> np.ndarray:
        calls.append(len(batch))
        return encode(batch)

    monkeypatch.setattr(embedder, "_encode", counted)
    return calls


def facts_for(decision: str, *, exchange: bool = False, currency: str = "EUR", size: str = "L") -> ReplyFacts:
    """Facts of one decision as `decisions.replies.reply_facts` would state them (fixed dates)."""
    refunds = decision in REFUND_DECISIONS
    sends_back = decision in RETURN_DECISIONS
    return ReplyFacts(
        decision=decision,
        currency=currency,
        status_url=STATUS_URL,
        refund_amount={"free_return": 59.90, "paid_return": 55.95, "keep_item": 9.50}.get(decision),
        refund_from=date(2026, 12, 2) if refunds else None,
        refund_to=date(2026, 12, 9) if refunds else None,
        label_fee=3.95 if decision == "paid_return" else 0.0,
        free_label=decision == "free_return",
        exchange_offered=exchange and sends_back,
        suggested_size=size if exchange and sends_back else None,
        return_by=date(2026, 12, 11) if sends_back else None,
        review_by=date(2026, 12, 1) if decision == "manual_review" else None,
        clause_key={"reject": "outside_window", "paid_return": "quota_used"}.get(decision),
        clause_values={"window_days": 30, "window_end": date(2026, 11, 20)} if decision == "reject" else {},
        alternative_key="dispute" if decision == "reject" else None,
    )


_TEXTS = {
    ("en", "too_small"): ["way too tight around the chest", "could not zip it up, tiny", "runs small, need bigger"],
    ("en", "defective"): ["stopped working after a day", "it does not switch on", "broken motor, no power"],
    ("en", "no_longer_needed"): ["changed my mind", "found it cheaper elsewhere", "ordered two, keeping one"],
    ("fr", "too_small"): ["beaucoup trop serré", "impossible de le fermer", "taille petit, il faut plus grand"],
    ("fr", "defective"): ["ne marche plus du tout", "ne s'allume pas", "le moteur est mort"],
    ("fr", "no_longer_needed"): ["j'ai changé d'avis", "trouvé moins cher ailleurs", "commandé deux, j'en garde un"],
}
_OUTCOMES = {"too_small": ("free_return", "refund"), "defective": ("free_return", "refund"),
             "no_longer_needed": ("paid_return", "refund")}  # fmt: skip


def small_history(worked_style: Style, failed_style: Style) -> pd.DataFrame:
    """A few dozen past returns: replies that worked use `worked_style`, those that did not use
    `failed_style`. One customer, named PLANTED_NAME, is greeted by name in every one of her replies."""
    rows = []
    for (lang, reason), texts in _TEXTS.items():
        decision, resolution = _OUTCOMES[reason]
        for index, text in enumerate(texts * 2):
            worked = index % 2 == 0
            name = PLANTED_NAME if index == 0 else ("Anna" if lang == "en" else "Chloé")
            case = ReplyCase(text, lang, reason, "Old Product", "dresses", first_name=name, order_id="O1234567")
            _, body = compose(case, facts_for(decision), worked_style if worked else failed_style)
            rows.append(
                {
                    "return_id": f"R{len(rows):07d}",
                    "reason_text": text,
                    "lang": lang,
                    "label": reason,
                    "resolution": resolution,
                    "agent_reply": body + f"\nOrder O{len(rows):07d}",
                    "contacted_again": not worked,
                    "first_name": name,
                }
            )
    return pd.DataFrame(rows)
