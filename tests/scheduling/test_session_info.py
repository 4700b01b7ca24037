"""A session as the services read it holds each of its record's values in the right field.

The sessions are read in one query whose columns are unpacked by position: a column
out of place would put one flag in another's field. Each session here differs from
the others in one edit only, so that every field has a value its neighbours lack.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.scheduling.conftest import Directory, weekly
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.records import SessionInfo
from vpi_groups.scheduling.recurrence import Closure
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    HolidayCalendar,
    ProgrammeSession,
    SessionFacilitator,
    SessionStatus,
    TalkGroup,
)


def as_stored(s: Session, session_id: int) -> dict[str, object]:
    """The record's values by the SessionInfo's field names, read through the ORM."""
    row = s.get(ProgrammeSession, session_id)
    assert row is not None
    people = s.scalars(
        select(SessionFacilitator.facilitator_id).where(SessionFacilitator.session_id == row.id)
    )
    group = None if row.group_id is None else s.get(TalkGroup, row.group_id)
    group_action = None if group is None else group.action_id
    return {
        "id": row.id,
        "uid": row.uid,
        "revision": row.revision,
        "group_id": row.group_id,
        "action_id": row.action_id if row.action_id is not None else group_action,
        "original_start": row.original_starts_at,
        "start": row.starts_at,
        "end": row.ends_at,
        "status": row.status,
        "cancel_reason": row.cancel_reason,
        "room_id": row.room_id,
        "facilitator_ids": tuple(sorted(people)),
        "moved": row.moved,
        "facilitators_edited": row.facilitators_edited,
        "room_edited": row.room_edited,
        "modified_at": row.modified_at,
    }


def test_every_field_holds_its_own_column(vault: vaults.Vault, directory: Directory) -> None:
    first, second, third, _fourth = directory.facilitators
    spec = records.GroupSpec(
        "Groupe du mardi", directory.action, (first, second), weekly(), room_id=directory.room
    )
    with vault.session() as s:
        group = series.create_group(s, spec).group
        ids = [info.id for info in records.list_sessions(s, group_id=group.id)]
        later = dt.timedelta(hours=1)
        moved = records.get_session(s, ids[1])
        scheduling.move_session(s, ids[1], moved.start + later, moved.end + later)
        scheduling.change_session_room(s, ids[2], directory.small_room)
        scheduling.change_session_facilitators(s, ids[3], [third])
        scheduling.cancel_session(s, ids[4], "Salle fermée")
        day = dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC)
        extra = scheduling.add_action_session(
            s, directory.training, day, day + dt.timedelta(hours=3), facilitator_ids=[second]
        ).id
    with vault.session() as s:
        read = {info.id: info for info in records.sessions_by_id(s, [*ids[:5], extra])}
        for session_id, info in read.items():
            assert dataclasses.asdict(info) == as_stored(s, session_id)
    # Each edit shows in its own field only, so a swapped pair of columns would show.
    flags = [(i.moved, i.room_edited, i.facilitators_edited) for i in (read[n] for n in ids[:4])]
    assert flags == [
        (False, False, False),
        (True, False, False),
        (False, True, False),
        (False, False, True),
    ]
    assert read[ids[4]].status is SessionStatus.CANCELLED
    assert read[ids[4]].cancel_reason == "Salle fermée"
    assert read[extra].group_id is None
    assert read[extra].original_start is None
    assert read[extra].action_id == directory.training
    assert isinstance(read[extra], SessionInfo)


def test_a_new_series_gives_its_sessions_as_they_are_read_back(
    vault: vaults.Vault, directory: Directory
) -> None:
    """A group's new sessions come back from the values written, not read again."""
    first, second, third, _fourth = directory.facilitators
    rule = dataclasses.replace(
        weekly(count=None, end=dt.date(2027, 6, 30)),
        holidays=HolidayCalendar.METROPOLE,
        closures=(Closure(dt.date(2026, 8, 1), dt.date(2026, 8, 31)),),
    )
    # Facilitators in no order: the sessions list them in order, as read back.
    spec = records.GroupSpec(
        "Groupe du mardi", directory.action, (third, first), rule, room_id=directory.room
    )
    with vault.session() as s:
        change = series.create_group(s, spec)
    with vault.session() as s:
        assert len(change.created) > 40
        assert change.created == records.sessions_by_id(s, [i.id for i in change.created])
        assert change.created == records.list_sessions(s, group_id=change.group.id)
        assert change.created[0].facilitator_ids == tuple(sorted((third, first)))
    later = dataclasses.replace(
        spec,
        facilitator_ids=(second, third),
        recurrence=weekly(weekday=3, count=None, end=dt.date(2027, 6, 30)),
    )
    with vault.session() as s:
        edited = series.update_group(
            s, change.group.id, later, effective_from=dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
        )
    with vault.session() as s:
        assert edited.created
        assert edited.created == records.sessions_by_id(s, [i.id for i in edited.created])


def test_a_new_series_takes_the_numbers_of_deleted_sessions_with_none_of_their_bookings(
    vault: vaults.Vault, directory: Directory
) -> None:
    """New sessions get facilitators without a delete first: a deleted one's went with it."""
    first, second, third, fourth = directory.facilitators
    old = records.GroupSpec("Ancien groupe", directory.action, (first, second), weekly())
    with vault.session() as s:
        gone = series.create_group(s, old)
    with vault.session() as s:
        series.delete_group(s, gone.group.id)
    new = records.GroupSpec("Nouveau groupe", directory.action, (third, fourth), weekly())
    with vault.session() as s:
        made = series.create_group(s, new)
    # SQLite gives the deleted sessions' numbers again (no AUTOINCREMENT on the table).
    assert {i.id for i in made.created} & {i.id for i in gone.created}
    with vault.session() as s:
        booked = s.execute(
            select(SessionFacilitator.session_id, SessionFacilitator.facilitator_id)
        ).all()
    assert sorted(booked) == sorted((i.id, f) for i in made.created for f in (third, fourth))
