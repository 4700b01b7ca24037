"""Protecting a report's counts of people jointly: its three indicators and the ledger's releases.

The suppression routine protects each table's lines; this module states everything a
reader of *all* the files could combine and hands it to the audit
(:mod:`vpi_groups.reports.audit`):

- every count of people the report shows, and every one that overlapping earlier
  releases showed or hid, is an unknown ``(indicator, filter, span)``; one population
  is one unknown however many tables or files show it;
- each count over several months is tied to its months (attendances and new
  participants add up over months; distinct participants lie between the largest
  month and the sum of the months);
- the categories of a breakdown add up to the population (referral source and age
  band split people; groups, actions and facilitator sectors split attendances), or
  bound it for distinct people (someone may come to two groups);
- new ≤ distinct ≤ attendances for the same population, and the people of a span are
  at least those of a part of it plus those who came for the first time after it;
- a count released earlier with the value it still has is the same unknown: published
  then, it stays published (never hidden again, which would hide nothing); hidden
  then, it stays hidden, and the audit keeps it as uncertain as before. A count whose
  value changed since (records added later) is left out: the earlier file describes
  other records.

Each relation is added only if the true values satisfy it (so the system always has
a solution, the true one); a relation that holds by chance only makes the audit more
careful than a reader could be.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from vpi_groups.reports import audit, disclosure
from vpi_groups.reports.disclosure import Status
from vpi_groups.reports.ledger import EarlierRelease
from vpi_groups.reports.loading import ALL, ATTRIBUTE_BREAKDOWNS, Filter, Key
from vpi_groups.reports.periods import Span, _month_index, _month_start, _period_end
from vpi_groups.reports.systems import _System
from vpi_groups.reports.values import Breakdown, Indicator, ReleasedCount
from vpi_groups.storage.models import PeriodKind

Unknown = tuple[str, Filter, Span]

ATT = Indicator.ATTENDANCES.value
PART = Indicator.PARTICIPANTS.value
NEW = Indicator.NEW_PARTICIPANTS.value
PROTECTED = (Indicator.ATTENDANCES, Indicator.PARTICIPANTS, Indicator.NEW_PARTICIPANTS)
# breakdowns whose categories split people (each person has one referral source, one
# age band, one gender); attendances are split by every breakdown but facilitator
# sector (a session with two facilitators counts in both sectors)
_ATTRIBUTES = tuple(b.value for b in ATTRIBUTE_BREAKDOWNS)
# a consolidated report's rows by vault split people too: it counts a person once in
# each vault and adds the vaults' counts (nobody can be told apart across vaults)
SENDER = "sender"
_PEOPLE_SPLITS = {*_ATTRIBUTES, SENDER}
# rows whose held sessions the report counts (sessions tables): a group, an action, an axis
# line rules and audit, in turn, until both hold (two rounds are the usual worst)
_MAX_ROUNDS = 6
_SESSION_ROWS = (Breakdown.GROUP.value, Breakdown.ACTION.value, Breakdown.AXIS.value)


@dataclass(frozen=True)
class JointResult:
    """What the joint audit did."""

    programs: int
    earlier_releases: int
    hidden_range: int


def _additive_split(indicator: str, name: str) -> bool:
    if indicator == PART:
        return name in _PEOPLE_SPLITS
    if indicator == ATT:
        return name != Breakdown.FACILITATOR_SECTOR.value
    return True  # new participants: month, axis, referral source, age band


class _Builder:
    def __init__(self, sources: Mapping[str, Callable[[Key], int | None]]) -> None:
        self.sources = sources
        self.problem: audit.Problem[Unknown] = audit.Problem()
        self.unavailable: set[Unknown] = set()

    def value(self, key: Unknown) -> int | None:
        if key in self.problem.values:
            return self.problem.values[key]
        if key in self.unavailable:
            return None
        indicator, f, span = key
        found = self.sources[indicator]((f, span))
        if found is None:
            self.unavailable.add(key)
        else:
            self.problem.values[key] = found
        return found

    def sum_line(self, total: Unknown, parts: Sequence[Unknown], *, additive: bool) -> None:
        """``total`` = sum of ``parts`` (additive) or max ≤ total ≤ sum; only if true."""
        values = self.problem.values
        if self.value(total) is None or any(self.value(p) is None for p in parts):
            return
        whole, pieces = values[total], [values[p] for p in parts]
        terms = _minus(parts)
        terms[total] = terms.get(total, 0.0) + 1.0  # a part may be the total itself
        if additive and whole == sum(pieces):
            self.problem.add_equal(terms)
            return
        if whole <= sum(pieces):
            self.problem.add_at_most(terms)
        for part in parts:
            if values[part] <= whole:
                self.problem.add_at_most({part: 1.0, total: -1.0})

    def at_most(self, small: Unknown, big: Unknown, *plus: Unknown) -> None:
        """``small`` + sum(``plus``) ≤ ``big``, only if true."""
        keys = (small, big, *plus)
        if any(self.value(key) is None for key in keys):
            return
        values = self.problem.values
        if values[small] + sum(values[p] for p in plus) <= values[big]:
            terms: dict[Unknown, float] = {small: 1.0, big: -1.0}
            for p in plus:
                terms[p] = terms.get(p, 0.0) + 1.0
            self.problem.add_at_most(terms)

    def scaled(self, small: Unknown, factor: float, big: Unknown) -> None:
        """``small`` ≤ ``factor`` × ``big``, only if true."""
        if self.value(small) is None or self.value(big) is None:
            return
        values = self.problem.values
        if values[small] <= factor * values[big]:
            self.problem.add_at_most({small: 1.0, big: -factor})

    def scaled_plus(
        self, small: Unknown, factor: float, big: Unknown, extra: Unknown | None
    ) -> None:
        """``small`` ≤ ``factor`` × ``big`` + ``extra`` (when given), only if true."""
        if extra is None or self.value(extra) is None:
            self.scaled(small, factor, big)
            return
        if self.value(small) is None or self.value(big) is None:
            return
        values = self.problem.values
        if values[small] <= factor * values[big] + values[extra]:
            self.problem.add_at_most({small: 1.0, big: -factor, extra: -1.0})


def _minus(keys: Iterable[Unknown]) -> dict[Unknown, float]:
    out: dict[Unknown, float] = {}
    for key in keys:
        out[key] = out.get(key, 0.0) - 1.0
    return out


def protect_jointly(
    systems: Mapping[Indicator, _System],
    sources: Mapping[Indicator, Callable[[Key], int | None]],
    earlier: Sequence[EarlierRelease],
    k: int,
    hidden_range: int,
    prepare: Callable[[Iterable[Key]], None] = lambda _keys: None,
    held: Callable[[Key], int] = lambda _key: 0,
) -> JointResult:
    """Run the joint audit over ``systems`` (already suppressed line by line) and the ledger.

    Updates each system's statuses in place: counts the audit hides become
    complementary, counts published earlier become published.
    """
    builder = _Builder({ind.value: source for ind, source in sources.items()})
    shown: set[Unknown] = set()
    for indicator, system in systems.items():
        for key, value in system.values.items():
            unknown = (indicator.value, key[0], key[1])
            if value is None:
                builder.unavailable.add(unknown)
                continue
            builder.problem.values[unknown] = value
            shown.add(unknown)
        for line in system.lines:
            total = (indicator.value, line.total[0], line.total[1])
            parts = [(indicator.value, f, s) for f, s in line.parts]
            additive = indicator is not Indicator.PARTICIPANTS or all(
                f[0] in _PEOPLE_SPLITS for f, s in line.parts if s == line.total[1]
            )
            time_line = any(s != line.total[1] for _f, s in line.parts)
            if indicator is Indicator.ATTENDANCES and any(
                f[0] == Breakdown.FACILITATOR_SECTOR.value for f, _s in line.parts
            ):
                additive = False
            if time_line:
                additive = indicator is not Indicator.PARTICIPANTS
            builder.sum_line(total, parts, additive=additive)
    fixed: set[Unknown] = set()
    hidden_earlier: dict[Unknown, int] = {}
    used = 0
    prepare(
        [((c.breakdown, c.category), (c.start, c.end)) for r in earlier for c in r.counts]
    )  # the earlier releases' distinct and new people, in one pass
    for release in earlier:
        same = 0
        for count in release.counts:
            unknown = (count.indicator, (count.breakdown, count.category), (count.start, count.end))
            if builder.value(unknown) != count.value:
                continue  # the records changed since: that file describes other ones
            same += 1
            if count.published:
                fixed.add(unknown)
                hidden_earlier.pop(unknown, None)
            else:
                hidden_earlier[unknown] = min(1, count.value)  # a zero hidden for P3 may be 0
        used += 1 if same else 0
    _relations(builder, set(builder.problem.values) | builder.unavailable, prepare, held)
    fixed -= builder.unavailable
    splits = _splits(builder, shown)
    solved = 0
    keep: dict[Indicator, set[Key]] = {indicator: set() for indicator in systems}
    # The audit may hide counts a line shows beside a single hidden one, and show
    # again hidden ones that hide nothing; the line rules are then applied again from
    # its result, and the audit run again, until neither changes anything.
    for _round in range(_MAX_ROUNDS):
        hidden: dict[Unknown, int] = {}
        for indicator, system in systems.items():
            for key, value in system.values.items():
                unknown = (indicator.value, key[0], key[1])
                if value is not None and system.status[key] is not Status.PUBLISHED:
                    hidden[unknown] = min(1, value)
        for unknown, low in hidden_earlier.items():
            if unknown not in fixed:
                hidden[unknown] = low
        for unknown in fixed:
            hidden.pop(unknown, None)  # shown once (a lower k), hiding it later hides nothing
        result = audit.protect(
            builder.problem,
            {key: low for key, low in hidden.items() if key in builder.problem.values},
            shown,
            k,
            min_range=hidden_range,
            fixed=fixed,
            splits=splits,
            order=repr,
            zero_may_hide=lambda key: key[1][0] in _ATTRIBUTES,
        )
        solved += result.solved
        changed = False
        for indicator, system in systems.items():
            for key in system.values:
                unknown = (indicator.value, key[0], key[1])
                if unknown in builder.unavailable:
                    continue
                if unknown in result.hidden:
                    if system.status[key] is Status.PUBLISHED:
                        system.status[key] = Status.COMPLEMENTARY
                else:
                    if system.status[key] is not Status.PUBLISHED or unknown in fixed:
                        keep[indicator].add(key)  # shown by the audit: hiding it protects nothing
                    system.status[key] = Status.PUBLISHED
            before = dict(system.status)
            system.status = disclosure.suppress(
                system.values, system.lines, k, start=before, keep=keep[indicator]
            )
            changed = changed or system.status != before
        if not changed:
            break
    return JointResult(solved, used, hidden_range)


def _cuts(spans: Iterable[Span]) -> list[int]:
    """The month indexes where a span begins or ends (the month after its last)."""
    cuts: set[int] = set()
    for start, end in spans:
        cuts.add(_month_index(start))
        cuts.add(_month_index(end) + 1)
    return sorted(cuts)


def _segments(spans: Iterable[Span], cuts: Sequence[int] | None = None) -> list[Span]:
    """The stretches of whole months between ``cuts``, inside some of ``spans``.

    A count over any of the spans is the sum (or, for distinct people, is bounded by
    the parts) of these stretches. The cuts are those of every span the files show,
    whatever their row: a reader who knows a month's total (a "month" row) and a
    quarter's category knows that category has a part in that month, bounded by the
    month's total and its held sessions (default: the spans' own ends).
    """
    spans = list(spans)
    ordered = list(_cuts(spans) if cuts is None else cuts)
    out = []
    for a, b in itertools.pairwise(ordered):
        first = _month_start(a)
        segment = (first, _period_end(PeriodKind.MONTH, _month_start(b - 1)))
        if any(s[0] <= segment[0] and segment[1] <= s[1] for s in spans):
            out.append(segment)
    return out


def _relations(
    builder: _Builder,
    keys: set[Unknown],
    prepare: Callable[[Iterable[Key]], None],
    held: Callable[[Key], int],
) -> None:
    """Stretches of time, categories, and the ties between the three indicators, for ``keys``."""
    by_population: dict[tuple[str, Filter], set[Span]] = defaultdict(set)
    by_filter: dict[Filter, set[Span]] = defaultdict(set)
    for indicator, f, span in keys:
        by_population[indicator, f].add(span)
        by_filter[f].add(span)
    # A person's attribute (and the headcount row beside them) is also cut where the
    # totals are: a month's total, its held sessions and its people bound each
    # category's part of that month.
    whole = by_filter.get(ALL, set())
    segments = {
        f: _segments(spans, _cuts([*spans, *whole]) if f[0] in _ATTRIBUTES else None)
        for f, spans in by_filter.items()
    }
    wanted: list[Key] = []
    for indicator, f in by_population:
        if indicator in (PART, NEW):  # read from the people; the other counts add up
            wanted += [(f, s) for s in segments[f]]
    prepare(wanted)  # distinct and new people of every stretch, in one pass
    # a span and its stretches; distinct people: also its earlier parts plus later newcomers
    for (indicator, f), spans in list(by_population.items()):
        for span in sorted(spans):
            inside = [s for s in segments[f] if span[0] <= s[0] and s[1] <= span[1]]
            if len(inside) < 2:
                continue
            total = (indicator, f, span)
            builder.sum_line(total, [(indicator, f, s) for s in inside], additive=indicator != PART)
            if indicator != PART:
                continue
            newcomers = (NEW, f) in by_population
            for part in {*inside, *(s for s in spans if s != span)}:
                if not (span[0] <= part[0] and part[1] <= span[1]):
                    continue
                later = [(NEW, f, s) for s in inside if s[0] > part[1]] if newcomers else []
                builder.at_most((PART, f, part), total, *later)
    # categories of a breakdown add up to (or bound) the population
    keys = set(builder.problem.values) | builder.unavailable
    categories: dict[tuple[str, str, Span], list[Unknown]] = defaultdict(list)
    for key in keys:
        indicator, f, span = key
        if f != ALL:
            categories[indicator, f[0], span].append(key)
    for (indicator, name, span), parts in categories.items():
        total = (indicator, ALL, span)
        if total in keys:
            builder.sum_line(
                total, sorted(parts, key=repr), additive=_additive_split(indicator, name)
            )
    # the attendances at headcount-only sessions are one count, in every attribute table
    for indicator, f, span in keys:
        if indicator == ATT and f[0] in _ATTRIBUTES and f[1] == "headcount":
            for name in _ATTRIBUTES:
                other = (ATT, (name, "headcount"), span)
                if name != f[0] and other in keys:
                    builder.sum_line((ATT, f, span), [other], additive=True)
    # new ≤ distinct ≤ attendances, for one population; and the attendances of people
    # of one attribute are at most the held sessions times those people
    for indicator, f, span in keys:
        if indicator == NEW:
            builder.at_most((NEW, f, span), (PART, f, span))
        elif indicator == PART and (ATT, f, span) in keys:
            builder.at_most((PART, f, span), (ATT, f, span))
            if f[0] in _ATTRIBUTES and f[1] != "headcount":
                builder.scaled((ATT, f, span), float(held((ALL, span))), (PART, f, span))
            elif f[0] in _SESSION_ROWS:
                # a group's (action's, axis's) sessions held in the span are published:
                # each of its people came at most once to each
                builder.scaled((ATT, f, span), float(held((f, span))), (PART, f, span))
            elif f == ALL:
                # everyone: the same, but attendances at headcount-only sessions need
                # no person (they are the "headcount" row of an attribute table)
                rows = [(ATT, (name, "headcount"), span) for name in _ATTRIBUTES]
                builder.scaled_plus(
                    (ATT, ALL, span),
                    float(held((ALL, span))),
                    (PART, ALL, span),
                    next((row for row in rows if row in keys), None),
                )


def _splits(builder: _Builder, shown: set[Unknown]) -> list[audit.Split[Unknown]]:
    """Populations split by a person's attribute in the report (for P3)."""
    parts: dict[tuple[str, str, Span], list[Unknown]] = defaultdict(list)
    for indicator, f, span in shown:
        if f[0] in _ATTRIBUTES and f[1] != "headcount":
            parts[indicator, f[0], span].append((indicator, f, span))
    out = []
    for (indicator, _name, span), keys in parts.items():
        total = (indicator, ALL, span)
        if total in builder.problem.values:
            out.append(audit.Split(total, tuple(sorted(keys, key=repr))))
    return out


def released(systems: Mapping[Indicator, _System]) -> tuple[ReleasedCount, ...]:
    """Every count of people the report shows or hides, for the ledger."""
    out = []
    for indicator, system in systems.items():
        for (f, span), value in system.values.items():
            if value is None:
                continue
            out.append(
                ReleasedCount(
                    indicator=indicator.value,
                    breakdown=f[0],
                    category=f[1],
                    start=span[0],
                    end=span[1],
                    value=value,
                    published=system.status[(f, span)] is Status.PUBLISHED,
                )
            )
    return tuple(out)
