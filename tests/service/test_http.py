"""HTTP tests against a real `bentoml serve` process (see the `server` fixture)."""

from __future__ import annotations

import copy
import json
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from serving.api import EXAMPLE_EN, EXAMPLE_FR
from serving.db import open_database
from serving.stores.api_keys import ApiKeyStore
from serving.stores.feedback import FeedbackStore
from serving.stores.history import HistoryStore
from serving.stores.predictions import PredictionLog

pytestmark = pytest.mark.slow


def _request(**overrides: Any) -> dict[str, Any]:
    return copy.deepcopy(EXAMPLE_EN) | overrides


def test_health_and_docs_need_no_key(server) -> None:
    assert httpx.get(f"{server.url}/healthz").status_code == 200
    ready = httpx.get(f"{server.url}/readyz")
    assert ready.status_code == 200 and ready.json() == {"status": "ready"}
    spec = httpx.get(f"{server.url}/docs.json").json()
    example = spec["paths"]["/triage"]["post"]["requestBody"]["content"]["application/json"]["schema"]["example"]
    assert example["returns"] == [EXAMPLE_EN, EXAMPLE_FR]


def test_missing_or_unknown_key_is_401(server) -> None:
    body = {"returns": [_request()]}
    assert httpx.post(f"{server.url}/triage", json=body).status_code == 401
    wrong = httpx.post(f"{server.url}/triage", json=body, headers={"Authorization": "Bearer trk_nope"})
    assert wrong.status_code == 401
    assert httpx.post(f"{server.url}/classify", json={"texts": ["x"]}).status_code == 401


def test_revoked_key_is_refused_as_unknown(server, settings) -> None:
    store = ApiKeyStore(open_database(settings))
    info, key = store.create("soon-revoked")
    headers = {"Authorization": f"Bearer {key}"}
    assert httpx.post(f"{server.url}/classify", json={"texts": ["too big"]}, headers=headers).status_code == 200
    store.revoke(info.key_id)
    # The worker reuses a key's status for `api_key_cache_seconds`; the revocation lands within it.
    deadline = time.monotonic() + settings.api_key_cache_seconds + 5
    statuses = []
    while time.monotonic() < deadline and 401 not in statuses:
        statuses.append(httpx.post(f"{server.url}/classify", json={"texts": ["too big"]}, headers=headers).status_code)
        time.sleep(0.2)
    assert set(statuses) <= {200, 401} and statuses[-1] == 401


def test_triage_english_and_french(client, settings) -> None:
    log = PredictionLog(open_database(settings), b"unused")
    before = log.count()
    response = client.post("/triage", json={"returns": [EXAMPLE_EN, EXAMPLE_FR]})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [result["return_id"] for result in results] == ["R1000001", "R1000002"]
    for result in results:
        assert result["reason"]["code"] and len(result["reason"]["top3"]) == 3
        assert settings.reason_model_name in result["model_versions"]
        unavailable = {entry["part"] for entry in result["unavailable"]}
        for part in ("reason", "risk", "decision", "reply"):
            assert (result[part] is None) == (part in unavailable), part
    assert log.count() == before + 2


def test_classify(client, trained_reasons) -> None:
    texts = ["far too big and baggy", "arrivé cassé"]
    response = client.post("/classify", json={"texts": texts, "langs": ["en", "fr"]})
    assert response.status_code == 200, response.text
    body = response.json()
    expected = trained_reasons.model.predict_reasons(texts, ["en", "fr"])
    # The served answer is the champion's prediction, field for field.
    for part, prediction in zip(body["results"], expected, strict=True):
        assert (part["code"], part["family"], part["needs_review"]) == (
            prediction.reason,
            prediction.family,
            prediction.needs_review,
        )
        assert part["confidence"] == pytest.approx(prediction.confidence, abs=1e-6)
        assert [top["code"] for top in part["top3"]] == [code for code, _ in prediction.top3]
    assert body["results"][0]["code"] == "too_large"
    assert body["model_versions"] == {trained_reasons.name: trained_reasons.version}


def test_feedback_is_stored_once(client, settings) -> None:
    assert client.post("/triage", json={"returns": [_request(return_id="RF00001")]}).status_code == 200
    body = {"return_id": "RF00001", "agent_id": "agent-1", "reason_accepted": False, "corrected_reason": "wrong_item"}
    responses = [client.post("/feedback", json=body) for _ in range(3)]  # a client retrying
    assert [response.status_code for response in responses] == [200] * 3, responses[-1].text
    assert len({response.json()["id"] for response in responses}) == 1
    (stored,) = FeedbackStore(open_database(settings)).for_return("RF00001")
    assert (stored.agent_id, stored.corrected_reason) == ("agent-1", "wrong_item")


