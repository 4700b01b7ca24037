"""First run: the wizard creates a vault and insists the recovery key is kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from vpi_groups.passphrase_policy import CrackTime, Problem, Strength, estimate, explain
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.passphrase_field import NewPassphraseField
from vpi_groups.ui.secret_field import CLIPBOARD_SECONDS, KDE_HINT, caps_lock
from vpi_groups.ui.wizard import FirstRunWizard

STRONG = "trois tasses de thé au jardin"
KEY_PATTERN = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")


@pytest.fixture(autouse=True)
def _clean_clipboard() -> Iterator[None]:
    yield
    QGuiApplication.clipboard().clear()
    caps_lock().forget()


def _on_passphrase_page(qtbot: QtBot, tmp_path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    return wizard


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


def test_recovery_key_copied_marked_and_cleared(
    qtbot: QtBot, french: QApplication, tmp_path: Path
) -> None:
    wizard = FirstRunWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    wizard.show()
    _to_recovery_page(qtbot, wizard)
    page = wizard.recovery_page
    assert page.copy_button.text() == "&Copier"
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    key = page.key_label.text()
    assert clipboard.text() == key
    assert bytes(clipboard.mimeData().data(KDE_HINT).data()) == b"secret"
    assert f"{CLIPBOARD_SECONDS} secondes" in page.saved_label.text()
    timer = page.clipboard_timer
    assert timer is not None
    assert timer.isActive()
    assert timer.interval() == CLIPBOARD_SECONDS * 1000
    timer.timeout.emit()
    assert clipboard.text() == ""
    page.kept.setChecked(True)
    wizard.accept()
    assert wizard.vault is not None
    wizard.vault.lock()


def test_passphrase_page_says_why_and_how_strong(
    qtbot: QtBot, french: QApplication, tmp_path: Path
) -> None:
    wizard = _on_passphrase_page(qtbot, tmp_path)
    entry = wizard.passphrase_page.entry
    assert entry.estimate.text() == ""
    for text, words in [
        ("azertyuiop1234", "touches du clavier"),
        ("0612345678", "numéro de téléphone"),
        ("P@ssw0rd123", "mot de passe, un mot ou un prénom très répandu"),
        ("abcdefghij", "suite prévisible"),
    ]:
        entry.first.setText(text)
        entry.second.setText(text)
        assert words in entry.verdict.text(), text
        assert entry.estimate.text().startswith("Estimation : environ 10"), text
        assert entry.estimate.text().endswith("pour un ordinateur.")
        assert entry.meter.value() < 3
        assert not wizard.passphrase_page.isComplete()
    entry.first.setText(STRONG)
    entry.second.setText(STRONG)
    assert entry.verdict.text() == "Phrase de passe solide."
    assert entry.estimate.text().endswith("des siècles pour un ordinateur.")
    assert entry.meter.value() == 4
    # The meter is labelled on the page, and says the same to a screen reader.
    assert entry.level.isVisible()
    assert entry.level.text()
    assert entry.meter.accessibleDescription() == f"{entry.level.text()} {entry.estimate.text()}"
    assert entry.show_text.isVisible()
    assert wizard.passphrase_page.isComplete()


def test_passphrase_fields_are_secret_fields(
    qtbot: QtBot, french: QApplication, tmp_path: Path
) -> None:
    wizard = _on_passphrase_page(qtbot, tmp_path)
    entry = wizard.passphrase_page.entry
    fields = (entry.first, entry.second)
    for field, warning in ((entry.first, entry.first_caps), (entry.second, entry.second_caps)):
        assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Password}
        toggle = field.findChild(QAction, "toggleSecret")
        assert toggle is not None
        toggle.trigger()  # the eye in one field shows both, and ticks the box
        assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Normal}
        assert entry.show_text.isChecked()
        assert not warning.isVisible()
        entry.show_text.setChecked(False)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    entry.first.setFocus()
    qtbot.waitUntil(entry.first.hasFocus)
    qtbot.keyClick(entry.first, "U")
    assert entry.first_caps.isVisible()
    assert entry.first_caps.text() == "La touche Verr. Maj. est activée."


def test_the_interface_and_the_cli_say_the_same(qtbot: QtBot, french: QApplication) -> None:
    """The field's catalogue sentences match explain(): one wording, two sources.

    Only the apostrophe differs: typographic in the window, straight on a terminal.
    """
    field = NewPassphraseField()
    qtbot.addWidget(field)
    texts = set()
    for problem in Problem:
        strength = Strength(score=0, guesses_log10=6.4, problems=(problem,))
        shown = field.problem_text(problem)
        assert shown.replace("’", "'") == explain(strength, "fr").split("\n")[0]
        assert shown != explain(strength, "en").split("\n")[0]
        texts.add(shown)
    assert len(texts) == len(Problem)
    for log10 in (0.0, 5.0, 6.0, 8.0, 9.0, 11.0, 12.0, 20.0):
        strength = Strength(score=4, guesses_log10=log10, problems=())
        power = str(int(log10)).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
        expected = estimate(strength, "fr").replace(f"10^{int(log10)}", f"10{power}")
        assert field.estimate_text(strength).replace("’", "'") == expected
    assert {Strength(4, x, ()).crack_time for x in (0, 5, 6, 8, 9, 11, 12, 20)} == set(CrackTime)


def test_the_field_refuses_the_vaults_own_words(qtbot: QtBot, french: QApplication) -> None:
    field = NewPassphraseField(user_inputs=["Atelier VIF Montreuil", "Nadia Benali"])
    qtbot.addWidget(field)
    passphrase = "Atelier VIF Montreuil 2024"
    field.first.setText(passphrase)
    field.second.setText(passphrase)
    assert not field.acceptable
    assert "mots du dispositif" in field.verdict.text()
    with qtbot.waitSignal(field.changed):
        field.set_user_inputs([])
    assert field.acceptable
