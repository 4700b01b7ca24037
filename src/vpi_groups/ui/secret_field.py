"""Fields that hold a secret: show/hide toggle, Caps Lock warning, copy with expiry.

:func:`decorate` equips a ``QLineEdit`` (passphrase, recovery key) with a checkable
"show" action in its trailing position (also bound to Ctrl+H while the field has
focus) and a warning label shown while Caps Lock is on and the field has focus.

No Qt API reports Caps Lock on X11, Wayland or Windows, so it is inferred from the
keys typed in any decorated field: a letter that comes out upper case without Shift,
or lower case with Shift, means Caps Lock is on; the opposite means it is off; the
Caps Lock key itself flips a known state. The state is shared by every decorated
field, since Caps Lock is the keyboard's, not the field's.

:func:`copy_secret` puts a secret on the clipboard marked as such for clipboard
managers and history, and clears it after a while if it is still there.
"""

from __future__ import annotations

import contextlib
import struct
import sys

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QToolButton

from vpi_groups.ui.errors import error_style

# Seconds a copied secret stays on the clipboard.
CLIPBOARD_SECONDS = 30
# Show or hide the text of the focused secret field (KeePassXC's shortcut too).
TOGGLE_SHORTCUT = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H)

# Read by KDE's Klipper and other X11/Wayland clipboard managers: do not keep it.
KDE_HINT = "x-kde-passwordManagerHint"
# Windows: stay out of clipboard monitors, clipboard history (Win+V) and the cloud.
WINDOWS_EXCLUDE = "ExcludeClipboardContentFromMonitorProcessing"
WINDOWS_HISTORY = "CanIncludeInClipboardHistory"
WINDOWS_CLOUD = "CanUploadToCloudClipboard"
# macOS: the pasteboard type password managers use for concealed items.
MACOS_CONCEALED = "application/x-nspasteboard-concealed-type"

_SHOWN_THEME_ICONS = ("view-hidden", "view-conceal-symbolic", "password-show-off")
_HIDDEN_THEME_ICONS = ("view-visible", "view-reveal-symbolic", "password-show-on")
_MODIFIERS_OF_SHORTCUTS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

# QWizard hides and shows its page when a page's completeness changes: a field can
# be hidden for a moment while it keeps the focus.
_FOCUS_AND_VISIBILITY = (
    QEvent.Type.FocusIn,
    QEvent.Type.FocusOut,
    QEvent.Type.Hide,
    QEvent.Type.Show,
)


# ---------------------------------------------------------------- Caps Lock


class CapsLockState(QObject):
    """What the keys typed so far say about Caps Lock: on, off, or unknown (None)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on: bool | None = None

    @property
    def on(self) -> bool | None:
        """True when Caps Lock is known to be on, False when off, None when unknown."""
        return self._on

    def observe(self, event: QKeyEvent) -> None:
        """Learn from one key press."""
        if event.key() == Qt.Key.Key_CapsLock:
            if self._on is not None:
                self._set(not self._on)
            return
        text = event.text()
        modifiers = event.modifiers()
        if len(text) != 1 or modifiers & _MODIFIERS_OF_SHORTCUTS:
            return
        upper, lower = text.upper(), text.lower()
        if upper == lower or len(upper) != 1 or len(lower) != 1:
            return  # not a letter with two cases (digit, symbol, ß…)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        self._set((text == upper) != shift)

    def forget(self) -> None:
        """Back to unknown (tests; a new session)."""
        self._set(None)

    def _set(self, on: bool | None) -> None:
        if on != self._on:
            self._on = on
            self.changed.emit()


_caps_lock: CapsLockState | None = None


def caps_lock() -> CapsLockState:
    """The application's one Caps Lock state, shared by every decorated field."""
    global _caps_lock  # one state per process, like the keyboard
    if _caps_lock is None:
        _caps_lock = CapsLockState()
    return _caps_lock


# ---------------------------------------------------------------- the decoration


