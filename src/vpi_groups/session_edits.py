"""Saving one session as its dialog edits it: schedule, register or headcount, professionals, note.

The session dialog collects everything at once (when, status, room, facilitators, the
register or a headcount, people put on the register, newcomers, the facilitators'
note) and "Save" writes it as one unit of work: :func:`save_session` makes every
change on the caller's Session and commits nothing, so the caller's unit
(``Vault.session()``, ``TaskRunner.unit``) keeps all of it or, on any error, none of
it. A newcomer typed in the dialog is created, enrolled and marked in that same unit:
cancelling the dialog leaves no trace of them.

:func:`save_session` also says which double bookings the edit *created* (a facilitator
or a room already taken at the new time), so that the dialog can first run it in a
preview (``Vault.try_out``, always rolled back), ask, and only then save for real.

Why a module of its own, and here: saving composes :mod:`vpi_groups.scheduling`
(moving, re-staffing, cancelling, holding) and :mod:`vpi_groups.attendance` (register,
headcount, note). Those two packages sit side by side in the layers contract and may
not import each other, so the composition lives one layer above both, and below
everything that may call it (the UI, the command line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from vpi_groups import clock, validation
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes, ParticipantInfo
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import professionals, records
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.checks import outside_year
from vpi_groups.scheduling.conflicts import Conflict, ConflictKind, find_conflicts
from vpi_groups.scheduling.professionals import ProfessionalsLine
from vpi_groups.scheduling.records import SessionInfo
from vpi_groups.storage.models import AttendanceStatus, Participant, SessionStatus

__all__ = [
    "AddedSession",
    "NewParticipant",
    "Overlap",
    "ParticipantCode",
    "SavedSession",
    "SessionEdit",
    "add_session",
    "may_book_twice",
    "participant_codes",
    "save_session",
]


@dataclass(frozen=True)
class NewParticipant:
    """A newcomer typed in the session dialog, created only when the session is saved.

    Attributes:
        attributes: what was recorded about them (never a name).
        status: their mark on this session's register (None: not marked).
    """

    attributes: ParticipantAttributes
    status: AttendanceStatus | None = AttendanceStatus.PRESENT


@dataclass(frozen=True)
class SessionEdit:
    """Everything the session dialog collected, read from its widgets before saving.

    Attributes:
        session_id: the session edited.
        start, end: when it happens (aware instants).
        status: planned, held or cancelled.
        cancel_reason: why it is cancelled (required to cancel; ignored otherwise).
        room_id: where it happens (None: no room).
        facilitator_ids: who leads it (order does not matter).
        attendance: the register's statuses by participant id (a group's session;
            ignored when ``headcount`` is given). Participants left out are not touched.
        headcount: how many came, for a group's session in headcount mode; None keeps
            (or puts back) the register.
        note: the facilitators' notes ("" deletes them).
        added: existing participants put on the register (by their code): enrolled in
            the session's group, on the session's day, if they are not already. Their
            marks, if any, are in ``attendance``.
        new_participants: newcomers to create, enrol and mark, in this order.
        professionals: the professionals present, by organisation (a training's, a
            public action's or the plenary's session); None leaves them as they are.
    """

    session_id: int
    start: dt.datetime
    end: dt.datetime
    status: SessionStatus
    cancel_reason: str | None
    room_id: int | None
    facilitator_ids: tuple[int, ...]
    attendance: Mapping[int, AttendanceStatus] = field(default_factory=dict)
    headcount: int | None = None
    note: str = ""
    added: tuple[int, ...] = ()
    new_participants: tuple[NewParticipant, ...] = ()
    professionals: tuple[ProfessionalsLine, ...] | None = None


@dataclass(frozen=True)
class Overlap:
    """Another session booking the same facilitator or room at the same time.

    Attributes:
        kind: a facilitator or a room.
        resource_name: the facilitator's or the room's name.
        session_id, title, start, end: the other session (its group's name or its
            action's title; aware instants).
    """

    kind: ConflictKind
    resource_name: str
    session_id: int
    title: str
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class SavedSession:
    """The session as saved: its record, its register (or headcount) and its note.

    Attributes:
        new_participants: the newcomers created, in the order of the edit's
            ``new_participants`` (their codes are drawn here).
        outside_year: the action's year, when the edit moved the session to a day
            of another year (it will count in that year's reports); else None.
        overlaps: double bookings that this save created (not those that were there
            before it), sorted by the other session's start.
    """

    info: SessionInfo
    register: attendance.Register
    note: str
    new_participants: tuple[ParticipantInfo, ...] = ()
    overlaps: tuple[Overlap, ...] = ()
    outside_year: int | None = None  # the action's year, when the edit moved the session out
    professionals: tuple[ProfessionalsLine, ...] = ()


@dataclass(frozen=True)
class ParticipantCode:
    """A participant's id and code, to find them by code (type-ahead in the dialog)."""

    participant_id: int
    code: str


def participant_codes(session: Session) -> tuple[ParticipantCode, ...]:
    """Every participant in the vault (erased and purged ones are gone), by code."""
    rows = session.execute(select(Participant.id, Participant.code).order_by(Participant.code))
    return tuple(ParticipantCode(pid, code) for pid, code in rows)


def may_book_twice(info: SessionInfo, edit: SessionEdit) -> bool:
    """Whether ``edit`` books anything anew: a new time, room or staff, or a session put back.

    Only such an edit can create a double booking; a register or a note saved alone
    cannot (the dialog then saves without trying the edit first).
    """
    return (
        (edit.start, edit.end) != (info.start, info.end)
        or set(edit.facilitator_ids) != set(info.facilitator_ids)
        or edit.room_id != info.room_id
        or (
            SessionStatus(edit.status) is not SessionStatus.CANCELLED
            and info.status is SessionStatus.CANCELLED
        )
    )


def save_session(session: Session, edit: SessionEdit) -> SavedSession:
    """Apply a session dialog's edit in the caller's unit of work (nothing is committed here).

    Only what differs from the stored session is changed, in an order that lets one
    save both move and cancel (or hold) a session: a cancelled session is first set
    back to planned if it no longer should be, then moved, re-staffed and re-roomed;
    then the register or headcount (a group's session) and the note are written; and
    last the session is cancelled (with its reason) or marked held.

    People put on the register (``added``) and newcomers (created here, with their
    codes) are enrolled before the register is written; in headcount mode they are
    enrolled but not marked.

    The result lists the double bookings the edit created. Nothing refuses them: the
    dialog runs this first in a preview, asks, and saves for real if told to.

    The caller's unit rolls back on any error below: nothing of the edit is kept.

    Raises:
        ValidationError: a refused schedule change (see :mod:`vpi_groups.validation`).
        AttendanceError: a refused register, headcount or note (for instance a
            participant not enrolled in a closed group).
    """
    sid, status = edit.session_id, SessionStatus(edit.status)
    info = records.get_session(session, sid)
    books_anew = may_book_twice(info, edit)  # else no conflict search: none can be new
    before = (
        {_pair(c, sid) for c in find_conflicts(session, session_ids=[sid])} if books_anew else set()
    )
    if status is not SessionStatus.CANCELLED and info.status is SessionStatus.CANCELLED:
        scheduling.reinstate_session(session, sid)
    moved_out: int | None = None
    if (edit.start, edit.end) != (info.start, info.end):
        scheduling.move_session(session, sid, edit.start, edit.end)
        year = programme.get_action(session, info.action_id).spec.year
        if outside_year([edit.start], year, clock.PROGRAMME_ZONE) and not outside_year(
            [info.start], year, clock.PROGRAMME_ZONE
        ):
            moved_out = year
    if set(edit.facilitator_ids) != set(info.facilitator_ids):
        scheduling.change_session_facilitators(session, sid, edit.facilitator_ids)
    if edit.room_id != info.room_id:
        scheduling.change_session_room(session, sid, edit.room_id)
    created: list[ParticipantInfo] = []
    if info.group_id is None:
        if edit.added or edit.new_participants:
            raise attendance.AttendanceError(attendance.AttendanceErrorCode.NOT_A_GROUP_SESSION)
        if edit.professionals is not None:
            professionals.record_professionals(session, sid, edit.professionals)
    else:
        day = info.start.date()
        for pid in edit.added:
            attendance.enrol(session, pid, info.group_id, day)
        marks = dict(edit.attendance)
        for newcomer in edit.new_participants:
            person = attendance.create_participant(session, newcomer.attributes)
            attendance.enrol(session, person.id, info.group_id, day)
            created.append(person)
            if newcomer.status is not None:
                marks[person.id] = AttendanceStatus(newcomer.status)
        if edit.headcount is not None:
            attendance.set_headcount(session, sid, edit.headcount)
        else:
            if attendance.headcount(session, sid) is not None:
                attendance.set_headcount(session, sid, None)
            if marks:
                attendance.write_attendance(session, sid, marks)
    attendance.set_note(session, sid, edit.note)
    if status is SessionStatus.CANCELLED and (
        info.status is not SessionStatus.CANCELLED or edit.cancel_reason != info.cancel_reason
    ):
        scheduling.cancel_session(session, sid, edit.cancel_reason or "")
    elif status is SessionStatus.HELD and info.status is not SessionStatus.HELD:
        scheduling.mark_held(session, sid)
    after = (
        [c for c in find_conflicts(session, session_ids=[sid]) if _pair(c, sid) not in before]
        if books_anew
        else []
    )
    return SavedSession(
        records.get_session(session, sid),
        attendance.register(session, sid),
        attendance.get_note(session, sid),
        tuple(attendance.get_participant(session, p.id) for p in created),
        _overlaps(session, sid, after),
        moved_out,
        professionals.session_professionals(session, sid) if info.group_id is None else (),
    )


@dataclass(frozen=True)
class AddedSession:
    """A session added outside any series, and what its adder should be told.

    Attributes:
        info: the session as stored.
        overlaps: other sessions booking one of its facilitators or its room meanwhile.
        outside_year: the action's year, when the session's day is in another year.
    """

    info: SessionInfo
    overlaps: tuple[Overlap, ...]
    outside_year: int | None


def add_session(
    session: Session,
    *,
    start: dt.datetime,
    end: dt.datetime,
    group_id: int | None = None,
    action_id: int | None = None,
    facilitator_ids: tuple[int, ...] | None = None,
    room_id: int | scheduling.GroupRoom | None = scheduling.GROUP_ROOM,
) -> AddedSession:
    """Add one session: an extra one of a talk group, or one of another kind of action.

    Give ``group_id`` for a talk group (the session stays outside its series: series
    edits never touch it; facilitators and room default to the group's), else
    ``action_id`` (training, public action, plenary day; no facilitator and no room
    by default; a working group's active members by default). Overlaps and a day
    outside the action's year are reported, not refused: the window asks, the
    command line says so.

    Raises:
        ValidationError: both or neither of ``group_id`` and ``action_id``, times out
            of order, unknown or inactive facilitators, an unknown room.
        WrongActionKindError: ``action_id`` is a talk group (its sessions belong to groups).
    """
    if (group_id is None) == (action_id is None):
        raise validation.RequiredError("session_target")
    if group_id is not None:
        info = scheduling.add_extra_session(
            session, group_id, start, end, facilitator_ids=facilitator_ids, room_id=room_id
        )
    else:
        assert action_id is not None
        if facilitator_ids is None:
            # a working group's meeting books its members, so that their other
            # sessions at that time show as conflicts
            members = programme.get_action(session, action_id).spec.members
            active = {p.id for p in programme.list_facilitators(session, active_only=True)}
            facilitator_ids = tuple(m for m in members if m in active)
        info = scheduling.add_action_session(
            session,
            action_id,
            start,
            end,
            facilitator_ids=facilitator_ids,
            room_id=None if room_id is scheduling.GROUP_ROOM else room_id,
        )
    year = programme.get_action(session, info.action_id).spec.year
    found = list(find_conflicts(session, session_ids=[info.id]))
    return AddedSession(
        info,
        _overlaps(session, info.id, found),
        year if outside_year([info.start], year, clock.PROGRAMME_ZONE) else None,
    )


def _pair(conflict: Conflict, session_id: int) -> tuple[ConflictKind, int, int]:
    """What a double booking of ``session_id`` is about: the resource and the other session."""
    other = conflict.second_session_id
    if other == session_id:
        other = conflict.first_session_id
    return conflict.kind, conflict.resource_id, other


def _overlaps(session: Session, session_id: int, found: list[Conflict]) -> tuple[Overlap, ...]:
    """Describe double bookings of ``session_id`` with names and the other session's times."""
    if not found:
        return ()
    names = {
        ConflictKind.FACILITATOR: {f.id: f.spec.name for f in programme.list_facilitators(session)},
        ConflictKind.ROOM: {r.id: r.spec.name for r in programme.list_rooms(session)},
    }
    pairs = sorted({_pair(c, session_id) for c in found})
    others = {s.id: s for s in records.sessions_by_id(session, {p[2] for p in pairs})}
    titles: dict[int, str] = {}
    for other in others.values():
        if other.group_id is not None:
            titles[other.id] = records.get_group(session, other.group_id).spec.name
        else:
            titles[other.id] = programme.get_action(session, other.action_id).spec.title
    out = [
        Overlap(
            kind,
            names[kind].get(resource, ""),
            other_id,
            titles[other_id],
            others[other_id].start,
            others[other_id].end,
        )
        for kind, resource, other_id in pairs
    ]
    return tuple(sorted(out, key=lambda o: (o.start, o.session_id, o.kind.value, o.resource_name)))
