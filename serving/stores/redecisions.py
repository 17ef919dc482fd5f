"""Returns decided and drafted again for the reason an agent corrected them to (the console's re-decisions).

The prediction log keeps what the service answered; a re-decision is what the same pipeline answers for the
agent's reason, kept beside it so the page shows the same draft the agent sends, however long they take.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from serving.db import redecisions, stored_utc, upsert_insert


class RedecisionStore:
    """Stores and finds re-decisions: one per return and reason (a unique index), made by the first agent to ask."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(self, return_id: str, reason: str, agent: str, response: Mapping[str, Any]) -> dict[str, Any]:
        """Keep the `response` (a triage result, the customer's name left out) for `reason`, unless the return has
        one for it already (two agents correcting it at once, a form sent twice): the response kept."""
        values = {
            "return_id": return_id,
            "reason": reason,
            "agent_id": agent,
            "created_at": datetime.now(UTC),
            "response": dict(response),
        }
        with self.engine.begin() as connection:
            insert = upsert_insert(connection.dialect.name)(redecisions).on_conflict_do_nothing(
                index_elements=["return_id", "reason"]
            )
            # Read from the insert's answer: its row count is -1 on PostgreSQL, stored or not.
            if connection.execute(insert.values(**values).returning(redecisions.c.id)).scalar_one_or_none() is not None:
                return values["response"]
            kept = sa.select(redecisions.c.response).where(
                redecisions.c.return_id == return_id, redecisions.c.reason == reason
            )
            return dict(connection.execute(kept).scalar_one())

    def latest(self, return_id: str, reason: str) -> tuple[datetime, dict[str, Any]] | None:
        """When the newest re-decision of the return for `reason` was made, and its response; None if none was."""
        with self.engine.connect() as connection:
            row = connection.execute(newest_for(return_id, reason)).first()
        if row is None:
            return None
        return stored_utc(row.created_at), dict(row.response)


def newest_for(return_id: str, reason: str) -> sa.Select[tuple[datetime, dict[str, Any]]]:
    """The query of the return's newest re-decision for `reason` (`created_at`, `response`; no row if none was made),
    for `RedecisionStore.latest` and for a caller's own transaction (the feedback store's check of a draft's word)."""
    return (
        sa.select(redecisions.c.created_at, redecisions.c.response)
        .where(redecisions.c.return_id == return_id, redecisions.c.reason == reason)
        .order_by(redecisions.c.id.desc())
        .limit(1)
    )
