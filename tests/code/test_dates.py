"""One reading of a date for every entry point: the API's request fields, the request CSV of `predict risk` and
`monitor --current`, `predict replies`' dates, the history tables of `data load` and `batch score`, and the
command-line moments (`batch score --since`, `monitor --since/--until`). The forms accepted are the README's.

The CSV read "2026-11" as 2026-11-01 and "20261110" as 2026-11-10; the API refused "2026-11" and read "20261110"
and "1762767000" as Unix seconds; `predict replies` read "2026-W46-2" as a day and refused a moment with a time.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest
import typer
from pydantic import TypeAdapter, ValidationError
from typer.testing import CliRunner

from cli.app import app
from cli.common import moment_option
from decisions.policy import load_policy
from features.csv_input import BatchInputError, read_requests_csv
from features.dates import MOMENT_FORMS, as_date, before_delivery, is_before_delivery, iso_moments, read_moment
from features.history import requests_from_export
from features.tables import Bounds, checked_table
from serving.api import EXAMPLE_EN, ReturnRequest, Timestamp
from serving.predict_replies import ReplyInputError, read_reply_rows
from triage.settings import REPO_ROOT

# Each accepted form and the moment it is (UTC; no zone: UTC).
ACCEPTED = {
    "2026-11-10": datetime(2026, 11, 10, tzinfo=UTC),
    "2026-11-10T09:30": datetime(2026, 11, 10, 9, 30, tzinfo=UTC),
    "2026-11-10T09:30:00": datetime(2026, 11, 10, 9, 30, tzinfo=UTC),
    "2026-11-10 09:30:00": datetime(2026, 11, 10, 9, 30, tzinfo=UTC),
    "2026-11-10T09:30:00Z": datetime(2026, 11, 10, 9, 30, tzinfo=UTC),
    "2026-11-10T09:30:00.25Z": datetime(2026, 11, 10, 9, 30, 0, 250_000, tzinfo=UTC),
    "2026-11-10T10:30:00+01:00": datetime(2026, 11, 10, 9, 30, tzinfo=UTC),
    "2026-11-10T04:30:00-0500": datetime(2026, 11, 10, 9, 30, tzinfo=UTC),
    # nanoseconds (Java's Instant): the API cut them, pandas kept them; both read to the microsecond now
    "2026-11-10T09:30:00.123456789Z": datetime(2026, 11, 10, 9, 30, 0, 123_456, tzinfo=UTC),
    # RFC 3339 allows a lower-case t and z: every entry point refused them
    "2026-11-10t09:30:00z": datetime(2026, 11, 10, 9, 30, tzinfo=UTC),
    "2026-11-10t10:30+01:00": datetime(2026, 11, 10, 9, 30, tzinfo=UTC),
}
REFUSED = [
    "2026-11",  # a month: the CSV read 2026-11-01
    "2026",
    "20261110",  # basic form: the CSV read 2026-11-10, the API Unix seconds (1970-08-23)
    "1762767000",  # Unix seconds: the API read 2025-11-10T09:30:00Z
    "20261110T093000Z",
    "2026-W46-2",  # a week day: `predict replies` read 2026-11-10
    "2026-314",
    "2026-11-10T09",
    "2026-11-10T09:30:00.1234567891Z",
    "10/11/2026",
    "2026-11-10T24:00:00",
    "2026-02-30",
]


@pytest.mark.parametrize("text", list(ACCEPTED))
def test_each_accepted_form_is_one_moment_for_scalars_and_columns(text: str) -> None:
    read = read_moment(text)
    assert (read if read.tzinfo else read.replace(tzinfo=UTC)) == ACCEPTED[text]
    assert iso_moments(pd.Series([text])).iloc[0] == pd.Timestamp(ACCEPTED[text])


@pytest.mark.parametrize("text", REFUSED)
def test_each_other_form_is_no_moment_for_scalars_and_columns(text: str) -> None:
    for form in (text, f" {text} "):
        with pytest.raises(ValueError, match=re.escape(f"not a date in the accepted forms ({MOMENT_FORMS})")):
            read_moment(form)
        assert iso_moments(pd.Series([form])).isna().all()


# The entry points: each reads `text` as its date field (naive UTC) or raises naming the field.
NOW = datetime(2026, 12, 1)
SHOP = Bounds(first=datetime(2000, 1, 1), last=NOW, max_price=100_000)


def _api(text: str, tmp_path: Path) -> datetime:
    try:
        moment = TypeAdapter(Timestamp).validate_json(f'"{text}"')
    except ValidationError as error:
        raise ValueError(f"request_date: {error.errors()[0]['msg']}") from None
    return moment.astimezone(UTC).replace(tzinfo=None)


def _request_rows(text: str, tmp_path: Path) -> pd.DataFrame:
    """`predict risk`'s request rows (as the risk features and the policy read them) of a CSV dated `text`."""
    path = tmp_path / "requests.csv"
    path.write_text(
        "return_id,customer_id,order_id,sku,product_category,price,currency,delivery_date,request_date,reason_text\n"
        f"r1,c1,o1,s1,dresses,49.90,EUR,2026-11-02,{text},trop petite\n",
        encoding="utf-8",
    )
    try:
        frame = read_requests_csv(path, SHOP)
    except BatchInputError as error:
        raise ValueError(str(error)) from None
    return requests_from_export(frame, pd.DataFrame(columns=["order_id", "sku", "product_id", "price", "discount"]))


