"""Read and write the history tables (gzip CSVs, the sample-data export format) with the schemas' dtypes."""

from __future__ import annotations

import csv
import gzip
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Literal

import numpy as np
import pandas as pd

from features.dates import (
    MOMENT_FORMS,
    PANDAS_YEARS,
    before_delivery,
    before_delivery_problem,
    beyond_pandas,
    iso_moments,
)
from features.schemas import TABLES, Column
from features.text import (
    FINER_THAN_CENTS,
    MAX_ID_CHARS,
    ZERO_MISREADS,
    amount_text,
    counted,
    finer_than_cents,
    identifier_problem,
    quoted_cut,
    zero_misread,
)


def table_path(name: str, data_dir: Path) -> Path:
    """Where a table lives in a data directory."""
    return Path(data_dir) / f"{name}.csv.gz"


# The file the sample-data generator writes beside its tables, and a shop's exports never hold: its customers are
# invented, so a history store must not read them as a shop's (`serving.stores.history.load_exports`).
GENERATED_MARK = "generated.json"


def is_generated_sample(data_dir: Path) -> bool:
    """Whether `data_dir` holds the generated sample (its generator's mark) rather than a shop's exports."""
    return (Path(data_dir) / GENERATED_MARK).is_file()


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


# The most of a refused value a message repeats: a 10 MB text is named, not printed.
SHOWN_CHARS = 80


@dataclass(frozen=True)
class RowProblem:
    """One value of an export the history cannot take: where it is (table, column, line of the file,
    the header being line 1; 0 where the reader numbers no lines, a Spark job), what it is and why not."""

    table: str
    line: int
    column: str
    value: str
    problem: str
    row_id: str = ""  # the row's id (its table's first column), so rows that point at it can be found

    def place(self) -> str:
        """Where a message says the value is: its line, else its row's id ("at return_id 'R0000001'")."""
        if self.line:
            return f"line {self.line}"
        return f"at {_columns(self.table)[0].name} {quoted_cut(self.row_id, SHOWN_CHARS)}"


# How many fields, and values of each, a refusal names: enough to see what is wrong, on one line.
SHOWN_FIELDS = 3
SHOWN_VALUES = 3


class TableError(ValueError):
    """A table has values its schema (or the given bounds) refuses; `problems` lists each.

    The message is one line, as a command's refusal is: the count, then per field (the first `SHOWN_FIELDS`)
    its first `SHOWN_VALUES` values, how many it has and why they are refused. `counts`, when given, holds how many
    values each (table, column, problem) has where `problems` holds only the first of each (a Spark job brings home
    those alone).
    """

    def __init__(self, problems: list[RowProblem], counts: dict[tuple[str, str, str], int] | None = None) -> None:
        self.problems = problems
        fields: dict[tuple[str, str, str], list[RowProblem]] = {}
        for problem in problems:
            fields.setdefault((problem.table, problem.column, problem.problem), []).append(problem)
        sizes = {field: (counts or {}).get(field, len(found)) for field, found in fields.items()}
        named = []
        for (table, column, why), found in list(fields.items())[:SHOWN_FIELDS]:
            values = ", ".join(
                f"{problem.place()}: {quoted_cut(problem.value, SHOWN_CHARS)}" for problem in found[:SHOWN_VALUES]
            )
            size = sizes[table, column, why]
            more = ", ..." if size > SHOWN_VALUES else ""
            named.append(f"{table}.{column} {values}{more} ({counted(size, 'value')}: {why})")
        unnamed = list(sizes.values())[SHOWN_FIELDS:]
        if unnamed:
            named.append(f"and {sum(unnamed):,} more in {counted(len(unnamed), 'other field')}")
        super().__init__(f"{counted(sum(sizes.values()), 'bad value')}: {'; '.join(named)}")


@dataclass(frozen=True)
class Bounds:
    """What a shop's history can hold: moments within [first, last], prices within [0, max_price] and in
    cents, discounts within [0, 1]. A value outside them broke or skewed the risk features (a return dated
    1600 made a customer's every later request fail)."""

    first: datetime
    last: datetime
    max_price: float


