"""`triage retrain` for the abuse-risk model: a challenger that learns from warehouse inspections agents
recorded, judged like the reason challenger (`training.retrain`).

Training data: the point-in-time risk features of every return in the history store (the sample
history plus the served returns, whose `confirmed_abuse` the inspection outcomes of `POST /feedback`
set), minus the frozen test set and the newest inspected returns. Each row keeps its provenance:
`history`, or `feedback` with the feedback id and when it was labelled. The newest share of the
inspected returns (`retrain_recent_fraction`) is held out as recent traffic; the frozen test set is
the newest part of the returns nobody gave feedback on. Both models are scored by the Brier score
(a proper score for the probabilities the policy's bands cut; defined even when a slice holds no
abuse), overall and per language; the challenger is promoted when its recent Brier score is lower by
`retrain_risk_margin` and no language is worse by more than `retrain_risk_language_tolerance` on
either set.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.metrics import brier_score_loss, roc_auc_score

from decisions.policy import load_policy
from features.history import FEATURE_COLUMNS
from features.schemas import LANGUAGES
from training.reference import reference_requests, risk_reference
from training.retrain import Gate, RetrainResult, judge, publish_challenger, split_recent
from training.risk import REPLAYED_READING, build_risk_frame
from training.splits import returns_split
from triage.registry import load_champion
from triage.settings import Settings

REPORT_NAME = "risk_retrain_report.json"
RISK_GATE = Gate("brier", (("recent", "brier"), ("frozen_test", "brier")), lower_is_better=True)


def inspection_labels(feedback: pd.DataFrame) -> pd.DataFrame:
    """The returns agents recorded an inspection outcome for, with provenance (newest record per return)."""
    inspected = feedback[feedback["inspection_outcome"].notna()]
    return pd.DataFrame(
        {
            "return_id": inspected["return_id"].to_numpy(),
            "inspection_outcome": inspected["inspection_outcome"].to_numpy(),
            "source": "feedback",
            "feedback_id": inspected["id"].to_numpy(),
            "labelled_at": pd.to_datetime(inspected["created_at"], utc=True).to_numpy(),
        }
    ).drop_duplicates("return_id", keep="last")


def risk_scores(model: Any, rows: pd.DataFrame) -> dict[str, Any]:
    """Brier score (and ROC-AUC where both classes occur) overall and per language with rows."""
    scores = model.score_abuse(rows)
    abuse = rows["abuse"].to_numpy(bool)
    langs = rows["lang"].to_numpy()

    def figures(mask: np.ndarray) -> dict[str, Any]:
        both = abuse[mask].any() and not abuse[mask].all()
        return {
            "brier": float(brier_score_loss(abuse[mask], scores[mask], pos_label=True)),
            "roc_auc": float(roc_auc_score(abuse[mask], scores[mask])) if both else None,
            "abuse_rate": float(abuse[mask].mean()),
            "n": int(mask.sum()),
        }

    result = {"overall": figures(np.ones(len(rows), dtype=bool))}
    for lang in LANGUAGES:
        if (langs == lang).any():
            result[lang] = figures(langs == lang)
    return result


def retrain_risk(
    settings: Settings,
    tables: dict[str, pd.DataFrame],
    feedback: pd.DataFrame,
    history_rows: int | None = None,
    frozen_rows: int | None = None,
) -> RetrainResult:
    """Fit a risk challenger on the history store's returns (with agents' inspections), compare it with
    the champion, register it and move the champion alias only when `judge` says so (see the module
    docstring).

    Args:
        tables: the history store's tables (customers, orders, line_items, returns), feedback applied.
        feedback: `features.store.read_feedback` rows (all of them).
        history_rows: fit on at most the newest this many rows without feedback (None: all).
        frozen_rows: score on a seeded sample of at most this many frozen-test rows (None: all).

    Raises:
        ValueError: fewer inspected returns than `monitor_min_feedback`.
    """
    started = time.perf_counter()
    champion = load_champion(settings, settings.risk_model_name)
    labels = inspection_labels(feedback)
    if len(labels) < settings.monitor_min_feedback:
        raise ValueError(
            f"{len(labels)} returns with an inspection outcome from agents; at least "
            f"{settings.monitor_min_feedback} are needed to retrain the risk model"
        )
    older, recent = split_recent(labels, settings.retrain_recent_fraction)
    policy = load_policy(settings.policy_path)
    frame = build_risk_frame(tables, policy, settings.seed)
    frame["lang"] = tables["returns"].set_index("return_id").loc[frame["return_id"], "lang"].to_numpy()
    inspected = frame["return_id"].isin(set(labels["return_id"]))
    split = returns_split(frame[~inspected], settings)
    seen = pd.concat([split.train, split.validation]).sort_values("request_ts", kind="stable")
    if history_rows is not None:
        seen = seen.tail(history_rows)
    from_feedback = frame.merge(older[["return_id", "source", "feedback_id", "labelled_at"]], on="return_id")
    training = pd.concat(
        [seen.assign(source="history", feedback_id=pd.NA, labelled_at=pd.NaT), from_feedback], ignore_index=True
    )
    challenger = clone(champion.model).fit(training[list(FEATURE_COLUMNS)], training["abuse"])
    frozen = (
        split.test
        if frozen_rows is None
        else split.test.sample(n=min(frozen_rows, len(split.test)), random_state=settings.seed)
    )
    evaluations = {"frozen_test": frozen, "recent": frame[frame["return_id"].isin(set(recent["return_id"]))]}
    comparison = {
        who: {name: risk_scores(model, rows) for name, rows in evaluations.items()}
        for who, model in (("champion", champion.model), ("challenger", challenger))
    }
    verdict = judge(comparison, settings.retrain_risk_margin, settings.retrain_risk_language_tolerance, RISK_GATE)
    report: dict[str, Any] = {
        "model_name": settings.risk_model_name,
        "champion_version": champion.version,
        "training_rows": training["source"].value_counts().to_dict(),
        "recent_feedback_rows": len(evaluations["recent"]),
        "feedback_labelled_from": str(labels["labelled_at"].min()),
        "feedback_labelled_to": str(labels["labelled_at"].max()),
        "comparison": comparison,
        "margin": settings.retrain_risk_margin,
        "language_tolerance": settings.retrain_risk_language_tolerance,
        "promoted": verdict.promoted,
        "reasons": verdict.reasons,
    }
    test = split.test

    def reference() -> pd.DataFrame:
        requests = reference_requests(tables, test["return_id"], settings.monitor_reference_rows, settings.seed)
        requests = requests.merge(test[["return_id", *REPLAYED_READING]], on="return_id")
        return risk_reference(challenger, requests, tables, policy)

    provenance = training[["return_id", "source", "feedback_id", "labelled_at", "abuse"]]
    return publish_challenger(
        settings, settings.risk_model_name, challenger, report, provenance, reference, REPORT_NAME, started
    )
