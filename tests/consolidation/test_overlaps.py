"""Bundles of one sender that overlap: each month is read from the newest bundle holding it.

The bundles are made by hand here (every month's count chosen), so the expected sums
are plain arithmetic, not anything the report engine computed.
"""

from __future__ import annotations

import datetime as dt

from vpi_groups.reports import aggregates as agg
from vpi_groups.reports.consolidated import Part, _Pool, split
from vpi_groups.reports.periods import PeriodSpec

YEAR = 2026
JAN = YEAR * 12
EVERYONE = ("*", "")


def _bundle(first: int, last: int, per_month: int, people: int) -> agg.Aggregates:
    """``per_month`` attendances each month; ``people`` distinct people over every run."""
    months = range(first, last + 1)
    return agg.Aggregates(
        months=(first, last),
        monthly={agg.ATT: {(EVERYONE, m): per_month for m in months}},
        stretches={agg.PART: {(EVERYONE, run): people for run in agg.stretches_of((first, last))}},
        sessions={},
        actions={},
        groups={},
        partners={},
        years=(YEAR,),
    )


def _span(first: int, last: int) -> tuple[dt.date, dt.date]:
    start = dt.date(first // 12, first % 12 + 1, 1)
    after = dt.date((last + 1) // 12, (last + 1) % 12 + 1, 1)
    return start, after - dt.timedelta(days=1)


def _sender(pool: _Pool, first: int, last: int, indicator: str) -> int | None:
    """The sender's (second part's) count over months ``first`` to ``last``."""
    key = (("sender", "1"), _span(first, last))
    if indicator == agg.PART:
        return pool.stretch(agg.PART)(key)
    return pool.monthly(indicator)(key)


def test_a_newer_quarter_wins_for_its_months_only() -> None:
    year, quarter = _bundle(JAN, JAN + 11, 1, 10), _bundle(JAN + 3, JAN + 5, 5, 4)
    pool = _Pool([Part("coordination", ()), Part("CIDFF", (year, quarter))])
    assert _sender(pool, JAN, JAN + 11, agg.ATT) == 9 * 1 + 3 * 5
    assert _sender(pool, JAN + 3, JAN + 3, agg.ATT) == 5
    assert _sender(pool, JAN + 6, JAN + 6, agg.ATT) == 1
    # distinct people: a run inside one bundle's live months is that bundle's
    assert _sender(pool, JAN + 3, JAN + 5, agg.PART) == 4
    assert _sender(pool, JAN, JAN + 2, agg.PART) == 10
    assert _sender(pool, JAN + 6, JAN + 11, agg.PART) == 10
    # across the two, or over months the older one no longer answers for: unknown
    assert _sender(pool, JAN, JAN + 11, agg.PART) is None
    assert _sender(pool, JAN + 2, JAN + 3, agg.PART) is None
    assert _sender(pool, JAN + 3, JAN + 6, agg.PART) is None


def test_an_older_bundle_counts_nowhere_once_newer_ones_hold_all_its_months() -> None:
    q1, year = _bundle(JAN, JAN + 2, 7, 3), _bundle(JAN, JAN + 11, 2, 12)
    pool = _Pool([Part("coordination", ()), Part("CIDFF", (q1, year))])
    assert _sender(pool, JAN, JAN + 11, agg.ATT) == 24
    assert _sender(pool, JAN, JAN + 2, agg.PART) == 12
    assert _sender(pool, JAN, JAN + 11, agg.PART) == 12


def test_live_months_are_each_bundles_own_less_the_later_ones() -> None:
    part = Part(
        "CIDFF",
        (
            _bundle(JAN, JAN + 11, 1, 1),
            _bundle(JAN + 3, JAN + 5, 1, 1),
            _bundle(JAN + 5, JAN + 6, 1, 1),
        ),
    )
    assert part.live() == [
        frozenset({JAN, JAN + 1, JAN + 2, *range(JAN + 7, JAN + 12)}),
        frozenset({JAN + 3, JAN + 4}),
        frozenset({JAN + 5, JAN + 6}),
    ]


def test_a_vault_is_said_split_when_one_year_is_read_from_two_bundles() -> None:
    whole = Part("CIDFF", (_bundle(JAN, JAN + 11, 1, 1),))
    corrected = Part("CCAS", (_bundle(JAN, JAN + 11, 1, 1), _bundle(JAN + 3, JAN + 5, 1, 1)))
    quarters = Part("PAD", tuple(_bundle(JAN + q, JAN + q + 2, 1, 1) for q in (0, 3, 6, 9)))
    two_years = Part(
        "France Victimes", (_bundle(JAN - 12, JAN - 1, 1, 1), _bundle(JAN, JAN + 11, 1, 1))
    )
    parts = [whole, corrected, quarters, two_years]
    assert split(parts, PeriodSpec.year(YEAR)) == ["CCAS", "PAD"]
    # one quarter is read from one bundle in each; two whole years are not a split
    assert split(parts, PeriodSpec.quarter(YEAR, 3)) == []
    assert split(parts, PeriodSpec.whole_years(YEAR - 1, YEAR)) == ["CCAS", "PAD"]
