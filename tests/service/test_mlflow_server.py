"""The model registry behind `mlflow server` on PostgreSQL (issue 17): the multi-machine setup.

A real `mlflow server` process keeps its tracking and registry tables in a PostgreSQL database of
this module's own and the artifacts in its `--artifacts-destination`. Training's path
(`configure_tracking`, a logged model, `register_and_gate`) writes through it, and serving's path
(`load_champion`) reads the champion back through it, as every replica does with
`TRIAGE_MLFLOW_TRACKING_URI=http://<server>`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pandas as pd
import pytest
import sqlalchemy as sa

from models.reason_classifier import ReasonClassifier
from tests.server_support import listening_port
from tests.service.conftest import database_of_its_own
from training.champion import register_and_gate
from triage.registry import configure_tracking, load_champion
from triage.settings import REPO_ROOT, Settings

TEXTS = ["These shoes are far too small for me", "It stopped working after one day", "Colour not as pictured"]


@pytest.fixture(scope="module")
def registry_database_url() -> Iterator[str]:
    """A fresh PostgreSQL database for the registry (MLflow creates its tables in it)."""
    yield from database_of_its_own("triage_mlflow")


@pytest.fixture(scope="module")
def tracking_server(registry_database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`mlflow server` on a loopback port the kernel picks as it binds (`listening_port`); yields its URL and its
    artifact folder. A port chosen free before the server started (minutes of migrations under load) could be taken
    meanwhile by another process, whose answers to /health this module then read as its own server's."""
    folder = tmp_path_factory.mktemp("mlflow-server")
    artifacts, log = folder / "artifacts", folder / "server.log"
    command = [
        str(Path(sys.executable).with_name("mlflow")),
        "server",
        "--backend-store-uri",
        registry_database_url,
        "--artifacts-destination",
        str(artifacts),
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--workers",
        "1",
    ]
    # MLflow's job runner would be told the server is on port 0; this module runs no jobs
    env = os.environ | {"MLFLOW_SERVER_ENABLE_JOB_EXECUTION": "false"}
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, cwd=folder, env=env)
    try:
        # A fresh database gets all of MLflow's migrations first: minutes on a busy machine.
        deadline = time.monotonic() + 1200
        while True:
            port = listening_port(process)
            url = f"http://127.0.0.1:{port}"
            try:
                if port is not None and httpx.get(f"{url}/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"mlflow server did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield url, artifacts
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def _fit(rows_per_label: int) -> ReasonClassifier:
    corpus = pd.concat(pd.read_csv(path) for path in sorted((REPO_ROOT / "data" / "corpus" / "en").glob("*.csv")))
    corpus = corpus.groupby("label").head(rows_per_label)
    return ReasonClassifier(kind="tfidf").fit(corpus["text"].tolist(), corpus["label"].tolist())


def test_training_registers_and_serving_loads_through_the_server(tracking_server, registry_database_url, tmp_path):
    import mlflow
    import mlflow.sklearn

    url, artifacts = tracking_server
    settings = Settings(state_dir=tmp_path / "state", mlflow_tracking_uri=url)
    experiment = configure_tracking(settings)
    assert experiment.artifact_location.startswith("mlflow-artifacts:"), experiment.artifact_location
    gates = []
    for rows_per_label, score in ((30, 0.8), (10, 0.7)):  # the second candidate is worse: it stays challenger
        model = _fit(rows_per_label)
        with mlflow.start_run(experiment_id=experiment.experiment_id) as run:
            mlflow.sklearn.log_model(model, name="model", serialization_format="pickle", pip_requirements=[])
        gates.append(
            register_and_gate(settings, settings.reason_model_name, run.info.run_id, "model", score, lambda _: 0.75)
        )
        if rows_per_label == 30:
            champion_model = model
    assert [gate.promoted for gate in gates] == [True, False]
    assert gates[1].champion_version == gates[0].version

    served = load_champion(settings, settings.reason_model_name)
    assert served.version == gates[0].version
    assert [p.reason for p in served.model.predict_reasons(TEXTS)] == [
        p.reason for p in champion_model.predict_reasons(TEXTS)
    ]
    assert any(artifacts.rglob("model.pkl")), "the model's files are in the server's artifact store"
    with sa.create_engine(registry_database_url).connect() as connection:
        aliases = connection.execute(sa.text("SELECT name, alias, version FROM registered_model_aliases")).all()
    assert aliases == [(settings.reason_model_name, settings.champion_alias, int(gates[0].version))]
