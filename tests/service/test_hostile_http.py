"""Hostile races and receivers against a real `bentoml serve`: two calls racing with different bodies for
one return are each triaged or refused whole (`serving.idempotency.reserve`), a reservation left by a
killed worker refuses a different request only for its lease, and webhook receivers that never finish
answering hold neither a triage call nor the deliveries behind them past the timeout; a late retry of older
feedback sent with its `Idempotency-Key` does not undo a newer record; the served description (/docs.json) carries
the body rules the service refuses by, so a client generated from it sends nothing refused on their account (whole
cents in the price's description: a schema keyword for them would refuse ordinary prices in float-dividing clients),
and a date past a bound no schema keyword holds is refused naming the field and the bound its description gives; two
bulk calls that would each end past the other get one answered and one refused at once, and a call whose pace would end
it past its time is refused before its next piece, naming the returns stored.

The champion is a tiny TF-IDF reason classifier in a registry of this module's own and the models run
on a worker thread, so the module needs neither the session's trained models nor a model process.
"""

from __future__ import annotations

import copy
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import httpx
import jsonschema_rs
import pytest
import schemathesis
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance
from webhook_receiver import StallingReceiver

from decisions.policy import DecisionCode, load_policy
from features.history import count_holding
from features.taxonomy import REASON_CODES
from serving.api import API_ROUTES, AS_LOGGED, EXAMPLE_EN, NESTED_COUNTS, ReturnRequest
from serving.db import open_database, predictions
from serving.idempotency import request_fingerprints, reserve
from serving.stores.api_keys import ApiKeyStore, KeyScope
from serving.stores.feedback import FeedbackStore
from serving.stores.history import HistoryStore
from serving.stores.predictions import PredictionLog, pseudonym_key
from serving.stores.webhooks import WebhookStore
from tests.service.conftest import ServerProcess, age_claims, register_tiny_reason_champion
from triage.settings import Settings

MODEL = "reason_classifier"
ROUNDS = 5
# The winner of a race reserves this many returns, so its batches take longer than the loser's check.
WINNER_RETURNS = 16
# Long enough for a few triage calls while a delivery is held, short enough to keep the module quick.
WEBHOOK_TIMEOUT = 4


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    yield from _served(tmp_path_factory, {})


