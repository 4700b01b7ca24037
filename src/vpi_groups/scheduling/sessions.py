"""Talk-group series and sessions: generation, hand edits, series edits, conflicts.

Every function takes the unit of work's Session and returns frozen dataclasses, never
ORM objects. Input is checked completely before anything is written: a function that
raises a :class:`~vpi_groups.validation.ValidationError` has changed nothing.

Sessions
    A talk group's series generates one session per date of its rule (see
    :mod:`vpi_groups.scheduling.recurrence`); each keeps the date the rule gave it
    (``original_start``, the calendar's RECURRENCE-ID) apart from its current start
    and end. Extra sessions of a group, and sessions of other actions (a training
    day, a stand, the plenary), have no original start.

Edited occurrences
    An occurrence is *edited* where it differs from what its series gives it: moved
    (start/end differ from the rule's), other facilitators, another room, or a status
    other than planned. The three flags are recomputed on each change, so moving a
    session back to the rule's time makes it follow the series again.

Series edits (:func:`update_group`)
    Changes apply from ``effective_from`` (default: now). Sessions that start before
    it, and held sessions, stay exactly as they are. For every later occurrence of
    the series, matched to the new rule by its original local day:

    - an unedited occurrence follows the new rule: new time, facilitators and room
      (same id and uid), or is deleted if the new rule has no session that day;
    - an edited occurrence keeps every edited part and follows the series in the
      others (a moved session keeps its time but gets the new facilitators unless
      those were edited too); its original start becomes the new rule's instance;
    - an edited occurrence whose day the new rule no longer has is kept untouched
      and returned in ``SeriesChange.unfitting``, so the UI can ask the user whether
      to keep it (as it is), cancel it or delete it (:func:`delete_session`);
    - days of the new rule without a session get a new one.

    Extra sessions are never touched by series edits.

Revisions
    A group's revision (the series' SEQUENCE) grows by one when what its calendar
    shows changes: its name, rule, facilitators, room, or whether its place may be
    shared; and only then (its capacity, whether it is open, and its action are not
    shown). A session's revision grows by one when its start, end, original start,
    status, cancellation reason, room or facilitators change, and only then (a series
    edit that leaves a session as it was does not touch it). Each change is stamped
    with its time, and a change to a rule occurrence also raises its group's
    occurrence (and, for a cancellation or reinstatement, cancellation) counters:
    see :mod:`vpi_groups.revisions`, which also raises them when a room, facilitator
    or action is renamed.

Conflicts
    A facilitator or a room booked by two sessions (not cancelled) whose times
    overlap, across all groups and actions. Found by one ordered SQL read per kind of
    resource and a sweep over the sorted intervals (O(n log n + conflicts)).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import ColumnElement, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from vpi_groups import clock, revisions
from vpi_groups.scheduling import recurrence
from vpi_groups.scheduling.recurrence import Closure, Occurrence, Recurrence
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    Attendance,
    AttendanceStatus,
    Facilitator,
    FoldedAttendance,
    Frequency,
    GroupClosure,
    GroupFacilitator,
    HolidayCalendar,
    ProgrammeSession,
    Room,
    SessionFacilitator,
    SessionHeadcount,
    SessionNote,
    SessionStatus,
    TalkGroup,
)
from vpi_groups.validation import (
    CapacityRangeError,
    EndBeforeStartError,
    InactiveError,
    NaiveDateTimeError,
    NotApplicableError,
    NotFoundError,
    OutOfRangeError,
    RequiredError,
    SessionStateError,
    TooFewFacilitatorsError,
    WrongActionKindError,
    choice,
    clean_text,
    get_row,
)

__all__ = [
    "GROUP_ROOM",
    "CapacityWarning",
    "CapacityWarningKind",
    "Conflict",
    "ConflictKind",
    "GroupInfo",
    "GroupSpec",
    "SeriesCalendar",
    "SeriesChange",
    "SessionInfo",
    "SessionStatus",
    "add_action_session",
    "add_extra_session",
    "cancel_session",
    "capacity_warnings",
    "change_session_facilitators",
    "change_session_room",
    "create_group",
    "delete_session",
    "find_conflicts",
    "get_group",
    "get_session",
    "list_groups",
    "list_sessions",
    "mark_held",
    "move_session",
    "reinstate_session",
    "series_calendar",
    "set_session_status",
    "update_group",
]

MIN_GROUP_FACILITATORS = 2
MIN_SESSION_FACILITATORS = 1
DEFAULT_CAPACITY = (6, 8)
RECOMMENDED_CAPACITY_MAX = 12
MAX_CAPACITY = 30
MAX_SESSION_LENGTH = dt.timedelta(hours=24)


class _Default(Enum):
    GROUP_ROOM = "group-room"


GROUP_ROOM = _Default.GROUP_ROOM
"""For :func:`add_extra_session`: use the group's room."""


# ---------------------------------------------------------------- values returned


@dataclass(frozen=True)
class GroupSpec:
    """What the user enters for a talk group (a cycle of sessions).

    Attributes:
        name: the group's name.
        action_id: its action (of kind talk group).
        facilitator_ids: two or more facilitators (order does not matter).
        recurrence: when its sessions happen.
        is_open: open (drop-in) or closed (fixed members).
        capacity_min: fewest participants planned (default 6).
        capacity_max: most participants planned (default 8).
        room_id: where it meets, if known.
        location_shared: whether the place may be shown to partners (calendar export).
    """

    name: str
    action_id: int
    facilitator_ids: tuple[int, ...]
    recurrence: Recurrence
    is_open: bool = False
    capacity_min: int = DEFAULT_CAPACITY[0]
    capacity_max: int = DEFAULT_CAPACITY[1]
    room_id: int | None = None
    location_shared: bool = False


@dataclass(frozen=True)
class GroupInfo:
    """A stored talk group: stable uid, revision (the series' SEQUENCE) and settings."""

    id: int
    uid: str
    revision: int
    spec: GroupSpec


