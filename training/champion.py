"""Register a trained model and move the `champion` alias only when it beats the current one.

Reused by every model (reasons, risk, replies): the caller supplies the candidate's score and a
function that scores any loaded model on the SAME test data, so champion and candidate are compared
on equal terms even when the data changed since the champion was trained. `publish_and_gate` is the
end of every training run: report, artifacts, model, registration and gate, in that order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from triage.registry import (
    REFERENCE_ARTIFACT_DIR,
    REFERENCE_FILE,
    REFERENCE_TAG,
    artifact_transfers,
    champion_version,
    load_model_version,
)
from triage.settings import Settings


@dataclass(frozen=True)
class GateResult:
    """What the gate did: the registered version, whether it became champion, and why."""

    model_name: str
    version: str
    promoted: bool
    candidate_score: float
    champion_version: str | None
    champion_score: float | None
    note: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TrainingResult:
    """Outcome of one training run: the MLflow run, the report written, and the gate decision."""

    run_id: str
    report: dict[str, Any]
    report_path: Path
    gate: GateResult


def gate_verdict(gate: dict[str, Any]) -> str:
    """One line saying what the gate did with a report's `gate` entry, for the training summaries.

    It says both scores (higher is better), each to as many places as tell them apart: "stays
    challenger (champion v1 scores -2.3229)" left the candidate's own score and why unsaid, and a
    candidate that only ties the champion stays challenger.
    """
    candidate, champion = gate["candidate_score"], gate["champion_score"]
    verdict = "is now champion" if gate["promoted"] else "stays challenger"
    if champion is None:
        return f"{gate['model_name']} v{gate['version']} {verdict} (scores {candidate:.4f}; {gate['note']})"
    places = 4
    while candidate != champion and f"{candidate:.{places}f}" == f"{champion:.{places}f}" and places < 17:
        places += 1
    if candidate == champion:
        why = f"scores {candidate:.{places}f}, as champion v{gate['champion_version']} does: a tie keeps the champion"
    else:
        why = f"scores {candidate:.{places}f}; champion v{gate['champion_version']} scores {champion:.{places}f}"
    return f"{gate['model_name']} v{gate['version']} {verdict} ({why})"


def register_and_gate(
    settings: Settings,
    model_name: str,
    run_id: str,
    artifact_path: str,
    candidate_score: float,
    score_champion: Callable[[Any], float],
) -> GateResult:
    """Register `runs:/<run_id>/<artifact_path>` as a new version of `model_name`, then give it the
    champion alias if there is no champion or its score is strictly higher than the champion's
    score on the same data (higher is better).

    A champion that can no longer be loaded (e.g. its code changed incompatibly) counts as none.
    """
    import mlflow

    current = champion_version(settings, model_name)
    registered = mlflow.register_model(f"runs:/{run_id}/{artifact_path}", model_name)
    champion_score: float | None = None
    if current is None:
        note = "no champion yet"
    else:
        try:
            champion_score = float(score_champion(load_model_version(settings, model_name, current.version)))
            note = f"champion v{current.version} scores {champion_score:.4f}"
        except Exception as error:  # a broken champion must not block a working candidate
            note = f"champion v{current.version} could not be scored ({type(error).__name__}: {error})"
    promoted = champion_score is None or candidate_score > champion_score
    client = mlflow.MlflowClient(tracking_uri=settings.tracking_uri, registry_uri=settings.tracking_uri)
    if promoted:
        client.set_registered_model_alias(model_name, settings.champion_alias, registered.version)
    for key, value in {"candidate_score": candidate_score, "gate_note": note, "promoted": promoted}.items():
        client.set_model_version_tag(model_name, registered.version, key, str(value))
    return GateResult(
        model_name=model_name,
        version=str(registered.version),
        promoted=promoted,
        candidate_score=candidate_score,
        champion_version=str(current.version) if current is not None else None,
        champion_score=champion_score,
        note=note,
    )


def write_report(report: dict[str, Any], *paths: Path) -> None:
    """Write the JSON report to each path (UTF-8; reply examples keep their French accents readable)."""
    text = json.dumps(report, indent=2, ensure_ascii=False)
    for path in paths:
        path.write_text(text, encoding="utf-8")


def log_reference(reference: pd.DataFrame, run_dir: Path) -> None:
    """Log a version's monitoring reference sample to the active run (`triage.registry.load_reference` reads it)."""
    import mlflow

    folder = run_dir / REFERENCE_ARTIFACT_DIR
    folder.mkdir(parents=True, exist_ok=True)
    reference.to_parquet(folder / REFERENCE_FILE, index=False)
    mlflow.log_artifact(str(folder / REFERENCE_FILE), artifact_path=REFERENCE_ARTIFACT_DIR)


def tag_reference(client: Any, model_name: str, version: str, run_id: str) -> None:
    """Tag a registered version with where its run logged the reference sample."""
    client.set_model_version_tag(
        model_name, version, REFERENCE_TAG, f"runs:/{run_id}/{REFERENCE_ARTIFACT_DIR}/{REFERENCE_FILE}"
    )


def publish_and_gate(
    settings: Settings,
    model_name: str,
    model: Any,
    report: dict[str, Any],
    report_name: str,
    run_dir: Path,
    *,
    artifact_path: str,
    candidate_score: float,
    score_champion: Callable[[Any], float],
    reference: pd.DataFrame | None = None,
    version_tags: dict[str, str] | None = None,
) -> GateResult:
    """Finish a training run inside its active MLflow run: write the report, log the run folder as
    the `evaluation` artifacts, log the model and its monitoring reference sample (`reference`, see
    `training.reference`), register it (the version is tagged with the reference's location) and
    run the champion gate.

    `version_tags` are set on the registered version (e.g. the corpus version a reason model was fitted on).
    `report` gains `run_id` (before it is logged) and `gate` (after); the final report is written to
    `run_dir / report_name` and to the reports folder as the latest report of its kind. `run_dir`
    holds everything the run logs as evaluation artifacts (plots go there before this call).
    """
    import mlflow
    import mlflow.sklearn

    run_id = mlflow.active_run().info.run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    report["run_id"] = run_id
    write_report(report, run_dir / report_name)
    with artifact_transfers(settings):
        mlflow.log_artifacts(str(run_dir), artifact_path="evaluation")
        if reference is not None:
            log_reference(reference, run_dir)
        mlflow.sklearn.log_model(
            model, name=artifact_path, serialization_format="pickle", pip_requirements=["scikit-learn"]
        )
    gate = register_and_gate(
        settings, model_name, run_id, artifact_path, candidate_score=candidate_score, score_champion=score_champion
    )
    mlflow.set_tags({"promoted": str(gate.promoted), "gate_note": gate.note})
    client = mlflow.MlflowClient(tracking_uri=settings.tracking_uri)
    if reference is not None:
        tag_reference(client, model_name, gate.version, run_id)
    for key, value in (version_tags or {}).items():
        client.set_model_version_tag(model_name, gate.version, key, value)
    report["gate"] = gate.to_dict()
    write_report(report, run_dir / report_name, settings.reports_dir / report_name)
    return gate
