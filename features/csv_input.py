"""The CSV files people hand to the project (`triage predict`, `triage monitor --current`): one strict reader
and one writer.

Reading is strict and explains itself: a data scientist pointing a command at the wrong file gets one line saying
what is wrong, not a traceback. The request CSV lives here, below serving and monitoring, so both read it the same
way.
"""

from __future__ import annotations

import csv
import io
import re
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

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
from features.schemas import CATEGORY_CODES, CURRENCIES
from features.tables import HEAD_BYTES, HEADER_AGAIN, PADDED, Bounds, named_twice, padded, repeated_header
from features.taxonomy import REASON_CODES
from features.text import (
    FINER_THAN_CENTS,
    MAX_ID_CHARS,
    MAX_TEXT_CHARS,
    ZERO_MISREADS,
    amount_text,
    finer_than_cents,
    has_control_characters,
    identifier_problem,
    quoted_cut,
    visible_text,
    zero_misread,
)

# The `/triage` request's fields, as a CSV of requests carries them.
REQUEST_CSV_COLUMNS: tuple[str, ...] = (
    "return_id",
    "customer_id",
    "order_id",
    "sku",
    "product_category",
    "price",
    "currency",
    "delivery_date",
    "request_date",
    "reason_text",
)
# The request's ids, matched exactly (retries, the history, the lists).
REQUEST_ID_COLUMNS: tuple[str, ...] = ("return_id", "customer_id", "order_id", "sku")
# The request's optional fields a CSV may carry: the ticked reason, the text's language, the e-mail the lists match.
REQUEST_CSV_OPTIONAL_COLUMNS: tuple[str, ...] = ("reason_code", "lang", "customer_email_hash")


# The first bytes of the workbooks people save instead of a CSV (and rename .csv): said as what they are,
# rather than as a file of NUL bytes.
WORKBOOK_MAGIC = {
    b"PK\x03\x04": "a ZIP archive (an Excel .xlsx or OpenDocument workbook?)",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an Excel 97-2003 .xls workbook",
}


class BatchInputError(ValueError):
    """The input file cannot be used; the message says why in plain words."""


def read_csv_input(
    path: Path, required_columns: Sequence[str], text_columns: Sequence[str] = (), optional_columns: Sequence[str] = ()
) -> pd.DataFrame:
    """Read a UTF-8 CSV (a BOM is fine) with every column as strings, and check it has rows and the
    `required_columns`, that none of its `optional_columns` is spelled otherwise (`spelled_otherwise`), and that no
    customer text (`text_columns`) is longer than the API takes: the one reader behind every `triage predict`
    command, so they all explain bad input the same way.

    Raises:
        BatchInputError: unreadable path, a workbook, NUL bytes (UTF-16, binary), non-UTF-8 bytes, empty file, not
            a CSV, missing columns, an optional column spelled otherwise, no rows, the header repeated or a text over
            `MAX_TEXT_CHARS`.
    """
    try:
        with path.open("rb") as file:
            # A file of NUL bytes (UTF-16, a sparse or binary file) is refused before it is read whole.
            head = file.read(HEAD_BYTES)
            raw = head + file.read() if b"\x00" not in head else head
    except OSError as error:
        raise BatchInputError(f"cannot read {path}: {error.strerror or error}") from None
    workbook = next((kind for magic, kind in WORKBOOK_MAGIC.items() if raw.startswith(magic)), None)
    if workbook is not None:
        raise BatchInputError(f"{path} is {workbook}, not a CSV: save it as CSV UTF-8 (comma-delimited)")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise BatchInputError(
            f"{path} holds NUL bytes (the first at position {nul}): not a UTF-8 text CSV "
            "(UTF-16 or a binary file?); re-save it as UTF-8"
        )
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BatchInputError(
            f"{path} is not UTF-8 text (invalid byte at position {error.start}); re-save it as UTF-8"
        ) from None
    if not decoded.strip():
        raise BatchInputError(f"{path} is empty; expected a CSV with columns {', '.join(required_columns)}")
    try:
        frame = pd.read_csv(io.StringIO(decoded), dtype=str, keep_default_na=False)
    except pd.errors.ParserError as error:
        raise BatchInputError(f"{path} is not a valid CSV: {error}") from None
    try:
        # newline="": the csv module reads a cell's line ends itself; without it a file of bare CR line ends (an old
        # Mac spreadsheet's) that pandas read ended in csv.Error's traceback
        header = next(csv.reader(io.StringIO(decoded, newline="")), [])
    except csv.Error as error:  # a header cell past the csv module's field limit (128 KiB)
        raise BatchInputError(f"{path} is not a valid CSV: {error}") from None
    twice = named_twice(header)
    if twice is not None:
        raise BatchInputError(f"{path}: {twice}")
    missing = [column for column in required_columns if column not in frame.columns]
    if missing:
        found = ", ".join(map(str, frame.columns))
        raise BatchInputError(f"{path} lacks columns: {', '.join(missing)} (found: {found})")
    said = spelled_otherwise(frame.columns, optional_columns)
    if said is not None:
        raise BatchInputError(f"{path}: {said}")
    if frame.empty:
        raise BatchInputError(f"{path} has a header but no rows")
    again = repeated_header(frame)
    if again is not None:
        raise BatchInputError(f"{path}: line {again} {HEADER_AGAIN}")
    for column in text_columns:
        lengths = frame[column].str.len()
        if (lengths > MAX_TEXT_CHARS).any():
            row = int(lengths.to_numpy().argmax())
            raise BatchInputError(
                f"{path}: column {column} row {row + 2}: a text of {int(lengths.iloc[row]):,} characters; "
                f"at most {MAX_TEXT_CHARS:,}, as the API takes"
            )
    return frame


