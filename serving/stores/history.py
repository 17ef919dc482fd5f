"""The customer history store: customers, orders, line items and returns, as in `features.schemas`.

`load_exports` imports exports in the sample data's format idempotently (rows are upserted by
id, so loading the same files twice, or a newer export, leaves one row per id), all or nothing
unless asked to load the good rows and hand back the refused ones (each named by table, column,
line and value). It records each folder it loads, and never stores the generated sample's invented customers
beside a shop's (either way round) unless asked to replace the stored history.
`HistoryStore.frames_for` hands the risk features a customer's history as pandas frames with
the same columns and dtypes the training data has, so training and serving share one code path.

Between exports, the service keeps the store current: `record_triaged_returns` adds each triaged
return (and its order when the store lacks it), `apply_feedback` writes an agent's corrected reason
and the inspection outcome. Both take the caller's connection so the service commits them in the
same transaction as the prediction log or feedback row it acknowledges.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from features.dates import naive_utc
from features.history import HISTORY_COLUMNS
from features.schemas import ABUSIVE_INSPECTION_OUTCOMES, TABLES, column_names
from features.tables import Bounds, RowProblem, TableError, check_table, is_generated_sample, out_of_order
from serving.api import ReturnRequest
from serving.db import HISTORY_TABLES, history_loads, upsert_insert

# Parents before children, so a partial failure never leaves orphans of a later table.
LOAD_ORDER: tuple[str, ...] = ("customers", "orders", "line_items", "returns")
_CHUNK_ROWS = 2_000
# What a served triage reads of each table: the risk features' columns, plus the first name that
# greets the customer and the product name that the reply mentions.
SERVED_COLUMNS: dict[str, tuple[str, ...]] = HISTORY_COLUMNS | {
    "customers": (*HISTORY_COLUMNS["customers"], "first_name"),
    "line_items": (*HISTORY_COLUMNS["line_items"], "product_name"),
}


def _insert(dialect: str, table: sa.Table) -> tuple[Any, str]:
    """The dialect's INSERT (with ON CONFLICT support) for `table`, and the table's key column."""
    return upsert_insert(dialect)(table), next(iter(table.primary_key.columns)).name


def _upsert(connection: Connection, table: sa.Table, rows: list[dict]) -> None:
    """Insert rows, replacing those whose primary key exists (SQLite and PostgreSQL dialects)."""
    statement, key = _insert(connection.dialect.name, table)
    updates = {column.name: statement.excluded[column.name] for column in table.columns if column.name != key}
    connection.execute(statement.on_conflict_do_update(index_elements=[key], set_=updates), rows)


@functools.cache
def _insert_missing_statement(dialect: str, table_name: str) -> Any:
    """INSERT of rows whose primary key is not stored yet (stored rows are left as they are), built
    once per dialect and table: SQLAlchemy then neither rebuilds nor re-keys it for each batch."""
    statement, key = _insert(dialect, HISTORY_TABLES[table_name])
    return statement.on_conflict_do_nothing(index_elements=[key])


def _insert_missing(connection: Connection, table_name: str, rows: list[dict]) -> None:
    """Insert rows of `table_name` whose primary key is not stored yet, in one executemany."""
    if rows:
        connection.execute(_insert_missing_statement(connection.dialect.name, table_name), rows)


@functools.cache
def _stored_lines_query() -> sa.Select:
    """The stored line items (order, sku, id) of the bound `orders`, built once (see `_history_queries`)."""
    line_items = HISTORY_TABLES["line_items"]
    return sa.select(line_items.c.order_id, line_items.c.sku, line_items.c.line_item_id).where(
        line_items.c.order_id.in_(sa.bindparam("orders", expanding=True))
    )


def _records(frame: pd.DataFrame) -> Iterator[list[dict]]:
    """Chunks of plain-Python records (NaN/NaT become None, timestamps become datetimes)."""
    clean = frame.astype(object).where(frame.notna(), None)
    for start in range(0, len(clean), _CHUNK_ROWS):
        chunk = clean.iloc[start : start + _CHUNK_ROWS]
        yield [
            {name: (value.to_pydatetime() if isinstance(value, pd.Timestamp) else value) for name, value in row.items()}
            for row in chunk.to_dict(orient="records")
        ]


# Each table's rows point at these parents (column -> parent table): a row whose parent was refused
# is refused with it, so a partial load never leaves an order without its customer, and so on.
_PARENTS: dict[str, dict[str, str]] = {
    "orders": {"customer_id": "customers"},
    "line_items": {"order_id": "orders"},
    "returns": {"customer_id": "customers", "order_id": "orders", "line_item_id": "line_items"},
}


def _orphans(name: str, frame: pd.DataFrame, refused: Mapping[str, set[str]]) -> list[RowProblem]:
    """A problem for each row of `frame` whose parent row (`_PARENTS`) was refused."""
    problems: list[RowProblem] = []
    seen: set[int] = set()
    for column, parent in _PARENTS.get(name, {}).items():
        for index, value, row_id in zip(frame.index, frame[column], frame[column_names(name)[0]], strict=True):
            if value in refused[parent] and index not in seen:
                seen.add(index)
                problems.append(
                    RowProblem(name, int(index) + 2, column, str(value), f"its {parent} row was refused", str(row_id))
                )
    return problems


def check_exports(data_dir: Path, bounds: Bounds | None) -> tuple[dict[str, pd.DataFrame], list[RowProblem]]:
    """The four history tables of an export folder without the rows the store must not take (a value
    the schema or `bounds` refuses, or a refused parent row), and a problem for each refused value. An id given on
    several lines keeps its last, as the store's upsert would: each frame holds the rows the store ends with.

    Raises:
        ValueError: a table file or column is missing (named).
    """
    frames: dict[str, pd.DataFrame] = {}
    problems: list[RowProblem] = []
    refused: dict[str, set[str]] = {}
    for name in LOAD_ORDER:
        frame, found = check_table(name, data_dir, bounds)
        found += _orphans(name, frame, refused)
        found += out_of_order(name, frame, frames)
        refused[name] = {problem.row_id for problem in found}
        key = column_names(name)[0]
        frames[name] = frame[~frame[key].isin(refused[name])].drop_duplicates(subset=key, keep="last")
        problems += found
    return frames, problems


@dataclass(frozen=True)
class HistoryLoad:
    """A folder loaded into the history store, and whether it was the generated sample."""

    folder: str
    generated_sample: bool
    loaded_at: datetime

    def said(self) -> str:
        """What was loaded, from where and on which day, as a sentence's part."""
        what = "the generated sample's invented customers" if self.generated_sample else "a shop's exports"
        return f"{what} (loaded from {self.folder} on {self.loaded_at:%Y-%m-%d})"


