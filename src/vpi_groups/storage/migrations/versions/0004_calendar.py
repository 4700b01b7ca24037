"""What the calendar export needs to say when each event last changed.

Revision ID: 0004_calendar
Revises: 0003_attendance
Create Date: 2026-12-09

Adds the time of the last change of each talk group and session (the events'
LAST-MODIFIED), and two counters per talk group that grow when one of its rule
occurrences is cancelled or reinstated, or changes at all: a series' master event
changes then (its EXDATEs) although the group's own settings did not. Rows written
before this revision have no known time of change: their columns stay NULL rather
than pretend one.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models; a test compares it with the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004_calendar"
down_revision: str | None = "0003_attendance"
branch_labels: str | None = None
depends_on: str | None = None

_GROUP_COUNTERS = ("cancellations_revision", "occurrences_revision")
_GROUP_TIMES = ("modified_at", "cancellations_modified_at", "occurrences_modified_at")


def upgrade() -> None:
    """Add the last-change times and the series' exception counters.

    Plain ALTER TABLE ADD COLUMN (a NOT NULL column with a constant default is fine
    in SQLite), not a batch operation: a batch that decides to rebuild ``talk_group``
    or ``session`` cannot drop the old copy while sessions and registers refer to it.
    """
    for name in _GROUP_TIMES:
        op.add_column("talk_group", sa.Column(name, sa.DateTime(), nullable=True))
    for name in _GROUP_COUNTERS:
        op.add_column(
            "talk_group",
            sa.Column(name, sa.Integer(), nullable=False, server_default=sa.text("0")),
        )
    op.add_column("session", sa.Column("modified_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Drop them with SQLite's own DROP COLUMN (3.35+): no table is rebuilt.

    Not ``op.drop_column``: on SQLite it rebuilds the table, and dropping the old copy
    of ``session`` or ``talk_group`` fails on (or, with ON DELETE CASCADE, empties)
    the tables that refer to them.
    """
    op.execute("ALTER TABLE session DROP COLUMN modified_at")
    for name in (*_GROUP_COUNTERS, *reversed(_GROUP_TIMES)):
        op.execute(f"ALTER TABLE talk_group DROP COLUMN {name}")
