"""Counts per session and month, and distinct people (live and folded)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from vpi_groups.attendance.totals import (
    local_day,
    monthly_lines,
    people_present,
    period_start,
)
from vpi_groups.reports.loading import (
    ALL,
    ATTRIBUTE_BREAKDOWNS,
    Filter,
    Key,
    _FilterCache,
    _Material,
    _SessionRow,
)
from vpi_groups.reports.periods import (
    MonthClock,
    Span,
    _month_index,
    _period_end,
)
from vpi_groups.reports.values import (
    Breakdown,
)
from vpi_groups.reports.wording import _TEXT as _TEXT
from vpi_groups.reports.wording import format_date as format_date
from vpi_groups.storage.models import (
    ActionKind,
    FoldedParticipants,
    PeriodKind,
    ScopeKind,
)

# ---------------------------------------------------------------- additive counts per session


class _MonthSums:
    """Counts per filter and month, added over any span of whole months."""

    def __init__(self) -> None:
        self.sums: dict[Filter, dict[int, int]] = defaultdict(lambda: defaultdict(int))

    def add(self, f: Filter, month: int, n: int) -> None:
        self.sums[f][month] += n

    def value(self, key: Key) -> int:
        f, span = key
        months = self.sums.get(f)
        if not months:
            return 0
        first, last = _month_index(span[0]), _month_index(span[1])
        if last - first < len(months):
            return sum(months.get(m, 0) for m in range(first, last + 1))
        return sum(n for m, n in months.items() if first <= m <= last)


def _by_cohort(
    material: _Material, sids: Iterable[int], count: Callable[[int], int]
) -> list[tuple[_SessionRow, int, int]]:
    """``count`` added over alike sessions (same team, group and action), per month.

    A period has many sessions but few such cohorts, whose filters are made once each.
    Returns (a session of the cohort, month, sum) for each cohort and month.
    """
    cohorts: dict[tuple[tuple[object, ...], int], tuple[_SessionRow, int]] = {}
    for sid in sids:
        n = count(sid)
        if n:
            row = material.sessions[sid]
            key = (row.cohort, row.month)
            entry = cohorts.get(key)
            cohorts[key] = (row, n) if entry is None else (entry[0], entry[1] + n)
    return [(row, month, n) for (_c, month), (row, n) in cohorts.items()]


def _attendance_sums(
    material: _Material, breakdowns: Sequence[Breakdown], people: _Distinct
) -> _MonthSums:
    sums = _MonthSums()
    present, headcounts = material.present, material.headcounts
    filters = _FilterCache(breakdowns)
    cohorts = _by_cohort(
        material,
        material.sessions,
        lambda sid: present.get(sid, 0) + headcounts.get(sid, 0),
    )
    for row, month, n in cohorts:
        for f in filters(row):
            sums.add(f, month, n)
    attributes = [
        (material.present_by_age, Breakdown.AGE_BAND),
        (material.present_by_referral, Breakdown.REFERRAL_SOURCE),
        (material.present_by_gender, Breakdown.GENDER),
        *people.attribute_lines(),
    ]
    for detail, breakdown in attributes:
        if breakdown in breakdowns:
            for (month, category), n in detail.items():
                sums.add((breakdown.value, category), month, n)
    for breakdown in ATTRIBUTE_BREAKDOWNS:
        if breakdown in breakdowns:
            for sid, headcount in headcounts.items():
                if headcount and sid in material.sessions:
                    month = material.sessions[sid].month
                    sums.add((breakdown.value, "headcount"), month, headcount)
    return sums


def _held_sums(material: _Material, breakdowns: Sequence[Breakdown]) -> _MonthSums:
    sums = _MonthSums()
    filters = _FilterCache(breakdowns)
    for row, month, n in _by_cohort(material, material.held, lambda _sid: 1):
        for f in filters(row):
            sums.add(f, month, n)
    return sums


# ---------------------------------------------------------------- distinct people


class _Attributes(NamedTuple):
    """A purged person's attributes, as a folded row keeps them (codes)."""

    age_band: str
    referral_source: str
    gender: str


