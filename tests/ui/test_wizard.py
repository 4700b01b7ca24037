"""First run: the wizard creates a vault and insists the recovery key is kept."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from vpi_groups.storage import vault as vaults
from vpi_groups.ui.wizard import FirstRunWizard

STRONG = "trois tasses de thé au jardin"
KEY_PATTERN = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")


def _to_recovery_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page
    entry = wizard.passphrase_page.entry
    entry.first.setText("azerty")
    entry.second.setText("azerty")
    assert not wizard.passphrase_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert entry.verdict.text() == "Trop courte : au moins 10 caractères."
    entry.first.setText(STRONG)
    entry.second.setText(STRONG + "!")
    assert not wizard.passphrase_page.isComplete()
    entry.second.setText(STRONG)
    assert wizard.passphrase_page.isComplete()
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=20_000) as blocker:
        wizard.next()  # the creation page starts the work and moves on by itself
    assert blocker.args is not None
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)


def test_wizard_creates_the_vault(qtbot: QtBot, french: QApplication, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    wizard = FirstRunWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    assert str(folder) in wizard.intro.text.text()
    _to_recovery_page(qtbot, wizard)
    key = wizard.recovery_page.key_label.text()
    assert KEY_PATTERN.match(key), key
    assert wizard.passphrase_page.entry.passphrase() == "", "the passphrase is not kept in the UI"
    # Finishing needs the confirmation.
    assert not wizard.recovery_page.isComplete()
    wizard.reject()  # Escape or the close button on the last page: refused
    assert wizard.isVisible()
    wizard.recovery_page.kept.setChecked(True)
    assert wizard.recovery_page.isComplete()
    wizard.accept()
    vault = wizard.vault
    assert vault is not None
    assert vault.is_open
    vault.lock()
    vaults.unlock(folder, passphrase=STRONG).lock()
    vaults.unlock(folder, recovery_key=key).lock()


def test_recovery_sheet_saved_as_pdf(qtbot: QtBot, french: QApplication, tmp_path: Path) -> None:
    wizard = FirstRunWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    wizard.show()
    _to_recovery_page(qtbot, wizard)
    pdf = tmp_path / "cle.pdf"
    wizard.recovery_page.save_pdf_to(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in wizard.recovery_page.saved_label.text()
    wizard.recovery_page.kept.setChecked(True)
    wizard.accept()
    assert wizard.vault is not None
    wizard.vault.lock()


def test_creation_failure_is_reported(qtbot: QtBot, french: QApplication, tmp_path: Path) -> None:
    folder = tmp_path / "occupied"
    folder.mkdir()
    (folder / "autre.txt").write_text("déjà là", encoding="utf-8")
    wizard = FirstRunWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.passphrase_page.entry.first.setText(STRONG)
    wizard.passphrase_page.entry.second.setText(STRONG)
    wizard.next()
    status = wizard.create_page.status
    qtbot.waitUntil(lambda: "n'est pas vide" in status.text(), timeout=20_000)
    assert wizard.currentPage() is wizard.create_page
    assert not wizard.create_page.isComplete()
    assert wizard.vault is None
    wizard.reject()
    assert (folder / "autre.txt").read_text(encoding="utf-8") == "déjà là"


def test_cancel_before_creation_creates_nothing(
    qtbot: QtBot, french: QApplication, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    wizard = FirstRunWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.reject()
    assert not wizard.isVisible()
    assert not folder.exists()
