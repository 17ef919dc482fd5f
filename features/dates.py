"""Request moments as the history tables and the policy read them, and the one reading of a date every entry point
shares (the API's fields, the request and reply CSVs, the history tables, the commands' moment options)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pandas as pd

# ISO 8601's extended calendar date, alone (midnight) or with a time to the minute, second or a fraction of one (up to
# 9 digits, as Java's Instant writes them; read to the microsecond), and an optional zone (none: UTC); a lower-case t
# and z too, as RFC 3339 allows them. Every other form is refused rather than guessed: a bare number was Unix seconds
# to the API and a calendar day ("20261110") to the CSVs, "2026-11" the first of the month to one and nothing to the
# other.
MOMENT_FORMS = "YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS[.fraction]] (T, t or a space) with Z, z, ±HH:MM or no zone: UTC"
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?")


# A return is asked for an item delivered: a request dated before its delivery was decided "Requested within the
# 30-day return window" on a negative number of days. Counted in UTC calendar days, as the window is, so a request
# made hours before a carrier's late "delivered" scan of the same day is taken (0 days).
def before_delivery(requested: pd.Series, delivered: pd.Series) -> pd.Series:
    """Whether each request's UTC day (`as_date`) is before its delivery's; False where either is missing."""
    return requested.dt.floor("D") < delivered.dt.floor("D")


def is_before_delivery(requested: date | datetime, delivered: date | datetime) -> bool:
    """`before_delivery` for one request (the API's fields, a `predict replies` row): its UTC day is before its
    delivery's."""
    return as_date(requested) < as_date(delivered)


def before_delivery_problem(delivery: str) -> str:
    """What is wrong with a request dated on a day before `delivery` (the field or column that names it)."""
    return f"is on a day before {delivery} (a return is asked for an item delivered)"


def naive_utc(moment: datetime) -> datetime:
    """A moment as the history tables hold them: naive UTC (as in the sample data); requests carry aware ones."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def as_date(value: date | datetime) -> date:
    """The calendar day of a date or timestamp in UTC (policy windows and reply dates count whole days).

    UTC, as the history, the shop's bounds and its today (`Settings.reply_day`) are: in the moment's own offset,
    "2026-11-10T23:30:00-05:00" was 11-10 to the API and 11-11 to `predict risk`, which reads naive UTC.
    """
    return naive_utc(value).date() if isinstance(value, datetime) else value


def read_moment(text: str) -> datetime:
    """A date or moment in one of the `MOMENT_FORMS`, as given (naive when it names no zone: UTC).

    Raises:
        ValueError: another form, or no such day or time (2026-02-30, 24:00), naming the accepted forms.
    """
    try:
        if _MOMENT.fullmatch(text):
            return datetime.fromisoformat(text.upper())  # Python and pandas read T and Z only
    except ValueError:
        pass
    raise ValueError(f"not a date in the accepted forms ({MOMENT_FORMS})")


def iso_moments(texts: pd.Series) -> pd.Series:
    """Texts in the `MOMENT_FORMS` as UTC moments, each read in its own form ("2026-10-05", "2026-10-05T10:00:00Z");
    NaT where a text is in none of them, or lies outside the years pandas holds (`beyond_pandas`).

    Without the form given, pandas reads every text in the first one's form: a column mixing two was refused.
    """
    texts = texts.astype("string")
    in_form = texts.str.fullmatch(_MOMENT.pattern).fillna(False).astype(bool)
    # to the microsecond, as `read_moment` (Python's datetime) reads a longer fraction
    moments = texts.where(in_form).str.upper()
    return pd.to_datetime(moments, errors="coerce", utc=True, format="ISO8601").dt.floor("us")


# The years a pandas timestamp holds whole, as a refusal of a moment beyond them names them.
PANDAS_YEARS = f"the years {pd.Timestamp.min.year + 1} and {pd.Timestamp.max.year - 1}"


def beyond_pandas(text: str) -> bool:
    """Whether `text` is a moment in the `MOMENT_FORMS` of a year pandas cannot hold (before 1678, after 2261): a
    moment, of a year out of range, rather than no moment at all."""
    try:
        moment = read_moment(text)
    except ValueError:
        return False
    return not pd.Timestamp.min.year < moment.year < pd.Timestamp.max.year