@pytest.fixture(scope="module")
def hurried_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A service whose calls cut into pieces must be expected to end within half a second."""
    yield from _served(tmp_path_factory, {"TRIAGE_SERVE_CALL_SECONDS": "0.5"})


def _served(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> Iterator[dict[str, Any]]:
    state = tmp_path_factory.mktemp("hostile-state")
    uri = f"sqlite:///{state / 'mlflow.db'}"
    register_tiny_reason_champion(uri, state / "mlruns", MODEL, texts_per_label=20)
    settings = Settings(state_dir=state, mlflow_tracking_uri=uri, reason_model_name=MODEL)
    database = open_database(settings)
    key = ApiKeyStore(database).create("portal")[1]
    server = ServerProcess(
        state,
        state / "serve.log",
        env={
            "TRIAGE_MLFLOW_TRACKING_URI": uri,
            "TRIAGE_REASON_MODEL_NAME": MODEL,
            "TRIAGE_SERVE_MODEL_PROCESS": "false",
            "TRIAGE_WEBHOOK_TIMEOUT_SECONDS": str(WEBHOOK_TIMEOUT),
            "TRIAGE_WEBHOOK_DELIVERY_INTERVAL_SECONDS": "0.2",
        }
        | env,
    )
    server.start(timeout=180)
    try:
        yield {
            "url": server.url,
            "key": key,
            "database": database,
            "log": PredictionLog(database, pseudonym_key(settings)),
            "serve_log": state / "serve.log",
        }
    finally:
        server.kill()
        database.dispose()


def _return(return_id: str, **fields: Any) -> dict[str, Any]:
    return copy.deepcopy(EXAMPLE_EN) | {"return_id": return_id, "customer_id": f"C{return_id}"} | fields


def _triage(service: dict[str, Any], returns: list[dict[str, Any]]) -> httpx.Response:
    headers = {"Authorization": f"Bearer {service['key']}"}
    return httpx.post(f"{service['url']}/triage", json={"returns": returns}, headers=headers, timeout=60)


def _logged_prices(service: dict[str, Any], return_ids: list[str]) -> dict[str, list[float]]:
    """The price of every `/triage` row logged for each of `return_ids` (one row per return: one price)."""
    query = sa.select(predictions.c.return_id, predictions.c.request).where(
        predictions.c.endpoint == "triage", predictions.c.return_id.in_(return_ids)
    )
    with service["database"].connect() as connection:
        rows = connection.execute(query.order_by(predictions.c.id)).all()
    return {return_id: [row.request["price"] for row in rows if row.return_id == return_id] for return_id in return_ids}


def _at_once(service: dict[str, Any], calls: dict[str, list[dict[str, Any]]]) -> dict[str, httpx.Response]:
    """Send each call from its own thread at the same moment; their answers by name."""
    together = threading.Barrier(len(calls))

    def send(returns: list[dict[str, Any]]) -> httpx.Response:
        together.wait()
        return _triage(service, returns)

    with ThreadPoolExecutor(len(calls)) as pool:
        futures = {name: pool.submit(send, returns) for name, returns in calls.items()}
        return {name: future.result(timeout=60) for name, future in futures.items()}


def test_two_calls_racing_with_different_bodies_for_one_return_are_each_triaged_or_refused_whole(service) -> None:
    """Both calls find the shared return unlogged. Before calls reserved their returns, the one whose
    batch committed second was refused in part: its other return triaged and logged, yet answered 409."""
    for round_ in range(ROUNDS):
        shared = f"RS{round_}"
        big = [_return(f"RB{round_}-{n}") for n in range(WINNER_RETURNS - 1)] + [_return(shared)]
        small = [_return(shared, price=12.5), _return(f"RY{round_}")]
        calls = {"big": big, "small": small}
        answers = _at_once(service, calls)
        statuses = {name: response.status_code for name, response in answers.items()}
        assert sorted(statuses.values()) == [200, 409], {name: answers[name].text for name in answers}
        won, lost = ("big", "small") if statuses["big"] == 200 else ("small", "big")
        assert "nothing of this request was triaged or logged" in answers[lost].json()["error"]
        assert [result["return_id"] for result in answers[won].json()["results"]] == [
            r["return_id"] for r in calls[won]
        ]
        prices = _logged_prices(service, [r["return_id"] for r in big + small])
        expected = {r["return_id"]: 0 for r in calls[lost]} | {r["return_id"]: 1 for r in calls[won]}
        assert {return_id: len(rows) for return_id, rows in prices.items()} == expected, prices
        assert prices[shared] == [next(r["price"] for r in calls[won] if r["return_id"] == shared)]
        # The refused call kept nothing: its own returns are triaged when sent without the shared one.
        alone = [r for r in calls[lost] if r["return_id"] != shared]
        assert _triage(service, alone).status_code == 200


def test_two_bulk_calls_that_would_each_end_past_the_other_get_one_answered_and_one_refused_at_once(service) -> None:
    """Two calls of 4 pieces (200 returns) at once on one worker: their pieces interleaved, each ended when both
    did, and two of the largest calls (256 returns of 1,000 characters) both ran into the traffic timeout (504
    after 60 s, some of their returns logged). Now one is triaged and the other refused at once with Retry-After,
    nothing of it logged, and triaged when sent again; two calls of 3 pieces (150 returns) are both taken."""
    calls = {name: [_return(f"RP{name}-{n}") for n in range(200)] for name in ("first", "second")}
    answers = _at_once(service, calls)
    statuses = {name: response.status_code for name, response in answers.items()}
    assert sorted(statuses.values()) == [200, 503], {name: answers[name].text[:300] for name in answers}
    taken, refused = ("first", "second") if statuses["first"] == 200 else ("second", "first")
    assert answers[refused].headers["retry-after"] == "5"
    assert "send fewer returns or texts per call" in answers[refused].json()["error"]
    assert answers[refused].elapsed < answers[taken].elapsed  # refused before the taken call ended, not after it
    logged = _logged_prices(service, [r["return_id"] for r in calls[taken] + calls[refused]])
    assert sum(len(rows) for rows in logged.values()) == len(calls[taken])
    assert all(logged[r["return_id"]] == [] for r in calls[refused])
    assert _triage(service, calls[refused]).status_code == 200
    smaller = {name: [_return(f"RQ{name}-{n}") for n in range(150)] for name in ("first", "second")}
    assert {name: answer.status_code for name, answer in _at_once(service, smaller).items()} == {
        "first": 200,
        "second": 200,
    }


def test_a_call_whose_pace_would_end_it_past_its_seconds_is_refused_before_its_next_piece(hurried_service) -> None:
    """50 texts of 5,000 characters, 25 pieces: after its first two, the call would end past its half second. It was
    answered 504 after 60 s (two of the largest calls at once under load, 250 of each call's 256 returns logged); it
    is answered 503 at once with Retry-After, naming the returns stored. Sent again until answered, each attempt
    stores more, and every return ends logged once."""
    text = ("The zip broke after one wear and the seam split along the side. " * 80)[:5000]
    returns = [_return(f"RH-{n}", reason_text=text) for n in range(50)]
    ids = [r["return_id"] for r in returns]
    refused = _triage(hurried_service, returns)
    assert refused.status_code == 503, refused.text[:300]
    assert refused.headers["retry-after"] == "5"
    error = refused.json()["error"]
    assert "this call of 50 returns would take" in error and "past the 0.5 s a call may take here" in error
    assert "send fewer returns per call" in error
    stored = sum(len(rows) for rows in _logged_prices(hurried_service, ids).values())
    assert f"its first {stored} returns are stored" in error and 0 < stored < len(returns)
    for _attempt in range(len(returns)):
        answer = _triage(hurried_service, returns)
        if answer.status_code != 503:
            break
    assert answer.status_code == 200, answer.text[:300]
    assert [result["return_id"] for result in answer.json()["results"]] == ids
    assert {return_id: len(rows) for return_id, rows in _logged_prices(hurried_service, ids).items()} == dict.fromkeys(
        ids, 1
    )


def test_a_reason_of_markup_alone_is_read_as_no_reason_with_no_confidence(service) -> None:
    """Tags, comments and character references hold no word: the classifier read their letters ("<script></script>"
    was a confident "not as described", decided as the shop's fault). Taken, not refused: the return is triaged and an
    agent reads the reason. Words inside markup are read as words."""
    texts = ["<span></span>", "<p>&nbsp;</p><br/>", "<!-- -->", "<u>the strap came off after a day</u>"]
    triaged = _triage(service, [_return(f"RMK{n}", reason_text=text) for n, text in enumerate(texts)])
    headers = {"Authorization": f"Bearer {service['key']}"}
    classified = httpx.post(f"{service['url']}/classify", json={"texts": texts}, headers=headers, timeout=60)
    assert triaged.status_code == classified.status_code == 200, triaged.text + classified.text
    for parts in ([result["reason"] for result in triaged.json()["results"]], classified.json()["results"]):
        read = [(part["code"], part["confidence"]) for part in parts]  # review below the model's threshold
        assert read[:3] == [("other", 0)] * 3
        assert read[3][1] > 0


def test_a_killed_workers_reservation_refuses_another_request_only_for_its_lease(service) -> None:
    """What a worker killed between reserving a call and logging it leaves behind: the reservation. A
    different request for its returns was refused until `triage data purge` (730 days by default)."""
    log, database = service["log"], service["database"]
    killed = [_return("RK1"), _return("RK2")]
    requests = [ReturnRequest.model_validate(item) for item in killed]
    assert reserve(log, requests, request_fingerprints(log, requests)) == []
    corrected = [_return("RK1", price=12.5), _return("RK3")]
    refused = _triage(service, corrected)
    assert refused.status_code == 409 and "RK1" in refused.json()["error"]
    age_claims(database, log.reservation_lease.total_seconds() + 1)
    first = _triage(service, corrected)
    again = _triage(service, corrected)  # a retry: the stored answers, nothing written
    assert (first.status_code, again.status_code) == (200, 200) and again.json() == first.json()
    assert _triage(service, killed).status_code == 409  # RK1 is the corrected request's now
    assert _triage(service, killed[1:]).status_code == 200  # RK2, still reserved for the killed call
    assert _logged_prices(service, ["RK1", "RK2", "RK3"]) == {
        "RK1": [12.5],
        "RK2": [killed[1]["price"]],
        "RK3": [corrected[1]["price"]],
    }


def _wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.1)
    return condition()


def test_webhook_receivers_that_never_finish_answering_hold_no_call_and_no_delivery(service) -> None:
    """Deliveries run on a thread of the worker, outside any transaction: a held delivery holds no triage
    call. A receiver trickling its answer held the delivery thread for as long as it sent (the socket's
    timeout restarts with each byte), so no later event reached any subscriber; each attempt now ends at
    `TRIAGE_WEBHOOK_TIMEOUT_SECONDS`."""
    store = WebhookStore(service["database"])
    silent, trickling = StallingReceiver().start(), StallingReceiver(trickle_seconds=0.2).start()
    subscriptions = [store.subscribe(receiver.url, "decision.made")[0] for receiver in (silent, trickling)]
    try:
        assert _triage(service, [_return("RW1")]).status_code == 200
        assert _wait_until(lambda: silent.connections == 1, WEBHOOK_TIMEOUT), "no delivery started"
        calls = [_triage(service, [_return(f"RW{n}")]) for n in (2, 3)]
        assert [call.status_code for call in calls] == [200, 200]
        assert not store.log(limit=10), "the calls were answered after the held delivery, not during it"

        def timed_out() -> list[str]:
            return [a.url for a in store.log(limit=10) if a.status_code is None and "TimeoutError" in a.error]

        assert _wait_until(lambda: len(timed_out()) >= 2, 4 * WEBHOOK_TIMEOUT), store.log(limit=10)
        assert timed_out()[-2:] == [trickling.url, silent.url]  # newest first: RW1's two attempts
    finally:
        for subscription in subscriptions:
            store.unsubscribe(subscription.id)
        silent.stop()
        trickling.stop()


def test_a_late_retry_of_older_feedback_does_not_undo_the_agents_correction(service) -> None:
    # Record A, then B; A sent again after a timeout was stored as the newest record and wrote A's reason back
    assert _triage(service, [_return("RF2")]).status_code == 200
    first = {"return_id": "RF2", "agent_id": "agent-1", "reason_accepted": False, "corrected_reason": "wrong_item"}
    correction = first | {"corrected_reason": "too_large"}

    def send(body: dict[str, Any], key: str) -> httpx.Response:
        headers = {"Authorization": f"Bearer {service['key']}", "Idempotency-Key": key}
        return httpx.post(f"{service['url']}/feedback", json=body, headers=headers, timeout=60)

    sent = [send(first, "fb-RF2-a"), send(correction, "fb-RF2-b"), send(first, "fb-RF2-a")]
    assert [response.status_code for response in sent] == [200] * 3, sent[-1].text
    assert sent[2].json() == sent[0].json() != sent[1].json()
    store = FeedbackStore(service["database"])
    assert [record.corrected_reason for record in store.for_return("RF2")] == ["wrong_item", "too_large"]
    returns = HistoryStore(service["database"]).frames_for(["CRF2"], datetime(2026, 10, 21, tzinfo=UTC))["returns"]
    assert returns.set_index("return_id").loc["RF2", "label"] == "too_large"

    reused = send(first | {"corrected_reason": "defective"}, "fb-RF2-b")
    assert reused.status_code == 409 and "Idempotency-Key 'fb-RF2-b'" in reused.json()["error"]
    for bad in ("", "two words", "x" * 256):
        refused = send(correction, bad)
        assert refused.status_code == 400 and "Idempotency-Key header" in refused.json()["error"], bad
    assert len(store.for_return("RF2")) == 2
    # without a key, a retry of the newest record is still answered with its id
    plain = httpx.post(
        f"{service['url']}/feedback", json=correction, headers={"Authorization": f"Bearer {service['key']}"}
    )
    assert plain.status_code == 200 and plain.json() == sent[1].json()


def test_feedback_correcting_a_reason_to_the_one_suggested_is_refused_naming_it(service) -> None:
    # stored as a wrong suggestion (reason_accepted false) whose right reason was the one suggested: monitoring's
    # reason accuracy counted it as a miss; the console reads that choice as accepting the suggestion
    answered = _triage(service, [_return("RF9")])
    assert answered.status_code == 200, answered.text
    suggested = answered.json()["results"][0]["reason"]["code"]
    other = next(code for code in REASON_CODES if code != suggested)
    headers = {"Authorization": f"Bearer {service['key']}"}
    record = {"return_id": "RF9", "agent_id": "agent-1", "reason_accepted": False}
    refused = httpx.post(
        f"{service['url']}/feedback", json=record | {"corrected_reason": suggested}, headers=headers, timeout=60
    )
    assert refused.status_code == 409, refused.text
    assert refused.json()["error"].startswith(f"corrected_reason {suggested} is the reason suggested for return RF9")
    assert not FeedbackStore(service["database"]).for_return("RF9")
    taken = httpx.post(f"{service['url']}/feedback", json=record | {"corrected_reason": other}, headers=headers)
    assert taken.status_code == 200, taken.text


def test_feedback_of_a_draft_sent_as_is_beside_another_decision_is_refused_naming_both(service) -> None:
    """A reply sent as drafted told the customer the answer's decision: the API stored such a record beside another
    final decision (the console refused it), which monitoring read as a draft the agent agreed with. Refused when
    the record says both, or names the decision after the reply was recorded; the other decision with the reply
    edited is stored."""
    answered = _triage(service, [_return("RF10")])
    assert answered.status_code == 200, answered.text
    told = answered.json()["results"][0]["decision"]["code"]
    other = next(code.value for code in DecisionCode if code != told)
    headers = {"Authorization": f"Bearer {service['key']}"}
    record = {"return_id": "RF10", "agent_id": "agent-1", "reason_accepted": True}

    def send(body: dict[str, Any]) -> httpx.Response:
        return httpx.post(f"{service['url']}/feedback", json=body, headers=headers, timeout=60)

    both = send(record | {"final_decision": other, "reply_status": "sent_as_is"})
    assert both.status_code == 409, both.text
    assert both.json()["error"].startswith(f"final_decision {other} is not the decision the reply sent as drafted")
    assert f"({told})" in both.json()["error"] and not FeedbackStore(service["database"]).for_return("RF10")
    assert send(record | {"reply_status": "sent_as_is"}).status_code == 200
    after = send({"return_id": "RF10", "agent_id": "agent-2", "final_decision": other})
    assert after.status_code == 409, after.text
    edited = send(record | {"final_decision": other, "reply_status": "edited", "edited_reply": "A fee applies."})
    assert edited.status_code == 200, edited.text
    assert [saved.reply_status for saved in FeedbackStore(service["database"]).for_return("RF10")] == [
        "sent_as_is",
        "edited",
    ]


def _logged_as(service: dict[str, Any], return_id: str, logged_id: str) -> None:
    """Rename a logged return to `logged_id`, as a return logged before the rule for ids refused that id was."""
    with service["database"].begin() as connection:
        for row in connection.execute(sa.select(predictions).where(predictions.c.return_id == return_id)).all():
            request, response = dict(row.request), dict(row.response)
            request["return_id"] = response["return_id"] = logged_id
            renamed = {"return_id": logged_id, "request": request, "response": response}
            connection.execute(sa.update(predictions).where(predictions.c.id == row.id).values(**renamed))


def test_feedback_for_a_return_logged_before_the_id_rule_is_taken_under_its_logged_id(service) -> None:
    # "Ｒ１" was triaged before ids were held to NFKC; then every record of the returns system for it was a 422, and
    # its inspection outcome never reached the label stream. The rule still refuses such an id the log does not hold.
    assert _triage(service, [_return("RF30")]).status_code == 200
    legacy = "\uff32\uff13\uff10"  # full-width "Ｒ３０"
    _logged_as(service, "RF30", legacy)
    headers = {"Authorization": f"Bearer {service['key']}"}
    record = {"agent_id": "warehouse", "reason_accepted": True, "inspection_outcome": "worn"}
    taken = httpx.post(f"{service['url']}/feedback", json=record | {"return_id": legacy}, headers=headers, timeout=60)
    assert taken.status_code == 200 and taken.json()["return_id"] == legacy, taken.text
    again = httpx.post(f"{service['url']}/feedback", json=record | {"return_id": legacy}, headers=headers, timeout=60)
    assert again.json() == taken.json()
    store = FeedbackStore(service["database"])
    assert [stored.inspection_outcome for stored in store.for_return(legacy)] == ["worn"]
    assert not store.for_return("R30") and not store.for_return("RF30")
    for unlogged, said in (
        ("\uff32\uff13\uff11", "Unicode NFKC"),
        ("R\u200b31", "printable"),
        ("R\x0031", "printable"),
    ):
        refused = httpx.post(
            f"{service['url']}/feedback", json=record | {"return_id": unlogged}, headers=headers, timeout=60
        )
        assert refused.status_code == 422, refused.text
        [problem] = refused.json()["detail"]
        assert problem["field"] == "return_id" and said in problem["problem"], problem
    never = httpx.post(f"{service['url']}/feedback", json=record | {"return_id": "RF31"}, headers=headers, timeout=60)
    assert never.status_code == 404, never.text


def _triaged_before_the_rule(service: dict[str, Any], triaged: str, **ids: str) -> dict[str, Any]:
    """Triage `triaged`, then make its log row the one of a request holding `ids` (one the rule for ids now
    refuses) logged before the rule: its ids, its answer's return id and its fingerprint. The request, as sent."""
    assert _triage(service, [_return(triaged)]).status_code == 200
    sent = _return(triaged) | ids
    request = ReturnRequest.model_validate(sent, context=AS_LOGGED)
    fingerprint = request_fingerprints(service["log"], [request]).keys[0]
    with service["database"].begin() as connection:
        row = connection.execute(sa.select(predictions).where(predictions.c.return_id == triaged)).one()
        logged = dict(row.request) | {name: value for name, value in ids.items() if name != "customer_id"}
        renamed = {
            "return_id": sent["return_id"],
            "request": logged,
            "response": dict(row.response) | {"return_id": sent["return_id"]},
            "request_fingerprint": fingerprint,
        }
        connection.execute(sa.update(predictions).where(predictions.c.id == row.id).values(**renamed))
    return sent


def test_a_retry_of_a_return_logged_before_the_id_rule_gets_its_logged_answer(service) -> None:
    # "Ｒ４０" triaged before ids were held to NFKC: its retry was a 422, as if the request were new and bad
    legacy = _triaged_before_the_rule(service, "RL40", return_id="\uff32\uff2c\uff14\uff10", sku="SK\u200bU-1")
    with service["database"].connect() as connection:
        stored = service["log"].answered([legacy["return_id"]], connection)[legacy["return_id"]][1]
    again = _triage(service, [legacy])
    assert again.status_code == 200, again.text
    assert again.json()["results"][0]["decision"] == stored["decision"]
    assert again.json()["results"][0]["return_id"] == legacy["return_id"]
    # beside a new return in one call: both answered, the new one triaged and logged once
    both = _triage(service, [legacy, _return("RL41")])
    assert both.status_code == 200, both.text
    assert [result["return_id"] for result in both.json()["results"]] == [legacy["return_id"], "RL41"]
    assert _logged_prices(service, [legacy["return_id"], "RL41"]) == {
        legacy["return_id"]: [EXAMPLE_EN["price"]],
        "RL41": [EXAMPLE_EN["price"]],
    }
    # another request for it is a conflict, as for any logged return
    changed = _triage(service, [legacy | {"price": 12.5}])
    assert changed.status_code == 409 and legacy["return_id"] in changed.json()["error"], changed.text
    # the rule still holds every return the log does not: 422 naming each id it refuses, nothing logged
    unlogged = _return("\uff32\uff2c\uff14\uff12", customer_id="CRL42", sku="SK\u200bU-2")
    for call in ([unlogged], [legacy, unlogged], [_return("RL43"), unlogged]):
        refused = _triage(service, call)
        assert refused.status_code == 422, refused.text
        index = call.index(unlogged)
        problems = {problem["field"]: problem["problem"] for problem in refused.json()["detail"]}
        assert set(problems) == {f"returns.{index}.return_id", f"returns.{index}.sku"}, problems
        assert "NFKC" in problems[f"returns.{index}.return_id"] and "printable" in problems[f"returns.{index}.sku"]
    assert _logged_prices(service, [unlogged["return_id"], "RL43"]) == {unlogged["return_id"]: [], "RL43": []}
    nul = _triage(service, [_return("RL\x0044")])
    assert nul.status_code == 422 and nul.json()["detail"][0]["field"] == "returns.0.return_id", nul.text


def test_a_triage_body_refused_for_another_field_names_each_id_the_rule_refuses_too(service) -> None:
    # the rule for ids is held after the body's validation (it consults the log): a body with a bad id and a bad
    # price was refused naming the price, and the id only on the next try
    bad_id = _return("\uff32\uff2c\uff15\uff10", customer_id="CRL50", sku="SK\u200bU-5")
    for call, expected in (
        ([bad_id | {"price": -1.0}], {"returns.0.return_id", "returns.0.sku", "returns.0.price"}),
        ([bad_id, _return("RL51", currency="XXX")], {"returns.0.return_id", "returns.0.sku", "returns.1.currency"}),
    ):
        refused = _triage(service, call)
        assert refused.status_code == 422, refused.text
        assert {problem["field"] for problem in refused.json()["detail"]} == expected, refused.text
    assert _logged_prices(service, [bad_id["return_id"], "RL51"]) == {bad_id["return_id"]: [], "RL51": []}


def test_two_clients_choosing_the_same_idempotency_key_each_store_their_record(service) -> None:
    # the keys were global: the warehouse's record sent with key "1" got 409, the portal had used "1" first
    warehouse = ApiKeyStore(service["database"]).create("warehouse")[1]
    assert _triage(service, [_return("RF3")]).status_code == 200
    records = [
        (service["key"], {"return_id": "RF3", "agent_id": "agent-1", "reason_accepted": True}),
        (warehouse, {"return_id": "RF3", "agent_id": "agent-2", "reason_accepted": True, "inspection_outcome": "ok"}),
    ]
    answers = [
        httpx.post(
            f"{service['url']}/feedback",
            json=body,
            headers={"Authorization": f"Bearer {key}", "Idempotency-Key": "1"},
            timeout=60,
        )
        for key, body in [*records, *records]  # each sent twice: the second time a retry
    ]
    assert [answer.status_code for answer in answers] == [200] * 4, answers[1].text
    assert answers[0].json() != answers[1].json() and [a.json() for a in answers[2:]] == [a.json() for a in answers[:2]]
    assert len(FeedbackStore(service["database"]).for_return("RF3")) == 2


def test_a_warehouse_record_that_leaves_the_reason_out_keeps_the_agents_correction(service) -> None:
    # reason_accepted was required: the warehouse's inspection record said true and made the newest record (the label
    # retraining and monitoring read) "the suggested reason, accepted", over the agent's correction
    def send(body: dict[str, Any]) -> httpx.Response:
        headers = {"Authorization": f"Bearer {service['key']}"}
        return httpx.post(f"{service['url']}/feedback", json={"return_id": "RF5"} | body, headers=headers, timeout=60)

    assert _triage(service, [_return("RF5")]).status_code == 200
    inspection = {"agent_id": "warehouse", "inspection_outcome": "damaged"}
    first = send(inspection)
    assert first.status_code == 409 and "reason_accepted is required" in first.json()["error"], first.text
    correction = {"agent_id": "agent-1", "reason_accepted": False, "corrected_reason": "defective"}
    assert send(correction | {"final_decision": "free_return"}).status_code == 200
    assert send(inspection).status_code == 200
    assert send(inspection | {"reason_accepted": None}).status_code == 200  # null says nothing either
    refused = send(inspection | {"corrected_reason": "too_small"})
    assert refused.status_code == 422 and "corrected_reason" in refused.text, refused.text
    store = FeedbackStore(service["database"])
    latest = store.latest(["RF5"])["RF5"]
    assert (latest.reason_accepted, latest.corrected_reason, latest.final_decision, latest.inspection_outcome) == (
        False,
        "defective",
        "free_return",
        "damaged",
    )
    returns = HistoryStore(service["database"]).frames_for(["CRF5"], datetime(2026, 10, 21, tzinfo=UTC))["returns"]
    assert returns.set_index("return_id").loc["RF5", "label"] == "defective"
    # a client that sends the field is taken at its word, as before
    assert send(inspection | {"reason_accepted": True}).status_code == 200
    latest = store.latest(["RF5"])["RF5"]
    assert (latest.reason_accepted, latest.corrected_reason, latest.final_decision) == (True, None, None)
    assert len(store.for_return("RF5")) == 3


def test_an_api_decision_is_stored_as_made_for_the_reason_its_record_stands_on(service) -> None:
    # stored as made for the suggested reason (decision_reason None): after a correction to defective the return's
    # page said "Decision: Free return" where the console's own decision says "(for defective)"
    def send(body: dict[str, Any]) -> httpx.Response:
        headers = {"Authorization": f"Bearer {service['key']}"}
        return httpx.post(f"{service['url']}/feedback", json={"return_id": "RF6"} | body, headers=headers, timeout=60)

    def decided() -> tuple[str | None, str | None]:
        latest = FeedbackStore(service["database"]).latest(["RF6"])["RF6"]
        return latest.final_decision, latest.decision_reason

    assert _triage(service, [_return("RF6")]).status_code == 200
    correction = {"agent_id": "agent-1", "reason_accepted": False, "corrected_reason": "defective"}
    assert send(correction | {"final_decision": "free_return"}).status_code == 200
    assert decided() == ("free_return", "defective")
    # a record naming a decision but nothing of the reason: made for the correction it keeps
    assert send({"agent_id": "agent-2", "final_decision": "paid_return"}).status_code == 200
    assert decided() == ("paid_return", "defective")
    assert send({"agent_id": "warehouse", "inspection_outcome": "ok"}).status_code == 200
    assert decided() == ("paid_return", "defective")
    # the suggested reason accepted: the decision is made for it, as before
    assert send({"agent_id": "agent-1", "reason_accepted": True, "final_decision": "reject"}).status_code == 200
    assert decided() == ("reject", None)
    assert send({"agent_id": "agent-2", "final_decision": "free_return"}).status_code == 200
    assert decided() == ("free_return", None)


def test_a_return_requested_the_day_before_its_delivery_is_422_naming_request_date(service) -> None:
    # answered 200, "Requested within the 30-day return window" on -1 days
    early = _return("RD1", delivery_date="2026-10-05T14:00:00Z", request_date="2026-10-04T00:00:00Z")
    refused = _triage(service, [early])
    assert refused.status_code == 422, refused.text
    (detail,) = refused.json()["detail"]
    assert detail["field"] == "returns.0.request_date" and "before delivery_date" in detail["problem"]
    same_day = _return("RD2", delivery_date="2026-10-05T14:00:00Z", request_date="2026-10-05T09:00:00Z")
    assert _triage(service, [same_day]).status_code == 200


def test_an_idempotency_key_sent_twice_is_a_400_naming_the_header(service) -> None:
    # the first copy was kept: a proxy keeping the other stored the same record under a second key
    assert _triage(service, [_return("RF4")]).status_code == 200
    headers = [("Authorization", f"Bearer {service['key']}"), ("Idempotency-Key", "a"), ("Idempotency-Key", "b")]
    body = {"return_id": "RF4", "agent_id": "agent-1", "reason_accepted": True}
    refused = httpx.post(f"{service['url']}/feedback", json=body, headers=headers, timeout=60)
    assert refused.status_code == 400 and "Idempotency-Key header sent 2 times" in refused.json()["error"], refused.text
    assert FeedbackStore(service["database"]).for_return("RF4") == []


def test_feedback_bad_in_its_header_body_and_return_id_is_one_422_naming_each(service) -> None:
    # the header was read after the body passed, and the rule for ids after the rest: a request bad in all three was
    # answered naming its body, then its header, then its return_id, one try each
    assert _triage(service, [_return("RF-HEADER")]).status_code == 200
    unlogged, bad_key = "\uff32\uff26\uff15", ("Idempotency-Key", "a b")
    record = {"return_id": "RF-HEADER", "agent_id": "agent-1", "reason_accepted": True}
    for body, headers, expected in (
        (record | {"reason_accepted": "x"}, [bad_key], ["reason_accepted", "Idempotency-Key"]),
        (record | {"return_id": unlogged, "reason_accepted": "x"}, [], ["return_id", "reason_accepted"]),
        (record | {"return_id": unlogged}, [bad_key], ["return_id", "Idempotency-Key"]),
        (
            record | {"return_id": unlogged, "edited_reply": ""},
            [bad_key],
            ["return_id", "edited_reply", "Idempotency-Key"],
        ),
        ('{"return_id": "RF-HEADER", "return_id": "RF-HEADER"}', [bad_key, bad_key], ["return_id", "Idempotency-Key"]),
    ):
        sent = {"content": body} if isinstance(body, str) else {"json": body}
        refused = httpx.post(
            f"{service['url']}/feedback",
            headers=[("Authorization", f"Bearer {service['key']}"), *headers],
            timeout=60,
            **sent,
        )
        assert refused.status_code == 422, refused.text
        assert [problem["field"] for problem in refused.json()["detail"]] == expected, refused.text
    # a header alone is the 400 it was; a bad header beside a good body of a logged return too
    alone = httpx.post(
        f"{service['url']}/feedback",
        json=record,
        headers={"Authorization": f"Bearer {service['key']}", "Idempotency-Key": "a b"},
        timeout=60,
    )
    assert alone.status_code == 400 and "Idempotency-Key header" in alone.json()["error"], alone.text
    assert FeedbackStore(service["database"]).for_return("RF-HEADER") == []
    assert FeedbackStore(service["database"]).for_return(unlogged) == []


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/triage", '{"returns": [{"price": %s}]}', "returns.0.price"),
        ("/feedback", '{"return_id": "RF6", "agent_id": "agent-1", "reason_accepted": -%s.5}', "reason_accepted"),
    ],
)
def test_a_number_of_5000_digits_is_a_422_naming_its_field(service, path: str, body: str, field: str) -> None:
    # the body was "Invalid JSON: number out of range at line 1 column 4308", a 422 naming "(body)"
    headers = {"Authorization": f"Bearer {service['key']}", "Content-Type": "application/json"}
    refused = httpx.post(f"{service['url']}{path}", content=body % ("9" * 5_000), headers=headers, timeout=60)
    assert refused.status_code == 422, refused.text
    (problem,) = refused.json()["detail"]
    assert (problem["field"], problem["type"]) == (field, "too_many_digits"), problem