def read_requests_csv(path: Path, bounds: Bounds | None = None) -> pd.DataFrame:
    """Read and check a UTF-8 CSV of return requests (`REQUEST_CSV_COLUMNS`; prices finite numbers, dates
    parseable, reason texts not blank and without control characters, categories and currencies known, an
    optional ticked `reason_code` empty or a taxonomy code; a cell read as written: no value but the reason text with
    a space around it, `features.tables.padded`).
    With `bounds` (the shop's, as the API holds its requests to), prices and dates must lie within them.

    Raises:
        BatchInputError: as `read_csv_input`, or a bad value (the message names the column and the
            first bad row).
    """
    frame = read_csv_input(
        path, REQUEST_CSV_COLUMNS, text_columns=("reason_text",), optional_columns=REQUEST_CSV_OPTIONAL_COLUMNS
    )

    def refuse(mask: pd.Series, column: str, problem: str) -> None:
        if mask.any():
            row = int(mask.to_numpy().argmax())
            raise BatchInputError(
                f"{path}: column {column} row {row + 2}: {quoted_cut(str(frame[column].iloc[row]))} {problem}"
            )

    def first_bad(mask: pd.Series, column: str, expected: str) -> None:
        refuse(mask, column, f"is not {expected}")

    for column in (*REQUEST_CSV_COLUMNS, *REQUEST_CSV_OPTIONAL_COLUMNS):
        if column in frame.columns and column != "reason_text":
            refuse(padded(frame[column]), column, PADDED)
    # as the API: a 1 MB customer id was assessed and written back whole; "Ｒ１" beside "R1", or "R\u200b1", read as two
    # returns where the API refuses the first
    for column in (*REQUEST_ID_COLUMNS, "customer_email_hash"):
        if column in frame.columns:
            first_bad(frame[column].str.len() > MAX_ID_CHARS, column, f"an id of at most {MAX_ID_CHARS} characters")
            problems = frame[column].map(lambda value: identifier_problem(value) if value else None)
            if problems.notna().any():
                refuse(problems.notna(), column, str(problems.dropna().iloc[0]))
    prices = pd.to_numeric(frame["price"], errors="coerce")
    misread = frame["price"].map(zero_misread)  # -0 and 1e-400 read as a price of 0
    for kind, problem in ZERO_MISREADS.items():
        refuse(misread == kind, "price", problem)
    first_bad(prices.isna() | (prices < 0) | np.isinf(prices), "price", "a price >= 0")
    if bounds is not None:
        first_bad(prices > bounds.max_price, "price", f"a price up to max_item_price ({amount_text(bounds.max_price)})")
    # as the API: the reply rounds to cents, so 12.345 paid was promised a 12.35 refund; read from the digits written,
    # as a double reads 89.000000000000000000001 as 89.0
    refuse(frame["price"].map(finer_than_cents), "price", FINER_THAN_CENTS)
    for column in ("delivery_date", "request_date"):
        moments = iso_moments(frame[column])
        # 1600-01-03 is a moment, outside the years pandas holds: refused as outside, not as no timestamp
        beyond = moments.isna() & frame[column].map(beyond_pandas)
        first_bad(moments.isna() & ~beyond, column, f"a date in the accepted forms ({MOMENT_FORMS})")
        if bounds is not None:
            first, last = pd.Timestamp(bounds.first, tz="UTC"), pd.Timestamp(bounds.last, tz="UTC")
            window = f"a moment from {bounds.first:%Y-%m-%d} (shop_founded) to now"
            first_bad(beyond | (moments < first) | (moments > last), column, window)
        first_bad(beyond, column, f"a moment between {PANDAS_YEARS}")
    # as the API
    requested, delivered = iso_moments(frame["request_date"]), iso_moments(frame["delivery_date"])
    refuse(before_delivery(requested, delivered), "request_date", before_delivery_problem("delivery_date"))
    # as the API: a blank text was classified from nothing and decided on that reason without a word
    texts = frame["reason_text"]
    first_bad(texts.map(lambda text: not visible_text(text).strip()), "reason_text", "a text (it is blank)")
    first_bad(texts.map(has_control_characters), "reason_text", "a text without control characters")
    first_bad(~frame["product_category"].isin(CATEGORY_CODES), "product_category", "a known product category")
    first_bad(~frame["currency"].isin(CURRENCIES), "currency", f"one of {', '.join(CURRENCIES)}")
    if "reason_code" in frame.columns:
        ticked = frame["reason_code"]
        first_bad((ticked != "") & ~ticked.isin(REASON_CODES), "reason_code", "empty or a known reason code")
    _each_return_once(frame, path)
    return frame.assign(price=prices)


