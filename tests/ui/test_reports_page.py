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
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from tests.ui.test_translations import _untranslated
from vpi_groups.cli import EXIT_OK, main
from vpi_groups.demo import data as demo_data
from vpi_groups.reports.files import Format
from vpi_groups.reports.indicators import Breakdown, PeriodSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.pages.reports_page import ReportsPage, ReportTableModel

TODAY = dt.date(2026, 11, 28)
GENERATED = dt.datetime(2026, 11, 28, 9, 16, tzinfo=dt.UTC)


@pytest.fixture
def folder(vault_folder: tuple[Path, str]) -> Path:
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    with vault.session() as s:
        demo_data.populate(s, years=1, seed=5, today=TODAY)
    vault.lock()
    return vault_folder[0]


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
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
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
    assert page.tables.count() == len(report.tables) > 3
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
        page.tables.setCurrentIndex(index)
        start = rows.index([table.title.text("fr")]) + 1
        printed = rows[start : start + page.model.rowCount() + 1]
        header = [page.model.grid[0][c] for c in range(page.model.columnCount())]
        assert printed[0] == header
        for r in range(page.model.rowCount()):
            shown = [page.model.index(r, c).data() for c in range(page.model.columnCount())]
            assert printed[r + 1] == shown
        hidden_seen += len(page.model.hidden)
        for r, c in page.model.hidden:
            assert page.model.grid[r][c] == "s"
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
