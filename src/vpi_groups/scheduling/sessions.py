"""One session at a time: adding, moving, re-staffing, holding, cancelling, deleting.

A talk group's series generates its sessions (:mod:`vpi_groups.scheduling.series`);
this module changes them one by one, adds extra sessions to a group and dated
sessions to the other actions (a training day, a stand, the plenary), and deletes
what may be deleted. Every function takes the unit of work's Session and returns
frozen dataclasses (:mod:`vpi_groups.scheduling.records`), never ORM objects. Input is
checked completely before anything is written: a function that raises a
:class:`~vpi_groups.validation.ValidationError` has changed nothing.

Edited occurrences
    An occurrence is *edited* where it differs from what its series gives it: moved
    (start/end differ from the rule's), other facilitators, another room, or a status
    other than planned. The three flags are recomputed on each change, so moving a
    session back to the rule's time makes it follow the series again.

Revisions
    A session's revision grows by one when its start, end, original start, status,
    cancellation reason, room or facilitators change, and only then. Each change is
    stamped with its time, and a change to a rule occurrence also raises its group's
    occurrence (and, for a cancellation or reinstatement, cancellation) counters:
    see :mod:`vpi_groups.revisions`, which also raises them when a room, facilitator
    or action is renamed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from vpi_groups import clock, revisions
from vpi_groups.scheduling import recurrence
from vpi_groups.scheduling.checks import (
    action_row,
    aware,
    check_facilitators,
    check_room,
    check_times,
    new_uid,
)
from vpi_groups.scheduling.records import (
    SessionInfo,
    book_facilitators,
    facilitators_of,
    get_session,
    group_row,
    group_spec,
    session_row,
    set_facilitators,
)
from vpi_groups.storage.models import (
    ActionKind,
    Attendance,
    AttendanceStatus,
    FoldedAttendance,
    GroupFacilitator,
    MeetingAttendance,
    MeetingMinutes,
    ProgrammeSession,
    SessionHeadcount,
    SessionInvitation,
    SessionNote,
    SessionProfessionals,
    SessionStatus,
)
from vpi_groups.validation import (
    NotApplicableError,
    RequiredError,
    SessionStateError,
    WrongActionKindError,
    choice,
    clean_text,
)

__all__ = [
    "GROUP_ROOM",
    "GroupRoom",
    "add_action_session",
    "add_extra_session",
    "cancel_session",
    "change_session_facilitators",
    "change_session_room",
    "delete_session",
    "mark_held",
    "move_session",
    "reinstate_session",
    "set_session_status",
]

MIN_SESSION_FACILITATORS = 1


class GroupRoom(Enum):
    """The type of :data:`GROUP_ROOM` (a sentinel: the group's room)."""

    GROUP_ROOM = "group-room"


GROUP_ROOM = GroupRoom.GROUP_ROOM
"""For :func:`add_extra_session`: use the group's room."""


# ---------------------------------------------------------------- one session


def _series_of(
    session: Session, row: ProgrammeSession
) -> tuple[dt.datetime, dt.datetime, frozenset[int], int | None] | None:
    """What the series gives this occurrence: start, end, facilitators, room (None for extras)."""
    if row.group_id is None or row.original_starts_at is None:
        return None
    group = group_row(session, row.group_id)
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
    group = None if row.group_id is None else group_row(session, row.group_id)
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
    row = session_row(session, session_id)
    start, end = check_times(start, end)
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
    row = session_row(session, session_id)
    status = choice(SessionStatus, status, "status")
    reason = clean_text(reason, "reason", maximum=None)
    if status is SessionStatus.CANCELLED and reason is None:
        raise RequiredError("reason")
    if status is not SessionStatus.CANCELLED and reason is not None:
        raise NotApplicableError("reason")
    moment = clock.now() if now is None else aware(now, "now")
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
    """Whether the register, folded totals, headcount, professionals or members show anyone."""
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
        select(SessionProfessionals.session_id).where(
            SessionProfessionals.session_id == session_id
        ),
        select(MeetingAttendance.session_id).where(MeetingAttendance.session_id == session_id),
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
    row = session_row(session, session_id)
    current = facilitators_of(session, session_id)
    ids = check_facilitators(
        session, facilitator_ids, minimum=MIN_SESSION_FACILITATORS, already=current
    )
    if frozenset(ids) == current:
        return get_session(session, session_id)
    set_facilitators(session, [session_id], ids)
    series = _series_of(session, row)
    if series is not None:
        row.facilitators_edited = frozenset(ids) != series[2]
    _record_change(session, row, clock.now())
    return get_session(session, session_id)


def change_session_room(session: Session, session_id: int, room_id: int | None) -> SessionInfo:
    """Move one session to another room (or to none)."""
    row = session_row(session, session_id)
    check_room(session, room_id)
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
        uid=new_uid(),
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
    book_facilitators(session, [row.id], facilitator_ids)
    return get_session(session, row.id)


def add_extra_session(
    session: Session,
    group_id: int,
    start: dt.datetime,
    end: dt.datetime,
    *,
    facilitator_ids: Iterable[int] | None = None,
    room_id: int | GroupRoom | None = GROUP_ROOM,
) -> SessionInfo:
    """Add a session to a group outside its rule (default: the group's facilitators and room).

    Series edits never touch it.
    """
    group = group_row(session, group_id)
    start, end = check_times(start, end)
    spec = group_spec(session, group)
    chosen = spec.facilitator_ids if facilitator_ids is None else facilitator_ids
    ids = check_facilitators(
        session, chosen, minimum=MIN_SESSION_FACILITATORS, already=spec.facilitator_ids
    )
    room = spec.room_id if room_id is GROUP_ROOM else room_id
    assert not isinstance(room, GroupRoom)
    check_room(session, room)
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
    action = action_row(session, action_id)
    if action.kind == ActionKind.TALK_GROUP:
        raise WrongActionKindError(
            action_id, action.kind, [k.value for k in ActionKind if k is not ActionKind.TALK_GROUP]
        )
    start, end = check_times(start, end)
    ids = check_facilitators(session, facilitator_ids, minimum=0)
    check_room(session, room_id)
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
    rule = group_spec(session, group_row(session, group_id)).recurrence
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
            folded totals ("has-records": cancel it instead, nothing is lost), or
            people were invited to it ("invited": cancel it, so that the cancellation
            reaches them). Professionals recorded at it count as records.
    """
    row = session_row(session, session_id)
    if row.status == SessionStatus.HELD:
        raise SessionStateError(session_id, "delete", "held")
    for table in (
        Attendance,
        SessionHeadcount,
        SessionNote,
        FoldedAttendance,
        SessionProfessionals,
        MeetingAttendance,
        MeetingMinutes,
    ):
        if session.scalar(select(table.session_id).where(table.session_id == session_id).limit(1)):
            raise SessionStateError(session_id, "delete", "has-records")
    invited = select(SessionInvitation.session_id).where(SessionInvitation.session_id == session_id)
    if session.scalar(invited.limit(1)):
        raise SessionStateError(session_id, "delete", "invited")
    if (
        row.group_id is not None
        and row.original_starts_at is not None
        and row.original_starts_at in _group_instants(session, row.group_id)
    ):
        raise SessionStateError(session_id, "delete", "rule-occurrence")
    session.delete(row)
    session.flush()
