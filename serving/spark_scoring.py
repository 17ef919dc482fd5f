"""`triage batch score --engine spark`: every return of a history export assessed on Spark.

Spark moves the data; the project's code does the work. Each table is read as strings, every row is
keyed by the customer it belongs to (line items through their order), and the rows are shuffled into
buckets of customers by a hash of the customer id. Each bucket then holds the *whole* history of its
customers, so one pandas function per bucket (`applyInPandas` on the executors) runs exactly what the
pandas engine runs on the whole export: `decisions.assessments.assess_history`, i.e. the same
point-in-time features (`features.history.risk_features`), the same models and the one assembler.
Nothing is collected to the driver; a bucket must fit in one executor's memory (raise `--buckets`
as the history grows). Computing the features with Spark window functions instead would make a
second copy of the feature code, free to drift from the one the service and training use.

The models (the champions, loaded by the driver) and the policy travel to the executors as one
broadcast variable, unpickled once per Python worker.

An export is checked first (`check_export`, one more read of it): a value `typed_table` refuses is named on the
driver, by table, column and row id, as the pandas engine names it, and nothing is written; raised inside an
executor it ended the command with Spark's traceback, after the output folder was emptied.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict, fields
from functools import reduce
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pandas as pd
from py4j.protocol import Py4JJavaError
from pyspark.errors import PySparkException
from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql.types import StringType

from decisions.assessments import HISTORY_OUTPUT_COLUMNS, ReasonModel, assess_history
from decisions.policy import Policy
from features.csv_input import spreadsheet_safe
from features.dates import iso_moments
from features.schemas import TABLES, column_names
from features.tables import (
    HEADER_AGAIN,
    SHOWN_VALUES,
    Bounds,
    RowProblem,
    TableError,
    checked_table,
    csv_header,
    header_rows,
    named_twice,
    out_of_order,
    typed_table,
)
from serving.history_export import ExportError, OutputFormat, table_files

_OWNER = "_customer"
_TABLE = "_table"
_BUCKET = "_bucket"
_FILE = "_file"
OUTPUT_SCHEMA = (
    "return_id string, customer_id string, request_ts string, reason string, reason_confidence double, "
    "risk_score double, risk_band string, risk_reason_codes string, risk_reasons string, decision string, "
    "warn boolean, rules string, policy_version string"
)
PROBLEM_SCHEMA = "table string, line int, column string, value string, problem string, row_id string"


def executors_on_this_machine(master: str) -> bool:
    """Whether `master` runs its executors here: `local[N]`, or a cluster whose master listens on loopback."""
    return master.startswith("local") or urlsplit(master).hostname in {"127.0.0.1", "localhost"}


def spark_session(master: str, log: Path, app_name: str = "returns-triage batch score") -> SparkSession:
    """A Spark session on `master` (`local[N]` or a standalone cluster here, a cluster's URL elsewhere).

    Timestamps stay UTC whatever the machine's zone; the web UI is off (several jobs share this
    machine's ports). When the executors run on this machine they reach the driver on loopback and run
    this interpreter unless `PYSPARK_PYTHON` says otherwise; a remote cluster's nodes need
    `PYSPARK_PYTHON` set to their own interpreter. What the JVM writes (its start-up warnings, a failed
    task's Java stack, a local Python worker's output) goes to `log`, not above the command's message.
    """
    builder = (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
    )
    if executors_on_this_machine(master):
        builder = builder.config("spark.driver.host", "127.0.0.1")
        # The Python workers run this interpreter (its virtualenv), not the first python on PATH.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    log.parent.mkdir(parents=True, exist_ok=True)
    with _output_to(log):
        return builder.getOrCreate()


@contextlib.contextmanager
def _output_to(log: Path) -> Iterator[None]:
    """This process's stdout and stderr (file descriptors 1 and 2) write to `log` while inside: a child started
    here, as the JVM is, keeps them for its whole life, while this process gets its own back."""
    sys.stdout.flush()
    sys.stderr.flush()
    kept = {descriptor: os.dup(descriptor) for descriptor in (1, 2)}
    with log.open("ab") as file:
        for descriptor in kept:
            os.dup2(file.fileno(), descriptor)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        for descriptor, terminal in kept.items():
            os.dup2(terminal, descriptor)
            os.close(terminal)


def _read_table(spark: SparkSession, input_dir: Path, name: str) -> DataFrame:
    """One table of the export, every column as the export's strings (see `history_export`)."""
    kind, paths = table_files(input_dir, name)
    locations = [str(path) for path in paths]
    if kind == "csv":
        # Quotes are doubled inside quoted fields (pandas' CSV); customers' texts may span lines.
        frame = spark.read.csv(locations, header=True, multiLine=True, escape='"', inferSchema=False)
    else:
        frame = spark.read.parquet(*locations)
    columns = []
    for field in frame.schema.fields:
        if field.name not in column_names(name):
            continue
        column = F.col(field.name)
        if field.dataType.typeName() in {"timestamp", "timestamp_ntz"}:
            column = F.date_format(column, "yyyy-MM-dd HH:mm:ss")
        elif field.dataType.typeName() == "boolean":
            column = F.when(column, F.lit("True")).otherwise(F.lit("False"))
        columns.append(column.cast("string").alias(field.name))
    return frame.select(*columns)


def refusals(name: str, bounds: Bounds | None) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """The function an executor runs over chunks of one table's rows (strings, empty cells null): each value
    `typed_table` refuses, as a `RowProblem` row of line 0 (a chunk's positions are no line of the file). Rows of a
    CSV carry their file (`_FILE`): one that repeats the header is a problem of its own, `HEADER_AGAIN`, its file
    as the value, as the pandas engine refuses the file rather than the header's names as values."""
    columns = [field.name for field in fields(RowProblem)]

    def refused(chunks: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for chunk in chunks:
            again = header_rows(chunk[column_names(name)]) if _FILE in chunk else []
            problems = [RowProblem(name, 0, "", str(chunk[_FILE].iat[row]), HEADER_AGAIN) for row in again]
            rows = chunk.drop(index=chunk.index[again])
            problems += checked_table(name, rows.fillna(""), name, bounds)[1]
            yield pd.DataFrame([asdict(problem) | {"line": 0} for problem in problems], columns=columns)

    return refused


def order_refusals(name: str) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """The function an executor runs over chunks of rows of `name` (its id first) beside their order's `order_ts` and
    `delivery_ts` (strings): each moment before the one of its order it follows (`features.tables.out_of_order`, the
    pandas engine's and `data load`'s rule), as a `RowProblem` row of line 0."""
    columns = [field.name for field in fields(RowProblem)]

    def refused(chunks: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for chunk in chunks:
            moments = chunk.reset_index(drop=True)
            for column in _ORDER_MOMENTS[name]:  # as `typed_table` reads them: naive UTC
                moments[column] = iso_moments(moments[column].fillna("")).dt.tz_localize(None)
            orders = moments[["order_id", "order_ts", "delivery_ts"]]
            problems = out_of_order(name, moments, {"orders": orders})
            yield pd.DataFrame([asdict(problem) | {"line": 0} for problem in problems], columns=columns)

    return refused


# The moments `order_refusals` compares, per table: its own and its order's.
_ORDER_MOMENTS = {"orders": ("order_ts", "delivery_ts"), "returns": ("request_ts", "order_ts", "delivery_ts")}


def _order_refusals(spark: SparkSession, input_dir: Path) -> list[DataFrame]:
    """The Spark jobs of `order_refusals`: orders on their own rows, returns joined with their orders."""
    orders = _read_table(spark, input_dir, "orders").select("order_id", "order_ts", "delivery_ts")
    returns = _read_table(spark, input_dir, "returns").select("return_id", "order_id", "request_ts")
    placed = returns.join(orders.dropDuplicates(["order_id"]), "order_id", "left").select(
        "return_id", "order_id", "request_ts", "order_ts", "delivery_ts"
    )
    return [
        orders.mapInPandas(order_refusals("orders"), schema=PROBLEM_SCHEMA),
        placed.mapInPandas(order_refusals("returns"), schema=PROBLEM_SCHEMA),
    ]


def _file_path(location: str) -> str:
    """A file as Spark names it (`file:///export/orders.csv.gz`) said as the pandas engine says it, a path here."""
    parts = urlsplit(location)
    return unquote(parts.path) if parts.scheme == "file" else location


def _each_column_named_once(input_dir: Path, name: str) -> None:
    """Refuse a CSV file of the table whose header names a column twice, in the pandas engine's words: Spark renamed
    both ("price7", "price8") and said the table was missing the column. A file that cannot be read is left to the
    Spark job, which names it.

    Raises:
        ExportError: the first file's first name given twice, with both places.
    """
    kind, paths = table_files(input_dir, name)
    if kind != "csv":
        return
    for path in paths:
        try:
            twice = named_twice(csv_header(path))
        except (OSError, EOFError, UnicodeDecodeError, csv.Error):
            continue
        if twice is not None:
            raise ExportError(f"table {name!r} in {path}: {twice}")


def check_export(spark: SparkSession, input_dir: Path, bounds: Bounds | None) -> None:
    """Refuse an export the assessment could not read, before any of it is assessed: one Spark job brings home the
    first `SHOWN_VALUES` refused values of each field (by row id) and how many each has.

    Raises:
        ExportError: a CSV's header names a column twice, a table lacks columns, a CSV repeats its header below its
            first line, or a table holds values `typed_table` refuses or moments before the one of their order they
            follow (`order_refusals`) (`TableError`'s one line).
    """
    for name in TABLES:
        _each_column_named_once(input_dir, name)
    refused = []
    for name in TABLES:
        table = _read_table(spark, input_dir, name)
        missing = [column for column in column_names(name) if column not in table.columns]
        if missing:
            raise ExportError(f"table {name!r} in {input_dir} is missing columns: {', '.join(missing)}")
        if table_files(input_dir, name)[0] == "csv":
            table = table.withColumn(_FILE, F.input_file_name())
        refused.append(table.mapInPandas(refusals(name, bounds), schema=PROBLEM_SCHEMA))
    refused += _order_refusals(spark, input_dir)
    field = Window.partitionBy("table", "column", "problem")
    shown = (
        reduce(DataFrame.unionByName, refused)
        .withColumn("_rank", F.row_number().over(field.orderBy("row_id", "value")))
        .withColumn("_count", F.count(F.lit(1)).over(field))
        .where(F.col("_rank") <= SHOWN_VALUES)
        .collect()
    )
    if not shown:
        return
    again = [row for row in shown if row["problem"] == HEADER_AGAIN]
    if again:
        first = min(again, key=lambda row: (list(TABLES).index(row["table"]), row["value"]))
        raise ExportError(f"table {first['table']!r} in {_file_path(first['value'])}: a line {HEADER_AGAIN}")
    order = {(table, column): at for at, (table, column) in enumerate((t, c) for t in TABLES for c in column_names(t))}
    shown.sort(key=lambda row: (order[row["table"], row["column"]], row["row_id"]))
    problems = [RowProblem(**{key: row[key] for key in row.asDict() if not key.startswith("_")}) for row in shown]
    counts = {(row["table"], row["column"], row["problem"]): row["_count"] for row in shown}
    raise ExportError(str(TableError(problems, counts)))


# What a failed Spark job raises in the driver: a Java exception (a file no executor could read), or one PySpark
# converts (a path not found, a Python worker's error).
SPARK_FAILURES = (Py4JJavaError, PySparkException)


def failure_line(error: Exception) -> str:
    """A failed Spark job in one line: the first cause that is not the job's abort, then the innermost one ("...
    Encountered error while reading file file:///export/orders.csv.gz. (java.io.EOFException: Unexpected end of input
    stream)"), where the exception's text runs to hundreds of lines of Java stack."""
    java = getattr(error, "java_exception", None)
    if java is None:
        return (str(error).strip().splitlines() or [type(error).__name__])[0]
    causes = []
    while java is not None:
        causes.append((str(java.toString()).strip().splitlines() or [""])[0])
        java = java.getCause()
    first = next((cause for cause in causes if "Job aborted" not in cause), causes[-1])
    first = re.sub(r"\s*SQLSTATE: \w+$", "", first.split(": ", 1)[-1])
    return first if causes[-1].endswith(first) else f"{first} ({causes[-1]})"


def _keyed_by_customer(spark: SparkSession, input_dir: Path, buckets: int) -> DataFrame:
    """All tables in one frame: each row tagged with its table and its customer's bucket."""
    tables = {name: _read_table(spark, input_dir, name) for name in TABLES}
    owner_of_order = tables["orders"].select("order_id", F.col("customer_id").alias(_OWNER))
    keyed = [tables[name].withColumn(_OWNER, F.col("customer_id")) for name in ("customers", "orders", "returns")] + [
        tables["line_items"].join(owner_of_order, on="order_id", how="left")
    ]
    tagged = [
        frame.withColumn(_TABLE, F.lit(name))
        for frame, name in zip(keyed, ("customers", "orders", "returns", "line_items"), strict=True)
    ]
    union = reduce(lambda left, right: left.unionByName(right, allowMissingColumns=True), tagged)
    return union.withColumn(_BUCKET, F.pmod(F.xxhash64(_OWNER), F.lit(buckets)))


def assess_export(
    spark: SparkSession,
    input_dir: Path,
    reason_model: ReasonModel,
    risk_model: Any,
    policy: Policy,
    buckets: int,
    batch_size: int = 256,
    since: pd.Timestamp | None = None,
    bounds: Bounds | None = None,
) -> DataFrame:
    """The assessments of every return in the export (requested at or after `since`, when given), as a
    Spark DataFrame (`OUTPUT_SCHEMA`), not yet computed; a value outside `bounds` (the shop's) fails the job."""
    shared = spark.sparkContext.broadcast((reason_model, risk_model, policy))

    def assess_bucket(rows: pd.DataFrame) -> pd.DataFrame:
        reasons, risk, in_force = shared.value
        tables = {
            name: typed_table(
                name, rows.loc[rows[_TABLE] == name, column_names(name)].fillna(""), f"bucket {name}", bounds
            )
            for name in TABLES
        }
        assessed = assess_history(tables, reasons, risk, in_force, batch_size, since)
        return assessed.assign(request_ts=pd.to_datetime(assessed["request_ts"]).dt.strftime("%Y-%m-%d %H:%M:%S"))[
            list(HISTORY_OUTPUT_COLUMNS)
        ]

    # One shuffle into exactly `buckets` partitions (rather than spark.sql.shuffle.partitions, 200 by
    # default, mostly empty tasks); the grouping then reuses that partitioning.
    keyed = _keyed_by_customer(spark, input_dir, buckets).repartition(buckets, _BUCKET)
    return keyed.groupBy(_BUCKET).applyInPandas(assess_bucket, schema=OUTPUT_SCHEMA)


def _spreadsheet_safe_cells(cells: pd.Series) -> pd.Series:
    return cells.map(spreadsheet_safe)


def write_assessments(assessments: DataFrame, output_dir: Path, output_format: OutputFormat) -> None:
    """Write the assessments as Spark's partitions (`part-*`) into `output_dir` (replaced); as CSV, their texts
    `spreadsheet_safe`, as the pandas engine writes them."""
    if output_format == "parquet":
        assessments.write.mode("overwrite").parquet(str(output_dir))
        return
    safe = F.pandas_udf(_spreadsheet_safe_cells, StringType())
    texts = {field.name for field in assessments.schema.fields if isinstance(field.dataType, StringType)}
    columns = [safe(F.col(name)).alias(name) if name in texts else F.col(name) for name in assessments.columns]
    assessments.select(*columns).write.mode("overwrite").csv(str(output_dir), header=True, escape='"')
