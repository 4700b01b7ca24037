"""Anonymised totals for funders (the "bilan d'action"), with small-count suppression.

:func:`build_report` computes, for a period and a list of breakdowns, the indicators
of docs/domain.md from the live records plus the anonymous rows that purges left behind,
and protects every count of people with :mod:`vpi_groups.reports.disclosure`. It returns
plain frozen values; the writers (:mod:`vpi_groups.reports.files`, and the PDF in
the UI layer) only ever read published values from them.

What is counted
    - Sessions: those *starting* in the period (programme time, Europe/Paris).
      A session is *held* when marked so, or when still "planned" but its register
      or headcount has been filled in (the register shows it took place); planned
      sessions are every session, whatever became of it.
    - Attendances: "present" lines of the registers (live and folded, through
      :func:`vpi_groups.attendance.totals.session_presence`) plus the ``present``
      number of headcount-only sessions.
    - Distinct and new participants: people with at least one "present" line in the
      period (headcount-only sessions cannot count there); a participant is new in
      the period holding their first "present" line. Live people are counted from
      their lines; purged people from :class:`FoldedParticipants`, which holds exact
      counts per calendar month, quarter and year only: for any other stretch of
      time, a count that needs purged people who cannot be told apart is
      *unavailable* (never estimated).
    - Actions are yearly: those of the years the period touches.
    - Contributions: amounts per partner sector and year, never suppressed (money
      given by organisations, not a count of people).

Which counts are protected
    Counts of participants (attendances, distinct and new participants) go through
    the suppression routine, table by table with the lines that tie them (a month to
    its quarter, a group to its action, an action to its axis), then through the
    joint audit with each other and with every overlapping report of the release
    ledger (:mod:`vpi_groups.reports.joint`). Counts that are not about participants
    (actions, sessions, professionals trained, people reached, facilitators) and
    amounts are published exactly. Averages are hidden whenever the count they
    divide is.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vpi_groups import clock, memory, vault_settings
from vpi_groups.programme import records as programme
from vpi_groups.reports import audit, disclosure, joint, ledger, receptions
from vpi_groups.reports.disclosure import Status
from vpi_groups.reports.loading import (
    ALL,
    ATTRIBUTE_BREAKDOWNS,
    Filter,
    Key,
    _categories,
    _Category,
    _FilterCache,
    _load,
    _Material,
)
from vpi_groups.reports.people import (
    _attendance_sums,
    _by_cohort,
    _Distinct,
    _held_sums,
    _MonthSums,
)
from vpi_groups.reports.periods import (
    MonthClock,
    PeriodSpec,
    ReportError,
    ReportErrorCode,
    Span,
    _month_index,
    _short_month,
    _span_label,
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
    AuditSummary,
    Bar,
    Breakdown,
    Cell,
    CellState,
    Indicator,
    Number,
    ReleasedCount,
    Report,
    Table,
    Unit,
)
from vpi_groups.reports.wording import _TEXT as _TEXT
from vpi_groups.reports.wording import Label, _label, _plain, text
from vpi_groups.reports.wording import format_date as format_date
from vpi_groups.scheduling import professionals
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    ActionTrained,
    Contribution,
    Decision,
    Facilitator,
    MeetingAttendance,
    Organisation,
    PeriodKind,
    ProgrammeSession,
    PublicActionKind,
    ReviewStatus,
    Sector,
    SessionHeadcount,
    SessionProfessionals,
    SessionStatus,
    SupportKind,
    WorkingGroupMember,
)

# The report's vocabulary too: callers build and read reports through this module.
__all__ = [
    "_TEXT",
    "Bar",
    "Breakdown",
    "Cell",
    "CellState",
    "Indicator",
    "Label",
    "MonthClock",
    "PeriodSpec",
    "Report",
    "ReportError",
    "ReportErrorCode",
    "Table",
    "Unit",
    "build_report",
    "check_threshold",
    "format_date",
    "text",
]


# ---------------------------------------------------------------- building the report


_SESSION_BREAKDOWNS = (
    Breakdown.MONTH,
    Breakdown.AXIS,
    Breakdown.ACTION,
    Breakdown.GROUP,
    Breakdown.FACILITATOR_SECTOR,
)
_PEOPLE_BREAKDOWNS = (
    Breakdown.MONTH,
    Breakdown.AXIS,
    Breakdown.ACTION,
    Breakdown.GROUP,
    Breakdown.REFERRAL_SOURCE,
    Breakdown.AGE_BAND,
    Breakdown.GENDER,
)
# New participants are new to the whole programme (their first "present" line
# anywhere), so they are split only along what adds up over time: by month, and by
# the person's own attributes. Counted per group, someone who started in another
# group would be new in the year but in none of its quarters.
_NEW_BREAKDOWNS = (
    Breakdown.MONTH,
    Breakdown.AXIS,
    Breakdown.REFERRAL_SOURCE,
    Breakdown.AGE_BAND,
    Breakdown.GENDER,
)


def check_threshold(k: int) -> int:
    """Return ``k`` if it is an allowed threshold (3 to 11), else raise ReportError."""
    low, high = vault_settings.K_RANGE
    if type(k) is not int or not low <= k <= high:
        raise ReportError(ReportErrorCode.THRESHOLD_RANGE)
    return k


def _person_system(
    material: _Material,
    indicator: Indicator,
    breakdowns: Sequence[Breakdown],
    value: Callable[[Key], int | None],
    k: int,
    *,
    extra: Sequence[str] = (),
    prepare: Callable[[Iterable[Key]], None] | None = None,
) -> tuple[_System, list[_Layout]]:
    """The tables of one count of people, one per breakdown, suppressed line by line."""
    spec = material.spec
    system = _System()
    layouts = []
    if prepare is not None:
        spans = [*spec.buckets(), spec.span]
        keys: list[Key] = [(ALL, s) for s in (*spans, *spec.months())]
        for breakdown in breakdowns:
            if breakdown is not Breakdown.MONTH:
                for category in _categories(material, breakdown, extra=extra):
                    keys += [((breakdown.value, category.key), s) for s in spans]
        prepare(keys)
    for breakdown in breakdowns:
        categories = _categories(material, breakdown, extra=extra)
        layouts.append(_layout(spec, indicator, breakdown, categories, value, system))
    _hierarchy_lines(material, system, [*spec.buckets(), spec.span], breakdowns)
    _month_lines(spec, system)
    system.solve(k)
    return system, layouts


def _person_tables(
    indicator: Indicator, system: _System, layouts: Sequence[_Layout]
) -> list[Table]:
    return [
        _table(
            layout,
            indicator,
            Unit.PEOPLE,
            _title(indicator, layout.breakdown),
            system.cell,
        )
        for layout in layouts
    ]


def _average(att: Cell, held: int) -> Cell:
    if held == 0:
        return Cell(None, CellState.NOT_APPLICABLE)
    if att.state is not CellState.PUBLISHED or att.exact is None:
        state = (
            CellState.UNAVAILABLE if att.state is CellState.UNAVAILABLE else CellState.SUPPRESSED
        )
        return Cell(None, state)
    value = (Decimal(att.exact) / held).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return Cell(value, CellState.PUBLISHED)


def _average_tables(
    attendance_tables: Sequence[Table],
    attendance_layouts: Mapping[str, _Layout],
    held: _MonthSums,
) -> list[Table]:
    out = []
    for table in attendance_tables:
        if table.breakdown not in {b.value for b in _SESSION_BREAKDOWNS}:
            continue
        layout = attendance_layouts[table.id]

        def averaged(cells: Sequence[Cell], keys: Sequence[Key]) -> tuple[Cell, ...]:
            return tuple(_average(c, held.value(k)) for c, k in zip(cells, keys, strict=True))

        out.append(
            Table(
                id=table.id.replace(
                    Indicator.ATTENDANCES.value, Indicator.AVERAGE_ATTENDANCE.value, 1
                ),
                indicator=Indicator.AVERAGE_ATTENDANCE,
                breakdown=table.breakdown,
                unit=Unit.AVERAGE,
                title=_title(Indicator.AVERAGE_ATTENDANCE, table.breakdown),
                rows=table.rows,
                columns=table.columns,
                cells=tuple(
                    averaged(cells, keys)
                    for cells, keys in zip(table.cells, layout.cells, strict=True)
                ),
                row_totals=(
                    None
                    if table.row_totals is None or layout.row_totals is None
                    else averaged(table.row_totals, layout.row_totals)
                ),
                column_totals=(
                    None
                    if table.column_totals is None or layout.column_totals is None
                    else averaged(table.column_totals, layout.column_totals)
                ),
                grand_total=(
                    None
                    if table.grand_total is None or layout.grand_total is None
                    else _average(table.grand_total, held.value(layout.grand_total))
                ),
            )
        )
    return out


def _session_tables(material: _Material, breakdowns: Sequence[Breakdown]) -> list[Table]:
    """Planned / held / cancelled sessions over the whole period (counts of activity)."""
    filters = _FilterCache(breakdowns)
    # filter -> month -> sessions held, cancelled, other
    counts: dict[Filter, dict[int, list[int]]] = defaultdict(dict)
    for state, sids in enumerate(_session_states(material)):
        for row, month, n in _by_cohort(material, sids, lambda _sid: 1):
            for f in filters(row):
                by_state = counts[f].get(month)
                if by_state is None:
                    by_state = counts[f][month] = [0, 0, 0]
                by_state[state] += n
    return _session_count_tables(
        material.spec,
        breakdowns,
        counts,
        lambda breakdown: _categories(material, breakdown, extra=("none",)),
    )


def _session_count_tables(
    spec: PeriodSpec,
    breakdowns: Sequence[Breakdown],
    counts: Mapping[Filter, Mapping[int, Sequence[int]]],
    categories_of: Callable[[Breakdown], Sequence[_Category]],
) -> list[Table]:
    """The sessions tables from counts per filter and month (held, cancelled, other)."""
    columns = (
        _label("held", "col.held"),
        _label("cancelled", "col.cancelled"),
        _label("other", "col.other"),
    )

    def count(f: Filter, span: Span, column: int | None) -> Cell:
        months = counts.get(f, {})
        first, last = _month_index(span[0]), _month_index(span[1])
        if last - first < len(months):
            inside = [months[m] for m in range(first, last + 1) if m in months]
        else:
            inside = [c for m, c in months.items() if first <= m <= last]
        total = sum(sum(c) if column is None else c[column] for c in inside)
        return Cell(total, CellState.PUBLISHED)

    out = []
    for breakdown in breakdowns:
        if breakdown is Breakdown.MONTH:
            months = spec.months()
            rows = tuple(_span_label(PeriodKind.MONTH, m) for m in months)
            keys: list[tuple[Filter, Span]] = [(ALL, m) for m in months]
        else:
            categories = categories_of(breakdown)
            rows = tuple(c.label for c in categories)
            keys = [((breakdown.value, c.key), spec.span) for c in categories]
        out.append(
            Table(
                id=f"{Indicator.SESSIONS.value}-by-{breakdown.value}",
                indicator=Indicator.SESSIONS,
                breakdown=breakdown.value,
                unit=Unit.COUNT,
                title=_title(Indicator.SESSIONS, breakdown.value),
                rows=rows,
                columns=(*columns, _label("planned", "col.planned")),
                cells=tuple(
                    (*(count(f, s, c) for c in range(3)), count(f, s, None)) for f, s in keys
                ),
                row_totals=None,
                column_totals=(
                    *(count(ALL, spec.span, c) for c in range(3)),
                    count(ALL, spec.span, None),
                ),
                grand_total=None,
            )
        )
    return out


def _session_states(material: _Material) -> tuple[list[int], list[int], list[int]]:
    """The period's sessions: held, cancelled, and the others."""
    held: list[int] = []
    cancelled: list[int] = []
    other: list[int] = []
    for sid, row in material.sessions.items():
        if sid in material.held:
            held.append(sid)
        elif row.status is SessionStatus.CANCELLED:
            cancelled.append(sid)
        else:
            other.append(sid)
    return held, cancelled, other


