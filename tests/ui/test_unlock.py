"""Unlock dialog: right and wrong passphrase, the recovery path, error messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups.storage import audit
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.errors import WrongSecretError
from vpi_groups.storage.models import AuditKind
from vpi_groups.ui.secret_field import caps_lock
from vpi_groups.ui.unlock import UnlockDialog


def _dialog(qtbot: QtBot, folder: Path) -> UnlockDialog:
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_then_right_passphrase(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str]
) -> None:
    dialog = _dialog(qtbot, vault_folder[0])
    qtbot.keyClicks(dialog.passphrase, "pas la bonne phrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
    assert dialog.message.text() == (
        "Phrase de passe incorrecte. Vérifiez la disposition du clavier et la touche Verr. Maj."
    )
    assert dialog.vault is None
    assert dialog.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.vault is not None
    assert dialog.vault.is_open
    assert dialog.passphrase.text() == ""
    dialog.vault.lock()


def test_recovery_path_sets_a_new_passphrase(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str]
) -> None:
    folder, recovery = vault_folder
    dialog = _dialog(qtbot, folder)
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    assert not dialog.reset_button.isEnabled()
    dialog.recovery_key.setText(recovery.lower().replace("-", " "))
    new = "une nouvelle phrase pour demain"
    dialog.new_passphrase.first.setText(new)
    dialog.new_passphrase.second.setText(new)
    assert dialog.reset_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.vault is not None
    dialog.vault.lock()
    vaults.unlock(folder, passphrase=new).lock()
    try:
        vaults.unlock(folder, passphrase=PASSPHRASE).lock()
    except WrongSecretError:
        pass
    else:
        raise AssertionError("the old passphrase still works")


def test_wrong_recovery_key_is_reported(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str]
) -> None:
    dialog = _dialog(qtbot, vault_folder[0])
    dialog.show_recovery()
    dialog.recovery_key.setText("0000-0000-0000-0000-0000-0000-0000-0000")
    dialog.new_passphrase.first.setText("une nouvelle phrase pour demain")
    dialog.new_passphrase.second.setText("une nouvelle phrase pour demain")
    dialog.submit_recovery()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
    assert (
        dialog.message.text() == "Clé de secours incorrecte. Vérifiez chaque groupe de caractères."
    )
    assert dialog.vault is None
    dialog.reject()


def test_vault_in_use_and_damaged_messages(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str]
) -> None:
    folder = vault_folder[0]
    dialog = _dialog(qtbot, folder)
    holder = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        dialog.passphrase.setText(PASSPHRASE)
        dialog.submit_passphrase()
        qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
        assert "déjà ouvert" in dialog.message.text()
    finally:
        holder.lock()
    # A damaged vault.key alone is repaired from vault.key.bak: damage both.
    for name in ("vault.key", "vault.key.bak"):
        key = folder / name
        key.write_bytes(key.read_bytes()[:-3])
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit_passphrase()
    qtbot.waitUntil(lambda: "endommagé" in dialog.message.text(), timeout=10_000)
    assert "vault.key" in dialog.message.text()
    assert "Restaurez votre dernière sauvegarde" in dialog.message.text()
    assert dialog.vault is None
    dialog.reject()


def test_secret_fields_show_hide_and_caps_lock(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str]
) -> None:
    caps_lock().forget()
    dialog = _dialog(qtbot, vault_folder[0])
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(dialog.passphrase.hasFocus)
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    warning = dialog.caps_lock_warning
    assert not warning.isVisible()
    qtbot.keyClicks(dialog.passphrase, "LE VENT")  # capitals without Shift
    assert warning.isVisible()
    assert warning.text() == "La touche Verr. Maj. est activée."
    toggle = dialog.passphrase.findChild(QAction, "toggleSecret")
    assert toggle is not None
    assert toggle.toolTip() == "Afficher le texte saisi (Ctrl+H)"
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.passphrase.text() == "LE VENT"
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_CapsLock)
    assert not warning.isVisible()
    # The recovery key is copied from paper: shown, and it can be hidden.
    dialog.show_recovery()
    assert dialog.recovery_key.echoMode() == QLineEdit.EchoMode.Normal
    key_toggle = dialog.recovery_key.findChild(QAction, "toggleSecret")
    assert key_toggle is not None
    key_toggle.trigger()
    assert dialog.recovery_key.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.new_passphrase.first.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.new_passphrase.first.findChild(QAction, "toggleSecret") is not None
    caps_lock().forget()
    dialog.reject()


def test_an_older_database_is_opened_only_when_the_user_says_so(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str]
) -> None:
    folder = vault_folder[0]
    older = (folder / "vault.db").read_bytes()
    vaults.unlock(folder, passphrase=PASSPHRASE).lock()  # the generation moves on
    (folder / "vault.db").write_bytes(older)
    dialog = _dialog(qtbot, folder)
    for answer in ("doNotOpen", "openOlder"):
        dialog.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.rollback_box is not None, timeout=10_000)
        box = dialog.rollback_box
        assert box is not None
        assert "plus ancienne" in box.text()
        assert "ancienne" in dialog.message.text()
        button = box.findChild(QPushButton, answer)
        assert button is not None
        if answer == "doNotOpen":
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.rollback_box is None)
            assert dialog.vault is None
            assert (folder / "vault.db").read_bytes() == older, "nothing changed"
        else:
            with qtbot.waitSignal(dialog.accepted, timeout=10_000):
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.vault is not None
    with dialog.vault.session() as s:
        assert AuditKind.ROLLBACK_ACCEPTED in [e.kind for e in audit.entries(s)]
    dialog.vault.lock()
