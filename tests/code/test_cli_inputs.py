"""Files given to the `triage` command that it cannot use get a one-line message and exit 2, never a traceback."""

from __future__ import annotations

import os
import runpy
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
import typer
from typer.testing import CliRunner, Result

from cli.app import app
from cli.common import output_file_or_exit, output_folder_or_exit, write_text_or_exit
from features.csv_input import BatchInputError
from features.tables import table_path, write_table
from features.text import counted
from serving.db import HISTORY_TABLES, open_database
from serving.stores.history import HistoryStore
from tests.conftest import _synthetic_history
from triage.settings import get_settings

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_an_output_path_that_is_a_folder_or_in_no_folder_is_refused(tmp_path: Path) -> None:
    assert output_file_or_exit(tmp_path / "report.html") == tmp_path / "report.html"
    for path, problem in ((tmp_path, "it is a folder"), (tmp_path / "nope" / "a.html", "does not exist")):
        with pytest.raises(typer.Exit) as exited:
            output_file_or_exit(path)
        assert exited.value.exit_code == 2, problem


# A folder no process may write in, root included (tests run as root, who writes in a folder of mode 0555).
UNWRITABLE_FOLDER = Path("/proc")


def test_an_output_in_a_folder_that_cannot_be_written_is_refused_before_the_work(tmp_path: Path) -> None:
    # the commands found out when they wrote, after the whole run: `batch score -o` and `data generate --out` with
    # a traceback (mkdir's PermissionError), the others naming the file
    assert output_folder_or_exit(tmp_path / "new" / "parts") == tmp_path / "new" / "parts"
    for check, path in (
        (output_file_or_exit, UNWRITABLE_FOLDER / "out.csv"),
        (output_folder_or_exit, UNWRITABLE_FOLDER / "parts"),
        (output_folder_or_exit, UNWRITABLE_FOLDER / "a" / "b"),
    ):
        with pytest.raises(typer.Exit) as exited:
            check(path)
        assert exited.value.exit_code == 2, path
    (tmp_path / "file").write_text("x")
    with pytest.raises(typer.Exit):
        output_folder_or_exit(tmp_path / "file" / "parts")


def test_data_generate_into_a_folder_that_cannot_be_written_is_a_message() -> None:
    result = CliRunner().invoke(
        app, ["data", "generate", "--out", str(UNWRITABLE_FOLDER / "sample"), "--scale", "0.001"]
    )
    assert result.exit_code == 2 and "cannot write" in result.output
    assert result.exception.__class__ is SystemExit


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"text,lang,label\ncaf\xe9,fr,other\n", "is not UTF-8 text"),
        (b"\x00\xff\xfe\x89PNG\r\n", "holds NUL bytes"),
        (b"text,lang,label\n" + b"x" * 5_001 + b",en,other\n", "a text of 5,001 characters"),
        (None, "holds NUL bytes (the first at position 0)"),  # 1 GB of zeros: was read whole (10 s), "lacks columns"
    ],
    ids=["latin-1", "binary", "long-text", "zeros"],
)
def test_retrain_refuses_a_held_back_file_that_is_not_a_utf8_csv(
    tmp_path: Path, content: bytes | None, said: str
) -> None:
    held_back = tmp_path / "held.csv"
    if content is None:
        with held_back.open("wb") as file:
            file.truncate(2**30)
    else:
        held_back.write_bytes(content)
    result = CliRunner().invoke(app, ["retrain", "--model", "reasons", "--held-back", str(held_back)])
    assert result.exit_code == 2 and said in " ".join(result.output.split())
    assert result.exception.__class__ is SystemExit


def test_retrains_refusals_are_said_as_every_commands_are(tmp_path: Path) -> None:
    # retrain printed its own refusals with markup and without "error:": a held-back file named "[bold]held.csv" lost
    # its name's brackets to the markup reader
    held_back = tmp_path / "[bold]held.csv"
    held_back.write_text("a,b\n1,2\n", encoding="utf-8")
    for arguments, said in (
        (["--model", "bogus"], "error: --model must be reasons, risk or all, not 'bogus'"),
        (["--model", "reasons", "--held-back", str(held_back)], f"error: {held_back} lacks columns: text, lang, label"),
    ):
        result = CliRunner().invoke(app, ["retrain", *arguments])
        assert result.exit_code == 2 and " ".join(result.output.split()).startswith(said), result.output


