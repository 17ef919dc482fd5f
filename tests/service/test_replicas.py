"""Two service replicas on one PostgreSQL database (issue 17).

Two real `bentoml serve` processes on two ports, each with its own state folder (as two machines
would have), sharing only the database (`TRIAGE_DATABASE_URL`), the model registry and the
pseudonym key. They start together on an empty database (the migration lock), then: both write the
prediction log and feedback, both see one customer's history grow, a key revoked through one is
refused by the other within `TRIAGE_API_KEY_CACHE_SECONDS`.

The champion is a tiny TF-IDF reason classifier registered in a registry of this module's own, so
the module needs neither the session's trained models nor their training time.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest
import sqlalchemy as sa

from serving.api import EXAMPLE_EN
from serving.db import create_db_engine
from serving.stores.api_keys import ApiKeyStore
from tests.service.conftest import ServerProcess, database_of_its_own, register_tiny_reason_champion
from triage.settings import Settings

CACHE_SECONDS = 2.0
# Returns in the load phase: each is triaged on one replica and given feedback on the other.
LOAD_RETURNS = 40


@pytest.fixture(scope="module")
def replica_database_url() -> Iterator[str]:
    """A fresh PostgreSQL database of this module's own (the shared test database is reset by other tests)."""
    yield from database_of_its_own("triage_replicas")