class _Distinct:
    """Distinct and new participants per filter and span: live people plus folded rows."""

    def __init__(self, session: Session, material: _Material) -> None:
        spec = material.spec
        begin, end = spec.instants()
        self.period = spec.span
        months = MonthClock(spec).months()
        people = people_present(session, begin, end)
        self.first = {pid: local_day(person.first) for pid, person in people.items()}
        self._first_by_month: dict[int, set[int]] = defaultdict(set)
        for pid, day in self.first.items():
            self._first_by_month[_month_index(day)].add(pid)
        self._newcomers_of: dict[Span, set[int]] = {}
        filters_of: dict[tuple[int, int, str, str, str], tuple[Filter, ...]] = {}
        # who came in each month of the period: (participant, month index, filters)
        self.lines: list[tuple[int, int, tuple[Filter, ...]]] = []
        # 'present' lines of talk groups per month and attribute (for the attendances)
        self._by_age: dict[tuple[int, str], int] = defaultdict(int)
        self._by_referral: dict[tuple[int, str], int] = defaultdict(int)
        self._by_gender: dict[tuple[int, str], int] = defaultdict(int)
        for pid, month, group_id, action_id, n in monthly_lines(session, months):
            _first, age, referral, gender = people[pid]
            self._by_age[month, age] += n
            self._by_referral[month, referral] += n
            self._by_gender[month, gender] += n
            place = (action_id, group_id, age, referral, gender)
            filters = filters_of.get(place)
            if filters is None:
                filters = filters_of[place] = (
                    ALL,
                    (Breakdown.AXIS.value, ActionKind.TALK_GROUP.value),
                    (Breakdown.ACTION.value, str(action_id)),
                    (Breakdown.GROUP.value, str(group_id)),
                    (Breakdown.AGE_BAND.value, age),
                    (Breakdown.REFERRAL_SOURCE.value, referral),
                    (Breakdown.GENDER.value, gender),
                )
            self.lines.append((pid, month, filters))
        # purged people: (attributes, distinct, new) per calendar period and scope
        self.folded: dict[
            tuple[PeriodKind, dt.date, ScopeKind, int], list[tuple[_Attributes, int, int]]
        ]
        self.folded = defaultdict(list)
        kinds = {k.value: k for k in PeriodKind}
        scopes = {k.value: k for k in ScopeKind}
        folded = select(
            FoldedParticipants.period_kind,
            FoldedParticipants.period_start,
            FoldedParticipants.scope_kind,
            FoldedParticipants.scope_id,
            FoldedParticipants.age_band,
            FoldedParticipants.referral_source,
            FoldedParticipants.gender,
            FoldedParticipants.distinct_count,
            FoldedParticipants.new_count,
        ).where(
            FoldedParticipants.period_start >= dt.date(spec.start.year, 1, 1),
            FoldedParticipants.period_start <= spec.end,
        )
        for (
            kind_code,
            start,
            scope_code,
            scope_id,
            age_code,
            referral_code,
            gender_code,
            d,
            n,
        ) in session.execute(folded):
            index = (kinds[kind_code], start, scopes[scope_code], scope_id)
            self.folded[index].append((_Attributes(age_code, referral_code, gender_code), d, n))
        # the months with purged people, per scope, in order
        self.folded_months: dict[tuple[ScopeKind, int], list[dt.date]] = defaultdict(list)
        for period_kind, start, scope_kind, scope_id in sorted(self.folded):
            if period_kind is PeriodKind.MONTH:
                self.folded_months[scope_kind, scope_id].append(start)
        self._sums: dict[tuple[PeriodKind, dt.date, Filter, bool], int] = {}
        self.used_folded = False
        self._live: dict[Key, tuple[int, int]] = {}

    def prepare(self, keys: Iterable[Key]) -> None:
        """Count live people for many keys in one pass over the lines.

        Every span is a run of months of the period, clipped to it, and every line
        lies in the period, so the people of a span are the union of its months'.
        """
        wanted = [key for key in dict.fromkeys(keys) if key not in self._live]
        if not wanted:
            return
        needed = {f for f, _span in wanted}
        by_month: dict[Filter, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
        for pid, month, filters in self.lines:
            for f in filters:
                if f in needed:
                    by_month[f][month].add(pid)
        for f, span in wanted:
            if span[0] < self.period[0] or span[1] > self.period[1]:
                raise ValueError("a span outside the report's period")
            first, last = _month_index(span[0]), _month_index(span[1])
            months = by_month.get(f, {})
            if last - first < len(months):
                parts = [months[m] for m in range(first, last + 1) if m in months]
            else:
                parts = [who for month, who in months.items() if first <= month <= last]
            people: set[int] = set().union(*parts)
            self._live[f, span] = (len(people), len(people & self._newcomers(span)))

    def attribute_lines(self) -> list[tuple[dict[tuple[int, str], int], Breakdown]]:
        """Live 'present' lines of talk groups per (month, category), by each attribute."""
        return [
            (self._by_age, Breakdown.AGE_BAND),
            (self._by_referral, Breakdown.REFERRAL_SOURCE),
            (self._by_gender, Breakdown.GENDER),
        ]

    def _newcomers(self, span: Span) -> set[int]:
        """The people of the period whose first "present" line ever lies in ``span``."""
        found = self._newcomers_of.get(span)
        if found is None:
            low, high = span
            first, last = _month_index(low), _month_index(high)
            found = set()
            for month in range(first, last + 1):
                people = self._first_by_month.get(month, set())
                if month in (first, last):  # the span may cut these months
                    found.update(pid for pid in people if low <= self.first[pid] <= high)
                else:
                    found |= people
            self._newcomers_of[span] = found
        return found

    def _scope(self, f: Filter) -> tuple[ScopeKind, int, Callable[[_Attributes], bool]] | None:
        name, key = f
        everyone: Callable[[_Attributes], bool] = lambda _person: True  # noqa: E731
        if f == ALL:
            return ScopeKind.PROGRAMME, 0, everyone
        if name == Breakdown.AXIS.value:
            return (ScopeKind.PROGRAMME, 0, everyone) if key == ActionKind.TALK_GROUP else None
        if name == Breakdown.ACTION.value:
            return ScopeKind.ACTION, int(key), everyone
        if name == Breakdown.GROUP.value:
            return (ScopeKind.GROUP, int(key), everyone) if key != "none" else None
        if name == Breakdown.AGE_BAND.value:
            return ScopeKind.PROGRAMME, 0, lambda person: person.age_band == key
        if name == Breakdown.REFERRAL_SOURCE.value:
            return ScopeKind.PROGRAMME, 0, lambda person: person.referral_source == key
        if name == Breakdown.GENDER.value:
            return ScopeKind.PROGRAMME, 0, lambda person: person.gender == key
        return None

    def _folded_sum(self, kind: PeriodKind, start: dt.date, f: Filter, *, new: bool) -> int:
        """Purged people of one calendar period who count for ``f`` (distinct or new)."""
        memo = (kind, start, f, new)
        total = self._sums.get(memo)
        if total is None:
            total = 0
            scope = self._scope(f)
            if scope is not None:
                scope_kind, scope_id, keep = scope
                rows = self.folded.get((kind, start, scope_kind, scope_id), ())
                total = sum(n if new else d for person, d, n in rows if keep(person))
            self._sums[memo] = total
        return total

    def _folded(self, f: Filter, span: Span, *, new: bool) -> int | None:
        scope = self._scope(f)
        if scope is None:
            return 0
        first_month = span[0].replace(day=1)
        active = [
            m
            for m in self.folded_months.get((scope[0], scope[1]), ())
            if first_month <= m <= span[1] and self._folded_sum(PeriodKind.MONTH, m, f, new=new)
        ]
        if not active:
            return 0
        self.used_folded = True
        if any(not (span[0] <= m and _period_end(PeriodKind.MONTH, m) <= span[1]) for m in active):
            return None  # a month the span cuts: its purged people cannot be placed
        if new:  # each person is new in one month only: months add up
            return sum(self._folded_sum(PeriodKind.MONTH, m, f, new=new) for m in active)
        for kind in PeriodKind:
            head = period_start(kind, active[0])
            if all(period_start(kind, m) == head for m in active) and (
                span[0] <= head and _period_end(kind, head) <= span[1]
            ):
                return self._folded_sum(kind, head, f, new=new)
        return None  # purged people over several calendar periods: not de-duplicable

    def distinct(self, key: Key) -> int | None:
        """Distinct participants of ``key`` (None: not known exactly)."""
        self.prepare([key])
        folded = self._folded(*key, new=False)
        return None if folded is None else self._live[key][0] + folded

    def new(self, key: Key) -> int | None:
        """New participants of ``key`` (None: not known exactly)."""
        self.prepare([key])
        folded = self._folded(*key, new=True)
        return None if folded is None else self._live[key][1] + folded
