"""Talk-group series: generation, hand edits, series edits, revisions, calendar view."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.scheduling.conftest import Directory, empty_programme, make_directory, weekly
from tests.scheduling.test_recurrence import independent, rules
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as sch
from vpi_groups.scheduling.recurrence import Closure, Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    Base,
    HolidayCalendar,
    ProgrammeSession,
    SessionHeadcount,
    SessionNote,
    SessionStatus,
    Setting,
)
from vpi_groups.validation import (
    CapacityRangeError,
    EmptyRuleError,
    EndBeforeStartError,
    InactiveError,
    InUseError,
    NaiveDateTimeError,
    NotApplicableError,
    NotFoundError,
    OutOfRangeError,
    RequiredError,
    SessionStateError,
    TooFewFacilitatorsError,
    TooLongError,
    ValidationError,
    WrongActionKindError,
)

PARIS = ZoneInfo("Europe/Paris")
LONG_AGO = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
TUESDAYS = [
    dt.date(2026, 3, 3),
    dt.date(2026, 3, 10),
    dt.date(2026, 3, 17),
    dt.date(2026, 3, 24),
    dt.date(2026, 3, 31),
    dt.date(2026, 4, 7),
    dt.date(2026, 4, 14),
    dt.date(2026, 4, 21),
    dt.date(2026, 4, 28),
    dt.date(2026, 5, 5),
]


def paris(day: dt.date, hour: int = 18, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=PARIS)


def group_spec(
    d: Directory, rule: Recurrence | None = None, **changes: object
) -> records.GroupSpec:
    spec = records.GroupSpec(
        name="Mardis",
        action_id=d.action,
        facilitator_ids=d.facilitators[:2],
        recurrence=rule or weekly(),
        room_id=d.room,
    )
    return dataclasses.replace(spec, **changes)  # type: ignore[arg-type]


def create(vault: vaults.Vault, spec: records.GroupSpec) -> series.SeriesChange:
    with vault.session() as s:
        return series.create_group(s, spec)


def update(
    vault: vaults.Vault,
    group_id: int,
    spec: records.GroupSpec,
    effective_from: dt.datetime = LONG_AGO,
) -> series.SeriesChange:
    with vault.session() as s:
        return series.update_group(s, group_id, spec, effective_from=effective_from)


def sessions(vault: vaults.Vault, group_id: int) -> tuple[records.SessionInfo, ...]:
    with vault.session() as s:
        return records.list_sessions(s, group_id=group_id)


def by_id(infos: tuple[records.SessionInfo, ...]) -> dict[int, records.SessionInfo]:
    return {i.id: i for i in infos}


def counts(s: Session) -> dict[str, int]:
    return {
        table.name: s.execute(select(func.count()).select_from(table)).scalar_one()
        for table in Base.metadata.sorted_tables
        if table is not Setting.__table__
    }


# ---------------------------------------------------------------- generation


def test_a_group_generates_its_sessions(vault: vaults.Vault, directory: Directory) -> None:
    change = create(vault, group_spec(directory))
    stored = sessions(vault, change.group.id)
    assert stored == change.created
    assert [i.start for i in stored] == [paris(d) for d in TUESDAYS]
    assert [i.end - i.start for i in stored] == [dt.timedelta(minutes=90)] * 10
    assert all(i.original_start == i.start for i in stored)
    assert {i.facilitator_ids for i in stored} == {directory.facilitators[:2]}
    assert {i.room_id for i in stored} == {directory.room}
    assert {i.action_id for i in stored} == {directory.action}
    assert {i.status for i in stored} == {SessionStatus.PLANNED}
    assert {i.revision for i in stored} == {0}
    assert not any(i.edited or i.is_extra for i in stored)
    assert len({i.uid for i in stored} | {change.group.uid}) == 11
    assert change.group.revision == 0
    with vault.session() as s:
        assert records.get_group(s, change.group.id) == change.group
        assert records.list_groups(s) == (change.group,)
        assert records.list_groups(s, action_id=directory.action + 100) == ()


def test_the_group_keeps_its_rule_parameters(vault: vaults.Vault, directory: Directory) -> None:
    rule = weekly(
        end=dt.date(2026, 6, 30),
        interval=2,
        holidays=HolidayCalendar.ALSACE_MOSELLE,
        closures=(
            Closure(dt.date(2026, 5, 1), dt.date(2026, 5, 10)),
            Closure(dt.date(2026, 4, 1), dt.date(2026, 4, 5)),
        ),
    )
    spec = group_spec(
        directory,
        rule,
        facilitator_ids=(directory.facilitators[2], directory.facilitators[0]),
        is_open=True,
        capacity_min=4,
        capacity_max=10,
        location_shared=True,
    )
    change = create(vault, spec)
    with vault.session() as s:
        stored = records.get_group(s, change.group.id).spec
    assert stored.recurrence == dataclasses.replace(rule, closures=tuple(sorted(rule.closures)))
    assert stored.facilitator_ids == (directory.facilitators[0], directory.facilitators[2])
    assert (stored.is_open, stored.capacity_min, stored.capacity_max) == (True, 4, 10)
    assert stored.location_shared is True


@settings(max_examples=20, deadline=None)
@given(rules())
def test_stored_sessions_equal_an_independent_expansion(
    shared_vault: vaults.Vault, rule: Recurrence
) -> None:
    empty_programme(shared_vault)
    d = make_directory(shared_vault)
    expected = independent(rule)
    if not expected:
        with pytest.raises(EmptyRuleError), shared_vault.session() as s:
            series.create_group(s, group_spec(d, rule))
        with shared_vault.session() as s:
            assert records.list_groups(s) == ()
        return
    group = create(shared_vault, group_spec(d, rule)).group
    stored = sessions(shared_vault, group.id)
    assert [i.start for i in stored] == expected
    assert [i.end - i.start for i in stored] == [rule.duration] * len(expected)
    assert all(i.start.tzinfo is dt.UTC for i in stored)


# ---------------------------------------------------------------- series edits


def test_move_and_cancel_then_change_the_time_keeps_both_edits(
    vault: vaults.Vault, directory: Directory
) -> None:
    group = create(vault, group_spec(directory)).group
    first = sessions(vault, group.id)
    moved, cancelled = first[2], first[3]
    with vault.session() as s:
        sch.move_session(
            s, moved.id, paris(dt.date(2026, 3, 18)), paris(dt.date(2026, 3, 18), 19, 30)
        )
        sch.cancel_session(s, cancelled.id, "Animatrice absente")

    new_rule = weekly(at=dt.time(17, 0))
    change = update(vault, group.id, group_spec(directory, new_rule))

    after = by_id(sessions(vault, group.id))
    assert change.group.revision == 1
    assert (change.created, change.deleted, change.unfitting) == ((), (), ())
    assert {i.id for i in change.updated} == {i.id for i in first}
    assert after[moved.id].start == paris(dt.date(2026, 3, 18))
    assert after[moved.id].original_start == paris(dt.date(2026, 3, 17), 17)
    assert after[moved.id].moved
    assert after[moved.id].revision == 2
    assert after[cancelled.id].status is SessionStatus.CANCELLED
    assert after[cancelled.id].cancel_reason == "Animatrice absente"
    assert after[cancelled.id].start == paris(dt.date(2026, 3, 24), 17)
    assert after[cancelled.id].revision == 2
    others = [after[i.id] for i in first if i.id not in (moved.id, cancelled.id)]
    assert [i.start for i in others] == [
        paris(d, 17) for d in TUESDAYS if d not in (dt.date(2026, 3, 17), dt.date(2026, 3, 24))
    ]
    assert {i.revision for i in others} == {1}
    assert {(i.id, i.uid) for i in first} == {(i.id, i.uid) for i in after.values()}


def test_a_new_weekday_drops_unedited_dates_and_reports_edited_ones(
    vault: vaults.Vault, directory: Directory
) -> None:
    group = create(vault, group_spec(directory)).group
    first = sessions(vault, group.id)
    with vault.session() as s:
        moved = sch.move_session(
            s, first[2].id, paris(dt.date(2026, 3, 19)), paris(dt.date(2026, 3, 19), 19, 30)
        )
        cancelled = sch.cancel_session(s, first[3].id, "Grève des transports")
        elsewhere = sch.change_session_room(s, first[4].id, directory.small_room)

    thursdays = weekly(weekday=3)
    change = update(vault, group.id, group_spec(directory, thursdays))

    assert {i.id for i in change.unfitting} == {moved.id, cancelled.id, elsewhere.id}
    assert set(change.unfitting) == {moved, cancelled, elsewhere}  # untouched, same revision
    assert {i.id for i in change.deleted} == {i.id for i in first} - {
        moved.id,
        cancelled.id,
        elsewhere.id,
    }
    assert [i.start for i in change.created] == [paris(d + dt.timedelta(days=2)) for d in TUESDAYS]
    assert change.updated == ()
    assert len(sessions(vault, group.id)) == 13
    with vault.session() as s:
        calendar = series.series_calendar(s, group.id)
    assert set(calendar.standalone) == {moved, cancelled, elsewhere}
    assert calendar.overrides == ()
    assert calendar.exdates == ()


def _one_unfitting(
    vault: vaults.Vault, directory: Directory
) -> tuple[records.GroupInfo, series.SeriesChange, records.SessionInfo]:
    """A group whose first session was cancelled by hand, then moved to Thursdays."""
    group = create(vault, group_spec(directory)).group
    first = sessions(vault, group.id)
    with vault.session() as s:
        sch.cancel_session(s, first[0].id, "Salle indisponible")
    change = update(vault, group.id, group_spec(directory, weekly(weekday=3)))
    (unfit,) = change.unfitting
    return group, change, unfit


def test_edited_sessions_that_no_longer_fit_can_be_deleted_but_occurrences_cannot(
    vault: vaults.Vault, directory: Directory
) -> None:
    group, change, unfit = _one_unfitting(vault, directory)
    with vault.session() as s:
        with pytest.raises(SessionStateError) as caught:
            sch.delete_session(s, change.created[0].id)
        assert caught.value.reason == "rule-occurrence"
        sch.delete_session(s, unfit.id)
    assert unfit.id not in by_id(sessions(vault, group.id))


@pytest.mark.parametrize("record", ["note", "headcount"])
def test_a_session_with_records_is_cancelled_not_deleted(
    vault: vaults.Vault, directory: Directory, record: str
) -> None:
    """Deleting used to fail on the database's foreign keys ("unexpected error")."""
    group, _change, unfit = _one_unfitting(vault, directory)
    with vault.session() as s:
        if record == "note":
            s.add(SessionNote(session_id=unfit.id, text="à garder", updated_at=paris(TUESDAYS[0])))
        else:
            s.add(SessionHeadcount(session_id=unfit.id, present=0))
    with vault.session() as s, pytest.raises(SessionStateError) as caught:
        sch.delete_session(s, unfit.id)
    assert caught.value.reason == "has-records"
    assert unfit.id in by_id(sessions(vault, group.id)), "nothing deleted"


