"""The recovery key shown once: the key, print, PDF, copy, and "I have kept it".

Used by the first-run wizard and by the dialog that issues a new recovery key.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.errors import AppError
from vpi_groups.ui import file_dialogs, recovery_sheet
from vpi_groups.ui.errors import error_text
from vpi_groups.ui.secret_field import CLIPBOARD_SECONDS, SecretClipboardTimer, copy_secret


class RecoveryKeyPanel(QWidget):
    """Shows a recovery key once; ``kept_changed`` follows the confirmation box."""

    kept_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = ""
        self.folder = Path()
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        # Not selectable: a copy goes through the Copy button, marked secret and cleared.
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
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
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("copyRecovery")
        self.copy_button.setToolTip(
            self.tr(
                "Copy the key, to paste it into a password manager. The clipboard is "
                "emptied after %1 seconds."
            ).replace("%1", str(CLIPBOARD_SECONDS))
        )
        self.clipboard_timer: SecretClipboardTimer | None = None
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setWordWrap(True)
        self.kept = QCheckBox(
            self.tr("I have printed or written down the recovery key and keep it safe"), self
        )
        self.kept.setObjectName("keptCheck")
        self.kept.toggled.connect(self.kept_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        layout.addWidget(self.kept)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.copy_button.clicked.connect(self.copy_key)

    def show_key(self, recovery_key: str, folder: Path) -> None:
        """Show a new key (the confirmation starts unticked)."""
        self.recovery_key, self.folder = recovery_key, folder
        self.key_label.setText(recovery_key)
        self.saved_label.clear()
        self.kept.setChecked(False)

    def copy_key(self) -> None:
        """Copy the key to the clipboard, marked secret; it is cleared 30 seconds later."""
        key = self.recovery_key
        if not key:
            return
        self.clipboard_timer = copy_secret(key)
        self.saved_label.setText(
            self.tr(
                "Key copied. Paste it into a password manager now: the clipboard will be "
                "emptied in %1 seconds."
            ).replace("%1", str(CLIPBOARD_SECONDS))
        )

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            recovery_sheet.print_to(printer, self.recovery_key, self.folder)

    def save_dialog(self) -> QFileDialog:
        """The dialog that asks where to save the PDF (not yet shown)."""
        dialog = file_dialogs.make_dialog(
            self,
            self.tr("Save the recovery key"),
            str(Path.home() / self.tr("recovery-key-vpi-groups.pdf")),
            self.tr("PDF documents (*.pdf)"),
            mode=QFileDialog.FileMode.AnyFile,
            accept=QFileDialog.AcceptMode.AcceptSave,
        )
        dialog.setDefaultSuffix("pdf")
        return dialog

    def _save_pdf(self) -> None:
        dialog = self.save_dialog()
        chosen = dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
        dialog.deleteLater()
        if chosen:
            self.save_pdf_to(Path(chosen[0]))

    def save_pdf_to(self, path: Path) -> None:
        """Write the recovery sheet to ``path`` and say where it went."""
        try:
            recovery_sheet.save_pdf(path, self.recovery_key, self.folder)
        except (OSError, AppError) as error:
            self.saved_label.setText(error_text(error))
            return
        self.saved_label.setText(
            self.tr(
                "Saved to %1. Move it to a USB stick or print it, then delete it here."
            ).replace("%1", str(path))
        )
