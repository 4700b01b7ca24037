"""Revision counters and times of last change: what calendar SEQUENCE and LAST-MODIFIED say."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tests.scheduling.conftest import Directory, weekly
from vpi_groups import clock as app_clock
from vpi_groups import revisions
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as sch
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, PublicActionKind, TalkGroup

PARIS = ZoneInfo("Europe/Paris")
T0 = dt.datetime(2026, 2, 1, 9, 0, 0, 250_000, tzinfo=dt.UTC)


class Clock:
    """A settable clock for the services' ``_now`` (changes inside one second, or not)."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(app_clock, "now", c)
    return c


def spec(d: Directory, **changes: object) -> records.GroupSpec:
    base = records.GroupSpec("Mardis", d.action, d.facilitators[:2], weekly(), room_id=d.room)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def calendar(vault: vaults.Vault, group_id: int) -> series.SeriesCalendar:
    with vault.session() as s:
        return series.series_calendar(s, group_id)


def counters(c: series.SeriesCalendar) -> tuple[int, int, int]:
    return (c.revision, c.cancellations_revision, c.occurrences_revision)


def paris(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=PARIS)


# ---------------------------------------------------------------- stamp


def test_a_stamp_is_now_in_whole_utc_seconds() -> None:
    moment = dt.datetime(2026, 3, 29, 3, 0, 0, 999_999, tzinfo=PARIS)
    assert revisions.stamp(moment) == dt.datetime(2026, 3, 29, 1, 0, 0, tzinfo=dt.UTC)
    assert revisions.stamp(moment).tzinfo is dt.UTC


def test_a_stamp_comes_strictly_after_every_earlier_one() -> None:
    earlier = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    same_second = dt.datetime(2026, 1, 1, 0, 0, 0, 900_000, tzinfo=dt.UTC)
    assert revisions.stamp(same_second, earlier, None) == earlier + dt.timedelta(seconds=1)
    ahead = earlier + dt.timedelta(seconds=5)
    assert revisions.stamp(same_second, None, ahead) == ahead + dt.timedelta(seconds=1)
    assert revisions.stamp(ahead, earlier) == ahead


# ---------------------------------------------------------------- scheduling keeps them


def test_a_new_group_and_its_sessions_carry_their_creation_time(
    vault: vaults.Vault, directory: Directory, clock: Clock
) -> None:
    with vault.session() as s:
        group = series.create_group(s, spec(directory)).group
        infos = records.list_sessions(s, group_id=group.id)
    c = calendar(vault, group.id)
    second = T0.replace(microsecond=0)
    assert c.modified_at == second
    assert {i.modified_at for i in infos} == {second}
    assert counters(c) == (0, 0, 0)
    assert (c.cancellations_modified_at, c.occurrences_modified_at) == (None, None)


def test_each_kind_of_session_change_raises_the_right_counters(
    vault: vaults.Vault, directory: Directory, clock: Clock
) -> None:
    with vault.session() as s:
        group = series.create_group(s, spec(directory)).group
        first, second = records.list_sessions(s, group_id=group.id)[:2]
        extra = sch.add_extra_session(
            s, group.id, paris(dt.date(2026, 3, 7), 10), paris(dt.date(2026, 3, 7), 12)
        )
    steps: list[tuple[str, tuple[int, int, int]]] = []
    day = dt.date(2026, 3, 3)
    with vault.session() as s:
        sch.move_session(s, first.id, paris(day, 17), paris(day, 18, 30))
    steps.append(("move", counters(calendar(vault, group.id))))
    with vault.session() as s:
        sch.cancel_session(s, second.id, "Neige")
    steps.append(("cancel", counters(calendar(vault, group.id))))
    with vault.session() as s:
        sch.cancel_session(s, second.id, "Neige et verglas")
    steps.append(("reason", counters(calendar(vault, group.id))))
    with vault.session() as s:
        sch.reinstate_session(s, second.id)
    steps.append(("reinstate", counters(calendar(vault, group.id))))
    with vault.session() as s:
        sch.cancel_session(s, extra.id, "Salle prise")
        sch.change_session_room(s, extra.id, directory.small_room)
    steps.append(("extra", counters(calendar(vault, group.id))))
    assert steps == [
        ("move", (0, 0, 1)),
        ("cancel", (0, 1, 2)),
        ("reason", (0, 1, 3)),
        ("reinstate", (0, 2, 4)),
        ("extra", (0, 2, 4)),  # an extra session is no occurrence of the rule
    ]


def test_changes_within_one_second_still_move_every_time_on(
    vault: vaults.Vault, directory: Directory, clock: Clock
) -> None:
    with vault.session() as s:
        group = series.create_group(s, spec(directory)).group
        target = records.list_sessions(s, group_id=group.id)[0]
    day = dt.date(2026, 3, 3)
    seen: list[tuple[dt.datetime | None, dt.datetime | None]] = []
    for hour in (14, 15, 16):
        with vault.session() as s:
            info = sch.move_session(s, target.id, paris(day, hour), paris(day, hour + 1))
        seen.append((info.modified_at, calendar(vault, group.id).occurrences_modified_at))
    with vault.session() as s:
        series.update_group(s, group.id, spec(directory, name="Mardis soir"), effective_from=T0)
    after = calendar(vault, group.id)
    stamps = [m for m, _ in seen]
    assert stamps == [T0.replace(microsecond=0) + dt.timedelta(seconds=n) for n in (1, 2, 3)]
    assert [o for _, o in seen] == stamps
    # The series' own change comes after every session's, so every event moves on.
    assert after.modified_at == T0.replace(microsecond=0) + dt.timedelta(seconds=4)