def test_a_key_holding_a_line_break_writes_no_line_of_its_own_into_the_service_log(service) -> None:
    # the refusal's log line named the key as sent: its line break began a line the client wrote ("[ERROR] ...")
    forged = f"x\n[ERROR] forged-{uuid.uuid4().hex[:8]}"
    headers = {"Authorization": f"Bearer {service['key']}"}
    refused = httpx.post(
        f"{service['url']}/triage", json={"returns": [_return("RLOG1") | {forged: 1}]}, headers=headers, timeout=60
    )
    assert refused.status_code == 422 and refused.json()["detail"][0]["field"] == f"returns.0.{forged}", refused.text
    marker = forged.rpartition(" ")[2]
    assert _wait_until(lambda: marker in service["serve_log"].read_text(errors="replace"), 10)
    (logged,) = [line for line in service["serve_log"].read_text(errors="replace").splitlines() if marker in line]
    assert logged.startswith(tuple("0123456789")) and "refused POST /triage (422): 'returns.0.x\\n" in logged, logged


@pytest.mark.parametrize("sent", ["false", "no", "off", "0", 0, "true", 1])
def test_feedback_whose_reason_accepted_is_not_a_json_boolean_is_a_422_naming_it(service, sent: Any) -> None:
    # "no" and 0 were read as false (and "true", 1 as true) and stored as the agent's label for retraining
    return_id = f"RB{uuid.uuid4().hex[:8]}"
    assert _triage(service, [_return(return_id)]).status_code == 200
    body = {"return_id": return_id, "agent_id": "agent-1", "reason_accepted": sent}
    if sent in ("false", "no", "off", "0", 0):
        body["corrected_reason"] = "too_large"
    headers = {"Authorization": f"Bearer {service['key']}"}
    refused = httpx.post(f"{service['url']}/feedback", json=body, headers=headers, timeout=60)
    assert refused.status_code == 422, refused.text
    assert [problem["field"] for problem in refused.json()["detail"]] == ["reason_accepted"], refused.text
    assert FeedbackStore(service["database"]).for_return(return_id) == []


