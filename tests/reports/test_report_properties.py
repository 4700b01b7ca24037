"""Reports of random programmes: the rule holds in every table, and what is shown is exact.

Each example builds a small random programme (talk groups, participants with random
attributes, registers, headcount-only sessions), sometimes purges everyone, and
builds a report over a random period of the calendar grid with a random threshold. The
expected counts are worked out here from the generated registers, not by the code under
test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.scheduling.conftest import empty_programme
from vpi_groups.attendance import registers as att
from vpi_groups.attendance import retention
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.programme import records as programme
from vpi_groups.reports import indicators as reports
from vpi_groups.reports.indicators import Cell, CellState, PeriodSpec, Table, Unit
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling.recurrence import Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    ActionKind,
    AgeBand,
    AttendanceStatus,
    Frequency,
    Gender,
    PeriodKind,
    ReferralSource,
    Sector,
)

PARIS = ZoneInfo("Europe/Paris")


@dataclass(frozen=True)
class Spec:
    """A random programme: groups (start, sessions), people, a mark per group, session, person."""

    groups: list[tuple[dt.date, int]]
    people: list[tuple[AgeBand, ReferralSource]]
    marks: list[AttendanceStatus | None]
    headcounts: list[int | None]  # per session, in order: None keeps the register
    # each person's gender, in order (past the list's end: not said)
    genders: list[Gender] = field(default_factory=list)


@st.composite
def programmes(draw: st.DrawFn) -> Spec:
    groups = draw(
        st.lists(
            st.tuples(st.dates(dt.date(2025, 1, 1), dt.date(2025, 11, 30)), st.integers(1, 6)),
            min_size=1,
            max_size=3,
        )
    )
    people = draw(
        st.lists(
            st.tuples(st.sampled_from(AgeBand), st.sampled_from(ReferralSource)),
            min_size=1,
            max_size=8,
        )
    )
    sessions = sum(n for _start, n in groups)
    marks = draw(
        st.lists(
            st.sampled_from([None, *AttendanceStatus, AttendanceStatus.PRESENT]),
            min_size=sessions * len(people),
            max_size=sessions * len(people),
        )
    )
    headcounts = draw(
        st.lists(
            st.one_of(st.none(), st.none(), st.integers(0, 9)), min_size=sessions, max_size=sessions
        )
    )
    genders = draw(st.lists(st.sampled_from(Gender), min_size=len(people), max_size=len(people)))
    return Spec(groups, people, marks, headcounts, genders)


@st.composite
def periods(draw: st.DrawFn) -> PeriodSpec:
    by = draw(st.sampled_from(PeriodKind))
    kind = draw(st.sampled_from(["year", "quarter", "month", "years"]))
    if kind == "year":
        return PeriodSpec.year(2025, by)
    if kind == "quarter":
        return PeriodSpec.quarter(2025, draw(st.integers(1, 4)), by)
    if kind == "month":
        return PeriodSpec.month(2025, draw(st.integers(1, 12)), by)
    first = draw(st.integers(2024, 2025))
    return PeriodSpec.whole_years(first, draw(st.integers(max(first, 2025), 2026)), by)


@dataclass
class Truth:
    """Who was present when, and headcounts, as generated."""

    present: list[tuple[int, dt.date, int]]  # participant, local day, group id
    headcounts: list[tuple[dt.date, int, int]]  # local day, group id, people
    attributes: dict[int, tuple[AgeBand, ReferralSource]]
    genders: dict[int, Gender] = field(default_factory=dict)


def build(vault: vaults.Vault, spec: Spec) -> Truth:
    empty_programme(vault)
    truth = Truth([], [], {})
    with vault.session() as s:
        facilitators = tuple(
            programme.create_facilitator(s, programme.FacilitatorSpec(name, Sector.SOCIAL)).id
            for name in ("Awa", "Bruno")
        )
        action = programme.create_action(
            s, programme.ActionSpec("Groupes", ActionKind.TALK_GROUP, 2025)
        ).id
        people: list[int] = []
        for age, referral in spec.people:
            gender = spec.genders[len(people)] if len(people) < len(spec.genders) else Gender.UNSAID
            attributes = ParticipantAttributes(age, gender=gender, referral_source=referral)
            pid = att.create_participant(s, attributes).id
            people.append(pid)
            truth.attributes[pid] = (age, referral)
            truth.genders[pid] = gender
        marks = iter(spec.marks)
        headcounts = iter(spec.headcounts)
        for number, (start, count) in enumerate(spec.groups):
            rule = Recurrence(
                Frequency.WEEKLY, start.weekday(), start, dt.time(18), 90, count=count
            )
            change = series.create_group(
                s, records.GroupSpec(f"G{number}", action, facilitators, rule, is_open=True)
            )
            gid = change.group.id
            for occurrence in records.list_sessions(s, group_id=gid):
                day = occurrence.start.astimezone(PARIS).date()
                statuses = {pid: mark for pid in people if (mark := next(marks)) is not None}
                headcount = next(headcounts)
                if headcount is not None:
                    att.set_headcount(s, occurrence.id, headcount)
                    truth.headcounts.append((day, gid, headcount))
                elif statuses:
                    att.record_attendance(s, occurrence.id, statuses)
                    truth.present += [
                        (pid, day, gid)
                        for pid, mark in statuses.items()
                        if mark is AttendanceStatus.PRESENT
                    ]
    return truth


# ---------------------------------------------------------------- what a reader can check


def lines(table: Table) -> list[list[Cell]]:
    """Every row and column of a table as shown, margins included."""
    out: list[list[Cell]] = []
    for index, row in enumerate(table.cells):
        out.append([*row, table.row_totals[index]] if table.row_totals else list(row))
    for c in range(len(table.columns)):
        column = [row[c] for row in table.cells]
        out.append([*column, table.column_totals[c]] if table.column_totals else column)
    if table.column_totals is not None and table.grand_total is not None:
        out.append([*table.column_totals, table.grand_total])
    if table.row_totals is not None and table.grand_total is not None:
        out.append([*table.row_totals, table.grand_total])
    return [line for line in out if len(line) > 1]


def check_rule(table: Table, k: int) -> None:
    for c in table.all_cells():
        assert c.published is None or not 1 <= c.published < k, (table.id, c)
        if c.exact == 0 and table.breakdown not in ("referral-source", "age-band", "gender"):
            # a zero is hidden only to keep a small group's attribute unknown (P3)
            assert c.published == 0, "zeros are published"
    for line in lines(table):
        hidden = [c for c in line if c.state is not CellState.PUBLISHED]
        assert not (len(hidden) == 1 and hidden[0].state is CellState.SUPPRESSED), table.id


def spans_of(table: Table) -> list[tuple[dt.date, dt.date]]:
    return [
        tuple(dt.date.fromisoformat(part) for part in label.key.split("/"))  # type: ignore[misc]
        for label in table.columns
    ]


def check_published(cell: Cell, expected: int) -> None:
    if cell.published is not None:
        assert cell.published == expected
    elif cell.state is CellState.SUPPRESSED:
        assert cell.exact == expected


# Found in CI: the joint audit hid the year's distinct total (6) beside published group
# totals (3, 3, 4), a line with one hidden count, until the line rules ran again after it.
_PRESENT_AT = {12, 13, 14, 29, 30, 31, 55, 65, 67, 68}
_AUDIT_THEN_LINES = Spec(
    groups=[(dt.date(2025, 2, 1), 2), (dt.date(2025, 2, 1), 2), (dt.date(2025, 1, 1), 5)],
    people=[(AgeBand.UNDER_18, ReferralSource.POLICE)] * 7
    + [(AgeBand.FROM_18_TO_25, ReferralSource.SOCIAL_SERVICES)],
    marks=[AttendanceStatus.PRESENT if n in _PRESENT_AT else None for n in range(72)],
    headcounts=[None] * 9,
    genders=[Gender.WOMAN] * 7 + [Gender.MAN],
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    spec=programmes(),
    period=periods(),
    k=st.integers(3, 11),
    purge=st.booleans(),
    extra=st.lists(st.sampled_from(reports.Breakdown), unique=True, max_size=3),
)
@example(
    spec=_AUDIT_THEN_LINES,
    period=PeriodSpec.year(2025, PeriodKind.QUARTER),
    k=3,
    purge=False,
    extra=[],
)
def test_random_programmes(
    shared_vault: vaults.Vault,
    spec: Spec,
    period: PeriodSpec,
    k: int,
    purge: bool,
    extra: list[reports.Breakdown],
) -> None:
    truth = build(shared_vault, spec)
    if purge:
        with shared_vault.session() as s:
            retention.purge(s, months=24, now=dt.datetime(2029, 1, 1, tzinfo=dt.UTC))
    with shared_vault.session() as s:
        chosen = [reports.Breakdown.GROUP, reports.Breakdown.AGE_BAND, *extra]
        report = reports.build_report(s, period, breakdowns=chosen, k=k)
    for table in report.tables:
        if table.unit is Unit.PEOPLE:
            check_rule(table, k)
        if not purge or table.indicator is reports.Indicator.ATTENDANCES:
            # without folded rows (and for attendances always) every count is known
            assert all(c.state is not CellState.UNAVAILABLE for c in table.all_cells())

    first_day: dict[int, dt.date] = {}
    for pid, day, _gid in truth.present:
        first_day[pid] = min(day, first_day.get(pid, day))

    def within(day: dt.date, span: tuple[dt.date, dt.date]) -> bool:
        return span[0] <= day <= span[1]

    whole = period.span
    # attendances and people by month, with the period's total
    for indicator in ("attendances", "participants", "new-participants"):
        table = report.table(f"{indicator}-by-month")
        for label, (c,) in zip(table.rows, table.cells, strict=True):
            span = tuple(dt.date.fromisoformat(p) for p in label.key.split("/"))
            check_published(c, _expected(indicator, truth, span, first_day))  # type: ignore[arg-type]
        assert table.column_totals is not None
        check_published(table.column_totals[0], _expected(indicator, truth, whole, first_day))
    # by group and by age band, over the period's columns
    groups = report.table("participants-by-group")
    for label, row in zip(groups.rows, groups.cells, strict=True):
        for c, span in zip(row, spans_of(groups), strict=True):
            people = {p for p, day, g in truth.present if str(g) == label.key and within(day, span)}
            check_published(c, len(people))
    attendance_by_age = report.table("attendances-by-age-band")
    for label, row in zip(attendance_by_age.rows, attendance_by_age.cells, strict=True):
        for c, span in zip(row, spans_of(attendance_by_age), strict=True):
            if label.key == "headcount":
                expected = sum(n for day, _g, n in truth.headcounts if within(day, span))
            else:
                expected = sum(
                    1
                    for p, day, _g in truth.present
                    if truth.attributes[p][0].value == label.key and within(day, span)
                )
            check_published(c, expected)
    referral = report.table("participants-by-referral-source")
    assert referral.row_totals is not None or len(referral.columns) == 1
    for index, label in enumerate(referral.rows):
        total = referral.row_totals[index] if referral.row_totals else referral.cells[index][0]
        people = {
            p
            for p, day, _g in truth.present
            if truth.attributes[p][1].value == label.key and within(day, whole)
        }
        check_published(total, len(people))
    # by gender: always in the report, whatever the breakdowns chosen
    by_gender = report.table("participants-by-gender")
    for index, label in enumerate(by_gender.rows):
        total = by_gender.row_totals[index] if by_gender.row_totals else by_gender.cells[index][0]
        people = {
            p
            for p, day, _g in truth.present
            if truth.genders[p].value == label.key and within(day, whole)
        }
        check_published(total, len(people))


def _expected(
    indicator: str,
    truth: Truth,
    span: tuple[dt.date, dt.date],
    first_day: dict[int, dt.date],
) -> int:
    inside = [(p, day) for p, day, _g in truth.present if span[0] <= day <= span[1]]
    if indicator == "attendances":
        heads = sum(n for day, _g, n in truth.headcounts if span[0] <= day <= span[1])
        return len(inside) + heads
    people = {p for p, _day in inside}
    if indicator == "participants":
        return len(people)
    return sum(1 for p in people if span[0] <= first_day[p] <= span[1])


def test_lines_of_a_table_include_margins() -> None:
    """The checker above reads every row, column and margin line of a table."""
    counts = [[reports.Cell(v, CellState.PUBLISHED) for v in row] for row in ((1, 2), (3, 4))]
    table = Table(
        id="t",
        indicator=reports.Indicator.ATTENDANCES,
        breakdown=None,
        unit=Unit.PEOPLE,
        title=reports.Label("t", "t", "t"),
        rows=(reports.Label("a", "a", "a"), reports.Label("b", "b", "b")),
        columns=(reports.Label("x", "x", "x"), reports.Label("y", "y", "y")),
        cells=tuple(tuple(r) for r in counts),
        row_totals=(Cell(3, CellState.PUBLISHED), Cell(7, CellState.PUBLISHED)),
        column_totals=(Cell(4, CellState.PUBLISHED), Cell(6, CellState.PUBLISHED)),
        grand_total=Cell(10, CellState.PUBLISHED),
    )
    assert [[c.exact for c in line] for line in lines(table)] == [
        [1, 2, 3],
        [3, 4, 7],
        [1, 3, 4],
        [2, 4, 6],
        [4, 6, 10],
        [3, 7, 10],
    ]
