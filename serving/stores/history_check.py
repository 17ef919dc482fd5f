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

from features.schemas import TABLES
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


def check_history(engine: Engine, settings: Settings, limit: int = 1_000) -> list[HistoryProblem]:
    """Rows with a moment before `settings.shop_founded` or after now (+ clock skew), a price below 0 or
    above `settings.max_item_price`, or a discount outside [0, 1]; at most `limit`
    per column, ordered by table, column and row id."""
    floor = datetime.combine(settings.shop_founded, datetime.min.time())
    ceiling = datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=settings.clock_skew_seconds)
    checks: list[tuple[str, str, sa.Select, str]] = []
    for name, columns in TABLES.items():
        table = HISTORY_TABLES[name]
        for column in columns:
            stored = table.c[column.name]
            if column.dtype == "datetime64[ns]":
                problem = f"before shop_founded {settings.shop_founded} or in the future"
                checks.append((name, column.name, _outside(table, stored, floor, ceiling), problem))
            elif column.name == "price":
                problem = f"not a price between 0 and max_item_price {settings.max_item_price:g}"
                # Infinity is above any bound; PostgreSQL orders NaN above every number and SQLite stores it as NULL.
                checks.append((name, column.name, _outside(table, stored, 0, settings.max_item_price), problem))
            elif column.name == "discount":
                checks.append((name, column.name, _outside(table, stored, 0, 1), "not a discount between 0 and 1"))
    problems = []
    with engine.connect() as connection:
        for table, column, query, problem in checks:
            for row, value in connection.execute(query.limit(limit)):
                shown = value.isoformat() if isinstance(value, datetime) else repr(value)
                problems.append(HistoryProblem(table, column, str(row), shown, problem))
    return problems