def test_saving_the_same_settings_changes_nothing(
    vault: vaults.Vault, directory: Directory
) -> None:
    closures = (
        Closure(dt.date(2026, 4, 13), dt.date(2026, 4, 19)),
        Closure(dt.date(2026, 3, 9), dt.date(2026, 3, 11)),
    )
    spec = group_spec(directory, weekly(closures=closures))
    group = create(vault, spec).group
    before = sessions(vault, group.id)
    same = dataclasses.replace(
        spec,
        name=" Mardis ",
        facilitator_ids=tuple(reversed(spec.facilitator_ids)) + spec.facilitator_ids[:1],
        recurrence=weekly(closures=(*reversed(closures), closures[0])),
    )
    change = update(vault, group.id, same)
    assert change == series.SeriesChange(group=group)
    assert sessions(vault, group.id) == before


def test_a_name_change_grows_only_the_groups_revision(
    vault: vaults.Vault, directory: Directory
) -> None:
    group = create(vault, group_spec(directory)).group
    before = sessions(vault, group.id)
    change = update(vault, group.id, group_spec(directory, name="Mardis soir"))
    assert change.group.revision == 1
    assert change.group.uid == group.uid
    assert change.updated == ()
    assert sessions(vault, group.id) == before
    second = update(vault, group.id, group_spec(directory, name="Mardis du soir"))
    assert second.group.revision == 2


