"""One vault's person-free, unprotected totals over some months: what a consolidation adds up.

A facilitator's vault sends its coordinator the counts the report engine needs to build
every report of those months, *before* any protection: the coordinator adds several
vaults' counts and protects the sums once (:mod:`vpi_groups.reports.consolidated`).
Protecting each vault's counts first would hide the small ones for good, and hidden
counts cannot be added.

What :class:`Aggregates` holds, and nothing else:

- counts of people per month and row (attendances, new participants, persons received
  by partners; they add up over months), and distinct participants for *every*
  stretch of consecutive months (they do not add up: someone who came in January and
  in February is one person over both);
- held sessions per month and row, and sessions held, cancelled and other;
- distinct facilitators of held sessions, by sector, for every stretch of months;
- the rows those counts use: actions (title, year, axis), talk groups (name, action),
  partners who keep tallies (organisation name);
- the yearly tables that are published exactly (actions, professionals trained,
  training hours, public actions, working groups, contributions), with their labels.

Never a participant code, an age, a memo, a session note or a date: a row is an
action's title, a group's name or an organisation's name, all of which a report shows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from vpi_groups.reports import receptions
from vpi_groups.reports.indicators import (
    _NEW_BREAKDOWNS,
    _PEOPLE_BREAKDOWNS,
    _SESSION_BREAKDOWNS,
    _action_tables,
    _contribution_tables,
    _session_states,
    _working_group_tables,
)
from vpi_groups.reports.loading import ALL, Filter, Key, _categories, _FilterCache, _load, _Material
from vpi_groups.reports.people import _attendance_sums, _by_cohort, _Distinct, _held_sums
from vpi_groups.reports.periods import (
    PeriodSpec,
    ReportError,
    ReportErrorCode,
    _month_index,
    _month_start,
    _period_end,
)
from vpi_groups.reports.values import Breakdown, Indicator, Table, Unit
from vpi_groups.reports.wording import Label
from vpi_groups.storage.models import PeriodKind

SCHEMA = 1
"""The layout of :meth:`Aggregates.to_json`; a newer one is refused, never guessed."""

MAX_MONTHS = 12
"""The longest run of months one bundle carries (distinct people: every stretch of it)."""

ATT = Indicator.ATTENDANCES.value
PART = Indicator.PARTICIPANTS.value
NEW = Indicator.NEW_PARTICIPANTS.value
RECEIVED = Indicator.PERSONS_RECEIVED.value
HELD = "held"  # held sessions (the audit's bound: each person comes at most once to each)
FACILITATORS = Indicator.FACILITATORS.value
ADDITIVE = (ATT, NEW, RECEIVED, HELD)
"""Counts kept per month: a stretch of months is the sum of its months."""

Months = tuple[int, int]
"""A stretch of whole months, as month indexes (year * 12 + month - 1), both included."""
Row = tuple[str, str]
"""A row of a count: ("*", "") for everyone, else (breakdown, category)."""


@dataclass(frozen=True)
class YearlyTable:
    """A table published exactly, for the years its bundle touches: labels and numbers."""

    id: str
    indicator: str
    breakdown: str | None
    unit: str
    title: Label
    rows: tuple[Label, ...]
    columns: tuple[Label, ...]  # one per year (or the table's own columns)
    cells: tuple[tuple[str, ...], ...]  # numbers as text (counts, euros, hours)
    margins: tuple[bool, bool, bool]  # row totals, column totals, grand total shown


@dataclass(frozen=True, repr=False)
class Aggregates:
    """One vault's unprotected, person-free totals over ``months``."""

    months: Months
    # indicator -> (row, month) for additive counts; PART and FACILITATORS -> (row, stretch)
    monthly: Mapping[str, Mapping[tuple[Row, int], int]]
    stretches: Mapping[str, Mapping[tuple[Row, Months], int | None]]
    sessions: Mapping[tuple[Row, int], tuple[int, int, int]]  # held, cancelled, other
    actions: Mapping[int, tuple[str, int, str]]  # id -> title, year, axis
    groups: Mapping[int, tuple[str, int]]  # id -> name, action id
    partners: Mapping[int, str]  # organisation id -> name (reception tallies)
    years: tuple[int, ...]
    yearly: tuple[YearlyTable, ...] = field(default=())

    # ------------------------------------------------------------ reading

    def __repr__(self) -> str:
        return f"Aggregates(months={self.months}, {self.summary()})"

    def month_list(self) -> range:
        """The month indexes covered."""
        return range(self.months[0], self.months[1] + 1)

    def covers(self, months: Months) -> bool:
        """Whether every month of ``months`` is in this bundle."""
        return self.months[0] <= months[0] and months[1] <= self.months[1]

    def action_names(self) -> list[str]:
        """Every action the bundle names, as "title (year)": its sessions' and its tables'."""
        names = {f"{t} ({y})" for t, y, _axis in self.actions.values()}
        for table in self.yearly:
            if table.breakdown == Breakdown.ACTION.value:
                names |= {row.fr for row in table.rows}
        return sorted(names)

    def summary(self) -> dict[str, int]:
        """A few figures a person can check before sending (whole stretch, everyone)."""
        whole = self.months
        return {
            "actions": len(self.actions),
            "groups": len(self.groups),
            "partners": len(self.partners),
            "sessions": sum(sum(v) for (row, _m), v in self.sessions.items() if row == ALL),
            "held": sum(v[0] for (row, _m), v in self.sessions.items() if row == ALL),
            "attendances": sum(
                n for (row, _m), n in self.monthly.get(ATT, {}).items() if row == ALL
            ),
            "participants": self.stretches.get(PART, {}).get((ALL, whole)) or 0,
            "received": sum(
                n for (row, _m), n in self.monthly.get(RECEIVED, {}).items() if row == ALL
            ),
        }

    # ------------------------------------------------------------ the file's layout

    def to_json(self) -> dict[str, Any]:
        """A plain JSON value (lists and numbers), keys in a stable order."""

        def rows(table: Mapping[tuple[Row, Any], Any]) -> list[list[Any]]:
            out = []
            for ((name, category), where), value in table.items():
                spot = list(where) if isinstance(where, tuple) else [where]
                out.append([name, category, *spot, value])
            return sorted(out, key=lambda r: [str(x) for x in r])

        return {
            "schema": SCHEMA,
            "months": list(self.months),
            "years": list(self.years),
            "monthly": {ind: rows(t) for ind, t in sorted(self.monthly.items())},
            "stretches": {ind: rows(t) for ind, t in sorted(self.stretches.items())},
            "sessions": [
                [name, category, month, *counts]
                for ((name, category), month), counts in sorted(self.sessions.items())
            ],
            "actions": [[aid, t, y, axis] for aid, (t, y, axis) in sorted(self.actions.items())],
            "groups": [[gid, name, aid] for gid, (name, aid) in sorted(self.groups.items())],
            "partners": [[oid, name] for oid, name in sorted(self.partners.items())],
            "yearly": [_table_json(t) for t in self.yearly],
        }

    @classmethod
    def from_json(cls, data: Any) -> Aggregates:
        """Read :meth:`to_json`'s value back; ValueError (or KeyError, TypeError) if malformed.

        A ``schema`` newer than :data:`SCHEMA` raises :class:`NewerSchemaError`.
        """
        if not isinstance(data, dict):
            raise ValueError("not an object")
        schema = data["schema"]
        if type(schema) is not int or schema < 1:
            raise ValueError("schema")
        if schema > SCHEMA:
            raise NewerSchemaError(schema)
        first, last = (_int(m) for m in _list(data["months"]))
        if not 0 <= last - first < MAX_MONTHS:
            raise ValueError("months")
        monthly: dict[str, dict[tuple[Row, int], int]] = {}
        for ind, lines in _object(data["monthly"]).items():
            monthly[_name(ind)] = {
                ((_name(n), _name(c)), _int(m)): _count(v) for n, c, m, v in _rows(lines, 4)
            }
        stretches: dict[str, dict[tuple[Row, Months], int | None]] = {}
        for ind, lines in _object(data["stretches"]).items():
            stretches[_name(ind)] = {
                ((_name(n), _name(c)), (_int(a), _int(b))): (None if v is None else _count(v))
                for n, c, a, b, v in _rows(lines, 5)
            }
        sessions = {
            ((_name(n), _name(c)), _int(m)): (_count(h), _count(x), _count(o))
            for n, c, m, h, x, o in _rows(data["sessions"], 6)
        }
        return cls(
            months=(first, last),
            monthly=monthly,
            stretches=stretches,
            sessions=sessions,
            actions={
                _int(a): (_text(t), _int(y), _name(k)) for a, t, y, k in _rows(data["actions"], 4)
            },
            groups={_int(g): (_text(n), _int(a)) for g, n, a in _rows(data["groups"], 3)},
            partners={_int(o): _text(n) for o, n in _rows(data["partners"], 2)},
            years=tuple(_int(y) for y in _list(data["years"])),
            yearly=tuple(_table_from_json(_object(t)) for t in _list(data["yearly"])),
        )

    def dumps(self) -> bytes:
        """The JSON text, UTF-8."""
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")).encode()


