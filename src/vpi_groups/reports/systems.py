"""Protected systems: the tables of one indicator and the lines tying them, suppressed at once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from vpi_groups.reports import disclosure
from vpi_groups.reports.disclosure import Line, Status
from vpi_groups.reports.loading import (
    ALL,
    Key,
    _Category,
    _Material,
)
from vpi_groups.reports.periods import (
    PeriodSpec,
    Span,
    _period_label,
    _span_label,
)
from vpi_groups.reports.values import (
    Breakdown,
    Cell,
    CellState,
    Indicator,
    Table,
    Unit,
)
from vpi_groups.reports.wording import _TEXT as _TEXT
from vpi_groups.reports.wording import Label, _label, text
from vpi_groups.reports.wording import format_date as format_date
from vpi_groups.storage.models import (
    ActionKind,
    PeriodKind,
)

# ---------------------------------------------------------------- protected systems


class _System:
    """The entries and lines of one indicator's tables, protected together."""

    def __init__(self) -> None:
        self.values: dict[Key, int | None] = {}
        self.lines: list[Line[Key]] = []
        self.status: dict[Key, Status] = {}

    def line(self, parts: Sequence[Key], total: Key) -> None:
        if parts:
            self.lines.append(Line(tuple(parts), total))

    def solve(self, k: int | None) -> None:
        if k is None:
            self.status = {key: Status.PUBLISHED for key in self.values}
        else:
            self.status = disclosure.suppress(self.values, self.lines, k)

    def cell(self, key: Key) -> Cell:
        value = self.values[key]
        status = self.status[key]
        if status is Status.PUBLISHED:
            return Cell(value, CellState.PUBLISHED)
        if status is Status.UNAVAILABLE:
            return Cell(None, CellState.UNAVAILABLE)
        return Cell(value, CellState.SUPPRESSED)


@dataclass(frozen=True)
class _Layout:
    """Where a table's entries live in its system."""

    table_id: str
    breakdown: str | None
    rows: tuple[Label, ...]
    columns: tuple[Label, ...]
    cells: tuple[tuple[Key, ...], ...]
    row_totals: tuple[Key, ...] | None
    column_totals: tuple[Key, ...] | None
    grand_total: Key | None


def _layout(
    spec: PeriodSpec,
    indicator: Indicator,
    breakdown: Breakdown | str,
    categories: Sequence[_Category],
    value: Callable[[Key], int | None],
    system: _System,
    *,
    table_id: str | None = None,
) -> _Layout:
    """Lay out one table of a protected (or plain) count over the period's columns.

    A month breakdown has one row per month and a single column, the whole period;
    any other has one row per category and the period's columns. ``breakdown`` may be
    a row kind of its own indicator only (a reception tally's partner), as a string.
    """
    name = str(breakdown)
    whole = spec.span
    if breakdown is Breakdown.MONTH:
        months = spec.months()
        rows = tuple(_span_label(PeriodKind.MONTH, m) for m in months)
        columns: tuple[Label, ...] = (_period_label(spec),)
        cells: tuple[tuple[Key, ...], ...] = tuple(((ALL, m),) for m in months)
        row_totals = None
        column_totals: tuple[Key, ...] | None = ((ALL, whole),)
        grand: Key | None = None
        parts_lines = [([(ALL, m) for m in months], (ALL, whole))]
    else:
        buckets = spec.buckets()
        rows = tuple(c.label for c in categories)
        columns = tuple(_span_label(spec.by, b) for b in buckets)
        filters = [(name, c.key) for c in categories]
        cells = tuple(tuple((f, b) for b in buckets) for f in filters)
        several = len(buckets) > 1
        row_totals = tuple((f, whole) for f in filters) if several else None
        column_totals = tuple((ALL, b) for b in buckets)
        grand = (ALL, whole) if several else None
        parts_lines = [([(f, b) for b in buckets], (f, whole)) for f in filters]
        parts_lines.append(([(ALL, b) for b in buckets], (ALL, whole)))
        parts_lines += [([(f, b) for f in filters], (ALL, b)) for b in buckets]
        parts_lines.append(([(f, whole) for f in filters], (ALL, whole)))
    for parts, total in parts_lines:
        for key in (*parts, total):
            if key not in system.values:
                system.values[key] = value(key)
        system.line(parts, total)
    return _Layout(
        table_id=table_id or f"{indicator.value}-by-{name}",
        breakdown=name,
        rows=rows,
        columns=columns,
        cells=cells,
        row_totals=row_totals,
        column_totals=column_totals,
        grand_total=grand,
    )


