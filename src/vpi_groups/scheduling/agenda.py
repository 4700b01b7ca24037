"""What the agenda shows: sessions of a period with their names, people, place and conflicts.

One query per kind of data for the whole window (sessions, names, conflicts), so a
month of a ten-year programme loads in one short unit of work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vpi_groups.language import alphabetical
from vpi_groups.scheduling import conflicts, records, recurrence
from vpi_groups.scheduling.conflicts import Conflict, ConflictKind
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    Facilitator,
    GroupClosure,
    HolidayCalendar,
    ProgrammeSession,
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
    original_start: dt.datetime | None = None  # the series' date of a moved session


@dataclass(frozen=True)
class AgendaFilters:
    """Choices offered by the agenda's filters (id, name), sorted by name."""

    groups: tuple[tuple[int, str], ...]
    facilitators: tuple[tuple[int, str], ...]


def filters(session: Session) -> AgendaFilters:
    """Groups and facilitators to filter by."""
    groups = _by_name((i, n) for i, n in session.execute(select(TalkGroup.id, TalkGroup.name)))
    people = _by_name((i, n) for i, n in session.execute(select(Facilitator.id, Facilitator.name)))
    return AgendaFilters(groups, people)


def _by_name(rows: Iterable[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    return tuple(sorted(rows, key=lambda r: (alphabetical(r[1]), r[0])))


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
                original_start=s.original_start if s.moved else None,
            )
        )
    return tuple(out)


# ---------------------------------------------------------------- days and conflicts


class DayMarkKind(StrEnum):
    """Why a day is marked in the agenda."""

    HOLIDAY = "holiday"
    CLOSURE = "closure"


@dataclass(frozen=True)
class DayMark:
    """A day the agenda shades: a public holiday (its name) or a group's closure (the group)."""

    day: dt.date
    kind: DayMarkKind
    name: str


def day_marks(
    session: Session,
    first: dt.date,
    end: dt.date,
    *,
    group_id: int | None = None,
    language: str = "fr",
) -> tuple[DayMark, ...]:
    """Public holidays and closures of the days [first, end), by day then kind.

    Holidays are those of the calendars the groups use (metropolitan France when no
    group says otherwise; Alsace-Moselle's two extra days when a group skips them);
    with ``group_id``, only that group's calendar and closures.
    """
    query = select(TalkGroup.id, TalkGroup.name, TalkGroup.holiday_calendar)
    if group_id is not None:
        query = query.where(TalkGroup.id == group_id)
    groups = session.execute(query).all()
    calendars = {HolidayCalendar(row.holiday_calendar) for row in groups}
    if group_id is None or not groups:
        calendars.add(HolidayCalendar.METROPOLE)
    calendar = (
        HolidayCalendar.ALSACE_MOSELLE
        if HolidayCalendar.ALSACE_MOSELLE in calendars
        else HolidayCalendar.METROPOLE
        if HolidayCalendar.METROPOLE in calendars
        else HolidayCalendar.NONE
    )
    marks: list[DayMark] = []
    for year in range(first.year, end.year + 1):
        for day, name in recurrence.holiday_names(calendar, year, language).items():
            if first <= day < end:
                marks.append(DayMark(day, DayMarkKind.HOLIDAY, name))
    names = {row.id: row.name for row in groups}
    closures = select(GroupClosure.group_id, GroupClosure.start_date, GroupClosure.end_date).where(
        GroupClosure.start_date < end, GroupClosure.end_date >= first
    )
    if group_id is not None:
        closures = closures.where(GroupClosure.group_id == group_id)
    closed: dict[dt.date, set[str]] = {}
    for owner, start, last in session.execute(closures):
        day = max(start, first)
        while day <= last and day < end:
            closed.setdefault(day, set()).add(names.get(owner, ""))
            day += dt.timedelta(days=1)
    for day, owners in closed.items():
        marks.append(DayMark(day, DayMarkKind.CLOSURE, ", ".join(sorted(owners))))
    return tuple(sorted(marks, key=lambda m: (m.day, m.kind.value, m.name)))


@dataclass(frozen=True)
class ConflictNote:
    """A double booking told to the user: when, what is booked twice, and by what else.

    ``start``/``end``: the overlap (aware, UTC); ``resource``: the facilitator's or the
    room's name; ``other``: the title of the other session's group or action.
    """

    kind: ConflictKind
    start: dt.datetime
    end: dt.datetime
    resource: str
    other: str


def conflict_notes(
    session: Session, found: tuple[Conflict, ...], own: frozenset[int]
) -> tuple[ConflictNote, ...]:
    """Name the conflicts ``found`` for a user saving the sessions ``own``, by start.

    The other session is the one not in ``own`` (the first when both are).
    """
    if not found:
        return ()
    people: dict[int, str] = {
        i: n for i, n in session.execute(select(Facilitator.id, Facilitator.name))
    }
    rooms: dict[int, str] = {i: n for i, n in session.execute(select(Room.id, Room.name))}
    others = {
        c.first_session_id if c.first_session_id not in own else c.second_session_id for c in found
    }
    titles: dict[int, str] = {}
    for sid, group_name, title in session.execute(
        select(ProgrammeSession.id, TalkGroup.name, Action.title)
        .outerjoin(TalkGroup, TalkGroup.id == ProgrammeSession.group_id)
        .outerjoin(
            Action,
            Action.id == func.coalesce(ProgrammeSession.action_id, TalkGroup.action_id),
        )
        .where(ProgrammeSession.id.in_(others))
    ):
        titles[sid] = group_name or title or ""
    notes = []
    for c in found:
        other = c.first_session_id if c.first_session_id not in own else c.second_session_id
        names = people if c.kind is ConflictKind.FACILITATOR else rooms
        notes.append(
            ConflictNote(
                c.kind, c.start, c.end, names.get(c.resource_id, ""), titles.get(other, "")
            )
        )
    return tuple(sorted(set(notes), key=lambda n: (n.start, n.kind.value, n.resource, n.other)))
