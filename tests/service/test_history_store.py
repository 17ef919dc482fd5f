"""The customer history store: idempotent loading, point-in-time reads, and the triaged returns and
feedback that keep it current, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy.engine import Engine

from features.history import QuotaRule, risk_features
from features.schemas import ABUSIVE_INSPECTION_OUTCOMES, TABLES, column_names
from features.tables import read_table, write_table
from serving.api import EXAMPLE_EN, ReasonPart, ReturnRequest
from serving.request_features import ordered_items, request_columns
from serving.stores.history import (
    LOAD_ORDER,
    SERVED_COLUMNS,
    HistoryStore,
    apply_feedback,
    load_history,
    record_triaged_returns,
)
from triage.settings import Settings


@pytest.fixture(scope="module")
def small_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed sample data cut down to the five customers with the most returns."""
    sample = Settings().sample_data_dir
    tables = {name: read_table(name, sample) for name in LOAD_ORDER}
    customers = tables["returns"]["customer_id"].value_counts().index[:5]
    orders = tables["orders"][tables["orders"]["customer_id"].isin(customers)]
    subset = {
        "customers": tables["customers"][tables["customers"]["customer_id"].isin(customers)],
        "orders": orders,
        "line_items": tables["line_items"][tables["line_items"]["order_id"].isin(orders["order_id"])],
        "returns": tables["returns"][tables["returns"]["customer_id"].isin(customers)],
    }
    folder = tmp_path_factory.mktemp("export")
    for name, frame in subset.items():
        write_table(frame, name, folder)
    return folder


def test_load_is_idempotent(engine: Engine, small_export: Path) -> None:
    first = load_history(engine, small_export)
    second = load_history(engine, small_export)
    assert first == second
    assert HistoryStore(engine).counts() == {name: len(read_table(name, small_export)) for name in LOAD_ORDER}


