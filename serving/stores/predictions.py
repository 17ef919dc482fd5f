"""The prediction log: every triage/classify request and its response, pseudonymised.

Monitoring reads the free text, so it is kept; customer identifiers are replaced by a keyed
HMAC (stable, so a customer's requests can still be grouped, but not reversible without the
key); e-mail addresses and phone numbers in free text can be redacted by a setting.

Each `/triage` item's keyed fingerprint is stored with it, so a retried request is recognised
(`answered`) and answered from the log instead of being triaged and written again.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from serving.db import predictions, triage_claims, upsert_insert
from serving.stores.webhooks import enqueue
from triage.settings import Settings

# A match starts only where a run of address characters does: started from each character of a long run without
# an "@", the pattern read the run to its end each time (quadratic). A run of any length is redacted whole (a
# bound of 64 left a longer local part's head in the log).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Seven or more digits with optional separators / international prefix: phone-like, not prices.
_PHONE = re.compile(r"(?<![\w.,])\+?\d(?:[\s.()-]?\d){6,}(?![\w])")
# Request fields that identify a customer and are stored only as pseudonyms.
_IDENTIFYING_FIELDS = ("customer_id", "customer_name", "customer_email_hash")
_FREE_TEXT_FIELDS = ("reason_text", "text")
# The key's file in the state folder, when no `TRIAGE_PSEUDONYM_KEY` is set.
PSEUDONYM_KEY_FILE = "pseudonym.key"


def pseudonym_key(settings: Settings) -> bytes:
    """The HMAC key: `Settings.pseudonym_key`, else a random key persisted in the state folder.

    A served state's first start runs this in every worker and model process at once: the key file
    is created once, whole (`_create_once`), so they all read the same key. Two keys would give one
    customer two pseudonyms and one request two fingerprints (its retry refused as a conflict);
    a file read half-written gave an empty key, an unkeyed hash of the customer ids.

    Raises:
        ValueError: the key file exists but holds no key, or cannot be read (named).
    """
    if settings.pseudonym_key:
        return settings.pseudonym_key.encode()
    path = settings.state_dir / PSEUDONYM_KEY_FILE
    if not path.exists():
        settings.state_dir.mkdir(parents=True, exist_ok=True)
        _create_once(path, secrets.token_hex(32))
    try:
        key = path.read_text(encoding="utf-8").strip().encode()
    except (OSError, UnicodeDecodeError) as error:
        # a folder there was a traceback; bytes that are no text said "'utf-8' codec can't decode" naming no file
        why = error.strerror if isinstance(error, OSError) and error.strerror else "not the key's text"
        raise ValueError(
            f"{path} cannot be read as the pseudonym key ({why}): restore the key the stored pseudonyms were made "
            "with, or set TRIAGE_PSEUDONYM_KEY"
        ) from None
    if not key:
        raise ValueError(
            f"{path} is empty: restore the key the stored pseudonyms were made with, or set TRIAGE_PSEUDONYM_KEY"
        )
    return key


def existing_pseudonym_key(settings: Settings) -> bytes | None:
    """The key `pseudonym_key` gives, or None when there is none yet (no setting, no key file): a command that only
    reads makes no key, nor a state folder for it.

    Raises:
        ValueError: the key file exists but holds no key.
    """
    if not settings.pseudonym_key and not (settings.state_dir / PSEUDONYM_KEY_FILE).exists():
        return None
    return pseudonym_key(settings)


def _create_once(path: Path, text: str) -> None:
    """Write `text` to `path`, readable by its owner only, unless `path` exists (then leave it): the
    file appears whole or not at all (a hard link to a complete temporary file), and the first
    writer wins."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # mode 0600
    try:
        with os.fdopen(descriptor, "w") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        os.unlink(temporary)


def pseudonymise(value: str, key: bytes) -> str:
    """Keyed, stable pseudonym of an identifier (HMAC-SHA256, hex)."""
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def redact_contact_details(text: str) -> str:
    """Replace e-mail addresses and phone numbers with placeholders."""
    return _PHONE.sub("[phone]", _EMAIL.sub("[email]", text))