class SecretField(QObject):
    """The show/hide action and the Caps Lock warning of one line edit.

    Made by :func:`decorate`; lives as long as the line edit (its parent).

    Attributes:
        line_edit: the decorated field.
        toggle: the checkable action; checked means the text is shown.
        warning: the Caps Lock warning label, or None when the field has none.
    """

    def __init__(
        self, line_edit: QLineEdit, warning: QLabel | None = None, *, hidden: bool = True
    ) -> None:
        super().__init__(line_edit)
        self.setObjectName("secretField")
        self.line_edit = line_edit
        self.warning = warning
        self.toggle = QAction(self)
        self.toggle.setObjectName("toggleSecret")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(not hidden)
        self.toggle.setShortcut(TOGGLE_SHORTCUT)
        self.toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        line_edit.addAction(self.toggle, QLineEdit.ActionPosition.TrailingPosition)
        self.toggle.toggled.connect(self._apply)
        if warning is not None:
            warning.setObjectName(warning.objectName() or "capsLockWarning")
            warning.setStyleSheet(error_style())
            warning.setWordWrap(True)
            warning.setVisible(False)
        line_edit.installEventFilter(self)
        caps_lock().changed.connect(self._refresh_warning)
        self._apply(not hidden)

    @property
    def shown(self) -> bool:
        """Whether the text is readable."""
        return self.toggle.isChecked()

    def button(self) -> QToolButton | None:
        """The line edit's button for :attr:`toggle` (Qt makes it; None if not yet)."""
        for button in self.line_edit.findChildren(QToolButton):
            if button.defaultAction() is self.toggle:
                return button
        return None

    def retranslate(self) -> None:
        """Set the visible strings (the action's text follows its state)."""
        key = TOGGLE_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        if self.shown:
            text = self.tr("Hide the text typed")
            tip = self.tr("Hide the text typed (%1)").replace("%1", key)
        else:
            text = self.tr("Show the text typed")
            tip = self.tr("Show the text typed (%1)").replace("%1", key)
        self.toggle.setText(text)
        self.toggle.setToolTip(tip)
        button = self.button()
        if button is not None:
            button.setAccessibleName(text)
            button.setToolTip(tip)
        if self.warning is not None:
            self.warning.setText(self.tr("Caps Lock is on."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch the line edit's keys, focus and language."""
        if watched is self.line_edit:
            kind = event.type()
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                caps_lock().observe(event)
            elif kind in _FOCUS_AND_VISIBILITY:
                self._refresh_warning()
            elif kind == QEvent.Type.LanguageChange:
                self.retranslate()
        return False

    def _apply(self, shown: bool) -> None:
        self.line_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.toggle.setIcon(_icon(shown))
        self.retranslate()

    def _refresh_warning(self) -> None:
        if self.warning is None:
            return
        field = self.line_edit
        self.warning.setVisible(bool(caps_lock().on) and field.hasFocus() and field.isVisible())


def decorate(
    line_edit: QLineEdit, warning: QLabel | None = None, *, hidden: bool = True
) -> SecretField:
    """Add the show/hide toggle and, given a label, the Caps Lock warning to a field.

    Args:
        line_edit: a passphrase or recovery-key field; its echo mode is set here.
        warning: a label placed under the field by the caller; it gets its text,
            colour and visibility from here. None for no Caps Lock warning.
        hidden: start with the text hidden (True) or shown.

    Returns:
        The decoration; keep a reference (``toggle`` is its action).
    """
    return SecretField(line_edit, warning, hidden=hidden)


def _icon(shown: bool) -> QIcon:
    """An eye (to show the text) or a struck-out eye (to hide it): what a click does."""
    for name in _SHOWN_THEME_ICONS if shown else _HIDDEN_THEME_ICONS:
        if QIcon.hasThemeIcon(name):
            return QIcon.fromTheme(name)
    return _drawn_eye(struck=shown)


def _drawn_eye(*, struck: bool) -> QIcon:
    """An eye drawn in the palette's text colour, for systems without an icon theme."""
    icon = QIcon()
    palette = QApplication.palette()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        colour = palette.color(group, QPalette.ColorRole.WindowText)
        for size in (16, 24, 32, 48):
            icon.addPixmap(_eye_pixmap(size, colour, struck=struck), mode)
    return icon


def _eye_pixmap(size: int, colour: QColor, *, struck: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.0, size / 12))
    painter.setPen(pen)
    unit = size / 16
    outline = QPainterPath(QPointF(1.5 * unit, 8 * unit))
    outline.quadTo(QPointF(8 * unit, 1 * unit), QPointF(14.5 * unit, 8 * unit))
    outline.quadTo(QPointF(8 * unit, 15 * unit), QPointF(1.5 * unit, 8 * unit))
    painter.drawPath(outline)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(6 * unit, 6 * unit, 4 * unit, 4 * unit))
    if struck:
        painter.drawLine(QPointF(3 * unit, 13.5 * unit), QPointF(13 * unit, 2.5 * unit))
    painter.end()
    return pixmap


