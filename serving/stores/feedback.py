"""Agents' feedback on triaged returns: the label stream for retraining.

Idempotent: a record equal to the return's newest record is not stored again (a client retrying
after a timeout or a crash gets the same id), and two copies arriving at once are stored once (a
unique fingerprint of the record and the record before it). A record equal to an older one is
kept: the console writes the return's whole outcome with every action, so going back to an
earlier state is new feedback.

That cannot tell a late retry of an older record from going back to it: record A, then B, then A
sent again after a timeout made A the newest record again, over the agent's correction. A client
that sends an idempotency key with each record (`POST /feedback`'s `Idempotency-Key` header) is
answered for a key used before with the record it was first used for, and nothing is stored or
corrected; the same key with another record is `KeyReused`. Keys are the client's own: each API key
has its keys apart (two clients both numbering their records from 1 do not meet), kept as long as
the prediction log keeps a triaged return (`serving.stores.retention.purge`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from serving.db import feedback, feedback_keys, predictions, upsert_insert
from serving.stores.history import apply_feedback
from serving.stores.predictions import newest_logged
from serving.stores.redecisions import newest_for
from serving.stores.webhooks import enqueue


@dataclass(frozen=True)
class FeedbackRecord:
    """An agent's outcome for one triaged return.

    `reply_status` is `sent_as_is`, `edited` (then `edited_reply` holds the text sent) or
    `not_sent`; `inspection_outcome` arrives later, when the warehouse has inspected the parcel;
    `note` is the agent's explanation, required by the console when it overrides the decision;
    `decision_reason` and `reply_reason` name the reason the final decision and the sent reply were made
    for when the console decided and drafted again for a corrected reason (None: the suggested reason).
    `reason_accepted` None (`POST /feedback` leaving it out) says nothing of the reason: `FeedbackStore.add`
    stores the newest record's instead, so a stored record always says.
    """

    return_id: str
    agent_id: str
    reason_accepted: bool | None
    corrected_reason: str | None = None
    final_decision: str | None = None
    reply_status: str | None = None
    edited_reply: str | None = None
    inspection_outcome: str | None = None
    note: str | None = None
    decision_reason: str | None = None
    reply_reason: str | None = None


@dataclass(frozen=True)
class IdempotencyKey:
    """A client's `Idempotency-Key` and the id of the API key that sent it: keys are kept per client."""

    caller: str
    key: str


class KeyReused(ValueError):
    """An idempotency key sent again with a record other than the one it was first used for."""

    def __init__(self, key: str) -> None:
        super().__init__(
            f"Idempotency-Key {key!r} was used before for a different feedback record; "
            "send each record with a key of its own, and a retry with its record's key"
        )


def fingerprint(record: FeedbackRecord, previous_id: int | None) -> str:
    """SHA-256 of the record's fields and of the id of the return's record before it."""
    return hashlib.sha256(json.dumps([asdict(record), previous_id], sort_keys=True).encode()).hexdigest()


def feedback_events(
    connection: Connection, record_id: int, record: FeedbackRecord, previous_final_decision: str | None
) -> list[tuple[str, dict[str, Any]]]:
    """`feedback.recorded` for every record, and `decision.overridden` when the record sets a final
    decision other than the logged suggestion that the return's previous record did not already set
    (the console writes the whole outcome so far with every action). Agents' free text (edited
    reply, note) stays out of the events."""
    data = {
        "feedback_id": record_id,
        "return_id": record.return_id,
        "agent_id": record.agent_id,
        "reason_accepted": record.reason_accepted,
        "corrected_reason": record.corrected_reason,
        "final_decision": record.final_decision,
        "reply_status": record.reply_status,
        "inspection_outcome": record.inspection_outcome,
    }
    events: list[tuple[str, dict[str, Any]]] = [("feedback.recorded", data)]
    if record.final_decision is None or record.final_decision == previous_final_decision:
        return events
    suggested = connection.execute(
        newest_logged(record.return_id, predictions.c.decision_code, where=[predictions.c.decision_code.is_not(None)])
    ).scalar_one_or_none()
    if record.final_decision != suggested:
        events.append(
            (
                "decision.overridden",
                {
                    "feedback_id": record_id,
                    "return_id": record.return_id,
                    "agent_id": record.agent_id,
                    "suggested_decision": suggested,
                    "final_decision": record.final_decision,
                },
            )
        )
    return events


