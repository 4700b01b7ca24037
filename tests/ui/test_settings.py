"""Settings page and its dialogs: vault settings, change passphrase, backup, restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups import vault_settings
from vpi_groups.storage import backup as backup_format
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.errors import WrongSecretError
from vpi_groups.ui.dialogs import (
    BackupDialog,
    ChangePassphraseDialog,
    NewRecoveryKeyDialog,
    RestoreDialog,
)
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
    assert page.hidden_range.value() == 3
    assert page.hidden_range.minimum() == 3  # never less: see docs/report-format.md, P2
    assert page.location.text() == str(folder)
    page.retention.setValue(18)
    page.threshold.setValue(7)
    page.hidden_range.setValue(4)
    qtbot.mouseClick(page.save_records, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.records_message.text() == "Enregistré.")
    page.clear()
    assert not page.holds_record_data()
    assert page.location.text() == ""
    with vault.session() as s:
        assert vault_settings.load(s) == vault_settings.VaultSettings(18, 7, 4)
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
    assert (dialog.progress.value(), dialog.progress.maximum()) == (5, 5), "re-keyed in 5 steps"
    assert not dialog.recovery.isVisible(), "the recovery key did not change"
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


def test_new_recovery_key_dialog(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str]
) -> None:
    folder, old_recovery = vault_folder
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    dialog = NewRecoveryKeyDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    dialog.passphrase.setText("pas la bonne du tout")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text() != "", timeout=10_000)
    assert dialog.outcome.text().startswith("Phrase de passe incorrecte")
    assert not dialog.recovery.isVisible()
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.succeeded, timeout=10_000)
    assert steps[-1] == 5
    assert dialog.recovery.isVisible()
    new_key = dialog.recovery.key_label.text()
    assert new_key.count("-") == 7
    assert new_key != old_recovery
    assert dialog.passphrase.text() == ""
    assert not dialog.close_button.isEnabled(), "closing waits for the confirmation"
    dialog.reject()
    assert dialog.isVisible(), "Escape does not lose the only showing of the key"
    dialog.recovery.kept.setChecked(True)
    assert dialog.close_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()
    vault.lock()
    with pytest.raises(WrongSecretError):
        vaults.unlock(folder, recovery_key=old_recovery)
    vaults.unlock(folder, recovery_key=new_key).lock()


def test_backup_dialog_asks_before_replacing_a_file(
    qtbot: QtBot,
    french: QApplication,
    vault_folder: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    target = tmp_path / "déjà.vpibak"
    target.write_bytes(b"un autre fichier")
    dialog = BackupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(target))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.start()
    assert len(asked) == 1
    assert str(target) in asked[0]
    assert not dialog.runner.busy
    assert target.read_bytes() == b"un autre fichier", "No keeps the file"
    dialog.start()
    qtbot.waitUntil(lambda: dialog.succeeded, timeout=10_000)
    assert target.read_bytes() != b"un autre fichier"
    backup_format.read(target)
    dialog.reject()
    vault.lock()


def test_number_fields_are_named_after_their_labels(
    qtbot: QtBot, french: QApplication, preferences: Preferences
) -> None:
    """Each field sits in a row with its message: Qt alone would not name it by its label."""
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    names = [
        field.accessibleName()
        for field in (page.auto_lock, page.retention, page.threshold, page.hidden_range)
    ]
    assert names == [
        "Verrouiller après une inactivité de",
        "Conserver les données individuelles pendant",
        "Seuil de masquage k",
        "Un effectif masqué garde au moins",
    ]
    buddies = [label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None]
    assert page.hidden_range in buddies, "Alt+M reaches the field, not its row"
