"""The supports of a public action's campaign.

Revision ID: 0014_public_support
Revises: 0013_session_professionals
Create Date: 2026-12-04

A public action had one form and one estimated reach. A campaign has several
supports (posters, leaflets, web, social media, press, a stand, an event), each with
its quantity, dates, places of distribution and estimated reach. The action's own
form and reach stay (an action recorded without supports keeps them).

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0014_public_support"
down_revision: str | None = "0013_session_professionals"
branch_labels: str | None = None
depends_on: str | None = None

KINDS = "('posters', 'leaflets', 'web', 'social_media', 'press', 'stand', 'event', 'other')"


def upgrade() -> None:
    """Create the table (nothing to fill: no support was recorded before)."""
    op.create_table(
        "public_support",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("places", sa.Text(), nullable=True),
        sa.Column("estimated_reach", sa.Integer(), nullable=True),
        sa.CheckConstraint(f"kind IN {KINDS}", name=op.f("ck_public_support_kind")),
        sa.CheckConstraint(
            "quantity IS NULL OR quantity >= 0", name=op.f("ck_public_support_quantity")
        ),
        sa.CheckConstraint(
            "estimated_reach IS NULL OR estimated_reach >= 0",
            name=op.f("ck_public_support_reach"),
        ),
        sa.CheckConstraint(
            "starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on",
            name=op.f("ck_public_support_dates"),
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_public_support_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_public_support")),
    )
    op.create_index(op.f("ix_public_support_action_id"), "public_support", ["action_id"])


def downgrade() -> None:
    """Drop it: the campaigns' supports are forgotten."""
    op.drop_index(op.f("ix_public_support_action_id"), "public_support")
    op.drop_table("public_support")
