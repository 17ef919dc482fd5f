"""One rule for a CSV cell in every reader (`predict risk`, `predict replies`, `data load`, `batch score`): a cell is
read as written. A value with a form (a date, a number, a code, an id) with a space before or after it is refused,
naming the column; a person's words (a reason text, a name) are kept as typed.

`predict replies` stripped every cell, so " 2026-11-10" was read there and refused by the other three and the API.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from decisions.policy import load_policy
from features.csv_input import read_csv_input, read_requests_csv
from features.tables import HEAD_BYTES, Bounds, TableError, table_path
from features.text import FINER_THAN_CENTS
from serving.history_export import read_export
from serving.predict_reasons import read_texts_csv
from serving.predict_replies import read_reply_rows
from serving.stores.history import check_exports
from triage.settings import REPO_ROOT

SHOP = Bounds(first=datetime(2000, 1, 1), last=datetime(2026, 12, 1), max_price=100_000)
REQUEST = {
    "return_id": "R7",
    "customer_id": "C7",
    "order_id": "O7",
    "sku": "DRE-0007-38",
    "product_category": "dresses",
    "price": "59.90",
    "currency": "EUR",
    "delivery_date": "2026-10-02",
    "request_date": "2026-10-09T10:00:00Z",
    "reason_text": "Trop petite à la taille",
}
REPLY = {
    "text": REQUEST["reason_text"],
    **{name: REQUEST[name] for name in ("product_category", "price", "currency", "delivery_date", "request_date")},
    "reason": "too_small",
    "first_name": "Léa",
}
# One row of each history table, as the sample data writes them.
EXPORT = {
    "customers": {
        "customer_id": "C000001",
        "first_name": "Olivia",
        "country": "GB",
        "preferred_lang": "en",
        "created_at": "2025-01-01 00:00:00",
        "behaviour": "regular",
    },
    "orders": {
        "order_id": "O0000001",
        "customer_id": "C000001",
        "order_ts": "2026-10-01 10:00:00",
        "delivery_ts": "2026-10-05 10:00:00",
        "currency": "GBP",
    },
    "line_items": {
        "line_item_id": "L00000001",
        "order_id": "O0000001",
        "sku": "SHO-0042-39",
        "product_id": "SHO-0042",
        "product_name": "Vera Sage Trainers",
        "product_category": "shoes",
        "size": "39",
        "price": "89.0",
        "discount": "0.0",
    },
    "returns": {
        "return_id": "R0000001",
        "line_item_id": "L00000001",
        "order_id": "O0000001",
        "customer_id": "C000001",
        "request_ts": "2026-10-08 18:30:00",
        "reason_text": "Too small, I need a 40",
        "lang": "en",
        "form_reason_code": "",
        "label": "too_small",
        "resolution": "refund",
        "inspection_outcome": "ok",
        "confirmed_abuse": "False",
        "agent_reply": "Hi Olivia, send them back.",
        "contacted_again": "False",
    },
}


def _csv(rows: list[dict[str, str]]) -> str:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return text.getvalue()


def write_export(folder: Path, table: str = "", **changed: str) -> Path:
    """A one-row history export in `folder`, `changed` the values of `table`'s row."""
    folder.mkdir(exist_ok=True)
    for name, row in EXPORT.items():
        with gzip.open(table_path(name, folder), "wt", encoding="utf-8", newline="") as file:
            file.write(_csv([row | changed if name == table else row]))
    return folder


def _predict_risk(tmp_path: Path, column: str, value: str) -> pd.DataFrame:
    path = tmp_path / "requests.csv"
    path.write_text(_csv([REQUEST, REQUEST | {"return_id": "R2", column: value}]), encoding="utf-8")
    return read_requests_csv(path, SHOP)


def _predict_replies(tmp_path: Path, column: str, value: str) -> pd.DataFrame:
    path = tmp_path / "replies.csv"
    path.write_text(_csv([REPLY, REPLY | {column: value}]), encoding="utf-8")
    frame = read_texts_csv(path)
    rows = read_reply_rows(frame, load_policy(REPO_ROOT / "config" / "policy.yaml"))
    return frame.assign(first_name=rows.first_names)


def _table_of(column: str) -> str:
    return next(name for name, row in EXPORT.items() if column in row)


def _data_load(tmp_path: Path, column: str, value: str) -> pd.DataFrame:
    table = _table_of(column)
    frames, problems = check_exports(write_export(tmp_path / "export", table, **{column: value}), SHOP)
    if problems:
        raise TableError(problems)
    return frames[table]


def _batch_score(tmp_path: Path, column: str, value: str) -> pd.DataFrame:
    table = _table_of(column)
    return read_export(write_export(tmp_path / "export", table, **{column: value}), SHOP)[table]


