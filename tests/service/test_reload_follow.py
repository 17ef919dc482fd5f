"""A `POST /admin/reload` lands on one worker of one replica; every other worker and replica on the same
database follows it (`serving.stores.reloads`). Two replicas on one SQLite database make that
observable: the one that was not asked must serve the promoted champion too. Workers of one replica
follow through the same code, and unlike replicas they cannot be addressed one by one.

Tiny TF-IDF champions in a registry of this module's own, as in `test_reload_http.py`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from serving.db import open_database
from serving.stores.api_keys import ApiKeyStore, KeyScope
from tests.service.conftest import ServerProcess, register_tiny_reason_champion
from triage.settings import Settings

MODEL = "reason_classifier"


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    registry = tmp_path_factory.mktemp("follow-registry")
    uri = f"sqlite:///{registry / 'mlflow.db'}"
    first = register_tiny_reason_champion(uri, registry / "mlruns", MODEL, 30)
    state = tmp_path_factory.mktemp("follow-state")
    database = open_database(Settings(state_dir=state, mlflow_tracking_uri=uri, reason_model_name=MODEL))
    keys = ApiKeyStore(database)
    scoring, admin = keys.create("portal")[1], keys.create("deploys", KeyScope.ADMIN)[1]
    database.dispose()
    env = {
        "TRIAGE_MLFLOW_TRACKING_URI": uri,
        "TRIAGE_REASON_MODEL_NAME": MODEL,
        "TRIAGE_SERVE_MODEL_PROCESS": "false",
        "TRIAGE_RELOAD_POLL_SECONDS": "0.5",
    }
    servers = [ServerProcess(state, state / f"serve-{name}.log", env=env) for name in ("asked", "other")]
    for server in servers:
        server.launch()
    try:
        for server in servers:
            server.wait_ready(timeout=180)
        yield {"servers": servers, "uri": uri, "registry": registry, "first": first, "score": scoring, "admin": admin}
    finally:
        for server in servers:
            server.kill()


def _serving(server: ServerProcess, key: str) -> str:
    response = httpx.post(
        f"{server.url}/classify",
        json={"texts": ["Arrived broken, the handle snapped off."]},
        headers={"Authorization": f"Bearer {key}"},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    return response.json()["model_versions"][MODEL]


def test_a_reload_asked_of_one_replica_is_followed_by_the_other(replicas):
    asked, other = replicas["servers"]
    assert _serving(asked, replicas["score"]) == _serving(other, replicas["score"]) == replicas["first"]
    second = register_tiny_reason_champion(replicas["uri"], replicas["registry"] / "mlruns", MODEL, 60)
    admin = {"Authorization": f"Bearer {replicas['admin']}"}
    reloaded = httpx.post(f"{asked.url}/admin/reload", json={"wait_seconds": 50}, headers=admin, timeout=90)
    assert reloaded.status_code == 200 and reloaded.json()["model_versions"][MODEL] == second, reloaded.text

    deadline = time.monotonic() + 60
    while _serving(other, replicas["score"]) != second and time.monotonic() < deadline:
        time.sleep(0.25)
    assert _serving(other, replicas["score"]) == second
    # The replica that followed reports its reload like one it was asked for.
    status = httpx.post(f"{other.url}/admin/reload/status", json={"wait_seconds": 10}, headers=admin, timeout=30)
    body = status.json()
    assert status.status_code == 200 and body["reloaded"] is True, body
    assert (body["previous_versions"][MODEL], body["model_versions"][MODEL]) == (replicas["first"], second)
    # Having followed the request, neither replica reloads again.
    time.sleep(1.5)
    assert httpx.post(f"{asked.url}/admin/reload/status", json={"wait_seconds": 0}, headers=admin).json() == (
        reloaded.json()
    )
