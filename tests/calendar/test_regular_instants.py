"""Which rule instances a series may leave to its RRULE: only those near a change are looked at.

The export decides, for every instance of a group's rule, whether every client reads
it the same from the RRULE alone (its wall-clock start exists and is not ambiguous
that day, and its wall-clock end is its exact end). It looks only at the instances
near a change of offset. Checked here against that definition applied to every
instance, the slow way, over series that cross the changes at night.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from vpi_groups.calendar import ics as ce
from vpi_groups.calendar import timezones

PARIS = ZoneInfo("Europe/Paris")


def reads_the_same(instant: dt.datetime, at: dt.time, duration: dt.timedelta) -> bool:
    """The definition, for one instance: both folds of its wall-clock start and end exact."""
    wall = dt.datetime.combine(instant.astimezone(PARIS).date(), at, tzinfo=PARIS)
    end = (wall.replace(tzinfo=None) + duration).replace(tzinfo=PARIS)
    return all(
        moment.replace(fold=fold).astimezone(dt.UTC) == exact
        for moment, exact in ((wall, instant), (end, instant + duration))
        for fold in (0, 1)
    )


def series(first: dt.date, at: dt.time, step: int, count: int) -> list[dt.datetime]:
    days = (first + dt.timedelta(days=step * k) for k in range(count))
    return sorted({dt.datetime.combine(d, at, tzinfo=PARIS).astimezone(dt.UTC) for d in days})


def irregular(instants: list[dt.datetime], at: dt.time, duration: dt.timedelta) -> set[dt.datetime]:
    years = [instants[0].year, instants[-1].year]
    changes = [c.at for c in timezones.changes(PARIS, min(years), max(years))]
    return ce._irregular(instants, PARIS, at, duration, changes)


@settings(max_examples=60, deadline=None)
@given(
    first=st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31)),
    at=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    minutes=st.integers(15, 16 * 60),
    step=st.sampled_from([1, 6, 7, 14]),
)
def test_every_instance_is_judged_as_its_definition_says(
    first: dt.date, at: dt.time, minutes: int, step: int
) -> None:
    duration = dt.timedelta(minutes=minutes)
    instants = series(first, at, step, 300)
    found = irregular(instants, at, duration)
    assert found == {i for i in instants if not reads_the_same(i, at, duration)}


def test_a_night_series_has_instances_that_are_not_plain() -> None:
    """The comparison above has cases to catch: night sessions on the change days."""
    at, duration = dt.time(2, 30), dt.timedelta(hours=1)
    instants = series(dt.date(2027, 1, 1), at, 1, 365)
    found = irregular(instants, at, duration)
    # The spring gap (2:30 does not exist) and the autumn repeat (2:30 happens twice).
    assert sorted(i.astimezone(PARIS).date() for i in found) == [
        dt.date(2027, 3, 28),
        dt.date(2027, 10, 31),
    ]
    # A judgement that took every instance for plain would fail the property above.
    assert {i for i in instants if not reads_the_same(i, at, duration)} != set()
