"""Webhook subscriptions, the event outbox and the delivery log.

An event is written to the outbox in the transaction of the write it reports (`enqueue` takes the
caller's connection): the prediction log commit for `decision.made`, the feedback write for
`feedback.recorded` and `decision.overridden`. So an event exists if and only if its write was
committed: nothing acknowledged goes unannounced, and a rolled-back write announces nothing. The
outbox holds one row per event and subscription; the event id is fixed when the event is written,
so every delivery attempt (and any duplicate a receiver sees) carries the same id.

Delivery (`serving.webhooks`) claims a due row by moving its `next_attempt_at` past a lease before
sending, so two workers never send the same row at once; a worker that dies mid-send leaves the
row due again when the lease ends (at-least-once: receivers de-duplicate by event id).
"""

from __future__ import annotations

import ipaddress
import secrets
import socket
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from features.text import quoted_cut
from serving.db import webhook_deliveries, webhook_outbox, webhook_subscriptions

EVENT_TYPES: tuple[str, ...] = ("decision.made", "decision.overridden", "feedback.recorded")
PENDING, DELIVERED, FAILED, CANCELLED = "pending", "delivered", "failed", "cancelled"


class WebhookError(ValueError):
    """A subscription change that cannot be made; the message says why."""


@dataclass(frozen=True)
class Subscription:
    id: int
    url: str
    events: list[str]
    created_at: datetime
    removed_at: datetime | None


@dataclass(frozen=True)
class OutboxItem:
    """A due (event, subscription) pair with what a delivery needs."""

    id: int
    event_id: str
    event_type: str
    payload: dict[str, Any]
    created_at: datetime
    attempts: int
    url: str
    secret: str


@dataclass(frozen=True)
class DeliveryAttempt:
    """One row of the delivery log."""

    outbox_id: int
    event_id: str
    event_type: str
    url: str
    attempt: int
    attempted_at: datetime
    status_code: int | None
    error: str | None
    outbox_status: str


def parse_events(events: str | Sequence[str]) -> list[str]:
    """Event types from a comma-separated string or a list.

    Raises:
        WebhookError: an empty list or an unknown type.
    """
    names = [name.strip() for name in (events.split(",") if isinstance(events, str) else events) if name.strip()]
    unknown = sorted(set(names) - set(EVENT_TYPES))
    if not names or unknown:
        # each quoted as typed (not as a Python list), the first three of however many
        got = ", ".join(quoted_cut(name) for name in unknown[:3]) or "none"
        got += f" and {len(unknown) - 3:,} more" if len(unknown) > 3 else ""
        raise WebhookError(f"events must be some of {', '.join(EVENT_TYPES)}, got {got}")
    return sorted(set(names), key=EVENT_TYPES.index)


# Cloud metadata services outside the link-local range (AWS over IPv6, Alibaba) and their names where a
# resolver outside the cloud does not know them: they hand out the machine's credentials.
METADATA_ADDRESSES = frozenset(map(ipaddress.ip_address, ("fd00:ec2::254", "100.100.100.200")))
METADATA_NAMES = frozenset(("metadata", "metadata.google.internal", "instance-data", "instance-data.ec2.internal"))


def refused_address(address: str) -> str | None:
    """What IP `address` is when events may not be sent to it, or None. A receiver on the shop's own
    network (a private or loopback address) is taken; link-local addresses (where cloud metadata services
    answer), the known metadata addresses, and addresses no one host answers on are not."""
    ip = ipaddress.ip_address(address.split("%")[0])  # an IPv6 zone (`fe80::1%eth0`) is not part of it
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_link_local:
        return "link-local (169.254.0.0/16, fe80::/10), where cloud metadata services answer"
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata service"
    if not ip.is_loopback and (ip.is_unspecified or ip.is_multicast or ip.is_reserved):  # ::1 is in reserved ::/8
        return "not the address of one host (unspecified, multicast or reserved)"
    return None


def refused_host(host: str, port: int | None) -> str | None:
    """Why events may not be sent to `host` (a name, or an address in any form a resolver reads, e.g.
    `2852039166`), or None: it and every address it resolves to must be taken (`refused_address`). A
    name that does not resolve now is taken (the receiver may not exist yet); each delivery checks the
    address it connected to again."""
    if host.rstrip(".").lower() in METADATA_NAMES:
        return f"{host} is a cloud metadata service"
    try:
        if kind := refused_address(host):
            return f"{host} is {kind}"
    except ValueError:  # a name, or an address only a resolver reads
        pass
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return None
    for *_, address in found:
        if kind := refused_address(str(address[0])):
            return f"{host} resolves to {address[0]}, which is {kind}"
    return None