# A cell is read as written, in every CSV reader (these tables, `features.csv_input`, `predict replies`): a value with
# a form (an id, a code, a number, a date) is refused with a space around it, as the API refuses it, rather than
# trimmed by one reader and refused by the next; a person's words are kept as typed.
PADDED = "starts or ends with a space; cells are read as written"


def padded(values: pd.Series) -> pd.Series:
    """Which values start or end with whitespace (a space, a tab, a no-break space); missing values do not."""
    texts = values.astype("string")
    return (texts != texts.str.strip()).fillna(False).astype(bool)


def id_problems(values: pd.Series, form: Literal["NFC", "NFKC"]) -> pd.Series:
    """Why each id of `values` is not one the API takes (`features.text.identifier_problem`, at most `MAX_ID_CHARS`
    characters), else missing; missing values are no id. An export is joined and the API's requests matched on them
    exactly: "Ｃ１" or "C\u200b1" was a customer no request could name, beside "C1"."""
    texts = values.dropna().astype(str)
    # printable ASCII is in every Unicode form and holds no control: a whole column of it (every export seen) is
    # judged in one pass (0.4 s over the sample's tables, where a regular expression on each value took 2 s)
    strings = texts.to_numpy()
    joined = "".join(strings)
    if joined.isascii() and joined.isprintable() and max(map(len, strings), default=0) <= MAX_ID_CHARS:
        return pd.Series(None, index=values.index, dtype=object)
    odd = texts[[not (text.isascii() and text.isprintable()) or len(text) > MAX_ID_CHARS for text in strings]]
    long = f"longer than {MAX_ID_CHARS} characters, the most an id holds"
    why = {text: long if len(text) > MAX_ID_CHARS else identifier_problem(text, form) for text in odd.unique()}
    return odd.map(why).reindex(values.index)


# Two files pasted together (two exports, a file and its continuation) hold the header again: below the first, its
# line is data to a reader (a text "text" to classify, a row refused value by value, or not at all).
HEADER_AGAIN = "repeats the header (files pasted together?): a CSV has one header, on its first line"


def header_rows(frame: pd.DataFrame) -> list[int]:
    """The positions of the rows of `frame`, a CSV read as strings, whose every cell is its column's name (a byte
    order mark before the first ignored, as a second file's would be)."""
    if frame.empty:
        return []
    names = [str(name) for name in frame.columns]
    first = frame.iloc[:, 0].astype(str).str.removeprefix("\ufeff") == names[0]  # the whole rows of these alone
    return [
        int(row) for row in np.flatnonzero(first.to_numpy()) if [str(cell) for cell in frame.iloc[row, 1:]] == names[1:]
    ]


def repeated_header(frame: pd.DataFrame) -> int | None:
    """The line (the header being line 1) of the first row of `frame`, a CSV read as strings, that repeats its header
    (`header_rows`), else None."""
    again = header_rows(frame)
    return again[0] + 2 if again else None


def named_twice(header: Sequence[str]) -> str | None:
    """The first name a CSV's header gives two columns, with their places ("'price' names columns 6 and 11"), else None.
    pandas reads the second as "price.1": the first was read and the second dropped without a word, whichever was
    meant. Names are compared regardless of case ("'currency' and 'Currency' name columns 5 and 6"): Spark reads
    them as one name and renames both. Columns without a name (a comma ending the header) name nothing."""
    seen: dict[str, tuple[str, int]] = {}
    for place, name in enumerate(header, start=1):
        if name and name.casefold() in seen:
            first, at = seen[name.casefold()]
            names = f"{first!r} names" if first == name else f"{first!r} and {name!r} name"
            return f"{names} columns {at} and {place}: a header names each column once"
        seen[name.casefold()] = (name, place)
    return None