class ReasonUnsaid(ValueError):
    """A return's first record says nothing of the reason: there is no earlier one to keep it from."""

    def __init__(self, return_id: str) -> None:
        super().__init__(
            f"reason_accepted is required in the first feedback record of return {return_id}: "
            "no earlier record says whether its suggested reason was right"
        )


class CorrectedToTheSuggestion(ValueError):
    """A record says the suggested reason was wrong and corrects it to that very reason: monitoring counted it as a
    wrong suggestion (`reason_accepted` false) whose correct reason was the one suggested."""

    def __init__(self, return_id: str, reason: str) -> None:
        super().__init__(
            f"corrected_reason {reason} is the reason suggested for return {return_id}: send reason_accepted true "
            "to say the suggestion was right"
        )


class ToldAnotherDecision(ValueError):
    """A record saying the reply went out as drafted beside a final decision other than the one that draft told the
    customer (a free label, a fee, a review): monitoring reads a draft sent unchanged as one the agent agreed with, and
    the return's page would show a decision the customer was never told. The console refuses the pair either way
    round (`serving.console.review.decide`, `send_reply`); `reply_sent` says which way this record came."""

    def __init__(self, return_id: str, told: str, decided: str, reply_sent: bool) -> None:
        self.told, self.decided, self.reply_sent = told, decided, reply_sent
        super().__init__(
            f"final_decision {decided} is not the decision the reply sent as drafted (reply_status sent_as_is) told "
            f"the customer of return {return_id} ({told}): a reply that says {decided} is sent as reply_status edited "
            "with its text"
        )


