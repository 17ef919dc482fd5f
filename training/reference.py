"""The reference sample each registered model version carries for monitoring.

A sample of the version's test requests (never trained on by that fit), profiled with
`features.profile.request_profile` as live traffic will be, plus the sentence embedding of each text
and what the model answered: monitoring compares the serving champion's sample with a window of
live requests. It is logged to the training run (`triage.registry.REFERENCE_ARTIFACT_DIR`) and the
registered version is tagged with its location.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from decisions.assembler import Assembler
from decisions.assessments import assess_requests
from decisions.policy import Policy
from decisions.reason_mismatch import reason_mismatches, ticked_codes
from features.embeddings import SentenceEmbedder
from features.history import history_summaries, paid_prices, requests_from_returns, risk_features
from features.profile import prediction_columns, request_profile, sample_rows, with_embeddings
from training.policy_simulation import replay_cases


def reference_requests(tables: Mapping[str, pd.DataFrame], return_ids: pd.Series, rows: int, seed: int) -> pd.DataFrame:
    """At most `rows` of the history's return requests with these ids, as request rows."""
    requests = requests_from_returns(dict(tables))
    chosen = requests[requests["return_id"].isin(set(return_ids))].reset_index(drop=True)
    return sample_rows(chosen, rows, seed).reset_index(drop=True)


def reason_reference(
    model: Any,
    requests: pd.DataFrame,
    tables: Mapping[str, pd.DataFrame],
    embedder: SentenceEmbedder,
    policy: Policy,
) -> pd.DataFrame:
    """Profile, embedding and the reason classifier's answers for each request, each read with the reason
    ticked in its form (`form_reason_code`) as served, and the policy's decision without a risk score.

    The service decides without risk when no risk champion serves; a window answered so is compared with
    this `decision` (with one, monitoring takes the risk champion's reference's instead).
    """
    texts = requests["reason_text"].fillna("").astype(str).tolist()
    ticked = ticked_codes(requests["form_reason_code"])
    predictions = model.predict_reasons(texts, requests["lang"].tolist(), ticked)
    decided = assess_requests(
        requests,
        paid_prices(requests).tolist(),
        texts,
        predictions,
        dict(tables),
        None,
        policy,
        reason_mismatches(ticked, predictions),
        ticked=ticked,
    )
    profile = request_profile(requests, tables).assign(
        **prediction_columns(
            reasons=[p.reason for p in predictions],
            confidences=[p.confidence for p in predictions],
            needs_review=[p.needs_review for p in predictions],
            decisions=decided["decision"].tolist(),
        )
    )
    return with_embeddings(profile, np.asarray(embedder.embed(texts)))


def risk_reference(
    model: Any, requests: pd.DataFrame, tables: Mapping[str, pd.DataFrame], policy: Policy
) -> pd.DataFrame:
    """Profile, risk score and policy decision for each request.

    `requests` carry the reason the risk training used (`reason`, `reason_family`,
    `reason_confidence`, out of fold, and what it gives the ticked reason: `ticked_reason`,
    `ticked_probability`), so the decision is the one that reason, the tick and the score lead to.
    """
    features = risk_features(requests, tables, policy.quota_rule()).reset_index(drop=True)
    scores = model.score_abuse(features)
    # The replay's cases: the price paid is the risk features' (after discount), as replayed and served.
    cases = replay_cases(requests.reset_index(drop=True).assign(item_price=features["item_price"]))
    assessments = Assembler(policy).assemble(
        cases, history_summaries(features), risk_scores=[float(score) for score in scores]
    )
    decisions = [assessment.decision.code.value for assessment in assessments]
    return request_profile(requests, tables).assign(**prediction_columns(risk_scores=scores, decisions=decisions))