# runpy runs the module again although the tests imported it: what `python -m` does in a fresh process.
@pytest.mark.filterwarnings("ignore:'cli.app' found in sys.modules:RuntimeWarning")
def test_python_m_cli_app_runs_the_command(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """TEAM.md runs a checkout's commands as `python -m cli.app ...`, which imported the app, ran nothing
    and exited 0 (`python -m cli.app keys revoke x` said nothing and succeeded)."""
    monkeypatch.setattr(sys, "argv", ["cli.app", "keys", "--help"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("cli.app", run_name="__main__")
    assert exited.value.code == 0 and "revoke" in capsys.readouterr().out


@pytest.mark.parametrize(
    "arguments", [["predict", "risk", "-i", "r.csv", "-o", "o.csv"], ["policy", "check", "p.yaml"]]
)
def test_a_setting_the_settings_refuse_is_one_line_naming_its_variable(
    monkeypatch: pytest.MonkeyPatch, arguments: list[str]
) -> None:
    # TRIAGE_MAX_ITEM_PRICE=abc (or one past what a price in cents holds) ended in pydantic's ValidationError inside
    # a 60-line traceback; `policy check`, which skips the state folder, went on and said nothing of it
    monkeypatch.setenv("TRIAGE_MAX_ITEM_PRICE", "1e308")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, arguments)
    finally:
        get_settings.cache_clear()
    lines = result.output.strip().splitlines()
    assert result.exit_code == 2 and result.exception.__class__ is SystemExit, result.output
    assert len(lines) == 1 and lines[0].startswith("error: TRIAGE_MAX_ITEM_PRICE=1e308: "), result.output


# Runs the `triage` script's function (argv[1], "module:function") as the script does, with a Ctrl-C (SIGINT, as a
# terminal sends it) while the command's imports run: when pandas is imported.
INTERRUPTED_IMPORTS = """
import importlib, os, signal, sys

class Interrupt:
    def find_spec(self, name, path=None, target=None):
        if name == "pandas":
            os.kill(os.getpid(), signal.SIGINT)
        return None

module, function = sys.argv[1].split(":")
sys.meta_path.insert(0, Interrupt())
sys.argv = ["triage", "--help"]
sys.exit(getattr(importlib.import_module(module), function)())
"""


def _as_a_terminal_starts_it() -> None:
    """A Ctrl-C taken by default, as a terminal starts a command: a shell starts a background job (a test run in one)
    with SIGINT ignored, which Python and its children keep, and the command then never saw the Ctrl-C sent."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_during_the_imports_is_one_line_and_exit_130() -> None:
    # the imports take seconds (torch, scipy, pandas): a Ctrl-C then printed KeyboardInterrupt's traceback
    script = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["scripts"]["triage"]
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_IMPORTS, script],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=_as_a_terminal_starts_it,
    )
    # ended by SIGINT, as Python ends on a Ctrl-C: the shell's exit status 130
    assert (done.returncode, done.stdout, done.stderr) == (-signal.SIGINT, "", "Aborted!\n")


def test_ctrl_c_once_the_command_runs_is_the_same_one_line(tmp_path: Path) -> None:
    # typer ended it with exit code 130 and no word: a `data load` stopped so said nothing
    fifo = tmp_path / "requests.csv"
    os.mkfifo(fifo)  # the command waits in its read of it, after every import
    command = subprocess.Popen(
        [sys.executable, "-m", "cli", "predict", "reasons", "-i", str(fifo), "-o", str(tmp_path / "out.csv")],
        cwd=REPO_ROOT,
        env=os.environ | {"TRIAGE_STATE_DIR": str(tmp_path / "state")},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_a_terminal_starts_it,
    )
    writer = None
    try:
        deadline = time.monotonic() + 300
        while writer is None:  # a writer opens without waiting once the command has opened it to read
            assert time.monotonic() < deadline and command.poll() is None, "the command never opened its input"
            try:
                writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                time.sleep(0.2)
        time.sleep(0.5)  # from its open into its read
        command.send_signal(signal.SIGINT)
        stdout, stderr = command.communicate(timeout=60)
    finally:
        command.kill()
        if writer is not None:
            os.close(writer)
    assert (command.returncode, stdout, stderr) == (-signal.SIGINT, "", "Aborted!\n")


def test_an_output_the_system_refuses_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    """`triage report -o /proc/version` passed the checks made before the work (a file in a folder) and
    ended in an OSError traceback (EIO) when written; so did `policy tune -o` there."""
    with pytest.raises(typer.Exit) as exited:
        write_text_or_exit(Path("/proc/version"), "<html></html>")
    assert exited.value.exit_code == 2
    write_text_or_exit(tmp_path / "report.html", "<html></html>")
    assert [path.name for path in tmp_path.iterdir()] == ["report.html"]


def _said(output: str) -> str:
    """A command's output as one line of words, without the frame typer draws around a usage error."""
    return " ".join(output.replace("│", " ").split())


@pytest.mark.parametrize(
    "arguments",
    [["monitor", "--last", str(2**63)], ["webhooks", "log", "--limit", str(2**63)], ["webhooks", "remove", str(2**63)]],
)
def test_a_count_or_id_past_the_database_integer_is_refused_when_parsed(arguments: list[str]) -> None:
    # each reached the database and ended in the driver's OverflowError ("too large to convert to SQLite INTEGER")
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 2 and result.exception.__class__ is SystemExit
    assert f"{2**63 - 1:,}" in _said(result.output)


LARGEST = f"{2**63 - 1:,}"
WHOLE_NUMBERS = [
    (["webhooks", "remove", "abc"], f"'abc' is not a whole number from 1 to {LARGEST}"),
    (["webhooks", "remove", "0"], f"'0' is not a whole number from 1 to {LARGEST}"),
    (["webhooks", "log", "--limit", "x"], f"'x' is not a whole number from 1 to {LARGEST}"),
    (["monitor", "--last", "1.5"], f"'1.5' is not a whole number from 1 to {LARGEST}"),
    (["batch", "score", "-i", "in", "-o", "out", "--buckets", "0"], f"'0' is not a whole number from 1 to {LARGEST}"),
    (["serve", "--port", "70000"], "'70000' is not a whole number from 1 to 65,535"),
    # more digits than Python reads: "Exceeds the limit (4300 digits)... use sys.set_int_max_str_digits()"
    (["serve", "--port", "1" * 5000], "(5,000 characters) is not a whole number from 1 to 65,535"),
    (["predict", "reasons", "-i", "in", "-o", "out", "--batch-size", "many"], "'many' is not a whole number from 1"),
    (["retrain", "--history-rows", "10"], f"'10' is not a whole number from 100 to {LARGEST}"),
    # any whole number a 64-bit integer holds is a seed
    (["data", "generate", "--seed", "abc"], f"'abc' is not a whole number from -{2**63:,} to {LARGEST}"),
]


@pytest.mark.parametrize(("arguments", "message"), WHOLE_NUMBERS, ids=[" ".join(a) for a, _ in WHOLE_NUMBERS])
def test_a_whole_number_refused_is_said_in_the_shops_words(arguments: list[str], message: str) -> None:
    # typer said pydantic's "Input should be a valid integer, unable to parse string as an integer"
    result = CliRunner().invoke(app, arguments)
    said = _said(result.output)
    assert result.exit_code == 2 and message in said and "Input should" not in said, said


NUMBERS = [
    # typer read each as float() does: a shop ten times the size, a share of 0.10 written with a separator
    (["data", "generate", "--out", "x", "--scale", "1_0"], "'1_0' is not a number from 0.001 to 10"),
    (["data", "generate", "--out", "x", "--scale", " 0.5"], "' 0.5' is not a number from 0.001 to 10"),
    (["data", "generate", "--out", "x", "--scale", "\u0665"], "'\u0665' is not a number from 0.001 to 10"),
    # said to be "less than or equal to 10"
    (["data", "generate", "--out", "x", "--scale", "nan"], "'nan' is not a number from 0.001 to 10"),
    (["policy", "tune", "-o", "p.yaml", "--max-warned", "0.1_0"], "'0.1_0' is not a share above 0 and at most 1"),
    (["policy", "tune", "-o", "p.yaml", "--max-reviewed", "0"], "'0' is not a share above 0 and at most 1"),
]


@pytest.mark.parametrize(("arguments", "message"), NUMBERS, ids=[" ".join(a) for a, _ in NUMBERS])
def test_a_number_not_written_in_ascii_digits_or_out_of_range_is_refused(arguments: list[str], message: str) -> None:
    result = CliRunner().invoke(app, arguments)
    said = _said(result.output)
    assert result.exit_code == 2 and message in said and "Input should" not in said, said


def test_a_spark_master_that_is_no_url_is_refused_before_any_work() -> None:
    # urlsplit's ValueError ("Invalid IPv6 URL") was the command's traceback, once the models were loaded
    result = CliRunner().invoke(app, ["batch", "score", "-i", "in", "-o", "out", "--master", "spark://[::1"])
    said = _said(result.output)
    assert result.exit_code == 2 and "'spark://[::1' is not a Spark master URL (Invalid IPv6 URL)" in said, said


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["keys", "create", "portal", "--scope", "root"], "'root' is not one of score, admin"),
        (["batch", "score", "-i", "in", "-o", "out", "--engine", "dask"], "'dask' is not one of pandas, spark"),
        (["batch", "score", "-i", "in", "-o", "out", "--format", "xlsx"], "'xlsx' is not one of parquet, csv"),
    ],
)
def test_a_choice_refused_is_said_without_pydantics_prefix(arguments: list[str], message: str) -> None:
    # typer said "Value error, 'root' is not one of 'score', 'admin'."
    result = CliRunner().invoke(app, arguments)
    said = _said(result.output)
    assert result.exit_code == 2 and message in said and "Value error" not in said, said


