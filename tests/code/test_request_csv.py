"""A CSV of return requests is checked the same way by `triage predict risk` and `triage monitor --current`:
the first bad value is named by column and row, before any model runs."""

import re
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from pydantic import TypeAdapter, ValidationError

from features.csv_input import REQUEST_CSV_COLUMNS, BatchInputError, read_requests_csv
from features.history import requests_from_export
from features.schemas import TABLES
from features.tables import Bounds, checked_table
from monitoring.window import WindowError, read_window_csv
from serving.api import Price
from serving.predict_risk import latest_request
from triage.settings import LARGEST_ITEM_PRICE, get_settings

GOOD = {
    "return_id": "r1",
    "customer_id": "c1",
    "order_id": "o1",
    "sku": "s1",
    "product_category": "dresses",
    "price": "49.90",
    "currency": "EUR",
    "delivery_date": "2026-11-02",
    "request_date": "2026-11-10T09:30:00Z",
    "reason_text": "trop petite",
}


def write(tmp_path: Path, **second_row: str) -> Path:
    rows = [GOOD, {**GOOD, "return_id": "r2", **second_row}]
    path = tmp_path / "requests.csv"
    lines = [",".join(REQUEST_CSV_COLUMNS)] + [",".join(row[c] for c in REQUEST_CSV_COLUMNS) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


BAD = [
    ({"price": "abc"}, "column price row 3: 'abc' is not a price >= 0"),
    ({"price": "-1"}, "column price row 3: '-1' is not a price >= 0"),
    ({"price": "12.345"}, "column price row 3: '12.345' has more than 2 decimals \\(amounts are in cents\\)"),
    ({"delivery_date": "tomorrow"}, "column delivery_date row 3: 'tomorrow' is not a date in the accepted forms"),
    ({"product_category": "spaceships"}, "column product_category row 3: 'spaceships' is not a known product"),
    ({"currency": "XYZ"}, "column currency row 3: 'XYZ' is not one of"),
    # blank texts were classified from nothing and decided (benchmarks/cli_probes.py, `predict risk`)
    ({"reason_text": ""}, "column reason_text row 3: '' is not a text \\(it is blank\\)"),
    ({"reason_text": " \u200b "}, "column reason_text row 3: .+ is not a text \\(it is blank\\)"),
    ({"reason_text": "too\x07small"}, "column reason_text row 3: .+ is not a text without control characters"),
    # as the API (`triage predict risk` decided on a text of any length)
    ({"reason_text": "x" * 5_001}, "column reason_text row 3: a text of 5,001 characters; at most 5,000"),
    # as the API (ids of at most 64 characters): a customer id of 1,000,000 was assessed and written back whole
    (
        {"customer_id": "c" * 65},
        r"column customer_id row 3: .+ \(65 characters\) is not an id of at most 64 characters",
    ),
    ({"sku": "s" * 1_000_000}, r"column sku row 3: .+ \(1,000,000 characters\) is not an id of at most 64 characters"),
    # as the API: decided "Requested within the 30-day return window" on -1 days
    (
        {"delivery_date": "2026-11-10T14:00:00Z", "request_date": "2026-11-09T23:00:00Z"},
        "column request_date row 3: '2026-11-09T23:00:00Z' is on a day before delivery_date",
    ),
]


def test_good_rows_are_read_with_numeric_prices(tmp_path: Path) -> None:
    frame = read_requests_csv(write(tmp_path))
    assert frame["price"].tolist() == [49.9, 49.9]
    assert frame["reason_text"].tolist() == ["trop petite", "trop petite"]


@pytest.mark.parametrize(
    ("change", "message"), BAD, ids=[next(iter(change)) + str(i) for i, (change, _) in enumerate(BAD)]
)
def test_the_first_bad_value_is_named_by_column_and_row(tmp_path: Path, change: dict[str, str], message: str) -> None:
    with pytest.raises(BatchInputError, match=message):
        read_requests_csv(write(tmp_path, **change))


@pytest.mark.parametrize(("change", "message"), BAD[:3], ids=["price", "negative", "date"])
def test_monitoring_refuses_the_same_rows_with_the_same_words(
    tmp_path: Path, change: dict[str, str], message: str
) -> None:
    with pytest.raises(WindowError, match=message):
        read_window_csv(write(tmp_path, **change), min_rows=1)


@pytest.mark.parametrize("second", [{}, {"reason_text": "trop grande"}], ids=["the same request", "another request"])
def test_a_return_twice_is_refused_naming_it_and_both_lines(tmp_path: Path, second: dict[str, str]) -> None:
    # monitor: 30 requests each twice passed the 50-request minimum; predict risk scored and wrote each row, two
    # assessments of one return (the prediction log holds a return once)
    path = write(tmp_path, return_id="r1", **second)
    said = r"requests.csv: return_id 'r1' is on lines 2 and 3: a file of requests holds each return once"
    with pytest.raises(WindowError, match=said):
        read_window_csv(path, min_rows=1)
    with pytest.raises(BatchInputError, match=said):
        read_requests_csv(path)


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    path = tmp_path / "requests.csv"
    path.write_text("return_id,reason_text\nr1,trop petite\n", encoding="utf-8")
    with pytest.raises(WindowError, match="lacks columns: customer_id, order_id"):
        read_window_csv(path, min_rows=1)


SHOP = Bounds(first=datetime(2000, 1, 1), last=datetime(2030, 1, 1), max_price=10_000)
OUTSIDE = [
    ({"price": "inf"}, "column price row 3: 'inf' is not a price >= 0"),
    ({"price": "25000"}, "column price row 3: '25000' is not a price up to max_item_price (10,000)"),
    ({"request_date": "1990-01-01T00:00:00Z"}, "column request_date row 3: '1990-01-01T00:00:00Z' is not a moment"),
    ({"delivery_date": "2031-01-01"}, "column delivery_date row 3: '2031-01-01' is not a moment from 2000-01-01"),
    # past the years pandas holds: they were "not an ISO 8601 timestamp", which they are
    ({"request_date": "1600-01-03"}, "column request_date row 3: '1600-01-03' is not a moment from 2000-01-01"),
    ({"delivery_date": "2999-01-01"}, "column delivery_date row 3: '2999-01-01' is not a moment from 2000-01-01"),
]


@pytest.mark.parametrize(
    ("change", "message"), OUTSIDE, ids=["inf", "above", "before", "after", "before-pandas", "after-pandas"]
)
def test_values_the_api_refuses_are_refused_in_a_csv_too(tmp_path: Path, change: dict[str, str], message: str) -> None:
    # `triage predict risk` decided these rows (an infinite price, one above the shop's maximum, dates 1990, 2031)
    with pytest.raises(BatchInputError, match=re.escape(message)):
        read_requests_csv(write(tmp_path, **change), SHOP)
    assert len(read_requests_csv(write(tmp_path), SHOP)) == 2


def test_a_price_too_large_to_count_in_cents_is_refused_without_numpys_warning(tmp_path: Path) -> None:
    # 1e308 overflowed when rounded to cents: numpy's RuntimeWarning printed 2 lines above the command's message
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(BatchInputError, match=re.escape("'1e308' is not a price up to max_item_price (10,000)")):
            read_requests_csv(write(tmp_path, price="1e308"), SHOP)


def test_the_highest_ceiling_the_settings_take_holds_a_price_in_cents(tmp_path: Path) -> None:
    # under the highest ceiling the settings take, the largest prices in cents read as typed, and a cent more is
    # refused by the ceiling, as the API refuses it (1e307 was refused here as too large to count in cents while the
    # API and `predict replies` took it)
    ceiling = Bounds(first=SHOP.first, last=SHOP.last, max_price=LARGEST_ITEM_PRICE)
    for price in (f"{LARGEST_ITEM_PRICE}", f"{LARGEST_ITEM_PRICE - 1}.99", f"{LARGEST_ITEM_PRICE - 1}.01"):
        read = read_requests_csv(write(tmp_path, price=price), ceiling)["price"].iloc[1]
        assert f"{read:.2f}" == f"{float(price):.2f}" == (price if "." in price else f"{price}.00")
    above = re.escape(f"is not a price up to max_item_price ({LARGEST_ITEM_PRICE:,})")
    with pytest.raises(BatchInputError, match=above):
        read_requests_csv(write(tmp_path, price=f"{LARGEST_ITEM_PRICE}.01"), ceiling)


@pytest.mark.parametrize(
    ("ceiling", "said"),
    [
        (LARGEST_ITEM_PRICE, "70,368,744,177,664"),
        (100_000, "100,000"),
        (99.5, "99.50"),
        # finer than a cent: rounded to cents, a price of 12.35 was "above max_item_price (12.35)"
        (12.3456, "12.3456"),
        (99.999, "99.999"),
    ],
)
def test_a_price_ceiling_is_said_whole_by_every_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ceiling: float, said: str
) -> None:
    # printed with :g, 2^46 read "max_item_price (7.03687e+13)"
    bounds = Bounds(first=SHOP.first, last=SHOP.last, max_price=ceiling)
    above = f"{ceiling + 1:.2f}"
    with pytest.raises(BatchInputError, match=re.escape(f"up to max_item_price ({said})")):
        read_requests_csv(write(tmp_path, price=above), bounds)
    items = pd.DataFrame([{column.name: "1" for column in TABLES["line_items"]} | {"price": above, "discount": "0"}])
    _, problems = checked_table("line_items", items.assign(product_category="shoes", size=""), "items", bounds)
    assert [problem.problem for problem in problems] == [f"not a number between 0 and {said}"]
    monkeypatch.setenv("TRIAGE_MAX_ITEM_PRICE", str(ceiling))
    get_settings.cache_clear()
    try:
        with pytest.raises(ValidationError, match=re.escape(f"price is above max_item_price ({said})")):
            TypeAdapter(Price).validate_python(ceiling + 1)
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()


