"""Fixtures for the service tests: databases (SQLite and the real PostgreSQL from .ci/services.sh),
and a real `bentoml serve` process."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, NoReturn

import httpx
import pandas as pd
import pytest
import sqlalchemy as sa
from server_support import ServerProcess
from sqlalchemy.engine import Engine

from serving.db import MIGRATIONS_DIR, create_db_engine, metadata, migrate, triage_claims
from triage.settings import REPO_ROOT


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing() -> Iterator[None]:
    """Agents' passwords hashed in this process with argon2id at its lowest cost.

    The shop's cost (argon2-cffi's defaults) is there to slow a password guesser, and the console tests hash
    or check a password in nearly every test, on each database: the cost would be most of their time, and no
    test measures it. Every path stays the same (argon2id hashes, wrong passwords, the dummy hash of an
    unknown name); the served processes of the browser and webhook tests keep the shop's cost.
    """
    from argon2 import PasswordHasher

    from serving.stores import agents

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(agents, "_HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        agents._dummy_hash.cache_clear()
        yield
    agents._dummy_hash.cache_clear()


def postgres_url() -> str:
    """The test PostgreSQL URL: TRIAGE_TEST_PG_URL, else the one `.ci/services.sh` wrote; without either the test is
    skipped (failed in CI, where `.ci/services.sh` runs first)."""
    if url := os.environ.get("TRIAGE_TEST_PG_URL"):
        return url
    path = REPO_ROOT / ".state" / "pg_url"
    if path.exists():
        return path.read_text().strip()
    if os.environ.get("CI"):
        pytest.fail("no PostgreSQL URL in CI: .ci/services.sh must run first")
    pytest.skip("no PostgreSQL URL; run `bash .ci/services.sh`")


def _unreachable(url: str, error: sa.exc.OperationalError) -> NoReturn:
    """A PostgreSQL that does not answer: the test fails in CI, else is skipped."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL at {url} unreachable in CI (run .ci/services.sh): {error}")
    pytest.skip(f"PostgreSQL unreachable ({error}); run `bash .ci/services.sh`")


def database_of_its_own(name: str) -> Iterator[str]:
    """The URL of a fresh PostgreSQL database `name`_<pid>, dropped after: for a test module whose servers must not
    see the shared test database emptied by other tests, or whose tables are another program's (MLflow's)."""
    url = postgres_url()
    database = f"{name}_{os.getpid()}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            connection.execute(sa.text(f'CREATE DATABASE "{database}"'))
    except sa.exc.OperationalError as error:
        admin.dispose()
        _unreachable(url, error)
    yield sa.make_url(url).set(database=database).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    admin.dispose()


def _at_newest_schema(connection: sa.Connection) -> bool:
    from alembic.config import Config
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    newest = set(ScriptDirectory.from_config(config).get_heads())
    return set(MigrationContext.configure(connection).get_current_heads()) == newest


def _reset_postgres(url: str) -> Engine:
    """An engine on an emptied PostgreSQL test database, or a skip/failure when unreachable.

    A database at the newest schema is emptied in place: migrating one from nothing for every test built the same
    empty schema each time. Its rows are deleted (children first) and every sequence restarted, as TRUNCATE ...
    RESTART IDENTITY would leave it: TRUNCATE gives each table new files and syncs them, which costs more than
    deleting the few rows a test writes. Any other is dropped whole, for `migrate` to build again.
    """
    engine = create_db_engine(url)
    try:
        with engine.begin() as connection:
            if _at_newest_schema(connection):
                quote = connection.dialect.identifier_preparer.quote
                for table in reversed(metadata.sorted_tables):
                    connection.execute(sa.text(f"DELETE FROM {quote(table.name)}"))
                connection.execute(sa.text("SELECT setval(seqrelid, seqstart, false) FROM pg_sequence"))
            else:
                metadata.drop_all(connection)
                connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    except sa.exc.OperationalError as error:
        engine.dispose()
        _unreachable(url, error)
    return engine


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated from nothing once a session: each test's database is a copy of it."""
    path = tmp_path_factory.mktemp("migrated") / "triage.db"
    engine = create_db_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path, migrated_sqlite: Path) -> Iterator[Engine]:
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        shutil.copyfile(migrated_sqlite, tmp_path / "triage.db")
        engine = create_db_engine(f"sqlite:///{tmp_path / 'triage.db'}")
    else:
        engine = _reset_postgres(postgres_url())
    migrate(engine)
    yield engine
    engine.dispose()


def age_claims(engine: Engine, seconds: float) -> None:
    """Date every `/triage` claim `seconds` back, as if taken that long ago (a reservation's lease)."""
    with engine.begin() as connection:
        claims = connection.execute(sa.select(triage_claims.c.return_id, triage_claims.c.claimed_at)).all()
        for return_id, claimed_at in claims:
            connection.execute(
                triage_claims.update()
                .where(triage_claims.c.return_id == return_id)
                .values(claimed_at=claimed_at - timedelta(seconds=seconds))
            )


TINY_REASON_MODEL = "reason_classifier"


@pytest.fixture(scope="session")
def tiny_reason_registry(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A registry (its tracking URI) whose only model is a tiny TF-IDF reason champion, `TINY_REASON_MODEL`."""
    folder = tmp_path_factory.mktemp("tiny-reason-registry")
    uri = f"sqlite:///{folder / 'mlflow.db'}"
    register_tiny_reason_champion(uri, folder / "mlruns", TINY_REASON_MODEL, texts_per_label=20)
    return uri


def register_tiny_reason_champion(
    tracking_uri: str, artifact_root: Path, model_name: str, texts_per_label: int = 40, model: Any = None
) -> str:
    """Fit a TF-IDF reason classifier on a slice of the hand-written corpus (`texts_per_label` English
    texts per reason), or take `model`, register it as champion; returns its version."""
    import mlflow
    import mlflow.sklearn

    from models.reason_classifier import ReasonClassifier

    if model is None:
        english = sorted((REPO_ROOT / "data" / "corpus" / "en").glob("*.csv"))
        corpus = pd.concat(pd.read_csv(path) for path in english).groupby("label").head(texts_per_label)
        model = ReasonClassifier(kind="tfidf").fit(corpus["text"].tolist(), corpus["label"].tolist())
    client = mlflow.MlflowClient(tracking_uri=tracking_uri, registry_uri=tracking_uri)
    experiment = client.get_experiment_by_name("tiny-champions")
    experiment_id = (
        experiment.experiment_id
        if experiment is not None
        else client.create_experiment("tiny-champions", artifact_location=artifact_root.as_uri())
    )
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
