"""Feedback's Idempotency-Keys are kept per API key: two clients that both chose key "1" do not meet

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 17:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

COLUMNS = "idempotency_key, fingerprint, feedback_id, created_at"


def _create(name: str, *caller: sa.Column) -> None:
    """The keys' table under `name`, keyed by `caller` (per API key) and the key."""
    op.create_table(
        name,
        *caller,
        sa.Column("idempotency_key", sa.String(length=255), primary_key=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=False, comment="hash of the record's fields"),
        sa.Column("feedback_id", sa.Integer, sa.ForeignKey("feedback.id"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def upgrade() -> None:
    _create("feedback_keys_per_caller", sa.Column("api_key_id", sa.String(length=32), primary_key=True))
    # Which client sent a key before was not kept: every key existing then keeps it, so a retry sent across the
    # upgrade is still answered with its first record, as it was.
    op.execute(
        f"INSERT INTO feedback_keys_per_caller (api_key_id, {COLUMNS}) "
        f"SELECT api_keys.key_id, {', '.join(f'feedback_keys.{name}' for name in COLUMNS.split(', '))} "
        "FROM feedback_keys CROSS JOIN api_keys"
    )
    op.drop_table("feedback_keys")
    op.rename_table("feedback_keys_per_caller", "feedback_keys")
    op.create_index("ix_feedback_keys_created_at", "feedback_keys", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_feedback_keys_created_at", table_name="feedback_keys")
    _create("feedback_keys_global")
    # One record per key: the first stored, whichever client sent it.
    op.execute(
        f"INSERT INTO feedback_keys_global ({COLUMNS}) SELECT {COLUMNS} FROM feedback_keys AS kept "
        "WHERE api_key_id = (SELECT MIN(api_key_id) FROM feedback_keys AS same "
        "WHERE same.idempotency_key = kept.idempotency_key AND same.feedback_id = "
        "(SELECT MIN(feedback_id) FROM feedback_keys AS first WHERE first.idempotency_key = kept.idempotency_key)) "
        "AND feedback_id = (SELECT MIN(feedback_id) FROM feedback_keys AS first "
        "WHERE first.idempotency_key = kept.idempotency_key)"
    )
    op.drop_table("feedback_keys")
    op.rename_table("feedback_keys_global", "feedback_keys")
