"""Quality where agents' feedback exists: reason accuracy per language, precision of high-risk flags
against inspection outcomes, and how often a reply draft was sent as drafted.

These figures are computed here, not by Evidently (they need the feedback joined to the logged
answers); each check's `metric_id` names the figure (`triage:` ids) so a summary reads uniformly. A
window answered afresh (`triage monitor --current`) is judged against what agents settled on for the
same returns, not by their verdict on the logged answers (`judged_afresh`).
"""

from __future__ import annotations

import pandas as pd

from features.schemas import ABUSIVE_INSPECTION_OUTCOMES, LANGUAGES
from features.store import answer_part
from monitoring.drift import Check, judge
from triage.settings import Settings


def _enough(name: str, metric_id: str, rows: int, threshold: float, settings: Settings) -> Check | None:
    """A skipped check when fewer than `monitor_min_feedback` rows back the figure, else None."""
    if rows >= settings.monitor_min_feedback:
        return None
    return Check(
        name,
        "quality",
        metric_id,
        None,
        threshold,
        "below",
        "skipped",
        f"{rows} feedback rows, fewer than {settings.monitor_min_feedback}",
    )


def quality_checks(
    settings: Settings, feedback: pd.DataFrame, langs: pd.Series, top_band: str, answers: pd.DataFrame | None = None
) -> list[Check]:
    """The quality checks of a window.

    Args:
        feedback: `features.store.read_feedback` rows of the window's returns (agents' word on the logged answers).
        langs: the language of each of the window's returns, indexed by return_id.
        top_band: the policy's top risk band (a "high-risk flag").
        answers: the window's own answers when they are not the logged ones (a file answered afresh by today's
            champions): `reason` and `risk_band` by return_id. Agents judged the logged answers, so these are judged
            against what agents settled on instead (`judged_afresh`), and no reply was drafted to be sent.
    """
    checks = []
    if answers is not None:
        feedback = judged_afresh(feedback, answers)
    with_lang = feedback.assign(lang=feedback["return_id"].map(langs))
    for lang in LANGUAGES:
        rows = with_lang[(with_lang["lang"] == lang) & with_lang["reason_accepted"].notna()]
        name, metric_id = f"quality.reason_accuracy.{lang}", f"triage:reason_accuracy:{lang}"
        threshold = settings.monitor_min_reason_accuracy
        checks.append(
            _enough(name, metric_id, len(rows), threshold, settings)
            or judge(name, "quality", metric_id, float(rows["reason_accepted"].astype(bool).mean()), threshold, "below")
        )
    inspected = feedback[feedback["inspection_outcome"].notna() & (feedback["risk_band"] == top_band)]
    name, metric_id = "quality.high_risk_precision", "triage:high_risk_precision"
    threshold = settings.monitor_min_high_risk_precision
    checks.append(
        _enough(name, metric_id, len(inspected), threshold, settings)
        or judge(
            name,
            "quality",
            metric_id,
            float(inspected["inspection_outcome"].isin(ABUSIVE_INSPECTION_OUTCOMES).mean()),
            threshold,
            "below",
        )
    )
    replied = feedback[feedback["reply_status"].notna()]
    name, metric_id = "quality.reply_sent_as_drafted", "triage:reply_sent_as_drafted"
    threshold = settings.monitor_min_sent_as_drafted
    if answers is not None:
        note = "the window's answers are fresh and carry no reply drafts: agents sent or edited the logged ones"
        return [*checks, Check(name, "quality", metric_id, None, threshold, "below", "skipped", note)]
    checks.append(
        _enough(name, metric_id, len(replied), threshold, settings)
        or judge(
            name, "quality", metric_id, float((replied["reply_status"] == "sent_as_is").mean()), threshold, "below"
        )
    )
    return checks


def judged_afresh(feedback: pd.DataFrame, answers: pd.DataFrame) -> pd.DataFrame:
    """Agents' feedback on the logged answers of some returns, turned on other answers to the same returns.

    `reason_accepted` becomes whether the new reason is the one agents settled on: their correction, or the logged
    reason they accepted (None when they rejected it without a correction: nothing to compare with); `risk_band`
    is the new answer's. The inspection outcome is the return's, whatever was answered. Feedback on a return
    `answers` lacks is left out.
    """
    feedback = feedback[feedback["return_id"].isin(answers.index)]
    logged = [answer_part(response, "reason", "code") for response in feedback["response"]]
    settled = [
        (reason if accepted else corrected)
        for reason, accepted, corrected in zip(
            logged, feedback["reason_accepted"].astype(bool), feedback["corrected_reason"], strict=True
        )
    ]
    fresh = answers.loc[feedback["return_id"]]
    return feedback.assign(
        reason_accepted=[
            None if label is None or pd.isna(label) else label == reason
            for label, reason in zip(settled, fresh["reason"], strict=True)
        ],
        risk_band=fresh["risk_band"].to_numpy(),
    )
