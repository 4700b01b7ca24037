"""The partnership and its money: conventions, governance bodies, funders, grants, budget.

Revision ID: 0018_partnership_funding
Revises: 0017_working_group
Create Date: 2026-12-05

The programme rests on a multi-partner convention and on its funders. New tables keep
the convention (signatories, commitments, amendments), the funders and their
programmes, the grants of each year (requested, granted, paid), the budget lines
(planned against actual) and the words of each action's sheet in the yearly bilan.
A working group may now be a governance body (the CISPD, the steering committee), and
a partner's contribution gets the estimated value of what it gives in kind and the
action it goes to. Organisations only: no amount of one person is recorded.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0018_partnership_funding"
down_revision: str | None = "0017_working_group"
branch_labels: str | None = None
depends_on: str | None = None

_BODIES = ("cispd", "steering_committee")
_COMMITMENTS = ("staff", "rooms", "money", "in_kind")
_FUNDERS = (
    "state",
    "region",
    "department",
    "intercommunal",
    "town",
    "social_fund",
    "health_agency",
    "european_fund",
    "other_public",
    "private_body",
)
_CATEGORIES = ("purchases", "external_services", "other_services", "taxes", "staff", "other")


def _one_of(column: str, codes: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(c) for c in codes)})"


def _fk(
    table: str, column: str, target: str, ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _index(table: str, column: str) -> None:
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def upgrade() -> None:
    """Add the columns and create the tables (empty: nothing was recorded)."""
    with op.batch_alter_table("working_group", recreate="always") as batch:
        batch.add_column(sa.Column("body", sa.String(length=30), nullable=True))
        batch.create_check_constraint(
            op.f("ck_working_group_body"), sa.text("body IS NULL OR " + _one_of("body", _BODIES))
        )
        batch.create_check_constraint(
            op.f("ck_working_group_body_axis"), sa.text("body IS NULL OR axis IS NULL")
        )
    with op.batch_alter_table("contribution", recreate="always") as batch:
        batch.add_column(sa.Column("in_kind_value_cents", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("action_id", sa.Integer(), nullable=True))
        batch.create_check_constraint(
            op.f("ck_contribution_in_kind_value"),
            sa.text(
                "in_kind_value_cents IS NULL OR (in_kind_value_cents >= 0 AND in_kind IS NOT NULL)"
            ),
        )
        batch.create_foreign_key(
            op.f("fk_contribution_action_id_action"), "action", ["action_id"], ["id"]
        )
        batch.create_index(op.f("ix_contribution_action_id"), ["action_id"])

    op.create_table(
        "convention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("object", sa.Text(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_convention_dates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_convention")),
    )
    _index("convention", "ends_on")
    op.create_table(
        "convention_signatory",
        sa.Column("convention_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("signed_by", sa.String(length=200), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        _fk("convention_signatory", "convention_id", "convention", "CASCADE"),
        _fk("convention_signatory", "organisation_id", "organisation"),
        sa.PrimaryKeyConstraint(
            "convention_id", "organisation_id", name=op.f("pk_convention_signatory")
        ),
    )
    _index("convention_signatory", "organisation_id")
    op.create_table(
        "convention_commitment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("convention_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            _one_of("kind", _COMMITMENTS), name=op.f("ck_convention_commitment_kind")
        ),
        sa.CheckConstraint(
            "amount_cents IS NULL OR amount_cents >= 0",
            name=op.f("ck_convention_commitment_amount"),
        ),
        _fk("convention_commitment", "convention_id", "convention", "CASCADE"),
        _fk("convention_commitment", "organisation_id", "organisation"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_convention_commitment")),
    )
    _index("convention_commitment", "convention_id")
    _index("convention_commitment", "organisation_id")
    op.create_table(
        "convention_amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("convention_id", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("new_end", sa.Date(), nullable=True),
        _fk("convention_amendment", "convention_id", "convention", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_convention_amendment")),
    )
    _index("convention_amendment", "convention_id")

    op.create_table(
        "funder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(_one_of("kind", _FUNDERS), name=op.f("ck_funder_kind")),
        _fk("funder", "organisation_id", "organisation"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funder")),
        sa.UniqueConstraint("name", name=op.f("uq_funder_name")),
    )
    _index("funder", "organisation_id")
    op.create_table(
        "funder_programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("funder_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        _fk("funder_programme", "funder_id", "funder", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funder_programme")),
        sa.UniqueConstraint("funder_id", "name", name=op.f("uq_funder_programme_funder_id")),
    )
    _index("funder_programme", "funder_id")
    op.create_table(
        "funding_grant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("funder_id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("requested_cents", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("granted_cents", sa.Integer(), nullable=True),
        sa.Column("granted_on", sa.Date(), nullable=True),
        sa.CheckConstraint("requested_cents >= 0", name=op.f("ck_funding_grant_requested")),
        sa.CheckConstraint(
            "granted_cents IS NULL OR granted_cents >= 0", name=op.f("ck_funding_grant_granted")
        ),
        sa.CheckConstraint(
            "granted_on IS NULL OR granted_cents IS NOT NULL",
            name=op.f("ck_funding_grant_granted_on"),
        ),
        _fk("funding_grant", "funder_id", "funder"),
        _fk("funding_grant", "programme_id", "funder_programme"),
        _fk("funding_grant", "action_id", "action"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_grant")),
    )
    for column in ("year", "funder_id", "programme_id", "action_id"):
        _index("funding_grant", column)
    op.create_table(
        "grant_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grant_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_grant_payment_amount")),
        _fk("grant_payment", "grant_id", "funding_grant", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_payment")),
    )
    _index("grant_payment", "grant_id")
    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("planned_cents", sa.Integer(), nullable=False),
        sa.Column("actual_cents", sa.Integer(), nullable=True),
        sa.CheckConstraint(_one_of("category", _CATEGORIES), name=op.f("ck_budget_line_category")),
        sa.CheckConstraint("planned_cents >= 0", name=op.f("ck_budget_line_planned")),
        sa.CheckConstraint(
            "actual_cents IS NULL OR actual_cents >= 0", name=op.f("ck_budget_line_actual")
        ),
        _fk("budget_line", "action_id", "action"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
    )
    _index("budget_line", "year")
    _index("budget_line", "action_id")
    op.create_table(
        "action_narrative",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("aims", sa.Text(), nullable=True),
        sa.Column("audience", sa.Text(), nullable=True),
        sa.Column("narrative", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        _fk("action_narrative", "action_id", "action", "CASCADE"),
        sa.PrimaryKeyConstraint("action_id", name=op.f("pk_action_narrative")),
    )


def downgrade() -> None:
    """Drop them: conventions, funding and the bilan's words are forgotten."""
    for table in (
        "action_narrative",
        "budget_line",
        "grant_payment",
        "funding_grant",
        "funder_programme",
        "funder",
        "convention_amendment",
        "convention_commitment",
        "convention_signatory",
        "convention",
    ):
        op.drop_table(table)
    with op.batch_alter_table("contribution", recreate="always") as batch:
        batch.drop_index(op.f("ix_contribution_action_id"))
        batch.drop_constraint(op.f("fk_contribution_action_id_action"), type_="foreignkey")
        batch.drop_constraint(op.f("ck_contribution_in_kind_value"), type_="check")
        batch.drop_column("action_id")
        batch.drop_column("in_kind_value_cents")
    with op.batch_alter_table("working_group", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_working_group_body_axis"), type_="check")
        batch.drop_constraint(op.f("ck_working_group_body"), type_="check")
        batch.drop_column("body")
