"""The last monitoring run's figures as Prometheus gauges on `/metrics`.

`triage monitor` writes `summary.json` into a folder per run under `Settings.monitoring_reports_dir`
(folders named by UTC timestamp, so the newest sorts last). The service reads that file, never the
monitoring code: the file is the contract. It is re-read on a scrape of `/metrics` when a newer run
exists, so the gauges follow cron's runs without a restart.
"""

from __future__ import annotations

import json
import logging
import math
from datetime import datetime
from pathlib import Path
from typing import Any

import anyio
from bentoml.metrics import Gauge

logger = logging.getLogger(__name__)

CHECK_VALUE = Gauge(
    name="triage_monitoring_check_value", documentation="Last monitoring run: value of each check", labelnames=["check"]
)
CHECK_THRESHOLD = Gauge(
    name="triage_monitoring_check_threshold",
    documentation="Last monitoring run: threshold of each check",
    labelnames=["check"],
)
CHECK_ALARM = Gauge(
    name="triage_monitoring_check_alarm",
    documentation="Last monitoring run: 1 when a check alarms",
    labelnames=["check"],
)
RETRAIN_RECOMMENDED = Gauge(
    name="triage_monitoring_retrain_recommended", documentation="Last monitoring run recommends retraining (1)"
)
LAST_RUN = Gauge(
    name="triage_monitoring_last_run_timestamp_seconds", documentation="When the last monitoring run was made"
)


def newest_summary(folder: Path) -> Path | None:
    """The newest run's summary.json under `folder`, or None."""
    summaries = sorted(folder.glob("*/summary.json")) if folder.is_dir() else []
    return summaries[-1] if summaries else None


def publish(summary: dict[str, Any]) -> None:
    """Set the gauges from one summary; a skipped check's value is NaN, not the figure of an earlier run that
    computed it (Prometheus' own word for no value, as a label set cannot be removed in multi-process mode)."""
    for check in summary["checks"]:
        CHECK_VALUE.labels(check=check["name"]).set(math.nan if check["value"] is None else check["value"])
        CHECK_THRESHOLD.labels(check=check["name"]).set(check["threshold"])
        CHECK_ALARM.labels(check=check["name"]).set(1 if check["status"] == "alarm" else 0)
    RETRAIN_RECOMMENDED.set(1 if summary["retrain_recommended"] else 0)
    LAST_RUN.set(datetime.fromisoformat(summary["created_at"]).timestamp())


class MonitoringGaugesMiddleware:
    """Refreshes the monitoring gauges from the newest summary before `/metrics` answers."""

    def __init__(self, app: Any, folder: Path) -> None:
        self.app = app
        self.folder = folder
        self._published: Path | None = None

    def refresh(self) -> None:
        path = newest_summary(self.folder)
        if path is None or path == self._published:
            return
        try:
            publish(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as error:  # a bad file must not break /metrics
            logger.warning("monitoring summary %s not published: %s", path, error)
        self._published = path

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/metrics":
            await anyio.to_thread.run_sync(self.refresh)
        await self.app(scope, receive, send)
