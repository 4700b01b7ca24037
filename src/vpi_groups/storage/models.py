"""ORM base, the vault's own tables and the programme's tables (one migration each)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base of every table in the vault."""

    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """A vault-wide setting (retention months, suppression threshold, ...).

    Settings that describe the records live here, encrypted, never in QSettings.
    """

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class VaultMeta(Base):
    """The one row that binds the database to its key file.

    ``vault_id`` must match the key file's; ``generation`` grows at every unlock and
    lock, in the database first and then in the (authenticated) key file, so that an
    older copy of the database put back beside a newer key file is noticed.
    """

    __tablename__ = "vault_meta"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vault_id: Mapped[str] = mapped_column(String(32))
    generation: Mapped[int] = mapped_column(Integer)


# ---------------------------------------------------------------- programme
#
# Codes are stored as short ASCII strings guarded by CHECK constraints; the
# services speak the enums below. Timestamps are stored in UTC (UTCDateTime);
# dates and wall-clock times of rules are local to the group's time zone.


class Sector(StrEnum):
    """Professional sector of a partner organisation or a facilitator."""

    JUSTICE = "justice"
    SOCIAL = "social"
    HEALTH = "health"
    EDUCATION = "education"
    ASSOCIATION = "association"
    LOCAL_AUTHORITY = "local_authority"
    OTHER = "other"


class ActionKind(StrEnum):
    """One of the programme's three axes, the yearly plenary day, or a working group.

    A working group (sous-groupe, commission) is professionals of the network who meet
    during the year on one axis or theme; like every action it is reviewed each year.
    """

    TALK_GROUP = "talk_group"
    TRAINING = "training"
    PUBLIC_ACTION = "public_action"
    PLENARY = "plenary"
    WORKING_GROUP = "working_group"


AXES = (ActionKind.TRAINING, ActionKind.PUBLIC_ACTION, ActionKind.TALK_GROUP)


class ReviewStatus(StrEnum):
    """Where an action stands in the yearly review (actions are never renewed by default)."""

    PROPOSED = "proposed"
    RUNNING = "running"
    RENEWED = "renewed"
    NOT_RENEWED = "not_renewed"


class PublicActionKind(StrEnum):
    """The form a public awareness action takes."""

    POSTERS = "posters"
    LEAFLETS = "leaflets"
    STAND = "stand"
    WEB = "web"
    OTHER = "other"


class SupportKind(StrEnum):
    """One support of a public campaign: what was put out, and where people met it."""

    POSTERS = "posters"
    LEAFLETS = "leaflets"
    WEB = "web"
    SOCIAL_MEDIA = "social_media"
    PRESS = "press"
    STAND = "stand"
    EVENT = "event"
    OTHER = "other"


class Frequency(StrEnum):
    """How a talk-group series recurs (RFC 5545 FREQ with a single BYDAY)."""

    WEEKLY = "weekly"
    MONTHLY_NTH = "monthly_nth"


class HolidayCalendar(StrEnum):
    """Which French public holidays a series skips."""

    NONE = "none"
    METROPOLE = "metropole"
    ALSACE_MOSELLE = "alsace_moselle"


class SessionStatus(StrEnum):
    """Life cycle of one session."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


def _one_of(column: str, codes: type[StrEnum]) -> str:
    """Return the CHECK expression that keeps ``column`` within an enum's codes."""
    return f"{column} IN ({', '.join(repr(c.value) for c in codes)})"


def _values(codes: type[StrEnum]) -> list[str]:
    return [code.value for code in codes]


