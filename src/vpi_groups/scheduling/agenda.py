"""What the agenda shows: sessions of a period with their names, people, place and conflicts.

One query per kind of data for the whole window (sessions, names, conflicts), so a
month of a ten-year programme loads in one short unit of work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vpi_groups.scheduling import conflicts, records
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    Facilitator,
    Room,
    SessionStatus,
    TalkGroup,
)


@dataclass(frozen=True)
class AgendaEntry:
    """One session as the agenda draws it. Instants are aware (UTC)."""

    session_id: int
    start: dt.datetime
    end: dt.datetime
    title: str
    group_id: int | None
    action_id: int
    axis: ActionKind
    status: SessionStatus
    facilitators: tuple[str, ...]
    room: str | None
    conflict: bool
    moved: bool


@dataclass(frozen=True)
class AgendaFilters:
    """Choices offered by the agenda's filters (id, name), sorted by name."""

    groups: tuple[tuple[int, str], ...]
    facilitators: tuple[tuple[int, str], ...]


def filters(session: Session) -> AgendaFilters:
    """Groups and facilitators to filter by."""
    groups = tuple(
        (gid, name)
        for gid, name in session.execute(
            select(TalkGroup.id, TalkGroup.name).order_by(TalkGroup.name)
        )
    )
    people = tuple(
        (fid, name)
        for fid, name in session.execute(
            select(Facilitator.id, Facilitator.name).order_by(Facilitator.name)
        )
    )
    return AgendaFilters(groups, people)


def entries(
    session: Session,
    start: dt.datetime,
    end: dt.datetime,
    *,
    group_id: int | None = None,
    facilitator_id: int | None = None,
) -> tuple[AgendaEntry, ...]:
    """Sessions overlapping [start, end), optionally of one group or one facilitator."""
    found = records.list_sessions(
        session, start=start, end=end, group_id=group_id, facilitator_id=facilitator_id
    )
    if not found:
        return ()
    conflicted: set[int] = set()
    for conflict in conflicts.find_conflicts(session, start=start, end=end):
        conflicted.update((conflict.first_session_id, conflict.second_session_id))
    groups: dict[int, str] = {
        i: n for i, n in session.execute(select(TalkGroup.id, TalkGroup.name))
    }
    actions = {
        aid: (title, ActionKind(kind))
        for aid, title, kind in session.execute(select(Action.id, Action.title, Action.kind))
    }
    people: dict[int, str] = {
        i: n for i, n in session.execute(select(Facilitator.id, Facilitator.name))
    }
    rooms: dict[int, str] = {i: n for i, n in session.execute(select(Room.id, Room.name))}
    out = []
    for s in found:
        title, axis = actions[s.action_id]
        if s.group_id is not None:
            title = groups[s.group_id]
        out.append(
            AgendaEntry(
                session_id=s.id,
                start=s.start,
                end=s.end,
                title=title,
                group_id=s.group_id,
                action_id=s.action_id,
                axis=axis,
                status=s.status,
                facilitators=tuple(sorted(people[f] for f in s.facilitator_ids)),
                room=rooms.get(s.room_id) if s.room_id is not None else None,
                conflict=s.id in conflicted,
                moved=s.moved,
            )
        )
    return tuple(out)
