"""Finds stored history rows that would break or skew the risk features.

A row can reach the history store from an export or, before the API checked dates, from a triaged
request: a return dated 1600 made every later request of that customer fail. `check_history`
lists each such row (table, column, row id, value, problem) so an operator can correct or delete
it; `triage history check` prints them and exits non-zero when there are any.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from features.dates import before_delivery_problem
from features.schemas import TABLES
from features.tables import Bounds
from features.text import amount_text
from serving.db import HISTORY_TABLES
from triage.settings import Settings


@dataclass(frozen=True)
class HistoryProblem:
    """One stored value the features cannot use."""

    table: str
    column: str
    row: str
    value: str
    problem: str

    def __str__(self) -> str:
        return f"{self.table}.{self.column} row {self.row}: {self.value} ({self.problem})"


def _key(table: sa.Table) -> sa.Column:
    return next(iter(table.primary_key.columns))


def _outside(table: sa.Table, column: sa.Column, low: object, high: object) -> sa.Select:
    return sa.select(_key(table), column).where(sa.or_(column < low, column > high)).order_by(_key(table))


def history_bounds(settings: Settings) -> Bounds:
    """What the shop's history can hold: moments from `settings.shop_founded` to now (+ clock skew),
    prices up to `settings.max_item_price` (`features.tables.Bounds`); imports are checked against it too."""
    first = datetime.combine(settings.shop_founded, datetime.min.time())
    last = datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=settings.clock_skew_seconds)
    return Bounds(first=first, last=last, max_price=settings.max_item_price)


def _out_of_order() -> list[tuple[str, str, sa.Select, str]]:
    """The stored rows `data load` now refuses (`features.tables.out_of_order`), loaded before it did: an order
    delivered before it was placed, a return requested before its order or on a UTC day before its delivery, which
    the window rule read as a return within the window on a negative number of days."""
    orders, returns = HISTORY_TABLES["orders"], HISTORY_TABLES["returns"]
    placed = returns.join(orders, returns.c.order_id == orders.c.order_id)
    early = sa.select(orders.c.order_id, orders.c.delivery_ts).where(orders.c.delivery_ts < orders.c.order_ts)
    requested = sa.select(returns.c.return_id, returns.c.request_ts).select_from(placed)
    before_order = requested.where(returns.c.request_ts < orders.c.order_ts)
    before_delivery = requested.where(
        returns.c.request_ts >= orders.c.order_ts,
        sa.func.date(returns.c.request_ts) < sa.func.date(orders.c.delivery_ts),
    )
    return [
        ("orders", "delivery_ts", early.order_by(orders.c.order_id), "is before its order_ts"),
        ("returns", "request_ts", before_order.order_by(returns.c.return_id), "is before its order's order_ts"),
        (
            "returns",
            "request_ts",
            before_delivery.order_by(returns.c.return_id),
            before_delivery_problem("its order's delivery_ts"),
        ),
    ]


def check_history(engine: Engine, bounds: Bounds, limit: int = 1_000) -> list[HistoryProblem]:
    """Stored rows with a moment, price or discount outside `bounds` (see `history_bounds`), or a moment before the
    one of its order it follows (`_out_of_order`); at most `limit` per check, ordered by table, column and row id."""
    floor, ceiling = bounds.first, bounds.last
    checks: list[tuple[str, str, sa.Select, str]] = []
    for name, columns in TABLES.items():
        table = HISTORY_TABLES[name]
        for column in columns:
            stored = table.c[column.name]
            if column.dtype == "datetime64[ns]":
                problem = f"not between {floor:%Y-%m-%d} and {ceiling:%Y-%m-%d %H:%M}"
                checks.append((name, column.name, _outside(table, stored, floor, ceiling), problem))
            elif column.name == "price":
                problem = f"not a price between 0 and {amount_text(bounds.max_price)}"
                # Infinity is above any bound; PostgreSQL orders NaN above every number and SQLite stores it as NULL.
                checks.append((name, column.name, _outside(table, stored, 0, bounds.max_price), problem))
            elif column.name == "discount":
                checks.append((name, column.name, _outside(table, stored, 0, 1), "not a discount between 0 and 1"))
    checks += _out_of_order()
    problems = []
    with engine.connect() as connection:
        for table, column, query, problem in checks:
            for row, value in connection.execute(query.limit(limit)):
                shown = value.isoformat() if isinstance(value, datetime) else repr(value)
                problems.append(HistoryProblem(table, column, str(row), shown, problem))
    return problems
