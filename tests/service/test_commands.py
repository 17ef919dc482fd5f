"""The service's CLI commands: keys, data load, serve's refusal without a champion, the example curl."""

from __future__ import annotations

import contextlib
import fcntl
import shlex
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from cli.app import app
from cli.service import example_curl
from serving.api import TriageRequest
from serving.db import open_database
from triage.settings import REPO_ROOT, get_settings

runner = CliRunner()


@pytest.fixture
def own_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh state folder for commands that read `get_settings()`."""
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path))
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_keys_create_list_revoke(own_state: Path) -> None:
    created = runner.invoke(app, ["keys", "create", "portal"])
    assert created.exit_code == 0, created.output
    key = created.stdout.strip().splitlines()[-1]
    assert key.startswith("trk_")
    key_id = key.split("_")[1]
    admin = runner.invoke(app, ["keys", "create", "deploys", "--scope", "admin"])
    assert admin.exit_code == 0 and "admin-scoped" in admin.output, admin.output
    listed = runner.invoke(app, ["keys", "list"])
    assert "portal" in listed.stdout and key_id in listed.stdout and key not in listed.stdout
    assert [line.split("│")[3].strip() for line in listed.stdout.splitlines() if "deploys" in line] == ["admin"]
    wrong = runner.invoke(app, ["keys", "create", "x", "--scope", "root"])
    assert wrong.exit_code == 2 and "root" in wrong.output
    too_long = runner.invoke(app, ["keys", "create", "k" * 201])  # a database error on PostgreSQL, stored on SQLite
    assert too_long.exit_code == 2 and "printable characters" in too_long.output, too_long.output
    assert f"{'k' * 40!r}… (201 characters)" in too_long.output, too_long.output
    assert runner.invoke(app, ["keys", "revoke", key_id]).exit_code == 0
    again = runner.invoke(app, ["keys", "revoke", key_id])
    assert again.exit_code == 2 and "no active key" in again.output
    pasted = runner.invoke(app, ["keys", "revoke", "k" * 100_000])  # quoted whole before
    assert pasted.exit_code == 2 and f"{'k' * 40!r}… (100,000 characters)" in pasted.output, len(pasted.output)


@pytest.mark.parametrize(
    ("command", "code", "said"),
    [
        # each said the key, agent, subscription or entry was not there, as if a database were
        (["keys", "revoke", "k1"], 1, "no database in"),
        (["agents", "disable", "amelie"], 1, "no database in"),
        (["agents", "enable", "amelie"], 1, "no database in"),
        (["webhooks", "remove", "5"], 1, "no database in"),
        (["lists", "remove", "customer", "C1", "--by", "ops"], 1, "no database in"),
        (["webhooks", "deliver"], 1, "no database in"),
        # a scheduled purge of a state not served yet: nothing is older than the retention period
        (["data", "purge"], 0, "0 prediction log rows deleted"),
    ],
)
def test_a_command_changing_what_is_stored_makes_no_state_to_find_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], code: int, said: str
) -> None:
    # each made the state folder, triage.db (and for `lists remove` the pseudonym key) to answer that there was nothing
    state = tmp_path / "state"
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(state))
    get_settings.cache_clear()
    result = runner.invoke(app, command)
    get_settings.cache_clear()
    assert result.exit_code == code and said in result.output, result.output
    assert not state.exists()


def test_a_second_data_load_on_the_state_is_refused_at_once_naming_it(own_state: Path) -> None:
    # it read its files, waited SQLite's busy timeout (10 s) and said "nothing loaded: ... database is locked"
    with (own_state / "data-load.lock").open("a") as running:
        fcntl.flock(running, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = runner.invoke(app, ["data", "load", str(REPO_ROOT / "data" / "sample")])
    said = f"error: another `triage data load` is running on {own_state}: let it end, then run this one again"
    assert (result.exit_code, " ".join(result.output.split())) == (1, said)
    loaded = runner.invoke(app, ["data", "load", str(REPO_ROOT / "data" / "sample")])  # once it has ended
    assert loaded.exit_code == 0 and "loaded " in loaded.output, loaded.output


def test_data_load_rejects_a_missing_folder(own_state: Path) -> None:
    result = runner.invoke(app, ["data", "load", str(own_state / "nope")])
    assert result.exit_code == 2 and "is not a folder" in result.output


def test_serve_without_champion_names_the_command(own_state: Path) -> None:
    result = runner.invoke(app, ["serve", "--port", "3999"])
    assert result.exit_code == 1
    assert "triage train reasons" in result.output


def test_example_curl_sends_a_valid_request() -> None:
    words = shlex.split(example_curl(3000, "trk_abc_def"))
    assert words[words.index("-X") + 1] == "POST" and "Authorization: Bearer trk_abc_def" in words
    TriageRequest.model_validate_json(words[words.index("-d") + 1])


def test_history_check_names_each_broken_row(own_state: Path) -> None:
    from datetime import datetime

    from serving.db import HISTORY_TABLES, open_database

    engine = open_database(get_settings())
    clean = runner.invoke(app, ["history", "check"])
    assert clean.exit_code == 0 and "no problems" in clean.output
    with engine.begin() as connection:
        connection.execute(
            HISTORY_TABLES["returns"].insert(), [{"return_id": "R-1600", "request_ts": datetime(1600, 1, 3)}]
        )
    engine.dispose()
    found = runner.invoke(app, ["history", "check"])
    assert found.exit_code == 1 and "returns.request_ts row R-1600: 1600-01-03" in found.output


def test_data_purge_reports_what_it_removed(own_state: Path) -> None:
    purged = runner.invoke(app, ["data", "purge"])
    assert purged.exit_code == 0, purged.output
    # said as JSON ('{"prediction_log_rows_deleted": 0, ...}') where every other command says its counts in words
    assert " ".join(purged.output.split()) == (
        "older than 730 days: 0 prediction log rows deleted, 0 re-decisions deleted, 0 feedback replies cleared, "
        "0 feedback notes cleared, 0 removed list entries' notes cleared, 0 return texts cleared"
    )


@pytest.mark.parametrize("command", [["keys", "list"], ["history", "check"], ["monitor"]])
def test_a_database_that_cannot_be_opened_is_one_line_without_its_password(
    own_state: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    # the message printed the URL's password, and spread the driver's message over two lines; `monitor` was a traceback
    monkeypatch.setenv("TRIAGE_DATABASE_URL", "postgresql+psycopg://shop:s3cret@127.0.0.1:1/returns")
    get_settings.cache_clear()
    result = runner.invoke(app, command)
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "shop:***@127.0.0.1:1/returns" in lines[0] and "s3cret" not in result.output


@pytest.mark.parametrize("command", [["keys", "list"], ["data", "purge"], ["monitor"], ["report"]])
def test_a_state_folder_or_database_file_that_cannot_be_used_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    # a state folder below a file (OSError creating it: a traceback in every command) and a database file of noise
    # (`monitor`: a traceback); the one-line message the other commands gave
    (tmp_path / "file").write_text("x")
    noise = tmp_path / "noise"
    noise.mkdir()
    (noise / "triage.db").write_bytes(bytes(range(256)) * 400)
    for state, said, code in ((tmp_path / "file" / "state", "is a file", 2), (noise, "file is not a database", 1)):
        monkeypatch.setenv("TRIAGE_STATE_DIR", str(state))
        get_settings.cache_clear()
        result = runner.invoke(app, command)
        assert result.exit_code == code and result.exception.__class__ is SystemExit, (state, result.output)
        assert said in result.output and len(result.output.strip().splitlines()) == 1, result.output
    get_settings.cache_clear()


@pytest.mark.parametrize("command", [["keys", "list"], ["history", "check"], ["data", "purge"]])
def test_a_database_migrated_by_a_newer_release_is_one_line(own_state: Path, command: list[str]) -> None:
    # a release older than the database's schema (a deploy rolled back) printed alembic's traceback: "Can't locate
    # revision identified by '0011'" (the seventh hostile round, `triage history check` of 6850505)
    engine = open_database(get_settings())
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    result = runner.invoke(app, command)
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "revision 9999, which this release does not know" in lines[0], result.output


@pytest.mark.parametrize("command", [["keys", "list"], ["history", "check"], ["data", "purge"]])
def test_another_programs_sqlite_file_as_the_database_is_refused_and_left_as_it_was(
    own_state: Path, command: list[str]
) -> None:
    # the state folder's triage.db was another program's database: the commands added their 17 tables to it and
    # went on (keys list listed none, exit 0)
    import sqlite3

    theirs = own_state / "triage.db"
    with sqlite3.connect(theirs) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    before = theirs.read_bytes()
    result = runner.invoke(app, command)
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "holds another program's tables (photos)" in lines[0], result.output
    assert theirs.read_bytes() == before


def test_a_zero_byte_database_file_is_opened_as_a_new_store(own_state: Path) -> None:
    # what a crash leaves between the file's creation (private, before SQLite opens it) and the first migration: it
    # holds nothing to lose, and refusing it would leave the state folder unusable until someone deleted it by hand
    import sqlite3

    ours = own_state / "triage.db"
    ours.write_bytes(b"")
    result = runner.invoke(app, ["keys", "list"])
    assert result.exit_code == 0, result.output
    with contextlib.closing(sqlite3.connect(ours)) as connection:
        assert connection.execute("SELECT COUNT(*) FROM alembic_version").fetchone() == (1,)


@pytest.mark.parametrize(
    ("command", "code", "said"),
    [
        (["policy", "--help"], 0, "Usage"),
        (["policy"], 2, "Usage"),
        # simulating replays the state folder's data and writes its report there (checking a file needs none: below)
        (["policy", "simulate", "--policy", "x.yaml"], 2, "is a file"),
    ],
)
def test_help_does_not_need_the_state_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], code: int, said: str
) -> None:
    # the state-folder check ran before help was read: `triage policy --help`, and `triage policy` (a group named
    # alone shows its help) answered "cannot write into ..." (exit 2), so the one page that names TRIAGE_STATE_DIR
    # could not be read while it was wrong. The check reads the command line as the shell gave it: sys.argv.
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "file" / "state"))
    monkeypatch.setattr(sys, "argv", ["triage", *command])
    get_settings.cache_clear()
    result = runner.invoke(app, command)
    get_settings.cache_clear()
    assert result.exit_code == code and said in result.output, result.output


def test_checking_a_policy_file_needs_no_state_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `triage policy check` reads only the file it is given, yet refused to run without a writable state folder
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("TRIAGE_STATE_DIR", str(tmp_path / "file" / "state"))
    get_settings.cache_clear()
    checked = runner.invoke(app, ["policy", "check", str(REPO_ROOT / "config" / "policy.yaml")])
    get_settings.cache_clear()
    assert checked.exit_code == 0 and "is valid" in checked.output, checked.output


def test_an_agent_name_too_long_is_refused_without_echoing_it_whole(own_state: Path) -> None:
    # the message quoted all 10,000 characters of the name it refused (a key's name is cut to 40)
    result = runner.invoke(app, ["agents", "create", "X" * 10_000])
    assert result.exit_code == 2 and "printable characters" in result.output
    assert f"{'X' * 40!r}… (10,000 characters)" in result.output and len(result.output) < 300, len(result.output)


@pytest.mark.parametrize("group", ["keys", "agents"])
@pytest.mark.parametrize("name", ["   ", " \t", "a\x00b"])
def test_a_name_refused_is_quoted_as_typed_for_keys_and_agents_alike(own_state: Path, group: str, name: str) -> None:
    # `keys create '   '` quoted the name stripped ('') and `agents create '   '` as typed ('   ')
    result = runner.invoke(app, [group, "create", name])
    assert result.exit_code == 2 and "printable characters" in result.output, result.output
    assert result.output.rstrip().endswith(f"got {name!r}"), result.output
