"""Read a history export and write batch assessments: the I/O of `triage batch score` on pandas.

An export is a folder holding each table (`features.schemas.TABLES`) as `<table>.csv.gz` (the
sample-data format: `data/sample` is a valid input), as a folder of CSV partitions `<table>/*.csv*`,
or as Parquet (`<table>.parquet` or `<table>/*.parquet`). Assessments are written as Parquet or CSV
partitions (`part-*.parquet|csv`) into an output folder, so the pandas and Spark engines produce the
same layout.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pandas as pd

from decisions.assessments import HISTORY_OUTPUT_COLUMNS
from features.csv_input import spreadsheet_safe_texts
from features.schemas import TABLES
from features.tables import Bounds, TableError, out_of_order, read_csv_strings, table_path, typed_table

OutputFormat = Literal["parquet", "csv"]


class ExportError(ValueError):
    """The export folder cannot be read; the message names the table and what was looked for."""


def table_files(input_dir: Path, name: str) -> tuple[Literal["csv", "parquet"], list[Path]]:
    """The files holding one table of an export, and their format.

    Raises:
        ExportError: the table is in none of the accepted layouts.
    """
    single_csv = table_path(name, input_dir)
    if single_csv.is_file():
        return "csv", [single_csv]
    if (input_dir / f"{name}.parquet").is_file():
        return "parquet", [input_dir / f"{name}.parquet"]
    folder = input_dir / name
    parquet = sorted(folder.glob("*.parquet"))
    if parquet:
        return "parquet", parquet
    csv = sorted(path for path in folder.glob("*.csv*") if path.suffix in {".csv", ".gz"})
    if csv:
        return "csv", csv
    raise ExportError(
        f"table {name!r} not found in {input_dir}: expected {name}.csv.gz, {name}.parquet "
        f"or a folder {name}/ of CSV or Parquet partitions"
    )


def as_export_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """A typed table (from Parquet) as the export's strings: timestamps `%Y-%m-%d %H:%M:%S`, booleans
    True/False, missing values empty; `features.tables.typed_table` reads it back."""
    strings = {}
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            values = values.dt.strftime("%Y-%m-%d %H:%M:%S")
        strings[column] = values.astype(object).where(values.notna(), "").astype(str)
    return pd.DataFrame(strings, index=frame.index)


def read_export(input_dir: Path, bounds: Bounds | None = None) -> dict[str, pd.DataFrame]:
    """Every table of an export, with the schemas' dtypes (values within `bounds`, the shop's, when given).

    Raises:
        ExportError: a table is missing or lacks columns, or a value is refused (named by table, column and line),
            also a moment before the one of its order it follows (`features.tables.out_of_order`).
    """
    tables = {}
    for name in TABLES:
        kind, paths = table_files(input_dir, name)
        try:
            read = read_csv_strings if kind == "csv" else _read_parquet_strings
            parts = [read(name, path) for path in paths]
            tables[name] = typed_table(name, pd.concat(parts, ignore_index=True), str(paths[0].parent), bounds)
        except ValueError as error:
            raise ExportError(str(error)) from None
    # as `data load` and the API: a return requested on a day before its delivery was decided within the window
    problems = [problem for name in TABLES for problem in out_of_order(name, tables[name], tables)]
    if problems:
        raise ExportError(str(TableError(problems)))
    return tables


def _read_parquet_strings(name: str, path: Path) -> pd.DataFrame:
    """One Parquet file of a table as the export's strings.

    Raises:
        ValueError: the file is no Parquet file pandas can read (cut short, another format, unreadable), named.
    """
    try:
        return as_export_strings(pd.read_parquet(path))
    except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
        raise ValueError(f"table {name!r} in {path} cannot be read as Parquet: {str(error).splitlines()[0]}") from None


def write_assessments(frame: pd.DataFrame, output_dir: Path, output_format: OutputFormat) -> Path:
    """Write assessments as one partition in `output_dir` (created; earlier partitions replaced); as CSV, its
    texts `spreadsheet_safe`: the ids are the shop's export's, and a CSV is opened in a spreadsheet."""
    output_dir.mkdir(parents=True, exist_ok=True)
    for old in output_dir.glob("part-*"):
        old.unlink()
    frame = frame[list(HISTORY_OUTPUT_COLUMNS)].assign(
        request_ts=pd.to_datetime(frame["request_ts"]).dt.strftime("%Y-%m-%d %H:%M:%S")
    )
    path = output_dir / f"part-00000.{output_format}"
    if output_format == "parquet":
        frame.to_parquet(path, index=False)
    else:
        spreadsheet_safe_texts(frame).to_csv(path, index=False)
    return path


def read_assessments(output_dir: Path) -> pd.DataFrame:
    """Assessments written by either engine (every `part-*` file), sorted by return id."""
    parts = sorted(path for path in output_dir.glob("part-*") if not path.name.endswith(".crc"))
    if not parts:
        raise ExportError(f"no part-* files in {output_dir}")
    frames = [
        pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path, keep_default_na=False, dtype=str)
        for path in parts
    ]
    return pd.concat(frames, ignore_index=True).sort_values("return_id", kind="stable").reset_index(drop=True)