def test_triage_is_idempotent_per_return(client, settings) -> None:
    log = PredictionLog(open_database(settings), b"unused")
    body = {"returns": [_request(return_id="RI00001")]}
    first = client.post("/triage", json=body)
    count = log.count()
    again = client.post("/triage", json=body)
    assert (first.status_code, again.status_code) == (200, 200) and again.json() == first.json()
    assert log.count() == count  # answered from the log, nothing written
    (stored,) = [row for row in log.recent(limit=50) if row.return_id == "RI00001"]
    assert EXAMPLE_EN["customer_name"] not in str(stored.request) + str(stored.response)  # defect 5
    changed = client.post("/triage", json={"returns": [_request(return_id="RI00001", price=12.5)]})
    assert changed.status_code == 409 and "RI00001" in changed.json()["error"]
    assert log.count() == count


def test_triage_and_feedback_keep_the_history_current(client, settings) -> None:
    first = _request(return_id="RH00001", customer_id="CH00001", order_id="OH00001")
    later = first | {"return_id": "RH00002", "request_date": "2026-10-20T10:00:00Z"}
    responses = [client.post("/triage", json={"returns": returns}) for returns in ([first], [first, later])]
    assert [response.status_code for response in responses] == [200, 200], responses[-1].text
    engine = open_database(settings)
    store = HistoryStore(engine)
    as_of = datetime(2026, 10, 21, tzinfo=UTC)
    returns = store.frames_for(["CH00001"], as_of)["returns"].set_index("return_id")
    assert sorted(returns.index) == ["RH00001", "RH00002"]
    assert returns.loc["RH00001", "label"] == responses[0].json()["results"][0]["reason"]["code"]
    assert not returns["confirmed_abuse"].any()

    inspected = {"return_id": "RH00001", "agent_id": "agent-1", "reason_accepted": True}
    response = client.post("/feedback", json=inspected | {"inspection_outcome": "item_swapped"})
    assert response.status_code == 200, response.text
    abuse = store.frames_for(["CH00001"], as_of)["returns"].set_index("return_id")["confirmed_abuse"]
    assert abuse.to_dict() == {"RH00001": True, "RH00002": False}

    before = store.counts()
    unknown = client.post("/feedback", json=inspected | {"return_id": "RH-unknown", "inspection_outcome": "worn"})
    assert unknown.status_code == 404 and "RH-unknown was never triaged" in unknown.json()["error"]
    assert FeedbackStore(engine).for_return("RH-unknown") == []
    assert store.counts() == before


def test_a_customer_with_a_broken_stored_history_fails_alone(client, settings) -> None:
    """Issue 16, defect 1: a stored return dated 1600 made every batch holding the customer answer 500."""
    from serving.db import HISTORY_TABLES

    with open_database(settings).begin() as connection:
        connection.execute(
            HISTORY_TABLES["returns"].insert(),
            [
                {"return_id": f"R1600-{n}", "customer_id": "C-1600", "request_ts": datetime(1600, 1, 3)}
                for n in range(40)  # above the row count where pandas, not numpy, converts the dates
            ],
        )
    broken = _request(return_id="RB00001", customer_id="C-1600", order_id="OB00001")
    mate = _request(return_id="RB00002", customer_id="CB00002", order_id="OB00002")
    response = client.post("/triage", json={"returns": [broken, mate]})
    assert response.status_code == 200, response.text
    failed, answered = response.json()["results"]
    assert failed["reason"] is not None and failed["decision"] is None
    why = {entry["part"]: entry["reason"] for entry in failed["unavailable"]}
    assert "returns.request_ts" in why["decision"] and "triage history check" in why["decision"]
    assert answered["decision"] is not None


FUTURE = (datetime.now(UTC) + timedelta(days=2)).isoformat()


