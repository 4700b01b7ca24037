"""The professionals present at a training session, by organisation and sector.

Revision ID: 0013_session_professionals
Revises: 0012_session_invitation
Create Date: 2026-12-04

A training's professionals were typed as one total per sector for the whole action.
They are now recorded at each session, by organisation (names optional: they are
professionals), and the action's figure is computed from them; the typed totals stay
for sessions recorded elsewhere.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0013_session_professionals"
down_revision: str | None = "0012_session_invitation"
branch_labels: str | None = None
depends_on: str | None = None

SECTORS = "('justice', 'social', 'health', 'education', 'association', 'local_authority', 'other')"


def upgrade() -> None:
    """Create the table (nothing to fill: no session's professionals were recorded)."""
    op.create_table(
        "session_professionals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("sector", sa.String(20), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("names", sa.Text(), nullable=True),
        sa.CheckConstraint(f"sector IN {SECTORS}", name=op.f("ck_session_professionals_sector")),
        sa.CheckConstraint(
            "present BETWEEN 1 AND 999", name=op.f("ck_session_professionals_present")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_session_professionals_session_id_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_session_professionals_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_professionals")),
        sa.UniqueConstraint(
            "session_id",
            "organisation_id",
            "sector",
            name=op.f("uq_session_professionals_session_id"),
        ),
    )
    op.create_index(
        op.f("ix_session_professionals_session_id"), "session_professionals", ["session_id"]
    )
    op.create_index(
        op.f("ix_session_professionals_organisation_id"),
        "session_professionals",
        ["organisation_id"],
    )


def downgrade() -> None:
    """Drop it: the professionals recorded at sessions are forgotten."""
    op.drop_index(op.f("ix_session_professionals_organisation_id"), "session_professionals")
    op.drop_index(op.f("ix_session_professionals_session_id"), "session_professionals")
    op.drop_table("session_professionals")
