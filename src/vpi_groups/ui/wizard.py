"""First run: explain the vault, choose a passphrase, create it, keep the recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vpi_groups.ui.errors import error_text
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.passphrase_field import NewPassphraseField
from vpi_groups.ui.recovery_panel import RecoveryKeyPanel
from vpi_groups.ui.secret_field import SecretClipboardTimer
from vpi_groups.ui.tasks import TaskRunner

if TYPE_CHECKING:  # loaded when the vault is created: the wizard paints without it
    from vpi_groups.storage.vault import Vault


class IntroPage(QWizardPage):
    """What the vault protects, and what losing the passphrase means."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("introPage")
        self.setTitle(self.tr("Welcome to VPI Groups"))
        self.text = text = QLabel(self)
        text.setObjectName("introText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setText(
            self.tr(
                "<p>Everything you record here — groups, sessions, attendance, notes — is "
                "kept in an <b>encrypted vault</b> on this computer only. Nothing is sent "
                "over the network.</p>"
                "<p>The vault opens with a <b>passphrase</b> that you choose now. Without it "
                "the data cannot be read, not even by us: there is no reset by e-mail.</p>"
                "<p>In case you forget it, the next pages give you a <b>recovery key</b>. "
                "Print it or save it, and keep it safe, away from the computer. If both the "
                "passphrase and the recovery key are lost, the data is lost.</p>"
                "<p>The vault will be created in:<br/><tt>%1</tt></p>"
            ).replace("%1", str(folder))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)


class PassphrasePage(QWizardPage):
    """Choose the passphrase (twice), with a strength meter that refuses weak ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrasePage")
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("Type it twice. You will type it each time you open VPI Groups."))
        self.entry = NewPassphraseField(self)
        self.entry.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry)

    def isComplete(self) -> bool:
        """Only a strong, confirmed passphrase lets the user go on."""
        return self.entry.acceptable


class CreatePage(QWizardPage):
    """Creates the vault in the background (key derivation takes about a second)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("createPage")
        self._wizard = wizard
        self.setTitle(self.tr("Creating the vault"))
        self.status = QLabel(self)
        self.status.setObjectName("createStatus")
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("createBusy")
        self.busy.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        self._done = False

    def initializePage(self) -> None:
        """Start the creation as soon as the page shows."""
        self._done = False
        self.busy.setVisible(True)
        self.status.setText(
            self.tr("Tuning the encryption to this computer and creating the vault…")
        )
        self._wizard.start_creation()

    def finish(self, error: str | None) -> None:
        """Show the outcome; go on by itself when it worked."""
        self.busy.setVisible(False)
        self._done = error is None
        self.status.setText(error or self.tr("The vault is ready."))
        self.completeChanged.emit()
        if error is None:
            self._wizard.next()

    def isComplete(self) -> bool:
        """Only once the vault exists."""
        return self._done

    def cleanupPage(self) -> None:
        """Going back is allowed only after a failure (nothing was created)."""
        self._done = False


class RecoveryPage(QWizardPage):
    """Show the recovery key once; the user must confirm they kept it."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("recoveryPage")
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "Print it or save it as a PDF, then keep it safe, away from the computer. "
                "It will not be shown again."
            )
        )
        self.panel = RecoveryKeyPanel(self)
        self.panel.kept_changed.connect(self.completeChanged)
        self.key_label = self.panel.key_label
        self.copy_button = self.panel.copy_button
        self.saved_label = self.panel.saved_label
        self.kept = self.panel.kept
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    @property
    def clipboard_timer(self) -> SecretClipboardTimer | None:
        """The timer that empties the clipboard after a copy (None before any copy)."""
        return self.panel.clipboard_timer

    def initializePage(self) -> None:
        """Show the key of the vault just created."""
        self.panel.show_key(self._wizard.recovery_key or "", self._wizard.folder)

    def isComplete(self) -> bool:
        """Finishing requires the confirmation."""
        return self.kept.isChecked()

    def copy_key(self) -> None:
        """Copy the key to the clipboard, marked secret; it is cleared 30 seconds later."""
        self.panel.copy_key()

    def save_pdf_to(self, path: Path) -> None:
        """Write the recovery sheet to ``path`` and say where it went."""
        self.panel.save_pdf_to(path)


class FirstRunWizard(QWizard):
    """Creates a vault; ``vault`` holds it open when the wizard is accepted."""

    HELP_TOPIC = "wizard"

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.folder = folder
        self.vault: Vault | None = None
        self.recovery_key: str | None = None
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("VPI Groups — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.intro = IntroPage(folder, self)
        self.passphrase_page = PassphrasePage(self)
        self.create_page = CreatePage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.intro, self.passphrase_page, self.create_page, self.recovery_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open VPI Groups"))
        self.resize(640, 480)
        self.quit_shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q), self)
        self.quit_shortcut.setObjectName("quitShortcut")
        self.quit_shortcut.activated.connect(self.reject)
        self.help_shortcut = give_help_key(self, self.HELP_TOPIC)

    def start_creation(self) -> None:
        """Create the vault off the UI thread."""
        if self.vault is not None:
            self.create_page.finish(None)
            return
        from vpi_groups.storage import vault as vaults  # on the UI thread, before the worker

        passphrase = self.passphrase_page.entry.passphrase()
        folder = self.folder
        self.runner.start(
            lambda: vaults.create(folder, passphrase),
            self._created,
            self._failed,
        )

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self.recovery_key = result
        self.passphrase_page.entry.clear()
        self.create_page.finish(None)

    def _failed(self, error: Exception) -> None:
        self.create_page.finish(error_text(error))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape never quits: Cancel, Ctrl+Q or the window's close button do."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()  # a key pressed by reflex must not end the first start
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Cancel, except on the last page: the recovery key must be seen and kept first."""
        if self.currentPage() is self.recovery_page or self.runner.busy:
            return
        if self.vault is not None:
            self.vault.lock()
            self.vault = None
        super().reject()