READERS: dict[str, tuple[Callable[[Path, str, str], pd.DataFrame], tuple[str, ...], str]] = {
    # reader, columns with a form (a date, a price, a code, an id), a column of a person's words
    "predict risk": (_predict_risk, ("request_date", "price", "currency", "customer_id"), "reason_text"),
    "predict replies": (_predict_replies, ("request_date", "price", "currency", "reason"), "first_name"),
    "data load": (_data_load, ("order_ts", "price", "currency", "customer_id"), "reason_text"),
    "batch score": (_batch_score, ("order_ts", "price", "currency", "customer_id"), "reason_text"),
}
FORMED = [(reader, column) for reader, (_, columns, _) in READERS.items() for column in columns]


def _good(column: str) -> str:
    return {**REQUEST, **REPLY, **{key: value for row in EXPORT.values() for key, value in row.items()}}[column]


@pytest.mark.parametrize(("reader", "column"), FORMED)
@pytest.mark.parametrize("around", [" {}", "{} ", "{}\u00a0"])
def test_a_value_with_a_form_and_a_space_around_it_is_refused_naming_the_column(
    reader: str, column: str, around: str, tmp_path: Path
) -> None:
    read, _, _ = READERS[reader]
    with pytest.raises(ValueError) as refused:
        read(tmp_path, column, around.format(_good(column)))
    message = str(refused.value)
    assert column in message and "starts or ends with a space; cells are read as written" in message, message


@pytest.mark.parametrize("reader", list(READERS))
def test_a_persons_words_are_kept_as_typed(reader: str, tmp_path: Path) -> None:
    read, _, words = READERS[reader]
    typed = f"  {_good(words)} "
    assert typed in read(tmp_path, words, typed)[words].tolist()


@pytest.mark.parametrize("reader", list(READERS))
def test_the_good_rows_are_read(reader: str, tmp_path: Path) -> None:
    read, columns, _ = READERS[reader]
    assert len(read(tmp_path, columns[0], _good(columns[0]))) >= 1


def _pasted(rows: list[dict[str, str]]) -> str:
    """Two files pasted together: the header again on line 3, before the second file's row."""
    return _csv(rows[:1]) + _csv(rows[1:])


def _texts_pasted(tmp_path: Path) -> object:
    path = tmp_path / "texts.csv"  # without a `lang` column, the second "text" was read as one more text
    path.write_text(_pasted([{"text": "Too small"}, {"text": "Too big"}]), encoding="utf-8")
    return read_texts_csv(path)


def _requests_pasted(tmp_path: Path) -> object:  # predict risk's reader and monitor --current's
    path = tmp_path / "requests.csv"
    path.write_text(_pasted([REQUEST, REQUEST | {"return_id": "R2"}]), encoding="utf-8")
    return read_requests_csv(path, SHOP)


def _replies_pasted(tmp_path: Path) -> object:
    path = tmp_path / "replies.csv"
    path.write_text(_pasted([REPLY, REPLY]), encoding="utf-8")
    return read_texts_csv(path)


def _held_back_pasted(tmp_path: Path) -> object:  # retrain --held-back
    path = tmp_path / "held back.csv"
    rows = [{"text": "Too small", "lang": "en", "label": "too_small"}] * 2
    path.write_text(_pasted(rows), encoding="utf-8")
    return read_csv_input(path, ("text", "lang", "label"))


def _export_pasted(tmp_path: Path) -> Path:
    folder = write_export(tmp_path / "export")
    row = EXPORT["customers"] | {"customer_id": "C000002"}
    with gzip.open(table_path("customers", folder), "wt", encoding="utf-8", newline="") as file:
        file.write(_pasted([EXPORT["customers"], row]))
    return folder


PASTED = {
    "predict reasons": _texts_pasted,
    "predict risk, monitor --current": _requests_pasted,
    "predict replies": _replies_pasted,
    "retrain --held-back": _held_back_pasted,
    "data load": lambda tmp_path: check_exports(_export_pasted(tmp_path), SHOP),
    "batch score": lambda tmp_path: read_export(_export_pasted(tmp_path)),
}


@pytest.mark.parametrize("reader", list(PASTED))
def test_a_header_repeated_mid_file_is_refused_naming_its_line(reader: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError) as refused:
        PASTED[reader](tmp_path)
    message = str(refused.value)
    assert "line 3 repeats the header (files pasted together?)" in message, message
    assert len(message.splitlines()) == 1


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize("price", ["89.000000000000000000001", "89.001", "8.90001e1", "0.0000001"])
def test_a_price_finer_than_a_cent_is_refused_in_the_apis_words(reader: str, price: str, tmp_path: Path) -> None:
    # a double reads the first as 89.0, which passed every check made on it; the history tables checked no cents
    read, _, _ = READERS[reader]
    with pytest.raises(ValueError) as refused:
        read(tmp_path, "price", price)
    message = str(refused.value)
    assert "price" in message and f"'{price}'" in message and FINER_THAN_CENTS in message, message


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize("price", ["89.990", "8.999e1", "89", "0.50"])
def test_a_price_in_cents_is_read_however_written(reader: str, price: str, tmp_path: Path) -> None:
    read, _, _ = READERS[reader]
    assert len(read(tmp_path, "price", price)) >= 1