@dataclass(frozen=True)
class SessionInfo:
    """One session as stored. Instants are aware, in UTC.

    Attributes:
        action_id: the session's action (its group's, for a talk group's session).
        original_start: the rule's instance this session stands for (RECURRENCE-ID);
            None for extra sessions and for an action's sessions.
        moved, facilitators_edited, room_edited: where it differs from its series.
        modified_at: when its revision last grew (whole seconds, UTC); None for a
            session older than that record.
    """

    id: int
    uid: str
    revision: int
    group_id: int | None
    action_id: int
    original_start: dt.datetime | None
    start: dt.datetime
    end: dt.datetime
    status: SessionStatus
    cancel_reason: str | None
    room_id: int | None
    facilitator_ids: tuple[int, ...]
    moved: bool
    facilitators_edited: bool
    room_edited: bool
    modified_at: dt.datetime | None

    @property
    def edited(self) -> bool:
        """Whether it differs from what its series gives it (always False for extras)."""
        return self.original_start is not None and (
            self.moved
            or self.facilitators_edited
            or self.room_edited
            or self.status is not SessionStatus.PLANNED
        )

    @property
    def is_extra(self) -> bool:
        """Whether the session was added by hand (not generated by a rule)."""
        return self.original_start is None


@dataclass(frozen=True)
class SeriesChange:
    """What creating or editing a series did.

    Attributes:
        group: the group as now stored.
        created: sessions added.
        updated: sessions changed (their revision grew).
        deleted: unedited sessions the new rule no longer has (as they were).
        unfitting: edited sessions kept although the new rule has no session that day.
    """

    group: GroupInfo
    created: tuple[SessionInfo, ...] = ()
    updated: tuple[SessionInfo, ...] = ()
    deleted: tuple[SessionInfo, ...] = ()
    unfitting: tuple[SessionInfo, ...] = ()


@dataclass(frozen=True)
class SeriesCalendar:
    """A series as a calendar writes it (RFC 5545): one master event and exceptions.

    Attributes:
        uid, revision: the master's UID and SEQUENCE.
        dtstart: first instance of the rule, aware, in ``timezone``.
        rrule: the RRULE value (UNTIL in UTC, or COUNT).
        exdates: instances of the rule that have no session (holidays, closures,
            dates a later rule edit did not fill), aware, in ``timezone``.
        overrides: sessions standing for an instance but differing from the master
            (moved, cancelled, other room or facilitators): RECURRENCE-ID events.
        standalone: sessions outside the rule's instances (extra sessions, and kept
            sessions of an earlier rule): events of their own, with their own uid.
        instants: every instance of the rule, kept or skipped, in order, aware, in
            UTC (what DTSTART and RRULE give; the sessions' RECURRENCE-IDs). In UTC
            because an instant of the repeated autumn hour read in a zone never
            compares equal to one of another zone.
        modified_at: when ``revision`` last grew (None: before that was recorded).
        cancellations_revision, cancellations_modified_at: grows (and when) each
            time one of its rule occurrences is cancelled or reinstated.
        occurrences_revision, occurrences_modified_at: grows (and when) each time
            one of its rule occurrences changes in any way.
    """

    group_id: int
    uid: str
    revision: int
    name: str
    timezone: str
    dtstart: dt.datetime
    duration: dt.timedelta
    rrule: str
    exdates: tuple[dt.datetime, ...]
    room_id: int | None
    location_shared: bool
    facilitator_ids: tuple[int, ...]
    overrides: tuple[SessionInfo, ...]
    standalone: tuple[SessionInfo, ...]
    instants: tuple[dt.datetime, ...]
    modified_at: dt.datetime | None
    cancellations_revision: int
    cancellations_modified_at: dt.datetime | None
    occurrences_revision: int
    occurrences_modified_at: dt.datetime | None


class ConflictKind(StrEnum):
    """What is booked twice."""

    FACILITATOR = "facilitator"
    ROOM = "room"


@dataclass(frozen=True, order=True)
class Conflict:
    """Two sessions booking the same facilitator or room at overlapping times.

    ``first_session_id`` < ``second_session_id``; ``start``/``end`` is the overlap.
    """

    kind: ConflictKind
    resource_id: int
    first_session_id: int
    second_session_id: int
    start: dt.datetime
    end: dt.datetime


class CapacityWarningKind(StrEnum):
    """Why a group's capacity deserves a second look."""

    ROOM_TOO_SMALL = "room-too-small"
    ABOVE_RECOMMENDED = "above-recommended"


@dataclass(frozen=True)
class CapacityWarning:
    """A group's maximum capacity exceeds a limit.

    Attributes:
        limit: the room's capacity, or the recommended maximum for a talk group.
        room_id: the room concerned (ROOM_TOO_SMALL).
        session_ids: for a session moved to a smaller room than the group's, those
            sessions; empty when the warning is about the group's own room.
    """

    kind: CapacityWarningKind
    group_id: int
    capacity_max: int
    limit: int
    room_id: int | None = None
    session_ids: tuple[int, ...] = ()


# ---------------------------------------------------------------- small checks


def _aware(value: dt.datetime, field: str) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDateTimeError(field)
    return value.astimezone(dt.UTC)


def _new_uid() -> str:
    return str(uuid.uuid4())


