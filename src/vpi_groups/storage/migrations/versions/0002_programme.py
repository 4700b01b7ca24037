"""The programme: partners, facilitators, rooms, actions, talk groups and sessions.

Revision ID: 0002_programme
Revises: 0001_vault
Create Date: 2026-12-02

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models; a test compares it with the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002_programme"
down_revision: str | None = "0001_vault"
branch_labels: str | None = None
depends_on: str | None = None

SECTORS = "('justice', 'social', 'sante', 'education', 'associatif', 'collectivite', 'autre')"


def upgrade() -> None:
    """Create the programme's tables and indexes."""
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("sector", sa.String(20), nullable=False),
        sa.Column("contact_name", sa.String(200), nullable=True),
        sa.Column("contact_role", sa.String(200), nullable=True),
        sa.Column("contact_email", sa.String(200), nullable=True),
        sa.Column("contact_phone", sa.String(50), nullable=True),
        sa.Column("agreement_start", sa.Date(), nullable=True),
        sa.Column("agreement_end", sa.Date(), nullable=True),
        sa.CheckConstraint(f"sector IN {SECTORS}", name=op.f("ck_organisation_sector")),
        sa.CheckConstraint(
            "agreement_start IS NULL OR agreement_end IS NULL OR agreement_end >= agreement_start",
            name=op.f("ck_organisation_agreement_dates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "contribution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=True),
        sa.Column("in_kind", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "amount_cents IS NULL OR amount_cents >= 0", name=op.f("ck_contribution_amount")
        ),
        sa.CheckConstraint(
            "amount_cents IS NOT NULL OR in_kind IS NOT NULL",
            name=op.f("ck_contribution_something"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_contribution_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution")),
    )
    op.create_index(
        op.f("ix_contribution_organisation_id"), "contribution", ["organisation_id"], unique=False
    )
    op.create_table(
        "facilitator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(200), nullable=True),
        sa.Column("sector", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(f"sector IN {SECTORS}", name=op.f("ck_facilitator_sector")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_facilitator_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facilitator")),
    )
    op.create_index(
        op.f("ix_facilitator_organisation_id"), "facilitator", ["organisation_id"], unique=False
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.CheckConstraint("capacity IS NULL OR capacity > 0", name=op.f("ck_room_capacity")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
        sa.UniqueConstraint("name", name=op.f("uq_room_name")),
    )
    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("review_status", sa.String(20), nullable=False),
        sa.Column("review_reason", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("public_kind", sa.String(20), nullable=True),
        sa.Column("estimated_reach", sa.Integer(), nullable=True),
        sa.Column("previous_action_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('talk_group', 'training', 'public_action', 'plenary')",
            name=op.f("ck_action_kind"),
        ),
        sa.CheckConstraint(
            "review_status IN ('proposed', 'running', 'renewed', 'not_renewed')",
            name=op.f("ck_action_review_status"),
        ),
        sa.CheckConstraint(
            "review_reason IS NULL OR review_status = 'not_renewed'",
            name=op.f("ck_action_review_reason"),
        ),
        sa.CheckConstraint(
            "public_kind IS NULL OR "
            "public_kind IN ('posters', 'leaflets', 'stand', 'web', 'other')",
            name=op.f("ck_action_public_kind"),
        ),
        sa.CheckConstraint(
            "kind = 'public_action' OR (public_kind IS NULL AND estimated_reach IS NULL)",
            name=op.f("ck_action_public_fields"),
        ),
        sa.CheckConstraint(
            "estimated_reach IS NULL OR estimated_reach >= 0", name=op.f("ck_action_reach")
        ),
        sa.ForeignKeyConstraint(
            ["previous_action_id"],
            ["action.id"],
            name=op.f("fk_action_previous_action_id_action"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
    )
    op.create_index(op.f("ix_action_year"), "action", ["year"], unique=False)
    op.create_table(
        "action_trained",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("sector", sa.String(20), nullable=False),
        sa.Column("trained", sa.Integer(), nullable=False),
        sa.CheckConstraint(f"sector IN {SECTORS}", name=op.f("ck_action_trained_sector")),
        sa.CheckConstraint("trained > 0", name=op.f("ck_action_trained_trained")),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_action_trained_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("action_id", "sector", name=op.f("pk_action_trained")),
    )
    op.create_table(
        "talk_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        sa.Column("capacity_min", sa.Integer(), nullable=False),
        sa.Column("capacity_max", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("location_shared", sa.Boolean(), nullable=False),
        sa.Column("frequency", sa.String(20), nullable=False),
        sa.Column("rule_interval", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("nth", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("occurrence_count", sa.Integer(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("holiday_calendar", sa.String(20), nullable=False),
        sa.CheckConstraint(
            "capacity_min >= 1 AND capacity_max >= capacity_min",
            name=op.f("ck_talk_group_capacity"),
        ),
        sa.CheckConstraint(
            "frequency IN ('weekly', 'monthly_nth')", name=op.f("ck_talk_group_frequency")
        ),
        sa.CheckConstraint("rule_interval >= 1", name=op.f("ck_talk_group_rule_interval")),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_talk_group_weekday")),
        sa.CheckConstraint(
            "(frequency = 'weekly' AND nth IS NULL)"
            " OR (frequency = 'monthly_nth' AND nth IN (1, 2, 3, 4, 5, -1))",
            name=op.f("ck_talk_group_nth"),
        ),
        sa.CheckConstraint(
            "(end_date IS NULL) <> (occurrence_count IS NULL)",
            name=op.f("ck_talk_group_end_or_count"),
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_talk_group_end_date")
        ),
        sa.CheckConstraint(
            "occurrence_count IS NULL OR occurrence_count >= 1",
            name=op.f("ck_talk_group_occurrence_count"),
        ),
        sa.CheckConstraint(
            "duration_minutes BETWEEN 1 AND 1440", name=op.f("ck_talk_group_duration")
        ),
        sa.CheckConstraint(
            "holiday_calendar IN ('none', 'metropole', 'alsace_moselle')",
            name=op.f("ck_talk_group_holiday_calendar"),
        ),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_talk_group_action_id_action")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_talk_group_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talk_group")),
        sa.UniqueConstraint("uid", name=op.f("uq_talk_group_uid")),
    )
    op.create_index(op.f("ix_talk_group_action_id"), "talk_group", ["action_id"], unique=False)
    op.create_index(op.f("ix_talk_group_room_id"), "talk_group", ["room_id"], unique=False)
    op.create_table(
        "group_facilitator",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["facilitator.id"],
            name=op.f("fk_group_facilitator_facilitator_id_facilitator"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["talk_group.id"],
            name=op.f("fk_group_facilitator_group_id_talk_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "facilitator_id", name=op.f("pk_group_facilitator")),
    )
    op.create_index(
        op.f("ix_group_facilitator_facilitator_id"),
        "group_facilitator",
        ["facilitator_id"],
        unique=False,
    )
    op.create_table(
        "group_closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_group_closure_dates")),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["talk_group.id"],
            name=op.f("fk_group_closure_group_id_talk_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_closure")),
    )
    op.create_index(op.f("ix_group_closure_group_id"), "group_closure", ["group_id"], unique=False)
    op.create_table(
        "session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("original_starts_at", sa.DateTime(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("moved", sa.Boolean(), nullable=False),
        sa.Column("facilitators_edited", sa.Boolean(), nullable=False),
        sa.Column("room_edited", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "(group_id IS NULL) <> (action_id IS NULL)", name=op.f("ck_session_owner")
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_session_times")),
        sa.CheckConstraint(
            "status IN ('planned', 'held', 'cancelled')", name=op.f("ck_session_status")
        ),
        sa.CheckConstraint(
            "(status = 'cancelled') = (cancel_reason IS NOT NULL)",
            name=op.f("ck_session_cancel_reason"),
        ),
        sa.CheckConstraint(
            "original_starts_at IS NULL OR group_id IS NOT NULL",
            name=op.f("ck_session_original_in_group"),
        ),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_session_action_id_action")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["talk_group.id"], name=op.f("fk_session_group_id_talk_group")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_session_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session")),
        sa.UniqueConstraint("uid", name=op.f("uq_session_uid")),
        sa.UniqueConstraint("group_id", "original_starts_at", name=op.f("uq_session_group_id")),
    )
    op.create_index(op.f("ix_session_action_id"), "session", ["action_id"], unique=False)
    op.create_index(op.f("ix_session_group_id"), "session", ["group_id"], unique=False)
    op.create_index(op.f("ix_session_room_id"), "session", ["room_id"], unique=False)
    op.create_index(op.f("ix_session_starts_at"), "session", ["starts_at"], unique=False)
    op.create_table(
        "session_facilitator",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["facilitator.id"],
            name=op.f("fk_session_facilitator_facilitator_id_facilitator"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_session_facilitator_session_id_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "session_id", "facilitator_id", name=op.f("pk_session_facilitator")
        ),
    )
    op.create_index(
        op.f("ix_session_facilitator_facilitator_id"),
        "session_facilitator",
        ["facilitator_id"],
        unique=False,
    )


def downgrade() -> None:
    """Drop the programme's tables (children first)."""
    for table in (
        "session_facilitator",
        "session",
        "group_closure",
        "group_facilitator",
        "talk_group",
        "action_trained",
        "action",
        "room",
        "facilitator",
        "contribution",
        "organisation",
    ):
        op.drop_table(table)
