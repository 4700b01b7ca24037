"""Participants without names, registers, headcounts, notes, folded totals, audit log.

Revision ID: 0003_attendance
Revises: 0002_programme
Create Date: 2026-11-28

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models; a test compares it with the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003_attendance"
down_revision: str | None = "0002_programme"
branch_labels: str | None = None
depends_on: str | None = None

AGE_BANDS = "('lt18', '18-25', '26-35', '36-45', '46-55', '56-65', 'gt65', 'unknown')"
GENDERS = "('woman', 'man', 'other', 'unsaid')"
REFERRALS = (
    "('police', 'social_services', 'health', 'justice', 'association', 'school', 'self', 'other')"
)
STATUSES = "('present', 'excused', 'absent')"
PERIODS = "('month', 'quarter', 'year')"
SCOPES = "('programme', 'action', 'group')"
AUDIT_KINDS = (
    "('export_calendar', 'export_report', 'purge', 'erasure', 'backup', 'restore', "
    "'passphrase_change')"
)


def _attribute_checks(table: str) -> list[sa.CheckConstraint]:
    return [
        sa.CheckConstraint(f"age_band IN {AGE_BANDS}", name=op.f(f"ck_{table}_age_band")),
        sa.CheckConstraint(f"gender IN {GENDERS}", name=op.f(f"ck_{table}_gender")),
        sa.CheckConstraint(
            f"referral_source IN {REFERRALS}", name=op.f(f"ck_{table}_referral_source")
        ),
    ]


def upgrade() -> None:
    """Create the tables of people, registers, folded totals and the audit log."""
    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(7), nullable=False),
        sa.Column("age_band", sa.String(10), nullable=False),
        sa.Column("gender", sa.String(10), nullable=False),
        sa.Column("referral_source", sa.String(20), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("memo", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        *_attribute_checks("participant"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.UniqueConstraint("code", name=op.f("uq_participant_code")),
    )
    op.create_table(
        "enrolment",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_enrolment_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["talk_group.id"],
            name=op.f("fk_enrolment_group_id_talk_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", "group_id", name=op.f("pk_enrolment")),
    )
    op.create_index(op.f("ix_enrolment_group_id"), "enrolment", ["group_id"], unique=False)
    op.create_table(
        "attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.CheckConstraint(f"status IN {STATUSES}", name=op.f("ck_attendance_status")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_attendance_session_id_session")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_attendance_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "participant_id", name=op.f("pk_attendance")),
    )
    op.create_index(
        op.f("ix_attendance_participant_id"), "attendance", ["participant_id"], unique=False
    )
    op.create_table(
        "session_headcount",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.CheckConstraint("present >= 0", name=op.f("ck_session_headcount_present")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_session_headcount_session_id_session")
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_session_headcount")),
    )
    op.create_table(
        "session_note",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_session_note_session_id_session")
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_session_note")),
    )
    op.create_table(
        "folded_attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("age_band", sa.String(10), nullable=False),
        sa.Column("gender", sa.String(10), nullable=False),
        sa.Column("referral_source", sa.String(20), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.CheckConstraint(f"status IN {STATUSES}", name=op.f("ck_folded_attendance_status")),
        *_attribute_checks("folded_attendance"),
        sa.CheckConstraint("count > 0", name=op.f("ck_folded_attendance_count")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_folded_attendance_session_id_session")
        ),
        sa.PrimaryKeyConstraint(
            "session_id",
            "status",
            "age_band",
            "gender",
            "referral_source",
            name=op.f("pk_folded_attendance"),
        ),
    )
    op.create_table(
        "folded_participants",
        sa.Column("period_kind", sa.String(10), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("scope_kind", sa.String(10), nullable=False),
        sa.Column("scope_id", sa.Integer(), nullable=False),
        sa.Column("age_band", sa.String(10), nullable=False),
        sa.Column("gender", sa.String(10), nullable=False),
        sa.Column("referral_source", sa.String(20), nullable=False),
        sa.Column("distinct_count", sa.Integer(), nullable=False),
        sa.Column("new_count", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            f"period_kind IN {PERIODS}", name=op.f("ck_folded_participants_period_kind")
        ),
        sa.CheckConstraint(
            f"scope_kind IN {SCOPES}", name=op.f("ck_folded_participants_scope_kind")
        ),
        *_attribute_checks("folded_participants"),
        sa.CheckConstraint(
            "distinct_count > 0 AND new_count BETWEEN 0 AND distinct_count",
            name=op.f("ck_folded_participants_counts"),
        ),
        sa.PrimaryKeyConstraint(
            "period_kind",
            "period_start",
            "scope_kind",
            "scope_id",
            "age_band",
            "gender",
            "referral_source",
            name=op.f("pk_folded_participants"),
        ),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.CheckConstraint(f"kind IN {AUDIT_KINDS}", name=op.f("ck_audit_event_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index(op.f("ix_audit_event_at"), "audit_event", ["at"], unique=False)


def downgrade() -> None:
    """Drop them."""
    op.drop_index(op.f("ix_audit_event_at"), table_name="audit_event")
    op.drop_table("audit_event")
    op.drop_table("folded_participants")
    op.drop_table("folded_attendance")
    op.drop_table("session_note")
    op.drop_table("session_headcount")
    op.drop_index(op.f("ix_attendance_participant_id"), table_name="attendance")
    op.drop_table("attendance")
    op.drop_index(op.f("ix_enrolment_group_id"), table_name="enrolment")
    op.drop_table("enrolment")
    op.drop_table("participant")
