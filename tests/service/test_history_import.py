"""Importing history exports with bad rows (issue 16, defect 10): every refused value is named by
table, column, line and value; without `--rejects` nothing loads, with it the good rows load and the
refused ones (and the rows that point at them) are written with their reasons."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from cli.app import app
from features.dates import MOMENT_FORMS
from features.schemas import TABLES
from features.tables import GENERATED_MARK, Bounds, RowProblem, TableError, table_path
from serving.db import HISTORY_TABLES, open_database
from serving.stores import history
from serving.stores.history import HistoryStore, MixedHistoryError, load_exports
from triage.settings import get_settings

BOUNDS = Bounds(first=datetime(2000, 1, 1), last=datetime(2026, 12, 1), max_price=100_000.0)
runner = CliRunner()


def _cell(table: str, column: str) -> str:
    """A valid value of any column (ids are set by the caller)."""
    (spec,) = [c for c in TABLES[table] if c.name == column]
    if spec.allowed is not None:
        return spec.allowed[0]
    return {"datetime64[ns]": "2024-03-01 10:00:00", "bool": "False", "float64": "0.1"}.get(spec.dtype, "x")


def write_export(folder: Path, bad: dict[tuple[str, int, str], str] | None = None) -> Path:
    """Two customers, each with two orders of one line item each, and a return of the first order;
    `bad` sets (table, row, column) cells."""
    ids: dict[str, list[dict[str, str]]] = {
        "customers": [{"customer_id": f"C{c}"} for c in (1, 2)],
        "orders": [{"order_id": f"O{c}{o}", "customer_id": f"C{c}"} for c in (1, 2) for o in (1, 2)],
        "line_items": [{"line_item_id": f"L{c}{o}", "order_id": f"O{c}{o}"} for c in (1, 2) for o in (1, 2)],
        "returns": [
            {"return_id": f"R{c}", "line_item_id": f"L{c}1", "order_id": f"O{c}1", "customer_id": f"C{c}"}
            for c in (1, 2)
        ],
    }
    for table, rows in ids.items():
        frame = pd.DataFrame(
            [{column.name: row.get(column.name, _cell(table, column.name)) for column in TABLES[table]} for row in rows]
        )
        for (where, row, column), value in (bad or {}).items():
            if where == table:
                frame.loc[row, column] = value
        frame.to_csv(table_path(table, folder), index=False, compression="gzip")
    return folder


def test_a_bad_value_loads_nothing_and_is_named(engine: Engine, tmp_path: Path) -> None:
    export = write_export(tmp_path, {("returns", 1, "request_ts"): "not-a-date"})
    with pytest.raises(TableError, match=r"returns\.request_ts line 3: 'not-a-date'") as refused:
        load_exports(engine, export, BOUNDS)
    assert [(p.table, p.line, p.column, p.row_id) for p in refused.value.problems] == [
        ("returns", 3, "request_ts", "R2")
    ]
    assert set(HistoryStore(engine).counts().values()) == {0}


def test_a_reason_text_longer_than_the_api_takes_is_refused_and_named_not_printed(
    engine: Engine, tmp_path: Path
) -> None:
    # A 10 MB reason text was loaded into the history without a word (the API takes 5,000 characters).
    export = write_export(tmp_path, {("returns", 0, "reason_text"): "x" * 10_000_000})
    with pytest.raises(TableError, match=r"returns\.reason_text line 2: 'x{80}'… \(10,000,000 characters\)") as refused:
        load_exports(engine, export, BOUNDS)
    assert refused.value.problems[0].problem == "longer than 5,000 characters"
    assert len(str(refused.value)) < 300
    assert set(HistoryStore(engine).counts().values()) == {0}


def test_partial_load_keeps_the_good_rows_and_refuses_the_rows_that_point_at_bad_ones(
    engine: Engine, tmp_path: Path
) -> None:
    export = write_export(
        tmp_path,
        {
            ("customers", 1, "created_at"): "1600-01-01 00:00:00",  # C2: before the shop existed
            ("line_items", 0, "price"): "1e308",  # L11
        },
    )
    counts, problems = load_exports(engine, export, BOUNDS, partial=True)
    refused = {(p.table, p.row_id) for p in problems}
    assert refused == {
        ("customers", "C2"),
        ("orders", "O21"),
        ("orders", "O22"),
        ("line_items", "L11"),
        ("line_items", "L21"),
        ("line_items", "L22"),
        ("returns", "R1"),
        ("returns", "R2"),
    }
    assert counts == {"customers": 1, "orders": 2, "line_items": 1, "returns": 0}
    assert HistoryStore(engine).counts() == counts
    why = {(p.table, p.row_id): p for p in problems}
    assert why[("customers", "C2")].value == "1600-01-01 00:00:00" and "2000-01-01" in why[("customers", "C2")].problem
    assert why[("orders", "O21")].problem == "its customers row was refused"
    assert "between 0 and 100,000" in why[("line_items", "L11")].problem


@pytest.mark.parametrize(
    ("order_ts", "delivery_ts", "request_ts", "problem"),
    [
        (
            "2024-03-01 10:00:00",
            "2024-03-02 14:00:00",
            "2024-03-01 23:00:00",
            "is on a day before its order's delivery_ts",
        ),
        ("2024-03-01 10:00:00", "2024-03-01 10:00:00", "2024-03-01 09:00:00", "is before its order's order_ts"),
        ("2024-03-01 10:00:00", "2024-03-01 18:00:00", "2024-03-01 12:00:00", None),  # hours before the scan: taken
    ],
)
def test_rows_dated_before_what_they_follow_are_refused_as_the_api_refuses_them(
    engine: Engine, tmp_path: Path, order_ts: str, delivery_ts: str, request_ts: str, problem: str | None
) -> None:
    # the API answered 422 for these, `data load` took them: a return requested the day before its parcel arrived
    export = write_export(
        tmp_path,
        {
            ("orders", 1, "delivery_ts"): "2024-02-29 10:00:00",  # O12 delivered before it was ordered
            ("orders", 2, "order_ts"): order_ts,  # O21, which R2 returns
            ("orders", 2, "delivery_ts"): delivery_ts,
            ("returns", 1, "request_ts"): request_ts,
        },
    )
    counts, problems = load_exports(engine, export, BOUNDS, partial=True)
    refused = [(p.table, p.row_id, p.column, p.value, p.problem) for p in problems]
    assert refused[:2] == [
        ("orders", "O12", "delivery_ts", "2024-02-29 10:00:00", "is before its order_ts"),
        ("line_items", "L12", "order_id", "O12", "its orders row was refused"),
    ]
    if problem is None:
        assert refused[2:] == [] and counts["returns"] == 2
    else:
        ((table, row_id, column, value, said),) = refused[2:]
        assert (table, row_id, column, value) == ("returns", "R2", "request_ts", request_ts) and said.startswith(
            problem
        )
        assert counts == {"customers": 2, "orders": 3, "line_items": 3, "returns": 1}


def test_missing_table_names_the_files_a_history_folder_holds(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"customers\.csv\.gz does not exist") as missing:
        load_exports(engine, tmp_path, BOUNDS)
    assert "triage data generate" not in str(missing.value)


@pytest.fixture
def own_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "state"))
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_data_load_command_all_or_nothing_or_with_rejects(own_state: Path) -> None:
    export = write_export(own_state, {("orders", 2, "order_ts"): "2026-13-45 10:00:00"})
    refused = runner.invoke(app, ["data", "load", str(export)])
    assert refused.exit_code == 2
    assert "nothing loaded" in refused.output and "orders.order_ts line 4: '2026-13-45 10:00:00'" in refused.output
    assert "--rejects" in refused.output
    rejects = own_state / "rejects.csv"
    loaded = runner.invoke(app, ["data", "load", str(export), "--rejects", str(rejects)])
    assert loaded.exit_code == 0, loaded.output
    written = pd.read_csv(rejects)
    assert list(written.columns) == ["table", "line", "column", "value", "problem", "row_id"]
    assert set(zip(written["table"], written["row_id"], strict=True)) == {
        ("orders", "O21"),
        ("line_items", "L21"),
        ("returns", "R2"),
    }
    assert "refused 3 rows" in loaded.output


def test_data_load_says_its_counts_in_words(own_state: Path) -> None:
    # it printed them as JSON ('loaded {"customers": 2, ...}') where every other command says a count in words
    loaded = runner.invoke(app, ["data", "load", str(write_export(own_state))])
    assert loaded.exit_code == 0, loaded.output
    assert _said(loaded.output) == ["loaded 2 customers, 4 orders, 4 line items, 2 returns"]


def test_data_load_refusal_is_one_line_naming_each_field_with_its_count(own_state: Path) -> None:
    # the refusal listed every bad value on a line of its own, under "nothing loaded: 1 bad values"
    one = runner.invoke(app, ["data", "load", str(write_export(own_state, {("returns", 1, "request_ts"): "day 3"}))])
    assert one.exit_code == 2
    assert _said(one.output) == [
        "error: nothing loaded: 1 bad value: returns.request_ts line 3: 'day 3' (1 value: not a date in the accepted "
        f"forms ({MOMENT_FORMS})); fix it, or load the good rows with --rejects PATH"
    ]
    # bad values in rows no other row points at, so none is refused for its parent
    bad = {("line_items", row, "price"): str(-row - 1) for row in range(4)}
    bad |= {("returns", 0, "request_ts"): "never", ("returns", 0, "lang"): "xx", ("returns", 1, "label"): "nope"}
    many = runner.invoke(app, ["data", "load", str(write_export(own_state, bad | {("returns", 1, "lang"): "yy"}))])
    assert many.exit_code == 2
    assert _said(many.output) == [
        "error: nothing loaded: 8 bad values: line_items.price line 2: '-1', line 3: '-2', line 4: '-3', ... "
        "(4 values: not a number between 0 and 100,000); returns.lang line 2: 'xx', line 3: 'yy' (2 values: not one "
        f"of en, fr); returns.request_ts line 2: 'never' (1 value: not a date in the accepted forms ({MOMENT_FORMS})); "
        "and 1 more in 1 other field; fix them, or load the good rows with --rejects PATH"
    ]
    assert set(HistoryStore(open_database(get_settings())).counts().values()) == {0}


def test_a_shops_exports_are_never_stored_beside_the_generated_samples_customers(own_state: Path) -> None:
    # `triage up` filled the store with the sample's invented customers; a shop's `data load` upserted its rows beside
    # them, so its customer C1 was read with the invented C1's past, and neither `data load` nor `history check` said so
    (own_state / "sample").mkdir()
    (own_state / "shop").mkdir()
    sample = write_export(own_state / "sample", {("customers", 0, "first_name"): "Invented"})
    (sample / GENERATED_MARK).write_text("{}")
    shop = write_export(own_state / "shop", {("customers", 0, "first_name"): "Real"})
    engine = open_database(get_settings())
    assert runner.invoke(app, ["data", "load", str(sample)]).exit_code == 0
    refused = runner.invoke(app, ["data", "load", str(shop)])
    said = " ".join(refused.output.split())
    assert refused.exit_code == 2, refused.output
    assert (
        f"nothing loaded: the history store holds the generated sample's invented customers (loaded from {sample}"
        in said
    )
    assert f"and {shop} holds a shop's exports" in said and "load it with --replace" in said
    assert HistoryStore(engine).first_names(["C1"]) == {"C1": "Invented"}
    noted = runner.invoke(app, ["history", "check"])
    assert "note: the history store holds the generated sample's invented customers" in " ".join(noted.output.split())
    replaced = runner.invoke(app, ["data", "load", str(shop), "--replace"])
    assert replaced.exit_code == 0, replaced.output
    assert _said(replaced.output) == [
        "replaced the stored history: loaded 2 customers, 4 orders, 4 line items, 2 returns"
    ]
    assert HistoryStore(engine).first_names(["C1"]) == {"C1": "Real"}
    assert "note:" not in runner.invoke(app, ["history", "check"]).output
    # nor the other way round: the sample's invented customers beside a shop's
    back = runner.invoke(app, ["data", "load", str(sample)])
    assert back.exit_code == 2 and f"holds a shop's exports (loaded from {shop}" in " ".join(back.output.split())
    assert runner.invoke(app, ["data", "load", str(shop)]).exit_code == 0  # a newer export of the same shop loads


def test_replacing_the_generated_sample_leaves_only_the_shops_rows(engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "sample").mkdir()
    sample = write_export(tmp_path / "sample")
    (sample / GENERATED_MARK).write_text("{}")
    load_exports(engine, sample, BOUNDS)
    store = HistoryStore(engine)
    with engine.begin() as connection:  # the service recorded a triaged return of the sample's since
        connection.execute(HISTORY_TABLES["returns"].insert().values(return_id="R9", customer_id="C1"))
    (tmp_path / "shop").mkdir()
    shop = write_export(tmp_path / "shop")
    with pytest.raises(MixedHistoryError, match="the generated sample's invented customers"):
        load_exports(engine, shop, BOUNDS)
    assert store.counts()["returns"] == 3 and store.load_of(generated=False) is None
    assert store.load_of(generated=True).folder == str(sample.resolve())
    counts, _ = load_exports(engine, shop, BOUNDS, replace=True)
    assert store.counts() == counts == {"customers": 2, "orders": 4, "line_items": 4, "returns": 2}
    assert store.load_of(generated=True) is None and store.load_of(generated=False).folder == str(shop.resolve())


def test_the_generated_sample_is_never_stored_beside_customers_the_service_served(
    engine: Engine, tmp_path: Path
) -> None:
    # rows the service recorded made no shop's store: on a state that served a shop's customers before any load, the
    # sample's invented C1 was stored beside the returns of the real C1
    (tmp_path / "sample").mkdir()
    sample = write_export(tmp_path / "sample")
    (sample / GENERATED_MARK).write_text("{}")
    served = HISTORY_TABLES["returns"].insert().values(return_id="R9", customer_id="C1")
    with engine.begin() as connection:
        connection.execute(served)
    with pytest.raises(MixedHistoryError, match="holds rows no load of the generated sample brought"):
        load_exports(engine, sample, BOUNDS)
    store = HistoryStore(engine)
    assert store.counts()["customers"] == 0 and store.load_of(generated=True) is None
    # on the sample's own state the requests it served are of its invented customers: the sample loads again
    load_exports(engine, sample, BOUNDS, replace=True)
    with engine.begin() as connection:
        connection.execute(served)
    assert load_exports(engine, sample, BOUNDS)[0]["customers"] == 2


def test_history_check_notes_customers_loaded_before_loads_were_recorded(own_state: Path) -> None:
    # a store `triage up` filled before loads were recorded carries no mark: a shop's exports still load beside its
    # rows, and nothing said so
    engine = open_database(get_settings())
    with engine.begin() as connection:  # as a load left it: the service records returns and orders, never a customer
        connection.execute(HISTORY_TABLES["customers"].insert().values(customer_id="C1", first_name="Invented"))
    noted = " ".join(runner.invoke(app, ["history", "check"]).output.split())
    assert "note: the history store holds customers loaded before loads were recorded" in noted
    assert "`triage data load DIR --replace` loads them in their place" in noted
    (own_state / "shop").mkdir()
    assert runner.invoke(app, ["data", "load", str(write_export(own_state / "shop"))]).exit_code == 0
    assert "note:" not in runner.invoke(app, ["history", "check"]).output  # a shop's load is recorded since


def test_two_loads_of_the_two_kinds_at_once_store_one_and_refuse_the_other(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the check of the stored loads ran before the load's transaction: the sample loaded (`triage up`) while a shop's
    # exports were being stored found no shop's load yet, and the store kept the invented C1 beside the real one
    (tmp_path / "sample").mkdir()
    (tmp_path / "shop").mkdir()
    sample = write_export(tmp_path / "sample", {("customers", 0, "first_name"): "Invented"})
    (sample / GENERATED_MARK).write_text("{}")
    shop = write_export(tmp_path / "shop", {("customers", 0, "first_name"): "Real"})
    sample_read = threading.Event()
    read_exports = history.check_exports

    def reading(data_dir: Path, bounds: Bounds | None) -> Any:
        if data_dir == sample:
            sample_read.set()
        return read_exports(data_dir, bounds)

    monkeypatch.setattr(history, "check_exports", reading)
    outcome: list[BaseException | None] = []

    def load_sample() -> None:
        try:
            load_exports(engine, sample, BOUNDS)
            outcome.append(None)
        except Exception as error:  # whatever it raised is judged on the test's thread
            outcome.append(error)

    loading_sample = threading.Thread(target=load_sample)

    def start_the_sample(refused: list[RowProblem]) -> None:  # the shop's rows written, not yet committed
        loading_sample.start()
        assert sample_read.wait(30)

    load_exports(engine, shop, BOUNDS, before_commit=start_the_sample)
    loading_sample.join(60)
    assert len(outcome) == 1 and isinstance(outcome[0], MixedHistoryError), outcome
    assert HistoryStore(engine).first_names(["C1"]) == {"C1": "Real"}
    assert HistoryStore(engine).load_of(generated=True) is None


def _said(output: str) -> list[str]:
    """The lines a command printed, without blank ones and the progress bar's (a table's name, then its bar)."""
    return [line for line in output.splitlines() if line.strip() and line.split()[0] not in TABLES]


def _not_gzipped(path: Path) -> None:
    path.write_bytes(gzip.decompress(path.read_bytes()))


def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-20])


def _utf16(path: Path) -> None:
    path.write_bytes(gzip.compress(gzip.decompress(path.read_bytes()).decode().encode("utf-16")))


def _zeros(path: Path) -> None:
    path.write_bytes(gzip.compress(b"\x00" * 2**24))


@pytest.mark.parametrize(
    ("spoil", "said"),
    [
        (_not_gzipped, "cannot be read as a gzipped CSV: Not a gzipped file"),  # was a BadGzipFile traceback
        (_cut_short, "cannot be read as a gzipped CSV: Compressed file ended"),  # was 'Aborted.' (an EOFError)
        (_utf16, "holds NUL bytes"),  # was "'utf-8' codec can't decode byte 0xff in position 0", no file named
        (_zeros, "holds NUL bytes"),  # a gzip of zeros was decompressed whole to say "missing columns"
    ],
    ids=["not-gzipped", "cut-short", "utf-16", "zeros"],
)
def test_a_table_file_that_cannot_be_read_is_named(own_state: Path, spoil: Callable[[Path], None], said: str) -> None:
    export = write_export(own_state)
    spoil(table_path("orders", export))
    result = runner.invoke(app, ["data", "load", str(export)])
    assert result.exit_code == 2, result.output
    assert f"table 'orders' in {table_path('orders', export)}" in result.output and said in result.output


def test_rejects_are_never_written_over_an_export_or_into_a_folder(own_state: Path) -> None:
    """`--rejects` naming the export's returns.csv.gz replaced it with the rejects; a folder failed with a
    traceback after the good rows were loaded."""
    (own_state / "export").mkdir()
    export = write_export(own_state / "export")
    returns = table_path("returns", export)
    before = returns.read_bytes()
    for rejects in (returns, own_state):
        result = runner.invoke(app, ["data", "load", str(export), "--rejects", str(rejects)])
        assert result.exit_code == 2 and f"cannot write {rejects}" in " ".join(result.output.split())
    assert returns.read_bytes() == before