def test_an_unknown_event_is_quoted_as_typed_not_as_a_python_list() -> None:
    result = CliRunner().invoke(app, ["webhooks", "add", "http://127.0.0.1:9/h", "--events", "decision.made,no.such"])
    said = _said(result.output)
    assert result.exit_code == 2 and said.endswith("got 'no.such'") and "[" not in said, said


@pytest.mark.parametrize("until", ["2026-12-01", "2026-12-05"])
def test_a_monitoring_window_that_ends_where_or_before_it_starts_is_refused_naming_both_options(
    until: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `--since 2026-12-05 --until 2026-12-01` read the log and said "no logged /triage requests in that window",
    # as if the shop had been quiet
    from triage.settings import get_settings

    state = tmp_path / "state"
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(state))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["monitor", "--since", "2026-12-05", "--until", until])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2 and result.exception.__class__ is SystemExit
    message = " ".join(result.output.split())
    assert "--until" in message and "--since" in message and "after" in message
    assert not state.exists() or not any(state.iterdir())  # refused before the database was opened


@pytest.mark.parametrize(
    ("column", "value"),
    [("price", "-5"), ("free_returns_used", "-3"), ("currency", "USD"), ("first_name", "<b>Eve</b>")],
)
def test_a_reply_rows_bad_value_is_one_line_before_any_model_loads(
    column: str, value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the values were checked while drafting, after the models had loaded, and the progress bar's last state
    # ("returns-reply-drafter v1 0/2") was printed below the message
    from triage.settings import get_settings

    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "state-without-models"))
    get_settings.cache_clear()
    good = {"text": "Too small", "product_category": "shoes", "price": "89.00", "currency": "GBP"}
    good |= {"delivery_date": "2026-10-05", "request_date": "2026-10-08", "reason": "too_small"}
    source, output = tmp_path / "requests.csv", tmp_path / "replies.csv"
    pd.DataFrame([good, good | {column: value}]).fillna("").to_csv(source, index=False)
    try:
        result = CliRunner().invoke(app, ["predict", "replies", "-i", str(source), "-o", str(output)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2 and result.exception.__class__ is SystemExit
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and f"column '{column}', line 3" in lines[0], result.output
    assert not output.exists()


def test_monitor_refuses_a_policy_in_force_it_cannot_read_before_the_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # monitor read the policy's top band with a bare YAML reader after the whole window: a malformed policy in force
    # ended a run over a log in YAML's ParserError traceback
    from triage.settings import get_settings

    policy = tmp_path / "policy.yaml"
    policy.write_text("return_window_days: [1,\n", encoding="utf-8")
    state = tmp_path / "state"
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(state))
    monkeypatch.setenv("TRIAGE_POLICY_PATH", str(policy))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["monitor", "--last", "5"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2 and result.exception.__class__ is SystemExit
    assert "invalid policy" in result.output and "not valid YAML" in result.output, result.output
    assert not state.exists() or not any(state.iterdir())


@pytest.mark.parametrize("model", ["risk", "replies"])
def test_training_refuses_a_policy_in_force_it_cannot_read_before_the_work(
    model: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `triage train risk` and `train replies` (and `triage up`, which runs them) ended in PolicyError's traceback
    from triage.settings import get_settings

    policy = tmp_path / "policy.yaml"
    policy.write_text("return_window_days: [1,\n", encoding="utf-8")
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("TRIAGE_POLICY_PATH", str(policy))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["train", model])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2 and result.exception.__class__ is SystemExit, result.output
    assert "invalid policy" in result.output and "not valid YAML" in result.output


def test_data_generate_on_a_full_disk_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the probe on a full 64 KB tmpfs ended in a traceback: OSError: [Errno 28] No space left on device
    def full(*arguments: object, **options: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("cli.data.generate", full)
    result = CliRunner().invoke(app, ["data", "generate", "--out", str(tmp_path / "sample"), "--scale", "0.001"])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), said
    assert said == f"error: cannot write {tmp_path / 'sample'}: No space left on device"


def test_data_generate_that_fails_while_writing_leaves_the_earlier_set_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the tables written before the disk filled replaced the earlier ones, beside the older rest (and the one being
    # written when it filled was cut short)
    out = tmp_path / "sample"
    arguments = ["data", "generate", "--out", str(out), "--scale", "0.001", "--seed"]
    assert CliRunner().invoke(app, [*arguments, "1"]).exit_code == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}

    def full(*arguments: object, **options: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("triage.sample_data.card.write_card", full)  # the last file: the four tables are written
    result = CliRunner().invoke(app, [*arguments, "2"])
    assert result.exit_code == 2 and result.output == f"error: cannot write {out}: No space left on device\n"
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_a_file_name_that_is_no_utf8_is_said_byte_for_byte(tmp_path: Path) -> None:
    # a missing file named in Latin-1 was said with Python's escapes: "r\udce9clam\udce9s"
    missing = tmp_path / os.fsdecode(b"r\xe9clam\xe9s.csv")
    result = subprocess.run(
        [sys.executable, "-m", "cli", "predict", "reasons", "-i", str(missing), "-o", str(tmp_path / "out.csv")],
        capture_output=True,
        cwd=REPO_ROOT,
        env=os.environ | {"TRIAGE_STATE_DIR": str(tmp_path / "state")},
        timeout=300,
    )
    assert result.returncode == 2
    assert result.stderr == b"error: cannot read " + os.fsencode(missing) + b": No such file or directory\n"


LIGHT_COMMAND = """
import sys
from cli.app import app
try:
    app(sys.argv[1:])
except SystemExit as done:
    assert not done.code, done.code
print("imported:", *sorted({name.partition(".")[0] for name in sys.modules} & set(sys.stdin.read().split())))
"""


@pytest.mark.parametrize("command", [["keys", "list"], ["agents", "list"]])
def test_a_command_of_the_stores_imports_no_model_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    # every command imported every command's modules: `triage keys list` took 25-80 s under load, nearly all of it
    # importing scikit-learn, SciPy, Evidently and PySpark it never uses
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "state"))
    get_settings.cache_clear()
    open_database(get_settings()).dispose()  # a listing reads a database that exists
    get_settings.cache_clear()
    heavy = "sklearn scipy evidently pyspark torch mlflow bentoml"
    result = subprocess.run(
        [sys.executable, "-c", LIGHT_COMMAND, *command],
        input=heavy,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=os.environ | {"TRIAGE_STATE_DIR": str(tmp_path / "state")},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["imported:"], result.stdout


def invoke_on_state(monkeypatch: pytest.MonkeyPatch, state: Path, command: list[str], **env: str) -> Result:
    """`triage <command>` on the state folder `state`, with the `TRIAGE_*` variables of `env`; settings read afresh."""
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(state))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(app, command)
    finally:
        get_settings.cache_clear()


def test_monitor_says_the_exit_it_ends_with_when_the_database_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the run ended 1, which neither `triage monitor --help` nor the README's exit codes (0, 3, 2) named: a cron line
    # testing for 2 ("cannot run") took it for another outcome
    url = "postgresql+psycopg://triage:secret@127.0.0.1:1/triage"
    result = invoke_on_state(monkeypatch, tmp_path / "state", ["monitor", "--last", "5"], TRIAGE_DATABASE_URL=url)
    said = CliRunner().invoke(app, ["monitor", "--help"], terminal_width=200)
    assert result.exit_code == 1 and "cannot open the database" in result.output and "secret" not in result.output
    assert "1 when the database or the registry cannot be read" in " ".join(said.output.split())
    readme = " ".join((REPO_ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "`1` the database or the registry cannot be read" in readme


# Each with the exit it ends with on a state folder that does not exist, and what it says. A listing printed an
# empty table (`history check`: "no problems found"), exit 0: an operator with a mistyped TRIAGE_STATE_DIR was told
# nothing was stored rather than that the folder holds no database.
NO_DATABASE = "error: no database in {state} (triage.db does not exist): nothing is stored there"
READ_ONLY_COMMANDS = [
    (["keys", "list"], 1, NO_DATABASE),
    (["agents", "list"], 1, NO_DATABASE),
    (["lists", "show"], 1, NO_DATABASE),
    (["lists", "show", "--all"], 1, NO_DATABASE),
    (["webhooks", "list"], 1, NO_DATABASE),
    (["webhooks", "log"], 1, NO_DATABASE),
    (["history", "check"], 1, NO_DATABASE),
    # it left an empty triage.db (mode 0644) behind
    (["monitor", "--last", "5"], 2, "no logged /triage requests in that window"),
]


@pytest.mark.parametrize(
    ("command", "exit_code", "said"),
    READ_ONLY_COMMANDS,
    ids=[" ".join(command) for command, _, _ in READ_ONLY_COMMANDS],
)
def test_a_command_that_only_reads_makes_no_state_folder_or_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], exit_code: int, said: str
) -> None:
    # `keys list` with the state folder on a full disk made the folder and a zero-byte triage.db, then failed
    result = invoke_on_state(monkeypatch, tmp_path / "state", command)
    assert result.exit_code == exit_code, result.output
    assert said.format(state=tmp_path / "state") in " ".join(result.output.split()), result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["keys", "list"], ["agents", "list"], ["lists", "show"], ["history", "check"]])
