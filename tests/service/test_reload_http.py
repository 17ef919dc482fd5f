"""`POST /admin/reload` through a real `bentoml serve`: a promoted champion is picked up under traffic
without a failed request, only an admin-scoped key may ask, and a broken champion leaves the serving
models in place.

The champions are tiny TF-IDF reason classifiers in a registry of this module's own, so the module
needs neither the session's trained models nor their training time. Not marked slow: it is the
reload's end-to-end test (`test_model_reload.py` tests the swap itself with fakes, in seconds).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sklearn.dummy import DummyClassifier

from serving.api import EXAMPLE_EN, ReturnRequest
from serving.db import open_database
from serving.model_side import ModelSide
from serving.stores.api_keys import ApiKeyStore, KeyScope
from tests.service.conftest import ServerProcess, register_tiny_reason_champion
from triage.settings import Settings

MODEL = "reason_classifier"
TEXTS = ["These shoes are far too small, I need a bigger size.", "Arrived broken, the handle snapped off."]


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("reload-registry")
    tracking_uri = f"sqlite:///{folder / 'mlflow.db'}"
    return {
        "uri": tracking_uri,
        "folder": folder,
        "first": register_champion({"uri": tracking_uri, "folder": folder}, 30),
    }


def register_champion(registry: dict[str, Any], texts_per_label: int, model: Any = None) -> str:
    return register_tiny_reason_champion(registry["uri"], registry["folder"] / "mlruns", MODEL, texts_per_label, model)


@pytest.fixture(scope="module")
def service(registry: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    state = tmp_path_factory.mktemp("reload-state")
    settings = Settings(state_dir=state, mlflow_tracking_uri=registry["uri"], reason_model_name=MODEL)
    database = open_database(settings)
    keys = ApiKeyStore(database)
    scoring, admin = keys.create("portal")[1], keys.create("deploys", KeyScope.ADMIN)[1]
    database.dispose()
    server = ServerProcess(
        state,
        state / "serve.log",
        # The models on a worker thread: a reload loads them in the worker instead of starting a model
        # process, which keeps this module quick; the swap is the same (test_model_process.py covers that
        # process's smoke batch).
        env={
            "TRIAGE_MLFLOW_TRACKING_URI": registry["uri"],
            "TRIAGE_REASON_MODEL_NAME": MODEL,
            "TRIAGE_SERVE_MODEL_PROCESS": "false",
        },
    )
    server.start(timeout=180)
    try:
        yield {"url": server.url, "score": scoring, "admin": admin}
    finally:
        server.kill()


def _reload(service: dict[str, Any], key: str) -> httpx.Response:
    """POST /admin/reload, then /admin/reload/status while it answers 202 (still loading)."""
    headers = {"Authorization": f"Bearer {key}"}
    response = httpx.post(f"{service['url']}/admin/reload", json={"wait_seconds": 20}, headers=headers, timeout=90)
    deadline = time.monotonic() + 300
    while response.status_code == 202 and time.monotonic() < deadline:
        assert response.json()["in_progress"] is True
        response = httpx.post(
            f"{service['url']}/admin/reload/status", json={"wait_seconds": 20}, headers=headers, timeout=90
        )
    return response


def _classify_until(service: dict[str, Any], stop: threading.Event) -> list[tuple[int, str | None]]:
    """POST /classify in a loop until `stop`; each answer's status and reason-model version."""
    answers = []
    headers = {"Authorization": f"Bearer {service['score']}"}
    with httpx.Client(base_url=service["url"], headers=headers, timeout=60) as client:
        while not stop.is_set():
            response = client.post("/classify", json={"texts": TEXTS})
            version = response.json()["model_versions"].get(MODEL) if response.status_code == 200 else None
            answers.append((response.status_code, version))
    return answers


def test_a_smoke_batch_answers_and_logs_nothing(registry, tmp_path):
    settings = Settings(state_dir=tmp_path, mlflow_tracking_uri=registry["uri"], reason_model_name=MODEL)
    model_side = ModelSide(settings)
    results = model_side.batch_function("smoke")([ReturnRequest(**EXAMPLE_EN)])
    assert results[0].reason is not None and results[0].return_id == EXAMPLE_EN["return_id"]
    with model_side.database.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM predictions")).scalar_one() == 0
    model_side.database.dispose()


def test_reload_under_traffic_switches_models_without_a_failed_request(service, registry):
    assert _reload(service, service["score"]).status_code == 403  # a scoring key may not swap models
    second = register_champion(registry, 60)
    stop = threading.Event()
    with ThreadPoolExecutor(4) as pool:
        clients = [pool.submit(_classify_until, service, stop) for _ in range(4)]
        time.sleep(1.0)
        reloaded = _reload(service, service["admin"])
        time.sleep(1.0)
        stop.set()
        answers = [answer for client in clients for answer in client.result()]
    body = reloaded.json()
    assert reloaded.status_code == 200 and body["reloaded"] is True, body
    assert (body["previous_versions"][MODEL], body["model_versions"][MODEL]) == (registry["first"], second)
    statuses = [status for status, _ in answers]
    assert statuses.count(200) == len(answers) and len(answers) > 20, statuses
    versions = {version for _, version in answers}
    assert versions == {registry["first"], second}
    for client in clients:  # each client saw the old version, then only the new one
        seen = [version for _, version in client.result()]
        assert seen[-1] == second and registry["first"] not in seen[seen.index(second) :]


def test_a_broken_champion_is_refused_and_the_serving_one_stays(service, registry):
    serving = httpx.post(
        f"{service['url']}/classify",
        json={"texts": TEXTS},
        headers={"Authorization": f"Bearer {service['score']}"},
        timeout=60,
    ).json()["model_versions"][MODEL]
    broken = DummyClassifier(strategy="most_frequent").fit([[0]], ["too_small"])  # has no predict_reasons
    register_champion(registry, 0, model=broken)
    refused = _reload(service, service["admin"])
    body = refused.json()
    assert refused.status_code == 409 and body["reloaded"] is False
    assert "predict_reasons" in body["error"] and body["model_versions"][MODEL] == serving
    after = httpx.post(
        f"{service['url']}/classify",
        json={"texts": TEXTS},
        headers={"Authorization": f"Bearer {service['score']}"},
        timeout=60,
    )
    assert after.status_code == 200 and after.json()["model_versions"][MODEL] == serving
