"""Fixtures for the service tests: databases (SQLite and the real PostgreSQL from .ci/services.sh),
and a real `bentoml serve` process."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psutil
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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ServerProcess:
    """A real `bentoml serve` of the triage service, in its own process group."""

    def __init__(self, state_dir: Path, log_path: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.state_dir = state_dir
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 120) -> None:
        env = os.environ | {
            "TRIAGE_STATE_DIR": str(self.state_dir),
            "BENTOML_HOME": str(self.state_dir / "bentoml"),
            # What the tests expect (e.g. a model process to kill), whatever the machine's cores.
            "TRIAGE_SERVE_MODEL_PROCESS": "true",
        }
        command = [sys.executable, "-m", "bentoml", "serve", "serving.service:TriageService"]
        command += ["--host", "127.0.0.1", "--port", str(self.port)]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}: {self.log_path.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.5)
        self.kill()
        raise RuntimeError(f"server not ready after {timeout}s: {self.log_path.read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL the server and every worker it spawned: a crash, not a graceful shutdown.

        BentoML starts workers in their own process groups, so killing the group is not enough.
        """
        if self.process is None:
            return
        try:
            processes = [psutil.Process(self.process.pid)]
            processes += processes[0].children(recursive=True)
        except psutil.NoSuchProcess:
            processes = []
        for process in processes:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.send_signal(signal.SIGKILL)
        psutil.wait_procs(processes, timeout=30)
        self.process.wait(timeout=30)
        self.process = None


@pytest.fixture(scope="session")
def server(trained_reasons: Any, settings: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """The triage service served by `bentoml serve` on a free loopback port, with the session's
    reason classifier (`trained_reasons`, trained once per test session) as champion."""
    process = ServerProcess(settings.state_dir, tmp_path_factory.mktemp("server") / "serve.log")
    process.start()
    yield process
    process.kill()


@pytest.fixture(scope="session")
def api_key(settings: Any) -> str:
    """A valid API key in the session database."""
    from serving.db import open_database
    from serving.stores.api_keys import ApiKeyStore

    engine = open_database(settings)
    _, key = ApiKeyStore(engine).create("tests")
    engine.dispose()
    return key


@pytest.fixture
def client(server: ServerProcess, api_key: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {api_key}"}, timeout=60) as http:
        yield http
