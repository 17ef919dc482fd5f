"""`triage retrain`: a reason-classifier challenger that learns from agents' corrections, promoted only
when it is better where it matters and worse nowhere.

Training data: the history's returns (the champion's own training part of the time split), the
training part of the hand-written corpus (as the champion had it; without it a challenger would
forget realistic text) and the returns agents labelled through `POST /feedback` (a corrected reason,
or the predicted one accepted), each row keeping its provenance (`source`, feedback id, when it was
labelled). Evaluation-only texts (the real and blind texts, and every set the run reports on) are left
out of all of it, feedback included: an agent may well have corrected one of them. The newest share of
the feedback (`retrain_recent_fraction`) is held out: the challenger never sees it, and it is the
"recent traffic" both models are scored on, beside the frozen test set (the history's newest
returns, which neither model was fitted on). The challenger is promoted only when its accuracy on
the recent feedback beats the champion's by `retrain_margin`, and neither language loses more than
`retrain_language_tolerance` on either set. The review threshold is re-fitted from the feedback:
the confidence at which the served predictions agents accepted reach the precision target.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import clone

from decisions.policy import load_policy
from features.csv_input import spreadsheet_safe_texts
from features.language import resolve_languages
from features.profile import profile_embedder
from features.schemas import LANGUAGES
from features.store import answer_part
from features.text import ngram_view
from models.reason_classifier import choose_review_threshold
from training.champion import log_reference, tag_reference
from training.corpus import corpus_version, load_corpus, split_calibration
from training.evaluation import headline
from training.reasons import load_blind_texts, load_real_texts, load_reason_frame
from training.reference import reason_reference, reference_requests
from training.risk import load_history_tables
from training.splits import returns_split
from training.tracking import configure_tracking
from triage.registry import (
    CORPUS_VERSION_TAG,
    GENERATED_DATA_TAG,
    artifact_transfers,
    generated_data_record,
    load_champion,
    version_tags,
)
from triage.settings import Settings

REPORT_NAME = "retrain_report.json"
MODEL_ARTIFACT = "model"


def feedback_labels(feedback: pd.DataFrame) -> pd.DataFrame:
    """One labelled row per return agents gave feedback on: text, language, label and provenance.

    `accepted` rows keep the served reason as their label; corrected rows take the agent's reason.
    `served_reason`/`served_confidence` are what the service answered (for the review threshold).
    """
    if feedback.empty:
        return pd.DataFrame(
            columns=["return_id", "text", "lang", "label", "served_reason", "served_confidence", "accepted",
                     "source", "feedback_id", "labelled_at"]
        )  # fmt: skip
    served = [answer_part(response, "reason", "code") for response in feedback["response"]]
    texts = [str(request.get("reason_text") or "") for request in feedback["request"]]
    accepted = feedback["reason_accepted"].astype(bool).to_numpy()
    labels = np.where(accepted, np.asarray(served, dtype=object), feedback["corrected_reason"].to_numpy(dtype=object))
    frame = pd.DataFrame(
        {
            "return_id": feedback["return_id"].to_numpy(),
            "text": texts,
            "lang": resolve_languages(texts, [request.get("lang") for request in feedback["request"]]),
            "label": labels,
            "served_reason": served,
            "served_confidence": [answer_part(response, "reason", "confidence") for response in feedback["response"]],
            "accepted": accepted,
            "source": "feedback",
            "feedback_id": feedback["id"].to_numpy(),
            "labelled_at": pd.to_datetime(feedback["created_at"], utc=True),
        }
    )
    return frame[frame["label"].notna() & frame["served_reason"].notna()].reset_index(drop=True)


def evaluation_only_texts(settings: Settings, evaluation_sets: dict[str, pd.DataFrame]) -> set[str]:
    """The texts no challenger may fit on or be tuned on, as the n-gram models read them (`ngram_view`): the
    real and blind evaluation texts (when on this machine) and every evaluation set of the run."""
    frames = [load_real_texts(settings), load_blind_texts(settings), *evaluation_sets.values()]
    return {ngram_view(text) for frame in frames if frame is not None for text in frame["text"]}


def without_texts(rows: pd.DataFrame, texts: set[str]) -> tuple[pd.DataFrame, int]:
    """`rows` minus those whose `text` is one of `texts` (compared as `ngram_view` reads them); and how many went."""
    listed = rows["text"].map(ngram_view).isin(texts).to_numpy(bool)
    return rows[~listed], int(listed.sum())


def frozen_test(test: pd.DataFrame, evaluation_only: set[str], rows: int | None, seed: int) -> tuple[pd.DataFrame, int]:
    """The frozen test rows both models are judged on: the history's test split minus the evaluation-only texts
    (a `--held-back` file may hold some), then a seeded sample of at most `rows` (None: all); and how many went."""
    kept, left_out = without_texts(test, evaluation_only)
    return (kept if rows is None else kept.sample(n=min(rows, len(kept)), random_state=seed)), left_out


def split_recent(labels: pd.DataFrame, fraction: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The older feedback (for fitting) and the newest `fraction` of it (held out), by labelling time."""
    ordered = labels.sort_values(["labelled_at", "feedback_id"], kind="stable")
    held_out = int(np.ceil(len(ordered) * fraction))
    return ordered.iloc[: len(ordered) - held_out], ordered.iloc[len(ordered) - held_out :]


