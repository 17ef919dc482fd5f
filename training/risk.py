"""Train, evaluate and register the abuse-risk model (`triage train risk`).

Steps: history tables → out-of-fold reason predictions for every historical return → point-in-time
risk features → time split (train on older returns, test on the newest) → fit the calibrated
`RiskModel` → evaluate against a rules-only baseline at the same review rate → MLflow run →
register `returns-abuse-risk` through the shared champion gate (score: minus expected cost per return).

Reason predictions for training rows: the risk model uses the predicted reason family and its
confidence. Scoring the historical returns with the champion reason classifier would be in-sample
for most of them (it was trained on these texts), so its confidence would look better than it is
on new requests. Instead each return gets an out-of-fold prediction from a cheap character
n-gram TF-IDF + logistic regression model (3 folds), which is honest about confidence but less
accurate than the champion that serves live requests; that shift is a known limitation.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from rich.table import Table
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline

from decisions.policy import CostModel, Policy, load_policy
from decisions.reason_mismatch import ticked_codes
from features.history import FEATURE_COLUMNS, no_history, requests_from_returns, risk_features
from features.schemas import TABLES
from features.tables import read_table
from features.taxonomy import family_of
from models.risk_model import RiskModel
from training.champion import TrainingResult, gate_verdict, publish_and_gate
from training.reference import reference_requests, risk_reference
from training.splits import returns_split
from training.tracking import configure_tracking, log_run_metadata
from triage.settings import Settings

MODEL_ARTIFACT = "risk_model"
REPORT_NAME = "risk_report.json"
FRAME_NAME = "risk_frame.parquet"
REVIEW_RATE = 0.05
# The frame's out-of-fold reading of each return's text, and what it gives the reason ticked in the form.
REPLAYED_READING = ("reason", "reason_family", "reason_confidence", "ticked_reason", "ticked_probability")


def load_history_tables(data_dir: Path) -> dict[str, pd.DataFrame]:
    """The four history tables (customers, orders, line_items, returns) from the sample-data folder."""
    return {name: read_table(name, data_dir) for name in TABLES}


def out_of_fold_reasons(
    texts: pd.Series, labels: pd.Series, ticked: Sequence[str | None], seed: int, folds: int = 3
) -> pd.DataFrame:
    """Predicted reason, family and confidence for each text from a model that never saw it, and the
    probability it gives the reason ticked in the form (`ticked_probability`, NaN where none was ticked):
    the policy simulation checks the ticked reason against the written one with it, as the service does.

    A character n-gram TF-IDF + logistic regression, fitted `folds` times; cheap enough for 20k texts.
    """
    model = make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=3, max_features=60000, sublinear_tf=True),
        LogisticRegression(C=4.0, max_iter=400),
    )
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    text = texts.fillna("").astype(str).str.lower()
    probabilities = cross_val_predict(model, text, labels, cv=splitter, method="predict_proba")
    classes = np.unique(labels)
    best = probabilities.argmax(axis=1)
    reasons = classes[best]
    column = {code: index for index, code in enumerate(classes)}
    # A ticked code no fold's model knows gets no probability from the written reading.
    ticked_probability = [
        np.nan if code is None else (probabilities[row, column[code]] if code in column else 0.0)
        for row, code in enumerate(ticked)
    ]
    return pd.DataFrame(
        {
            "reason": reasons,
            "reason_family": [family_of(code).value for code in reasons],
            "reason_confidence": probabilities[np.arange(len(best)), best],
            "ticked_probability": ticked_probability,
        },
        index=texts.index,
    )


def build_risk_frame(tables: dict[str, pd.DataFrame], policy: Policy, seed: int) -> pd.DataFrame:
    """One row per historical return: ids, request time, predicted reason, features and the abuse label."""
    requests = requests_from_returns(tables)
    # The reason ticked in the form, read as a served request's `reason_code` is (`decisions.reason_mismatch`).
    ticked = ticked_codes(requests["form_reason_code"])
    predicted = out_of_fold_reasons(requests["reason_text"], requests["label"], ticked, seed)
    requests = requests.join(predicted).assign(ticked_reason=ticked)
    features = risk_features(requests, tables, policy.quota_rule()).drop(columns=["reason_family"])
    keep = ["return_id", "customer_id", "request_ts", "delivery_ts", "currency", "label", "reason", "reason_family",
            "reason_text", "ticked_reason", "ticked_probability"]  # fmt: skip
    frame = pd.concat([requests[[*keep, "reason_confidence"]], features], axis=1)
    frame["abuse"] = requests["confirmed_abuse"].astype(bool).to_numpy()
    return frame


def baseline_scores(features: pd.DataFrame) -> np.ndarray:
    """Rules-only baseline: rank by returns in the last 90 days (ties broken by the yearly count).

    Reviewing the top k of this ranking is the rule "more than N returns in 90 days" with N set so
    that the same share of returns goes to review as for the model.
    """
    return features["returns_last_90d"].to_numpy(float) + features["returns_last_365d"].to_numpy(float) / 1000


def review_mask(scores: np.ndarray, review_rate: float) -> np.ndarray:
    """Send the `review_rate` share of highest-scoring returns to review (stable on ties)."""
    count = int(np.ceil(review_rate * len(scores)))
    mask = np.zeros(len(scores), dtype=bool)
    mask[np.argsort(-scores, kind="stable")[:count]] = True
    return mask


def expected_cost(abuse: np.ndarray, reviewed: np.ndarray, cost: CostModel, caught: np.ndarray | None = None) -> float:
    """Average cost per return: missed abuse, friction for honest customers sent to review, agent time.

    `caught`: returns that stop abuse (default: the reviewed ones; a policy also rejects some).
    """
    missed = np.sum(abuse & ~(reviewed if caught is None else caught)) * cost.missed_abuse_cost
    friction = np.sum(~abuse & reviewed) * cost.honest_review_cost
    handling = np.sum(reviewed) * cost.review_handling_cost
    return float((missed + friction + handling) / len(abuse))


def evaluate_scores(
    abuse: np.ndarray, scores: np.ndarray, cost: CostModel, review_rate: float, probabilities: bool
) -> dict[str, float | None]:
    """Ranking quality, recall at the review rate, expected cost and (for probabilities) Brier score."""
    reviewed = review_mask(scores, review_rate)
    return {
        "roc_auc": float(roc_auc_score(abuse, scores)),
        "pr_auc": float(average_precision_score(abuse, scores)),
        "recall_at_review": float(abuse[reviewed].sum() / max(abuse.sum(), 1)),
        "precision_at_review": float(abuse[reviewed].mean()),
        "cost_per_return": expected_cost(abuse, reviewed, cost),
        "brier": float(brier_score_loss(abuse, scores)) if probabilities else None,
    }


def calibration_table(abuse: np.ndarray, scores: np.ndarray, bins: int = 10) -> list[dict[str, float]]:
    """Mean predicted vs observed abuse rate per score decile (a reliability table)."""
    ranks = pd.qcut(pd.Series(scores).rank(method="first"), bins, labels=False)
    table = pd.DataFrame({"bin": ranks, "score": scores, "abuse": abuse}).groupby("bin")
    return [
        {"mean_score": float(group["score"].mean()), "abuse_rate": float(group["abuse"].mean()), "rows": len(group)}
        for _, group in table
    ]


def history_groups(abuse: np.ndarray, scores: np.ndarray, cold: np.ndarray) -> dict[str, dict[str, Any]]:
    """Ranking and calibration for customers with history and without (`features.history.no_history`).

    A score means the same for both groups only if each is calibrated on its own: the mean score
    should match the observed abuse rate within each group, not only overall.
    """
    groups = {}
    for name, members in (("with_history", ~cold), ("no_history", cold)):
        truth, score = abuse[members], scores[members]
        both_classes = 0 < truth.sum() < len(truth)
        groups[name] = {
            "rows": int(members.sum()),
            "abuse_rate": float(truth.mean()) if len(truth) else None,
            "mean_score": float(score.mean()) if len(truth) else None,
            "roc_auc": float(roc_auc_score(truth, score)) if both_classes else None,
            "brier": float(brier_score_loss(truth, score)) if len(truth) else None,
            "calibration": calibration_table(truth, score, bins=5) if len(truth) >= 5 else [],
        }
    return groups


def evaluate(model: RiskModel, test: pd.DataFrame, cost: CostModel, review_rate: float = REVIEW_RATE) -> dict[str, Any]:
    """Model vs rules-only baseline on the same test rows."""
    abuse = test["abuse"].to_numpy(bool)
    scores = model.score_abuse(test)
    baseline = baseline_scores(test)
    flagged = test.loc[review_mask(baseline, review_rate), "returns_last_90d"]
    return {
        "rows": len(test),
        "abuse_rate": float(abuse.mean()),
        "review_rate": review_rate,
        "cost_model": cost.model_dump(),
        "cost_without_review": expected_cost(abuse, np.zeros_like(abuse), cost),
        "model": evaluate_scores(abuse, scores, cost, review_rate, probabilities=True),
        "baseline": {
            **evaluate_scores(abuse, baseline, cost, review_rate, probabilities=False),
            "rule": f"returns_last_90d >= {int(flagged.min())} (top {review_rate:.0%})",
        },
        "calibration": calibration_table(abuse, scores),
        "history_groups": history_groups(abuse, scores, no_history(test)),
    }


def train_risk(settings: Settings, data_dir: Path | None = None, log: Any = print) -> TrainingResult:
    """Build the frame, fit on older returns, evaluate on the newest, log to MLflow and gate the champion.

    Also writes `risk_frame.parquet` (features of every historical return, with ids and predicted
    reasons) and `risk_report.json` to the reports folder: the policy simulation replays that frame.
    """
    import mlflow  # deferred: importing mlflow costs seconds (benchmarks/README.md), `triage --help` should not

    started = time.perf_counter()
    policy = load_policy(settings.policy_path)
    configure_tracking(settings)
    log("loading history tables")
    tables = load_history_tables(data_dir or settings.sample_data_dir)
    log(f"predicting reasons out of fold and computing point-in-time features for {len(tables['returns'])} returns")
    frame = build_risk_frame(tables, policy, settings.seed)
    split = returns_split(frame, settings)
    train = pd.concat([split.train, split.validation], ignore_index=True)
    log(f"fitting on {len(train)} older returns, testing on {len(split.test)} newest")
    model = RiskModel(random_state=settings.seed).fit(train[list(FEATURE_COLUMNS)], train["abuse"])
    report = evaluate(model, split.test, policy.cost_model)
    report["train_rows"] = len(train)
    report["train_seconds"] = round(time.perf_counter() - started, 1)
    report["policy_version"] = policy.version
    report["test_start"] = str(split.test["request_ts"].min())
    report["history_dir"] = str(data_dir or settings.sample_data_dir)  # the simulation replays this history

    with mlflow.start_run(run_name="risk") as run:
        log_run_metadata(frame[list(FEATURE_COLUMNS)], "risk_features", str(data_dir or settings.sample_data_dir))
        mlflow.log_params(
            {
                **{key: value for key, value in model.get_params().items()},
                "review_rate": REVIEW_RATE,
                "policy_version": policy.version,
                **{f"cost_{key}": value for key, value in policy.cost_model.model_dump().items()},
            }
        )
        mlflow.log_metrics(
            {
                f"{who}_{name}": value
                for who in ("model", "baseline")
                for name, value in report[who].items()
                if isinstance(value, float)
            }
        )
        test = split.test
        gate = publish_and_gate(
            settings,
            settings.risk_model_name,
            model,
            report,
            REPORT_NAME,
            settings.reports_dir / "risk" / run.info.run_id,
            artifact_path=MODEL_ARTIFACT,
            candidate_score=-report["model"]["cost_per_return"],
            reference=risk_reference(
                model,
                reference_requests(tables, test["return_id"], settings.monitor_reference_rows, settings.seed).merge(
                    test[["return_id", *REPLAYED_READING]], on="return_id"
                ),
                tables,
                policy,
            ),
            score_champion=lambda champion: (
                -expected_cost(
                    test["abuse"].to_numpy(bool),
                    review_mask(champion.score_abuse(test), REVIEW_RATE),
                    policy.cost_model,
                )
            ),
        )
    frame.assign(test=frame["request_ts"] >= split.test["request_ts"].min()).to_parquet(
        settings.reports_dir / FRAME_NAME
    )
    return TrainingResult(
        run_id=run.info.run_id, report=report, report_path=settings.reports_dir / REPORT_NAME, gate=gate
    )


def print_risk_summary(report: dict[str, Any], console: Any) -> None:
    """Print the model-vs-baseline table, calibration and the gate's verdict."""
    cost = report["cost_model"]
    table = Table(
        title=f"Abuse risk on the newest {report['rows']} returns (abuse rate {report['abuse_rate']:.1%}), "
        f"{report['review_rate']:.0%} sent to review"
    )
    for column in ("", "ROC-AUC", "PR-AUC", "recall@review", "precision@review", "cost/return", "Brier"):
        table.add_column(column, justify="right")
    for who, label in (("model", "calibrated HGB"), ("baseline", f"rule: {report['baseline']['rule']}")):
        scores = report[who]
        table.add_row(
            label,
            *(f"{scores[key]:.3f}" for key in ("roc_auc", "pr_auc", "recall_at_review", "precision_at_review")),
            f"{scores['cost_per_return']:.2f}",
            "-" if scores["brier"] is None else f"{scores['brier']:.4f}",
        )
    console.print(table)
    console.print(
        f"cost model: missed abuse {cost['missed_abuse_cost']}, honest customer reviewed "
        f"{cost['honest_review_cost']}, handling per review {cost['review_handling_cost']}; "
        f"cost/return with no review at all: {report['cost_without_review']:.2f}"
    )
    reliability = ", ".join(f"{row['mean_score']:.3f}->{row['abuse_rate']:.3f}" for row in report["calibration"])
    console.print(f"calibration (mean score -> observed abuse rate, per decile): {reliability}")
    for name, group in report.get("history_groups", {}).items():
        if group["rows"]:
            auc = "-" if group["roc_auc"] is None else f"{group['roc_auc']:.3f}"
            console.print(
                f"{name.replace('_', ' ')}: {group['rows']} returns, abuse rate {group['abuse_rate']:.3f}, "
                f"mean score {group['mean_score']:.3f}, ROC-AUC {auc}, Brier {group['brier']:.4f}"
            )
    gate = report.get("gate")
    if gate:
        console.print(gate_verdict(gate))
