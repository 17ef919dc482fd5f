"""Signed webhook events: the signature, one delivery round and the service's delivery thread.

Each event is POSTed as JSON (`{"id", "type", "created_at", "data"}`) with the headers

- `X-Triage-Event-Id`: the event id (the same on every attempt: de-duplicate on it);
- `X-Triage-Timestamp`: Unix seconds when this attempt was signed;
- `X-Triage-Signature`: `v1=` + hex HMAC-SHA256 with the subscription's secret over
  `"{timestamp}.{raw body}"`.

A receiver recomputes the HMAC over the timestamp header, a dot and the raw body bytes, compares
it in constant time and rejects a timestamp more than the replay window (`verify_signature`,
default 300 s) from its clock, so a captured request cannot be replayed later. Any 2xx answer
counts as delivered; anything else (or no whole answer within the timeout, which bounds the attempt
in all, however slowly a receiver sends) is retried after
`retry_base_seconds * 2**(attempts - 1)`, capped at an hour, until `max_attempts`, then marked failed.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import http.client
import json
import logging
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine

from serving.stores.webhooks import DELIVERED, OutboxItem, WebhookStore, refused_address
from triage.settings import Settings

SIGNATURE_HEADER = "X-Triage-Signature"
TIMESTAMP_HEADER = "X-Triage-Timestamp"
EVENT_ID_HEADER = "X-Triage-Event-Id"
REPLAY_WINDOW_SECONDS = 300
MAX_RETRY_DELAY = timedelta(hours=1)
logger = logging.getLogger(__name__)


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The signature header's value for `body` sent at `timestamp`."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"v1={digest}"


def verify_signature(
    secret: str,
    timestamp_header: str,
    body: bytes,
    signature_header: str,
    now: float | None = None,
    replay_window_seconds: int = REPLAY_WINDOW_SECONDS,
) -> bool:
    """What a receiver runs: the signature matches and the timestamp is within the replay window."""
    try:
        timestamp = int(timestamp_header)
    except ValueError:
        return False
    if abs((time.time() if now is None else now) - timestamp) > replay_window_seconds:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature_header)


def event_body(item: OutboxItem) -> bytes:
    """The JSON body of an event: the same bytes on every attempt."""
    envelope = {
        "id": item.event_id,
        "type": item.event_type,
        "created_at": item.created_at.replace(tzinfo=item.created_at.tzinfo or UTC).isoformat(),
        "data": item.payload,
    }
    return json.dumps(envelope, sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True)
class DeliveryPolicy:
    """How hard to try: timeout per attempt, backoff base, attempts before giving up."""

    timeout_seconds: float = 10.0
    retry_base_seconds: float = 10.0
    max_attempts: int = 10

    @property
    def lease(self) -> timedelta:
        """How long a claimed row stays away from other workers: longer than any attempt."""
        return timedelta(seconds=self.timeout_seconds * 3 + 5)

    def retry_at(self, now: datetime, attempts: int) -> datetime | None:
        """When to try again after `attempts` failed attempts; None once they are used up."""
        if attempts >= self.max_attempts:
            return None
        return now + min(timedelta(seconds=self.retry_base_seconds * 2 ** (attempts - 1)), MAX_RETRY_DELAY)


def delivery_policy(settings: Settings) -> DeliveryPolicy:
    """The delivery policy the settings ask for (`TRIAGE_WEBHOOK_*`)."""
    return DeliveryPolicy(
        timeout_seconds=settings.webhook_timeout_seconds,
        retry_base_seconds=settings.webhook_retry_base_seconds,
        max_attempts=settings.webhook_max_attempts,
    )


@dataclass(frozen=True)
class RoundResult:
    """What one delivery round did."""

    attempted: int
    delivered: int
    failed_attempts: int


def post(item: OutboxItem, timeout: float) -> tuple[int | None, str | None]:
    """POST one event within `timeout` seconds in all; returns (HTTP status or None, error or None when
    delivered). Redirects are not followed: the event is signed for its subscription's URL."""
    body = event_body(item)
    timestamp = int(time.time())
    url = urllib.parse.urlsplit(item.url)
    secure = url.scheme == "https"
    # http.client reads the port (and an IPv6 address's brackets) from "host:port" itself.
    connection = (http.client.HTTPSConnection if secure else http.client.HTTPConnection)(
        url.netloc.rpartition("@")[2], timeout=timeout
    )
    # The socket's timeout bounds each read, not the attempt: a receiver sending its answer a byte at a
    # time would hold the delivery thread, and every subscription's events behind it, for as long as it
    # likes. The watchdog ends the attempt at its deadline by shutting the connection down.
    expired = threading.Event()
    watchdog = threading.Timer(timeout, _shut_down, (connection, expired))
    watchdog.start()
    try:
        connection.connect()
        if expired.is_set():  # the deadline passed while connecting, before there was a socket to shut
            raise TimeoutError
        # The name may resolve elsewhere now than when it was subscribed: nothing is sent to a refused address.
        peer = connection.sock.getpeername()[0]
        if kind := refused_address(peer):
            raise ValueError(f"not sent: {url.hostname} resolved to {peer}, which is {kind}")
        connection.request(
            "POST",
            urllib.parse.urlunsplit(("", "", url.path or "/", url.query, "")),
            body=body,
            headers={
                "Content-Type": "application/json",
                "User-Agent": "returns-triage-webhooks/1",
                EVENT_ID_HEADER: item.event_id,
                TIMESTAMP_HEADER: str(timestamp),
                SIGNATURE_HEADER: sign(item.secret, timestamp, body),
            },
        )
        status = connection.getresponse().status
    except (OSError, ValueError, http.client.HTTPException) as error:  # refused, timed out, DNS, bad URL
        status, failure = None, f"{type(error).__name__}: {error}"
    else:
        failure = None if 200 <= status < 300 else f"HTTP {status}"
    finally:
        watchdog.cancel()
        connection.close()
    if expired.is_set():  # whatever was read by then, the shut-down cut it short: not an answer
        return None, f"TimeoutError: no whole answer within {timeout:g} s"
    return status, failure


