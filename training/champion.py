"""Register a trained model and move the `champion` alias only when it beats the current one.

Reused by every model (reasons, risk): the caller supplies the candidate's score and a function
that scores any loaded model on the SAME test data, so champion and candidate are compared on
equal terms even when the data changed since the champion was trained.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from triage.registry import champion_version, load_model_version
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
