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
import pandas as pd
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


def register_tiny_reason_champion(tracking_uri: str, artifact_root: Path, model_name: str) -> str:
    """Fit a TF-IDF reason classifier on a slice of the hand-written corpus, register it as champion."""
    import mlflow
    import mlflow.sklearn

    from models.reason_classifier import ReasonClassifier

    corpus = pd.concat(pd.read_csv(path) for path in sorted((REPO_ROOT / "data" / "corpus" / "en").glob("*.csv")))
    corpus = corpus.groupby("label").head(40)
    model = ReasonClassifier(kind="tfidf").fit(corpus["text"].tolist(), corpus["label"].tolist())
    client = mlflow.MlflowClient(tracking_uri=tracking_uri, registry_uri=tracking_uri)
    experiment_id = client.create_experiment("replicas", artifact_location=artifact_root.as_uri())
    previous = mlflow.get_tracking_uri()
    mlflow.set_tracking_uri(tracking_uri)
    mlflow.set_registry_uri(tracking_uri)
    try:
        with mlflow.start_run(experiment_id=experiment_id) as run:
            mlflow.sklearn.log_model(
                model, name="model", serialization_format="pickle", pip_requirements=["scikit-learn"]
            )
        version = mlflow.register_model(f"runs:/{run.info.run_id}/model", model_name)
        client.set_registered_model_alias(model_name, "champion", version.version)
    finally:
        mlflow.set_tracking_uri(previous)
        mlflow.set_registry_uri(previous)
    return str(version.version)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ServerProcess:
    """A real `bentoml serve` of the triage service, in its own process group."""

    def __init__(
        self,
        state_dir: Path,
        log_path: Path,
        env: dict[str, str] | None = None,
        target: str = "serving.service:TriageService",
        cwd: Path = REPO_ROOT,
        clean_env: bool = False,
    ) -> None:
        """`env` overrides the test environment (with `clean_env`, it is the whole environment);
        `target` is what `bentoml serve` serves (a service import path, or a Bento tag served from `cwd`)."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.state_dir = state_dir
        self.log_path = log_path
        self.env = env or {}
        self.target = target
        self.cwd = cwd
        self.clean_env = clean_env
        self.process: subprocess.Popen[bytes] | None = None

    def launch(self) -> None:
        """Start the server without waiting for it (see `wait_ready`)."""
        env = (
            {}
            if self.clean_env
            else os.environ
            | {
                "TRIAGE_STATE_DIR": str(self.state_dir),
                "BENTOML_HOME": str(self.state_dir / "bentoml"),
                # What the tests expect (e.g. a model process to kill), whatever the machine's cores.
                "TRIAGE_SERVE_MODEL_PROCESS": "true",
            }
        )
        command = [sys.executable, "-m", "bentoml", "serve", self.target]
        command += ["--host", "127.0.0.1", "--port", str(self.port)]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, cwd=self.cwd, env=env | self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def start(self, timeout: float = 120) -> None:
        self.launch()
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float = 120) -> None:
        """Wait until `/readyz` answers 200; kill the server and raise with its log otherwise."""
        assert self.process is not None, "launch() first"
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
