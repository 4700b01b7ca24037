"""VTIMEZONE components written from the zone's own data (tzdata through zoneinfo).

The calendar export writes, for each time zone its events use, one VTIMEZONE valid over
the years of those events and one year either side: in RRULE form when the zone's
offset changes follow a yearly rule, as a single STANDARD when it has none, otherwise
with each change as an RDATE. :func:`changes` lists a zone's offset changes; the export
also uses it to tell which instants lie near a change.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from vpi_groups.scheduling import recurrence


@dataclass(frozen=True, order=True)
class _Transition:
    """A change of offset: when (UTC), from which offset to which, and what it is called."""

    at: dt.datetime
    before: dt.timedelta
    after: dt.timedelta
    name: str
    daylight: bool

    @property
    def onset(self) -> dt.datetime:
        """The local wall-clock time of the change, read with the offset before it."""
        return (self.at + self.before).replace(tzinfo=None)


def _transitions(zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> Iterator[_Transition]:
    """The zone's offset changes between two UTC instants, found day by day then bisected."""
    step = dt.timedelta(days=1)
    moment = start
    offset = moment.astimezone(zone).utcoffset()
    while moment < end:
        following = moment + step
        next_offset = following.astimezone(zone).utcoffset()
        if next_offset != offset:
            low, high = moment, following
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(zone)
            assert offset is not None
            assert next_offset is not None
            yield _Transition(
                high,
                offset,
                next_offset,
                local.tzname() or "",
                bool(local.dst()),
            )
            offset = next_offset
        moment = following


@functools.lru_cache(maxsize=32)
def changes(zone: ZoneInfo, first_year: int, last_year: int) -> tuple[_Transition, ...]:
    """The zone's changes from the year before ``first_year`` to the one after ``last_year``.

    Kept between calls: one file per group asks for the same zone and years again.
    """
    start = dt.datetime(first_year - 1, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(last_year + 2, 1, 1, tzinfo=dt.UTC)
    return tuple(_transitions(zone, start, end))


def _yearly_rule(onsets: Sequence[dt.datetime]) -> vRecur | None:
    """The FREQ=YEARLY rule all these onsets follow, one per year in a row, or None."""
    first = onsets[0]
    years = [o.year for o in onsets]
    if years != list(range(years[0], years[0] + len(years))) or len(onsets) < 2:
        return None
    if any(
        (o.month, o.weekday(), o.time()) != (first.month, first.weekday(), first.time())
        for o in onsets
    ):
        return None
    nth = {(o.day - 1) // 7 + 1 for o in onsets}
    last = all((o + dt.timedelta(days=7)).month != o.month for o in onsets)
    day = recurrence.WEEKDAY_CODES[first.weekday()]
    if len(nth) == 1:
        byday = f"{nth.pop()}{day}"
    elif last:
        byday = f"-1{day}"
    else:
        return None
    return vRecur({"FREQ": "YEARLY", "BYMONTH": first.month, "BYDAY": byday})


def vtimezone(zone_name: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for ``zone_name`` valid over the given years (and one either side).

    Written in RRULE form (one STANDARD and one DAYLIGHT with a yearly rule, such as
    ``FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU``) when the zone's changes over those years
    follow one; as a single STANDARD when it has none; otherwise with each change as
    an RDATE. Built from the zone's own data (tzdata through zoneinfo).

    Raises:
        UnknownTimeZoneError: no such zone here.
    """
    zone = recurrence.zone(zone_name)
    start = dt.datetime(first_year - 1, 1, 1, tzinfo=dt.UTC)
    found = changes(zone, first_year, last_year)
    component = Timezone()
    component.add("tzid", zone_name)
    if not found:
        local = start.astimezone(zone)
        offset = local.utcoffset()
        assert offset is not None
        standard = TimezoneStandard()
        standard.add("dtstart", local.replace(tzinfo=None, hour=0, minute=0))
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", local.tzname() or zone_name)
        component.add_component(standard)
        return component
    kinds: dict[tuple[bool, dt.timedelta, dt.timedelta, str], list[_Transition]] = defaultdict(list)
    for transition in found:
        kinds[(transition.daylight, transition.before, transition.after, transition.name)].append(
            transition
        )
    rules = {key: _yearly_rule([t.onset for t in listed]) for key, listed in kinds.items()}
    regular = all(rule is not None for rule in rules.values())
    if not regular:
        # Before the first change: the offset in force, as an onset that changes nothing.
        opening = found[0]
        standard = TimezoneStandard()
        standard.add("dtstart", (start + opening.before).replace(tzinfo=None))
        standard.add("tzoffsetfrom", opening.before)
        standard.add("tzoffsetto", opening.before)
        standard.add("tzname", start.astimezone(zone).tzname() or zone_name)
        component.add_component(standard)
    for key, listed in sorted(kinds.items(), key=lambda item: item[1][0].at):
        daylight, before, after, name = key
        part: TimezoneStandard | TimezoneDaylight = (
            TimezoneDaylight() if daylight else TimezoneStandard()
        )
        part.add("dtstart", listed[0].onset)
        rule = rules[key]
        if regular and rule is not None:
            part.add("rrule", rule)
        else:
            for change in listed[1:]:
                part.add("rdate", change.onset)
        part.add("tzoffsetfrom", before)
        part.add("tzoffsetto", after)
        part.add("tzname", name)
        component.add_component(part)
    return component
