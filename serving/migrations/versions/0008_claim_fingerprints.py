"""Claims carry the fingerprint of the request they were taken for, so a call can reserve its returns

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 08:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("triage_claims") as batch:
        batch.add_column(sa.Column("request_fingerprint", sa.String(length=64), nullable=True))
    # A claim taken before this migration holds the request its return was last logged with.
    op.execute(
        "UPDATE triage_claims SET request_fingerprint = (SELECT p.request_fingerprint FROM predictions p "
        "WHERE p.return_id = triage_claims.return_id AND p.endpoint = 'triage' ORDER BY p.id DESC LIMIT 1)"
    )


def downgrade() -> None:
    with op.batch_alter_table("triage_claims") as batch:
        batch.drop_column("request_fingerprint")