def test_a_large_whole_price_has_no_decimals(tmp_path: Path) -> None:
    # without bounds 3e200 was refused as having more than 2 decimals: numpy's rounding to cents is inexact that
    # far up, the API's (Python's round) finds none
    assert read_requests_csv(write(tmp_path, price="3e200"))["price"].iloc[1] == 3e200


@pytest.mark.parametrize("column", ["price", "currency", "delivery_date"])
def test_a_value_pasted_by_mistake_is_named_not_printed(tmp_path: Path, column: str) -> None:
    # a 100,000-character cell was quoted whole: the message that refused it was 100 kB long
    path = write(tmp_path, **{column: "9" * 100_000})
    with pytest.raises(BatchInputError) as refused:
        read_requests_csv(path)
    assert f"row 3: {'9' * 40!r}… (100,000 characters) is not" in str(refused.value)
    # past the file's path, whose length is the test folder's
    assert len(str(refused.value).removeprefix(str(path))) < 250


def test_a_year_pandas_cannot_hold_is_named_as_outside_its_years_without_bounds(tmp_path: Path) -> None:
    with pytest.raises(
        BatchInputError, match=re.escape("'1600-01-03' is not a moment between the years 1678 and 2261")
    ):
        read_requests_csv(write(tmp_path, request_date="1600-01-03"))