def _hierarchy_lines(
    material: _Material, system: _System, spans: Sequence[Span], breakdowns: Sequence[Breakdown]
) -> None:
    """Tie rows of different tables that add up: groups to actions, actions to axes."""
    present = set(breakdowns)
    for span in spans:
        if Breakdown.GROUP in present and Breakdown.ACTION in present:
            children: dict[int, list[Key]] = defaultdict(list)
            for gid, (_name, aid) in material.groups.items():
                children[aid].append(((Breakdown.GROUP.value, str(gid)), span))
            for aid, parts in children.items():
                system.line(parts, ((Breakdown.ACTION.value, str(aid)), span))
        if Breakdown.ACTION in present and Breakdown.AXIS in present:
            by_axis: dict[str, list[Key]] = defaultdict(list)
            for aid, (_title, _year, kind) in material.actions.items():
                by_axis[kind.value].append(((Breakdown.ACTION.value, str(aid)), span))
            for axis, parts in by_axis.items():
                system.line(parts, ((Breakdown.AXIS.value, axis), span))
        if Breakdown.GROUP in present and Breakdown.AXIS in present:
            parts = [((Breakdown.GROUP.value, str(gid)), span) for gid in material.groups]
            system.line(parts, ((Breakdown.AXIS.value, ActionKind.TALK_GROUP.value), span))
    for line in list(system.lines):
        for key in (*line.parts, line.total):
            if key not in system.values:
                raise KeyError(key)  # a hierarchy line names a count no table shows


def _month_lines(spec: PeriodSpec, system: _System) -> None:
    """Tie each column (a quarter, a year) to the months it is made of."""
    if spec.by is PeriodKind.MONTH:
        return
    months = spec.months()
    for bucket in spec.buckets():
        parts = [(ALL, m) for m in months if bucket[0] <= m[0] <= bucket[1]]
        if all(key in system.values for key in parts) and (ALL, bucket) in system.values:
            system.line(parts, (ALL, bucket))


def _table(
    layout: _Layout,
    indicator: Indicator,
    unit: Unit,
    title: Label,
    cell: Callable[[Key], Cell],
    breakdown: str | None = None,
) -> Table:
    """A table of a protected system; ``breakdown`` names its rows (default: the layout's)."""
    if breakdown is None:
        breakdown = layout.breakdown
    return Table(
        id=layout.table_id,
        indicator=indicator,
        breakdown=breakdown,
        unit=unit,
        title=title,
        rows=layout.rows,
        columns=layout.columns,
        cells=tuple(tuple(cell(key) for key in row) for row in layout.cells),
        row_totals=None if layout.row_totals is None else tuple(cell(k) for k in layout.row_totals),
        column_totals=(
            None if layout.column_totals is None else tuple(cell(k) for k in layout.column_totals)
        ),
        grand_total=None if layout.grand_total is None else cell(layout.grand_total),
    )


def _title(indicator: Indicator, breakdown: str | None) -> Label:
    key = f"ind.{indicator.value}"
    if breakdown is None:
        return _label(key)
    fr = f"{text(key, 'fr')}, {text(f'bd.{breakdown}', 'fr')}"
    en = f"{text(key, 'en')}, {text(f'bd.{breakdown}', 'en')}"
    return Label(key, fr, en)