def test_new_facilitators_reach_every_occurrence_except_hand_picked_ones(
    vault: vaults.Vault, directory: Directory
) -> None:
    a, b, c, d = directory.facilitators
    group = create(vault, group_spec(directory)).group
    first = sessions(vault, group.id)
    with vault.session() as s:
        sch.move_session(s, first[0].id, paris(dt.date(2026, 3, 4)), paris(dt.date(2026, 3, 4), 20))
        sch.change_session_facilitators(s, first[1].id, [c])
    update(vault, group.id, group_spec(directory, facilitator_ids=(a, d)))
    after = sessions(vault, group.id)
    assert after[0].facilitator_ids == (a, d)
    assert after[0].moved
    assert after[0].start == paris(dt.date(2026, 3, 4))
    assert after[1].facilitator_ids == (c,)
    assert after[1].facilitators_edited
    assert {i.facilitator_ids for i in after[2:]} == {(a, d)}
    assert not any(i.facilitators_edited for i in after[2:])
    assert b not in {f for i in after for f in i.facilitator_ids}


def test_a_new_room_reaches_unedited_occurrences(vault: vaults.Vault, directory: Directory) -> None:
    group = create(vault, group_spec(directory)).group
    first = sessions(vault, group.id)
    with vault.session() as s:
        sch.change_session_room(s, first[0].id, None)
    update(vault, group.id, group_spec(directory, room_id=directory.small_room))
    after = sessions(vault, group.id)
    assert after[0].room_id is None
    assert after[0].room_edited
    assert {i.room_id for i in after[1:]} == {directory.small_room}


