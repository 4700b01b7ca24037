"""The one recurrence engine: RFC 5545 rules by date arithmetic, minus holidays and closures.

A series recurs weekly (every N weeks on one weekday) or monthly on the nth weekday
(every N months), from a start date until an end date or for a number of sessions,
at a local wall-clock time in its time zone (Europe/Paris by default). Occurrences
on French public holidays (when asked: metropolitan France, or Alsace-Moselle with
its two extra days) and in closure periods are skipped.

How the parameters read as RFC 5545 (what the calendar export writes):

- The series' DTSTART is its first instance: for a weekly rule the first chosen
  weekday on or after the start date (so "every 2 weeks" counts from that day);
  for a monthly rule the first nth weekday on or after the start date.
- ``end_date`` is the last day a session may fall on, inclusive: UNTIL is that day
  at the session's time, written in UTC.
- ``count`` is the number of sessions actually planned: skipped dates do not count.
  The RRULE then carries COUNT = the rule instances up to the last session kept,
  and the skipped instances are EXDATEs.
- The wall-clock time stays the same across daylight-saving changes. A time that
  does not exist on the spring change day is read with the offset before the change
  (02:30 becomes 03:30); an ambiguous autumn time takes its first (summer) reading,
  both as RFC 5545 says.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from calendar import monthrange
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from vpi_groups import clock
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
    choice,
)

DEFAULT_TIMEZONE = clock.PROGRAMME_ZONE_NAME
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
NTH_CHOICES = (1, 2, 3, 4, 5, -1)
MAX_INTERVAL = {Frequency.WEEKLY: 52, Frequency.MONTHLY_NTH: 12}
MAX_OCCURRENCES = 1000
"""Most sessions one series may hold (a weekly group over 19 years)."""
MAX_DURATION_MINUTES = 24 * 60
FIRST_YEAR, LAST_YEAR = 2000, 2100
ALSACE_MOSELLE_SUBDIVISIONS = ("57", "6AE")
"""Moselle, and the European Collectivity of Alsace (Bas-Rhin and Haut-Rhin)."""

_RAW_LIMIT = 4 * MAX_OCCURRENCES


@dataclass(frozen=True, order=True)
class Closure:
    """A closure period: local dates from ``start`` to ``end``, both inclusive."""

    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Recurrence:
    """The parameters of a series' rule, as the user gives them.

    Attributes:
        frequency: weekly, or monthly on the nth weekday.
        weekday: 0 = Monday ... 6 = Sunday.
        start_date: first local day a session may fall on.
        start_time: local wall-clock time of each session (naive, whole minutes).
        duration_minutes: length of each session.
        end_date: last local day a session may fall on (inclusive), or None.
        count: number of sessions to plan (skipped dates do not count), or None.
        interval: every ``interval`` weeks (weekly) or months (monthly).
        nth: for monthly rules, 1 to 5, or -1 for the last such weekday.
        timezone: IANA time zone of the dates and times.
        holidays: which public holidays to skip.
        closures: periods to skip.
    """

    frequency: Frequency
    weekday: int
    start_date: dt.date
    start_time: dt.time
    duration_minutes: int
    end_date: dt.date | None = None
    count: int | None = None
    interval: int = 1
    nth: int | None = None
    timezone: str = DEFAULT_TIMEZONE
    holidays: HolidayCalendar = HolidayCalendar.NONE
    closures: tuple[Closure, ...] = ()

    @property
    def duration(self) -> dt.timedelta:
        """The length of each session."""
        return dt.timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class Occurrence:
    """One date of a series: start and end as aware UTC instants, and its local day."""

    start: dt.datetime
    end: dt.datetime
    local_date: dt.date


@dataclass(frozen=True)
class Expansion:
    """A rule expanded: the sessions it gives and what a calendar needs to write it.

    Attributes:
        dtstart: the series' first instance (DTSTART), aware, in the rule's zone.
        rrule: the RFC 5545 RRULE value (without the ``RRULE:`` name).
        occurrences: the dates kept, in order.
        skipped: the rule's instances dropped for holidays or closures (the EXDATEs),
            aware, in the rule's zone.
    """

    dtstart: dt.datetime
    rrule: str
    occurrences: tuple[Occurrence, ...]
    skipped: tuple[dt.datetime, ...]


# ---------------------------------------------------------------- validation


def _check_range(field: str, value: int, minimum: int, maximum: int) -> None:
    if not minimum <= value <= maximum:
        raise OutOfRangeError(field, value, minimum, maximum)


def _check_year(field: str, day: dt.date) -> None:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise OutOfRangeError(field, day.year, FIRST_YEAR, LAST_YEAR)


def zone(name: str) -> ZoneInfo:
    """Return the time zone of this name.

    Raises:
        UnknownTimeZoneError: no such IANA zone on this machine.
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder such as 'Europe'
        raise UnknownTimeZoneError(name) from None


