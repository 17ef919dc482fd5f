"""A corrected reason is decided and drafted again: the redecisions table, and feedback saying which reason its
decision and reply were made for

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 08:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "redecisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("return_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("agent_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("response", sa.JSON, nullable=False),
    )
    op.create_index("ix_redecisions_return_id", "redecisions", ["return_id"])
    with op.batch_alter_table("feedback") as batch:
        batch.add_column(sa.Column("decision_reason", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("reply_reason", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feedback") as batch:
        batch.drop_column("reply_reason")
        batch.drop_column("decision_reason")
    op.drop_index("ix_redecisions_return_id", table_name="redecisions")
    op.drop_table("redecisions")
