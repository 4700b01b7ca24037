"""Working groups: professionals who meet on an axis or theme, their meetings' records.

Revision ID: 0017_working_group
Revises: 0016_reception_tally
Create Date: 2026-12-05

The network's sub-groups (commissions) had no place: an action may now be a working
group (the ``kind`` code ``working_group``), with its axis and lead, its members (from
the directory), and for its meetings (the action's sessions) the members present,
the minutes, the decisions taken and the follow-up tasks. The yearly review may now
renew an action "with changes" and say what changes (``review_changed``, and a
``review_reason`` allowed for a renewal too). SQLite cannot alter a CHECK
constraint: ``action`` is rebuilt (copy, drop, rename) with every row, key, index and
other constraint as it was, foreign keys off (see ``migrate._run``).

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models; a test compares it with the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0017_working_group"
down_revision: str | None = "0016_reception_tally"
branch_labels: str | None = None
depends_on: str | None = None

_OLD = ("talk_group", "training", "public_action", "plenary")
# the tables of revision 0016 that refer to a session, or to an action
_SESSION_TABLES = (
    "session_facilitator",
    "session_invitation",
    "session_professionals",
    "session_note",
    "session_headcount",
    "attendance",
    "folded_attendance",
)
_ACTION_TABLES = ("action_trained", "public_support", "orientation_action")
_NEW = (*_OLD, "working_group")


def _action(codes: tuple[str, ...], *, review_changed: bool) -> None:
    """Rebuild ``action`` with these kinds, and with or without "renewed with changes"."""
    allowed = "kind IN (" + ", ".join(f"'{c}'" for c in codes) + ")"
    with op.batch_alter_table("action", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_action_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_action_kind"), sa.text(allowed))
        batch.drop_constraint(op.f("ck_action_review_reason"), type_="check")
        if review_changed:
            batch.add_column(
                sa.Column(
                    "review_changed", sa.Boolean(), server_default=sa.text("0"), nullable=False
                )
            )
            batch.create_check_constraint(
                op.f("ck_action_review_reason"),
                sa.text("review_reason IS NULL OR review_status IN ('renewed', 'not_renewed')"),
            )
            batch.create_check_constraint(
                op.f("ck_action_review_changed"),
                sa.text("review_changed = 0 OR review_status = 'renewed'"),
            )
        else:
            batch.drop_constraint(op.f("ck_action_review_changed"), type_="check")
            batch.drop_column("review_changed")
            batch.create_check_constraint(
                op.f("ck_action_review_reason"),
                sa.text("review_reason IS NULL OR review_status = 'not_renewed'"),
            )


def _fk(
    table: str, column: str, target: str, ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def upgrade() -> None:
    """Allow the new kind and a renewal's reason; create the working groups' tables (empty)."""
    _action(_NEW, review_changed=True)
    op.create_table(
        "working_group",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("axis", sa.String(length=20), nullable=True),
        sa.Column("lead_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "axis IS NULL OR axis IN ('training', 'public_action', 'talk_group')",
            name=op.f("ck_working_group_axis"),
        ),
        _fk("working_group", "action_id", "action", "CASCADE"),
        _fk("working_group", "lead_id", "facilitator"),
        sa.PrimaryKeyConstraint("action_id", name=op.f("pk_working_group")),
    )
    op.create_index(op.f("ix_working_group_lead_id"), "working_group", ["lead_id"])
    op.create_table(
        "working_group_member",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=False),
        _fk("working_group_member", "action_id", "action", "CASCADE"),
        _fk("working_group_member", "facilitator_id", "facilitator"),
        sa.PrimaryKeyConstraint(
            "action_id", "facilitator_id", name=op.f("pk_working_group_member")
        ),
    )
    op.create_index(
        op.f("ix_working_group_member_facilitator_id"), "working_group_member", ["facilitator_id"]
    )
    op.create_table(
        "meeting_attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=False),
        _fk("meeting_attendance", "session_id", "session", "CASCADE"),
        _fk("meeting_attendance", "facilitator_id", "facilitator"),
        sa.PrimaryKeyConstraint("session_id", "facilitator_id", name=op.f("pk_meeting_attendance")),
    )
    op.create_index(
        op.f("ix_meeting_attendance_facilitator_id"), "meeting_attendance", ["facilitator_id"]
    )
    op.create_table(
        "meeting_minutes",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _fk("meeting_minutes", "session_id", "session", "CASCADE"),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_meeting_minutes")),
    )
    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _fk("decision", "action_id", "action", "CASCADE"),
        _fk("decision", "session_id", "session", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    op.create_index(op.f("ix_decision_action_id"), "decision", ["action_id"])
    op.create_index(op.f("ix_decision_session_id"), "decision", ["session_id"])
    op.create_table(
        "follow_up_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        _fk("follow_up_task", "action_id", "action", "CASCADE"),
        _fk("follow_up_task", "session_id", "session", "SET NULL"),
        _fk("follow_up_task", "assignee_id", "facilitator"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_task")),
    )
    for column in ("action_id", "session_id", "assignee_id"):
        op.create_index(op.f(f"ix_follow_up_task_{column}"), "follow_up_task", [column])


def downgrade() -> None:
    """Forget the working groups (their actions too), then allow the old kinds only."""
    for column in ("assignee_id", "session_id", "action_id"):
        op.drop_index(op.f(f"ix_follow_up_task_{column}"), "follow_up_task")
    op.drop_table("follow_up_task")
    op.drop_index(op.f("ix_decision_session_id"), "decision")
    op.drop_index(op.f("ix_decision_action_id"), "decision")
    op.drop_table("decision")
    op.drop_table("meeting_minutes")
    op.drop_index(op.f("ix_meeting_attendance_facilitator_id"), "meeting_attendance")
    op.drop_table("meeting_attendance")
    op.drop_index(op.f("ix_working_group_member_facilitator_id"), "working_group_member")
    op.drop_table("working_group_member")
    op.drop_index(op.f("ix_working_group_lead_id"), "working_group")
    op.drop_table("working_group")
    # foreign keys are off here: what refers to those actions goes first, by hand
    groups = "SELECT id FROM action WHERE kind = 'working_group'"
    meetings = f"SELECT id FROM session WHERE action_id IN ({groups})"
    for table in _SESSION_TABLES:
        op.execute(sa.text(f"DELETE FROM {table} WHERE session_id IN ({meetings})"))
    op.execute(sa.text(f"DELETE FROM session WHERE action_id IN ({groups})"))
    for table in _ACTION_TABLES:
        op.execute(sa.text(f"DELETE FROM {table} WHERE action_id IN ({groups})"))
    op.execute(sa.text("DELETE FROM action WHERE kind = 'working_group'"))
    op.execute(sa.text("UPDATE action SET review_reason = NULL WHERE review_status = 'renewed'"))
    _action(_OLD, review_changed=False)