@pytest.mark.parametrize(
    ("body", "field", "problem"),
    [
        ({"returns": []}, "returns", "at least 1 item"),
        ({"returns": [EXAMPLE_EN] * 257}, "returns", "at most 256 items"),
        ({"returns": [_request(price=-1)]}, "returns.0.price", "greater than or equal to 0"),
        ({"returns": [_request(reason_text="")]}, "returns.0.reason_text", "at least 1 character"),
        ({"returns": [_request(reason_text="   ")]}, "returns.0.reason_text", "text is blank"),
        ({"returns": [_request(reason_text="x" * 5001)]}, "returns.0.reason_text", "at most 5000 characters"),
        ({"returns": [_request(reason_text="x" * 5000)] * 52}, "returns", "a call holds at most 256,000"),
        ({"returns": [_request(request_date=FUTURE)]}, "returns.0.request_date", "in the future"),
        ({"returns": [_request(order_date="2026-13-45")]}, "returns.0.order_date", "not a date"),
        ({"returns": [_request(product_category="cars")]}, "returns.0.product_category", "Input should be"),
        ({"returns": [_request(reason_code="bored")]}, "returns.0.reason_code", "Input should be"),
        ({"returns": [_request(currency="USD")]}, "returns.0.currency", "Input should be"),
        ({"returns": [_request(lang="de")]}, "returns.0.lang", "Input should be"),
        ({"returns": [_request(colour="red")]}, "returns.0.colour", "Extra inputs are not permitted"),
        ({"returns": [_request()], "debug": True}, "debug", "Extra inputs are not permitted"),
        ({"returns": [{k: v for k, v in EXAMPLE_EN.items() if k != "sku"}]}, "returns.0.sku", "Field required"),
    ],
)
def test_invalid_requests_are_422_with_field(client, body, field, problem) -> None:
    response = client.post("/triage", json=body)
    assert response.status_code == 422, response.text
    assert any(d["field"] == field and problem in d["problem"] for d in response.json()["detail"]), response.text


def test_classify_texts_over_the_call_budget_are_422_naming_the_field(client) -> None:
    response = client.post("/classify", json={"texts": ["x" * 5000] * 52})
    assert response.status_code == 422, response.text
    assert [d["field"] for d in response.json()["detail"]] == ["texts"], response.text


def test_a_repeated_json_key_is_422_naming_it(client) -> None:
    # the API's parser kept the last copy: this body was triaged as if "returns" were empty
    body = json.dumps({"returns": [_request()]})[:-1] + ', "returns": []}'
    response = client.post("/triage", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["detail"][0]["field"] == "returns", response.text


def test_oversized_body_is_413(client, settings) -> None:
    declared = client.post(
        "/triage", content=b" " * (settings.max_request_bytes + 1), headers={"content-type": "application/json"}
    )
    assert declared.status_code == 413

    def chunks():
        for _ in range(settings.max_request_bytes // 65536 + 2):
            yield b" " * 65536

    streamed = client.post("/triage", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_metrics_count_decisions_and_batches(client, server) -> None:
    client.post("/triage", json={"returns": [EXAMPLE_EN]})
    metrics = httpx.get(f"{server.url}/metrics").text
    assert "triage_request_batch_size_count" in metrics
    assert "triage_model_info{" in metrics
    model_batches = re.search(r'^triage_model_batch_size_count\{endpoint="triage"[^}]*\} (\S+)$', metrics, re.M)
    assert model_batches is not None and float(model_batches.group(1)) >= 1


def test_restart_keeps_acknowledged_records(server, client, settings) -> None:
    acknowledged = [client.post("/triage", json={"returns": [_request(return_id=f"RK{i}")]}) for i in range(5)]
    assert all(response.status_code == 200 for response in acknowledged)
    feedback = client.post("/feedback", json={"return_id": "RK0", "agent_id": "a", "reason_accepted": True})
    assert feedback.status_code == 200
    server.kill()
    server.start()
    engine = open_database(settings)
    stored = {row.return_id for row in PredictionLog(engine, b"unused").recent(limit=1000)}
    assert {f"RK{i}" for i in range(5)} <= stored
    assert len(FeedbackStore(engine).for_return("RK0")) == 1
    assert client.get("/readyz").status_code == 200


def _model_processes(server) -> set[int]:
    import psutil

    workers = psutil.Process(server.process.pid).children(recursive=True)
    return {process.pid for process in workers if any("spawn_main" in part for part in process.cmdline())}


def test_a_killed_model_process_is_replaced_with_its_worker_and_no_call_hangs(server, client) -> None:
    import psutil

    (killed,) = _model_processes(server)  # one worker, one model process
    psutil.Process(killed).kill()
    # The worker answers what it had 503 and stops; the process manager starts a new worker (and
    # model process), and calls made meanwhile wait on the listening socket or get 503.
    deadline = time.monotonic() + 120
    statuses: list[int] = []
    while time.monotonic() < deadline:
        body = {"returns": [_request(return_id=f"RD{len(statuses)}")]}
        statuses.append(client.post("/triage", json=body).status_code)
        if statuses[-1] == 200 and client.get("/readyz").status_code == 200:
            break
        time.sleep(0.5)
    assert statuses[-1] == 200 and set(statuses) <= {200, 503}, statuses
    assert _model_processes(server) - {killed}