def _check_url(url: str) -> str:
    # Delivery writes the URL's path into the request line as stored: a space, a control or a non-ASCII character
    # there failed every attempt (http.client refuses them) until the event was given up, and urlsplit drops tabs and
    # line breaks, so "https://shop.example/ho\nok" was listed as subscribed and delivered to ".../hook".
    if not (url.isascii() and url.isprintable()) or " " in url:
        raise WebhookError(
            f"url must be printable ASCII without spaces, got {quoted_cut(url)}: percent-encode other characters "
            "(RFC 3986) and write an international host name in its xn-- form"
        )
    try:
        parts = urlsplit(url)
    except ValueError as error:  # "http://[::1": `triage webhooks add` ended in its traceback
        raise WebhookError(f"url must be an absolute http(s) URL, got {quoted_cut(url)} ({error})") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise WebhookError(f"url must be an absolute http(s) URL, got {quoted_cut(url)}")
    if parts.username is not None or parts.password is not None:
        # Delivery connects to the host alone: "https://user:pw@hooks.shop/x" was taken, its events sent without the
        # credentials (a receiver asking for them refused each), and `webhooks list` showed the password.
        raise WebhookError(
            "url must not hold a user name or password: they are not sent; a receiver authenticates events by their "
            "X-Triage-Signature (the subscription's secret)"
        )
    try:
        reason = refused_host(parts.hostname or "", parts.port)
    except ValueError as error:  # a port out of range or not a number
        raise WebhookError(f"url has no valid port: {error}") from None
    if reason is not None:
        raise WebhookError(f"url must name a receiver events may be sent to: {reason}")
    # PostgreSQL refuses a longer one with a database error (a traceback); SQLite stored it.
    if len(url) > (limit := webhook_subscriptions.c.url.type.length):
        raise WebhookError(f"url must be at most {limit:,} characters, got {len(url):,}")
    return url


