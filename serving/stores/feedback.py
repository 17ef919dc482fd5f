"""Agents' feedback on triaged returns: the label stream for retraining."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from serving.db import feedback
from serving.stores.history import apply_feedback


@dataclass(frozen=True)
class FeedbackRecord:
    """An agent's outcome for one triaged return.

    `reply_status` is `sent_as_is`, `edited` (then `edited_reply` holds the text sent) or
    `not_sent`; `inspection_outcome` arrives later, when the warehouse has inspected the parcel;
    `note` is the agent's explanation, required by the console when it overrides the decision.
    """

    return_id: str
    agent_id: str
    reason_accepted: bool
    corrected_reason: str | None = None
    final_decision: str | None = None
    reply_status: str | None = None
    edited_reply: str | None = None
    inspection_outcome: str | None = None
    note: str | None = None


class FeedbackStore:
    """Appends feedback records; each `add` is committed before it returns (or with the caller's transaction)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(self, record: FeedbackRecord, connection: Connection | None = None) -> int:
        """Store a record and return its id; with `connection`, inside the caller's transaction."""
        if connection is None:
            with self.engine.begin() as own:
                return self.add(record, own)
        result = connection.execute(feedback.insert().values(**asdict(record), created_at=datetime.now(UTC)))
        return int(result.inserted_primary_key[0])

    def add_with_history(self, record: FeedbackRecord) -> int:
        """Store a record and write its corrected reason and inspection outcome to the stored return,
        in one transaction, so later risk features see them; returns the record's id."""
        with self.engine.begin() as connection:
            record_id = self.add(record, connection)
            apply_feedback(connection, record.return_id, record.corrected_reason, record.inspection_outcome)
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