class FeedbackStore:
    """Appends feedback records; each `add` is committed before it returns (or with the caller's transaction)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(self, record: FeedbackRecord, connection: Connection | None = None) -> int:
        """Store a record unless it equals the return's newest one, and return its id; with
        `connection`, inside the caller's transaction. A record that says nothing of the reason, the reply or the
        inspection keeps the newest record's (`_facts_kept`).

        Raises:
            ReasonUnsaid: the return's first record leaves `reason_accepted` out.
            ToldAnotherDecision: the record says the reply went out as drafted beside a final decision that draft did
                not state.
        """
        if connection is None:
            with self.engine.begin() as own:
                return self.add(record, own)
        _lock_return(connection, record.return_id)
        reply_sent = record.reply_status == "sent_as_is"  # as sent, before the newest record's reply is kept
        fields = list(FeedbackRecord.__dataclass_fields__)
        newest = connection.execute(
            sa.select(feedback.c.id, *(feedback.c[name] for name in fields))
            .where(feedback.c.return_id == record.return_id)
            .order_by(feedback.c.id.desc())
            .limit(1)
        ).first()
        stored = None
        if newest is not None:
            stored = FeedbackRecord(**{name: newest._mapping[name] for name in fields})
            record = _facts_kept(record, stored)
            if stored == record:
                return int(newest.id)  # a retry
        if record.reason_accepted is None:
            raise ReasonUnsaid(record.return_id)
        _refuse_another_decision_than_told(connection, record, stored, reply_sent)
        key = fingerprint(record, None if newest is None else int(newest.id))
        insert = upsert_insert(connection.dialect.name)(feedback).on_conflict_do_nothing(index_elements=["fingerprint"])
        # The id the insert returns, none when it stored nothing: the row count of such an insert is -1 on PostgreSQL
        # (it returns), stored or not, and reading the missing id was a 500 for one of ten copies posted at once.
        inserted = connection.execute(
            insert.values(**asdict(record), created_at=datetime.now(UTC), fingerprint=key).returning(feedback.c.id)
        ).scalar_one_or_none()
        if inserted is None:  # the same retry, stored meanwhile by another worker
            return int(connection.execute(sa.select(feedback.c.id).where(feedback.c.fingerprint == key)).scalar_one())
        record_id = int(inserted)
        # Announced in the same transaction as the record, so an acknowledged record is never lost.
        previous = None if newest is None else newest.final_decision
        enqueue(connection, feedback_events(connection, record_id, record, previous))
        return record_id

    def add_with_history(self, record: FeedbackRecord, idempotency_key: IdempotencyKey | None = None) -> int:
        """Store a record and write its corrected reason and inspection outcome to the stored return,
        in one transaction, so later risk features see them; returns the record's id. A key used before
        answers the id of the record it was first used for, storing and correcting nothing.

        Raises:
            KeyReused: `idempotency_key` was first used for another record.
        """
        with self.engine.begin() as connection:
            if idempotency_key is not None and (first := _keyed(connection, idempotency_key, record)) is not None:
                return first
            record_id = self.add(record, connection)
            apply_feedback(connection, record.return_id, record.corrected_reason, record.inspection_outcome)
            if idempotency_key is not None:
                _keep_key(connection, idempotency_key, record, record_id)
        return record_id

    def latest(self, return_ids: Sequence[str]) -> dict[str, FeedbackRecord]:
        """The newest record of each of `return_ids` that has one."""
        if not return_ids:
            return {}
        fields = list(FeedbackRecord.__dataclass_fields__)
        newest = (
            sa.select(sa.func.max(feedback.c.id))
            .where(feedback.c.return_id.in_(list(return_ids)))
            .group_by(feedback.c.return_id)
        )
        query = sa.select(*(feedback.c[name] for name in fields)).where(feedback.c.id.in_(newest))
        with self.engine.connect() as connection:
            return {row.return_id: FeedbackRecord(**row._mapping) for row in connection.execute(query)}

    def for_return(self, return_id: str) -> list[FeedbackRecord]:
        """Every record about one return, oldest first."""
        fields = list(FeedbackRecord.__dataclass_fields__)
        query = sa.select(*(feedback.c[name] for name in fields)).where(feedback.c.return_id == return_id)
        with self.engine.connect() as connection:
            rows = connection.execute(query.order_by(feedback.c.id)).all()
        return [FeedbackRecord(**row._mapping) for row in rows]

    def count(self) -> int:
        """Records stored."""
        with self.engine.connect() as connection:
            return connection.execute(sa.select(sa.func.count()).select_from(feedback)).scalar_one()


# What a record that says nothing of the reason, the reply or the inspection takes from the return's newest record:
# an agent's corrected reason and decision, a reply marked sent (or not to be sent) and a parcel inspected are not taken
# back by a record that does not mention them. A returns system's record of the inspection alone (`POST /feedback`)
# left the return's page saying "Reply: not sent yet", offering to send it again, while the queue counted it sent, and
# with `reason_accepted: true` (then required) turned an agent's correction into "the suggested reason, accepted", the
# label retraining and monitoring read from the newest record; an agent tool's record after it dropped the inspection.
# Each fact: the fields a record leaves empty to say nothing of it, and the fields taken then. A decision goes with the
# reason it was made for: a record naming a decision, or the reason, keeps its own.
_KEPT_FACTS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("reason_accepted",): ("reason_accepted", "corrected_reason"),
    ("reason_accepted", "final_decision"): ("final_decision", "decision_reason"),
    ("reply_status",): ("reply_status", "edited_reply", "reply_reason"),
    ("inspection_outcome",): ("inspection_outcome",),
}


def _facts_kept(record: FeedbackRecord, newest: FeedbackRecord) -> FeedbackRecord:
    """`record` with `newest`'s reason, decision, reply and inspection where it says nothing of them; a decision it
    names while saying nothing of the reason is made for the reason kept (`decided_for_its_reason`)."""
    kept = {
        name: getattr(newest, name)
        for unsaid, names in _KEPT_FACTS.items()
        if all(getattr(record, field) is None for field in unsaid)
        for name in names
    }
    if not kept:
        return record
    if record.reason_accepted is None and record.final_decision is not None:
        return decided_for_its_reason(replace(record, **kept))
    return replace(record, **kept)


def decided_for_its_reason(record: FeedbackRecord) -> FeedbackRecord:
    """A `POST /feedback` record whose final decision is made for the reason it stands on: its corrected reason
    (None: the suggested one). The API has no field for it, and stored as made for the suggested reason, a decision
    sent with or after a correction read on the return's page as one made before it (no "(for defective)")."""
    if record.final_decision is None or record.decision_reason is not None:
        return record
    return replace(record, decision_reason=record.corrected_reason)


