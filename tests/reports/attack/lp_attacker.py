"""An attacker, as a statistician would: what exported report files give away together.

It holds what a funder holds: the JSON files (docs/report-format.md) of every report
ever exported from one vault, and what the reports say about how they count
(docs/domain.md, "Anonymised totals"). It imports nothing from the application: it
reads the files, writes its own linear program and solves it with SciPy's HiGHS.

Unknowns
    One per *population* (indicator, row filter, span) of the person indicators
    ``attendances``, ``participants`` and ``new-participants``, and of the partners'
    reception tallies ``persons-received`` (rows ``partner`` = an organisation id,
    ``contact``, ``gender``): the row filter is "all" or a breakdown and a row key
    (``("group", "12")``), the span two days.
    The same population in two tables or two files is one unknown: a cell is its
    row over its column's span, a row total its row over the period, a column total
    "all" over the column, the grand total "all" over the period, a month table's
    row "all" over the month. Every calendar month of every period gets an unknown
    for every row filter seen anywhere, published or not, so that two files that
    differ by some months (a year and January to November) meet on them. The
    ``headcount`` rows of the referral-source, age-band and gender tables are one
    population (attendances at headcount-only sessions). The tallies get month
    unknowns only when some file shows a ``persons-received`` table.

Facts (all linear; A attendances, D distinct participants, N new participants, R
persons received or informed by partners)
    - published values are fixed; a "suppressed" value is at least 1 (zeros are
      published), except in referral-source, age-band and gender tables, where the rule may
      hide a zero (P3 of docs/report-format.md); everything is at least 0; a
      subpopulation is at most "all";
    - A, N and R over a span are the sums of their months;
    - R: partners, kinds of contact and genders each split "all", month by month (each
      reception has one partner, one contact, one gender; partners only over the
      months of a file that lists them, as groups and actions). A file's partners are
      those that counted somebody in its period: a partner it lists has R >= 1 over
      the period, a partner seen elsewhere that it leaves out has R = 0 over every
      span inside it. Tallies have no tie to sessions or participants;
    - rows partitioning people add up to "all" (checked month by month for A and N,
      span by span for D): referral source, age band and gender for A (with the headcount
      row), D and N; group (with "none"), action and axis for A; axis for N; for A by
      facilitator sector the sectors cover "all" (sum >= all: a session may have
      several sectors). For D by group, action and axis: max <= all <= sum;
    - the programme's tree, inferred from the files: a group belongs to the one
      action whose published counts (and session counts) are never below its own,
      an action to its axis likewise. Then A(action) >= sum of its groups (equal when
      the session counts show the action has no other session), A(action) <= sum of
      the groups that could be its own plus "none"; D(action) >= D(each group),
      D(action) <= sum of its groups' D; the same one level up;
    - distinct people, for spans S containing T: D(S) >= D(T) + the N of the months
      of S after T (newcomers were not there before); D(S) <= D(T) + D of known
      spans tiling the rest of S (and <= the sum of its months); D(S) >= sum of the
      N of its months; D >= N; D <= A (for "all", D <= A - headcounts);
    - A <= held sessions x D (+ headcount attendances, which need no person), held
      from the ``sessions-by-<breakdown>`` tables (column "held"), for the same row
      or "all", over the same span or a longer one; no held session: A, D and N 0;
    - a published average attendance a over h held sessions (same row and span):
      h(a - 0.05) <= A <= h(a + 0.05).

Findings (k is the smallest threshold of the files)
    - P0: two files publish different values for one population, or no set of counts
      fits all the files (the data changed between them: the difference is a count
      of the people who changed). The files are then also attacked one by one;
    - P1: an unknown that is hidden somewhere, or never published, whose LP min and
      max round to the same value in 1..k-1;
    - P2: a suppressed value, published nowhere, whose feasible integer range
      ``floor(max) - ceil(min) + 1`` has fewer than 3 values;
    - P3: a population found exactly (P1, "all") whose people all fall in one
      category of a published referral-source, age-band or gender breakdown of the same
      indicator and span (the other categories published 0 or derivable 0); for the
      tallies, the gender breakdown.

Speed: each LP solution is a feasible point; the points found so far bound every
unknown's min and max from inside, so an unknown is only minimised (and maximised)
while a finding is still possible. P1 is impossible once a point shows the value
at 0 (the exact value would be 0), at k or more, or at two different integers.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.optimize import linprog

ATTENDANCES = "attendances"
PARTICIPANTS = "participants"
NEW = "new-participants"
RECEIVED = "persons-received"
PEOPLE = (ATTENDANCES, PARTICIPANTS, NEW)  # counts of people at the programme's sessions
COUNTS = (*PEOPLE, RECEIVED)  # every protected count of people the files show
AVERAGE = "average-attendance"
SESSIONS = "sessions"
SUPPRESSED = "suppressed"
EPS = 1e-6
HUGE = 10**12

Span = tuple[dt.date, dt.date]
Filter = tuple[str, str]
Key = tuple[str, Filter, Span]
Vector = npt.NDArray[np.float64]
Terms = list[tuple[int | None, float]]

ALL: Filter = ("all", "all")
HEADCOUNT: Filter = ("headcount", "headcount")
NONE_GROUP: Filter = ("group", "none")
ATTRIBUTES = ("referral-source", "age-band", "gender")
# Rows that split people (or attendances) without overlap: they add up to "all". A
# consolidated report's rows by organisation ("sender") do too: its notes say that each
# vault counts its own people and the report adds the counts.
SENDER = "sender"
PARTITIONS: dict[str, tuple[str, ...]] = {
    ATTENDANCES: (*ATTRIBUTES, "group", "action", "axis", SENDER),
    PARTICIPANTS: (*ATTRIBUTES, SENDER),
    NEW: (*ATTRIBUTES, "axis", SENDER),
    RECEIVED: ("partner", "contact", "gender"),  # one partner, contact and gender each
}
# Rows that cover people, someone possibly in several: max <= all <= sum.
COVERS: dict[str, tuple[str, ...]] = {
    ATTENDANCES: ("facilitator-sector",),
    PARTICIPANTS: ("group", "action", "axis"),
    NEW: (),
    RECEIVED: (),
}
# Breakdowns whose rows are the records the period touches (not a fixed list): a
# sum over them holds only where a file listing them covers the span.
LISTED = ("group", "action", "partner")
# Counts that add up over months (a span is the sum of its months)
ADDITIVE = (ATTENDANCES, NEW, RECEIVED)
# Rows listed exactly when they counted somebody in the file's period: the partners of
# the reception tallies (a partner's month holds only counts above zero)
COUNTED_ROWS = ((RECEIVED, "partner"),)
SESSION_COLUMNS = ("held", "cancelled", "other", "planned")


@dataclass(frozen=True)
class Violation:
    """One thing the files give away."""

    rule: str  # P0 .. P3
    description: str
    population: Key | None = None

    def __str__(self) -> str:
        return f"{self.rule}: {self.description}"


# ---------------------------------------------------------------- spans


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _span(key: str) -> Span:
    start, _slash, end = key.partition("/")
    return _day(start), _day(end)


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _month(index: int) -> Span:
    start = dt.date(index // 12, index % 12 + 1, 1)
    following = dt.date((index + 1) // 12, (index + 1) % 12 + 1, 1)
    return start, following - dt.timedelta(days=1)


def _months(span: Span) -> list[Span] | None:
    """The calendar months making up a span, or None when it cuts a month."""
    first, last = _month_index(span[0]), _month_index(span[1])
    if span[0] != _month(first)[0] or span[1] != _month(last)[1]:
        return None
    return [_month(i) for i in range(first, last + 1)]


def _within(inner: Span, outer: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _span_text(span: Span) -> str:
    return f"{span[0].isoformat()}/{span[1].isoformat()}"


def describe(key: Key) -> str:
    """'participants (group=12) over 2025-01-01/2025-03-31'."""
    indicator, (breakdown, row), span = key
    who = "all" if (breakdown, row) == ALL else f"{breakdown}={row}"
    return f"{indicator} ({who}) over {_span_text(span)}"


# ---------------------------------------------------------------- reading the files


def _value(raw: object) -> float | str | None:
    """A published number, "suppressed", or None (unavailable, not applicable)."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return float(raw)
    if raw == SUPPRESSED:
        return SUPPRESSED
    return None


