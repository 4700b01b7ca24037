"""Double bookings of facilitators and rooms across groups and actions; capacity warnings."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.scheduling.conftest import Directory, empty_programme, make_directory, weekly
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import conflicts, records, series
from vpi_groups.scheduling import sessions as sch
from vpi_groups.scheduling.conflicts import (
    CapacityWarning,
    CapacityWarningKind,
    Conflict,
    ConflictKind,
)
from vpi_groups.storage import vault as vaults

PARIS = ZoneInfo("Europe/Paris")
TUESDAYS = [dt.date(2026, 3, 3), dt.date(2026, 3, 10), dt.date(2026, 3, 17)]


def paris(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=PARIS)


def utc(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return paris(day, hour, minute).astimezone(dt.UTC)


def two_groups(
    vault: vaults.Vault,
    d: Directory,
    *,
    second_at: dt.time,
    second_room: int | None,
) -> tuple[tuple[records.SessionInfo, ...], tuple[records.SessionInfo, ...]]:
    """Group A: Awa and Bruno, Tuesdays 18:00-19:30; group B: Bruno and Chloé."""
    a, b, c, _ = d.facilitators
    with vault.session() as s:
        first = series.create_group(
            s,
            records.GroupSpec("A", d.action, (a, b), weekly(count=3), room_id=d.room),
        ).created
        second = series.create_group(
            s,
            records.GroupSpec(
                "B", d.action, (b, c), weekly(count=3, at=second_at), room_id=second_room
            ),
        ).created
    return first, second


def test_a_facilitator_in_two_groups_at_overlapping_times(
    vault: vaults.Vault, directory: Directory
) -> None:
    bruno = directory.facilitators[1]
    first, second = two_groups(vault, directory, second_at=dt.time(19, 0), second_room=None)
    with vault.session() as s:
        found = conflicts.find_conflicts(s)
    assert found == tuple(
        Conflict(ConflictKind.FACILITATOR, bruno, x.id, y.id, utc(day, 19), utc(day, 19, 30))
        for x, y, day in zip(first, second, TUESDAYS, strict=True)
    )


def test_a_room_in_two_groups_at_overlapping_times(
    vault: vaults.Vault, directory: Directory
) -> None:
    first, second = two_groups(
        vault, directory, second_at=dt.time(19, 0), second_room=directory.room
    )
    with vault.session() as s:
        found = conflicts.find_conflicts(s)
    rooms = [c for c in found if c.kind is ConflictKind.ROOM]
    assert [(c.resource_id, c.first_session_id, c.second_session_id) for c in rooms] == [
        (directory.room, x.id, y.id) for x, y in zip(first, second, strict=True)
    ]
    assert len(found) == 6


def test_sessions_that_only_touch_do_not_conflict(
    vault: vaults.Vault, directory: Directory
) -> None:
    two_groups(vault, directory, second_at=dt.time(19, 30), second_room=directory.room)
    with vault.session() as s:
        assert conflicts.find_conflicts(s) == ()


def test_a_group_and_an_action_booking_the_same_room_and_person(
    vault: vaults.Vault, directory: Directory
) -> None:
    a, _b, _c, d = directory.facilitators
    with vault.session() as s:
        group = series.create_group(
            s,
            records.GroupSpec(
                "A", directory.action, (a, d), weekly(count=3), room_id=directory.room
            ),
        ).created
        training = sch.add_action_session(
            s,
            directory.training,
            paris(TUESDAYS[1], 17),
            paris(TUESDAYS[1], 18, 15),
            facilitator_ids=[d],
            room_id=directory.room,
        )
        found = conflicts.find_conflicts(s)
    overlap = (utc(TUESDAYS[1], 18), utc(TUESDAYS[1], 18, 15))
    assert found == (
        Conflict(ConflictKind.FACILITATOR, d, group[1].id, training.id, *overlap),
        Conflict(ConflictKind.ROOM, directory.room, group[1].id, training.id, *overlap),
    )


def test_cancelling_or_moving_a_session_clears_its_conflicts(
    vault: vaults.Vault, directory: Directory
) -> None:
    first, second = two_groups(
        vault, directory, second_at=dt.time(19, 0), second_room=directory.room
    )
    with vault.session() as s:
        sch.cancel_session(s, second[0].id, "Doublon")
        sch.move_session(s, second[1].id, paris(TUESDAYS[1], 20), paris(TUESDAYS[1], 21, 30))
        found = conflicts.find_conflicts(s)
    assert {(c.first_session_id, c.second_session_id) for c in found} == {
        (first[2].id, second[2].id)
    }
    with vault.session() as s:
        sch.reinstate_session(s, second[0].id)
        assert len(conflicts.find_conflicts(s)) == 4


def test_conflicts_in_a_window_or_around_given_sessions(
    vault: vaults.Vault, directory: Directory
) -> None:
    first, second = two_groups(
        vault, directory, second_at=dt.time(19, 0), second_room=directory.room
    )
    bruno = directory.facilitators[1]
    with vault.session() as s:
        # Bruno again on 17 March, 19:15-19:45: clashes with both groups' sessions.
        third = sch.add_action_session(
            s,
            directory.training,
            paris(TUESDAYS[2], 19, 15),
            paris(TUESDAYS[2], 19, 45),
            facilitator_ids=[bruno],
        )
        in_window = conflicts.find_conflicts(
            s, start=paris(TUESDAYS[1], 0), end=paris(TUESDAYS[1], 23)
        )
        around = conflicts.find_conflicts(s, session_ids=[first[2].id])
        around_third = conflicts.find_conflicts(s, session_ids=[third.id])
        from_march_10 = conflicts.find_conflicts(s, start=paris(TUESDAYS[1], 0))
        until_march_10 = conflicts.find_conflicts(s, end=paris(TUESDAYS[1], 19, 1))
        nothing = conflicts.find_conflicts(s, session_ids=[])
    assert {(c.first_session_id, c.second_session_id) for c in in_window} == {
        (first[1].id, second[1].id)
    }
    assert len(in_window) == 2
    assert {(c.kind, c.first_session_id, c.second_session_id) for c in around} == {
        (ConflictKind.FACILITATOR, first[2].id, second[2].id),
        (ConflictKind.ROOM, first[2].id, second[2].id),
        (ConflictKind.FACILITATOR, first[2].id, third.id),
    }
    assert {(c.first_session_id, c.second_session_id) for c in around_third} == {
        (first[2].id, third.id),
        (second[2].id, third.id),
    }
    assert len(from_march_10) == 6
    assert len(until_march_10) == 4
    assert nothing == ()


booking = st.tuples(
    st.integers(min_value=0, max_value=7 * 24 * 4),  # start, in quarters of an hour
    st.integers(min_value=1, max_value=16),  # length, in quarters of an hour
    st.sets(st.integers(min_value=0, max_value=3), max_size=3),  # facilitators
    st.sampled_from([None, 0, 1]),  # room
    st.booleans(),  # cancelled
)


@settings(max_examples=25, deadline=None)
@given(st.lists(booking, max_size=25))
def test_conflicts_equal_every_overlapping_pair(
    shared_vault: vaults.Vault,
    bookings: list[tuple[int, int, set[int], int | None, bool]],
) -> None:
    empty_programme(shared_vault)
    d = make_directory(shared_vault)
    rooms = (d.room, d.small_room)
    monday = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
    with shared_vault.session() as s:
        made = []
        for start, length, people, room, cancelled in bookings:
            info = sch.add_action_session(
                s,
                d.training,
                monday + dt.timedelta(minutes=15 * start),
                monday + dt.timedelta(minutes=15 * (start + length)),
                facilitator_ids=[d.facilitators[i] for i in people],
                room_id=None if room is None else rooms[room],
            )
            if cancelled:
                info = sch.cancel_session(s, info.id, "annulée")
            made.append(info)
        found = conflicts.find_conflicts(s)
    expected = set()
    live = [m for m in made if m.status is not records.SessionStatus.CANCELLED]
    for x, y in itertools.combinations(live, 2):
        low, high = max(x.start, y.start), min(x.end, y.end)
        if low >= high:
            continue
        first, second = sorted((x.id, y.id))
        for person in set(x.facilitator_ids) & set(y.facilitator_ids):
            expected.add(Conflict(ConflictKind.FACILITATOR, person, first, second, low, high))
        if x.room_id is not None and x.room_id == y.room_id:
            expected.add(Conflict(ConflictKind.ROOM, x.room_id, first, second, low, high))
    assert len(found) == len(set(found))
    assert set(found) == expected


def test_capacity_warnings(vault: vaults.Vault, directory: Directory) -> None:
    a, b, _, _ = directory.facilitators
    with vault.session() as s:
        fits = series.create_group(
            s, records.GroupSpec("Fits", directory.action, (a, b), weekly(), room_id=directory.room)
        )
        cramped = series.create_group(
            s,
            records.GroupSpec(
                "Cramped", directory.action, (a, b), weekly(), room_id=directory.small_room
            ),
        )
        crowd = series.create_group(
            s,
            records.GroupSpec(
                "Crowd",
                directory.action,
                (a, b),
                weekly(),
                capacity_min=8,
                capacity_max=14,
                room_id=None,
            ),
        )
        hall = programme.create_room(s, programme.RoomSpec("Grande salle", capacity=20))
        sch.change_session_room(s, fits.created[2].id, hall.id)
        moved = sch.change_session_room(s, fits.created[3].id, directory.small_room)
        cancelled = sch.change_session_room(s, fits.created[4].id, directory.small_room)
        sch.cancel_session(s, cancelled.id, "Travaux")
        warnings = conflicts.capacity_warnings(s)
        only_fits = conflicts.capacity_warnings(s, group_id=fits.group.id)
    assert set(warnings) == {
        CapacityWarning(
            CapacityWarningKind.ROOM_TOO_SMALL, cramped.group.id, 8, 4, directory.small_room
        ),
        CapacityWarning(CapacityWarningKind.ABOVE_RECOMMENDED, crowd.group.id, 14, 12),
        CapacityWarning(
            CapacityWarningKind.ROOM_TOO_SMALL,
            fits.group.id,
            8,
            4,
            directory.small_room,
            (moved.id,),
        ),
    }
    assert only_fits == (
        CapacityWarning(
            CapacityWarningKind.ROOM_TOO_SMALL,
            fits.group.id,
            8,
            4,
            directory.small_room,
            (moved.id,),
        ),
    )
