"""The coordinator's report: several vaults' unprotected totals added up, then protected once.

Each facilitator's vault sends :class:`~vpi_groups.reports.aggregates.Aggregates` (sealed,
see :mod:`vpi_groups.consolidation`); the coordinator's own vault adds its own. Counts
are added vault by vault, row by row, and the sums go through the same protection as
any report: the suppression routine table by table, then the joint audit with the
coordinator's release ledger. Nothing is protected before it is added.

What changes from a single vault's report
    - Actions, talk groups and partners keep their vault: each row is named after its
      organisation ("CCAS : Groupe de parole (2026)"). The coordinator's own rows keep
      their ids, so its earlier releases describe the same rows.
    - Distinct and new participants cannot be told apart across vaults (no name, no code
      leaves a machine): the report counts them per vault and adds the counts; a table
      "by organisation" shows each vault's part, and the notes say so.
    - A vault that sent nothing for some of the months counts zero there, and the notes
      name it with its missing months. Distinct participants over months that two of a
      vault's bundles share between them cannot be added up: they are unavailable.
    - Tables published exactly (actions, trainings, public actions, working groups,
      contributions) come from each vault's newest bundle for each year.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from vpi_groups import clock, memory, vault_settings
from vpi_groups.reports import aggregates as agg
from vpi_groups.reports import joint, ledger, receptions
from vpi_groups.reports.aggregates import Aggregates, Months, Row, YearlyTable
from vpi_groups.reports.indicators import (
    _NEW_BREAKDOWNS,
    _PEOPLE_BREAKDOWNS,
    _SESSION_BREAKDOWNS,
    _notes,
    _plain_table,
    _protect,
    _session_count_tables,
    check_threshold,
)
from vpi_groups.reports.loading import ALL, Filter, Key, _categories, _Category, _Material
from vpi_groups.reports.people import _MonthSums
from vpi_groups.reports.periods import (
    PeriodSpec,
    _month_index,
)
from vpi_groups.reports.systems import (
    _hierarchy_lines,
    _Layout,
    _layout,
    _month_lines,
    _System,
    _table,
    _title,
)
from vpi_groups.reports.values import (
    Breakdown,
    Indicator,
    Number,
    Report,
    Table,
    Unit,
)
from vpi_groups.reports.wording import Label, _label, _plain
from vpi_groups.storage.models import ActionKind, Gender, Sector, TallyContact

SENDER = joint.SENDER
"""The rows of each vault's part: a person is counted once in each vault they came to."""

_STRIDE = 10_000_000
"""Row ids of the n-th vault are n × this plus its own id (the coordinator's own: n = 0)."""
_RENUMBERED = (Breakdown.ACTION.value, Breakdown.GROUP.value, receptions.PARTNER)


@dataclass(frozen=True)
class Part:
    """One vault's share: its name and its bundles, oldest first.

    Bundles may overlap: a month is read from the newest bundle that holds it, so an
    older bundle counts only for the months no later one holds (its *live* months).
    """

    name: str
    bundles: tuple[Aggregates, ...]

    def live(self) -> list[frozenset[int]]:
        """Each bundle's live months (see :func:`live_months`)."""
        return live_months([bundle.months for bundle in self.bundles])


def live_months(runs: Sequence[Months]) -> list[frozenset[int]]:
    """For runs of months oldest first, each one's months that no later run holds.

    The one rule of overlapping bundles: the report reads a month from its newest
    bundle, and an import drops a bundle once nothing of it is live.
    """
    out: list[frozenset[int]] = []
    later: set[int] = set()
    for first, last in reversed(runs):
        own = set(range(first, last + 1))
        out.append(frozenset(own - later))
        later |= own
    return out[::-1]


@dataclass(frozen=True)
class Missing:
    """A vault with nothing received for some months of a report."""

    name: str
    months: tuple[int, ...]  # month indexes


def missing(parts: Sequence[Part], spec: PeriodSpec) -> list[Missing]:
    """The vaults with months of ``spec`` that none of their bundles covers."""
    wanted = range(_month_index(spec.start), _month_index(spec.end) + 1)
    out = []
    for part in parts:
        held = {m for b in part.bundles for m in b.month_list()}
        gaps = tuple(m for m in wanted if m not in held)
        if gaps:
            out.append(Missing(part.name, gaps))
    return out