def test_only_what_a_calendar_shows_raises_a_groups_revision(
    vault: vaults.Vault, directory: Directory, clock: Clock
) -> None:
    with vault.session() as s:
        group = series.create_group(s, spec(directory)).group
    before = calendar(vault, group.id)
    clock.advance(60)
    with vault.session() as s:
        unseen = series.update_group(
            s, group.id, spec(directory, capacity_min=4, capacity_max=10, is_open=True)
        )
        assert records.get_group(s, group.id).spec.capacity_max == 10
    assert unseen.group.revision == 0
    assert calendar(vault, group.id).modified_at == before.modified_at
    with vault.session() as s:
        shared = series.update_group(
            s,
            group.id,
            spec(directory, capacity_min=4, capacity_max=10, is_open=True, location_shared=True),
        )
    assert shared.group.revision == 1
    assert calendar(vault, group.id).modified_at == (T0 + dt.timedelta(seconds=60)).replace(
        microsecond=0
    )


# ---------------------------------------------------------------- renames reach the events


def test_renaming_a_room_raises_the_events_that_show_it(
    vault: vaults.Vault, directory: Directory, clock: Clock
) -> None:
    with vault.session() as s:
        in_room = series.create_group(s, spec(directory)).group
        elsewhere = series.create_group(s, spec(directory, name="Jeudis", room_id=None)).group
        moved_in = records.list_sessions(s, group_id=elsewhere.id)[0]
        sch.change_session_room(s, moved_in.id, directory.room)
    before = {g: calendar(vault, g) for g in (in_room.id, elsewhere.id)}
    with vault.session() as s:
        before_sessions = {i.id: i for i in records.list_sessions(s)}
    clock.advance(10)
    with vault.session() as s:
        programme.update_room(s, directory.room, programme.RoomSpec("Salle Jaurès", capacity=20))
    assert calendar(vault, in_room.id).revision == before[in_room.id].revision
    with vault.session() as s:
        programme.update_room(
            s, directory.room, programme.RoomSpec("Salle Jean-Jaurès", "2 rue Haute", 20)
        )
    assert calendar(vault, in_room.id).revision == before[in_room.id].revision + 1
    assert calendar(vault, elsewhere.id).revision == before[elsewhere.id].revision
    with vault.session() as s:
        after_sessions = {i.id: i for i in records.list_sessions(s)}
    raised = {i for i in after_sessions if after_sessions[i].revision > before_sessions[i].revision}
    in_room_ids = {i for i, info in before_sessions.items() if info.room_id == directory.room}
    assert raised == in_room_ids
    assert moved_in.id in raised
    stamp = (T0 + dt.timedelta(seconds=10)).replace(microsecond=0)
    assert {after_sessions[i].modified_at for i in raised} == {stamp}


def test_renaming_a_facilitator_or_retitling_an_action_raises_their_events(
    vault: vaults.Vault, directory: Directory, clock: Clock
) -> None:
    a, b, c, d = directory.facilitators
    day = dt.datetime(2026, 5, 6, 9, tzinfo=PARIS)
    with vault.session() as s:
        group = series.create_group(s, spec(directory, facilitator_ids=(a, b))).group
        training = sch.add_action_session(
            s, directory.training, day, day + dt.timedelta(hours=3), facilitator_ids=[c]
        )
        other = sch.add_action_session(
            s, directory.training, day + dt.timedelta(days=1), day + dt.timedelta(days=1, hours=2)
        )
    with vault.session() as s:
        info = programme.get_facilitator(s, d)
        programme.update_facilitator(s, d, dataclasses.replace(info.spec, name="Driss B."))
    assert calendar(vault, group.id).revision == 0
    with vault.session() as s:
        info = programme.get_facilitator(s, a)
        programme.update_facilitator(s, a, dataclasses.replace(info.spec, role="psychologue"))
    assert calendar(vault, group.id).revision == 0
    with vault.session() as s:
        programme.update_facilitator(s, a, dataclasses.replace(info.spec, name="Awa K."))
        assert {i.revision for i in records.list_sessions(s, group_id=group.id)} == {1}
        assert records.get_session(s, training.id).revision == 0
    assert calendar(vault, group.id).revision == 1
    with vault.session() as s:
        action = programme.get_action(s, directory.training)
        programme.update_action(s, directory.training, action.spec)
        assert records.get_session(s, training.id).revision == 0
        programme.update_action(
            s, directory.training, dataclasses.replace(action.spec, title="Formation VIF")
        )
        assert records.get_session(s, training.id).revision == 1
        assert records.get_session(s, other.id).revision == 1
        programme.update_action(
            s,
            directory.training,
            dataclasses.replace(
                action.spec,
                title="Formation VIF",
                kind=ActionKind.PUBLIC_ACTION,
                public_kind=PublicActionKind.STAND,
            ),
        )
        assert records.get_session(s, other.id).revision == 2
    assert calendar(vault, group.id).revision == 1


def test_a_touch_with_nothing_to_touch_writes_nothing(vault: vaults.Vault) -> None:
    with vault.session() as s:
        revisions.touch_events(s, T0, room_id=12345)
        assert s.scalars(select(TalkGroup)).all() == []
        assert not s.dirty