def test_frames_for_leaves_out_the_future(engine: Engine, small_export: Path) -> None:
    load_history(engine, small_export)
    returns = read_table("returns", small_export)
    customer = returns["customer_id"].iloc[0]
    theirs = returns[returns["customer_id"] == customer].sort_values("request_ts")
    as_of = theirs["request_ts"].iloc[len(theirs) // 2].to_pydatetime()
    frames = HistoryStore(engine).frames_for([customer], as_of)
    assert set(frames) == set(LOAD_ORDER)
    for name, frame in frames.items():
        assert list(frame.columns) == column_names(name)
    assert len(frames["customers"]) == 1
    assert (frames["returns"]["request_ts"] <= pd.Timestamp(as_of)).all()
    assert len(frames["returns"]) == int((theirs["request_ts"] <= as_of).sum())
    assert (frames["orders"]["order_ts"] <= pd.Timestamp(as_of)).all()
    assert set(frames["line_items"]["order_id"]) <= set(frames["orders"]["order_id"])
    assert frames["returns"]["request_ts"].dtype == "datetime64[ns]"


def test_frames_for_returns_the_stored_rows_with_the_schema_dtypes(engine: Engine, small_export: Path) -> None:
    load_history(engine, small_export)
    exported = {name: read_table(name, small_export) for name in LOAD_ORDER}
    customers = sorted(set(exported["returns"]["customer_id"]))[:3]
    orders = exported["orders"]["order_id"][exported["orders"]["customer_id"].isin(customers)]
    theirs = {
        "customers": exported["customers"]["customer_id"].isin(customers),
        "orders": exported["orders"]["customer_id"].isin(customers),
        "line_items": exported["line_items"]["order_id"].isin(orders),
        "returns": exported["returns"]["customer_id"].isin(customers),
    }
    for name, frame in HistoryStore(engine).frames_for(customers, datetime(2100, 1, 1)).items():
        key = column_names(name)[0]
        stored = frame.sort_values(key).reset_index(drop=True)
        expected = exported[name][theirs[name]][column_names(name)].sort_values(key).reset_index(drop=True)
        assert len(stored) == len(expected) > 0
        for column in TABLES[name]:  # booleans are nullable: a live return has no inspection outcome yet
            assert str(stored[column.name].dtype) == {"bool": "boolean"}.get(column.dtype, column.dtype), column.name
        pd.testing.assert_frame_equal(stored, expected, check_dtype=False)


def test_served_columns_are_the_stored_columns_and_give_the_same_features(engine: Engine, small_export: Path) -> None:
    """The columns a served triage reads: the same rows and dtypes as the full frames, in schema order,
    and the same risk features (for a return on a stored order, and for a customer never seen)."""
    load_history(engine, small_export)
    returns = read_table("returns", small_export).sort_values("request_ts")
    skus = read_table("line_items", small_export).set_index("line_item_id")["sku"]
    store = HistoryStore(engine)
    for stored in [*returns.iloc[[len(returns) // 2, -1]].itertuples(), None]:
        request = _return_request()
        if stored is not None:
            request = _return_request(
                customer_id=stored.customer_id, order_id=stored.order_id, sku=skus[stored.line_item_id]
            )
        as_of = returns["request_ts"].iloc[-1].to_pydatetime() + timedelta(days=1)
        full = store.frames_for([request.customer_id], as_of)
        served = store.frames_for([request.customer_id], as_of, columns=SERVED_COLUMNS)
        for name, frame in served.items():
            assert list(frame.columns) == [column for column in column_names(name) if column in SERVED_COLUMNS[name]]
            pd.testing.assert_frame_equal(frame, full[name][list(frame.columns)], check_exact=True)
        features = _features_from(request, as_of, served)
        pd.testing.assert_series_equal(features, _features_from(request, as_of, full), check_exact=True)
        assert pd.notna(features["order_items"]) == (stored is not None)


def test_served_columns_are_the_frames_columns(engine: Engine, small_export: Path) -> None:
    """`columns_for` (what a served batch reads) holds the same arrays as `frames_for`, and
    `risk_features` gives the same features from either form, for stored and unseen customers."""
    load_history(engine, small_export)
    returns = read_table("returns", small_export).sort_values("request_ts")
    as_of = returns["request_ts"].iloc[-1].to_pydatetime() + timedelta(days=1)
    store = HistoryStore(engine)
    for request in (_return_request(customer_id=returns["customer_id"].iloc[-1]), _return_request()):
        frames = store.frames_for([request.customer_id], as_of, columns=SERVED_COLUMNS)
        columns = store.columns_for([request.customer_id], as_of, columns=SERVED_COLUMNS)
        assert columns.keys() == frames.keys()
        for name, frame in frames.items():
            assert list(columns[name]) == list(frame.columns)
            pd.testing.assert_frame_equal(pd.DataFrame(columns[name]), frame, check_exact=True)
        pd.testing.assert_series_equal(
            _features_from(request, as_of, columns), _features_from(request, as_of, frames), check_exact=True
        )


def test_unknown_customer_has_empty_history(engine: Engine) -> None:
    frames = HistoryStore(engine).frames_for(["C999999"], pd.Timestamp("2026-01-01").to_pydatetime())
    assert all(frame.empty for frame in frames.values())
    assert list(frames["orders"].columns) == column_names("orders")


def test_missing_export_file_is_reported(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises((FileNotFoundError, ValueError), match="customers"):
        load_history(engine, tmp_path)


def _return_request(**overrides: object) -> ReturnRequest:
    """A live return request of a customer the store has never seen."""
    fields = EXAMPLE_EN | {"return_id": "RL00001", "customer_id": "CL00001", "order_id": "OL00001"}
    return ReturnRequest.model_validate(fields | overrides)


def _features_at(engine: Engine, request: ReturnRequest, moment: datetime) -> pd.Series:
    """The risk features of `request` as if it were made at `moment`, from the store's frames."""
    return _features_from(request, moment, HistoryStore(engine).frames_for([request.customer_id], moment))


def _features_from(request: ReturnRequest, moment: datetime, tables: dict[str, pd.DataFrame]) -> pd.Series:
    """The risk features of `request` as if it were made at `moment`, from these history frames."""
    later = request.model_copy(update={"request_date": moment})
    reason = ReasonPart(code="too_small", family="fit", confidence=0.9, top3=[], needs_review=False)
    requests = request_columns([later], [reason], ordered_items([later], tables["line_items"]))
    return risk_features(requests, tables, QuotaRule(frozenset({"shoes"}), 90, frozenset())).iloc[0]


def _triage(engine: Engine, requests: list[ReturnRequest], labels: list[str]) -> None:
    with engine.begin() as connection:
        record_triaged_returns(connection, requests, labels)


def test_triaged_return_is_history_from_its_request_on(engine: Engine) -> None:
    request = _return_request()
    _triage(engine, [request], ["too_small"])
    store = HistoryStore(engine)
    assert store.frames_for([request.customer_id], request.request_date - timedelta(seconds=1))["returns"].empty
    frames = store.frames_for([request.customer_id], request.request_date + timedelta(days=1))
    (stored,) = frames["returns"].itertuples(index=False)
    assert (stored.return_id, stored.label, stored.reason_text) == ("RL00001", "too_small", request.reason_text)
    # Not confirmed (False, which the features need), and no inspection yet (unknown).
    assert not stored.confirmed_abuse and pd.isna(stored.inspection_outcome)
    assert list(frames["orders"]["order_id"]) == ["OL00001"]
    assert frames["line_items"].empty and frames["customers"].empty
    features = _features_at(engine, request, request.request_date + timedelta(days=5))
    assert (features["returns_last_30d"], features["confirmed_abuse_count"]) == (1, 0)
    assert _features_at(engine, request, request.request_date)["returns_last_30d"] == 0


def test_retriaging_a_return_keeps_one_row(engine: Engine) -> None:
    request = _return_request()
    _triage(engine, [request], ["too_small"])
    _triage(engine, [request, request.model_copy(update={"return_id": "RL00002"})], ["too_big", "too_big"])
    counts = HistoryStore(engine).counts()
    assert (counts["returns"], counts["orders"]) == (2, 1)
    frames = HistoryStore(engine).frames_for([request.customer_id], request.request_date)
    labels = dict(zip(frames["returns"]["return_id"], frames["returns"]["label"], strict=True))
    assert labels == {"RL00001": "too_small", "RL00002": "too_big"}


def test_inspection_feedback_confirms_abuse_for_later_requests(engine: Engine) -> None:
    request = _return_request()
    _triage(engine, [request], ["too_small"])
    with engine.begin() as connection:
        apply_feedback(connection, "RL00001", corrected_reason="wrong_item", inspection_outcome="item_swapped")
    (stored,) = HistoryStore(engine).frames_for([request.customer_id], request.request_date)["returns"].itertuples()
    assert (stored.label, stored.inspection_outcome, stored.confirmed_abuse) == ("wrong_item", "item_swapped", True)
    # Abuse counts once the confirmation delay after the abusive request has passed.
    assert _features_at(engine, request, request.request_date + timedelta(days=10))["confirmed_abuse_count"] == 1
    assert _features_at(engine, request, request.request_date + timedelta(days=3))["confirmed_abuse_count"] == 0


def test_harmless_inspection_and_unknown_returns_confirm_nothing(engine: Engine) -> None:
    request = _return_request()
    _triage(engine, [request], ["too_small"])
    with engine.begin() as connection:
        apply_feedback(connection, "RL00001", corrected_reason=None, inspection_outcome="ok")
        apply_feedback(connection, "R-not-stored", corrected_reason="too_big", inspection_outcome="item_swapped")
    assert HistoryStore(engine).counts()["returns"] == 1
    (stored,) = HistoryStore(engine).frames_for([request.customer_id], request.request_date)["returns"].itertuples()
    assert (stored.label, stored.inspection_outcome, stored.confirmed_abuse) == ("too_small", "ok", False)


def test_triaged_return_points_at_the_stored_line_item(engine: Engine, small_export: Path) -> None:
    load_history(engine, small_export)
    line = read_table("line_items", small_export).iloc[0]
    order = read_table("orders", small_export).set_index("order_id").loc[line["order_id"]]
    request = _return_request(
        customer_id=order["customer_id"],
        order_id=line["order_id"],
        sku=line["sku"],
        order_date=order["order_ts"].isoformat(),
        delivery_date=(order["order_ts"] + timedelta(days=1)).isoformat(),
        request_date=(order["order_ts"] + timedelta(days=2)).isoformat(),
        currency="EUR" if order["currency"] == "GBP" else "GBP",
    )
    before = HistoryStore(engine).counts()
    _triage(engine, [request], ["too_small"])
    frames = HistoryStore(engine).frames_for([request.customer_id], request.request_date)
    stored = frames["returns"].set_index("return_id").loc["RL00001"]
    assert stored["line_item_id"] == line["line_item_id"]
    # The exported order is kept as it is, not overwritten by the request's copy.
    assert frames["orders"].set_index("order_id").loc[line["order_id"], "currency"] == order["currency"]
    assert HistoryStore(engine).counts() == before | {"returns": before["returns"] + 1}


def test_abusive_outcomes_are_those_the_sample_data_mostly_confirms() -> None:
    returns = read_table("returns", Settings().sample_data_dir)
    confirmed_share = returns.groupby("inspection_outcome")["confirmed_abuse"].mean()
    assert set(confirmed_share[confirmed_share > 0.5].index) == ABUSIVE_INSPECTION_OUTCOMES


def test_a_triaged_returns_unknown_outcome_reads_as_false_without_pandas_warning(
    engine: Engine, small_export: Path
) -> None:
    # a return the service added has no outcome yet (NULL): filling it printed pandas' FutureWarning about
    # downcasting on every `triage monitor` over a served state
    import warnings

    import sqlalchemy as sa

    from features.store import read_history

    load_history(engine, small_export)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE returns SET confirmed_abuse = NULL, contacted_again = NULL"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        returns = read_history(engine)["returns"]
    assert returns["confirmed_abuse"].dtype == bool and not returns["confirmed_abuse"].any()
    assert returns["contacted_again"].dtype == bool and not returns["contacted_again"].any()
