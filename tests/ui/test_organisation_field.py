"""The Settings page's box for the organisation's name: read, refused, saved, forgotten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups import vault_settings
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.organisation_field import OrganisationField
from vpi_groups.ui.pages.base import Page


def _attached(qtbot: QtBot) -> tuple[Page, OrganisationField]:
    page = Page()
    qtbot.addWidget(page)
    field = OrganisationField.attach(page)
    page.resize(900, 300)
    page.show()
    return page, field


def _stored(vault: vaults.Vault) -> str:
    with vault.session() as s:
        return vault_settings.organisation(s)


def _type(qtbot: QtBot, field: OrganisationField, text: str) -> None:
    field.name.setFocus()
    qtbot.waitUntil(field.name.hasFocus)
    field.name.selectAll()
    field.name.insert(text)  # as typed or pasted: may be past the limit


def test_read_refused_saved_and_forgotten(
    qtbot: QtBot, french: QApplication, vault_folder: tuple[Path, str]
) -> None:
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    page, field = _attached(qtbot)
    assert not field.name.isEnabled()
    page.load(vault)  # the page's load reads the box too
    qtbot.waitUntil(lambda: field.name.isEnabled() and not field.runner.busy)
    assert field.name.text() == ""
    neutral = "Programme de prévention des violences intrafamiliales"
    assert neutral in field.message.text()
    assert field.name.placeholderText() == neutral
    assert page.holds_record_data()

    # Blank once trimmed: refused, nothing written, the reason shown in French.
    _type(qtbot, field, "   ")
    qtbot.keyClick(field.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not field.runner.busy and "obligatoire" in field.message.text())
    assert _stored(vault) == ""
    assert field.save_button.isEnabled()

    # Over the limit (the field lets one character past it through): refused, said so.
    _type(qtbot, field, "x" * 151)
    assert len(field.name.text()) == 151
    qtbot.mouseClick(field.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not field.runner.busy and "150" in field.message.text())
    assert _stored(vault) == ""
    _type(qtbot, field, "y")
    assert field.message.text() == "", "editing clears the old refusal"

    # A good name, with stray spaces: stored tidy, shown as stored.
    _type(qtbot, field, "  Atelier VIF   de Villeneuve ")
    assert field.has_unsaved_changes()
    qtbot.keyClick(field.name, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: not field.runner.busy and field.saved == "Atelier VIF de Villeneuve")
    assert _stored(vault) == "Atelier VIF de Villeneuve"
    assert field.name.text() == "Atelier VIF de Villeneuve"
    assert not field.has_unsaved_changes()
    assert field.message.styleSheet() == ""

    # Locking clears the page, and the box with it.
    page.clear()
    assert field.name.text() == ""
    assert not field.name.isEnabled()
    assert not page.holds_record_data()
    vault.lock()

    # Opened again: the stored name is read back.
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    page.load(vault)
    qtbot.waitUntil(lambda: field.name.text() == "Atelier VIF de Villeneuve")
    assert field.message.text() == ""
    page.clear()
    vault.lock()


def test_keyboard(qtbot: QtBot, english: QApplication, vault_folder: tuple[Path, str]) -> None:
    """A mnemonic reaches the field; Enter in it saves, so the button takes no Enter."""
    vault = vaults.unlock(vault_folder[0], passphrase=PASSPHRASE)
    page, field = _attached(qtbot)
    page.load(vault)
    qtbot.waitUntil(lambda: field.name.isEnabled() and not field.runner.busy)
    label = next(w for w in field.findChildren(QLabel) if w.buddy() is field.name)
    assert "&" in label.text()
    assert "&" in field.save_button.text()
    assert not field.save_button.autoDefault()
    assert field.name.maxLength() == vault_settings.ORGANISATION_MAX + 1
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    letter = label.text()[label.text().index("&") + 1]
    qtbot.keyClick(page, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(field.name.hasFocus)
    page.clear()
    vault.lock()