def _shut_down(connection: http.client.HTTPConnection, expired: threading.Event) -> None:
    """The attempt's deadline: shutting the socket down ends a read or write in progress on it."""
    expired.set()
    sock = connection.sock  # read once: the attempt may be closing it (and setting it to None) meanwhile
    if sock is not None:
        with contextlib.suppress(OSError):  # already closed by the attempt itself
            sock.shutdown(socket.SHUT_RDWR)


def deliver_due(store: WebhookStore, policy: DeliveryPolicy, limit: int = 100) -> RoundResult:
    """One delivery round: every due event at most once, oldest first."""
    attempted = delivered = 0
    for item in store.due(datetime.now(UTC), limit):
        if not store.claim(item, datetime.now(UTC), policy.lease):
            continue
        started = time.monotonic()
        status_code, error = post(item, policy.timeout_seconds)
        finished = datetime.now(UTC)
        retry_at = None if error is None else policy.retry_at(finished, item.attempts + 1)
        status = store.record_attempt(item, finished, time.monotonic() - started, status_code, error, retry_at)
        attempted += 1
        delivered += status == DELIVERED
    return RoundResult(attempted=attempted, delivered=delivered, failed_attempts=attempted - delivered)


class DeliveryThread:
    """Runs delivery rounds every `interval_seconds` on a daemon thread until `stop()`."""

    def __init__(self, engine: Engine, policy: DeliveryPolicy, interval_seconds: float) -> None:
        self.store = WebhookStore(engine)
        self.policy = policy
        self.interval_seconds = interval_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="webhook-delivery", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.policy.timeout_seconds + 5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                deliver_due(self.store, self.policy)
            except Exception:  # a database hiccup must not end deliveries; the next round retries
                logger.exception("webhook delivery round failed")
            self._stop.wait(self.interval_seconds)
