"""Reload requests shared by every worker and replica of one database.

`POST /admin/reload` lands on one worker of one replica. That worker records the request here and
reloads; every other worker looks for a newer request every `Settings.reload_poll_seconds` and then
reloads the registry's champions too, so a promoted champion ends up serving everywhere instead of
on the one worker the request happened to reach.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from serving.db import model_reloads


class ReloadRequests:
    """Records reload requests and tells which is the newest (ids only grow)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def record(self) -> int:
        """Record a reload request; its id, newer than every request recorded before it."""
        with self.engine.begin() as connection:
            inserted = connection.execute(sa.insert(model_reloads).values(requested_at=datetime.now(UTC)))
            return int(inserted.inserted_primary_key[0])

    def newest(self) -> int:
        """The newest request's id, 0 when none was ever recorded."""
        with self.engine.connect() as connection:
            return int(connection.execute(sa.select(sa.func.max(model_reloads.c.id))).scalar_one() or 0)