@pytest.fixture(scope="module")
def replicas(
    replica_database_url: str, settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    """Two replicas started at the same time on the empty database."""
    registry = tmp_path_factory.mktemp("replica-registry")
    tracking_uri = f"sqlite:///{registry / 'mlflow.db'}"
    register_tiny_reason_champion(tracking_uri, registry / "mlruns", settings.reason_model_name)
    shared = {
        "TRIAGE_DATABASE_URL": replica_database_url,
        "TRIAGE_MLFLOW_TRACKING_URI": tracking_uri,
        "TRIAGE_PSEUDONYM_KEY": uuid.uuid4().hex,
        "TRIAGE_API_KEY_CACHE_SECONDS": str(CACHE_SECONDS),
        # Four model copies would not fit this machine's cores; the models run on a worker thread.
        "TRIAGE_SERVE_MODEL_PROCESS": "false",
    }
    servers = []
    for name in ("a", "b"):
        folder = tmp_path_factory.mktemp(f"replica-{name}")
        servers.append(ServerProcess(folder / "state", folder / "serve.log", env=shared))
    try:
        for server in servers:
            server.launch()
        for server in servers:
            server.wait_ready(timeout=180)
        yield servers[0], servers[1]
    finally:
        for server in servers:
            server.kill()


@pytest.fixture(scope="module")
def database(replica_database_url: str, replicas: Any) -> Iterator[sa.Engine]:
    engine = create_db_engine(replica_database_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def api_key(database: sa.Engine) -> str:
    return ApiKeyStore(database).create("replica-tests")[1]


def _return(return_id: str, day: int, **overrides: Any) -> dict[str, Any]:
    """A shoe return whose reason (too small) is not the shop's fault, so it uses the free-return quota."""
    return copy.deepcopy(EXAMPLE_EN) | {
        "return_id": return_id,
        "order_id": f"O{return_id}",
        "request_date": f"2026-10-{day:02d}T18:30:00Z",
        "reason_text": "These shoes are far too small, they pinch my toes. I need a bigger size.",
        **overrides,
    }


def _post(server: ServerProcess, key: str, path: str, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{server.url}{path}", json=body, headers={"Authorization": f"Bearer {key}"}, timeout=60)


def _load_orders(database: sa.Engine, customer_id: str, returns: list[dict[str, Any]]) -> None:
    """Store the returns' orders and line items, as the shop's order export (`triage data load`) would:
    a return counts towards the free-return quota through its line item's category."""
    from serving.db import HISTORY_TABLES

    with database.begin() as connection:
        for request in returns:
            order_id = request["order_id"]
            connection.execute(
                HISTORY_TABLES["orders"].insert(),
                {
                    "order_id": order_id,
                    "customer_id": customer_id,
                    "order_ts": pd.Timestamp(request["order_date"]).tz_convert(None).to_pydatetime(),
                    "delivery_ts": pd.Timestamp(request["delivery_date"]).tz_convert(None).to_pydatetime(),
                    "currency": request["currency"],
                },
            )
            connection.execute(
                HISTORY_TABLES["line_items"].insert(),
                {
                    "line_item_id": f"L{order_id}",
                    "order_id": order_id,
                    "sku": request["sku"],
                    "product_id": request["sku"].rsplit("-", 1)[0],
                    "product_name": "Leather shoes",
                    "product_category": request["product_category"],
                    "size": "39",
                    "price": request["price"],
                    "discount": 0.0,
                },
            )


def test_both_replicas_see_one_customers_history_grow(replicas, api_key, database) -> None:
    """Alternating replicas, one customer: each free return counts the ones the other replica took."""
    a, b = replicas
    returns = [_return(f"RQ{number}", 8 + number, customer_id="CREPLICA1") for number in range(1, 5)]
    _load_orders(database, "CREPLICA1", returns)
    expected = ["Free return 1 of 3", "Free return 2 of 3", "Free return 3 of 3", "3 free returns already used"]
    for request, server, words in zip(returns, (a, b, a, b), expected, strict=True):
        response = _post(server, api_key, "/triage", {"returns": [request]})
        assert response.status_code == 200, response.text
        (result,) = response.json()["results"]
        assert result["reason"]["code"] == "too_small" and result["decision"] is not None, result
        sentences = [rule["sentence"] for rule in result["decision"]["rules"]]
        assert any(words in sentence for sentence in sentences), (server.url, sentences)


def test_past_returns_the_shop_paid_for_leave_the_quota_free(replicas, api_key, database) -> None:
    """A customer whose last three shoe returns were of poor quality, which the shipped policy pays for:
    they used none of the free-return quota, so the next size return is the first free one."""
    from serving.db import HISTORY_TABLES

    a, _ = replicas
    past = [_return(f"RPQ{number}", 5 + number, customer_id="CREPLICA2") for number in range(1, 4)]
    _load_orders(database, "CREPLICA2", past)
    with database.begin() as connection:
        connection.execute(
            HISTORY_TABLES["returns"].insert(),
            [
                {
                    "return_id": request["return_id"],
                    "line_item_id": f"L{request['order_id']}",
                    "order_id": request["order_id"],
                    "customer_id": "CREPLICA2",
                    "request_ts": pd.Timestamp(request["request_date"]).tz_convert(None).to_pydatetime(),
                    "label": "poor_quality",
                    "confirmed_abuse": False,
                }
                for request in past
            ],
        )
    response = _post(a, api_key, "/triage", {"returns": [_return("RPQ9", 20, customer_id="CREPLICA2")]})
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert result["reason"]["code"] == "too_small" and result["decision"]["code"] == "free_return", result
    assert "Free return 1 of 3" in " ".join(rule["sentence"] for rule in result["decision"]["rules"])


def test_key_revoked_through_one_replica_is_refused_by_the_other(replicas, database, settings) -> None:
    a, b = replicas
    info, key = ApiKeyStore(database).create("soon-revoked")
    for server in (a, b):  # both replicas now hold the key as valid in their caches
        assert _post(server, key, "/classify", {"texts": ["too big"]}).status_code == 200
    env = os.environ | a.env | {"TRIAGE_STATE_DIR": str(a.state_dir)}
    triage = Path(sys.executable).with_name("triage")
    subprocess.run([str(triage), "keys", "revoke", info.key_id], env=env, check=True, capture_output=True)
    revoked_at = time.monotonic()
    refused_after = {}
    while len(refused_after) < 2 and time.monotonic() - revoked_at < CACHE_SECONDS + 10:
        for name, server in (("a", a), ("b", b)):
            if name not in refused_after:
                status = _post(server, key, "/classify", {"texts": ["too big"]}).status_code
                assert status in {200, 401, 403}, status
                if status != 200:
                    refused_after[name] = time.monotonic() - revoked_at
        time.sleep(0.1)
    print(f"revoked key refused after (s): {refused_after}")
    # The cache bounds the delay; the margin covers the time to answer on a shared, busy machine.
    assert set(refused_after) == {"a", "b"} and max(refused_after.values()) < CACHE_SECONDS + 3


def test_both_replicas_log_triages_and_take_feedback(replicas, api_key, database) -> None:
    """Returns spread over both replicas, concurrently; each one's feedback goes to the other replica."""
    a, b = replicas

    def triage_and_feedback(number: int) -> tuple[int, int]:
        first, second = (a, b) if number % 2 else (b, a)
        return_id = f"RL{number:04d}"
        body = {"returns": [_return(return_id, 10 + number % 15, customer_id=f"CL{number:04d}")]}
        answered = _post(first, api_key, "/triage", body)
        feedback = {"return_id": return_id, "agent_id": "agent-1", "reason_accepted": True}
        return answered.status_code, _post(second, api_key, "/feedback", feedback).status_code

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(triage_and_feedback, range(LOAD_RETURNS)))
    seconds = time.monotonic() - started
    assert set(statuses) == {(200, 200)}

    with database.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT return_id, count(*) AS n FROM predictions WHERE endpoint = 'triage' "
                "AND return_id LIKE 'RL%' GROUP BY return_id"
            )
        ).all()
        feedback_rows = connection.execute(
            sa.text("SELECT count(*) FROM feedback WHERE return_id LIKE 'RL%'")
        ).scalar_one()
    figures = {
        "triage_requests": LOAD_RETURNS,
        "feedback_requests": LOAD_RETURNS,
        "prediction_rows_stored": sum(row.n for row in rows),
        "duplicates": sum(row.n - 1 for row in rows),
        "feedback_rows_stored": feedback_rows,
        "seconds": round(seconds, 2),
    }
    print(json.dumps(figures))
    assert len(rows) == LOAD_RETURNS and figures["duplicates"] == 0
    assert feedback_rows == LOAD_RETURNS


