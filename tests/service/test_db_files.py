"""The SQLite state holds customers' texts and pseudonym inputs: readable by its owner only
(issue 16, defect 11: triage.db was created 0644)."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from serving.db import create_db_engine, migrate, open_database
from triage.settings import Settings


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_files_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        engine = open_database(Settings(state_dir=tmp_path / "state"))
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE probe (x INTEGER)"))
        files = sorted((tmp_path / "state").glob("triage.db*"))
        assert {path.name for path in files} >= {"triage.db", "triage.db-wal"}
        assert {path.name: _mode(path) for path in files} == {path.name: 0o600 for path in files}
        engine.dispose()
    finally:
        os.umask(old)


def test_an_existing_world_readable_database_is_tightened(tmp_path: Path) -> None:
    engine = open_database(Settings(state_dir=tmp_path))
    engine.dispose()
    (tmp_path / "triage.db").chmod(0o644)
    open_database(Settings(state_dir=tmp_path)).dispose()
    assert _mode(tmp_path / "triage.db") == 0o600


def test_opening_the_store_again_in_a_process_keeps_its_connections_safe(tmp_path: Path) -> None:
    """A worker opens the store twice (the service, then its model side). Opening it again must not drop the
    first engine's SQLite locks: if it did, another process closing its last connection (`triage data load`)
    would delete the WAL and shared-memory files under the service, whose next call fails with a disk I/O error."""
    settings = Settings(state_dir=tmp_path)
    service = open_database(settings)
    with service.begin() as connection:
        connection.execute(sa.text("CREATE TABLE probe (x INTEGER)"))
        connection.execute(sa.text("INSERT INTO probe VALUES (1)"))
    held = service.connect()  # the pooled connection a worker keeps open
    held.execute(sa.text("SELECT count(*) FROM probe")).scalar_one()
    open_database(settings).dispose()  # the model side, in the same process
    other_process = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('INSERT INTO probe VALUES (2)'); "
        "c.commit(); c.close()"
    )
    subprocess.run([sys.executable, "-c", other_process, str(settings.sqlite_path)], check=True, timeout=60)
    assert (tmp_path / "triage.db-shm").exists()
    held.execute(sa.text("INSERT INTO probe VALUES (3)"))
    held.commit()
    assert held.execute(sa.text("SELECT count(*) FROM probe")).scalar_one() == 3
    held.close()
    service.dispose()


def _migrate_at_the_barrier(url: str, barrier: Any, said: Any) -> None:
    engine = create_db_engine(url)
    barrier.wait()
    try:
        migrate(engine)
        said.put("")
    except sa.exc.SQLAlchemyError as error:
        said.put(str(error).splitlines()[0])


def test_two_processes_migrating_a_new_store_at_once_both_find_it_at_head(tmp_path: Path) -> None:
    # two commands started together on a new state folder: the second failed "cannot open the database ...: table
    # api_keys already exists" (both read no schema before either wrote one), five runs in five
    processes = multiprocessing.get_context("fork")
    for run in range(3):
        url = f"sqlite:///{tmp_path / f'triage-{run}.db'}"
        barrier, said = processes.Barrier(2), processes.Queue()
        both = [processes.Process(target=_migrate_at_the_barrier, args=(url, barrier, said)) for _ in range(2)]
        for process in both:
            process.start()
        for process in both:
            process.join(timeout=120)
        assert [said.get(timeout=5), said.get(timeout=5)] == ["", ""]
        with create_db_engine(url).connect() as connection:
            assert connection.execute(sa.text("SELECT count(*) FROM alembic_version")).scalar_one() == 1


def test_a_write_waits_for_another_connections_lock_as_long_as_the_settings_say(tmp_path: Path) -> None:
    # the busy timeout was set twice, both a fixed 10 s (the driver's `timeout=` and a PRAGMA), no setting
    settings = Settings(state_dir=tmp_path, sqlite_busy_seconds=0.5)
    engine = open_database(settings)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 500
    holder = sqlite3.connect(settings.sqlite_path)
    holder.execute("BEGIN IMMEDIATE")  # another process's write, not finished
    started = time.monotonic()
    with pytest.raises(sa.exc.OperationalError, match="locked"), engine.begin() as connection:
        connection.execute(sa.text("CREATE TABLE probe (x INTEGER)"))
    waited = time.monotonic() - started
    holder.rollback()
    holder.close()
    engine.dispose()
    assert 0.4 < waited < 5, waited
