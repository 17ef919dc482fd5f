"""Agent console: agents and their sessions, queue columns on the prediction log, a note on feedback

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 12:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

QUEUE_FILTER_COLUMNS = ("reason_code", "decision_code", "needs_review", "risk_band", "lang", "handover")


def _backfill_queue_columns() -> None:
    """Fill the new queue columns of rows logged before this revision from their JSON."""
    connection = op.get_bind()
    log = sa.table(
        "predictions",
        sa.column("id", sa.Integer),
        sa.column("request", sa.JSON),
        sa.column("response", sa.JSON),
        sa.column("needs_review", sa.Boolean),
        sa.column("risk_band", sa.String),
        sa.column("lang", sa.String),
        sa.column("handover", sa.Boolean),
    )
    updates = []
    for row in connection.execute(sa.select(log.c.id, log.c.request, log.c.response)):
        response, request = row.response or {}, row.request or {}
        reason, risk, reply = response.get("reason") or {}, response.get("risk") or {}, response.get("reply") or {}
        updates.append(
            {
                "row_id": row.id,
                "needs_review": reason.get("needs_review"),
                "risk_band": risk.get("band"),
                "lang": request.get("lang") or reply.get("lang"),
                "handover": reply.get("handover"),
            }
        )
    if updates:
        statement = (
            log.update()
            .where(log.c.id == sa.bindparam("row_id"))
            .values(
                needs_review=sa.bindparam("needs_review"),
                risk_band=sa.bindparam("risk_band"),
                lang=sa.bindparam("lang"),
                handover=sa.bindparam("handover"),
            )
        )
        connection.execute(statement, updates)


def upgrade() -> None:
    op.create_table(
        "agents",
        sa.Column("agent_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failed_signins", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("agent_id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "agent_sessions",
        sa.Column("session_hash", sa.String(length=64), nullable=False),
        sa.Column("agent_id", sa.String(length=32), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.agent_id"]),
        sa.PrimaryKeyConstraint("session_hash"),
    )
    with op.batch_alter_table("agent_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agent_sessions_agent_id"), ["agent_id"], unique=False)

    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))

    with op.batch_alter_table("predictions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("needs_review", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("risk_band", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("lang", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("handover", sa.Boolean(), nullable=True))
    _backfill_queue_columns()
    with op.batch_alter_table("predictions", schema=None) as batch_op:
        for name in QUEUE_FILTER_COLUMNS:
            batch_op.create_index(f"ix_predictions_{name}_id", [name, "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("predictions", schema=None) as batch_op:
        for name in QUEUE_FILTER_COLUMNS:
            batch_op.drop_index(f"ix_predictions_{name}_id")
        for name in ("handover", "lang", "risk_band", "needs_review"):
            batch_op.drop_column(name)
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_column("note")
    with op.batch_alter_table("agent_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agent_sessions_agent_id"))
    op.drop_table("agent_sessions")
    op.drop_table("agents")
