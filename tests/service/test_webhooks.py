"""Signed events: outbox written with the write it reports, delivery to a receiver on loopback
(signature verified, retry after a 500, same event id on every attempt, nothing lost when the
process that wrote the events is gone)."""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from webhook_receiver import Receiver, StallingReceiver

import serving.webhooks
from serving.db import create_db_engine, migrate, webhook_outbox
from serving.stores.feedback import FeedbackRecord, FeedbackStore
from serving.stores.predictions import PredictionLog
from serving.stores.webhooks import DELIVERED, FAILED, WebhookError, WebhookStore
from serving.webhooks import DeliveryPolicy, deliver_due, sign, verify_signature

FAST = DeliveryPolicy(timeout_seconds=5, retry_base_seconds=0.05, max_attempts=5)


def _triage_result(return_id: str, decision: str = "free_return") -> tuple[dict, dict]:
    item = {"return_id": return_id, "customer_id": "C1", "reason_text": "too small"}
    result = {
        "return_id": return_id,
        "reason": {"code": "too_small", "confidence": 0.9, "needs_review": False},
        "risk": {"score": 0.02, "band": "low", "reason_codes": []},
        "decision": {"code": decision, "warn": False, "rules": [], "policy_version": "t"},
        "reply": None,
        "model_versions": {"reasons": "1"},
    }
    return item, result


def _log(engine: Engine, return_ids: list[str]) -> None:
    pairs = [_triage_result(return_id) for return_id in return_ids]
    PredictionLog(engine, b"k").record("req", "triage", [p[0] for p in pairs], [p[1] for p in pairs])


def _deliver_until_settled(store: WebhookStore, seconds: float = 20) -> int:
    """Delivery rounds until nothing is pending; returns the rounds run."""
    deadline, rounds = time.monotonic() + seconds, 0
    while store.counts().get("pending") and time.monotonic() < deadline:
        deliver_due(store, FAST)
        rounds += 1
        time.sleep(0.02)
    return rounds


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver().start()
    yield receiver
    receiver.stop()


def test_signature_round_trip_and_replay_window() -> None:
    body = b'{"id":"e1"}'
    signature = sign("s3cret", 1_700_000_000, body)
    assert verify_signature("s3cret", "1700000000", body, signature, now=1_700_000_100)
    assert not verify_signature("s3cret", "1700000000", body + b" ", signature, now=1_700_000_100)
    assert not verify_signature("other", "1700000000", body, signature, now=1_700_000_100)
    assert not verify_signature("s3cret", "1700000000", body, signature, now=1_700_000_301)  # replayed late
    assert not verify_signature("s3cret", "not-a-number", body, signature)


def test_subscriptions_validate_url_and_events(engine: Engine) -> None:
    store = WebhookStore(engine)
    with pytest.raises(WebhookError, match="http"):
        store.subscribe("ftp://example.org/x", "decision.made")
    # a page pasted by mistake was quoted whole
    with pytest.raises(WebhookError, match=re.escape(f"got {'x' * 40!r}… (100,000 characters)")):
        store.subscribe("x" * 100_000, "decision.made")
    with pytest.raises(WebhookError, match=r"decision\.made"):
        store.subscribe("http://127.0.0.1:9/x", "decision.made,order.shipped")
    subscription, secret = store.subscribe("http://127.0.0.1:9/x", "feedback.recorded, decision.made")
    assert subscription.events == ["decision.made", "feedback.recorded"] and len(secret) == 64
    assert [s.id for s in store.subscriptions()] == [subscription.id]
    with pytest.raises(WebhookError):
        store.unsubscribe(subscription.id + 100)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://169.254.169.254/latest/meta-data/iam/", "169.254.169.254 is link-local"),
        ("http://[fe80::1%25eth0]:8080/x", "is link-local"),
        ("http://[::ffff:169.254.169.254]/x", "is link-local"),
        ("http://2852039166/x", "2852039166 resolves to 169.254.169.254, which is link-local"),
        ("http://[fd00:ec2::254]/x", "a cloud metadata service"),
        ("http://Metadata.Google.Internal./computeMetadata/v1/", "a cloud metadata service"),
        ("http://0.0.0.0:9/x", "not the address of one host"),
        ("http://224.0.0.1/x", "not the address of one host"),
        ("http://127.0.0.1:99999/x", "no valid port"),
        # credentials the delivery does not send (taken, then shown by `webhooks list`)
        ("https://user:pw@returns.example/hooks", "url must not hold a user name or password"),
        ("https://token@returns.example/hooks", "url must not hold a user name or password"),
        # no URL: urlsplit's ValueError was the traceback of `triage webhooks add`
        ("http://[::1", "url must be an absolute http(s) URL, got 'http://[::1' (Invalid IPv6 URL)"),
        # taken, and every delivery failed (http.client refuses them in the request line) until the event was given up
        ("https://returns.example/new hooks", "url must be printable ASCII without spaces"),
        ("https://returns.example/r\u00e9ception", "percent-encode other characters"),
        ("https://b\u00fccher.example/hooks", "write an international host name in its xn-- form"),
        ("https://returns.example/x\u2028y", "printable ASCII"),
        ("https://returns.exa\u200bmple/hooks", "printable ASCII"),
        # taken as typed, listed so, and delivered to ".../hooks" (urlsplit drops tabs and line breaks)
        ("https://returns.example/ho\noks", "printable ASCII"),
        ("https://returns.exa\tmple/hooks", "printable ASCII"),
        (" https://returns.example/hooks", "printable ASCII without spaces"),
    ],
)
def test_link_local_metadata_and_no_host_targets_are_refused_naming_why(engine: Engine, url: str, why: str) -> None:
    store = WebhookStore(engine)
    with pytest.raises(WebhookError, match=re.escape(why)):
        store.subscribe(url, "decision.made")
    assert store.subscriptions() == []
    taken_urls = ("http://127.0.0.1:9/x", "http://[::1]:9/x", "http://10.1.2.3/x", "https://returns.example/hooks")
    encoded = ("https://returns.example/r%C3%A9ception?to=a%20b", "https://xn--bcher-kva.example/hooks")
    for taken in (*taken_urls, *encoded):
        assert store.subscribe(taken, "decision.made")[0].url == taken  # the shop's own network is taken


