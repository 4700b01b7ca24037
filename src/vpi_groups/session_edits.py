"""Saving one session as its dialog edits it: schedule, register or headcount, and note.

The session dialog collects everything at once (when, status, room, facilitators, the
register or a headcount, the facilitators' note) and "Save" writes it as one unit of
work: :func:`save_session` makes every change on the caller's Session and commits
nothing, so the caller's unit (``Vault.session()``, ``TaskRunner.unit``) keeps all of
it or, on any error, none of it.

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

from sqlalchemy.orm import Session

from vpi_groups.attendance import registers as attendance
from vpi_groups.scheduling import records
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.records import SessionInfo
from vpi_groups.storage.models import AttendanceStatus, SessionStatus

__all__ = ["SavedSession", "SessionEdit", "save_session"]


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


@dataclass(frozen=True)
class SavedSession:
    """The session as saved: its record, its register (or headcount) and its note."""

    info: SessionInfo
    register: attendance.Register
    note: str


def save_session(session: Session, edit: SessionEdit) -> SavedSession:
    """Apply a session dialog's edit in the caller's unit of work (nothing is committed here).

    Only what differs from the stored session is changed, in an order that lets one
    save both move and cancel (or hold) a session: a cancelled session is first set
    back to planned if it no longer should be, then moved, re-staffed and re-roomed;
    then the register or headcount (a group's session) and the note are written; and
    last the session is cancelled (with its reason) or marked held.

    The caller's unit rolls back on any error below: nothing of the edit is kept.

    Raises:
        ValidationError: a refused schedule change (see :mod:`vpi_groups.validation`).
        AttendanceError: a refused register, headcount or note (for instance a
            participant not enrolled in a closed group).
    """
    sid, status = edit.session_id, SessionStatus(edit.status)
    info = records.get_session(session, sid)
    if status is not SessionStatus.CANCELLED and info.status is SessionStatus.CANCELLED:
        scheduling.reinstate_session(session, sid)
    if (edit.start, edit.end) != (info.start, info.end):
        scheduling.move_session(session, sid, edit.start, edit.end)
    if set(edit.facilitator_ids) != set(info.facilitator_ids):
        scheduling.change_session_facilitators(session, sid, edit.facilitator_ids)
    if edit.room_id != info.room_id:
        scheduling.change_session_room(session, sid, edit.room_id)
    if info.group_id is not None:
        if edit.headcount is not None:
            attendance.set_headcount(session, sid, edit.headcount)
        else:
            if attendance.register(session, sid).headcount is not None:
                attendance.set_headcount(session, sid, None)
            if edit.attendance:
                attendance.record_attendance(session, sid, edit.attendance)
    attendance.set_note(session, sid, edit.note)
    if status is SessionStatus.CANCELLED and (
        info.status is not SessionStatus.CANCELLED or edit.cancel_reason != info.cancel_reason
    ):
        scheduling.cancel_session(session, sid, edit.cancel_reason or "")
    elif status is SessionStatus.HELD and info.status is not SessionStatus.HELD:
        scheduling.mark_held(session, sid)
    return SavedSession(
        records.get_session(session, sid),
        attendance.register(session, sid),
        attendance.get_note(session, sid),
    )
