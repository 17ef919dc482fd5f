"""Request moments as the history tables and the policy read them."""

from __future__ import annotations

from datetime import UTC, date, datetime


def naive_utc(moment: datetime) -> datetime:
    """A moment as the history tables hold them: naive UTC (as in the sample data); requests carry aware ones."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def as_date(value: date | datetime) -> date:
    """The calendar day of a date or timestamp (policy windows and reply dates count whole days)."""
    return value.date() if isinstance(value, datetime) else value