# The first key of the PostgreSQL advisory locks that serialise feedback writers, one lock per return (the second key
# is the return id's hash): apart from the migration's lock, which has a single key.
_FEEDBACK_LOCK_CLASS = 0x66656564


def _lock_return(connection: Connection, return_id: str) -> None:
    """Hold, until `connection`'s transaction ends, the lock that lets one writer at a time read a return's newest
    record and store the next: two records committed at once both read the same newest record, and the second
    stored dropped the reply or the reason the first had kept or set. PostgreSQL locks the return (a hash of
    its id: two returns may share a lock, never a return two); SQLite has one write lock, taken here unless the
    transaction already wrote (pysqlite begins it at the first row written, not at a read)."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.select(sa.func.pg_advisory_xact_lock(_FEEDBACK_LOCK_CLASS, sa.func.hashtext(return_id))))
    elif not connection.connection.driver_connection.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _told_decision(connection: Connection, return_id: str, reply_reason: str | None) -> str | None:
    """The decision the return's draft made for `reply_reason` states: the logged answer's (None: the reason it
    suggested), or the console's re-decision's for a reason corrected since (`serving.stores.redecisions`). None when
    no such draft states a decision (the answer held none, or no re-decision was made for that reason)."""
    logged = connection.execute(
        newest_logged(return_id, predictions.c.reason_code, predictions.c.decision_code)
    ).first()
    if logged is None:
        return None
    if reply_reason is None or reply_reason == logged.reason_code:
        return logged.decision_code
    redecided = connection.execute(newest_for(return_id, reply_reason)).first()
    response = (redecided.response if redecided is not None else None) or {}
    return (response.get("decision") or {}).get("code")


def _refuse_another_decision_than_told(
    connection: Connection, record: FeedbackRecord, newest: FeedbackRecord | None, reply_sent: bool
) -> None:
    """`ToldAnotherDecision` when `record` (with the newest record's facts kept) says its draft went out unchanged
    beside a final decision that draft did not state. A pair the newest record holds already is not its own: a
    warehouse's inspection of a return whose older records hold it is stored."""
    if record.reply_status != "sent_as_is" or record.final_decision is None:
        return
    if newest is not None and (newest.reply_status, newest.final_decision) == ("sent_as_is", record.final_decision):
        return
    told = _told_decision(connection, record.return_id, record.reply_reason)
    if told is not None and told != record.final_decision:
        raise ToldAnotherDecision(record.return_id, told, record.final_decision, reply_sent)


def _keyed(connection: Connection, key: IdempotencyKey, record: FeedbackRecord) -> int | None:
    """The id of the record `key` was first used for (None: a new key); KeyReused when that was another record."""
    used = connection.execute(
        sa.select(feedback_keys.c.fingerprint, feedback_keys.c.feedback_id).where(
            feedback_keys.c.api_key_id == key.caller, feedback_keys.c.idempotency_key == key.key
        )
    ).first()
    if used is None:
        return None
    if used.fingerprint != fingerprint(record, None):
        raise KeyReused(key.key)
    return int(used.feedback_id)


def _keep_key(connection: Connection, key: IdempotencyKey, record: FeedbackRecord, record_id: int) -> None:
    """Remember which record `key` was used for. The same key sent at once by two calls is kept by the first to
    commit; the other's transaction is answered as a retry of it, or rolled back by `KeyReused`."""
    insert = upsert_insert(connection.dialect.name)(feedback_keys).on_conflict_do_nothing()
    kept = connection.execute(
        insert.values(
            api_key_id=key.caller,
            idempotency_key=key.key,
            fingerprint=fingerprint(record, None),
            feedback_id=record_id,
            created_at=datetime.now(UTC),
        ).returning(feedback_keys.c.idempotency_key)
    ).scalar_one_or_none()
    if kept is None:
        _keyed(connection, key, record)
