"""Idempotency keys: feedback records and /triage request items carry a fingerprint of their content

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 15:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feedback") as batch:
        batch.add_column(sa.Column("fingerprint", sa.String(length=64), nullable=True))
        batch.create_index("ix_feedback_fingerprint", ["fingerprint"], unique=True)
    with op.batch_alter_table("predictions") as batch:
        batch.add_column(sa.Column("request_fingerprint", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("predictions") as batch:
        batch.drop_column("request_fingerprint")
    with op.batch_alter_table("feedback") as batch:
        batch.drop_index("ix_feedback_fingerprint")
        batch.drop_column("fingerprint")
