"""The SQLite state holds customers' texts and pseudonym inputs: readable by its owner only
(issue 16, defect 11: triage.db was created 0644)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from serving.db import open_database
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