def _checked_column(
    column: Column, values: pd.Series, bounds: Bounds | None
) -> tuple[pd.Series, pd.Series, str | pd.Series]:
    """The column parsed to its dtype, a mask of the values it refuses, and why they are refused (one reason, or
    each value's)."""
    present = values.notna() & (values != "") if column.nullable else pd.Series(True, index=values.index)
    if column.dtype.startswith("datetime"):
        # read as every entry point reads a date; the tables hold naive UTC
        parsed = iso_moments(values).dt.tz_localize(None)
        unread = present & parsed.isna()
        # a moment in the accepted forms outside the shop's bounds (2030), or the years pandas holds (2999), is said as
        # outside them, not as no date: one reason per value
        unread_rows = np.flatnonzero(unread.to_numpy())
        beyond = np.zeros(len(values), dtype=bool)
        beyond[unread_rows] = [beyond_pandas(str(text)) for text in values.to_numpy()[unread_rows]]
        outside = pd.Series(beyond, index=values.index)
        window = f"not between {PANDAS_YEARS}"
        if bounds is not None:
            outside |= parsed.notna() & ((parsed < bounds.first) | (parsed > bounds.last))
            window = f"not between {bounds.first:%Y-%m-%d} and {bounds.last:%Y-%m-%d}"
        problems = outside.map({True: window, False: f"not a date in the accepted forms ({MOMENT_FORMS})"})
        return parsed, unread | outside, problems
    if column.dtype == "bool":
        parsed = values.map({"True": True, "False": False})
        return parsed, parsed.isna(), "not True or False"
    if column.dtype == "float64":
        parsed = pd.to_numeric(values, errors="coerce")
        bad, problem = present & (parsed.isna() | ~np.isfinite(parsed)), "not a number"
        high = (bounds.max_price if column.name == "price" else 1.0) if bounds is not None else None
        if high is not None and column.name in ("price", "discount"):
            bad, problem = bad | (parsed < 0) | (parsed > high), f"{problem} between 0 and {amount_text(high)}"
        # read as 0 though not written so (-0, 1e-400: `zero_misread`), said as what it is; read once per way of
        # writing 0, as most discounts are 0
        zeros = values[parsed == 0].astype(str)
        misread = zeros.map({text: zero_misread(text) for text in zeros.unique()}).dropna().map(ZERO_MISREADS)
        # a shop's prices are in cents, as the API takes them, read from the digits (a double reads
        # 89.000000000000000000001 as 89.0): one of the shop's bounds the entry points hold an export to
        if column.name == "price" and bounds is not None:
            read = values[present & ~bad & ~values.index.isin(misread.index)].astype(str)
            finer = read.isin([text for text in read.unique() if finer_than_cents(text)])  # once per way of writing
            misread = pd.concat([misread, pd.Series(FINER_THAN_CENTS, index=read.index[finer.to_numpy(dtype=bool)])])
        if misread.empty:
            return parsed, bad, problem
        return parsed, bad | values.index.isin(misread.index), misread.reindex(values.index).fillna(problem)
    if column.id_form is not None:
        problems = id_problems(values, column.id_form)
        return values, problems.notna(), problems
    if column.allowed is None:  # free text: any value, empty included, up to its length
        if column.max_chars is None:
            return values, pd.Series(False, index=values.index), ""
        return values, values.str.len() > column.max_chars, f"longer than {column.max_chars:,} characters"
    return values, present & ~values.isin(column.allowed), f"not one of {', '.join(column.allowed)}"


# How much of a file is read at once, to refuse one of NUL bytes (UTF-16, binary, a gzip of zeros) without
# reading or decompressing it whole: the history tables here, the predict commands' CSVs in `csv_input`.
HEAD_BYTES = 65_536


def csv_header(path: Path) -> list[str]:
    """The names on the first line of a CSV file (gzipped when it ends in .gz), a byte order mark before them left out:
    read here, as both engines' readers rename a name given twice (pandas "price.1", Spark "price8") before their
    caller could see it.

    Raises:
        OSError, EOFError: unreadable, not gzipped or cut short.
        UnicodeDecodeError: no UTF-8.
        csv.Error: no CSV.
    """
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8-sig", newline="") as file:
        return next(csv.reader(file), [])


