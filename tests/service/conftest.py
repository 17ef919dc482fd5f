"""Fixtures for the service tests: databases (SQLite and the real PostgreSQL from .ci/services.sh)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from serving.db import create_db_engine, metadata, migrate
from triage.settings import REPO_ROOT


def postgres_url() -> str | None:
    """The test PostgreSQL URL: TRIAGE_TEST_PG_URL, else the one `.ci/services.sh` wrote."""
    if url := os.environ.get("TRIAGE_TEST_PG_URL"):
        return url
    path = REPO_ROOT / ".state" / "pg_url"
    return path.read_text().strip() if path.exists() else None


def _reset_postgres(url: str) -> Engine:
    """An engine on an emptied PostgreSQL test database, or a skip/failure when unreachable."""
    engine = create_db_engine(url)
    try:
        with engine.begin() as connection:
            metadata.drop_all(connection)
            connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    except sa.exc.OperationalError as error:
        engine.dispose()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {url} unreachable in CI (run .ci/services.sh): {error}")
        pytest.skip(f"PostgreSQL unreachable ({error}); run `bash .ci/services.sh`")
    return engine


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        engine = create_db_engine(f"sqlite:///{tmp_path / 'triage.db'}")
    else:
        url = postgres_url()
        if url is None:
            if os.environ.get("CI"):
                pytest.fail("no PostgreSQL URL in CI: .ci/services.sh must run first")
            pytest.skip("no PostgreSQL URL; run `bash .ci/services.sh`")
        engine = _reset_postgres(url)
    migrate(engine)
    yield engine
    engine.dispose()
