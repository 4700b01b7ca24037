"""The yearly bilan's dialog: opened from the reports page, previewed, written as DOCX and PDF.

The files are read back here (python-docx for the DOCX's paragraphs, pdftotext for the
PDF) and compared with the bilan built again from the vault; the release ledger is read
with SQL. Preparing records nothing; a file that cannot be written records nothing and
says why in French.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.reports.office import docx_paragraphs, pdf_text
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_translations import _untranslated
from vpi_groups.demo import data as demo_data
from vpi_groups.reports import bilan as bilans
from vpi_groups.reports.bilan import BilanFormat
from vpi_groups.reports.indicators import PeriodSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.bilan_dialog import BilanDialog
from vpi_groups.ui.pages.reports_page import ReportsPage

TODAY = dt.date(2026, 11, 28)
YEAR = 2025  # the demo's last whole year


@pytest.fixture
def vault(vault_folder: tuple[Path, str]) -> Iterator[vaults.Vault]:
    opened = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    with opened.session() as s:
        demo_data.populate(s, years=2, seed=5, today=TODAY)
    yield opened
    opened.lock()


def _releases(vault: vaults.Vault) -> list[tuple[str, str]]:
    with vault.session() as s:
        rows = s.execute(text("SELECT file_name, file_format FROM release ORDER BY id")).all()
    return [(r[0], r[1]) for r in rows]


def _ready(qtbot: QtBot, dialog: BilanDialog) -> None:
    qtbot.waitUntil(lambda: dialog.bilan is not None and not dialog.runner.busy, timeout=30_000)


def _mnemonic(words: str) -> str | None:
    found = re.search(r"&([^&])", words.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_opened_from_the_reports_page_on_its_year(
    qtbot: QtBot, french: QApplication, vault: vaults.Vault
) -> None:
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    page.load(vault)
    qtbot.waitUntil(lambda: page.report is not None and not page.runner.busy, timeout=30_000)
    page.period.choose(PeriodSpec.year(YEAR))
    dialog = page.open_bilan()  # a child of the page, deleted when closed
    assert dialog is not None
    _ready(qtbot, dialog)
    assert dialog.by_year.isChecked()
    assert not dialog.by_period.isVisible()
    assert dialog.year.value() == YEAR
    outline = [dialog.outline.item(i).text() for i in range(dialog.outline.count())]
    for part in ("1. Le programme", "2. Les actions", "3. Le bilan financier", "4. Tableaux"):
        assert any(line.startswith(part) for line in outline), (part, outline)
    assert any(line.startswith("    ") for line in outline), "each action's sheet is listed"
    assert all(b.isEnabled() for b in dialog.write_buttons.values())
    assert _releases(vault) == [], "preparing records nothing"
    assert _untranslated(dialog, {dialog.status.text(), *(o.strip() for o in outline)}) == []
    texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
    keys = [k for k in map(_mnemonic, texts) if k is not None]
    assert len(keys) == len(set(keys)) >= 4, texts
    dialog.done(0)


def test_writes_docx_and_pdf_recorded_in_the_ledger(
    qtbot: QtBot, french: QApplication, vault: vaults.Vault, tmp_path: Path
) -> None:
    dialog = BilanDialog(vault, PeriodSpec.year(YEAR), "fr", None)
    qtbot.addWidget(dialog)
    dialog.show()
    _ready(qtbot, dialog)
    assert not dialog.open_folder.isVisible(), "no folder to open before a file is written"
    docx_path, pdf_path = tmp_path / "bilan.docx", tmp_path / "bilan.pdf"
    with qtbot.waitSignal(dialog.written, timeout=60_000) as written:
        dialog.write_to(BilanFormat.DOCX, docx_path)
    assert written.args == [docx_path]
    assert dialog.open_folder.isVisible()
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        dialog.write_to(BilanFormat.PDF, pdf_path)
    assert _releases(vault) == [("bilan.docx", "docx"), ("bilan.pdf", "pdf")]
    with vault.session() as s:
        again = bilans.build_bilan(s, PeriodSpec.year(YEAR))
    expected = tmp_path / "again.docx"
    expected.write_bytes(bilans.to_docx(again))
    assert docx_paragraphs(docx_path) == docx_paragraphs(expected)
    words = re.sub(r"\s+", " ", pdf_text(pdf_path))
    assert words.startswith(f"Bilan {YEAR}"), words[:80]
    for heading in ("1. Le programme", "2. Les actions", "3. Le bilan financier"):
        assert heading in words
    assert str(docx_path) in dialog.status.text() or str(pdf_path) in dialog.status.text()
    dialog.done(0)


def test_a_file_that_cannot_be_written_is_said_and_not_recorded(
    qtbot: QtBot, french: QApplication, vault: vaults.Vault, tmp_path: Path
) -> None:
    dialog = BilanDialog(vault, PeriodSpec.year(YEAR), "fr", None)
    qtbot.addWidget(dialog)
    dialog.show()
    _ready(qtbot, dialog)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    dialog.write_to(BilanFormat.DOCX, blocked / "bilan.docx")
    qtbot.waitUntil(lambda: not dialog.runner.busy and "…" not in dialog.status.text())
    assert dialog.path is None
    assert _releases(vault) == [], "a file not written leaves no record"
    said = dialog.status.text()
    assert said.startswith("Impossible d'écrire"), said
    assert "intact" in said, said
    assert all(b.isEnabled() for b in dialog.write_buttons.values()), "one can try again"
    dialog.done(0)


def test_a_report_period_that_is_not_a_year_is_offered_and_another_year_prepared(
    qtbot: QtBot, french: QApplication, vault: vaults.Vault
) -> None:
    months = PeriodSpec.quarter(YEAR, 2)
    dialog = BilanDialog(vault, months, "fr", None)
    qtbot.addWidget(dialog)
    dialog.show()
    _ready(qtbot, dialog)
    assert dialog.by_period.isVisible()
    assert dialog.by_period.isChecked()
    assert not dialog.year.isEnabled()
    bilan = dialog.bilan
    assert bilan is not None
    assert (bilan.report.period.start, bilan.report.period.end) == (months.start, months.end)
    qtbot.mouseClick(dialog.by_year, Qt.MouseButton.LeftButton)
    assert dialog.year.isEnabled()
    dialog.year.setValue(YEAR + 1)  # typed: prepared once the typing stops
    qtbot.waitUntil(
        lambda: dialog.bilan is not None and dialog.bilan.report.period.start.year == YEAR + 1,
        timeout=30_000,
    )
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert any(str(YEAR + 1) in label for label in labels)
    qtbot.waitUntil(lambda: not dialog.runner.busy)
    dialog.done(0)
