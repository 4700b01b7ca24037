"""Every shortcut is unique in its window; Ctrl+Q quits; Escape never does; F1 opens help."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE, shown_window
from vpi_groups.storage import vault as vaults
from vpi_groups.ui import main_window as main_window_module
from vpi_groups.ui import unlock as unlock_module
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.widgets import distinct_keys
from vpi_groups.ui.wizard import FirstRunWizard

_WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


# ---------------------------------------------------------------- the collector


def _home(widget: QWidget) -> QWidget:
    """The window where a widget's shortcuts fire: a menu's is the window it drops from."""
    current = widget
    while isinstance(current, QMenu):
        parent = current.parentWidget()
        if parent is None:
            break
        current = parent
    return current.window()


def _keys(sequences: list[QKeySequence]) -> list[str]:
    texts = [key.toString(QKeySequence.SequenceFormat.PortableText) for key in sequences]
    return [text for text in texts if text]


def _name(owner: QObject) -> str:
    text = owner.text() if isinstance(owner, QAction | QAbstractButton) else ""
    return owner.objectName() or text or type(owner).__name__


def shortcuts(window: QWidget) -> list[tuple[str, QObject | None, str]]:
    """Every shortcut that can fire in ``window``: (key, scope, owner).

    The scope is None for a key heard anywhere in the window (window or application
    context), else the widget that must have the focus. Actions count through every
    widget they are added to (menus, pages, fields), on pages not shown too; child
    dialogs are windows of their own and are left out. A button's mnemonic (Alt and
    the underlined letter) is left out: Qt moves between buttons sharing one.
    """
    found: list[tuple[str, QObject | None, str]] = []
    widgets = [window, *window.findChildren(QWidget)]
    actions: dict[int, QAction] = {id(a): a for a in window.findChildren(QAction)}
    for widget in widgets:
        actions.update({id(a): a for a in widget.actions()})
    for action in actions.values():
        shown_in = [
            w for w in action.associatedObjects() if isinstance(w, QWidget) and _home(w) is window
        ]
        if not shown_in:
            continue  # in no widget of this window: it cannot fire here
        window_wide = action.shortcutContext() in _WINDOW_WIDE
        for key in _keys(action.shortcuts()):
            if window_wide:
                found.append((key, None, _name(action)))
            else:
                found.extend((key, w, _name(action)) for w in shown_in)
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not isinstance(parent, QWidget) or _home(parent) is not window:
            continue
        scope = None if shortcut.context() in _WINDOW_WIDE else parent
        found.extend((key, scope, _name(shortcut)) for key in _keys(shortcut.keys()))
    for button in window.findChildren(QAbstractButton):
        sequence = button.shortcut()
        if _home(button) is not window or sequence == QKeySequence.mnemonic(button.text()):
            continue
        found.extend((text, None, _name(button)) for text in _keys([sequence]))
    return found


def duplicates(found: list[tuple[str, QObject | None, str]]) -> list[str]:
    """The keys that two shortcuts (or one, twice) answer in the same place."""
    wide = Counter(key for key, scope, _owner in found if scope is None)
    owners: dict[str, list[str]] = defaultdict(list)
    for key, _scope, owner in found:
        owners[key].append(owner)
    clashes = {key for key, count in wide.items() if count > 1}
    local = Counter((key, id(scope)) for key, scope, _owner in found if scope is not None)
    for (key, _where), count in local.items():
        if count > 1 or key in wide:
            clashes.add(key)
    return [f"{key}: {', '.join(owners[key])}" for key in sorted(clashes)]


class _DesktopKeys(QKeySequence):
    """Key sequences as on a GNOME or KDE desktop, where the standard Quit is Ctrl+Q.

    The offscreen platform of the tests binds no key to Quit; the user's desktop does.
    """

    def __init__(self, *args: Any) -> None:
        if len(args) == 1 and args[0] == QKeySequence.StandardKey.Quit:
            args = ("Ctrl+Q",)
        super().__init__(*args)

    @staticmethod
    def keyBindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:
        if key == QKeySequence.StandardKey.Quit:
            return [QKeySequence("Ctrl+Q")]
        return QKeySequence.keyBindings(key)


@pytest.fixture
def desktop_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (main_window_module, unlock_module):
        monkeypatch.setattr(module, "QKeySequence", _DesktopKeys, raising=False)


def test_the_collector_finds_a_key_held_twice(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    central = QWidget(window)
    window.setCentralWidget(central)
    menu = window.menuBar().addMenu("File")
    quit_action = QAction("Quit", window)
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    menu.addAction(quit_action)
    assert duplicates(shortcuts(window)) == []
    page_action = QAction("Query", window)
    page_action.setShortcut(QKeySequence("Ctrl+Q"))
    central.addAction(page_action)  # a page's own action
    assert duplicates(shortcuts(window)) == ["Ctrl+Q: Quit, Query"]
    page_action.setShortcut(QKeySequence("Ctrl+R"))
    quit_action.setShortcuts([QKeySequence("Ctrl+Q"), QKeySequence("Ctrl+Q")])  # one, twice
    assert duplicates(shortcuts(window)) == ["Ctrl+Q: Quit, Quit"]
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    button = QPushButton("&Next", central)
    button.setShortcut(QKeySequence("Ctrl+R"))
    assert duplicates(shortcuts(window)) == ["Ctrl+R: Query, &Next"]


def test_the_collector_keeps_scopes_and_windows_apart(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QWidget(window))
    first, second = QLineEdit(window.centralWidget()), QLineEdit(window.centralWidget())
    for field in (first, second):  # a field's own key, heard only while it has the focus
        toggle = QAction("Show", field)
        toggle.setShortcut(QKeySequence("Ctrl+H"))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        field.addAction(toggle)
    dialog = QDialog(window)  # a window of its own
    QShortcut(QKeySequence("Ctrl+H"), dialog)
    QShortcut(QKeySequence("Ctrl+H"), dialog)
    ok = QPushButton("&OK", window.centralWidget())  # mnemonics are left out
    other = QPushButton("&Other", window.centralWidget())
    assert ok.shortcut() == other.shortcut()
    assert duplicates(shortcuts(window)) == []
    assert duplicates(shortcuts(dialog)) == ["Ctrl+H: QShortcut, QShortcut"]
    heard = QAction("Hide", window)
    heard.setShortcut(QKeySequence("Ctrl+H"))
    window.addAction(heard)  # window-wide: clashes with the fields' own
    assert duplicates(shortcuts(window)) == ["Ctrl+H: Show, Show, Hide"]


def test_distinct_keys_drops_repeats_and_empty_keys() -> None:
    keys = distinct_keys(
        "Ctrl+Shift+Z", QKeySequence.StandardKey.Redo, QKeySequence(), QKeySequence("Ctrl+Y")
    )
    texts = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys]
    assert len(texts) == len(set(texts))
    assert texts[0] == "Ctrl+Shift+Z"
    assert "Ctrl+Y" in texts
    assert "" not in texts


# ---------------------------------------------------------------- the windows


def _unlocked(qtbot: QtBot, preferences: Preferences, folder: Path) -> MainWindow:
    return shown_window(qtbot, preferences, vaults.unlock(folder, passphrase=PASSPHRASE))


def _locked(qtbot: QtBot, preferences: Preferences, folder: Path) -> MainWindow:
    window = MainWindow(folder=folder, preferences=preferences)
    qtbot.addWidget(window)
    window.show()
    window.ask_passphrase()
    dialog = window.unlock_dialog
    assert dialog is not None
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return window


@pytest.mark.usefixtures("desktop_keys")
def test_every_shortcut_of_the_main_window_is_unique(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _unlocked(qtbot, preferences, vault_folder[0])
    for row in range(window.sidebar.count()):  # every page shown once, with its actions
        window.sidebar.setCurrentRow(row)
    found = shortcuts(window)
    assert duplicates(found) == []
    assert {"Ctrl+Q", "Ctrl+L", "Ctrl+1", "F1", "PgUp"} <= {key for key, _s, _o in found}
    window.close()


@pytest.mark.usefixtures("desktop_keys")
def test_every_shortcut_of_the_unlock_window_is_unique(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _locked(qtbot, preferences, vault_folder[0])
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.show_recovery()  # both paths: the recovery key and the new passphrase too
    found = shortcuts(dialog)
    assert "Ctrl+Q" in {key for key, _s, _o in found}
    assert duplicates(found) == []
    window.close()


# ---------------------------------------------------------------- quitting


@pytest.mark.usefixtures("desktop_keys")
def test_ctrl_q_closes_the_unlocked_window(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _unlocked(qtbot, preferences, vault_folder[0])
    vault = window.vault
    assert vault is not None
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.vault is None
    assert not vault.is_open


@pytest.mark.usefixtures("desktop_keys")
def test_ctrl_q_quits_from_the_unlock_window(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _locked(qtbot, preferences, vault_folder[0])
    dialog = window.unlock_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_escape_on_the_unlock_window_clears_and_never_quits(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _locked(qtbot, preferences, vault_folder[0])
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, "pas encore")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
    assert dialog.passphrase.text() == ""
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)  # again, on an empty field
    assert dialog.isVisible()
    assert window.isVisible()
    assert window.unlock_dialog is dialog
    dialog.show_recovery()
    qtbot.keyClicks(dialog.recovery_key, "ABCD")
    qtbot.keyClick(dialog.recovery_key, Qt.Key.Key_Escape)  # leaves the recovery path
    assert dialog.pages.currentIndex() == 0
    assert dialog.recovery_key.text() == "ABCD"
    assert dialog.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    window.close()


def test_the_quit_button_still_quits(
    qtbot: QtBot, french: QApplication, preferences: Preferences, vault_folder: tuple[Path, str]
) -> None:
    window = _locked(qtbot, preferences, vault_folder[0])
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_escape_never_ends_the_first_start(
    qtbot: QtBot, french: QApplication, tmp_path: Path
) -> None:
    wizard = FirstRunWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    assert duplicates(shortcuts(wizard)) == []
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    with qtbot.waitSignal(wizard.rejected):
        qtbot.keyClick(wizard, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not wizard.isVisible()
    assert not (tmp_path / "vault").exists()


# ---------------------------------------------------------------- help


def test_f1_opens_the_guide_at_the_page_shown(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    help_calls: list[tuple[QWidget, str | None]],
) -> None:
    calls = help_calls
    window = _unlocked(qtbot, preferences, vault_folder[0])
    # the reception tallies are told in the directory's page of the guide
    expected = [
        "agenda",
        "programme",
        "participants",
        "directory",
        "directory",
        "partnership",
        "reports",
        "settings",
    ]
    for row, topic in enumerate(expected):
        window.sidebar.setCurrentRow(row)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        assert calls[-1] == (window, topic)
    menus = [w for w in window.guide_action.associatedObjects() if isinstance(w, QMenu)]
    assert [menu.menuAction() for menu in menus] == [window.menuBar().actions()[-1]]  # Help
    assert [page.objectName() for page in window.pages] == [f"page{i}" for i in range(8)]
    assert len(calls) == len(expected)
    window.close()


def test_f1_reaches_the_real_viewer(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    viewer = pytest.importorskip("vpi_groups.ui.help_viewer")
    calls: list[tuple[QWidget, str | None]] = []
    monkeypatch.setattr(
        viewer, "show_help", lambda parent, topic=None: calls.append((parent, topic))
    )
    window = _unlocked(qtbot, preferences, vault_folder[0])
    window.sidebar.setCurrentRow(7)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert calls == [(window, "settings")]
    window.close()


def test_f1_on_the_unlock_window_and_the_first_start(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    tmp_path: Path,
    help_calls: list[tuple[QWidget, str | None]],
) -> None:
    window = _locked(qtbot, preferences, vault_folder[0])
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_F1)
    assert help_calls == [(dialog, "unlock")]
    window.close()
    wizard = FirstRunWizard(tmp_path / "new")
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    qtbot.keyClick(wizard, Qt.Key.Key_F1)
    assert help_calls[-1] == (wizard, "wizard")
    wizard.close()


def test_record_editors_hold_each_key_once(qtbot: QtBot) -> None:
    """Redo was Ctrl+Shift+Z twice (explicit and standard): Qt refused it as ambiguous."""
    from vpi_groups.ui.editors.directory import ContributionDialog
    from vpi_groups.ui.editors.programme import ActionDialog, GroupDialog

    editors = [ActionDialog(None, 2026), GroupDialog(1, None, (), ()), ContributionDialog(1, None)]
    for editor in editors:
        qtbot.addWidget(editor)
        assert duplicates(shortcuts(editor)) == [], editor.objectName()
