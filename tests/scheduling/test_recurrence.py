"""The recurrence engine against independent expansions, holidays and DST changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import holidays
import icalendar
import pytest
import recurring_ical_events
from dateutil.rrule import DAILY, MONTHLY, WEEKLY, rrule, rrulestr, weekdays
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.scheduling.conftest import weekly
from vpi_groups.scheduling import recurrence
from vpi_groups.scheduling.recurrence import Closure, Recurrence
from vpi_groups.storage.models import Frequency, HolidayCalendar
from vpi_groups.validation import (
    EmptyRuleError,
    EndBeforeStartError,
    InvalidChoiceError,
    InvalidValueError,
    NotApplicableError,
    OutOfRangeError,
    RequiredError,
    RuleTooLongError,
    UnknownTimeZoneError,
    ValidationError,
)

PARIS = ZoneInfo("Europe/Paris")
SUBDIVISIONS: dict[HolidayCalendar, tuple[str | None, ...]] = {
    HolidayCalendar.NONE: (),
    HolidayCalendar.METROPOLE: (None,),
    HolidayCalendar.ALSACE_MOSELLE: ("57", "6AE"),
}


# ---------------------------------------------------------------- an independent expansion


def holiday_dates(calendar: HolidayCalendar, years: range) -> set[dt.date]:
    days: set[dt.date] = set()
    for code in SUBDIVISIONS[calendar]:
        days.update(holidays.country_holidays("FR", subdiv=code, years=years).keys())
    return days


def independent(rule: Recurrence) -> list[dt.datetime]:
    """Expand the same rule another way: naive wall-clock times, then localise.

    Weekly rules start on the first chosen weekday on or after the start date (found
    with a DAILY rule); monthly ones from the start date. ``count`` counts the dates
    kept after skipping holidays and closures.
    """
    start = dt.datetime.combine(rule.start_date, rule.start_time)
    day = weekdays[rule.weekday]
    if rule.frequency is Frequency.WEEKLY:
        anchor = rrule(DAILY, dtstart=start, byweekday=day, count=1)[0]
        dates = rrule(WEEKLY, dtstart=anchor, interval=rule.interval, byweekday=day)
    else:
        assert rule.nth is not None
        dates = rrule(MONTHLY, dtstart=start, interval=rule.interval, byweekday=day(rule.nth))
    # Holiday tables fill in each year as it is looked up (count rules may run for decades).
    tables = [holidays.country_holidays("FR", subdiv=code) for code in SUBDIVISIONS[rule.holidays]]
    kept = (
        d
        for d in dates
        if not any(d.date() in table for table in tables)
        and not any(c.start <= d.date() <= c.end for c in rule.closures)
    )
    end = rule.end_date
    if end is not None:
        naive = list(itertools.takewhile(lambda d: d.date() <= end, kept))
    else:
        assert rule.count is not None
        naive = list(itertools.islice(kept, rule.count))
    return [d.replace(tzinfo=PARIS).astimezone(dt.UTC) for d in naive]


# ---------------------------------------------------------------- rules to try

times = st.builds(dt.time, st.integers(min_value=7, max_value=21), st.sampled_from([0, 15, 30, 45]))
days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2034, 12, 31))
closures = st.lists(
    st.builds(
        lambda start, length: Closure(start, start + dt.timedelta(days=length)),
        days,
        st.integers(min_value=0, max_value=40),
    ),
    max_size=3,
)


@st.composite
def rules(
    draw: st.DrawFn, calendars: tuple[HolidayCalendar, ...] = tuple(HolidayCalendar)
) -> Recurrence:
    frequency = draw(st.sampled_from(Frequency))
    start = draw(days)
    by_count = draw(st.booleans())
    if frequency is Frequency.WEEKLY:
        interval, nth = draw(st.integers(min_value=1, max_value=4)), None
    else:
        interval, nth = (
            draw(st.integers(min_value=1, max_value=3)),
            draw(st.sampled_from(recurrence.NTH_CHOICES)),
        )
    return Recurrence(
        frequency=frequency,
        weekday=draw(st.integers(min_value=0, max_value=6)),
        start_date=start,
        start_time=draw(times),
        duration_minutes=draw(st.integers(min_value=15, max_value=240)),
        end_date=None if by_count else start + dt.timedelta(days=draw(st.integers(0, 800))),
        count=draw(st.integers(min_value=1, max_value=60)) if by_count else None,
        interval=interval,
        nth=nth,
        holidays=draw(st.sampled_from(calendars)),
        closures=tuple(draw(closures)),
    )


# ---------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None)
@given(rules())
def test_occurrences_equal_an_independent_expansion(rule: Recurrence) -> None:
    expected = independent(rule)
    if not expected:
        with pytest.raises(EmptyRuleError):
            recurrence.expand(rule)
        return
    occurrences = recurrence.expand(rule)
    assert [o.start for o in occurrences] == expected
    assert all(o.end - o.start == dt.timedelta(minutes=rule.duration_minutes) for o in occurrences)
    assert [o.local_date for o in occurrences] == [d.astimezone(PARIS).date() for d in expected]


@settings(max_examples=100, deadline=None)
@given(
    rule=rules(),
    year=st.integers(min_value=2021, max_value=2033),
    day_of_year=st.integers(min_value=0, max_value=40),
)
def test_local_time_stays_the_same_across_both_dst_changes(
    rule: Recurrence, year: int, day_of_year: int
) -> None:
    # From January or early February (so that the first session comes before the March
    # change) to the end of the year (after the October change).
    first = dt.date(year, 1, 1) + dt.timedelta(days=day_of_year)
    rule = Recurrence(
        rule.frequency,
        rule.weekday,
        first,
        rule.start_time,
        rule.duration_minutes,
        end_date=dt.date(first.year, 12, 31),
        interval=rule.interval if rule.frequency is Frequency.WEEKLY else 1,
        nth=-1 if rule.nth == 5 else rule.nth,  # every month has one, before and after DST
    )
    occurrences = recurrence.expand(rule)
    local = [o.start.astimezone(PARIS) for o in occurrences]
    assert {t.time() for t in local} == {rule.start_time}
    assert {t.utcoffset() for t in local} == {dt.timedelta(hours=1), dt.timedelta(hours=2)}
    assert all(o.end - o.start == rule.duration for o in occurrences)


@settings(max_examples=150, deadline=None)
@given(rules(calendars=(HolidayCalendar.METROPOLE, HolidayCalendar.ALSACE_MOSELLE)))
@example(  # New Year's Day after the last kept Monday: skipped, and known as a holiday
    Recurrence(
        Frequency.WEEKLY,
        0,
        dt.date(2028, 7, 15),
        dt.time(7),
        15,
        end_date=dt.date(2029, 1, 1),
        holidays=HolidayCalendar.METROPOLE,
    )
)
def test_no_occurrence_on_a_public_holiday_when_skipping(rule: Recurrence) -> None:
    try:
        occurrences = recurrence.expand(rule)
    except EmptyRuleError:
        return
    # up to the rule's end: a skipped holiday may come after the last kept date
    last = max(occurrences[-1].local_date, rule.end_date or occurrences[-1].local_date)
    years = range(rule.start_date.year, last.year + 1)
    public = holiday_dates(rule.holidays, years)
    assert not [o.local_date for o in occurrences if o.local_date in public]
    # Without skipping, the same (date-bounded) rule has exactly the holidays back.
    if rule.end_date is not None and not rule.closures:
        plain = recurrence.expand(dataclasses.replace(rule, holidays=HolidayCalendar.NONE))
        dropped = {o.local_date for o in plain} - {o.local_date for o in occurrences}
        assert dropped == {o.local_date for o in plain if o.local_date in public}


@settings(max_examples=150, deadline=None)
@given(rules())
def test_rrule_text_with_its_exdates_gives_the_occurrences(rule: Recurrence) -> None:
    try:
        expansion = recurrence.expand_rule(rule)
    except EmptyRuleError:
        return
    instances = list(rrulestr(expansion.rrule, dtstart=expansion.dtstart))
    assert instances[0] == expansion.dtstart
    exdates = set(expansion.skipped)
    kept = [i.astimezone(dt.UTC) for i in instances if i not in exdates]
    assert kept == [o.start for o in expansion.occurrences]
    assert exdates <= set(instances)


@settings(max_examples=30, deadline=None)
@given(rules())
def test_a_calendar_reader_expands_the_written_series_to_the_same_sessions(
    rule: Recurrence,
) -> None:
    """Written with icalendar, read back by recurring-ical-events (another RFC 5545 reader)."""
    try:
        expansion = recurrence.expand_rule(rule)
    except EmptyRuleError:
        return
    event = icalendar.Event()
    event.add("uid", "series@test")
    event.add("dtstart", expansion.dtstart)
    event.add("duration", rule.duration)
    event.add("rrule", icalendar.vRecur.from_ical(expansion.rrule))
    if expansion.skipped:
        event.add("exdate", list(expansion.skipped))
    calendar = icalendar.Calendar()
    calendar.add_component(event)
    parsed = icalendar.Calendar.from_ical(calendar.to_ical())
    read = recurring_ical_events.of(parsed).between(
        dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1)
    )
    starts = sorted(e["DTSTART"].dt.astimezone(dt.UTC) for e in read)
    assert starts == [o.start for o in expansion.occurrences]


# ---------------------------------------------------------------- examples


def fridays_2026(calendar: HolidayCalendar) -> set[dt.date]:
    rule = weekly(
        weekday=4, start=dt.date(2026, 1, 2), end=dt.date(2026, 12, 31), holidays=calendar
    )
    return {o.local_date for o in recurrence.expand(rule)}


def test_christmas_is_skipped_and_alsace_moselle_adds_good_friday_and_26_december() -> None:
    plain = fridays_2026(HolidayCalendar.NONE)
    metro = fridays_2026(HolidayCalendar.METROPOLE)
    alsace = fridays_2026(HolidayCalendar.ALSACE_MOSELLE)
    # Public holidays on a Friday in 2026: 1 May, 8 May, 25 December; Good Friday
    # (3 April) only in Alsace-Moselle.
    assert len(plain) == 52
    assert plain - metro == {dt.date(2026, 5, 1), dt.date(2026, 5, 8), dt.date(2026, 12, 25)}
    assert plain - alsace == (plain - metro) | {dt.date(2026, 4, 3)}
    december = {"weekday": 5, "start": dt.date(2026, 12, 1), "end": dt.date(2026, 12, 31)}
    saturdays = recurrence.expand(weekly(**december))  # type: ignore[arg-type]
    alsace_saturdays = recurrence.expand(
        weekly(**december, holidays=HolidayCalendar.ALSACE_MOSELLE)  # type: ignore[arg-type]
    )
    assert {o.local_date for o in saturdays} - {o.local_date for o in alsace_saturdays} == {
        dt.date(2026, 12, 26)
    }


def test_public_holidays_lists_the_two_extra_days_of_alsace_moselle() -> None:
    metro = set(recurrence.public_holidays(HolidayCalendar.METROPOLE, 2026))
    alsace = set(recurrence.public_holidays(HolidayCalendar.ALSACE_MOSELLE, 2026))
    assert len(metro) == 11
    assert dt.date(2026, 7, 14) in metro
    assert alsace - metro == {dt.date(2026, 4, 3), dt.date(2026, 12, 26)}
    assert recurrence.public_holidays(HolidayCalendar.NONE, 2026) == ()


def test_closures_are_inclusive_at_both_ends() -> None:
    rule = weekly(
        start=dt.date(2026, 3, 2),
        end=dt.date(2026, 4, 30),
        closures=(Closure(dt.date(2026, 3, 17), dt.date(2026, 3, 31)),),
    )
    tuesdays = [o.local_date for o in recurrence.expand(rule)]
    assert dt.date(2026, 3, 17) not in tuesdays
    assert dt.date(2026, 3, 24) not in tuesdays
    assert dt.date(2026, 3, 31) not in tuesdays
    assert tuesdays == [
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 10),
        dt.date(2026, 4, 7),
        dt.date(2026, 4, 14),
        dt.date(2026, 4, 21),
        dt.date(2026, 4, 28),
    ]


def test_count_counts_sessions_kept_and_the_rrule_counts_instances() -> None:
    # Thursdays from 7 May 2026: 14 May is Ascension Day.
    rule = weekly(start=dt.date(2026, 5, 7), weekday=3, count=3, holidays=HolidayCalendar.METROPOLE)
    expansion = recurrence.expand_rule(rule)
    assert [o.local_date for o in expansion.occurrences] == [
        dt.date(2026, 5, 7),
        dt.date(2026, 5, 21),
        dt.date(2026, 5, 28),
    ]
    assert expansion.rrule == "FREQ=WEEKLY;BYDAY=TH;COUNT=4"
    assert expansion.skipped == (dt.datetime(2026, 5, 14, 18, 0, tzinfo=PARIS),)


def test_rrule_text_has_until_in_utc_and_nth_weekday() -> None:
    every_other = weekly(start=dt.date(2026, 3, 4), end=dt.date(2026, 6, 30), interval=2)
    assert recurrence.rrule_text(every_other) == (
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260630T160000Z"
    )
    second_tuesday = Recurrence(
        Frequency.MONTHLY_NTH, 1, dt.date(2026, 1, 1), dt.time(9, 30), 120, count=3, nth=2
    )
    assert recurrence.rrule_text(second_tuesday) == "FREQ=MONTHLY;BYDAY=2TU;COUNT=3"
    last_friday = Recurrence(
        Frequency.MONTHLY_NTH,
        4,
        dt.date(2026, 1, 1),
        dt.time(14, 0),
        60,
        end_date=dt.date(2026, 12, 31),
        nth=-1,
        interval=3,
    )
    expansion = recurrence.expand_rule(last_friday)
    assert expansion.rrule == "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;UNTIL=20261231T130000Z"
    assert [o.local_date for o in expansion.occurrences] == [
        dt.date(2026, 1, 30),
        dt.date(2026, 4, 24),
        dt.date(2026, 7, 31),
        dt.date(2026, 10, 30),
    ]


def test_every_other_week_counts_from_the_first_chosen_weekday() -> None:
    # Start on Wednesday 4 March 2026, Tuesdays every two weeks: first is 10 March.
    rule = weekly(start=dt.date(2026, 3, 4), count=3, interval=2)
    expansion = recurrence.expand_rule(rule)
    assert expansion.dtstart == dt.datetime(2026, 3, 10, 18, 0, tzinfo=PARIS)
    assert [o.local_date for o in expansion.occurrences] == [
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 24),
        dt.date(2026, 4, 7),
    ]


def test_a_time_missing_on_the_spring_change_reads_as_rfc_5545_says() -> None:
    # 29 March 2026 has no 02:30 in Paris: the offset before the change applies.
    rule = weekly(start=dt.date(2026, 3, 22), weekday=6, at=dt.time(2, 30), count=3)
    starts = [o.start for o in recurrence.expand(rule)]
    assert starts == [
        dt.datetime(2026, 3, 22, 1, 30, tzinfo=dt.UTC),
        dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC),  # shown as 03:30 summer time
        dt.datetime(2026, 4, 5, 0, 30, tzinfo=dt.UTC),
    ]


def test_an_ambiguous_autumn_time_takes_its_first_reading() -> None:
    rule = weekly(start=dt.date(2026, 10, 25), weekday=6, at=dt.time(2, 30), count=1)
    assert recurrence.expand(rule)[0].start == dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)


BASE = weekly(start=dt.date(2026, 3, 2), count=10)


@pytest.mark.parametrize(
    ("changes", "error", "field"),
    [
        ({"end_date": dt.date(2026, 3, 1), "count": None}, EndBeforeStartError, "end_date"),
        ({"end_date": dt.date(2026, 6, 1)}, NotApplicableError, "count"),
        ({"count": None}, RequiredError, "end_date"),
        ({"count": 0}, OutOfRangeError, "count"),
        ({"interval": 0}, OutOfRangeError, "interval"),
        ({"interval": 53}, OutOfRangeError, "interval"),
        ({"weekday": 7}, OutOfRangeError, "weekday"),
        ({"nth": 2}, NotApplicableError, "nth"),
        ({"frequency": Frequency.MONTHLY_NTH}, RequiredError, "nth"),
        ({"frequency": Frequency.MONTHLY_NTH, "nth": 0}, InvalidChoiceError, "nth"),
        ({"frequency": "daily"}, InvalidChoiceError, "frequency"),
        ({"duration_minutes": 0}, OutOfRangeError, "duration_minutes"),
        ({"duration_minutes": 24 * 60 + 1}, OutOfRangeError, "duration_minutes"),
        ({"start_time": dt.time(18, 0, tzinfo=dt.UTC)}, InvalidValueError, "start_time"),
        ({"start_time": dt.time(18, 0, 30)}, InvalidValueError, "start_time"),
        ({"timezone": "Europe/Nowhere"}, UnknownTimeZoneError, "timezone"),
        ({"timezone": "Europe"}, UnknownTimeZoneError, "timezone"),
        ({"holidays": "corse"}, InvalidChoiceError, "holidays"),
        ({"start_date": dt.date(1999, 12, 31)}, OutOfRangeError, "start_date"),
        (
            {"closures": (Closure(dt.date(2026, 4, 2), dt.date(2026, 4, 1)),)},
            EndBeforeStartError,
            "closures",
        ),
        (
            {
                "closures": (Closure(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),),
                "count": None,
                "end_date": dt.date(2026, 6, 30),
            },
            EmptyRuleError,
            "recurrence",
        ),
        ({"count": None, "end_date": dt.date(2046, 12, 31)}, RuleTooLongError, "recurrence"),
    ],
)
def test_each_invalid_rule_is_a_typed_error(
    changes: dict[str, object], error: type[ValidationError], field: str
) -> None:
    rule = dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]
    with pytest.raises(error) as caught:
        recurrence.expand(rule)
    assert caught.value.field == field
    assert caught.value.code == error.code


def test_a_fifth_weekday_rule_skips_months_without_one() -> None:
    rule = Recurrence(
        Frequency.MONTHLY_NTH, 0, dt.date(2026, 1, 1), dt.time(10, 0), 60, count=3, nth=5
    )
    # Mondays: five of them in March, June and August 2026.
    assert [o.local_date for o in recurrence.expand(rule)] == [
        dt.date(2026, 3, 30),
        dt.date(2026, 6, 29),
        dt.date(2026, 8, 31),
    ]


def test_validate_sorts_closures_and_drops_repeats() -> None:
    a = Closure(dt.date(2026, 8, 1), dt.date(2026, 8, 31))
    b = Closure(dt.date(2026, 4, 1), dt.date(2026, 4, 10))
    rule = recurrence.validate(weekly(closures=(a, b, a)))
    assert rule.closures == (b, a)


# ---------------------------------------------------------------- the engine against dateutil


def dateutil_instances(rule: Recurrence) -> list[dt.datetime]:
    """The rule's raw instances as dateutil's rrule gives them (the reference)."""
    tz = ZoneInfo(rule.timezone)
    begin = dt.datetime.combine(rule.start_date, rule.start_time, tzinfo=tz)
    day = weekdays[rule.weekday]
    if rule.frequency is Frequency.WEEKLY:
        begin += dt.timedelta(days=(rule.weekday - rule.start_date.weekday()) % 7)
        found = rrule(WEEKLY, dtstart=begin, interval=rule.interval, byweekday=day)
    else:
        assert rule.nth is not None
        found = rrule(MONTHLY, dtstart=begin, interval=rule.interval, byweekday=day(rule.nth))
    end = rule.end_date or dt.date(2100, 12, 31)
    until = dt.datetime.combine(end, rule.start_time, tzinfo=tz)
    return list(itertools.islice(itertools.takewhile(lambda i: i <= until, found), 3000))


@settings(max_examples=300, deadline=None)
@given(
    frequency=st.sampled_from(Frequency),
    weekday=st.integers(0, 6),
    start=st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)),
    days=st.integers(0, 4000),
    interval=st.integers(1, 12),
    nth=st.sampled_from([1, 2, 3, 4, 5, -1]),
    at=st.sampled_from([dt.time(2, 30), dt.time(9, 0), dt.time(23, 59)]),
    zone_name=st.sampled_from(["Europe/Paris", "America/Montreal", "Australia/Sydney"]),
)
def test_the_rules_days_are_those_dateutil_gives(
    frequency: Frequency,
    weekday: int,
    start: dt.date,
    days: int,
    interval: int,
    nth: int,
    at: dt.time,
    zone_name: str,
) -> None:
    """The engine works the dates out itself (much faster); dateutil is the reference."""
    monthly = frequency is Frequency.MONTHLY_NTH
    rule = Recurrence(
        frequency,
        weekday,
        start,
        at,
        60,
        end_date=start + dt.timedelta(days=days),
        interval=interval,
        nth=nth if monthly else None,
        timezone=zone_name,
    )
    tz = ZoneInfo(zone_name)
    ours = [dt.datetime.combine(d, at, tzinfo=tz) for d in recurrence._days(rule)]
    theirs = dateutil_instances(rule)
    assert [(i.replace(tzinfo=None), i.fold) for i in ours] == [
        (i.replace(tzinfo=None), i.fold) for i in theirs
    ]