def split(parts: Sequence[Part], spec: PeriodSpec) -> list[str]:
    """The vaults with a year of ``spec`` whose months are read from more than one bundle."""
    first, last = _month_index(spec.start), _month_index(spec.end)
    years = [
        set(range(max(first, y * 12), min(last, y * 12 + 11) + 1))
        for y in range(first // 12, last // 12 + 1)
    ]
    return [
        part.name
        for part in parts
        if any(sum(1 for live in part.live() if live & months) > 1 for months in years)
    ]


def _months(key: Key) -> Months:
    return (_month_index(key[1][0]), _month_index(key[1][1]))


class _Pool:
    """The parts' counts, renumbered and added up, answering any row and stretch."""

    def __init__(self, parts: Sequence[Part]) -> None:
        self.parts = list(parts)
        self.sums: dict[str, _MonthSums] = defaultdict(_MonthSums)
        self.unavailable_new: set[tuple[int, Row, int]] = set()
        self.sessions: dict[Filter, dict[int, list[int]]] = defaultdict(dict)
        self.actions: dict[int, tuple[str, int, ActionKind]] = {}
        self.groups: dict[int, tuple[str, int]] = {}
        self.partners: dict[int, str] = {}
        self.none_group = False
        self.live = [part.live() for part in self.parts]
        for n, part in enumerate(self.parts):
            for bundle, live in zip(part.bundles, self.live[n], strict=True):
                self._add(n, part, bundle, live)

    def renumber(self, n: int, row: Row) -> Row:
        if row[0] in _RENUMBERED and row[1] != "none":
            return (row[0], str(n * _STRIDE + int(row[1])))
        return row

    def _add(self, n: int, part: Part, bundle: Aggregates, live: frozenset[int]) -> None:
        prefix = f"{part.name} : " if n else ""
        for aid, (title, year, axis) in bundle.actions.items():
            self.actions[n * _STRIDE + aid] = (prefix + title, year, ActionKind(axis))
        for gid, (name, aid) in bundle.groups.items():
            self.groups[n * _STRIDE + gid] = (prefix + name, n * _STRIDE + aid)
        for oid, name in bundle.partners.items():
            self.partners[n * _STRIDE + oid] = name if not n else f"{name} ({part.name})"
        for indicator, table in bundle.monthly.items():
            sums = self.sums[indicator]
            for (row, month), value in table.items():
                if month not in live:
                    continue  # a later bundle holds this month
                sums.add(self.renumber(n, row), month, value)
                if row == ALL:
                    sums.add((SENDER, str(n)), month, value)
                if row == (Breakdown.GROUP.value, "none"):
                    self.none_group = True
        for (row, stretch), count in bundle.stretches.get(agg.NEW, {}).items():
            if count is None and stretch[0] in live:
                self.unavailable_new.add((n, row, stretch[0]))
        for (row, month), counts in bundle.sessions.items():
            if month not in live:
                continue
            found = self.sessions[self.renumber(n, row)].setdefault(month, [0, 0, 0])
            for i, c in enumerate(counts):
                found[i] += c
            if row == (Breakdown.GROUP.value, "none"):
                self.none_group = True

    # ------------------------------------------------------------ values

    def monthly(self, indicator: str) -> Callable[[Key], int]:
        return self.sums[indicator].value

    def new(self, key: Key) -> int | None:
        f, _span = key
        first, last = _months(key)
        for n, _part in enumerate(self.parts):
            local = self._local(n, f)
            if local is None:
                continue
            if any((n, local, m) in self.unavailable_new for m in range(first, last + 1)):
                return None
        return self.sums[agg.NEW].value(key)

    def _local(self, n: int, f: Filter) -> Row | None:
        """The row of the n-th vault that ``f`` reads, or None when none of its rows."""
        name, category = f
        if name == SENDER:
            return ALL if category == str(n) else None
        if name in _RENUMBERED and category != "none":
            number = int(category)
            return (name, str(number % _STRIDE)) if number // _STRIDE == n else None
        return f

    def stretch(self, indicator: str) -> Callable[[Key], int | None]:
        """A count that does not add up over months: each vault's own, added."""

        def value(key: Key) -> int | None:
            months = _months(key)
            total = 0
            for n, part in enumerate(self.parts):
                local = self._local(n, key[0])
                if local is None:
                    continue
                wanted = range(months[0], months[1] + 1)
                touching = [
                    (b, live)
                    for b, live in zip(part.bundles, self.live[n], strict=True)
                    if any(m in live for m in wanted)
                ]
                if not touching:
                    continue
                whole = [b for b, live in touching if all(m in live for m in wanted)]
                if not whole:
                    return None  # across two bundles: the same people cannot be told apart
                found = whole[-1].stretches.get(indicator, {}).get((local, months), 0)
                if found is None:
                    return None
                total += found
            return total

        return value


def _yearly_tables(parts: Sequence[Part], spec: PeriodSpec) -> list[Table]:
    """The exact tables, each vault's from its newest bundle for each year, added up."""
    years = spec.years()
    by_id: dict[str, list[tuple[int, YearlyTable, int | None]]] = defaultdict(list)
    order: list[str] = []
    for n, part in enumerate(parts):
        newest: dict[int, Aggregates] = {}
        for bundle in part.bundles:
            for year in bundle.years:
                if year in years:
                    newest[year] = bundle
        chosen = [(newest[y], y) for y in years if y in newest]
        for bundle, year in chosen:
            for table in bundle.yearly:
                if table.id not in order:
                    order.append(table.id)
                by_columns = all(c.key.isdigit() for c in table.columns)
                if by_columns:
                    by_id[table.id].append((n, table, year))
                elif bundle is chosen[-1][0]:
                    by_id[table.id].append((n, table, None))
    out = []
    for table_id in order:
        entries = by_id[table_id]
        first = entries[0][1]
        by_year = all(year is not None for _n, _t, year in entries)
        columns = tuple(_plain(str(y), str(y)) for y in years) if by_year else first.columns
        rows: dict[str, Label] = {}
        values: dict[str, list[Decimal]] = {}
        for n, part_table, column_year in entries:
            for label, cells in zip(part_table.rows, part_table.cells, strict=True):
                key = label.key
                if part_table.breakdown == Breakdown.ACTION.value and key.isdigit():
                    key = str(n * _STRIDE + int(key))
                    if n:
                        text = f"{parts[n].name} : {label.fr}"
                        label = Label(key, text, f"{parts[n].name}: {label.en}")
                    else:
                        label = Label(key, label.fr, label.en)
                row = values.setdefault(key, [Decimal(0)] * len(columns))
                rows.setdefault(key, label)
                if column_year is None:
                    for i, c in enumerate(cells):
                        row[i] += Decimal(c)
                else:
                    where = [c.key for c in part_table.columns].index(str(column_year))
                    row[years.index(column_year)] += Decimal(cells[where])
        unit = Unit(first.unit)

        def number(value: Decimal, unit: Unit = unit) -> Number:
            return value if unit in (Unit.EUROS, Unit.HOURS) else int(value)

        made = _plain_table(
            table_id,
            Indicator(first.indicator),
            first.breakdown or "",
            unit,
            list(rows.values()),
            list(columns),
            [[number(v) for v in values[key]] for key in rows],
            None,
            title=first.title,
        )
        shows_rows, shows_columns, shows_grand = first.margins
        out.append(
            Table(
                id=made.id,
                indicator=made.indicator,
                breakdown=first.breakdown,
                unit=made.unit,
                title=made.title,
                rows=made.rows,
                columns=made.columns,
                cells=made.cells,
                row_totals=made.row_totals if shows_rows else None,
                column_totals=made.column_totals if shows_columns or len(rows) > 1 else None,
                grand_total=made.grand_total if shows_grand else None,
            )
        )
    return out


def _system(
    spec: PeriodSpec,
    indicator: Indicator,
    rows: Sequence[tuple[Breakdown | str, Sequence[_Category]]],
    value: Callable[[Key], int | None],
    k: int | None,
    material: _Material | None = None,
    breakdowns: Sequence[Breakdown] = (),
) -> tuple[_System, list[_Layout]]:
    system = _System()
    layouts = [_layout(spec, indicator, b, cats, value, system) for b, cats in rows]
    if material is not None:
        _hierarchy_lines(material, system, [*spec.buckets(), spec.span], breakdowns)
    _month_lines(spec, system)
    system.solve(k)
    return system, layouts


def build_consolidated(
    session: Session,
    spec: PeriodSpec,
    parts: Sequence[Part],
    *,
    breakdowns: Sequence[Breakdown] = (),
    k: int | None = None,
    now: dt.datetime | None = None,
) -> Report:
    """The report over ``parts`` (the coordinator's own vault first), protected once.

    Args:
        session: the coordinator's vault (its settings and release ledger; read only).
        spec: the period and its columns.
        parts: each vault's bundles; the first is the coordinator's own.
        breakdowns: as :func:`vpi_groups.reports.indicators.build_report`.
        k: the threshold (3 to 11); the vault's setting when None.
        now: the generation time written on the report (default: now).
    """
    settings = vault_settings.load(session)
    threshold = check_threshold(settings.suppression_k if k is None else k)
    with memory.collector_paused():
        return _build(session, spec, parts, breakdowns, threshold, settings.hidden_range, now)


def _build(
    session: Session,
    spec: PeriodSpec,
    parts: Sequence[Part],
    breakdowns: Sequence[Breakdown],
    threshold: int,
    hidden_range: int,
    now: dt.datetime | None,
) -> Report:
    chosen = tuple(dict.fromkeys([Breakdown.MONTH, *(Breakdown(b) for b in breakdowns)]))
    pool = _Pool(parts)
    material = _Material(
        spec=spec,
        sessions={},
        held=set(),
        present={},
        present_by_age={},
        present_by_referral={},
        present_by_gender={},
        headcounts={},
        actions=pool.actions,
        groups=pool.groups,
        facilitator_sector={},
    )

    def categories(breakdown: Breakdown, extra: Sequence[str] = ()) -> list[_Category]:
        out = _categories(material, breakdown, extra=extra)
        if breakdown is Breakdown.GROUP and "none" in extra and pool.none_group:
            out.append(_Category("none", _label("none", "group.none")))
        return out

    senders = [_Category(str(n), _plain(str(n), part.name)) for n, part in enumerate(parts)]

    def rows(
        chosen_here: Sequence[Breakdown], extra: Sequence[str] = ()
    ) -> list[tuple[Breakdown | str, Sequence[_Category]]]:
        out: list[tuple[Breakdown | str, Sequence[_Category]]] = [
            (b, categories(b, extra)) for b in chosen_here
        ]
        out.append((SENDER, senders))
        return out

    attendance = pool.monthly(agg.ATT)
    distinct = pool.stretch(agg.PART)
    att_breakdowns = list(chosen)
    distinct_breakdowns = list(
        dict.fromkeys(
            b
            for b in (*chosen, Breakdown.REFERRAL_SOURCE, Breakdown.AGE_BAND, Breakdown.GENDER)
            if b in _PEOPLE_BREAKDOWNS
        )
    )
    new_breakdowns = [b for b in chosen if b in _NEW_BREAKDOWNS]
    att_system, att_layouts = _system(
        spec,
        Indicator.ATTENDANCES,
        rows(att_breakdowns, ("none", "headcount")),
        attendance,
        threshold,
        material,
        att_breakdowns,
    )
    distinct_system, distinct_layouts = _system(
        spec,
        Indicator.PARTICIPANTS,
        rows(distinct_breakdowns),
        distinct,
        threshold,
        material,
        distinct_breakdowns,
    )
    new_system, new_layouts = _system(
        spec,
        Indicator.NEW_PARTICIPANTS,
        rows(new_breakdowns),
        pool.new,
        threshold,
        material,
        new_breakdowns,
    )
    systems = {
        Indicator.ATTENDANCES: att_system,
        Indicator.PARTICIPANTS: distinct_system,
        Indicator.NEW_PARTICIPANTS: new_system,
    }
    received = pool.monthly(agg.RECEIVED)
    reception_layouts: list[_Layout] = []
    if received((ALL, spec.span)):
        partner_rows = sorted(pool.partners.items(), key=lambda item: (item[1], item[0]))
        reception_rows: list[tuple[Breakdown | str, Sequence[_Category]]] = [
            (Breakdown.MONTH, []),
            (receptions.PARTNER, [_Category(str(o), _plain(str(o), t)) for o, t in partner_rows]),
            (
                receptions.CONTACT,
                [_Category(c.value, _label(c.value, f"contact.{c.value}")) for c in TallyContact],
            ),
            (
                receptions.GENDER,
                [_Category(g.value, _label(g.value, f"gender.{g.value}")) for g in Gender],
            ),
        ]
        reception_system, reception_layouts = _system(
            spec, receptions.INDICATOR, reception_rows, received, threshold
        )
        systems[Indicator.PERSONS_RECEIVED] = reception_system
    earlier = ledger.overlapping(session, spec.span)
    held = pool.sums[agg.HELD]
    sources: dict[Indicator, Callable[[Key], int | None]] = {
        Indicator.ATTENDANCES: attendance,
        Indicator.PARTICIPANTS: distinct,
        Indicator.NEW_PARTICIPANTS: pool.new,
        Indicator.PERSONS_RECEIVED: received,
    }
    protected = _protect(
        systems,
        {
            Indicator.ATTENDANCES: att_layouts,
            Indicator.PARTICIPANTS: distinct_layouts,
            Indicator.NEW_PARTICIPANTS: new_layouts,
            Indicator.PERSONS_RECEIVED: reception_layouts,
        },
        sources,
        earlier,
        threshold,
        hidden_range,
        lambda _keys: None,  # every count is in the bundles already
        held.value,
        held,
    )
    yearly = _yearly_tables(parts, spec)
    session_breakdowns = [b for b in chosen if b in _SESSION_BREAKDOWNS]
    session_tables = _session_count_tables(
        spec, session_breakdowns, pool.sessions, lambda b: categories(b, ("none",))
    )
    actions_first = [t for t in yearly if t.id == "actions-by-axis"]
    others = [t for t in yearly if t.id != "actions-by-axis"]
    contributions = [t for t in others if t.indicator in _CONTRIBUTIONS]
    exact = [t for t in others if t.indicator not in _CONTRIBUTIONS]
    tables = [
        *actions_first,
        *session_tables,
        *protected.people,
        *[t for t in exact if t.indicator not in _MEETINGS],
        *protected.receptions,
        *[t for t in exact if t.indicator in _MEETINGS],
        _facilitator_table(spec, pool.stretch(agg.FACILITATORS)),
        *contributions,
    ]
    purged = any(
        count is None
        for part in parts
        for bundle in part.bundles
        for counts in bundle.stretches.values()
        for count in counts.values()
    )  # a sender's people purged before it sent: counted, not deduplicated
    notes = [*_notes(spec, chosen, tables, used_folded=purged, unavailable_means_purged=False)]
    notes.append(_label("note.consolidated", count=len(parts)))
    for gap in missing(parts, spec):
        months = ", ".join(f"{m % 12 + 1:02d}/{m // 12}" for m in gap.months)
        notes.append(_label("note.consolidated-missing", name=gap.name, months=months))
    for name in split(parts, spec):
        notes.append(_label("note.consolidated-split", name=name))
    return Report(
        period=spec,
        k=threshold,
        generated_at=now or clock.generated_at(),
        breakdowns=chosen,
        tables=tuple(tables),
        notes=tuple(notes),
        chart=protected.chart(spec),
        released=protected.released,
        audit=protected.audit,
    )


_CONTRIBUTIONS = {Indicator.CONTRIBUTIONS, Indicator.IN_KIND_CONTRIBUTIONS}
_MEETINGS = {Indicator.WORKING_GROUPS, Indicator.MEETING_ATTENDANCE}


def _facilitator_table(spec: PeriodSpec, value: Callable[[Key], int | None]) -> Table:
    """Distinct facilitators of held sessions by sector, each vault's added up (exact)."""
    categories = [_Category(s.value, _label(s.value, f"sector.{s.value}")) for s in Sector]
    system = _System()
    layout = _layout(
        spec,
        Indicator.FACILITATORS,
        Breakdown.FACILITATOR_SECTOR,
        categories,
        lambda key: value(key) or 0,
        system,
        table_id="facilitators-by-sector",
    )
    system.solve(None)
    title = _title(Indicator.FACILITATORS, "sector")
    return _table(layout, Indicator.FACILITATORS, Unit.COUNT, title, system.cell, "sector")
