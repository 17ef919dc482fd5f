"""The SQLite state holds customers' texts and pseudonym inputs: readable by its owner only
(issue 16, defect 11: triage.db was created 0644)."""

from __future__ import annotations

import os
import stat
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