@pytest.mark.parametrize(
    ("path", "query", "body"),
    [
        ("/triage", "dry_run=true", {"returns": [_return("RQ1")]}),
        ("/classify", "lang=fr&lang=en", {"texts": ["Trop petit"]}),
        ("/feedback", "return_id=RQ2", {"return_id": "RQ2", "agent_id": "agent-1", "reason_accepted": True}),
        ("/admin/reload/status", "wait_seconds=0.1", {"wait_seconds": 0.1}),
        ("/triage", "%E2%80%AE=1", {"returns": [_return("RQ3")]}),
    ],
)
def test_a_query_string_on_an_api_call_is_a_400_naming_its_parameter(
    service, path: str, query: str, body: dict[str, Any]
) -> None:
    # read from the body only, the query was passed over: `/admin/reload?wait_seconds=5` waited 30 s, and
    # `/triage?dry_run=true` triaged and logged the return
    key = ApiKeyStore(service["database"]).create("ops", KeyScope.ADMIN)[1] if path.startswith("/admin/") else None
    headers = {"Authorization": f"Bearer {key or service['key']}"}
    refused = httpx.post(f"{service['url']}{path}?{query}", json=body, headers=headers, timeout=60)
    name = repr(httpx.QueryParams(query).multi_items()[0][0])
    assert refused.status_code == 400, refused.text
    assert refused.json() == {
        "error": f"query parameter {name} is not read: {path} takes its fields in the JSON body only"
    }
    if path == "/triage":
        assert _logged_prices(service, [body["returns"][0]["return_id"]]) == {body["returns"][0]["return_id"]: []}
    assert httpx.post(f"{service['url']}{path}?{query}", json=body, timeout=60).status_code == 401  # the key first
    assert httpx.post(f"{service['url']}{path}?", json=body, headers=headers, timeout=60).status_code != 400