def _filter(breakdown: str | None, row: str) -> Filter:
    if breakdown is None:
        return ALL
    if row == "headcount" and breakdown in ATTRIBUTES:
        return HEADCOUNT
    return (breakdown, row)


@dataclass
class _Release:
    """What one file says."""

    name: str
    k: int
    period: Span
    cells: list[tuple[Key, float | str | None]] = field(default_factory=list)
    sessions: dict[tuple[Filter, Span], dict[str, float]] = field(default_factory=dict)
    session_breakdowns: set[str] = field(default_factory=set)
    averages: list[tuple[Filter, Span, float]] = field(default_factory=list)
    tables: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def _positions(table: Mapping[str, Any], period: Span) -> Iterator[tuple[Filter, Span, object]]:
    """Every value of a table with the population (row filter, span) it counts."""
    breakdown: str | None = table["breakdown"]
    rows = [str(r["key"]) for r in table["rows"]]
    columns = [_span(str(c["key"])) for c in table["columns"]]
    if breakdown == "month":  # one row per month, one column: the period
        for row, cells in zip(rows, table["cells"], strict=True):
            for raw in cells:
                yield ALL, _span(row), raw
        if table["column_totals"] is not None:
            for span, raw in zip(columns, table["column_totals"], strict=True):
                yield ALL, span, raw
        return
    filters = [_filter(breakdown, r) for r in rows]
    for f, cells in zip(filters, table["cells"], strict=True):
        for span, raw in zip(columns, cells, strict=True):
            yield f, span, raw
    if table["row_totals"] is not None:
        for f, raw in zip(filters, table["row_totals"], strict=True):
            yield f, period, raw
    if table["column_totals"] is not None:
        for span, raw in zip(columns, table["column_totals"], strict=True):
            yield ALL, span, raw
    if table["grand_total"] is not None:
        yield ALL, period, table["grand_total"]


