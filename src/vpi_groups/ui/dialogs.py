"""Dialogs reached from the settings page: change passphrase, back up, restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.programme import records as programme
from vpi_groups.storage import vault as vaults
from vpi_groups.ui import file_dialogs
from vpi_groups.ui.editing import settle_keyboard
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.passphrase_field import NewPassphraseField
from vpi_groups.ui.recovery_panel import RecoveryKeyPanel
from vpi_groups.ui.secret_field import SecretField, decorate
from vpi_groups.ui.tasks import TaskRunner


class _WorkDialog(QDialog):
    """A dialog whose main button starts background work, with progress and a result line."""

    HELP_TOPIC = "settings"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_help_key(self, self.HELP_TOPIC)
        self.runner = TaskRunner(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("workProgress")
        self.progress.setVisible(False)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("workResult")
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.ok_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.succeeded = False

    def finish_layout(self, layout: QVBoxLayout, first: QWidget) -> None:
        """Append progress, result and buttons to the subclass's layout.

        The dialog opens on ``first``, never on its main button (a stray Space would
        start the work); Enter in a field presses the main button.
        """
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        settle_keyboard(self, first, self.ok_button)

    def start(self) -> None:
        """Start the work (subclasses)."""

    def set_busy(self, busy: bool, *, steps: int = 0) -> None:
        """Show an indeterminate (steps=0) or stepped progress bar while working."""
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, steps)
            self.progress.setValue(0)
        self.ok_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.outcome.clear()

    def on_progress(self, done: int, total: int) -> None:
        """Advance the progress bar."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def fail(self, error: Exception) -> None:
        """Show what went wrong; the dialog stays open to try again."""
        self.set_busy(False)
        self.outcome.setStyleSheet(error_style())
        self.outcome.setText(error_text(error))

    def succeed(self, text: str) -> None:
        """Show the outcome; the main button is done."""
        self.set_busy(False)
        self.succeeded = True
        self.outcome.setStyleSheet("")
        self.outcome.setText(text)
        self.ok_button.setEnabled(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def reject(self) -> None:
        """Closing waits for nothing: it is refused while work runs."""
        if self.runner.busy:
            return
        super().reject()


def _secret_field(
    dialog: QDialog, form: QFormLayout, label: str, name: str
) -> tuple[QLineEdit, SecretField]:
    """A passphrase field with its show/hide toggle and Caps Lock warning, in ``form``."""
    field = QLineEdit(dialog)
    field.setObjectName(name)
    warning = QLabel(dialog)
    warning.setObjectName(f"{name}CapsLock")
    title = QLabel(label, dialog)
    title.setBuddy(field)
    form.addRow(title, field)
    form.addRow("", warning)
    return field, decorate(field, warning)


class _RecoveryKeyShown(_WorkDialog):
    """A work dialog that may end by showing a new recovery key, once.

    While a new key is shown, the dialog closes only once the user ticks that they kept
    it (the old key no longer works).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery = RecoveryKeyPanel(self)
        self.recovery.setVisible(False)
        self.setMinimumWidth(600)  # the key in large type, on one line
        self.recovery.kept_changed.connect(self._kept_changed)

    def show_recovery_key(self, key: str, folder: Path) -> None:
        """Show the new key; closing waits for the confirmation."""
        self.recovery.show_key(key, folder)
        self.recovery.setVisible(True)
        self.close_button.setEnabled(False)
        self.adjustSize()  # room for the key, its buttons and the confirmation

    def _kept_changed(self, kept: bool) -> None:
        self.close_button.setEnabled(kept)

    def reject(self) -> None:
        """Not while work runs, nor before a new recovery key is confirmed as kept."""
        if self.recovery.isVisible() and not self.recovery.kept.isChecked():
            return
        super().reject()


class ChangePassphraseDialog(_RecoveryKeyShown):
    """Current passphrase, then a new one; the vault is re-encrypted under a new key."""

    def __init__(self, vault: vaults.Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.vault = vault
        self.setWindowTitle(self.tr("Change the passphrase"))
        intro = QLabel(
            self.tr(
                "The vault is re-encrypted under a new key: the old passphrase stops "
                "working, also with a copy of the key file. Backups made before keep "
                "opening with the passphrase of their day. The recovery key does not change."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.current, self.current_secret = _secret_field(
            self, form, self.tr("C&urrent passphrase:"), "currentPassphrase"
        )
        self.new = NewPassphraseField(self)
        self.new.changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.new)
        layout.addWidget(self.recovery)
        self.finish_layout(layout, self.current)
        self.ok_button.setText(self.tr("C&hange the passphrase"))
        self.current.textChanged.connect(self._update)
        self._update()
        # The vault's own names, which the new passphrase must not be made of.
        self.runner.unit(vault, programme.vault_words, self.new.set_user_inputs, self.fail)

    def _update(self) -> None:
        self.ok_button.setEnabled(
            not self.succeeded and bool(self.current.text()) and self.new.acceptable
        )

    def start(self) -> None:
        """Check the current passphrase, then re-key under the new one (recalibrated)."""
        current, new, vault = self.current.text(), self.new.passphrase(), self.vault

        def work(progress: vaults.Progress) -> str | None:
            vault.check_passphrase(current)
            return vault.change_passphrase(
                new, kdf_seconds=vaults.DEFAULT_KDF_SECONDS, progress=progress
            )

        self.set_busy(True, steps=5)
        self.runner.start(work, self._done, self.fail, on_progress=self.on_progress)

    def _done(self, recovery: str | None) -> None:
        self.current.clear()
        self.new.clear()
        self.succeed(self.tr("Passphrase changed. Use the new one from now on."))
        if recovery is not None:
            self.outcome.setText(
                self.tr(
                    "Passphrase changed. This vault came from a version whose recovery key "
                    "could not follow a new key: here is its new recovery key. The old one "
                    "no longer works."
                )
            )
            self.show_recovery_key(recovery, self.vault.folder)


class NewRecoveryKeyDialog(_RecoveryKeyShown):
    """Issue a new recovery key after checking the passphrase; show it once."""

    def __init__(self, vault: vaults.Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRecoveryKeyDialog")
        self.vault = vault
        self.setWindowTitle(self.tr("New recovery key"))
        intro = QLabel(
            self.tr(
                "A new recovery key replaces the old one, which stops opening this vault "
                "(for instance if the sheet was lost or seen by someone). The vault is "
                "re-encrypted under a new key. Backups made before still open with the "
                "old recovery key: make a new backup afterwards."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.passphrase, self.passphrase_secret = _secret_field(
            self, form, self.tr("&Passphrase:"), "recoveryPassphrase"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.recovery)
        self.finish_layout(layout, self.passphrase)
        self.ok_button.setText(self.tr("&Create a new recovery key"))
        self.passphrase.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(not self.succeeded and bool(self.passphrase.text()))

    def start(self) -> None:
        """Check the passphrase, re-key the vault and make the new recovery key."""
        passphrase, vault = self.passphrase.text(), self.vault
        self.set_busy(True, steps=5)
        self.runner.start(
            lambda progress: vault.new_recovery_key(passphrase, progress=progress),
            self._done,
            self.fail,
            on_progress=self.on_progress,
        )

    def _done(self, recovery: str) -> None:
        self.passphrase.clear()
        self.passphrase.setEnabled(False)
        self.succeed(
            self.tr(
                "New recovery key made; the old one no longer opens this vault. Print it or "
                "save it, then tick the box below."
            )
        )
        self.show_recovery_key(recovery, self.vault.folder)


class BackupDialog(_WorkDialog):
    """Choose a file, write the backup, read it back, say it was verified."""

    def __init__(self, vault: vaults.Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.vault = vault
        self.setWindowTitle(self.tr("Back up the vault"))
        intro = QLabel(
            self.tr(
                "The backup is one encrypted file. It opens with the passphrase (or the "
                "recovery key) in force today. Keep it on another disk or a USB stick."
            ),
            self,
        )
        intro.setWordWrap(True)
        stamp = QDate.currentDate().toString("yyyy-MM-dd")
        self.path = QLineEdit(str(Path.home() / f"vpi-groups-{stamp}.vpibak"), self)
        self.path.setObjectName("backupPath")
        self._replace_ok: str | None = None  # a file the user already agreed to replace
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("backupBrowse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        path_label = QLabel(self.tr("&File:"), self)
        path_label.setBuddy(self.path)
        form = QFormLayout()
        form.addRow(path_label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.finish_layout(layout, self.path)
        self.ok_button.setText(self.tr("&Back up"))

    def _browse(self) -> None:
        path, _filter = file_dialogs.save_file_name(
            self,
            self.tr("Back up the vault"),
            self.path.text(),
            self.tr("VPI Groups backups (*.vpibak)"),
        )
        if path:
            chosen = path if path.endswith(".vpibak") else path + ".vpibak"
            self.path.setText(chosen)
            # The file dialog has already asked whether to replace an existing file.
            self._replace_ok = chosen if Path(chosen).exists() else None

    def start(self) -> None:
        """Write and verify the backup in the background (asking before replacing a file)."""
        out, vault = Path(self.path.text()).expanduser(), self.vault
        overwrite = out.is_file() and str(out) == self._replace_ok
        if out.is_file() and not overwrite:
            answer = QMessageBox.question(
                self,
                self.tr("Replace the file?"),
                self.tr("%1 already exists. Replace it with this backup?").replace("%1", str(out)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            overwrite = True
        self.set_busy(True, steps=4)
        self.runner.start(
            lambda progress: vault.backup(out, progress, overwrite=overwrite),
            self._done,
            self.fail,
            on_progress=self.on_progress,
        )

    def _done(self, result: vaults.BackupResult) -> None:
        size = QLocale().formattedDataSize(result.size)
        self.succeed(
            self.tr("Backup written and verified: %1 (%2).")
            .replace("%1", str(result.path))
            .replace("%2", size)
        )


class RestoreDialog(_WorkDialog):
    """Restore a backup into a new folder, verify it, and offer to open it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.restored_to: Path | None = None
        intro = QLabel(
            self.tr(
                "The backup is restored into a new, empty folder; the current vault is not "
                "touched. The restored vault opens with the passphrase that was in force "
                "when the backup was made."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.file = QLineEdit(self)
        self.file.setObjectName("restoreFile")
        self.folder = QLineEdit(self)
        self.folder.setObjectName("restoreFolder")
        # Two "Browse…" buttons: each gets a name that says what it chooses, or a
        # screen reader would say the same word twice.
        browse_file = QPushButton(self.tr("Br&owse…"), self)
        browse_file.setObjectName("restoreBrowseFile")
        browse_file.setAccessibleName(self.tr("Choose the backup file"))
        browse_file.clicked.connect(self._browse_file)
        browse_folder = QPushButton(self.tr("Bro&wse…"), self)
        browse_folder.setObjectName("restoreBrowseFolder")
        browse_folder.setAccessibleName(self.tr("Choose the new folder"))
        browse_folder.clicked.connect(self._browse_folder)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file)
        file_row.addWidget(browse_file)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder)
        folder_row.addWidget(browse_folder)
        # Tab goes along each row, as it reads: a field, then its button.
        QWidget.setTabOrder(self.file, browse_file)
        QWidget.setTabOrder(browse_file, self.folder)
        QWidget.setTabOrder(self.folder, browse_folder)
        # A label made by addRow for a row of widgets has no buddy: the field would
        # have no name and the mnemonic would go nowhere.
        file_label = QLabel(self.tr("Backup &file:"), self)
        file_label.setBuddy(self.file)
        folder_label = QLabel(self.tr("New &folder:"), self)
        folder_label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(file_label, file_row)
        form.addRow(folder_label, folder_row)
        self.passphrase, self.passphrase_secret = _secret_field(
            self, form, self.tr("&Passphrase of the backup:"), "restorePassphrase"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.finish_layout(layout, self.file)
        self.ok_button.setText(self.tr("&Restore"))

    def _browse_file(self) -> None:
        path, _filter = file_dialogs.open_file_name(
            self,
            self.tr("Restore a backup"),
            str(Path.home()),
            self.tr("VPI Groups backups (*.vpibak)"),
        )
        if path:
            self.file.setText(path)

    def _browse_folder(self) -> None:
        path = file_dialogs.existing_directory(self, self.tr("New folder"), str(Path.home()))
        if path:
            self.folder.setText(path)

    def start(self) -> None:
        """Restore and verify in the background."""
        source = Path(self.file.text()).expanduser()
        target = Path(self.folder.text()).expanduser()
        passphrase = self.passphrase.text()
        self.set_busy(True)
        self.runner.start(
            lambda: (target, vaults.restore(source, target, passphrase=passphrase)),
            self._done,
            self.fail,
        )

    def _done(self, result: tuple[Path, vaults.RestoreResult]) -> None:
        target, restored = result
        self.restored_to = target.resolve()
        self.passphrase.clear()
        made = QDateTime.fromString(restored.created, Qt.DateFormat.ISODate).toLocalTime()
        text = (
            self.tr("Backup of vault %1, made %2, restored and verified in %3.")
            .replace("%1", restored.report.vault_id[:8])
            .replace("%2", QLocale().toString(made, QLocale.FormatType.ShortFormat))
            .replace("%3", str(self.restored_to))
        )
        if "folder-owner" in restored.warnings:
            text += " " + self.tr("Note: this folder belongs to another user of this computer.")
        self.succeed(text)
