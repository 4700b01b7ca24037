"""Settings page and its dialogs: vault settings, change passphrase, backup, restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups import vault_settings
from vpi_groups.storage import backup as backup_format
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.dialogs import BackupDialog, ChangePassphraseDialog, RestoreDialog
from vpi_groups.ui.pages.settings import SettingsPage
from vpi_groups.ui.preferences import Preferences


def test_record_settings_are_saved_in_the_vault(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    folder = vault_folder[0]
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    page.load(vault)
    qtbot.waitUntil(lambda: page.save_records.isEnabled())
    assert page.retention.value() == 24
    assert page.threshold.value() == 5
    assert page.location.text() == str(folder)
    page.retention.setValue(18)
    page.threshold.setValue(7)
    qtbot.mouseClick(page.save_records, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.records_message.text() == "Enregistré.")
    page.clear()
    assert not page.holds_record_data()
    assert page.location.text() == ""
    with vault.session() as s:
        assert vault_settings.load(s) == vault_settings.VaultSettings(18, 7)
    vault.lock()


def test_language_preference(qtbot: QtBot, french: QApplication, preferences: Preferences) -> None:
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert preferences.language == "en"
    page.language.setCurrentIndex(0)
    assert preferences.language is None


def test_change_passphrase_dialog(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str]
) -> None:
    folder = vault_folder[0]
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    dialog = ChangePassphraseDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    new = "la marée monte doucement ce soir"
    dialog.new.first.setText(new)
    dialog.new.second.setText(new)
    assert not dialog.ok_button.isEnabled(), "the current passphrase is required"
    dialog.current.setText("ce n'est pas elle")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome.text() != "", timeout=10_000)
    assert dialog.outcome.text().startswith("Phrase de passe incorrecte")
    dialog.current.setText(PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.succeeded, timeout=10_000)
    assert dialog.outcome.text() == "Phrase de passe changée. Utilisez désormais la nouvelle."
    dialog.reject()
    vault.lock()
    vaults.unlock(folder, passphrase=new).lock()


def test_backup_then_restore_from_the_ui(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str], tmp_path: Path
) -> None:
    folder = vault_folder[0]
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    with vault.session() as s:
        vault_settings.save(s, vault_settings.VaultSettings(30, 9))
    dialog = BackupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "copie.vpibak"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.succeeded, timeout=10_000)
    assert dialog.progress.maximum() == 4
    assert dialog.progress.value() == 4
    assert "vérifiée" in dialog.outcome.text()
    assert str(target) in dialog.outcome.text()
    backup_format.read(target)  # well-formed, checksums right
    dialog.reject()
    vault.lock()

    restore = RestoreDialog()
    qtbot.addWidget(restore)
    restore.show()
    restore.file.setText(str(target))
    restore.folder.setText(str(tmp_path / "restauré"))
    restore.passphrase.setText("mauvaise")
    restore.start()
    qtbot.waitUntil(lambda: restore.outcome.text() != "", timeout=10_000)
    assert restore.outcome.text().startswith("Phrase de passe incorrecte")
    assert restore.restored_to is None
    restore.passphrase.setText(PASSPHRASE)
    restore.start()
    qtbot.waitUntil(lambda: restore.succeeded, timeout=10_000)
    assert restore.restored_to == (tmp_path / "restauré").resolve()
    assert "vérifiée" in restore.outcome.text()
    restore.reject()
    with vaults.unlock(tmp_path / "restauré", passphrase=PASSPHRASE) as v, v.session() as s:
        assert vault_settings.load(s) == vault_settings.VaultSettings(30, 9)


def test_backup_failure_is_reported_and_leaves_nothing(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str], tmp_path: Path
) -> None:
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    dialog = BackupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "dossier-absent" / "b.vpibak"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome.text() != "", timeout=10_000)
    assert not dialog.succeeded
    assert dialog.ok_button.isEnabled(), "the user can correct the path and retry"
    assert not (tmp_path / "dossier-absent").exists()
    dialog.reject()
    vault.lock()
