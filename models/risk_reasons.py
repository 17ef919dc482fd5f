"""Reason codes that explain an abuse-risk score in words a support agent understands."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RiskReason:
    """One factor that raised a customer's risk score.

    `code` is machine-readable (e.g. `HIGH_RETURN_FREQUENCY`); `sentence` states the customer's
    value next to what is typical, e.g. "7 returns in the last 90 days; typical customers have 1".
    """

    code: str
    sentence: str
