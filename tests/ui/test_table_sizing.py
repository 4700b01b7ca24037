"""Large tables stay cheap on the UI thread: formatted before the model, sized from a sample.

No test here measures time (the benchmarks do): they check that column widths are
measured on a bounded sample of rows, never with ``ResizeToContents`` over whole
columns, and that the report's and the participants' rows are formatted once, with
the data, so that showing them is a lookup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from tests.attendance.conftest import GroupWithSessions, make_group
from tests.scheduling.conftest import make_directory
from tests.ui.conftest import PASSPHRASE
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.demo import data as demo_data
from vpi_groups.reports.periods import PeriodSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AgeBand, AttendanceStatus, ReferralSource
from vpi_groups.ui.models.columns import NARROWEST_CAP, SAMPLE_ROWS, fit_columns
from vpi_groups.ui.models.table import HeadersModel, Row
from vpi_groups.ui.pages.agenda import AgendaPage, View
from vpi_groups.ui.pages.participants import ParticipantsPage, RowWords, participant_rows
from vpi_groups.ui.pages.reports_page import TABLES_FIRST, ComputedReport, ReportsPage, table_grid

START = dt.date(2026, 3, 2)


class CountingModel(HeadersModel):
    """A table that remembers which rows were asked for, while ``counting`` is on."""

    def __init__(self) -> None:
        super().__init__(lambda: ["Code", "Groupes", "Total"])
        self.counting = False
        self.asked: set[int] = set()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if self.counting:
            self.asked.add(index.row())
        return super().data(index, role)


def _rows(count: int, long_at: int, long_text: str) -> list[Row]:
    rows = []
    for i in range(count):
        groups = long_text if i == long_at else "Groupe 1"
        rows.append(Row((f"AB{i:05d}", groups, str(i)), (i, groups, i), i))
    return rows


def _assert_bounded(view: QTableView) -> None:
    header = view.horizontalHeader()
    assert header.count() > 0
    modes = {header.sectionResizeMode(c) for c in range(header.count())}
    assert modes == {QHeaderView.ResizeMode.Interactive}, "never ResizeToContents"
    assert header.resizeContentsPrecision() == SAMPLE_ROWS


@pytest.mark.parametrize("shown", [False, True])
def test_columns_are_sized_from_a_sample_of_rows(
    qtbot: QtBot, qtmodeltester: Any, shown: bool
) -> None:
    """Thousands of rows: fitting reads at most the sample, and a far row widens nothing."""
    model = CountingModel()
    model.set_rows(_rows(3000, long_at=2500, long_text="Un nom de groupe très long " * 4))
    qtmodeltester.check(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1000, 400)
    if shown:
        view.show()
        qtbot.waitExposed(view)
    model.counting = True
    fit_columns(view)
    model.counting = False
    _assert_bounded(view)
    assert model.asked, "the sample was measured"
    assert max(model.asked) < SAMPLE_ROWS, "only the first (or visible) rows are read"
    metrics = view.fontMetrics()
    assert view.columnWidth(0) >= metrics.horizontalAdvance("AB00000")
    assert view.columnWidth(1) < metrics.horizontalAdvance("Un nom de groupe très long")

    # A long text in the sample is shown, up to a cap; a new content is sized again.
    model.set_rows(_rows(3000, long_at=0, long_text="Groupe du mardi soir, " * 30))
    fit_columns(view)
    assert view.columnWidth(1) == max(NARROWEST_CAP, view.width() // 2)
    # Widths stay as set, whatever the layout does: no mode recomputes them.
    view.horizontalHeader().resizeSection(0, 40)
    view.resize(700, 300)
    model.set_rows(_rows(10, long_at=-1, long_text=""))
    assert view.columnWidth(0) == 40


@pytest.fixture
def demo_folder(vault_folder: tuple[Path, str]) -> Path:
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    with vault.session() as s:
        demo_data.populate(s, years=1, seed=5, today=dt.date(2026, 11, 28))
    vault.lock()
    return vault_folder[0]


def test_report_tables_are_formatted_with_the_report(
    qtbot: QtBot, french: QApplication, demo_folder: Path, qtmodeltester: Any
) -> None:
    """Every table shows the text formatted in the worker; columns are sized per table.

    Sized one table per turn of the event loop, each from a bounded sample of rows:
    the window stays responsive while a report of many tables is laid out.
    """
    vault = vaults.unlock(demo_folder, passphrase=PASSPHRASE)
    page = ReportsPage()
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.load(vault)
    qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=20_000)
    page.report = None
    page.period.choose(PeriodSpec.year(2026))
    for box in page.breakdowns.values():
        box.setChecked(True)
    page.compute()
    qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=20_000)
    report = page.report
    assert report is not None
    qtbot.waitUntil(lambda: not page.fitting())
    assert len(page.grids) == len(report.tables) == len(page.table_views) > 20
    # Shown again, from the worker's result: only the first tables are built and sized
    # at once, the others on the next turns of the event loop; the contents are whole.
    page._show(ComputedReport(report, page.grids, "fr"))
    assert page.fitting()
    assert len(page.table_views) == TABLES_FIRST
    assert page.contents.count() == len(report.tables) + 2  # and the chart, the notes
    qtbot.waitUntil(lambda: not page.fitting())
    assert len(page.table_views) == len(report.tables)
    assert [t.text() for t in page.table_titles] == [
        page.contents.item(i).text() for i in range(len(report.tables))
    ]
    # asked for a table not yet built, the page builds the rest at once and goes there
    page._show(ComputedReport(report, page.grids, "fr"))
    last = len(report.tables) - 1
    page.contents.setCurrentRow(last)
    assert len(page.table_views) == len(report.tables)
    qtbot.waitUntil(lambda: not page.fitting())
    assert page.anchors[last] is page.table_titles[last]
    assert page.anchors[-2:] == [page.chart, page.legend]
    metrics = page.table_views[0].fontMetrics()
    for index, table in enumerate(report.tables):
        view, model = page.table_views[index], page.table_models[index]
        qtmodeltester.check(model)
        _assert_bounded(view)
        assert model.grid is page.grids[index].rows, "shown as built, not rebuilt"
        assert page.grids[index] == table_grid(table, "fr")
        assert model.rowCount() == len(page.grids[index].rows) - 1
        assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
        widest_label = max(metrics.horizontalAdvance(row[0]) for row in model.grid[:20])
        assert view.columnWidth(0) >= min(widest_label, NARROWEST_CAP)
    page.clear()
    assert page.grids == ()
    assert page.table_models == []
    assert not page.fitting()
    assert not page.holds_record_data()
    vault.lock()


@pytest.fixture
def attended(tmp_path: Path) -> Iterator[tuple[vaults.Vault, GroupWithSessions, list[int]]]:
    vault, _ = vaults.create(tmp_path / "vault", PASSPHRASE)
    directory = make_directory(vault)
    group = make_group(vault, directory, start=START, count=4)
    with vault.session() as s:
        people = [
            attendance.create_participant(
                s,
                ParticipantAttributes(AgeBand.FROM_26_TO_35, referral_source=ReferralSource.HEALTH),
            ).id
            for _ in range(12)
        ]
        for pid in people:
            attendance.enrol(s, pid, group.group_id, START)
        attendance.record_attendance(
            s, group.session_ids[0], {pid: AttendanceStatus.PRESENT for pid in people[:5]}
        )
    yield vault, group, people
    if vault.is_open:
        vault.lock()


def test_participants_rows_come_formatted_from_the_worker(
    qtbot: QtBot,
    french: QApplication,
    attended: tuple[vaults.Vault, GroupWithSessions, list[int]],
    qtmodeltester: Any,
) -> None:
    vault, _group, people = attended
    page = ParticipantsPage()
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.load(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 12 and not page.runner.busy)
    data = page.data
    assert data is not None
    assert data.rows == participant_rows(data.participants, data.groups, RowWords.now())
    assert set(data.by_id) == set(people)
    qtmodeltester.check(page.model)
    _assert_bounded(page.table)
    assert page.table.horizontalHeader().stretchLastSection()
    metrics = page.table.fontMetrics()
    assert page.table.columnWidth(0) >= metrics.horizontalAdvance(page.model.cells(0)[0])
    attended_row = page.model.row_of(people[0])
    assert page.model.cells(attended_row)[5] == "03/03/2026"  # first attendance, French
    assert page.model.cells(page.model.row_of(people[-1]))[5] == "—"

    # The search filters the rows already formatted: the same objects, fewer of them.
    code = page.model.cells(attended_row)[0]
    page.search.setText(code.lower())
    assert page.model.rowCount() == 1
    assert page.model.row_at(0) is data.rows[[r.row_id for r in data.rows].index(people[0])]
    qtmodeltester.check(page.model)
    page.search.clear()
    assert page.model.rowCount() == 12

    # Sorting keeps the formatted rows; the history table is bounded the same way.
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert page.model.row_at(0).cells[5] == "03/03/2026"
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1 and not page.runner.busy)
    qtmodeltester.check(page.history_model)
    _assert_bounded(page.history)
    page.clear()
    assert not page.holds_record_data()


def test_agenda_rows_and_month_blocks_come_ready(
    qtbot: QtBot,
    french: QApplication,
    attended: tuple[vaults.Vault, GroupWithSessions, list[int]],
    qtmodeltester: Any,
) -> None:
    """The list's rows are formatted in the worker; the month paints from its day index."""
    vault, group, _people = attended
    page = AgendaPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.day = START
    page.view_choice.setCurrentIndex(int(View.MONTH))
    page.load(vault)
    qtbot.waitUntil(lambda: len(page.entries) == 4 and not page.runner.busy)
    assert page.list_model.rowCount() == 4
    qtmodeltester.check(page.list_model)
    assert page.list_model.row_at(0).cells[0] == "03/03/2026"
    page.canvas.repaint()
    assert sorted(session_id for _rect, session_id in page.canvas.hits) == sorted(group.session_ids)
    page.clear()
    assert not page.entries
