"""Reports page: the preview matches the files, and the files match the command line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from tests.ui.test_translations import _untranslated
from vpi_groups import vault_settings
from vpi_groups.cli import EXIT_OK, main
from vpi_groups.reports.files import Format
from vpi_groups.reports.indicators import Breakdown, PeriodSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.pages.reports_page import (
    VISIBLE_ROWS_MAX,
    ReportsPage,
    ReportTableModel,
    ReportTableView,
)
from vpi_groups.ui.preferences import Preferences

GENERATED = dt.datetime(2026, 11, 28, 9, 16, tzinfo=dt.UTC)


@pytest.fixture
def folder(demo_folder: Path) -> Path:
    """A year of the demo programme (the shared fixture)."""
    return demo_folder


def _computed(qtbot: QtBot, vault: vaults.Vault) -> ReportsPage:
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    page.load(vault)
    qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=20_000)
    page.report = None
    page.period.choose(PeriodSpec.year(2026))
    page.breakdowns[Breakdown.GROUP].setChecked(True)
    page.breakdowns[Breakdown.REFERRAL_SOURCE].setChecked(True)
    page.threshold.setValue(5)
    page.compute()
    qtbot.waitUntil(lambda: page.report is not None and not page.fitting(), timeout=20_000)
    return page


def _written(page: ReportsPage, path: Path) -> Callable[[], bool]:
    return lambda: page.written == path


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def _xlsx_values(data: bytes) -> dict[str, list[tuple[object, ...]]]:
    book = load_workbook(io.BytesIO(data))
    out = {}
    for sheet in book.worksheets:
        rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
        out[sheet.title] = rows
    return out


def test_preview_exports_and_cli_agree(
    qtbot: QtBot,
    french: QApplication,
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Same bytes of text, the generation time included: the clock is pinned, not ignored."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(GENERATED.timestamp())))
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    page = _computed(qtbot, vault)
    report = page.report
    assert report is not None
    assert len(page.table_views) == len(report.tables) > 3
    assert "k = 5" in page.legend.text()
    ui_files = {}
    for fmt in Format:
        path = tmp_path / f"ui.{fmt.value}"
        page.export_to(fmt, path)
        qtbot.waitUntil(_written(page, path), timeout=20_000)
        ui_files[fmt] = path.read_bytes()

    # The preview shows each table exactly as the CSV prints it, marks included.
    rows = _csv_rows(ui_files[Format.CSV])
    hidden_seen = 0
    for index, table in enumerate(report.tables):
        model = page.table_models[index]
        assert page.table_titles[index].text() == table.title.text("fr")
        start = rows.index([table.title.text("fr")]) + 1
        printed = rows[start : start + model.rowCount() + 1]
        header = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        assert printed[0] == header
        for r in range(model.rowCount()):
            shown = [model.index(r, c).data() for c in range(model.columnCount())]
            assert printed[r + 1] == shown
        hidden_seen += len(model.hidden)
        for r, c in model.hidden:
            assert model.grid[r][c] == "s"
    assert hidden_seen > 0, "the demo programme's small groups must show suppressed cells"
    words = {t.title.text("fr") for t in report.tables}
    for label in (page.notes, page.legend):  # the report's own French words
        words |= {line.strip() for line in label.text().split("\n")}
    assert _untranslated(page, words) == []
    page.clear()
    vault.lock()

    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    cli_files = {}
    for fmt in Format:
        out = tmp_path / f"cli.{fmt.value}"
        args = ["--vault", str(folder), "report", "--from", "2026-01-01", "--to", "2026-12-31"]
        args += ["--by", "month", "--breakdown", "group", "--breakdown", "referral-source"]
        args += ["--threshold", "5", "--format", fmt.value, "--out", str(out)]
        args += ["--passphrase-file", str(secret)]
        assert main(args) == EXIT_OK
        cli_files[fmt] = out.read_bytes()

    assert ui_files[Format.CSV] == cli_files[Format.CSV]
    assert ["Édité le", "28/11/2026 10:16"] in _csv_rows(ui_files[Format.CSV])
    ui_json, cli_json = json.loads(ui_files[Format.JSON]), json.loads(cli_files[Format.JSON])
    assert ui_json == cli_json
    assert ui_json["generated_at"] == "2026-11-28T09:16:00+00:00"
    assert _xlsx_values(ui_files[Format.XLSX]) == _xlsx_values(cli_files[Format.XLSX])
    assert ui_files[Format.PDF].startswith(b"%PDF")
    assert _pdf_text(ui_files[Format.PDF], tmp_path) == _pdf_text(cli_files[Format.PDF], tmp_path)


def _pdf_text(data: bytes, folder: Path) -> list[str]:
    """The PDF's text as poppler reads it."""
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftotext is not installed; CI must install poppler-utils")
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    source = folder / "compare.pdf"
    source.write_bytes(data)
    out = subprocess.run(
        [tool, "-layout", str(source), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.splitlines()


def test_report_table_model_passes_the_model_tester(
    qtbot: QtBot, french: QApplication, folder: Path, qtmodeltester: object
) -> None:
    """Every table of a real report, then none, under QAbstractItemModelTester."""
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    page = _computed(qtbot, vault)
    report = page.report
    assert report is not None
    model = ReportTableModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    for table in report.tables:
        model.show_table(table, "fr")
        qtmodeltester.check(model)  # type: ignore[attr-defined]
        assert model.rowCount() > 0
        assert model.columnCount() > 1
    hidden = [t for t in report.tables if any(c.state.value == "suppressed" for c in t.all_cells())]
    assert hidden, "the demo year has hidden cells to paint grey"
    model.show_table(hidden[0], "fr")
    assert model.hidden
    model.show_table(None, "fr")
    assert (model.rowCount(), model.columnCount()) == (0, 0)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    page.clear()
    vault.lock()


# ---------------------------------------------------------------- every table, stacked


def _row_height(view: ReportTableView) -> int:
    return view.verticalHeader().defaultSectionSize()


def _all_rows_visible(view: ReportTableView) -> bool:
    last = view.model().rowCount() - 1
    bottom = view.rowViewportPosition(last) + view.rowHeight(last)
    return view.rowViewportPosition(0) == 0 and bottom <= view.viewport().height()


def test_every_table_is_stacked_under_its_title_and_sized_to_its_rows(
    qtbot: QtBot, french: QApplication, folder: Path, qtmodeltester: object
) -> None:
    """Two years by month: long tables scroll in a bounded frame, the others do not.

    The month tables (24 rows and "Ensemble") scroll inside their own frame; every
    other table shows all its rows without a scroll bar of its own.
    """
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    page = _computed(qtbot, vault)
    page.report = None
    page.period.choose(PeriodSpec.whole_years(2025, 2026))
    page.compute()
    qtbot.waitUntil(lambda: page.report is not None and not page.fitting(), timeout=20_000)
    report = page.report
    assert report is not None
    assert len(page.table_views) == len(page.table_models) == len(report.tables)
    assert page.contents.count() == len(report.tables) + 2  # then the chart, the notes
    long_tables = 0
    for index, (table, view) in enumerate(zip(report.tables, page.table_views, strict=True)):
        model = page.table_models[index]
        qtmodeltester.check(model)
        assert view.model() is model
        assert model.grid is page.grids[index].rows, "shown as built, not rebuilt"
        assert page.contents.item(index).text() == table.title.text("fr")
        rows = len(table.rows) + (table.column_totals is not None)
        assert model.rowCount() == rows
        assert view.isVisible()
        if rows <= VISIBLE_ROWS_MAX:
            assert view.verticalScrollBar().maximum() == 0, table.id
            assert _all_rows_visible(view), table.id
            # Tab visits a table only when it has something to scroll (here: sideways).
            # (the scroll bar's range follows a resize at the next layout pass)
            qtbot.waitUntil(
                lambda v=view: (
                    (v.focusPolicy() == Qt.FocusPolicy.StrongFocus)
                    == (v.horizontalScrollBar().maximum() > 0)
                )
            )
        else:
            long_tables += 1
            assert view.verticalScrollBar().maximum() > 0, table.id
            body = view.viewport().height()
            assert body >= VISIBLE_ROWS_MAX * _row_height(view), table.id
            assert body < (VISIBLE_ROWS_MAX + 1) * _row_height(view), table.id
            assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus, table.id
        title = page.table_titles[index]
        assert title.y() < view.y(), "each title sits above its table"
    assert long_tables >= 4, "the month tables of two years are long"
    page.clear()
    assert page.table_views == []
    assert page.table_models == []
    assert page.contents.count() == 0
    assert not page.holds_record_data()
    vault.lock()


def test_the_contents_scroll_to_each_table(
    qtbot: QtBot, french: QApplication, folder: Path
) -> None:
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    page = _computed(qtbot, vault)
    page.resize(1040, 700)
    qtbot.waitUntil(lambda: not page.fitting())
    bar = page.preview.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    fifth = page.contents.visualItemRect(page.contents.item(4)).center()
    qtbot.mouseClick(page.contents.viewport(), Qt.MouseButton.LeftButton, pos=fifth)
    assert page.contents.currentRow() == 4
    title = page.table_titles[4]
    assert title.mapTo(page.preview.viewport(), title.rect().topLeft()).y() == 0

    # By keyboard: Down moves to the next table, End to the notes at the bottom.
    page.contents.setFocus()
    qtbot.waitUntil(page.contents.hasFocus)
    qtbot.keyClick(page.contents, Qt.Key.Key_Down)
    assert bar.value() == page.section_top(5)
    qtbot.keyClick(page.contents, Qt.Key.Key_End)
    last = page.contents.count() - 1
    # the notes at the top of the column, or the column at its end when they are short
    # (how long they are depends on the report's language, which earlier tests may set)
    assert bar.value() == min(page.section_top(last), bar.maximum())
    assert bar.value() > page.section_top(last - 1)
    assert page.contents.currentRow() == last

    # Scrolling the column moves the contents along.
    bar.setValue(page.section_top(2) + 3)
    assert page.contents.currentRow() == 2
    bar.setValue(0)
    assert page.contents.currentRow() == 0
    page.clear()
    vault.lock()


def test_the_tables_get_the_height_at_1280_by_720(
    qtbot: QtBot, french: QApplication, folder: Path, preferences: Preferences
) -> None:
    """The window at 1280×720: the column shows many rows, not "about four"."""
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.height() <= 720
    page = window.reports_page
    window.sidebar.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.report is not None and not page.fitting(), timeout=20_000)
    view = page.table_views[1]  # sessions by month: 12 months and "Ensemble"
    shown = page.preview.viewport().height()
    assert shown >= view.horizontalHeader().height() + 14 * _row_height(view)
    # The second table, scrolled to, shows every one of its rows at once.
    page.contents.setCurrentRow(1)
    top = view.mapTo(page.preview.viewport(), view.rect().topLeft()).y()
    assert top + view.height() <= shown
    assert _all_rows_visible(view)
    window.lock()


# ---------------------------------------------------------------- the organisation's name


def test_the_exports_print_the_organisation_set_in_the_vault(
    qtbot: QtBot, french: QApplication, folder: Path, tmp_path: Path
) -> None:
    """Saved in the vault, read with the report, printed in the head of every file."""
    name = "Atelier VIF de Villeneuve"
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    with vault.session() as s:
        vault_settings.save_organisation(s, name)
    page = _computed(qtbot, vault)
    assert page.organisation == name
    files = {}
    for fmt in Format:
        path = tmp_path / f"ui.{fmt.value}"
        page.export_to(fmt, path)
        qtbot.waitUntil(_written(page, path), timeout=20_000)
        files[fmt] = path.read_bytes()
    assert _csv_rows(files[Format.CSV])[1] == [name]
    book = load_workbook(io.BytesIO(files[Format.XLSX]))
    assert {sheet["A2"].value for sheet in book.worksheets} == {name}
    assert json.loads(files[Format.JSON])["organisation"] == {"fr": name, "en": name}
    lines = [line.strip() for line in _pdf_text(files[Format.PDF], tmp_path)]
    assert lines[lines.index("Bilan d'activité anonymisé") + 1] == name
    page.clear()
    assert page.organisation == ""
    vault.lock()