def _plain_table(
    table_id: str,
    indicator: Indicator,
    breakdown: str,
    unit: Unit,
    rows: Sequence[Label],
    columns: Sequence[Label],
    values: Sequence[Sequence[Number]],
    k: int | None,
    *,
    title: Label | None = None,
) -> Table:
    """A table whose margins are sums: published as is, or protected on its own."""
    if unit is Unit.PEOPLE and k is not None:
        ints = [[int(v) for v in row] for row in values]
        table = disclosure.CountTable.additive(ints)
        result = disclosure.suppress_table(table, k)

        def cell(value: int, status: Status) -> Cell:
            if status is Status.PUBLISHED:
                return Cell(value, CellState.PUBLISHED)
            return Cell(value, CellState.SUPPRESSED)

        cells = tuple(
            tuple(cell(v or 0, s) for v, s in zip(vr, sr, strict=True))
            for vr, sr in zip(table.cells, result.cells, strict=True)
        )
        row_totals = tuple(
            cell(v or 0, s) for v, s in zip(table.row_totals, result.row_totals, strict=True)
        )
        column_totals = tuple(
            cell(v or 0, s) for v, s in zip(table.column_totals, result.column_totals, strict=True)
        )
        grand = cell(table.grand_total or 0, result.grand_total)
    else:
        cells = tuple(tuple(Cell(v, CellState.PUBLISHED) for v in row) for row in values)
        zero: Number = Decimal(0) if unit is Unit.EUROS else 0
        row_totals = tuple(Cell(sum(row, zero), CellState.PUBLISHED) for row in values)
        column_totals = tuple(
            Cell(sum((row[c] for row in values), zero), CellState.PUBLISHED)
            for c in range(len(columns))
        )
        grand = Cell(sum((sum(row, zero) for row in values), zero), CellState.PUBLISHED)
    several_columns = len(columns) > 1
    several_rows = len(rows) > 1
    return Table(
        id=table_id,
        indicator=indicator,
        breakdown=breakdown,
        unit=unit,
        title=title or _title(indicator, breakdown),
        rows=tuple(rows),
        columns=tuple(columns),
        cells=cells,
        row_totals=row_totals if several_columns else None,
        column_totals=column_totals if several_rows else None,
        grand_total=grand if several_rows and several_columns else None,
    )