def refit_review_threshold(labels: pd.DataFrame, precision_target: float, min_rows: int) -> float | None:
    """The confidence above which the served reasons agents accepted reach `precision_target`;
    None with fewer than `min_rows` feedback rows."""
    if len(labels) < min_rows:
        return None
    return choose_review_threshold(
        labels["served_confidence"].to_numpy(float), labels["accepted"].to_numpy(bool), precision_target
    )


def scores(model: Any, rows: pd.DataFrame) -> dict[str, Any]:
    """Macro-F1 and accuracy overall and per language (languages without rows are left out)."""
    predicted = model.predict(rows["text"])
    result: dict[str, Any] = {"overall": headline(rows["label"], predicted)}
    for lang in LANGUAGES:
        mask = (rows["lang"] == lang).to_numpy()
        if mask.any():
            result[lang] = headline(rows["label"][mask], predicted[mask])
    return result


@dataclass(frozen=True)
class Verdict:
    promoted: bool
    reasons: list[str]


@dataclass(frozen=True)
class Gate:
    """What a challenger is judged on: `recent_metric` (overall, on the recent feedback) must improve by the
    margin; no language may lose more than the tolerance on any of `language_metrics` ((evaluation, metric))."""

    recent_metric: str
    language_metrics: tuple[tuple[str, str], ...]
    lower_is_better: bool = False


REASON_GATE = Gate("accuracy", (("recent", "accuracy"), ("frozen_test", "macro_f1")))

# Accuracies are fractions of the rows, whose difference a double misses by an ulp: 41/50 - 40/50 is
# 0.01999999999999996, which a strict comparison refused as "gain +0.020 is below the margin 0.02".
ROUNDING_SLACK = 1e-9


def judge(comparison: dict[str, dict[str, Any]], margin: float, tolerance: float, gate: Gate = REASON_GATE) -> Verdict:
    """Promote when the challenger gains at least `margin` on the recent feedback and no language loses
    more than `tolerance` (for the reason model: accuracy on the recent feedback, macro-F1 on the frozen
    test set)."""
    champion, challenger = comparison["champion"], comparison["challenger"]
    sign = -1.0 if gate.lower_is_better else 1.0

    def gain(evaluation: str, slice_name: str, metric: str) -> float:
        return sign * (challenger[evaluation][slice_name][metric] - champion[evaluation][slice_name][metric])

    metric = gate.recent_metric
    recent_gain = gain("recent", "overall", metric)
    blockers = []
    if recent_gain < margin - ROUNDING_SLACK:
        blockers.append(f"recent-feedback {metric} gain {recent_gain:+.3f} is below the margin {margin}")
    for evaluation, language_metric in gate.language_metrics:
        for lang in LANGUAGES:
            if lang in champion[evaluation] and lang in challenger[evaluation]:
                change = gain(evaluation, lang, language_metric)
                if change < -tolerance - ROUNDING_SLACK:
                    blockers.append(
                        f"{evaluation} {language_metric} in {lang} worse by {-change:.3f} (tolerance {tolerance})"
                    )
    if blockers:
        return Verdict(promoted=False, reasons=blockers)
    return Verdict(
        promoted=True,
        reasons=[f"recent-feedback {metric} {recent_gain:+.3f} (margin {margin}); no language worse by more than "
                 f"{tolerance}"],
    )  # fmt: skip


@dataclass(frozen=True)
class RetrainResult:
    report: dict[str, Any]
    report_path: Path