def _read(document: Mapping[str, Any], name: str) -> _Release:
    period = (_day(document["period"]["start"]), _day(document["period"]["end"]))
    release = _Release(name, int(document["disclosure"]["k"]), period)
    for table in document["tables"]:
        indicator = str(table["indicator"])
        breakdown: str | None = table["breakdown"]
        if indicator in COUNTS:
            for f, span, raw in _positions(table, period):
                release.cells.append(((indicator, f, span), _value(raw)))
            if breakdown is not None:
                release.tables[indicator, breakdown] = [str(r["key"]) for r in table["rows"]]
        elif indicator == AVERAGE:
            for f, span, raw in _positions(table, period):
                value = _value(raw)
                if isinstance(value, float):
                    release.averages.append((f, span, value))
        elif indicator == SESSIONS and breakdown is not None:
            _read_sessions(release, table, breakdown)
    for bar in document.get("chart", {}).get("bars", ()):
        key: Key = (ATTENDANCES, ALL, _span(str(bar["key"])))
        release.cells.append((key, _value(bar["value"])))
    return release


def _read_sessions(release: _Release, table: Mapping[str, Any], breakdown: str) -> None:
    columns = [str(c["key"]) for c in table["columns"]]
    places: list[tuple[Filter, Span]] = [
        (ALL, _span(str(r["key"])))
        if breakdown == "month"
        else (_filter(breakdown, r["key"]), release.period)
        for r in table["rows"]
    ]
    lines = list(zip(places, table["cells"], strict=True))
    if table["column_totals"] is not None:
        lines.append(((ALL, release.period), table["column_totals"]))
    for place, cells in lines:
        counts = {c: float(v) for c, v in zip(columns, cells, strict=True) if _value(v) is not None}
        if all(c in counts for c in SESSION_COLUMNS):
            release.sessions[place] = counts
    release.session_breakdowns.add(breakdown)


def read_files(paths: Iterable[Path]) -> list[tuple[str, dict[str, Any]]]:
    """The JSON documents of these files, with their names."""
    return [(p.name, json.loads(p.read_bytes())) for p in paths]


# ---------------------------------------------------------------- the linear program


class _InfeasibleError(Exception):
    """No set of counts satisfies every fact."""


