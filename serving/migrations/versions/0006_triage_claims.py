"""Triage claims: one row per triaged return_id, so concurrent workers and replicas log a return once

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 05:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "triage_claims",
        sa.Column("return_id", sa.String(length=64), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("return_id"),
    )
    op.create_index("ix_triage_claims_claimed_at", "triage_claims", ["claimed_at"])
    # Returns logged before claims existed are claimed by their first row; a log may hold several rows of
    # one return (retries before 0005), which a unique index on the log itself could not be built over.
    op.execute(
        "INSERT INTO triage_claims (return_id, claimed_at) "
        "SELECT return_id, MIN(created_at) FROM predictions "
        "WHERE endpoint = 'triage' AND return_id IS NOT NULL GROUP BY return_id"
    )


def downgrade() -> None:
    op.drop_table("triage_claims")