def test_a_name_that_resolves_to_a_refused_address_at_delivery_gets_nothing(
    engine: Engine, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = WebhookStore(engine)
    _, receiver.secret = store.subscribe(receiver.url, "decision.made")
    _log(engine, ["R-rebound"])
    # As if the receiver's name resolved to a metadata service since it was subscribed.
    monkeypatch.setattr(serving.webhooks, "refused_address", lambda address: "a cloud metadata service")
    assert deliver_due(store, FAST).delivered == 0
    assert receiver.deliveries == []
    (attempt,) = store.log(limit=10)
    assert attempt.status_code is None and "not sent" in attempt.error and "metadata" in attempt.error


def test_events_are_written_only_with_the_write_they_report(engine: Engine) -> None:
    store = WebhookStore(engine)
    store.subscribe("http://127.0.0.1:9/x", "decision.made")
    with pytest.raises(RuntimeError), engine.begin() as connection:
        item, result = _triage_result("R-rolled-back")
        PredictionLog(engine, b"k").record("req", "triage", [item], [result], connection)
        raise RuntimeError("the batch failed after logging")
    assert store.counts() == {}
    _log(engine, ["R1", "R2"])
    assert store.counts() == {"pending": 2}
    # classify rows carry no decision: no event
    PredictionLog(engine, b"k").record("c", "classify", [{"text": "x"}], [{"code": "too_small", "model_versions": {}}])
    assert store.counts() == {"pending": 2}


def test_signed_delivery_retries_after_500_with_the_same_event_id(engine: Engine, receiver: Receiver) -> None:
    store = WebhookStore(engine)
    _, receiver.secret = store.subscribe(receiver.url, "decision.made")
    receiver.answer = lambda _event_id, seen: 500 if seen == 0 else 200  # every event fails once
    _log(engine, [f"R{i}" for i in range(4)])
    deliver_due(store, FAST)
    assert store.counts() == {"pending": 4}
    _deliver_until_settled(store)
    assert store.counts() == {DELIVERED: 4}
    assert all(d.signature_ok for d in receiver.deliveries) and len(receiver.deliveries) == 8
    by_id: dict[str, list[bytes]] = {}
    for delivery in receiver.deliveries:
        by_id.setdefault(delivery.event_id, []).append(delivery.raw)
    # a retried event is the same event: same id in the header and the body, same bytes
    assert all(len(raws) == 2 and raws[0] == raws[1] for raws in by_id.values())
    assert {d.body["id"] for d in receiver.deliveries} == set(by_id)
    assert {d.body["data"]["return_id"] for d in receiver.deliveries} == {f"R{i}" for i in range(4)}
    attempts = store.log(limit=100)
    assert len(attempts) == 8 and {a.status_code for a in attempts} == {200, 500}


def test_backoff_doubles_and_gives_up_after_max_attempts(engine: Engine, receiver: Receiver) -> None:
    policy = DeliveryPolicy(timeout_seconds=5, retry_base_seconds=0.05, max_attempts=3)
    store = WebhookStore(engine)
    _, receiver.secret = store.subscribe(receiver.url, "decision.made")
    receiver.answer = lambda _event_id, _seen: 503
    _log(engine, ["R-down"])
    rounds = 0
    while store.counts().get("pending") and rounds < 200:
        deliver_due(store, policy)
        rounds += 1
        time.sleep(0.01)
    assert store.counts() == {FAILED: 1} and len(receiver.deliveries) == 3
    times = [a.attempted_at for a in reversed(store.log(limit=10))]
    gaps = [(later - earlier).total_seconds() for earlier, later in itertools.pairwise(times)]
    assert gaps[0] >= 0.05 and gaps[1] >= 0.1  # base, then doubled
    assert policy.retry_at(times[0], 3) is None


def test_outbox_survives_the_writer_and_a_refused_connection(tmp_path: Path, receiver: Receiver) -> None:
    url = f"sqlite:///{tmp_path / 'triage.db'}"
    writer = create_db_engine(url)
    migrate(writer)
    down, _ = WebhookStore(writer).subscribe("http://127.0.0.1:9/refused", "decision.made")
    _, receiver.secret = WebhookStore(writer).subscribe(receiver.url, "decision.made")
    _log(writer, ["R-a", "R-b", "R-c"])
    deliver_due(WebhookStore(writer), FAST)  # port 9 refuses: pending again, with its attempt logged
    writer.dispose()  # the process that acknowledged the decisions is gone
    restarted = WebhookStore(create_db_engine(url))
    patient = DeliveryPolicy(timeout_seconds=5, retry_base_seconds=0.05, max_attempts=1000)
    deadline = time.monotonic() + 20
    while len(receiver.accepted_ids()) < 3 and time.monotonic() < deadline:
        deliver_due(restarted, patient)
    assert len(receiver.accepted_ids()) == 3
    refused = [a for a in restarted.log(limit=100) if a.url.endswith("/refused")]
    assert refused and all(a.status_code is None and "refused" in a.error.lower() for a in refused)
    assert restarted.unsubscribe(down.id) == 3
    assert restarted.counts() == {DELIVERED: 3, "cancelled": 3}


def test_feedback_events_and_overrides_are_announced_once(engine: Engine, receiver: Receiver) -> None:
    store = WebhookStore(engine)
    _, receiver.secret = store.subscribe(receiver.url, "decision.overridden,feedback.recorded")
    _log(engine, ["R-f"])  # suggested free_return; decision.made is not subscribed
    feedback = FeedbackStore(engine)
    feedback.add_with_history(FeedbackRecord("R-f", "amelie", True, final_decision="free_return"))
    feedback.add_with_history(FeedbackRecord("R-f", "amelie", True, final_decision="paid_return"))
    sent = FeedbackRecord("R-f", "amelie", True, final_decision="paid_return", reply_status="edited")
    feedback.add_with_history(sent)  # the console repeats the outcome so far: no second override
    _deliver_until_settled(store)
    types = sorted(d.body["type"] for d in receiver.deliveries)
    assert types == ["decision.overridden"] + ["feedback.recorded"] * 3
    overridden = next(d.body["data"] for d in receiver.deliveries if d.body["type"] == "decision.overridden")
    assert overridden["suggested_decision"] == "free_return" and overridden["final_decision"] == "paid_return"
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(webhook_outbox)).scalar_one() == 4


def test_a_receiver_that_never_finishes_its_answer_costs_one_timeout_per_attempt(engine: Engine) -> None:
    """A silent receiver ended its attempt at the socket's read timeout, but one sending its answer a byte
    at a time restarted that timeout with every byte: it held the delivery round, and every subscription's
    events behind it, for as long as it kept sending (here 30 s; a hostile one, for ever). Each attempt
    now ends at `timeout_seconds` in all."""
    store = WebhookStore(engine)
    stalling = [StallingReceiver().start(), StallingReceiver(trickle_seconds=0.2).start()]
    try:
        for receiver in stalling:
            store.subscribe(receiver.url, "decision.made")
        _log(engine, ["R-stalled"])
        round_ = threading.Thread(target=deliver_due, args=(store, DeliveryPolicy(timeout_seconds=1)))
        round_.start()
        round_.join(timeout=15)
        assert not round_.is_alive(), "the delivery round is held by a receiver"
    finally:
        for receiver in stalling:
            receiver.stop()
    assert [receiver.connections for receiver in stalling] == [1, 1]
    attempts = store.log(limit=10)
    assert len(attempts) == 2 and all(a.status_code is None and "TimeoutError" in a.error for a in attempts)
    assert store.counts() == {"pending": 2}