# ---------------------------------------------------------------- clipboard


def secret_mime_data(text: str, platform: str = sys.platform) -> QMimeData:
    """The clipboard contents for a secret: the text, marked sensitive for ``platform``."""
    mime = QMimeData()
    mime.setText(text)
    if platform == "win32":
        mime.setData(WINDOWS_EXCLUDE, QByteArray(b"1"))
        mime.setData(WINDOWS_HISTORY, QByteArray(struct.pack("<I", 0)))
        mime.setData(WINDOWS_CLOUD, QByteArray(struct.pack("<I", 0)))
    elif platform == "darwin":
        mime.setData(MACOS_CONCEALED, QByteArray(text.encode("utf-8")))
    else:
        mime.setData(KDE_HINT, QByteArray(b"secret"))
    return mime


class SecretClipboardTimer(QTimer):
    """Clears the clipboard when it fires, if the clipboard still holds the secret.

    Also clears at application exit (the clipboard may outlive the process), and
    stands down when another secret is copied.
    """

    def __init__(self, secret: str, seconds: float, parent: QObject | None) -> None:
        super().__init__(parent)
        self.setObjectName("secretClipboardTimer")
        self.setSingleShot(True)
        self.setInterval(round(seconds * 1000))
        self._secret: str | None = secret
        self.timeout.connect(self.clear_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_now)

    def holds_secret(self) -> bool:
        """Whether the clipboard still holds this timer's secret."""
        if self._secret is None:
            return False
        return QGuiApplication.clipboard().text() == self._secret

    def clear_now(self) -> None:
        """Empty the clipboard if it still holds the secret, then forget the secret."""
        self.stop()
        if self.holds_secret():
            QGuiApplication.clipboard().clear()
        self.stand_down()

    def stand_down(self) -> None:
        """Forget the secret without touching the clipboard; the timer is then deleted."""
        self.stop()
        self._secret = None
        self.deleteLater()


_pending: SecretClipboardTimer | None = None


def copy_secret(
    text: str, parent: QObject | None = None, seconds: float = CLIPBOARD_SECONDS
) -> SecretClipboardTimer:
    """Copy a secret to the clipboard, marked sensitive; clear it ``seconds`` later.

    Args:
        text: the secret (a recovery key).
        parent: the timer's owner; by default the application, so that closing the
            window that copied it does not cancel the clearing.
        seconds: how long the secret may stay on the clipboard.

    Returns:
        The running timer (a ``QTimer``); its ``timeout`` clears the clipboard if
        it still holds ``text``. A later call replaces it.
    """
    global _pending  # one clipboard, one pending secret
    if _pending is not None:
        with contextlib.suppress(RuntimeError):  # already deleted with its parent
            _pending.stand_down()
    QGuiApplication.clipboard().setMimeData(secret_mime_data(text))
    owner = parent if parent is not None else QCoreApplication.instance()
    timer = SecretClipboardTimer(text, seconds, owner)
    timer.start()
    _pending = timer
    return timer
