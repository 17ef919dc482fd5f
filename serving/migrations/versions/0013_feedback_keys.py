"""Feedback takes an Idempotency-Key: a late retry of an older record is answered, not stored as the newest

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 15:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback_keys",
        sa.Column("idempotency_key", sa.String(length=255), primary_key=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=False, comment="hash of the record's fields"),
        sa.Column("feedback_id", sa.Integer, sa.ForeignKey("feedback.id"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("feedback_keys")