def _year_labels(years: Sequence[int]) -> tuple[Label, ...]:
    return tuple(_plain(str(y), str(y)) for y in years)


def _action_tables(session: Session, spec: PeriodSpec) -> list[Table]:
    """Actions, professionals trained, public actions and their reach: published exactly.

    Professionals trained and people reached by public actions are counts, not
    participants: nothing about a person of the talk groups can be read from them.
    """
    years = spec.years()
    actions = session.execute(
        select(
            Action.id,
            Action.kind,
            Action.year,
            Action.previous_action_id,
            Action.review_status,
            Action.public_kind,
            Action.estimated_reach,
        ).where(Action.year >= years[0], Action.year <= years[-1])
    ).all()
    axes = list(ActionKind)
    by_axis = [[0, 0] for _ in axes]
    forms = list(PublicActionKind)
    carried = [[0] * len(years) for _ in forms]
    reach = [[0] * len(years) for _ in forms]
    training_ids: dict[int, int] = {}
    public_ids = [aid for aid, kind, *_rest in actions if kind == ActionKind.PUBLIC_ACTION]
    supports = programme.supports_of(session, public_ids) if public_ids else {}
    support_kinds = list(SupportKind)
    put_out = [[0] * len(years) for _ in support_kinds]
    for aid, kind, year, previous, review, public_kind, estimated in actions:
        axis = ActionKind(kind)
        by_axis[axes.index(axis)][0 if previous is None else 1] += 1
        carried_out = ReviewStatus(review) is not ReviewStatus.PROPOSED
        if axis is ActionKind.PUBLIC_ACTION and public_kind is not None and carried_out:
            row = forms.index(PublicActionKind(public_kind))
            carried[row][years.index(year)] += 1
            # the campaign's own estimate; without one, its supports' estimates added up
            own = supports.get(aid, ())
            reach[row][years.index(year)] += (
                estimated if estimated is not None else sum(s.estimated_reach or 0 for s in own)
            )
            for support in own:
                put_out[support_kinds.index(support.kind)][years.index(year)] += (
                    support.quantity or 0
                )
        if axis is ActionKind.TRAINING:
            training_ids[aid] = year
    sectors = list(Sector)
    trained = [[0] * len(years) for _ in sectors]
    if training_ids:
        # typed on the action (sessions recorded elsewhere) plus counted at its sessions
        for aid, sector, n in session.execute(
            select(ActionTrained.action_id, ActionTrained.sector, ActionTrained.trained).where(
                ActionTrained.action_id.in_(list(training_ids))
            )
        ):
            trained[sectors.index(Sector(sector))][years.index(training_ids[aid])] += n
        for aid, per_sector in professionals.trained_by_sector(session, training_ids).items():
            for sector, n in per_sector.items():
                trained[sectors.index(sector)][years.index(training_ids[aid])] += n
    hours = _training_hours(session, training_ids, years)
    axis_rows = [_label(a.value, f"axis.{a.value}") for a in axes]
    form_rows = [_label(f.value, f"public.{f.value}") for f in forms]
    sector_rows = [_label(s.value, f"sector.{s.value}") for s in sectors]
    year_columns = _year_labels(years)
    return [
        _plain_table(
            "actions-by-axis",
            Indicator.ACTIONS,
            Breakdown.AXIS.value,
            Unit.COUNT,
            axis_rows,
            [_label("new", "col.new"), _label("renewed", "col.renewed")],
            by_axis,
            None,
            title=_title(Indicator.ACTIONS, None),
        ),
        _plain_table(
            "professionals-trained-by-sector",
            Indicator.PROFESSIONALS_TRAINED,
            "sector",
            Unit.COUNT,
            sector_rows,
            year_columns,
            trained,
            None,
        ),
        *hours,
        _plain_table(
            "public-actions-by-form",
            Indicator.PUBLIC_ACTIONS,
            "form",
            Unit.COUNT,
            form_rows,
            year_columns,
            carried,
            None,
        ),
        _plain_table(
            "public-reach-by-form",
            Indicator.PUBLIC_REACH,
            "form",
            Unit.COUNT,
            form_rows,
            year_columns,
            reach,
            None,
        ),
        _plain_table(
            "public-supports-by-support",
            Indicator.PUBLIC_SUPPORTS,
            "support",
            Unit.COUNT,
            [_label(k.value, f"support.{k.value}") for k in support_kinds],
            year_columns,
            put_out,
            None,
        ),
    ]


