"""A report's period: whole months, quarters or years, and the refusals.

Every report, export and later release covers a period of the calendar grid only: one
calendar month, one calendar quarter, one calendar year, or a run of whole calendar
years. Two free periods that differ by a few days (a report ending on the 14th, another
on the 15th; a year, and the same year but December) would give the few sessions between
them away by subtraction. Periods of the grid begin and end on month boundaries, so what
one report holds and another does not is whole months, never a few days cut out of one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from dataclasses import dataclass
from enum import StrEnum

from vpi_groups.attendance.totals import (
    PARIS,
    MonthBounds,
    next_period,
    period_start,
)
from vpi_groups.errors import AppError
from vpi_groups.labels import MONTH_NAMES
from vpi_groups.language import LANGUAGES
from vpi_groups.reports.wording import _SHORT_MONTHS, Label, format_date, text
from vpi_groups.storage.models import (
    PeriodKind,
)

PARIS_MIDNIGHT = dt.time()
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_YEARS = 30


# ---------------------------------------------------------------- errors


class ReportErrorCode(StrEnum):
    """Why a report was refused."""

    END_BEFORE_START = "end-before-start"
    TOO_LONG = "too-long"
    YEAR_RANGE = "year-range"
    THRESHOLD_RANGE = "threshold-range"
    NOT_ON_GRID = "not-on-grid"
    CANNOT_PROTECT = "cannot-protect"  # the joint audit found no way to protect it


class ReportError(AppError, ValueError):
    """A refused report request; ``code`` says why."""

    code: ReportErrorCode

    def __init__(self, code: ReportErrorCode) -> None:
        super().__init__(code.value)
        self.code = code


# ---------------------------------------------------------------- period


Span = tuple[dt.date, dt.date]
"""A stretch of local days, both ends included."""


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _month_start(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def _period_end(kind: PeriodKind, start: dt.date) -> dt.date:
    return next_period(kind, start) - dt.timedelta(days=1)


def _is_whole(kind: PeriodKind, span: Span) -> bool:
    start, end = span
    return period_start(kind, start) == start and _period_end(kind, start) == end


def on_grid(start: dt.date, end: dt.date) -> bool:
    """Whether ``start`` to ``end`` is one calendar month, quarter or year, or whole years."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start <= end:
        return True  # one calendar year, or a run of them
    return any(_is_whole(kind, (start, end)) for kind in (PeriodKind.MONTH, PeriodKind.QUARTER))


@dataclass(frozen=True)
class PeriodSpec:
    """The period of a report (local days, both included) and how its columns split it.

    The period is on the calendar grid (:func:`on_grid`), or refused with
    ``NOT_ON_GRID``.

    Attributes:
        start: first day.
        end: last day.
        by: the columns' width: months, quarters or years (clipped to the period).
    """

    start: dt.date
    end: dt.date
    by: PeriodKind = PeriodKind.MONTH

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ReportError(ReportErrorCode.END_BEFORE_START)
        if self.start.year < FIRST_YEAR or self.end.year > LAST_YEAR:
            raise ReportError(ReportErrorCode.YEAR_RANGE)
        if self.end.year - self.start.year >= MAX_YEARS:
            raise ReportError(ReportErrorCode.TOO_LONG)
        if not on_grid(self.start, self.end):
            raise ReportError(ReportErrorCode.NOT_ON_GRID)
        object.__setattr__(self, "by", PeriodKind(self.by))

    @classmethod
    def month(cls, year: int, month: int, by: PeriodKind = PeriodKind.MONTH) -> PeriodSpec:
        """One calendar month."""
        start = dt.date(year, month, 1)
        return cls(start, _period_end(PeriodKind.MONTH, start), by)

    @classmethod
    def quarter(cls, year: int, quarter: int, by: PeriodKind = PeriodKind.MONTH) -> PeriodSpec:
        """One calendar quarter (1 to 4)."""
        if not 1 <= quarter <= 4:
            raise ValueError("quarter is 1 to 4")
        start = dt.date(year, 3 * quarter - 2, 1)
        return cls(start, _period_end(PeriodKind.QUARTER, start), by)

    @classmethod
    def year(cls, year: int, by: PeriodKind = PeriodKind.MONTH) -> PeriodSpec:
        """One calendar year."""
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), by)

    @classmethod
    def whole_years(cls, first: int, last: int, by: PeriodKind = PeriodKind.MONTH) -> PeriodSpec:
        """1 January of ``first`` to 31 December of ``last`` (at most ``MAX_YEARS`` years)."""
        return cls(dt.date(first, 1, 1), dt.date(last, 12, 31), by)

    @property
    def span(self) -> Span:
        """The whole period."""
        return (self.start, self.end)

    @property
    def calendar_kind(self) -> PeriodKind | None:
        """MONTH, QUARTER or YEAR when the period is exactly one such calendar period.

        None for a run of several whole years.
        """
        for kind in PeriodKind:
            if _is_whole(kind, self.span):
                return kind
        return None

    def instants(self) -> tuple[dt.datetime, dt.datetime]:
        """The period as a half-open interval of aware instants (programme time zone)."""
        return _instants(self.span)

    def months(self) -> tuple[Span, ...]:
        """The calendar months the period touches, clipped to it."""
        return self._split(PeriodKind.MONTH)

    def buckets(self) -> tuple[Span, ...]:
        """The columns: months, quarters or years of the period, clipped to it."""
        return self._split(self.by)

    def years(self) -> tuple[int, ...]:
        """The programme years the period touches."""
        return tuple(range(self.start.year, self.end.year + 1))

    def _split(self, kind: PeriodKind) -> tuple[Span, ...]:
        out = []
        start = period_start(kind, self.start)
        while start <= self.end:
            following = next_period(kind, start)
            out.append((max(start, self.start), min(following - dt.timedelta(days=1), self.end)))
            start = following
        return tuple(out)


