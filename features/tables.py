"""Read and write the history tables (gzip CSVs, the sample-data export format) with the schemas' dtypes."""

from __future__ import annotations

import gzip
from pathlib import Path

import pandas as pd

from features.schemas import TABLES, Column


def table_path(name: str, data_dir: Path) -> Path:
    """Where a table lives in a data directory."""
    return Path(data_dir) / f"{name}.csv.gz"


def _columns(name: str) -> tuple[Column, ...]:
    try:
        return TABLES[name]
    except KeyError:
        raise ValueError(f"unknown table {name!r}; expected one of {', '.join(TABLES)}") from None


def write_table(frame: pd.DataFrame, name: str, data_dir: Path) -> Path:
    """Write a table as a byte-reproducible gzip CSV (no timestamp or file name in the gzip header)."""
    path = table_path(name, data_dir)
    names = [column.name for column in _columns(name)]
    payload = frame[names].to_csv(index=False, date_format="%Y-%m-%d %H:%M:%S", lineterminator="\n")
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as out:
        out.write(payload.encode("utf-8"))
    return path


def read_table(name: str, data_dir: Path) -> pd.DataFrame:
    """Load one table with the schema's dtypes and parsed timestamps.

    Text columns keep literal values such as "n/a" or "None" (customers type those); only the
    schema's nullable columns turn empty cells into missing values.

    Raises:
        ValueError: unknown table, missing file, or columns missing from the file (named).
    """
    _columns(name)  # an unknown table is named before a missing file
    path = table_path(name, data_dir)
    if not path.is_file():
        raise ValueError(f"table {name!r} not found: {path} does not exist (run `triage data generate`)")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[], compression="gzip")
    return typed_table(name, frame, str(path))


def typed_table(name: str, frame: pd.DataFrame, source: str) -> pd.DataFrame:
    """A table read as strings (empty cells as "") with the schema's columns, dtypes and parsed timestamps.

    The one conversion behind `read_table` and the Spark jobs, which shuffle tables as strings.

    Raises:
        ValueError: unknown table or columns missing from `source` (named).
    """
    columns = _columns(name)
    missing = [column.name for column in columns if column.name not in frame.columns]
    if missing:
        raise ValueError(f"table {name!r} in {source} is missing columns: {', '.join(missing)}")
    frame = frame.copy()
    for column in columns:
        values = frame[column.name]
        if column.nullable:
            values = values.mask(values == "")
        if column.dtype.startswith("datetime"):
            frame[column.name] = pd.to_datetime(values, format="%Y-%m-%d %H:%M:%S")
        elif column.dtype == "bool":
            frame[column.name] = values.map({"True": True, "False": False}).astype(bool)
        elif column.dtype == "float64":
            frame[column.name] = values.astype("float64")
        else:
            frame[column.name] = values.astype(column.dtype)
    return frame[[column.name for column in columns]].reset_index(drop=True)