def _training_hours(
    session: Session, training_ids: Mapping[int, int], years: Sequence[int]
) -> list[Table]:
    """Hours of training delivered: the held sessions' lengths, per training action.

    A session counts when marked held, or when still planned but professionals or a
    headcount were recorded at it (someone came); cancelled ones never. No table when
    the years hold no training action.
    """
    if not training_ids:
        return []
    someone = (
        select(SessionProfessionals.session_id)
        .where(SessionProfessionals.session_id == ProgrammeSession.id)
        .exists()
    )
    counted = select(SessionHeadcount.session_id).where(
        SessionHeadcount.session_id == ProgrammeSession.id
    )
    minutes: dict[int | None, int] = defaultdict(int)
    for aid, starts, ends in session.execute(
        select(ProgrammeSession.action_id, ProgrammeSession.starts_at, ProgrammeSession.ends_at)
        .where(ProgrammeSession.action_id.in_(list(training_ids)))
        .where(
            (ProgrammeSession.status == SessionStatus.HELD)
            | ((ProgrammeSession.status == SessionStatus.PLANNED) & (someone | counted.exists()))
        )
    ):
        minutes[aid] += int((ends - starts).total_seconds()) // 60
    titles = {
        aid: title
        for aid, title in session.execute(
            select(Action.id, Action.title).where(Action.id.in_(list(training_ids)))
        )
    }
    ordered = sorted(training_ids, key=lambda aid: (training_ids[aid], titles[aid], aid))
    values: list[list[Number]] = []
    for aid in ordered:
        row: list[Number] = [Decimal(0)] * len(years)
        hours = Decimal(minutes[aid]) / 60
        row[years.index(training_ids[aid])] = hours.quantize(Decimal("0.1"), ROUND_HALF_UP)
        values.append(row)
    rows = [_plain(str(aid), f"{titles[aid]} ({training_ids[aid]})") for aid in ordered]
    return [
        _plain_table(
            "training-hours-by-action",
            Indicator.TRAINING_HOURS,
            Breakdown.ACTION.value,
            Unit.HOURS,
            rows,
            _year_labels(years),
            values,
            None,
        )
    ]