def _request_csv(text: str, tmp_path: Path) -> datetime:
    return _request_rows(text, tmp_path)["request_ts"].iloc[0].to_pydatetime()


def _reply_day(text: str) -> date:
    frame = pd.DataFrame(
        {
            "text": ["Too small"],
            "product_category": ["shoes"],
            "price": ["89.00"],
            "currency": ["GBP"],
            "delivery_date": ["2026-11-02"],
            "request_date": [text],
        }
    )
    try:
        return read_reply_rows(frame, load_policy(REPO_ROOT / "config" / "policy.yaml")).requested[0]
    except ReplyInputError as error:
        raise ValueError(str(error)) from None


def _reply_csv(text: str, tmp_path: Path) -> datetime:
    return datetime.combine(_reply_day(text), datetime.min.time())


def _history_table(text: str, tmp_path: Path) -> datetime:
    order = {"order_id": "O1", "customer_id": "C1", "order_ts": text, "delivery_ts": "2026-11-30", "currency": "EUR"}
    good, problems = checked_table("orders", pd.DataFrame([order]), "orders", SHOP)
    if problems:
        raise ValueError("; ".join(f"{problem.column}: {problem.problem}" for problem in problems))
    return good["order_ts"].iloc[0].to_pydatetime()


def _command_line(text: str, tmp_path: Path) -> datetime:
    try:
        return moment_option(text)
    except typer.BadParameter as error:
        raise ValueError(f"--since: {error}") from None


ENTRY_POINTS = {
    "API": (_api, "request_date"),
    "request CSV": (_request_csv, "column request_date"),
    "predict replies": (_reply_csv, "column 'request_date'"),
    "history table": (_history_table, "order_ts"),
    "command line": (_command_line, "--since"),
}


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
@pytest.mark.parametrize("text", list(ACCEPTED))
def test_every_entry_point_reads_an_accepted_form_as_the_same_moment(entry: str, text: str, tmp_path: Path) -> None:
    read, _ = ENTRY_POINTS[entry]
    expected = ACCEPTED[text].replace(tzinfo=None)
    # `predict replies` reads the day only
    assert read(text, tmp_path) == (
        expected.replace(hour=0, minute=0, microsecond=0) if entry == "predict replies" else expected
    )


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
@pytest.mark.parametrize("text", REFUSED)
def test_every_entry_point_refuses_the_other_forms_naming_the_field(entry: str, text: str, tmp_path: Path) -> None:
    read, field = ENTRY_POINTS[entry]
    with pytest.raises(ValueError) as refused:
        read(text, tmp_path)
    assert field in str(refused.value) and "accepted forms" in str(refused.value), str(refused.value)


def test_a_command_line_moment_refused_is_one_usage_line_naming_the_option() -> None:
    result = CliRunner().invoke(app, ["batch", "score", "-i", "x", "-o", "y", "--since", "20261110"])
    assert result.exit_code == 2 and "Invalid value for '--since'" in result.output, result.output
    assert "accepted forms" in result.output


# The day the policy counts a return window in (`features.dates.as_date`), as each entry point hands it a request date.
POLICY_DAYS = {
    "API": lambda text, tmp_path: as_date(TypeAdapter(Timestamp).validate_json(f'"{text}"')),
    "predict risk": lambda text, tmp_path: as_date(_request_rows(text, tmp_path)["request_ts"].iloc[0]),
    "predict replies": lambda text, tmp_path: _reply_day(text),
}


