"""Auto-lock: a timer restarted by every keyboard or mouse input in the application."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without user input.

    Input from the keyboard, the mouse, a touch screen or a tablet reaches the
    application's windows (``QWindow``) before any widget: the watcher filters the
    events of its top-level windows only, not the application's. An application-wide
    filter would be a Python call for every event of every widget, thousands for one
    dialog opened (its widgets created, polished, laid out), and cost the window as
    much time again as the dialog itself.

    A window shown after counting began is watched from the moment it, or a widget in
    it, takes the focus: a dialog is watched as it opens, a menu or a list that pops up
    from the next change of focus.
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setObjectName("idleTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.restarts = 0  # how often input restarted the countdown (diagnostics, tests)
        self.seen = 0  # how many events went through the filter (diagnostics, tests)
        self.watching: QGuiApplication | None = None  # the application whose windows it watches
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """Change the delay; counting restarts."""
        self.timer.setInterval(minutes * 60_000)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        """Start counting (the vault was unlocked), watching the windows' input."""
        app = QGuiApplication.instance()
        if self.watching is None and isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch_windows)
            app.focusObjectChanged.connect(self._watch_windows)
            self.watching = app
            self._watch_windows()
        self.timer.start()

    def stop(self) -> None:
        """Stop counting (the vault is locked), and stop watching."""
        self.timer.stop()
        if self.watching is not None:
            self.watching.focusWindowChanged.disconnect(self._watch_windows)
            self.watching.focusObjectChanged.disconnect(self._watch_windows)
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)
            self.watching = None

    def _watch_windows(self, *_focus: object) -> None:
        # Installed again on a window it watches already, a filter is not doubled.
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdown on user input; never consume the event."""
        self.seen += 1
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
            self.restarts += 1
        return False
