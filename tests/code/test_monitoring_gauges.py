"""The monitoring gauges on `/metrics` say the newest summary, not a figure an earlier run left behind."""

from __future__ import annotations

import math
from typing import Any

from prometheus_client import REGISTRY

from serving.monitoring_gauges import publish

CHECK = "quality.reason_accuracy.en"


def _summary(value: float | None, status: str) -> dict[str, Any]:
    return {
        "created_at": "2026-12-05T02:00:00+00:00",
        "checks": [{"name": CHECK, "value": value, "threshold": 0.8, "status": status}],
        "retrain_recommended": False,
    }


def _gauge(name: str) -> float | None:
    return REGISTRY.get_sample_value(name, {"check": CHECK})


def test_a_check_skipped_in_the_newest_run_has_no_value_from_an_earlier_one() -> None:
    # a night with feedback read 0.93; the next, with 3 feedback rows, skipped the check and /metrics still said 0.93
    publish(_summary(0.93, "ok"))
    assert _gauge("triage_monitoring_check_value") == 0.93
    publish(_summary(None, "skipped"))
    assert math.isnan(_gauge("triage_monitoring_check_value"))
    assert _gauge("triage_monitoring_check_alarm") == 0 and _gauge("triage_monitoring_check_threshold") == 0.8