class _Model:
    """The unknowns and facts of a set of files, and the LPs over them."""

    def __init__(self, releases: Sequence[_Release]) -> None:
        self.releases = releases
        self.k = min(r.k for r in releases)
        self.index: dict[Key, int] = {}
        self.keys: list[Key] = []
        self.published: dict[Key, dict[float, list[str]]] = defaultdict(dict)
        self.suppressed: dict[Key, list[str]] = defaultdict(list)
        self.numbers: dict[Filter, dict[tuple[str, Span], float]] = defaultdict(dict)
        self.rows: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.coverage: dict[tuple[str, str], list[Span]] = defaultdict(list)
        self.sessions: dict[tuple[Filter, Span], dict[str, float]] = {}
        self.session_periods: dict[str, list[Span]] = defaultdict(list)
        # the tallies' unknowns only when some file shows them (a report shows them
        # when the period holds any tally)
        self.filters: dict[str, set[Filter]] = {i: {ALL} for i in PEOPLE} | {RECEIVED: set()}
        self.spans: dict[tuple[str, Filter], list[Span]] = defaultdict(list)
        self._ub: list[tuple[list[tuple[int, float]], float]] = []
        self._eq: list[tuple[list[tuple[int, float]], float]] = []
        self._collect()
        self._variables()
        self.lo = np.zeros(len(self.keys))
        self.hi = np.full(len(self.keys), np.inf)
        self._facts()
        self._matrices()

    # ------------------------------------------------------------ unknowns

    def _var(self, key: Key) -> int:
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.keys)
            self.keys.append(key)
        return found

    def x(self, indicator: str, f: Filter, span: Span) -> int | None:
        return self.index.get((indicator, f, span))

    def _collect(self) -> None:
        for release in self.releases:
            for key, value in release.cells:
                self._var(key)
                if isinstance(value, float):
                    self.published[key].setdefault(value, []).append(release.name)
                    self.numbers[key[1]].setdefault((key[0], key[2]), value)
                elif value == SUPPRESSED:
                    self.suppressed[key].append(release.name)
            for (indicator, breakdown), rows in release.tables.items():
                self.rows[indicator, breakdown].update(rows)
                self.coverage[indicator, breakdown].append(release.period)
            for place, counts in release.sessions.items():
                self.sessions.setdefault(place, counts)
            for breakdown in release.session_breakdowns:
                self.session_periods[breakdown].append(release.period)
        self.months = sorted(
            {m for r in self.releases for m in (_months(r.period) or ())}, key=lambda s: s[0]
        )

    def _variables(self) -> None:
        for indicator, f, _span in list(self.keys):
            self.filters[indicator].add(f)
        self.filters[ATTENDANCES].add(HEADCOUNT)
        groups = any(f[0] == "group" for f in self.filters[PARTICIPANTS])
        if NONE_GROUP in self.filters[ATTENDANCES] and groups:
            self.filters[PARTICIPANTS].add(NONE_GROUP)
        for indicator, filters in self.filters.items():
            for f in sorted(filters):
                for m in self.months:
                    self._var((indicator, f, m))
        by_filter: dict[tuple[str, Filter], set[Span]] = defaultdict(set)
        for indicator, f, span in self.keys:
            by_filter[indicator, f].add(span)
        for span in sorted(by_filter[ATTENDANCES, ALL]):
            self._var((ATTENDANCES, HEADCOUNT, span))
        if NONE_GROUP in self.filters[PARTICIPANTS]:
            for (indicator, f), seen in list(by_filter.items()):
                if indicator == PARTICIPANTS and f[0] == "group":
                    for span in sorted(seen):
                        self._var((PARTICIPANTS, NONE_GROUP, span))
                        self._var((ATTENDANCES, NONE_GROUP, span))
        for indicator, f, span in self.keys:
            self.spans[indicator, f].append(span)
        for spans in self.spans.values():
            spans.sort(key=lambda s: (s[0], -s[1].toordinal()))

    # ------------------------------------------------------------ facts

    def _add(self, terms: Terms, sense: str, rhs: float = 0.0) -> None:
        pairs: list[tuple[int, float]] = []
        for v, c in terms:
            if v is None:
                return
            pairs.append((v, c))
        if sense == "<=":
            self._ub.append((pairs, rhs))
        elif sense == ">=":
            self._ub.append(([(v, -c) for v, c in pairs], -rhs))
        else:
            self._eq.append((pairs, rhs))

    def _covered(self, indicator: str, breakdown: str, span: Span) -> bool:
        """Whether the rows seen of this breakdown are all the rows there are over span."""
        if breakdown not in LISTED:
            return bool(self.rows[indicator, breakdown])
        return any(_within(span, p) for p in self.coverage[indicator, breakdown])

    def _row_filters(self, indicator: str, breakdown: str) -> list[Filter]:
        return sorted(_filter(breakdown, r) for r in self.rows[indicator, breakdown])

    def _facts(self) -> None:
        for key, values in self.published.items():
            i = self.index[key]
            value = next(iter(values))
            self.lo[i] = self.hi[i] = value
        for key in self.suppressed:
            if key not in self.published and key[1][0] not in ATTRIBUTES:
                # "s" is at least 1, but in a referral-source or age-band split, where
                # the documented rule (P3) may hide a zero
                i = self.index[key]
                self.lo[i] = max(self.lo[i], 1.0)
        self._sums_over_months()
        self._counted_rows()
        self._subpopulations()
        self._partitions()
        self._distinct()
        self._held()
        self._hierarchy()

    def _sums_over_months(self) -> None:
        for indicator in ADDITIVE:
            for f in sorted(self.filters[indicator]):
                for span in self.spans[indicator, f]:
                    months = _months(span)
                    if months and len(months) > 1:
                        terms: Terms = [(self.x(indicator, f, m), -1.0) for m in months]
                        self._add([(self.x(indicator, f, span), 1.0), *terms], "=")

    def _counted_rows(self) -> None:
        """A partner a file lists counted somebody in its period; one it leaves out, nobody."""
        for indicator, breakdown in COUNTED_ROWS:
            seen = self._row_filters(indicator, breakdown)
            for release in self.releases:
                listed = release.tables.get((indicator, breakdown))
                if listed is None:
                    continue
                shown = {_filter(breakdown, r) for r in listed}
                for f in seen:
                    i = self.x(indicator, f, release.period)
                    if f in shown:
                        if i is not None:
                            self.lo[i] = max(self.lo[i], 1.0)
                        continue
                    for span in self.spans[indicator, f]:
                        if _within(span, release.period):
                            self.hi[self.index[indicator, f, span]] = 0.0

    def _subpopulations(self) -> None:
        for indicator, f, span in self.keys:
            if f != ALL:
                self._add(
                    [(self.x(indicator, f, span), 1.0), (self.x(indicator, ALL, span), -1.0)], "<="
                )

    def _partitions(self) -> None:
        for indicator, breakdowns in PARTITIONS.items():
            for breakdown in breakdowns:
                rows = self._row_filters(indicator, breakdown)
                if not rows:
                    continue
                # A, N and the tallies add up over months: a sum per month holds for
                # every span
                spans = self.months if indicator != PARTICIPANTS else self.spans[indicator, ALL]
                for span in spans:
                    if self._covered(indicator, breakdown, span):
                        terms: Terms = [(self.x(indicator, f, span), 1.0) for f in rows]
                        self._add([*terms, (self.x(indicator, ALL, span), -1.0)], "=")
        for indicator, breakdowns in COVERS.items():
            for breakdown in breakdowns:
                rows = self._row_filters(indicator, breakdown)
                if breakdown == "group" and NONE_GROUP in self.filters[indicator]:
                    rows = sorted({*rows, NONE_GROUP})
                if not rows:
                    continue
                spans = self.months if indicator == ATTENDANCES else self.spans[indicator, ALL]
                for span in spans:
                    if self._covered(indicator, breakdown, span):
                        terms = [(self.x(indicator, f, span), 1.0) for f in rows]
                        self._add([*terms, (self.x(indicator, ALL, span), -1.0)], ">=")

    def _tiles(self, f: Filter, span: Span, inner: Span) -> list[Span] | None:
        """Known spans of D(f) tiling span minus inner (longest first), or None."""
        known = self.spans[PARTICIPANTS, f]
        pieces: list[Span] = []
        for gap in (
            (span[0], inner[0] - dt.timedelta(days=1)),
            (inner[1] + dt.timedelta(days=1), span[1]),
        ):
            position = gap[0]
            while position <= gap[1]:
                fitting = [s for s in known if s[0] == position and s[1] <= gap[1]]
                if not fitting:
                    return None
                piece = max(fitting, key=lambda s: s[1])
                pieces.append(piece)
                position = piece[1] + dt.timedelta(days=1)
        return pieces

    def _distinct(self) -> None:
        D, N, A = PARTICIPANTS, NEW, ATTENDANCES  # noqa: N806
        for f in sorted(self.filters[D]):
            with_new = f in self.filters[N]
            spans = self.spans[D, f]
            for span in spans:
                d = self.x(D, f, span)
                months = _months(span)
                if months and len(months) > 1:
                    self._add([(d, 1.0), *((self.x(D, f, m), -1.0) for m in months)], "<=")
                    if with_new:
                        self._add([(d, 1.0), *((self.x(N, f, m), -1.0) for m in months)], ">=")
                for inner in spans:
                    if inner == span or not _within(inner, span):
                        continue
                    later: Terms = []
                    if months and with_new:
                        later = [(self.x(N, f, m), -1.0) for m in months if m[0] > inner[1]]
                    self._add([(d, 1.0), (self.x(D, f, inner), -1.0), *later], ">=")
                    inner_months = _months(inner)
                    if inner_months and len(inner_months) > 1:
                        tiles = self._tiles(f, span, inner)
                        if tiles is not None:
                            rest: Terms = [(self.x(D, f, t), -1.0) for t in tiles]
                            self._add([(d, 1.0), (self.x(D, f, inner), -1.0), *rest], "<=")
                if with_new and self.x(N, f, span) is not None:
                    self._add([(d, 1.0), (self.x(N, f, span), -1.0)], ">=")
                if self.x(A, f, span) is not None:
                    heads: Terms = []
                    if f == ALL and self.x(A, HEADCOUNT, span) is not None:
                        heads = [(self.x(A, HEADCOUNT, span), 1.0)]
                    self._add([(d, 1.0), (self.x(A, f, span), -1.0), *heads], "<=")

    def _held_counts(self) -> dict[tuple[Filter, Span], float]:
        held = {place: counts["held"] for place, counts in self.sessions.items()}
        for spans in self.spans.values():
            for span in spans:
                months = _months(span)
                if (ALL, span) not in held and months and all((ALL, m) in held for m in months):
                    held[ALL, span] = sum(held[ALL, m] for m in months)
        return held

    def _held(self) -> None:
        held = self._held_counts()
        by_filter: dict[Filter, list[tuple[Span, float]]] = defaultdict(list)
        for (f, span), n in held.items():
            by_filter[f].append((span, n))
        zero = [(f, span) for (f, span), n in held.items() if n == 0]
        for i, (indicator, f, span) in enumerate(self.keys):
            if indicator not in PEOPLE:
                continue  # partners receive people whether sessions are held or not
            if any(_within(span, s) and z in (ALL, f) for z, s in zero):
                self.hi[i] = min(self.hi[i], 0.0)  # no session held: nobody came
        A, D = ATTENDANCES, PARTICIPANTS  # noqa: N806
        for indicator, f, span in self.keys:
            if indicator != A or f == HEADCOUNT:
                continue
            d = self.x(D, f, span)
            bounds = [n for s, n in by_filter[f] + by_filter[ALL] if _within(span, s)]
            if d is None or not bounds:
                continue
            terms: Terms = [(self.x(A, f, span), 1.0), (d, -min(bounds))]
            if f[0] not in ATTRIBUTES:  # headcount-only sessions count people without a D
                terms.append((self.x(A, HEADCOUNT, span), -1.0))
            self._add(terms, "<=")
        for release in self.releases:
            for f, span, average in release.averages:
                sessions = held.get((f, span))
                if sessions:
                    a = self.x(A, f, span)
                    self._add([(a, 1.0)], ">=", sessions * (average - 0.05) - 1e-9)
                    self._add([(a, 1.0)], "<=", sessions * (average + 0.05) + 1e-9)

    def _fits(self, child: Filter, parent: Filter) -> bool:
        """Whether the child row's published counts never exceed the parent's."""
        mine, theirs = self.numbers[child], self.numbers[parent]
        for place, value in mine.items():
            other = theirs.get(place)
            if other is not None and value > other + EPS:
                return False
        for (f, span), counts in self.sessions.items():
            if f == child:
                above = self.sessions.get((parent, span))
                if above is not None and any(counts[c] > above[c] for c in SESSION_COLUMNS):
                    return False
        return True

    def _closed(self, parent: Filter, kids: Sequence[Filter], child: str) -> list[Span]:
        """Periods over which the parent's sessions are exactly its known children's."""
        out = []
        for (f, span), counts in self.sessions.items():
            if f == parent and span in self.session_periods[child]:
                below = sum(self.sessions.get((kid, span), {}).get("planned", 0.0) for kid in kids)
                if below == counts["planned"]:
                    out.append(span)
        return out

    def _hierarchy(self) -> None:
        A, D, N = ATTENDANCES, PARTICIPANTS, NEW  # noqa: N806
        for child, parent in (("group", "action"), ("action", "axis")):
            children = sorted((self.rows[A, child] | self.rows[D, child]) - {"none"})
            parents = self.rows[A, parent] | self.rows[D, parent] | self.rows[N, parent]
            fits = {
                c: {p for p in parents if self._fits((child, c), (parent, p))} for c in children
            }
            unique = {c: next(iter(ps)) for c, ps in fits.items() if len(ps) == 1}
            for p in sorted(parents):
                pf: Filter = (parent, p)
                kids: list[Filter] = [(child, c) for c, q in sorted(unique.items()) if q == p]
                maybe: list[Filter] = [(child, c) for c, ps in sorted(fits.items()) if p in ps]
                closed = self._closed(pf, kids, child)
                for indicator, spans in ((A, self.months), (D, self.spans[D, pf])):
                    extra = [NONE_GROUP] if child == "group" else []
                    extra = [e for e in extra if e in self.filters[indicator]]
                    for span in spans:
                        top = self.x(indicator, pf, span)
                        if top is None:
                            continue
                        below: Terms = [(self.x(indicator, kid, span), -1.0) for kid in kids]
                        if indicator == A and kids:
                            self._add([(top, 1.0), *below], ">=")
                        if indicator == D:
                            for kid in kids:
                                self._add([(self.x(D, kid, span), 1.0), (top, -1.0)], "<=")
                        if any(_within(span, s) for s in closed):
                            self._add([(top, 1.0), *below], "=" if indicator == A else "<=")
                        elif self._covered(indicator, child, span):
                            others = [(self.x(indicator, f, span), -1.0) for f in (*maybe, *extra)]
                            self._add([(top, 1.0), *others], "<=")

    def _matrices(self) -> None:
        n = len(self.keys)

        def build(rows: list[tuple[list[tuple[int, float]], float]]) -> tuple[Any, Vector] | None:
            if not rows:
                return None
            r, c, v = [], [], []
            for number, (pairs, _rhs) in enumerate(rows):
                for var, coef in pairs:
                    r.append(number)
                    c.append(var)
                    v.append(coef)
            matrix = sparse.coo_matrix((v, (r, c)), shape=(len(rows), n)).tocsr()
            return matrix, np.array([rhs for _p, rhs in rows], dtype=float)

        self.ub = build(self._ub)
        self.eq = build(self._eq)
        self.refresh()

    def refresh(self) -> None:
        """Take changed bounds into account."""
        self.bounds = np.column_stack([self.lo, self.hi])

    # ------------------------------------------------------------ solving

    def solve(self, objective: Vector) -> tuple[float, Vector] | None:
        """Minimise; the optimum and its point, None when unbounded."""
        if bool(np.any(self.lo > self.hi + EPS)):
            raise _InfeasibleError
        # HiGHS's automatic choice first; on numerical trouble (status 4) the interior
        # point method, then the dual simplex without presolve, as a reader would
        tries: tuple[tuple[str, dict[str, bool]], ...] = (
            ("highs", {}),
            ("highs-ipm", {}),
            ("highs-ds", {"presolve": False}),
        )
        for method, options in tries:
            result = linprog(
                objective,
                A_ub=None if self.ub is None else self.ub[0],
                b_ub=None if self.ub is None else self.ub[1],
                A_eq=None if self.eq is None else self.eq[0],
                b_eq=None if self.eq is None else self.eq[1],
                bounds=self.bounds,
                method=method,
                options=options,
            )
            if result.status != 4:
                break
        if result.status == 2:
            raise _InfeasibleError
        if result.status == 3:
            return None
        if result.status != 0:
            raise RuntimeError(f"linprog failed: {result.message}")
        return float(result.fun), np.asarray(result.x, dtype=float)


