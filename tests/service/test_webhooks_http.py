"""Lists and signed events through a real `bentoml serve` process (its own state folder, a tiny
reason champion): list hits decide returns (a block added in the console too), and every decision
and feedback the service acknowledges reaches a receiver on loopback, after 500s and across a killed
service, each event under one id (`test_webhooks.py` tests the same capabilities against the stores
alone)."""

from __future__ import annotations

import contextlib
import copy
import html
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from console_support import hidden_fields, sign_in
from webhook_receiver import Receiver

from serving.api import EXAMPLE_EN
from serving.db import create_db_engine, migrate, webhook_outbox
from serving.stores.agents import AgentStore
from serving.stores.api_keys import ApiKeyStore
from serving.stores.risk_lists import RiskListStore
from serving.stores.webhooks import WebhookError, WebhookStore
from tests.service.conftest import ServerProcess, register_tiny_reason_champion

pytestmark = pytest.mark.slow
PSEUDONYM_KEY = uuid.uuid4().hex


@pytest.fixture(scope="module")
def service(settings: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, sa.Engine]]:
    """A served service with fast webhook retries, and an engine on its database."""
    folder = tmp_path_factory.mktemp("webhooks-service")
    tracking_uri = f"sqlite:///{folder / 'mlflow.db'}"
    register_tiny_reason_champion(tracking_uri, folder / "mlruns", settings.reason_model_name)
    database_url = f"sqlite:///{folder / 'triage.db'}"
    env = {
        "TRIAGE_DATABASE_URL": database_url,
        "TRIAGE_MLFLOW_TRACKING_URI": tracking_uri,
        "TRIAGE_PSEUDONYM_KEY": PSEUDONYM_KEY,
        "TRIAGE_SERVE_MODEL_PROCESS": "false",
        "TRIAGE_WEBHOOK_RETRY_BASE_SECONDS": "0.5",
        "TRIAGE_WEBHOOK_DELIVERY_INTERVAL_SECONDS": "0.2",
    }
    engine = create_db_engine(database_url)
    migrate(engine)
    server = ServerProcess(folder / "state", folder / "serve.log", env=env)
    server.start(timeout=240)
    yield server, engine
    server.kill()
    engine.dispose()


@pytest.fixture(scope="module")
def client(service: tuple[ServerProcess, sa.Engine]) -> Iterator[httpx.Client]:
    server, engine = service
    key = ApiKeyStore(engine).create("webhook-tests")[1]
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}, timeout=60) as http:
        yield http


def _return(return_id: str, **overrides: Any) -> dict[str, Any]:
    return copy.deepcopy(EXAMPLE_EN) | {"return_id": return_id} | overrides