def first_nul(file: BinaryIO) -> int | None:
    """The position of the first NUL byte in `file`, read from where it stands in pieces of `HEAD_BYTES` (so a file of
    them is refused at its first piece), else None. Anywhere in a CSV: pandas' parser ends a cell at a NUL byte and
    drops the rest of it without a word (a first name past the first 64 KB was read as empty)."""
    position = 0
    while piece := file.read(HEAD_BYTES):
        found = piece.find(b"\x00")
        if found >= 0:
            return position + found
        position += len(piece)
    return None


def _read_strings(name: str, data_dir: Path) -> tuple[pd.DataFrame, Path]:
    """A table's file read as strings (empty cells as ""), and its path.

    Raises:
        ValueError: unknown table, missing file or a file that is no UTF-8 CSV (named).
    """
    _columns(name)  # an unknown table is named before a missing file
    path = table_path(name, data_dir)
    if not path.is_file():
        raise ValueError(
            f"table {name!r} not found: {path} does not exist (a history folder holds "
            f"{', '.join(f'{table}.csv.gz' for table in TABLES)})"
        )
    return read_csv_strings(name, path), path


def read_csv_strings(name: str, path: Path) -> pd.DataFrame:
    """One CSV file of a table (gzipped when it ends in .gz, as the sample data and `batch score`'s exports hold them)
    read as strings, empty cells as "".

    Raises:
        ValueError: the file is no UTF-8 CSV (not gzipped, cut short, UTF-16, empty, unreadable) or holds its header
            again, named with the table.
    """
    packed = path.suffix == ".gz"
    kind = "a gzipped CSV" if packed else "a CSV"
    try:
        with gzip.open(path) if packed else path.open("rb") as file:
            nul = first_nul(file)
        if nul is not None:
            raise ValueError(
                f"table {name!r} in {path} holds NUL bytes (the first at position {nul}): not a UTF-8 text CSV "
                "(UTF-16 or a binary file?)"
            )
        frame = pd.read_csv(
            path, dtype=str, keep_default_na=False, na_values=[], compression="gzip" if packed else None
        )
        header = csv_header(path)
    except UnicodeDecodeError as error:
        raise ValueError(
            f"table {name!r} in {path} is not UTF-8 text (invalid byte at position {error.start}); re-save it as UTF-8"
        ) from None
    except pd.errors.EmptyDataError:
        raise ValueError(f"table {name!r} in {path} is empty: not even a header") from None
    except (OSError, EOFError, pd.errors.ParserError, csv.Error) as error:  # not gzip (BadGzipFile), cut short
        said = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ValueError(f"table {name!r} in {path} cannot be read as {kind}: {said}") from None
    twice = named_twice(header)
    if twice is not None:
        raise ValueError(f"table {name!r} in {path}: {twice}")
    again = repeated_header(frame)
    if again is not None:
        raise ValueError(f"table {name!r} in {path}: line {again} {HEADER_AGAIN}")
    return frame


# A moment before the one it follows, refused as the API refuses it (`serving.api.ReturnRequest`): (table, its column,
# the column of its order it follows, whether it comes too early, the problem). A return is requested on its
# delivery's day or later (`features.dates.before_delivery`).
_FOLLOWS: tuple[tuple[str, str, str, Callable[[pd.Series, pd.Series], pd.Series], str], ...] = (
    ("orders", "delivery_ts", "order_ts", pd.Series.lt, "is before its order_ts"),
    ("returns", "request_ts", "order_ts", pd.Series.lt, "is before its order's order_ts"),
    ("returns", "request_ts", "delivery_ts", before_delivery, before_delivery_problem("its order's delivery_ts")),
)


