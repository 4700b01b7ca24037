"""The main window: French by default, sidebar pages, lock by Ctrl+L and by idleness."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE, shown_window
from vpi_groups.storage import vault as vaults
from vpi_groups.ui.app import choose_language
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.pages import agenda
from vpi_groups.ui.preferences import Preferences


def _window(qtbot: QtBot, preferences: Preferences, folder: Path, **kwargs: object) -> MainWindow:
    return shown_window(qtbot, preferences, vaults.unlock(folder, passphrase=PASSPHRASE), **kwargs)


def test_french_title_sidebar_and_pages(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _window(qtbot, preferences, vault_folder[0], demo=True)
    assert window.windowTitle() == (
        "VPI Groups — Groupes de parole et actions de prévention (coffre de démonstration)"
    )
    entries = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert entries == [
        "Agenda",
        "Groupes et actions",
        "Participants",
        "Comptages",
        "Annuaire",
        "Partenariat",
        "Rapports",
        "Paramètres",
    ]
    window.sidebar.setCurrentRow(7)
    assert window.stack.currentWidget() is window.settings_page
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 1
    window.close()


def test_the_window_fits_a_small_laptop_screen(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    """1280 x 720 points (a 1920 x 1080 screen at 150 %), title bar and task bar aside."""
    window = _window(qtbot, preferences, vault_folder[0])
    qtbot.waitUntil(lambda: window.agenda_page.group_filter.count() > 0)
    smallest = window.minimumSizeHint()
    assert smallest.width() <= 1280
    assert smallest.height() <= 720 - 40
    window.close()


def test_english_when_asked(
    qtbot: QtBot, english: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _window(qtbot, preferences, vault_folder[0])
    assert window.windowTitle() == "VPI Groups — Talk groups and prevention actions"
    window.close()


def test_language_choice() -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert choose_language(None, english) == "en"
    assert choose_language(None, german) == "fr"
    assert choose_language("fr", english) == "fr"


def _assert_locked(window: MainWindow, vault: vaults.Vault) -> None:
    assert window.vault is None
    assert not vault.is_open
    assert vault._engine is None, "the engine must be disposed"
    assert vault._data_key is None, "the key must be dropped"
    assert not window.holds_record_data()
    assert not window.central.isEnabled()
    assert window.unlock_dialog is not None
    assert window.unlock_dialog.isVisible()


def test_ctrl_l_locks_and_unlocking_restores(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _window(qtbot, preferences, vault_folder[0])
    vault = window.vault
    assert vault is not None
    window.sidebar.setCurrentRow(7)  # a page reads its data when it is first shown
    qtbot.waitUntil(lambda: window.settings_page.holds_record_data())
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked(window, vault)
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert window.vault is not None
    assert window.vault.is_open
    assert window.central.isEnabled()
    window.close()
    assert not window.vault


def test_idle_timer_locks(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _window(qtbot, preferences, vault_folder[0])
    vault = window.vault
    assert vault is not None
    timer = window.idle.timer
    assert timer.isActive()
    assert timer.interval() == 5 * 60_000
    with qtbot.waitSignal(window.locked):
        timer.timeout.emit()
    _assert_locked(window, vault)
    window.close()


def test_user_input_restarts_the_idle_countdown(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _window(qtbot, preferences, vault_folder[0])
    before = window.idle.restarts
    # As the platform delivers input: to the window first, then to its widgets.
    handle = window.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_Down)
    QTest.mouseClick(
        handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5)
    )
    assert window.idle.restarts >= before + 2
    assert window.idle.timer.isActive()
    assert window.idle.watching is QApplication.instance()
    window.lock()
    assert window.idle.watching is None, "locked, the windows' events skip the filter"
    locked_count = window.idle.restarts
    assert window.unlock_dialog is not None
    QTest.keyClick(window.unlock_dialog.windowHandle(), Qt.Key.Key_A)
    assert window.unlock_dialog.passphrase.text() == "a", "the key reached the dialog"
    assert window.idle.restarts == locked_count, "no countdown while locked"
    window.close()


def test_auto_lock_delay_follows_the_setting(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _window(qtbot, preferences, vault_folder[0])
    window.settings_page.auto_lock.setValue(12)
    assert window.idle.timer.interval() == 12 * 60_000
    assert preferences.auto_lock_minutes == 12
    window.close()


def test_the_windows_own_widgets_have_accessible_names(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    """What a screen reader says of the sidebar and the frame, the pages aside."""
    window = _window(qtbot, preferences, vault_folder[0])
    assert window.sidebar.accessibleName() == "Pages"
    assert window.sidebar.accessibleDescription() != ""
    assert window.menuBar().accessibleName() != ""
    assert window.stack.accessibleName() != ""
    assert window.vault_label.accessibleDescription() != ""
    unnamed = [
        widget.objectName() or type(widget).__name__
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not window.stack.isAncestorOf(widget)
        and widget.window() is window
        and not widget.accessibleName()
    ]
    assert unnamed == []
    window.close()


def test_a_page_asking_for_another_page_gets_it(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An empty page's button ("add a group first") shows the page it names."""

    class AgendaAsking(agenda.AgendaPage):
        wanted_page = Signal(str)

    monkeypatch.setattr(agenda, "AgendaPage", AgendaAsking)
    window = _window(qtbot, preferences, vault_folder[0])
    assert isinstance(window.agenda_page, AgendaAsking)
    window.agenda_page.wanted_page.emit("reports")
    assert window.stack.currentWidget() is window.reports_page
    assert window.sidebar.currentRow() == 6
    window.agenda_page.wanted_page.emit("programme")
    assert window.stack.currentWidget() is window.programme_page
    window.agenda_page.wanted_page.emit("nowhere")  # a mistake shows nothing else
    assert window.stack.currentWidget() is window.programme_page
    window.close()