NOTED = {"return_id": "R-never-triaged", "agent_id": "agent-1", "reason_accepted": True}
FEEDBACK = NOTED | {"reply_status": "edited"}
TEXTS = ["Way too tight around the shoulders", "Reçu la mauvaise couleur"]


def _fresh(**fields: Any) -> dict[str, Any]:
    """The English example as a return never triaged, with `fields`."""
    return _return(f"R-{uuid.uuid4().hex[:12]}", **fields)


def _priced(price: Any, reason_text: str = EXAMPLE_EN["reason_text"]) -> dict[str, Any]:
    return _fresh(price=price, reason_text=reason_text)


# (route, a body the service refuses, the field its 422 names, the same body put right)
SCHEMA_RULES = [
    ("/classify", {"texts": ["\u200b \u00ad"]}, "texts.0", {"texts": ["\u200b \u00adx"]}),
    ("/feedback", FEEDBACK | {"edited_reply": "z\x05 6"}, "edited_reply", FEEDBACK | {"edited_reply": "z\t6\r\n"}),
    ("/feedback", FEEDBACK | {"edited_reply": "\x7f"}, "edited_reply", FEEDBACK | {"edited_reply": "\x80x"}),
    ("/triage", {"returns": [_priced(100_000_000.0)]}, "returns.0.price", {"returns": [_priced(1234.5)]}),
    # identifiers: printable, no surrounding spaces, in Unicode NFKC
    ("/feedback", NOTED | {"agent_id": "agent\u200b-1"}, "agent_id", NOTED | {"agent_id": "agent-1"}),
    ("/feedback", NOTED | {"agent_id": "Zoe\u0308"}, "agent_id", NOTED | {"agent_id": "Zo\u00eb"}),
    ("/feedback", NOTED | {"agent_id": "Zo\u00eb\u0323"}, "agent_id", NOTED | {"agent_id": "Zo\u1eb9\u0308"}),
    ("/feedback", NOTED | {"agent_id": "\u1e5b\u0304"}, "agent_id", NOTED | {"agent_id": "\u1e5d"}),
    ("/feedback", NOTED | {"return_id": "R-1 "}, "return_id", NOTED | {"return_id": "R -1"}),
    ("/feedback", NOTED | {"return_id": "R\u3000-1"}, "return_id", NOTED | {"return_id": "R\u30fc-1"}),
    ("/feedback", NOTED | {"return_id": "\ufb01-1"}, "return_id", NOTED | {"return_id": "fi-1"}),
    ("/triage", {"returns": [_fresh(order_id="\uff2f\uff11")]}, "returns.0.order_id", {"returns": [_fresh()]}),
    ("/feedback", NOTED | {"return_id": ".."}, "return_id", NOTED | {"return_id": "..."}),
    ("/triage", {"returns": [_fresh(customer_id="\u1100\u1161")]}, "returns.0.customer_id", {"returns": [_fresh()]}),
    ("/triage", {"returns": [_fresh(sku="SHO\u2126")]}, "returns.0.sku", {"returns": [_fresh(sku="SHO\u03a9")]}),
    ("/triage", {"returns": [_fresh(size="<42>")]}, "returns.0.size", {"returns": [_fresh(size="42\u0301")]}),
    # timestamps: RFC 3339 as the service reads it (no leap second, at most 9 digits of a second's fraction)
    (
        "/triage",
        {"returns": [_fresh(order_date="2026-10-02T09:15:00.1234567891Z")]},
        "returns.0.order_date",
        {"returns": [_fresh(order_date="2026-10-02T09:15:00.123456789Z")]},
    ),
    (
        "/triage",
        {"returns": [_fresh(delivery_date="2026-10-05T23:59:60Z")]},
        "returns.0.delivery_date",
        {"returns": [_fresh(delivery_date="2026-10-05T23:59:59z")]},
    ),
    # names: plain text
    ("/triage", {"returns": [_fresh(customer_name="Eve\u2028")]}, "returns.0.customer_name", {"returns": [_fresh()]}),
    ("/triage", {"returns": [_fresh(product_name="A & B")]}, "returns.0.product_name", {"returns": [_fresh()]}),
    # an empty history would be read as no returns and no abuse, overriding the stored history; a partial one is taken
    (
        "/triage",
        {"returns": [_fresh(customer_history={})]},
        "returns.0.customer_history",
        {"returns": [_fresh(customer_history={"confirmed_abuse_count": 0})]},
    ),
]