def coded(codes: type[StrEnum], length: int) -> Enum:
    """Return the column type of a coded value: the enum in Python, its code in SQL.

    A non-native enum: stored as ``VARCHAR(length)`` holding the member's value (never
    its name), read back as the member, refused before SQL if it is not a member. The
    CHECK constraint that keeps the stored code in range is declared with the table, by
    name, so that migrations can rebuild it.
    """
    return Enum(
        codes,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=_values,
        validate_strings=True,
    )


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant stored as UTC; refuses naive datetimes, returns aware UTC ones."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        """Convert an aware datetime to naive UTC for storage."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetimes are refused: give a time zone")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        """Attach UTC to the stored value."""
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Organisation(Base):
    """A partner organisation of the programme."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint(_one_of("sector", Sector), name="sector"),
        CheckConstraint(
            "agreement_start IS NULL OR agreement_end IS NULL OR agreement_end >= agreement_start",
            name="agreement_dates",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[Sector] = mapped_column(coded(Sector, 20))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_role: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(50))
    agreement_start: Mapped[dt.date | None] = mapped_column(Date)
    agreement_end: Mapped[dt.date | None] = mapped_column(Date)


class Contribution(Base):
    """What a partner gives for one year: an amount (in cents), in kind, or both."""

    __tablename__ = "contribution"
    __table_args__ = (
        CheckConstraint("amount_cents IS NULL OR amount_cents >= 0", name="amount"),
        CheckConstraint("amount_cents IS NOT NULL OR in_kind IS NOT NULL", name="something"),
        CheckConstraint(
            "in_kind_value_cents IS NULL OR (in_kind_value_cents >= 0 AND in_kind IS NOT NULL)",
            name="in_kind_value",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    amount_cents: Mapped[int | None] = mapped_column(Integer)
    in_kind: Mapped[str | None] = mapped_column(Text)
    # the estimated value of what is given in kind (a room, staff time), in cents
    in_kind_value_cents: Mapped[int | None] = mapped_column(Integer)
    # the action it goes to (none: the programme as a whole)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id"), index=True)


class Facilitator(Base):
    """A professional who runs sessions."""

    __tablename__ = "facilitator"
    __table_args__ = (CheckConstraint(_one_of("sector", Sector), name="sector"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(200))
    sector: Mapped[Sector] = mapped_column(coded(Sector, 20))
    active: Mapped[bool] = mapped_column(Boolean)
    # Where invitations to professionals' meetings are sent (never a participant's).
    email: Mapped[str | None] = mapped_column(String(200))


class Room(Base):
    """A room or place where sessions happen."""

    __tablename__ = "room"
    __table_args__ = (CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str | None] = mapped_column(Text)
    capacity: Mapped[int | None] = mapped_column(Integer)


class Action(Base):
    """An action of one year on one axis (or the plenary day), with its yearly review."""

    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint(_one_of("kind", ActionKind), name="kind"),
        CheckConstraint(_one_of("review_status", ReviewStatus), name="review_status"),
        CheckConstraint(
            "review_reason IS NULL OR review_status IN ('renewed', 'not_renewed')",
            name="review_reason",
        ),
        CheckConstraint("review_changed = 0 OR review_status = 'renewed'", name="review_changed"),
        CheckConstraint(
            "public_kind IS NULL OR " + _one_of("public_kind", PublicActionKind),
            name="public_kind",
        ),
        CheckConstraint(
            "kind = 'public_action' OR (public_kind IS NULL AND estimated_reach IS NULL)",
            name="public_fields",
        ),
        CheckConstraint("estimated_reach IS NULL OR estimated_reach >= 0", name="reach"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ActionKind] = mapped_column(coded(ActionKind, 20))
    year: Mapped[int] = mapped_column(Integer, index=True)
    review_status: Mapped[ReviewStatus] = mapped_column(coded(ReviewStatus, 20))
    review_reason: Mapped[str | None] = mapped_column(Text)
    # renewed with changes (what changes is the reason), rather than as it was
    review_changed: Mapped[bool] = mapped_column(Boolean, server_default=text("0"))
    description: Mapped[str | None] = mapped_column(Text)
    public_kind: Mapped[PublicActionKind | None] = mapped_column(coded(PublicActionKind, 20))
    estimated_reach: Mapped[int | None] = mapped_column(Integer)
    previous_action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id"))


class ActionTrained(Base):
    """Professionals trained by a training/information action, per sector."""

    __tablename__ = "action_trained"
    __table_args__ = (
        CheckConstraint(_one_of("sector", Sector), name="sector"),
        CheckConstraint("trained > 0", name="trained"),
    )

    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    sector: Mapped[Sector] = mapped_column(coded(Sector, 20), primary_key=True)
    trained: Mapped[int] = mapped_column(Integer)


class PublicSupport(Base):
    """A support of a public action's campaign: quantity, dates, places, estimated reach."""

    __tablename__ = "public_support"
    __table_args__ = (
        CheckConstraint(_one_of("kind", SupportKind), name="kind"),
        CheckConstraint("quantity IS NULL OR quantity >= 0", name="quantity"),
        CheckConstraint("estimated_reach IS NULL OR estimated_reach >= 0", name="reach"),
        CheckConstraint(
            "starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on", name="dates"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[SupportKind] = mapped_column(coded(SupportKind, 20))
    quantity: Mapped[int | None] = mapped_column(Integer)
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    places: Mapped[str | None] = mapped_column(Text)
    estimated_reach: Mapped[int | None] = mapped_column(Integer)


class Orientation(Base):
    """An orientation adopted at a plenary day, in its order."""

    __tablename__ = "orientation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plenary_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class OrientationAction(Base):
    """An action of the following year that carries out an orientation."""

    __tablename__ = "orientation_action"

    orientation_id: Mapped[int] = mapped_column(
        ForeignKey("orientation.id", ondelete="CASCADE"), primary_key=True
    )
    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class GovernanceBody(StrEnum):
    """A body that governs the programme; its meetings are recorded as a working group's."""

    CISPD = "cispd"  # the local council for safety and crime prevention it reports to
    STEERING_COMMITTEE = "steering_committee"  # the partners' steering committee


class WorkingGroup(Base):
    """What a working group action adds: its axis (or none: a theme of its own) and lead."""

    __tablename__ = "working_group"
    __table_args__ = (
        CheckConstraint(
            "axis IS NULL OR axis IN ('training', 'public_action', 'talk_group')", name="axis"
        ),
        CheckConstraint("body IS NULL OR " + _one_of("body", GovernanceBody), name="body"),
        CheckConstraint("body IS NULL OR axis IS NULL", name="body_axis"),
    )

    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    axis: Mapped[ActionKind | None] = mapped_column(coded(ActionKind, 20))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("facilitator.id"), index=True)
    # a governance body of the programme (its meetings are kept as a group's), or none
    body: Mapped[GovernanceBody | None] = mapped_column(coded(GovernanceBody, 30))


class WorkingGroupMember(Base):
    """A professional of the directory who belongs to a working group."""

    __tablename__ = "working_group_member"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    facilitator_id: Mapped[int] = mapped_column(
        ForeignKey("facilitator.id"), primary_key=True, index=True
    )


class MeetingAttendance(Base):
    """A member present at a working group's meeting."""

    __tablename__ = "meeting_attendance"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    facilitator_id: Mapped[int] = mapped_column(
        ForeignKey("facilitator.id"), primary_key=True, index=True
    )


class MeetingMinutes(Base):
    """The minutes of a meeting (rich text; in the vault, never exported unless asked)."""

    __tablename__ = "meeting_minutes"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Decision(Base):
    """A decision a working group took, at one of its meetings or outside them."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), index=True
    )
    decided_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)


class FollowUpTask(Base):
    """A follow-up task of a working group: what, who, by when, and when it was done."""

    __tablename__ = "follow_up_task"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("facilitator.id"), index=True)
    created_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)


class TalkGroup(Base):
    """A talk-group cycle: its settings and the recurrence rule of its sessions.

    The rule's parameters are kept as such (not only the generated sessions) so the
    calendar export can write the series as one RRULE with its exceptions.
    ``revision``/``modified_at`` follow the series' own settings; the two other
    counters (and their times) grow when one of its rule occurrences is cancelled or
    reinstated, or changes at all: the master event's EXDATEs change then.
    """

    __tablename__ = "talk_group"
    __table_args__ = (
        CheckConstraint("capacity_min >= 1 AND capacity_max >= capacity_min", name="capacity"),
        CheckConstraint(_one_of("frequency", Frequency), name="frequency"),
        CheckConstraint("rule_interval >= 1", name="rule_interval"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint(
            "(frequency = 'weekly' AND nth IS NULL)"
            " OR (frequency = 'monthly_nth' AND nth IN (1, 2, 3, 4, 5, -1))",
            name="nth",
        ),
        CheckConstraint("(end_date IS NULL) <> (occurrence_count IS NULL)", name="end_or_count"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_date"),
        CheckConstraint(
            "occurrence_count IS NULL OR occurrence_count >= 1", name="occurrence_count"
        ),
        CheckConstraint("duration_minutes BETWEEN 1 AND 1440", name="duration"),
        CheckConstraint(_one_of("holiday_calendar", HolidayCalendar), name="holiday_calendar"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    revision: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id"), index=True)
    is_open: Mapped[bool] = mapped_column(Boolean)
    capacity_min: Mapped[int] = mapped_column(Integer)
    capacity_max: Mapped[int] = mapped_column(Integer)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    location_shared: Mapped[bool] = mapped_column(Boolean)
    frequency: Mapped[Frequency] = mapped_column(coded(Frequency, 20))
    rule_interval: Mapped[int] = mapped_column(Integer)
    weekday: Mapped[int] = mapped_column(Integer)
    nth: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    occurrence_count: Mapped[int | None] = mapped_column(Integer)
    start_time: Mapped[dt.time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    timezone: Mapped[str] = mapped_column(String(64))
    holiday_calendar: Mapped[HolidayCalendar] = mapped_column(coded(HolidayCalendar, 20))
    # For the calendar export (see vpi_groups.revisions). Times are whole seconds, NULL
    # when unknown (rows older than the columns) or, for the counters, never yet.
    modified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    cancellations_revision: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    cancellations_modified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    occurrences_revision: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    occurrences_modified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class GroupFacilitator(Base):
    """A facilitator assigned to a talk group's series."""

    __tablename__ = "group_facilitator"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("talk_group.id", ondelete="CASCADE"), primary_key=True
    )
    facilitator_id: Mapped[int] = mapped_column(
        ForeignKey("facilitator.id"), primary_key=True, index=True
    )


