"""Quality where agents' feedback exists: reason accuracy per language, precision of high-risk flags
against inspection outcomes, and how often a reply draft was sent as drafted.

These figures are computed here, not by Evidently (they need the feedback joined to the logged
answers); each check's `metric_id` names the figure (`triage:` ids) so a summary reads uniformly.
"""

from __future__ import annotations

import pandas as pd

from features.schemas import ABUSIVE_INSPECTION_OUTCOMES, LANGUAGES
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


def quality_checks(settings: Settings, feedback: pd.DataFrame, langs: pd.Series, top_band: str) -> list[Check]:
    """The quality checks of a window.

    Args:
        feedback: `monitoring.window.read_feedback` rows of the window's returns.
        langs: the language of each of the window's returns, indexed by return_id.
        top_band: the policy's top risk band (a "high-risk flag").
    """
    checks = []
    with_lang = feedback.assign(lang=feedback["return_id"].map(langs))
    for lang in LANGUAGES:
        rows = with_lang[with_lang["lang"] == lang]
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
    checks.append(
        _enough(name, metric_id, len(replied), threshold, settings)
        or judge(
            name, "quality", metric_id, float((replied["reply_status"] == "sent_as_is").mean()), threshold, "below"
        )
    )
    return checks