def test_a_column_mixing_iso_8601_forms_is_read(tmp_path: Path) -> None:
    # pandas read every cell in the first one's form: "2026-11-10" under "2026-11-10T09:30:00Z" was refused as "not an
    # ISO 8601 timestamp", and the risk features' own reading would have failed on it
    frame = read_requests_csv(
        write(tmp_path, request_date="2026-11-10", delivery_date="2026-11-02T08:00:00+01:00"), SHOP
    )
    line_items = pd.DataFrame(columns=["order_id", "sku", "product_id", "price", "discount"])
    requests = requests_from_export(frame, line_items)
    assert requests["request_ts"].tolist() == [pd.Timestamp("2026-11-10 09:30"), pd.Timestamp("2026-11-10")]
    assert requests["delivery_ts"].tolist() == [pd.Timestamp("2026-11-02"), pd.Timestamp("2026-11-02 07:00")]


def test_the_history_is_read_as_of_the_latest_request_in_any_iso_form(tmp_path: Path) -> None:
    # `triage predict risk` read the dates again in the first cell's form: a traceback after the reasons were predicted
    frame = read_requests_csv(write(tmp_path, request_date="2026-11-11"), SHOP)
    assert latest_request(frame) == datetime(2026, 11, 11, tzinfo=UTC)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("-0", "is a negative zero: every amount is 0 or more"),
        ("-0.00", "is a negative zero: every amount is 0 or more"),
        ("1e-400", "reads as 0: it is below the smallest number a double holds"),
    ],
)
def test_a_price_read_as_0_though_not_written_so_is_refused_by_every_csv_reader(
    tmp_path: Path, written: str, said: str
) -> None:
    # the API refuses these (d64b008, 45da4b5), but predict risk, monitor --current, data load and batch score read
    # them as a price of 0 (a free item, a keep-item refund of nothing); 0, 0.00 and 0e5 stay prices of 0
    with pytest.raises(BatchInputError, match=re.escape(f"column price row 3: {written!r} {said}")):
        read_requests_csv(write(tmp_path, price=written), SHOP)
    for zero in ("0", "0.00", "0e5"):
        assert read_requests_csv(write(tmp_path, price=zero), SHOP)["price"].iloc[1] == 0
    items = pd.DataFrame([{column.name: "1" for column in TABLES["line_items"]} | {"price": "5", "discount": "0"}] * 2)
    items.loc[1, "price"], items.loc[0, "discount"] = written, written
    _, problems = checked_table("line_items", items.assign(product_category="shoes", size=""), "items", SHOP)
    assert [(problem.line, problem.column, problem.problem.split(":")[0]) for problem in problems] == [
        (2, "discount", said.split(":")[0]),
        (3, "price", said.split(":")[0]),
    ]