def validate(rule: Recurrence) -> Recurrence:
    """Check a rule's parameters and return it normalised (closures sorted, no repeats).

    Does not expand it: :func:`expand_rule` also refuses a rule that yields no date.

    Raises:
        ValidationError: the first problem found (see :mod:`vpi_groups.validation`).
    """
    frequency = choice(Frequency, rule.frequency, "frequency")
    _check_range("interval", rule.interval, 1, MAX_INTERVAL[frequency])
    _check_range("weekday", rule.weekday, 0, 6)
    if frequency is Frequency.MONTHLY_NTH:
        if rule.nth is None:
            raise RequiredError("nth")
        if rule.nth not in NTH_CHOICES:
            raise InvalidChoiceError("nth", rule.nth, [str(n) for n in NTH_CHOICES])
    elif rule.nth is not None:
        raise NotApplicableError("nth")
    if rule.start_time.tzinfo is not None:
        raise InvalidValueError("start_time", "aware-time")
    if rule.start_time.second or rule.start_time.microsecond:
        raise InvalidValueError("start_time", "whole-minutes")
    _check_range("duration_minutes", rule.duration_minutes, 1, MAX_DURATION_MINUTES)
    _check_year("start_date", rule.start_date)
    if rule.end_date is None and rule.count is None:
        raise RequiredError("end_date")
    if rule.end_date is not None and rule.count is not None:
        raise NotApplicableError("count")
    if rule.end_date is not None:
        if rule.end_date < rule.start_date:
            raise EndBeforeStartError("end_date", rule.start_date, rule.end_date)
        _check_year("end_date", rule.end_date)
    if rule.count is not None:
        _check_range("count", rule.count, 1, MAX_OCCURRENCES)
    zone(rule.timezone)
    calendar = choice(HolidayCalendar, rule.holidays, "holidays")
    for closure in rule.closures:
        if closure.end < closure.start:
            raise EndBeforeStartError("closures", closure.start, closure.end)
        _check_year("closures", closure.start)
        _check_year("closures", closure.end)
    return dataclasses.replace(
        rule,
        frequency=frequency,
        holidays=calendar,
        closures=tuple(sorted(set(rule.closures))),
    )


# ---------------------------------------------------------------- holidays


def _subdivisions(calendar: HolidayCalendar) -> tuple[str | None, ...]:
    if calendar is HolidayCalendar.METROPOLE:
        return (None,)
    if calendar is HolidayCalendar.ALSACE_MOSELLE:
        return ALSACE_MOSELLE_SUBDIVISIONS
    return ()


@functools.lru_cache(maxsize=256)
def public_holidays(calendar: HolidayCalendar, year: int) -> tuple[dt.date, ...]:
    """Return the public holidays of one year in this calendar, in order.

    Kept once computed: every series edit expands its rule again, and building the
    holiday tables is most of that work.
    """
    days: set[dt.date] = set()
    for code in _subdivisions(HolidayCalendar(calendar)):
        days.update(holidays.country_holidays("FR", subdiv=code, years=year).keys())
    return tuple(sorted(days))


def holiday_names(calendar: HolidayCalendar, year: int, language: str = "fr") -> dict[dt.date, str]:
    """Return the public holidays of one year in this calendar with their names.

    ``language``: "fr" or "en" (the names come from the ``holidays`` library, the one
    that also decides which days a series skips, so the agenda and the series agree).
    """
    return dict(_holiday_names(HolidayCalendar(calendar), year, language == "fr"))


@functools.lru_cache(maxsize=64)
def _holiday_names(
    calendar: HolidayCalendar, year: int, french: bool
) -> tuple[tuple[dt.date, str], ...]:
    """Kept once computed: the agenda asks again at each week or month shown."""
    names: dict[dt.date, str] = {}
    for code in _subdivisions(calendar):
        table = holidays.country_holidays(
            "FR", subdiv=code, years=year, language="fr" if french else "en_US"
        )
        for day, name in sorted(table.items()):
            names.setdefault(day, name)
    return tuple(sorted(names.items()))