def test_a_listing_of_an_empty_database_is_an_empty_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    # the near miss of the above: a database made, holding nothing of the kind, is listed as empty, exit 0
    state = tmp_path / "state"
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(state))
    get_settings.cache_clear()
    open_database(get_settings()).dispose()
    result = invoke_on_state(monkeypatch, state, command)
    assert result.exit_code == 0 and "no database" not in result.output, result.output


def test_retraining_a_state_without_a_store_makes_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `triage retrain` on a trained state the service never ran on said "has no table 'feedback'" and left an
    # empty triage.db behind
    state = tmp_path / "state"
    state.mkdir()
    result = invoke_on_state(monkeypatch, state, ["retrain", "--model", "reasons"])
    assert result.exit_code == 2, result.output
    assert not (state / "triage.db").exists()


def test_monitor_leaves_an_empty_state_folder_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `mkdir -p S && TRIAGE_STATE_DIR=S triage monitor --last 5` said "has no table 'customers'" and left S/triage.db
    result = invoke_on_state(monkeypatch, tmp_path, ["monitor", "--last", "5"])
    assert result.exit_code == 2 and "no logged /triage requests in that window" in result.output, result.output
    assert list(tmp_path.iterdir()) == []


def fifty_requests(folder: Path) -> Path:
    """A file of 50 requests `monitor --current` reads (the fewest it compares), written to `folder`."""
    row = "c1,o1,s1,dresses,49.90,EUR,2026-11-02,2026-11-10T09:30:00Z,trop petite"
    path = folder / "requests.csv"
    header = "return_id,customer_id,order_id,sku,product_category,price,currency,delivery_date,request_date,reason_text"
    path.write_text("\n".join([header, *(f"r{n},{row}" for n in range(50))]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "command",
    [["lists", "add", "block", "customer", "C000123", "--by", "amelie"], ["monitor", "--current", "requests.csv"]],
    ids=["lists add", "monitor --current"],
)
def test_an_empty_pseudonym_key_is_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    # `monitor --current`, `predict risk` and `lists add/remove` ended in pseudonym_key's ValueError traceback
    state = tmp_path / "state"
    state.mkdir()
    (state / "pseudonym.key").write_text("", encoding="utf-8")
    fifty_requests(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = invoke_on_state(monkeypatch, state, command)
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit, result.output
    assert "pseudonym.key is empty" in " ".join(result.output.split())


@pytest.mark.parametrize("kept", ["mlruns", "reports"])
@pytest.mark.parametrize("command", [["train", "risk"], ["keys", "list"]])
@pytest.mark.parametrize("there", ["a file", "a link to nothing"])
def test_a_file_where_the_state_keeps_a_folder_is_one_line_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kept: str, command: list[str], there: str
) -> None:
    # every command that prepares the state ended in FileExistsError's traceback
    state = tmp_path / "state"
    state.mkdir()
    if there == "a file":
        (state / kept).write_text("", encoding="utf-8")
    else:
        (state / kept).symlink_to(tmp_path / "nowhere")
    result = invoke_on_state(monkeypatch, state, command)
    assert result.exit_code == 2 and result.exception.__class__ is SystemExit, result.output
    said = " ".join(result.output.split())
    assert f"{kept} is a file where the state folder keeps a folder: move it away" in said, said


def _spoil_key(state: Path, spoiled: str) -> None:
    """The state folder's pseudonym key file made unreadable as one: bytes that are no text, or a folder."""
    key = state / "pseudonym.key"
    if spoiled == "a folder":
        key.mkdir(parents=True)
    else:
        state.mkdir(parents=True, exist_ok=True)
        key.write_bytes(b"\xff\xfe\x00\x81")


@pytest.mark.parametrize("spoiled", ["bytes that are no text", "a folder"])
def test_a_pseudonym_key_file_that_cannot_be_read_is_one_line_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoiled: str
) -> None:
    # a folder was IsADirectoryError's traceback; bytes that are no text said "'utf-8' codec can't decode", no file
    state = tmp_path / "state"
    _spoil_key(state, spoiled)
    result = invoke_on_state(monkeypatch, state, ["lists", "add", "block", "customer", "C000123", "--by", "amelie"])
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit, result.output
    said = " ".join(result.output.split())
    assert "pseudonym.key cannot be read as the pseudonym key" in said and "TRIAGE_PSEUDONYM_KEY" in said, said


