"""One spelling of the codes: the sectors' codes in English, like every other code.

Revision ID: 0006_codes
Revises: 0005_vault_meta
Create Date: 2026-12-03

Sectors were the only codes written in French (``sante`` beside the referral source
``health``). Their stored codes become ``health``, ``association``, ``local_authority``
and ``other`` in the three tables that hold a sector. Drafts need nothing: an
editor's draft keeps a list's choice by its position, and the sectors keep their order.
SQLite cannot alter a CHECK constraint: each table is rebuilt with the old and new codes
allowed, its rows are recoded, and it is rebuilt again with the new codes only. Tables
that others refer to are rebuilt with foreign keys off (see ``migrate._run``), which
checks every reference before the commit.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models; a test compares it with the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006_codes"
down_revision: str | None = "0005_vault_meta"
branch_labels: str | None = None
depends_on: str | None = None

_RECODED = {
    "sante": "health",
    "associatif": "association",
    "collectivite": "local_authority",
    "autre": "other",
}
_KEPT = ("justice", "social", "education")
_TABLES = ("organisation", "facilitator", "action_trained")


def _allowed(codes: tuple[str, ...]) -> sa.TextClause:
    return sa.text("sector IN (" + ", ".join(f"'{c}'" for c in codes) + ")")


def _constrain(table: str, codes: tuple[str, ...]) -> None:
    with op.batch_alter_table(table, recreate="always") as batch:
        batch.drop_constraint(op.f(f"ck_{table}_sector"), type_="check")
        batch.create_check_constraint(op.f(f"ck_{table}_sector"), _allowed(codes))


def _recode(mapping: dict[str, str]) -> None:
    both = (*_KEPT, *_RECODED, *_RECODED.values())
    for table in _TABLES:
        _constrain(table, both)
        for old, new in mapping.items():
            op.execute(sa.text(f"UPDATE {table} SET sector = '{new}' WHERE sector = '{old}'"))
    for table in _TABLES:
        _constrain(table, _order((*_KEPT, *mapping.values())))


def _order(codes: tuple[str, ...]) -> tuple[str, ...]:
    """The codes in the enum's order: justice, social, health, education, ..."""
    order = ["justice", "social", "health", "sante", "education"]
    order += ["association", "associatif", "local_authority", "collectivite", "other", "autre"]
    return tuple(sorted(set(codes), key=order.index))


def upgrade() -> None:
    """Recode the sectors in English."""
    _recode(_RECODED)


def downgrade() -> None:
    """Back to the French codes."""
    _recode({new: old for old, new in _RECODED.items()})