@pytest.mark.parametrize("entry", list(POLICY_DAYS))
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-10T23:30:00-05:00", date(2026, 11, 11)),  # the API and `predict replies` said 11-10
        ("2026-11-11T00:30:00+01:00", date(2026, 11, 10)),  # they said 11-11
        ("2026-11-10T23:30:00Z", date(2026, 11, 10)),
    ],
)
def test_the_day_of_a_moment_is_its_day_in_utc_at_every_entry_point(
    entry: str, text: str, day: date, tmp_path: Path
) -> None:
    # the history, the shop's bounds and its today are UTC: a moment written in two offsets is one day
    assert POLICY_DAYS[entry](text, tmp_path) == day


@pytest.mark.parametrize("year", ["2999", "1600"])
def test_a_history_table_read_without_bounds_says_a_year_pandas_cannot_hold_as_out_of_range(
    year: str, tmp_path: Path
) -> None:
    # read_table (training's sample reader, predict risk's history) called 2999-01-01 "not a date in the accepted forms"
    from features.tables import TableError, read_table, table_path

    source = REPO_ROOT / "data" / "sample" / "returns.csv.gz"
    returns = pd.read_csv(source, dtype=str, keep_default_na=False, nrows=3)
    returns.loc[1, "request_ts"] = f"{year}-01-01 00:00:00"
    returns.to_csv(table_path("returns", tmp_path), index=False, compression="gzip")
    with pytest.raises(TableError) as refused:
        read_table("returns", tmp_path)
    assert str(refused.value) == (
        f"1 bad value: returns.request_ts line 3: '{year}-01-01 00:00:00' "
        "(1 value: not between the years 1678 and 2261)"
    )


# (delivery, request, whether the request is on a UTC day before the delivery's): the API's validator and `predict
# replies` each had their own copy of this rule (`features.dates.is_before_delivery` now), the history tables theirs
# in pandas (`before_delivery`).
DELIVERY_DAYS = [
    ("2026-11-02", "2026-11-01T23:59:59Z", True),
    ("2026-11-02T18:00:00Z", "2026-11-02T00:00:00Z", False),  # hours before a late "delivered" scan: 0 days
    ("2026-11-02T23:59:59.999999Z", "2026-11-02", False),
    ("2026-11-02T00:30:00+01:00", "2026-11-01T23:45:00Z", False),  # delivered 11-01 23:30 UTC: the same UTC day
    ("2026-11-02T00:30:00+01:00", "2026-11-01T22:00:00-05:00", False),  # asked 11-02 03:00 UTC
    ("2026-11-01T23:30:00-05:00", "2026-11-02T00:30:00+01:00", True),  # delivered 11-02 04:30, asked 11-01 23:30 UTC
    ("2026-11-02", "2026-11-02T00:30:00+01:00", True),  # asked 11-01 23:30 UTC
    ("2026-11-01T23:30:00-05:00", "2026-11-01T23:45:00-05:00", False),
]


def _api_refuses(delivered: str, requested: str) -> bool:
    dates = {"order_date": "2026-10-01", "delivery_date": delivered, "request_date": requested}
    try:
        ReturnRequest.model_validate(EXAMPLE_EN | dates)
    except ValidationError as error:
        [refusal] = error.errors()
        assert refusal["loc"] == ("request_date",) and "day before delivery_date" in refusal["msg"], refusal
        return True
    return False


def _reply_rows_refuse(delivered: str, requested: str) -> bool:
    frame = pd.DataFrame(
        {
            "text": ["Too small"],
            "product_category": ["shoes"],
            "price": ["89.00"],
            "currency": ["GBP"],
            "delivery_date": [delivered],
            "request_date": [requested],
        }
    )
    try:
        read_reply_rows(frame, load_policy(REPO_ROOT / "config" / "policy.yaml"))
    except ReplyInputError as error:
        assert "column 'request_date', line 2" in str(error) and "day before delivery_date" in str(error), error
        return True
    return False


@pytest.mark.parametrize(("delivered", "requested", "before"), DELIVERY_DAYS)
def test_a_request_on_a_utc_day_before_its_delivery_is_refused_alike_everywhere(
    delivered: str, requested: str, before: bool
) -> None:
    assert is_before_delivery(read_moment(requested), read_moment(delivered)) is before
    assert before_delivery(iso_moments(pd.Series([requested])), iso_moments(pd.Series([delivered]))).iloc[0] == before
    assert _api_refuses(delivered, requested) is before
    assert _reply_rows_refuse(delivered, requested) is before