def _working_group_tables(session: Session, spec: PeriodSpec) -> list[Table]:
    """Working groups of the years: members, meetings held, attendance, decisions; exactly.

    They are professionals' meetings, not participants: published as they are. No
    table when the years hold no working group.
    """
    years = spec.years()
    groups = session.execute(
        select(Action.id, Action.title, Action.year)
        .where(
            Action.kind == ActionKind.WORKING_GROUP,
            Action.year >= years[0],
            Action.year <= years[-1],
        )
        .order_by(Action.year, Action.title, Action.id)
    ).all()
    if not groups:
        return []
    ids = [aid for aid, _title, _year in groups]
    held = {
        sid: aid
        for sid, aid in session.execute(
            select(ProgrammeSession.id, ProgrammeSession.action_id).where(
                ProgrammeSession.action_id.in_(ids),
                ProgrammeSession.status == SessionStatus.HELD,
            )
        )
        if aid is not None
    }
    members: dict[int, int] = defaultdict(int)
    for aid, n in session.execute(
        select(WorkingGroupMember.action_id, func.count())
        .where(WorkingGroupMember.action_id.in_(ids))
        .group_by(WorkingGroupMember.action_id)
    ):
        members[aid] = n
    decided: dict[int, int] = defaultdict(int)
    for aid, n in session.execute(
        select(Decision.action_id, func.count())
        .where(Decision.action_id.in_(ids))
        .group_by(Decision.action_id)
    ):
        decided[aid] = n
    meetings: dict[int, int] = defaultdict(int)
    for aid in held.values():
        meetings[aid] += 1
    present: dict[int, int] = defaultdict(int)
    sectors = list(Sector)
    year_of = {aid: year for aid, _title, year in groups}
    by_sector = [[0] * len(years) for _ in sectors]
    for sid, sector in session.execute(
        select(MeetingAttendance.session_id, Facilitator.sector)
        .join(Facilitator, Facilitator.id == MeetingAttendance.facilitator_id)
        .where(MeetingAttendance.session_id.in_(list(held)))
    ):
        aid = held[sid]
        present[aid] += 1
        by_sector[sectors.index(Sector(sector))][years.index(year_of[aid])] += 1
    rows = [_plain(str(aid), f"{title} ({year})") for aid, title, year in groups]
    columns = (
        _label("members", "col.members"),
        _label("meetings", "col.meetings"),
        _label("present", "col.present"),
        _label("decisions", "col.decisions"),
    )
    values = [[members[aid], meetings[aid], present[aid], decided[aid]] for aid in ids]
    several = len(values) > 1
    summary = Table(
        id="working-groups-by-action",
        indicator=Indicator.WORKING_GROUPS,
        breakdown="action",
        unit=Unit.COUNT,
        title=_title(Indicator.WORKING_GROUPS, None),
        rows=tuple(rows),
        columns=columns,
        cells=tuple(tuple(Cell(v, CellState.PUBLISHED) for v in row) for row in values),
        row_totals=None,  # the columns count different things
        column_totals=(
            tuple(Cell(sum(row[c] for row in values), CellState.PUBLISHED) for c in range(4))
            if several
            else None
        ),
        grand_total=None,
    )
    attendance = _plain_table(
        "meeting-attendance-by-sector",
        Indicator.MEETING_ATTENDANCE,
        "sector",
        Unit.COUNT,
        [_label(s.value, f"sector.{s.value}") for s in sectors],
        _year_labels(years),
        by_sector,
        None,
    )
    return [summary, attendance]