class MixedHistoryError(ValueError):
    """The folder and the stored history are of two shops, the generated sample's and a shop's own: stored together,
    a customer of one would be read with the past of the other's customer of the same id. Nothing was loaded."""


# Any fixed number (the migration's lock has another, the feedback writers' locks two keys): the PostgreSQL advisory
# lock one `load_exports` at a time holds while it reads what the store was loaded from and writes its folder.
_LOAD_LOCK_ID = 0x686973746F7279


def _lock_loads(connection: Connection) -> None:
    """Hold, until `connection`'s transaction ends, the lock that lets one load at a time read the folders stored and
    store its own: two loads of the two kinds that both read before either committed found nothing to refuse, and the
    store kept both. PostgreSQL takes an advisory lock; SQLite its one write lock (pysqlite begins a transaction at the
    first row written, not at a read)."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.select(sa.func.pg_advisory_xact_lock(_LOAD_LOCK_ID)))
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _mixed_with(connection: Connection, data_dir: Path, generated: bool) -> None:
    """Raise `MixedHistoryError` when the store holds rows of another kind than `data_dir`'s: loaded from the other
    kind of folder, or, for the generated sample, rows no load of the sample brought (returns the service recorded of
    the customers it served, or rows loaded before loads were recorded: a shop's, as far as the store can tell). Read
    in `connection`'s transaction, under `_lock_loads`."""
    if not any(
        connection.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first()
        for table in HISTORY_TABLES.values()
    ):
        return
    store = HistoryStore(connection.engine)
    other = store.load_of(generated=not generated, connection=connection)
    if other is not None:
        held = other.said()
    elif generated and store.load_of(generated=True, connection=connection) is None:
        held = (
            "rows no load of the generated sample brought (returns the service recorded, or rows loaded before loads "
            "were recorded)"
        )
    else:
        return
    incoming = "the generated sample" if generated else "a shop's exports"
    raise MixedHistoryError(
        f"the history store holds {held} and {data_dir} holds {incoming}: stored beside each other, a "
        "customer of one would be read with the past of the other's customer of the same id (C000123)"
    )


def _delete_history(connection: Connection) -> None:
    """Delete every history row (children first) and the record of the folders they were loaded from."""
    for name in reversed(LOAD_ORDER):
        connection.execute(HISTORY_TABLES[name].delete())
    connection.execute(history_loads.delete())


def load_exports(
    engine: Engine,
    data_dir: Path,
    bounds: Bounds | None = None,
    progress: Callable[[str, int], None] | None = None,
    partial: bool = False,
    before_commit: Callable[[list[RowProblem]], None] | None = None,
    replace: bool = False,
) -> tuple[dict[str, int], list[RowProblem]]:
    """Import the four history tables from `data_dir` (sample-data format) in one transaction, rows
    upserted by id (an id on several lines: its last); returns rows loaded per table (one per id) and the refused
    values (empty unless `partial`). The folder is recorded, marked as the generated sample when it holds the
    generator's mark (`features.tables.is_generated_sample`).

    All or nothing by default: any value the schema or `bounds` refuses (see `check_exports`)
    raises `TableError` and nothing is written. With `partial`, the good rows are loaded and the
    refused ones returned. `before_commit` gets the refused values inside the transaction: what it raises (the
    file of refused rows cannot be written) loads nothing. With `replace`, every stored history row (loaded, or
    recorded by the service) is deleted in the same transaction before the folder's rows are written.

    Raises:
        MixedHistoryError: without `replace`, the store holds the generated sample's rows and `data_dir` a shop's
            exports, or the other way round.
        ValueError: a table file or column is missing (named).
        TableError: refused values, each named by table, column, line and value (unless `partial`).
    """
    generated = is_generated_sample(data_dir)
    frames, problems = check_exports(data_dir, bounds)
    if problems and not partial:
        raise TableError(problems)
    counts: dict[str, int] = {}
    with engine.begin() as connection:
        _lock_loads(connection)
        if replace:
            _delete_history(connection)
        else:
            _mixed_with(connection, data_dir, generated)
        loaded = {"folder": str(Path(data_dir).resolve()), "generated_sample": generated}
        connection.execute(history_loads.insert().values(**loaded, loaded_at=datetime.now(UTC)))
        for name in LOAD_ORDER:
            frame = frames[name][column_names(name)]
            for rows in _records(frame):
                _upsert(connection, HISTORY_TABLES[name], rows)
                if progress is not None:
                    progress(name, len(rows))
            counts[name] = len(frame)
        if before_commit is not None:
            before_commit(problems)
    return counts, problems


def load_history(engine: Engine, data_dir: Path, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """`load_exports` all or nothing, without bounds: rows loaded per table.

    Raises:
        ValueError / TableError: see `load_exports`.
    """
    return load_exports(engine, data_dir, progress=progress)[0]


def record_triaged_returns(connection: Connection, requests: Sequence[ReturnRequest], labels: Sequence[str]) -> None:
    """Add triaged return requests to the history, so the customer's later requests count them.

    Idempotent on `return_id`: a return already stored (triaged before, corrected by feedback or
    loaded from an export) is left untouched. `label` is the predicted reason until an agent
    corrects it; `confirmed_abuse` is False (not confirmed) and the outcome columns stay empty
    until feedback brings the inspection. The order is added when the store lacks it (the request
    carries all its columns); a line item is not invented, since the request has no line item id,
    product, size or discount, so the return points at the stored line of its (order, sku) if any.
    """
    if len(requests) != len(labels):
        raise ValueError(f"{len(requests)} requests but {len(labels)} labels")
    # Write first: on SQLite a transaction that reads before it writes can fail to take the write
    # lock when another worker committed meanwhile; writing first waits for the lock instead.
    _insert_missing(
        connection,
        "orders",
        [
            {
                "order_id": request.order_id,
                "customer_id": request.customer_id,
                "order_ts": naive_utc(request.order_date),
                "delivery_ts": naive_utc(request.delivery_date),
                "currency": str(request.currency),
            }
            for request in {request.order_id: request for request in requests}.values()
        ],
    )
    stored_lines = connection.execute(
        _stored_lines_query(), {"orders": sorted({request.order_id for request in requests})}
    ).all()
    line_of = {(row.order_id, row.sku): row.line_item_id for row in stored_lines}
    _insert_missing(
        connection,
        "returns",
        [
            {
                "return_id": request.return_id,
                "line_item_id": line_of.get((request.order_id, request.sku)),
                "order_id": request.order_id,
                "customer_id": request.customer_id,
                "request_ts": naive_utc(request.request_date),
                "reason_text": request.reason_text,
                "lang": str(request.lang) if request.lang else None,
                "form_reason_code": request.ticked_reason,
                "label": label,
                "confirmed_abuse": False,
            }
            for request, label in zip(requests, labels, strict=True)
        ],
    )


def apply_feedback(
    connection: Connection, return_id: str, corrected_reason: str | None, inspection_outcome: str | None
) -> None:
    """Write an agent's corrected reason (as `label`) and the inspection outcome (which sets
    `confirmed_abuse`) to the stored return; feedback on a return the store lacks changes nothing."""
    returns = HISTORY_TABLES["returns"]
    values: dict[str, Any] = {}
    if corrected_reason is not None:
        values["label"] = corrected_reason
    if inspection_outcome is not None:
        values["inspection_outcome"] = inspection_outcome
        values["confirmed_abuse"] = inspection_outcome in ABUSIVE_INSPECTION_OUTCOMES
    if values:
        connection.execute(returns.update().where(returns.c.return_id == return_id).values(**values))


# Each schema dtype as a pandas dtype object: `pd.array` looks a dtype *name* up in pandas' registry
# on every call, a fixed cost that dominated the frames of a served batch.
_PANDAS_DTYPES: dict[str, Any] = {"string": pd.StringDtype(), "bool": pd.BooleanDtype()}
# Below this many datetimes numpy converts them faster than pandas (measured: about 30).
_FEW_MOMENTS = 32
# Whole days inside nanosecond datetimes' range (pandas.Timestamp.min/max), the features' dtype.
_FIRST_MOMENT, _LAST_MOMENT = datetime(1677, 9, 22), datetime(2262, 4, 11)
_SCHEMA_DTYPES: dict[str, dict[str, str]] = {
    name: {c.name: c.dtype for c in columns} for name, columns in TABLES.items()
}


class StoredHistoryError(ValueError):
    """A stored history value the risk features cannot hold; the message names table, column and value."""


def _representable(where: str, values: Sequence[Any]) -> None:
    """Raise `StoredHistoryError` for a moment outside nanosecond datetimes' range (1677-2262): numpy
    silently wraps it (1600 became 2184) and pandas refuses it."""
    for value in values:
        if value is not None and not _FIRST_MOMENT <= value <= _LAST_MOMENT:
            raise StoredHistoryError(f"{where} holds {value.isoformat()}, outside the dates the features can hold")


def _column(dtype: str, values: Sequence[Any], where: str = "") -> Any:
    """One column of fetched values as the schema's dtype (missing values as NaN, NaT or NA).

    Every dtype is given, never inferred: the same arrays as pandas' inference would give, at a
    fraction of its fixed cost. Datetime objects are converted by numpy when they are few and by
    pandas otherwise (numpy has no fixed cost but is ten times slower per value). Booleans are
    nullable (a live return has no inspection outcome yet).

    Raises:
        StoredHistoryError: a moment outside the representable range (`where` names the column).
    """
    if dtype == "datetime64[ns]":
        _representable(where, values)
        if len(values) < _FEW_MOMENTS:
            return np.array(values, dtype="datetime64[ns]")
        return pd.DatetimeIndex(values, dtype="datetime64[ns]").to_numpy()
    if dtype == "float64":
        return np.array(values, dtype=np.float64)
    return pd.array(values, dtype=_PANDAS_DTYPES[dtype])


def _columns(name: str, result: sa.CursorResult) -> dict[str, Any]:
    """The result's rows as `name`'s schema columns that the query selected, each an array of its dtype.

    Built column by column from the fetched tuples: for the few rows of a served batch, pandas'
    row-wise inference followed by one conversion per column cost far more than the query.
    """
    names = list(result.keys())
    rows = result.all()
    cells = zip(*rows, strict=True) if rows else ((),) * len(names)
    dtypes = _SCHEMA_DTYPES[name]
    return {
        column: _column(dtypes[column], values, f"{name}.{column}") for column, values in zip(names, cells, strict=True)
    }


@functools.cache
def _history_queries(columns: tuple[tuple[str, tuple[str, ...]], ...] | None) -> dict[str, sa.Select]:
    """The four reads of `HistoryStore.frames_for`, built once per column selection (see there).

    Customer ids and the cutoff are bound parameters, so each batch runs the same statement objects
    and SQLAlchemy neither rebuilds nor re-keys them (a third of a small batch's query time).
    """
    wanted = dict(columns) if columns is not None else None
    customers, orders, line_items, returns = (HISTORY_TABLES[name] for name in LOAD_ORDER)
    ids, cutoff = sa.bindparam("ids", expanding=True), sa.bindparam("cutoff")

    def read(table: sa.Table) -> sa.Select:
        return sa.select(*(column for column in table.columns if wanted is None or column.name in wanted[table.name]))

    order_ids = sa.select(orders.c.order_id).where(orders.c.customer_id.in_(ids), orders.c.order_ts <= cutoff)
    return {
        "customers": read(customers).where(customers.c.customer_id.in_(ids)),
        "orders": read(orders).where(orders.c.customer_id.in_(ids), orders.c.order_ts <= cutoff),
        "line_items": read(line_items).where(line_items.c.order_id.in_(order_ids)),
        "returns": read(returns).where(returns.c.customer_id.in_(ids), returns.c.request_ts <= cutoff),
    }


class HistoryStore:
    """Read access to customers' history for the risk features."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def frames_for(
        self, customer_ids: list[str], as_of: datetime, columns: Mapping[str, Collection[str]] | None = None
    ) -> dict[str, pd.DataFrame]:
        """The customers' rows known at `as_of`: keys `customers`, `orders`, `line_items`, `returns`.

        Orders placed and returns requested after `as_of` are left out, so nothing from the
        future reaches the features even if the feature code forgot to filter.

        Args:
            columns: per table, the columns to read (in schema order whatever the order given);
                every column when None. `SERVED_COLUMNS` is what a served triage reads: leaving
                out the free texts saves most of the fetching and frame building.
        """
        return {
            name: pd.DataFrame(table, copy=False)
            for name, table in self.columns_for(customer_ids, as_of, columns).items()
        }

    def columns_for(
        self, customer_ids: list[str], as_of: datetime, columns: Mapping[str, Collection[str]] | None = None
    ) -> dict[str, dict[str, Any]]:
        """What `frames_for` gives, each table as its columns (name -> array of the schema dtype), not a frame.

        `features.history.risk_features` takes tables in either form; a served batch skips building
        four frames, which cost more than its features (see `frames_for` for the arguments).
        """
        selection = None if columns is None else tuple((name, tuple(sorted(columns[name]))) for name in LOAD_ORDER)
        parameters = {"ids": sorted(set(customer_ids)), "cutoff": naive_utc(as_of)}
        with self.engine.connect() as connection:
            return {
                name: _columns(name, connection.execute(query, parameters))
                for name, query in _history_queries(selection).items()
            }

    def customers_of(self, return_ids: Sequence[str]) -> dict[str, str]:
        """The customer of each of `return_ids` the store holds (a triaged return is recorded with it), by return id."""
        returns = HISTORY_TABLES["returns"]
        query = sa.select(returns.c.return_id, returns.c.customer_id).where(
            returns.c.return_id.in_(sorted(set(return_ids)))
        )
        with self.engine.connect() as connection:
            return dict(connection.execute(query).all())

    def first_names(self, customer_ids: Sequence[str]) -> dict[str, str]:
        """The stored first name of each of `customer_ids` that has one."""
        customers = HISTORY_TABLES["customers"]
        query = sa.select(customers.c.customer_id, customers.c.first_name).where(
            customers.c.customer_id.in_(sorted(set(customer_ids))), customers.c.first_name.is_not(None)
        )
        with self.engine.connect() as connection:
            return dict(connection.execute(query).all())

    def load_of(self, generated: bool, connection: Connection | None = None) -> HistoryLoad | None:
        """The newest folder of that kind (the generated sample, or a shop's exports) loaded since the store was last
        replaced; None when none was. Read in `connection`'s transaction when given."""
        query = (
            sa.select(history_loads.c.folder, history_loads.c.generated_sample, history_loads.c.loaded_at)
            .where(history_loads.c.generated_sample == generated)
            .order_by(history_loads.c.id.desc())
            .limit(1)
        )
        if connection is None:
            with self.engine.connect() as own:
                row = own.execute(query).first()
        else:
            row = connection.execute(query).first()
        return None if row is None else HistoryLoad(row.folder, row.generated_sample, row.loaded_at)

    def counts(self) -> dict[str, int]:
        """Rows per history table."""
        with self.engine.connect() as connection:
            return {
                name: connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                for name, table in HISTORY_TABLES.items()
            }
