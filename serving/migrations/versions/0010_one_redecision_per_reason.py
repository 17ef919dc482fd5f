"""One re-decision per return and reason: duplicates made by concurrent corrections go, the newest stays

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 10:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The newest is the one the console showed (`RedecisionStore.latest`).
    op.execute("DELETE FROM redecisions WHERE id NOT IN (SELECT MAX(id) FROM redecisions GROUP BY return_id, reason)")
    op.create_index("uq_redecisions_return_reason", "redecisions", ["return_id", "reason"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_redecisions_return_reason", table_name="redecisions")
