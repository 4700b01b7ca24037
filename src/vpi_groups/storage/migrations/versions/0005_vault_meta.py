"""The database's binding to its key file, and drafts kept across a lock.

Revision ID: 0005_vault_meta
Revises: 0004_calendar
Create Date: 2026-12-03

``vault_meta`` holds one row: the vault id (which must match the key file's) and the
write generation (which must not be older than the key file's). Vaults made before
this revision get their row at the next unlock, from the key file that opened them.
``draft`` keeps an open editor's unsaved state when the window locks. The audit log
learns two kinds: a new recovery key, and an older database opened by the user's choice
(SQLite cannot alter a CHECK constraint: ``audit_event`` is rebuilt; nothing refers to it).

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models; a test compares it with the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005_vault_meta"
down_revision: str | None = "0004_calendar"
branch_labels: str | None = None
depends_on: str | None = None


_OLD_KINDS = (
    "('export_calendar', 'export_report', 'purge', 'erasure', 'backup', 'restore', "
    "'passphrase_change')"
)
_NEW_KINDS = (
    "('export_calendar', 'export_report', 'purge', 'erasure', 'backup', 'restore', "
    "'passphrase_change', 'recovery_key_change', 'rollback_accepted')"
)


def _audit_kinds(kinds: str) -> None:
    with op.batch_alter_table("audit_event", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_audit_event_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_audit_event_kind"), sa.text(f"kind IN {kinds}"))


def upgrade() -> None:
    """Create the two tables; widen the audit log's kinds."""
    _audit_kinds(_NEW_KINDS)
    op.create_table(
        "vault_meta",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vault_id", sa.String(length=32), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_vault_meta_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vault_meta")),
    )
    op.create_table(
        "draft",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_draft")),
    )


def downgrade() -> None:
    """Drop them; narrow the audit log's kinds (entries of the new kinds are dropped)."""
    op.execute("DELETE FROM audit_event WHERE kind IN ('recovery_key_change', 'rollback_accepted')")
    _audit_kinds(_OLD_KINDS)
    op.drop_table("draft")
    op.drop_table("vault_meta")