def _check_times(start: dt.datetime, end: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    start, end = _aware(start, "start"), _aware(end, "end")
    if end <= start:
        raise EndBeforeStartError("end", start.date(), end.date())
    length = end - start
    if length > MAX_SESSION_LENGTH:
        minutes = int(length.total_seconds() // 60)
        raise OutOfRangeError("end", minutes, 1, int(MAX_SESSION_LENGTH.total_seconds() // 60))
    return start, end


def _check_facilitators(
    session: Session,
    ids: Iterable[int],
    *,
    minimum: int,
    already: Collection[int] = (),
) -> tuple[int, ...]:
    """Return the distinct ids, sorted; all must exist, and new ones be active."""
    unique = tuple(sorted(set(ids)))
    rows = session.execute(
        select(Facilitator.id, Facilitator.active).where(Facilitator.id.in_(unique))
    ).all()
    active = {row.id: row.active for row in rows}
    if missing := set(unique) - active.keys():
        raise NotFoundError("facilitator", missing, field="facilitator_ids")
    if inactive := {i for i, on in active.items() if not on} - set(already):
        raise InactiveError("facilitator", inactive, "facilitator_ids")
    if len(unique) < minimum:
        raise TooFewFacilitatorsError(len(unique), minimum)
    return unique


def _check_room(session: Session, room_id: int | None) -> None:
    if room_id is not None and session.get(Room, room_id) is None:
        raise NotFoundError("room", {room_id}, field="room_id")


def _check_capacity(minimum: int, maximum: int) -> None:
    if not 1 <= minimum <= MAX_CAPACITY:
        raise OutOfRangeError("capacity_min", minimum, 1, MAX_CAPACITY)
    if not 1 <= maximum <= MAX_CAPACITY:
        raise OutOfRangeError("capacity_max", maximum, 1, MAX_CAPACITY)
    if minimum > maximum:
        raise CapacityRangeError(minimum, maximum)


def _action(session: Session, action_id: int) -> Action:
    return get_row(session, Action, action_id, "action")


# ---------------------------------------------------------------- reading sessions

_SESSION_COLUMNS = (
    ProgrammeSession.id,
    ProgrammeSession.uid,
    ProgrammeSession.revision,
    ProgrammeSession.group_id,
    func.coalesce(ProgrammeSession.action_id, TalkGroup.action_id).label("owner_action_id"),
    ProgrammeSession.original_starts_at,
    ProgrammeSession.starts_at,
    ProgrammeSession.ends_at,
    ProgrammeSession.status,
    ProgrammeSession.cancel_reason,
    ProgrammeSession.room_id,
    ProgrammeSession.moved,
    ProgrammeSession.facilitators_edited,
    ProgrammeSession.room_edited,
    ProgrammeSession.modified_at,
)


def _read_sessions(
    session: Session, conditions: Sequence[ColumnElement[bool]]
) -> tuple[SessionInfo, ...]:
    """Return the sessions matching all conditions, by start then id."""
    rows = session.execute(
        select(*_SESSION_COLUMNS)
        .outerjoin(TalkGroup, TalkGroup.id == ProgrammeSession.group_id)
        .where(*conditions)
        .order_by(ProgrammeSession.starts_at, ProgrammeSession.id)
    ).all()
    links: dict[int, list[int]] = defaultdict(list)
    link_rows = session.execute(
        select(SessionFacilitator.session_id, SessionFacilitator.facilitator_id)
        .join(ProgrammeSession, ProgrammeSession.id == SessionFacilitator.session_id)
        .outerjoin(TalkGroup, TalkGroup.id == ProgrammeSession.group_id)
        .where(*conditions)
        .order_by(SessionFacilitator.session_id, SessionFacilitator.facilitator_id)
    )
    for session_id, facilitator_id in link_rows:
        links[session_id].append(facilitator_id)
    return tuple(
        SessionInfo(
            id=row.id,
            uid=row.uid,
            revision=row.revision,
            group_id=row.group_id,
            action_id=row.owner_action_id,
            original_start=row.original_starts_at,
            start=row.starts_at,
            end=row.ends_at,
            status=SessionStatus(row.status),
            cancel_reason=row.cancel_reason,
            room_id=row.room_id,
            facilitator_ids=tuple(links.get(row.id, ())),
            moved=row.moved,
            facilitators_edited=row.facilitators_edited,
            room_edited=row.room_edited,
            modified_at=row.modified_at,
        )
        for row in rows
    )


def _sessions_by_id(session: Session, ids: Collection[int]) -> tuple[SessionInfo, ...]:
    if not ids:
        return ()
    session.flush()
    return _read_sessions(session, [ProgrammeSession.id.in_(list(ids))])


def get_session(session: Session, session_id: int) -> SessionInfo:
    """Return one session."""
    found = _sessions_by_id(session, [session_id])
    if not found:
        raise NotFoundError("session", {session_id}, field="session_id")
    return found[0]


def list_sessions(
    session: Session,
    *,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    group_id: int | None = None,
    action_id: int | None = None,
    facilitator_id: int | None = None,
    room_id: int | None = None,
) -> tuple[SessionInfo, ...]:
    """Return sessions by start, optionally filtered.

    Filters: overlapping [start, end); of one group; of one action (a group's sessions
    count for its action); booking one facilitator; in one room.
    """
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(ProgrammeSession.ends_at > _aware(start, "start"))
    if end is not None:
        conditions.append(ProgrammeSession.starts_at < _aware(end, "end"))
    if group_id is not None:
        conditions.append(ProgrammeSession.group_id == group_id)
    if action_id is not None:
        conditions.append(
            or_(ProgrammeSession.action_id == action_id, TalkGroup.action_id == action_id)
        )
    if facilitator_id is not None:
        booked = select(SessionFacilitator.session_id).where(
            SessionFacilitator.facilitator_id == facilitator_id
        )
        conditions.append(ProgrammeSession.id.in_(booked))
    if room_id is not None:
        conditions.append(ProgrammeSession.room_id == room_id)
    session.flush()
    return _read_sessions(session, conditions)


def _session_row(session: Session, session_id: int) -> ProgrammeSession:
    return get_row(session, ProgrammeSession, session_id, "session")


def _facilitators_of(session: Session, session_id: int) -> frozenset[int]:
    return frozenset(
        session.scalars(
            select(SessionFacilitator.facilitator_id).where(
                SessionFacilitator.session_id == session_id
            )
        )
    )


def _set_facilitators(session: Session, session_ids: Collection[int], ids: Iterable[int]) -> None:
    if not session_ids:
        return
    ids = tuple(ids)
    session.execute(
        delete(SessionFacilitator).where(SessionFacilitator.session_id.in_(session_ids))
    )
    if ids:
        session.execute(
            insert(SessionFacilitator),
            [{"session_id": s, "facilitator_id": f} for s in session_ids for f in ids],
        )


def _snapshot(row: ProgrammeSession, facilitators: Collection[int]) -> tuple[object, ...]:
    """What a session's revision covers."""
    return (
        row.starts_at,
        row.ends_at,
        row.original_starts_at,
        row.status,
        row.cancel_reason,
        row.room_id,
        frozenset(facilitators),
    )


# ---------------------------------------------------------------- groups


def _clean_group(
    session: Session, spec: GroupSpec, *, current_facilitators: Collection[int] = ()
) -> tuple[GroupSpec, recurrence.Expansion]:
    name = clean_text(spec.name, "name", required=True)
    assert name is not None
    action = _action(session, spec.action_id)
    if action.kind != ActionKind.TALK_GROUP:
        raise WrongActionKindError(action.id, action.kind, [ActionKind.TALK_GROUP.value])
    facilitators = _check_facilitators(
        session,
        spec.facilitator_ids,
        minimum=MIN_GROUP_FACILITATORS,
        already=current_facilitators,
    )
    _check_capacity(spec.capacity_min, spec.capacity_max)
    _check_room(session, spec.room_id)
    rule = recurrence.validate(spec.recurrence)
    expansion = recurrence.expand_rule(rule)
    clean = dataclasses.replace(
        spec,
        name=name,
        facilitator_ids=facilitators,
        recurrence=rule,
        is_open=bool(spec.is_open),
        location_shared=bool(spec.location_shared),
    )
    return clean, expansion


def _write_group(session: Session, row: TalkGroup, spec: GroupSpec) -> None:
    rule = spec.recurrence
    row.name = spec.name
    row.action_id = spec.action_id
    row.is_open = spec.is_open
    row.capacity_min = spec.capacity_min
    row.capacity_max = spec.capacity_max
    row.room_id = spec.room_id
    row.location_shared = spec.location_shared
    row.frequency = rule.frequency
    row.rule_interval = rule.interval
    row.weekday = rule.weekday
    row.nth = rule.nth
    row.start_date = rule.start_date
    row.end_date = rule.end_date
    row.occurrence_count = rule.count
    row.start_time = rule.start_time
    row.duration_minutes = rule.duration_minutes
    row.timezone = rule.timezone
    row.holiday_calendar = rule.holidays
    session.flush()
    session.execute(delete(GroupFacilitator).where(GroupFacilitator.group_id == row.id))
    session.execute(delete(GroupClosure).where(GroupClosure.group_id == row.id))
    session.execute(
        insert(GroupFacilitator),
        [{"group_id": row.id, "facilitator_id": f} for f in spec.facilitator_ids],
    )
    if rule.closures:
        session.execute(
            insert(GroupClosure),
            [{"group_id": row.id, "start_date": c.start, "end_date": c.end} for c in rule.closures],
        )


def _group_spec(session: Session, row: TalkGroup) -> GroupSpec:
    facilitators = session.scalars(
        select(GroupFacilitator.facilitator_id)
        .where(GroupFacilitator.group_id == row.id)
        .order_by(GroupFacilitator.facilitator_id)
    )
    closures = session.execute(
        select(GroupClosure.start_date, GroupClosure.end_date)
        .where(GroupClosure.group_id == row.id)
        .order_by(GroupClosure.start_date, GroupClosure.end_date)
    )
    rule = Recurrence(
        frequency=Frequency(row.frequency),
        weekday=row.weekday,
        start_date=row.start_date,
        start_time=row.start_time,
        duration_minutes=row.duration_minutes,
        end_date=row.end_date,
        count=row.occurrence_count,
        interval=row.rule_interval,
        nth=row.nth,
        timezone=row.timezone,
        holidays=HolidayCalendar(row.holiday_calendar),
        closures=tuple(Closure(start, end) for start, end in closures),
    )
    return GroupSpec(
        name=row.name,
        action_id=row.action_id,
        facilitator_ids=tuple(facilitators),
        recurrence=rule,
        is_open=row.is_open,
        capacity_min=row.capacity_min,
        capacity_max=row.capacity_max,
        room_id=row.room_id,
        location_shared=row.location_shared,
    )


def _shown(spec: GroupSpec) -> tuple[object, ...]:
    """What a calendar shows of a group: its revision grows when this changes."""
    return (spec.name, spec.facilitator_ids, spec.recurrence, spec.room_id, spec.location_shared)


def _group_row(session: Session, group_id: int) -> TalkGroup:
    return get_row(session, TalkGroup, group_id, "group")


def _group_info(session: Session, row: TalkGroup) -> GroupInfo:
    return GroupInfo(row.id, row.uid, row.revision, _group_spec(session, row))


def get_group(session: Session, group_id: int) -> GroupInfo:
    """Return one talk group."""
    return _group_info(session, _group_row(session, group_id))


def list_groups(session: Session, *, action_id: int | None = None) -> tuple[GroupInfo, ...]:
    """Return talk groups by name, optionally of one action."""
    query = select(TalkGroup).order_by(TalkGroup.name, TalkGroup.id)
    if action_id is not None:
        query = query.where(TalkGroup.action_id == action_id)
    return tuple(_group_info(session, row) for row in session.scalars(query).all())


def _insert_occurrences(
    session: Session,
    group_id: int,
    spec: GroupSpec,
    occurrences: Sequence[Occurrence],
    moment: dt.datetime,
) -> list[int]:
    """Insert unedited sessions for these occurrences (bulk), stamped ``moment``; return ids."""
    if not occurrences:
        return []
    ids = list(
        session.scalars(
            insert(ProgrammeSession).returning(ProgrammeSession.id, sort_by_parameter_order=True),
            [
                {
                    "uid": _new_uid(),
                    "revision": 0,
                    "group_id": group_id,
                    "action_id": None,
                    "original_starts_at": o.start,
                    "starts_at": o.start,
                    "ends_at": o.end,
                    "status": SessionStatus.PLANNED,
                    "cancel_reason": None,
                    "room_id": spec.room_id,
                    "moved": False,
                    "facilitators_edited": False,
                    "room_edited": False,
                    "modified_at": moment,
                }
                for o in occurrences
            ],
        )
    )
    _set_facilitators(session, ids, spec.facilitator_ids)
    return ids


def create_group(session: Session, spec: GroupSpec) -> SeriesChange:
    """Create a talk group and generate its sessions (revision 0 for all).

    Raises:
        ValidationError: see :mod:`vpi_groups.validation`; nothing is written.
    """
    spec, expansion = _clean_group(session, spec)
    moment = revisions.stamp(clock.now())
    row = TalkGroup(uid=_new_uid(), revision=0, modified_at=moment)
    session.add(row)
    _write_group(session, row, spec)
    ids = _insert_occurrences(session, row.id, spec, expansion.occurrences, moment)
    return SeriesChange(group=_group_info(session, row), created=_sessions_by_id(session, ids))


def update_group(
    session: Session,
    group_id: int,
    spec: GroupSpec,
    *,
    effective_from: dt.datetime | None = None,
) -> SeriesChange:
    """Change a talk group and its series; keep edited occurrences (module docstring).

    ``effective_from``: sessions starting before this instant stay as they are
    (default: now). Saving the same settings changes nothing; changing only what a
    calendar does not show (capacity, open or closed, action) leaves the revision.

    Raises:
        ValidationError: see :mod:`vpi_groups.validation`; nothing is written.
    """
    row = _group_row(session, group_id)
    old = _group_spec(session, row)
    boundary = clock.now() if effective_from is None else _aware(effective_from, "effective_from")
    spec, expansion = _clean_group(session, spec, current_facilitators=old.facilitator_ids)
    if spec == old:
        return SeriesChange(group=GroupInfo(row.id, row.uid, row.revision, old))
    if _shown(spec) == _shown(old):
        _write_group(session, row, spec)
        return SeriesChange(group=GroupInfo(row.id, row.uid, row.revision, spec))
    moment = revisions.bump_group(session, row, clock.now())
    _write_group(session, row, spec)

    tz = recurrence.zone(spec.recurrence.timezone)
    by_day = {o.local_date: o for o in expansion.occurrences}
    series_facilitators = frozenset(spec.facilitator_ids)
    rows = session.scalars(
        select(ProgrammeSession).where(
            ProgrammeSession.group_id == group_id,
            ProgrammeSession.original_starts_at.is_not(None),
        )
    ).all()
    links: dict[int, set[int]] = defaultdict(set)
    for session_id, facilitator_id in session.execute(
        select(SessionFacilitator.session_id, SessionFacilitator.facilitator_id)
        .join(ProgrammeSession, ProgrammeSession.id == SessionFacilitator.session_id)
        .where(ProgrammeSession.group_id == group_id)
    ):
        links[session_id].add(facilitator_id)

    claimed: set[dt.date] = set()
    updated: list[int] = []
    unfitting: list[int] = []
    to_delete: list[ProgrammeSession] = []
    new_links: dict[int, frozenset[int]] = {}
    for sess in rows:
        assert sess.original_starts_at is not None
        day = sess.original_starts_at.astimezone(tz).date()
        occurrence = by_day.get(day)
        if occurrence is not None:
            claimed.add(day)
        if (
            sess.status == SessionStatus.HELD
            or sess.starts_at < boundary
            or (occurrence is not None and occurrence.start < boundary)
        ):
            continue
        edited = (
            sess.moved
            or sess.facilitators_edited
            or sess.room_edited
            or sess.status != SessionStatus.PLANNED
        )
        if occurrence is None:
            (unfitting.append(sess.id) if edited else to_delete.append(sess))
            continue
        facilitators = frozenset(links[sess.id])
        before = _snapshot(sess, facilitators)
        sess.original_starts_at = occurrence.start
        if not sess.moved:
            sess.starts_at, sess.ends_at = occurrence.start, occurrence.end
        if not sess.facilitators_edited:
            facilitators = series_facilitators
        if not sess.room_edited:
            sess.room_id = spec.room_id
        sess.moved = (sess.starts_at, sess.ends_at) != (occurrence.start, occurrence.end)
        sess.facilitators_edited = facilitators != series_facilitators
        sess.room_edited = sess.room_id != spec.room_id
        if _snapshot(sess, facilitators) != before:
            revisions.bump_session(sess, moment, moment=moment)
            updated.append(sess.id)
        if facilitators != links[sess.id]:
            new_links[sess.id] = facilitators

    deleted = _sessions_by_id(session, [s.id for s in to_delete])
    for sess in to_delete:
        session.delete(sess)
    session.flush()
    for session_id, facilitators in new_links.items():
        _set_facilitators(session, [session_id], sorted(facilitators))
    fresh = [o for day, o in sorted(by_day.items()) if day not in claimed and o.start >= boundary]
    created = _insert_occurrences(session, group_id, spec, fresh, moment)
    return SeriesChange(
        group=GroupInfo(row.id, row.uid, row.revision, spec),
        created=_sessions_by_id(session, created),
        updated=_sessions_by_id(session, updated),
        deleted=deleted,
        unfitting=_sessions_by_id(session, unfitting),
    )


# ---------------------------------------------------------------- one session


def _series_of(
    session: Session, row: ProgrammeSession
) -> tuple[dt.datetime, dt.datetime, frozenset[int], int | None] | None:
    """What the series gives this occurrence: start, end, facilitators, room (None for extras)."""
    if row.group_id is None or row.original_starts_at is None:
        return None
    group = _group_row(session, row.group_id)
    facilitators = frozenset(
        session.scalars(
            select(GroupFacilitator.facilitator_id).where(GroupFacilitator.group_id == group.id)
        )
    )
    start = row.original_starts_at
    length = dt.timedelta(minutes=group.duration_minutes)
    return start, start + length, facilitators, group.room_id


def _record_change(
    session: Session, row: ProgrammeSession, now: dt.datetime, *, cancellation: bool = False
) -> None:
    """Grow a changed session's revision, and its series' counters if it is a rule occurrence."""
    group = None if row.group_id is None else _group_row(session, row.group_id)
    in_series = (
        group is not None
        and row.original_starts_at is not None
        and row.original_starts_at in _group_instants(session, group.id)
    )
    revisions.bump_session(row, now, group=group, in_series=in_series, cancellation=cancellation)


def move_session(
    session: Session, session_id: int, start: dt.datetime, end: dt.datetime
) -> SessionInfo:
    """Give a session another start and end (moving it back to the rule's time undoes the move).

    Raises:
        SessionStateError: the session is held or cancelled.
    """
    row = _session_row(session, session_id)
    start, end = _check_times(start, end)
    if row.status != SessionStatus.PLANNED:
        raise SessionStateError(session_id, "move", row.status)
    if (start, end) == (row.starts_at, row.ends_at):
        return get_session(session, session_id)
    row.starts_at, row.ends_at = start, end
    series = _series_of(session, row)
    if series is not None:
        row.moved = (start, end) != series[:2]
    _record_change(session, row, clock.now())
    return get_session(session, session_id)


def set_session_status(
    session: Session,
    session_id: int,
    status: SessionStatus,
    reason: str | None = None,
    *,
    now: dt.datetime | None = None,
) -> SessionInfo:
    """Mark a session planned, held or cancelled (a reason is required to cancel).

    Raises:
        RequiredError / NotApplicableError: a reason missing, or given when not cancelling.
        SessionStateError: marking held a session that has not started (``now``), or
            cancelling one where people were recorded present (a cancelled session
            has no attendance: the reports would count it otherwise).
    """
    row = _session_row(session, session_id)
    status = choice(SessionStatus, status, "status")
    reason = clean_text(reason, "reason", maximum=None)
    if status is SessionStatus.CANCELLED and reason is None:
        raise RequiredError("reason")
    if status is not SessionStatus.CANCELLED and reason is not None:
        raise NotApplicableError("reason")
    moment = clock.now() if now is None else _aware(now, "now")
    if status is SessionStatus.HELD and row.starts_at > moment:
        raise SessionStateError(session_id, "hold", "not-started")
    if (
        status is SessionStatus.CANCELLED
        and row.status != SessionStatus.CANCELLED
        and _anyone_present(session, session_id)
    ):
        raise SessionStateError(session_id, "cancel", "attendance-recorded")
    if (status, reason) != (row.status, row.cancel_reason):
        flipped = (row.status == SessionStatus.CANCELLED) != (status is SessionStatus.CANCELLED)
        row.status = status
        row.cancel_reason = reason
        _record_change(session, row, moment, cancellation=flipped)
    return get_session(session, session_id)


def _anyone_present(session: Session, session_id: int) -> bool:
    """Whether the register, its folded totals or the headcount show anyone present."""
    present = AttendanceStatus.PRESENT.value
    checks = (
        select(Attendance.session_id).where(
            Attendance.session_id == session_id, Attendance.status == present
        ),
        select(FoldedAttendance.session_id).where(
            FoldedAttendance.session_id == session_id, FoldedAttendance.status == present
        ),
        select(SessionHeadcount.session_id).where(
            SessionHeadcount.session_id == session_id, SessionHeadcount.present > 0
        ),
    )
    return any(session.scalar(check.limit(1)) is not None for check in checks)


def cancel_session(session: Session, session_id: int, reason: str) -> SessionInfo:
    """Cancel a session, with a reason (a cancelled occurrence stays, as an exception)."""
    return set_session_status(session, session_id, SessionStatus.CANCELLED, reason)


def reinstate_session(session: Session, session_id: int) -> SessionInfo:
    """Set a cancelled (or held) session back to planned."""
    return set_session_status(session, session_id, SessionStatus.PLANNED)


def mark_held(session: Session, session_id: int, *, now: dt.datetime | None = None) -> SessionInfo:
    """Record that a session took place."""
    return set_session_status(session, session_id, SessionStatus.HELD, now=now)


def change_session_facilitators(
    session: Session, session_id: int, facilitator_ids: Iterable[int]
) -> SessionInfo:
    """Give one session other facilitators (at least one; newly added ones active)."""
    row = _session_row(session, session_id)
    current = _facilitators_of(session, session_id)
    ids = _check_facilitators(
        session, facilitator_ids, minimum=MIN_SESSION_FACILITATORS, already=current
    )
    if frozenset(ids) == current:
        return get_session(session, session_id)
    _set_facilitators(session, [session_id], ids)
    series = _series_of(session, row)
    if series is not None:
        row.facilitators_edited = frozenset(ids) != series[2]
    _record_change(session, row, clock.now())
    return get_session(session, session_id)


def change_session_room(session: Session, session_id: int, room_id: int | None) -> SessionInfo:
    """Move one session to another room (or to none)."""
    row = _session_row(session, session_id)
    _check_room(session, room_id)
    if room_id == row.room_id:
        return get_session(session, session_id)
    row.room_id = room_id
    series = _series_of(session, row)
    if series is not None:
        row.room_edited = room_id != series[3]
    _record_change(session, row, clock.now())
    return get_session(session, session_id)


def _insert_one(
    session: Session,
    *,
    group_id: int | None,
    action_id: int | None,
    start: dt.datetime,
    end: dt.datetime,
    room_id: int | None,
    facilitator_ids: Sequence[int],
) -> SessionInfo:
    row = ProgrammeSession(
        uid=_new_uid(),
        revision=0,
        group_id=group_id,
        action_id=action_id,
        original_starts_at=None,
        starts_at=start,
        ends_at=end,
        status=SessionStatus.PLANNED,
        cancel_reason=None,
        room_id=room_id,
        moved=False,
        facilitators_edited=False,
        room_edited=False,
        modified_at=revisions.stamp(clock.now()),
    )
    session.add(row)
    session.flush()
    _set_facilitators(session, [row.id], facilitator_ids)
    return get_session(session, row.id)


def add_extra_session(
    session: Session,
    group_id: int,
    start: dt.datetime,
    end: dt.datetime,
    *,
    facilitator_ids: Iterable[int] | None = None,
    room_id: int | _Default | None = GROUP_ROOM,
) -> SessionInfo:
    """Add a session to a group outside its rule (default: the group's facilitators and room).

    Series edits never touch it.
    """
    group = _group_row(session, group_id)
    start, end = _check_times(start, end)
    spec = _group_spec(session, group)
    chosen = spec.facilitator_ids if facilitator_ids is None else facilitator_ids
    ids = _check_facilitators(
        session, chosen, minimum=MIN_SESSION_FACILITATORS, already=spec.facilitator_ids
    )
    room = spec.room_id if room_id is GROUP_ROOM else room_id
    assert not isinstance(room, _Default)
    _check_room(session, room)
    return _insert_one(
        session,
        group_id=group_id,
        action_id=None,
        start=start,
        end=end,
        room_id=room,
        facilitator_ids=ids,
    )


def add_action_session(
    session: Session,
    action_id: int,
    start: dt.datetime,
    end: dt.datetime,
    *,
    facilitator_ids: Iterable[int] = (),
    room_id: int | None = None,
) -> SessionInfo:
    """Add a dated session to an action other than a talk group (training, stand, plenary).

    Raises:
        WrongActionKindError: the action is a talk group (its sessions belong to groups).
    """
    action = _action(session, action_id)
    if action.kind == ActionKind.TALK_GROUP:
        raise WrongActionKindError(
            action_id, action.kind, [k.value for k in ActionKind if k is not ActionKind.TALK_GROUP]
        )
    start, end = _check_times(start, end)
    ids = _check_facilitators(session, facilitator_ids, minimum=0)
    _check_room(session, room_id)
    return _insert_one(
        session,
        group_id=None,
        action_id=action_id,
        start=start,
        end=end,
        room_id=room_id,
        facilitator_ids=ids,
    )


def _group_instants(session: Session, group_id: int) -> frozenset[dt.datetime]:
    """Every instance of a group's current rule (kept or skipped), in UTC."""
    rule = _group_spec(session, _group_row(session, group_id)).recurrence
    expansion = recurrence.expand_rule(rule)
    return frozenset(
        [o.start for o in expansion.occurrences] + [s.astimezone(dt.UTC) for s in expansion.skipped]
    )


def delete_session(session: Session, session_id: int) -> None:
    """Delete an extra session, an action's session, or an occurrence its rule no longer has.

    Raises:
        SessionStateError: the session is held ("held"), is an occurrence of its
            group's current rule ("rule-occurrence": cancel it instead, so the
            calendar keeps the exception), or has a register, a headcount, a note or
            folded totals ("has-records": cancel it instead, nothing is lost).
    """
    row = _session_row(session, session_id)
    if row.status == SessionStatus.HELD:
        raise SessionStateError(session_id, "delete", "held")
    for table in (Attendance, SessionHeadcount, SessionNote, FoldedAttendance):
        if session.scalar(select(table.session_id).where(table.session_id == session_id).limit(1)):
            raise SessionStateError(session_id, "delete", "has-records")
    if (
        row.group_id is not None
        and row.original_starts_at is not None
        and row.original_starts_at in _group_instants(session, row.group_id)
    ):
        raise SessionStateError(session_id, "delete", "rule-occurrence")
    session.delete(row)
    session.flush()


# ---------------------------------------------------------------- calendar


def series_calendar(
    session: Session, group_id: int, *, sessions: Iterable[SessionInfo] | None = None
) -> SeriesCalendar:
    """Return a series as the calendar export writes it (see :class:`SeriesCalendar`).

    ``sessions``: every session of the group, when the caller has just read them
    (:func:`list_sessions` with ``group_id`` and no other filter); read here otherwise.
    """
    row = _group_row(session, group_id)
    group = _group_info(session, row)
    spec = group.spec
    rule = spec.recurrence
    expansion = recurrence.expand_rule(rule)
    tz = recurrence.zone(rule.timezone)
    instants = sorted(
        [o.start for o in expansion.occurrences] + [s.astimezone(dt.UTC) for s in expansion.skipped]
    )
    rule_instants = frozenset(instants)
    facilitators = tuple(spec.facilitator_ids)
    overrides: list[SessionInfo] = []
    standalone: list[SessionInfo] = []
    covered: set[dt.datetime] = set()
    for info in list_sessions(session, group_id=group_id) if sessions is None else sessions:
        original = info.original_start
        if original is None or original not in rule_instants:
            standalone.append(info)
            continue
        covered.add(original)
        if (
            (info.start, info.end) != (original, original + rule.duration)
            or info.status is SessionStatus.CANCELLED
            or info.room_id != spec.room_id
            or info.facilitator_ids != facilitators
        ):
            overrides.append(info)
    return SeriesCalendar(
        group_id=group.id,
        uid=group.uid,
        revision=group.revision,
        name=spec.name,
        timezone=rule.timezone,
        dtstart=expansion.dtstart,
        duration=rule.duration,
        rrule=expansion.rrule,
        exdates=tuple(i.astimezone(tz) for i in instants if i not in covered),
        room_id=spec.room_id,
        location_shared=spec.location_shared,
        facilitator_ids=facilitators,
        overrides=tuple(overrides),
        standalone=tuple(standalone),
        instants=tuple(instants),
        modified_at=row.modified_at,
        cancellations_revision=row.cancellations_revision,
        cancellations_modified_at=row.cancellations_modified_at,
        occurrences_revision=row.occurrences_revision,
        occurrences_modified_at=row.occurrences_modified_at,
    )


# ---------------------------------------------------------------- conflicts


def _sweep(
    rows: Iterable[tuple[int, int, dt.datetime, dt.datetime]],
) -> Iterator[tuple[int, int, int, dt.datetime, dt.datetime]]:
    """Overlapping pairs among intervals sorted by (resource, start).

    Yields (resource, first id, second id, overlap start, overlap end); each pair once.
    """
    resource: int | None = None
    active: list[tuple[dt.datetime, int]] = []
    for owner, session_id, start, end in rows:
        if owner != resource:
            resource, active = owner, []
        while active and active[0][0] <= start:
            heapq.heappop(active)
        for other_end, other_id in active:
            low, high = sorted((other_id, session_id))
            yield owner, low, high, start, min(end, other_end)
        heapq.heappush(active, (end, session_id))


def _booking_rows(
    session: Session,
    kind: ConflictKind,
    window: tuple[dt.datetime, dt.datetime] | None,
    resources: Collection[int] | None,
) -> Sequence[Any]:
    live = ProgrammeSession.status != SessionStatus.CANCELLED
    owner: Any
    if kind is ConflictKind.FACILITATOR:
        owner = SessionFacilitator.facilitator_id
        query = select(
            owner, ProgrammeSession.id, ProgrammeSession.starts_at, ProgrammeSession.ends_at
        ).join(ProgrammeSession, ProgrammeSession.id == SessionFacilitator.session_id)
    else:
        owner = ProgrammeSession.room_id
        query = select(
            owner, ProgrammeSession.id, ProgrammeSession.starts_at, ProgrammeSession.ends_at
        ).where(owner.is_not(None))
    query = query.where(live)
    if window is not None:
        query = query.where(
            ProgrammeSession.ends_at > window[0], ProgrammeSession.starts_at < window[1]
        )
    if resources is not None:
        query = query.where(owner.in_(list(resources)))
    return session.execute(query.order_by(owner, ProgrammeSession.starts_at)).all()


def find_conflicts(
    session: Session,
    *,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    session_ids: Collection[int] | None = None,
) -> tuple[Conflict, ...]:
    """Return double bookings of facilitators and rooms, sorted.

    Cancelled sessions book nothing. ``start``/``end`` limit the search to sessions
    overlapping that window; ``session_ids`` to conflicts involving those sessions
    (e.g. the ones a user just created or moved).
    """
    window: tuple[dt.datetime, dt.datetime] | None = None
    if start is not None or end is not None:
        window = (
            dt.datetime.min.replace(tzinfo=dt.UTC) if start is None else _aware(start, "start"),
            dt.datetime.max.replace(tzinfo=dt.UTC) if end is None else _aware(end, "end"),
        )
    session.flush()
    wanted: frozenset[int] | None = None
    resources: dict[ConflictKind, Collection[int] | None] = {k: None for k in ConflictKind}
    if session_ids is not None:
        wanted = frozenset(session_ids)
        mine = [
            s for s in _sessions_by_id(session, wanted) if s.status is not SessionStatus.CANCELLED
        ]
        if not mine:
            return ()
        span = (min(s.start for s in mine), max(s.end for s in mine))
        window = span if window is None else (max(window[0], span[0]), min(window[1], span[1]))
        resources[ConflictKind.FACILITATOR] = {f for s in mine for f in s.facilitator_ids}
        resources[ConflictKind.ROOM] = {s.room_id for s in mine if s.room_id is not None}
    found: list[Conflict] = []
    for kind in ConflictKind:
        if resources[kind] is not None and not resources[kind]:
            continue
        rows = _booking_rows(session, kind, window, resources[kind])
        for owner, first, second, overlap_start, overlap_end in _sweep(rows):
            if wanted is None or first in wanted or second in wanted:
                found.append(Conflict(kind, owner, first, second, overlap_start, overlap_end))
    return tuple(sorted(found))


def capacity_warnings(
    session: Session, *, group_id: int | None = None
) -> tuple[CapacityWarning, ...]:
    """Return capacity warnings of every group (or one).

    A group's maximum above its room's capacity (or above the capacity of the room
    some of its sessions were moved to), or above the recommended maximum.
    """
    groups = select(
        TalkGroup.id, TalkGroup.capacity_max, TalkGroup.room_id, Room.capacity
    ).outerjoin(Room, Room.id == TalkGroup.room_id)
    if group_id is not None:
        _group_row(session, group_id)
        groups = groups.where(TalkGroup.id == group_id)
    warnings: list[CapacityWarning] = []
    for gid, capacity_max, room_id, room_capacity in session.execute(groups.order_by(TalkGroup.id)):
        if capacity_max > RECOMMENDED_CAPACITY_MAX:
            warnings.append(
                CapacityWarning(
                    CapacityWarningKind.ABOVE_RECOMMENDED,
                    gid,
                    capacity_max,
                    RECOMMENDED_CAPACITY_MAX,
                )
            )
        if room_capacity is not None and capacity_max > room_capacity:
            warnings.append(
                CapacityWarning(
                    CapacityWarningKind.ROOM_TOO_SMALL, gid, capacity_max, room_capacity, room_id
                )
            )
    smaller = (
        select(TalkGroup.id, TalkGroup.capacity_max, Room.id, Room.capacity, ProgrammeSession.id)
        .join(TalkGroup, TalkGroup.id == ProgrammeSession.group_id)
        .join(Room, Room.id == ProgrammeSession.room_id)
        .where(
            ProgrammeSession.status != SessionStatus.CANCELLED,
            Room.capacity < TalkGroup.capacity_max,
            or_(TalkGroup.room_id.is_(None), TalkGroup.room_id != ProgrammeSession.room_id),
        )
        .order_by(TalkGroup.id, Room.id, ProgrammeSession.id)
    )
    if group_id is not None:
        smaller = smaller.where(TalkGroup.id == group_id)
    by_room: dict[tuple[int, int, int, int], list[int]] = defaultdict(list)
    for gid, capacity_max, room_id, room_capacity, session_id in session.execute(smaller):
        if room_capacity is not None:
            by_room[(gid, capacity_max, room_id, room_capacity)].append(session_id)
    for (gid, capacity_max, room_id, room_capacity), ids in by_room.items():
        warnings.append(
            CapacityWarning(
                CapacityWarningKind.ROOM_TOO_SMALL,
                gid,
                capacity_max,
                room_capacity,
                room_id,
                tuple(ids),
            )
        )
    return tuple(warnings)