# ---------------------------------------------------------------- the attack


def _ceil(x: float) -> int:
    return math.ceil(x - EPS) if math.isfinite(x) else (HUGE if x > 0 else -HUGE)


def _floor(x: float) -> int:
    return math.floor(x + EPS) if math.isfinite(x) else (HUGE if x > 0 else -HUGE)


class _Attack:
    """Min and max of the unknowns, as far as needed to tell the findings."""

    def __init__(self, model: _Model, skip: set[int] | None = None) -> None:
        self.model = model
        self.skip = skip or set()
        n = len(model.keys)
        self.low: dict[int, float] = {}
        self.high: dict[int, float] = {}
        self.seen_low = np.full(n, np.inf)
        self.seen_high = np.full(n, -np.inf)
        self.lps = 0

    def _point(self, x: Vector) -> None:
        np.minimum(self.seen_low, x, out=self.seen_low)
        np.maximum(self.seen_high, x, out=self.seen_high)

    def _optimise(self, i: int, sign: float) -> float:
        objective = np.zeros(len(self.model.keys))
        objective[i] = sign
        self.lps += 1
        found = self.model.solve(objective)
        if found is None:
            return math.inf
        value, x = found
        self._point(x)
        return sign * value

    def minimum(self, i: int) -> float:
        if i not in self.low:
            self.low[i] = self._optimise(i, 1.0)
        return self.low[i]

    def maximum(self, i: int) -> float:
        if i not in self.high:
            self.high[i] = self._optimise(i, -1.0)
        return self.high[i]

    def _bounds(self, i: int) -> tuple[float, float]:
        """An upper bound on the min and a lower bound on the max (exact once solved)."""
        return self.low.get(i, self.seen_low[i]), self.high.get(i, self.seen_high[i])

    def _open(self, i: int, hidden: bool) -> bool:
        lo, hi = self._bounds(i)
        k = self.model.k
        exact_possible = not (_ceil(lo) <= 0 or _floor(hi) >= k or _ceil(lo) < _floor(hi))
        narrow_possible = hidden and _floor(hi) - _ceil(lo) < 2
        return exact_possible or narrow_possible

    def run(self) -> list[Violation]:
        model = self.model
        n = len(model.keys)
        candidates = [
            i
            for i, key in enumerate(model.keys)
            if key not in model.published and i not in self.skip
        ]
        hidden = {i for i in candidates if model.keys[i] in model.suppressed}
        # a few points first: every unknown low, every unknown high, then at random
        rng = np.random.default_rng(0)
        mask = np.zeros(n)
        mask[candidates] = 1.0
        objectives = [mask, -mask]
        objectives += [s * mask * rng.uniform(0.2, 2.0, n) for s in (1.0, -1.0, 1.0, -1.0)]
        for objective in objectives:
            self.lps += 1
            found = model.solve(objective)
            if found is not None:
                self._point(found[1])
        for i in candidates:
            while self._open(i, i in hidden):
                if i not in self.low:
                    self.minimum(i)
                elif i not in self.high:
                    self.maximum(i)
                else:
                    break
        return self._findings(candidates, hidden)

    def _findings(self, candidates: Sequence[int], hidden: set[int]) -> list[Violation]:
        model, k = self.model, self.model.k
        out: list[Violation] = []
        exact: list[tuple[int, int]] = []
        for i in candidates:
            if i not in self.low or i not in self.high:
                continue
            key = model.keys[i]
            lo, hi = _ceil(self.low[i]), _floor(self.high[i])
            where = (
                f"hidden in {', '.join(sorted(set(model.suppressed[key])))}"
                if key in model.suppressed
                else "never published"
            )
            if lo == hi and 1 <= lo <= k - 1:
                exact.append((i, lo))
                out.append(
                    Violation("P1", f"{describe(key)} is exactly {lo} (k={k}; {where})", key)
                )
            if i in hidden and hi - lo + 1 < 3:
                out.append(
                    Violation(
                        "P2",
                        f"{describe(key)} can only be {lo}..{hi} ({where}; k={k})",
                        key,
                    )
                )
        for i, value in exact:
            out += self._one_category(model.keys[i], value)
        return out

    def _is_zero(self, key: Key) -> bool:
        if key in self.model.published:
            return next(iter(self.model.published[key])) == 0
        i = self.model.index[key]
        if self.seen_high[i] > EPS:
            return False
        return self.maximum(i) <= EPS

    def _one_category(self, key: Key, value: int) -> list[Violation]:
        indicator, f, span = key
        out: list[Violation] = []
        if f != ALL:
            return out
        for breakdown in ATTRIBUTES:
            rows = sorted(r for r in self.model.rows[indicator, breakdown] if r != "headcount")
            keys = [(indicator, (breakdown, r), span) for r in rows]
            shown = any(k in self.model.published or k in self.model.suppressed for k in keys)
            if not rows or not shown or any(k not in self.model.index for k in keys):
                continue
            left = [k for k in keys if not self._is_zero(k)]
            if len(left) == 1:
                out.append(
                    Violation(
                        "P3",
                        f"all {value} of {describe(key)} are {breakdown}={left[0][1][1]}",
                        key,
                    )
                )
        return out