def retrain_reasons(
    settings: Settings,
    feedback: pd.DataFrame,
    history_rows: int | None = None,
    frozen_rows: int | None = None,
    evaluation_sets: dict[str, pd.DataFrame] | None = None,
) -> RetrainResult:
    """Fit a challenger on history + older feedback, compare it with the champion, register it and
    move the champion alias only when `judge` says so.

    Args:
        feedback: `features.store.read_feedback` rows (all of them).
        history_rows: fit on at most the newest this many history rows (None: all of the champion's
            training part), e.g. for a quick run.
        frozen_rows: score on a seeded sample of at most this many frozen-test rows (None: all).
        evaluation_sets: optional extra evaluation rows (`text`, `lang`, `label`) by name, reported for
            both models, never fitted on nor used to decide (e.g. the shifted texts a demonstration kept
            back, or the real and blind evaluation texts).
    """

    started = time.perf_counter()
    champion = load_champion(settings, settings.reason_model_name)
    evaluation_sets = evaluation_sets or {}
    evaluation_only = evaluation_only_texts(settings, evaluation_sets)
    labels, feedback_left_out = without_texts(feedback_labels(feedback), evaluation_only)
    if len(labels) < settings.monitor_min_feedback:
        raise ValueError(
            f"{len(labels)} feedback-labelled returns; at least {settings.monitor_min_feedback} are needed to retrain"
        )
    older, recent = split_recent(labels, settings.retrain_recent_fraction)
    history = load_reason_frame(settings)
    split = returns_split(history, settings)
    seen = pd.concat([split.train, split.validation])
    if history_rows is not None:
        seen = seen.sort_values("request_ts", kind="stable").tail(history_rows)
    corpus, _ = split_calibration(load_corpus(settings.corpus_dir), settings.reason_calibration_fraction)
    corpus_versions = {
        "champion": version_tags(settings, settings.reason_model_name, champion.version).get(CORPUS_VERSION_TAG),
        "challenger": corpus_version(corpus),
    }
    columns = ["return_id", "text", "lang", "label", "source", "feedback_id", "labelled_at"]
    training, training_left_out = without_texts(
        pd.concat(
            [
                seen.assign(source="history", feedback_id=pd.NA, labelled_at=pd.NaT)[columns],
                corpus.rename(columns={"id": "return_id"}).assign(
                    source="corpus", feedback_id=pd.NA, labelled_at=pd.NaT
                )[columns],
                older[columns],
            ],
            ignore_index=True,
        ),
        evaluation_only,
    )
    threshold = refit_review_threshold(labels, settings.review_precision_target, settings.monitor_min_feedback)
    challenger = clone(champion.model)
    if getattr(champion.model, "embedder_", None) is not None:
        challenger.set_params(embedder=champion.model.embedder_)  # one embedding cache for both models
    if threshold is not None:
        challenger.set_params(review_threshold=threshold)
    challenger.fit(training["text"], training["label"])

    frozen, frozen_left_out = frozen_test(split.test, evaluation_only, frozen_rows, settings.seed)
    evaluations = {"frozen_test": frozen, "recent": recent, **evaluation_sets}
    comparison = {
        who: {name: scores(model, rows) for name, rows in evaluations.items()}
        for who, model in (("champion", champion.model), ("challenger", challenger))
    }
    verdict = judge(comparison, settings.retrain_margin, settings.retrain_language_tolerance)
    report: dict[str, Any] = {
        "model_name": settings.reason_model_name,
        "champion_version": champion.version,
        "training_rows": training["source"].value_counts().to_dict(),
        "recent_feedback_rows": len(recent),
        "evaluation_texts_left_out": {
            "feedback": feedback_left_out,
            "history_and_corpus": training_left_out + frozen_left_out,
        },
        "feedback_labelled_from": str(labels["labelled_at"].min()),
        "feedback_labelled_to": str(labels["labelled_at"].max()),
        "review_threshold": {"champion": float(champion.model.threshold_), "refit_from_feedback": threshold},
        "corpus_version": corpus_versions,
        "notes": corpus_notes(corpus_versions),
        "comparison": comparison,
        "margin": settings.retrain_margin,
        "language_tolerance": settings.retrain_language_tolerance,
        "promoted": verdict.promoted,
        "reasons": verdict.reasons,
    }
    tables = load_history_tables(settings.sample_data_dir)
    requests = reference_requests(tables, split.test["return_id"], settings.monitor_reference_rows, settings.seed)

    def reference() -> pd.DataFrame:
        embedder = getattr(challenger, "embedder_", None) or profile_embedder(
            settings.embedding_batch_size, settings.torch_threads
        )
        return reason_reference(challenger, requests, tables, embedder, load_policy(settings.policy_path))

    return publish_challenger(
        settings,
        settings.reason_model_name,
        challenger,
        report,
        training.drop(columns=["text"]),
        reference,
        REPORT_NAME,
        started,
        version_tags={CORPUS_VERSION_TAG: corpus_versions["challenger"]},
    )


