"""Sessions of a period found by a range of their start, without reading the table.

Revision ID: 0007_indexes
Revises: 0006_codes
Create Date: 2026-12-03

The agenda's month, the double bookings of a period and the calendar export select
sessions overlapping a window: a start before its end, and (sessions last a day at
most) after its start less a day. ``ix_session_window`` (starts_at, ends_at, status,
room_id) answers that range and holds every column the booking queries read, so a
month costs the same in the first year of a vault and in the tenth. It replaces
``ix_session_starts_at``, of which it is an extension. Indexes only: no table is
rebuilt.

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models; a test compares it with the models.
"""

from __future__ import annotations

from alembic import op

revision: str = "0007_indexes"
down_revision: str | None = "0006_codes"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Put the window index in place of the index on the start alone."""
    op.create_index(
        "ix_session_window",
        "session",
        ["starts_at", "ends_at", "status", "room_id"],
        unique=False,
    )
    op.drop_index("ix_session_starts_at", table_name="session")


def downgrade() -> None:
    """Back to the index on the start alone."""
    op.create_index("ix_session_starts_at", "session", ["starts_at"], unique=False)
    op.drop_index("ix_session_window", table_name="session")
