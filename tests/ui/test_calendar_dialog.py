"""Calendar export from the window: same bytes as the command line, an honest preview."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from tests.ui.test_translations import _untranslated
from vpi_groups.attendance import registers as attendance
from vpi_groups.calendar.ics import Privacy
from vpi_groups.cli import EXIT_OK, main
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.calendar_dialog import CalendarExportDialog


def _without_stamps(data: bytes) -> bytes:
    return re.sub(rb"DTSTAMP:[0-9TZ]+\r\n", b"", data)


@pytest.fixture
def folder(demo_folder: Path) -> Path:
    """A year of the demo programme (the shared fixture)."""
    return demo_folder


def _dialog(qtbot: QtBot, vault: vaults.Vault) -> CalendarExportDialog:
    dialog = CalendarExportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.groups.count() > 0 and dialog.preview_model.rowCount() > 0)
    return dialog


@pytest.mark.parametrize("privacy", [Privacy.PARTNER, Privacy.BUSY])
def test_ui_export_equals_the_cli_export(
    qtbot: QtBot, french: QApplication, folder: Path, tmp_path: Path, privacy: Privacy
) -> None:
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    dialog = _dialog(qtbot, vault)
    dialog.groups.item(0).setCheckState(Qt.CheckState.Checked)
    group_id = int(dialog.groups.item(0).data(Qt.ItemDataRole.UserRole))
    dialog.privacy.setCurrentIndex(dialog.privacy.findData(privacy))
    if privacy is Privacy.PARTNER:
        dialog.names.setChecked(True)
    dialog.cancelled.setChecked(True)
    ui_file = tmp_path / "ui.ics"
    dialog.export_to(ui_file)
    qtbot.waitUntil(lambda: dialog.written == (ui_file,))
    assert "1 fichier écrit" in dialog.message.text()
    dialog.reject()
    vault.lock()

    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    cli_file = tmp_path / "cli.ics"
    args = ["--vault", str(folder), "export-ics", "--out", str(cli_file)]
    args += ["--group", str(group_id), "--privacy", privacy.value, "--keep-cancelled"]
    if privacy is Privacy.PARTNER:
        args.append("--facilitator-names")
    args += ["--passphrase-file", str(secret)]
    assert main(args) == EXIT_OK
    ui_bytes, cli_bytes = ui_file.read_bytes(), cli_file.read_bytes()
    assert b"BEGIN:VEVENT" in ui_bytes
    assert _without_stamps(ui_bytes) == _without_stamps(cli_bytes)


def test_preview_shows_what_partners_see_and_nothing_personal(
    qtbot: QtBot, french: QApplication, folder: Path
) -> None:
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    with vault.session() as s:
        codes = {p.code for p in attendance.list_participants(s)}
    dialog = _dialog(qtbot, vault)
    titles = {dialog.preview_model.cells(r)[2] for r in range(dialog.preview_model.rowCount())}
    assert titles
    assert not any(code in title for code in codes for title in titles)
    never = dialog.findChild(type(dialog.summary), "exportNever")
    assert never is not None
    assert "participant·es" in never.text()
    assert "présences" in never.text()
    dialog.privacy.setCurrentIndex(dialog.privacy.findData(Privacy.BUSY))
    qtbot.waitUntil(
        lambda: (
            {dialog.preview_model.cells(r)[2] for r in range(dialog.preview_model.rowCount())}
            == {"Indisponible"}
        )
    )
    assert all(
        dialog.preview_model.cells(r)[3] == "" for r in range(dialog.preview_model.rowCount())
    )
    assert not dialog.names.isEnabled()
    data = {
        dialog.summary.text(),
        *(dialog.groups.item(i).text() for i in range(dialog.groups.count())),
    }
    data |= {dialog.facilitator.itemText(i) for i in range(1, dialog.facilitator.count())}
    data |= {dialog.calendar_name.placeholderText(), dialog.first.text(), dialog.last.text()}
    for r in range(dialog.preview_model.rowCount()):
        data |= set(dialog.preview_model.cells(r))
    assert _untranslated(dialog, data) == []
    dialog.reject()
    vault.lock()


def _titles(dialog: CalendarExportDialog) -> set[str]:
    return {dialog.preview_model.cells(r)[2] for r in range(dialog.preview_model.rowCount())}


def test_busy_level_title_and_calendar_name_are_neutral_and_can_be_chosen(
    qtbot: QtBot, french: QApplication, folder: Path, tmp_path: Path
) -> None:
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    dialog = _dialog(qtbot, vault)
    assert not dialog.busy_title.isEnabled()
    assert dialog.calendar_name.text() == ""
    assert dialog.calendar_name.placeholderText() == "Agenda VPI"
    dialog.privacy.setCurrentIndex(dialog.privacy.findData(Privacy.BUSY))
    assert dialog.busy_title.isEnabled()
    assert dialog.busy_title.placeholderText() == "Indisponible"
    assert dialog.calendar_name.placeholderText() == "Indisponible"  # the name the file gets
    qtbot.waitUntil(lambda: _titles(dialog) == {"Indisponible"})
    assert dialog.options().busy_title == "Indisponible"
    assert dialog.options().calendar_name is None
    dialog.busy_title.setFocus()
    qtbot.keyClicks(dialog.busy_title, "Pris")  # ASCII: what keyClicks types
    assert dialog.calendar_name.placeholderText() == "Pris"
    # Leaving the field (Return would press the default button, Export…).
    qtbot.keyClick(dialog.busy_title, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _titles(dialog) == {"Pris"})
    dialog.per_group.setChecked(True)
    out = tmp_path / "pris"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: bool(dialog.written))
    names = sorted(p.name for p in dialog.written)
    assert {"pris.ics", "pris-2.ics"} <= set(names)
    assert all(re.fullmatch(r"pris(-\d+)?\.ics", name) for name in names)
    for path in dialog.written:
        data = path.read_bytes()
        assert b"X-WR-CALNAME:Pris\r\n" in data
        assert b"Groupe" not in data
        assert b"VPI" not in data
    dialog.reject()
    vault.lock()


def test_busy_title_defaults_to_english_in_the_english_ui(
    qtbot: QtBot, english: QApplication, folder: Path
) -> None:
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    dialog = _dialog(qtbot, vault)
    dialog.privacy.setCurrentIndex(dialog.privacy.findData(Privacy.BUSY))
    assert dialog.busy_title.placeholderText() == "Busy"
    qtbot.waitUntil(lambda: _titles(dialog) == {"Busy"})
    assert dialog.options().busy_title == "Busy"
    dialog.reject()
    vault.lock()