def _logged(database: sa.Engine, prefix: str) -> dict[str, int]:
    """Prediction-log rows per triaged return whose id starts with `prefix`."""
    with database.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT return_id, count(*) AS n FROM predictions WHERE endpoint = 'triage' "
                "AND return_id LIKE :pattern GROUP BY return_id"
            ),
            {"pattern": f"{prefix}%"},
        ).all()
    return {row.return_id: row.n for row in rows}


def test_a_request_with_a_conflicting_return_is_refused_whole(replicas, api_key, database) -> None:
    """A return triaged before with another body, or sent twice differently, refuses its whole request:
    409 naming each, none of the request's returns triaged or logged; without them the rest is triaged."""
    a, b = replicas
    taken = _return("RC1", 11, customer_id="CC1")
    assert _post(a, api_key, "/triage", {"returns": [taken]}).status_code == 200
    fresh = [_return("RC2", 11, customer_id="CC2"), _return("RC3", 11, customer_id="CC3")]
    request = [fresh[0], taken | {"price": 12.5}, fresh[1], fresh[1] | {"price": 19.99}]
    refused = _post(b, api_key, "/triage", {"returns": request})
    assert refused.status_code == 409, refused.text
    assert "return_id RC1, RC3:" in refused.json()["error"] and "nothing of this request" in refused.json()["error"]
    assert _logged(database, "RC") == {"RC1": 1}
    answered = _post(b, api_key, "/triage", {"returns": [*fresh, taken]})
    assert answered.status_code == 200, answered.text
    assert [result["return_id"] for result in answered.json()["results"]] == ["RC2", "RC3", "RC1"]
    assert _logged(database, "RC") == {"RC1": 1, "RC2": 1, "RC3": 1}


def test_one_return_sent_to_both_replicas_at_once_is_logged_once(replicas, api_key, database) -> None:
    """The same new return to both replicas at the same moment, then retried on the other replica after
    the first answer: one log row, one answer, no 5xx."""
    a, b = replicas
    statuses, differing = [], []
    for number in range(10):
        request = _return(f"RD{number:02d}", 12, customer_id=f"CD{number:02d}")
        together = threading.Barrier(2)

        def send(server: ServerProcess, request: dict[str, Any] = request, together: threading.Barrier = together):
            together.wait()
            return _post(server, api_key, "/triage", {"returns": [request]})

        with ThreadPoolExecutor(max_workers=2) as pool:
            answers = list(pool.map(send, (a, b)))
        answers.append(_post(b if number % 2 else a, api_key, "/triage", {"returns": [request]}))
        statuses += [answer.status_code for answer in answers]
        differing += [number] if len({answer.text for answer in answers}) > 1 else []
    print(json.dumps({"calls": len(statuses), "statuses": sorted(set(statuses)), "logged": _logged(database, "RD")}))
    assert set(statuses) == {200} and differing == []
    assert _logged(database, "RD") == {f"RD{number:02d}": 1 for number in range(10)}
