"""`triage monitor`: the serving champions' reference vs a current window, as a decision.

Writes `report.html` (Evidently) and `summary.json` to `reports/monitoring/<timestamp>/`, logs both
to MLflow, and returns the exit code the command ends with: `EXIT_HEALTHY` (0) or
`EXIT_RETRAIN` (3, retraining recommended; `summary.json` lists the reasons). A schedule retrains on the
exit code (`triage retrain` reads no summary); the service's gauges and the console's analytics read the newest
`summary.json`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from features.profile import profile_embedder, with_embeddings
from monitoring.drift import ALARM_WORDS, Check, run_drift
from monitoring.quality import quality_checks
from monitoring.window import Window, enough_requests
from triage.registry import artifact_transfers, champion_version, configure_tracking, load_reference
from triage.settings import Settings

EXIT_HEALTHY = 0
EXIT_RETRAIN = 3
SUMMARY_NAME = "summary.json"
REPORT_NAME = "report.html"
# What the quality checks judge: the prediction log's answers, which agents gave feedback on, or a file's, answered
# afresh (`monitoring.quality.judged_afresh`).
QUALITY_OF: dict[str, str] = {
    "logged": "the logged answers, by agents' feedback on them",
    "fresh": "the file's answers, against the reasons agents settled on and the inspections of the same returns "
    "(their feedback was on the logged answers)",
}
# Risk-model answers: taken from the risk champion's reference when it serves and has one.
_RISK_COLUMNS = ("risk_score", "decision")


class MonitorError(RuntimeError):
    """Monitoring cannot run (no champion, no reference); the message says why."""


@dataclass(frozen=True)
class MonitorResult:
    summary: dict[str, Any]
    folder: Path
    exit_code: int


@dataclass(frozen=True)
class ChampionReference:
    """The serving champions' reference rows, the versions they come from, why a column is absent (each a skipped
    check), and whose decisions the decision mix is compared with (None when it is not)."""

    frame: pd.DataFrame
    model_versions: dict[str, str]
    why_absent: dict[str, str]
    decisions_of: str | None


def champion_reference(settings: Settings, seed: int, risk_unserved: str | None = None) -> ChampionReference:
    """The reason champion's reference, with the risk champion's answers when it serves (`risk_unserved`: why it
    does not) and has a reference.

    A window answered without risk was decided by the policy without a score, as the reason champion's reference
    was at training: its decision mix is compared with that one. Every check compares one column at a time, so
    the risk columns are drawn (with replacement, seeded) from the risk champion's own reference rows: their
    distribution is what matters, and the two models' references need not hold the same requests.
    """
    reason = champion_version(settings, settings.reason_model_name)
    if reason is None:
        raise MonitorError(f"no champion of {settings.reason_model_name!r}; run `triage train reasons` first")
    reason_said = f"{settings.reason_model_name} v{reason.version}"
    reference = load_reference(settings, settings.reason_model_name, str(reason.version))
    if reference is None:
        raise MonitorError(
            f"{reason_said} has no monitoring reference (trained before references existed); retrain it with "
            "`triage train reasons`"
        )
    versions = {settings.reason_model_name: str(reason.version)}
    risk = None if risk_unserved is not None else champion_version(settings, settings.risk_model_name)
    if risk is None:
        why = risk_unserved or f"no champion of {settings.risk_model_name!r}"
        if "decision" in reference.columns:
            return ChampionReference(
                reference, versions, {"risk_score": why}, f"{reason_said}'s reference, decided without risk ({why})"
            )
        older = f"{why}, and {reason_said}'s reference holds no decision without risk (retrain: it records one)"
        return ChampionReference(reference, versions, {"risk_score": why, "decision": older}, None)
    # the window was decided with risk scores: a decision without one is no reference for it
    reference = reference.drop(columns=[column for column in _RISK_COLUMNS if column in reference.columns])
    risk_said = f"{settings.risk_model_name} v{risk.version}"
    risk_reference = load_reference(settings, settings.risk_model_name, str(risk.version))
    if risk_reference is None:
        why = f"{risk_said} has no monitoring reference"
        return ChampionReference(reference, versions, dict.fromkeys(_RISK_COLUMNS, why), None)
    drawn = risk_reference.sample(n=len(reference), replace=True, random_state=seed)
    reference = reference.assign(**{column: drawn[column].to_numpy() for column in _RISK_COLUMNS})
    versions[settings.risk_model_name] = str(risk.version)
    return ChampionReference(reference, versions, {}, f"{risk_said}'s reference, decided with its risk scores")


def retrain_reasons(checks: list[Check]) -> list[str]:
    """Why retraining is recommended: every check in alarm, in plain words."""
    return [
        f"{check.name} = {check.value:.3f} ({ALARM_WORDS[check.alarm_when]} {check.threshold})"
        for check in checks
        if check.status == "alarm"
    ]


def monitor(
    settings: Settings,
    window: Window,
    feedback: pd.DataFrame,
    top_band: str,
    now: datetime | None = None,
    risk_unserved: str | None = None,
) -> MonitorResult:
    """Compare the champions' reference with `window`, write the report and summary, log them to MLflow.

    `risk_unserved` says why the risk champion does not serve, when it does not: the window was answered without
    risk, so its risk score and decision mix are not compared with a reference of answers that had one.

    Raises:
        MonitorError: no champion or reference.
        WindowError: a window smaller than `monitor_min_rows`.
    """
    enough_requests(len(window.profile), settings.monitor_min_rows, window.source)
    reference = champion_reference(settings, settings.seed, risk_unserved)
    embedder = profile_embedder(settings.embedding_batch_size, settings.torch_threads)
    current = with_embeddings(window.profile.reset_index(drop=True), np.asarray(embedder.embed(window.texts)))
    # A part the service never answered in this window (e.g. no risk model) is a skipped check saying so.
    current = current.dropna(axis=1, how="all")
    snapshot, checks = run_drift(settings, reference.frame, current, reference.why_absent)
    langs = pd.Series(window.profile["lang"].to_numpy(), index=window.return_ids)
    checks += quality_checks(settings, feedback, langs[~langs.index.duplicated(keep="last")], top_band, window.answers)
    reasons = retrain_reasons(checks)
    moment = now or datetime.now(UTC)
    summary = {
        "created_at": moment.isoformat(),
        "window": {
            "source": window.source,
            "requests": len(window.profile),
            "feedback_rows": len(feedback),
            "quality_of": QUALITY_OF["logged" if window.answers is None else "fresh"],
        },
        "reference": {
            "rows": len(reference.frame),
            "model_versions": reference.model_versions,
            "decisions_of": reference.decisions_of,
        },
        "checks": [check.to_dict() for check in checks],
        "retrain_recommended": bool(reasons),
        "reasons": reasons,
        "exit_code": EXIT_RETRAIN if reasons else EXIT_HEALTHY,
    }
    folder = settings.monitoring_reports_dir / moment.strftime("%Y%m%dT%H%M%S%fZ")
    folder.mkdir(parents=True, exist_ok=True)
    snapshot.save_html(str(folder / REPORT_NAME))
    (folder / SUMMARY_NAME).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    _log_to_mlflow(settings, summary, folder)
    return MonitorResult(summary=summary, folder=folder, exit_code=summary["exit_code"])


def _log_to_mlflow(settings: Settings, summary: dict[str, Any], folder: Path) -> None:
    """One MLflow run per monitoring run: the figures as metrics, the report and summary as artifacts."""
    import mlflow

    configure_tracking(settings)
    with mlflow.start_run(run_name=f"monitor-{folder.name}"):
        mlflow.set_tags({"kind": "monitoring", "retrain_recommended": str(summary["retrain_recommended"])})
        mlflow.log_metrics({check["name"]: check["value"] for check in summary["checks"] if check["value"] is not None})
        with artifact_transfers(settings):
            mlflow.log_artifact(str(folder / SUMMARY_NAME), artifact_path="monitoring")
            mlflow.log_artifact(str(folder / REPORT_NAME), artifact_path="monitoring")