def _contribution_tables(session: Session, spec: PeriodSpec) -> list[Table]:
    years = spec.years()
    sectors = list(Sector)
    amounts = [[Decimal(0)] * len(years) for _ in sectors]
    in_kind = [[0] * len(years) for _ in sectors]
    for year, sector, cents, kind_text in session.execute(
        select(
            Contribution.year, Organisation.sector, Contribution.amount_cents, Contribution.in_kind
        )
        .join(Organisation, Organisation.id == Contribution.organisation_id)
        .where(Contribution.year >= years[0], Contribution.year <= years[-1])
    ):
        row, column = sectors.index(Sector(sector)), years.index(year)
        if cents is not None:
            amounts[row][column] += Decimal(cents) / 100
        if kind_text is not None:
            in_kind[row][column] += 1
    rows = [_label(s.value, f"sector.{s.value}") for s in sectors]
    columns = _year_labels(years)
    return [
        _plain_table(
            "contributions-by-partner-sector",
            Indicator.CONTRIBUTIONS,
            "partner-sector",
            Unit.EUROS,
            rows,
            columns,
            [[a.quantize(Decimal("0.01")) for a in row] for row in amounts],
            None,
        ),
        _plain_table(
            "in-kind-contributions-by-partner-sector",
            Indicator.IN_KIND_CONTRIBUTIONS,
            "partner-sector",
            Unit.COUNT,
            rows,
            columns,
            in_kind,
            None,
        ),
    ]


def _facilitator_table(material: _Material) -> Table:
    """Distinct facilitators of held sessions, by sector: professionals, shown exactly."""
    spec = material.spec
    name = Breakdown.FACILITATOR_SECTOR.value
    people: dict[Key, set[int]] = defaultdict(set)
    spans_of: dict[int, list[Span]] = defaultdict(list)
    for span in (*spec.buckets(), spec.span):
        for month in range(_month_index(span[0]), _month_index(span[1]) + 1):
            spans_of[month].append(span)
    by_month: dict[int, set[int]] = defaultdict(set)
    for sid in material.held:
        row = material.sessions[sid]
        by_month[row.month] |= row.facilitators
    for month, facilitators in by_month.items():
        for span in spans_of[month]:
            for fid in facilitators:
                people[ALL, span].add(fid)
                people[(name, material.facilitator_sector[fid]), span].add(fid)
    categories = [_Category(s.value, _label(s.value, f"sector.{s.value}")) for s in Sector]
    system = _System()
    layout = _layout(
        spec,
        Indicator.FACILITATORS,
        Breakdown.FACILITATOR_SECTOR,
        categories,
        lambda key: len(people.get(key, ())),
        system,
        table_id="facilitators-by-sector",
    )
    system.solve(None)
    title = _title(Indicator.FACILITATORS, "sector")
    return _table(layout, Indicator.FACILITATORS, Unit.COUNT, title, system.cell, "sector")


def build_report(
    session: Session,
    spec: PeriodSpec,
    *,
    breakdowns: Sequence[Breakdown] = (),
    k: int | None = None,
    now: dt.datetime | None = None,
) -> Report:
    """Compute every indicator for ``spec`` and protect the counts of people.

    Args:
        session: the unit of work (read only).
        spec: the period and its columns.
        breakdowns: extra ways to split the period's counts; months always come
            first (the chart shows them).
        k: the threshold (3 to 11); the vault's setting when None.
        now: the generation time written on the report (default: now).

    Raises:
        ReportError: a threshold outside 3 to 11.
    """
    settings = vault_settings.load(session)
    threshold = check_threshold(settings.suppression_k if k is None else k)
    # a few hundred thousand small objects, all alive until it returns
    with memory.collector_paused():
        return _build(session, spec, breakdowns, threshold, settings.hidden_range, now)