@pytest.mark.parametrize(("route", "refused", "field", "accepted"), SCHEMA_RULES)
def test_the_served_description_refuses_what_the_service_refuses(
    service: dict[str, Any], route: str, refused: dict[str, Any], field: str, accepted: dict[str, Any]
) -> None:
    description = httpx.get(f"{service['url']}/docs.json", timeout=60).json()
    body = description["paths"][route]["post"]["requestBody"]["content"]["application/json"]["schema"]
    validator = jsonschema_rs.validator_for({**body, "components": description["components"]})
    headers = {"Authorization": f"Bearer {service['key']}"}
    answer = httpx.post(f"{service['url']}{route}", json=refused, headers=headers, timeout=60)
    assert answer.status_code == 422 and [problem["field"] for problem in answer.json()["detail"]] == [field]
    assert not validator.is_valid(refused)
    assert validator.is_valid(accepted)
    answer = httpx.post(f"{service['url']}{route}", json=accepted, headers=headers, timeout=60)
    assert answer.status_code in (200, 404)  # 404: feedback for a return never triaged


DATES = ("order_date", "delivery_date", "request_date")
# (a date the service refuses though the description's pattern takes it, the field, what its 422 and its description
# name: the bound as a value and the setting or field it comes from)
DATE_BOUNDS = [
    ({"order_date": "2000-01-01T00:30:00+01:00"}, "order_date", ["1999-12-31", "shop_founded 2000-01-01"]),
    ({"order_date": "2099-01-01T00:00:00Z"}, "order_date", ["after 20", "clock_skew_seconds (300 s)"]),
    ({"delivery_date": "2026-10-02T09:14:59Z"}, "delivery_date", ["before order_date"]),
    ({"request_date": "2026-10-05T00:00:00+01:00"}, "request_date", ["before delivery_date"]),
]