def _same_day_in(day: dt.date, year: int) -> dt.date:
    """The same month and day in another year (29 February becomes the 28th)."""
    return day.replace(year=year, day=min(day.day, monthrange(year, day.month)[1]))


def shifted_by_years(rule: Recurrence, years: int) -> Recurrence:
    """The same rule ``years`` later: start, end and closures moved to the same days.

    Used to continue a group the following year: the weekday, time, length, rhythm and
    number of sessions stay; public holidays are those of the new year (computed).
    """
    return dataclasses.replace(
        rule,
        start_date=_same_day_in(rule.start_date, rule.start_date.year + years),
        end_date=(
            None
            if rule.end_date is None
            else _same_day_in(rule.end_date, rule.end_date.year + years)
        ),
        closures=tuple(
            Closure(
                _same_day_in(c.start, c.start.year + years), _same_day_in(c.end, c.end.year + years)
            )
            for c in rule.closures
        ),
    )


def next_term(rule: Recurrence) -> Recurrence:
    """The same cycle one term (calendar quarter) later.

    The new start is the first day of the quarter after the one holding the rule's
    start date, moved to the rule's weekday for a weekly rule (so the form shows the
    first session's day); an end date moves by as many days; closures that end before
    the new start are dropped, the others kept.
    """
    start = rule.start_date
    quarter = (start.month - 1) // 3
    year, month = (start.year + 1, 1) if quarter == 3 else (start.year, quarter * 3 + 4)
    first = dt.date(year, month, 1)
    if rule.frequency is Frequency.WEEKLY:
        first += dt.timedelta(days=(rule.weekday - first.weekday()) % 7)
    shift = first - start
    return dataclasses.replace(
        rule,
        start_date=first,
        end_date=None if rule.end_date is None else rule.end_date + shift,
        closures=tuple(c for c in rule.closures if c.end >= first),
    )


def _skipped_days(rule: Recurrence) -> Callable[[int], frozenset[dt.date]]:
    """The days of a year that the rule skips: its public holidays and closed days.

    Worked out once per year asked for (a year's closed days: the part of each closure
    within that year, at most 366 days).
    """
    holiday_calendar = rule.holidays
    closures = rule.closures
    one_day = dt.timedelta(days=1)
    by_year: dict[int, frozenset[dt.date]] = {}

    def of_year(year: int) -> frozenset[dt.date]:
        found = by_year.get(year)
        if found is None:
            days = set(public_holidays(holiday_calendar, year))
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            for closure in closures:
                day, end = max(closure.start, first), min(closure.end, last)
                while day <= end:
                    days.add(day)
                    day += one_day
            found = by_year[year] = frozenset(days)
        return found

    return of_year


# ---------------------------------------------------------------- expansion