def corpus_notes(versions: dict[str, str | None]) -> list[str]:
    """What the comparison cannot separate: the challenger always fits today's corpus training slice, so when
    the champion was fitted on another (or an unrecorded) corpus, its gain mixes that change with the feedback."""
    if versions["champion"] == versions["challenger"]:
        return []
    before = versions["champion"] or "not recorded"
    return [
        f"the corpus changed since the champion was trained (champion {before}, challenger {versions['challenger']}; "
        "rows:hash): the challenger's gain mixes the corpus change with the agents' corrections"
    ]


def write_provenance(provenance: pd.DataFrame, path: Path) -> None:
    """The training rows' provenance as a CSV, its text cells `spreadsheet_safe`: a return id is the client's (the API
    takes "=HYPERLINK(...)" as one), and the file is read in a spreadsheet, where such an id ran as a formula."""
    spreadsheet_safe_texts(provenance).to_csv(path, index=False)


def publish_challenger(
    settings: Settings,
    model_name: str,
    challenger: Any,
    report: dict[str, Any],
    provenance: pd.DataFrame,
    reference: Callable[[], pd.DataFrame],
    report_name: str,
    started: float,
    version_tags: dict[str, str] | None = None,
) -> RetrainResult:
    """Log a judged challenger to MLflow (comparison, training rows' provenance, monitoring reference, model, and the
    champion's record of whether it was fitted on the generated sample), register it with `version_tags`, give it the
    champion alias when `report["promoted"]`, and write the report (`report_name`, in the run's folder and as the
    newest report of its kind)."""
    import mlflow

    configure_tracking(settings)
    # read before the challenger may take the champion alias: a shop's champion's successor is a shop's too, and
    # without the record the generated sample stood in for the empty history store again
    fitted_on = generated_data_record(settings, model_name)
    with mlflow.start_run(run_name=f"retrain-{model_name}") as run:
        if fitted_on is not None:
            mlflow.set_tag(GENERATED_DATA_TAG, fitted_on)
        run_dir = settings.reports_dir / "retrain" / run.info.run_id
        run_dir.mkdir(parents=True, exist_ok=True)
        # Provenance without the texts: which rows came from feedback, which feedback, labelled when.
        write_provenance(provenance, run_dir / "training_rows.csv")
        mlflow.log_params({"champion_version": report["champion_version"], "margin": report["margin"]})
        mlflow.log_metrics(_flat(report["comparison"]))
        with artifact_transfers(settings):
            mlflow.log_artifact(str(run_dir / "training_rows.csv"), artifact_path="evaluation")
            log_reference(reference(), run_dir)
        version = _register(settings, model_name, challenger, run.info.run_id, report["promoted"], version_tags or {})
        report["challenger_version"] = version
        report["run_id"] = run.info.run_id
        report["seconds"] = round(time.perf_counter() - started, 1)
        text = json.dumps(report, indent=2, default=str)
        (run_dir / report_name).write_text(text, encoding="utf-8")
        (settings.reports_dir / report_name).write_text(text, encoding="utf-8")
        with artifact_transfers(settings):
            mlflow.log_artifact(str(run_dir / report_name), artifact_path="evaluation")
        mlflow.set_tags({"promoted": str(report["promoted"]), "gate_note": "; ".join(report["reasons"])})
    return RetrainResult(report=report, report_path=run_dir / report_name)


def _flat(comparison: dict[str, dict[str, Any]]) -> dict[str, float]:
    return {
        f"{who}.{evaluation}.{slice_name}.{metric}": value
        for who, evaluations in comparison.items()
        for evaluation, slices in evaluations.items()
        for slice_name, figures in slices.items()
        for metric, value in figures.items()
        if metric != "n" and value is not None
    }


def _register(settings: Settings, model_name: str, model: Any, run_id: str, promote: bool, tags: dict[str, str]) -> str:
    """Log and register the challenger (its reference is logged already) with `tags`; give it the champion alias
    if `promote`."""
    import mlflow
    import mlflow.sklearn

    with artifact_transfers(settings):
        mlflow.sklearn.log_model(
            model, name=MODEL_ARTIFACT, serialization_format="pickle", pip_requirements=["scikit-learn"]
        )
    registered = mlflow.register_model(f"runs:/{run_id}/{MODEL_ARTIFACT}", model_name)
    client = mlflow.MlflowClient(tracking_uri=settings.tracking_uri, registry_uri=settings.tracking_uri)
    tag_reference(client, model_name, str(registered.version), run_id)
    for key, value in {**tags, "promoted": str(promote)}.items():
        client.set_model_version_tag(model_name, registered.version, key, value)
    if promote:
        client.set_registered_model_alias(model_name, settings.champion_alias, registered.version)
    return str(registered.version)