def _conflicts(model: _Model) -> tuple[list[Violation], list[Violation]]:
    """Populations published with two values (the data changed), and zeros hidden."""
    changed, zeros = [], []
    for key, values in model.published.items():
        if len(values) > 1:
            shown = "; ".join(
                f"{v:g} in {', '.join(sorted(set(names)))}" for v, names in sorted(values.items())
            )
            changed.append(Violation("P0", f"{describe(key)} is published twice: {shown}", key))
        elif 0.0 in values and key in model.suppressed and key[1][0] not in ATTRIBUTES:
            hidden = ", ".join(sorted(set(model.suppressed[key])))
            shown = ", ".join(sorted(set(values[0.0])))
            text = f"{describe(key)} is hidden in {hidden} but published 0 in {shown}"
            zeros.append(Violation("P0", text, key))
    return changed, zeros


@dataclass
class Result:
    """Violations found, with the size of the work done."""

    violations: list[Violation]
    unknowns: int = 0
    facts: int = 0
    lps: int = 0


def _hidden_zeros(model: _Model) -> list[int] | None:
    """Suppressed unknowns that can only be 0 (None: the files clash even so).

    The reports promise that zeros are published, so "suppressed" means 1 or more;
    when that makes the files contradict each other, the attacker drops the promise
    and looks for the hidden cells that must be 0.
    """
    hidden = [
        model.index[key]
        for key in model.suppressed
        if key not in model.published and key[1][0] not in ATTRIBUTES
    ]
    promised = model.lo.copy()
    model.lo[hidden] = 0.0
    model.refresh()
    probe = _Attack(model)
    try:
        for sign in (-1.0, 1.0):
            objective = np.zeros(len(model.keys))
            objective[hidden] = sign
            found = model.solve(objective)
            if found is not None:
                probe._point(found[1])
        zeros = [i for i in hidden if probe.seen_high[i] <= EPS and probe.maximum(i) <= EPS]
    except _InfeasibleError:
        zeros = None
    model.lo = promised
    if zeros:
        model.lo[zeros] = 0.0
    model.refresh()
    return zeros