class MonthClock:
    """Which local month an instant falls in, by bisecting the months' UTC boundaries.

    The same answer as ``local_day``, without converting every instant's time zone.
    """

    def __init__(self, spec: PeriodSpec) -> None:
        self.spec = spec
        self.first = _month_index(spec.start)
        last = _month_index(spec.end)
        self.bounds = [
            _instants((_month_start(m), _month_start(m)))[0] for m in range(self.first, last + 2)
        ]

    def months(self) -> list[MonthBounds]:
        """The period's months as UTC intervals, clipped to it, numbered like ``month``."""
        begin, end = self.spec.instants()
        return [
            MonthBounds(self.first + i, max(low, begin), min(high, end))
            for i, (low, high) in enumerate(itertools.pairwise(self.bounds))
        ]

    def month(self, instant: dt.datetime) -> int:
        """The month index of an instant inside the period's months."""
        position = bisect.bisect_right(self.bounds, instant) - 1
        if not 0 <= position < len(self.bounds) - 1:
            raise ValueError("an instant outside the period")
        return self.first + position


def _instants(span: Span) -> tuple[dt.datetime, dt.datetime]:
    begin = dt.datetime.combine(span[0], PARIS_MIDNIGHT, tzinfo=PARIS)
    end = dt.datetime.combine(span[1] + dt.timedelta(days=1), PARIS_MIDNIGHT, tzinfo=PARIS)
    return begin.astimezone(dt.UTC), end.astimezone(dt.UTC)


def _span_label(kind: PeriodKind, span: Span) -> Label:
    """'mars 2025', 'T1 2025', '2025', with the days when the period cuts it."""
    start = period_start(kind, span[0])
    key = f"{span[0].isoformat()}/{span[1].isoformat()}"
    words = {}
    for lang in LANGUAGES:
        if kind is PeriodKind.MONTH:
            base = f"{MONTH_NAMES[lang][start.month - 1]} {start.year}"
        elif kind is PeriodKind.QUARTER:
            base = text("quarter", lang, n=(start.month - 1) // 3 + 1, year=start.year)
        else:
            base = str(start.year)
        if not _is_whole(kind, span):
            base = text(
                "partial",
                lang,
                label=base,
                start=format_date(span[0], lang),
                end=format_date(span[1], lang),
            )
        words[lang] = base
    return Label(key, words["fr"], words["en"])


def _short_month(span: Span) -> Label:
    year = f"{span[0].year % 100:02d}"
    return Label(
        f"{span[0].isoformat()}/{span[1].isoformat()}",
        f"{_SHORT_MONTHS['fr'][span[0].month - 1]} {year}",
        f"{_SHORT_MONTHS['en'][span[0].month - 1]} {year}",
    )


def _period_label(spec: PeriodSpec) -> Label:
    return Label(
        f"{spec.start.isoformat()}/{spec.end.isoformat()}",
        text("whole_period", "fr"),
        text("whole_period", "en"),
    )
