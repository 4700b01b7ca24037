"""First run: explain the vault, choose a passphrase, create it, keep the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vpi_groups.storage import vault as vaults
from vpi_groups.ui import recovery_sheet
from vpi_groups.ui.errors import error_text
from vpi_groups.ui.passphrase_field import NewPassphraseField
from vpi_groups.ui.tasks import TaskRunner


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
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printRecovery")
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.pdf_button.setObjectName("pdfRecovery")
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setWordWrap(True)
        self.kept = QCheckBox(
            self.tr("I have printed or written down the recovery key and keep it safe"), self
        )
        self.kept.setObjectName("keptCheck")
        self.kept.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        layout.addWidget(self.kept)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)

    def initializePage(self) -> None:
        """Show the key of the vault just created."""
        self.key_label.setText(self._wizard.recovery_key or "")

    def isComplete(self) -> bool:
        """Finishing requires the confirmation."""
        return self.kept.isChecked()

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            recovery_sheet.print_to(printer, self._wizard.recovery_key or "", self._wizard.folder)

    def _save_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            str(Path.home() / self.tr("recovery-key-vpi-groups.pdf")),
            self.tr("PDF documents (*.pdf)"),
        )
        if path:
            self.save_pdf_to(Path(path))

    def save_pdf_to(self, path: Path) -> None:
        """Write the recovery sheet to ``path`` and say where it went."""
        try:
            recovery_sheet.save_pdf(path, self._wizard.recovery_key or "", self._wizard.folder)
        except OSError as error:
            self.saved_label.setText(error_text(error))
            return
        self.saved_label.setText(
            self.tr(
                "Saved to %1. Move it to a USB stick or print it, then delete it here."
            ).replace("%1", str(path))
        )


class FirstRunWizard(QWizard):
    """Creates a vault; ``vault`` holds it open when the wizard is accepted."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.folder = folder
        self.vault: vaults.Vault | None = None
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

    def start_creation(self) -> None:
        """Create the vault off the UI thread."""
        if self.vault is not None:
            self.create_page.finish(None)
            return
        passphrase = self.passphrase_page.entry.passphrase()
        folder = self.folder
        self.runner.start(
            lambda: vaults.create(folder, passphrase),
            self._created,
            self._failed,
        )

    def _created(self, result: tuple[vaults.Vault, str]) -> None:
        self.vault, self.recovery_key = result
        self.passphrase_page.entry.clear()
        self.create_page.finish(None)

    def _failed(self, error: Exception) -> None:
        self.create_page.finish(error_text(error))

    def reject(self) -> None:
        """Cancel, except on the last page: the recovery key must be seen and kept first."""
        if self.currentPage() is self.recovery_page or self.runner.busy:
            return
        if self.vault is not None:
            self.vault.lock()
            self.vault = None
        super().reject()
