"""The history store records the folders loaded into it, the generated sample told apart from a shop's exports

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 23:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "history_loads",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("folder", sa.String(length=4096), nullable=False),
        sa.Column("generated_sample", sa.Boolean, nullable=False, comment="the folder held the generator's mark"),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("history_loads")
