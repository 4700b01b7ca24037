"""The main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from vpi_groups.storage.vault import Vault


class MainWindow(QMainWindow):
    """Top-level window of the application."""

    def __init__(
        self, *, vault: Vault | None = None, demo: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.vault = vault
        self.demo = demo
        self.resize(1100, 720)
        self.welcome = QLabel(self)
        self.welcome.setObjectName("welcomeLabel")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.setCentralWidget(self.welcome)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string from the current translation."""
        title = self.tr("VPI Groups — Talk groups and prevention actions")
        if self.demo:
            title = self.tr("%1 (demo vault)").replace("%1", title)
        self.setWindowTitle(title)
        self.welcome.setText(
            self.tr(
                "Plan talk-group sessions, record attendance without names and "
                "prepare anonymised totals. Everything stays on this computer, encrypted."
            )
        )
        self.statusBar().showMessage(
            self.tr("Demo vault: deleted when the window closes.") if self.demo else ""
        )
