"""Request moments as the history tables and the policy read them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pandas as pd


def naive_utc(moment: datetime) -> datetime:
    """A moment as the history tables hold them: naive UTC (as in the sample data); requests carry aware ones."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def as_date(value: date | datetime) -> date:
    """The calendar day of a date or timestamp (policy windows and reply dates count whole days)."""
    return value.date() if isinstance(value, datetime) else value


def iso_moments(texts: pd.Series) -> pd.Series:
    """ISO 8601 texts as UTC moments, each read in its own form ("2026-10-05", "2026-10-05T10:00:00Z"); NaT where a
    text is not one, or lies outside the years pandas holds (`beyond_pandas`).

    Without the form given, pandas reads every text in the first one's form: a column mixing two was refused.
    """
    return pd.to_datetime(texts, errors="coerce", utc=True, format="ISO8601")


def beyond_pandas(text: str) -> bool:
    """Whether `text` is an ISO 8601 moment in a year pandas cannot hold (before 1678, after 2261): a moment, of a
    year out of range, rather than no moment at all."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return False
    return not pd.Timestamp.min.year < moment.year < pd.Timestamp.max.year
