"""Initial schema: prediction log, feedback, api keys and customer history

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 04:13:32.533462
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key_id"),
        sa.UniqueConstraint("key_hash"),
    )
    op.create_table(
        "customers",
        sa.Column("customer_id", sa.String(), nullable=False, comment="Customer identifier, `C` + 6 digits."),
        sa.Column(
            "first_name", sa.String(), nullable=True, comment="First name used to greet the customer in replies."
        ),
        sa.Column("country", sa.String(), nullable=True, comment="ISO 3166 country code of the delivery address."),
        sa.Column("preferred_lang", sa.String(), nullable=True, comment="Language the customer writes in."),
        sa.Column("created_at", sa.DateTime(), nullable=True, comment="Account creation timestamp (UTC)."),
        sa.Column(
            "behaviour",
            sa.String(),
            nullable=True,
            comment="Latent behaviour the generator simulated. Ground truth for analysis only: never a feature.",
        ),
        sa.PrimaryKeyConstraint("customer_id"),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("return_id", sa.String(length=64), nullable=False),
        sa.Column("agent_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason_accepted", sa.Boolean(), nullable=False),
        sa.Column("corrected_reason", sa.String(length=32), nullable=True),
        sa.Column("final_decision", sa.String(length=32), nullable=True),
        sa.Column("reply_status", sa.String(length=16), nullable=True),
        sa.Column("edited_reply", sa.Text(), nullable=True),
        sa.Column("inspection_outcome", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feedback_return_id"), ["return_id"], unique=False)

    op.create_table(
        "line_items",
        sa.Column("line_item_id", sa.String(), nullable=False, comment="Line item identifier, `L` + 8 digits."),
        sa.Column("order_id", sa.String(), nullable=True, comment="Order the line belongs to."),
        sa.Column("sku", sa.String(), nullable=True, comment="Stock keeping unit: product id plus size when sized."),
        sa.Column(
            "product_id", sa.String(), nullable=True, comment="Product identifier shared by all sizes of a product."
        ),
        sa.Column("product_name", sa.String(), nullable=True, comment="Catalogue name of the product (English)."),
        sa.Column("product_category", sa.String(), nullable=True, comment="Product category."),
        sa.Column("size", sa.String(), nullable=True, comment="Size ordered; empty for unsized products."),
        sa.Column(
            "price", sa.Float(), nullable=True, comment="Unit price paid before discount, in the order currency."
        ),
        sa.Column("discount", sa.Float(), nullable=True, comment="Discount as a fraction of price, 0 to 0.7."),
        sa.PrimaryKeyConstraint("line_item_id"),
    )
    with op.batch_alter_table("line_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_line_items_order_id"), ["order_id"], unique=False)

    op.create_table(
        "orders",
        sa.Column("order_id", sa.String(), nullable=False, comment="Order identifier, `O` + 7 digits."),
        sa.Column("customer_id", sa.String(), nullable=True, comment="Customer who placed the order."),
        sa.Column("order_ts", sa.DateTime(), nullable=True, comment="When the order was placed (UTC)."),
        sa.Column("delivery_ts", sa.DateTime(), nullable=True, comment="When the parcel was delivered (UTC)."),
        sa.Column("currency", sa.String(), nullable=True, comment="Currency of every amount in the order."),
        sa.PrimaryKeyConstraint("order_id"),
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orders_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "predictions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("endpoint", sa.String(length=32), nullable=False),
        sa.Column("return_id", sa.String(length=64), nullable=True),
        sa.Column("customer_pseudonym", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request", sa.JSON(), nullable=False),
        sa.Column("response", sa.JSON(), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=True),
        sa.Column("decision_code", sa.String(length=32), nullable=True),
        sa.Column("model_versions", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("predictions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_predictions_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_predictions_customer_pseudonym"), ["customer_pseudonym"], unique=False)
        batch_op.create_index(batch_op.f("ix_predictions_request_id"), ["request_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_predictions_return_id"), ["return_id"], unique=False)

    op.create_table(
        "returns",
        sa.Column("return_id", sa.String(), nullable=False, comment="Return identifier, `R` + 7 digits."),
        sa.Column("line_item_id", sa.String(), nullable=True, comment="Line item being returned."),
        sa.Column("order_id", sa.String(), nullable=True, comment="Order of that line item."),
        sa.Column("customer_id", sa.String(), nullable=True, comment="Customer asking for the return."),
        sa.Column("request_ts", sa.DateTime(), nullable=True, comment="When the return was requested (UTC)."),
        sa.Column("reason_text", sa.String(), nullable=True, comment="The customer's free-text reason, as typed."),
        sa.Column("lang", sa.String(), nullable=True, comment="Language of reason_text."),
        sa.Column(
            "form_reason_code",
            sa.String(),
            nullable=True,
            comment="Reason picked in the shop's return form, when the form offered one; may disagree with the text.",
        ),
        sa.Column(
            "label", sa.String(), nullable=True, comment="Main return reason as judged by an agent (about 3% noise)."
        ),
        sa.Column("resolution", sa.String(), nullable=True, comment="How the return was settled."),
        sa.Column(
            "inspection_outcome", sa.String(), nullable=True, comment="Warehouse inspection of the returned parcel."
        ),
        sa.Column(
            "confirmed_abuse",
            sa.Boolean(),
            nullable=True,
            comment="Abuse confirmed after inspection and review (noisy).",
        ),
        sa.Column(
            "agent_reply",
            sa.String(),
            nullable=True,
            comment="Reply the support agent sent, in the customer's language.",
        ),
        sa.Column(
            "contacted_again",
            sa.Boolean(),
            nullable=True,
            comment="The customer had to contact support again about this return.",
        ),
        sa.PrimaryKeyConstraint("return_id"),
    )
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_returns_customer_id"), ["customer_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_returns_customer_id"))

    op.drop_table("returns")
    with op.batch_alter_table("predictions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_predictions_return_id"))
        batch_op.drop_index(batch_op.f("ix_predictions_request_id"))
        batch_op.drop_index(batch_op.f("ix_predictions_customer_pseudonym"))
        batch_op.drop_index(batch_op.f("ix_predictions_created_at"))

    op.drop_table("predictions")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orders_customer_id"))

    op.drop_table("orders")
    with op.batch_alter_table("line_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_line_items_order_id"))

    op.drop_table("line_items")
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_return_id"))

    op.drop_table("feedback")
    op.drop_table("customers")
    op.drop_table("api_keys")