@pytest.mark.parametrize("reader", list(READERS))
def test_a_nul_byte_past_the_first_64_kb_is_refused_with_its_position(reader: str, tmp_path: Path) -> None:
    # the history readers looked for NUL bytes in the first 64 KB alone, and pandas ends a cell at one: a first name
    # "Chloe" written "\x00Chloe" on line 3,001 of an export was loaded as an empty name without a word
    read, _, words = READERS[reader]
    with pytest.raises(ValueError, match=r"holds NUL bytes \(the first at position \d+\)"):
        read(tmp_path, words, "x" * HEAD_BYTES + "\x00 and the rest")


def _with_a_column_again(text: str, column: str, value: str) -> str:
    """A one-row CSV `text` with one more column named `column`, holding `value`."""
    header, row = text.splitlines()
    return f"{header},{column}\n{row},{value}\n"


def _requests_named_twice(tmp_path: Path) -> object:
    path = tmp_path / "requests.csv"
    path.write_text(_with_a_column_again(_csv([REQUEST]), "price", "5.00"), encoding="utf-8")
    return read_requests_csv(path, SHOP)


def _export_named_twice(tmp_path: Path) -> Path:
    folder = write_export(tmp_path / "export")
    with gzip.open(table_path("line_items", folder), "wt", encoding="utf-8", newline="") as file:
        file.write(_with_a_column_again(_csv([EXPORT["line_items"]]), "price", "5.0"))
    return folder


NAMED_TWICE = {
    "predict risk, monitor --current": (_requests_named_twice, "columns 6 and 11"),
    "data load": (lambda tmp_path: check_exports(_export_named_twice(tmp_path), SHOP), "columns 8 and 10"),
    "batch score": (lambda tmp_path: read_export(_export_named_twice(tmp_path)), "columns 8 and 10"),
}


@pytest.mark.parametrize("reader", list(NAMED_TWICE))
def test_a_header_naming_a_column_twice_is_refused_naming_both(reader: str, tmp_path: Path) -> None:
    # the first "price" was read and the second, read as "price.1", dropped without a word: which was meant?
    read, places = NAMED_TWICE[reader]
    with pytest.raises(ValueError, match=rf"'price' names {places}: a header names each column once$"):
        read(tmp_path)


@pytest.mark.parametrize("reader", ["data load", "batch score"])
@pytest.mark.parametrize(
    ("column", "value", "said"),
    [
        ("customer_id", "\uff23\uff11", "must be in Unicode NFKC"),  # full-width "Ｃ１"
        ("order_id", "O\ufb01", "must be in Unicode NFKC"),  # the ligature "ﬁ"
        ("sku", "SHO-0042-39\u200b", "must be printable"),  # a zero-width space
        ("return_id", "Re\u03011", "must be in Unicode NFKC"),  # an accent as a combining mark
        ("size", "Pe\u0301tite", "must be in Unicode NFC"),
        ("product_id", "P" * 65, "longer than 64 characters"),
    ],
)
def test_an_export_id_the_api_would_refuse_is_refused_naming_column_and_line(
    reader: str, column: str, value: str, said: str, tmp_path: Path
) -> None:
    # the history exports held ids to no more than their spaces: "Ｃ１" was a customer no request could name (the API
    # refuses it), beside "C1"
    read, _, _ = READERS[reader]
    with pytest.raises(ValueError) as refused:
        read(tmp_path, column, value)
    message = str(refused.value)
    assert f".{column} line 2" in message and said in message, message


@pytest.mark.parametrize("reader", ["data load", "batch score"])
@pytest.mark.parametrize(("column", "value"), [("size", "7½"), ("customer_id", "Cé-1"), ("product_id", "P" * 64)])
def test_an_export_id_the_api_takes_is_read(reader: str, column: str, value: str, tmp_path: Path) -> None:
    read, _, _ = READERS[reader]
    assert read(tmp_path, column, value)[column].tolist() == [value]


@pytest.mark.parametrize("ends", ["\r", "\r\n", "\n", "\r\n\r"], ids=["CR", "CRLF", "LF", "mixed"])
@pytest.mark.parametrize("reader", ["predict reasons", "retrain --held-back"])
def test_a_csv_of_any_line_ends_is_read(reader: str, ends: str, tmp_path: Path) -> None:
    # bare CR line ends (a spreadsheet of an old Mac) ended in csv.Error's traceback once the header was read twice
    path = tmp_path / "texts.csv"
    path.write_bytes(ends.join(["text,lang,label", "Scratched lens,en,defective", "Trop court,fr,too_small"]).encode())
    read = read_texts_csv if reader == "predict reasons" else lambda path: read_csv_input(path, ("text", "label"))
    assert list(read(path)["text"]) == ["Scratched lens", "Trop court"]


def test_a_header_cell_past_the_csv_field_limit_is_refused_as_no_csv(tmp_path: Path) -> None:
    path = tmp_path / "texts.csv"
    path.write_text(f"text,{'x' * 200_000}\nA zip that sticks,1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="is not a valid CSV: field larger than field limit"):
        read_texts_csv(path)