def test_changes_apply_from_effective_from(vault: vaults.Vault, directory: Directory) -> None:
    group = create(vault, group_spec(directory)).group
    update(
        vault,
        group.id,
        group_spec(directory, weekly(at=dt.time(17, 0))),
        effective_from=paris(dt.date(2026, 3, 25), 0),
    )
    after = sessions(vault, group.id)
    assert [i.start for i in after[:4]] == [paris(d) for d in TUESDAYS[:4]]
    assert {i.revision for i in after[:4]} == {0}
    assert [i.start for i in after[4:]] == [paris(d, 17) for d in TUESDAYS[4:]]


def test_a_session_under_way_is_not_moved_by_a_series_edit(
    vault: vaults.Vault, directory: Directory
) -> None:
    group = create(vault, group_spec(directory)).group
    # At 18:30 on 3 March the first session has started; the new time (19:00) is later.
    update(
        vault,
        group.id,
        group_spec(directory, weekly(at=dt.time(19, 0))),
        effective_from=paris(TUESDAYS[0], 18, 30),
    )
    after = sessions(vault, group.id)
    assert len(after) == 10
    assert after[0].start == paris(TUESDAYS[0])
    assert [i.start for i in after[1:]] == [paris(d, 19) for d in TUESDAYS[1:]]


def test_held_sessions_are_never_rewritten(vault: vaults.Vault, directory: Directory) -> None:
    group = create(vault, group_spec(directory)).group
    first = sessions(vault, group.id)
    with vault.session() as s:
        held = sch.mark_held(s, first[0].id, now=paris(TUESDAYS[0], 20))
    update(vault, group.id, group_spec(directory, weekly(at=dt.time(9, 0))))
    after = sessions(vault, group.id)
    assert after[0] == held
    assert {i.start.astimezone(PARIS).hour for i in after[1:]} == {9}


def test_a_longer_or_shorter_cycle_adds_or_removes_sessions_at_the_end(
    vault: vaults.Vault, directory: Directory
) -> None:
    group = create(vault, group_spec(directory)).group
    longer = update(vault, group.id, group_spec(directory, weekly(count=12)))
    assert [i.start for i in longer.created] == [
        paris(dt.date(2026, 5, 12)),
        paris(dt.date(2026, 5, 19)),
    ]
    assert longer.updated == ()
    last = sessions(vault, group.id)[-1]
    with vault.session() as s:
        sch.cancel_session(s, last.id, "Fin anticipée")
    shorter = update(vault, group.id, group_spec(directory, weekly(count=10)))
    assert [i.start for i in shorter.deleted] == [paris(dt.date(2026, 5, 12))]
    assert [i.id for i in shorter.unfitting] == [last.id]
    assert len(sessions(vault, group.id)) == 11


