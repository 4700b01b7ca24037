"""The addresses invited to each professionals' session.

Revision ID: 0012_session_invitation
Revises: 0011_facilitator_email
Create Date: 2026-12-04

An update or a cancellation must reach everyone who was invited (RFC 5546), and the
directory alone does not say who that was: the invitations now record their
addresses, and an invited session is cancelled rather than deleted.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012_session_invitation"
down_revision: str | None = "0011_facilitator_email"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the table (nothing to fill: no invitation was recorded before)."""
    op.create_table(
        "session_invitation",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_session_invitation_session_id_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "email", name=op.f("pk_session_invitation")),
    )


def downgrade() -> None:
    """Drop it: the addresses invited are forgotten."""
    op.drop_table("session_invitation")
