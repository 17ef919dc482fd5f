"""`triage batch score`: assess every return of a history export (a backfill after a model or policy
change) with the champion models, on pandas (one process) or on Spark (`local[N]` or a cluster)."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import typer

from cli.common import (
    batch_size_option,
    choice,
    choices,
    console,
    fail,
    moment_option,
    output_folder_or_exit,
    whole_number,
)
from cli.loading import load_champion_or_exit, load_policy_or_exit
from decisions.assessments import assess_history
from features.text import counted, quoted_cut
from serving.history_export import ExportError, read_export, table_files, write_assessments
from serving.stores.history_check import history_bounds
from triage.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="History-wide batch jobs over an export of the shop's tables.")


class Engine(StrEnum):
    pandas = "pandas"
    spark = "spark"


class Format(StrEnum):
    parquet = "parquet"
    csv = "csv"


def _spark_master(given: str) -> str:
    """--master as written, when it reads as a URL: "spark://[::1" ended in urlsplit's ValueError traceback once the
    models were loaded (33 s in)."""
    try:
        urlsplit(given)
    except ValueError as error:
        raise typer.BadParameter(f"{quoted_cut(given)} is not a Spark master URL ({error})") from None
    return given


@app.command("score")
def score(
    input_dir: Path = typer.Option(
        ..., "--input", "-i", help="Export folder: customers, orders, line_items, returns as CSV or Parquet."
    ),
    output_dir: Path = typer.Option(..., "--output", "-o", help="Folder for the assessments' part-* files."),
    engine: Engine = typer.Option(
        Engine.pandas,
        parser=choice(Engine),
        metavar=choices(Engine),
        help="pandas: one process; spark: Spark on --master.",
    ),
    master: str = typer.Option(
        "local[2]", parser=_spark_master, metavar="URL", help="Spark master URL (local[N] or a cluster's)."
    ),
    buckets: int = typer.Option(
        8,
        parser=whole_number(1),
        metavar="N",
        help="Spark: customer buckets (one pandas call each; raise for big data).",
    ),
    output_format: Format = typer.Option(
        Format.parquet, "--format", parser=choice(Format), metavar=choices(Format), help="Output files: parquet or csv."
    ),
    since: datetime | None = typer.Option(
        None,
        parser=moment_option,
        metavar="DATE",
        help="Assess only the returns requested at or after this date or time (ISO 8601, as the API's dates; no "
        "zone: UTC; the features still read the whole history).",
    ),
    batch_size: int = batch_size_option("Texts per reason-prediction batch."),
) -> None:
    """Write one row per return (reason, risk score and band, decision and rules) with the champion models."""
    requested_since = pd.Timestamp(since) if since is not None else None
    if not input_dir.is_dir():  # else named as a folder without its first table
        raise fail(f"--input {input_dir} is not a folder")
    if output_dir.resolve() in (input_dir.resolve(), *input_dir.resolve().parents):
        # Its part-* files are replaced, and Spark's overwrite empties the whole folder first.
        raise fail(f"the output folder {output_dir} holds the input {input_dir}: write the assessments elsewhere")
    output_folder_or_exit(output_dir)
    settings = get_settings()
    # the shop's bounds, as `data load` and `predict risk` hold their input to them
    bounds = history_bounds(settings)
    try:
        for table in ("customers", "orders", "line_items", "returns"):
            table_files(input_dir, table)
    except ExportError as error:
        raise fail(str(error)) from None
    policy = load_policy_or_exit(settings.policy_path)
    reasons = load_champion_or_exit(settings, settings.reason_model_name)
    risk = load_champion_or_exit(settings, settings.risk_model_name)
    started = time.perf_counter()
    ran_on, spark_said = engine.value, ""
    if engine is Engine.pandas:
        try:
            tables = read_export(input_dir, bounds)
        except ExportError as error:
            raise fail(str(error)) from None
        assessed = assess_history(tables, reasons.model, risk.model, policy, batch_size, requested_since)
        write_assessments(assessed, output_dir, output_format.value)
        count = len(assessed)
    else:
        # pyspark (and the JVM it starts) only for this engine: `triage` itself starts without them.
        from serving import spark_scoring

        # Spark's own output (the JVM's warnings, a failed task's Java stack) goes to a log the messages name
        log = settings.logs_dir / f"spark-batch-score-{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{os.getpid()}.log"
        ran_on, spark_said = f"spark ({master})", f"; Spark's log: {log}"
        try:
            spark = spark_scoring.spark_session(master, log)
        except spark_scoring.SPARK_FAILURES as error:
            raise fail(f"Spark did not start on {master}: {spark_scoring.failure_line(error)}{spark_said}", 1) from None
        try:
            spark_scoring.check_export(spark, input_dir, bounds)
            assessed = spark_scoring.assess_export(
                spark, input_dir, reasons.model, risk.model, policy, buckets, batch_size, requested_since, bounds
            ).cache()
            spark_scoring.write_assessments(assessed, output_dir, output_format.value)
            count = assessed.count()
        except ExportError as error:
            raise fail(str(error)) from None
        except spark_scoring.SPARK_FAILURES as error:  # a file no executor could read: Spark's text is a Java stack
            raise fail(f"the Spark job failed: {spark_scoring.failure_line(error)}{spark_said}", code=1) from None
        finally:
            spark.stop()
    console.print(
        f"assessed {counted(count, 'return')} in {time.perf_counter() - started:.1f} s on {ran_on} -> {output_dir} "
        f"({reasons.name} v{reasons.version}, {risk.name} v{risk.version}, policy {policy.version}){spark_said}"
    )
