"""The coordinator's consolidation: own keys, paired vaults, totals received.

Revision ID: 0019_consolidation
Revises: 0018_partnership_funding
Create Date: 2026-12-05

A coordinator's vault keeps its age identity and the facilitators' signing keys it
paired with, and the person-free totals each sent for a run of months; a
facilitator's vault keeps its signing key and the coordinator's card. Nothing about a
person: the totals are counts, and the names are organisations'.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0019_consolidation"
down_revision: str | None = "0018_partnership_funding"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the three tables."""
    op.create_table(
        "consolidation_key",
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("secret", sa.Text(), nullable=False),
        sa.Column("public", sa.String(length=200), nullable=False),
        sa.Column("programme", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('coordinator', 'signing')", name=op.f("ck_consolidation_key_role")
        ),
        sa.PrimaryKeyConstraint("role", name=op.f("pk_consolidation_key")),
    )
    op.create_table(
        "consolidation_peer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("programme", sa.String(length=200), nullable=False),
        sa.Column("public", sa.String(length=200), nullable=False),
        sa.Column("paired_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "role IN ('coordinator', 'sender')", name=op.f("ck_consolidation_peer_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consolidation_peer")),
        sa.UniqueConstraint("public", name=op.f("uq_consolidation_peer_public")),
    )
    op.create_index(op.f("ix_consolidation_peer_role"), "consolidation_peer", ["role"])
    op.create_table(
        "received_bundle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("first_month", sa.Integer(), nullable=False),
        sa.Column("last_month", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("aggregates", sa.Text(), nullable=False),
        sa.CheckConstraint("last_month >= first_month", name=op.f("ck_received_bundle_months")),
        sa.ForeignKeyConstraint(
            ["peer_id"],
            ["consolidation_peer.id"],
            name=op.f("fk_received_bundle_peer_id_consolidation_peer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_bundle")),
        sa.UniqueConstraint("bundle_id", name=op.f("uq_received_bundle_bundle_id")),
    )
    op.create_index(op.f("ix_received_bundle_peer_id"), "received_bundle", ["peer_id"])


def downgrade() -> None:
    """Drop them: keys, pairings and received totals are forgotten."""
    op.drop_table("received_bundle")
    op.drop_table("consolidation_peer")
    op.drop_table("consolidation_key")