def test_moving_back_to_the_rule_time_makes_a_session_follow_again(
    vault: vaults.Vault, directory: Directory
) -> None:
    group = create(vault, group_spec(directory)).group
    first = sessions(vault, group.id)[0]
    with vault.session() as s:
        away = sch.move_session(s, first.id, paris(TUESDAYS[0], 10), paris(TUESDAYS[0], 11))
        back = sch.move_session(s, first.id, first.start, first.end)
    assert away.moved
    assert not back.moved
    assert back.revision == 2
    update(vault, group.id, group_spec(directory, weekly(at=dt.time(17, 0))))
    assert sessions(vault, group.id)[0].start == paris(TUESDAYS[0], 17)


def test_inactive_facilitators_already_on_the_group_may_stay(
    vault: vaults.Vault, directory: Directory
) -> None:
    a, b, c, _ = directory.facilitators
    group = create(vault, group_spec(directory)).group
    with vault.session() as s:
        info = programme.get_facilitator(s, b)
        programme.update_facilitator(s, b, dataclasses.replace(info.spec, active=False))
    renamed = update(vault, group.id, group_spec(directory, name="Mardis soir"))
    assert renamed.group.spec.facilitator_ids == (a, b)
    first, second = sessions(vault, group.id)[:2]
    with vault.session() as s:
        kept = sch.change_session_facilitators(s, first.id, [b])
        sch.change_session_facilitators(s, second.id, [c])
    assert kept.facilitator_ids == (b,)
    with vault.session() as s, pytest.raises(InactiveError):
        sch.change_session_facilitators(s, second.id, [c, b])


# ---------------------------------------------------------------- validation


def invalid_group_specs(d: Directory) -> list[tuple[records.GroupSpec, type[ValidationError], str]]:
    a, b, c, _ = d.facilitators
    return [
        (
            group_spec(d, weekly(start=dt.date(2026, 3, 2), end=dt.date(2026, 2, 1))),
            EndBeforeStartError,
            "end_date",
        ),
        (group_spec(d, capacity_min=9, capacity_max=8), CapacityRangeError, "capacity_min"),
        (group_spec(d, capacity_min=0), OutOfRangeError, "capacity_min"),
        (group_spec(d, capacity_max=31), OutOfRangeError, "capacity_max"),
        (group_spec(d, facilitator_ids=(a, 999)), NotFoundError, "facilitator_ids"),
        (group_spec(d, facilitator_ids=(a, a)), TooFewFacilitatorsError, "facilitator_ids"),
        (
            group_spec(
                d,
                weekly(
                    end=dt.date(2026, 4, 30),
                    closures=(Closure(dt.date(2026, 3, 1), dt.date(2026, 5, 1)),),
                ),
            ),
            EmptyRuleError,
            "recurrence",
        ),
        (group_spec(d, room_id=999), NotFoundError, "room_id"),
        (group_spec(d, action_id=d.training), WrongActionKindError, "action_id"),
        (group_spec(d, action_id=999), NotFoundError, "action_id"),
        (group_spec(d, name="  "), RequiredError, "name"),
        (group_spec(d, facilitator_ids=(b, c), name="x" * 201), TooLongError, "name"),
    ]


def test_each_invalid_group_is_a_typed_error_and_writes_nothing(
    vault: vaults.Vault, directory: Directory
) -> None:
    cases = invalid_group_specs(directory)
    assert len(cases) == 12
    with vault.session() as s:
        before = counts(s)
        for spec, error, field in cases:
            with pytest.raises(error) as caught:
                series.create_group(s, spec)
            assert caught.value.field == field, error
            assert caught.value.code == error.code
        assert counts(s) == before
    assert before["talk_group"] == 0


def test_an_invalid_edit_leaves_the_group_and_its_sessions_as_they_were(
    vault: vaults.Vault, directory: Directory
) -> None:
    group = create(vault, group_spec(directory)).group
    before = sessions(vault, group.id)
    with vault.session() as s:
        for spec, error, _field in invalid_group_specs(directory):
            with pytest.raises(error):
                series.update_group(s, group.id, spec, effective_from=LONG_AGO)
        assert records.get_group(s, group.id) == group
        assert records.list_sessions(s, group_id=group.id) == before


