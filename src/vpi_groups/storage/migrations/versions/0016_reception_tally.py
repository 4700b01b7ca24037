"""Reception tallies: persons a partner received or informed each month.

Revision ID: 0016_reception_tally
Revises: 0015_orientation
Create Date: 2026-12-05

Partners who receive victims count, each month, the persons they received or informed,
by how they met them and by gender: counts only, never a person. Nothing recorded them.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0016_reception_tally"
down_revision: str | None = "0015_orientation"
branch_labels: str | None = None
depends_on: str | None = None

_CONTACTS = ("received", "informed")
_GENDERS = ("woman", "man", "other", "unsaid")


def _one_of(column: str, codes: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(c) for c in codes)})"


def upgrade() -> None:
    """Create the table (nothing to fill: no tally was recorded)."""
    op.create_table(
        "reception_tally",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("contact", sa.String(length=20), nullable=False),
        sa.Column("gender", sa.String(length=20), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.CheckConstraint(_one_of("contact", _CONTACTS), name=op.f("ck_reception_tally_contact")),
        sa.CheckConstraint(_one_of("gender", _GENDERS), name=op.f("ck_reception_tally_gender")),
        sa.CheckConstraint("persons BETWEEN 1 AND 9999", name=op.f("ck_reception_tally_persons")),
        sa.CheckConstraint(
            "CAST(strftime('%d', month) AS INTEGER) = 1", name=op.f("ck_reception_tally_month")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_reception_tally_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reception_tally")),
        sa.UniqueConstraint(
            "month",
            "organisation_id",
            "contact",
            "gender",
            name=op.f("uq_reception_tally_month"),
        ),
    )
    op.create_index(op.f("ix_reception_tally_month"), "reception_tally", ["month"])
    op.create_index(
        op.f("ix_reception_tally_organisation_id"), "reception_tally", ["organisation_id"]
    )


def downgrade() -> None:
    """Drop it: the tallies are forgotten."""
    op.drop_index(op.f("ix_reception_tally_organisation_id"), "reception_tally")
    op.drop_index(op.f("ix_reception_tally_month"), "reception_tally")
    op.drop_table("reception_tally")
