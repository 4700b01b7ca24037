"""A facilitator's e-mail address, where invitations to professionals' meetings go.

Revision ID: 0011_facilitator_email
Revises: 0010_review_follows_renewal
Create Date: 2026-12-04

Invitations to a training, a public action's event or the plenary day are addressed
to the professionals of the directory; facilitators had no address to send them to.
The column is optional: existing facilitators have none until it is typed.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0011_facilitator_email"
down_revision: str | None = "0010_review_follows_renewal"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add the column with a plain ALTER TABLE (no rebuild of a referenced table)."""
    op.add_column("facilitator", sa.Column("email", sa.String(200), nullable=True))


def downgrade() -> None:
    """Drop it with SQLite's own DROP COLUMN: sessions refer to ``facilitator``."""
    op.execute("ALTER TABLE facilitator DROP COLUMN email")