def test_an_inactive_facilitator_cannot_be_added(vault: vaults.Vault, directory: Directory) -> None:
    a, _b, c, _ = directory.facilitators
    with vault.session() as s:
        info = programme.get_facilitator(s, c)
        programme.update_facilitator(s, c, dataclasses.replace(info.spec, active=False))
    with vault.session() as s, pytest.raises(InactiveError) as caught:
        series.create_group(s, group_spec(directory, facilitator_ids=(a, c)))
    assert caught.value.ids == (c,)


def test_naive_effective_from_is_refused(vault: vaults.Vault, directory: Directory) -> None:
    group = create(vault, group_spec(directory)).group
    with vault.session() as s, pytest.raises(NaiveDateTimeError):
        series.update_group(
            s, group.id, group_spec(directory, name="X"), effective_from=dt.datetime(2026, 1, 1)
        )
    with vault.session() as s:
        assert records.get_group(s, group.id).spec.name == "Mardis"


# ---------------------------------------------------------------- one session


def test_each_change_to_a_session_grows_its_revision_once(
    vault: vaults.Vault, directory: Directory
) -> None:
    a, b, c, _ = directory.facilitators
    group = create(vault, group_spec(directory)).group
    target = sessions(vault, group.id)[0]
    day = TUESDAYS[0]
    with vault.session() as s:
        steps = [
            sch.move_session(s, target.id, paris(day, 14), paris(day, 16)),
            sch.move_session(s, target.id, paris(day, 14), paris(day, 16)),
            sch.change_session_room(s, target.id, directory.small_room),
            sch.change_session_room(s, target.id, directory.small_room),
            sch.change_session_facilitators(s, target.id, [c, a]),
            sch.change_session_facilitators(s, target.id, [a, c, a]),
            sch.cancel_session(s, target.id, "Neige"),
            sch.cancel_session(s, target.id, "Neige"),
            sch.cancel_session(s, target.id, "Neige et verglas"),
            sch.reinstate_session(s, target.id),
        ]
    assert [i.revision for i in steps] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 6]
    final = steps[-1]
    assert (final.moved, final.room_edited, final.facilitators_edited) == (True, True, True)
    assert final.status is SessionStatus.PLANNED
    assert final.cancel_reason is None
    assert final.facilitator_ids == (a, c)
    with vault.session() as s:
        restored = sch.change_session_facilitators(s, target.id, [b, a])
        restored = sch.change_session_room(s, target.id, directory.room)
    assert (restored.facilitators_edited, restored.room_edited) == (False, False)
    assert restored.revision == 8


@pytest.mark.parametrize(
    ("start", "end", "error"),
    [
        (dt.datetime(2026, 3, 3, 18), dt.datetime(2026, 3, 3, 19), NaiveDateTimeError),
        (paris(TUESDAYS[0], 19), paris(TUESDAYS[0], 18), EndBeforeStartError),
        (paris(TUESDAYS[0], 18), paris(TUESDAYS[0], 18), EndBeforeStartError),
        (paris(TUESDAYS[0], 18), paris(TUESDAYS[1], 18, 1), OutOfRangeError),
    ],
)
def test_an_invalid_move_is_refused(
    vault: vaults.Vault,
    directory: Directory,
    start: dt.datetime,
    end: dt.datetime,
    error: type[ValidationError],
) -> None:
    group = create(vault, group_spec(directory)).group
    target = sessions(vault, group.id)[0]
    with vault.session() as s, pytest.raises(error):
        sch.move_session(s, target.id, start, end)
    assert sessions(vault, group.id)[0] == target


