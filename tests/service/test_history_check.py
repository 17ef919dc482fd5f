"""Stored history rows that break the risk features are found, named and never silently wrapped
(issue 16, defect 1)."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import numpy as np
import pandas as pd
import pytest
from sqlalchemy.engine import Engine

from features.dates import before_delivery
from serving.db import HISTORY_TABLES
from serving.stores.history import HistoryStore, StoredHistoryError
from serving.stores.history_check import check_history, history_bounds
from triage.settings import Settings


def _customer_with_returns(engine: Engine, customer: str, moments: list[datetime]) -> None:
    with engine.begin() as connection:
        connection.execute(HISTORY_TABLES["customers"].insert(), [{"customer_id": customer, "created_at": moments[0]}])
        connection.execute(
            HISTORY_TABLES["orders"].insert(),
            [{"order_id": f"O-{customer}", "customer_id": customer, "order_ts": moments[0], "delivery_ts": moments[0]}],
        )
        connection.execute(
            HISTORY_TABLES["returns"].insert(),
            [
                {
                    "return_id": f"R-{customer}-{n}",
                    "order_id": f"O-{customer}",
                    "customer_id": customer,
                    "request_ts": moment,
                }
                for n, moment in enumerate(moments)
            ],
        )


@pytest.mark.parametrize("rows", [3, 40])  # below and above the size where pandas converts instead of numpy
def test_reading_a_date_pandas_cannot_hold_names_it(engine: Engine, rows: int) -> None:
    moments = [datetime(2025, 1, 1)] * (rows - 1) + [datetime(1600, 1, 3)]
    _customer_with_returns(engine, "C-bad", moments)
    with pytest.raises(StoredHistoryError, match=r"returns\.request_ts.*1600-01-03"):
        HistoryStore(engine).columns_for(["C-bad"], datetime(2026, 1, 1))


def test_check_lists_each_broken_row(engine: Engine) -> None:
    _customer_with_returns(engine, "C-ok", [datetime(2025, 1, 1), datetime(2025, 2, 1)])
    _customer_with_returns(engine, "C-bad", [datetime(2025, 1, 1), datetime(1600, 1, 3), datetime(9000, 1, 1)])
    with engine.begin() as connection:
        connection.execute(
            HISTORY_TABLES["line_items"].insert(),
            [
                {"line_item_id": "L1", "order_id": "O-C-ok", "price": 1e308, "discount": 0.0},
                {"line_item_id": "L2", "order_id": "O-C-ok", "price": 10.0, "discount": 1.5},
            ],
        )
    problems = check_history(engine, history_bounds(Settings()))
    found = {(p.table, p.column, p.row) for p in problems}
    assert found == {
        ("returns", "request_ts", "R-C-bad-1"),
        ("returns", "request_ts", "R-C-bad-2"),
        ("line_items", "price", "L1"),
        ("line_items", "discount", "L2"),
    }
    assert all(p.value and p.problem for p in problems)
    assert "1600-01-03" in next(p.value for p in problems if p.row == "R-C-bad-1")


def test_rows_stored_before_data_load_refused_them_out_of_order_are_listed(engine: Engine) -> None:
    # loaded before `data load` compared a return with its order: the window rule read them as within the window
    # on -1 days, and nothing said they were there
    _customer_with_returns(engine, "C-early", [datetime(2025, 1, 2)])  # delivered 2025-01-02: same day, taken
    with engine.begin() as connection:
        orders = HISTORY_TABLES["orders"]
        connection.execute(orders.update().values(delivery_ts=datetime(2025, 1, 3, 8)))  # the return: the day before
        connection.execute(
            orders.insert(),
            [
                {
                    "order_id": "O-x",
                    "customer_id": "C-early",
                    "order_ts": datetime(2025, 2, 2),
                    "delivery_ts": datetime(2025, 2, 1),
                }
            ],
        )
    problems = check_history(engine, history_bounds(Settings()))
    assert [(p.table, p.column, p.row, p.problem) for p in problems] == [
        ("orders", "delivery_ts", "O-x", "is before its order_ts"),
        (
            "returns",
            "request_ts",
            "R-C-early-0",
            "is on a day before its order's delivery_ts (a return is asked for an item delivered)",
        ),
    ]


def test_a_clean_history_has_no_problems(engine: Engine) -> None:
    _customer_with_returns(engine, "C-ok", [datetime(2025, 1, 1)])
    assert check_history(engine, history_bounds(Settings())) == []


def test_the_stored_day_before_delivery_is_the_one_data_load_refuses_at_midnights_edges(engine: Engine) -> None:
    # the check compares SQL date()s, data load pandas days (`features.dates.before_delivery`): the same rule, read by
    # SQLite, PostgreSQL and pandas, on every pair of moments a microsecond either side of two midnights
    midnight = datetime(2025, 3, 10)
    moments = [midnight + shift for shift in (timedelta(days=-1, microseconds=-1), timedelta(microseconds=-1))]
    moments += [midnight, midnight + timedelta(hours=23, minutes=59, seconds=59, microseconds=999_999)]
    pairs = list(itertools.product(moments, moments))  # (requested, delivered)
    ordered = midnight - timedelta(days=3)
    with engine.begin() as connection:
        connection.execute(HISTORY_TABLES["customers"].insert(), [{"customer_id": "C", "created_at": ordered}])
        connection.execute(
            HISTORY_TABLES["orders"].insert(),
            [
                {"order_id": f"O{n}", "customer_id": "C", "order_ts": ordered, "delivery_ts": delivered}
                for n, (_, delivered) in enumerate(pairs)
            ],
        )
        connection.execute(
            HISTORY_TABLES["returns"].insert(),
            [
                {"return_id": f"R{n:02d}", "order_id": f"O{n}", "customer_id": "C", "request_ts": requested}
                for n, (requested, _) in enumerate(pairs)
            ],
        )
    listed = [p.row for p in check_history(engine, history_bounds(Settings())) if p.table == "returns"]
    frame = pd.DataFrame(pairs, columns=["requested", "delivered"])
    refused = [f"R{n:02d}" for n in np.flatnonzero(before_delivery(frame["requested"], frame["delivered"]))]
    assert listed == refused and len(refused) == 5