def attack_documents(
    documents: Sequence[Mapping[str, Any]], names: Sequence[str] | None = None
) -> Result:
    """Attack every document together; the violations found and the LP's size."""
    labels = list(names) if names is not None else [f"file {n + 1}" for n in range(len(documents))]
    releases = [_read(d, name) for d, name in zip(documents, labels, strict=True)]
    model = _Model(releases)
    result = Result([], len(model.keys), len(model._ub) + len(model._eq))
    changed, zeros_shown = _conflicts(model)
    if not changed:
        found = _joint(model)
        if found is not None:
            result.violations = zeros_shown + found[0]
            result.lps = found[1]
            return result
        changed = [Violation("P0", f"no set of counts fits all of {', '.join(labels)} together")]
    # the data changed between the files: each file on its own
    result.violations = changed
    if len(documents) > 1:
        for document, name in zip(documents, labels, strict=True):
            alone = attack_documents([document], [name])
            result.violations += alone.violations
            result.lps += alone.lps
    return result


def _joint(model: _Model) -> tuple[list[Violation], int] | None:
    """The findings on a consistent model and the LPs solved; None if the files clash."""
    attack = _Attack(model)
    try:
        return attack.run(), attack.lps
    except _InfeasibleError:
        pass
    zeros = _hidden_zeros(model)
    if not zeros:
        return None
    out = []
    for i in zeros:
        key = model.keys[i]
        where = ", ".join(sorted(set(model.suppressed[key])))
        text = f"{describe(key)} is hidden in {where} but can only be 0 (zeros are published)"
        out.append(Violation("P0", text, key))
    attack = _Attack(model, skip=set(zeros))
    try:
        return out + attack.run(), attack.lps
    except _InfeasibleError:
        return None


def attack(
    documents: Sequence[Mapping[str, Any]], names: Sequence[str] | None = None
) -> list[Violation]:
    """Everything these documents (all the files of one vault) give away together."""
    return attack_documents(documents, names).violations


def attack_files(paths: Iterable[Path]) -> list[Violation]:
    """Attack the JSON report files at these paths together."""
    named = read_files(paths)
    return attack([d for _n, d in named], [n for n, _d in named])


def attack_folder(folder: Path) -> list[Violation]:
    """Attack every JSON file of a folder together."""
    return attack_files(sorted(folder.glob("*.json")))