@pytest.mark.parametrize(("dates", "field", "named"), DATE_BOUNDS)
def test_a_date_past_its_bounds_is_a_422_naming_the_field_and_the_bound_its_description_gives(
    service: dict[str, Any], dates: dict[str, str], field: str, named: list[str]
) -> None:
    """The bounds no schema keyword holds (the service's clock, the UTC day of a moment at any offset, another field)
    are given exactly in each field's description, and a date past one is refused naming the field and the bound: "in
    the future" named neither the moment nor the allowed skew, and the descriptions said "not before the shop was
    founded nor in the future" without a date. 2026-10-05T00:00:00+01:00 is the UTC day before the delivery."""
    description = httpx.get(f"{service['url']}/docs.json", timeout=60).json()
    properties = description["components"]["schemas"]["ReturnRequest"]["properties"]
    assert all(
        "shop_founded (2000-01-01)" in properties[date]["description"]
        and "clock_skew_seconds (300 s) after the service's clock" in properties[date]["description"]
        for date in DATES
    )
    assert "not before order_date" in properties["delivery_date"]["description"]
    assert "its UTC day not before delivery_date's" in properties["request_date"]["description"]
    assert re.fullmatch(properties[field]["pattern"], dates[field])
    answer = _triage(service, [_fresh(**dates)])
    assert answer.status_code == 422, answer.text
    [problem] = answer.json()["detail"]
    assert problem["field"] == f"returns.0.{field}" and all(bound in problem["problem"] for bound in named), problem


def test_a_count_written_with_a_zero_fraction_is_the_whole_number_json_schema_takes_it_for(service) -> None:
    """The description's `integer` is any JSON number without a fraction (JSON Schema's own reading): a client checking
    against it sends 3.0 as readily as 3, and was refused 422 "Input should be a valid integer"."""
    description = httpx.get(f"{service['url']}/docs.json", timeout=60).json()
    counts = jsonschema_rs.validator_for(description["components"]["schemas"]["HistorySummary"])
    assert counts.is_valid({"returns_last_30d": 3.0}) and not counts.is_valid({"returns_last_30d": 3.5})
    wider = {"returns_last_90d": 3, "returns_last_365d": 3}
    whole, written = (
        _fresh(customer_history={"returns_last_30d": 3} | wider),
        _fresh(customer_history={"returns_last_30d": 3.0} | wider),
    )
    answers = [_triage(service, [item]) for item in (whole, written)]
    assert [answer.status_code for answer in answers] == [200, 200], answers[1].text
    assert answers[1].json()["results"][0]["risk"] == answers[0].json()["results"][0]["risk"]
    refused = _triage(service, [_fresh(customer_history={"returns_last_30d": 3.5} | wider)])
    assert refused.status_code == 422 and [problem["field"] for problem in refused.json()["detail"]] == [
        "returns.0.customer_history.returns_last_30d"
    ]


def test_an_empty_history_is_refused_with_what_to_send_instead(service: dict[str, Any]) -> None:
    """`customer_history: {}` read as zeros told the service "no returns, no abuse" over the stored history."""
    description = httpx.get(f"{service['url']}/docs.json", timeout=60).json()
    served = description["components"]["schemas"]["ReturnRequest"]["properties"]["customer_history"]["description"]
    assert "Counts left out are 0" in served and "an empty object is refused" in served
    answer = _triage(service, [_fresh(customer_history={})])
    assert answer.status_code == 422, answer.text
    [problem] = answer.json()["detail"]
    assert problem["field"] == "returns.0.customer_history"
    assert "leave it out to use the stored history" in problem["problem"], problem


@pytest.mark.parametrize(
    ("history", "named"),
    [
        ({"returns_last_30d": 5}, "customer_history.returns_last_90d (0, left out) is fewer than returns_last_30d (5)"),
        ({"returns_last_30d": 2, "returns_last_90d": 4, "returns_last_365d": 3}, "returns_last_365d (3) is fewer"),
        ({"returns_last_90d": 1, "free_returns_used": 1}, "customer_history.returns_last_365d (0, left out)"),
    ],
)
def test_a_history_whose_windows_do_not_nest_is_refused_naming_the_count(
    service: dict[str, Any], history: dict[str, int], named: str
) -> None:
    """The last 30 days are within the last 90, and these within the last 365: {"returns_last_30d": 5} was scored as 5
    returns in the last 30 days and none in the last 90 or 365 (a count left out is 0), a customer no history
    describes, without a word."""
    answer = _triage(service, [_fresh(customer_history=history)])
    assert answer.status_code == 422, answer.text
    [problem] = answer.json()["detail"]
    assert problem["field"] == "returns.0.customer_history" and named in problem["problem"], problem


def test_a_history_whose_windows_nest_is_taken(service: dict[str, Any]) -> None:
    for history in ({"returns_last_365d": 2}, {"returns_last_30d": 1, "returns_last_90d": 1, "returns_last_365d": 4}):
        answer = _triage(service, [_fresh(customer_history=history)])
        assert answer.status_code == 200, answer.text


# A return of a free-return category, for no fault of the shop: the quota decides whether it is free.
CHANGED_MIND = {
    "product_category": "dresses",
    "sku": "DRS-0001",
    "reason_text": "I changed my mind, I no longer need it.",
}


@pytest.mark.parametrize(
    ("history", "named"),
    [
        ({"returns_last_90d": 1, "returns_last_365d": 4, "free_returns_used": 2}, "more than returns_last_90d (1)"),
        ({"returns_last_365d": 5, "free_returns_used": 3}, "more than returns_last_90d (0, left out)"),
    ],
)
def test_more_free_returns_used_than_returns_in_the_quota_window_is_refused_naming_it(
    service: dict[str, Any], history: dict[str, int], named: str
) -> None:
    """The shipped policy's quota counts the free returns of the last 90 days: 2 used beside 1 return in those days
    were scored as sent, a quota used up by returns the history says were never made. Nothing is logged."""
    sent = _fresh(**CHANGED_MIND, customer_history=history)
    answer = _triage(service, [_fresh(), sent])
    assert answer.status_code == 422, answer.text
    [problem] = answer.json()["detail"]
    assert problem["field"] == "returns.1.customer_history.free_returns_used", problem
    assert named in problem["problem"] and "90-day quota window" in problem["problem"], problem
    assert _logged_prices(service, [sent["return_id"]]) == {sent["return_id"]: []}


def test_free_returns_used_past_the_quota_window_is_named_beside_the_bodys_other_problems(
    service: dict[str, Any],
) -> None:
    """A body refused for a negative price named its impossible count of free returns used only on the next try,
    once the price was mended: one 422 names each, in the endpoint's words, and a count within the window none."""
    within = {"returns_last_90d": 1, "returns_last_365d": 1, "free_returns_used": 1}
    past = _fresh(**CHANGED_MIND, customer_history={"returns_last_365d": 5, "free_returns_used": 3})
    body = [_priced(-1.0), past, _fresh(**CHANGED_MIND, price=-2.0, customer_history=within)]
    answer = _triage(service, body)
    assert answer.status_code == 422, answer.text
    named = {problem["field"]: problem["problem"] for problem in answer.json()["detail"]}
    assert list(named) == ["returns.0.price", "returns.1.customer_history.free_returns_used", "returns.2.price"]
    mended = _triage(service, [_priced(1.0), past])
    assert mended.status_code == 422, mended.text
    [problem] = mended.json()["detail"]
    assert named["returns.1.customer_history.free_returns_used"] == problem["problem"], (named, problem)
    assert _logged_prices(service, [past["return_id"]]) == {past["return_id"]: []}