@pytest.mark.parametrize("spoiled", ["empty", "bytes that are no text", "a folder"])
def test_serve_with_a_pseudonym_key_it_cannot_read_is_one_line_before_any_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoiled: str
) -> None:
    # every worker failed on the key at start, a traceback again and again, and `triage serve` never ended
    state = tmp_path / "state"
    if spoiled == "empty":
        state.mkdir()
        (state / "pseudonym.key").write_text("", encoding="utf-8")
    else:
        _spoil_key(state, spoiled)
    monkeypatch.setattr("cli.service.champion_version", lambda settings, name: object())
    monkeypatch.setattr("cli.service.run_server", lambda *arguments: pytest.fail("served"))
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        port = str(spare.getsockname()[1])
    result = invoke_on_state(monkeypatch, state, ["serve", "--port", port])
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit, result.output
    assert "pseudonym.key" in result.output and len(result.output.strip().splitlines()) <= 3, result.output


def test_deciding_with_the_lists_makes_no_pseudonym_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `monitor --current` (and `predict risk`) on a state folder without a key made one: a secret written by a read,
    # which a service started later on that folder would then pseudonymise with
    requests = fifty_requests(tmp_path)
    result = invoke_on_state(monkeypatch, tmp_path / "state", ["monitor", "--current", str(requests)])
    assert result.exit_code == 2 and "no champion" in result.output, result.output
    assert not (tmp_path / "state" / "pseudonym.key").exists()