def out_of_order(name: str, frame: pd.DataFrame, frames: Mapping[str, pd.DataFrame]) -> list[RowProblem]:
    """A problem for each row of table `name` whose moment comes before the one of its order it follows (`_FOLLOWS`;
    the first only), read from `frames["orders"]` (the export's good orders: a return of an order stored before is not
    checked here). `frame`'s index is its rows' positions (line = index + 2); its first column, its id."""
    problems: dict[int, RowProblem] = {}
    for table, column, earlier, too_early, problem in _FOLLOWS:
        if table != name:
            continue
        orders = frame if name == "orders" else frames["orders"]
        ordered = frame["order_id"].map(orders.drop_duplicates("order_id", keep="last").set_index("order_id")[earlier])
        for at in np.flatnonzero(too_early(frame[column], ordered).to_numpy()):
            index = int(frame.index[at])
            problems.setdefault(
                index, RowProblem(name, index + 2, column, str(frame[column].iat[at]), problem, str(frame.iat[at, 0]))
            )
    return list(problems.values())


def check_table(name: str, data_dir: Path, bounds: Bounds | None = None) -> tuple[pd.DataFrame, list[RowProblem]]:
    """Load one table's file through `checked_table` (the good rows and a `RowProblem` per refused value).

    Raises:
        ValueError: unknown table, missing file, or columns missing from the file (named).
    """
    frame, path = _read_strings(name, data_dir)
    return checked_table(name, frame, str(path), bounds)


def checked_table(
    name: str, frame: pd.DataFrame, source: str, bounds: Bounds | None = None
) -> tuple[pd.DataFrame, list[RowProblem]]:
    """A table read as strings (empty cells as "") with the schema's columns, dtypes and parsed
    timestamps, leaving out the rows with a value the schema (or `bounds`) refuses, or with a space around a
    value that has a form (`padded`); each refused value is a `RowProblem`. The frame keeps the rows'
    positions in `frame` as its index (line = index + 2).

    Text columns keep literal values such as "n/a" or "None" (customers type those); only the
    schema's nullable columns turn empty cells into missing values.

    Raises:
        ValueError: unknown table or columns missing from `source` (named).
    """
    columns = _columns(name)
    missing = [column.name for column in columns if column.name not in frame.columns]
    if missing:
        raise ValueError(f"table {name!r} in {source} is missing columns: {', '.join(missing)}")
    frame = frame.reset_index(drop=True)
    problems: list[RowProblem] = []
    refused = pd.Series(False, index=frame.index)
    for column in columns:
        values = frame[column.name]
        if column.nullable:
            values = values.mask(values == "")
        parsed, bad, problem = _checked_column(column, values, bounds)
        spaced = pd.Series(False, index=values.index) if column.as_typed else padded(values)
        ids = frame[columns[0].name]
        for row in np.flatnonzero((bad | spaced).to_numpy()):
            value = str(frame[column.name].iat[row])
            why = PADDED if spaced.iat[row] else problem if isinstance(problem, str) else str(problem.iat[row])
            problems.append(RowProblem(name, int(row) + 2, column.name, value, why, str(ids.iat[row])))
        bad |= spaced
        refused |= bad
        frame[column.name] = parsed if column.dtype.startswith("datetime") else parsed.where(~bad)
    good = frame.loc[~refused, [column.name for column in columns]]
    for column in columns:
        if not column.dtype.startswith("datetime"):
            good[column.name] = good[column.name].astype(column.dtype)
    problems.sort(key=lambda problem: (problem.line, problem.column))
    return good, problems


def typed_table(name: str, frame: pd.DataFrame, source: str, bounds: Bounds | None = None) -> pd.DataFrame:
    """A table read as strings with the schema's columns, dtypes and parsed timestamps (see `checked_table`),
    values within `bounds` when given.

    The one conversion behind `read_table`, `batch score`'s export and the Spark jobs, which shuffle tables as strings.

    Raises:
        ValueError: unknown table or columns missing from `source` (named).
        TableError: values the schema refuses, each named by column, line and value.
    """
    good, problems = checked_table(name, frame, source, bounds)
    if problems:
        raise TableError(problems)
    return good.reset_index(drop=True)


def read_table(name: str, data_dir: Path) -> pd.DataFrame:
    """Load one table with the schema's dtypes and parsed timestamps (see `typed_table`).

    Raises:
        ValueError: unknown table, missing file, or columns missing from the file (named).
        TableError: values the schema refuses, each named by column, line and value.
    """
    frame, path = _read_strings(name, data_dir)
    return typed_table(name, frame, str(path))
