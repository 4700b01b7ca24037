"""The orientations adopted at a plenary day, and the next year's actions carrying them out.

Revision ID: 0015_orientation
Revises: 0014_public_support
Create Date: 2026-12-04

The plenary day reviews every action and adopts the next year's orientations; each
orientation is carried out by actions of the following year. Neither was recorded.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0015_orientation"
down_revision: str | None = "0014_public_support"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the two tables (nothing to fill: no orientation was recorded)."""
    op.create_table(
        "orientation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plenary_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plenary_id"],
            ["action.id"],
            name=op.f("fk_orientation_plenary_id_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orientation")),
    )
    op.create_index(op.f("ix_orientation_plenary_id"), "orientation", ["plenary_id"])
    op.create_table(
        "orientation_action",
        sa.Column("orientation_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["orientation_id"],
            ["orientation.id"],
            name=op.f("fk_orientation_action_orientation_id_orientation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_orientation_action_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("orientation_id", "action_id", name=op.f("pk_orientation_action")),
    )
    op.create_index(op.f("ix_orientation_action_action_id"), "orientation_action", ["action_id"])


def downgrade() -> None:
    """Drop them: the orientations are forgotten."""
    op.drop_index(op.f("ix_orientation_action_action_id"), "orientation_action")
    op.drop_table("orientation_action")
    op.drop_index(op.f("ix_orientation_plenary_id"), "orientation")
    op.drop_table("orientation")
