"""Secret fields: show/hide toggle, Caps Lock warning, clipboard copy that expires."""

from __future__ import annotations

import gc
import struct
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from vpi_groups.ui import secret_field
from vpi_groups.ui.secret_field import (
    CLIPBOARD_SECONDS,
    KDE_HINT,
    MACOS_CONCEALED,
    WINDOWS_CLOUD,
    WINDOWS_EXCLUDE,
    WINDOWS_HISTORY,
    caps_lock,
    copy_secret,
    decorate,
    secret_mime_data,
)

KEY = "AB12-CD34-EF56-GH78-JK90-LM12-NP34-QR56"


@pytest.fixture(autouse=True)
def _fresh_state() -> Iterator[None]:
    """Caps Lock unknown and an empty clipboard, before and after each test."""
    caps_lock().forget()
    yield
    caps_lock().forget()
    QGuiApplication.clipboard().clear()


class Form(QWidget):
    """Two decorated fields, each with its warning, and a plain one."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.first = QLineEdit(self)
        self.first_warning = QLabel(self)
        self.second = QLineEdit(self)
        self.second_warning = QLabel(self)
        self.plain = QLineEdit(self)
        for widget in (self.first, self.first_warning, self.second, self.second_warning):
            layout.addWidget(widget)
        layout.addWidget(self.plain)
        self.first_secret = decorate(self.first, self.first_warning)
        self.second_secret = decorate(self.second, self.second_warning)


def _form(qtbot: QtBot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _toggle(line_edit: QLineEdit) -> QAction:
    action = line_edit.findChild(QAction, "toggleSecret")
    assert action is not None
    return action


# ---------------------------------------------------------------- show / hide


def test_toggle_shows_and_hides(qtbot: QtBot, french: QApplication) -> None:
    form = _form(qtbot)
    action = _toggle(form.first)
    assert form.first.echoMode() == QLineEdit.EchoMode.Password
    assert not action.isChecked()
    assert action in form.first.actions()
    assert not action.icon().isNull(), "an icon even without an icon theme"
    assert action.text() == "Afficher le texte saisi"
    assert action.toolTip() == "Afficher le texte saisi (Ctrl+H)"
    button = form.first_secret.button()
    assert button is not None
    assert button.accessibleName() == "Afficher le texte saisi"
    action.trigger()
    assert form.first.echoMode() == QLineEdit.EchoMode.Normal
    assert form.first_secret.shown
    assert action.text() == "Masquer le texte saisi"
    assert button.accessibleName() == "Masquer le texte saisi"
    action.trigger()
    assert form.first.echoMode() == QLineEdit.EchoMode.Password


def test_toggle_from_the_keyboard(qtbot: QtBot, french: QApplication) -> None:
    form = _form(qtbot)
    _focus(qtbot, form.first)
    qtbot.keyClicks(form.first, "secret")
    qtbot.keyClick(form.first, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert form.first.echoMode() == QLineEdit.EchoMode.Normal
    assert form.first.text() == "secret", "the shortcut types nothing"
    assert form.second.echoMode() == QLineEdit.EchoMode.Password, "only the focused field"
    qtbot.keyClick(form.first, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert form.first.echoMode() == QLineEdit.EchoMode.Password


def test_a_field_can_start_shown(qtbot: QtBot, french: QApplication) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    decoration = decorate(edit, hidden=False)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    assert decoration.shown
    assert decoration.warning is None
    assert _toggle(edit).text() == "Masquer le texte saisi"


def test_the_decoration_survives_without_a_python_reference(
    qtbot: QtBot, french: QApplication
) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    decorate(edit)
    gc.collect()
    _toggle(edit).trigger()
    assert edit.echoMode() == QLineEdit.EchoMode.Normal


# ---------------------------------------------------------------- Caps Lock


def test_caps_lock_warning_follows_the_letters_typed(qtbot: QtBot, french: QApplication) -> None:
    form = _form(qtbot)
    _focus(qtbot, form.first)
    warning = form.first_warning
    qtbot.keyClick(form.first, "a")
    assert caps_lock().on is False
    assert not warning.isVisible()
    qtbot.keyClick(form.first, "A")  # upper case without Shift
    assert caps_lock().on is True
    assert warning.isVisible()
    assert warning.text() == "La touche Verr. Maj. est activée."
    qtbot.keyClick(form.first, "B", Qt.KeyboardModifier.ShiftModifier)  # Shift: as expected
    assert caps_lock().on is False
    assert not warning.isVisible()
    qtbot.keyClick(form.first, "b", Qt.KeyboardModifier.ShiftModifier)  # lower case with Shift
    assert caps_lock().on is True
    assert warning.isVisible()
    qtbot.keyClick(form.first, Qt.Key.Key_CapsLock)  # the key itself flips a known state
    assert caps_lock().on is False
    assert not warning.isVisible()
    assert form.first.text() == "aABb"


def test_keys_without_case_tell_nothing(qtbot: QtBot, french: QApplication) -> None:
    form = _form(qtbot)
    _focus(qtbot, form.first)
    qtbot.keyClick(form.first, Qt.Key.Key_CapsLock)
    assert caps_lock().on is None, "unknown stays unknown"
    qtbot.keyClicks(form.first, "12 !?-")
    assert caps_lock().on is None
    qtbot.keyClick(form.first, "A", Qt.KeyboardModifier.ControlModifier)  # a shortcut
    assert caps_lock().on is None
    # QTest types ASCII only: an accented capital, as a keyboard sends it.
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            form.first, QKeyEvent(kind, Qt.Key.Key_Eacute, Qt.KeyboardModifier.NoModifier, "É")
        )
    assert caps_lock().on is True
    assert form.first.text() == "É"  # Ctrl+A had selected the rest


def test_caps_lock_warning_only_in_the_focused_field(qtbot: QtBot, french: QApplication) -> None:
    form = _form(qtbot)
    _focus(qtbot, form.first)
    qtbot.keyClick(form.first, "Q")
    assert form.first_warning.isVisible()
    assert not form.second_warning.isVisible()
    _focus(qtbot, form.second)  # the state is shared: no need to type again
    assert form.second_warning.isVisible()
    assert not form.first_warning.isVisible()
    _focus(qtbot, form.plain)
    assert not form.second_warning.isVisible()
    assert not form.first_warning.isVisible()
    caps_lock().forget()
    _focus(qtbot, form.first)
    assert not form.first_warning.isVisible()


# ---------------------------------------------------------------- clipboard


def test_copy_secret_marks_and_expires(qtbot: QtBot, french: QApplication) -> None:
    clipboard = QGuiApplication.clipboard()
    timer = copy_secret(KEY)
    mime = clipboard.mimeData()
    assert clipboard.text() == KEY
    assert bytes(mime.data(KDE_HINT).data()) == b"secret"
    assert timer.isActive()
    assert timer.isSingleShot()
    assert timer.interval() == CLIPBOARD_SECONDS * 1000
    assert timer.parent() is QApplication.instance(), "outlives the window that copied"
    timer.timeout.emit()
    assert clipboard.text() == ""
    assert not timer.holds_secret()


def test_copy_secret_leaves_what_was_copied_since(qtbot: QtBot, french: QApplication) -> None:
    clipboard = QGuiApplication.clipboard()
    timer = copy_secret(KEY)
    clipboard.setText("une adresse copiée ensuite")
    timer.timeout.emit()
    assert clipboard.text() == "une adresse copiée ensuite"


def test_a_new_copy_replaces_the_pending_one(qtbot: QtBot, french: QApplication) -> None:
    clipboard = QGuiApplication.clipboard()
    first = copy_secret(KEY)
    second = copy_secret(KEY)
    assert not first.isActive()
    first.timeout.emit()  # a stood-down timer no longer clears
    assert clipboard.text() == KEY
    second.timeout.emit()
    assert clipboard.text() == ""


def test_copy_secret_with_an_owner(qtbot: QtBot, french: QApplication) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    timer = copy_secret(KEY, owner, seconds=5)
    assert timer.parent() is owner
    assert timer.interval() == 5000
    timer.clear_now()
    assert QGuiApplication.clipboard().text() == ""
    assert secret_field._pending is timer


def test_mime_data_per_platform() -> None:
    windows = secret_mime_data(KEY, "win32")
    assert windows.text() == KEY
    assert WINDOWS_EXCLUDE in windows.formats()
    assert bytes(windows.data(WINDOWS_HISTORY).data()) == struct.pack("<I", 0)
    assert windows.data(WINDOWS_HISTORY).size() == 4
    assert bytes(windows.data(WINDOWS_CLOUD).data()) == b"\0\0\0\0"
    assert KDE_HINT not in windows.formats()
    linux = secret_mime_data(KEY, "linux")
    assert bytes(linux.data(KDE_HINT).data()) == b"secret"
    assert WINDOWS_HISTORY not in linux.formats()
    mac = secret_mime_data(KEY, "darwin")
    assert MACOS_CONCEALED in mac.formats()