def test_monitor_without_a_history_store_or_sample_data_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an empty store and no sample data (a state away from the repository): the customers' history ended the run in
    # a traceback, "ValueError: table 'customers' not found"
    requests = fifty_requests(tmp_path)
    nowhere = str(tmp_path / "nowhere")
    result = invoke_on_state(
        monkeypatch, tmp_path / "state", ["monitor", "--current", str(requests)], TRIAGE_SAMPLE_DATA_DIR=nowhere
    )
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and result.exception.__class__ is SystemExit, result.output
    assert "no customer history: the history store holds no returns" in said and "triage data load" in said


def test_customer_entries_without_their_key_are_refused_not_silently_missed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = tmp_path / "state"
    added = invoke_on_state(monkeypatch, state, ["lists", "add", "block", "customer", "C000123", "--by", "amelie"])
    assert added.exit_code == 0, added.output
    (state / "pseudonym.key").unlink()
    result = invoke_on_state(monkeypatch, state, ["monitor", "--current", str(fifty_requests(tmp_path))])
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit, result.output
    assert "the lists hold customer entries but there is no pseudonym key" in " ".join(result.output.split())
    assert not (state / "pseudonym.key").exists()


def test_a_listing_reads_the_store_once_it_exists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "state"))
    get_settings.cache_clear()
    try:
        created = CliRunner().invoke(app, ["keys", "create", "returns-portal"])
        listed = CliRunner().invoke(app, ["keys", "list"])
    finally:
        get_settings.cache_clear()
    assert created.exit_code == 0 and listed.exit_code == 0, created.output + listed.output
    assert "returns-portal" in listed.output