def _audit_sources(
    session: Session,
    spec: PeriodSpec,
    earlier: Sequence[ledger.EarlierRelease],
    chosen: Sequence[Breakdown],
    attendances: Callable[[Key], int | None],
    people: _Distinct,
    held: Callable[[Key], int],
    received: Callable[[Key], int | None],
) -> tuple[
    dict[Indicator, Callable[[Key], int | None]],
    Callable[[Iterable[Key]], None],
    Callable[[Key], int],
]:
    """Where the joint audit reads true counts: this report's, or wider ones for the ledger.

    Earlier releases may cover months outside this report, or split attendances by a
    breakdown it does not: the counts are then read again over the whole calendar
    years that hold them all, by every breakdown.
    """
    hull = ledger.hull(spec.span, earlier)
    wanted = {Breakdown(name) for r in earlier for name in r.info.breakdowns}
    if hull == spec.span and wanted <= set(chosen):
        return (
            {
                Indicator.ATTENDANCES: attendances,
                Indicator.PARTICIPANTS: people.distinct,
                Indicator.NEW_PARTICIPANTS: people.new,
                Indicator.PERSONS_RECEIVED: received,
            },
            people.prepare,
            held,
        )
    wide = PeriodSpec(dt.date(hull[0].year, 1, 1), dt.date(hull[1].year, 12, 31))
    material = _load(session, wide, by_attributes=True)
    wide_people = _Distinct(session, material)
    everything = list(dict.fromkeys([Breakdown.MONTH, *Breakdown]))
    sums = _attendance_sums(material, everything, wide_people)
    return (
        {
            Indicator.ATTENDANCES: sums.value,
            Indicator.PARTICIPANTS: wide_people.distinct,
            Indicator.NEW_PARTICIPANTS: wide_people.new,
            Indicator.PERSONS_RECEIVED: received,  # every tally of the vault, any span
        },
        wide_people.prepare,
        _held_sums(material, list(_SESSION_BREAKDOWNS)).value,
    )


def _build(
    session: Session,
    spec: PeriodSpec,
    breakdowns: Sequence[Breakdown],
    threshold: int,
    hidden_range: int,
    now: dt.datetime | None,
) -> Report:
    chosen = tuple(dict.fromkeys([Breakdown.MONTH, *(Breakdown(b) for b in breakdowns)]))
    material = _load(session, spec, by_attributes=bool(set(ATTRIBUTE_BREAKDOWNS) & set(chosen)))
    session_breakdowns = [b for b in chosen if b in _SESSION_BREAKDOWNS]
    attendance_breakdowns = list(chosen)
    distinct_breakdowns = [b for b in (*chosen, *ATTRIBUTE_BREAKDOWNS) if b in _PEOPLE_BREAKDOWNS]
    distinct_breakdowns = list(dict.fromkeys(distinct_breakdowns))
    new_breakdowns = [b for b in chosen if b in _NEW_BREAKDOWNS]

    people = _Distinct(session, material)
    att_sums = _attendance_sums(material, attendance_breakdowns, people)
    att_system, att_layouts = _person_system(
        material,
        Indicator.ATTENDANCES,
        attendance_breakdowns,
        att_sums.value,
        threshold,
        extra=("none", "headcount"),
    )
    distinct_system, distinct_layouts = _person_system(
        material,
        Indicator.PARTICIPANTS,
        distinct_breakdowns,
        people.distinct,
        threshold,
        prepare=people.prepare,
    )
    new_system, new_layouts = _person_system(
        material,
        Indicator.NEW_PARTICIPANTS,
        new_breakdowns,
        people.new,
        threshold,
        prepare=people.prepare,
    )
    systems = {
        Indicator.ATTENDANCES: att_system,
        Indicator.PARTICIPANTS: distinct_system,
        Indicator.NEW_PARTICIPANTS: new_system,
    }
    # the partners' monthly tallies: shown when the period holds any
    received = receptions.Receptions(session)
    reception_layouts: list[_Layout] = []
    if received.any_within(*spec.span):
        reception_system, reception_layouts = receptions.reception_system(received, spec, threshold)
        systems[Indicator.PERSONS_RECEIVED] = reception_system
    earlier = ledger.overlapping(session, spec.span)
    # held by every session breakdown, not only the chosen ones: the audit ties each
    # group's (action's, axis's) attendances to its held sessions, for the rows of
    # earlier releases too; the averages read the chosen rows from the same sums
    held = _held_sums(material, list(_SESSION_BREAKDOWNS))
    sources, prepare, held_of = _audit_sources(
        session, spec, earlier, chosen, att_sums.value, people, held.value, received.value
    )
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
        prepare,
        held_of,
        held,
    )
    action_tables = _action_tables(session, spec)
    tables = [
        action_tables[0],
        *_session_tables(material, session_breakdowns),
        *protected.people,
        *action_tables[1:],
        *protected.receptions,
        *_working_group_tables(session, spec),
        _facilitator_table(material),
        *_contribution_tables(session, spec),
    ]
    notes = _notes(spec, chosen, tables, used_folded=people.used_folded)
    return Report(
        period=spec,
        k=threshold,
        generated_at=now or clock.generated_at(),
        breakdowns=chosen,
        tables=tuple(tables),
        notes=notes,
        chart=protected.chart(spec),
        released=protected.released,
        audit=protected.audit,
    )


