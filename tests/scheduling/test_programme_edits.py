"""Deleting and continuing groups, undoing a renewal, and the pure date helpers they use."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from tests.scheduling.conftest import Directory, weekly
from vpi_groups.attendance import registers
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import agenda, conflicts, records, recurrence, series
from vpi_groups.scheduling.checks import outside_year
from vpi_groups.scheduling.recurrence import Closure
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    Action,
    Frequency,
    GroupClosure,
    GroupFacilitator,
    HolidayCalendar,
    ProgrammeSession,
    ReviewStatus,
    SessionFacilitator,
    TalkGroup,
)
from vpi_groups.validation import InUseError, NotFoundError, SessionStateError

PARIS = ZoneInfo("Europe/Paris")


def _group(vault: vaults.Vault, directory: Directory, name: str, **rule: object) -> int:
    with vault.session() as s:
        spec = records.GroupSpec(
            name,
            directory.action,
            directory.facilitators[:2],
            weekly(**rule),  # type: ignore[arg-type]
            room_id=directory.room,
        )
        return series.create_group(s, spec).group.id


# ---------------------------------------------------------------- pure helpers


def test_next_term_starts_on_the_rules_weekday_in_the_following_quarter() -> None:
    # Tuesdays from 5 January 2027 (first quarter): the next quarter opens on Thursday
    # 1 April 2027, whose first Tuesday is 6 April.
    rule = weekly(
        dt.date(2027, 1, 5),
        end=dt.date(2027, 3, 9),
        closures=(Closure(dt.date(2027, 2, 15), dt.date(2027, 2, 19)),),
    )
    moved = recurrence.next_term(rule)
    assert moved.start_date == dt.date(2027, 4, 6)
    assert moved.end_date == dt.date(2027, 3, 9) + (dt.date(2027, 4, 6) - dt.date(2027, 1, 5))
    assert moved.closures == (), "a closure before the new start no longer applies"
    assert (moved.weekday, moved.start_time, moved.duration_minutes) == (1, rule.start_time, 90)


def test_next_term_after_the_last_quarter_is_january() -> None:
    rule = dataclasses.replace(
        weekly(dt.date(2026, 11, 3)), frequency=Frequency.MONTHLY_NTH, nth=2, weekday=3
    )
    moved = recurrence.next_term(rule)
    assert moved.start_date == dt.date(2027, 1, 1), "a monthly rule finds its own day"
    assert moved.count == rule.count


def test_a_rule_a_year_later_keeps_its_days_and_29_february_becomes_the_28th() -> None:
    rule = weekly(
        dt.date(2028, 2, 29),
        end=dt.date(2028, 6, 30),
        closures=(Closure(dt.date(2028, 4, 10), dt.date(2028, 4, 21)),),
    )
    later = recurrence.shifted_by_years(rule, 1)
    assert later.start_date == dt.date(2029, 2, 28)
    assert later.end_date == dt.date(2029, 6, 30)
    assert later.closures == (Closure(dt.date(2029, 4, 10), dt.date(2029, 4, 21)),)


def test_outside_year_reads_the_local_day() -> None:
    # 31 December 2026 at 23:30 in Paris is still 2026 there, though 22:30 UTC.
    late = dt.datetime(2026, 12, 31, 23, 30, tzinfo=PARIS)
    january = dt.datetime(2027, 1, 5, 18, 0, tzinfo=PARIS)
    december = dt.datetime(2026, 12, 1, 18, 0, tzinfo=PARIS)
    assert outside_year([january, late, december], 2026, PARIS) == (january,)
    assert outside_year([january, late, december], 2027, PARIS) == (december, late)


def test_holiday_names_come_in_the_language_asked() -> None:
    french = recurrence.holiday_names(HolidayCalendar.METROPOLE, 2026, "fr")
    english = recurrence.holiday_names(HolidayCalendar.METROPOLE, 2026, "en")
    assert french[dt.date(2026, 12, 25)] == "Noël"
    assert english[dt.date(2026, 12, 25)] == "Christmas Day"
    alsace = recurrence.holiday_names(HolidayCalendar.ALSACE_MOSELLE, 2026, "fr")
    assert dt.date(2026, 12, 26) in alsace
    assert dt.date(2026, 12, 26) not in french


# ---------------------------------------------------------------- deleting a group


def test_a_group_that_never_ran_is_deleted_whole(vault: vaults.Vault, directory: Directory) -> None:
    group_id = _group(
        vault,
        directory,
        "À supprimer",
        closures=(Closure(dt.date(2026, 4, 13), dt.date(2026, 4, 24)),),
    )
    kept = _group(vault, directory, "À garder", weekday=3)
    with vault.session() as s:
        footprint = series.group_footprint(s, group_id)
        assert (footprint.name, footprint.sessions, footprint.kept) == ("À supprimer", 10, ())
        series.delete_group(s, group_id)
    with vault.session() as s:
        assert s.get(TalkGroup, group_id) is None
        for table in (GroupFacilitator, GroupClosure, ProgrammeSession):
            rows = s.scalar(
                select(func.count()).select_from(table).where(table.group_id == group_id)
            )
            assert rows == 0, table.__tablename__
        links = s.scalar(select(func.count()).select_from(SessionFacilitator))
        assert links == 2 * 10, "only the other group's bookings are left"
        assert [g.id for g in records.list_groups(s)] == [kept]


def test_a_group_with_attendance_is_not_deleted(vault: vaults.Vault, directory: Directory) -> None:
    group_id = _group(vault, directory, "A eu lieu")
    with vault.session() as s:
        third = records.list_sessions(s, group_id=group_id)[2]
        registers.set_headcount(s, third.id, 6)
    with vault.session() as s:
        assert series.group_footprint(s, group_id).kept == (third.id,)
        with pytest.raises(SessionStateError) as refused:
            series.delete_group(s, group_id)
        assert refused.value.session_id == third.id
    with vault.session() as s:
        assert len(records.list_sessions(s, group_id=group_id)) == 10


# ---------------------------------------------------------------- renewal and its undo


def test_renewed_groups_keep_their_rhythm_one_year_later(
    vault: vaults.Vault, directory: Directory
) -> None:
    _group(vault, directory, "Mardi", start=dt.date(2026, 3, 2), count=10)
    _group(vault, directory, "Jeudi", start=dt.date(2026, 3, 2), weekday=3, count=5)
    with vault.session() as s:
        renewal = programme.renew_action(s, directory.action)
        made = series.renew_groups(s, directory.action, renewal.id)
    assert [c.group.spec.name for c in made] == ["Jeudi", "Mardi"]
    assert [len(c.created) for c in made] == [5, 10]
    tuesday = made[1]
    # Tuesdays from 2 March 2027: the first is 2 March 2027, a Tuesday.
    assert tuesday.created[0].start.astimezone(PARIS) == dt.datetime(
        2027, 3, 2, 18, 0, tzinfo=PARIS
    )
    assert tuesday.group.spec.action_id == renewal.id
    assert tuesday.group.spec.facilitator_ids == directory.facilitators[:2]
    assert tuesday.group.spec.room_id == directory.room


def test_undoing_a_renewal_gives_the_action_back_its_review(
    vault: vaults.Vault, directory: Directory
) -> None:
    with vault.session() as s:
        before = programme.get_action(s, directory.action)
        renewal = programme.renew_action(s, directory.action)
    with vault.session() as s:
        restored = programme.cancel_renewal(
            s, directory.action, renewal.id, before.spec.review_status, before.spec.review_reason
        )
    assert restored == before
    with vault.session() as s:
        assert s.get(Action, renewal.id) is None
        assert programme.get_action(s, directory.action).spec.review_status is (
            ReviewStatus.PROPOSED
        )


def test_a_renewal_with_groups_left_is_not_undone(
    vault: vaults.Vault, directory: Directory
) -> None:
    _group(vault, directory, "Mardi")
    with vault.session() as s:
        renewal = programme.renew_action(s, directory.action)
        series.renew_groups(s, directory.action, renewal.id)
    with vault.session() as s, pytest.raises(InUseError) as refused:
        programme.cancel_renewal(s, directory.action, renewal.id, ReviewStatus.PROPOSED)
    assert refused.value.used_by == "talk_group"
    with vault.session() as s:
        other = programme.create_action(
            s, programme.ActionSpec("Autre", programme.ActionKind.TRAINING, 2026)
        )
    with vault.session() as s, pytest.raises(NotFoundError):
        programme.cancel_renewal(s, other.id, renewal.id, ReviewStatus.PROPOSED)


# ---------------------------------------------------------------- agenda words


def test_conflict_notes_name_the_other_booking(vault: vaults.Vault, directory: Directory) -> None:
    _group(vault, directory, "Mardi", count=2)
    with vault.session() as s:
        spec = records.GroupSpec(
            "Nouveau",
            directory.action,
            (directory.facilitators[0], directory.facilitators[2]),
            weekly(at=dt.time(18, 30), count=1),
        )
        change = series.create_group(s, spec)
        mine = frozenset(x.id for x in change.created)
        found = conflicts.find_conflicts(s, session_ids=mine)
        notes = agenda.conflict_notes(s, found, mine)
    assert [(n.kind.value, n.resource, n.other) for n in notes] == [("facilitator", "Awa", "Mardi")]
    assert notes[0].start.astimezone(PARIS) == dt.datetime(2026, 3, 3, 18, 30, tzinfo=PARIS)
    assert notes[0].end.astimezone(PARIS) == dt.datetime(2026, 3, 3, 19, 30, tzinfo=PARIS)


def test_day_marks_give_holidays_and_closures(vault: vaults.Vault, directory: Directory) -> None:
    closed = _group(
        vault,
        directory,
        "Mardi",
        start=dt.date(2026, 4, 7),
        closures=(Closure(dt.date(2026, 5, 12), dt.date(2026, 5, 13)),),
    )
    with vault.session() as s:
        marks = agenda.day_marks(s, dt.date(2026, 5, 11), dt.date(2026, 5, 18))
        only = agenda.day_marks(s, dt.date(2026, 5, 11), dt.date(2026, 5, 18), group_id=closed)
    # Ascension is Thursday 14 May 2026.
    assert [(m.day, m.kind.value, m.name) for m in marks] == [
        (dt.date(2026, 5, 12), "closure", "Mardi"),
        (dt.date(2026, 5, 13), "closure", "Mardi"),
        (dt.date(2026, 5, 14), "holiday", "Ascension"),
    ]
    assert [m.day for m in only] == [dt.date(2026, 5, 12), dt.date(2026, 5, 13)], (
        "the group skips no holiday: only its closures"
    )