def test_names_and_notes_are_printed_as_typed_not_read_as_markup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # rich read "[/]" as a closing tag: `agents create` and `keys create` ended in a MarkupError traceback once the
    # agent or key was made, its one-time password or key never shown, and each listing failed on it after;
    # "[red]x[/red]" was said as 'x' and ":smile:" as an emoji
    state = tmp_path / "state"
    for command, said in (
        (["agents", "create", "a[/]b"], "created agent 'a[/]b'"),
        (["agents", "create", ":smile:[red]x[/red]"], "created agent ':smile:[red]x[/red]'"),
        (["keys", "create", "k[/]"], "for 'k[/]'; store it now"),
        (["lists", "add", "block", "customer", "C[/]1", "--by", "b[/]", "--note", "[/]"], "(entry 1, by b[/])"),
    ):
        result = invoke_on_state(monkeypatch, state, command)
        assert result.exit_code == 0 and said in result.output, result.output
        assert len(result.output.strip().splitlines()[-1]) >= 20, result.output  # the password or key, shown once
    for listing, shown in (
        (["agents", "list"], ":smile:[red]x[/red]"),
        (["keys", "list"], "k[/]"),
        (["lists", "show"], "b[/]"),
    ):
        result = invoke_on_state(monkeypatch, state, [*listing])
        assert result.exit_code == 0 and shown in result.output, result.output


# Bytes typed in another encoding than UTF-8 (a Latin-1 terminal's "é") reach a command as a lone surrogate.
NOT_UTF8 = os.fsdecode(b"Ren\xe9e")


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["keys", "revoke", NOT_UTF8], "key_id is not UTF-8 text: 'Ren\\udce9e'"),
        (["lists", "add", "block", "sku", "S1", "--by", "me", "--note", NOT_UTF8], "option --note is not UTF-8 text"),
        (["lists", "add", "block", "sku", NOT_UTF8, "--by", "me"], "value is not UTF-8 text"),
        (["agents", "create", NOT_UTF8], "name is not UTF-8 text"),
        (["webhooks", "add", f"https://shop.example/{NOT_UTF8}", "--events", "decision.made"], "url is not UTF-8"),
    ],
)
def test_a_text_argument_that_is_not_utf8_is_refused_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], said: str
) -> None:
    # `keys revoke` and `lists add --note` ended in a UnicodeEncodeError traceback from the database (exit 1)
    state = tmp_path / "state"
    result = invoke_on_state(monkeypatch, state, command)
    assert result.exit_code == 2 and said in result.output and "Traceback" not in result.output, result.output
    listed = invoke_on_state(monkeypatch, state, ["lists", "show"])
    assert "S1" not in listed.output  # nothing written


def test_a_file_named_in_another_encoding_is_still_read(tmp_path: Path) -> None:
    policy = tmp_path / os.fsdecode(b"politique-\xe9t\xe9.yaml")  # a path is no text: read as the system names it
    policy.write_bytes((REPO_ROOT / "config" / "policy.yaml").read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "cli", "policy", "check", str(policy)],
        capture_output=True,
        cwd=REPO_ROOT,
        env=os.environ | {"TRIAGE_STATE_DIR": str(tmp_path / "state")},
        timeout=300,
    )
    assert result.returncode == 0 and result.stdout.startswith(os.fsencode(policy)), result.stderr[-2000:]


def test_a_password_typed_in_another_encoding_is_refused_not_a_traceback(tmp_path: Path) -> None:
    typed = b"\xe9t\xe9-\xe0-la-plage-2026\n"  # Latin-1
    result = subprocess.run(
        [sys.executable, "-m", "cli", "agents", "create", "amelie", "--ask"],
        input=typed * 2,
        capture_output=True,
        cwd=REPO_ROOT,
        env=os.environ | {"TRIAGE_STATE_DIR": str(tmp_path / "state")},
        timeout=300,
    )
    assert result.returncode == 2, result.stderr[-2000:]
    assert b"error: the password typed is not UTF-8 text" in result.stderr + result.stdout
    assert b"Traceback" not in result.stderr