def test_status_rules(vault: vaults.Vault, directory: Directory) -> None:
    group = create(vault, group_spec(directory)).group
    first = sessions(vault, group.id)[0]
    with vault.session() as s:
        with pytest.raises(RequiredError):
            sch.set_session_status(s, first.id, SessionStatus.CANCELLED)
        with pytest.raises(RequiredError):
            sch.cancel_session(s, first.id, "   ")
        with pytest.raises(NotApplicableError):
            sch.set_session_status(s, first.id, SessionStatus.PLANNED, "raison")
        with pytest.raises(SessionStateError) as caught:
            sch.mark_held(s, first.id, now=paris(TUESDAYS[0], 17, 59))
        assert caught.value.reason == "not-started"
        held = sch.mark_held(s, first.id, now=paris(TUESDAYS[0], 18))
        with pytest.raises(SessionStateError) as moving:
            sch.move_session(s, first.id, paris(TUESDAYS[0], 9), paris(TUESDAYS[0], 10))
        assert moving.value.reason == "held"
        with pytest.raises(SessionStateError):
            sch.delete_session(s, first.id)
        with pytest.raises(NotFoundError):
            sch.cancel_session(s, 999_999, "x")
    assert held.status is SessionStatus.HELD
    assert held.edited
    with vault.session() as s:
        cancelled = sch.cancel_session(s, sessions(vault, group.id)[1].id, "Fermeture")
        with pytest.raises(SessionStateError) as caught_move:
            sch.move_session(s, cancelled.id, paris(TUESDAYS[1], 9), paris(TUESDAYS[1], 10))
    assert caught_move.value.reason == "cancelled"


def test_extra_sessions_take_the_groups_defaults_and_survive_series_edits(
    vault: vaults.Vault, directory: Directory
) -> None:
    _a, _b, c, _ = directory.facilitators
    group = create(vault, group_spec(directory)).group
    day = dt.date(2026, 3, 6)
    with vault.session() as s:
        extra = sch.add_extra_session(s, group.id, paris(day, 10), paris(day, 12))
        other = sch.add_extra_session(
            s, group.id, paris(day, 14), paris(day, 15), facilitator_ids=[c], room_id=None
        )
    assert extra.is_extra
    assert not extra.edited
    assert extra.original_start is None
    assert extra.facilitator_ids == directory.facilitators[:2]
    assert extra.room_id == directory.room
    assert (other.facilitator_ids, other.room_id) == ((c,), None)
    change = update(vault, group.id, group_spec(directory, weekly(weekday=3, at=dt.time(9, 0))))
    assert extra.id not in {i.id for i in change.deleted + change.updated + change.unfitting}
    with vault.session() as s:
        assert records.get_session(s, extra.id) == extra
        calendar = series.series_calendar(s, group.id)
        sch.delete_session(s, other.id)
        with pytest.raises(NotFoundError):
            records.get_session(s, other.id)
    assert {extra, other} <= set(calendar.standalone)


def test_action_sessions_belong_to_actions_other_than_talk_groups(
    vault: vaults.Vault, directory: Directory
) -> None:
    a = directory.facilitators[0]
    day = dt.date(2026, 3, 12)
    with vault.session() as s:
        training = sch.add_action_session(
            s, directory.training, paris(day, 9), paris(day, 17), room_id=directory.room
        )
        staffed = sch.add_action_session(
            s, directory.training, paris(day, 9), paris(day, 12), facilitator_ids=[a]
        )
        with pytest.raises(WrongActionKindError):
            sch.add_action_session(s, directory.action, paris(day, 9), paris(day, 12))
        with pytest.raises(NotFoundError):
            sch.add_action_session(s, 999, paris(day, 9), paris(day, 12))
    assert training.action_id == directory.training
    assert training.group_id is None
    assert training.facilitator_ids == ()
    assert staffed.facilitator_ids == (a,)
    create(vault, group_spec(directory))
    with vault.session() as s:
        of_training = records.list_sessions(s, action_id=directory.training)
        of_groups = records.list_sessions(s, action_id=directory.action)
    assert of_training == (training, staffed)
    assert len(of_groups) == 10
    assert {i.action_id for i in of_groups} == {directory.action}


def test_list_sessions_filters(vault: vaults.Vault, directory: Directory) -> None:
    a, _b, c, _ = directory.facilitators
    group = create(vault, group_spec(directory)).group
    first = sessions(vault, group.id)
    with vault.session() as s:
        sch.change_session_facilitators(s, first[5].id, [c])
        sch.change_session_room(s, first[6].id, directory.small_room)
        window = records.list_sessions(s, start=paris(TUESDAYS[1], 19), end=paris(TUESDAYS[3], 18))
        with_a = records.list_sessions(s, facilitator_id=a)
        with_c = records.list_sessions(s, facilitator_id=c)
        small = records.list_sessions(s, room_id=directory.small_room)
    # 10 March 18:00-19:30 overlaps from 19:00; 24 March starts at the window's end.
    assert [i.start for i in window] == [paris(TUESDAYS[1]), paris(TUESDAYS[2])]
    assert len(with_a) == 9
    assert [i.id for i in with_c] == [first[5].id]
    assert [i.id for i in small] == [first[6].id]