@dataclass(frozen=True)
class _Protected:
    """The counts of people once jointly protected: their tables, and what was released."""

    people: tuple[Table, ...]  # attendances, averages, distinct and new participants
    receptions: tuple[Table, ...]
    released: tuple[ReleasedCount, ...]
    audit: AuditSummary

    def chart(self, spec: PeriodSpec) -> tuple[Bar, ...]:
        """The attendances by month (the first table), as the chart's bars."""
        month_table = self.people[0]
        return tuple(
            Bar(
                label,
                _short_month(month),
                None if cell.published is None else int(cell.published),
                cell.state,
            )
            for label, month, (cell,) in zip(
                month_table.rows, spec.months(), month_table.cells, strict=True
            )
        )


def _protect(
    systems: dict[Indicator, _System],
    layouts: Mapping[Indicator, Sequence[_Layout]],
    sources: Mapping[Indicator, Callable[[Key], int | None]],
    earlier: Sequence[ledger.EarlierRelease],
    threshold: int,
    hidden_range: int,
    prepare: Callable[[Iterable[Key]], None],
    held_of: Callable[[Key], int],
    held: _MonthSums,
) -> _Protected:
    """Run the joint audit over ``systems`` and lay out their tables.

    Raises:
        ReportError: the audit found no way to protect the counts (CANNOT_PROTECT).
    """
    try:
        result = joint.protect_jointly(
            systems, sources, earlier, threshold, hidden_range, prepare, held_of
        )
    except audit.UnprotectableError:
        raise ReportError(ReportErrorCode.CANNOT_PROTECT) from None
    att_layouts = layouts[Indicator.ATTENDANCES]
    att_tables = _person_tables(Indicator.ATTENDANCES, systems[Indicator.ATTENDANCES], att_layouts)
    averages = _average_tables(
        att_tables, {layout.table_id: layout for layout in att_layouts}, held
    )
    distinct_tables = _person_tables(
        Indicator.PARTICIPANTS, systems[Indicator.PARTICIPANTS], layouts[Indicator.PARTICIPANTS]
    )
    new_tables = _person_tables(
        Indicator.NEW_PARTICIPANTS,
        systems[Indicator.NEW_PARTICIPANTS],
        layouts[Indicator.NEW_PARTICIPANTS],
    )
    reception_layouts = list(layouts.get(Indicator.PERSONS_RECEIVED, ()))
    reception_tables = (
        receptions.reception_tables(systems[Indicator.PERSONS_RECEIVED], reception_layouts)
        if reception_layouts
        else []
    )
    released = joint.released(systems)
    return _Protected(
        people=(*att_tables, *averages, *distinct_tables, *new_tables),
        receptions=tuple(reception_tables),
        released=released,
        audit=AuditSummary(
            counts=len(released),
            hidden=sum(1 for c in released if not c.published),
            earlier_releases=result.earlier_releases,
            programs=result.programs,
            hidden_range=hidden_range,
        ),
    )


def _notes(
    spec: PeriodSpec,
    breakdowns: Sequence[Breakdown],
    tables: Sequence[Table],
    *,
    used_folded: bool,
    unavailable_means_purged: bool = True,
) -> tuple[Label, ...]:
    years = spec.years()
    year_text = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    notes = [
        _label("note.scope"),
        _label("note.sessions"),
        _label("note.headcount"),
        _label("note.distinct"),
    ]
    if Breakdown.FACILITATOR_SECTOR in breakdowns:
        notes.append(_label("note.sector"))
    unavailable = any(
        cell.state is CellState.UNAVAILABLE for table in tables for cell in table.all_cells()
    )
    if used_folded or (unavailable and unavailable_means_purged):
        notes.append(_label("note.purged"))
    if any(table.indicator is Indicator.PERSONS_RECEIVED for table in tables):
        notes.append(_label("note.receptions"))
    if any(table.indicator is Indicator.WORKING_GROUPS for table in tables):
        notes.append(_label("note.working-groups"))
    notes += [
        _label("note.actions", years=year_text),
        _label("note.facilitators"),
        _label("note.contributions"),
    ]
    return tuple(notes)
