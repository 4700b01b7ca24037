"""What deserves a second look: double bookings and capacities above a limit.

Conflicts
    A facilitator or a room booked by two sessions (not cancelled) whose times
    overlap, across all groups and actions. Found by one ordered SQL read per kind of
    resource and a sweep over the sorted intervals (O(n log n + conflicts)).

Capacity warnings
    A group's maximum above its room's capacity (or above the capacity of a room
    some of its sessions were moved to), or above the recommended maximum.

Both only read; nothing here refuses a booking.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vpi_groups.scheduling.checks import aware
from vpi_groups.scheduling.records import group_row, overlapping_from, sessions_by_id
from vpi_groups.storage.models import (
    ProgrammeSession,
    Room,
    SessionFacilitator,
    SessionStatus,
    TalkGroup,
)

__all__ = [
    "CapacityWarning",
    "CapacityWarningKind",
    "Conflict",
    "ConflictKind",
    "capacity_warnings",
    "find_conflicts",
]

RECOMMENDED_CAPACITY_MAX = 12


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
        query = query.where(*overlapping_from(window[0]), ProgrammeSession.starts_at < window[1])
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
            dt.datetime.min.replace(tzinfo=dt.UTC) if start is None else aware(start, "start"),
            dt.datetime.max.replace(tzinfo=dt.UTC) if end is None else aware(end, "end"),
        )
    session.flush()
    wanted: frozenset[int] | None = None
    resources: dict[ConflictKind, Collection[int] | None] = {k: None for k in ConflictKind}
    if session_ids is not None:
        wanted = frozenset(session_ids)
        mine = [
            s for s in sessions_by_id(session, wanted) if s.status is not SessionStatus.CANCELLED
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
        group_row(session, group_id)
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