def _until(rule: Recurrence, tz: ZoneInfo) -> dt.datetime | None:
    if rule.end_date is None:
        return None
    return dt.datetime.combine(rule.end_date, rule.start_time, tzinfo=tz)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The nth (or last, -1) given weekday of a month; None if the month has no such day."""
    first = dt.date(year, month, 1)
    days = monthrange(year, month)[1]
    if nth > 0:
        day = 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1)
        return first.replace(day=day) if day <= days else None
    last = first.replace(day=days)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _days(rule: Recurrence) -> Iterator[dt.date]:
    """The local days of the rule's raw instances, in order (before holidays and closures).

    What RFC 5545 (and dateutil's ``rrule``, which the tests compare it with) gives for
    ``FREQ=WEEKLY;INTERVAL=n;BYDAY=day`` from the first such weekday on or after the
    start date, or ``FREQ=MONTHLY;INTERVAL=n;BYDAY=nth day`` counted in months from
    the start date's, until the end date (inclusive: every instance has the same
    wall-clock time). Without an end date it never ends: the caller stops.
    """
    last = rule.end_date
    if rule.frequency is Frequency.WEEKLY:
        day = rule.start_date + dt.timedelta(days=(rule.weekday - rule.start_date.weekday()) % 7)
        step = dt.timedelta(weeks=rule.interval)
        while last is None or day <= last:
            yield day
            day += step
        return
    assert rule.nth is not None
    months = rule.start_date.year * 12 + rule.start_date.month - 1
    while True:
        year, month = divmod(months, 12)
        if year > dt.MAXYEAR:
            return
        found = _nth_weekday(year, month + 1, rule.weekday, rule.nth)
        if found is not None and found >= rule.start_date:
            if last is not None and found > last:
                return
            yield found
        elif last is not None and dt.date(year, month + 1, 1) > last:
            return
        months += rule.interval


def _utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _rrule_text(rule: Recurrence, tz: ZoneInfo, instances: int) -> str:
    parts = ["FREQ=WEEKLY" if rule.frequency is Frequency.WEEKLY else "FREQ=MONTHLY"]
    if rule.interval != 1:
        parts.append(f"INTERVAL={rule.interval}")
    nth = "" if rule.nth is None else str(rule.nth)
    parts.append(f"BYDAY={nth}{WEEKDAY_CODES[rule.weekday]}")
    until = _until(rule, tz)
    parts.append(f"UNTIL={_utc_text(until)}" if until is not None else f"COUNT={instances}")
    return ";".join(parts)


def _expand_local(rule: Recurrence) -> tuple[Recurrence, list[dt.datetime], list[dt.datetime]]:
    """The rule validated, its instances kept and skipped (local, aware), in order."""
    rule = validate(rule)
    tz = zone(rule.timezone)
    skipped_days = _skipped_days(rule)
    kept: list[dt.datetime] = []
    skipped: list[dt.datetime] = []
    at, count, combine = rule.start_time, rule.count, dt.datetime.combine
    year, closed = 0, frozenset[dt.date]()
    # A tight loop: a ten-year export expands every group's rule (some 25,000 days).
    for raw, day in enumerate(_days(rule), start=1):
        if day.year != year:
            year = day.year
            closed = skipped_days(year)
        if day in closed:
            skipped.append(combine(day, at, tz))
        else:
            kept.append(combine(day, at, tz))
            if len(kept) == count:
                break
            if len(kept) > MAX_OCCURRENCES:
                raise RuleTooLongError(MAX_OCCURRENCES)
        if raw > _RAW_LIMIT:
            raise RuleTooLongError(MAX_OCCURRENCES)
    if not kept:
        raise EmptyRuleError
    return rule, kept, skipped


def expand_rule(rule: Recurrence) -> Expansion:
    """Validate and expand a rule: its sessions, its DTSTART, RRULE and EXDATEs.

    Raises:
        ValidationError: a parameter is invalid (see :func:`validate`).
        EmptyRuleError: no date is left once holidays and closures are skipped.
        RuleTooLongError: more than :data:`MAX_OCCURRENCES` dates.
    """
    rule, kept, skipped = _expand_local(rule)
    first = min(kept[0], skipped[0]) if skipped else kept[0]
    duration = rule.duration
    occurrences = tuple(
        Occurrence(start, start + duration, local.date())
        for local in kept
        for start in (local.astimezone(dt.UTC),)
    )
    return Expansion(
        dtstart=first,
        rrule=_rrule_text(rule, zone(rule.timezone), len(kept) + len(skipped)),
        occurrences=occurrences,
        skipped=tuple(skipped),
    )


@dataclass(frozen=True)
class Instants:
    """A rule as a calendar writes it, without its sessions (see :func:`instants`).

    Attributes:
        dtstart, rrule: as in :class:`Expansion`.
        instants: every instance of the rule, kept or skipped, in order, aware, in UTC.
    """

    dtstart: dt.datetime
    rrule: str
    instants: tuple[dt.datetime, ...]


def instants(rule: Recurrence) -> Instants:
    """Validate a rule and give its DTSTART, RRULE and every instance (for calendars).

    The same work as :func:`expand_rule` without making a session of each instance.

    Raises:
        ValidationError, EmptyRuleError, RuleTooLongError: as :func:`expand_rule`.
    """
    rule, kept, skipped = _expand_local(rule)
    utc = dt.UTC
    return Instants(
        dtstart=min(kept[0], skipped[0]) if skipped else kept[0],
        rrule=_rrule_text(rule, zone(rule.timezone), len(kept) + len(skipped)),
        instants=tuple(sorted([i.astimezone(utc) for i in kept + skipped])),
    )


def expand(rule: Recurrence) -> tuple[Occurrence, ...]:
    """Return the sessions a rule gives, in order (see :func:`expand_rule`)."""
    return expand_rule(rule).occurrences


def rrule_text(rule: Recurrence) -> str:
    """Return the rule as an RFC 5545 RRULE value, e.g. ``FREQ=MONTHLY;BYDAY=2TU;UNTIL=...Z``."""
    return expand_rule(rule).rrule
