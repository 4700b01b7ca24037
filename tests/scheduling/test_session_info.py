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
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
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
