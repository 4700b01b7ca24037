"""F1 in a dialog: the user guide at the dialog's own topic.

A dialog is a window of its own, so the main window's F1 (a window shortcut) never
reaches it. Each dialog names the topic of the guide it belongs to
(``help_viewer.TOPICS``) and gets its own F1 here; the guide's viewer is imported
only when F1 is pressed, not when the dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def give_help_key(window: QWidget, topic: str | Callable[[], str] | None) -> QShortcut:
    """Make F1 in ``window`` open the guide at ``topic`` (or what ``topic()`` says then).

    None opens the guide's contents.
    """
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), window)
    shortcut.setObjectName("helpShortcut")

    def show() -> None:
        from vpi_groups.ui.help_viewer import show_help  # loaded on first use

        show_help(window, topic() if callable(topic) else topic)

    shortcut.activated.connect(show)
    return shortcut