@dataclass(frozen=True)
class LoggedPrediction:
    """One row of the log, as stored."""

    request_id: str
    endpoint: str
    return_id: str | None
    customer_pseudonym: str | None
    created_at: datetime
    request: dict[str, Any]
    response: dict[str, Any]
    reason_code: str | None
    decision_code: str | None
    model_versions: dict[str, str]


def newest_logged(
    return_id: str, *columns: sa.ColumnElement[Any], where: Sequence[sa.ColumnElement[bool]] = ()
) -> sa.Select[Any]:
    """The query of `columns` of the return's newest row in the prediction log (of those meeting `where`): the answer
    the customer's draft came from, for the feedback store's checks and events and the console's return page, each run
    on the caller's connection."""
    return (
        sa.select(*columns)
        .where(predictions.c.return_id == return_id, *where)
        .order_by(predictions.c.id.desc())
        .limit(1)
    )


def decision_events(request_id: str, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """`decision.made` payloads of logged rows that carry a decision: ids, reason, risk and the
    decision with its rules; no customer data (the receiver knows the return by its id)."""
    events = []
    for row in rows:
        response = row["response"]
        if not response.get("decision"):
            continue
        reason, risk = response.get("reason") or {}, response.get("risk") or {}
        events.append(
            {
                "return_id": row["return_id"],
                "request_id": request_id,
                "reason": {key: reason.get(key) for key in ("code", "confidence", "needs_review")} if reason else None,
                "risk": {key: risk.get(key) for key in ("score", "band", "reason_codes")} if risk else None,
                "decision": response["decision"],
                "model_versions": row["model_versions"],
            }
        )
    return events


class PredictionLog:
    """Appends requests and responses; each `record` call is one committed transaction."""

    def __init__(
        self,
        engine: Engine,
        key: bytes,
        redact: bool = False,
        min_free_bytes: int = 1,
        reservation_lease_seconds: float = Settings.model_fields["reservation_lease_seconds"].default,
    ) -> None:
        self.engine = engine
        self.key = key
        self.redact = redact
        self.min_free_bytes = min_free_bytes
        self.reservation_lease = timedelta(seconds=reservation_lease_seconds)

    def _scrub(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """A copy of one request item that is safe to store."""
        clean = dict(item)
        for field in _IDENTIFYING_FIELDS:
            if clean.get(field) is not None:
                clean[field] = pseudonymise(str(clean[field]), self.key)
        if self.redact:
            for field in _FREE_TEXT_FIELDS:
                if isinstance(clean.get(field), str):
                    clean[field] = redact_contact_details(clean[field])
        return clean

    def fingerprint(self, item: Mapping[str, Any]) -> str:
        """Keyed hash of a request item (JSON-ready values): equal for equal items (`serving.idempotency` gives it
        `/triage` requests with their moments in UTC)."""
        return pseudonymise(json.dumps(item, sort_keys=True, ensure_ascii=False), self.key)

    def answered(self, return_ids: Sequence[str], connection: Connection) -> dict[str, tuple[str | None, dict]]:
        """For each of `return_ids` that `/triage` answered: the stored fingerprint and result (the latest)."""
        query = (
            sa.select(predictions.c.return_id, predictions.c.request_fingerprint, predictions.c.response)
            .where(predictions.c.endpoint == "triage", predictions.c.return_id.in_(sorted(set(return_ids))))
            .order_by(predictions.c.id)
        )
        return {row.return_id: (row.request_fingerprint, row.response) for row in connection.execute(query)}

    def claimed(self, return_ids: Sequence[str], connection: Connection) -> dict[str, str | None]:
        """For each of `return_ids` that is claimed, the fingerprint of the request its claim holds (None for a
        claim taken before claims held one)."""
        query = sa.select(triage_claims.c.return_id, triage_claims.c.request_fingerprint).where(
            triage_claims.c.return_id.in_(sorted(set(return_ids)))
        )
        return {row.return_id: row.request_fingerprint for row in connection.execute(query)}

    def claim(self, fingerprints: Mapping[str, str | None], connection: Connection) -> dict[str, str | None]:
        """Claim the logging of returns (return_id -> the fingerprint of the request it is triaged for) in
        the caller's transaction; for the returns claimed before (by a call's reservation, or by another
        worker or replica that may have logged them since the caller read `answered`), the fingerprint
        their claim holds (None for a claim taken before claims held one).

        The claims taken before are locked until the caller's transaction ends, so a read of the log
        after this sees what their holder committed. On PostgreSQL a claim another open transaction
        holds waits until that transaction ends; claims go in sorted order, so two batches wait in
        one order and never deadlock. On SQLite the write lock serialises batches (the claim is the
        first write).

        A claim for a different request whose return is still not logged after `reservation_lease` is
        taken over (`_take_over_expired`): only a call's reservation can be left so (its holder killed
        between reserving and logging), and it must not refuse a corrected request for good.
        """
        ids = sorted(fingerprints)
        if not ids:
            return {}
        now = datetime.now(UTC)
        insert = (
            upsert_insert(connection.dialect.name)(triage_claims)
            .values([{"return_id": id_, "claimed_at": now, "request_fingerprint": fingerprints[id_]} for id_ in ids])
            .on_conflict_do_nothing(index_elements=["return_id"])
            .returning(triage_claims.c.return_id)
        )
        taken = sorted(set(ids) - set(connection.execute(insert).scalars()))
        if not taken:
            return {}
        held = (
            sa.select(triage_claims.c.return_id, triage_claims.c.request_fingerprint)
            .where(triage_claims.c.return_id.in_(taken))
            .order_by(triage_claims.c.return_id)
            .with_for_update()
        )
        claims = {row.return_id: row.request_fingerprint for row in connection.execute(held)}
        other = {id_: fingerprints[id_] for id_, key in claims.items() if key != fingerprints[id_]}
        expired = self._take_over_expired(other, now, connection) if other else set()
        return {id_: key for id_, key in claims.items() if id_ not in expired}

    def _take_over_expired(
        self, fingerprints: Mapping[str, str | None], now: datetime, connection: Connection
    ) -> set[str]:
        """Claim for `fingerprints` those of their returns whose claim is older than the lease and not
        logged; the return ids taken over. The caller holds the claims' locks, so this statement's
        snapshot (PostgreSQL: a new one) sees every row their holders logged."""
        logged = sa.select(predictions.c.id).where(
            predictions.c.return_id == triage_claims.c.return_id, predictions.c.endpoint == "triage"
        )
        renew = (
            triage_claims.update()
            .where(
                triage_claims.c.return_id.in_(sorted(fingerprints)),
                triage_claims.c.claimed_at < now - self.reservation_lease,
                ~logged.exists(),
            )
            .values(
                claimed_at=now,
                request_fingerprint=sa.case(dict(fingerprints), value=triage_claims.c.return_id),
            )
            .returning(triage_claims.c.return_id)
        )
        return set(connection.execute(renew).scalars())

    def release(self, fingerprints: Mapping[str, str], connection: Connection) -> None:
        """Give up the claims a call reserved (return_id -> its request's fingerprint) whose returns were
        not logged: the call failed, and another request for them must not be refused on its account."""
        ids = sorted(fingerprints)
        # First wait for a batch holding these claims to commit: on PostgreSQL a DELETE that waits for a
        # row re-checks its condition against its own older snapshot, which misses the rows just logged.
        connection.execute(
            sa.select(triage_claims.c.return_id)
            .where(triage_claims.c.return_id.in_(ids))
            .order_by(triage_claims.c.return_id)
            .with_for_update()
        )
        logged = sa.select(predictions.c.id).where(
            predictions.c.return_id == triage_claims.c.return_id, predictions.c.endpoint == "triage"
        )
        connection.execute(
            triage_claims.delete().where(
                triage_claims.c.return_id.in_(ids),
                triage_claims.c.request_fingerprint.in_(sorted(set(fingerprints.values()))),
                ~logged.exists(),
            )
        )

    def record(
        self,
        request_id: str,
        endpoint: str,
        items: Sequence[Mapping[str, Any]],
        results: Sequence[Mapping[str, Any]],
        connection: Connection | None = None,
        fingerprints: Sequence[str] | None = None,
    ) -> None:
        """Store one row per (request item, result) pair, atomically; returns once committed.

        Results carry `model_versions` and optionally `reason`/`risk`/`decision`/`reply` parts, whose
        codes, review flag, band, language and handover are copied to columns so monitoring and the
        console's queue can filter without parsing JSON. With `connection`, the
        rows join the caller's transaction (committed when the caller commits) instead.
        `fingerprints` (one per item, see `fingerprint`) let a retry be recognised.
        """
        if connection is None:
            with self.engine.begin() as own:
                self.record(request_id, endpoint, items, results, own, fingerprints)
            return
        if len(items) != len(results):
            raise ValueError(f"{len(items)} request items but {len(results)} results")
        now = datetime.now(UTC)
        rows = []
        keys = fingerprints if fingerprints is not None else [None] * len(items)
        for item, result, key in zip(items, results, keys, strict=True):
            clean = self._scrub(item)
            reason = result.get("reason") or {}
            decision = result.get("decision") or {}
            risk = result.get("risk") or {}
            reply = result.get("reply") or {}
            rows.append(
                {
                    "request_id": request_id,
                    "endpoint": endpoint,
                    "return_id": item.get("return_id"),
                    "customer_pseudonym": clean.get("customer_id"),
                    "created_at": now,
                    "request": clean,
                    "response": dict(result),
                    "reason_code": reason.get("code"),
                    "decision_code": decision.get("code"),
                    "model_versions": dict(result.get("model_versions") or {}),
                    "needs_review": reason.get("needs_review"),
                    "risk_band": risk.get("band"),
                    "lang": item.get("lang") or reply.get("lang"),
                    "handover": reply.get("handover"),
                    "request_fingerprint": key,
                }
            )
        connection.execute(predictions.insert(), rows)
        # Announced in the same transaction: a decision is announced exactly when it is logged.
        enqueue(connection, [("decision.made", payload) for payload in decision_events(request_id, rows)])

    def count(self) -> int:
        """Rows in the log."""
        with self.engine.connect() as connection:
            return connection.execute(sa.select(sa.func.count()).select_from(predictions)).scalar_one()

    def recent(self, limit: int = 100) -> list[LoggedPrediction]:
        """The newest rows, newest first."""
        query = sa.select(predictions).order_by(predictions.c.id.desc()).limit(limit)
        with self.engine.connect() as connection:
            return [
                LoggedPrediction(**{field: row._mapping[field] for field in LoggedPrediction.__dataclass_fields__})
                for row in connection.execute(query)
            ]

    def is_writable(self) -> str | None:
        """None when a write transaction can be opened and (SQLite) its disk has `min_free_bytes` free,
        else the reason it cannot take writes. Cheap: readiness polls it."""
        try:
            with self.engine.begin() as connection:
                # An UPDATE matching nothing takes the write lock without changing data.
                connection.execute(predictions.update().where(predictions.c.id == -1).values(endpoint="probe"))
        except Exception as error:  # any driver error means "not writable"; the reason is reported
            return f"prediction log not writable: {type(error).__name__}: {error}"
        return self._disk_problem()

    def _disk_problem(self) -> str | None:
        """Why the SQLite file's disk cannot take the next writes, or None. The lock probe above writes
        nothing, so it succeeds on a full disk, and so do commits that fit in the WAL's space already
        allocated, until one does not (faults.py disk-full). PostgreSQL's disk is the server's to watch."""
        database = self.engine.url.database
        if self.engine.dialect.name != "sqlite" or not database or database == ":memory:":
            return None
        folder = Path(database).resolve().parent
        free = shutil.disk_usage(folder).free
        if free < self.min_free_bytes:
            return (
                f"prediction log not writable: {free:,} bytes free on the disk of {folder} "
                f"(needs {self.min_free_bytes:,}, TRIAGE_MIN_FREE_DISK_MB)"
            )
        return None
