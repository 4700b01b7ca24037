"""Every indicator on the hand-built programme of conftest.py, with answers worked by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.reports.conftest import PARIS, Programme
from vpi_groups import vault_settings
from vpi_groups.attendance import registers as att
from vpi_groups.attendance import retention
from vpi_groups.reports import indicators as reports
from vpi_groups.reports.indicators import (
    Breakdown,
    Cell,
    CellState,
    PeriodSpec,
    Report,
    Table,
    Unit,
)
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AttendanceStatus, PeriodKind

ALL_BREAKDOWNS = tuple(Breakdown)
MARCH = "2025-03-01/2025-03-31"
APRIL = "2025-04-01/2025-04-30"
JANUARY = "2025-01-01/2025-01-31"
YEAR = "2025-01-01/2025-12-31"


def build(
    vault: vaults.Vault,
    spec: PeriodSpec | None = None,
    k: int | None = 3,
    breakdowns: tuple[Breakdown, ...] = ALL_BREAKDOWNS,
) -> Report:
    with vault.session() as s:
        return reports.build_report(
            s,
            spec or PeriodSpec.year(2025),
            breakdowns=breakdowns,
            k=k,
            now=dt.datetime(2026, 1, 15, 9, 30, tzinfo=dt.UTC),
        )


def cell(table: Table, row: str, column: str) -> Cell:
    """The cell at a row key and a column key; "total" names a margin."""
    rows = [r.key for r in table.rows]
    columns = [c.key for c in table.columns]
    if row == "total" and column == "total":
        assert table.grand_total is not None
        return table.grand_total
    if row == "total":
        assert table.column_totals is not None
        return table.column_totals[columns.index(column)]
    if column == "total":
        assert table.row_totals is not None
        return table.row_totals[rows.index(row)]
    return table.cells[rows.index(row)][columns.index(column)]


def exact(table: Table, row: str, column: str) -> object:
    return cell(table, row, column).exact


def month_rows(table: Table) -> dict[str, object]:
    """A month table (one column) as month key -> exact value, non-zero months only."""
    return {
        label.key: c.exact
        for label, (c,) in zip(table.rows, table.cells, strict=True)
        if c.exact not in (0, None)
    }


def by_key(table: Table, items: list[object]) -> str:
    """The key of a row whose label reads ``items[0]`` (group names are typed by the user)."""
    for label in table.rows:
        if label.fr == items[0]:
            return label.key
    raise KeyError(items[0])


# ---------------------------------------------------------------- sessions


def test_sessions_planned_held_cancelled(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault)
    by_month = report.table("sessions-by-month")
    # held, cancelled, other, planned (total)
    columns = ["held", "cancelled", "other", "planned"]
    assert [exact(by_month, MARCH, c) for c in columns] == [4, 1, 0, 5]
    assert [exact(by_month, APRIL, c) for c in columns] == [3, 0, 0, 3]
    assert [exact(by_month, JANUARY, c) for c in columns] == [0, 0, 0, 0]
    assert [exact(by_month, "total", c) for c in columns] == [7, 1, 0, 8]

    by_group = report.table("sessions-by-group")
    mardi, jeudi = str(known.mardi), str(known.jeudi)
    assert [exact(by_group, mardi, c) for c in columns] == [3, 1, 0, 4]
    assert [exact(by_group, jeudi, c) for c in columns] == [3, 0, 0, 3]
    assert [exact(by_group, "none", c) for c in columns] == [1, 0, 0, 1]

    by_axis = report.table("sessions-by-axis")
    assert [exact(by_axis, "talk_group", c) for c in columns] == [6, 1, 0, 7]
    assert [exact(by_axis, "training", c) for c in columns] == [1, 0, 0, 1]
    assert [exact(by_axis, "public_action", c) for c in columns] == [0, 0, 0, 0]

    by_sector = report.table("sessions-by-facilitator-sector")
    assert [exact(by_sector, "social", c) for c in columns] == [6, 1, 0, 7]
    assert [exact(by_sector, "justice", c) for c in columns] == [3, 1, 0, 4]
    assert [exact(by_sector, "health", c) for c in columns] == [3, 0, 0, 3]
    assert [exact(by_sector, "education", c) for c in columns] == [1, 0, 0, 1]
    assert [exact(by_sector, "none", c) for c in columns] == [0, 0, 0, 0]
    assert [exact(by_sector, "total", c) for c in columns] == [7, 1, 0, 8]
    # counts of sessions are activity, not people: published even when small
    assert cell(by_group, "none", "held").state is CellState.PUBLISHED


# ---------------------------------------------------------------- attendances


def test_total_attendances_with_headcounts(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault)
    by_month = report.table("attendances-by-month")
    assert month_rows(by_month) == {MARCH: 10, APRIL: 19}
    assert by_month.column_totals is not None
    assert by_month.column_totals[0].exact == 29

    by_group = report.table("attendances-by-group")
    mardi, jeudi = str(known.mardi), str(known.jeudi)
    assert (exact(by_group, mardi, MARCH), exact(by_group, mardi, "total")) == (7, 7)
    assert (exact(by_group, jeudi, MARCH), exact(by_group, jeudi, APRIL)) == (3, 5)
    assert exact(by_group, jeudi, "total") == 8
    assert exact(by_group, "none", APRIL) == 14
    assert exact(by_group, "total", "total") == 29

    by_axis = report.table("attendances-by-axis")
    assert exact(by_axis, "talk_group", "total") == 15
    assert exact(by_axis, "training", APRIL) == 14


def test_attendances_by_referral_and_age_keep_headcounts_apart(
    vault: vaults.Vault, known: Programme
) -> None:
    report = build(vault)
    referral = report.table("attendances-by-referral-source")
    assert exact(referral, "police", MARCH) == 6
    assert exact(referral, "social_services", MARCH) == 2
    assert (exact(referral, "health", MARCH), exact(referral, "health", APRIL)) == (1, 1)
    assert exact(referral, "self", "total") == 1
    assert exact(referral, "headcount", APRIL) == 18
    assert exact(referral, "total", "total") == 29
    age = report.table("attendances-by-age-band")
    assert exact(age, "26-35", "total") == 5
    assert exact(age, "36-45", "total") == 4
    assert exact(age, "18-25", "total") == 2
    assert exact(age, "headcount", "total") == 18
    assert exact(age, "lt18", "total") == 0


def test_average_attendance_per_held_session(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault, k=3)
    by_month = report.table("average-attendance-by-month")
    attendances = report.table("attendances-by-month")
    expected = {MARCH: Decimal("2.5"), APRIL: Decimal("6.3")}  # 10 / 4 and 19 / 3
    for label, (average,), (count,) in zip(
        by_month.rows, by_month.cells, attendances.cells, strict=True
    ):
        if label.key in expected:
            # shown with its attendances (the joint audit may hide both), never alone
            shown = count.published is not None
            assert average.exact == (expected[label.key] if shown else None)
            assert (average.published is None) is (count.published is None)
    rows = {label.key: c for label, (c,) in zip(by_month.rows, by_month.cells, strict=True)}
    assert rows[JANUARY].state is CellState.NOT_APPLICABLE  # no session held
    assert by_month.column_totals is not None
    total = attendances.column_totals[0] if attendances.column_totals else None
    if total is not None and total.published is not None:
        assert by_month.column_totals[0].exact == Decimal("4.1")  # 29 / 7
    by_group = report.table("average-attendance-by-group")
    assert exact(by_group, str(known.jeudi), APRIL) in (Decimal("2.5"), None)  # 5 / 2
    # with every count shown (k = 3, nothing published before), the averages are exact
    plain = build(vault, k=3, breakdowns=(Breakdown.GROUP,))
    groups = plain.table("average-attendance-by-group")
    for value, wanted in (
        (exact(groups, str(known.mardi), "total"), Decimal("2.3")),  # 7 / 3
        (exact(groups, str(known.jeudi), "total"), Decimal("2.7")),  # 8 / 3
        (exact(groups, "none", APRIL), Decimal("14.0")),
    ):
        assert value in (wanted, None)


def test_an_average_from_a_hidden_count_is_hidden(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault, k=11)
    attendances = report.table("attendances-by-group")
    averages = report.table("average-attendance-by-group")
    mardi = str(known.mardi)
    assert cell(attendances, mardi, "total").state is CellState.SUPPRESSED  # 7 < 11
    assert cell(averages, mardi, "total").state is CellState.SUPPRESSED
    assert cell(averages, mardi, "total").published is None
    assert cell(attendances, "none", APRIL).state is CellState.PUBLISHED  # 14
    assert cell(averages, "none", APRIL).published == Decimal("14.0")


# ---------------------------------------------------------------- participants


def test_distinct_and_new_participants(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault)
    distinct = report.table("participants-by-month")
    assert month_rows(distinct) == {MARCH: 5, APRIL: 1}  # the headcount of 4 never counts
    assert distinct.column_totals is not None
    assert distinct.column_totals[0].exact == 5
    by_group = report.table("participants-by-group")
    mardi, jeudi = str(known.mardi), str(known.jeudi)
    assert exact(by_group, mardi, "total") == 3
    assert (exact(by_group, jeudi, MARCH), exact(by_group, jeudi, APRIL)) == (3, 1)
    assert exact(by_group, jeudi, "total") == 3
    assert exact(by_group, "total", "total") == 5  # P3 came to both groups: once
    by_action = report.table("participants-by-action")
    assert exact(by_action, str(known.talk_action), "total") == 5
    assert exact(by_action, str(known.training_action), "total") == 0
    new = report.table("new-participants-by-month")
    assert month_rows(new) == {MARCH: 5}
    new_by_referral = report.table("new-participants-by-referral-source")
    assert exact(new_by_referral, "police", MARCH) == 2
    assert exact(new_by_referral, "police", "total") == 2
    ids = [t.id for t in report.tables]
    assert "new-participants-by-group" not in ids  # new to the programme, not to a group
    assert "new-participants-by-action" not in ids


def test_participants_by_referral_source_and_age_band(
    vault: vaults.Vault, known: Programme
) -> None:
    report = build(vault, breakdowns=())  # these two tables are always in the report
    referral = report.table("participants-by-referral-source")
    assert exact(referral, "police", "total") == 2
    assert exact(referral, "social_services", "total") == 1
    assert (exact(referral, "health", MARCH), exact(referral, "health", APRIL)) == (1, 1)
    assert exact(referral, "health", "total") == 1
    assert exact(referral, "self", "total") == 1
    assert exact(referral, "school", "total") == 0
    age = report.table("participants-by-age-band")
    assert exact(age, "26-35", "total") == 2
    assert exact(age, "36-45", "total") == 2
    assert exact(age, "18-25", "total") == 1
    assert [r.key for r in referral.rows][-1] != "headcount"


def test_new_means_first_time_in_the_span(vault: vaults.Vault, known: Programme) -> None:
    # Q2: P4 came on 3 April but first came on 27 March: not new in the quarter
    report = build(vault, PeriodSpec.quarter(2025, 2))
    new = report.table("new-participants-by-month")
    rows = {label.key: c.exact for label, (c,) in zip(new.rows, new.cells, strict=True)}
    assert rows == {APRIL: 0, "2025-05-01/2025-05-31": 0, "2025-06-01/2025-06-30": 0}
    assert new.column_totals is not None
    assert new.column_totals[0].exact == 0
    distinct = report.table("participants-by-month")
    assert month_rows(distinct) == {APRIL: 1}
    # Q1: everyone first came in March (P1, P2 on the 4th, P3 the 11th, P4, P5 the 27th)
    first = build(vault, PeriodSpec.quarter(2025, 1)).table("new-participants-by-month")
    assert month_rows(first) == {MARCH: 5}


# ---------------------------------------------------------------- actions and people trained


def test_actions_by_axis_new_and_renewed(vault: vaults.Vault, known: Programme) -> None:
    table = build(vault).table("actions-by-axis")
    assert [exact(table, "talk_group", c) for c in ("new", "renewed")] == [1, 0]
    assert [exact(table, "training", c) for c in ("new", "renewed")] == [0, 1]
    assert [exact(table, "public_action", c) for c in ("new", "renewed")] == [2, 0]
    assert [exact(table, "plenary", c) for c in ("new", "renewed")] == [0, 0]
    assert exact(table, "total", "total") == 4
    two_years = build(vault, PeriodSpec(dt.date(2024, 1, 1), dt.date(2025, 12, 31)))
    assert exact(two_years.table("actions-by-axis"), "training", "new") == 1  # the 2024 one


def test_professionals_trained_and_public_actions(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault, k=3)
    trained = report.table("professionals-trained-by-sector")
    assert [c.exact for (c,) in trained.cells] == [0, 12, 3, 0, 0, 0, 0]
    assert trained.column_totals is not None
    assert trained.column_totals[0].exact == 15
    public = report.table("public-actions-by-form")
    assert exact(public, "posters", "2025") == 1
    assert exact(public, "stand", "2025") == 0  # only proposed: not carried out
    reach = report.table("public-reach-by-form")
    assert exact(reach, "posters", "2025") == 400
    assert exact(reach, "stand", "2025") == 0


def test_hours_of_training_delivered_are_the_held_sessions_lengths(
    vault: vaults.Vault, known: Programme
) -> None:
    # 15 April, 09:00-12:00, headcount recorded: 3 hours
    table = build(vault, k=3).table("training-hours-by-action")
    assert table.unit is Unit.HOURS
    assert exact(table, str(known.training_action), "2025") == Decimal("3.0")
    start = dt.datetime(2025, 5, 6, 14, 0, tzinfo=PARIS)
    with vault.session() as s:
        held = scheduling.add_action_session(
            s, known.training_action, start, start + dt.timedelta(minutes=150)
        ).id
        scheduling.mark_held(s, held, now=start + dt.timedelta(days=1))
        cancelled = scheduling.add_action_session(
            s,
            known.training_action,
            start + dt.timedelta(days=7),
            start + dt.timedelta(days=7, hours=4),
        ).id
        scheduling.cancel_session(s, cancelled, "formatrice absente")
        # planned, nobody recorded: not delivered (yet)
        scheduling.add_action_session(
            s,
            known.training_action,
            start + dt.timedelta(days=14),
            start + dt.timedelta(days=14, hours=2),
        )
    table = build(vault, k=3).table("training-hours-by-action")
    assert exact(table, str(known.training_action), "2025") == Decimal("5.5")  # 3 + 2.5


def test_facilitators_involved_by_sector(vault: vaults.Vault, known: Programme) -> None:
    table = build(vault).table("facilitators-by-sector")
    assert (exact(table, "social", MARCH), exact(table, "social", APRIL)) == (1, 1)
    assert exact(table, "social", "total") == 1
    assert exact(table, "justice", "total") == 1
    assert exact(table, "health", "total") == 1
    assert (exact(table, "education", MARCH), exact(table, "education", APRIL)) == (0, 1)
    assert (exact(table, "total", MARCH), exact(table, "total", APRIL)) == (3, 3)
    assert exact(table, "total", "total") == 4


def test_contributions_per_year_are_published_as_they_are(
    vault: vaults.Vault, known: Programme
) -> None:
    report = build(vault, k=11)
    money = report.table("contributions-by-partner-sector")
    assert exact(money, "social", "2025") == Decimal("1500.50")
    assert exact(money, "local_authority", "2025") == Decimal("3000.00")
    assert money.column_totals is not None
    assert money.column_totals[0].exact == Decimal("4500.50")
    assert all(c.state is CellState.PUBLISHED for c in money.all_cells())
    in_kind = report.table("in-kind-contributions-by-partner-sector")
    assert exact(in_kind, "local_authority", "2025") == 1
    both = build(vault, PeriodSpec(dt.date(2024, 1, 1), dt.date(2025, 12, 31)), k=11)
    money = both.table("contributions-by-partner-sector")
    assert exact(money, "local_authority", "2024") == Decimal("2000.00")
    assert exact(money, "local_authority", "total") == Decimal("5000.00")


# ---------------------------------------------------------------- the suppression applied


def test_small_counts_of_people_are_hidden_with_k(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault, k=5)
    distinct = report.table("participants-by-month")
    rows = {label.key: c for label, (c,) in zip(distinct.rows, distinct.cells, strict=True)}
    assert rows[APRIL].state is CellState.SUPPRESSED  # 1 person
    assert rows[APRIL].published is None
    assert rows[MARCH].state is CellState.SUPPRESSED  # 5, hidden so April cannot be derived
    assert rows[JANUARY].published == 0
    facilitators = report.table("facilitators-by-sector")
    # facilitators are professionals, not participants: shown exactly whatever k
    assert all(c.published == c.exact for c in facilitators.all_cells())
    for table in report.tables:
        if table.unit is reports.Unit.PEOPLE:
            for c in table.all_cells():
                assert c.published is None or not 1 <= c.published < 5


def test_the_vaults_threshold_is_the_default(vault: vaults.Vault, known: Programme) -> None:
    with vault.session() as s:
        vault_settings.save(s, vault_settings.VaultSettings(suppression_k=11))
    try:
        assert build(vault, k=None).k == 11
        assert build(vault, k=3).k == 3
    finally:  # the settings outlive the programme in the shared vault
        with vault.session() as s:
            vault_settings.save(s, vault_settings.VaultSettings())


@pytest.mark.parametrize("k", [2, 12, 0])
def test_thresholds_outside_3_to_11_are_refused(vault: vaults.Vault, k: int) -> None:
    with pytest.raises(reports.ReportError) as caught:
        build(vault, k=k)
    assert caught.value.code is reports.ReportErrorCode.THRESHOLD_RANGE


def test_notes_say_what_the_numbers_mean(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault, k=5)
    keys = [n.key for n in report.notes]
    assert "note.headcount" in keys
    assert "note.contributions" in keys
    assert "note.purged" not in keys  # nothing was purged
    assert "k = 5" in report.rule.fr
    assert "de 1 à 4" not in report.rule.fr
    assert "entre 1 et 4" in report.rule.fr
    # the joint protection and the ledger are stated, with the vault's range
    assert "au moins 3 valeurs possibles" in report.rule.fr
    assert "déjà diffusés par ce coffre" in report.rule.fr
    assert "at least 3 possible values" in report.rule.en


# ---------------------------------------------------------------- purged people


def _exact_values(report: Report) -> dict[str, list[object]]:
    return {t.id: [c.exact for c in t.all_cells()] for t in report.tables}


def test_totals_of_calendar_periods_survive_a_purge(vault: vaults.Vault, known: Programme) -> None:
    specs = [PeriodSpec.year(2025, by=by) for by in PeriodKind] + [
        PeriodSpec.quarter(2025, 1),
        PeriodSpec.month(2025, 4),
    ]
    before = [build(vault, spec) for spec in specs]
    assert all("note.purged" not in [n.key for n in r.notes] for r in before)
    with vault.session() as s:
        done = retention.purge(s, months=24, now=dt.datetime(2028, 1, 1, tzinfo=dt.UTC))
    assert done.participants == 5
    after = [build(vault, spec) for spec in specs]
    for old, new in zip(before, after, strict=True):
        assert _exact_values(new) == _exact_values(old), new.period
        assert "note.purged" in [n.key for n in new.notes]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (dt.date(2025, 3, 15), dt.date(2025, 4, 30)),  # cuts March
        (dt.date(2025, 2, 1), dt.date(2025, 4, 30)),  # whole months, across quarters
    ],
)
def test_spans_off_the_calendar_grid_are_refused(start: dt.date, end: dt.date) -> None:
    """Once counted as "unavailable" after a purge; now never reported at all."""
    with pytest.raises(reports.ReportError) as caught:
        PeriodSpec(start, end)
    assert caught.value.code is reports.ReportErrorCode.NOT_ON_GRID


def test_purged_people_over_several_years(vault: vaults.Vault, known: Programme) -> None:
    p1 = known.participants[0]
    with vault.session() as s:  # P1 comes back once, in January 2026
        start = dt.datetime(2026, 1, 6, 18, 0, tzinfo=PARIS)
        extra = scheduling.add_extra_session(
            s, known.mardi, start, start + dt.timedelta(minutes=90)
        ).id
        att.record_attendance(s, extra, {p1: AttendanceStatus.PRESENT})
    spec = PeriodSpec.whole_years(2025, 2026)
    before = build(vault, spec)
    with vault.session() as s:
        done = retention.purge(s, months=24, now=dt.datetime(2029, 1, 1, tzinfo=dt.UTC))
    assert done.participants == 5
    after = build(vault, spec)
    for report in (before, after):
        new = report.table("new-participants-by-month")
        assert new.column_totals is not None
        assert new.column_totals[0].exact == 5  # new people add up over months
        attendances = report.table("attendances-by-month")  # kept per session: exact
        assert month_rows(attendances)["2026-01-01/2026-01-31"] == 1
    whole_before = before.table("participants-by-month").column_totals
    whole_after = after.table("participants-by-month").column_totals
    assert whole_before is not None
    assert whole_after is not None
    assert whole_before[0].exact == 5
    # P1 came in 2025 and in 2026: once purged, who came in both years cannot be told apart
    assert whole_after[0].state is CellState.UNAVAILABLE
    assert whole_after[0].exact is None
    assert "note.purged" in [n.key for n in after.notes]
    # each year alone is a calendar period: exact after the purge
    for year, people in ((2025, 5), (2026, 1)):
        alone = build(vault, PeriodSpec.year(year)).table("participants-by-month")
        assert alone.column_totals is not None
        assert alone.column_totals[0].exact == people


# ---------------------------------------------------------------- the period


def test_period_columns() -> None:
    spec = PeriodSpec.year(2025, PeriodKind.QUARTER)
    assert spec.buckets() == (
        (dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
        (dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        (dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
        (dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
    )
    assert len(spec.months()) == 12
    assert spec.calendar_kind is PeriodKind.YEAR
    run = PeriodSpec.whole_years(2024, 2026, PeriodKind.YEAR)
    assert run.buckets() == tuple(
        (dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in (2024, 2025, 2026)
    )
    assert run.calendar_kind is None  # several years
    assert run.years() == (2024, 2025, 2026)
    # columns wider than the period are clipped to it
    clipped = PeriodSpec.month(2025, 2, PeriodKind.QUARTER)
    assert clipped.buckets() == ((dt.date(2025, 2, 1), dt.date(2025, 2, 28)),)
    assert PeriodSpec.quarter(2025, 2).calendar_kind is PeriodKind.QUARTER
    assert PeriodSpec.month(2024, 2).end == dt.date(2024, 2, 29)
    assert PeriodSpec.year(2025).years() == (2025,)


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        (dt.date(2025, 2, 1), dt.date(2025, 1, 31), reports.ReportErrorCode.END_BEFORE_START),
        (dt.date(1999, 1, 1), dt.date(2025, 1, 31), reports.ReportErrorCode.YEAR_RANGE),
        (dt.date(2000, 1, 1), dt.date(2040, 1, 31), reports.ReportErrorCode.TOO_LONG),
        (dt.date(2000, 1, 1), dt.date(2030, 12, 31), reports.ReportErrorCode.TOO_LONG),
        (dt.date(2025, 1, 1), dt.date(2025, 11, 30), reports.ReportErrorCode.NOT_ON_GRID),
        (dt.date(2025, 1, 2), dt.date(2025, 12, 31), reports.ReportErrorCode.NOT_ON_GRID),
        (dt.date(2025, 2, 1), dt.date(2025, 4, 30), reports.ReportErrorCode.NOT_ON_GRID),
        (dt.date(2025, 7, 1), dt.date(2026, 6, 30), reports.ReportErrorCode.NOT_ON_GRID),
    ],
)
def test_bad_periods_are_refused(start: dt.date, end: dt.date, code: object) -> None:
    with pytest.raises(reports.ReportError) as caught:
        PeriodSpec(start, end)
    assert caught.value.code is code


def test_labels_in_both_languages(vault: vaults.Vault, known: Programme) -> None:
    report = build(vault, PeriodSpec.year(2025, PeriodKind.QUARTER))
    table = report.table("attendances-by-group")
    assert [c.fr for c in table.columns] == ["T1 2025", "T2 2025", "T3 2025", "T4 2025"]
    assert [c.en for c in table.columns] == ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"]
    assert [b.short.fr for b in report.chart][2:6] == ["mars 25", "avr. 25", "mai 25", "juin 25"]
    # a column wider than the period says which days of it are counted
    clipped = build(vault, PeriodSpec.month(2025, 3, PeriodKind.QUARTER))
    columns = clipped.table("attendances-by-group").columns
    assert [c.fr for c in columns] == ["T1 2025 (du 01/03/2025 au 31/03/2025)"]
    assert [c.en for c in columns] == ["Q1 2025 (2025-03-01 to 2025-03-31)"]
    assert [r.fr for r in table.rows] == ["Jeudi", "Mardi", "Séances hors groupes de parole"]
