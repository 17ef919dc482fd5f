"""The customer history store: idempotent loading and point-in-time reads, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy.engine import Engine

from features.schemas import column_names
from serving.stores.history import LOAD_ORDER, HistoryStore, load_history
from triage.sample_data.io import read_table, write_table
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


def test_unknown_customer_has_empty_history(engine: Engine) -> None:
    frames = HistoryStore(engine).frames_for(["C999999"], pd.Timestamp("2026-01-01").to_pydatetime())
    assert all(frame.empty for frame in frames.values())
    assert list(frames["orders"].columns) == column_names("orders")


def test_missing_export_file_is_reported(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises((FileNotFoundError, ValueError), match="customers"):
        load_history(engine, tmp_path)