def _wait(condition: Any, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def _rules(result: dict[str, Any]) -> dict[str, str]:
    return {rule["code"]: rule["sentence"] for rule in result["decision"]["rules"]}


def test_list_hits_decide_returns_over_http(service, client) -> None:
    _, engine = service
    lists = RiskListStore(engine, PSEUDONYM_KEY.encode())
    lists.add("block", "customer", "C-BLOCKED", "amelie", "three empty boxes")
    lists.add("block", "email_hash", "e" * 64, "bob")
    lists.add("allow", "customer", "C-TRUSTED", "carol", "loyal since 2019")
    batch = [
        _return("RL1", customer_id="C-BLOCKED"),
        _return("RL2", customer_id="C-OTHER", customer_email_hash="e" * 64),
        _return("RL3", customer_id="C-TRUSTED"),
        _return("RL4", customer_id="C-OTHER"),
    ]
    response = client.post("/triage", json={"returns": batch})
    assert response.status_code == 200, response.text
    blocked, by_email, allowed, plain = response.json()["results"]
    for result in (blocked, by_email):
        assert result["decision"]["code"] == "manual_review" and result["decision"]["warn"]
        assert {"BLOCK_LIST", "BLOCK_LIST_REVIEW"} <= set(_rules(result))
    assert "amelie" in _rules(blocked)["BLOCK_LIST"] and "three empty boxes" in _rules(blocked)["BLOCK_LIST"]
    # the sentence says what matched in words, never the hash itself
    assert "e-mail address" in _rules(by_email)["BLOCK_LIST"] and "e" * 64 not in _rules(by_email)["BLOCK_LIST"]
    assert "carol" in _rules(allowed)["ALLOW_LIST"] and not allowed["decision"]["warn"]
    assert not {"ALLOW_LIST", "BLOCK_LIST"} & set(_rules(plain))
    with engine.connect() as connection:
        logged = connection.execute(sa.text("SELECT request FROM predictions WHERE return_id = 'RL2'")).scalar_one()
    assert "e" * 64 not in str(logged)  # the e-mail hash is pseudonymised in the log like the customer id


def test_a_block_added_in_the_console_sends_the_customers_next_return_to_review(service, client) -> None:
    server, engine = service
    AgentStore(engine).create("amelie", "console password 1")
    first = client.post("/triage", json={"returns": [_return("RC1", customer_id="C-CONSOLE")]})
    assert first.status_code == 200 and "BLOCK_LIST" not in _rules(first.json()["results"][0])
    with httpx.Client(base_url=server.url, timeout=60, follow_redirects=True) as browser:
        assert sign_in(browser, "amelie", "console password 1").status_code == 303
        page = browser.get("/console/returns/RC1").text
        block = re.search(r'class="list-action" href="([^"]+)">Block this customer<', page).group(1)
        form = browser.get(html.unescape(block)).text
        fields = hidden_fields(form, "add-form")
        value = re.search(r'<input name="value" id="add-value" value="(\w+)" readonly>', form).group(1)
        note = "three empty boxes"
        added = browser.post("/console/lists/add", data=fields | {"list": "block", "value": value, "note": note})
        assert added.status_code == 200 and "Entry added" in added.text  # after the redirect
    response = client.post("/triage", json={"returns": [_return("RC2", customer_id="C-CONSOLE")]})
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert result["decision"]["code"] == "manual_review" and result["decision"]["warn"]
    assert "amelie" in _rules(result)["BLOCK_LIST"] and note in _rules(result)["BLOCK_LIST"]


def test_events_survive_500s_and_a_killed_service_under_one_id(service, client) -> None:
    server, engine = service
    store = WebhookStore(engine)
    receiver = Receiver().start()
    subscription, receiver.secret = store.subscribe(receiver.url, "decision.made,decision.overridden,feedback.recorded")
    mine = webhook_outbox.c.subscription_id == subscription.id
    try:
        receiver.answer = lambda _event_id, _seen: 500  # down until the service has been killed
        response = client.post("/triage", json={"returns": [_return(f"RW{i}") for i in range(6)]})
        assert response.status_code == 200, response.text
        decided = [r["return_id"] for r in response.json()["results"] if r["decision"] is not None]
        assert len(decided) == 6
        suggested = response.json()["results"][0]["decision"]["code"]
        overridden = "reject" if suggested != "reject" else "free_return"
        feedback = {"return_id": "RW0", "agent_id": "amelie", "reason_accepted": True, "final_decision": overridden}
        assert client.post("/feedback", json=feedback).status_code == 200
        expected = len(decided) + 2  # + feedback.recorded + decision.overridden
        _wait(lambda: len({d.event_id for d in receiver.deliveries}) == expected, 60, "a first attempt of each event")

        server.kill()  # every event has had a 500 and is pending in the outbox
        with engine.connect() as connection:
            pending = connection.execute(sa.select(sa.func.count()).where(mine, webhook_outbox.c.status == "pending"))
            assert pending.scalar_one() == expected
        receiver.answer = lambda _event_id, _seen: 200
        server.start(timeout=240)
        _wait(lambda: len(receiver.accepted_ids()) == expected, 90, "delivery after the restart")
    finally:
        receiver.stop()
        with contextlib.suppress(WebhookError):
            store.unsubscribe(subscription.id)

    with engine.connect() as connection:
        outbox = connection.execute(sa.select(webhook_outbox.c.event_id, webhook_outbox.c.status).where(mine)).all()
    assert {row.status for row in outbox} == {"delivered"} and len(outbox) == expected
    assert receiver.accepted_ids() == {row.event_id for row in outbox}  # lost: 0
    assert all(d.signature_ok for d in receiver.deliveries)
    accepted = [d for d in receiver.deliveries if d.status == 200]
    assert len(accepted) == expected  # none announced twice
    made = sorted(d.body["data"]["return_id"] for d in accepted if d.body["type"] == "decision.made")
    assert made == sorted(decided)
    first_bodies = {d.event_id: d.raw for d in receiver.deliveries if d.status == 500}
    assert all(first_bodies[d.event_id] == d.raw for d in accepted)  # a retry is the same event, same bytes
    retried = len(receiver.deliveries) - len(accepted)
    print(f"webhook events: sent {expected}, delivery attempts {len(receiver.deliveries)}, retried {retried}, lost 0")