class WebhookStore:
    """Subscriptions, outbox and delivery log; each method is one committed transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def subscribe(self, url: str, events: str | Sequence[str]) -> tuple[Subscription, str]:
        """Add a subscription; returns it and its signing secret (shown once by the CLI)."""
        secret = secrets.token_hex(32)
        values = {"url": _check_url(url), "events": parse_events(events), "created_at": datetime.now(UTC)}
        with self.engine.begin() as connection:
            row = connection.execute(
                webhook_subscriptions.insert().values(**values, secret=secret).returning(webhook_subscriptions.c.id)
            ).one()
        return Subscription(id=row.id, removed_at=None, **values), secret

    def subscriptions(self, include_removed: bool = False) -> list[Subscription]:
        query = sa.select(*(webhook_subscriptions.c[name] for name in Subscription.__dataclass_fields__))
        if not include_removed:
            query = query.where(webhook_subscriptions.c.removed_at.is_(None))
        with self.engine.connect() as connection:
            return [Subscription(**row._mapping) for row in connection.execute(query.order_by("id"))]

    def unsubscribe(self, subscription_id: int) -> int:
        """Remove a subscription; its undelivered events are cancelled. Returns how many.

        Raises:
            WebhookError: no active subscription with that id.
        """
        now = datetime.now(UTC)
        with self.engine.begin() as connection:
            removed = connection.execute(
                webhook_subscriptions.update()
                .where(webhook_subscriptions.c.id == subscription_id, webhook_subscriptions.c.removed_at.is_(None))
                .values(removed_at=now)
            ).rowcount
            if not removed:
                raise WebhookError(f"no active subscription with id {subscription_id}")
            return connection.execute(
                webhook_outbox.update()
                .where(webhook_outbox.c.subscription_id == subscription_id, webhook_outbox.c.status == PENDING)
                .values(status=CANCELLED)
            ).rowcount

    def due(self, now: datetime, limit: int) -> list[OutboxItem]:
        """Pending rows whose next attempt is due, oldest first."""
        query = (
            sa.select(
                *(webhook_outbox.c[name] for name in ("id", "event_id", "event_type", "payload", "created_at")),
                webhook_outbox.c.attempts,
                webhook_subscriptions.c.url,
                webhook_subscriptions.c.secret,
            )
            .join(webhook_subscriptions)
            .where(webhook_outbox.c.status == PENDING, webhook_outbox.c.next_attempt_at <= now)
            .order_by(webhook_outbox.c.id)
            .limit(limit)
        )
        with self.engine.connect() as connection:
            return [OutboxItem(**row._mapping) for row in connection.execute(query)]

    def claim(self, item: OutboxItem, now: datetime, lease: timedelta) -> bool:
        """Take `item` for one delivery attempt; False when another worker took it first."""
        with self.engine.begin() as connection:
            return (
                connection.execute(
                    webhook_outbox.update()
                    .where(
                        webhook_outbox.c.id == item.id,
                        webhook_outbox.c.status == PENDING,
                        webhook_outbox.c.attempts == item.attempts,
                        webhook_outbox.c.next_attempt_at <= now,
                    )
                    .values(next_attempt_at=now + lease)
                ).rowcount
                == 1
            )

    def record_attempt(
        self,
        item: OutboxItem,
        attempted_at: datetime,
        seconds: float,
        status_code: int | None,
        error: str | None,
        next_attempt_at: datetime | None,
    ) -> str:
        """Log one attempt and move the row on: delivered on success, else due again at
        `next_attempt_at`, or failed when that is None (attempts exhausted). Returns the new status."""
        attempt = item.attempts + 1
        if error is None:
            status, values = DELIVERED, {"delivered_at": attempted_at}
        elif next_attempt_at is None:
            status, values = FAILED, {}
        else:
            status, values = PENDING, {"next_attempt_at": next_attempt_at}
        with self.engine.begin() as connection:
            connection.execute(
                webhook_deliveries.insert().values(
                    outbox_id=item.id,
                    attempt=attempt,
                    attempted_at=attempted_at,
                    status_code=status_code,
                    error=error,
                    seconds=seconds,
                )
            )
            connection.execute(
                webhook_outbox.update()
                .where(webhook_outbox.c.id == item.id)
                .values(status=status, attempts=attempt, **values)
            )
        return status

    def log(self, limit: int = 50, event_id: str | None = None) -> list[DeliveryAttempt]:
        """Delivery attempts, newest first (optionally of one event)."""
        query = (
            sa.select(
                webhook_deliveries.c.outbox_id,
                webhook_outbox.c.event_id,
                webhook_outbox.c.event_type,
                webhook_subscriptions.c.url,
                webhook_deliveries.c.attempt,
                webhook_deliveries.c.attempted_at,
                webhook_deliveries.c.status_code,
                webhook_deliveries.c.error,
                webhook_outbox.c.status.label("outbox_status"),
            )
            .select_from(webhook_deliveries.join(webhook_outbox).join(webhook_subscriptions))
            .order_by(webhook_deliveries.c.id.desc())
            .limit(limit)
        )
        if event_id is not None:
            query = query.where(webhook_outbox.c.event_id == event_id)
        with self.engine.connect() as connection:
            return [DeliveryAttempt(**row._mapping) for row in connection.execute(query)]

    def counts(self) -> dict[str, int]:
        """Outbox rows by status."""
        query = sa.select(webhook_outbox.c.status, sa.func.count()).group_by(webhook_outbox.c.status)
        with self.engine.connect() as connection:
            return {status: count for status, count in connection.execute(query)}


def enqueue(connection: Connection, events: Sequence[tuple[str, Mapping[str, Any]]]) -> list[str]:
    """Write events to the outbox inside the caller's transaction, one row per subscriber.

    Args:
        connection: the transaction of the write the events report.
        events: `(event type, payload)` pairs; payloads must be JSON-serialisable.

    Returns:
        The events' ids, in order (an event nobody subscribes to gets an id but no row).
    """
    for event_type, _ in events:
        if event_type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {event_type!r}")
    ids = [str(uuid.uuid4()) for _ in events]
    if not events:
        return ids
    active = connection.execute(
        sa.select(webhook_subscriptions.c.id, webhook_subscriptions.c.events).where(
            webhook_subscriptions.c.removed_at.is_(None)
        )
    ).all()
    now = datetime.now(UTC)
    rows = [
        {
            "event_id": event_id,
            "event_type": event_type,
            "subscription_id": subscription.id,
            "payload": dict(payload),
            "created_at": now,
            "status": PENDING,
            "attempts": 0,
            "next_attempt_at": now,
        }
        for event_id, (event_type, payload) in zip(ids, events, strict=True)
        for subscription in active
        if event_type in subscription.events
    ]
    if rows:
        connection.execute(webhook_outbox.insert(), rows)
    return ids
