"""The customer history store: customers, orders, line items and returns, as in `features.schemas`.

`load_history` imports exports in the sample data's format idempotently (rows are upserted by
id, so loading the same files twice, or a newer export, leaves one row per id).
`HistoryStore.frames_for` hands the risk features a customer's history as pandas frames with
the same columns and dtypes the training data has, so training and serving share one code path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from features.schemas import TABLES, column_names
from serving.db import HISTORY_TABLES

# Parents before children, so a partial failure never leaves orphans of a later table.
LOAD_ORDER: tuple[str, ...] = ("customers", "orders", "line_items", "returns")
_CHUNK_ROWS = 2_000


def _upsert(connection: Connection, table: sa.Table, rows: list[dict]) -> None:
    """Insert rows, replacing those whose primary key exists (SQLite and PostgreSQL dialects)."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table)
    key = next(iter(table.primary_key.columns)).name
    updates = {column.name: statement.excluded[column.name] for column in table.columns if column.name != key}
    connection.execute(statement.on_conflict_do_update(index_elements=[key], set_=updates), rows)


def _records(frame: pd.DataFrame) -> Iterator[list[dict]]:
    """Chunks of plain-Python records (NaN/NaT become None, timestamps become datetimes)."""
    clean = frame.astype(object).where(frame.notna(), None)
    for start in range(0, len(clean), _CHUNK_ROWS):
        chunk = clean.iloc[start : start + _CHUNK_ROWS]
        yield [
            {name: (value.to_pydatetime() if isinstance(value, pd.Timestamp) else value) for name, value in row.items()}
            for row in chunk.to_dict(orient="records")
        ]


def load_history(engine: Engine, data_dir: Path, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Import the four history tables from `data_dir` (sample-data format); returns rows per table.

    Raises:
        FileNotFoundError / ValueError: from the reader, naming the missing file or columns.
    """
    from triage.sample_data.io import read_table

    frames = {name: read_table(name, data_dir) for name in LOAD_ORDER}
    counts: dict[str, int] = {}
    with engine.begin() as connection:
        for name in LOAD_ORDER:
            frame = frames[name][column_names(name)]
            for rows in _records(frame):
                _upsert(connection, HISTORY_TABLES[name], rows)
                if progress is not None:
                    progress(name, len(rows))
            counts[name] = len(frame)
    return counts


def _typed(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Columns in schema order with the schema's pandas dtypes."""
    frame = frame.reindex(columns=column_names(name))
    for column in TABLES[name]:
        if column.dtype == "datetime64[ns]":
            frame[column.name] = pd.to_datetime(frame[column.name]).astype("datetime64[ns]")
        elif column.dtype == "bool":
            frame[column.name] = frame[column.name].astype("boolean")
        else:
            frame[column.name] = frame[column.name].astype(column.dtype)
    return frame


class HistoryStore:
    """Read access to customers' history for the risk features."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def frames_for(self, customer_ids: list[str], as_of: datetime) -> dict[str, pd.DataFrame]:
        """The customers' rows known at `as_of`: keys `customers`, `orders`, `line_items`, `returns`.

        Orders placed and returns requested after `as_of` are left out, so nothing from the
        future reaches the features even if the feature code forgot to filter.
        """
        customers, orders, line_items, returns = (HISTORY_TABLES[name] for name in LOAD_ORDER)
        ids = sorted(set(customer_ids))
        # Stored timestamps are naive UTC (as in the sample data).
        cutoff = pd.Timestamp(as_of).tz_convert(None).to_pydatetime() if as_of.tzinfo else as_of
        order_ids = sa.select(orders.c.order_id).where(orders.c.customer_id.in_(ids), orders.c.order_ts <= cutoff)
        queries = {
            "customers": sa.select(customers).where(customers.c.customer_id.in_(ids)),
            "orders": sa.select(orders).where(orders.c.customer_id.in_(ids), orders.c.order_ts <= cutoff),
            "line_items": sa.select(line_items).where(line_items.c.order_id.in_(order_ids)),
            "returns": sa.select(returns).where(returns.c.customer_id.in_(ids), returns.c.request_ts <= cutoff),
        }
        with self.engine.connect() as connection:
            return {
                name: _typed(name, pd.DataFrame(connection.execute(query).mappings().all()))
                for name, query in queries.items()
            }

    def counts(self) -> dict[str, int]:
        """Rows per history table."""
        with self.engine.connect() as connection:
            return {
                name: connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                for name, table in HISTORY_TABLES.items()
            }