@pytest.mark.parametrize("column", ["reason code", "Reason_Code", "reason-code", "LANG", "customer email hash"])
def test_an_optional_column_spelled_otherwise_is_refused_naming_the_spelling_read(tmp_path: Path, column: str) -> None:
    # the file was read as without the column: the ticked reason, the language or the e-mail the lists match left out
    # without a word
    path = tmp_path / "requests.csv"
    path.write_text(f"{','.join(REQUEST_CSV_COLUMNS)},{column}\n{','.join(GOOD.values())},x\n", encoding="utf-8")
    meant = column.lower().replace(" ", "_").replace("-", "_")
    said = rf"column '{column}' is not read \(the column read is spelled '{meant}'\): rename it"
    with pytest.raises(BatchInputError, match=said):
        read_requests_csv(path)


def test_a_column_of_the_callers_own_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "requests.csv"
    path.write_text(f"{','.join(REQUEST_CSV_COLUMNS)},ticket\n{','.join(GOOD.values())},T-1\n", encoding="utf-8")
    assert read_requests_csv(path)["ticket"].tolist() == ["T-1"]


def test_monitor_refuses_a_file_too_small_before_any_model_answers_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `monitor --current` loaded the champions and scored every row of a 2-row file, then said it was too small
    from tests.code.test_cli_inputs import invoke_on_state

    state = tmp_path / "state"
    result = invoke_on_state(monkeypatch, state, ["monitor", "--current", str(write(tmp_path))])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "requests.csv) holds 2 requests; at least 50 are needed" in said, said
    assert not state.exists()  # no registry was opened: no model was looked for


def test_monitor_refusing_a_one_row_file_says_one_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the refusal said "holds 1 requests"
    from tests.code.test_cli_inputs import invoke_on_state

    path = tmp_path / "one.csv"
    path.write_text("\n".join(write(tmp_path).read_text(encoding="utf-8").splitlines()[:2]) + "\n", encoding="utf-8")
    result = invoke_on_state(monkeypatch, tmp_path / "state", ["monitor", "--current", str(path)])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "one.csv) holds 1 request; at least 50 are needed" in said, said


def test_monitoring_a_good_file_on_an_empty_state_makes_no_registry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with no champion to find, the registry was opened anyway: mlflow.db, mlruns/ and reports/ made by a read
    from tests.code.test_cli_inputs import invoke_on_state

    rows = [{**GOOD, "return_id": f"r{n}"} for n in range(50)]
    path = tmp_path / "fifty.csv"
    lines = [",".join(REQUEST_CSV_COLUMNS)] + [",".join(row[c] for c in REQUEST_CSV_COLUMNS) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    state = tmp_path / "state"
    state.mkdir()
    result = invoke_on_state(monkeypatch, state, ["monitor", "--current", str(path)])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "no champion" in said, said
    assert sorted(p.name for p in state.iterdir()) == [], said


@pytest.mark.parametrize(
    ("column", "value", "said"),
    [
        ("return_id", "\uff32\uff11", "must be in Unicode NFKC"),
        ("customer_id", "C\ufb01", "must be in Unicode NFKC"),
        ("sku", "SHO\u200b1", "must be printable"),
        ("order_id", "O1\u202e", "must be printable"),
    ],
)
def test_an_id_the_api_refuses_is_refused_in_a_csv_too(tmp_path: Path, column: str, value: str, said: str) -> None:
    # "Ｒ１" beside "R1" were two returns assessed (the API refuses the first), and a zero-width space went through
    with pytest.raises(BatchInputError, match=f"column {column} row 3: .* {said}"):
        read_requests_csv(write(tmp_path, **{column: value}))