class GroupClosure(Base):
    """A closure period (inclusive local dates) that a talk group's series skips."""

    __tablename__ = "group_closure"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("talk_group.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)


class ProgrammeSession(Base):
    """One session: an occurrence of a talk group's series, an extra one, or an action's.

    ``original_starts_at`` is the occurrence the rule generated (the calendar's
    RECURRENCE-ID); it is NULL for extra sessions and for an action's sessions.
    ``moved``, ``facilitators_edited`` and ``room_edited`` say where the session
    differs from what its series gives it; series edits keep those parts.
    ``modified_at`` is when ``revision`` last grew (NULL: before it was recorded).
    """

    __tablename__ = "session"
    __table_args__ = (
        CheckConstraint("(group_id IS NULL) <> (action_id IS NULL)", name="owner"),
        CheckConstraint("ends_at > starts_at", name="times"),
        CheckConstraint(_one_of("status", SessionStatus), name="status"),
        CheckConstraint(
            "(status = 'cancelled') = (cancel_reason IS NOT NULL)", name="cancel_reason"
        ),
        CheckConstraint(
            "original_starts_at IS NULL OR group_id IS NOT NULL", name="original_in_group"
        ),
        UniqueConstraint("group_id", "original_starts_at"),
        # Sessions of a period (the agenda, conflicts, exports): a range on starts_at
        # that also holds what the booking queries read, so they never touch the table.
        Index("ix_session_window", "starts_at", "ends_at", "status", "room_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    revision: Mapped[int] = mapped_column(Integer)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("talk_group.id"), index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id"), index=True)
    original_starts_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    status: Mapped[SessionStatus] = mapped_column(coded(SessionStatus, 20))
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    moved: Mapped[bool] = mapped_column(Boolean)
    facilitators_edited: Mapped[bool] = mapped_column(Boolean)
    room_edited: Mapped[bool] = mapped_column(Boolean)
    modified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class SessionFacilitator(Base):
    """A facilitator booked for one session."""

    __tablename__ = "session_facilitator"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    facilitator_id: Mapped[int] = mapped_column(
        ForeignKey("facilitator.id"), primary_key=True, index=True
    )


class SessionInvitation(Base):
    """An address invited to a professionals' session (so updates and the cancel reach it)."""

    __tablename__ = "session_invitation"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    email: Mapped[str] = mapped_column(String(200), primary_key=True)


class SessionProfessionals(Base):
    """Professionals present at a training session: how many came from one organisation.

    They are professionals, not talk-group participants: their names may be kept
    (``names``, one per line) when the user records them. ``organisation_id`` is NULL
    for people of an organisation not in the directory; ``sector`` is then the one the
    user chose (otherwise the organisation's, as it was when recorded).
    """

    __tablename__ = "session_professionals"
    __table_args__ = (
        CheckConstraint(_one_of("sector", Sector), name="sector"),
        CheckConstraint("present BETWEEN 1 AND 999", name="present"),
        UniqueConstraint("session_id", "organisation_id", "sector"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    sector: Mapped[Sector] = mapped_column(coded(Sector, 20))
    present: Mapped[int] = mapped_column(Integer)
    names: Mapped[str | None] = mapped_column(Text)


# ---------------------------------------------------------------- people and attendance
#
# Participants are never named: a random code, coarse attributes, an optional private
# memo. Purges and erasures fold their attendance into the anonymous tables below
# before deleting them, so the totals of past periods do not change.


class AgeBand(StrEnum):
    """Coarse age band of a participant."""

    UNDER_18 = "lt18"
    FROM_18_TO_25 = "18-25"
    FROM_26_TO_35 = "26-35"
    FROM_36_TO_45 = "36-45"
    FROM_46_TO_55 = "46-55"
    FROM_56_TO_65 = "56-65"
    OVER_65 = "gt65"
    UNKNOWN = "unknown"


class Gender(StrEnum):
    """Gender, when the participant chose to say."""

    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"
    UNSAID = "unsaid"


class ReferralSource(StrEnum):
    """Who referred the participant to the group."""

    POLICE = "police"  # police or gendarmerie, including their social workers
    SOCIAL_SERVICES = "social_services"
    HEALTH = "health"  # GP, hospital, PMI, CMP
    JUSTICE = "justice"  # SPIP, court, victim support (France Victimes)
    ASSOCIATION = "association"  # CIDFF, Solidarité Femmes, ...
    SCHOOL = "school"
    SELF = "self"
    OTHER = "other"
    UNKNOWN = "unknown"  # "non renseigné": chosen explicitly, never a default


class AttendanceStatus(StrEnum):
    """What the register says for one participant at one session."""

    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class PeriodKind(StrEnum):
    """Granularity of folded distinct-participant counts."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class ScopeKind(StrEnum):
    """What a folded distinct count covers: the whole programme, one action, one group."""

    PROGRAMME = "programme"
    ACTION = "action"
    GROUP = "group"


class AuditKind(StrEnum):
    """What the audit log records (never who, never about whom)."""

    EXPORT_CALENDAR = "export_calendar"
    EXPORT_REPORT = "export_report"
    PURGE = "purge"
    ERASURE = "erasure"
    BACKUP = "backup"
    RESTORE = "restore"
    PASSPHRASE_CHANGE = "passphrase_change"
    RECOVERY_KEY_CHANGE = "recovery_key_change"
    ROLLBACK_ACCEPTED = "rollback_accepted"  # an older database opened by the user's choice


# reception tallies: counts a partner keeps of the persons it met (no person here)


class TallyContact(StrEnum):
    """How a partner met the persons it counts in a reception tally."""

    RECEIVED = "received"  # received in person (an interview, a consultation)
    INFORMED = "informed"  # informed or directed elsewhere (by telephone, at a desk)


class ReceptionTally(Base):
    """How many persons one partner received or informed in one month, by coarse attributes.

    Partners who receive victims (a victim support office, a women's rights centre,
    police social workers, the CCAS) count the persons they received each month: the
    programme's own measure of "lifting the silence". Counts only, never a person:
    ``month`` is the first day of the month, ``gender`` the persons' (coded as for
    participants), ``persons`` how many. A count of zero is not stored.
    """

    __tablename__ = "reception_tally"
    __table_args__ = (
        CheckConstraint(_one_of("contact", TallyContact), name="contact"),
        CheckConstraint(_one_of("gender", Gender), name="gender"),
        CheckConstraint("persons BETWEEN 1 AND 9999", name="persons"),
        CheckConstraint("CAST(strftime('%d', month) AS INTEGER) = 1", name="month"),
        UniqueConstraint("month", "organisation_id", "contact", "gender"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[dt.date] = mapped_column(Date, index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    contact: Mapped[TallyContact] = mapped_column(coded(TallyContact, 20))
    gender: Mapped[Gender] = mapped_column(coded(Gender, 20))
    persons: Mapped[int] = mapped_column(Integer)


class Participant(Base):
    """A pseudonymous participant: a random code and coarse attributes, never a name."""

    __tablename__ = "participant"
    __table_args__ = (
        CheckConstraint(_one_of("age_band", AgeBand), name="age_band"),
        CheckConstraint(_one_of("gender", Gender), name="gender"),
        CheckConstraint(_one_of("referral_source", ReferralSource), name="referral_source"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(7), unique=True)
    age_band: Mapped[AgeBand] = mapped_column(coded(AgeBand, 10))
    gender: Mapped[Gender] = mapped_column(coded(Gender, 10))
    referral_source: Mapped[ReferralSource] = mapped_column(coded(ReferralSource, 20))
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    memo: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Enrolment(Base):
    """A participant enrolled in a talk group (closed groups list their members)."""

    __tablename__ = "enrolment"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("talk_group.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    enrolled_on: Mapped[dt.date] = mapped_column(Date)


class Attendance(Base):
    """One line of a session's register."""

    __tablename__ = "attendance"
    __table_args__ = (CheckConstraint(_one_of("status", AttendanceStatus), name="status"),)

    session_id: Mapped[int] = mapped_column(ForeignKey("session.id"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(coded(AttendanceStatus, 10))


class SessionHeadcount(Base):
    """A session recorded in headcount mode: only how many people came."""

    __tablename__ = "session_headcount"
    __table_args__ = (CheckConstraint("present >= 0", name="present"),)

    session_id: Mapped[int] = mapped_column(ForeignKey("session.id"), primary_key=True)
    present: Mapped[int] = mapped_column(Integer)


class SessionNote(Base):
    """The facilitators' notes on one session (stays in the vault, never exported)."""

    __tablename__ = "session_note"

    session_id: Mapped[int] = mapped_column(ForeignKey("session.id"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class FoldedAttendance(Base):
    """Anonymous attendance counts left by purges and erasures, per session and attributes."""

    __tablename__ = "folded_attendance"
    __table_args__ = (
        CheckConstraint(_one_of("status", AttendanceStatus), name="status"),
        CheckConstraint(_one_of("age_band", AgeBand), name="age_band"),
        CheckConstraint(_one_of("gender", Gender), name="gender"),
        CheckConstraint(_one_of("referral_source", ReferralSource), name="referral_source"),
        CheckConstraint("count > 0", name="count"),
    )

    session_id: Mapped[int] = mapped_column(ForeignKey("session.id"), primary_key=True)
    status: Mapped[AttendanceStatus] = mapped_column(coded(AttendanceStatus, 10), primary_key=True)
    age_band: Mapped[AgeBand] = mapped_column(coded(AgeBand, 10), primary_key=True)
    gender: Mapped[Gender] = mapped_column(coded(Gender, 10), primary_key=True)
    referral_source: Mapped[ReferralSource] = mapped_column(
        coded(ReferralSource, 20), primary_key=True
    )
    count: Mapped[int] = mapped_column(Integer)


class FoldedParticipants(Base):
    """Anonymous distinct-participant counts left by purges, per period, scope and attributes.

    A participant counts once per scope (``scope_id`` is 0 for the whole programme,
    else the action's or the group's id) even if they came to several of its
    sessions. ``new_count`` counts those whose first attendance fell in the period.
    """

    __tablename__ = "folded_participants"
    __table_args__ = (
        CheckConstraint(_one_of("period_kind", PeriodKind), name="period_kind"),
        CheckConstraint(_one_of("scope_kind", ScopeKind), name="scope_kind"),
        CheckConstraint(_one_of("age_band", AgeBand), name="age_band"),
        CheckConstraint(_one_of("gender", Gender), name="gender"),
        CheckConstraint(_one_of("referral_source", ReferralSource), name="referral_source"),
        CheckConstraint(
            "distinct_count > 0 AND new_count BETWEEN 0 AND distinct_count", name="counts"
        ),
    )

    period_kind: Mapped[PeriodKind] = mapped_column(coded(PeriodKind, 10), primary_key=True)
    period_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    scope_kind: Mapped[ScopeKind] = mapped_column(coded(ScopeKind, 10), primary_key=True)
    scope_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    age_band: Mapped[AgeBand] = mapped_column(coded(AgeBand, 10), primary_key=True)
    gender: Mapped[Gender] = mapped_column(coded(Gender, 10), primary_key=True)
    referral_source: Mapped[ReferralSource] = mapped_column(
        coded(ReferralSource, 20), primary_key=True
    )
    distinct_count: Mapped[int] = mapped_column(Integer)
    new_count: Mapped[int] = mapped_column(Integer)


class AuditEvent(Base):
    """One export, purge, erasure, backup, restore or passphrase change: when, what, how many.

    Never a code, a memo, a note or a name.
    """

    __tablename__ = "audit_event"
    __table_args__ = (CheckConstraint(_one_of("kind", AuditKind), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    kind: Mapped[AuditKind] = mapped_column(coded(AuditKind, 20))
    counts: Mapped[str] = mapped_column(Text)  # JSON object of names to integers


class Draft(Base):
    """Unsaved work of an open editor, kept when the window locks and offered back after.

    ``key`` names the editor and its record (``session:42``, ``session:new``);
    ``payload`` is the editor's state as JSON. The database is encrypted like any record.
    """

    __tablename__ = "draft"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    payload: Mapped[str] = mapped_column(Text)


class Release(Base):
    """One set of anonymised totals that left the machine: a report file, when, what it said.

    ``counts`` is a JSON list of every count of people the file showed or hid, with its
    true value at the time: ``[indicator, breakdown, category, first day, last day,
    value, published]``. The release ledger protects each new release jointly with
    every earlier one; it is never reset. Only totals, never a code, a memo or a name.
    """

    __tablename__ = "release"
    __table_args__ = (
        CheckConstraint("period_end >= period_start", name="period"),
        CheckConstraint("k BETWEEN 2 AND 99", name="k"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_format: Mapped[str] = mapped_column(String(10))
    sha256: Mapped[str] = mapped_column(String(64))
    period_start: Mapped[dt.date] = mapped_column(Date, index=True)
    period_end: Mapped[dt.date] = mapped_column(Date)
    columns: Mapped[str] = mapped_column(String(10))  # month | quarter | year
    breakdowns: Mapped[str] = mapped_column(Text)  # JSON list of breakdown codes
    k: Mapped[int] = mapped_column(Integer)
    published: Mapped[int] = mapped_column(Integer)  # counts of people shown
    hidden: Mapped[int] = mapped_column(Integer)  # counts of people hidden
    counts: Mapped[str] = mapped_column(Text)


# ---------------------------------------------------------------- the partnership and its money
# Organisations only: no amount given or paid by one person is ever recorded.


class Convention(Base):
    """The multi-partner agreement the programme rests on: its object and its term."""

    __tablename__ = "convention"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="dates"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    object: Mapped[str | None] = mapped_column(Text)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date, index=True)


class ConventionSignatory(Base):
    """An organisation of the directory that signed a convention, and who signed for it."""

    __tablename__ = "convention_signatory"

    convention_id: Mapped[int] = mapped_column(
        ForeignKey("convention.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    signed_by: Mapped[str | None] = mapped_column(String(200))
    signed_on: Mapped[dt.date | None] = mapped_column(Date)


class CommitmentKind(StrEnum):
    """What a signatory commits to the programme."""

    STAFF = "staff"  # people made available
    ROOMS = "rooms"
    MONEY = "money"
    IN_KIND = "in_kind"


class ConventionCommitment(Base):
    """One commitment of a signatory: what, and its amount or estimated value if any."""

    __tablename__ = "convention_commitment"
    __table_args__ = (
        CheckConstraint(_one_of("kind", CommitmentKind), name="kind"),
        CheckConstraint("amount_cents IS NULL OR amount_cents >= 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    convention_id: Mapped[int] = mapped_column(
        ForeignKey("convention.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[CommitmentKind] = mapped_column(coded(CommitmentKind, 20))
    description: Mapped[str] = mapped_column(Text)
    amount_cents: Mapped[int | None] = mapped_column(Integer)


class ConventionAmendment(Base):
    """An amendment (avenant) to a convention; it may move the convention's end."""

    __tablename__ = "convention_amendment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    convention_id: Mapped[int] = mapped_column(
        ForeignKey("convention.id", ondelete="CASCADE"), index=True
    )
    signed_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    new_end: Mapped[dt.date | None] = mapped_column(Date)


class FunderKind(StrEnum):
    """Who a funder is, as the resources of a subsidy's financial report group them."""

    STATE = "state"  # the State and its funds (FIPD through the prefecture, justice...)
    REGION = "region"
    DEPARTMENT = "department"
    INTERCOMMUNAL = "intercommunal"
    TOWN = "town"
    SOCIAL_FUND = "social_fund"  # CAF, MSA and other social bodies
    HEALTH_AGENCY = "health_agency"  # the regional health agency (ARS)
    EUROPEAN_FUND = "european_fund"
    OTHER_PUBLIC = "other_public"
    PRIVATE_BODY = "private_body"  # a foundation or a company: an organisation, never a person


class Funder(Base):
    """An organisation that funds the programme (never a person)."""

    __tablename__ = "funder"
    __table_args__ = (CheckConstraint(_one_of("kind", FunderKind), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[FunderKind] = mapped_column(coded(FunderKind, 20))
    # the same organisation in the directory, when it is also a partner
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)


class FunderProgramme(Base):
    """A funder's programme or fund (FIPD, CAF's REAAP...) under which grants are asked."""

    __tablename__ = "funder_programme"
    __table_args__ = (UniqueConstraint("funder_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    funder_id: Mapped[int] = mapped_column(ForeignKey("funder.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))


class Grant(Base):
    """A grant for one year, asked of a funder for one action or the whole programme."""

    __tablename__ = "funding_grant"
    __table_args__ = (
        CheckConstraint("requested_cents >= 0", name="requested"),
        CheckConstraint("granted_cents IS NULL OR granted_cents >= 0", name="granted"),
        CheckConstraint("granted_on IS NULL OR granted_cents IS NOT NULL", name="granted_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    funder_id: Mapped[int] = mapped_column(ForeignKey("funder.id"), index=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("funder_programme.id"), index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id"), index=True)
    requested_cents: Mapped[int] = mapped_column(Integer)
    requested_on: Mapped[dt.date | None] = mapped_column(Date)
    granted_cents: Mapped[int | None] = mapped_column(Integer)
    granted_on: Mapped[dt.date | None] = mapped_column(Date)


class GrantPayment(Base):
    """A payment received on a grant."""

    __tablename__ = "grant_payment"
    __table_args__ = (CheckConstraint("amount_cents > 0", name="amount"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    grant_id: Mapped[int] = mapped_column(
        ForeignKey("funding_grant.id", ondelete="CASCADE"), index=True
    )
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)


class BudgetCategory(StrEnum):
    """A line of charges, as in a subsidy's financial report (account classes 60 to 65)."""

    PURCHASES = "purchases"  # 60: printing, supplies
    EXTERNAL_SERVICES = "external_services"  # 61: room hire, maintenance, insurance
    OTHER_SERVICES = "other_services"  # 62: fees, trainers, publicity, travel
    TAXES = "taxes"  # 63
    STAFF = "staff"  # 64: salaries and charges
    OTHER = "other"  # 65


class BudgetLine(Base):
    """A line of the budget of one year (and one action, or the whole programme)."""

    __tablename__ = "budget_line"
    __table_args__ = (
        CheckConstraint(_one_of("category", BudgetCategory), name="category"),
        CheckConstraint("planned_cents >= 0", name="planned"),
        CheckConstraint("actual_cents IS NULL OR actual_cents >= 0", name="actual"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id"), index=True)
    category: Mapped[BudgetCategory] = mapped_column(coded(BudgetCategory, 20))
    label: Mapped[str] = mapped_column(String(200))
    planned_cents: Mapped[int] = mapped_column(Integer)
    actual_cents: Mapped[int | None] = mapped_column(Integer)


class ActionNarrative(Base):
    """The words of an action's sheet in the yearly bilan, kept for next year's."""

    __tablename__ = "action_narrative"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    aims: Mapped[str | None] = mapped_column(Text)
    audience: Mapped[str | None] = mapped_column(Text)
    narrative: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)


# ---------------------------------------------------------------- the coordinator's consolidation
# Keys, paired vaults and the totals received from them: never a person, never a code.


class ConsolidationKey(Base):
    """One of this vault's own keys: the coordinator's age identity, or its signing key.

    ``role`` is "coordinator" (``secret`` an age identity, ``public`` its recipient,
    ``programme`` the name on the coordinator card) or "signing" (an Ed25519 key pair,
    base64). The secrets stay in the encrypted vault; only ``public`` leaves it.
    """

    __tablename__ = "consolidation_key"
    __table_args__ = (CheckConstraint("role IN ('coordinator', 'signing')", name="role"),)

    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    secret: Mapped[str] = mapped_column(Text)
    public: Mapped[str] = mapped_column(String(200))
    programme: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ConsolidationPeer(Base):
    """Another vault this one is paired with: the coordinator's card, or a sender's key.

    A facilitator's vault holds one "coordinator" (its recipient, where bundles go); a
    coordinator's vault holds one "sender" per facilitator (the key bundles are signed
    with). A revoked sender's new bundles are refused; what it sent before is dropped.
    """

    __tablename__ = "consolidation_peer"
    __table_args__ = (
        CheckConstraint("role IN ('coordinator', 'sender')", name="role"),
        UniqueConstraint("public"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(200))
    programme: Mapped[str] = mapped_column(String(200))
    public: Mapped[str] = mapped_column(String(200))
    paired_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class ReceivedBundle(Base):
    """Totals received from a paired sender for a run of months (the newest one kept).

    ``aggregates`` is the bundle's person-free JSON (:mod:`vpi_groups.reports.aggregates`);
    ``bundle_id`` and ``created_at`` come from the sender, signed: a bundle seen again, or
    older than the one kept for its months, is refused.
    """

    __tablename__ = "received_bundle"
    __table_args__ = (
        CheckConstraint("last_month >= first_month", name="months"),
        UniqueConstraint("bundle_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    peer_id: Mapped[int] = mapped_column(
        ForeignKey("consolidation_peer.id", ondelete="CASCADE"), index=True
    )
    bundle_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    first_month: Mapped[int] = mapped_column(Integer)
    last_month: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    aggregates: Mapped[str] = mapped_column(Text)