def test_the_shops_count_of_free_returns_used_wins_over_the_returns_counted(service: dict[str, Any]) -> None:
    """The counts do not say which returns used a free one (a return for the shop's fault, or of a category without
    free returns, uses none): 0 used beside 3 returns in the quota's 90 days is the shop's word, and 3 used of 3
    returns spends the quota."""
    returns = {"returns_last_30d": 3, "returns_last_90d": 3, "returns_last_365d": 3}
    decided = []
    for used in (0, 3):
        answer = _triage(service, [_fresh(**CHANGED_MIND, customer_history=returns | {"free_returns_used": used})])
        assert answer.status_code == 200, answer.text
        decided.append([rule["code"] for rule in answer.json()["results"][0]["decision"]["rules"]])
    assert "FREE_RETURN_ELIGIBLE" in decided[0] and "FREE_QUOTA_EXHAUSTED" in decided[1], decided


def _served_price(service: dict[str, Any]) -> dict[str, Any]:
    description = httpx.get(f"{service['url']}/docs.json", timeout=60).json()
    return description["components"]["schemas"]["ReturnRequest"]["properties"]["price"]


@pytest.mark.parametrize(("price", "put_right"), [(0.999, 0.57), (4.589e-86, 0)])
def test_a_price_past_the_cents_is_refused_as_the_description_says(
    service: dict[str, Any], price: float, put_right: float
) -> None:
    """Whole cents are in the price's description, not its schema (`serving.api._price_schema` says why)."""
    assert "whole cents" in _served_price(service)["description"]
    answer = _triage(service, [_priced(price)])
    assert answer.status_code == 422 and [problem["field"] for problem in answer.json()["detail"]] == [
        "returns.0.price"
    ]
    assert _triage(service, [_priced(put_right)]).status_code == 200


def _float_multiples_hold(schema: Any, value: float) -> bool:
    """Every `multipleOf` in `schema` checked as Ajv (by default) and Python's `jsonschema` check it: by dividing in
    binary floating point, where 19.99 / 0.01 is 1998.9999999999998."""
    if isinstance(schema, list):
        return all(_float_multiples_hold(node, value) for node in schema)
    if not isinstance(schema, dict):
        return True
    divisor = schema.get("multipleOf")
    if isinstance(divisor, int | float) and not float(value / divisor).is_integer():
        return False
    return all(_float_multiples_hold(node, value) for node in schema.values())


@pytest.mark.parametrize("price", [19.99, 0.57, 0.29])
def test_an_ordinary_price_passes_the_served_price_schema_as_floats_divide(
    service: dict[str, Any], price: float
) -> None:
    """A client generated from the description in JS or Python sends prices the service takes. The `jsonschema`
    package is not among the project's packages, so its float-dividing `multipleOf` is checked by hand."""
    schema = _served_price(service)
    assert jsonschema_rs.is_valid(schema, price) and _float_multiples_hold(schema, price)
    assert _triage(service, [_priced(price)]).status_code == 200


def _pinned(route: str, body: Any) -> Any:
    """A generated body with what JSON Schema cannot say put right: the dates as in the examples (their upper bound
    is the service's clock, and their order relates three fields: both in the fields' descriptions), a price to the
    cent (a float-dividing `multipleOf` would refuse 19.99: whole cents are in the price's description), a history's
    windows nested (its 90 days hold at least its 30 days' returns, its 365 days its 90's: in customer_history's
    description), /classify's langs as many as its texts (in the field's description)."""
    if route == "/triage":  # a few returns a call: the rules are each return's, the model time the texts'
        return {
            "returns": [
                item | {"price": round(item["price"], 2)} | {date: EXAMPLE_EN[date] for date in DATES} | _nested(item)
                for item in body["returns"][:4]
            ]
        }
    if route == "/classify" and body.get("langs") is not None:
        return body | {"langs": (body["langs"] + [None] * len(body["texts"]))[: len(body["texts"])]}
    return body  # the reload routes' bodies, which may be left out, have no such rule


def _nested(item: dict[str, Any]) -> dict[str, Any]:
    """`item`'s customer_history (when it has one) with each window's count raised to the narrower one's, and the
    count holding the policy's quota window to the free returns used."""
    history = item.get("customer_history")
    if not history:
        return {}
    nested, most = dict(history), 0
    holding = count_holding(load_policy(Settings().policy_path).free_return_quota.window_days)
    if holding is not None:
        nested[holding] = max(nested.get(holding, 0), nested.get("free_returns_used", 0))
    for window in NESTED_COUNTS:
        most = max(most, nested.get(window, 0))
        nested[window] = most
    return {"customer_history": nested}


@pytest.mark.parametrize("route", sorted(API_ROUTES))
def test_bodies_generated_from_the_served_description_are_not_refused_on_these_rules(
    service: dict[str, Any], route: str
) -> None:
    """schemathesis's positive_data_acceptance (ST202) over bodies it generates from the served description, on every
    route that takes a body (the reload routes with an admin key)."""
    operation = schemathesis.openapi.from_url(f"{service['url']}/docs.json").find_operation_by_path("POST", route)
    assert operation is not None
    key = ApiKeyStore(service["database"]).create("ops", KeyScope.ADMIN)[1] if route.startswith("/admin/") else None

    @settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def accepted(case: Any) -> None:
        case.body = _pinned(route, copy.deepcopy(case.body))
        headers = {"Authorization": f"Bearer {key or service['key']}"}
        response = case.call(base_url=service["url"], headers=headers, timeout=60)
        case.validate_response(response, checks=[positive_data_acceptance])

    accepted()


def test_a_retry_writing_its_moments_in_another_offset_gets_the_stored_answer(service) -> None:
    # `19:30+01:00` for `18:30Z` was 409 "already triaged with a different request"; the same instant is one request
    first = _triage(service, [_return("RZ1", request_date="2026-10-08T18:30:00Z")])
    again = _triage(service, [_return("RZ1", request_date="2026-10-08T19:30:00+01:00"), _return("RZ2")])
    other = _triage(service, [_return("RZ1", request_date="2026-10-08T18:31:00Z")])
    assert (first.status_code, again.status_code, other.status_code) == (200, 200, 409), again.text
    assert again.json()["results"][0] == first.json()["results"][0]
    assert _logged_prices(service, ["RZ1", "RZ2"]) == {"RZ1": [89.0], "RZ2": [89.0]}


def test_a_shop_founded_after_the_examples_dates_serves(tmp_path_factory: pytest.TempPathFactory) -> None:
    # every worker built its warm-up request from EXAMPLE_EN (October 2026), refused under a later founding day: the
    # workers failed at start and were started again without end, the port held open
    today = datetime.now(UTC).date().isoformat()
    served = _served(tmp_path_factory, {"TRIAGE_SHOP_FOUNDED": today})
    service = next(served)
    try:
        moment = f"{today}T00:00:00Z"
        dated = _triage(service, [_return("RS1", order_date=moment, delivery_date=moment, request_date=moment)])
        assert dated.status_code == 200, dated.text[:300]
        before = _triage(service, [_return("RS2")])
        assert before.status_code == 422 and "shop_founded" in before.text
    finally:
        served.close()


def test_a_refusal_says_the_rules_own_words_without_pythons_exception_class(service: dict[str, Any]) -> None:
    """Every 422 of a rule began "Value error, ": pydantic's name of the exception a validator raised, said to the
    client before the rule's words, from the body's validation and from the rules the endpoint checks alike."""
    refused = {
        "returns.0.price": _triage(service, [_fresh(price="89.00")]),  # a validator of the body
        "returns.0.return_id": _triage(service, [_return("Ｒ９１")]),  # the endpoint's rule for ids
    }
    for field, answer in refused.items():
        assert answer.status_code == 422, answer.text
        problems = answer.json()["detail"]
        assert field in [problem["field"] for problem in problems], problems
        assert all(problem["problem"] and not problem["problem"].startswith("Value error") for problem in problems)
