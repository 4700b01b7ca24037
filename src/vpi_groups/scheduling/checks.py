"""The input checks shared by the modules that write groups and sessions.

Each check raises a :class:`~vpi_groups.validation.ValidationError` and writes nothing;
the writing modules (:mod:`~vpi_groups.scheduling.series`,
:mod:`~vpi_groups.scheduling.sessions`) run them all before their first write, and the
readers use :func:`aware` on the instants they are given. Internal to the package,
except :func:`outside_year`, which the editors call to warn before saving.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from vpi_groups.storage.models import Action, Facilitator, Room
from vpi_groups.validation import (
    CapacityRangeError,
    EndBeforeStartError,
    InactiveError,
    NaiveDateTimeError,
    NotFoundError,
    OutOfRangeError,
    TooFewFacilitatorsError,
    get_row,
)

MAX_CAPACITY = 30
MAX_SESSION_LENGTH = dt.timedelta(hours=24)


def aware(value: dt.datetime, field: str) -> dt.datetime:
    """Return an aware instant in UTC; a naive one is refused."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDateTimeError(field)
    return value.astimezone(dt.UTC)


def new_uid() -> str:
    """A fresh calendar UID (groups and sessions)."""
    return str(uuid.uuid4())


def check_times(start: dt.datetime, end: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """Return start and end in UTC: aware, in order, at most a day apart."""
    start, end = aware(start, "start"), aware(end, "end")
    if end <= start:
        raise EndBeforeStartError("end", start.date(), end.date())
    length = end - start
    if length > MAX_SESSION_LENGTH:
        minutes = int(length.total_seconds() // 60)
        raise OutOfRangeError("end", minutes, 1, int(MAX_SESSION_LENGTH.total_seconds() // 60))
    return start, end


def check_facilitators(
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


def check_room(session: Session, room_id: int | None) -> None:
    """The room exists (or none is given)."""
    if room_id is not None and session.get(Room, room_id) is None:
        raise NotFoundError("room", {room_id}, field="room_id")


def check_capacity(minimum: int, maximum: int) -> None:
    """Both bounds within 1..MAX_CAPACITY, in order."""
    if not 1 <= minimum <= MAX_CAPACITY:
        raise OutOfRangeError("capacity_min", minimum, 1, MAX_CAPACITY)
    if not 1 <= maximum <= MAX_CAPACITY:
        raise OutOfRangeError("capacity_max", maximum, 1, MAX_CAPACITY)
    if minimum > maximum:
        raise CapacityRangeError(minimum, maximum)


def action_row(session: Session, action_id: int) -> Action:
    """The action's row (NotFoundError if there is none)."""
    return get_row(session, Action, action_id, "action")


def outside_year(
    starts: Iterable[dt.datetime], year: int, zone: dt.tzinfo
) -> tuple[dt.datetime, ...]:
    """Return the instants whose local day (in ``zone``) is not in ``year``, in order.

    An action belongs to one programme year; a session dated in another year is
    counted in the other year's report, which is rarely what the user meant, so the
    editors warn before saving it (they do not refuse: a cycle may end in January).
    """
    return tuple(sorted(s for s in starts if s.astimezone(zone).year != year))
