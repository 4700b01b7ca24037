"""The auto-lock's countdown hears input through the windows, not through every event."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from tests.attendance.conftest import GroupWithSessions
from tests.ui.conftest import shown_window
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.idle import IdleWatcher
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.session_dialog import SessionDialog


class _Counter(QObject):
    """Counts every event of the application, as an application-wide filter sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen += 1
        return False


def _open(qtbot: QtBot, window: MainWindow, session_id: int) -> SessionDialog:
    dialog = window.open_session(session_id)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None and dialog.isActiveWindow())
    return dialog


def test_a_key_in_a_dialog_opened_after_unlock_restarts_the_countdown(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    unlocked_group: tuple[vaults.Vault, GroupWithSessions],
) -> None:
    vault, group = unlocked_group
    window = shown_window(qtbot, preferences, vault)
    dialog = _open(qtbot, window, group.session_ids[0])  # its window did not exist at unlock
    before = window.idle.restarts
    dialog.notes.setFocus()
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)  # as the platform delivers a key
    assert dialog.notes.toPlainText().endswith("a"), "the key reached the dialog's notes"
    assert window.idle.restarts == before + 1
    dialog.done(0)
    window.close()


def test_opening_a_session_dialog_costs_the_watcher_a_few_events_not_thousands(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    unlocked_group: tuple[vaults.Vault, GroupWithSessions],
) -> None:
    vault, group = unlocked_group
    window = shown_window(qtbot, preferences, vault)
    everything = _Counter()  # the bad case: a filter on the whole application
    french.installEventFilter(everything)
    seen = window.idle.seen
    try:
        dialog = _open(qtbot, window, group.session_ids[0])
    finally:
        french.removeEventFilter(everything)
    watched = window.idle.seen - seen
    assert everything.seen > 1_000, "an application-wide filter hears thousands of events"
    assert 0 < watched < 100, "the watcher hears the windows' events only"
    assert watched * 20 < everything.seen
    dialog.done(0)
    window.close()


@pytest.mark.qt_log_ignore(  # the offscreen platform's notes on a popup
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_a_click_in_a_list_that_pops_up_restarts_the_countdown(
    qtbot: QtBot, qapp: QApplication
) -> None:
    window = QWidget()
    combo = QComboBox(window)
    combo.addItems(["Salle A", "Salle B", "Salle C"])
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    watcher = IdleWatcher(5)
    watcher.start()
    try:
        combo.showPopup()  # a window of its own, shown after counting began
        qtbot.waitUntil(lambda: QApplication.focusWidget() is combo.view())
        popups = [
            w
            for w in QGuiApplication.topLevelWindows()
            if w.isVisible() and w.type() == Qt.WindowType.Popup
        ]
        assert len(popups) == 1
        qtbot.waitUntil(popups[0].isExposed)  # on screen: it takes clicks
        before = watcher.restarts
        QTest.mouseClick(
            popups[0], Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5)
        )
        assert watcher.restarts > before
    finally:
        watcher.stop()
        combo.hidePopup()
