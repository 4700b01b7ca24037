"""The grouped readers of attendance_totals agree with the line-by-line ones.

The reports read registers through :func:`session_presence`, :func:`monthly_presence`
and :func:`people_present`, which add up in SQL; :func:`attendance_counts` and
:func:`present_lines` return a row per combination and per line. Over random
programmes (sessions close to midnight included, so that local months differ from
UTC ones), a partial purge and a random period, both give the same numbers.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.attendance.test_retention import attributes
from tests.scheduling.conftest import empty_programme, make_directory, weekly
from vpi_groups.attendance import registers as att
from vpi_groups.attendance import retention, totals
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.scheduling import records, series
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    AgeBand,
    AttendanceStatus,
    Gender,
    PeriodKind,
    ProgrammeSession,
    ReferralSource,
)

PARIS = totals.PARIS
TIMES = (dt.time(0), dt.time(0, 15), dt.time(9), dt.time(18), dt.time(23, 45))
ONE = ParticipantAttributes(AgeBand.UNDER_18, Gender.WOMAN, ReferralSource.POLICE)
FIRSTS = [dt.date(y, m, 1) for y in (2024, 2025) for m in range(1, 13)]


@dataclass(frozen=True)
class Spec:
    """Groups (first day, time of day, sessions), people, and a register mark per slot."""

    groups: list[tuple[dt.date, dt.time, int]]
    people: list[ParticipantAttributes]
    marks: list[AttendanceStatus | None]


@st.composite
def programmes(draw: st.DrawFn) -> Spec:
    groups = draw(
        st.lists(
            st.tuples(
                st.one_of(
                    st.sampled_from(FIRSTS), st.dates(dt.date(2024, 1, 1), dt.date(2025, 12, 31))
                ),
                st.sampled_from(TIMES),
                st.integers(1, 8),
            ),
            min_size=1,
            max_size=3,
        )
    )
    people = draw(st.lists(attributes, min_size=1, max_size=6))
    slots = sum(n for _d, _t, n in groups) * len(people)
    marks = draw(
        st.lists(
            st.sampled_from([None, *AttendanceStatus, AttendanceStatus.PRESENT]),
            min_size=slots,
            max_size=slots,
        )
    )
    return Spec(groups, people, marks)


def _build(vault: vaults.Vault, spec: Spec) -> None:
    empty_programme(vault)
    directory = make_directory(vault)
    marks = iter(spec.marks)
    with vault.session() as s:
        people = [att.create_participant(s, a).id for a in spec.people]
        for number, (start, at, count) in enumerate(spec.groups):
            change = series.create_group(
                s,
                records.GroupSpec(
                    f"G{number}",
                    directory.action,
                    directory.facilitators[:2],
                    weekly(start, weekday=start.weekday(), at=at, count=count),
                    is_open=True,
                ),
            )
            for occurrence in change.created:
                statuses = {pid: mark for pid in people if (mark := next(marks)) is not None}
                if statuses:
                    att.record_attendance(s, occurrence.id, statuses)


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=PARIS).astimezone(dt.UTC)


def _months(start: dt.date, end: dt.date) -> list[totals.MonthBounds]:
    """The local months of [start, end] (days), clipped, numbered year * 12 + month."""
    out = []
    first = start.replace(day=1)
    while first <= end:
        following = totals.next_period(PeriodKind.MONTH, first)
        out.append(
            totals.MonthBounds(
                first.year * 12 + first.month - 1,
                _local_midnight(max(first, start)),
                _local_midnight(min(following, end + dt.timedelta(days=1))),
            )
        )
        first = following
    return out


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    spec=programmes(),
    start=st.one_of(st.sampled_from(FIRSTS), st.dates(dt.date(2024, 1, 1), dt.date(2025, 12, 31))),
    days=st.integers(0, 730),
    purge=st.booleans(),
)
@example(  # a purged person's line inside the period: the folded rows must count
    spec=Spec([(dt.date(2024, 1, 1), dt.time(0), 1)], [ONE], [AttendanceStatus.PRESENT]),
    start=dt.date(2024, 1, 1),
    days=0,
    purge=True,
)
@example(  # a session at local midnight on the 1st belongs to that month only
    spec=Spec([(dt.date(2024, 3, 1), dt.time(0), 1)], [ONE], [AttendanceStatus.PRESENT]),
    start=dt.date(2024, 2, 1),
    days=60,
    purge=False,
)
def test_grouped_readers_agree_with_line_readers(
    shared_vault: vaults.Vault, spec: Spec, start: dt.date, days: int, purge: bool
) -> None:
    _build(shared_vault, spec)
    end = start + dt.timedelta(days=days)
    begin, finish = _local_midnight(start), _local_midnight(end + dt.timedelta(days=1))
    with shared_vault.session() as s:
        if purge:  # folds those last seen before 2025: live and folded rows both count
            retention.purge(s, months=12, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        counts = totals.attendance_counts(s, begin, finish)
        lines = totals.present_lines(s)
        presence = totals.session_presence(s, begin, finish, by_attributes=True)
        monthly = totals.monthly_presence(s, _months(start, end))
        monthly_lines = totals.monthly_lines(s, _months(start, end))
        by_month = totals.monthly_attribute_presence(s, _months(start, end))
        others = totals.monthly_attribute_presence(s, _months(start, end), live_talk_groups=False)
        people = totals.people_present(s, begin, finish)
        session_starts = {
            sid: starts
            for sid, starts in s.execute(select(ProgrammeSession.id, ProgrammeSession.starts_at))
        }

    present: Counter[int] = Counter()
    by_age: Counter[tuple[int, str]] = Counter()
    by_referral: Counter[tuple[int, str]] = Counter()
    by_gender: Counter[tuple[int, str]] = Counter()
    for (sid, status, age, gender, referral), n in counts.items():
        if status is AttendanceStatus.PRESENT:
            present[sid] += n
            by_age[sid, age.value] += n
            by_referral[sid, referral.value] += n
            by_gender[sid, gender.value] += n
    assert presence.recorded == {key[0] for key in counts}
    assert presence.present == dict(present)
    assert presence.present_by_age == dict(by_age)
    assert presence.present_by_referral == dict(by_referral)
    assert presence.present_by_gender == dict(by_gender)

    inside = [line for line in lines if begin <= line.starts_at < finish]
    expected_monthly = {
        (
            line.participant_id,
            (day := totals.local_day(line.starts_at)).year * 12 + day.month - 1,
            line.group_id,
            line.action_id,
        )
        for line in inside
    }
    assert len(monthly) == len(set(monthly)), "one row per person, month and group"
    assert set(monthly) == expected_monthly
    line_counts: Counter[tuple[int, int, int, int]] = Counter()
    for line in inside:
        day = totals.local_day(line.starts_at)
        line_counts[
            line.participant_id, day.year * 12 + day.month - 1, line.group_id, line.action_id
        ] += 1
    assert sorted(monthly_lines) == sorted((*key, n) for key, n in line_counts.items())
    assert [row[:4] for row in monthly_lines] == [tuple(row) for row in monthly]

    # per month and attribute: every present line (live and folded), as per session above
    def monthly_sums(detail: dict[tuple[int, str], int]) -> dict[tuple[int, str], int]:
        sums: Counter[tuple[int, str]] = Counter()
        for (sid, code), n in detail.items():
            day = totals.local_day(session_starts[sid])
            sums[day.year * 12 + day.month - 1, code] += n
        return dict(sums)

    assert by_month.by_age == monthly_sums(presence.present_by_age)
    assert by_month.by_referral == monthly_sums(presence.present_by_referral)
    assert by_month.by_gender == monthly_sums(presence.present_by_gender)
    # without the live lines of talk groups, monthly_lines holds the rest
    ages = {line.participant_id: line.attributes[0].value for line in lines}
    rest: Counter[tuple[int, str]] = Counter(others.by_age)
    for pid, month, _group, _action, n in monthly_lines:
        rest[month, ages[pid]] += n
    assert {key: n for key, n in rest.items() if n} == by_month.by_age

    earliest: dict[int, dt.datetime] = {}
    for line in lines:
        earliest[line.participant_id] = min(
            line.starts_at, earliest.get(line.participant_id, line.starts_at)
        )
    assert people == {
        line.participant_id: (
            earliest[line.participant_id],
            line.attributes[0].value,
            line.attributes[2].value,
            line.attributes[1].value,
        )
        for line in inside
    }


def test_without_materialized_ctes_the_months_are_the_same(
    shared_vault: vaults.Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite before 3.35 has no MATERIALIZED: the query without it gives the same rows."""
    spec = Spec(
        [(dt.date(2024, 1, 31), dt.time(23, 45), 3), (dt.date(2024, 2, 1), dt.time(0), 2)],
        [ONE, ONE],
        [AttendanceStatus.PRESENT, AttendanceStatus.ABSENT] * 5,
    )
    _build(shared_vault, spec)
    months = _months(dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    with shared_vault.session() as s:
        recent = sorted(totals.monthly_presence(s, months))
        monkeypatch.setattr(s.get_bind().dialect, "server_version_info", (3, 34, 1))
        older = sorted(totals.monthly_presence(s, months))
    assert recent == older
    assert {row.month for row in recent} == {2024 * 12, 2024 * 12 + 1}