class NewerSchemaError(ValueError):
    """Aggregates written by a newer version of the application."""


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError("not an object")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return value


def _rows(value: Any, width: int) -> list[list[Any]]:
    """A list of lists of ``width`` values each."""
    rows = _list(value)
    if any(not isinstance(row, list) or len(row) != width for row in rows):
        raise ValueError("row width")
    return rows


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("not an integer")
    return value


def _count(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("not a count")
    return value


def _name(value: Any) -> str:
    if type(value) is not str or len(value) > 64:
        raise ValueError("not a name")
    return value


def _text(value: Any) -> str:
    if type(value) is not str or len(value) > 500:
        raise ValueError("not a text")
    return value


def _number(value: Any) -> Decimal:
    """A table's number (count, euros, hours), finite and not negative."""
    number = Decimal(_text(value))
    if not number.is_finite() or number < 0:
        raise ValueError("not a number")
    return number


def _label_json(label: Label) -> list[str]:
    return [label.key, label.fr, label.en]


def _label_from(value: Any) -> Label:
    key, fr, en = _list(value)
    return Label(_text(key), _text(fr), _text(en))


def _table_json(table: YearlyTable) -> dict[str, Any]:
    return {
        "id": table.id,
        "indicator": table.indicator,
        "breakdown": table.breakdown,
        "unit": table.unit,
        "title": _label_json(table.title),
        "rows": [_label_json(r) for r in table.rows],
        "columns": [_label_json(c) for c in table.columns],
        "cells": [list(row) for row in table.cells],
        "margins": list(table.margins),
    }


def _table_from_json(data: Any) -> YearlyTable:
    rows = tuple(_label_from(r) for r in _list(data["rows"]))
    columns = tuple(_label_from(c) for c in _list(data["columns"]))
    cells = tuple(tuple(str(_number(v)) for v in _list(row)) for row in _list(data["cells"]))
    if len(cells) != len(rows) or any(len(row) != len(columns) for row in cells):
        raise ValueError("table shape")
    margins = tuple(bool(m) for m in _list(data["margins"]))
    if len(margins) != 3:
        raise ValueError("margins")
    breakdown = data["breakdown"]
    return YearlyTable(
        id=_name(data["id"]),
        indicator=Indicator(data["indicator"]).value,
        breakdown=None if breakdown is None else _name(breakdown),
        unit=Unit(data["unit"]).value,
        title=_label_from(data["title"]),
        rows=rows,
        columns=columns,
        cells=cells,
        margins=(margins[0], margins[1], margins[2]),
    )


def _yearly(table: Table) -> YearlyTable:
    return YearlyTable(
        id=table.id,
        indicator=table.indicator.value,
        breakdown=table.breakdown,
        unit=table.unit.value,
        title=table.title,
        rows=table.rows,
        columns=table.columns,
        cells=tuple(
            tuple(str(0 if c.exact is None else c.exact) for c in row) for row in table.cells
        ),
        margins=(
            table.row_totals is not None,
            table.column_totals is not None,
            table.grand_total is not None,
        ),
    )


# ---------------------------------------------------------------- reading a vault


def stretches_of(months: Months) -> list[Months]:
    """Every run of consecutive months inside ``months``."""
    first, last = months
    return [(a, b) for a in range(first, last + 1) for b in range(a, last + 1)]


def span_of(months: Months) -> tuple[dt.date, dt.date]:
    """The days of a run of months."""
    return (_month_start(months[0]), _period_end(PeriodKind.MONTH, _month_start(months[1])))


def months_of(start: dt.date, end: dt.date) -> Months:
    """The run of whole months from ``start`` to ``end`` (refused if not on the month grid)."""
    if start.day != 1 or end != _period_end(PeriodKind.MONTH, end.replace(day=1)):
        raise ReportError(ReportErrorCode.NOT_ON_GRID)
    if end < start:
        raise ReportError(ReportErrorCode.END_BEFORE_START)
    months = (_month_index(start), _month_index(end))
    if months[1] - months[0] >= MAX_MONTHS:
        raise ReportError(ReportErrorCode.TOO_LONG)
    return months


def collect(session: Session, months: Months) -> Aggregates:
    """Read the vault's unprotected totals over ``months`` (at most :data:`MAX_MONTHS`)."""
    if not 0 <= months[1] - months[0] < MAX_MONTHS:
        raise ReportError(ReportErrorCode.TOO_LONG)
    spec = PeriodSpec(*span_of(months))
    material = _load(session, spec, by_attributes=True)
    people = _Distinct(session, material)
    everything = list(dict.fromkeys([Breakdown.MONTH, *Breakdown]))
    attendance = _attendance_sums(material, everything, people)
    held = _held_sums(material, list(_SESSION_BREAKDOWNS))
    month_list = list(range(months[0], months[1] + 1))

    def rows_of(breakdowns: Iterable[Breakdown], extra: tuple[str, ...] = ()) -> list[Filter]:
        out: list[Filter] = [ALL]
        for breakdown in breakdowns:
            if breakdown is not Breakdown.MONTH:
                cats = _categories(material, breakdown, extra=extra)
                out += [(breakdown.value, c.key) for c in cats]
        return out

    def month_key(f: Filter, m: int) -> Key:
        return (f, span_of((m, m)))

    monthly: dict[str, dict[tuple[Row, int], int]] = defaultdict(dict)
    for f in rows_of(everything, ("none", "headcount")):
        for m in month_list:
            n = attendance.value(month_key(f, m))
            if n:
                monthly[ATT][f, m] = n
    for f in rows_of(_SESSION_BREAKDOWNS, ("none",)):
        for m in month_list:
            n = held.value(month_key(f, m))
            if n:
                monthly[HELD][f, m] = n
    new_rows = rows_of(_NEW_BREAKDOWNS)
    part_rows = rows_of(_PEOPLE_BREAKDOWNS)
    stretch_list = stretches_of(months)
    people.prepare(
        [month_key(f, m) for f in new_rows for m in month_list]
        + [(f, span_of(s)) for f in part_rows for s in stretch_list]
    )
    unavailable_new: set[tuple[Row, int]] = set()
    for f in new_rows:
        for m in month_list:
            value = people.new(month_key(f, m))
            if value is None:
                unavailable_new.add((f, m))
            elif value:
                monthly[NEW][f, m] = value
    stretches: dict[str, dict[tuple[Row, Months], int | None]] = defaultdict(dict)
    for f in part_rows:
        for s in stretch_list:
            value = people.distinct((f, span_of(s)))
            if value != 0:
                stretches[PART][f, s] = value
    for f, m in unavailable_new:
        stretches[NEW][f, (m, m)] = None  # purged people who cannot be told apart
    tallies = receptions.Receptions(session)
    partners: dict[int, str] = {}
    if tallies.any_within(*spec.span):
        reception_rows: list[Filter] = [ALL]
        for row in receptions.ROWS:
            if row is not Breakdown.MONTH:
                cats = receptions._categories(tallies, spec, row)
                reception_rows += [(str(row), c.key) for c in cats]
                if row == receptions.PARTNER:
                    partners = {int(c.key): c.label.fr for c in cats}
        for f in reception_rows:
            for m in month_list:
                n = tallies.value(month_key(f, m))
                if n:
                    monthly[RECEIVED][f, m] = n
    sessions: dict[tuple[Row, int], list[int]] = {}
    filters = _FilterCache(_SESSION_BREAKDOWNS)
    for state, sids in enumerate(_session_states(material)):
        for cohort, month, n in _by_cohort(material, sids, lambda _sid: 1):
            for f in filters(cohort):
                found = sessions.setdefault((f, month), [0, 0, 0])
                found[state] += n
    stretches[FACILITATORS] = _facilitators(material, stretch_list)
    return Aggregates(
        months=months,
        monthly=dict(monthly),
        stretches=dict(stretches),
        sessions={key: (c[0], c[1], c[2]) for key, c in sessions.items()},
        actions={aid: (t, y, kind.value) for aid, (t, y, kind) in material.actions.items()},
        groups=dict(material.groups),
        partners=partners,
        years=spec.years(),
        yearly=tuple(
            _yearly(t)
            for t in (
                *_action_tables(session, spec),
                *_working_group_tables(session, spec),
                *_contribution_tables(session, spec),
            )
        ),
    )


def _facilitators(
    material: _Material, stretch_list: list[Months]
) -> dict[tuple[Row, Months], int | None]:
    """Distinct facilitators of held sessions, all and by sector, for every stretch."""
    name = Breakdown.FACILITATOR_SECTOR.value
    by_month: dict[int, set[int]] = defaultdict(set)
    for sid in material.held:
        row = material.sessions[sid]
        by_month[row.month] |= row.facilitators
    out: dict[tuple[Row, Months], int | None] = {}
    for a, b in stretch_list:
        everyone: set[int] = set()
        for m in range(a, b + 1):
            everyone |= by_month.get(m, set())
        if everyone:
            out[ALL, (a, b)] = len(everyone)
        by_sector: dict[str, int] = defaultdict(int)
        for fid in everyone:
            by_sector[material.facilitator_sector[fid]] += 1
        for sector, n in by_sector.items():
            out[(name, sector), (a, b)] = n
    return out
