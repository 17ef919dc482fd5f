"""E-mail hash list entries carry their pseudonym, so a re-decided request's entry is one keyed look-up

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Left empty here (the pseudonym key is the service's): `RiskListStore` fills it for entries added before.
    with op.batch_alter_table("risk_list_entries") as batch:
        batch.add_column(sa.Column("value_pseudonym", sa.String(length=64), nullable=True))
        batch.create_index("ix_risk_list_entries_kind_pseudonym", ["kind", "value_pseudonym"])


def downgrade() -> None:
    with op.batch_alter_table("risk_list_entries") as batch:
        batch.drop_index("ix_risk_list_entries_kind_pseudonym")
        batch.drop_column("value_pseudonym")
