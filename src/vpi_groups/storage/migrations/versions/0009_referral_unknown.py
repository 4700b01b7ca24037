"""A referral source "not recorded", distinct from every real source.

Revision ID: 0009_referral_unknown
Revises: 0008_release_ledger
Create Date: 2026-12-03

Until now the referral source had no "not recorded": a participant whose referral
nobody knew was counted under a real source (the form's first choice, or "other"),
and the funders' tables by referral source were skewed without anyone seeing it. The
code ``unknown`` joins the allowed codes of the three tables that hold a referral
source: ``participant`` and the anonymous totals ``folded_attendance`` and
``folded_participants``. SQLite cannot alter a CHECK constraint: each table is rebuilt
(copy, drop, rename) with every row, key, index and other constraint as it was. The
participant table is referred to by registers and enrolments, so it is rebuilt with
foreign keys off (see ``migrate._run``), which checks every reference before the
commit. Nothing is recoded: who was recorded under a real source stays there.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models; a test compares it with the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0009_referral_unknown"
down_revision: str | None = "0008_release_ledger"
branch_labels: str | None = None
depends_on: str | None = None

_OLD = ("police", "social_services", "health", "justice", "association", "school", "self", "other")
_NEW = (*_OLD, "unknown")
_TABLES = ("participant", "folded_attendance", "folded_participants")

# The other columns of each anonymous table's key: the rows a downgrade merges.
_FOLDED_KEYS = {
    "folded_attendance": ("session_id", "status", "age_band", "gender"),
    "folded_participants": (
        "period_kind",
        "period_start",
        "scope_kind",
        "scope_id",
        "age_band",
        "gender",
    ),
}
# What a merge adds up: people with different referral sources are different people,
# so their counts (distinct ones too) add.
_FOLDED_COUNTS = {
    "folded_attendance": ("count",),
    "folded_participants": ("distinct_count", "new_count"),
}


def _constrain(table: str, codes: tuple[str, ...]) -> None:
    allowed = "referral_source IN (" + ", ".join(f"'{c}'" for c in codes) + ")"
    with op.batch_alter_table(table, recreate="always") as batch:
        batch.drop_constraint(op.f(f"ck_{table}_referral_source"), type_="check")
        batch.create_check_constraint(op.f(f"ck_{table}_referral_source"), sa.text(allowed))


def upgrade() -> None:
    """Allow ``unknown`` wherever a referral source is stored."""
    for table in _TABLES:
        _constrain(table, _NEW)


def _merge_into_other(table: str) -> None:
    """Add each ``unknown`` row of an anonymous table to its ``other`` twin, then recode."""
    same = " AND ".join(f"u.{c} = {table}.{c}" for c in _FOLDED_KEYS[table])
    twin = f"SELECT 1 FROM {table} AS u WHERE {same} AND u.referral_source = 'unknown'"
    for count in _FOLDED_COUNTS[table]:
        op.execute(
            sa.text(
                f"UPDATE {table} SET {count} = {count} + (SELECT u.{count} FROM {table} AS u "
                f"WHERE {same} AND u.referral_source = 'unknown') "
                f"WHERE referral_source = 'other' AND EXISTS ({twin})"
            )
        )
    other = " AND ".join(f"o.{c} = {table}.{c}" for c in _FOLDED_KEYS[table])
    op.execute(
        sa.text(
            f"DELETE FROM {table} WHERE referral_source = 'unknown' AND EXISTS "
            f"(SELECT 1 FROM {table} AS o WHERE {other} AND o.referral_source = 'other')"
        )
    )
    op.execute(
        sa.text(f"UPDATE {table} SET referral_source = 'other' WHERE referral_source = 'unknown'")
    )


def downgrade() -> None:
    """Count "not recorded" as "other" again (what older versions did), then narrow.

    Only for tests of migrations and repairs: the distinction is lost.
    """
    op.execute(
        sa.text(
            "UPDATE participant SET referral_source = 'other' WHERE referral_source = 'unknown'"
        )
    )
    for table in _FOLDED_KEYS:
        _merge_into_other(table)
    for table in _TABLES:
        _constrain(table, _OLD)