# How a column's name may be written otherwise and still be meant as one the reader reads: case, spaces, hyphens.
_SPELLING = re.compile(r"[\s_-]+")


def spelled_otherwise(columns: Sequence[object], optional: Sequence[str]) -> str | None:
    """Why a file is refused whose column means one of its `optional` columns spelled otherwise ("Reason Code",
    "reason-code"), else None: such a file was read as without the column, the ticked reason (or the language, the
    e-mail the lists match, the name a reply greets) left out without a word. A missing required column is named as
    missing already."""
    meant = {_SPELLING.sub("_", name.lower()): name for name in optional}
    names = [str(column) for column in columns]
    for column in names:
        name = meant.get(_SPELLING.sub("_", column.strip().lower()))
        if name is not None and column != name and name not in names:
            return f"column {quoted_cut(column)} is not read (the column read is spelled {name!r}): rename it"
    return None


def _each_return_once(frame: pd.DataFrame, path: Path) -> None:
    """Refuse a return the file holds twice, naming it and both lines: the prediction log holds a return once (the
    same request again is answered from it, another one for a logged return is refused), and which of two rows to keep
    is no reader's to guess (`predict risk` wrote two assessments of one return, `monitor --current` counted it twice
    towards its minimum of requests).

    Raises:
        BatchInputError: the first return id on two lines.
    """
    again = frame["return_id"].duplicated(keep=False)
    if again.any():
        first = frame["return_id"][again].iloc[0]
        lines = (frame.index[frame["return_id"] == first][:2] + 2).tolist()
        raise BatchInputError(
            f"{path}: return_id {quoted_cut(first)} is on lines {lines[0]} and {lines[1]}: a file of requests holds "
            "each return once, as the prediction log does"
        )


# A file written whole is renamed over its path: a device, a FIFO or a link to one (`-o /dev/stdout`) would be replaced
# by a regular file (run as root, `-o /dev/full` replaced the device node).
NOT_REGULAR = "it is not a regular file (a device, a FIFO, a link to one, or a link leading nowhere); give a file name"


def not_regular(path: Path) -> bool:
    """Whether `path` is there but no regular file: a device, a FIFO, a link to one, or a link leading nowhere (a
    loop, a missing target), which a file renamed over it would replace."""
    return (path.exists() or path.is_symlink()) and not path.is_file()


def write_whole(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write a UTF-8 text file with `write`, whole or not at all: into a new file beside `path`, renamed
    over it once complete, so a failure (a full disk, a kill) leaves neither a half-written file nor a
    damaged earlier one.

    Raises:
        BatchInputError: when the output location is not writable.
    """
    if path.is_dir():
        raise BatchInputError(f"cannot write {path}: it is a folder; give a file name")
    if not_regular(path):
        raise BatchInputError(f"cannot write {path}: {NOT_REGULAR}")
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        with partial.open("x", encoding="utf-8", newline="") as file:
            write(file)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BatchInputError(f"cannot write {path}: {error.strerror or error}") from None


# A cell a spreadsheet would run as a formula: one starting with =, +, -, @ (or a tab or carriage return before
# one), unless it is a plain number.
_FORMULA_START = re.compile(r"[=+\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def spreadsheet_safe(value: object) -> object:
    """`value` as a spreadsheet shows it and never runs it: a text starting as a formula does
    (`=HYPERLINK(...)` as a customer's reason text, a refused value) gets a leading apostrophe."""
    if isinstance(value, str) and _FORMULA_START.match(value) and not _PLAIN_NUMBER.fullmatch(value):
        return f"'{value}"
    return value


def spreadsheet_safe_texts(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with every text cell `spreadsheet_safe`, to be written as a CSV a spreadsheet opens."""
    texts = frame.select_dtypes(include=["object", "string"]).columns
    return frame.assign(**{str(column): frame[column].map(spreadsheet_safe) for column in texts})


def write_predictions(frame: pd.DataFrame, path: Path) -> None:
    """Write the predictions as UTF-8 CSV, whole or not at all (`write_whole`), texts `spreadsheet_safe`: the
    files hold customers' words and are opened in spreadsheets.

    Raises:
        BatchInputError: when the output location is not writable.
    """
    safe = spreadsheet_safe_texts(frame)
    write_whole(path, lambda file: safe.to_csv(file, index=False))