def test_instants_are_stored_in_utc_and_read_back_aware(
    vault: vaults.Vault, directory: Directory
) -> None:
    group = create(vault, group_spec(directory)).group
    with vault.session() as s:
        stored = s.execute(select(ProgrammeSession.starts_at).limit(1)).scalar_one()
    assert stored == paris(TUESDAYS[0]).astimezone(dt.UTC)
    assert stored.tzinfo is dt.UTC
    assert sessions(vault, group.id)[0].start.utcoffset() == dt.timedelta(0)


def test_an_action_with_sessions_keeps_its_kind(vault: vaults.Vault, directory: Directory) -> None:
    create(vault, group_spec(directory))
    day = dt.date(2026, 3, 3)
    with vault.session() as s:
        sch.add_action_session(s, directory.training, paris(day, 9), paris(day, 12))
    with vault.session() as s:
        talk = programme.get_action(s, directory.action)
        training = programme.get_action(s, directory.training)
        with pytest.raises(InUseError) as caught:
            programme.update_action(
                s, talk.id, dataclasses.replace(talk.spec, kind=ActionKind.TRAINING)
            )
        assert caught.value.used_by == "talk_group"
        with pytest.raises(InUseError) as again:
            programme.update_action(
                s, training.id, dataclasses.replace(training.spec, kind=ActionKind.TALK_GROUP)
            )
        assert again.value.used_by == "session"
        assert s.get(Action, talk.id).kind == "talk_group"  # type: ignore[union-attr]


# ---------------------------------------------------------------- calendar view


def test_series_calendar_has_the_rule_its_exceptions_and_its_extras(
    vault: vaults.Vault, directory: Directory
) -> None:
    # Thursdays of May 2026: 14 May is Ascension Day.
    rule = weekly(
        start=dt.date(2026, 5, 1),
        weekday=3,
        end=dt.date(2026, 5, 31),
        holidays=HolidayCalendar.METROPOLE,
    )
    group = create(vault, group_spec(directory, rule)).group
    first = sessions(vault, group.id)
    assert [i.start for i in first] == [paris(dt.date(2026, 5, d)) for d in (7, 21, 28)]
    with vault.session() as s:
        moved = sch.move_session(
            s, first[1].id, paris(dt.date(2026, 5, 22)), paris(dt.date(2026, 5, 22), 19, 30)
        )
        cancelled = sch.cancel_session(s, first[2].id, "Pont")
        extra = sch.add_extra_session(
            s, group.id, paris(dt.date(2026, 5, 30), 10), paris(dt.date(2026, 5, 30), 12)
        )
        calendar = series.series_calendar(s, group.id)
    assert (calendar.uid, calendar.revision, calendar.name) == (group.uid, 0, "Mardis")
    assert calendar.timezone == "Europe/Paris"
    assert calendar.dtstart == paris(dt.date(2026, 5, 7))
    assert calendar.duration == dt.timedelta(minutes=90)
    assert calendar.rrule == "FREQ=WEEKLY;BYDAY=TH;UNTIL=20260531T160000Z"
    assert calendar.exdates == (paris(dt.date(2026, 5, 14)),)
    assert calendar.overrides == (moved, cancelled)
    assert calendar.standalone == (extra,)
    assert calendar.room_id == directory.room
    assert calendar.facilitator_ids == directory.facilitators[:2]
    # Expanding the written rule minus its EXDATEs gives back every occurrence's id.
    instances = [i.astimezone(dt.UTC) for i in rrulestr(calendar.rrule, dtstart=calendar.dtstart)]
    kept = [i for i in instances if i not in {e.astimezone(dt.UTC) for e in calendar.exdates}]
    assert kept == [i.original_start for i in first]
