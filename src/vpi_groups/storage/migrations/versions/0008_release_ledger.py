"""The release ledger: every set of anonymised totals that left the machine.

Revision ID: 0008_release_ledger
Revises: 0007_indexes
Create Date: 2026-12-03

Each report file written (from the window or the command line) is recorded with its
period, columns, breakdowns, threshold, file name and checksum, and every count of
people it showed or hid with its value at the time, so that a later release is
protected jointly with all of them. A new table only: nothing else changes.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models; a test compares it with the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008_release_ledger"
down_revision: str | None = "0007_indexes"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the ledger's table."""
    op.create_table(
        "release",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_format", sa.String(length=10), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("columns", sa.String(length=10), nullable=False),
        sa.Column("breakdowns", sa.Text(), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("published", sa.Integer(), nullable=False),
        sa.Column("hidden", sa.Integer(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_release_period")),
        sa.CheckConstraint("k BETWEEN 2 AND 99", name=op.f("ck_release_k")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release")),
    )
    op.create_index(op.f("ix_release_at"), "release", ["at"], unique=False)
    op.create_index(op.f("ix_release_period_start"), "release", ["period_start"], unique=False)


def downgrade() -> None:
    """Drop the ledger (its releases are forgotten: only for tests of migrations)."""
    op.drop_index(op.f("ix_release_period_start"), table_name="release")
    op.drop_index(op.f("ix_release_at"), table_name="release")
    op.drop_table("release")
