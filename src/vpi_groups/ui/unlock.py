"""Unlock dialog: the passphrase, or the recovery key followed by a new passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.storage.errors import VaultRolledBackError, WrongSecretError
from vpi_groups.ui.errors import error_style, error_text
from vpi_groups.ui.help_key import give_help_key
from vpi_groups.ui.passphrase_field import NewPassphraseField
from vpi_groups.ui.question import Choice, ask
from vpi_groups.ui.secret_field import decorate
from vpi_groups.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from vpi_groups.storage.vault import Vault

QUIT_KEY = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)
"""Quits, from the main window and from this dialog alike."""
READY_PAUSE_MS = 10  # between two questions to ``UnlockDialog.ready``: keys and paints pass


class UnlockDialog(QDialog):
    """Asks for the passphrase; derives the key off the UI thread; holds the open vault.

    ``vault`` is set when the dialog is accepted. The dialog is the first window shown
    at start-up: it imports the vault module (SQLAlchemy, the models, SQLCipher) only
    when a secret is submitted, so that it paints without them.
    """

    HELP_TOPIC = "unlock"

    painted = Signal()  # once, when the dialog is first on screen

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.folder = folder
        self.vault: Vault | None = None
        self.ready: Callable[[], bool] = lambda: True
        """Asked before the dialog closes on an opened vault, again every READY_PAUSE_MS
        until true. The window finishes building its pages this way, a step per call,
        behind the busy bar: a passphrase given before they were built (pasted, or typed
        fast) would otherwise have the rest built at once, 0.2-0.3 s of frozen window."""
        self._arriving = False  # the vault is open, the dialog waits for ``ready``
        self.runner = TaskRunner(self)
        self.rollback_box: QMessageBox | None = None
        self._painted = False
        self.setWindowTitle(self.tr("VPI Groups — unlock"))
        self.setMinimumWidth(520)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())

        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        self.busy = QProgressBar(self)
        self.busy.setObjectName("unlockBusy")
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        self.quit_shortcut = QShortcut(QUIT_KEY, self)
        self.quit_shortcut.setObjectName("quitShortcut")
        self.quit_shortcut.activated.connect(self.reject)
        self.help_shortcut = give_help_key(self, self.HELP_TOPIC)
        self.passphrase.setFocus()

    # ------------------------------------------------------------ pages

    def _passphrase_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(page)
        intro.setWordWrap(True)
        intro.setText(
            self.tr("The vault is locked. Type your passphrase to open it.\nVault: %1").replace(
                "%1", str(self.folder)
            )
        )
        self.passphrase = QLineEdit(page)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.returnPressed.connect(self.submit_passphrase)
        self.caps_lock_warning = QLabel(page)
        self.caps_lock_warning.setObjectName("passphraseCapsLock")
        self.passphrase_secret = decorate(self.passphrase, self.caps_lock_warning)
        label = QLabel(self.tr("&Passphrase:"), page)
        label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton(self.tr("&Unlock"), page)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit_passphrase)
        self.forgot_button = QPushButton(self.tr("&Forgotten passphrase…"), page)
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.show_recovery)
        self.quit_button = QPushButton(self.tr("&Quit"), page)
        self.quit_button.setObjectName("quitButton")
        self.quit_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, self.passphrase)
        form.addRow("", self.caps_lock_warning)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(page)
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "Type the recovery key you printed or saved when the vault was created "
                "(groups of 4 characters), then choose a new passphrase."
            )
        )
        self.recovery_key = QLineEdit(page)
        self.recovery_key.setObjectName("recoveryKey")
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        # Shown by default: it is copied from paper, 32 characters long, and letter
        # case does not matter (hence no Caps Lock warning).
        self.recovery_key_secret = decorate(self.recovery_key, hidden=False)
        key_label = QLabel(self.tr("Recovery &key:"), page)
        key_label.setBuddy(self.recovery_key)
        self.new_passphrase = NewPassphraseField(page)
        self.new_passphrase.changed.connect(self._update_reset_button)
        self.reset_button = QPushButton(self.tr("&Set and open"), page)
        self.reset_button.setObjectName("resetButton")
        self.reset_button.clicked.connect(self.submit_recovery)
        self.back_button = QPushButton(self.tr("&Back"), page)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.show_passphrase)
        form = QFormLayout()
        form.addRow(key_label, self.recovery_key)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.new_passphrase)
        layout.addLayout(buttons)
        self._update_reset_button()
        return page

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint; the first time, say so (the main window then builds its pages)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    # ------------------------------------------------------------ navigation

    def show_recovery(self) -> None:
        """Switch to the recovery-key path."""
        self.message.clear()
        self.pages.setCurrentIndex(1)
        self.recovery_key.setFocus()

    def show_passphrase(self) -> None:
        """Back to the passphrase."""
        self.message.clear()
        self.pages.setCurrentIndex(0)
        self.passphrase.setFocus()

    def _update_reset_button(self) -> None:
        self.reset_button.setEnabled(self.new_passphrase.acceptable)

    # ------------------------------------------------------------ work

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.pages.setEnabled(not busy)
        if busy:
            self.message.clear()

    def submit_passphrase(self, *, accept_rollback: bool = False) -> None:
        """Unlock with the passphrase, in the background."""
        if self.working or not self.passphrase.text():
            return
        from vpi_groups.storage import vault as vaults  # on the UI thread, before the worker

        folder, passphrase = self.folder, self.passphrase.text()
        self._set_busy(True)
        self.runner.start(
            lambda: vaults.unlock(folder, passphrase=passphrase, accept_rollback=accept_rollback),
            self._opened,
            self._failed,
        )

    def submit_recovery(self, *, accept_rollback: bool = False) -> None:
        """Unlock with the recovery key and set the new passphrase, in the background.

        Setting the passphrase re-encrypts the vault under a new key (a few seconds on a
        large vault).
        """
        if self.working or not self.new_passphrase.acceptable:
            return
        from vpi_groups.storage import vault as vaults  # on the UI thread, before the worker

        folder = self.folder
        key, new = self.recovery_key.text(), self.new_passphrase.passphrase()
        self._set_busy(True)
        self.runner.start(
            lambda: vaults.reset_passphrase(folder, key, new, accept_rollback=accept_rollback),
            self._opened,
            self._failed,
        )

    def _ask_rollback(self) -> None:
        """An older database was put back: open it only if the user says so."""

        def answered(choice: str | None) -> None:
            self.rollback_box = None
            if choice != "openOlder":
                return
            if self.pages.currentIndex() == 0:
                self.submit_passphrase(accept_rollback=True)
            else:
                self.submit_recovery(accept_rollback=True)

        self.rollback_box = ask(
            self,
            name="rollbackQuestion",
            title=self.tr("Older database"),
            text=self.tr(
                "The database in this folder is older than its key file: an older copy of "
                "vault.db was put back (from a copy of the folder, a sync tool, a USB "
                "stick). What was written since is missing from it, and people erased "
                "since may have come back.\n\nOpen it all the same? The choice is "
                "recorded in the audit log. Otherwise, put back the latest vault.db, or "
                "restore your latest backup."
            ),
            choices=[
                Choice(
                    self.tr("&Open the older database"),
                    "openOlder",
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                Choice(self.tr("&Do not open"), "doNotOpen"),
            ],
            answered=answered,
            icon=QMessageBox.Icon.Warning,
        )

    @property
    def working(self) -> bool:
        """A key derivation is under way, or its vault is open and not yet handed over."""
        return self.runner.busy or self._arriving

    def _opened(self, vault: Vault) -> None:
        self.passphrase.clear()
        self.recovery_key.clear()
        self.new_passphrase.clear()
        self.vault = vault
        self._arriving = True
        self._accept_when_ready()

    def _accept_when_ready(self) -> None:
        if not self.ready():
            QTimer.singleShot(READY_PAUSE_MS, self._accept_when_ready)
            return
        self._arriving = False
        self._set_busy(False)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.message.setText(error_text(error))
        if isinstance(error, VaultRolledBackError):
            self._ask_rollback()
        if isinstance(error, WrongSecretError):
            if self.pages.currentIndex() == 0:
                self.passphrase.selectAll()
                self.passphrase.setFocus()
            else:
                self.recovery_key.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape never quits: it clears the passphrase, or leaves the recovery path.

        Quitting is the Quit button, Ctrl+Q or the window's close button: a key pressed
        by reflex (to close a menu, to start typing again) must not close the program.
        """
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            if self.working:
                return
            if self.pages.currentIndex() == 0:
                self.passphrase.clear()
                self.message.clear()
                self.passphrase.setFocus()
            else:
                self.show_passphrase()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Quit, unless a key derivation is under way (its result must not be lost).

        Reached by the Quit button, Ctrl+Q and the window's close button; not by Escape.
        """
        if self.working:
            return
        super().reject()