def _small_export(folder: Path) -> Path:
    """A history export of three customers, the first customer's line given again, renamed, as its last line (the
    same id twice: two exports pasted together without their second header)."""
    folder.mkdir()
    for name, frame in _synthetic_history(seed=5, customers=3).items():
        if name == "customers":
            frame = pd.concat([frame, frame.iloc[[0]].assign(first_name="Later")], ignore_index=True)
        write_table(frame.round({"price": 2}), name, folder)
    return folder


@pytest.fixture
def own_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "state"))
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_data_load_says_the_rows_it_stored_when_an_id_is_given_twice(own_state: Path) -> None:
    # "loaded 4 customers" where the store held 3: the id given twice was counted twice and stored once
    result = CliRunner().invoke(app, ["data", "load", str(_small_export(own_state / "export"))])
    assert result.exit_code == 0, result.output
    engine = open_database(get_settings())
    stored = HistoryStore(engine).counts()
    said = ", ".join(counted(rows, table.removesuffix("s").replace("_", " ")) for table, rows in stored.items())
    assert stored["customers"] == 3 and result.output == f"loaded {said}\n"
    with engine.connect() as connection:
        names = connection.execute(sa.select(HISTORY_TABLES["customers"].c.first_name)).scalars().all()
    assert "Later" in names  # the later line of the id, as the upsert keeps it


def test_data_load_writes_nothing_when_the_refused_rows_cannot_be_written(
    own_state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # on a full disk the good rows were loaded and two lines said so: "loaded ..." then "error: the good rows are
    # loaded, but the refused ones were not written: ..."
    export = _small_export(own_state / "export")
    returns = pd.read_csv(table_path("returns", export), dtype=str, keep_default_na=False)
    returns.loc[0, "lang"] = "xx"
    returns.to_csv(table_path("returns", export), index=False, compression="gzip")

    def full(frame: pd.DataFrame, path: Path) -> None:
        raise BatchInputError(f"cannot write {path}: No space left on device")

    monkeypatch.setattr("cli.service.write_predictions", full)
    rejects = own_state / "rejects.csv"
    result = CliRunner().invoke(app, ["data", "load", str(export), "--rejects", str(rejects)])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    said = f"error: nothing loaded: the refused rows were not written: cannot write {rejects}: No space left on device"
    assert result.output == said + "\n"
    assert set(HistoryStore(open_database(get_settings())).counts().values()) == {0}


def test_data_load_on_a_full_database_disk_is_one_line(own_state: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a traceback ending in sqlite3.OperationalError: database or disk is full, after the SQL and its rows
    export = _small_export(own_state / "export")

    def full(connection: object, table: object, rows: object) -> None:
        raise sa.exc.OperationalError("INSERT ...", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr("serving.stores.history._upsert", full)
    result = CliRunner().invoke(app, ["data", "load", str(export)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert result.output.startswith("error: nothing loaded: cannot write the database sqlite:///")
    assert result.output.endswith(": database or disk is full\n") and result.output.count("\n") == 1


@pytest.mark.parametrize(
    ("host", "code", "said"),
    [
        ("127.0.0.1", 1, "cannot listen on 127.0.0.1:{port}: Address already in use"),
        ("no-such-host.invalid", 2, "--host 'no-such-host.invalid' is no address of this machine"),
    ],
)
def test_serve_says_in_one_line_an_address_it_cannot_listen_on_before_starting_the_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, host: str, code: int, said: str
) -> None:
    # a port another program held was a traceback of BentoML's process manager ("OSError: [Errno 98] Address already
    # in use"), after the models were read; no server may be started for either
    monkeypatch.setattr("cli.service.check_servable", lambda settings: None)
    started: list[list[str]] = []
    monkeypatch.setattr("cli.service.run_foreground", lambda command: started.append(command) or 0)
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        result = invoke_on_state(monkeypatch, tmp_path / "state", ["serve", "--host", host, "--port", str(port)])
    assert result.exit_code == code and result.exception.__class__ is SystemExit, result.output
    assert _said(result.output).startswith(f"error: {said.format(port=port)}") and not started


def test_up_on_a_port_it_cannot_listen_on_creates_no_key_and_loads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # it created an API key, loaded the history and printed a curl before the port was refused
    from cli.service import serve_with_example

    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "state"))
    get_settings.cache_clear()
    monkeypatch.setattr("cli.service.check_servable", lambda settings: None)
    try:
        with socket.socket() as held:
            held.bind(("127.0.0.1", 0))
            held.listen()
            with pytest.raises(typer.Exit) as ended:
                serve_with_example(get_settings(), held.getsockname()[1])
    finally:
        get_settings.cache_clear()
    assert ended.value.exit_code == 1 and not (tmp_path / "state" / "triage.db").exists()
