"""Persons received or informed by partners: the reception tallies' tables, protected.

Partners count the persons they received or informed each month (by how they met them
and by gender); a report adds the months of its period. These are counts of people: the
tables (by month, by partner, by kind of contact, by gender) go through the suppression
routine, then through the joint audit with the participants' counts and the release
ledger, like attendance. A count over several months adds up its months: the same
person met in two months is counted in each (the tallies are counts of receptions in
a month, not of distinct people).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict

from sqlalchemy.orm import Session

from vpi_groups.language import alphabetical
from vpi_groups.programme import tallies
from vpi_groups.reports.loading import ALL, Key, _Category
from vpi_groups.reports.periods import PeriodSpec
from vpi_groups.reports.systems import _Layout, _layout, _month_lines, _System, _table, _title
from vpi_groups.reports.values import Breakdown, Indicator, Table, Unit
from vpi_groups.reports.wording import _label, _plain
from vpi_groups.storage.models import Gender, TallyContact

PARTNER = "partner"
CONTACT = "contact"
GENDER = Breakdown.GENDER.value
INDICATOR = Indicator.PERSONS_RECEIVED
# the tables' rows, in the report's order (months first, like the other counts of people)
ROWS: tuple[Breakdown | str, ...] = (Breakdown.MONTH, PARTNER, CONTACT, GENDER)

_Line = tuple[str, str, str]  # partner id, contact, gender


class Receptions:
    """Every tally of the vault, added up by row and span when asked (there are few)."""

    def __init__(self, session: Session) -> None:
        self.names: dict[str, str] = {}
        by_month: dict[dt.date, dict[_Line, int]] = defaultdict(dict)
        for line in tallies.tallies(session):
            oid = str(line.organisation_id)
            self.names[oid] = line.organisation
            for (contact, gender), persons in line.counts.items():
                by_month[line.month][oid, str(contact), str(gender)] = persons
        self.months = sorted(by_month)
        self._lines = [by_month[m] for m in self.months]
        self._cache: dict[Key, int] = {}

    def _within(self, start: dt.date, end: dt.date) -> range:
        return range(bisect.bisect_left(self.months, start), bisect.bisect_right(self.months, end))

    def any_within(self, start: dt.date, end: dt.date) -> bool:
        """Whether any partner counted anybody between ``start`` and ``end``."""
        return bool(self._within(start, end))

    def partners_within(self, start: dt.date, end: dt.date) -> list[_Category]:
        """The partners with a count in the span, in dictionary order."""
        seen = {line[0] for i in self._within(start, end) for line in self._lines[i]}
        ordered = sorted(seen, key=lambda oid: (alphabetical(self.names[oid]), int(oid)))
        return [_Category(oid, _plain(oid, self.names[oid])) for oid in ordered]

    def value(self, key: Key) -> int:
        """Persons counted in a row (``ALL``, a partner, a contact, a gender) over a span."""
        found = self._cache.get(key)
        if found is not None:
            return found
        (name, code), (start, end) = key
        position = {PARTNER: 0, CONTACT: 1, GENDER: 2}.get(name)
        if key[0] != ALL and position is None:
            raise KeyError(key)  # not a row of a tally
        total = 0
        for i in self._within(start, end):
            for line, persons in self._lines[i].items():
                if position is None or line[position] == code:
                    total += persons
        self._cache[key] = total
        return total


def _categories(receptions: Receptions, spec: PeriodSpec, row: Breakdown | str) -> list[_Category]:
    if row == PARTNER:
        return receptions.partners_within(*spec.span)
    if row == CONTACT:
        return [_Category(c.value, _label(c.value, f"contact.{c.value}")) for c in TallyContact]
    if row == GENDER:
        return [_Category(g.value, _label(g.value, f"gender.{g.value}")) for g in Gender]
    return []


def reception_system(
    receptions: Receptions, spec: PeriodSpec, k: int | None
) -> tuple[_System, list[_Layout]]:
    """The period's tally tables, suppressed line by line (the joint audit comes after)."""
    system = _System()
    layouts = [
        _layout(spec, INDICATOR, row, _categories(receptions, spec, row), receptions.value, system)
        for row in ROWS
    ]
    _month_lines(spec, system)
    system.solve(k)
    return system, layouts


def reception_tables(system: _System, layouts: list[_Layout]) -> list[Table]:
    """The tables of :func:`reception_system`, once the joint audit has run."""
    return [
        _table(layout, INDICATOR, Unit.PEOPLE, _title(INDICATOR, layout.breakdown), system.cell)
        for layout in layouts
    ]
